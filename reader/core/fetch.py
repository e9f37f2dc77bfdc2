"""Articles from a link: fetch one web page the user asked for, then import it
through the HTML path.

Besides pack downloads this is the app's only network access, and it happens
only on the user's request ("Import from URL…", a dropped link, `reader import
https://…`). Limits: http and https only, every redirect re-checked; a
connect/read timeout and an overall deadline; a size limit enforced while the
body streams in; HTML or plain text only. Every refusal is a `FetchError`
whose text says why, raised before anything is stored.
"""

from __future__ import annotations

import http.client
import re
import socket
import ssl
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any
from urllib.parse import urljoin, urlsplit

from .importer import ImportedArticle, ImportOutcome, ImportRefused, article_from_text, decode_bytes

MAX_PAGE_BYTES = 10 * 1024 * 1024
TIMEOUT_SECONDS = 20.0  # to connect, and between two pieces of the body
DEADLINE_SECONDS = 60.0  # for the whole page, redirects included
MAX_REDIRECTS = 5
WEB_SCHEMES = ("http", "https")
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_TEXT_TYPES = {"text/plain": "text", "text/markdown": "markdown", "text/x-markdown": "markdown"}
_CHUNK = 64 * 1024


class FetchError(ImportRefused):
    """The page could not be fetched; str() says why in plain words."""


class FetchCancelled(FetchError):
    def __init__(self) -> None:
        super().__init__("cancelled")


@dataclass
class FetchedPage:
    url: str  # where the page was found, after redirects
    data: bytes
    kind: str  # "html", "markdown" or "text": which import path reads it
    charset: str | None  # declared by the server or the page's <meta>


def is_web_address(text: str) -> bool:
    """True for an http(s) address with a host (what `fetch_page` accepts)."""
    parts = urlsplit(text.strip())
    return parts.scheme.lower() in WEB_SCHEMES and bool(parts.hostname)


def _check_address(url: str) -> None:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in WEB_SCHEMES:
        shown = f"{scheme}: addresses" if scheme else "addresses without http:// or https://"
        raise FetchError(f"only http:// and https:// pages can be imported, not {shown}")
    if not parts.hostname:
        raise FetchError("the address names no host")


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    """Follows at most MAX_REDIRECTS redirects, each to http(s) only (never
    ftp:, file: or data:)."""

    max_redirections = MAX_REDIRECTS

    def http_error_302(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
    ) -> Any:  # urllib's response object, untyped in typeshed
        target = urljoin(req.full_url, headers.get("Location") or headers.get("URI") or "")
        scheme = urlsplit(target).scheme.lower()
        if scheme not in WEB_SCHEMES:
            fp.close()
            raise FetchError(
                f"the page redirects to a {scheme or 'non-web'}: address, which is not fetched "
                "(only http and https)"
            )
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _opener() -> urllib.request.OpenerDirector:
    """HTTP and HTTPS handlers only: no ftp, file or data handler to reach."""
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.UnknownHandler(),
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(),
        urllib.request.HTTPDefaultErrorHandler(),
        _CheckedRedirects(),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    return opener


def _kind(content_type: str | None, start: bytes) -> str:
    if content_type is None:  # no header: look at the bytes
        head = start[:1024].lstrip().lower()
        return "html" if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head else "text"
    if content_type in _HTML_TYPES:
        return "html"
    if content_type in _TEXT_TYPES:
        return _TEXT_TYPES[content_type]
    raise FetchError(
        f"not a web page: the server sent '{content_type}' (only HTML and plain text can be imported)"
    )


