"""Annotations: the one place with SQL for annotations and their tags.

An annotation marks `quote` = pane text [start, end) of one paragraph, in the
source or the translation pane, and keeps up to 32 characters of text before
(prefix) and after (suffix) so it can be re-attached when the text changes
(see `reader.core.anchoring`). Every change is its own committed transaction:
there is no Save button, so nothing may wait in memory.
"""

from __future__ import annotations

import builtins
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

from ...paths import resource
from ..errors import AnnotationNotFound, BadInput, UsageError
from ..panes import Pane, PaneText, Span, as_pane
from . import Library, LibraryError, explain_sqlite_error, now_iso

CONTEXT_CHARS = 32  # Hypothesis uses 32 characters of prefix and suffix
DEFAULT_COLOR = "yellow"


@lru_cache(maxsize=1)
def load_palette() -> dict[str, dict[str, str]]:
    """{colour name: {"light": hex, "dark": hex}} from resources/colors.json, in palette order."""
    with open(resource("colors.json"), encoding="utf-8") as f:
        palette: dict[str, dict[str, str]] = json.load(f)
    return palette


def normalise_tags(tags: Iterable[str] | None) -> list[str]:
    """Trimmed, non-empty, without case-insensitive duplicates, first spelling kept."""
    seen, result = set(), []
    for tag in tags or ():
        tag = " ".join(str(tag).split())
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            result.append(tag)
    return result


def context_around(text: str, start: int, end: int, chars: int = CONTEXT_CHARS) -> tuple[str, str]:
    """(prefix, suffix): up to `chars` characters either side of [start, end)."""
    return text[max(0, start - chars) : start], text[end : end + chars]


@dataclass
class Annotation:
    """A note on a passage of one pane, anchored by its quote and context."""

    id: int
    article_id: int
    pane: Pane
    paragraph: int
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""
    note: str = ""
    tags: list[str] = field(default_factory=list)
    color: str = DEFAULT_COLOR
    translation_package: str | None = None
    orphaned: bool = False
    deleted_at: str | None = None
    created_at: str = ""
    updated_at: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def span(self) -> Span:
        return Span(self.pane, self.paragraph, self.start, self.end)


_COLUMNS = (
    "id, article_id, pane, paragraph, start, end, quote, prefix, suffix, note, "
    "(SELECT json_group_array(tag) FROM annotation_tags t WHERE t.annotation_id = a.id), "
    "color, translation_package, orphaned, deleted_at, created_at, updated_at"
)


def _row_to_annotation(row: Sequence[Any]) -> Annotation:
    tags = sorted(json.loads(row[10]) if row[10] else [], key=str.casefold)
    return Annotation(
        id=row[0],
        article_id=row[1],
        pane=Pane(row[2]),
        paragraph=row[3],
        start=row[4],
        end=row[5],
        quote=row[6],
        prefix=row[7],
        suffix=row[8],
        note=row[9],
        tags=tags,
        color=row[11],
        translation_package=row[12],
        orphaned=bool(row[13]),
        deleted_at=row[14],
        created_at=row[15],
        updated_at=row[16],
    )


