"""Convert the Phoenix / CountryInfo / NGEC dictionaries into the compact actor data files.

The shipped knowledge base (src/newsledger/data/actors/) keeps only what resolution needs, in
TSV: countries with their names, adjectives, capitals and cities; people and organisations
with their codes and dated offices (to 2015); agent nouns with their PLOVER sector. Run it
again when the dictionaries change:

    .venv/bin/python scripts/build_actor_data.py [--data ../shared/data]

Sources (see src/newsledger/data/actors/SOURCES.md): openeventdata/Dictionaries (MIT),
openeventdata/CountryInfo (CC BY-SA 3.0), ahalterman/NGEC PLOVER agents (MIT).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsledger" / "data" / "actors"

# Subdivision names made only of these words ("Western", "Central") are too vague to keep.
GENERIC_REGION_WORDS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "capital", "coast", "coastal", "islands", "island", "upper", "lower", "middle", "region",
    "district", "city", "province", "north-east", "north-west", "south-east", "south-west",
    "northeast", "northwest", "southeast", "southwest", "centre", "center", "federal",
}  # fmt: skip

# CountryInfo leader headings -> office keys used by the knowledge base.
OFFICE_OF_HEADING = [
    ("vice", None),
    ("prime minister", "prime_minister"),
    ("premier", "prime_minister"),
    ("chancellor", "prime_minister"),
    ("head of government", "prime_minister"),
    ("heads of government", "prime_minister"),
    ("president", "president"),
    ("head of state", "president"),
    ("heads of state", "president"),
    ("king", "monarch"),
    ("emir", "monarch"),
    ("sultan", "monarch"),
]
OFFICE_OF_MINISTRY = [
    ("foreign affairs", "foreign_minister"),
    ("foreign minister", "foreign_minister"),
    ("external affairs", "foreign_minister"),
    ("minister of defen", "defence_minister"),
    ("defence minister", "defence_minister"),
    ("defense minister", "defence_minister"),
    ("spokes", "spokesperson"),
    ("press secretary", "spokesperson"),
]


def phrase(raw: str) -> str:
    """TABARI phrase ('VLADIMIR_PUTIN_', '{A_}{B_}' alternatives) -> plain lower-case words."""
    raw = re.sub(r"^\{([^}]*)\}.*$", r"\1", raw)
    return re.sub(r"\s+", " ", raw.replace("_", " ")).strip().lower()


def title(words: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in words.split())


def ymd(raw: str) -> str:
    return f"{raw[:4]}-{raw[4:6]}-{raw[6:8]}"


def countryinfo(path: Path) -> tuple[list[list[str]], list[list[str]]]:
    """Countries (code, name, aliases, capitals, cities) and dated offices from CountryInfo."""
    text = path.read_text(encoding="latin-1")
    countries, offices = [], []
    for block in text.split("<Country>")[1:]:
        codes = re.findall(r"<(?:ISO3166-alpha3|CountryCode)>(\w+)<", block)
        known = [c for c in codes if pycountry.countries.get(alpha_3=c[:3])]
        if not codes:
            continue
        iso = (known or codes)[0][:3]  # "CHNTIB" (Tibet) -> CHN; a bad ISO field is skipped

        def section(tag: str, block: str = block) -> list[str]:
            m = re.search(rf"\n<{tag}>(.*?)</{tag}>", block, re.S)
            if not m:
                return []
            return [phrase(x) for x in re.findall(r"^\s*([^\s#<\[]+)", m.group(1), re.M)]

        name = re.search(r"<CountryName>(\w+)<", block)
        countries.append(
            [
                iso,
                phrase(name.group(1)) if name else "",
                "|".join(dict.fromkeys(section("Nationality"))),
                "|".join(dict.fromkeys(section("Capital"))),
                "|".join(dict.fromkeys(section("MajorCities"))),
            ]
        )
        leaders = re.search(r"<Leaders>(.*?)</Leaders>", block, re.S)
        if leaders:
            for head, body in re.findall(r"<([^/>][^>]*)>(.*?)</\1>", leaders.group(1), re.S):
                office = next((o for k, o in OFFICE_OF_HEADING if k in head.lower()), None)
                if not office:
                    continue
                for who, start, end in re.findall(
                    r"^\s*(\S+)\s+\[(?:>)?(\d{8})(?:\s*-\s*(\d{8}))?\]", body, re.M
                ):
                    offices.append([phrase(who), iso, office, ymd(start), ymd(end) if end else ""])
        gov = re.search(r"<Government>(.*?)</Government>", block, re.S)
        if gov:
            for who, codes, comment in re.findall(
                r"^\s*(\S+)\s+(\[.*?\])\s*#\s*(.*)$", gov.group(1), re.M
            ):
                office = next((o for k, o in OFFICE_OF_MINISTRY if k in comment.lower()), None)
                if not office:
                    continue
                for rng in re.findall(r"\[\w+\s+([^\]]*)\]", codes):
                    rng = rng.strip()
                    if rng.startswith(">"):
                        s, e = ymd(rng[1:]), ""
                    elif rng.startswith("<"):
                        s, e = "", ymd(rng[1:])
                    elif "-" in rng:
                        s, e = (ymd(x.strip()) for x in rng.split("-"))
                    else:
                        continue
                    offices.append([phrase(who), iso, office, s, e])
    return countries, offices


def countryinfo_people(path: Path, known: set[str]) -> list[list[str]]:
    """Everyone in CountryInfo's <Government> lists (ministers, central bankers, envoys), in
    the Phoenix row format: the knowledge base's loader takes Phoenix's entry where both have one.

    A range '[ARMGOVBUS 20030201 - 20070231]' becomes 'ARMGOVBUS:2003-02-01:2007-02-31' (the
    dates are compared as strings, so CountryInfo's month-end '31' needs no repair);
    '>d' opens a role and '<d' closes one with no known start.
    """
    text = path.read_text(encoding="latin-1")
    rows = []
    for block in re.findall(r"<Government>(.*?)</Government>", text, re.S):
        for who, codes in re.findall(r"^\s*(\S+)\s+((?:\[[^\]]*\])+)", block, re.M):
            names = [phrase(n) for n in re.findall(r"\{([^}]*)\}", who)] or [phrase(who)]
            roles = []
            if known & set(names):
                continue
            for code, rng in re.findall(r"\[([A-Z]{3}\w*)\s+([^\]]*)\]", codes):
                rng = rng.strip()
                if rng.startswith(">"):
                    roles.append(f"{code}:{ymd(rng[1:].strip())}:")
                elif rng.startswith("<"):
                    roles.append(f"{code}::{ymd(rng[1:].strip())}")
                elif "-" in rng:
                    start, end = (ymd(x.strip()) for x in rng.split("-"))
                    roles.append(f"{code}:{start}:{end}")
            if roles and names[0]:
                rows.append([title(names[0]), "|".join(names[1:]), "person", ";".join(roles)])
    return rows


def phoenix(path: Path, kind_default: str) -> list[list[str]]:
    """Phoenix entries: name, aliases, kind, codes as 'CODE:start:end' (';'-joined)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        codes = [f"{c['code']}:{c['start'] or ''}:{c['end'] or ''}" for c in d["codes"]]
        if d["default_code"]:
            codes.append(f"{d['default_code']}::")
        if not codes:
            continue
        name = phrase(d["phrase"])
        aliases = [phrase(s) for s in d["synonyms"] if phrase(s) != name]
        dated = any(c["start"] or c["end"] for c in d["codes"])
        is_country = d["default_code"] and len(d["default_code"]) == 3 and not d["codes"]
        kind = "person" if dated else ("place" if is_country else kind_default)
        rows.append([title(name), "|".join(dict.fromkeys(aliases)), kind, ";".join(codes)])
    return rows


def agents(path: Path) -> list[list[str]]:
    """NGEC PLOVER agents: noun phrase (with plural forms) -> sector codes."""
    text = path.read_text(encoding="utf-8", errors="replace")
    macros = {
        m.group(1): [w.strip() for w in m.group(2).split(",")]
        for m in re.finditer(r"^(![A-Z]+!)\s*=\s*(.*)$", text, re.M)
    }
    rows = []
    for line in text.splitlines():
        line = line.split("#")[0].strip()
        m = re.match(r"^([^\[{]+?)\s*(?:\{([^}]*)\})?\s*\[~(\w+)\]", line)
        if not m:
            continue
        forms = [m.group(1)] + ([m.group(2)] if m.group(2) else [])
        expanded = []
        for form in forms:
            macro = re.search(r"![A-Z]+!", form)
            if macro and macro.group(0) in macros:
                expanded += [form.replace(macro.group(0), w) for w in macros[macro.group(0)]]
            else:
                expanded.append(form)
        codes = m.group(3)
        for form in expanded:
            rows.append([phrase(form), codes])
    return rows


def write(name: str, header: str, rows: list[list[str]]) -> None:
    path = OUT / name
    with path.open("w", encoding="utf-8") as f:
        f.write(header)
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{path.relative_to(ROOT)}: {len(rows)} rows")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    dicts = parser.parse_args().data / "actors" / "dictionaries"
    if not dicts.is_dir():
        sys.exit(f"actor dictionaries not found at {dicts} (pass --data)")
    countries, offices = countryinfo(dicts / "CountryInfo.120116.txt")
    names = {c.alpha_3: c.name for c in pycountry.countries}
    regions: dict[str, list[str]] = {}
    for sub in pycountry.subdivisions:  # provinces, states, oblasts -> their country
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country:
            name = phrase(sub.name.split(",")[0])
            if not set(name.split()) <= GENERIC_REGION_WORDS:
                regions.setdefault(country.alpha_3, []).append(name)
    for row in countries:
        row[4] = "|".join(
            dict.fromkeys(x for x in row[4].split("|") + regions.get(row[0], []) if x)
        )
        country = pycountry.countries.get(alpha_3=row[0])
        official = [
            phrase(getattr(country, key, "") or "") for key in ("official_name", "common_name")
        ]
        row[2] = "|".join(dict.fromkeys(x for x in row[2].split("|") + official if x))
        row.insert(1, names.get(row[0], title(row[1])))
        del row[2]
    src = "# Source: openeventdata/CountryInfo 120106 (CC BY-SA 3.0); names from pycountry.\n"
    write("countries.tsv", src + "# iso3\tname\tnationality|aliases\tcapitals\tcities\n", countries)
    write(
        "offices_to_2012.tsv",
        src.replace("; names from pycountry", "")
        + "# holder\tcountry\toffice\tstart\tend (empty = open)\n",
        offices,
    )
    mit = "# Source: openeventdata/Dictionaries @ aa75b79 (MIT), {}.\n"
    hdr = "# name\taliases\tkind\tcodes (CODE:start:end;...)\n"
    people = phoenix(dicts / "Phoenix.Countries.actors.jsonl", "organization")
    groups = phoenix(dicts / "Phoenix.International.actors.jsonl", "organization") + phoenix(
        dicts / "Phoenix.MilNonState.actors.jsonl", "group"
    )
    write("phoenix_people.tsv", mit.format("Phoenix.Countries") + hdr, people)
    write(
        "phoenix_orgs.tsv",
        mit.format("Phoenix.International + Phoenix.MilNonState") + hdr,
        groups,
    )
    known = {phrase(n) for row in people + groups for n in [row[0], *row[1].split("|")] if n}
    write(
        "countryinfo_people.tsv",
        src.replace("; names from pycountry", "") + hdr,
        countryinfo_people(dicts / "CountryInfo.120116.txt", known),
    )
    write(
        "agents.tsv",
        "# Source: ahalterman/NGEC PLOVER_agents.txt (MIT).\n# noun phrase\tsector codes\n",
        agents(dicts / "NGEC_PLOVER_agents.txt"),
    )


if __name__ == "__main__":
    main()
