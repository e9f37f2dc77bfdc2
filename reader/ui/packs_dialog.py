"""Language packs dialog: installed packs, install from files, download, remove.

Packs are shown by language ("Hebrew → English"), the ones the library needs
marked. The pack list last fetched is shown from its cache; nothing here
touches the network until the user presses "Refresh Pack List" or a download
button.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.packs import (
    DEFAULT_INDEX_URL,
    PackError,
    PackManager,
    describe_needs,
    download_size,
    format_size,
    newest_available,
)
from .jobs import Job, JobContext, JobFailed, JobRunner
from .plain_text import ask, plain_label


class PackTask(Job):
    """One pack operation (install, index, download) as a job: `function(task)`
    does the work; its result comes with `done`."""

    transferred = Signal(int, int)  # bytes done, bytes total (0 = unknown)
    packStarted = Signal(int, int, str)  # pack i of n, its name (several downloads in one task)
    packInstalled = Signal(object)  # a Pack, as soon as it is in (others may follow)

    def __init__(self, function, parent=None):
        super().__init__(parent)
        self.function = function

    def work(self, context: JobContext):
        try:
            return self.function(self)
        except PackError as error:
            raise JobFailed(str(error)) from error
        except OSError as error:
            raise JobFailed(f"Network or disk error: {error}") from error


class PacksDialog(QDialog):
    packsChanged = Signal()

    def __init__(
        self, data_dir: Path, needed_languages: set[str], parent=None, index_url: str = DEFAULT_INDEX_URL
    ):
        super().__init__(parent)
        self.setWindowTitle("Language Packs")
        self.setObjectName("packsDialog")
        self.manager = PackManager(data_dir)
        self.needed_languages = needed_languages
        self.index_url = index_url
        self.task: PackTask | None = None
        self.jobs = JobRunner(data_dir, self)
        self.available = []

        self.suggestion = plain_label()
        self.suggestion.setObjectName("packSuggestion")
        self.suggestion.setWordWrap(True)
        self.installed_table = self._table(["Languages", "Version", "Size", "Code"], "Installed packs")
        self.available_table = self._table(
            ["Languages", "Version", "Size", "Your library"], "Packs available for download"
        )

        self.install_button = QPushButton("&Install from Files…")
        self.install_folder_button = QPushButton("Install a F&older…")
        self.remove_button = QPushButton("&Remove")
        self.fetch_button = QPushButton("&Refresh Pack List (uses the internet)")
        self.download_button = QPushButton("&Download Selected")
        self.download_button.setEnabled(False)
        self.download_needed_button = QPushButton("Download &All Needed")
        self.download_needed_button.setObjectName("downloadAllNeeded")
        self.cancel_button = QPushButton("&Cancel")
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Pack progress")
        self.progress.hide()
        self.status = plain_label()
        self.status.setObjectName("packStatus")
        self.status.setWordWrap(True)

        self.install_button.clicked.connect(self.install_from_file_dialog)
        self.install_folder_button.clicked.connect(self.install_folder_dialog)
        self.remove_button.clicked.connect(self.remove_selected)
        self.fetch_button.clicked.connect(self.fetch_index)
        self.download_button.clicked.connect(self.download_selected)
        self.download_needed_button.clicked.connect(self.download_needed)
        self.cancel_button.clicked.connect(self.cancel)

        installed_buttons = QHBoxLayout()
        installed_buttons.addWidget(self.install_button)
        installed_buttons.addWidget(self.install_folder_button)
        installed_buttons.addWidget(self.remove_button)
        installed_buttons.addStretch()
        download_buttons = QHBoxLayout()
        download_buttons.addWidget(self.download_needed_button)
        download_buttons.addWidget(self.download_button)
        download_buttons.addWidget(self.fetch_button)
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
        self.resize(720, 600)
        self.show_available(self.manager.cached_index())  # no network: the list last fetched
        self.refresh()

    def _table(self, headers, name) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    @staticmethod
    def _fill_row(table: QTableWidget, row: int, code: str, texts: list[str]) -> None:
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, code)
            table.setItem(row, column, item)

    def needed(self) -> list[str]:
        """Pair codes the library needs and cannot translate yet, e.g. ["ar_en", "he_en"]."""
        return sorted(
            self.manager.suggested_packs(self.needed_languages), key=lambda code: describe_needs([code])
        )

    def refresh(self) -> None:
        installed = self.manager.list_installed()
        self.installed_table.setRowCount(len(installed))
        for row, pack in enumerate(installed):
            self._fill_row(
                self.installed_table,
                row,
                pack.code,
                [pack.name, pack.package_version, format_size(pack.size_bytes), pack.code],
            )
        needed = self.needed()
        if needed:
            total, unknown = download_size(self.available, needed)
            size = (
                f" (about {format_size(total)})"
                if not unknown
                else " (sizes shown once the pack list is fetched)"
                if not self.available
                else f" (about {format_size(total)} and more: the list gives no size for "
                f"{describe_needs(unknown)})"
                if total
                else " (the pack list gives no sizes)"
            )
            self.suggestion.setText(
                f"Your library needs {describe_needs(needed)}{size}. "
                "Install .argosmodel files, or download them here."
            )
        else:
            self.suggestion.setText("Every language in your library has a pack.")
        self.remove_button.setEnabled(bool(installed))
        self.download_needed_button.setEnabled(bool(needed) and not self._busy())
        self._mark_needed(needed)

    def _mark_needed(self, needed: list[str]) -> None:
        installed = {p.code for p in self.manager.list_installed()}
        for row in range(self.available_table.rowCount()):
            code = self.available_table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            mark = "needed" if code in needed else "installed" if code in installed else ""
            self.available_table.item(row, 3).setText(mark)
            font = self.available_table.item(row, 0).font()
            font.setBold(code in needed)
            for column in range(4):
                self.available_table.item(row, column).setFont(font)

    def show_available(self, available) -> None:
        """The newest version of each pair the index lists, needed ones first."""
        needed = self.needed()
        newest = {p.code: newest_available(available, p.code) for p in available}
        self.available = sorted(newest.values(), key=lambda p: (p.code not in needed, p.name))
        self.available_table.setRowCount(len(self.available))
        for row, pack in enumerate(self.available):
            size = format_size(pack.size_bytes) if pack.size_bytes else "size unknown"
            self._fill_row(self.available_table, row, pack.code, [pack.name, pack.package_version, size, ""])
        self.download_button.setEnabled(bool(self.available) and not self._busy())
        self._mark_needed(needed)

    def _busy(self) -> bool:
        return self.task is not None

    # --- actions -----------------------------------------------------------------

    def install_from_file_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, "Install language packs", str(Path.home()), "Argos packs (*.argosmodel);;All files (*)"
        )
        if paths:
            self.install_files([Path(p) for p in paths])

    def install_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Install every pack in a folder", str(Path.home()))
        if folder:
            self.install_files([Path(folder)])

    def install_file(self, path: Path) -> PackTask:
        return self._start(
            lambda task: self.manager.install_file(path),
            f"Installing {path.name}…",
            lambda pack: f"Installed {pack.label} ({pack.name}).",
        )

    def install_files(self, paths: list[Path]) -> PackTask:
        """Files and folders of packs in one go; the status says, per file, installed or refused and why."""

        def report(reports):
            if not reports:
                return "No .argosmodel files there."
            return "\n".join(r.describe() for r in reports)

        return self._start(lambda task: self.manager.install_files(paths), "Installing packs…", report)

    def remove_selected(self) -> None:
        row = self.installed_table.currentRow()
        if row < 0:
            return
        code = self.installed_table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        if not ask(self, "Remove pack", f"Remove the {self.installed_table.item(row, 0).text()} pack?"):
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
            self.show_available(available)
            return f"{len(self.available)} language pairs available."

        return self._start(
            lambda task: self.manager.fetch_index(self.index_url),
            "Fetching the pack list…",
            done,
            changes_packs=False,
        )

    def download_selected(self) -> PackTask | None:
        row = self.available_table.currentRow()
        if row < 0:
            self.status.setText("Select a pack to download.")
            return None
        return self.download(self.available_table.item(row, 0).data(Qt.ItemDataRole.UserRole))

    def download(self, code: str) -> PackTask:
        def work(task: PackTask):
            return self.manager.download(
                code,
                lambda done, total: task.transferred.emit(done, total or 0),
                cancel_event=task.cancel_event,
                index_url=self.index_url,
            )

        return self._start(
            work,
            f"Downloading {describe_needs([code])}…",
            lambda pack: f"Installed {pack.label} ({pack.name}).",
        )

    def download_needed(self) -> PackTask | None:
        """Fetch the pack list and every pack the library needs, in one action."""
        needed = self.needed()
        if not needed:
            self.status.setText("Every language in your library has a pack.")
            return None

        def work(task: PackTask):
            return self.manager.download_all(
                needed,
                self.index_url,
                on_start=lambda i, n, name: task.packStarted.emit(i, n, name),
                progress_cb=lambda done, total: task.transferred.emit(done, total or 0),
                on_installed=task.packInstalled.emit,
                cancel_event=task.cancel_event,
            )

        def report(results):
            self.show_available(self.manager.cached_index())
            return "\n".join(
                f"{pack.name} {pack.package_version}: installed"
                if pack
                else f"{describe_needs([code])}: {error}"
                for code, pack, error in results
            )

        task = self._start(work, f"Downloading {describe_needs(needed)}…", report, changes_packs=False)
        task.packStarted.connect(lambda i, n, name: self.status.setText(f"Downloading {name} ({i} of {n})…"))
        task.packInstalled.connect(lambda _pack: (self.refresh(), self.packsChanged.emit()))
        return task

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _start(self, function, message: str, on_success, changes_packs: bool = True) -> PackTask:
        if self.task is not None:
            self.status.setText("Please wait for the current operation to finish.")
            return self.task
        task = PackTask(function)  # no parent: it may outlive the dialog a moment (jobs.py)
        self.task = task
        self.status.setText(message)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        for button in (
            self.install_button,
            self.install_folder_button,
            self.remove_button,
            self.fetch_button,
            self.download_button,
            self.download_needed_button,
        ):
            button.setEnabled(False)

        def progress(done, total):
            if total:
                self.progress.setRange(0, total)
                self.progress.setValue(done)

        def finish():
            self.task = None
            self.progress.hide()
            self.cancel_button.hide()
            for button in (self.install_button, self.install_folder_button, self.fetch_button):
                button.setEnabled(True)
            self.download_button.setEnabled(bool(self.available))
            self.refresh()

        def succeeded(result):
            self.status.setText(on_success(result))
            if changes_packs:
                self.packsChanged.emit()

        task.transferred.connect(progress)
        task.done.connect(succeeded)
        task.failed.connect(self.status.setText)
        task.finished.connect(finish)
        self.jobs.run(task)
        return task

    def done(self, result):
        self.jobs.shutdown()  # a download stops, nothing is half-installed
        super().done(result)
