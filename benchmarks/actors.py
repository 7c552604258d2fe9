"""Actor resolution benchmark: country and PLOVER sector of mentions, against NGEC's test cases.

Reads ../shared/data/actors/actor_resolution_dev.jsonl (mention, optional context and date ->
ISO3 country, sector codes, Wikipedia title) and scores `ActorBase.lookup`. A case counts for
the country when it gives one (an empty string = no country), for the sector when it gives
`code_1` (either of `code_1`/`code_2` is right; UNK and JNK mean "no sector"); "both" needs
every field the case gives. `query_wiki` cases are scored on the resolved name.

The cases are cut into a tune half and a check half by benchmarks/splits.py (key: test name and
mention, stratified by method); every figure is printed for all, tune and check. --errors lists
the tune half's misses only: the check half is scored, never read case by case.

    .venv/bin/python benchmarks/actors.py [--data ../shared/data] [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from newsledger.resolve.kb import ActorBase
from newsledger.resolve.phrases import norm

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from splits import HALVES, TUNE, split  # noqa: E402

NO_SECTOR = {"", "UNK", "JNK", None}


def _cases(data_dir: Path) -> list[dict]:
    path = data_dir / "actors" / "actor_resolution_dev.jsonl"
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found: pass --data pointing at the shared data folder")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _expected(case: dict) -> tuple[str | None, set | None]:
    exp = case["expected"]
    country: str | None = None
    if "country" in exp:
        country = exp["country"] or ""
    elif "return:cc" in exp:
        country = exp["return:cc"] or ""
    sectors = None
    if "code_1" in exp:
        sectors = {exp["code_1"] or None, exp.get("code_2") or None} - {None}
        sectors = {s for s in sectors if s not in NO_SECTOR} or {None}
    if "return:code" in exp:
        country, sectors = "", {None}
    return country, sectors


def case_key(case: dict) -> str:
    """The id a case is split by: NGEC's test name is not unique on its own."""
    return f"{case['test']}|{case['input_text']}"


def halves(data_dir: Path) -> dict[str, list[dict]]:
    """All cases, then the tune and check halves (stratified by lookup method)."""
    cases = _cases(data_dir)
    return {"all": cases} | split(cases, key=case_key, stratum=lambda c: c["method"])


def score(data_dir: Path, errors: list | None = None, half: str = "all") -> dict:
    """Shares of actor cases with country, sector and both right; name share for wiki cases.

    `half` is "all", "tune" or "check" (benchmarks/splits.py).
    """
    kb = ActorBase.default()
    n_country = n_sector = n_both = ok_country = ok_sector = ok_both = 0
    n_name = ok_name = 0
    for case in halves(data_dir)[half]:
        actor = kb.lookup(case["input_text"], case.get("date"), case.get("context"))
        if case["method"] == "query_wiki":
            n_name += 1
            right = actor is not None and norm(actor.name) == norm(case["expected"]["title"])
            ok_name += right
            if not right and errors is not None:
                errors.append((case["input_text"], case["expected"], actor))
            continue
        country, sectors = _expected(case)
        got_country = (actor.country if actor else None) or ""
        got_sector = actor.sector if actor and actor.sector not in NO_SECTOR else None
        c_ok = country is None or got_country == country
        s_ok = sectors is None or got_sector in sectors
        n_country += country is not None
        ok_country += country is not None and c_ok
        n_sector += sectors is not None
        ok_sector += sectors is not None and s_ok
        n_both += 1
        ok_both += c_ok and s_ok
        if not (c_ok and s_ok) and errors is not None:
            errors.append((case["input_text"], case["expected"], actor))
    return {
        "cases": n_both,
        "country": ok_country / max(n_country, 1),
        "sector": ok_sector / max(n_sector, 1),
        "both": ok_both / max(n_both, 1),
        "name_cases": n_name,
        "name": ok_name / max(n_name, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--errors", action="store_true", help="list the cases got wrong")
    args = parser.parse_args()
    started = time.perf_counter()
    errors: list = []
    try:
        ActorBase.default()
        loaded = time.perf_counter()
        result = score(args.data)
        done = time.perf_counter()
        results = {"all": result} | {
            half: score(args.data, errors if half == TUNE else None, half) for half in HALVES
        }
    except FileNotFoundError as exc:
        sys.exit(str(exc))
    print("actor resolution (actor_resolution_dev.jsonl; halves by benchmarks/splits.py)")
    print(f"{'measure':<28}" + "".join(f"{name:>8}" for name in results))
    for label, key, form in (
        ("cases (country/sector)", "cases", "d"),
        ("country right", "country", ".3f"),
        ("sector right", "sector", ".3f"),
        ("both right (target 0.70)", "both", ".3f"),
        ("wiki-title cases", "name_cases", "d"),
        ("name right", "name", ".3f"),
    ):
        print(f"{label:<28}" + "".join(f"{r[key]:>8{form}}" for r in results.values()))
    print(f"{'load time (s)':<28}{loaded - started:>8.2f}")
    print(f"{'lookup time (ms/case)':<28}{1000 * (done - loaded) / 193:>8.2f}")
    if args.errors:
        print("misses on the tune half:")
        for text, expected, actor in errors:
            print(f"  {text!r}: expected {expected} got {actor}")


if __name__ == "__main__":
    main()
