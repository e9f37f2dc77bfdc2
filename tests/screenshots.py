"""Screenshots of the main window on every article of a library.

    xvfb-run -s "-screen 0 1600x1000x24" .venv/bin/python tests/screenshots.py OUT_DIR [--data-dir DIR]

Without --data-dir a fresh library of the sample articles is used. Also used
by tests/test_screenshots.py (offscreen).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def take_screenshots(out_dir: Path, data_dir: Path, size=(1440, 900),
                     with_features: bool = False) -> list[Path]:
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
        while (f"Entities: {total}/{total}" not in window.statusBar().currentMessage()
               and time.monotonic() < deadline):
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="reader-shots-"))
    for path in take_screenshots(args.out_dir, data_dir, with_features=True):
        print(path)


if __name__ == "__main__":
    main()
