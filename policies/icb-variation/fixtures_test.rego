package ccgvet.rules["icb-variation"].fixtures_test

heading := {"heading": "1.6 Variation of this Constitution", "line": 20}

statement(line, text, application, before, varied_by) := {
	"text": text, "line": line, "section": heading.heading, "clause": sprintf("1.6.%d", [line - 20]),
	"application": application, "before": before, "varied_by": varied_by,
}

icb(statements) := {"board": {"line": 40, "members": []}, "facts": {"variation": statements}}

doc(statements) := {"family": "icb", "variation": {"sections": [heading], "line": 20}, "icb": icb(statements)}

on_application := statement(21, "This constitution may be varied only where the ICB applies to NHS England and the application is approved.", true, [], [])

consult := statement(22, "Before applying, the ICB will consult those it considers appropriate.", false, ["consult"], [])

complete := doc([on_application, consult])

by_the_board := statement(23, "The Board may make minor amendments to this constitution.", false, [], ["board"])

unclear := statement(24, "Changes to this constitution follow the ICB's governance handbook.", false, [], [])

# Nothing on variation, and no section.
nothing := {"family": "icb", "variation": {"sections": [], "line": 0}, "icb": icb([])}
