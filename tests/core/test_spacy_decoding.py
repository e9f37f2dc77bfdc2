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
