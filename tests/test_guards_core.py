"""Behaviour pinned at its edges (issue 13): each test here fails on a
realistic single change to reader/core that the rest of the suite let pass.
tools/mutate.py applies those changes to a copy of the repository and runs
these tests against them."""

from __future__ import annotations

import json
import sqlite3
import unicodedata
import zipfile
from pathlib import Path

import pytest

from reader.core.anchoring import find_anchor
from reader.core.entities import EntityMention, group_mentions
from reader.core.importer import ImportRefused, article_from_text, choose_title, import_file
from reader.core.packs import PackError, PackManager
from reader.core.storage import DB_FILENAME, Library, LibraryError
from reader.core.storage.annotations import context_around
from reader.core.text import Paragraph, split_sentences

BINARY = "binary file (contains NUL bytes), not text"


# --- packs: language codes in metadata.json are folder names -------------------------

@pytest.fixture(scope="module")
def good_pack(tmp_path_factory):
    from argos_fixture import build_copy_pack

    return build_copy_pack(tmp_path_factory.mktemp("goodpack"), "he", "en", "1.0")


def _with_metadata(good: Path, dest: Path, **changes) -> Path:
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(dest, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename.endswith("/metadata.json"):
                data = json.dumps({**json.loads(data), **changes}).encode()
            zout.writestr(info.filename, data)
    return dest


@pytest.mark.parametrize("key, code", [
    ("to_code", "en/../../../escaped"),
    ("from_code", "../../escaped"),
    ("to_code", "en\\..\\escaped"),
    ("from_code", "HE"),
    ("to_code", "english"),
    ("to_code", "e"),
])
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
    composed = "Le député a présenté un projet très débattu à l'Assemblée.\n\nLa réforme sera étudiée en février."
    path = tmp_path / "nfd.txt"
    path.write_text(unicodedata.normalize("NFD", composed), encoding="utf-8")
    article = import_file(path)
    joined = "\n\n".join(p.text for p in article.paragraphs)
    assert unicodedata.is_normalized("NFC", joined)
    assert "député" in joined and "février" in joined


def test_a_cookie_banner_is_not_the_title():
    paragraphs = [Paragraph(t) for t in (
        "We use cookies to improve your experience",
        "Harbour strike enters its third week",
        "Dock workers in the port stayed home again on Monday. Talks are set to resume.",
    )]
    assert choose_title(paragraphs, "en") == "Harbour strike enters its third week"


def test_title_falls_back_to_the_first_sentence_not_the_banner():
    paragraphs = [Paragraph("Accept cookies to continue reading."),
                  Paragraph("Dock workers stayed home again on Monday. Talks resume today.")]
    assert choose_title(paragraphs, "en") == "Dock workers stayed home again on Monday."


# --- entities: two people sharing a surname ---------------------------------------

def _person(paragraph: int, text: str) -> EntityMention:
    return EntityMention(paragraph, 0, len(text), text, "PERSON", recogniser="test")


def test_a_lone_surname_joins_the_person_its_own_article_names():
    groups = group_mentions({
        1: [_person(0, "Sam Altman"), _person(2, "Altman")],
        2: [_person(0, "Jack Altman"), _person(3, "Altman")],
        3: [_person(0, "Sam Altman"), _person(1, "Jack Altman"), _person(4, "Altman")],
    })
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
        "text", source_path="/articles/budget.txt", encoding="utf-8")
    article_id, _ = library.add_article(imported)
    return article_id


def test_a_language_override_drops_the_old_translation(library):
    article_id = _hebrew_article(library)
    article = library.get_article(article_id)
    for p, paragraph in enumerate(article.paragraphs):
        # as many English sentences as source sentences: nothing looks misaligned
        library.save_translation(article_id, p, [f"Sentence {i}." for i in range(len(paragraph.sentences))],
                                 "he_en@1.0")
    library.mark_translated(article_id, "he_en@1.0")
    library.set_article_language(article_id, "yi")
    after = library.get_article(article_id)
    assert after.language == "yi"
    assert library.get_translation(article_id) == {}
    assert after.translated is None
    assert [p.sentences for p in after.paragraphs] == [split_sentences(p.text, "yi") for p in after.paragraphs]


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
    assert text[anchor.start:anchor.end] == "The minister promised rural schools new funding for next year."


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
