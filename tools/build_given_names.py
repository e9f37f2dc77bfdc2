"""Build resources/entities/given_names_latin.txt: given names in Latin script
that French- and Dutch-language news names without introduction (people from
the francophone and Dutch-speaking world, Europe, the Americas, the Maghreb
and West Africa), from names-dataset (run once; its loader takes ~10 s).

The recogniser uses the list to tell "Astrid De Bruycker" (a person) from
"Toerisme Vlaanderen" (an organisation) where capital letters look alike.

Run:  python tools/build_given_names.py
"""

from __future__ import annotations

import gzip
import pickle
import re
from pathlib import Path

import names_dataset

OUT = Path(__file__).resolve().parent.parent / "resources" / "entities" / "given_names_latin.txt"
COUNTRIES = """FR BE NL LU CH CA US GB IE DE AT IT ES PT DK SE NO FI PL CZ HR RS SI GR TR MA DZ TN SN CI CM
ML BF CD BR AR MX CO CL IL EG NG GH ZA AU""".split()
TOP = 600  # a name ranked lower than this in every listed country is too rare to trust
NAME = re.compile(r"^[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?$")


def main() -> None:
    base = Path(names_dataset.__file__).parent / "v3"
    with gzip.open(base / "first_names.pkl.gz", "rb") as f:
        entries = pickle.load(f)
    names = sorted(name for name, info in entries.items()
                   if NAME.match(name) and len(name) >= 3
                   and any(r and r <= TOP for c, r in (info.get("rank") or {}).items() if c in COUNTRIES))
    OUT.write_text("# Given names, Latin script (tools/build_given_names.py, from names-dataset)\n"
                   + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main()