def fetch_page(
    url: str,
    *,
    max_bytes: int = MAX_PAGE_BYTES,
    timeout: float = TIMEOUT_SECONDS,
    deadline: float = DEADLINE_SECONDS,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[int, int | None], None] | None = None,
) -> FetchedPage:
    """Fetch `url` within the limits. `progress(bytes_read, total_or_None)` is
    called as the body arrives; `cancelled()` is polled between pieces."""
    url = url.strip()
    _check_address(url)
    cancelled = cancelled or (lambda: False)
    if cancelled():
        raise FetchCancelled()
    give_up_at = time.monotonic() + deadline
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": "Mozilla/5.0 (compatible; Reader news reader)",
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
            "Accept-Encoding": "gzip, identity",
        },
    )
    host = urlsplit(url).hostname
    try:
        with _opener().open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Type")
            content_type = response.headers.get_content_type() if declared else None
            if content_type is not None:
                _kind(content_type, b"")  # a wrong type is refused before the body is read
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
            if total is not None and total > max_bytes:
                raise FetchError(_too_large(max_bytes))
            gzipped = (response.headers.get("Content-Encoding") or "").strip().lower() in ("gzip", "x-gzip")
            inflate = zlib.decompressobj(16 + zlib.MAX_WBITS) if gzipped else None
            pieces: list[bytes] = []
            size = received = 0
            while True:
                if cancelled():
                    raise FetchCancelled()
                if time.monotonic() > give_up_at:
                    raise FetchError(f"the page took longer than {deadline:g} s to arrive; not imported")
                piece = response.read1(_CHUNK)
                if not piece:
                    break
                received += len(piece)
                if inflate is not None:
                    piece = inflate.decompress(piece, max_bytes + 1 - size)
                size += len(piece)
                if size > max_bytes:
                    raise FetchError(_too_large(max_bytes))
                pieces.append(piece)
                if progress:
                    progress(received, total)
            if total is not None and received < total:
                raise FetchError(
                    f"{host} hung up before the whole page arrived "
                    f"({received:,} of {total:,} bytes); not imported"
                )
            data = b"".join(pieces)
            final_url = response.geturl()
            charset = response.headers.get_content_charset()
    except FetchError:
        raise
    except urllib.error.HTTPError as error:
        raise FetchError(_http_problem(error.code, error.reason)) from error
    except urllib.error.URLError as error:
        raise FetchError(_network_problem(error.reason, host, timeout)) from error
    except (OSError, ValueError) as error:  # timeouts and resets while reading; bad ports
        raise FetchError(_network_problem(error, host, timeout)) from error
    except http.client.HTTPException as error:  # a cut-off body, a garbled answer
        raise FetchError(f"{host} sent a broken answer ({type(error).__name__})") from error
    except zlib.error as error:
        raise FetchError(f"the compressed page is damaged ({error})") from error
    if not data.strip():
        raise FetchError("the page is empty")
    return FetchedPage(final_url, data, _kind(content_type, data), charset or _meta_charset(data))


def _too_large(max_bytes: int) -> str:
    return f"the page is larger than {max_bytes / 1_048_576:g} MB (the limit for one article); not imported"


def _http_problem(code: int, reason: str | None) -> str:
    hint = {
        404: ": there is no page at this address",
        410: ": the page was removed",
        401: ": the page needs a login",
        403: ": the site refuses access",
        429: ": the site asks to wait before trying again",
    }.get(code, "")
    if 300 <= code < 400:
        hint = ": too many redirects, or a redirect loop"
    return f"the server answered {code} {reason or ''}".rstrip() + hint


def _network_problem(reason: str | BaseException, host: str | None, timeout: float) -> str:
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"no answer from {host} within {timeout:g} s"
    if isinstance(reason, socket.gaierror):
        return f"cannot find {host} (no network, or the address is wrong)"
    if isinstance(reason, ConnectionRefusedError):
        return f"{host} refused the connection"
    if isinstance(reason, ssl.SSLError):
        return f"the secure connection to {host} failed ({reason.reason or reason})"
    if isinstance(reason, OSError):
        return f"cannot reach {host}: {reason.strerror or reason}"
    return f"cannot reach {host}: {reason}"


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _meta_charset(data: bytes) -> str | None:
    found = _META_CHARSET.search(data[:4096])
    return found.group(1).decode("ascii").lower() if found else None


def decode_page(page: FetchedPage) -> tuple[str, str, list[str]]:
    """(text, encoding, warnings). Valid UTF-8 is UTF-8 whatever the label
    says (servers often claim Latin-1); else the declared charset if it
    decodes cleanly; else the file import's detection (`decode_bytes`)."""
    try:
        return page.data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    if page.charset:
        try:
            return page.data.decode(page.charset), page.charset, []
        except (UnicodeDecodeError, LookupError):
            pass
    return decode_bytes(page.data)


def import_url(url: str, language: str | None = None, **limits: Any) -> ImportedArticle:
    """Fetch a page (see `fetch_page` for `limits`) and import it; the
    article's source is the page's own address."""
    page = fetch_page(url, **limits)
    text, encoding, warnings = decode_page(page)
    return article_from_text(
        text, page.kind, source_path=page.url, encoding=encoding, warnings=warnings, language=language
    )


def url_outcome(url: str, **limits: Any) -> ImportOutcome:
    """`import_url` as an outcome of `importer.import_paths`: one failure is
    reported like a refused file."""
    try:
        return ImportOutcome(url, article=import_url(url, **limits))
    except ImportRefused as error:
        return ImportOutcome(url, error=str(error))
    except Exception as error:  # a bug must not lose the other imports
        return ImportOutcome(url, error=f"unexpected error: {type(error).__name__}: {error}")
