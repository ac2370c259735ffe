#!/usr/bin/env bash
# The browser tests drive Debian's Chromium, or the browser PAPI_CHROMIUM names (installed without root: README,
# Development). Install Debian's when neither is there and we are root.
set -euo pipefail
if [ -n "${PAPI_CHROMIUM:-}" ]; then
  [ -x "$PAPI_CHROMIUM" ] && exit 0
  echo "PAPI_CHROMIUM=$PAPI_CHROMIUM is not an executable / PAPI_CHROMIUM không phải tệp chạy được" >&2
  exit 1
fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian chromium for the browser tests / Cài Chromium cho kiểm thử trình duyệt..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "Chromium is missing: 'sudo apt-get install -y chromium', or without root set PAPI_CHROMIUM (README, Development) / Thiếu Chromium: 'sudo apt-get install -y chromium', hoặc không có quyền root thì đặt PAPI_CHROMIUM (README, Phát triển)" >&2
  exit 1
fi
