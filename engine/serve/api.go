package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"slices"
	"strings"

	"github.com/ccgvet/ccgvet/engine"
	"github.com/ccgvet/ccgvet/engine/diff"
	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/ccgvet/ccgvet/engine/report"
	"github.com/ccgvet/ccgvet/engine/result"
)

// checkFormats are the report formats a check may be downloaded in; the
// github format is left out, as it writes to the CI runner's files.
var checkFormats = []string{"json", "sarif", "markdown", "html", "junit", "text"}

// diffFormats are those of an amendment.
var diffFormats = report.DiffFormats

var contentTypes = map[string]string{
	"json":     "application/json",
	"sarif":    "application/sarif+json",
	"markdown": "text/markdown; charset=utf-8",
	"html":     "text/html; charset=utf-8",
	"junit":    "application/xml",
	"text":     "text/plain; charset=utf-8",
}

var extensions = map[string]string{
	"json": "json", "sarif": "sarif", "markdown": "md", "html": "html", "junit": "xml", "text": "txt",
}

// checked is the outcome of one check request, in a report format or as
// the documents a page shows.
type checked struct {
	profile *Profile
	run     *engine.Run
	body    []byte
	docs    []checkedDoc
}

type checkedDoc struct {
	res  result.Document
	doc  *model.Document
	data []byte
}

// check runs a request's documents under its profile, writing the report
// in format ("" keeps the results for a page). The caller holds a turn.
func (s *Server) check(ctx context.Context, p *Profile, files []engine.Source, format string) (*checked, error) {
	out := &checked{profile: p}
	var buf bytes.Buffer
	var rw report.Writer
	if format != "" {
		var err error
		if rw, err = report.New(format, &buf, s.meta(p)); err != nil {
			return nil, refuse(http.StatusBadRequest, "%v", err)
		}
	}
	run, err := p.Engine.CheckSources(ctx, files, func(d *result.Document, doc *model.Document) error {
		if rw != nil {
			return rw.Document(d)
		}
		out.docs = append(out.docs, checkedDoc{res: *d, doc: doc})
		return nil
	})
	if err != nil {
		return nil, s.stopped(ctx, err)
	}
	out.run = run
	if rw != nil {
		if err := rw.Finish(&run.Batch, &run.Summary); err != nil {
			return nil, err
		}
		out.body = buf.Bytes()
	}
	for i := range out.docs {
		out.docs[i].data = files[i].Data
	}
	return out, nil
}

// stopped says why a request's work ended early.
func (s *Server) stopped(ctx context.Context, err error) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return &httpError{status: http.StatusServiceUnavailable, msg: "the check did not finish within " + s.limits.RequestTimeout.String() + ": try a smaller document or fewer at once"}
	}
	if ctx.Err() != nil {
		return &httpError{status: http.StatusServiceUnavailable, msg: "the request was cancelled"}
	}
	return err
}

// begin gives a request its time limit and a turn to check, reads its
// documents and picks its profile and format; the caller must call the
// returned release when it is done.
func (s *Server) begin(w http.ResponseWriter, r *http.Request, raw bool) (ctx context.Context, up *upload, p *Profile, release func(), err error) {
	ctx, cancel := context.WithTimeout(r.Context(), s.limits.RequestTimeout)
	turn, err := s.acquire(ctx)
	if err != nil {
		cancel()
		return nil, nil, nil, nil, err
	}
	release = func() { turn(); cancel() }
	if up, err = s.readUpload(w, r, raw); err != nil {
		release()
		return nil, nil, nil, nil, err
	}
	if p, err = s.profile(up.value(r, "profile")); err != nil {
		release()
		return nil, nil, nil, nil, refuse(http.StatusBadRequest, "%v", err)
	}
	return ctx, up, p, release, nil
}

// format is the report format a request asked for, checked against those
// allowed.
func format(up *upload, r *http.Request, def string, allowed []string) (string, error) {
	f := cmpOr(up.value(r, "format"), def)
	if !slices.Contains(allowed, f) {
		return "", refuse(http.StatusBadRequest, "unknown format %q (choose one of %s)", f, strings.Join(allowed, ", "))
	}
	return f, nil
}

