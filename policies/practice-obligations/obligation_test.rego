package ccgvet.rules["practice-obligations"].obligation_test

import data.ccgvet.rules["practice-obligations"].obligation as rule

section := "3.3 Responsibilities of Member Practices"

fact(kind, clause, text, line) := {"kind": kind, "clause": clause, "text": text, "line": line, "section": section}

sanction(clause, text, line, kind, words) := object.union(fact("sanction", clause, text, line), {"sanction": kind, "words": words})

facts(obligations) := {"facts": {"obligations": obligations}}

# 3.3.1 of ex01, as the extractor reads it (the clause number is not in the
# sentence).
nominate := fact("obligation", "3.3.1", "Each member practice shall nominate a practice representative, who must be a GP working in the practice, to represent it in the Group’s affairs and to vote on its behalf at the Council of Members.", 98)

test_obligation if {
	fs := rule.findings with input as facts([nominate])
	count(fs) == 1
	some f in fs
	f.rule == "practice-obligations/obligation"
	f.severity == "info"
	f.line == 98
	f.section == section
	f.message == `clause 3.3.1 obliges practices: "Each member practice shall nominate a practice representative, who must be a GP working in the practice, to represent it…"`
}

test_obligation_in_a_paragraph_without_a_number if {
	fs := rule.findings with input as facts([fact("obligation", "", "Member practices are required to attend locality meetings.", 12)])
	some f in fs
	f.line == 12
	f.message == `a paragraph obliges practices: "Member practices are required to attend locality meetings."`
}

# A list item is read with its lead-in, and is its own finding at its own
# line.
test_one_finding_per_obligation if {
	fs := rule.findings with input as facts([
		fact("obligation", "3.2", "Each practice shall:", 59),
		fact("obligation", "(a)", "Each practice shall: nominate a healthcare professional to represent it at the Council of Members;", 61),
		fact("obligation", "(b)", "Each practice shall: attend at least three quarters of the locality meetings in each year; and", 64),
	])
	{f.line | some f in fs} == {59, 61, 64}
	some f in fs
	f.message == `clause (b) obliges practices: "Each practice shall: attend at least three quarters of the locality meetings in each year; and"`
}

test_message_is_on_one_line if {
	fs := rule.findings with input as facts([fact("obligation", "3.3.2", "Each member practice will take part\nin the work of  its locality.", 102)])
	some f in fs
	f.message == `clause 3.3.2 obliges practices: "Each member practice will take part in the work of its locality."`
}

test_fact_without_section if {
	fs := rule.findings with input as facts([{"kind": "obligation", "text": "Every practice must share its referral data.", "line": 40}])
	some f in fs
	f.section == ""
	f.line == 40
}

test_no_obligation_facts if {
	count(rule.findings) == 0 with input as facts([])
	count(rule.findings) == 0 with input as facts(null)
	count(rule.findings) == 0 with input as {"facts": {}}
	count(rule.findings) == 0 with input as {}
}

test_a_sanction_is_not_an_obligation if {
	fs := rule.findings with input as facts([sanction("3.3", "The Governing Body may suspend a member practice from the Council of Members.", 70, "suspend", "suspend")])
	count(fs) == 0
}

# The rule judges facts, not text: a paragraph that says "shall" is no
# obligation unless the extractor found one in it.
test_paragraph_text_alone_is_no_obligation if {
	fs := rule.findings with input as {
		"blocks": [{"number": "3.3.1", "text": "Each member practice shall nominate a practice representative.", "line": 98}],
		"facts": {"obligations": []},
	}
	count(fs) == 0
}
