"""A web server on 127.0.0.1 serving pages written here, and a socket guard
that lets connections reach that server only (for URL import tests)."""

from __future__ import annotations

import gzip
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

ARTICLE_HTML = """<!doctype html><html lang="nl"><head><meta charset="utf-8">
<title>Nieuwe fietsbrug over de Vecht geopend | Stadskrant</title>
<meta property="article:published_time" content="2024-05-14T09:30:00+02:00">
</head><body>
<nav><a href="/">Home</a> <a href="/regio">Regio</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Nieuwe fietsbrug over de Vecht geopend</h1>
<p>De nieuwe fietsbrug over de Vecht is dinsdagochtend officieel geopend door wethouder J.C. Goudbeek.
Fietsers hoeven voortaan niet meer om te rijden via de oude verkeersbrug in het centrum.</p>
<p>De bouw van de brug duurde ruim twee jaar en kostte ongeveer acht miljoen euro. Volgens de gemeente
maken straks elke dag zo'n vierduizend fietsers gebruik van de nieuwe verbinding.</p>
<p>Omwonenden zijn blij met de brug, maar maken zich zorgen over het parkeren bij de aanloopstrook.
De gemeente belooft na de zomer met een oplossing te komen.</p>
</article>
<footer>© 2024 Stadskrant. Alle rechten voorbehouden.</footer>
</body></html>"""

HEBREW_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1255">
<title>גשר חדש נפתח בעיר</title></head><body><article>
<h1>גשר חדש נפתח בעיר</h1>
<p>הגשר החדש מעל הנחל נפתח הבוקר לתנועת הולכי רגל ורוכבי אופניים. ראש העירייה אמר כי מדובר בפרויקט חשוב לתושבים.</p>
<p>העבודות נמשכו כשנתיים והעלות הגיעה לכשמונה מיליון שקלים. התושבים בירכו על הפתיחה, אך ביקשו פתרון לבעיית החניה.</p>
</article></body></html>"""

PLAIN_TEXT = (
    "Gemeente opent nieuwe fietsbrug\n\n"
    "De nieuwe fietsbrug over de Vecht is dinsdag geopend. Fietsers hoeven niet meer om te rijden.\n\n"
    "De bouw duurde twee jaar. Omwonenden zijn tevreden over het resultaat.\n"
)


class PageServer:
    """The pages a test can ask for, by path."""

    def __init__(self):
        self.stop = threading.Event()
        self.requests: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                server.requests.append(self.path)
                try:
                    server.answer(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up, as it should

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path

        def send(status, body=b"", content_type="text/html; charset=utf-8", headers=()):
            handler.send_response(status)
            if content_type:
                handler.send_header("Content-Type", content_type)
            for name, value in headers:
                handler.send_header(name, value)
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)

        if path == "/page.html":
            send(200, ARTICLE_HTML.encode("utf-8"))
        elif path == "/hebrew.html":
            send(200, HEBREW_HTML.encode("cp1255"), content_type="text/html; charset=windows-1255")
        elif path == "/hebrew-meta.html":  # the charset only in the page's <meta>
            send(200, HEBREW_HTML.encode("cp1255"), content_type="text/html")
        elif path == "/compressed.html":
            send(200, gzip.compress(ARTICLE_HTML.encode("utf-8")), headers=[("Content-Encoding", "gzip")])
        elif path == "/cut-short":  # promises more than it sends, then hangs up
            handler.send_response(200)
            handler.send_header("Content-Type", "text/html")
            handler.send_header("Content-Length", "5000")
            handler.send_header("Connection", "close")
            handler.end_headers()
            handler.wfile.write(b"<html><body><p>only the start")
            handler.close_connection = True
        elif path == "/plain.txt":
            send(200, PLAIN_TEXT.encode("utf-8"), content_type="text/plain; charset=utf-8")
        elif path == "/no-type":
            send(200, ARTICLE_HTML.encode("utf-8"), content_type=None)
        elif path == "/moved":
            send(301, headers=[("Location", "/hop")])
        elif path == "/hop":
            send(302, headers=[("Location", self.url("/page.html"))])
        elif path == "/loop":
            send(302, headers=[("Location", "/loop")])
        elif path == "/to-ftp":
            send(302, headers=[("Location", f"ftp://127.0.0.1:{self.port}/page.html")])
        elif path == "/to-file":
            send(302, headers=[("Location", "file:///etc/passwd")])
        elif path == "/missing":
            send(404, b"<html><body><p>Not here</p></body></html>")
        elif path == "/report.pdf":
            send(200, b"%PDF-1.4 not really", content_type="application/pdf")
        elif path == "/huge-declared":
            handler.send_response(200)
            handler.send_header("Content-Type", "text/html")
            handler.send_header("Content-Length", str(50 * 1024 * 1024))
            handler.end_headers()
        elif path in ("/huge", "/endless"):
            # /huge: 11 MB in a body without Content-Length; /endless: never ends.
            handler.send_response(200)
            handler.send_header("Content-Type", "text/html")
            handler.send_header("Connection", "close")
            handler.end_headers()
            chunk = b"<p>" + b"lorem ipsum dolor " * 3600 + b"</p>\n"
            sent = 0
            while not self.stop.is_set() and (path == "/endless" or sent < 11 * 1024 * 1024):
                handler.wfile.write(chunk)
                sent += len(chunk)
        elif path == "/slow":
            self.stop.wait(5)  # answers long after the client's timeout
            send(200, ARTICLE_HTML.encode("utf-8"))
        elif path == "/drip":
            # Each byte comes in time, the page never does: the overall deadline ends it.
            handler.send_response(200)
            handler.send_header("Content-Type", "text/html")
            handler.send_header("Connection", "close")
            handler.end_headers()
            while not self.stop.is_set():
                handler.wfile.write(b"<p>x</p>\n")
                handler.wfile.flush()
                time.sleep(0.05)
        else:
            send(404, b"")


class SocketGuard:
    """Connections to the page server pass; every other one is recorded and refused."""

    def __init__(self, port: int):
        self.port = port
        self.allowed: list[tuple] = []
        self.refused: list[tuple] = []

    def check(self, address) -> bool:
        if isinstance(address, tuple) and address[:2] == ("127.0.0.1", self.port):
            self.allowed.append(address)
            return True
        self.refused.append(address)
        return False


@pytest.fixture
def page_server(monkeypatch):
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    server = PageServer()
    server.thread.start()
    yield server
    server.stop.set()
    server.httpd.shutdown()
    server.httpd.server_close()


@pytest.fixture
def socket_guard(page_server, monkeypatch):
    """Only the page server can be reached; see SocketGuard."""
    guard = SocketGuard(page_server.port)
    real_connect, real_getaddrinfo = socket.socket.connect, socket.getaddrinfo

    def connect(sock, address):
        if not guard.check(address):
            raise OSError("network disabled by test")
        return real_connect(sock, address)

    def getaddrinfo(host, port, *args, **kwargs):
        if (host, port) != ("127.0.0.1", page_server.port):
            guard.refused.append((host, port))
            raise socket.gaierror(socket.EAI_NONAME, "network disabled by test")
        return real_getaddrinfo(host, port, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", lambda sock, address: 111)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield guard
    assert guard.refused == [] or getattr(guard, "refusals_expected", False), (
        f"something else tried the network: {guard.refused}"
    )
