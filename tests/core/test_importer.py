import pytest
from conftest import seed_path
from support.annotation_fixtures import create_annotation

from reader.core import importer
from reader.core.importer import ImportRefused, decode_bytes, import_file, import_paths

HEBREW = seed_path("001").read_text(encoding="utf-8")
ARABIC = seed_path("002").read_text(encoding="utf-8")
FRENCH = seed_path("004").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "text, encoding, expected_language",
    [
        (HEBREW, "utf-8", "he"),
        (HEBREW, "utf-8-sig", "he"),
        (HEBREW, "utf-16", "he"),  # with BOM
        (HEBREW, "utf-16-le", "he"),  # without BOM
        (ARABIC, "utf-16-be", "ar"),
        (HEBREW, "cp1255", "he"),
        (ARABIC, "cp1256", "ar"),
        (FRENCH, "latin-1", "fr"),
        (FRENCH, "cp1252", "fr"),
    ],
)
def test_encodings_decode_to_the_same_article(tmp_path, text, encoding, expected_language):
    original = text.encode(encoding, errors="replace").decode(encoding)  # what the code page can hold
    path = tmp_path / f"article-{encoding}.txt"
    path.write_bytes(original.encode(encoding))
    article = import_file(path)
    assert article.language == expected_language
    reference = import_file(_utf8_copy(tmp_path, original))
    assert [p.text for p in article.paragraphs] == [p.text for p in reference.paragraphs]
    assert article.title == reference.title


def _utf8_copy(tmp_path, text):
    path = tmp_path / "reference.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_damaged_utf8_byte_is_kept_as_replacement_and_reported(tmp_path):
    data = HEBREW.encode("utf-8")
    damaged = data[:500] + b"\xff" + data[500:]
    text, encoding, warnings = decode_bytes(damaged)
    assert encoding == "utf-8" and "\ufffd" in text and warnings


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.txt", b"", "empty file"),
        ("binary.txt", bytes(range(256)) * 40, "binary"),
        ("image.html", b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02" * 500, "binary"),
        ("noise.txt", bytes((i * 97 + 13) % 128 + 128 for i in range(5000)), "cannot decode"),
        ("digits.txt", b"1234 5678\n", "no readable text"),
        ("picture.jpg", b"\xff\xd8\xff", "unsupported file type"),
    ],
)
def test_bad_files_are_refused_with_a_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportRefused, match=reason):
        import_file(path)


