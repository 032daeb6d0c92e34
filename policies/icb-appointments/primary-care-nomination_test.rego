package ccgvet.rules["icb-appointments"]["primary-care-nomination_test"]

import data.ccgvet.rules["icb-appointments"].fixtures_test as fixtures
import data.ccgvet.rules["icb-appointments"]["primary-care-nomination"] as rule

test_practices_may_object_is_information if {
	fs := rule.findings with input as fixtures.complete
	count(fs) == 1
	some f in fs
	f.rule == "icb-appointments/primary-care-nomination"
	f.severity == "info"
	f.line == 81
	f.message == "the primary medical services partner member is nominated by the providers of primary medical services; a nominee is chosen by a majority of the nominating providers; the practices may object to a nominee: clause 3.21 (line 81): \"The providers of primary medical services may each nominate one person, and the nomination fails if a majority of them object.\""
}

test_no_objection_is_a_warning if {
	s := fixtures.nomination("partner-primary-medical-services", 81, "The Local Medical Committee nominates the Partner Member.", ["other"], false, "")
	fs := rule.findings with input as fixtures.doc(fixtures.appointments, [s])
	count(fs) == 1
	some f in fs
	f.severity == "warning"
	f.message == "the primary medical services partner member is nominated by someone else; no sentence says how a nominee is chosen; no sentence lets the practices object to a nominee: clause 3.21 (line 81): \"The Local Medical Committee nominates the Partner Member.\""
}

# The sentence that lets the practices object is the one quoted; without
# one, the sentence that says who nominates (what an LMC reads first, and
# where diff places a change of the procedure), not the one that says how
# a nominee is chosen.
test_quotes_the_procedure if {
	who := fixtures.nomination("partner-primary-medical-services", 79, "This Partner Member is nominated jointly by the providers of primary medical services.", ["primary-medical-services"], false, "")
	panel := fixtures.nomination("partner-primary-medical-services", 83, "A panel selects one nominee.", [], false, "panel")
	fs := rule.findings with input as fixtures.doc(fixtures.appointments, [who, fixtures.primary_care, panel])
	count(fs) == 1
	some f in fs
	f.severity == "info"
	f.line == 81
	contains(f.message, "a nominee is chosen by a majority of the nominating providers or by a panel")
	fs2 := rule.findings with input as fixtures.doc(fixtures.appointments, [who, panel])
	some f2 in fs2
	f2.severity == "warning"
	f2.line == 79
	fs3 := rule.findings with input as fixtures.doc(fixtures.appointments, [panel])
	some f3 in fs3
	f3.line == 83
}

# A ballot of the providers, the candidate with the most votes nominated,
# is how a nominee is chosen.
test_a_ballot_chooses if {
	who := fixtures.nomination("partner-primary-medical-services", 79, "This Partner Member is nominated jointly by the providers of primary medical services.", ["primary-medical-services"], false, "")
	ballot := fixtures.nomination("partner-primary-medical-services", 81, "The person with the most votes is the nominee.", [], false, "ballot")
	fs := rule.findings with input as fixtures.doc(fixtures.appointments, [who, ballot])
	count(fs) == 1
	some f in fs
	contains(f.message, "a nominee is chosen by a ballot of the nominating providers")
}

# The member's row in the board's membership names who nominates, not how:
# a sentence elsewhere is quoted.
test_quotes_a_sentence_outside_the_membership if {
	row := fixtures.nomination("partner-primary-medical-services", 44, "a Partner Member (primary medical services)", ["primary-medical-services"], false, "")
	lmc := fixtures.nomination("partner-primary-medical-services", 183, "The Local Medical Committee nominates the Partner Member on behalf of the providers.", ["other"], false, "")
	fs := rule.findings with input as fixtures.doc(fixtures.appointments, [row, lmc])
	some f in fs
	f.severity == "warning"
	f.line == 183
	startswith(f.message, "the primary medical services partner member is nominated by the providers of primary medical services and someone else;")
}

test_severity_from_data if {
	fs := rule.findings with input as fixtures.complete with data.ccgvet.config.severity as {"icb-appointments/primary-care-nomination": "warning"}
	some f in fs
	f.severity == "warning"
}

test_no_nomination_is_another_rules if {
	count(rule.findings) == 0 with input as fixtures.doc(fixtures.appointments, [])
}
