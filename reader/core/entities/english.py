"""English names by rule, for the translation pane (issue 10).

The English pane of a he/ar/fa/ur article only has to give the spans of
its names and a label good enough to project them onto the source (what is
scored is the source pane). English capitalises its names, so a run of
capitalised words is a name; what a rule must know is which capitalised
words are not: a sentence's first word when it is a frequent English word
("Police said", "According to"), titles before a name ("Foreign Minister
Abbas Araghchi": the person is "Abbas Araghchi"), months and weekdays (dates),
nationality words (MISC, as a statistical model labels them). Name
particles join a name ("Haider al-Kaabi", "Osama bin Laden", "Abu Dhabi"),
and "of" joins the name of a body or a place ("Bank of Israel", "Strait of
Hormuz").

The label comes from the curated name lists and the gazetteer, the library's
known names, the head noun of a body or place ("... Ministry", "... Province"),
a title before a person, a locative before a place ("in Rafah"), and
a lower-case noun after the name ("the Mehran border", "Nasr club"), and
otherwise a guess: a person, unless the name is listed with a place or a body
("Karkh and Rusafa"). The labels are rougher than the English model's (a
person is right 73% of the time on the development and held-out translations,
against 89%), but the source side settles labels with its own rules; the
spans, which the projection needs, are as good (the source pane's untyped
precision and recall with the English pane are the same or better on every
language's pooled sets).

`english_entities` has the shape of `spacy_models.spacy_entities("en", ...)`:
(start, end, coarse label) per paragraph. It costs about 15 ms per 1,000
source words where the English model cost about 100.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .latin import city, is_given_name
from .model import DATE, MISC, ORG, PERSON, PLACE
from .namelist import english_canonical_map
from .nametables import tables

# A word: letters and digits, with inner apostrophes and hyphens ("Ra'anana", "al-Kaabi").
_WORD = re.compile(r"[^\W_](?:[\w'’.-]*[^\W_])?")

# Titles and offices before a person's name; they are not part of it.
TITLES = frozenset(
    """Mr Mrs Ms Miss Dr Prof Professor Sir Dame Lord Lady Sheikh Sheikha Shaikh Sayyed Sayyid Seyed Sayed
Imam Ayatollah Hojatoleslam Hojjatoleslam Mullah Maulana Mufti Rabbi Rav Cardinal Pope Patriarch Bishop
Archbishop Father Reverend Saint
President Vice-President Minister Ministers Premier Chancellor Secretary Secretary-General Undersecretary
Ambassador Envoy Consul Governor Mayor Senator Congressman Congresswoman MP MK Deputy Speaker Chairman
Chairwoman Chair Director Director-General Commissioner Commander Chief General Gen Lt Lieutenant Colonel
Col Major Maj Captain Capt Brigadier Admiral Marshal Sergeant Sgt Corporal Private Officer Inspector
Judge Justice Prosecutor Attorney Attorney-General Lawyer Advocate Counsel
King Queen Prince Princess Emir Sultan Crown Sheikhdom Caliph
CEO CTO COO CFO Founder Co-founder Chef Coach Manager Striker Midfielder Defender Goalkeeper Winger
Forward Referee Coordinator Spokesman Spokeswoman Spokesperson Head Leader Representative
Doctor Engineer Eng Reporter Correspondent Haj Hajj Hajji Haji Mawlawi Qari Sardar Khan Mirza""".split()
) - {"Khan", "Mirza", "Sardar"}  # (these three are names as often as titles)
# Words before a title that belong to the office, not to a name ("Foreign Minister",
# "Prime Minister", "Deputy Health Minister", "Supreme Leader").
_OFFICE_WORDS = frozenset(
    """Prime Foreign Defence Defense Interior Finance Health Education Justice Economy Economic Energy Oil
Trade Industry Agriculture Culture Sport Sports Tourism Transport Communications Labour Labor Housing
Environment Water Electricity Religious Endowments Awqaf Information Media Planning Intelligence
Security National Internal External Public Social Welfare Women Youth Higher Municipal Municipalities
Former Ex Acting Interim Caretaker Deputy Vice Assistant Senior Chief Supreme Grand Head Top Late
Opposition State Federal Provincial Regional Local Executive Managing General Military Army Police
Navy Air Force Revolutionary Guards Commerce Science Technology Digital Treasury Cabinet Staff District
Bureau Special City""".split()
)
# Heads that make a name an organisation ("Basra Criminal Court", "Ministry of Health").
ORG_HEADS = frozenset(
    """Ministry Ministries Bank Company Co Corporation Corp Group Inc Ltd Holding Holdings University College
