"""Finding names in source text without a model: Latin-script runs that look
like names, names known elsewhere in the library (exact or by consonant
skeleton, so "Sam Altman" finds סם אלטמן and سام ألتمان), and projection of
entities found in the English translation onto the aligned source sentence."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from .latin import (
    CLUB_PREFIXES,
    CLUB_PREPOSITIONS,
    COMMON_ACRONYMS,
    COMPANY_NOUNS,
    HYPHEN_PARTICLES,
    INSTITUTION_HEADS,
    LANDMARK_HEADS,
    LANDSCAPES,
    LOCATIVES,
    MEMBERS_NOUNS,
    ORG_COMPOUND_HEADS,
    ORG_SUFFIXES,
    PARTICLES,
    PERSON_CUES,
    PLACE_LOCATIVES,
    PLACE_NOUNS,
    REGION_ADJECTIVES,
    REGIONS,
    SPORT_CUES,
    STREET_NOUNS,
    WEAK_SPORT_CUES,
    WORLD_CITY,
    city,
    connected_town_at,
    is_demonym,
    is_given_name,
    is_lead_word,
    is_misc_cue,
    is_misc_name,
    is_org_compound,
    is_org_head,
    is_portfolio,
    is_venue,
    listed_body,
    subdivision_names,
    village,
)
from .model import MISC, ORG, PERSON, PLACE, KnownName
from .namelist import english_canonical_map, find_names
from .translit import (
    Token,
    normalise,
    normalise_map,
    prefix_splits,
    read_tokens,
    skeleton,
    token_texts,
    tokens,
    word_script,
)

# A word of a run: (start, end, text).
_Word = tuple[int, int, str]
# A clitic cut of a Hebrew/Arabic word: (offset of the stem, its skeleton,
# the normalised stem, the class of its first letter).
_Cut = tuple[int, str, str, str]


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    label: str
    canonical: str
    how: str  # which matcher found it (recorded in EntityMention.recogniser)
    confidence: float = 1.0


# --- Latin-script names inside any text -------------------------------------------

# Capitalised words that are rarely names on their own: acronyms of roles and
# generic terms, English/Dutch/French function words at the start of quotes.
_NOT_NAMES = set(
    """
AI IA AGI AM PM CEO CTO COO CFO PDG VP LLC LP Inc Ltd Corp Co SA BV NV GPT API PR TV
I We You He She It They The A An As At All About In On Of For And Or But If So To
My Our Your His Her Its Their This That These Those There Here What When Where Who Why How
Je Il Elle Nous Vous Ils Le La Les Un Une Des De Du Et Ou Mais Ce Cette Ces
Ik Jij Hij Zij Wij Het Een De Dat Die Deze En Of Maar Als Ook Na Voor Toen Nu Wat
Breaking Update Live Video Photo Foto Lees Read More
Hijri Gregorian
""".split()
)
_ORG_WORDS = set(
    """Inc Corp Corporation Capital Management Group Ltd LLC Holdings Bank University