def test_oversized_file_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "huge.txt"
    path.write_text("word " * 1000)
    with pytest.raises(ImportRefused, match="too large"):
        import_file(path)


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    (tmp_path / "a.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_bytes(HEBREW.encode("cp1255", errors="replace"))
    outcomes = list(import_paths([tmp_path]))
    assert [(o.path.name, o.error is None) for o in outcomes] == [
        ("a.txt", True),
        ("b.txt", False),
        ("c.txt", True),
    ]


def test_inline_date_becomes_metadata_and_leaves_the_text():
    article = import_file(seed_path("000"))
    assert article.date == "2023-11"
    assert not any("date 2023-11" in p.text for p in article.paragraphs)
    assert article.paragraphs[0].text.startswith("דרמה רודפת דרמה")


def test_caption_is_not_the_title():
    article = import_file(seed_path("001"))  # starts with a lone name, then "צילום: ..."
    assert article.title == "טוויסט בעלילה - סם אלטמן גויס למיקרוסופט"


def test_html_main_text_without_scripts_and_markup_kept_as_text(tmp_path):
    html = """<!doctype html><html><head><title>Altman rejoint Microsoft</title>
    <style>p { color: red }</style><script>alert('pwned'); document.cookie</script></head>
    <body><nav>Accueil | Tech | Sport</nav><article><h1>Altman rejoint Microsoft</h1>
    <p>Satya Nadella a annoncé lundi que Sam Altman rejoindrait Microsoft pour diriger une équipe.</p>
    <p>Le texte cite la balise &lt;script&gt;alert(1)&lt;/script&gt; telle quelle, sans l'exécuter.</p>
    <p>Les employés d'OpenAI ont menacé de démissionner en masse si le conseil ne partait pas.</p>
    </article><script>var tracking = 1;</script></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    article = import_file(path)
    text = article.text
    assert "Satya Nadella" in text and "démissionner" in text
    assert "alert('pwned')" not in text and "tracking" not in text and "color: red" not in text
    assert "<script>alert(1)</script>" in text  # markup in the text is text
    assert article.title == "Altman rejoint Microsoft"
    assert article.language == "fr"


def test_markdown_title_and_plain_text(tmp_path):
    path = tmp_path / "note.md"
    path.write_text(
        "# Sam Altman keert terug\n\nDe **raad van bestuur** van [OpenAI](https://openai.com) "
        "heeft besloten dat Altman terugkeert als topman van het bedrijf.\n",
        encoding="utf-8",
    )
    article = import_file(path)
    assert article.title == "Sam Altman keert terug"
    assert "De raad van bestuur van OpenAI heeft besloten" in article.text
    assert article.language == "nl"


@pytest.mark.parametrize(
    "prefix, language", [("000", "he"), ("001", "he"), ("002", "ar"), ("003", "nl"), ("004", "fr")]
)
def test_seed_languages_are_detected(prefix, language):
    assert import_file(seed_path(prefix)).language == language


@pytest.mark.parametrize(
    "text, encoding",
    [
        (
            "Сэм Альтман перешёл в Microsoft после увольнения из OpenAI. Сотрудники компании пригрозили уходом.",
            "cp1251",
        ),
        (
            "Сэм Альтман перешёл в Microsoft после увольнения из OpenAI. Сотрудники компании пригрозили уходом.",
            "koi8-r",
        ),
        (
            "Ο Σαμ Άλτμαν εντάσσεται στη Microsoft μετά την απόλυσή του από την OpenAI. Οι εργαζόμενοι απειλούν.",
            "iso-8859-7",
        ),
        (
            "Sam Altman dołącza do Microsoftu po zwolnieniu z OpenAI. Pracownicy grożą odejściem z zarządu.",
            "cp1250",
        ),
        (
            "Sam Altman, OpenAI'dan kovulduktan sonra Microsoft'a katılıyor. Çalışanlar istifa etmekle tehdit ediyor.",
            "cp1254",
        ),
        ("サム・アルトマンはマイクロソフトに加わった。社員は辞職すると脅している。", "shift_jis"),
        ("سام ألتمان ينضم إلى مايكروسوفت بعد إقالته من OpenAI. الموظفون يهددون بالاستقالة.", "cp1256"),
        ("סם אלטמן מצטרף למיקרוסופט אחרי שפוטר מ-OpenAI. העובדים מאיימים להתפטר.", "iso-8859-8"),
        (
            "Los empleados de OpenAI amenazan con dimitir en señal de protesta por el despido de Altman.",
            "latin-1",
        ),
    ],
)
def test_other_encodings_and_short_texts(text, encoding):
    decoded, _name, warnings = decode_bytes((text * 2).encode(encoding))
    assert decoded == text * 2 and not warnings


def test_a_restored_block_survives_reimport_and_annotations_follow(tmp_path, library):
    from reader.core.library import import_into, restore_removed_block
    from reader.core.storage.annotations import AnnotationStore
    from reader.core.storage.clutter import ClutterStore

    page = tmp_path / "page.txt"
    page.write_text(
        "\n".join(
            [
                "Kabinet presenteert plan voor beter openbaar vervoer in de steden",
                "Het kabinet heeft dinsdag een nieuw plan gepresenteerd om het openbaar vervoer in de grote steden te verbeteren.",
                "Foto: ANP",
                "Volgens het plan komen er volgend jaar honderden nieuwe bussen bij en wordt de frequentie verdubbeld.",
                "De burgemeesters zijn blij met het besluit, maar wachten af of het geld ook op tijd komt.",
            ]
        ),
        encoding="utf-8",
    )
    [result] = import_into(library, [page])
    article_id = result.article_id
    store = ClutterStore(library)
    [credit] = store.blocks(article_id)
    assert (credit.position, credit.text, credit.reason) == (2, "Foto: ANP", "credit")
    texts = [p.text for p in library.get_article(article_id).paragraphs]
    assert "Foto: ANP" not in texts
    burgemeesters = texts.index(next(t for t in texts if t.startswith("De burgemeesters")))
    note = create_annotation(AnnotationStore(library), article_id, "source", burgemeesters, 3, 16)

    restore_removed_block(library, article_id, 2)
    texts = [p.text for p in library.get_article(article_id).paragraphs]
    assert texts[2] == "Foto: ANP" and store.blocks(article_id) == []
    moved = AnnotationStore(library).get(note.id)
    assert (moved.paragraph, texts[moved.paragraph][moved.start : moved.end]) == (
        burgemeesters + 1,
        "burgemeesters",
    )

    # The same file imported again (edited): the user's choice stands.
    page.write_text(
        page.read_text(encoding="utf-8")
        + "\nHet plan gaat in op 1 januari, meldt het ministerie in een verklaring."
        + "\nLees ook: Staking bij de NS gaat door",
        encoding="utf-8",
    )
    [again] = import_into(library, [page])
    assert (again.article_id, again.status) == (article_id, "updated")
    texts = [p.text for p in library.get_article(article_id).paragraphs]
    assert texts[2] == "Foto: ANP"
    assert [b.text for b in store.blocks(article_id)] == ["Lees ook: Staking bij de NS gaat door"]


@pytest.mark.parametrize(
    "text",
    [
        "Le maire de Liège, Willy Demeyer, a annoncé lundi que la ville investirait 3 millions d'euros.",
        "De wethouder van Maaseik opende de brug over de Maas, één dag na de storm.",
    ],
)
def test_a_short_western_text_in_latin_1_is_not_read_as_central_european(text):
    # cp1250 differs from cp1252 in a few letters ("Liège" would be "Liče"); the
    # language identifier is no surer of either, so the commoner page wins.
    decoded, name, _warnings = decode_bytes(text.encode("latin-1"))
    assert decoded == text and name in ("cp1252", "latin-1")


def test_a_western_text_with_a_byte_cp1252_leaves_undefined_falls_back_to_latin_1():
    text = "Le conseil communal de Liège a voté le budget; la séance a duré trois heures. "
    data = text.encode("latin-1") * 3 + b"\x81"
    decoded, name, _warnings = decode_bytes(data)
    assert name == "latin-1" and decoded.startswith(text)
