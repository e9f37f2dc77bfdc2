"""Site clutter in plain-text and Markdown pages: which lines are the article.

A page saved or copied as text carries what the HTML path removes with
markup: menus, tickers, captions and credits, share and subscribe buttons,
comment sections, "read more" lists, repeated copies of the article. Each
paragraph (one line of scraped text) is classified from what it says (the
phrase table in clutter_phrases.py), how it reads (length, sentence
punctuation, density of the language's stop words from jusText) and where it
stands (before the first or after the last real paragraph, inside a run of
headline-like lines, after a comment-section header).

Inside the article body the rules are conservative: only lines that say what
they are (a credit, a promo, a repeat) go; a short subheading or a one-line
quote between paragraphs stays. Nothing is dropped silently: every removed
block keeps its position and a reason, so the user can see and restore it.
Qt-free.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from . import clutter_phrases as phrases
from .lazy_pattern import LazyPattern

# Reasons, as stored and shown.
REPEAT = "repeat"
CREDIT = "credit"
COMMENTS = "comments"
RELATED = "related"
PROMO = "promo"
CHROME = "site"
TEMPLATE = "template"
TICKER = "ticker"
SHORT = "short line"
AUTHOR = "author"
POLL = "poll"
CONTENTS = "contents"


@dataclass(frozen=True)
class RemovedBlock:
    position: int  # index among all paragraphs of the page, kept and removed
    text: str
    reason: str

    @property
    def text_hash(self) -> str:
        return block_hash(self.text)


def block_hash(text: str) -> str:
    """Identity of a block across re-imports (whitespace and case ignored)."""
    return hashlib.sha256(_normal(text).encode("utf-8")).hexdigest()[:24]


def _normal(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


# --- features -------------------------------------------------------------------

# Letters with their points and vowel marks (אַ, بِ) and the Persian ZWNJ inside a word.
_LETTERS = r"(?:[^\W\d_]|[\u0591-\u05c7\u064b-\u065f\u0670\u200c])+"
_WORD = LazyPattern(rf"{_LETTERS}(?:['’\u05f3\u05f4\"]{_LETTERS})*")
_SENTENCE_END = LazyPattern(r"[.!?؟۔…:]['\"”’»)\]]*$")
_SEPARATOR = r"[\s]*(?:[:：|\-–—›»>•/]|$)"
_DECOR = r"[\s\W\d_]*"  # counts, icons, brackets, punctuation around a phrase

_JUSTEXT_NAMES = {
    "he": "Hebrew",
    "ar": "Arabic",
    "fa": "Persian",
    "ur": "Urdu",
    "fr": "French",
    "nl": "Dutch",
    "en": "English",
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
}
# jusText has no Yiddish list: its most frequent function words.
_YIDDISH_STOPWORDS = frozenset(
    "דער די דאָס דאס און איז אין פֿון פון ניט נישט זיך אויף מיט צו אַ א ער זי מיר מען האָט האט "
    "וואָס וואס ווי אויך שוין נאָך נאך געווען זיינען זענען ביי בײַ פֿאַר פאר אַז אז דעם דען "
    "אָבער אבער אַלע אלע וועט וועלן קען האָבן האבן".split()
)


@cache
def stopwords(language: str) -> frozenset[str]:
    """jusText's stop-word list for the language (empty if it has none)."""
    if language == "yi":
        return _YIDDISH_STOPWORDS
    name = _JUSTEXT_NAMES.get(language)
    if not name:
        return frozenset()
    import justext

    try:
        return frozenset(word.casefold() for word in justext.get_stoplist(name))
    except ValueError:
        return frozenset()


# Arabic and Persian keyboards write yeh and kaf differently; matching sees one form.
_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "\u200c": " ", "’": "'", "ʼ": "'"})


def _fold(text: str) -> str:
    return text.translate(_FOLD)


def _pattern(table: dict[str, list[str]]) -> str:
    return "(?:" + "|".join(_fold(f).replace("‌?", " ?") for f in phrases.fragments(table)) + ")"


