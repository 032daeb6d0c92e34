package markdown

import (
	"bytes"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

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
	// memberVote is the value of `member_vote`, read once the source is
	// known to be readable (see Read).
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

// modelSynonyms are the words accepted for each commissioning model
// (documents.md §1), normalised.
var modelSynonyms = map[string]string{
	"none":                    model.ModelNone,
	"greater involvement":     model.ModelGreaterInvolvement,
	"level 1":                 model.ModelGreaterInvolvement,
	"level one":               model.ModelGreaterInvolvement,
	"joint":                   model.ModelJoint,
	"level 2":                 model.ModelJoint,
	"level two":               model.ModelJoint,
	"joint commissioning":     model.ModelJoint,
	"joint committee":         model.ModelJoint,
	"delegated":               model.ModelDelegated,
	"level 3":                 model.ModelDelegated,
	"level three":             model.ModelDelegated,
	"delegated commissioning": model.ModelDelegated,
	"full delegation":         model.ModelDelegated,
}

// normaliseModel maps a written commissioning model to a Model constant,
// ignoring case, hyphens and spacing.
func normaliseModel(s string) (string, bool) {
	m, ok := modelSynonyms[words(s)]
	return m, ok
}

// words lowers s to its words (runs of letters and digits) separated by
// single spaces, so that "Level-2" and "level 2" are one key.
func words(s string) string {
	return strings.Join(strings.FieldsFunc(strings.Map(unicode.ToLower, s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// maxVoteCount caps a count of practices: none is near it, and it keeps
// sums far from overflow.
const maxVoteCount = 1_000_000

func intp(n int) *int { return &n }

// frontMatterVotes reads `member_vote`: one mapping, or a list of them.
// Its line is the key's (or, in a list, the item's).
func frontMatterVotes(n *yaml.Node, keyLine int) ([]model.Vote, *model.InputError) {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	switch n.Kind {
	case yaml.MappingNode:
		v, err := frontMatterVote(n, keyLine)
		if err != nil {
			return nil, err
		}
		return []model.Vote{v}, nil
	case yaml.SequenceNode:
		var out []model.Vote
		for _, item := range n.Content {
			if item.Kind == yaml.AliasNode && item.Alias != nil {
				item = item.Alias
			}
			if item.Kind != yaml.MappingNode {
				return nil, &model.InputError{Line: fileLine(item.Line), Message: "front matter: member_vote: each vote must be a mapping (motion, date, for, against, abstain, eligible)"}
			}
			v, err := frontMatterVote(item, fileLine(item.Line))
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return nil, nil
		}
	}
	return nil, &model.InputError{Line: fileLine(n.Line), Message: "front matter: member_vote: want a mapping (motion, date, for, against, abstain, eligible)"}
}

func frontMatterVote(n *yaml.Node, line int) (model.Vote, *model.InputError) {
	v := model.Vote{Source: model.VoteFromFrontMatter, Line: line, Practices: []model.PracticeVote{}}
	hasFor := false
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		key := strings.ReplaceAll(words(k.Value), " ", "_")
		if key == "motion" || key == "date" {
			s, err := scalar("member_vote: "+k.Value, val)
			if err != nil {
				return v, err
			}
			if key == "motion" {
				v.Motion = s
			} else {
				v.Date = s
			}
			continue
		}
		var target **int
		switch key {
		case "for", "in_favour", "in_favor", "yes":
			hasFor = true
		case "against", "no":
			target = &v.Against
		case "abstain", "abstained", "abstentions", "abstention":
			target = &v.Abstain
		case "did_not_vote", "not_voting", "no_vote", "did_not_vote_count":
			target = &v.DidNotVote
		case "eligible", "members", "member_practices", "practices":
			target = &v.Eligible
		default:
			continue // other details are not read
		}
		num, err := voteNumber(k.Value, val)
		if err != nil {
			return v, err
		}
		if target == nil {
			v.For = num
		} else {
			*target = intp(num)
		}
	}
	if !hasFor {
		return v, &model.InputError{Line: line, Message: "front matter: member_vote: `for` (the number of practices in favour) is missing"}
	}
	return v, nil
}

func voteNumber(key string, n *yaml.Node) (int, *model.InputError) {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if n.Kind == yaml.ScalarNode {
		s := strings.TrimSpace(n.Value)
		if num, err := strconv.Atoi(s); err == nil && num >= 0 && num <= maxVoteCount {
			return num, nil
		}
	}
	return 0, &model.InputError{Line: fileLine(n.Line), Message: fmt.Sprintf("front matter: member_vote: %s: want a whole number of practices, found %q", key, n.Value)}
}
