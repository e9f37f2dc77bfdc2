#!/usr/bin/env python3
"""Write resources/translation_warmup/: a tiny CTranslate2 Transformer (1+1
layers, d_model 16, 16 tokens, int8, random weights, about 12 KB) that
`reader.core.translation.warm_up` runs once at idle so that CTranslate2
generates its compute kernels before the first real translation (see there).
Its output is meaningless; only running it matters.

    .venv/bin/python tools/make_translation_warmup.py
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "translation_warmup"


def main() -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from support.argos_fixture import _random_spec  # the test packs' own model builder

    vocabulary = ["<unk>", "<s>", "</s>"] + [f"▁t{i}" for i in range(13)]
    spec = _random_spec(vocabulary, num_layers=1, d_model=16, num_heads=2, ffn_dim=32, seed=0)
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    spec.validate()
    spec.optimize(quantization="int8")  # as Argos packs are
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    spec.save(str(OUT))
    print(f"wrote {OUT}: " + ", ".join(f"{p.name} {p.stat().st_size} B" for p in sorted(OUT.iterdir())))


if __name__ == "__main__":
    main()
