"""Reading positions, reading sessions and library search: the SQL behind
"pick up where I left off" (tables `reading_positions`, `reading_sessions`).

Qt-free. Positions are (paragraph, sentence index) in the source text; a
translation sentence with the same indices is aligned with it by construction.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..panes import Pane, Span
from . import Library, now_iso


@dataclass(frozen=True)
class ReadingPosition:
    """Where the reader is in an article, and how far they got."""

    article_id: int
    paragraph: int
    sentence: int
    progress: float  # 0..1, the furthest point reached
    read: bool
    last_read_at: str | None


@dataclass(frozen=True)
class SessionSummary:
    """One reading session: when it ran and how long was spent reading."""

    session_id: int
    started_at: str
    ended_at: str | None
    seconds_read: float
    sentences_advanced: int
    annotations_made: int


@dataclass(frozen=True)
class SearchHit:
    """A place where a search of the library found its text."""

    article_id: int
    title: str
    language: str
    pane: Pane
    paragraph: int
    start: int  # code points in that pane's paragraph text
    end: int
    snippet: str

    @property
    def span(self) -> Span:
        return Span(self.pane, self.paragraph, self.start, self.end)


class SessionStore:
    """Per-article reading positions and per-run reading sessions."""

    def __init__(self, library: Library, clock: Callable[[], str] | None = None):
        self.library = library
        self.clock = clock or now_iso

    # --- positions -----------------------------------------------------------

    def save_position(
        self,
        article_id: int,
        paragraph: int,
        sentence: int,
        progress: float | None = None,
        read: bool | None = None,
    ) -> ReadingPosition:
        """Remember where the reader is. Progress only grows (it is how far
        the reader got, not where the cursor is); `read` is sticky unless
        set explicitly with `mark_read(..., False)`."""
        previous = self.position(article_id)
        if progress is None:
            progress = previous.progress if previous else 0.0
        if previous:
            progress = max(progress, previous.progress)
            if read is None:
                read = previous.read
        progress = max(0.0, min(1.0, progress))
        self.library.execute(
            "INSERT INTO reading_positions(article_id, paragraph, sentence, progress, read, last_read_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(article_id) DO UPDATE SET "
            "paragraph = excluded.paragraph, sentence = excluded.sentence, progress = excluded.progress, "
            "read = excluded.read, last_read_at = excluded.last_read_at",
            (article_id, paragraph, sentence, progress, int(bool(read)), self.clock()),
        )
        return self._stored_position(article_id)

    def position(self, article_id: int) -> ReadingPosition | None:
        row = self.library.execute(
            "SELECT article_id, paragraph, sentence, progress, read, last_read_at "
            "FROM reading_positions WHERE article_id = ?",
            (article_id,),
        ).fetchone()
        return ReadingPosition(row[0], row[1], row[2], row[3], bool(row[4]), row[5]) if row else None

    def positions(self) -> dict[int, ReadingPosition]:
        """Every remembered position, for the article list."""
        return {
            row[0]: ReadingPosition(row[0], row[1], row[2], row[3], bool(row[4]), row[5])
            for row in self.library.execute(
                "SELECT article_id, paragraph, sentence, progress, read, last_read_at FROM reading_positions"
            )
        }

    def mark_read(self, article_id: int, read: bool = True) -> ReadingPosition:
        if self.position(article_id) is None:
            self.save_position(article_id, 0, 0, 0.0, read)
        else:
            self.library.execute(
                "UPDATE reading_positions SET read = ?, last_read_at = ? WHERE article_id = ?",
                (int(read), self.clock(), article_id),
            )
        return self._stored_position(article_id)

    def _stored_position(self, article_id: int) -> ReadingPosition:
        """The position just written."""
        position = self.position(article_id)
        assert position is not None
        return position

    def progress(self, article_id: int) -> float:
        position = self.position(article_id)
        return position.progress if position else 0.0

    def last_read_article(self) -> int | None:
        row = self.library.execute(
            "SELECT article_id FROM reading_positions WHERE last_read_at IS NOT NULL "
            "ORDER BY last_read_at DESC LIMIT 1"
        ).fetchone()
        return int(row[0]) if row else None

    # --- sessions ------------------------------------------------------------

    def start_session(self) -> int:
        cursor = self.library.execute("INSERT INTO reading_sessions(started_at) VALUES (?)", (self.clock(),))
        return int(cursor.lastrowid)

    def update_session(
        self, session_id: int, *, seconds_read: float | None = None, sentences_advanced: int | None = None
    ) -> None:
        """Store the running totals of a session (absolute values, not deltas)."""
        fields: list[str] = ["annotations_made = ?"]
        params: list[float | int | str] = [self._annotations_since(session_id)]
        if seconds_read is not None:
            fields.append("seconds_read = ?")
            params.append(float(seconds_read))
        if sentences_advanced is not None:
            fields.append("sentences_advanced = ?")
            params.append(int(sentences_advanced))
        # ended_at doubles as "last activity", so a crashed session still has an end.
        fields.append("ended_at = ?")
        params.append(self.clock())
        self.library.execute(
            f"UPDATE reading_sessions SET {', '.join(fields)} WHERE id = ?", (*params, session_id)
        )

    def _annotations_since(self, session_id: int) -> int:
        # Annotations are counted from the annotations table itself, so every
        # way of annotating (dialog, panel, CLI in the same run) is counted.
        row = self.library.execute(
            "SELECT COUNT(*) FROM annotations, reading_sessions s WHERE s.id = ? "
            "AND annotations.created_at >= s.started_at AND annotations.deleted_at IS NULL",
            (session_id,),
        ).fetchone()
        return int(row[0])

    def summary(self, session_id: int) -> SessionSummary | None:
        row = self.library.execute(
            "SELECT id, started_at, ended_at, seconds_read, sentences_advanced FROM reading_sessions "
            "WHERE id = ?",
            (session_id,),
        ).fetchone()
        if not row:
            return None
        return SessionSummary(row[0], row[1], row[2], row[3], row[4], self._annotations_since(session_id))

    def totals(self) -> SessionSummary:
        """All sessions together (session_id 0)."""
        row = self.library.execute(
            "SELECT MIN(started_at), MAX(ended_at), COALESCE(SUM(seconds_read), 0), "
            "COALESCE(SUM(sentences_advanced), 0), COALESCE(SUM(annotations_made), 0) "
            "FROM reading_sessions"
        ).fetchone()
        return SessionSummary(0, row[0] or "", row[1], row[2], row[3], row[4])

    # --- search across the library ------------------------------------------

    def search(self, query: str, limit: int = 200) -> list[SearchHit]:
        """Case-insensitive substring search over every article's source
        paragraphs and translated sentences, in library order. LIKE narrows
        the rows (it folds ASCII case only); Python finds the exact offsets."""
        query = query.strip()
        if not query:
            return []
        pattern = re.compile(re.escape(query), re.IGNORECASE)
        like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        hits: list[SearchHit] = []
        rows = self.library.execute(
            "SELECT p.article_id, a.title, a.language, 'source', p.idx, p.text, NULL "
            "FROM paragraphs p JOIN articles a ON a.id = p.article_id "
            "WHERE p.text LIKE ? ESCAPE '\\' "
            "UNION ALL "
            "SELECT t.article_id, a.title, a.language, 'translation', t.paragraph, t.text, t.sentence "
            "FROM translations t JOIN articles a ON a.id = t.article_id "
            "WHERE t.text LIKE ? ESCAPE '\\' "
            "ORDER BY 1, 5, 4",
            (like, like),
        ).fetchall()
        translation_offsets = self._translation_offsets({r[0] for r in rows if r[3] == Pane.TRANSLATION})
        for article_id, title, language, pane_name, paragraph, text, sentence in rows:
            pane, base = Pane(pane_name), 0
            if pane is Pane.TRANSLATION:
                # Hits inside a translated sentence, as offsets in the pane's paragraph text.
                base = translation_offsets.get((article_id, paragraph, sentence), 0)
            for match in pattern.finditer(text):
                start, end = match.span()
                left = max(0, start - 40)
                snippet = (
                    ("…" if left else "")
                    + text[left : end + 60].replace("\n", " ")
                    + ("…" if end + 60 < len(text) else "")
                )
                hits.append(
                    SearchHit(article_id, title, language, pane, paragraph, base + start, base + end, snippet)
                )
                if len(hits) >= limit:
                    return hits
        return hits

    def _translation_offsets(self, article_ids: set[int]) -> dict[tuple[int, int, int], int]:
        """(article, paragraph, sentence) -> start of that sentence in the
        translation pane text (sentences joined by one space, see
        `text.join_sentences`)."""
        from ..text import join_sentences

        offsets: dict[tuple[int, int, int], int] = {}
        for article_id in article_ids:
            by_paragraph: dict[int, list[str]] = {}
            for paragraph, text in self.library.execute(
                "SELECT paragraph, text FROM translations WHERE article_id = ? ORDER BY paragraph, sentence",
                (article_id,),
            ):
                by_paragraph.setdefault(paragraph, []).append(text)
            for paragraph, sentences in by_paragraph.items():
                _, spans = join_sentences(sentences)
                for index, (start, _end) in enumerate(spans):
                    # join_sentences strips each sentence; the hit offset is
                    # in the unstripped text, so adjust by the leading blanks.
                    lead = len(sentences[index]) - len(sentences[index].lstrip())
                    offsets[(article_id, paragraph, index)] = start - lead
        return offsets


def format_duration(seconds: float) -> str:
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes:02d} min"
    if minutes:
        return f"{minutes} min {secs:02d} s"
    return f"{secs} s"
