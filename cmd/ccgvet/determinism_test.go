package main

import "testing"

// The same inputs give byte-identical output at any worker count.
func TestOutputIsDeterministic(t *testing.T) {
	for _, format := range []string{"text", "json", "sarif"} {
		t.Run(format, func(t *testing.T) {
			args := func(jobs string) []string {
				return []string{"check", "--no-config", "-j", jobs, "--format", format, "constitutions/", "testdata/examples/"}
			}
			_, one, _ := ccgvet(t, args("1")...)
			for range 3 {
				_, eight, _ := ccgvet(t, args("8")...)
				if one != eight {
					t.Fatalf("-j 1 and -j 8 differ:\n--- -j 1:\n%.3000s\n--- -j 8:\n%.3000s", one, eight)
				}
			}
		})
	}
}
