"""The figure component (extract/figures.py): number forms and phrasings the helper branch hfig added."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.extract.figures import FigureExtractor
from sitroom.models import Figure

pytestmark = pytest.mark.model


def _figures(bare_nlp: Language, text: str) -> list[Figure]:
    doc = bare_nlp(text)
    doc._.doc_id = "d2"
    doc._.timexes = []
    FigureExtractor()(doc)
    return list(doc._.figures)


def _values(figures: list[Figure]) -> set[tuple[float, str]]:
    return {(f.value, f.unit) for f in figures}


def test_figures_one_before_a_scale_word_is_a_number(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "More than one million people are at risk of famine.")
    assert (1_000_000, "people") in _values(figs)


def test_figures_one_alone_still_needs_a_suffered_count(bare_nlp: Language) -> None:
    assert _figures(bare_nlp, "One official said the talks went well.") == []


def test_figures_a_dozen_and_half_a_dozen_are_numbers(bare_nlp: Language) -> None:
    text = "Troops killed half a dozen terrorists. More than a dozen suspected members were detained."
    figs = _figures(bare_nlp, text)
    assert {(6, "people"), (12, "people")} <= _values(figs)
    assert any(f.raw == "More than a dozen" and f.qualifier == "more than" for f in figs)


def test_figures_a_number_hung_on_the_participle_counts_its_noun(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "The Abu Sayyaf is still holding over 2 dozen kidnapped sailors in the region.")
    assert (24, "people") in _values(figs)


def test_figures_a_number_of_them_counts_people(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "Five others were wounded, two of them seriously. Six of them were caught in Sabah.")
    assert {(2, "people"), (6, "people")} <= _values(figs)


def test_figures_a_number_of_them_takes_the_unit_counted_before(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "Jets carried out 20 strikes, 12 of them in Syria.")
    assert (12, "strikes") in _values(figs)


def test_figures_a_number_of_the_dead_counts_people(bare_nlp: Language) -> None:
    assert (12, "people") in _values(_figures(bare_nlp, "At least 12 of the deceased are below 12 years of age."))


def test_figures_a_number_of_more_or_other_people_a_verb_befell(bare_nlp: Language) -> None:
    text = "The group killed 16 soldiers and wounded nine more. Airstrikes injured five other in Mosul."
    assert {(9, "people"), (5, "people")} <= _values(_figures(bare_nlp, text))


def test_figures_more_of_nothing_people_is_no_figure(bare_nlp: Language) -> None:
    assert _figures(bare_nlp, "They need three more.") == []


def test_figures_a_tally_brought_to_a_number_counts_what_it_is_of(bare_nlp: Language) -> None:
    text = ("The new deaths bring the number of civilians killed by armed groups in Beni since November 2019 to at "
            "least 1,013. The arrest brings the number of Malaysians arrested this month to four.")
    assert {(1013, "people"), (4, "people")} <= _values(_figures(bare_nlp, text))


def test_figures_a_toll_risen_to_a_total_counts_people(bare_nlp: Language) -> None:
    text = "The death toll from the Palm Sunday bombing has risen to a total of 49 as of Monday."
    assert (49, "people") in _values(_figures(bare_nlp, text))


def test_figures_a_tally_of_things_is_no_figure(bare_nlp: Language) -> None:
    assert _figures(bare_nlp, "The number of attacks rose to 30.") == []


def test_figures_the_items_of_a_list_by_place_or_day_share_the_noun(bare_nlp: Language) -> None:
    text = ("The NIA detained 48 people – 13 on August 1 and 35 on July 31 – with links to the IS. More than 4,000 "
            "people were killed in Mali last year and more than 7,500 in Burkina Faso.")
    assert {(13, "people"), (7500, "people")} <= _values(_figures(bare_nlp, text))


def test_figures_a_number_of_them_that_are_things_is_no_figure(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "A spokesman confirmed the destruction of four vehicles, three of them booby-trapped.")
    assert (3, "people") not in _values(figs)


def test_figures_more_of_nothing_befallen_is_no_figure(bare_nlp: Language) -> None:
    assert _figures(bare_nlp, "Lajnef said at least 10 more left militant-held ground on Monday.") == []


def test_figures_a_tally_of_members_who_surrendered_counts_people(bare_nlp: Language) -> None:
    text = ("The surrender brings the number of Abu Sayyaf members who have surrendered to the government up to 114 "
            "since January.")
    assert (114, "people") in _values(_figures(bare_nlp, text))


def test_figures_a_pair_of_ages_is_no_list(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "Police have arrested three teenagers aged 15 and 16 on suspicion of plotting.")
    assert _values(figs) == {(3, "people")}


def test_figures_people_in_court_in_camps_and_on_the_road_are_people(bare_nlp: Language) -> None:
    text = ("In addition, three other defendants received prison sentences. Iranian forces also arrested more than "
            "50 sympathizers. The Treasury named four South African-based Isis facilitators.")
    assert {(3, "people"), (50, "people"), (4, "people")} <= _values(_figures(bare_nlp, text))


def test_figures_peshmerga_are_a_force_and_a_few_of_them_are_people(bare_nlp: Language) -> None:
    text = "Nine Peshmerga and three civilians were among those killed. 1,500 Peshmerga were deployed."
    figs = _figures(bare_nlp, text)
    assert {(9, "people"), (1500, "troops")} <= _values(figs)


def test_figures_what_a_band_numbers_is_its_strength(bare_nlp: Language) -> None:
    text = ("During their attack on Macomia, the jihadists, numbering at least 100, also attacked the local base. A "
            "force of insurgents, estimated by local sources to number around 200, has been marauding.")
    assert {(100, "members"), (200, "members")} <= _values(_figures(bare_nlp, text))


def test_figures_a_group_s_strength_or_numbers_brought_to_a_number_is_its_size(bare_nlp: Language) -> None:
    text = ("Soldiers were hunting the remaining members of the MIT, whose numbers were reduced to nine. The latest "
            "military estimate placed the strength of the Abu Sayyaf to about 300.")
    assert {(9, "members"), (300, "members")} <= _values(_figures(bare_nlp, text))


def test_figures_families_numbering_so_many_are_people(bare_nlp: Language) -> None:
    text = "ISWAP fighters and their families numbering 104 surrendered to troops on Saturday."
    assert (104, "people") in _values(_figures(bare_nlp, text))


def test_figures_fighters_numbering_so_many_that_were_killed_are_people(bare_nlp: Language) -> None:
    text = "The terrorists numbering five were killed following an intelligence report."
    assert (5, "people") in _values(_figures(bare_nlp, text))
