#!/usr/bin/env bash
# Build the standalone bundle and try it the way a user would: unpacked in a
# temporary folder, a fresh HOME, no virtual environment and no Python on
# PATH, Qt offscreen. Checks the window (first paint on the samples, a file
# opened from the command line), import, list --json, export --csv, entities
# (spaCy models, prebuilt name tables, and the raw name data: the bundle can
# rebuild the tables), a translation pack installed
# and used (CTranslate2, SentencePiece), install.sh, and that torch & co. are
# not inside.
#   packaging/test-bundle.sh            build, then test
#   packaging/test-bundle.sh --no-build test dist/Reader-*.tar.gz as it is
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
[[ "${1:-}" == --no-build ]] || packaging/build-bundle.sh
VERSION=$(.venv/bin/python -c "import reader; print(reader.__version__)")
NAME="Reader-$VERSION-linux-x86_64"
TARBALL="$ROOT/dist/$NAME.tar.gz"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/home" "$TMP/work"
tar -C "$TMP" -xzf "$TARBALL"
BUNDLE="$TMP/$NAME"
# A copy-model pack (output = input) built with the venv, installed by the bundle.
.venv/bin/python -c "import sys; sys.path.insert(0, 'tests')
from support.argos_fixture import build_copy_pack; from pathlib import Path
print(build_copy_pack(Path(sys.argv[1]), 'fr', 'en', '1.0'))" "$TMP/work" > "$TMP/pack-path"
cat > "$TMP/work/article.txt" <<'TEXT'
Nieuwe fietsbrug over het kanaal

De gemeente Utrecht opende woensdag een fietsbrug over het kanaal bij de oude sluis. Wethouder Jansen sprak van een mooie dag voor de stad.
TEXT

cat > "$TMP/work/page.html" <<'HTML'
<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>La bibliothèque rouvre ses portes</title></head>
<body><nav><a href="/">Accueil</a> | <a href="/sport">Sport</a></nav>
<article><h1>La bibliothèque rouvre ses portes</h1>
<p>Après deux ans de travaux, la bibliothèque municipale de Lyon a rouvert samedi ses salles de lecture au public.</p>
<p>La directrice, Claire Martin, a présenté les nouveaux espaces consacrés à la presse étrangère et aux langues.</p></article>
<footer>© Journal de test</footer></body></html>
HTML
# The same page served on 127.0.0.1, for `import URL` (no other network).
PORT=$(.venv/bin/python -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
.venv/bin/python -m http.server --bind 127.0.0.1 --directory "$TMP/work" "$PORT" > /dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$TMP"' EXIT

fail() { echo "test-bundle: FAILED: $*" >&2; exit 1; }
run() {  # Reader ARGS in the clean environment; output in $TMP/out, $TMP/err
    (cd "$TMP/work" && env -i HOME="$TMP/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        "$BUNDLE/Reader" "$@") > "$TMP/out" 2> "$TMP/err" || { cat "$TMP/err" >&2; fail "Reader $*"; }
}
step() { printf '%-44s' "$*"; }
timed() { local start=$SECONDS; "$@"; echo " ok ($((SECONDS - start)) s)"; }

for heavy in torch stanza sympy networkx onnxruntime; do
    [[ ! -e "$BUNDLE/_internal/$heavy" ]] || fail "$heavy is inside the bundle"
done
step "gui --exit-after-paint on the samples"; timed run gui --exit-after-paint
grep -q "first paint:" "$TMP/out" || fail "no first paint"
step "Reader FILE (open with Reader)"; timed run "$TMP/work/article.txt" --exit-after-paint
grep -q "first paint:" "$TMP/out" || fail "no first paint with a file"
step "import"; timed run import "$TMP/work/article.txt"
step "import HTML file and URL"; timed run import "$TMP/work/page.html" "http://127.0.0.1:$PORT/page.html"
grep -q "^http://127.0.0.1:$PORT/page.html: unchanged #7" "$TMP/out" || fail "the page is not the HTML file's article"
step "list --json"; timed run list --json
[[ $(grep -c '"title"' "$TMP/out") -eq 7 ]] || fail "list --json: expected 5 samples and 2 imports"
grep -q "Nieuwe fietsbrug" "$TMP/out" || fail "the imported article is not listed"
grep -q "La bibliothèque rouvre ses portes" "$TMP/out" || fail "the HTML article is not listed"
step "annotate + export --csv"; timed run annotate 6 --quote "oude sluis" --note "brug" --tag test
run export --csv "$TMP/work/out.csv"
grep -q "oude sluis" "$TMP/work/out.csv" || fail "export --csv lacks the annotation"
step "entities (French, spaCy + name tables)"; timed run entities 5 --json
grep -q '"label"' "$TMP/out" || fail "no entities in the French sample"
step "entities (Hebrew, name tables)"; timed run entities 1 --json
grep -q '"label"' "$TMP/out" || fail "no entities in the Hebrew sample"
# The window recognises in a worker process: `Reader -m reader.core.entity_worker`,
# driven here by the window's own client code, in the clean environment.
entity_worker() {
    env -i HOME="$TMP/home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$ROOT/.venv/bin/python" - "$BUNDLE/Reader" \
        "$TMP/home/.local/share/Reader" <<'PY'
import sys
from reader.core.entity_worker import MODULE, EntityWorker
worker = EntityWorker(sys.argv[2])
worker.command = lambda: [sys.argv[1], "-m", MODULE, sys.argv[2]]
try:
    report = worker.recompute([5], force=True)
finally:
    worker.close()
assert report.computed == [5], report
PY
}
step "entity worker process (the window's)"; timed entity_worker
# The bundle's prebuilt name tables fit: nothing was built for this user.
compgen -G "$BUNDLE/_internal/share/reader/names/names-he-*" > /dev/null || fail "no prebuilt name tables"
[[ ! -d "$TMP/home/.cache/reader/names" ]] || fail "name tables were rebuilt: the prebuilt ones do not fit"
step "name tables built by the bundle"; timed run -m reader.core.entities.nametables build "$TMP/work/names" he
compgen -G "$TMP/work/names/names-he-*" > /dev/null || fail "the bundle could not build name tables"
step "packs install + translate"; timed run packs install "$(cat "$TMP/pack-path")"
run translate 5
run list --json
tr -d ' \n' < "$TMP/out" | grep -q '"id":5,[^}]*"translated":true' || fail "article 5 is not translated"
install_menu() { HOME="$TMP/home" XDG_DATA_HOME="$TMP/home/.local/share" "$BUNDLE/install.sh" > /dev/null; }
step "install.sh"; timed install_menu
grep -q "^Exec=$BUNDLE/Reader %F" "$TMP/home/.local/share/applications/reader.desktop" || fail "install.sh entry"
echo "test-bundle: all passed ($(du -sh "$BUNDLE" | cut -f1) unpacked)"
