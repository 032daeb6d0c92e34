package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ccgvet/ccgvet/engine"
	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/ccgvet/ccgvet/engine/report"
)

// engines compiles each profile once for the package's tests, with an
// hour's time limit: no result may depend on the machine's speed.
var engines = struct {
	sync.Mutex
	m map[string]*engine.Engine
}{m: map[string]*engine.Engine{}}

func testEngine(t testing.TB, profile string) *engine.Engine {
	t.Helper()
	engines.Lock()
	defer engines.Unlock()
	if e := engines.m[profile]; e != nil {
		return e
	}
	e, err := engine.New(context.Background(), engine.Options{Policy: policy.Options{Profile: profile}, Timeout: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	engines.m[profile] = e
	return e
}

// newTestServer serves the default and nhse-2014 profiles, its access log
// in log when that is not nil.
func newTestServer(t testing.TB, limits Limits, log io.Writer) *Server {
	t.Helper()
	if log == nil {
		log = io.Discard
	}
	limits.RequestTimeout = max(limits.RequestTimeout, time.Hour)
	s, err := New(Config{
		Profiles: []Profile{
			{Name: "default", Engine: testEngine(t, "default")},
			{Name: "nhse-2014", Engine: testEngine(t, "nhse-2014")},
		},
		Tool:   report.Tool{Name: "ccgvet", Version: "test"},
		Limits: limits,
		Logger: slog.New(slog.NewJSONHandler(log, nil)),
	})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func readRepo(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", path))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// part is one part of a multipart form: a file when name is set.
type part struct {
	field, name string
	data        []byte
}

func form(t testing.TB, parts ...part) (body *bytes.Buffer, contentType string) {
	t.Helper()
	body = &bytes.Buffer{}
	mw := multipart.NewWriter(body)
	for _, p := range parts {
		var w io.Writer
		var err error
		if p.name != "" || p.field == "files" || p.field == "old" || p.field == "new" {
			w, err = mw.CreateFormFile(p.field, p.name)
		} else {
			w, err = mw.CreateFormField(p.field)
		}
		if err != nil {
			t.Fatal(err)
		}
		w.Write(p.data)
	}
	if err := mw.Close(); err != nil {
		t.Fatal(err)
	}
	return body, mw.FormDataContentType()
}

func do(t testing.TB, h http.Handler, method, target, contentType string, body io.Reader) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, target, body)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

const hostileCCG = `NHS <script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> Clinical Commissioning Group`

// hostile is a constitution whose name and text carry markup that would
// run if it were ever written into a page unescaped.
func hostile(t testing.TB) []byte {
	t.Helper()
	src := readRepo(t, "constitutions/silverdell.md")
	lines := strings.SplitN(string(src), "\n", 3)
	if !strings.HasPrefix(lines[1], "ccg:") {
		t.Fatalf("silverdell.md no longer starts with its ccg: %q", lines[1])
	}
	lines[1] = "ccg: '" + hostileCCG + "'"
	// An obligation on practices is a finding, so this clause is shown
	// in its message and its passage.
	doc := strings.Join(lines, "\n")
	doc = strings.Replace(doc, "\n# PART 4", "\n3.3.3 Each member practice shall <script>window.__pwned=3</script> keep a\nregister <img src=x onerror=\"window.__pwned=4\"> of its staff.\n\n# PART 4", 1)
	if !strings.Contains(doc, "__pwned=3") {
		t.Fatal("silverdell.md has no PART 4 to put the hostile clause before")
	}
	return []byte(doc)
}

// TestHandlers: every route answers what the issue asks, errors are clear
// and 4xx, and the server keeps serving after each.
func TestHandlers(t *testing.T) {
	var logs bytes.Buffer
	s := newTestServer(t, Limits{MaxFileBytes: 200 << 10, MaxRequestBytes: 600 << 10, MaxFiles: 3}, &logs)
	brantwick := readRepo(t, "constitutions/brantwick.md")
	silverdell := readRepo(t, "constitutions/silverdell.md")
	oldV := readRepo(t, "testdata/examples/ex04-amend-old.md")
	newV := readRepo(t, "testdata/examples/ex04-amend-new.md")
	binary := append([]byte("---\nccg: X\n---\n"), 0, 1, 2, 0, 0xff, 0xfe)
	word := readRepo(t, "testdata/docx/brantwick.docx")
	tracked := readRepo(t, "testdata/docx/tracked/brantwick-amended.docx")
	badFront := []byte("---\nccg: [unclosed\n---\n# Constitution\n")
	big := bytes.Repeat([]byte("The Group shall meet.\n"), (200<<10)/22+10)

	type check func(t *testing.T, rec *httptest.ResponseRecorder)
	contains := func(subs ...string) check {
		return func(t *testing.T, rec *httptest.ResponseRecorder) {
			for _, sub := range subs {
				if !strings.Contains(rec.Body.String(), sub) {
					t.Errorf("the answer does not contain %q:\n%.2000s", sub, rec.Body.String())
				}
			}
		}
	}
	header := func(name, want string) check {
		return func(t *testing.T, rec *httptest.ResponseRecorder) {
			if got := rec.Header().Get(name); !strings.HasPrefix(got, want) {
				t.Errorf("%s: %q, want %q", name, got, want)
			}
		}
	}
	jsonError := func(sub string) check {
		return func(t *testing.T, rec *httptest.ResponseRecorder) {
			var e struct {
				Error  string `json:"error"`
				Status int    `json:"status"`
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || e.Status != rec.Code || !strings.Contains(e.Error, sub) {
				t.Errorf("want a JSON error with %q and status %d, got %s (%v)", sub, rec.Code, rec.Body, err)
			}
		}
	}
	type request struct {
		method, target string
		parts          []part
		raw            []byte
		contentType    string
	}
	tests := []struct {
		name   string
		req    request
		status int
		checks []check
	}{
		{"check form", request{method: "GET", target: "/"}, 200,
			[]check{header("Content-Type", "text/html"), header("Content-Security-Policy", "default-src 'none'"), contains(`enctype="multipart/form-data"`, `name="files"`, `value="nhse-2014"`)}},
		{"amendment form", request{method: "GET", target: "/amendment"}, 200, []check{contains(`name="old"`, `name="new"`)}},
		{"style sheet", request{method: "GET", target: "/static/style.css"}, 200, []check{header("Content-Type", "text/css")}},
		{"health", request{method: "GET", target: "/healthz"}, 200, []check{contains(`"status":"ok"`)}},
		{"policies", request{method: "GET", target: "/api/policies"}, 200, []check{contains(`"rules"`, `"member-sign-off"`)}},
		{"policies of a profile", request{method: "GET", target: "/api/policies?profile=nhse-2014"}, 200, []check{contains(`"lay-executive-majority"`)}},
		{"unknown profile", request{method: "GET", target: "/api/policies?profile=nope"}, 400, []check{jsonError("unknown profile")}},
		{"no such page", request{method: "GET", target: "/nope"}, 404, []check{header("Content-Type", "text/html")}},
		{"no such api", request{method: "GET", target: "/api/nope"}, 404, []check{jsonError("no page")}},

		{"api check multipart", request{method: "POST", target: "/api/check", parts: []part{{"files", "brantwick.md", brantwick}}}, 200,
			[]check{header("Content-Type", "application/json"), contains(`"path": "brantwick.md"`, `"ccg": "NHS Brantwick Clinical Commissioning Group"`, `"version": "test"`)}},
		{"api check raw body", request{method: "POST", target: "/api/check?filename=brantwick.md", raw: brantwick, contentType: "text/markdown; charset=utf-8"}, 200,
			[]check{contains(`"path": "brantwick.md"`)}},
		{"api check two documents", request{method: "POST", target: "/api/check", parts: []part{{"files", "brantwick.md", brantwick}, {"files", "silverdell.md", silverdell}}}, 200,
			[]check{contains(`"documents": 2`)}},
		{"api check sarif", request{method: "POST", target: "/api/check?format=sarif", parts: []part{{"files", "brantwick.md", brantwick}}}, 200,
			[]check{header("Content-Type", "application/sarif+json"), contains(`"runs"`)}},
		{"api check nhse-2014", request{method: "POST", target: "/api/check", parts: []part{{"profile", "", []byte("nhse-2014")}, {"files", "brantwick.md", brantwick}}}, 200,
			[]check{contains(`"profile": "nhse-2014"`)}},
		{"api check unknown format", request{method: "POST", target: "/api/check?format=github", parts: []part{{"files", "brantwick.md", brantwick}}}, 400, []check{jsonError("unknown format")}},
		{"api check wrong content type", request{method: "POST", target: "/api/check", raw: []byte(`{"a":1}`), contentType: "application/json"}, 415, []check{jsonError("multipart/form-data")}},
		{"api check no content type", request{method: "POST", target: "/api/check", raw: brantwick}, 415, []check{jsonError("cannot read")}},
		{"api check no file", request{method: "POST", target: "/api/check", parts: []part{{"profile", "", []byte("default")}}}, 400, []check{jsonError("no document")}},
		{"api check binary", request{method: "POST", target: "/api/check", parts: []part{{"files", "word.md", binary}}}, 422, []check{contains(`NUL`, `"input_errors": 1`)}},
		{"api check invalid front matter", request{method: "POST", target: "/api/check", parts: []part{{"files", "front.md", badFront}}}, 422, []check{contains(`front matter`, `"input_errors": 1`)}},
		{"api check file over limit", request{method: "POST", target: "/api/check", parts: []part{{"files", "big.md", big}}}, 413, []check{jsonError("big.md is larger than the limit of 200 KB")}},
		{"api check request over limit", request{method: "POST", target: "/api/check", parts: []part{{"files", "a.md", big[:190<<10]}, {"files", "b.md", big[:190<<10]}, {"files", "c.md", big[:190<<10]}, {"files", "d.md", big[:190<<10]}}}, 413, []check{jsonError("the request is larger than the limit of 600 KB")}},
		{"api check too many files", request{method: "POST", target: "/api/check", parts: []part{{"files", "a.md", silverdell}, {"files", "b.md", silverdell}, {"files", "c.md", silverdell}, {"files", "d.md", silverdell}}}, 413, []check{jsonError("more than 3 documents")}},
		{"api check unknown profile", request{method: "POST", target: "/api/check?profile=nope", parts: []part{{"files", "a.md", silverdell}}}, 400, []check{jsonError("unknown profile")}},
		{"api diff", request{method: "POST", target: "/api/diff", parts: []part{{"old", "old.md", oldV}, {"new", "new.md", newV}}}, 200,
			[]check{contains(`"regressions": [`, `"conflicts-of-interest"`, `"path": "new.md"`)}},
		{"api diff markdown", request{method: "POST", target: "/api/diff?format=markdown", parts: []part{{"old", "old.md", oldV}, {"new", "new.md", newV}}}, 200, []check{header("Content-Type", "text/markdown")}},
		{"api diff one version", request{method: "POST", target: "/api/diff", parts: []part{{"old", "old.md", oldV}}}, 400, []check{jsonError("in the field old")}},
		{"api diff three versions", request{method: "POST", target: "/api/diff", parts: []part{{"old", "old.md", oldV}, {"new", "new.md", newV}, {"amended", "a.docx", tracked}}}, 400, []check{jsonError("in the field old")}},
		{"api diff one Markdown document", request{method: "POST", target: "/api/diff", raw: oldV, contentType: "text/markdown"}, 422, []check{jsonError("not a Word document")}},
		{"api diff tracked changes", request{method: "POST", target: "/api/diff", parts: []part{{"amended", "brantwick-amended.docx", tracked}}}, 200,
			[]check{contains(`"tracked_changes": [`, `"path": "brantwick-amended.docx"`)}},
		{"api diff tracked changes as the body", request{method: "POST", target: "/api/diff?filename=a.docx", raw: tracked, contentType: wordType}, 200,
			[]check{contains(`"tracked_changes": [`)}},
		{"api diff Word without tracked changes", request{method: "POST", target: "/api/diff", parts: []part{{"amended", "brantwick.docx", word}}}, 422, []check{jsonError("no tracked changes")}},
		{"api check Word", request{method: "POST", target: "/api/check", parts: []part{{"files", "brantwick.docx", word}}}, 200,
			[]check{contains(`"path": "brantwick.docx"`, `"ccg": "NHS Brantwick Clinical Commissioning Group"`)}},
		{"api diff invalid front matter", request{method: "POST", target: "/api/diff", parts: []part{{"old", "old.md", oldV}, {"new", "new.md", badFront}}}, 422, []check{jsonError("new.md could not be read")}},

		{"check page", request{method: "POST", target: "/check", parts: []part{{"files", "brantwick.md", brantwick}}}, 200,
			[]check{header("Content-Type", "text/html"), contains(`id="headline"`, `data-status="breached"`, `<mark>`, `Guidance:`, `Reference:`)}},
		{"check page filtered", request{method: "POST", target: "/check", parts: []part{{"criterion", "", []byte("clinical-majority")}, {"severity", "", []byte("error")}, {"files", "brantwick.md", brantwick}}}, 200,
			[]check{contains(`id="filtered"`, `clinical-majority/minority`)}},
		{"check page download", request{method: "POST", target: "/check", parts: []part{{"format", "", []byte("markdown")}, {"files", "brantwick.md", brantwick}}}, 200,
			[]check{header("Content-Disposition", `attachment; filename="ccgvet-report.md"`), header("Content-Type", "text/markdown")}},
		{"check page html download", request{method: "POST", target: "/check", parts: []part{{"format", "", []byte("html")}, {"files", "brantwick.md", brantwick}}}, 200,
			[]check{header("Content-Disposition", `attachment; filename="ccgvet-report.html"`)}},
		{"check page invalid front matter", request{method: "POST", target: "/check", parts: []part{{"files", "front.md", badFront}}}, 422,
			[]check{header("Content-Type", "text/html"), contains(`Could not be checked`, `front matter`)}},
		{"check page over limit", request{method: "POST", target: "/check", parts: []part{{"files", "big.md", big}}}, 413,
			[]check{header("Content-Type", "text/html"), contains(`id="error-message"`, `larger than the limit`)}},
		{"check page empty", request{method: "POST", target: "/check", parts: []part{{"files", "", nil}}}, 400, []check{contains(`choose a file`)}},
		{"check page hostile", request{method: "POST", target: "/check", parts: []part{{"files", "<i onerror=x>.md", hostile(t)}}}, 200,
			[]check{contains(`&lt;script&gt;window.__pwned=1&lt;/script&gt;`, `&lt;i onerror=x&gt;.md`)}},
		{"amendment page", request{method: "POST", target: "/amendment", parts: []part{{"old", "old.md", oldV}, {"new", "new.md", newV}}}, 200,
			[]check{contains(`class="regressed" data-criterion="conflicts-of-interest"`, `Reworded clauses`, `class="side-by-side"`)}},
		{"check page Word", request{method: "POST", target: "/check", parts: []part{{"files", "brantwick.docx", word}}}, 200,
			[]check{contains(`<span class="line">Paragraph 12</span>`, `<mark>`)}},
		{"amendment page tracked changes", request{method: "POST", target: "/amendment", parts: []part{{"amended", "brantwick-amended.docx", tracked}}}, 200,
			[]check{contains(`id="tracked"`, `id="amend-verdict"`)}},
		{"amendment download", request{method: "POST", target: "/amendment", parts: []part{{"format", "", []byte("json")}, {"old", "old.md", oldV}, {"new", "new.md", newV}}}, 200,
			[]check{header("Content-Disposition", `attachment; filename="ccgvet-amendment.json"`)}},
		{"wrong method", request{method: "PUT", target: "/api/check"}, 405, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var body io.Reader
			ct := tt.req.contentType
			switch {
			case tt.req.parts != nil:
				body, ct = form(t, tt.req.parts...)
			case tt.req.raw != nil:
				body = bytes.NewReader(tt.req.raw)
			}
			rec := do(t, s, tt.req.method, tt.req.target, ct, body)
			if rec.Code != tt.status {
				t.Errorf("status %d, want %d: %.500s", rec.Code, tt.status, rec.Body)
			}
			if rec.Header().Get("Content-Security-Policy") == "" || rec.Header().Get("X-Content-Type-Options") != "nosniff" {
				t.Errorf("security headers missing: %v", rec.Header())
			}
			for _, c := range tt.checks {
				c(t, rec)
			}
			// Whatever came before, the server keeps serving.
			if rec := do(t, s, "GET", "/healthz", "", nil); rec.Code != 200 {
				t.Errorf("after %s, /healthz answers %d", tt.name, rec.Code)
			}
		})
	}

	// The access log has a record per request and nothing of a document.
	records := 0
	for _, line := range bytes.Split(bytes.TrimSpace(logs.Bytes()), []byte("\n")) {
		var rec map[string]any
		if err := json.Unmarshal(line, &rec); err != nil {
			t.Fatalf("log line %q: %v", line, err)
		}
		if rec["msg"] == "request" {
			records++
			if _, ok := rec["status"]; !ok {
				t.Errorf("access log record without status: %s", line)
			}
		}
	}
	if records != 2*len(tests) {
		t.Errorf("%d access log records for %d requests", records, 2*len(tests))
	}
	for _, secret := range []string{"Brantwick", "brantwick.md", "Kelderbrook", "__pwned", "unclosed", "The Group shall meet"} {
		if bytes.Contains(logs.Bytes(), []byte(secret)) {
			t.Errorf("the access log contains %q from a document or its name", secret)
		}
	}
}

// TestBusy: beyond the checks running and the queue, a request is refused
// at once with 503 and Retry-After, and served again once a turn is free.
func TestBusy(t *testing.T) {
	s := newTestServer(t, Limits{Checks: 1, Queue: 1}, nil)
	silverdell := readRepo(t, "constitutions/silverdell.md")
	s.checking <- struct{}{} // a check is running
	s.waiting.Add(1)         // and one waits

	for _, target := range []string{"/api/check", "/check"} {
		body, ct := form(t, part{"files", "silverdell.md", silverdell})
		rec := do(t, s, "POST", target, ct, body)
		if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" {
			t.Errorf("%s when busy: %d, Retry-After %q", target, rec.Code, rec.Header().Get("Retry-After"))
		}
	}
	// Health and forms need no turn.
	if rec := do(t, s, "GET", "/healthz", "", nil); rec.Code != 200 || !strings.Contains(rec.Body.String(), `"checking":1,"waiting":1`) {
		t.Errorf("/healthz when busy: %d %s", rec.Code, rec.Body)
	}
	s.waiting.Add(-1)
	<-s.checking
	body, ct := form(t, part{"files", "silverdell.md", silverdell})
	if rec := do(t, s, "POST", "/api/check", ct, body); rec.Code != 200 {
		t.Errorf("once free: %d %s", rec.Code, rec.Body)
	}
}

// TestQueueWaits: a request that finds every check running waits in the
// queue for a turn rather than being refused.
func TestQueueWaits(t *testing.T) {
	s := newTestServer(t, Limits{Checks: 1, Queue: 4}, nil)
	silverdell := readRepo(t, "constitutions/silverdell.md")
	s.checking <- struct{}{}
	done := make(chan int)
	go func() {
		body, ct := form(t, part{"files", "silverdell.md", silverdell})
		done <- do(t, s, "POST", "/api/check", ct, body).Code
	}()
	for s.waiting.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	<-s.checking
	if code := <-done; code != 200 {
		t.Errorf("a queued request answered %d", code)
	}
}

// TestNothingWrittenToDisk: a large upload is read in memory, never
// spilled to a temporary file as ParseMultipartForm would.
func TestNothingWrittenToDisk(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	s := newTestServer(t, Limits{MaxFileBytes: 8 << 20, MaxRequestBytes: 16 << 20}, nil)
	doc := append(readRepo(t, "constitutions/silverdell.md"), bytes.Repeat([]byte("\nThe Group shall keep its records.\n"), 100000)...)
	body, ct := form(t, part{"files", "large.md", doc})
	if rec := do(t, s, "POST", "/api/check", ct, body); rec.Code != 200 {
		t.Fatalf("large upload: %d %.300s", rec.Code, rec.Body)
	}
	entries, err := os.ReadDir(tmp)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) > 0 {
		t.Errorf("the upload left files in TMPDIR: %v", entries)
	}
}

// TestGracefulShutdown: once asked to stop, the server answers the
// request in flight, then Serve returns.
func TestGracefulShutdown(t *testing.T) {
	s := newTestServer(t, Limits{Checks: 1}, nil)
	ts := httptest.NewUnstartedServer(s)
	ln := ts.Listener
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- Serve(ctx, ln, s, time.Minute, time.Hour) }()

	s.checking <- struct{}{} // the request will wait for this turn
	got := make(chan string, 1)
	go func() {
		body, ct := form(t, part{"files", "silverdell.md", readRepo(t, "constitutions/silverdell.md")})
		resp, err := http.Post("http://"+ln.Addr().String()+"/api/check", ct, body)
		if err != nil {
			got <- err.Error()
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		got <- fmt.Sprintf("%d %d", resp.StatusCode, len(b))
	}()
	for s.waiting.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	cancel()
	// Shutdown has begun: new connections are refused.
	for {
		if _, err := http.Get("http://" + ln.Addr().String() + "/healthz"); err != nil {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	<-s.checking
	if r := <-got; !strings.HasPrefix(r, "200 ") {
		t.Errorf("the request in flight got %s", r)
	}
	if err := <-served; err != nil {
		t.Errorf("Serve: %v", err)
	}
}

func TestCleanName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"brantwick.md", "brantwick.md"},
		{`C:\Users\lmc\draft.md`, "draft.md"},
		{"../../etc/passwd", "passwd"},
		{"", "document.md"},
		{"/", "document.md"},
		{"a\x1b[31mb.md", "a[31mb.md"},
		{strings.Repeat("é", 200) + ".md", strings.Repeat("é", 127)},
	}
	for _, tt := range tests {
		if got := cleanName(tt.in); got != tt.want {
			t.Errorf("cleanName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
