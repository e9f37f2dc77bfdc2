"""Arabic news pages (issue 10, round 17): roles that look like names, spans
that run over ordinary words, clubs in a match report, finance bodies and
one-word junk. Real name tables, on sentences written for these tests."""

from __future__ import annotations

from reader.core.entities import ORG, PERSON, PLACE, recognise_article


def mentions(paragraphs):
    return [(m.paragraph, m.text, m.label) for m in recognise_article("ar", paragraphs)]


# --- "كبير" + a definite noun is a role (chief X); "الشيخ زايد" in a list of places ---


def test_chief_before_a_definite_noun_is_a_role_and_the_name_after_it_a_person():
    paragraphs = [
        "وقال كبير الإداريين الماليين زياد المرشد إن الشركة حققت أرباحا قياسية.",
        "وقال كبير المفاوضين الفلسطينيين صائب عريقات إن المحادثات توقفت.",
        "وقال كبير الاقتصاديين في بنك الرياض نايف الغيث إن التضخم تراجع.",
        "وأكدت كبيرة المستشارين منى الحربي أن الخطة جاهزة.",
    ]
    got = mentions(paragraphs)
    assert not [m for m in got if "كبير" in m[1]]
    assert (0, "زياد المرشد", PERSON) in got
    assert (3, "منى الحربي", PERSON) in got
    # the people the chief heads are no company
    assert not [m for m in got if m[1] in ("الاقتصاديين", "المستشارين")]


def test_big_as_an_adjective_stays_an_ordinary_word():
    got = mentions(["وحقق الفريق نجاحا كبيرا، وقال المدرب إن العمل كبير جدا."])
    assert not [m for m in got if m[2] == PERSON]


def test_a_title_and_name_the_gazetteer_knows_as_a_place_in_a_list_of_places():
    got = mentions(["وتنتشر المشروعات في مدينة نصر والشيخ زايد وأكتوبر."])
    assert (0, "الشيخ زايد", PLACE) in got
    assert not [m for m in got if m[2] == PERSON]
    # the Sheikh himself, speaking, stays a person
    got = mentions(["واستقبل الشيخ زايد بن سلطان الوفد في أبوظبي."])
    assert (0, "زايد بن سلطان", PERSON) in got


# --- a name or organisation run stops at a verb, an accusative, an ordinary definite noun ---


def test_an_organisation_stops_at_a_future_verb():
    got = mentions(["وقالت الفيفا إن لجنة الأخلاقيات ستدرس الشكوى الأسبوع المقبل."])
    assert (0, "لجنة الأخلاقيات", ORG) in got
    assert not [m for m in got if "ستدرس" in m[1] or "الشكوى" in m[1]]


def test_no_name_runs_over_an_indefinite_accusative_or_a_past_verb():
    got = mentions(["وتوقع 25 محللاً استطلعت بلومبرغ آراءهم أن يبقى سعر الفائدة ثابتا."])
    assert not [m for m in got if "محلل" in m[1] or "استطلعت" in m[1]]


def test_a_definite_head_takes_no_ordinary_definite_noun_as_its_name():
    # "the bank raises the interest rate": the object is no part of a name
    got = mentions(["وتوقع المحللون أن يرفع البنك الفائدة، فيما أبقى البنك المركزي المصري على سياسته."])
    assert not [m for m in got if "الفائدة" in m[1]]
    assert (0, "البنك المركزي المصري", ORG) in got


# --- clubs in a match report ---


