# METADATA
# title: Finding constructor
# description: |
#   Builds a finding from the calling rule's metadata chain, so that each
#   finding carries its own rule id, criterion, severity, guidance and
#   reference and nothing is matched up afterwards.
package ccgvet.lib

# finding(chain, location, message) where chain is rego.metadata.chain()
# called in the rule's body and location is {"line": n, "section": s}.
finding(chain, location, message) := f if {
	rule_path := chain[0].path
	n := count(rule_path)
	criterion := rule_path[n - 3]
	id := concat("/", [criterion, rule_path[n - 2]])
	meta := package_annotations(chain)
	f := {
		"rule": id,
		"criterion": object.get(meta, ["custom", "criterion"], criterion),
		"severity": severity(id, meta),
		"title": object.get(meta, "title", id),
		"message": message,
		"line": object.get(location, "line", 1),
		"section": object.get(location, "section", ""),
		"guidance": object.get(meta, ["custom", "guidance"], ""),
		"reference": object.get(meta, ["custom", "reference"], ""),
	}
}

package_annotations(chain) := a if {
	some entry in chain
	entry.annotations.scope == "package"
	a := entry.annotations
} else := {}

# Policy data may raise or lower a rule's severity (profiles do).
severity(id, _) := data.ccgvet.config.severity[id]

severity(id, meta) := object.get(meta, ["custom", "severity"], "error") if not data.ccgvet.config.severity[id]
