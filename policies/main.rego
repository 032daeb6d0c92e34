# METADATA
# title: ccgvet aggregate
# description: |
#   Collects every enabled rule's findings and every criterion's
#   applicability in one query, prepared once and evaluated per document.
package ccgvet.main

# Each rule lives in its own package data.ccgvet.rules[criterion][rule] and
# contributes to its own `findings` set.
findings contains f if {
	some criterion, rule
	f := data.ccgvet.rules[criterion][rule].findings[_]
	not disabled(criterion)
}

# A criterion package may define `applicable`; one that does not is always
# applicable.
applicable[criterion] := a if {
	some criterion
	a := data.ccgvet.rules[criterion].applicable
	not disabled(criterion)
}

disabled(criterion) if data.ccgvet.config.criteria.disabled[_] == criterion

# An optional criterion runs only when enabled.
disabled(criterion) if {
	data.ccgvet.config.criteria.optional[_] == criterion
	not enabled(criterion)
}

enabled(criterion) if data.ccgvet.config.criteria.enabled[_] == criterion

report := {"findings": findings, "applicable": applicable}

# Batch rules see every document at once (input.documents) and live in
# data.ccgvet.batch[criterion][rule].
batch_findings contains f if {
	some criterion, rule
	f := data.ccgvet.batch[criterion][rule].findings[_]
	not disabled(criterion)
}
