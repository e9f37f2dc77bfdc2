"""Issue 11: hostile inputs, each built here, against the window, the CLI and
the core. (Packs and hostile servers: test_hardening_packs.py; long articles:
test_long_articles.py.)"""

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from conftest import SEEDS
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGuiNamespace  # Qt.mightBeRichText lives in QtGui
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox
from support.annotation_fixtures import create_annotation

from reader.cli import main
from reader.core.library import import_into
from reader.core.safe_text import escape_controls, path_text, text_path
from reader.core.storage import Library, LibraryError
from reader.core.storage.annotations import AnnotationStore

ESC_TITLE = "\x1b]0;pwned\x07\x1b[2J\x1b[31mRed title"
RLO_NAME = "\u202etxt.exe"  # shown by a bidi renderer as "exe.txt"
HEBREW = "סם אלטמן מצטרף למיקרוסופט ויוביל שם צוות מחקר חדש של בינה מלאכותית (AI) לפי הדיווחים."


def cli(data_dir, *args) -> int:
    try:
        return main(["--data-dir", str(data_dir), *args])
    except SystemExit as end:  # the annotation commands end with SystemExit(code)
        return end.code


def shown_by_tooltip(tooltip: str) -> str:
    """What a tooltip displays: Qt renders it as rich text when it looks like markup."""
    if not QtGuiNamespace.mightBeRichText(tooltip):
        return tooltip
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def boxes(monkeypatch):
    """Every message box the code opens, recorded instead of shown."""
    shown = []

    def record(box):
        shown.append(box)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", record)
    monkeypatch.setattr(QMessageBox, "open", record)
    return shown


# --- 1. a link in a dialog ------------------------------------------------------------------


def test_1_a_file_name_with_a_link_is_shown_as_text_in_the_import_failure_box(window, qtbot, boxes, tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    name = "<a href=file:passwd>click here.txt"  # (a file name cannot hold the "/" of </a>)
    (folder / name).write_bytes(b"")  # empty: the import fails and the box lists it
    worker = window.import_paths([folder])
    qtbot.waitUntil(lambda: worker.isFinished() and bool(boxes), timeout=10000)
    box = boxes[-1]
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert name in box.text()
    labels = box.findChildren(QLabel)
    assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    assert not any(label.openExternalLinks() for label in labels)


# --- 2. tooltips --------------------------------------------------------------------------


def test_2_tooltips_show_notes_titles_and_paths_literally(window, tmp_path):
    from reader.ui.annotations_panel import AnnotationTableModel
    from reader.ui.plain_text import plain_text

    note = "<img width=20000 height=20000 src=x> and <b>bold</b>\nsecond line"
    store = AnnotationStore(window.library)
    annotation = create_annotation(store, 1, "source", 0, 0, 4, note=note, tags=["<i>tag</i>"])
    model = AnnotationTableModel()
    model.set_rows([annotation], {1: {"title": "<h1>Title</h1>", "language": "he"}}, show_article=True)
    tips = [model.index(0, column).data(Qt.ItemDataRole.ToolTipRole) for column in range(4)]
    assert shown_by_tooltip(tips[1]) == note
    assert shown_by_tooltip(tips[2]) == "<i>tag</i>"
    assert "<h1>Title</h1>" in shown_by_tooltip(tips[3])

    window.library.execute(
        "UPDATE articles SET title = ?, source_path = ? WHERE id = 1",
        ("<img width=20000 height=20000 src=x>", "/news/<b>x</b>.txt"),
    )
    window.reload_articles()
    tip = window.article_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert shown_by_tooltip(tip) == "<img width=20000 height=20000 src=x>\n/news/<b>x</b>.txt"
    assert (
        shown_by_tooltip(plain_text('<a href="file:/etc/passwd">x</a>')) == '<a href="file:/etc/passwd">x</a>'
    )


def test_2_library_search_tooltips_are_literal(window, qtbot):
    window.library.execute("UPDATE articles SET title = '<img src=x width=9000>' WHERE id = 4")
    dialog = window.keyboard.open_library_search()
    dialog.edit.setText("OpenAI")
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() > 0, timeout=5000)
    items = [dialog.list.topLevelItem(i) for i in range(dialog.list.topLevelItemCount())]
    hostile = [item for item in items if item.text(0) == "<img src=x width=9000>"]
    assert hostile and shown_by_tooltip(hostile[0].toolTip(0)) == "<img src=x width=9000>"
    assert dialog.status.textFormat() == Qt.TextFormat.PlainText


