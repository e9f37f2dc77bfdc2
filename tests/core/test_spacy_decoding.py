"""spacy_models decodes the NER's steps itself (for speed); what it finds must
be exactly what spaCy's own nlp.pipe finds, entity for entity and token for
token, also for empty paragraphs, whitespace and more paragraphs than one
batch holds."""

from __future__ import annotations

import re

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


@pytest.fixture(scope="module")
def spacy_token_match():
    """spaCy's French token_match as spaCy builds it: the whole regex, compiled (~5 s)."""
    if not spacy_models.available("fr"):
        pytest.skip("no spaCy model for fr")
    spacy_models.get_nlp("fr")
    from spacy.lang.fr import tokenizer_exceptions

    return re.compile("(?iu)" + "|".join(f"(?:{m})" for m in tokenizer_exceptions._regular_exp)).match


def french_words_to_match() -> list[str]:
    """Words with and without hyphens and elisions, built around the start of
    each of the regex's alternatives ("porte-", "entr'", "saint-") and
    frequent French words, in lower, capitalised and upper case."""
    import random

    from spacy.lang.fr import tokenizer_exceptions
    from spacy.lang.fr.punctuation import ELISION, HYPHENS

    starts = []
    for alternative in tokenizer_exceptions._regular_exp:
        m = re.match(r"\^([^\[\(\\?]+)", alternative)
        if m:
            starts.append(m.group(1))
    words = FRENCH[0].split() + FRENCH[2].split() + ["de", "la", "en", "sur", "l", "air", "ski", "x", ""]
    words += ["monnaie", "vampire", "ouvert", "abat", "homme", "mètre", "Laye", "Ville", "Claude"]
    pieces = starts + words
    rnd = random.Random(7)
    out = {"porte-monnaie", "entr'ouvert", "aujourd'hui", "pet-en-l'air", "saut-de-ski", "Lyon", "65", ""}
    for _ in range(20000):
        text = rnd.choice(pieces) + rnd.choice(HYPHENS + ELISION + "-._") + rnd.choice(pieces)
        if rnd.random() < 0.3:
            text += rnd.choice(HYPHENS + ELISION) + rnd.choice(pieces)
        if rnd.random() < 0.3:
            text = text.upper() if rnd.random() < 0.5 else text.capitalize()
        if rnd.random() < 0.1:
            text += rnd.choice(",.;'’-")
        out.add(text)
    return sorted(out)


def test_french_token_match_answers_as_spacys_regex(spacy_token_match):
    """The loaded pipeline's token_match (spacy_fr.QuickTokenMatch: the
    factored regex behind the hyphen and elision test) matches what spaCy's
    matches."""
    quick = spacy_models.get_nlp("fr").tokenizer.token_match
    words = french_words_to_match()
    matched = 0
    for word in words:
        ours, theirs = quick(word), spacy_token_match(word)
        assert (ours and ours.span()) == (theirs and theirs.span()), word
        matched += bool(theirs)
    assert matched > 500 and len(words) - matched > 5000  # both answers well represented


def test_french_model_loads_the_quick_token_match():
    """Loading the French model does not compile the 1.4 MB regex (spacy_fr)."""
    if not spacy_models.available("fr"):
        pytest.skip("no spaCy model for fr")
    from reader.core.entities.spacy_fr import QuickTokenMatch

    tokenizer = spacy_models.get_nlp("fr").tokenizer
    assert isinstance(tokenizer.token_match.__self__, QuickTokenMatch)
    text = "Le porte-monnaie de l'Hôtel-de-Ville à Saint-Germain-en-Laye, aujourd'hui."
    assert [t.text for t in tokenizer(text)] == [
        "Le", "porte-monnaie", "de", "l'", "Hôtel-de-Ville", "à", "Saint-Germain-en-Laye", ",", "aujourd'hui", ".",
    ]  # fmt: skip


