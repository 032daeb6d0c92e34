package main

import (
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/ccgvet/ccgvet/engine"
	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/ccgvet/ccgvet/engine/report"
	"github.com/ccgvet/ccgvet/engine/serve"
	"github.com/spf13/cobra"
)

// serveProfiles are the built-in profiles the pages offer after the
// --profile one: every one, the default first, so that a new profile (the
// integrated care boards' icb-2022) is offered without a change here.
func serveProfiles() ([]string, error) {
	all, err := policy.Profiles()
	if err != nil {
		return nil, err
	}
	names := []string{policy.DefaultProfile}
	for _, p := range all {
		if p.Name != policy.DefaultProfile {
			names = append(names, p.Name)
		}
	}
	return names, nil
}

func newServe() *cobra.Command {
	var (
		pf          policyFlags
		addr        string
		limits      serve.Limits
		docTimeout  time.Duration
		grace       time.Duration
		logFormat   string
		onlyProfile bool
	)
	cmd := &cobra.Command{
		Use:   "serve [flags]",
		Short: "Serve a web page and a JSON API that check uploaded constitutions",
		Long: `Serve pages where a constitution or an amendment is checked in the browser,
and a JSON API with the contract of check --format json (docs/serve.md).
Uploads are read in memory and never written to disk. The server listens on
loopback unless --addr says otherwise, and stops on SIGINT or SIGTERM once
the requests in flight are answered.`,
		Example: `  ccgvet serve
  ccgvet serve --addr 0.0.0.0:8080 --profile nhse-2014 --log-format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := pf.resolve(cmd)
			if err != nil {
				return err
			}
			if logFormat != "text" && logFormat != "json" {
				return exitWith(ExitInput, fmt.Errorf("--log-format must be text or json, not %q", logFormat))
			}
			if err := checkMaxSize(limits.MaxFileBytes); err != nil {
				return err
			}
			if docTimeout <= 0 || limits.RequestTimeout <= 0 {
				return exitWith(ExitInput, fmt.Errorf("--timeout and --request-timeout must be times above zero, such as 30s"))
			}
			if limits.Queue == 0 {
				limits.Queue = -1 // none: serve.Limits takes 0 for its default
			}
			first := st.profileName()
			names := []string{first}
			if !onlyProfile {
				offered, err := serveProfiles()
				if err != nil {
					return exitWith(ExitInput, err)
				}
				for _, n := range offered {
					if n != first {
						names = append(names, n)
					}
				}
			}
			var profiles []serve.Profile
			for _, name := range names {
				opts := engine.Options{Policy: st.policy, Waivers: st.waivers, MaxSize: limits.MaxFileBytes, Timeout: docTimeout}
				opts.Policy.Profile = name
				eng, err := engine.New(cmd.Context(), opts)
				if err != nil {
					return exitWith(ExitInput, fmt.Errorf("profile %s: %w", name, err))
				}
				profiles = append(profiles, serve.Profile{Name: name, Engine: eng})
			}
			logger := newLogger(cmd.ErrOrStderr(), logFormat)
			srv, err := serve.New(serve.Config{
				Profiles: profiles,
				Tool:     report.Tool{Name: "ccgvet", Version: version},
				Limits:   limits,
				Logger:   logger,
			})
			if err != nil {
				return exitWith(ExitInput, err)
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return exitWith(ExitInput, err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "ccgvet serve: listening on http://%s\n", ln.Addr())
			if tcp, ok := ln.Addr().(*net.TCPAddr); ok && !tcp.IP.IsLoopback() {
				logger.Warn("listening beyond this machine: put it behind a proxy with TLS", "addr", ln.Addr().String())
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			err = serve.Serve(ctx, ln, srv, grace, srv.Limits().RequestTimeout)
			logger.Info("stopped")
			if err != nil && ctx.Err() == nil {
				return exitWith(ExitInput, err)
			}
			if err != nil {
				return exitWith(ExitInput, fmt.Errorf("shutting down: %w", err))
			}
			return nil
		},
	}
	pf.bind(cmd.Flags())
	f := cmd.Flags()
	f.StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on (host:port; port 0 picks a free one)")
	f.BoolVar(&onlyProfile, "only-profile", false, "offer only the --profile profile, not the other built-in ones")
	f.Int64Var(&limits.MaxFileBytes, "max-size", serve.DefaultMaxFileBytes, "largest document accepted, in bytes")
	f.Int64Var(&limits.MaxRequestBytes, "max-request-size", serve.DefaultMaxRequestBytes, "largest request body accepted, in bytes")
	f.IntVar(&limits.MaxFiles, "max-files", serve.DefaultMaxFiles, "most documents in one request")
	f.IntVar(&limits.Checks, "checks", 0, "requests checking at once (default: number of CPUs)")
	f.IntVar(&limits.Queue, "queue", serve.DefaultQueue, "requests that may wait for a turn (0: none); beyond them the answer is 503 with Retry-After")
	f.DurationVar(&limits.RequestTimeout, "request-timeout", serve.DefaultRequestTimeout, "time limit for one request, waiting for a turn included")
	f.DurationVar(&docTimeout, "timeout", defaultTimeout, "time limit for checking one document")
	f.DurationVar(&grace, "shutdown-grace", 30*time.Second, "how long requests in flight may take to finish once asked to stop")
	f.StringVar(&logFormat, "log-format", "text", "access log format on standard error: text or json")
	return cmd
}

func newLogger(w io.Writer, format string) *slog.Logger {
	if format == "json" {
		return slog.New(slog.NewJSONHandler(w, nil))
	}
	return slog.New(slog.NewTextHandler(w, nil))
}