# --- 3. file names that are not UTF-8 -----------------------------------------------------------


def test_3_an_undecodable_file_name_is_imported_with_the_others(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    bad = os.path.join(os.fsencode(folder), b"caf\xe9 \\ news.txt")
    with open(bad, "wb") as handle:
        handle.write(b"Microsoft wil die mensen graag verwelkomen, maar laat de deur open.")
    write(
        folder / "good.txt", "Le conseil a choisi un nouveau directeur pour la deuxième fois en trois jours."
    )
    data = tmp_path / "data"
    assert cli(data, "import", str(folder)) == 0
    out = capsys.readouterr().out
    assert "caf\\xe9 \\\\ news.txt: added" in out and "good.txt: added" in out
    assert cli(data, "list", "--json") == 0
    paths = [row["source_path"] for row in json.loads(capsys.readouterr().out)]
    stored = next(p for p in paths if "caf" in p)
    assert os.fsencode(text_path(stored)) == os.path.realpath(bad)  # the escape is lossless
    assert path_text(text_path(stored)) == stored


def test_3_a_note_with_undecodable_bytes_is_refused_clearly(tmp_path, capsys):
    data = tmp_path / "data"
    note = os.fsdecode(b"bad\xff note")  # what Python makes of such an argument
    assert cli(data, "annotate", "1", "--quote", "סם אלטמן", "--occurrence", "1", "--note", note) == 2
    err = capsys.readouterr().err
    assert "not valid Unicode" in err and "nothing was saved" in err and "Traceback" not in err
    assert "\\udcff" in err  # shown as an escape, not as a broken character
    assert AnnotationStore(Library(data)).list() == []


# --- 4. disk full ---------------------------------------------------------------------------------


def test_4_disk_full_is_explained(tmp_path, capsys, monkeypatch):
    data = tmp_path / "data"
    Library(data).close()
    assert cli(data, "list") == 0  # seeded while there was room
    capsys.readouterr()
    big = write(
        tmp_path / "long.txt",
        "\n\n".join(
            f"Paragraaf {i}: Microsoft wil die mensen graag verwelkomen, maar laat ook de deur open."
            for i in range(3000)
        ),
    )
    opened = Library.__init__

    def limited(self, *args, **kwargs):
        opened(self, *args, **kwargs)
        pages = self.conn.execute("PRAGMA page_count").fetchone()[0]
        self.conn.execute(f"PRAGMA max_page_count = {pages}")

    monkeypatch.setattr(Library, "__init__", limited)
    assert cli(data, "import", str(big)) == 1
    out = capsys.readouterr().out
    assert "long.txt: not saved: The disk holding the library database" in out and "is full" in out
    assert (
        cli(data, "annotate", "1", "--quote", "סם אלטמן", "--occurrence", "1", "--note", "x" * 300_000) == 2
    )
    err = capsys.readouterr().err
    assert "is full" in err and "no transaction is active" not in err
    library = Library(data)
    assert library.article_count() == 5  # nothing half-written
    with pytest.raises(LibraryError, match="is full"):
        library.set_setting("big", "y" * 300_000)


# --- 5. a partly damaged database -------------------------------------------------------------------


def damage_table(data: Path, table: str) -> None:
    """Overwrite the root page of one table: the file still opens, reading that table fails."""
    path = data / "library.sqlite3"
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xde\xad\xbe\xef" * (page_size // 4))


@pytest.mark.parametrize(
    "table, commands",
    [
        ("articles", [["list"], ["show", "1"], ["entities"], ["list", "--json"]]),
        ("paragraphs", [["show", "1"], ["entities", "1"]]),
    ],
)
def test_5_damaged_pages_are_explained_with_exit_2(tmp_path, capsys, table, commands):
    data = tmp_path / "data"
    Library(data).close()
    assert cli(data, "list") == 0
    damage_table(data, table)
    capsys.readouterr()
    for command in commands:
        assert cli(data, *command) == 2, command
        err = capsys.readouterr().err
        assert "is damaged" in err and "Traceback" not in err, command


def test_5_the_window_explains_a_damaged_database_at_start(tmp_path, capsys, qapp):
    data = tmp_path / "data"
    Library(data).close()
    damage_table(data, "articles")
    assert cli(data, "gui", "--exit-after-paint") == 2
    assert "is damaged" in capsys.readouterr().err


def test_5_a_page_damaged_under_an_open_long_article_is_explained_once(tmp_path, qtbot, boxes):
    """A long article's paragraphs are read as they are scrolled into view
    (item 12): a damaged page met while scrolling is explained once, in plain
    text, and the window goes on with placeholders."""
    from support.annotation_fixtures import add_article

    from reader.ui.main_window import MainWindow
    from reader.ui.reading_view import SOURCE, UNREADABLE

    data = tmp_path / "data"
    library = Library(data)
    library.set_setting("seeded", True)
    article_id = add_article(
        library,
        "<b>Long</b>",
        "nl",
        [f"Alinea {i}: de deur blijft open voor iedereen." for i in range(600)],
        "/long.txt",
    )
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.restore_state(article_id)
    window.show()
    qtbot.waitExposed(window)
    view = window.reading_view
    assert view.windowed and view.pane_text(SOURCE, 0).startswith("Alinea 0:")
    qtbot.waitUntil(lambda: view._estimates is not None)  # lengths read before the damage
    library.close()
    damage_table(data, "paragraphs")
    library.__init__(data)  # the open window reads from the damaged file from now on

    bar = view.verticalScrollBar()
    for _ in range(20):  # page down past the paragraphs already read, as a reader would
        bar.setValue(bar.value() + view.viewport().height())
        qtbot.wait(1)
    qtbot.waitUntil(lambda: len(boxes) > 0)
    first, last = view.window()
    assert first > 0 and view.pane_text(SOURCE, last - 1) == UNREADABLE
    assert view.cell(SOURCE, last - 1).firstCursorPosition().block().text() == UNREADABLE
    bar.setValue(bar.maximum())
    qtbot.wait(20)
    assert view.window()[1] == 600 and view.pane_text(SOURCE, 599) == UNREADABLE
    assert len(boxes) == 1
    box = boxes[0]
    assert "is damaged" in box.text() and box.textFormat() == Qt.TextFormat.PlainText
    bar.setValue(0)  # what was read before the damage is still shown
    qtbot.wait(20)
    assert view.pane_text(SOURCE, 0).startswith("Alinea 0:")


# --- 8. terminal escapes; 9. direction controls ----------------------------------------------------------


def test_8_escapes_in_titles_and_line_breaks_in_file_names_never_reach_the_terminal(tmp_path, capsys):
    data = tmp_path / "data"
    folder = tmp_path / "in"
    folder.mkdir()
    write(
        folder / "two\nlines.txt",
        "Le conseil a choisi un nouveau directeur pour la deuxième fois en trois jours.",
    )
    assert cli(data, "import", str(folder)) == 0
    out = capsys.readouterr().out
    assert "two\\nlines.txt: added" in out and len(out.splitlines()) == 1
    library = Library(data)
    library.execute("UPDATE articles SET title = ? WHERE id = 1", (ESC_TITLE,))
    create_annotation(
        AnnotationStore(library), 1, "source", 0, 0, 4, note="\x1b[2Jnote", tags=["\x1b]0;t\x07"]
    )
    for command in (
        ["list"],
        ["show", "1"],
        ["annotations"],
        ["list", "--json"],
        ["export", "--markdown", "-"],
    ):
        assert cli(data, *command) == 0
        captured = capsys.readouterr()
        text = captured.out + captured.err
        assert "\x1b" not in text and "\x07" not in text, command
    assert cli(data, "list") == 0
    assert "\\u001b]0;pwned\\u0007\\u001b[2J\\u001b[31mRed title" in capsys.readouterr().out
    assert cli(data, "list", "--json") == 0
    assert json.loads(capsys.readouterr().out)[0]["title"] == ESC_TITLE  # still valid, equal JSON


def test_9_direction_controls_are_neutralised_in_the_terminal(tmp_path, capsys):
    data = tmp_path / "data"
    folder = tmp_path / "in"
    folder.mkdir()
    write(
        folder / f"{RLO_NAME}.txt",
        "Le conseil a choisi un nouveau directeur pour la deuxième fois en trois jours.",
    )
    assert cli(data, "import", str(folder)) == 0
    out = capsys.readouterr().out
    assert "\u202e" not in out and "\\u202etxt.exe.txt: added" in out
    library = Library(data)
    library.execute("UPDATE articles SET title = ? WHERE id = 1", ("\u2067abc\u2069 \u202bdef",))
    create_annotation(AnnotationStore(library), 1, "source", 0, 0, 4, note="\u202enote", tags=["\u2066tag"])
    for command in (["list"], ["show", "1"], ["annotations"], ["list", "--json"]):
        assert cli(data, *command) == 0
        text = capsys.readouterr().out
        assert not any(c in text for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), command


def test_9_direction_controls_in_the_window(window):
    window.library.execute("UPDATE articles SET title = ? WHERE id = 2", (RLO_NAME,))
    window.reload_articles()
    row = window.article_model.row_of(2)
    assert window.article_model.index(row, 0).data() == "\\u202etxt.exe"
    window.select_article(2)
    title = window.windowTitle()
    assert "\u202e" not in title
    assert title == "\u2068\\u202etxt.exe\u2069 — Reader"  # isolated: nothing moves " — Reader"


# --- 10. silent no-ops ---------------------------------------------------------------------------------------


def test_10_folders_with_nothing_to_import_are_explained(tmp_path, capsys, monkeypatch):
    data = tmp_path / "data"
    empty = tmp_path / "empty"
    empty.mkdir()
    unsupported = tmp_path / "pdfs"
    unsupported.mkdir()
    (unsupported / "a.pdf").write_bytes(b"%PDF-1.4")
    assert cli(data, "import", str(empty)) == 1
    assert "empty: refused: empty folder" in capsys.readouterr().out
    assert cli(data, "import", str(unsupported)) == 1
    assert "pdfs: refused: nothing to import" in capsys.readouterr().out

    locked = tmp_path / "locked"
    locked.mkdir()
    write(locked / "a.txt", "Le conseil a choisi un nouveau directeur pour la deuxième fois.")
    real_scandir = os.scandir

    def scandir(path="."):  # chmod 000 does not stop root, who runs CI
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert cli(data, "import", str(locked)) == 1
    out = capsys.readouterr().out
    assert "locked: refused: cannot read the folder: Permission denied" in out


# --- 11. smaller ------------------------------------------------------------------------------------------


def test_11_nul_bytes_anywhere_are_refused(tmp_path, library):
    late = tmp_path / "late.txt"
    late.write_bytes(("Microsoft wil die mensen graag verwelkomen. " * 400).encode() + b"\x00tail")
    assert late.stat().st_size > 8192
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes("\ufeffLe conseil a choisi\x00 un directeur.".encode("utf-16-le"))
    results = list(import_into(library, [late, utf16]))
    assert [r.status for r in results] == ["failed", "failed"]
    assert all("binary" in r.message for r in results)


def test_11_export_keeps_the_mode_and_writes_through_a_symlink(tmp_path, capsys):
    data = tmp_path / "data"
    assert cli(data, "annotate", "1", "--quote", "סם אלטמן", "--occurrence", "1") == 0
    target = tmp_path / "notes.csv"
    target.write_text("old")
    target.chmod(0o644)
    assert cli(data, "export", "--csv", str(target)) == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o644 and "סם אלטמן" in target.read_text(
        encoding="utf-8-sig"
    )
    link = tmp_path / "link.md"
    link.symlink_to(target)
    assert cli(data, "export", "--markdown", str(link)) == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text().startswith("# Annotations")
    fresh = tmp_path / "fresh.json"
    assert cli(data, "export", "--json", str(fresh)) == 0
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask


@pytest.mark.parametrize(
    "document, expected",
    [
        (
            {"format": "reader-annotations", "version": "1", "annotations": []},
            "Unknown annotations file version '1'",
        ),
        (
            {"format": "reader-annotations", "version": None, "annotations": []},
            "Unknown annotations file version",
        ),
        ({"format": "reader-annotations", "version": 99, "annotations": []}, "newer Reader"),
        ({"format": "reader-annotations", "version": 1, "annotations": {"a": 1}}, "not a list"),
    ],
)
def test_11_import_annotations_refuses_unknown_versions(tmp_path, capsys, document, expected):
    source = write(tmp_path / "in.json", json.dumps(document))
    assert cli(tmp_path / "data", "import-annotations", str(source)) == 1
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err


def test_11_import_annotations_skips_records_with_wrong_field_types(tmp_path, capsys):
    data = tmp_path / "data"
    assert cli(data, "annotate", "1", "--quote", "סם אלטמן", "--occurrence", "1", "--note", "kept") == 0
    out = tmp_path / "out.json"
    assert cli(data, "export", "--json", str(out)) == 0
    document = json.loads(out.read_text())
    good = document["annotations"][0]
    document["annotations"] = [
        {**good, "note": 5},
        {**good, "tags": "drama"},
        {**good, "tags": [1, 2]},
        {**good, "start": True},
        {**good, "article_title": ["x"]},
        {**good, "sentence": "2"},
    ]
    write(out, json.dumps(document))
    capsys.readouterr()
    assert cli(tmp_path / "other", "import-annotations", str(out)) == 0
    assert "6 unreadable record(s) skipped" in capsys.readouterr().out


def test_11_markdown_export_escapes_titles_and_notes(tmp_path):
    from reader.core.export import export_markdown

    library = Library(tmp_path / "data")
    list(import_into(library, [SEEDS]))
    library.execute(
        "UPDATE articles SET title = ? WHERE id = 1",
        ("[click](javascript:alert(1)) <script>x</script>\n# not a heading",),
    )
    create_annotation(
        AnnotationStore(library),
        1,
        "source",
        0,
        0,
        4,
        note="# heading\n![img](http://x/y.png) *em* <b>b</b>\n1. list",
        tags=["_tag_"],
    )
    out = tmp_path / "notes.md"
    export_markdown(library, out)
    text = out.read_text()
    assert "## \\[click\\](javascript:alert(1)) \\<script\\>x\\</script\\> # not a heading\n" in text
    assert "\n\\# heading\n!\\[img\\](http://x/y.png) \\*em\\* \\<b\\>b\\</b\\>\n1\\. list\n" in text
    assert "Tags: \\_tag\\_" in text
    assert "<script>" not in text and "](" not in text.replace("\\](", "")


# --- 14. bidi in the terminal ---------------------------------------------------------------------------


def test_14_show_visual_keeps_brackets_the_right_way_round(tmp_path, capsys):
    from bidi.algorithm import get_display

    data = tmp_path / "data"
    source = write(tmp_path / "he.txt", HEBREW + "\n\n" + HEBREW)
    assert cli(data, "import", str(source)) == 0
    article_id = int(capsys.readouterr().out.split("#")[1].split()[0])
    assert cli(data, "show", str(article_id), "--visual") == 0
    out = capsys.readouterr().out
    assert "(AI)" in out and ")AI(" not in out
    assert get_display("ויוביל שם צוות", base_dir="R") in out
    assert escape_controls(HEBREW) == HEBREW  # ordinary text passes untouched
