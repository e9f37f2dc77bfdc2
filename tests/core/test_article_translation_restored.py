"""Issue 14, the first translated paragraph of the article a window restores:
`load_for_restored` loads its model before the window is built (only for an
untranslated, non-English article with an installed pack; nothing downloaded;
a damaged pack or library loses only the gain), and the model's threads run
at the loading thread's priority for the reader's paragraph, lowered for
everything after it (the rest of the article, other articles, leads). Copy
packs: output == input, so the translations are the same either way."""

import pytest

from reader.core import article_translation, translation
from reader.core.article_translation import load_for_restored, translate_article, translate_lead
from reader.core.library import import_into
from reader.core.packs import PackManager

HEBREW = 1  # a sample (tests/conftest.py), untranslated


@pytest.fixture
def packs(data_dir, pack_files):
    translation.clear_cache()
    manager = PackManager(data_dir)
    manager.install_file(pack_files["he_en@1.0"])
    yield manager
    translation.clear_cache()


@pytest.fixture
def lowered_at_calls(monkeypatch):
    """For each model call (LoadedPack.translate_texts), were its threads lowered?"""
    seen = []
    original = translation.LoadedPack.translate_texts

    def recording(self, texts, *args, **kwargs):
        seen.append(self.lowered)
        return original(self, texts, *args, **kwargs)

    monkeypatch.setattr(translation.LoadedPack, "translate_texts", recording)
    return seen


def test_the_reader_s_paragraph_runs_before_the_model_threads_are_lowered(
    seeded_library, packs, lowered_at_calls, no_network
):
    before = {p: list(s) for p, (s, _) in seeded_library.get_translation(HEBREW).items()}
    assert before == {}
    shown = []
    translate_article(
        seeded_library, packs, HEBREW, on_partial=lambda p, s: None, on_paragraph=lambda p, s: shown.append(p)
    )
    assert lowered_at_calls[0] is False  # the reader's paragraph, alone
    assert lowered_at_calls[1:] and all(lowered_at_calls[1:])  # the rest after it
    article = seeded_library.get_article(HEBREW)
    stored = seeded_library.get_translation(HEBREW)
    assert all(stored[p][0] == paragraph.sentence_texts() for p, paragraph in enumerate(article.paragraphs))


def test_an_article_no_reader_waits_for_runs_lowered_from_its_first_call(
    seeded_library, packs, lowered_at_calls
):
    translate_article(seeded_library, packs, HEBREW)  # no on_partial: not the article read
    assert lowered_at_calls and all(lowered_at_calls)


def test_a_lead_runs_lowered(seeded_library, packs, lowered_at_calls, monkeypatch):
    monkeypatch.setattr(article_translation, "LEAD_MAX_TOKENS", 10_000)
    assert translate_lead(seeded_library, packs, HEBREW, load_language="he") is not None
    assert lowered_at_calls == [True]


@pytest.fixture
def loads(monkeypatch):
    made = []
    original = translation.LoadedPack.__init__

    def recording(self, pack, *args, **kwargs):
        made.append(pack.code)
        original(self, pack, *args, **kwargs)

    monkeypatch.setattr(translation.LoadedPack, "__init__", recording)
    return made


def test_the_restored_untranslated_article_s_model_is_loaded(
    seeded_library, data_dir, packs, loads, no_network
):
    seeded_library.set_setting("last_article", HEBREW)
    route = load_for_restored(data_dir)
    assert route is not None and route.provenance == "he_en@1.0"
    assert loads == ["he_en"]
    assert translation.is_loaded(route)
    assert no_network == []


def test_the_article_asked_for_wins_over_the_last_session_s(seeded_library, data_dir, packs, loads):
    seeded_library.set_setting("last_article", HEBREW)
    assert load_for_restored(data_dir, 4) is None  # Dutch: no Dutch pack
    assert loads == []


@pytest.mark.parametrize("case", ["translated", "english", "no pack", "no session", "gone"])
def test_nothing_is_loaded_when_nothing_is_to_translate(
    seeded_library, data_dir, packs, loads, case, tmp_path
):
    article_id = HEBREW
    if case == "translated":
        seeded_library.mark_translated(HEBREW, "he_en@1.0")
    elif case == "english":
        english = tmp_path / "english.txt"  # written here
        english.write_text(
            "The harbour ferry will run again next week.\n\n"
            "The town council said on Monday that the repairs to the pier were finished.\n",
            encoding="utf-8",
        )
        (result,) = import_into(seeded_library, [english])
        article_id = result.article_id
    elif case == "no pack":
        article_id = 3  # Arabic
    elif case == "gone":
        article_id = 999
    if case != "no session":
        seeded_library.set_setting("last_article", article_id)
    assert load_for_restored(data_dir) is None
    assert loads == []


def test_a_damaged_pack_loses_only_the_gain(seeded_library, data_dir, packs):
    (packs.find_route("he").packs[0].path / "model" / "model.bin").write_bytes(b"garbage")
    seeded_library.set_setting("last_article", HEBREW)
    assert load_for_restored(data_dir) is None  # no exception


def test_a_damaged_library_loses_only_the_gain(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "library.sqlite3").write_bytes(b"not a database")
    assert load_for_restored(folder, 1) is None
