# Evidence for icb-deputy-chair: the sentences on the board's deputy chair
# (input.icb.facts.deputy_chair), read by the extractor.
#
# Helpers the rules share, kept apart from the criterion's package so that
# collecting findings (main.rego) never evaluates what no rule needs.
package ccgvet.evidence["icb-deputy-chair"]

import data.ccgvet.lib.icb

# Every sentence on the deputy chair, those on the senior non-executive
# member (senior_independent) among them: the guidance lets that member be
# the deputy chair unless they chair the audit committee, so a sentence on
# one may keep the other from it.
statements := icb.facts_of("deputy_chair")

stated if count(statements) > 0

non_executive if {
	some s in statements
	s.non_executive
}

kept_from_audit if {
	some s in statements
	s.not_audit_chair
}

location := icb.at(statements[0]) if stated

else := icb.location
