"""The bundled warm-up model (resources/translation_warmup) loads and runs with
the installed CTranslate2, and warming up never raises."""

import json

from reader.core import translation
from reader.paths import resource


def test_the_warm_up_model_loads_and_runs():
    import ctranslate2

    folder = resource("translation_warmup")
    vocabulary = json.loads((folder / "shared_vocabulary.json").read_text(encoding="utf-8"))
    model = ctranslate2.Translator(str(folder), device="cpu", inter_threads=1, intra_threads=1)
    result = model.translate_batch([["▁t1", "▁t2", "▁t3"]], beam_size=4, max_decoding_length=4)
    tokens = result[0].hypotheses[0]
    assert 1 <= len(tokens) <= 4 and set(tokens) <= set(vocabulary)


def test_warm_up_without_its_model_only_loses_the_gain(monkeypatch, tmp_path):
    monkeypatch.setattr("reader.paths.RESOURCES_DIR", tmp_path)  # no translation_warmup there
    translation.warm_up()
