#!/usr/bin/env bash
# Measures the three tool figures of docs/performance.md ("The tool at test-suite speed"), whole processes, wall time:
#   1. start-up: `compute` of a shipped example, native and framework-dependent, median of RUNS runs;
#   2. batch: `compute --batch` over 10,000 small generated cases, and a sample of its lines against separate runs;
#   3. end to end: `compute` over the 1 M-record generated case, file to file, with peak memory;
#   4. reading: the same 513 MB file read in process (CaseReader over a FileStream, the file in the page cache), MB/s.
# Usage: [STEPS=34] [RUNS=21] [REFERENCE_TOOL=…] bash eng/measure-tool.sh [NATIVE_BINARY] (default artifacts/native/linux-x64/ims-rules; publish it with
#   dotnet publish src/Ims.Rules.Cli -c Release -r linux-x64 -p:PublishAot=true -o artifacts/native/linux-x64)
# Needs a Release build (dotnet build Ims.Rules.sln -c Release), python3 (to compare JSON) and about 2 GB in $TMPDIR.
# Prints the load average with each figure: on a shared machine, wall times say as much about the others as about us.
set -euo pipefail
cd "$(dirname "$0")/.."
native=${1:-artifacts/native/linux-x64/ims-rules}
managed=(dotnet src/Ims.Rules.Cli/bin/Release/net10.0/ims-rules.dll)
runs=${RUNS:-21}
steps=${STEPS:-1234} # which of the four to run: STEPS=34 for the 1 M-record figures only
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -x "$native" ] || { echo "No native tool at $native (see the usage above)." >&2; exit 1; }

load() { cut -d' ' -f1-3 /proc/loadavg; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
time_ms() { local start; start=$(now_ms); "$@" >/dev/null 2>&1 || true; echo $(( $(now_ms) - start )); }

example=(compute docs/examples/monthly-trader.json --period 2025-10)
if [[ $steps == *1* ]]; then
echo "== 1. start-up: ims-rules ${example[*]} > /dev/null, median of $runs runs (load $(load))"
for _ in $(seq 3); do time_ms "$native" "${example[@]}" >/dev/null; time_ms "${managed[@]}" "${example[@]}" >/dev/null; done
native_ms=$(for _ in $(seq "$runs"); do time_ms "$native" "${example[@]}"; done | median)
managed_ms=$(for _ in $(seq "$runs"); do time_ms "${managed[@]}" "${example[@]}"; done | median)
echo "native: ${native_ms} ms; framework-dependent: ${managed_ms} ms (load $(load))"

fi

if [[ $steps == *2* ]]; then
echo "== 2. batch: 10,000 generated cases of 20 records, compute --batch --period 2025-10"
"$native" generate --records 20 --cases 10000 --seed 1 --out "$work/cases.jsonl"
for tool in native managed; do
  if [ "$tool" = native ]; then run=("$native"); else run=("${managed[@]}"); fi
  start=$(now_ms)
  status=0
  "${run[@]}" compute "$work/cases.jsonl" --batch --period 2025-10 >"$work/$tool.jsonl" || status=$?
  echo "$tool: $(( $(now_ms) - start )) ms, exit $status, $(wc -l <"$work/$tool.jsonl") lines (load $(load))"
done
cmp -s "$work/native.jsonl" "$work/managed.jsonl" && echo "native and framework-dependent lines: identical" || echo "native and framework-dependent lines DIFFER"
# A sample of 100 cases, each run on its own, against its line.
python3 - "$native" "$work" <<'PY'
import json, subprocess, sys, os
tool, work = sys.argv[1], sys.argv[2]
cases = open(os.path.join(work, "cases.jsonl"), encoding="utf-8").read().splitlines()
lines = open(os.path.join(work, "native.jsonl"), encoding="utf-8").read().splitlines()
# Field order and numbers exactly as written (0.00 stays 0.00).
exact = lambda text: json.loads(text, parse_float=str, parse_int=str, object_pairs_hook=list)
sample = range(0, len(cases), len(cases) // 100)
bad = 0
for i in sample:
    path = os.path.join(work, "one.json")
    open(path, "w", encoding="utf-8").write(cases[i])
    single = subprocess.run([tool, "compute", path, "--period", "2025-10"], capture_output=True, text=True)
    line = dict(exact(lines[i]))
    same = line["exit"] == str(single.returncode) and line.get("output") == exact(single.stdout) \
        and line["messages"] == [m.strip() for m in single.stderr.splitlines() if m.strip()]
    bad += 0 if same else 1
print(f"a sample of {len(sample)} cases run separately: {'every line identical' if bad == 0 else str(bad) + ' lines DIFFER'}")
PY

fi

echo "== 3. end to end: compute over the 1 M-record case (seed 42), file to file"
"$native" generate --records 1000000 --seed 42 --out "$work/year.json"
cat "$work/year.json" >/dev/null # in the page cache, as a file just written or read again is
if [[ $steps == *3* ]]; then
for tool in native managed; do
  if [ "$tool" = native ]; then run=("$native"); else run=("${managed[@]}"); fi
  /usr/bin/time -f "$tool: %e s wall, %U s user, %S s sys, peak %M KB" "${run[@]}" compute "$work/year.json" --period 2025-10 -q >"$work/$tool-2025-10.json"
  echo "(load $(load))"
done
cmp -s "$work/native-2025-10.json" "$work/managed-2025-10.json" && echo "native and framework-dependent results: identical" || echo "results DIFFER"
if [ -n "${REFERENCE_TOOL:-}" ]; then # e.g. REFERENCE_TOOL=/path/to/main/artifacts/native/linux-x64/ims-rules: results must not change
  "$REFERENCE_TOOL" compute "$work/year.json" --period 2025-10 -q >"$work/reference-2025-10.json" || true
  cmp -s "$work/native-2025-10.json" "$work/reference-2025-10.json" && echo "results identical to $REFERENCE_TOOL's" || echo "results DIFFER from $REFERENCE_TOOL's"
fi

fi

if [[ $steps == *4* ]]; then
echo "== 4. reading: the 1 M-record case read in process, three runs (the first also compiles the code)"
dotnet benchmarks/Ims.Rules.Benchmarks/bin/Release/net10.0/Ims.Rules.Benchmarks.dll read-once "$work/year.json" 3
echo "(load $(load))"
fi
