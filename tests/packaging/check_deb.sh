#!/usr/bin/env bash
# usage: check_deb.sh BUILD_DIR VERSION
set -euo pipefail
build=$1 version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null)
deb=$(ls "$work"/out/*.deb)
echo "package: $(basename "$deb")"

fields=$(dpkg-deb -f "$deb" Package Version Depends)
echo "$fields"
grep -q "^Version: $version" <<<"$fields" || { echo "wrong version" >&2; exit 1; }
# Dependencies come from dpkg-shlibdeps: Qt and the C++ runtime must be named.
grep -q "libqt6core6" <<<"$fields" || { echo "Depends lacks libqt6core6 (shlibdeps)" >&2; exit 1; }
grep -q "libqt6widgets6" <<<"$fields" || { echo "Depends lacks libqt6widgets6" >&2; exit 1; }

dpkg-deb -x "$deb" "$work/root"
for f in usr/bin/wsbench \
         usr/share/applications/io.github.wsbench.WsBench.desktop \
         usr/share/metainfo/io.github.wsbench.WsBench.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/io.github.wsbench.WsBench.svg; do
    [[ -e $work/root/$f ]] || { echo "missing from package: $f" >&2; exit 1; }
done

out=$("$work/root/usr/bin/wsbench" --version)
echo "unpacked: $out"
[[ $out == "wsbench $version" ]] || { echo "unexpected --version output: $out" >&2; exit 1; }
