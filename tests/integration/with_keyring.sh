#!/usr/bin/env bash
# usage: with_keyring.sh PROGRAM [ARGS...]
# Runs PROGRAM with a real Secret Service: a private D-Bus session bus with GNOME Keyring's
# secrets component, unlocked with a throwaway password, in a scratch home. Both end with it.
set -euo pipefail
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_DATA_HOME=$home/.local/share XDG_RUNTIME_DIR=$home/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- bash -c '
    printf "throwaway" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' keyring "$@"
