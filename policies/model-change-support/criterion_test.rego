package ccgvet.rules["model-change-support"].criterion_test

import data.ccgvet.evidence["model-change-support"] as evidence
import data.ccgvet.rules["model-change-support"] as criterion
import data.ccgvet.rules["model-change-support"].fixtures_test as fixtures

test_applicable_when_the_model_changes if {
	criterion.applicable with input as fixtures.eastmere
	evidence.change == "the commissioning model changes from joint to delegated" with input as fixtures.eastmere
}

test_not_applicable_when_the_model_is_unchanged if {
	not criterion.applicable with input as fixtures.northbrook
}

test_not_applicable_without_a_previous_model if {
	not criterion.applicable with input as fixtures.example_vale
	not criterion.applicable with input as {}
}

test_adopted_is_the_higher_of_declared_and_inferred if {
	evidence.adopted == "joint" with input as {"commissioning": {"model": "greater-involvement", "inferred": "joint"}}
	evidence.adopted == "delegated" with input as {"commissioning": {"model": "delegated", "inferred": "joint"}}
	evidence.adopted == "joint" with input as {"commissioning": {"inferred": "joint"}}
	evidence.adopted == "joint" with input as {"commissioning": {"model": "greater-involvement", "inferred": "joint", "effective": "joint"}}
}

test_inferred_joint_committee_is_a_change if {
	evidence.changed with input as {"commissioning": {"model": "greater-involvement", "previous": "greater-involvement", "inferred": "joint"}}
}

test_votes_about_the_model if {
	vs := evidence.votes with input as {"votes": [
		{"for": 30, "text": "30 practices voted to adopt the locality structure", "line": 10, "about_model": false},
		{"for": 20, "text": "20 practices voted for delegated commissioning", "line": 20, "about_model": true},
	]}
	[v.line | some v in vs] == [20]
}

test_every_vote_when_none_names_the_model if {
	vs := evidence.votes with input as {"votes": [{"for": 30, "text": "The proposal was supported by 30 of 45 practices", "line": 10}]}
	count(vs) == 1
}
