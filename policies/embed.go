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
