"""Export annotations to CSV, JSON and Markdown; re-import the JSON.

Rows are streamed from the database and written one by one, so 100,000
annotations never become one giant string. Files are written to a temporary
name and renamed at the end: an interrupted export never leaves half a file
under the real name. Text is always in logical (stored) order.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import re
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from .panes import PANES, Pane, PaneText
from .safe_text import escape_controls
from .storage import Library, now_iso
from .storage.annotations import AnnotationStore

# The contract in DESIGN.md: these columns first, in this order.
CSV_COLUMNS = [
    "annotation_id",
    "article_id",
    "article_title",
    "article_language",
    "article_date",
    "source_path",
    "pane",
    "quote",
    "quote_translation",
    "note",
    "tags",
    "color",
    "paragraph",
    "sentence",
    "start",
    "end",
    "created_at",
    "updated_at",
    "translation_package",
    "orphaned",  # extra: 1 when the text was not found after the article changed
]
NUMBER_COLUMNS = {"annotation_id", "article_id", "paragraph", "sentence", "start", "end", "orphaned"}
TAG_SEPARATOR = "; "

# Spreadsheets run a cell that starts with one of these as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

# Where an export goes: a file name ('-' for standard output) or an open text stream.
Output = str | os.PathLike[str] | TextIO

JSON_FORMAT = "reader-annotations"
JSON_VERSION = 1


def guard_cell(text: str) -> str:
    """Prefix text that a spreadsheet would run as a formula with an apostrophe.
    Text that already starts with apostrophes before a trigger gets one more,
    so `unguard_cell` always gives the original back."""
    return "'" + text if text.lstrip("'").startswith(FORMULA_TRIGGERS) else text


def unguard_cell(text: str) -> str:
    """The original text of a cell written by `guard_cell`."""
    return text[1:] if text.startswith("'") and text.lstrip("'").startswith(FORMULA_TRIGGERS) else text


# --- rows ----------------------------------------------------------------------


class _ArticleCache:
    """Article facts and pane texts, loaded once per article while streaming
    (annotations come ordered by article)."""

    def __init__(self, library: Library, store: AnnotationStore):
        self.library, self.store = library, store
        self.article_id: int | None = None
        self.info: dict[str, Any] = {}
        self.panes: dict[str, PaneText] = {}

    def load(self, article_id: int) -> None:
        if article_id == self.article_id:
            return
        self.article_id = article_id
        self.info = self.store.article_info([article_id]).get(article_id, {})
        article = self.library.get_article(article_id)
        empty = PaneText([], [])
        self.panes = {
            Pane.SOURCE: PaneText.from_article(article) if article else empty,
            Pane.TRANSLATION: PaneText.from_translation(article, self.library.get_translation(article_id))
            if article
            else empty,
        }


def export_rows(
    library: Library, article_ids: Iterable[int] | None = None, tags: Iterable[str] | None = None
) -> Iterator[dict[str, Any]]:
    """Every exported annotation (not deleted) as a dict: the CSV columns with
    plain values (tags as a list, numbers as ints, None for empty) plus
    prefix, suffix and article_content_hash for re-import."""
    store = AnnotationStore(library)
    cache = _ArticleCache(library, store)
    tags = list(tags) if tags else None
    for a in store.iterate(article_ids=list(article_ids) if article_ids else None, tags=tags):
        cache.load(a.article_id)
        here = cache.panes[a.pane]
        there = cache.panes[a.pane.other]
        sentence, quote_translation = None, ""
        # An orphan's offsets point into text that has changed: no sentence.
        sentences = None if a.orphaned else here.sentence_range(a.paragraph, a.start, a.end)
        if sentences:
            sentence = sentences[0]
            aligned = there.sentences[a.paragraph] if a.paragraph < len(there.sentences) else []
            quote_translation = " ".join(
                there.sentence_text(a.paragraph, i)
                for i in range(sentences[0], sentences[1] + 1)
                if i < len(aligned)
            )
        info = cache.info
        yield {
            "annotation_id": a.id,
            "article_id": a.article_id,
            "article_title": info.get("title"),
            "article_language": info.get("language"),
            "article_date": info.get("date"),
            "source_path": info.get("source_path"),
            "pane": a.pane,
            "quote": a.quote,
            "quote_translation": quote_translation,
            "note": a.note,
            "tags": a.tags,
            "color": a.color,
            "paragraph": a.paragraph,
            "sentence": sentence,
            "start": a.start,
            "end": a.end,
            "created_at": a.created_at,
            "updated_at": a.updated_at,
            "translation_package": a.translation_package,
            "orphaned": int(a.orphaned),
            "prefix": a.prefix,
            "suffix": a.suffix,
            "article_content_hash": info.get("content_hash"),
        }


# --- output plumbing ----------------------------------------------------------------


@contextlib.contextmanager
def _output(out: Output) -> Iterator[TextIO]:
    """A text stream for `out`: an open stream, '-' for stdout, or a path
    (written to a temporary file beside it, renamed into place when complete)."""
    if not isinstance(out, (str, os.PathLike)):
        yield out
        return
    if str(out) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    # A symbolic link is written through: its target gets the new content
    # and the link stays a link.
    path = Path(os.path.realpath(out))
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as stream:
            yield stream
            stream.flush()
            os.fchmod(stream.fileno(), _mode_for(path))  # mkstemp makes 0600
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _mode_for(path: Path) -> int:
    """The permissions the export should have: those of the file it replaces,
    else what a new file gets (0666 less the umask)."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


