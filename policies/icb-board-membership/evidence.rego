# Evidence for icb-board-membership: the board's members as the extractor
# reads them from the section that states its membership (input.icb.board),
# and the facts that name a role elsewhere (appointments, nominations).
#
# Helpers the rules share, kept apart from the criterion's package so that
# collecting findings (main.rego) never evaluates what no rule needs.
package ccgvet.evidence["icb-board-membership"]

import data.ccgvet.lib.icb

# stated is true when the board's members are listed: the rules on what the
# board lacks run only then, and no-board reports a board with none.
stated if count(icb.members) > 0

# provided(role) is true when the constitution provides for a member of
# the role: a member of the board has it, or a sentence says how one is
# appointed or nominated (a statement such as "the Chair is appointed by
# NHS England" provides for a chair as much as a list does).
provided(role) if icb.has_member(role)

provided(role) if {
	some f in array.concat(icb.facts_of("appointments"), icb.facts_of("nominations"))
	f.role == role
}

# ordinary_members are the members other than the chair and the chief
# executive, and ordinary_seats how many seats they hold.
ordinary_members := [m | some m in icb.members; icb.ordinary(m)]

ordinary_seats := sum([icb.seats(m) | some m in ordinary_members])

non_executives := icb.members_of({"non-executive"})

non_executive_seats := icb.seats_of({"non-executive"})

searched := "the board's members and the sentences on appointing and nominating them"
