package extract

import "strings"

// Parties a committee's members come from, as a quorum names them
// ("at least two of them from the Group and at least two from NHS
// England") and as its membership says ("2.2 From the CCG:", a "Nominated
// by" column, "Head of Primary Care, NHS England").
const (
	partyCCG        = "ccg"
	partyNHSEngland = "nhs-england"
	partyCouncil    = "council"
	partyTrust      = "trust"
	partyICB        = "icb"
	partyPCN        = "pcn"
)

// partyWords are the words that name each party, normalised. A CCG's
// governing body is the CCG's; "the Group" is how many CCGs call
// themselves.
var partyWords = []struct {
	party string
	words phrases
}{
	{partyNHSEngland, phrases{"nhs england", "nhs commissioning board", "nhse"}},
	{partyCCG, phrases{"ccg", "ccgs", "clinical commissioning group", "group", "governing body"}},
	{partyCouncil, phrases{"council", "councils", "local authority", "local authorities", "borough", "county"}},
	{partyTrust, phrases{"trust", "trusts", "foundation trust", "nhs trust"}},
	{partyICB, phrases{"icb", "integrated care board"}},
	{partyPCN, phrases{"primary care network", "primary care networks", "pcn", "pcns"}},
}

// partyOf returns the one party text names, or "" when it names none or
// more than one ("the CCG and NHS England jointly").
func partyOf(text string) string {
	n := norm(text)
	if n == "" {
		return ""
	}
	found := ""
	for _, p := range partyWords {
		if p.words.in(n) == "" {
			continue
		}
		if found != "" {
			return ""
		}
		found = p.party
	}
	return found
}

// partyFromRole returns the party a seat's role names after its post,
// past a comma or "of" ("Head of Primary Care, NHS England", "Chief
// Executive of Shibdenvale Hospitals NHS Foundation Trust", "two GP
// members, chosen by the Governing Body"), or "".
func partyFromRole(role string) string {
	i := strings.IndexAny(role, ",(")
	if i < 0 {
		i = strings.Index(strings.ToLower(role), " of ")
	}
	if i < 0 {
		return ""
	}
	return partyOf(role[i:])
}
