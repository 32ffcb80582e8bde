#!/usr/bin/env bash
# Declares the public API as built, in every library's src/PROJECT/PublicAPI.Unshipped.txt: adds each public symbol
# the build reports as undeclared (RS0016) and removes each declared one that is gone (RS0017; one released in
# PublicAPI.Shipped.txt is marked *REMOVED* instead). It reads the exact declaration text from the PublicApiAnalyzers
# messages and repeats the build until none is left (a library whose dependency failed is only checked in the
# next round). Run it after an intended API change or a merge that brings one, review the diff of
# src/*/PublicAPI.Unshipped.txt, and say in CHANGELOG.md what changed.
#
#   bash eng/update-public-api.sh
#
# (`dotnet format analyzers --diagnostics RS0016 RS0017` applies the analyzer's own code fix, but over the solution
# it fixes one project per run, and with both rules, or many members of one record, it drops entries.)
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet restore Ims.Rules.sln >/dev/null
for round in 1 2 3 4 5 6; do
  build=$(dotnet build Ims.Rules.sln -c Release --no-restore 2>&1 || true)
  # "…/File.cs(6,22): error RS0016: Symbol 'DECLARATION' is not part of the declared public API (…) […/PROJECT.csproj]"
  found=$(grep -oE "error RS001[67]: Symbol '.*' (is not part|is part) of the declared .*\[[^]]*\.csproj\]" <<<"$build" \
    | sed -E "s/^error (RS001[67]): Symbol '(.*)' (is not part|is part) of the declared .*\[(.*)\]$/\1\t\4\t\2/" | sort -u || true)
  if [ -z "$found" ]; then
    echo "update-public-api: every library's public API is declared (round $round)."
    git --no-pager diff --stat -- 'src/*/PublicAPI.*.txt' || true
    exit 0
  fi
  while IFS=$'\t' read -r rule csproj symbol; do
    dir=$(dirname "$csproj")
    unshipped="$dir/PublicAPI.Unshipped.txt"
    if [ "$rule" = RS0016 ]; then
      printf '%s\n' "$symbol" >>"$unshipped"
    elif grep -qxF -- "$symbol" "$dir/PublicAPI.Shipped.txt"; then
      printf '*REMOVED*%s\n' "$symbol" >>"$unshipped"
    else
      grep -vxF -- "$symbol" "$unshipped" >"$unshipped.tmp" || true
      mv "$unshipped.tmp" "$unshipped"
    fi
  done <<<"$found"
  for unshipped in src/*/PublicAPI.Unshipped.txt; do
    { echo '#nullable enable'; grep -vx '#nullable enable' "$unshipped" | LC_ALL=C sort -u; } >"$unshipped.tmp"
    mv "$unshipped.tmp" "$unshipped"
  done
  echo "update-public-api: round $round declared $(wc -l <<<"$found") changes."
done
echo "update-public-api: the build still reports undeclared API after 6 rounds; see 'dotnet build Ims.Rules.sln -c Release'." >&2
exit 1