Labs Technologies Technology Media News Times Post Journal Ventures Partners Foundation Institute
Center Centre Company Co Systems Motors Airlines Network Networks Studios Department Ministry
School College Council Office Board Museum Federation Association Society Union Agency
Commission Bureau Semiconductor Semiconductors Instruments Pharmaceuticals Energy Industries
Airways Electronics Software Robotics Therapeutics Insurance Securities Fund Trust
League Liga Cup FC AFC SC Club United Party Partij Commissie Unie Parlement Raad Kamer Ministerie
Universiteit Stichting Vereniging Bond Rechtbank Hof Politie Omroep Groep City Town Rovers Athletic
Wanderers Hotspur Albion Staten Holding Automotive Trading Logistics Consulting Solutions Services Pharma
Automobiles Foods Telecom Sports Steel Oil Gas Petroleum Mining Shipping Chemicals
Ziekenhuis Kliniek Gasthuis Hogeschool Research Maatschappij Autoriteit Instituut Vakbond Genootschap
Bouw Vastgoed Techniek Installatietechniek Makelaardij Advocaten Accountants
Mines Copper Resources Metals Minerals""".split()
)


# Determiners before a noun: "l'État", "het Rijk", "la Coupe".
_DETERMINERS = frozenset("l' l’ le la les du des au aux het de een un une".split())


# Frequent enough that the capital is the writer's, not a name's ("insee" 4.0, "état" 5.6, "rijk" 4.9).
_COMMON_NOUN_ZIPF = 4.5
# Dutch and Flemish road numbers: motorways (A1), national roads (N36), European routes (E313),
# ring roads (R4); after these words they are the road.
_ROAD_NUMBER = re.compile(r"[AENR]\d{1,3}")
_ON_A_ROAD = frozenset("de op via naar langs over van snelweg autosnelweg ring".split())
# A town's squares written as a capitalised noun: "de Markt", "de Brink", "de Dam", "het Plein".
_SQUARES = frozenset("Markt Brink Dam Plein".split())
# Waters and woods named after a hamlet's adjective: "de Ratumse Beek", "de Bevegemse Vijvers".
_WATERS_AND_WOODS = frozenset(
    "Beek Vijver Vijvers Plas Plassen Ven Vennen Veen Bos Bossen Heide Meer Meren Duinen Broek Dal Weiden Loop".split()
)
# Bodies written as nouns with a capital: places, not common words ("de Aarde", "la Lune").
_CELESTIAL = frozenset("Aarde Maan Zon Terre Lune Soleil".split())
# Prepositions that name them without an article: "op Aarde", "sur Terre", "rond Zon".
_CELESTIAL_PREPOSITIONS = frozenset("op naar rond om van tot sur vers autour à de".split())


def common_noun_use(text: str, s: int, e: int, language: str) -> bool:
    """A capitalised ordinary word after a determiner ("de l'État", "met het
    Rijk"): a frequent word of the language (wordfreq) that is no given
    name, town, region or institution word is a noun written with a
    capital, not a name ("le Sénat", "de Kamer" are institutions)."""
    from .nametables import tables

    word = text[s:e]
    if language == "fr" and " " not in word and _opening_participle(text, s, e):
        return True
    if (
        language not in ("fr", "nl")
        or " " in word
        or word.isupper()
        or word_before(text, s) not in _DETERMINERS
        and not _noun_of_a_noun(text, s)
    ):
        return False
    return (
        tables(language).zipf(word.casefold()) >= _COMMON_NOUN_ZIPF
        and not is_given_name(word)
        and word not in INSTITUTION_HEADS
        and word not in _ORG_WORDS
        and word not in REGIONS
        and word not in _CELESTIAL
        and not (language == "nl" and word in _SQUARES)
        and not city(word, language, 0)
        and not tables(language).place((word,))
    )


# A French past or present participle ("Réunis", "Partis", "Interrogée", "Soucieux" is no participle).
_PARTICIPLE = re.compile(r"\w+(?:é|ée|és|ées|is|ie|ies|it|ite|its|u|ue|us|ues|ant)$")
# What follows a participle opening a sentence: a preposition ("Réunis en front commun"; not a
# comma: "Nestlé, dont le siège...").
_AFTER_PARTICIPLE = re.compile(
    r" (?:(?:en|de|du|des|par|à|au|aux|dans|sur|pour|avec|depuis|devant|après|sous|chez|contre) |d['’]"
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\b)"  # "Réunis samedi au sous-sol"
)


def _opening_participle(text: str, s: int, e: int) -> bool:
    """ "Réunis en front commun, les syndicats...", "Partis de Lyon, ...": a
    participle that opens a sentence is capitalised by its position; a
    frequent word of the language before a preposition, not a name (a town
    or a given name keeps its reading)."""
    from .nametables import tables

    word = text[s:e]
    return (
        _sentence_initial(text, s)
        and text[s - 1 : s] not in ("'", "’")  # "l'Assemblée"
        and _PARTICIPLE.fullmatch(word.casefold()) is not None
        and _AFTER_PARTICIPLE.match(text, e) is not None
        and tables("fr").zipf(word.casefold()) >= 3.0
        and not is_given_name(word)
        and not city(word, "fr", 0)
        and not tables("fr").place((word,))
    )


def _noun_of_a_noun(text: str, s: int) -> bool:
    """ "coup d'État", "conseillère d'État": a capitalised word after "d'"
    that follows a lower-case noun completes that noun (a frequent word
    only, see common_noun_use; "l'usine d'Airbus" keeps its company)."""
    return word_before(text, s) in ("d'", "d’") and _word_before_word(text, s).islower()


@lru_cache(maxsize=1024)  # asked of every capitalised word of every paragraph
def _is_name_word(w: str) -> bool:
    if w.startswith(HYPHEN_PARTICLES) and w[w.index("-") + 1 :][:1].isupper():
        return True  # al-Sisi, el-Baradei
    parts = _WORD_JOINS.split(w)
    if len(parts) > 1 and (parts[0].islower() or parts[-1].islower()):
        return False  # ex-CEO, AI-afdeling: compounds, not names
    return len(w) >= 2 and (w[0].isupper() or any(c.isupper() for c in w[1:])) and w not in _NOT_NAMES


def _town_adjective(text: str, s: int, e: int, language: str) -> bool:
    """ "het Nijmeegse college", "de Bossche wethouder": a capitalised word in
    -se or -sche between an article and a lower-case noun is an adjective of
    a town (MISC), however irregular its form."""
    return (
        language == "nl"
        and re.fullmatch(r"[A-ZÀ-Þ][a-zß-ÿ]+(?:se|sche)", text[s:e]) is not None
        and word_before(text, s) in ("de", "het", "een")
        and re.match(r" [a-zß-ÿ]", text[e : e + 2]) is not None
    )


def _body_before_person(words: list[str], language: str) -> int | None:
    """Where a person's full name starts in a run that opens with a place or
    a body ("Gelderland | Josan Meijers", "Omroep Gelderland | Marc
    Veeningen"): at its second-to-last word, when the words before it are a
    region, a town or a body's head word and it is a given name (after a
    region, any name: "Vereniging Eigen Huis" stays whole)."""
    if len(words) < 3 or any(w in PARTICLES for w in words):
        return None
    cut = len(words) - 2
    head, person = words[:cut], words[cut:]
    if any(is_given_name(w) for w in head) or not all(_PERSON_WORD.match(w) for w in person):
        return None
    body = " ".join(head)
    known = body in REGIONS or city(body, language) or head[0] in _ORG_WORDS or head[-1] in REGIONS
    return cut if known and (is_given_name(person[0]) or body in REGIONS) else None


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    # (",," opens a quote in Dutch papers: ",,Niemand wordt gedwongen", "''" closes it)
    return not before or before[-1] in ".!?:;\"“”«»()[]—–-•▲*#|\n‘’„‚'" or before.endswith(",,")


# "'s Avonds", "'s Zomers": a time of day or year, capitalised after a sentence's "'s".
_ADVERBIAL_GENITIVE = re.compile(r"(?<![\w'’])['’]s $")


# A capitalised article just before a name, inside a sentence: part of the name ("Les Tréteaux").
_CAPITAL_ARTICLE = re.compile(r"(?<![\w'’])(?:Les|Le|La) \Z")


def latin_name_hits(
    text: str, language: str, known: KnownIndex, article_words: frozenset[str] = frozenset()
) -> list[Hit]:
    """Latin-script names in a source paragraph: exact known names,
    alias/name-list forms, then capitalised runs labelled by shape and by the
    words around them. `article_words` (see `name_words`) lets a capitalised
    first word of a sentence count as a name when the article uses it as one
    elsewhere ("Schoof zei..." after "premier Dick Schoof")."""
    hits = []
    en_map = english_canonical_map()
    runs = []
    titled: set[int] = set()  # starts of full names after a title and its portfolio
    for s, e, words in _latin_runs_fixed(text, language):
        head = en_map.get(words[0].casefold())
        if len(words) >= 3 and head and head[1] in (ORG, PLACE) and _shape_label(words[1:]) == PERSON:
            runs.append((s, s + len(words[0]), words[:1]))  # "de Microsoft Brad Smith"
            s, words = text.index(words[1], s + len(words[0])), words[1:]
        elif len(words) >= 3 and is_portfolio(text, s) and _shape_label(words[1:]) == PERSON:
            # "schepen van Cultuur Nabilla Ait Daoud": the portfolio, then the person
            s, words = text.index(words[1], s + len(words[0])), words[1:]
            titled.add(s)  # the title is the person's: "minister van Landbouw Jo Brouns"
        elif (cut := _body_before_person(words, language)) is not None:
            # "gedeputeerde van Gelderland Josan Meijers", "van Omroep Gelderland Marc Veeningen"
            at = s
            for w in words[:cut]:
                at = text.index(w, at) + len(w)
            runs.append((s, at, words[:cut]))
            s, words = text.index(words[cut], at), words[cut:]
        runs.extend(_split_known(text, s, e, words, known))
    for s, e, words in runs:
        surface = text[s:e]
        single = len(words) == 1
        initial = _sentence_initial(text, s)
        k = known.lookup_latin(surface)
        if k:
            label = ORG if words[-1].rstrip(".") in _ORG_WORDS else k[1]
            if label == MISC and not any(re.search(r"\d", w) for w in words) and not is_misc_name(surface):
                label = _shape_label(words)  # MISC is a model's "unsure": the shape is a better guess
            hits.append(Hit(s, e, label, k[0], "known"))
            continue
        if surface.casefold() in en_map:
            canonical, label = en_map[surface.casefold()]
            hits.append(Hit(s, e, label, canonical, "namelist"))
            continue
        parts = surface.split("-")
        # (the lists are asked only about a one-word name of two hyphened parts)
        listed = [_listed_organisation(p, language) for p in parts] if single and len(parts) == 2 else []
        if any(listed) and all(
            name or re.fullmatch(r"[A-Z]{2,5}", p) for p, name in zip(parts, listed)
        ):  # "la majorité MR-Engagés", "PS-Ecolo": a coalition of parties, one of them listed
            at = s
            for part, name in zip(parts, listed):
                hits.append(Hit(at, at + len(part), ORG, name or part, "namelist" if name else "latin"))
                at += len(part) + 1
            continue
        if (
            is_misc_name(surface)
            or _town_adjective(text, s, e, language)
            or all(is_demonym(w, language) for w in words)
            and not (word_before(text, s) in PERSON_CUES and _PERSON_WORD.match(surface))  # "minister Geens"
            and not (
                single and word_before(text, s) in PLACE_LOCATIVES and not re.match(r"\s+[a-zß-ÿ]", text[e:])
            )
        ):  # (not "boeren uit Benderse.": a village, though shaped like "Drentse"; "uit Drentse dorpen" is one)
            hits.append(Hit(s, e, MISC, surface, "latin"))
            continue
        if single and (
            surface in COMMON_ACRONYMS
            or is_portfolio(text, s)
            and not (city(surface, language, 0) or surface in REGIONS)  # "schepen X van Lokeren"
            or common_noun_use(text, s, e, language)
            or _ADVERBIAL_GENITIVE.search(text, max(0, s - 3), s)
            or language == "nl"
            and word_before(text, s) == "des"
        ):
            continue  # "PIB", "minister van Volksgezondheid", "l'État", "'s Avonds", "procureur des Konings"
        if (
            language in ("nl", "fr")
            and single
            and initial
            and not _camel(surface)
            and (surface not in article_words and surface not in REGIONS)
            and not _party_after_name(text, s, e)
            and not (language == "nl" and _reports_after(text, s, e))
            # a home town the gazetteer knows, no word of the language: "Kerkrade wil geen stadion betalen"
            and not (language == "nl" and _town_opening_a_sentence(text, s, e))
        ):
            continue  # a capitalised first word of a sentence is usually not a name
        if language in ("nl", "fr") and single and initial and _NOT_A_NAME_AFTER.match(text, e):
            continue  # "Federaal minister van ...", "Verzekeraars als Achmea": an adjective, a category
        if language in ("nl", "fr") and single and not _camel(surface) and len(words[0]) < 3:
            if _short_village(text, s, e, language):
                hits.append(Hit(s, e, PLACE, surface, "latin"))  # "in Ee", "uit As", "tussen Ee en Oostrum"
            continue
        label, canonical, guessed = _context_label(text, s, e, words, language)
        if s in titled and label in (ORG, PLACE) and not _party_after_name(text, s, e):
            label, guessed = PERSON, False  # "Vlaams minister van Landbouw Jo Brouns (CD&V)"
        if (
            language == "fr"
            and label == PERSON
            and len(words) > 1
            and (article := _CAPITAL_ARTICLE.search(text, max(0, s - 5), s))
            and not _sentence_initial(text, article.start())
        ):  # "la compagnie Les Tréteaux du Rhône": a name with its own article is no person's
            s, label, canonical, guessed = article.start(), ORG, text[article.start() : e], False
        hits.append(Hit(s, e, label, canonical, "latin", SHAPE_GUESS if guessed else 1.0))
    for m in _ORG_COMPOUND.finditer(text):  # "Ajax-trainer", "ADO Den Haag-trainer", "VVD-leider"
        if (
            m.group(2) not in ORG_COMPOUND_HEADS
            and not m.group(2).endswith(_ORG_COMPOUND_ENDINGS)
            and (not m.group(2).endswith(ORG_SUFFIXES))
        ):
            continue  # "VVD-leider", "D66-fractievoorzitter", "Treant-ziekenhuis"
        start, name = m.start(1), m.group(1)
        while " " in name and (
            is_demonym(name.split()[0], language)
            and (language != "nl" or name.split()[0].endswith("e"))  # (not "Vlaams Belang", a party)
            or is_lead_word(name.split()[0])
            or name.split()[0] in _NOT_NAMES
        ):
            cut = name.index(" ") + 1  # "de Mexicaanse PSV-aanvaller": the club is PSV
            start, name = start + cut, name[cut:]
        if all(_is_name_word(w) for w in name.split()) and not is_lead_word(name):
            hits.append(Hit(start, start + len(name), ORG, name, "latin"))  # (not "Oud-directeur")
    if language == "fr":
        hits += [
            Hit(m.start(), m.end(), ORG, m.group(), "institution")
            for m in (_FR_INSTITUTION.finditer(text) if _FR_INSTITUTION_HEAD.search(text) else ())
        ]
        hits += french_named_by_kind(text)
    return _parties_in_lists(text, _with_legal_form(text, hits))


# A company's legal form after its name: Dutch "B.V.", "N.V.", "bv", "VOF",
# Belgian "bvba", "nv", "vzw", "cvba", French "SA", "SAS", "SARL".
_LEGAL_FORM = re.compile(
    r" (?:B\.V\.|N\.V\.|V\.O\.F\.|BV|NV|bv|nv|VOF|vof|vzw|VZW|bvba|BVBA|cvba|CVBA|SA|SAS|SARL|S\.A\.)(?![\w&])"
)


def _with_legal_form(text: str, hits: list[Hit]) -> list[Hit]:
    """A name followed by a company's legal form is the company, the form
    included ("Numisma Holland B.V.", "Groenland NV", "Hoeve De Linde bv"),
    whatever its shape says (a person, a country)."""
    out = []
    for h in hits:
        m = _LEGAL_FORM.match(text, h.end)
        if m:
            h = Hit(h.start, m.end(), ORG, text[h.start : m.end()], h.how, h.confidence)
        out.append(h)
    return out


def _listed_organisation(word: str, language: str) -> str | None:
    """The canonical name of an organisation the name lists hold in this exact form."""
    found = find_names(word, language)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(word) and found[0].entry.label == ORG:
        return found[0].entry.canonical
    return None


# Letters and digits, the shape of party names ("D66", "JA21", "50PLUS") as well as of products.
_PARTY_SHAPE = re.compile(r"^(?:[A-Z]{1,4}\d{2}|\d{2}[A-Z]{3,})$")


def _parties_in_lists(text: str, hits: list[Hit]) -> list[Hit]:
    """A letters-and-digits name listed with organisations ("steun van D66,
    VVD en JA21") is one of them, not a product."""
    ordered = sorted(hits, key=lambda h: h.start)
    out = []
    for i, h in enumerate(ordered):
        if h.label == MISC and _PARTY_SHAPE.match(text[h.start : h.end]):
            near = [
                g
                for g in (ordered[i - 1] if i else None, ordered[i + 1] if i + 1 < len(ordered) else None)
                if g is not None
                and re.fullmatch(
                    r",? (?:en |et |of |ou )?|, ", text[min(g.end, h.end) : max(g.start, h.start)]
                )
            ]
            if near and all(g.label == ORG for g in near):
                h = Hit(h.start, h.end, ORG, h.canonical, h.how, h.confidence)
        out.append(h)
    return out


# Lower-case nouns of French landmarks named after a person or a place: the
# noun is part of the name ("stade de la Beaujoire", "aéroport international
# Blaise-Diagne", "glacier d'Aletsch", "col du Galibier").
_FR_FACILITY = re.compile(
    r"\b(?:stade|aéroport|gare|glacier|col|mont|lac|pont|île|massif|vallée|barrage|tunnel|canal|fleuve|pointe|baie|golfe|"
    r"vélodrome|circuit|parc|pic|plateau|viaduc|château|palais|cathédrale|basilique|grotte|gouffre"
    r"|église|chapelle|collégiale|abbaye|mosquée)"
    r"(?: (?:international|national|régional|municipal|départemental))?"
    r" (?:de la |de l['’]|du |des |de |d['’])?"
    r"([A-ZÀ-Þ][\w’'-]*\w(?: [A-ZÀ-Þ][\w’'-]*\w){0,2})"
)
# French adjectives by their endings ("mondiale", "monétaire", "fédéral",
# "européenne", "professionnel", "naturelles"): the lower-case words of an
# institution's name after its head ("Banque mondiale"); a verb ("a", "juge",
# "prévoit") ends it.
_FR_ADJECTIVE = re.compile(
    r"[a-zàâçéèêëîïôûù-]+(?:al|ale|ales|aux|el|elle|els|elles|ien|ienne|iens|iennes|"
    r"ais|aise|aises|ain|aine|ains|aines|aire|aires|ique|iques|if|ive|ifs|ives|eur|eure|"
    r"eurs|ois|oise|enne|ennes|onne|onnes|uel|uelle|iste|istes|icole|icoles)$"
)
# Heads of buildings' names: "Palais des festivals", "Parc des expositions".
_FR_PLACE_HEADS = frozenset("Palais Parc Château".split())
# Clubs named by a head and the town's adjective: "Stade rennais", "Racing club de Lens".
_FR_CLUB_HEADS = frozenset("Stade Racing Olympique Sporting".split())
# The heads above, as one pattern (built once, not per paragraph).
_FR_HEAD_WORDS = "|".join(
    sorted(INSTITUTION_HEADS | _FR_PLACE_HEADS | _FR_CLUB_HEADS | {"Parti", "Front", "Mouvement"})
)
_FR_HEAD = re.compile(rf"\b({_FR_HEAD_WORDS})\b")
# The words alone, without the "\b" before them: re then skips to their first letters (a
# pattern opening with "\b" is tried at every character), so a paragraph without any is
# passed over quickly.
_FR_HEAD_ANYWHERE = re.compile(f"(?:{_FR_HEAD_WORDS})")


_FR_SEAT = re.compile(
    r" (?:de la |de l['’]|du |des |de |d['’])(?:(?:sud|nord|est|ouest|centre) (?:de la |de l['’]|du |de |d['’]))?"
    r"([A-ZÀ-Þ][\w’'-]*\w)"
)
_SPACE_CAPITAL = re.compile(r" [A-ZÀ-Þ]")


def _channel_name(name: str) -> bool:
    """A broadcaster's name after "le plateau de": listed as a body, or in capitals
    or with a digit ("LCI", "TF1"), as no upland is named."""
    return listed_body(name) or name.isupper() or any(c.isdigit() for c in name)


def french_named_by_kind(text: str) -> list[Hit]:
    """French landmarks named with their kind ("stade de la Beaujoire": a
    place) and institutions whose name goes on in lower case after the head
    ("Banque mondiale", "Agence spatiale européenne", "Ligue de football
    professionnel", "Confédération nationale des travailleurs du Sénégal")."""
    hits = [
        Hit(m.start(), m.end(), PLACE, m.group(), "institution")
        for m in _FR_FACILITY.finditer(text)
        if not is_lead_word(m.group(1).split()[0])
        and not (
            m.group().startswith("plateau") and _channel_name(m.group(1))
        )  # "le plateau de LN24": a studio
    ]
    for m in _FR_HEAD.finditer(text) if _FR_HEAD_ANYWHERE.search(text) else ():
        end = _french_tail(text, m.end())
        if end > m.end():
            seat = _FR_SEAT.match(text[end:])  # "du Québec", "du sud de la Gaspésie"
            if seat and not (is_given_name(seat.group(1)) and _SPACE_CAPITAL.match(text[end + seat.end() :])):
                end += seat.end()  # (not "le Parti québécois de Paul St-Pierre Plamondon": its leader)
            name = text[m.start() : end]
            if not is_misc_name(name):  # "Ligue des champions": a competition
                hits.append(
                    Hit(m.start(), end, PLACE if m.group(1) in _FR_PLACE_HEADS else ORG, name, "institution")
                )
    for m in _FR_LOWER_INSTITUTION.finditer(text):
        end = m.end()
        while m.group().startswith("ministère") and (more := _PORTFOLIO_MORE.match(text, end)):
            end = more.end()  # "ministère de l'Agriculture, des Pêcheries et de l'Alimentation"
        hits.append(Hit(m.start(), end, ORG, text[m.start() : end], "institution"))
    hits += [
        Hit(m.start(), m.end(), PLACE, m.group(), "institution")
        for m in _FR_STREET.finditer(text)
        if not is_lead_word(m.group().split()[-1])
        or re.search(r"\b(?:de la|de l['’]|du|des) \S+$", m.group())  # "avenue de la République"
    ]
    hits += [Hit(m.start(), m.end(), ORG, m.group(), "institution") for m in _FR_POLICE.finditer(text)]
    hits += [Hit(m.start(), m.end(), ORG, m.group(), "institution") for m in _FR_COUNCIL.finditer(text)]
    hits += [
        Hit(m.start(), m.end(), ORG, m.group(), "institution")
        for m in _NATIONAL_TEAM.finditer(text)
        if english_canonical_map().get(m.group(1).casefold(), ("", ""))[1] == PLACE
    ]
    return hits


# A further portfolio of a ministry: ", des Pêcheries", " et Forêts", " et de l'Alimentation".
_PORTFOLIO_MORE = re.compile(r"(?:, | et )(?:de la |de l['’]|des |du |de |d['’])?[A-ZÀ-Þ][\w’'-]*\w")


# A street named after its kind, which French writes in lower case and which is
# part of the name: "rue Georges-Bizet", "avenue Kennedy", "boulevard de la
# Liberté", "place Saint-Lambert" ("place" only right before the name: "à la
# place de Marie" is "instead of").
_FR_STREET = re.compile(
    r"\b(?:(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Qq]uai|[Ii]mpasse)(?: (?:de la|de l['’]|du|des|de|d['’]))?|[Pp]lace)"
    r" ?(?<=[ '’])[A-ZÀ-Þ][\w’'-]*\w(?: [A-ZÀ-Þ][\w’'-]*\w){0,2}"
)
# Police forces named with their seat or their canton's adjective: "la police judiciaire de
# Montpellier", "la police cantonale valaisanne" (not "la police municipale" alone); Belgium's
# "police judiciaire fédérale" is one body, with or without its seat.
_FR_POLICE = re.compile(
    r"\bpolice (?:judiciaire|cantonale|municipale|fédérale|régionale|communale)"
    r"(?:(?: fédérale)? (?:de la |de l['’]|du |de |d['’])[A-ZÀ-Þ][\w’'-]*\w"
    r"| [a-zàâçéèêëîïôûù]+(?:aise|oise|ane|anne|ienne|ine)|(?<=judiciaire) fédérale)"
)
# The regional or departmental council, written with a capital after its article
# ("la Région a financé", "le Département"); the area is "la région".
_FR_COUNCIL = re.compile(
    r"(?<=\b[lL]a )Région(?! (?:de |du |des |d['’]|[A-ZÀ-Þ]))|(?<=\b[lL]e )Département(?! (?:de |du |des |d['’]|[A-ZÀ-Þ]))"
)


# A country's national team: "l'équipe de France", "le XV de France", "la sélection du Sénégal".
_NATIONAL_TEAM = re.compile(r"\b(?:XV|équipe|sélection)(?: nationale)? (?:de |du |d['’])([A-ZÀ-Þ][\w’'-]+)")


# Courts, ministries, councils and chambers named with a lower-case head:
# "tribunal correctionnel de Lyon" (a bare "tribunal de Cusset" names the
# town), "cour d'appel de Douai", "ministère de l'Intérieur", "conseil
# d'État", "conseil municipal de Vannes", "chambre d'agriculture du Gers".
_FR_LOWER_INSTITUTION = re.compile(
    r"\b(?:(?:tribunal (?:correctionnel|administratif|judiciaire|criminel|civil|militaire"
    r"|de l['’]entreprise|de commerce|du travail|de première instance|de grande instance|de police"
    r"|de la jeunesse|d['’]instance)|cour d['’]appel"
    r"|cour d['’]assises|ministère|conseil (?:municipal|départemental|régional|communautaire|métropolitain)"
    r"|chambre d['’]agriculture|chambre de commerce et d['’]industrie|chambre de commerce"
    r"|chambre de métiers et de l['’]artisanat|chambre des métiers|[Pp]ort autonome"
    r"|(?:brigade|compagnie|groupement|escadron) de gendarmerie)"
    r" (?:de la |de l['’]|des |du |de |d['’])[A-ZÀ-Þ][\w’'-]*\w"
    # the State as a body, named by its country or canton: "l'État du Sénégal", "l'État de Vaud"
    r"|(?<=[lL]['’])État (?:de la |du |de |d['’])[A-ZÀ-Þ][\w’'-]*\w(?: [A-ZÀ-Þ][\w’'-]*\w)?"
    # Belgian police zones, named by their area: "la zone de police Vesdre", "zone de police de Mons-Quévy"
    r"|zone de police (?:de la |de l['’]|des |du |de |d['’])?[A-ZÀ-Þ][\w’'-]*\w"
    r"|cour de cassation|conseil d['’]État|[Aa]rchitecte des [Bb]âtiments de France"
    # a Swiss canton's department named by its portfolios ("Département de la sécurité, des
    # institutions et du sport"), a house of parliament, a chamber of agriculture with a capital
    r"|Département (?:de la |de l['’]|des |du )[a-zàâçéèêëîïôûù'’-]+"
    r"(?:(?:, | et )(?:de la |de l['’]|des |du |de |d['’])[a-zàâçéèêëîïôûù'’-]+)*"
    r"|Chambre des (?:représentants|députés|communes|lords|conseillers)"
    r"|Chambre (?:régionale |départementale |nationale |provinciale )?d['’]agriculture"
    r"(?: (?:de la |de l['’]|des |du |de |d['’])[A-ZÀ-Þ][\w’'-]*\w)?"
    # schools and hospitals: with an adjective before their town ("lycée bilingue de Bafoussam",
    # "hôpital régional de Kaolack"; a bare "lycée de Bafoussam" may name the town), or their own name
    # ("collège Jean-Moulin", "hôpital Anna-Laberge")
    # the prosecution and a hospital centre are bodies with their seat: "le parquet de Liège",
    # "le parquet général de Mons", "le centre hospitalier de Vannes"
    r"|parquet(?: général| fédéral)? (?:de la |de l['’]|du |de |d['’])[A-ZÀ-Þ][\w’'-]*\w"
    r"|centre hospitalier (?:de la |de l['’]|du |de |d['’])[A-ZÀ-Þ][\w’'-]*\w"
    r"|(?:lycée|collège|école|hôpital|clinique|centre hospitalier|athénée)"
    r"(?: (?!de\b|du\b|des\b|d['’])[a-zàâçéèêëîïôûù-]{4,}){1,2} (?:de la |de l['’]|du |de |d['’])[A-ZÀ-Þ][\w’'-]*\w"
    r"|(?:lycée|collège|école|hôpital|clinique) [A-ZÀ-Þ][\w’'-]*-[A-ZÀ-Þ][\w’'-]*\w"
    # a museum or a gallery by its name after "de" ("le musée d'Orsay", "du Louvre"; "le musée de
    # Castres" names the town), a university and a Quebec college by their seat too ("l'université
    # de Liège", "le Cégep de l'Outaouais", "le cégep de Rimouski")
    r"|(?:[Mm]usée|galerie) (?:de la |de l['’]|des |du |d['’])[A-ZÀ-Þ][\w’'-]*\w"
    r"|(?:université|[Cc]égep) (?:de la |de l['’]|des |du |de |d['’])[A-ZÀ-Þ][\w’'-]*\w)"
)


def _french_tail(text: str, pos: int) -> int:
    """End of the lower-case part of a French institution's name starting at
    `pos`: adjectives, then at most one "de/des/du + noun" with its adjectives."""
    end, joined = pos, False
    i = pos
    while True:
        m = re.match(r" ([a-zàâçéèêëîïôûù'’-]+)", text[i:])
        if not m:
            return end
        word = m.group(1)
        if (
            _FR_ADJECTIVE.match(word) or is_demonym(word.capitalize(), "fr") or word.startswith("anti-")
        ) and word not in _FR_NOT_NOUNS:  # (also "Office anti-stupéfiants")
            i += m.end()
            end = i
            continue
        if word in ("de", "des", "du") and not joined:
            noun = re.match(r" (?:la |l['’])?([a-zàâçéèêëîïôûù-]{3,})", text[i + m.end() :])
            if (
                noun
                and (
                    not _FR_ADJECTIVE.match(noun.group(1))
                    or noun.group(1).endswith(("eur", "eurs"))
                    or word == "des"
                )
                and noun.group(1) not in _FR_NOT_NOUNS | _FR_DETERMINERS
            ):  # (nouns of people: "des pêcheurs", "des travailleurs", "des locataires")
                joined = True
                i += m.end() + noun.end()
                end = i
                continue
        if word == "et" and joined and end == i:
            other = re.match(r" et ([a-zàâçéèêëîïôûù-]{3,})\b(?![’'])", text[i:])
            last = text[:i].rsplit(" ", 1)[-1]
            if (
                other
                and other.group(1) not in _FR_NOT_NOUNS | _FR_DETERMINERS
                and (
                    _FR_ADJECTIVE.match(other.group(1))
                    and _FR_ADJECTIVE.match(last)
                    or other.group(1)[-1] in "sx"
                    and last[-1] in "sx"
                    and not _FR_ADJECTIVE.match(last)
                )
            ):  # "des marchés agricoles et alimentaires", "des villes et communes", "des douanes et accises"
                i += other.end()
                end = i
                continue
        return end


# Words that open another noun phrase after "et": "la Banque mondiale et plusieurs bailleurs".
_FR_DETERMINERS = frozenset("plusieurs certains certaines quelques autres divers diverses deux trois".split())
# Lower-case words after an institution's head that are no part of its name,
# though they look like adjectives or nouns ("Banque de plus en plus", "le Conseil bien").
_FR_NOT_NOUNS = frozenset(
    """plus moins nouveau nouveaux nombreux nombreuses même mêmes son sa ses leur leurs
notre nos votre vos cette cet ces tout toute tous toutes façon manière suite loin près
bien rien mais jamais désormais ainsi personne""".split()
)


# A French institution or club named by its kind, a few adjectives and its
# seat: "CHU de Liège", "Centre hospitalier régional de la Citadelle",
# "Standard de Liège", "Cour d'appel du Québec", Quebec's county and health
# bodies "MRC de La Matanie", "CISSS du Bas-Saint-Laurent". The seat is part of the name.
_FR_INSTITUTION_HEADS = "|".join(
    sorted(
        INSTITUTION_HEADS
        | CLUB_PREFIXES
        | {"CHU", "CHR", "CHRU", "CPAS", "Standard", "MRC", "CISSS", "CIUSSS"}
    )
)
_FR_INSTITUTION = re.compile(
    rf"\b(?:{_FR_INSTITUTION_HEADS})(?: [a-zàâçéèêëîïôûù-]{{3,}}){{0,3}} (?:de la |de l['’]|du |des |de |d['’])"
    r"(?:[A-ZÀ-Þ][\w’'-]*\w)(?: (?:[A-ZÀ-Þ][\w’'-]*\w))?"
)
_FR_INSTITUTION_HEAD = re.compile(f"(?:{_FR_INSTITUTION_HEADS})")  # (see _FR_HEAD_ANYWHERE)


_ORG_COMPOUND = re.compile(r"(?<![\w-])((?:[A-Z][\w&]* ){0,2}[A-Z][\w&]*)-([a-zà-ÿ]+)\b")


# Second halves of compounds whose first half is a party or club: "D66-fractievoorzitter".
_ORG_COMPOUND_ENDINGS = (
    "voorzitter",
    "leider",
    "woordvoerder",
    "kamerlid",
    "kamerleden",
    "raadslid",  # "Vlaams Belang-gemeenteraadslid"
    "raadsleden",
    "trainer",
    "fractie",
)
# After a sentence's first word: a title ("Federaal minister", "Vlaams
# minister") or "als/zoals/comme" ("Verzekeraars als ...") make it an
# adjective or a category noun, not a name.
_NOT_A_NAME_AFTER = re.compile(
    r" (?:minister|ministre|staatssecretaris|premier|commissaris|"
    r"als|zoals|comme|tels? que|telles? que)\b"
)
# Verbs with which a body or a paper reports at the head of a Dutch sentence:
# "Rijkswaterstaat verwacht dat ...", "Tubantia meldde maandag ...".
_REPORTS_AFTER = re.compile(
    r" (?:meldt|meldde|verwacht|verwachtte|waarschuwt|waarschuwde|bevestigt|bevestigde|"
    r"laat weten|liet weten|maakt bekend|maakte bekend|schrijft|schreef|berichtt?e?|adviseert|adviseerde|"
    # and acts: "Rijkswaterstaat sloot in de loop van de middag ...", "Natuurmonumenten heeft ..."
    r"sloot|sluit|heeft|had|opende|opent|besloot|beslist|kondigde|kondigt|eist|eiste|vraagt|vroeg|"
    r"onderzoekt|onderzocht|stelt|stelde|zet|zette|start|startte)\b"
    # a subject after the verb makes the first word an adverb ("Desgevraagd bevestigt de woordvoerder")
    r"(?! (?:de|het|een|hij|zij|ze|men|we|wij|ik|je|u|die|deze|dit|er)\b)"
)


def _town_opening_a_sentence(text: str, s: int, e: int) -> bool:
    """ "Kerkrade wil geen nieuw stadion", "Gent telt veel toeristen": a
    Dutch or Belgian town of the gazetteer opening a sentence, then a verb in
    the singular, is the town (or its council); not one that is mostly a word
    ("Best", "Echt"), a given name, or a plural ("Duiven vliegen")."""
    from .nametables import tables

    word = text[s:e]
    return (
        city(word, "nl", 10**10) is not None  # at home only (NL, BE, SR)
        and not is_given_name(word)
        and tables("nl").zipf(word.casefold()) < 4.8
        and _SINGULAR_VERB_AFTER.match(text, e) is not None
    )


# A finite verb in the singular after the subject: "wil", "telt", "heeft", "kreeg".
_SINGULAR_VERB_AFTER = re.compile(
    r" (?:is|was|wil|wilde|kan|kon|zal|zou|mag|moet|moest|heeft|had|krijgt|kreeg|gaat|ging|komt|kwam|won|"
    r"verloor|liet|laat|zag|ziet|doet|deed|staat|stond|houdt|hield|[a-zß-ÿ]{2,}t)\b"
)


def _reports_after(text: str, s: int, e: int) -> bool:
    """A lone word opening a sentence and reporting or acting ("Rijkswaterstaat
    verwacht", "Tubantia meldde", "Rijkswaterstaat sloot"): a body or a paper, not
    an ordinary noun (those are frequent words: "Onderzoek bevestigt"), a plural
    ("Omwonenden melden") nor a person named by a participle ("Beklaagde heeft")."""
    from .nametables import tables

    word = text[s:e]
    return (
        bool(_REPORTS_AFTER.match(text, e))
        and len(word) >= 5
        and not word.endswith(("en", "ers", "de", "te", "ne"))  # nor "Beklaagde", "Betrokkene": someone
        and not tables("nl").is_common(word.casefold())
    )


# Nouns in apposition after an organisation's name: "X, de vereniging van ...".
_ORG_APPOSITION = re.compile(
    r", (?:de|het|een|la|le|l['’]|une?) (?:\w+ )?(vereniging|organisatie|koepel|bond|vakbond|federatie|stichting|"
    r"partij|bedrijf|fabrikant|omroep|krant|rederij|maatschappij|association|fédération|syndicat|"
    r"organisation|société|entreprise|parti|groupe|mutuelle|fondation|chaîne|journal)\b"
)


# People who live somewhere, then "van/uit de/het" and the name: a neighbourhood or a village.
_RESIDENTS_OF = re.compile(
    r"\b(?:[Bb]ewoners|[Ii]nwoners|[Oo]mwonenden|[Bb]uurtbewoners) (?:van|uit) (?:de|het) $"
)


# A noun of a company or a body, then its name set off by a comma: "Zijn bedrijf, Hoeve Ter Yde, won".
_BODY_BEFORE_APPOSITION = re.compile(
    r"\b(?:bedrijf|bedrijfje|firma|zaak|onderneming|organisatie|vereniging|club|coöperatie|stichting|"
    r"vervoerder|producent|fabrikant), $"
)


def _party_after_name(text: str, s: int, e: int) -> bool:
    """ "Anna de Vries (SP)", "Jan Peeters (Vooruit)": one word in brackets
    right after a person's full name is their party."""
    return (
        text[s - 1 : s] == "("
        and text[e : e + 1] == ")"
        and bool(_FULL_NAME_BEFORE_BRACKET.search(text[max(0, s - 60) : s - 1]))
    )


_FULL_NAME_BEFORE_BRACKET = re.compile(
    r"[A-ZÀ-Þ][\w’'-]+ (?:(?:van|de|der|den|ter|le|la)\s+)*[A-ZÀ-Þ][\w’'-]+ $"
)


# Confidence of a label read from the shape alone, with no word around the
# name to back it: the article's other mentions of the name outvote it.
SHAPE_GUESS = 0.6


def context_label(text: str, s: int, e: int, words: list[str], language: str) -> tuple[str, str]:
    """(label, canonical) of the Latin-script name text[s:e] (see _context_label)."""
    label, canonical, _ = _context_label(text, s, e, words, language)
    return label, canonical


# A given name this frequent as a word is usually something else ("Best", "Ford"):
# Dutch and French given names sit below it (Kees 4.3, Roger 4.2, Petra 3.8).
_GIVEN_NAME_ZIPF = 4.4


def lone_given_name(word: str, language: str) -> bool:
    """A one-word given name, as papers name the ordinary people they quote
    ("buurman Kees", "Voor Yasmine, studente"); not a hyphenated compound
    ("Max-Planck-Institut") nor one that is mostly a word."""
    from .nametables import tables

    return (
        "-" not in word and is_given_name(word) and tables(language).zipf(word.casefold()) < _GIVEN_NAME_ZIPF
    )


_DATELINE_AFTER = re.compile(r"\s*(?:[-–—]|\()")


def _context_label(text: str, s: int, e: int, words: list[str], language: str) -> tuple[str, str, bool]:
    """(label, canonical, guessed from the shape alone) of the Latin-script
    name text[s:e]: a city is a
    place unless a sport sentence makes it the club ("won van Feyenoord",
    "Ajax zette door" are clubs, "in Rotterdam" a place); a city closing a
    longer name is a club or company ("Heracles Almelo"); a role word before
    a name makes it a person ("aanvaller Brobbey"), "club"/"ploeg" an
    organisation; else the shape decides."""
    surface = text[s:e]
    before = word_before(text, s)
    sport = in_sport_paragraph(text)
    club_position = sport and before in CLUB_PREPOSITIONS
    place = city(surface, language) or surface.isupper() and city(surface.title(), language)  # DEN HAAG (ANP)
    if surface in _CELESTIAL and (before in _DETERMINERS or before in _CELESTIAL_PREPOSITIONS):
        return PLACE, surface, False  # "de Maan", "op Aarde" (not "zangeres Maan", "was Maan al vastgelegd")
    if len(words) == 1 and _party_after_name(text, s, e) and not city(surface, language, 0):
        return ORG, surface, False  # "Frank Peeters (Vooruit)"
    if is_misc_cue(before) and len(words) <= 2:
        return MISC, surface, False  # "storm Jorinde", "griepmiddel Tamiflu"
    if not place and _compass_region(surface):
        place = surface  # "Zuid-Limburg", "West-Brabant", "Oost-Groningen": part of a region
    if place or surface in REGIONS:
        club = (
            sport
            and (before not in LOCATIVES or before == "à" and _word_before_word(text, s) == "face")
            and not _seat_of(text, s)
            and not (surface.isupper() and not text[:s].strip() and re.match(r"\s*[-–—]", text[e:]))
        )  # "s'est incliné face à Lyon": the club (not "à Lyon"); "LEEUWARDEN - ...": a dateline
        if language == "nl" and not sport and _wins(text, s, e):
            # "Als Hardenberg ook nog wint": a town that wins is its club (its own name, as the council's)
            return ORG, f"{place or surface} club", False
        if not sport and _town_acts(text, s, e):
            return ORG, f"{place or surface} council", False  # (its own name: "in Assen" stays the place)
        return (ORG, surface, False) if club else (PLACE, place or surface, False)
    if before in PERSON_CUES and len(words) <= 4 and _shape_label(words) == PERSON:
        return PERSON, surface, False
    if (
        language == "fr"
        and len(words) == 1
        and not sport
        and before in ("la", "l'", "l’", "du")
        and surface in subdivision_names()
    ):
        return PLACE, surface, False  # "le député de la Haute-Marne", "de l'Isère": a département
    names = [w for w in words if w not in PARTICLES]
    if len(names) == len(words) >= 2 and (
        city(names[-1], language, WORLD_CITY)
        and not is_given_name(names[0])
        and names[0] not in _TOPONYM_OPENERS  # (not "De Lier", a village)
        or sport
        and city(names[0], language, WORLD_CITY)
        and not (is_given_name(names[0]) and city(names[0], language, WORLD_CITY) != names[0])
    ):  # (not "Luuk Brouwers": Luuk is Liège in Limburgish, and a given name)
        return ORG, surface, False  # "Heracles Almelo", "Real Madrid", "Paris Saint-Germain"
    if len(words) >= 2 and words[0] in LANDMARK_HEADS or before in STREET_NOUNS:
        return PLACE, surface, False  # "Belfort van Brugge", "boulevard Gay-Lussac"
    if len(words) == 2 and words[1] in _DISTRICT_WORDS and city(words[0], language):
        return PLACE, surface, False  # "Arnhem Centraal", "Amsterdam Zuid": a station or a district
    if (
        language == "nl"
        and len(words) >= 2
        and len(words[0]) >= 8
        and words[0].casefold().endswith(_LANDMARK_ENDINGS)
        and not is_given_name(words[0])
    ):
        return PLACE, surface, False  # "Sportpark Zuid", "Sportpark De Toekomst"
    if (
        len(names) == 2
        and is_demonym(names[0], language)
        and (
            names[1] in REGIONS
            or names[1] in LANDSCAPES
            or language == "nl"
            and len(names[1]) >= 8
            and names[1].casefold().endswith(_BUILDING_ENDINGS)
        )
    ):
        return PLACE, surface, False  # "de Antwerpse Kempen", "de Zeeuwse Concertzaal"
    if club_of_town(words, text, language):
        return ORG, surface, False  # "les Girondins de Bordeaux"
    if sport and race_between_towns(surface, language):
        return MISC, surface, False  # "Kuurne-Brussel-Kuurne"
    if (
        len(names) >= 2
        and names[0].endswith("e")
        and is_demonym(names[0], language)
        or is_org_compound(names[-1])
    ):
        return ORG, surface, False  # "Nederlandse Zorgautoriteit", "Centraal Planbureau"
    if place_and_word(words, language):
        return ORG, surface, False  # "France Télévisions", "Santé Québec"
    if language == "nl" and len(words) == 1 and _ROAD_NUMBER.fullmatch(surface) and before in _ON_A_ROAD:
        return PLACE, surface, False  # "richting de A1", "via de E313", "de R4": a road
    if language == "nl" and len(words) == 1 and surface in _SQUARES and before in ("de", "het"):
        return PLACE, surface, False  # "een deel van de Markt": the town's square
    if (
        language == "nl"
        and len(words) == 2
        and len(words[0]) >= 6
        and words[0].endswith("se")
        and words[1] in _WATERS_AND_WOODS
        and not is_given_name(words[0])
    ):
        return PLACE, surface, False  # "de Ratumse Beek", "de Bevegemse Vijvers": named after a hamlet
    shape = _shape_label(words)
    if words[-1].rstrip(".") in _ORG_WORDS or shape == MISC:
        return shape, surface, False
    if len(words) >= 2 and (
        words[-1] in _PLACE_WORDS
        or language == "nl"
        and len(words[-1]) >= 8
        and (
            words[-1].casefold().endswith(_BUILDING_ENDINGS + _STREET_ENDINGS)
            or words[-1].casefold().endswith("weg")  # "aan de Middel Broekweg" (not "Diederik Korteweg")
            and before == "de"
            and _word_before_word(text, s) in ("aan", "op", "in", "langs", "via", "naar", "over", "uit")
        )
    ):
        return (
            PLACE,
            surface,
            False,
        )  # "Abe Lenstra Stadion", "Jan Breydelstadion": a person's name in a landmark's
    if (
        language == "nl"
        and (shape == PERSON or sport and len(words) == 1 and _PERSON_WORD.match(surface))
        and before in ("de", "het")
        and _word_before_word(text, s) in ("in", "naar", "uit", "op")
    ):
        return PLACE, surface, False  # "in de Jan Breydel", "in de Galgenwaard": a stadium or a hall
    if before in PERSON_CUES:
        return PERSON, surface, False
    if _mayor_of(text, s):
        return PLACE, surface, False  # "burgemeester Anna Smit van Dalfsen", "le maire Paul Roux de Vals"
    if (
        is_org_head(before)
        or (club_position or members_of(text, s) or _member_of(text, s))
        and not is_given_name(words[0])
    ):
        return (
            ORG,
            surface,
            False,
        )  # "club Ajax", "supermarktketen Delhaize", "Tim Merlier van Soudal Quick-Step"
    if language == "nl" and _RESIDENTS_OF.search(text, max(0, s - 40), s):
        return PLACE, surface, False  # "bewoners van de Maasniel": where people live
    if _ORG_APPOSITION.match(text, e):
        return ORG, surface, False  # "Domus Medica, de vereniging van huisartsen"
    if (
        language == "nl"
        and (_kind_of_body(before) or _BODY_BEFORE_APPOSITION.search(text, max(0, s - 40), s))
        and not (is_given_name(words[0]) and _shape_label(words) == PERSON)
    ):
        return ORG, surface, False  # "reizigersorganisatie Rover", "Zijn bedrijf, Hoeve Ter Yde, won"
    if _toponym_shaped(words, shape, sport) and (
        before in PLACE_LOCATIVES
        or before in ("in", "à", "naar", "rond")
        or before == "bij"
        and words[0] not in ("De", "Het")  # "bij Sint Pieter", "bij Bad Nieuweschans" (not "bij De Lijn")
        or unknown_place(text, s, e, language)
    ):
        return (
            PLACE,
            surface,
            False,
        )  # "uit Sint Annaparochie" (not "Sint" the common word), "Den Bosch en Ter Aar"
    if shape == PERSON and not_a_person(names, language, particle=len(names) < len(words)):
        return ORG, surface, False
    if (len(words) == 1 and _PERSON_WORD.match(surface) or _toponym_shaped(words, shape, sport)) and (
        before in PLACE_LOCATIVES
        or before in ("in", "à")
        and not _invested(text, s)
        or before == "naar"
        and not sport  # (a player's move "naar Ajax")
        or before in ("de", "d'", "d’", "van")
        and _word_before_word(text, s) in PLACE_NOUNS
        or before in ("als", "zoals", "comme")
        and _word_before_word(text, s).endswith(_PLACE_KINDS)
    ):
        return (
            PLACE,
            surface,
            False,
        )  # "uit Veldhoven", "in Ter Apel", "gemeenten als Dalfsen" (not "investeert in Nvidia")
    if surface.isupper() and _sentence_initial(text, s) and _DATELINE_AFTER.match(text[e:]):
        return PLACE, surface, False  # a dateline: "VELDHOVEN - ..."
    if len(words) == 1 and _PERSON_WORD.match(surface) and unknown_place(text, s, e, language):
        return PLACE, surface, False
    if len(words) == 1 and not sport and _district_of_town(surface, language):
        return PLACE, surface, False  # "Luik-Guillemins", "Antwerpen-Noord": a station or a district
    from .nametables import tables

    if (
        language == "nl"
        and len(words) == 1
        and not sport
        and village(surface, language)
        and _wins(text, s, e)
    ):
        return ORG, f"{surface} club", False  # "Als Ommen ook nog wint"
    if (
        shape != PERSON
        and not sport
        and before not in COMPANY_NOUNS
        and village(surface, language)
        and (not is_given_name(words[0]) and not tables(language).is_common(surface.casefold()))
    ):
        return PLACE, surface, False  # "Dokkum kreeg de meeste regen" (not "Best", "Echt": words)
    if len(words) == 1 and lone_given_name(surface, language):
        return PERSON, surface, True  # "Zijn buurman Kees", "Voor Yasmine, studente": a guess too
    if language == "nl" and len(words) == 1 and is_given_name(surface) and someone_after(text, e):
        return PERSON, surface, False  # "Sarah, een ingenieur die bij Barco werkt": a frequent given name
    return shape, surface, len(words) == 1  # a lone word: most often a company, but only a guess


# An apposition that introduces someone: ", een ingenieur die ...", ", een studente uit Gent".
_SOMEONE_AFTER = re.compile(r",\s+een\s+(?:\d+-jarige\s+)?[a-zß-ÿ-]+\s+(?:die|uit|van|bij)\b")


def someone_after(text: str, end: int) -> bool:
    """Does an apposition introducing someone follow ("Sarah, een ingenieur die ...")?"""
    return bool(_SOMEONE_AFTER.match(text, end))


# Second words of a town's stations and districts: "Utrecht Centraal", "Amsterdam Zuid", "Aachen Hauptbahnhof".
_DISTRICT_WORDS = frozenset(
    "Centraal Centrum Noord Zuid Oost West Zuidoost Noordwest Hauptbahnhof Bahnhof".split()
)
_COMPASS = re.compile(r"(?:Noord|Zuid|Oost|West|Midden|Noordoost|Noordwest|Zuidoost|Zuidwest)-(.+)")


def _compass_region(surface: str) -> bool:
    """ "Zuid-Limburg", "West-Brabant", "Noordoost-Groningen": a compass point
    before a region or a province (not before a town: "West-Terschelling" is a village)."""
    m = _COMPASS.fullmatch(surface)
    return bool(m and m.group(1) in REGIONS)


# Endings of Dutch and French names of streets, squares, landmarks, seas and regions.
_LANDMARK_ENDINGS = (
    "straat",
    "steenweg",
    "weg",
    "baan",  # Flemish roads: "Provinciebaan", "Kortrijksebaan"
    "dreef",
    "singel",
    "laan",
    "plein",
    "kade",
    "gracht",
    "dijk",
    "markt",
    "kathedraal",
    "kerk",
    "basiliek",
    "brug",
    "haven",
    "meer",
    "polder",
    "zee",
    "gebied",
    "veld",  # nature areas: "het Dwingelderveld", "de Strabrechtse Heide"
    "heide",
    "toren",
    "eiland",
    "eilanden",
    "kanaal",
    "stadion",
    "luchthaven",
    "gebergte",
    "park",
)
# Endings of buildings' compound names, which surnames do not have (unlike -dijk, -weg, -meer):
# "Jan Breydelstadion".
_BUILDING_ENDINGS = (
    "stadion",
    "luchthaven",
    "kathedraal",
    "basiliek",
    "arena",
    "concertzaal",
    "schouwburg",
    "plaats",
    "plein",
)  # (squares named after a person: "Leopold De Waelplaats", "Frederik van Eedenplein")
# Endings of streets, which surnames do not have either: "Corneel Heymanslaan", "Koningin Astridlaan".
_STREET_ENDINGS = ("straat", "laan", "steenweg", "singel", "dreef", "kade")
# Last words of landmarks' names, also when the rest is a person's name ("Abe Lenstra Stadion").
_PLACE_WORDS = frozenset(
    """Stadion Stadium Arena ArenA Airport Luchthaven Toren Tower Brug Bridge
Kathedraal Basiliek Plein Square Park Markt""".split()
)
# Nouns for kinds of places: "plattelandsgemeenten als X", "villes comme X".
_PLACE_KINDS = (
    "gemeente",
    "gemeenten",
    "stad",
    "steden",
    "dorp",
    "dorpen",
    "provincie",
    "provincies",
    "regio",
    "eiland",
    "eilanden",
    "villes",
    "ville",
    "communes",
    "commune",
    "villages",
    "régions",
    "pays",
    "landen",
)
# First words of multi-word place names: "Ter Apel", "Den Helder", "Sint Annaparochie", "Le Havre".
_TOPONYM_OPENERS = frozenset(
    """Ter Ten Den De Het 's Sint Sint- Nieuw Oud Groot Klein Hoog Laag Oost West Noord Zuid
Le La Les Saint Sainte Bad Sankt San Santa""".split()
)


def _toponym_shaped(words: list[str], shape: str, sport: bool = False) -> bool:
    """ "Ter Apel", "Sint Annaparochie", "Le Havre": two or three words that a
    place-name opener starts (a person's name needs more than a locative)."""
    from .nametables import tables

    if words[0] in ("De", "Het") and len(words) == 2 and not sport:
        # "in De Standaard", "in Het Parool": a paper named by an article and a word;
        # "De Lier", "De Meern", "De Kwakel" are villages (in the gazetteer or no word),
        # and on the sport pages "in De Kuip", "in Het Kasteel" is the ground
        name = " ".join(words)
        if not (village(name, "nl") or city(name, "nl", 0)) and tables("nl").zipf(words[1].casefold()) >= 3.0:
            return False
    return (
        2 <= len(words) <= 3
        and words[0] in _TOPONYM_OPENERS
        and all(_PERSON_WORD.match(w) for w in words[1:])
    )


_MAYOR = re.compile(
    r"\b(?i:burgemeester|wethouder|schepen|gedeputeerde|maire|bourgmestre|gouverneur)"
    r"(?: van [A-ZÀ-Þ][\w-]+(?:(?:, | en )[A-ZÀ-Þ][\w-]+)*)?"  # "Schepen van Sport Katrien Lemmens van Tremelo"
    r"\s+[A-ZÀ-Þ][\w’'-]+\s+"
    r"(?:(?:van|de|der|den|ter|le|la|du)\s+)*[A-ZÀ-Þ][\w’'-]+\s+(?:van|de|d['’])\s*$"
)


def _mayor_of(text: str, start: int) -> bool:
    """ "Burgemeester Jan de Vries van X": X is the mayor's town."""
    return bool(_MAYOR.search(text[max(0, start - 80) : start]))


# "aan de Dampoort", "op het Binnenhof": a lone name after these is a place.
_LANDMARK_PREPOSITIONS = re.compile(r"\b(?:aan|op)\s+(?:de|het)\s*$", re.IGNORECASE)
# "in het Westland", "uit het Gooi" (the article's capital, "in Het Parool", is a paper's own).
_IN_THE_AREA = re.compile(r"\b(?i:in|uit|naar)\s+het\s+$")
# "in de Maas", "langs de Kissel", "uit de Alblasserwaard": a river, a street or a region
# (one word, never a paper's: "in De Telegraaf" writes its article with a capital).
_IN_THE = re.compile(r"\b(?i:in|uit|langs|over)\s+de\s+$")
# Words of saying and publishing before "in de X": X is a paper ("zei hij in de Volkskrant").
_READ_IN = re.compile(
    r"\b(?i:zegt|zei|zeggen|zeiden|vertelt|vertelde|schrijft|schreef|staat|stond|stonden|las|lees|leest|"
    r"verklaarde|interview|column|artikel|opiniestuk|krant)\b[^.!?]*\bin\s+de\s+$"
)


# Endings of Dutch and Flemish villages', hamlets' and hills' names, which neither
# companies nor given names have: "Buinerveen", "Hoenderloo", "Zeerijp", "Kemperberg",
# "Eygelshoven", "Brandwijk", "Roombeek" (a lone surname so is named in full first).
_TOPONYM_ENDINGS = (
    "veen",
    "loo",
    "wijk",
    "dorp",
    "horst",
    "hoven",
    "rode",
    "broek",
    "huizen",
    "zijl",
    "weer",
    "werd",
    "wierd",
    "erp",
    "donk",
    "kerke",
    "drecht",
    "burg",
    "berg",
    "bergen",
    "beek",
    "rijp",
    "sum",
    "leusen",
)


def _toponym_ending(word: str) -> bool:
    """ "Buinerveen", "Kemperberg": one capitalised word of six letters or
    more ending as Dutch villages and hills do, that is no given name, no
    institution's compound, nor a frequent word ("Brandweer", "Onderwerp")."""
    from .nametables import tables

    return (
        len(word) >= 6
        and word[:1].isupper()
        and not word.isupper()
        and word.casefold().endswith(_TOPONYM_ENDINGS)
        and not is_given_name(word)
        and not is_org_compound(word)
        and not tables("nl").is_common(word.casefold())
    )


# Land, water and what happens somewhere, before "bij"/"rond" and a name: the name is where
# ("de plas bij Stroe", "op zijn eigen land bij Drouwen", "gezien bij De Lutte"), not a
# body one works or reports at ("werkt bij Barco", "melden bij de NVWA").
_NEAR_A_PLACE = re.compile(
    r"\b(?:land|grond|gronden|akker|akkers|weiland|weilanden|percelen|perceel|plas|meer|vijver|bos|bossen|heide"
    r"|natuurgebied|duinen|kust|strand|dijk|weg|brug|kruispunt|rotonde|afrit|spoorlijn|spoorwegovergang"
    r"|boerderij|schuur|camping|terrein|bedrijventerrein|industrieterrein|uiterwaarden|gebied|polder|sloot"
    r"|sloten|beek|kanaal|rivier|water|gezien|aangetroffen|gevonden|ongeval|ongeluk|aanrijding|beving"
    r"|brand)\s+(?:bij|rond|nabij)\s+(?:de\s+|het\s+)?$"
    r"|\b(?:woonwijken|wijken|straten|dorpen|deelgemeenten|gehuchten)\s+van\s+$"  # "de woonwijken van Stal"
    # a climb's or a slope's hill: "de beklimming van de Kwaremont", "aan de voet van de Kemmelberg"
    r"|\b(?:beklimming|beklimmingen|helling|hellingen|flank|flanken|voet)\s+van\s+(?:de\s+|het\s+)?$"
)


# Words that say where someone comes from: "venu de Sakassou", "originaire d'Adzopé".
_ORIGIN = re.compile(r"\b(?:venue?s?|originaires?|natifs?|natives?|habitants?|habitantes?) (?:de |d['’])$")


def _district_of_town(word: str, language: str) -> bool:
    """ "Brussel-Zuid", "Luik-Guillemins", "Rotterdam-Rijnmond": a town and a
    capitalised part after a hyphen name a station, a district or an area."""
    town, _, rest = word.partition("-")
    return bool(rest[:1].isupper() and not rest.isupper() and city(town, language))


def _town(word: str, language: str) -> bool:
    return bool(city(word, language, 0) or village(word, language))


# Words before the one who speaks or reports: "volgens Bloomberg", "meldt Bloomberg", "aldus X".
_SPEAKER_BEFORE = frozenset(
    "volgens aldus meldt meldde melden schrijft schreef bericht berichtte zegt zei stelt stelde".split()
)


def _speaker(text: str, s: int, e: int) -> bool:
    """Is the name at text[s:e] one who speaks or reports ("volgens
    Bloomberg", "dat meldt Bloomberg", "Bloomberg meldt")? A source, never a
    place, whatever its ending."""
    return word_before(text, s) in _SPEAKER_BEFORE or bool(_SPEAKER_AFTER.match(text, e))


_SPEAKER_AFTER = re.compile(r"\s+(?:meldt|meldde|schrijft|schreef|bericht|berichtte|zegt|zei|stelt|stelde)\b")


def unknown_place(text: str, s: int, e: int, language: str) -> bool:
    """A lone name the gazetteer does not know, placed by its words: a
    landmark's ending ("Antwerpsesteenweg", "Sint-Baafskathedraal"), "X in
    <region>" ("Middenmeer in Noord-Holland"), "aan de X", or coordinated
    with a known place ("Sint-Amandsberg en Oostakker", "de Soubré et de Daloa",
    "de Châteauguay, de Mercier"), or where someone comes from ("venu de Sakassou")."""
    word = text[s:e].casefold()
    if language == "nl" and word.endswith(_LANDMARK_ENDINGS + ("plaats",)) and len(word) >= 8:
        return True  # (also a Flemish square: "naar de Kioskplaats")
    if language == "nl" and _toponym_ending(text[s:e]) and not _speaker(text, s, e):
        return True  # "rond Buinerveen", "bij de Kemperberg": a village's or a hill's ending
    if language == "nl" and _NEAR_A_PLACE.search(text[max(0, s - 40) : s]):
        return True  # "op zijn land bij Drouwen", "de plas bij Stroe", "later gezien bij De Lutte"
    if language == "nl" and _LANDMARK_PREPOSITIONS.search(text[max(0, s - 12) : s]):
        return True
    if language == "nl" and _IN_THE_AREA.search(text[max(0, s - 12) : s]):
        return True  # "in het Westland", "uit het Gooi": an area known by its own name
    if (
        language == "nl"
        and _IN_THE.search(text[max(0, s - 12) : s])
        and not is_org_compound(text[s:e])
        and not _READ_IN.search(text[max(0, s - 50) : s])
    ):
        return True  # "in de Maas", "langs de Kissel" (not "in de Rabobank", nor "zei hij in de Volkskrant")
    region = _IN_A_REGION.match(text[e : e + 40])
    if region and region.group(1) in REGIONS:
        return True  # (not "Philips in Eindhoven": companies sit in towns)
    if language == "fr" and _ORIGIN.search(text, max(0, s - 30), s):
        return True  # "venu de Sakassou", "originaire de Dantokpa"
    after = _COORDINATED_AFTER.match(text[e : e + 60])
    before = _COORDINATED_BEFORE.search(text[max(0, s - 40) : s])
    if any(m and (_town(m.group(1), language) or m.group(1) in REGIONS) for m in (after, before)):
        return True
    if (
        language == "nl"
        and before
        and _NEAR_A_PLACE.search(text[max(0, s - 80) : max(0, s - 40) + before.start()])
    ):
        return True  # "op zijn land bij Drouwen en Bronneger": the second village too
    # an item of a list of towns: "Cadzand, Sluis, Nieuwvliet, Schoondijke en Renesse"
    listed_after = _LISTED_AFTER.match(text[e : e + 40])
    listed_before = _LISTED_BEFORE.search(text[max(0, s - 40) : s])
    if (
        listed_after
        and listed_before
        and all(_town(m.group(1), language) for m in (listed_after, listed_before))
    ):
        return True
    # coordinated with a name after a preposition of place: "naar Texel en Vlieland"
    return bool(_PLACES_LISTED_BEFORE.search(text[max(0, s - 80) : s]))


_IN_A_REGION = re.compile(r"\s+(?:in|en)\s+([A-ZÀ-Þ][\w'’-]+)")
_COORDINATED_AFTER = re.compile(
    r"\s*(?:,|\s(?:en|et|of|ou))\s+(?:de\s+|d['’])?([A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+)?)"
)
_COORDINATED_BEFORE = re.compile(r"([A-ZÀ-Þ][\w'’-]+)(?:,|\s+(?:en|et))\s+(?:de\s+|d['’])?$")
_LISTED_AFTER = re.compile(r",\s+([A-ZÀ-Þ][\w'’-]+)")
_LISTED_BEFORE = re.compile(r"([A-ZÀ-Þ][\w'’-]+),\s+$")
_LISTED_NAME = r"[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){0,2}"
_PLACES_LISTED_BEFORE = re.compile(
    rf"\b(?i:in|naar|uit|te|vanuit|à|vers)\s+{_LISTED_NAME}(?:,\s+{_LISTED_NAME})*\s+(?:en|et|of|ou)\s+$"
)


_FULL_NAME_OF = re.compile(r"\b([A-ZÀ-Þ][a-zß-ÿ-]+) [A-ZÀ-Þ][\w’'-]+ (?:van|de|du|d['’]) ?$")


# Verbs of saying and deciding: a town that does them is its council ("Assen
# betaalt", "zegt Assen dat", "Quimper a voté", "Nantes refuse").
_ACTS = (
    r"(?:zegt|zei|besloot|beslist|betaalt|eist|weigert|wil|a\s+(?:décidé|voté|refusé|annoncé|indiqué|confirmé|"
    r"répondu|demandé)|décide|refuse|exige|annonce|réclame|dément)"
)
_TOWN_ACTS_AFTER = re.compile(rf"\s+{_ACTS}\b")
_TOWN_ACTS_BEFORE = re.compile(rf"\b{_ACTS}\s+$")


# What only a club does, right after its town's name or after two small words: "Hardenberg
# won", "als Hardenberg ook nog wint", "Venlo degradeerde".
_CLUB_VERB_AFTER = re.compile(
    r"(?: [a-z]+){0,2} (?:wint|won|scoort|scoorde|promoveert|promoveerde|degradeert|degradeerde)\b"
)


def _wins(text: str, s: int, e: int) -> bool:
    """ "Als Hardenberg ook nog wint", "Venlo degradeerde": a town that wins,
    scores or goes up or down (not after a preposition of place, nor "de
    trainer van X")."""
    verb = _CLUB_VERB_AFTER.match(text, e)
    return (
        word_before(text, s) not in LOCATIVES
        and not _seat_of(text, s)
        and verb is not None
        and not _PRIZE_AFTER.match(text, verb.end())  # "Hoogstraten won de prijs voor ...": the town
    )


# A prize after "wint"/"won": a town wins it, a club a match ("won de trofee voor het mooiste dorp").
_PRIZE_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,4}?\s+[\w-]*(?:prijs|prijzen|trofee|award|onderscheiding|verkiezing|titel van)\b"
)


