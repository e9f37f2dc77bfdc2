"""What Reader makes of the five samples, as plain data, to catch behaviour changes.

Performance work (issue 14) must not change results: ``tests/core/test_samples_golden.py``
compares :func:`samples_outcome` on the current tree with ``tests/data/golden/samples.json``.
The outcome of each sample in ``seeds/``: its source sentences per paragraph, its translation
per paragraph through tiny copy-model packs (``argos_fixture.build_copy_pack``: output == input,
so the translation exercises Reader's splitting, batching and joining, not a model), its entity
mentions in both panes, and the library's entity groups. Confidence values are left out: they
are scores, not results, and may move with a harmless change.

Regenerate only when a change is MEANT to move results, and give the reason in the commit
message (the diff of samples.json shows what moved)::

    .venv/bin/python tests/support/golden_samples.py --write

(A script, not ``-m tests.support...``: argostranslate installs a top-level ``tests`` package
that shadows this folder.)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
GOLDEN = REPO / "tests" / "data" / "golden" / "samples.json"

# One copy pack per sample language, each into English (the copy model ignores language).
PACK_LANGUAGES = ("he", "ar", "fr", "nl")
SAMPLE_LISTS = ("source_sentences", "translation", "entities")


def samples_outcome(data_dir: Path) -> dict[str, Any]:
    """Import the samples into a new library at ``data_dir``, install the copy packs,
    translate every article, recognise entities; return the outcome as JSON-able data."""
    from reader.core import entity_service
    from reader.core.library import seed_if_first_run
    from reader.core.panes import PaneText
    from reader.core.service import ReaderService
    from reader.core.storage import Library
    from support.argos_fixture import build_copy_pack  # tests/ is on sys.path (pytest, or main())

    data_dir = Path(data_dir)
    library = Library(data_dir)
    try:
        file_of: dict[int, str] = {}
        seed_if_first_run(
            library,
            SEEDS,
            report=lambda r: file_of.__setitem__(r.article_id, Path(r.path).name) if r.article_id else None,
        )
        service = ReaderService(library)
        for language in PACK_LANGUAGES:
            service.packs.install_file(build_copy_pack(data_dir / "pack-files", language, "en", "1.0"))
        for article_id in sorted(file_of):
            service.translate(article_id)
        entity_service.recompute(library)

        samples: dict[str, Any] = {}
        for article_id, name in sorted(file_of.items(), key=lambda item: item[1]):
            article = library.get_article(article_id)
            assert article is not None
            translation = PaneText.from_translation(article, library.get_translation(article_id))
            mentions = entity_service.mentions_for_highlight(library, article_id)
            samples[name] = {
                "language": article.language,
                "source_sentences": [p.sentence_texts() for p in article.paragraphs],
                "translation": list(translation.paragraphs),
                "entities": sorted(
                    [m.pane, m.paragraph, m.start, m.end, m.text, m.label, m.canonical] for m in mentions
                ),
            }
        groups = sorted(
            [g.name, g.label, g.total, sorted(file_of[a] for a in g.mentions)]
            for g in entity_service.groups(library)
        )
        return {"samples": samples, "entity_groups": groups}
    finally:
        library.close()


def dumps(outcome: dict[str, Any]) -> str:
    """JSON with one line per paragraph, mention and group, so a diff names what moved."""

    def one_line(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    def rows(items: list[Any], indent: str) -> str:
        return "[\n" + ",\n".join(indent + " " + one_line(item) for item in items) + "\n" + indent + "]"

    samples = []
    for name, sample in sorted(outcome["samples"].items()):
        fields = [f'   "language": {one_line(sample["language"])}']
        fields += [f"   {one_line(key)}: {rows(sample[key], '   ')}" for key in SAMPLE_LISTS]
        samples.append(f"  {one_line(name)}: {{\n" + ",\n".join(fields) + "\n  }")
    return (
        f'{{\n "entity_groups": {rows(outcome["entity_groups"], " ")},\n'
        ' "samples": {\n' + ",\n".join(samples) + "\n }\n}\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--write", action="store_true", help=f"write {GOLDEN.relative_to(REPO)}")
    args = parser.parse_args(argv)
    sys.path[:0] = [str(REPO), str(REPO / "tests")]
    with tempfile.TemporaryDirectory() as tmp:
        # Keep the user's own Reader and Argos folders out of it.
        os.environ["ARGOS_PACKAGES_DIR"] = str(Path(tmp) / "unused-argos-packages")
        os.environ.pop("READER_DATA_DIR", None)
        text = dumps(samples_outcome(Path(tmp) / "data"))
    if args.write:
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(text, encoding="utf-8")
        print(f"wrote {GOLDEN}")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
