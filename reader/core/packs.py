"""Argos Translate language packs: list, install, remove, download, route.

Qt-free.  Packs live in ``<data_dir>/packs/translate-<from>_<to>/`` (one folder
per language pair), so every library — and every test — has its own packs.

Nothing here touches the network except :meth:`PackManager.fetch_index` and
:meth:`PackManager.download`, which the user has to ask for explicitly.

``argostranslate`` is imported lazily and only its cheap ``package`` module:
``argostranslate.translate`` pulls torch/stanza/spaCy and downloads sentence
splitters at run time, so the app never imports it.

Typical use::

    packs = PackManager(data_dir)
    packs.install_file(Path("translate-he_en-1_5.argosmodel"))
    route = packs.find_route("he", "en")        # Route | None
    route.provenance                            # "he_en@1.5"
    packs.suggested_packs({"he", "ar", "en"})   # ["ar_en"] if ar→en is missing
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import threading
import time
import urllib.parse
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .errors import Cancelled
from .errors import PackError as PackError  # defined with the other errors
from .languages import language_name

if TYPE_CHECKING:
    import uuid
    from http.client import HTTPMessage

    from .pack_records import AvailablePack, FileReport, PackLimits

# (bytes done, bytes in all or None when the server does not say)
ProgressCallback = Callable[[int, int | None], None]


def uuid4() -> uuid.UUID:
    import uuid  # costs ~2 ms; this module is imported at start-up

    return uuid.uuid4()


#: The real Argos package index (a JSON list of package metadata).
DEFAULT_INDEX_URL = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"

_CODE_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{1,8})?$")
_TOKENIZER_FILES = ("sentencepiece.model", "bpe.model")
_INSTALL_RECORD = "reader-install.json"  # written into each installed pack folder: its SHA-256


class DownloadCancelled(PackError, Cancelled):
    """The user cancelled a download; nothing was installed."""


@dataclass(frozen=True)
class Pack:
    """An installed translation pack."""

    from_code: str
    to_code: str
    name: str  # e.g. "Hebrew → English"
    package_version: str
    size_bytes: int
    path: Path  # the installed package folder (holds metadata.json, model/, tokenizer)
    sha256: str | None = None  # of the .argosmodel file installed (None: installed by an older Reader)

    @property
    def code(self) -> str:
        """Pair code, e.g. ``"he_en"``."""
        return f"{self.from_code}_{self.to_code}"

    @property
    def label(self) -> str:
        """Code and version, e.g. ``"he_en@1.5"`` — what provenance strings are made of."""
        return f"{self.code}@{self.package_version}"


def format_size(size_bytes: int) -> str:
    """92_400_000 -> "92 MB"; below 10 MB one decimal ("3.5 MB")."""
    megabytes = size_bytes / 1e6
    return f"{megabytes:.1f} MB" if megabytes < 10 else f"{megabytes:.0f} MB"


def join_names(names: list[str]) -> str:
    """["Hebrew", "Arabic", "French"] -> "Hebrew, Arabic and French"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def describe_needs(codes: list[str]) -> str:
    """["he_en", "ar_en"] -> "Hebrew and Arabic → English"; mixed targets are listed pair by pair."""
    pairs = [normalize_code(code) for code in codes]
    targets = {to for _from, to in pairs}
    if len(targets) == 1:
        return f"{join_names([language_name(f) for f, _to in pairs])} → {language_name(targets.pop())}"
    return join_names([f"{language_name(f)} → {language_name(t)}" for f, t in pairs])


def newest_available(available: list[AvailablePack], code: str) -> AvailablePack | None:
    """The newest listed version of a pair code like "he_en", or None."""
    pair = normalize_code(code)
    candidates = [p for p in available if _same_pair((p.from_code, p.to_code), pair)]
    return max(candidates, key=lambda p: _version_key(p.package_version)) if candidates else None


def download_size(available: list[AvailablePack], codes: list[str]) -> tuple[int, list[str]]:
    """Bytes the newest listed packs of ``codes`` take to download, and the codes
    whose size the index does not give (or that it does not list)."""
    total, unknown = 0, []
    for code in codes:
        listed = newest_available(available, code)
        if listed is None or listed.size_bytes is None:
            unknown.append(code)
        else:
            total += listed.size_bytes
    return total, unknown


def pack_files_in(paths: list[Path]) -> list[Path]:
    """The files to install: each file as given, each folder's ``*.argosmodel`` files (sorted)."""
    files = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(
                sorted(p for p in path.iterdir() if p.suffix.lower() == ".argosmodel" and p.is_file())
            )
        else:
            files.append(path)
    return files


