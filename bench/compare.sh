#!/usr/bin/env bash
# Times ccgvet against its floor and against conftest, in one run on one
# machine, and prints the ratios the performance targets are set in
# (docs/performance.md, issue 17):
#
#   (a) ccgvet check over N generated documents (default 1,000);
#   (b) the floor: goldmark parsing alone of the same files (bench/floor);
#       (a) and (b) run PAIRS times, one right after the other, and the
#       ratio reported is the median of the pairs' ratios, so that a change
#       of load between runs moves it less;
#   (c) the route a conftest user would take: `ccgvet parse` of every
#       document to JSON (one process per document, as many at once as
#       CPUs), then conftest (pinned, installed here with go install, never
#       in CI) running the same Rego over the JSON; both counted;
#   (d) one document, cold: process start to exit, RUNS times;
#   (e) BIG documents (default 10,000): time, documents per second and peak
#       RSS, to show time grows linearly and memory does not;
#   (f) COPIES copies (default 400) of one constitution in one batch: the
#       batch rule must grow with the practices listed, not their pairs.
#
# Usage: bench/compare.sh
# Environment: N (1000), BIG (10000, 0 to skip), SEED (1), RUNS (20),
#   PAIRS (3), COPIES (400, 0 to skip), BIG_TIMEOUT (seconds, 1800),
#   CONFTEST (a conftest binary to use instead of installing one; "skip" to
#   leave conftest out), KEEP (1 keeps the work folder).
set -euo pipefail

N=${N:-1000}
BIG=${BIG:-10000}
SEED=${SEED:-1}
RUNS=${RUNS:-20}
PAIRS=${PAIRS:-3}
COPIES=${COPIES:-400}
BIG_TIMEOUT=${BIG_TIMEOUT:-1800}
CONFTEST=${CONFTEST:-}

cd "$(dirname "$0")/.."
work=$(mktemp -d "${TMPDIR:-/tmp}/ccgvet-compare.XXXXXX")
if [[ "${KEEP:-}" == 1 ]]; then
	echo "work folder: $work"
else
	trap 'rm -rf "$work"' EXIT
fi

say() { printf '%s\n' "$*" >&2; }
trap 'say "compare.sh: line $LINENO failed"' ERR

if [[ ! -x /usr/bin/time ]]; then
	say "compare.sh needs GNU time (/usr/bin/time) for peak memory: apt-get install time"
	exit 2
fi

# now prints the time in nanoseconds.
now() { date +%s%N; }

# timed NAME CMD...: runs CMD with its output to $work/NAME.out, and sets
# SECS (wall time), CPU_S (user and system CPU time) and RSS_MB (peak
# resident memory). Exit status 1 means
# findings (ccgvet) or failures (conftest), not an error.
timed() {
	local name=$1
	shift
	local start end status=0
	start=$(now)
	/usr/bin/time -f '%M %U %S' -o "$work/$name.rss" "$@" >"$work/$name.out" 2>"$work/$name.err" || status=$?
	end=$(now)
	if ((status > 1)); then
		say "$name failed (exit status $status):"
		tail -n 20 "$work/$name.err" >&2
		return 1
	fi
	SECS=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", (e - s) / 1e9 }')
	RSS_MB=$(tail -n 1 "$work/$name.rss" | awk '{ printf "%.0f", $1 / 1024 }')
	CPU_S=$(tail -n 1 "$work/$name.rss" | awk '{ printf "%.1f", $2 + $3 }')
}

# median N...: the middle of the numbers (the lower middle of an even count).
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# meets X OP Y: "met" when X OP Y holds (OP is >= or <=), else "not met".
# A figure that is missing or 0 was not measured.
meets() { awk -v x="$1" -v y="$3" -v op="$2" 'BEGIN { if (x == "" || x + 0 == 0) { print "not measured"; exit } ok = (op == ">=") ? (x >= y) : (x <= y); print (ok ? "met" : "**not met**") }'; }

# ratio A B: A ÷ B, as "12.3×".
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f×", a / b; else print "n/a" }'; }

say "building ccgvet, ccgvet-gen and the floor"
go build -o "$work/ccgvet" ./cmd/ccgvet
go build -o "$work/ccgvet-gen" ./internal/gen/cmd/ccgvet-gen
go build -o "$work/floor" ./bench/floor
ccgvet=$work/ccgvet

