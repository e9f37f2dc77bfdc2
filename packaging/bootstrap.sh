#!/usr/bin/env bash
# Set up Reader in .venv (pinned dependencies, CPU-only torch) and then:
#   packaging/bootstrap.sh run     open the app on the sample library
#   packaging/bootstrap.sh test    run the whole test suite
#   packaging/bootstrap.sh setup   only set up
#   packaging/bootstrap.sh build   set up with the window's libraries too (build-bundle.sh: the bundle carries them)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VENV="$ROOT/.venv"
PYTHON=${PYTHON:-python3}

# Shared libraries Qt needs: offscreen (tests) and a real window (xcb).
QT_LIBS_OFFSCREEN="libglib2.0-0 libegl1 libgl1 libx11-6 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3"
QT_LIBS_WINDOW="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0"

missing_debian_packages() {
    command -v dpkg-query >/dev/null || return 0
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
    done
}

install_system_libraries() {
    local wanted="$QT_LIBS_OFFSCREEN"
    [[ "${1:-}" == run || "${1:-}" == build ]] && wanted="$wanted $QT_LIBS_WINDOW"
    # shellcheck disable=SC2086
    local missing; missing=$(missing_debian_packages $wanted | tr '\n' ' ')
    [[ -z "${missing// }" ]] && return 0
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
        echo "Installing system libraries for Qt: $missing"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    else
        echo "Reader needs these system libraries for Qt: $missing" >&2
        echo "Install them with:  sudo apt-get install $missing" >&2
        [[ "${1:-}" == run ]] && exit 1 || true
    fi
}

setup_venv() {
    if [[ ! -x "$VENV/bin/python" ]]; then
        "$PYTHON" -m venv "$VENV"
    fi
    local stamp="$VENV/.reader-installed"
    if [[ ! -f "$stamp" || pyproject.toml -nt "$stamp" ]]; then
        "$VENV/bin/python" -m pip install -q --upgrade pip
        # CPU build of torch first (argostranslate -> stanza -> torch); left to
        # itself pip would resolve a multi-GB CUDA build.
        "$VENV/bin/python" -m pip install -q "torch==2.13.0"
        "$VENV/bin/python" -m pip install -q -e ".[test]"
        touch "$stamp"
    fi
    # Bytecode ahead of time: start-up stays fast even where the environment
    # sets PYTHONDONTWRITEBYTECODE (Python still reads existing caches).
    if [[ ! -d reader/__pycache__ || -n $(find reader -name '*.py' -newer reader/__pycache__ -print -quit) ]]; then
        "$VENV/bin/python" -m compileall -q reader >/dev/null || true
    fi
    # Name tables for entity recognition, built once per installation (about
    # half a minute) instead of on a user's first article.
    "$VENV/bin/python" -m reader.core.entities.nametables ensure "$VENV/share/reader/names"
    # The tiny random-weight model that warms CTranslate2 up at idle is made
    # here, not committed (a binary); without it the warm-up is skipped.
    [[ -f resources/translation_warmup/model.bin ]] || "$VENV/bin/python" tools/make_translation_warmup.py
}

command=${1:-setup}
install_system_libraries "$command"
setup_venv
case "$command" in
    setup|build) echo "Reader is set up in $VENV. Run: $VENV/bin/reader" ;;
    run) shift; "$VENV/bin/reader" "$@" ;;
    test) shift; cd "$ROOT"; QT_QPA_PLATFORM=offscreen exec "$VENV/bin/python" -m pytest "$@" ;;
    *) echo "usage: packaging/bootstrap.sh [setup|run|test|build]" >&2; exit 2 ;;
esac