def test_clubs_of_a_match_report_are_organisations_not_people_or_towns():
    paragraphs = [
        "وفاز الرجاء الرياضي على نهضة بركان بهدفين دون رد، في مباراة شهدت إلغاء هدف للرجاء بداعي التسلل.",
        "ويستعد الوداد لمواجهة الرجاء في الديربي المقبل، ويأمل مدرب الوداد في تحقيق الفوز.",
        "وتعادل فريق مولودية وجدة مع أولمبيك آسفي، فيما خسر شباب المحمدية أمام اتحاد طنجة.",
        "وسجل المهاجم يسري بوزوق الهدف الأول، فيما تألق الحارس جلال جيد.",
    ]
    got = mentions(paragraphs)
    assert (0, "الرجاء الرياضي", ORG) in got
    assert (0, "نهضة بركان", ORG) in got
    assert not [m for m in got if "بداعي" in m[1] or "التسلل" in m[1]]
    assert [m for m in got if m[0] == 0 and m[1].endswith("رجاء") and m[2] == ORG and m[1] != "الرجاء"]
    assert (1, "الوداد", PERSON) not in got
    assert [m for m in got if m == (1, "الوداد", ORG)] == [(1, "الوداد", ORG)] * 2
    assert not [m for m in got if "الديربي" in m[1]]
    assert (2, "أولمبيك آسفي", ORG) in got
    assert (2, "شباب المحمدية", ORG) in got
    assert (3, "يسري بوزوق", PERSON) in got
    assert (3, "جلال جيد", PERSON) in got


def test_the_youth_of_a_town_outside_a_match_stays_the_town():
    got = mentions(["وطالب شباب المحمدية بفرص عمل في المصانع الجديدة."])
    assert (0, "المحمدية", PLACE) in got


# --- finance: the exchange, company kinds, agencies, the Kingdom ---


def test_finance_bodies_agencies_and_the_kingdom():
    paragraphs = [
        "وأغلق مؤشر تداول السعودية مرتفعا، فيما صعد سهم الراجحي المالية بنسبة 3 في المئة.",
        "وقالت شركة الراجحي المالية إن أرباحها ارتفعت، كما أعلنت مجموعة صافولا القابضة نتائجها.",
        "وتوقع 25 محللاً استطلعت بلومبرغ آراءهم أن يبقى سعر الفائدة ثابتا، وفق رويترز.",
        "وتسعى المملكة إلى تنويع اقتصادها بعيدا عن النفط.",
    ]
    got = mentions(paragraphs)
    assert (0, "تداول السعودية", ORG) in got
    assert (0, "الراجحي المالية", ORG) in got
    assert (1, "الراجحي المالية", ORG) in got
    assert (1, "صافولا القابضة", ORG) in got
    assert (2, "بلومبرغ", ORG) in got
    assert (2, "رويترز", ORG) in got
    assert (3, "المملكة", PLACE) in got
    assert not [m for m in got if m[2] == PERSON]


def test_an_agency_no_list_knows_after_according_to():
    got = mentions(["وارتفعت الأسعار بنسبة كبيرة، بحسب كوميرسانت، في الأسبوع الماضي."])
    assert (0, "كوميرسانت", ORG) in got


def test_the_kingdom_outside_a_saudi_page_and_the_united_kingdom():
    assert not [m for m in mentions(["وتعد المملكة من أكثر الدول جفافا في المنطقة."]) if m[1] == "المملكة"]
    got = mentions(["وزار الوفد السعودي المملكة المتحدة الأسبوع الماضي."])
    assert (0, "المملكة", PLACE) not in got


# --- one-word junk: a described speaker, a describing adjective, a fragment, a project ---


def test_one_word_descriptions_and_fragments_are_no_names():
    paragraphs = [
        "وقالت الشاهدة أمام المحكمة إنها رأت المتهم يغادر المنزل.",
        "وتعد أرامكو أكبر شركة منتجة للنفط في العالم.",
        "وتحدث المزارعون عن محاصيلهم وطريقة بيعهم، ثم غادروا السوق.",
        "وأطلقت الشركة مشروع ريفيرا كابيتال في القاهرة الجديدة، ويضم مشروع ريفيرا 500 وحدة سكنية.",
    ]
    got = mentions(paragraphs)
    assert not [m for m in got if m[1] in ("الشاهدة", "منتجة", "يعهم", "ريفيرا")]
    assert (1, "أرامكو", ORG) in got
    assert (3, "القاهرة الجديدة", PLACE) in got


def test_a_speaker_whose_name_is_a_definite_word_stays_a_person():
    got = mentions(["وقال أحمد الناصر إن المشروع تأخر، وأضاف الناصر أن العمل سيستأنف."])
    assert (0, "أحمد الناصر", PERSON) in got
