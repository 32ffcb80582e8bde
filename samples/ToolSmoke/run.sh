#!/usr/bin/env bash
# Installs the ims-rules tool (package Ims.Rules.Cli) from artifacts/packages into a temporary tool path,
# with an empty NuGet packages folder so that a stale copy is never used, then runs it as the README
# does and checks the exit code, the result format and the result itself against the approved one.
# Needs the packages in artifacts/packages: run `dotnet pack Ims.Rules.sln -c Release` first.
set -euo pipefail
cd "$(dirname "$0")/../.."

version=$(dotnet msbuild src/Ims.Rules.Cli/Ims.Rules.Cli.csproj -getProperty:PackageVersion)
if [ ! -f "artifacts/packages/Ims.Rules.Cli.$version.nupkg" ]; then
  echo "ToolSmoke: artifacts/packages/Ims.Rules.Cli.$version.nupkg is missing; run 'dotnet pack Ims.Rules.sln -c Release' first." >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
NUGET_PACKAGES="$work/packages" dotnet tool install Ims.Rules.Cli --version "$version" \
  --tool-path "$work/tools" --configfile samples/ToolSmoke/nuget.config

status=0
"$work/tools/ims-rules" compute docs/examples/monthly-trader.json --period 2025-10 >"$work/result.json" || status=$?
if [ "$status" -ne 0 ]; then
  echo "ToolSmoke: ims-rules compute exited with $status, expected 0." >&2
  exit 1
fi
if ! grep -qF '"format": "ims-2b/1"' "$work/result.json"; then
  echo "ToolSmoke: the result has no \"format\": \"ims-2b/1\":" >&2
  head -5 "$work/result.json" >&2
  exit 1
fi
"$work/tools/ims-rules" diff docs/examples/monthly-trader.2025-10.expected.json "$work/result.json"
echo "ToolSmoke: ims-rules $version ok"
