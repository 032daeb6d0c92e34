package ccgvet.rules["practice-obligations"].obligation_test

import data.ccgvet.rules["practice-obligations"].obligation as rule

block(number, text, line) := {"number": number, "text": text, "line": line, "section": "3.3 Responsibilities of Member Practices", "section_index": 8}

# Clauses of ex01.
example_vale := {"blocks": [
	block("3.3.1", "Each member practice shall nominate a practice representative, who\nmust be a GP working in the practice, to represent it in the Group’s\naffairs and to vote on its behalf at the Council of Members.", 98),
	block("6.3.1", "The member practices act together through the Council of Members.\nEach member practice is represented on the Council by its practice\nrepresentative.", 151),
	block("1.4.3", "The Governing Body may propose a variation to the member practices. Once NHS England has granted an application, the Accountable Officer will make the varied constitution available to every member practice.", 64),
	block("6.3.3", "The Council of Members meets at least twice a year. Ten member practices may together require the Chair to call an extraordinary meeting.", 160),
]}

test_each_practice_shall if {
	fs := rule.findings with input as example_vale
	count(fs) == 1
	some f in fs
	f.rule == "practice-obligations/obligation"
	f.severity == "info"
	f.line == 98
	f.section == "3.3 Responsibilities of Member Practices"
	f.message == `clause 3.3.1 obliges practices: "Each member practice shall nominate a practice representative, who must be a GP working in the practice, to represent it…"`
}

test_no_obligation if {
	fs := rule.findings with input as {"blocks": [block("6.3.2", "Each member practice has one vote.", 155)]}
	count(fs) == 0
}

test_required_to if {
	fs := rule.findings with input as {"blocks": [block("", "Member practices are required to attend locality meetings.", 12)]}
	some f in fs
	f.line == 12
	f.message == `a paragraph obliges practices: "Member practices are required to attend locality meetings."`
}

test_clauses_when_there_are_no_blocks if {
	fs := rule.findings with input as {"blocks": null, "clauses": [block("4.1", "Every practice must share its referral data.", 40)]}
	count(fs) == 1
}

test_message_leaves_out_the_clause_number if {
	fs := rule.findings with input as {"blocks": [block("3.3.2", "3.3.2 Each member practice will take part in the work of its locality.", 102)]}
	some f in fs
	f.message == `clause 3.3.2 obliges practices: "Each member practice will take part in the work of its locality."`
}
