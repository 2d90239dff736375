"""Boilerplate line rules (clean/boilerplate.py): links to other stories printed between paragraphs go."""

from __future__ import annotations

from sitroom.clean.boilerplate import matching_rule


def test_link_lines_behind_an_arrow_or_a_bullet_or_a_bare_read_label_are_read_more_teasers() -> None:
    for line in (
        "→ Also Read : Mali to build memorial honoring fallen soldiers in Kati",
        "▶ See also: “ANALYSIS: Is Asia’s Terrorism Threat Level Rising?”",
        "• Also read: Uganda: 41 dead, mostly students, in a jihadist attack on a school",
        "Read: Gunmen kill 25 students in attack on Uganda school",
        "READ: Five Maute remnants killed in Lanao",
    ):
        assert matching_rule(line) == "read-more", line


def test_a_sentence_starting_with_read_and_no_label_stays() -> None:
    for line in (
        "Read the full statement issued by the army on Tuesday, which said five soldiers were killed.",
        "Readers in Maiduguri said gunmen attacked the market on Sunday.",
    ):
        assert matching_rule(line) is None, line
