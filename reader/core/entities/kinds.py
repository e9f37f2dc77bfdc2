"""French and Dutch names whose kind the words right around them tell
(issue 10, round 8), applied to an article's source mentions:

- a lower-case noun of a venue or an institution before the name ("la
  patinoire Saint-Léonard", "sporthal De Trefkoele" are places; "l'hôpital
  Aristide Le Dantec", "het advocatenkantoor Dijkstra Voermans" are bodies,
  though a person's name or two surnames);
- a family firm's tail after it ("Déneigement Lachance et fils", "Bakkerij
  Jansen en Zonen") and a foreign company word closing it ("Heizwerk Gruppe",
  "Damen Shipyards");
- on the sport pages, a club named after its town ("les Bamboutos de
  Mbouda", "Fovu de Baham"), a body after a feminine article ("le président
  de la Fécafoot": no person takes one), and in Dutch a player whose name
  has a lower-case particle ("strafworpen van Jolijn de Boer": clubs have
  none);
- the last words of a full name named earlier ("Oude Luttikhuis" after
  "Mark Oude Luttikhuis", "ter Haar" after "Femke ter Haar");
- in French, a town's office or motion towards it ("le maire de X", "vers
  X", a compound "de Dolbeau-Mistassini", "le canton du X"), a title and
  its town before an apposition ("le maire de Kayar, Mbaye Ndiaye"), a
  trade and a family's name ("Biscuits Lemaire", then "Lemaire" alone), a
  plural demonym ("les Cantaliens") and, in a match report, a town that is
  its club ("Aurillac s'offre Colomiers", "Côté Colomiers").

Every rule reads the article's own words; none lists an entity but the Swiss
"Confédération"."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from .latin import (
    ORG_SUFFIXES,
    PARTICLES,
    REGIONS,
    SEATS_OF_POWER,
    STORM_NOUNS,
    city,
    is_demonym,
    is_given_name,
    speech_verb_after,
    village,
)
from .matching import in_sport_paragraph, word_dash_place
from .model import DATE, MISC, ORG, PERSON, PLACE, SOURCE, EntityMention

# Lower-case nouns of venues right before a name: the name is the building.
_VENUE_BEFORE = re.compile(
    r"(?:^|[\s'’])(?:stade|patinoire|piscine|vélodrome|hippodrome|salle|sporthal|stadion|ijshal|ijsbaan"
    r"|zwembad|sportpark|sportcomplex|evenementenhal|sporthallen|dorpshuis|buurthuis|wijkcentrum|station"
    r"|gemeenschapshuis|ontmoetingscentrum|cultuurcentrum|parochiezaal)\s+$"
)
# French trades' workshops, before a firm's name in lower case ("la brasserie Delvaux") or
# opening it ("Fromagerie Lambert").
_TRADE_NOUNS = """biscuiterie brasserie boulangerie fromagerie chocolaterie imprimerie scierie laiterie distillerie
confiserie conserverie savonnerie verrerie papeterie fonderie menuiserie charcuterie""".split()
# Lower-case nouns of institutions (and firms) right before a name: the name is the body,
# even a person's ("l'hôpital Aristide Le Dantec", "le lycée Victor Hugo").
_BODY_BEFORE = re.compile(
    r"(?:^|[\s'’])(?:hôpital|clinique|lycée|collège|musée|galerie|ziekenhuis|advocatenkantoor|advocatenbureau"
    r"|notariskantoor|accountantskantoor|ingenieursbureau|architectenbureau|adviesbureau|quincaillerie"
    r"|agentschap|" + "|".join(_TRADE_NOUNS) + r")"
    r"(?: d['’]enfants| (?:régional|militaire|principal|général|universitaire))?\s+$"
)
# Lower-case nouns of a kind of place right before its name: "het werkeiland Neeltje Jans",
# "le quartier Bonapriso".
_PLACE_KIND_BEFORE = re.compile(
    r"(?:^|[\s'’])(?:eiland|werkeiland|schiereiland|buurtschap|gehucht|deelgemeente|île|quartier|hameau"
    r"|lieu-dit)\s+$"
)
# Nouns of areas before "de X": "les districts sanitaires de Vélingara", "au poste de santé de X".
_AREA_OF = re.compile(
    r"(?:^|[\s'’])(?:districts?(?: sanitaires?)?|villages?|localités?|quartiers?|arrondissements?|communes?"
    r"|départements?|cantons?|régions?|provinces?|préfectures?|cercles?|secteurs?|postes? de santé"
    r"|centres? de santé)\s+(?:de|du|d['’])\s?$"
)
# Dutch compounds naming structures: "Oosterscheldekering", "Nieuwe Willemshaven", "Westerscheldetunnel".
_STRUCTURE_ENDINGS = ("kering", "sluis", "sluizen", "tunnel", "haven", "brug")
# Halls named by what they host: "Palais des sports de Ouaga 2000", "Palais des congrès".
_HALL = re.compile(r"Palais (?:des (?:sports|congrès|expositions|festivals|glaces)|du Sport)\b")
# First and last words of races, trophies and such: MISC, never a body or a person.
_EVENT_FIRST = frozenset("GP Loto Journées Trofee Trophée Storm".split())  # "Storm Jorrit": a storm
_EVENT_LAST = frozenset("Trofee Trophée Cup Classic Classique Challenge".split())
# A short quote opening with the name: a film's, a book's or a show's title ("pour « Les Gardiens du fleuve »").
_QUOTED_TITLE = re.compile(r"«\s?(?:(?:Le|La|Les|L['’]|Un|Une)\s?)?$")
# The capitalised head of a body named after its town, and its lower-case words: "le Cercle
# nautique de Binic", "au Cercle de natation de Tournai", "l'Amicale des pêcheurs de Kayar".
_BODY_OF_A_TOWN = re.compile(
    r"(?:^|[\s'’])((?:Cercle|Club|Association|Amicale|Union|Syndicat|Entente|Harmonie|Chorale|Fanfare|Mutuelle"
    r"|Coopérative)(?: (?:[a-zà-ÿ-]{2,}|d['’][a-zà-ÿ-]+)){1,4}) (?:de|du|d['’])\s?$"
)
# A group's name in quotes after the noun of the group: "le collectif « Rail Semois »".
_GROUP_QUOTED = re.compile(r"\b(?:collectif|association|mouvement|coalition|comité|groupement)\s«\s?$")
_TITLE_LINKS = frozenset("du de des d' d’ la le les et à au aux en sur pour sans".split())
# A French article taken into a name: "de la Fécafoot", "du Forem".
_LEADING_ARTICLE = re.compile(r"(?:de la|du|des|de l['’]|la|l['’])\s?(?=[A-ZÀ-Þ])")
# A lower-case noun (or Dutch compound) of a club or a party before the name, maybe with the
# club's initials: "de lokale wielerclub KWC Baal Vooruit", "de voetbalploeg Eendracht Aalst".
_CLUB_CUE_BEFORE = re.compile(
    r"(?:^|\s)[a-zà-ÿ]*(?:club|ploeg|vereniging|partij|équipe)\s+(?:([A-Z][A-Z0-9&]{1,5})\s+)?$"
)
# A family firm's tail: "X et fils", "X & Fils", "X et associés", "X en Zonen", "X & Zn".
_FIRM_TAIL = re.compile(r" (?:et|&) (?:[Ff]ils|[Ff]rères|[Aa]ssociés)\b| (?:en|&) (?:[Zz]onen|Zn\.?)(?!\w)")
# Foreign company words that close a firm's name and never a person's.
_COMPANY_LAST_WORDS = frozenset(
    """Gruppe Group Groep Holding Holdings Shipyards Shipyard GmbH AG Ltd Inc Logistics Industries Werke
