"""Records the pack manager hands out or reads on its download and install
paths: a pack the Argos index lists, what became of a file given to
`PackManager.install_files`, and the limits of an archive and a download.

Their own module, not packs.py: the window loads packs.py before its first
paint to find the installed packs, and building these frozen dataclasses took
~8M instructions (~1.3 ms) there, ~6M more for PackLimits. Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .packs import Pack


@dataclass(frozen=True)
class AvailablePack:
    """A pack listed in the Argos index (not necessarily installed)."""

    from_code: str
    to_code: str
    name: str
    package_version: str
    links: tuple[str, ...]
    sha256: str | None = None  # when the index gives one, the download must match it
    size_bytes: int | None = None  # of the .argosmodel file, when the index says (Argos's own often does not)

    @property
    def code(self) -> str:
        return f"{self.from_code}_{self.to_code}"


@dataclass(frozen=True)
class FileReport:
    """What became of one file given to :meth:`PackManager.install_files`."""

    path: Path
    pack: Pack | None = None
    error: str | None = None

    def describe(self) -> str:
        """One plain line, e.g. "he_en.argosmodel: installed Hebrew → English 1.5"."""
        if self.pack is not None:
            return f"{self.path.name}: installed {self.pack.name} {self.pack.package_version}"
        return f"{self.path.name}: refused — {self.error}"


@dataclass(frozen=True)
class PackLimits:
    """What a pack archive, a download and the index may cost. Real Argos
    packs are 50–400 MB expanded, a few dozen members, compressed at most a
    few times; the index is tens of kilobytes."""

    max_unpacked_bytes: int = 2 * 1024**3
    max_members: int = 10_000
    max_ratio: float = 100.0  # expanded / compressed, whole archive and each large member
    ratio_floor_bytes: int = 64 * 1024**2  # smaller expansions are never a bomb worth refusing
    max_download_bytes: int = 2 * 1024**3
    max_download_seconds: float = 3600.0
    max_index_bytes: int = 8 * 1024**2
    max_index_seconds: float = 60.0
