# Phrases, numbers and names in messages.
#
# Phrase lists from policy data are matched the same way by every rule that
# still matches them (most rules judge facts instead), and
# numbers and practices are written the same way in every message.
package ccgvet.lib

# Phrases are matched one by one, each its own regular expression, against
# text in lower case: Go finds a phrase that starts with plain words as fast
# as a string search, where one alternation of all the phrases is matched a
# character at a time, 10 to 30 times slower on a long section. A phrase
# with capitals (\S, say) is matched case-insensitively, the slow way.
#
# Each call of a Rego function costs microseconds (its arguments are copied
# and hashed), so rules that look at many paragraphs or practices make the
# patterns once and match them inline:
#
#	lowered := lower(b.text)
#	some pattern in patterns
#	regex.match(pattern, lowered)

# mentions(phrases, text) is true when text contains any of phrases.
mentions(phrases, text) if {
	lowered := lower(text)
	some pattern in patterns(phrases)
	regex.match(pattern, lowered)
}

# patterns(phrases) are the phrases ready to match text in lower case: a
# phrase in lower case as it is, else case-insensitively. Phrase lists are
# nearly always all in lower case, and are made into patterns on every
# evaluation, so the whole list is checked in two calls before any phrase
# is looked at.
patterns(phrases) := phrases if {
	is_array(phrases)
	joined := concat("\n", phrases)
	lower(joined) == joined
} else := [pattern |
	some phrase in phrases
	pattern := {true: phrase, false: concat("", ["(?i)", phrase])}[lower(phrase) == phrase]
]

# one_line(text) is text with each run of white space made one space, and
# none at either end.
one_line(text) := concat(" ", [word |
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