Ferries Airlines Motors Systems Technologies Solutions Partners Consulting Engineering International
Ferry Transport Logistiek Techniek Installatietechniek Vastgoed Makelaardij Recycling Trading Foods
Mobility""".split()
)
# First words of places named "X de Y": "Saint-Pierre de Montréal", "Stade de France", "Lac de Joux".
_PLACE_OPENERS = (
    "Saint",
    "Sainte",
    "Mont",
    "Lac",
    "Port",
    "Pont",
    "Val",
    "Stade",
    "Parc",
    "Palais",
    "Salle",
    "Île",
)
# The words between a club's nickname and its town: "Bamboutos de Mbouda", "Colombe Sportive du Dja".
_OF_TOWN = re.compile(r" (?:de|du|d['’])\s?[A-ZÀ-Þ]")


# Capitalised trade nouns opening a family firm's name: "Biscuits Lemaire", "Brasserie Dupont".
_TRADE_FIRST = frozenset(w.capitalize() for w in _TRADE_NOUNS) | frozenset(
    "Biscuits Chocolats Établissements Ets Transports Garage Meunerie Minoterie".split()
)
# Offices of a town and motion towards it: "le maire de X", "la députée de X", "vers X", "depuis X".
_TOWN_CUE_BEFORE = re.compile(
    r"(?:\b(?:maire|mairesse|députée?|préfet|habitants|ville|municipalité)\s(?:de\s|d['’]\s?)"
    r"|\b(?:vers|depuis)\s)$"
)
# A person's office and its town before an apposition: "le maire de Kayar, Mbaye Ndiaye".
_OFFICE_COMMA = re.compile(
    r"\b(?:maire|président|présidente|ministre|directeur|directrice|préfet|gouverneur|députée?"
    r"|porte-parole|secrétaire|adjoint|adjointe)\b[^,.;]{0,40},\s$"
)
# French demonyms in the plural after "les": "les Cantaliens", "les Haut-Garonnais".
_DEMONYM = re.compile(r"[A-ZÀ-Þ][\w-]*(?:ais|ois|iens|ains|ens|ins)$")
# Where a town in a match report is the place, not its club: "à Aurillac", "le stade de Colomiers".
_TOWN_AS_PLACE = re.compile(
    r"(?:\b(?:(?<!face )à|de|du|d['’]|en|vers|depuis|au|stade|ville)\s?)$"
)  # ("face à Lens": the side)
# What a club does in a match report, right after its town's name: "Lens s'est imposé", "Nantes a
# été battu", "Rennes reste sur trois défaites".
_CLUB_ACTS_AFTER = re.compile(
    r"\s+(?:s['’]est (?:imposée?|inclinée?)|s['’]impose|s['’]incline|a (?:été )?battue?|bat|battra|a dominé|domine"
    r"|a concédé|concède|a égalisé|égalise|mène|menait|l['’]emporte|l['’]a emporté|a gagné|a perdu|reste sur"
    r"|enchaîne|a arraché|a renversé|renverse|recevra|reçoit|accueille|se déplace|se rendra)\b"
)


# Verbs of a person's claim or protest right after a subject ("Magnette réclame", "X a dénoncé"),
# beside the verbs of saying (latin.speech_verb_after): a place's name does none of these.
_CLAIM_AFTER = re.compile(
    r"\s+(?:a\s+|avait\s+)?(?:réclam|dénon[cç]|exig|plaid|fustig|critiqu|s['’]indign|s['’]insurg)"
)
# Talks with a government named by its capital: "les discussions avec Nouakchott".
_TALKS_WITH = re.compile(
    r"\b(?:discussions|négociations|pourparlers|relations|dialogue|accord|contentieux|tensions|brouille"
    r"|différend|bras de fer|rapprochement|entretiens|échanges)\s+avec\s$"
)
# Nouns of a spot on the map before "de X": "le domaine skiable d'Arolla", "la gare de X", "la
# vallée de X": X is the place, whatever the model made of an unknown word.
_SPOT_OF = re.compile(
    r"(?:^|[\s'’])(?:domaine skiable|station|vallée|col|lac|village|hameau|centre-ville|gare|port"
    r"|aéroport|plaine|massif|glacier|barrage|environs|périphérie|banlieue|commune|ville|territoire"
    r"|plage|forêt|mine|localité|sortie|entrée|hauteurs|hôpital|vergers?|kilomètres|km"
    # the people of a place and their farms: "les jeunes de Niéna", "les mayens de Bonatchiesse"
    r"|jeunes|femmes|familles|habitantes?|villageois|riverains|populations|ressortissants|originaires?"
    r"|natifs?|natives?|producteurs|paysans|agriculteurs|cultivateurs|éleveurs|pêcheurs|maraîchers"
    r"|vignerons|commerçants|notables|fidèles|coopératives?|mayens|fermes|champs)\s(?:de|du|d['’])\s?$"
)
# What a firm or an agency does, right after its name: "Infrabel mène des travaux", "X a recruté".
_BODY_ACTS_AFTER = re.compile(
    r"\s+(?:a\s+|avait\s+|va\s+|doit\s+|devra\s+)?(?:prévoi[tr]|prévu|mène|mènera|mené|exploit|emploi"
    r"|gère|gérer|géré|recrut|licenci|investi[tr]|commercialis|fabriqu|distribu|factur|livre|livré|dessert"
    # and what a company reports or does with its business: "Kering a annoncé", "X a racheté Y"
    r"|annonc|publi|rachet|rachèt|supprim|embauch|dévoil|enregistr)"
)
# "où" right after a name: a relative clause of place ("au Châble, où une navette attend").
_WHERE_AFTER = re.compile(r",?\s+où\b")
# An apposition naming a body: "Remontées Mécaniques Suisses, l'association faîtière".
_BODY_APPOSITION = re.compile(
    r",\s+(?:l['’]\s?|la\s|le\s)(?:association|société|entreprise|fédération|coopérative|ONG|organisation"
    r"|fondation|compagnie|groupe|syndicat|banque|firme|agence|union|faîtière|institution|mutuelle|chaîne"
    r"|radio|télévision|quotidien|hebdomadaire|opérateur|exploitant|fabricant|constructeur|start-up"
    r"|plateforme|organisme|régie|caisse)\b"
)
# A match between two clubs: "le match en retard entre Ben Guerdane et Zarzis".
_MATCH_BETWEEN = re.compile(
    r"\b(?:match|matchs|rencontre|choc|derby|duel|finale|demi-finale|affiche)\b[^.;:!?]{0,25}\bentre\s$"
)
# A town's club meeting another: "Charleroi reçoit le Standard", "Sion affrontera Servette".
_CLUB_MEETS = re.compile(
    r" (?:reçoit|recevra|recevait|affronte|affrontera|affrontait|défie|défiera|a battu|bat|battra)"
    r" (?:le |la |l['’]|les )?"
)
# A side met in a match report: "contre les Olympiques", "avant de recevoir le Phoenix de Sherbrooke".
_CLUB_FACED = re.compile(
    r"\b(?:face à|contre|battus?|battue?s?|affronte|affronter|affrontera|recevoir|reçoit|recevra|accueille"
    r"|accueillir|accueillera|défier|défie|par)\s(?:les?\s|la\s|l['’]\s?)?$"
)
# First words of competitions and events named "X de <town>": "le Tour de France", "la Coupe de Belgique".
_COMPETITION_FIRST = frozenset(
    "Tour Coupe Championnat Ligue Trophée Grand Open Rallye Marathon Course Classique Challenge Festival Salon"
    " Fête Jeux Mondial Critérium Semi-marathon Meeting Gala Tournoi Clasico Clásico Classico Derby Euro".split()
)
# A past participle opening a sentence before a comma: "Interpellé, le coordonnateur a assuré".
_OPENING_PARTICIPLE = re.compile(r"([A-ZÀ-Þ][a-zà-ÿ]{3,})(?:é|ée|és|ées)$")


# Patterns of the rules below, compiled once (not looked up in re's cache at each call, nor
# compiled on an article's first pass).
_CLUB_OF_OR_UP_TO_BEFORE = re.compile(r"(?:\bclub (?:de |d['’])|\bjusqu['’]à )$")
_STATE_OF_BEFORE = re.compile(r"\bÉtat (?:du |de |des |d['’])$")
_PUNCTUATION = re.compile(r"[,.;:!?]")
_OF_A_TOWN_AT_END = re.compile(r" (?:de|d['’])\s?([A-ZÀ-Þ][\w'’-]+)$")
_OPPONENT_BEFORE = re.compile(r"\b(?:face à|contre|battu|affronte)\s$")
_DU_BEFORE = re.compile(r"(?:^|\s)du\s$")
_LES_BEFORE = re.compile(r"(?:^|\s)[Ll]es\s$")
_OF_A_NAME_AFTER = re.compile(r"\s(?:de|du|d['’])\s?[A-ZÀ-Þ]")
_TWO_WORD_TOWN = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]{3,}-[A-ZÀ-Þ][a-zà-ÿ]{3,}")
_FROM_OR_TO_BEFORE = re.compile(r"(?:^|\s)(?:de|d['’]|à|vers|depuis)\s?$")
_ARTICLE_OR_PREPOSITION_BEFORE = re.compile(r"(?:^|\s)(?:la|le|les|l['’]|à|en|au|aux|de|du|d['’])\s?$")
_AT_BEFORE = re.compile(r"(?:^|\s)(?:à|au|aux)\s$")
_NOUN_OF_BEFORE = re.compile(r"(?:^|\s)(?:[a-zà-ÿ]{4,})\s(?:de|d['’])\s?$")
_SUBJECT_AFTER_COMMA = re.compile(
    r",\s(?:le|la|les|l['’]|il|elle|ils|elles|on|nous|je|son|sa|ses|leur|leurs|ce|cette|un|une)\b"
)
_SENTENCE_START_BEFORE = re.compile(r"(?:^|(?<![A-Z])(?<!Mme)(?<!Mlle)[.!?»:]\s)\s*$")
_OF_BEFORE = re.compile(r"(?:^|\s)(?:de|d['’])\s?$")
_RACE_BEFORE = re.compile(r"\b(?:GP|Grand Prix|Grote Prijs) $")
_LIST_LINK = re.compile(r"(?:,| et| ou| en) (?:de |d['’]|à |in )?")
_FEMININE_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:la|de la|l['’])\s?$")
_DEFINITE_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:[Ll]e|[Ll]es|[Ll]['’])\s?$")
_DUTCH_PARTICLES_BEFORE = re.compile(r"(?:^|\s)((?:van |de |der |den |ter |ten )+)$")
_PLACE_PREPOSITION_BEFORE = re.compile(r"(?:^|\s)(?:in|uit|naar|bij|te|à|de|d['’]|en|vers)\s?$")


def _before(text: str, start: int, width: int = 40) -> str:
    return text[max(0, start - width) : start]


def kinds_by_neighbours(
    mentions: list[EntityMention], paragraphs: Sequence[str], lang: str
) -> list[EntityMention]:
    """Relabel (and sometimes stretch) source mentions by the words around them."""
    if lang not in ("fr", "nl"):
        return mentions
    out: list[EntityMention] = []
    extra: list[EntityMention] = []
    sport_paragraphs = sum(in_sport_paragraph(p) for p in paragraphs)
    sport_article = sport_paragraphs >= 2
    for m in mentions:
        if m.pane != SOURCE or m.label == DATE or m.paragraph >= len(paragraphs):
            out.append(m)
            continue
        text = paragraphs[m.paragraph]
        if lang == "fr" and _opening_participle(m, text):
            continue  # "Interpellé, le coordonnateur a assuré": a verb, not a name
        lead = _LEADING_ARTICLE.match(m.text) if lang == "fr" else None
        if lead:  # "de la Fécafoot": the article was taken into the name
            start = m.start + lead.end()
            m = replace(m, start=start, text=text[start : m.end], canonical=text[start : m.end])
        before = _before(text, m.start)
        words = m.text.split()
        if (
            lead
            and len(words) == 1
            and m.label == PERSON
            and lead.group().strip() in ("de la", "la")
            and not (city(m.text, lang, 0) or m.text in REGIONS)
        ):
            m = replace(m, label=ORG)  # "le président de la Fécafoot": no person takes "la"
        if (
            lang == "fr"
            and len(words) == 1
            and m.label in (PLACE, ORG)
            and (head := _BODY_OF_A_TOWN.search(before))
            and (city(m.text, "fr", 0) or village(m.text, "fr"))
        ):  # "le Cercle nautique de Binic": the body of a town, one name
            start = m.start - (len(before) - head.start(1))
            m = replace(m, start=start, text=text[start : m.end], label=ORG, canonical=text[start : m.end])
        elif (
            lang == "fr"
            and (cued := _french_cues(m, text, before, words, sport_article, sport_paragraphs >= 1))
            is not None
        ):
            m = cued
        elif (
            _VENUE_BEFORE.search(before) or _PLACE_KIND_BEFORE.search(before) or _HALL.match(m.text)
        ) and m.label != PLACE:
            m = replace(m, label=PLACE)
        elif m.label == PERSON and (_AREA_OF.search(before) or _next_in_a_list_of_places(m, out, text)):
            m = replace(m, label=PLACE)  # "les districts de Vélingara et de Médina Yoro Foulah"
        elif (
            lang == "nl"
            and m.label in (ORG, PERSON)
            and len(words[-1]) >= 8
            and words[-1].casefold().endswith(_STRUCTURE_ENDINGS)
        ):
            m = replace(m, label=PLACE)  # "de Oosterscheldekering", "aan de Nieuwe Willemshaven"
        elif (
            lang == "fr"
            and len(words) == 1
            and m.label == ORG
            and _CLUB_OF_OR_UP_TO_BEFORE.search(before)
            and city(m.text, lang, 0)
        ):
            m = replace(m, label=PLACE)  # "le club de Douala": the town's club; "jusqu'à Bulle"
        elif (
            lang == "fr"
            and m.label == PLACE
            and (state := _STATE_OF_BEFORE.search(before))
            and _body_of_a_region_or_state(["État", "du", m.text], lang)
        ):
            start = m.start - (len(before) - state.start())
            m = replace(m, start=start, text=text[start : m.end], label=ORG, canonical=text[start : m.end])
        elif m.label in (PERSON, PLACE, MISC) and _body_of_a_region_or_state(words, lang):
            m = replace(m, label=ORG)  # "la Drac Nouvelle-Aquitaine", "l'État du Sénégal"
        elif m.label == PERSON and words[0][:1].isupper() and words[0].casefold() in ORG_SUFFIXES:
            m = replace(m, label=ORG)  # "Vakbond Pluimveehouders", "Stichting Wielewaal"
        elif m.label in (ORG, PERSON, PLACE) and _event(m, text, words):
            m = replace(m, label=MISC)  # "GP Sven Nys", "X2O Badkamers Trofee", "Loto du patrimoine"
        elif lang == "fr" and m.label in (PERSON, PLACE, MISC) and _GROUP_QUOTED.search(before):
            m = replace(m, label=ORG)  # "le collectif « Rail Semois »": a group's name in quotes
        elif lang == "fr" and m.label in (ORG, PERSON, PLACE) and _QUOTED_TITLE.search(before):
            close = text.find("»", m.end)
            rest = text[m.end : close].split() if close >= 0 else ["-"] * 9
            if (
                len(rest) <= 3
                and (not rest or rest[0] in _TITLE_LINKS)
                and not _PUNCTUATION.search(" ".join(rest))
                and not is_given_name(words[0])
                and not m.text.isupper()  # "« CC », comme l'appellent les supporters": a nickname
            ):
                m = replace(m, label=MISC)  # "pour « Les Gardiens du fleuve »": a short quote is a title
        elif _BODY_BEFORE.search(before):
            of = _OF_A_TOWN_AT_END.search(m.text)
            if of and city(of.group(1), lang, 0):  # "l'hôpital Aristide Le Dantec de Dakar": the town
                town_start = m.start + of.start(1)
                extra.append(
                    replace(m, start=town_start, text=of.group(1), label=PLACE, canonical=of.group(1))
                )
                end = m.start + of.start()
                m = replace(m, end=end, text=text[m.start : end], canonical=text[m.start : end])
            m = replace(m, label=ORG)
        elif m.label in (PERSON, PLACE) and (cue := _CLUB_CUE_BEFORE.search(before)):
            if cue.group(1):  # "de wielerclub KWC Baal Vooruit": the club's initials open its name
                start = m.start - len(cue.group(1)) - 1
                m = replace(m, start=start, text=text[start : m.end], canonical=text[start : m.end])
            m = replace(m, label=ORG)
        elif m.label in (PERSON, PLACE, MISC, ORG) and (tail := _FIRM_TAIL.match(text, m.end)):
            end = tail.end()
            m = replace(m, end=end, text=text[m.start : end], label=ORG, canonical=text[m.start : end])
        elif m.label in (PERSON, PLACE) and len(words) >= 2 and words[-1] in _COMPANY_LAST_WORDS:
            m = replace(m, label=ORG)
        elif (
            lang == "fr"
            and m.label in (PERSON, MISC, PLACE)
            and (
                in_sport_paragraph(text)
                or _OPPONENT_BEFORE.search(before)
                or sport_article
                and _CLUB_FACED.search(before)
            )
        ):
            m = _french_club(m, text, words)
        elif lang == "nl" and m.label == ORG and _dutch_person_shape(words) and in_sport_paragraph(text):
            m = replace(m, label=PERSON)  # "de strafworpen van Jolijn de Boer"
        out.append(m)
    stretched = [(m.paragraph, m.start, m.end) for m in out if m.pane == SOURCE and m.label == ORG]
    out = [
        m
        for m in out
        if not any(
            m.pane == SOURCE
            and p == m.paragraph
            and s <= m.start
            and m.end <= e
            and (s, e) != (m.start, m.end)
            for p, s, e in stretched
        )
    ]  # "Zonen" alone, inside "Hoogendoorn en Zonen"
    if lang == "fr":
        out = _surnames_of_firms(out)
        out = _from_one_town_to_another(out, paragraphs)
        out = _clubs_of_a_match(out, paragraphs)
    return sorted(out + extra, key=lambda x: (x.pane != SOURCE, x.paragraph, x.start))


# "M. Ndiaye", "Mme Lefort", "Me Garnier" (a lawyer): the name after is a person's
_HONORIFIC_BEFORE = re.compile(r"(?:^|\s)(?:M\.|Mme|Mlle|Me)\s$")


def claim_after(text: str, end: int) -> bool:
    """Does a verb of a person's claim or protest follow the name ending at
    `end` ("Magnette réclame", "Diallo a dénoncé")?"""
    return _CLAIM_AFTER.match(text, end) is not None


def after_an_honorific(text: str, start: int) -> bool:
    """Is the name at `start` written after a French honorific ("M. Dupont")?"""
    return bool(_HONORIFIC_BEFORE.search(text[max(0, start - 6) : start]))


def _french_cues(
    m: EntityMention,
    text: str,
    before: str,
    words: list[str],
    sport_article: bool,
    match_in_article: bool,
) -> EntityMention | None:
    """French words around a name that tell its kind (None: no cue). `sport_article`:
    two paragraphs or more use words of the sport pages; `match_in_article`: one does."""
    one = len(words) == 1
    if one and m.label in (ORG, PLACE) and _HONORIFIC_BEFORE.search(before):
        return replace(m, label=PERSON)  # "M. Ndiaye"
    if (
        len(words) == 2
        and m.label in (PLACE, ORG, PERSON)
        and all(w[:1].isupper() and w.isalpha() for w in words)
        and _OFFICE_COMMA.search(before)
        and not city(m.text, "fr", 0)
    ):
        return replace(m, label=PERSON)  # "le maire de Kayar, Mbaye Ndiaye" (not the next place of a list)
    if one and m.label == PERSON and not sport_article and _DU_BEFORE.search(before):
        return replace(m, label=PLACE)  # "le canton du Jura": no person takes "du"
    if (
        one
        and m.label in (ORG, PLACE)
        and _LES_BEFORE.search(before)
        and _DEMONYM.fullmatch(m.text)
        and not _OF_A_NAME_AFTER.match(text[m.end :])  # "les Girondins de Bordeaux": a club
    ):
        return replace(m, label=MISC)  # "les Cantaliens", "les Haut-Garonnais": people of a place
    if m.label == PERSON and len(words) == 2 and words[0] in _TRADE_FIRST:
        return replace(m, label=ORG)  # "Biscuits Lemaire": a trade and a family's name is a firm
    if one and m.label == PLACE and m.text == "Confédération":
        return replace(m, label=ORG)  # the Swiss federal state
    if len(words) == 2 and words[0] == "Côté" and m.label in (PERSON, PLACE) and sport_article:
        start = m.start + len("Côté ")
        if city(words[1], "fr", 0):
            return replace(m, start=start, text=words[1], canonical=words[1], label=ORG)  # "Côté Colomiers"
    if (
        one
        and sport_article
        and m.label in (PERSON, PLACE)
        and city(m.text, "fr", 0)
        and not is_given_name(m.text)
        and not _TOWN_AS_PLACE.search(before)
        and (in_sport_paragraph(text) or m.paragraph == 0)
    ):
        return replace(m, label=ORG)  # "Aurillac s'offre Colomiers": a town's club in a match report
    if (
        one
        and match_in_article
        and m.label in (PERSON, PLACE)
        and city(m.text, "fr", 0)
        and not is_given_name(m.text)
        and (
            _CLUB_FACED.search(before)
            or not _TOWN_AS_PLACE.search(before)
            and _CLUB_ACTS_AFTER.match(text, m.end)
        )
    ):
        return replace(
            m, label=ORG
        )  # "Face à Lens, Rennes ...", "Lens s'est imposé": a side, the article has a match
    if (
        one
        and m.label in (ORG, PERSON)
        and not sport_article
        and _TOWN_CUE_BEFORE.search(before)
        and not is_given_name(m.text)
    ):
        return replace(m, label=PLACE)  # "le maire de Roberval", "vers Roberval"
    if (
        one
        and m.label in (ORG, PERSON)
        and not sport_article
        and _TWO_WORD_TOWN.fullmatch(m.text)
        and not is_given_name(m.text.split("-")[0])
        and not word_dash_place(m.text, "fr")  # "une porte-parole d'Hydro-Québec": the company
        and _FROM_OR_TO_BEFORE.search(before)
    ):
        return replace(m, label=PLACE)  # "l'urgence de Dolbeau-Mistassini": a compound town name
    return _french_context(m, text, before, words, sport_article)


def _french_context(
    m: EntityMention, text: str, before: str, words: list[str], sport_article: bool
) -> EntityMention | None:
    """What the sentence does with a name tells its kind: a person claims
    and says ("En Belgique, Magnette réclame"), a capital holds talks for
    its government ("les discussions avec Nouakchott"), a spot on the map
    has a station or a valley ("le domaine skiable d'Arolla"), and an
    apposition names a body ("X, l'association faîtière"). None: no cue."""
    one = len(words) == 1
    known_town = one and bool(city(m.text, "fr", 0) or village(m.text, "fr"))
    if (
        m.label in (PLACE, PERSON)
        and m.recogniser != "namelist"
        and (one and not known_town and m.text not in REGIONS or len(words) == 2 and is_given_name(words[0]))
        and not m.text.isupper()
        and not _ARTICLE_OR_PREPOSITION_BEFORE.search(before)
        and not any(
            cue.search(before) for cue in (_BODY_BEFORE, _VENUE_BEFORE, _PLACE_KIND_BEFORE, _CLUB_CUE_BEFORE)
        )  # "la brasserie Delvaux a expliqué": the noun before tells
        and (speech_verb_after(text, m.end) or claim_after(text, m.end))
    ):
        return replace(m, label=PERSON)  # "En Belgique, Magnette réclame un débat"
    if (
        one
        and m.label in (ORG, PERSON)
        and not m.text.isupper()
        and not is_given_name(m.text)
        and _WHERE_AFTER.match(text, m.end)
        and _AT_BEFORE.search(before)
    ):
        return replace(m, label=PLACE)  # "les bus s'arrêtent au Châble, où une navette attend"
    if (
        one
        and m.label == PLACE
        and not known_town
        and not m.text.isupper()
        and not is_given_name(m.text)
        and _BODY_ACTS_AFTER.match(text, m.end)
        and not _known_place(m.text)
    ):
        return replace(m, label=ORG)  # "les travaux qu'Infrabel mène", "Sen'Eau prévoit des camions"
    if one and m.label in (PLACE, PERSON) and city(m.text, "fr") and _TALKS_WITH.search(before):
        return replace(m, label=ORG)  # "les discussions avec Nouakchott": its government
    if (
        one
        and m.label in (ORG, PERSON)
        and not sport_article
        and not m.text.isupper()
        and not (is_given_name(m.text) and not known_town)
        and not in_sport_paragraph(text)
        and (
            _SPOT_OF.search(before)
            or known_town
            and m.label == ORG
            and _NOUN_OF_BEFORE.search(before)
            and not re.search(
                r"\b(?:club|équipe|mairie|gouvernement|conseil|municipalité|préfecture|tribunal|parquet"
                r"|diocèse|université|évêché|autorités|direction|président|présidente)\s(?:de|d['’])\s?$",
                before,
            )
        )
    ):
        return replace(m, label=PLACE)  # "le domaine skiable d'Arolla", "une société de Likasi"
    if (
        m.label in (PERSON, PLACE)
        and not is_given_name(words[0])
        and not known_town
        and _BODY_APPOSITION.match(text, m.end)
    ):
        return replace(m, label=ORG)  # "Remontées Mécaniques Suisses, l'association faîtière"
    return None


def _opening_participle(m: EntityMention, text: str) -> bool:
    """ "Interpellé, le coordonnateur ...", "Contactée, la mairie ...": the
    past participle of a verb in -er, opening a sentence before a comma and
    the sentence's subject, is no name (not a given name nor a town)."""
    from .nametables import tables

    return (
        " " not in m.text
        and _SUBJECT_AFTER_COMMA.match(
            text[m.end : m.end + 12],
        )
        is not None  # the sentence's subject follows ("Nestlé, dont le siège" is a name)
        # a sentence's first word (not after "M." nor "Mme": "Selon M. Dupuis, le projet")
        and _SENTENCE_START_BEFORE.search(text[max(0, m.start - 6) : m.start]) is not None
        and (participle := _OPENING_PARTICIPLE.fullmatch(m.text)) is not None
        and not is_given_name(m.text)
        and not (city(m.text, "fr", 0) or village(m.text, "fr"))
        # the verb's infinitive is a word of the language ("interpeller"; not "Nestlé")
        and tables("fr").zipf(participle.group(1).casefold() + "er") >= 2.5
    )


