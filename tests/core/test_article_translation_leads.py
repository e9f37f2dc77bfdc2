"""Leads translated ahead (issue 14: the first translated paragraph without
waiting for a model call): `translate_lead` stores the first paragraph with
sentences of an untranslated article, only with an installed pack whose model
is loaded (or the language read), and the article's final translation is the
one it would have had without (the same sentences in the same model calls).
Copy packs: output == input."""

import threading

import pytest

from reader.core import article_translation, translation
from reader.core.article_translation import translate_article, translate_lead
from reader.core.packs import PackManager

HEBREW, ARABIC, DUTCH = 1, 3, 4  # samples (tests/conftest.py)


@pytest.fixture(autouse=True)
def long_leads_too(monkeypatch):
    """The samples' leads are long sentences (article 2's a caption): ahead of
    time, only a lead of a title's length is translated (tested on its own)."""
    monkeypatch.setattr(article_translation, "LEAD_MAX_TOKENS", 10_000)


@pytest.fixture
def packs(data_dir, pack_files):
    translation.clear_cache()
    manager = PackManager(data_dir)
    manager.install_file(pack_files["ar_en@1.0"])
    yield manager
    translation.clear_cache()


def lead_of(library, article_id):
    paragraphs = library.get_article(article_id).paragraphs
    return next(i for i in range(len(paragraphs)) if paragraphs[i].sentences)


@pytest.fixture
def calls(monkeypatch):
    """The sentences of each SentenceTranslator.translate call."""
    made = []
    original = translation.SentenceTranslator.translate

    def recording(self, sentences, *args, **kwargs):
        made.append(list(sentences))
        return original(self, sentences, *args, **kwargs)

    monkeypatch.setattr(translation.SentenceTranslator, "translate", recording)
    return made


def test_the_lead_is_stored_when_the_model_is_loaded(seeded_library, packs, no_network):
    translation.SentenceTranslator(packs.find_route("ar"))  # loaded, as after a translation
    lead = lead_of(seeded_library, ARABIC)
    paragraph, sentences = translate_lead(seeded_library, packs, ARABIC)
    assert paragraph == lead
    source = seeded_library.get_article(ARABIC).paragraphs[lead].sentence_texts()
    assert sentences == source  # the copy model
    assert seeded_library.get_translation(ARABIC) == {lead: (source, "ar_en@1.0")}
    assert seeded_library.list_articles([ARABIC])[0]["translated"] is None  # not translated as a whole
    assert translate_lead(seeded_library, packs, ARABIC) is None  # stored already: no second call
    assert no_network == []


def test_no_model_load_for_a_lead_but_in_the_language_read(seeded_library, packs):
    assert translate_lead(seeded_library, packs, ARABIC) is None  # not loaded: a lead is no reason
    assert translate_lead(seeded_library, packs, ARABIC, load_language="he") is None
    assert not translation._cache and seeded_library.get_translation(ARABIC) == {}
    assert translate_lead(seeded_library, packs, ARABIC, load_language="ar") is not None  # read: loaded


def test_nothing_without_a_pack_nor_for_a_translated_article(seeded_library, packs):
    translation.SentenceTranslator(packs.find_route("ar"))
    assert translate_lead(seeded_library, packs, HEBREW, load_language="he") is None  # no Hebrew pack
    assert translate_lead(seeded_library, packs, DUTCH, load_language="nl") is None
    seeded_library.mark_translated(ARABIC, "ar_en@1.0")
    assert translate_lead(seeded_library, packs, ARABIC) is None
    assert seeded_library.get_translation(HEBREW) == seeded_library.get_translation(ARABIC) == {}


def test_a_damaged_pack_raises_only_when_loaded_for_the_lead(seeded_library, packs):
    (packs.get("ar_en").path / "model" / "model.bin").write_bytes(b"garbage")
    assert translate_lead(seeded_library, packs, ARABIC) is None  # not loaded, not tried
    with pytest.raises(translation.PackLoadError):
        translate_lead(seeded_library, packs, ARABIC, load_language="ar")
    assert seeded_library.get_translation(ARABIC) == {}


