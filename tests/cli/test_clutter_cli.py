"""`reader clutter ID [--json]` and `reader clutter ID --restore N`."""

import json

from reader.cli import main


def test_clutter_lists_the_removed_blocks_and_restores_one(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "clutter", "2", "--json"]) == 0
    blocks = json.loads(capsys.readouterr().out)
    credit = next(b for b in blocks if b["text"].startswith("צילום:"))
    assert credit["reason"] == "credit" and {"n", "reason", "text"} == set(credit)

    assert main(["--data-dir", str(data_dir), "clutter", "2"]) == 0
    listing = capsys.readouterr().out
    assert f"{credit['n']:>4}  credit" in listing and "--restore N" in listing

    assert main(["--data-dir", str(data_dir), "clutter", "2", "--restore", str(credit["n"])]) == 0
    assert "restored block" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "clutter", "2", "--json"]) == 0
    assert credit["n"] not in [b["n"] for b in json.loads(capsys.readouterr().out)]
    assert main(["--data-dir", str(data_dir), "show", "2"]) == 0
    assert credit["text"] in capsys.readouterr().out


def test_clutter_explains_a_wrong_id_or_block(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "clutter", "99"]) == 1
    assert "no article 99" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "clutter", "2", "--restore", "9999"]) == 1
    assert "no removed block 9999" in capsys.readouterr().err
