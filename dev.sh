#!/usr/bin/env bash
# Kontor's developer entry point: installs what is missing, builds, and runs the app, the tests or a benchmark.
#
#   ./dev.sh run [-- app options]   build and open the workspace
#   ./dev.sh test [ctest options]   build and run the whole test suite
#   ./dev.sh build                  build only
#   ./dev.sh ctest [ctest options]  run the tests as last built, without building
#   ./dev.sh bench NAME [options]   build and run a benchmark program (see README)
#   ./dev.sh delivery-soak          the exactly-once tests at full size (50 seeds per backend, 1,000 power cuts)
#   ./dev.sh fuzz NAME [seconds [libFuzzer options]]  build and run a fuzz harness (the fuzz preset)
#   ./dev.sh fuzz-record            the logged fuzz runs: start, harness, executions, result
#   ./dev.sh shell                  a shell in the build environment
#   ./dev.sh format                 format every C++ file as .clang-format says (clang-format 19)
#   ./dev.sh package                build the Debian package: build/<preset>/kontor_<version>_<arch>.deb
#   ./dev.sh package-test           the package, linted, installed into a clean Debian 13 root, started, purged
#
# Commands that build take --preset NAME first (or KONTOR_PRESET=NAME): asan, clang, debug (CMakePresets.json).
#
# Kontor needs Qt >= 6.8 and KF6. On Debian 13 the packages in packaging/debian13-packages.txt are installed
# natively. On any other Debian-family host (Debian 12 has Qt 6.4 and no KF6) a Debian 13 root is made once with
# debootstrap, cached outside the checkout and reused; the build, the tests and the app run inside it.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
packages_file="$repo/packaging/debian13-packages.txt"
cache_home=${XDG_CACHE_HOME:-$HOME/.cache}
root_dir=${KONTOR_BUILD_ROOT:-$cache_home/kontor/debian13-root}
ccache_dir=${KONTOR_CCACHE_DIR:-$cache_home/kontor/ccache}
# The clean Debian 13 root the package is tried in, and the packages apt downloaded into it: apart from the
# build root, so that the package's test never sees what the build installed.
clean_dir=${KONTOR_CLEAN_CACHE:-$cache_home/kontor/debian13-clean}
mirror=${KONTOR_DEBIAN_MIRROR:-http://deb.debian.org/debian}
preset=${KONTOR_PRESET:-default}

log() { printf '\033[1m[kontor]\033[0m %s\n' "$*" >&2; }
die() { printf '[kontor] error: %s\n' "$*" >&2; exit 1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

package_list() { grep -v -E '^\s*(#|$)' "$packages_file"; }

is_debian13_host() {
    [ -r /etc/os-release ] && . /etc/os-release && [ "${ID:-}" = debian ] && [ "${VERSION_CODENAME:-}" = trixie ]
}

missing_packages() {
    local pkg
    for pkg in $(package_list); do
        dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q 'install ok installed' || echo "$pkg"
    done
}

ensure_native_packages() {
    local missing
    missing=$(missing_packages)
    [ -z "$missing" ] && return
    log "installing: $(echo $missing | tr '\n' ' ')"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
}

# --- the Debian 13 build root -------------------------------------------------------------------------------

ensure_host_tools() {
    local need=()
    command -v debootstrap >/dev/null || need+=(debootstrap)
    command -v unshare >/dev/null || need+=(util-linux)
    [ -r /usr/share/keyrings/debian-archive-trixie-stable.gpg ] || need+=(debian-archive-keyring)
    [ ${#need[@]} -eq 0 ] && return
    command -v apt-get >/dev/null || die "needs debootstrap (${need[*]}); on this system build natively (README)"
    log "installing host tools: ${need[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
}

ensure_root() {
    if [ ! -x "$root_dir/usr/bin/apt-get" ]; then
        ensure_host_tools
        log "creating the Debian 13 build root in $root_dir (once)"
        as_root rm -rf "$root_dir.partial"
        as_root mkdir -p "$(dirname "$root_dir")"
        as_root debootstrap --variant=minbase trixie "$root_dir.partial" "$mirror" >&2
        as_root mv "$root_dir.partial" "$root_dir"
    fi
    # Only what the list names and the root lacks is installed: several checkouts with different lists can share
    # one root without reinstalling for each other.
    local installed missing
    # dpkg-query fails for a package the root has never seen: that one is simply missing.
    installed=$({ as_root chroot "$root_dir" dpkg-query -W -f='${Package}\t${Status}\n' $(package_list) 2>/dev/null ||
        true; } | awk -F'\t' '$2 == "install ok installed" { print $1 }')
    missing=$(package_list | grep -vxF -f <(echo "$installed") || true)
    if [ -n "$missing" ]; then
        log "installing into the build root: $(echo $missing | tr '\n' ' ')"
        as_root cp /etc/resolv.conf "$root_dir/etc/resolv.conf"
        as_root chroot "$root_dir" apt-get update -qq
        as_root chroot "$root_dir" env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -qq --no-install-recommends $missing >&2
        as_root chroot "$root_dir" apt-get clean
    fi
}

# Runs "$@" inside the root, in a private mount namespace so that no mount outlives the command.
in_root() {
    mkdir -p "$ccache_dir"
    local uid gid
    uid=${SUDO_UID:-$(id -u)}
    gid=${SUDO_GID:-$(id -g)}
    # Making and entering the package test's clean root takes root.
    if [ -n "${KONTOR_STAY_ROOT:-}" ]; then uid=0 gid=0; fi
    as_root mkdir -p "$clean_dir"
    local x11=""
    [ -d /tmp/.X11-unix ] && x11=/tmp/.X11-unix
    local xauth=${XAUTHORITY:-}
    [ -n "$xauth" ] && [ ! -r "$xauth" ] && xauth=""
    as_root env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin TERM="${TERM:-dumb}" \
        KONTOR_ROOT="$root_dir" KONTOR_REPO="$repo" KONTOR_CCACHE="$ccache_dir" KONTOR_X11="$x11" \
        KONTOR_XAUTH="$xauth" KONTOR_UID="$uid" KONTOR_GID="$gid" KONTOR_DISPLAY="${DISPLAY:-}" \
        KONTOR_LANG="${LANG:-C.UTF-8}" KONTOR_LANGUAGE="${LANGUAGE:-}" CI="${CI:-}" KONTOR_PRESET="$preset" \
        KONTOR_CLEAN="$clean_dir" KONTOR_DEBIAN_MIRROR="$mirror" \
        unshare --mount --propagation private bash -c '
        set -e
        r=$KONTOR_ROOT
        # A mount point of its own, so that programs in the root can make private mount namespaces too.
        mount --bind "$r" "$r"
        mount --rbind /dev "$r/dev"
        mount -t proc proc "$r/proc"
        mkdir -p "$r$KONTOR_REPO" "$r/var/cache/kontor-ccache"
        mount --bind "$KONTOR_REPO" "$r$KONTOR_REPO"
        mount --bind "$KONTOR_CCACHE" "$r/var/cache/kontor-ccache"
        mkdir -p "$r/var/cache/kontor-clean"
        mount --bind "$KONTOR_CLEAN" "$r/var/cache/kontor-clean"
        if [ -n "$KONTOR_X11" ]; then mkdir -p "$r/tmp/.X11-unix"; mount --bind "$KONTOR_X11" "$r/tmp/.X11-unix"; fi
        xa=""
        if [ -n "$KONTOR_XAUTH" ]; then touch "$r/tmp/kontor.xauth"; mount --bind "$KONTOR_XAUTH" "$r/tmp/kontor.xauth"; xa=/tmp/kontor.xauth; fi
        mkdir -p "$r/tmp/kontor-home"; chown "$KONTOR_UID:$KONTOR_GID" "$r/tmp/kontor-home" "$r/var/cache/kontor-ccache"
        exec chroot "$r" setpriv --reuid="$KONTOR_UID" --regid="$KONTOR_GID" --clear-groups \
            env -i PATH=/usr/bin:/bin HOME=/tmp/kontor-home TERM="$TERM" LANG="$KONTOR_LANG" LANGUAGE="$KONTOR_LANGUAGE" \
            CCACHE_DIR=/var/cache/kontor-ccache DISPLAY="$KONTOR_DISPLAY" XAUTHORITY="$xa" CI="$CI" \
            KONTOR_PRESET="$KONTOR_PRESET" KONTOR_CLEAN_CACHE=/var/cache/kontor-clean \
            KONTOR_DEBIAN_MIRROR="$KONTOR_DEBIAN_MIRROR" KONTOR_IN_BUILD_ROOT=1 bash -c "cd \"\$0\" && exec \"\$@\"" "$KONTOR_REPO" "$@"
        ' kontor "$@"
}

# Runs "$@" where Qt 6.8 and KF6 are: natively on Debian 13 (or when already inside the root), else in the root.
in_env() {
    if [ -n "${KONTOR_IN_BUILD_ROOT:-}" ]; then
        "$@"
    elif is_debian13_host || [ -n "${KONTOR_NATIVE:-}" ]; then
        [ -n "${KONTOR_NATIVE:-}" ] || ensure_native_packages
        export KONTOR_CLEAN_CACHE=$clean_dir KONTOR_DEBIAN_MIRROR=$mirror
        if [ -n "${KONTOR_STAY_ROOT:-}" ]; then as_root env "PATH=$PATH" "$@"; else "$@"; fi
    else
        ensure_root
        in_root "$@"
    fi
}

# --- commands that run inside the environment ---------------------------------------------------------------

# Builds under a lock, so that two builds started at once take turns instead of sharing two cores.
build_here() {
    # Paths relative to the checkout in ccache's keys, so that every clone (a CI run's too) shares one cache.
    export CCACHE_BASEDIR="$repo" CCACHE_NOHASHDIR=true
    mkdir -p "build/$preset"
    exec 9>"build/$preset.lock"
    flock 9
    [ -f "build/$preset/build.ninja" ] || cmake --preset "$preset" >&2
    cmake --build --preset "$preset" "$@" >&2
    flock -u 9
}

# Sanitized builds stop at the first report, and leave Qt's and the system's known noise out (each entry of the
# suppression files says why).
sanitizer_environment() {
    local suppressions="$repo/tests/sanitizers"
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$suppressions/ubsan.supp"
    export LSAN_OPTIONS="suppressions=$suppressions/lsan.supp:print_suppressions=0"
    # KCrash's handler would take a crash from the sanitizer's and hide its report.
    export KDE_DEBUG=1
    # A sanitizer's report ends in abort(); Qt Test's handler would then wait on a debugger for a stack dump
    # until ctest's timeout, instead of failing the test at once.
    export QTEST_DISABLE_STACK_DUMP=1
    local symbolizer=/usr/lib/llvm-19/bin/llvm-symbolizer
    [ -x "$symbolizer" ] && export ASAN_SYMBOLIZER_PATH=$symbolizer
    return 0
}

# Runs one libFuzzer harness on a copy of its seed corpus, so that what it learns stays out of the checkout.
# While another build of the fuzz preset is under way, the harness runs as last built instead of waiting.
fuzz_here() {
    local name=${1:?name a fuzz harness: see tests/fuzz/corpus}
    local seconds=${2:-}
    [ -d "tests/fuzz/corpus/$name" ] || die "no fuzz harness $name (see tests/fuzz/corpus)"
    preset=fuzz
    if [ -x "build/fuzz/tests/fuzz/fuzz_$name" ] && ! flock -n "build/fuzz.lock" true; then
        log "a build of the fuzz preset is under way: running fuzz_$name as last built"
    else
        (build_here --target "fuzz_$name")
    fi
    local work="build/fuzz/runs/$name"
    mkdir -p "$work/corpus" "$work/findings"
    local seed
    for seed in "tests/fuzz/corpus/$name"/*; do
        [ -e "$work/corpus/${seed##*/}" ] || cp "$seed" "$work/corpus/"
    done
    local args=(-artifact_prefix="$work/findings/" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048)
    [ -n "$seconds" ] && args+=(-max_total_time="$seconds")
    [ $# -gt 2 ] && args+=("${@:3}")
    sanitizer_environment
    export QT_QPA_PLATFORM=offscreen
    # Every run keeps its whole output, libFuzzer's final statistics included: executions add up over runs.
    mkdir -p "$work/logs"
    local run_log
    run_log="$work/logs/$(date -u +%Y%m%dT%H%M%SZ).log"
    echo "# fuzz_$name ${args[*]}" >"$run_log"
    local status=0
    "build/fuzz/tests/fuzz/fuzz_$name" "${args[@]}" "$work/corpus" 2>&1 | tee -a "$run_log" ||
        status=${PIPESTATUS[0]}
    log "run log: $run_log"
    return "$status"
}

# One line per logged fuzz run: when, which harness, how many executions, and how it ended.
fuzz_record() {
    local run_log name executions result
    for run_log in build/fuzz/runs/*/logs/*.log; do
        [ -e "$run_log" ] || continue
        name=${run_log#build/fuzz/runs/}
        name=${name%%/*}
        executions=$(awk '/stat::number_of_executed_units:/ { print $2 }' "$run_log" | tail -n 1)
        if grep -q -E 'ERROR: |SUMMARY: |fuzz invariant broken|runtime error:' "$run_log"; then
            result=finding
        elif grep -q -E '^Done [0-9]+ runs|libFuzzer: run interrupted' "$run_log"; then
            result=clean
        else
            result=incomplete
        fi
        printf '%s\t%s\t%s\t%s\n' "$(basename "$run_log" .log)" "$name" "${executions:-0}" "$result"
    done
}

# Gives the app a display: the host's when there is one, else a private Xvfb.
with_display() {
    if [ -n "${DISPLAY:-}" ]; then "$@"; else xvfb-run -a -s '-screen 0 1600x1000x24' "$@"; fi
}

inner() {
    local cmd=$1
    shift
    case "$cmd" in
    build) build_here "$@" ;;
    run)
        build_here --target kontor
        [ "${1:-}" = "--" ] && shift
        with_display "build/$preset/app/kontor" "$@"
        ;;
    test)
        build_here
        case "$preset" in asan | fuzz) sanitizer_environment ;; esac
        cd "build/$preset"
        exec ctest --output-on-failure -j "$(nproc)" "$@"
        ;;
    ctest)
        # The tests as last built, without building first.
        case "$preset" in asan | fuzz) sanitizer_environment ;; esac
        cd "build/$preset"
        exec ctest --output-on-failure "$@"
        ;;
    bench)
        build_here
        local name=${1:?name a benchmark: store, identity, sync, startup, email}
        shift
        exec "build/$preset/tests/benchmarks/kontor-bench-$name" "$@"
        ;;
    delivery-soak)
        build_here
        # The test programs themselves: ctest would stop them at their suite timeouts.
        export QT_QPA_PLATFORM=offscreen KONTOR_DELIVERY_SEEDS=${KONTOR_DELIVERY_SEEDS:-50}
        export KONTOR_POWER_CUTS=${KONTOR_POWER_CUTS:-1000}
        cd "build/$preset/tests/delivery"
        ./tst_delivery_fault_schedules "$@" && ./tst_delivery_power_cut
        ;;
    fuzz) fuzz_here "$@" ;;
    fuzz-record) fuzz_record ;;
    package)
        build_here --target kontor kontor_package_docs
        cd "build/$preset"
        cpack --config CPackConfig.cmake >&2
        ls -t "$PWD"/kontor_*.deb | head -1
        ;;
    package-test)
        # Built as the user first; the test itself (root: it makes and enters the clean root) only packs.
        [ "$(id -u)" -eq 0 ] || die "package-test runs as root inside the environment"
        exec "$repo/packaging/debian/test-in-clean-root.sh" "build/$preset"
        ;;
    shell) exec bash "$@" ;;
    format) git ls-files '*.cpp' '*.h' | xargs clang-format-19 -i ;;
    *) die "unknown inner command $cmd" ;;
    esac
}

command=${1:-}
[ $# -gt 0 ] && shift
if [ "${1:-}" = --preset ]; then
    preset=${2:?name a preset from CMakePresets.json}
    shift 2
fi
export KONTOR_PRESET=$preset

case "$command" in
__inner)
    inner "$@"
    ;;
run | test | ctest | build | bench | fuzz | fuzz-record | shell | delivery-soak | package | format)
    in_env "$repo/dev.sh" __inner "$command" "$@"
    ;;
package-test)
    in_env "$repo/dev.sh" __inner build --target kontor kontor_package_docs
    KONTOR_STAY_ROOT=1 in_env "$repo/dev.sh" __inner package-test
    ;;
*)
    sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
