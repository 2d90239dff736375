"""Casualty counts (events/tolls.py, events/syntax.py): the killed and wounded counts a sentence tells of an attack, and
the count that goes to the right event."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.extract.events.syntax import casualty, tally_count
from sitroom.extract.events.tolls import find_casualties
from sitroom.extract.events.vocab import vocab

pytestmark = pytest.mark.model

# the reference days the tests' sentences are written around
events_on_2017_05_25 = events_dated("2017-05-25")
events_on_2021_06_01 = events_dated("2021-06-01")
events_on_2024_10_28 = events_dated("2024-10-28")
events_on_2024_12_14 = events_dated("2024-12-14")
events_on_2025_01_20 = events_dated("2025-01-20")


# Casualty counts of attacks (casualty helper): an attack the text says hurt no one has a count of 0 ("no casualties
# were reported", "the attack resulted in no deaths", "no one was injured"), which a count told anywhere beats.

def tolls_on_2024_12_14(nlp: Language, text: str) -> list[tuple[int | None, int | None]]:
    return [(e.killed, e.wounded) for e in events_on_2024_12_14(nlp, text) if e.type == "attack"]


def test_no_one_hurt_is_a_count_of_zero(nlp: Language) -> None:
    # in the attack's sentence and in the sentence after it
    assert tolls_on_2024_12_14(
        nlp, "Militants attacked a checkpoint in Bajaur on Monday, but there were no casualties.") == [(0, 0)]
    assert tolls_on_2024_12_14(
        nlp, "Insurgents attacked the village of Koko in Macomia on Sunday. No fatalities were reported, "
             "but houses were set on fire.") == [(0, None)]
    assert tolls_on_2024_12_14(nlp, "Gunmen attacked a church in Istanbul on Sunday. The authorities said no one was "
                                    "injured.") == [(None, 0)]
    # a noun of death with "no", a count of the wounded beside it
    assert tolls_on_2024_12_14(
        nlp, "Insurgents attacked the village of Nkoe on Tuesday. The attack resulted in no deaths, but at "
             "least five people were wounded.") == [(0, 5)]


def test_a_told_count_beats_no_one_hurt(nlp: Language) -> None:
    # a count of the kind told after the "none" stands
    assert tolls_on_2024_12_14(
        nlp, "Militants attacked a police post in Kirkuk on Monday. No one was killed. Two policemen "
             "were injured.") == [(0, 2)]
    # "no civilian casualties", "no immediate casualties" say nothing of the whole toll
    assert tolls_on_2024_12_14(
        nlp, "Gunmen attacked an army base in Diffa on Friday. There were no immediate casualties.") == [
        (None, None)]
    # "no reports of casualties": the "no" is the reports'
    assert tolls_on_2024_12_14(nlp, "Gunmen attacked an army base in Diffa on Friday. There were no reports of "
                                    "casualties.") == [(None, None)]


def test_counted_people_parsed_as_the_opening_dates_apposition(nlp: Language) -> None:
    # (a train page's timeline) the parser takes "two policemen" for an apposition of the date and leaves "were
    # killed" without a subject
    assert tolls_on_2024_12_14(
        nlp, "On August 30, 2022, one Frontier Constabulary (FC) trooper was killed and another critically "
             "injured in an explosion in the Yusuf Abad area of Bajaur District. Islamic State-Khorasan "
             "Province (IS-KP) later claimed responsibility for the incident.\n\nOn August 29, 2022, "
             "suspected IS-KP terrorists killed a Police constable and two construction workers in the "
             "Mamuzai area of Orakzai District.\n\nOn August 19, 2022, two policemen, Havaldar Saeed Ahmad "
             "and Sepoy Inayatur Rahman, were killed in an explosion near a check post in Bajaur "
             "District.") == [(1, 1), (3, None), (2, None)]


# Casualty counts attached to the right event (casualty-linking helper): a count in a sentence naming no event is told
# first when it comes before the sentence after an event sentence that gave the event's count, and the first count
# told stands.

def test_a_count_told_before_the_sentence_after_the_attack_stands(nlp: Language) -> None:
    # "the injury of four others" is told before "two wounded people were also transferred", which follows a
    # sentence naming the attack again
    assert tolls_on_2024_12_14(
        nlp, "Militants attacked an army camp in Rabaa on Tuesday. Security forces closed the roads around "
             "the town. The army confirmed the death of two soldiers and the injury of four others. Earlier, "
             "witnesses said that the attack started by detonating two car bombs in the camp. This explosion "
             "was followed by heavy shooting by dozens of armed men. Two wounded people were later "
             "transferred to a hospital in Ismailia.") == [(2, 4)]


def test_a_count_told_after_the_sentence_after_the_attack_does_not_replace_it(nlp: Language) -> None:
    # the sentence right after the attack tells its count first; a later sentence naming no event gives way
    assert tolls_on_2024_12_14(
        nlp, "Militants attacked an army camp in Rabaa on Tuesday. Four soldiers were wounded. The army "
             "said it was investigating. Two wounded people were later transferred to a hospital in "
             "Ismailia.") == [(None, 4)]


# Casualty counts of attacks (casualty helper): what a conflict as a whole "has killed" is a record, not an attack's
# toll; the second verb of an active pair ("killed at least 46 persons and injured over 100") keeps a count of its
# own.

def dated_tolls_on_2024_10_28(nlp: Language, text: str) -> list[tuple[str | None, int | None]]:
    return [(e.date, e.killed) for e in events_on_2024_10_28(nlp, text) if e.type == "attack"]


def test_a_conflicts_record_is_no_events_toll(nlp: Language) -> None:
    # (after train pages) a count a conflict as a whole "has killed" is a record of years, told after the attack
    assert dated_tolls_on_2024_10_28(
        nlp, "Gunmen attacked a military base in Gubio on Monday. Boko Haram's decade-long campaign of "
             "violence has killed 27,000 people and displaced two million in Nigeria.") == [
        ("2024-10-28", None)]
    assert dated_tolls_on_2024_10_28(
        nlp, "Insurgents attacked the village of Nkoe on Tuesday. Its seven-year insurgency has left 20,000 "
             "people dead.") == [("2024-10-22", None)]
    assert dated_tolls_on_2024_10_28(
        nlp, "Insurgents attacked the village of Nkoe on Tuesday. Rwanda sent troops to support the battle "
             "against the insurgency which has claimed over 2,000 lives.") == [("2024-10-22", None)]
    # the attack's own count in the perfect stands
    assert dated_tolls_on_2024_10_28(
        nlp, "Insurgents attacked the village of Nkoe on Tuesday. The attack has killed 12 "
             "people.") == [("2024-10-22", 12)]


def test_an_active_pair_of_verbs_keeps_the_second_count(nlp: Language) -> None:
    # (after a train page) "killed at least 46 persons and injured over 100": the second verb's count hangs on
    # "over"; it is that verb's own, not a passive subject shared with the first
    text = ("The police in Pakistan’s restive province of Khyber Pakhtunkhwa said on Monday that an initial probe had "
            "suggested that banned terrorist group ISIS was behind the suicide attack on a political convention of a "
            "hardline Islamist party that killed at least 46 persons and injured over 100.\n\nThe attack took place "
            "on Sunday in the town of Khar.")
    found = [(e.killed, e.wounded) for e in events_on_2024_10_28(nlp, text) if e.type == "attack"]
    assert found == [(46, 100)]
    # a passive pair shares its subject
    found = [(e.killed, e.wounded) for e in events_on_2024_10_28(
        nlp, "Gunmen attacked a bus in Kirkuk on Sunday. Four soldiers "
             "were ambushed and killed.") if e.type == "attack"]
    assert found == [(4, None)]


def test_a_count_in_a_verbless_sentence_is_read(nlp: Language) -> None:
    # the count's verb is looked for up the tree, which ends at a root that is no verb ("Attack in Mosul: ...")
    found = events_on_2024_10_28(nlp, "Attack in Mosul: 12 killed on Monday.\n")
    assert [(e.type, e.killed) for e in found] == [("attack", 12)]


def tolls_on_2021_06_01(nlp: Language, text: str) -> list[tuple[int | None, int | None]]:
    return [(e.killed, e.wounded) for e in events_on_2021_06_01(nlp, text) if e.type == "attack"]


def test_a_count_the_parser_hangs_on_the_noun_before_the_head(nlp: Language) -> None:
    assert tolls_on_2021_06_01(
        nlp, "Two embassy personnel and an Afghan civilian were killed in a suicide bombing in Kabul on "
             "Monday.") == [(3, None)]
    # a count inside the modifier's phrase, after its own determiner, counts the modifier, not the people
    assert tolls_on_2021_06_01(
        nlp, "The staff of the two embassy compounds were killed in a suicide bombing in Kabul on "
             "Monday.") == [(None, None)]


def test_a_count_confirmed_or_reported_dead(nlp: Language) -> None:
    assert tolls_on_2021_06_01(
        nlp, "At least 50 people have been confirmed dead following an attack by ISWAP on Darajamal in "
             "Borno on Friday.") == [(50, None)]
    assert tolls_on_2021_06_01(
        nlp, "At least 60 people are reported to have been killed in an attack on Banibangou in Niger on "
             "Tuesday.") == [(60, None)]
    # a result verb's own object counts the dead, not its subject
    assert tolls_on_2021_06_01(nlp, "Two bombs left 15 dead in Kabul on Monday.") == [(15, None)]


def test_a_verb_with_to_death_kills(nlp: Language) -> None:
    assert tolls_on_2021_06_01(nlp, "Two farmers were beaten to death by ISWAP fighters in Mafa on Sunday.") == [(2,
                                                                                                                  None)]
    assert tolls_on_2021_06_01(nlp, "ISWAP fighters attacked Mafa on Sunday and beat two farmers.") == [(None, None)]


def test_a_singular_noun_listed_beside_counted_victims_is_one_more(nlp: Language) -> None:
    assert tolls_on_2021_06_01(nlp,
                               "The bombing killed the driver and three passengers in Kabul on Monday.") == [(4, None)]
    # a noun of what befell another is no person
    assert tolls_on_2021_06_01(
        nlp, "Militants attacked a checkpoint in Kifri on Monday, resulting in the killing of three "
             "Peshmerga fighters and the injury of five others.") == [(3, 5)]
    # named victims beside their count are the counted, not more
    assert tolls_on_2021_06_01(
        nlp, "Gunmen killed two Sikh traders, Kuljeet Singh and Ranjit Singh, in Peshawar on Monday.") == [
        (2, None)]


def test_a_number_word_the_parser_takes_for_an_adverb(nlp: Language) -> None:
    assert tolls_on_2021_06_01(
        nlp, "Gunmen attacked Gabero on Tuesday. The provisional toll is now 13 dead, a dozen wounded and "
             "hundreds of people fleeing.") == [(13, 12)]
    assert tolls_on_2021_06_01(
        nlp, "Gunmen attacked Gabero on Tuesday. The toll is now 13 dead, and the wounded were taken to "
             "Gao.") == [(13, None)]


UNDATED_ATTACK = ("A jihadi group's assault on a village in western Niger has resulted in the deaths of 44 civilians, "
                  "the ministry said.\nThe attack occurred on Friday afternoon in Fambita, a village near the border "
                  "with Mali.\nAt least 10 Nigerian soldiers are killed in an ambush, the army says\nThe gunmen also "
                  "set fire to a market and homes before withdrawing, it added.\n")


def test_a_count_apart_from_the_attack_on_an_undated_page(nlp: Language) -> None:
    # the linked story between the paragraphs is no second attack of the article's; the page has no date
    text = UNDATED_ATTACK + "According to the ministry, at least 44 civilians were killed, while 13 others sustained "
    assert [(e.killed, e.wounded) for e in events_on_2021_06_01(nlp, text + "severe injuries.\n", None)
            if e.country == "NE"] == [(44, 13)]
    # a count naming a year is background, page date or not
    assert [(e.killed, e.wounded) for e in events_on_2021_06_01(nlp, text + "severe injuries in 2019.\n", None)
            if e.country == "NE"] == [(44, None)]


def test_half_a_dozen_is_six_and_a_dozen_twelve(nlp: Language) -> None:
    # the parser counts with the scale word "dozen"; "half a" before it halves it
    assert tolls_on_2021_06_01(
        nlp, "Gunmen killed half a dozen villagers in an attack on Tillia in Niger on Monday.") == [(6, None)]
    assert tolls_on_2021_06_01(
        nlp, "Gunmen killed a dozen villagers in an attack on Tillia in Niger on Monday.") == [(12, None)]


# Casualty counts of attacks (casualty helper, after train pages): wounds done "to" counted people, a result verb's
# state opened by an adverb, a rank told with "the", and a toll a pronoun claims for the group.

def tolls_on_2024_10_28(nlp: Language, text: str) -> list[tuple[int | None, int | None]]:
    return [(e.killed, e.wounded) for e in events_on_2024_10_28(nlp, text) if e.type == "attack"]


def test_injuries_to_counted_people_are_the_wounded(nlp: Language) -> None:
    # (after train pages) the parser hangs "to five others" on the noun, on the first noun of the list or on the verb
    assert tolls_on_2024_10_28(
        nlp, "Gunmen attacked an army post in Diyala on Monday, which resulted in the deaths of four soldiers "
             "and injuries to three others.") == [(4, 3)]
    assert tolls_on_2024_10_28(
        nlp, "A suicide bomber attacked a polling station in Quetta on Monday, which resulted in the killing "
             "of 16 people and caused injuries to 54 others.") == [(16, 54)]
    # injuries to a part of the body count no one
    assert tolls_on_2024_10_28(
        nlp, "Gunmen attacked an army post in Diyala on Monday, killing two soldiers. A third soldier "
             "sustained injuries to the head.")[0][0] == 2


def test_a_result_state_opened_by_an_adverb_is_read(nlp: Language) -> None:
    # "left three soldiers badly wounded": the parser makes the state a clause of its own
    assert tolls_on_2024_10_28(
        nlp, "The militants attacked a base in Mogadishu on Monday, which left three soldiers badly "
             "wounded.") == [(None, 3)]
    assert tolls_on_2024_10_28(
        nlp, "Gunmen attacked a bus in Kirkuk on Sunday, leaving two people seriously injured.") == [(None, 2)]


def test_a_police_rank_told_with_the_is_one_person(nlp: Language) -> None:
    assert tolls_on_2024_10_28(
        nlp, "Two gunmen ambushed a police car in Peshawar on Monday, killing three constables on the spot "
             "and injuring the incharge head-constable.") == [(3, 1)]


def test_a_toll_a_pronoun_claims_is_the_groups(nlp: Language) -> None:
    # (after a train page) "It further claimed that about 50 ... were killed": the group named before claims it; the
    # count the text gives as its own stands
    text = ("Gunmen attacked a gurdwara in Kabul on Saturday. The Islamic State Khorasan Province claimed that four "
            "IEDs were used in the attack. It further claimed that about 50 Hindu Sikhs and Taliban members were "
            "killed in the attack. However, only two people were killed and seven others were wounded.")
    assert tolls_on_2024_10_28(nlp, text) == [(2, 7)]


def test_a_sides_lost_soldiers_are_killed(nlp: Language) -> None:
    # (after train pages) "we lost five soldiers": the victims' side tells its own dead
    assert tolls_on_2024_10_28(
        nlp, 'Militants ambushed a patrol near Gubio on Monday. "We lost five soldiers in the ambush, two '
             'were wounded and several are missing," he said.') == [(5, 2)]
    assert tolls_on_2024_10_28(
        nlp, 'ISWAP fighters attacked a base in Damboa on Monday. "In this encounter, we lost two of our '
             'soldiers," he said.') == [(2, None)]
    # what else is lost is no toll
    assert tolls_on_2024_10_28(nlp, "Militants attacked the base in Marte on Monday. The army lost 95 percent of its "
                                    "equipment.") == [(None, None)]


def test_a_passive_verb_that_kills_with_its_particle_counts(nlp: Language) -> None:
    # (after train pages) "were gunned down" ([casualties] kill_particles) is a killing in the passive too
    assert tolls_on_2024_10_28(
        nlp, "Militants attacked a village near Beni on Monday. Eleven civilians were gunned down.") == [
        (11, None)]


# The casualty counts of a sentence (``find_casualties``) try only a listed casualty word or a word with an object or
# a prepositional phrase: the words passed over could never count a toll, so the counts are those of asking every word
# (a speed pass).

SENTENCES = [
    # listed words: a verb of killing, a state word, a toll
    "Five soldiers were killed and 12 others wounded when gunmen attacked the camp.",
    "The death toll rose to 54 on Tuesday.",
    # no listed word: a phrase of how ([casualties] fatal_phrases) and a verb with its object ([casualties] wound)
    "Militants hacked three villagers to death in the night.",
    "Thirteen others sustained injuries in the blast.",
]


def _every_word(nlp: Language, text: str) -> list[tuple[int, str, int]]:
    found = []
    for sent in nlp(text).sents:
        for tok in sent:
            cas = casualty(tok, vocab())
            if cas is not None and not tally_count(tok, vocab()):
                found.append((tok.i, cas[0], cas[1]))
    return found


@pytest.mark.parametrize("text", SENTENCES)
def test_the_counts_are_those_of_asking_every_word(nlp: Language, text: str) -> None:
    found = [(tok.i, kind, n) for sent in nlp(text).sents for tok, kind, n in find_casualties(sent, vocab())]
    assert found  # each sentence tells a count
    assert found == _every_word(nlp, text)


def test_an_unlisted_verb_with_a_phrase_of_how_counts(nlp: Language) -> None:
    doc = nlp("Militants hacked three villagers to death in the night.")
    found = [(tok.lower_, kind, n) for sent in doc.sents for tok, kind, n in find_casualties(sent, vocab())]
    assert found == [("hacked", "killed", 3)]


def test_a_noun_of_death_or_injury_counts_its_of_phrase(nlp: Language) -> None:
    assert tolls_on_2021_06_01(
        nlp, "Militants attacked Peshmerga in Kifri on Monday, resulting in the killing of three Peshmerga "
             "fighters and the injury of five others.") == [(3, 5)]
    assert tolls_on_2021_06_01(
        nlp, "On Monday militants attacked the Niassa Special Reserve in Mozambique, resulting in the death "
             "of two employees.") == [(2, None)]


def test_a_death_of_someone_uncounted_gives_no_toll(nlp: Language) -> None:
    assert tolls_on_2021_06_01(
        nlp, "Militants attacked a checkpoint in Kifri on Monday, a week after the death of Abu Ibrahim "
             "al-Qurashi.") == [(None, None)]


def test_nearly_n_is_no_lower_bound(nlp: Language) -> None:
    # "nearly N" is left null by the conventions: the firmer count of the next sentence stands
    assert tolls_on_2021_06_01(
        nlp, "Nearly 100 people were killed on Thursday night when a suicide bomber blew himself up inside "
             "a shrine in Sehwan.\n\nIn the attack, 72 people were killed and 250 injured.") == [(72, 250)]
    assert tolls_on_2021_06_01(nlp, "A bomb exploded in Kerman on Wednesday, killing almost 90 people.") == [(None,
                                                                                                              None)]


def test_at_least_n_is_still_n(nlp: Language) -> None:
    assert tolls_on_2021_06_01(nlp, "A bomb exploded in Kerman on Wednesday, killing at least 90 people.") == [(90,
                                                                                                                None)]


def test_a_toll_as_it_now_stands_beats_the_first_report(nlp: Language) -> None:
    assert tolls_on_2021_06_01(
        nlp, "A bomb exploded in Mastung on Friday, killing 80 people.\n\nThe death toll has risen to more "
             "than 120 people, with dozens more wounded.") == [(120, None)]
    assert tolls_on_2021_06_01(
        nlp, "A bomb exploded at a shrine in Jhal Magsi on Thursday, killing 20 people.\n\nOne of them "
             "succumbed to his injuries on Friday, pushing the death toll to 21.") == [(21, None)]


def test_a_toll_that_may_fall_short_does_not_replace_the_first(nlp: Language) -> None:
    assert tolls_on_2021_06_01(
        nlp, "A bomb exploded in Mastung on Friday, killing 80 people.\n\nThe death toll has risen to "
             "nearly 120.") == [(80, None)]


def test_attackers_listed_beside_the_victims_are_left_out(nlp: Language) -> None:
    assert tolls_on_2021_06_01(
        nlp, "Three Nigerien soldiers and 14 militants were also killed on Monday in an attack on an army "
             "post in Agando.") == [(3, None)]


def test_victims_listed_together_are_summed(nlp: Language) -> None:
    assert tolls_on_2021_06_01(
        nlp, "Two soldiers and three civilians were killed in an attack in Diffa on Monday.") == [(5, None)]


def test_one_victim_named_as_the_object_counts_one(nlp: Language) -> None:
    assert tolls_on_2021_06_01(
        nlp, "Militants attacked a roadside Army detachment in Shariff Saydona Mustapha on Saturday, killing "
             "a soldier.") == [(1, None)]


def test_a_commander_a_raid_killed_is_no_toll(nlp: Language) -> None:
    found = events_on_2021_06_01(nlp, "US forces killed a senior ISIS commander in a raid in Syria on Monday.")
    assert [(e.type, e.killed) for e in found] == [("operation", None)]


def test_army_words_for_soldiers_killed_are_deaths(nlp: Language) -> None:
    assert tolls_on_2021_06_01(
        nlp, "Troops repelled an attack on Damboa town on Friday.\n\nSadly during the attack two brave "
             "soldiers paid the supreme price in line of duty.") == [(2, None)]


def test_a_price_paid_by_no_one_counted_is_no_toll(nlp: Language) -> None:
    assert tolls_on_2021_06_01(nlp, "Militants attacked Damboa on Friday and will pay a heavy price, the army "
                                    "said.") == [(None, None)]


def test_victims_the_parser_hung_on_the_verb_are_counted(nlp: Language) -> None:
    # the parser made "workers" a conjunct of "killed", not of "constable"
    assert tolls_on_2021_06_01(
        nlp, "On August 29, 2022, suspected IS-KP terrorists killed a Police constable and two construction "
             "workers in the Mamuzai area of Orakzai District.") == [(3, None)]


def test_wounded_listed_after_the_dead_stay_wounded(nlp: Language) -> None:
    assert tolls_on_2021_06_01(nlp, "Militants attacked a village in Borno on Monday, leaving 15 dead and 40 others "
                                    "wounded.") == [(15, 40)]


def test_sustained_injuries_are_wounded(nlp: Language) -> None:
    assert tolls_on_2021_06_01(
        nlp, "Jihadists attacked a village in western Niger on Friday.\n\nAccording to the ministry, at "
             "least 44 civilians were killed, while 13 others sustained severe injuries.") == [(44, 13)]


def test_a_verb_of_keeping_something_else_is_no_injury(nlp: Language) -> None:
    assert tolls_on_2021_06_01(nlp, "Jihadists attacked a village in western Niger on Friday.\n\nThe army sustained 13 "
                                    "operations in the area.") == [(None, None)]


def test_a_toll_update_sentences_later_belongs_to_the_attack_told_last(nlp: Language) -> None:
    text = ("The Islamic State has claimed responsibility for a suicide bombing in Mastung on Friday.\n\nThe group's "
            "Amaq News Agency said that approximately 80 people had been killed. The bomber was identified as Abu "
            "Bakr.\n\nThe death toll has risen to more than 120 people, according to Pakistani officials.\n\n"
            "Last month, militants attacked a rally in Quetta, killing 10.")
    assert [(e.place, e.killed) for e in events_on_2021_06_01(nlp, text)] == [("Mastung", 120), ("Quetta", 10)]


def test_the_groups_own_fatalities_are_no_toll(nlp: Language) -> None:
    # the group's name before the noun of death says whose dead they are
    assert tolls_on_2021_06_01(
        nlp, "One of the nine Dawlah Islamiya fatalities of the attack on a gymnasium in Marawi on Sunday "
             "is Khadafi Membisa.") == [(None, None)]
    assert tolls_on_2021_06_01(
        nlp, "One of the nine fatalities of the attack on a gymnasium in Marawi on Sunday is Khadafi "
             "Membisa.") == [(9, None)]


def test_one_dead_left_by_an_attack_counts_one(nlp: Language) -> None:
    # the parser hangs "dead" on the number ("leaving one dead"), not on the verb
    assert tolls_on_2021_06_01(
        nlp, "Suspected militants ambushed a group of soldiers Saturday in the southern Philippines, leaving "
             "one dead and three others wounded, officials said Monday.") == [(1, 3)]


def test_the_killing_of_one_person_named_with_a_counts_one(nlp: Language) -> None:
    assert tolls_on_2021_06_01(
        nlp, "Gunmen attacked a clinic in Peshawar on Thursday, which led to the killing of a well-known "
             "Sikh hakim.") == [(1, None)]


def test_the_death_of_a_commander_is_no_toll(nlp: Language) -> None:
    assert tolls_on_2021_06_01(nlp, "Gunmen attacked a base in Kabul on Monday, which resulted in the death of a "
                                    "commander.") == [(None, None)]


def test_another_is_one_more_victim(nlp: Language) -> None:
    assert tolls_on_2021_06_01(
        nlp, "Four soldiers were killed while another was wounded in an ambush on Friday in Lininding "
             "village, Munai.") == [(4, 1)]


def test_one_member_of_a_body_told_by_common_nouns_counts_one(nlp: Language) -> None:
    assert tolls_on_2021_06_01(
        nlp, "ISIS carried out a suicide bombing in Mayadin on Friday, killing a member of the state "
             "security forces.") == [(1, None)]


def test_one_member_of_the_group_a_raid_killed_is_no_toll(nlp: Language) -> None:
    found = events_on_2021_06_01(nlp, "Troops killed a member of the terrorist group in a raid in Borno on Monday.")
    assert [(e.type, e.killed) for e in found] == [("operation", None)]


def placed_tolls_on_2021_06_01(nlp: Language, text: str) -> list[tuple[str | None, int | None, int | None]]:
    return [(e.place, e.killed, e.wounded) for e in events_on_2021_06_01(nlp, text) if e.type == "attack"]


def test_a_count_told_apart_goes_to_the_attack_told_last_before_it(nlp: Language) -> None:
    # two attacks in the article: the count two sentences after the second is the second's
    found = placed_tolls_on_2021_06_01(
        nlp, "ISWAP fighters attacked a military base in Konduga on Friday. The army said the base was "
             "held. Gunmen attacked a village in Mafa on Saturday. The villagers fled into the bush. "
             "Over 40 people have been confirmed dead.")
    assert [(p, k) for p, k, _w in found] == [("Konduga", None), ("Mafa", 40)]
    # told before any attack, a count is no one's
    found = placed_tolls_on_2021_06_01(
        nlp, "Over 40 people have been confirmed dead, the governor said. The villagers fled into the "
             "bush. ISWAP fighters attacked a military base in Konduga on Friday. The army said the base "
             "was held. Gunmen attacked a village in Mafa on Saturday.")
    assert [k for _p, k, _w in found] == [None, None]
    # a sentence dated to another month tells of other attacks
    found = placed_tolls_on_2021_06_01(
        nlp, "ISWAP fighters attacked a military base in Konduga on May 28. The army said the base was "
             "held. Gunmen attacked a village in Mafa on May 29. The villagers fled into the bush. In "
             "March, 13 villagers were killed.")
    assert [k for _p, k, _w in found] == [None, None]


def test_a_subject_the_parser_hangs_on_the_auxiliary(nlp: Language) -> None:
    assert placed_tolls_on_2021_06_01(
        nlp, "ISWAP fighters attacked a military base in Konduga on Friday. After half an hour of "
             "clashes, eight villagers were killed and three others were severely wounded.") == [
        ("Konduga", 8, 3)]


def test_a_relative_pronoun_counts_the_noun_it_stands_for(nlp: Language) -> None:
    assert placed_tolls_on_2021_06_01(
        nlp, "Gunmen attacked a militia post in Banibangou on Friday. There were 25 young fighters who lost "
             "their lives and three others who were wounded.") == [("Banibangou", 25, 3)]
    # the attackers killed are set apart as before
    assert placed_tolls_on_2021_06_01(
        nlp, "Gunmen attacked a militia post in Banibangou on Friday. The militants who were killed were "
             "buried.") == [("Banibangou", None, None)]


def test_martyred_dead_and_a_noun_of_killing(nlp: Language) -> None:
    assert placed_tolls_on_2021_06_01(
        nlp, "IS militants attacked the village of Hawija on Monday. Eight villagers were martyred.") == [
        ("Hawija", 8, None)]
    assert placed_tolls_on_2021_06_01(
        nlp, "Gunmen were behind the assassination of a local official in Peshawar on Monday.") == [
        ("Peshawar", 1, None)]
    # an attack noun with no count of its own keeps none
    assert placed_tolls_on_2021_06_01(nlp,
                                      "Gunmen were behind the attack on a local official in Peshawar on Monday.") == [
        ("Peshawar", None, None)]


def test_one_victim_with_a_possessive_or_two_names_for_one(nlp: Language) -> None:
    assert placed_tolls_on_2021_06_01(
        nlp, "Gunmen killed a police officer and wounded his young son in Peshawar on Monday.") == [
        ("Peshawar", 1, 1)]
    assert placed_tolls_on_2021_06_01(nlp,
                                      "Gunmen killed a Sikh hakim or medicine practitioner in Peshawar on Monday.") == [
        ("Peshawar", 1, None)]
    # two people listed with "and" are not read as one victim
    assert placed_tolls_on_2021_06_01(
        nlp, "Gunmen killed a Sikh hakim and a shopkeeper in Peshawar on Monday.") != [("Peshawar", 1, None)]


def test_the_hurt_told_by_their_care_in_hospital(nlp: Language) -> None:
    assert placed_tolls_on_2021_06_01(
        nlp, "A suicide bomber struck a mosque in Peshawar on Friday, killing 31 people. Officials said 169 "
             "people were transferred to hospital.") == [("Peshawar", 31, 169)]
    # the dead taken there are no wounded
    assert placed_tolls_on_2021_06_01(
        nlp, "A suicide bomber struck a mosque in Peshawar on Friday, killing 31 people. Officials said 12 "
             "bodies were taken to hospital.") == [("Peshawar", 31, None)]


def test_a_count_told_with_a_list_of_towns_goes_to_the_first(nlp: Language) -> None:
    found = placed_tolls_on_2021_06_01(
        nlp, "ISWAP fighters attacked military bases in Konduga and Marte on Friday, killing 40 soldiers.")
    assert sorted(found, key=lambda f: f[0] or "") == [("Konduga", 40, None), ("Marte", None, None)]


# Casualty counts of attacks: a count told in a clause set at another, past time ("where 12 soldiers were killed
# earlier this month", "since car bombers killed more than 30 soldiers") is another event's toll, not the trigger's.

def test_a_count_in_a_clause_set_at_a_past_period_is_another_events(nlp: Language) -> None:
    # the place's relative clause tells what happened there earlier; the trigger's own count follows
    found = tolls_on_2024_12_14(
        nlp, "Officials say militants have attacked the same army checkpoint in Sinai where 12 soldiers "
             "were killed earlier this month, this time leaving one soldier dead.")
    assert found == [(1, None)]
    found = tolls_on_2024_12_14(
        nlp, "Militants attacked the village of Tillia on Monday. It is the village where 30 people were "
             "killed two weeks ago.")
    assert found == [(None, None)]


def test_a_count_since_another_time_is_another_events(nlp: Language) -> None:
    found = tolls_on_2024_12_14(
        nlp, "It was the deadliest attack in Sinai since suicide car bombers killed more than 30 soldiers "
             "at a military base in El-Arish in January.")
    assert found == [(None, None)]


def test_a_clause_of_the_events_own_time_keeps_its_count(nlp: Language) -> None:
    # a day, even "last night", may be the event's own: the count stands
    found = tolls_on_2024_12_14(nlp,
                                "Militants attacked the village of Tillia, where 12 people were killed last night.")
    assert found == [(12, None)]
    found = tolls_on_2024_12_14(nlp, "Militants attacked the village of Tillia on Monday, where 12 people were killed.")
    assert found == [(12, None)]
    # a clause on the killers tells the event itself, even set at last week
    found = tolls_on_2024_12_14(
        nlp, "The militants who killed four Christians last week in an attack on the village of Tillia are "
             "still at large, police said.")
    assert found == [(4, None)]
    # a "since" clause telling the trigger keeps its count
    found = tolls_on_2024_12_14(
        nlp, "Security has been beefed up since gunmen killed 20 hostages in an attack on a restaurant in "
             "Dhaka on 1 July.")
    assert found == [(20, None)]
    # a trigger inside the past clause keeps its own count: the background event is told with its toll
    found = tolls_on_2024_12_14(
        nlp, "Militants attacked the village of Tillia on Monday. Last year, gunmen attacked a church in "
             "Niamey, killing 30 people.")
    assert (None, None) in found and (30, None) in found


def test_a_ledes_count_belongs_to_the_event_the_next_sentence_tells_again(nlp: Language) -> None:
    # the lede's words make no event; the next sentence tells it with "the", before a background bombing
    text = ("At least 31 people were killed in south-western Pakistan on Friday when a suicide bomber targeted a "
            "procession, police said. The bombing targeted people gathering outside a mosque in the town of "
            "Mastung. A politician survived a bombing on his car in Quetta earlier this month.")
    assert sorted(tolls_on_2024_12_14(nlp, text), key=str) == [(31, None), (None, None)]
    # an event told later, or told without "the", is not the lede's: here the lede's "a suicide bomber targeted a
    # procession" is an attack of its own (thirty-first session, [types.attack] aim_verbs) and keeps its count; the
    # bombing in Quetta earlier this month takes none
    text = ("At least 31 people were killed in south-western Pakistan on Friday when a suicide bomber targeted a "
            "procession, police said. Officials called for calm. A bombing targeted people gathering outside a "
            "mosque in the town of Mastung. A politician survived a bombing on his car in Quetta earlier this month.")
    found = [(e.place, e.killed) for e in events_on_2024_12_14(nlp, text) if e.type == "attack"]
    assert ("Quetta", None) in found and (None, 31) not in found


def test_a_group_member_beheaded_is_a_victim(nlp: Language) -> None:
    # a beheading is never a raid's target: one fighter or member so killed is the attack's toll
    assert placed_tolls_on_2021_06_01(
        nlp, "ISIS said that the group captured and beheaded a Taliban fighter in Jalalabad on Monday.") == [
        ("Jalalabad", 1, None)]
    assert placed_tolls_on_2021_06_01(
        nlp, "The attack on Mocimboa da Praia on Sunday resulted in the decapitation of an FDS member.") == [
        ("Mocimboa da Praia", 1, None)]
    # a member killed otherwise stays out of the count, as before
    assert placed_tolls_on_2021_06_01(
        nlp, "Islamic State militants attacked a checkpoint in Jalalabad on Monday and killed a Taliban "
             "fighter.") == [("Jalalabad", None, None)]


def test_a_name_told_as_a_persons_by_the_noun_beside_it(nlp: Language) -> None:
    assert [k for _p, k, _w in placed_tolls_on_2021_06_01(
        nlp, "Militants of Jund al-Khilafa kidnapped and beheaded Herve Gourdel, French "
             "tourist, in Tizi Ouzou on Monday.")] == [1]
    # a name with no person's noun beside it gives no count (the tagger does not take it for a person's)
    assert [k for _p, k, _w in placed_tolls_on_2021_06_01(
        nlp, "Militants of Jund al-Khilafa kidnapped and beheaded Herve Gourdel in Tizi "
             "Ouzou on Monday.")] == [None]


def test_a_count_the_parser_hangs_on_a_dateline(nlp: Language) -> None:
    # "Erbil (Iraq):" taken for the subject, the counted people for its apposition
    assert [k for _p, k, _w in placed_tolls_on_2021_06_01(
        nlp, "Erbil (Iraq): At least 12 people, including a member of a Kurdish force, "
             "were killed in an attack by Islamic State terrorists in a village in "
             "northern Iraq.")] == [12]


def test_a_number_word_opening_the_sentence(nlp: Language) -> None:
    # "Thirteen" parsed as a name modifying "people"
    found = placed_tolls_on_2021_06_01(
        nlp, "Gunmen attacked a mosque in Fambita on Friday.\n\nThirteen other people were injured in the "
             "attack carried out in the middle of the Muslim holy month of Ramadan, four of them seriously, "
             "the statement read out on state television added.")
    assert [w for _p, _k, w in found] == [13]


def test_the_latest_attack_is_the_articles_own(nlp: Language) -> None:
    # told after a background attack, "the latest attack" names the one the lede told
    found = placed_tolls_on_2021_06_01(
        nlp, "Six soldiers were killed in an ambush by ISWAP militants near Diffa on Wednesday. It comes two "
             "weeks after an ISWAP assault on a military convoy in the same area that left one soldier dead. "
             "In the latest attack, three other soldiers were wounded.")
    assert [(k, w) for _p, k, w in found] == [(6, 3), (1, None)]
    # a plain "the attack" still names the one told just before
    found = placed_tolls_on_2021_06_01(
        nlp, "Six soldiers were killed in an ambush by ISWAP militants near Diffa on Wednesday. It comes two "
             "weeks after an ISWAP assault on a military convoy in the same area that left one soldier dead. "
             "In the attack, three other soldiers were wounded.")
    assert [(k, w) for _p, k, w in found] == [(6, None), (1, 3)]
    # "the latest twin attacks" may be others than the lede's one: the one told just before, as before
    found = placed_tolls_on_2021_06_01(
        nlp, "Six soldiers were killed in an ambush by ISWAP militants near Diffa on Wednesday. It comes two "
             "weeks after an ISWAP assault on a military convoy in the same area that left one soldier dead. "
             "In the latest twin attacks, three other soldiers were wounded.")
    assert [(k, w) for _p, k, w in found] == [(6, None), (1, 3)]


def tolls_on_2017_05_25(nlp: Language, text: str) -> list[tuple[int | None, int | None]]:
    return [(e.killed, e.wounded) for e in events_on_2017_05_25(nlp, text) if e.type == "attack"]


def test_attackers_named_by_a_modifier_are_not_the_toll(nlp: Language) -> None:
    # "armed men" are attackers only with "armed": the split toll keeps the soldiers
    found = tolls_on_2017_05_25(
        nlp, "The army announced on Tuesday the death of two soldiers and 18 armed men after an armed attack "
             "on a military checkpoint in North Sinai.")
    assert found == [(2, None)]
    # men with no such modifier are victims
    found = tolls_on_2017_05_25(
        nlp, "The army announced on Tuesday the death of two soldiers and 18 men after an armed attack on a "
             "checkpoint in North Sinai.")
    assert found == [(20, None)]


def test_a_result_verb_splits_its_object_too(nlp: Language) -> None:
    # "left four attackers and four civilians dead": the attackers are counted apart
    found = tolls_on_2017_05_25(
        nlp, "A gun and suicide attack in Jakarta on Monday left four attackers and four civilians dead.")
    assert found == [(4, None)]
    found = tolls_on_2017_05_25(nlp, "A bomb attack in Jakarta on Monday left four policemen and four civilians dead.")
    assert found == [(8, None)]


def test_one_dead_and_others_injured_are_counted_apart(nlp: Language) -> None:
    # the parser hangs "dead" on "policeman" and makes the whole list the subject of "injured"
    found = tolls_on_2017_05_25(
        nlp, "A suicide bomb attack rocked a bus terminal in Jakarta on Monday, leaving at least one "
             "policeman dead and five others injured.")
    assert found == [(1, 5)]
    found = tolls_on_2017_05_25(nlp,
                                "A bomb attack in the market of Jakarta on Monday left 15 dead and 40 others wounded.")
    assert found == [(15, 40)]


def test_one_person_shot_dead_is_a_count_of_one(nlp: Language) -> None:
    found = tolls_on_2017_05_25(nlp, "A shop owner was shot dead by gunmen in Bosaso on Monday night.")
    assert found == [(1, None)]
    # a plural with no number gives none
    found = tolls_on_2017_05_25(nlp, "Shop owners were shot dead by gunmen in Bosaso on Monday night.")
    assert found == [(None, None)]


def test_whom_a_force_kills_is_not_the_attacks_toll(nlp: Language) -> None:
    # the army's kill while responding to an attack counts the attackers
    found = tolls_on_2017_05_25(
        nlp, "The army killed three fighters and captured one when responding to an attack in the town "
             "of Lume on Monday, a spokesman said.")
    assert found == [(None, None)]
    # the attackers' own kill is the toll
    found = tolls_on_2017_05_25(
        nlp, "Gunmen killed three farmers in an attack in the town of Lume on Monday, a spokesman said.")
    assert found == [(3, None)]


def test_a_result_verb_with_one_person(nlp: Language) -> None:
    found = tolls_on_2017_05_25(
        nlp, "Gunmen attacked a police checkpoint at Ashulia near Dhaka on Monday, which left a police "
             "constable dead.")
    assert found == [(1, None)]
    # "a number of people" is no count
    found = tolls_on_2017_05_25(
        nlp, "Gunmen attacked a police checkpoint at Ashulia near Dhaka on Monday, which left a number of "
             "people dead.")
    assert found == [(None, None)]


def test_slaughter_and_massacre_are_killings(nlp: Language) -> None:
    assert [k for _p, k, _w in placed_tolls_on_2021_06_01(
        nlp, "ISWAP fighters stormed a village in Borno on Saturday and slaughtered six "
             "farmers.")] == [6]
    assert [k for _p, k, _w in placed_tolls_on_2021_06_01(
        nlp, "Gunmen massacred 20 villagers in an attack in Tillia on Monday.")] == [20]


def test_a_count_in_the_groups_statement_is_its_claim(nlp: Language) -> None:
    # "issued a statement claiming that ...": the official count told after it is the toll
    found = placed_tolls_on_2021_06_01(
        nlp, "ISIS claimed the suicide attack on tribal elders in Jalalabad on Monday. The group issued a "
             "statement claiming that the attack left at least 15 people dead. However, officials said at "
             "least 4 people were killed in the attack.")
    assert [k for _p, k, _w in found] == [4]
    # "according to" the group: likewise
    found = placed_tolls_on_2021_06_01(
        nlp, "ISWAP fighters attacked troops at a military base in Askira on Friday. According to the group, "
             "13 soldiers were killed in the attack. The army said four soldiers were killed.")
    assert [k for _p, k, _w in found] == [4]
    # according to anyone else, the count stands
    found = placed_tolls_on_2021_06_01(
        nlp, "Islamic State militants attacked a military base in Askira on Friday. According to the rights "
             "group, 13 soldiers were killed in the attack.")
    assert [k for _p, k, _w in found] == [13]


def test_wounded_told_with_a_verb_the_parser_took_for_a_modifier(nlp: Language) -> None:
    # "9 others have sustained injuries": the parser made "sustained" a modifier of "injuries"
    found = placed_tolls_on_2021_06_01(
        nlp, "The provincial office reported that 11 workers lost their lives in the attack in Jalalabad on "
             "Monday and 9 others have sustained injuries.")
    assert [w for _p, _k, w in found] == [9]
    # injuries no one is counted as having sustained give no count
    found = placed_tolls_on_2021_06_01(
        nlp, "Gunmen attacked a checkpoint in Jalalabad on Monday and killed four soldiers, the police said, "
             "adding that the sustained injuries were severe.")
    assert [w for _p, _k, w in found] == [None]


def test_a_link_line_to_another_story_takes_no_later_count(nlp: Language) -> None:
    # a headline of another story with a toll, printed between the paragraphs, does not take the story's attack
    # and its count
    text = ("Gunmen attacked a mosque in Fambita, Niger, on Friday, killing 44 worshippers.\n"
            "The attack occurred during Friday prayers, the ministry said.\n"
            "At least 10 soldiers are killed in an ambush, the army says\n"
            "The gunmen carried out their massacre with exceptional brutality, the statement said.\n"
            "According to the ministry, 13 others sustained severe injuries.\n")
    assert [(k, w) for _p, k, w in placed_tolls_on_2021_06_01(nlp, text)] == [(44, 13)]
    # a line that ends its sentence is the story's own
    text = ("Gunmen attacked a mosque in Fambita, Niger, on Friday, killing 44 worshippers.\n"
            "The attack occurred during Friday prayers, the ministry said.\n"
            "At least 10 soldiers were killed in an ambush near Tillia, the army said.\n")
    assert sorted(k or 0 for _p, k, _w in placed_tolls_on_2021_06_01(nlp, text)) == [10, 44]


# Casualty counts of attacks: one victim told with "the" ("killed the provincial police chief") or an untyped name
# beheaded is a count of one; a count of one told with "the" tells no two mentions apart and gives way to a count.

def test_one_person_told_with_the_is_a_count_of_one(nlp: Language) -> None:
    found = tolls_on_2024_12_14(nlp,
                                "A suicide bombing in Kabul on Wednesday killed the Taliban minister for refugees.")
    assert found == [(1, None)]
    found = tolls_on_2024_12_14(
        nlp, "Islamic State militants attacked a checkpoint in Kirkuk on Monday, wounding the district "
             "police chief.")
    assert found == [(None, 1)]
    # a noun's possessive tells one person too
    found = tolls_on_2024_12_14(nlp, "Gunmen attacked the village of Ngite on Monday, killing the village's chief.")
    assert found == [(1, None)]


def test_a_definite_noun_of_many_or_of_attackers_is_no_count(nlp: Language) -> None:
    # "the rest", "the family" stand for several people
    found = tolls_on_2024_12_14(nlp,
                                "Gunmen attacked a bus near Mandera on Monday and killed the rest of the passengers.")
    assert found == [(None, None)]
    found = tolls_on_2024_12_14(nlp, "Militants attacked a farm near Beni on Monday and killed the family.")
    assert found == [(None, None)]
    # the attacker's own death is no victim's
    found = tolls_on_2024_12_14(nlp,
                                "A gunman attacked a church in Istanbul on Sunday. The attacker was killed by police.")
    assert found == [(None, None)]


def test_an_untyped_name_beheaded_is_one_victim(nlp: Language) -> None:
    found = tolls_on_2024_12_14(
        nlp, "Abu Sayyaf militants attacked a fishing village in Patikul on Monday. Besconde was beheaded "
             "by the group.")
    assert found == [(1, None)]


def test_one_told_with_the_does_not_split_an_attack_counted_elsewhere(nlp: Language) -> None:
    # the count told after or before the one victim named by title is the attack's: one event, that count
    found = tolls_on_2024_12_14(
        nlp, "A suicide bombing in Kabul on Wednesday killed seven people. Police said the bombing killed "
             "the deputy governor.")
    assert found == [(7, None)]
    found = tolls_on_2024_12_14(
        nlp, "A suicide bombing in Kabul on Wednesday killed the deputy governor. Police said the bombing "
             "in Kabul killed seven people.")
    assert found == [(7, None)]


def test_one_told_with_the_alone_anchors_no_event(nlp: Language) -> None:
    # a bare "the attack" with nothing of its own but a victim told by title is no event of its own
    assert tolls_on_2024_12_14(nlp, "The attack killed the driver.") == []


def test_a_count_told_after_one_told_with_the_is_the_toll(nlp: Language) -> None:
    found = tolls_on_2024_12_14(
        nlp, "Militants attacked Diffa on Monday, killing the village chief. Two people were killed in the "
             "attack, police said.")
    assert found == [(2, None)]


def test_one_told_with_the_in_a_strike_is_its_target(nlp: Language) -> None:
    # a leader a strike or raid killed is what it was for: no toll (the conventions)
    found = [(e.type, e.killed) for e in events_on_2024_12_14(
        nlp, "The head of the Islamic State in Afghanistan was killed in a "
             "U.S. airstrike in Achin on Monday, the Pentagon said.")]
    assert found == [("strike", None)]


def test_one_person_told_by_people_or_faith_is_a_count_of_one(nlp: Language) -> None:
    found = tolls_on_2024_12_14(
        nlp, "Islamic State claimed an attack on the village of Nkiora in Cabo Delgado on Monday, in which "
             "a Christian was killed.")
    assert found == [(1, None)]
    found = tolls_on_2024_12_14(nlp,
                                "On Monday the Islamists attacked the village of Nkiora and killed another Christian.")
    assert found == [(1, None)]


# Casualty counts of attacks: the attackers' dead told after the attack, and a share of the attackers listed beside
# the victims, are no part of its toll.

def test_the_attackers_dead_told_after_the_attack_are_not_its_toll(nlp: Language) -> None:
    # a sentence after the attack counting only the attackers' dead gives it no toll
    found = tolls_on_2024_12_14(
        nlp, "Islamic State fighters attacked an army base in Sirte on Monday. Bodies of ten Islamic State "
             "fighters were found in a school building.")
    assert found == [(None, None)]
    found = tolls_on_2024_12_14(
        nlp, "Insurgents attacked an army base in Mayanti on Saturday. After the engagement, five terrorist "
             "bodies were recovered.")
    assert found == [(None, None)]
    # the victims' dead told the same way are its toll
    found = tolls_on_2024_12_14(
        nlp, "Islamic State fighters attacked an army base in Sirte on Monday. Bodies of ten soldiers were "
             "found in a school building.")
    assert found == [(10, None)]


def test_a_share_of_the_attackers_is_counted_apart(nlp: Language) -> None:
    # "two of the attackers" are attackers
    found = tolls_on_2024_12_14(
        nlp, "Three gunmen stormed a hotel in Bosaso on Monday. Four guards and two of the attackers died in "
             "the fighting.")
    assert found == [(4, None)]


# Casualty counts of attacks: one count told of the dead and the wounded together counts neither ("26 soldiers were
# killed or injured"); "a total of N" counts its "of" phrase; a noun of killing listed after another noun shares its
# "of" phrase; a count left out after a listed modifier adds up ("four American and four Nigerien soldiers") (casualty
# helper).

def test_a_count_of_the_killed_or_wounded_together_is_neither(nlp: Language) -> None:
    # the subject, the object or the "of" phrase is shared by a word of death and one of wounds
    assert tolls_on_2024_12_14(
        nlp, "The military said that a total of 26 soldiers were killed or injured in the attack on the "
             "base.") == [(None, None)]
    assert tolls_on_2024_12_14(nlp, "Gunmen attacked a market in Mosul, killing or wounding 12 people.") == [(None,
                                                                                                              None)]
    assert tolls_on_2024_12_14(
        nlp, "Militants attacked soldiers on patrol in Borno state on Monday, killing and wounding more "
             "than 30 soldiers.") == [(None, None)]
    assert tolls_on_2024_12_14(
        nlp, "The Popular Mobilization Forces announced the death and injury of 10 fighters during an "
             "attack by ISIS on northern Diyala.") == [(None, None)]
    assert tolls_on_2024_12_14(nlp, "The attack on the checkpoint left 20 dead or injured.") == [(None, None)]
    # a headline's two participles on one counted noun
    assert tolls_on_2024_12_14(nlp, "10 PMF's elements killed, injured by ISIS attack") == [(None, None)]


def test_each_kind_with_its_own_people_keeps_its_count(nlp: Language) -> None:
    assert tolls_on_2024_12_14(
        nlp, "At least 23 Egyptian soldiers have been killed and 26 wounded in an attack by jihadist "
             "militants in the northern Sinai peninsula.") == [(23, 26)]
    assert tolls_on_2024_12_14(nlp, "Gunmen attacked a church in Kano, killing 10 and injuring 20.") == [(10, 20)]
    assert tolls_on_2024_12_14(nlp, "The attack on the checkpoint left 20 dead and 30 injured.") == [(20, 30)]
    assert tolls_on_2024_12_14(nlp, "ISIS attacked a village in Diyala. 10 people killed, 20 injured.") == [(10, 20)]
    # the subject hung on the auxiliary is the wounded's own
    assert tolls_on_2024_12_14(
        nlp, "Militants attacked the village of Tal Sarha in Diyala. After half an hour of clashes, eight "
             "villagers were martyred and three others were severely wounded.") == [(8, 3)]
    # the subject of the verb the parser made a modifier of "injuries" is the wounded's own
    assert tolls_on_2024_12_14(
        nlp, "Gunmen attacked a construction firm in Jalalabad. The media office of Nangarhar had earlier "
             "reported that 11 workers of EBE Construction Firm lost their lives in the attack and 9 "
             "others have sustained injuries.") == [(11, 9)]
    # an active verb's subject is the killers, never the people a second verb shares
    found = tolls_on_2024_12_14(
        nlp, "Two suicide bombers attacked the church in Quetta. The attackers killed 9 people and injured "
             "50.They planned to blow up the explosives.")
    assert found and found[0][0] == 9


def test_a_total_counts_its_of_phrase(nlp: Language) -> None:
    assert tolls_on_2024_12_14(nlp, "Jihadists attacked vehicles in Uyyeh, killing a total of 66 people.") == [(66,
                                                                                                                None)]
    # a number of people is no one person
    assert tolls_on_2024_12_14(nlp, "Militants attacked a base in Palma, killing a number of soldiers.") == [(None,
                                                                                                              None)]


def test_a_noun_of_killing_listed_after_another_shares_its_of_phrase(nlp: Language) -> None:
    found = tolls_on_2024_12_14(
        nlp, "Dawlah Islamiya gunmen were behind the abduction and execution of three livestock dealers in "
             "Shariff Saydona Mustapha on Monday.")
    assert found == [(3, None)]


def test_a_count_left_out_after_a_listed_modifier_adds_up(nlp: Language) -> None:
    assert tolls_on_2024_12_14(
        nlp, "Militants ambushed a patrol near Tongo Tongo, killing four American and four Nigerien "
             "soldiers.") == [(8, None)]
    assert tolls_on_2024_12_14(
        nlp, "The ambush in Tongo Tongo cost the lives of four American and four Nigerian soldiers.") == [
        (8, None)
    ]
    assert tolls_on_2024_12_14(
        nlp, "Militants ambushed a patrol near Tongo Tongo, killing four American soldiers.") == [(4, None)]


def test_a_participle_of_death_on_the_first_listed_keeps_it_apart(nlp: Language) -> None:
    # the parser lists "eight" with "people" as the subject of "wounded"; "stabbed to death" is the people's own
    assert tolls_on_2024_12_14(nlp, "The Solingen attack saw three people stabbed to death and a further eight were "
                                    "wounded.") == [(3, 8)]


def test_the_toll_as_it_now_stands_beats_a_first_count(nlp: Language) -> None:
    # higher or lower: the count the text settles on
    assert tolls_on_2024_12_14(
        nlp, "Militants attacked an army checkpoint in Tarmiyah on Monday. According to a security source, "
             "the attack left one individual out of the eight wounded dead, bringing the death toll to "
             "six.") == [(6, None)]
    assert tolls_on_2024_12_14(
        nlp, "A bomb killed 80 people at a market in Kabul on Monday. The death toll has risen to "
             "120.") == [(120, None)]


# Casualty counts of attacks: a count of other people told with "also" adds to the attack's toll ("eight soldiers... A
# civilian was also killed" = 9: the conventions sum split tolls), but not to a count of everyone, nor a named
# person's, nor the attackers' own dead (casualty helper).

def test_other_people_told_with_also_add_to_the_toll(nlp: Language) -> None:
    # in the sentence after the attack's, in a later sentence naming no event, and in one naming the attack again
    assert tolls_on_2024_12_14(
        nlp, "Militants attacked a military base in Damaturu on Tuesday. The incident led to the death of "
             "eight soldiers. A civilian was also killed, while five persons sustained injuries.") == [(9, 5)]
    assert tolls_on_2024_12_14(
        nlp, "Gunmen attacked a military outpost in Toumour on Monday. Four soldiers were killed and eight "
             "others were injured. The source added that a single civilian was also killed in the clashes "
             "in the village.") == [(5, 8)]
    assert tolls_on_2024_12_14(
        nlp, "Gunmen attacked a village in Borno on Monday, killing 12 soldiers. Three civilians were also "
             "killed in the attack.") == [(15, None)]
    assert tolls_on_2024_12_14(
        nlp, "Gunmen attacked an army position in Kirkuk on Saturday. Three soldiers were killed. Two "
             "civilians also died.") == [(5, None)]
    # told in a fight that is the troops' side of the attack
    assert tolls_on_2024_12_14(
        nlp, "Gunmen stormed a bakery in Dhaka on Friday. When police tried to regain control of the "
             "bakery, two police officers were shot dead. Twenty-two civilians were also killed in the "
             "clash, most of whom were foreign nationals.") == [(24, None)]


def test_also_adds_nothing_to_everyone_the_same_people_a_name_or_the_attackers(nlp: Language) -> None:
    # "people" counts everyone: the soldier and the others told after are among them
    assert tolls_on_2024_12_14(
        nlp, "At least 20 people were killed and 48 wounded Friday by a suicide blast at a market in Quetta. "
             "One paramilitary soldier and seven other people were also killed in the bombing, he "
             "said.") == [(20, 48)]
    # the same people: a first count of the wounded, not more of the dead
    assert tolls_on_2024_12_14(
        nlp, "Gunmen attacked an army position in Kirkuk on Saturday, killing three soldiers. Two soldiers "
             "were also wounded.") == [(3, 2)]
    # a named person is most often one of those counted
    assert tolls_on_2024_12_14(
        nlp, "Three soldiers and a civilian on board a hired motorcycle were killed in an ambush by "
             "suspected Dawla Islamiyah fighters in Lanao del Norte on Thursday morning, police said. Camilo "
             "Andog, the driver of the hired motorcycle, was also killed.") == [(4, None)]
    # the attackers' dead are no toll of the attack
    assert tolls_on_2024_12_14(
        nlp, "ISWAP attacked a base in Borno on Monday, killing 12 soldiers. Twenty-four ISWAP terrorists "
             "were also killed in the attack.") == [(12, None)]
    assert tolls_on_2024_12_14(
        nlp, "At least eight Egyptian police officers have been killed in a militant attack on a checkpoint "
             "in El-Arish on Monday. Five militants were also killed in the ensuing exchange of fire, the "
             "interior ministry said.") == [(8, None)]


def test_a_second_killing_of_one_clause_adds_its_own_people(nlp: Language) -> None:
    # two verbs of killing coordinated in one clause, each with an object of its own: a split toll, summed
    assert tolls_on_2024_12_14(
        nlp, "ISIS terrorists attacked a barracks in Baqouba on Monday and killed a guard and shot dead 11 "
             "soldiers.") == [(12, None)]
    assert tolls_on_2024_12_14(
        nlp, "Gunmen attacked the village of Ngite on Monday. They killed two soldiers and shot dead three "
             "civilians.") == [(5, None)]
    # a killing and a wounding keep their own kinds; a killing and an abduction add nothing
    assert tolls_on_2024_12_14(
        nlp, "Gunmen attacked the village of Ngite on Monday. They killed two soldiers and wounded three "
             "civilians.") == [(2, 3)]
    assert tolls_on_2024_12_14(
        nlp, "Gunmen attacked the village of Ngite on Monday, killing two soldiers and abducting three "
             "civilians.") == [(2, None)]


# Casualty counts of attacks: people admitted or treated with or for wounds are the wounded, as those treated in
# hospital are ("six police officers were admitted with gunshot wounds" = 6 wounded), after train pages.

def test_people_cared_for_with_or_for_wounds_are_the_wounded(nlp: Language) -> None:
    assert tolls_on_2024_12_14(
        nlp, "Gunmen stormed a prison in Khujand on Wednesday. A hospital source said six police officers "
             "were admitted with gunshot wounds.") == [(None, 6)]
    assert tolls_on_2024_12_14(
        nlp, "Gunmen attacked a market in Kabul on Friday, killing three people. Twelve people were "
             "treated for injuries.") == [(3, 12)]


def test_care_without_a_wound_or_a_hospital_is_no_wounding(nlp: Language) -> None:
    # "for questioning" is no wound: the people taken are no casualties
    assert tolls_on_2024_12_14(
        nlp, "Gunmen attacked a market in Kabul on Friday, killing three people. Twelve people were "
             "taken for questioning.") == [(3, None)]


# Casualty counts of a noun of death (events/syntax.py): the nouns joined to a noun that carries its own number are
# other tallies, not more dead.

def kinds(nlp: Language, text: str) -> list[tuple[str, int]]:
    return [(kind, n) for sent in nlp(text).sents for _tok, kind, n in find_casualties(sent, vocab())]


def test_things_joined_to_a_counted_noun_of_death_are_not_more_dead(nlp: Language) -> None:
    assert kinds(nlp, "The attack on Kilonge on Sunday resulted in 13 deaths and 20 abductions.") == [("killed", 13)]
    assert kinds(nlp, "Reports suggested 13 deaths and eight villages destroyed after gunmen attacked Arewa.") == [
        ("killed", 13)]
    # the wounded told beside it are still counted as wounded, and the dead an "of" phrase lists are still summed
    assert kinds(nlp, "The attack on Kilonge on Sunday resulted in 13 deaths and 20 injuries.") == [
        ("killed", 13), ("wounded", 20)]
    assert kinds(nlp, "The attack caused the deaths of two US service members and one civilian in Kabul.") == [
        ("killed", 3)]


# Casualty counts (events/tolls.py): a count told as the first report gives way to the count its sentence sets against
# it.

def test_an_initial_count_gives_way_to_the_confirmed_one(nlp: Language) -> None:
    assert kinds(nlp, "The police said that while initial reports suggested 13 deaths, investigations confirmed 11 "
                       "fatalities and two critically injured victims.") == [("killed", 11), ("wounded", 2)]
    assert kinds(nlp, "Although Makama initially reported 10 casualties, multiple sources confirmed the death toll "
                       "to be no less than 16.") == [("killed", 16)]
    # the toll word itself told as the first one
    assert kinds(nlp, "He noted that the initial death toll of five has been revised to at least 10 deaths and 39 "
                       "injuries.") == [("killed", 10), ("wounded", 39)]
    # ... and the attack's toll
    killed = [e.killed for e in events_on_2025_01_20(
        nlp, "Gunmen attacked six villages in Arewa on Sunday. Initial reports suggested 13 deaths, but "
             "investigations confirmed 11 fatalities.") if e.type == "attack"]
    assert killed == [11]


def test_an_initial_count_told_alone_stands(nlp: Language) -> None:
    # no other count of its kind in the sentence: the first report is the only one there is
    assert kinds(nlp, "Initial reports indicate that fourteen MONUSCO peacekeepers and five FARDC soldiers were "
                       "killed.") == [("killed", 19)]
    # a count joined to the first report is not one itself
    assert kinds(nlp, "Initial reports suggested that five people have been killed in the attack, however on "
                       "Wednesday, the interior ministry raised the toll to eight.") == [("killed", 8)]