def _town_acts(text: str, s: int, e: int) -> bool:
    """Is the town at text[s:e] the subject of a verb of saying or deciding
    ("Assen betaalt", "en nu zegt Assen dat ...", "Quimper a voté"): its
    council, not the place. Not after a preposition ("Wethouder Jan Smit
    van Eindhoven zegt": the alderman speaks)."""
    if _sentence_initial(text, s) or word_before(text, s) in ("en", "et", "nu", "maar", "mais"):
        return bool(_TOWN_ACTS_AFTER.match(text, e))
    return bool(_TOWN_ACTS_BEFORE.search(text[max(0, s - 30) : s])) and bool(
        re.match(r"\s+(?:dat|que|qu['’])", text[e:])
    )


_NOUN_BEFORE_THE_WORD_BEFORE = re.compile(r"(\w+)\s+\S+\s*$")


def _seat_of(text: str, start: int) -> bool:
    """ "l'association de hockey mineur de Laval", "le palais de justice de
    Laval": a town after "de"/"van" and a noun that is no player, result or
    fan of a club is a place, also on the sport pages."""
    if word_before(text, start) not in ("de", "d'", "d’", "van"):
        return False
    m = _NOUN_BEFORE_THE_WORD_BEFORE.search(text[max(0, start - 60) : start])
    noun = m.group(1) if m else ""  # as written: "Arne Slot van Liverpool" is the coach's club
    return (
        noun.isalpha()
        and noun.islower()
        and noun not in SPORT_CUES | PERSON_CUES | ORG_COMPOUND_HEADS
        and noun not in CLUB_PREPOSITIONS
    )


