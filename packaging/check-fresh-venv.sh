#!/usr/bin/env bash
# CI check (slow: downloads every dependency, about 1.5 GB): a fresh venv made
# with Python 3.11's own pip -- the one ensurepip bundles (23.2 on 3.11),
# never upgraded -- installs Reader and imports an HTML page.
#
# Why: pip 23.2 does not match the extra `lxml[html_clean]` that jusText
# asks for, so lxml_html_clean must be a direct dependency of Reader or
# every HTML import fails.
#
#   packaging/check-fresh-venv.sh            (PYTHON=python3.11 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3.11}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$PYTHON" -m venv "$work/venv"   # ensurepip's pip, as a user's fresh venv has it
pip="$work/venv/bin/python -m pip"
echo "fresh venv: $($pip --version)"
# The CPU build of torch first, as packaging/bootstrap.sh does (else pip
# resolves a multi-GB CUDA build); then Reader itself, not editable.
$pip install -q "torch==2.13.0"
$pip install -q .

"$work/venv/bin/python" -c "import lxml_html_clean, justext" \
    || { echo "FAIL: lxml_html_clean or jusText is missing from a fresh install" >&2; exit 1; }

cat > "$work/page.html" <<'HTML'
<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>De raad kiest opnieuw</title></head>
<body><nav>Home · Nieuws · Sport</nav>
<article><h1>De raad kiest opnieuw</h1>
<p>De raad van bestuur koos in drie dagen voor de derde keer een nieuwe directeur, terwijl
honderden medewerkers dreigden op te stappen.</p>
<p>Volgens ingewijden liepen de gesprekken over een terugkeer vast op de rol van het bestuur zelf.
De directeur zou alleen terugkomen als het bestuur zou vertrekken.</p>
<p>Een grote investeerder liet weten dat hij de nieuwe directeur een eerlijke kans wil geven,
maar dat het vertrouwen in het bestuur geschaad is.</p></article>
<footer>Alle rechten voorbehouden</footer></body></html>
HTML

output=$(QT_QPA_PLATFORM=offscreen "$work/venv/bin/reader" --data-dir "$work/data" import "$work/page.html" 2>&1) \
    || { echo "FAIL: HTML import in the fresh venv: $output" >&2; exit 1; }
echo "$output"
grep -q ": added #1 \[nl," <<<"$output" \
    || { echo "FAIL: the HTML page was not imported as a Dutch article" >&2; exit 1; }
grep -q "unexpected error" <<<"$output" && { echo "FAIL: $output" >&2; exit 1; }
echo "OK: a fresh venv with $("$work/venv/bin/python" -m pip --version | cut -d' ' -f1-2) imports HTML"
