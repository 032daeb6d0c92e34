# ccgvet: build, test, benchmark, lint and fuzz.
GO ?= go
FUZZTIME ?= 30s
BENCHTIME ?= 1s

.PHONY: all build test bench bench-compare lint fuzz clean

all: lint test build

build:
	$(GO) build -o bin/ccgvet ./cmd/ccgvet

# The race detector is part of every test run.
test:
	$(GO) vet ./...
	$(GO) test -race -count=1 ./...

# BenchmarkCheckBatch10000 generates and checks 10,000 documents, which
# takes minutes: hence the long timeout. BENCHFLAGS=-short leaves it out.
bench:
	$(GO) test -run '^$$' -bench . -benchmem -benchtime $(BENCHTIME) -timeout 60m $(BENCHFLAGS) ./...

# ccgvet against the goldmark floor and conftest, in one run: see
# docs/performance.md. Installs conftest with go install; not for CI.
bench-compare:
	bench/compare.sh

# golangci-lint at a pinned version, installed with go install into
# bin/tools on first use (a new version, a new file): every machine lints
# with the same checks. Its settings are in .golangci.yml.
GOLANGCI_LINT_VERSION := v2.15.0
GOLANGCI_LINT := bin/tools/golangci-lint-$(GOLANGCI_LINT_VERSION)

$(GOLANGCI_LINT):
	mkdir -p bin/tools
	GOBIN=$(CURDIR)/bin/tools $(GO) install github.com/golangci/golangci-lint/v2/cmd/golangci-lint@$(GOLANGCI_LINT_VERSION)
	mv bin/tools/golangci-lint $@

lint: $(GOLANGCI_LINT)
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GOLANGCI_LINT) run ./...

# Each fuzz target runs for FUZZTIME (go test allows one target per run);
# make test runs their seed corpora. New crashers land in testdata/fuzz of
# the package: commit them as seeds.
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) ./engine/parse
	$(GO) test -run '^$$' -fuzz '^FuzzCheck$$' -fuzztime $(FUZZTIME) ./engine
	$(GO) test -run '^$$' -fuzz '^FuzzDelimiterBound$$' -fuzztime $(FUZZTIME) ./engine/read/markdown
	$(GO) test -run '^$$' -fuzz '^FuzzReadDocx$$' -fuzztime $(FUZZTIME) ./engine/read/docx

clean:
	rm -rf bin