_FLAGS = re.IGNORECASE
_CREDIT_RE = LazyPattern(rf"^{_DECOR}(?:{_pattern(phrases.CREDIT)}\s*(?:[:：/|©]|$)|[©℗]|\(c\)\s)", _FLAGS)
_CREDIT_LOOSE_RE = LazyPattern(rf"^(?:{_pattern(phrases.CREDIT)})\s", _FLAGS)
# A caption with its credit at the end: "Protesters in Paris / Photo: AFP", "(צילום: פלאש 90)".
_CREDIT_AT_END = LazyPattern(
    rf"(?:[|/•]|\(|\s[-–—]\s|[.!?]\s)\s*{_pattern(phrases.CREDIT)}\s*[:：][^|/]{{1,80}}\)?$", _FLAGS
)
# "Image caption,Protesters...": the label may be glued to the caption.
_CAPTION_LABEL = LazyPattern(rf"^[\s,،]*{_pattern(phrases.CAPTION_LABEL)}", _FLAGS)
# An agency's name in capitals and the photographer's: "... (KEYSTONE/Anne Roy)", "(AFP/Getty)".
_AGENCY_PHOTO_AT_END = LazyPattern(r"\(\s*[A-Z]{2,}[A-Za-z.-]*\s*/\s*[^\W\d_][^()/\d]{1,59}\)\W*$")
_ARCHIVE_PHOTO_AT_END = LazyPattern(rf"\(\s*{_pattern(phrases.ARCHIVE_PHOTO)}\s*\)\W*$", _FLAGS)
_PROMOS = {**{f"read-{k}": v for k, v in phrases.READ_ALSO.items()}, **phrases.PROMO}
_PROMO_START = LazyPattern(rf"^{_DECOR}{_pattern(_PROMOS)}{_SEPARATOR}", _FLAGS)
# Chrome labels are followed by a separator or a number ("Temps de lecture 3 min").
_CHROME_START = LazyPattern(rf"^{_DECOR}{_pattern(phrases.CHROME)}(?:{_SEPARATOR}|\s*\d)", _FLAGS)
_COMMENT_LINE = LazyPattern(rf"^{_DECOR}{_pattern(phrases.COMMENTS)}{_DECOR}$", _FLAGS)
# "More stories", also with a few words more: "כתבות נוספות שיעניינו אותך".
_RELATED_LINE = LazyPattern(rf"^{_DECOR}{_pattern(phrases.RELATED)}(?:\s+\S+){{0,3}}{_DECOR}$", _FLAGS)
# A "read also" label standing alone: the lines after it are links.
_PROMO_HEADER = LazyPattern(rf"^{_DECOR}{_pattern(phrases.READ_ALSO)}{_DECOR}$", _FLAGS)
_DISCLAIMER = LazyPattern(_pattern(phrases.DISCLAIMER), _FLAGS)
# Latin phrases match whole words; Hebrew and Arabic script ones also inside
# a word, where prefixes attach ("בוואטסאפ", "والنشرة").
_CALL_TO_ACTION = LazyPattern(r"(?<![a-zà-ÿ])" + _pattern(phrases.CALL_TO_ACTION) + r"(?![a-zà-ÿ])", _FLAGS)
_TELL_US = LazyPattern(r"(?<![a-zà-ÿ])" + _pattern(phrases.TELL_US) + r"(?![a-zà-ÿ])", _FLAGS)
_CLICK_HERE = LazyPattern(r"(?<![a-zà-ÿ])" + _pattern(phrases.CLICK_HERE) + r"(?![a-zà-ÿ])", _FLAGS)
_ANY_PROMO = LazyPattern(_pattern(_PROMOS) + "|" + _pattern(phrases.COMMENTS), _FLAGS)
_COPYRIGHT = LazyPattern(
    r"©|\(c\)\s*\d{4}|"
    + _pattern(
        {
            "": [
                r"all rights reserved",
                r"tous droits réservés",
                r"alle rechten voorbehouden",
                r"כל הזכויות שמורות",
                r"جميع الحقوق محفوظة",
                r"کلیه حقوق",
                r"تمامی حقوق",
                r"جملہ حقوق",
                r"copyright",
            ]
        }
    ),
    _FLAGS,
)
_TEMPLATE = LazyPattern(r"\{\{?\s*[\w.-]+\s*\}\}?|\$\{[\w.]+\}|%\([\w]+\)s|\[\[\w+\]\]")
# A script's token left in the page text: "walla_ssr_page_has_been_loaded".
_IDENTIFIER_ONLY = LazyPattern(r"^\s*[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+){2,}\s*$")
# A page's script pasted with its text: "function f() { if (x in localStorage) {".
_SCRIPT_CODE = LazyPattern(
    r"\bfunction\s*\w*\s*\([^)]*\)\s*\{|\b(?:var|let|const)\s+\w+\s*=|\b(?:localStorage|document|window)\.\w+"
)
_URL_ONLY = LazyPattern(r"^\W*(?:https?://|www\.|@)\S+\W*$", _FLAGS)
# A time stamp: "21/11/2023 11:28", "14:06", "à 18h30".
_STAMP = LazyPattern(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s+\d{1,2}:\d{2}|(?<!\d)\d{1,2}(?::|h| h )\d{2}(?!\d)")
# A date of the Hebrew calendar: "ד' חשון התשפ"ד", "יום ג', כ"ה בכסלו תשפ"ה".
_HEBREW_CALENDAR_DATE = LazyPattern(
    r"(?<![א-ת])[בל]?(?:תשרי|(?:מר)?חשוו?ן|כסלו|טבת|שבט|אדר|ניסן|אייר|סיוו?ן|תמוז|אב|אלול)(?![א-ת])"
    r".{0,12}?(?<![א-ת])ה?תש[א-ת]?[\"״][א-ת](?![א-ת])"
)
# A date of the Hijri calendar: "الأحد 24 ربيع الآخر 1446 هـ".
_HIJRI_DATE = LazyPattern(
    r"(?<!\d)\d{1,2}\s+(?:محرم|صفر|ربيع الأول|ربيع الآخر|ربيع الثاني|جمادى الأولى|جمادى الآخرة"
    r"|جمادى الثانية|رجب|شعبان|رمضان|شوال|ذو القعدة|ذو الحجة)\s+1[34]\d{2}(?!\d)"
)
_STAMP_WORD = LazyPattern(_pattern(phrases.STAMP_WORDS), _FLAGS)
# Agency names are short: whole words only, in any script.
_AGENCY = LazyPattern(rf"(?<![^\W\d_]){_pattern(phrases.AGENCIES)}(?![^\W\d_])", re.IGNORECASE)
_BYLINE = LazyPattern(rf"^{_DECOR}{_pattern(phrases.BYLINE)}(?:\s|:|$)", _FLAGS)
# A live blog's entry stamp alone on its line: "14:32", "15.48", "10h47", "6 h 05".
_CLOCK_ONLY = LazyPattern(r"^\W*(?:[01]?\d|2[0-3])\s?[:.h]\s?[0-5]\d\W*$", _FLAGS)
# "12 minutes ago" and its kin: a live blog's or a ticker's stamp.
_RELATIVE_TIMES = _fold(
    "(?:"
    + "|".join(
        [
            r"לפני\s+(?:\d+\s+)?(?:דקות|דקה|שעות|שעה|שעתיים)",
            r"منذ\s+(?:\d+\s+)?(?:دقيقة|دقائق|ساعة|ساعات|ساعتين)",
            r"\d+\s+(?:دقیقه|ساعت)\s+(?:پیش|قبل)",
            r"\d+\s+(?:منٹ|گھنٹے|گھنٹہ)\s+(?:پہلے|قبل)",
            r"il y a\s+\d+\s*(?:min(?:utes?)?|h(?:eures?)?)",
            r"\d+\s*(?:minuten|min|uur)\s+geleden",
            r"\d+\s*(?:minutes?|mins?|hours?|hrs?)\s+ago",
        ]
    )
    + ")"
)
_RELATIVE_TIME = LazyPattern(rf"^\W*{_RELATIVE_TIMES}\W*$", _FLAGS)
_STAMPED_ITEM = LazyPattern(rf"^\W*(?:{_RELATIVE_TIMES}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})", _FLAGS)
# A note under the article: "[1] Source: ...", "^2 ...".
_FOOTNOTE = LazyPattern(r"^\s*(?:\[\d{1,3}\]|\^\d{1,3})\s")
_CONTENTS_HEADER = LazyPattern(rf"^{_DECOR}{_pattern(phrases.CONTENTS)}{_DECOR}$", _FLAGS)
_LIST_MARK = LazyPattern(r"^\s*(?:[-*•·–]|\d{1,2}[.)])\s+")
_POLL_HEADER = LazyPattern(rf"^{_DECOR}{_pattern(phrases.POLL)}\s*(?:[:：|\-–—]\s*.*[?؟]\s*)?$", _FLAGS)
_JOURNALIST = _pattern(phrases.JOURNALIST)
# "<Name> est journaliste ...", "<Name> is verkeersredacteur ...", "<שם> היא כתבת ...";
# Arabic, Persian and Urdu need no verb: "<name> صحفي ...", "<name> خبرنگار ... است".
_BIO = LazyPattern(
    rf"^(?P<name>(?:\S+\s+){{1,4}}?)(?:(?P<verb>est|is|איז|הוא|היא|هو|هي)\s+(?:\S+\s+){{0,3}}?)?"
    rf"(?:ال)?{_JOURNALIST}(?![^\W\d_])",
    _FLAGS,
)
# Small words inside Latin names: "Pieter Van den Broeck", "Anne de la Tour".
_NAME_PARTICLES = frozenset("van der den de du la le von ter ten d' da di del el al ben bin".split())


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def stopword_density(text: str, language: str) -> float:
    found = words(text)
    if not found:
        return 0.0
    stop = stopwords(language)
    return sum(1 for w in found if w.casefold() in stop) / len(found)


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.strip()))


