# Reading facts (input.facts): the sentences that state them, and the
# actors they name, written the same way in every message.
package ccgvet.lib

# clause_name(fact) is "clause 1.6.2", or "a paragraph" for a sentence of an
# unnumbered paragraph.
clause_name(fact) := concat(" ", ["clause", fact.clause]) if object.get(fact, "clause", "") != ""

else := "a paragraph"

# actor_names names the actors of facts in messages.
actor_names := {
	"members": "the member practices",
	"governing-body": "the Governing Body",
	"nhs-england": "NHS England",
	"accountable-officer": "the Accountable Officer",
	"committee": "a committee",
	"other": "someone else",
}

# facts_of(kind) is the list of facts of a kind, or [].
facts_of(kind) := array_at(["facts", kind])
