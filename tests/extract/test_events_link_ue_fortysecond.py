"""Other stories on a page, forty-second session (short sentences written for the tests, after train pages): a list of
other stories' headlines, one a line behind a dash or a bullet, tells none of this story's events; the article's own
points, written as sentences, stay."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.extract.events.link import _on_headline_list

events = events_dated("2024-06-20")

LISTED = (
    "Puntland forces killed 40 militants in an operation in the Cal Miskaad mountains on Saturday, officials said.\n"
    "More To Read\n"
    "- Mortar attacks leave several injured across residential neighbourhoods\n"
    "- Gunmen kill 12 villagers in attack near Maiduguri on Monday\n"
    "The offensive has been ongoing for three days."
)


def test_a_line_of_a_dashed_list_of_headlines_is_another_story() -> None:
    assert _on_headline_list(LISTED.index("- Gunmen"), LISTED)
    assert not _on_headline_list(LISTED.index("The offensive"), LISTED)
    points = "Intro.\n- Troops killed five militants in Borno on Monday.\n- Two soldiers were wounded.\nEnd."
    assert not _on_headline_list(points.index("- Troops"), points)  # the story's own points, in sentences
    lone = "Intro of the story.\n- President Aliyu met the prime minister of Canada in Ottawa\nEnd of the story."
    assert not _on_headline_list(lone.index("- President"), lone)  # one dashed line is no list


@pytest.mark.model
def test_an_attack_told_only_in_a_list_of_headlines_is_not_reported(nlp: Language) -> None:
    assert [e.place for e in events(nlp, LISTED)] == ["Cal Miskaad"]