School Academy Institute Institution Center Centre Council Court Tribunal Party Front Movement Union
League Federation Association Organisation Organization Agency Authority Authorities Office Commission
Committee Directorate Department Administration Parliament Assembly Senate Congress Knesset Majlis
Cabinet Government Army Forces Force Guard Guards Corps Brigade Brigades Police Service Services
Foundation Fund Society Syndicate Chamber Board Network News Radio TV Television Channel Times Post
Journal Gazette Herald Daily Tribune Airlines Airways Club FC SC Team Hospital Clinic
Museum Library Theatre Theater Orchestra Festival Bureau Unit Division Command Secretariat Municipality
Exchange Stock Industries Refinery Petroleum Oil Energy Telecom Communications LLC Ventures Partners""".split()
)
# Heads that make a name a place ("Umm Qasr Port", "Gulf of Oman", "Balkh Province").
PLACE_HEADS = frozenset(
    """Province Governorate District Region County City Town Village Camp Neighbourhood Neighborhood
Street Road Avenue Square Highway Bridge Crossing Border Port Airport Harbour Harbor Island Islands
Peninsula Valley River Sea Gulf Bay Strait Lake Mountain Mountains Mount Desert Plain Heights Hills
Coast Strip Bank Oasis Dam Canal Basin Field Fields Park Gate Quarter Market Bazaar Mosque Shrine Church
Synagogue Palace Tower Stadium Arena Wall Plaza""".split()
) - {"Bank"}  # ("West Bank" is in the lists; "Bank" alone heads a body)
# Lower-case words inside a name: particles of a person's name, and "of"/"for"/"and"
# after the head of a body or place ("Bank of Israel", "Strait of Hormuz").
_PARTICLES = frozenset("bin ibn bint ben abu al el van von der de den da di du la le ould".split())
_HYPHEN_PARTICLE = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ul|ud|ad-din|ud-din)-[A-Z]")
_OF_WORDS = frozenset("of for".split())
# Words that are capitalised without being (part of) a name.
_NOT_NAMES = frozenset(
    """I I'm I've I'd I'll A An The This That These Those There Here It Its He She We They You His Her Their
Our My Your Who What When Where Why How Which Whose Whom If But And Or Nor So Yet As At In On Of For To
From By With Without After Before During Since Until Among Between Under Over Into Onto About Against
Also Meanwhile However Moreover Furthermore Therefore Thus Although Though While Whereas Because
Breaking Update Live Video Photo Read More Exclusive Report Editor's Note
Mr Mrs Ms Dr AM PM""".split()
)
_MONTHS = frozenset(
    """January February March April May June July August September October November December
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec""".split()
)
_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_DATE_AROUND = re.compile(r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?$")
# Nationalities, religions and languages: MISC, as the English model labels them.
DEMONYMS = frozenset(
    """Israeli Israelis Palestinian Palestinians Iranian Iranians Iraqi Iraqis Syrian Syrians Lebanese
Egyptian Egyptians Saudi Saudis Emirati Emiratis Qatari Qataris Kuwaiti Kuwaitis Omani Omanis Bahraini
Yemeni Yemenis Jordanian Jordanians Turkish Turk Turks Kurdish Kurd Kurds Arab Arabs Arabic Persian
Afghan Afghans Afghani Pakistani Pakistanis Indian Indians American Americans British Briton French
German Germans Russian Russians Chinese Ukrainian Ukrainians European Europeans African Africans
Moroccan Moroccans Algerian Algerians Tunisian Tunisians Libyan Libyans Sudanese Mauritanian Somali
Ethiopian Eritrean Italian Italians Spanish Japanese Korean Koreans Australian Canadian Dutch Belgian
Swiss Greek Cypriot Armenian Azerbaijani Azeri Georgian Tajik Tajiks Uzbek Uzbeks Turkmen Hazara
Hazaras Pashtun Pashtuns Baloch Balochi Baluch Sindhi Punjabi Punjabis Bengali Bangladeshi Kashmiri
Jewish Jew Jews Muslim Muslims Islamic Christian Christians Catholic Orthodox Protestant Shiite
Shiites Shia Shi'ite Sunni Sunnis Druze Alawite Alawites Bedouin Bedouins Yazidi Yazidis Coptic Copts
Zionist Hebrew English Urdu Dari Pashto Farsi Hindi Western Eastern Asian Asians Latin Gulf
Hashemite Ottoman Soviet Nazi Gazan Gazans Amazigh Berber Berbers Sahrawi Hausa""".split()
) - {"Gulf"}


# Months of the Islamic and Hebrew calendars (dates) and feasts, scriptures and
# rites (MISC): capitalised, never names of people or places here.
_CALENDAR_MONTHS = frozenset(
    """Muharram Safar Rabi Rajab Shaaban Sha'ban Shaban Ramadan Ramazan Ramzan Shawwal Dhu Zul Zilhaj
