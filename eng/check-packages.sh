#!/usr/bin/env bash
# Checks what `dotnet pack Ims.Rules.sln -c Release` wrote to artifacts/packages: one package and one symbol
# package (.snupkg) for every project under src/, each package naming the repository and the commit, and each
# symbol package's PDB carrying Source Link to RepositoryUrl (eng/SourceLink.targets).
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(dotnet msbuild src/Ims.Rules/Ims.Rules.csproj -getProperty:PackageVersion)
repository=$(dotnet msbuild src/Ims.Rules/Ims.Rules.csproj -getProperty:RepositoryUrl)
failed=0
count=0
for project in src/*/*.csproj; do
  id=$(dotnet msbuild "$project" -getProperty:PackageId)
  assembly=$(dotnet msbuild "$project" -getProperty:AssemblyName)
  package="artifacts/packages/$id.$version.nupkg"
  symbols="artifacts/packages/$id.$version.snupkg"
  count=$((count + 1))
  if [ ! -f "$package" ] || [ ! -f "$symbols" ]; then
    echo "check-packages: $id: $package or $symbols is missing." >&2
    failed=1
    continue
  fi
  if ! unzip -p "$package" "$id.nuspec" | grep -qE "<repository type=\"git\" url=\"${repository//./\\.}\"[^>]* commit=\"[0-9a-f]{40}\""; then
    echo "check-packages: $id: the nuspec names no repository $repository with a commit." >&2
    failed=1
  fi
  if ! unzip -p "$symbols" "*/$assembly.pdb" | grep -aqF '"documents":'; then
    echo "check-packages: $id: the PDB in $symbols has no Source Link." >&2
    failed=1
  fi
done
if [ "$failed" -ne 0 ]; then
  exit 1
fi
echo "check-packages: $count packages, each with symbols and Source Link ($version)"
