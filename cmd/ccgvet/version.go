package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// buildInfo says exactly what was built: the module version (a release
// installed with go install module@vX, else the -ldflags version), the
// VCS revision it was built from, and the versions of the two libraries
// that decide what ccgvet reads and how it judges: OPA and goldmark.
type buildInfo struct {
	Version  string
	Revision string
	Time     string
	Modified bool
	Go       string
	OPA      string
	Goldmark string
}

func readBuildInfo() buildInfo {
	b := buildInfo{Version: version, Go: runtime.Version(), OPA: "unknown", Goldmark: "unknown"}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return b
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		b.Version = strings.TrimPrefix(v, "v")
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			b.Revision = s.Value
		case "vcs.time":
			b.Time = s.Value
		case "vcs.modified":
			b.Modified = s.Value == "true"
		}
	}
	for _, d := range bi.Deps {
		if d.Replace != nil {
			d = d.Replace
		}
		switch {
		case d.Path == "github.com/open-policy-agent/opa":
			b.OPA = d.Version
		case d.Path == "github.com/yuin/goldmark":
			b.Goldmark = d.Version
		}
	}
	return b
}

func (b buildInfo) String() string {
	var w strings.Builder
	fmt.Fprintf(&w, "ccgvet %s\n", b.Version)
	switch {
	case b.Revision == "":
		w.WriteString("revision: unknown (built without VCS information)\n")
	default:
		rev := b.Revision
		if b.Time != "" {
			rev += " (" + b.Time + ")"
		}
		if b.Modified {
			rev += ", with uncommitted changes"
		}
		fmt.Fprintf(&w, "revision: %s\n", rev)
	}
	fmt.Fprintf(&w, "go: %s\nopa: %s\ngoldmark: %s\n", b.Go, b.OPA, b.Goldmark)
	return w.String()
}

func newVersion() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version, the revision it was built from, and the OPA and goldmark versions",
		Example: `  ccgvet version
  ccgvet --version`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprint(cmd.OutOrStdout(), readBuildInfo())
			return err
		},
	}
}
