"""Annotation figures: export of 100,000 annotations, and one article with 1,000.

    python benchmarks/bench_annotations.py [--count 100000]

Runs against a temporary library (the five sample articles, each paragraph
given a stand-in translation so that quote_translation is filled).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.core.anchoring import find_anchor, reanchor_article  # noqa: E402
from reader.core.export import export_csv, export_json, export_markdown  # noqa: E402
from reader.core.library import seed_if_first_run  # noqa: E402
from reader.core.storage import Library  # noqa: E402
from reader.core.storage.annotations import AnnotationStore, context_around  # noqa: E402

NOTES = [
    'Key claim, "confirmed" by two outlets',
    "=compare with the Dutch piece",
    "who is this?\nsecond line",
    "",
    "",
    "Timeline: Friday → Monday",
    "@editor check the figure",
]
TAGS = [["people"], ["timeline", "microsoft"], [], ["=formula"], ["claim", "אלטמן"], ["سياق"]]
COLORS = ["yellow", "green", "blue", "pink", "orange", "purple"]


def prepare(data_dir: Path) -> Library:
    library = Library(data_dir)
    seed_if_first_run(library)
    for row in library.list_articles():
        article = library.get_article(row["id"])
        for p, paragraph in enumerate(article.paragraphs):
            library.save_translation(
                article.id,
                p,
                [f"Sentence {i} of paragraph {p}, translated." for i in range(len(paragraph.sentences))],
                "xx_en@1.0",
            )
    return library


def records(library: Library, count: int, article_ids: list[int], rng: random.Random) -> list[dict]:
    articles = [library.get_article(i) for i in article_ids]
    result = []
    for n in range(count):
        article = articles[n % len(articles)]
        p = rng.randrange(len(article.paragraphs))
        text = article.paragraphs[p].text
        start = rng.randrange(max(1, len(text) - 20))
        end = min(len(text), start + rng.randint(5, 40))
        prefix, suffix = context_around(text, start, end)
        result.append(
            dict(
                article_id=article.id,
                pane="source",
                paragraph=p,
                start=start,
                end=end,
                quote=text[start:end],
                prefix=prefix,
                suffix=suffix,
                note=NOTES[n % len(NOTES)],
                tags=TAGS[n % len(TAGS)],
                color=COLORS[n % len(COLORS)],
                created_at="2026-01-01T00:00:00+00:00",
                updated_at="2026-01-01T00:00:00+00:00",
            )
        )
    return result


def timed(function, *args, **kwargs):
    started = time.perf_counter()
    result = function(*args, **kwargs)
    return result, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100_000)
    args = parser.parse_args()
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        library = prepare(folder / "big")
        store = AnnotationStore(library)
        _, seconds = timed(store.restore_many, records(library, args.count, [1, 2, 3, 4, 5], rng))
        print(f"insert {args.count:,} annotations (one transaction): {seconds:.2f} s")
        for name, exporter in (("CSV", export_csv), ("JSON", export_json), ("Markdown", export_markdown)):
            out = folder / f"annotations.{name.lower()}"
            written, seconds = timed(exporter, library, out)
            assert written == args.count
            print(
                f"export {written:,} annotations to {name:8}: {seconds:6.2f} s  "
                f"{written / seconds:10,.0f} rows/s  {out.stat().st_size / 1e6:6.1f} MB"
            )
        library.close()

        library = prepare(folder / "one")
        store = AnnotationStore(library)
        store.restore_many(records(library, 1000, [3], rng))
        for _ in range(3):  # warm caches: report the steady state, as when switching articles
            loaded, seconds = timed(store.list, 3)
        assert len(loaded) == 1000
        print(f"load the 1,000 annotations of one article: {seconds * 1000:.1f} ms")
        single = AnnotationStore(library)
        _, seconds = timed(single.create, 3, "source", 0, 0, 5, note="one more")
        print(f"create one annotation (committed): {seconds * 1000:.1f} ms")
        report, seconds = timed(reanchor_article, library, 3)
        print(f"re-anchor 1,001 unchanged annotations: {seconds * 1000:.0f} ms ({report.summary()})")
        # The worst case: every paragraph edited, so no quote is found exactly.
        paragraphs = [p.text for p in library.get_article(3).paragraphs]
        edited = ["".join("x" if i % 25 == 12 else c for i, c in enumerate(t)) for t in paragraphs]
        found, seconds = timed(
            lambda: sum(
                find_anchor(a.quote, a.prefix, a.suffix, a.paragraph, a.start, edited) is not None
                for a in loaded
            )
        )
        print(
            f"re-anchor 1,000 annotations after an edit in every paragraph (fuzzy): "
            f"{seconds * 1000:.0f} ms, {found} found"
        )
        library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