def test_the_final_translation_is_made_of_the_same_model_calls(seeded_library, packs, calls, data_dir):
    """With its lead translated ahead, an article is translated in the same
    calls, sentence for sentence, as from scratch: the lead alone, then the
    rest in full batches (the model's output may depend on a call's other sentences)."""
    translate_article(seeded_library, packs, ARABIC)
    fresh_calls, fresh = list(calls), seeded_library.get_translation(ARABIC)
    calls.clear()
    seeded_library.mark_translated(ARABIC, None)
    for paragraph in fresh:
        seeded_library.save_translation(ARABIC, paragraph, [], "none")  # (a stale route: done again)
    translate_lead(seeded_library, packs, ARABIC)
    streamed = []
    translate_article(seeded_library, packs, ARABIC, on_paragraph=lambda p, s: streamed.append(p))
    assert calls == fresh_calls
    assert seeded_library.get_translation(ARABIC) == fresh
    assert lead_of(seeded_library, ARABIC) not in streamed  # from the store: not translated again
    assert seeded_library.list_articles([ARABIC])[0]["translated"] == "ar_en@1.0"


def test_the_readers_paragraph_on_screen_already_means_no_call_alone(seeded_library, packs, calls):
    """Kept from a cancelled translation, or translated ahead: the reader has
    it, so the paragraph after it is not hurried alone (nor drafted)."""
    translation.SentenceTranslator(packs.find_route("ar"))
    translate_lead(seeded_library, packs, ARABIC)
    calls.clear()
    drafts = []
    translate_article(seeded_library, packs, ARABIC, on_partial=lambda p, t: drafts.append(p))
    article = seeded_library.get_article(ARABIC)
    rest = [
        s
        for i, p in enumerate(article.paragraphs)
        if i != lead_of(seeded_library, ARABIC)
        for s in p.sentence_texts()
    ]
    assert calls == [rest]  # one call: translate() cuts it in full batches itself
    assert drafts == []


def test_a_cancel_set_while_the_model_loads_stores_nothing(seeded_library, packs):
    """The window closing while a lead's model loads: no model call, no SQL after."""
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(translation.TranslationCancelled):
        translate_lead(seeded_library, packs, ARABIC, load_language="ar", cancel=cancel)
    assert seeded_library.get_translation(ARABIC) == {}


def test_an_article_deleted_while_its_lead_was_queued_is_passed_over(seeded_library, packs, calls):
    translation.SentenceTranslator(packs.find_route("ar"))  # loaded: only the deletion stops it
    seeded_library.delete_article(ARABIC)
    assert translate_lead(seeded_library, packs, ARABIC, load_language="ar") is None
    assert calls == []


def test_only_a_lead_of_a_titles_length_is_translated_ahead(
    seeded_library, packs, calls, pack_files, monkeypatch
):
    """A lead's one model call cannot be interrupted and lasts about as many
    decoding steps as its longest sentence: an article opened meanwhile
    would wait for a long call. A caption is translated ahead; three long
    sentences are not (nor would they be one at a time: each call as long)."""
    packs.install_file(pack_files["he_en@1.0"])
    translator = translation.SentenceTranslator(packs.find_route("he"))  # loaded
    long_lead = seeded_library.get_article(HEBREW).paragraphs[lead_of(seeded_library, HEBREW)]
    caption = seeded_library.get_article(2).paragraphs[lead_of(seeded_library, 2)]
    bound = translator.longest(caption.sentence_texts())  # (the copy pack's tokens are short: its own bound)
    assert all(len(translator.hops[0].encode(text)) > bound for text in long_lead.sentence_texts())
    monkeypatch.setattr(article_translation, "LEAD_MAX_TOKENS", bound)
    assert translate_lead(seeded_library, packs, HEBREW, load_language="he") is None
    assert calls == [] and seeded_library.get_translation(HEBREW) == {}
    assert translate_lead(seeded_library, packs, 2, load_language="he") is not None
    assert calls == [caption.sentence_texts()]
