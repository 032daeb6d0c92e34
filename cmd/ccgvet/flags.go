package main

import (
	"fmt"
	"io"
	"time"

	"github.com/ccgvet/ccgvet/engine"
	"github.com/ccgvet/ccgvet/engine/evaluate"
	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/ccgvet/ccgvet/engine/waiver"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// policyFlags select the policies and data a command runs. Each may also
// come from .ccgvet.yaml; a flag given on the command line wins.
type policyFlags struct {
	dirs       []string
	noBuiltin  bool
	data       []string
	allowNet   bool
	profile    string
	configPath string
	noConfig   bool
}

func (p *policyFlags) bind(fs *pflag.FlagSet) {
	fs.StringArrayVarP(&p.dirs, "policy", "p", nil, "folder or file of your own Rego policies, added to the built-in ones (repeatable)")
	fs.BoolVar(&p.noBuiltin, "no-builtin", false, "use only the policies given with --policy")
	fs.StringArrayVarP(&p.data, "data", "d", nil, "YAML or JSON policy data deep-merged over the defaults (repeatable)")
	fs.BoolVar(&p.allowNet, "allow-net", false, "let policies use builtins that reach the network or the environment (http.send, net.*, opa.runtime)")
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
	opts := policy.Options{Dirs: cfg.Policies, DataFiles: cfg.Data, Profile: cfg.Profile, NoBuiltin: p.noBuiltin, AllowNet: p.allowNet}
	if flags.Changed("policy") {
		opts.Dirs = p.dirs
	}
	if flags.Changed("data") {
		opts.DataFiles = p.data
	}
	if flags.Changed("profile") {
		opts.Profile = p.profile
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
func (p *policyFlags) loadWithOutput(cmd *cobra.Command, outPath string) (*policy.Set, io.Writer, func() error, error) {
	st, err := p.resolve(cmd)
	if err != nil {
		return nil, nil, nil, err
	}
	set, err := policy.Load(st.policy)
	if err != nil {
		return nil, nil, nil, exitWith(ExitInput, err)
	}
	w, closeOut, err := output(cmd, outPath)
	if err != nil {
		return nil, nil, nil, err
	}
	return set, w, closeOut, nil
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

// runFlags tune how documents are read and evaluated.
type runFlags struct {
	workers int
	maxSize int64
	timeout time.Duration
}

func (r *runFlags) bind(fs *pflag.FlagSet) {
	fs.IntVarP(&r.workers, "jobs", "j", 0, "documents checked at once (default: number of CPUs)")
	fs.Int64Var(&r.maxSize, "max-size", engine.DefaultMaxSize, "largest document read, in bytes")
	fs.DurationVar(&r.timeout, "timeout", evaluate.DefaultTimeout, "time limit for evaluating one document")
}

func (r *runFlags) apply(o *engine.Options) {
	o.Workers, o.MaxSize, o.Timeout = r.workers, r.maxSize, r.timeout
}
