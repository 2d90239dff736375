"""Cross-document entity resolution: conservative merging of persons, KB actors shared by id."""

from __future__ import annotations

from tests.picture.builders import doc, entity, export, place, quote

from sitroom.models import stable_id
from sitroom.picture import build_picture, parse_overrides
from sitroom.picture.entities import normalise_name, resolve_entities

IS_ID = stable_id("armed_group", "Islamic State")


def test_entities_kb_actor_is_one_entity_with_all_surface_forms() -> None:
    obj = export([doc("a"), doc("b")], entities=[
        entity(IS_ID, "Islamic State", "armed_group", [("a", "Daesh"), ("b", "ISIS"), ("b", "ISIS")]),
    ])
    (ent,) = build_picture(obj).entities
    assert ent.id == IS_ID and ent.surface_forms == ["ISIS", "Daesh"] and ent.doc_ids == ["a", "b"]


def test_entities_bare_surname_never_merges_across_documents() -> None:
    sid = stable_id("person", "Haddad")
    obj = export([doc("a"), doc("b")], entities=[entity(sid, "Haddad", "person", [("a", "Haddad"), ("b", "Haddad")])])
    ents = build_picture(obj).entities
    assert len(ents) == 2 and all(len(e.doc_ids) == 1 for e in ents)


def test_entities_bare_surname_joins_the_one_full_name_in_its_document() -> None:
    full, bare = stable_id("person", "Samir Haddad"), stable_id("person", "Haddad")
    obj = export([doc("a"), doc("b")], entities=[
        entity(full, "Samir Haddad", "person", [("a", "Samir Haddad")], doc_id="a"),
        entity(bare, "Haddad", "person", [("a", "Haddad")], doc_id="a"),
        entity(full, "Samir Haddad", "person", [("b", "Samir Haddad")], doc_id="b"),
    ])
    (ent,) = build_picture(obj).entities
    assert ent.id == full and ent.mention_count == 3 and ent.doc_ids == ["a", "b"]


def test_entities_two_people_with_one_surname_stay_apart() -> None:
    a, b = stable_id("person", "Samir Haddad"), stable_id("person", "Layla Haddad")
    bare = stable_id("person", "Haddad")
    obj = export([doc("a"), doc("b")], entities=[
        entity(a, "Samir Haddad", "person", [("a", "Samir Haddad")], doc_id="a"),
        entity(b, "Layla Haddad", "person", [("a", "Layla Haddad")], doc_id="a"),
        entity(bare, "Haddad", "person", [("a", "Haddad")], doc_id="a"),  # ambiguous in its own document
    ])
    ents = build_picture(obj).entities
    assert len(ents) == 3
    assert {e.canonical for e in ents} == {"Samir Haddad", "Layla Haddad", "Haddad"}


def test_entities_full_name_variants_by_case_and_accent_merge() -> None:
    assert normalise_name("José  PÉREZ") == normalise_name("Jose Perez")
    obj = export([doc("a"), doc("b")], entities=[
        entity("p1", "José Pérez", "person", [("a", "José Pérez")], doc_id="a"),
        entity("p2", "Jose Perez", "person", [("b", "Jose Perez")], doc_id="b"),
    ])
    assert len(build_picture(obj).entities) == 1


def test_entities_roles_over_time_come_with_date_and_document() -> None:
    pid = stable_id("person", "Daniel Brooks")
    obj = export([doc("a", published="2021-01-10"), doc("b", published="2022-11-30")], entities=[
        entity(pid, "Daniel Brooks", "person", [("a", "Daniel Brooks")], roles=["deputy envoy"], doc_id="a"),
        entity(pid, "Daniel Brooks", "person", [("b", "Brooks")], doc_id="b"),
    ], quotes=[quote("b", 0, "Daniel Brooks", pid, "We stay focused", "We stay focused, Brooks said.",
                     role="envoy for the coalition", date="2022-11-30")])
    (ent,) = build_picture(obj).entities
    assert [(r.role, r.date, r.doc_id) for r in ent.roles] == [
        ("deputy envoy", "2021-01-10", "a"), ("envoy for the coalition", "2022-11-30", "b")]


def test_entities_resolver_maps_per_document_ids() -> None:
    bare = stable_id("person", "Haddad")
    obj = export([doc("a"), doc("b")], entities=[entity(bare, "Haddad", "person", [("a", "Haddad"), ("b", "Haddad")])])
    res = resolve_entities(obj, parse_overrides({}))
    assert res.resolve("a", bare) != res.resolve("b", bare)
    assert res.resolve("a", "unknown") == "unknown"


# --- real text (issue 9): outlets' spellings, places never persons


