# METADATA
# title: Finding constructors
# description: |
#   Build a finding from the calling rule's metadata chain, so that each
#   finding carries its own rule id, criterion, severity, title, guidance and
#   reference, and nothing is matched up afterwards.
package ccgvet.lib

# finding(chain, location, message) where chain is rego.metadata.chain()
# called in the rule's body and location is {"line": n, "section": s}. The
# severity is the rule's own (METADATA custom.severity).
finding(chain, location, message) := build(chain, location, message, declared_severity(chain))

# finding_as is finding with a severity the rule works out from the data, for
# rules whose severity depends on it (an unsigned practice is a warning when
# enough practices have signed). Policy data still has the last word.
finding_as(chain, location, message, severity) := build(chain, location, message, severity)

# batch_finding(chain, locations, message) is a finding about several
# documents: locations is [{"path", "line", "section"}, ...]; the finding
# points at the first and carries them all.
batch_finding(chain, locations, message) := object.union(
	build(chain, locations[0], message, declared_severity(chain)),
	{"path": locations[0].path, "locations": locations},
)

build(chain, location, message, severity) := {
	"rule": rule_id(chain),
	"criterion": object.get(package_annotations(chain), ["custom", "criterion"], rule_criterion(chain)),
	"severity": configured_severity(rule_id(chain), severity),
	"title": object.get(package_annotations(chain), "title", rule_id(chain)),
	"message": message,
	"line": line_of(location),
	"section": section_of(location),
	"guidance": object.get(package_annotations(chain), ["custom", "guidance"], ""),
	"reference": object.get(package_annotations(chain), ["custom", "reference"], ""),
}

# The rule's path is data.ccgvet.<rules|batch>.<criterion>.<rule>.findings.
rule_criterion(chain) := chain[0].path[count(chain[0].path) - 3]

rule_id(chain) := concat("/", [rule_criterion(chain), chain[0].path[count(chain[0].path) - 2]])

package_annotations(chain) := a if {
	some entry in chain
	entry.annotations.scope == "package"
	a := entry.annotations
} else := {}

declared_severity(chain) := object.get(package_annotations(chain), ["custom", "severity"], "error")

# Policy data may raise or lower a rule's severity (profiles do).
configured_severity(id, _) := data.ccgvet.config.severity[id]

configured_severity(id, severity) := severity if not data.ccgvet.config.severity[id]

# Every finding points at a line a person can open: line 1 when the evidence
# has none.
line_of(location) := location.line if {
	is_number(location.line)
	location.line >= 1
} else := 1

section_of(location) := location.section if is_string(location.section)

else := ""
