// Package policy loads ccgvet's Rego policies (built-in and the user's),
// the policy data they read, and compiles them once, in strict mode, with
// capabilities that keep policies inside `input` and `data`.
//
// It knows nothing of documents or output: it hands a compiled Set to the
// evaluator and a catalogue of rules and criteria to whoever lists them.
package policy

import (
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/ccgvet/ccgvet/policies"
	"github.com/open-policy-agent/opa/v1/ast"
)

// Roots of the policy tree in data.
const (
	RulesRoot  = "ccgvet.rules"
	BatchRoot  = "ccgvet.batch"
	ConfigPath = "ccgvet/config"
	// ReportQuery and BatchQuery are the aggregate queries prepared once.
	ReportQuery = "data.ccgvet.main.report"
	BatchQuery  = "data.ccgvet.main.batch_findings"
)

// builtinPrefix names the embedded modules in errors and listings, so they
// are never mistaken for files on disk.
const builtinPrefix = "builtin:policies/"

// Options says which policies and data to load.
type Options struct {
	// Dirs are folders (or .rego files) of the user's policies, added to the
	// built-in ones.
	Dirs []string
	// NoBuiltin leaves out the built-in policies (the lib and aggregate
	// modules are still loaded, since user rules build findings with them).
	NoBuiltin bool
	// DataFiles are YAML or JSON files deep-merged, in order, over the
	// default policy data.
	DataFiles []string
	// Profile names a built-in profile (default: "default"), whose data is
	// merged over the defaults before DataFiles.
	Profile string
	// AllowNet lets policies use builtins that reach the network or the
	// environment (http.send, net.lookup_ip_addr, opa.runtime).
	AllowNet bool
	// AllowNondeterminism lets policies use builtins whose result changes
	// from run to run (time.now_ns, rand.intn, uuid.rfc4122, ...).
	AllowNondeterminism bool
	// Tests includes *_test.rego modules (for verify).
	Tests bool
}

// Module is one Rego source file.
type Module struct {
	// Name is the file path, or builtin:policies/... for embedded modules.
	Name string
	Text string
}

// Set is a compiled set of policies and the data they read.
type Set struct {
	// Sources keeps each module's text by name (for bundles and verify).
	Sources  []Module
	Data     map[string]any
	Profile  Profile
	Rules    []Rule
	Criteria []Criterion
	AllowNet bool
	// AllowNondeterminism is Options.AllowNondeterminism.
	AllowNondeterminism bool
	// family is the family of documents Compiled compiles for: CCGs'
	// constitutions, or every criterion ("") when the tests are loaded.
	family string
	// deferred is set when Load left the compile to the first use: the
	// built-in policies alone, which always compile.
	deferred bool
	// compile compiles a set of modules as Load does.
	compile func(map[string]*ast.Module) (*ast.Compiler, error)
	// families caches each family's compile (Set.Family); a pointer, so
	// that copies of a Set share it.
	families *familyCache
	// packages is every module's package path, by name.
	packages map[string]ast.Ref
	// parsed holds the modules parsed so far: all of them, unless the
	// built-in index let Load leave each to the first compile that needs
	// it.
	parsed *parsedModules
}

// parsedModules are the modules parsed so far, by name.
type parsedModules struct {
	mu      sync.Mutex
	modules map[string]*ast.Module
	caps    *ast.Capabilities
}

type familyCache struct {
	mu       sync.Mutex
	compiled map[string]*familyCompile
}

// familyCompile is one family's compile, made once: callers that come
// while it runs wait for it.
type familyCompile struct {
	once sync.Once
	c    *Compiled
	err  error
	// file is the family's precompiled file when it matches the modules,
	// checked once: Parse and the compile both ask (hashing every module).
	file struct {
		once   sync.Once
		header compiledHeader
		body   []byte
		ok     bool
	}
}

// Capabilities are the builtins the set was compiled with: queries over it
// must be prepared with the same.
func (s *Set) Capabilities() *ast.Capabilities {
	return Capabilities(s.AllowNet, s.AllowNondeterminism)
}