def _clubs_of_a_match(mentions: list[EntityMention], paragraphs: Sequence[str]) -> list[EntityMention]:
    """ "le match en retard entre Ben Guerdane et Zarzis": the two names of
    a match "entre X et Y" are clubs when either is a town or a body (not
    two players: "le match entre Nadal et Djokovic"); so are a town and a
    body one receives or beats ("le jour où Charleroi reçoit le Standard")."""
    out = list(mentions)
    for i in range(len(out) - 1):
        x, y = out[i], out[i + 1]
        if not (
            x.pane == SOURCE == y.pane and x.paragraph == y.paragraph < len(paragraphs) and x.label != DATE
        ):
            continue
        text = paragraphs[x.paragraph]
        if (
            _CLUB_MEETS.fullmatch(text[x.end : y.start])
            and " " not in x.text
            and city(x.text, "fr", 0)
            and y.label in (ORG, PLACE)
            and y.recogniser != "namelist"
        ):  # "le jour où Charleroi reçoit le Standard": a town meeting a body is its club
            out[i], out[i + 1] = replace(x, label=ORG), replace(y, label=ORG)
            continue
        if text[x.end : y.start] != " et " or not _MATCH_BETWEEN.search(_before(text, x.start, 60)):
            continue
        if any(m.label == ORG or city(m.text, "fr", 0) or village(m.text, "fr") for m in (x, y)) and all(
            m.label in (ORG, PERSON, PLACE, MISC) for m in (x, y)
        ):
            out[i], out[i + 1] = replace(x, label=ORG), replace(y, label=ORG)
    return out


