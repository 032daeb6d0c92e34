# Evidence for icb-appointments: the sentences on who appoints, approves,
# removes and nominates members of the board (input.icb.facts.appointments
# and nominations), read by the extractor.
#
# Helpers the rules share, kept apart from the criterion's package so that
# collecting findings (main.rego) never evaluates what no rule needs.
package ccgvet.evidence["icb-appointments"]

import data.ccgvet.lib
import data.ccgvet.lib.icb

appointments := icb.facts_of("appointments")

nominations := icb.facts_of("nominations")

# of_role(facts, role) are the facts about members of role.
of_role(facts, role) := [f | some f in facts; object.get(f, "role", "") == role]

# by(f, key) are the actors of a fact's list at key.
by(f, key) := lib.array_in(f, key)

# first_line_of(facts) is where a finding on these facts points: the first
# of them, else the board.
location(facts) := icb.at(facts[0]) if count(facts) > 0

else := icb.location

# partner_roles are the partner members' roles: the kinds policy data
# names and any other partner member.
partner_roles := {role | some role, kind in icb.config.partner_kinds; is_object(kind)} | {"partner-other"}
