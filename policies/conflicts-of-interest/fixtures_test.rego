package ccgvet.rules["conflicts-of-interest"].fixtures_test

safeguards := ["register", "published", "declaration", "exclusion", "quorum-fallback", "gifts-register", "procurement-register", "guardian"]

fact(safeguard) := {"safeguard": safeguard, "line": 210, "clause": "8.2", "text": concat(" ", ["A sentence stating", safeguard]), "in_section": true}

section := {"sections": [{"heading": "8. Managing Conflicts of Interest", "line": 200}], "line": 200}

# Every safeguard stated in the section.
complete := {"conflicts": section, "facts": {"safeguards": [fact(s) | some s in safeguards]}}

# without(safeguard) states every safeguard but one.
without(safeguard) := {"conflicts": section, "facts": {"safeguards": [fact(s) | some s in safeguards; s != safeguard]}}

# no_section_without(safeguard): no conflicts section; every other
# safeguard stated elsewhere (in standing orders, say).
no_section_without(safeguard) := {
	"conflicts": {"sections": [], "line": 0},
	"facts": {"safeguards": [object.union(fact(s), {"in_section": false}) | some s in safeguards; s != safeguard]},
}
