#!/usr/bin/env bash
# WsBench set-up: installs what is missing from Debian 12, builds, and runs.
#
#   ./dev.sh run     install, build (release) and launch the workbench
#   ./dev.sh test    install, build and run the whole test suite
#
# Environment: JOBS (parallel build jobs, default: number of cores),
#              WSBENCH_FUZZ_SECONDS (seconds per fuzz target in `test`, default 15).
set -euo pipefail
cd "$(dirname "$0")"

BUILD_PACKAGES=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-websockets-dev qt6-charts-dev
    qt6-svg-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libgl-dev zlib1g-dev libssl-dev dpkg-dev file qt6-translations-l10n)
TEST_PACKAGES=(git clang clang-format libclang-rt-14-dev python3 python3-websockets python3-tornado
    openssl tinyproxy dante-server nodejs libxml2-utils gnome-keyring dbus-daemon)
# Only where the installed nodejs does not bring npm with it (Debian's nodejs does not).
NPM_PACKAGES=(npm)

install_missing() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    ((${#missing[@]})) || return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
}

jobs=${JOBS:-$(nproc)}

case ${1:-} in
run)
    install_missing "${BUILD_PACKAGES[@]}"
    cmake --preset release -DWSBENCH_BUILD_TESTS=OFF -DWSBENCH_BUILD_BENCH=OFF >/dev/null
    cmake --build --preset release -j "$jobs"
    shift
    exec build/release/app/wsbench "$@"
    ;;
test)
    install_missing "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    command -v npm >/dev/null || install_missing "${NPM_PACKAGES[@]}"
    exec scripts/run-tests.sh
    ;;
*)
    # The comment block at the top of this file is the usage text.
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
    exit 2
    ;;
esac
