#!/usr/bin/env bash
# Makes a new Canopy module from template/: a Maven project of its own that builds outside this
# repository against the installed plugin API (README.md, "Writing a plugin").
#   new-module.sh <directory> <module-id> <java-package> "<Title>" [<group-id>]
# e.g. new-module.sh ../school-visits school-visits org.example.visits "School visits" org.example
set -euo pipefail
if [ $# -lt 4 ]; then
  sed -n '2,5p' "$0" >&2
  exit 2
fi
target=$1 id=$2 package=$3 title=$4 group=${5:-${3%.*}}
[[ $id =~ ^[a-z][a-z0-9-]{1,61}[a-z0-9]$ ]] || { echo "module id: lower-case letters, digits and hyphens, e.g. school-visits" >&2; exit 2; }
[[ $package =~ ^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$ ]] || { echo "java package: e.g. org.example.visits" >&2; exit 2; }
[[ $group =~ ^[a-zA-Z][a-zA-Z0-9_.-]*$ ]] || { echo "group id: e.g. org.example" >&2; exit 2; }
[[ $title != *[\&\|\\/\<\>\"]* ]] || { echo "title: none of & | \\ / < > \"" >&2; exit 2; }
[ ! -e "$target" ] || { echo "$target exists already" >&2; exit 2; }

template=$(cd "$(dirname "$0")/template" && pwd)
mkdir -p "$target"
cp -R "$template/." "$target/"
cd "$target"
package_path=${package//./\/}
for source in $(find . -depth -type d -name __PACKAGE_PATH__); do
  mkdir -p "$(dirname "$source")/$package_path"
  mv "$source"/* "$(dirname "$source")/$package_path/"
  rmdir "$source"
done
for source in $(find . -depth -name '*__MODULE_ID__*'); do
  mv "$source" "$(dirname "$source")/$(basename "$source" | sed "s/__MODULE_ID__/$id/g")"
done
find . -type f -exec sed -i -e "s/__MODULE_ID__/$id/g" -e "s/__PACKAGE__/$package/g" \
  -e "s/__GROUP_ID__/$group/g" -e "s/__TITLE__/$title/g" {} +
echo "$target: module $id ($title), package $package; build it with: mvn package"