class AnnotationStore:
    """Annotations of one library. `clock()` returns the ISO timestamp to
    record (injectable so golden files are stable)."""

    def __init__(self, library: Library, clock: Callable[[], str] | None = None):
        self.library = library
        self.clock = clock or now_iso

    # --- creating and changing ------------------------------------------------

    def create(
        self,
        article_id: int,
        pane: str,
        paragraph: int,
        start: int,
        end: int,
        pane_text: PaneText,
        note: str = "",
        tags: Iterable[str] = (),
        color: str = DEFAULT_COLOR,
        translation_package: str | None = None,
    ) -> Annotation:
        """Annotate pane text [start, end) (code points) of `paragraph`.
        The quote and its context are taken from `pane_text`, the article's
        text in that pane as the caller read it (`panes.PaneText`)."""
        pane = as_pane(pane)
        color = self._check_color(color)
        if not 0 <= paragraph < len(pane_text.paragraphs):
            raise BadInput(f"Article {article_id} has no paragraph {paragraph}.")
        text = pane_text.text(paragraph)
        if pane is Pane.TRANSLATION and not text:
            raise BadInput(f"Paragraph {paragraph} of article {article_id} has no translation yet.")
        if not 0 <= start < end <= len(text):
            raise BadInput(
                f"The selection {start}–{end} is outside paragraph {paragraph} ({len(text)} characters)."
            )
        if pane is Pane.TRANSLATION and translation_package is None:
            translation_package = pane_text.provenance[paragraph]
        prefix, suffix = context_around(text, start, end)
        stamp = self.clock()
        return self._insert(
            dict(
                article_id=article_id,
                pane=pane,
                paragraph=paragraph,
                start=start,
                end=end,
                quote=text[start:end],
                prefix=prefix,
                suffix=suffix,
                note=note or "",
                color=color,
                translation_package=translation_package,
                orphaned=0,
                deleted_at=None,
                created_at=stamp,
                updated_at=stamp,
            ),
            normalise_tags(tags),
        )

    def restore(self, record: dict[str, Any]) -> Annotation:
        """Insert an annotation with all its stored fields (JSON re-import).
        `record` needs article_id, pane, paragraph, start, end, quote; the rest defaults."""
        return self._fetch(self.restore_many([record])[0])

    def restore_many(self, records: list[dict[str, Any]]) -> list[int]:
        """`restore` for many records in one transaction (all or nothing)."""
        stamp = self.clock()
        ids = []
        with self.library.transaction():
            for record in records:
                pane = as_pane(record["pane"])
                color = record.get("color")
                row = dict(
                    article_id=record["article_id"],
                    pane=str(pane),
                    paragraph=record["paragraph"],
                    start=record["start"],
                    end=record["end"],
                    quote=record["quote"],
                    prefix=record.get("prefix") or "",
                    suffix=record.get("suffix") or "",
                    note=record.get("note") or "",
                    color=color if color in load_palette() else DEFAULT_COLOR,
                    translation_package=record.get("translation_package"),
                    orphaned=int(bool(record.get("orphaned"))),
                    deleted_at=record.get("deleted_at"),
                    created_at=record.get("created_at") or stamp,
                    updated_at=record.get("updated_at") or stamp,
                )
                ids.append(self._insert_row(row, normalise_tags(record.get("tags"))))
        return ids

    def _insert(self, row: dict[str, Any], tags: list[str]) -> Annotation:
        with self.library.transaction():
            annotation_id = self._insert_row(row, tags)
        return self._fetch(annotation_id)

    def _insert_row(self, row: dict[str, Any], tags: list[str]) -> int:
        names = ", ".join(f'"{k}"' for k in row)
        cursor = self.library.conn.execute(
            f"INSERT INTO annotations ({names}) VALUES ({', '.join('?' * len(row))})", list(row.values())
        )
        annotation_id = int(cursor.lastrowid or 0)  # set by every INSERT
        self.library.conn.executemany(
            "INSERT INTO annotation_tags(annotation_id, tag) VALUES (?, ?)",
            [(annotation_id, tag) for tag in tags],
        )
        return annotation_id

    def update(
        self,
        annotation_id: int,
        *,
        note: str | None = None,
        tags: Iterable[str] | None = None,
        color: str | None = None,
    ) -> Annotation:
        """Change the note, tags (replaced as a whole) or colour; None leaves a field alone."""
        self._require(annotation_id)
        changes: dict[str, Any] = {"updated_at": self.clock()}
        if note is not None:
            changes["note"] = note
        if color is not None:
            changes["color"] = self._check_color(color)
        with self.library.transaction():
            self._set(annotation_id, changes)
            if tags is not None:
                self.library.conn.execute(
                    "DELETE FROM annotation_tags WHERE annotation_id = ?", (annotation_id,)
                )
                self.library.conn.executemany(
                    "INSERT INTO annotation_tags(annotation_id, tag) VALUES (?, ?)",
                    [(annotation_id, tag) for tag in normalise_tags(tags)],
                )
        return self._fetch(annotation_id)

    def delete(self, annotation_id: int) -> Annotation:
        """Soft delete: hidden everywhere, kept so that `undelete` can undo it."""
        self._require(annotation_id)
        with self.library.transaction():
            self._set(annotation_id, {"deleted_at": self.clock()})
        return self._fetch(annotation_id)

    def undelete(self, annotation_id: int) -> Annotation:
        self._require(annotation_id)
        with self.library.transaction():
            self._set(annotation_id, {"deleted_at": None})
        return self._fetch(annotation_id)

    def set_anchors(self, changes: list[tuple[int, dict[str, Any]]]) -> None:
        """Re-anchoring results for several annotations in one transaction:
        [(id, {paragraph, start, end, quote, prefix, suffix, orphaned, translation_package})].
        Only position fields change; `updated_at` is left alone (the user's
        note did not change)."""
        allowed = {
            "paragraph",
            "start",
            "end",
            "quote",
            "prefix",
            "suffix",
            "orphaned",
            "translation_package",
        }
        with self.library.transaction():
            for annotation_id, fields in changes:
                self._set(annotation_id, {k: v for k, v in fields.items() if k in allowed})

    def _set(self, annotation_id: int, fields: dict[str, Any]) -> None:
        if fields:
            assignments = ", ".join(f'"{k}" = ?' for k in fields)
            self.library.conn.execute(
                f"UPDATE annotations SET {assignments} WHERE id = ?", [*fields.values(), annotation_id]
            )

    def _require(self, annotation_id: int) -> None:
        row = self.library.execute("SELECT 1 FROM annotations WHERE id = ?", (annotation_id,)).fetchone()
        if not row:
            raise AnnotationNotFound(annotation_id)

    @staticmethod
    def _check_color(color: str | None) -> str:
        color = color or DEFAULT_COLOR
        if color not in load_palette():
            raise UsageError(f"Unknown colour {color!r}; choose one of {', '.join(load_palette())}.")
        return color

    # --- reading --------------------------------------------------------------

    def _fetch(self, annotation_id: int) -> Annotation:
        annotation = self.get(annotation_id)
        if annotation is None:
            raise AnnotationNotFound(annotation_id)
        return annotation

    def get(self, annotation_id: int) -> Annotation | None:
        row = self.library.execute(
            f"SELECT {_COLUMNS} FROM annotations a WHERE id = ?", (annotation_id,)
        ).fetchone()
        return _row_to_annotation(row) if row else None

    def iterate(
        self,
        article_ids: Iterable[int] | None = None,
        tags: Iterable[str] | str | None = None,
        colors: Iterable[str] | str | None = None,
        text: str | None = None,
        include_deleted: bool = False,
        orphans: bool | None = None,
    ) -> Iterator[Annotation]:
        """Annotations in reading order (article, pane, paragraph, start), streamed.

        tags/colors: any of them (case-insensitive tags); text: a substring of
        the quote, note or a tag; orphans: True only orphans, False none, None both."""
        where: builtins.list[str] = []
        params: builtins.list[Any] = []
        if article_ids is not None:
            ids = [int(i) for i in article_ids]
            where.append(f"a.article_id IN ({','.join('?' * len(ids)) or 'NULL'})")
            params += ids
        if tags is not None:
            tags = [tags] if isinstance(tags, str) else list(tags)
            where.append(
                "a.id IN (SELECT annotation_id FROM annotation_tags WHERE lower(tag) IN "
                f"({','.join('?' * len(tags)) or 'NULL'}))"
            )
            params += [t.strip().casefold() for t in tags]
        if colors is not None:
            colors = [colors] if isinstance(colors, str) else list(colors)
            where.append(f"a.color IN ({','.join('?' * len(colors)) or 'NULL'})")
            params += colors
        if text:
            # instr(lower()) would only fold ASCII; Python folds every script.
            self.library.conn.create_function("reader_contains", 2, _contains, deterministic=True)
            where.append(
                "(reader_contains(a.quote, ?) OR reader_contains(a.note, ?) OR a.id IN "
                "(SELECT annotation_id FROM annotation_tags WHERE reader_contains(tag, ?)))"
            )
            params += [text] * 3
        if not include_deleted:
            where.append("a.deleted_at IS NULL")
        if orphans is not None:
            where.append("a.orphaned = ?")
            params.append(int(orphans))
        sql = f"SELECT {_COLUMNS} FROM annotations a"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY a.article_id, a.pane = 'translation', a.paragraph, a.start, a.id"
        try:
            for row in self.library.execute(sql, params):
                yield _row_to_annotation(row)
        except sqlite3.Error as error:  # rows are read lazily: a damaged page shows up here
            raise LibraryError(explain_sqlite_error(error, self.library.path)) from error

    def list(
        self,
        article_id: int | None = None,
        tag: str | Iterable[str] | None = None,
        color: str | Iterable[str] | None = None,
        text: str | None = None,
        include_deleted: bool = False,
        orphans: bool | None = None,
    ) -> builtins.list[Annotation]:
        return [
            *self.iterate(
                None if article_id is None else [article_id], tag, color, text, include_deleted, orphans
            )
        ]

    def orphans(self, article_id: int | None = None) -> builtins.list[Annotation]:
        """Annotations whose text could not be found after the article or its
        translation changed (never deleted: shown in an Orphans list)."""
        return self.list(article_id, orphans=True)

    def count(self, article_id: int | None = None) -> int:
        sql, params = "SELECT COUNT(*) FROM annotations WHERE deleted_at IS NULL", []
        if article_id is not None:
            sql, params = sql + " AND article_id = ?", [article_id]
        return int(self.library.execute(sql, params).fetchone()[0])

    def all_tags(self) -> builtins.list[str]:
        """Tags in use (for completion), most used first, then alphabetical."""
        rows = self.library.execute(
            "SELECT tag, COUNT(*) AS n FROM annotation_tags t JOIN annotations a ON a.id = t.annotation_id "
            "WHERE a.deleted_at IS NULL GROUP BY tag"
        ).fetchall()
        return [tag for tag, _ in sorted(rows, key=lambda r: (-r[1], r[0].casefold()))]

    # --- articles, as annotations need them (export and JSON re-import) ----------

    def article_info(self, article_ids: Iterable[int] | None = None) -> dict[int, dict[str, Any]]:
        """{id: {title, language, date, source_path, content_hash}}."""
        sql = "SELECT id, title, language, date, source_path, content_hash FROM articles"
        params: builtins.list[int] = []
        if article_ids is not None:
            ids = builtins.list(article_ids)
            sql += f" WHERE id IN ({','.join('?' * len(ids)) or 'NULL'})"
            params = ids
        return {
            row[0]: dict(title=row[1], language=row[2], date=row[3], source_path=row[4], content_hash=row[5])
            for row in self.library.execute(sql, params)
        }

    def find_article(self, content_hash: str | None = None, source_path: str | None = None) -> int | None:
        """The article with this content, else the one imported from this file."""
        for column, value in (("content_hash", content_hash), ("source_path", source_path)):
            if value:
                row = self.library.execute(
                    f"SELECT id FROM articles WHERE {column} = ? ORDER BY id", (value,)
                ).fetchone()
                if row:
                    return int(row[0])
        return None

    def find_duplicate(self, article_id: int, record: dict[str, Any]) -> int | None:
        """An existing annotation equal to `record` (so importing a file twice adds nothing)."""
        row = self.library.execute(
            "SELECT id FROM annotations WHERE article_id = ? AND pane = ? AND quote = ? AND note = ? "
            "AND created_at = ?",
            (
                article_id,
                record["pane"],
                record["quote"],
                record.get("note") or "",
                record.get("created_at") or "",
            ),
        ).fetchone()
        return int(row[0]) if row else None


def _contains(haystack: str | None, needle: str | None) -> bool:
    return bool(haystack and needle and needle.casefold() in haystack.casefold())
