"""Quotes, twenty-third session (short sentences written for the tests): a headline-case title of any length
("Pro-Government Forces in Libya Attack ISIS Leftovers in Sirte") is no speech; a speaker the text only
describes as someone unnamed is left out also when the description opens its sentence with a capital ("One
said:", "Local sources told ...") or is the pronoun "one" or a plural of officials."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.conftest import direct_quotes

from sitroom.extract.quotes import is_quotation
from sitroom.models import EntityMention


def test_a_headline_case_title_is_no_quotation() -> None:
    # a related story's title in the page's tail, longer than the six words of a short name
    assert not is_quotation("Pro-Government Forces in Libya Attack ISIS Leftovers in Sirte")
    assert not is_quotation("Not Hospital, Al-Shifa is Hamas Hideout & HQ in Gaza")
    assert not is_quotation("IS: The Security Perspective")


def test_speech_with_lower_case_words_or_a_full_stop_stays_a_quotation() -> None:
    assert is_quotation("We will hunt down the Islamic State Fighters")
    assert is_quotation("The Army Will Never Give Up.")  # a full stop ends a sentence, not a title
    assert is_quotation("ISIS is finished in Iraq and Syria")


def test_one_opening_the_sentence_names_no_speaker(bare_nlp: Language) -> None:
    text = ("Residents fled the town after the attack.\n\n"
            "One said: \u201cThey burned the houses and killed the men who stayed behind.\u201d\n")
    assert direct_quotes(bare_nlp, text) == []


def test_one_of_the_protesters_names_no_speaker(bare_nlp: Language) -> None:
    text = ("\u201cWe do not need food aid, but we want security,\u201d one of the protesters said when asked "
            "why they attacked the trucks.\n")
    assert direct_quotes(bare_nlp, text) == []


def test_capitalised_unnamed_sources_name_no_speaker(bare_nlp: Language) -> None:
    text = ("Local sources told the channel:\n"
            "\u201cSeveral militants attacked army points at dawn and killed ten soldiers.\u201d\n")
    assert direct_quotes(bare_nlp, text) == []


def test_a_named_person_opening_the_sentence_still_speaks(bare_nlp: Language) -> None:
    # a one-word name with its capital opening the sentence is no description
    text = ("Grace, an aid worker, appeared in the video.\n\n"
            "Grace said: \u201cPlease do something to release us from the camp.\u201d\n")
    assert [q.speaker for q in direct_quotes(bare_nlp, text)] == ["Grace"]


def test_the_definite_age_refers_to_the_person_just_named(bare_nlp: Language) -> None:
    text = ("\u201cIt is very painful,\u201d Douna Belmond Man, brother to the fallen soldier, told reporters.\n\n"
            "\u201cLooking at the corpse, it is hard to tell how he died,\u201d said the 54-year-old, who just "
            "retired from the gendarmerie.\n")
    assert [q.speaker for q in direct_quotes(bare_nlp, text)] == ["Douna Belmond Man"] * 2


def test_an_indefinite_age_is_someone_unnamed(bare_nlp: Language) -> None:
    text = ("Peter Okafor, the district chairman, visited the village on Monday.\n\n"
            "\u201cThey came with guns and burned all the houses,\u201d said a 54-year-old, who asked not to be "
            "named.\n")
    assert direct_quotes(bare_nlp, text) == []


def test_a_name_set_off_before_a_subjectless_verb_is_whom_he_refers_to(bare_nlp: Language) -> None:
    # the parser hangs "Rex Tillerson" on "Standing" and leaves "seemed" without a subject
    text = ("\u201cWe want to bring these girls back alive,\u201d Mr. Buhari said.\n"
            "Standing next to him, Rex Tillerson, in his final hours as America\u2019s top diplomat, seemed to back "
            "that approach. \u201cWe hope that\u2019s something that can be worked out quickly,\u201d he said.\n")
    assert [q.speaker for q in direct_quotes(bare_nlp, text)][-1] == "Rex Tillerson"


def test_a_name_only_in_a_prepositional_phrase_is_not_whom_he_refers_to(bare_nlp: Language) -> None:
    text = ("\u201cWe want to bring these girls back alive,\u201d Mr. Buhari said.\n"
            "On Tuesday, the visit of Rex Tillerson was cut short by the storm. \u201cWe hope that\u2019s "
            "something that can be worked out quickly,\u201d he said.\n")
    assert [q.speaker for q in direct_quotes(bare_nlp, text)][-1] == "Muhammadu Buhari"


NEWSLETTER = ("\u201cThe army will hunt them down,\u201d said Colonel Ahmed Musa on Monday.\n\n"
              "The group\u2019s weekly Al-Naba published an article on Thursday about the attacks.\n\n"
              "\u201cFighters killed four members of the army in explosions near the mountain,\u201d the article "
              "said.\n")


def test_the_article_said_is_the_body_that_published_it(bare_nlp: Language) -> None:
    start = NEWSLETTER.index("Al-Naba")
    naba = EntityMention("Al-Naba", start, start + 7, "Al-Naba", "organization", "o-naba")
    assert [q.speaker for q in direct_quotes(bare_nlp, NEWSLETTER, [naba])][-1] == "Al-Naba"


def test_a_person_citing_an_article_still_speaks(bare_nlp: Language) -> None:
    text = NEWSLETTER.replace("the article said", "Colonel Ahmed Musa said, citing the article")
    start = text.index("Al-Naba")
    naba = EntityMention("Al-Naba", start, start + 7, "Al-Naba", "organization", "o-naba")
    assert [q.speaker for q in direct_quotes(bare_nlp, text, [naba])][-1] == "Ahmed Musa"


CELL = ("The Security Media Cell announced on Monday the killing of a number of ISIS militants in a clash north "
        "of Kirkuk.\n\n"
        "They said in a statement, \u201cThe security forces were able to destroy a terrorist den in the "
        "valley.\u201d\n")


def _cell_mentions(text: str) -> list[EntityMention]:
    cell, isis = text.index("Security Media Cell"), text.index("ISIS")
    return [EntityMention("Security Media Cell", cell, cell + 19, "Security Media Cell", "organization", "o-cell"),
            EntityMention("ISIS", isis, isis + 4, "Islamic State", "armed_group", "g-is")]


def test_they_opening_a_sentence_is_the_body_the_sentence_before_had_as_subject(bare_nlp: Language) -> None:
    assert [q.speaker for q in direct_quotes(bare_nlp, CELL, _cell_mentions(CELL))] == ["Security Media Cell"]


def test_they_after_a_sentence_with_a_person_as_subject_is_no_person(bare_nlp: Language) -> None:
    # only a body the sentence before had as subject is continued; a person there is not what "they" stands for
    text = CELL.replace("The Security Media Cell announced on Monday the killing of a number of ISIS militants",
                        "Colonel Ahmed Musa visited the Security Media Cell on Monday after a clash with ISIS")
    assert [q.speaker for q in direct_quotes(bare_nlp, text, _cell_mentions(text))] != ["Ahmed Musa"]


def test_a_name_addressed_in_a_question_is_not_whom_he_refers_to(bare_nlp: Language) -> None:
    # "Bazzukulu, what is a joint?": a vocative before a copula (outside marks a page lost) is no one acting; the
    # next paragraph, a quotation of its own, goes on being the president's
    text = ("\u201cThe security forces are hunting them in the park area,\u201d President Yoweri Museveni said.\n\n"
            "The President further disclosed that the other infiltrators tried to plant bombs in Kikuba-Mutwe.\n\n"
            "\u201cThey had planted one of the bombs near a Pork \u201cjoint\u201d. Bazzukulu, what is a joint? I take "
            "it to mean a selling point or centre. It could also mean a bar,\u201d he said.\n\n"
            "\u201cThe six air-attacks were at kms 64 and 65 from the border. The one that was attacked by gun-ships "
            "was 3kms from the border.\u201d\n\nPresident Museveni further thanked the President of DRC.\n")
    assert "Bazzukulu" not in [q.speaker for q in direct_quotes(bare_nlp, text)]
