#!/usr/bin/env bash
# What `make dist` and `make package-test` use from the system: strip/readelf (binutils), dpkg-shlibdeps
# (dpkg-dev), desktop-file-validate (desktop-file-utils), appstreamcli (appstream), debootstrap (the empty
# Debian 11/12/13 roots the installed app is checked in), Xvfb (the X11 run), and the libraries of
# .ci/qt-system-libs.sh. Installs what is missing when run as root with apt-get; otherwise names it and exits 1.
set -u
cd "$(dirname "$0")"
missing=""
need() { command -v "$1" >/dev/null || missing="$missing $2"; }
need strip binutils
need readelf binutils
need dpkg-shlibdeps dpkg-dev
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need debootstrap debootstrap
need Xvfb xvfb
need gzip gzip
missing=$(echo $missing | tr ' ' '\n' | sort -u | tr '\n' ' ')
if [ -n "${missing// /}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing the packaging tools: $missing"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null \
      || exit 1
  else
    echo "The packaging needs: $missing (sudo apt-get install $missing)"
    exit 1
  fi
fi
exec ./qt-system-libs.sh