def members_of(text: str, start: int) -> bool:
    """ "les députés du Pastef", "de leden van X": a name after a noun of
    members and "de"/"van" is their party or body."""
    return word_before(text, start) in ("du", "de", "d'", "d’", "van") and (
        _word_before_word(text, start) in MEMBERS_NOUNS
    )


def _member_of(text: str, start: int) -> bool:
    """ "Tim Merlier van Soudal", "Marie Dupont de Lisi Automotive": after a
    full name and "van"/"de", a name is the person's team or employer."""
    m = _FULL_NAME_OF.search(text[max(0, start - 60) : start])
    return m is not None and is_given_name(m.group(1))


def not_a_person(names: list[str], language: str, particle: bool = False) -> bool:
    """A person-shaped run ("Toerisme Vlaanderen", "Hockey Québec", "Ville de
    Laval", "Busmaatschappij De Lijn") that no given name opens, and whose
    first word is an ordinary word or an institution compound, or whose
    last word is a place: an organisation. With a lower-case `particle`
    before it, a town's name is a surname ("Hiltje ter Veen")."""
    from .nametables import tables

    first, last = names[0], names[-1]
    if is_given_name(first):
        return False
    words = tables(language)
    return (
        is_org_compound(first)
        or words.is_common(first)
        or "-" in first
        and all(words.zipf(part.casefold()) >= 3.5 for part in first.split("-"))  # "Wit-Gele Kruis"
        or _region_adjective(first)  # "Brabants Landschap", "Gelders Orkest"
        or first.endswith("sche")  # old Dutch and German adjectives: "Hollandsche Molen", "Deutsche Bahn"
        # Dutch papers and events ("Leeuwarder Courant", "Aachen Hauptbahnhof"); French introduces
        # people so ("le Danois Dolberg", "Konan Kouassi"), but a town and its region is a body there
        # ("Quimper Bretagne Occidentale", an intercommunality)
        or language == "nl"
        and (is_demonym(first, language) or bool(city(first, language)))
        or bool(city(first, language))
        and len(names) >= 3
        and any(w in REGIONS for w in names[1:])
        or not particle
        and any(city(p, language) or p in REGIONS for p in [last] + last.split("-"))
        or not particle
        and language == "nl"
        and len(names) == 2
        and village(last, language)  # "Chiro Zwevezele", "Leefbaar Velzeke": a village's club or party
        and dutch_word(first)  # (not "Gwendolyn Rutten": a given name the lists lack)
        or not particle
        and (words.place((last,)) or ("", ""))[1] in ("country", "continent")  # "Glastuinbouw Nederland"
        or particle
        and words.zipf(first.casefold()) >= 3.0
        and bool(city(last, language))  # "Gazet van Antwerpen" (not "Hiltje ter Veen")
        or all(tables("en").is_common(w) for w in names)  # "Farmers Defence Force"
    )


