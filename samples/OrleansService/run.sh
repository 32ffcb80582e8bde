#!/usr/bin/env bash
# Runs the service sample as README's "Running as a service" says: two silos of one cluster on this machine (the
# second joins the first, development clustering), each with the HTTP API, storing in the PostgreSQL database in
# IMS_ORLEANS_POSTGRES (bash eng/orleans-database.sh makes it), then the client through both silos' gateways, then the
# HTTP API through the other silo; checks what they answer, and stops the silos.
# Needs the packages in artifacts/packages: run `dotnet pack Ims.Rules.sln -c Release` first.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ -z "${IMS_ORLEANS_POSTGRES:-}" ]; then
  echo "OrleansService: set IMS_ORLEANS_POSTGRES (bash eng/orleans-database.sh prints it)." >&2
  exit 1
fi
if ! ls artifacts/packages/Ims.Rules.Orleans.*.nupkg >/dev/null 2>&1; then
  echo "OrleansService: no Ims.Rules.Orleans package in artifacts/packages; run 'dotnet pack Ims.Rules.sln -c Release' first." >&2
  exit 1
fi

packages=$(mktemp -d)
logs=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$packages" "$logs"
}
trap cleanup EXIT

# A cluster of its own for this run, so that silos left from earlier runs are never asked to join.
cluster="sample-$$-$(date +%s)"
dotnet restore samples/OrleansService/Silo --packages "$packages"
dotnet restore samples/OrleansService/Client --packages "$packages"
dotnet build samples/OrleansService/Silo -c Release --no-restore -v quiet -nologo
dotnet build samples/OrleansService/Client -c Release --no-restore -v quiet -nologo

# The first silo is the cluster's primary (development clustering); the second joins it once it answers.
for n in 0 1; do
  primary=()
  [ "$n" = 0 ] || primary=(--primary 127.0.0.1:21111)
  dotnet run --project samples/OrleansService/Silo -c Release --no-build -- \
    --silo-port $((21111 + n)) --gateway-port $((31000 + n)) --urls "http://127.0.0.1:$((5180 + n))" --cluster "$cluster" \
    "${primary[@]}" >"$logs/silo$n.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 90); do
    curl -fs "http://127.0.0.1:$((5180 + n))/recipients/27AAPFU0939F1ZV/findings" >/dev/null 2>&1 && break
    sleep 1
  done
  if ! curl -fs "http://127.0.0.1:$((5180 + n))/recipients/27AAPFU0939F1ZV/findings" >/dev/null; then
    echo "OrleansService: silo $n did not answer; its log:" >&2
    cat "$logs/silo$n.log" >&2
    exit 1
  fi
done

output=$(dotnet run --project samples/OrleansService/Client -c Release --no-build -- --cluster "$cluster" --gateways 127.0.0.1:31000,127.0.0.1:31001 2>&1 || true)
echo "$output"
if [ "$(grep -c 'the first again changed nothing; GSTR-2B 2025-06 Generated, [0-9]* documents; the same as the library: yes' <<<"$output")" != 3 ]; then
  echo "OrleansService: the client did not get the library's statements for its three recipients." >&2
  exit 1
fi

# The HTTP API of the second silo answers for a recipient the client sent through the cluster.
gstin=$(head -n 1 <<<"$output" | cut -d: -f1)
statement=$(curl -fs "http://127.0.0.1:5181/recipients/$gstin/statements/2025-06")
grep -q '"format": "ims-2b/1"' <<<"$statement" || { echo "OrleansService: no ims-2b/1 statement over HTTP: $statement" >&2; exit 1; }
# Each answer is held whole before it is searched: grep -q stops reading at its first match, and under pipefail the
# writer cut off by it would fail the run.
timeline=$(curl -fs "http://127.0.0.1:5181/recipients/$gstin/timeline?from=2025-04&to=2025-06")
grep -q '"format": "ims-2b-timeline/1"' <<<"$timeline" || { echo "OrleansService: no timeline over HTTP." >&2; exit 1; }
explanation=$(curl -fs "http://127.0.0.1:5180/recipients/$gstin/records/r1?at=2025-08-01T00:00:00%2B05:30")
grep -q '"route"' <<<"$explanation" || { echo "OrleansService: no explanation over HTTP." >&2; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST --data '{"format": "ims-case/1"' "http://127.0.0.1:5180/recipients/$gstin/events")
[ "$status" = 422 ] || { echo "OrleansService: a broken batch answered $status, not 422." >&2; exit 1; }
echo "OrleansService: ok"
