package ccgvet.rules["governing-body-composition"].fixtures_test

seat(role, n, line) := {"role": role, "count": n, "voting": true, "line": line}

# The governing body of ex01 (and ex02 to ex04).
example_vale := {"governing_body": {
	"name": "The Governing Body",
	"kind": "governing-body",
	"line": 199,
	"section": "6.6 The Governing Body",
	"membership_stated": true,
	"seats": [
		seat("the Chair, a GP elected by the member practices", 1, 211),
		seat("three GP members elected by the member practices", 3, 212),
		seat("the lay member with a lead role in audit and governance", 1, 213),
		seat("the lay member with a lead role in patient and public involvement, who is the Deputy Chair", 1, 214),
		seat("a registered nurse", 1, 216),
		seat("a secondary care specialist doctor", 1, 217),
		seat("the Accountable Officer", 1, 218),
		seat("the Chief Finance Officer", 1, 219),
	],
	"text": "6.6.1 The Governing Body makes sure that the Group exercises its functions effectively, efficiently and economically.\n6.6.2.1 The Governing Body has the following members:\n6.6.2.2 The Chair and the GP members serve for three years and may stand for election again. The Deputy Chair presides when the Chair is absent.",
}}

# with_seats(seats) is ex01's governing body with other seats and no text.
with_seats(seats) := json.patch(example_vale, [
	{"op": "replace", "path": "/governing_body/seats", "value": seats},
	{"op": "replace", "path": "/governing_body/text", "value": ""},
])
