"""Small libraries for the story tests: articles written here, with entity
mentions stored as a recogniser would (so grouping is tested without the
seconds recognition takes), or recognised for real by the entity pipeline."""

from __future__ import annotations

from pathlib import Path

from reader.core.entities.model import EntityMention
from reader.core.importer import import_file
from reader.core.storage import Library
from reader.core.storage.entities import EntityStore

STORIES_DIR = Path(__file__).resolve().parents[1] / "data" / "stories"


def add_article(
    library: Library,
    folder: Path,
    name: str,
    language: str,
    paragraphs: list[str],
    names: dict[str, tuple[str, str]],
    date: str | None = None,
    translation: list[list[str]] | None = None,
) -> int:
    """Import an article written here and store its entity mentions: every
    occurrence of each surface in `names` ({surface: (label, canonical)})."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.txt"
    text = "\n\n".join(paragraphs)
    path.write_text((f" date {date} " if date else "") + text, encoding="utf-8")
    article_id, _ = library.add_article(import_file(path, language))
    article = library.get_article(article_id)
    assert article is not None
    mentions = []
    for index, paragraph in enumerate(article.paragraphs):
        for surface, (label, canonical) in names.items():
            start = paragraph.text.find(surface)
            while start >= 0:
                mentions.append(
                    EntityMention(
                        index, start, start + len(surface), surface, label, "source", "test", canonical
                    )
                )
                start = paragraph.text.find(surface, start + 1)
    EntityStore(library).replace_mentions(article_id, mentions)
    for index, sentences in enumerate(translation or []):
        library.save_translation(article_id, index, sentences, "test@1")
    if translation:
        library.mark_translated(article_id, "test@1")
    return article_id
