"""Every error the core explains to a person, in one hierarchy.

`str(error)` is the explanation, written for whoever runs Reader; front ends
add their own hints (the CLI names the command to run, see
`reader.cli.EXIT_CODES`). Older names stay importable where they were defined
(`storage.LibraryError`, `article_translation.NoRoute`, `packs.PackError`...).
"""

from __future__ import annotations


class ReaderError(Exception):
    """A problem Reader can explain; str() is the explanation."""


class LibraryError(ReaderError):
    """A database problem explained for a person (damaged, read-only, locked)."""


class NotFound(LibraryError, LookupError):
    """Something named by its id or number is not in the library (a
    LibraryError too: older callers catch that)."""


class ArticleNotFound(NotFound):
    """No article with this id."""

    def __init__(self, article_id: int):
        super().__init__(f"no article {article_id}")
        self.article_id = article_id


class AnnotationNotFound(NotFound):
    def __init__(self, annotation_id: int):
        super().__init__(f"There is no annotation {annotation_id}.")
        self.annotation_id = annotation_id


class BadInput(ReaderError, ValueError):
    """What was asked for does not fit the text or the rules (a ValueError too)."""


class UsageError(BadInput):
    """An argument no command could accept (an unknown colour, no ids at all)."""


class QuoteNotFound(BadInput):
    pass


class AmbiguousQuote(BadInput):
    """The quote occurs more than once and no occurrence was chosen."""

    def __init__(self, message: str, count: int):
        super().__init__(message)
        self.count = count


class TranslationMissing(BadInput):
    """The translation pane was asked for before the article was translated."""

    def __init__(self, article_id: int):
        super().__init__(f"article {article_id} has no translation yet")
        self.article_id = article_id


class PackMissing(ReaderError):
    """No installed pack (nor a pivot pair) translates this language."""


class PackError(ReaderError):
    """A pack that cannot be installed, found or removed; str() is the reason."""


class ImportRefused(ReaderError):
    """A file that cannot become an article; str() is the reason."""


class Cancelled(ReaderError):
    """The user stopped long work (a translation, a download)."""
