// Package serve is ccgvet as a small web application: pages where a person
// drops a constitution or an amendment and reads what breaches which
// criterion, and a JSON API with the contract of `ccgvet check --format
// json`. It is stateless: uploads are read into memory, checked, and
// dropped with their response, never written to disk, so it scales by
// running more copies behind any load balancer.
package serve

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"slices"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/ccgvet/ccgvet/engine"
	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/ccgvet/ccgvet/engine/report"
	"github.com/ccgvet/ccgvet/engine/result"
)

// Defaults of Limits.
const (
	DefaultMaxFileBytes    = 5 << 20
	DefaultMaxRequestBytes = 20 << 20
	DefaultMaxFiles        = 20
	DefaultQueue           = 64
	DefaultRequestTimeout  = time.Minute
	// DefaultRetryAfter is what a 503 asks a client to wait, in seconds.
	DefaultRetryAfter = 2
)

// Limits bound what one request may send and how much checking runs at
// once. Zero values take the defaults.
type Limits struct {
	// MaxFileBytes bounds each uploaded document.
	MaxFileBytes int64
	// MaxRequestBytes bounds a whole request body.
	MaxRequestBytes int64
	// MaxFiles bounds the documents of one check.
	MaxFiles int
	// Checks is how many requests check documents at once (default: the
	// number of CPUs); Queue is how many more may wait for one of them.
	// Beyond both a request is refused at once with 503 and Retry-After.
	// Queue 0 takes the default; below 0 none wait.
	Checks int
	Queue  int
	// RequestTimeout bounds the work of one request, waiting included.
	RequestTimeout time.Duration
}

func (l Limits) withDefaults() Limits {
	if l.MaxFileBytes <= 0 {
		l.MaxFileBytes = DefaultMaxFileBytes
	}
	if l.MaxRequestBytes <= 0 {
		l.MaxRequestBytes = DefaultMaxRequestBytes
	}
	if l.MaxFiles <= 0 {
		l.MaxFiles = DefaultMaxFiles
	}
	if l.Checks <= 0 {
		l.Checks = runtime.GOMAXPROCS(0)
	}
	if l.Queue < 0 {
		l.Queue = 0
	} else if l.Queue == 0 {
		l.Queue = DefaultQueue
	}
	if l.RequestTimeout <= 0 {
		l.RequestTimeout = DefaultRequestTimeout
	}
	return l
}

// Profile is one set of policies a visitor may choose.
type Profile struct {
	Name        string
	Description string
	Engine      *engine.Engine
}

// Config is what a Server checks with.
type Config struct {
	// Profiles are the choices offered, in order; the first is the
	// default unless Default names another.
	Profiles []Profile
	Default  string
	Tool     report.Tool
	// FailOn is the severity reports treat as failing (default error).
	FailOn string
	Limits Limits
	// Logger receives one access log record per request (default: none).
	Logger *slog.Logger
}

// Server is the web application. It holds compiled policies and nothing
// of any request once its response is written.
type Server struct {
	cfg      Config
	limits   Limits
	profiles map[string]*Profile
	log      *slog.Logger
	mux      *http.ServeMux
	// checking holds a token while a request checks; waiting counts the
	// requests queued for one.
	checking chan struct{}
	waiting  atomic.Int64
}

// New prepares a Server.
func New(cfg Config) (*Server, error) {
	if len(cfg.Profiles) == 0 {
		return nil, errors.New("serve: no profile to check with")
	}
	s := &Server{cfg: cfg, limits: cfg.Limits.withDefaults(), profiles: map[string]*Profile{}}
	for i := range cfg.Profiles {
		p := &cfg.Profiles[i]
		if p.Engine == nil {
			return nil, fmt.Errorf("serve: profile %q has no engine", p.Name)
		}
		s.profiles[p.Name] = p
	}
	s.cfg.Default = cmp.Or(cfg.Default, cfg.Profiles[0].Name)
	if s.profiles[s.cfg.Default] == nil {
		return nil, fmt.Errorf("serve: default profile %q is not one of the profiles", s.cfg.Default)
	}
	if result.SeverityRank(s.cfg.FailOn) == 0 {
		s.cfg.FailOn = result.SeverityError
	}
	s.cfg.Tool.Name = cmp.Or(s.cfg.Tool.Name, "ccgvet")
	s.log = cfg.Logger
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	s.checking = make(chan struct{}, s.limits.Checks)
	s.routes()
	return s, nil
}

// Limits returns the limits in effect, defaults filled in.
func (s *Server) Limits() Limits { return s.limits }

func (s *Server) routes() {
	m := http.NewServeMux()
	m.HandleFunc("GET /{$}", s.checkForm)
	m.HandleFunc("POST /check", s.checkPage)
	m.HandleFunc("GET /amendment", s.diffForm)
	m.HandleFunc("POST /amendment", s.diffPage)
	m.HandleFunc("POST /api/check", s.apiCheck)
	m.HandleFunc("POST /api/diff", s.apiDiff)
	m.HandleFunc("GET /api/policies", s.apiPolicies)
	m.HandleFunc("GET /healthz", s.healthz)
	m.HandleFunc("GET /static/style.css", s.style)
	m.HandleFunc("GET /", s.notFound)
	s.mux = m
}

