package ccgvet.rules["clinical-majority"]["no-clinician-in-quorum_test"]

import data.ccgvet.rules["clinical-majority"]["no-clinician-in-quorum"] as rule

committee(quorum) := {"committees": [{
	"name": "Primary Care Joint Committee",
	"joint": true,
	"line": 190,
	"section": "6.4.4 Primary Care Joint Committee",
	"membership_stated": true,
	"seats": [{"role": "GP member", "voting": true, "category": "clinical", "line": 200}],
	"quorum": quorum,
}]}

quorum(required, without, unplaced) := {
	"text": "Five voting members form a quorum, provided that at least one lay member and one member from NHS England are present.",
	"line": 212,
	"clinician_required": required,
	"without_clinician": without,
	"unplaced": unplaced,
}

test_quorum_without_a_clinician if {
	fs := rule.findings with input as committee(quorum("no", "the lay member and the Chief Finance Officer", []))
	count(fs) == 1
	some f in fs
	f.rule == "clinical-majority/no-clinician-in-quorum"
	f.severity == "warning"
	f.line == 190
	f.message == "Primary Care Joint Committee: the quorum (line 212) can be met with no clinical member present: the lay member and the Chief Finance Officer"
}

test_quorum_requires_a_clinician if {
	fs := rule.findings with input as committee(quorum("yes", "", []))
	count(fs) == 0
}

test_unknown_with_unplaced_words if {
	fs := rule.findings with input as committee(quorum("unknown", "", ["the Caldicott Guardian"]))
	count(fs) == 1
	some f in fs
	startswith(f.message, "Primary Care Joint Committee: the quorum (line 212) could not be read as a rule")
	contains(f.message, "\"Five voting members form a quorum")
}

# A majority of a membership not stated cannot be judged, but every word of
# it was read: nothing to report.
test_unknown_with_every_word_placed if {
	fs := rule.findings with input as committee(quorum("unknown", "", []))
	count(fs) == 0
}

# The words of the clause are not matched: a clause that names a GP but
# lets a quorum form without one is judged by its rule.
test_the_words_alone_decide_nothing if {
	q := object.union(quorum("no", "the lay and executive members", []), {"text": "Four members including one GP; if the GP withdraws, the meeting remains quorate with the lay and executive members present."})
	fs := rule.findings with input as committee(q)
	count(fs) == 1
}

test_no_quorum_clause if {
	fs := rule.findings with input as committee(null)
	count(fs) == 0
}

test_older_model_without_a_judgement if {
	fs := rule.findings with input as committee({"text": "Five voting members form a quorum.", "line": 212})
	count(fs) == 0
}
