#!/usr/bin/env bash
# The validators the packaging test uses: desktop-file-validate (desktop-file-utils) and appstreamcli
# (appstream). Installs them when run as root with apt-get; otherwise the test says what it skipped.
set -u
missing=""
command -v desktop-file-validate >/dev/null || missing="$missing desktop-file-utils"
command -v appstreamcli >/dev/null || missing="$missing appstream"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
else
  echo "For the full packaging test, install:$missing"
fi
