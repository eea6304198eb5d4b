#!/bin/sh
# Builds the looping clip that the simulator serves as the demo's live HLS camera (api/assets/cameraClip/):
# run once with ffmpeg and commit the output; CI and `npm start` only read it. A generated test pattern with a moving
# bar and a running clock, 320x180 at 15 fps, H.264 baseline in MPEG-TS, cut into 2 s segments (a keyframe at each cut)
# so that the simulator can slide a live window over them. About 250 KB in all. Segments are stored as .bin: TypeScript
# and the linter would take .ts files for source.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/api/assets/cameraClip"
font="$root/node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"
seconds=${CLIP_SECONDS:-16}
rm -rf "$out"
mkdir -p "$out"
ffmpeg -hide_banner -loglevel error -f lavfi -i "testsrc2=size=320x180:rate=15:duration=$seconds" \
  -vf "drawbox=x='mod(t*40,320)':y=150:w=24:h=24:color=white@0.9:t=fill,drawtext=fontfile=$font:text='MÔ PHỎNG %{pts\:hms}':x=8:y=8:fontsize=16:fontcolor=white:box=1:boxcolor=black@0.6" \
  -c:v libx264 -profile:v baseline -level 3.0 -pix_fmt yuv420p -preset veryslow -crf 30 \
  -g 30 -keyint_min 30 -sc_threshold 0 -an \
  -f hls -hls_time 2 -hls_list_size 0 -hls_segment_filename "$out/segment-%d.bin" "$out/clip.m3u8"
ls -l "$out"
