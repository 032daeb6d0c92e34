// Package wordtest holds the tests of Word documents that need the whole
// engine: the same verdicts as Markdown, tracked-changes amendments, bad
// files in a batch. They live apart from engine/read/docx so that its
// fuzz target's binary is the reader alone, not the policy engine too.
package wordtest
