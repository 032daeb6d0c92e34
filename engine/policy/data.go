package policy

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/ccgvet/ccgvet/policies"
	"gopkg.in/yaml.v3"
)

// LoadData reads the default policy data and deep-merges over it the
// profile's data, then each file in order: the user has the last word.
func LoadData(profile map[string]any, files []string) (map[string]any, error) {
	data, err := builtinData()
	if err != nil {
		return nil, err
	}
	if profile != nil {
		data = Merge(data, normalise(profile).(map[string]any))
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("policy data %s: %w", f, err)
		}
		over, err := decodeData(f, b)
		if err != nil {
			return nil, err
		}
		data = Merge(data, over)
	}
	return data, nil
}

// builtinData is the default policy data: data.yaml, decoded from its
// JSON twin (policies/data.json) when that was written from the same
// text. Decoding the YAML was the longest part of loading the policies
// (3 ms of every start); the JSON takes a fifth of it.
func builtinData() (map[string]any, error) {
	b, err := policies.FS.ReadFile(policies.DataFile)
	if err != nil {
		return nil, fmt.Errorf("read built-in policy data: %w", err)
	}
	var twin dataTwin
	dec := json.NewDecoder(bytes.NewReader(policies.DataJSON))
	dec.UseNumber()
	if dec.Decode(&twin) == nil && twin.Hash == dataHash(b) && twin.Data != nil {
		return twin.Data, nil
	}
	return decodeData("builtin:policies/"+policies.DataFile, b)
}

// dataTwin is policies/data.json: data.yaml decoded, and the hash of the
// text it was decoded from. go test ./engine/policy -run
// TestBuiltinIndexIsCurrent -update writes it.
type dataTwin struct {
	Hash string         `json:"hash"`
	Data map[string]any `json:"data"`
}

func dataHash(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// decodeData reads YAML (a superset of JSON) into JSON-compatible values.
func decodeData(name string, b []byte) (map[string]any, error) {
	var v any
	dec := yaml.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&v); err != nil {
		if err.Error() == "EOF" {
			return map[string]any{}, nil
		}
		return nil, fmt.Errorf("policy data %s: %s", name, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	m, ok := normalise(v).(map[string]any)
	if !ok {
		return nil, fmt.Errorf("policy data %s: the top level must be a mapping", name)
	}
	return m, nil
}

// normalise converts YAML-decoded values (map[string]any with ints, dates)
// into what encoding/json would produce, which is what OPA expects.
func normalise(v any) any {
	switch t := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(t))
		for k, x := range t {
			out[k] = normalise(x)
		}
		return out
	case map[any]any:
		out := make(map[string]any, len(t))
		for k, x := range t {
			out[fmt.Sprint(k)] = normalise(x)
		}
		return out
	case []any:
		out := make([]any, len(t))
		for i, x := range t {
			out[i] = normalise(x)
		}
		return out
	case int:
		return json.Number(fmt.Sprint(t))
	case int64:
		return json.Number(fmt.Sprint(t))
	case uint64:
		return json.Number(fmt.Sprint(t))
	case float64:
		return json.Number(fmt.Sprint(t))
	case nil, string, bool, json.Number:
		return t
	default:
		// Dates and other scalars become their text.
		b, err := json.Marshal(t)
		if err != nil {
			return fmt.Sprint(t)
		}
		var s any
		if json.Unmarshal(b, &s) == nil {
			return s
		}
		return fmt.Sprint(t)
	}
}

// Merge deep-merges over into base: mappings merge key by key; anything
// else in over replaces what base has. Neither input is modified.
func Merge(base, over map[string]any) map[string]any {
	out := make(map[string]any, len(base)+len(over))
	for k, v := range base {
		out[k] = v
	}
	for k, v := range over {
		if bm, ok := out[k].(map[string]any); ok {
			if om, ok := v.(map[string]any); ok {
				out[k] = Merge(bm, om)
				continue
			}
		}
		out[k] = v
	}
	return out
}
