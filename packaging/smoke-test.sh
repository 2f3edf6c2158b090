#!/usr/bin/env bash
# Smoke-test a built sharedesk executable: version, flows, the GUI offscreen (and under Xvfb),
# the sleep/lock signals, then smoke_roundtrip.py: a vault round trip and exports.
#   packaging/smoke-test.sh dist/sharedesk/sharedesk
set -euo pipefail

BIN="${1:?usage: smoke-test.sh PATH/TO/sharedesk}"
HOME_DIR="$(mktemp -d)"
trap 'rm -rf "$HOME_DIR"' EXIT
export SHAREDESK_HOME="$HOME_DIR/home"
export QT_QPA_PLATFORM=offscreen

echo "==> $("$BIN" --version)"
"$BIN" flows list >/dev/null
echo "==> flows list: ok"

SMOKE_OUT="$("$BIN" gui --smoke-test --screenshot "$HOME_DIR/smoke.png")"
test -s "$HOME_DIR/smoke.png"
echo "==> gui --smoke-test (offscreen): ok"
echo "==> $(grep '^sleep/lock signals:' <<<"$SMOKE_OUT" || echo 'sleep/lock signals: not reported')"

# The lock on system sleep and screen lock needs QtDBus in the build (Linux desktops send both
# over D-Bus). A build without it would never lock when the lid closes: fail it.
if [ "$(uname -s)" = Linux ]; then
  if ! grep -q '^sleep/lock signals: ' <<<"$SMOKE_OUT" || grep -q 'QtDBus missing' <<<"$SMOKE_OUT"; then
    echo "==> FAIL: this build cannot hear system sleep or screen lock (QtDBus)" >&2
    exit 1
  fi
  if command -v dbus-run-session >/dev/null 2>&1; then
    # A private session bus stands in for the desktop's: where a session offers D-Bus, the
    # frozen app must report the signals available.
    LOCK_LINE="$(dbus-run-session -- "$BIN" gui --smoke-test | grep '^sleep/lock signals:' || true)"
    if [ "$LOCK_LINE" != "sleep/lock signals: available" ]; then
      echo "==> FAIL: with a D-Bus session the app reports '${LOCK_LINE:-nothing}'" >&2
      exit 1
    fi
    echo "==> sleep/lock signals with a D-Bus session: available"
  else
    echo "==> sleep/lock signals with a D-Bus session: SKIPPED (dbus-run-session not installed)"
  fi
fi

# On a real (virtual) X server too, where available: proves the bundled xcb plugin loads.
if command -v xvfb-run >/dev/null 2>&1; then
  QT_QPA_PLATFORM=xcb xvfb-run -a "$BIN" gui --smoke-test
  echo "==> gui --smoke-test (xcb under xvfb): ok"
fi

# The vault round trip and the exports (what a frozen build most often misses: ReportLab fonts,
# modules imported by name, age encryption, the bundle reader), shared with the Windows and
# macOS CI jobs.
"${PYTHON:-python3}" "$(dirname "$0")/smoke_roundtrip.py" "$BIN"
