#!/usr/bin/env bash
# Proves the Debian package on a fresh Debian 13 system: makes the .deb with CPack, checks it with lintian,
# appstreamcli and desktop-file-validate, installs it into a clean root with apt (which must find every
# dependency itself), runs `kontor --version` and `man kontor`, starts Kontor on a fresh profile with the demo
# under Xvfb and takes a screenshot, then purges the package and looks for anything it left behind.
#
#   test-in-clean-root.sh BUILD_DIR
#
# Needs root (to make and enter the clean root) and the Debian mirror; without either it exits 77, which
# ctest reports as skipped. The bare root is made once with mmdebstrap and kept in KONTOR_CLEAN_CACHE (beside
# the packages apt downloaded into it); each run works on a throw-away overlay of it.
set -euo pipefail
export PATH=/usr/sbin:/usr/bin:/sbin:/bin:$PATH

build_dir=$(cd "${1:?usage: $0 BUILD_DIR}" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mirror=${KONTOR_DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache=${KONTOR_CLEAN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kontor/debian13-clean}
out=$build_dir/package-test
base=$cache/root

skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { printf '[package_deb %4ds] %s\n' "$SECONDS" "$*"; }

# --- inside a private mount namespace: the clean root's part ---------------------------------------------
if [ "${2:-}" = --in-namespace ]; then
    work=$3 deb=$4 version=$5
    r=$work/root
    mkdir -p "$work/upper" "$work/overlay" "$r" "$cache/archives/partial"
    if ! mount -t overlay overlay -o "lowerdir=$base,upperdir=$work/upper,workdir=$work/overlay" "$r" 2>/dev/null
    then
        cp -a "$base/." "$r/"
    fi
    mount -t proc proc "$r/proc"
    mount --rbind /dev "$r/dev"
    mount -t tmpfs tmpfs "$r/tmp"
    # What apt downloads stays for the next run; the rest of the root is thrown away.
    mount --bind "$cache/archives" "$r/var/cache/apt/archives"
    cp /etc/resolv.conf "$r/etc/resolv.conf"
    echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' >"$r/etc/apt/apt.conf.d/90keep-downloads"
    in_clean() {
        chroot "$r" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
            DEBIAN_FRONTEND=noninteractive "$@"
    }
    owned_or_generated() {
        # Files that packages own, and the links update-alternatives keeps for them.
        cat "$r"/var/lib/dpkg/info/*.list
        cat "$r"/var/lib/dpkg/alternatives/* 2>/dev/null | grep '^/usr/' || true
    }

    step "apt update"
    in_clean apt-get update -qq
    in_clean find /usr -xdev ! -type d | sort >"$out/usr-before.txt"

    step "apt install ./${deb##*/} (apt resolves the dependencies)"
    cp "$deb" "$r/tmp/"
    in_clean apt install -y -q --no-install-recommends "/tmp/${deb##*/}" >"$out/apt-install.log" 2>&1 ||
        { tail -30 "$out/apt-install.log"; fail "apt could not install the package"; }
    in_clean dpkg-query -L kontor | sort >"$out/kontor-files.txt"

    step "kontor --version"
    reported=$(in_clean env QT_QPA_PLATFORM=offscreen kontor --version 2>"$out/version.log") ||
        { cat "$out/version.log"; fail "kontor --version failed"; }
    [ "$reported" = "Kontor $version" ] || fail "kontor --version says '$reported', not 'Kontor $version'"

    step "the test's own tools: Xvfb, xwd, xwininfo, man, useradd"
    in_clean apt-get install -y -q --no-install-recommends xvfb xauth x11-apps x11-utils man-db passwd \
        >"$out/apt-tools.log" 2>&1 || { tail -30 "$out/apt-tools.log"; fail "the test tools did not install"; }

    step "man kontor"
    in_clean man -P cat kontor 2>&1 | grep -q 'contact-center agents' || fail "man kontor shows no manual page"

    step "Kontor on a fresh profile with the demo, under Xvfb"
    in_clean useradd --create-home --shell /bin/bash agent
    in_clean setpriv --reuid=agent --regid=agent --init-groups \
        env -i PATH=/usr/bin:/bin HOME=/home/agent LANG=C.UTF-8 bash -c '
        Xvfb :7 -screen 0 1600x1000x24 -nolisten tcp >/tmp/xvfb.log 2>&1 &
        xvfb=$!
        export DISPLAY=:7
        for _ in $(seq 50); do xwininfo -root >/dev/null 2>&1 && break; sleep 0.2; done
        # The clean system runs no Secret Service: without this Kontor (rightly) stops at the choice between
        # waiting for a keychain and an unencrypted store. That choice has its own tests (store_encryption).
        # --demo: the demo contact center, as if chosen in the welcome of a first run, fills the window.
        kontor --unencrypted-store --demo >/tmp/kontor.log 2>&1 &
        kontor=$!
        shown=""
        # A slow machine gets a generous minute for the first window of a fresh profile.
        for _ in $(seq 120); do
            kill -0 "$kontor" 2>/dev/null || break
            if xwininfo -root -tree 2>/dev/null | grep -q "\"Kontor"; then shown=1; break; fi
            sleep 0.5
        done
        status=0
        if [ -n "$shown" ]; then
            sleep 8 # the demo delivers its first conversations and the window repaints
            kill -0 "$kontor" 2>/dev/null || status=3
            xwd -root -silent >/tmp/screen.xwd || status=4
            xwininfo -root -tree >/tmp/windows.txt
        else
            status=2
        fi
        kill "$kontor" 2>/dev/null; wait "$kontor" 2>/dev/null
        kill "$xvfb"; wait "$xvfb" 2>/dev/null
        exit $status' || {
        code=$?
        cp "$r/tmp/kontor.log" "$out/" 2>/dev/null || true
        cat "$out/kontor.log" 2>/dev/null || true
        case $code in
        2) fail "no Kontor window appeared" ;;
        3) fail "Kontor stopped after showing its window" ;;
        *) fail "the screenshot could not be taken ($code)" ;;
        esac
    }
    cp "$r/tmp/kontor.log" "$r/tmp/windows.txt" "$out/"
    [ -s "$r/home/agent/.local/share/Kontor/Kontor/kontor.db" ] || fail "the fresh profile has no store"
    convert "xwd:$r/tmp/screen.xwd" "$out/kontor.png"
    colors=$(identify -format '%k' "$out/kontor.png")
    # A bare Xvfb screen is one colour; the workspace with its text, icons and the demo's conversations has
    # hundreds.
    [ "$colors" -ge 64 ] || fail "the screenshot $out/kontor.png has $colors colours: no window was drawn"
    step "screenshot $out/kontor.png: $colors colours"

    step "apt purge --autoremove kontor"
    in_clean apt-get purge -y -q --autoremove kontor >"$out/apt-purge.log" 2>&1 ||
        { tail -30 "$out/apt-purge.log"; fail "the package could not be purged"; }
    state=$(in_clean dpkg-query -W -f='${db:Status-Abbrev}' kontor 2>/dev/null || true)
    [ -z "$state" ] || [ "${state:1:1}" = n ] || fail "kontor is not purged: dpkg says '$state'"
    owned_or_generated | sort -u >"$out/owned-after.txt"
    left=$(while read -r path; do
        if [ -e "$r$path" ] && [ ! -d "$r$path" ]; then echo "$path"; fi
    done <"$out/kontor-files.txt" | comm -23 - "$out/owned-after.txt")
    [ -z "$left" ] || fail "the purge left the package's files behind: $left"
    in_clean find /usr -xdev ! -type d | sort >"$out/usr-after.txt"
    unowned=$(comm -13 "$out/usr-before.txt" "$out/usr-after.txt" | comm -23 - "$out/owned-after.txt")
    [ -z "$unowned" ] || fail "files under /usr that no package owns after the purge: $unowned"
    exit 0
