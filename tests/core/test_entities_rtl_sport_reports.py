"""Right-to-left match reports (issue 10, round 18 blind sport pages): players
named by foreign names spelt out, towns that stand for their teams, clubs and
leagues. Real name tables, no translation pack. Sentences written for these
tests."""

from __future__ import annotations

from support.entity_fixtures import mentions_but_dates as found

from reader.core.entities import MISC, ORG, PERSON, PLACE


def test_urdu_psl_franchises_and_the_league():
    # the franchises by their full names, one by its nickname alone, and the league
    source = [
        "پاکستان سپر لیگ کے دسویں ایڈیشن کا افتتاحی میچ ملتان سلطانز اور اسلام آباد یونائیٹڈ کے درمیان ہوگا۔",
        "دوسرے میچ میں پشاور زلمی کا مقابلہ لاہور قلندرز سے ہوگا جبکہ کراچی کنگز آرام کرے گی۔",
        "قلندرز نے پچھلے سیزن میں صرف تین میچ جیتے تھے۔",
    ]
    got = found("ur", source)
    assert ("پاکستان سپر لیگ", MISC) in got
    for team in ("ملتان سلطانز", "اسلام آباد یونائیٹڈ", "پشاور زلمی", "لاہور قلندرز", "کراچی کنگز", "قلندرز"):
        assert (team, ORG) in got
    assert ("پاکستان", PLACE) not in got
    assert ("لاہور", PLACE) not in got


def test_urdu_a_town_stands_for_its_side_in_a_match_report():
    # "پشاور نے" (Peshawar batted), "حیدرآباد کی ٹیم": the sides; where the team flies is a place
    source = [
        "پشاور نے ٹاس جیت کر پہلے بیٹنگ کی اور بیس اوورز میں 172 رنز بنائے۔",
        "جواب میں فیصل آباد کی ٹیم 150 رنز پر آؤٹ ہو گئی اور ملتان کے خلاف اگلا میچ کھیلے گی۔",
        "میچ کے بعد ٹیم ملتان روانہ ہو گئی۔",
    ]
    got = found("ur", source)
    assert ("پشاور", ORG) in got
    assert ("ملتان", PLACE) in got
    assert ("پشاور", PLACE) not in got


def test_urdu_a_town_before_the_agent_outside_a_match_is_the_place():
    source = ["کراچی نے گزشتہ سال سب سے زیادہ ٹیکس جمع کیا۔", "کراچی میں بارش کا امکان ہے۔"]
    got = found("ur", source)
    assert ("کراچی", ORG) not in got


def test_urdu_foreign_players_before_the_agent_or_a_score():
    # names no Urdu table ranks: after "کپتان", after "جبکہ" before a score, at a sentence start
    source = [
        "کپتان جیسن رائے نے 45 رنز اسکور کیے۔",
        "جبکہ کولن منرو 28 رنز بنا کر آؤٹ ہوئے۔",
        "ریلی روسو نے آخری اوور میں دو چھکے لگائے۔",
    ]
    got = found("ur", source)
    assert ("جیسن رائے", PERSON) in got
    assert ("کولن منرو", PERSON) in got
    assert ("ریلی روسو", PERSON) in got
    assert not [t for t, label in got if label == PLACE]


def test_arabic_a_player_after_his_nationality():
    # Egyptian spelling (ى for final ي); "أبو على" is part of the name
    source = [
        "وأدرك التوغولى كودجو لابا التعادل قبل نهاية الشوط الأول.",
        "لكن الفلسطينى محمود أبو على خطف هدف الفوز فى الوقت القاتل.",
    ]
    got = found("ar", source)
    assert ("كودجو لابا", PERSON) in got
    assert ("محمود أبو على", PERSON) in got
    assert not [t for t, label in got if label == PERSON and t.startswith(("التوغولى", "الفلسطينى"))]


def test_arabic_a_player_after_a_verb_of_the_game_and_the_referee_after_his_title():
    # "إمام" is spelt as "أمام" (in front of) once folded; "الحنفى" a definite surname after the referee
    source = [
        "افتتح إمام حسن التسجيل فى الدقيقة 31 بتسديدة قوية.",
        "وأضاف عادل بوليبة الهدف الثانى برأسية.",
        "وأدار المباراة الحكم محمد الحنفى وسط انتقادات من جماهير الزمالك.",
        "وأصدرت المحكمة الحكم على المتهمين أمس، وسجل أمام سموحة هدفين.",
    ]
    got = found("ar", source)
    assert ("إمام حسن", PERSON) in got
    assert ("عادل بوليبة", PERSON) in got
    assert ("محمد الحنفى", PERSON) in got
    assert not [t for t, label in got if label == PERSON and ("المتهمين" in t or "سموحة" in t)]


def test_arabic_al_hilal_beside_another_club_in_a_match_report():
    # no word of the game in its own paragraph, but another club and a match elsewhere
    source = [
        "تعادل الزمالك مع الإسماعيلى فى المباراة التى أقيمت مساء الجمعة.",
        "ويستعد الزمالك بعد ذلك لمواجهة الهلال فى معسكر ودى بالرياض.",
    ]
    got = found("ar", source)
    assert ("الهلال", ORG) in got


def test_persian_a_foreign_player_before_his_position_between_commas():
    # the name before "، مهاجم ...،"; "ازبک" is a nationality and "سرخ‌پوشان" the team's nickname
    source = [
        "گل اول را ایگور سرگیف، مهاجم ازبک سرخ‌پوشان، با ضربه سر به ثمر رساند.",
        "ژوزه مورایس، سرمربی پرتغالی سپاهان، پس از بازی گفت تیمش شایسته برد بود.",
        "ژوزه از داوری هم انتقاد کرد.",
    ]
    got = found("fa", source)
    assert ("ایگور سرگیف", PERSON) in got
    assert ("ژوزه مورایس", PERSON) in got
    assert ("ژوزه", PERSON) in got
    assert ("ازبک", MISC) in got
    assert not [t for t, label in got if label == PERSON and ("ازبک" in t or "پوشان" in t)]


def test_persian_a_club_and_its_town_are_one_name():
    source = ["هفته آینده ذوب‌آهن میزبان گل‌گهر سیرجان است."]
    got = found("fa", source)
    assert ("گل‌گهر سیرجان", ORG) in got
    assert ("سیرجان", PLACE) not in got


def test_urdu_a_player_named_in_full_then_by_a_surname_the_gazetteer_knows():
    # "روسو" is also Roseau (Dominica): after "ریلی روسو" in a match report, the player
    source = [
        "جبکہ ریلی روسو 44 رنز بنا کر رن آؤٹ ہو گئے۔",
        "میچ کے بعد روسو نے کہا کہ وکٹ مشکل تھی۔",
        "روسو کی اننگز اہم تھی۔",
    ]
    got = found("ur", source)
    assert ("روسو", PERSON) in got
    assert not [t for t, label in got if label in (PLACE, ORG)]


def test_persian_a_foreign_name_opening_a_sentence_before_who():
    source = [
        "دراگان اسکوچیچ که به مدافعان جوانش اعتماد دارد، ترکیب را عوض نکرد.",
        "قیمت نفت که بالا رفت، همه نگران شدند.",
    ]
    got = found("fa", source)
    assert ("دراگان اسکوچیچ", PERSON) in got
    assert not [t for t, label in got if "نفت" in t]
