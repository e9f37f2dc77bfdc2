"""Entity recognition on the development set (tests/data/entities, issue 10).

Prints, per language:
- precision and recall WITHOUT a translation: untyped (PERSON/ORG/PLACE by
  span overlap; exact boundaries counted too), typed (same label; the French
  and Dutch figure) and DATE separately;
- the same WITH the reference English translations as the translation pane
  (he, ar, fa and ur where written), so the projection path runs on realistic
  input;
- milliseconds per 1,000 source words (warm: models and tables loaded);
- common words linked to a person in the cross-article index (group_mentions
  over every dev article; a common word is a one-token person whose surface
  the name tables call common, i.e. frequent in wordfreq), without a
  translation and with the reference English translations as the pane (the
  mentions projected from it), split into wrong links (not a gold person)
  and gold people;
- the cold load time of the name tables and the resident memory they add,
  and for reference a bare PySide6 window against the app's window on the
  sample articles (separate processes).

Scoring rules: tests/support/entity_scoring.py. The five samples are not a measure.

Run:  python benchmarks/bench_entities.py [--errors LANG] [--no-memory] [--data DIR] [--repeat N] [--known N]
(--repeat N: the timing is repeated N times and the median per language printed;
--known N: also timed with a library of up to N known names, the other set's gold
names, as the app passes its library's names: printed after the scores)
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from support.entity_devset import load_devset  # noqa: E402
from support.entity_scoring import TRANSLATED_LANGS, recognise, score_devset  # noqa: E402

from reader.core.entities import PERSON, SOURCE, group_mentions  # noqa: E402

WORD = re.compile(r"\w+")
LANG_ORDER = ("he", "ar", "fa", "ur", "fr", "nl")


def words(paragraphs) -> int:
    return sum(len(WORD.findall(p)) for p in paragraphs)


def run_child(code: str, timeout: int = 600) -> dict:
    """Run `code` in a fresh interpreter at the repository root; it prints one JSON line."""
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=_child_env(),
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode != 0 or not lines:
        return {"error": (out.stderr.strip().splitlines() or ["no output"])[-1]}
    return json.loads(lines[-1])


def _child_env() -> dict:
    import os

    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


# --- name tables -----------------------------------------------------------------------

TABLES_CHILD = """
import json, time
from pathlib import Path
def rss():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
import reader.core.entities, reader.core.entities.recognise  # the code, not the data
from reader.core.entities import nametables
before = rss()
times = {}
for lang in nametables.LANGS:
    t = time.perf_counter()
    nametables.tables(lang)
    times[lang] = (time.perf_counter() - t) * 1000
print(json.dumps({"before": before, "after": rss(), "ms": times,
                  "built": nametables.last_build_seconds, "dir": str(nametables.cache_dir())}))
"""


def name_tables() -> None:
    print("== name tables (reader.core.entities.nametables), in a fresh process")
    try:
        from reader.core.entities import nametables  # noqa: F401
    except ImportError:
        print("  not available yet: reader/core/entities/nametables.py is missing")
        return
    first = run_child(TABLES_CHILD)
    if "error" in first:
        print(f"  could not load them: {first['error']}")
        return
    if first["built"]:
        print(f"  first use built the cache in {first['built']:.1f} s ({first['dir']}); loading again:")
        first = run_child(TABLES_CHILD)
    total = sum(first["ms"].values())
    print(
        "  cold load: "
        + ", ".join(f"{lang} {ms:.0f} ms" for lang, ms in first["ms"].items())
        + f"; all {total:.0f} ms"
    )
    print(
        f"  resident memory: {first['before']:.0f} MB before, {first['after']:.0f} MB after loading "
        f"all tables (+{first['after'] - first['before']:.0f} MB)"
    )


# --- windows ---------------------------------------------------------------------------

BARE_WINDOW = """
import json, time
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1440, 900); w.show()
t = time.time()
while time.time() - t < 1.0:
    app.processEvents(); time.sleep(0.02)
rss = [int(l.split()[1]) / 1024 for l in Path("/proc/self/status").read_text().splitlines()
       if l.startswith("VmRSS:")][0]
print(json.dumps({"rss": rss}))
"""

APP_WINDOW = """
import json, tempfile, time
from pathlib import Path
from reader.core.library import seed_if_first_run
from reader.core.storage import Library
from reader.ui.app import create_application
from reader.ui.main_window import MainWindow
app = create_application([])
library = Library(Path(tempfile.mkdtemp(prefix="bench-entities-")))
seed_if_first_run(library)
w = MainWindow(library); w.resize(1440, 900)
controller = w.entities
w.show()
t = time.time()
while not controller.groups and time.time() - t < 300:
    app.processEvents(); time.sleep(0.05)
