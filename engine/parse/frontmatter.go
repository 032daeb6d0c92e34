package parse

import (
	"bytes"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/ccgvet/ccgvet/engine/model"
)

// yamlFirstLine is the file line of the first YAML line: the opening `---`
// is line 1. yaml.v3 counts from the first YAML line, so its line L is file
// line L + yamlFirstLine - 1.
const yamlFirstLine = 2

// frontMatter is the decoded front matter and what other steps need of it.
type frontMatter struct {
	model.FrontMatter
	// memberVote is the value of `member_vote`, read by votes.go.
	memberVote *yaml.Node
}

// knownKeys are the front matter keys the model has fields for; any other
// key goes to Extra as it is.
var knownKeys = map[string]bool{
	"ccg": true, "name": true, "code": true, "version": true, "status": true, "effective": true,
	"commissioning_model": true, "previous_commissioning_model": true, "member_vote": true,
}

var yamlLineRe = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// readFrontMatter decodes the YAML between the `---` lines. Errors are
// input errors at the file line of the problem.
func readFrontMatter(text []byte) (frontMatter, *model.InputError) {
	fm := frontMatter{FrontMatter: model.FrontMatter{Present: true, Line: 1, KeyLines: map[string]int{}, Extra: map[string]any{}}}
	var doc yaml.Node
	if err := yaml.Unmarshal(text, &doc); err != nil {
		return fm, yamlError(err, text)
	}
	if len(doc.Content) == 0 {
		return fm, nil // `---` then `---`: present but empty
	}
	root := doc.Content[0]
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return fm, nil
	}
	if root.Kind != yaml.MappingNode {
		return fm, &model.InputError{Line: fileLine(root.Line), Message: "front matter: want keys and values (a YAML mapping), found " + nodeKind(root)}
	}
	seen := map[string]int{}
	var ccg, name string
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			return fm, &model.InputError{Line: fileLine(k.Line), Message: "front matter: a key must be a plain name, found " + nodeKind(k)}
		}
		key, line := k.Value, fileLine(k.Line)
		if prev, dup := seen[key]; dup {
			return fm, &model.InputError{Line: line, Message: fmt.Sprintf("front matter: key %q is already given at line %d", key, prev)}
		}
		seen[key] = line
		fm.KeyLines[key] = line
		if !knownKeys[key] {
			val, err := decodeExtra(v)
			if err != nil {
				return fm, &model.InputError{Line: fileLine(v.Line), Message: "front matter: " + key + ": " + strings.TrimPrefix(err.Error(), "yaml: "), Err: err}
			}
			fm.Extra[key] = val
			continue
		}
		if key == "member_vote" {
			fm.memberVote = v
			continue
		}
		s, err := scalar(key, v)
		if err != nil {
			return fm, err
		}
		switch key {
		case "ccg":
			ccg = s
		case "name":
			name = s
		case "code":
			fm.Code = s
		case "version":
			fm.Version = s
		case "status":
			fm.Status = s
		case "effective":
			fm.Effective = s
		case "commissioning_model", "previous_commissioning_model":
			if s == "" {
				continue
			}
			m, ok := normaliseModel(s)
			if !ok {
				// A model we cannot read would hide a change of model, so it
				// stops the check rather than passing silently.
				return fm, &model.InputError{Line: fileLine(v.Line), Message: fmt.Sprintf("front matter: %s: unknown commissioning model %q (use none, greater-involvement, joint or delegated)", key, s)}
			}
			if key == "commissioning_model" {
				fm.CommissioningModel = m
			} else {
				fm.PreviousCommissioningModel = m
			}
		}
	}
	// `ccg` wins over `name` whatever their order.
	fm.CCG = ccg
	if fm.CCG == "" {
		fm.CCG = name
	}
	return fm, nil
}

// scalar returns the text of a known key's value as written (so `3.0`
// stays "3.0" and a date stays as typed); null is empty.
func scalar(key string, v *yaml.Node) (string, *model.InputError) {
	if v.Kind == yaml.AliasNode && v.Alias != nil {
		v = v.Alias
	}
	if v.Kind != yaml.ScalarNode {
		return "", &model.InputError{Line: fileLine(v.Line), Message: fmt.Sprintf("front matter: %s: want a single value, found %s", key, nodeKind(v))}
	}
	if v.Tag == "!!null" {
		return "", nil
	}
	return strings.TrimSpace(v.Value), nil
}

func fileLine(yamlLine int) int {
	if yamlLine < 1 {
		return 1
	}
	return yamlLine + yamlFirstLine - 1
}

// yamlParserProblems are the errors of yaml.v3's parser (as opposed to its
// scanner). For these it reports a 0-based line, for the scanner's a
// 1-based one, and for either none when the 0-based line is 0.
var yamlParserProblems = map[string]bool{
	"did not find expected ',' or ']'": true, "did not find expected ',' or '}'": true,
	"did not find expected '-' indicator": true, "did not find expected <document start>": true,
	"did not find expected <stream-start>": true, "did not find expected key": true,
	"did not find expected node content": true, "found duplicate %TAG directive": true,
	"found duplicate %YAML directive": true, "found incompatible YAML document": true,
	"found undefined tag handle": true,
}

var unknownAnchorRe = regexp.MustCompile(`^yaml: unknown anchor '([^']*)' referenced$`)

// yamlError turns a yaml.v3 error into an input error at the file line.
func yamlError(err error, text []byte) *model.InputError {
	msg := err.Error()
	if m := yamlLineRe.FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		if yamlParserProblems[m[2]] {
			n++
		}
		return &model.InputError{Line: fileLine(n), Message: "front matter: " + m[2], Err: err}
	}
	line := 1 // yaml.v3 gives no line when the problem is on the first
	if m := unknownAnchorRe.FindStringSubmatch(msg); m != nil {
		// Composer errors carry no line: find the alias.
		if i := bytes.Index(text, []byte("*"+m[1])); i >= 0 {
			line = bytes.Count(text[:i], []byte("\n")) + 1
		}
	}
	return &model.InputError{Line: fileLine(line), Message: "front matter: " + strings.TrimPrefix(msg, "yaml: "), Err: err}
}

func nodeKind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	case yaml.AliasNode:
		return "an alias"
	default:
		return "a value"
	}
}

// decodeExtra decodes an unknown key's value into something encoding/json
// can always marshal: YAML allows non-string keys, dates and NaN, JSON
// does not.
func decodeExtra(n *yaml.Node) (any, error) {
	var v any
	if err := n.Decode(&v); err != nil {
		return nil, err
	}
	return jsonSafe(v, 0), nil
}

func jsonSafe(v any, depth int) any {
	if depth > 100 {
		return nil
	}
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = jsonSafe(e, depth+1)
		}
		return out
	case map[any]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[fmt.Sprint(k)] = jsonSafe(e, depth+1)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = jsonSafe(e, depth+1)
		}
		return out
	case time.Time:
		if x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 && x.Nanosecond() == 0 {
			return x.Format("2006-01-02")
		}
		return x.Format(time.RFC3339)
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return strconv.FormatFloat(x, 'g', -1, 64)
		}
		return x
	case []byte:
		return string(x)
	default:
		return v
	}
}
