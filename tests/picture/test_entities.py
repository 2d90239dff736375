"""Cross-document entity resolution: conservative merging of persons, KB actors shared by id."""

from __future__ import annotations

from tests.picture.builders import doc, entity, export, quote

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