def _region_adjective(word: str) -> bool:
    """ "Brabants", "Gelders", "Utrechts", "Vlaams": the neuter adjective of a
    region or town, which opens the names of bodies and papers, never a person's."""
    if word in REGION_ADJECTIVES:
        return True
    stem = word[:-1]
    return (
        word.endswith("s")
        and len(stem) >= 4
        and (stem in REGIONS or stem + "land" in REGIONS or bool(city(stem, "nl")))  # "Eindhovens Dagblad"
    )


def club_of_town(words: list[str], text: str, language: str) -> bool:
    """ "les Girondins de Bordeaux", "les Canaris de Nantes": a plural
    nickname and its town on the sport pages (a person is no plural)."""
    return (
        len(words) >= 3
        and words[0].endswith("s")
        and not is_given_name(words[0])
        and words[-2] in ("de", "d'", "d’")
        and bool(city(words[-1], language, 0))
        and in_sport_paragraph(text)
    )


def race_between_towns(surface: str, language: str) -> bool:
    """ "Paris-Roubaix", "Kuurne-Brussel-Kuurne": towns joined by hyphens
    (callers check that the paragraph is about sport)."""
    parts = surface.split("-")
    return (
        len(parts) >= 2
        and " " not in surface
        and all(city(p, language, 0) or village(p, language) for p in parts)
    )


# Words that make a place's name another place ("Haute Savoie", "Paris Centre", "Grand Montréal").
_AREA_QUALIFIERS = frozenset(
    """haut haute bas basse grand grande petit petite nord sud est ouest centre nouveau nouvelle
saint sainte vieux vieille capitale plage rive métropole ville port lac mont val côte pays
new san santa fort de het den le la les the el al""".split()
)


# Combining forms that make a body's name out of a place's ("Hydro-Québec", "Radio-Canada").
_BODY_PREFIXES = frozenset(
    "hydro loto radio télé air euro info ciné vidéo auto aéro agro bio éco métro".split()
)


def word_dash_place(word: str, language: str) -> bool:
    """A combining form joined to a country's or a town's name: a public body
    or a company ("Hydro-Québec", "Loto-Québec", "Radio-Canada"); not a
    station, an area or a town of two words ("Bruxelles-Midi",
    "Hautes-Pyrénées", "Chêne-Bourg")."""
    parts = word.split("-")
    if len(parts) != 2 or parts[0].casefold() not in _BODY_PREFIXES:
        return False
    place = parts[1]
    return (
        english_canonical_map().get(place.casefold(), ("", ""))[1] == PLACE or city(place, language) == place
    )


def place_and_word(words: list[str], language: str) -> bool:
    """A country's, a province's or a big town's name with an ordinary word,
    before or after it: a broadcaster, an agency or a party ("France Info",
    "France Travail", "Santé Québec", "Québec solidaire"), not a person
    named France ("France Gall": the surname is no common word) nor an area
    ("Haute Savoie")."""
    from .nametables import tables

    whole = " ".join(words)
    if len(words) != 2 or city(whole, language, 0) or english_canonical_map().get(whole.casefold()):
        return False  # "New York", "De Lier": a place's own name
    for place, word in (words, words[::-1]):
        if word.casefold() in _AREA_QUALIFIERS or is_given_name(word):
            continue
        country = english_canonical_map().get(place.casefold(), ("", ""))[1] == PLACE
        if not (country or place in REGIONS or place == words[1] and city(place, language)):
            continue  # (a town first is most often a club or a person: "Paris Hilton")
        if tables(language).zipf(word.casefold()) >= (3.5 if country or word.islower() else 4.5):
            return True
    return False


def _word_before_word(text: str, start: int) -> str:
    """The word before the word before `start` ("tribunal" in "tribunal de Cusset")."""
    # what r"([\w’'-]+)[ \u00a0]+[\w’'-]+[ \u00a0]*$" finds in the 60 characters before
    # `start`, read backwards (a search tries every start in the window; see word_before)
    before = text[max(0, start - 60) : start]
    end = _spaces_back(before, len(before) - 1 if before.endswith("\n") else len(before))
    word = _word_back(before, end)
    gap = _spaces_back(before, word)
    begin = _word_back(before, gap)
    return before[begin:gap].casefold() if begin < gap < word < end else ""


def _spaces_back(text: str, end: int) -> int:
    """Where the spaces (and no-break spaces) that end at `end` begin."""
    while end and text[end - 1] in " \u00a0":
        end -= 1
    return end


def _word_back(text: str, end: int) -> int:
    r"""Where the word (r"[\w’'-]+") that ends at `end` begins."""
    while end and (text[end - 1].isalnum() or text[end - 1] in "_’'-"):
        end -= 1
    return end


def _invested(text: str, start: int) -> bool:
    """ "investeert in X", "un stake in X": money goes into companies, not places."""
    return bool(_INVESTED.search(text[max(0, start - 60) : start]))


_INVESTED = re.compile(
    r"(?:invest\w*|belegd|belang|aandeel|aandelen|participation|stake|geld)\s+(?:\w+\s+){0,2}(?:in|à|dans)\s+$",
    re.IGNORECASE,
)


def name_words(paragraphs: Iterable[str], language: str) -> frozenset[str]:
    """Capitalised words an article uses as names away from the start of a
    sentence: inside multi-word names, or alone after other words."""
    out: set[str] = set()
    for text in paragraphs:
        for s, _e, words in _latin_runs_fixed(text, language):
            if len(words) > 1 or not _sentence_initial(text, s):
                out.update(w for w in words if w not in PARTICLES)
    return frozenset(out)


def word_before(text: str, start: int) -> str:
    """The word just before `start`, lower-case, with an elided article
    kept ("l'" in "l'Ajax") and cut off a noun ("exportateur" in
    "l'exportateur Telcar"): "" at the start of a sentence."""
    # what r"([\w’'-]+)[ \u00a0]*$" finds in the 40 characters before `start`
    # (a "$" matches before a final newline too), read backwards: a search
    # tries every start in the window, and callers ask for every word
    before = text[max(0, start - 40) : start]
    end = _spaces_back(before, len(before) - 1 if before.endswith("\n") else len(before))
    return _ELIDED.sub("", before[_word_back(before, end) : end].casefold())


_ELIDED = re.compile(r"^(?:[ldjnsmtc]|qu)['’](?=\w)")


@lru_cache(maxsize=256)  # asked for every name of a paragraph
def in_sport_paragraph(text: str) -> bool:
    """Does the paragraph use words of the sport pages (or a score, 2-1)? One
    word that ordinary prose uses too is not enough ("un impact plus marqué")."""
    if _SCORE.search(text):
        return True
    cues = SPORT_CUES.intersection(_WORDS.findall(text.casefold()))
    return bool(cues - WEAK_SPORT_CUES) or len(cues) > 1


_SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")
_WORDS = re.compile(r"\w+")


def _split_known(
    text: str, s: int, e: int, words: list[str], known: KnownIndex
) -> list[tuple[int, int, list[str]]]:
    """Split a run made of several known names ("Altman OpenAI") into them."""
    if len(words) < 2 or known.lookup_latin(text[s:e]):
        return [(s, e, words)]
    pos, i, out = s, 0, []
    starts = []
    for w in words:  # offsets of each word inside the run
        pos = text.index(w, pos)
        starts.append(pos)
        pos += len(w)
    while i < len(words):
        for j in range(len(words), i, -1):
            if known.lookup_latin(" ".join(words[i:j])) or j == i + 1:
                out.append((starts[i], starts[j - 1] + len(words[j - 1]), words[i:j]))
                i = j
                break
    if all(known.lookup_latin(" ".join(w)) for _, _, w in out):
        return out
    return [(s, e, words)]


def _camel(w: str) -> bool:
    return any(c.isupper() for c in w[1:]) or bool(_DIGIT.search(w))


_WORD_JOINS = re.compile(r"[-’']")
_DIGIT = re.compile(r"\d")
_ELISION = re.compile(r"(?:[dlDLjJnNsScCmMtT]|[qQ]u)['’](?=[A-Z])")
_MIXED_TOKEN = re.compile(r"[a-z][A-Z]|[A-Z][a-z].*\d")


# (Dutch capitalises the digraph IJ as one letter: "IJssel", "IJsseldijk", "IJsbrand")
# (and the apostrophe of West African names: "M'Bala", "N'Golo")
_NAME_PART = r"(?:(?:Mc|Mac|O['’]|D['’]|d['’]|M['’]|N['’]|De|Di|Van|Le)?[A-ZÀ-ÞĀ-ſ]|IJ)[a-zß-ÿĀ-ſ]+"
_PERSON_WORD = re.compile(rf"^(?:(?:al|el)-)?{_NAME_PART}(?:-{_NAME_PART}){{0,2}}$")


# Dutch hospitals' names, whatever words (a queen's, a saint's) stand around them.
_CARE_PHRASE = re.compile(r"\b(?:Medisch (?:Centrum|Spectrum)|Universitair (?:Ziekenhuis|Medisch))\b")


# "Ben Weyts": "ben" (son of) is a particle, "Ben" before one capitalised word a given name
_GIVEN_PARTICLE = re.compile(r"Ben [A-ZÀ-Þ][a-zß-ÿ]+")


def _shape_label(words: list[str]) -> str:
    """Guess a label from the shape of a Latin-script name (no model)."""
    if any(_DIGIT.search(w) for w in words):
        return MISC  # GPT-4, iPhone 15: products
    if is_venue(words):
        return PLACE  # "Centre Bell", "Petit Palais"
    if (
        words[-1].rstrip(".") in _ORG_WORDS
        or _CARE_PHRASE.search(" ".join(words))  # "Maxima Medisch Centrum", "Medisch Spectrum Twente"
        or words[0] == "The"
        or len(words) > 1
        and words[0] in CLUB_PREFIXES
        or len(words) > 1
        and words[0] in INSTITUTION_HEADS
        or len(words) > 1
        and words[1] in INSTITUTION_HEADS
        and not is_given_name(words[0])
        or any(w in _ORG_WORDS for w in words[:-1])
        and any(w in _CONNECTORS for w in words)
    ):
        return ORG  # "Staten van Groningen", "Bank of America"
    if (
        words[0][:1].isupper()
        and words[0].lower() in PARTICLES
        and not _GIVEN_PARTICLE.fullmatch(" ".join(words))
    ):
        return ORG  # "De Telegraaf", "De Kuip"; a person ("minister De Jonge") needs a cue or the full name
    names = [w for w in words if w not in PARTICLES]
    if 2 <= len(names) <= 3 and all(_PERSON_WORD.match(w) for w in names):
        return PERSON  # "Giovanni van Bronckhorst": particles do not count
    return ORG  # a lone capitalised/camel-case word in foreign text is most often a company


