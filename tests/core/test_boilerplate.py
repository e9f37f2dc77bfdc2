"""Plain-text clutter removal (reader.core.boilerplate), titles, dates and
languages of imported text. Every line here was written for these tests."""

import pytest
from conftest import seed_path

from reader.core import boilerplate
from reader.core.boilerplate import classify, hard_reason
from reader.core.dates import find_date
from reader.core.importer import article_from_text, detect_language, import_file

# Prose paragraphs per language (the article body around the clutter).
BODY = {
    "he": [
        "הממשלה אישרה הערב את התוכנית החדשה לשיפור התחבורה הציבורית בערים הגדולות, אחרי דיון ארוך שנמשך כמה שעות.",
        "לפי התוכנית, יתווספו מאות אוטובוסים חדשים בשנה הבאה, והתדירות בקווים המרכזיים תגדל כמעט פי שניים.",
        "ראשי הערים בירכו על ההחלטה, אך אמרו כי הם מחכים לראות אם התקציב אכן יועבר בזמן.",
    ],
    "ar": [
        "أعلنت الحكومة اليوم عن خطة جديدة لتحسين النقل العام في المدن الكبرى، بعد نقاش طويل استمر عدة ساعات.",
        "وبحسب الخطة، ستتم إضافة مئات الحافلات الجديدة خلال العام المقبل، كما سيتضاعف عدد الرحلات على الخطوط الرئيسية.",
        "ورحب رؤساء البلديات بالقرار، لكنهم قالوا إنهم ينتظرون ليروا ما إذا كانت الميزانية ستصل في موعدها.",
    ],
    "fa": [
        "دولت امروز از برنامه تازه‌ای برای بهبود حمل و نقل عمومی در شهرهای بزرگ خبر داد که پس از چند ساعت بحث تصویب شد.",
        "بر اساس این برنامه، سال آینده صدها اتوبوس تازه به ناوگان اضافه می‌شود و تعداد سفرها در خطوط اصلی دو برابر خواهد شد.",
        "شهرداران از این تصمیم استقبال کردند، اما گفتند منتظر می‌مانند تا ببینند بودجه به موقع پرداخت می‌شود یا نه.",
    ],
    "ur": [
        "حکومت نے آج بڑے شہروں میں پبلک ٹرانسپورٹ بہتر بنانے کے لیے ایک نئے منصوبے کا اعلان کیا ہے جس پر کئی گھنٹے بحث ہوئی۔",
        "منصوبے کے مطابق اگلے سال سینکڑوں نئی بسیں شامل کی جائیں گی اور بڑے روٹس پر بسوں کی تعداد دگنی ہو جائے گی۔",
        "میئرز نے اس فیصلے کا خیر مقدم کیا لیکن کہا کہ وہ دیکھنا چاہتے ہیں کہ بجٹ وقت پر ملتا ہے یا نہیں۔",
    ],
    "fr": [
        "Le gouvernement a présenté ce mardi un nouveau plan pour améliorer les transports publics dans les grandes villes du pays.",
        "Selon ce plan, des centaines de bus supplémentaires seront mis en service l'an prochain et la fréquence doublera sur les lignes principales.",
        "Les maires ont salué la décision, mais ils attendent de voir si le budget sera bien versé à temps.",
    ],
    "nl": [
        "Het kabinet heeft dinsdag een nieuw plan gepresenteerd om het openbaar vervoer in de grote steden te verbeteren.",
        "Volgens het plan komen er volgend jaar honderden nieuwe bussen bij en wordt de frequentie op de hoofdlijnen verdubbeld.",
        "De burgemeesters zijn blij met het besluit, maar wachten af of het geld ook op tijd wordt overgemaakt.",
    ],
}

# Lines that say what they are, per language, with the reason expected.
CLUTTER = {
    "he": [
        ("צילום: דנה לוי, פלאש 90", "credit"),
        ("קראו עוד: המחירים בסופר עלו שוב החודש", "promo"),
        ("הצטרפו לערוץ הטלגרם שלנו", "promo"),
        ("כל הזכויות שמורות © 2024", "site"),
        ("{title}", "template"),
    ],
    "ar": [
        ("تصوير: أحمد علي", "credit"),
        ("اقرأ أيضا: ارتفاع أسعار الخبز في الأسواق", "promo"),
        ("شارك", "promo"),
        ("جميع الحقوق محفوظة © 2024", "site"),
    ],
    "fa": [
        ("عکس: ایرنا", "credit"),
        ("بیشتر بخوانید: قیمت نان دوباره بالا رفت", "promo"),
        ("کد خبر: ۲۳۴۵۶۷", "site"),
        ("به کانال ما در تلگرام بپیوندید", "promo"),
    ],
    "ur": [
        ("تصویر: فائل فوٹو", "credit"),
        ("مزید پڑھیں: پٹرول کی قیمت میں اضافہ", "promo"),
        ("جملہ حقوق محفوظ ہیں © 2024", "site"),
    ],
    "fr": [
        ("Photo : AFP", "credit"),
        ("Lire aussi : la grève continue dans les transports", "promo"),
        ("Partager Facebook Twitter", "promo"),
        ("© 2024 Le Journal - Tous droits réservés", "site"),
        ("Abonnez-vous à notre newsletter", "promo"),
    ],
    "nl": [
        ("Foto: ANP", "credit"),
        ("Lees ook: Staking in het openbaar vervoer gaat door", "promo"),
        ("Delen", "promo"),
        ("© 2024 De Krant. Alle rechten voorbehouden", "site"),
    ],
}


