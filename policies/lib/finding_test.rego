package ccgvet.lib_test

import data.ccgvet.lib

# A metadata chain as rego.metadata.chain() gives it in a rule's body.
chain := [
	{"path": ["data", "ccgvet", "rules", "member-sign-off", "unsigned-practice", "findings"]},
	{
		"path": ["data", "ccgvet", "rules", "member-sign-off", "unsigned-practice"],
		"annotations": {
			"scope": "package",
			"title": "Member practice has not signed off",
			"custom": {"criterion": "member-sign-off", "severity": "error", "reference": "R", "guidance": "G"},
		},
	},
]

test_finding_from_metadata if {
	lib.finding(chain, {"line": 57, "section": "Appendix C"}, "M") == {
		"rule": "member-sign-off/unsigned-practice",
		"criterion": "member-sign-off",
		"severity": "error",
		"title": "Member practice has not signed off",
		"message": "M",
		"line": 57,
		"section": "Appendix C",
		"guidance": "G",
		"reference": "R",
	}
}

test_line_is_at_least_1 if {
	lib.finding(chain, {"line": 0, "section": ""}, "M").line == 1
	lib.finding(chain, {}, "M").line == 1
	lib.finding(chain, {"line": null}, "M").line == 1
}

test_section_defaults_to_empty if {
	lib.finding(chain, {"line": 3}, "M").section == ""
}

test_finding_as_takes_the_rule_severity if {
	lib.finding_as(chain, {"line": 3}, "M", "warning").severity == "warning"
}

test_data_overrides_severity if {
	f := lib.finding_as(chain, {"line": 3}, "M", "warning") with data.ccgvet.config.severity as {"member-sign-off/unsigned-practice": "info"}
	f.severity == "info"
}

test_without_package_metadata if {
	f := lib.finding([chain[0]], {"line": 3}, "M")
	f.severity == "error"
	f.title == "member-sign-off/unsigned-practice"
	f.criterion == "member-sign-off"
}

test_batch_finding if {
	batch_chain := [{"path": ["data", "ccgvet", "batch", "single-membership", "duplicate-membership", "findings"]}]
	f := lib.batch_finding(batch_chain, [{"path": "a.md", "line": 4, "section": "S"}, {"path": "b.md", "line": 9, "section": "T"}], "M")
	f.rule == "single-membership/duplicate-membership"
	f.path == "a.md"
	f.line == 4
	f.section == "S"
	count(f.locations) == 2
}