def _surnames_of_firms(mentions: list[EntityMention]) -> list[EntityMention]:
    """ "chez Lemaire" after "Biscuits Lemaire": a lone surname that closes a
    firm's name of the article, and no person's, is the firm."""
    firms = {
        m.text.split()[-1]
        for m in mentions
        if m.pane == SOURCE
        and m.label == ORG
        and len(m.text.split()) == 2
        and m.text.split()[0] in _TRADE_FIRST
    }
    people = {
        m.text.split()[-1]
        for m in mentions
        if m.pane == SOURCE and m.label == PERSON and len(m.text.split()) >= 2
    }
    return relabel_in_source(
        mentions,
        firms - people,
        ORG,
        lambda m: m.label == PERSON or m.label == PLACE and not city(m.text, "fr", 0),
    )


def relabel_in_source(
    mentions: list[EntityMention], surfaces: set[str], label: str, when: Callable[[EntityMention], bool]
) -> list[EntityMention]:
    """What the article says of a name in one place, spread to the others:
    each source mention written as one of `surfaces` for which `when` holds
    takes `label`."""
    if not surfaces:
        return mentions
    return [
        replace(m, label=label) if m.pane == SOURCE and m.text in surfaces and when(m) else m
        for m in mentions
    ]


# what someone does somewhere, before "de <name> à <town>": the name is a person's
_A_PERSONS_DOING = re.compile(
    r"\b(?:visite|venue|voyage|déplacement|arrivée|séjour|tournée|discours|message|appel|"
    r"départ|retour|passage|intervention|conférence|rencontre|entretien|transfert)\s+(?:de|d['’])\s?$"
)


