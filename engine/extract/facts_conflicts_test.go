package extract_test

import "testing"

// TestSafeguardRules: rules the conflicts of interest reader holds to, on
// wording written for this test.
func TestSafeguardRules(t *testing.T) {
	tests := []struct {
		rule, heading, text string
		want                []any
	}{
		{"'the registers' under a title about interests", "Registering interests",
			"The registers are available on the Group's website.", []any{"register", "published"}},
		{"interests made public are a register", "",
			"The interests declared by committee members are published on the website.", []any{"register", "published"}},
		{"a condition ends the register's name", "",
			"Entries may be left out of the published register where publishing them would put someone at risk.", []any{"register", "published"}},
		{"the register's name may name its topic", "",
			"Gifts worth more than £50 are entered in the gifts log.", []any{"gifts-register"}},
		{"'including' ends what a register is of", "",
			"The ICB keeps a procurement register, including the interests declared by those involved.", []any{"procurement-register"}},
		{"what is entered in a register is its topic", "",
			"Each decision to award a contract shall be recorded in a register.", []any{"procurement-register"}},
		{"a register of sponsorship is not one of interests", "",
			"The ICB keeps a register of sponsorship.", []any{}},
		{"a guardian recommended is none", "",
			"The guidance recommends that the Group appoint a Conflicts of Interest Guardian.", []any{}},
		{"a duty denied 'unless' is a duty", "",
			"Interests on the register need not be declared again unless they are relevant to the agenda.", []any{"register", "declaration"}},
		{"a failure sanctioned is a duty", "",
			"A member failing to disclose an interest may be removed.", []any{"declaration"}},
		{"'but not in the decision'", "",
			"The chair may allow the member to speak but not to take part in the decision.", []any{"exclusion"}},
		{"'excluding … from' is a verb", "",
			"The chair may manage the interest by excluding the member from the decision.", []any{"exclusion"}},
		{"the verb of a relative clause is not laid down", "",
			"Those who withdraw because of an interest still count towards the quorum.", []any{"quorum-fallback"}},
		{"a main verb after a relative clause is", "",
			"A member who has a conflict of interest is excluded from the item.", []any{"exclusion"}},
		{"a long list of whose interests, then ', and of gifts'", "",
			"The Group keeps registers of the interests of its member practices, their representatives, the members of the Governing Body and of its committees and sub-committees and its employees, and of gifts and hospitality.", []any{"register", "gifts-register"}},
		{"a duty before an aside between commas, then 'be declared'", "",
			"Every interest shall, by the person who holds it and within 28 days of their appointment, be declared to the Board Secretary.", []any{"declaration"}},
		{"near miss: a permission before the aside", "",
			"A past interest may, if the member wishes, be declared to the Board Secretary.", []any{}},
		{"what is recorded in a register, past an aside", "",
			"The Group records each of its procurement decisions, with the way any conflict was handled, in a register.", []any{"procurement-register"}},
		{"a record of the contracts it awards", "",
			"The Group keeps a record of the contracts it awards.", []any{"procurement-register"}},
		{"'a third records' after a register", "",
			"A separate register records gifts and hospitality, and a third records each decision the Group takes to procure services.", []any{"gifts-register", "procurement-register"}},
		{"a main clause after an opening condition with no comma", "",
			"If a committee member holds an interest in a contract the member takes no part in the decision.", []any{"exclusion"}},
		{"a main clause after a semicolon and 'unless … otherwise' with no comma", "",
			"The chair decides how a conflict of interest is managed; unless the chair rules otherwise the member takes no part in the decision.", []any{"exclusion"}},
		{"'exclude' is a verb, not an exception", "",
			"The chair must exclude the conflicted member from the vote on that item.", []any{"exclusion"}},
		{"a main clause after an opening condition and an exception, each closed by a comma", "",
			"Where a committee member holds an interest in a contract, and unless the chair has agreed that the member may stay to answer questions, the member leaves the meeting for that item.", []any{"exclusion"}},
		{"'If …, then, unless …, the person withdraws'", "",
			"If a person has declared an interest in an item, then, unless the chair finds the interest too slight to matter, the person withdraws for that item.", []any{"exclusion"}},
		{"'Unless …, after …, rules otherwise,' then the main clause", "",
			"Unless the chair, after hearing the member, rules otherwise, a member with a material interest in an item leaves the meeting while it is decided.", []any{"exclusion"}},
		{"'If …, then, except where …, the member leaves'", "",
			"If a member has a conflict of interest in an item, then, except where the chair decides that it is not material, the member leaves the meeting for that item.", []any{"exclusion"}},
		{"a register of the decisions it makes when awarding contracts", "",
			"The Group keeps a register of the decisions it makes when awarding contracts for services.", []any{"procurement-register"}},
		{"near miss: withdrawing inside the exception", "",
			"Where a member has declared an interest, unless the member withdraws, the chair records how it was managed.", []any{}},
		{"near miss: withdrawing is the opening condition's own verb", "",
			"If a member with an interest withdraws the chair records it.", []any{}},
		{"'where needed' puts no condition on the rest", "",
			"The chair, with advice where necessary, may ask a conflicted member to leave the room.", []any{"exclusion"}},
		{"a negation a few words before 'take part'", "",
			"The conflicted member shall not at any stage take part in the decision.", []any{"exclusion"}},
		{"a question states nothing", "",
			"Do you agree that the registers of interests should be published?", []any{}},
		{"a quorum lost in a conflicts section", "Managing conflicts of interest",
			"If there is no quorum, the item shall be deferred to the next meeting.", []any{"quorum-fallback"}},
		{"'without a quorum' is a quorum lost", "Conflicts of interest",
			"If this leaves a meeting without a quorum, the item will be put off to another meeting.", []any{"quorum-fallback"}},
		{"a pronoun after a register publishes it", "Conflicts of interest",
			"We keep registers of the interests of our staff. We publish them on our website.", []any{"register", "published"}},
		{"a pronoun after something else publishes no register", "Conflicts of interest",
			"We keep minutes of every meeting. We publish them on our website.", []any{}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			checkTopic(t, "conflicts", tt.heading, tt.text, map[string]any{"safeguards": tt.want})
		})
	}
}