@pytest.mark.parametrize("language", sorted(CLUTTER))
def test_lines_that_say_what_they_are_are_clutter_in_each_language(language):
    for line, reason in CLUTTER[language]:
        assert hard_reason(line) == reason, line
    for line in BODY[language]:
        assert hard_reason(line) is None, line


@pytest.mark.parametrize("language", sorted(BODY))
def test_a_page_keeps_its_article_and_loses_its_chrome(language):
    headline = {
        "he": "הממשלה אישרה תוכנית חדשה לתחבורה הציבורית בערים",
        "ar": "الحكومة تعلن خطة جديدة للنقل العام في المدن الكبرى",
        "fa": "دولت برنامه تازه حمل و نقل عمومی را تصویب کرد",
        "ur": "حکومت کا بڑے شہروں میں پبلک ٹرانسپورٹ کا نیا منصوبہ",
        "fr": "Transports : le gouvernement présente un plan pour les grandes villes",
        "nl": "Kabinet presenteert plan voor beter openbaar vervoer in de steden",
    }[language]
    lines = (
        ["Menu | Home | Sport", headline]
        + BODY[language][:2]
        + [line for line, _ in CLUTTER[language][:2]]
        + BODY[language][2:]
        + [line for line, _ in CLUTTER[language][2:]]
    )
    result = classify(lines, language)
    kept = [lines[i] for i in result.kept]
    assert kept == [headline] + BODY[language]
    assert result.headline == 1
    assert {b.text for b in result.removed} == set(lines) - set(kept)


def test_a_short_subheading_and_a_one_line_quote_inside_the_body_stay():
    body = BODY["fr"]
    lines = [body[0], "Un plan attendu", body[1], "« Enfin ! »", body[2]]
    assert classify(lines, "fr").kept == [0, 1, 2, 3, 4]


def test_a_repeated_block_is_kept_once_the_first_time():
    body = BODY["ar"]
    lines = body + ["قد تحتوي هذه الصفحة على محتوى من جهات خارجية، يتم تقديمه لأغراض إعلامية فقط."] + body
    result = classify(lines, "ar")
    assert [lines[i] for i in result.kept] == body
    assert [b.reason for b in result.removed] == ["site", "repeat", "repeat", "repeat"]


def test_the_comment_section_and_everything_after_it_goes():
    body = BODY["he"]
    comments = [
        "תגובות",
        "1. משה, חיפה",
        "סוף סוף החלטה נכונה של הממשלה, הגיע הזמן שמישהו יטפל בזה ברצינות.",
        "לפני 3 שעות",
        "שפה פוגענית",
        "הסתה",
        "דיבה",
        "אחר",
    ]
    result = classify(body + comments, "he")
    assert result.kept == [0, 1, 2]
    assert all(b.reason in ("comments", "promo") for b in result.removed)


def test_a_ticker_before_the_headline_is_clutter_and_not_the_title():
    ticker = [
        "عاجل",
        "وزير المالية يصل إلى القاهرة في زيارة رسمية قصيرة",
        "ارتفاع أسعار الذهب في السوق المحلية بنسبة واحد بالمئة",
        "انقطاع المياه عن حيين في العاصمة بسبب أعمال صيانة",
        "المنتخب يفوز على ضيفه بثلاثة أهداف في مباراة ودية",
    ]
    headline = "الحكومة تعلن خطة جديدة للنقل العام في المدن الكبرى"
    result = classify(ticker + [headline] + BODY["ar"], "ar")
    assert result.kept == [5, 6, 7, 8]
    assert result.headline == 5


def test_restored_blocks_are_kept():
    lines = BODY["nl"] + ["Foto: ANP"]
    assert classify(lines, "nl").kept == [0, 1, 2]
    assert classify(lines, "nl", keep={boilerplate.block_hash("foto: anp")}).kept == [0, 1, 2, 3]


def test_the_arabic_sample_shows_each_paragraph_once():
    article = import_file(seed_path("002"))
    texts = [p.text for p in article.paragraphs]
    assert len(texts) == len(set(texts))
    assert sum(b.reason == "repeat" for b in article.removed_blocks) >= 50


def test_the_samples_keep_every_line_of_their_articles():
    """Nothing but clutter leaves the samples: every removed block has a
    reason and the kept text is the sample's lines in order."""
    for prefix in ("000", "001", "002", "003", "004"):
        path = seed_path(prefix)
        article = import_file(path)
        from reader.core.text import split_paragraphs

        original = split_paragraphs(path.read_text(encoding="utf-8").replace(" date 2023-11 ", ""))
        removed = {b.position for b in article.removed_blocks}
        assert [p.text for p in article.paragraphs] == [t for i, t in enumerate(original) if i not in removed]
        assert all(b.reason for b in article.removed_blocks)


# --- titles, dates, languages -------------------------------------------------------


def test_title_skips_the_site_name_and_an_author_tag():
    lines = ["RMC", "PL", "Transports : le gouvernement présente un plan pour les grandes villes"] + BODY[
        "fr"
    ]
    article = article_from_text("\n".join(lines), "text", source_path=None, encoding="utf-8")
    assert article.title == lines[2]


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Publié le 5 mars 2024 à 10h12", "2024-03-05"),
        ("Gepubliceerd op 5 maart 2024", "2024-03-05"),
        ("פורסם ב-5 במרץ 2024", "2024-03-05"),
        ("الثلاثاء 12 مارس 2024 - 03:15 م", "2024-03-12"),
        ("تاریخ انتشار: ۱۵ اسفند ۱۴۰۲", "2024-03-05"),
        ("05.03.2024 | 18:22", "2024-03-05"),
        ("© 2024 Le Journal", None),
        ("כל הזכויות שמורות 2024", None),
    ],
)
def test_dates_in_article_lines(line, expected):
    assert find_date(line) == expected


