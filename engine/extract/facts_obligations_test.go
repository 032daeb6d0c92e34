package extract_test

import "testing"

// TestObligationRules: rules the obligations reader holds to, on wording
// written for this test.
func TestObligationRules(t *testing.T) {
	tests := []struct {
		rule, text string
		obligation bool
		sanction   any
	}{
		{"'shall not be' is done to the practices", "Practices shall not be penalised for leaving a voluntary scheme.", false, nil},
		{"a right is a benefit", "Each practice shall have a right to be heard before any decision about it.", false, nil},
		{"an opportunity is a benefit", "Member practices will have the opportunity to vote at the annual meeting.", false, nil},
		{"sanctions listed after a denied one are denied", "Practices will not be expelled, suspended or fined for raising concerns.", false, nil},
		{"a negation in a relative clause does not deny the sanction", "A practice that does not attend three meetings in a row may be suspended.", false, "suspend"},
		{"a meeting that suspends is the subject, not what is suspended", "The Members' Meeting may suspend a practice's right to vote for up to six months.", false, "suspend"},
		{"near miss: the meeting suspended", "The Members' Meeting may be suspended by the Chair if a practice representative is disorderly.", false, nil},
		{"membership that ends by itself", "A practice that closes shall automatically cease to be a member.", false, nil},
		{"membership that ends when the practice stops providing services", "A practice ceases to be a member only when it stops providing primary medical services in the area, or in any other way NHS England allows.", false, nil},
		{"'from membership' without an article", "The Council of Members may remove a practice from membership.", false, "expel"},
		{"payments withheld, words between", "Any payments under the local incentive scheme may be withheld from a practice that fails to report.", false, "withhold-payment"},
		{"a payment not received for a failure", "A member practice that does not submit the quarterly data by the date set will not receive the scheme's payment for that quarter.", false, "withhold-payment"},
		{"near miss: two aims joined by 'and', no payment withheld", "The Group aims to reduce unwarranted variation between practices and to make the best use of the money entrusted to it.", false, nil},
		{"near miss: a payment received", "A member practice that submits the quarterly data by the date set will receive the scheme's payment for that quarter.", false, nil},
		{"near miss: a payment not received by choice", "A practice that opts out of the local quality scheme will not receive the scheme's payments.", false, nil},
		{"a share of the practices after the verb is a threshold", "First, the Members' Forum must approve the change by the votes of at least two thirds of the member practices present, with the votes of at least half of all member practices cast.", false, nil},
		{"near miss: a practice that must approve a plan, no threshold", "Each member practice must approve its locality's annual plan before it is published.", true, nil},
		{"near miss: the practices named after the verb as its object", "The Members' Meeting must send the change to each member practice before it votes.", false, nil},
		{"near miss: a duty provided by the practices", "The quarterly returns shall be sent to the Group by each member practice.", true, nil},
		{"practice representatives listed before employees in a code of conduct", "Members of the Governing Body and of its committees, Practice Representatives and employees must declare any interest they have.", false, nil},
		{"near miss: practices listed before employees", "Member practices and their employees must declare any interest they have in a decision.", true, nil},
		{"a definition is no duty", "“Practice Representative” means the person each member practice appoints under 3.3.1.", false, nil},
		{"the members' approval of a variation is their power, no duty", "Before the Group applies, its member practices must approve the proposed change.", false, nil},
		{"near miss: a plan the practices must approve is a duty", "Each member practice must agree its prescribing plan with the locality.", true, nil},
		{"a body's rule with the practices in a relative clause on it", "The Members' Forum, which shall be made up of the representatives of the member practices, shall meet four times a year.", false, nil},
		{"near miss: 'means that' states a consequence, no definition", "Being a member of the Group means that each practice undertakes to share its referral data with its locality.", true, nil},
		{"near miss: 'the means by which' is no definition", "The Locality Forums are the means by which each member practice must take part in the Group's decisions.", true, nil},
		{"'is responsible for:' before a practice's tasks", "Each member practice is responsible for: naming its representative on the Council of Members.", true, nil},
		{"near miss: the members responsible for deciding how the Group is constituted", "The members of the Group are responsible for deciding how it is constituted.", false, nil},
		{"rates reviewed", "The prescribing rates of each practice will be reviewed by the Locality Lead every quarter.", false, "performance-manage"},
		{"a body's members are not the practices", "The lay members shall attend every meeting of the Audit Committee.", false, nil},
		{"an improvement plan imposed", "A practice will have to agree an improvement plan with its Locality Lead if it overspends its budget.", true, "performance-manage"},
		{"a locality's plan is shared work", "Each practice shall help the other practices of its locality to carry out the locality's improvement plan.", true, nil},
		{"a practice's plan is imposed", "Where a practice overspends, the Locality Lead may agree the practice's recovery plan with it.", false, "performance-manage"},
		{"'no member may' forbids", "No member may speak for the Group without its consent.", true, nil},
		{"'may agree to' permits", "Member practices may agree to share staff.", false, nil},
		{"subjects listed with the practices", "Each practice, each employee and every committee member shall follow this code.", true, nil},
		{"'confirms that it agrees to'", "Each practice confirms that it undertakes to follow the Group's policies.", true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			checkTopic(t, "obligations", "", tt.text, map[string]any{"obligation": tt.obligation, "sanction": tt.sanction})
		})
	}
}
