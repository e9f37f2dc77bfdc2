"""Stories (issue 12): grouping articles about one event across languages,
incrementally, with the user's overrides surviving a recompute; the
comparison the story view shows."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support.entity_devset import load_devset
from support.story_fixtures import STORIES_DIR, add_article

from reader.core.storage.stories import StoryStore
from reader.core.stories import ArticleProfile, StoryGrouper, StoryIndex, day_of, list_stories
from reader.core.story_view_model import StoryComparison, story_of_article

ROOT = Path(__file__).resolve().parents[2]

# Two reports of one election (Arabic, Persian), one visit (Hebrew, French),
# and two Moroccan stories that share only the country.
JORDAN_AR = [
    "أعلن رئيس الهيئة المستقلة للانتخاب موسى المعايطة في عمان أن نسبة الاقتراع بلغت 32 في المئة.",
    "وحصل حزب جبهة العمل الإسلامي على 31 مقعدا، وقال رئيس الوزراء جعفر حسان إن الحكومة ستتعاون.",
]
JORDAN_FA = [
    "موسی المعایطه در عمان گفت ۳۲ درصد در انتخابات شرکت کردند.",
    "حزب جبهه عمل اسلامی ۳۱ کرسی گرفت و جعفر حسان از همکاری دولت خبر داد.",
]
VISIT_HE = [
    "נשיא צרפת עמנואל מקרון נפגש בירושלים עם יצחק הרצוג ועם בנימין נתניהו.",
    "מחר ייפגש מקרון ברמאללה עם מחמוד עבאס.",
]
VISIT_FR = [
    "Emmanuel Macron a rencontré à Jérusalem Isaac Herzog puis Benyamin Netanyahou.",
    "Demain, Emmanuel Macron verra Mahmoud Abbas à Ramallah.",
]
FLOODS_FR = [
    "Des inondations ont fait douze morts dans la province de Tata, au Maroc.",
    "Les routes entre Tata et Guelmim restent coupées.",
]
FOOTBALL_FR = [
    "Le Maroc a battu la Côte d'Ivoire à Casablanca grâce à Achraf Hakimi.",
    "Walid Regragui a salué un match presque parfait.",
]


def _jordan(library, folder, date_ar=None, date_fa=None):
    a = add_article(
        library,
        folder,
        "jordan_ar",
        "ar",
        JORDAN_AR,
        {
            "موسى المعايطة": ("PERSON", "Musa al-Maaytah"),
            "عمان": ("PLACE", "Amman"),
            "جبهة العمل الإسلامي": ("ORG", "Islamic Action Front"),
            "جعفر حسان": ("PERSON", "Jafar Hassan"),
        },
        date_ar,
    )
    b = add_article(
        library,
        folder,
        "jordan_fa",
        "fa",
        JORDAN_FA,
        {
            "موسی المعایطه": ("PERSON", "Musa al-Maaytah"),
            "عمان": ("PLACE", "Amman"),
            "جبهه عمل اسلامی": ("ORG", "Islamic Action Front"),
            "جعفر حسان": ("PERSON", "Jafar Hassan"),
        },
        date_fa,
    )
    return a, b


def _visit(library, folder):
    a = add_article(
        library,
        folder,
        "visit_he",
        "he",
        VISIT_HE,
        {
            "עמנואל מקרון": ("PERSON", "Emmanuel Macron"),
            "מקרון": ("PERSON", "Emmanuel Macron"),
            "ירושלים": ("PLACE", "Jerusalem"),
            "יצחק הרצוג": ("PERSON", "Isaac Herzog"),
            "בנימין נתניהו": ("PERSON", "Benjamin Netanyahu"),
            "צרפת": ("PLACE", "France"),
            "רמאללה": ("PLACE", "Ramallah"),
            "מחמוד עבאס": ("PERSON", "Mahmoud Abbas"),
        },
    )
    b = add_article(
        library,
        folder,
        "visit_fr",
        "fr",
        VISIT_FR,
        {
            "Emmanuel Macron": ("PERSON", "Emmanuel Macron"),
            "Jérusalem": ("PLACE", "Jerusalem"),
            "Isaac Herzog": ("PERSON", "Isaac Herzog"),
            "Benyamin Netanyahou": ("PERSON", "Benjamin Netanyahu"),
            "Ramallah": ("PLACE", "Ramallah"),
            "Mahmoud Abbas": ("PERSON", "Mahmoud Abbas"),
        },
    )
    return a, b


def _morocco(library, folder):
    a = add_article(
        library,
        folder,
        "floods",
        "fr",
        FLOODS_FR,
        {"Tata": ("PLACE", "Tata"), "Maroc": ("PLACE", "Morocco"), "Guelmim": ("PLACE", "Guelmim")},
    )
    b = add_article(
        library,
        folder,
        "football",
        "fr",
        FOOTBALL_FR,
        {
            "Maroc": ("PLACE", "Morocco"),
            "Côte d'Ivoire": ("PLACE", "Ivory Coast"),
            "Casablanca": ("PLACE", "Casablanca"),
            "Achraf Hakimi": ("PERSON", "Achraf Hakimi"),
            "Walid Regragui": ("PERSON", "Walid Regragui"),
        },
    )
    return a, b


def _story_members(library):
    return sorted(tuple(s.article_ids) for s in list_stories(library, include_single=True))


def test_same_events_group_across_languages_and_a_shared_country_does_not(library, tmp_path):
    jordan = _jordan(library, tmp_path)
    visit = _visit(library, tmp_path)
    floods, football = _morocco(library, tmp_path)
    StoryGrouper(library).recompute()
    groups = _story_members(library)
    assert jordan in groups and visit in groups
    assert (floods,) in groups and (football,) in groups  # "Morocco" alone is no event
    listed = list_stories(library)
    assert {s.article_ids for s in listed} == {jordan, visit}
    by_articles = {s.article_ids: s for s in listed}
    assert by_articles[jordan].languages == ("ar", "fa")
    title = by_articles[jordan].title.split(" · ")
    assert len(title) == 3 and set(title) < {
        "Musa al-Maaytah",
        "Amman",
        "Islamic Action Front",
        "Jafar Hassan",
    }
    assert by_articles[visit].languages == ("fr", "he")


def test_one_shared_rare_name_is_no_event(library, tmp_path):
    # Two match reports naming the same club: one name, however rare, is not enough.
    a = add_article(
        library,
        tmp_path,
        "m1",
        "nl",
        ["Ajax verloor van FC Utrecht in de Johan Cruijff ArenA."],
        {
            "Ajax": ("ORG", "Ajax"),
            "FC Utrecht": ("ORG", "FC Utrecht"),
            "Johan Cruijff ArenA": ("PLACE", "Johan Cruijff ArenA"),
        },
    )
    b = add_article(
        library,
        tmp_path,
        "m2",
        "nl",
        ["PSV won de topper tegen Ajax in Eindhoven."],
        {"Ajax": ("ORG", "Ajax"), "PSV": ("ORG", "PSV"), "Eindhoven": ("PLACE", "Eindhoven")},
    )
    StoryGrouper(library).recompute()
    assert _story_members(library) == [(a,), (b,)]


def test_far_apart_dates_keep_the_same_names_apart():
    def profile(article_id, iso):
        day, slack = day_of(iso)
        return ArticleProfile(
            article_id, "fa", {"persepolis": 3, "esteghlal": 2, "azadi stadium": 1}, day, slack, None, iso
        )

    others = [ArticleProfile(10 + i, "fr", {f"x{i}": 1, f"y{i}": 1}) for i in range(6)]
    same_week = StoryIndex.build([profile(1, "2024-05-02"), profile(2, "2024-05-03"), *others])
    assert same_week.cluster_of[1] == same_week.cluster_of[2]
    a_year_apart = StoryIndex.build([profile(1, "2024-05-02"), profile(2, "2023-04-20"), *others])
    assert a_year_apart.cluster_of[1] != a_year_apart.cluster_of[2]
    undated = StoryIndex.build([profile(1, None), profile(2, "2023-04-20"), *others])
    assert undated.cluster_of[1] == undated.cluster_of[2]  # an unknown date is no evidence


def test_english_text_links_articles_that_share_few_names(library, tmp_path):
    english = [
        [
            "The central bank raised its key interest rate by half a point to fight inflation, "
            "the governor said on Tuesday, warning that prices of bread and fuel keep rising."
        ]
    ]
    a = add_article(
        library,
        tmp_path,
        "bank_ar",
        "ar",
        ["رفع البنك المركزي سعر الفائدة لمواجهة التضخم."],
        {"البنك المركزي": ("ORG", "Central Bank")},
        translation=english,
    )
    b = add_article(
        library,
        tmp_path,
        "bank_fa",
        "fa",
        ["بانک مرکزی نرخ بهره را افزایش داد."],
        {"بانک مرکزی": ("ORG", "Central Bank")},
        translation=english,
    )
    c = add_article(
        library,
        tmp_path,
        "other",
        "fa",
        ["بانک مرکزی گزارش سالانه را منتشر کرد."],
        {"بانک مرکزی": ("ORG", "Central Bank")},
    )
    StoryGrouper(library).recompute()
    assert _story_members(library) == [(a, b), (c,)]


def test_incremental_addition_matches_grouping_from_scratch(library, tmp_path):
    jordan_ar, _ = _jordan(library, tmp_path / "first")
    grouper = StoryGrouper(library)
    grouper.recompute()
    visit = _visit(library, tmp_path)
    jordan_2 = add_article(
        library,
        tmp_path,
        "jordan_again",
        "ar",
        ["موسى المعايطة وجعفر حسان في عمان."],
        {
            "موسى المعايطة": ("PERSON", "Musa al-Maaytah"),
            "جعفر حسان": ("PERSON", "Jafar Hassan"),
            "عمان": ("PLACE", "Amman"),
        },
    )
    story_ids = grouper.add_articles([*visit, jordan_2])
    jordan_story = StoryStore(library).story_of(jordan_ar)
    assert story_ids[-1] == jordan_story
    assert story_ids[0] == story_ids[1] != jordan_story
    incremental = _story_members(library)
    StoryGrouper(library).recompute()
    assert _story_members(library) == incremental
    assert StoryStore(library).story_of(jordan_ar) == jordan_story  # ids carried over


def test_an_article_with_new_entities_moves_incrementally(library, tmp_path):
    from reader.core.entities.model import EntityMention
    from reader.core.storage.entities import EntityStore

    jordan = _jordan(library, tmp_path)
    floods, football = _morocco(library, tmp_path)
    grouper = StoryGrouper(library)
    grouper.recompute()
    store = StoryStore(library)
    alone = store.story_of(floods)
    # Recognition finds other names in the flood report now: the Jordanian election's.
    text = library.get_article(floods).paragraphs[0].text
    EntityStore(library).replace_mentions(
        floods,
        [
            EntityMention(0, 0, 3, text[:3], "PERSON", canonical=name)
            for name in ("Musa al-Maaytah", "Jafar Hassan", "Islamic Action Front", "Amman")
        ],
    )
    assert grouper.add_articles([floods]) == [store.story_of(jordan[0])]
    assert store.story(alone) is None  # its old story, now empty, is gone
    # The user puts it back on its own: a later incremental pass keeps it there.
    grouper.move(floods, None)
    own = store.story_of(floods)
    assert grouper.add_articles([floods]) == [own]
    assert (floods,) in _story_members(library) and (football,) in _story_members(library)


def test_overrides_survive_a_recompute(library, tmp_path):
    jordan = _jordan(library, tmp_path)
    visit = _visit(library, tmp_path)
    floods, football = _morocco(library, tmp_path)
    grouper = StoryGrouper(library)
    grouper.recompute()
    store = StoryStore(library)
    visit_story = store.story_of(visit[0])
    grouper.rename(visit_story, "  Macron in  Jerusalem ")
    grouper.move(floods, store.story_of(football))  # the user says: one Moroccan story
    grouper.split(store.story_of(jordan[0]), [jordan[1]])  # and the Persian report apart
    grouper.merge(visit_story, store.story_of(jordan[1]))  # ... which goes with the visit
    expected = _story_members(library)
    assert expected == sorted([(jordan[0],), tuple(sorted((*visit, jordan[1]))), (floods, football)])
    # A recompute groups automatically again, then re-applies the user's choices.
    StoryGrouper(library).recompute()
    assert _story_members(library) == expected
    renamed = store.story(store.story_of(visit[0]))
    assert renamed is not None and renamed.title == "Macron in Jerusalem" and renamed.id == visit_story
    grouper = StoryGrouper(library)
    grouper.move(jordan[1], None)  # out again, into a story of its own
    StoryGrouper(library).recompute()
    assert (jordan[1],) in _story_members(library)
    assert tuple(sorted(visit)) in _story_members(library)


def test_override_errors_say_what_is_wrong(library, tmp_path):
    jordan = _jordan(library, tmp_path)
    grouper = StoryGrouper(library)
    grouper.recompute()
    story = StoryStore(library).story_of(jordan[0])
    with pytest.raises(ValueError):
        grouper.rename(story, "   ")
    with pytest.raises(KeyError):
        grouper.merge(story, 999)
    with pytest.raises(ValueError):
        grouper.split(story, list(jordan))  # every article: nothing would change
    with pytest.raises(ValueError):
        grouper.split(story, [12345])


def test_comparison_of_a_hebrew_arabic_story(library, tmp_path):
    he = add_article(
        library,
        tmp_path,
        "he",
        "he",
        ['מקרון נפגש עם נתניהו בירושלים. לאחר מכן אמר מקרון: "צרפת תעמוד לצד השלום".'],
        {
            "מקרון": ("PERSON", "Emmanuel Macron"),
            "נתניהו": ("PERSON", "Benjamin Netanyahu"),
            "ירושלים": ("PLACE", "Jerusalem"),
        },
        date="2025-03-10",
        translation=[
            ["Macron met Netanyahu in Jerusalem.", 'Then Macron said: "France will stand by peace".']
        ],
    )
    ar = add_article(
        library,
        tmp_path,
        "ar",
        "ar",
        ["التقى ماكرون نتنياهو في القدس يوم 10 مارس 2025.", "وزار ماكرون رام الله."],
        {
            "ماكرون": ("PERSON", "Emmanuel Macron"),
            "نتنياهو": ("PERSON", "Benjamin Netanyahu"),
            "القدس": ("PLACE", "Jerusalem"),
            "رام الله": ("PLACE", "Ramallah"),
        },
    )
    StoryGrouper(library).recompute()
    story_id = story_of_article(library, he)
    assert story_id is not None and story_id == story_of_article(library, ar)
    comparison = StoryComparison(library, story_id)
    assert [c.article_id for c in comparison.columns] == [he, ar]
    assert [(c.language, c.date, c.direction) for c in comparison.columns] == [
        ("he", "2025-03-10", "rtl"),
        ("ar", "2025-03-10", "rtl"),
    ]
    rows = {r.name: r for r in comparison.rows}
    assert rows["Emmanuel Macron"].counts == (2, 2) and rows["Ramallah"].counts == (0, 1)
    assert comparison.rows[-1].name == "Ramallah"  # named by fewest articles: last
    sentences = dict(comparison.sentences_for(rows["Emmanuel Macron"].key))
    assert [(s.paragraph, s.sentence) for s in sentences[he]] == [(0, 0), (0, 1)]
    assert sentences[he][1].source.startswith("לאחר מכן אמר מקרון")
    assert sentences[he][1].translation == 'Then Macron said: "France will stand by peace".'
    assert [s.translation for s in sentences[ar]] == [None, None]
    assert all(s.direction == "rtl" for ss in sentences.values() for s in ss)
    assert dict(comparison.sentences_for(rows["Ramallah"].key))[he] == []
    assert [(e.date, e.article_id) for e in comparison.timeline] == [("2025-03-10", ar)]
    speakers = dict(comparison.quotations)
    assert [q.text for q in speakers["Emmanuel Macron"]] == ["צרפת תעמוד לצד השלום"]
    with pytest.raises(KeyError):
        StoryComparison(library, 999)


def test_an_article_alone_has_no_story_to_show(library, tmp_path):
    floods, _ = _morocco(library, tmp_path)
    assert story_of_article(library, floods) is None  # computed on first use, alone in its story


# --- the real pipeline on the samples and a mixed library ---------------------------------------


def test_samples_form_one_story_that_unrelated_articles_do_not_join(library, tmp_path):
    """The five samples, the entity development set (markup stripped), the
    import development set and our own articles, recognised by the real
    entity pipeline: the samples are one story, nothing else joins it, and
    the same election (Arabic, Persian) and the same visit (Hebrew, French)
    group without any translation pack."""
    from reader.core import entity_service
    from reader.core.library import import_into, seed_if_first_run

    seed_if_first_run(library)
    devset = tmp_path / "devset"
    devset.mkdir()
    for article in load_devset():
        (devset / f"{article.name}.txt").write_text(article.text, encoding="utf-8")
    results = list(import_into(library, [devset, ROOT / "tests" / "data" / "import", STORIES_DIR]))
    assert all(r.ok for r in results)
    id_of = {r.path.name: r.article_id for r in results}
    entity_service.recompute(library)
    StoryGrouper(library).recompute()
    members = {s.article_ids for s in list_stories(library)}
    assert (1, 2, 3, 4, 5) in members
    assert tuple(sorted((id_of["ar_jordan_election.txt"], id_of["fa_jordan_election.txt"]))) in members
    assert tuple(sorted((id_of["he_macron_jerusalem.txt"], id_of["fr_macron_jerusalem.txt"]))) in members
    store = StoryStore(library)
    assert store.story_of(id_of["fr_maroc_inondations.txt"]) != store.story_of(id_of["fr_maroc_football.txt"])
    shutil.rmtree(devset)


def test_english_words_leave_out_justexts_stop_words_without_importing_justext():
    import json
    import os
    import subprocess
    import sys

    probe = (
        "import json, sys\n"
        "from reader.core.stories import english_words\n"
        "words = english_words(['The ferry sailed again after the storm, and the harbour was full.'])\n"
        "print(json.dumps([words, [m for m in ('justext', 'lxml') if m in sys.modules]]))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    words, imported = json.loads(run.stdout.strip().splitlines()[-1])
    assert words == {"ferry": 1.0, "sailed": 1.0, "storm": 1.0, "harbour": 1.0}  # "full": a stop word
    assert imported == []


def test_the_english_stop_list_is_justexts():
    import justext

    from reader.core.stories import _english_stopwords

    assert _english_stopwords() == frozenset(w.lower() for w in justext.get_stoplist("English"))