def test_a_copyright_year_is_never_the_date():
    text = "\n".join(BODY["fr"] + ["© 2024 Le Journal - Tous droits réservés"])
    assert article_from_text(text, "text", source_path=None, encoding="utf-8").date is None
    html = (
        "<html><body><article><h1>Un titre</h1>"
        + "".join(f"<p>{p}</p>" for p in BODY["fr"])
        + "</article><footer>© 2024 Le Journal</footer></body></html>"
    )
    assert article_from_text(html, "html", source_path=None, encoding="utf-8").date is None


def test_html_extraction_failure_falls_back_to_the_page_text(monkeypatch):
    import trafilatura

    def broken(*args, **kwargs):
        raise ImportError("no module named lxml.html.clean")

    monkeypatch.setattr(trafilatura, "extract", broken)
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in BODY["nl"]) + "</body></html>"
    article = article_from_text(html, "html", source_path=None, encoding="utf-8")
    assert [p.text for p in article.paragraphs] == BODY["nl"]
    assert any("extraction failed" in w for w in article.warnings)


YIDDISH = (
    "דער בירגערמייסטער האָט געזאָגט, אַז די שטאָט וועט בויען נײַע הײַזער פֿאַר יונגע משפּחות, "
    "און אַז די ערשטע וווינונגען זאָלן זײַן גרייט נאָך אין דעם יאָר. ער איז ניט זיכער, "
    "אָבער ער האָפֿט אויף דער הילף פֿון דער רעגירונג."
)


def test_yiddish_hebrew_persian_arabic_urdu_are_told_apart():
    assert detect_language(YIDDISH) == "yi"
    assert detect_language(" ".join(BODY["he"])) == "he"
    assert detect_language(" ".join(BODY["fa"])) == "fa"
    assert detect_language(" ".join(BODY["ar"])) == "ar"
    assert detect_language(" ".join(BODY["ur"])) == "ur"


def test_an_article_in_a_language_without_any_pack_imports_and_is_named():
    from reader.core.languages import language_name

    article = article_from_text(YIDDISH, "text", source_path=None, encoding="utf-8")
    assert article.language == "yi" and article.paragraphs
    assert (language_name("yi"), language_name("fa"), language_name("ur")) == ("Yiddish", "Persian", "Urdu")


def test_a_comment_link_near_the_top_does_not_cut_the_article():
    body = BODY["fr"] + [
        "Le ministre a promis une première évaluation du plan à la fin de l'année, à 18h30 devant la commission.",
        "Les associations d'usagers, elles, demandent surtout des trains à l'heure et des bus qui passent.",
    ]
    lines = [
        "Transports : le gouvernement présente un plan pour les grandes villes",
        body[0],
        "Réagir",
        *body[1:],
        "Commentaires",
        "Marc · 12.03.2024 14:22",
        "Enfin une bonne nouvelle.",
        "Répondre",
    ]
    result = classify(lines, "fr")
    assert [lines[i] for i in result.kept] == [lines[0], *body]
    assert {b.reason for b in result.removed} <= {"comments", "promo"}


def test_a_headline_ending_a_ticker_keeps_its_long_subtitle_below():
    ticker = [
        "En continu",
        "Incendie dans un entrepôt près de Lyon, aucun blessé",
        "La Bourse de Paris termine en légère hausse ce vendredi",
        "Météo : de fortes pluies attendues sur la Bretagne ce week-end",
    ]
    headline = "Le tramway roulera-t-il le dimanche ? La décision est repoussée"
    subtitle = (
        "La commission d'urbanisme a reporté sa décision sur le service du dimanche, "
        "après les objections de riverains et de plusieurs élus"
    )
    lines = ticker + [headline, subtitle, "Par Claire Martin"] + BODY["fr"]
    result = classify(lines, "fr")
    assert result.headline == 4
    assert [lines[i] for i in result.kept] == [headline, subtitle, *BODY["fr"]]


def test_bylines_stamps_and_agency_credits_under_a_lead_go():
    lead = (
        "Le texte, qui vise à réduire les prélèvements agricoles de 10 % d'ici à 2030, "
        "doit maintenant être examiné par l'Assemblée nationale."
    )
    chrome = [
        "Le Quotidien avec AFP",
        "Publié aujourd'hui à 10h05, modifié à 11h20",
        "Lecture 3 min.",
        "Article réservé aux abonnés",
        "Ajouter à vos sélections",
    ]
    lines = [
        "Le Sénat adopte le projet de loi sur l'eau",
        lead,
        *chrome,
        BODY["fr"][0],
        "Un rendez-vous à 18h30",
        "L'AP-HP sous pression",
        *BODY["fr"][1:],
    ]
    result = classify(lines, "fr")
    assert {b.text for b in result.removed} == set(chrome)  # subheadings stay, with a time or an acronym


def test_markdown_front_matter_gives_title_and_date_and_is_not_text(tmp_path):
    page = tmp_path / "page.md"
    page.write_text(
        '---\ntitle: "Kabinet presenteert plan voor de steden"\ndate: 2024-05-21\nauthor: X\n---\n'
        + "\n\n".join(BODY["nl"]),
        encoding="utf-8",
    )
    article = import_file(page)
    assert (article.title, article.date) == ("Kabinet presenteert plan voor de steden", "2024-05-21")
    assert [p.text for p in article.paragraphs] == BODY["nl"]


# --- rules from the held-out pages (tests/data/import_holdout) ------------------------