# --- CSV ------------------------------------------------------------------------------


def csv_cells(row: dict[str, Any]) -> list[Any]:
    """One CSV record: numbers stay numbers, text cells are guarded."""
    cells: list[Any] = []
    for column in CSV_COLUMNS:
        value = row[column]
        if column == "tags":
            value = TAG_SEPARATOR.join(value)
        if value is None:
            cells.append("")
        elif column in NUMBER_COLUMNS:
            cells.append(int(value))
        else:
            cells.append(guard_cell(str(value)))
    return cells


def export_csv(
    library: Library, out: Output, article_ids: Iterable[int] | None = None, tags: Iterable[str] | None = None
) -> int:
    """UTF-8 with a byte-order mark (so Excel shows Hebrew and Arabic), RFC 4180
    quoting with CRLF records. Returns the number of annotations written."""
    count = 0
    with _output(out) as stream:
        stream.write("\ufeff")
        writer = csv.writer(stream, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(CSV_COLUMNS)
        for row in export_rows(library, article_ids, tags):
            writer.writerow(csv_cells(row))
            count += 1
    return count


def read_csv(path: str | os.PathLike[str]) -> list[dict[str, str]]:
    """Rows of an exported CSV as the original strings (guard removed)."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        return [{k: unguard_cell(v) for k, v in row.items()} for row in csv.DictReader(f)]


# --- JSON -----------------------------------------------------------------------------


def export_json(
    library: Library,
    out: Output,
    article_ids: Iterable[int] | None = None,
    tags: Iterable[str] | None = None,
    exported_at: str | None = None,
) -> int:
    """Every field, one annotation per line, for re-import with `import_json`."""
    count = 0
    with _output(out) as stream:
        header = {"format": JSON_FORMAT, "version": JSON_VERSION, "exported_at": exported_at or now_iso()}
        stream.write(json.dumps(header, ensure_ascii=False)[:-1] + ', "annotations": [')
        for row in export_rows(library, article_ids, tags):
            stream.write(",\n" if count else "\n")
            stream.write(json.dumps(row, ensure_ascii=False))
            count += 1
        stream.write("\n]}\n")
    return count


@dataclass
class ImportReport:
    added: int = 0
    duplicates: int = 0
    unmatched: list[str] = field(default_factory=list)  # titles of articles not in the library
    orphaned: int = 0
    invalid: int = 0  # records without a usable anchor

    def summary(self) -> str:
        text = f"{self.added} annotation(s) imported"
        if self.duplicates:
            text += f", {self.duplicates} already present"
        if self.orphaned:
            text += f", {self.orphaned} orphaned (text not found)"
        if self.invalid:
            text += f", {self.invalid} unreadable record(s) skipped"
        if self.unmatched:
            text += f"; {len(self.unmatched)} skipped: article not in the library ({', '.join(sorted(set(self.unmatched)))})"
        return text


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


# Optional text fields of a record: a string or null when present.
_TEXT_FIELDS = (
    "note",
    "color",
    "created_at",
    "updated_at",
    "article_title",
    "article_content_hash",
    "source_path",
    "quote_translation",
    "translation_package",
)


def _valid_record(record: object) -> bool:
    """Enough to anchor an annotation (pane, numbers where numbers belong, a
    quote), and every other field of the type the export writes."""
    return (
        isinstance(record, dict)
        and record.get("pane") in PANES
        and all(_is_count(record.get(k)) for k in ("paragraph", "start", "end"))
        and (record.get("sentence") is None or _is_count(record.get("sentence")))
        and isinstance(record.get("quote"), str)
        and record["quote"] != ""
        and isinstance(record.get("tags", []), list)
        and all(isinstance(t, str) for t in record.get("tags", []))
        and all(record.get(k) is None or isinstance(record[k], str) for k in _TEXT_FIELDS)
    )


def import_json(
    library: Library, source: str | os.PathLike[str] | TextIO, clock: Callable[[], str] | None = None
) -> ImportReport:
    """Restore annotations from `export_json` output. Articles are matched by
    content, else by source file; positions are then re-anchored against the
    library's current text (an article may have changed since the export).
    Importing the same file twice adds nothing the second time."""
    from .anchoring import reanchor_article

    data: Any
    if isinstance(source, (str, os.PathLike)):
        with open(source, encoding="utf-8-sig") as f:
            data = json.load(f)
    else:
        data = json.load(source)
    if not isinstance(data, dict) or data.get("format") != JSON_FORMAT:
        raise ValueError("This is not a Reader annotations file (JSON exported by Reader).")
    version: Any = data.get("version")
    if not _is_count(version) or version == 0:
        raise ValueError(
            f"Unknown annotations file version {version!r} (this Reader reads 1 to {JSON_VERSION})."
        )
    if version > JSON_VERSION:
        raise ValueError("This annotations file was written by a newer Reader.")
    if not isinstance(data.get("annotations") or [], list):
        raise ValueError('The annotations file is damaged: "annotations" is not a list.')
    store = AnnotationStore(library, clock)
    report = ImportReport()
    records: list[dict[str, Any]] = []
    touched: set[int] = set()
    for record in data.get("annotations") or []:
        if not _valid_record(record):
            report.invalid += 1
            continue
        article_id = store.find_article(record.get("article_content_hash"), record.get("source_path"))
        if article_id is None:
            report.unmatched.append(record.get("article_title") or "?")
            continue
        if store.find_duplicate(article_id, record) is not None:
            report.duplicates += 1
            continue
        records.append({**record, "article_id": article_id})
        touched.add(article_id)
    store.restore_many(records)
    report.added = len(records)
    for article_id in sorted(touched):
        report.orphaned += len(reanchor_article(library, article_id).orphaned)
    return report


# --- Markdown ---------------------------------------------------------------------------


def _blockquote(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in markdown_text(text).split("\n"))


_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_MARKDOWN_LINE_START = re.compile(r"^([ \t]*)([#>+=-]|\d+(?=[.)]))", re.MULTILINE)


def markdown_text(text: str) -> str:
    """User or article text shown literally in Markdown: no emphasis, links,
    images, HTML, headings or lists made of it."""
    text = _MARKDOWN_INLINE.sub(r"\\\1", escape_controls(text, keep_layout=True))
    return _MARKDOWN_LINE_START.sub(
        lambda m: m.group(1) + (m.group(2) + "\\" if m.group(2)[0].isdigit() else "\\" + m.group(2)), text
    )


def _code_span(text: str) -> str:
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    return (
        f"{fence}{escape_controls(text)}{fence}"
        if fence == "`"
        else f"{fence} {escape_controls(text)} {fence}"
    )


def export_markdown(
    library: Library,
    out: Output,
    article_ids: Iterable[int] | None = None,
    tags: Iterable[str] | None = None,
    exported_at: str | None = None,
) -> int:
    """Readable notes grouped by article: the quote, its translation, the note."""
    count, current = 0, None
    with _output(out) as stream:
        stream.write(f"# Annotations\n\nExported from Reader on {exported_at or now_iso()}.\n")
        for row in export_rows(library, article_ids, tags):
            if row["article_id"] != current:
                current = row["article_id"]
                details = [
                    f"article {current}",
                    row["article_language"] or "?",
                    row["article_date"] or "no date",
                ]
                title = markdown_text(" ".join((row["article_title"] or "").split()))
                stream.write(f"\n## {title}\n\n{' · '.join(details)}")
                if row["source_path"]:
                    stream.write(f" · {_code_span(row['source_path'])}")
                stream.write("\n")
            where = f"paragraph {row['paragraph'] + 1}"
            if row["sentence"] is not None:
                where += f", sentence {row['sentence'] + 1}"
            other = Pane(row["pane"]).other.capitalize()
            stream.write(f"\n### {where} ({row['pane']}, {row['color']})\n\n{_blockquote(row['quote'])}\n")
            if row["quote_translation"]:
                stream.write(f">\n> *{other}:* {_blockquote(row['quote_translation'])[2:]}\n")
            if row["orphaned"]:
                stream.write("\n*Orphaned: this passage was not found in the article's current text.*\n")
            if row["note"]:
                stream.write(f"\n{markdown_text(row['note'])}\n")
            facts = []
            if row["tags"]:
                facts.append("Tags: " + ", ".join(map(markdown_text, row["tags"])))
            facts.append(f"Annotation {row['annotation_id']}, created {row['created_at']}")
            if row["updated_at"] != row["created_at"]:
                facts.append(f"edited {row['updated_at']}")
            stream.write("\n" + " · ".join(facts) + "\n")
            count += 1
        if not count:
            stream.write("\nNo annotations.\n")
    return count


EXPORTERS = {"csv": export_csv, "json": export_json, "markdown": export_markdown}