def is_copyright(text: str) -> bool:
    return bool(_COPYRIGHT.search(text))


def is_credit(text: str) -> bool:
    text = _fold(text)
    count = len(words(text))
    if count > 20:
        return False
    if (
        _CREDIT_RE.match(text)
        or _CREDIT_AT_END.search(text)
        or _CAPTION_LABEL.match(text)
        or _ARCHIVE_PHOTO_AT_END.search(text)
        or _AGENCY_PHOTO_AT_END.search(text)
    ):
        return True
    # "Foto ANP", "Photo AFP / Reuters": a credit word and a few names.
    return bool(_CREDIT_LOOSE_RE.match(text)) and count <= 5 and not ends_sentence(text)


def _only_phrases(text: str) -> bool:
    """A line made of buttons: "Partager Facebook Twitter WhatsApp"."""
    rest, found = _ANY_PROMO.subn(" ", _fold(text))
    return bool(found) and not re.search(r"[^\W\d_]", rest)


def hard_reason(text: str) -> str | None:
    """The reason a line is clutter wherever it stands, or None."""
    count = len(words(text))
    original, text = text, _fold(text)
    if (_TEMPLATE.search(text) and count <= 12) or _IDENTIFIER_ONLY.match(text):
        return TEMPLATE
    if _SCRIPT_CODE.search(text) and len(re.findall(r"[{};]", text)) >= 3:
        return TEMPLATE  # a script, not prose
    if _doubled(original):
        return CREDIT  # a picture's caption, pasted twice by the page's markup
    if is_copyright(text) and count <= 25 and not _CREDIT_LOOSE_RE.match(text):
        return CHROME  # "© 2024 The Site", not "Photo: AFP ©"
    if is_credit(text):
        return CREDIT
    if count <= 12 and _only_phrases(text):
        return PROMO
    if _PROMO_START.match(text) and count <= 30:
        return PROMO
    if _CHROME_START.match(text) and count <= 25:
        return CHROME
    if is_copyright(text) and count <= 25:
        return CHROME
    if _URL_ONLY.match(text):
        return PROMO
    if _CLOCK_ONLY.match(text) or (count <= 6 and _RELATIVE_TIME.match(text)):
        return CHROME  # a live blog's entry stamp
    if _FOOTNOTE.match(text) and count <= 40:
        return CHROME
    if count <= 4 and not ends_sentence(text) and (_STAMP.search(text) or _has_date(original)):
        return CHROME  # a date or time on its own line
    if (
        count <= 7
        and not ends_sentence(text)
        and (_HEBREW_CALENDAR_DATE.search(original) or _HIJRI_DATE.search(original))
    ):
        return CHROME  # a Hebrew- or Hijri-calendar date on its own line
    if count <= 10 and _BYLINE.match(text) and not ends_sentence(text):
        return CHROME
    if (
        count <= 10
        and not ends_sentence(text)
        and _STAMP.search(text)
        and (_STAMP_WORD.search(text) or re.search(r"[|·•]", text) or _has_date(original))
    ):
        return CHROME  # "Publié aujourd'hui à 10h05", "Dana · 12.03.2024 14:22"
    if count <= 6 and not ends_sentence(text) and _AGENCY.search(text):
        return CREDIT
    if (
        (count <= 30 and _CALL_TO_ACTION.match(text))
        or (count <= 10 and _CALL_TO_ACTION.search(text))
        or (count <= 25 and _CLICK_HERE.search(text))
        or (count <= 12 and _TELL_US.search(text))
    ):
        return PROMO
    if count <= 80 and _DISCLAIMER.search(text):
        return CHROME
    return None


