package ccgvet.rules["conflicts-of-interest"].criterion_test

import data.ccgvet.evidence["conflicts-of-interest"] as evidence
import data.ccgvet.rules["conflicts-of-interest"] as criterion
import data.ccgvet.rules["conflicts-of-interest"].fixtures_test as fixtures

test_always_applicable if {
	criterion.applicable with input as fixtures.none
}

test_every_safeguard_found_in_example_vale if {
	every safeguard, _ in data.ccgvet.config.conflicts.phrases {
		evidence.has(safeguard) with input as fixtures.example_vale
	}
}

test_location_is_the_first_heading if {
	evidence.location == {"line": 268, "section": "8. MANAGING CONFLICTS OF INTEREST"} with input as fixtures.eastmere
}

test_location_without_a_section if {
	evidence.location == {"line": 0, "section": ""} with input as fixtures.none
	evidence.searched == "the constitution" with input as fixtures.none
}

test_phrases_from_data if {
	not evidence.has("guardian") with input as fixtures.example_vale
		with data.ccgvet.config.conflicts.phrases.guardian as ["freedom to speak up guardian"]
}
