"""Belgian parties and Brussels and Swiss bodies as French-language papers name
them: a Flemish party keeps its Dutch name in Le Soir ("la N-VA", "Vooruit"),
so the French name list must know it, with the body's English canonical name;
and a Dutch article's "PvdA" (Labour) is never taken for the Belgian PVDA."""

from __future__ import annotations

import pytest

from reader.core.entities import ORG, recognise_article


def mentions(lang: str, text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.label, m.canonical) for m in recognise_article(lang, [text]) if m.pane == "source"}


@pytest.mark.parametrize(
    "text, surface, canonical",
    [
        ("Au fédéral, la N-VA refuse toute nouvelle taxe sur le patrimoine.", "N-VA", "New Flemish Alliance"),
        (
            "Les socialistes flamands de Vooruit exigent une contribution des grandes fortunes.",
            "Vooruit",
            "Vooruit",
        ),
        ("Le Vlaams Belang réclame des élections anticipées.", "Vlaams Belang", "Vlaams Belang"),
        ("Le PTB a déposé une motion en conseil communal.", "PTB", "Workers' Party of Belgium"),
        (
            "Les trams de la Stib ne circuleront pas lundi.",
            "Stib",
            "Brussels Intercommunal Transport Company",
        ),
        (
            "Le Seco a revu sa prévision de croissance à la baisse.",
            "Seco",
            "State Secretariat for Economic Affairs",
        ),
    ],
)
def test_belgian_and_swiss_bodies_in_french(text, surface, canonical):
    got = mentions("fr", text)
    assert got.get(surface) == (ORG, canonical), got


def test_dutch_labour_is_not_the_belgian_workers_party():
    got = mentions("nl", "De PvdA stemde tegen het voorstel van het college in Veendam.")
    assert got.get("PvdA", ("", ""))[1] != "Workers' Party of Belgium", got