def _from_one_town_to_another(
    mentions: list[EntityMention], paragraphs: Sequence[str]
) -> list[EntityMention]:
    """ "de Cayar à Mboro": a one-word name after "de" whose stretch ends "à"
    a town is a town too."""
    out = list(mentions)
    for i in range(len(out) - 1):
        m, nxt = out[i], out[i + 1]
        if (
            m.pane == SOURCE
            and nxt.pane == SOURCE
            and m.paragraph == nxt.paragraph < len(paragraphs)
            and m.label in (ORG, PERSON)
            and nxt.label == PLACE
            and " " not in m.text
            and not is_given_name(m.text)  # "le transfert de Diogo à Porto"
            and not _A_PERSONS_DOING.search(paragraphs[m.paragraph][max(0, m.start - 20) : m.start])
            and not in_sport_paragraph(paragraphs[m.paragraph])
            and city(nxt.text, "fr", 0)
            and paragraphs[m.paragraph][m.end : nxt.start] == " à "
            and _OF_BEFORE.search(paragraphs[m.paragraph][max(0, m.start - 4) : m.start])
        ):
            out[i] = replace(m, label=PLACE)
    return out


def _body_of_a_region_or_state(words: list[str], lang: str) -> bool:
    """ "Drac Nouvelle-Aquitaine", "ARS Bretagne": a short head that is no
    town, name or word before a region is a regional office; "État du Sénégal"
    (a country's state: its government, not "l'État de New York")."""
    from .nametables import tables

    if len(words) >= 3 and words[0] == "État" and words[1] in ("du", "de", "d'", "d’", "des"):
        kind = (tables(lang).place((" ".join(words[2:]),)) or ("", ""))[1]
        return kind == "country"
    first = words[0]
    return (
        len(words) == 2
        and words[1] in REGIONS
        and 2 <= len(first) <= 6
        and not city(first, lang, 0)
        and not is_given_name(first)
        and not tables(lang).is_common(first.casefold())
        and first not in ("Haute", "Basse", "Grand", "Grande", "Petit", "Petite", "Saint", "Sainte")
    )