// Load reads, parses and compiles the policies and data of opts.
func Load(opts Options) (*Set, error) {
	sources, err := readModules(opts)
	if err != nil {
		return nil, err
	}
	// The profile and data are read while the modules are parsed: the
	// YAML of the policy data took 2 ms of every start. Their errors still
	// come first.
	type loaded struct {
		profile Profile
		data    map[string]any
		err     error
	}
	done := make(chan loaded, 1)
	go func() {
		var l loaded
		if l.profile, l.err = LoadProfile(opts.Profile); l.err == nil {
			l.data, l.err = LoadData(l.profile.Data, opts.DataFiles)
		}
		done <- l
	}()
	caps := Capabilities(opts.AllowNet, opts.AllowNondeterminism)
	skip := builtinOnly(sources) && !opts.Tests
	set := &Set{Sources: sources, AllowNet: opts.AllowNet, AllowNondeterminism: opts.AllowNondeterminism, parsed: &parsedModules{modules: map[string]*ast.Module{}, caps: caps}}
	var idx *builtinIndex
	if skip {
		// The built-in modules alone: their index gives the catalogue and
		// each module's package, and each is parsed when a compile first
		// needs it.
		idx, set.packages = readIndex(sources)
	}
	var parseErr error
	if idx == nil {
		parseErr = set.parseAll()
	}
	l := <-done
	if l.err != nil {
		return nil, l.err
	}
	if parseErr != nil {
		return nil, parseErr
	}
	set.Profile, set.Data = l.profile, l.data
	if idx != nil {
		set.Rules, set.Criteria = idx.Rules, idx.Criteria
	} else {
		// The catalogue is every rule's, from the annotations as parsed: a
		// criterion that does not run is still known (explain, waivers).
		annotations, errs := ast.BuildAnnotationSet(slices.Collect(maps.Values(set.parsed.modules)))
		if len(errs) > 0 {
			return nil, fmt.Errorf("compile policies: %s", describeErrors(errs))
		}
		set.Rules, set.Criteria = catalogue(annotations)
	}
	set.families = &familyCache{compiled: map[string]*familyCompile{}}
	set.compile = func(modules map[string]*ast.Module) (*ast.Compiler, error) {
		compiler := ast.NewCompiler().
			WithStrict(true).
			WithCapabilities(caps).
			WithDefaultRegoVersion(ast.RegoV1).
			WithEnablePrintStatements(false)
		if skip {
			// The built-in policies pass every check, strict ones included,
			// in their tests (TestPoliciesCompileStrict) and in `ccgvet
			// verify`: a run that checks documents with them alone skips the
			// stages that only check, a third of compiling them, and those
			// that change nothing in them. A user's policies are checked in
			// full.
			compiler = compiler.WithSkipStages(skippedStages...)
		}
		compiler.Compile(modules)
		if compiler.Failed() {
			return nil, fmt.Errorf("compile policies: %s", describeErrors(compiler.Errors))
		}
		return compiler, nil
	}
	set.family = DefaultFamily
	if opts.Tests {
		set.family = "" // every module: the tests of every criterion
	}
	if skip {
		// The built-in policies always compile: the compile is left to
		// its first use, so that a run can start reading its documents
		// meanwhile (evaluate.New starts it on another goroutine).
		set.deferred = true
		return set, nil
	}
	// A user's policies are compiled now, so that their errors are
	// reported before any document is read.
	if _, err := set.Compiled(); err != nil {
		return nil, err
	}
	return set, nil
}

// Compiled is the set compiled for the documents Load was asked about: a
// CCG's constitution, or every criterion when the tests are loaded. The
// first call compiles; later ones, and those that come meanwhile, get the
// same.
func (s *Set) Compiled() (*Compiled, error) { return s.Family(s.family) }

// Deferred reports whether Load left the compile to the first call of
// Compiled or Family, which then cannot fail (only built-in policies):
// a caller may start it on another goroutine.
func (s *Set) Deferred() bool { return s.deferred }

// evidenceOf is the criterion of a package of helpers,
// data.ccgvet.evidence[criterion], or "".
func evidenceOf(p ast.Ref) string {
	if len(p) != 4 || !p[1].Equal(ast.StringTerm("ccgvet")) || !p[2].Equal(ast.StringTerm("evidence")) {
		return ""
	}
	c, _ := p[3].Value.(ast.String)
	return string(c)
}

// skippedStages are the compiler's stages that only report errors,
// changing nothing the evaluator uses, and those that change nothing in
// the built-in modules.
var skippedStages = []ast.StageID{
	ast.StageCheckUnusedImports,
	ast.StageCheckKeywordOverrides,
	ast.StageCheckDuplicateImports,
	ast.StageCheckVoidCalls,
	ast.StageCheckRuleConflicts,
	ast.StageCheckUndefinedFuncs,
	ast.StageCheckRecursion,
	ast.StageCheckTypes,
	ast.StageCheckUnsafeBuiltins,
	ast.StageCheckDeprecatedBuiltins,
	ast.StageBuildRequiredCapabilities,
	// Only the recursion and type checks read the graph of rules.
	ast.StageSetGraph,
	// The built-in modules call no print, write no template string and
	// use no `with` outside their tests, so these stages change nothing
	// in them (TestSkippedStagesChangeNothing).
	ast.StageRewritePrintCalls,
	ast.StageRewriteTemplateStrings,
	ast.StageRewriteWithValues,
}

