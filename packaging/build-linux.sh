#!/usr/bin/env bash
# Build the Linux one-folder bundle and its tarball, then smoke-test the built binary.
#
#   packaging/build-linux.sh            # pruned build -> dist/sharedesk/ + dist/sharedesk-<version>-linux-x86_64.tar.gz
#   SHAREDESK_UNPRUNED=1 packaging/build-linux.sh   # keep every Qt module/plugin (size comparison)
#
# Environment: DIST (default ./dist), WORK (default ./build/pyinstaller), BUILD_VENV (default /tmp/sharedesk-build-venv), PYTHON (default python3),
# SKIP_SMOKE=1 to build without running the smoke tests.
# Needs: Python 3.11+, network access to the package index (or a configured mirror), and for the
# smoke test the Qt runtime libraries listed in .ci/run (libxkbcommon, libEGL, fontconfig...).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD_VENV="${BUILD_VENV:-/tmp/sharedesk-build-venv}"
PYTHON="${PYTHON:-python3}"
DIST="${DIST:-$ROOT/dist}"
WORK="${WORK:-$ROOT/build/pyinstaller}"
cd "$ROOT"

echo "==> build venv: $BUILD_VENV"
if [ ! -x "$BUILD_VENV/bin/python" ]; then
  "$PYTHON" -m venv "$BUILD_VENV"
fi
"$BUILD_VENV/bin/python" -m pip install --quiet --upgrade pip
"$BUILD_VENV/bin/python" -m pip install --quiet "$ROOT" "pyinstaller>=6.5,<7"

VERSION="$("$BUILD_VENV/bin/python" -c 'import sharedesk; print(sharedesk.__version__)')"
ARCH="$(uname -m)"
NAME="sharedesk-$VERSION-linux-$ARCH"
echo "==> building sharedesk $VERSION ($ARCH)$([ "${SHAREDESK_UNPRUNED:-}" = 1 ] && echo ', unpruned')"

rm -rf "$DIST/sharedesk"
"$BUILD_VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" "$ROOT/packaging/sharedesk.spec"

# The desktop entry and icon travel with the bundle so an installer (or the admin) can place them.
install -m 0644 "$ROOT/packaging/sharedesk.desktop" "$DIST/sharedesk/sharedesk.desktop"
install -m 0644 "$ROOT/resources/icons/sharedesk.png" "$DIST/sharedesk/sharedesk.png"

TARBALL="$DIST/$NAME.tar.gz"
tar -C "$DIST" -czf "$TARBALL.tmp" sharedesk
mv "$TARBALL.tmp" "$TARBALL"
echo "==> bundle: $(du -sh "$DIST/sharedesk" | cut -f1) unpacked ($(du -sb "$DIST/sharedesk" | cut -f1) bytes)"
echo "==> tarball: $TARBALL $(du -h "$TARBALL" | cut -f1) ($(stat -c %s "$TARBALL") bytes)"

if [ "${SKIP_SMOKE:-}" = 1 ]; then
  echo "==> smoke tests skipped (SKIP_SMOKE=1)"
  exit 0
fi
exec "$ROOT/packaging/smoke-test.sh" "$DIST/sharedesk/sharedesk"
