#!/usr/bin/env bash
# The browsers the tests drive, from Debian (nothing is downloaded from a browser vendor):
#   chromium + fonts-dejavu-core   e2e (playwright-core, scripts/browser.mjs)
#   fonts-noto-cjk                 Noto Sans CJK JP: the layout stage measures Japanese labels with
#                                  it, the chart previews draw them with it (OFL)
#   firefox-esr                    engines (puppeteer-core, scripts/firefox.mjs)
#   webkit2gtk-driver, xvfb        engines (webdriverio, scripts/webkit.mjs): WebKitWebDriver and
#                                  MiniBrowser, drawn on a private X display
#   libgl1-mesa-dri                WebKitGTK draws with Mesa's software OpenGL: without it a
#                                  MiniBrowser session never starts (a recommends we keep)
#   xauth                          for running things under xvfb-run by hand
# Installs only what is missing, without recommends (checked: Chromium and Firefox run headless
# without them, with DejaVu as the only fonts), quietly. Idempotent: with everything present it
# runs no apt-get at all. Needs root (or passwordless sudo) when something is missing.
set -euo pipefail

packages=(chromium fonts-dejavu-core fonts-noto-cjk firefox-esr webkit2gtk-driver libgl1-mesa-dri xvfb xauth poppler-utils)

missing=()
for p in "${packages[@]}"; do
  if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
  else
    echo "install-browsers: missing ${missing[*]}; run this as root to install them" >&2
    exit 1
  fi
fi

echo "install-browsers: installing ${missing[*]} from Debian…"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
export DEBIAN_FRONTEND=noninteractive
if ! { "${sudo[@]}" apt-get update -qq &&
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "install-browsers: could not install ${missing[*]}" >&2
  exit 1
fi
