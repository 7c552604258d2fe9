"""The model weights that ship inside the package as JSON (data/*_model.json).

Each model module caches its own weights; reading them, and saying what to run when a file is
missing, is the same for all of them.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from newsledger.errors import ModelNotFound


def read_model(file: str, trainer: str | None = None) -> dict[str, Any] | None:
    """The weights in `file` (a path inside the package). A missing file is an error naming
    the `trainer` script that writes it; a model the code can do without (no `trainer`) is
    None instead."""
    path = resources.files("newsledger").joinpath(file)
    if not path.is_file():
        if trainer is None:
            return None
        raise ModelNotFound(f"{file} is missing: run scripts/{trainer}")
    return json.loads(path.read_text("utf-8"))
