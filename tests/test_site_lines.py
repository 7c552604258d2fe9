"""Site boilerplate from a batch of dumps: repeated lines become furniture, copies count once."""

from __future__ import annotations

from newsledger.clean.site_lines import site_boilerplate
from newsledger.model import Article
from newsledger.read.dispatch import iter_articles

PROMPT = "Readers like you keep our newsroom independent, so please consider a monthly gift today."
MENU = "World | Business | Sport"

STORIES = [
    (
        "Harbour authority approves new ferry terminal",
        "The harbour authority of Lenmouth approved a new ferry terminal on Tuesday after two "
        "years of public consultation with residents and shipping firms.",
        "Construction is expected to begin in the spring and to last about eighteen months, "
        "the authority's chair told reporters at the town hall.",
    ),
    (
        "Regional orchestra names its first woman conductor",
        "The Vesterdal Regional Orchestra named Ilse Marten as its principal conductor, the first "
        "woman to hold the post since the ensemble was founded in 1951.",
        "Marten, who has led the youth orchestra for six seasons, will start in September and "
        "has promised a season of works by living composers.",
    ),
    (
        "Rail strike called off after overnight talks",
        "Train drivers in the northern region called off a planned three-day strike after "
        "overnight talks with the operator produced a new offer on pay and rest hours.",
        "Union members will vote on the offer next week, and services are expected to run as "
        "normal in the meantime, the operator said in a statement.",
    ),
]


def _dump(story: tuple[str, str, str]) -> str:
    title, first, second = story
    return "\n".join([MENU, title, first, PROMPT, second, "Share this article"]) + "\n"


def test_lines_shared_by_different_stories_are_boilerplate():
    lines = site_boilerplate(_dump(s) for s in STORIES)
    assert " ".join(PROMPT.split()).lower() in lines
    assert MENU.lower() in lines
    assert not any(s[0].lower() in lines for s in STORIES)


def test_copies_of_one_story_do_not_make_its_lines_boilerplate():
    one = _dump(STORIES[0])
    assert site_boilerplate([one, one, one.replace(MENU, "Home")]) == set()


def test_a_sentence_needs_three_stories_a_short_line_two():
    two = [_dump(s) for s in STORIES[:2]]
    lines = site_boilerplate(two)
    assert MENU.lower() in lines
    assert " ".join(PROMPT.split()).lower() not in lines


def test_batch_ingest_moves_the_repeated_prompt_to_furniture(tmp_path):
    paths = []
    for n, story in enumerate(STORIES):
        path = tmp_path / f"story{n}.txt"
        path.write_text(_dump(story), encoding="utf-8")
        paths.append(str(path))
    together = [a for a in iter_articles(paths) if isinstance(a, Article)]
    alone = [a for p in paths for a in iter_articles([p]) if isinstance(a, Article)]
    assert len(together) == len(alone) == 3
    for batch, single, story in zip(together, alone, STORIES, strict=True):
        assert PROMPT not in batch.body
        assert PROMPT in [f.text for f in batch.furniture]
        assert batch.title == story[0]
        assert story[1] in batch.body and story[2] in batch.body
        # read alone, the prompt is prose by its shape; only the batch shows it is the site's
        assert PROMPT in single.body
        assert len(batch.furniture) == len(single.furniture) + 1
