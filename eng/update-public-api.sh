#!/usr/bin/env bash
# Declares the public API as built: adds every public symbol that is missing from a library's
# PublicAPI.Unshipped.txt (RS0016) and removes every entry whose symbol is gone (RS0017), by applying the
# PublicApiAnalyzers' code fix with `dotnet format`. Run it after an intended API change (or after a merge that
# brings one), review the diff of src/*/PublicAPI.Unshipped.txt, and say in CHANGELOG.md what changed.
#
#   bash eng/update-public-api.sh                 # every library
#   bash eng/update-public-api.sh Ims.Rules.Json  # one library
#
# One project at a time: over the whole solution, dotnet format applies the fix to one project per run.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$#" -gt 0 ]; then
  projects=("$@")
else
  projects=()
  for shipped in src/*/PublicAPI.Shipped.txt; do
    projects+=("$(basename "$(dirname "$shipped")")")
  done
fi

dotnet restore Ims.Rules.sln >/dev/null
for project in "${projects[@]}"; do
  csproj="src/$project/$project.csproj"
  if [ ! -f "$csproj" ] || [ ! -f "src/$project/PublicAPI.Unshipped.txt" ]; then
    echo "update-public-api: $project is not a library with PublicAPI files under src/." >&2
    exit 2
  fi
  echo "update-public-api: $project"
  # Removals first, then additions, repeated until the build declares nothing missing or stale: fixing both at
  # once, or many members of one record, can leave some entries out of one pass.
  for round in 1 2 3 4 5; do
    dotnet format analyzers "$csproj" --diagnostics RS0017 --severity warn --no-restore
    dotnet format analyzers "$csproj" --diagnostics RS0016 --severity warn --no-restore
    build=$(dotnet build "$csproj" -c Release --no-restore 2>&1 || true)
    if ! grep -qE 'error RS001[67]' <<<"$build"; then
      break
    fi
    if [ "$round" -eq 5 ]; then
      echo "update-public-api: $project still has undeclared or stale API after 5 rounds; see 'dotnet build $csproj'." >&2
      exit 1
    fi
  done
done
git --no-pager diff --stat -- 'src/*/PublicAPI.*.txt' || true