def calls_to_action(text: str) -> bool:
    """The line asks the reader to join, follow, subscribe, accept cookies."""
    return len(words(text)) <= 25 and bool(_CALL_TO_ACTION.search(_fold(text)))


def _doubled(text: str) -> bool:
    """The same words twice in a row ("Caption textCaption text")."""
    text = text.strip()
    half = len(text) // 2
    return len(text) >= 16 and any(
        text[:cut].strip() == text[cut:].strip() for cut in range(half - 1, half + 2) if 0 < cut < len(text)
    )


def is_comment_header(text: str) -> bool:
    return len(words(text)) <= 8 and bool(_COMMENT_LINE.match(_fold(text)))


def is_related_header(text: str) -> bool:
    return len(words(text)) <= 8 and bool(_RELATED_LINE.match(_fold(text)))


# --- classification ---------------------------------------------------------------

GOOD, NEAR_GOOD, SHORT_LINE = "good", "near-good", "short"
MAX_HEADLINE_WORDS = 18
SUBTITLE_WORDS = 15  # headlines are shorter than this as a rule, subtitles longer
MIN_PAGE_BLOCKS = 6  # fewer lines are a snippet, not a page with a head and a tail


def quality(text: str, language: str) -> str:
    """good: a paragraph of prose; near-good: a sentence or a long line;
    short: a headline, a name, a button."""
    count = len(words(text))
    density = stopword_density(text, language) if stopwords(language) else 0.3
    if count >= 12 and (ends_sentence(text) or count >= 25) and density >= 0.15:
        return GOOD
    if count >= 25 and density >= 0.1:
        return GOOD
    if count >= 8 and (ends_sentence(text) or density >= 0.25):
        return NEAR_GOOD
    return SHORT_LINE


