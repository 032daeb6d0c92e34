package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// startServe runs `ccgvet serve` in-process on a free loopback port and
// returns its address; the server is stopped, as by SIGTERM, at cleanup,
// and must then exit 0.
func startServe(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	exited := make(chan int, 1)
	go func() {
		code := run(ctx, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...), pw, io.Discard)
		pw.Close()
		exited <- code
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	go io.Copy(io.Discard, pr)
	if err != nil {
		cancel()
		t.Fatalf("serve printed no first line (exit %d): %v", <-exited, err)
	}
	addr, ok := strings.CutPrefix(strings.TrimSpace(line), "ccgvet serve: listening on http://")
	if !ok {
		cancel()
		t.Fatalf("serve's first line does not say where it listens: %q", line)
	}
	t.Cleanup(func() {
		cancel()
		select {
		case code := <-exited:
			if code != ExitOK {
				t.Errorf("serve exited %d after being stopped", code)
			}
		case <-time.After(time.Minute):
			t.Errorf("serve did not stop within a minute of being asked")
		}
	})
	return addr
}

func upload(t *testing.T, url string, files map[string]string) (int, []byte) {
	t.Helper()
	var fields [][2]string
	for _, field := range []string{"files", "old", "new", "amended"} {
		if path, ok := files[field]; ok {
			fields = append(fields, [2]string{field, path})
		}
	}
	return uploadFields(t, url, fields)
}