// ServeHTTP adds the headers every response carries, recovers from a
// panic in a handler, and logs the request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rec := &recorder{ResponseWriter: w}
	h := rec.Header()
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.Error("panic", "path", r.URL.Path, "panic", fmt.Sprint(v))
			if rec.status == 0 {
				s.fail(rec, r, http.StatusInternalServerError, "internal error: the request could not be completed")
			}
		}
		// The path only: a raw upload's query names its file, and no
		// part of a document is ever logged.
		s.log.LogAttrs(r.Context(), slog.LevelInfo, "request",
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.Int("status", cmp.Or(rec.status, http.StatusOK)),
			slog.Int64("bytes_in", max(r.ContentLength, 0)),
			slog.Int64("bytes_out", rec.written),
			slog.Int("files", rec.files),
			slog.Duration("duration", time.Since(start)),
			slog.String("remote", remoteHost(r.RemoteAddr)),
		)
	}()
	s.mux.ServeHTTP(rec, r)
}

// contentSecurityPolicy allows the page's own style sheet and nothing
// else: no script at all, no frame, forms only to this server.
const contentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

func remoteHost(addr string) string {
	if h, _, err := net.SplitHostPort(addr); err == nil {
		return h
	}
	return addr
}

// recorder keeps the status and size of a response for the access log,
// and how many documents the request sent.
type recorder struct {
	http.ResponseWriter
	status  int
	written int64
	files   int
}

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(b)
	r.written += int64(n)
	return n, err
}

func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

func countFiles(w http.ResponseWriter, n int) {
	if rec, ok := w.(*recorder); ok {
		rec.files = n
	}
}

// errBusy is a request refused because enough are checking and waiting.
var errBusy = errors.New("the server is checking as many documents as it can: try again in a moment")

// acquire waits for a turn to check, or refuses at once when the queue is
// full. The body is read only once a turn is had, so waiting requests hold
// a connection and no document.
func (s *Server) acquire(ctx context.Context) (release func(), err error) {
	select {
	case s.checking <- struct{}{}:
		return func() { <-s.checking }, nil
	default:
	}
	if s.waiting.Add(1) > int64(s.limits.Queue) {
		s.waiting.Add(-1)
		return nil, errBusy
	}
	defer s.waiting.Add(-1)
	select {
	case s.checking <- struct{}{}:
		return func() { <-s.checking }, nil
	case <-ctx.Done():
		return nil, errBusy
	}
}

func (s *Server) busy(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Retry-After", strconv.Itoa(DefaultRetryAfter))
	s.fail(w, r, http.StatusServiceUnavailable, errBusy.Error())
}

// profile is the profile a request chose, or the default.
func (s *Server) profile(name string) (*Profile, error) {
	if name == "" {
		return s.profiles[s.cfg.Default], nil
	}
	if p := s.profiles[name]; p != nil {
		return p, nil
	}
	return nil, fmt.Errorf("unknown profile %q (choose one of %s)", name, s.profileNames())
}

func (s *Server) profileNames() string {
	var names []string
	for _, p := range s.cfg.Profiles {
		names = append(names, p.Name)
	}
	slices.Sort(names)
	out := ""
	for i, n := range names {
		if i > 0 {
			out += ", "
		}
		out += n
	}
	return out
}

// meta describes a run for the report writers, as the CLI does.
func (s *Server) meta(p *Profile) report.Meta {
	set := p.Engine.Policies()
	return report.Meta{
		Tool:     s.cfg.Tool,
		Profile:  profileName(set, p),
		FailOn:   s.cfg.FailOn,
		Rules:    set.EffectiveRules(),
		Criteria: set.Criteria,
	}
}

func profileName(set *policy.Set, p *Profile) string {
	return cmp.Or(p.Name, set.Profile.Name, policy.DefaultProfile)
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	fmt.Fprintf(w, "{\"status\":\"ok\",\"checking\":%d,\"waiting\":%d}\n", len(s.checking), s.waiting.Load())
}

// Serve answers on ln until ctx is done, then stops taking connections and
// lets the requests in flight finish, for up to grace.
func Serve(ctx context.Context, ln net.Listener, h http.Handler, grace time.Duration, timeout time.Duration) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		// Uploads are read while their request holds a turn; the
		// timeouts bound a slow client, the request timeout the work.
		ReadTimeout:    timeout,
		WriteTimeout:   timeout + 10*time.Second,
		IdleTimeout:    2 * time.Minute,
		MaxHeaderBytes: 64 << 10,
		BaseContext:    func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	err := srv.Shutdown(sctx)
	if serr := <-done; serr != nil && !errors.Is(serr, http.ErrServerClosed) {
		return serr
	}
	return err
}