Tishrei Heshvan Cheshvan Kislev Tevet Shevat Adar Nisan Iyar Sivan Tammuz Elul""".split()
)
_FEASTS = frozenset(
    """Eid Nowruz Norouz Nowrouz Arbaeen Ashura Ashoura Tasua Urs Hajj Umrah Mawlid Milad Iftar Suhoor
Sehri Laylat Christmas Easter Passover Pesach Hanukkah Chanukah Purim Sukkot Shavuot Shabbat Sabbath
Kippur Rosh Quran Koran Qur'an Bible Torah Talmud Gospel Hadith Sharia Yalda Chaharshanbe Sizdah""".split()
)

# Words before a storm's name: the run is the storm (MISC), whatever person the name is.
_STORMS = frozenset("Storm Hurricane Typhoon Cyclone".split())

_Word = tuple[int, int, str]


def english_entities(
    texts: Sequence[str],
    known_label: Callable[[str], str | None] = lambda surface: None,
) -> list[list[tuple[int, int, str]]]:
    """(start, end, coarse label) of the names, nationalities and dates of each
    English paragraph; `known_label` gives the label of a name the library knows."""
    words_of = [[(*m.span(), m.group()) for m in _WORD.finditer(t)] for t in texts]
    # capitalised words used inside a sentence anywhere in the article: a name
    # when they open another sentence ("Trump said ... . Trump added")
    inner = frozenset(
        w for text, ws in zip(texts, words_of) for s, _, w in ws if w[:1].isupper() and not _opens(text, s)
    )
    # words the article also writes in lower case: a common word when it opens a
    # sentence ("Saffron farmers say ... the price of saffron"), whatever its frequency
    lower = frozenset(w for ws in words_of for _, _, w in ws if w[:1].islower())
    return [_paragraph(text, ws, inner, lower, known_label) for text, ws in zip(texts, words_of)]


def _opens(text: str, start: int) -> bool:
    """`start` opens a sentence, a quotation, a heading or a list item, or
    the story after its dateline ("Herat - Saffron growers say ...")."""
    before = text[max(0, start - 4) : start].rstrip(" \"'“‘(«-–—")
    return (
        not before
        or before[-1] in ".!?:;\n•*"
        or before.endswith(("\n", ". "))
        or start <= _DATELINE_MAX
        and _DATELINE.match(text[:start]) is not None
    )


# a dateline: a place (and a date) before a dash at the start of a paragraph
_DATELINE = re.compile(r"[^\s.!?\n][^.!?\n]*\s[-–—]\s+$")
_DATELINE_MAX = 40


def _paragraph(
    text: str,
    ws: list[_Word],
    inner: frozenset[str],
    lower: frozenset[str],
    known_label: Callable[[str], str | None],
) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(ws):
        s, e, w = ws[i]
        if not _name_word(w):
            i += 1
            continue
        run = [ws[i]]
        j = i + 1
        while j < len(ws):
            gap = text[run[-1][1] : ws[j][0]]
            nxt = ws[j][2]
            if gap != " ":
                break
            if _name_word(nxt) and nxt not in _NOT_NAMES:
                run.append(ws[j])
                j += 1
                continue
            # a particle or "of" joins when a name word follows it
            k = j
            if nxt in _PARTICLES or nxt in _OF_WORDS and _heads_a_body(run):
                k = j + 1
                if (
                    k < len(ws)
                    and nxt in _OF_WORDS
                    and ws[k][2] == "the"
                    and text[ws[j][1] : ws[k][0]] == " "
                ):
                    k += 1
            if (
                k > j
                and k < len(ws)
                and text[ws[k - 1][1] : ws[k][0]] == " "
                and _name_word(ws[k][2])
                and ws[k][2] not in _NOT_NAMES
            ):
                run.extend(ws[j : k + 1])
                j = k + 1
                continue
            break
        out.extend(_label_run(text, run, inner, lower, known_label))
        i = j
    return _coordinated(text, out)


