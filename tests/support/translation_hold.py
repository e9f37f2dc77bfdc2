"""Hold an article's translation until the test lets it go."""

from __future__ import annotations

import threading

from reader.core import article_translation


def hold_translation(monkeypatch, seconds: float = 20) -> threading.Event:
    """Every article_translation.translate_article call waits for the returned
    event to be set (`seconds` at most), then translates as before. Set the
    event at the end of the test so that no job waits past it."""
    release = threading.Event()
    translate = article_translation.translate_article

    def waiting(*args, **kwargs):
        release.wait(seconds)
        return translate(*args, **kwargs)

    monkeypatch.setattr(article_translation, "translate_article", waiting)
    return release
