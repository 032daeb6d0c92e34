package ccgvet.lib_test

import data.ccgvet.lib

test_excerpt if {
	lib.excerpt("Each  member\npractice shall", 40) == "Each member practice shall"
	lib.excerpt("Each member practice shall nominate", 20) == "Each member practice…"
	lib.excerpt("Each member practice shall nominate", 19) == "Each member…"
	lib.excerpt("Each member practice shall nominate", 35) == "Each member practice shall nominate"
	lib.excerpt("Each member practice shall nominate", 34) == "Each member practice shall…"
}

test_excerpt_of_one_long_word_is_cut_at_n if {
	lib.excerpt("Pneumonoultramicroscopic", 10) == "Pneumonoul…"
}

test_excerpt_of_nothing if {
	lib.excerpt("", 10) == ""
	lib.excerpt(" \n\t ", 10) == ""
}

test_one_line if {
	lib.one_line(" withhold\n\tpayments\r\n due ") == "withhold payments due"
	lib.one_line("suspended") == "suspended"
}

# Text whose white space comes one character at a time takes the short way;
# runs of it, the long one: both give the same line.
test_one_line_single_and_runs_of_white_space if {
	lib.one_line(" each\npractice\tshall ") == "each practice shall"
	lib.one_line("each  practice\n\tshall") == "each practice shall"
	lib.one_line("\r\n") == ""
	lib.one_line(" ") == ""
	lib.one_line("") == ""
}

test_percent if {
	lib.percent(22, 47) == 47
	lib.percent(28, 61) == 46
	lib.percent(1, 0) == 0
}

test_more_than if {
	lib.more_than(0.5, 47) == 24
	lib.more_than(0.5, 46) == 24
	lib.more_than(0.5, 8) == 5
	lib.more_than(0.5, 61) == 31
}

test_counted if {
	lib.counted(1, "practice", "practices") == "1 practice"
	lib.counted(3, "practice", "practices") == "3 practices"
	lib.counted(0, "practice", "practices") == "0 practices"
}

test_practice_name if {
	lib.practice_name({"name": "Hill Top Medical Centre", "code": "Y00002"}) == "Hill Top Medical Centre (Y00002)"
	lib.practice_name({"name": "Hill Top Medical Centre"}) == "Hill Top Medical Centre"
	lib.practice_name({"code": "Y00002"}) == "Y00002"
	lib.practice_name({}) == "an unnamed practice"
}

test_seat_count if {
	lib.seat_count({"count": 3}) == 3
	lib.seat_count({"count": 0}) == 1
	lib.seat_count({}) == 1
}
