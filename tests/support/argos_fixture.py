"""Build tiny but real Argos Translate packs (``.argosmodel``) for tests and benchmarks.

Nothing here is downloaded: a SentencePiece model is trained on generated text and
a CTranslate2 Transformer is written with hand-set (or random) numpy weights.

* ``build_copy_pack`` — a 1-layer model whose output equals its input ("copy
  model"): decoder step *t* attends to source position *t* and emits that token;
  once the source is exhausted every beam emits ``</s>``.  Lets tests check
  sentence alignment exactly without a real translation model.  ~3.5 MB,
  built in ~0.25 s the first time in a process and ~30 ms after that.
* ``build_random_pack`` — real Argos size (6+6 layers, d_model 512, FFN 2048,
  32k vocabulary, int8, ~95 MB), random weights; produces garbage that never
  ends, so callers cap the output (``max_decoding_length``).  For timings only.
* ``build_big_copy_pack`` — the same size and cost as ``build_random_pack`` but
  a copy model: output == input, each sentence stops on its own.  For timings
  that behave like a real model.

All return the path of a zip with ONE top-level folder holding
``metadata.json``, ``sentencepiece.model``, ``README.md`` and ``model/`` — the
layout ``argostranslate.package`` and ``reader.core.packs`` expect.

Usage: tests take the session fixture ``pack_files`` (tests/conftest.py), or
build their own (pytest puts tests/ on sys.path; ``tests.argos_fixture`` would
not resolve: argostranslate installs a top-level ``tests`` package)::

    from support.argos_fixture import build_copy_pack
    pack_file = build_copy_pack(tmp_path, "he", "en", version="1.5")
"""

from __future__ import annotations

import io
import json
import random
import shutil
import zipfile
from pathlib import Path

import numpy as np

# Characters the generated training text covers, so seed articles tokenise
# without <unk> (Hebrew, Arabic, Latin incl. French/Dutch accents, punctuation).
HEBREW = "".join(chr(c) for c in range(0x05D0, 0x05EB)) + "\u05be\u05f3\u05f4"
ARABIC = (
    "".join(chr(c) for c in range(0x0621, 0x063B))
    + "".join(chr(c) for c in range(0x0640, 0x0653))
    + "\u060c\u061b\u061f\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u0671\u067e\u0686\u06a9\u06af\u06cc"
)
LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZàâäçéèêëîïôöûùüÿœæÀÂÄÇÉÈÊËÎÏÔÖÛÙÜŸŒÆñáíóúÁÍÓÚ"
OTHER = "0123456789.,;:!?'\"()[]{}-–—«»“”„‘’…/\\%&@#*+=_<>|~$€£°§•·٪▲►■©®™×½\u200f\u200e\u00a0"
ALL_CHARS = HEBREW + ARABIC + LATIN + OTHER

_NAMES = {"he": "Hebrew", "ar": "Arabic", "fr": "French", "nl": "Dutch", "en": "English"}

N_FREQ = 16  # sin/cos pairs used as position encoding in the copy model


def _ctranslate2():
    """``ctranslate2`` with ``ctranslate2.specs`` loaded without torch.

    The spec module imports torch (about 0.7 s) only to accept torch tensors;
    we pass numpy arrays, so hide torch while it loads unless it is already in use.
    """
    import sys

    import ctranslate2

    if "ctranslate2.specs.model_spec" not in sys.modules and "torch" not in sys.modules:
        sys.modules["torch"] = None  # makes "import torch" raise ImportError
        try:
            import ctranslate2.specs  # noqa: F401
        finally:
            del sys.modules["torch"]
    import ctranslate2.specs  # noqa: F401,F811

    return ctranslate2


def _training_lines(seed: int, n_lines: int, extra_text: str = "") -> list[str]:
    """Generated 'words' in each script; every character appears several times."""
    rng = random.Random(seed)
    lines = []
    for alphabet in (HEBREW, ARABIC, LATIN, OTHER):
        # Lines of every character so that coverage is complete.
        for i in range(0, len(alphabet), 4):
            lines.append(" ".join(alphabet[i : i + 4] * 3))
    scripts = [HEBREW, ARABIC, LATIN]
    for _ in range(n_lines):
        alphabet = rng.choice(scripts)
        words = []
        for _ in range(rng.randint(4, 14)):
            word = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 7)))
            if rng.random() < 0.2:
                word += rng.choice(OTHER)
            words.append(word)
        lines.append(" ".join(words))
    lines.extend(line for line in extra_text.splitlines() if line.strip())
    return lines


