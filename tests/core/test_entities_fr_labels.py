"""French labels on pages nobody here has seen (issue 10, part 4; round 16): the
kinds of label error a blind batch of French pages showed, each with sentences
written for these tests in the manner of the French and Belgian press."""

from __future__ import annotations

import pytest

from reader.core.entities import MISC, ORG, PERSON, recognise_article


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
