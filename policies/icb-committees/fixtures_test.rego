package ccgvet.rules["icb-committees"].fixtures_test

board := {"line": 40, "section": "2 Composition of the Board", "members": []}

statement(committee, name, line, text, chaired_by, delegated) := {
	"committee": committee, "name": name, "chaired_by": chaired_by, "delegated": delegated,
	"text": text, "line": line, "section": "4.4 Committees of the Board", "clause": sprintf("4.4.%d", [line - 100]),
}

audit := [
	statement("audit", "Audit Committee", 101, "The Board has established an Audit Committee, chaired by a Non-executive Member.", "non-executive", false),
	statement("audit", "Audit Committee", 102, "The Audit Committee exercises the functions delegated to it in its terms of reference.", "", true),
]

remuneration := [statement("remuneration", "Remuneration Committee", 105, "The Remuneration Committee, chaired by a Non-executive Member other than the Chair, exercises the functions set out in its terms of reference.", "non-executive", true)]

doc(statements) := {"family": "icb", "icb": {"board": board, "facts": {"committees": statements}}}

complete := doc(array.concat(audit, remuneration))
