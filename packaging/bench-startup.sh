#!/usr/bin/env bash
# Start-up time and sizes (issue 7). Times launch → main window shown, under a private Xvfb, for the packaged app
# (target/jpackage/ogi-report, built by `mvn -Ppackage package`) and for `java -jar target/ogi-report.jar`;
# prints each run and the median, then the sizes of the image, the runtime and the installer.
# usage: packaging/bench-startup.sh [RUNS]     (needs xvfb: apt-get install xvfb)
set -euo pipefail
runs=${1:-7}
cd "$(dirname "$0")/.."
image=target/jpackage/ogi-report
[ -x $image/bin/ogi-report ] || { echo "build the package first: mvn -Ppackage package" >&2; exit 2; }
[ -f target/ogi-report.jar ] || { echo "build the jar first: mvn -q -DskipTests package" >&2; exit 2; }
command -v Xvfb >/dev/null || { echo "Xvfb is missing: apt-get install xvfb" >&2; exit 2; }

display=:$(( 200 + RANDOM % 300 ))
Xvfb $display -screen 0 1280x720x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
sleep 1

# One start: milliseconds from launch to the probe's line; the app quits by itself once its data is open.
one_start() {
  local data t0 t1
  data=$(mktemp -d)
  t0=$(date +%s%N)
  t1=$(DISPLAY=$display OGI_REPORT_HOME=$data OGI_STARTUP_PROBE=1 OGI_EXIT_AFTER_START=1 timeout 60 "$@" 2>/dev/null |
       while IFS= read -r line; do
         if [ "$line" = "ogi-report: window shown" ]; then date +%s%N; fi
       done)
  rm -rf "$data"
  [ -n "$t1" ] || { echo "no window within 60 s: $*" >&2; return 1; }
  echo $(( (t1 - t0) / 1000000 ))
}

measure() {
  local label=$1; shift
  local times=()
  one_start "$@" >/dev/null # the first start after a build warms the disk cache, as an installed app's does
  for _ in $(seq "$runs"); do times+=("$(one_start "$@")"); done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  printf '%-34s median %5s ms   runs: %s\n' "$label" "$median" "${times[*]}"
}

echo "start-up, launch → main window shown ($(nproc) cores, Xvfb):"
measure "packaged app (bin/ogi-report)" $image/bin/ogi-report
measure "java -jar target/ogi-report.jar" java -jar target/ogi-report.jar
echo "sizes:"
printf '  app-image %s, of which runtime %s and class-data archive %s\n' "$(du -sh $image | cut -f1)" \
  "$(du -sh $image/lib/runtime | cut -f1)" "$(du -sh $image/lib/app/ogi-report.jsa 2>/dev/null | cut -f1 || echo none)"
for deb in target/installer/*.deb; do
  [ -f "$deb" ] && printf '  installer %s: %s MB\n' "$(basename "$deb")" "$(( $(stat -c %s "$deb") / 1048576 ))"
done
