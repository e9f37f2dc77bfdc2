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


def take_screenshots(out_dir: Path, data_dir: Path, size=(1440, 900)) -> list[Path]:
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
    for path in take_screenshots(args.out_dir, data_dir):
        print(path)


if __name__ == "__main__":
    main()