@dataclass(frozen=True)
class Route:
    """Installed packs that translate ``from_code`` → ``to_code``: one pack, or two through a pivot."""

    packs: tuple[Pack, ...]

    @property
    def from_code(self) -> str:
        return self.packs[0].from_code

    @property
    def to_code(self) -> str:
        return self.packs[-1].to_code

    @property
    def pivot(self) -> str | None:
        """The intermediate language code (e.g. ``"fr"`` for he→fr→en), or None if direct."""
        return self.packs[0].to_code if len(self.packs) > 1 else None

    @property
    def provenance(self) -> str:
        """E.g. ``"he_en@1.5"`` or ``"he_fr@1.0+fr_en@1.9"``; store it next to each translation."""
        return "+".join(p.label for p in self.packs)

    def describe(self) -> str:
        """One line for the user, e.g. ``"Hebrew → French → English (via French)"``."""
        names = [language_name(self.from_code)] + [language_name(p.to_code) for p in self.packs]
        text = " → ".join(names)
        return f"{text} (via {language_name(self.pivot)})" if self.pivot else text


def normalize_code(code: str) -> tuple[str, str]:
    """``"he_en"``, ``"he-en"``, ``"translate-he_en"`` → ``("he", "en")``;
    ``"zh-Hant_en"`` → ``("zh-Hant", "en")`` (a subtag keeps its case, as in
    the pack's metadata); PackError otherwise."""
    text = code.strip()
    text = text[len("translate-") :] if text.lower().startswith("translate-") else text
    parts = text.split("_") if "_" in text else re.split(r"[\-→>]+", text)
    parts = [p.split("-", 1)[0].lower() + ("-" + p.split("-", 1)[1] if "-" in p else "") for p in parts]
    if len(parts) != 2 or not all(_CODE_RE.match(p) for p in parts):
        raise PackError(f"“{code}” is not a pack code; use the form he_en (from_to).")
    return parts[0], parts[1]


def _same_pair(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return (a[0].lower(), a[1].lower()) == (b[0].lower(), b[1].lower())


def _version_key(version: str) -> tuple[int, ...]:
    """Orderable key for versions like "1.9" < "1.10"."""
    return tuple(int(p) if p.isdigit() else -1 for p in re.split(r"[.\-]", version))


def _dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _route(installed: list[Pack], from_code: str, to_code: str) -> Route | None:
    """PackManager.find_route among these installed packs."""
    if from_code == to_code:
        return None
    by_pair = {(p.from_code, p.to_code): p for p in installed}
    if (from_code, to_code) in by_pair:
        return Route((by_pair[from_code, to_code],))
    # Prefer English as pivot (most packs are trained through it), then by code.
    firsts = sorted(
        (p for p in installed if p.from_code == from_code),
        key=lambda p: (p.to_code != "en", p.to_code),
    )
    for first in firsts:
        second = by_pair.get((first.to_code, to_code))
        if second is not None:
            return Route((first, second))
    return None


# Compression methods zipfile reads (stored, deflated, bzip2, lzma); others
# (deflate64 is 9) raise NotImplementedError when read.
_READABLE_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}


def _zip_failures() -> tuple[type[BaseException], ...]:
    """Everything zipfile raises for a damaged or hostile archive (not OSError:
    that is the disk's fault, explained apart)."""
    import lzma
    import zlib

    return (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        RuntimeError,
        NotImplementedError,
        EOFError,
        ValueError,
        zlib.error,
        lzma.LZMAError,
    )


