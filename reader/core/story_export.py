"""A story's comparison exported: CSV (one row per sentence naming an entity),
Markdown (a report), and SVG pictures (the entities x articles heat map and
the timeline of the dates the articles mention), written as plain SVG text.

The CSV follows the annotation export's rules (reader.core.export): UTF-8
with a byte-order mark, CRLF records, formula-looking text cells guarded,
files written under a temporary name and renamed when complete. Text stays
in logical order everywhere; SVG text carries its direction.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TextIO
from xml.sax.saxutils import escape

from .export import _output, guard_cell, markdown_text
from .story_view_model import MatrixRow, StoryComparison

CSV_COLUMNS = [
    "entity",
    "entity_label",
    "article_id",
    "article_title",
    "outlet",
    "language",
    "date",
    "paragraph",
    "sentence_index",
    "sentence",
    "translation",
]
NUMBER_COLUMNS = {"article_id", "paragraph", "sentence_index"}


def comparison_rows(comparison: StoryComparison) -> Iterator[dict[str, Any]]:
    """Every sentence that names an entity of the matrix, entity by entity
    (matrix order), article by article (column order)."""
    columns = {c.article_id: c for c in comparison.columns}
    for row in comparison.rows:
        for article_id, sentences in comparison.sentences_for(row.key):
            column = columns[article_id]
            for s in sentences:
                yield {
                    "entity": row.name,
                    "entity_label": row.label,
                    "article_id": article_id,
                    "article_title": column.title,
                    "outlet": column.outlet,
                    "language": column.language,
                    "date": column.date,
                    "paragraph": s.paragraph,
                    "sentence_index": s.sentence,
                    "sentence": s.source,
                    "translation": s.translation,
                }


def _cells(row: dict[str, Any]) -> list[Any]:
    cells: list[Any] = []
    for column in CSV_COLUMNS:
        value = row[column]
        if value is None:
            cells.append("")
        elif column in NUMBER_COLUMNS:
            cells.append(int(value))
        else:
            cells.append(guard_cell(str(value)))
    return cells


def export_csv(comparison: StoryComparison, out: str | os.PathLike[str] | TextIO) -> int:
    """Returns the number of sentence rows written."""
    count = 0
    with _output(out) as stream:
        stream.write("\ufeff")
        writer = csv.writer(stream, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(CSV_COLUMNS)
        for row in comparison_rows(comparison):
            writer.writerow(_cells(row))
            count += 1
    return count


# --- Markdown -------------------------------------------------------------------------------


def _cell(text: str) -> str:
    """Text inside a Markdown table cell: one line, literal."""
    return markdown_text(" ".join(text.split()))


def _figure(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0")


def export_markdown(
    comparison: StoryComparison, out: str | os.PathLike[str] | TextIO, sentences_per_entity: int = 10
) -> int:
    """A readable report: the articles, the matrix, the numbers, the
    quotations by speaker, the timeline, then each entity's sentences
    (entities named by two or more articles). Returns the entities shown."""
    columns = comparison.columns
    heads = [f"{c.outlet or '#' + str(c.article_id)} ({c.language})" for c in columns]
    outlet = {c.article_id: head for c, head in zip(columns, heads)}
    with _output(out) as stream:
        stream.write(f"# {_cell(comparison.name)}\n\n")
        stream.write(
            f"{len(columns)} articles · {', '.join(comparison.languages)} · "
            f"{len(comparison.rows)} entities\n\n## Articles\n\n"
        )
        stream.write("| # | Outlet | Language | Date | Title |\n|---|---|---|---|---|\n")
        for c in columns:
            stream.write(
                f"| {c.article_id} | {_cell(c.outlet)} | {c.language} | {c.date or '—'} | "
                f"{_cell(c.title)} |\n"
            )
        stream.write("\n## Who is named where\n\n| Entity | " + " | ".join(map(_cell, heads)) + " |\n")
        stream.write("|---|" + "---:|" * len(columns) + "\n")
        for row in comparison.rows:
            stream.write(
                f"| {_cell(row.name)} ({row.label}) | "
                + " | ".join(str(n) if n else "·" for n in row.counts)
                + " |\n"
            )
        if comparison.numbers:
            stream.write("\n## Numbers\n\n| Figure | Unit | Outlet | Sentence |\n|---|---|---|---|\n")
            for number in comparison.numbers:
                stream.write(
                    f"| {_cell(number.text)} ({_figure(number.value)}) | {_cell(number.unit)} | "
                    f"{_cell(outlet[number.article_id])} | {_cell(number.sentence_text)} |\n"
                )
        if comparison.quotations:
            stream.write("\n## Quotations\n")
            for speaker, quotes in comparison.quotations:
                stream.write(f"\n### {_cell(speaker)}\n\n")
                for quote in quotes:
                    stream.write(f"- {_cell(outlet[quote.article_id])}: “{_cell(quote.text)}”\n")
        if comparison.timeline:
            stream.write("\n## Timeline\n\n| Date | Outlet | As written | Sentence |\n|---|---|---|---|\n")
            for entry in comparison.timeline:
                stream.write(
                    f"| {entry.date} | {_cell(outlet[entry.article_id])} | {_cell(entry.text)} | "
                    f"{_cell(entry.sentence_text)} |\n"
                )
        shown = [row for row in comparison.rows if row.articles >= 2]
        if shown:
            stream.write("\n## Sentences by entity\n")
        for row in shown:
            stream.write(f"\n### {_cell(row.name)}\n")
            for (_article_id, sentences), head in zip(comparison.sentences_for(row.key), heads):
                if not sentences:
                    continue
                stream.write(f"\n**{_cell(head)}**\n\n")
                for s in sentences[:sentences_per_entity]:
                    stream.write(f"- {_cell(s.source)}\n")
                    if s.translation:
                        stream.write(f"  - *{_cell(s.translation)}*\n")
                if len(sentences) > sentences_per_entity:
                    stream.write(f"- … {len(sentences) - sentences_per_entity} more\n")
    return len(shown)


# --- SVG ----------------------------------------------------------------------------------------

_FONT = 'font-family="DejaVu Sans, Noto Sans, sans-serif"'


def _text(x: float, y: float, text: str, size: int = 12, anchor: str = "start", extra: str = "") -> str:
    """One SVG text element; right-to-left text says so (SVG viewers apply
    the bidi algorithm to logical text themselves)."""
    direction = ' direction="rtl" unicode-bidi="embed"' if any(is_rtl_char(ch) for ch in text) else ""
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}"{direction}{extra}>'
        f"{escape(text)}</text>"
    )


def is_rtl_char(ch: str) -> bool:
    return "\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufefc"


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def heat_map_svg(comparison: StoryComparison, max_rows: int = 40) -> str:
    """The entities x articles matrix: darker cells for more mentions."""
    rows: list[MatrixRow] = comparison.rows[:max_rows]
    columns = comparison.columns
    cell, left, top = 28, 220, 150
    # the column heads lean right: room for the last one
    width, height = left + cell * len(columns) + 100, top + cell * len(rows) + 20
    most = max((n for row in rows for n in row.counts), default=1) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" {_FONT}>',
        f"<title>{escape(comparison.name)}: entities named by each article</title>",
        '<rect width="100%" height="100%" fill="white"/>',
    ]
    for i, column in enumerate(columns):
        x = left + i * cell + cell / 2
        label = (
            f"{_short(column.outlet or '#' + str(column.article_id), 18)} · {column.language} · "
            f"{column.date or 'no date'}"
        )
        parts.append(_text(x, top - 8, label, 11, extra=f' transform="rotate(-60 {x:.1f} {top - 8:.1f})"'))
    for j, row in enumerate(rows):
        y = top + j * cell
        parts.append(
            _text(
                left - 8,
                y + cell * 0.65,
                _short(f"{row.name} ({row.articles}/{len(columns)})", 30),
                12,
                "end",
            )
        )
        for i, count in enumerate(row.counts):
            shade = count / most
            fill = (
                f"rgb({int(255 - 200 * shade**0.5)},{int(255 - 140 * shade**0.5)},255)"
                if count
                else "#f2f2f2"
            )
            x = left + i * cell
            parts.append(
                f'<rect x="{x}" y="{y}" width="{cell - 2}" height="{cell - 2}" fill="{fill}">'
                f"<title>{escape(row.name)} in {escape(columns[i].outlet)}: {count}</title></rect>"
            )
            if count:
                parts.append(_text(x + (cell - 2) / 2, y + cell * 0.62, str(count), 10, "middle"))
    parts.append("</svg>\n")
    return "\n".join(parts)


def _day_range(iso: str) -> tuple[date, date] | None:
    try:
        if len(iso) == 4:
            return date(int(iso), 1, 1), date(int(iso), 12, 31)
        if len(iso) == 7:
            first = date(int(iso[:4]), int(iso[5:7]), 1)
            following = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
            return first, following - timedelta(days=1)
        day = date.fromisoformat(iso)
        return day, day
    except ValueError:
        return None


def timeline_svg(comparison: StoryComparison) -> str:
    """One lane per article; a dot per day mentioned, a bar for a month or year."""
    columns = comparison.columns
    lane_of = {c.article_id: i for i, c in enumerate(columns)}
    marks = [(entry, extent) for entry in comparison.timeline if (extent := _day_range(entry.date))]
    left, top, lane, width = 220, 40, 34, 900
    height = top + lane * max(1, len(columns)) + 40
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" {_FONT}>',
        f"<title>{escape(comparison.name)}: dates the articles mention</title>",
        '<rect width="100%" height="100%" fill="white"/>',
    ]
    for i, column in enumerate(columns):
        y = top + i * lane + lane / 2
        label = f"{_short(column.outlet or '#' + str(column.article_id), 20)} · {column.language}"
        parts.append(_text(left - 8, y + 4, label, 12, "end"))
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - 20}" y2="{y:.1f}" stroke="#ddd"/>')
    if marks:
        first = min(extent[0] for _, extent in marks)
        last = max(extent[1] for _, extent in marks)
        span = max(1, (last - first).days)
        scale = (width - left - 40) / span

        def x_of(day: date) -> float:
            return left + 10 + (day - first).days * scale

        bottom = top + lane * len(columns) + 14
        for tick in range(5):
            day = first + timedelta(days=round(span * tick / 4))
            x = x_of(day)
            parts.append(f'<line x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{bottom - 12}" stroke="#eee"/>')
            parts.append(
                _text(
                    x, bottom, day.isoformat(), 11, "start" if tick == 0 else "end" if tick == 4 else "middle"
                )
            )
        for entry, (start, end) in marks:
            y = top + lane_of[entry.article_id] * lane + lane / 2
            tip = f"<title>{escape(entry.date)}: {escape(entry.text)}</title>"
            if start == end:
                parts.append(
                    f'<circle cx="{x_of(start):.1f}" cy="{y:.1f}" r="5" fill="#3060c0">{tip}</circle>'
                )
            else:
                parts.append(
                    f'<rect x="{x_of(start):.1f}" y="{y - 3:.1f}" '
                    f'width="{max(2.0, x_of(end) - x_of(start)):.1f}" height="6" fill="#90a8e0" '
                    f'opacity="0.7">{tip}</rect>'
                )
    else:
        parts.append(_text(left + 10, top - 14, "The articles mention no dates.", 12))
    parts.append("</svg>\n")
    return "\n".join(parts)


def export_svg(comparison: StoryComparison, directory: str | os.PathLike[str]) -> list[Path]:
    """story-ID-matrix.svg and story-ID-timeline.svg in `directory` (made if missing)."""
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind, svg in (("matrix", heat_map_svg(comparison)), ("timeline", timeline_svg(comparison))):
        path = folder / f"story-{comparison.story_id}-{kind}.svg"
        with _output(path) as stream:
            stream.write(svg)
        written.append(path)
    return written
