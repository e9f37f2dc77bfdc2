"""French labels on pages nobody here has seen (issue 10, part 4; round 16): the
kinds of label error a blind batch of French pages showed, each with sentences
written for these tests in the manner of the French and Belgian press."""

from __future__ import annotations

import pytest

from reader.core.entities import MISC, ORG, PERSON, PLACE, recognise_article


def found(text: str) -> dict[str, str]:
    """surface -> label of the source mentions of a one-paragraph French article."""
    return {m.text: m.label for m in recognise_article("fr", [text]) if m.pane == "source"}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Le parquet de Liège a ouvert une enquête pour homicide involontaire.", "parquet de Liège"),
        ("Le parquet général de Mons a fait appel du jugement rendu en juin.", "parquet général de Mons"),
        (
            "Le motard blessé a été transporté au centre hospitalier de Vannes.",
            "centre hospitalier de Vannes",
        ),
        (
            "L'enquête a été confiée à la police judiciaire fédérale de Namur.",
            "police judiciaire fédérale de Namur",
        ),
        (
            "La police judiciaire fédérale a saisi six voitures lors des perquisitions.",
            "police judiciaire fédérale",
        ),
    ],
)
def test_a_prosecution_a_hospital_and_a_police_force_named_with_their_seat_are_one_body(text, name):
    got = found(text)
    assert got.get(name) == ORG, got


@pytest.mark.parametrize(
    "text, word",
    [
        ("L'Argentin a signé un contrat de trois ans avec le club lorrain.", "Argentin"),
        ("Le coup franc de l'Argentin a frôlé la transversale en fin de match.", "Argentin"),
        ("Auteur d'un doublé, le Ghanéen a été remplacé à la 80e minute.", "Ghanéen"),
        ("La Néerlandaise s'est imposée au sprint devant la Belge Lotte Kopecky.", "Néerlandaise"),
        ("Le Sud-Coréen a rejoint le club bavarois il y a deux saisons.", "Sud-Coréen"),
        ("Le Mexicain et l'Ivoirien ont été retenus pour le match amical.", "Ivoirien"),
    ],
)
def test_a_nations_man_or_woman_named_by_the_nationality_is_misc_never_a_body(text, word):
    got = found(text)
    assert all(label == MISC for surface, label in got.items() if word in surface), got


@pytest.mark.parametrize(
    "text, name",
    [
        ("Pour Anne-Gaëlle Le Floch, la rénovation du théâtre reste une priorité.", "Anne-Gaëlle Le Floch"),
        ("Anne-Gaëlle Le Floch, adjointe à la culture, défend le projet.", "Anne-Gaëlle Le Floch"),
        ("Selon Jean-Yves Le Drian, l'accord reste fragile.", "Jean-Yves Le Drian"),
    ],
)
def test_a_capitalised_particle_after_a_given_name_stays_inside_the_name(text, name):
    got = found(text)
    assert got.get(name) == PERSON, got
    assert not any(s != name and s in name for s in got), got  # not cut at the particle


def test_a_player_whose_name_has_an_apostrophe_is_a_person():
    got = found("Sur un centre de Przemyslaw Frankowski, M'Bala Nzola a ouvert le score de la tête.")
    assert got.get("M'Bala Nzola") == PERSON, got


@pytest.mark.parametrize(
    "text, name",
    [
        ("Porté par son public, le RC Lens a dominé l'OM pendant une heure.", "OM"),
        ("Le Paris-SG a concédé le nul à Brest, malgré un doublé de son avant-centre.", "Paris-SG"),
    ],
)
def test_a_clubs_short_name_is_the_club(text, name):
    got = found(text)
    assert got.get(name) == ORG, got


def test_an_acronym_of_two_capitals_stays_the_listed_body_in_dutch():
    text = "Volgens het OM kwamen de grondstoffen via een tussenpersoon uit België."
    got = [m for m in recognise_article("nl", [text]) if m.text == "OM"]
    assert [(m.label, m.canonical) for m in got] == [(ORG, "Public Prosecution Service (Netherlands)")], got