def _event(m: EntityMention, text: str, words: list[str]) -> bool:
    """A race, a trophy, a lottery or days of something: "GP Sven Nys" (also
    the name after "GP"), "X2O Badkamers Trofee", "Loto du patrimoine",
    "Journées européennes du patrimoine"."""
    return (
        words[0] in _EVENT_FIRST
        or words[-1] in _EVENT_LAST
        or _RACE_BEFORE.search(text[max(0, m.start - 12) : m.start]) is not None
    )


def _next_in_a_list_of_places(m: EntityMention, done: list[EntityMention], text: str) -> bool:
    """ "de Vélingara et de Médina Yoro Foulah": a "person" without a given
    name right after a place, joined by a comma or "et"/"en", is the next place;
    not a full name after an office and its town ("au préfet de Mbour,
    Alioune Badara Diop": the apposition names the officer)."""
    prev = next((x for x in reversed(done) if x.pane == SOURCE and x.paragraph == m.paragraph), None)
    return (
        prev is not None
        and not (" " in m.text and _OFFICE_COMMA.search(_before(text, m.start)))
        and prev.label == PLACE
        and prev.end <= m.start
        and _LIST_LINK.fullmatch(text[prev.end : m.start]) is not None
        and not is_given_name(m.text.split()[0])
    )


