package model

import _ "embed"

// Schema is the JSON Schema (draft 2020-12) of a Document as JSON: the
// contract with the policies and with tools that read `ccgvet parse`.
// A test validates the parser's output of every example against it.
//
//go:embed schema.json
var Schema []byte
