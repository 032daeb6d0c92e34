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
finding(chain, location, message) := build(chain, location, message, "")

# finding_as is finding with a severity the rule works out from the data, for
# rules whose severity depends on it (an unsigned practice is a warning when
# enough practices have signed). Policy data still has the last word.
finding_as(chain, location, message, severity) := build(chain, location, message, severity)

# batch_finding(chain, locations, message) is a finding about several
# documents: locations is [{"path", "line", "section"}, ...]; the finding
# points at the first and carries them all.
batch_finding(chain, locations, message) := object.union(
	build(chain, locations[0], message, ""),
	{"path": locations[0].path, "locations": locations},
)

# build makes a finding in one body of built-in calls: rules make one per
# practice or clause, and each call of a Rego function costs microseconds.
build(chain, location, message, severity) := f if {
	# The rule's path is data.ccgvet.<rules|batch>.<criterion>.<rule>.findings.
	path := chain[0].path
	criterion := path[count(path) - 3]
	id := concat("/", [criterion, path[count(path) - 2]])

	# The package's METADATA, or {} when it has none.
	meta := array.concat([entry.annotations | some entry in chain; entry.annotations.scope == "package"], [{}])[0]
	custom := object.get(meta, "custom", {})

	# Policy data may raise or lower a rule's severity (profiles do), over
	# the severity the rule gives, else the one its METADATA declares.
	declared := object.get({"": object.get(custom, "severity", "error")}, severity, severity)
	f := {
		"rule": id,
		"criterion": object.get(custom, "criterion", criterion),
		"severity": object.get(configured_severities, id, declared),
		"title": object.get(meta, "title", id),
		"message": message,
		# Every finding points at a line a person can open: line 1 when the
		# evidence has none (null and 0 sort below 1).
		"line": max([1, object.get(location, "line", 1)]),
		"section": object.get(location, "section", ""),
		"guidance": object.get(custom, "guidance", ""),
		"reference": object.get(custom, "reference", ""),
	}
}

configured_severities := data.ccgvet.config.severity if is_object(data.ccgvet.config.severity)

else := {}