@pytest.mark.parametrize(
    "line",
    [
        "توضیح تصویر،مأموران امداد در حال پاک کردن جاده پس از سیل",
        "،تصویر کا کیپشنکراچی میں بارش کے بعد سڑکوں پر پانی جمع ہو گیا",
        "Image caption,Firefighters worked through the night",
        "مصدر الصورة,Reuters",
        "وزير الخارجية خلال لقاء سابق مع نظيره الفرنسي (أرشيفية)",
        "De burgemeester tijdens een raadsvergadering (archief)",
    ],
)
def test_caption_labels_and_archive_markers_are_credits(line):
    assert hard_reason(line) == "credit"


@pytest.mark.parametrize(
    "line",
    [
        "09:05",
        "17.42",
        "10h47",
        "6 h 05",
        "לפני 12 דקות",
        "منذ ساعتين",
        "۵ دقیقه پیش",
        "10 منٹ پہلے",
        "il y a 5 min",
        "20 minuten geleden",
        "3 hours ago",
    ],
)
def test_a_live_blog_stamp_alone_on_its_line_is_site_chrome(line):
    assert hard_reason(line) == "site"


def test_a_footnote_under_the_article_is_site_chrome_and_a_number_in_prose_is_not():
    assert hard_reason("[2] Rapport annuel de la Cour des comptes, février 2023.") == "site"
    assert hard_reason("Le déficit atteint 5,5 % du PIB, selon la Cour des comptes.") is None


def test_a_poll_and_its_answers_inside_the_body_go():
    body = BODY["he"]
    poll = ["סקר: האם אתם מרוצים מהתחבורה הציבורית?", "כן 40%", "לא 60%", "הצביעו 1,024 גולשים"]
    lines = ["הממשלה אישרה תוכנית חדשה לתחבורה הציבורית בערים", *body[:2], *poll, body[2]]
    result = classify(lines, "he")
    assert [lines[i] for i in result.kept] == [lines[0], *body]
    assert {b.reason for b in result.removed} == {"poll"}


def test_a_line_reporting_a_poll_is_not_a_poll_widget():
    assert hard_reason("Sondage : le RN en tête avec 32 % des intentions de vote") is None


@pytest.mark.parametrize(
    "language, byline, bio",
    [
        (
            "fr",
            "Par Claire Martin",
            "Claire Martin est journaliste au service économie depuis 2020. Elle suit les transports.",
        ),
        ("nl", "Redactie", "Joris van der Berg is onderwijsredacteur en schrijft over scholen en studenten."),
        ("he", "מאת דנה לוי", "דנה לוי היא כתבת התחבורה של האתר ומסקרת את משרד התחבורה מאז 2021."),
        ("ar", "كتب سامي خليل", "سامي خليل صحفي متخصص في شؤون النقل والبنية التحتية."),
        ("fa", "گزارش: مریم رضایی", "مریم رضایی خبرنگار حوزه شهری است و درباره حمل و نقل می‌نویسد."),
    ],
)
def test_the_authors_biography_under_the_article_goes(language, byline, bio):
    headline = "Headline line for the test page with several words"
    lines = [headline, byline, *BODY[language], bio]
    result = classify(lines, language)
    assert [lines[i] for i in result.kept] == [headline, *BODY[language]]
    assert [b.reason for b in result.removed if b.text == bio] == ["author"]


@pytest.mark.parametrize(
    "language, closing",
    [
        ("fr", "Son frère est journaliste à Lyon et suit l'affaire de près depuis le début."),
        ("fr", "Le journaliste a été libéré mardi soir après trois semaines de détention."),
        ("ar", "وقال مراسل الجزيرة إن الشرطة أغلقت الطريق المؤدي إلى المطار."),
        ("he", "אחיו הוא עיתונאי בחיפה, והוא זה שחשף את הפרשה לפני שנה."),
    ],
)
def test_a_closing_paragraph_about_a_journalist_is_not_a_biography(language, closing):
    lines = [
        "Headline line for the test page with several words",
        "Par Claire Martin",
        *BODY[language],
        closing,
    ]
    assert classify(lines, language).kept[-1] == len(lines) - 1


def test_a_caption_above_its_credit_is_neither_the_headline_nor_kept():
    headline = "Le gouvernement lance un plan pour les transports dans les grandes villes"
    caption = "Le ministre des Transports lors de la présentation du plan à la gare de Lyon"
    lines = ["Actu Express", headline, "Par Claire Martin", caption, "© Actu Express / DR", *BODY["fr"]]
    article = article_from_text("\n".join(lines), "text", source_path=None, encoding="utf-8")
    assert article.title == headline
    assert [p.text for p in article.paragraphs] == [headline, *BODY["fr"]]


def test_a_headline_right_above_a_credit_stays_the_headline():
    headline = "Le gouvernement lance un plan pour les transports dans les grandes villes"
    lines = ["Actu Express", headline, "Photo : AFP", *BODY["fr"]]
    result = classify(lines, "fr")
    assert result.headline == 1 and 1 in result.kept


def test_a_recommended_list_in_the_body_goes_with_its_end_marker():
    body = BODY["fa"]
    recommended = [
        "مطالب پیشنهادی",
        "چرا قیمت بلیت اتوبوس در تهران دو برابر شد؟",
        "روایت رانندگان تاکسی از روزهای بی‌مسافر در شهر",
        "پایان مطالب پیشنهادی",
    ]
    lines = ["دولت برنامه تازه حمل و نقل عمومی را تصویب کرد", body[0], *recommended, *body[1:]]
    result = classify(lines, "fa")
    assert [lines[i] for i in result.kept] == [lines[0], *body]


