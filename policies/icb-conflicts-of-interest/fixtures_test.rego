package ccgvet.rules["icb-conflicts-of-interest"].fixtures_test

safeguards := ["register", "published", "declaration", "exclusion"]

fact(safeguard) := {"safeguard": safeguard, "line": 130, "clause": "6.2", "section": "6 Conflicts of Interest", "text": concat(" ", ["A sentence stating", safeguard]), "in_section": true}

section := {"sections": [{"heading": "6 Conflicts of Interest", "line": 128}], "line": 128}

icb := {"board": {"line": 40, "section": "2 Composition of the Board", "members": []}, "facts": {}}

complete := {"family": "icb", "icb": icb, "conflicts": section, "facts": {"safeguards": [fact(s) | some s in safeguards]}}

# without(safeguard) states every safeguard but one.
without(safeguard) := json.patch(complete, [{"op": "replace", "path": "/facts/safeguards", "value": [fact(s) | some s in safeguards; s != safeguard]}])

# elsewhere_without(safeguard): no conflicts section; the other safeguards
# stated in the standing orders.
elsewhere_without(safeguard) := {
	"family": "icb", "icb": icb,
	"conflicts": {"sections": [], "line": 0},
	"facts": {"safeguards": [object.union(fact(s), {"in_section": false, "line": 300, "section": "Appendix 2 Standing Orders"}) | some s in safeguards; s != safeguard]},
}

nothing := {"family": "icb", "icb": icb, "conflicts": {"sections": [], "line": 0}, "facts": {"safeguards": []}}
