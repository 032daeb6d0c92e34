package policy_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/ccgvet/ccgvet/engine/parse"
	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/open-policy-agent/opa/v1/logging"
	"github.com/open-policy-agent/opa/v1/runtime"
)

// The bundle `ccgvet bundle` writes is served by a stock OPA server (run
// here in-process, on loopback), and the output of `ccgvet parse` is the
// input it takes: the server reports the same findings as ccgvet.
func TestBundleIsServedByOPA(t *testing.T) {
	set, err := policy.Load(policy.Options{})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "ccgvet.tar.gz")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := set.WriteBundle(f, "test"); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	params := runtime.NewParams()
	params.Addrs = &[]string{"127.0.0.1:0"}
	params.Paths = []string{path}
	params.BundleMode = true
	params.Logger = logging.NewNoOpLogger()
	params.ConsoleLogger = logging.NewNoOpLogger()
	rt, err := runtime.NewRuntime(ctx, params)
	if err != nil {
		t.Fatalf("OPA runtime: %v", err)
	}
	served := make(chan error, 1)
	go func() { served <- rt.Serve(ctx) }()
	var addr string
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if a := rt.Addrs(); len(a) > 0 {
			addr = a[0]
			break
		}
		select {
		case err := <-served:
			t.Fatalf("OPA server stopped: %v", err)
		default:
		}
	}
	if addr == "" {
		t.Fatal("OPA server did not start")
	}

	src, err := os.ReadFile(filepath.Join("..", "..", "testdata", "examples", "ex02-northbrook.md"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := parse.Parse("ex02-northbrook.md", src)
	if err != nil {
		t.Fatal(err)
	}
	body, err := json.Marshal(map[string]any{"input": doc})
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Post("http://"+addr+"/v1/data/ccgvet/main/report", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct {
		Result struct {
			Findings []struct {
				Rule string `json:"rule"`
				Line int    `json:"line"`
			} `json:"findings"`
			Applicable map[string]bool `json:"applicable"`
		} `json:"result"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatalf("status %s: %v", resp.Status, err)
	}
	want := map[string]int{"member-sign-off/unsigned-practice@357": 0, "member-sign-off/unsigned-practice@364": 0, "clinical-majority/minority@190": 0}
	for _, f := range out.Result.Findings {
		key := f.Rule + "@" + strconv.Itoa(f.Line)
		if _, ok := want[key]; ok {
			want[key]++
		}
	}
	for k, n := range want {
		if n != 1 {
			t.Errorf("OPA served %d findings %s, want 1 (all: %+v)", n, k, out.Result.Findings)
		}
	}
	if out.Result.Applicable["clinical-majority"] != true {
		t.Errorf("applicable = %v", out.Result.Applicable)
	}
}
