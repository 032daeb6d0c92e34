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

# A missing member is reported at the heading of the innermost section
# that states the board's membership.
test_location_is_the_heading_of_the_board_section if {
	doc := object.union(fixtures.without("chair"), {"sections": [
		{"heading": "NHS Example Integrated Care Board", "line": 1, "end_line": 200},
		{"heading": "2 Composition of the Board", "line": 30, "end_line": 60},
		{"heading": "2.2 Board Membership", "line": 38, "end_line": 55},
		{"heading": "2.3 Regular participants", "line": 56, "end_line": 60},
	]})
	icb.location == {"line": 38, "section": "2.2 Board Membership"} with input as doc
	icb.location == {"line": 40, "section": "2 Composition of the Board"} with input as fixtures.without("chair")
	icb.location == {"line": 0, "section": ""} with input as fixtures.no_board
}
