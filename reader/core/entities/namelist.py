"""Name lists built at run time from data that installed packages ship
(Babel/CLDR territory, language and city names; pycountry country names)
plus the small curated alias list in resources/entities/aliases.json.

Everything is cached in memory per language; nothing is written to disk.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .model import MISC, ORG, PLACE
from .translit import Token, normalise_map, prefix_splits, read_tokens, tokens, word_script

if TYPE_CHECKING:
    from babel import Locale

ALIASES_PATH = Path(__file__).resolve().parents[3] / "resources" / "entities" / "aliases.json"
# Major companies, media and institutions in right-to-left scripts, same format.
ORGANISATIONS_PATH = ALIASES_PATH.with_name("organisations.json")

# CLDR "territories" that are organisations rather than places; and ones that
# are not useful as entities (World, Unknown Region, outlying Oceania).
_ORG_TERRITORIES = {"UN", "EU", "EZ"}
_SKIP_TERRITORIES = {"001", "ZZ", "QO"}
# Language names only for widely used languages: CLDR has hundreds, and rare
# ones collide with ordinary words.
_LANGS = ("en fr de es it pt ru zh ja ko ar he nl fa tr pl uk el hi yi la").split()
# Forms so short or common they cause false highlights.
_STOP_FORMS = {"he": {"ים", "שם"}, "ar": set(), "fr": set(), "nl": set(), "en": set()}


@dataclass(frozen=True)
class NameEntry:
    form: tuple[str, ...]  # normalised tokens of the surface form
    canonical: str  # English name
    label: str
    source: str  # "cldr", "pycountry", "alias"
    after_clitic: bool = False  # the article-less variant: only after a clitic ("للهند", not "هند")
    # a Hebrew acronym written with gershayim ("אופ\"ק", OPEC): without them its letters
    # may spell a word ("אופק", horizon, also a given name), so such a match needs them
    acronym: bool = False


def _babel_locale(code: str) -> Locale:
    from babel import Locale

    return Locale.parse(code)


@lru_cache(maxsize=1)
def _aliases() -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    for path in (ALIASES_PATH, ORGANISATIONS_PATH):
        try:
            entries += json.loads(path.read_text(encoding="utf-8"))["entries"]
        except (OSError, ValueError, KeyError):
            pass
    return entries


@cache
def raw_names(language: str) -> tuple[tuple[str, str, str, str], ...]:
    """(surface form, canonical English name, label, source) for `language`."""
    out: list[tuple[str, str, str, str]] = []
    en = _babel_locale("en")
    try:
        loc = _babel_locale(language)
    except Exception:  # unknown locale: aliases only
        loc = None
    if loc is not None:
        for code, name in loc.territories.items():
            if code in _SKIP_TERRITORIES or code not in en.territories or "-alt-" in code:
                continue
            label = ORG if code in _ORG_TERRITORIES else PLACE
            out.append((name, en.territories[code], label, "cldr"))
        for code in _LANGS:
            if code in loc.languages and code in en.languages:
                out.append((loc.languages[code], en.languages[code], MISC, "cldr"))
        # Exemplar cities of time zones: a ready-made translated city list.
        en_zones = en.time_zones
        for tz, data in loc.time_zones.items():
            city = data.get("city") if hasattr(data, "get") else None
            en_city = en_zones.get(tz, {}).get("city") if tz in en_zones else None
            if not en_city:
                en_city = tz.rsplit("/", 1)[-1].replace("_", " ")
            # short one-word city names in CLDR (Chuuk = ترك) collide with
            # words; letters are counted without marks (Urdu امّان is امان "safety")
            if city and not tz.startswith("Etc/") and (" " in city or len(normalise_map(city)[0]) >= 5):
                out.append((city, en_city, PLACE, "cldr"))
    try:  # pycountry's gettext catalogues translate official country names
        import gettext

        import pycountry

        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
        for c in pycountry.countries:
            canonical = getattr(c, "common_name", None) or c.name
            for attr in ("name", "common_name", "official_name"):
                val = getattr(c, attr, None)
                if val:
                    t = tr.gettext(val)
                    if t != val or language == "en":
                        out.append((t, canonical, PLACE, "pycountry"))
    except Exception:  # no catalogue for this language
        pass
    for entry in _aliases():
        for form in entry.get(language, []):
            out.append((form, entry["canonical"], entry.get("label", MISC), "alias"))
    return tuple(out)


def _form_variants(form: str, language: str) -> list[str]:
    """A form plus its article-less variant (Arabic ال, Hebrew ה) so prefixed
    text like لل+… or בה+… still finds it after prefix stripping."""
    variants = [form]
    if language == "ar" and form.startswith("ال"):
        variants.append(form[2:])
    if language == "he" and form.startswith("ה") and len(form) > 3:
        variants.append(form[1:])
    return variants


@cache
def name_index(language: str) -> dict[str, list[NameEntry]]:
    """First normalised token -> entries, longest form first.

    Aliases win over CLDR when the same form has two canonicals."""
    seen: dict[tuple[str, ...], NameEntry] = {}
    stop = _STOP_FORMS.get(language, set())
    for form, canonical, label, source in raw_names(language):
        for n, variant in enumerate(_form_variants(form, language)):
            toks = tuple(normalise_map(t.text)[0] for t in tokens(variant))
            if not toks or len("".join(toks)) < 2 or variant in stop:
                continue
            old = seen.get(toks)
            if old and (old.source == "alias" and source != "alias" or n and not old.after_clitic):
                continue
            acronym = language == "he" and any(ch in _GERSHAYIM for ch in variant)
            seen[toks] = NameEntry(toks, canonical, label, source, after_clitic=n > 0, acronym=acronym)
    index: dict[str, list[NameEntry]] = {}
    for e in seen.values():
        index.setdefault(e.form[0], []).append(e)
    for lst in index.values():
        lst.sort(key=lambda e: -len(e.form))
    return index


@cache
def listed_canonicals(language: str) -> frozenset[str]:
    """Canonical names with a form in `language`'s name list."""
    return frozenset(e.canonical for entries in name_index(language).values() for e in entries)