_RUN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-z0-9À-ÖØ-öø-ɏ]*(?:[-'’&][A-Za-z0-9À-ÖØ-öø-ɏ]+)*")


@lru_cache(maxsize=256)  # an article's paragraphs are read twice (name_words, then hits)
def _latin_runs_fixed(text: str, language: str = "") -> list[tuple[int, int, list[str]]]:
    """Runs of name-like Latin words joined by single spaces (dots end
    words). Name particles join a person's name ("Giovanni van Bronckhorst",
    "Valéry Giscard d'Estaing"); words of captions, openers and titles
    ("Volgens", "Premier", "Foto") are never part of one; a nationality word
    before a full name is split off ("Marokkaan | Hakim Ziyech")."""
    from .nametables import tables

    runs: list[tuple[int, int, list[str]]] = []
    cur: list[_Word] = []

    def flush() -> None:
        while cur and (cur[-1][2] in _NOT_NAMES or cur[-1][2] in _CONNECTORS or cur[-1][2] in PARTICLES):
            cur.pop()
        while (
            cur
            and cur[0][2] in _NOT_NAMES
            and not _title_the(cur, text)
            and not (
                len(cur) > 1 and cur[0][2].lower() in PARTICLES and not _sentence_initial(text, cur[0][0])
            )
        ):
            cur.pop(0)
        while (
            len(cur) >= 3
            and is_demonym(cur[0][2], language)
            and not is_demonym(cur[1][2], language)
            and cur[1][2] not in PARTICLES
            and cur[-1][2] not in _ORG_WORDS  # (not "Nederlandse Aardolie Maatschappij": one body)
            and not is_org_compound(cur[-1][2])
            or len(cur) == 2
            and is_demonym(cur[0][2], language)  # "het Drentse Beilen": a town of the region
            and (city(cur[1][2], language) or village(cur[1][2], language))
        ):
            runs.append((cur[0][0], cur[0][1], [cur[0][2]]))
            cur.pop(0)
        if (
            len(cur) == 2
            and _sentence_initial(text, cur[0][0])
            and _PERSON_WORD.match(cur[0][2])
            and _camel(cur[1][2])
            and not (
                cur[1][2].isupper()
                and len(cur[1][2]) <= 3
                and (city(cur[0][2], language) or village(cur[0][2], language))
            )  # (not "Lommel SK", "Deinze SK": a town and its club's letters)
        ):
            cur.pop(0)  # "Chipmachinefabrikant ASML": a sentence's first noun, then the company
        if (
            len(cur) >= 2
            and language == "nl"
            and _sentence_initial(text, cur[0][0])
            and _plural_trade(cur[0][2])
        ):
            cur.pop(0)  # "Natuurbeheerders Staatsbosbeheer en ...": a kind of body, then its name
        if (
            len(cur) >= 2
            and language == "nl"
            and _sentence_initial(text, cur[0][0])
            and _kind_of_body(cur[0][2])
            and cur[1][2].lower() not in PARTICLES  # ("Loonbedrijf Van Wijngaarden": the family's firm)
            and not (
                len(cur) == 2
                and (city(cur[1][2], language) or village(cur[1][2], language) or cur[1][2] in REGIONS)
            )  # ("Havenbedrijf Rotterdam", "Omroep Brabant": a body named by its kind and its town)
        ):
            cur.pop(0)  # "Reizigersorganisatie Rover vindt ...": the kind of body, then its name
        if len(cur) >= 2 and language == "fr" and cur[0][2] == "Côté" and _sentence_initial(text, cur[0][0]):
            # "Côté Vooruit, on exige ...": "as for", then the name (a person named Côté
            # has a given name before it: "Marie Côté")
            cur.pop(0)
        if (
            len(cur) >= 3
            and _sentence_initial(text, cur[0][0])
            and cur[1][2] in CLUB_PREFIXES | INSTITUTION_HEADS
            and cur[0][2] not in CLUB_PREFIXES | INSTITUTION_HEADS
            and language in ("fr", "nl")
            and tables(language).zipf(cur[0][2].casefold()) >= 3.5
        ):
            cur.pop(0)  # "Côté FC Nantes": a frequent word opens the sentence, then the club's name
        if (
            len(cur) >= 3
            and cur[0][2].isupper()
            and all(_PERSON_WORD.match(w) or w in PARTICLES for _, _, w in cur[1:])
        ):
            runs.append((cur[0][0], cur[0][1], [cur[0][2]]))  # "député PS Arthur Delaporte"
            cur.pop(0)
            while cur and cur[0][2] in PARTICLES:
                cur.pop(0)  # "l'UMIH des Hautes-Pyrénées": the acronym's seat, without "des"
        if (
            len(cur) >= 3
            and (len(cur[0][2]) >= 14 or "-" in cur[0][2] and _role_compound(cur[0][2]))
            and _shape_label([w for _, _, w in cur[1:]]) == PERSON
        ):
            if "-" in cur[0][2]:  # the party or club before the role is a name of its own
                party = cur[0][2].rsplit("-", 1)[0]
                runs.append((cur[0][0], cur[0][0] + len(party), party.split()))
            cur.pop(
                0
            )  # "Feyenoordsteunpilaar Steven Berghuis", "CDA-Kamerlid Harmen Krul": a role, then the name
        if (
            len(cur) >= 3
            and not is_given_name(cur[0][2])
            and is_given_name(cur[1][2])
            and cur[0][2].lower() not in PARTICLES
            and _shape_label([w for _, _, w in cur[1:]]) == PERSON
        ):
            runs.append(
                (cur[0][0], cur[0][1], [cur[0][2]])
            )  # "Advocaat | Kris Luyten", "Werk | David Clarinval"
            cur.pop(0)
        if (
            len(cur) >= 2
            and language in ("fr", "nl")
            and _sentence_initial(text, cur[0][0])
            and cur[0][2][1:].islower()
            and cur[0][2] not in _TOPONYM_OPENERS
            and cur[0][2].lower() not in PARTICLES
            and not is_given_name(cur[0][2])
            and _frequent_word(cur[0][2], language)
            and (
                (
                    is_given_name(cur[1][2])
                    if len(cur) == 2
                    else _shape_label([w for _, _, w in cur[1:]]) == PERSON
                    and not _frequent_word(cur[1][2], language)
                )
                or is_demonym(cur[1][2], language)  # "Twee | Brugse vrederechters"
            )
        ):
            runs.append((cur[0][0], cur[0][1], [cur[0][2]]))  # "Docent | Wiebe Dijkhuis", "Visser | Kees"
            cur.pop(0)
        if cur:
            runs.append((cur[0][0], cur[-1][1], [w for _, _, w in cur]))
        cur.clear()

    for m in _RUN_WORD.finditer(text):
        w = m.group()
        if w.islower() and w != "t" and w not in PARTICLES and w not in _CONNECTORS and w not in _NOT_NAMES:
            if cur:  # (most lower-case words follow another: nothing to end, flush would do nothing)
                flush()  # an ordinary lower-case word ends a run (what the tests below come to)
            continue
        # French elision: d'OpenAI, l'Amazon -> the name after the apostrophe
        el = _ELISION.match(w)
        start = m.start()
        if el and el.group()[0] == "d" and _particle_joins(cur, text, start, start + 2, language):
            cur.append((start, m.end(), w))  # Giscard d'Estaing
            continue
        if el and (
            el.group()[0].islower()
            or w[el.end() :].isupper()
            and len(w) - el.end() >= 2
            and not is_lead_word(w[el.end() :])
        ):  # ("L'OM": "om" is a Dutch preposition)
            start += el.end()  # also "L'UDC", "D'EDF" (not "L'Oréal", "D'Alema")
            w = w[el.end() :]
        if w == "t" and text[start - 1 : start] in ("'", "’"):
            start, w = start - 1, text[start - 1 : start + 1]  # van 't Schip
        if (
            (w in PARTICLES or w[:1].isupper() and w.lower() in PARTICLES and cur)
            and len(cur) >= 2
            and (
                is_given_name(cur[-1][2])
                and not is_given_name(cur[-2][2])
                and cur[-2][2].lower() not in PARTICLES  # "Reinier van den Berg van X": Berg ends a name
                and (
                    language not in ("fr", "nl")
                    or tables(language).zipf(cur[-2][2].casefold()) >= 3.5
                    or cur[-2][2] in subdivision_names()  # "la députée de la Haute-Loire Anne-Marie Le X"
                    or is_demonym(cur[-2][2], language)  # "le Sud-Africain Pieter van Zyl"
                )
                or len(cur) == 2
                and _sentence_initial(text, cur[0][0])  # "Weervrouw Jorien van den Bosch"
                and not is_given_name(cur[0][2])
                and cur[0][2].lower() not in PARTICLES
            )
            and _particle_joins(cur[-1:], text, start, start + len(w))
        ):
            given = cur.pop()  # "Schepen van Cultuur Astrid De Bruycker": the name starts at the given name
            flush()
            cur.extend([given, (start, start + len(w), w)])
            continue
        if (
            (w in PARTICLES or w[:1].isupper() and w.lower() in PARTICLES and cur)
            and len(cur) >= 3
            and is_given_name(cur[-1][2])
            and is_given_name(cur[-2][2])
            and not is_given_name(cur[-3][2])
            and cur[-3][2].lower() not in PARTICLES
            and (_sentence_initial(text, cur[0][0]) or tables(language).zipf(cur[-3][2].casefold()) >= 3.5)
            and _particle_joins(cur[-2:], text, start, start + len(w))
        ):
            given_names = cur[-2:]  # "Bestuurder Anne Jan de Graaf": two given names, then the surname
            del cur[-2:]
            flush()
            cur.extend([*given_names, (start, start + len(w), w)])
            continue
        if (w in PARTICLES or w[:1].isupper() and w.lower() in PARTICLES and cur) and _particle_joins(
            cur, text, start, start + len(w), language
        ):
            cur.append((start, start + len(w), w))  # also "Marine Le Pen", "Kevin De Bruyne"
            continue
        if w in _CONNECTORS and cur and _joinable(cur, w, text, m.end()):
            cur.append((start, start + len(w), w))  # Center for Security and ...
            continue
        if text[start - 1 : start] in "/@#.=_" and start > 0 or (_DIGIT.search(w) and _MIXED_TOKEN.search(w)):
            flush()  # URLs, handles, hashtags, tokens like u3iKwyWj0a
            continue
        if not _is_name_word(w) and w not in _NOT_NAMES:
            while cur and cur[-1][2] in _CONNECTORS:
                cur.pop()
            flush()
            continue
        if is_lead_word(w) and not _org_word_follows(text, m.end()) and not _title_surname(cur, w):
            flush()  # "Volgens OpenAI", "Mélenchon Premier": not part of the name
            continue
        if is_misc_name(w):
            flush()  # "Eredivisie Ajax": a competition, then a club
            runs.append((start, start + len(w), [w]))
            continue
        if cur and (text[cur[-1][1] : start] != " "):
            flush()
        if w in _NOT_NAMES and not cur:
            if w[:1].isupper() and w.lower() in PARTICLES and _name_follows(text, start, m.end()):
                cur.append(
                    (start, start + len(w), w)
                )  # "minister De Jonge": mid-sentence, "De" starts a name
            continue
        cur.append((start, start + len(w), w))
        if w in _NOT_NAMES:
            flush()
    flush()
    return runs


def dutch_word(word: str) -> bool:
    """A word of the language rather than an unlisted given name ("Gwendolyn",
    "Wietse"): frequent enough ("Leefbaar", "Chiro"), an institution's
    compound ("Woonzorg"), or a compound of two words that are no given
    names ("Oogstfeest", "Buurtcomité"; not "Roosmarijn")."""
    from .nametables import tables

    words = tables("nl")
    f = word.casefold()
    if words.zipf(f) >= 3.0 or is_org_compound(word):
        return True
    return any(
        words.zipf(f[:i]) >= 3.0
        and words.zipf(f[i:]) >= 3.0
        and not is_given_name(f[:i].capitalize())
        and not is_given_name(f[i:].capitalize())
        for i in range(3, len(f) - 3)
    )


# Last parts of Dutch compounds naming a kind of company or body: "Reizigersorganisatie",
# "Boerenorganisatie", "Busvervoerder", "Zuivelcoöperatie", "Energiebedrijf".
_BODY_KIND_ENDINGS = (
    "organisatie",
    "vereniging",
    "vervoerder",
    "coöperatie",
    "cooperatie",
    "bedrijf",
    "federatie",
    "maatschappij",
    "omroep",
    "fabrikant",
    "producent",
    "keten",
    "koepel",
    "vakbond",
)


def _kind_of_body(word: str) -> bool:
    """ "Reizigersorganisatie", "Busvervoerder": a Dutch compound, in lower
    case after its capital, whose last part names a kind of company or body
    (the name that follows is the body's)."""
    w = word.casefold()
    return word[1:].islower() and any(w.endswith(e) and len(w) >= len(e) + 3 for e in _BODY_KIND_ENDINGS)


def _plural_trade(word: str) -> bool:
    """ "Natuurbeheerders", "Netbeheerders", "Zorgverzekeraars": a long Dutch
    compound plural of a trade or a role, whose last part is an ordinary
    word; no given name and no surname (those seldom run to 12 letters)."""
    from .nametables import tables

    w = word.casefold()
    if len(w) < 12 or not w.endswith(("ers", "aars")) or is_given_name(word) or not word[1:].islower():
        return False
    return any(tables("nl").zipf(w[i:]) >= 3.0 for i in range(3, len(w) - 6))


def _role_compound(word: str) -> bool:
    """ "CDA-Kamerlid", "PSV-trainer": a party's or club's role noun (the
    party itself is found by _ORG_COMPOUND)."""
    tail = word.rsplit("-", 1)[-1].casefold()
    return tail in ORG_COMPOUND_HEADS or tail.endswith(_ORG_COMPOUND_ENDINGS)


def _particle_joins(cur: list[_Word], text: str, start: int, end: int, language: str = "") -> bool:
    """Does the particle at text[start:end] continue the person's name in
    `cur`? Only after one or two capitalised name words (or another
    particle), not after a frequent word opening a sentence ("Bewoners van
    X"), and only when a capitalised word follows the particles."""
    if not cur or text[cur[-1][1] : start] != " ":
        return False
    words = [w for _, _, w in cur]  # "Kenny Van den Broeck": a capitalised particle is one too
    names = [w for w in words if w.lower() not in PARTICLES and not w.startswith(("d'", "d’"))]
    if len(names) != len(cur) and cur[-1][2].lower() not in PARTICLES:
        return False  # one group of particles per name
    elided = text[start:end].startswith(("d'", "d’"))
    names = [w for w in names if not w.isupper()]  # "RIVM Jaap van Dissel": the acronym is split off later
    # one given name before the particles ("Arne Slot van Liverpool" is not one name)
    if not names and not words[0][:1].isupper():
        return False  # (a run opened by a capitalised particle goes on: "die Van den Broeck verdedigt")
    double_given = len(names) == 2 and all(is_given_name(w) for w in names)  # "Jan Willem de Groot"
    if len(names) > (2 if elided or double_given else 1) or not all(_PERSON_WORD.match(w) for w in names):
        return False
    if any(w in _NOT_NAMES or w in _ORG_WORDS for w in names):
        return False
    if (
        len(cur) == 1
        and not is_given_name(cur[0][2])
        and (city(cur[0][2], language) or village(cur[0][2], language))
        and word_before(text, cur[0][0]) in LOCATIVES
    ):
        return False  # "in Mechelen de wedstrijd": a town, then an article
    if (
        language in ("fr", "nl")
        and len(cur) == 1
        and _sentence_initial(text, cur[0][0])
        and not is_given_name(cur[0][2])
        and _frequent_word(cur[0][2], language)
    ):
        return False
    if elided:
        return True
    if connected_town_at(text, end + 1) is not None:
        return False  # "burgemeester Petter van Bergen op Zoom": the town he is mayor of
    rest = re.match(r"((?: (?:'t|’t|[a-z]+))*) ([A-ZÀ-Þ][\w’'-]*)", text[end:])
    if rest and is_given_name(rest.group(2)) and re.match(r" [A-ZÀ-Þ]", text[end + rest.end() :]):
        return False  # "le Medef de Patrick Martin": another person's full name, not a surname
    if rest and double_given and _town(rest.group(2), language):
        # "burgemeester Manu Claes van Scherpenheuvel-Zichem": a surname that is a given name too
        return False
    return (
        rest is not None
        and all(p in PARTICLES for p in rest.group(1).split())
        and _is_name_word(rest.group(2))
        and (
            not is_lead_word(rest.group(2))
            or rest.group(2).casefold() in _TITLE_SURNAMES
            # "Jan van der Meer", "Kees ter Meer": after a given name and lower-case particles
            or text[start:end].islower()
            and bool(names)
            and is_given_name(names[0])
            # "zei Van der Meer": a capitalised particle, then "der"/"den", is a surname's
            or text[start:end] in ("der", "den")
            and not names
            and len(cur) == 1
            and cur[0][2] in ("Van", "Ver")
        )
    )


# Titles that are also surnames. A title stands before a name, so after a
# given name (and its particles) the word is the surname: "Tim Prins", "Jan de
# Koning", "Anouk Rechter" (but "Prins Bernhard", "koning Filip").
_TITLE_SURNAMES = frozenset("koning prins paus rechter keizer bisschop".split())


def _title_surname(cur: list[_Word], word: str) -> bool:
    """ "Henk Koning": a title that is a surname after a given name; "Jan van der Meer": a
    function word after a name's lower-case particle is the surname (not "meer", more)."""
    if len(cur) >= 2 and cur[-1][2] in PARTICLES and cur[-1][2].islower() and word[:1].isupper():
        return True
    names = [w for _, _, w in cur if w.lower() not in PARTICLES]
    return word.casefold() in _TITLE_SURNAMES and len(names) == 1 and is_given_name(names[0])


def _short_village(text: str, s: int, e: int, language: str) -> bool:
    """ "in Ee", "uit As", "tussen Ee en Oostrum": a two-letter capitalised word
    after a Dutch preposition of place is a village (the tables know few of
    them) unless it is a frequent word ("in Op ..." is no place)."""
    from .nametables import tables

    word = text[s:e]
    return (
        language == "nl"
        and len(word) == 2
        and word[0].isupper()
        and word[1].islower()
        and word_before(text, s) in ("in", "uit", "te", "nabij", "vanuit", "tussen")
        and (village(word, language) or tables(language).zipf(word.casefold()) < 4.0)
    )


def _frequent_word(word: str, language: str) -> bool:
    """A word of Zipf 3.5 or more in wordfreq (a noun opening a sentence, or a
    surname in the news: callers add the context)."""
    from .nametables import tables

    return tables(language).zipf(word.casefold()) >= 3.5


def _name_follows(text: str, start: int, end: int) -> bool:
    """A capitalised name word follows, and `start` is not a sentence's first word."""
    m = re.match(r" ([A-ZÀ-Þ][\w’'-]*)", text[end:])
    return m is not None and _is_name_word(m.group(1)) and not _sentence_initial(text, start)


_SPACE_WORD = re.compile(r" (\w+)")
_SPACE_ASCII_CAPITAL = re.compile(r" ([A-Z])")


def _org_word_follows(text: str, end: int) -> bool:
    """ "Premier League", "Première Ligue": the title word starts a name."""
    m = _SPACE_WORD.match(text[end:])
    return m is not None and (m.group(1) in _ORG_WORDS or m.group(1) in ("Ligue", "Division"))


def _title_the(cur: list[_Word], text: str) -> bool:
    """ "The Information", "The Verge" inside non-English text: the article
    is part of the name (a sentence-initial "The" is not)."""
    if cur[0][2] != "The" or len(cur) < 2:
        return False
    before = text[: cur[0][0]].rstrip()
    return bool(before) and not _sentence_initial(text, cur[0][0]) and word_script(before[-1]) != "latn"


_CONNECTORS = ("for", "of", "and", "voor", "van", "en", "pour", "de", "du", "des", "et")


def _joinable(cur: list[_Word], w: str, text: str, end: int) -> bool:
    """Connectors inside institution names: "Center for Security and
    Emerging Technology", "Bank of America", "Rijksinstituut voor
    Volksgezondheid en Milieu" (not "Altman and Brockman")."""
    nxt = _SPACE_ASCII_CAPITAL.match(text[end : end + 2])
    if not nxt or text[cur[-1][1] : cur[-1][1] + 1] != " ":
        return False
    words = [x[2] for x in cur]
    org_like = [x in _ORG_WORDS or is_org_compound(x) or x in INSTITUTION_HEADS for x in words]
    if w in ("and", "en", "et"):  # not "Eric van der Burg en Aukje de Vries"
        return (
            any(org_like)
            and any(x in ("for", "of", "voor", "van", "pour", "de", "du", "des") for x in words)
            or len(words) == 2
            and words[0] in INSTITUTION_HEADS
        )  # "Inspectie Justitie en Veiligheid"
    return org_like[-1]


# --- names known in the library ----------------------------------------------------


# A KnownIndex of fewer names is read name by name (projection's one-name indexes,
# made for every English name: an index would cost more than it saves)
_INDEXED_FROM = 64


class KnownIndex:
    """Known names (KnownName) prepared for exact and skeleton matching."""

    def __init__(self, known_names: Iterable[KnownName]) -> None:
        self.by_fold: dict[str, tuple[str, str]] = {}
        self.surnames: dict[str, list[tuple[str, str]]] = {}
        self.skeletons: list[tuple[tuple[str, ...], str, str]] = []
        self.articles: dict[str, int] = {}
        self.initials: dict[str, str] = {}
        self.forms: list[tuple[str, str, str]] = []
        self._written: (
            tuple[tuple[int, int], list[tuple[str, str]], dict[str, list[int]], dict[str, list[int]]] | None
        ) = None
        # (lenient, short) -> (how many skeletons were indexed, the index of the names looked for)
        self._starts: dict[tuple[bool, bool], tuple[int, _StartIndex]] = {}
        self._surnames: tuple[int, dict[str, list[int]], dict[str, list[int]]] | None = None
        for k in known_names:
            name = k.name.strip()
            if not name:
                continue
            self.by_fold.setdefault(_fold(name), (name, k.label))
            self.articles[name] = max(self.articles.get(name, 0), getattr(k, "articles", 1))
            for f in k.forms:
                self.forms.append((f, name, k.label))
            words = [t.text for t in tokens(name)]
            if word_script(name) == "latn":
                self._add_skeletons(name, k.label, words)
                if k.label == PERSON and len(words) >= 2 and len(words[-1]) >= 4:
                    self.surnames.setdefault(_fold(words[-1]), []).append((name, k.label))
        for fold, lst in self.surnames.items():  # one surname, several people: ambiguous
            self.surnames[fold] = list(dict.fromkeys(lst))

    def _add_skeletons(self, name: str, label: str, words: list[str]) -> None:
        """The skeletons of a Latin name of these words (as written, and with
        each Arabic article joined to the next word) and its initial."""
        skel = tuple(skeleton(w) for w in words)
        if all(skel):
            self.skeletons.append((skel, name, label))
            self.initials[name] = normalise(words[0])[:1]
            joined = _article_joined(words)
            if joined != skel:
                self.skeletons.append((joined, name, label))

    def name_starts(
        self,
        cand: Sequence[Sequence[_Cut]],
        skels: Mapping[str, Sequence[int]],
        lenient: bool = False,
        short: bool = False,
    ) -> list[tuple[int, int]]:
        """Where the names skeleton_hits looks for (_looked_for) may start in
        a text of these tokens' cuts (`cand`, none for a token not in
        Hebrew/Arabic script) and skeletons (`skels`: skeleton -> tokens):
        (position in `skeletons`, token) pairs in that order, the name's
        first word fitting a cut of the token (equal or one edit off:
        _skel_match; a one-word name: equal) and, for an indexed library,
        its last word fitting the first cut of the token it would end on.
        A superset: skeleton_hits tests each pair."""
        if len(self.skeletons) >= _INDEXED_FROM:
            made = self._starts.get((lenient, short))
            if made is None or made[0] != len(self.skeletons):
                keep = [self._looked_for(x, lenient, short) for x in self.skeletons]
                made = self._starts[lenient, short] = (len(self.skeletons), _StartIndex(self.skeletons, keep))
            return made[1].starts(cand)
        # (one name in projection: nothing to index)
        fits: dict[str, set[str]] = {}
        pairs: list[tuple[int, int]] = []
        for p, x in enumerate(self.skeletons):
            if not self._looked_for(x, lenient, short):
                continue
            n, first = len(x[0]), x[0][0]
            if n == 1:
                at = skels.get(first, ())
            else:
                if first not in fits:
                    fits[first] = {k for k in skels if _skel_match(k, first)}
                at = sorted({i for k in fits[first] for i in skels[k]})
            pairs += [(p, i) for i in at if i <= len(cand) - n]
        return pairs

    def _looked_for(self, entry: tuple[tuple[str, ...], str, str], lenient: bool, short: bool) -> bool:
        """Does skeleton_hits look for this skeleton entry (whichever names it
        is asked for)? Names, places and organisations (`lenient`: all), of
        words long enough to tell."""
        skel, name, label = entry
        if not lenient and label not in (PERSON, ORG, PLACE):
            return False
        if len(skel) == 1 and not lenient:
            # one word: only long, exact skeletons of names seen in 2+ articles
            return len(skel[0]) >= 5 or len(skel[0]) >= 4 and self.articles.get(name, 1) >= 2
        return sum(map(len, skel)) >= (3 if lenient else 4) or short

    def surname_entries(
        self, skels: Mapping[str, Sequence[int]], names: Iterable[str], lenient: bool = False
    ) -> list[int]:
        """The positions in `skeletons` whose last word's skeleton is one of
        `skels`, of a person's name of 2+ words whose last word has 4+
        consonant classes (`lenient`: 3+) or that is one of `names`, in
        order (and perhaps others: skeleton_hits tests each)."""
        if len(self.skeletons) < _INDEXED_FROM:
            return [p for p, (skel, _n, _l) in enumerate(self.skeletons) if skel[-1] in skels]
        if self._surnames is None or self._surnames[0] != len(self.skeletons):
            by_last: dict[str, list[int]] = {}
            entries: dict[str, list[int]] = {}
            for p, (skel, name, label) in enumerate(self.skeletons):
                if label == PERSON and len(skel) >= 2 and len(skel[-1]) >= 3:
                    by_last.setdefault(skel[-1], []).append(p)
                entries.setdefault(name, []).append(p)
            self._surnames = (len(self.skeletons), by_last, entries)
        _, by_last, entries = self._surnames
        shortest = 3 if lenient else 4
        # (the text's skeletons met with the surnames' in C: most are no surname)
        found = {p for k in by_last.keys() & skels.keys() if len(k) >= shortest for p in by_last[k]}
        found.update(p for name in names for p in entries.get(name, ()) if self.skeletons[p][0][-1] in skels)
        return sorted(found)

    def written_near(self, text: str) -> tuple[Sequence[tuple[str, str]], Sequence[tuple[str, str, str]]]:
        """The names (by_fold's, in its order) and the forms (in order) that
        may be written in `text` as whole words: those whose first word is a
        word of the text, and those that start with no word character.
        Supersets: exact_hits looks for each as before."""
        if len(self.by_fold) + len(self.forms) < _INDEXED_FROM:
            return list(self.by_fold.values()), self.forms
        size = (len(self.by_fold), len(self.forms))
        if self._written is None or self._written[0] != size:
            names = list(self.by_fold.values())  # (once: a library knows thousands)
            self._written = (size, names, _first_word_index(names), _first_word_index(self.forms))
        _, names, name_at, form_at = self._written
        words = set(_WORD_RUN.findall(text))
        return (
            [names[i] for i in _positions(name_at, words)],
            [self.forms[i] for i in _positions(form_at, words)],
        )

    def lookup_latin(self, surface: str) -> tuple[str, str] | None:
        if not self.by_fold and not self.surnames:
            return None  # (no library names: most articles' English pane asks every name)
        f = _fold(surface)
        if f in self.by_fold:
            return self.by_fold[f]
        people = self.surnames.get(f)
        if people and len(people) == 1:
            return people[0]
        return None


class _StartIndex:
    """A library's skeleton entries (KnownIndex.skeletons; those to `keep`)
    by where they may start (first word's skeleton -> number of words ->
    positions) and by how they may end (last word's key, _edit_keys ->
    positions), so that a token looks up only the names whose first word
    fits one of its cuts and whose last word fits the token where they would
    end (names sharing a first word are many: "Mohammed ..."): the two sets
    meet. Two skeletons one edit apart share a key (a string one deletion
    from each, or equal to one): candidates, which skeleton_hits tests."""

    def __init__(self, skeletons: Sequence[tuple[tuple[str, ...], str, str]], keep: Sequence[bool]) -> None:
        starting: dict[str, dict[int, list[int]]] = {}
        self.by_last_key: dict[str, list[int]] = {}  # (names of 2+ words)
        # a first word's skeleton of 4+ classes by every skeleton one deletion from it (or equal)
        self.by_deletion: dict[str, set[str]] = {}
        for p, (skel, _name, _label) in enumerate(skeletons):
            if not keep[p]:
                continue
            n, first = len(skel), skel[0]
            starting.setdefault(first, {}).setdefault(n, []).append(p)
            if n > 1:
                for key in _edit_keys(skel[-1]):
                    self.by_last_key.setdefault(key, []).append(p)
            if len(first) >= 4:
                for variant in _deletions(first):
                    self.by_deletion.setdefault(variant, set()).add(first)
        self.by_start: dict[str, dict[int, frozenset[int]]] = {
            f: {n: frozenset(at) for n, at in by_n.items()} for f, by_n in starting.items()
        }
        # (remembered: every text brings new skeletons, so each is bounded)
        self._plans: dict[str, _Plan] = {}  # the text's skeleton -> its plan
        self._ends: dict[str, frozenset[int]] = {}  # the text's skeleton -> the names ending there
        self._readings: dict[Sequence[_Cut], _Reading] = {}  # a word's cuts -> what it starts and ends

    def starts(self, cand: Sequence[Sequence[_Cut]]) -> list[tuple[int, int]]:
        """KnownIndex.name_starts for an indexed library."""
        reads = [self._reading(cs) for cs in cand]
        last = len(cand)
        pairs: set[tuple[int, int]] = set()
        for i, (one_word, longer, _end) in enumerate(reads):
            if one_word:
                pairs.update((p, i) for p in one_word)
            for n, names in longer:  # (by number of words, rising)
                if i + n > last:
                    break
                end = reads[i + n - 1][2]
                if not names.isdisjoint(end):  # (most are: no set made for them)
                    pairs.update((p, i) for p in names & end)
        return sorted(pairs)

    def _reading(self, cuts: Sequence[_Cut]) -> _Reading:
        """What a token of these cuts (one word's: _word_cuts) may start and
        end: the one-word names one of its cuts is, per number of words the
        names whose first word fits one of its cuts (its cuts' plans met),
        and the names of 2+ words whose last word fits its first cut.
        Remembered per word: a paragraph's tokens repeat the library's and
        the article's words."""
        found = self._readings.get(cuts)
        if found is None:
            if not cuts:
                return _NO_READING
            if len(self._readings) >= 50_000:
                self._readings.clear()
            one_word: frozenset[int] = frozenset()
            by_words: dict[int, frozenset[int]] = {}
            for c in cuts:
                ones, longer = self._plan_of(c[1])
                one_word = one_word | ones if one_word else ones
                for n, at in longer:
                    by_words[n] = by_words[n] | at if n in by_words else at
            found = self._readings[cuts] = (one_word, sorted(by_words.items()), self._ending(cuts[0][1]))
        return found

    def _plan_of(self, k: str) -> _Plan:
        plan = self._plans.get(k)
        if plan is None:
            if len(self._plans) >= 50_000:
                self._plans.clear()
            plan = self._plans[k] = self._plan(k)
        return plan

    def _plan(self, k: str) -> _Plan:
        """The names that may start with a word of skeleton `k`: the one-word
        names it is, and per number of words (2+) the names whose first word
        fits it."""
        near = [k] if k in self.by_start else []
        if len(k) >= 4:
            near += {f for variant in _deletions(k) for f in self.by_deletion.get(variant, ())} - {k}
        firsts = [f for f in near if _skel_match(k, f)]
        one_word: frozenset[int] = frozenset()
        by_words: dict[int, frozenset[int]] = {}
        for f in firsts:
            for n, at in self.by_start[f].items():
                if n > 1:
                    by_words[n] = by_words[n] | at if n in by_words else at  # (shared when one fits)
                elif f == k:
                    one_word = at
        return one_word, sorted(by_words.items())

    def _ending(self, k: str) -> frozenset[int]:
        """The names of 2+ words whose last word fits a word of skeleton `k`
        (shares a key with it: _skel_match's fuzzy test may hold)."""
        found = self._ends.get(k)
        if found is None:
            if len(self._ends) >= 4096:  # (some hold hundreds of names)
                self._ends.clear()
            found = self._ends[k] = frozenset(
                p for key in _edit_keys(k) for p in self.by_last_key.get(key, ())
            )
        return found


# A text's skeleton's plan (_StartIndex._plan): the positions of the one-word names it
# is, and (words, the names of that many words whose first word fits it) by number of
# words, rising
_Plan = tuple[frozenset[int], list[tuple[int, frozenset[int]]]]
# A token's reading (_StartIndex._reading): the one-word names it is, (words, the names
# of that many words whose first word fits one of its cuts) rising, the names ending on it
_Reading = tuple[frozenset[int], list[tuple[int, frozenset[int]]], frozenset[int]]
_NO_READING: _Reading = (frozenset(), [], frozenset())


@lru_cache(maxsize=8192)  # a text's skeletons recur: every token's first cut asks
def _edit_keys(s: str) -> tuple[str, ...]:
    """Strings two skeletons share when _skel_match's fuzzy test can hold:
    `s` and those one deletion from it (4+ classes), else `s` alone."""
    return tuple(_deletions(s)) if len(s) >= 4 else (s,)


# A whole-word match of a name that starts with a word character (exact_hits: no word
# character before it) starts with a run of word characters of the text equal to the
# name's first run: the text's runs are looked up, not every name searched for.
_WORD_RUN = re.compile(r"\w+")


def _first_word_index(entries: Sequence[tuple[str, ...]]) -> dict[str, list[int]]:
    """Positions of `entries` by the first run of word characters of their
    first field; "" for those that do not start with one (always looked for)."""
    at: dict[str, list[int]] = {}
    for i, entry in enumerate(entries):
        m = _WORD_RUN.match(entry[0])
        at.setdefault(m.group() if m else "", []).append(i)
    return at


def _positions(at: dict[str, list[int]], words: set[str]) -> list[int]:
    """The positions of the entries starting with none or one of `words`, in order."""
    found = list(at.get("", ()))
    for w in at.keys() & words:  # (met in C: most of a paragraph's words start no name)
        found += at[w]
    return sorted(found)


def _deletions(s: str) -> set[str]:
    """`s` and every string one character shorter made from it."""
    return {s} | {s[:i] + s[i + 1 :] for i in range(len(s))}


@lru_cache(maxsize=1024)  # every run and sub-run of words is looked up, often the same
def _fold(s: str) -> str:
    return _NOT_WORD.sub(" ", normalise(s)).strip()


_NOT_WORD = re.compile(r"[^\w]+")


# The Arabic article written apart in Latin script: "El-Banna", "Nour El Din", "ash-Sharif".
_LATIN_ARTICLES = frozenset(p.rstrip("-") for p in HYPHEN_PARTICLES)


def _article_joined(words: list[str]) -> tuple[str, ...]:
    """Skeletons of a Latin name with each Arabic article joined to the
    word after it, as Arabic script writes them: "Mahmoud El-Banna" is
    محمود البنا, two words, not three; "ash-Sharif" is الشريف (the article's
    l, assimilated in speech, is written)."""
    skel: list[str] = []
    article = False
    for w in words:
        if w.casefold() in _LATIN_ARTICLES and not article:
            article = True
            continue
        skel.append(("L" if article else "") + skeleton(w))
        article = False
    if article:  # a trailing article stays a word of its own
        skel.append(skeleton(words[-1]))
    return tuple(skel)


def _skel_match(a: str, b: str, fuzzy: bool = True) -> bool:
    """Token skeletons agree: equal, or (in multi-word names) one class off
    in long words."""
    if a == b:
        return True
    return fuzzy and len(b) >= 4 and len(a) >= 4 and Levenshtein.distance(a, b) <= 1


def skeleton_hits(
    text: str,
    language: str,
    known: KnownIndex,
    toks: Sequence[Token] | None = None,
    lenient: bool = False,
    only: set[str] | None = None,
    common: Callable[[str], bool] | None = None,
    short: bool = False,
) -> list[Hit]:
    """Known Latin names found in Hebrew/Arabic text by consonant skeleton,
    with clitic prefixes stripped from the first word. Surnames alone are
    found when long (4+ consonant classes) or when the full name occurs in
    the same text; `lenient` (projection: we know the entity is there)
    accepts shorter ones.

    A one-word match (a surname, a one-word name) must also be a plausible
    spelling of the name: not a frequent word (`common`, e.g. "לדמיין" for
    Altman), starting the way the Latin name starts (vowel, w/y, h or
    consonant) and of a length that fits it. `short` (projection only) also
    tries names of one or two consonant classes ("Haifa", "Raja"), held to
    that same test."""

    def wanted(x: tuple[tuple[str, ...], str, str]) -> bool:
        return (only is None or x[1] in only) and (lenient or x[2] in (PERSON, ORG, PLACE))

    if not any(map(wanted, known.skeletons)):
        return []  # (no library names to look for: the text's cuts are not needed)
    native: Sequence[bool]
    cand: Sequence[Sequence[_Cut]]
    skels: Mapping[str, Sequence[int]]  # the skeleton of every cut of the text -> its tokens
    if toks is None:
        toks, native, cand, skels = _source_cuts(text, language)
    else:
        native, cand = _token_cuts(toks, language)
        skels = _tokens_by_skeleton(cand)
    # only the names that could start at a token, and there: a library knows thousands
    starts = known.name_starts(cand, skels, lenient, short)
    hits: list[Hit] = []
    found_full: dict[str, set[str]] = {}  # name -> normalised surname spellings seen
    for p, i in starts:
        skel, name, label = known.skeletons[p]
        if only is not None and name not in only:
            continue
        n = len(skel)
        # the cuts of the token that fit the first word (a one-word name: equal)
        first = [c for c in cand[i] if _skel_match(c[1], skel[0], n > 1)]
        if not first or not all(native[i + j] for j in range(n)):
            continue
        if not all(_skel_match(cand[i + j][0][1], skel[j], n > 1) for j in range(1, n)):
            continue
        if n > 1 and any(not _adjacent(text, toks[i + j], toks[i + j + 1]) for j in range(n - 1)):
            continue
        want = _initial_class(known.initials.get(name, ""))
        cut = _best_cut(first, want)
        at = toks[i].start + cut[0]  # (where the stem starts in the text)
        if (
            n == 1
            and not lenient
            and not _plausible(cut, name.split()[-1], want, text[at : toks[i].end], common)
        ):
            continue
        if (
            n == 1
            and lenient
            and not _projectable(cut, name.split()[-1], want, text[at : toks[i].end], common)
        ):
            continue
        if short and not _plausible(cut, name.split()[-1], want, text[at : toks[i + n - 1].end], None):
            continue
        hits.append(Hit(at, toks[i + n - 1].end, label, name, "translit"))
        found_full.setdefault(name, set()).add(normalise(toks[i + n - 1].text))
    # surname-only mentions: long surnames by skeleton; short ones only in
    # the spelling already seen in a full-name match in this text
    for p in known.surname_entries(skels, found_full, lenient):
        skel, name, label = entry = known.skeletons[p]
        if not wanted(entry) or label != PERSON or len(skel) < 2:
            continue
        sur = skel[-1]
        long_enough = len(sur) >= 4 or (lenient and len(sur) >= 3)
        spellings = found_full.get(name, set())
        if not long_enough and not spellings or sur not in skels:
            continue
        want = _initial_class(_surname_initial(name))
        for i in skels[sur]:
            matching = [c for c in cand[i] if c[1] == sur and (long_enough or c[2] in spellings)]
            if not matching:
                continue
            cut = _best_cut(matching, want)
            at = toks[i].start + cut[0]  # (where the stem starts in the text)
            surface = text[at : toks[i].end]
            if (
                cut[2] in spellings
                or lenient
                and _projectable(cut, name.split()[-1], want, surface, common)
                or _plausible(cut, name.split()[-1], want, surface, common)
            ):
                hits.append(Hit(at, toks[i].end, label, name, "translit", 0.8))
    return hits


def _token_cuts(toks: Sequence[Token], language: str) -> tuple[list[bool], list[tuple[_Cut, ...]]]:
    """Per token: is it Hebrew/Arabic script, and per clitic cut (offset of
    the stem in the token, skeleton, normalised stem, class of the stem's
    first letter: _word_cuts, shared by every token of that word); none for
    other tokens."""
    cand = [_word_cuts(t.text, language) for t in toks]
    return [bool(cs) for cs in cand], cand


def _tokens_by_skeleton(cand: Sequence[Sequence[_Cut]]) -> dict[str, list[int]]:
    """The skeleton of every cut -> the tokens with a cut of that skeleton,
    in order: skeleton_hits looks at those tokens only (and changes none)."""
    where: dict[str, list[int]] = {}
    for i, cs in enumerate(cand):
        for c in cs:
            at = where.get(c[1])
            if at is None:
                where[c[1]] = [i]
            elif at[-1] != i:
                at.append(i)
    return where


@lru_cache(maxsize=32)  # projection asks again for each English entity of the same sentence
def _source_cuts(
    text: str, language: str
) -> tuple[tuple[Token, ...], tuple[bool, ...], tuple[tuple[_Cut, ...], ...], Mapping[str, Sequence[int]]]:
    """The tokens of `text` and their cuts (_token_cuts), shared by every
    skeleton_hits call on the same text: tuples, so no caller can change
    them; and the skeletons of all the cuts with the tokens that have each
    (a name none of them fits is not looked for word by word; one that
    does, only at those tokens). The mapping is read-only."""
    toks = read_tokens(text)
    native, cand = _token_cuts(toks, language)
    return toks, tuple(native), tuple(cand), MappingProxyType(_tokens_by_skeleton(cand))


@lru_cache(maxsize=16384)  # projection asks again for every word of a sentence, once per English entity
def _word_cuts(word: str, language: str) -> tuple[_Cut, ...]:
    """Per clitic cut of `word`: (offset of the stem in the word, skeleton,
    normalised stem, class of the stem's first letter); at least one for a
    word in Hebrew/Arabic script, none for another."""
    if word_script(word) not in ("he", "ar"):
        return ()
    norm, idx = normalise_map(word)
    splits = prefix_splits(norm, language)
    if language in ("fa", "ur"):  # (no clitic cuts: one per reading)
        said = norm.translate(_PERSIAN_SOUNDS)
        # (Iranian spellings write ق as gh first: "Ghalibaf", "Bagher"; as q too: "Qom")
        readings = (said.replace("ق", "غ"), said) if language == "fa" and "ق" in said else (said,)
    else:
        readings = (norm,)
    # (a loop, not a generator: this is made for every new word of a projected sentence)
    out = []
    for r in readings:
        for c in splits:
            out.append((idx[c], skeleton(r[c:]), norm[c:], _letter_class(norm[c : c + 1])))
    return tuple(out)


# Persian and Urdu say ض ظ ذ as z and ث as s: "Rezaei" is رضایی, "Zafar" ظفر, "Usman" عثمان
_PERSIAN_SOUNDS = str.maketrans("ضظذث", "زززس")


def _plausible(
    cut: _Cut, latin_word: str, want: str, surface: str, common: Callable[[str], bool] | None
) -> bool:
    """Can this stem (`surface` as written) be a transliteration of `latin_word` alone?"""
    stem = cut[2]
    if cut[3] != want and not (want == "vowel" and stem.startswith(("يو", "یو"))):
        return False  # "לדמיין" starts with a consonant, "Altman" with a vowel (U- is يو: يونسكو)
    # Hebrew/Arabic drop most vowels: a spelling is 0.45..1.25 of the Latin length
    if not 0.45 * len(latin_word) <= len(stem) <= 1.25 * len(latin_word) + 1:
        return False
    return common is None or not common(surface)


def _projectable(
    cut: _Cut, latin_word: str, want: str, surface: str, common: Callable[[str], bool] | None
) -> bool:
    """Projection knows the name is in the sentence, so a short skeleton
    will do; but a frequent source word must still look like a spelling of
    the name ("استثنائية", extraordinary, is no Zeidan; "استان", province,
    no Sistan)."""
    bare = re.sub(r"^(?:[aA][lL]|[eE][lL])-", "", latin_word)  # "al-Sadr" is spelt صدر after the clitic
    if bare != latin_word:
        want = _initial_class(bare[:1].lower())
    return common is None or not common(surface) or _plausible(cut, bare, want, surface, None)


def _letter_class(ch: str) -> str:
    """The class of a stem's first letter (remembered: a script has few letters)."""
    found = _LETTER_CLASSES.get(ch)
    if found is None:
        found = _LETTER_CLASSES[ch] = _class_of_letter(ch)
    return found


_LETTER_CLASSES: dict[str, str] = {}


def _class_of_letter(ch: str) -> str:
    if ch in _ALEF_AYIN:
        return "vowel"
    if ch in _W_Y:
        return "wy"
    if ch in _H:
        return "h"
    return "cons" if skeleton(ch) else "other"


def _initial_class(initial: str) -> str:
    if initial and initial in "aeiou":
        return "vowel"
    if initial and initial in "wy":
        return "wy"
    if initial == "h":
        return "h"
    return "cons"


def _best_cut(cands: list[_Cut], want: str) -> _Cut:
    """The prefix cut whose stem starts the way the Latin name does.

    Letters like ו/ה/و are both clitics and skeleton-silent, so "ומיקרוסופט"
    and "מיקרוסופט" have one skeleton; Hebrew/Arabic spell a vowel-initial
    name with א/ע/ا and a consonant-initial one with a consonant, which tells
    where the name starts. Among equals, the fewest stripped letters."""
    return next((c for c in cands if c[3] == want), cands[0])


_ALEF_AYIN = set("אעاأإآعٱ")  # normalise() folds أإآ to ا
_W_Y = set("ויويی")
_H = set("החهحہھ")


def _surname_initial(name: str) -> str:
    words = name.split()
    return normalise(words[-1])[:1] if words else ""


def _adjacent(text: str, a: Token, b: Token) -> bool:
    gap = text[a.end : b.start]
    return 0 < len(gap) <= 2 and not gap.strip(" -\u00a0\u200c")  # (a half-space: "علی‌اکبر")


def exact_hits(text: str, known: KnownIndex, language: str) -> list[Hit]:
    """Known names written the same way (Latin script, or a known native
    form such as a Hebrew spelling seen in another article)."""
    hits = []
    # (a name not in the text is not looked for: a library knows thousands, and a pattern
    # made for each of them, every paragraph, overflowed re's cache of 512: each was
    # compiled again, some 30 s of CPU per 1,000 words with 7,000 known names)
    names, forms = known.written_near(text)
    for name, label in names:
        if name not in text:
            continue
        if (
            label == MISC
            and word_script(name) == "latn"
            and not re.search(r"\d", name)
            and not is_misc_name(name)
        ):
            label = _shape_label(name.split())  # MISC is a model's "unsure": the shape is a better guess
        hits += [Hit(s, e, label, name, "known") for s, e in _whole_words(name, text)]
    for form, name, label in forms:
        if form in text:
            hits += [Hit(s, e, label, name, "known") for s, e in _whole_words(form, text)]
    return hits


def _whole_words(needle: str, text: str) -> list[tuple[int, int]]:
    r"""The spans of re.finditer(rf"(?<![\w]){re.escape(needle)}(?![\w])", text),
    without a pattern per needle (\w is a character isalnum() or "_")."""
    spans = []
    at = text.find(needle)
    while at >= 0:
        end = at + len(needle)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
            spans.append((at, end))
            at = text.find(needle, end if end > at else at + 1)  # (an empty needle: one step on)
        else:
            at = text.find(needle, at + 1)
    return spans


# --- projection from the English translation ---------------------------------------


def _strip_english(text: str) -> str:
    text = re.sub(r"^(?:the|The)\s+", "", text.strip())
    return re.sub(r"['’]s$", "", text)


def _fuzzy_latin(name: str, src: str) -> list[tuple[int, int]]:
    """Latin-script runs in `src` spelled nearly like `name` (Emmet/Emmett,
    Twich/Twitch), with the same number of words."""
    runs = _latin_runs_fixed(src)
    if not runs:
        return []  # (a Hebrew or Arabic sentence mostly has no Latin word)
    n = len(name.split())
    target = _fold(name)
    out = []
    for s, _e, words in runs:
        for i in range(len(words) - n + 1):
            sub = " ".join(words[i : i + n])
            if fuzz.ratio(_fold(sub), target) >= 85:
                start = src.index(words[i], s) if i else s
                out.append((start, start + len(sub)))
    return out


def project(
    entity_text: str,
    label: str,
    canonical: str,
    src: str,
    language: str,
    known: KnownIndex,
    common: Callable[[str], bool] | None = None,
    short: bool = True,
) -> list[Hit]:
    """Locate one English entity in its aligned source sentence `src`:
    exact Latin match, then name list/aliases, then near-identical Latin
    spellings, then consonant skeletons (and surnames alone; with `short`,
    one-word names of one or two consonant classes too); `common` tells
    frequent source words, which a skeleton match must also fit."""
    text = _strip_english(entity_text)
    words = text.split()
    hits: list[Hit] = []
    full = entity_text.strip()
    for cand in dict.fromkeys([full if not full.startswith("the ") else text, text, canonical]):
        if not cand or cand not in src:
            continue
        for m in re.finditer(rf"(?<![\w]){re.escape(cand)}(?![\w])", src):
            hits.append(Hit(m.start(), m.end(), label, canonical, "align"))
        if hits:
            return hits
    for name_hit in find_names(src, language, only={canonical}):
        hits.append(Hit(name_hit.start, name_hit.end, name_hit.entry.label, canonical, "align"))
    if hits:
        return hits
    for s, e in _fuzzy_latin(text, src):
        hits.append(Hit(s, e, label, canonical, "align"))
    if hits:
        return hits
    if language in ("fr", "nl") and label == PERSON:
        # surname-only in the source: "Nadella" for "Satya Nadella"
        if len(words) >= 2:
            for m in re.finditer(rf"(?<![\w]){re.escape(words[-1])}(?![\w])", src):
                hits.append(Hit(m.start(), m.end(), label, canonical, "align"))
    if hits or language not in ("he", "ar", "fa", "ur"):
        return hits
    # "Abdel Hamid" is written عبد الحميد: the article belongs to the next word
    # (and "al-Hamid" alone would fit any "the M-T" word: only the full name is taken)
    abd = _ABD.sub("Abd al", text) if language == "ar" else text
    idx = _one_name(abd, label)

    def aligned(index: KnownIndex, in_src: str = src, short_names: bool = False) -> list[Hit]:
        found = skeleton_hits(in_src, language, index, lenient=True, common=common, short=short_names)
        return [Hit(h.start, h.end, label, canonical, "align") for h in found]

    def no_words_together() -> bool:  # no hit spans several source words yet
        return all(" " not in src[h.start : h.end] for h in hits)

    hits = [h for h in aligned(idx) if abd == text or " " in src[h.start : h.end]]
    apart = _ABDULLAH.sub("Abd Allah", text) if language == "ar" else text
    if apart != text and no_words_together():
        # "Abdallah Gamal" is often عبد الله جمال, three words
        hits += [h for h in aligned(_one_name(apart, label)) if " " in src[h.start : h.end]]
    if language in ("fa", "ur") and label == PERSON and len(words) >= 2 and no_words_together():
        # a compound given name is one word there: "Mohammad Bagher Ghalibaf" is محمدباقر قالیباف
        joined = " ".join([words[0] + words[1].lower(), *words[2:]])
        hits = aligned(_one_name(joined, label)) or hits
    if language in ("fa", "ur") and "\u200c" in src and no_words_together() and (not hits or len(words) > 1):
        # a half-space joins one word: "گنج‌نامه" is Ganjnameh, "بنیادی‌فر" Bonyadifard
        # (the tatweel keeps the offsets and is no letter of the skeleton)
        hits = aligned(idx, src.replace("\u200c", "\u0640")) or hits
    if not hits and short and len(words) == 1:
        # a short skeleton fits many words: only the sentence's single plausible one is the
        # name, frequent or not (a city's name is a frequent word: "בחיפה")
        short_hits = aligned(idx, short_names=True)
        if len({src[h.start : h.end] for h in short_hits}) == 1:
            hits = short_hits
    if not hits and label in (ORG, PLACE) and len(words) > 1:
        hits = _project_parts(text, label, canonical, src, language, known, common)
    return hits


@lru_cache(maxsize=1024)  # an article names the same people again and again
def _one_name(name: str, label: str) -> KnownIndex:
    """The index of one English name that projection looks for by skeleton
    (built once per name: tokens and skeletons are what it costs;
    skeleton_hits only reads it). Only what skeleton_hits reads of it
    (lenient: its skeletons and initial) is made: no fold or surname of a
    name no one looks up."""
    index = KnownIndex(())
    name = name.strip()
    if name and word_script(name) == "latn":
        index._add_skeletons(name, label, token_texts(name))
    return index


_ABD = re.compile(r"\bAbd(?:el|ul|al|[ -]el|[ -]al|[ -]ul)[ -]")
_ABDULLAH = re.compile(r"\bAbd(?:[aeu]|ou)?llah?\b")
_ARABIC_ARTICLES = {"Al", "El", "al", "el"}  # "Al Hilal" is one source word, "الهلال"


def _project_parts(
    text: str,
    label: str,
    canonical: str,
    src: str,
    language: str,
    known: KnownIndex,
    common: Callable[[str], bool] | None,
) -> list[Hit]:
    """A translated name ("Golan Heights", "Soroka Medical Center in
    Beersheba") has no one spelling in the source, but its distinctive word
    has ("הגולן", "סורוקה"): a capitalised word that is neither a frequent
    English word nor a country, city or demonym of its own, found once in
    the sentence. A place after "in" is an entity of its own. Not for a
    name of proper words only ("Goldman Sachs": a word alone is no match
    for it) nor one with a given name ("Italian Simone Inzaghi": a person)."""
    from .nametables import tables

    head, _, where = text.partition(" in ")
    hits = project(where, PLACE, where, src, language, known, common) if where.strip() else []
    canonical = _strip_english(head) if where.strip() else canonical
    words = [w.strip(",.;:'’") for w in head.split()]
    if not any(tables("en").is_common(w) or w in _ARABIC_ARTICLES for w in words) or any(
        is_given_name(w) for w in words
    ):
        return hits
    for w in words:
        if (
            not w[:1].isupper()
            or tables("en").is_common(w)
            or city(w, "en")
            or find_names(w, "en")
            or is_demonym(w, "en")
        ):
            continue
        found = project(w, label, canonical, src, language, known, common, short=False)
        if len({src[h.start : h.end] for h in found}) == 1:
            hits += found
    return hits
