"""The entity worker (spaCy loading: a core for seconds) starts once the
open article's first translated paragraph has come, not while the reader
waits for it; START_WAIT_MS at most."""

import pytest
from support.translation_hold import hold_translation

from reader.core import translation
from reader.core.packs import PackManager
from reader.ui import entities_ui
from reader.ui.main_window import MainWindow


@pytest.fixture
def held(monkeypatch, data_dir, pack_files):
    """The translation of an article waits until the event is set."""
    translation.clear_cache()
    monkeypatch.setattr(entities_ui, "START_DELAY_MS", 50)
    PackManager(data_dir).install_file(pack_files["he_en@1.0"])
    release = hold_translation(monkeypatch, 30)
    yield release
    release.set()
    translation.clear_cache()


def opened(qtbot, library, article_id):
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.restore_state(article_id)
    window.show()
    qtbot.waitUntil(lambda: window.painted, timeout=10000)
    return window


def test_entities_start_once_the_first_translated_paragraph_came(qtbot, seeded_library, held):
    window = opened(qtbot, seeded_library, 1)  # Hebrew, untranslated: translated at once
    qtbot.wait(600)  # START_DELAY_MS (50) long past
    assert window.translation.first_paragraph_pending()
    assert window.entities.handle is None
    held.set()
    qtbot.waitUntil(lambda: window.entities.handle is not None, timeout=30000)
    assert not window.translation.first_paragraph_pending()
    window.close()


def test_entities_wait_for_it_start_wait_ms_at_most(qtbot, seeded_library, held, monkeypatch):
    monkeypatch.setattr(entities_ui, "START_WAIT_MS", 300)
    window = opened(qtbot, seeded_library, 1)
    qtbot.waitUntil(lambda: window.entities.handle is not None, timeout=10000)
    assert window.translation.first_paragraph_pending()  # still held
    window.close()


def test_nothing_to_translate_nothing_awaited(qtbot, seeded_library, held):
    window = opened(qtbot, seeded_library, 4)  # Dutch: no pack
    qtbot.waitUntil(lambda: window.entities.handle is not None, timeout=10000)
    assert not window.translation.first_paragraph_pending()
    window.close()