@cache
def english_canonical_map() -> dict[str, tuple[str, str]]:
    """Casefolded English variant -> (canonical, label): "US" -> United States."""
    out: dict[str, tuple[str, str]] = {}
    for form, canonical, label, _source in raw_names("en"):
        out.setdefault(form.casefold(), (canonical, label))
    for entry in _aliases():
        for form in entry.get("en", []):
            out[form.casefold()] = (entry["canonical"], entry.get("label", MISC))
    return out


@dataclass(frozen=True)
class NameHit:
    start: int
    end: int
    entry: NameEntry


def find_names(
    text: str, language: str, toks: list[Token] | None = None, only: set[str] | None = None
) -> list[NameHit]:
    """Name-list matches in `text`, with clitic prefixes stripped from the
    first word and exact original-character spans. `only` restricts to the
    given canonical names."""
    if only is not None and not only & listed_canonicals(language):
        return []  # projection asks for one name at a time, most of them not listed
    if toks is None and only is None:
        from .nametables import LANGS, tables  # read by _acronym_spells_a_word

        # a language without name tables (a Yiddish article, say) has none to key on
        loaded = tables(language) if language in LANGS else None
        return list(_all_names(text, language, loaded))
    return _find_names(text, language, toks if toks is not None else read_tokens(text), only)


@lru_cache(maxsize=512)
def _all_names(text: str, language: str, _tables: object) -> tuple[NameHit, ...]:
    """find_names of a whole text, remembered: the recognisers ask it of each
    paragraph twice (the rules and the name-list pass) and of each name found
    by the model again and again. `_tables`: the loaded name tables, which
    the answer depends on (a test may load others)."""
    return tuple(_find_names(text, language, read_tokens(text), None))


# A word of lower-case Latin letters (and elision marks) only: no name of a
# list whose names are all capitalised starts there (see _find_names).
_LOWER_LATIN = re.compile(r"[a-zß-öø-ÿ'’]+")