def headline_like(text: str) -> bool:
    """Shaped like a headline: a handful of words, no full stop at the end,
    no date, time or byline."""
    count = len(words(text))
    stripped = text.strip()
    return (
        3 <= count <= 24
        and len(stripped) <= 200
        and not stripped.endswith((".", ":", ";", "،", ","))
        and not is_credit(text)
        and not _STAMP.search(text)
        and "|" not in text
        and not _BYLINE.match(_fold(text))
        and not _has_date(text)
    )


def _has_date(text: str) -> bool:
    from .dates import mentions_date

    return mentions_date(text)


def _ticker_item(text: str) -> bool:
    """A headline in a list of headlines: a few words more than a name or a
    menu item, fewer than a lead."""
    return headline_like(text) and not ends_sentence(text) and 4 <= len(words(text)) <= 16


# Headlines a ticker pastes on one line, held apart by wide gaps.
_WIDE_GAP = LazyPattern(r"[ \t\u00a0\u2003]{3,}")


def split_ticker_lines(text: str) -> str:
    """Puts each headline of a one-line ticker ("A   B   C   D", copied from a
    scrolling bar) on its own line, where the ticker rules see them; a line
    is split only when it holds three headlines or more and nothing else."""
    lines = []
    for line in text.split("\n"):
        parts = [p for p in _WIDE_GAP.split(line.strip()) if p]
        lines.append("\n".join(parts) if len(parts) >= 3 and all(map(_ticker_item, parts)) else line)
    return "\n".join(lines)


def _ticker_runs(texts: list[str], start: int, stop: int, minimum: int = 4) -> list[range]:
    """Runs of `minimum` or more consecutive headline-like lines in [start, stop)."""
    runs, run_start = [], None
    for i in range(start, stop + 1):
        if i < stop and _ticker_item(texts[i]):
            if run_start is None:
                run_start = i
            continue
        if run_start is not None and i - run_start >= minimum:
            runs.append(range(run_start, i))
        run_start = None
    return runs


@dataclass
class Classified:
    kept: list[int]  # positions of the article's paragraphs
    removed: list[RemovedBlock]
    headline: int | None  # position of the headline, if one was found


