"""Articles from a link, the clipboard or a drop (issue 17).

"Import from URL…" asks for an address and fetches it with a progress dialog
that can cancel; "Paste as Article" (Ctrl+V in the article list) imports the
clipboard's HTML, else its text; the window's drop handler comes here too.
A page is fetched only when the user typed, pasted or dropped its link. The
work is core.sources, run by the window's ImportWorker off the UI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox, QProgressDialog

from .plain_text import message_box

# The window installs this module before its first paint; the core modules
# behind it (fetch, sources, the importer) load on first use.


def install_import_sources(window) -> None:
    window.bind("import-url", lambda: ask_for_url(window))
    window.bind("paste-article", lambda: paste_article(window))


def ask_for_url(window) -> QInputDialog:
    """The address dialog (filled in when the clipboard holds a link)."""
    dialog = QInputDialog(window)
    dialog.setObjectName("importUrlDialog")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle("Import from URL")
    dialog.setLabelText("Address of the article (http:// or https://).\n"
                        "The page is fetched once, now; nothing else goes online.")
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    from ..core.fetch import is_web_address

    copied = QGuiApplication.clipboard().text().strip()
    if is_web_address(copied) and not any(ch.isspace() for ch in copied):
        dialog.setTextValue(copied)
    dialog.textValueSelected.connect(lambda address: import_url(window, address))
    dialog.open()
    return dialog


def import_url(window, address: str):
    """Fetch and import one page; a non-web address is refused at once."""
    from ..core.fetch import is_web_address

    address = address.strip()
    if not is_web_address(address):
        message_box(window, QMessageBox.Icon.Warning, "Not imported",
                    f"{address or 'An empty address'}: not a web address "
                    "(only http:// and https:// pages can be imported)").open()
        return None
    return start_import(window, [address])


def paste_article(window):
    """Import what the clipboard holds: HTML when it has some, else text (a
    lone link is fetched)."""
    worker = import_mime(window, QGuiApplication.clipboard().mimeData(), "clipboard")
    if worker is None:
        window.statusBar().showMessage("The clipboard holds no text to import", 8000)
    return worker


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


def import_mime(window, mime: QMimeData | None, label: str):
    """Import pasted or dropped data (see `sources_from_mime`); None when it
    holds nothing to import."""
    sources = sources_from_mime(mime, label)
    return start_import(window, sources) if sources else None


def start_import(window, sources: list):
    """Run the import; a web page gets a progress dialog that can cancel, and
    a single new article (a page, a paste) is opened when it arrives."""
    worker = window.import_sources(sources)
    single = len(sources) == 1 and not isinstance(sources[0], Path)
    if single:
        worker.imported.connect(window.select_article)
    pages = [s for s in sources if isinstance(s, str)]
    if pages:
        _show_fetch_progress(window, worker, pages)
    return worker


def _show_fetch_progress(window, worker, pages: list[str]) -> QProgressDialog:
    shown = pages[0] if len(pages) == 1 else f"{len(pages)} pages"
    dialog = QProgressDialog(window)
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
        dialog.setLabelText(f"Fetching {shown}… {got / 1024:,.0f} KB"
                            + (f" of {total / 1024:,.0f} KB" if total > 0 else ""))

    def cancel() -> None:
        # The worker stops at its next piece of the page (or its timeout) and
        # stores nothing; the dialog need not wait for it.
        worker.cancel()
        dialog.hide()

    def finished() -> None:
        dialog.canceled.disconnect(cancel)  # closing a progress dialog reports a cancel
        dialog.close()
        dialog.deleteLater()

    worker.received.connect(received)
    dialog.canceled.connect(cancel)
    worker.finished.connect(finished)
    dialog.show()
    worker.fetch_dialog = dialog  # for tests and for cancelling from outside
    return dialog