// builtinOnly reports whether every module is a built-in one.
func builtinOnly(sources []Module) bool {
	for _, m := range sources {
		if !strings.HasPrefix(m.Name, builtinPrefix) {
			return false
		}
	}
	return true
}

// running is the modules to compile for a family of documents (every
// module for ""): all but the built-in modules of criteria that can never
// run on it, those the policy data turns off (disabled, or optional and
// not enabled) and the per-document criteria of another family. Compiling
// them was a third of starting under a profile that swaps criteria, and
// the integrated care boards' criteria two fifths of starting for a CCG's
// constitution. A user's modules are always compiled, so their errors are
// always reported.
func (s *Set) running(family string) map[string]ast.Ref {
	if family == "" {
		return s.packages
	}
	disabled := s.Disabled()
	families := s.criterionFamilies()
	known := slices.Collect(maps.Values(families))
	out := make(map[string]ast.Ref, len(s.packages))
	for name, pkg := range s.packages {
		if strings.HasPrefix(name, builtinPrefix) {
			parts, batch, ok := treePath(pkg)
			if ok && len(parts) > 0 && (disabled[parts[0]] || !batch && families[parts[0]] != "" && families[parts[0]] != family) {
				continue
			}
			// A criterion's helpers (data.ccgvet.evidence[criterion]) go
			// with its family; they stay when it is only turned off, since
			// another criterion may read them (lay-executive-majority those
			// of clinical-majority).
			if c := evidenceOf(pkg); families[c] != "" && families[c] != family {
				continue
			}
			// A family's library, data.ccgvet.lib.<family>, goes with it.
			if f := libraryOf(pkg); f != "" && f != family && slices.Contains(known, f) {
				continue
			}
		}
		out[name] = pkg
	}
	return out
}

// libraryOf is the family of a family's library, data.ccgvet.lib[family],
// or "".
func libraryOf(p ast.Ref) string {
	if len(p) != 4 || !p[1].Equal(ast.StringTerm("ccgvet")) || !p[2].Equal(ast.StringTerm("lib")) {
		return ""
	}
	f, _ := p[3].Value.(ast.String)
	return string(f)
}

// modules parses (once) and returns the named modules.
func (s *Set) modules(names map[string]ast.Ref) (map[string]*ast.Module, error) {
	p := s.parsed
	p.mu.Lock()
	defer p.mu.Unlock()
	var todo []Module
	for _, m := range s.Sources {
		if _, want := names[m.Name]; want && p.modules[m.Name] == nil {
			todo = append(todo, m)
		}
	}
	if len(todo) > 0 {
		parsed, err := parseModules(todo, p.caps)
		if err != nil {
			return nil, err
		}
		maps.Copy(p.modules, parsed)
	}
	out := make(map[string]*ast.Module, len(names))
	for name := range names {
		out[name] = p.modules[name]
	}
	return out, nil
}

// parseAll parses every module, and learns their packages from them.
func (s *Set) parseAll() error {
	s.packages = map[string]ast.Ref{}
	for _, m := range s.Sources {
		s.packages[m.Name] = nil
	}
	modules, err := s.modules(s.packages)
	if err != nil {
		return err
	}
	for name, m := range modules {
		s.packages[name] = m.Package.Path
	}
	return nil
}

// Modules is every module of the set, parsed (for bundles and verify).
func (s *Set) Modules() (map[string]*ast.Module, error) { return s.modules(s.packages) }

// readModules gathers the built-in and the user's modules, in a stable
// order.
func readModules(opts Options) ([]Module, error) {
	var out []Module
	err := fs.WalkDir(policies.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".rego") {
			return err
		}
		if isTest(p) && !opts.Tests {
			return nil
		}
		// Without the built-in rules, keep what user rules build on: the
		// aggregate (main) and the finding constructors (lib).
		if opts.NoBuiltin && p != "main.rego" && !strings.HasPrefix(p, "lib/") {
			return nil
		}
		b, err := fs.ReadFile(policies.FS, p)
		if err != nil {
			return err
		}
		out = append(out, Module{Name: builtinPrefix + p, Text: string(b)})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read built-in policies: %w", err)
	}
	for _, dir := range opts.Dirs {
		mods, err := readDir(dir, opts.Tests)
		if err != nil {
			return nil, err
		}
		out = append(out, mods...)
	}
	return out, nil
}

