package main

// Exit statuses, as results.md specifies them.
const (
	// ExitOK: checked, and nothing at or above the failing severity.
	ExitOK = 0
	// ExitFindings: checked, and at least one finding at or above it (or, for
	// diff, a regression).
	ExitFindings = 1
	// ExitInput: could not check: bad usage, an unreadable or invalid input,
	// a policy that does not compile or fails at run time.
	ExitInput = 2
)

// exitError carries an exit status out of a command; err, when set, is
// printed to standard error.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return "exit status"
	}
	return e.err.Error()
}

func exitWith(code int, err error) error { return &exitError{code: code, err: err} }
