"""Worker processes that cannot start make `ingest --workers` fail with a reason, not loop."""

from __future__ import annotations

import subprocess
import sys

# A script that starts workers without guarding its entry point: each spawned process imports
# it anew and stops with multiprocessing's bootstrapping error before it is ready.
UNGUARDED = """
from newsledger.ingest import ingest
from newsledger.ledger import Ledger

ingest([{input!r}], Ledger("sqlite:///{db}"), workers=2, published="2024-05-06")
"""


def test_an_unguarded_script_gets_a_clear_error_instead_of_endless_restarts(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Talks\n\nThe ministers of Peru and Chile met in Lima on Monday.\n")
    script = tmp_path / "unguarded.py"
    script.write_text(UNGUARDED.format(input=str(story), db=tmp_path / "l.db"))
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=240, cwd=tmp_path
    )
    assert done.returncode != 0
    assert "if __name__ == '__main__':" in done.stderr.splitlines()[-1]
