"""Turn files on disk into articles: decode, extract, clean, detect, segment.

Every refusal is an `ImportError_` with a reason a person can act on; one bad
file never stops the others (see `import_paths`).
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import boilerplate
from .boilerplate import RemovedBlock, classify, split_ticker_lines
from .errors import ImportRefused as ImportRefused  # defined with the other errors
from .safe_text import path_text
from .text import Paragraph, count_words, split_paragraphs, split_sentences

SUPPORTED_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
MAX_FILE_BYTES = 20 * 1024 * 1024  # a news article is kilobytes; 20 MB is surely not one
MAX_PARAGRAPHS = 20_000


@dataclass
class ImportedArticle:
    title: str
    language: str
    paragraphs: list[Paragraph]
    source_path: str | None  # None for pasted text
    encoding: str
    date: str | None = None
    warnings: list[str] = field(default_factory=list)
    # Site clutter taken out of the page, in page order (see boilerplate.py).
    removed_blocks: list[RemovedBlock] = field(default_factory=list)

    def restore(self, hashes: set[str]) -> int:
        """Put back the removed blocks whose `block_hash` is in `hashes`, each
        at its place in the page; returns how many were restored."""
        back = [b for b in self.removed_blocks if b.text_hash in hashes]
        if not back:
            return 0
        removed_positions = {b.position for b in self.removed_blocks}
        total = len(self.paragraphs) + len(self.removed_blocks)
        kept_positions = [i for i in range(total) if i not in removed_positions]
        placed = dict(zip(kept_positions, self.paragraphs))
        for block in back:
            placed[block.position] = Paragraph(block.text, split_sentences(block.text, self.language))
        self.paragraphs = [placed[i] for i in sorted(placed)]
        self.removed_blocks = [b for b in self.removed_blocks if b.text_hash not in hashes]
        return len(back)

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)

    @property
    def content_hash(self) -> str:
        from .storage import content_hash

        return content_hash(p.text for p in self.paragraphs)

    @property
    def word_count(self) -> int:
        return sum(count_words(p.text) for p in self.paragraphs)


# --- decoding ---------------------------------------------------------------

_BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
]
# Single-byte code pages we try when the bytes are not UTF-8, in this order of
# preference on ties. Windows-1255/1256 are what Hebrew and Arabic sites and
# old Office exports use; cp1252 is a superset of Latin-1 for printable text.
# Ties (identical-looking decodings) go to the earlier one.
_LEGACY_ENCODINGS = [
    "cp1252",
    "cp1255",
    "cp1256",
    "cp1251",
    "cp1250",
    "cp1253",
    "cp1254",
    "iso-8859-6",
    "iso-8859-7",
    "iso-8859-2",
    "koi8-r",
    "latin-1",
]


def _printable_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(
        1
        for ch in text
        if (unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs") and ch not in "\n\r\t\f") or ch == "\ufffd"
    )
    return 1 - bad / len(text)


# Japanese mixes kana and kanji inside one word.
_SCRIPT_FAMILY = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "KATAKANA-HIRAGANA": "CJK", "HANGUL": "CJK"}


def _letter_score(text: str) -> float:
    """How much of the text is letters of one script forming words.

    A wrong code page turns letters into symbols, marks or letters of an
    unrelated script mixed inside words; the right one yields long runs of
    letters of one script.
    """
    score = 0
    for word in re.findall(r"[^\W\d_]{2,}", text):
        scripts = {
            _SCRIPT_FAMILY.get(script, script)
            for script in (unicodedata.name(ch, "?").split(" ")[0] for ch in word)
        }
        if len(scripts) != 1:
            continue
        # Hebrew or Arabic bytes read as cp1252 give words made only of
        # accented letters ("ùåì"); real Latin words are mostly ASCII.
        if scripts == {"LATIN"} and sum(ch.isascii() for ch in word) * 2 < len(word):
            continue
        # Bytes read through the wrong page give words like "ИшД" or "ΣαΜ":
        # real words are lower case, Capitalised or UPPER CASE.
        if not (word.islower() or word.isupper() or word.istitle() or word == word.swapcase()):
            continue
        score += len(word)
    return score / max(1, len(text))


def _best_language(text: str) -> tuple[str, float]:
    """py3langid's best language for the text and its probability (0..1)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    global _IDENTIFIER
    if _IDENTIFIER is None:
        _IDENTIFIER = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    language, probability = _IDENTIFIER.classify(text[:3000])
    return str(language), float(probability)


