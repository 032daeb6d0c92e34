package main

import (
	"fmt"
	"time"

	"github.com/ccgvet/ccgvet/engine"
	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/ccgvet/ccgvet/engine/waiver"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// policyFlags select the policies and data a command runs. Each may also
// come from .ccgvet.yaml; a flag given on the command line wins.
type policyFlags struct {
	dirs        []string
	noBuiltin   bool
	data        []string
	allowNet    bool
	allowNondet bool
	profile     string
	configPath  string
	noConfig    bool
}

func (p *policyFlags) bind(fs *pflag.FlagSet) {
	fs.StringArrayVarP(&p.dirs, "policy", "p", nil, "folder or file of your own Rego policies, added to the built-in ones (repeatable)")
	fs.BoolVar(&p.noBuiltin, "no-builtin", false, "use only the policies given with --policy")
	fs.StringArrayVarP(&p.data, "data", "d", nil, "YAML or JSON policy data deep-merged over the defaults (repeatable)")
	fs.BoolVar(&p.allowNet, "allow-net", false, "let policies use builtins that reach the network or the environment (http.send, net.lookup_ip_addr, opa.runtime)")
	fs.BoolVar(&p.allowNondet, "allow-nondeterminism", false, "let policies use builtins whose result changes from run to run (time.now_ns, rand.intn, uuid.rfc4122)")
	fs.StringVar(&p.profile, "profile", "", "built-in profile: default, nhse-2014, coi-2017 (see ccgvet policies --profile NAME)")
	fs.StringVar(&p.configPath, "config", "", "config file (default: the nearest "+ConfigName+" from the working directory up)")
	fs.BoolVar(&p.noConfig, "no-config", false, "ignore "+ConfigName)
}

// settings is what a command runs with once flags and config are merged.
type settings struct {
	policy  policy.Options
	config  *fileConfig
	waivers *waiver.Set
}

// resolve merges the config file under the flags.
func (p *policyFlags) resolve(cmd *cobra.Command) (*settings, error) {
	cfg := &fileConfig{}
	if !p.noConfig {
		var err error
		if cfg, err = findConfig(p.configPath); err != nil {
			return nil, exitWith(ExitInput, err)
		}
	}
	flags := cmd.Flags()
	opts := policy.Options{Dirs: cfg.Policies, DataFiles: cfg.Data, Profile: cfg.Profile, NoBuiltin: p.noBuiltin, AllowNet: p.allowNet, AllowNondeterminism: p.allowNondet}
	if flags.Changed("policy") {
		opts.Dirs = p.dirs
	}
	if flags.Changed("data") {
		opts.DataFiles = p.data
	}
	if flags.Changed("profile") {
		opts.Profile = p.profile
	}
	// verify takes its policy folders as arguments.
	if opts.NoBuiltin && len(opts.Dirs) == 0 && (cmd.Name() != "verify" || cmd.Flags().NArg() == 0) {
		// No policies at all would check nothing and report success.
		return nil, exitWith(ExitInput, fmt.Errorf("--no-builtin needs --policy DIR (or policies: in %s): without them there is nothing to check against (see %s --help)", ConfigName, cmd.CommandPath()))
	}
	ws, err := waiver.New(cfg.Waivers, time.Now())
	if err != nil {
		return nil, exitWith(ExitInput, fmt.Errorf("config %s: %w", cfg.path, err))
	}
	return &settings{policy: opts, config: cfg, waivers: ws}, nil
}

// loadWithOutput compiles the policies the flags and config select and
// opens the output, for the commands that describe policies rather than
// check documents.
func (p *policyFlags) loadWithOutput(cmd *cobra.Command, outPath string) (*policy.Set, *outFile, error) {
	st, err := p.resolve(cmd)
	if err != nil {
		return nil, nil, err
	}
	set, err := policy.Load(st.policy)
	if err != nil {
		return nil, nil, exitWith(ExitInput, err)
	}
	w, err := output(cmd, outPath)
	if err != nil {
		return nil, nil, err
	}
	return set, w, nil
}

// profileName is the profile in effect, for reports.
func (s *settings) profileName() string {
	if s.policy.Profile == "" {
		return policy.DefaultProfile
	}
	return s.policy.Profile
}

// stringSetting returns the flag's value when it was given, else the
// config's when it has one, else the flag's default.
func stringSetting(cmd *cobra.Command, flag, fromConfig string) string {
	v, _ := cmd.Flags().GetString(flag)
	if cmd.Flags().Changed(flag) || fromConfig == "" {
		return v
	}
	return fromConfig
}

// defaultTimeout is --timeout's default. The CLI's tests raise it, so that
// none of their results depends on how fast the machine is.
var defaultTimeout = engine.DefaultTimeout

// runFlags tune how documents are read and evaluated.
type runFlags struct {
	workers      int
	maxSize      int64
	timeout      time.Duration
	batchTimeout time.Duration
	maxMemory    int64
}

func (r *runFlags) bind(fs *pflag.FlagSet) {
	fs.IntVarP(&r.workers, "jobs", "j", 0, "documents checked at once (default: number of CPUs); with more than the CPUs, each document's --timeout grows by jobs/CPUs")
	fs.Int64Var(&r.maxSize, "max-size", engine.DefaultMaxSize, "largest document read, in bytes")
	fs.DurationVar(&r.timeout, "timeout", defaultTimeout, "time limit for checking one document, from opening it to its findings (multiplied by jobs/CPUs when -j is above the number of CPUs)")
	fs.DurationVar(&r.batchTimeout, "batch-timeout", engine.DefaultBatchTimeout, "time limit for the rules across documents")
	fs.Int64Var(&r.maxMemory, "max-memory", engine.DefaultMaxMemory, "memory (live heap) a document over 1 MB may keep while it is checked, in bytes")
}

// apply checks the values and sets them on o: a value the engine would
// quietly replace with its default is refused instead.
func (r *runFlags) apply(o *engine.Options) error {
	if r.workers < 0 {
		return exitWith(ExitInput, fmt.Errorf("-j must be 1 or more (0, the default, checks as many documents at once as there are CPUs), not %d", r.workers))
	}
	if err := checkMaxSize(r.maxSize); err != nil {
		return err
	}
	if r.maxMemory <= 0 {
		return exitWith(ExitInput, fmt.Errorf("--max-memory must be a number of bytes above zero, such as 2000000000, not %d", r.maxMemory))
	}
	for _, d := range []struct {
		flag  string
		value time.Duration
	}{{"--timeout", r.timeout}, {"--batch-timeout", r.batchTimeout}} {
		if d.value <= 0 {
			return exitWith(ExitInput, fmt.Errorf("%s must be a time above zero, such as 30s or 2m, not %s", d.flag, d.value))
		}
	}
	o.Workers, o.MaxSize, o.Timeout, o.BatchTimeout, o.MaxMemory = r.workers, r.maxSize, r.timeout, r.batchTimeout, r.maxMemory
	// Each document checked at once needs room of its own between
	// collections.
	gcWorkers(r.workers)
	return nil
}

func checkMaxSize(n int64) error {
	if n <= 0 {
		return exitWith(ExitInput, fmt.Errorf("--max-size must be a number of bytes above zero, such as 20000000, not %d", n))
	}
	return nil
}
