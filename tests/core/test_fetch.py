"""Articles from a link (issue 17): fetched from a web server on 127.0.0.1
in the test, with a socket guard proving nothing else is contacted."""

import pytest
from support.web_fixtures import page_server, socket_guard  # noqa: F401 (fixtures)

from reader.core.fetch import FetchCancelled, FetchError, fetch_page, import_url, is_web_address


def test_an_article_page_is_imported_with_its_address_title_and_date(page_server, socket_guard):
    article = import_url(page_server.url("/page.html"))
    assert article.source_path == page_server.url("/page.html")
    assert article.title == "Nieuwe fietsbrug over de Vecht geopend"
    assert article.date == "2024-05-14"
    assert article.language == "nl"
    text = article.text
    assert "wethouder J.C. Goudbeek" in text and "vierduizend fietsers" in text
    assert "Alle rechten voorbehouden" not in text and "Regio" not in text
    assert socket_guard.allowed and all(
        a[:2] == ("127.0.0.1", page_server.port) for a in socket_guard.allowed
    )


def test_redirects_are_followed_and_the_final_address_is_stored(page_server, socket_guard):
    article = import_url(page_server.url("/moved"))
    assert page_server.requests == ["/moved", "/hop", "/page.html"]
    assert article.source_path == page_server.url("/page.html")


@pytest.mark.parametrize("path, scheme", [("/to-ftp", "ftp"), ("/to-file", "file")])
def test_a_redirect_away_from_the_web_is_refused(page_server, socket_guard, path, scheme):
    with pytest.raises(FetchError, match=f"redirects to a {scheme}: address"):
        fetch_page(page_server.url(path))
    assert page_server.requests == [path]


def test_a_redirect_loop_ends(page_server, socket_guard):
    with pytest.raises(FetchError, match="redirect"):
        fetch_page(page_server.url("/loop"))
    assert len(page_server.requests) <= 7


def test_a_missing_page_is_explained(page_server, socket_guard):
    with pytest.raises(FetchError, match="404 Not Found: there is no page at this address"):
        fetch_page(page_server.url("/missing"))


def test_a_body_cut_short_is_explained(page_server, socket_guard):
    with pytest.raises(FetchError, match="127.0.0.1 hung up before the whole page arrived"):
        fetch_page(page_server.url("/cut-short"))


def test_a_page_of_another_type_is_refused(page_server, socket_guard):
    with pytest.raises(FetchError, match="not a web page: the server sent 'application/pdf'"):
        fetch_page(page_server.url("/report.pdf"))


@pytest.mark.parametrize("path", ["/huge-declared", "/huge", "/endless"])
def test_huge_and_endless_bodies_stop_at_the_size_limit(page_server, socket_guard, path):
    seen = []
    with pytest.raises(FetchError, match="larger than 10 MB"):
        fetch_page(page_server.url(path), progress=lambda got, total: seen.append(got))
    assert not seen or seen[-1] <= 10 * 1024 * 1024 + 64 * 1024


def test_a_smaller_limit_applies_too(page_server, socket_guard):
    with pytest.raises(FetchError, match="larger than 0.5 MB"):
        fetch_page(page_server.url("/endless"), max_bytes=512 * 1024)


def test_a_server_that_does_not_answer_hits_the_timeout(page_server, socket_guard):
    with pytest.raises(FetchError, match=r"no answer from 127\.0\.0\.1 within 0\.3 s"):
        fetch_page(page_server.url("/slow"), timeout=0.3)


def test_a_page_that_never_finishes_hits_the_deadline(page_server, socket_guard):
    with pytest.raises(FetchError, match="took longer than 0.5 s"):
        fetch_page(page_server.url("/drip"), timeout=5, deadline=0.5)


def test_cancelling_stops_the_fetch(page_server, socket_guard):
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(FetchCancelled):
        fetch_page(page_server.url("/endless"), cancelled=cancelled)


@pytest.mark.parametrize("path", ["/hebrew.html", "/hebrew-meta.html"])
def test_charset_from_the_server_or_the_page(page_server, socket_guard, path):
    article = import_url(page_server.url(path))
    assert article.language == "he" and article.encoding == "windows-1255"
    assert "הגשר החדש מעל הנחל נפתח הבוקר" in article.text


def test_a_compressed_page_is_unpacked(page_server, socket_guard):
    page = fetch_page(page_server.url("/compressed.html"))
    assert page.kind == "html" and "wethouder J.C. Goudbeek" in page.data.decode("utf-8")


def test_plain_text_and_untyped_pages(page_server, socket_guard):
    article = import_url(page_server.url("/plain.txt"))
    assert article.paragraphs[0].text == "Gemeente opent nieuwe fietsbrug"
    assert fetch_page(page_server.url("/no-type")).kind == "html"


@pytest.mark.parametrize(
    "address, reason",
    [
        ("ftp://127.0.0.1/page.html", "not ftp: addresses"),
        ("file:///etc/passwd", "not file: addresses"),
        ("127.0.0.1/page.html", "addresses without http"),
        ("http:///page.html", "names no host"),
    ],
)
def test_only_web_addresses_are_fetched(page_server, socket_guard, address, reason):
    with pytest.raises(FetchError, match=reason):
        fetch_page(address)
    assert page_server.requests == [] and socket_guard.allowed == []


def test_the_guard_refuses_every_other_host(page_server, socket_guard):
    with pytest.raises(FetchError, match="cannot find example.org"):
        fetch_page("http://example.org/news")
    assert socket_guard.refused == [("example.org", 80)]
    socket_guard.refused.clear()


def test_web_addresses_are_told_from_paths():
    assert is_web_address("https://example.org/a?b=1")
    assert is_web_address(" http://127.0.0.1:8000/page.html ")
    assert not is_web_address("articles/page.html")
    assert not is_web_address("C:\\news\\page.html")
    assert not is_web_address("file:///tmp/page.html")