def _french_club(m: EntityMention, text: str, words: list[str]) -> EntityMention:
    """A "person" on the sport pages that is a club: "les Bamboutos de Mbouda",
    "la Colombe Sportive du Dja-et-Lobo" (no given name opens it), or "de la
    Fécafoot" (a feminine article: no person takes one)."""
    if is_given_name(words[0]) or words[0].lower() in PARTICLES:
        return m
    if (
        len(words) >= 3
        and _OF_TOWN.search(m.text)
        and m.label != MISC  # "Tour de France", "Coupe de Belgique": competitions
        and (m.label != PLACE or not (city(words[0], "fr", 0) or words[0].startswith(_PLACE_OPENERS)))
    ):
        return replace(
            m, label=ORG
        )  # "Cotonsport de Garoua" (not "Saint-Pierre de Montréal", "Stade de France")
    if (
        len(words) == 1
        and m.label == PERSON
        and _FEMININE_ARTICLE_BEFORE.search(text[max(0, m.start - 8) : m.start])
        and not (city(m.text, "fr", 0) or m.text in REGIONS)
    ):
        return replace(m, label=ORG)  # "le président de la Fécafoot"
    if (
        m.label in (PLACE, MISC)
        and _DEFINITE_ARTICLE_BEFORE.search(text[max(0, m.start - 5) : m.start])
        and words[0] not in _COMPETITION_FIRST
        and not (
            len(words) == 1 and (_DEMONYM.fullmatch(m.text) or is_demonym(m.text, "fr"))
        )  # "les Genevois"
        and not _known_place(m.text)
        and (len(words) == 1 or len(words) == 3 and _OF_TOWN.search(m.text) and city(words[2], "fr", 0))
    ):
        return replace(m, label=ORG)  # "battus par le Drakkar", "recevoir le Phoenix de Sherbrooke"
    return m


def _known_place(name: str) -> bool:
    """A town, village, region or country of the name tables."""
    from .nametables import tables

    return bool(city(name, "fr", 0) or village(name, "fr") or name in REGIONS or tables("fr").place((name,)))


def _dutch_person_shape(words: list[str]) -> bool:
    """ "Jolijn de Boer", "Femke ter Haar": a capitalised word, lower-case
    particles, a capitalised word. Dutch clubs carry no such particle."""
    return (
        len(words) >= 3
        and words[0][:1].isupper()
        and words[0] not in ("De", "Het", "Jong")
        and words[-1][:1].isupper()
        and all(w in PARTICLES for w in words[1:-1])
        and not city(words[0], "nl", 0)
    )


def tails_of_full_names(mentions: list[EntityMention], paragraphs: Sequence[str]) -> list[EntityMention]:
    """ "Oude Luttikhuis" after "Mark Oude Luttikhuis", "ter Haar" after
    "Femke ter Haar": the last words of exactly one full name of the article
    (with its lower-case particle) are that person, whatever a sport
    sentence made of them; so is its first word alone ("Thibau" of "Thibau
    Nys"), unless a town is called so."""
    tails: dict[str, set[str]] = {}
    firsts: dict[str, set[str]] = {}
    for m in mentions:
        words = m.text.split()
        if m.pane == SOURCE and m.label == PERSON and len(words) >= 2 and words[1][:1].isupper():
            firsts.setdefault(words[0], set()).add(m.canonical)  # "Thibau" of "Thibau Nys"
        if m.pane == SOURCE and m.label == PERSON and len(words) >= 3:
            for k in range(1, len(words) - 1):
                rest = words[k:]
                if is_given_name(words[0]) or rest[0] in PARTICLES:  # (rest has two words or more)
                    tails.setdefault(" ".join(rest), set()).add(m.canonical)
    if not tails and not firsts:
        return mentions
    out = []
    for m in mentions:
        if m.pane == SOURCE and m.label in (ORG, PLACE, MISC) and m.paragraph < len(paragraphs):
            text = paragraphs[m.paragraph]
            owners = tails.get(m.text, set())
            particle = _DUTCH_PARTICLES_BEFORE.search(text[max(0, m.start - 12) : m.start])
            if not owners and particle and " " not in m.text:
                with_particle = particle.group(1) + m.text
                owners = tails.get(with_particle, set())
                if len(owners) == 1:
                    start = m.start - len(particle.group(1))
                    m = replace(m, start=start, text=text[start : m.end])
            if len(owners) == 1 and len(m.text.split()) >= 2:
                m = replace(m, label=PERSON, canonical=next(iter(owners)))
            elif (
                len(firsts.get(m.text, ())) == 1
                and len(m.text) >= 4
                and m.text[:1].isupper()
                and not m.text.isupper()
                and not (city(m.text, "nl", 0) or city(m.text, "fr", 0) or m.text in REGIONS)
                and not (village(m.text, "nl") or village(m.text, "fr"))
                and not _PLACE_PREPOSITION_BEFORE.search(
                    text[max(0, m.start - 6) : m.start],
                )
            ):  # a given name the lists lack, alone, of the one person named so in full (not "uit Brecht")
                m = replace(m, label=PERSON, canonical=next(iter(firsts[m.text])))
        out.append(m)
    return out


_ELIDED_CAPITAL_ARTICLE = ("L'", "L’")


def _land(name: str) -> bool:
    """A country, a region or province (ISO 3166-2), or a well-known town:
    a name French writes with the article ("L'Ontario", "l'Isère")."""
    from .latin import subdivision_names
    from .nametables import tables

    return name not in SEATS_OF_POWER and bool(
        name in REGIONS or name in subdivision_names() or tables("fr").place((name,)) or city(name, "fr")
    )


def elided_article_of_a_place(
    mentions: list[EntityMention], paragraphs: Sequence[str]
) -> list[EntityMention]:
    """ "L'Ontario a annoncé ...", "L'Outaouais manque de médecins": the
    elided article that opens a sentence is no part of the place after it,
    and a land named so is a PLACE (the model made "Ontario" a body). A
    name is cut from its article when it is a land, or when the article
    writes it elsewhere without a capital "L'" ("de l'Outaouais", "en
    Outaouais"); "L'Oréal", "L'Équipe" keep theirs."""
    bare: set[str] = set()  # names the article writes without a capital "L'" before them
    located: set[str] = set()  # names after "en" or "dans l'": lands
    for text in paragraphs:
        for w in re.finditer(r"(?<!\w)([A-ZÀ-Þ][\w-]+)", text):
            before = text[max(0, w.start() - 6) : w.start()]
            if not before.endswith(_ELIDED_CAPITAL_ARTICLE):
                bare.add(w.group(1))
            if re.search(r"(?:^|\s)(?:en |dans l['’])$", before):
                located.add(w.group(1))
    out = []
    for m in mentions:
        if m.pane != SOURCE or m.paragraph >= len(paragraphs) or m.label == DATE:
            out.append(m)
            continue
        text = paragraphs[m.paragraph]
        glued = m.text.startswith(_ELIDED_CAPITAL_ARTICLE) and m.text[2:3].isupper()
        article_at = m.start if glued else m.start - 2
        rest = m.text[2:] if glued else m.text
        if (
            " " in rest
            or article_at < 0
            or text[article_at : article_at + 2] not in _ELIDED_CAPITAL_ARTICLE
            or not _SENTENCE_START_BEFORE.search(text[max(0, article_at - 6) : article_at])
            or in_sport_paragraph(text)
        ):
            out.append(m)
            continue
        land = _land(rest)
        if glued and (land or rest in bare):
            canonical = rest if m.canonical == m.text else m.canonical
            m = replace(m, start=m.start + 2, text=rest, canonical=canonical)
        if not m.text.startswith(_ELIDED_CAPITAL_ARTICLE) and m.label != PLACE and (land or rest in located):
            m = replace(m, label=PLACE)
        out.append(m)
    return out


