#!/usr/bin/env bash
# Builds the Linux app-image and .deb from the packaged jar (called by `mvn -Ppackage package`):
#   target/jpackage/ogi-report/          the app-image (bin/ogi-report, lib/app, lib/runtime)
#   target/installer/ogi-report_*.deb    the installer
# Expects target/ogi-report.jar, target/jpackage-input/lib (the libraries without JavaFX) and target/javafx
# (the JavaFX jars of this platform), which the Maven profile prepares.
set -euo pipefail
version=${1:?usage: package.sh VERSION}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
t=target

# The runtime is linked from Temurin's JDK when there is one: its native code needs glibc 2.17, so the package
# runs on UOS 20 (glibc 2.28) and 麒麟 V10 (2.31); Debian 12's own OpenJDK needs glibc 2.34 (see docs/decisions).
jdk=${PACKAGING_JDK:-}
if [ -z "$jdk" ]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/temurin-17-jdk-amd64; do
    [ -x "$candidate/bin/jlink" ] && jdk=$candidate && break
  done
fi
if [ -z "$jdk" ]; then
  jdk=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
  echo "warning: no Temurin JDK found; linking the runtime from $jdk (its glibc needs may exceed older systems')" >&2
fi
echo "runtime from: $("$jdk/bin/java" -version 2>&1 | sed -n 1p) ($jdk)"

rm -rf $t/runtime $t/jpackage $t/installer
cp $t/ogi-report.jar $t/jpackage-input/

# 1. The runtime: only the modules the app needs, JavaFX included, with JavaFX's native libraries beside the JDK's
#    (so they load from the runtime instead of being unpacked into the user's home at every first start).
fx_path=$(ls $t/javafx/*.jar | tr '\n' ':')
"$jdk/bin/jlink" --module-path "$fx_path" @packaging/jlink.args --output $t/runtime
for jar in $t/javafx/*.jar; do
  unzip -q -o -j "$jar" '*.so' -d $t/runtime/lib/ 2>/dev/null || true
done
# The archive for heaps over 32 GB is never used by this app.
rm -f $t/runtime/lib/server/classes_nocoops.jsa

# 2. The app-image.
"$jdk/bin/jpackage" -J-Dfile.encoding=UTF-8 @packaging/jpackage/common.args @packaging/jpackage/linux-app-image.args \
  --input $t/jpackage-input --runtime-image $t/runtime --dest $t/jpackage --app-version "$version"
image=$t/jpackage/ogi-report
cfg=$image/lib/app/ogi-report.cfg

# 3. Start-up: record the class-data-sharing archive of one training run under Xvfb. The archive holds the classes
#    one JVM loaded, so the run (org.ogireport.Training, the main class for this start only) does what the app does
#    most: the command line imports a report, checks it, exports it to Word and Excel, reads the Word file back;
#    then the window opens on that data and quits once shown (OGI_EXIT_AFTER_START=1).
if command -v xvfb-run >/dev/null 2>&1; then
  cp "$cfg" "$cfg.orig"
  sed -i 's/^app.mainclass=.*/app.mainclass=org.ogireport.Training/' "$cfg"
  printf 'java-options=-XX:ArchiveClassesAtExit=$APPDIR/ogi-report.jsa\n' >> "$cfg"
  training=$(mktemp -d)
  log=$t/cds-training.log
  if ! LC_ALL=C.UTF-8 OGI_REPORT_HOME=$training OGI_EXIT_AFTER_START=1 timeout 180 xvfb-run -a "$image/bin/ogi-report" \
      packaging/linux/training-report.json 淮安市人民政府 2024 >"$log" 2>&1; then
    echo "warning: the training run failed (output in $log); the archive may lack what it did not reach:" >&2
    tail -5 "$log" >&2
  fi
  rm -rf "$training"
  mv "$cfg.orig" "$cfg"
  if [ -s "$image/lib/app/ogi-report.jsa" ]; then
    printf 'java-options=-XX:SharedArchiveFile=$APPDIR/ogi-report.jsa\njava-options=-Xshare:auto\n' >> "$cfg"
    echo "class-data-sharing archive: $(du -h "$image/lib/app/ogi-report.jsa" | cut -f1)"
  else
    echo "warning: the training start wrote no archive; the app starts without it" >&2
  fi
else
  echo "warning: xvfb-run not found (apt-get install xvfb): no class-data-sharing archive" >&2
fi

# 4. The .deb, assembled with dpkg-deb so that (a) the Depends line is ours, not computed from this build host,
#    (b) files keep their times (the archive of step 3 is only used while the jars' times match), and (c) the
#    menu entry and icons are plain package files: dpkg adds and removes them, no maintainer scripts needed.
root_fs=$t/deb-root
rm -rf "$root_fs"
mkdir -p "$root_fs/opt" "$root_fs/usr/bin" "$root_fs/usr/share/applications" "$root_fs/usr/share/doc/ogi-report" \
  "$root_fs/DEBIAN"
cp -a "$image" "$root_fs/opt/ogi-report"
ln -s /opt/ogi-report/bin/ogi-report "$root_fs/usr/bin/ogi-report"
cp packaging/linux/ogi-report.desktop "$root_fs/usr/share/applications/ogi-report.desktop"
for size in 16 32 48 128 256 512; do
  dir="$root_fs/usr/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  cp "packaging/icons/ogi-report-$size.png" "$dir/ogi-report.png"
done
cp packaging/linux/copyright "$root_fs/usr/share/doc/ogi-report/copyright"
installed_kb=$(du -sk --exclude=DEBIAN "$root_fs" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@INSTALLED_SIZE@/$installed_kb/" packaging/linux/control > "$root_fs/DEBIAN/control"
mkdir -p $t/installer
deb=$t/installer/ogi-report_${version}_amd64.deb
fakeroot dpkg-deb --build "$root_fs" "$deb" >/dev/null
rm -rf "$root_fs"
ls -l "$deb"
