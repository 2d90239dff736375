"""Event linking, forty-sixth session: in an article about one attack, an attack at a place of the same country a
province's reach away or more is another scene, not the main attack read with a stray place (short sentences written
for the tests, after real pages)."""

from __future__ import annotations

from dataclasses import replace

from sitroom.extract.events.link import absorb_into_main
from sitroom.extract.events.records import EventMention
from sitroom.models import Place

PESHAWAR = Place("gn:1", "Peshawar", "PK", 34.01, 71.58, admin1="PK.03", precision="point", feature="city")
QUETTA = Place("gn:2", "Quetta", "PK", 30.19, 67.01, admin1="PK.02", precision="point", feature="city")
NOWSHERA = Place("gn:3", "Nowshera", "PK", 34.02, 71.98, admin1="PK.03", precision="point", feature="city")
ARIANA = Place("gn:4", "Ariana", "TN", 36.86, 10.19, admin1="TN.22", precision="point", feature="city")


def _attack(start: int, place: Place, text: str, country: str = "PK") -> EventMention:
    return EventMention("attack", "attack", start, start + 6, start, start + len(text), text, country=country,
                        place=place)


def _main() -> EventMention:
    lede = "A suicide bomber attacked a mosque in Peshawar."
    main = _attack(0, PESHAWAR, lede)
    main.extra_evidence = [(60, 90, "The attack in Peshawar was claimed by ISIS-K."),
                           (100, 130, "The attack destroyed the main hall.")]
    return main


def test_an_attack_far_off_in_the_same_country_is_another() -> None:
    # "... a suicide bombing in Peshawar", then an attack told at Quetta: two scenes of one country, however told
    other = replace(_attack(200, QUETTA, "The attack shocked residents of Quetta."), definite=True)
    assert len(absorb_into_main([_main(), other], frozenset())) == 2


def test_a_town_near_the_main_scene_is_still_the_main_attack() -> None:
    near = replace(_attack(200, NOWSHERA, "The attack shocked residents of Nowshera."), definite=True)
    assert len(absorb_into_main([_main(), near], frozenset())) == 1


def test_a_stray_place_abroad_is_still_the_main_attack() -> None:
    # "ISIS Claims Manchester Bombing" read at Ariana, Tunisia: a stray reading abroad, absorbed as before
    stray = replace(_attack(200, ARIANA, "Ariana fans fled the attack.", country="TN"), definite=True)
    assert len(absorb_into_main([_main(), stray], frozenset())) == 1


def test_an_attack_told_at_another_town_is_another_raid() -> None:
    # "ISPP took credit for killing a policeman in Nowshera", told with no "the" pointing back at the Peshawar bombing
    raid = _attack(200, NOWSHERA, "Gunmen attacked a checkpoint in Nowshera.")
    assert len(absorb_into_main([_main(), raid], frozenset())) == 2
    # ... told before the main attack's first mention too (the lede's claim, then the story of the bombing)
    main = _main()
    main.start, main.end = 300, 306
    assert len(absorb_into_main([_attack(0, NOWSHERA, "Gunmen attacked a checkpoint in Nowshera."), main],
                                frozenset())) == 2



BALOCHISTAN = Place("p:bal", "Balochistan", "PK", 28.49, 65.10, admin1="PK-BA", precision="province",
                    feature="province")
SINDH_REGION = Place("p:lower", "Lower Sindh", "PK", 25.40, 68.37, precision="province", feature="region")


def test_a_province_beside_the_main_town_needs_a_count_of_its_own() -> None:
    # "an army base in northeastern Borno state", beside the main attack at a town a namesake put far off: the same
    # attack told coarser; "52 people were killed in a blast at a shrine in Balochistan" beside the 60 dead of the
    # main attack: another
    main = _main()
    main.killed = 60
    coarser = replace(_attack(200, BALOCHISTAN, "The assault on an army base in Balochistan."), definite=True)
    assert len(absorb_into_main([main, coarser], frozenset())) == 1
    main = _main()
    main.killed = 60
    assert len(absorb_into_main([main, replace(coarser, killed=52)], frozenset())) == 2


def test_a_region_of_several_provinces_reaches_twice_as_far() -> None:
    # "A series of attacks in Egypt's restive Sinai peninsula ... killed at least four", beside three killed in an
    # attack in one of its towns: the region's centre lies far from its towns, some 200 km here
    region = replace(SINDH_REGION, lat=32.3, lon=71.0)
    main = _main()
    main.killed = 3
    told = replace(_attack(200, region, "The attacks in the region."), definite=True, killed=4)
    assert len(absorb_into_main([main, told], frozenset())) == 1
    # a province as far is another scene, told with its own count
    main = _main()
    main.killed = 3
    province = replace(region, feature="province")
    assert len(absorb_into_main([main, replace(told, place=province)], frozenset())) == 2