def train_sentencepiece(
    out_path: Path,
    vocab_size: int = 400,
    extra_text: str = "",
    seed: int = 0,
    model_type: str = "unigram",
    generated_lines: int = 400,
) -> Path:
    """Train a small SentencePiece model at ``out_path`` (ids: unk 0, bos 1, eos 2)."""
    import sentencepiece as spm

    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(_training_lines(seed, generated_lines, extra_text)),
        model_writer=model,
        vocab_size=vocab_size,
        hard_vocab_limit=False,
        model_type=model_type,
        character_coverage=1.0,
        byte_fallback=False,
        # Keep text as-is so a copy model round-trips the input exactly.
        normalization_rule_name="identity",
        remove_extra_whitespaces=False,
        split_digits=False,
        unk_id=0,
        bos_id=1,
        eos_id=2,
        pad_id=-1,
        num_threads=1,
        minloglevel=2,
    )
    out_path.write_bytes(model.getvalue())
    return out_path


def _vocabulary(sp_model: Path) -> list[str]:
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=str(sp_model))
    return [sp.id_to_piece(i) for i in range(sp.get_piece_size())]


def _identity_norm(spec, D: int) -> None:
    spec.gamma = np.ones(D, dtype=np.float32)
    spec.beta = np.zeros(D, dtype=np.float32)


def _fill_sublayers(spec, D: int, ffn_dim: int, linear) -> None:
    """Identity layer norms everywhere; ``linear(sub, out_dim, in_dim)`` sets every
    attention and feed-forward projection of every encoder and decoder layer."""
    for part in (spec.encoder, spec.decoder):
        _identity_norm(part.layer_norm, D)
        for layer in part.layer:
            _identity_norm(layer.self_attention.layer_norm, D)
            linear(layer.self_attention.linear[0], 3 * D, D)
            linear(layer.self_attention.linear[1], D, D)
            _identity_norm(layer.ffn.layer_norm, D)
            linear(layer.ffn.linear_0, ffn_dim, D)
            linear(layer.ffn.linear_1, D, ffn_dim)
            if part is spec.decoder:
                _identity_norm(layer.attention.layer_norm, D)
                linear(layer.attention.linear[0], D, D)
                linear(layer.attention.linear[1], 2 * D, D)
                linear(layer.attention.linear[2], D, D)


def _position_code(D: int, offset: int, positions: int = 1024):
    """Sin/cos position features in dims [offset, offset + 2*N_FREQ): geometric
    periods from 3 to ~4000 positions, so dot products peak at equal positions."""
    F = N_FREQ
    periods = 3.0 * (1.6 ** np.arange(F))
    angles = 2 * np.pi * np.arange(positions)[:, None] / periods[None, :]
    encodings = np.zeros((positions, D), dtype=np.float32)
    encodings[:, offset : offset + F] = np.cos(angles)
    encodings[:, offset + F : offset + 2 * F] = np.sin(angles)
    return encodings


