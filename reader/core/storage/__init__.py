"""The library database: the one place that owns the SQL.

    connection.py    opening, migrating, transactions, explained errors
    articles.py      articles, paragraphs, sentences
    translations.py  stored translations
    settings.py      preferences by key
    annotations.py, entities.py, sessions.py, clutter.py, reading.py ...
                     one store class per area, sharing the `Library` connection

The schema is versioned by `migrations.MIGRATIONS`. Storage never calls back
into the domain: it stores and returns values.
"""

from __future__ import annotations

from ..errors import LibraryError
from .articles import ArticleQueries, content_hash
from .connection import DB_FILENAME, ExplainedCursor, explain_sqlite_error, explained, now_iso
from .settings import SettingsQueries
from .translations import TranslationQueries

__all__ = [
    "DB_FILENAME",
    "ExplainedCursor",
    "Library",
    "LibraryError",
    "content_hash",
    "explain_sqlite_error",
    "explained",
    "now_iso",
]


class Library(ArticleQueries, TranslationQueries, SettingsQueries):
    """An open library: a SQLite database file under the data directory,
    with the queries of articles, translations and settings."""