fi

# --- the package and its static checks ----------------------------------------------------------------
[ "$(id -u)" -eq 0 ] ||
    skip "making and entering a clean Debian 13 root needs root; ./dev.sh package-test runs this test as root"
python3 - "$mirror" <<'PY' || skip "the Debian mirror $mirror cannot be reached; the clean-root test needs it"
import sys, urllib.request
urllib.request.urlopen(sys.argv[1] + "/dists/trixie/InRelease", timeout=20).read(64)
PY

rm -rf "$out"
mkdir -p "$out"
step "cpack"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")
deb=$build_dir/kontor_${version}_$(dpkg --print-architecture).deb
rm -f "$deb"
(cd "$build_dir" && cpack --config CPackConfig.cmake) >"$out/cpack.log" 2>&1 ||
    { tail -30 "$out/cpack.log"; fail "cpack failed"; }
[ -f "$deb" ] || fail "cpack made no $deb"
dpkg-deb -f "$deb" Depends

step "lintian"
lintian --fail-on error,warning --info --display-level '>=warning' "$deb" | tee "$out/lintian.log" ||
    fail "lintian reports errors or warnings (see above; a tag that does not apply is overridden in
    packaging/debian/kontor.lintian-overrides with its reason)"

step "appstreamcli and desktop-file-validate on the installed files"
mkdir -p "$out/contents"
dpkg-deb -x "$deb" "$out/contents"
appstreamcli validate --no-net "$out/contents/usr/share/metainfo/org.kontor.Kontor.metainfo.xml" ||
    fail "appstreamcli finds the installed metainfo invalid"
appstreamcli validate-tree --no-net "$out/contents" || fail "appstreamcli finds the installed tree invalid"
# Clean means not even a hint.
notes=$(desktop-file-validate "$out/contents/usr/share/applications/org.kontor.Kontor.desktop" 2>&1) &&
    [ -z "$notes" ] || fail "desktop-file-validate: $notes"

if [ ! -x "$base/usr/bin/apt-get" ]; then
    step "the clean Debian 13 root, once, in $base"
    rm -rf "$base.partial"
    mkdir -p "$cache"
    mmdebstrap --quiet --mode=root --variant=apt trixie "$base.partial" "$mirror" >"$out/mmdebstrap.log" 2>&1 ||
        { tail -30 "$out/mmdebstrap.log"; fail "mmdebstrap could not make the clean root"; }
    mv "$base.partial" "$base"
fi

work=$(mktemp -d "$cache/run.XXXXXX")
status=0
unshare --mount --propagation private "$0" "$build_dir" --in-namespace "$work" "$deb" "$version" || status=$?
# The namespace, and with it every mount into the root, is gone: only the run's own files are removed.
rm -rf "$work"
[ "$status" -eq 0 ] || exit "$status"
step "passed"