def _copy_spec(vocab: list[str], max_positions: int = 1024):
    """Hand-set 1-layer Transformer whose decoder copies the source token by token.

    Residual stream layout (d_model = V + 2*N_FREQ + 1):
      [0, V)            one-hot of the token
      [V, V+2F)         sin/cos position code (dot product peaks at equal positions)
      V+2F              constant 1 ("bias" feature)
    Encoder and decoder self-attention and FFNs are zero (identity residual).
    Cross-attention score = beta*pos(t)·pos(s) + gamma*[source token s is </s>]:
    decoder step t picks source position t, and past the end picks the </s>
    position (so every beam stops).  ``add_source_eos`` puts that </s> in the source.
    The attended one-hot is written back with a large weight, so the output
    projection (reading the token slots) emits the copied token.
    """
    ctranslate2 = _ctranslate2()

    V = len(vocab)
    F = N_FREQ
    D = V + 2 * F + 1
    pos0, bias = V, V + 2 * F
    eos = vocab.index("</s>")

    def zeros(*shape):
        return np.zeros(shape, dtype=np.float32)

    def zero_linear(spec, out_dim, in_dim):
        spec.weight = zeros(out_dim, in_dim)
        spec.bias = zeros(out_dim)

    encodings = _position_code(D, pos0, max_positions)
    embeddings = zeros(V, D)
    embeddings[np.arange(V), np.arange(V)] = 4.0
    embeddings[:, bias] = 1.0

    spec = ctranslate2.specs.TransformerSpec.from_config(num_layers=1, num_heads=1)
    spec.config.add_source_eos = True
    _fill_sublayers(spec, D, 4, zero_linear)  # identity residual everywhere...
    for part in (spec.encoder, spec.decoder):
        part.scale_embeddings = False
        part.position_encodings.encodings = encodings
    spec.encoder.embeddings[0].weight = embeddings
    spec.decoder.embeddings.weight = embeddings.copy()

    beta, gamma = 30.0, 12.0
    cross = spec.decoder.layer[0].attention  # ...but the cross-attention, set by hand
    q = zeros(D, D)
    q[np.arange(pos0, pos0 + 2 * F), np.arange(pos0, pos0 + 2 * F)] = beta
    q[bias, bias] = gamma
    cross.linear[0].weight = q
    cross.linear[0].bias = zeros(D)
    kv = zeros(2 * D, D)
    kv[np.arange(pos0, pos0 + 2 * F), np.arange(pos0, pos0 + 2 * F)] = 1.0  # keys: position
    kv[bias, eos] = 1.0  # keys: "this is </s>"
    kv[D + np.arange(V), np.arange(V)] = 1.0  # values: token one-hot
    cross.linear[1].weight = kv
    cross.linear[1].bias = zeros(2 * D)
    out = zeros(D, D)
    out[np.arange(V), np.arange(V)] = 20.0
    cross.linear[2].weight = out
    cross.linear[2].bias = zeros(D)

    proj = zeros(V, D)
    proj[np.arange(V), np.arange(V)] = 10.0
    spec.decoder.projection.weight = proj
    spec.decoder.projection.bias = zeros(V)
    return spec


def _random_spec(vocab: list[str], num_layers: int, d_model: int, num_heads: int, ffn_dim: int, seed: int):
    """Random-weight Transformer of a realistic size (timings only; output is garbage)."""
    ctranslate2 = _ctranslate2()

    rng = np.random.default_rng(seed)
    V, D = len(vocab), d_model

    def rand(*shape, scale=None):
        scale = scale if scale is not None else 1.0 / np.sqrt(shape[-1])
        return (rng.standard_normal(shape) * scale).astype(np.float32)

    def linear(spec, out_dim, in_dim):
        spec.weight = rand(out_dim, in_dim)
        spec.bias = np.zeros(out_dim, dtype=np.float32)

    spec = ctranslate2.specs.TransformerSpec.from_config(num_layers=num_layers, num_heads=num_heads)
    _fill_sublayers(spec, D, ffn_dim, linear)  # position encodings left unset: sinusoidal at run time
    spec.encoder.embeddings[0].weight = rand(V, D, scale=0.1)
    spec.decoder.embeddings.weight = rand(V, D, scale=0.1)
    linear(spec.decoder.projection, V, D)
    return spec


