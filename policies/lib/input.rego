# Reading the document model.
#
# The parser leaves out empty fields and writes empty lists as null, so
# policies read the model through these helpers rather than test each
# field for null. Each call of a Rego function costs microseconds: in a loop
# over practices, seats or paragraphs, read fields with object.get instead.
package ccgvet.lib

# array_at(path) is the array at path in input, or [] when it is missing or
# null.
array_at(path) := x if {
	x := object.get(input, path, [])
	is_array(x)
} else := []

# string_at(path) is the string at path in input, or "".
string_at(path) := x if {
	x := object.get(input, path, "")
	is_string(x)
} else := ""

# number_at(path) is the number at path in input, or 0.
number_at(path) := x if {
	x := object.get(input, path, 0)
	is_number(x)
} else := 0

# array_in(x, key) is the array at key of object x, or [].
array_in(x, key) := a if {
	a := object.get(x, key, [])
	is_array(a)
} else := []

# string_in(x, key) is the string at key of object x, or "".
string_in(x, key) := s if {
	s := object.get(x, key, "")
	is_string(s)
} else := ""

# number_in(x, key) is the number at key of object x, or 0.
number_in(x, key) := n if {
	n := object.get(x, key, 0)
	is_number(n)
} else := 0

# first_line(lines) is the first of lines that is a real line (1 or more),
# else 1: findings fall back from the evidence to its section's heading to
# the top of the file.
first_line(lines) := l if {
	candidates := [n | some n in lines; is_number(n); n >= 1]
	l := candidates[0]
} else := 1
