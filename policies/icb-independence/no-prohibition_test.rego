package ccgvet.rules["icb-independence"]["no-prohibition_test"]

import data.ccgvet.rules["icb-independence"]["no-prohibition"] as rule

board := {"line": 40, "section": "2 Composition of the Board", "members": []}

prohibition := {
	"text": "A person may not be appointed where the appointment could reasonably be regarded as undermining the independence of the health service because of their involvement with the private healthcare sector or otherwise.",
	"line": 75, "section": "3.2 Disqualification criteria", "clause": "3.2.2",
}

test_stated if {
	count(rule.findings) == 0 with input as {"family": "icb", "icb": {"board": board, "facts": {"independence": [prohibition]}}}
}

test_missing if {
	fs := rule.findings with input as {"family": "icb", "icb": {"board": board, "facts": {"independence": []}}}
	count(fs) == 1
	some f in fs
	f.rule == "icb-independence/no-prohibition"
	f.severity == "error"
	f.line == 40
	f.section == "2 Composition of the Board"
	f.message == "no sentence in the board's section (2 Composition of the Board) or anywhere else in the constitution forbids an appointment that could reasonably be regarded as undermining the independence of the health service (because of the candidate's involvement with the private healthcare sector or otherwise)"
}

test_missing_with_no_board if {
	fs := rule.findings with input as {"family": "icb", "icb": null}
	some f in fs
	f.line == 1
	startswith(f.message, "no sentence in the constitution forbids")
}

test_not_an_icb if {
	count(rule.findings) == 0 with input as {"family": "ccg"}
}
