"""An import through the window drops py3langid's models (about 70 MB resident)
when it ends, as the first-run import does (issue 14)."""

import py3langid.langid
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from reader.core import importer

TEXT = (
    "Gemeente plant nieuwe fietsbrug over het kanaal\n\n"
    "De gemeenteraad stemde dinsdag in met een fietsbrug tussen de twee oevers. "
    "De bouw begint volgend voorjaar en duurt ongeveer een jaar.\n"
)


def test_a_pasted_import_releases_the_language_identifier(qtbot, window, no_network, monkeypatch):
    loaded_during_import = []
    detect = importer.detect_language

    def detect_and_record(text):
        code = detect(text)
        loaded_during_import.append(py3langid.langid.IDENTIFIER is not None)
        return code

    monkeypatch.setattr(importer, "detect_language", detect_and_record)
    mime = QMimeData()
    mime.setText(TEXT)
    QGuiApplication.clipboard().setMimeData(mime)
    window.actions["paste-article"].trigger()
    worker = window._import_workers[-1]
    qtbot.waitUntil(worker.isFinished, timeout=20000)
    qtbot.waitUntil(lambda: window.article_model.rowCount() == 6, timeout=5000)

    assert window.library.get_article(6).language == "nl"
    assert loaded_during_import and all(loaded_during_import)  # the import did use py3langid's model...
    assert py3langid.langid.IDENTIFIER is None  # ...and dropped it when done
    assert importer._IDENTIFIER is None