# The label of a name the rules only guessed (a person, by default).
_GUESS = "PERSON?"
_COORDINATION = re.compile(r",? (?:and|or) |, | / ")


# A company's shares after its name ("Wix shares rose", "Camtek's stock"); not the verb
# ("Cohen shares the concern")
_SHARES_AFTER = re.compile(
    r"(?:'s)? (?:shares|stock|stocks)\b(?! (?:the|a|an|his|her|their|its|this|that|these|those|with|what|how|why|some|many|one|two)\b)"
)


def _coordinated(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A guessed name listed with a place or a body is one too ("the courts of
    Karkh and Rusafa", "from Rahat and Dimona"); else it stays a person. A
    guessed name before "shares"/"stock" is a company, and so are those listed
    with it ("Nova, Camtek and Wix shares rose")."""
    out = [
        (s, e, ORG if label == _GUESS and _SHARES_AFTER.match(text, e) else label) for s, e, label in found
    ]
    for _ in range(2):  # a list of three: the label goes on to the far end
        for i, (s, e, label) in enumerate(out):
            if label != _GUESS:
                continue
            for j in (i - 1, i + 1):
                if 0 <= j < len(out) and out[j][2] in (PLACE, ORG):
                    a, b = (out[j][1], s) if j < i else (e, out[j][0])
                    if _COORDINATION.fullmatch(text[a:b]):
                        out[i] = (s, e, out[j][2])
                        break
    return [(s, e, PERSON if label == _GUESS else label) for s, e, label in out]


def _name_word(w: str) -> bool:
    return w[:1].isupper() or bool(_HYPHEN_PARTICLE.match(w))


def _heads_a_body(run: list[_Word]) -> bool:
    last = run[-1][2]
    return last in ORG_HEADS or last in PLACE_HEADS or last in ("Bank", "Minister", "Ministers")


def _label_run(
    text: str,
    run: list[_Word],
    inner: frozenset[str],
    lower: frozenset[str],
    known_label: Callable[[str], str | None],
) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    # not-names at either end ("The", "I"); a frequent word opening a sentence
    while run and run[0][2] in _NOT_NAMES:
        run = run[1:]
    if (
        run
        and _opens(text, run[0][0])
        and _common_opener(run[0][2], inner, lower, known_label)
        and not (len(run) > 1 and (run[1][2] in _PARTICLES or _HYPHEN_PARTICLE.match(run[1][2])))
        and not (len(run) > 1 and _listed(text[run[0][0] : run[-1][1]], known_label))
    ):  # ("United Nations" opening a sentence is listed whole; "Mohammad bin Salman" has a particle)
        run = run[1:]
    while run and (run[0][2] in _PARTICLES or run[0][2] in _OF_WORDS or run[0][2] == "the"):
        run = run[1:]
    if not run:
        return out
    # dates: months and weekdays ("Sunday", "16 May 2026", "October")
    if run[0][2] in _MONTHS or run[0][2] in _WEEKDAYS:
        head = run[0]
        s = head[0]
        before = _DATE_AROUND.search(text, max(0, s - 6), s)
        if before and before.group().strip() and head[2] in _MONTHS:
            s = before.start()
        e = head[1]
        after = re.match(r"\s+\d{1,4}\b(?:,?\s+\d{4}\b)?", text[e:])
        if after and head[2] in _MONTHS:
            e += after.end()
        if head[2] not in ("May", "March") or after or before and before.group().strip():
            out.append((s, e, DATE))
        return out + _label_run(text, run[1:], inner, lower, known_label)
    # a title inside the run: what is before it is a name of its own ("Basra Governor X"),
    # the office words with it are dropped, what follows is a person
    for t in range(len(run)):
        if run[t][2] in TITLES and not _title_is_name(run, t):
            left = t
            while left > 0 and run[left - 1][2] in _OFFICE_WORDS:
                left -= 1
            rest = t + 1
            while rest < len(run) and (run[rest][2] in TITLES or run[rest][2] in _OFFICE_WORDS):
                rest += 1
            if left > 0:
                out += _labelled(text, run[:left], None, known_label)
            if rest < len(run):
                while rest < len(run) and run[rest][2] in _OF_WORDS | _PARTICLES | {"the"}:
                    rest += 1  # "Minister of Health Ahmed": the portfolio is not his name
                if rest < len(run):
                    out += _labelled(text, run[rest:], PERSON, known_label)
            return out
    return out + _labelled(text, run, None, known_label)


def _title_is_name(run: list[_Word], t: int) -> bool:
    """A title word that is part of a body's or place's name ("Court of Justice",
    "Prince Sultan Air Base", "Ministry of Defence" has none)."""
    words = [w for _, _, w in run]
    return any(w in ORG_HEADS or w in PLACE_HEADS for w in words[t + 1 :]) or (
        t + 1 < len(words) and words[t + 1] in _OF_WORDS and words[t] in ("Court", "Justice")
    )


def _common_opener(
    w: str, inner: frozenset[str], lower: frozenset[str], known_label: Callable[[str], str | None]
) -> bool:
    """A sentence's first word that is a frequent English word, or one the
    article also writes in lower case (`lower`), and no name the lists, the
    library or (for a frequent word) the article itself know as one."""
    if w in _NOT_NAMES:
        return True
    w = re.sub(r"['’]s$", "", w)  # "Ali's car": the name's own word decides
    if w.isupper() and len(w) > 1:
        return False
    if w.casefold() in lower:  # "Zilu is a kind of floor covering ... 120 zilus ... zilu looms"
        return not (
            w.casefold() in english_canonical_map() or known_label(w) or city(w, "en") or is_given_name(w)
        )
    if tables("en").zipf(w.casefold()) < 3.0:
        return False
    return not (  # (the cheap sets first)
        w in inner
        or w in DEMONYMS
        or w in _MONTHS
        or w in _WEEKDAYS
        or w.casefold() in english_canonical_map()
        or known_label(w)
        or city(w, "en")
        or is_given_name(w)
    )


def _labelled(
    text: str,
    run: list[_Word],
    cue: str | None,
    known_label: Callable[[str], str | None],
) -> list[tuple[int, int, str]]:
    while run and (run[-1][2] in _PARTICLES or run[-1][2] in _OF_WORDS or run[-1][2] == "the"):
        run = run[:-1]
    if not run:
        return []
    s, e = run[0][0], run[-1][1]
    surface = text[s:e]
    words = [w for _, _, w in run]
    if surface.endswith(("'s", "’s")):  # "the al-Aqsa Mosque's gate": the head word decides
        surface, e = surface[:-2], e - 2
        words[-1] = words[-1][:-2]
    listed = _listed(surface, known_label)
    if listed:
        return [(s, e, listed)]
    if words[0] in _CALENDAR_MONTHS:
        return [(s, e, DATE)]
    if words[0] in _FEASTS or words[-1] in _FEASTS:
        return [(s, e, MISC)]
    if len(words) >= 2 and words[0] in _STORMS:
        return [(s, e, MISC)]  # "Storm Daniel", "Hurricane Ian": storms take people's names
    if len(words) == 1 and _demonym(words[0]):
        return [(s, e, MISC)]
    if len(words) == 1 and (words[0] in ORG_HEADS or words[0] in PLACE_HEADS or words[0] in TITLES):
        return []  # "the Ministry", "Police": a noun, not a name
    # a title, a brand, a variety in quotes: "Mosul Reads", "Tarom", "Akbar 2026"
    number = re.match(r" \d+(?=[\"”])", text[e:])
    end = e + (number.end() if number else 0)
    if text[s - 1 : s] in ('"', "“") and text[end : end + 1] in ('"', "”"):
        return [(s, end, MISC)]
    if len(words) >= 2 and _demonym(words[0]) and is_given_name(words[1]):
        # "Iranian President X" took the title; "Iraqi Ali X": the nationality, then the name
        first = words[0]
        rest = _labelled(text, run[1:], cue, known_label)
        if all(lab in (PERSON, _GUESS) for _, _, lab in rest) and rest:
            return [(s, s + len(first), MISC), *rest]
    return [(s, e, _label(text, s, e, surface, words, cue))]


_DEMONYM_ENDINGS = (
    ("ian", ("", "a", "ia")),
    ("ean", ("", "a")),
    ("ese", ("", "a")),
    ("an", ("a", "")),
    ("i", ("",)),
)


def _demonym(word: str) -> bool:
    """A nationality or a town's adjective: listed ("Israeli"), or a place the
    lists know with a nationality ending ("Ghanaian", "Isfahani", "Kandahari")."""
    if word in DEMONYMS:
        return True
    places = english_canonical_map()
    for ending, roots in _DEMONYM_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3:
            for add in roots:
                found = places.get((stem + add).casefold())
                if found and found[1] == PLACE:
                    return True
    return False


def _listed(surface: str, known_label: Callable[[str], str | None]) -> str | None:
    """The label the library or the curated lists give this exact name."""
    known = known_label(surface)
    if known in (PERSON, ORG, PLACE, MISC):
        return known
    listed = english_canonical_map().get(surface.casefold())
    return listed[1] if listed and listed[1] in (PERSON, ORG, PLACE) else None


_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|near|in the|from the|to|from|into|towards|toward|across|outside|inside|around|via|province of|city of|"
    r"town of|village of|district of|capital|border with|north of|south of|east of|west of)\s+)$",
    re.I,
)

# What is published, said or shown "on" a name: the name is a platform, a channel or a site.
_ON_A_MEDIUM = re.compile(
    r"\b(?:wrote|written|posted|published|shared|said|told|broadcast|aired|appeared|announced|tweeted|"
    r"uploaded|streamed|live|account|page|channel|video|videos|post|posts|message|interview)\s+on\s+$",
    re.I,
)


def _label(
    text: str,
    s: int,
    e: int,
    surface: str,
    words: list[str],
    cue: str | None,
) -> str:
    """The label of a name neither the library nor the lists know (`_labelled`
    asked them): `cue`, then the name's own words and its context."""
    if cue is not None:
        return cue
    last = words[-1]
    if last in ORG_HEADS or words[0] in ORG_HEADS and len(words) > 1:
        return ORG
    if last in PLACE_HEADS or words[0] in PLACE_HEADS and len(words) > 1:
        return PLACE
    if any(w in ORG_HEADS for w in words[1:]) and words[0] not in PLACE_HEADS:
        return ORG  # "Ministry of Foreign Affairs", "Council of Ministers"
    after = _NOUN_AFTER.match(text, e)
    if after:
        return PLACE if after.group(1).lower().rstrip("s") in _PLACE_NOUNS else ORG
    if city(surface, "en"):
        return PLACE
    if len(words) == 1 and surface.isupper() and len(surface) >= 2:
        return ORG  # "EBU", "IRGC"
    if is_given_name(words[0]) and len(words) >= 2:
        return PERSON
    if any(w in _PARTICLES or _HYPHEN_PARTICLE.match(w) for w in words) and not words[0] == "Abu":
        return PERSON
    if _LOCATIVE.search(text, max(0, s - 30), s):
        return PLACE
    if _ON_A_MEDIUM.search(text, max(0, s - 30), s):
        return ORG  # "wrote on Instagram", "said on Kan 11": a platform or a channel
    if text[max(0, s - 4) : s].lower() == "the " and not is_given_name(words[0]):
        return ORG  # "the Ettifaq", "the Afikim": people take no article
    return _GUESS


# A lower-case noun after a name says its kind ("the Mehran border", "the Mehran and
# Shalamcheh borders", "Liverpool club").
_PLACE_NOUNS = frozenset(
    """border crossing district province governorate region area city town village neighbourhood neighborhood
suburb quarter road street highway camp valley river mountain plain desert coast oasis county municipality
settlement kibbutz moshav island port airport market square""".split()
)
_ORG_NOUNS = frozenset(
    """company club team hospital factory mill mills party council group newspaper agency bank firm
cooperative union movement network channel university school academy institute foundation brand
refinery plant association federation""".split()
)
_NOUN_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+(?:and|or)\s+[A-Z][\w'’-]*)?\s+("
    + "|".join(
        sorted(
            _PLACE_NOUNS | _ORG_NOUNS | {w + "s" for w in _PLACE_NOUNS | _ORG_NOUNS}, key=len, reverse=True
        )
    )
    + r")\b"
)