def _big_copy_spec(vocab: list[str], num_layers: int, d_model: int, num_heads: int, ffn_dim: int, seed: int):
    """A copy model of realistic size: same shapes (hence the same compute) as a
    Transformer-base pack, but it outputs its input and stops after it, per sentence.

    Tokens are random codes in ``C = d_model - 2*N_FREQ - 1`` dimensions (near-
    orthogonal, so a 32k vocabulary fits in 512 dims).  All sublayers are zero
    (identity residual) except the last decoder layer's cross-attention, where
    every head attends by position like ``_copy_spec`` and carries a slice of the
    token code.
    """
    ctranslate2 = _ctranslate2()

    rng = np.random.default_rng(seed)
    V, D, H, F = len(vocab), d_model, num_heads, N_FREQ
    hd = D // H
    C = D - 2 * F - 1
    pos0, bias = C, C + 2 * F
    eos = vocab.index("</s>")
    assert 2 * F + 1 <= hd, "head too small for the position code"

    def zeros(*shape):
        return np.zeros(shape, dtype=np.float32)

    def zero_linear(spec, out_dim, in_dim):
        # Tiny random weights rather than zeros: CTranslate2 would alias identical
        # all-zero matrices, making the model smaller and more cache-friendly than a real one.
        spec.weight = (rng.standard_normal((out_dim, in_dim)) * 1e-4 / np.sqrt(in_dim)).astype(np.float32)
        spec.bias = zeros(out_dim)

    codes = rng.choice([-1.0, 1.0], size=(V, C)).astype(np.float32) / np.sqrt(C)
    encodings = _position_code(D, pos0)
    embeddings = zeros(V, D)
    embeddings[:, :C] = 4.0 * codes
    embeddings[:, bias] = 1.0

    spec = ctranslate2.specs.TransformerSpec.from_config(num_layers=num_layers, num_heads=H)
    spec.config.add_source_eos = True
    _fill_sublayers(spec, D, ffn_dim, zero_linear)
    for part in (spec.encoder, spec.decoder):
        part.scale_embeddings = False
        part.position_encodings.encodings = encodings
    spec.encoder.embeddings[0].weight = embeddings
    spec.decoder.embeddings.weight = embeddings.copy()

    beta, gamma = 30.0, 12.0
    cross = spec.decoder.layer[-1].attention
    q = cross.linear[0].weight.copy()
    kv = cross.linear[1].weight.copy()
    out = cross.linear[2].weight.copy()
    slice_len = -(-C // H)  # code dims carried per head
    for h in range(H):
        base = h * hd
        q[base + np.arange(2 * F), pos0 + np.arange(2 * F)] = beta
        q[base + 2 * F, bias] = gamma
        kv[base + np.arange(2 * F), pos0 + np.arange(2 * F)] = 1.0
        kv[base + 2 * F, :C] = codes[eos]  # key feature: "this source token is </s>"
        lo, hi = h * slice_len, min(C, (h + 1) * slice_len)
        kv[D + base + np.arange(hi - lo), lo + np.arange(hi - lo)] = 1.0  # value: code slice
        out[lo + np.arange(hi - lo), base + np.arange(hi - lo)] = 20.0
    cross.linear[0].weight, cross.linear[0].bias = q, zeros(D)
    cross.linear[1].weight, cross.linear[1].bias = kv, zeros(2 * D)
    cross.linear[2].weight, cross.linear[2].bias = out, zeros(D)

    proj = zeros(V, D)
    proj[:, :C] = 10.0 * codes * np.sqrt(C) / 4.0
    spec.decoder.projection.weight = proj
    spec.decoder.projection.bias = zeros(V)
    return spec


def _write_pack(
    out_dir: Path,
    spec,
    sp_model: Path | None,
    from_code: str,
    to_code: str,
    version: str,
    quantization: str | None = None,
    metadata_overrides: dict | None = None,
    vocab: list[str] | None = None,
) -> Path:
    folder_name = f"translate-{from_code}_{to_code}-{version.replace('.', '_')}"
    work = out_dir / f".build-{folder_name}"
    if work.exists():
        shutil.rmtree(work)
    pkg = work / folder_name
    pkg.mkdir(parents=True)

    vocab = vocab or _vocabulary(sp_model)
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    spec.validate()
    spec.optimize(quantization=quantization)
    (pkg / "model").mkdir()
    spec.save(str(pkg / "model"))
    if sp_model is not None:
        shutil.copy(sp_model, pkg / "sentencepiece.model")
    else:
        codes = "#version: 0.2\n" + "".join(f"{a} {b}\n" for a, b in _BPE_MERGES)
        (pkg / "bpe.model").write_text(codes, encoding="utf-8")
    metadata = {
        "package_version": version,
        "argos_version": "1.0",
        "from_code": from_code,
        "from_name": _NAMES.get(from_code, from_code),
        "to_code": to_code,
        "to_name": _NAMES.get(to_code, to_code),
        "type": "translate",
        "links": [],
    }
    metadata.update(metadata_overrides or {})
    (pkg / "metadata.json").write_text(json.dumps(metadata, indent=2), encoding="utf-8")
    (pkg / "README.md").write_text("Synthetic test pack (not a real translation model).\n")

    pack_file = out_dir / f"translate-{from_code}_{to_code}-{version}.argosmodel"
    # Stored, not deflated: these files are written once and read once.
    with zipfile.ZipFile(pack_file, "w", zipfile.ZIP_STORED) as zf:
        for path in sorted(pkg.rglob("*")):
            zf.write(path, path.relative_to(work).as_posix())
    shutil.rmtree(work)
    return pack_file


_SP_CACHE: dict[tuple, bytes] = {}


def _sp_model(
    out_dir: Path, vocab_size: int, extra_text: str, model_type: str = "unigram", generated_lines: int = 400
) -> Path:
    """SentencePiece model file, trained once per set of arguments per process."""
    key = (vocab_size, extra_text, model_type, generated_lines)
    path = out_dir / f".sp-{abs(hash(key))}.model"
    if key not in _SP_CACHE:
        train_sentencepiece(path, vocab_size, extra_text, 0, model_type, generated_lines)
        _SP_CACHE[key] = path.read_bytes()
    else:
        path.write_bytes(_SP_CACHE[key])
    return path


def build_copy_pack(
    out_dir: Path,
    from_code: str = "he",
    to_code: str = "en",
    version: str = "1.0",
    extra_text: str = "",
    metadata_overrides: dict | None = None,
    tokenizer: str = "sentencepiece",
) -> Path:
    """Write a copy-model ``.argosmodel`` (output == input) into ``out_dir``; return its path.

    ``extra_text`` is added to the SentencePiece training text (e.g. a seed article).
    ``metadata_overrides`` patches metadata.json (e.g. to build a bad pack).
    ``tokenizer="bpe"`` builds an old-style pack with a Moses + ``bpe.model``
    tokenizer instead: its model vocabulary is tiny, so almost every token is
    ``<unk>`` and comes back through ``replace_unknowns`` (the attended source token).
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if tokenizer == "bpe":
        vocab = (
            ["<unk>", "<s>", "</s>"]
            + [f"{a}{b}" for a, b in _BPE_MERGES]
            + [f"{a}{b}@@" for a, b in _BPE_MERGES]
        )
        return _write_pack(
            out_dir,
            _copy_spec(vocab),
            None,
            from_code,
            to_code,
            version,
            "int8",
            metadata_overrides,
            vocab=vocab,
        )
    sp_model = _sp_model(out_dir, 400, extra_text)
    spec = _copy_spec(_vocabulary(sp_model))
    return _write_pack(out_dir, spec, sp_model, from_code, to_code, version, "int8", metadata_overrides)


# A few subword-nmt merges for the BPE variant (any codes file works for a copy model).
_BPE_MERGES = [("e", "s</w>"), ("o", "n"), ("l", "e"), ("a", "i"), ("t", "h")]


def build_random_pack(
    out_dir: Path, from_code: str = "he", to_code: str = "en", version: str = "1.0", **shape
) -> Path:
    """Write a random-weight ``.argosmodel`` of realistic size (timings only).

    Real Argos packs are Transformer-base models (6+6 layers, d_model 512, FFN
    2048, ~32k shared vocabulary, int8): 60–100 MB.  The tokenizer is the small
    SentencePiece model (BPE trained on ``extra_text`` — pass the article to be
    translated so it splits into roughly word-sized pieces, as a real tokenizer
    would); the model vocabulary is padded with dummy pieces up to ``vocab_size``
    so the output projection costs what a real one does.  ``shape``: see
    :func:`_base_size_pack`.
    """
    return _base_size_pack(_random_spec, out_dir, from_code, to_code, version, **shape)


def build_big_copy_pack(
    out_dir: Path, from_code: str = "he", to_code: str = "en", version: str = "1.0", **shape
) -> Path:
    """Write a realistic-size copy-model ``.argosmodel``: Transformer-base shapes and
    cost, output == input, every sentence stops at its own length (as real models do)."""
    return _base_size_pack(_big_copy_spec, out_dir, from_code, to_code, version, **shape)


def _base_size_pack(
    make_spec,
    out_dir: Path,
    from_code: str,
    to_code: str,
    version: str,
    num_layers: int = 6,
    d_model: int = 512,
    num_heads: int = 8,
    ffn_dim: int = 2048,
    vocab_size: int = 32000,
    extra_text: str = "",
    seed: int = 0,
    tokenizer_vocab_size: int = 6000,
) -> Path:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    sp_model = _sp_model(out_dir, tokenizer_vocab_size, extra_text, "bpe", 50)
    vocab = _vocabulary(sp_model)
    vocab += [f"▁pad{i}" for i in range(vocab_size - len(vocab))]
    spec = make_spec(vocab, num_layers, d_model, num_heads, ffn_dim, seed)
    return _write_pack(out_dir, spec, sp_model, from_code, to_code, version, "int8", vocab=vocab)
