"""Shared by the extraction benchmark and the furniture-model trainer: load the dev pages and
flatten them into text dumps (html-text, one block per line), as a page dump like the seed is.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import html_text

from newsledger.clean.encoding import declared_charset, decode

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@dataclass
class Page:
    url: str
    html: bytes
    item: dict

    def text(self) -> str:
        return decode(self.html, declared_charset(self.html))

    def dump(self) -> str:
        """The page flattened to text, one block per line, blank lines dropped."""
        flat = html_text.extract_text(self.text(), guess_layout=True)
        return "\n".join(line.strip() for line in flat.splitlines() if line.strip())


def load_pages(data: Path, name: str, limit: int | None = None) -> list[Page]:
    """The pages of one dev set (`trafilatura_eval` or `htmldate_mediacloud`)."""
    folder = data / "extraction" / name
    index = folder / "evaldata.json"
    if not index.is_file():
        sys.exit(f"no dev data at {folder} (pass --data pointing at shared/data)")
    items = json.loads(index.read_text(encoding="utf-8"))
    pages = [
        Page(url, (folder / "html" / item["file"]).read_bytes(), item)
        for url, item in sorted(items.items())
        if (folder / "html" / item["file"]).is_file()
    ]
    return pages[:limit] if limit else pages
