package ccgvet.batch["single-membership"]["duplicate-membership_test"]

import data.ccgvet.batch["single-membership"]["duplicate-membership"] as rule

# ccgvet gives the documents of one CCG one ccg_id (engine/evaluate,
# Batch.ccgIDs, where the identity by CCG code or name is tested): here
# each CCG's id is its name, or the path of a document that has none.
document(path, ccg, code, practices) := {"path": path, "ccg": ccg, "code": code, "practices": practices, "ccg_id": id} if {
	ccg != ""
	id := ccg
} else := {"path": path, "ccg": ccg, "code": code, "practices": practices, "ccg_id": path}

practice(name, code, line) := {"name": name, "code": code, "line": line, "section": "Appendix B – Member Practices"}

vale := document("vale.md", "NHS Example Vale CCG", "99V", [
	practice("Riverside Surgery", "Y00001", 57),
	practice("Hill Top Medical Centre", "Y00002", 58),
])

# A later version of the same CCG.
vale_v4 := document("vale-v4.md", "NHS Example Vale CCG", "99V", [practice("Riverside Surgery", "Y00001", 61)])

northbrook := document("northbrook.md", "NHS Northbrook CCG", "98N", [
	practice("Hill Top Medical Centre", "y00002 ", 40),
	practice("Millworth Health Centre", "P84994", 41),
])

test_practice_in_two_ccgs if {
	fs := rule.findings with input as {"documents": [vale, northbrook]}
	count(fs) == 1
	some f in fs
	f.rule == "single-membership/duplicate-membership"
	f.criterion == "single-membership"
	f.severity == "error"
	f.path == "northbrook.md"
	f.line == 40
	f.message == "Hill Top Medical Centre (Y00002) is listed as a member by NHS Example Vale CCG and NHS Northbrook CCG"
	f.locations == [
		{"path": "northbrook.md", "line": 40, "section": "Appendix B – Member Practices", "ccg": "NHS Northbrook CCG"},
		{"path": "vale.md", "line": 58, "section": "Appendix B – Member Practices", "ccg": "NHS Example Vale CCG"},
	]
}

test_versions_of_one_ccg_do_not_count if {
	fs := rule.findings with input as {"documents": [vale, vale_v4]}
	count(fs) == 0
}

test_same_name_different_code_is_the_same_ccg if {
	renamed := json.patch(vale_v4, [{"op": "replace", "path": "/code", "value": ""}])
	fs := rule.findings with input as {"documents": [vale, renamed]}
	count(fs) == 0
}

test_every_location_including_versions if {
	fs := rule.findings with input as {"documents": [vale, vale_v4, document("east.md", "NHS Eastmere CCG", "97E", [practice("Riverside Surgery", "Y00001", 9)])]}
	count(fs) == 1
	some f in fs
	[l.path | some l in f.locations] == ["east.md", "vale-v4.md", "vale.md"]
}

test_practices_without_codes_are_not_compared if {
	fs := rule.findings with input as {"documents": [
		document("a.md", "A", "01A", [practice("The Surgery", "", 3)]),
		document("b.md", "B", "02B", [practice("The Surgery", "", 4)]),
	]}
	count(fs) == 0
}

test_one_document if {
	fs := rule.findings with input as {"documents": [vale]}
	count(fs) == 0
}

# A document that names no CCG is still one CCG: its own practices are not
# listed "by two CCGs".
test_document_without_ccg_name_is_one_ccg if {
	anonymous := document("brantwick.md", "", "", [practice("Abbots Yard Surgery", "L83004", 247)])
	fs := rule.findings with input as {"documents": [anonymous, northbrook]}
	count(fs) == 0
}

test_document_without_ccg_name_still_clashes_with_another if {
	anonymous := document("brantwick.md", "", "", [practice("Hill Top Medical Centre", "Y00002", 247)])
	fs := rule.findings with input as {"documents": [anonymous, northbrook]}
	count(fs) == 1
}
