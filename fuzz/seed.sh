#!/usr/bin/env bash
# Fills corpus/pipeline (not committed) with the example cases, every YAML file under
# tests/fixtures and the regressions. Run from anywhere; paths are relative to this script.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/pipeline
dirs=(../examples ../tests/fixtures)
[ -d regressions ] && dirs+=(regressions)
find "${dirs[@]}" -name '*.yaml' -type f |
  while IFS= read -r f; do
    # Name each seed after its path, so files with the same name do not overwrite each other.
    name=$(printf '%s' "${f#../}" | tr '/' '_')
    cp "$f" "corpus/pipeline/$name"
  done
echo "corpus/pipeline: $(find corpus/pipeline -type f | wc -l) files"
