# METADATA
# title: ccgvet aggregate
# description: |
#   Collects every enabled rule's findings and every criterion's
#   applicability in one query, prepared once and evaluated per document.
package ccgvet.main

# The criteria that run on this document: those of the compiled packages
# (data.ccgvet.catalogue, written by ccgvet beside the policy data), less
# the disabled ones and those of another family of documents. The list is
# made before any rule is looked up, so a criterion that does not run is
# never evaluated: naming data.ccgvet.rules whole would evaluate them all.
runs contains criterion if {
	some criterion in data.ccgvet.catalogue.criteria
	not disabled(criterion)
	of_family(criterion)
}

# Each rule lives in its own package data.ccgvet.rules[criterion][rule] and
# contributes to its own `findings` set.
findings contains f if {
	some criterion in runs
	some rule
	f := data.ccgvet.rules[criterion][rule].findings[_]
}

# A criterion package may define `applicable`; one that does not is always
# applicable.
applicable[criterion] := a if {
	some criterion in runs
	a := data.ccgvet.rules[criterion].applicable
}

disabled(criterion) if data.ccgvet.config.criteria.disabled[_] == criterion

# An optional criterion runs only when enabled.
disabled(criterion) if {
	data.ccgvet.config.criteria.optional[_] == criterion
	not enabled(criterion)
}

enabled(criterion) if data.ccgvet.config.criteria.enabled[_] == criterion

# A criterion of a family (criteria.family: clinical commissioning groups,
# "ccg", or integrated care boards, "icb") runs on that family's documents
# only; one of no family runs on every document. A document says its
# family in input.family; one that does not (or says "") is a CCG's.
of_family(criterion) if not data.ccgvet.config.criteria.family[criterion]

of_family(criterion) if data.ccgvet.config.criteria.family[criterion] == document_family

default document_family := "ccg"

document_family := input.family if input.family != ""

report := {"findings": findings, "applicable": applicable, "runs": runs}

# Batch rules see every document at once (input.documents) and live in
# data.ccgvet.batch[criterion][rule].
batch_findings contains f if {
	some criterion in data.ccgvet.catalogue.batch
	not disabled(criterion)
	some rule
	f := data.ccgvet.batch[criterion][rule].findings[_]
}