func readDir(dir string, tests bool) ([]Module, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("policy %s: %w", dir, err)
	}
	var files []string
	if !info.IsDir() {
		files = []string{dir}
	} else {
		err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasSuffix(p, ".rego") && (tests || !isTest(p)) {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("read policies in %s: %w", dir, err)
		}
	}
	sort.Strings(files)
	var out []Module
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("read policy %s: %w", f, err)
		}
		out = append(out, Module{Name: f, Text: string(b)})
	}
	return out, nil
}

func isTest(p string) bool { return strings.HasSuffix(path.Base(p), "_test.rego") }

// reachesOut says whether a builtin reaches outside `input` and `data`:
// the network or the environment of the host. User policies get these only
// with --allow-net. The net.cidr_* functions only compute on their
// arguments, so they are always allowed; any other net.* builtin is taken
// to reach the network.
func reachesOut(name string) bool {
	switch {
	case name == "http.send", name == "opa.runtime",
		// Schemas may name remote schemas, which OPA fetches.
		name == "json.match_schema", name == "json.verify_schema":
		return true
	case strings.HasPrefix(name, "net.cidr_"):
		return false
	}
	return strings.HasPrefix(name, "net.")
}

// nondeterministic says whether a builtin's result can change from run to
// run on the same input and data: the clock, randomness, fresh ids, and
// what checks a signature or certificate against the clock. A check must
// give the same findings every time, so user policies get these only with
// --allow-nondeterminism.
func nondeterministic(b *ast.Builtin) bool {
	if reachesOut(b.Name) {
		return false
	}
	switch b.Name {
	case "crypto.x509.parse_and_verify_certificates", "crypto.x509.parse_and_verify_certificates_with_options":
		return true
	}
	return b.Nondeterministic
}

// Capabilities returns this OPA version's capabilities, less the builtins
// that reach outside input and data unless allowNet is set, and those whose
// result changes from run to run unless allowNondeterminism is set.
func Capabilities(allowNet, allowNondeterminism bool) *ast.Capabilities {
	caps := ast.CapabilitiesForThisVersion()
	kept := caps.Builtins[:0]
	for _, b := range caps.Builtins {
		if (!allowNet && reachesOut(b.Name)) || (!allowNondeterminism && nondeterministic(b)) {
			continue
		}
		kept = append(kept, b)
	}
	caps.Builtins = kept
	if !allowNet {
		caps.AllowNet = []string{}
	}
	return caps
}

// refused explains why a policy cannot call name, or "" when it is not a
// builtin the sandbox leaves out.
func refused(name string) string {
	b, ok := ast.BuiltinMap[name]
	switch {
	case !ok:
		return ""
	case reachesOut(name):
		return fmt.Sprintf("%s is not allowed: ccgvet policies cannot reach the network or the environment (use --allow-net to permit it)", name)
	case nondeterministic(b):
		return fmt.Sprintf("%s is not allowed: its result changes from run to run, and a check must give the same findings every time (use --allow-nondeterminism to permit it)", name)
	}
	return ""
}

// describeErrors turns OPA's errors into lines naming file:line, and says
// plainly when a policy calls a builtin that the sandbox leaves out.
func describeErrors(err error) string {
	errs, ok := err.(ast.Errors)
	if !ok {
		return err.Error()
	}
	var lines []string
	for _, e := range errs {
		loc := ""
		if e.Location != nil {
			loc = fmt.Sprintf("%s:%d: ", e.Location.File, e.Location.Row)
		}
		msg := e.Message
		if name, ok := strings.CutPrefix(msg, "undefined function "); ok {
			if why := refused(name); why != "" {
				msg = why
			}
		}
		lines = append(lines, loc+msg)
	}
	return strings.Join(lines, "\n")
}

// parseModules parses every module, on every CPU: parsing is a fifth of
// what a run pays before its first document. The error reported is the
// first module's in order, whatever finished first.
func parseModules(sources []Module, caps *ast.Capabilities) (map[string]*ast.Module, error) {
	parsed := make([]*ast.Module, len(sources))
	errs := make([]error, len(sources))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(sources)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				parsed[i], errs[i] = ast.ParseModuleWithOpts(sources[i].Name, sources[i].Text, ast.ParserOptions{
					ProcessAnnotation: true,
					RegoVersion:       ast.RegoV1,
					Capabilities:      caps,
				})
			}
		}()
	}
	for i := range sources {
		next <- i
	}
	close(next)
	wg.Wait()
	modules := make(map[string]*ast.Module, len(sources))
	for i, m := range sources {
		if errs[i] != nil {
			return nil, fmt.Errorf("parse policy %s", describeErrors(errs[i]))
		}
		modules[m.Name] = parsed[i]
	}
	return modules, nil
}
