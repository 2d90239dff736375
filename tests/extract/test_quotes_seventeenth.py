"""Speaker habits of the seventeenth session (short sentences written for the tests): a lone surname is the
full name given before, bare body nouns refer back, a pronoun's reported clause names no speaker."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_quotes_dated

pytestmark = pytest.mark.model


direct = direct_quotes_dated("2025-09-01")


def test_a_surname_is_the_nearest_full_name_before(nlp: Language) -> None:
    found = direct(nlp, "President Nechirvan Barzani visited Erbil on Monday.\n\nBarzani said the attacks were "
                        "\u201can urgent warning to the whole region.\u201d\n\nPrime Minister Masrour Barzani "
                        "met the governor.")
    assert [q.speaker for q in found] == ["Nechirvan Barzani"]


def test_a_surname_the_ner_cut_from_a_titled_name_gets_it_back(nlp: Language) -> None:
    found = direct(nlp, "Home Minister Datuk Seri Saifuddin Nasution Ismail spoke in Kuala Lumpur on Monday.\n\n"
                        "\u201cThe suspects come from diverse backgrounds,\u201d Saifuddin said.")
    assert found and "Nasution" in (found[0].speaker or "")


def test_a_surname_alone_in_the_text_stays_alone(nlp: Language) -> None:
    found = direct(nlp, "\u201cWe have arrested 21 suspects in Kampala and Wakiso,\u201d Ssebuufu said on Monday.")
    assert [q.speaker for q in found] == ["Ssebuufu"]


def test_an_opening_mark_typed_after_the_last_word_closes_the_quote(nlp: Language) -> None:
    found = direct(nlp, "\u201cThe provisional assessment of this attack shows 25 deaths\u201c, Lieutenant "
                        "Colonel Rodolphe Sorgho, governor of the Sahel region, explained on Monday.")
    assert [(q.text, q.speaker) for q in found] == [
        ("The provisional assessment of this attack shows 25 deaths", "Rodolphe Sorgho")]


def test_the_prime_minister_refers_back_to_the_prime_minister_named(nlp: Language) -> None:
    found = direct(nlp, "UK Prime Minister Theresa May said the attacker had been identified.\n\n"
                        "\u201cThe police and emergency services have acted with great courage,\u201d the Prime "
                        "Minister added.")
    assert [q.speaker for q in found] == ["Theresa May"]


def test_the_council_is_the_council_named_before(nlp: Language) -> None:
    found = direct(nlp, "The United Nations Security Council met in New York on Monday.\n\n"
                        "\u201cThe attacks on civilians in North Kivu must stop,\u201d the council said.")
    assert [q.speaker for q in found] == ["United Nations Security Council"]


def test_a_qualified_council_is_a_body_of_its_own(nlp: Language) -> None:
    found = direct(nlp, "The United Nations Security Council met in New York on Monday.\n\n"
                        "\u201cThe attacks on civilians in North Kivu must stop,\u201d the Norwegian Refugee Council "
                        "said.")
    assert found and found[0].speaker != "United Nations Security Council"


def test_the_department_speaks_for_the_ministry_that_spoke(nlp: Language) -> None:
    found = direct(nlp, "\u201cThe gunmen targeted a patrol near Sabha on Wednesday,\u201d the Libyan Interior "
                        "Ministry said.\n\nThe department added that \u201cfour gunmen were killed in the "
                        "desert.\u201d")
    assert len({q.speaker for q in found}) == 1 and found[0].speaker and "department" not in found[0].speaker


def test_a_body_acronym_is_not_an_office_of_a_person_named_after_it(nlp: Language) -> None:
    found = direct(nlp, "The Syrian Democratic Forces (SDF) arrested an operative in al-Hol.\n\nAccording to an "
                        "SDF statement, Ali Salman entered the camp as a refugee.\n\n\u201cThis arrest was the "
                        "result of a precise security operation,\u201d the SDF said.")
    assert [q.speaker for q in found] == ["Syrian Democratic Forces"]


def test_a_copula_subject_is_described_not_speaking(nlp: Language) -> None:
    found = direct(nlp, "\u201cWe arrested four operatives in Deir ez-Zor,\u201d the Syrian Democratic Forces "
                        "said.\n\nThe other two, Rakan Suleiman and Madallah al-Shahdha, were responsible for "
                        "\u201creceiving and transporting funds for the cells.\u201d")
    assert [q.speaker for q in found] == ["Syrian Democratic Forces"] * 2


def test_a_person_a_pronoun_reports_on_is_not_the_next_he(nlp: Language) -> None:
    found = direct(nlp, "The Senate heard General Thomas Waldhauser on Tuesday.\n\n\u201cThey split off to a separate "
                        "group because they were not happy,\u201d Reuters quoted Waldhauser as saying at his "
                        "nomination hearing on Tuesday.\n\nShekau, he said, had not fallen into line with "
                        "ISIL\u2019s instructions, including by ignoring calls to stop using children.\n\n\u201cHe"
                        "\u2019s been told by ISIL to stop doing that. But he has not done so,\u201d he said.")
    assert [q.speaker for q in found] == ["Thomas Waldhauser"] * 2


def test_persons_killed_she_added_are_not_her(nlp: Language) -> None:
    found = direct(nlp, "French Defence Minister Florence Parly said the strike hit a camp in Menaka.\n\n"
                        "Issa al-Sahraoui, ISGS\u2019 \u201clogistics and finance coordinator\u201d, and Abu "
                        "Abderahman al-Sahraoui, \u201cin charge of issuing judgements\u201d, were both killed, she "
                        "added.")
    assert [q.speaker for q in found] == ["Florence Parly"] * 2


def test_the_military_is_the_state_force_that_just_spoke(nlp: Language) -> None:
    found = direct(nlp, "Mali\u2019s army said it has killed Souleymane Ag Bakawa, a senior commander of Islamic "
                        "State in the Sahel.\n\nOn Monday, the armed forces said Bakawa died during a \u201crigorously "
                        "planned\u201d raid on Tinfadimata, near the Niger border.\n\nThe military said the operation "
                        "underscores its determination to \u201cdefend the integrity of national territory and "
                        "eradicate terrorist threats.\u201d")
    assert [q.speaker for q in found] == ["Malian Armed Forces"]


def test_a_paragraph_ending_with_a_colon_names_the_body_quoted_next(nlp: Language) -> None:
    found = direct(nlp, "The Counter ISIS Finance Group met in Manama on Monday.\n\nBelow is a joint statement that "
                        "can be attributed to leaders of the Counter ISIS Finance Group:\n\n\u201cThe relentless "
                        "commitment of the Global Coalition has resulted in the territorial defeat of ISIS.\u201d")
    assert [q.speaker for q in found] == ["Counter ISIS Finance Group"]


def test_in_the_statement_of_a_named_officer(nlp: Language) -> None:
    found = direct(nlp, "In the statement of Capt. Rowena Muyuela, Western Mindanao Command spokesperson, \u201cThe "
                        "two soldiers were returning to camp when two armed men attacked them.\u201d")
    assert [q.speaker for q in found] == ["Rowena Muyuela"]


def test_in_a_statement_of_support_names_no_one(nlp: Language) -> None:
    found = direct(nlp, "In a statement of support for the troops, \u201cthe nation stands with its soldiers and "
                        "their families\u201d was printed in capitals.")
    assert all(q.speaker in (None, "") or "support" not in q.speaker for q in found)
