#!/usr/bin/env bash
# Draws the app icon (a red seal-like square with a white report sheet and 年报 in it) with ImageMagick and
# writes the PNG sizes and the multi-size ICO that are committed beside this script. Run it only to change the
# icon: the build uses the committed files. Needs imagemagick and fonts-noto-cjk.
set -euo pipefail
cd "$(dirname "$0")"
font=$(fc-match "Noto Sans CJK SC:bold" file | sed 's/^:file=//')
convert -size 512x512 xc:none \
  -fill '#b71c1c' -draw 'roundrectangle 16,16 496,496 72,72' \
  -fill '#ffffff' -draw 'roundrectangle 112,72 400,440 20,20' \
  -fill '#b71c1c' -draw 'rectangle 152,128 360,144' -draw 'rectangle 152,176 360,192' \
  -font "$font" -pointsize 124 -fill '#b71c1c' -gravity center -annotate +0+78 '年报' \
  ogi-report-512.png
for s in 16 24 32 48 64 128 256; do
  convert ogi-report-512.png -resize ${s}x${s} ogi-report-$s.png
done
convert ogi-report-16.png ogi-report-24.png ogi-report-32.png ogi-report-48.png ogi-report-64.png \
  ogi-report-128.png ogi-report-256.png ogi-report.ico
rm ogi-report-24.png ogi-report-64.png
echo "icons written"
