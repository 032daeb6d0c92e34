package ccgvet.rules["icb-board-membership"].criterion_test

import data.ccgvet.evidence["icb-board-membership"] as evidence
import data.ccgvet.lib.icb
import data.ccgvet.rules["icb-board-membership"] as criterion
import data.ccgvet.rules["icb-board-membership"].fixtures_test as fixtures

test_applicable_to_an_icb if {
	criterion.applicable with input as fixtures.complete
	criterion.applicable with input as {"family": "icb"}
}

test_not_applicable_to_a_ccg if {
	not criterion.applicable with input as {"family": "ccg", "governing_body": {}}
	not criterion.applicable with input as {}
}

test_seats if {
	evidence.ordinary_seats == 8 with input as fixtures.complete
	evidence.non_executive_seats == 2 with input as fixtures.complete
}

test_provided_by_an_appointment if {
	doc := object.union(fixtures.without("chair"), {"icb": {"facts": {"appointments": [{"role": "chair", "line": 60, "appointed_by": ["nhs-england"]}]}}})
	evidence.provided("chair") with input as doc
	not evidence.provided("chair") with input as fixtures.without("chair")
}

# A missing member is reported where the extractor says the board's
# membership is stated: the heading of its section.
test_location_is_the_heading_of_the_board_section if {
	doc := object.union(fixtures.without("chair"), {"icb": {"board": {"line": 38, "section": "2.2 Board Membership"}}})
	icb.location == {"line": 38, "section": "2.2 Board Membership"} with input as doc
	icb.location == {"line": 0, "section": ""} with input as fixtures.no_board
}
