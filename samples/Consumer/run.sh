#!/usr/bin/env bash
# Restores the Consumer sample into a fresh, empty packages folder (so a stale copy of Ims.Rules in the
# global NuGet cache can never be used), runs it, and checks what it prints.
# Needs the packages in artifacts/packages: run `dotnet pack Ims.Rules.sln -c Release` first.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! ls artifacts/packages/Ims.Rules.*.nupkg >/dev/null 2>&1; then
  echo "Consumer: no Ims.Rules package in artifacts/packages; run 'dotnet pack Ims.Rules.sln -c Release' first." >&2
  exit 1
fi

packages=$(mktemp -d)
trap 'rm -rf "$packages"' EXIT
dotnet restore samples/Consumer --packages "$packages"
output=$(dotnet run --project samples/Consumer -c Release --no-restore)
echo "$output"

if [ ! -d "$packages/ims.rules" ]; then
  echo "Consumer: Ims.Rules was not restored from the package feed." >&2
  exit 1
fi
for expected in "GSTR-2B 2025-10 of 27AAPFU0939F1ZV, Generated" "inv-1: ItcAvailable, B2b, ITC IGST 180.00" \
  "inv-2: carried forward as Pending since 2025-10" "inv-3: ItcRejected"; do
  if ! grep -qF "$expected" <<<"$output"; then
    echo "Consumer: the output lacks '$expected'." >&2
    exit 1
  fi
done
echo "Consumer: ok"
