#!/usr/bin/env bash
# Qt's xcb (X11) platform plugin needs these Debian libraries; a minimal image lacks some of them.
# Installs the missing ones when run as root with apt-get, otherwise prints the command to run.
set -u
packages="libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libfontconfig1 libegl1"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Qt's X11 libraries:$missing"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
else
  echo "Qt needs these system libraries to open a window:$missing"
  echo "Install them with: sudo apt-get install$missing"
fi