def classify(
    texts: list[str],
    language: str,
    *,
    heading: str | None = None,
    keep: frozenset[str] | set[str] = frozenset(),
    extracted: bool = False,
) -> Classified:
    """Split paragraphs into the article and removed clutter.

    `heading`: the page's own title (a Markdown "# " heading), which is
    content wherever it stands. `keep`: block hashes the user restored.
    `extracted`: the text is already an extractor's main text (HTML through
    trafilatura): only lines that say what they are and repeats go.
    """
    n = len(texts)
    reasons: dict[int, str] = {}
    kinds = [quality(t, language) for t in texts]

    # 0. A table of contents: its entries are the subheadings below, which stay.
    for i, text in enumerate(texts):
        entries = _contents_entries(texts, i) if _CONTENTS_HEADER.match(_fold(text)) else []
        if len(entries) >= 2:
            for j in [i, *entries]:
                reasons[j] = CONTENTS

    # 1. Exact repeats of an earlier paragraph (a scraper's second copy).
    seen: set[str] = set()
    for i, text in enumerate(texts):
        if i in reasons:
            continue
        key = _normal(text)
        if key in seen and len(words(text)) >= 1:
            reasons[i] = REPEAT
        seen.add(key)

    # 2. Lines that say what they are.
    for i, text in enumerate(texts):
        if i not in reasons:
            reason = hard_reason(text)
            if reason:
                reasons[i] = reason

    # 2b. The links listed under a lone "Read also:" label.
    for i, text in enumerate(texts):
        if reasons.get(i) == PROMO and _PROMO_HEADER.match(_fold(text)):
            j = i + 1
            # Linked headlines say something (a shorter line is the next subheading).
            while (
                j < n
                and j - i <= 6
                and headline_like(texts[j])
                and not texts[j].rstrip().endswith(".")
                and len(words(texts[j])) >= 6
            ):
                reasons.setdefault(j, PROMO)
                j += 1

    # 2c. A poll: its header, then two answers or more and the vote count
    # (a headline about a poll has no answers under it).
    for i, text in enumerate(texts):
        if i in reasons or len(words(text)) > 30 or not _POLL_HEADER.match(_fold(text)):
            continue
        answers = []
        for j in range(i + 1, min(n, i + 9)):
            if j in reasons or len(words(texts[j])) > 5 or _is_sentence(texts[j]):
                break  # a byline or a stamp under a headline is no answer
            answers.append(j)
        if len(answers) >= 2:
            for j in [i, *answers]:
                reasons.setdefault(j, POLL)

    # 2d. A photo's caption: a few words just above its credit line.
    for i in range(1, n):
        if (
            reasons.get(i) == CREDIT
            and (i - 1) not in reasons
            and kinds[i - 1] == SHORT_LINE
            and not ends_sentence(texts[i - 1])
            and len(words(texts[i - 1])) <= 8
        ):
            reasons[i - 1] = CREDIT

    # The author's name in the page's list of facts ("- Dana Katz",
    # "- 27.11.2024 | 16:42", "- 12 comments"): a short list item next to a
    # listed stamp or count (a live blog's entries are not list items).
    for i in range(n):
        if (
            i in reasons
            or not _LIST_MARK.match(texts[i])
            or len(words(texts[i])) > 4
            or ends_sentence(texts[i])
            or re.search(r"\d", texts[i])
        ):
            continue
        if any(
            0 <= j < n
            and _LIST_MARK.match(texts[j])
            and (
                reasons.get(j) in (CHROME, COMMENTS)
                or (reasons.get(j) == PROMO and re.search(r"\d", texts[j]))
            )
            for j in (i - 1, i + 1)
        ):
            reasons[i] = CHROME

    # The article's own paragraphs: prose that asks nothing of the reader.
    good = [i for i in range(n) if kinds[i] == GOOD and i not in reasons and not calls_to_action(texts[i])]
    if not good:
        # Paragraphs scraped without their full stops (Arabic and Urdu sites):
        # long lines of prose are the article's.
        good = [
            i
            for i in range(n)
            if kinds[i] == NEAR_GOOD
            and i not in reasons
            and len(words(texts[i])) >= 12
            and not calls_to_action(texts[i])
        ]
    if extracted or n < MIN_PAGE_BLOCKS:
        good = []  # no head, tail or section cuts: the extractor made them, or too few lines to tell
    # 2e. A headline given twice (the page's title, then its heading) starts
    # the article: what comes before it is the site's, even a sentence.
    doubled = _doubled_headline(texts, reasons)
    # Only above a site's own line or two: a caption given twice in the
    # article's middle is no headline.
    if (
        doubled is not None
        and good
        and good[0] < doubled
        and len([i for i in good if i < doubled]) <= 1
        and any(i > doubled for i in good)
    ):
        heading = heading or texts[doubled]
        for i in range(doubled):
            reasons.setdefault(i, SHORT)
        good = [i for i in good if i > doubled]

    # 3. A comment section or a "more articles" list ends the article.
    cut = _section_cut(texts, kinds, reasons, good)
    if cut is not None:
        for i in range(cut, n):
            reasons[i] = COMMENTS if is_comment_header(texts[cut]) else RELATED
        good = [i for i in good if i < cut]

    # 3b. The author's biography closes the page; it is not the article.
    head_text = " ".join(texts[: good[0]]) if good else ""
    while good and _author_bio(texts[good[-1]], head_text):
        reasons[good.pop()] = AUTHOR
    if extracted:  # the extractor kept the biography but not the byline
        last = max((i for i in range(n) if i not in reasons), default=None)
        if last is not None and _author_bio(texts[last], None):
            reasons[last] = AUTHOR

    headline = None
    if good:
        first, last = good[0], good[-1]
        headline = _choose_headline(texts, reasons, first, heading)
        # 4. Head: what precedes the article's first paragraph.
        head_runs = {i for run in _ticker_runs(texts, 0, first) for i in run}
        for i in range(first):
            if i in reasons or i == headline:
                continue
            if calls_to_action(texts[i]):
                reasons[i] = PROMO
                continue
            if _above_credit(texts, reasons, i) and headline_like(texts[i]) and not ends_sentence(texts[i]):
                reasons[i] = CREDIT  # a picture's caption above its credit
                continue
            if kinds[i] != SHORT_LINE and (
                (headline is not None and i > headline) or len(words(texts[i])) > MAX_HEADLINE_WORDS
            ):
                continue  # the lead: between headline and body, or longer than any headline
            if (
                headline is not None
                and i > headline
                and headline_like(texts[i])
                and len(words(texts[i])) >= 6
            ):
                continue  # a subtitle
            if _is_sentence(texts[i]):
                continue  # prose, wherever it stands (a short article's first line)
            reasons[i] = TICKER if i in head_runs else SHORT
        # 5. Body: only runs of headline-like lines (a ticker or a list of
        # links pasted in the middle) go; subheadings and quotes stay.
        for run in _ticker_runs(texts, first, last, minimum=4):
            if all(i not in reasons and kinds[i] == SHORT_LINE for i in run):
                for i in run:
                    reasons[i] = TICKER
        # 6. Tail: after the last paragraph, keep only closing sentences.
        for i in range(last + 1, n):
            if i in reasons:
                continue
            if calls_to_action(texts[i]):
                reasons[i] = PROMO
            elif _author_bio(texts[i], head_text):
                reasons[i] = AUTHOR
            elif not _is_sentence(texts[i]) or _tail_chrome(texts[i]):
                reasons[i] = SHORT
    if heading:
        headline_key = _normal(heading)
        for i, text in enumerate(texts):
            if _normal(text) == headline_key:
                reasons.pop(i, None)
                headline = i
                break
        if extracted and headline is not None and headline <= 2:
            # A rubric the extractor left above the headline: "Politique".
            for i in range(headline):
                if len(words(texts[i])) <= 3 and not ends_sentence(texts[i]):
                    reasons.setdefault(i, SHORT)

    for i in list(reasons):
        if block_hash(texts[i]) in keep:
            del reasons[i]
    kept = [i for i in range(n) if i not in reasons]
    removed = [RemovedBlock(i, texts[i], reasons[i]) for i in sorted(reasons)]
    return Classified(kept, removed, headline if headline is not None and headline in kept else None)


