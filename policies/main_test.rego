package ccgvet.main_test

import data.ccgvet.main

# A constitution with one practice and nothing else.
thin := {"membership": {"line": 12, "section": "Members", "has_sign_off_evidence": true, "practices": [{"name": "Riverside Surgery", "code": "Y00001", "signed_off": true, "line": 14}]}}

test_report_collects_findings_of_every_criterion if {
	r := main.report with input as thin
	rules := {f.rule | some f in r.findings}
	"member-sign-off/too-few-members" in rules
	"conflicts-of-interest/no-section" in rules
	"governing-body-composition/too-small" in rules
	"variation-procedure/no-section" in rules
	every f in r.findings {
		f.line >= 1
		f.severity in {"error", "warning", "info"}
		f.criterion == split(f.rule, "/")[0]
	}
}

# Only the built-in criteria are compared: `ccgvet verify DIR` runs these
# tests beside the user's own criteria.
test_report_says_which_criteria_apply if {
	r := main.report with input as thin
	builtin := {
		"member-sign-off", "clinical-majority", "conflicts-of-interest", "model-change-support",
		"governing-body-composition", "member-involvement", "variation-procedure", "practice-obligations",
	}
	object.filter(r.applicable, builtin) == {
		"member-sign-off": true,
		"clinical-majority": false,
		"conflicts-of-interest": true,
		"model-change-support": false,
		"governing-body-composition": true,
		"member-involvement": true,
		"variation-procedure": true,
		"practice-obligations": true,
	}
}

test_disabled_criterion_leaves_the_report if {
	r := main.report with input as thin with data.ccgvet.config.criteria.disabled as ["conflicts-of-interest"]
	every f in r.findings {
		f.criterion != "conflicts-of-interest"
	}
	not "conflicts-of-interest" in object.keys(r.applicable)
}

test_batch_findings if {
	fs := main.batch_findings with input as {"documents": [
		{"path": "a.md", "ccg": "A", "code": "01A", "practices": [{"name": "Riverside Surgery", "code": "Y00001", "line": 3}]},
		{"path": "b.md", "ccg": "B", "code": "02B", "practices": [{"name": "Riverside Surgery", "code": "Y00001", "line": 4}]},
	]}
	{f.rule | some f in fs} == {"single-membership/duplicate-membership"}
}

# ex02's member list: 16 of 18 practices have signed.
practices := [{"name": sprintf("Practice %d", [i]), "code": sprintf("P%05d", [i]), "signed_off": i > 2, "line": 350 + i} | some i in numbers.range(1, 18)]

test_lower_sign_off_fraction_meets_the_criterion if {
	doc := {"membership": {"line": 350, "has_sign_off_evidence": true, "practices": practices}}
	errors := {f.rule | some f in main.report.findings; f.criterion == "member-sign-off"; f.severity == "error"} with input as doc
	errors == {"member-sign-off/unsigned-practice"}
	relaxed := {f.rule | some f in main.report.findings; f.criterion == "member-sign-off"; f.severity == "error"} with input as doc
		with data.ccgvet.config.sign_off.required_fraction as 0.5
	relaxed == set()
	warnings := [f | some f in main.report.findings; f.rule == "member-sign-off/unsigned-practice"; f.severity == "warning"] with input as doc
		with data.ccgvet.config.sign_off.required_fraction as 0.5
	count(warnings) == 2
}

# lay-executive-majority is optional, off by default; a profile
# that enables it (nhse-2014) replaces the list.
test_lay_executive_majority_off_by_default if {
	doc := {"committees": [{"name": "Primary Care Commissioning Committee", "primary_care": true, "line": 40, "membership_stated": false}]}
	r := main.report with input as doc
	not "lay-executive-majority" in object.keys(r.applicable)
	every f in r.findings {
		f.criterion != "lay-executive-majority"
	}
	"clinical-majority/no-membership" in {f.rule | some f in r.findings}

	swapped := main.report with input as doc
		with data.ccgvet.config.criteria.disabled as ["clinical-majority"]
		with data.ccgvet.config.criteria.enabled as ["lay-executive-majority"]
	swapped.applicable["lay-executive-majority"] == true
	not "clinical-majority" in object.keys(swapped.applicable)
	{f.rule | some f in swapped.findings; f.criterion in {"clinical-majority", "lay-executive-majority"}} == {
		"lay-executive-majority/no-lay-chair",
		"lay-executive-majority/no-membership",
	}
}

# A user's own disabled list leaves optional criteria off: only `enabled`
# switches them on.
test_user_disabled_list_does_not_enable_optional_criteria if {
	doc := {"committees": [{"name": "Primary Care Commissioning Committee", "primary_care": true, "line": 40, "membership_stated": false}]}
	r := main.report with input as doc with data.ccgvet.config.criteria.disabled as ["practice-obligations"]
	not "lay-executive-majority" in object.keys(r.applicable)
	not "practice-obligations" in object.keys(r.applicable)
}

# A criterion of a family runs on that family's documents only: an
# integrated care board has no member practices to sign off, and a CCG no
# board of partner members.
test_criteria_run_on_their_family_only if {
	ccg := main.runs with input as thin
	"member-sign-off" in ccg
	"clinical-majority" in ccg
	every c in ccg {
		not startswith(c, "icb-")
	}
	icb := main.runs with input as object.union(thin, {"family": "icb"})
	not "member-sign-off" in icb
	not "variation-procedure" in icb
	"clinical-majority" in icb
	r := main.report with input as object.union(thin, {"family": "icb"})
	every f in r.findings {
		f.criterion != "member-sign-off"
	}
}
