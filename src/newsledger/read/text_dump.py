"""Read a page dump (plain text, one block per line, like a page saved as text) into an Article.

The headline is the first line that is not furniture; the body is the headline, a blank line,
then the article's paragraphs one per line. Furniture lines are kept on the Article with their
kind and line number, never dropped, so nothing of the input is lost.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import BinaryIO

from newsledger.clean.encoding import decode
from newsledger.clean.furniture import FurnitureModel, classify_lines, rule_kind
from newsledger.clean.furniture_rules import is_timestamp
from newsledger.clean.language import detect_language
from newsledger.model import Article, Furniture, Skipped
from newsledger.read.base import Item, Pending, ReadContext, Reader, read_capped

# How far above the first paragraph a headline may sit (bylines, credits, dates in between).
_HEADLINE_REACH = 4
_HEADLINE_MAX_WORDS = 25
# The kinds a time stamp line may have been given by the line model, before it is named one.
_STAMP_OVERRIDES = (None, "other", "menu")


def read_text_dump(
    text: str,
    id: str,
    raw: bytes | None = None,
    repeated: set[str] | None = None,
    model: FurnitureModel | None = None,
) -> Article:
    """Split a dump into headline, body and furniture.

    `repeated` (from clean.site_lines over a batch of dumps) marks
    site-wide lines as boilerplate. The headline stays in the body (title_start = 0) so that
    quotes and events in it have offsets like any other sentence. `model` replaces the shipped
    furniture model (for cross-validation).
    """
    numbered = [(i, line.strip()) for i, line in enumerate(text.splitlines()) if line.strip()]
    lines = [line for _i, line in numbered]
    kinds = classify_lines(lines, repeated, model)
    # A time stamp is furniture of its own kind, whether the model let it into the body or
    # called it "other": never taken for the headline the first real line should be.
    kinds = [
        "date" if kind in _STAMP_OVERRIDES and is_timestamp(line) else kind
        for kind, line in zip(kinds, lines, strict=True)
    ]
    headline = _headline(lines, kinds)
    if headline is not None:
        kinds[headline] = None
    furniture, paragraphs = [], []
    for (number, line), kind in zip(numbered, kinds, strict=True):
        if kind is None:
            paragraphs.append(line)
        else:
            furniture.append(Furniture(text=line, kind=kind, line=number))
    article = Article(id=id, furniture=furniture, raw=raw)
    article.raw_kind = "txt"
    if paragraphs:
        title, rest = paragraphs[0], paragraphs[1:]
        article.title = title
        article.body = title + "\n\n" + "\n".join(rest) if rest else title
        article.title_start = 0
        article.language = detect_language(article.body)
    return article


def _headline(lines: list[str], kinds: list[str | None]) -> int | None:
    """The headline above the first paragraph, when the classifier took it for furniture.

    Why: a headline is short and has no sentence punctuation, like a menu item; what tells it
    apart is that the story starts right below it (perhaps after a byline or photo credit).
    """
    first = next((i for i, kind in enumerate(kinds) if kind is None), None)
    if first is None or _looks_like_headline(lines[first]):
        return None
    for i in range(first - 1, max(first - 1 - _HEADLINE_REACH, -1), -1):
        if rule_kind(lines[i]) is not None or kinds[i] in ("boilerplate", "date"):
            continue
        return i if _looks_like_headline(lines[i]) else None
    return None


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    return 3 <= len(words) <= _HEADLINE_MAX_WORDS and not line.rstrip().endswith((".", ":"))


def _read(stream: BinaryIO, name: str, context: ReadContext) -> Iterator[Item]:
    data = read_capped(stream, name, context.max_bytes)
    if isinstance(data, Skipped):
        yield data
    elif context.defer:
        yield Pending(name, partial(_from_bytes, data, name, context.repeated))
    else:
        yield _from_bytes(data, name, context.repeated)


def _from_bytes(data: bytes, name: str, repeated: set[str]) -> Article:
    return read_text_dump(decode(data), name, raw=data, repeated=repeated)


def _reread(stored: Article) -> Article:
    """The dump read again on its own: the batch's site lines are not kept."""
    return read_text_dump(decode(stored.raw or b""), stored.id, raw=stored.raw)


# The fallback kind too: an unnamed input that no other reader recognises is read as a dump.
READER = Reader("txt", (".txt", ".text", ""), _read, reread=_reread)
