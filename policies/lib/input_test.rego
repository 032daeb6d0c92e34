package ccgvet.lib_test

import data.ccgvet.lib

test_array_at if {
	lib.array_at(["membership", "practices"]) == [1] with input as {"membership": {"practices": [1]}}
	lib.array_at(["membership", "practices"]) == [] with input as {"membership": {"practices": null}}
	lib.array_at(["membership", "practices"]) == [] with input as {}
}

test_string_and_number_at if {
	lib.string_at(["conflicts", "text"]) == "" with input as {"conflicts": {"text": null}}
	lib.number_at(["conflicts", "line"]) == 0 with input as {"conflicts": {}}
	lib.number_at(["conflicts", "line"]) == 8 with input as {"conflicts": {"line": 8}}
}

test_fields_of_objects if {
	lib.array_in({"seats": null}, "seats") == []
	lib.string_in({"code": 12}, "code") == ""
	lib.number_in({}, "line") == 0
}

test_first_line if {
	lib.first_line([0, null, 7, 9]) == 7
	lib.first_line([0]) == 1
	lib.first_line([]) == 1
}