def _is_sentence(text: str) -> bool:
    """A whole sentence: four words or more ending in sentence punctuation
    (a question or exclamation only when it is longer: headlines ask too)."""
    count = len(words(text))
    stripped = text.rstrip("\"'”’»)] ")
    if stripped.endswith(("?", "!", "؟")):
        return count >= 12
    return count >= 4 and ends_sentence(text) and not stripped.endswith(":")


def _doubled_headline(texts: list[str], reasons: dict[int, str]) -> int | None:
    """The one headline-like line near the top repeated right below it."""
    found = [
        i
        for i in range(min(len(texts), 15))
        if i not in reasons
        and headline_like(texts[i])
        and len(words(texts[i])) >= 4
        and any(
            reasons.get(j) == REPEAT and _normal(texts[j]) == _normal(texts[i]) for j in range(i + 1, i + 4)
        )
    ]
    return found[0] if len(found) == 1 else None


def _contents_entries(texts: list[str], header: int) -> list[int]:
    """The lines under a "Contents" header that come back later in the page
    as lines of their own (list marks ignored)."""

    def key(text: str) -> str:
        return _normal(_LIST_MARK.sub("", text))

    entries = []
    for j in range(header + 1, min(len(texts), header + 16)):
        if len(words(texts[j])) > 15 or not any(key(t) == key(texts[j]) for t in texts[j + 1 :]):
            break
        entries.append(j)
    return entries


def _two_sentences(text: str) -> bool:
    """A sentence ends inside the line and more words follow ("... caution. Rates stay at 4.5%")."""
    return bool(re.search(r"[^\W\d_]{3,}[.!?؟]['\"”’»]?\s+(?:\S+\s+){2,}\S", text))


def _above_credit(texts: list[str], reasons: dict[int, str], i: int) -> bool:
    """The next line credits a picture ("Photo: AFP", "© Site / DR")."""
    return i + 1 < len(texts) and (reasons.get(i + 1) == CREDIT or is_credit(texts[i + 1]))


def _author_bio(text: str, head_text: str | None) -> bool:
    """A short paragraph on who wrote the article: a name, then "is a
    journalist ...". The name is a capitalised one in Latin script (not "Son
    frère est journaliste"); in scripts without capitals it is the byline's,
    found in the page's head, or, when the head is unknown (None), a first
    and last name before the verb."""
    if len(words(text)) > 50:
        return False
    match = _BIO.match(_fold(text.strip()))
    if not match:
        return False
    name = words(match.group("name"))
    if name and all(re.match(r"[A-Za-zÀ-ÿ]", w) for w in name):
        return (
            bool(match.group("verb"))
            and name[0][0].isupper()
            and all(w[0].isupper() or w.casefold() in _NAME_PARTICLES for w in name)
        )
    if head_text is None:
        return bool(match.group("verb")) and 2 <= len(name) <= 3
    head = set(words(_fold(head_text)))
    return bool(name) and all(w in head for w in name)


