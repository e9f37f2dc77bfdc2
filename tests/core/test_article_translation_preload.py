"""The model preloaded before an untranslated article is opened (issue 14:
first translated paragraph sooner): which route, and that a preload never
downloads and never raises."""

import pytest

from reader.core import translation
from reader.core.article_translation import preload, route_to_preload
from reader.core.packs import PackManager

# The samples: 1, 2 Hebrew; 3 Arabic; 4 Dutch; 5 French (tests/conftest.py).


@pytest.fixture
def packs(data_dir, pack_files):
    translation.clear_cache()
    manager = PackManager(data_dir)
    manager.install_file(pack_files["he_en@1.0"])
    manager.install_file(pack_files["ar_en@1.0"])
    yield manager
    translation.clear_cache()


def test_the_language_with_the_most_untranslated_articles_a_pack_serves(seeded_library, packs):
    assert route_to_preload(seeded_library, packs).provenance == "he_en@1.0"  # two Hebrew, one Arabic


def test_the_open_articles_language_first(seeded_library, packs):
    assert route_to_preload(seeded_library, packs, "ar").provenance == "ar_en@1.0"
    # Dutch has untranslated articles but no route: the most untranslated one a pack serves
    assert route_to_preload(seeded_library, packs, "nl").provenance == "he_en@1.0"


def test_only_languages_with_untranslated_articles(seeded_library, packs):
    for article_id in (1, 2):
        seeded_library.mark_translated(article_id, "he_en@1.0")
    assert route_to_preload(seeded_library, packs, "he").provenance == "ar_en@1.0"
    seeded_library.mark_translated(3, "ar_en@1.0")
    assert route_to_preload(seeded_library, packs, "he") is None  # Dutch and French: no pack


def test_only_the_language_read_when_warmed_again(seeded_library, packs):
    """After an idle release (translation_ui._warm_again): that language's route or none."""
    assert route_to_preload(seeded_library, packs, "ar", only=True).provenance == "ar_en@1.0"
    assert route_to_preload(seeded_library, packs, "nl", only=True) is None  # no Dutch pack
    seeded_library.mark_translated(3, "ar_en@1.0")
    assert route_to_preload(seeded_library, packs, "ar", only=True) is None  # Hebrew is left, not read


def test_no_pack_installed_no_route(seeded_library, data_dir):
    assert route_to_preload(seeded_library, PackManager(data_dir)) is None


def test_preload_loads_the_route_without_a_network_attempt(seeded_library, packs, data_dir, no_network):
    route = preload(data_dir, "ar")
    assert route is not None and route.provenance == "ar_en@1.0"
    assert [key[0] for key in translation._cache] == [str(route.packs[0].path)]  # loaded, kept
    assert no_network == []  # every connection attempt is recorded and refused


def test_a_damaged_pack_is_no_error_to_preload(seeded_library, packs, data_dir):
    (packs.get("he_en").path / "model" / "model.bin").write_bytes(b"garbage")
    assert preload(data_dir) is None  # nothing raised: the translation itself will say it
    with pytest.raises(translation.PackLoadError):
        translation.SentenceTranslator(packs.find_route("he"))


def test_preload_pages_the_libraries_in_before_the_import(seeded_library, packs, data_dir, monkeypatch):
    from reader.core import article_translation

    steps = []
    monkeypatch.setattr(translation, "page_in_native_libraries", lambda: steps.append("page in"))
    monkeypatch.setattr(article_translation, "load_route", lambda route: steps.append("load") or True)
    assert preload(data_dir, "ar") is not None
    assert steps == ["page in", "load"]


def test_no_page_in_without_a_route_to_preload(seeded_library, data_dir, monkeypatch):
    steps = []
    monkeypatch.setattr(translation, "page_in_native_libraries", lambda: steps.append("page in"))
    assert preload(data_dir) is None  # no pack installed
    assert steps == []