say "generating $N documents (seed $SEED)"
"$work/ccgvet-gen" -n "$N" -seed "$SEED" -o "$work/docs"
bytes=$(cat "$work"/docs/*.md | wc -c)
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')
load_start=$(cut -d' ' -f1-3 /proc/loadavg)

# Warm the page cache, so that no run pays for the first read.
cat "$work"/docs/*.md >/dev/null

# (a) and (b) in pairs: the ratios of each pair, and the figures of the
# pair with the median wall ratio.
wall_ratios=() cpu_ratios=()
for ((p = 1; p <= PAIRS; p++)); do
	say "(a) ccgvet check over $N documents, pair $p of $PAIRS"
	timed check "$ccgvet" check --format json "$work/docs"
	c_s=$SECS c_rss=$RSS_MB c_cpu=$CPU_S
	say "(b) floor: goldmark alone over the same files, pair $p of $PAIRS"
	timed floor "$work/floor" "$work/docs"
	# A run too short to time (0.0 s of CPU) gives no ratio (0).
	wall_ratios+=("$(awk -v a="$c_s" -v b="$SECS" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')")
	cpu_ratios+=("$(awk -v a="$c_cpu" -v b="$CPU_S" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')")
	if ((p == 1)) || [[ "${wall_ratios[-1]}" == "$(median "${wall_ratios[@]}")" ]]; then
		check_s=$c_s check_rss=$c_rss check_cpu=$c_cpu floor_s=$SECS floor_cpu=$CPU_S
	fi
done
floor_wall=$(median "${wall_ratios[@]}")
floor_cpu_ratio=$(median "${cpu_ratios[@]}")
check_errors=$(grep -o '"severity": *"error"' "$work/check.out" | wc -l)

say "(c) conftest"
conftest_s="" conftest_note=""
if [[ "$CONFTEST" == skip ]]; then
	conftest_note="skipped (CONFTEST=skip)"
elif [[ -z "$CONFTEST" ]]; then
	say "    installing conftest with go install (a few minutes)"
	if GOBIN="$work/gobin" go install github.com/open-policy-agent/conftest@v0.71.1 >"$work/conftest-install.log" 2>&1; then
		CONFTEST=$work/gobin/conftest
	else
		conftest_note="skipped: go install failed (see below)"
		tail -n 5 "$work/conftest-install.log" >&2
	fi
fi
if [[ -n "$CONFTEST" && "$CONFTEST" != skip ]]; then
	say "    ccgvet parse of every document to JSON"
	mkdir -p "$work/json" "$work/policy" "$work/data"
	cat >"$work/parse-all.sh" <<'SH'
find "$2/docs" -name '*.md' -print0 |
	xargs -0 -P "$(nproc)" -I{} sh -c 'f=$1; "$0" parse -o "$2/json/$(basename "$f" .md).json" "$f"' "$1" {} "$2"
SH
	timed parse bash "$work/parse-all.sh" "$ccgvet" "$work"
	parse_s=$SECS parse_cpu=$CPU_S
	# The same policies and data ccgvet checks with, from its bundle.
	"$ccgvet" bundle -o "$work/ccgvet.tar.gz"
	tar -xzf "$work/ccgvet.tar.gz" -C "$work/policy" 2>/dev/null
	mv "$work/policy/data.json" "$work/data/data.json"
	rm -f "$work/policy/.manifest"
	cp bench/conftest/adapter.rego "$work/policy/"
	say "    conftest test over $N JSON documents"
	timed conftest "$CONFTEST" test --no-color --output json --policy "$work/policy" --data "$work/data" --namespace conftest_adapter "$work/json"
	conftest_s=$SECS conftest_cpu=$CPU_S conftest_rss=$RSS_MB
	route_s=$(awk -v a="$parse_s" -v b="$conftest_s" 'BEGIN { printf "%.2f", a + b }')
	route_cpu=$(awk -v a="$parse_cpu" -v b="$conftest_cpu" 'BEGIN { printf "%.1f", a + b }')
	conftest_errors=$(grep -o '"msg"' "$work/conftest.out" | wc -l)
	conftest_note="$("$CONFTEST" --version | tr '\n' ' ')"
fi

say "(d) one document, cold, $RUNS runs"
docs=("$work"/docs/*.md)
one=${docs[0]}
"$ccgvet" check "$one" >/dev/null || true
cold=()
for ((i = 0; i < RUNS; i++)); do
	start=$(now)
	"$ccgvet" check "$one" >/dev/null || true
	end=$(now)
	cold+=("$(((end - start) / 1000000))")
done
cold_median=$(median "${cold[@]}")
cold_min=$(printf '%s\n' "${cold[@]}" | sort -n | awk 'NR == 1')
# What the cold check is made of: starting alone (ccgvet version), and
# starting, compiling the policies and checking a document of one line
# (the compile is left to the first document, so a command that checks
# none does not pay it).
printf '# 1. Membership\n' >"$work/one-line.md"
start_ms=() compile=()
for ((i = 0; i < RUNS; i++)); do
	start=$(now)
	"$ccgvet" version >/dev/null
	end=$(now)
	start_ms+=("$(((end - start) / 1000000))")
	start=$(now)
	"$ccgvet" check "$work/one-line.md" >/dev/null || true
	end=$(now)
	compile+=("$(((end - start) / 1000000))")
done
start_median=$(median "${start_ms[@]}")
compile_median=$(median "${compile[@]}")

big_line=""
if ((BIG > 0)); then
	say "(e) $BIG documents (timeout ${BIG_TIMEOUT}s)"
	rm -rf "$work/json"
	"$work/ccgvet-gen" -n "$BIG" -seed "$SEED" -o "$work/big"
	cat "$work"/big/*.md >/dev/null
	if timed big timeout "$BIG_TIMEOUT" "$ccgvet" check --format json "$work/big"; then
		big_rate=$(awk -v n="$BIG" -v s="$SECS" 'BEGIN { printf "%.0f", n / s }')
		small_rate=$(awk -v n="$N" -v s="$check_s" 'BEGIN { printf "%.0f", n / s }')
		# Linear: documents per second at BIG within 10% of the rate at N.
		linear=$(meets "$big_rate" ">=" "$(awk -v r="$small_rate" 'BEGIN { print r * 0.9 }')")
		big_line="| (e) ccgvet check, $BIG documents | ${SECS} s (CPU ${CPU_S} s), ${big_rate} docs/s (${small_rate} docs/s at $N: $(ratio "$big_rate" "$small_rate")), peak RSS ${RSS_MB} MB | rate within 10%, ≤ 150 MB | rate: $linear; memory: $(meets "$RSS_MB" "<=" 150) |"
	else
		big_line="| (e) ccgvet check, $BIG documents | did not finish in ${BIG_TIMEOUT} s | rate within 10%, ≤ 150 MB | **not met** |"
	fi
fi

copies_line=""
if ((COPIES > 0)); then
	say "(f) $COPIES copies of one constitution in one batch"
	mkdir -p "$work/copies"
	for ((i = 0; i < COPIES; i++)); do
		cp "$one" "$work/copies/copy-$i.md"
	done
	timed copies "$ccgvet" check --format json "$work/copies"
	copies_line="| (f) ccgvet check, $COPIES copies of one constitution | ${SECS} s (CPU ${CPU_S} s), peak RSS ${RSS_MB} MB | < 3 s | $(meets "$SECS" "<=" 3) |"
fi

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
echo
echo "ccgvet compare: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs ($cpu), load average at start $load_start"
echo "$N documents generated with seed $SEED: $mb MB"
echo
echo "| measure | result | target | |"
echo "|---|---|---|---|"
echo "| (a) ccgvet check, $N documents | ${check_s} s (CPU ${check_cpu} s), peak RSS ${check_rss} MB, $check_errors error findings | | |"
echo "| (b) floor: goldmark alone | ${floor_s} s (CPU ${floor_cpu} s) | | |"
if [[ -n "$conftest_s" ]]; then
	echo "| (c) ccgvet parse of each document | ${parse_s} s (CPU ${parse_cpu} s) | | |"
	echo "| (c) conftest, same Rego, JSON input | ${conftest_s} s (CPU ${conftest_cpu} s), peak RSS ${conftest_rss} MB, $conftest_errors failures ($conftest_note) | | |"
	echo "| conftest route (parse + conftest) ÷ ccgvet, wall (CPU) | $(ratio "$route_s" "$check_s") ($(ratio "$route_cpu" "$check_cpu")) | ≥ 5× | wall: $(meets "$(awk -v a="$route_s" -v b="$check_s" 'BEGIN { print a / b }')" ">=" 5); CPU: $(meets "$(awk -v a="$route_cpu" -v b="$check_cpu" 'BEGIN { print a / b }')" ">=" 5) |"
else
	echo "| (c) conftest | $conftest_note | | |"
fi
echo "| ccgvet ÷ floor, wall (CPU), median of $PAIRS pairs | ${floor_wall}× (${floor_cpu_ratio}×); pairs ${wall_ratios[*]} (${cpu_ratios[*]}) | ≤ 4× | wall: $(meets "$floor_wall" "<=" 4); CPU: $(meets "$floor_cpu_ratio" "<=" 4) |"
echo "| (d) one document, cold, start to exit | median ${cold_median} ms, best ${cold_min} ms ($RUNS runs) | ≤ 30 ms | $(meets "$cold_median" "<=" 30) |"
echo "| of which: starting (ccgvet version) | median ${start_median} ms | | |"
echo "| of which: starting, compiling and a one-line document | median ${compile_median} ms | | |"
[[ -n "$big_line" ]] && echo "$big_line"
[[ -n "$copies_line" ]] && echo "$copies_line"
exit 0
