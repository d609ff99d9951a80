#!/bin/sh
# The end-to-end tests drive the system Chromium, and read the PDFs it prints with Poppler's
# pdfinfo and pdftotext; install either from Debian's packages if missing.
set -e
missing=""
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then missing="chromium"; fi
if ! command -v pdftotext >/dev/null 2>&1 || ! command -v pdfinfo >/dev/null 2>&1; then
  missing="$missing poppler-utils"
fi
if [ -z "$missing" ]; then exit 0; fi
echo "Installing Debian's$missing" >&2
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