def test_a_script_page_quoting_english_at_length_keeps_its_language():
    quote = (
        '"We will not accept any agreement that leaves people behind, and we have made that clear to every '
        "partner in the region and to our friends abroad, who understand that this is not a negotiating "
        'position but an obligation that no government could ever abandon," he told the delegation.'
    )
    assert detect_language("\n".join(BODY["he"][:2] + [quote] + BODY["he"][2:])) == "he"
    assert detect_language("\n".join(BODY["ar"][:2] + [quote] + BODY["ar"][2:])) == "ar"
    assert (
        detect_language(
            "\n".join(
                BODY["fr"][:2] + ["« الله أكبر، هذا يوم عظيم », a crié un manifestant."] + BODY["fr"][2:]
            )
        )
        == "fr"
    )


def test_urdu_with_many_english_words_and_persian_with_quran_quotes():
    urdu = (
        "وزیر خزانہ نے کہا کہ IMF program کے تحت budget deficit کو کم کرنا ضروری ہے اور tax base کو "
        "broaden کرنا ہوگا۔ انہوں نے کہا کہ foreign direct investment اور export growth پر focus کیا جائے گا۔"
    )
    persian = (
        "سخنران در پایان مراسم آیه «إِنَّ اللَّهَ مَعَ الصَّابِرِينَ» و آیه «إِنَّ مَعَ الْعُسْرِ يُسْرًا» را خواند "
        "و گفت که مردم این شهر در سال‌های سخت نیز کنار هم ایستاده‌اند."
    )
    assert detect_language(urdu) == "ur"
    assert detect_language(persian) == "fa"


@pytest.mark.parametrize(
    "text, language",
    [
        ("הכנסת אישרה את החוק.", "he"),
        ("דער רבי האט גערעדט מיט די קינדער.", "yi"),
        ("ارتفاع أسعار الذهب", "ar"),
        ("قیمت طلا بالا رفت", "fa"),
        ("سونے کی قیمت بڑھ گئی", "ur"),
        ("Grève à la SNCB", "fr"),
        ("Staking bij de NMBS", "nl"),
    ],
)
def test_languages_of_very_short_pages(text, language):
    assert detect_language(text) == language


def test_the_samples_lose_nothing_to_the_rules_for_bios_polls_captions_and_stamps():
    """Paragraph counts of the five samples, checked by hand when these rules
    came in: only the Arabic repeats, the comment section and a few credit,
    promo and notice lines are set aside."""
    kept = {
        prefix: len(import_file(seed_path(prefix)).paragraphs)
        for prefix in ("000", "001", "002", "003", "004")
    }
    assert kept == {"000": 12, "001": 11, "002": 56, "003": 20, "004": 67}


def test_a_table_of_contents_goes_and_its_subheadings_below_stay():
    body = BODY["fr"]
    lines = [
        "Transports : le gouvernement présente un plan pour les grandes villes",
        "Sommaire",
        "Un plan attendu",
        "Ce que disent les maires",
        body[0],
        "Un plan attendu",
        body[1],
        "Ce que disent les maires",
        body[2],
    ]
    result = classify(lines, "fr")
    assert result.kept == [0, 4, 5, 6, 7, 8]
    assert [b.reason for b in result.removed] == ["contents"] * 3


def test_a_read_more_box_inside_the_article_does_not_end_it():
    body = BODY["he"]
    lines = [
        "הממשלה אישרה תוכנית חדשה לתחבורה הציבורית בערים",
        body[0],
        body[1],
        "עוד בנושא:",
        "נהגי האוטובוסים מאיימים בשביתה כללית בשבוע הבא",
        body[2],
    ]
    result = classify(lines, "he")
    assert [lines[i] for i in result.kept] == [lines[0], *body]


def test_visitor_comments_under_an_arabic_article_go_with_their_header():
    body = BODY["ar"]
    comments = [
        "تعليقات الزوار",
        "مواطن من الدار البيضاء",
        "منذ ساعتين",
        "نتمنى أن تنفذ هذه الوعود فعلا هذه المرة وألا تبقى مجرد كلام في الهواء.",
    ]
    lines = ["الحكومة تعلن خطة جديدة للنقل العام في المدن الكبرى", *body, "إعلانات", *comments]
    result = classify(lines, "ar")
    assert [lines[i] for i in result.kept] == [lines[0], *body]


@pytest.mark.parametrize(
    "line, expected",
    [
        ("۲۳ حوت ۱۴۰۲", "2024-03-13"),  # Afghan solar month names
        ("۱ حمل ۱۴۰۳", "2024-03-20"),
        ("14 مارچ ، 2024", "2024-03-14"),  # Urdu sites set the comma apart
    ],
)
def test_afghan_months_and_a_spaced_comma_before_the_year(line, expected):
    assert find_date(line) == expected


def test_an_afghan_month_name_that_is_a_word_is_no_date_without_day_and_year():
    assert find_date("این میزان کمک برای سال آینده کافی نیست") is None


@pytest.mark.parametrize(
    "line, expected",
    [
        ("الجمعة 20 نونبر 2020 - 09:00", "2020-11-20"),  # Moroccan month names
        ("الثلاثاء 10 شتنبر 2013", "2013-09-10"),
        ("12 جوان 2023", "2023-06-12"),  # Algerian and Tunisian ones
        ("3 جانفي 2024", "2024-01-03"),
    ],
)
def test_maghreb_month_names(line, expected):
    assert find_date(line) == expected


def test_a_script_token_left_in_the_text_is_a_template_leftover():
    assert hard_reason("site_ssr_page_has_been_loaded") == "template"
    assert hard_reason("Le plan_B du gouvernement") is None