def test_deferred_token_match_leaves_other_patterns_alone():
    from reader.core.entities import spacy_fr

    real = re.compile
    with spacy_fr.deferred_token_match():
        assert re.compile is not real
        assert isinstance(re.compile("a|b"), re.Pattern)
        long = "(?iu)" + "|".join(f"(?:^w{i}[-][a-z]+$)" for i in range(20000))
        assert isinstance(re.compile(long), re.Pattern)  # not French's pattern: compiled by re
    assert re.compile is real


def test_factored_refuses_what_it_does_not_know():
    from reader.core.entities.spacy_fr import factored

    h, e, a, al = "-", "'", "A-Za-z", "a-z"
    assert factored([f"^porte[{h}][{al}][{h}{al}{e}]*$", f"^black[{h}]out[{al}]*$"], h, e, a, al) is not None
    for odd in (
        "^black|out[a-z]*$",  # an alternation outside a group
        "^(?=x)black[-]out[a-z]*$",  # a lookahead
        "^(b)lack[-]\\1out[a-z]*$",  # a backreference
        "^blackout[a-z]*$",  # no hyphen or elision needed
        "^black(?:[-])?out[a-z]*$",  # one that is optional
        "black[-]out[a-z]*$",  # not anchored
        "^black[-]out[a-z]{2}$",  # another ending
    ):
        assert factored([odd], h, e, a, al) is None, odd


# Words no vocabulary has seen: names made up for these tests, around ordinary ones.
NEW_WORDS = {
    "en": [
        "Governor Taddeus Quorlington-Vane opened the Brimstowe bridge in Wexmarrow on 3 May 2031.",
        "",
        "According to the Zwarnish Water Office, Brimbelle Ltd and Mr Ydrik Pannecouque signed the deal.",
        "The rider Annisette Flouquet (Team Quimbrelle) won in Saint-Onesime-on-Vleme, 12.5 km ahead.",
    ],
    "fr": [
        "Le préfet Gontran Quillebœuf-Marzac a inauguré à Trégastelville le pont Vauquelinard 2031.",
        "",
        "Selon l'Office zwarnien des eaux, la société Brimbelle SAS et M. Ydrik Pannecouque ont signé.",
        "La coureuse Anne-Sixtine Flouquet (Team Quimbrelle) a gagné à Saint-Onésime-sur-Vlême.",
    ],
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_new_words_get_only_what_ner_reads_and_the_same_entities(language):
    """Each pipeline computes for new words only the attributes its NER
    reads; a pipeline loaded with all of spaCy's finds the same entities,
    token for token, on words neither vocabulary has seen."""
    if not spacy_models.available(language):
        pytest.skip(f"no spaCy model for {language}")
    import importlib

    from spacy.attrs import IS_SPACE, IS_STOP, LIKE_NUM, NORM, SHAPE
    from thinc.api import NumpyOps

    from reader.core.entities import spacy_fr

    ours = spacy_models.get_nlp(language)
    assert {NORM, SHAPE, IS_SPACE} <= set(ours.vocab.lex_attr_getters)
    assert not {IS_STOP, LIKE_NUM} & set(ours.vocab.lex_attr_getters)
    module = importlib.import_module(spacy_models.MODELS[language])
    pipes = module.get_model_meta(module.__path__[0])["pipeline"]
    with spacy_fr.deferred_token_match():
        full = module.load(exclude=[p for p in pipes if p != "ner"])
    assert IS_STOP in full.vocab.lex_attr_getters
    if spacy_models._openblas_threads() is not None:  # the same arithmetic as ours
        for node in full.get_pipe("ner").model.walk():
            node.ops = NumpyOps(use_blis=False)
    texts = NEW_WORDS[language]
    ents = found(spacy_models._recognised(ours, texts))
    assert ents == found(spacy_models._recognised(full, texts))
    assert any(label in ("PER", "PERSON") for *_, label in ents[0])