// uploadFields sends each file in its field, in order.
func uploadFields(t *testing.T, url string, fields [][2]string) (int, []byte) {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for _, f := range fields {
		data, err := os.ReadFile(f[1])
		if err != nil {
			t.Fatal(err)
		}
		w, err := mw.CreateFormFile(f[0], filepath.Base(f[1]))
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	mw.Close()
	resp, err := http.Post(url, mw.FormDataContentType(), &body)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, b
}

// TestServeAPIMatchesCLI: over loopback, /api/check gives byte for byte
// the JSON of `ccgvet check --format json` for every bundled constitution,
// and /api/diff that of `ccgvet diff --format json` for the amendment.
// The CLI is run from the document's folder, so that both name it alike.
func TestServeAPIMatchesCLI(t *testing.T) {
	addr := startServe(t)
	var docs []string
	for _, pattern := range []string{"constitutions/*.md", "testdata/examples/*.md", "testdata/docx/*.docx"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, m...)
	}
	if len(docs) < 5 {
		t.Fatalf("found %d bundled constitutions", len(docs))
	}
	root, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for _, doc := range docs {
		t.Run(doc, func(t *testing.T) {
			abs := filepath.Join(root, doc)
			status, got := upload(t, "http://"+addr+"/api/check", map[string]string{"files": abs})
			t.Chdir(filepath.Dir(abs))
			code, want, stderr := ccgvet(t, "check", "--format", "json", filepath.Base(abs))
			if code == ExitInput {
				t.Fatalf("check exited %d: %s", code, stderr)
			}
			if status != http.StatusOK {
				t.Errorf("/api/check answered %d", status)
			}
			if !bytes.Equal(got, []byte(want)) {
				t.Errorf("/api/check differs from ccgvet check --format json:\n got %.1500s\nwant %.1500s", got, want)
			}
		})
	}
	// Several documents in one request are checked against each other,
	// as by one ccgvet check: fennick-water.md and marrowby-stenfold.md
	// share a practice.
	t.Run("batch", func(t *testing.T) {
		dir := filepath.Join(root, "constitutions")
		names := []string{"fennick-water.md", "marrowby-stenfold.md", "silverdell.md"}
		var fields [][2]string
		for _, n := range names {
			fields = append(fields, [2]string{"files", filepath.Join(dir, n)})
		}
		status, got := uploadFields(t, "http://"+addr+"/api/check", fields)
		t.Chdir(dir)
		code, want, stderr := ccgvet(t, append([]string{"check", "--format", "json"}, names...)...)
		if code == ExitInput {
			t.Fatalf("check exited %d: %s", code, stderr)
		}
		if !strings.Contains(want, "single-membership/duplicate-membership") {
			t.Errorf("the CLI no longer finds the shared practice")
		}
		if status != http.StatusOK || !bytes.Equal(got, []byte(want)) {
			t.Errorf("/api/check of three documents (%d) differs from ccgvet check --format json:\n got %.1500s\nwant %.1500s", status, got, want)
		}
	})
	// Every built-in profile is offered: an integrated care board's
	// constitution under icb-2022, as the CLI checks it.
	t.Run("icb-2022", func(t *testing.T) {
		dir := filepath.Join(root, "constitutions", "icb")
		status, got := upload(t, "http://"+addr+"/api/check?profile=icb-2022", map[string]string{"files": filepath.Join(dir, "wexcombe-aldersey.md")})
		t.Chdir(dir)
		code, want, stderr := ccgvet(t, "check", "--profile", "icb-2022", "--format", "json", "wexcombe-aldersey.md")
		if code == ExitInput {
			t.Fatalf("check exited %d: %s", code, stderr)
		}
		if !strings.Contains(want, "icb-board-membership/too-few-non-executives") {
			t.Errorf("the CLI no longer finds the ICB's breach")
		}
		if status != http.StatusOK || !bytes.Equal(got, []byte(want)) {
			t.Errorf("/api/check?profile=icb-2022 (%d) differs from ccgvet check --profile icb-2022 --format json:\n got %.1500s\nwant %.1500s", status, got, want)
		}
	})
	t.Run("tracked changes", func(t *testing.T) {
		dir := filepath.Join(root, "testdata", "docx", "tracked")
		amended, err := filepath.Glob(filepath.Join(dir, "*.docx"))
		if err != nil || len(amended) == 0 {
			t.Fatalf("no Word amendments: %v", err)
		}
		for _, path := range amended {
			status, got := upload(t, "http://"+addr+"/api/diff", map[string]string{"amended": path})
			t.Chdir(dir)
			code, want, stderr := ccgvet(t, "diff", "--format", "json", filepath.Base(path))
			if code == ExitInput {
				t.Fatalf("diff exited %d: %s", code, stderr)
			}
			if status != http.StatusOK || !bytes.Equal(got, []byte(want)) {
				t.Errorf("/api/diff of %s (%d) differs from ccgvet diff --format json:\n got %.1500s\nwant %.1500s", path, status, got, want)
			}
		}
	})
	t.Run("diff", func(t *testing.T) {
		dir := filepath.Join(root, "testdata", "examples")
		status, got := upload(t, "http://"+addr+"/api/diff", map[string]string{
			"old": filepath.Join(dir, "ex04-amend-old.md"), "new": filepath.Join(dir, "ex04-amend-new.md")})
		t.Chdir(dir)
		code, want, stderr := ccgvet(t, "diff", "--format", "json", "ex04-amend-old.md", "ex04-amend-new.md")
		if code == ExitInput {
			t.Fatalf("diff exited %d: %s", code, stderr)
		}
		if status != http.StatusOK || !bytes.Equal(got, []byte(want)) {
			t.Errorf("/api/diff (%d) differs from ccgvet diff --format json:\n got %.1500s\nwant %.1500s", status, got, want)
		}
	})
}

func TestServeFlags(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"serve", "--log-format", "xml"}, "--log-format must be text or json"},
		{[]string{"serve", "--max-size", "0"}, "--max-size must be"},
		{[]string{"serve", "--profile", "nope"}, "nope"},
		{[]string{"serve", "--addr", "256.0.0.1:80"}, "256.0.0.1"},
	}
	for _, tt := range tests {
		code, _, stderr := ccgvet(t, tt.args...)
		if code != ExitInput || !strings.Contains(stderr, tt.want) {
			t.Errorf("ccgvet %v: exit %d, %q; want exit %d with %q", tt.args, code, stderr, ExitInput, tt.want)
		}
	}
}
