package ccgvet.rules["icb-deputy-chair"].fixtures_test

board := {"line": 40, "section": "2 Composition of the Board", "members": []}

deputy(line, text, non_executive, not_audit_chair) := {
	"text": text, "line": line, "section": "2.4 Deputy Chair", "clause": sprintf("2.4.%d", [line - 50]),
	"non_executive": non_executive, "not_audit_chair": not_audit_chair, "audit_chair": false, "senior_independent": false,
}

doc(statements) := {"family": "icb", "icb": {"board": board, "facts": {"deputy_chair": statements}}}

complete := doc([
	deputy(51, "The Board will appoint one of the Non-executive Members as Deputy Chair.", true, false),
	deputy(52, "The Chair of the Audit Committee may not be the Deputy Chair.", false, true),
])
