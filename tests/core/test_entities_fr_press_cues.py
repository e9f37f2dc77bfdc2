"""French press shapes around names (issue 10): a nationality word before a
player's name, a département before a deputy's, "Côté X," (as for X), a plural
nationality, a broadcaster's studio ("le plateau de LN24") and Quebec's, Belgian
and Swiss public companies named after a place ("Hydro-Québec")."""

from __future__ import annotations

import pytest

from reader.core.entities import MISC, ORG, PERSON, PLACE, recognise_article


def mentions(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.label, m.canonical) for m in recognise_article("fr", [text]) if m.pane == "source"}


def labels(text: str) -> dict[str, str]:
    return {surface: label for surface, (label, _) in mentions(text).items()}


def test_nationality_before_a_name_with_a_particle():
    got = labels("Le Sud-Africain Pieter van Zyl a prolongé son contrat de deux saisons.")
    assert got == {"Sud-Africain": MISC, "Pieter van Zyl": PERSON}, got


def test_departement_before_a_hyphenated_given_name_and_a_particle():
    got = labels(
        "Plusieurs élus, dont la députée de la Haute-Loire Marie-Claire Le Kerhuel, se sont abstenus."
    )
    assert got.get("Marie-Claire Le Kerhuel") == PERSON, got
    assert got.get("Haute-Loire") == PLACE, got
    assert "Kerhuel" not in got, got


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Une résolution demandant à Hydro-Québec de geler ses tarifs a été adoptée.", "Hydro-Québec"),
        ("Selon une porte-parole d'Hydro-Québec, les pannes sont réglées.", "Hydro-Québec"),
        ("Le ministre a demandé à Proximus de revoir son offre.", "Proximus"),
    ],
)
def test_public_company_after_a_or_de_is_no_place(text, surface):
    assert labels(text).get(surface) == ORG, labels(text)


@pytest.mark.parametrize(
    "text, surface, canonical",
    [
        ("Les trains des CFF ne circuleront pas entre Lausanne et Genève.", "CFF", "Swiss Federal Railways"),
        ("La SNCB annonce des retards sur la ligne.", "SNCB", "National Railway Company of Belgium"),
        ("La SAQ a retiré ces vins de ses tablettes.", "SAQ", "Société des alcools du Québec"),
        ("Le Mouvement Desjardins a publié ses résultats.", "Mouvement Desjardins", "Desjardins Group"),
    ],
)
def test_public_companies_have_english_canonicals(text, surface, canonical):
    assert mentions(text).get(surface) == (ORG, canonical), mentions(text)


def test_cote_opening_a_sentence_is_as_for():
    got = labels("Côté Vooruit, on exige une taxe sur les grandes fortunes.")
    assert got == {"Vooruit": ORG}, got


def test_cote_the_surname_still_names_a_person():
    got = mentions("Marie Côté a dit que le projet était prêt. M. Côté a ajouté que rien n'était signé.")
    assert got.get("Marie Côté", ("", ""))[0] == PERSON, got
    assert got.get("Côté") == (PERSON, "Marie Côté"), got


def test_plural_nationality_is_misc():
    got = labels("La réforme fiscale vise d'abord les Belges les plus modestes.")
    assert got.get("Belges") == MISC, got


def test_studio_of_a_channel_is_the_channel():
    got = labels("Il a estimé sur le plateau de LN24 que la réforme était injuste.")
    assert got == {"LN24": ORG}, got
    assert (
        labels("Les randonneurs ont traversé le plateau de Millevaches.").get("plateau de Millevaches")
        == PLACE
    )
