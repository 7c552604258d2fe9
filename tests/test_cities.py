"""Cities from the GeoNames gazetteer (data/actors/cities.tsv) resolve to their country."""

import pytest

from newsledger.resolve.kbdata import _read_tsv


@pytest.mark.parametrize(
    ("city", "country"), [("Zhytomyr", "UKR"), ("Bahawalpur", "PAK"), ("Bobo-Dioulasso", "BFA")]
)
def test_a_city_only_geonames_lists_takes_its_country(kb, city, country):
    actor = kb.lookup(city)
    assert actor is not None and actor.kind == "place"
    assert (actor.country, actor.sector) == (country, "CVL")


@pytest.mark.parametrize("word", ["Mobile", "Bush", "Independence", "Florence"])
def test_a_city_named_by_an_english_word_or_given_name_is_left_out(word):
    """Near miss: these name large cities too, but in news they are more often a word, a
    surname or a woman's name than the place."""
    assert word.lower() not in {norm.lower() for norm, _ in _read_tsv("cities.tsv")}


def test_a_curated_capital_is_not_demoted_to_a_city(kb):
    actor = kb.lookup("Nairobi")
    assert actor is not None and (actor.country, actor.sector) == ("KEN", "GOV")
