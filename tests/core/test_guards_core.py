"""Behaviour pinned at its edges (issue 13): each test here fails on a
realistic single change to reader/core that the rest of the suite let pass.
tools/mutate.py applies those changes to a copy of the repository and runs
these tests against them."""

from __future__ import annotations

import json
import shutil
import sqlite3
import unicodedata
import zipfile
from pathlib import Path

import pytest
from support.annotation_fixtures import create_annotation

from reader.core.anchoring import find_anchor
from reader.core.entities import EntityMention, group_mentions
from reader.core.importer import ImportRefused, article_from_text, choose_title, import_file
from reader.core.packs import PackError, PackManager
from reader.core.service import ReaderService
from reader.core.storage import DB_FILENAME, Library, LibraryError
from reader.core.storage.annotations import context_around
from reader.core.text import Paragraph, split_sentences

BINARY = "binary file (contains NUL bytes), not text"


# --- packs: language codes in metadata.json are folder names -------------------------


@pytest.fixture(scope="module")
def good_pack(tmp_path_factory):
    from support.argos_fixture import build_copy_pack

    return build_copy_pack(tmp_path_factory.mktemp("goodpack"), "he", "en", "1.0")


def _with_metadata(good: Path, dest: Path, **changes) -> Path:
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(dest, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename.endswith("/metadata.json"):
                data = json.dumps({**json.loads(data), **changes}).encode()
            zout.writestr(info.filename, data)
    return dest


@pytest.mark.parametrize(
    "key, code",
    [
        ("to_code", "en/../../../escaped"),
        ("from_code", "../../escaped"),
        ("to_code", "en\\..\\escaped"),
        ("from_code", "HE"),
        ("to_code", "english"),
        ("to_code", "e"),
    ],
)
def test_malformed_language_code_refused_and_nothing_lands_outside(key, code, good_pack, tmp_path):
    manager = PackManager(tmp_path / "data")
    bad = _with_metadata(good_pack, tmp_path / "crafted.argosmodel", **{key: code})
    with pytest.raises(PackError) as refused:
        manager.install_file(bad)
    assert str(refused.value) == f"crafted.argosmodel: metadata.json has an invalid {key} “{code}”."
    assert manager.list_installed() == []
    outside = [p for p in tmp_path.rglob("*") if "escaped" in p.name]
    assert outside == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["crafted.argosmodel", "data"]


def test_a_pack_translating_a_language_into_itself_is_refused(good_pack, tmp_path):
    manager = PackManager(tmp_path / "data")
    with pytest.raises(PackError) as refused:
        manager.install_file(_with_metadata(good_pack, tmp_path / "same.argosmodel", to_code="he"))
    assert str(refused.value) == "same.argosmodel: from_code and to_code are both “he”."
    assert manager.list_installed() == []


def test_well_formed_region_code_installs(good_pack, tmp_path):
    manager = PackManager(tmp_path / "data")
    pack = manager.install_file(_with_metadata(good_pack, tmp_path / "ok.argosmodel", to_code="pt-BR"))
    assert (pack.from_code, pack.to_code) == ("he", "pt-BR")
    assert pack.path == tmp_path / "data" / "packs" / "translate-he_pt-BR"


# --- binary files: NUL anywhere, one exact reason ---------------------------------


@pytest.mark.parametrize("nul_at", [0, 9, 100, 8 * 1024 + 5, 200_000])
def test_nul_byte_anywhere_refuses_the_file_as_binary(nul_at, tmp_path):
    text = ("Le conseil municipal a voté le budget de la ville pour l'année prochaine. " * 4000).encode()
    data = text[:nul_at] + b"\x00" + text[nul_at:]
    path = tmp_path / "page.txt"
    path.write_bytes(data)
    with pytest.raises(ImportRefused) as refused:
        import_file(path)
    assert str(refused.value) == BINARY


def test_the_same_text_without_the_nul_imports(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes(("Le conseil municipal a voté le budget de la ville. " * 50).encode())
    assert import_file(path).language == "fr"


# --- text on import ---------------------------------------------------------------


def test_decomposed_text_is_stored_composed(tmp_path):
    composed = (
        "Le député a présenté un projet très débattu à l'Assemblée.\n\nLa réforme sera étudiée en février."
    )
    path = tmp_path / "nfd.txt"
    path.write_text(unicodedata.normalize("NFD", composed), encoding="utf-8")
    article = import_file(path)
    joined = "\n\n".join(p.text for p in article.paragraphs)
    assert unicodedata.is_normalized("NFC", joined)
    assert "député" in joined and "février" in joined


def test_a_cookie_banner_is_not_the_title():
    paragraphs = [
        Paragraph(t)
        for t in (
            "We use cookies to improve your experience",
            "Harbour strike enters its third week",
            "Dock workers in the port stayed home again on Monday. Talks are set to resume.",
        )
    ]
    assert choose_title(paragraphs, "en") == "Harbour strike enters its third week"


def test_title_falls_back_to_the_first_sentence_not_the_banner():
    paragraphs = [
        Paragraph("Accept cookies to continue reading."),
        Paragraph("Dock workers stayed home again on Monday. Talks resume today."),
    ]
    assert choose_title(paragraphs, "en") == "Dock workers stayed home again on Monday."


# --- entities: two people sharing a surname ---------------------------------------


def _person(paragraph: int, text: str) -> EntityMention:
    return EntityMention(paragraph, 0, len(text), text, "PERSON", recogniser="test")


def test_a_lone_surname_joins_the_person_its_own_article_names():
    groups = group_mentions(
        {
            1: [_person(0, "Sam Altman"), _person(2, "Altman")],
            2: [_person(0, "Jack Altman"), _person(3, "Altman")],
            3: [_person(0, "Sam Altman"), _person(1, "Jack Altman"), _person(4, "Altman")],
        }
    )
    by_name = {g.name: g for g in groups}
    sam, jack = by_name["Sam Altman"], by_name["Jack Altman"]
    assert [m.text for m in sam.mentions[1]] == ["Sam Altman", "Altman"]
    assert [m.text for m in jack.mentions[2]] == ["Jack Altman", "Altman"]
    # both named in article 3: the lone surname is joined to neither
    assert [m.text for m in sam.mentions[3]] == ["Sam Altman"]
    assert [m.text for m in jack.mentions[3]] == ["Jack Altman"]
    assert [m.text for m in by_name["Altman"].mentions[3]] == ["Altman"]
    assert set(by_name["Altman"].mentions) == {3}


def test_a_lone_surname_of_one_person_joins_across_articles():
    groups = group_mentions({1: [_person(0, "Sam Altman")], 2: [_person(5, "Altman")]})
    assert [(g.name, sorted(g.mentions)) for g in groups] == [("Sam Altman", [1, 2])]


# --- storage ------------------------------------------------------------------------


def test_a_library_from_a_newer_reader_is_refused_and_left_byte_identical(tmp_path):
    data = tmp_path / "data"
    library = Library(data)
    newer = library.schema_version() + 1
    library.execute("INSERT INTO schema_version(version, applied_at) VALUES (?, ?)", (newer, "2030-01-01"))
    library.close()
    before = {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()}
    with pytest.raises(LibraryError) as refused:
        Library(data)
    assert f"written by a newer Reader (schema {newer}" in str(refused.value)
    assert {p.name: p.read_bytes() for p in data.iterdir() if p.is_file() and p.name in before} == before
    conn = sqlite3.connect(data / DB_FILENAME)
    assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == newer
    conn.close()


def _hebrew_article(library):
    imported = article_from_text(
        "ראש העירייה הודיע על תקציב חדש. הוא יוצג למועצה ביום שני.\n\n"
        "תושבי העיר ביקשו לשמוע פרטים. המועצה תדון בהם בשבוע הבא.",
        "text",
        source_path="/articles/budget.txt",
        encoding="utf-8",
    )
    article_id, _ = library.add_article(imported)
    return article_id


def test_a_language_override_drops_the_old_translation(library):
    article_id = _hebrew_article(library)
    article = library.get_article(article_id)
    for p, paragraph in enumerate(article.paragraphs):
        # as many English sentences as source sentences: nothing looks misaligned
        library.save_translation(
            article_id, p, [f"Sentence {i}." for i in range(len(paragraph.sentences))], "he_en@1.0"
        )
    library.mark_translated(article_id, "he_en@1.0")
    ReaderService(library).set_article_language(article_id, "yi")
    after = library.get_article(article_id)
    assert after.language == "yi"
    assert library.get_translation(article_id) == {}
    assert after.translated is None
    assert [p.sentences for p in after.paragraphs] == [
        split_sentences(p.text, "yi") for p in after.paragraphs
    ]


# --- anchoring: the fuzzy threshold from both sides ----------------------------------

OLD = "The committee met on Tuesday. The minister promised new funding for rural schools next year. Critics were unconvinced."
QUOTE = "The minister promised new funding for rural schools next year."


def _anchor_in(middle: str):
    start = OLD.index(QUOTE)
    prefix, suffix = context_around(OLD, start, start + len(QUOTE))
    text = f"The committee met on Tuesday. {middle} Critics were unconvinced."
    return find_anchor(QUOTE, prefix, suffix, 0, start, [text]), text


def test_a_lightly_reworded_sentence_re_attaches():
    # 77% similar: just above the threshold
    anchor, text = _anchor_in("The minister promised rural schools new funding for next year.")
    assert anchor is not None and anchor.method == "fuzzy"
    assert text[anchor.start : anchor.end] == "The minister promised rural schools new funding for next year."


def test_an_unrelated_sentence_in_the_same_place_does_not_attach():
    # 72% similar by characters, a different statement: just below the threshold
    anchor, _ = _anchor_in("The ministry denied new rules for private schools last year.")
    assert anchor is None


# --- spaCy French labels --------------------------------------------------------------


def test_spacy_french_places_are_places():
    from reader.core.entities.spacy_models import available, spacy_entities

    if not available("fr"):
        pytest.skip("fr_core_news_sm not installed")
    text = "Emmanuel Macron s'est rendu à Marseille lundi avec des représentants de la SNCF."
    [found] = spacy_entities("fr", [text])
    labels = {text[s:e]: label for s, e, label in found}
    assert labels.get("Marseille") == "PLACE"
    assert labels.get("Emmanuel Macron") == "PERSON"


# --- survivors of the first mutation run (tools/mutate.py) ---------------------------


def test_a_few_damaged_utf8_bytes_are_replaced_and_said_one_more_is_refused():
    from reader.core.importer import decode_bytes

    text = ("Le député a présenté un projet très débattu à l'Assemblée nationale. " * 30).encode()
    spaces = [i for i, b in enumerate(text) if b == 32][10::40]

    def damaged(count: int) -> bytes:
        data = bytearray(text)
        for position in reversed(spaces[:count]):
            data[position : position + 1] = b"\xff"
        return bytes(data)

    decoded, encoding, warnings = decode_bytes(damaged(3))  # at most max(3, one per 1000 characters)
    assert encoding == "utf-8" and decoded.count("\ufffd") == 3
    assert warnings == ["3 invalid UTF-8 byte sequence(s) replaced by �"]
    with pytest.raises(ImportRefused, match="^cannot decode text"):
        decode_bytes(damaged(4))


def test_a_file_just_over_the_size_limit_is_refused_unread(tmp_path):
    from reader.core.importer import MAX_FILE_BYTES

    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing is written or read
    with pytest.raises(ImportRefused) as refused:
        import_file(path)
    assert str(refused.value) == f"file too large (20.0 MB; the limit is {MAX_FILE_BYTES // 1_048_576} MB)"


def test_a_photo_caption_above_its_credit_is_not_the_title():
    paragraphs = [
        Paragraph(t)
        for t in (
            "Jean Dupont",
            "Photo: AFP",
            "La grève des dockers entre dans sa troisième semaine",
            "Les dockers sont restés chez eux lundi. Les discussions reprennent.",
        )
    ]
    assert choose_title(paragraphs, "fr") == "La grève des dockers entre dans sa troisième semaine"


def test_headline_shape_word_counts_at_the_edges():
    from reader.core.boilerplate import headline_like

    assert not headline_like("Jérusalem")
    assert not headline_like("Dernières nouvelles")
    assert headline_like("Grève au port")
    assert headline_like(" ".join(["mot"] * 24))
    assert not headline_like(" ".join(["mot"] * 25))


def test_a_copyright_line_starting_with_a_credit_word_is_site_chrome():
    from reader.core.boilerplate import CHROME, hard_reason

    assert hard_reason("Photo collection of the city museum and its many friends © 2024") == CHROME


def test_dates_in_the_future_beyond_next_year_are_no_dates():
    from datetime import date

    from reader.core.dates import find_date

    year = date.today().year
    assert find_date(f"5 mars {year + 1}") == f"{year + 1}-03-05"
    assert find_date(f"5 mars {year + 2}") is None
    assert find_date("5 mars 1899") is None


def test_a_copyright_line_gives_no_date():
    from reader.core.dates import find_date, mentions_date

    assert find_date("© 12 mars 2024 Le Journal") is None
    assert not mentions_date("Tous droits réservés, 12 mars 2024")
    assert find_date("Publié le 12 mars 2024") == "2024-03-12"


@pytest.mark.parametrize(
    "line, iso",
    [
        ("۱۴ اسفند ۱۴۰۲", "2024-03-04"),
        ("1 آبان 1402", "2023-10-23"),  # month 8: the first 30-day month
        ("1 مهر 1402", "2023-09-23"),  # month 7
        ("31 شهریور 1402", "2023-09-22"),  # month 6: the last 31-day month
    ],
)
def test_iranian_dates_convert_at_the_31_to_30_day_month_change(line, iso):
    from reader.core.dates import find_date

    assert find_date(line) == iso


def test_short_lines_without_sentence_ends_stay_separate_paragraphs():
    from reader.core.text import split_paragraphs

    lines = [
        "Short line one",
        "Another short line",
        "A third one here",
        "This line is quite a bit longer than forty characters",
        "Last",
    ]
    assert split_paragraphs("\n".join(lines)) == lines
    wrapped = [
        "The council met on Monday evening to discuss the new",
        "budget for the coming year and the plans for the",
        "harbour, which several members had criticised as",
        "too expensive.",
    ]
    assert split_paragraphs("\n".join(wrapped)) == [" ".join(wrapped)]


def test_a_single_word_mostly_labelled_otherwise_is_no_surname():
    groups = group_mentions(
        {
            1: [_person(0, "Marie Orange")],
            2: [EntityMention(p, 0, 6, "Orange", "ORG") for p in range(3)] + [_person(4, "Orange")],
        }
    )
    assert sorted((g.name, g.label, g.total) for g in groups) == [
        ("Marie Orange", "PERSON", 1),
        ("Orange", "ORG", 4),
    ]


def test_latin_spelling_variants_join_only_when_close_enough():
    pairs = group_mentions(
        {
            1: [_person(0, "Jack Smith"), _person(1, "Anna Jansen")],
            2: [_person(0, "Jack Smyth"), _person(1, "Anna Hansen")],
        }
    )
    names = sorted(sorted({m.text for ms in g.mentions.values() for m in ms}) for g in pairs)
    # same consonants, 90% alike: one person; different consonants, 91% alike: two
    assert names == [["Anna Hansen"], ["Anna Jansen"], ["Jack Smith", "Jack Smyth"]]


def test_a_failed_transaction_leaves_nothing_behind(library):
    with pytest.raises(RuntimeError):
        with library.transaction():
            library.conn.execute("INSERT INTO settings(key, value) VALUES ('half', '1')")
            raise RuntimeError("interrupted")
    assert library.get_setting("half") is None
    assert not library.conn.in_transaction


def test_a_backslash_entry_is_refused_as_unsafe(good_pack, tmp_path):
    top = zipfile.ZipFile(good_pack).namelist()[0].split("/")[0]
    bad = tmp_path / "backslash.argosmodel"
    shutil.copy(good_pack, bad)
    with zipfile.ZipFile(bad, "a") as zf:
        zf.writestr(f"{top}/sub\\..\\..\\evil.txt", b"x")
    manager = PackManager(tmp_path / "data")
    with pytest.raises(PackError) as refused:
        manager.install_file(bad)
    assert str(refused.value) == (
        f"backslash.argosmodel is unsafe: the entry “{top}/sub\\..\\..\\evil.txt” "
        "points outside the pack folder."
    )
    assert manager.list_installed() == []


def test_a_short_quote_is_never_matched_fuzzily():
    old = "The board met Sam Altmann on Friday in San Francisco."
    start = old.index("Altmann")
    prefix, suffix = context_around(old, start, start + 7)
    new = "The board met Sam Altman on Friday in San Francisco."
    assert find_anchor("Altmann", prefix, suffix, 0, start, [new]) is None  # 7 characters
    start = old.index("Sam Altmann")
    prefix, suffix = context_around(old, start, start + 11)
    anchor = find_anchor("Sam Altmann", prefix, suffix, 0, start, [new])  # long enough to be fuzzy
    assert anchor is not None and new[anchor.start : anchor.end] == "Sam Altman"


def test_a_frequent_word_is_a_strong_name_only_when_ranked_high_and_not_among_the_most_frequent(monkeypatch):
    from test_entities_rtl import StubTables

    from reader.core.entities import rtl

    tables = StubTables(
        given={"רון": 0.9, "שמש": 0.6, "טוב": 0.9},
        common=["שמש", "טוב"],
        zipf={"רון": 3.0, "שמש": 4.5, "טוב": 6.0},
    )
    monkeypatch.setattr(rtl, "_tables", lambda lang: tables)
    names = rtl.ArticleNames("he", ["רון שמש טוב"])
    cut = {w.text: w.cuts[0] for w in rtl.words("רון שמש טוב", "he")}
    assert names.strong(cut["רון"])  # a name and no ordinary word
    assert not names.strong(cut["שמש"])  # an ordinary word ranked low as a name
    assert not names.strong(cut["טוב"])  # ranked high, but among the most frequent words


@pytest.mark.parametrize("typed", ["he_english", "he-e", "../he_en", "he_en/..", "h_en"])
def test_pack_codes_typed_by_the_user_are_checked(typed):
    from reader.core.packs import normalize_code

    with pytest.raises(PackError) as refused:
        normalize_code(typed)
    assert str(refused.value) == f"“{typed}” is not a pack code; use the form he_en (from_to)."


def test_reading_progress_stays_between_0_and_1(library):
    from reader.core.storage.sessions import SessionStore

    article_id = _hebrew_article(library)
    store = SessionStore(library)
    assert store.save_position(article_id, 0, 0, progress=1.7).progress == 1.0
    other = library.add_article(
        article_from_text(
            "Le maire a parlé lundi. Il reviendra mardi.",
            "text",
            source_path="/articles/maire.txt",
            encoding="utf-8",
        )
    )[0]
    assert store.save_position(other, 0, 0, progress=-0.5).progress == 0.0


def test_an_urdu_line_with_few_urdu_letters_is_still_urdu():
    from reader.core.importer import detect_language

    # one ے and two ں-like letters among many shared with Persian: the Urdu letters count triple
    assert detect_language("پنجاب حکومت نے گندم خریداری پالیسی منظور کر لی") == "ur"
    assert detect_language("دولت ایران امروز بودجه جدید را تصویب کرد و مجلس آن را پذیرفت") == "fa"


def test_a_restored_block_returns_to_its_place_in_the_page(library):
    from reader.core.storage.clutter import ClutterStore

    page = (
        "Harbour strike enters its third week\n\n"
        "Dock workers in the port stayed home again on Monday, and the unions said that talks with the port "
        "authority would resume later this week if the offer improved.\n\n"
        "Photo: AFP\n\n"
        "The port authority said it had made a fair offer and that it expected the workers to return to work "
        "before the end of the month, when the new ships arrive."
    )
    imported = article_from_text(page, "text", source_path="/articles/strike.txt", encoding="utf-8")
    assert [(b.position, b.text) for b in imported.removed_blocks] == [(2, "Photo: AFP")]
    article_id, _ = library.add_article(imported)
    assert ClutterStore(library).restore(article_id, 2, [(0, len("Photo: AFP"))]) == 2
    texts = [p.text for p in library.get_article(article_id).paragraphs]
    assert (
        texts[1].startswith("Dock workers") and texts[2] == "Photo: AFP" and texts[3].startswith("The port")
    )


# --- held-out mutations that survived (tools/mutate.py, last section) -------------------


def test_an_article_over_the_paragraph_limit_is_refused(monkeypatch):
    from reader.core import importer

    monkeypatch.setattr(importer, "MAX_PARAGRAPHS", 3)
    lines = [
        f"Le conseil a voté le point numéro {n} de l'ordre du jour après un long débat." for n in range(4)
    ]
    assert (
        len(article_from_text("\n\n".join(lines[:3]), "text", source_path=None, encoding="utf-8").paragraphs)
        == 3
    )
    with pytest.raises(ImportRefused) as refused:
        article_from_text("\n\n".join(lines), "text", source_path=None, encoding="utf-8")
    assert str(refused.value) == "too many paragraphs (4) for one article"


def test_the_language_is_detected_again_without_the_clutter():
    from reader.core.importer import detect_language

    chrome = [
        "Share on Facebook",
        "Share on Twitter",
        "Subscribe to our newsletter",
        "Sign up for free",
        "Follow us on Instagram",
        "Download the app",
        "Most read",
        "Cookie settings",
        "Accept all cookies",
        "Read more",
        "Privacy policy",
        "Terms of use",
        "Contact us",
        "Related articles",
        "Advertisement",
        "Sign in to your account",
        "Subscribe now and save",
        "Share this article",
        "Listen to this article",
        "Most popular this week",
    ]
    article = "De gemeenteraad heeft dinsdag de begroting voor volgend jaar goedgekeurd, na een lang debat over de haven."
    page = "\n\n".join(chrome + [article])
    # the site's English buttons outnumber the article's words (if the identifier
    # stops being misled, this test needs a page that still misleads it)
    assert detect_language(page) == "en"
    imported = article_from_text(page, "text", source_path=None, encoding="utf-8")
    assert article in [p.text for p in imported.paragraphs]
    assert imported.language == "nl"


@pytest.mark.parametrize(
    "line", ["Par Jean Dupont et Marie Martin", "Door Jan de Vries", "By Sarah Cohen and David Levi"]
)
def test_a_byline_of_several_words_is_site_chrome(line):
    from reader.core.boilerplate import CHROME, hard_reason

    assert hard_reason(line) == CHROME


def test_a_caption_pasted_twice_is_a_credit_line():
    from reader.core.boilerplate import CREDIT, hard_reason

    assert hard_reason("Le maire devant la mairieLe maire devant la mairie") == CREDIT
    assert hard_reason("Le maire devant la mairie") is None


def test_an_exact_quote_goes_where_its_context_matches_not_where_it_is_nearest():
    old = "In the morning the mayor spoke. Later the budget vote was delayed by the council after a long debate."
    quote = "the budget vote was delayed"
    start = old.index(quote)
    prefix, suffix = context_around(old, start, start + len(quote))
    new = [
        "In the morning the budget vote was delayed again, said the mayor.",
        "Nothing else happened.",
        "Later the budget vote was delayed by the council after a long debate.",
    ]
    anchor = find_anchor(quote, prefix, suffix, 0, start, new)
    assert (anchor.paragraph, anchor.start, anchor.method) == (2, new[2].index(quote), "quote")


def test_a_route_through_a_pivot_prefers_english(good_pack, tmp_path):
    manager = PackManager(tmp_path / "data")
    for source, target in (("de", "fr"), ("fr", "nl"), ("de", "en"), ("en", "nl")):
        manager.install_file(
            _with_metadata(
                good_pack, tmp_path / f"{source}_{target}.argosmodel", from_code=source, to_code=target
            )
        )
    route = manager.find_route("de", "nl")
    assert route.pivot == "en" and [p.code for p in route.packs] == ["de_en", "en_nl"]


def test_annotations_on_a_redone_translation_follow_their_quote(good_pack, library, tmp_path):
    from reader.core.article_translation import translate_article
    from reader.core.storage.annotations import AnnotationStore

    packs = PackManager(tmp_path / "data")
    packs.install_file(good_pack)  # a copy model: the new "translation" is the Hebrew text itself
    article_id = _hebrew_article(library)
    article = library.get_article(article_id)
    first = article.paragraphs[0].sentence_texts()
    # an older translation that put the same words further along
    old = [f"Earlier version: {first[0]}"] + first[1:]
    library.save_translation(article_id, 0, old, "xx_en@0.1")
    text = " ".join(old)
    quote = first[0]
    start = text.index(quote)
    note = create_annotation(
        AnnotationStore(library), article_id, "translation", 0, start, start + len(quote), note="n"
    )
    translate_article(library, packs, article_id, force=True)
    new_text = " ".join(library.get_translation(article_id)[0][0])
    moved = AnnotationStore(library).get(note.id)
    assert new_text[moved.start : moved.end] == moved.quote and not moved.orphaned
    assert moved.start != start
