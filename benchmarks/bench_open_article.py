"""ReaderService.open_article: statements per table and time, on the samples
and on a long article.

    python benchmarks/bench_open_article.py [--repeat 200]

Runs against a temporary library: the five sample articles, each translated
with stand-in sentences and given a few annotations, and one article of
3,000 paragraphs. Prints the SQL statements that opening reads (per table;
the service keeps the library's entity index between opens, so the first
open reads the entity tables and later ones do not) and the time an open
takes (median and worst), without a window.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.core.library import seed_if_first_run  # noqa: E402
from reader.core.panes import Pane, Span  # noqa: E402
from reader.core.service import ReaderService  # noqa: E402
from reader.core.storage import Library  # noqa: E402
from reader.core.text import Paragraph  # noqa: E402

TABLE = re.compile(r"\b(?:FROM|JOIN)\s+(\w+)", re.IGNORECASE)


def prepare(data_dir: Path) -> tuple[Library, int]:
    library = Library(data_dir)
    seed_if_first_run(library)
    service = ReaderService(library)
    for row in library.list_articles():
        article = library.get_article(row["id"])
        assert article is not None
        for p, paragraph in enumerate(article.paragraphs):
            library.save_translation(
                row["id"],
                p,
                [f"Sentence {i} of paragraph {p}, translated." for i in range(len(paragraph.sentences))],
                "xx_en@1.0",
            )
        library.mark_translated(row["id"], "xx_en@1.0")
        for p in range(min(3, len(article.paragraphs))):
            service.annotate(row["id"], Pane.SOURCE, span=Span(Pane.SOURCE, p, 0, 4), note=f"note {p}")
    long = _long_article(library)
    return library, long


def _long_article(library: Library) -> int:
    from types import SimpleNamespace

    text = "Een zin over de haven en de stad. Nog een zin met meer woorden erin."
    paragraphs = [
        Paragraph(f"{i}. {text}", [(0, len(str(i)) + 35), (len(str(i)) + 36, len(str(i)) + 2 + len(text))])
        for i in range(3000)
    ]
    imported = SimpleNamespace(
        title="Lang",
        language="nl",
        date=None,
        source_path="/bench/long.txt",
        encoding="utf-8",
        content_hash="bench-long",
        word_count=3000 * 16,
        paragraphs=paragraphs,
    )
    article_id, _ = library.add_article(imported)
    return article_id


def statements(library: Library, action) -> Counter[str]:
    seen: list[str] = []
    library.conn.set_trace_callback(seen.append)
    try:
        action()
    finally:
        library.conn.set_trace_callback(None)
    counts: Counter[str] = Counter()
    for sql in seen:
        counts.update(set(TABLE.findall(sql)))
    return counts


def timed(action, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        library, long = prepare(Path(folder))
        service = ReaderService(library)
        first = statements(library, lambda: service.open_article(1))
        print(f"first open, statements per table: {dict(sorted(first.items()))}")
        later = statements(library, lambda: service.open_article(2))
        print(f"later open, statements per table: {dict(sorted(later.items()))}")
        samples = [row["id"] for row in library.list_articles() if row["id"] != long]
        for article_id in samples:
            median, worst = timed(lambda article_id=article_id: service.open_article(article_id), args.repeat)
            print(f"article {article_id}: open_article median {median:.2f} ms, worst {worst:.2f} ms")
        median, worst = timed(lambda: service.open_article(long), args.repeat)
        print(f"3,000 paragraphs: open_article median {median:.2f} ms, worst {worst:.2f} ms")
        median, worst = timed(lambda: service.open_article(long).source.text(0), args.repeat)
        print(f"3,000 paragraphs, first screen's text read too: median {median:.2f} ms, worst {worst:.2f} ms")
        library.close()


if __name__ == "__main__":
    main()
