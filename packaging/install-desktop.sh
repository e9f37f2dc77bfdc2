#!/usr/bin/env bash
# Install Reader's menu entry and icon for the current user, so it appears in
# the desktop menu and starts with a double-click. Run after bootstrap.sh.
#   packaging/install-desktop.sh            install
#   packaging/install-desktop.sh --remove   uninstall
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
APPS="$DATA/applications"
ICONS="$DATA/icons/hicolor/scalable/apps"

if [[ "${1:-}" == --remove ]]; then
    rm -f "$APPS/reader.desktop" "$ICONS/reader.svg"
    echo "Removed Reader's menu entry."
    exit 0
fi
if [[ ! -x "$ROOT/.venv/bin/reader" ]]; then
    packaging/bootstrap.sh setup
fi
mkdir -p "$APPS" "$ICONS"
install -m 644 packaging/reader.svg "$ICONS/reader.svg"
sed -e "s|^Exec=reader |Exec=$ROOT/.venv/bin/reader |" -e "s|^TryExec=reader|TryExec=$ROOT/.venv/bin/reader|" \
    packaging/reader.desktop > "$APPS/reader.desktop"
chmod 644 "$APPS/reader.desktop"
command -v desktop-file-validate >/dev/null && desktop-file-validate "$APPS/reader.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$APPS" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$DATA/icons/hicolor" 2>/dev/null || true
echo "Installed: $APPS/reader.desktop (starts $ROOT/.venv/bin/reader)"