def _sha256(path: Path) -> str:
    import hashlib  # here: it loads OpenSSL, which listing and routing packs does not need

    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def _process_runs(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it runs, as another user
        return True
    return True


def _point_argos_at(packs_dir: Path) -> None:
    """Make argostranslate use our packs folder (env before import, settings after)."""
    os.environ["ARGOS_PACKAGES_DIR"] = str(packs_dir)
    import sys

    settings: Any = sys.modules.get("argostranslate.settings")  # an untyped module
    if settings is not None:
        settings.package_data_dir = packs_dir
        settings.package_dirs = [packs_dir]


class PackManager:
    """Packs of one data directory.  Thread-safe for install/remove; Qt-free.

    Long calls (``install_file`` of a 100 MB pack, ``download``) should run off
    the UI thread; they report through plain callbacks.
    """

    _limits: PackLimits | None  # None: the defaults, made when first asked for (see `limits`)

    @property
    def limits(self) -> PackLimits:
        """What a pack archive, a download and the index may cost (given, or
        pack_records.PackLimits's defaults: asked for only when installing
        or downloading, after the window's first paint)."""
        if self._limits is None:
            from .pack_records import PackLimits

            self._limits = PackLimits()
        return self._limits

    def __init__(self, data_dir: Path, limits: PackLimits | None = None):
        self.data_dir = Path(data_dir)
        self.packs_dir = self.data_dir / "packs"
        # Staging lives next to packs (same filesystem, so the final move is a rename)
        # but outside it, so nothing half-installed is ever listed.
        self.staging_dir = self.data_dir / ".packs-staging"
        self.index_cache = self.data_dir / "packs-index.json"
        self._limits = limits
        try:
            self.packs_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise PackError(
                f"Cannot create the packs folder {self.packs_dir} ({error.strerror or error}). "
                "Check the folder permissions, or start Reader with --data-dir on a writable folder."
            ) from error
        self._lock = threading.RLock()
        _point_argos_at(self.packs_dir)
        self._clean_staging()

    def _staging_name(self, kind: str) -> str:
        """A staging entry name that tells which process owns it."""
        return f"{kind}-{os.getpid()}-{uuid4().hex}"

    def _clean_staging(self, older_than_s: float = 24 * 3600) -> None:
        """Remove what an interrupted install or download left behind: entries of
        processes that no longer run (a kill -9 during a download), and
        entries without an owner once they are old (another Reader process may
        be installing right now)."""
        if not self.staging_dir.exists():
            return
        now = time.time()
        for entry in self.staging_dir.iterdir():
            try:
                owner = re.match(r"^[a-z]+-(\d+)-[0-9a-f]{32}", entry.name)
                abandoned = (
                    not _process_runs(int(owner.group(1)))
                    if owner
                    else now - entry.stat().st_mtime > older_than_s
                )
                if abandoned:
                    if entry.is_dir():
                        shutil.rmtree(entry, ignore_errors=True)
                    else:
                        entry.unlink(missing_ok=True)
            except OSError:
                pass

    # ----------------------------------------------------------------- listing

    def list_installed(self) -> list[Pack]:
        """Installed packs, sorted by code.  Folders without valid metadata are skipped."""
        packs = []
        for folder in sorted(self.packs_dir.iterdir()) if self.packs_dir.exists() else []:
            if folder.name.startswith(".") or not folder.is_dir():
                continue
            pack = self._read_installed(folder)
            if pack is not None:
                packs.append(pack)
        return sorted(packs, key=lambda p: p.code)

    def get(self, code: str) -> Pack | None:
        """The installed pack for a pair code like ``"he_en"``, or None."""
        pair = normalize_code(code)
        return next((p for p in self.list_installed() if _same_pair((p.from_code, p.to_code), pair)), None)

    def _read_installed(self, folder: Path) -> Pack | None:
        try:
            meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
            from_code, to_code = meta["from_code"], meta["to_code"]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if meta.get("type", "translate") != "translate":
            return None
        try:
            sha256 = json.loads((folder / _INSTALL_RECORD).read_text(encoding="utf-8")).get("sha256")
        except (OSError, ValueError, AttributeError):
            sha256 = None
        return Pack(
            from_code=from_code,
            to_code=to_code,
            name=f"{meta.get('from_name') or language_name(from_code)} → {meta.get('to_name') or language_name(to_code)}",
            package_version=str(meta.get("package_version", "")),
            size_bytes=_dir_size(folder),
            path=folder,
            sha256=sha256 if isinstance(sha256, str) else None,
        )

    # ----------------------------------------------------------------- routes

    def find_route(self, from_code: str, to_code: str = "en") -> Route | None:
        """Installed packs translating from_code → to_code: direct if possible, else a
        two-hop pivot (e.g. he→fr + fr→en).  None if no route (or from == to)."""
        if from_code == to_code:
            return None
        return self.find_routes([from_code], to_code)[from_code]

    def find_routes(self, from_codes: Iterable[str], to_code: str = "en") -> dict[str, Route | None]:
        """:meth:`find_route` for each of ``from_codes``, the packs folder read
        once (each reading stats every file of every pack, for its size)."""
        installed = self.list_installed()
        return {code: _route(installed, code, to_code) for code in from_codes}

    def suggested_packs(self, languages: set[str] | list[str], to_code: str = "en") -> list[str]:
        """Pair codes (e.g. ``["ar_en", "he_en"]``) the library needs but cannot translate yet:
        languages with no installed route (direct or pivot) to ``to_code``."""
        wanted = {lang for lang in languages if lang and lang != to_code}
        routes = self.find_routes(wanted, to_code) if wanted else {}
        return sorted(f"{lang}_{to_code}" for lang in wanted if routes[lang] is None)

    def missing_message(self, from_code: str, to_code: str = "en") -> str | None:
        """What to tell the user when an article cannot be translated, or None if it can.

        E.g. "No Hebrew → English pack is installed (he_en). Install a .argosmodel
        file, or download the pack when online."
        """
        if from_code == to_code or self.find_route(from_code, to_code) is not None:
            return None
        return (
            f"No {language_name(from_code)} → {language_name(to_code)} pack is installed "
            f"({from_code}_{to_code}). Install a .argosmodel file, or download the pack when online."
        )

    # ----------------------------------------------------------------- install

    def install_file(
        self,
        path: Path,
        from_code: str | None = None,
        to_code: str | None = None,
        on_progress: Callable[[str], None] | None = None,
    ) -> Pack:
        """Install a ``.argosmodel`` file and return the installed Pack.

        The archive is fully checked before anything installed is touched:
        a zip; no member escaping its folder (absolute paths, ``..``, backslashes,
        symlinks); exactly one top-level folder; ``metadata.json`` of type
        translate with from_code, to_code and package_version; a ``model/``
        folder with ``model.bin``; a tokenizer.  If ``from_code``/``to_code``
        are given, the pack must translate exactly that pair.

        It is extracted into a staging folder and moved in with a rename; an
        installed pack of the same pair (any version) is replaced.
        Raises PackError with a message for the user.
        """
        path = Path(path)
        say = on_progress or (lambda _msg: None)
        if not path.is_file():
            raise PackError(f"{path.name}: file not found.")
        say("Checking pack…")
        meta, top, needed = self._check_archive(path)
        if (from_code and meta["from_code"] != from_code) or (to_code and meta["to_code"] != to_code):
            want = f"{language_name(from_code or meta['from_code'])} → {language_name(to_code or meta['to_code'])}"
            got = f"{language_name(meta['from_code'])} → {language_name(meta['to_code'])}"
            raise PackError(f"{path.name} translates {got}, but {want} was expected.")

        self.staging_dir.mkdir(parents=True, exist_ok=True)
        free = shutil.disk_usage(self.staging_dir).free
        if needed > free:
            raise PackError(
                f"Not enough disk space to install {path.name}: it needs {needed / 1e6:.0f} MB, "
                f"{free / 1e6:.0f} MB are free in {self.data_dir}."
            )
        staging = self.staging_dir / self._staging_name("install")
        staging.mkdir()
        try:
            say("Unpacking…")
            self._extract(path, staging)
            new_folder = staging / top
            problem = self._check_unpacked(new_folder)
            if problem:
                raise PackError(f"{path.name}: {problem}")
            (new_folder / _INSTALL_RECORD).write_text(
                json.dumps({"sha256": _sha256(path), "file": path.name}), encoding="utf-8"
            )
            target = self.packs_dir / f"translate-{meta['from_code']}_{meta['to_code']}"
            with self._lock:
                self._swap_in(new_folder, target, (meta["from_code"], meta["to_code"]))
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        pack = self._read_installed(target)
        assert pack is not None
        say(f"Installed {pack.name} {pack.package_version}.")
        return pack

    def _swap_in(self, new_folder: Path, target: Path, pair: tuple[str, str]) -> None:
        """Replace whatever is installed for ``pair`` with ``new_folder`` (renames only)."""
        old_dirs = [p.path for p in self.list_installed() if _same_pair((p.from_code, p.to_code), pair)]
        if target.exists() and target not in old_dirs:
            old_dirs.append(target)  # a broken leftover occupying the name
        trash = self.staging_dir / f"old-{uuid4().hex}"
        trash.mkdir(parents=True)
        moved = []
        try:
            for i, old in enumerate(old_dirs):
                dest = trash / str(i)
                old.rename(dest)
                moved.append((dest, old))
            new_folder.rename(target)
        except OSError as exc:
            for dest, old in moved:  # put the old packs back
                if not old.exists():
                    dest.rename(old)
            raise PackError(f"Could not install into {self.packs_dir}: {exc}") from exc
        finally:
            shutil.rmtree(trash, ignore_errors=True)

    def _check_archive(self, path: Path) -> tuple[dict[str, Any], str, int]:
        """The one check an archive passes before anything is unpacked; returns
        (metadata, top-level folder name, expanded size).

        Names: no absolute paths, drive letters, backslashes, NUL, empty, "."
        or ".." parts, no duplicates; no symbolic links; no encrypted member;
        only compression methods Python can read; at most `limits.max_members`
        members and `limits.max_unpacked_bytes` expanded, compressed at most
        `limits.max_ratio` times (a zip bomb); one top folder holding
        metadata.json, model/model.bin and a tokenizer. Every zipfile failure
        (a damaged directory, a corrupt stream, a CRC error) is a PackError.
        """
        name = path.name
        if not zipfile.is_zipfile(path):
            raise PackError(f"{name} is not an Argos pack (not a zip archive).")
        try:
            with zipfile.ZipFile(path) as zf:
                infos = zf.infolist()
                expanded = self._check_members(name, infos, path.stat().st_size)
                tops = {info.filename.split("/")[0] for info in infos}
                if len(tops) != 1:
                    raise PackError(
                        f"{name} is not an Argos pack: it must hold exactly one folder, found {len(tops)}."
                    )
                top = tops.pop()
                names = {i.filename.rstrip("/") for i in infos}
                if f"{top}/metadata.json" not in names:
                    raise PackError(f"{name} is not an Argos pack: metadata.json is missing.")
                try:
                    meta = json.loads(zf.read(f"{top}/metadata.json").decode("utf-8"))
                except (ValueError, UnicodeDecodeError) as exc:
                    raise PackError(f"{name}: metadata.json is not valid JSON ({exc}).") from exc
                if not any(n.startswith(f"{top}/model/") for n in names):
                    raise PackError(f"{name} is not an Argos pack: the model/ folder is missing.")
                if f"{top}/model/model.bin" not in names:
                    raise PackError(f"{name} is damaged: model/model.bin is missing.")
                if not any(f"{top}/{t}" in names for t in _TOKENIZER_FILES):
                    raise PackError(
                        f"{name} is damaged: it has no tokenizer (sentencepiece.model or bpe.model)."
                    )
        except _zip_failures() as exc:
            raise PackError(f"{name} is damaged ({type(exc).__name__}: {exc}).") from exc
        self._check_metadata(name, meta)
        return meta, top, expanded

    def _check_members(self, name: str, infos: list[zipfile.ZipInfo], archive_bytes: int) -> int:
        """Names, kinds and sizes of every member (see `_check_archive`); the expanded size."""
        limits = self.limits
        if len(infos) > limits.max_members:
            raise PackError(
                f"{name} is refused: {len(infos)} entries (a pack has at most {limits.max_members})."
            )
        seen: set[str] = set()
        expanded = 0
        for info in infos:
            member = info.filename
            parts = member[:-1].split("/") if member.endswith("/") else member.split("/")
            if (
                not member
                or "\\" in member
                or "\x00" in member
                or re.match(r"^[A-Za-z]:", member)
                or any(part in ("", ".", "..") for part in parts)
            ):
                raise PackError(f"{name} is unsafe: the entry “{member}” points outside the pack folder.")
            if stat.S_ISLNK(info.external_attr >> 16):
                raise PackError(f"{name} is unsafe: it contains a symbolic link (“{member}”).")
            if len(parts) == 1 and not info.is_dir():
                raise PackError(f"{name} is not an Argos pack: “{member}” lies outside the pack folder.")
            if member.rstrip("/") in seen:
                raise PackError(f"{name} is damaged: the entry “{member}” appears twice.")
            seen.add(member.rstrip("/"))
            if info.flag_bits & 0x1:
                raise PackError(f"{name} is refused: “{member}” is encrypted (packs are never encrypted).")
            if info.compress_type not in _READABLE_METHODS:
                raise PackError(
                    f"{name} is refused: “{member}” uses compression method {info.compress_type}, "
                    "which Reader cannot unpack (use stored or deflated)."
                )
            if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(
                info.compress_size, 1
            ):
                raise PackError(
                    f"{name} is refused: “{member}” would expand {info.file_size / 1e6:.0f} MB "
                    f"from {info.compress_size / 1e6:.1f} MB (a zip bomb?)."
                )
            expanded += info.file_size
        if expanded > limits.max_unpacked_bytes:
            raise PackError(
                f"{name} is refused: it would expand to {expanded / 1e6:.0f} MB "
                f"(the limit is {limits.max_unpacked_bytes / 1e6:.0f} MB)."
            )
        if expanded > limits.ratio_floor_bytes and expanded > limits.max_ratio * max(archive_bytes, 1):
            raise PackError(
                f"{name} is refused: {archive_bytes / 1e6:.1f} MB would expand to "
                f"{expanded / 1e6:.0f} MB (a zip bomb?)."
            )
        return expanded

    def _extract(self, path: Path, staging: Path) -> None:
        """Unpack a checked archive member by member (names were checked; each
        stream is read to its end, so a CRC error or corrupt data surfaces here)."""
        try:
            with zipfile.ZipFile(path) as zf:
                for info in zf.infolist():
                    target = staging.joinpath(*info.filename.rstrip("/").split("/"))
                    if info.is_dir():
                        target.mkdir(parents=True, exist_ok=True)
                        continue
                    target.parent.mkdir(parents=True, exist_ok=True)
                    with zf.open(info) as source, open(target, "xb") as out:
                        shutil.copyfileobj(source, out, 1024 * 1024)
        except _zip_failures() as exc:
            raise PackError(
                f"{path.name} is damaged and could not be unpacked ({type(exc).__name__}: {exc})."
            ) from exc
        except OSError as exc:
            raise PackError(
                f"Could not unpack {path.name} into {staging.parent}: {exc.strerror or exc}."
            ) from exc

    @staticmethod
    def _check_metadata(name: str, meta: object) -> None:
        if not isinstance(meta, dict):
            raise PackError(f"{name}: metadata.json must be a JSON object.")
        kind = meta.get("type", "translate")  # older Argos packs omit "type"
        if kind != "translate":
            raise PackError(f"{name} is a “{kind}” package, not a translation pack.")
        for key in ("from_code", "to_code", "package_version"):
            if not isinstance(meta.get(key), str) or not meta[key].strip():
                raise PackError(f"{name}: metadata.json has no {key}.")
        for key in ("from_code", "to_code"):
            if not _CODE_RE.match(meta[key]):
                raise PackError(f"{name}: metadata.json has an invalid {key} “{meta[key]}”.")
        if meta["from_code"] == meta["to_code"]:
            raise PackError(f"{name}: from_code and to_code are both “{meta['from_code']}”.")

    @staticmethod
    def _check_unpacked(folder: Path) -> str | None:
        if not folder.is_dir():
            return "the pack folder is missing after unpacking."
        if not (folder / "model" / "model.bin").is_file():
            return "model/model.bin is missing after unpacking."
        for p in folder.rglob("*"):
            if p.is_symlink():
                return "it contains a symbolic link."
        return None

    def install_files(
        self, paths: list[Path], on_file: Callable[[FileReport], None] | None = None
    ) -> list[FileReport]:
        """Install several ``.argosmodel`` files and the ones in the folders given,
        one by one; a refused file does not stop the others."""
        from .pack_records import FileReport

        reports = []
        for path in pack_files_in(paths):
            try:
                report = FileReport(path, pack=self.install_file(path))
            except PackError as error:
                report = FileReport(path, error=str(error))
            except OSError as error:
                report = FileReport(path, error=f"could not be read ({error.strerror or error}).")
            reports.append(report)
            if on_file:
                on_file(report)
        return reports

    # ----------------------------------------------------------------- remove

    def remove(self, code: str) -> Pack:
        """Remove the installed pack for ``"he_en"`` / ``"he-en"``; return what was removed."""
        with self._lock:
            pack = self.get(code)
            if pack is None:
                raise PackError(f"No {code} pack is installed.")
            # Rename first so a half-deleted folder is never listed.
            self.staging_dir.mkdir(parents=True, exist_ok=True)
            trash = self.staging_dir / f"remove-{uuid4().hex}"
            pack.path.rename(trash)
        shutil.rmtree(trash, ignore_errors=True)
        return pack

    # ----------------------------------------------------------------- argos

    def argos_package(self, pack: Pack) -> Any:  # argostranslate.package.Package (untyped)
        """The ``argostranslate.package.Package`` for an installed pack (tokenizer,
        target_prefix, package_path).  Imports only the cheap ``argostranslate.package``."""
        _point_argos_at(self.packs_dir)
        import argostranslate.package

        _point_argos_at(self.packs_dir)  # first import read settings; make sure they point here
        return argostranslate.package.Package(pack.path)

    # ----------------------------------------------------------------- network (explicit only)

    def fetch_index(self, index_url: str = DEFAULT_INDEX_URL, timeout: float = 30) -> list[AvailablePack]:
        """Download the Argos index (NETWORK) and return its translation packs; also cached
        for :meth:`cached_index`.  Raises PackError when offline or the index is bad."""
        data = self._get(index_url, timeout)
        try:
            entries = json.loads(data.decode("utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise PackError(f"The pack index at {index_url} is not valid JSON.") from exc
        packs = self._parse_index(entries)
        if not packs and entries:
            raise PackError(f"The pack index at {index_url} lists no translation packs.")
        tmp = self.index_cache.with_suffix(".tmp")
        tmp.write_bytes(data)
        tmp.replace(self.index_cache)
        return packs

    def cached_index(self) -> list[AvailablePack]:
        """The last index fetched with :meth:`fetch_index` (no network), or []."""
        try:
            return self._parse_index(json.loads(self.index_cache.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return []

    @staticmethod
    def _parse_index(entries: object) -> list[AvailablePack]:
        from .pack_records import AvailablePack

        if not isinstance(entries, list):
            raise PackError("The pack index is not a list of packages.")
        packs = []
        for e in entries:
            if not isinstance(e, dict) or e.get("type", "translate") != "translate":
                continue
            f, t, links = e.get("from_code"), e.get("to_code"), e.get("links") or []
            if not (isinstance(f, str) and isinstance(t, str) and _CODE_RE.match(f) and _CODE_RE.match(t)):
                continue
            links = tuple(str(link) for link in links if isinstance(link, str))
            if not links:
                continue
            packs.append(
                AvailablePack(
                    from_code=f,
                    to_code=t,
                    name=f"{e.get('from_name') or language_name(f)} → {e.get('to_name') or language_name(t)}",
                    package_version=str(e.get("package_version", "")),
                    links=links,
                    sha256=e.get("sha256") if isinstance(e.get("sha256"), str) else None,
                    size_bytes=e["size"] if isinstance(e.get("size"), int) and e["size"] > 0 else None,
                )
            )
        return sorted(packs, key=lambda p: (p.code, _version_key(p.package_version)))

    def download(
        self,
        code: str,
        progress_cb: ProgressCallback | None = None,
        cancel_event: threading.Event | None = None,
        index_url: str = DEFAULT_INDEX_URL,
        timeout: float = 30,
        index: list[AvailablePack] | None = None,
    ) -> Pack:
        """Fetch the index (unless ``index`` is given, as fetched just before),
        download the newest pack for ``code`` (NETWORK) and install it.

        ``progress_cb(bytes_done, bytes_total_or_None)`` is called as data arrives
        (from the calling thread).  Setting ``cancel_event`` stops the download:
        DownloadCancelled is raised and nothing is installed.
        """
        from_code, to_code = normalize_code(code)
        best = newest_available(self.fetch_index(index_url, timeout) if index is None else index, code)
        if best is None:
            raise PackError(
                f"The pack index has no {language_name(from_code)} → {language_name(to_code)} pack ({from_code}_{to_code})."
            )
        self.staging_dir.mkdir(parents=True, exist_ok=True)
        tmp = self.staging_dir / (self._staging_name("download") + ".argosmodel")
        try:
            errors = []
            for link in best.links:
                link = urllib.parse.urljoin(index_url, link)  # index may use relative links
                try:
                    self._stream_to(link, tmp, progress_cb, cancel_event, timeout)
                    break
                except DownloadCancelled:
                    raise
                except PackError as exc:
                    errors.append(str(exc))
            else:
                raise PackError("Download failed: " + "; ".join(errors))
            if best.sha256 and _sha256(tmp) != best.sha256.lower():
                raise PackError(
                    f"The downloaded {best.code} pack does not match the index's SHA-256; "
                    "nothing was installed."
                )
            return self.install_file(tmp, from_code, to_code)
        finally:
            tmp.unlink(missing_ok=True)

    def download_all(
        self,
        codes: list[str],
        index_url: str = DEFAULT_INDEX_URL,
        on_start: Callable[[int, int, str], None] | None = None,
        progress_cb: ProgressCallback | None = None,
        on_installed: Callable[[Pack], None] | None = None,
        cancel_event: threading.Event | None = None,
        timeout: float = 30,
    ) -> list[tuple[str, Pack | None, str | None]]:
        """Fetch the index once, then download and install each pack in ``codes``
        in that order (NETWORK).  ``on_start(i, n, name)`` announces pack i of n;
        ``on_installed(pack)`` follows each installed one, so the caller can
        use it before the others arrive.  Returns ``(code, pack, error)`` per
        code: a missing or failed pack does not stop the others; cancelling
        raises DownloadCancelled (packs installed before stay, complete)."""
        index = self.fetch_index(index_url, timeout)
        results: list[tuple[str, Pack | None, str | None]] = []
        for number, code in enumerate(codes, 1):
            if on_start:
                listed = newest_available(index, code)
                on_start(number, len(codes), listed.name if listed else describe_needs([code]))
            try:
                pack = self.download(code, progress_cb, cancel_event, index_url, timeout, index=index)
            except DownloadCancelled:
                raise
            except PackError as error:
                results.append((code, None, str(error)))
                continue
            results.append((code, pack, None))
            if on_installed:
                on_installed(pack)
        return results

    @staticmethod
    def _open(url: str, timeout: float) -> Any:  # urllib's response, Any in typeshed
        if urllib.parse.urlparse(url).scheme not in ("http", "https"):
            raise PackError(f"Refusing to download from {url}: only http and https are allowed.")
        from urllib.request import (  # the app imports this module at start-up
            HTTPRedirectHandler,
            Request,
            build_opener,
        )

        class HttpOnlyRedirects(HTTPRedirectHandler):
            """Follow a redirect only to http(s) (urllib would also follow ftp:)."""

            def redirect_request(
                self, req: Request, fp: IO[bytes], code: int, msg: str, headers: HTTPMessage, newurl: str
            ) -> Request | None:
                if urllib.parse.urlparse(newurl).scheme not in ("http", "https"):
                    raise PackError(
                        f"Refusing the redirect from {url} to {newurl}: only http and https are allowed."
                    )
                return super().redirect_request(req, fp, code, msg, headers, newurl)

        request = Request(url, headers={"User-Agent": "Reader (argos pack manager)"})
        try:
            return build_opener(HttpOnlyRedirects).open(request, timeout=timeout)
        except OSError as exc:  # URLError, HTTPError, timeouts are all OSError
            raise PackError(f"Could not download {url}: {getattr(exc, 'reason', exc)}") from exc

    def _get(self, url: str, timeout: float) -> bytes:
        """The index: at most `limits.max_index_bytes`, in `limits.max_index_seconds`."""
        import io

        buffer = io.BytesIO()
        self._copy(url, buffer, timeout, self.limits.max_index_bytes, self.limits.max_index_seconds)
        return buffer.getvalue()

    def _stream_to(
        self,
        url: str,
        dest: Path,
        progress_cb: ProgressCallback | None,
        cancel_event: threading.Event | None,
        timeout: float,
    ) -> None:
        with open(dest, "wb") as out:
            self._copy(
                url,
                out,
                timeout,
                self.limits.max_download_bytes,
                self.limits.max_download_seconds,
                progress_cb,
                cancel_event,
            )

    def _copy(
        self,
        url: str,
        out: IO[bytes],
        timeout: float,
        max_bytes: int,
        max_seconds: float,
        progress_cb: ProgressCallback | None = None,
        cancel_event: threading.Event | None = None,
    ) -> None:
        """Copy the body of `url` into `out`, refusing more than `max_bytes`
        (announced or received: a server may send no Content-Length) and
        stopping after `max_seconds` (a server may trickle forever)."""
        deadline = time.monotonic() + max_seconds
        with self._open(url, timeout) as response:
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
            if total is not None and total > max_bytes:
                raise PackError(
                    f"Refusing {url}: it is {total / 1e6:.0f} MB, "
                    f"more than the {max_bytes / 1e6:.0f} MB allowed."
                )
            read = getattr(
                response, "read1", response.read
            )  # whatever has arrived: the deadline is checked often
            done = 0
            if progress_cb:
                progress_cb(0, total)
            while True:
                if cancel_event is not None and cancel_event.is_set():
                    raise DownloadCancelled("Download cancelled.")
                if time.monotonic() > deadline:
                    raise PackError(f"Download of {url} took longer than {max_seconds:.0f} s; stopped.")
                try:
                    chunk = read(256 * 1024)
                except OSError as exc:
                    raise PackError(f"Download of {url} was interrupted: {exc}") from exc
                if not chunk:
                    break
                done += len(chunk)
                if done > max_bytes:
                    raise PackError(
                        f"Download of {url} stopped: more than the {max_bytes / 1e6:.0f} MB allowed."
                    )
                out.write(chunk)
                if progress_cb:
                    progress_cb(done, total)
            if total is not None and done != total:
                raise PackError(f"Download of {url} was cut short ({done} of {total} bytes).")
