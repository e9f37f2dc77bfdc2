"""People, organisations and places in Hebrew, Arabic, Persian and Urdu text
without a translation pack.

These scripts have no capital letters, so a name is found from what is
around it: a known given name or surname (nametables), a title or role
("ראש הממשלה", "الرئيس", "وزیر"), a quote verb ("אמר", "قال", "گفت",
"نے کہا"), an organisation word ("משרד", "وزارة", "دانشگاه"), a Hebrew
acronym with gershayim (צה"ל), or the gazetteer. Clitic prefixes
(ה ו ב ל מ ש כ, و ف ب ل ك) are split off and never part of a span; Persian
and Urdu words joined by a half-space (U+200C) are one word.

`ArticleNames` works on a whole article, because a surname alone or a word
that is also a common word is taken as a name only with support: a cue,
a neighbouring name, or the same word elsewhere in the article as part of a
full name. The same support decides whether a one-word match of another
recogniser (a country, a known name by transliteration) that is also a
common word stands (`supported`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any, cast

from .dates import find_dates
from .matching import Hit
from .model import MISC, ORG, PERSON, PLACE
from .namelist import NameHit, find_names
from .nametables import LONE_NAMED_EXCESS, LONE_RANK, WORD_ZIPF, Cue, common_line, lone_person
from .translit import Token, normalise_map, prefix_splits, read_tokens, word_script

if TYPE_CHECKING:
    from .nametables import NameTables

RTL_LANGS = ("he", "ar", "fa", "ur")
_ZWNJ = "\u200c"
# Persian and Urdu letters folded onto their Arabic counterparts for lookups.
_FOLD = str.maketrans({"ی": "ي", "ک": "ك", "ہ": "ه", "ۃ": "ه", "ە": "ه", "ھ": "ه", "ے": "ي", "ۓ": "ي"})


_SENTENCE_END = re.compile(r"[.!?؟]")
_QUOTE_MARKS = frozenset("\"״'׳’")
_QUOTE_SPLIT = re.compile(r"([\"״'׳’])")


@lru_cache(maxsize=8192)  # asked for every word and cut of an article, many times
def key(s: str) -> str:
    """Lookup form of a word: normalised (no points, Arabic letter variants
    folded, Hebrew final letters folded), Persian/Urdu letters folded, and
    Hebrew gershayim/geresh kept (עו"ד is not עוד)."""
    if _QUOTE_MARKS.isdisjoint(s):  # most words: one part
        return normalise_map(s)[0].translate(_FOLD)
    parts = _QUOTE_SPLIT.split(s)
    return "".join(
        '"' if p in '"״' else "'" if p in "'׳’" else normalise_map(p)[0].translate(_FOLD) for p in parts if p
    )


# --- words and clitics ------------------------------------------------------------


@dataclass(frozen=True)
class Cut:
    start: int  # offset of the stem in the paragraph (the clitic excluded)
    text: str  # the stem as written
    key: str  # its lookup form (for Arabic "لل" the article's alif restored)


# A one-word person projected from the translation pane onto a common word, without a cue
# in the source, needs the English full name and at least this name rank ("ערד" 0.45,
# Moshe Arad; "سندھ", Sindh, 0.40, of "PDMA Sindh", is no person)
PROJECTED_RANK = 0.45
# place_words: inside a place's or body's name, the word after a given name ranked this well is its
# surname (a person the name swallowed: "شورا حسین صفرلو"), no word of the place
PAIR_GIVEN = 0.8
# ... and one ranked under this is no name at all: the pane's capitalised word names a body
# ("Haaretz", "Mekorot"), unless the word is as frequent as a verb ("گفت", said, 6.0)
PROJECTED_NO_NAME = 0.3
# ... and under this the pane's one capitalised word is a body or a place ("Maccabi" 0.51,
# "Umniah" 0.74); a better ranked word is a given name, whoever it is, and nobody is kept
PROJECTED_BODY_RANK = 0.75
PROJECTED_WORD_ZIPF = 5.8
# weak_people: a name of ordinary words is nobody when one of its words is written alone this
# often elsewhere in the article, outside any name
PLAIN_USES = 2
_LATIN_ARTICLES = {"al", "el", "ha"}


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str
    cuts: tuple[Cut, ...]  # no clitic first


_AR_CLITICS = [(a + b) for a in ("", "و", "ف") for b in ("", "ب", "ل", "ك")]
_AR_CLITICS = sorted({c for c in _AR_CLITICS if c}, key=len)


_new = object.__new__


def _cut(start: int, text: str, key: str) -> Cut:
    """Cut(start, text, key) three times faster (see translit._token): the
    fields go straight into the frozen object's __dict__."""
    c = _new(Cut)
    d = c.__dict__
    d["start"] = start
    d["text"] = text
    d["key"] = key
    return c


def _word(start: int, end: int, text: str, cuts: tuple[Cut, ...]) -> Word:
    """Word(start, end, text, cuts) three times faster (see _cut)."""
    w = _new(Word)
    d = w.__dict__
    d["start"] = start
    d["end"] = end
    d["text"] = text
    d["cuts"] = cuts
    return w


def _after_vav(w: Word) -> Cut:
    """Hebrew: the reading of a word after its conjunction ו ("ופניקס": פניקס),
    else its first cut."""
    if w.text[0] == "ו":
        return next((c for c in w.cuts if c.start == w.start + 1), w.cuts[0])
    return w.cuts[0]


def _cuts(tok: Token, lang: str) -> tuple[Cut, ...]:
    start = tok.start
    found = _word_cuts(tok.text, lang)
    if len(found) == 1:  # most words (every Persian and Urdu one): no clitic reading
        at, stem, k = found[0]
        return (_cut(start + at, stem, k),)
    return tuple([_cut(start + at, stem, k) for at, stem, k in found])


@lru_cache(maxsize=8192)  # an article repeats its words; _cuts places them
def _word_cuts(text: str, lang: str) -> tuple[tuple[int, str, str], ...]:
    """The cuts of a word as (offset of the stem in the word, stem, key)."""
    norm, idx = normalise_map(text)
    out = [(0, text, key(text))]
    lens: Sequence[int]
    if lang == "he":
        lens = prefix_splits(norm, "he")[1:]
    elif lang == "ar":
        lens = [len(c) for c in _AR_CLITICS if norm.startswith(c) and len(norm) - len(c) >= 2]
    else:
        lens = []
    for n in lens:
        stem = text[idx[n] :]
        k = key(stem)
        if lang == "ar" and norm[n - 1 : n] == "ل" and k.startswith("ل") and not k.startswith("ال"):
            k = "ا" + k  # لل = ل + ال: the article lost its alif
        out.append((idx[n], stem, k))
    return tuple(out)


def words(text: str, lang: str) -> list[Word]:
    """Words of a paragraph with their clitic cuts. Persian/Urdu tokens joined
    by a half-space (احمدی‌نژاد, رئیس‌جمهور) are one word."""
    toks: Sequence[Token] = read_tokens(text)
    if lang in ("fa", "ur"):
        merged: list[Token] = []
        for t in toks:
            if merged and text[merged[-1].end : t.start] == _ZWNJ:
                prev = merged.pop()
                t = Token(prev.start, t.end, text[prev.start : t.end])
            merged.append(t)
        toks = merged
    return [_word(t.start, t.end, t.text, _cuts(t, lang)) for t in toks]


# --- word lists -------------------------------------------------------------------

# Titles and roles: the name follows ("ראש הממשלה בנימין נתניהו").
# Urdu trades before a name ("کسان شاہد اقبال", farmer Shahid Iqbal) and Punjabi
# clan titles ("رانا ثناء اللہ"): titles, each with a rule of its own (_ROLE_TITLES, _UR_CLAN_TITLES)
_UR_TRADES = "کسان|کاشتکار|دکاندار|مزدور|تاجر"
_UR_CLANS = "رانا|چوہدری|چودھری|سردار|خواجہ|مخدوم|مرزا|سید"
_TITLES = {
    "he": """ראש הממשלה|רה"מ|השר|השרה|שר|שרת|ח"כ|חה"כ|חבר הכנסת|חברת הכנסת|נשיא|הנשיא|נשיאת|הנשיאה|
        פרופ'|פרופסור|ד"ר|מנכ"ל|מנכ"לית|יו"ר|יושב ראש|עו"ד|הרמטכ"ל|רמטכ"ל|האלוף|אלוף|תא"ל|המאמן|המאמנת|
        השחקן|השחקנית|הכדורגלן|הזמר|הזמרת|השופט|השופטת|השגריר|הסופר|הסופרת|המנהיג|ראש העיר|ראשת העיר|
        ראש האופוזיציה|ראש המועצה|ראשת המועצה|ראש העירייה|ראש המועצה המקומית|ראש המועצה האזורית|הרב|רב|סגן|סגנית|מזכיר המדינה|הקנצלר|הקנצלרית|הכומר|האפיפיור|המלך|המלכה|
        חבר המועצה|חברת המועצה|חבר מועצת העיר|חברת מועצת העיר|מר|גב'|הגב'|בשם|המכונה|טפסר|ניצב|תת-ניצב|סנ"צ|רפ"ק|פקד|נצ"מ|רס"ר|החקלאי|החקלאית|החזאי|החזאית|השדר|הפרשן|הכתב|הכתבת|ראש השב"כ|ראש המוסד|דובר|דוברת|המפכ"ל|הנאשם|הנאשמת|
        החלוץ|חלוץ|השוער|שוער|הקלע|קלע|הקשר|קשר|המגן|הבלם|הרכז|הסנטר|הפורוורד|הגארד|הכוכב|כוכב|
        בראשות|בהובלת|המטפלת|המטפל|הגננת|הסייעת|השכן|השכנה|הנהג|הנהגת|האוהד|האוהדת|אוהד הקבוצה|
        המדריך|המדריכה|הדוקטורנט|הדוקטורנטית|הסטודנט|הסטודנטית|המתנדב|המתנדבת|הלקוח|הלקוחה|
        המוכרת|התלמיד|התלמידה|העובד|העובדת|הקבלן|הפנסיונר|הפנסיונרית|
        הפסנתרן|הפסנתרנית|הקלרינטיסט|הקלרינטיסטית|הגיטריסט|הגיטריסטית|הכנר|המלחין|המלחינה|
        המשורר|המשוררת|הצייר|הציירת|המנצח|המנצחת|הבמאי|הבמאית|המחזאי|המחזאית|הרקדן|הרקדנית""",
    "ar": """الرئيس|رئيس الوزراء|رئيس الحكومة|وزير|وزيرة|الوزير|الوزيرة|الشيخ|الشيخة|المهندس|الدكتور|
        الدكتورة|د.|ولي العهد|اللاعب|اللاعبة|المدرب|مدرب|النائب|النائبة|السفير|السفيرة|الملك|الملكة|الأمير|الأميرة|
        العاهل|المستشار|المستشارة|الرئيسة|اللواء|العميد|المشير|العقيد|الجنرال|الأستاذ|الأستاذة|
        القاضي|المتحدث باسم|الناطق باسم|زعيم|الزعيم|قائد|القائد|رئيس|رئيسة|محافظ|المحافظ|الإمام|
        البابا|السيد|السيدة|الفنان|الفنانة|الكاتب|الكاتبة|الصحفي|الصحفية|المرشح|المرشحة|نجم|النجم|
        المهاجم|مهاجم|الحارس|حارس المرمى|المدافع|لاعب الوسط|الجناح|الهداف|برئاسة|بقيادة|بزعامة|
        يدعى|تدعى|المدعو|المدعوة|اسمه|اسمها|المدير|المديرة|مدير|مديرة|المحامي|المحامية|الباحث|الباحثة|
        التاجر|التاجرة|المزارعة|الصياد|السائق|الموظف|الموظفة|البائع|البائعة|المعلم|المعلمة|
        المزارع|الفلاح|الفلاحة|الطبيب|الطبيبة|الخبير|الخبيرة|المحلل|المحللة|رجل الأعمال|سيدة الأعمال|
        الأمين العام|الأمينة العامة|الوكيل|وكيل|
        سعادة|معالي|فضيلة|فخامة|سمو|جلالة|الحاج|الحاجة|كبير|كبيرة|نظيره|نظيرته|نظيرها|نظيرتها""",
    "fa": """رئیس جمهور|رئیس‌جمهوری|وزیر|آقای|خانم|دکتر|سردار|آیت الله|
        حجت الاسلام|سرلشکر|سرتیپ|نماینده|سخنگوی|رهبر|شیخ|مهندس|استاد|امام|
        نخست وزیر|رئیس|دبیرکل|مربی|بازیکن|سفیر|شهردار|استاندار|فرمانده|نامزد|داکتر|
        مهاجم|دروازه‌بان|مدافع|هافبک|ستاره|کاپیتان|سرمربی|کارگردان|بازیگر|خواننده|به ریاست|
        به نام|به اسم|با نام|مولوی|ملا|قاضی|سرهنگ|سرگرد|مدیرعامل|مدیر کل|مدیرکل|سرپرست|معاون""",
    "ur": """وزیراعظم|وزیر اعظم|وزیرِ اعظم|وزیر|صدر|جناب|ڈاکٹر|چیئرمین|سابق وزیراعظم|بیرسٹر|
        وزیر اعلیٰ|وزیراعلیٰ|وزیر اعلی|گورنر|سپیکر|اسپیکر|ڈپٹی سپیکر|ڈپٹی اسپیکر|جسٹس|چیف جسٹس|جنرل|مولانا|کپتان|کھلاڑی|
        رہنما|سینیٹر|ترجمان|محترمہ|سفیر|میئر|امیدوار|قائد|بلے باز|باؤلر|کوچ|فاسٹ باؤلر|اوپنر|
        وکٹ کیپر|اداکار|اداکارہ|گلوکار|گلوکارہ|ہدایت کار|ڈپٹی کمشنر|کمشنر|سیکرٹری|سی پی او|سی سی پی او|
        ایس ایچ او|ڈی پی او|آئی جی|ڈی آئی جی|ایس ایس پی|انسپکٹر|سب انسپکٹر|وکیل|مفتی|مولوی|پروفیسر|
        رہائشی|جج|سیشن جج|مئیر|ناظم|لیفٹیننٹ جنرل|میجر جنرل|لیفٹیننٹ کرنل|لیفٹیننٹ|بریگیڈیئر|کرنل|میجر|
        کیپٹن|ایئر مارشل|ایئر چیف مارشل|ایڈمرل|وائس ایڈمرل|سپنر|اسپنر|ایڈووکیٹ|ایڈوکیٹ|ایڈووکیٹ جنرل|
        صاحبزادہ|افسر|آفیسر|"""
    + f"{_UR_TRADES}|{_UR_CLANS}",
}
# Family words: the name follows ("בתו יולי").
_KIN = {
    "he": """בתו|בנו|אשתו|בעלה|אחיו|אחותו|אביו|אמו|בתה|בנה|אחיה|אחותה|אביה|אמה|בן זוגה|בת זוגו|נכדו|נכדתו|
        נכדה|נכדתה|סבו|סבתו|סבה|סבתה|דודו|דודתו|דודה|דודתה|שכנו|שכנתו|שכנה|שכנתה|חברתו|חברתה|
        עמיתו|עמיתתו|עמיתה|עמיתתה""",
    "ar": """ابنه|ابنته|زوجته|زوجها|شقيقه|شقيقته|شقيقها|شقيقتها|والده|والدته|ابنها|ابنتها|نجله|نجلها|
        جاره|جارته|جارها|جارتها|صديقه|صديقته|زميله|زميلته|زميلها|زميلتها""",
    "fa": "پسرش|دخترش|همسرش|برادرش|خواهرش|پدرش|مادرش",
    "ur": "بیٹے|بیٹی|بیٹا|بیوی|اہلیہ|بھائی|بہن|والد|والدہ",
}
# Speech verbs: the speaker stands right before or right after them.
_QUOTE_VERBS = {
    "he": """אמר|אמרה|הוסיף|הוסיפה|ציין|ציינה|טען|טענה|מסר|מסרה|הבהיר|הבהירה|סיפר|סיפרה|כתב|כתבה|
        הודיע|הודיעה|הצהיר|הצהירה|תקף|תקפה|השיב|השיבה|הגיב|הגיבה|אמרו|מסרו|הודיעו|ציינו|הוסיפו|
        הודה|הודתה|הבטיח|הבטיחה|הסביר|הסבירה|הדגיש|הדגישה""",
    "ar": """قال|قالت|أضاف|أضافت|صرح|صرحت|أكد|أكدت|أوضح|أوضحت|أعلن|أعلنت|ذكر|ذكرت|كتب|كتبت|
        أشار|أشارت|اعتبر|اعتبرت|دعا|دعت|رأى|رأت|تابع|تابعت|أفاد|أفادت|شدد|شددت|قالوا|أكدوا|
        يقول|تقول|يضيف|تضيف|يؤكد|تؤكد|يوضح|توضح|يشير|تشير""",
    "fa": "گفت|افزود|گفته|اظهار کرد|تاکید کرد|تأکید کرد|اعلام کرد|نوشت|ادامه داد|تصریح کرد|می گوید",
    "ur": "کہا|بتایا|کہنا|کہتے|کہتی|نے کہا",
}
# Organisation words. "Part of the name" ones head the span ("משרד הבריאות",
# "بنك مصر"); the others only introduce it ("מפלגת [הליכוד]", "شركة [أرامكو]").
_ORG_HEADS = {
    "he": """משרד|בנק|עיריית|בית החולים|בית חולים|אוניברסיטת|האוניברסיטה העברית|רשות|
        בית המשפט|בית משפט|בית הדין|הסתדרות|קופת חולים|משטרת|אגודת|התאחדות|ההתאחדות|הפועל|מכבי|עירוני|
        ארגון|איגוד|תיאטרון|מוזיאון|הוצאת|מכללת|היכל התרבות|התזמורת הפילהרמונית|תזמורת|ספריית|נבחרת|בורסת|לשכת|
        פרקליטות|נמל""",
    "ar": """وزارة|بنك|جامعة|مستشفى|هيئة|منظمة|مصرف|محكمة|
        بلدية|المحكمة|البنك|جبهة|حركة|وكالة|مفوضية|ديوان|شرطة|طيران|بورصة|مديرية|مفتشية|المفتشية""",
    "fa": """وزارت|بانک|دانشگاه|بیمارستان|سازمان|مجلس|دادگاه|شورای|شورا|بنیاد|کمیسیون|کمیته|ستاد|قرارگاه|سپاه|خبرگزاری|
        بورس|دبیرستان|هنرستان|پژوهشگاه|موزه|فدراسیون|ریاست|استانداری|فرمانداری|شهرداری|شفاخانه|پوهنتون|رادیو""",
    "ur": "وزارت|محکمہ|محکمۂ|بینک|یونیورسٹی|اسپتال|ہسپتال|کمیشن|عدالت|ادارہ|کونسل|اتھارٹی|بورڈ|فاؤنڈیشن",
}
# Place heads that are ordinary nouns ("the port", "the road"): a common word after
# them names a place only with a name after it.
_GENERIC_HEADS = {
    "ar": "ميناء|مرفأ|سد|نهر|جبل|جزيرة|بحيرة|وادي|ضاحية|مطمر|صحراء|واحة",
    "fa": "بندر|سد|گردنه|جاده|بلوار|تونل|دریاچه|رودخانه|دریای|جزیره|آزادراه|اسکله|پایانه|بیابان|کویر|دشت|کوه|ایستگاه|برج",
    "ur": "شارع|شاہراہ",  # a road named after someone: "شارع فیصل" (Shahrah-e-Faisal)
}
_GENERIC_PLACE_HEADS = {key(w) for spec in _GENERIC_HEADS.values() for w in spec.split("|")}
# Words that head the name of a place: a stadium, a street, a prison...
_PLACE_HEADS = {
    "he": "אצטדיון|היכל|רחוב|שדרות|כיכר|נמל התעופה|כלא|גשר|מחנה הפליטים|נחל|חוף|צומת|מדרשת",
    "ar": "ملعب|استاد|شارع|ميدان|مطار|سجن|قصر|جسر|مخيم|مسجد|صومعة|أوتوستراد|" + _GENERIC_HEADS["ar"],
    "fa": "ورزشگاه|خیابان|میدان|فرودگاه|زندان|کاخ|بزرگراه|مسجد|آرامگاه|" + _GENERIC_HEADS["fa"],
    "ur": "مسجد|جامع مسجد|مزار|ڈیرہ|کوٹ|ڈھوک|ٹنڈو|"
    + _GENERIC_HEADS["ur"],  # کوٹ (fort), ڈھوک (hamlet), ٹنڈو (Sindhi town)
}
# Settlement words in the plural or dual: a list of places follows ("أحياء سيدي
# الهواري والحمري", "شهرهای رشت، لاهیجان و آستارا").
_PLURAL_INTROS = {
    "ar": "أحياء|قرى|مدن|بلدات|بلديات|بلديتي|مدينتي|قريتي|حيي|أقاليم|محافظات|ولايات|محافظتي|ولايتي|إقليمي|دواوير",
    "fa": "شهرهای|روستاهای|محله‌های|شهرستان‌های|ولسوالی‌های|قریه‌های",
}
_PLURAL_PLACE_INTROS = {key(w) for spec in _PLURAL_INTROS.values() for w in spec.split("|")}
# Words that introduce a place without being part of its name: the kind of
# settlement or division ("בקיבוץ [סאסא]", "محافظة [عجلون]", "استان [خراسان رضوی]").
_PLACE_INTROS = {
    "he": "קיבוץ|הקיבוץ|מושב|המושב|עיר|העיר|כפר|הכפר|מחוז|שכונת|שכונות|היישוב|יישוב|העיירה|עיירת|תושב|תושבת|תושבי",
    "ar": "محافظة|ولاية|منطقة|مدينة|قرية|بلدة|حي|إقليم|مخيم|دوار|جماعة|منفذ|" + _PLURAL_INTROS["ar"],
    "fa": "استان|شهرستان|شهر|روستای|روستا|منطقه|ولایت|محله|بخش|ولسوالی|قریه|شهرک|اردوگاه|دهستان|"
    + _PLURAL_INTROS["fa"],
    "ur": "صوبہ|صوبے|ضلع|شہر|گاؤں|علاقہ|علاقے|تحصیل|تھانہ|قصبہ|قصبے",
}
# Urdu (and English-style) names end with the kind of place: "قذافی اسٹیڈیم".
_PLACE_TAILS = {
    "ur": """اسٹیڈیم|سٹیڈیم|جیل|ایئرپورٹ|ائیرپورٹ|چوک|روڈ|بازار|سینٹر|ڈیم|بیراج|ہیڈورکس|ڈویژن|
        ٹاؤن|کالونی|سوسائٹی|آباد|پور|نگر|گڑھ|باغ|پارک|پمپنگ اسٹیشن|پمپنگ سٹیشن""",
}
# Urdu organisations named before their kind: "جناح ہسپتال", "حبیب بینک".
_ORG_TAILS = {
    "ar": "نيوز",  # news sites named "<word> News": "السومرية نيوز", "شفق نيوز"
    "ur": """ہسپتال|اسپتال|یونیورسٹی|بینک|کمپنی|گروپ|کالج|ٹرسٹ|فاؤنڈیشن|ایکسچینج|کمیٹی|ہائیکورٹ|
        ہائی کورٹ|کمیشن|پولیس|فیڈریشن|بورڈ|اتھارٹی|کونسل|ایسوسی ایشن|چیمبر آف کامرس|ٹی وی|نیوز|
        سیمنٹ|ٹیکسٹائل|ملز|شوگر ملز|فرٹیلائزر|پیٹرولیم|پٹرولیم|موٹرز|انڈسٹریز|انسٹی ٹیوٹ|انسٹیٹیوٹ|ریسرچ انسٹی ٹیوٹ|
        میڈیکل کالج|میڈیکل کالج اسپتال|میڈیکل کالج ہسپتال|میڈیکل کمپلیکس|ٹیچنگ ہسپتال|ٹیچنگ اسپتال|
        ڈیپارٹمنٹ|ریلویز|کارپوریشن|ایجنسی|پروگرام|حکومت""",
}
# Institutions whose names are ordinary words: a whole name by themselves.
_INSTITUTIONS = {
    "he": "הכנסת|בית המשפט העליון|בית המשפט המחוזי|צבא ההגנה לישראל|המוסד לביטוח לאומי|ביטוח לאומי|הספרייה הלאומית|ספרייה הלאומית",
    "ar": """مجلس النواب|مجلس الأمة|مجلس الشعب|مجلس الشورى|مجلس الوزراء|مجلس الأمن|مجلس الشيوخ|
        رئاسة الحكومة|رئاسة الجمهورية|رئاسة الوزراء|
        مجلس القضاء الأعلى|المحكمة الدستورية|المحكمة العليا|الجامعة العربية|جامعة الدول العربية|
        الهلال الأحمر|الصليب الأحمر|النيابة العامة""",
    "fa": "مجلس شورای اسلامی|شورای نگهبان|مجمع تشخیص مصلحت نظام|قوه قضاییه|شورای عالی امنیت ملی|جمعیت هلال احمر|هلال احمر",
    "ur": "قومی اسمبلی|سینیٹ|سپریم کورٹ|ہائی کورٹ|صوبائی اسمبلی|ہلال احمر",
}
# Organisation words that are as often generic ("مجلس الإدارة", the board;
# "ועדת החוקה"): a name only with a proper name after them ("مركز كارتر").
_ORG_GENERIC = {
    "he": "ועדת|מכון|מרכז|מועצת|המועצה|ועד",
    "ar": "مجلس|مؤسسة|اتحاد|مركز|جمعية|لجنة|صندوق|الاتحاد|الهيئة|المجلس|بريد",
    "fa": "مرکز|انجمن|صندوق",
    "ur": "مرکز|انجمن|فنڈ",
}
# Persian words for a social network, itself an organisation intro: any word after them
# names the network ("در شبکه اجتماعی ایکس نوشت")
_PLATFORMS = "شبکه اجتماعی"
_ORG_INTROS = {
    "he": "מפלגת|חברת|קבוצת|מועדון|תנועת|רשת|סיעת|עמותת|קבוצת הכדורגל|קבוצת הכדורסל|ענקית|להקת|בית ההשקעות|בית השקעות",
    "ar": "حزب|شركة|نادي|فريق|منتخب|صحيفة|قناة|مجموعة|تنظيم|ميليشيا|جماعة|تحالف|ائتلاف|تيار|راديو",
    "fa": "حزب|شرکت|باشگاه|تیم|روزنامه|خبرگزاری|گروه|جبهه|ائتلاف|" + _PLATFORMS,
    "ur": "پارٹی|جماعت|کمپنی|ٹیم|کلب|اخبار|چینل|تنظیم|اتحاد",
}
# What a person is, said after the name and a comma ("שלומי ברק, חקלאי
# מפארן", "משה זהבי, בן 62,"): no title before a name, but the name before it.
_ROLES = {
    "he": """בן|בת|תושב|תושבת|חקלאי|חקלאית|סטודנט|סטודנטית|רופא|רופאה|מורה|בעל|בעלת|
        עורך דין|עורכת דין|חוקר|חוקרת|נהג|נהגת|מנהל|מנהלת|יזם|יזמת|סוחר|סוחרת|עובד|עובדת|אחות|
        פנסיונר|פנסיונרית|גמלאי|גמלאית|תלמיד|תלמידה|תלמידת|רוקח|רוקחת|מהנדס|מהנדסת|עיתונאי|עיתונאית|
        אוהד|אוהדת|חייל|חיילת|שוטר|שוטרת|קבלן|קבלנית|גננת|פעיל|פעילה|מתנדב|מתנדבת|אלמנה|מובטל|מובטלת|
        עצמאי|עצמאית|בוגר|בוגרת|לוחם|לוחמת|צלם|צלמת|פקיד|פקידה|מוכר|מוכרת|שכן|שכנה|אב|אבא|אמא|סבא|סבתא""",
    "ar": """مزارع|مزارعة|طالب|طالبة|موظف|موظفة|تاجر|صاحب|صاحبة|مواطن|مواطنة|ربة|سائق|معلم|معلمة|
        طبيب|طبيبة|أستاذ|أستاذة|مهندس|مهندسة|البالغ|البالغة|ابن|ابنة|صياد|عامل|عاملة|مدير|مديرة|
        ممرض|ممرضة|صيدلي|صيدلانية|حارس|بائع|بائعة|ناشط|ناشطة|باحث|باحثة""",
    "fa": """کشاورز|دانشجو|معلم|راننده|پزشک|کارمند|فروشنده|ساکن|اهل|مادر|پدر|کارشناس|پرستار|مغازه‌دار|باغدار|
        کارگر|پیرمرد|پیرزن|بازنشسته|فعال""",
    "ur": "کسان|طالب علم|طالبہ|طالبعلم|ڈرائیور|دکاندار|شہری|ٹیچر|استاد|تاجر|مزدور|والد|والدہ|ڈاکٹر",
}
# ... and with the Arabic article, in apposition before the name ("ويقول الطالب نور الدين", the
# student Nour al-Din says); Hebrew splits its article off as a clitic, Arabic does not.
_ROLES["ar"] += "|" + "|".join(
    "ال" + r.strip() for r in _ROLES["ar"].split("|") if not r.strip().startswith("ال")
)
# Function words and other words never inside a name.
_STOP = {
    "he": """של|את|עם|על|אל|כי|גם|לא|הוא|היא|הם|הן|זה|זו|אשר|אך|או|כל|יותר|אבל|רק|כבר|עוד|אם|
        מאוד|היום|אתמול|מחר|שם|אחרי|לפני|בין|נגד|כמו|לאחר|אחר|כך|אף|כדי|שבו|שבה|אין|יש|היה|הייתה|
        היו|יהיה|עד|מול|אצל|ללא|בלי|תחת|ידי|עצמו|עצמה|שלו|שלה|שלהם|בו|בה|לו|לה|להם|אותו|אותה""",
    "ar": """في|من|إلى|الى|على|عن|أن|إن|ان|التي|الذي|الذين|مع|هذا|هذه|ذلك|تلك|كان|كانت|قد|لا|ما|
        لم|لن|هو|هي|هم|بعد|قبل|بين|أو|ثم|حتى|عند|كل|أي|منذ|خلال|حول|لدى|غير|إنه|أنه|أنها|إنها|
        لكن|بل|اليوم|أمس|غدا|يوم|حيث|كما|وفق|نحو|ضد|عبر|أمام|دون|مثل|فيه|فيها|له|لها|عليه|عليها""",
    "fa": """و|در|به|از|که|را|با|این|آن|برای|تا|یک|هم|بر|اما|یا|نیز|همه|هر|بود|است|شد|کرد|
        های|ها|وی|او|ما|آنها|پس|پیش|بین|درباره|روز|دیروز|امروز|فردا|بعد|قبل|اینکه|چون|اگر|خود|
        برخی|بعضی|چند|تمام|بسیاری|همین|همان|آن‌ها|این‌ها|یاد""",
    "ur": """کے|کی|کا|نے|کو|میں|سے|پر|اور|ہے|ہیں|تھا|تھی|تھے|یہ|وہ|بھی|تک|لیے|لئے|گا|گی|گے|
        جو|اس|ان|کہ|ایک|اپنے|اپنی|اپنا|ہو|ہوا|ہوئے|کر|کرنے|دیا|گیا|والے|والی|بعد|پہلے|آج|کل|نہیں|
        دی|دیے|گئی|گئے|لی|لیا|جائے|جائیں|رہا|رہی|رہے|چکا|چکی|سکتا|سکتی|ہوں|ہوگا|ہوگی|المبارک|
        کچھ|تمام|کئی|چند|بعض|بے|زائد""",
}
# Personal pronouns, stop words (some are above already): never part of a name (the
# tables rank "أنا" as Ana), so "أنا سعيد" (I am happy) is no run of two names
_PRONOUNS = {
    "he": "אני|אנחנו|אנו|אתה|אתם|אתן|הוא|היא|הם|הן",
    "ar": "أنا|انا|نحن|أنت|انت|أنتم|انتم|أنتن|هو|هي|هم|هما|هن",
    "fa": "من|تو|او|وی|ما|شما|آنها|آن‌ها|ایشان",
    # (Urdu: وہ and یہ are stop words already; "ہم" also names Hum TV, "ہم ٹی وی")
}
for _lang, _spec in _PRONOUNS.items():
    _STOP[_lang] += "|" + _spec
# Cardinal numbers, never a one-word person, whatever the name tables rank them
# ("על המכונה שלוש פעמים בשבוע": three times a week, no Shalosh; 'ثلاث', 'خمس' are ranked surnames).
_CARDINALS = {
    lang: {key(w) for w in spec.split()}
    for lang, spec in {
        "he": """אחד אחת שניים שתיים שני שתי שלוש שלושה ארבע ארבעה חמש חמישה שש שישה שבע שבעה שמונה
            תשע תשעה עשר עשרה עשרים שלושים ארבעים חמישים שישים שבעים שמונים תשעים מאה מאות אלף אלפים""",
        "ar": """واحد واحدة اثنان اثنين اثنتان اثنتين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة
            ثماني ثمانية تسع تسعة عشر عشرة عشرون عشرين ثلاثون ثلاثين أربعون أربعين خمسون خمسين
            مئة مائة مئات ألف آلاف مليون""",
        "fa": "یک دو سه چهار پنج شش هفت هشت نه ده بیست سی چهل پنجاه صد هزار میلیون",
        "ur": "ایک دو تین چار پانچ چھ سات آٹھ نو دس بیس تیس چالیس پچاس سو ہزار لاکھ کروڑ",
    }.items()
}
# Name particles: inside a name when a name word follows ("בן גביר", "عبد الفتاح").
_PARTICLES = {
    "he": "בן|בר|אבו|אל|דה|ואן|פון|בת",
    "ar": "بن|ابن|أبو|ابو|عبد|آل|أبي|ولد|بنت|أيت|آيت",
    "fa": "ابن|ابو|عبد|آل|بن",
    "ur": "بن|ابن|ابو|عبد|آل|بنت",
}
# Hebrew acronyms with gershayim that are titles or ordinary abbreviations.
_COMMON_ACRONYMS = set(
    """ד"ר עו"ד רו"ח מנכ"ל מנכ"לית סמנכ"ל יו"ר ח"כ חה"כ כ"א וכו' בע"מ ש"ח ק"מ
    לפנה"ס לסה"נ ס"ה סה"כ ע"י ז"א כ"כ מ"מ מ"ר ק"ג אח"כ בד"כ רה"מ ת"ז נ"צ רנ"צ תנ"ך ז"ל ע"ה
    שליט"א הי"ד מע"מ חו"ל פרופ' גב' ב"ה תא"ל סא"ל אל"ם רס"ן סג"מ סמ"ר רמטכ"ל מפכ"ל מ"פ מ"כ
    אג"ח ד"ש י"ב י"א ש"נ בי"ס ביה"ס צ"ל מ"מ נדל"ן""".split()
)
_ACRONYM = re.compile(r"^[\u05d0-\u05ea]+[\"״][\u05d0-\u05ea]$")
_HE_MONTHS = {key(w) for w in "תשרי חשון חשוון כסלו טבת שבט אדר ניסן אייר סיון סיוון תמוז אב אלול".split()}
_HE_OMER = key("בעומר")
_HE_REFLEXIVE = key("הת")  # the prefix of the reflexive stem's past tense ("התפטרו")
_HE_ABSTRACT = key("יות")  # the ending of abstract nouns ("תנודתיות", volatility)
_HE_DAY = key("יום")  # "יום שני" is Monday, not two of something
_HE_AGE = {key(w) for w in "בן בת".split()}  # "בן 45": aged 45
_HE_AGE_NOUNS = {key(w) for w in "גיל".split()}  # "בגיל 88", "מגיל 12": at the age of, no Gil
_HE_HIGH_SCHOOL = {key(w) for w in "תיכון התיכון".split()}
# Urdu determiners before a noun (_determined)
_UR_DETERMINERS = {key(w) for w in "اس اسی یہ ایک کسی ہر کوئی".split()}
# Urdu words that open a name before a given name ("ملک نور احمد", "حاجی محمد اقبال")
_UR_NAME_PREFIXES = {key(w) for w in "ملک حاجی میاں شیخ صوفی پیر مولانا".split()}
_HE_PLURALS = (key("ים"), key("ות"))
_INITIALS = re.compile(r'^[\u05d0-\u05ea]"[\u05d0-\u05ea]$')
# Towns written by their abbreviation ("הפגנה בת"א", "הפועל פ"ת"): a place, never
# a person's initials ("מכבי ת"א גברה" is no "T. A. Gavra").
_HE_TOWN_ABBREVIATIONS = {
    'ת"א': "Tel Aviv",
    'ב"ש': "Beersheba",
    'פ"ת': "Petah Tikva",
    'ר"ג': "Ramat Gan",
    'ראשל"צ': "Rishon LeZion",
    'רמה"ש': "Ramat HaSharon",
}
# ... and written out, to look an organisation named after the town up in the name list
_HE_TOWNS_SPELT_OUT = {
    'ת"א': "תל אביב",
    'ב"ש': "באר שבע",
    'פ"ת': "פתח תקווה",
    'ר"ג': "רמת גן",
    'ראשל"צ': "ראשון לציון",
    'רמה"ש': "רמת השרון",
}
# Sport clubs' first words, before their town ("מכבי ת"א", "בית"ר ת"א", "בני ר"ג")
_HE_CLUB_ENGLISH = {"הפועל": "Hapoel", "מכבי": "Maccabi", "עירוני": "Ironi", 'בית"ר': "Beitar", "בני": "Bnei"}


def _alternatives(spec: str, lang: str) -> dict[tuple[str, ...], str]:
    """ "a b|c" -> {(key a, key b): "a b", (key c,): "c"} (words as tokenised here).
    Persian and Urdu write a phrase's words with a half-space as often as with
    a space ("ذوب آهن", "ذوب‌آهن"): both are listed, so a table writes it spaced only."""
    out = {}
    for phrase in re.split(r"\s*\|\s*", spec.strip()):
        if phrase:
            ws = words(phrase, lang)
            if ws:
                out[tuple(w.cuts[0].key for w in ws)] = phrase
            if lang in ("fa", "ur") and len(ws) > 1:
                out[(_ZWNJ.join(w.cuts[0].key for w in ws),)] = phrase
    return out


# Phrases of a cue list: the words' keys -> the phrase as written.
Phrases = dict[tuple[str, ...], str]
# A place found from a word: (number of words, the cut it starts with,
# canonical English name, kind).
Place = tuple[int, Cut, str, str]
# ArticleNames._paragraph's add(i, j, cut, label, canonical, confidence):
# records words i..j-1 as one name unless taken; False when they were.
AddName = Callable[[int, int, Cut, str, str, float], bool]


@dataclass
class _Lists:
    titles: Phrases
    kin: Phrases
    quotes: Phrases
    org_heads: Phrases
    org_generic: Phrases
    org_intros: Phrases
    place_heads: Phrases
    place_intros: Phrases
    place_tails: Phrases
    org_tails: Phrases
    institutions: Phrases
    roles: Phrases
    stop: set[str]
    particles: set[str]
    longest: int
    # id of each table above -> first word key -> the lengths of its phrases
    # (the tables live as long as this cached object, so their ids stay theirs)
    firsts: dict[int, dict[str, set[int]]] = field(init=False, default_factory=dict)
    # the first word keys of every table above: no cue of these lists starts at
    # a word none of whose cuts is one (ArticleNames._cue_starts)
    all_firsts: frozenset[str] = field(init=False, default=frozenset())

    def __post_init__(self) -> None:
        for f in fields(self):
            table = getattr(self, f.name)
            if f.name not in ("firsts", "all_firsts") and isinstance(table, dict):
                self.firsts[id(table)] = _first_words(table)
        self.all_firsts = frozenset(k for firsts in self.firsts.values() for k in firsts)


def _first_words(table: Phrases) -> dict[str, set[int]]:
    """The first word keys of `table`'s phrases, each with their lengths in words."""
    firsts: dict[str, set[int]] = {}
    for k in table:
        firsts.setdefault(k[0], set()).add(len(k))
    return firsts


@cache
def _lists(lang: str) -> _Lists:
    parts = {
        n: _alternatives(d.get(lang, ""), lang)
        for n, d in (
            ("titles", _TITLES),
            ("kin", _KIN),
            ("quotes", _QUOTE_VERBS),
            ("org_heads", _ORG_HEADS),
            ("org_generic", _ORG_GENERIC),
            ("org_intros", _ORG_INTROS),
            ("place_heads", _PLACE_HEADS),
            ("place_intros", _PLACE_INTROS),
            ("place_tails", _PLACE_TAILS),
            ("org_tails", _ORG_TAILS),
            ("institutions", _INSTITUTIONS),
            ("roles", _ROLES),
        )
    }
    stop = {k[0] for k in _alternatives(_STOP.get(lang, ""), lang)}
    particles = {k[0] for k in _alternatives(_PARTICLES.get(lang, ""), lang)}
    longest = max((len(k) for d in parts.values() for k in d), default=1)
    return _Lists(stop=stop, particles=particles, longest=longest, **parts)


# --- the recogniser -------------------------------------------------------------

# Name-table scores: a given name or surname counts from this score up.
_NAME_MIN = 0.3
# A word this frequent that no table ranks as a name is, after a title, what the
# office is in charge of ("مدیرکل تعاون"), not a surname (those are rarer words).
_TITLE_REMIT_ZIPF = 3.5
_MAX_PERSON = 4
_MAX_ORG_TAIL = 3


def _tables(lang: str) -> NameTables:
    from .nametables import tables

    if lang == "ur":
        # answers every NameTables method (the rest through __getattr__)
        return cast("NameTables", _NamesBackOff(tables("ur"), tables("fa")))
    return tables(lang)


class _NamesBackOff:
    """Name tables whose given-name and surname scores fall back on another
    language's: names-dataset has few Pakistani names in Urdu script
    ("اسحاق" is missing), and Persian spells the shared Muslim names alike
    once folded. Word frequencies, places and the rest stay the language's own."""

    def __init__(self, own: NameTables, other: NameTables) -> None:
        self._own, self._other = own, other

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._own, name)
        setattr(self, name, value)  # looked up once: these are called for every word
        return value

    def given(self, token: str) -> float:
        return max(self._own.given(token), self._other.given(token))

    def surname(self, token: str) -> float:
        return max(self._own.surname(token), self._other.surname(token))


@lru_cache(maxsize=512)  # an article names the same people and places again and again
def _transliterate(text: str, lang: str) -> str:
    from .nametables import transliterate

    return " ".join(transliterate(w, lang) for w in text.split())


class ArticleNames:
    """The names-rtl recogniser over one article (he, ar, fa, ur)."""

    def __init__(self, lang: str, paragraphs: Sequence[str]):
        self.lang = lang
        self.paragraphs = list(paragraphs)
        self.tables = _tables(lang)
        self.lists = _lists(lang)
        self._common: dict[str, bool] = {}
        self._given_memo: dict[str, float] = {}
        self.words = [[self._readings(w) for w in words(p, lang)] for p in self.paragraphs]
        if lang == "he":
            self._keep_stacked_stems()
        # lookup key -> canonical names of this article's people whose surname
        # (or not too frequent given name) it is: a lone occurrence elsewhere
        # in the article is that person when exactly one owns it
        self.full_names: dict[str, set[str]] = {}
        self.surnames: set[str] = set()  # the last word of each person named (a one-word name too)
        # Urdu: the word keys of each person named by several words ("ایاز صادق"), by last word
        self._full_runs: dict[str, set[tuple[str, ...]]] = {}
        # Urdu: where each key of full_names was registered, (paragraph, offset, canonical): of two
        # people with the word ("سرفراز بگٹی", "سرفراز احمد"), a lone one is the last named before it
        self._named_at: dict[str, list[tuple[int, int, str]]] = {}
        self._paragraph_of = {id(ws): p for p, ws in enumerate(self.words)}
        self._definite_memo: set[str] | None = None
        self._games: list[bool] | None = None  # Urdu: per paragraph, a word of the game in it
        self._hits: list[list[Hit]] | None = None
        self._placed: set[str] | None = None
        # id of a phrase table -> first word key -> the lengths of its phrases
        # (the language's lists computed once, with them; any other table on first use)
        self._firsts: dict[int, dict[str, set[int]]] = dict(self.lists.firsts)
        # id of a paragraph's words -> (the words, word index -> _stop_here's answer)
        self._stops: dict[int, tuple[list[Word], dict[int, bool]]] = {}
        self._reaches: dict[int, list[int]] = {}
        self._text_of = {id(ws): text for ws, text in zip(self.words, self.paragraphs)}
        self._place_memo: dict[tuple[int, int, bool], Place | None] = {}
        self._starts_memo: dict[int, list[int]] = {}
        self._listed_memo: dict[int, list[NameHit]] = {}
        self._date_starts: dict[int, set[int]] = {}
        self._dates_memo: dict[int, list[tuple[int, int, str]]] = {}
        # (paragraph, offset) of each one-word person the rules made -> the cue it stood on
        # (lone_person_stands weighs it again at the end of recognise_article)
        self._lone_cues: dict[tuple[int, int], Cue] = {}
        # (paragraph, offset) of each person of several words the rules made after a cue -> the cue
        self._run_cues: dict[tuple[int, int], Cue] = {}
        self._weak: set[str] | None = None  # weak_people's answer
        # and the places inside the names it dropped: (paragraph, start, end, text, canonical)
        self.weak_places: list[tuple[int, int, int, str, str]] = []

    # -- word properties

    def common(self, word: str) -> bool:
        c = self._common.get(word)
        if c is None:
            c = self._common[word] = bool(self.tables.is_common(word))
        return c

    def _readings(self, w: Word) -> Word:
        """Drop clitic readings of a frequent word that is more frequent
        whole ("מקום" is "place", not מ+Qom; "בישראל" stays ב+Israel)."""
        if len(w.cuts) == 1:
            return w
        whole = self.tables.zipf(w.text)
        # (a town's abbreviation after a clitic stays: "מפ"ת" is from Petah Tikva, though
        # wordfreq, blind to the gershayim, counts it as "מפת", a map of)
        cuts = [w.cuts[0]] + [
            c
            for c in w.cuts[1:]
            if self.tables.zipf(c.key) >= whole - 0.5 or c.text.replace("״", '"') in _HE_TOWN_ABBREVIATIONS
        ]
        return _word(w.start, w.end, w.text, tuple(cuts))

    def _keep_stacked_stems(self) -> None:
        """Hebrew prepositions do not stack: when the article writes both W
        and ל/ב/מ/כ + W, and W starts with one of those letters, that letter
        is W's own ("בלומה" and "לבלומה": Bluma, not ב + Lomé)."""
        texts = {w.text for ws in self.words for w in ws}
        stems = {t for t in texts if len(t) >= 4 and t[0] in "בלמכ" and any(p + t in texts for p in "בלמכ")}
        if not stems:
            return
        any_stem = tuple(stems)
        for ws in self.words:
            for n, w in enumerate(ws):
                if not w.text.endswith(any_stem):
                    continue
                own = next((s for s in stems if w.text.endswith(s)), None)
                if own is not None:
                    limit = w.start + len(w.text) - len(own)  # no cut inside the stem
                    ws[n] = Word(w.start, w.end, w.text, tuple(c for c in w.cuts if c.start <= limit))

    def strong(self, cut: Cut) -> bool:
        """A word the name tables vouch for: a name that is not an ordinary
        word, or a well-ranked name that is not a very frequent one."""
        score = self.name_score(cut)
        if score < _NAME_MIN:
            return False
        return not self.common(cut.text) or score >= 0.8 and self.tables.zipf(cut.key) < 5.0

    def _lone_person(self, ws: list[Word], i: int, cut: Cut, cue: Cue) -> bool:
        """May this reading of word i be a person alone after `cue`? Its
        frequency, name rank and cue are weighed by nametables.lone_person;
        the shapes of ordinary words are ruled out here first."""
        if any(ws[k].cuts[0].key in _INDEFINITE for k in range(max(0, i - 2), i)):
            return False  # "ایک سابق مجاہد نے کہا": a former mujahid
        if (
            self.lang == "ar"
            and cue == Cue.NAMED
            and self.common(cut.text)
            and i + 1 < len(ws)
            and self._tight(ws, i, 2)
            and not self._is_stop(ws[i + 1].cuts[0])
            and self.name_score(ws[i + 1].cuts[0]) < _NAME_MIN
        ):  # (Arabic puts the verb first; only the article's full name speaks for the word)
            return False  # "فرح ذوو الضحايا" (the victims' families rejoiced): a verb, then its subject
        if (
            self.lang == "ar"
            and not cue & (Cue.NAMED | Cue.FAMILY | Cue.NAMING)
            and self._accusative_adverb(cut)
        ):
            return False  # "أعلن الوزير برنامجا" (the minister announced a programme): an accusative noun
        strong = cue & (Cue.TITLE | Cue.FAMILY | Cue.NAMING)
        place = self.tables.place((cut.key,))
        if place and place[1] == "country" and not strong:
            return False  # "שייצגה את ישראל": the country, though someone in the article is named so
        if self.lang == "he" and ws[i].text[: cut.start - ws[i].start].endswith("ה"):
            return False  # a name takes no article: "עצי השקד" (the almond trees) is no Or Shaked
        if (
            self.lang == "he"
            and ws[i].text[: cut.start - ws[i].start].endswith(("ב", "מ"))
            and i + 1 < len(ws)
            and self._tight(ws, i, 2)
            and any(c.key in _HE_THEY_SAID for c in ws[i + 1].cuts)
        ):
            return False  # "בדן מסרו" (at Dan, the bus company, they said): a body answers so, nobody "at" a person
        if self.lang == "ar" and not cue & Cue.NAMED and cut.key.startswith("ال") and cut.key.endswith("يه"):
            return (
                False  # a feminine nisba adjective ("الأردنية", Jordanian); "الهاشمية" after "فاطمة الهاشمية"
            )
        if i > 0 and self._tight(ws, i - 1, 2) and any(c.key in _STORMS for c in ws[i - 1].cuts):
            return False  # "ضربت العاصفة فرح لبنان": storm Farah, not the girl Farah of the article
        if (
            self.lang == "ar"
            and not strong
            and i > 0
            and self._tight(ws, i - 1, 2)
            and any(c.key == _AR_NO for c in ws[i - 1].cuts)
        ):
            return False  # "ولا نجاة" (no salvation), "لا أمل" (no hope): a noun after the negation
        if not strong and i > 0 and self._tight(ws, i - 1, 2) and ws[i - 1].cuts[0].key in _IN:
            return (
                False  # "في حداد على جدها" (in mourning for her grandfather): someone is rarely "in" a person
            )
        if (
            not strong
            and self.lang == "fa"
            and i > 0
            and self._tight(ws, i - 1, 2)
            and ws[i - 1].text.endswith("های")
        ):
            return False  # "گلدان‌های نرگس" (pots of narcissus): a plural's complement
        if not strong and i + 1 < len(ws) and self._tight(ws, i, 2) and self._oblique(ws[i + 1].cuts[0]):
            return False  # "عادل طریقے سے" (in a fair way): an Urdu adjective before its noun
        if (
            self.lang == "ar"
            and not cue & Cue.NAMED
            and cut.key.startswith("ال")
            and self._demonym(cut, ("country",))
        ):  # "وقال الإيطالي" (the Italian said); "المصري" after "محمد المصري" is a name, so is "المنصوري"
            return False
        if (
            self.lang == "he"
            and cue & Cue.TITLE
            and self.common(cut.text)
            and i + 1 < len(ws)
            and self._tight(ws, i, 2)
            and ws[i + 1].cuts[0].key in _HE_VERB_FOLLOWERS
        ):
            return False  # "הנאשם אסף את/במשך" (the defendant collected): the title's verb, its object next
        if (
            self.common(cut.text)
            and not cue & (Cue.NAMED | Cue.NAMING)
            and self._in_a_phrase(ws, i, cut, cue)
        ):
            return False  # "پدرش یاد گرفته", "وقال الوكيل الفني", "המורה אמר שלום": a word of a phrase
        rank = max(self.name_score(cut), self._given(cut))
        own = self.tables.zipf(cut.key)
        zipf = max([own, *(self.tables.zipf(c.key) for c in ws[i].cuts)])  # "אמר שהרשת": ש + the network
        if (
            self.lang in ("fa", "ur")
            and cue & Cue.TITLE
            and not cue & (Cue.NAMED | Cue.FAMILY | Cue.NAMING)
            and rank < 0.5
            and own >= _TITLE_REMIT_ZIPF
            and not (
                i + 1 < len(ws)
                and self._tight(ws, i, 2)
                and self.name_score(ws[i + 1].cuts[0]) >= 0.5  # "ڈاکٹر عاصمہ ریاض": a name follows
            )
        ):
            return False  # "مدیرکل اوقاف" (director general of endowments): the title's remit, no one
        excess = own - common_line(self.lang) if self.common(cut.text) else None
        return lone_person(zipf, rank, cue, excess)

    def _in_a_phrase(self, ws: list[Word], i: int, cut: Cut, cue: Cue) -> bool:
        """Is this frequent word (word i) a word of an ordinary phrase, whatever
        cue stands before it? The nominal half of a Persian or Urdu compound
        verb ("یاد گرفته", learned; "یقین دلایا", assured), a Persian predicate
        before its copula ("سالم است", is well); an Arabic definite
        noun with its definite adjective ("الوكيل الفني", the technical
        undersecretary: "قال" before it says nothing); the object of a Hebrew
        verb of saying whose subject stands before it ("המורה אמר שלום", the
        teacher said hello: a speaker after the verb follows a quote or a comma)."""
        after = ws[i + 1] if i + 1 < len(ws) and self._tight(ws, i, 2) else None
        if after is not None and self.lang in ("fa", "ur") and _light_verb(self.lang, after.text):
            return True
        if after is not None and self.lang == "fa" and after.cuts[0].key in _COPULAS["fa"]:
            return True  # "حال بیمار سالم است" (the patient is well): a predicate
        if (
            after is not None
            and self.lang == "ar"
            and cut.key.startswith("ال")
            and after.cuts[0].key.startswith("ال")
            and self.common(after.text)
            and not self.strong(after.cuts[0])
        ):
            return True
        return bool(
            self.lang == "he"
            and cue & Cue.SPEECH
            and i >= 2
            and self._tight(ws, i - 2, 3)
            and self._match(ws, i - 1, self.lists.quotes) is not None
            and ws[i - 2].text.startswith("ה")
            and self.common(ws[i - 2].text)
            and ws[i - 2].cuts[0].key not in _HE_WHEN  # "הבוקר אמר גל": this morning, Gal said
        )

    def lone_person_stands(self, p: int, start: int, end: int, how: str) -> bool:
        """The gate of every one-word person of the source (recognise_article asks
        it last, whatever path made the mention: these rules, the name list, a
        library name, a skeleton match, a relabelling): a word that is a common
        word of the language (as written or after its clitics) stays a person
        only with the context lone_person accepts: the cue the rules found it
        on, a title, kin word, "named" or verb of saying next to it, or the
        article (or the library) naming exactly one person in full with it;
        `how` "library": a one-word form of a library name the article never
        writes in full, which says so only beside another cue."""
        if p >= len(self.words):
            return True
        self.hits()  # (the cues the rules' one-word people stood on)
        ws = self.words[p]
        i = self._word_at(p, start)
        if i is None or ws[i].end < end:
            return True  # not one word of the rules' reading
        w = ws[i]
        cut = next((c for c in w.cuts if c.start == start), w.cuts[0])
        if not (self.common(w.text) or self.common(cut.text)):
            return True
        if cut.key in _CARDINALS.get(self.lang, ()):
            return False
        cue = self._lone_cues.get((p, cut.start), Cue.NONE) | self._cue(ws, i) | self._kin_before(ws, i)
        owner = self._owner(cut.key, (p, w.start))
        if owner is not None and " " in owner or how in ("namelist", "known"):
            cue |= Cue.NAMED  # the article's full name, the curated list, a name of the library
        elif how == "library" and cue:
            # the library's full name the article never writes, for a word with a cue of its own
            # ("ودعا الصدر"); alone it is the word ("الضأن السوداني", Sudanese sheep)
            cue |= Cue.NAMED
        return self._lone_person(ws, i, cut, cue)

    def place_words(
        self, spans: Iterable[tuple[int, int, int, str]], people: Iterable[tuple[int, int, int, str]]
    ) -> dict[str, str]:
        """The keys of the words of this article's places and bodies of several
        words (`spans`: paragraph, start, end, label), each with its label (a
        place's first), less those of its people of several words (`people`):
        a word the article names someone in full with stays that person's.
        Inside a name, the word after a well-ranked given name is a surname (a
        person the body's name swallowed: "شورا حسین صفرلو"), no word of the place."""
        found = self._span_words(sorted(spans, key=lambda s: s[3] != PLACE), skip_surnames=True)
        for k in self._span_words(people):
            found.pop(k, None)
        return found

    def _span_words(
        self, spans: Iterable[tuple[int, int, int, str]], skip_surnames: bool = False
    ) -> dict[str, str]:
        out: dict[str, str] = {}
        for p, s, e, label in spans:
            if p >= len(self.words):
                continue
            starts = self._starts(p)
            ws = self.words[p][bisect_left(starts, s) : bisect_left(starts, e)]
            if len(ws) < 2:
                continue
            for k, w in enumerate(ws):
                if not (skip_surnames and k and self._given(ws[k - 1].cuts[0]) >= PAIR_GIVEN):
                    for key in self._count_keys(w):
                        out.setdefault(key, label)
        return out

    def part_of_a_place(self, p: int, start: int, end: int, place_words: dict[str, str]) -> str | None:
        """A one-word person on a word of a place or body of several words the
        article names ("بندر" of "کیٹی بندر", "יעקב" of "זכרון יעקב", "سلیمان"
        of "مسجد سلیمان") with nothing around this occurrence saying it is
        someone: no title, kin word or "named" before it, no verb of saying
        next to it (_cue, _kin_before). The article naming a one-word person so
        elsewhere says nothing here: the town's word is written alone as often.
        The label of that place or body (PLACE or ORG), else None.
        (At the place itself _anchored starts no person on its second word.)"""
        if not place_words or p >= len(self.words):
            return None
        ws = self.words[p]
        i = self._word_at(p, start)
        if i is None or ws[i].end < end:
            return None
        cut = next((c for c in ws[i].cuts if c.start == start), ws[i].cuts[0])
        own = [cut.key, cut.key[2:]] if self.lang == "ar" and cut.key.startswith("ال") else [cut.key]
        label = next((place_words[k] for k in own if k in place_words), None)
        if label is None or self._cue(ws, i) or self._kin_before(ws, i):
            return None
        return label

    def projected_person(
        self, p: int, start: int, end: int, canonical: str, written: frozenset[str]
    ) -> str | None:
        """The gate of a one-word person projected from the translation pane
        onto a common word of the source (issue 10, rule 3): the English pane's
        label is a guess its rules made on a capitalised word ("Haaretz",
        "Mekorot", "Ynet" read as people), and a projection can land on the wrong
        word (a verb, "گفت", for "Javid"). It stands when lone_person_stands
        does, or when the English pane names a person in full with it (two
        words or more) and the name tables rank the word as a name; never on a
        word written with the article the name leaves out ("היציע המזרחי", the
        east stand; "أصناف من الخلاص", a date variety), nor when the article
        writes that person's full name in the source with other words
        ("گل زمان" makes "سامان", goods, no Gul Zaman).
        PERSON when it stands; else ORG (PLACE when the gazetteer knows the
        word) for a word the tables rank low as a name (the pane's capitalised
        word is then a body or a place: a paper, a utility, a club, a town),
        unless it is no name at all and as frequent as a verb or a function
        word (a misprojection: "گفت", said); else None: a given name with
        nothing in the article saying this occurrence is someone."""
        if p >= len(self.words):
            return PERSON
        ws = self.words[p]
        i = self._word_at(p, start)
        if i is None or ws[i].end < end:
            return PERSON
        w = ws[i]
        cut = next((c for c in w.cuts if c.start == start), w.cuts[0])
        surface = w.text[start - w.start : end - w.start]
        if (cut.key,) in self.lists.org_intros:
            return None  # the word before a body's name ("شرکت", company), the pane's "Sherkat"
        if not (self.common(w.text) or self.common(cut.text) or self.common(surface)):
            return PERSON
        before = w.text[: start - w.start]
        if self.lang == "he" and before.endswith("ה") or self.lang == "ar" and before.endswith(("ال", "لل")):
            return None  # a definite noun or adjective: the name would carry its article
        if written and not {w.text, cut.text, surface} & written:
            return None
        if self.lone_person_stands(p, start, end, "align"):
            return PERSON
        rank = max(self._given(cut), self.tables.surname(cut.key))
        full = [t for t in canonical.replace("-", " ").split() if t.casefold() not in _LATIN_ARTICLES]
        if len(full) >= 2 and rank >= PROJECTED_RANK:
            return PERSON  # (not "Al Khaleej": one word and its article)
        if rank < PROJECTED_BODY_RANK and (
            rank >= PROJECTED_NO_NAME or self.tables.zipf(cut.text) < PROJECTED_WORD_ZIPF
        ):
            return PLACE if self.tables.place((cut.key,)) else ORG
        return None

    def weak_people(self) -> set[str]:
        """The canonical names of the people of several words this article's rules
        made of ordinary words with nothing saying they are someone (issue 10,
        rule 3): "زعفران افغانی" (Afghan saffron), "زعفران بی‌کیفیت" (poor-quality
        saffron) in an article that writes "زعفران" alone a dozen times.
        recognise_article drops them, and their lone mentions elsewhere (the
        currency "افغانی" was linked to "Zafran Afghani").
        A person stands when any of its mentions has a cue (_cued: the cue the
        rules made it on, a title, kin word, "named" or verb of saying next to
        it, a title after a comma), or when one of its full names is not made of
        plain words (_plain_words: a word of it is a name that is no word of the
        language, "שגב", or a surname the article never writes alone, "حسینی";
        or none of its words is written alone elsewhere in the article twice,
        once beside an adjective of a place). The name list's and the library's
        names are other recognisers' and stay."""
        if self._weak is not None:
            return self._weak
        by_name: dict[str, list[tuple[int, int, int]]] = {}
        others: list[tuple[int, int, int]] = []  # the other names (a firm's, a place's)
        for p, hs in enumerate(self.hits()):
            for h in hs:
                if h.label == PERSON and h.canonical:
                    # the words that start inside the name (word starts rise: two bisections)
                    starts = self._starts(p)
                    first, end = bisect_left(starts, h.start), bisect_left(starts, h.end)
                    if first < end:
                        by_name.setdefault(h.canonical, []).append((p, first, end))
                        continue
                others.append((p, h.start, h.end))
        cued = {
            canonical
            for canonical, mentions in by_name.items()
            if any(self._cued(self.words[p], i, j, p) for p, i, j in mentions)
        }
        for canonical in cued:
            others += [
                (p, self.words[p][i].start, self.words[p][j - 1].end) for p, i, j in by_name[canonical]
            ]
        # a word another person of ordinary words is made of counts as written alone: "يسود أمل كبير"
        # and "الأمل معقود" (hope prevails; the hope rests on...) are two such names
        counts: dict[str, int] | None = None  # (counted when a name needs them: most articles have none)
        weak = self._weak = set()
        for canonical, mentions in by_name.items():
            runs = [(self.words[p], i, j) for p, i, j in mentions if j - i >= 2]
            if canonical in cued or not runs:
                continue
            if counts is None:
                counts = self._plain_counts(others)
            own: dict[str, int] = {}  # (its own mentions are no use of the word alone)
            for p, i, j in mentions:
                for w in self.words[p][i:j]:
                    for k in self._count_keys(w):
                        own[k] = own.get(k, 0) + 1
            if all(self._plain_words(ws, i, j, counts, own) for ws, i, j in runs):
                weak.add(canonical)
                self._places_in_weak(runs)
        return weak

    def _places_in_weak(self, runs: list[tuple[list[Word], int, int]]) -> None:
        """A country or city of one word inside a name weak_people dropped is that
        place ("ישראל באירוויזיון": Israel at the Eurovision)."""
        for ws, i, j in runs:
            p = self._paragraph_of.get(id(ws), -1)
            for k in range(i, j):
                place = self._place_at(ws, k, any_cut=False)
                if place is not None and place[0] == 1 and place[3] in ("country", "city"):
                    start = place[1].start
                    text = self.paragraphs[p][start : ws[k].end]
                    self.weak_places.append((p, start, ws[k].end, text, place[2]))

    def _cued(self, ws: list[Word], i: int, j: int, p: int) -> bool:
        """Does anything around words i..j-1 say they are someone's name: the cue
        the rules found a one-word person on, a title, kin word or "named" before,
        a verb of saying before or after, a title after a comma?"""
        cue = self._lone_cues.get((p, ws[i].cuts[0].start), Cue.NONE) & ~Cue.NAMED
        if cue or self._run_cues.get((p, ws[i].start)) or self._cue(ws, i) or self._kin_before(ws, i):
            return True
        if j - i >= 2 and self._cue(ws, j - 1) & Cue.SPEECH:
            return True
        gap = self._text_of[id(ws)][ws[j - 1].end : ws[j].start] if j < len(ws) else ""
        return gap.strip() in (",", "،") and self._match(ws, j, self.lists.titles) is not None

    def _plain_words(
        self, ws: list[Word], i: int, j: int, counts: dict[str, int], own: dict[str, int]
    ) -> bool:
        """Are words i..j-1 ordinary words side by side: each a word the article
        also writes alone outside any name, or no name the tables vouch for (a
        name that is no word of the language, a surname that is no adjective of
        a place), and one of them written alone twice (once beside an adjective
        of a place: "زعفران افغانی")? A word's own name rank says nothing when the
        article writes it alone: "אור", "امید", "أمل" are top names too."""
        most = 0
        for w in ws[i:j]:
            c = w.cuts[0]
            if self.tables.zipf(c.key) < WORD_ZIPF:
                if self.name_score(c) >= _NAME_MIN:
                    return False  # "שגב", "אלמליח" (written with "משפחת" too): a name, no word
                continue
            plain = max(counts.get(k, 0) - own.get(k, 0) for k in self._count_keys(w))
            if not plain and self._clear_surname(c) and not self._adjective_of_place(c):
                return False  # "حسینی": a surname
            if w is ws[j - 1] and self._only_surname(c):
                return False  # "גורדון": a surname the article writes alone again, never a given name
            most = max(most, plain)
        need = 1 if any(self._adjective_of_place(w.cuts[0]) for w in ws[i:j]) else PLAIN_USES
        return most >= need

    def _only_surname(self, cut: Cut) -> bool:
        """Hebrew: a word the tables rank as a surname and never as a given name,
        and no adjective of a place: a name's last word ("גורדון"), whatever its
        frequency. (Not Persian or Urdu, whose adjectives in -i are surnames too:
        "طوفانی", stormy.)"""
        return (
            self.lang == "he"
            and self.tables.surname(cut.key) >= 0.5
            and self.tables.given(cut.key) < 0.1
            and not self._adjective_of_place(cut)
        )

    def _plain_counts(self, spans: list[tuple[int, int, int]]) -> dict[str, int]:
        """How often the article writes each word (any reading's key) outside
        these names (a firm's: "شرکت زعفران")."""
        inside: dict[int, list[tuple[int, int]]] = {}
        for q, s, e in spans:
            inside.setdefault(q, []).append((s, e))
        counts: dict[str, int] = {}
        for p, ws in enumerate(self.words):
            hidden = bytearray(len(ws))  # the words that start inside one of the names
            starts = self._starts(p)
            for s, e in inside.get(p, ()):
                for n in range(bisect_left(starts, s), bisect_left(starts, e)):
                    hidden[n] = 1
            for w, inside_a_name in zip(ws, hidden):
                if not inside_a_name:
                    for k in self._count_keys(w):
                        counts[k] = counts.get(k, 0) + 1
        return counts

    def _word_at(self, p: int, offset: int) -> int | None:
        """The word of paragraph p that `offset` is in (None between words): the
        last word starting at or before it, if it has not ended."""
        i = bisect_right(self._starts(p), offset) - 1
        return i if i >= 0 and offset < self.words[p][i].end else None

    def _word_starting(self, p: int, offset: int) -> int | None:
        """The word of paragraph p that starts at `offset`, if one does."""
        i = self._word_at(p, offset)
        return i if i is not None and self.words[p][i].start == offset else None

    def _starts(self, p: int) -> list[int]:
        """Where each word of paragraph p starts (rising: bisect finds the words of a span)."""
        found = self._starts_memo.get(p)
        if found is None:
            found = self._starts_memo[p] = [w.start for w in self.words[p]]
        return found

    def _count_keys(self, w: Word) -> set[str]:
        """The keys a word is counted under: its readings' ("ולשלום": שלום too), in
        Arabic also without the article ("الأمل" is the noun "أمل")."""
        keys = {c.key for c in w.cuts}
        if self.lang == "ar":
            keys |= {k[2:] for k in keys if k.startswith("ال") and len(k) >= 5}
        return keys

    def _adjective_of_place(self, cut: Cut) -> bool:
        """An adjective of a country or town, or a nisba ("افغانی", "المصري",
        "ישראלי"): a complement of an ordinary noun as readily as a surname."""
        if self.lang == "ar":
            return self._demonym(cut)  # (not any definite word: "الخطيب" is a family name)
        if self._country_adjective(cut) or self._nisba(cut):
            return True
        if self.lang == "he" and cut.key.endswith(("י", "ית")):
            stem = cut.key.removesuffix("ית").removesuffix("י")
            return self.tables.place((stem,)) is not None
        return False

    def _kin_before(self, ws: list[Word], i: int) -> Cue:
        """A kin word, title or "named" right before word i (as the titles and
        kin loop of _paragraph reads them)."""
        for k in range(max(0, i - 2), i):
            for table in (self.lists.kin, self.lists.titles):
                m = self._match(ws, k, table)
                if m is None or k + m[0] != i or not self._tight(ws, k, i - k + 1):
                    continue
                if table is self.lists.kin:
                    if self.lang == "he" and ws[k].text[: m[1].start - ws[k].start].endswith("ה"):
                        continue  # "הבנו" (we understood): a kin word takes no article
                    return Cue.FAMILY
                if m[1].key in _NAMING:
                    return Cue.NAMING
                return Cue.ROLE if m[1].key in _ROLE_TITLES else Cue.TITLE
        return Cue.NONE

    def _clear_surname(self, cut: Cut) -> bool:
        """A surname even though it is also a frequent word ("خان", "שריף"),
        but not an Arabic nisba adjective ("الجزائري", "السعودي")."""
        if not self.common(cut.text):
            return self.surname_like(cut)
        return (
            self.surname_like(cut)
            and self.tables.surname(cut.key) >= 0.8
            and not (self.lang == "ar" and cut.key.startswith("ال"))
        )

    def _given(self, cut: Cut) -> float:
        """Given-name score, also of Persian/Urdu compounds written as one
        word ("محمدباقر", "محمدرضا", "علیرضا"); remembered per key (asked of
        most words by several rules)."""
        k = cut.key
        g = self._given_memo.get(k)
        if g is None:
            g = self._given_memo[k] = self._given_score(k)
        return g

    def _given_score(self, k: str) -> float:
        g = self.tables.given(k)
        if g < 0.6 and self.lang in ("fa", "ur"):
            for head in _COMPOUND_HEADS:
                if k.startswith(head) and len(k) > len(head) + 2:
                    g = max(g, min(self.tables.given(k[len(head) :]), 0.8))
            if k.replace(_ZWNJ, "").replace(" ", "").removesuffix("الله") in _THEOPHORIC_HEADS:
                g = max(g, 0.75)  # "حجت‌الله", "روح‌الله": "X of God" names
        return g

    def _nisba(self, cut: Cut) -> bool:
        """An Arabic definite ordinary word ("الجزائري", "العون") or a Persian/Urdu
        adjective in -i ("اسلامی", "ملی"): no surname after a title or after a
        given name that is also a word ("عادل" equalised)."""
        if not self.common(cut.text):
            return False
        if self.lang == "ar":
            return cut.key.startswith("ال")
        return (
            self.lang in ("fa", "ur")
            and cut.key.endswith("ي")
            and self.tables.zipf(cut.key) >= 5.0
            and self.tables.given(cut.key) <= self.tables.surname(cut.key)
        )  # not "جلیلی", "تهرانی"

    def _ranked_surname(self, cut: Cut) -> bool:
        """A well-ranked name word that is not among the most frequent words
        nor an Arabic nisba adjective."""
        return (
            self.name_score(cut) >= 0.55
            and self.tables.zipf(cut.key) <= 5.0
            and not (self.lang == "ar" and cut.key.startswith("ال") and self.common(cut.text))
        )

    def surname_like(self, cut: Cut) -> bool:
        """More a surname than anything else ("خان", "שריף"), even if frequent."""
        if self._is_stop(cut):
            return False
        s = self.tables.surname(cut.key)
        return s >= 0.6 and s >= self.tables.given(cut.key)

    def name_score(self, cut: Cut) -> float:
        t = self.tables
        best = max(t.given(cut.key), t.surname(cut.key))
        if self.lang == "ar" and cut.key.startswith("ال") and len(cut.key) > 4:
            best = max(best, t.surname(cut.key[2:]))
        return best

    def _is_stop(self, cut: Cut) -> bool:
        return cut.key in self.lists.stop

    def _match(self, ws: list[Word], i: int, table: Phrases, any_cut: bool = True) -> tuple[int, Cut] | None:
        """Longest phrase of `table` starting at word i: (n words, cut) or None."""
        firsts = self._firsts.get(id(table))
        if firsts is None:
            firsts = self._firsts[id(table)] = _first_words(table)
        cuts = ws[i].cuts
        if len(cuts) == 1:  # most words: one dictionary look-up says no phrase starts here
            lengths = firsts.get(cuts[0].key)
            if lengths is None:
                return None
        else:
            found = [firsts[c.key] for c in cuts if c.key in firsts]
            if not found:
                return None
            lengths = set().union(*found)
        room = min(self.lists.longest, len(ws) - i)
        for n in sorted(lengths, reverse=True):
            if n > room:
                continue
            rest = tuple(w.cuts[0].key for w in ws[i + 1 : i + n])
            for cut in ws[i].cuts if any_cut else ws[i].cuts[:1]:
                if (cut.key, *rest) in table and self._tight(ws, i, n):
                    if (
                        cut.key in _AR_CHIEF
                        and table is self.lists.titles
                        and not self._heads_definite(ws, i)
                    ):
                        continue  # "كبير" (big) is "chief" only heading a definite noun: "كبير المفاوضين"
                    if (
                        table is self.lists.quotes
                        and self.lang == "ur"
                        and any("ھ" in w.text for w in ws[i : i + n])
                    ):
                        return None  # "کھا" (eat) keys as "کہا" (said): no Urdu verb of saying has ھ
                    return n, cut
        return None

    def _ar_definite_plural(self, k: str) -> bool:
        return self.lang == "ar" and k.startswith("ال") and k.endswith(_AR_PLURALS) and len(k) > 5

    def _heads_definite(self, ws: list[Word], i: int) -> bool:
        """Word i heads a definite noun: the next word has the article or a possessive
        ending ("كبير الاقتصاديين", "كبير إدارييها"), the construct state."""
        if i + 1 >= len(ws) or not self._tight(ws, i, 2):
            return False
        nxt = ws[i + 1].cuts[0].key
        return nxt.startswith("ال") and len(nxt) > 3 or nxt.endswith(_AR_POSSESSIVE) and len(nxt) > 4

    def _tight(self, ws: list[Word], i: int, n: int) -> bool:
        """Words i..i+n-1 separated by spaces (or a hyphen/half-space) only."""
        reach = self._reaches.get(id(ws)) or self._reach(ws)
        return reach[i] >= i + n

    def _reach(self, ws: list[Word]) -> list[int]:
        """For each word, the end (exclusive) of the tight stretch it starts."""
        reach = self._reaches.get(id(ws))
        if reach is None:
            text = self._text_of[id(ws)]
            reach = [0] * len(ws)
            end = len(ws)
            for k in range(len(ws) - 1, -1, -1):
                if k + 1 < len(ws):
                    gap = text[ws[k].end : ws[k + 1].start]
                    if len(gap) > 2 or gap.strip(" -\u00a0" + _ZWNJ + self._geresh(ws, k)):
                        end = k + 1
                reach[k] = end
            self._reaches[id(ws)] = reach
        return reach

    def _geresh(self, ws: list[Word], k: int) -> str:
        """A Hebrew geresh closing word k belongs to it ("חאג' יחיא", "ג'ורג'"):
        the gap after it is as tight as a space."""
        w = ws[k]
        # and one closing an abbreviation: "פרופ' אור שקד", "גב' כהן"
        abbreviation = w.text + "'" in _COMMON_ACRONYMS
        return "'׳" if self.lang == "he" and (w.text[-1:] in "גזצץת" or abbreviation) else ""

    def _initial(self, ws: list[Word], k: int) -> bool:
        """A one-letter initial ("פ." in "ג'ון פ. קנדי")."""
        w = ws[k]
        return (
            len(w.text) == 1
            and word_script(w.text) in ("he", "ar")
            and self._text_of[id(ws)][w.end : w.end + 1] == "."
            and k + 1 < len(ws)
        )

    def _name_like(self, cut: Cut, strict: bool) -> bool:
        """Could this word be part of a name? `strict`: only with name-table
        support strong enough to stand without a cue; else also any word that
        is not a frequent one."""
        if (
            self._is_stop(cut)
            or len(cut.key) < 2
            or word_script(cut.text) not in ("he", "ar")
            or self._verb(cut)
            or _TANWEEN.search(cut.text)
            or any(ch.isdigit() for ch in cut.text)
            or self._derived(cut)
            or self._country_adjective(cut)
            or self._hebrew_suffixed(cut)
        ):
            return False  # (an indefinite noun with tanween, "وادٍ", is never a name)
        if self._ar_possessed(cut):
            return False  # "أرباحها", "أنصاره", "كاتبها" (its secretary): a noun with a pronoun suffix
        if (
            self.lang == "ar"
            and cut.text.endswith("ه")
            and len(cut.key) >= 5
            and self.name_score(cut) < _NAME_MIN
            and self.tables.zipf(cut.key[:-1]) >= 3.7  # (not "جوزيه", José: "جوزي" 3.1)
        ):  # "باسم أقاربه" (in his relatives' names): "his" on a noun (a feminine ة is no pronoun)
            return False
        if (
            self.lang == "ar"
            and cut.key.endswith("ا")
            and len(cut.key) >= 4
            and self.common(cut.text)
            and self.common(cut.key[:-1])
        ):
            return False  # "ليلا" (at night), "صباحا": an adverb, the accusative alif on a noun
        if strict:
            return self.strong(cut)
        return (
            self.strong(cut)
            or not self.common(cut.text)
            or self.surname_like(cut)
            or self.tables.given(cut.key) >= 0.6
            and self.tables.zipf(cut.key) < 5.0
        )

    def _ar_possessed(self, cut: Cut) -> bool:
        """An Arabic word with a pronoun suffix that no table ranks well as a
        name: "أرباحها" (its profits), "بكاملها" (in its entirety)."""
        return (
            self.lang == "ar"
            and len(cut.key) >= 5
            and cut.key.endswith(_AR_POSSESSIVE)
            and (self.name_score(cut) < _NAME_MIN or self.common(cut.key[:-2]) and self.name_score(cut) < 0.5)
        )

    def _no_name_nor_place(self, cut: Cut) -> bool:
        """No table ranks the word as a name or knows it as a place: the last
        test of every rule that reads a word as a verb, adjective or noun."""
        return self.name_score(cut) < _NAME_MIN and self.tables.place((cut.key,)) is None

    def _ar_perfect_she(self, cut: Cut) -> bool:
        """An Arabic perfect verb of "she" (the ending ت on a frequent word)
        that no table ranks as a name or knows as a place: "سكنت" (settled:
        "من خارج منطقة الجزاء سكنت الزاوية", the ball settled in the corner)."""
        k = cut.key
        return (
            self.lang == "ar"
            and len(k) >= 4
            and k.endswith("ت")
            and not k.startswith("ال")
            and self.tables.zipf(k[:-1]) >= max(4.0, self.tables.zipf(k))
            and self._no_name_nor_place(cut)
        )

    def _derived(self, cut: Cut) -> bool:
        """A Persian/Urdu word ending in a plural or agent suffix after a
        half-space ("مذاکره‌کننده", negotiating; "موکب‌ها"): never a name."""
        parts = cut.text.split(_ZWNJ)
        return self.lang in ("fa", "ur") and len(parts) > 1 and parts[-1] in _DERIVED_SUFFIXES

    def _inflected(self, cut: Cut) -> bool:
        """A Persian/Urdu inflected form of an ordinary word that no table ranks
        as a name: a plural ("دهقانان", farmers; "ٹرینیں", trains; "سٹیشنوں",
        at stations), a word with a half-spaced indefinite or plural ending
        ("چاره‌ای", a way out) or a possessive ending ("ویرانش", ruin it).
        Names take none of these endings; nor Hebrew plurals (_hebrew_plural)
        nor Arabic ones (_arabic_plural)."""
        if self.lang == "ar":
            return self._arabic_plural(cut)
        if self.lang not in ("fa", "ur", "he") or self.name_score(cut) >= _NAME_MIN:
            return False
        if self.tables.place((cut.key,)) is not None:
            return False
        if self.lang == "he":
            return self._hebrew_plural(cut)
        text = cut.text
        parts = text.split(_ZWNJ)
        if len(parts) > 1:
            return parts[-1] in _SUFFIXES and self.common(_ZWNJ.join(parts[:-1]))
        if self.lang == "ur":
            return any(
                text.endswith(end)
                and len(text) - len(end) >= 3
                and self.tables.zipf(text[: -len(end)]) >= WORD_ZIPF
                for end in ("وں", "یں")
            )
        return any(
            text.endswith(end) and len(text) - len(end) >= 3 and self.common(text[: -len(end)])
            for end in ("ان", "ها", "ش", "شان")
        )

    def _arabic_plural(self, cut: Cut) -> bool:
        """An Arabic sound plural (-ون, -ين, -ات) of a word of the language that
        no table ranks as a name: "الصيادين" (the fishermen), "مزارعون"
        (farmers). Definite, the singular need only be a word ("الصياد");
        bare, a frequent one, since foreign names end so too ("مارتين",
        "جونسون"); "حسين", "ياسين", "عرفات", "خلدون" are ranked names."""
        k = cut.key
        if not k.endswith(_AR_PLURALS) or self.name_score(cut) >= 0.5 or self.tables.place((k,)):
            return False
        stem = k[:-2]
        if stem.startswith("ال"):
            return len(stem) >= 5 and self.tables.zipf(stem[2:]) >= WORD_ZIPF
        return len(stem) >= 3 and self.tables.zipf(stem) >= 4.0

    def _hebrew_plural(self, cut: Cut) -> bool:
        """A Hebrew plural in -ים or -ות that no name table ranks: a word of the
        language ("מתלוננים", complaining) or the plural of one ("חורפים",
        winters; "ותיקות", veteran). "שני חורפים" is two winters, not Shani."""
        k = cut.key
        if len(k) < 5 or k[-2:] not in _HE_PLURALS:
            return False
        stem = k[:-2]
        if stem.endswith("י") and k[-2:] == _HE_PLURALS[0]:
            stem = stem[:-1]  # "עירוניים"
        return any(self.tables.zipf(f) >= 3.0 for f in (k, stem, stem + "ה"))  # (keys fold final letters)

    def _country_adjective(self, cut: Cut) -> bool:
        """A Persian/Urdu adjective of a country ("ازبکستانی", "مراکشی",
        "ازبک"): a nationality, not a surname (city adjectives like "تهرانی"
        are surnames too)."""
        if self.lang not in ("fa", "ur"):
            return False
        if self._stan_people(cut):
            return True
        if not cut.key.endswith("ي") or len(cut.key) < 4:
            return False
        found = self.tables.place((cut.key[:-1],))
        return found is not None and found[1] == "country"

    def _stan_people(self, cut: Cut) -> str | None:
        """The country a Persian/Urdu word names the people of, a "-stan"
        ("ازبک", "تاجیک": Uzbekistan, Tajikistan), or None; not a frequent
        word ("پاک", clean, is no people of Pakistan)."""
        if self.lang not in ("fa", "ur") or len(cut.key) < 3 or self.tables.zipf(cut.key) >= 4.0:
            return None
        found = self.tables.place((cut.key + "ستان",))
        return found[0] if found is not None and found[1] == "country" else None

    def _city_adjective(self, cut: Cut) -> bool:
        """A Persian/Urdu adjective of a town ("تبریزی", "شیرازی", "لاہوری"):
        a common family name after a given name."""
        if self.lang not in ("fa", "ur") or not cut.key.endswith("ي") or len(cut.key) < 4:
            return False
        found = self.tables.place((cut.key[:-1],))
        return found is not None and found[1] != "country"

    def _run(self, ws: list[Word], i: int, strict: bool, limit: int = _MAX_PERSON) -> int:
        """End (exclusive) of a run of name words from word i (cut 0 after the first)."""
        j = i
        while j < len(ws) and j - i < limit:
            if j > i and not self._tight(ws, j - 1, 2):
                if not (
                    self._initial(ws, j - 1)
                    and self._text_of[id(ws)][ws[j - 1].end : ws[j].start].strip() == "."
                ):
                    break
            cut = ws[j].cuts[0]
            if (
                j - i >= 2
                and self._text_of[id(ws)][ws[j - 1].end : ws[j].start] == "-"
                and not self._is_stop(cut)
                and not self._verb(cut)
                and word_script(cut.text) == word_script(ws[j - 1].text)
            ):
                j += 1  # a double-barrelled surname: "פיירברג-איכר", whatever its second half
                continue
            if j == i + 1 and self.lang == "ar" and self._definite_noun_after_word(ws[i].cuts[0], cut):
                break  # "أمل كبير" (great hope): an adjective, though "كبير" is also a title and a surname
            if j > i and not strict and self._surname_title(ws, j):
                j += 1  # "وزير النقل كامل الوزير إن": the surname, not a second minister
                break
            if j > i and self._stop_here(ws, j):
                break
            if self._initial(ws, j):
                j += 1
                continue
            if j == i + 1 and self._definite_surname(ws[i].cuts[0], cut):
                j += 1  # "مقتدى الصدر"
                continue
            if j == i + 1 and self._definite_noun_after_word(ws[i].cuts[0], cut):
                break  # "גל הפיטורים" (a wave of layoffs), "ברק ההצלחה": a noun and its complement
            if self._compound_given(ws, j):
                j += 2  # "عبد الإله", "أبو علي": one name in two words
                continue
            if j > i and self._particle_compound(ws, j):
                j += 3  # "משה בר סימן טוב": the surname whole, whatever the limit
                break
            if (
                cut.key in self.lists.particles
                and j + 1 < len(ws)
                and self._name_like(ws[j + 1].cuts[0], False)
                and self._tight(ws, j, 2)
            ):
                j += 1
                continue
            # after a title any ranked name word will do ("بیرسٹر گوہر علی خان");
            # a third word only if it is one ("مسعود بارزاني" + "أنصاره", his supporters)
            ranked = self.name_score(cut) >= 0.45 and not self._is_stop(cut)
            after_compound = j - i == 2 and self._compound_given(ws, i) and not self.common(ws[j].text)
            if j - i >= 2 and not (ranked or self._initial(ws, j) or after_compound):
                break
            if not (
                self._name_like(cut, strict and j > i)
                or not strict
                and ranked
                or j == i + 1
                and self._surname_near_line(ws[i].cuts[0], cut)
            ):
                break
            j += 1
        while j > i and (ws[j - 1].cuts[0].key in self.lists.particles or self._initial(ws, j - 1)):
            j -= 1
        return j

    def _particle_compound(self, ws: list[Word], j: int) -> bool:
        """Hebrew: "בר" and two words of the language after a given name, then the
        name's end (a function word, a quote verb, punctuation, the end): one
        surname ("בר סימן טוב"), though neither word is a name."""
        if self.lang != "he" or ws[j].cuts[0].key != _HE_BAR or j + 2 >= len(ws) or not self._tight(ws, j, 3):
            return False
        text = self._text_of[id(ws)]
        if text[ws[j].end : ws[j + 1].start] != " " or text[ws[j + 1].end : ws[j + 2].start] != " ":
            return False  # "בר-דוד בירך": a hyphenated surname, then its verb
        for c in (ws[j + 1].cuts[0], ws[j + 2].cuts[0]):
            if (
                self._is_stop(c)
                or self._verb(c)
                or self._hebrew_past(c)
                or c.text.startswith("ה")
                or any(ch.isdigit() for ch in c.text)
                or word_script(c.text) != "he"
                or self.tables.place((c.key,)) is not None
            ):
                return False
        if j + 3 >= len(ws) or not self._tight(ws, j + 2, 2):
            return True
        after = ws[j + 3].cuts[0]
        return (
            self._is_stop(after)
            or self._verb(after)
            or self._hebrew_past(after)
            or self._match(ws, j + 3, self.lists.quotes) is not None
        )

    def _surname_title(self, ws: list[Word], j: int) -> bool:
        """An Arabic definite title that is also a surname ("الوزير", "الأمير")
        right after a given name, with no name or description after it."""
        cut = ws[j].cuts[0]
        if not self._surname_title_word(cut) or self._given(ws[j - 1].cuts[0]) < 0.5:
            return False
        nxt = j + 1
        return (
            nxt >= len(ws)
            or not self._tight(ws, j, 2)
            or self._is_stop(ws[nxt].cuts[0])
            or self._match(ws, nxt, self.lists.quotes) is not None
        )

    def _surname_title_word(self, cut: Cut) -> bool:
        return (
            self.lang == "ar"
            and cut.key.startswith("ال")
            and (cut.key,) in self.lists.titles
            and self.surname_like(cut)
        )

    def _stop_here(self, ws: list[Word], j: int) -> bool:
        """A cue, a quote verb, a place or a clitic before a common word
        ("בכנס", "في المؤتمر") ends a name run. (Depends on the words only:
        remembered per paragraph and word, as the rules ask it again and again.)"""
        memo = self._stops.get(id(ws))
        if memo is None or memo[0] is not ws:
            memo = self._stops[id(ws)] = (ws, {})
        stop = memo[1].get(j)
        if stop is None:
            stop = memo[1][j] = self._find_stop(ws, j)
        return stop

    def _find_stop(self, ws: list[Word], j: int) -> bool:
        lists = self.lists
        whole = self.tables.zipf(ws[j].cuts[0].key)
        if self.lang == "ar" and (_TANWEEN.search(ws[j].text) or self._ar_verb(ws[j].cuts[0])):
            return True  # "محللاً" (analysts, accusative), "ستدرس" (will study): no name runs over them
        if (
            self.lang == "ar"
            and len(ws[j].cuts[0].key) >= 6
            and ws[j].cuts[0].key.endswith(("ها", "هم"))
            and self.common(ws[j].cuts[0].key[:-2])
            and self.name_score(ws[j].cuts[0]) < _NAME_MIN
        ):
            return True  # a possessed ordinary noun: "صافولا القابضة نتائجها" (its results)
        # inside a foreign name ("ستيفانو بيولي") a clitic reading is unlikely
        foreign = (
            whole == 0
            and j > 0
            and not self.common(ws[j - 1].text)
            and not self._match(ws, j - 1, lists.titles)
        )
        if (
            self.lang == "ar"
            and self.common(ws[j].text)
            and any(c.key in lists.stop for c in ws[j].cuts[1:])
            and not self.strong(ws[j].cuts[0])
        ):
            return True  # "بأن" (that), not Ban (Hebrew "כהן" is not כ + הן)
        if (
            not foreign
            and any(
                len(c.key) >= 3
                and (self.common(c.text) or c.key in lists.stop)
                or len(c.key) >= 4
                and self.tables.zipf(c.key) >= max(3.0, whole)
                for c in ws[j].cuts[1:]
            )
            and self.name_score(ws[j].cuts[0]) < _NAME_MIN
        ):
            return True  # "בצמרת", "للتسويق": a preposition and a known word
        if (
            self.lang == "ur"
            and ws[j].cuts[0].key in _UR_CLAN_TITLES
            and self._given(ws[j - 1].cuts[0]) >= 0.5
        ):
            return False  # "عمران رانا": a clan title after a given name is the surname
        if any(c.key in lists.all_firsts for c in ws[j].cuts):  # (else no cue of these tables starts here)
            for table in (
                lists.quotes,
                lists.titles,
                lists.org_heads,
                lists.org_generic,
                lists.org_intros,
                lists.kin,
                lists.place_heads,
                lists.place_intros,
            ):
                if self._match(ws, j, table):
                    return True
        pl = self._place_at(ws, j)
        if (
            pl
            and pl[1] is not ws[j].cuts[0]
            and self.name_score(ws[j].cuts[0]) >= 0.5
            and not self.common(ws[j].text)
        ):
            return False  # "ליבנה" (Livne) is a surname before it is ל + Yavne
        if pl and self._surname_not_town(ws, j, pl):
            return False
        if (
            pl
            and self.lang == "ar"
            and pl[0] == 1
            and pl[3] != "country"
            and j >= 2
            and ws[j - 2].cuts[0].key in _AR_SON_OF
            and self._given(ws[j].cuts[0]) >= 0.9
        ):
            return False  # "ولد أحمد سالم": a father's name of two given names, not Salem
        return pl is not None

    def _surname_not_town(self, ws: list[Word], j: int, pl: Place) -> bool:
        """Hebrew: a rare one-word town (mostly abroad) that the tables rank as a
        surname more than a given name, right after a given name: the surname
        ("אופק ברדה", not Breda)."""
        cut = ws[j].cuts[0]
        return (
            self.lang == "he"
            and pl[0] == 1
            and pl[1] is cut
            and j > 0
            and self._given(ws[j - 1].cuts[0]) >= 0.6
            and self.tables.surname(cut.key) >= max(0.7, self.tables.given(cut.key))
            and self.tables.zipf(cut.key) < 4.0
        )

    def _place_at(self, ws: list[Word], i: int, any_cut: bool = True) -> Place | None:
        """Longest gazetteer place from word i: (n words, cut, canonical, kind)."""
        memo = (id(ws), i, any_cut)
        if memo not in self._place_memo:
            self._place_memo[memo] = self._find_place(ws, i, any_cut)
        return self._place_memo[memo]

    def _find_place(self, ws: list[Word], i: int, any_cut: bool) -> Place | None:
        t = self.tables
        if self.lang == "he":
            for cut in ws[i].cuts if any_cut else ws[i].cuts[:1]:
                town = _HE_TOWN_ABBREVIATIONS.get(cut.text.replace("״", '"'))
                if town:
                    return 1, cut, town, "city"
        cuts = [c for c in (ws[i].cuts if any_cut else ws[i].cuts[:1]) if t.starts_place(c.key)]
        if not cuts:
            return self._place_spelt_otherwise(ws, i, any_cut)
        # (the tests of a cut alone do not depend on the length tried: made once)
        cuts = [
            cut
            for cut in cuts
            if not (cut.start > ws[i].start and ws[i].text[cut.start - ws[i].start - 1] in "كכ")
            # "as"/"like" before a place is rare; "كلوي" is no Liwa
            and not (
                self.lang == "he"
                and any(
                    c.start < cut.start and self.name_score(c) >= 0.6 and not t.starts_place(c.key)
                    for c in ws[i].cuts
                )
            )  # "כשלוין": when + Levin, not when + ל + Vinh
        ]
        longest = min(t.max_place_len(), self._reach(ws)[i] - i)
        after = [w.cuts[0].key for w in ws[i + 1 : i + longest]]
        for n in range(longest if cuts else 0, 0, -1):
            rest = tuple(after[: n - 1])
            for cut in cuts:
                if n == 1 and (
                    cut.key in _PLACE_PREPOSITIONS.get(self.lang, ()) or (cut.key,) in self.lists.place_intros
                ):
                    continue  # "مدينة" (city) is no Medina, "تھانہ" (police station) no Thane
                found = t.place((cut.key, *rest))
                if found:
                    return n, cut, found[0], found[1]
        return None

    # -- recognition

    def hits(self) -> list[list[Hit]]:
        if self._hits is None:
            first = [self._paragraph(p) for p in range(len(self.paragraphs))]
            self._hits = [self._lone_names(p, hs) for p, hs in enumerate(first)]
            if self.lang == "he":
                self._short_club_names()
                self._he_towns_as_clubs()
                self._cued_company_names()
                self._listed_after_place()
                self._listed_after_settlements()
            if self.lang == "ur":
                self._urdu_listed_places()
                self._urdu_rare_pair()
            if self.lang == "fa":
                self._place_read_as_title_and_name()
            self._short_forms()
            if self.lang == "ar":
                self._ar_towns_as_clubs()
                self._ar_titled_places_listed()
                self._ar_company_kinds()
                self._ar_the_kingdom()
            if self.lang == "ur":
                self._ur_towns_as_teams(travel=True)  # (before _repeated_orgs spreads "ٹیم ملتان" as a body)
            self._repeated_orgs()
            if self.lang == "ur":
                self._ur_towns_as_teams(
                    travel=False
                )  # (after it: a town is a team only where the game says so)
        return self._hits

    def _repeated_orgs(self) -> None:
        """An organisation named by one word that is no ordinary word, found
        once from a cue ("واسمها دفعتي", "شركة أرامكو"), is that organisation
        wherever else the article writes the word ("وتطمح دفعتي"). So is a
        place named by a generic head and such a word ("بیابان لوت", the Lut
        desert, then "سطح صاف لوت")."""
        assert self._hits is not None
        names: dict[str, tuple[str, str]] = {}
        for p, hs in enumerate(self._hits):
            for h in hs:
                surface = self.paragraphs[p][h.start : h.end]
                if h.label == ORG and " " not in surface and len(surface) >= 3 and not self.common(surface):
                    names.setdefault(key(surface), (ORG, h.canonical))
                parts = surface.split()
                if (
                    h.label == ORG
                    and len(parts) == 3
                    and key(parts[0]) in _HE_KIND_HEADS
                    and not self.common(parts[2])
                ):
                    names.setdefault(
                        key(parts[2]), (ORG, h.canonical)
                    )  # "המרכז הרפואי ברזילי", then "בברזילי"
                if (
                    h.label == PLACE
                    and len(parts) == 2
                    and key(parts[0]) in _GENERIC_PLACE_HEADS
                    and len(parts[1]) >= 3
                    and not self.common(parts[1])
                ):
                    names.setdefault(key(parts[1]), (PLACE, h.canonical))
        if not names:
            return
        for p, ws in enumerate(self.words):
            spans = [(h.start, h.end) for h in self._hits[p]]
            extra = []
            for w in ws:
                if any(s < w.end and w.start < e for s, e in spans):
                    continue
                cut = next((c for c in w.cuts if c.key in names), None)
                if cut is not None and not self.paragraphs[p][w.start : cut.start].endswith(("ال", "ה")):
                    label, canonical = names[cut.key]
                    extra.append(Hit(cut.start, w.end, label, canonical, "names-rtl", 0.7))
            if extra:
                self._hits[p] = sorted(self._hits[p] + extra, key=lambda h: h.start)

    def _place_read_as_title_and_name(self) -> None:
        """Persian: a place of two words the article found ("ولسوالی امام صاحب")
        read elsewhere as a title and a lone name ("امام" + "صاحب", the imam
        Sahib): the word before the person and the person are that place."""
        assert self._hits is not None
        pairs: dict[tuple[str, str], str] = {}
        for p, hs in enumerate(self._hits):
            for h in hs:
                if h.label == PLACE:
                    ws = [w for w in self.words[p] if h.start <= w.start and w.end <= h.end]
                    if len(ws) == 2:
                        pairs[(ws[0].cuts[0].key, ws[1].cuts[0].key)] = h.canonical
        if not pairs:
            return
        for p, hs in enumerate(self._hits):
            ws = self.words[p]
            out = list(hs)
            for n, h in enumerate(hs):
                k = self._word_starting(p, h.start) if h.label == PERSON else None
                if not k or ws[k].end != h.end or not self._tight(ws, k - 1, 2):
                    continue
                canonical = pairs.get((ws[k - 1].cuts[0].key, ws[k].cuts[0].key))
                if canonical is not None and not any(
                    g.start < ws[k - 1].end and ws[k - 1].start < g.end for g in hs
                ):
                    out[n] = Hit(ws[k - 1].start, h.end, PLACE, canonical, h.how, h.confidence)
            self._hits[p] = out

    def _ar_company_kinds(self) -> None:
        """Arabic: a company-kind word after an organisation or a family name
        ("الراجحي المالية", "صافولا القابضة", "X للاستثمار") is part of the
        company's name, and makes an organisation of the name before it."""
        assert self._hits is not None
        names: dict[tuple[str, ...], str] = {}
        for p, hs in enumerate(self._hits):
            ws = self.words[p]
            out = list(hs)
            for n, h in enumerate(hs):
                if h.label not in (ORG, PERSON):
                    continue
                last = self._word_at(p, h.end - 1)
                first = self._word_at(p, h.start)
                if last is None or first is None or ws[last].end != h.end or last + 1 >= len(ws):
                    continue
                k = last + 1
                if not self._tight(ws, last, 2) or ws[k].cuts[0].key not in _AR_COMPANY_KINDS:
                    continue
                if h.label == PERSON and last - first > 1:
                    continue  # (a full name before "المالية" is the person's: "... وزير المالية" is no case)
                if any(g.start < ws[k].end and ws[k].start < g.end for g in hs):
                    continue
                surface = self.paragraphs[p][h.start : ws[k].end]
                out[n] = Hit(h.start, ws[k].end, ORG, self._canonical_org(surface), h.how, h.confidence)
                lead = next((c.key for c in ws[first].cuts if c.start == h.start), ws[first].cuts[0].key)
                names[(lead, *(w.cuts[0].key for w in ws[first + 1 : k + 1]))] = out[n].canonical
            self._hits[p] = out
        if not names:
            return
        # the same company written again elsewhere ("سهم الراجحي المالية")
        for p, ws in enumerate(self.words):
            hs = self._hits[p]
            extra: list[Hit] = []
            for k in range(len(ws) - 1):
                for size in (2, 3):
                    canonical = names.get(tuple(w.cuts[-1].key for w in ws[k : k + size]))
                    if canonical is None or not self._tight(ws, k, size):
                        continue
                    start, end = ws[k].cuts[-1].start, ws[k + size - 1].end
                    if not any(g.start < end and start < g.end for g in hs + extra):
                        extra.append(Hit(start, end, ORG, canonical, "names-rtl", 0.7))
            if extra:
                self._hits[p] = sorted(hs + extra, key=lambda h: h.start)

    def _ar_the_kingdom(self) -> None:
        """Arabic: "المملكة" (the Kingdom) alone in an article about Saudi Arabia
        (it writes "السعودية" or "الرياض") is the country; not "المملكة المتحدة",
        "المملكة المغربية" (a definite word after it names another kingdom)."""
        assert self._hits is not None
        keys = {c.key for ws in self.words for w in ws for c in w.cuts}
        if not keys & _AR_SAUDI_WORDS or _AR_KINGDOM not in keys:
            return
        for p, ws in enumerate(self.words):
            hs = self._hits[p]
            extra = []
            for k, w in enumerate(ws):
                cut = next((c for c in w.cuts if c.key == _AR_KINGDOM), None)
                if cut is None or any(g.start < w.end and w.start < g.end for g in hs):
                    continue
                if (
                    k + 1 < len(ws)
                    and self._tight(ws, k, 2)
                    and ws[k + 1].cuts[0].key.startswith("ال")
                    and not self._is_stop(ws[k + 1].cuts[0])  # (not "إلى")
                ):
                    continue
                if k + 1 < len(ws) and self._tight(ws, k, 2) and self._unknown(ws, k + 1):
                    continue  # "ملعب المملكة أرينا" (Kingdom Arena): a name of its own
                if k > 0 and self._tight(ws, k - 1, 2) and self._cue_before(ws, k):
                    continue
                extra.append(Hit(cut.start, w.end, PLACE, "Saudi Arabia", "names-rtl", 0.7))
            if extra:
                self._hits[p] = sorted(hs + extra, key=lambda h: h.start)

    def _cue_before(self, ws: list[Word], k: int) -> bool:
        """Word k-1 is a kind word that names what follows: a place head or an
        organisation word ("ملعب المملكة", "بنك المملكة")."""
        lists = self.lists
        return any(
            self._match(ws, k - 1, table) is not None
            for table in (lists.place_heads, lists.org_heads, lists.org_generic, lists.org_intros)
        )

    def _ar_titled_places_listed(self) -> None:
        """Arabic: a title and a name that the gazetteer knows as a place ("الشيخ
        زايد", Sheikh Zayed City) read as the title and a lone person, where the
        pair is an item of a list of places ("مدينة نصر والشيخ زايد", after "في"):
        the pair is that place, no person "زايد"."""
        assert self._hits is not None
        for p, hs in enumerate(self._hits):
            ws = self.words[p]
            text = self.paragraphs[p]
            out = list(hs)
            for n, h in enumerate(hs):
                k = self._word_starting(p, h.start) if h.label == PERSON else None
                if not k or ws[k].end != h.end or not self._tight(ws, k - 1, 2):
                    continue
                found = next(
                    (
                        (c, pl)
                        for c in ws[k - 1].cuts
                        if (c.key,) in self.lists.titles
                        and (pl := self.tables.place((c.key, ws[k].cuts[0].key))) is not None
                    ),
                    None,
                )
                if found is None:
                    continue
                cut, place = found
                before = hs[n - 1] if n > 0 else None
                after = hs[n + 1] if n + 1 < len(hs) else None
                clitic = ws[k - 1].text[: cut.start - ws[k - 1].start]
                listed = (
                    clitic.startswith("و")
                    and before is not None
                    and before.label == PLACE
                    and text[before.end : ws[k - 1].start].strip() in ("", "،", ",")
                    or after is not None
                    and after.label == PLACE
                    and self._word_at(p, after.start) == k + 1
                    and self._listed_next(text, ws, k + 1)
                    or not clitic
                    and k >= 2
                    and ws[k - 2].cuts[0].key in _IN
                    and self._tight(ws, k - 2, 2)
                )
                if listed:
                    out[n] = Hit(cut.start, h.end, PLACE, place[0], h.how, h.confidence)
            self._hits[p] = out

    def _listed_after_place(self) -> None:
        """Hebrew places listed after one the article's rules found, each with
        the same preposition ("בעין יהב, בצופר ובספיר", "מכפר ויתקין, חיבת ציון
        ואביחיל"): an item that is no ordinary word is a place too."""
        assert self._hits is not None
        for p, ws in enumerate(self.words):
            text = self.paragraphs[p]
            hits = list(self._hits[p])
            for h in [h for h in self._hits[p] if h.label == PLACE]:
                k = self._word_at(p, h.end - 1)
                at = self._word_at(p, h.start)
                first = None if at is None else ws[at]
                if k is None or first is None:
                    continue
                prep = text[first.start : h.start]
                while k + 1 < len(ws):
                    w = ws[k + 1]
                    between = text[ws[k].end : w.start].strip()
                    last = between == "" and w.text.startswith("ו")
                    if between not in (",", "") or between == "" and not last:
                        break
                    clitic = ("ו" if last else "") + prep
                    cut = next((c for c in w.cuts if c.start - w.start == len(clitic)), None)
                    after_and = next((c for c in w.cuts if c.start - w.start == len(prep) + 1), None)
                    if (
                        cut is None
                        or not last
                        and w.text.startswith("ו")
                        and after_and is not None
                        and self.common(after_and.text)
                        and self.name_score(after_and) < 0.5  # "נחל הגעתון, ועשרות תושבים": and dozens
                        or not w.text.startswith(clitic)
                        or self.common(cut.text)
                        and self.name_score(cut) < 0.5  # "ובספיר" (Sapir), not "ובשכונה"
                        or any(  # the article on a word or a plural: "שכונת ברנע, החוששים" (those who fear)
                            c.start == cut.start + 1
                            and cut.text.startswith("ה")
                            and (self.common(c.text) or self._hebrew_plural(c))
                            and self.name_score(c) < 0.5
                            for c in w.cuts
                        )
                        or self._is_stop(cut)
                        or self._verb(cut)
                        or word_script(cut.text) != "he"
                        or any(g.start < w.end and w.start < g.end for g in hits)
                        or self._construct(ws, k + 1, hits)
                        or self._place_at(ws, k + 1) is not None  # the gazetteer's own ("ולתל אביב")
                        or cut.key in _HE_AGE | _HE_AGE_NOUNS  # "ברדה, בן 22", "בצפת, בגיל 88": an age
                        and k + 2 < len(ws)
                        and ws[k + 2].text[:1].isdigit()
                    ):
                        break
                    hits.append(
                        Hit(cut.start, w.end, PLACE, _transliterate(cut.text, self.lang), "names-rtl", 0.65)
                    )
                    k += 1
                    if last:
                        break
            self._hits[p] = sorted(hits, key=lambda h: h.start)

    def _listed_after_settlements(self) -> None:
        """Hebrew places listed after a plural settlement word ("ובמושבים כמו
        זבדיאל ונחלה", "ליישובים קטנים כמו פסוטה ומעונה", "בקיבוצים יטבתה
        ואילות"): right after it, or after "כמו" (like) at most two words on, a
        list of one-word items (a comma between them, "ו" on the last); each item
        a word that is no ordinary word (or a ranked name or a gazetteer place),
        no verb and no definite noun. A list of one item only after "כמו" and
        before a pause."""
        assert self._hits is not None
        for p, ws in enumerate(self.words):
            text = self.paragraphs[p]
            hits = list(self._hits[p])
            added: list[Hit] = []
            for a, w in enumerate(ws):
                if not any(c.key in _HE_PLURAL_SETTLEMENTS for c in w.cuts):
                    continue
                like = next(
                    (
                        k
                        for k in range(a + 1, min(a + 4, len(ws)))
                        if ws[k].cuts[0].key == _HE_LIKE and self._tight(ws, a, k - a + 1)
                    ),
                    None,
                )
                k = (like if like is not None else a) + 1
                items: list[tuple[int, Cut]] = []
                closed = False
                while k < len(ws) and len(items) < 6:
                    x = ws[k]
                    between = text[ws[k - 1].end : x.start].strip()
                    if items and between not in (",", ""):
                        break
                    if not items and between:
                        break
                    last = bool(items) and between == "" and x.text.startswith("ו") and len(x.cuts) > 1
                    if items and between == "" and not last:
                        break
                    cut = x.cuts[1] if last else x.cuts[0]
                    if last and cut.start != x.start + 1:
                        break
                    if (
                        self._is_stop(cut)
                        or self._verb(cut)
                        or word_script(cut.text) != "he"
                        or self._definite(cut)
                        or len(cut.key) < 3
                        or self.common(cut.text)
                        and self.name_score(cut) < 0.5
                        and self.tables.place((cut.key,)) is None
                        or any(h.start < x.end and x.start < h.end and h.label != PLACE for h in hits)
                    ):
                        break
                    items.append((k, cut))
                    k += 1
                    if last:  # "ו" on it: the list ends here, whatever follows ("ונחלה רופא מגיע")
                        closed = True
                        break
                if not closed and len(items) == 1 and like is not None:
                    x = ws[items[0][0]]
                    nxt = ws[items[0][0] + 1] if items[0][0] + 1 < len(ws) else None
                    closed = nxt is None or bool(text[x.end : nxt.start].strip(" "))
                if not closed or not items:
                    continue
                for k, cut in items:
                    x = ws[k]
                    if any(h.start < x.end and cut.start < h.end for h in hits + added):
                        continue
                    pl = self.tables.place((cut.key,))
                    canonical = pl[0] if pl else _transliterate(cut.text, self.lang)
                    added.append(Hit(cut.start, x.end, PLACE, canonical, "names-rtl", 0.65))
            if added:
                self._hits[p] = sorted(hits + added, key=lambda h: h.start)

    def _urdu_listed_places(self) -> None:
        """Urdu places in a list that a found place belongs to and a
        postposition closes ("مریدکے، فیروزوالا اور شرقپور کے علاقوں میں",
        "بھلوال اور کوٹ مومن کے دیہات"): an item between commas or after "اور"
        of at most three words, none a function word, verb, number, very
        frequent word or ranked name, is a place too. The list must end in
        "اور" + item + postposition; an item with no comma before it (the
        first) is taken only when it is a found place or one rare word
        (_rare_first_item: "کالام اور بحرین کا")."""
        assert self._hits is not None
        for p, ws in enumerate(self.words):
            text = self.paragraphs[p]
            hits = list(self._hits[p])
            places = {(h.start, h.end) for h in hits if h.label == PLACE}
            added: list[Hit] = []
            for a, w in enumerate(ws):
                if w.cuts[0].key not in _AND or a == 0 or not self._tight(ws, a - 1, 3):
                    continue
                post = next(
                    (q for q in range(a + 2, min(a + 5, len(ws))) if ws[q].cuts[0].key in _UR_POSTPOSITIONS),
                    None,
                )
                if post is None or not self._tight(ws, post - 1, 2) or not self._tight(ws, a, post - a):
                    continue
                items = [(a + 1, post)]
                end = a  # the items before "اور", each after a comma
                while True:
                    b = end - 1
                    while b > 0 and end - b < 3 and self._tight(ws, b - 1, 2):
                        b -= 1
                    found = next(
                        (
                            (x, end)
                            for x in range(max(0, end - 3), end)
                            if (ws[x].start, ws[end - 1].end) in places
                        ),
                        None,
                    )
                    comma = text[ws[b - 1].end : ws[b].start].strip() in ("،", ",") if b > 0 else False
                    if found is not None:
                        items.append(found)
                        b = found[0]
                        comma = b > 0 and text[ws[b - 1].end : ws[b].start].strip() in ("،", ",")
                    elif comma:
                        items.append((b, end))
                    else:
                        if self._rare_first_item(ws, end - 1):
                            items.append((end - 1, end))  # "کے باعث کالام اور بحرین کا"
                        break
                    if not comma:
                        break
                    end = b
                if not any((ws[x].start, ws[y - 1].end) in places for x, y in items):
                    continue
                for x, y in items:
                    span = (ws[x].start, ws[y - 1].end)
                    if span in places or any(h.start < span[1] and span[0] < h.end for h in hits + added):
                        continue
                    cuts = [ws[k].cuts[0] for k in range(x, y)]
                    if any(
                        self._is_stop(c)
                        or self._verb(c)
                        or self._inflected(c)
                        or any(ch.isdigit() for ch in c.text)
                        or word_script(c.text) != "ar"
                        or self.tables.zipf(c.key) >= 5.0
                        or self.common(c.text)
                        and self.name_score(c) >= 0.5
                        for c in cuts
                    ) or all(self.common(c.text) for c in cuts):
                        continue
                    surface = text[span[0] : span[1]]
                    added.append(
                        Hit(span[0], span[1], PLACE, _transliterate(surface, self.lang), "names-rtl", 0.65)
                    )
            if added:
                self._hits[p] = sorted(hits + added, key=lambda h: h.start)

    def _game_paragraphs(self) -> list[bool]:
        """Urdu: per paragraph, has it a word of the game (a match report's:
        _UR_GAME_WORDS)? Asked by both town-as-team passes and the run rules."""
        if self._games is None:
            self._games = [
                not {c.key for w in ws for c in w.cuts}.isdisjoint(_UR_GAME_WORDS) for ws in self.words
            ]
        return self._games

    def _ur_towns_as_teams(self, travel: bool) -> None:
        """Urdu match reports call a side by its town ("کراچی نے پہلے بیٹنگ
        کی", "لاہور کی ٹیم"): in a paragraph with a word of the game, a city
        right before the agent "نے" or before "کی ٹیم", "کے خلاف" is the
        team. A town before a verb of travel ("ٹیم ملتان روانہ ہو گئی", left
        for Multan) is where the team goes: the place, whatever "ٹیم" before
        it made of it (the `travel` pass; the other makes the teams). In a
        match report a "town" that is the surname of a player the article
        named in full ("ریلی روسو", then "روسو نے"; the gazetteer's Roseau)
        is that player."""
        assert self._hits is not None
        games = self._game_paragraphs()
        for p, ws in enumerate(self.words):
            hits = self._hits[p]
            game = games[p]
            ends = {w.end: k for k, w in enumerate(ws)}
            for n, h in enumerate(hits):
                k = ends.get(h.end)
                if k is None or h.label not in (PLACE, ORG) or ws[k].start != h.start:
                    continue
                place = self.tables.place((ws[k].cuts[0].key,))
                if place is None or place[1] != "city":
                    continue
                owner = self._owner(ws[k].cuts[0].key) if not travel and any(games) else None
                if owner is not None and " " in owner and h.label == PLACE:
                    hits[n] = replace(h, label=PERSON, canonical=owner)
                    continue
                after = tuple(w.cuts[0].key for w in ws[k + 1 : k + 3]) if self._tight(ws, k, 2) else ()
                if after and after[0] in _UR_TRAVEL:
                    if travel and h.label == ORG:
                        hits[n] = replace(h, label=PLACE, canonical=place[0])
                elif (
                    not travel
                    and h.label == PLACE
                    and game
                    and after
                    and (after[0] == _UR_AGENT or after in _UR_TEAM_OF)
                ):
                    # (the town's side, not the franchise: "کوئٹہ" of a domestic cup is no Quetta
                    # Gladiators; nor the town's own name, which the gazetteer's place would take back)
                    hits[n] = replace(h, label=ORG, canonical=f"{place[0]} team")

    def _urdu_rare_pair(self) -> None:
        """Urdu: two rare words joined by "اور" before "میں" (in) are two
        places the gazetteer lacks ("اتروڑ اور گبرال میں پھنسے سیاح"): each
        one word as _rare_first_item asks, at least one unknown to wordfreq,
        neither found as anything else."""
        assert self._hits is not None
        for p, ws in enumerate(self.words):
            hits = self._hits[p]
            added: list[Hit] = []
            for a in range(1, len(ws) - 2):
                if ws[a].cuts[0].key not in _AND or ws[a + 2].cuts[0].key != _UR_IN:
                    continue
                if not self._tight(ws, a - 1, 4):
                    continue
                pair = (a - 1, a + 1)
                if not all(self._rare_first_item(ws, k) for k in pair):
                    continue
                if all(self.tables.zipf(ws[k].cuts[0].key) > 0 for k in pair):
                    continue
                if any(h.start < ws[a + 1].end and ws[a - 1].start < h.end for h in hits):
                    continue
                for k in pair:
                    c = ws[k].cuts[0]
                    added.append(
                        Hit(c.start, ws[k].end, PLACE, _transliterate(c.text, self.lang), "names-rtl", 0.6)
                    )
            if added:
                self._hits[p] = sorted(hits + added, key=lambda h: h.start)

    def _rare_first_item(self, ws: list[Word], k: int) -> bool:
        """Urdu: word k may be a place the gazetteer lacks that opens a list
        ("کالام اور بحرین کا", _urdu_listed_places) or one of a pair
        ("اتروڑ اور گبرال میں", _urdu_rare_pair): one rare word (below Zipf
        3.5, name rank below 0.3), no function word, verb, inflected word or
        number, with no name word right before it that it could end. The
        callers see to the punctuation around it."""
        c = ws[k].cuts[0]
        return (
            len(c.key) >= 3
            and word_script(c.text) == "ar"
            and not self._is_stop(c)
            and not self._verb(c)
            and not self._inflected(c)
            and not any(ch.isdigit() for ch in c.text)
            and not self.common(c.text)
            and self.tables.zipf(c.key) < 3.5
            and self.name_score(c) < 0.3
            and not (k > 0 and self._tight(ws, k - 1, 2) and self.name_score(ws[k - 1].cuts[0]) >= 0.5)
        )

    def _construct(self, ws: list[Word], k: int, hits: list[Hit]) -> bool:
        """Word k is a noun in construct: a definite word or a name follows it
        ("ובפסגות הרי הגולן", on the peaks of; "ובנחלי ים המלח", the streams of)."""
        if k + 1 >= len(ws) or not self._tight(ws, k, 2):
            return False
        nxt = ws[k + 1]
        return nxt.text.startswith("ה") or any(g.start < nxt.end and nxt.start < g.end for g in hits)

    def _cued_company_names(self) -> None:
        """A company the article introduces by its kind with a name that is
        also a person's name ("חברת אורן שירותי תברואה", "חברת שחר הסעים") is
        that company wherever the article writes the name alone ("אורן טענה"),
        not a person so called, unless the article names such a person in full."""
        assert self._hits is not None
        names: dict[str, str] = {}
        for p, hs in enumerate(self._hits):
            ws = self.words[p]
            for h in hs:
                k = self._word_at(p, h.start) or 0
                cut = next((c for c in ws[k].cuts if c.start == h.start), None) if h.label == ORG else None
                if (
                    cut is not None
                    and self.name_score(cut) >= 0.6
                    and " " not in (self._owner(cut.key) or "")  # no "אורן כהן" in the article
                    and any(
                        (m := self._match(ws, a, self.lists.org_intros)) is not None and a + m[0] == k
                        for a in range(max(0, k - 2), k)
                    )
                ):
                    names.setdefault(cut.key, h.canonical)
        if not names:
            return
        for p, ws in enumerate(self.words):
            hits = list(self._hits[p])
            for w in ws:
                cut = next((c for c in w.cuts if c.key in names), None)
                if cut is None or w.text[: cut.start - w.start].endswith("ה"):
                    continue
                over = [h for h in hits if h.start < w.end and w.start < h.end]
                if all(h.label == PERSON and h.start == cut.start and h.end == w.end for h in over):
                    hits = [h for h in hits if h not in over]
                    hits.append(Hit(cut.start, w.end, ORG, names[cut.key], "names-rtl", 0.7))
            self._hits[p] = sorted(hits, key=lambda h: h.start)

    def _short_forms(self) -> None:
        """Short names that are also ordinary words ("לאומי", "טבע",
        "الهلال", "استقلال", resources/entities/organisations.json): the
        organisation when the article names it in full elsewhere or the
        paragraph has a word of its kind ("בנק", "מניית", "المباراة")."""
        assert self._hits is not None
        shorts = _short_form_lists(self.lang)
        if not shorts.names:
            return
        firsts = {k[0] for k in shorts.names}
        candidates = [
            [k for k, w in enumerate(ws) if any(c.key in firsts for c in w.cuts)] for ws in self.words
        ]
        if not any(candidates):
            return  # (most articles: no short name at all)
        found = [self._listed(p) for p in range(len(self.paragraphs))]
        named = {h.entry.canonical for hs in found for h in hs} | {
            h.canonical for hs in self._hits for h in hs if h.label == ORG
        }
        club_cues = shorts.cues.get("club", {})
        # a match report: a word of the game somewhere in the article
        match_report = (
            any(any(self._match(ws, k, club_cues) for k in range(len(ws))) for ws in self.words)
            if club_cues
            else False
        )
        for p, ws in enumerate(self.words):
            if not candidates[p]:
                continue
            taken = [(h.start, h.end) for h in self._hits[p]] + [(h.start, h.end) for h in found[p]]
            present = {c.key for w in ws for c in w.cuts}
            kinds = {
                kind
                for kind, cues in shorts.cues.items()
                if present & {k[0] for k in cues} and any(self._match(ws, k, cues) for k in range(len(ws)))
            }
            if match_report and (
                any(h.label == ORG for h in self._hits[p]) or any(h.entry.label == ORG for h in found[p])
            ):
                kinds.add("club")  # "ويلتقي الأهلي بعد ذلك مع الهلال": another club in a match report
            extra = []
            dropped: list[Hit] = []
            for k in candidates[p]:
                w = ws[k]
                m = self._match(ws, k, shorts.names)
                if m is None:
                    continue
                n, cut = m
                canonical, kind = shorts.entries[cut.key]
                over = [(s, e) for s, e in taken if s < ws[k + n - 1].end and w.start < e]
                if over:
                    # a club in a match report read as a person from its first word ("للرجاء بداعي",
                    # "مدرب الوداد"): the club, when nothing else claims the word
                    person = [h for h in self._hits[p] if h.start < w.end and w.start < h.end]
                    if not (
                        self.lang == "ar"
                        and kind == "club"
                        and kind in kinds
                        and len(over) == 1
                        and len(person) == 1
                        and person[0].label == PERSON
                        and person[0].start == cut.start
                    ):
                        continue
                    dropped.append(person[0])
                    taken.remove(over[0])
                elif not (canonical in named or kind in kinds):
                    continue
                end = k + n
                if (
                    self.lang == "ar"
                    and kind == "club"
                    and end < len(ws)
                    and self._tight(ws, end - 1, 2)
                    and ws[end].cuts[0].key in _AR_CLUB_ADJECTIVES
                ):
                    end += 1  # "الرجاء الرياضي" (Raja Athletic): the club's full name
                elif (
                    self.lang == "fa"
                    and kind == "club"
                    and end < len(ws)
                    and self._tight(ws, end - 1, 2)
                    and (town := self.tables.place((ws[end].cuts[0].key,))) is not None
                    and town[1] == "city"
                ):
                    # "گل‌گهر سیرجان", "ذوب‌آهن اصفهان": the club and its town, one name
                    dropped += [h for h in self._hits[p] if h.start < ws[end].end and ws[end].start < h.end]
                    end += 1
                elif not self._short_form_stands(ws, k, cut, n, shorts, kind):
                    if dropped and dropped[-1].start == cut.start:
                        dropped.pop()  # (the person stays)
                    continue
                extra.append(Hit(cut.start, ws[end - 1].end, ORG, canonical, "names-rtl", 0.7))
            if extra:
                kept = [h for h in self._hits[p] if h not in dropped]
                self._hits[p] = sorted(kept + extra, key=lambda h: h.start)

    def _ar_towns_as_clubs(self) -> None:
        """Arabic clubs are named after their town ("الجهراء", "السالمية"): in a
        paragraph about a match, a town right after a word of the game ("مدرب
        الجهراء", the coach of; "لاعب", "نادي"), right after a result verb
        ("فاز الجهراء"), before a result ("حقق الجهراء فوزا") or after the
        side word of a result ("فوزا على ضيفه السالمية") is the club."""
        assert self._hits is not None
        cues = _short_form_lists(self.lang).cues.get("club")
        if not cues:
            return
        firsts = {k[0] for k in cues}
        for p, ws in enumerate(self.words):
            hits = self._hits[p]
            if not any(h.label == PLACE for h in hits):
                continue
            present = {c.key for w in ws for c in w.cuts}
            if not present & (firsts | _AR_CLUB_NAME_HEADS):
                continue
            at = [j for j in range(len(ws)) if self._match(ws, j, cues)] if present & firsts else []
            ends = {w.end: k for k, w in enumerate(ws)}
            for n, h in enumerate(hits):
                k = ends.get(h.end) if h.label == PLACE else None
                cut = next((c for c in ws[k].cuts if c.start == h.start), None) if k is not None else None
                if k is None or cut is None:
                    continue  # (a place of several words, "ساقية الزيت", is no club here)
                place = self.tables.place((cut.key,))
                if place is None or place[1] != "city":
                    continue
                head = next(
                    (c for c in ws[k - 1].cuts if c.key in _AR_CLUB_NAME_HEADS)
                    if k > 0 and self._tight(ws, k - 1, 2) and cut is ws[k].cuts[0]
                    else iter(()),
                    None,
                )
                if (
                    head is not None
                    and (head.key in _AR_CLUB_ONLY_HEADS or at)
                    and not any(g.start < ws[k - 1].end and ws[k - 1].start < g.end for g in hits)
                ):
                    # "نهضة بركان", "أولمبيك آسفي", "شباب المحمدية" in a match report: the club
                    surface = self.paragraphs[p][head.start : h.end]
                    hits[n] = Hit(
                        head.start, h.end, ORG, _transliterate(surface, self.lang), h.how, h.confidence
                    )
                    continue
                # a word of the game other than the one before it ("وقال مدرب إربد إن الطريق مغلق")
                if any(j != k - 1 for j in at) and self._club_side(ws, k):
                    hits[n] = replace(h, label=ORG, canonical=f"{h.canonical} SC")

    def _club_side(self, ws: list[Word], k: int) -> bool:
        """Is the town at word k a side of the match (see _ar_towns_as_clubs)?"""
        before = ws[k - 1] if k > 0 and self._tight(ws, k - 1, 2) else None
        if before is not None and any(
            c.key in _AR_CLUB_WORDS or c.key in _AR_RESULT_VERBS for c in before.cuts
        ):
            return True
        if k + 1 < len(ws) and self._tight(ws, k, 2) and ws[k + 1].cuts[0].key in _AR_RESULT_NOUNS:
            return True
        side = k - 1
        if side > 0 and ws[side].cuts[0].key in _AR_HOSTS:
            side -= 1  # "على ضيفه القادسية" (over its guest)
        return (
            side > 0
            and self._tight(ws, side, k - side + 1)
            and ws[side].cuts[0].key in _AR_SIDES
            and any(
                c.key in _AR_RESULT_NOUNS or c.key in _AR_RESULT_VERBS
                for w in ws[max(0, side - 6) : side]
                for c in w.cuts
            )
        )

    def _short_form_stands(
        self, ws: list[Word], k: int, cut: Cut, n: int, shorts: _ShortForms, kind: str
    ) -> bool:
        """Where a short name can stand: not after the Hebrew article (unless
        its own, "הבימה") nor in a frequent word with a clitic ("בטבע", in
        nature), in Hebrew not right after a noun it could qualify
        ("ביטחון לאומי"), in Arabic not before a definite adjective ("الاتحاد
        الأوروبي", "الهلال الأحمر")."""
        w = ws[k]
        clitic = w.text[: cut.start - w.start]
        text = self._text_of[id(ws)]
        end = k + n
        if (
            self.lang == "ar"
            and end < len(ws)
            and self._tight(ws, end - 1, 2)
            and self._definite(ws[end].cuts[0])
        ):
            return False
        if (
            self.lang == "ar"
            and k > 0
            and cut is w.cuts[0]
            and self._tight(ws, k - 1, 2)
            and self._definite(ws[k - 1].cuts[0])
        ):
            return False  # an adjective after a definite noun: "الخليج العربي", "المنتخب العربي"
        if self.lang != "he":
            return True
        if clitic.endswith("ה") or clitic and self.tables.zipf(w.text) >= 3.5:
            return False  # "בטבע" (in nature), "מטבע" (a coin): a word of its own
        if clitic or k == 0 or text[ws[k - 1].end : w.start].strip():
            return True
        prev = ws[k - 1].cuts[0].key
        return (
            prev in self.lists.stop
            or prev in _HE_WITH_BODY
            or any(
                (m := self._match(ws, a, shorts.cues[kind])) is not None and a + m[0] == k
                for a in range(max(0, k - 3), k)
            )
        )

    def _short_club_names(self) -> None:
        """A club named in full once ("מכבי תל אביב", "ריאל מדריד") is often
        called by its first word alone further on ("מכבי ניצחה"): that word
        is the club when the article names exactly one club it begins, and it
        is a club head or no ordinary word."""
        assert self._hits is not None
        full: dict[str, set[tuple[str, str]]] = {}
        towns: dict[str, set[str]] = {}  # the town that ends a club's name -> the clubs
        for p, text in enumerate(self.paragraphs):
            spans = [
                (h.entry.canonical, text[h.start : h.end]) for h in self._listed(p) if h.entry.label == ORG
            ] + [(h.canonical, text[h.start : h.end]) for h in self._hits[p] if h.label == ORG]
            for canonical, surface in spans:
                parts = surface.split()
                if len(parts) >= 2 and not parts[1].startswith(_AND_CLITICS.get(self.lang, "\0")):
                    # (not "כבאות" of "כבאות והצלה לישראל": one of two nouns, no short name)
                    first = key(parts[0])
                    if first in _CLUB_HEADS or not self.common(parts[0]) and len(first) >= 3:
                        full.setdefault(first, set()).add((canonical, surface))
                    if first in _CLUB_HEADS:
                        towns.setdefault(key(parts[-1]), set()).add(canonical)
            ws = self.words[p]
            for h in self._hits[p]:  # "מכבי קביליו" and the town "יפו" right after it
                if h.label == ORG and key(text[h.start : h.end].split()[0]) in _CLUB_HEADS:
                    k = bisect_right(self._starts(p), h.end)  # the first word after the club
                    if k < len(ws) and self._tight(ws, k - 1, 2) and self._place_at(ws, k, any_cut=False):
                        towns.setdefault(ws[k].cuts[0].key, set()).add(h.canonical)
        self._town_as_club(towns)
        if not full:
            return
        for p in range(len(self.paragraphs)):
            taken = [(h.start, h.end) for h in self._hits[p]] + [(h.start, h.end) for h in self._listed(p)]
            extra = []
            for k, w in enumerate(self.words[p]):
                if all(cut.key not in full for cut in w.cuts):
                    continue  # (no club's first word: nothing below)
                if any(s < w.end and w.start < e for s, e in taken):
                    continue
                nxt = self.words[p][k + 1].cuts[0].key if k + 1 < len(self.words[p]) else ""
                # a construct noun before a definite one is the noun: "חטיפי התירס" (corn snacks)
                # after "חטיפי אלמליח"; a club's head stays the club ("מכבי הובילה", led)
                construct = nxt.startswith("ה") and self.tables.zipf(nxt[1:]) >= 2.5
                for cut in w.cuts:
                    owners = full.get(cut.key, set())
                    if construct and cut.key not in _CLUB_HEADS:
                        break
                    if len(owners) == 1 and not any(key(sf.split()[1]) == nxt for _, sf in owners):
                        extra.append(Hit(cut.start, w.end, ORG, next(iter(owners))[0], "names-rtl", 0.7))
                        break
            if extra:
                self._hits[p] = sorted(self._hits[p] + extra, key=lambda h: h.start)

    def _he_towns_as_clubs(self) -> None:
        """A Hebrew match report names a club by its town, as the French rule
        does: in an article with two words of the game or more, a city right
        before a result verb ("באר שבע ניצחה"), right after "מול"/"נגד" ("המשחק
        מול באר שבע"), after a result verb and "את"/"על" ("ניצחה את חיפה") or
        lost to ("הפסידה לירושלים") is the club: the article's club of that
        town when it names one ("הפועל באר שבע"), else the town's name as an
        organisation."""
        assert self._hits is not None
        if sum(1 for ws in self.words for w in ws if any(c.key in _HE_MATCH_WORDS for c in w.cuts)) < 2:
            return
        clubs: dict[str, set[str]] = {}  # the town that ends a club's name -> the clubs
        for p, text in enumerate(self.paragraphs):
            spans = [
                (h.entry.canonical, text[h.start : h.end]) for h in self._listed(p) if h.entry.label == ORG
            ] + [(h.canonical, text[h.start : h.end]) for h in self._hits[p] if h.label == ORG]
            for canonical, surface in spans:
                head, _, town = surface.partition(" ")
                if town and key(head) in _CLUB_HEADS:
                    clubs.setdefault(key(town), set()).add(canonical)
        for p, ws in enumerate(self.words):
            text = self.paragraphs[p]
            hits = self._hits[p]
            for n, h in enumerate(hits):
                if h.label != PLACE:
                    continue
                surface = text[h.start : h.end]
                place = self.tables.place(tuple(key(t) for t in surface.split()))
                a = self._word_at(p, h.start)
                b = self._word_at(p, h.end - 1)
                if place is None or place[1] != "city" or a is None or b is None:
                    continue
                clitic = text[ws[a].start : h.start]
                if clitic not in ("", "ו", "ל"):
                    continue
                # (the words around it with a conjunction on them too: "והפסידה", "וניצחה")
                before = {c.key for c in ws[a - 1].cuts} if a > 0 and self._tight(ws, a - 1, 2) else set()
                if clitic == "ל":
                    side = not before.isdisjoint(_HE_LOST_TO)  # "הפסידה לירושלים"
                else:
                    side = (
                        b + 1 < len(ws)
                        and self._tight(ws, b, 2)
                        and any(c.key in _HE_RESULT_VERBS for c in ws[b + 1].cuts)
                        or not before.isdisjoint(_HE_SIDES)
                        or not before.isdisjoint(_HE_BEATEN)
                        and a > 1
                        and self._tight(ws, a - 2, 2)
                        and any(c.key in _HE_RESULT_VERBS for c in ws[a - 2].cuts)
                    )
                if side:
                    owners = clubs.get(key(surface), set())
                    canonical = next(iter(owners)) if len(owners) == 1 else h.canonical
                    hits[n] = replace(h, label=ORG, canonical=canonical)

    def _town_as_club(self, towns: dict[str, set[str]]) -> None:
        """The town that ends the name of the article's one club of it ("מכבי
        קביליו יפו"), opening a sentence before its verb ("יפו פתחה טוב יותר"),
        is the club."""
        assert self._hits is not None
        for p, ws in enumerate(self.words):
            text = self.paragraphs[p]
            hits = self._hits[p]
            for n, h in enumerate(hits):
                owners = towns.get(key(text[h.start : h.end]), set()) if h.label == PLACE else set()
                k = self._word_starting(p, h.start)
                if len(owners) == 1 and k is not None and self._opens_with_subject(ws, k):
                    hits[n] = replace(h, label=ORG, canonical=next(iter(owners)))

    def _cue_starts(self, ws: list[Word]) -> set[int]:
        """The words where a phrase of the language's cue lists (titles, kin,
        quote verbs, organisation and place heads...) may start: one of their
        cuts is the first word of one. Elsewhere _match of those lists is None,
        so the rules' loops over words skip the rest at once."""
        firsts = self.lists.all_firsts
        starts = set()
        for i, w in enumerate(ws):
            for c in w.cuts:
                if c.key in firsts:
                    starts.add(i)
                    break
        return starts

    def _paragraph(self, p: int) -> list[Hit]:
        text = self.paragraphs[p]
        ws = self.words[p]
        lists = self.lists
        cue_at = self._cue_starts(ws)  # (the lists' _match anywhere else is None)
        out: list[Hit] = []
        taken = [False] * len(ws)
        listed: set[int] = set()  # words of name-list matches: "حزب الله", "ישראל ביתנו", ארה"ב
        held = [False] * len(ws)
        starts = self._starts(p)
        for h in self._listed(p):
            # the words overlapping h: from the one h.start is in (or the next) to the last starting before h.end
            at = self._word_at(p, h.start)
            for k in range(bisect_right(starts, h.start) if at is None else at, bisect_left(starts, h.end)):
                w = ws[k]
                if w.start < h.end and h.start < w.end:
                    listed.add(k)
                    if h.entry.label == ORG:
                        taken[k] = True
                    elif len(h.entry.form) > 1:
                        held[k] = True  # a listed place, unless an organisation is named after it

        def add(i: int, j: int, cut: Cut, label: str, canonical: str, conf: float) -> bool:
            if j <= i or any(taken[i:j]) or label != ORG and any(held[i:j]):
                return False
            for k in range(i, j):
                taken[k] = True
            end = ws[j - 1].end
            if (
                self.lang == "he"
                and text[end : end + 1] in ("'", "׳")
                and not text[end + 1 : end + 2].isalpha()
                and text[end - 1 : end] in "ץצגזת"
                and text[ws[i].start - 1 : ws[i].start] not in ("'", "׳")
            ):
                end += 1  # a closing geresh is a letter of the name: "דנילוביץ'", "בוצ'אץ'"
            out.append(Hit(cut.start, end, label, canonical, "names-rtl", conf))
            return True

        if self.lang == "ur":
            self._dateline(ws, add)
        if self.lang == "he":
            self._club_of_abbreviated_town(ws, add)
        # organisations: Hebrew acronyms, then cue words with the name after them
        for i in range(len(ws)):
            cut = None if i in listed else self._acronym(ws, i)
            if cut is not None:
                # no English known: the acronym itself (a club's: "בית"ר" is Beitar)
                add(i, i + 1, cut, ORG, _HE_CLUB_ENGLISH.get(cut.text.replace("״", '"'), cut.text), 0.75)
        for i in range(len(ws)):
            if taken[i] or i not in cue_at:
                continue
            for table, heads in (
                (lists.org_heads, True),
                (lists.org_generic, True),
                (lists.org_intros, False),
            ):
                m = self._match(ws, i, table)
                if not m:
                    continue
                n, cut = m
                title = self._match(ws, i, lists.titles)
                if title and title[0] > n:
                    break  # "חברת המועצה ורד אלמוג": a council member, not a company
                if (
                    self.lang == "ar"
                    and cut.key.startswith("ال")
                    and i + n < len(ws)
                    and self._match(ws, i + n, lists.titles)
                ):
                    # "برأت المحكمة النائب الثالث للرئيس": a definite noun heads no construct, so the
                    # title after it is another phrase (the object's); "جامعة الملك سعود" is one name
                    break
                if (
                    table is lists.org_intros
                    and self.lang == "ar"
                    and i + n < len(ws)
                    and self._ar_agent_noun(ws[i + n].cuts[0])
                ):
                    break  # "فريق الناقلة" (the carrier's team): a word for the company, no name
                if self.lang in ("fa", "ur") and any(
                    ws[x].cuts[0].key in _INDEFINITE for x in range(max(0, i - 2), i)
                ):
                    break  # "یک گروه پنج‌نفری", "ایک فیلڈ ہسپتال": an indefinite kind word names nothing
                if (
                    self.lang == "he"
                    and cut is not ws[i].cuts[0]
                    and ws[i].text[: cut.start - ws[i].start].endswith("ה")
                ):
                    break  # "הרשת ספגה" (the chain absorbed): a definite kind word heads no name
                j = self._org_tail(ws, i + n)
                pl = self._place_at(ws, i + n, any_cut=False) if cut.key == _FA_MUNICIPALITY else None
                if pl and self._tight(ws, i, pl[0] + 1):
                    # a town's municipality is named by the town alone: "شهرداری رشت ششصد نیرو"
                    j = i + n + pl[0]
                    if not any(taken[i:j]):
                        add(i, j, cut, ORG, f"{pl[2]} Municipality", 0.75)
                    break
                # "وزارت معارف طالبان": a listed name ends the one before it
                j = next((x for x in range(i + n, j) if taken[x]), j)
                if cut.key in _CLUB_HEADS and j > i + n:
                    pl = self._place_at(ws, i + n, any_cut=False)  # "הפועל עפולה"; not "מכבי הובילה" (led)
                    j = i + n + (pl[0] if pl else 1 if self._proper(ws[i + n].cuts[0]) else 0)
                profession = False
                party_name = (
                    cut.key in _AR_PARTY_WORDS
                    and ws[i + n].cuts[0].key.startswith("ال")
                    and not ws[i + n].cuts[0].key.endswith("ات")
                    if j > i + n
                    else False
                )
                # "حزب الوفد", "حركة النهضة"; not a plural: "تحالف الشركات" (a consortium of firms)
                # "شركة طلعت مصطفى"; not "تیم پیوند کبد" (the liver transplant team)
                named = self.name_score(ws[i + n].cuts[0]) >= 0.6 if j > i + n else False
                if (
                    table is lists.org_intros
                    and j > i + n
                    and self._definite(ws[i + n].cuts[0])
                    and self.tables.zipf(ws[i + n].cuts[0].key[1 if self.lang == "he" else 2 :]) >= 2.5
                    and not party_name
                ):
                    k2 = i + n + 1  # "חברת התרופות טבע", "شركة الأدوية X"
                    while (
                        k2 < len(ws)
                        and k2 - (i + n + 1) < 3
                        and self._tight(ws, k2 - 1, 2)
                        and not self._is_stop(ws[k2].cuts[0])
                        and not self._stop_here(ws, k2)
                        and not self._definite(ws[k2].cuts[0])
                        and word_script(ws[k2].text)
                    ):
                        k2 += 1
                    # the name: a proper word, or two words before the company's statement
                    said = k2 < len(ws) and self._match(ws, k2, lists.quotes) is not None
                    if k2 > i + n + 1 and (self._unknown(ws, i + n + 1) or said and k2 - i - n - 1 >= 2):
                        n, j, profession = n + 1, k2, True
                    elif self._named_after_trade(ws, i + n + 1):
                        n, j, profession = n + 1, i + n + 2, True  # "חברת הביטוח הראל הודיעה"
                # Persian/Urdu: ordinary words then a proper one ("شرکت قطار شهری اصفهان")
                later = self.lang in ("fa", "ur") and any(
                    self._proper(w.cuts[0]) and not self._verb(w.cuts[0]) for w in ws[i + n + 1 : j]
                )
                # ... or named after a martyr: "مرکز قلب شهید رجایی" (a hospital), "ورزشگاه شهید ..."
                later = (
                    later or self.lang == "fa" and any(w.cuts[0].key == _FA_MARTYR for w in ws[i + n : j - 1])
                )
                # Hebrew: head + definite noun + agreeing adjective ("מרכז השלטון המקומי")
                described = (
                    self.lang == "he"
                    and table is lists.org_generic
                    and i + n + 1 < len(ws)
                    and self._definite(ws[i + n].cuts[0])
                    and self._tight(ws, i + n, 2)
                    and self._agreeing(ws[i + n + 1].cuts[0])
                )
                if described:
                    j = max(j, i + n + 2)
                # a social network is named by any word: "در شبکه اجتماعی ایکس نوشت"
                platform = j > i + n and tuple(w.cuts[0].key for w in ws[i : i + n]) in _PLATFORM_INTROS
                if platform:
                    j = i + n + 1
                remit = (
                    self._remit_end(ws, i + n, 4)
                    if self.lang == "ar"
                    and table is lists.org_generic
                    and cut.key in _AR_REMIT_HEADS
                    and cut is ws[i].cuts[-1]
                    else 0
                )
                if remit - (i + n) >= 2:
                    j = remit  # "لجنة السياسة النقدية", "لجنة ترميم المكتبات الأهلية": a body named by its remit
                if (
                    table is not lists.org_heads
                    and j > i + n
                    and remit - (i + n) < 2
                    and not platform
                    and not self._proper(ws[i + n].cuts[0])
                    and not party_name
                    and not (named and table is lists.org_intros)
                    and not profession
                    and not later
                    and not described
                ):
                    break  # "مجلس الإدارة" (the board), "חברת הווידיאו": no name
                if (
                    j > i + n
                    and table is lists.org_generic
                    and i > 0
                    and self._tight(ws, i - 1, 2)
                    and ws[i - 1].cuts[0].key in _CONSTRUCT_TITLES
                    and self._given(ws[i + n].cuts[0]) >= 0.5
                ):
                    break  # "ראש המועצה אסף ליבנה": the head of the council, then his name
                if (
                    self.lang == "ar"
                    and j > i + n
                    and any(
                        not w.cuts[0].key.startswith("ال") and self._demonym(w.cuts[0]) for w in ws[i + n : j]
                    )
                ):
                    break  # "مؤسسة ناشئة جزائرية", an Algerian start-up: a description, no name
                if (
                    j > i + n
                    and j < len(ws)
                    and (
                        ws[j].cuts[0].key in _LIGHT_VERBS.get(self.lang, ())
                        or self.lang in ("fa", "ur")
                        and self._verb(ws[j].cuts[0])
                        and self._tight(ws, j - 1, 2)
                        and not platform
                    )
                ):
                    break  # "ٹیم بنا دی گئی": the word before a light verb is its noun or stem
                if j > i + n and table is lists.org_intros and self._ar_feminine_adjective(ws[i + n].cuts[0]):
                    break  # "أكبر شركة منتجة للنفط" (the largest oil-producing company): a description
                if j > i + n and ws[i + n].cuts[0].key in _HE_HEADS_FOR.get(cut.key, ()):
                    break  # "נמל התעופה" (the airport: a place), "נמל מבטחים" (a safe haven), "נמל הדייגים"
                if j > i + n and cut.key == _HE_BANK and self._in_somewhere(ws, i + n):
                    break  # "בנק בקפריסין" (a bank in Cyprus: the place is the name), "בנק בשיחת"
                if (
                    j > i + n
                    and self.lang == "he"
                    and table is lists.org_heads
                    and all(w.cuts[0].key in _HE_GENERIC_ADJECTIVES for w in ws[i + n : j])
                ):
                    break  # "בית החולים הכללי" (the general hospital): a kind and its adjective, no name
                if (
                    j > i + n
                    and self.lang == "he"
                    and ws[j - 1].cuts[0].key in _HE_OFFICE_HOLDERS
                    and j < len(ws)
                    and self._tight(ws, j - 1, 2)
                    and self._definite(ws[j].cuts[0])
                ):
                    if ws[j].cuts[0].key in _HE_LOCAL_BODIES:
                        break  # "לשכת ראש העירייה": the mayor's office, no name (was "לשכת ראש")
                    j += 1  # "לשכת ראש הממשלה": the office whole
                if j > i + n and cut.key in _NAMED_HEADS and not self._names_something(ws, i, i + n, j, cut):
                    break  # "ארגון מאיים" (the union threatens), "מבקרת התיאטרון שני ליטמן", "بورس بیشتر"
                if j > i + n and heads:
                    j = self._org_extend(ws, i, j)
                if j > i + n and cut.key == _FA_DIRECTORATE:
                    j = self._directorate_end(ws, i + n, j)
                    if not j:
                        break  # an Afghan directorate is named with its province ("ریاست معارف هرات"), not "ریاست جمهوری"
                if j > i + n and self.lang == "ar" and cut.key == _AR_DISTRICT:
                    pl = self._place_at(ws, i + n, any_cut=False)
                    purpose = j < len(ws) and self._tight(ws, j - 1, 2) and ws[j].text.startswith("لل")
                    if pl and pl[0] == j - i - n and pl[3] == "city" and not purpose:
                        # "التابعة لمركز طهطا": an Egyptian district is named after its town
                        # (not "مركز طهطا للتدريب", a centre for training)
                        add(i + n, j, ws[i + n].cuts[0], PLACE, pl[2], 0.75)
                        break
                if j > i + n:
                    heads = heads or later  # "شرکت آب و فاضلاب استان تهران": the kind word is part of it
                    start_cut = cut if heads else ws[i + n].cuts[0]
                    s = i if heads else i + n
                    surface = text[start_cut.start : ws[j - 1].end]
                    add(s, j, start_cut, ORG, self._canonical_org(surface), 0.8 if heads else 0.75)
                break
        for i in range(len(ws) if self.lang == "ur" else 0):
            if not taken[i]:
                self._letter_acronym(ws, i, add)
        # the source of a report: "به گزارش ایرنا", "به نقل از ایسنا" (a news agency, not a person)
        for i in range(len(ws) - 1):
            m = self._match(ws, i, _attributions(self.lang)) if not taken[i] else None
            if m and i + m[0] < len(ws) and self._tight(ws, i + m[0] - 1, 2):
                c = ws[i + m[0]].cuts[0]
                # agencies are frequent words in the news (ایرنا, ایسنا, تسنیم), "reporter" more so
                if (
                    self.tables.zipf(c.key) <= 4.5
                    and not self._is_stop(c)
                    and not self._verb(c)
                    and self.name_score(c) < 0.5
                    and self._place_at(ws, i + m[0]) is None
                    and word_script(c.text) == "ar"
                ):
                    add(i + m[0], i + m[0] + 1, c, ORG, self._canonical_org(c.text), 0.7)
        if self.lang in ("ar", "he"):  # "الحزب الديمقراطي الكردستاني", "الهيئة الوطنية للانتخابات"
            for i in range(len(ws)):
                if not taken[i]:
                    j = self._definite_org(ws, i)
                    if (
                        j
                        and i > 0
                        and ws[i - 1].cuts[0].key in _CONSTRUCT_TITLES
                        and j < len(ws)
                        and self._given(ws[j].cuts[0]) >= 0.5
                        and not self._is_stop(ws[j].cuts[0])  # "مدير المركز ... الأمراض في المنطقة"
                        and not self._match(ws, j, lists.titles)  # "رئيس الهيئة ... المهندس طارق"
                    ):
                        continue  # "ראש המועצה המקומית ג'מאל ...": a role, then the person
                    if j:
                        j = self._org_extend(ws, i, j)
                        cut = next(c for c in ws[i].cuts if c.key in _DEFINITE_ORGS)
                        if cut.key in _HE_KIND_HEADS:
                            name_end = self._kind_named(ws, j)
                            if name_end == j:
                                continue  # "מנהל המרכז הרפואי": the medical centre, no name
                            j = name_end
                        add(i, j, cut, ORG, self._canonical_org(text[cut.start : ws[j - 1].end]), 0.75)
        for i in range(len(ws) if self.lang == "he" else 0):
            if not taken[i]:
                self._owner_company(ws, i, add)
        if self.lang == "he":
            self._share_companies(ws, taken, add)
        for i in range(len(ws) if self.lang == "ar" else 0):
            self._match_sides(ws, i, taken, add)
            self._told_outlet(ws, i, taken, add)
            self._cited_agency(ws, i, taken, add)
            if not taken[i]:
                self._trade_company(ws, i, add)
            if not taken[i]:
                self._described_place(ws, i, add)
            if not taken[i]:
                self._saint_place(ws, i, add)
            if not taken[i]:
                self._foreign_company(ws, i, add)
        # a department named by its remit and its town ("دائرة ماء البصرة", "غرفة تجارة دبي")
        for i in range(len(ws) if self.lang == "ar" else 0):
            if not taken[i] and ws[i].cuts[0].key in _AR_TOWN_DEPARTMENTS:
                self._town_department(ws, i, add)
            government = next((c for c in ws[i].cuts if c.key == _AR_GOVERNMENT), None)
            if government is not None and not taken[i] and i + 1 < len(ws) and self._tight(ws, i, 2):
                # "حكومة دبي", "لحكومة لبنان": a place's government is a body, the place inside it
                pl = self._place_at(ws, i + 1, any_cut=False)
                if pl:
                    add(i, i + 1 + pl[0], government, ORG, f"Government of {pl[2]}", 0.75)
        # institutions whose names are ordinary words ("مجلس النواب"), with
        # the nationality after them ("مجلس النواب اللبناني")
        for i in range(len(ws)):
            m = None if taken[i] or i not in cue_at else self._match(ws, i, lists.institutions)
            if (
                m
                and self.lang == "ar"
                and i > 0
                and self._tight(ws, i - 1, 2)
                and any(c.key in _AR_PRESIDING for c in ws[i - 1].cuts)
                and tuple(w.cuts[0].key for w in ws[i : i + m[0]]) in _AR_CHAIRED
            ):
                m = None  # "رئيس مجلس الوزراء" (the prime minister), "رئيس مجلس النواب": a title, no body
            if m:
                j = i + m[0]
                while (
                    j < len(ws)
                    and j - i < m[0] + 2
                    and self._tight(ws, j - 1, 2)
                    and self._nationality(ws[j].cuts[0])
                    and not self._is_stop(ws[j].cuts[0])  # "إلى" reads as a nisba
                    and not self._match(ws, j, lists.titles)  # "مجلس القضاء الأعلى القاضي X"
                ):
                    j += 1
                j = self._org_extend(ws, i, j)
                add(i, j, m[1], ORG, self._canonical_org(text[m[1].start : ws[j - 1].end]), 0.8)
        # places named by their kind: "ملعب القاهرة الدولي", "قذافی اسٹیڈیم"
        for i in range(len(ws)):
            road = next((c for c in ws[i].cuts if c.key == _HE_ROAD), None) if self.lang == "he" else None
            if (
                road
                and i + 1 < len(ws)
                and ws[i + 1].text.isdigit()
                and self._tight(ws, i, 2)
                and not taken[i]
            ):
                add(i, i + 2, road, PLACE, f"Highway {ws[i + 1].text}", 0.75)  # "כביש 2", "לכביש 6"
            if self.lang == "ur" and ws[i].cuts[0].key == _UR_CHAK and not taken[i]:
                k = i + 1 + (i + 1 < len(ws) and ws[i + 1].cuts[0].key == _UR_NUMBER)
                if k < len(ws) and ws[k].text.isdigit() and self._tight(ws, i, k - i + 1):
                    canonical = f"Chak No. {ws[k].text}"  # Punjab villages are numbered: "چک نمبر 90"
                    add(i, k + 1, ws[i].cuts[0], PLACE, canonical, 0.75)
            if self.lang == "he" and not taken[i]:
                self._settlement(ws, i, add)
                self._origin_after_age(ws, i, add)
                self._article_kept(ws, i, add)
                self._school_name(ws, i, add)
            if self.lang == "fa" and not taken[i]:
                self._suffixed_place(ws, i, add)
            if self.lang in ("ar", "fa") and not taken[i] and ws[i].cuts[0].key in _TOWN_OFFICES[self.lang]:
                self._office_town(ws, i, taken, add)
            if self.lang == "fa" and ws[i].cuts[0].key == _FA_MP and i + 2 < len(ws):
                self._constituency(ws, i, taken, add)
            if self.lang == "ar" and not taken[i]:
                self._estate(ws, i, add)
            if self.lang == "ar" and not taken[i]:
                self._region_word(ws, i, add)
            if (
                self.lang == "fa"
                and ws[i].cuts[0].key == _FA_DISTRICT
                and i + 1 < len(ws)
                and not taken[i]
                and not taken[i + 1]
                and self._tight(ws, i, 2)
                and ws[i + 1].text.isdigit()
            ):  # a city's numbered district: "منطقه ۱۵" (Tehran's 15th)
                add(i, i + 2, ws[i].cuts[0], PLACE, f"District {int(ws[i + 1].text)}", 0.7)
            m = None if taken[i] or i not in cue_at else self._match(ws, i, lists.place_heads)
            if m and self._counted(ws, i):
                m = None  # "أكثر من 2000 مسجد تضرر": a number of mosques, none named
            if m and i + m[0] < len(ws) and ws[i + m[0]].cuts[0].key in _HE_HEADS_FOR.get(m[1].key, ()):
                m = None  # "חוף הרחצה" (the bathing beach): what it is for, no name
            if m:
                j = self._place_tail(ws, i + m[0])
                if j > i + m[0]:
                    add(i, j, m[1], PLACE, _transliterate(text[m[1].start : ws[j - 1].end], self.lang), 0.7)
            m = None if taken[i] or i not in cue_at else self._match(ws, i, lists.place_intros)
            if (
                m
                and i + m[0] < len(ws)
                and not taken[i + m[0]]
                and not self._genitive_intro(ws, i, m[1])
                # "جماعة" is a group ("جماعة الحوثي"); a Moroccan commune only by a tribe's name
                and not (m[1].key == _AR_COMMUNE and ws[i + m[0]].cuts[0].key not in _AR_TRIBAL_PREFIXES)
            ):
                k = i + m[0]
                # "העיר קלטה": a bare settlement word may be a subject; "תושב X" always names X
                definite = self.lang == "he" and m[1] is ws[i].cuts[0] and m[1].key not in _HE_RESIDENT
                neighbourhood = self.lang == "he" and m[1].key in _HE_NEIGHBOURHOODS
                j = self._place_after_cue(ws, k, definite=definite, neighbourhood=neighbourhood)
                if (
                    j > k
                    and (
                        m[1].key in _SECTION_INTROS
                        or self.lang == "fa"
                        and m[1].key in _PLURAL_PLACE_INTROS
                        and j == k + 1
                        and not self._listed_next(text, ws, j)
                    )
                    and self._place_at(ws, k, any_cut=False) is None
                ):
                    # "بخش" is a district and a hospital ward or a sector: "بخش اطفال", "بخش دیالیز";
                    # a plural settlement word takes an adjective: "روستاهای دوردست آمده‌اند" (came
                    # from remote villages), unless a list goes on ("ولسوالی‌های انجیل، غوریان و ...")
                    if any(
                        self.tables.zipf(w.cuts[0].key) >= WORD_ZIPF and self.name_score(w.cuts[0]) < 0.5
                        for w in ws[k:j]
                    ):
                        j = k
                if j > k:
                    pl = self._place_at(ws, k, any_cut=False)
                    canonical = (
                        pl[2]
                        if pl and pl[0] == j - k
                        else _transliterate(text[ws[k].start : ws[j - 1].end], self.lang)
                    )
                    if add(k, j, ws[k].cuts[0], PLACE, canonical, 0.75) and m[1].key in _PLURAL_PLACE_INTROS:
                        self._listed_places(text, ws, j, add)
            for table, label in ((lists.place_tails, PLACE), (lists.org_tails, ORG)):
                m = None if taken[i] or i not in cue_at else self._match(ws, i, table, any_cut=False)
                if m:
                    self._named_before(ws, i, m[0], label, taken, add)
        # Urdu: a name that ends before a postposition, before titles cut it short
        # ("وزیر خزانہ محمد اورنگزیب نے": the title's run stops at the surname)
        game: bool | None = None  # a paragraph of a match report (asked once, at the first word)
        for i, w in enumerate(ws if self.lang == "ur" else ()):
            if w.cuts[0].key == _UR_GOVERNMENT and i + 1 < len(ws) and not taken[i]:
                # "حکومتِ سندھ", "حکومت پنجاب": the government of a province or country is
                # a body, not the place (only a gazetteer place: "حکومت شہریوں کو" is none)
                pl = self._place_at(ws, i + 1, any_cut=False)
                j = i + 1 + pl[0] if pl else i
                if (
                    pl
                    and (
                        w.text.endswith("\u0650") or pl[3] in ("admin1", "country")
                    )  # "حکومت گوادر میں": in Gwadar
                    and self._tight(ws, i, j - i)
                    and not any(taken[i + 1 : j])
                ):
                    add(i, j, w.cuts[0], ORG, f"Government of {pl[2]}", 0.75)
            if game is None:
                game = self._game_paragraphs()[p]
            if (
                w.cuts[0].key == _UR_AGENT
                or re.fullmatch(r"[0-9۰-۹]+", w.text)
                and i + 1 < len(ws)
                and ws[i + 1].cuts[0].key in _UR_SCORE_WORDS
            ):
                self._ur_player_before(ws, i, taken, add, game)
            if w.cuts[0].key in _UR_POSTPOSITIONS:
                self._surname_before_postposition(ws, i, taken, add)
            elif (
                w.cuts[0].key in _UR_AGENTS and i + 1 < len(ws) and not taken[i + 1] and self._tight(ws, i, 2)
            ):
                first = ws[i + 1].cuts[0]  # a well-ranked given name: not "پڑھنے والی طالبہ" (a schoolgirl)
                if self._given(first) >= LONE_RANK and not self._is_stop(first):
                    self._person(
                        ws, i + 1, self._run(ws, i + 1, strict=False, limit=3), add, 0.7, cue=Cue.ROLE
                    )
        # Arabic match reports: a player after a nationality, a verb of the game or the referee's title
        for i in range(len(ws) if self.lang == "ar" else 0):
            if not taken[i]:
                self._ar_player_after_cue(ws, i, taken, add)
        # a lone name opening a sentence, then a comma and what the person is:
        # "رضا، کارگر قراردادی شرکت، می‌گوید", "گل‌احمد، پیرمردی که ..."
        for i in range(len(ws) - 1 if self.lang in ("ar", "fa") else 0):
            n = 0 if taken[i] else self._role_after_comma(ws, i)
            if n:
                self._person(ws, i, i + n, add, 0.7, cue=Cue.ROLE)
        # people after titles, family words and quote verbs
        for i in range(len(ws)):
            if i not in cue_at:
                continue  # (all of it after a title, kin word, role or quote verb at word i)
            for table, conf in ((lists.titles, 0.8), (lists.kin, 0.8)):
                m = None if taken[i] else self._match(ws, i, table)  # "جامعة الملك سعود"
                if (
                    m
                    and table is lists.kin
                    and self.lang == "he"
                    and ws[i].text[: m[1].start - ws[i].start].endswith("ה")
                ):
                    m = None  # "הבנו" (we understood) is no "ה" + "בנו" (his son): a kin word takes no article
                if (
                    m
                    and i > 0
                    and self._tight(ws, i - 1, 2)
                    and (ws[i - 1].cuts[0].key,) in lists.place_heads
                ):
                    break  # "صومعة الشيخ فضل", "شارع الملك فهد": the place is named after someone
                if m and table is lists.titles or table is lists.titles and self._match(ws, i, lists.roles):
                    self._appositive(ws, i, add)
                if m:
                    n = m[0]
                    k = i + n
                    # between a title and the name: a nationality ("הנשיא הצרפתי"),
                    # a portfolio ("שרת החדשנות", "وزیر امور خارجه"); then the name
                    # must be one the tables know ("رئيس الشركة وكبير..." is none)
                    skipped = 0
                    if (
                        m[1].key in _CONSTRUCT_TITLES
                        and n == 1
                        and k < len(ws)
                        and self.common(ws[k].text)
                        and self._tight(ws, k - 1, 2)
                        and not self._compound_given(ws, k)  # "صدر خدا بخش رند": a name, no portfolio
                        and not (  # "מנכ"ל יוסי כהן": a top given name and a surname are the person
                            self._given(ws[k].cuts[0]) >= 0.8
                            and k + 1 < len(ws)
                            and self._tight(ws, k, 2)
                            and self.tables.surname(ws[k + 1].cuts[0].key) >= 0.6
                        )
                    ):
                        k += 1  # "وزیر فرهنگ", "שר האוצר": the portfolio, whatever its name score
                        skipped = 1
                    elif (
                        m[1].key in _CONSTRUCT_TITLES
                        and n == 1
                        and k + 2 < len(ws)
                        and self._tight(ws, k - 1, 4)
                        and self.name_score(ws[k].cuts[0]) < _NAME_MIN
                        and self.tables.place((ws[k].cuts[0].key,)) is None
                        and word_script(ws[k].text) in ("he", "ar")
                        and (self._rare_pair(ws, k + 1) or self._given(ws[k + 1].cuts[0]) >= 0.6)
                    ):
                        # "מנכ"ל אנבידיה ג'נסן הואנג": the title's company, then the name; a definite
                        # sound plural is the people headed ("كبير الاقتصاديين"), no company
                        if not taken[k] and not self._ar_definite_plural(ws[k].cuts[0].key):
                            add(k, k + 1, ws[k].cuts[0], ORG, self._canonical_org(ws[k].text), 0.6)
                        k += 1
                        skipped = 1
                    inst = (
                        self._match(ws, k, lists.institutions)
                        if self.lang in ("fa", "ur") and not skipped and table is lists.titles and k < len(ws)
                        else None
                    )
                    if inst and self._tight(ws, k - 1, inst[0] + 2):
                        k += inst[
                            0
                        ]  # the body the title heads, then the name: "اسپیکر قومی اسمبلی ایاز صادق"
                    while (
                        table is lists.titles
                        and m[1].key not in _NAMING
                        and skipped < 3
                        and k < len(ws)
                        and self._tight(ws, k - 1, 2)
                        and self._between(ws[k].cuts[0])
                        and not any(self._is_stop(c) for c in ws[k].cuts[1:])  # "بأنها": ب + that it
                        and not self._compound_given(ws, k)
                        and not self._ur_name_pair_after_title(ws, k, m[1].key)
                    ):
                        k += 1
                        skipped += 1
                    if k < len(ws) and self._tight(ws, k - 1, 2) and self._match(ws, k, lists.titles):
                        break  # a chain of titles ("چیئرمین لیفٹیننٹ جنرل ..."): the last one takes the name
                    if (
                        k < len(ws)
                        and not taken[k]
                        and self._tight(ws, k - 1, 2)
                        and ws[k].cuts[0].key not in _INDEFINITE  # "والدة أحد الطلاب": one of the pupils
                        and (
                            not self._stop_here(ws, k)
                            or self._rare_place_then_name(ws, k)
                            or self._player_named_after_place(ws, m[1], k)
                            or self._compound_given(ws, k)
                        )
                        and not self._nisba(ws[k].cuts[0])
                        and (
                            not skipped
                            or self.name_score(ws[k].cuts[0]) >= 0.5
                            and not self._remit_word(ws[k].cuts[0])
                            or self.strong(ws[k].cuts[0])
                            or self._rare_pair(ws, k)
                            or ws[k].cuts[0].key in self.lists.particles
                        )
                    ):
                        j = self._run(ws, k, strict=False, limit=3)
                        if m[1].key in _NAMING and j == k:
                            j = self._named(ws, k)  # "تدعى نادية بنعيسى": whatever the name is
                        if self._council_name_then_head(ws, i + n - 1, k, j):
                            add(
                                i + n - 2,
                                j,
                                ws[i + n - 2].cuts[0],
                                ORG,
                                self._canonical_org(text[ws[i + n - 2].start : ws[j - 1].end]),
                                0.7,
                            )
                        elif m[1].key in _NAMING and self._org_named(ws, i):
                            add(
                                k,
                                j,
                                ws[k].cuts[0],
                                ORG,
                                self._canonical_org(text[ws[k].start : ws[j - 1].end]),
                                0.7,
                            )
                        else:
                            cue = (
                                Cue.NAMING
                                if m[1].key in _NAMING
                                else Cue.ROLE
                                if m[1].key in _ROLE_TITLES
                                else Cue.TITLE
                                if table is lists.titles
                                else Cue.FAMILY
                            )
                            self._person(ws, k, j, add, conf, cue=cue)
                    if table is lists.titles:
                        self._named_between_commas(ws, i + m[0], taken, add)
                    break
            m = self._match(ws, i, lists.quotes)
            if m:
                n = m[0]
                k = i + n
                if (
                    self.lang
                    in ("he", "ar")  # Persian and Urdu put the verb last: what follows is no speaker
                    and k < len(ws)
                    and not taken[k]
                    and self._tight(ws, k - 1, 2)
                    and not self._match(ws, k, lists.titles)
                    # "قال عامل الصيانة X": what the speaker is (Hebrew "בן" is also "בן גביר")
                    and not (self.lang == "ar" and self._match(ws, k, lists.roles))
                ):
                    cue = Cue.SPEECH
                    if self._definite_title(ws, k) and not taken[k + 1]:
                        k += 1  # "סיפר הפרמדיק נדב אלבז": what the speaker is, then the name
                        cue |= Cue.TITLE
                    # (after what the speaker is, as after a title, any ranked name word will do)
                    j = self._run(ws, k, strict=cue == Cue.SPEECH, limit=3)
                    if j == k + 1 and self._tight(ws, k, 2) and self._unknown(ws, k) and self._unknown(ws, j):
                        j = k  # "قال سيموني إنزاغي": a foreign name spelt out, left whole to _foreign
                    elif j == k and self._name_pair(ws, k) and self._closes_clause(ws, k + 1):
                        j = k + 1  # "وقالت نور سالم،": _person takes the pair after the verb
                    if not (j <= k + 1 and self._ar_described(ws[k].cuts[0])):
                        self._person(ws, k, j, add, 0.7, cue=cue)
                elif (
                    self.lang == "ar"
                    and k + 1 < len(ws)
                    and ws[k].cuts[0].key.startswith("ال")
                    and (r := self._match(ws, k, lists.roles)) is not None
                    and r[0] == 1
                    and not self._match(ws, k, lists.titles)
                    and self._given(ws[k + 1].cuts[0]) >= _CUED_PAIR_GIVEN  # no "المقيمة" (resident)
                    and not any(taken[k : k + 2])
                    and self._tight(ws, k - 1, 3)
                ):
                    # "وقالت الممرضة وفاء إن": the verb, what the speaker is with its article, the name
                    k += 1
                    j = self._run(ws, k, strict=True, limit=3)
                    if j == k and self._name_pair(ws, k) and self._closes_clause(ws, k + 1):
                        j = k + 1
                    self._person(ws, k, j, add, 0.7, cue=Cue.SPEECH | Cue.ROLE)
                # the speaker before the verb (Urdu: "X نے کہا")
                b = i - 1
                if self.lang == "ur" and b >= 0 and ws[b].cuts[0].key == _UR_AGENT and ws[i].text != "نے":
                    b -= 1
                if (
                    b > 0
                    and ws[b].cuts[0].key in _ALSO
                    and self._tight(ws, b, 2)
                    and not self._tight(ws, b - 1, 2)
                ):
                    b -= 1  # "…، منصور احمد، نیز گفت": the speaker, then "also said"
                self._person_before(ws, b, add, strict=self.lang == "fa")
        if self.lang == "ur":  # the agent marker: "X نے" with a name-table anchor
            for i, w in enumerate(ws):
                if self._origin_cue(ws, i):
                    self._place_of_origin(ws, i - 1, taken, add)
                self._name_before_honorific(ws, i + 1, taken, add)
                if w.cuts[0].key == "نے":
                    self._person_before(ws, i - 1, add, strict=True)
                elif (
                    i >= 2
                    and tuple(x.cuts[0].key for x in ws[i : i + 2]) in _UR_ACCORDING
                    and not any(taken[i - 2 : i])
                    and self._name_pair(ws, i - 2)
                    and self._opens_clause(ws, i - 2)
                ):
                    self._person(ws, i - 2, i, add, 0.7, cue=Cue.SPEECH)  # "جان محمد کے مطابق"
                elif w.cuts[0].key == key("نامی") and i > 0 and self._tight(ws, i - 1, 2):
                    a = i - 1  # "ساجد اکرم نامی شخص", a man named Sajid Akram
                    while (
                        a >= 0
                        and i - a <= 3
                        and (a == i - 1 or self._tight(ws, a, 2))
                        and not taken[a]
                        and not self._is_stop(ws[a].cuts[0])
                        and not self._stop_here(ws, a)
                        and (self._name_like(ws[a].cuts[0], False) or self.name_score(ws[a].cuts[0]) >= 0.5)
                    ):
                        a -= 1
                    self._person(ws, a + 1, i, add, 0.7, cue=Cue.NAMING)
                elif (
                    w.cuts[0].key == _UR_ALIAS
                    and 0 < i < len(ws) - 1
                    and self._tight(ws, i - 1, 3)
                    and self.name_score(ws[i - 1].cuts[0]) >= _NAME_MIN
                    and ws[i - 1].cuts[0].key not in _UR_POSTPOSITIONS  # "اس کا عرف عام" (its nickname)
                    and not self._is_stop(ws[i - 1].cuts[0])
                ):
                    # "(محمد) اکرم عرف کالا" (Akram alias Kala): a name on each side
                    a = i - 1
                    while (
                        a > 0
                        and i - a < 3
                        and self._tight(ws, a - 1, 2)
                        and self.name_score(ws[a - 1].cuts[0]) >= 0.5
                    ):
                        a -= 1
                    self._person(ws, a, i, add, 0.7, cue=Cue.NAMING)
                    c = ws[i + 1].cuts[0]
                    if not (taken[i + 1] or self._is_stop(c) or self._verb(c) or self._stop_here(ws, i + 1)):
                        self._person(ws, i + 1, i + 2, add, 0.7, cue=Cue.NAMING)
        # people anchored by the name tables
        for i in range(len(ws)):
            if taken[i]:
                continue
            self._kunya(ws, i, taken, add)
            if not taken[i]:
                self._initials(ws, i, taken, add)
            if not taken[i]:
                # "מיכל דהן ושני לוי": "and" + a person after a person is a name, though a word too
                coordinated = (
                    i > 0
                    and taken[i - 1]
                    and ws[i].text[:1] in _AND_CLITICS.get(self.lang, "")
                    and self._tight(ws, i - 1, 2)
                    and any(h.label == PERSON and h.end == ws[i - 1].end for h in out)
                )
                self._anchored(ws, i, taken, add, coordinated)
        if self.lang == "fa":
            self._apposed_speaker(ws, taken, add)
            self._named_before_position(ws, taken, add)
            for i, w in enumerate(ws):
                stan = None if taken[i] or len(w.cuts) > 1 else self._stan_people(w.cuts[0])
                if stan:
                    add(i, i + 1, w.cuts[0], MISC, stan, 0.7)  # "ازبک", "تاجیک": the people of a -stan
        # foreign names spelled out: two or three words no dictionary knows
        for i in range(len(ws) if self.lang in ("he", "ar") else 0):  # Persian/Urdu: rare compounds
            if not taken[i]:
                self._foreign(ws, i, taken, add)
        # Persian/Urdu brands made of a country and a word ("ایران‌خودرو", Iran Khodro)
        for i, w in enumerate(ws):
            parts = w.text.split(_ZWNJ)
            country = self.tables.place((key(parts[0]),)) if len(parts) == 2 else None
            if (
                self.lang in ("fa", "ur")
                and country
                and country[1] == "country"
                and not taken[i]
                and key(parts[1]) not in _PLACE_SUFFIXES
                and parts[1] not in _SUFFIXES
                and self.tables.place((w.cuts[0].key,)) is None
                and not self.common(w.text)
                and not self._verb(w.cuts[0])
                and len(parts[1]) >= 3
                and self.common(parts[1])
            ):
                add(i, i + 1, w.cuts[0], ORG, _transliterate(w.text.replace(_ZWNJ, " "), self.lang), 0.6)
        if self.lang in ("ar", "fa"):
            self._short_dateline(ws, taken, add)
            self._road_ends(ws, taken, add)
        for i in range(len(ws) if self.lang == "ar" else 0):
            self._route_end(text, ws, i, taken, add)
            self._unknown_after_bi(ws, i, taken, add)
        # places from the gazetteer (inside organisations they are already taken)
        i = 0
        while i < len(ws):
            pl = (
                None
                if taken[i] or i in cue_at and self._match(ws, i, lists.titles) or self._jingle(ws, i)
                else self._place_at(ws, i)
            )
            if pl and not any(taken[i : i + pl[0]]) and self._place_ok(ws, i, pl):
                if add(i, i + pl[0], pl[1], PLACE, pl[2], 0.85) and self.lang in ("ar", "fa"):
                    self._listed_places(text, ws, i + pl[0], add, named=True)
                    if self.lang == "ar":
                        self._listed_before(text, ws, i, taken, add)
                i += pl[0]
            else:
                i += 1
        return sorted(out, key=lambda h: h.start)

    def _place_spelt_otherwise(self, ws: list[Word], i: int, any_cut: bool) -> Place | None:
        """Hebrew writes a foreign v as ב or as וו ("נורבגיה" and "נורווגיה",
        "שבדיה" and "שוודיה"): a rare word whose other spelling is a
        gazetteer place is that place. Persian and Urdu write a compound
        town solid or with a half-space where the gazetteer has two words
        ("مزارشریف", "نجف‌آباد" for "مزار شریف", "نجف آباد"); Arabic papers
        write with the article a town the gazetteer has without it
        ("المتلوي" for "متلوي")."""
        if self.lang in ("fa", "ur", "ar"):
            return self._place_split_otherwise(ws, i, any_cut)
        if self.lang != "he":
            return None
        for cut in ws[i].cuts if any_cut else ws[i].cuts[:1]:
            k = cut.key
            if len(k) < 4 or self.common(cut.text):
                continue
            for other in {k[0] + k[1:].replace("ב", "וו"), k.replace("וו", "ב")} - {k}:
                found = self.tables.place((other,))
                if found:
                    return 1, cut, found[0], found[1]
        return None

    def _town_department(self, ws: list[Word], i: int, add: AddName) -> None:
        """An Arabic department word, one or two words of its remit and a
        gazetteer town: an organisation ("دائرة صحة البصرة", "جهاز تنمية
        مدينة العلمين"); without the town the words are ordinary ("غرفة النوم")."""
        for n in (2, 3):
            k = i + n
            if k >= len(ws) or not self._tight(ws, i, n + 1):
                return
            if any(self._is_stop(w.cuts[0]) or not word_script(w.text) for w in ws[i + 1 : k]):
                return
            pl = self._place_at(ws, k, any_cut=False)
            if pl and self.tables.place((ws[k].cuts[0].key,)) is not None:
                end = k + pl[0]
                text = self._text_of[id(ws)]
                add(
                    i,
                    end,
                    ws[i].cuts[0],
                    ORG,
                    _transliterate(text[ws[i].start : ws[end - 1].end], self.lang),
                    0.75,
                )
                return

    def _listed_next(self, text: str, ws: list[Word], j: int) -> bool:
        """Does a list go on after word j-1: a comma or "و" before word j?"""
        return j < len(ws) and (
            text[ws[j - 1].end : ws[j].start].strip() in ("،", ",") or ws[j].cuts[0].key in _AND
        )

    def _listed_places(self, text: str, ws: list[Word], j: int, add: AddName, named: bool = False) -> None:
        """The places after the first of a list that a plural settlement word
        opens ("أحياء سيدي الهواري والحمري", "شهرهای رشت، لاهیجان و آستارا"):
        each item after "و" or a comma is a gazetteer place or one uncommon word.
        After a gazetteer town (`named`) with no such word ("مدارس رشت، لاهیجان
        و آستارا", "في المتلوي والرديف") an uncommon item must be no name word
        either, and the list must close with "و"."""
        items: list[tuple[int, int, Cut, str]] = []
        closed = False
        while j < len(ws):
            if self.lang == "ar":  # "والحمري": the conjunction is a clitic
                if not self._tight(ws, j - 1, 2):
                    break
                k = j
                stem = next(
                    (c for c in ws[j].cuts[1:] if c.start == ws[j].start + 1 and ws[j].text[0] == "و"), None
                )
            else:
                between = text[ws[j - 1].end : ws[j].start].strip()
                k = j + 1 if between == "" and ws[j].cuts[0].key in _AND else j
                if k >= len(ws) or k == j and between not in ("،", ","):
                    break
                if k > j and not self._tight(ws, j, 2):
                    break
                stem = ws[k].cuts[0]
            if stem is None or self._match(ws, k, self.lists.place_intros):
                break  # "مزار شریف و ولسوالی‌های چمتال": a settlement word opens a list of its own
            pl = self._place_at(ws, k, any_cut=True)
            if pl and pl[1] is stem:
                n, canonical = pl[0], pl[2]
            elif (
                not self.common(stem.text)
                and word_script(stem.text)
                and not self._is_stop(stem)
                and not self._verb(stem)
                and not re.match(r"\d", stem.text)
                and not (named and self.name_score(stem) >= 0.5)
                and not (self.lang == "ar" and stem.key[:1] in "يت" and self.tables.zipf(stem.key) >= 2.5)
            ):  # (an Arabic imperfect verb that is a word: "من تلمسان ويستعين بقاصرين", and he enlists)
                n, canonical = 1, _transliterate(stem.text, self.lang)
            elif (
                self.lang == "ar"
                and stem.key == _AR_ABU
                and k + 1 < len(ws)
                and self._tight(ws, k, 2)
                and word_script(ws[k + 1].text) == "ar"
                and not self._is_stop(ws[k + 1].cuts[0])
                and not self._verb(ws[k + 1].cuts[0])
            ):  # "قرى المراشدة وأبو تشت", "أحياء البصرة وأبو الخصيب": a town named "Abu ..."
                n, canonical = 2, _transliterate(text[stem.start : ws[k + 1].end], self.lang)
            elif self._between_listed_places(text, ws, k, stem):
                n, canonical = 1, _transliterate(stem.text, self.lang)  # "شناص ولوى والخابورة"
            else:
                break
            items.append((k, k + n, stem, canonical))
            closed = self.lang == "ar" or k > j
            j = k + n
        if named and not closed:
            return
        for k, end, stem, canonical in items:
            if not add(k, end, stem, PLACE, canonical, 0.7):
                return

    def _constituency(self, ws: list[Word], i: int, taken: list[bool], add: AddName) -> None:
        """Persian: "نماینده مردم X، Y و Z در مجلس" (the member for X, Y and Z):
        the towns of the constituency, one or two words each, a comma or "و"
        between them, up to "در" (in the parliament)."""
        text = self._text_of[id(ws)]
        if ws[i + 1].cuts[0].key != _FA_PEOPLE or not self._tight(ws, i, 2):
            return
        items: list[tuple[int, int]] = []
        k = i + 2
        while k < len(ws) and len(items) < 8:
            a = k
            while (
                k < len(ws)
                and k - a < 2
                and (k == a or self._tight(ws, k - 1, 2))
                and ws[k].cuts[0].key not in _AND
                and not self._is_stop(ws[k].cuts[0])
                and not self._verb(ws[k].cuts[0])
                and word_script(ws[k].text) == "ar"
            ):
                k += 1
            if k == a:
                return
            items.append((a, k))
            if k >= len(ws):
                return
            gap = text[ws[k - 1].end : ws[k].start].strip()
            if gap in ("،", ","):
                continue
            if gap == "" and ws[k].cuts[0].key in _AND:
                k += 1
                continue
            if gap == "" and ws[k].cuts[0].key == _FA_IN and len(items) >= 2:
                break  # "... و سرعین در مجلس"
            return
        else:
            return
        for a, b in items:
            if not any(taken[a:b]):
                pl = self._place_at(ws, a)
                canonical = (
                    pl[2]
                    if pl and pl[0] == b - a
                    else _transliterate(text[ws[a].start : ws[b - 1].end], self.lang)
                )
                add(a, b, ws[a].cuts[0], PLACE, canonical, 0.7)

    def _office_town(self, ws: list[Word], i: int, taken: list[bool], add: AddName) -> None:
        """The town of a town's office ("فرماندار سرعین", the governor of
        Sareyn; "عمدة بلدية سبها"): one word after it that no table knows as a
        word or a name, and no name word after that (else a person follows the
        title: "فرماندار علی رضایی")."""
        k = i + 1
        if k < len(ws) and self._tight(ws, i, 2) and ws[k].cuts[0].key in _TOWN_OFFICES[self.lang]:
            k += 1  # "عميد بلدية"
        if k >= len(ws) or taken[k] or not self._tight(ws, k - 1, 2):
            return
        c = ws[k].cuts[0]
        if (
            word_script(c.text) != "ar"
            or len(c.key) < 3
            or self.common(c.text)
            or self.tables.zipf(c.key) >= WORD_ZIPF
            or self.name_score(c) >= _NAME_MIN
            or self._given(c) >= _NAME_MIN
            or self._is_stop(c)
            or self._verb(c)
            or self._place_at(ws, k) is not None  # the gazetteer's own rules take it
            or k + 1 < len(ws)
            and self._tight(ws, k, 2)
            and self.name_score(ws[k + 1].cuts[0]) >= 0.5
            and not self._is_stop(ws[k + 1].cuts[0])
        ):
            return
        add(k, k + 1, c, PLACE, _transliterate(c.text, self.lang), 0.65)

    def _region_word(self, ws: list[Word], i: int, add: AddName) -> None:
        """An Egyptian region whose name is also a word ("الصعيد", Upper Egypt;
        "على الصعيد الدولي" is "at the international level"): a place, unless
        "على" comes before it or a definite adjective after it."""
        cut = next((c for c in ws[i].cuts if c.key in _AR_REGION_WORDS), None)
        if cut is None:
            return
        if i > 0 and self._tight(ws, i - 1, 2) and any(c.key == _AR_ON for c in ws[i - 1].cuts):
            return
        if i + 1 < len(ws) and self._tight(ws, i, 2) and self._agreeing(ws[i + 1].cuts[0]):
            return
        add(i, i + 1, cut, PLACE, _AR_REGION_WORDS[cut.key], 0.7)

    def _in_somewhere(self, ws: list[Word], k: int) -> bool:
        """Hebrew: word k is "ב" and a place or a more frequent word ("בקפריסין", in Cyprus;
        "בשיחת", in a call), not a name that starts with the letter ("ברזילי")."""
        w = ws[k]
        if self.lang != "he" or not w.text.startswith("ב") or not self._tight(ws, k - 1, 2):
            return False
        rest = next((c for c in w.cuts if c.start == w.start + 1), None)
        if rest is None or len(rest.key) < 3:
            return False
        zipf = self.tables.zipf(rest.key)
        return self.tables.place((rest.key,)) is not None or zipf > max(2.5, self.tables.zipf(w.cuts[0].key))

    def _counted(self, ws: list[Word], i: int) -> bool:
        """Arabic/Persian: word i follows a number ("2000 مسجد", "۱۲ بیمارستان"):
        a kind word counted, no name."""
        return (
            self.lang in ("ar", "fa")
            and i > 0
            and self._tight(ws, i - 1, 2)
            and _NUMBER.fullmatch(ws[i - 1].text) is not None
        )

    def _after_cardinal(self, ws: list[Word], i: int) -> bool:
        """Word i follows a number, in figures or a cardinal word (after a
        clitic too: "بأربع"): it is the thing counted ("أربع سنوات", four
        years). Not a Hebrew weekday ("יום שני", Monday, then a name)."""
        if i == 0 or not self._tight(ws, i - 1, 2):
            return False
        before = ws[i - 1]
        if _NUMBER.fullmatch(before.text):
            return True
        cardinals = _CARDINALS.get(self.lang, ())
        if not any(c.key in cardinals for c in before.cuts):
            return False
        return not (i >= 2 and any(c.key == _HE_DAY for c in ws[i - 2].cuts))

    def _surname_follows(self, ws: list[Word], i: int) -> bool:
        """Is the word after word i a surname the tables vouch for, or a name
        particle? ("في الدقيقة 61 پیمان شفیعی": the number is the minute's)."""
        if i + 1 >= len(ws) or not self._tight(ws, i, 2):
            return False
        c = ws[i + 1].cuts[0]
        return c.key in self.lists.particles or self.strong(c) or self._clear_surname(c)

    def _between_listed_places(self, text: str, ws: list[Word], k: int, stem: Cut) -> bool:
        """A list item that is also a word or a name ("لوى", "نیر") between two
        places of the list: a gazetteer place follows it as the next item ("و"
        on it, or after a comma or "و"), so it is a place too. Not a function
        word, verb, number, title, Arabic imperfect verb or very frequent word."""
        if (
            self._is_stop(stem)
            or self._verb(stem)
            or self._imperfect_word(stem)
            or not word_script(stem.text)
            or re.match(r"\d", stem.text)
            or self.tables.zipf(stem.key) >= 4.5
            or self._match(ws, k, self.lists.titles) is not None
            or k + 1 >= len(ws)
            or not self._tight(ws, k, 2)
            and text[ws[k].end : ws[k + 1].start].strip() not in ("،", ",")
        ):
            return False
        m = k + 1
        if self.lang == "ar":
            if not ws[m].text.startswith("و"):
                return False
            pl = self._place_at(ws, m, any_cut=True)
            return pl is not None and pl[1].start == ws[m].start + 1
        if ws[m].cuts[0].key in _AND:
            m += 1
            if m >= len(ws) or not self._tight(ws, m - 1, 2):
                return False
        return self._place_at(ws, m, any_cut=False) is not None

    def _place_split_otherwise(self, ws: list[Word], i: int, any_cut: bool) -> Place | None:
        """See _place_spelt_otherwise: the word's other splits ("مزار شریف")
        or its bare form ("متلوي"), followed by up to the usual place length
        of the next words; never for a common word or a ranked name."""
        t = self.tables
        for cut in ws[i].cuts if any_cut else ws[i].cuts[:1]:
            k = cut.key
            if len(k) < 5 or self.common(cut.text):
                continue
            forms: list[tuple[str, ...]] = []
            if self.lang == "ar":
                # a rare word only: "السيول" (the floods) is no Seoul, "المدان" no Madan
                if (
                    k.startswith("ال")
                    and self.name_score(cut) < 0.5
                    and self.tables.zipf(cut.text) < WORD_ZIPF
                ):
                    forms.append((k[2:],))
            elif _ZWNJ in k:
                forms.append(tuple(part for part in k.split(_ZWNJ) if part))
            else:
                forms += [(k[:n], k[n:]) for n in range(2, len(k) - 1) if t.starts_place(k[:n])]
            if not forms:
                continue
            longest = min(t.max_place_len(), self._reach(ws)[i] - i)
            after = [w.cuts[0].key for w in ws[i + 1 : i + longest]]
            for n in range(longest, 0, -1):
                rest = tuple(after[: n - 1])
                for form in forms:
                    found = t.place((*form, *rest))
                    if found:
                        return n, cut, found[0], found[1]
        return None

    def _jingle(self, ws: list[Word], i: int) -> bool:
        """The second half of a rhyming pair ("امن و امان", law and order) is
        no place: a word after "و"/"اور" whose first two letters repeat the
        word before it."""
        return (
            i >= 2
            and ws[i - 1].cuts[0].key in _AND
            and ws[i - 2].cuts[0].key[:2] == ws[i].cuts[0].key[:2]
            and ws[i - 2].cuts[0].key != ws[i].cuts[0].key
            and self.common(ws[i - 2].text)
            and self._place_at(ws, i - 2, any_cut=False) is None
        )

    def _named_before(
        self, ws: list[Word], i: int, n: int, label: str, taken: list[bool], add: AddName
    ) -> None:
        """Up to three words before a kind word (Urdu: "جناح ہسپتال", "لاہور
        ہائیکورٹ", "مرکزی رویت ہلال کمیٹی"), one of them a proper word or a
        place: "ضلعی پولیس" (the district police) names nothing."""
        tail = ws[i].cuts[0].key
        for a in range(max(0, i - 3), i):  # a place of several words: "فیصل آباد پولیس"
            pl = self._place_at(ws, a, any_cut=False)
            if pl and a + pl[0] == i and self._tight(ws, a, i - a + 1) and not any(taken[a:i]):
                canonical = _transliterate(self._text_of[id(ws)][ws[a].start : ws[i + n - 1].end], self.lang)
                if tail == _UR_GOVERNMENT:
                    canonical = f"Government of {pl[2]}"  # "سندھ حکومت"
                add(a, i + n, ws[a].cuts[0], label, canonical, 0.75)
                return
        if tail == _UR_GOVERNMENT:
            return  # only a place's government ("سندھ حکومت"): "روزگار بچانا حکومت کی ترجیح" is none
        if self.lang == "ur" and label == ORG:
            a = self._urdu_loan_name(ws, i, taken)
            if a < i:
                canonical = _transliterate(self._text_of[id(ws)][ws[a].start : ws[i + n - 1].end], self.lang)
                add(a, i + n, ws[a].cuts[0], label, canonical, 0.7)
                return
        if self.lang == "ar":  # "السومرية نيوز", "شفق نيوز": one word that is no ordinary word or verb
            w = ws[i - 1] if i > 0 and not taken[i - 1] and self._tight(ws, i - 1, 2) else None
            if (
                w is not None
                and not self._is_stop(w.cuts[0])
                and word_script(w.text) == "ar"
                and not self.common(w.text)
                and not any(self.common(c.text) for c in w.cuts[1:])  # "ونقلت" is "and she reported"
            ):
                canonical = _transliterate(self._text_of[id(ws)][w.start : ws[i + n - 1].end], self.lang)
                add(i - 1, i + n, w.cuts[0], label, canonical, 0.7)
            return
        # roads, squares and stadiums are named with ordinary words too ("جھنگ روڈ",
        # "ہاکی اسٹیڈیم"): right before the kind word, any word that is not among
        # the most frequent will do (further left it may be the sentence's subject)
        # and a channel by any word at all ("ہم ٹی وی", "پی ٹی وی", "جیو نیوز")
        if (
            label == PLACE
            and tail in _PLACE_SUFFIXES
            and any(self._town_until(ws, a, i + 1) for a in range(max(0, i - 2), i))
        ):
            return  # a known town ("فیصل آباد"): the gazetteer names it, and an institution may follow
        loose = label == PLACE and tail in _NAMING_PLACE_TAILS or label == ORG and tail in _CHANNEL_TAILS
        most = 5.0 if tail == _UR_DAM else 5.5 if label == PLACE else 99.0  # "نئے ڈیم", new dams: no name
        a = i
        while a > 0 and i - a < 3 and self._tight(ws, a - 1, 2) and not taken[a - 1]:
            c = ws[a - 1].cuts[0]
            named = self._proper(c) or self.name_score(c) >= 0.5 or c.key.endswith("ي") and i - a < 2
            if (
                self._is_stop(c)
                or self._verb(c)
                or not word_script(c.text)
                or c.key in _TIME_NOUNS  # "گزشتہ ماہ اسٹیڈیم کی" (last month, the stadium's)
                or c.key in _UR_POSTPOSITION_NOUNS  # "گرمی کے باوجود سٹیڈیم" (despite the heat, the stadium)
                or c.text.endswith("ے")
                and self.common(c.text)  # an oblique adjective: "نئے ڈیم", "بڑے چوک"
                or not (named or loose and a == i and self.tables.zipf(c.key) < most)
                or tail in _NEIGHBOURHOOD_TAILS
                and c.key.endswith("ي")
                and self.common(c.text)
                and self.name_score(c) < 0.5  # "رہائشی کالونی" (a housing colony), not "اورنگی ٹاؤن"
            ):
                break
            a -= 1
            if not named:
                break  # an ordinary word names it alone
        while (
            a < i
            and not loose
            and not (
                self._proper(ws[a].cuts[0])
                or self.name_score(ws[a].cuts[0]) >= 0.5
                or any(self._proper(w.cuts[0]) for w in ws[a + 1 : i])
            )
        ):
            a += 1
        # a town in -آباد, -پور written apart is named after anyone: "لیاقت آباد"
        # ("آباد ہو گئے", settled, is a verb)
        suffix = (
            label == PLACE
            and tail in _PLACE_SUFFIXES
            and not (i + n < len(ws) and ws[i + n].cuts[0].key in _LIGHT_VERBS["ur"])
        )
        if a < i and (
            loose
            or suffix
            or any(self._proper(w.cuts[0]) for w in ws[a:i])
            or self._named_after_person(ws, a, i)
        ):
            text = self._text_of[id(ws)]
            canonical = _transliterate(text[ws[a].start : ws[i + n - 1].end], self.lang)
            add(a, i + n, ws[a].cuts[0], label, canonical, 0.7)

    def _urdu_loan_name(self, ws: list[Word], i: int, taken: list[bool]) -> int:
        """Start of an Urdu organisation's name of English words before its kind
        word at i ("گوادر پورٹ اتھارٹی", "تھردیپ رورل ڈویلپمنٹ پروگرام",
        "نیشنل ڈیزاسٹر مینجمنٹ اتھارٹی"): up to five words back, English words
        of institutions (_UR_LOAN_WORDS), places and rare words, at least one
        English word, and a place or rare word among them or two English words
        ("پاور کمپنی", a power company, names none); i when there is none."""
        a, loans, proper = i, 0, False
        while a > 0 and i - a < 5 and self._tight(ws, a - 1, 2) and not taken[a - 1]:
            c = ws[a - 1].cuts[0]
            if self._is_stop(c) or self._verb(c) or word_script(c.text) != "ar":
                break
            if c.key in _UR_LOAN_WORDS:
                loans += 1
            elif self._place_at(ws, a - 1, any_cut=False) or not self.common(c.text):
                proper = True
            else:
                break
            a -= 1
        while a < i and ws[a].cuts[0].key in _UR_LOAN_WORDS and ws[a].cuts[0].key in _UR_LOAN_JOINS:
            a += 1  # "اینڈ" opens no name
        # a public body is named by one English word ("واٹر بورڈ", "واٹر کارپوریشن": the
        # city's water board), a company is not ("پاور کمپنی", a power company)
        body = ws[i].cuts[0].key in _UR_PUBLIC_BODIES
        return a if loans and (proper or loans >= 2 or body) else i

    def _named_after_person(self, ws: list[Word], a: int, i: int) -> bool:
        """Urdu: words a..i-1 before an institution's kind word are a person's
        name made of frequent name words, a ranked given name first ("غلام محمد
        مہر میڈیکل کالج", "قائد اعظم یونیورسٹی", "عزیز بھٹی شہید ہسپتال")."""
        if not (
            self.lang == "ur"
            and ws[i].cuts[0].key in _UR_NAMED_KINDS
            and (i - a >= 3 or any(w.cuts[0].key in _UR_NAMED_HONOURS for w in ws[a:i]))
            and self._given(ws[a].cuts[0]) >= 0.6
            and all(self.name_score(w.cuts[0]) >= _NAME_MIN and not self._is_stop(w.cuts[0]) for w in ws[a:i])
        ):
            return False
        # after a title the name is the person's ("وزیر اعلیٰ X Y Z ہسپتال پہنچے")
        return not any(
            (m := self._match(ws, b, self.lists.titles)) and b + m[0] == a for b in range(max(0, a - 3), a)
        )

    def _town_until(self, ws: list[Word], a: int, j: int) -> bool:
        """A gazetteer place from word a to word j (exclusive)."""
        pl = self._place_at(ws, a, any_cut=False)
        return pl is not None and a + pl[0] == j

    def _named_after_trade(self, ws: list[Word], k: int) -> bool:
        """Hebrew: word k, after a company's kind and its trade ("חברת הביטוח"),
        is a name word the tables rank though it looks definite ("הראל"), and the
        company's statement follows it: the company's name, not a person."""
        return (
            self.lang == "he"
            and k + 1 < len(ws)
            and self._tight(ws, k - 1, 3)
            and self.name_score(ws[k].cuts[0]) >= 0.6
            and not self._is_stop(ws[k].cuts[0])
            and self._match(ws, k + 1, self.lists.quotes) is not None
        )

    def _definite(self, cut: Cut) -> bool:
        return (
            cut.key.startswith("ال")
            if self.lang == "ar"
            else cut.key.startswith("ה")
            if self.lang == "he"
            else False
        )

    def _rare_pair(self, ws: list[Word], k: int) -> bool:
        """Two rare words in a row: a foreign name spelt out ("ستيفانو بيولي")."""
        return (
            k + 1 < len(ws)
            and self._tight(ws, k, 2)
            and not self._stop_here(ws, k)
            and not self._stop_here(ws, k + 1)
            and all(not self.common(ws[x].text) and not self._is_stop(ws[x].cuts[0]) for x in (k, k + 1))
        )

    def _compound_given(self, ws: list[Word], j: int) -> bool:
        """ "عبد" + a definite word ("عبد الإله", "عبد الرحيم"), or a kunya
        "أبو/أم" + a given name ("أبو علي"), or Urdu "خدا بخش": a given name in two words."""
        if self.lang not in ("ar", "ur") or j + 1 >= len(ws) or not self._tight(ws, j, 2):
            return False
        head, nxt = ws[j].cuts[0].key, ws[j + 1].cuts[0]
        if self.lang == "ur":
            # Urdu, Sindhi and Baloch given names of two ordinary words, "God('s) gift":
            # "خدا بخش", "اللہ ڈنو", "الٰہی بخش", "رب نواز"
            return head in _UR_GIVER_FIRST and nxt.key in _UR_GIVER_SECOND
        if head in _KUNYA:
            return self._given(nxt) >= 0.6  # (also "علي", which folds onto "على", on)
        return (
            head == key("عبد") and nxt.key.startswith("ال") and len(nxt.key) >= 4 and not self._is_stop(nxt)
        )

    def _club_of_abbreviated_town(self, ws: list[Word], add: AddName) -> None:
        """A club's first word and its town abbreviated: one organisation ("מכבי
        ת"א" is Maccabi Tel Aviv, "לבית"ר ת"א", "בני ר"ג"), not a word and a place;
        and "ת"א 35", the Tel Aviv stock index, is no town."""
        for i in range(len(ws) - 1):
            if (
                ws[i].cuts[-1].text.replace("״", '"') == 'ת"א'
                and ws[i + 1].text.isdigit()
                and self._tight(ws, i, 2)
            ):
                add(i, i + 2, ws[i].cuts[-1], MISC, "TA-" + ws[i + 1].text, 0.8)
                continue
            town = ws[i + 1].cuts[0].text.replace("״", '"')
            if town not in _HE_TOWN_ABBREVIATIONS or not self._tight(ws, i, 2):
                continue
            head = next((c for c in ws[i].cuts if c.text.replace("״", '"') in _HE_CLUB_ENGLISH), None)
            if head is not None:
                surface = head.text + " " + ws[i + 1].text
                add(i, i + 2, head, ORG, self._canonical_org(surface), 0.8)

    def _initials(self, ws: list[Word], i: int, taken: list[bool], add: AddName) -> None:
        """Hebrew initials with gershayim before a surname ("ש"י עגנון",
        "א"ב יהושע"): the surname bare (not "כ"ה בטבת", a date in letters),
        a name or a word not among the most frequent (a famous surname is
        frequent: "עגנון"), and the initials no common abbreviation."""
        w = ws[i]
        if (
            self.lang != "he"
            or not _INITIALS.match(w.text.replace("״", '"'))
            or w.text.replace("״", '"') in _COMMON_ACRONYMS
            or w.text.replace("״", '"') in _HE_TOWN_ABBREVIATIONS
            or i + 1 >= len(ws)
            or taken[i + 1]
            or not self._tight(ws, i, 2)
        ):
            return
        nxt = ws[i + 1]
        c = nxt.cuts[0]
        if (
            len(nxt.cuts) > 1
            or self._is_stop(c)
            or word_script(nxt.text) != "he"
            or c.key in _HE_MONTHS
            or self._stop_here(ws, i + 1)
            or self.tables.zipf(c.key) >= 4.5
            and self.name_score(c) < 0.5
            or self.tables.is_common(c.key)
            and self._hebrew_past_person(c)
        ):
            return  # "X"Y גברה על": a verb after an abbreviation, not a surname
        self._person(ws, i, i + 2, add, 0.7)

    def _kunya(self, ws: list[Word], i: int, taken: list[bool], add: AddName) -> None:
        """ "أبو علي شاتيلا", "أم محمد": a kunya and what follows it."""
        if taken[i] or ws[i].cuts[0].key not in _KUNYA or not self._compound_given(ws, i):
            return
        j = i + 2
        while (
            j < len(ws)
            and j - i < 4
            and not taken[j]
            and self._tight(ws, j - 1, 2)
            and not self._stop_here(ws, j)
            and (self._name_like(ws[j].cuts[0], False) or self.surname_like(ws[j].cuts[0]))
            and not self._nisba(ws[j].cuts[0])
        ):
            j += 1
        self._person(ws, i, j, add, 0.75)

    def _named(self, ws: list[Word], k: int) -> int:
        """End of the name after "named"/"called": one to three words up to a
        function word, a cue or a verb."""
        j = k
        while j < len(ws) and j - k < 3 and (j == k or self._tight(ws, j - 1, 2)):
            c = ws[j].cuts[0]
            if (
                self._is_stop(c)
                or self._verb(c)
                or not word_script(c.text)
                or j > k
                and (
                    self._stop_here(ws, j)
                    or not (self._name_like(c, False) or self.name_score(c) >= _NAME_MIN)
                )
            ):
                break
            j += 1
        return j

    def _town_surname(self, ws: list[Word], k: int) -> bool:
        """A family name spelt like a town, right after a given name and
        before a comma and a title ("منصور بیجار، استاندار")."""
        pl = self._place_at(ws, k, any_cut=False)
        return (
            pl is not None
            and pl[0] == 1
            and pl[3] == "city"
            and not self.common(ws[k].text)
            and k > 0
            and self._tight(ws, k - 1, 2)
            and self._given(ws[k - 1].cuts[0]) >= 0.6
        )

    def _rare_place_then_name(self, ws: list[Word], k: int) -> bool:
        """After a title, a rare one-word place then a name word is a person
        whose given name is spelt like a far town ("השופט אורל גרינפלד")."""
        pl = self._place_at(ws, k, any_cut=False)
        if pl is None or pl[0] != 1 or self.tables.zipf(ws[k].cuts[0].key) >= 3.5 or k + 1 >= len(ws):
            return False
        c = ws[k + 1].cuts[0]
        return (
            self._tight(ws, k, 2)
            and not self.common(ws[k + 1].text)
            and not self._is_stop(c)
            and self._place_at(ws, k + 1) is None
            and (self.name_score(c) >= 0.5 or self.tables.zipf(c.key) < 3.0)
        )

    def _player_named_after_place(self, ws: list[Word], title: Cut, k: int) -> bool:
        """Hebrew: after a player's or a coach's title, a one-word place that
        is a well-ranked given name ("ירדן", Jordan and Yarden) then a surname-like
        word is the player: "הקשר ירדן שועה", "החלוץ ירדן שועה"."""
        if self.lang != "he" or title.key not in _HE_PLAYER_TITLES or k + 1 >= len(ws):
            return False
        pl = self._place_at(ws, k, any_cut=False)
        c = ws[k + 1].cuts[0]
        return (
            pl is not None
            and pl[0] == 1
            and self._given(ws[k].cuts[0]) >= 0.5
            and self._tight(ws, k, 2)
            and not self._is_stop(c)
            and not self._verb(c)
            and self._place_at(ws, k + 1) is None
            and (self.name_score(c) >= 0.5 or not self.common(ws[k + 1].text))
        )

    def _org_named(self, ws: list[Word], i: int) -> bool:
        """An organisation word in the three words before "named" at word i:
        "المؤسسة، واسمها دفعتي" names the company, not a person."""
        for w in ws[max(0, i - 3) : i]:
            for c in w.cuts:
                bare = (
                    c.key[2:] if c.key.startswith("ال") else c.key[1:] if c.key.startswith("ה") else c.key,
                )
                if any(
                    bare in t or (c.key,) in t
                    for t in (self.lists.org_heads, self.lists.org_generic, self.lists.org_intros)
                ):
                    return True
        return False

    def _remit_word(self, cut: Cut) -> bool:
        """Persian: a frequent word that only a weak rank calls a name, after a
        title and its office ("سرپرست اداره کل راه‌آهن", the acting head of the
        railways directorate general: "کل" is "general"): the remit goes on."""
        return (
            self.lang == "fa"
            and self.common(cut.text)
            and max(self._given(cut), self.tables.surname(cut.key)) < 0.8
        )

    def _ur_name_pair_after_title(self, ws: list[Word], k: int, title: str) -> bool:
        """Urdu: after a title that heads no portfolio ("اسپیکر", "مولانا"), a
        name word and a well-ranked name word are the name, not an ordinary
        word then the name ("اسپیکر ایاز صادق": ایاز is a word too)."""
        return (
            self.lang == "ur"
            and title not in _CONSTRUCT_TITLES
            and k + 1 < len(ws)
            and self._tight(ws, k, 2)
            and self.name_score(ws[k].cuts[0]) >= _NAME_MIN
            and self.name_score(ws[k + 1].cuts[0]) >= 0.6
            and self._place_at(ws, k, any_cut=False) is None  # "وزیراعلیٰ سندھ مراد علی شاہ"
            and self._run(ws, k, strict=False, limit=3) >= k + 2
        )

    def _between(self, cut: Cut) -> bool:
        """An ordinary word between a title and a name (nationality, portfolio,
        an Arabic adjective: "المدير الجهوي")."""
        if self.lang == "ar" and self._agreeing(cut) and self.tables.given(cut.key) < 0.5:
            return True
        if self.lang == "ar" and self._agreeing(cut) and self._demonym(cut, ("country",)):
            return True  # "نظيره الأردني": a country's adjective, though the tables rank "الأردني" as a name
        if self._country_adjective(cut):
            return True  # "هافبک ازبکستانی"
        if self.lang == "fa" and cut.key.endswith(_FA_WEARERS):
            return True  # "هافبک سرخ‌پوشان" (of the reds): a team's nickname, what the title is of
        if self._is_stop(cut) or self.tables.given(cut.key) >= 0.5 or self.strong(cut):
            return False
        return self.common(cut.text) and not self.surname_like(cut) or self._definite(cut)

    def _person(
        self,
        ws: list[Word],
        i: int,
        j: int,
        add: AddName,
        conf: float,
        cut: Cut | None = None,
        cue: Cue = Cue.NONE,
    ) -> None:
        """A person over words i..j-1; one word alone only when lone_person
        allows it after this `cue` (a longer name is its own support)."""
        if j <= i:
            return
        cut = cut or ws[i].cuts[0]
        # a plural or otherwise inflected ordinary word ends the name before it
        # ("امید دهقانان", the farmers' hope; "مسافر سٹیشنوں پر", travellers at stations)
        j = next((k for k in range(i + 1, j) if self._inflected(ws[k].cuts[0])), j)
        if self.lang == "ar":
            # "and" before a word of the language or a place ends the name: "سوسة والقبة"
            # (two towns), "الخضر والغلال" (produce), "سدين وجرف" (two dams, and swept)
            j = next((k for k in range(i + 1, j) if self._arabic_and_word(ws[k].cuts[0])), j)
        if self.lang in ("fa", "ur") and not self._compound_given(ws, i):
            # and a light verb the compound verb of the word before it ("یقین دلایا", assured)
            j = next((k for k in range(i + 1, j) if _light_verb(self.lang, ws[k].text)), j)
        if self._inflected(cut):
            return
        if (
            self.lang == "ar"
            and i + 1 < len(ws)
            and cut is ws[i].cuts[0]
            and cut.key.startswith("ال")
            and cut.key.endswith("ه")
            and self.common(cut.text)
            and ws[i + 1].cuts[0].key.endswith("يه")
            and self._demonym(ws[i + 1].cuts[0])
        ):
            return  # "الحكومة السورية" (the Syrian government): a feminine noun and its nationality
        if (
            self.lang in ("fa", "ur")
            and j - i >= 2
            and ws[j - 1].cuts[0].key in _TOWN_SUFFIX_WORDS
            and not cue & (Cue.TITLE | Cue.FAMILY | Cue.NAMING)
        ):
            # "شاہ بندر", "جلال آباد": a name and the word for a port or a settlement is a
            # town, not a person whose surname the word then is alone ("بندر", port)
            add(i, j, cut, PLACE, self._canonical_person(ws, i, j, cut), conf)
            return
        if (
            j - i == 1
            and cue & _PAIR_CUES
            and cut is ws[i].cuts[0]
            and self._name_pair(ws, i)
            and self._cued_before(ws, i)
            and self._closes_clause(ws, i + 1)
            and add(i, i + 2, cut, PERSON, canonical := self._canonical_person(ws, i, i + 2, cut), conf)
        ):
            # a run the rules cut after a given name that is a word, at a surname that is
            # a word (or a town) too: "وقال كريم سالم إن", "אמרה עדן גפן"
            j = i + 2
        else:
            if j - i == 1 and not self._lone_person(ws, i, cut, cue):
                return
            if j - i == 1:
                self._lone_cues[(self._paragraph_of.get(id(ws), -1), cut.start)] = cue
            if (
                self.lang == "ur"
                and i > 0
                and ws[i - 1].cuts[0].key in _UR_CLAN_TITLES
                and self._tight(ws, i - 1, 2)
            ):
                i -= 1  # the clan title is part of the name: "رانا ثناء اللہ", "خواجہ آصف"
                cut = ws[i].cuts[0]
            canonical = self._canonical_person(ws, i, j, cut)
            if not add(i, j, cut, PERSON, canonical, conf):
                return
        if cue and j - i >= 2:  # (weak_people asks it of names of several words)
            self._run_cues[(self._paragraph_of.get(id(ws), -1), ws[i].start)] = cue
        # what a lone mention elsewhere in the article may stand for: the
        # surname, and a given name that is not a very frequent word
        first = cut if j - i == 1 else ws[i].cuts[0]
        at = (self._paragraph_of.get(id(ws), -1), ws[i].start, canonical)
        if j - i >= 2:
            self.full_names.setdefault(ws[j - 1].cuts[0].key, set()).add(canonical)
            if self.lang == "ur":
                run = tuple(w.cuts[0].key for w in ws[i:j])  # and its tails: "ایاز سلیم" of "رانا ایاز سلیم"
                self._full_runs.setdefault(run[-1], set()).update(run[a:] for a in range(len(run) - 1))
            self.surnames.add(ws[j - 1].cuts[0].key)
            self._named_at.setdefault(ws[j - 1].cuts[0].key, []).append(at)
        if j - i >= 4 and ws[j - 3].cuts[0].key == _HE_BAR:  # "בר סימן טוב" alone further on
            self.full_names.setdefault(" ".join(w.cuts[0].key for w in ws[j - 3 : j]), set()).add(canonical)
        if j - i >= 3 and self._text_of[id(ws)][ws[j - 2].end : ws[j - 1].start] == "-":
            pair = ws[j - 2].cuts[0].key + "-" + ws[j - 1].cuts[0].key
            self.full_names.setdefault(pair, set()).add(canonical)
        if (
            self.tables.given(first.key) >= 0.6
            or j - i >= 2
            and self._urdu_given_first(first)
            # a foreign given name spelt out, of a name a title or post gave ("ژوزه مورایس،
            # سرمربی استقلال"): the coach by it alone further on ("ژوزه از داوری انتقاد کرد")
            or j - i >= 2
            and self.lang == "fa"
            and cue & Cue.TITLE
            and self.tables.zipf(first.key) < 3.5
            and not self.common(first.text)
        ):
            self.full_names.setdefault(cut.key, set()).add(canonical)  # lone_person weighs its frequency
            self._named_at.setdefault(cut.key, []).append(at)
        if j - i == 1:
            self.surnames.add(cut.key)  # a person the article names by one word ("בתה יולי")

    def _definite_title(self, ws: list[Word], k: int) -> bool:
        """Hebrew: word k is a noun with the article that no table ranks as a
        name, right before a given name: what the person is ("הפרמדיק נדב
        אלבז", the paramedic Nadav Elbaz), as a title would be."""
        return (
            self.lang == "he"
            and k + 1 < len(ws)
            and ws[k].text.startswith("ה")
            and self._tight(ws, k, 2)
            and all(self.name_score(c) < _NAME_MIN for c in ws[k].cuts)
            and self._given(ws[k + 1].cuts[0]) >= 0.6
            and not self._is_stop(ws[k + 1].cuts[0])
        )

    def _ends_phrase(self, ws: list[Word], k: int) -> bool:
        """Word k is followed by a comma, the end, or a quote verb."""
        if k + 1 >= len(ws):
            return True
        gap = self._text_of[id(ws)][ws[k].end : ws[k + 1].start]
        return gap.strip() in (",", "،") or self._match(ws, k + 1, self.lists.quotes) is not None

    def _cue(self, ws: list[Word], i: int) -> Cue:
        """What the words around word i say of it: a title right before it,
        a quote verb right before or after it (or "according to"), or nothing."""
        lists = self.lists
        # a quote verb before it only in Hebrew and Arabic, and tight ("گفت: «امید داریم»" opens a quote)
        before = [
            table
            for k in range(max(0, i - 2), i)
            for table in (lists.quotes, lists.titles)
            if (m := self._match(ws, k, table)) is not None
            and m[0] == i - k
            and (table is lists.titles or self.lang in ("he", "ar") and self._tight(ws, k, i - k + 1))
        ]
        if lists.titles in before:
            return Cue.TITLE
        if before or i + 1 < len(ws) and self._tight(ws, i, 2) and self._match(ws, i + 1, lists.quotes):
            return Cue.SPEECH  # (not across a full stop: "على سعر عادل. وتضيف")
        after = tuple(w.cuts[0].key for w in ws[i + 1 : i + 3])
        if self.lang == "ur" and after and (after[0] == _UR_AGENT or after in _UR_ACCORDING):
            return Cue.SPEECH  # "بھٹی نے", "بھٹی کے مطابق", "ملک کا کہنا"
        if i > 0 and ws[i - 1].cuts[0].key in _ACCORDING_BEFORE.get(self.lang, ()):
            return Cue.SPEECH  # "לדברי אור", "بحسب سلامة"
        if (
            self.lang == "he"
            and i > 0
            and ws[i - 1].cuts[-1].key == _HE_OBJECT
            and not ws[i].text.startswith("ה")
        ):
            return Cue.SPEECH  # "את" takes a definite object: without the article, a name ("מעלה את עגנון")
        return Cue.NONE

    def _apposed_speaker(self, ws: list[Word], taken: list[bool], add: AddName) -> None:
        """Persian: a sentence that opens with one or two words, then between
        commas who they are, then a verb of saying ("شیرآقا، دهقان دیگری از
        شولگره، گفت"): the words are the speaker, as after a title. The
        apposition holds no verb and at most ten words."""
        text = self._text_of[id(ws)]
        commas = (",", "،")
        for i in range(len(ws)):
            if taken[i] or i and not any(ch in text[ws[i - 1].end : ws[i].start] for ch in ".!?"):
                continue
            j = next(
                (
                    j
                    for j in (i + 1, i + 2)
                    if j < len(ws)
                    and self._tight(ws, i, j - i)
                    and text[ws[j - 1].end : ws[j].start].strip() in commas
                ),
                None,
            )
            if j is None or any(
                taken[x]
                or self._is_stop(ws[x].cuts[0])
                or self._verb(ws[x].cuts[0])
                or word_script(ws[x].text) != "ar"
                or self._place_at(ws, x) is not None
                or self._match(ws, x, self.lists.titles) is not None
                for x in range(i, j)
            ):
                continue
            e = j + 1
            while e < len(ws) and e - j <= 10 and self._tight(ws, e - 1, 2):
                e += 1
            if (
                e - j < 2
                or e > len(ws) - 1
                or e - j > 10
                or text[ws[e - 1].end : ws[e].start].strip() not in commas
                or self._match(ws, e, self.lists.quotes) is None
                or any(self._verb(w.cuts[0]) for w in ws[j:e])
            ):
                continue
            self._person(ws, i, j, add, 0.65, cue=Cue.TITLE)

    def _named_before_position(self, ws: list[Word], taken: list[bool], add: AddName) -> None:
        """Persian match reports: one to three words, then between commas the
        player's position or the coach's post and whose he is ("پاس گل را
        ایگور سرگیف، مهاجم ازبک سرخ‌پوشان، ارسال کرد"): the words are the
        person, foreign names spelt out included. Each word no function word,
        verb or title, and rare (below Zipf 4.5) or a ranked name; one word
        alone only if no dictionary knows it."""
        text = self._text_of[id(ws)]
        commas = (",", "،")
        for c in range(1, len(ws)):
            if text[ws[c - 1].end : ws[c].start].strip() not in commas:
                continue
            if ws[c].cuts[0].key not in _FA_POSITIONS:
                continue
            e = c + 1  # the apposition closes with a comma within eight words
            while e < len(ws) and e - c < 8 and self._tight(ws, e - 1, 2):
                e += 1
            if e - c >= 8 or e < len(ws) and text[ws[e - 1].end : ws[e].start].strip() not in commas:
                continue
            a = c
            while a > 0 and c - a < 3 and (a == c or self._tight(ws, a - 1, 2)):
                k = a - 1
                cut = ws[k].cuts[0]
                if (
                    taken[k]
                    or self._is_stop(cut)
                    or self._verb(cut)
                    or word_script(cut.text) != "ar"
                    or self._match(ws, k, self.lists.titles) is not None
                    or not (self.tables.zipf(cut.key) < 4.5 or self.name_score(cut) >= 0.5)
                ):
                    break
                a -= 1
            if c - a >= 2 or c - a == 1 and self.tables.zipf(ws[a].cuts[0].key) == 0:
                self._person(ws, a, c, add, 0.7, cue=Cue.TITLE)
        # ... or two words that open a sentence before "که" (who), one of them no word at
        # all: "ریکاردو ساپینتو که به هافبک‌هایش اعتماد دارد"
        for a in range(len(ws) - 2):
            if a and not _SENTENCE_END.search(text[ws[a - 1].end : ws[a].start]):
                continue
            if ws[a + 2].cuts[0].key != _FA_WHO or any(taken[a : a + 2]) or not self._tight(ws, a, 3):
                continue
            cuts = [ws[a].cuts[0], ws[a + 1].cuts[0]]
            if any(
                self._is_stop(cut)
                or self._verb(cut)
                or word_script(cut.text) != "ar"
                or self._match(ws, k, self.lists.titles) is not None
                or self._place_at(ws, k, any_cut=False) is not None
                or not (self.tables.zipf(cut.key) < 3.5 or self.name_score(cut) >= 0.5)
                for k, cut in zip((a, a + 1), cuts)
            ) or all(self.tables.zipf(cut.key) > 0 for cut in cuts):
                continue
            self._person(ws, a, a + 2, add, 0.65, cue=Cue.TITLE)

    def _named_between_commas(self, ws: list[Word], k: int, taken: list[bool], add: AddName) -> None:
        """A title, up to four words it heads, then the name between commas:
        "دروازه‌بان سپاهان، پیام نیازمند، ...", "מאמן הקבוצה, עודד כתש, אמר"."""
        text = self._text_of[id(ws)]
        commas = (",", "،")
        c = next(
            (
                c
                for c in range(k + 1, min(k + 5, len(ws)))
                if self._tight(ws, k - 1, c - k + 1) and text[ws[c - 1].end : ws[c].start].strip() in commas
            ),
            None,
        )
        if c is None:
            return
        if self.lang == "he" and ws[c].text.startswith("ש") and len(ws[c].cuts) > 1:
            return  # "המטפלת יעל, שעבדה בגן," (who worked): a relative clause, no name
        e = c
        while e < len(ws) and e - c < 3 and (e == c or self._tight(ws, e - 1, 2)):
            cut = ws[e].cuts[0]
            if (
                taken[e]
                or self._is_stop(cut)
                or self._verb(cut)
                or word_script(cut.text) not in ("he", "ar")
                or self._match(ws, e, self.lists.titles)
            ):
                return  # "وزیر، معاون و مدیران": a list; a title opens its own name
            e += 1
        closed = e < len(ws) and text[ws[e - 1].end : ws[e].start].strip() in commas
        if closed and any(
            self.name_score(w.cuts[0]) >= _NAME_MIN or not self.common(w.text) for w in ws[c:e]
        ):
            self._person(ws, c, e, add, 0.7, cue=Cue.TITLE)

    def _oblique(self, cut: Cut) -> bool:
        """An Urdu noun in the oblique case before a postposition ("طریقے سے",
        in a way; "علاقے میں"): its direct form in -ہ or -ا is a common word."""
        stem = cut.text[:-1]
        return (
            self.lang == "ur"
            and cut.text.endswith("ے")
            and len(stem) >= 3
            and (self.common(stem + "ہ") or self.common(stem + "ا"))
        )

    def _in_title(self, ws: list[Word], k: int) -> bool:
        """Word k is inside a title of several words ("وزیر اعظم", prime minister)."""
        return any(
            (m := self._match(ws, a, self.lists.titles)) is not None and a + m[0] > k
            for a in range(max(0, k - 2), k)
        )

    def _owner(self, k: str, at: tuple[int, int] | None = None) -> str | None:
        """The one person of this article a lone word names, if exactly one, or
        the longest of names each part of it: "محمد حنیف عباسی" and "حنیف عباسی";
        "Avi Barak" and "Barak", when "אמר ברק" registered the lone word itself.
        Urdu, of two people the word names, the last named before `at`
        (paragraph, offset): news names someone in full, then by one name."""
        owners = self.full_names.get(k, ())
        if len(owners) <= 1:
            return next(iter(owners)) if len(owners) == 1 else None
        longest = max(owners, key=len)
        if self.lang != "ur":  # only the surname alone: not "Oren" (a company) and "Oren Choiva"
            last = longest.split()[-1]
            return longest if all(o == longest or o == last for o in owners) else None
        if all(set(o.split()) <= set(longest.split()) for o in owners):
            return longest
        before = [n for n in self._named_at.get(k, ()) if at is not None and n[:2] < at]
        return max(before)[2] if before else None

    def _person_before(self, ws: list[Word], b: int, add: AddName, strict: bool) -> None:
        """A run of name words ending at word b (the speaker before a verb),
        or between commas before it ("מאמן הקבוצה, עודד כתש, אמר")."""
        if b < 0:
            return
        text = self._text_of[id(ws)]
        between_commas = False
        if b + 1 < len(ws) and not self._tight(ws, b, 2):
            if text[ws[b].end : ws[b + 1].start].strip() not in (",", "،"):
                return
            between_commas, strict = True, False
        a = b
        # between commas a ranked name that is also a word will do: "، منصور احمد،", ", אייל בלום,"
        loose = between_commas
        while (
            a >= 0
            and b - a < 3
            and (
                self._name_like(ws[a].cuts[0], strict)
                or loose
                and self.name_score(ws[a].cuts[0]) >= 0.5
                and not self._is_stop(ws[a].cuts[0])
            )
            and (a == b or self._tight(ws, a, 2))
            and not self._stop_here(ws, a)
        ):
            a -= 1
        a += 1
        if any(ws[k].cuts[0].key in _INDEFINITE for k in range(max(0, a - 2), a)):
            return  # "ایک سابق مجاہد نے کہا": a former mujahid said
        if (
            a >= b
            and self._name_pair(ws, b - 1)
            and self._opens_clause(ws, b - 1)
            and (between_commas or self._cued_after(ws, b))
        ):
            a = b - 1  # "آزاد علی نے کہا", "امید صادقی گفت": two ranked name words that are words too
            strict = False
        if between_commas:
            if a > b or a > 0 and text[ws[a - 1].end : ws[a].start].strip() not in (",", "،"):
                return
            strict = True  # and with name-table support
        if a <= b and (
            not strict or any(self.name_score(ws[k].cuts[0]) >= _NAME_MIN for k in range(a, b + 1))
        ):
            self._person(ws, a, b + 1, add, 0.65, cue=Cue.SPEECH)

    def _ar_player_after_cue(self, ws: list[Word], i: int, taken: list[bool], add: AddName) -> None:
        """Arabic: the words after a definite nationality ("وأدرك الكونغولي
        فيستون ماييلي التعادل"), after a verb of the game that opens its
        sentence ("افتتح إمام عاشور التسجيل", "وأضاف ... الهدف") or after
        "الحكم" (the referee: "وأدار اللقاء الحكم محمود البنا") are a
        player or the referee: two or three words, each a ranked name word
        or a rare one (foreign names spelt out, "ماييلي", whatever their
        ending), no definite word but a compound given name ("أبو علي")."""
        cuts = ws[i].cuts
        last = cuts[-1]
        if any(c.key in _AR_GAME_VERBS for c in cuts):
            text = self._text_of[id(ws)]
            if (
                i
                and not _SENTENCE_END.search(text[ws[i - 1].end : ws[i].start])
                and ws[i - 1].cuts[0].key not in _AR_CLAUSE_OPENERS
            ):
                return  # (a verb inside its sentence: "ثم سجل ... " after its subject)
            ranked_first = True
        elif cuts[0].key == _AR_REFEREE or (
            last.key.startswith("ال")
            and last is cuts[0]
            and self._demonym(last)  # (of any kind: the gazetteer's "كونغو" is a town of Mayotte)
            and not (i and taken[i - 1])
            and not (i and self._tight(ws, i - 1, 2) and self.name_score(ws[i - 1].cuts[0]) >= 0.5)
            and not self._in_title(ws, i)
            and not (i and self._match(ws, i - 1, self.lists.titles))  # "الرئيس المصري": the title's
        ):
            ranked_first = cuts[0].key == _AR_REFEREE  # "الحكم على المتهم": a verdict, no referee
        else:
            return
        k = i + 1
        if k >= len(ws) or taken[k] or not self._tight(ws, i, 2):
            return
        if ranked_first and self.name_score(ws[k].cuts[0]) < 0.5 and not self._unknown(ws, k):
            return
        j = k
        while j < len(ws) and j - k < 3 and not taken[j] and (j == k or self._tight(ws, j - 1, 2)):
            if self._compound_given(ws, j) and not any(taken[j : j + 2]):
                j += 2
                continue
            c = ws[j].cuts[0]
            if (
                j > k
                and c.key.startswith("ال")
                and self.tables.surname(c.key) >= 0.65
                and self.tables.surname(c.key) >= self.tables.given(c.key)
                and self.tables.zipf(c.key) <= 4.8
                and not self._demonym(c)
                and c.key not in _ORDINALS
            ):
                j += 1  # "الحكم محمد الحنفي": a definite surname ends the name (after a cue, any given name)
                break
            # a given name spelt as a function word ("إمام", as "أمام" before): only before a
            # well-ranked name that is no place and ends the name ("افتتح إمام عاشور"; not
            # "أمام سموحة", against)
            named_stop = (
                j == k
                and self.name_score(c) >= 0.8
                and j + 1 < len(ws)
                and self._tight(ws, j, 2)
                and self.name_score(ws[j + 1].cuts[0]) >= 0.8
                and self.tables.place((ws[j + 1].cuts[0].key,)) is None
                and not (  # "أمام محمد صلاح" (in front of): a whole name after it
                    j + 2 < len(ws)
                    and self._tight(ws, j + 1, 2)
                    and self.name_score(ws[j + 2].cuts[0]) >= 0.5
                )
            )
            if (
                self._is_stop(c)
                and not named_stop
                or self._verb(c)
                or c.key.startswith("ال")
                or word_script(c.text) != "ar"
                or self._match(ws, j, self.lists.titles) is not None
                or not (self.name_score(c) >= 0.5 or self.tables.zipf(c.key) < 3.5 and len(c.key) >= 3)
            ):
                break
            j += 1
        if j - k >= 2:
            self._person(ws, k, j, add, 0.7, cue=Cue.TITLE)

    def _ur_player_before(self, ws: list[Word], e: int, taken: list[bool], add: AddName, game: bool) -> None:
        """Urdu match reports (`game`: a paragraph with a word of cricket):
        two or three words right after a title and right before the agent
        "نے" are the player ("کپتان جیسن رائے نے"), foreign names spelt out
        included, which no Urdu name table ranks; so are two or three words
        that open a clause (after a full stop or a comma, "جبکہ", "اور")
        before "نے" or a score ("جبکہ کولن منرو 28 رنز"), one of them a rare
        word (below Zipf 4.0), none very frequent. Each word no function
        word, verb, title, or country or province; after a title the first
        no place at all (the town or province the title is of). Not outside
        a match report: there a title's portfolio follows it ("وزیر خزانہ",
        finance) and its run stays as the title rules make it."""
        text = self._text_of[id(ws)]
        for a in (e - 3, e - 2):
            if a < 0 or any(taken[a:e]) or not self._tight(ws, a, e - a):
                continue
            gap = text[ws[a - 1].end : ws[a].start].strip() if a > 0 else "."
            titled = a > 0 and any(
                (m := self._match(ws, t, self.lists.titles)) is not None and t + m[0] == a
                for t in range(max(0, a - 2), a)
            )
            if not (game and (titled or gap or ws[a - 1].cuts[0].key in _UR_CLAUSE_OPENERS)):
                continue
            if titled and self.tables.place((ws[a].cuts[0].key,)) is not None:
                continue  # "کوچ لاہور X نے": the town the title is of, then the name
            cuts = [w.cuts[0] for w in ws[a:e]]
            if any(
                self._is_stop(c)
                or self._verb(c)
                or word_script(c.text) != "ar"
                or len(c.key) < 2
                or c.key in _UR_GAME_WORDS
                or c.key in _UR_POSTPOSITIONS
                or self._oblique(c)
                or c.text.endswith("وں")
                or (pl := self.tables.place((c.key,))) is not None
                and pl[1] != "city"
                for c in cuts
            ) or any(self._match(ws, k, self.lists.titles) for k in range(a, e)):
                continue
            zipfs = [self.tables.zipf(c.key) for c in cuts]
            if not titled and (min(zipfs) >= 4.0 or max(zipfs) >= 5.0):
                continue
            self._person(ws, a, e, add, 0.65, cue=Cue.TITLE if titled else Cue.NONE)
            return

    def _surname_before_postposition(self, ws: list[Word], p: int, taken: list[bool], add: AddName) -> None:
        """Urdu: a given name, maybe more ranked name words, and one last word
        right before a postposition ("اسحاق ڈار نے", "عرفان بٹ کو", "علی ظفر کی").
        Pakistani surnames ("ڈار", "بٹ") are ordinary words to the tables; the
        postposition ends the name, so the last word only has to be no function
        word, verb, place or very frequent word."""
        b = p - 1
        if b < 1 or taken[b] or not self._tight(ws, b, 2):
            return
        last = ws[b].cuts[0]
        # a frequent word that is also a ranked name ("آصف", "احمد") only before the
        # speaker's markers: "X نے", "X کا کہنا" ("امید ظاہر کی" is "hoped")
        said = (
            ws[p].cuts[0].key == _UR_AGENT
            or ws[p].cuts[0].key == _UR_OF
            and p + 1 < len(ws)
            and ws[p + 1].cuts[0].key == _UR_SAYING
        )
        if (
            self._is_stop(last)
            or self._verb(last)
            or len(last.key) < 2
            or word_script(last.text) != "ar"
            or self.tables.zipf(last.key) >= 5.0
            and not (said and self.name_score(last) >= 0.5)
            or self._nisba(last)
            or self._stop_here(ws, b)
            or last.text.endswith("وں")
            or last.key.endswith("ات")  # an Arabic plural: "جعلی ادویات کے" (of fake medicines)
            and self.name_score(last) < _NAME_MIN
            and self.tables.zipf(last.key) >= 3.5
            or self._oblique(last)
            or last.key in _UR_HONORIFICS
            or last.key == _UR_BIBI[0]
        ):
            return  # (a plural oblique noun, "بلوچ لڑکیوں", Baloch girls, is no surname; honorifics come later)
        # a word no dictionary knows before the agent marker is a foreign or rare
        # name ("باووما نے"), alone or after name words
        unknown = ws[p].cuts[0].key == _UR_AGENT and self.tables.zipf(last.key) == 0 and len(last.key) >= 3
        a = b - 1
        while (
            a >= 0
            and b - a <= 3
            and not taken[a]
            and self._tight(ws, a, 2)
            and not self._is_stop(ws[a].cuts[0])
            and not self._stop_here(ws, a)
            and not self._match(ws, a, self.lists.roles)  # "طالبہ عائشہ نور نے": what she is, then the name
            and (
                self.name_score(ws[a].cuts[0]) >= 0.5 or unknown and self.tables.zipf(ws[a].cuts[0].key) == 0
            )
            # before a top given name, a very frequent word ranked lower is what the person is:
            # "زخمی محمد صابر نے" (the injured M. S.), not part of the name; given names as
            # frequent as words stay ("گوہر علی خان", "سلمان اکرم راجہ", "عائشہ رضا فاروق")
            and not (
                self._given(ws[a + 1].cuts[0]) >= 0.8
                and a + 1 < b
                and self.tables.zipf(ws[a].cuts[0].key) >= 5.2
                and self._given(ws[a].cuts[0]) < 0.8
                and ws[a].cuts[0].key not in _UR_CLAN_TITLES
                and ws[a].cuts[0].key not in _UR_NAME_PREFIXES
            )
        ):
            a -= 1
        a += 1
        if a < b and self._given(ws[a].cuts[0]) >= 0.6 or unknown:
            self._person(ws, a, b + 1, add, 0.65, cue=Cue.SPEECH if said else Cue.NONE)

    def _name_before_honorific(self, ws: list[Word], p: int, taken: list[bool], add: AddName) -> None:
        """Urdu honorifics after a name: "ثنا بی بی" and "بیگم" belong to the
        name, "صاحب"/"صاحبہ" (Mr, Ms) do not; the words before them must be
        ranked names, or a rare word right before the honorific."""
        keys = tuple(w.cuts[0].key for w in ws[max(0, p - 2) : p])
        if keys == _UR_BIBI:
            n, inside = 2, True
        elif keys[-1:] and keys[-1] in _UR_HONORIFICS:
            n, inside = 1, _UR_HONORIFICS[keys[-1]]
        else:
            return
        b = p - n - 1
        if b < 0 or any(taken[b:p]) or not self._tight(ws, b, n + 1):
            return
        a = b
        while a >= 0 and b - a < 3 and not taken[a] and (a == b or self._tight(ws, a, 2)):
            c = ws[a].cuts[0]
            if (
                self._is_stop(c)
                or self._verb(c)
                or word_script(c.text) != "ar"
                or self._stop_here(ws, a)
                or not (self.name_score(c) >= 0.5 or a == b and not self.common(c.text))
            ):
                break
            a -= 1
        if a + 1 <= b:
            self._person(ws, a + 1, p if inside else b + 1, add, 0.65, cue=Cue.TITLE)

    def _origin_cue(self, ws: list[Word], i: int) -> bool:
        """Urdu "کے رہائشی" (resident of) or "سے تعلق رکھنے" (belonging to) at word i."""
        if ws[i].cuts[0].key not in _UR_ORIGIN_FIRST:
            return False
        nxt = tuple(w.cuts[0].key for w in ws[i : i + 3])
        return (
            nxt[:2] in _UR_ORIGIN
            or nxt[:2] == _UR_BELONGING
            and len(nxt) == 3
            and nxt[2].startswith(_UR_KEEP)
        )

    def _place_of_origin(self, ws: list[Word], b: int, taken: list[bool], add: AddName) -> None:
        """The one word before an origin cue is a place ("شاہدرہ کے رہائشی")
        unless it is a function word, a very frequent word or a place word
        ("علاقے کے رہائشی", residents of the area)."""
        if b < 0 or taken[b] or not self._tight(ws, b, 2):
            return
        c = ws[b].cuts[0]
        if (
            self._is_stop(c)
            or self._verb(c)
            or word_script(c.text) != "ar"
            or len(c.key) < 3
            or self.tables.zipf(c.key) >= 5.0
            or self._stop_here(ws, b)
            or self.name_score(c) >= 0.6
        ):
            return
        add(b, b + 1, c, PLACE, _transliterate(c.text, self.lang), 0.65)

    def _anchored(
        self, ws: list[Word], i: int, taken: list[bool], add: AddName, coordinated: bool = False
    ) -> None:
        """A known given name followed by one to three name words; `coordinated`:
        word i is "and" + a word right after a person's name."""
        given_score = self._given
        for cut in ws[i].cuts:  # (a loop, not all(): asked of every word of the article)
            if given_score(cut) >= _NAME_MIN:
                break
        else:
            return  # (no reading is a given name: most words; the tests below need one)
        if self.lang == "fa" and (
            self._opens_date(ws, i) or self._match(ws, i, self.lists.titles, any_cut=False)
        ):
            # "اواخر عقرب مصروف", "ماه اسد": a month, not the given name spelt like it;
            # "وزیر تعاون" (the minister of cooperatives): a title, not the given name Vazir
            return
        if self._country_adjective(ws[i].cuts[0]) and self._given(ws[i].cuts[0]) < 0.8:
            return  # "هافبک ازبک سرخ‌پوشان" (the reds' Uzbek midfielder): a nationality, no given name
        best = None
        for cut in ws[i].cuts:
            if (
                self._is_stop(cut)
                or len(cut.key) < 2
                or word_script(cut.text) not in ("he", "ar")
                or _TANWEEN.search(cut.text)
            ):
                continue
            if self.lang == "he" and ws[i].text[: cut.start - ws[i].start].endswith("ה"):
                continue  # a person's name takes no article: "מהערבה" is from the Arava
            g = self._given(cut)
            if g >= _NAME_MIN and (
                cut is ws[i].cuts[0]
                or not self.common(cut.text)
                and len(cut.key) >= 3
                or coordinated
                and cut.start == ws[i].start + 1
            ):
                best = cut  # after a clitic only a name that is no ordinary word ("ומתן", "הבזק")
                break
        if best is None or self._match(ws, i, self.lists.roles):
            return  # "أستاذة المعلوماتية": what someone is, not a name
        if (
            i > 0
            and self._tight(ws, i - 1, 2)
            and (pl := self._place_at(ws, i - 1, any_cut=False))
            and pl[0] >= 2
        ):
            return  # "זכרון יעקב מתכוננת": the second word of a town, not a given name
        # "عبد الله جمال": a given name of two words, then the surname
        compound = ws[i].cuts[0].key == _AR_ABD and self._compound_given(ws, i)
        j = first = i + 2 if compound else i + 1
        bar = False  # a surname of "בר" and two words ("משה בר סימן טוב"): whole, words or not
        while (
            j < len(ws)
            and j - i < _MAX_PERSON
            and not taken[j]
            and self._tight(ws, j - 1, 2)
            and not self._stop_here(ws, j)
        ):
            c = ws[j].cuts[0]
            if (
                c.key in self.lists.particles
                and j + 1 < len(ws)
                and self._tight(ws, j, 2)
                and self.name_score(ws[j + 1].cuts[0]) >= 0.5
            ):
                j += 2  # "בן שמעון", "بن سلمان": after a particle any name will do
                continue
            if self._initial(ws, j):
                j += 1
                continue
            if j == i + 1 and self._definite_noun_after_word(best, c):
                break  # "גל הפיטורים": a wave of layoffs
            if self._particle_compound(ws, j):
                j += 3  # "יוסי בר סימן טוב"
                bar = True
                break
            urdu_pair = (
                self._pakistani_given(best)
                and self.name_score(c) >= 0.55
                and not self._is_stop(c)
                and not (j + 1 < len(ws) and ws[j + 1].cuts[0].key in _LIGHT_VERBS["ur"])
            )
            if (
                not (
                    self._name_like(c, strict=False)
                    or self.surname_like(c)
                    or urdu_pair
                    or self.lang == "ur"
                    and c.key in _UR_FAMILY_NAMES
                    or j == i + 1
                    and (
                        self._city_adjective(c)
                        or self._surname_near_line(best, c)
                        or self._low_surname(best, c)
                    )
                )
                or self._nisba(c)
                and not (j == i + 1 and self._definite_surname(best, c))
                or best is not ws[i].cuts[0]
                and not coordinated
                and self.common(c.text)
            ):
                break  # no "اللورد الجديد"; after a clitic ("بثناء كبير") only rare words
            j += 1
        while j > i + 1 and ws[j - 1].cuts[0].key in self.lists.particles:
            j -= 1
        # a given name that is also a word ("אור ירוק"): only a well-ranked
        # given name, and only name words may follow
        first_common = self.common(ws[i].text) or self.common(best.text)
        if first_common and not bar and self._noun_before_full_name(ws, i, best):
            return  # "دولت مسعود پزشکیان": the government of Masoud Pezeshkian, no Dolat
        if first_common and self._after_cardinal(ws, i) and not self._surname_follows(ws, i):
            return  # "بأربع سنوات حبسا" (four years in prison): a counted noun, no given name
        if first_common and not bar:
            given = self._given(best)
            after = self._given(ws[i + 1].cuts[0]) if i + 1 < len(ws) else 0.0
            nxt = ws[i + 1].cuts[0] if i + 1 < len(ws) else None
            if (
                self.lang == "fa"
                and nxt is not None
                and self.tables.zipf(best.key) > 5.5
                and given < 0.9
                and max(after, self.tables.surname(nxt.key)) < 0.6
                and self.tables.zipf(nxt.key) >= WORD_ZIPF
            ):
                return  # "گل زعفران" (saffron flower): an everyday word first, then an ordinary noun
            # (Arabic given names that are words need a better rank: "سر صمود", the secret of resilience)
            # two ranked name words the sentence says are someone ("وقال كريم سالم إن",
            # "امید صادقی گفت", "گل احمد، دهقان"): the second is the surname, a word or not
            cued = j > first and self._pair_cued(ws, i, first)
            if not cued and (
                given < (0.7 if self.lang == "ar" else 0.6)
                and not self._pakistani_given(best)
                or after >= 0.6
                and after > given
                and self.tables.surname(best.key) > given
            ):
                return  # "عودة سام ألتمان" (Sam Altman's return): the name starts later
            if cued and given < _CUED_PAIR_GIVEN:
                return
            if self.lang == "ar" and not cued:
                # "زمن انتظار" (waiting time): the verbal noun of a derived verb is no surname
                masdar = next((n for n in range(first, j) if self._derived_masdar(ws[n].cuts[0])), None)
                if masdar == first:
                    return
                j = masdar if masdar is not None else j
            k = first
            # a top-ranked given name ("حسین", "מהדי") may take one rare word
            # as surname; a well-ranked one if a comma or a quote verb follows
            rare_ok = given >= 0.7 or given >= 0.6 and i + 2 <= len(ws) and self._ends_phrase(ws, i + 1)
            # a well-ranked given name that is not among the most frequent words
            # takes a well-ranked surname ("אמיר ירון", "سعید جلیلی")
            pair_ok = given >= 0.7 and (compound or self.tables.zipf(best.key) <= 5.2)
            # Pakistani names are made of the most frequent name words ("نسیم شاہ",
            # "سلمان علی آغا"): after a top given name that is not among the most
            # frequent words ("امید ظاہر کی" is "hoped"), ranked name words will do
            urdu_pair = (
                self._pakistani_given(best)
                and all(not self._is_stop(w.cuts[0]) for w in ws[i + 1 : j])
                and not (j < len(ws) and ws[j].cuts[0].key in _LIGHT_VERBS["ur"])
            )
            while (
                k < j
                and (
                    not self._nisba(ws[k].cuts[0])
                    or k == first
                    and self._definite_surname(best, ws[k].cuts[0])
                )
                and (
                    self.strong(ws[k].cuts[0])
                    or self._clear_surname(ws[k].cuts[0])
                    or urdu_pair
                    and (self.name_score(ws[k].cuts[0]) >= 0.55 or ws[k].cuts[0].key in _UR_FAMILY_NAMES)
                    or pair_ok
                    and k == first
                    and (self._ranked_surname(ws[k].cuts[0]) or self._city_adjective(ws[k].cuts[0]))
                    or compound
                    and k == first
                    and self._given(ws[k].cuts[0]) >= 0.8  # a father's given name as surname
                    or rare_ok
                    and k == first
                    and not self.common(ws[k].text)
                    # an Arabic word of news text is no surname unless the tables rank it ("عودة نسق الإنتاج"),
                    # nor an Urdu one after a given name that is a word too ("فتح دلائی", brought victory)
                    and not (
                        self.lang in ("ar", "ur")
                        and self.tables.zipf(ws[k].text) >= WORD_ZIPF
                        and self.name_score(ws[k].cuts[0]) < _NAME_MIN
                    )
                    # nor, after a given name that is a word, a known word the tables hardly rank as
                    # a name: an adjective or complement ("אגם מלאכותי", artificial lake; "ماندند", they stayed)
                    and not (
                        self.tables.zipf(ws[k].cuts[0].key) >= WORD_ZIPF
                        and self.name_score(ws[k].cuts[0]) < _PAIR_WORD_RANK
                    )
                    and not (
                        self.lang == "ar"
                        and ws[k].cuts[0].key.startswith("ال")
                        and self.name_score(ws[k].cuts[0]) < _NAME_MIN
                    )
                    or cued
                    and k == first
                    and self.name_score(ws[k].cuts[0]) >= _CUED_PAIR_RANK
                    or self._initial(ws, k)
                    or ws[k].cuts[0].key in self.lists.particles
                    or k > i + 1
                    and ws[k - 1].cuts[0].key in self.lists.particles
                    # a Mauritanian father's name of two given names: "محمد ولد أحمد سالم"
                    or k > i + 2
                    and ws[k - 2].cuts[0].key in _AR_SON_OF
                    and self._given(ws[k].cuts[0]) >= 0.6
                    and not self._nisba(ws[k].cuts[0])
                )
            ):
                k += 1
            j = k
        if j - i < 2:
            return
        if (
            self.lang in ("fa", "ur", "ar")
            and self._given(best) < 0.5
            and all(self.name_score(w.cuts[0]) < _NAME_MIN for w in ws[i + 1 : j])
        ):
            return  # a weak given name ("زائر", pilgrim; "أشغال الصيانة") is anchored only by another name word
        self._person(ws, i, j, add, 0.7 if first_common else 0.85, best)

    def _noun_before_full_name(self, ws: list[Word], i: int, best: Cut) -> bool:
        """Is word i (reading `best`) a body led by someone (_LED_BODIES) before
        a given name, or one of the language's most frequent nouns that the
        tables rank only weakly as a given name, right before a
        better-ranked given name and a surname? Then it governs that person's
        full name ("دولت مسعود پزشکیان", the government of Masoud Pezeshkian)
        and is no part of it; a top given name that is a word stays ("گل احمد
        ستانکزی"), and so do the words that open Pakistani names ("ملک")."""
        if i + 2 >= len(ws) or not self._tight(ws, i, 3):
            return False
        if ws[i].cuts[0].key in _UR_NAME_PREFIXES | _UR_CLAN_TITLES:
            return False
        given = self._given(best)
        nxt, last = ws[i + 1].cuts[0], ws[i + 2].cuts[0]
        if best.key in _LED_BODIES and self._given(nxt) >= 0.6:
            return True  # "وأعلنت حكومة محمد شياع السوداني": the government, whatever the name's rank
        return (
            self.tables.zipf(best.key) >= _GOVERNING_NOUN_ZIPF
            and given < _GOVERNING_NOUN_GIVEN
            and self._given(nxt) >= _GOVERNING_NOUN_GIVEN
            and not self._is_stop(last)
            and (self.strong(last) or self._clear_surname(last))
        )

    def _pair_cued(self, ws: list[Word], i: int, k: int) -> bool:
        """Does the sentence say that words i and k (= i + 1) are someone?"""
        return self._cued_before(ws, i) or self._cued_after(ws, k)

    def _cued_before(self, ws: list[Word], i: int) -> bool:
        """A title, role, kin word, "according to" or (Hebrew/Arabic) a verb of
        saying right before word i ("وقال المهندس", "השופטת", "مادرش", "לדברי")."""
        if self._cue(ws, i) & (Cue.TITLE | Cue.SPEECH) and not (
            i + 1 < len(ws) and self._tight(ws, i, 2) and self._match(ws, i + 1, self.lists.quotes)
        ):
            return True  # (a verb of saying right after word i is no cue before it)
        return bool(self._kin_before(ws, i)) or self._role_before(ws, i)

    def _cued_after(self, ws: list[Word], k: int) -> bool:
        """Right after word k a verb of saying, the Urdu agent marker or "according
        to" ("گفت", "نے", "کے مطابق"), or a comma and a title or role ("، مدير المستشفى،")."""
        n = k + 1
        if n >= len(ws):
            return False
        gap = self._text_of[id(ws)][ws[k].end : ws[n].start].strip()
        if not gap and self._match(ws, n, self.lists.quotes) is not None:
            return True
        if self.lang == "ur" and not gap:
            after = tuple(w.cuts[0].key for w in ws[n : n + 2])
            if after[0] == _UR_AGENT or after in _UR_ACCORDING:
                return True
        return gap in (",", "،") and any(
            self._match(ws, m, table) is not None
            for m in (n, n + 1)
            if m < len(ws)
            for table in (self.lists.titles, self.lists.roles)
        )

    def _name_pair(self, ws: list[Word], a: int) -> bool:
        """Words a and a + 1 as a given name and a surname that are both ordinary
        words too ("كريم سالم", "آزاد علی", "עדן גפן"), for a sentence that says they
        are someone (_pair_cued): the first ranked as a given name, the second as a
        name, neither a function word, verb, inflected word, title, kin word, role
        or verb of saying."""
        if a < 0 or a + 1 >= len(ws) or not self._tight(ws, a, 2):
            return False
        first, second = ws[a].cuts[0], ws[a + 1].cuts[0]
        if self._given(first) < _CUED_PAIR_GIVEN or self.name_score(second) < _CUED_PAIR_RANK:
            return False
        if self._definite_noun_after_word(first, second):
            return False  # "أمل كبير" (great hope), "גל הפיטורים": a noun and its complement
        if self.lang in ("fa", "ur") and (
            _light_verb(self.lang, ws[a + 1].text) or self._opens_date(ws, a) or self._opens_date(ws, a + 1)
        ):
            return False
        lists = self.lists
        if any(self._is_stop(c) for c in ws[a].cuts[1:]):
            return False  # "وفي" (and in) before "الرياض": a clitic and a function word
        pl = self._place_at(ws, a + 1)
        if pl is not None and self.name_score(second) < 0.9:
            return False  # "فرهنگ بلخ" (Balkh's culture); a place that is a top name stays ("كريم سالم")
        return not any(
            self._is_stop(c)
            or c.key in lists.particles
            or c.key in _CARDINALS.get(self.lang, ())  # "سبع سنوات" (seven years)
            or self._verb(c)
            or self._inflected(c)
            or self._derived(c)
            or self._country_adjective(c)
            or _TANWEEN.search(c.text)
            or any(ch.isdigit() for ch in c.text)
            or any(
                self._match(ws, m, table) is not None
                for table in (lists.titles, lists.kin, lists.roles, lists.quotes)
            )
            for m, c in ((a, first), (a + 1, second))
        )

    def _opens_clause(self, ws: list[Word], a: int) -> bool:
        """Nothing joins word a to a word before it: the paragraph's first word, after
        punctuation, a function word, or a title, kin word or role that names it. Not
        after "and": "اطلاعات و فرهنگ بلخ" is a noun coordinated with the one before."""
        return (
            a == 0
            or not self._tight(ws, a - 1, 2)
            or self._is_stop(ws[a - 1].cuts[0])
            and ws[a - 1].cuts[0].key not in _AND
            or bool(self._kin_before(ws, a))
            or bool(self._cue(ws, a) & Cue.TITLE)
            or self._role_before(ws, a)  # "ڈرائیور فتح محمد نے" (driver Fateh Muhammad)
        )

    def _role_before(self, ws: list[Word], a: int) -> bool:
        """A role right before word a ("الممرضة", "ڈرائیور", "کشاورز")."""
        return any(
            (m := self._match(ws, k, self.lists.roles)) is not None
            and k + m[0] == a
            and self._tight(ws, k, a - k + 1)
            for k in range(max(0, a - 2), a)
        )

    def _closes_clause(self, ws: list[Word], b: int) -> bool:
        """Nothing joins word b to a word after it: the end, punctuation, a function
        word or a verb of saying ("إن", "،", "אמרה")."""
        n = b + 1
        return (
            n >= len(ws)
            or not self._tight(ws, b, 2)
            or self._is_stop(ws[n].cuts[0])
            or self._match(ws, n, self.lists.quotes) is not None
        )

    def _pakistani_given(self, cut: Cut) -> bool:
        """An Urdu given name that may head a name of frequent name words: a
        top-ranked one that is not among the most frequent words, or a lower
        ranked one that is rarer still (Urdu spellings of Pakistani names rank
        lower in the tables: "ارشد", "صابر"; "وکیل", lawyer, is more frequent)."""
        given, zipf = self._given(cut), self.tables.zipf(cut.key)
        return self.lang == "ur" and (given >= 0.75 and zipf <= 5.0 or given >= 0.55 and zipf <= 4.5)

    def _urdu_given_first(self, cut: Cut) -> bool:
        """Urdu: the first word of a full name that a lone mention elsewhere may
        stand for, though the tables rank it below 0.6 (Pakistani spellings rank
        lower: "ارشد" 0.58, "وقاص" 0.49): a Pakistani given name, or a word that
        is no common word and more a given name than a surname."""
        if self.lang != "ur" or self._is_stop(cut):
            return False
        given = self._given(cut)
        return self._pakistani_given(cut) or (
            not self.common(cut.text) and given >= 0.45 and given >= self.tables.surname(cut.key)
        )

    def _surname_near_line(self, given: Cut, cut: Cut) -> bool:
        """A Persian word barely over the common line right after a given name
        that is no ordinary word ("محمدباقر قالیباف", 4.0): the surname, unless
        it is a verb or a derived word. (Urdu's line is higher already, and its
        oblique nouns follow names: "عمران لڑکیوں کو".)"""
        return (
            self.lang == "fa"
            and not self.common(given.text)
            and self._given(given) >= 0.6
            and self.tables.zipf(cut.key) < common_line(self.lang) + LONE_NAMED_EXCESS
            and not self._is_stop(cut)
            and not self._verb(cut)
            and not self._derived(cut)
            and not self._country_adjective(cut)
            and word_script(cut.text) == "ar"
            and not any(ch.isdigit() for ch in cut.text)
        )

    def _low_surname(self, given: Cut, cut: Cut) -> bool:
        """Hebrew: a word ranked a little low but more a surname than a given name
        and no frequent word, right after a top given name ("אסף גורדון")."""
        return (
            self.lang == "he"
            and self._given(given) >= 0.7
            and self._ranked_surname(cut)
            and self.tables.surname(cut.key) > self.tables.given(cut.key)
            and not self._verb(cut)
        )

    def _definite_surname(self, given: Cut, cut: Cut) -> bool:
        """An Arabic family name with the article that is also a word
        ("نوري المالكي", "مقتدى الصدر", "محمد الشريف"), right after a
        well-ranked given name that is no frequent word (an adjective such as
        "عادل", just, or "كريم" takes a noun: "كريم العيش"): well ranked as a surname, not very frequent, and
        no adjective of a place ("الجزائري"), a title or an ordinal."""
        return (
            self.lang == "ar"
            and cut.key.startswith("ال")
            and self._given(given) >= 0.8
            and self.tables.zipf(given.key) < 4.5
            and self.tables.surname(cut.key) >= 0.65
            and self.tables.surname(cut.key) >= self.tables.given(cut.key)
            and self.tables.zipf(cut.key) <= 4.8
            and not self._demonym(cut)
            and (cut.key,) not in self.lists.titles
            and cut.key not in _ORDINALS
            and self.tables.place((cut.key,)) is None
        )

    def _definite_noun_after_word(self, given: Cut, cut: Cut) -> bool:
        """Hebrew: a given name that is also a word ("גל" wave, "ברק" lightning,
        "אור", "שחר", "דור"), then a definite noun ("הפיטורים", "ההתייעלות"):
        a noun and its complement, no given name and surname. Not a surname
        that starts with ה ("גל הירש", "דור הלוי": ranked as surnames).
        Arabic: a given name that is a word, then one of the most frequent
        words that the tables rank as neither a given name nor a surname well,
        not a name particle: a noun and its adjective ("أمل كبير", great hope)."""
        if self.lang == "ar":
            return (
                self.common(given.text)
                and not cut.key.startswith("ال")
                and cut.key not in self.lists.particles
                and self.tables.zipf(cut.key) >= _GOVERNING_NOUN_ZIPF
                and max(self.tables.given(cut.key), self.tables.surname(cut.key)) < _GOVERNING_NOUN_GIVEN
            )
        return (
            self.lang == "he"
            and self.common(given.text)
            and cut.key.startswith("ה")
            and cut.text.startswith("ה")
            and (self.tables.zipf(cut.key[1:]) >= 3.0 or cut.key.endswith(_HE_PLURALS))
            and self.tables.surname(cut.key) < 0.5
            and self.tables.given(cut.key) < 0.5
        )  # (a plural or abstract noun in -ות/-ים that wordfreq lacks: "ההתייעלות")

    def _nationality(self, cut: Cut) -> bool:
        """A definite adjective in -ي/-ية (Arabic) or -ی (Persian, Urdu)."""
        if self.lang == "ar":
            return cut.key.startswith("ال") and cut.key.endswith(("ي", "يه"))
        return self.lang in ("fa", "ur") and cut.key.endswith("ي") and not self._is_stop(cut)

    def _definite_org(self, ws: list[Word], i: int) -> int:
        """End of "the party/army/commission + national adjective(s) (+ for X)",
        or 0: the adjective in -ي/-ية makes the definite noun a name."""
        if not any(c.key in _DEFINITE_ORGS for c in ws[i].cuts):
            return 0
        j = i + 1
        while j < len(ws) and j - i <= 4 and self._tight(ws, j - 1, 2) and self._agreeing(ws[j].cuts[0]):
            j += 1
        if j == i + 1 or j == i + 2 and ws[i + 1].cuts[0].key in _AR_LOCAL_ADJECTIVES:
            return 0  # "المجلس البلدي", "المجلس الجماعي": the town's own council, no name
        if ws[i + 1].cuts[0].key in _AR_ELECTRIC:
            return 0  # "للتيار الكهربائي" (to the electric current): no political current
        if j < len(ws) and self._tight(ws, j - 1, 2) and ws[j].cuts[0].key.startswith("لل"):
            j += 1  # "للانتخابات", "للتخطيط"
            while j < len(ws) and j - i <= 5 and self._tight(ws, j - 1, 2) and self._agreeing(ws[j].cuts[0]):
                j += 1  # "الفرقة الوطنية للشرطة القضائية"
        elif j < len(ws) and self._tight(ws, j - 1, 2) and self._purpose(ws, j):
            j = self._remit_end(ws, j + 1, 3) or j  # "المؤسسة الوطنية لحماية المدن القديمة"
        return j

    def _purpose(self, ws: list[Word], j: int) -> bool:
        """Arabic: word j is "for" and an indefinite verbal noun ("لحماية",
        "لتسيير"), which takes a definite complement."""
        w = ws[j]
        return (
            w.text.startswith("ل")
            and not w.text.startswith("لل")
            and len(w.text) >= 5
            and any(c.start == w.start + 1 for c in w.cuts[1:])
            and not self._is_stop(w.cuts[0])
        )

    def _remit_end(self, ws: list[Word], k: int, limit: int) -> int:
        """Arabic: end of a remit from k, a definite noun and its adjectives or
        "and" joins ("السياسة النقدية", "المدن القديمة", "المالية والميزانية"),
        after at most one indefinite word in construct ("تنمية المشروعات",
        "مراكز الردم التقني"); 0 if none. A definite object after it is no part
        of it ("تتولى لجنة ... الإشراف")."""
        j = k
        if (
            j + 1 < len(ws)
            and self._tight(ws, j, 2)
            and not ws[j].cuts[0].key.startswith("ال")
            and ws[j + 1].cuts[0].key.startswith("ال")
            and word_script(ws[j].text) == "ar"
            and not self._is_stop(ws[j].cuts[0])
            and not self._verb(ws[j].cuts[0])
            and not self._arabic_imperfect(ws[j].cuts[0])
            and self.name_score(ws[j].cuts[0]) < 0.5
            and not find_dates(ws[j].text, "ar")
        ):
            j += 1
        start = j
        while (
            j < len(ws)
            and j - k < limit
            and (j == k or self._tight(ws, j - 1, 2))
            and (
                j == start
                and ws[j].cuts[0].key.startswith("ال")
                or j > start
                and (
                    ws[j].text.startswith("وال")
                    or self._agreeing(ws[j].cuts[0])
                    or ws[j].cuts[0].key.startswith("ال")
                    and ws[j].cuts[0].key.endswith("ه")
                )
            )
            and len(ws[j].cuts[0].key) >= 4
            and not self._is_stop(ws[j].cuts[0])
            and not self._opens_date(ws, j)
            and self._place_at(ws, j, any_cut=False) is None
        ):
            j += 1
        return j if j > start else 0

    def _kind_named(self, ws: list[Word], j: int) -> int:
        """End of the name after a Hebrew kind of institution ("המרכז הרפואי
        ברזילי", "המרכז הרפואי הלל יפה"): one or two proper or name words."""
        k = j
        while k < len(ws) and k - j < 2 and self._tight(ws, k - 1, 2):
            c = ws[k].cuts[0]
            if self._is_stop(c) or self._verb(c) or not (self._proper(c) or self.name_score(c) >= 0.5):
                break
            if self._place_at(ws, k) is not None and k > j:
                break  # "המרכז הרפואי ברזילי באשקלון": the town is the seat, not the name
            k += 1
        return k

    def _trade_company(self, ws: list[Word], i: int, add: AddName) -> None:
        """An Arabic company named by a rare word and its trade: "أوراسكوم
        للإنشاءات", "مصر للطيران" (a conjunction glued on stays outside)."""
        if i + 1 >= len(ws) or not self._tight(ws, i, 2) or ws[i + 1].cuts[0].key not in _AR_TRADES:
            return
        w = ws[i]
        cut = w.cuts[0]
        if w.text[0] in "وف" and self.tables.zipf(cut.key) == 0:
            cut = next((c for c in w.cuts if c.start == w.start + 1), cut)  # "وأوراسكوم": and + the name
        if (
            self._is_stop(cut)
            or word_script(cut.text) != "ar"
            or _TANWEEN.search(cut.text)
            or self.common(cut.text)
            and self.tables.place((cut.key,)) is None
            or cut.key.endswith("ا")
            and self.common(cut.key[:-1])
        ):
            return  # ("توزيعا عادلا للخدمات": an adverb, fairly, before "for the services")
        j = i + 2
        while (
            j < len(ws)
            and j - i < 4
            and self._tight(ws, j - 1, 2)
            and self._agreeing(ws[j].cuts[0])
            and not self._demonym(ws[j].cuts[0])
        ):
            j += 1  # "للتطوير العقاري", not "المصرية" (Egyptian)
        text = self._text_of[id(ws)]
        add(i, j, cut, ORG, self._canonical_org(text[cut.start : ws[j - 1].end]), 0.75)

    def _foreign_company(self, ws: list[Word], i: int, add: AddName) -> None:
        """A word no dictionary or name table knows, then a feminine nationality
        (a company agrees in the feminine): "سيمنس الألمانية", "ألستوم الفرنسية"."""
        cut = ws[i].cuts[0]
        nxt = ws[i + 1].cuts[0] if i + 1 < len(ws) else None
        if (
            nxt is None
            or not self._tight(ws, i, 2)
            or not nxt.key.endswith(("يه", "ية"))
            or not self._demonym(nxt)
            or word_script(cut.text) != "ar"
            or len(cut.key) < 4
            or any(self.tables.zipf(c.key) > 0 for c in ws[i].cuts)
            or self.name_score(cut) >= _NAME_MIN
            or self.tables.place((cut.key,)) is not None
        ):
            return
        add(i, i + 1, cut, ORG, self._canonical_org(cut.text), 0.6)

    def _appositive(self, ws: list[Word], t: int, add: AddName) -> None:
        """The name before a comma and a title: "سامي الوزير، وزير النقل"
        (a given name, then one or two name words; the last may be a title
        that is also a surname)."""
        text = self._text_of[id(ws)]
        b = t - 1
        if b < 0 or text[ws[b].end : ws[t].start].strip() not in (",", "،"):
            return
        a = b
        while (
            a >= 0
            and b - a < 3
            and (a == b or self._tight(ws, a, 2))
            and not self._is_stop(ws[a].cuts[0])
            and (
                self._name_like(ws[a].cuts[0], False)
                or self.name_score(ws[a].cuts[0]) >= 0.4
                and not self._nisba(ws[a].cuts[0])
            )
            and (
                not self._stop_here(ws, a)
                or a == b
                and (self._surname_title_word(ws[a].cuts[0]) or self._town_surname(ws, a))
            )
        ):
            a -= 1
        a += 1
        while a < b and self._given(ws[a].cuts[0]) < 0.5:
            a += 1
        if a < b:
            self._person(ws, a, b + 1, add, 0.65)
        elif (
            a == b
            and self.lang == "he"
            and self._opens_sentence(ws, b)
            and self._given(ws[b].cuts[0]) >= _NAME_MIN  # not "סנגורו, עו"ד ..." (his lawyer, attorney X)
        ):
            # "יפה, בת 78,", "עדי, תלמידת כיתה י"א": a given name alone opens the sentence
            self._person(ws, b, b + 1, add, 0.65, cue=Cue.TITLE)

    def _opens_sentence(self, ws: list[Word], k: int) -> bool:
        """Word k is the paragraph's or a sentence's first word."""
        before = self._text_of[id(ws)][ws[k - 1].end if k else 0 : ws[k].start].strip()
        return k == 0 or before[-1:] in (".", "!", "?")

    def _saint_place(self, ws: list[Word], i: int, add: AddName) -> None:
        """A Maghrebi town named after a saint, "سيدي" and a name, where a
        place stands (after في/إلى/من or with ب/ل): "بسيدي عبد الله",
        "في سيدي بوزيد"; "سيدي الرئيس" (Sir) stays a form of address."""
        cut = next((c for c in ws[i].cuts if c.key == _AR_SIDI), None)
        if cut is None or i + 1 >= len(ws) or not self._tight(ws, i, 2):
            return
        clitic = ws[i].text[: cut.start - ws[i].start]
        before = i > 0 and ws[i - 1].cuts[0].key in _PLACE_PREPOSITIONS["ar"]
        if not (before or any(ch in "بل" for ch in clitic)):
            return
        j = i + 1
        while (
            j < len(ws)
            and j - i <= 3
            and self._tight(ws, j - 1, 2)
            and (
                self._compound_given(ws, j)
                or self.name_score(ws[j].cuts[0]) >= 0.5
                or not self.common(ws[j].text)
            )
            and not self._is_stop(ws[j].cuts[0])
            and not self._stop_here(ws, j)
        ):
            j += 2 if self._compound_given(ws, j) else 1
        if j > i + 1:
            text = self._text_of[id(ws)]
            add(i, j, cut, PLACE, _transliterate(text[cut.start : ws[j - 1].end], self.lang), 0.7)

    def _described_place(self, ws: list[Word], i: int, add: AddName) -> None:
        """ "العاصمة الإدارية الجديدة" (a capital and adjectives that are no
        nationality: not "العاصمة المصرية"), "التجمع الخامس" (a district
        numbered by an ordinal)."""
        cut = next((c for c in ws[i].cuts if c.key in _AR_DESCRIBED_PLACES | _AR_NUMBERED_PLACES), None)
        if cut is None or i + 1 >= len(ws) or not self._tight(ws, i, 2):
            return
        j = i + 1
        if cut.key in _AR_NUMBERED_PLACES:
            j += ws[j].cuts[0].key in _ORDINALS
        else:
            while (
                j < len(ws)
                and j - i <= 2
                and self._tight(ws, j - 1, 2)
                and self._adjective(ws[j].cuts[0])
                and not self._demonym(ws[j].cuts[0])
            ):
                j += 1
        if j > i + 1:
            text = self._text_of[id(ws)]
            add(i, j, cut, PLACE, _transliterate(text[cut.start : ws[j - 1].end], self.lang), 0.7)

    def _adjective(self, cut: Cut) -> bool:
        """An Arabic definite feminine or nisba word, an ordinary one."""
        return (
            cut.key.startswith("ال")
            and cut.key.endswith(("ة", "ه", "ي"))
            and self.common(cut.text)
            and (cut.key,) not in self.lists.titles
            and cut.key not in _ORDINALS
        )

    def _nationality_word(self, surface: str) -> bool:
        """An Arabic word that is the adjective of a place, not a place: "فرنسية"."""
        k = key(surface.strip())
        return (
            self.lang == "ar"
            and " " not in k
            and self.tables.place((k,)) is None
            and self._demonym(Cut(0, surface, k))
        )

    def _derived_masdar(self, cut: Cut) -> bool:
        """Arabic: the verbal noun of a derived verb ("انتظار", "انسحاب", "استقلال"),
        written with a bare alif (hamzat al-wasl): "ألتمان" (Altman) is none."""
        return cut.text.startswith("ا") and _AR_DERIVED_MASDAR.match(cut.key) is not None

    def _demonym(self, cut: Cut, kinds: tuple[str, ...] | None = None) -> bool:
        """An Arabic adjective of a country or city (of a place of one of
        these `kinds` when given): "المصرية", "الفرنسي", "ألمانية"."""
        stem = cut.key.removeprefix("ال")
        for suffix in ("يين", "يون", "يه", "ية", "ي"):
            if stem.endswith(suffix):
                stem = stem[: -len(suffix)]
                break
        else:
            return False
        return any(
            (place := self.tables.place((form,))) is not None and (kinds is None or place[1] in kinds)
            for form in (stem, "ال" + stem, stem + "ا", stem + "يا", stem + "ه")
            + ((stem[:-1],) if stem.endswith("ول") else ())  # "الكونغولي", "التوغولي": Congo, Togo
        )

    def _agreeing(self, cut: Cut) -> bool:
        """A definite adjective in -i after an institution's head: "الوطني",
        "الأردنيين", "המטאורולוגי", "האזורית" (not an ordinal: "المركز الثاني"
        is second place; not a title: "القاضي")."""
        if cut.key in _ORDINALS or (cut.key,) in self.lists.titles:
            return False
        if self.lang == "ar":
            return (
                cut.key.startswith("ال")
                and cut.key.endswith(("ي", "يه", "يين", "يون"))
                and len(cut.key) >= 5
                or cut.key in _AR_ORG_ADJECTIVES
            )
        if self.lang == "he":
            return (
                cut.key.startswith("ה")
                and cut.key.endswith(("י", "ית", "יים", "יות"))
                and len(cut.key) >= 5
                and self.name_score(cut) < 0.5
                and not self._place_at_key(cut.key)
            )
        return False

    def _place_at_key(self, k: str) -> bool:
        return self.tables.place((k,)) is not None

    def _council_name_then_head(self, ws: list[Word], t: int, k: int, j: int) -> bool:
        """After a council head's title ending at word t ("ראש המועצה האזורית"), one
        word k and a comma before a given name: the word is the council's name and
        its head follows ("ראש המועצה האזורית גולן, אורי קללנר"), not a person."""
        text = self._text_of[id(ws)]
        return (
            self.lang == "he"
            and t >= 1
            and ws[t].cuts[0].key in _HE_COUNCIL_KINDS
            and j == k + 1
            and j < len(ws)
            and text[ws[k].end : ws[j].start].strip() == ","
            and self._given(ws[j].cuts[0]) >= 0.5
        )

    def _org_extend(self, ws: list[Word], i: int, j: int) -> int:
        """Carry an institution's name on through what completes it: agreeing
        adjectives ("وزارة الزراعة الأردنية", "המועצה האזורית"), "for the X"
        ("المركز الوطني للبحوث الزراعية"), "and X" in a ministry's remit
        ("وزارة الصحة والحماية الاجتماعية") and "in <known place>" after a
        court, council or directorate ("בית המשפט המחוזי בחיפה")."""
        if self.lang not in ("ar", "he"):
            return j
        if self.lang == "he" and ws[j - 1].cuts[0].key in _HE_COUNCIL_KINDS:
            k = j  # "המועצה האזורית ערבה תיכונה", "מועצה מקומית כפר ורדים": the council's name
            while (
                k < len(ws)
                and k - j < 3
                and self._tight(ws, k - 1, 2)
                and not (k == j and ws[k].cuts[0].key.startswith("ה"))
                and not self._is_stop(ws[k].cuts[0])
                and (self._place_at(ws, k, any_cut=False) is not None or not self._stop_here(ws, k))
                and (not self.common(ws[k].text) or self._place_at(ws, k, any_cut=False) is not None)
            ):
                k += 1
            town = self._place_at(ws, k - 1, any_cut=False) if k > j else None
            if town is not None and town[0] >= 2:
                k = min(len(ws), k - 1 + town[0])  # "המועצה המקומית זכרון יעקב": the whole town
            return k
        joined = False
        while j < len(ws) and j - i < 8 and self._tight(ws, j - 1, 2):
            c = ws[j].cuts[0]
            prev = ws[j - 1].cuts[0]
            if (
                self._agreeing(c) and not self._is_stop(c) and not self._match(ws, j, self.lists.titles)
            ):  # "... الأعلى القاضي X"
                j += 1
                continue
            if (
                self.lang == "ar"
                and c.key.startswith("لل")
                and len(c.key) >= 5
                and (prev.key.startswith("ال") or self._agreeing(prev))
                and not self.name_score(c) >= 0.5
            ):
                j += 1  # "للبحوث", "للصحة"
                continue
            inner = ws[j].cuts[1:]
            if (
                self.lang == "ar"
                and not joined
                and any(x.key.startswith("ال") and ws[j].text.startswith("وال") for x in inner)
                and prev.key.startswith("ال")
                and not self._match(ws, j, self.lists.titles)
                and any(x.key in _REMIT_HEADS for x in ws[i].cuts)
            ):
                joined = True  # "والتعليم", "والحماية"
                j += 1
                continue
            pl = None
            for x in inner:
                if ws[j].text[: x.start - ws[j].start] in ("ב", "ل", "ب", "بـ"):
                    pl = self.tables.place((x.key,))
                    break
            if pl and any(x.key in _SEATED_HEADS for w in ws[i:j] for x in w.cuts):
                j += 1  # "בחיפה", "بفاس": the seat of a court or directorate
                while j < len(ws) and self._tight(ws, j - 1, 2) and self._place_at(ws, j, any_cut=False):
                    j += 1
            break
        return j

    def _place_tail(self, ws: list[Word], k: int) -> int:
        """End of a place name after its kind word: the next word, then
        proper names, places and (Arabic) definite adjectives."""
        if k >= len(ws) or not self._tight(ws, k - 1, 2):
            return k
        c = ws[k].cuts[0]
        pl = self._place_at(ws, k, any_cut=False)
        if pl and pl[0] == 1 and self.common(c.text):
            pl = None  # a town that is a word ("استان اعلام", the province announced)
        # (an Arabic adjective that is also a name, "مسجد جامع", needs a well-ranked one)
        ranked = 0.8 if self.lang == "ar" and self.common(c.text) else 0.5
        # a Persian half-spaced compound of two nouns names a place after its kind word
        # ("بندر اسلام‌قلعه", the port of Islam Qala), though it is no proper word alone
        compound = (
            self.lang == "fa"
            and _ZWNJ in c.text
            and key(c.text.split(_ZWNJ)[-1]) in _FA_TOPONYM_ENDS
            and not self.common(c.text)
            and not (self._derived(c) or self._inflected(c) or self._verb(c))
        )
        if (
            not pl
            and not (self._proper(c) or self.name_score(c) >= ranked or self._definite_name(c) or compound)
            or self._is_stop(c)
            or re.match(r"\d", c.text)
            or self._clitic_on_word(ws, k)
            or self._verb(c)  # "در ورزشگاه ماندند" (they stayed in the stadium)
        ):
            return k  # "منطقة الجزاء" (the penalty area), "استان اعلام", "مسجد للاعتكاف": no name
        if (
            self.common(c.text)
            and self.tables.place((c.key,)) is None
            and any(x.key in _GENERIC_PLACE_HEADS for x in ws[k - 1].cuts)
            and not (  # a station, a tower, a road is named after someone: "ایستگاه کاوه", "برج میلاد", "شارع فیصل"
                any(x.key in _NAMED_AFTER_HEADS for x in ws[k - 1].cuts) and self._given(c) >= 0.6
            )
            and not (
                k + 1 < len(ws)
                and self._tight(ws, k, 2)
                and not self._is_stop(ws[k + 1].cuts[0])
                and self.name_score(ws[k + 1].cuts[0]) >= 0.45
            )
        ):
            return k  # "بندر اصلی" (the main port); a common word needs a name after it: "بندر شهید رجایی"
        if (
            self.common(c.text)
            and self.tables.place((c.key,)) is None
            and k + 1 < len(ws)
            and self._tight(ws, k, 2)
            and ws[k + 1].cuts[0].key in _LIGHT_VERBS.get(self.lang, ())
        ):
            return k  # "از ریزش کوه خبر داد" (reported a rockfall): the noun of a compound verb
        j = k + (pl[0] if pl else 1)
        while j < len(ws) and j - k < 3 and self._tight(ws, j - 1, 2):
            c = ws[j].cuts[0]
            if (
                c.key in self.lists.particles
                and j + 1 < len(ws)
                and self._tight(ws, j, 2)
                and self._name_like(ws[j + 1].cuts[0], False)
            ):
                j += 2  # "مسجد عمرو بن العاص", "مسجد المرسي أبو العباس"
                continue
            if self._is_stop(c) or self._stop_here(ws, j) and not self._place_at(ws, j, any_cut=False):
                break
            if find_dates(ws[j].text, self.lang):
                break  # a day after the name: "ميناء بورتسودان الخميس" (Khamis is a given name too)
            after = self._text_of[id(ws)][ws[j].end : ws[j].end + 1]
            if self.lang in ("fa", "ur") and after in (".", "؟", "!"):
                break  # the verb that ends a Persian sentence: "در گردنه حیران ماندند."
            if (
                self._proper(c)
                or self.lang in ("fa", "ur")
                and self.name_score(c) >= 0.5
                or self.lang == "ar"
                and c.key.startswith("ال")
                and c.key.endswith(("ي", "يه"))
            ):
                j += 1
                continue
            break
        return j

    def _school_name(self, ws: list[Word], i: int, add: AddName) -> None:
        """Hebrew: a school's name after "בית הספר" (and its kind: "היסודי",
        "התיכון") or "תיכון": a settlement head and its word ("נווה מדבר"), a
        word and a letter with a geresh ("מקיף ו'"), or one or two words that
        are no ordinary words ("אורט", "רגר"). "בית הספר נסגר" (closed) names
        nothing."""
        w = ws[i]
        k = None
        if any(c.key == _HE_HOUSE for c in w.cuts) and i + 1 < len(ws) and ws[i + 1].text == "הספר":
            k = i + 2
            if (
                k < len(ws)
                and self._tight(ws, i, 3)
                and ws[k].text.startswith("ה")
                and (ws[k].text.endswith("י") or ws[k].cuts[0].key in _HE_HIGH_SCHOOL)
                and self.common(ws[k].text)
            ):
                k += 1  # "בית הספר היסודי", "התיכון" is "high"
        elif any(c.key in _HE_HIGH_SCHOOL for c in w.cuts):
            k = i + 1
        if k is None or k >= len(ws) or not self._tight(ws, k - 1, 2):
            return
        c = ws[k].cuts[0]
        if self._is_stop(c) or word_script(c.text) != "he" or self._definite(c) or self._stop_here(ws, k):
            return
        text = self._text_of[id(ws)]
        end = k + 1
        nxt = ws[k + 1] if k + 1 < len(ws) and self._tight(ws, k, 2) else None
        if (
            nxt is not None
            and c.key in _HE_SETTLEMENT_HEADS
            and word_script(nxt.text) == "he"
            and not self._is_stop(nxt.cuts[0])
            and not self._verb(nxt.cuts[0])
        ):
            end = k + 2  # "נווה מדבר"
        elif nxt is not None and len(nxt.text) == 1 and text[nxt.end : nxt.end + 1] in ("'", "׳"):
            end = k + 2  # "מקיף ו'"
        elif self.common(c.text) or self.tables.zipf(c.key) >= 4.0 or self._verb(c) or self._hebrew_plural(c):
            return  # "הורים בבית הספר מתארגנים" (parents at the school organise)
        add(k, end, c, ORG, self._canonical_org(text[ws[k].start : ws[end - 1].end]), 0.6)

    def _article_kept(self, ws: list[Word], i: int, add: AddName) -> None:
        """Hebrew: after ב/ל/כ the article is swallowed ("בבית", not "בהבית"), so
        a definite noun that keeps it is a title, the name of a paper or a
        body: "כתבה השבוע בהארץ", "אמר להארץ" (Haaretz; "לארץ" is to the
        land). The whole word must be rarer than the noun by far (not
        "בהחלט", "להבין")."""
        w = ws[i]
        lead = len(w.text) - len(w.text.lstrip("וש"))
        if lead > 1 or w.text[lead : lead + 1] not in ("ב", "ל", "כ"):
            return
        cut = next((c for c in w.cuts if c.start == w.start + lead + 1), None)
        if cut is None or not cut.key.startswith("ה") or len(cut.key) < 4:
            return
        noun = self.tables.zipf(cut.key[1:])
        whole = self.tables.zipf(key(w.text[lead:]))
        if (
            noun < 4.0
            or whole >= 3.5
            or whole > noun - 1.5
            or self.name_score(cut) >= _NAME_MIN
            or self.tables.place((cut.key,)) is not None
            or self._verb(cut)
        ):
            return
        add(i, i + 1, cut, ORG, self._canonical_org(cut.text), 0.6)

    def _origin_after_age(self, ws: list[Word], i: int, add: AddName) -> None:
        """Hebrew: "בת 34 מעילוט," - after a person's age, or right after what
        the person is ("חקלאי מפארן שמגדל", "פנסיונר מזבדיאל,"), "from" and a
        word that is no ordinary word, then a comma, the end or a relative
        "ש-" word: the village or town the person comes from ("בת 30 מיטות",
        thirty beds, is an ordinary word). A settlement head takes one more
        word ("בת 78 מכרמי גת,")."""
        if ws[i].cuts[0].key in _HE_AGE:
            if i + 2 >= len(ws) or not ws[i + 1].text.isdigit() or not self._tight(ws, i, 2):
                return
            o = i + 2
        else:
            m = self._match(ws, i, self.lists.roles)
            if not m or m[1] is not ws[i].cuts[0] or i + m[0] >= len(ws):
                return
            o = i + m[0]
        w = ws[o]
        text = self._text_of[id(ws)]
        cut = next((c for c in w.cuts if c.start == w.start + 1 and w.text.startswith("מ")), None)
        if (
            cut is None
            or not self._tight(ws, o - 1, 2)
            or self._is_stop(cut)
            or word_script(cut.text) != "he"
        ):
            return
        end = o + 1
        if (
            cut.key in _HE_SETTLEMENT_HEADS
            and o + 1 < len(ws)
            and self._tight(ws, o, 2)
            and len(ws[o + 1].cuts) == 1
            and word_script(ws[o + 1].text) == "he"
            and not self._is_stop(ws[o + 1].cuts[0])
        ):
            end = o + 2
        elif self.common(cut.text) or self.common(w.text):
            return
        after = text[ws[end - 1].end : ws[end - 1].end + 1]
        relative = (
            end < len(ws)
            and ws[end].text.startswith("ש")
            and len(ws[end].cuts) > 1
            and self._tight(ws, end - 1, 2)
            and ws[i].cuts[0].key not in _HE_AGE
        )
        if after not in (",", ".", "") and not relative:
            return
        pl = self._place_at(ws, o)
        canonical = (
            pl[2] if pl and pl[0] == end - o else _transliterate(text[cut.start : ws[end - 1].end], self.lang)
        )
        add(o, end, cut, PLACE, canonical, 0.7)

    def _dateline(self, ws: list[Word], add: AddName) -> None:
        """An Urdu report opens with its town(s) and, in brackets, who filed it:
        "مردان (نمائندہ ایکسپریس)", "سکھر، لاڑکانہ (ڈان نیوز)". The towns are places
        whatever else the words mean; the outlet after "نمائندہ" is an organisation
        ("نمائندہ خصوصی", a special correspondent, is nobody's name)."""
        text = self._text_of[id(ws)]
        m = _UR_DATELINE.match(text)
        if not m:
            return
        towns = [k for k, w in enumerate(ws) if w.end <= m.end(1)]
        start = 0
        for k in towns:
            if k != towns[-1] and text[ws[k].end : ws[k].end + 1] not in ("،", ","):
                continue  # a town of several words: "رحیم یار خان"
            end = k + 1
            if end - start > 3:
                break
            surface = text[ws[start].start : ws[end - 1].end]
            pl = self._place_at(ws, start, any_cut=False)
            canonical = pl[2] if pl and pl[0] == end - start else _transliterate(surface, self.lang)
            add(start, end, ws[start].cuts[0], PLACE, canonical, 0.75)
            start = end
        outlet = [k for k, w in enumerate(ws) if m.start(3) <= w.start and w.end <= m.end(3)]
        if outlet and ws[outlet[0]].cuts[0].key not in _UR_REPORTERS:
            surface = text[ws[outlet[0]].start : ws[outlet[-1]].end]
            add(outlet[0], outlet[-1] + 1, ws[outlet[0]].cuts[0], ORG, self._canonical_org(surface), 0.7)

    def _definite_name(self, cut: Cut, construct: bool = False) -> bool:
        """A Hebrew definite noun that is no frequent word: after a place's kind
        word it is the name ("רחוב האלון", "נחל הקישון"); "ברחוב הראשי", "חוף הים"
        name nothing. Unless the kind word is surely in `construct` (no article
        hides in "ברחוב"), it must not look like an adjective either."""
        return (
            self.lang == "he"
            and self._definite(cut)
            and len(cut.key) > 3
            and not self.common(cut.text)
            and (construct or not self._agreeing(cut))
            and not self._verb(cut)
        )

    def _settlement(self, ws: list[Word], i: int, add: AddName) -> None:
        """A Hebrew village or neighbourhood the gazetteer lacks, named by a
        settlement word in construct and a name ("רמת אליהו", "נחלת יהודה",
        "בית ינאי", "מכפר ויתקין"): the name a ranked name word that is not among
        the most frequent ("רמת חיים" is a standard of living), or a rare word
        but not after "בית" ("בית מרקחת", a pharmacy)."""
        if i + 1 >= len(ws) or not self._tight(ws, i, 2) or len(ws[i + 1].cuts) > 1:
            return
        head = next(
            (
                c
                for c in ws[i].cuts
                if c.key in _HE_SETTLEMENT_HEADS and set(ws[i].text[: c.start - ws[i].start]) <= set("ובלמש")
            ),
            None,
        )
        name = ws[i + 1].cuts[0]
        if head is None or self._is_stop(name) or self._verb(name) or word_script(name.text) != "he":
            return
        zipf = self.tables.zipf(name.key)
        if not (
            self.name_score(name) >= 0.55
            and zipf < 5.5
            or head.key != _HE_HOUSE
            and not self.common(name.text)
            and zipf < 3.5
        ):
            return
        text = self._text_of[id(ws)]
        add(i, i + 2, head, PLACE, _transliterate(text[head.start : ws[i + 1].end], self.lang), 0.7)

    def _item_place(self, ws: list[Word], k: int, cut: Cut) -> bool:
        """Arabic: may word k (read as `cut`) be a town in a list of places? A
        gazetteer place, or a word that is no ordinary word, name, verb or number."""
        if self.tables.place((cut.key,)) is not None:
            return True
        return len(cut.key) >= 3 and not self.common(cut.text) and self._uncommon_word(ws, k, cut)

    def _uncommon_word(self, ws: list[Word], k: int, cut: Cut) -> bool:
        """Word k (read as `cut`) in Arabic script is no ordinary word, function
        word, well-ranked name or date: what a small town or an outlet is named
        to the rules for lists, roads and datelines."""
        return (
            word_script(cut.text) == "ar"
            and not self._is_stop(cut)
            and not self.common(ws[k].text)
            and self.name_score(cut) < 0.6  # (the name tables rank many towns a little: "تلعفر" 0.55)
            and not find_dates(ws[k].text, self.lang)
        )

    def _listed_before(self, text: str, ws: list[Word], i: int, taken: list[bool], add: AddName) -> None:
        """Arabic: the places listed before a gazetteer place that closes the list
        with "و" ("في تلعفر والحمدانية وسنجار"), back to the preposition that opens
        it: each item one word that is no ordinary word."""
        if not ws[i].text.startswith("و") or i < 2:
            return
        items: list[tuple[int, Cut]] = []
        k = i - 1
        while k >= 0 and len(items) < 4 and self._tight(ws, k, 2) and not taken[k]:
            w = ws[k]
            stem = next((c for c in w.cuts[1:] if c.start == w.start + 1 and w.text[0] == "و"), None)
            cut = stem or w.cuts[0]
            if not self._item_place(ws, k, cut):
                return
            items.append((k, cut))
            if stem is None:
                break  # the first item, without "و"
            k -= 1
        if not items or ws[items[-1][0]].text.startswith("و"):
            return
        first = items[-1][0]
        opened = (
            ws[first].cuts[0] is not ws[first].cuts[-1]
            and ws[first].text[0] == "ب"
            or (
                first > 0
                and self._tight(ws, first - 1, 2)
                and ws[first - 1].cuts[0].key in _AR_SETTLEMENT_PREPOSITIONS
            )
        )
        if not opened:
            return
        for k, cut in items:
            pl = self.tables.place((cut.key,))
            add(k, k + 1, cut, PLACE, pl[0] if pl else _transliterate(cut.text, self.lang), 0.7)

    def _route_end(self, text: str, ws: list[Word], i: int, taken: list[bool], add: AddName) -> None:
        """Arabic: the towns a road leads to or links ("الطريق المؤدية إلى تونفيت",
        "الرابطة بين إملشيل والريش"): after the cue, one or two words that are no
        ordinary words (or a gazetteer place), then the places listed after it."""
        if i + 2 >= len(ws) or taken[i + 2] or ws[i].cuts[0].key not in _AR_ROUTE_VERBS:
            return
        if ws[i + 1].cuts[0].key not in _AR_ROUTE_PREPOSITIONS or not self._tight(ws, i, 3):
            return
        k = i + 2
        pl = self._place_at(ws, k, any_cut=False)
        if pl:
            j = k + pl[0]
            canonical = pl[2]
        else:
            # one word, or two after a word that heads place names ("عين رزات", "وادي دربات")
            head = ws[k].cuts[0].key in _AR_TOPONYM_HEADS and self._tight(ws, k, 2) and k + 1 < len(ws)
            j = k + 1 if head else k
            if j < len(ws) and not taken[j] and self._item_place(ws, j, ws[j].cuts[0]):
                j += 1
            if j == k or head and j == k + 1:
                return
            canonical = _transliterate(text[ws[k].start : ws[j - 1].end], self.lang)
        if add(k, j, ws[k].cuts[0], PLACE, canonical, 0.7):
            self._listed_places(text, ws, j, add, named=pl is not None)

    def _unknown_after_bi(self, ws: list[Word], i: int, taken: list[bool], add: AddName) -> None:
        """Arabic: "ب" (in, at) on a word no dictionary or name table knows, after a
        noun, then a pause or a function word: a small town ("مستشفى ميدانيا بتونفيت
        لاستقبال", "جمعية للتنمية بإملشيل،")."""
        w = ws[i]
        if taken[i] or i == 0 or not w.text.startswith("ب") or not self._tight(ws, i - 1, 2):
            return
        stem = next((c for c in w.cuts[1:] if c.start == w.start + 1), None)
        if (
            stem is None
            or len(stem.key) < 4
            or word_script(stem.text) != "ar"
            or stem.key.startswith("ال")
            or self.tables.zipf(stem.key) > 0
            or self.tables.zipf(w.cuts[0].key) > 0
            or self.name_score(stem) >= _NAME_MIN
            or self._verb(ws[i - 1].cuts[0])
            or any(self._arabic_imperfect(c) for c in ws[i - 1].cuts)
            or any(
                stem.key.endswith(end) and self.tables.zipf(stem.key[: -len(end)]) >= 3.0
                for end in ("ين", "ون", "ات", "ه", "ها", "هم")
            )
            or any(  # the whole word a possessed noun: "بيعهم" (their selling), no "ب" + "يعهم"
                w.cuts[0].key.endswith(end) and self.tables.zipf(w.cuts[0].key[: -len(end)]) >= 3.0
                for end in ("ه", "ها", "هم", "هما", "هن")
            )
        ):
            return  # a plural or a pronoun on a known word: "بقاصرين" (minors), "بتصديه" (by his save)
        text = self._text_of[id(ws)]
        after = text[w.end : w.end + 1]
        if (
            i + 1 < len(ws)
            and after.isspace()
            and not (self._is_stop(ws[i + 1].cuts[0]) or ws[i + 1].text.startswith(("ل", "و")))
        ):
            return  # more words may follow: a name of several words is left to other rules
        add(i, i + 1, stem, PLACE, _transliterate(stem.text, self.lang), 0.6)

    def _road_ends(self, ws: list[Word], taken: list[bool], add: AddName) -> None:
        """A road or railway named by its two ends with a dash ("سرک بامیان - یکاولنگ",
        "طريق القاهرة - الإسكندرية"): each end a gazetteer place or a word that is no
        ordinary word, at least one of them a gazetteer place or both unknown words."""
        text = self._text_of[id(ws)]
        for k in range(2, len(ws)):
            if text[ws[k - 1].end : ws[k].start].strip() not in ("-", "–"):
                continue
            if ws[k - 2].cuts[0].key not in _ROAD_WORDS or not self._tight(ws, k - 2, 2):
                continue
            ends = []
            for x in (k - 1, k):
                c = ws[x].cuts[0]
                pl = self._place_at(ws, x, any_cut=False)
                if taken[x] or self._is_stop(c) or word_script(c.text) != "ar":
                    break
                if pl and pl[0] == 1:
                    ends.append((x, c, pl[2], True))
                elif self._uncommon_word(ws, x, c):
                    ends.append((x, c, _transliterate(c.text, self.lang), False))
                else:
                    break
            # both ends unknown to the gazetteer: words the language never writes ("محور ماهنشان - انگوران")
            if len(ends) == 2 and (
                any(known for *_, known in ends) or all(self.tables.zipf(c.key) < 3.0 for _x, c, *_ in ends)
            ):
                for x, c, canonical, _known in ends:
                    add(x, x + 1, c, PLACE, canonical, 0.7)

    def _dateline_outlet(self, ws: list[Word], k: int, taken: list[bool], add: AddName) -> None:
        """After the town of a dateline, one word that is no ordinary word, then a
        comma or the end, is the outlet that filed it ("مزار شریف - پژواک، ۱۰ قوس")."""
        text = self._text_of[id(ws)]
        c = ws[k].cuts[0]
        closed = k + 1 == len(ws) or text[ws[k].end : ws[k + 1].start].strip() in ("،", ",")
        if closed and not taken[k] and self._uncommon_word(ws, k, c) and self._place_at(ws, k) is None:
            add(k, k + 1, c, ORG, _transliterate(c.text, self.lang), 0.7)

    def _short_dateline(self, ws: list[Word], taken: list[bool], add: AddName) -> None:
        """A dateline paragraph of a few words, a dash or slash between the town
        and who filed the report ("الموصل / شفق نيوز", "گرگان - ایسنا، ۲۸ آبان",
        "عبد الرحيم أوحمو - ميدلت"): a side of one or two words that is a gazetteer
        place, or no ordinary word when the other side names someone, is the town."""
        text = self._text_of[id(ws)]
        if not 2 <= len(ws) <= 8:
            return
        cuts = [
            k for k in range(1, len(ws)) if text[ws[k - 1].end : ws[k].start].strip() in ("-", "/", "–", "—")
        ]
        if len(cuts) != 1:
            return
        sides = ((0, cuts[0]), (cuts[0], len(ws)))
        # someone named on a side before this rule ran (a person, an outlet)
        named = [any(taken[a:b]) for a, b in sides]
        for n, (a, b) in enumerate(sides):
            b = next((x for x in range(a + 1, b) if not self._tight(ws, x - 1, 2)), b)  # up to a comma
            if not 1 <= b - a <= 2 or any(taken[a:b]):
                continue
            if any(
                self._is_stop(w.cuts[0]) or word_script(w.text) != "ar" or find_dates(w.text, self.lang)
                for w in ws[a:b]
            ):
                continue
            pl = self._place_at(ws, a, any_cut=False)
            if pl and pl[0] == b - a:
                add(a, b, pl[1], PLACE, pl[2], 0.8)
                if n == 0:
                    self._dateline_outlet(ws, sides[1][0], taken, add)
                return  # one town per dateline
            if named[1 - n] and not any(self.common(w.text) for w in ws[a:b]):
                add(
                    a,
                    b,
                    ws[a].cuts[0],
                    PLACE,
                    _transliterate(text[ws[a].start : ws[b - 1].end], self.lang),
                    0.7,
                )
                return

    def _accusative_adverb(self, cut: Cut, shortest: int = 5) -> bool:
        """An Arabic indefinite accusative in -ا on an ordinary word ("ميدانيا",
        "مستشفى ميدانيا", a field hospital; "مؤقتا"): an adjective or adverb, no name.
        (Four letters where no other reading competes: "سنتين حبسا", two years in prison.)"""
        return (
            self.lang == "ar"
            and cut.key.endswith("ا")
            and len(cut.key) >= shortest
            and self.name_score(cut) < _NAME_MIN
            and self.tables.zipf(cut.key[:-1]) >= WORD_ZIPF
        )

    def _ar_described(self, cut: Cut) -> bool:
        """An Arabic definite noun that says what someone is ("الشاهدة", the
        witness): the article on a word of the language (or on its masculine),
        that no table ranks as a name or knows as a place."""
        k = cut.key
        if self.lang != "ar" or not k.startswith("ال") or len(k) < 5:
            return False
        stem = k[2:]
        return (
            (self.tables.zipf(stem) >= 3.0 or stem.endswith("ه") and self.tables.zipf(stem[:-1]) >= 3.5)
            and self._no_name_nor_place(cut)
            and self.tables.place((stem,)) is None
        )

    def _ar_agent_noun(self, cut: Cut) -> bool:
        """An Arabic definite feminine agent noun whose masculine is a word ("الناقلة", the
        carrier; "الراعية", the sponsor): a word for a company, no name nor place."""
        k = cut.key
        stem = k[2:]
        return (
            self.lang == "ar"
            and k.startswith("ال")
            and len(stem) == 5
            and stem[1] == "ا"
            and stem.endswith("ه")
            and not stem.endswith("يه")  # a nisba adjective: "المالية" (financial)
            and self.tables.zipf(stem[:-1]) >= 3.0
            and self._no_name_nor_place(cut)
            and self.tables.place((stem,)) is None
        )

    def _ar_feminine_adjective(self, cut: Cut) -> bool:
        """An indefinite Arabic feminine adjective whose masculine is a word ("منتجة",
        producing: "شركة منتجة للنفط"), no name and no place: it describes the company."""
        k = cut.key
        return (
            self.lang == "ar"
            and len(k) >= 4
            and k.endswith("ه")
            and not k.startswith("ال")
            and self.tables.zipf(k[:-1]) >= 3.5
            and self._no_name_nor_place(cut)
        )

    def _ar_verb(self, cut: Cut) -> bool:
        """An Arabic verb that wordfreq lists in no form of its own: the future
        ("ستدرس", "سيعلن": س and an imperfect that is a word, more frequent than
        the whole), or a perfect of the است- stem with the feminine ت ("استطلعت",
        she polled). No word a table ranks as a name or knows as a place."""
        k = cut.key
        future = (
            len(k) >= 4
            and k[0] == "س"
            and k[1] in "يتن"
            or len(k) >= 5
            and k.startswith("سا")  # (not "سانا", the agency: "سأعمل", I will work)
        )
        if future:
            rest = self.tables.zipf(k[1:])
            if rest < 3.5 or self.tables.zipf(k) >= rest:
                return False  # "سيدي", "سنة", "سيارة"
        elif not (len(k) >= 6 and k.startswith("است") and k.endswith("ت")):
            return False
        return self._no_name_nor_place(cut)

    def _arabic_imperfect(self, cut: Cut) -> bool:
        """An Arabic imperfect verb ("يجري", "تشهد"): a frequent word in ي- or ت-
        that no table ranks as a name or a place ("يوسف", "ينبع" are)."""
        return (
            self.lang == "ar"
            and cut.key[:1] in ("ي", "ت")
            and len(cut.key) >= 3
            and self.common(cut.text)
            and self._no_name_nor_place(cut)
        )

    def _directorate_end(self, ws: list[Word], k: int, j: int) -> int:
        """Persian (Afghan): end of a directorate's name whose remit words run from
        word k to the province that closes it, through "و", "از" and the commas of a
        list ("ریاست زراعت، آبیاری و مالداری هرات", "ریاست حفاظت از محیط زیست بامیان");
        0 without a province within seven words."""
        text = self._text_of[id(ws)]
        for x in range(k, min(k + 7, len(ws))):
            if x > k and text[ws[x - 1].end : ws[x].start].strip() not in ("", "،", ","):
                return 0
            c = ws[x].cuts[0]
            pl = self._place_at(ws, x, any_cut=False)
            if pl and x > k:
                return x + pl[0]
            if c.key in _FA_REMIT_JOINS and x > k:
                continue
            if self._is_stop(c) or self._verb(c) or word_script(c.text) != "ar" or self._stop_here(ws, x):
                return 0
        return 0

    def _estate(self, ws: list[Word], i: int, add: AddName) -> None:
        """An Egyptian or Maghrebi village named by its kind and, often, after
        a person ("عزبة الشيخ فضل", "كفر عبد الله", "منشية الحاج صالح", "نجع
        حمادي"): the kind word is part of the name and the whole is a PLACE,
        so its last word is no one's name."""
        head = next(
            (
                c
                for c in ws[i].cuts
                if c.key in _AR_ESTATE_HEADS and set(ws[i].text[: c.start - ws[i].start]) <= set("وبلف")
            ),
            None,
        )
        if head is None:
            return
        pl = self._place_at(ws, i)
        if pl is not None and pl[0] > 1:
            return  # the gazetteer's own ("كفر الشيخ أحمد طنطاوي": Kafr El Sheikh, then the man)
        j = self._estate_name(ws, i + 1)
        if j > i + 1:
            text = self._text_of[id(ws)]
            add(i, j, head, PLACE, _transliterate(text[head.start : ws[j - 1].end], self.lang), 0.75)

    def _estate_name(self, ws: list[Word], k: int) -> int:
        """Arabic: end of a place's name at word k that may be a person's name
        with its title or particle ("الشيخ فضل", "أبو سليمان", "عبد الله"), or k."""
        j = k
        while j < len(ws) and j - k < 4 and self._tight(ws, j - 1, 2):
            c = ws[j].cuts[0]
            named = j > k and ws[j - 1].cuts[0].key in _AR_ESTATE_TITLES | self.lists.particles
            if (
                self._is_stop(c)
                and not (named and ws[j].text == "علي")  # "الشيخ علي": Ali, not "على" (on)
                or self._verb(c)
                or word_script(c.text) != "ar"
                or find_dates(ws[j].text, self.lang)
                or j > k
                and (
                    len(ws[j].cuts) > 1
                    and ws[j].text.startswith("و")  # "عزبة أبو سليمان ومنشية": and the next village
                    or self._stop_here(ws, j)
                    and self._match(ws, j, self.lists.titles) is None
                    # after a tribe's prefix a word that is not frequent is the name, not a
                    # clitic and a word: "أولاد برحيل" (not ب + رحيل, with departure)
                    and not (ws[j - 1].cuts[0].key in _AR_TRIBAL_PREFIXES and self.tables.zipf(c.key) < 4.0)
                )
            ):
                break
            if (c.key in _AR_ESTATE_TITLES or c.key in self.lists.particles) and j + 1 < len(ws):
                j += 1  # "الشيخ", "الحاج", "أبو", "عبد": the name word follows
                continue
            if j > k and not named:
                # after a name word only a ranked name word: "كفر محمد علي", not "نجع حمادي التابعة"
                if self.name_score(c) < 0.6 or self.common(ws[j].text):
                    break
            j += 1
        while j > k and (
            ws[j - 1].cuts[0].key in _AR_ESTATE_TITLES or ws[j - 1].cuts[0].key in self.lists.particles
        ):
            j -= 1  # a title with no name after it names nothing
        return j

    def _role_after_comma(self, ws: list[Word], i: int) -> int:
        """A name of one word, or a given name and a surname, opens a sentence
        and a comma and a trade or kind of person follow it (Persian with its
        ezafe or indefinite -ی: "دانشجوی", "پیرمردی"): the name's length, or 0."""
        text = self._text_of[id(ws)]
        if i > 0 and not _SENTENCE_END.search(text, ws[i - 1].end, ws[i].start):
            return 0
        if (
            i + 2 < len(ws)
            and self._tight(ws, i, 2)
            and len(ws[i + 1].cuts) == 1
            and self._given(ws[i].cuts[0]) >= 0.5
            and self.tables.surname(ws[i + 1].cuts[0].key) >= 0.5
            and self._trade_after_comma(ws, i + 1)
        ):
            return 2  # "حسن کاظمی، فعال گردشگری"
        return int(self._trade_after_comma(ws, i))

    def _trade_after_comma(self, ws: list[Word], i: int) -> bool:
        """Word i, an Arabic-script word that reads one way only (no clitic cut)
        and is no function word, verb or place, is followed by a comma and a
        trade or kind of person ("کارگر"; Persian with its ezafe or indefinite
        -ی: "دانشجوی")."""
        text = self._text_of[id(ws)]
        if text[ws[i].end : ws[i + 1].start].strip() not in (",", "،") or len(ws[i].cuts) > 1:
            return False
        c = ws[i].cuts[0]
        if (
            self._is_stop(c)
            or self._verb(c)
            or word_script(c.text) != "ar"
            or self._place_at(ws, i) is not None
        ):
            return False
        role = ws[i + 1].cuts[0]
        stems = [role.key] + ([role.key[:-1]] if self.lang == "fa" and role.key.endswith("ي") else [])
        return any((k,) in self.lists.roles for k in stems)

    def _suffixed_place(self, ws: list[Word], i: int, add: AddName) -> None:
        """A Persian town or river named by its kind joined with a half-space
        ("نصرت‌آباد", "زرینه‌رود"): a word no dictionary lists, not a verb
        ("می‌رود", goes)."""
        w = ws[i]
        parts = w.text.split(_ZWNJ)
        if (
            len(parts) != 2
            or key(parts[1]) not in _FA_PLACE_SUFFIXES
            or len(parts[0]) < 2
            or key(parts[0]) in _FA_VERB_PREFIXES
            or self.common(w.text)
            or word_script(w.text) != "ar"
            or self._place_at(ws, i) is not None  # the gazetteer's own: "اسلام‌آباد غرب"
        ):
            return
        add(i, i + 1, w.cuts[0], PLACE, _transliterate(w.text, self.lang), 0.7)

    def _genitive_intro(self, ws: list[Word], i: int, cut: Cut) -> bool:
        """Hebrew "the city" after a noun in construct ("ראש העיר", the mayor;
        "מועצת העיר", the city council): the city is a genitive, and the
        words after it are a person or a verb, not its name."""
        if self.lang != "he" or i == 0 or cut is not ws[i].cuts[0] or not self._tight(ws, i - 1, 2):
            return False
        prev = ws[i - 1].cuts[0].key
        return prev in _CONSTRUCT_TITLES or prev.endswith("ת") and self.common(ws[i - 1].text)

    def _place_after_cue(
        self, ws: list[Word], k: int, definite: bool = False, neighbourhood: bool = False
    ) -> int:
        """End of the name after a settlement word ("בכפר עין מאהל",
        "قرية عرجان"), or k: a gazetteer place, else one to three words of
        which at least one is no ordinary word (the first may be one:
        "עין" in "עין איילה"); "בעיר הגדולה", "منطقة الجزاء" name nothing."""
        if k >= len(ws) or not self._tight(ws, k - 1, 2):
            return k
        if self.lang == "ar" and (
            ws[k].cuts[0].key in _AR_ESTATE_TITLES or ws[k].cuts[0].key in self.lists.particles
        ):
            j = self._estate_name(ws, k)
            if j > k + 1:
                return j  # "قرية الشيخ علي", "قرية أبو غوش": a village named after someone
        if (
            self.lang == "ar"
            and ws[k].cuts[0].key in _AR_ESTATE_HEADS
            and not self._place_at(ws, k, any_cut=False)
        ):
            j = self._estate_name(ws, k + 1)
            if j > k + 1:
                return j  # "بقرية نجع الشيخ حسن": the village's own name, kind word and all
        pl = self._place_at(ws, k, any_cut=False)
        if pl and not (pl[0] == 1 and self.common(pl[1].text) and not self._proper(pl[1])):
            j = k + pl[0]
            while (
                j < len(ws)
                and j - k < 3
                and self._tight(ws, j - 1, 2)
                and self._proper(ws[j].cuts[0])
                and not self._stop_here(ws, j)
                and not self._is_stop(ws[j].cuts[0])
                and not (self.lang == "he" and ws[j].cuts[0].key.startswith("ה"))  # "חיפה התלוננו"
            ):
                j += 1
            return j
        if neighbourhood:
            # "שכונת" is in construct: a definite word after it is a noun, the neighbourhood's
            # name ("שכונת הקוממיות"), as is a settlement word with its own ("שכונת רמת הנשיא")
            c = ws[k].cuts[0]
            if self._definite_name(c, construct=True):
                return k + 1
            if (
                c.key in _HE_SETTLEMENT_HEADS
                and k + 1 < len(ws)
                and self._tight(ws, k, 2)
                and (
                    self._definite(ws[k + 1].cuts[0])
                    and len(ws[k + 1].cuts[0].key) > 3
                    # a head in construct with a bare word is a name too: "שכונת גבעת שרת", "כפר גנים"
                    or word_script(ws[k + 1].text) == "he"
                    and len(ws[k + 1].cuts) == 1
                    and len(ws[k + 1].cuts[0].key) >= 2
                )
                and not self._is_stop(ws[k + 1].cuts[0])
                and not self._verb(ws[k + 1].cuts[0])
            ):
                return k + 2
            if (
                max(self.tables.given(c.key), self.tables.surname(c.key)) >= 0.6
                and c is ws[k].cuts[0]
                and len(ws[k].cuts) == 1
                and not self._is_stop(c)
                and not self._verb(c)
            ):
                return k + 1  # named after someone: "בשכונת קפלן", "שכונת גילה"
        if definite:
            return k  # "העיר קלטה" (the city took in): a definite subject, then a verb
        j = k
        while j < len(ws) and j - k < 3 and (j == k or self._tight(ws, j - 1, 2)):
            c = ws[j].cuts[0]
            if (
                self._is_stop(c)
                or not word_script(c.text)
                or re.match(r"\d", c.text)
                or self._verb(c)
                or j > k
                and self.lang == "ar"
                and ws[j].text.startswith("و")
                and any(x.start == ws[j].start + 1 for x in ws[j].cuts[1:])  # "مدينة زايد وغياثي": and
                or j > k
                and self._stop_here(ws, j)
                or j > k
                and c.key in _LIGHT_VERBS.get(self.lang, ())
                or self.lang == "ar"
                and self._nisba(c)
                and j > k
                or self._arabic_imperfect(c)
                or self._ar_possessed(c)  # "دواوير بكاملها" (whole villages)
                or j > k
                and self._ar_perfect_she(c)  # "منطقة الجزاء سكنت": the penalty area, then a verb
            ):
                break
            if j > k and not (self._proper(c) or self.name_score(c) >= 0.5 or c.key in _PLACE_SUFFIXES):
                break
            j += 1
        if (
            j > k
            and j < len(ws)
            and ws[j].cuts[0].key in _LIGHT_VERBS.get(self.lang, ())
            and self._tight(ws, j - 1, 2)
            and self.common(ws[j - 1].text)
            and self.tables.place((ws[j - 1].cuts[0].key,)) is None
        ):
            j -= 1  # "ولایت دستور داد" (the province ordered): the noun of a compound verb
        named = [
            x for x in range(k, j) if self._proper(ws[x].cuts[0]) or self.name_score(ws[x].cuts[0]) >= 0.5
        ]
        unnamed = (
            not named
            or j - k == 1
            and not self._proper(ws[k].cuts[0])
            or ws[k].cuts[0].key in _PLACE_SUFFIXES
            and (j - k == 1 or ws[k].cuts[0].key != _UR_FORT)  # "گاؤں کوٹ لدھا": Kot opens village names
        )
        if unnamed and self._district_named(ws, k):
            return k + 1  # "ولسوالی جرم در ولایت بدخشان": Jurm, though "جرم" is crime
        if unnamed and self._construct_settlement(ws, k):
            j = k + 1  # "بحي الصباح", "في حي المدينة الجديدة": a neighbourhood named by ordinary words
            if (
                j < len(ws)
                and self._tight(ws, k, 2)
                and len(ws[j].cuts) == 1
                and ws[j].cuts[0].key.startswith("ال")
                and ws[j].cuts[0].key.endswith(("ه", "ي"))
                and not self._is_stop(ws[j].cuts[0])
            ):
                j += 1  # and its adjective
            return j
        return k if unnamed else j

    def _district_named(self, ws: list[Word], k: int) -> bool:
        """Persian (Afghan): the word right after "ولسوالی" (district) names the
        district even when it is an ordinary word ("ولسوالی جرم", "ولسوالی نرخ"),
        when a preposition, punctuation or the province follows it; not an
        adjective in -i ("ولسوالی مرکزی") nor a word of the sentence ("مربوط")."""
        if self.lang != "fa" or k == 0 or ws[k - 1].cuts[0].key not in _FA_DISTRICTS:
            return False
        c = ws[k].cuts[0]
        return (
            len(ws[k].cuts) == 1
            and len(c.key) >= 3
            and word_script(c.text) == "ar"
            and not self._is_stop(c)
            and not self._verb(c)
            and not self._derived(c)
            and not self._inflected(c)
            and not c.key.endswith("ي")
            and c.key not in _FA_DISTRICT_WORDS
            and (self._closes_clause(ws, k) or self._match(ws, k + 1, self.lists.place_intros) is not None)
        )

    def _construct_settlement(self, ws: list[Word], k: int) -> bool:
        """Arabic: an indefinite settlement word after a preposition, in
        construct with a definite word ("بحي الصباح", "في قرية الشهداء"): the
        definite word names the place even when it is an ordinary word."""
        if self.lang != "ar" or k < 1 or k >= len(ws) or not self._tight(ws, k - 1, 2):
            return False
        intro = ws[k - 1]
        head = next((c for c in intro.cuts if c.key in _AR_CONSTRUCT_SETTLEMENTS), None)
        if head is None or self._place_at(ws, k - 1) is not None:
            return False  # (the gazetteer's own: "مدينة الصدر")
        after_preposition = head.start > intro.start and intro.text[: head.start - intro.start].endswith("ب")
        if not after_preposition and k >= 2:
            after_preposition = ws[k - 2].cuts[0].key in _AR_SETTLEMENT_PREPOSITIONS and self._tight(
                ws, k - 2, 2
            )
        c = ws[k].cuts[0]
        return (
            after_preposition
            and len(ws[k].cuts) == 1
            and c.key.startswith("ال")
            and len(c.key) >= 4
            and not self._is_stop(c)
            and word_script(c.text) == "ar"
            and not find_dates(c.text, "ar")
        )

    def _verb(self, cut: Cut) -> bool:
        """A Persian/Urdu verb form that no dictionary lists (می‌رسند, نمی‌شود),
        a Persian subjunctive or negative on a known verb ("بدهد", "نکند"), or
        a Hebrew future-tense verb ("ייפגש", he will meet)."""
        if self.lang == "he":
            return self._hebrew_future(cut)
        if (
            self.lang == "fa"
            and len(cut.key) >= 4
            and cut.key[0] in "بن"
            and cut.key.endswith(("د", "ند", "م", "يم", "يد"))
            and (
                self.name_score(cut) < _NAME_MIN
                # the negative of a most frequent verb, though weakly ranked as a name
                # ("ندارد", has not: دارد 6.2; "نباشد", "نمی‌شود" are no names either)
                or cut.key[0] == "ن"
                and self.name_score(cut) < 0.5
                and self.tables.zipf(cut.key[1:]) >= 5.5
            )
            and _ZWNJ not in cut.key
            and self.tables.zipf(cut.key[1:]) >= 4.0
            and self.tables.place((cut.key,)) is None
        ):
            return True
        if (
            self.lang == "fa"
            and len(cut.key) >= 5
            and cut.key.endswith("ند")
            and cut.key[-3] in "دت"  # a past stem ends so: "ماندند" (they stayed), "گفتند"; not "خواهند"
            and _ZWNJ not in cut.key
            and self.tables.zipf(cut.key[:-2]) >= 4.0
            and self._no_name_nor_place(cut)
        ):
            return True
        return (
            self.lang in ("fa", "ur")
            and re.match(r"(?:ن?می|ب)\u200c", cut.text) is not None
            or self.lang == "fa"
            and cut.text.startswith(("می\u200c", "نمی\u200c"))
            # a perfect tense: a participle in -ه and a half-spaced person ending ("باخته‌اند", "رفته‌ایم")
            or self.lang == "fa"
            and re.search(r"..ه\u200c(?:اند|ام|ایم|اید|است)$", cut.text) is not None
        )

    def _hebrew_future(self, cut: Cut) -> bool:
        """A word in י- (or ת-, she/you will) that no name table knows and whose
        other persons or past tense are known words: "ייפגש" (נפגש, תיפגש),
        "ינסה" (תנסה), "תפצה" (יפצה)."""
        k = cut.key
        if len(k) < 4 or k[0] not in "ית" or self.name_score(cut) >= _NAME_MIN or self.tables.zipf(k) >= 4.0:
            return False
        stem = k[2:] if k[1] == "י" else k[1:]  # "ייפגש": the doubled yod of full spelling
        forms = {p + stem for p in "יתנא"} | {"תי" + stem, stem + "ו" if k[1] != "י" else "יי" + stem + "ו"}
        return any(self.tables.zipf(f) >= 3.0 for f in forms if f != k)

    def _hebrew_past(self, cut: Cut) -> bool:
        """A Hebrew word in ה- that is a past tense, not the article on a noun: its
        feminine and plural (the word + ה, + ו) are words too ("האשים": האשימה,
        האשימו; "הסביר"), which no definite noun has ("הקור", "הכביש", "הצעיר")."""
        k = cut.key
        return (
            self.lang == "he"
            and len(k) >= 4
            and k[0] == "ה"
            and min(self.tables.zipf(k + "ה"), self.tables.zipf(k + "ו")) >= 3.0
        )

    def _hebrew_past_person(self, cut: Cut) -> bool:
        """A Hebrew past tense of "she" (a team: "מכבי גברה"), no name, whose
        other persons are words too: "גברה" (גבר, גברו), "ניצחה" (ניצח, ניצחו),
        "זכתה" (זכה, זכו); a surname has no such forms, and one that has them
        is a name first ("מלכה")."""
        k = cut.key
        if len(k) < 4 or not k.endswith("ה") or self.name_score(cut) >= 0.5:
            return False
        # "זכתה", "עלתה": a verb in -ה; else the stem and its plural ("גבר", "גברו")
        others = (k[:-2] + "ה", k[:-2] + "ו") if k.endswith("תה") else (k[:-1], k[:-1] + "ו")
        return min(self.tables.zipf(f) for f in others) >= 3.0

    def _hebrew_suffixed(self, cut: Cut) -> bool:
        """A Hebrew word that no table ranks in the shape of a verb or an
        abstract noun: the past tense of "they" of the נ- and הת- stems
        ("נסחרו", were traded; "התפטרו", resigned), or a noun in -יות
        ("תנודתיות", volatility). wordfreq knows few of their forms, so they
        look like a foreign name spelt out; a foreign name in -ו is no such
        stem ("גוסטבו", "פאולו")."""
        k = cut.key
        if (
            self.lang != "he"
            or len(k) < 5
            or self.name_score(cut) >= _NAME_MIN
            or self.tables.place((k,)) is not None
        ):
            return False
        if len(k) >= 6 and k.endswith(_HE_ABSTRACT):
            return True
        return k.endswith("ו") and (
            len(k) == 5 and k[0] == "נ" or len(k) in (6, 7) and k.startswith(_HE_REFLEXIVE)
        )

    def _hebrew_inflected(self, cut: Cut) -> bool:
        """A Hebrew word that no name table knows and that is "and" + a frequent
        word ("ונפגש", and met) or the plural of a frequent past tense ("תיארו",
        they described): no name after "בית החולים"."""
        k = cut.key
        if len(k) < 4 or self.name_score(cut) >= _NAME_MIN or self.tables.place((k,)) is not None:
            return False
        z = self.tables.zipf(k)
        return (
            k[0] == "ו"
            and self.tables.zipf(k[1:]) >= max(4.0, z + 0.5)
            or k[-1] == "ו"
            and self.tables.zipf(k[:-1]) >= max(4.0, z + 0.3)
        )

    def _proper(self, cut: Cut) -> bool:
        """A proper name rather than an ordinary word (nor a Hebrew definite
        noun: "חברת הווידיאו", the video company, nor a Persian/Urdu compound
        of ordinary words: "نیمه‌خشک", half-dry)."""
        if (
            _ZWNJ in cut.text
            and self.lang in ("fa", "ur")
            and self.common(cut.text.split(_ZWNJ)[0])
            and all(self.common(part) for part in cut.text.split(_ZWNJ)[1:])
            and self.tables.place((cut.key,)) is None
        ):
            return False
        if self.lang == "he" and cut.key.startswith("ה") and self.tables.zipf(cut.key[1:]) >= 3.0:
            return False
        if (
            self.lang == "fa"
            and cut.text.startswith(("پر", "بی"))
            and len(cut.text) >= 5
            and self.common(cut.text[2:])
            and self._no_name_nor_place(cut)
        ):
            return False  # an adjective of "full of"/"without" and a noun: "پررونق" (bustling), "بیکار"
        return (
            word_script(cut.text) == "latn"
            or not self.common(cut.text)
            or self.strong(cut)
            or self.tables.place((cut.key,)) is not None
        )

    def _unknown(self, ws: list[Word], k: int) -> bool:
        """A word wordfreq does not know and no clitic reading explains."""
        cut = ws[k].cuts[0]
        return (
            len(cut.key) >= 2
            and word_script(cut.text) == self.lang
            and not self._is_stop(cut)
            and self.tables.zipf(cut.key) < 3.0
            and not self._stop_here(ws, k)
            and not any(self.tables.zipf(c.key) >= 3.0 for c in ws[k].cuts[1:])
        )

    def _foreign(self, ws: list[Word], i: int, taken: list[bool], add: AddName) -> None:
        """ "סנדרו טונאלי", "ستيف ويتكوف": two or three adjacent words that no
        dictionary knows are most often a foreign name spelt out."""
        j = i
        while (
            j < len(ws)
            and j - i < 3
            and not taken[j]
            and self._unknown(ws, j)
            and (j == i or self._tight(ws, j - 1, 2))
            and not (
                self.lang == "ar"
                and (self._arabic_inflected(ws[j].cuts[0]) or self._accusative_adverb(ws[j].cuts[0], 4))
            )
            and not self._hebrew_suffixed(ws[j].cuts[0])
        ):
            j += 1
        if j - i < 2:
            return
        self._person(ws, i, j, add, 0.55)

    def _match_sides(self, ws: list[Word], i: int, taken: list[bool], add: AddName) -> None:
        """A result and its two sides ("فوز بيراميدز على إنبي", "تعادل X مع Y"):
        a side that no dictionary knows is a club."""
        if not any(c.key in _AR_RESULTS for c in ws[i].cuts) or i + 3 >= len(ws) or not self._tight(ws, i, 4):
            return
        if ws[i + 2].cuts[0].key not in _AR_SIDES:
            return
        for k in (i + 1, i + 3):
            if not taken[k] and self._unknown(ws, k) and not self._arabic_inflected(ws[k].cuts[0]):
                add(k, k + 1, ws[k].cuts[0], ORG, _transliterate(ws[k].text, self.lang), 0.7)

    def _cited_agency(self, ws: list[Word], i: int, taken: list[bool], add: AddName) -> None:
        """Arabic: a word no dictionary knows right after "according to" or a verb of
        reporting or polling ("وفق بلومبرغ", "استطلعت بلومبرغ", "نقلت فرانس برس"):
        the agency or paper, no person (one word, or two: "فايننشال تايمز")."""
        if i == 0 or taken[i] or not self._tight(ws, i - 1, 2):
            return
        if not any(c.key in _AR_CITING for c in ws[i - 1].cuts):
            return
        j = i
        while j < len(ws) and j - i < 2 and not taken[j] and (j == i or self._tight(ws, j - 1, 2)):
            c = ws[j].cuts[0]
            if (
                not self._unknown(ws, j)
                or self._arabic_inflected(c)
                or self.name_score(c) >= _NAME_MIN
                or self.tables.place((c.key,)) is not None
            ):
                break
            j += 1
        if j > i:
            text = self._text_of[id(ws)]
            add(i, j, ws[i].cuts[0], ORG, self._canonical_org(text[ws[i].start : ws[j - 1].end]), 0.7)

    def _told_outlet(self, ws: list[Word], i: int, taken: list[bool], add: AddName) -> None:
        """What someone said "to" (لـ, written apart with a tatweel) a definite
        name is an outlet: "وقالت الرشيدي لـالقبس" (told Al-Qabas); not "الهدف
        الرابع لـنور الدين", where no verb of saying comes before."""
        w = ws[i]
        if taken[i] or not w.text.startswith("لـ") or len(w.cuts) < 2:
            return
        cut = w.cuts[-1]
        if (
            not cut.key.startswith("ال")
            or len(cut.key) < 4
            or self.common(cut.text)  # "لـالصحفيين" (told the journalists)
            or self.tables.place((cut.key,)) is not None
        ):
            return
        if any(self._match(ws, k, self.lists.quotes) for k in range(max(0, i - 3), i)):
            add(i, i + 1, cut, ORG, self._canonical_org(cut.text), 0.7)

    def _arabic_and_word(self, cut: Cut) -> bool:
        """An Arabic word that is "و" (and) on a definite noun, a known word or a
        place, and that no table ranks as a name as a whole ("وليد", "وفاء" are
        names; "والقبة", "وجرف" are "and ...")."""
        k = cut.key
        if not k.startswith("و") or self.name_score(cut) >= _NAME_MIN:
            return False
        rest = k[1:]
        return (
            rest.startswith("ال")
            and len(rest) >= 5
            or len(rest) >= 3
            and (self.tables.zipf(rest) >= 3.0 or self.tables.place((rest,)) is not None)
        )

    def _arabic_inflected(self, cut: Cut) -> bool:
        """An Arabic word whose shape is that of an inflected native word, not
        of a foreign name spelt out: the article, a pronoun or plural ending,
        a nisba ending, a short stem ("ويستعرضونها", "الاستثمارات")."""
        k = cut.key
        return (
            len(k) < 4
            or k.startswith(("ال", "وال", "بال", "لل"))
            or k.endswith(_AR_INFLECTIONS)
            # a feminine dual ("لائحتان", two lists; not "-ستان", the lands: "كردستان")
            or len(k) >= 6
            and k.endswith("تان")
            and not k.endswith("ستان")
            # "and" and a feminine perfect verb of the t- stems ("وتنافست", and competed)
            or len(k) >= 6
            and k.startswith("وت")
            and k.endswith("ت")
        )

    def _imperfect_word(self, cut: Cut) -> bool:
        """An Arabic imperfect verb of the third person that is a word of the
        language, frequent or not ("يرأسها", he heads it; "يضم"): in ي-, or in
        ت- with an object pronoun, no name, no place (_arabic_imperfect asks
        for a frequent word)."""
        k = cut.key
        return (
            self.lang == "ar"
            and len(k) >= 3
            and (k[0] == "ي" or k[0] == "ت" and k.endswith(("ها", "هم")) and len(k) >= 5)
            and self.tables.zipf(k) >= 2.5
            and self.name_score(cut) < 0.5
            and self.tables.place((k,)) is None
        )

    def _org_tail(self, ws: list[Word], k: int) -> int:
        """End of the name after an organisation word: the next word, then
        rare words, names, places, Arabic definite words and "and" joins."""
        if k >= len(ws) or not self._tight(ws, k - 1, 2):
            return k
        c = ws[k].cuts[0]
        if (
            self._is_stop(c)
            or not word_script(c.text)
            or re.match(r"\d", c.text)
            or self._verb_after_cue(ws, k)
            or self._verb(c)
            or self.lang == "he"
            and self._hebrew_inflected(c)
            or c.key in _ORDINALS  # "المركز الحادي عشر" (eleventh place)
            or c.key in _FA_NEW  # "بیمارستان تازه" (the new hospital): an adjective, no name
            or self._imperfect_word(c)  # "لجنة يرأسها سالم": the committee, then what it does
            # Urdu "پارٹی چیئرمین بلاول": a role, then a person (Arabic and Persian
            # name institutions after titled people: "جامعة الملك سعود", "بیمارستان امام خمینی")
            or self.lang == "ur"
            and self._match(ws, k, self.lists.titles, any_cut=False) is not None
            or self._accusative_adverb(c)
            # an oblique plural: "عدالت شہریوں کے حقوق" (the court, the citizens' rights)
            or self.lang == "ur"
            and self._inflected(c)
        ):
            return k
        if (
            self.lang == "ar"
            and any(h.key.startswith("ال") for h in ws[k - 1].cuts)
            and not c.key.startswith(("ال", "لل"))
            and word_script(c.text) == "ar"
        ):
            return k  # a definite head names nothing indefinite: "الهيئة رجحت" (the authority suggested)
        if (
            self.lang == "ar"
            and any(h.key.startswith("ال") for h in ws[k - 1].cuts)
            and c.key.startswith("ال")
            and not c.key.startswith("الم")  # (a participle agrees: "المتحدة", "المختصة")
            and self.common(c.text)
            and not self._agreeing(c)
            and self.name_score(c) < 0.5
            and self._place_at(ws, k, any_cut=False) is None
        ):
            return k  # nor an ordinary definite noun: "يرفع البنك الفائدة" (the bank raises the rate)
        j = k + 1
        pl = self._place_at(ws, k, any_cut=False)
        if pl:
            j = k + pl[0]
        while j < len(ws) and j - k < _MAX_ORG_TAIL and self._tight(ws, j - 1, 2):
            c = ws[j].cuts[0]
            if (
                self.lang in ("fa", "ur")
                and c.key in _AND
                and j + 1 < len(ws)
                and self._tight(ws, j, 2)
                and word_script(ws[j + 1].text) == "ar"
                and not self._is_stop(ws[j + 1].cuts[0])
                and not self._stop_here(ws, j + 1)
            ):
                j += 2  # "شرکت آب و فاضلاب": two ordinary words joined
                continue
            if self.lang == "ar" and c.key.startswith("لل") and ws[j - 1].cuts[0].key.startswith("ال"):
                j += 1  # "الهيئة الوطنية للانتخابات": "for the elections" ends the name
                break
            if self._opens_date(ws, j):
                break  # "کارگران شرکت آذرآب صبح سه‌شنبه": the day is no part of the name
            if self.lang == "he" and c.key in _HE_COMPANY_KINDS:
                j = self._company_kind_end(ws, j)
                break  # "חברת חזן תשתיות": the kind word ends the owner's company
            if (
                self._is_stop(c)
                or self._verb(c)
                or self._verb_after_cue(ws, j)
                or self._stop_here(ws, j)
                and not self._place_at(ws, j, any_cut=False)
            ):
                break
            pl = self._place_at(ws, j, any_cut=False)
            if pl:
                j += pl[0]
                continue
            if (
                self.lang == "ar"
                and (c.key.startswith("ال") or c.key.startswith("وال"))
                and ws[j - 1].cuts[0].key.startswith("ال")
                and not self.common(c.text)
            ):
                j += 1
                continue
            if (
                self.name_score(c) >= _NAME_MIN
                and not self.common(c.text)
                or word_script(c.text) == "latn"
                or not self.common(c.text)
                and not self.common(ws[j - 1].text)
            ):
                j += 1  # names, and chains of rare words ("جامعة كارنيجي ميلون")
                continue
            if self.lang in ("fa", "ur") and word_script(c.text) == "ar":
                j += 1  # Persian/Urdu names of institutions are ezafe chains of ordinary words
                continue
            if self.name_score(c) >= 0.5 and self._match(ws, j - 1, self.lists.titles):
                j += 1  # "جامعة الملك سعود", "مستشفى الملك فيصل"
                continue
            break
        # a place closing a Persian/Urdu name past the word limit ("شرکت ملی صنایع مس ایران")
        if self.lang in ("fa", "ur") and j - k >= _MAX_ORG_TAIL and j < len(ws) and self._tight(ws, j - 1, 2):
            intro = self._match(ws, j, self.lists.place_intros, any_cut=False)  # "... استان بوشهر"
            at = j + intro[0] if intro and j + intro[0] < len(ws) and self._tight(ws, j, intro[0] + 1) else j
            pl = self._place_at(ws, at, any_cut=False)
            if pl:
                j = at + pl[0]
        return j

    def _share_companies(self, ws: list[Word], taken: list[bool], add: AddName) -> None:
        """Hebrew market reports: the companies listed after "מניות"/"מניית"
        (shares of: "מניות נובה, קמטק ו-וויקס עלו", "מניית מיטב ירדה"), and the
        items of a list before a plural verb of trading ("והראל ופניקס נסחרו")
        in a paragraph about the market, are organisations, never people."""
        text = self._text_of[id(ws)]
        market = any(c.key in _HE_MARKET for w in ws for c in w.cuts)
        for i in range(len(ws)):
            if any(c.key in _HE_SHARES for c in ws[i].cuts) and i + 1 < len(ws) and self._tight(ws, i, 2):
                for k, cut in self._share_items(ws, i + 1, 1):
                    # a name of two words: "חטיפי אלמליח" (a construct noun and the owner's name)
                    end = k + 2 if self._second_name_word(ws, k) else k + 1
                    if not any(taken[k:end]):
                        surface = text[cut.start : ws[end - 1].end]
                        add(k, end, cut, ORG, self._canonical_org(surface), 0.75)
            elif market and any(c.key in _HE_TRADED for c in ws[i].cuts[:1]) and i > 1:
                items = []  # back over the list before the verb: "והראל ופניקס", "נובה, קמטק ו-וויקס"
                a = i - 1
                while a >= 0 and self._tight(ws, a, 2) or a == i - 1:
                    w = ws[a]
                    cut = _after_vav(w)
                    if not self._share_name(cut):
                        break
                    items.append((a, cut))
                    gap = text[ws[a - 1].end : w.start].strip() if a > 0 else "."
                    if a > 1 and gap == "-" and ws[a - 1].text == "ו":
                        a -= 2  # "ו-וויקס"
                    elif a > 0 and (gap == "," or w.text[0] == "ו" and not gap):
                        a -= 1
                    else:
                        break
                # (not people: "משה ושרה עלו", given names all)
                if len(items) >= 2 and not all(self._given(c) >= 0.6 for _, c in items):
                    for k, cut in items:
                        if not taken[k]:
                            add(k, k + 1, cut, ORG, self._canonical_org(cut.text), 0.75)
            elif (
                market
                and ws[i].cuts[0].key in _HE_TRADED_ONE
                and i > 0
                and self._tight(ws, i - 1, 2)
                and _MOVE_BY.match(text, ws[i].end)
                and not taken[i - 1]
            ):
                # one company and its day's move: "ועזריאלי ירדה ב-0.9%" (a company is "she")
                w = ws[i - 1]
                cut = _after_vav(w)
                if self._share_name(cut) and self._given(cut) < 0.6:
                    add(i - 1, i, cut, ORG, self._canonical_org(cut.text), 0.75)

    def _share_items(self, ws: list[Word], k: int, least: int) -> list[tuple[int, Cut]]:
        """The company names of a list from word k, one word each, joined by
        commas and "ו" ("נובה, קמטק ו-וויקס"); none unless `least` are."""
        text = self._text_of[id(ws)]
        items: list[tuple[int, Cut]] = []
        while k < len(ws) and len(items) < 8:
            w = ws[k]
            if w.text == "ו" and items and k + 1 < len(ws) and text[w.end : ws[k + 1].start] == "-":
                k += 1  # "ו-וויקס"
                w = ws[k]
                cut = w.cuts[0]
            elif items and w.text.startswith("ו"):
                cut = _after_vav(w)
            else:
                cut = w.cuts[0]
            if not self._share_name(cut):
                break
            items.append((k, cut))
            if k + 1 >= len(ws):
                break
            gap = text[w.end : ws[k + 1].start].strip()
            if gap not in (",", "") or not gap and not ws[k + 1].text.startswith("ו"):
                break
            k += 1
        return items if len(items) >= least else []

    def _second_name_word(self, ws: list[Word], k: int) -> bool:
        """After a company's first word, a second one right after it (no comma,
        no "ו"): a name word or a rare one with no clitic reading."""
        if k + 1 >= len(ws) or not self._tight(ws, k, 2):
            return False
        c = ws[k + 1].cuts[0]
        if any(self.common(x.text) or self.tables.place((x.key,)) is not None for x in ws[k + 1].cuts[1:]):
            return False  # a clitic and a word: "טבע בניו יורק" (in New York)
        return self._share_name(c) and (self.name_score(c) >= 0.5 or self.tables.zipf(c.key) < 3.0)

    def _share_name(self, cut: Cut) -> bool:
        """Could this word name a listed company: a name word, a rare word or a
        Latin one; not a function word, a verb, a number, a plural of the
        language ("מניות בנקים") or a definite noun ("מניות הבנקים")."""
        script = word_script(cut.text)
        if script not in ("he", "latn") or self._is_stop(cut) or any(ch.isdigit() for ch in cut.text):
            return False
        if script == "latn":
            return True
        if cut.key in _HE_TRADED or cut.key in _HE_TRADED_ONE:
            return False  # "המניות נסחרו" (the shares traded): the verb of the market, no company
        named = self.name_score(cut) >= 0.5 or self.strong(cut) or self.tables.place((cut.key,)) is not None
        if self._verb(cut) or self._hebrew_past(cut) or self._hebrew_plural(cut) and not named:
            return False
        if self._definite(cut) and self.tables.zipf(cut.key[1:]) >= 3.0 and not named:
            return False
        return named or self.tables.zipf(cut.key) < 4.0

    def _company_kind_end(self, ws: list[Word], k: int) -> int:
        """After the Hebrew company-kind words from word k ("תשתיות", "השקעות
        ונדל"ן"): where the company's name ends."""
        while k < len(ws) and self._tight(ws, k - 1, 2):
            if ws[k].cuts[0].key in _HE_COMPANY_KINDS:
                k += 1
            elif ws[k].text.startswith("ו") and any(c.key in _HE_COMPANY_KINDS for c in ws[k].cuts[1:]):
                k += 1  # "השקעות ונדל"ן"
            else:
                break
        return k

    def _owner_company(self, ws: list[Word], i: int, add: AddName) -> None:
        """Hebrew: a company named after its owner, his name and then its kind
        ("חזן תשתיות", "לוי השקעות", "מיטב השקעות"): an organisation, the name
        no lone person (the owner's surname is often a word: "חזן", a cantor)."""
        if i + 1 >= len(ws) or not self._tight(ws, i, 2) or ws[i + 1].cuts[0].key not in _HE_COMPANY_KINDS:
            return
        if i > 0 and self._tight(ws, i - 1, 2) and self._given(ws[i - 1].cuts[0]) >= 0.5:
            return  # "שלמה חזן ביטוח ...": a person's full name, then a word
        cut = next(
            (
                c
                for c in ws[i].cuts
                if not self._is_stop(c)
                and not self._definite(c)
                and word_script(c.text) == "he"
                and (
                    c.key in self.surnames
                    or self.tables.surname(c.key) >= 0.9
                    or self.name_score(c) >= 0.5
                    and self.tables.zipf(c.key) < 4.8
                )
            ),
            None,
        )  # not "קרן השקעות" (an investment fund), "פרויקטי תשתיות" (infrastructure projects)
        if cut is None:
            return
        j = self._company_kind_end(ws, i + 1)
        text = self._text_of[id(ws)]
        add(i, j, cut, ORG, self._canonical_org(text[cut.start : ws[j - 1].end]), 0.75)

    def _opens_date(self, ws: list[Word], k: int) -> bool:
        """Does a date begin at word k, or a part of the day before one
        ("الخميس الماضي", "صبح سه‌شنبه")?"""
        starts = self._date_starts.get(id(ws))
        if starts is None:
            starts = self._date_starts[id(ws)] = {s for s, _, _ in self.dates(self._paragraph_of[id(ws)])}
        if ws[k].cuts[0].key in _DAYPARTS and k + 1 < len(ws) and self._tight(ws, k, 2):
            k += 1
        return ws[k].start in starts

    def _names_something(self, ws: list[Word], i: int, k: int, j: int, head: Cut) -> bool:
        """After a kind word that is as often an ordinary noun ("ארגון",
        "תיאטרון", "بورس"), words k..j-1 name something: the kind word is
        bare (Hebrew "התיאטרון X" is the theatre, then X in apposition) and
        a word of the name is proper or a place, or (Hebrew) the first is a
        definite noun in construct ("ארגון המורים")."""
        if self.lang == "he" and (
            head is not ws[i].cuts[0]
            and ws[i].text.startswith(("ה", "וה"))
            or len(ws[k].cuts) > 1
            and ws[k].text.startswith("ו")
        ):
            return False  # (nor is "and ..." a name: "מוזיאון ומרכז")
        if head.key == _NATIONAL_TEAM:  # named by its country: "נבחרת הנוער" is the youth team
            return self._place_at(ws, k, any_cut=False) is not None
        if self.lang == "he" and self._definite(ws[k].cuts[0]) and len(ws[k].cuts[0].key) >= 4:
            return True
        if (
            self.lang == "he"
            and k + 1 < j
            and ws[k].cuts[0].key.endswith("י")
            and len(ws[k + 1].cuts) == 1
            and self._definite(ws[k + 1].cuts[0])
        ):
            return True  # a plural noun in construct, then a definite one: "איגוד רופאי המשפחה"
        if self.lang == "fa" and j - k >= 2 and ws[k].cuts[0].key == _FA_NATIONAL:
            return True  # "موزه ملی علوم و فناوری": a national institution named by its remit
        return any(
            self._proper(w.cuts[0]) or self._place_at(ws, x, any_cut=False)
            for x, w in enumerate(ws[k:j], start=k)
        )

    def _clitic_on_word(self, ws: list[Word], k: int) -> bool:
        """A word that cannot start a name after its kind word, which joins it
        bare: an Arabic preposition or conjunction on a definite noun
        ("مسجد للاعتكاف", "مسجد وبالرقم"), a Hebrew infinitive ("משרד לקיים";
        infinitives are frequent whole words, "ההתאחדות לכדורגל" is a name)."""
        w = ws[k]
        if self.lang == "ar":
            return (
                _AR_CLITIC_ARTICLE.match(w.text) is not None and self.tables.place((w.cuts[0].key,)) is None
            )
        return (
            self.lang == "he"
            and len(w.cuts) > 1
            and w.text.startswith(("ל", "ול"))
            and self.tables.zipf(w.cuts[0].key) >= 4.5
            and self.tables.place((w.cuts[-1].key,)) is None
        )

    def _verb_after_cue(self, ws: list[Word], k: int) -> bool:
        """A verb where an organisation's name would stand: a Hebrew word
        with a preposition clitic on a known stem ("משרד לקיים", the office
        to carry out: a construct name never starts with ב/ל/מ/כ/ש/ו), a
        Persian/Urdu light verb or copula, or a Persian verbal noun before
        one ("سازمان انجام دهند", "مجلس قرار است")."""
        c = ws[k].cuts[0]
        if self._match(ws, k, self.lists.quotes, any_cut=False):
            return True  # "نماینده زاهدان در مجلس گفت": the parliament's member said
        if self.lang == "he":
            return self._clitic_on_word(ws, k)
        verbs = _LIGHT_VERBS.get(self.lang, set()) | _COPULAS.get(self.lang, set())
        return (
            c.key in verbs
            or k + 1 < len(ws)
            and self._tight(ws, k, 2)
            and ws[k + 1].cuts[0].key in verbs
            and self.common(c.text)
            and not self._proper(c)
        )

    def _letter_acronym(self, ws: list[Word], i: int, add: AddName) -> None:
        """Urdu acronyms spelt out letter by letter ("این ڈی ایم اے", NDMA),
        three letters at least (two are often words: "جی", "بی بی"), not a
        title ("ایس ایچ او"), with the province or city after them
        ("پی ڈی ایم اے پنجاب")."""
        if (
            i > 0
            and ws[i - 1].text in _UR_LETTERS
            and self._tight(ws, i - 1, 2)
            or self._match(ws, i, self.lists.titles)
        ):
            return
        j = i
        while j < len(ws) and ws[j].text in _UR_LETTERS and (j == i or self._tight(ws, j - 1, 2)):
            j += 1
        if j - i < 3:
            return
        letters = "".join(_UR_LETTERS[w.text] for w in ws[i:j])
        if letters in _UR_THING_ACRONYMS:
            return  # "ڈی اے پی کھاد" (DAP fertiliser), "سی سی ٹی وی کیمرے": a thing, not a body
        if j < len(ws) and self._tight(ws, j - 1, 2):
            pl = self._place_at(ws, j, any_cut=False)
            if pl:
                letters += " " + pl[2]
                j += pl[0]
        add(i, j, ws[i].cuts[0], ORG, letters, 0.75)

    def _acronym(self, ws: list[Word], i: int) -> Cut | None:
        """An organisation acronym (צה"ל, בג"ץ, רע"ם; after a clitic: בצה"ל)."""
        if self.lang != "he" or not _ACRONYM.match(ws[i].text.replace("״", '"')):
            return None
        cands = [c for c in ws[i].cuts if _ACRONYM.match(c.text.replace("״", '"'))]
        if any(
            c.text.replace("״", '"') in _COMMON_ACRONYMS
            or c.text.replace("״", '"') in _HE_TOWN_ABBREVIATIONS
            or (c.key,) in self.lists.titles
            for c in cands
        ):
            return None  # an abbreviation, a rank ("נצ"מ", "סנ"צ") or a town ("בת"א": in Tel Aviv)
        if (
            i + 1 < len(ws)
            and self._tight(ws, i, 2)
            and any(c.key in _HE_MONTHS or c.key == _HE_OMER for c in ws[i + 1].cuts)
        ):
            return None  # a day in letters before its month: "בי"ד באייר", "בל"ג בעומר"
        cands = [c for c in cands if len(c.key) >= 4]  # three letters at least (ש"ס is in the alias list)
        if not cands:
            return None
        club = next((c for c in cands if c.text.replace("״", '"') in _HE_CLUB_ENGLISH), None)
        if club is not None:
            return club  # "בית"ר", "ובבית"ר" (not ב + "ית"ר")
        # the cut whose stem appears bare elsewhere in the article, else the
        # longest cut that leaves at least two letters before the mark
        bare = {w.text for ws_ in self.words for w in ws_}
        for c in cands[1:]:
            if c.text in bare:
                return c
        for c in reversed(cands):
            if len(c.text.split('"')[0].split("״")[0]) >= 2:
                return c
        return cands[0]

    def _game_word(self, ws: list[Word], i: int) -> bool:
        """Arabic: word i is a word of the game ("الديربي", "ديربي"): with the article,
        or with another such word in the paragraph ("في ديربي مثير ... بهدف"), not the
        English town ("مصنع الشركة في ديربي")."""
        cues = _short_form_lists("ar").cues.get("club", {})
        if not self._match(ws, i, cues):
            return False
        return ws[i].cuts[-1].key.startswith("ال") or any(
            k != i and self._match(ws, k, cues) for k in range(len(ws))
        )

    def _place_ok(self, ws: list[Word], i: int, pl: Place) -> bool:
        """A one-word place that is also a common word needs context: a
        clitic/preposition before it, or another place or name next to it."""
        n, cut, canonical, kind = pl
        if (
            self.lang == "he"
            and (cut.key, *(w.cuts[0].key for w in ws[i + 1 : i + n])) in _HE_DESCRIBED_PLACES
            and not (i + n < len(ws) and ws[i + n].cuts[0].key == _HE_OF)
        ):  # "העיר העתיקה בעכו" (the old city, in Acre): a description; "העיר העתיקה של עכו" stays
            return False
        if n == 1 and self.lang == "ar" and self._game_word(ws, i):
            return False  # a word of the game is no town: "الديربي" (the derby), not Derby
        if (
            n == 1
            and self.lang == "ar"
            and self.tables.zipf(cut.key) < 4.0
            and (
                i > 0
                and self._tight(ws, i - 1, 2)
                and any(c.key in _AR_PROJECT_WORDS for c in ws[i - 1].cuts)
                or i + 1 < len(ws)
                and self._tight(ws, i, 2)
                and ws[i + 1].cuts[0].key in _AR_COMPANY_KINDS
            )
        ):
            return False  # a project or a company named after a far town: "مشروع ريفيرا", "ريفيرا كابيتال"
        if (
            n == 1
            and kind == "city"
            and self.lang in ("he", "ar")
            and i + 1 < len(ws)
            and not self._text_of[id(ws)][ws[i].end : ws[i + 1].start].strip()
            and self._place_at(ws, i + 1, any_cut=False)
        ):
            return False  # a noun heading the next place ("ديربي الدار البيضاء", the Casablanca derby)
        if (
            n == 1
            and self.lang == "ar"
            and cut is ws[i].cuts[0]
            and any(
                self.common(x.text) and self.tables.zipf(x.key) >= self.tables.zipf(cut.key)
                for x in ws[i].cuts[1:]
            )
        ):
            return False  # "فرأت" is "so she saw" (ف + رأت) before it is the Euphrates
        if (
            n == 1
            and self._match(ws, i, self.lists.place_heads)
            and i + 1 < len(ws)
            and self._tight(ws, i, 2)
            and not self._is_stop(ws[i + 1].cuts[0])
        ):
            return False  # a street's kind word before its name: "בשדרות רוטשילד", not Sderot
        if (
            n == 1
            and self.lang == "ar"
            and kind == "city"
            and not cut.key.startswith("ال")
            and i + 1 < len(ws)
            and self._tight(ws, i, 2)
            and ws[i + 1].cuts[0].key.startswith("ال")
            and not ws[i + 1].cuts[0].key.endswith(("ه", "ي", "ى", "ا"))
            and self.tables.zipf(ws[i + 1].cuts[0].key) >= 4.0
            and self._place_at(ws, i + 1, any_cut=False) is None
            and not self._match(ws, i + 1, self.lists.titles)
            and not find_dates(ws[i + 1].text, self.lang)
        ):  # (a title or a day may follow a town: "والي كسلا اللواء ...", "في بنغازي الخميس")
            return False  # "سوسة النخيل" (the palm weevil): a noun before a definite noun, not Sousse
        if (
            n == 1
            and self.lang in ("fa", "ur")
            and kind == "city"
            and cut.key.endswith("ي")
            and self.tables.zipf(cut.key[:-1]) >= 4.0
            and i > 0
            and self._tight(ws, i - 1, 2)
            and self.common(ws[i - 1].text)
            and not self._is_stop(ws[i - 1].cuts[0])
            and ws[i - 1].cuts[0].key not in _PLACE_PREPOSITIONS.get(self.lang, ())
            and not self._match(ws, i - 1, self.lists.place_intros)
        ):
            return False  # "سامانه بارشی" (a rain system): a word and its adjective suffix, not Barshi
        if (
            n == 1
            and self.lang == "ur"
            and kind == "city"
            and i > 0
            and self.tables.zipf(cut.key) == 0
            and not self.place_context(ws, i, cut)
            and cut.key not in self._placed_keys()
        ):
            # a town Urdu never writes is an English loanword here: "پاور لوم" (not Lomé), "چیسس نمبر"
            # (Persian loses more real towns than loanwords to this: "ترمذ", "شیندند")
            return False
        if (
            n > 1
            or not self.common(cut.text)
            or self.lang == "he"
            and cut.text.replace("״", '"') in _HE_TOWN_ABBREVIATIONS
        ):
            return True  # (a town's abbreviation is no ordinary word: "ת"א")
        if kind == "city" and cut is ws[i].cuts[0] and self._opens_with_subject(ws, i):
            return True  # "יפו פתחה טוב יותר": a town (or its team) that opens a sentence, then its verb
        if (
            self.lang == "he"
            and i + 1 < len(ws)
            and self._tight(ws, i, 2)
            and ws[i + 1].cuts[0].key.startswith("ה")
            and self.tables.zipf(ws[i + 1].cuts[0].key[1:])
            >= max(3.5, self.tables.zipf(ws[i + 1].cuts[0].key))
            and self._place_at(ws, i + 1, any_cut=False) is None
        ):  # (a definite noun: its stem is the more frequent word; "השוו", they equalised, is a verb)
            return False  # a noun in construct before a definite one: "ברחובות הקניות", not Rehovot
        if any(w.cuts[0].key in _CLOCK for w in ws[i + 1 : i + 3]):
            return False  # "شام پانچ بجے" (five in the evening), not Syria
        if self.lang == "ur" and i > 0 and ws[i - 1].cuts[0].key in _GENITIVES["ur"]:
            return False  # a possessed noun: "ان کے قصور کی سزا" (the punishment of their fault)
        return self.place_context(ws, i, cut) or cut.key in self._placed_keys()

    def _placed_keys(self) -> set[str]:
        """Gazetteer words that somewhere in the article stand where a
        place stands (after a preposition, next to another place)."""
        if self._placed is None:
            self._placed = set()
            for wsq in self.words:
                for k, w in enumerate(wsq):
                    for c in w.cuts:
                        if self.tables.place((c.key,)) and self.place_context(wsq, k, c):
                            self._placed.add(c.key)
        return self._placed

    def place_context(self, ws: list[Word], i: int, cut: Cut) -> bool:
        if (
            cut.start > ws[i].start
            and self.lang in ("he",)
            and ws[i].text[0] in "בלמ" + "ו"
            and any(ch in "בלמ" for ch in ws[i].text[: cut.start - ws[i].start])
        ):
            return True
        if (
            self.lang == "ar"
            and cut.start > ws[i].start
            and any(  # "بالقاهرة"; not the article of "المالي"
                ch in "بل" for ch in ws[i].text[: cut.start - ws[i].start].removesuffix("ال")
            )
        ):
            return True
        if self.lang == "ur" and any(
            tuple(w.cuts[0].key for w in ws[a:i]) in _UR_DISTRICT_TITLES and self._tight(ws, a, i - a + 1)
            for a in range(max(0, i - 3), i)
        ):
            return True  # "ڈپٹی کمشنر مردان": an officer is named with his district
        if (
            self.lang in ("ar", "fa")
            and self.tables.zipf(cut.key)
            < 4.8  # (not "استان مرکزی", whose "مرکزی" is central everywhere else)
            and any(
                (m := self._match(ws, i - n, self.lists.place_intros)) is not None and m[0] == n
                for n in (1, 2)
                if i - n >= 0
            )
        ):
            return True  # "ولایت هرات", "محافظة قنا": after the kind of place
        prev = {c.key for c in ws[i - 1].cuts} if i > 0 else set()  # "وفي جدة"
        after = ws[i + 1].cuts[0].key if i + 1 < len(ws) else ""
        if prev & _PLACE_PREPOSITIONS.get(self.lang, set()) or after in _PLACE_POSTPOSITIONS.get(
            self.lang, ()
        ):
            return True
        if (
            self.lang == "fa"
            and i > 0
            and self._tight(ws, i - 1, 2)
            and ws[i - 1].text.endswith("های")
            and self.tables.zipf(cut.key) < 5.0
        ):
            return True  # a plural's izafe complement: "خیابان‌های لندن" (the streets of London)
        if after in _GENITIVES.get(self.lang, ()) and self.tables.zipf(cut.key) < 5.8:
            return True  # "پشاور کے ایک تاجر"; not "طرف سے" (from the side of)
        # in a list of places: "תל אביב וחיפה", "لاہور اور کراچی", "تهران، مشهد"
        text = self._text_of[id(ws)]
        near = []
        for k in (i - 1, i + 1):
            if not 0 <= k < len(ws):
                continue
            a, b = min(i, k), max(i, k)
            sep = text[ws[a].end : ws[b].start].strip()
            if sep in (",", "،") or sep in ("-", "–") and self.name_score(cut) < 0.5:
                near.append(k)  # (a dash joins the two ends of a route, "زنجان - قزوین"; not a byline's name)
            elif ws[k].cuts[0].key in _AND and 0 <= k + (k - i) < len(ws):
                near.append(k + (k - i))
            elif (
                k > i
                and len(ws[k].cuts) > 1
                and ws[k].text[:1] in "וو"
                or k < i
                and cut.start > ws[i].start
                and ws[i].text[:1] in "וو"
            ):
                near.append(k)  # "וחיפה", "وحلب": the conjunction is a clitic
        return any(self._place_at(ws, k) for k in near)

    # -- canonical names

    def _canonical_person(self, ws: list[Word], i: int, j: int, cut: Cut) -> str:
        if self.lang == "he" and _INITIALS.match(cut.text.replace("״", '"')):
            letters = cut.text.replace("״", '"').split('"')  # "ש"י" -> "S. Y."
            rest = self._canonical_person(ws, i + 1, j, ws[i + 1].cuts[0]) if j > i + 1 else ""
            return " ".join([*(_transliterate(x, "he")[:1].upper() + "." for x in letters), rest]).strip()
        parts = [cut.text] + [w.text for w in ws[i + 1 : j]]
        return " ".join(self.tables.english(x) or _transliterate(x, self.lang) for x in parts)

    def dates(self, p: int) -> list[tuple[int, int, str]]:
        """find_dates of paragraph p, found once (the rules ask where dates
        start, recognise_article takes them)."""
        found = self._dates_memo.get(p)
        if found is None:
            found = self._dates_memo[p] = find_dates(self.paragraphs[p], self.lang)
        return found

    def _listed(self, p: int) -> list[NameHit]:
        """The name-list matches of paragraph p (find_names), found once."""
        found = self._listed_memo.get(p)
        if found is None:
            found = self._listed_memo[p] = find_names(self.paragraphs[p], self.lang)
        return found

    def _canonical_org(self, surface: str) -> str:
        hs = find_names(surface, self.lang)
        if len(hs) == 1 and hs[0].end - hs[0].start == len(surface):
            return hs[0].entry.canonical
        parts = surface.replace("״", '"').split()
        if self.lang == "he" and any(x in _HE_TOWN_ABBREVIATIONS for x in parts):
            # "הפועל ב"ש" is the list's "הפועל באר שבע"; else each word, the town in English
            spelt = " ".join(_HE_TOWNS_SPELT_OUT.get(x, x) for x in parts)
            hs = find_names(spelt, self.lang)
            if len(hs) == 1 and hs[0].end - hs[0].start == len(spelt):
                return hs[0].entry.canonical
            return " ".join(
                _HE_TOWN_ABBREVIATIONS.get(x) or _HE_CLUB_ENGLISH.get(x) or _transliterate(x, self.lang)
                for x in parts
            )
        return _transliterate(surface, self.lang)

    # -- article-level support

    def _lone_names(self, p: int, hits: list[Hit]) -> list[Hit]:
        """A lone word that ends a full name found elsewhere in the article
        ("נתניהו" after "בנימין נתניהו") is that person."""
        if not self.full_names:
            return hits
        ws = self.words[p]
        text = self.paragraphs[p]
        hits = [
            replace(h, canonical=owner)
            if h.label == PERSON and (owner := self._owner(key(text[h.start : h.end]), (p, h.start)))
            else h
            for h in hits
        ]
        spans = [(h.start, h.end) for h in hits]
        extra = []
        for k in range(len(ws) - 1):  # a hyphenated surname alone: "סיני-נחום"
            a, b = ws[k], ws[k + 1]
            if text[a.end : b.start] == "-" and not any(s < b.end and a.start < e for s, e in spans):
                for cut in a.cuts:
                    canonical = self._owner(cut.key + "-" + b.cuts[0].key)
                    if canonical:
                        extra.append(Hit(cut.start, b.end, PERSON, canonical, "names-rtl", 0.75))
                        spans.append((a.start, b.end))
                        break
        for k in range(len(ws) - 2):  # a surname of a particle and two words alone: "בר סימן טוב"
            a = ws[k]
            bar = next((c for c in a.cuts if c.key == _HE_BAR), None)
            if (
                bar is None
                or not self._tight(ws, k, 3)
                or any(s < ws[k + 2].end and a.start < e for s, e in spans)
            ):
                continue
            canonical = self._owner(" ".join([bar.key, ws[k + 1].cuts[0].key, ws[k + 2].cuts[0].key]))
            if canonical:
                extra.append(Hit(bar.start, ws[k + 2].end, PERSON, canonical, "names-rtl", 0.75))
                spans.append((a.start, ws[k + 2].end))
        full_names = self.full_names
        for k, w in enumerate(ws):
            if not any(cut.key in full_names for cut in w.cuts):
                continue  # no name of the article ends with this word: _owner finds no one
            if any(s < w.end and w.start < e for s, e in spans) or self._in_title(ws, k):
                continue
            for cut in w.cuts:
                canonical = self._owner(cut.key, (p, w.start))
                if not canonical:
                    continue
                if self._determined(ws, k) or not self._urdu_name_slot(ws, k):
                    break  # (asked only of a word some name of the article ends with)
                cue = Cue.NAMED | self._cue(ws, k)
                # "גל יצא רחוק", "אשכנזי דרש": the article's person by the surname, then what he
                # did; not by the given name ("גל חום פוקד", a heat wave, after "גל ברנע"), nor
                # a word the article also writes as a definite noun ("השמש שקעה": "שמש חזקה")
                if (
                    cue == Cue.NAMED
                    and cut.key in self.surnames
                    and cut.key not in self._definite_nouns()
                    and self._opens_with_subject(ws, k)
                ):
                    cue |= Cue.SPEECH
                if (
                    self.lang == "ur"
                    and (
                        cut.key in _UR_FAMILY_NAMES
                        and cut.key in self.surnames  # "بٹ کے بھائی" after "ندیم بٹ"
                        or cut.key not in self.surnames
                        and self._pakistani_given(cut)  # "بلاول کے حامی" after "بلاول بھٹو زرداری"
                    )
                    and k + 1 < len(ws)
                    and self._tight(ws, k, 2)
                    and ws[k + 1].cuts[0].key in _UR_POSTPOSITIONS
                ):
                    cue |= Cue.SPEECH  # his family or given name, then a postposition
                if not self._lone_person(ws, k, cut, cue) and not self._repeats_full_run(ws, k, cut):
                    break  # "פרץ ויכוח" (a quarrel broke out) is not Dor Peretz; "אזולאי חתם" is Azoulay
                if (
                    self.lang == "ur"
                    and k + 2 < len(ws)
                    and self._tight(ws, k, 3)
                    and ws[k + 1].cuts[0].key in _GENITIVES["ur"]
                    and ws[k + 2].cuts[0].key in _UR_TIME_WORDS
                    and not cue & (Cue.TITLE | Cue.FAMILY | Cue.NAMING)
                ):
                    break  # "سحر کے وقت" (at dawn) after "سحر خان": a time of day, no one's
                if cut.key not in self.surnames and not cue & (Cue.TITLE | Cue.FAMILY | Cue.NAMING):
                    if self._governed(ws, k, cut):
                        break  # "هیئت دولت" (the cabinet): a most frequent word, the complement of a noun
                firm = self._company_named(ws, k)
                if firm is not None:  # "חברת תעשיות בן שושן" after "שלום בן שושן": his firm
                    if not any(s < w.end and ws[firm].start < e for s, e in spans):
                        surface = text[ws[firm].start : w.end]
                        extra.append(
                            Hit(ws[firm].start, w.end, ORG, self._canonical_org(surface), "names-rtl", 0.7)
                        )
                    break
                extra.append(Hit(cut.start, w.end, PERSON, canonical, "names-rtl", 0.7))
                self._lone_cues[(p, cut.start)] = cue
                break
        found = hits + extra
        if self._full_runs:
            found = [self._whole_name(ws, h, found) if h.label == PERSON else h for h in found]
        return sorted(found, key=lambda h: h.start)

    def _governed(self, ws: list[Word], k: int, cut: Cut) -> bool:
        """Is this reading of word k, a given name that is among the
        language's most frequent words, the complement of the ordinary noun
        right before it ("هیئت دولت", the cabinet, after "دولت مسعود ...")?
        A verb of saying, a title, a kin word or a role before it is a cue
        instead ("לדברי אביב")."""
        if k == 0 or not self._tight(ws, k - 1, 2) or self.tables.zipf(cut.key) < _GOVERNING_NOUN_ZIPF:
            return False
        before = ws[k - 1].cuts[0]
        return (
            self.common(before.text)
            and not self._is_stop(before)
            and self.name_score(before) < _NAME_MIN
            and not self._cued_before(ws, k)
        )

    def _repeats_full_run(self, ws: list[Word], k: int, cut: Cut) -> bool:
        """Urdu: word k, a surname that is also a word ("شاہ", king), ends the
        given names of a full name of the article written again ("مراد علی شاہ،"
        after "سید مراد علی شاہ نے"): the run of names is its own support."""
        if cut is not ws[k].cuts[0]:
            return False
        return any(
            len(run) >= 3 and self._run_ends_at(ws, k, run) for run in self._full_runs.get(cut.key, ())
        )

    def _run_ends_at(self, ws: list[Word], e: int, run: tuple[str, ...]) -> bool:
        """Do the words ending at word e, written tight, have the keys of `run`
        (a full name's words: _full_runs)?"""
        a = e - len(run) + 1
        return a >= 0 and self._tight(ws, a, len(run)) and tuple(w.cuts[0].key for w in ws[a : e + 1]) == run

    def _whole_name(self, ws: list[Word], h: Hit, hits: list[Hit]) -> Hit:
        """Urdu: a surname found alone right after the words that precede it in
        a full name of the article is that full name again ("ایاز صادق نے" after
        "اسپیکر ایاز صادق": ایاز, a word too, was left out)."""
        e = next((k for k, w in enumerate(ws) if w.start < h.end <= w.end), None)
        if e is None or ws[e].start > h.start:
            return h  # (a hit of one word only)
        for run in sorted(self._full_runs.get(ws[e].cuts[0].key, ()), key=len, reverse=True):
            a = e - len(run) + 1
            if self._run_ends_at(ws, e, run) and not any(
                o.start < ws[e - 1].end and ws[a].start < o.end for o in hits if o is not h
            ):
                return replace(h, start=ws[a].start)
        return h

    def _definite_nouns(self) -> set[str]:
        """Hebrew: the keys of words the article writes with the article ה
        ("השמש", "מחיר הזהב"), a clitic before it or not: nouns to it."""
        if self._definite_memo is None:
            self._definite_memo = (
                {
                    c.key[1:]
                    for ws in self.words
                    for w in ws
                    for c in w.cuts
                    if c.key.startswith("ה") and len(c.key) > 2 and c.text.startswith("ה")
                }
                if self.lang == "he"
                else set()
            )
        return self._definite_memo

    def _urdu_name_slot(self, ws: list[Word], k: int) -> bool:
        """Urdu: a lone name is followed by a postposition or particle ("X نے",
        "X کے مطابق", "X بھی", "X اب"), a copula, punctuation, the end or a
        word that is not common, or is an item of a list ("نواز، شاہد اور عمران شامل ہیں"). A word of the
        article's surname before a noun or a verb is the word: "جمیل منظر"
        (a beautiful view) after "خالد جمیل". Other languages: always."""
        if self.lang != "ur":
            return True
        text = self._text_of[id(ws)]
        after = text[ws[k].end : ws[k + 1].start] if k + 1 < len(ws) else "."
        if after.strip() or ws[k + 1].cuts[0].key in _UR_AFTER_NAME:
            return True
        if not self.common(ws[k + 1].text):
            return True  # an uncommon word after it: more of a name ("سرفراز بگٹی نے")
        before = text[ws[k - 1].end : ws[k].start].strip() if k else ""
        return before in ("،", ",") or k > 0 and ws[k - 1].cuts[0].key in _AND

    def _determined(self, ws: list[Word], k: int) -> bool:
        """Urdu: word k is a noun after a determiner ("اس زمان میں", in this
        era; "ایک امین شخص"). A person's lone name takes none, so such a word
        is not the article's person of that surname."""
        before = ws[k - 1].cuts[0].key if k and self._tight(ws, k - 1, 2) else ""
        return self.lang == "ur" and before in _UR_DETERMINERS

    def _opens_with_subject(self, ws: list[Word], k: int) -> bool:
        """Hebrew: word k opens a sentence and a word of the language that is no
        name, no place, no function word and no definite noun (its stem a word:
        "גל הקור") follows it: the subject and its verb, as the news writes a
        person it named ("אשכנזי דרש", "גולן הציעה") or a town or its team ("יפו
        פתחה"). Not when word k is a past tense itself ("פרץ ויכוח")."""
        if self.lang not in ("he", "fa") or k + 1 >= len(ws) or not self._tight(ws, k, 2):
            return False
        text = self._text_of[id(ws)]
        before = text[ws[k - 1].end : ws[k].start] if k else ""
        if k and not any(ch in before for ch in ".!?"):
            return False
        if self.lang == "fa":  # the subject opens a Persian sentence: "نوری از اتاق تجارت خواست"
            nxt = ws[k + 1].cuts[0]
            return (
                (self._is_stop(nxt) or self._match(ws, k + 1, self.lists.quotes) is not None)
                and self.tables.zipf(ws[k].cuts[0].key) < 5.5
                and self.tables.place((ws[k].cuts[0].key,)) is None
            )
        own = ws[k].cuts[0].key
        if min(self.tables.zipf(own + "ה"), self.tables.zipf(own + "ו")) >= 4.0:
            return False  # a past tense itself, its subject after it: "פרץ ויכוח" (פרצה, פרצו)
        nxt = ws[k + 1].cuts[0]
        return (
            not self._is_stop(nxt)
            and not (
                self._definite(nxt) and self.tables.zipf(nxt.key[1:]) >= 3.0 and not self._hebrew_past(nxt)
            )  # "גל הקור"; not "הציעה", nor "קשת האשים" (a past tense in ה-, not a definite noun)
            and self.name_score(nxt) < _NAME_MIN
            and self.tables.zipf(nxt.key) >= 3.0
            and self.tables.place((nxt.key,)) is None
            and word_script(nxt.text) == "he"
        )

    def _company_named(self, ws: list[Word], k: int) -> int | None:
        """Where the name of a company (party, chain, club...) that word k ends
        begins, when a kind word introduces it ("חברת", "רשת", "شركة") at most two
        words before; None when word k is no part of such a name. A title that
        starts with the kind word ("חברת הכנסת", a member of the Knesset) is
        no company."""
        for a in range(max(0, k - 3), k):
            m = self._match(ws, a, self.lists.org_intros)
            if m is None or a + m[0] > k or not self._tight(ws, a, k - a + 1):
                continue
            title = self._match(ws, a, self.lists.titles)
            if title and title[0] >= m[0]:
                return None
            between = ws[a + m[0] : k]
            if any(self._is_stop(x.cuts[0]) or self._definite(x.cuts[0]) for x in between):
                continue
            return a + m[0]
        return None

    def settle(self, p: int, cands: list[Hit]) -> list[Hit]:
        """Merge the English projection with what the source itself shows: a
        projected name that a source rule also found (a cue, a title, the
        name tables, the gazetteer, the name list) takes the source's label
        (the English model mislabels rare names: a kibbutz as a person, a
        judge as an organisation); when the source name is the longer one
        ("בית המשפט המחוזי בחיפה" against "Haifa"), the projection gives way.
        English adds only what the source lacks."""
        sure = [
            h
            for h in cands
            if h.label in (PERSON, ORG, PLACE)
            and (h.how == "names-rtl" and h.confidence >= 0.7 or h.how == "namelist")
        ]
        out = []
        for h in cands:
            if (
                h.how == "align"
                and h.label == PLACE
                and self._nationality_word(self.paragraphs[p][h.start : h.end])
            ):
                continue  # "فرنسية" (French) aligned with the English "French"
            if h.how == "align" and h.label == MISC:
                # the model's "something" over a name the source rules found: a club
                # ("Esteghlal Khuzestan", a listed "Pyramids") takes the label of the name it
                # starts with; a listed country stays the adjective's ("Iranian cinema")
                head = [
                    g
                    for g in sure
                    if (g.how == "names-rtl" or g.label == ORG) and g.start == h.start and g.end <= h.end
                ]
                if head:
                    h = replace(h, label=max(head, key=lambda g: g.end).label)
            if h.how == "align" and h.label in (PERSON, ORG, PLACE):
                over = [g for g in sure if g.start < h.end and h.start < g.end]
                covering = [g for g in over if g.start <= h.start and h.end <= g.end]
                if covering:
                    g = max(covering, key=lambda g: (g.how == "names-rtl", g.end - g.start))
                    if g.end - g.start > h.end - h.start:
                        continue  # the source's longer name stands
                    if g.label != h.label:
                        h = replace(h, label=g.label)
            owner = self._article_person(p, h) if h.how == "align" and h.label in (ORG, PLACE) else None
            if owner:  # "Rezaei", ORG for the model, after "امید رضایی"
                h = replace(h, label=PERSON, canonical=owner)
            out.append(h)
        return out

    def _article_person(self, p: int, h: Hit) -> str | None:
        """The one person of this article whose full name a projected word
        alone ends (or begins): the article's own name outvotes the model,
        unless the gazetteer knows the word ("ישראל", a given name too)."""
        surface = self.paragraphs[p][h.start : h.end]
        k = key(surface)
        if " " in surface.strip() or self.tables.place((k,)) is not None:
            return None
        return self._owner(k)

    def _generic_institution(self, ws: list[Word], i: int) -> bool:
        """Hebrew: a listed body named by a common definite noun ("המוסד", the
        Mossad and "the institution") written as the noun, after a word of the
        people it houses or the staff that runs it ("ומנהלת המוסד", "דיירי המוסד").
        (Not before an adjective: "ההסתדרות הרפואית" is a body of its own.)"""
        return (
            self.lang == "he"
            and i > 0
            and ws[i].text.startswith("ה")
            and self._tight(ws, i - 1, 2)
            and any(c.key in _HE_INSTITUTION_PEOPLE for c in ws[i - 1].cuts)
        )

    def _person_after_article(self, p: int, hit: Hit) -> bool:
        """A Hebrew person found by skeleton after a stripped "ה" of a common
        word: the article (or a past tense's first letter) before a person is
        no Hebrew ("הפסידה לבני", lost to Bnei, is no "פסידה לבני")."""
        at = self._word_at(p, hit.start)
        if self.lang != "he" or at is None:
            return False
        w = self.words[p][at]
        return (
            w.start < hit.start
            and self.paragraphs[p][w.start : hit.start].endswith("ה")
            and self.common(w.text)
        )

    def _common_words_only(self, p: int, hit: Hit) -> bool:
        """A library person found by skeleton over words that are all common and
        none a name ("ת"א גברה השנה": "גברה השנה", overcame this year, is no
        Jafar Hassan): ordinary words the skeleton happens to fit."""
        at = self._word_at(p, hit.start)
        if at is None:
            return False
        ws = self.words[p]
        span = [w for w in ws[at:] if w.start < hit.end]
        return len(span) >= 2 and all(
            self.common(w.text) and max(self.name_score(c) for c in w.cuts) < 0.5 for w in span
        )

    def supported(self, p: int, hit: Hit) -> bool:
        """May a one-word hit of another recogniser stand? Yes unless the
        word is common and nothing around it says it is a name. A library
        person found by skeleton falls too over ordinary words only, after a
        stripped article, or on a town after its preposition."""
        text = self.paragraphs[p]
        surface = text[hit.start : hit.end]
        if hit.how == "translit" and hit.label == PERSON and self._person_after_article(p, hit):
            return False
        if " " in surface.strip() and hit.how == "translit" and hit.label == PERSON:
            return not self._common_words_only(p, hit)
        if " " in surface.strip() or word_script(surface) not in ("he", "ar"):
            return True
        ws = self.words[p]
        i = self._word_at(p, hit.start)
        if i is None:
            return True
        w = ws[i]
        if self.lang == "ar" and hit.label == PLACE and text[w.start : hit.start].endswith("ال"):
            return False  # "المالي": a name without the article, here with it, is an adjective (financial)
        if hit.label == PLACE and self._nationality_word(surface):
            return False
        if hit.how == "translit" and hit.label == PERSON and self.lang == "he":
            towns = [
                c
                for c in w.cuts
                if c.start > w.start and c.start >= hit.start and self.tables.place((c.key,))
            ]
            if any(self.place_context(ws, i, c) for c in towns):
                return False  # "בחיפה" (in Haifa): the town, not a library person it sounds like
        if (
            hit.start > w.start
            and self.common(w.text)
            and self.tables.zipf(surface) < self.tables.zipf(w.text) - 0.7
        ):  # "לכל כיוון" (in every direction, 5.1) is no כ + Greece (4.3); "בנגב" (4.4) is in the Negev (3.9)
            return False
        if not (self.common(w.text) or self.common(surface)):
            return True
        cut = next((c for c in w.cuts if c.start == hit.start), w.cuts[0])
        if hit.label == ORG and hit.how == "namelist":
            return not self._generic_institution(ws, i)  # the curated alias list
        if hit.label == PLACE and any(x.cuts[0].key in _CLOCK for x in ws[i + 1 : i + 3]):
            return False  # "شام پانچ بجے" (five in the evening), not Syria
        place = self.tables.place((cut.key,))
        if (
            hit.label == PLACE
            and (place is None or place[1] != "city" or hit.how == "namelist")
            and cut.key not in _HOMOGRAPHS.get(self.lang, ())
        ):
            return True  # a country, continent, region or major (CLDR) city
        if hit.label == PLACE and self._jingle(ws, i):
            return False  # "امن و امان"
        if hit.label in (PLACE, ORG):
            if self.place_context(ws, i, cut):
                return True
            return cut.key in self._placed_keys()
        if (
            hit.label == PERSON
            and self.lang == "ur"
            and cut.key in _UR_CLAN_TITLES | _UR_NAME_PREFIXES
            and i + 1 < len(ws)
            and self._tight(ws, i, 2)
            and self._given(ws[i + 1].cuts[0]) >= 0.6
        ):
            return False  # "اسپیکر ملک محمد احمد خان": the clan title opens the name, no lone Malik
        if hit.label == PERSON:  # "ما في الصدر من غضب" is no al-Sadr; "ودعا الصدر" is
            return self._lone_person(ws, i, cut, Cue.NAMED | self._cue(ws, i))
        return True


# Light verbs of Persian and Urdu compound verbs: the frequent word right
# before one is the verb's noun ("یاد گرفتن", "امید داشتن", "یقین دلانا").
_FA_LIGHT = re.compile(
    r"^(?:ن?می\u200c?|ب|ن)?"
    r"(?:کرد|کن|گرفت|گیر|داد|ده|زد|زن|شد|شو|داشت|دار|نمود|نما|یافت|یاب|ساخت|ساز|کشید|کش|خورد)"
    r"(?:ه|ن|م|ی|د|یم|ید|ند|ه\u200c?است|ه\u200cاند|ه\u200cایم|ه\u200cای)?$"
)
_UR_LIGHT = {  # (besides _LIGHT_VERBS)
    key(w)
    for w in """کرنا کرنے کرتا کرتی کرتے کرکے کیے کئے ہوئے ہونا ہونے ہوتا ہوتی ہوتے
    دیں دلایا دلائی دلاتے دلانا لیے یاب""".split()
}
# Hebrew definite time words that open a clause before its verb (no subject)
_HE_WHEN = {key(w) for w in "היום הבוקר הצהריים הערב הלילה השבוע החודש השנה הפעם".split()}
_FA_BARE_STEMS = {"کن", "گیر", "ده", "زن", "شو", "دار", "نما", "یاب", "ساز", "کش"}  # "ده" ten, "زن" woman


def _light_verb(lang: str, text: str) -> bool:
    """A form of a light verb: the word before it is the compound verb's noun."""
    if key(text) in _LIGHT_VERBS.get(lang, ()):
        return True
    if lang == "fa":
        return text not in _FA_BARE_STEMS and _FA_LIGHT.match(text) is not None
    return lang == "ur" and key(text) in _UR_LIGHT


# Country names that are also frequent ordinary words or given names.
_HOMOGRAPHS = {
    "he": {key(w) for w in ("הודו", "ירדן")},  # "they thanked"; Yarden
    "ar": {key("مالي")},  # "financial"
    "fa": {key("مالی")},
    "ur": {key("مالی"), key("شام")},  # "اتوار کی شام" (Sunday evening), not Syria
}
# Titles in the construct state: the next word is what they head ("שר האוצר",
# "وزير الخارجية", "وزیر فرهنگ"), not a name.
_CONSTRUCT_TITLES = {
    key(w)
    for w in """שר שרת ראש סגן סגנית יושב נשיא נשיאת מנכ"ל יו"ר דובר דוברת חבר חברת
    وزير وزيرة رئيس رئيسة زعيم قائد محافظ مدير مديرة مدرب كبير كبيرة وزیر رئیس سخنگوی دبیرکل فرمانده ترجمان
    سرپرست معاون""".split()
}
# Arabic definite nouns that a nisba adjective turns into an organisation's name.
# the verbal noun of a derived Arabic verb (forms VII, VIII, X: "انسحاب", "انتظار", "اصطدام",
# "استقلال"), a word of the news text, never a surname after a given name that is a word too
_AR_DERIVED_MASDAR = re.compile("^(?:ان..ا.|ا.[تطد].ا.|است..ا.)$")
_DEFINITE_ORGS = {
    key(w)
    for w in """الحزب الهيئة المفوضية الجيش التيار التجمع الاتحاد المجلس
    الحركة الجبهة البنك المحكمة الوكالة المندوبية المنظمة الائتلاف الحرس المصرف الصندوق البورصة
    الشركة المركز المستشفى المديرية المعهد المكتب الديوان الجهاز المرصد الجامعة المدرسة الكلية الجمعية
    النقابة الرابطة الأكاديمية المؤسسة
    השירות המועצה מועצה המכון המרכז הרשות הקרן האיגוד המשטרה""".split()
}
_TANWEEN = re.compile("[\u064b-\u064d]")
_AR_CLITIC_ARTICLE = re.compile("^(?:[وف]?[بكل]ال|[وف]?لل|[وف]ال)")
# ("ماڈل ٹاؤن", "پیپلز کالونی": neighbourhoods are named with English words)
_NEIGHBOURHOOD_TAILS = {key(w) for w in "ٹاؤن کالونی".split()}
_NAMING_PLACE_TAILS = {key(w) for w in "روڈ چوک اسٹیڈیم سٹیڈیم ڈیم".split()} | _NEIGHBOURHOOD_TAILS
_CHANNEL_TAILS = {key(w) for w in "ٹی نیوز".split()}  # "ٹی وی", "نیوز"
# English words of Pakistani institutions' names, written in Urdu ("گوادر پورٹ اتھارٹی",
# "نیشنل ٹرانسمیشن اینڈ ڈسپیچ کمپنی"): before an organisation's kind word they are its name.
_UR_LOAN_WORDS = {
    key(w)
    for w in """ڈویلپمنٹ ڈیولپمنٹ پورٹ واٹر اینڈ سینیٹیشن سیوریج سروسز سروس الیکٹرک پاور سپلائی
    ٹرانسپورٹ ٹرانزٹ ماس مینجمنٹ ڈیزاسٹر ریسرچ رورل ہیلتھ ایجوکیشن فوڈ سیڈ انرجی کول مائننگ سی
    انویسٹمنٹ ہاؤسنگ ڈسٹرکٹ ایریگیشن ویسٹ سالڈ ایمرجنسی ریونیو ٹریفک پبلک نیشنل انٹرنیشنل فشریز
    ٹرانسمیشن ڈسپیچ گیس پائپ لائنز کیپیٹل میٹروپولیٹن میونسپل سیف سٹیز سٹی انڈسٹریل اسٹیٹ ایکسپورٹ
    پروموشن ٹورازم ٹورزم ڈرگ ریگولیٹری کنٹرول ہائی وے ویز موٹروے سول ایوی ایشن ایگریکلچر لائیو اسٹاک
    ڈیری ورکس کمیونیکیشن یوتھ ہارٹیکلچر فارسٹ وائلڈ لائف انوائرمنٹل انوائرنمنٹل پروٹیکشن
    ٹیکنیکل ووکیشنل ٹریننگ انفارمیشن ٹیکنالوجی سیڈز شپنگ سیفٹی ڈرینیج""".split()
}
_UR_LOAN_JOINS = {key("اینڈ")}
_UR_PUBLIC_BODIES = {key(w) for w in "بورڈ کارپوریشن کمیشن اتھارٹی".split()}
# Punjabi clan titles: before a name a title ("رانا ثناء اللہ"), after a given name the surname
_UR_CLAN_TITLES = {key(w) for w in _UR_CLANS.split("|")}
# Pakistani family, caste and tribe names (biradari) that end a person's name after a given
# name ("ندیم بٹ", "طارق وڑائچ", "یوسف ڈوگر"): the tables rank them low or not at all, and
# some are words too ("بٹ", divided). Not those that are mostly ordinary words (مہر, ورک, مری).
_UR_FAMILY_NAMES = {
    key(w)
    for w in """بٹ ڈار گجر آرائیں ارائیں اعوان راجپوت کھوکھر وڑائچ چیمہ باجوہ گوندل ڈوگر بھٹی
    کھرل سیال ستی لغاری مزاری کھوسہ جتوئی سومرو چانڈیو خٹک آفریدی مروت بگٹی مینگل تارڑ ساہی
    رندھاوا سندھو گھمن ہنجرا سپرا چٹھہ جنجوعہ کیانی لودھی کمبوہ""".split()
}
_UR_FORT = key("کوٹ")
_UR_AGENT = key("نے")
# What opens a clause before a player's name: "جبکہ" (while), "اور" (and), "تاہم"
_UR_CLAUSE_OPENERS = {key(w) for w in "جبکہ اور تاہم".split()}
# A score after its number: "28 رنز", "3 وکٹیں"
_UR_SCORE_WORDS = {key(w) for w in "رنز رن وکٹیں وکٹ".split()}
# Words of a match (cricket above all) that make a town before "نے" its team
_UR_GAME_WORDS = {
    key(w)
    for w in """میچ میچز اننگز رنز وکٹ وکٹیں وکٹوں بیٹنگ بولنگ باؤلنگ اوورز ٹاس چھکے چوکے چھکا چوکا""".split()
}
_UR_TEAM_OF = {
    (key("کی"), key(w)) if w == "ٹیم" else (key("کے"), key(w))
    for w in "ٹیم کھلاڑی کھلاڑیوں کپتان بولرز بلے خلاف".split()
}
# Verbs of travel after their destination: "ملتان روانہ", "لاہور پہنچ گئی"
_UR_TRAVEL = {key(w) for w in "روانہ پہنچ پہنچی پہنچے پہنچا".split()}
# _pair_cued: a given name that is also a word needs this rank, and the word after it
# this rank as a name, when the sentence says the two words are someone
_CUED_PAIR_GIVEN = 0.5
_CUED_PAIR_RANK = 0.6
# the cues before a lone given name that make it a pair with a name word after it
_PAIR_CUES = Cue.SPEECH | Cue.TITLE | Cue.ROLE | Cue.FAMILY
# _anchored: after a given name that is a word, with no cue, a word of the language (WORD_ZIPF)
# ranked below this as a name is its adjective or complement, not a surname (rare surnames,
# "کوشکی", "אמדורסקי", are below WORD_ZIPF)
_PAIR_WORD_RANK = 0.5
# Bodies named after the person who leads them ("حكومة نواف سلام", "دولت ابراهیم رئیسی"): never
# a given name before a given name (_noun_before_full_name)
_LED_BODIES = {key(w) for w in "حكومة إدارة دولت کابینه حکومت".split()}
# A noun at least this frequent, ranked under this as a given name, before a given name
# ranked at least this and a surname governs the name (_noun_before_full_name)
_GOVERNING_NOUN_ZIPF = 5.5
_GOVERNING_NOUN_GIVEN = 0.8
_UR_IN = key("میں")
_UR_ALIAS = key("عرف")
_UR_ACCORDING = {(key("کے"), key("مطابق")), (key("کا"), key("کہنا")), (key("کی"), key("جانب"))}
_HE_OBJECT = key("את")
# the people an institution houses or the staff that runs it ("מנהלת המוסד": its director)
_HE_INSTITUTION_PEOPLE = {key(w) for w in "מנהל מנהלת מנהלי הנהלת דיירי דיירות תלמידי חניכי מטופלי".split()}
_AND_CLITICS = {"he": "ו", "ar": "و"}
# after a title and a word, the object marker or "for (a time)" say the word was a verb
_HE_VERB_FOLLOWERS = {key(w) for w in "את במשך".split()}
_ACCORDING_BEFORE = {
    "he": {key(w) for w in "לדברי לטענת לדעת".split()},
    "ar": {key(w) for w in "بحسب وبحسب حسب وحسب".split()},
    "fa": {key(w) for w in "گفته".split()},
}
_UR_OF, _UR_SAYING = key("کا"), key("کہنا")
_UR_BIBI = (key("بی"), key("بی"))
_UR_HONORIFICS = {key("بیگم"): True, key("صاحب"): False, key("صاحبہ"): False}  # part of the name?
_UR_ORIGIN = {(key("کے"), key("رہائشی")), (key("کی"), key("رہائشی"))}  # resident of
_UR_BELONGING, _UR_KEEP = (key("سے"), key("تعلق")), key("رکھ")  # "سے تعلق رکھنے", belonging to
_UR_ORIGIN_FIRST = {k[0] for k in _UR_ORIGIN} | {_UR_BELONGING[0]}
_UR_GOVERNMENT = key("حکومت")
_UR_POSTPOSITIONS = {key(w) for w in "نے کو کی کا کے سے میں پر".split()}
# Urdu words after a lone name (_urdu_name_slot): postpositions, particles, copulas
_UR_AFTER_NAME = _UR_POSTPOSITIONS | {
    key(w) for w in "تک بھی اور عرف اب ہی تو پھر ہے ہیں تھا تھی تھے صاحب صاحبہ".split()
}
_ALSO = {key(w) for w in "نیز هم همچنین גם أيضا بھی".split()}
_KUNYA = {key(w) for w in "أبو ابو أم ام".split()}
# Hebrew "together with, through, on behalf of": a body's name follows ("בשיתוף מקורות")
_HE_WITH_BODY = {key(w) for w in "בשיתוף באמצעות מטעם".split()}
_UR_GIVER_FIRST = {key(w) for w in "خدا اللہ الله الہی الٰہی رب پیر امام نبی مولا".split()}
_UR_GIVER_SECOND = {key(w) for w in "بخش ڈنو دتہ ڈتہ وسایا رکھا نواز".split()}
_AR_ABD = key("عبد")
_AR_CHIEF = {key(w) for w in "كبير كبيرة".split()}  # "كبير المفاوضين": chief negotiator
_AR_NO = key("لا")
_NUMBER = re.compile(r"[\d٠-٩۰-۹][\d٠-٩۰-۹.,٫٬]*")
# Department words whose names end with their town ("دائرة ماء البصرة")
_AR_GOVERNMENT = key("حكومة")
_AR_TOWN_DEPARTMENTS = {key(w) for w in "دائرة جهاز مصلحة غرفة وحدة قيادة مديرية".split()}
_IN = {key(w) for w in ("في", "در")}
# Words that end a town's name after a person's name in Urdu and Persian: "کیٹی بندر" (a port),
# "جلال آباد" (settled), "سلطان گوٹھ" (village), "گلشن کالونی"
_TOWN_SUFFIX_WORDS = {key(w) for w in "بندر آباد نگر گوٹھ گوٹه کالونی ٹاؤن".split()}
# "they said" in Hebrew: "במשטרה מסרו", at the police they said (a body's response, never a person's)
_HE_THEY_SAID = {
    key(w) for w in "אמרו מסרו הודיעו ציינו הוסיפו הגיבו הבהירו טענו סיפרו השיבו הסבירו הדגישו".split()
}
# "the one who" after a verb: "دکان چلانے والے بشیر" (Bashir, who runs a shop)
_UR_AGENTS = {key(w) for w in "والے والی والا".split()}
# a dateline: town(s), then who filed the report in brackets; after "نمائندہ" maybe the outlet
_UR_DATELINE = re.compile(
    r"^\s*([^\s()،,]+(?:[ ،,]+[^\s()،,]+){0,5})\s*\("
    r"((?:نمائندہ|نامہ نگار|خبر نگار|سٹاف رپورٹر|اسٹاف رپورٹر)\s*([^()]{0,20}?)|[^()]{0,25}(?:رپورٹر|رپورٹ|ڈیسک|نیوز))\s*\)"
)
# words after "نمائندہ" that name no outlet: "نمائندہ خصوصی" (a special correspondent), "سے" (from)
_UR_REPORTERS = {key(w) for w in "خصوصی سے".split()}
# officers named with their district: "ڈپٹی کمشنر مردان"
_UR_DISTRICT_TITLES = {
    tuple(key(t) for t in title.split())
    for title in "ڈپٹی کمشنر|اسسٹنٹ کمشنر|کمشنر|ڈی پی او|سی پی او|آر پی او|ڈی آئی جی|ایس ایس پی|ڈی سی|اے سی".split(
        "|"
    )
}
# Trades before a name ("کسان شاہد اقبال", farmer Shahid Iqbal): a weaker cue than a title ("کسان کنونشن").
_ROLE_TITLES = {key(w) for w in _UR_TRADES.split("|")}
# Storms are given people's names: the name after these words is the storm's.
_STORMS = {key(w) for w in "العاصفة عاصفة الإعصار إعصار הסערה סערת הסופה סופת طوفان توفان".split()}
# "named", "called": whatever follows is a name.
_NAMING = {key(w) for w in "يدعى تدعى المدعو المدعوة اسمه اسمها בשם המכונה".split()} | {
    key("نام"),
    key("اسم"),
}
# Sport clubs named after their town ("הפועל עפולה"): the head and the town only.
_CLUB_HEADS = {key(w) for w in "הפועל מכבי עירוני".split()}
# Hebrew match reports (_he_towns_as_clubs): the words of the game, the result verbs (a town
# before one is its club: "באר שבע ניצחה"), the sides ("מול באר שבע") and the beaten ("ניצחה את")
_HE_RESULT_VERBS = {
    key(w)
    for w in "ניצחה ניצח ניצחו הפסידה הפסיד הפסידו גברה גבר גברו הביסה הביס השוותה סיימה נוצחה הובסה".split()
}
_HE_LOST_TO = {key(w) for w in "הפסידה הפסיד הפסידו נוצחה הובסה".split()}  # "הפסידה לבאר שבע"
_HE_MATCH_WORDS = _HE_RESULT_VERBS | {
    key(w)
    for w in """משחק ניצחון הפסד תיקו שער שערים ליגה ליגת מחזור גביע מאמן שחקן שחקני שוער אוהדי
    כדורגל כדורסל פנדל שריקת""".split()
}
_HE_SIDES = {key(w) for w in "מול נגד".split()}
# the titles of a player or a coach (_player_named_after_place)
_HE_PLAYER_TITLES = {
    key(w)
    for w in """השחקן השחקנית הכדורגלן החלוץ חלוץ השוער שוער הקשר קשר המגן הבלם הרכז הקלע קלע
    המאמן המאמנת""".split()
}
_HE_BEATEN = {key(w) for w in "את על".split()}
# Hebrew market reports (_share_companies): "shares of" then a list of companies ("מניות נובה,
# קמטק ו-וויקס"); the plural verbs of trading after a list of them ("והראל ופניקס נסחרו"), in a
# paragraph about the market
_HE_SHARES = {key(w) for w in "מניות מניית".split()}
# Hebrew adjectives that describe an institution without naming it ("בית החולים הכללי")
_HE_GENERIC_ADJECTIVES = {
    key(w)
    for w in """הכללי הכללית הגדול הגדולה החדש החדשה הממשלתי הממשלתית הציבורי הציבורית המקומי המקומית
    הפרטי הפרטית הקרוב הקרובה הסמוך הסמוכה הישן הישנה""".split()
}
# an office holder's title in construct, and the local bodies whose office is no name
_HE_OFFICE_HOLDERS = {key(w) for w in 'ראש יו"ר מנהל מנכ"ל שר סגן'.split()}
_HE_LOCAL_BODIES = {key(w) for w in "העירייה העיר המועצה".split()}
_HE_BAR = key("בר")  # a surname's particle ("בר סימן טוב")
_HE_TRADED = {key(w) for w in "נסחרו עלו ירדו זינקו צנחו התחזקו נחלשו טיפסו איבדו".split()}
# ... and in the feminine singular, a company's ("החברה"): "ועזריאלי ירדה ב-0.9%"
_MOVE_BY = re.compile(r"\s*ב?-?\s*\d")  # "ב-0.9%", "ב 2%", "3%"
_HE_TRADED_ONE = {key(w) for w in "נסחרה עלתה ירדה זינקה צנחה התחזקה נחלשה טיפסה איבדה קפצה".split()}
_HE_MARKET = _HE_SHARES | {
    key(w) for w in 'בורסה בורסת הבורסה מדד המדד המסחר מסחר ת"א נסחרו נסחרה נסחר'.split()
}
# What a Hebrew company named after its owner ends with ("חזן תשתיות", "מיטב השקעות"): the
# owner's name before it is the company's, no person
_HE_COMPANY_KINDS = {
    key(w)
    for w in """תשתיות אחזקות החזקות השקעות נדל"ן נדל״ן בנייה בניה הנדסה תעשיות מערכות טכנולוגיות
    ביטוח פיננסים גרופ""".split()
}
_HE_ROAD = key("כביש")
# kinds of institution that name one only with a name after them ("המרכז הרפואי שיבא")
_HE_KIND_HEADS = {key("המרכז")}
# settlement words in construct that open the names of villages and neighbourhoods
_HE_SETTLEMENT_HEADS = {
    key(w)
    for w in "בית כפר נווה נוה רמת קריית קרית גבעת עין נחלת תל גני נאות מעלה מצפה שדה רמות כרמי מבוא באר".split()
}
_HE_HOUSE = key("בית")
_HE_NEIGHBOURHOODS = {key(w) for w in "שכונת שכונות".split()}
# Plural settlement words a list of places follows (_listed_after_settlements)
_HE_PLURAL_SETTLEMENTS = {
    key(w) for w in "מושבים יישובים ישובים קיבוצים כפרים שכונות עיירות המושבים היישובים הקיבוצים".split()
}
_HE_LIKE = key("כמו")
_CLOCK = {key(w) for w in "بجے بجکر".split()}
_TIME_NOUNS = {key(w) for w in "ماہ سال ہفتے ہفتہ دن روز رات صبح شام ماه هفته".split()}
_UR_TIME_WORDS = _TIME_NOUNS | {key("وقت")}  # "سحر کے وقت" (at dawn), "شام کے وقت"
_UR_CHAK, _UR_NUMBER = key("چک"), key("نمبر")
_HE_COUNCIL_KINDS = {key(w) for w in "האזורית אזורית המקומית מקומית".split()}
_HE_RESIDENT = {key(w) for w in "תושב תושבת תושבי".split()}
_ORDINALS = {
    key(w)
    for w in """الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الحادي الأخير
    الأولى الحادية الثانية الثالثة الرابعة الخامسة الأخيرة הראשון השני השלישי הרביעי האחרון הראשונה השנייה השלישית
    האחרונה""".split()
}
# Heads whose remit may be two things ("وزارة التربية والتعليم").
_REMIT_HEADS = {key(w) for w in "وزارة هيئة مديرية المديرية الهيئة وزارت".split()}
# Heads named after their seat ("בית המשפט המחוזי בחיפה", "المديرية الجهوية للصحة بفاس",
# "היכל התרבות באשדוד", "المعهد النموذجي بصفاقس").
_SEATED_HEADS = {
    key(w)
    for w in """משפט המשפט הדין מועצה המועצה עיריית משטרת היכל תיאטרון מוזיאון מכללת
    ספריית
    محكمة المحكمة المديرية مديرية المجلس مجلس بلدية الهيئة المعهد معهد المدرسة مدرسة الجامعة جامعة
    الكلية كلية""".split()
}
# Kind words that are as often ordinary nouns: a name only when one follows.
_NAMED_HEADS = {
    key(w)
    for w in """ארגון איגוד תיאטרון מוזיאון הוצאת מכללת תזמורת ספריית נבחרת נמל
    بورس دبیرستان هنرستان پژوهشگاه موزه پوهنتون شفاخانه رادیو فرمانداری""".split()
}
_NATIONAL_TEAM = key("נבחרת")
# A Hebrew head and the definite noun that says what it is for, no name: "נמל הדייגים" (the fishing
# port), "חוף הרחצה" (the bathing beach); a port is named by its town or its own name ("נמל אשדוד",
# "נמל המפרץ")
_HE_HEADS_FOR = {
    key("נמל"): {key(w) for w in "התעופה מבטחים הדייגים הדיג היאכטות".split()},
    key("חוף"): {key(w) for w in "הרחצה הים הכלבים".split()},
}
# Gazetteer places of Hebrew that are descriptions ("the old city", geonames' "Old City"): a place
# only as "העיר העתיקה של עכו"
_HE_DESCRIBED_PLACES = {tuple(key(w) for w in phrase.split()) for phrase in ("העיר העתיקה",)}
_HE_OF = key("של")
_HE_BANK = key("בנק")
# A chair's title right before an institution makes it part of the title ("رئيس مجلس النواب")
_AR_PRESIDING = {key(w) for w in "رئيس رئيسة".split()}
# ... the cabinet and the chambers, whose chairs are offices (the prime minister, the speaker);
# "رئيس مجلس القضاء الأعلى" chairs a body that stays one
_AR_CHAIRED = {
    tuple(key(w) for w in phrase.split())
    for phrase in ("مجلس الوزراء", "مجلس النواب", "مجلس الشعب", "مجلس الأمة", "مجلس الشيوخ")
}
_FA_STATION = key("ایستگاه")
_FA_DISTRICT = key("منطقه")
_FA_MARTYR = key("شهید")
_FA_MUNICIPALITY = key("شهرداری")
_FA_NEW = {key(w) for w in "تازه جدید جدیدی تازه‌ای نوساز".split()}
_UR_DAM = key("ڈیم")
_NAMED_AFTER_HEADS = {_FA_STATION} | {key(w) for w in "برج شارع شاہراہ".split()}
_FA_NATIONAL = key("ملی")
_DAYPARTS = {key(w) for w in "صباح مساء ظهر فجر صبح عصر شب بامداد".split()}  # before a day
_PLATFORM_INTROS = {tuple(key(w) for w in phrase.split()) for phrase in _PLATFORMS.split("|")}
# Adjectives other than nisbas that complete an Arabic institution's name ("الاتحاد العام").
_AR_ORG_ADJECTIVES = {key(w) for w in "العام العامة العليا الأعلى الكبرى".split()}
_AR_PARTY_WORDS = {key(w) for w in "حزب حركة تيار ائتلاف جبهة تحالف".split()}
# What an Arabic company name ends with: its trade after "لل" ("X للإنشاءات",
# "X للاتصالات"), the way Egyptian and Gulf firms are named.
_AR_TRADES = {
    key(w)
    for w in """للإنشاءات للانشاءات للمقاولات للاتصالات للتنمية للاستثمار للاستثمارات للتطوير
    للصناعات للصناعة للبترول للطاقة للتأمين للسياحة للأسمدة للحديد للصلب للأسمنت للإسمنت للتجارة للخدمات
    للإسكان للتعمير للأغذية للأدوية للكيماويات للإلكترونيات للبناء للهندسة للنقل للتكنولوجيا للبرمجيات
    للتمويل للتشييد للطيران للشحن""".split()
}
# Place heads named by what follows them: "العاصمة الإدارية الجديدة" (an
# adjective that is not a nationality), "التجمع الخامس" (an ordinal: districts).
_AR_DESCRIBED_PLACES = {key("العاصمة")}
_AR_SIDI = key("سيدي")
_AR_RESULTS = {key(w) for w in "فوز تعادل خسارة هزيمة".split()}  # a match's result, then its sides
_AR_RESULT_VERBS = {key(w) for w in "فاز تعادل خسر تغلب انتصر".split()}
_AR_RESULT_NOUNS = _AR_RESULTS | {key(w) for w in "فوزا تعادلا انتصارا".split()}  # "حقق فوزا" (won)
_AR_CLUB_ADJECTIVES = {key(w) for w in "الرياضي البيضاوي الفاسي".split()}  # "الرجاء الرياضي"
# words that name a club with its town: "نهضة بركان", "أولمبيك آسفي"; only clubs are named
# after the first ones, the others ("شباب", the youth) need a word of the game in the paragraph
_AR_CLUB_ONLY_HEADS = {key(w) for w in "نهضة أولمبيك اولمبيك مولودية حسنية شبيبة".split()}
_AR_CLUB_NAME_HEADS = _AR_CLUB_ONLY_HEADS | {key(w) for w in "شباب اتحاد وفاق".split()}
_AR_CITING = {key(w) for w in "وفق وفقا بحسب حسب استطلعت استطلع نقلت نقل أوردت اوردت".split()}
_AR_COMPANY_KINDS = {key(w) for w in "المالية القابضة للاستثمار للاستثمارات كابيتال".split()}
_AR_SAUDI_WORDS = {key(w) for w in "السعودية السعودي الرياض جدة".split()}
_AR_KINGDOM = key("المملكة")
_AR_PROJECT_WORDS = {key(w) for w in "مشروع مشروعات مشاريع مجمع كمبوند منتجع".split()}
# Verbs of the game that open a sentence before the player: "افتتح X التسجيل" (opened the
# scoring), "أدرك X التعادل" (equalised), "أحرز", "سجل", "أضاف" (added: a goal), "خطف" (snatched)
_AR_GAME_VERBS = {key(w) for w in "افتتح أدرك أحرز سجل أضاف خطف أهدر تصدى".split()}
_AR_CLAUSE_OPENERS = {key(w) for w in "لكن ثم بينما فيما قبل بعد".split()}
_AR_REFEREE = key("الحكم")
# Persian teams called by their shirts: "سرخ‌پوشان" (the reds), "آبی‌پوشان", "زردپوشان"
_FA_WEARERS = (key("پوشان"),)
_FA_WHO = key("که")
# A player's position or a coach's post, opening an apposition after the name
_FA_POSITIONS = {key(w) for w in "هافبک مهاجم دروازه‌بان مدافع سرمربی مربی کاپیتان وینگر".split()}
_AR_CLUB_WORDS = {key(w) for w in "نادي فريق لاعب لاعبو لاعبي مدرب مهاجم حارس جماهير مشجعو مشجعي".split()}
_AR_HOSTS = {key(w) for w in "ضيفه مضيفه منافسه خصمه ضيفها مضيفها".split()}
_AR_SIDES = {key(w) for w in "على أمام مع مقابل".split()}
_AR_NUMBERED_PLACES = {key(w) for w in "التجمع الحي".split()}
_COMPOUND_HEADS = tuple(key(w) for w in ("محمد", "علی", "امیر", "ابو"))
# First halves of Persian/Urdu "X-ollah" given names (not آیت‌الله, a title).
_THEOPHORIC_HEADS = {
    key(w)
    for w in """حجت روح فتح نصر حبیب اسد عزت سیف ذبیح نعمت رحمت هدایت ولی خلیل
    قدرت عنایت فضل لطف کرامت شکر امان عطا""".split()
}
_INDEFINITE = {key(w) for w in "ایک یک یکی أحد إحدى אחד אחת".split()}
# offices of one town (or district, province): the word after them names it
_TOWN_OFFICES = {
    "ar": {key(w) for w in ("محافظ", "عمدة", "بلدية", "محلية", "معتمد", "معتمدية")},
    "fa": {key(w) for w in ("استاندار", "فرماندار", "شهردار", "بخشدار", "ولسوال", "شاروال", "والی")},
}
_AR_REGION_WORDS = {key("الصعيد"): "Upper Egypt", key("الدلتا"): "Nile Delta"}
_AR_ON = key("على")
_FA_MP, _FA_PEOPLE, _FA_IN = key("نماینده"), key("مردم"), key("در")
_AR_ABU = key("أبو")
_AR_ELECTRIC = {key(w) for w in ("الكهربائي", "الكهربي")}
_AR_LOCAL_ADJECTIVES = {key(w) for w in "البلدي الجماعي المحلي القروي البلدية المحلية الجماعية".split()}
# indefinite, in construct with their remit (not "مجلس": "مجلس إدارة المجموعة" is a board)
_AR_REMIT_HEADS = {key(w) for w in "لجنة صندوق مؤسسة اتحاد جمعية".split()}
_AR_PLURALS = ("ون", "ين", "ات")  # sound plurals (and the oblique case)
_AR_POSSESSIVE = ("ها", "هم", "هما", "كم", "هن")
_AR_INFLECTIONS = ("ها", "هم", "هما", "كم", "هن", "ون", "ين", "ات", "يه", "وا", "تم", "نا", "ه")
_AND = {key(w) for w in ("و", "اور", "או")}
# Latin letters as Urdu spells them; K ("کے") is also "of", so never one of them.
_UR_LETTERS = dict(
    zip(
        """اے بی سی ڈی ای ایف جی ایچ آئی جے ایل ایم این او پی کیو آر ایس ٹی یو وی ڈبلیو
    ایکس وائی زیڈ""".split(),
        "ABCDEFGHIJLMNOPQRSTUVWXYZ",
    )
)
# Acronyms of things, not bodies, that Urdu papers spell out: fertiliser (DAP), oral
# salts (ORS), cameras (CCTV), fuels, a police report (FIR), a permit (NOC), rules (SOPs).
_UR_THING_ACRONYMS = set(
    "DAP ORS CCTV CNG LPG LNG ATM SMS GPS LED DNA PCR ICU OPD MRI ECG FIR NOC VIP SOP GDP".split()
)
# Persian/Urdu suffixes written after a half-space (plural, comparative, pronouns).
_SUFFIXES = set("ها های هایی ای ی تر ترین شان مان تان اش".split())
# plural and agent suffixes written after a half-space
_DERIVED_SUFFIXES = set("ها های هایی کننده کنندگان دهنده دهندگان گیرنده کنندگی".split())
# Persian/Urdu light verbs: what stands before them is part of the verb phrase.
_LIGHT_VERBS = {
    "ur": {
        key(w) for w in "دی دیا دیے کر کیا گئی گیا گئے لی لیا ہو ہوا ہوئی جائے".split()
    },  # not کی: it folds onto کے
    "fa": {
        key(w)
        for w in """کرد کردند شد شدند داد دادند گرفت گرفته کند کنند شود زد دهد دهند دهیم
        کنیم شوند کرده شده داده""".split()
    },
}
_COPULAS = {
    "fa": {key(w) for w in "است هست نیست بود بودند باشد باشند هستند".split()},
    "ur": {key(w) for w in "ہے ہیں تھا تھی تھے".split()},
}
# settlement words that also name a part of anything (a ward, a sector): only a
# gazetteer place or a word no dictionary knows is named after them
_SECTION_INTROS = {key("بخش")}
# Persian/Urdu place-name endings written as a separate word ("سمن آباد").
_PLACE_SUFFIXES = {key(w) for w in "آباد شہر پور نگر گڑھ کوٹ".split()}
# Urdu hospitals and colleges named after someone: three name words or an honour
_UR_NAMED_KINDS = {key(w) for w in "ہسپتال اسپتال یونیورسٹی کالج میڈیکل ٹیچنگ ٹرسٹ فاؤنڈیشن".split()}
_UR_NAMED_HONOURS = {key(w) for w in "شہید قائد علامہ شیخ".split()}
# Persian towns and rivers: "حسن‌آباد", "زاینده‌رود" (not "می‌رود", goes)
_FA_PLACE_SUFFIXES = {key(w) for w in "آباد رود".split()}
# Nouns that end Persian place names written as one half-spaced word ("اسلام‌قلعه", "هفت‌تپه")
_FA_TOPONYM_ENDS = _FA_PLACE_SUFFIXES | {
    key(w) for w in "قلعه شهر کلا ده دره کوه چشمه سرا بند باغ بازار کلاته قشلاق تپه کند".split()
}
_FA_VERB_PREFIXES = {key(w) for w in "می نمی".split()}
_PLACE_POSTPOSITIONS = {
    "ur": {key(w) for w in "میں تک پہنچے پہنچ".split()},
    "fa": {key(w) for w in "رفت آمد رسید".split()},
}
# Urdu nouns that make compound postpositions after کے/کی ("کے باوجود", despite; "کے باہر",
# outside): the end of a phrase, never the first word of the name after it
_UR_POSTPOSITION_NOUNS = {
    key(w)
    for w in """باوجود باہر اندر قریب سامنے ساتھ دوران بعد پاس نزدیک بجائے علاوہ خلاف مطابق طرف جانب
    ذریعے لیے لئے بارے پیچھے اوپر نیچے درمیان بیچ تحت""".split()
}
_GENITIVES = {
    "ur": {key(w) for w in "سے کے کی کا".split()},
}
# Arabic settlement words in construct with the name after them ("حي الصباح")
_AR_CONSTRUCT_SETTLEMENTS = {key(w) for w in "حي قرية بلدة مدينة مخيم".split()}
_AR_SETTLEMENT_PREPOSITIONS = {key(w) for w in "في إلى من على عن قرب داخل عند".split()}
# an Egyptian district ("مركز طهطا"), named after its town
_AR_DISTRICT = key("مركز")
# roads named by their two ends: "سرک کابل - قندهار", "طريق القاهرة - الإسكندرية"
_ROAD_WORDS = {key(w) for w in "سرک جاده شاهراه مسیر بزرگراه آزادراه محور راه‌آهن طريق الطريق".split()}
# a road "leading to" or "linking" towns: "الطريق المؤدية إلى X", "الرابطة بين X وY"
_AR_ROUTE_VERBS = {key(w) for w in "المؤدية المؤدي الرابطة الرابط الواصلة الواصل".split()}
_AR_ROUTE_PREPOSITIONS = {key(w) for w in "إلى الى بين".split()}
# ordinary words that open place names: "عين رزات" (spring), "وادي دربات", "سيدي بوزيد"
_AR_TOPONYM_HEADS = {key(w) for w in "عين بئر وادي جبل رأس تل سيدي حاسي".split()}
_FA_DIRECTORATE = key("ریاست")
_FA_DISTRICTS = {key(w) for w in "ولسوالی ولسوالی‌های".split()}
_FA_DISTRICT_WORDS = {key(w) for w in "مربوط همجوار دیگر نو جدید مذکور یاد متذکره".split()}
_FA_REMIT_JOINS = {key(w) for w in "و از".split()}
# Egyptian and Maghrebi village words that are part of the village's name ("عزبة الشيخ
# فضل", "كفر الشيخ", "نجع حمادي"), and the titles of the person it is often named after
_AR_ESTATE_HEADS = {key(w) for w in "عزبة عزبت كفر نجع منشية منشأة منشاة".split()}
_AR_SON_OF = {key(w) for w in "ولد بنت".split()}  # Mauritanian "son/daughter of"
_AR_COMMUNE = key("جماعة")
_AR_TRIBAL_PREFIXES = {key(w) for w in "أولاد اولاد آيت أيت بني".split()}  # "جماعة أولاد برحيل", "آيت عمرو"
_AR_ESTATE_TITLES = {key(w) for w in "الشيخ الحاج الحاجة السيد سيدي أولاد اولاد بني".split()}
_PLACE_PREPOSITIONS = {
    "he": {key(w) for w in "אל עד מול ליד נגד מדינת עיר העיר במדינת אזור".split()},
    # (and the offices and people named after a town: محافظ, governor; استاندار, شهردار, mayor; مردم, its people;
    # and a town's countryside: "ريف إدلب")
    "ar": {
        key(w)
        for w in "في إلى الى من مدينة دولة نحو عاصمة بلاد شمال جنوب شرق غرب مباحث محافظ أهالي سكان ريف".split()
    },
    # (and Persian nouns whose izafe complement is a place: "شمال لندن", "دولت کیف", "پلیس لندن")
    "fa": {
        key(w)
        for w in """در به از شهر کشور استان تا اهل استاندار شهردار فرماندار مردم شمال جنوب شرق غرب
        حومه اطراف ساکنان دولت پلیس""".split()
    },
    "ur": {key(w) for w in "شہر ملک صوبہ ضلع".split()},
}


@dataclass
class _ShortForms:
    names: Phrases  # the short names
    entries: dict[str, tuple[str, str]]  # first word's key -> (canonical, kind)
    cues: dict[str, Phrases]  # kind -> its words


@cache
def _short_form_lists(lang: str) -> _ShortForms:
    import json

    from .namelist import ORGANISATIONS_PATH

    try:
        data = json.loads(ORGANISATIONS_PATH.read_text(encoding="utf-8")).get("short_forms", {})
    except (OSError, ValueError):
        data = {}
    names: Phrases = {}
    entries: dict[str, tuple[str, str]] = {}
    for entry in data.get("names", []):
        for form in entry.get(lang, []):
            for k, phrase in _alternatives(form, lang).items():
                names[k] = phrase
                entries[k[0]] = (entry["canonical"], entry["kind"])
    cues = {
        kind: _alternatives("|".join(by_lang.get(lang, [])), lang)
        for kind, by_lang in data.get("cues", {}).items()
    }
    return _ShortForms(names, entries, cues)


@cache
def _attributions(lang: str) -> Phrases:
    """ "According to the report of X": X is the agency or paper (Persian)."""
    return _alternatives("به گزارش|به نقل از|به گزارش خبرنگار" if lang == "fa" else "", lang)


def article_names(lang: str, paragraphs: Sequence[str]) -> ArticleNames | None:
    """The recogniser for an article, or None when the language is not one of
    these scripts or its name tables could not be built: without word
    frequencies every rare-looking word would pass for a name."""
    if lang not in RTL_LANGS or _tables(lang).error:
        return None
    return ArticleNames(lang, paragraphs)
