"""Importing from a link on the command line, and pasted or dropped content,
through the Qt-free core (issue 17)."""

import json

from support.web_fixtures import page_server, socket_guard  # noqa: F401 (fixtures)

from reader.cli import main
from reader.core.library import store_outcomes
from reader.core.sources import Pasted, article_from_pasted, import_sources, web_addresses

PASTED_HTML = """<meta charset="utf-8"><div><h1>Le conseil municipal vote le budget</h1>
<p>Le conseil municipal a adopté mardi soir le budget pour l'année prochaine. Selon l'art. 12 du règlement,
le vote a eu lieu à main levée.</p>
<p>L'opposition a critiqué la hausse des dépenses. « Nous voterons contre. » Le maire a défendu ses choix.</p>
</div>"""
PASTED_TEXT = (
    "Le conseil municipal vote le budget\n\n"
    "Le conseil municipal a adopté mardi soir le budget pour l'année prochaine. "
    "L'opposition a critiqué la hausse des dépenses.\n"
)


def test_cli_imports_a_web_page_among_files(data_dir, tmp_path, capsys, page_server, socket_guard):
    local = tmp_path / "local.txt"
    local.write_text(
        "De gemeenteraad vergaderde dinsdag over de nieuwe begroting voor volgend jaar.", encoding="utf-8"
    )
    url = page_server.url("/page.html")
    assert main(["--data-dir", str(data_dir), "import", url, str(local)]) == 0
    out = capsys.readouterr().out
    assert f"{url}: added" in out and "local.txt: added" in out
    assert main(["--data-dir", str(data_dir), "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    fetched = [r for r in rows if r["source_path"] == url]
    assert len(fetched) == 1
    assert (
        fetched[0]["title"] == "Nieuwe fietsbrug over de Vecht geopend" and fetched[0]["date"] == "2024-05-14"
    )
    assert page_server.requests == ["/page.html"]


def test_cli_failed_fetch_explains_and_stores_nothing(data_dir, capsys, page_server, socket_guard):
    from reader.core.storage import Library

    main(["--data-dir", str(data_dir), "list"])  # first run: the samples
    before = Library(data_dir).article_count()
    code = main(
        ["--data-dir", str(data_dir), "import", page_server.url("/missing"), page_server.url("/report.pdf")]
    )
    captured = capsys.readouterr()
    assert code == 1
    assert "/missing: refused: the server answered 404 Not Found" in captured.out
    assert "/report.pdf: refused: not a web page" in captured.out
    assert "2 file(s) or page(s) could not be imported" in captured.err
    assert Library(data_dir).article_count() == before


def test_cli_refuses_other_schemes_without_touching_anything(data_dir, capsys, no_network):
    assert main(["--data-dir", str(data_dir), "import", "ftp://example.org/news.html"]) == 1
    assert (
        "refused: only http:// and https:// pages can be imported, not ftp: addresses"
        in capsys.readouterr().out
    )
    assert no_network == []


def test_pasted_html_keeps_its_paragraphs_and_plain_text_works_too(no_network):
    article = article_from_pasted(Pasted(html=PASTED_HTML, text="ignored when HTML is there"))
    assert article.language == "fr" and article.source_path is None
    assert article.title == "Le conseil municipal vote le budget"
    texts = [p.text for p in article.paragraphs]
    assert any(t.startswith("Le conseil municipal a adopté mardi soir") for t in texts)
    body = next(p for p in article.paragraphs if p.text.startswith("L'opposition"))
    assert body.sentence_texts() == [
        "L'opposition a critiqué la hausse des dépenses.",
        "« Nous voterons contre. »",
        "Le maire a défendu ses choix.",
    ]
    plain = article_from_pasted(Pasted(text=PASTED_TEXT))
    assert plain.paragraphs[0].text == "Le conseil municipal vote le budget" and plain.language == "fr"
    assert no_network == []


def test_empty_clipboard_is_refused():
    outcomes = list(import_sources([Pasted(html="  ", text="")]))
    assert outcomes[0].article is None and outcomes[0].error == "the clipboard holds no text"


def test_pasting_stores_each_different_text_once(library, no_network):
    first = list(store_outcomes(library, import_sources([Pasted(text=PASTED_TEXT)])))
    again = list(store_outcomes(library, import_sources([Pasted(html=None, text=PASTED_TEXT)])))
    other = list(store_outcomes(library, import_sources([Pasted(html=PASTED_HTML)])))
    assert [r.status for r in first + again + other] == ["added", "unchanged", "added"]
    assert first[0].message.startswith("clipboard: added")
    assert library.article_count() == 2


def test_dropped_uri_lists_keep_web_addresses_only():
    uris = [
        "# dragged from a browser",
        "https://example.org/a.html",
        "file:///home/me/a.txt",
        "  http://127.0.0.1:8000/b  ",
        "mailto:someone@example.org",
        "",
    ]
    assert web_addresses(uris) == ["https://example.org/a.html", "http://127.0.0.1:8000/b"]
