"""Screenshots of the main window on every article of a library.

    xvfb-run -s "-screen 0 1600x1000x24" .venv/bin/python tests/screenshots.py OUT_DIR [--data-dir DIR] [--packs|--story]

Without --data-dir a fresh library of the sample articles is used. Also used
by tests/ui/test_screenshots.py (offscreen).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def take_screenshots(
    out_dir: Path, data_dir: Path, size=(1440, 900), with_features: bool = False
) -> list[Path]:
    """One PNG per article. `with_features` installs every feature first and
    waits (up to a minute) until entities of every article are recognised,
    so highlights show as a user sees them."""
    from reader.core.library import seed_if_first_run
    from reader.core.storage import Library
    from reader.ui.app import create_application
    from reader.ui.main_window import MainWindow

    app = create_application([])
    library = Library(data_dir)
    seed_if_first_run(library)
    window = MainWindow(library)
    window.resize(*size)
    window.show()
    if with_features:
        import time

        window.install_features()
        total = library.article_count()
        deadline = time.monotonic() + 60
        while (
            f"Entities: {total}/{total}" not in window.statusBar().currentMessage()
            and time.monotonic() < deadline
        ):
            app.processEvents()
            time.sleep(0.05)
    out_dir.mkdir(parents=True, exist_ok=True)
    shots = []
    for row in library.list_articles():
        window.select_article(row["id"])
        for _ in range(5):
            app.processEvents()
        path = out_dir / f"article-{row['id']}-{row['language']}.png"
        window.grab().save(str(path))
        shots.append(path)
    window.close()
    library.close()
    return shots


# A pack list as a fetch would leave it (sizes of the real packs, roughly); no file behind the links.
SAMPLE_INDEX = [
    {
        "type": "translate",
        "from_code": code,
        "to_code": "en",
        "package_version": version,
        "links": [f"https://example.invalid/translate-{code}_en.argosmodel"],
        "size": size,
    }
    for code, version, size in [
        ("he", "1.5", 92_000_000),
        ("ar", "1.0", 96_000_000),
        ("fr", "1.9", 101_000_000),
        ("nl", "1.8", 98_000_000),
    ]
]


def take_pack_screenshots(out_dir: Path, data_dir: Path, size=(1440, 900)) -> list[Path]:
    """The first start of a library with no packs: the window showing the pack
    offer (sizes from a cached pack list), and the Language Packs dialog."""
    import json

    from reader.core.library import seed_if_first_run
    from reader.core.storage import Library
    from reader.ui.app import create_application
    from reader.ui.main_window import MainWindow

    app = create_application([])
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "packs-index.json").write_text(json.dumps(SAMPLE_INDEX))
    library = Library(data_dir)
    seed_if_first_run(library)
    window = MainWindow(library)
    window.resize(*size)
    window.show()
    window.select_article(1)
    for _ in range(5):
        app.processEvents()
    out_dir.mkdir(parents=True, exist_ok=True)
    offer = out_dir / "pack-offer.png"
    window.grab().save(str(offer))
    dialog = window.open_packs_dialog()
    for _ in range(5):
        app.processEvents()
    packs = out_dir / "packs-dialog.png"
    dialog.grab().save(str(packs))
    dialog.close()
    window.close()
    library.close()
    return [offer, packs]


def take_story_screenshots(out_dir: Path, data_dir: Path, size=(1500, 950)) -> list[Path]:
    """The story view on the samples (one story of five articles in four
    languages): the matrix with one person's sentences in every language,
    the timeline, the numbers and the quotations. Article 1's first paragraph
    has a human translation (no translation pack here), so the translation
    column shows beside the source where one exists."""
    import time

    from support.entity_fixtures import HE_P0_ENGLISH

    from reader.core.entity_service import recompute
    from reader.core.library import seed_if_first_run
    from reader.core.storage import Library
    from reader.core.stories import StoryGrouper
    from reader.ui.app import create_application
    from reader.ui.main_window import MainWindow

    app = create_application([])
    library = Library(data_dir)
    seed_if_first_run(library)
    library.save_translation(1, 0, HE_P0_ENGLISH, "human")
    recompute(library)
    StoryGrouper(library).recompute()
    window = MainWindow(library)
    window.resize(1200, 800)
    window.show()
    window.select_article(1)
    stories = window.feature("stories")
    stories.show_story()  # compared in the background
    deadline = time.monotonic() + 60
    while stories.view is None and time.monotonic() < deadline:
        app.processEvents()
    view = stories.view
    view.resize(*size)
    view.show_comparison(view.comparison)  # laid out again at this size
    view.select_entity("", "Mira Murati")  # named in all five articles, a few times each
    out_dir.mkdir(parents=True, exist_ok=True)
    shots = []
    for name, show in (
        ("story-matrix-sentences", view.focus_sentences),
        ("story-timeline", view.show_timeline),
        ("story-numbers", view.show_numbers),
        ("story-quotations", view.show_quotations),
    ):
        show()
        for _ in range(5):
            app.processEvents()
        path = out_dir / f"{name}.png"
        view.grab().save(str(path))
        shots.append(path)
    view.focus_sentences()  # the Arabic, Dutch and French sentences further down
    view.sentences.scrollToBottom()
    for _ in range(5):
        app.processEvents()
    path = out_dir / "story-sentences-end.png"
    view.grab().save(str(path))
    shots.append(path)
    view.close()
    window.close()
    library.close()
    return shots


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument(
        "--packs", action="store_true", help="the pack offer and the Language Packs dialog instead"
    )
    parser.add_argument("--story", action="store_true", help="the story view on the samples instead")
    args = parser.parse_args()
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="reader-shots-"))
    shots = (
        take_pack_screenshots(args.out_dir, data_dir)
        if args.packs
        else take_story_screenshots(args.out_dir, data_dir)
        if args.story
        else take_screenshots(args.out_dir, data_dir, with_features=True)
    )
    for path in shots:
        print(path)


if __name__ == "__main__":
    main()
