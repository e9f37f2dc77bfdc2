"""Library-level operations that combine import and storage."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..paths import SEEDS_DIR
from .errors import ArticleNotFound
from .safe_text import escape_controls, shown_path
from .storage import Library, LibraryError

if TYPE_CHECKING:
    from .anchoring import ReanchorReport
    from .importer import ImportOutcome


@dataclass
class ImportResult:
    """What became of one imported file, page or paste."""

    path: Path | str  # a file, a web address or a label for pasted text
    article_id: int | None
    status: str  # added, updated, unchanged, failed
    message: str  # one line for people
    reanchored: ReanchorReport | None = None  # when an update moved annotations

    @property
    def ok(self) -> bool:
        return self.status != "failed"


def import_into(library: Library, paths: Iterable[Path]) -> Iterator[ImportResult]:
    """Import files and folders into the library, one result per file."""
    from .importer import import_paths  # not needed before first paint

    return store_outcomes(library, import_paths(paths))


def store_outcomes(library: Library, outcomes: Iterable[ImportOutcome]) -> Iterator[ImportResult]:
    """Store each `importer.ImportOutcome` (from files, a link or the
    clipboard, see core.sources), one result per outcome."""
    for outcome in outcomes:
        name = shown_path(outcome.path)
        if outcome.article is None:
            yield ImportResult(outcome.path, None, "failed", f"{name}: refused: {outcome.error}")
            continue
        article = outcome.article
        try:
            article_id, status = library.add_article(article)
        except LibraryError as error:
            yield ImportResult(outcome.path, None, "failed", f"{name}: not saved: {error}")
            continue
        notes = "".join(f" ({w})" for w in article.warnings)
        if article.removed_blocks:  # set aside, never silently dropped
            notes += f" ({len(article.removed_blocks)} lines of site clutter set aside)"
        report = None
        if status == "updated":
            # Same file, new text: annotations move with their quotes or become orphans.
            # (Translations of the old text are gone; the translation pane is
            # re-anchored when the article is translated again.)
            from .anchoring import reanchor_article

            try:
                report = reanchor_article(library, article_id)
                if report.moved or report.orphaned:
                    notes += f" (annotations: {report.summary()})"
            except LibraryError as error:
                notes += f" (annotations not re-anchored: {error})"
        yield ImportResult(
            outcome.path,
            article_id,
            status,
            f"{name}: {status} #{article_id} [{article.language}, {article.encoding}, "
            f"{len(article.paragraphs)} paragraphs] {escape_controls(article.title)}{notes}",
            reanchored=report,
        )


def seed_if_first_run(
    library: Library, seeds_dir: Path = SEEDS_DIR, report: Callable[[ImportResult], None] | None = None
) -> bool:
    """Import the sample articles once, the first time a library is opened."""
    if library.get_setting("seeded", False):
        return False
    if seeds_dir.is_dir():
        for result in import_into(library, [seeds_dir]):
            if report:
                report(result)
        from .importer import release_language_identifier

        release_language_identifier()
    library.set_setting("seeded", True)
    return True


def seed_apart_if_first_run(library: Library, seeds_dir: Path = SEEDS_DIR) -> bool:
    """seed_if_first_run in a child process (the window's first run):
    importing the samples loads py3langid, numpy, lxml and justext, which a
    process keeps once loaded (about 45 MB resident in the window for the
    whole session, though release_language_identifier drops the models),
    and the window needs none of them again. What the child could not do
    (it failed to start, say) is done here."""
    if library.get_setting("seeded", False):
        return False
    import subprocess
    import sys

    # In the bundle sys.executable is Reader itself, which runs `-m reader.…` (packaging/bundle_main.py).
    command = [sys.executable, "-m", __name__, str(library.data_dir), str(seeds_dir)]
    # The child's stderr is the window's, so a traceback there is not lost.
    try:
        child = subprocess.run(command, stdout=subprocess.DEVNULL, timeout=300, check=False)
        failure = f"exit status {child.returncode}" if child.returncode else ""
    except (OSError, subprocess.SubprocessError) as error:
        failure = str(error)
    if failure:
        print(f"reader: importing the samples apart failed ({failure}); importing them here", file=sys.stderr)
    return seed_if_first_run(library, seeds_dir) or bool(library.get_setting("seeded", False))


def restore_removed_block(library: Library, article_id: int, position: int) -> ReanchorReport:
    """Put a block the importer removed as clutter back into the article (and
    keep it there on re-import); annotations are re-anchored to the new
    paragraph order. Returns the anchoring.ReanchorReport."""
    from .anchoring import reanchor_article
    from .storage.clutter import ClutterStore
    from .text import split_sentences

    rows = library.list_articles([article_id])
    if not rows:
        raise ArticleNotFound(article_id)
    store = ClutterStore(library)
    block = store.block(article_id, position)
    store.restore(article_id, position, split_sentences(block.text, rows[0]["language"]))
    return reanchor_article(library, article_id)


# seed_apart_if_first_run's child: python -m reader.core.library DATA_DIR SEEDS_DIR
if __name__ == "__main__":
    import sys

    seed_if_first_run(Library(Path(sys.argv[1])), Path(sys.argv[2]))