def test_towns_that_win_lose_and_are_faced_in_a_match_report_are_their_clubs():
    paragraphs = [
        "Lens a battu Marseille (2-1) samedi soir, grâce à un but tardif de son attaquant.",
        "Face à Lens, Rennes n'a jamais trouvé la solution. Nantes a été battu par Lille et reste dernier.",
    ]
    got = [
        (m.text, m.label)
        for m in recognise_article("fr", paragraphs)
        if m.pane == "source" and m.paragraph == 1
    ]
    assert ("Lens", ORG) in got and ("Nantes", ORG) in got and ("Lille", ORG) in got, got


@pytest.mark.parametrize(
    "text, name",
    [
        ("Les Francofolies de Spa ont attiré 160 000 festivaliers en quatre jours.", "Francofolies de Spa"),
        ("Le festival des Francofolies de Spa a dévoilé sa programmation mardi.", "Francofolies de Spa"),
        (
            "Clara Luciani a remporté deux trophées lors des Victoires de la musique.",
            "Victoires de la musique",
        ),
        ("Après les Ardentes, la ville attend encore 150 000 personnes en juillet.", "Ardentes"),
    ],
)
def test_festivals_and_awards_are_misc_never_a_person_a_body_or_a_place(text, name):
    got = found(text)
    assert any(name in surface and label == MISC for surface, label in got.items()), got
    assert not any(label != MISC and surface in name for surface, label in got.items()), got  # nor its town


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Le groupe de luxe Kering a annoncé un recul de 12 % de ses ventes au troisième trimestre.",
            "Kering",
        ),
        ("Kering a annoncé mardi le départ de son directeur financier.", "Kering"),
        ("Le chiffre d'affaires de Kering a reculé de 15 % sur un an.", "Kering"),
        ("Le groupe Kering, propriétaire de Gucci, a nommé un nouveau directeur.", "Gucci"),
        ("Le patron d'Iliad, Thomas Reynaud, a reconnu que la concurrence restait vive.", "Iliad"),
        ("Mon mari travaille aussi chez Bib, comme son père avant lui.", "Bib"),
        ("Le Losange a vendu davantage de voitures électriques que prévu.", "Losange"),
        ("Les ventes de la firme au Losange ont progressé de 6 %.", "Losange"),
    ],
)
def test_a_company_the_tables_do_not_know_is_no_place_in_a_business_sentence(text, name):
    got = found(text)
    assert got.get(name) == ORG, got


@pytest.mark.parametrize(
    "text, model",
    [
        (
            "Le constructeur a présenté à Bucarest la nouvelle Dacia Duster, en version hybride.",
            "Dacia Duster",
        ),
        ("Le conducteur d'une Peugeot Partner a été légèrement blessé.", "Peugeot Partner"),
        ("Sa Renault Clio a été retrouvée calcinée dans un champ.", "Renault Clio"),
    ],
)
def test_a_car_model_after_its_maker_is_misc(text, model):
    got = found(text)
    assert got.get(model) == MISC, got
    assert not any(label != MISC and model in surface for surface, label in got.items()), got


@pytest.mark.parametrize(
    "text, word",
    [
        ("Retraites : le conclave de François Bayrou s'achève sans accord", "Retraites"),
        (
            "Le constat de la Cour des comptes est sévère : Dépenses et recettes divergent depuis 2019.",
            "Dépenses",
        ),
    ],
)
def test_an_ordinary_word_capitalised_before_or_after_a_colon_is_no_name(text, word):
    got = found(text)
    assert word not in got, got


def test_a_country_or_a_body_as_a_headlines_topic_is_still_found():
    assert found("Ukraine : Volodymyr Zelensky réclame de nouvelles sanctions").get("Ukraine") == PLACE
    assert found("Sécurité sociale : Matignon cherche 5 milliards d'euros d'économies").get("Matignon") == ORG
