"""spacy_models decodes the NER's steps itself (for speed); what it finds must
be exactly what spaCy's own nlp.pipe finds, entity for entity and token for
token, also for empty paragraphs, whitespace and more paragraphs than one
batch holds."""

from __future__ import annotations

import pytest

from reader.core.entities import spacy_models

ENGLISH = [
    "Prime Minister Benjamin Netanyahu met Secretary of State Antony Blinken in Jerusalem on Tuesday.",
    "",
    "The Bank of Israel left its key rate at 4.5 percent, governor Amir Yaron told reporters in Tel Aviv.",
    "   ",
    "Hapoel Beersheba beat Maccabi Haifa 2-1 at Turner Stadium; coach Elyaniv Barda praised the fans.",
    "Shares of Nvidia and OpenAI partner Microsoft rose 3% in New York after the report by Reuters.",
    "In early Aban, the Iranian parliament speaker Mohammad Bagher Ghalibaf visited Tabriz and Qom.",
    "UNESCO listed the old city of Aleppo, the Umayyad Mosque and the citadel as world heritage.",
    "Hind al-Khalifa, head of the Saudi Kidney Association, said screening starts in January 2026.",
    "The European Union and the World Health Organization warned about measles in Gaza and the West Bank.",
]
FRENCH = [
    "Le maire de Lyon, Grégory Doucet, a reçu la ministre Rachida Dati à l'Hôtel de Ville lundi.",
    "",
    "L'Olympique de Marseille a battu le Paris Saint-Germain au stade Vélodrome devant 65 000 spectateurs.",
    "La SNCF et la RATP annoncent une grève en Île-de-France, selon l'Agence France-Presse.",
    "Emmanuel Macron s'est rendu à Bruxelles pour le Conseil européen avec Ursula von der Leyen.",
]


def found(docs) -> list[list[tuple[int, int, str]] | list[str]]:
    out: list[list[tuple[int, int, str]] | list[str]] = []
    for doc in docs:
        out.append([(e.start_char, e.end_char, e.label_) for e in doc.ents])
        out.append([t.ent_iob_ + t.ent_type_ for t in doc])
    return out


@pytest.mark.parametrize("language, texts", [("en", ENGLISH), ("fr", FRENCH)])
def test_own_decoding_finds_what_spacy_finds(language, texts):
    if not spacy_models.available(language):
        pytest.skip(f"no spaCy model for {language}")
    nlp = spacy_models.get_nlp(language)
    # more paragraphs than one batch (16) and than nlp.pipe's batch (64), in varied orders and lengths
    many = [
        " ".join(texts[(i + k) % len(texts)] for k in range(i % 4)) or texts[i % len(texts)]
        for i in range(70)
    ]
    for batch in (texts, many):
        ours = found(spacy_models._recognised(nlp, batch))
        assert ours == found(nlp.pipe(batch, batch_size=64))
    assert any(label == "PERSON" or label == "PER" for *_, label in found(nlp.pipe(texts))[0])


def test_french_token_match_every_alternative_needs_a_hyphen_or_an_elision():
    """spacy_models answers French's token_match None, without running its
    regex, for a word with neither a hyphen nor an elision mark: sound only if
    each of the regex's alternatives needs one of those characters."""
    pytest.importorskip("spacy")
    import re._constants as c  # type: ignore[import-not-found]
    import re._parser as parser  # type: ignore[import-not-found]

    from spacy.lang.fr import tokenizer_exceptions
    from spacy.lang.fr.punctuation import ELISION, HYPHENS

    needed = set(HYPHENS + ELISION)

    def needs_one(items) -> bool:
        for op, av in items:
            if op is c.LITERAL and chr(av) in needed:
                return True
            if op is c.IN:
                chars = {chr(a) for o, a in av if o is c.LITERAL}
                if all(o is c.LITERAL for o, _ in av) and chars and chars <= needed:
                    return True
            if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1 and needs_one(av[2]):
                return True
            if op is c.SUBPATTERN and needs_one(av[3]):
                return True
        return False

    alternatives = tokenizer_exceptions._regular_exp
    assert len(alternatives) > 100
    assert [a for a in alternatives if not needs_one(parser.parse("(?iu)" + a))] == []


def test_french_token_match_answers_as_its_regex():
    if not spacy_models.available("fr"):
        pytest.skip("no spaCy model for fr")
    from spacy.lang.fr.tokenizer_exceptions import TOKEN_MATCH

    quick = spacy_models.get_nlp("fr").tokenizer.token_match
    assert quick is not TOKEN_MATCH  # the loaded pipeline has the quick one
    words = [
        "porte-monnaie",
        "entr'ouvert",
        "Saint-Germain",
        "aujourd'hui",
        "l'Hôtel",
        "New–York",
        "pet-en-l'air",
        "Lyon",
        "Lyon,",
        "Doucet",
        "65",
        "ÉTATS-UNIS",
        "faux—vampire",
        "burn‑out",
        "x",
        "",
        "d’Île-de-France",
        "Black-out.",
        "hip‐hop",
        "grande's",
    ]
    for word in words:
        ours, theirs = quick(word), TOKEN_MATCH(word)
        assert (ours and ours.span()) == (theirs and theirs.span()), word
