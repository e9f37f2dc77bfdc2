#!/usr/bin/env bash
# Build the standalone bundle (PyInstaller, one folder), runnable on a Linux
# machine without Python:
#   packaging/build-bundle.sh     ->  dist/Reader-<version>-linux-x86_64.tar.gz
# Inside: the Reader program (and its _internal folder), reader.desktop,
# reader.svg, the AppStream metainfo and install.sh (menu entry for the user).
# PyInstaller is installed into .venv for the build only.
#   packaging/build-bundle.sh --desktop-entry OUT   only write the bundle's desktop entry
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

bundle_desktop_entry() {  # the program is Reader, next to the entry (install.sh makes the path absolute)
    sed -e "s|^Exec=reader |Exec=Reader |" -e "s|^TryExec=reader$|TryExec=Reader|" packaging/reader.desktop > "$1"
}
if [[ "${1:-}" == --desktop-entry ]]; then
    bundle_desktop_entry "$2"
    exit 0
fi
VENV="$ROOT/.venv"
# The venv, and the X11 libraries Qt's xcb plugin needs (installed when run
# as root): found on the build machine, they go into the bundle.
packaging/bootstrap.sh build
"$VENV/bin/python" -m pip install -q -e ".[bundle]"  # PyInstaller, from pyproject's bundle extra

VERSION=$("$VENV/bin/python" -c "import reader; print(reader.__version__)")
NAME="Reader-$VERSION-linux-x86_64"
WORK="$ROOT/build/bundle"
rm -rf "$WORK/dist" "$WORK/$NAME"
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
    --distpath "$WORK/dist" --workpath "$WORK/work" packaging/reader.spec
mv "$WORK/dist/Reader" "$WORK/$NAME"

STAGE="$WORK/$NAME"
# Debug symbols are most of spaCy's and CTranslate2's size. Libraries that
# auditwheel vendored (*.libs) were rewritten by patchelf and break when
# stripped (numpy's OpenBLAS does), so they are left as they are.
find "$STAGE/_internal" -name '*.so*' -type f -not -path '*.libs/*' -exec strip --strip-debug {} +
bundle_desktop_entry "$STAGE/reader.desktop"
install -m 644 packaging/reader.svg packaging/io.github.reader.Reader.metainfo.xml "$STAGE/"
install -m 755 packaging/bundle-install.sh "$STAGE/install.sh"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$STAGE/reader.desktop"; fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --explain "$STAGE/io.github.reader.Reader.metainfo.xml" >/dev/null
fi

mkdir -p dist
tar -C "$WORK" -czf "dist/$NAME.tar.gz" "$NAME"
echo "Built dist/$NAME.tar.gz ($(du -h "dist/$NAME.tar.gz" | cut -f1) packed, $(du -sh "$STAGE" | cut -f1) unpacked)"