def test_a_headline_given_twice_starts_the_article_and_site_prose_above_it_goes():
    headline = "Kabinet presenteert plan voor beter openbaar vervoer in de steden"
    site = "Omdat wij ook een webmaildienst aanbieden, vragen we je eenmalig je voorkeur op te geven voor je account."
    lines = ["Webmail", "Kies je webmail", site, headline, headline, *BODY["nl"]]
    result = classify(lines, "nl")
    assert [lines[i] for i in result.kept] == [headline, *BODY["nl"]]
    assert result.headline == 3


def test_teasers_of_other_articles_with_their_age_end_the_article():
    teasers = [
        "Meer uit Binnenland",
        "UTRECHT - De gemeente wil het centrum autovrij maken, maar winkeliers zijn bang voor minder klanten en omzet.",
        "2 uur geledenAMSTERDAM - Het aantal fietsendiefstallen is vorig jaar flink gedaald, meldt de politie vandaag.",
        "5 uur geledenDEN HAAG - De Tweede Kamer wil meer geld voor het onderhoud van bruggen en sluizen in het land.",
    ]
    lines = ["Kabinet presenteert plan voor beter openbaar vervoer in de steden", *BODY["nl"], *teasers]
    result = classify(lines, "nl")
    assert [lines[i] for i in result.kept] == [lines[0], *BODY["nl"]]
    assert {b.reason for b in result.removed} == {"related"}


@pytest.mark.parametrize(
    "line",
    [
        "Deze browser wordt niet ondersteund voor het afspelen van video. Update je browser om de video te bekijken.",
        "Votre navigateur ne prend pas en charge la lecture de cette vidéo.",
        "This media is not supported in your browser",
        "Liveblog gesloten",
        "/انتهى/",
        "انتهای پیام",
    ],
)
def test_player_notices_and_end_markers_are_site_chrome(line):
    assert hard_reason(line) == "site"


def test_an_arabic_sentence_starting_with_ended_is_prose():
    assert hard_reason("انتهى الاجتماع بعد ثلاث ساعات دون التوصل إلى اتفاق بين الطرفين.") is None


@pytest.mark.parametrize(
    "line, expected",
    [
        ("تاریخ انتشار: ۱۸:۵۲ - ۱۸-۰۴-۱۴۰۰", "2021-07-09"),  # an Iranian date in figures
        ("۱۳ جولای ۲۰۲۳", "2023-07-13"),
        ("۲ سپتمبر ۲۰۲۳", "2023-09-02"),  # Dari spellings
        ("۵ فبروری ۲۰۲۴", "2024-02-05"),
        ("۱۰ آگست ۲۰۲۲", "2022-08-10"),
    ],
)
def test_iranian_dates_in_figures_and_dari_month_names(line, expected):
    assert find_date(line) == expected


def test_the_published_line_is_the_date_not_the_sites_date_of_today_above_it():
    lines = [
        "۲۰ آبان ۱۴۰۴",
        "کد خبر: ۷۹۲۸۸۸",
        "تاریخ انتشار: ۱۸-۰۴-۱۴۰۰ - ۱۸:۵۲",
        "دولت برنامه تازه حمل و نقل عمومی را تصویب کرد",
        *BODY["fa"],
    ]
    article = article_from_text("\n".join(lines), "text", source_path=None, encoding="utf-8")
    assert article.date == "2021-07-09"


def test_a_caption_given_twice_in_the_middle_is_no_headline_and_cuts_nothing():
    caption = "پرچم این گروه بر ساختمان سفارت در پایتخت برافراشته شده است"
    lines = [
        "دولت برنامه تازه حمل و نقل عمومی را تصویب کرد",
        *BODY["fa"][:2],
        caption,
        caption,
        BODY["fa"][2],
    ]
    result = classify(lines, "fa")
    assert [lines[i] for i in result.kept] == [lines[0], *BODY["fa"][:2], caption, BODY["fa"][2]]


@pytest.mark.parametrize(
    "line",
    [
        "هذا المحتوى من «صحيفة الغد».. اضغط هنا لقراءة الموضوع الأصلي والتعليق عليه",
        "Cliquez ici pour recevoir nos alertes",
        "Klik hier voor het volledige overzicht",
    ],
)
def test_click_here_lines_are_promos(line):
    assert hard_reason(line) == "promo"


def test_a_script_pasted_with_the_text_is_no_prose():
    assert (
        hard_reason("function getSegments() { if ('segments' in localStorage) { let x = 1; } }") == "template"
    )
    assert hard_reason("La fonction publique (var. 3 %) a été réformée; le texte est voté.") is None


def test_month_names_with_the_arabic_or_the_persian_yeh():
    assert find_date("شائع 15 اپريل 2024") == find_date("شائع 15 اپریل 2024") == "2024-04-15"
    assert find_date("۱۰ دي ۱۴۰۲") == "2023-12-31"


def test_a_page_whose_paragraphs_lost_their_full_stops_still_has_a_head_and_a_tail():
    body = [line.rstrip(".") for line in BODY["ar"]]
    lines = [
        "بوابة الأخبار",
        "الرئيسية | محافظات | حوادث | رياضة",
        "الحكومة تعلن خطة جديدة للنقل العام في المدن الكبرى",
        *body,
        "كلمات دالة",
        "النقل العام",
        "تعليقات القراء",
        "أحمد: خطوة ممتازة ونتمنى التنفيذ",
    ]
    article = article_from_text("\n".join(lines), "text", source_path=None, encoding="utf-8")
    assert article.title == lines[2]
    assert [p.text for p in article.paragraphs] == [lines[2], *body]


