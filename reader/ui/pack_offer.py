"""The language-pack offer: one banner in the translation column that takes a
new library from "no translation" to a translated article in one decision.

"Reader translates offline with language packs. This library needs Hebrew,
Arabic, French and Dutch → English (about N MB). [Download now] [Install from
files…] [Not now]"

It appears when an opened article's language has no route to English (so on
the first start with the sample library) unless the user said "Not now" to
that pair. Nothing touches the network before "Download now"; sizes come from
the pack list cached by an earlier fetch. The download fetches the list and the
packs in the background, the open article's pack first, and translates the
article as soon as its pack is in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QMenu,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from ..core.commands import CommandId
from ..core.packs import PackManager, describe_needs, download_size, format_size
from .feature_host import Event, FeatureHost
from .packs_dialog import PackTask
from .plain_text import plain_label

DISMISSED_SETTING = "pack_offer_dismissed"  # the pair codes the user said "Not now" to


def offer_text(needed: list[str], available) -> str:
    """The offer's sentence; the size from the cached pack list, or honestly unknown."""
    total, unknown = download_size(available, needed)
    if not available:
        size = "sizes are shown once the pack list has been fetched"
    elif not unknown:
        size = f"about {format_size(total)}"
    elif total:
        size = f"about {format_size(total)} plus {describe_needs(unknown)}, whose size the pack list does not give"
    else:
        size = "the pack list gives no sizes"
    return (
        f"Reader translates offline with language packs. This library needs "
        f"{describe_needs(needed)} ({size})."
    )


