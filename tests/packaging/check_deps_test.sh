#!/usr/bin/env bash
# usage: check_deps_test.sh SOURCE_DIR BUILD_DIR
# scripts/check-deps.sh passes with dev.sh as it is, and fails, naming the package, when
# libqt6opengl6-dev (which qt6-charts-dev needs but does not depend on) is taken out of it.
set -euo pipefail
source_dir=$1 build=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$source_dir/scripts/check-deps.sh" "$build"

sed 's/ libqt6opengl6-dev\b//' "$source_dir/dev.sh" >"$work/dev.sh"
! grep -q libqt6opengl6-dev "$work/dev.sh" || { echo "could not take the package out" >&2; exit 1; }
if "$source_dir/scripts/check-deps.sh" --dev-sh "$work/dev.sh" "$build" >"$work/out" 2>&1; then
    cat "$work/out"
    echo "the check passed without libqt6opengl6-dev in dev.sh" >&2
    exit 1
fi
cat "$work/out"
grep -q "Qt6OpenGL_DIR: .* comes from libqt6opengl6-dev, which dev.sh does not install" "$work/out" \
    || { echo "the failure does not name libqt6opengl6-dev" >&2; exit 1; }