for row in library.list_articles():  # every sample shown once, as a reader would
    w.select_article(row["id"])
    for _ in range(5):
        app.processEvents()
rss = [int(l.split()[1]) / 1024 for l in Path("/proc/self/status").read_text().splitlines()
       if l.startswith("VmRSS:")][0]
print(json.dumps({"rss": rss, "entities": len(controller.groups), "seconds": time.time() - t}))
controller.shutdown()
"""


def windows() -> None:
    print("== resident memory of a window (offscreen, fresh processes)")
    bare = run_child(BARE_WINDOW)
    app = run_child(APP_WINDOW)
    if "error" in bare or "error" in app:
        print(f"  could not measure: {bare.get('error') or app.get('error')}")
        return
    print(f"  bare PySide6 window: {bare['rss']:.0f} MB")
    print(
        f"  Reader's window on the samples, entities recognised ({app['entities']} entities, "
        f"{app['seconds']:.0f} s): {app['rss']:.0f} MB"
    )


# --- the development set ---------------------------------------------------------------------


def print_scores(
    title: str, result: dict, speed: dict[str, tuple[float, float, float]], repeat: int = 1
) -> None:
    import os

    print(f"== {title}")
    print(
        f"  {'lang':<5}{'untyped P':>10}{'R':>6}{'F1':>6}{'exact':>9}   {'typed P':>8}{'R':>6}{'F1':>6}"
        f"   {'DATE P':>7}{'R':>6}   ms/1000 words: first pass (CPU); CPU again"
        + (f", median of {repeat} runs" if repeat > 1 else "")
    )
    for lang in sorted(result, key=lambda code: LANG_ORDER.index(code) if code in LANG_ORDER else 99):
        u, t, d = result[lang]["untyped"], result[lang]["typed"], result[lang]["date"]
        print(
            f"  {lang:<5}{u.precision:>10.2f}{u.recall:>6.2f}{u.f1:>6.2f}{u.exact:>5}/{u.gold:<4}"
            f"{t.precision:>8.2f}{t.recall:>6.2f}{t.f1:>6.2f}   {d.precision:>7.2f}{d.recall:>6.2f}"
            + "   {:>7.1f} ({:.1f}); {:.1f}".format(*speed.get(lang, (float("nan"),) * 3))
        )
    print(f"  (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores while timing)")


# Loads every model and table before the timing, on text written for this and
# found in no set: the timed first pass then meets its paragraphs and most of
# its words for the first time, as the entity worker meets a new article.
WARM_UP = {
    "he": (
        "שר האוצר משה כהן אמר ביום שני בחיפה כי בנק ישראל יפרסם את הנתונים ב-3 במרץ 2024.",
        "Finance Minister Moshe Cohen said on Monday in Haifa that the Bank of Israel will publish the figures on 3 March 2024.",
    ),
    "ar": (
        "قال وزير المالية محمد علي يوم الاثنين في القاهرة إن البنك المركزي سينشر الأرقام في 3 مارس 2024.",
        "Finance Minister Mohamed Ali said on Monday in Cairo that the Central Bank will publish the figures on 3 March 2024.",
    ),
    "fa": (
        "وزیر اقتصاد علی رضایی روز دوشنبه در تبریز گفت بانک مرکزی آمار را در ۱۲ اسفند منتشر می‌کند.",
        "Economy Minister Ali Rezaei said on Monday in Tabriz that the Central Bank will publish the figures on 12 Esfand.",
    ),
    "ur": (
        "وزیر خزانہ احمد خان نے پیر کے روز لاہور میں کہا کہ اسٹیٹ بینک 3 مارچ 2024 کو اعداد و شمار جاری کرے گا۔",
        "Finance Minister Ahmed Khan said on Monday in Lahore that the State Bank will release the figures on 3 March 2024.",
    ),
    "fr": (
        "Le ministre des Finances, Paul Martin, a déclaré lundi à Lyon que la Banque de France publiera les chiffres le 3 mars 2024.",
        None,
    ),
    "nl": (
        "Minister van Financiën Jan de Vries zei maandag in Utrecht dat De Nederlandsche Bank de cijfers op 3 maart 2024 publiceert.",
        None,
    ),
}


def warm_up(articles) -> None:
    """Load the models and tables of every language of `articles` (and the
    English pane's) on WARM_UP's sentences, then settle the heap as the
    entity worker does."""
    from support.entity_devset import DevArticle

    from reader.core.entity_service import freeze_survivors

    for lang in sorted({a.lang for a in articles}):
        source, english = WARM_UP.get(lang, (None, None))
        if source is None:
            continue
        article = DevArticle("warm-up", lang, "", "", [source], [], [english] if english else None)
        recognise(article)
        if english and any(a.lang == lang and a.english_paragraphs for a in articles):
            recognise(article, translated=True)
    freeze_survivors()


def speed(articles, translated: bool, repeat: int = 1, known=()) -> dict[str, tuple[float, float, float]]:
    """CPU milliseconds per 1,000 source words, per language, with the models
    loaded (warm_up): (first pass wall, first pass CPU, CPU again).

    The first pass is the honest figure: each article is recognised for the
    first time, as the entity worker recognises a new article, so the
    paragraph and word caches of the rules (and spaCy's vocabulary) fill as
    they would. "Again" times the set once more (median of `repeat` runs,
    spaCy's per-paragraph cache emptied): what recognising an article again
    costs, when the library's names change; it ran 1.3-1.6x faster than the
    first pass on blind14+15, so a bench that only times repeats flatters.
    Wall time counts other processes' turns on a busy machine: read the CPU.
    After each article the heap is settled as the entity worker settles it
    (entity_service.freeze_survivors), inside the timing. The sentences of
    both panes are split before it: the entity worker reads them with the
    article (entity_service.article_input), split when it was fetched and
    translated."""
    from statistics import median

    from support.entity_scoring import article_input

    from reader.core.entities import recognise_article
    from reader.core.entities.spacy_models import clear_cache
    from reader.core.entity_service import freeze_survivors

    inputs = [
        article_input(article, translated)
        if not translated or article.english_paragraphs is not None
        else None
        for article in articles
    ]

    def one_pass() -> dict[str, tuple[float, float]]:
        spent: dict[str, float] = {}
        cpu: dict[str, float] = {}
        counted: dict[str, int] = {}
        for article, given in zip(articles, inputs):
            if given is None:
                continue
            t, c = time.perf_counter(), time.process_time()
            recognise_article(*given, known)
            freeze_survivors()
            spent[article.lang] = spent.get(article.lang, 0.0) + time.perf_counter() - t
            cpu[article.lang] = cpu.get(article.lang, 0.0) + time.process_time() - c
            counted[article.lang] = counted.get(article.lang, 0) + words(article.paragraphs)
        return {lang: (spent[lang] * 1e6 / counted[lang], cpu[lang] * 1e6 / counted[lang]) for lang in spent}

    first = one_pass()
    again: dict[str, list[float]] = {}
    for _ in range(max(1, repeat)):
        clear_cache()
        for lang, (_, c) in one_pass().items():
            again.setdefault(lang, []).append(c)
    return {lang: (w, c, median(again[lang])) for lang, (w, c) in first.items()}


def known_library(articles, limit: int) -> list:
    """A library's known names as recompute passes them: every non-date name of
    `articles`' gold (source and English), by canonical name, its other
    spellings as forms, in how many articles it was seen; the first `limit`."""
    from reader.core.entities import DATE, KnownName

    names: dict[str, tuple[str, set[str], set[str]]] = {}
    for a in articles:
        for g in list(a.gold) + list(a.english_gold or []):
            if g.label == DATE:
                continue
            name = g.canonical or g.text
            label, forms, seen = names.setdefault(name, (g.label, set(), set()))
            seen.add(a.name)
            if g.text != name:
                forms.add(g.text)
    return [
        KnownName(name, label, tuple(sorted(forms)), len(seen))
        for name, (label, forms, seen) in sorted(names.items())
    ][:limit]


def speed_with_known(articles, translated, limit: int, directory: Path | None, repeat: int, base) -> None:
    """ms/1000 words with a library's known names (the app passes every name
    of the library's entity index; the lines above pass none), beside the
    same figure without names."""
    from reader.core.entities.matching import KnownIndex

    other = load_devset() if directory else load_devset(ROOT / "tests" / "data" / "entities_holdout")
    names = known_library(other, limit)
    known = KnownIndex(names)  # (made once, as recompute makes it once per phase)
    print(
        f"== with a library of {len(names)} known names (the gold names of "
        f"{'tests/data/entities' if directory else 'tests/data/entities_holdout'}, one KnownIndex)"
    )
    print(
        "  ms/1000 words, CPU again (timed after the passes above: compare with their 'CPU again')"
        + (f", median of {repeat} runs" if repeat > 1 else "")
    )
    plain = speed(articles, False, repeat, known)
    with_en = speed(translated, True, repeat, known)
    for lang in sorted(plain, key=lambda code: LANG_ORDER.index(code) if code in LANG_ORDER else 99):
        line = f"  {lang:<5}no pane {plain[lang][2]:>7.1f} (no names {base[0].get(lang, (0, 0, float('nan')))[2]:.1f})"
        if lang in with_en:
            line += f"   pane {with_en[lang][2]:>7.1f} (no names {base[1].get(lang, (0, 0, float('nan')))[2]:.1f})"
        print(line)
    import os

    print(f"  (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores while timing)")


def common_words_linked_to_people(articles, mentions: dict[str, list]) -> None:
    """One-token people whose surface is a common word, in the cross-article index."""
    from reader.core.entities import nametables

    by_id = {i: mentions[a.name] for i, a in enumerate(articles) if a.name in mentions}
    lang_of = {i: a.lang for i, a in enumerate(articles)}
    gold_people: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for i, a in enumerate(articles):
        for g in a.gold:
            if g.label == PERSON:
                gold_people.setdefault((i, g.paragraph), []).append((g.start, g.end))
    found = []
    for group in group_mentions(by_id):
        if group.label != PERSON:
            continue
        for article_id, ms in group.mentions.items():
            lang = lang_of[article_id]
            for m in ms:
                if m.pane != SOURCE or len(WORD.findall(m.text)) != 1:
                    continue
                if lang in ("fr", "nl") and m.text[:1].isupper():
                    continue  # capitalised names are frequent words to wordfreq ("Macron")
                if nametables.tables(lang).is_common(m.text):
                    right = any(
                        s < m.end and m.start < e  # part of a gold person's name
                        for s, e in gold_people.get((article_id, m.paragraph), ())
                    )
                    found.append((lang, m.text, group.name, right, articles[article_id].name))
    wrong = [f for f in found if not f[3]]
    print(
        f"  {len(found)} one-token people are common words; {len(wrong)} of them are not (part of) "
        f"a person in the gold (wrong links: the goal is 0), {len(found) - len(wrong)} are"
    )
    for lang, text, name, right, article in sorted(found, key=lambda f: f[3]):  # wrong links first
        print(f"    {lang} {text!r} -> {name} ({article}{', a person in the gold' if right else ', WRONG'})")


def devset(show_errors: str | None, directory: Path | None = None, repeat: int = 1, known: int = 0) -> None:
    articles = load_devset(directory) if directory else load_devset()
    if not articles:
        print("== development set: no articles in tests/data/entities yet")
        return
    counts = {}
    for a in articles:
        counts[a.lang] = counts.get(a.lang, 0) + 1
    print(
        f"== development set: {len(articles)} articles ("
        + ", ".join(f"{code} {n}" for code, n in sorted(counts.items()))
        + ")"
    )
    t = time.perf_counter()
    warm_up(articles)
    print(f"  warm-up (loads models and tables, on sentences of no set): {time.perf_counter() - t:.1f} s")

    translated = [a for a in articles if a.lang in TRANSLATED_LANGS and a.english_paragraphs]
    # Timed first, so that the first pass is each article's first recognition.
    plain_speed = speed(articles, False, repeat)
    with_en_speed = speed(translated, True, repeat)
    plain, plain_mentions = score_devset(articles)
    print_scores("without a translation", plain, plain_speed, repeat)
    with_en, en_mentions = score_devset(translated, translated=True)
    print_scores(
        "with the reference English translation as the translation pane", with_en, with_en_speed, repeat
    )
    if known:
        speed_with_known(articles, translated, known, directory, repeat, (plain_speed, with_en_speed))
    print("== common words linked to a person (cross-article index, no translation)")
    common_words_linked_to_people(articles, plain_mentions)
    print(
        "== common words linked to a person (cross-article index, the reference English translation"
        " as the translation pane: the articles that have one)"
    )
    common_words_linked_to_people(translated, en_mentions)
    if show_errors:
        for title, result in (("without translation", plain), ("with translation", with_en)):
            if show_errors not in result:
                continue
            print(f"== errors, {show_errors}, {title} (typed)")
            for kind, article, text, label, other in result[show_errors]["typed"].errors:
                print(
                    f"  {kind:<7}{article:<40}{text!r} {label}" + (f" (gold/ours {other})" if other else "")
                )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", metavar="LANG", help="also list the typed errors of one language")
    ap.add_argument("--no-memory", action="store_true", help="skip the window memory processes")
    ap.add_argument(
        "--data",
        metavar="DIR",
        type=Path,
        help="another set in the same format, e.g. tests/data/entities_holdout",
    )
    ap.add_argument(
        "--repeat",
        metavar="N",
        type=int,
        default=1,
        help="time each set N times and print the median ms/1000 words per language (default 1)",
    )
    ap.add_argument(
        "--known",
        metavar="N",
        type=int,
        default=0,
        help="also time with a library of up to N known names, as the app passes them (the other"
        " set's gold names: tests/data/entities_holdout's, or tests/data/entities' with --data)",
    )
    args = ap.parse_args()
    name_tables()
    devset(args.errors, args.data, args.repeat, args.known)
    if not args.no_memory:
        windows()


if __name__ == "__main__":
    main()