@cache
def _all_capitalised(language: str) -> bool:
    """No entry of the language's list is a name written in lower case ("ynet")."""
    return not any(e.canonical[:1].islower() for entries in name_index(language).values() for e in entries)


def _find_names(text: str, language: str, toks: Sequence[Token], only: set[str] | None) -> list[NameHit]:
    index = name_index(language)
    # Only a capitalised word (or one of digits, or of another script) starts
    # a name of a list with no lower-case name: a Latin name must be
    # capitalised in the text (below), and every cut of a lower-case word
    # starts at a lower-case letter. Those words, most of a French or Dutch
    # paragraph, are passed over without normalising them.
    skip_lower = _all_capitalised(language)
    norms: list[tuple[str, tuple[int, ...]] | None] = [None] * len(toks)

    def norm(k: int) -> tuple[str, tuple[int, ...]]:
        found = norms[k]
        if found is None:
            found = norms[k] = normalise_map(toks[k].text)
        return found

    hits: list[NameHit] = []
    i = 0
    while i < len(toks):
        if skip_lower and _LOWER_LATIN.fullmatch(toks[i].text):
            i += 1
            continue
        best: NameHit | None = None
        best_len = 0
        norm0, map0 = norm(i)
        for cut in prefix_splits(norm0, language):
            stem = norm0[cut:]
            for e in index.get(stem, ()):
                n = len(e.form)
                if n <= best_len or i + n > len(toks):
                    continue
                if only is not None and e.canonical not in only:
                    continue
                if e.after_clitic and not _absorbs_article(norm0[:cut], language):
                    continue
                if e.acronym and _acronym_spells_a_word(toks, i, n, stem, language):
                    continue
                if any(norm(i + k)[0] != e.form[k] for k in range(1, n)):
                    continue
                # Latin-script names must be capitalised in the text, unless the
                # name itself is written in lower case ("ynet").
                first = toks[i].text[map0[cut]]
                if word_script(first) == "latn" and not first.isupper() and not e.canonical[:1].islower():
                    continue
                if not _adjacent(text, toks, i, n):
                    continue
                s0, e0 = toks[i].start, toks[i + n - 1].end
                if text[e0 : e0 + 1] == "\u200c" or text[s0 - 1 : s0] == "\u200c":
                    continue  # part of a half-space compound: "ایران‌خودرو" is a company, not Iran
                best = NameHit(toks[i].start + map0[cut], toks[i + n - 1].end, e)
                best_len = n
            if best is not None:
                break  # fewest stripped letters wins
        if best is not None:
            hits.append(best)
            i += best_len
        else:
            i += 1
    return hits


_GERSHAYIM = ('"', "\u05f4")


def _acronym_spells_a_word(toks: Sequence[Token], i: int, n: int, stem: str, language: str) -> bool:
    """An acronym's letters written without its gershayim that are a frequent
    word or a name: "אופק" (horizon; Ofek) is not "אופ\"ק" (OPEC). Spelt out
    without them and rare ("נאטו"), the acronym it stays."""
    if any(ch in _GERSHAYIM for t in toks[i : i + n] for ch in t.text):
        return False
    from .nametables import tables  # the tables never import this module

    t = tables(language)
    return t.is_common(stem) or max(t.given(stem), t.surname(stem)) >= 0.3


def _absorbs_article(prefix: str, language: str) -> bool:
    """Does this clitic prefix swallow the article of the word after it?
    (Arabic "لل" and "…ال"; Hebrew ב ל כ before ה.)"""
    if language == "ar":
        return prefix.endswith(("ال", "لل"))
    return language == "he" and prefix[-1:] in ("ב", "ל", "כ")


def _adjacent(text: str, toks: Sequence[Token], i: int, n: int) -> bool:
    """Tokens i..i+n-1 are separated only by spaces, hyphens or half-spaces
    ("صندوق بین‌المللی پول": the list's form is split at the half-space too)."""
    for k in range(i, i + n - 1):
        gap = text[toks[k].end : toks[k + 1].start]
        if gap.strip(" -\u00a0\u200c") or len(gap) > 2:
            return False
    return True
