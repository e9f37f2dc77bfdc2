"""Named entities: recognition in every language, behind one interface, and
grouping across the library.

Qt-free and cheap to import: models (spaCy, Stanza) and name lists are
loaded on first use, never at import.

    recognise_article(language, source_paragraphs, source_sentences,
                      translation_paragraphs, translation_sentences,
                      known_names, data_dir=None) -> list[EntityMention]
    group_mentions({article_id: [EntityMention]}) -> list[EntityGroup]
    apply_corrections(groups, corrections) -> list[EntityGroup]
    article_mentions(groups, article_id) -> list[EntityMention]   (for highlighting)
    known_names_from_groups(groups) -> list[KnownName]
    status(data_dir) -> {language: {recogniser: reason}}
    coverage_note(language, recognisers, translated, pack_installed) -> str  (for the user)
"""

from typing import TYPE_CHECKING

from .model import (
    DATE,
    LABELS,
    MISC,
    ORG,
    PERSON,
    PLACE,
    SOURCE,
    TRANSLATION,
    Correction,
    EntityGroup,
    EntityMention,
    KnownName,
)

# The functions below import their module on first call (spaCy and the name
# tables are heavy); the type checker sees the real signatures.
if TYPE_CHECKING:
    from .coverage import coverage_note
    from .grouping import apply_corrections, article_mentions, group_mentions, known_names_from_groups
    from .recognise import recognise_article, status
else:

    def recognise_article(*args, **kwargs):
        from .recognise import recognise_article as impl

        return impl(*args, **kwargs)

    def status(data_dir=None):
        from .recognise import status as impl

        return impl(data_dir)

    def coverage_note(*args, **kwargs):
        from .coverage import coverage_note as impl

        return impl(*args, **kwargs)

    def group_mentions(*args, **kwargs):
        from .grouping import group_mentions as impl

        return impl(*args, **kwargs)

    def apply_corrections(*args, **kwargs):
        from .grouping import apply_corrections as impl

        return impl(*args, **kwargs)

    def article_mentions(*args, **kwargs):
        from .grouping import article_mentions as impl

        return impl(*args, **kwargs)

    def known_names_from_groups(*args, **kwargs):
        from .grouping import known_names_from_groups as impl

        return impl(*args, **kwargs)


__all__ = [
    "PERSON",
    "ORG",
    "PLACE",
    "DATE",
    "MISC",
    "LABELS",
    "SOURCE",
    "TRANSLATION",
    "EntityMention",
    "KnownName",
    "EntityGroup",
    "Correction",
    "recognise_article",
    "group_mentions",
    "apply_corrections",
    "article_mentions",
    "known_names_from_groups",
    "status",
    "coverage_note",
]
