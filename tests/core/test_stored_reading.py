"""An article read a part at a time (storage.reading) reads as the whole
article does (Library.get_article / get_translation), and the reading
cursor's sentence order built from it matches the plain one."""

from __future__ import annotations

from support.annotation_fixtures import add_article

from reader.core.storage import Library
from reader.core.storage.reading import CHUNK, open_article, open_translation
from reader.ui.reading_cursor import SentenceOrder


def paragraph(i: int) -> str:
    if i % 7 == 3:
        return "Kort."  # one sentence
    return f"Alinea {i} begint hier. Daarna volgt een tweede zin." + (" En een derde." if i % 2 else "")


def make(tmp_path, count=3 * CHUNK + 5):
    library = Library(tmp_path / "data")
    library.set_setting("seeded", True)
    article_id = add_article(library, "lang", "nl", [paragraph(i) for i in range(count)], "/t/long.txt")
    for p in range(0, count, 3):  # a partial translation, with gaps
        library.save_translation(
            article_id, p, [f"Paragraph {p} starts here.", "Then a second one."], "nl_en@t"
        )
    return library, article_id


def test_stored_article_reads_like_the_whole_article(tmp_path):
    library, article_id = make(tmp_path)
    whole, stored = library.get_article(article_id), open_article(library, article_id)
    assert len(stored.paragraphs) == len(whole.paragraphs)
    assert list(stored.paragraphs) == whole.paragraphs
    assert stored.paragraphs[CHUNK + 1] == whole.paragraphs[CHUNK + 1]
    assert stored.paragraphs[-1] == whole.paragraphs[-1]
    assert stored.paragraphs[CHUNK - 2 : CHUNK + 2] == whole.paragraphs[CHUNK - 2 : CHUNK + 2]
    assert stored.paragraphs.text_lengths() == [len(p.text) for p in whole.paragraphs]
    assert stored.paragraphs.sentence_counts() == [len(p.sentences) for p in whole.paragraphs]
    assert stored.paragraphs.sentence_total == whole.sentence_count
    assert stored.paragraphs.sentences_before(CHUNK + 3) == sum(
        len(p.sentences) for p in whole.paragraphs[: CHUNK + 3]
    )
    assert (stored.title, stored.language, stored.translated) == (
        whole.title,
        whole.language,
        whole.translated,
    )
    assert open_article(library, article_id + 100) is None


def test_stored_translation_reads_like_the_whole_translation(tmp_path):
    library, article_id = make(tmp_path)
    whole = {p: sentences for p, (sentences, _prov) in library.get_translation(article_id).items()}
    stored = open_translation(library, article_id)
    assert stored and len(stored) == len(whole) and list(stored) == sorted(whole)
    assert dict(stored.items()) == whole
    assert 1 not in stored and 3 in stored and -1 not in stored
    assert stored.text_lengths() == {p: sum(map(len, s)) + len(s) for p, s in whole.items()}
    assert stored.provenances() == {"nl_en@t"}
    other = add_article(library, "other", "nl", ["Een zin."], "/t/other.txt")
    assert not open_translation(library, other)


def test_sentence_order_of_a_stored_article_is_the_plain_order(tmp_path):
    library, article_id = make(tmp_path)
    whole = library.get_article(article_id)
    plain = [(p, i) for p, paragraph in enumerate(whole.paragraphs) for i in range(len(paragraph.sentences))]
    lazy = SentenceOrder(open_article(library, article_id).paragraphs)
    # Before the per-paragraph counts are read (as at opening) and after.
    assert len(lazy) == len(plain)
    assert lazy.index(plain[200]) == 200 and (0, 5) not in lazy and (len(whole.paragraphs), 0) not in lazy
    assert plain[-1] in lazy
    assert list(lazy) == plain
    assert [lazy[i] for i in (0, 57, len(plain) - 1, -1)] == [plain[i] for i in (0, 57, len(plain) - 1, -1)]
    assert lazy.index(plain[200]) == 200
    assert list(SentenceOrder(whole.paragraphs)) == plain
