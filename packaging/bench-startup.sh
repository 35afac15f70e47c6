#!/usr/bin/env bash
# Start-up time and sizes. The window: launch → main window shown, under a private Xvfb, for the packaged app
# (target/jpackage/ogi-report, built by `mvn -Ppackage package`) and for `java -jar target/ogi-report.jar`. The command
# line: the packaged app's `--help` and a Word export of a full report (packaging/linux/training-report.json, imported
# first), run in turns so that a change of the machine's load weighs on both alike. Prints each run and the medians,
# then the sizes of the image, the runtime and the installer, and the load average before and after.
# usage: [OGI_IMAGE=APP-IMAGE] packaging/bench-startup.sh [RUNS] [all|window|cli]   (the window needs xvfb)
set -euo pipefail
runs=${1:-7}
what=${2:-all}
cd "$(dirname "$0")/.."
image=${OGI_IMAGE:-target/jpackage/ogi-report} # another app-image to compare: OGI_IMAGE=DIR
[ -x $image/bin/ogi-report ] || { echo "build the package first: mvn -Ppackage package" >&2; exit 2; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"

median() { sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }

# The command line: --help against an export of a full report to .docx, in turns; times in ms.
if [ "$what" = all ] || [ "$what" = cli ]; then
  app=$image/bin/ogi-report
  data=$(mktemp -d)
  export LC_ALL=C.UTF-8
  "$app" --data-dir "$data/d" import packaging/linux/training-report.json >/dev/null
  export_cmd=("$app" --data-dir "$data/d" export --org 淮安市人民政府 --year 2024 --format docx --out "$data/r.docx" --force)
  ms() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
  help_cmd=("$app" --data-dir "$data/d" --help)
  ms "${help_cmd[@]}" >/dev/null; ms "${export_cmd[@]}" >/dev/null # warm the disk cache
  helps=(); exports=(); gaps=()
  for _ in $(seq "$runs"); do
    h=$(ms "${help_cmd[@]}"); e=$(ms "${export_cmd[@]}")
    helps+=("$h"); exports+=("$e"); gaps+=("$(( e - h ))")
  done
  rm -rf "$data"
  echo "command line, packaged app ($runs runs each, in turns):"
  printf '  %-28s median %5s ms   runs: %s\n' "--help" "$(printf '%s\n' "${helps[@]}" | median)" "${helps[*]}"
  printf '  %-28s median %5s ms   runs: %s\n' "export --format docx" "$(printf '%s\n' "${exports[@]}" | median)" \
    "${exports[*]}"
  printf '  %-28s median %5s ms   (export minus the --help run before it)\n' "export minus --help" \
    "$(printf '%s\n' "${gaps[@]}" | median)"
fi
[ "$what" = all ] || [ "$what" = window ] || { echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"; exit 0; }

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
  printf '%-34s median %5s ms   runs: %s\n' "$label" "$(printf '%s\n' "${times[@]}" | median)" "${times[*]}"
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
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
