package ccgvet.lib_test

import data.ccgvet.lib

test_clause_name if {
	lib.clause_name({"clause": "1.6.2", "text": "x"}) == "clause 1.6.2"
	lib.clause_name({"text": "x"}) == "a paragraph"
	lib.clause_name({"clause": "", "text": "x"}) == "a paragraph"
}

test_facts_of if {
	lib.facts_of("variation") == [] with input as {}
	lib.facts_of("variation") == [{"text": "x"}] with input as {"facts": {"variation": [{"text": "x"}]}}
}
