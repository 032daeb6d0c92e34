// Package policies holds ccgvet's built-in Rego policies, their unit tests
// and the default policy data, embedded so the binary works with no set-up.
package policies

import "embed"

// FS holds every built-in module (*.rego, tests included) and data.yaml.
//
//go:embed *.rego */*.rego data.yaml profiles/*.yaml
var FS embed.FS

// DataFile is the path in FS of the default policy data, mounted at
// data.ccgvet.config.
const DataFile = "data.yaml"

// ProfilesDir is the folder in FS of the built-in profiles, one YAML file
// each: a description and the policy data it merges over the defaults.
const ProfilesDir = "profiles"

// Index is the index of the built-in modules (their packages and the
// catalogue of their METADATA), generated from them by
// `go test ./engine/policy -run TestBuiltinIndexIsCurrent -update`; ccgvet
// checks it against the modules before using it.
//
//go:embed index.json
var Index []byte

// DataJSON is data.yaml decoded, as JSON, with the hash of the text it was
// decoded from: ccgvet reads it instead of the YAML when the hash matches.
// Written with Index.
//
//go:embed data.json
var DataJSON []byte

// Compiled holds the built-in modules of each family compiled, in the form
// of engine/policy/astcode, keyed by the modules they were compiled from:
// a run reads them back instead of parsing and compiling the modules when
// the key matches. Written with Index.
//
//go:embed compiled/*.bin
var Compiled embed.FS
