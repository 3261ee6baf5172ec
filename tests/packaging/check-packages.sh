#!/usr/bin/env bash
# SPDX-FileCopyrightText: Switchboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The Linux packages as an administrator gets them. Builds the .deb (and .rpm where rpmbuild is
# installed) packages from this build with CPack, installs the .debs with dpkg into an empty root
# (maintainer scripts run chrootless with DPKG_ROOT, so nothing outside that root changes), runs the
# installed programs from there (no RUNPATH, nothing from the build tree), starts the installed hub
# with the installed configuration and asks it for /healthz, validates the desktop file and the
# AppStream metainfo, removes and purges the hub package, and checks that every translation is
# complete and that lupdate finds no string left untranslated.
#   check-packages.sh BUILD_DIR SOURCE_DIR CPACK LUPDATE GENERATE_LUPDATE_PROJECT_SCRIPT
set -euo pipefail

build=$1
source=$2
cpack=$3
lupdate=$4
lupdate_project_script=$5
# dpkg wants ldconfig and start-stop-daemon on PATH, which a user's PATH may lack.
export PATH=$PATH:/usr/sbin:/sbin

work=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-packages.XXXXXX")
hub_pid=
cleanup() {
    [ -z "$hub_pid" ] || kill "$hub_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

step() { printf '== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
# contains TEXT WORD...: every word appears in the comma/space separated TEXT.
contains() {
    local text=$1 word
    shift
    for word in "$@"; do
        grep -Eq "(^|[ ,|])${word}([ ,(|]|$)" <<<"$text" || fail "'$word' missing in: $text"
    done
}

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[ -n "$version" ] || fail "no project version in $build/CMakeCache.txt"
arch=$(dpkg --print-architecture)

step "Debian packages (CPack, version $version)"
"$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$work/packages" >"$work/cpack-deb.log" 2>&1 \
    || { cat "$work/cpack-deb.log"; fail "cpack -G DEB"; }
desktop_deb=$work/packages/switchboard_${version}_${arch}.deb
hub_deb=$work/packages/switchboard-hub_${version}_${arch}.deb
[ -f "$desktop_deb" ] && [ -f "$hub_deb" ] || { ls "$work/packages"; fail "expected two .debs"; }

[ "$(dpkg-deb -f "$desktop_deb" Version)" = "$version" ] || fail "desktop package version"
[ "$(dpkg-deb -f "$hub_deb" Version)" = "$version" ] || fail "hub package version"
# Libraries from dpkg-shlibdeps, and what Qt and QtKeychain load at run time.
contains "$(dpkg-deb -f "$desktop_deb" Depends)" libqt6widgets6 libqt6keychain1 'libcurl4[a-z-]*' \
    libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 libsecret-1-0
contains "$(dpkg-deb -f "$hub_deb" Depends)" libqt6httpserver6 libsodium23 libmimalloc2.0 libqt6sql6-sqlite adduser
[ "$(dpkg-deb --ctrl-tarfile "$hub_deb" | tar -xOf - ./conffiles)" = /etc/switchboard/hub.conf ] \
    || fail "hub.conf is not the hub package's conffile"

if command -v rpmbuild >/dev/null; then
    step "RPM packages"
    "$cpack" --config "$build/CPackConfig.cmake" -G RPM -B "$work/rpm" >"$work/cpack-rpm.log" 2>&1 \
        || { cat "$work/cpack-rpm.log"; fail "cpack -G RPM"; }
    desktop_rpm=$(ls "$work"/rpm/switchboard-"$version"-*.rpm)
    hub_rpm=$(ls "$work"/rpm/switchboard-hub-"$version"-*.rpm)
    [ "$(rpm -qp --qf '%{VERSION}' "$hub_rpm")" = "$version" ] || fail "hub rpm version"
    requires=$(rpm -qp --requires "$desktop_rpm" | tr '\n' ' ')
    contains "$requires" qt6-qtbase-gui qt6-qtsvg libsecret 'libQt6Widgets.so.6[^ ]*' 'libqt6keychain.so.1[^ ]*'
    [ "$(rpm -qp --configfiles "$hub_rpm")" = /etc/switchboard/hub.conf ] || fail "hub.conf not %config in the rpm"
    # Whole outputs first: grep -q closing a pipe early would fail it under pipefail.
    modes=$(rpm -qp --qf '[%{FILEMODES:perms} %{FILEGROUPNAME} %{FILENAMES}\n]' "$hub_rpm")
    grep -qx -- '-rw-r----- switchboard /etc/switchboard/hub.conf' <<<"$modes" || fail "hub.conf mode in the rpm"
    grep -q 'useradd -r -g switchboard' <<<"$(rpm -qp --scripts "$hub_rpm")" || fail "rpm %pre creates no user"
    grep -qx /usr/lib/systemd/system/switchboard-hub.service <<<"$(rpm -qlp "$hub_rpm")" \
        || fail "unit not in the rpm"
else
    step "RPM packages: rpmbuild is not installed, skipped"
fi

step "Installing both .debs into an empty root"
root=$work/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/etc"
: >"$root/var/lib/dpkg/status"
printf 'root:x:0:0:root:/root:/bin/sh\n' >"$root/etc/passwd"
printf 'root:x:0:\n' >"$root/etc/group"
dpkg_root() {
    dpkg --root="$root" --force-not-root --force-depends --force-script-chrootless \
        --log="$work/dpkg.log" "$@"
}
dpkg_root -i "$desktop_deb" "$hub_deb" >"$work/dpkg-install.log" 2>&1 \
    || { cat "$work/dpkg-install.log"; fail "dpkg -i"; }
for package in switchboard switchboard-hub; do
    [ "$(dpkg-query --root="$root" -W -f='${Status}' "$package")" = "install ok installed" ] \
        || fail "$package is not installed and configured"
done
grep -q '^switchboard:x:[0-9]*:[0-9]*:Switchboard hub:/var/lib/switchboard:/usr/sbin/nologin$' \
    "$root/etc/passwd" || fail "postinst made no switchboard user"
# Ownership only when dpkg runs as root; without, it and the scripts leave it alone.
if [ "$(id -u)" -eq 0 ]; then
    gid=$(awk -F: '$1 == "switchboard" { print $3 }' "$root/etc/group")
    [ "$(stat -c '%a %u %g' "$root/etc/switchboard/hub.conf")" = "640 0 $gid" ] \
        || fail "hub.conf is not 0640 root:switchboard"
else
    [ "$(stat -c '%a' "$root/etc/switchboard/hub.conf")" = 640 ] || fail "hub.conf is not 0640"
fi
for file in usr/bin/switchboard usr/bin/switchboard-hub usr/lib/systemd/system/switchboard-hub.service \
    usr/lib/sysusers.d/switchboard-hub.conf usr/share/doc/switchboard-hub/admin.md; do
    [ -e "$root/$file" ] || fail "/$file is not installed"
done
# The installed unit's directives, checked by systemd (the empty root has no systemd units of its
# own to check against, so against the host's, with ExecStart pointing into the root).
mkdir "$work/unit"
sed "s|/usr/bin/switchboard-hub|$root/usr/bin/switchboard-hub|" \
    "$root/usr/lib/systemd/system/switchboard-hub.service" >"$work/unit/switchboard-hub.service"
systemd-analyze verify --man=no "$work/unit/switchboard-hub.service" \
    || fail "systemd-analyze verify switchboard-hub.service"

step "The installed programs use nothing from the build tree"
for program in switchboard switchboard-hub; do
    if grep -Eq 'RPATH|RUNPATH' <<<"$(readelf -d "$root/usr/bin/$program")"; then
        fail "/usr/bin/$program has a RUNPATH"
    fi
    if grep -Eq "not found|$build" <<<"$(env -u LD_LIBRARY_PATH ldd "$root/usr/bin/$program")"; then
        env -u LD_LIBRARY_PATH ldd "$root/usr/bin/$program"
        fail "/usr/bin/$program does not resolve from the system's libraries"
    fi
done

step "Installed desktop: --version, and a start on the offscreen platform"
export XDG_RUNTIME_DIR=$work/runtime
mkdir -m 0700 "$XDG_RUNTIME_DIR"
out=$(env -u LD_LIBRARY_PATH QT_QPA_PLATFORM=offscreen "$root/usr/bin/switchboard" --version)
[ "$out" = "switchboard $version" ] || fail "switchboard --version said: $out"
# Without a session it opens the sign-in window and keeps running until it is closed.
set +e
env -u LD_LIBRARY_PATH QT_QPA_PLATFORM=offscreen HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" \
    timeout 5 "$root/usr/bin/switchboard" --data-dir "$work/desktop" >"$work/desktop.log" 2>&1
status=$?
set -e
[ "$status" -eq 124 ] || { cat "$work/desktop.log"; fail "the installed desktop exited with $status"; }
if grep -Eiq 'could not (load|find) the Qt platform plugin|driver not loaded' "$work/desktop.log"; then
    cat "$work/desktop.log"
    fail "the installed desktop misses a Qt plugin"
fi

step "Installed hub with the installed configuration"
out=$(env -u LD_LIBRARY_PATH "$root/usr/bin/switchboard-hub" --version)
[ "$out" = "switchboard-hub $version" ] || fail "switchboard-hub --version said: $out"
# The installed file as it is; only the data folder and the port are overridden on the command line.
env -u LD_LIBRARY_PATH "$root/usr/bin/switchboard-hub" --config "$root/etc/switchboard/hub.conf" \
    --data "$work/hub-data" --listen 127.0.0.1:0 >"$work/hub.log" 2>&1 &
hub_pid=$!
url=
for _ in $(seq 100); do
    url=$(sed -n 's/^switchboard-hub listening on //p' "$work/hub.log")
    [ -n "$url" ] && break
    kill -0 "$hub_pid" 2>/dev/null || { cat "$work/hub.log"; fail "the installed hub did not start"; }
    sleep 0.1
done
[ -n "$url" ] || { cat "$work/hub.log"; fail "the installed hub never listened"; }
health=$(curl -fsS "$url/healthz")
grep -q '"status":"ok"' <<<"$health" && grep -q "\"version\":\"$version\"" <<<"$health" \
    || fail "/healthz said: $health"
[ -f "$work/hub-data/switchboard-hub.sqlite" ] || fail "the hub kept no database in its data folder"
kill -TERM "$hub_pid"
wait "$hub_pid" || { cat "$work/hub.log"; fail "the hub did not stop cleanly on SIGTERM"; }
hub_pid=

step "Desktop integration: desktop-file-validate, appstreamcli validate --no-net, icons"
desktop_file=$root/usr/share/applications/switchboard.desktop
desktop-file-validate "$desktop_file" || fail "desktop-file-validate"
metainfo=$(ls "$root"/usr/share/metainfo/*.metainfo.xml)
# --no-net: the screenshot and homepage addresses are not fetched from CI.
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "$metainfo" || fail "metainfo has no release $version"
icon=$(sed -n 's/^Icon=//p' "$desktop_file")
for size in 16 22 24 32 48 64 128 256 512; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$icon.png
    grep -q "PNG image data, $size x $size" <<<"$(file "$png")" || fail "$png is not a ${size}px PNG"
done
[ -f "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "no scalable icon"

step "Removing and purging the hub package"
dpkg_root -r switchboard-hub >"$work/dpkg-remove.log" 2>&1 || { cat "$work/dpkg-remove.log"; fail "dpkg -r"; }
[ ! -e "$root/usr/bin/switchboard-hub" ] || fail "the hub program stayed after removal"
[ -f "$root/etc/switchboard/hub.conf" ] || fail "removal (not purge) took the configuration"
dpkg_root -P switchboard-hub >"$work/dpkg-purge.log" 2>&1 || { cat "$work/dpkg-purge.log"; fail "dpkg -P"; }
[ ! -e "$root/etc/switchboard" ] || fail "/etc/switchboard stayed after purge"

step "Translations: complete, and lupdate finds nothing new"
for ts in "$source"/translations/switchboard_*.ts; do
    if grep -q 'type="unfinished"' "$ts"; then
        fail "$(basename "$ts") has unfinished entries"
    fi
    cp "$ts" "$work/"
done
# The project file update_translations uses, pointed at copies of the .ts files.
project=$(ls "$build"/app/.lupdate/*_project.cmake)
cmake -DIN_FILE="$project" -DOUT_FILE="$work/lupdate.json" -P "$lupdate_project_script" \
    || fail "cannot write the lupdate project"
"$lupdate" -silent -no-obsolete -project "$work/lupdate.json" -ts "$work"/switchboard_*.ts \
    >"$work/lupdate.log" 2>&1 || { cat "$work/lupdate.log"; fail "lupdate"; }
for ts in "$work"/switchboard_*.ts; do
    if grep -q 'type="unfinished"' "$ts"; then
        grep -B3 'type="unfinished"' "$ts" | grep '<source>' >&2 || true
        fail "strings in the code are missing from $(basename "$ts"): cmake --build <dir> --target update_translations, then translate them"
    fi
done
step "All package checks passed"
