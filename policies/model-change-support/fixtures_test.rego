package ccgvet.rules["model-change-support"].fixtures_test

# practices(n) is n member practices.
practices(n) := [{"name": sprintf("Practice %d", [i]), "code": sprintf("Y%05d", [i]), "signed_off": true, "line": 300 + i} | some i in numbers.range(1, n)]

# ex03: delegated commissioning after 22 of 47 practices voted in favour.
eastmere := {
	"commissioning": {
		"model": "delegated",
		"model_line": 7,
		"previous": "joint",
		"previous_line": 8,
		"previous_source": "front-matter",
		"inferred": "joint",
		"effective": "delegated",
		"section_line": 216,
		"section": "6.5 Primary Care Co-commissioning",
	},
	"membership": {"line": 312, "practices": practices(47)},
	"votes": [{
		"source": "text",
		"for": 22,
		"against": 16,
		"abstain": 5,
		"did_not_vote": 4,
		"eligible": 47,
		"practices": null,
		"text": "At that meeting 22 of the 47 member practices voted in favour of applying for delegated commissioning, 16 voted against and 5 abstained; 4 practices did not vote.",
		"line": 225,
		"section": "6.5 Primary Care Co-commissioning",
	}],
}

# ex04 (new): joint commissioning after a ballot of 16 practices, 10 for.
ballot := [
	{"practice": "Fernley Medical Practice", "code": "K85036", "vote": "for", "member": true, "line": 235},
	{"practice": "Lower Redwood Medical Practice", "code": "K85407", "vote": "none", "member": true, "line": 236},
	{"practice": "Whinbury Family Practice", "code": "K85474", "vote": "against", "member": true, "line": 237},
	{"practice": "Stanmoor Medical Practice", "code": "K85297", "vote": "against", "member": true, "line": 238},
	{"practice": "Woodwick Family Practice", "code": "K85008", "vote": "for", "member": true, "line": 239},
	{"practice": "The Greythorpe Practice", "code": "K85149", "vote": "for", "member": true, "line": 240},
	{"practice": "Bradton Surgery", "code": "K85753", "vote": "for", "member": true, "line": 241},
	{"practice": "Swinbourne Surgery", "code": "K85661", "vote": "for", "member": true, "line": 242},
	{"practice": "Ockwick Surgery", "code": "K85090", "vote": "for", "member": true, "line": 243},
	{"practice": "Coldgate Surgery", "code": "K85382", "vote": "abstain", "member": true, "line": 244},
	{"practice": "Haremoor Group Practice", "code": "K85281", "vote": "against", "member": true, "line": 245},
	{"practice": "Wrenford Surgery", "code": "K85456", "vote": "for", "member": true, "line": 246},
	{"practice": "Linstead Family Practice", "code": "K85662", "vote": "for", "member": true, "line": 247},
	{"practice": "Hindby Family Practice", "code": "K85194", "vote": "against", "member": true, "line": 248},
	{"practice": "Hollinbury Health Centre", "code": "K85076", "vote": "for", "member": true, "line": 249},
	{"practice": "Whinstead Surgery", "code": "K85455", "vote": "for", "member": true, "line": 250},
]

kelderbrook := {
	"commissioning": {
		"model": "joint",
		"model_line": 7,
		"previous": "greater-involvement",
		"previous_line": 8,
		"inferred": "joint",
		"effective": "joint",
		"section_line": 222,
		"section": "6.5 Primary Care Co-commissioning",
	},
	"membership": {"line": 360, "practices": practices(16)},
	"votes": [{
		"source": "table",
		"for": 10,
		"against": 4,
		"abstain": 1,
		"did_not_vote": 1,
		"eligible": null,
		"practices": ballot,
		"line": 233,
		"section": "6.5.3 Record of the Ballot on Joint Commissioning",
	}],
}

# ex02: joint before and after, so no change.
northbrook := {
	"commissioning": {"model": "joint", "model_line": 7, "previous": "joint", "previous_line": 8, "inferred": "joint", "effective": "joint"},
	"membership": {"practices": practices(18)},
	"votes": null,
}

# ex01: no previous model known.
example_vale := {"commissioning": {"section_line": 188, "section": "6.5 Primary Care Co-commissioning"}, "votes": null}
