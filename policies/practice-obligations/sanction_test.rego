package ccgvet.rules["practice-obligations"].sanction_test

import data.ccgvet.rules["practice-obligations"].sanction as rule

section := "3.3 Responsibilities of Member Practices"

fact(kind, clause, text, line) := {"kind": kind, "clause": clause, "text": text, "line": line, "section": section}

sanction(clause, text, line, kind, words) := object.union(fact("sanction", clause, text, line), {"sanction": kind, "words": words})

facts(obligations) := {"facts": {"obligations": obligations}}

# 3.3 of brantwick.
suspend := sanction("3.3", "Where a member practice persistently fails to meet its obligations under paragraph 3.2, the Governing Body may suspend the practice’s voting rights at the Council of Members until the failure is remedied.", 70, "suspend", "suspend")

test_sanction if {
	fs := rule.findings with input as facts([suspend])
	count(fs) == 1
	some f in fs
	f.rule == "practice-obligations/sanction"
	f.severity == "warning"
	f.line == 70
	f.section == section
	f.message == `clause 3.3 sanctions practices (suspend, "suspend"): "Where a member practice persistently fails to meet its obligations under paragraph 3.2, the Governing Body may suspend…"`
}

# 3.3.3 of ex04: the words that state the sanction run over a line break.
test_words_are_on_one_line if {
	fs := rule.findings with input as facts([sanction(
		"3.3.3",
		"Where a practice fails to do so after written notice, the Group may withhold\npayments due to that practice.",
		108, "withhold-payment", "withhold\npayments",
	)])
	some f in fs
	f.message == `clause 3.3.3 sanctions practices (withhold-payment, "withhold payments"): "Where a practice fails to do so after written notice, the Group may withhold payments due to that practice."`
}

sanctions := [
	sanction("", "A practice that persistently fails to engage may be expelled from the Group.", 5, "expel", "expelled"),
	sanction("", "A financial penalty may be applied to the practice.", 6, "penalty", "penalty"),
	sanction("", "Practices outside the target range will be subject to performance management.", 7, "performance-manage", "performance management"),
	sanction("", "The Group may terminate the membership of a practice that leaves the area.", 8, "terminate-membership", "terminate the membership"),
]

test_one_finding_per_sanction if {
	fs := rule.findings with input as facts(sanctions)
	{f.line | some f in fs} == {5, 6, 7, 8}
	some f in fs
	f.message == `a paragraph sanctions practices (expel, "expelled"): "A practice that persistently fails to engage may be expelled from the Group."`
}

test_sanction_without_words if {
	fs := rule.findings with input as facts([object.remove(suspend, {"words"})])
	some f in fs
	startswith(f.message, `clause 3.3 sanctions practices (suspend): "Where a member practice`)
}

test_no_sanction_facts if {
	count(rule.findings) == 0 with input as facts([])
	count(rule.findings) == 0 with input as facts(null)
	count(rule.findings) == 0 with input as {}
}

test_an_obligation_is_not_a_sanction if {
	fs := rule.findings with input as facts([fact("obligation", "3.3.2", "Each member practice will take part in the work of its locality.", 102)])
	count(fs) == 0
}

# The rule judges facts, not text: "suspend" in a paragraph is no sanction
# unless the extractor found one ("The Chair may suspend standing orders"
# is about no practice).
test_paragraph_text_alone_is_no_sanction if {
	fs := rule.findings with input as {
		"blocks": [{"number": "C.4", "text": "The Chair may suspend standing orders for a practice's item.", "line": 360}],
		"facts": {"obligations": []},
	}
	count(fs) == 0
}