# Languages whose every letter is in Windows-1252: a legacy file in one of them
# is cp1252 (or Latin-1), whatever page happens to score a hair higher.
_WESTERN_LANGUAGES = frozenset({"fr", "nl", "en", "de", "es", "it", "pt", "ca", "da", "sv", "no", "af"})


_IDENTIFIER = None


def release_language_identifier() -> None:
    """Drop py3langid's models (about 70 MB resident) once an import is done:
    they load again in about 0.5 s at the next import, which is rare."""
    import sys

    global _IDENTIFIER
    _IDENTIFIER = None
    langid = sys.modules.get("py3langid.langid")
    if langid is not None:
        vars(langid)["IDENTIFIER"] = None  # py3langid's module-level model (untyped package)


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte is mostly NUL for Latin text, or
    a constant high byte (0x05 Hebrew, 0x06 Arabic)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for name, high, _low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        common = max(set(high[:2000]), key=high[:2000].count)
        if common in (0x00, 0x05, 0x06) and high[:2000].count(common) > 0.6 * len(high[:2000]):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                continue
            if _printable_ratio(text) > 0.95:
                return name
    return None


def decode_bytes(data: bytes) -> tuple[str, str, list[str]]:
    """(text, encoding, warnings). Raises ImportRefused for binary data."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name, []
    utf16 = _looks_utf16(data)
    if utf16:
        return data.decode(utf16), utf16, []
    if b"\x00" in data:  # anywhere: `in` on bytes is a memchr, cheap for the whole file
        raise ImportRefused("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as error:
        utf8_error = error
    # Nearly valid UTF-8 (a damaged byte or two) is still UTF-8: keep the text,
    # mark the damage with U+FFFD and say so.
    text = data.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd")
    # ...but only if it also holds well-formed non-ASCII UTF-8: a Latin-1 file
    # with one "ñ" has a single invalid byte and nothing else beyond ASCII.
    well_formed = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    if (
        damaged
        and well_formed >= damaged
        and damaged <= max(3, len(text) // 1000)
        and _letter_score(text) > 0.3
    ):
        return text, "utf-8", [f"{damaged} invalid UTF-8 byte sequence(s) replaced by �"]
    # Every single-byte page decodes anything, and a wrong one still yields
    # words of one script (Hebrew read as cp1251 is Cyrillic), so each
    # decoding is scored by letters-in-words times how surely the language
    # identifier recognises a language in it.
    from charset_normalizer import from_bytes

    names = list(_LEGACY_ENCODINGS)
    guess = from_bytes(data).best()
    if guess is not None and guess.encoding not in names:
        names.append(guess.encoding)  # multi-byte pages: Shift-JIS, GB18030, EUC...
    candidates = []
    for index, name in enumerate(names):
        try:
            decoded = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        language, probability = _best_language(decoded)
        candidates.append((_letter_score(decoded) * probability, -index, name, decoded, language))
    if not candidates:
        raise ImportRefused(f"cannot decode text ({utf8_error.reason} at byte {utf8_error.start})")
    score, _, name, decoded, language = max(candidates)
    # Pages that differ in a letter or two score within noise of each other:
    # French "Liège" read as cp1250 is "Liče", a Latin word too, and the
    # identifier can be 0.1% surer of it. Text in a Western language is cp1252.
    if language in _WESTERN_LANGUAGES and name not in ("cp1252", "latin-1"):
        western = [c for c in candidates if c[2] in ("cp1252", "latin-1") and c[0] >= score * 0.99]
        if western:  # cp1252 fails on its five undefined bytes; Latin-1 never does
            score, _, name, decoded, language = max(western)
    if score < 0.3 or _printable_ratio(decoded) < 0.9:
        raise ImportRefused(
            "cannot decode text: not UTF-8, UTF-16 or a Windows code page (the file may be binary or damaged)"
        )
    return decoded, name, []


# --- metadata, markup --------------------------------------------------------

# " date 2023-11 " at the start of a line, as scrapers leave it.
_DATE_LINE = re.compile(
    r"^[ \t]*(?:date|published|datum|date de publication|תאריך|التاريخ)[ \t]*:?[ \t]+"
    r"(\d{4}-\d{2}(?:-\d{2})?(?:[T ][0-9:]+Z?)?)[ \t]*",
    re.IGNORECASE | re.MULTILINE,
)


def extract_date(text: str) -> tuple[str, str | None]:
    """Remove inline date metadata; return (text without it, date or None)."""
    found: list[str] = []

    def take(match: re.Match[str]) -> str:
        found.append(match.group(1))
        return ""

    cleaned = _DATE_LINE.sub(take, text)
    return cleaned, (found[0] if found else None)


def html_to_text(html: str, warnings: list[str] | None = None) -> tuple[str, str | None, str | None]:
    """(main text, title, date) using trafilatura. lxml's text is the
    fallback, for pages too short for boilerplate removal and whenever
    trafilatura fails (a note goes to `warnings`). Scripts and styles dropped.
    The date comes from the page's markup only: trafilatura's search of the
    visible text takes a footer's "© 2024" for the publication date."""
    text, title, date, _fallback = _extract_html(html, warnings if warnings is not None else [])
    return text, title, date


