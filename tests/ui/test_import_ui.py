"""Articles from a link, the clipboard or a drop, in the window (issue 17):
paste with Ctrl+V in the article list and from the Library menu, drops of a
link or of HTML, Import from URL… with its progress, refusal and cancel."""

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMessageBox, QProgressDialog, QPushButton
from support.web_fixtures import page_server, socket_guard  # noqa: F401 (fixtures)

HTML = """<html><body><h1>Wethouder opent speeltuin in Oost</h1>
<p>In de wijk Oost is zaterdag een nieuwe speeltuin geopend door wethouder A.B. Smit. Kinderen uit de buurt
hadden zelf meegedacht over het ontwerp.</p>
<p>De speeltuin kostte ruim driehonderdduizend euro. De gemeente wil volgend jaar nog twee speeltuinen bouwen.</p>
</body></html>"""
TEXT = (
    "Bewoners protesteren tegen nieuwe parkeerregels\n\n"
    "Tientallen bewoners van de binnenstad protesteerden dinsdagavond bij het stadhuis tegen de nieuwe "
    "parkeerregels. Zij vinden de vergunningen te duur.\n"
)


def wait_for_import(qtbot, window, worker, count):
    qtbot.waitUntil(worker.isFinished, timeout=20000)
    qtbot.waitUntil(lambda: window.article_model.rowCount() == count, timeout=5000)


def set_clipboard(html=None, text=None):
    mime = QMimeData()
    if html is not None:
        mime.setHtml(html)
    if text is not None:
        mime.setText(text)
    QGuiApplication.clipboard().setMimeData(mime)


