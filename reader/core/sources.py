"""Everything a user can bring in as articles: files and folders, web
addresses, and HTML or text pasted from the clipboard or dropped on the
window. Qt-free: the window reads the clipboard or the drop and hands the
contents here; the command line passes its arguments."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .importer import ImportedArticle, ImportOutcome, ImportRefused, article_from_text


@dataclass(frozen=True)
class Pasted:
    """Content from the clipboard or a drop: `html` when the source offered
    it (a browser selection keeps its paragraphs there), else `text`."""

    html: str | None = None
    text: str | None = None
    label: str = "clipboard"  # how messages name it


def article_from_pasted(pasted: Pasted, language: str | None = None) -> ImportedArticle:
    """The article in pasted or dropped content, HTML preferred. It has no
    source path: two different pastes are two articles, the same one twice is
    one."""
    if pasted.html and pasted.html.strip():
        return article_from_text(pasted.html, "html", source_path=None, encoding="utf-8", language=language)
    if pasted.text and pasted.text.strip():
        return article_from_text(pasted.text, "text", source_path=None, encoding="utf-8", language=language)
    raise ImportRefused(f"the {pasted.label} holds no text")


def web_addresses(uri_list: Iterable[str]) -> list[str]:
    """The http(s) addresses among dropped URIs (text/uri-list lines;
    comments and other schemes left out)."""
    from .fetch import is_web_address

    lines = (line.strip() for line in uri_list)
    return [line for line in lines if line and not line.startswith("#") and is_web_address(line)]


def import_sources(
    sources: Iterable[Path | str | Pasted],
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[int, int | None], None] | None = None,
) -> Iterator[ImportOutcome]:
    """One outcome per file, per web page, per pasted text. A web address is
    fetched (see core.fetch) because the user named it; `cancelled` and
    `progress` follow that fetch. Files and folders go through
    `importer.import_paths`."""
    from .importer import import_paths

    for source in sources:
        if cancelled and cancelled():
            return  # what is left is not imported
        if isinstance(source, Pasted):
            try:
                yield ImportOutcome(source.label, article=article_from_pasted(source))
            except ImportRefused as error:
                yield ImportOutcome(source.label, error=str(error))
            continue
        if isinstance(source, str) and "://" in source:
            from .fetch import url_outcome

            outcome = url_outcome(source, cancelled=cancelled, progress=progress)
            if cancelled and cancelled():  # cancelled as the last bytes came in: still nothing stored
                outcome = ImportOutcome(source, error="cancelled")
            yield outcome
            continue
        yield from import_paths([Path(source)])