def _extract_html(html: str, warnings: list[str]) -> tuple[str, str | None, str | None, bool]:
    """html_to_text, and whether the lxml fallback made the text (its text
    still carries the site's clutter)."""
    text = title = date = None
    try:
        import trafilatura

        text = trafilatura.extract(
            html,
            include_comments=False,
            include_tables=True,
            favor_recall=True,
            include_formatting=False,
            include_links=False,
            include_images=False,
            deduplicate=False,
        )
    except Exception as error:  # ImportError, a parser bug: the plain text still serves
        warnings.append(
            f"article extraction failed ({type(error).__name__}: {error}); imported the page's plain text"
        )
    try:
        from trafilatura.metadata import extract_metadata

        meta = extract_metadata(html, extensive=False)
        if meta is not None:
            title, date = meta.title, meta.date
    except Exception:  # metadata is a bonus; the text matters
        pass
    if text:
        return text, title, date, False
    return _lxml_text(html), title, date, True


def _lxml_text(html: str) -> str:
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:
        return ""
    for element in root.xpath("//script|//style|//noscript|//template"):
        element.drop_tree()
    blocks = []
    for element in root.iter("p", "h1", "h2", "h3", "h4", "li", "blockquote", "pre", "td"):
        line = " ".join(element.text_content().split())
        if line:
            blocks.append(line)
    if not blocks:
        blocks = [" ".join(root.text_content().split())]
    return "\n\n".join(blocks)


_MD_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")  # a picture: its alt text is not article text
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")


def markdown_to_text(text: str) -> tuple[str, str | None]:
    """Plain text of a Markdown article and its first heading (else the
    front matter's title) as the title. Front matter ("---" YAML at the top)
    is metadata: only its date stays, as a line extract_date takes."""
    front_title = None
    front = _MD_FRONT_MATTER.match(text)
    if front:
        fields = dict(re.findall(r"^\s*(\w+)\s*:\s*[\"']?(.*?)[\"']?\s*$", front.group(1), re.MULTILINE))
        front_title = fields.get("title") or None
        text = (f"date: {fields['date']}\n" if fields.get("date") else "") + text[front.end() :]
    heading = re.search(r"^\s{0,3}#\s+(.+)$", text, re.MULTILINE)
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    text = re.sub(r"^\s*([-*_]\s*){3,}$", "", text, flags=re.MULTILINE)  # rules
    return text, (heading.group(1).strip() if heading else front_title)


# --- title ---------------------------------------------------------------------