def test_ctrl_v_in_the_article_list_pastes_html_as_an_article(qtbot, window, no_network):
    set_clipboard(html=HTML, text="the plain text of the same selection")
    window.article_table.setFocus()
    qtbot.waitUntil(window.article_table.hasFocus)
    QTest.keyClick(window.article_table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    worker = window._import_workers[-1]
    wait_for_import(qtbot, window, worker, 6)
    qtbot.waitUntil(lambda: window.current_article_id() == 6, timeout=5000)  # the new article is opened
    article = window.library.get_article(6)
    assert article.title == "Wethouder opent speeltuin in Oost"
    assert article.language == "nl" and article.source_path is None
    body = next(p for p in article.paragraphs if p.text.startswith("In de wijk Oost"))
    assert (
        body.sentence_texts()[0]
        == "In de wijk Oost is zaterdag een nieuwe speeltuin geopend door wethouder A.B. Smit."
    )
    assert no_network == []


def test_paste_as_article_from_the_library_menu_takes_text(qtbot, window, no_network):
    set_clipboard(text=TEXT)
    action = window.actions["paste-article"]
    library_menu = next(
        m
        for m in window.menuBar().findChildren(type(window.menuBar().addMenu("x")))
        if m.title() == "&Library"
    )
    assert action in library_menu.actions() and action.text() == "Paste as Article"
    assert action.shortcut().toString() == "Ctrl+V"
    action.trigger()
    wait_for_import(qtbot, window, window._import_workers[-1], 6)
    qtbot.waitUntil(lambda: window.current_article_id() == 6, timeout=5000)
    article = window.library.get_article(6)
    assert article.title == "Bewoners protesteren tegen nieuwe parkeerregels"
    assert article.paragraphs[1].sentence_texts()[-1] == "Zij vinden de vergunningen te duur."


def test_ctrl_v_in_the_filter_still_pastes_into_the_filter(qtbot, window):
    set_clipboard(text="Altman")
    window.filter_edit.setFocus()
    qtbot.waitUntil(window.filter_edit.hasFocus)
    QTest.keyClick(window.filter_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.filter_edit.text() == "Altman"
    assert window._import_workers == [] and window.article_model.rowCount() == 5


def drop(window, mime):
    """What the window gets when something is dropped on it (offscreen Qt
    delivers no drop without a real drag, so the handlers are called)."""
    position = QPointF(200, 200)
    enter = QDragEnterEvent(
        position.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    event = QDropEvent(
        position, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    event.setAccepted(False)
    window.dropEvent(event)
    return event


def test_dropping_a_link_fetches_that_page(qtbot, window, page_server, socket_guard):
    mime = QMimeData()
    url = page_server.url("/page.html")
    mime.setUrls([QUrl(url)])
    mime.setHtml(f'<a href="{url}">Nieuwe fietsbrug</a>')  # what a browser adds to a dragged link
    assert drop(window, mime).isAccepted()
    wait_for_import(qtbot, window, window._import_workers[-1], 6)
    rows = {r["source_path"]: r for r in window.library.list_articles()}
    assert rows[url]["title"] == "Nieuwe fietsbrug over de Vecht geopend"
    assert page_server.requests == ["/page.html"]


def test_dropping_html_from_a_browser_imports_it(qtbot, window, no_network):
    mime = QMimeData()
    mime.setHtml(HTML)
    mime.setText("Wethouder opent speeltuin in Oost")
    drop(window, mime)
    wait_for_import(qtbot, window, window._import_workers[-1], 6)
    qtbot.waitUntil(lambda: window.current_article_id() == 6, timeout=5000)
    assert window.library.get_article(6).title == "Wethouder opent speeltuin in Oost"
    assert no_network == []


def open_url_dialog(qtbot, window, address):
    window.run_command("import-url")
    dialog = window.findChild(QInputDialog, "importUrlDialog")
    qtbot.waitUntil(dialog.isVisible)
    dialog.setTextValue(address)
    dialog.accept()


def test_import_from_url_shows_progress_and_opens_the_article(qtbot, window, page_server, socket_guard):
    assert window.actions["import-url"].shortcut().toString() == "Ctrl+Shift+U"
    set_clipboard(text=page_server.url("/page.html"))
    window.run_command("import-url")
    dialog = window.findChild(QInputDialog, "importUrlDialog")
    assert dialog.textValue() == page_server.url("/page.html")  # a copied link is offered
    dialog.accept()
    worker = window._import_workers[-1]
    assert window.findChild(QProgressDialog, "fetchProgress") is worker.fetch_dialog
    wait_for_import(qtbot, window, worker, 6)
    qtbot.waitUntil(lambda: window.current_article_id() == 6, timeout=5000)
    assert window.library.get_article(window.current_article_id()).source_path == page_server.url(
        "/page.html"
    )


def test_a_failed_fetch_explains_why_in_plain_text_and_changes_nothing(
    qtbot, window, page_server, socket_guard
):
    before = window.library.list_articles()
    open_url_dialog(qtbot, window, page_server.url("/<b>missing</b>"))
    worker = window._import_workers[-1]
    qtbot.waitUntil(worker.isFinished, timeout=20000)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox) is not None, timeout=5000)
    box = window.findChild(QMessageBox)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "the server answered 404 Not Found: there is no page at this address" in box.text()
    assert window.library.list_articles() == before


def test_a_non_web_address_is_refused_without_fetching(qtbot, window, no_network):
    open_url_dialog(qtbot, window, "file:///etc/passwd")
    box = window.findChild(QMessageBox)
    assert "not a web address" in box.text() and window._import_workers == []
    assert no_network == []


def test_cancelling_a_fetch_changes_nothing(qtbot, window, page_server, socket_guard):
    before = window.library.list_articles()
    open_url_dialog(qtbot, window, page_server.url("/drip"))
    worker = window._import_workers[-1]
    progress = worker.fetch_dialog
    qtbot.waitUntil(lambda: progress.labelText().endswith("KB"), timeout=10000)  # bytes are arriving
    progress.findChild(QPushButton).click()  # the dialog's Cancel button
    assert not progress.isVisible()  # gone at once; the worker ends on its own
    qtbot.waitUntil(worker.isFinished, timeout=10000)
    # the window's finished handler runs a turn later, from the job's queued signal
    qtbot.waitUntil(lambda: worker not in window._import_workers, timeout=10000)
    assert window.library.list_articles() == before
    assert window.findChild(QMessageBox) is None  # a cancel is no failure
    assert window.statusBar().currentMessage().startswith("Import cancelled")
