#!/usr/bin/env bash
# The system libraries Qt for Python links to on Linux (X11/xcb, Wayland, GL/EGL, fonts, D-Bus, GLib) and those
# Python's own extensions use. `make run` needs them to open a window; `make dist` needs them so that
# dpkg-shlibdeps can resolve every library the bundle links to (the .deb's Depends) — it fails on any it cannot.
# Installs the missing ones when run as root with apt-get, otherwise prints the command to run and exits 1.
set -u
packages="libxcb-cursor0 libxkbcommon0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1
 libxcb-glx0 libx11-6 libx11-xcb1 libfontconfig1 libfreetype6 libegl1 libgl1 libwayland-client0 libwayland-cursor0
 libwayland-egl1 libdbus-1-3 libglib2.0-0 libzstd1 zlib1g libffi8 libsqlite3-0 liblzma5 libbz2-1.0 libuuid1"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Qt's system libraries:$missing"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
  echo "Qt needs these system libraries:$missing"
  echo "Install them with: sudo apt-get install$missing"
  exit 1
fi
