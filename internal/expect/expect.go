// Package expect reads the expectation files that go with the example
// constitutions (testdata/examples/*.expect.json): the statuses, findings
// (rule and line) and exit status a check must give.
package expect

import (
	"encoding/json"
	"fmt"
	"os"
)

// Finding is a finding that must be reported; Line 0 means any line.
type Finding struct {
	Rule string `json:"rule"`
	Line int    `json:"line"`
}

// Check is one example's expectation for `ccgvet check`.
type Check struct {
	Doc         string            `json:"doc"`
	Criteria    map[string]string `json:"criteria"`
	MustFind    []Finding         `json:"must_find"`
	MustNotFind []string          `json:"must_not_find"`
	Exit        int               `json:"exit"`
}

// Load reads an expectation file.
func Load(path string) (Check, error) {
	var c Check
	b, err := os.ReadFile(path)
	if err != nil {
		return c, err
	}
	if err := json.Unmarshal(b, &c); err != nil {
		return c, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}
