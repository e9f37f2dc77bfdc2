"""Articles from a link, the clipboard or a drop (issue 17).

"Import from URL…" asks for an address and fetches it with a progress dialog
that can cancel; "Paste as Article" (Ctrl+V in the article list) imports the
clipboard's HTML, else its text; the window's drop handler comes here too.
A page is fetched only when the user typed, pasted or dropped its link. The
work is core.sources, run by `ImportJob` (ui/jobs.py) off the UI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox, QProgressDialog

from ..core.commands import CommandId
from .jobs import Job, JobContext
from .plain_text import message_box


class ImportJob(Job):
    """Imports files, web pages and pasted text (see core.sources); a cancel
    stops a web page's fetch at its next piece, a folder after its current file."""

    message = Signal(str, bool)  # message, ok
    received = Signal(int, int)  # bytes of a web page so far, its size (-1: unknown)
    imported = Signal(int)  # the id of each article added, updated or already there

    def __init__(self, sources: list, parent=None):
        super().__init__(parent)
        self.sources = sources

    def work(self, context: JobContext) -> None:
        from ..core.library import store_outcomes
        from ..core.sources import import_sources

        library = context.library  # before fetching: a library that cannot open fetches nothing
        with _language_identifier_released_after():
            outcomes = import_sources(
                self.sources,
                cancelled=context.cancelled,
                progress=lambda got, total: self.received.emit(got, -1 if total is None else total),
            )
            for result in store_outcomes(library, outcomes):
                self.message.emit(result.message, result.ok)
                if result.article_id is not None:
                    self.imported.emit(result.article_id)


_imports_running = 0
_imports_lock = threading.Lock()


@contextmanager
def _language_identifier_released_after() -> Iterator[None]:
    """Imports share py3langid's models (about 70 MB resident): the last
    import to end drops them, as the first-run import does; an import still
    running keeps them."""
    global _imports_running
    with _imports_lock:
        _imports_running += 1
    try:
        yield
    finally:
        with _imports_lock:
            _imports_running -= 1
            if _imports_running == 0:
                from ..core.importer import release_language_identifier

                release_language_identifier()


class ImportSourcesFeature:
    """The import commands; the core modules behind them (fetch, sources,
    the importer) load on first use."""

    name = "import_sources"

    def install(self, host) -> None:
        self.host = host
        host.bind(CommandId.IMPORT_URL, lambda: ask_for_url(host))
        host.bind(CommandId.PASTE_ARTICLE, lambda: paste_article(host))

    def shutdown(self) -> None:
        pass


def ask_for_url(host) -> QInputDialog:
    """The address dialog (filled in when the clipboard holds a link)."""
    dialog = QInputDialog(host.widget())
    dialog.setObjectName("importUrlDialog")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle("Import from URL")
    dialog.setLabelText(
        "Address of the article (http:// or https://).\n"
        "The page is fetched once, now; nothing else goes online."
    )
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    from ..core.fetch import is_web_address

    copied = QGuiApplication.clipboard().text().strip()
    if is_web_address(copied) and not any(ch.isspace() for ch in copied):
        dialog.setTextValue(copied)
    dialog.textValueSelected.connect(lambda address: import_url(host, address))
    dialog.open()
    return dialog


def import_url(host, address: str):
    """Fetch and import one page; a non-web address is refused at once."""
    from ..core.fetch import is_web_address

    address = address.strip()
    if not is_web_address(address):
        message_box(
            host.widget(),
            QMessageBox.Icon.Warning,
            "Not imported",
            f"{address or 'An empty address'}: not a web address "
            "(only http:// and https:// pages can be imported)",
        ).open()
        return None
    return start_import(host, [address])


def paste_article(host):
    """Import what the clipboard holds: HTML when it has some, else text (a
    lone link is fetched)."""
    handle = import_mime(host, QGuiApplication.clipboard().mimeData(), "clipboard")
    if handle is None:
        host.show_status("The clipboard holds no text to import", 8000)
    return handle


def sources_from_mime(mime: QMimeData | None, label: str) -> list:
    """What pasted or dropped data brings: local files; else http(s) links
    (text/uri-list, or a text that is one address); else HTML; else text."""
    from ..core.fetch import is_web_address
    from ..core.sources import Pasted, web_addresses

    if mime is None:
        return []
    if mime.hasUrls():
        urls = mime.urls()
        files = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
        links = web_addresses(url.toString() for url in urls if not url.isLocalFile())
        if files or links:
            return [*files, *links]
    text = mime.text() if mime.hasText() else ""
    if not mime.hasHtml() and is_web_address(text) and not any(ch.isspace() for ch in text.strip()):
        return [text.strip()]
    if mime.hasHtml() and mime.html().strip():
        return [Pasted(html=mime.html(), text=text or None, label=label)]
    if text.strip():
        return [Pasted(text=text, label=label)]
    return []


def import_mime(host, mime: QMimeData | None, label: str):
    """Import pasted or dropped data (see `sources_from_mime`); None when it
    holds nothing to import."""
    sources = sources_from_mime(mime, label)
    return start_import(host, sources) if sources else None


def start_import(host, sources: list, job: ImportJob | None = None):
    """Run the import; a web page gets a progress dialog that can cancel, and
    a single new article (a page, a paste) is opened when it arrives. `job`:
    an ImportJob of these sources whose signals the caller has connected."""
    job = job or ImportJob(sources)
    if len(sources) == 1 and not isinstance(sources[0], Path):
        job.imported.connect(host.select_article)
    pages = [s for s in sources if isinstance(s, str)]
    dialog = _show_fetch_progress(host, job, pages) if pages else None
    handle = host.run_import(job)
    handle.fetch_dialog = dialog  # for tests and for cancelling from outside
    return handle


def _show_fetch_progress(host, job: ImportJob, pages: list[str]) -> QProgressDialog:
    shown = pages[0] if len(pages) == 1 else f"{len(pages)} pages"
    dialog = QProgressDialog(host.widget())
    dialog.setObjectName("fetchProgress")
    dialog.setWindowTitle("Import from URL")
    dialog.setRange(0, 0)  # busy until the size is known
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(0)
    label = dialog.findChild(QLabel)
    label.setTextFormat(Qt.TextFormat.PlainText)  # an address is never markup
    label.setWordWrap(True)
    dialog.setLabelText(f"Fetching {shown}…")

    def received(got: int, total: int) -> None:
        if total > 0:
            dialog.setRange(0, total)
            dialog.setValue(min(got, total))
        dialog.setLabelText(
            f"Fetching {shown}… {got / 1024:,.0f} KB" + (f" of {total / 1024:,.0f} KB" if total > 0 else "")
        )

    def cancel() -> None:
        # The worker stops at its next piece of the page (or its timeout) and
        # stores nothing; the dialog need not wait for it.
        job.cancel()
        dialog.hide()

    def finished() -> None:
        dialog.canceled.disconnect(cancel)  # closing a progress dialog reports a cancel
        dialog.close()
        dialog.deleteLater()

    job.received.connect(received)
    dialog.canceled.connect(cancel)
    job.finished.connect(finished)
    dialog.show()
    return dialog
