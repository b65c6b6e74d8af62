#!/usr/bin/env bash
# Makes the README's images with the app itself, from shipped presets, so they cannot go stale or show invented data:
#   screenshot.png       app presets/atypical-transition.json --size 1440x900 --snapshot   (the main paper's panel)
#   lecture.png          app presets/default.json --lecture --size 1280x720 --snapshot     (lecture mode on a projector)
#   figure-example.png   render presets/dense-regions.json --out figure-example.png         (one journal column, 600 dpi)
# Headless, no X needed: JavaFX runs on Monocle, whose jar Maven keeps for the UI tests (run `mvn -B verify` once).
# With a display (DISPLAY set, or under xvfb-run) and no Monocle jar, the window opens on that display instead.
#   usage: assets/readme/make-images.sh [OUT_DIR]     (default: assets/readme)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-assets/readme}
mkdir -p "$out"
jar=target/phaselab.jar
[[ -f $jar ]] || mvn -B -q package -DskipTests
monocle=$(find "${MAVEN_REPO:-$HOME/.m2/repository}/org/testfx/openjfx-monocle/17.0.10" -name 'openjfx-monocle-17.0.10.jar' 2>/dev/null | head -n 1 || true)

app() {
  if [[ -n $monocle ]]; then
    java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp "$jar:$monocle" org.phaselab.Launcher app "$@"
  elif [[ -n ${DISPLAY:-} ]]; then
    java -jar "$jar" app "$@"
  else
    echo "error: no Monocle jar in the Maven repository (run mvn -B verify once) and no DISPLAY (or use xvfb-run)" >&2
    exit 2
  fi
}

# the atypical transition waits for the local-entropy line and the cut's alpha_LE (a few seconds on two cores)
app presets/atypical-transition.json --size 1440x900 --snapshot "$out/screenshot.png" --timeout 3600
app presets/default.json --lecture --size 1280x720 --snapshot "$out/lecture.png" --timeout 600
java -jar "$jar" render presets/dense-regions.json --out "$out/figure-example.png" --dpi 600 >/dev/null
echo "made $out/screenshot.png, $out/lecture.png, $out/figure-example.png"
