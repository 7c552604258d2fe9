"""Documentation as tests: every command's --help shows an example, and each example that can
run offline does run, against files and a ledger in a temporary folder (as sqlite-utils does)."""

from __future__ import annotations

import glob
import json
import shlex
import shutil
from pathlib import Path

import pytest
import spacy
from click.testing import CliRunner

from newsledger.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
LONG_RUNNING = {"watch", "serve"}  # they poll or serve until stopped
FIRST = ("ingest",)  # examples that fill the ledger the query examples read


def help_text(*command: str) -> str:
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0, result.output
    return result.output


def examples(text: str) -> list[str]:
    """The indented command lines under an 'Example:' or 'Examples:' heading."""
    found, inside = [], False
    for line in text.splitlines():
        stripped = line.strip()
        if stripped in ("Example:", "Examples:"):
            inside = True
        elif inside and stripped.startswith(("newsledger ", "NEWSLEDGER_")):
            found.append(stripped)
        elif stripped:
            inside = False
    return found


def commands() -> list[str]:
    names = sorted(main.commands)
    return [n for n in FIRST if n in names] + [n for n in names if n not in FIRST]


@pytest.mark.parametrize("name", [None, *sorted(main.commands)])
def test_help_has_an_example(name):
    text = help_text(*([name] if name else []))
    assert "Example" in text
    assert any("newsledger" in line for line in examples(text)), text


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    """The files the examples name: article.txt, examples/, mentions.jsonl, feeds.txt."""
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    shutil.copy(sorted(EXAMPLES.glob("*.txt"))[0], tmp_path / "article.txt")
    record = {"id": "m1", "text": "the German chancellor", "date": "2024-05-01"}
    (tmp_path / "mentions.jsonl").write_text(json.dumps(record) + "\n")
    (tmp_path / "feeds.txt").write_text("# no feeds\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEWSLEDGER_DB", raising=False)
    return tmp_path


def test_every_example_runs(workspace, stages):
    ran = []
    for name in [None, *commands()]:
        if name in LONG_RUNNING:
            continue
        for line in examples(help_text(*([name] if name else []))):
            words = shlex.split(line)
            env = dict(w.split("=", 1) for w in words[: words.index("newsledger")])
            model = env.get("NEWSLEDGER_SPACY_MODEL")
            if model and not spacy.util.is_package(model):
                continue  # an example of switching to a pipeline this machine does not have
            args = []
            for word in words[words.index("newsledger") + 1 :]:
                args += sorted(glob.glob(word)) if "*" in word else [word]
            result = CliRunner().invoke(main, args, env=env)
            assert result.exit_code == 0, (line, result.output)
            ran.append(line)
    assert any(line.startswith("newsledger ingest") for line in ran)
    assert any(line.startswith("newsledger events") for line in ran)
    assert len(ran) >= 8
