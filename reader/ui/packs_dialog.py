"""Language packs dialog: installed packs, install from file, download, remove.

Nothing here touches the network until the user presses "Fetch pack list".
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
    QProgressBar, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from ..core.packs import DEFAULT_INDEX_URL, PackError, PackManager
from .plain_text import ask, plain_label


class PackTask(QThread):
    """Runs one pack operation off the UI thread (install, index, download)."""

    progress = Signal(int, int)        # bytes done, bytes total (0 = unknown)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, function, parent=None):
        super().__init__(parent)
        self.function = function
        self.cancel_event = threading.Event()

    def run(self):
        try:
            self.succeeded.emit(self.function(self))
        except PackError as error:
            self.failed.emit(str(error))
        except OSError as error:
            self.failed.emit(f"Network or disk error: {error}")
        except Exception as error:
            self.failed.emit(f"{type(error).__name__}: {error}")


class PacksDialog(QDialog):
    packsChanged = Signal()

    def __init__(self, data_dir: Path, needed_languages: set[str], parent=None,
                 index_url: str = DEFAULT_INDEX_URL):
        super().__init__(parent)
        self.setWindowTitle("Language Packs")
        self.setObjectName("packsDialog")
        self.manager = PackManager(data_dir)
        self.needed_languages = needed_languages
        self.index_url = index_url
        self.task: PackTask | None = None
        self.available = []

        self.suggestion = plain_label()
        self.suggestion.setObjectName("packSuggestion")
        self.suggestion.setWordWrap(True)
        self.installed_table = self._table(["Pack", "Languages", "Version", "Size"], "Installed packs")
        self.available_table = self._table(["Pack", "Languages", "Version"], "Packs available for download")

        self.install_button = QPushButton("&Install from File…")
        self.remove_button = QPushButton("&Remove")
        self.fetch_button = QPushButton("&Fetch Pack List (uses the internet)")
        self.download_button = QPushButton("&Download Selected")
        self.download_button.setEnabled(False)
        self.cancel_button = QPushButton("&Cancel")
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Pack progress")
        self.progress.hide()
        self.status = plain_label()
        self.status.setObjectName("packStatus")
        self.status.setWordWrap(True)

        self.install_button.clicked.connect(self.install_from_file_dialog)
        self.remove_button.clicked.connect(self.remove_selected)
        self.fetch_button.clicked.connect(self.fetch_index)
        self.download_button.clicked.connect(self.download_selected)
        self.cancel_button.clicked.connect(self.cancel)

        installed_buttons = QHBoxLayout()
        installed_buttons.addWidget(self.install_button)
        installed_buttons.addWidget(self.remove_button)
        installed_buttons.addStretch()
        download_buttons = QHBoxLayout()
        download_buttons.addWidget(self.fetch_button)
        download_buttons.addWidget(self.download_button)
        download_buttons.addWidget(self.cancel_button)
        download_buttons.addStretch()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.suggestion)
        layout.addWidget(QLabel("Installed:"))
        layout.addWidget(self.installed_table)
        layout.addLayout(installed_buttons)
        layout.addWidget(QLabel("Download (only when you ask):"))
        layout.addWidget(self.available_table)
        layout.addLayout(download_buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(640, 560)
        self.refresh()

    def _table(self, headers, name) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        return table

    def refresh(self) -> None:
        installed = self.manager.list_installed()
        self.installed_table.setRowCount(len(installed))
        for row, pack in enumerate(installed):
            for column, text in enumerate([pack.code, pack.name, pack.package_version,
                                           f"{pack.size_bytes / 1e6:.1f} MB"]):
                self.installed_table.setItem(row, column, QTableWidgetItem(text))
        needed = self.manager.suggested_packs(self.needed_languages)
        self.suggestion.setText(
            f"Your library needs: {', '.join(needed)}. Install .argosmodel files, or download them here."
            if needed else "Every language in your library has a pack.")
        self.remove_button.setEnabled(bool(installed))

    # --- actions -----------------------------------------------------------------

    def install_from_file_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Install a language pack", str(Path.home()),
                                              "Argos packs (*.argosmodel);;All files (*)")
        if path:
            self.install_file(Path(path))

    def install_file(self, path: Path) -> PackTask:
        return self._start(lambda task: self.manager.install_file(path),
                           f"Installing {path.name}…", lambda pack: f"Installed {pack.label} ({pack.name}).")

    def remove_selected(self) -> None:
        row = self.installed_table.currentRow()
        if row < 0:
            return
        code = self.installed_table.item(row, 0).text()
        if not ask(self, "Remove pack", f"Remove the {code} pack?"):
            return
        self.remove(code)

    def remove(self, code: str) -> None:
        try:
            pack = self.manager.remove(code)
            self.status.setText(f"Removed {pack.label}.")
        except PackError as error:
            self.status.setText(str(error))
        self.refresh()
        self.packsChanged.emit()

    def fetch_index(self) -> PackTask:
        def done(available):
            self.available = available
            self.available_table.setRowCount(len(available))
            for row, pack in enumerate(available):
                for column, text in enumerate([pack.code, pack.name, pack.package_version]):
                    self.available_table.setItem(row, column, QTableWidgetItem(text))
            self.download_button.setEnabled(bool(available))
            return f"{len(available)} packs available."

        return self._start(lambda task: self.manager.fetch_index(self.index_url), "Fetching the pack list…",
                           done, changes_packs=False)

    def download_selected(self) -> PackTask | None:
        row = self.available_table.currentRow()
        if row < 0:
            self.status.setText("Select a pack to download.")
            return None
        return self.download(self.available[row].code)

    def download(self, code: str) -> PackTask:
        def work(task: PackTask):
            return self.manager.download(
                code, lambda done, total: task.progress.emit(done, total or 0),
                cancel_event=task.cancel_event, index_url=self.index_url)

        return self._start(work, f"Downloading {code}…", lambda pack: f"Installed {pack.label} ({pack.name}).")

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel_event.set()

    def _start(self, function, message: str, on_success, changes_packs: bool = True) -> PackTask:
        if self.task is not None and self.task.isRunning():
            self.status.setText("Please wait for the current operation to finish.")
            return self.task
        task = PackTask(function, self)
        self.task = task
        self.status.setText(message)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        for button in (self.install_button, self.remove_button, self.fetch_button, self.download_button):
            button.setEnabled(False)

        def progress(done, total):
            if total:
                self.progress.setRange(0, total)
                self.progress.setValue(done)

        def finish():
            self.progress.hide()
            self.cancel_button.hide()
            for button in (self.install_button, self.fetch_button):
                button.setEnabled(True)
            self.download_button.setEnabled(bool(self.available))
            self.refresh()

        def succeeded(result):
            self.status.setText(on_success(result))
            if changes_packs:
                self.packsChanged.emit()

        task.progress.connect(progress)
        task.succeeded.connect(succeeded)
        task.failed.connect(self.status.setText)
        task.finished.connect(finish)
        task.start()
        return task

    def done(self, result):
        if self.task is not None and self.task.isRunning():
            self.task.cancel_event.set()
            self.task.wait(10000)
        super().done(result)
