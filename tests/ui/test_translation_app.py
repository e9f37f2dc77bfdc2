"""Translation through the app's own paths: service, window, CLI, offline."""

import threading

import pytest
from support.annotation_fixtures import create_annotation

from reader.core import translation
from reader.core.article_translation import NoRoute, translate_article
from reader.core.packs import PackManager
from reader.core.translation import SentenceTranslator, TranslationCancelled
from reader.ui.main_window import MainWindow
from reader.ui.reading_view import SOURCE, TRANSLATION


@pytest.fixture
def packs(data_dir, pack_files):
    translation.clear_cache()
    manager = PackManager(data_dir)
    for name in ["he_en@1.0", "ar_en@1.0", "nl_fr@1.0", "fr_en@1.9"]:
        manager.install_file(pack_files[name])
    yield manager
    translation.clear_cache()


def test_article_is_translated_sentence_by_sentence_and_cached(
    seeded_library, packs, monkeypatch, no_network
):
    streamed = []
    result = translate_article(seeded_library, packs, 1, on_paragraph=lambda p, s: streamed.append(p))
    article = seeded_library.get_article(1)
    stored = seeded_library.get_translation(1)
    assert result.provenance == "he_en@1.0" and not result.cached
    assert sorted(streamed) == list(range(len(article.paragraphs)))
    for p, paragraph in enumerate(article.paragraphs):
        sentences, provenance = stored[p]
        assert provenance == "he_en@1.0"
        assert sentences == paragraph.sentence_texts()  # copy model: sentence i -> sentence i
    assert seeded_library.list_articles([1])[0]["translated"] == "he_en@1.0"

    def must_not_run(*args, **kwargs):
        raise AssertionError("the model was called for a cached article")

    monkeypatch.setattr(SentenceTranslator, "translate", must_not_run)
    assert translate_article(seeded_library, packs, 1).cached
    assert no_network == []


def test_pivot_through_french_is_said(seeded_library, packs):
    result = translate_article(seeded_library, packs, 4)  # Dutch: nl->fr->en
    assert result.pivot == "fr" and result.provenance == "nl_fr@1.0+fr_en@1.9"
    assert "via French" in result.route_description


def test_missing_pack_is_reported(seeded_library, data_dir):
    with pytest.raises(NoRoute, match="he→en"):
        translate_article(seeded_library, PackManager(data_dir), 1)


def test_cancel_keeps_finished_paragraphs_and_resumes(seeded_library, packs):
    cancel = threading.Event()
    done = []

    def on_paragraph(p, sentences):
        done.append(p)
        cancel.set()

    with pytest.raises(TranslationCancelled):
        translate_article(seeded_library, packs, 3, on_paragraph=on_paragraph, cancel=cancel, batch_size=4)
    kept = seeded_library.get_translation(3)
    assert done and set(done) <= set(kept) and len(kept) < len(seeded_library.get_article(3).paragraphs)
    assert seeded_library.list_articles([3])[0]["translated"] is None
    resumed = []
    translate_article(seeded_library, packs, 3, on_paragraph=lambda p, s: resumed.append(p))
    assert not set(resumed) & set(kept)  # finished paragraphs are not translated again
    assert seeded_library.list_articles([3])[0]["translated"] == "ar_en@1.0"


def test_newer_pack_offers_retranslation(qtbot, seeded_library, packs, pack_files):
    translate_article(seeded_library, packs, 1)
    packs.install_file(pack_files["he_en@1.5"])
    window = MainWindow(seeded_library)
    qtbot.addWidget(window)
    window.restore_state(1)
    window.show()
    qtbot.waitUntil(lambda: window.painted)
    qtbot.waitUntil(lambda: window.banner.isVisible())
    assert "he_en@1.0" in window.banner_label.text() and "he_en@1.5" in window.banner_label.text()
    window.banner_button.click()
    qtbot.waitUntil(lambda: seeded_library.list_articles([1])[0]["translated"] == "he_en@1.5", timeout=30000)
    window.close()


def test_window_translates_the_open_article_in_the_background(qtbot, seeded_library, packs, no_network):
    window = MainWindow(seeded_library)
    qtbot.addWidget(window)
    window.restore_state(3)
    window.show()
    view = window.reading_view
    article = seeded_library.get_article(3)
    last = len(article.paragraphs) - 1
    qtbot.waitUntil(lambda: view.pane_text(TRANSLATION, last) != "", timeout=60000)
    for p in (0, 5, last):
        assert view.pane_text(TRANSLATION, p) == " ".join(article.paragraphs[p].sentence_texts())
        block = view.cell(TRANSLATION, p).firstCursorPosition().block()
        assert block.text() == view.pane_text(TRANSLATION, p)
    qtbot.waitUntil(lambda: window.article_model.rows[2]["translated"] == "ar_en@1.0", timeout=10000)

    # Linked reading: the caret in source sentence 1 tints translation sentence 1.
    spans = view.sentence_spans(SOURCE, 0)
    assert len(spans) >= 1
    view.link_sentence_at(view.document_position(SOURCE, 0, spans[-1][0] + 1))
    linked = view._highlight_layers["link"]
    assert {(h.pane, h.paragraph, h.start, h.end) for h in linked} == {
        (SOURCE, 0, *spans[-1]),
        (TRANSLATION, 0, *view.sentence_spans(TRANSLATION, 0)[len(spans) - 1]),
    }
    window.close()
    assert no_network == []


def test_cli_translate_and_packs(tmp_path, pack_files, capsys):
    from reader.cli import main

    data = tmp_path / "cli"
    assert main(["--data-dir", str(data), "packs", "install", str(pack_files["he_en@1.0"])]) == 0
    assert "installed he_en@1.0" in capsys.readouterr().out
    assert main(["--data-dir", str(data), "packs", "list"]) == 0
    out = capsys.readouterr().out
    assert "he_en" in out and "ar_en" in out  # listed, and the missing ar pack suggested
    assert main(["--data-dir", str(data), "translate", "1", "2"]) == 0
    assert "translated with he_en@1.0" in capsys.readouterr().err
    assert main(["--data-dir", str(data), "translate", "3"]) == 1
    assert "No ar→en language pack" in capsys.readouterr().err
    assert main(["--data-dir", str(data), "show", "1"]) == 0
    assert "translation: he_en@1.0" in capsys.readouterr().out
    assert main(["--data-dir", str(data), "packs", "remove", "he_en"]) == 0
    bad = tmp_path / "bad.argosmodel"
    bad.write_bytes(b"not a zip")
    assert main(["--data-dir", str(data), "packs", "install", str(bad)]) == 1
    assert "zip" in capsys.readouterr().err.lower()


def test_retranslation_reanchors_annotations_on_the_translation(seeded_library, packs, pack_files):
    from reader.core.storage.annotations import AnnotationStore

    translate_article(seeded_library, packs, 1)
    store = AnnotationStore(seeded_library)
    text = " ".join(seeded_library.get_translation(1)[0][0])
    start = text.index("OpenAI")
    note = create_annotation(
        store, 1, "translation", 0, start, start + 6, note="who", translation_package="he_en@1.0"
    )
    packs.install_file(pack_files["he_en@1.5"])
    translate_article(seeded_library, packs, 1)
    now = store.get(note.id)
    assert (now.quote, now.orphaned, now.translation_package) == ("OpenAI", False, "he_en@1.5")