def _tail_chrome(text: str) -> bool:
    return bool(_STAMP.search(text)) and len(words(text)) <= 12


def _section_cut(texts: list[str], kinds: list[str], reasons: dict[int, str], good: list[int]) -> int | None:
    """Position of the header that starts the comments or the related list,
    when the article clearly lies before it."""
    if not good:
        return None
    for i, text in enumerate(texts):
        if not (is_comment_header(text) or is_related_header(text)):
            continue
        before = sum(len(texts[j]) for j in good if j < i)
        after = sum(len(texts[j]) for j in good if j > i)
        # Comments follow their header at once; an article paragraph first
        # means the header was a link ("Réagir") in the article's head.
        following = []
        for j in range(i + 1, min(len(texts), i + 8)):
            if j in good:
                break
            following.append(texts[j])
        comment_like = any(_comment_sign(text) for text in following)
        # Teasers of other articles, each with its age: "2 uur geleden", "12/03/2024".
        stamped = sum(1 for t in texts[i + 1 : i + 9] if _STAMPED_ITEM.match(t)) >= 2
        if before and stamped and is_related_header(text):
            return i
        if (
            len(following) < 7
            and i + len(following) + 1 < len(texts)
            and _PROMO_HEADER.match(_fold(text))
            and not is_comment_header(text)
        ):
            continue  # "Read more on this:" and a few links, then the article goes on
        if before and (before >= after or comment_like or not after):
            return i
    return None


def _comment_sign(text: str) -> bool:
    """A comment's stamp ("Dana · 12.03.2024 14:22"), reply or report
    button: short lines; prose that mentions a time is not one."""
    if len(words(text)) > 8:
        return False
    return (
        bool(_STAMP.search(text))
        or is_comment_header(text)
        or bool(re.match(rf"^{_DECOR}(?:{_pattern(phrases.COMMENTS)})", _fold(text), _FLAGS))
    )


def _choose_headline(
    texts: list[str], reasons: dict[int, str], first: int, heading: str | None
) -> int | None:
    """The headline among the lines before the first paragraph: a
    headline-like line that is not the site name or a tag (too short), not
    part of a ticker (a run of headlines: only its last line, the one that
    leads into the article, can be the headline), not clutter."""
    if heading:
        key = _normal(heading)
        for i, text in enumerate(texts):
            if _normal(text) == key:
                return i
    window = range(max(0, first - 12), first)
    candidates = [
        i for i in window if i not in reasons and headline_like(texts[i]) and len(texts[i].strip()) >= 12
    ]
    runs = _ticker_runs(texts, window.start, first)
    in_run = {i for run in runs for i in run}
    # A run's last telling line may be the headline, if no headline-like
    # line comes between the run and the article.
    for run in runs:
        telling = [i for i in run if len(words(texts[i])) >= 6]
        if telling and not any(
            j not in reasons and headline_like(texts[j]) and 6 <= len(words(texts[j])) <= MAX_HEADLINE_WORDS
            for j in range(run[-1] + 1, first)
        ):
            in_run.discard(telling[-1])
    candidates = [i for i in candidates if i not in in_run]
    # Site names, menu items, bylines are a few words; headlines say more,
    # and less than a lead. Of those, the one nearest the article: menus,
    # tickers and "most read" lists come before the headline, bylines,
    # dates and credits between it and the article.
    telling = [i for i in candidates if 6 <= len(words(texts[i])) <= MAX_HEADLINE_WORDS]
    # A picture's caption stands right above its credit line.
    telling = [i for i in telling if not _above_credit(texts, reasons, i)] or telling
    # A headline is one phrase; two sentences are the subtitle under it.
    telling = [i for i in telling if not _two_sentences(texts[i])] or telling
    if telling:
        chosen = telling[-1]
        # A long line right under a shorter headline-like one is its subtitle
        # (even when the headline ends a ticker): the headline is above it.
        above = chosen - 1
        if (
            len(words(texts[chosen])) >= SUBTITLE_WORDS
            and above >= window.start
            and above not in reasons
            and headline_like(texts[above])
            and 6 <= len(words(texts[above])) < len(words(texts[chosen]))
        ):
            return above
        return chosen
    if candidates:
        return candidates[0]
    # The first paragraph itself may be the headline's line ("Breaking ...").
    return None
