# Phrases, numbers and names in messages.
#
# Numbers, practices and quoted text are written the same way in every
# message. Wording is read in Go (input.facts); no policy matches text.
package ccgvet.lib

# one_line(text) is text with each run of white space made one space, and
# none at either end. Most text has no two white space characters together
# (a paragraph's lines are joined by one line feed): then replacing each
# with a space and trimming the ends is enough, where going over the words
# cost a step or two for each of them (a quoted sentence, about a hundred).
one_line(text) := trim(spaced, " ") if {
	spaced := strings.replace_n(white_space, text)
	not contains(spaced, "  ")
} else := concat(" ", [word |
	some word in split(strings.replace_n(white_space, text), " ")
	word != ""
])

white_space := {"\n": " ", "\t": " ", "\r": " ", "\f": " "}

# excerpt(text, n) is text on one line, cut at a word to at most about n
# characters.
excerpt(text, n) := shortened(one_line(text), n)

# shortened(line, n) is line when it has n characters or fewer, else its
# first n + 1 characters less the word they end in ("…" after): a word that
# ends at the n-th character is kept whole. A line with no space that soon
# is cut at n characters.
shortened(line, n) := line if {
	count(line) <= n
} else := concat("", [concat(" ", array.slice(words, 0, count(words) - 1)), "…"]) if {
	words := split(substring(line, 0, n + 1), " ")
	count(words) > 1
} else := concat("", [substring(line, 0, n), "…"])

# percent(part, whole) is part as a whole percentage of whole.
percent(part, whole) := round((part * 100) / whole) if whole > 0

else := 0

# more_than(threshold, whole) is the smallest whole number strictly more than
# threshold × whole: how many a majority needs.
more_than(threshold, whole) := floor(threshold * whole) + 1

# counted(n, singular, plural) is "1 practice" or "3 practices".
counted(1, singular, _) := concat(" ", ["1", singular])

counted(n, _, plural) := concat(" ", [format_int(n, 10), plural]) if n != 1

# practice_name(p) names a practice as messages do: "Hill Top Medical Centre
# (Y00002)", or the name alone when there is no code.
practice_name(p) := sprintf("%s (%s)", [string_in(p, "name"), string_in(p, "code")]) if {
	string_in(p, "code") != ""
	string_in(p, "name") != ""
} else := string_in(p, "name") if {
	string_in(p, "name") != ""
} else := string_in(p, "code") if {
	string_in(p, "code") != ""
} else := "an unnamed practice"

# seat_count(s) is how many seats a committee row stands for (1 unless it
# says otherwise).
seat_count(s) := s.count if {
	is_number(s.count)
	s.count >= 1
} else := 1