// apiCheck answers POST /api/check with the report of `ccgvet check`
// (JSON unless ?format= says otherwise): 200 when every document could be
// checked, 422 when one could not, its errors in the report.
func (s *Server) apiCheck(w http.ResponseWriter, r *http.Request) {
	ctx, up, p, release, err := s.begin(w, r, true)
	if err != nil {
		s.error(w, r, err)
		return
	}
	defer release()
	f, err := format(up, r, "json", checkFormats)
	if err != nil {
		s.error(w, r, err)
		return
	}
	out, err := s.check(ctx, p, up.files, f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	status := http.StatusOK
	if out.run.InputErrors {
		status = http.StatusUnprocessableEntity
	}
	s.send(w, f, "ccgvet-report", status, out.body, false)
}

// apiDiff answers POST /api/diff (fields old and new, or one Word
// document with tracked changes) with the report of `ccgvet diff`: 200, or
// 422 when a version could not be read.
func (s *Server) apiDiff(w http.ResponseWriter, r *http.Request) {
	ctx, up, p, release, err := s.begin(w, r, true)
	if err != nil {
		s.error(w, r, err)
		return
	}
	defer release()
	f, err := format(up, r, "json", diffFormats)
	if err != nil {
		s.error(w, r, err)
		return
	}
	res, err := s.diff(ctx, p, up)
	if err != nil {
		s.error(w, r, err)
		return
	}
	var buf bytes.Buffer
	if err := report.WriteDiff(&buf, f, res.Result, report.Meta{Tool: s.cfg.Tool}); err != nil {
		s.error(w, r, err)
		return
	}
	s.send(w, f, "ccgvet-amendment", http.StatusOK, buf.Bytes(), false)
}

// diff compares the versions a request sent: old and new, or one Word
// document with tracked changes (in the field amended, or as the body).
func (s *Server) diff(ctx context.Context, p *Profile, up *upload) (*diffResult, error) {
	oldSrc, okOld := up.file("old")
	newSrc, okNew := up.file("new")
	var (
		res    *diff.Result
		newDoc *model.Document
		err    error
	)
	switch {
	case okOld && okNew && len(up.files) == 2:
		res, newDoc, err = p.Engine.DiffSources(ctx, oldSrc, newSrc)
	case len(up.files) == 1 && !okOld:
		newSrc = up.files[0]
		res, newDoc, err = p.Engine.DiffTrackedSource(ctx, newSrc)
	default:
		return nil, refuse(http.StatusBadRequest, "an amendment needs the current version in the field old and the proposed one in the field new, or one Word document with tracked changes in the field amended")
	}
	if err != nil {
		var ie *model.InputError
		if errors.As(err, &ie) {
			return nil, refuse(http.StatusUnprocessableEntity, "%s could not be read: %s", report.Printable(ie.Path), report.Printable(ie.Message))
		}
		return nil, s.stopped(ctx, err)
	}
	return &diffResult{Result: res, newDoc: newDoc, newData: newSrc.Data}, nil
}

// send writes a report; attachment asks the browser to save it.
func (s *Server) send(w http.ResponseWriter, f, base string, status int, body []byte, attachment bool) {
	h := w.Header()
	h.Set("Content-Type", contentTypes[f])
	h.Set("Cache-Control", "no-store")
	if attachment {
		h.Set("Content-Disposition", `attachment; filename="`+base+"."+extensions[f]+`"`)
	}
	w.WriteHeader(status)
	w.Write(body)
}

// apiPolicies answers GET /api/policies with what `ccgvet policies
// --format json` prints, for the chosen profile.
func (s *Server) apiPolicies(w http.ResponseWriter, r *http.Request) {
	p, err := s.profile(r.URL.Query().Get("profile"))
	if err != nil {
		s.error(w, r, refuse(http.StatusBadRequest, "%v", err))
		return
	}
	set := p.Engine.Policies()
	b, err := json.MarshalIndent(map[string]any{"profile": set.Profile, "criteria": enabledCriteria(set), "rules": set.EffectiveRules()}, "", "  ")
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(append(b, '\n'))
}

func enabledCriteria(set *policy.Set) []policy.Criterion {
	disabled := set.Disabled()
	out := []policy.Criterion{}
	for _, c := range set.Criteria {
		if !disabled[c.ID] {
			out = append(out, c)
		}
	}
	return out
}

// error answers with err's status, or 500 for an unexpected error, whose
// detail is logged rather than shown.
func (s *Server) error(w http.ResponseWriter, r *http.Request, err error) {
	var he *httpError
	switch {
	case errors.Is(err, errBusy):
		s.busy(w, r)
	case errors.As(err, &he):
		s.fail(w, r, he.status, he.msg)
	default:
		s.log.Error("request failed", "path", r.URL.Path, "error", err.Error())
		s.fail(w, r, http.StatusInternalServerError, "internal error: the request could not be completed")
	}
}

// fail answers an error as JSON for the API, as a page for people.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, msg string) {
	w.Header().Set("Cache-Control", "no-store")
	if strings.HasPrefix(r.URL.Path, "/api/") || r.URL.Path == "/healthz" {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		// The status is sent: a client that has gone cannot be told more.
		_ = json.NewEncoder(w).Encode(map[string]any{"error": msg, "status": status})
		return
	}
	s.errorPage(w, status, msg)
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	s.fail(w, r, http.StatusNotFound, "there is no page at this address")
}
