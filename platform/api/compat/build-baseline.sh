#!/usr/bin/env bash
# Builds the plugin API as released at a git revision into compat/canopy-api-<version>.jar, the
# baseline the build's binary-compatibility check (japicmp, platform/api/pom.xml) compares against.
#   platform/api/compat/build-baseline.sh <git revision> <version>
# e.g. platform/api/compat/build-baseline.sh 9eff24a 0.4.0   (the revision whose PluginApi.VERSION is 0.4.0)
set -euo pipefail
revision=${1:?git revision}
version=${2:?version, as PluginApi.VERSION spells it at that revision}
compat=$(cd "$(dirname "$0")" && pwd)
root=$(git -C "$compat" rev-parse --show-toplevel)
pf4j=$(ls "${HOME}"/.m2/repository/org/pf4j/pf4j/*/pf4j-*.jar | grep -v sources | tail -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

git -C "$root" archive "$revision" platform/api/src/main/java | tar -x -C "$work"
declared=$(grep -o 'VERSION = "[^"]*"' "$work/platform/api/src/main/java/org/canopy/platform/api/PluginApi.java" | cut -d'"' -f2)
if [ "$declared" != "$version" ]; then
  echo "PluginApi.VERSION at $revision is $declared, not $version" >&2
  exit 1
fi
mkdir "$work/classes"
javac --release 17 -parameters -nowarn -cp "$pf4j" -d "$work/classes" \
  $(find "$work/platform/api/src/main/java" -name '*.java')
printf 'Implementation-Version: %s\nImplementation-Build: %s\n' "$version" "$(git -C "$root" rev-parse "$revision")" > "$work/manifest"
# fixed timestamps, so the same revision always gives the same bytes
find "$work/classes" -exec touch -d '2026-01-01T00:00:00Z' {} +
(cd "$work/classes" && jar --create --file "$compat/canopy-api-$version.jar" --manifest "$work/manifest" --date 2026-01-01T00:00:00Z .)
echo "$compat/canopy-api-$version.jar"
