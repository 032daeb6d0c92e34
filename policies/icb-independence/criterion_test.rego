package ccgvet.rules["icb-independence"].criterion_test

import data.ccgvet.rules["icb-independence"] as criterion

test_applicable if {
	criterion.applicable with input as {"family": "icb"}
	not criterion.applicable with input as {"family": "ccg"}
	not criterion.applicable with input as {}
}