# Nouns before a storm's name: "la tempête Ciarán", "storm Bram", "de orkaan Milton".
_STORM_BEFORE = re.compile(
    r"(?:^|[\s'’])(?:"
    + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in (*STORM_NOUNS, "stormdepressie"))
    + r")\s$"
)


def named_storms(mentions: list[EntityMention], paragraphs: Sequence[str]) -> list[EntityMention]:
    """ "la dépression Domingos", then "Domingos a fait deux morts": a
    name the article gives a storm is the storm wherever it stands alone,
    whatever the model made of it there (a person, a town)."""
    storms = {
        m.text
        for m in mentions
        if m.pane == SOURCE
        and m.paragraph < len(paragraphs)
        and " " not in m.text
        and m.label != DATE
        and _STORM_BEFORE.search(paragraphs[m.paragraph][max(0, m.start - 16) : m.start])
    }
    return relabel_in_source(mentions, storms, MISC, lambda m: m.label != DATE)


# Painters the press names by one famous name, which the models take for a brand or a body.
PAINTERS = frozenset(
    """Rembrandt Vermeer Rubens Memling Jordaens Bruegel Brueghel Magritte Ensor Mondriaan Mondrian
Escher Picasso Monet Manet Renoir Cézanne Matisse Gauguin Degas Courbet Delacroix Caravage Caravaggio
Botticelli Titien Klimt Chagall Warhol Modigliani Goya Velázquez Basquiat Kandinsky Rothko""".split()
) | {"Van Gogh", "Van Eyck", "Van Dyck", "Frans Hals", "Jan Steen", "Jeroen Bosch", "Jérôme Bosch"}
# "schilderijen van Vermeer", "un tableau de Rembrandt": the work's maker is a person
_WORK_OF_BEFORE = re.compile(
    r"\b(?:schilderij(?:en)?|doek(?:en)?|werk(?:en)?|zelfportret(?:ten)?|portret(?:ten)?|tekening(?:en)?"
    r"|etsen?|meesterwerk(?:en)?|(?:tableau|toile|œuvre|oeuvre|autoportrait|dessin|chef-d['’]œuvre)s?|"
    r"tableaux)\s+(?:van|de|d['’])\s?$"
)
_PAINTED_BY_BEFORE = re.compile(r"\b(?:geschilderd door|peint(?:e|s|es)? par)\s+$")
_MUSEUM_WORD = re.compile(
    r"(?:^| )(?:Museum|Musée|Gallery|Galerie|Museo|Kunsthal|Kunsthalle)(?: |$)|museum(?: |$)"
)


def museums_and_painters(mentions: list[EntityMention], paragraphs: Sequence[str]) -> list[EntityMention]:
    """A museum or a gallery is a body, not a place ("la National Gallery",
    "het Rijksmuseum"); a painter named by one famous name ("Rembrandt",
    "Van Gogh") or as the maker of a work ("un tableau de Vermeer") is a
    person, not the brand or body a model or the shape rules made of him
    (and wherever the article names him so alone)."""
    painters = set()
    out = []
    for m in mentions:
        if m.pane == SOURCE and m.label == PLACE and _MUSEUM_WORD.search(m.text):
            m = replace(m, label=ORG)
        if m.pane == SOURCE and m.label in (ORG, PLACE, MISC, PERSON) and m.paragraph < len(paragraphs):
            before = paragraphs[m.paragraph][max(0, m.start - 30) : m.start]
            if m.text in PAINTERS or (
                len(m.text.split()) <= 3
                and not _MUSEUM_WORD.search(m.text)
                and (_WORK_OF_BEFORE.search(before) or _PAINTED_BY_BEFORE.search(before))
                and not (city(m.text, "fr", 0) or city(m.text, "nl", 0))  # "un tableau de Paris"
            ):
                painters.add(m.text)
        out.append(m)
    return relabel_in_source(out, painters, PERSON, lambda m: m.label in (ORG, PLACE, MISC))


_ELIDED_PARTICLE_BEFORE = re.compile(r"(?<![\w])[dD]['’]$")
_HONORIFIC_THEN_PARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:M\.|Mme|Mlle|Me|Dr|Dre|Mgr)\s[dD]['’]$")


def surnames_with_an_elided_particle(
    mentions: list[EntityMention], paragraphs: Sequence[str]
) -> list[EntityMention]:
    """ "M. d'Harcourt" after "Jean-Baptiste d'Harcourt": the surname with
    its elided particle is the person, whole, never the town the word after
    the apostrophe may name; so it is after an honorific ("M. d'Harcourt")."""
    owners: dict[str, set[str]] = {}
    for m in mentions:
        last = m.text.split()[-1] if m.text else ""
        if m.pane == SOURCE and m.label == PERSON and " " in m.text and _ELIDED_LD_SURNAME.fullmatch(last):
            owners.setdefault(last[2:], set()).add(m.canonical)
    out = []
    for m in mentions:
        if m.pane == SOURCE and m.label != DATE and " " not in m.text and m.paragraph < len(paragraphs):
            text = paragraphs[m.paragraph]
            before = text[max(0, m.start - 8) : m.start]
            people = owners.get(m.text, set())
            if _ELIDED_PARTICLE_BEFORE.search(before) and (
                len(people) == 1
                and not _OF_A_PLACE_BEFORE.search(text[max(0, m.start - 20) : m.start])
                or _HONORIFIC_THEN_PARTICLE_BEFORE.search(before)
            ):
                start = m.start - 2
                canonical = next(iter(people)) if len(people) == 1 else text[start : m.end]
                m = replace(m, start=start, text=text[start : m.end], label=PERSON, canonical=canonical)
        out.append(m)
    return out


# "près d'Harcourt", "le château d'Harcourt", "le maire d'Harcourt": the town of the name
_OF_A_PLACE_BEFORE = re.compile(
    r"\b(?:près|proche|environs|autour|région|commune|ville|village|maire|mairie|habitants|château|gare"
    r"|route|sortie|entrée|centre|canton|arrondissement|tribunal|port|forêt|abbaye|cathédrale)\s[dD]['’]$"
)
_ELIDED_LD_SURNAME = re.compile(r"[dD]['’][A-ZÀ-Þ][\w-]+")


# "in Van", "à Van", "de provincie Van": the Turkish town and province, named after a locative
_LOCATIVE_BEFORE_VAN = re.compile(
    r"(?:^|\s)(?:in|uit|naar|bij|te|nabij|à|de|d['’]|vers|près de|provincie|province|lac|meer|stad|ville)\s$"
)


def lone_particles(mentions: list[EntityMention], paragraphs: Sequence[str]) -> list[EntityMention]:
    """ "Volgens Van", "Van zei niets": a capitalised "Van" alone is the
    particle of a name cut short, no place or body (geonames knows the
    Turkish town): dropped, unless a locative names the town ("in Van")."""
    return [
        m
        for m in mentions
        if not (
            m.pane == SOURCE
            and m.text == "Van"
            and m.label in (PLACE, ORG, MISC)
            and m.paragraph < len(paragraphs)
            and not _LOCATIVE_BEFORE_VAN.search(paragraphs[m.paragraph][max(0, m.start - 12) : m.start])
        )
    ]
