#!/usr/bin/env bash
# install.sh of the standalone bundle: puts Reader's menu entry, icon and
# AppStream metainfo in place for the current user, starting the Reader
# program in this folder (move the folder, then run this again).
#   ./install.sh            install
#   ./install.sh --remove   remove the menu entry (the folder stays)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
APPS="$DATA/applications"
ICONS="$DATA/icons/hicolor/scalable/apps"
METAINFO="$DATA/metainfo"

if [[ "${1:-}" == --remove ]]; then
    rm -f "$APPS/reader.desktop" "$ICONS/reader.svg" "$METAINFO/io.github.reader.Reader.metainfo.xml"
    echo "Removed Reader's menu entry."
    exit 0
fi
if [[ ! -x "$HERE/Reader" ]]; then
    echo "install.sh: no Reader program next to this script ($HERE)" >&2
    exit 1
fi
case "$HERE" in *[[:space:]\"\'\\\`\$%]*)
    echo "install.sh: move the folder to a path without spaces, quotes or % first ($HERE)" >&2
    exit 1 ;;
esac
mkdir -p "$APPS" "$ICONS" "$METAINFO"
install -m 644 "$HERE/reader.svg" "$ICONS/reader.svg"
install -m 644 "$HERE/io.github.reader.Reader.metainfo.xml" "$METAINFO/io.github.reader.Reader.metainfo.xml"
sed -e "s|^Exec=Reader |Exec=$HERE/Reader |" -e "s|^TryExec=Reader$|TryExec=$HERE/Reader|" \
    "$HERE/reader.desktop" > "$APPS/reader.desktop"
chmod 644 "$APPS/reader.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$APPS" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$DATA/icons/hicolor" 2>/dev/null || true
echo "Installed: $APPS/reader.desktop (starts $HERE/Reader)"
