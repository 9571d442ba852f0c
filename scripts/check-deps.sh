#!/usr/bin/env bash
# Fails when the build or the tests use a Debian package that ./dev.sh does not install, so that
# a package installed by hand on one machine cannot hide a build that breaks on a new one.
#
#   scripts/check-deps.sh [--dev-sh FILE] BUILD_DIR...
#
# What counts as used:
#   - every package config directory, library and program CMake found: the absolute PATH and
#     FILEPATH entries of each BUILD_DIR/CMakeCache.txt (a *_DIR entry is represented by the
#     config file in it);
#   - every program the tests start: the first argument of each ProcessRunner in tests/, and the
#     commands that the test scripts run (listed below);
#   - every Python module that a test script imports, as /usr/bin/python3 finds it;
#   - clang's fuzzer and sanitizer runtimes.
# Each is mapped to the Debian package that owns it (dpkg -S). A package is accounted for when
# dev.sh lists it (any array named *_PACKAGES), when a listed package depends on it (apt-cache
# depends --recurse, without recommends), or when every Debian 12 system has it (Priority
# required or important). Anything else, and anything no package owns, is an error.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dev_sh=$root/dev.sh
if [[ ${1:-} == --dev-sh ]]; then
    dev_sh=$2
    shift 2
fi
(($#)) || { sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
build_dirs=("$@")
python=/usr/bin/python3
debian_path=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
# Commands run by scripts/run-tests.sh, scripts/check-format.sh, tests/packaging/*.sh and
# tests/integration/with_keyring.sh.
script_programs=(git clang-format clang++ cmake ctest cpack ninja dpkg-deb dpkg-shlibdeps file
    dbus-run-session gnome-keyring-daemon)
# Cache entries that are not dependencies: CMake's toolchain entries other than the compiler and
# the build program (install destinations, and binutils-like tools that CMake records from
# whichever family it finds first: binutils, which the compilers depend on, serves when llvm's
# are absent), and libraries that FindOpenGL records when present but that nothing here links.
skip_entries='^(CMAKE_.*|OPENGL_egl_LIBRARY|OPENGL_glu_LIBRARY|OPENGL_GLU_INCLUDE_DIR)$'
keep_entries='^(CMAKE_CXX_COMPILER|CMAKE_MAKE_PROGRAM)$'

errors=0
fail() { echo "check-deps: $*" >&2; errors=$((errors + 1)); }

# ---- what dev.sh installs, and everything that pulls in
mapfile -t listed < <(bash -c "$(awk '/^[A-Z_]*_PACKAGES=\(/ { on = 1 } on { print } on && /\)/ { on = 0 }' \
    "$dev_sh")"'
    for v in $(compgen -A variable | grep "_PACKAGES$"); do
        declare -n list=$v; printf "%s\n" "${list[@]}"; unset -n list
    done')
((${#listed[@]})) || { echo "check-deps: no *_PACKAGES lists found in $dev_sh" >&2; exit 2; }
declare -A accounted=()
while read -r pkg; do
    accounted[$pkg]=listed
done < <(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances "${listed[@]}" 2>/dev/null | awk '/^[^ ]/ { gsub(/[<>]|:any$/, ""); print }')
for pkg in "${listed[@]}"; do accounted[$pkg]=listed; done
while read -r pkg priority essential; do
    [[ $priority == required || $priority == important || $essential == yes ]] && accounted[$pkg]=base
done < <(dpkg-query -W -f='${Package} ${Priority} ${Essential}\n')

# ---- what is used: "what<TAB>path" lines
used=()
for build in "${build_dirs[@]}"; do
    cache=$build/CMakeCache.txt
    [[ -f $cache ]] || { fail "$cache not found (configure the build first)"; continue; }
    build_abs=$(cd "$build" && pwd)
    while IFS='=' read -r key value; do
        name=${key%%:*}
        [[ $name =~ $skip_entries && ! $name =~ $keep_entries ]] && continue
        [[ $value == /* && -e $value ]] || continue
        [[ $value == "$root"* || $value == "$build_abs"* ]] && continue
        if [[ $name == *_DIR && -d $value ]]; then
            config=$(find "$value" -maxdepth 1 \( -name '*Config.cmake' -o -name '*-config.cmake' \) \
                | sort | head -n 1)
            [[ -n $config ]] && value=$config
        fi
        used+=("cmake $name"$'\t'"$value")
    done < <(grep -E '^[A-Za-z0-9_.+-]+:(PATH|FILEPATH)=' "$cache")
done

mapfile -t test_programs < <(find "$root/tests" -name '*.cpp' -print0 | xargs -0 perl -0777 -ne \
    'while (/ProcessRunner\s+\w+\s*[({]\s*(?:QStringLiteral\("([^"]+)"\)|ProcessRunner::(python)\(\))/g)
         { print $1 // "'"$python"'", "\n" }' | sort -u)
for program in "${test_programs[@]}" "${script_programs[@]}"; do
    if [[ $program == /* ]]; then
        path=$program
    else
        path=$(PATH=$debian_path command -v "$program" || true)
    fi
    [[ -n $path && -e $path ]] || { fail "program '$program' used by the tests is not installed"; continue; }
    used+=("program $program"$'\t'"$path")
done

mapfile -t modules < <(find "$root/tests" -name '*.py' -print0 | xargs -0 perl -ne \
    'print "$2\n" if /^\s*(import|from)\s+([A-Za-z_]\w*)/' | sort -u)
while IFS=$'\t' read -r module origin; do
    case $origin in
    '') fail "Python module '$module' used by the tests is not importable by $python" ;;
    built-in | frozen) ;;
    *) used+=("python module $module"$'\t'"$origin") ;;
    esac
done < <("$python" - "${modules[@]}" <<'EOF'
import importlib.util, sys
for name in sys.argv[1:]:
    spec = importlib.util.find_spec(name)
    print(f"{name}\t{spec.origin if spec and spec.origin else ''}")
EOF
)

runtime_dir=$(clang++ -print-runtime-dir 2>/dev/null || true)
for rt in fuzzer asan ubsan_standalone; do
    path=$runtime_dir/libclang_rt.$rt-$(uname -m).a
    [[ -e $path ]] || path=$runtime_dir/libclang_rt.$rt.a
    [[ -e $path ]] || { fail "clang's $rt runtime (libclang_rt.$rt) is not installed"; continue; }
    used+=("clang runtime $rt"$'\t'"$path")
done

# ---- map each path to its packages and require one of them to be accounted for
owners() { # prints the owning packages of a path, trying its resolved and merged-/usr forms
    local candidate out
    for candidate in "$1" "$(readlink -f "$1")"; do
        for form in "$candidate" "${candidate#/usr}" "/usr$candidate"; do
            [[ $form == /* ]] || continue
            if out=$(dpkg-query -S "$form" 2>/dev/null); then
                awk -v p="$form" 'index($0, ": " p) { sub(/: .*/, ""); gsub(/, /, "\n"); print }' \
                    <<<"$out" | sed 's/:.*//' | sort -u
                return 0
            fi
        done
    done
    return 1
}

checked=0
declare -A reported=()
for entry in "${used[@]}"; do
    what=${entry%%$'\t'*}
    path=${entry#*$'\t'}
    checked=$((checked + 1))
    if ! mapfile -t pkgs < <(owners "$path") || ((${#pkgs[@]} == 0)); then
        fail "$what: $path belongs to no Debian package"
        continue
    fi
    ok=
    for pkg in "${pkgs[@]}"; do [[ -n ${accounted[$pkg]:-} ]] && ok=1; done
    if [[ -z $ok && -z ${reported[${pkgs[0]}]:-} ]]; then
        reported[${pkgs[0]}]=1
        fail "$what: $path comes from ${pkgs[*]}, which $(basename "$dev_sh") does not install"
    fi
done

if ((errors)); then
    echo "check-deps: $errors problem(s); add the package(s) to the lists in $(basename "$dev_sh")" >&2
    exit 1
fi
echo "check-deps: $checked dependencies, all installed by $(basename "$dev_sh") or part of Debian 12"