def test_entities_outlet_spellings_of_one_body_or_place_are_one_entity() -> None:
    obj = export([doc("a"), doc("b"), doc("c"), doc("d")], entities=[
        entity("c1", "CENTCOM", "organization", [("a", "CENTCOM")], doc_id="a"),
        entity("c2", "U.S. Central Command", "armed_group", [("b", "U.S. Central Command")], doc_id="b"),
        entity("e1", "Erbil", "location", [("c", "Erbil")], doc_id="c"),
        entity("e2", "Irbil", "location", [("d", "Irbil")], doc_id="d"),
    ])
    ents = build_picture(obj).entities
    assert sorted(sorted(e.doc_ids) for e in ents) == [["a", "b"], ["c", "d"]]


def test_entities_person_spellings_merge_other_people_do_not() -> None:
    obj = export([doc("a"), doc("b"), doc("c"), doc("d")], entities=[
        entity("d1", "Idriss Deby", "person", [("a", "Idriss Deby")], doc_id="a"),
        entity("d2", "Idriss Déby Itno", "person", [("b", "Idriss Déby Itno")], doc_id="b"),
        entity("d3", "Mahamat Idriss Déby Itno", "person", [("c", "Mahamat Idriss Déby Itno")], doc_id="c"),
        entity("k1", "Michael “Erik” Kurilla", "person", [("a", "Michael “Erik” Kurilla")], doc_id="a"),
        entity("k2", "Michael E. Kurilla", "person", [("d", "Michael E. Kurilla")], doc_id="d"),
        entity("b1", "Abu Bakr al-Baghdadi", "person", [("c", "Abu Bakr al-Baghdadi")], doc_id="c"),
        entity("b2", "Abu Bakr Baghdadi", "person", [("d", "Abu Bakr Baghdadi")], doc_id="d"),
    ])
    ents = {e.canonical: sorted(e.doc_ids) for e in build_picture(obj).entities}
    father = next(v for k, v in ents.items() if k.startswith("Idriss"))
    assert father == ["a", "b"]  # the father under both spellings, not his son
    assert ents["Mahamat Idriss Déby Itno"] == ["c"]
    assert sorted(v for k, v in ents.items() if "Kurilla" in k) == [["a", "d"]]
    assert sorted(v for k, v in ents.items() if "Baghdadi" in k) == [["c", "d"]]


def test_entities_two_longer_names_keep_a_short_one_apart() -> None:
    obj = export([doc("a"), doc("b"), doc("c")], entities=[
        entity("s", "Ahmed Ali", "person", [("a", "Ahmed Ali")], doc_id="a"),
        entity("l1", "Ahmed Ali Hassan", "person", [("b", "Ahmed Ali Hassan")], doc_id="b"),
        entity("l2", "Ahmed Ali Omar", "person", [("c", "Ahmed Ali Omar")], doc_id="c"),
    ])
    assert len(build_picture(obj).entities) == 3


def test_entities_a_camp_is_one_place_and_never_a_person() -> None:
    hol = place("gn:hol", "al-Hol", "SY", mentions=[("a", "al-Hol"), ("c", "Al-Hol")])
    obj = export([doc("a"), doc("b"), doc("c")], places=[hol], entities=[
        entity("h1", "al-Hol", "location", [("a", "al-Hol")], doc_id="a"),
        entity("h2", "al-Hol camp", "facility", [("b", "al-Hol camp"), ("b", "al-Hol camp")], doc_id="b"),
        entity("h3", "Syria’s Al-Hol", "person", [("c", "Al-Hol")], roles=["spokesman"], doc_id="c"),
    ])
    (ent,) = build_picture(obj).entities
    assert ent.type == "facility" and ent.canonical == "al-Hol camp" and ent.doc_ids == ["a", "b", "c"]


def test_entities_a_person_only_a_tagger_called_a_facility_stays_a_person() -> None:
    # Only gazetteer places make a "person" a place: a mis-typed entity must not swallow the person.
    obj = export([doc("a"), doc("b")], entities=[
        entity("f", "Bashar al-Assad", "facility", [("a", "Bashar al-Assad")], doc_id="a"),
        entity("p", "Bashar Assad", "person", [("b", "Bashar Assad")], doc_id="b"),
    ])
    types = {e.canonical: e.type for e in build_picture(obj).entities}
    assert types == {"Bashar al-Assad": "facility", "Bashar Assad": "person"}


def test_entities_a_place_only_persons_named_is_a_location() -> None:
    town = place("gn:mdp", "Mocimboa da Praia", "MZ", mentions=[("a", "Mocímboa da Praia")])
    obj = export([doc("a")], places=[town], entities=[
        entity("p", "Mocímboa da Praia", "person", [("a", "Mocímboa da Praia")], doc_id="a"),
    ])
    (ent,) = build_picture(obj).entities
    assert ent.type == "location"


def test_entities_name_key_folds_what_outlets_vary() -> None:
    from sitroom.picture.entities import name_key, place_key

    assert name_key("Antony J. Blinken") == name_key("Antony Blinken")
    assert name_key("Combined Joint Task Force – Operation Inherent Resolve") == name_key("CJTF-OIR")
    assert place_key("Camp Roj") == place_key("Roj camp") == place_key("Roj")
    assert name_key("Samir Haddad") != name_key("Layla Haddad")