def test_a_comment_invitation_with_more_words_starts_the_comments():
    lines = [
        "Kabinet presenteert plan voor beter openbaar vervoer in de steden",
        *BODY["nl"],
        "Reageer op dit artikel",
        "Piet R.",
        "Weer een plan zonder de bewoners echt te vragen, waar moeten we straks heen?",
    ]
    result = classify(lines, "nl")
    assert [lines[i] for i in result.kept] == [lines[0], *BODY["nl"]]


def test_the_external_links_notice_is_site_chrome():
    assert hard_reason("بیشتر بخوانید درباره رویکرد ما به لینک‌های خارجی.") in ("site", "promo")
    assert hard_reason("Read about our approach to external linking.") == "site"


@pytest.mark.parametrize(
    "line",
    [
        "Déjà abonné(e) ?",
        "Accédez à tous les articles en illimité.",
        "Al abonnee? Log hier in",
        "Already a subscriber? Sign in",
        "כבר מנויים? התחברו",
    ],
)
def test_paywall_lines_are_promos(line):
    assert hard_reason(line) == "promo"


def test_a_two_sentence_subtitle_is_not_taken_for_the_headline():
    headline = "הממשלה אישרה תוכנית חדשה לתחבורה הציבורית"
    subtitle = "השר הסביר כי העומס בכבישים מחייב פעולה מהירה. התוכנית תעלה שני מיליארד שקל"
    lines = ["ישראל היום", "האזנה לכתבה", headline, subtitle, "נועם ברק", *BODY["he"]]
    article = article_from_text("\n".join(lines), "text", source_path=None, encoding="utf-8")
    assert article.title == headline
    assert [p.text for p in article.paragraphs] == [headline, subtitle, *BODY["he"]]


@pytest.mark.parametrize(
    "line",
    [
        "Fout gezien? Laat het ons weten.",
        "מצאתם טעות בכתבה? כתבו לנו",
        "Vous avez repéré une erreur ? Signalez-la",
        "Stuur ons een tip",
        "מודעה",
    ],
)
def test_newsroom_requests_and_ad_labels_are_promos(line):
    assert hard_reason(line) == "promo"


def test_an_html_articles_closing_biography_goes_but_a_closing_remark_stays():
    def page(last):
        return (
            "<html><body><article><h1>Un plan pour les transports dans les grandes villes</h1>"
            + "".join(f"<p>{p}</p>" for p in BODY["fr"])
            + f"<p>{last}</p></article></body></html>"
        )

    bio = "Léa Martin est journaliste au service économie du journal. Elle suit les transports depuis 2020."
    article = article_from_text(page(bio), "html", source_path=None, encoding="utf-8")
    assert bio not in [p.text for p in article.paragraphs]
    assert [b.reason for b in article.removed_blocks if b.text == bio] == ["author"]
    remark = "Son frère est journaliste à Lyon et suit l'affaire de près depuis le début."
    article = article_from_text(page(remark), "html", source_path=None, encoding="utf-8")
    assert remark in [p.text for p in article.paragraphs]


def test_a_hebrew_biography_without_a_byline_needs_a_first_and_last_name():
    lines = [*BODY["he"], "דנה כץ היא כתבת העירייה של האתר ומסקרת את ענייני התכנון והבנייה."]
    assert classify(lines, "he", extracted=True).kept == [0, 1, 2]
    lines = [*BODY["he"], "אחיו הוא עיתונאי בחיפה, והוא זה שחשף את הפרשה לפני שנה."]
    assert classify(lines, "he", extracted=True).kept == [0, 1, 2, 3]


def test_a_headline_about_a_poll_is_no_poll_widget():
    headline = "Sondage : le gouvernement peut-il encore convaincre les Français ?"
    lines = [headline, "Par Claire Martin", "Publié le 5 mars 2024 à 10h12", *BODY["fr"]]
    result = classify(lines, "fr")
    assert 0 in result.kept and result.headline == 0


def test_a_rubric_the_extractor_left_above_an_html_headline_goes():
    title = "Transports : le gouvernement présente un plan pour les grandes villes"
    html = (
        f"<html><head><title>{title}</title></head><body><article><p>Politique</p><h1>{title}</h1>"
        + "".join(f"<p>{p}</p>" for p in BODY["fr"])
        + "</article></body></html>"
    )
    article = article_from_text(html, "html", source_path=None, encoding="utf-8")
    assert "Politique" not in [p.text for p in article.paragraphs]
    assert [p.text for p in article.paragraphs][-3:] == BODY["fr"]


def test_a_one_line_ticker_with_wide_gaps_is_split_into_headlines_and_goes():
    ticker = (
        "ارتفاع أسعار الذهب في السوق المحلية اليوم    افتتاح معرض الكتاب الدولي بمشاركة واسعة    "
        "الأرصاد تتوقع أمطارا غزيرة على السواحل الشمالية    وزير النقل يتفقد محطة القطارات الجديدة"
    )
    headline = "المنتخب الوطني يتأهل إلى نهائي البطولة العربية للمرة الأولى"
    text = "\n\n".join([ticker, headline, *BODY["ar"]])
    article = article_from_text(text, "text", source_path=None, encoding="utf-8")
    assert article.title == headline
    assert [p.text for p in article.paragraphs] == [headline, *BODY["ar"]]


def test_a_line_with_wide_gaps_inside_prose_is_not_a_ticker():
    prose = (
        "Le conseil a voté le budget.   Les élus de l'opposition ont quitté la salle.   La séance a repris."
    )
    columns = "Nom    Prénom    Ville"  # three words, no headlines
    assert boilerplate.split_ticker_lines(prose) == prose
    assert boilerplate.split_ticker_lines(columns) == columns