_CREDIT = re.compile(
    r"^(צילום|קרדיט|photo|foto|crédit|credit|image|afbeelding|تصوير|الصورة|صورة|©|\(c\))\b",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(r"cookie|javascript|subscribe|abonneer|abonnez|הרשמו|اشترك", re.IGNORECASE)


def choose_title(paragraphs: list[Paragraph], language: str, max_length: int = 120) -> str:
    """A headline-like paragraph near the top, else the first sentence.

    Skips photo captions (a short line followed by a credit line, or the
    credit line itself), cookie banners and lines without letters.
    """
    texts = [p.text for p in paragraphs]
    for i, text in enumerate(texts[:8]):
        next_text = texts[i + 1] if i + 1 < len(texts) else ""
        if _CREDIT.match(text) or _BOILERPLATE.search(text) or not re.search(r"[^\W\d_]", text):
            continue
        if _CREDIT.match(next_text) and len(text.split()) <= 5:
            continue  # caption: a lone name above "Photo: ..."
        if len(text) <= 160 and not text.rstrip().endswith((".", "!", "?", "؟", ":")):
            return _shorten(text, max_length)
        break
    for text in texts:
        if _CREDIT.match(text) or _BOILERPLATE.search(text):
            continue
        spans = split_sentences(text, language)
        if spans:
            s, e = spans[0]
            return _shorten(text[s:e], max_length)
    return "Untitled"


def _shorten(text: str, max_length: int) -> str:
    text = " ".join(text.split())
    if len(text) <= max_length:
        return text
    cut = text.rfind(" ", 0, max_length)
    return text[: cut if cut > max_length // 2 else max_length].rstrip(" ,;:-–") + "…"


# --- language ----------------------------------------------------------------


def detect_language(text: str) -> str:
    """ISO 639-1 code from py3langid (offline, bundled model), with the
    languages it confuses told apart by their spelling: Yiddish (which it
    does not know) from Hebrew, and Arabic, Persian and Urdu."""
    import py3langid

    sample = text[:5000]
    if not sample.strip():
        return "und"
    hebrew = len(_HEBREW_LETTER.findall(sample))
    arabic = len(_ARABIC_LETTER.findall(sample))
    latin = len(_LATIN_LETTER.findall(sample))
    # A page in Hebrew or Arabic script may quote English at length; an
    # English or French page rarely holds a quarter of its letters in them.
    if hebrew > arabic and 3 * hebrew >= latin:
        return "yi" if _yiddish_score(sample) > 0 else "he"
    if arabic > hebrew and 3 * arabic >= latin:
        return _arabic_script_language(sample)
    code: str
    code, _score = py3langid.classify(sample)
    return {"iw": "he"}.get(code, code)


_HEBREW_LETTER = re.compile(r"[\u05d0-\u05ea\u05f0-\u05f2]")
_ARABIC_LETTER = re.compile(r"[\u0620-\u064a\u066e-\u06d3]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_SCRIPT_WORD = re.compile(r"[\u0590-\u05ff\ufb1d-\ufb4f\u0600-\u06ff\u200c]+")
# Yiddish spelling: double vav/yod ligatures, pointed alef (אַ אָ), fe with
# rafe (פֿ), and its commonest words, which Hebrew does not use.
_YIDDISH_MARKS = re.compile("[\u05f0\u05f1\u05f2\ufb1f\ufb2e\ufb2f\ufb4e]|\u05d0[\u05b7\u05b8]|\u05e4\u05bf")
_YIDDISH_WORDS = frozenset(
    "דער דאָס דאס און איז פֿון פון ניט נישט זיך אויף מיט האָט האט וואָס וואס אויך שוין נאָך "
    "געווען זענען זיינען פֿאַר אַז דעם אָבער אבער אַלע וועט האָבן האבן מען ווערן געהאַט".split()
)
_HEBREW_WORDS = frozenset(
    "של את על הוא היא זה לא גם עם כי אשר אבל או היה יש כל אחרי לפני בין עוד רק מה".split()
)
# Words that only one of the three languages writes this way.
_SCRIPT_LANGUAGE_WORDS = {
    "ar": frozenset("في من على إلى أن التي الذي عن مع هذا هذه كان قد ذلك وقال بين بعد كما أو إن".split()),
    "fa": frozenset("است این که را از با می های شده برای بود کرد خود شد نیز اند کند آن ها".split()),
    "ur": frozenset("کے کی ہے میں اور کا سے کو نے ہیں یہ کہ پر تھا گیا ہو بھی کر".split()),
}
_URDU_LETTERS = re.compile("[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2\u06d3]")  # ٹ ڈ ڑ ں ھ ہ ے ۓ
_PERSIAN_LETTERS = re.compile("[\u067e\u0686\u0698\u06af\u06a9\u06cc]")  # پ چ ژ گ ک ی
_ARABIC_ONLY = re.compile("[\u0629\u0643\u064a\u0649]")  # ة ك ي ى


def _yiddish_score(text: str) -> int:
    """Positive when the Hebrew-script text reads as Yiddish."""
    found = _SCRIPT_WORD.findall(text)
    plain = [re.sub("[\u0591-\u05c7]", "", w) for w in found]
    yiddish = sum(1 for w, p in zip(found, plain) if w in _YIDDISH_WORDS or p in _YIDDISH_WORDS)
    hebrew = sum(1 for p in plain if p in _HEBREW_WORDS)
    marks = len(_YIDDISH_MARKS.findall(text))
    return yiddish + min(marks, len(found) // 10 + 1) - 2 * hebrew


def _arabic_script_language(text: str) -> str:
    """ar, fa or ur from the letters and function words each one alone uses."""
    letters = max(1, len(_ARABIC_LETTER.findall(text)))
    found = _SCRIPT_WORD.findall(text)
    scores = {
        code: sum(1 for w in found if w in vocabulary) / max(1, len(found))
        for code, vocabulary in _SCRIPT_LANGUAGE_WORDS.items()
    }
    scores["ur"] += 3 * len(_URDU_LETTERS.findall(text)) / letters
    scores["fa"] += len(_PERSIAN_LETTERS.findall(text)) / letters
    scores["ar"] += len(_ARABIC_ONLY.findall(text)) / letters
    return max(scores, key=scores.__getitem__)


# --- the pipeline ---------------------------------------------------------------


def import_file(path: Path, language: str | None = None) -> ImportedArticle:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ImportRefused(f"unsupported file type '{suffix or 'none'}' (use .txt, .md, .html)")
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ImportRefused(f"cannot read file: {error.strerror or error}") from error
    if size == 0:
        raise ImportRefused("empty file")
    if size > MAX_FILE_BYTES:
        raise ImportRefused(
            f"file too large ({size / 1_048_576:.1f} MB; the limit is {MAX_FILE_BYTES // 1_048_576} MB)"
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportRefused(f"cannot read file: {error.strerror or error}") from error
    text, encoding, warnings = decode_bytes(data)
    if "\x00" in text:  # UTF-16 and BOM-marked text are decoded before the byte check
        raise ImportRefused("binary file (contains NUL characters), not text")

    kind = "html" if suffix in (".html", ".htm") else "markdown" if suffix in (".md", ".markdown") else "text"
    return article_from_text(
        text,
        kind,
        source_path=path_text(path.resolve()),  # undecodable bytes escaped
        encoding=encoding,
        warnings=warnings,
        language=language,
    )


# Removed lines that never hold the article's own date.
_NOT_DATELINES = {boilerplate.COMMENTS, boilerplate.RELATED, boilerplate.REPEAT, boilerplate.TICKER}


def article_from_text(
    text: str,
    kind: str,
    *,
    source_path: str | None,
    encoding: str,
    warnings: list[str] | None = None,
    language: str | None = None,
) -> ImportedArticle:
    """An article from decoded text of one `kind` ("html", "markdown" or
    "text"): main text extracted, site clutter removed (kept aside as
    `removed_blocks`), language detected, title and date found."""
    warnings = list(warnings or [])
    title = date = heading = None
    extracted = False
    if kind == "html":
        text, title, date, fallback = _extract_html(text, warnings)
        extracted = not fallback
    elif kind == "markdown":
        text, heading = markdown_to_text(text)
    text, inline_date = extract_date(text)

    if not re.search(r"[^\W\d_]", text):
        raise ImportRefused("no readable text in the file")
    if not extracted:
        text = split_ticker_lines(text)
    blocks = split_paragraphs(text)
    detected = language or detect_language(text)
    removed: list[RemovedBlock] = []
    headline = None
    found = classify(blocks, detected, heading=heading or title, extracted=extracted)
    removed, headline = found.removed, found.headline
    kept = [blocks[i] for i in found.kept]
    if not language and kept:
        detected = detect_language("\n".join(kept))  # clutter can mislead the identifier
    paragraphs = [Paragraph(p, split_sentences(p, detected)) for p in kept]
    if len(paragraphs) > MAX_PARAGRAPHS:
        raise ImportRefused(f"too many paragraphs ({len(paragraphs)}) for one article")
    if not date:
        reasons = {b.position: b.reason for b in removed}
        date = inline_date or dateline(
            [t for i, t in enumerate(blocks) if reasons.get(i) not in _NOT_DATELINES], kept[:3]
        )
    if not title and headline is not None:
        title = _shorten(blocks[headline], 200)
    return ImportedArticle(
        title=title or heading or choose_title(paragraphs, detected),
        language=detected,
        paragraphs=paragraphs,
        source_path=source_path,
        encoding=encoding,
        date=date,
        warnings=warnings,
        removed_blocks=removed,
    )


# "PARIS, 3 octobre 2023 (AFP) - ...": a place, the date, an agency, a dash.
_DATELINE_OPENING = re.compile(
    r"^\s*[^\W\d_][^,،.\n]{0,40}[,،]\s*([^()\n]{6,40}?)\s*(?:\([^)\n]{1,30}\))?\s*[-–—]\s"
)
_PUBLISHED = re.compile(
    r"publié|gepubliceerd|published|posted|פורסם|نشر|تاريخ النشر|انتشار|منتشر|شائع", re.IGNORECASE
)
# "Mis à jour le ...": a later date than the article's own.
_UPDATED = re.compile(r"mis à jour|modifié|bijgewerkt|updated|עודכן|آخر تحديث|به‌?روز|اپ ڈیٹ", re.IGNORECASE)


def dateline(lines: list[str], openings: Sequence[str] = (), max_words: int = 16) -> str | None:
    """The date written in a short line (a byline, a dateline, a "published"
    stamp; an "updated" stamp only when there is nothing else), or at the
    opening of the first paragraphs ("PARIS, 3 octobre 2023 (AFP) - ").
    Long lines are the article's prose, whose dates are events, not the
    article's own."""
    from .dates import find_date

    short = [line for line in lines if count_words(line) <= max_words]
    # A line that says "published" first: sites also print today's date in their header.
    for line in short:
        if _PUBLISHED.search(line) and not _UPDATED.search(line):
            found = find_date(line)
            if found:
                return found
    updated = None
    for line in short:
        found = find_date(line)
        if found and not _UPDATED.search(line):
            return found
        updated = updated or found
    for line in openings:
        match = _DATELINE_OPENING.match(line)
        if match and find_date(match.group(1)):
            return find_date(match.group(1))
    return updated


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """The files named, and the supported files inside folders (sorted). A
    folder that cannot be read, or holds nothing to import, is yielded
    itself, so that `import_paths` explains it instead of importing nothing
    without a word."""
    for path in map(Path, paths):
        if not path.is_dir():
            yield path
            continue
        unreadable: list[Path] = []
        found = sorted(
            Path(folder, name)
            # the walk ends within this iteration, so the lambda sees this `unreadable`
            for folder, _dirs, names in os.walk(path, onerror=lambda e: unreadable.append(Path(e.filename)))  # noqa: B023
            for name in names
            if Path(name).suffix.lower() in SUPPORTED_SUFFIXES
            and not name.startswith(".")
            and Path(folder, name).is_file()
        )
        yield from found
        yield from sorted(unreadable) if found or unreadable else [path]


def _folder_problem(folder: Path) -> str:
    try:
        with os.scandir(folder) as entries:
            empty = next(entries, None) is None
    except OSError as error:
        return f"cannot read the folder: {error.strerror or error}"
    return (
        "empty folder: nothing to import"
        if empty
        else f"nothing to import: no {', '.join(sorted(SUPPORTED_SUFFIXES))} files in the folder"
    )


@dataclass
class ImportOutcome:
    path: Path | str  # a file, or a web address (fetch.url_outcome)
    article: ImportedArticle | None = None
    error: str | None = None


def import_paths(paths: Iterable[Path]) -> Iterator[ImportOutcome]:
    """Import each file; a failure is reported and the rest go on."""
    for path in iter_files(paths):
        if path.is_dir():
            yield ImportOutcome(path, error=_folder_problem(path))
            continue
        if not path.exists():
            yield ImportOutcome(path, error="no such file or folder")
            continue
        try:
            yield ImportOutcome(path, article=import_file(path))
        except ImportRefused as error:
            yield ImportOutcome(path, error=str(error))
        except Exception as error:  # a bug must not lose the other files
            yield ImportOutcome(path, error=f"unexpected error: {type(error).__name__}: {error}")
