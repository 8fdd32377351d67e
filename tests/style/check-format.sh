#!/bin/sh
# The C and C++ sources follow .clang-format, as clang-format 19 (the version of the package list) reads it:
# fails naming every file that is not formatted. `./dev.sh format` formats them.
set -eu
source_dir=${1:?the source directory}
clang_format=${2:-clang-format-19}
cd "$source_dir"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    files=$(git ls-files '*.cpp' '*.h')
else
    files=$(find app src ui tests -name '*.cpp' -o -name '*.h')
fi
unformatted=""
for file in $files; do
    if ! "$clang_format" --dry-run --Werror "$file" >/dev/null 2>&1; then
        unformatted="$unformatted $file"
    fi
done
if [ -n "$unformatted" ]; then
    echo "not formatted as .clang-format says (run ./dev.sh format):"
    for file in $unformatted; do echo "  $file"; done
    exit 1
fi
echo "$(echo "$files" | wc -w) files formatted"