@pytest.mark.parametrize(
    "line",
    [
        "תלמידים בחצר בית הספר בבוקר. צילום: אורי לוי",
        "Le marché couvert de Vevey un samedi matin. Photo: Anne Roy",
        "Des manifestants devant le Palais fédéral. (Archives) (KEYSTONE/Pierre Favre)",
        "De kaai in Gent bij laagwater (BELGA/Jan De Smet)",
    ],
)
def test_a_caption_ending_in_its_credit_after_a_sentence_or_an_agency_is_a_credit(line):
    assert hard_reason(line) == boilerplate.CREDIT


@pytest.mark.parametrize(
    "line",
    [
        "Le maire a répondu aux questions des habitants. La photo du projet sera publiée lundi.",
        "De minister (CD&V) wil de regels aanpassen voor de jeugdhuizen in de provincie.",
        "Le prix a été fixé par l'Etat (OFS/2023) selon la méthode habituelle.",
        "Le chômage a reculé selon l'office fédéral (OFS/2023).",
    ],
)
def test_prose_with_a_photo_word_or_capitals_in_brackets_is_no_credit(line):
    assert hard_reason(line) is None


def test_the_authors_name_in_a_list_of_facts_under_the_subtitle_goes():
    subtitle = 'העירייה מודיעה על שינוי בהסדרי התנועה במרכז העיר, והתושבים מוחים | "לא שאלו אותנו"'
    lines = [
        "שינויים בתנועה במרכז העיר",
        subtitle,
        "- רונית שגיא",
        "- 03.12.2024 | 09:15",
        "- 4 תגובות",
        *BODY["he"],
    ]
    result = classify(lines, "he")
    kept = [lines[i] for i in result.kept]
    assert "- רונית שגיא" not in kept and subtitle in kept and kept[-3:] == BODY["he"]


def test_a_short_list_item_in_the_body_away_from_stamps_stays():
    lines = [
        "Drie maatregelen van de stad",
        *BODY["nl"][:2],
        "- minder parkeerplaatsen",
        "- meer fietsstraten",
        BODY["nl"][2],
    ]
    assert [lines[i] for i in classify(lines, "nl").kept][-5:] == lines[-5:]


@pytest.mark.parametrize("line", ["ז' כסלו התשפ\"ה", '- י"ב בחשון תשפ"ה', 'יום רביעי, כ"ג באדר התשפ"ד'])
def test_a_hebrew_calendar_date_alone_on_its_line_is_site_chrome(line):
    assert hard_reason(line) == boilerplate.CHROME


def test_a_sentence_naming_a_hebrew_month_is_prose():
    assert hard_reason('בחודש אלול התשפ"ד נפתחה הישיבה החדשה בעיר, בנוכחות רבנים ותושבים.') is None
    assert hard_reason("אב ובנו נפצעו בתאונה בכביש 6") is None


def test_a_name_listed_with_a_hebrew_date_and_a_comment_count_is_a_byline():
    subtitle = 'המועצה אישרה את התקציב לאחר דיון סוער | ראש העיר: "זה תקציב של צמיחה"'
    lines = ["התקציב אושר ברוב קולות", subtitle, "- משה ברגר", "- ה' כסלו התשפ\"ה", "- 7 תגובות", *BODY["he"]]
    kept = [lines[i] for i in classify(lines, "he").kept]
    assert kept[-4:] == [subtitle, *BODY["he"]]


@pytest.mark.parametrize(
    "line",
    [
        "Partager l’article",
        "Écouter l’article",
        "Partagez cet article",
        "שתפו את הכתבה",
        "Lees voor",
        "این خبر را بشنوید",
        "خبر کو سنیں",
        "Rejoignez-nous",
        "Hebt u een tip? Mail ons.",
    ],
)
def test_share_listen_and_join_buttons_with_curly_apostrophes_are_promos(line):
    assert hard_reason(line) == boilerplate.PROMO


@pytest.mark.parametrize(
    "line",
    [
        "رئيس التحرير: سامي حداد",
        "بانی: عبدالکریم شاہ",
        "Rédacteur en chef : Luc Morel",
        "Hoofdredacteur: Ine Claes",
        "העורך הראשי: דני שמש",
        "مدیر مسئول: رضا کاظمی",
        "Mis à jour le 3 décembre 2024 à 16 h 05",
        "Mis à jour hier à 8 h 10",
    ],
)
def test_masthead_credits_and_spaced_quebec_clock_stamps_are_site_chrome(line):
    assert hard_reason(line) == boilerplate.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "L’usine ouvrira ses portes à 8 h 30 demain matin, selon la direction.",
        "Le rédacteur en chef du journal a démissionné lundi après vingt ans.",
        "رئيس التحرير السابق للصحيفة توفي أمس عن عمر ناهز 80 عاما.",
        "بانی پاکستان کے یوم پیدائش پر تقریبات منعقد کی گئیں۔",
    ],
)
def test_prose_about_an_editor_or_at_a_spaced_clock_time_stays(line):
    assert hard_reason(line) is None


def test_more_from_a_section_in_urdu_starts_the_related_list():
    assert boilerplate.is_related_header("کھیلوں سے مزید")


@pytest.mark.parametrize("line", ["الأحد 12 جمادى الأولى 1446 هـ", "الجمعة ٥ شعبان ١٤٤٦ هـ"])
def test_a_hijri_date_alone_on_its_line_is_site_chrome(line):
    assert hard_reason(line) == boilerplate.CHROME


def test_a_sentence_naming_a_hijri_month_and_year_is_prose():
    assert hard_reason("بدأ صيام شهر رمضان 1446 يوم السبت في معظم الدول العربية.") is None