class PackOffer(QFrame):
    """The banner: the offer, then one progress display while packs arrive, then a report."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("packOffer")
        self.setAccessibleName("Language pack offer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = plain_label()
        self.text.setObjectName("packOfferText")
        self.text.setWordWrap(True)
        self.download_button = QPushButton("Download now")
        self.download_button.setObjectName("packOfferDownload")
        self.download_button.setToolTip("Fetches the pack list and the packs from the internet")
        self.files_button = QPushButton("Install from files…")
        self.files_button.setObjectName("packOfferFiles")
        self.files_menu = QMenu(self.files_button)
        self.files_action = QAction("Pack files (.argosmodel)…", self.files_menu)
        self.folder_action = QAction("A folder of packs…", self.files_menu)
        self.files_menu.addAction(self.files_action)
        self.files_menu.addAction(self.folder_action)
        self.files_button.setMenu(self.files_menu)
        self.later_button = QPushButton("Not now")
        self.later_button.setObjectName("packOfferLater")

        self.pack_label = plain_label()
        self.pack_label.setObjectName("packOfferProgressText")
        self.pack_bar = QProgressBar()
        self.pack_bar.setAccessibleName("This pack")
        self.pack_bar.setFormat("this pack %p%")
        self.total_bar = QProgressBar()
        self.total_bar.setAccessibleName("All packs")
        self.total_bar.setFormat("all packs %p%")
        self.total_bar.setRange(0, 1000)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setObjectName("packOfferCancel")
        self.report = plain_label()
        self.report.setObjectName("packOfferReport")
        self.report.setWordWrap(True)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QHBoxLayout()
        for button in (self.download_button, self.files_button, self.later_button):
            buttons.addWidget(button)
        buttons.addStretch()
        bars = QHBoxLayout()
        bars.addWidget(self.pack_bar, 1)
        bars.addWidget(self.total_bar, 1)
        bars.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addWidget(self.pack_label)
        layout.addLayout(bars)
        layout.addWidget(self.report)
        self.set_busy(False)
        self.report.hide()
        self.hide()

    def set_busy(self, busy: bool, downloading: bool = False) -> None:
        for button in (self.download_button, self.files_button, self.later_button):
            button.setEnabled(not busy)
        for widget in (self.pack_label, self.pack_bar, self.total_bar, self.cancel_button):
            widget.setVisible(busy and downloading)


class PackOfferFeature(QObject):
    """Decides when the offer shows, and runs its downloads and installs."""

    name = "pack_offer"

    def __init__(self):
        super().__init__()
        self.task: PackTask | None = None
        self.needed: list[str] = []
        self._languages: set[str] | None = None  # the library's, until the article list reloads

    def install(self, host: FeatureHost) -> None:
        self.host = host
        self.setParent(host.widget())  # gone with the window, and what is queued for it too
        self.offer = PackOffer()
        host.add_banner(self.offer)
        self.offer.download_button.clicked.connect(self.download_now)
        self.offer.files_action.triggered.connect(self.install_files_dialog)
        self.offer.folder_action.triggered.connect(self.install_folder_dialog)
        self.offer.later_button.clicked.connect(self.not_now)
        self.offer.cancel_button.clicked.connect(self.cancel)
        host.bind(CommandId.PACK_OFFER, self.show_offer)
        host.subscribe(Event.ARTICLE_OPENED, self._on_article_opened)
        host.subscribe(Event.ARTICLES_CHANGED, self._forget_languages)

    def shutdown(self) -> None:
        if self.task is not None:
            # Nothing half-installed: the download stops, its staging is removed
            # (the window's job runner waits for it).
            self.task.cancel()

    # --- when it shows ------------------------------------------------------------

    def _needed_now(self) -> list[str]:
        """Pairs the library needs, the open article's first."""
        if self._languages is None:  # not read again on every open
            self._languages = self.host.library.languages()
        needed = self.host.packs.suggested_packs(self._languages - {"en"})
        first = f"{self._current_language()}_en"
        return sorted(needed, key=lambda code: code != first)

    def _forget_languages(self) -> None:
        self._languages = None  # an import or a language change may have changed them

    def _current_language(self) -> str | None:
        state = self.host.current_state()
        return state.article.language if state is not None else None

    def dismissed(self) -> set[str]:
        return set(self.host.library.get_setting(DISMISSED_SETTING) or [])

    def _on_article_opened(self, _article_id: int) -> None:
        if self.task is not None:
            return  # the progress display stays
        state = self.host.current_state()
        if (
            state is not None
            and state.missing_pack is None
            and not self.offer.isVisibleTo(self.host.widget())
        ):
            return  # translatable, and no offer to keep current: the library's packs need no look
        needed = self._needed_now()
        language = self._current_language()
        if f"{language}_en" in needed and f"{language}_en" not in self.dismissed():
            self._show(needed)
        elif not needed:
            self.offer.hide()
        elif self.offer.isVisibleTo(self.host.widget()):
            self._show(needed)  # keep its list current

    def show_offer(self) -> None:
        """Show the offer for every pair the library needs (the menu command and the column's button)."""
        self._show(self._needed_now())

    def _show(self, needed: list[str]) -> None:
        self.needed = needed
        if not self.needed:
            self.offer.text.setText("Every language in this library has a pack.")
            self.offer.download_button.hide()
        else:
            self.offer.text.setText(offer_text(self.needed, self.host.packs.cached_index()))
            self.offer.download_button.show()
        self.offer.later_button.setText("Not now")
        self.offer.show()
        self.host.hide_banner()  # the offer says it all

    def not_now(self) -> None:
        """Hide the offer and remember the pairs it named; a new language brings it back."""
        self.host.library.set_setting(DISMISSED_SETTING, sorted(self.dismissed() | set(self.needed)))
        self.offer.hide()
        self.offer.report.hide()
        article_id = self.host.current_article_id()
        if article_id is not None:
            self.host.open_article(article_id)  # the column's own notice and button

    # --- download ------------------------------------------------------------------

    def download_now(self) -> PackTask | None:
        """Fetch the pack list and every needed pack in the background, the open article's first."""
        if self.task is not None or not self.needed:
            return self.task
        codes = list(self.needed)
        data_dir = self.host.data_dir
        index_url = self.host.pack_index_url

        def work(task: PackTask):
            return PackManager(data_dir).download_all(
                codes,
                index_url,
                on_start=lambda i, n, name: task.packStarted.emit(i, n, name),
                progress_cb=lambda done, total: task.transferred.emit(done, total or 0),
                on_installed=task.packInstalled.emit,
                cancel_event=task.cancel_event,
            )

        task = self._start(work, downloading=True)
        state = {"number": 0, "count": len(codes), "name": ""}
        self.offer.pack_label.setText("Fetching the pack list…")
        self.offer.pack_bar.setRange(0, 0)
        self.offer.total_bar.setValue(0)

        def started(number: int, count: int, name: str) -> None:
            state.update(number=number, count=count, name=name)
            self.offer.pack_label.setText(f"Downloading {name} ({number} of {count})…")
            self.offer.pack_bar.setRange(0, 0)

        def progress(done: int, total: int) -> None:
            size = f"{format_size(done)} of {format_size(total)}" if total else format_size(done)
            self.offer.pack_label.setText(
                f"Downloading {state['name']} ({state['number']} of {state['count']}): {size}"
            )
            fraction = done / total if total else 0.0
            if total:
                self.offer.pack_bar.setRange(0, 1000)
                self.offer.pack_bar.setValue(int(1000 * fraction))
            self.offer.total_bar.setValue(int(1000 * (state["number"] - 1 + fraction) / state["count"]))

        def succeeded(results) -> None:
            lines = [
                f"{pack.name} {pack.package_version}: installed"
                if pack
                else f"{describe_needs([code])}: not installed — {error}"
                for code, pack, error in results
            ]
            self._finish("\n".join(lines))

        task.packStarted.connect(started)
        task.transferred.connect(progress)
        task.packInstalled.connect(self._on_pack_installed)
        task.done.connect(succeeded)
        task.failed.connect(
            lambda message: self._finish(
                message
                if message != "Download cancelled."
                else "Download cancelled. Packs that had finished are installed; nothing is half-installed."
            )
        )
        self.host.run_job(task)
        return task

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _on_pack_installed(self, pack) -> None:
        """Translate the open article as soon as its language can be."""
        self.host.show_status(f"Installed {pack.name} {pack.package_version}", 8000)
        language = self._current_language()
        article_id = self.host.current_article_id()
        if (
            language
            and language != "en"
            and not self.host.library.list_articles([article_id])[0]["translated"]
            and self.host.packs.find_route(language)
        ):
            self.host.open_article(article_id)  # the translation follows it

    # --- install from files -----------------------------------------------------------------

    def install_files_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.host.widget(),
            "Install language packs",
            str(Path.home()),
            "Argos packs (*.argosmodel);;All files (*)",
        )
        if paths:
            self.install_paths([Path(p) for p in paths])

    def install_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.host.widget(), "Install every pack in a folder", str(Path.home())
        )
        if folder:
            self.install_paths([Path(folder)])

    def install_paths(self, paths: list[Path]) -> PackTask | None:
        """Install pack files and folders of them; the offer reports per file."""
        if self.task is not None:
            return self.task
        data_dir = self.host.data_dir

        def work(task: PackTask):
            return PackManager(data_dir).install_files(
                paths, on_file=lambda r: r.pack and task.packInstalled.emit(r.pack)
            )

        task = self._start(work, downloading=False)
        self.offer.report.setText("Installing…")
        self.offer.report.show()
        task.packInstalled.connect(self._on_pack_installed)
        task.done.connect(
            lambda reports: self._finish(
                "\n".join(r.describe() for r in reports) or "No .argosmodel files there."
            )
        )
        task.failed.connect(self._finish)
        self.host.run_job(task)
        return task

    # --- shared -----------------------------------------------------------------------------

    def _start(self, work, downloading: bool) -> PackTask:
        task = PackTask(work)  # no parent: it may outlive the window a moment (jobs.py)
        self.task = task
        self.offer.report.hide()
        self.offer.set_busy(True, downloading)
        return task

    def _finish(self, report: str) -> None:
        self.task = None
        self.offer.set_busy(False)
        self.needed = self._needed_now()
        if self.needed:
            self.offer.text.setText(offer_text(self.needed, self.host.packs.cached_index()))
        else:
            self.offer.text.setText("Every language in this library has a pack now.")
            self.offer.download_button.hide()
            self.offer.later_button.setText("Close")
        self.offer.report.setText(report)
        self.offer.report.show()
