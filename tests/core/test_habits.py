"""The code base's habits, checked with the README's test command: mypy --strict
on reader/core, ruff's lint rules and ruff's formatting (pyproject.toml holds
the settings of all three)."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_tool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=240
    )


def assert_clean(result: subprocess.CompletedProcess[str], fix: str = "") -> None:
    hint = f"\n(fix: {fix})" if fix else ""
    assert result.returncode == 0, (
        f"{' '.join(result.args[2:])} failed:\n{result.stdout}{result.stderr}{hint}"
    )


@pytest.mark.parametrize("tool", ["mypy", "ruff"])
def test_tool_is_installed(tool: str) -> None:
    # Both come with the `test` extra; a missing one would make the checks
    # below fail with "No module named ..." rather than with findings.
    assert run_tool(tool, "--version").returncode == 0


def test_core_passes_mypy_strict() -> None:
    # The files to check and the strictness are in [tool.mypy].
    assert_clean(run_tool("mypy"))


def test_ruff_lint_passes() -> None:
    assert_clean(
        run_tool("ruff", "check", "--no-fix", "--output-format", "concise", "."),
        fix="ruff check --fix . for the findings marked [*]",
    )


def test_code_is_ruff_formatted() -> None:
    assert_clean(
        run_tool("ruff", "format", "--check", "--output-format", "concise", "."), fix="ruff format ."
    )
