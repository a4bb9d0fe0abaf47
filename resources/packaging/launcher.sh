#!/bin/sh
# Përmet Explorer, portable Linux build. Checks in a few milliseconds that the system has what Qt needs
# (the libraries below, at least one font), says in one line what is missing, then starts the app.
# make_dist.py fills in the library → Debian package table.
here=$(dirname "$(readlink -f "$0")")
qt="$here/_internal/PySide6/Qt"
check="$qt/lib/libQt6Widgets.so.6 $qt/lib/libQt6OpenGL.so.6"
case "${QT_QPA_PLATFORM:-}" in
  offscreen*|minimal*) ;;
  wayland*) check="$check $qt/plugins/platforms/libqwayland.so" ;;
  xcb*) check="$check $qt/plugins/platforms/libqxcb.so" ;;
  *) if [ -n "${WAYLAND_DISPLAY:-}" ] && [ -z "${DISPLAY:-}" ]; then
       check="$check $qt/plugins/platforms/libqwayland.so"
     else
       check="$check $qt/plugins/platforms/libqxcb.so"
     fi ;;
esac
# shellcheck disable=SC2086
libs=$(ldd $check 2>/dev/null | sed -n 's/^[[:space:]]*\([^[:space:]]*\) => not found.*/\1/p' | sort -u)
packages=""
for lib in $libs; do
  case "$lib" in
@PACKAGES@
    *) package="" ;;
  esac
  [ -n "$package" ] && packages="$packages $package"
done
fonts=""
for dir in /usr/share/fonts /usr/local/share/fonts "${XDG_DATA_HOME:-$HOME/.local/share}/fonts" "$HOME/.fonts"; do
  [ -d "$dir" ] && [ -n "$(find "$dir" -type f \( -name '*.tt[fc]' -o -name '*.otf' -o -name '*.pfb' \) 2>/dev/null | head -n 1)" ] \
    && fonts=yes && break
done
if [ -n "$libs" ] || [ -z "$fonts" ]; then
  what=$(echo $libs | sed 's/ /, /g')
  [ -z "$fonts" ] && what="${what:+$what, }any font"
  [ -z "$fonts" ] && packages="$packages fonts-dejavu-core"
  echo "permet-explorer: this system lacks $what; on Debian or Ubuntu: sudo apt-get install$packages" >&2
  exit 1
fi
exec "$here/permet-explorer.bin" "$@"
