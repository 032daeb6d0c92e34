# ccgvet: build, test, benchmark, lint and fuzz.
GO ?= go
FUZZTIME ?= 30s
BENCHTIME ?= 1s

.PHONY: all build test bench lint fuzz verify clean

all: lint test build

build:
	$(GO) build -o bin/ccgvet ./cmd/ccgvet

# The race detector is part of every test run.
test:
	$(GO) vet ./...
	$(GO) test -race -count=1 ./...

bench:
	$(GO) test -run '^$$' -bench . -benchmem -benchtime $(BENCHTIME) ./...

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

# Each fuzz target runs for FUZZTIME (go test allows one target per run).
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) ./engine/parse

clean:
	rm -rf bin
