"""Every data file is checked against its schema at load: a misspelt key fails with E503 naming the file
and the key, instead of being silently ignored (issue 14)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from sitroom import data
from sitroom.errors import SitroomError
from sitroom.resolve.actor_kb import load_actor_kb

DATA_DIR = Path(str(resources.files("sitroom") / "data"))

# One misspelling per file: (file, the text of a real key as it starts its line, the same key misspelt).
MISSPELT = [
    ("actors.toml", "\ncanonical = ", "\ncanonicl = "),
    ("boilerplate.toml", "\nmax_words = ", "\nmax_word = "),
    ("clean_dates.toml", "\ndeadline_before = ", "\ndeadline_befor = "),
    ("country_centroids.toml", "\nIQ = ", "\nIRQ = "),
    ("demonyms.toml", "\nIQ = ", "\nIRQ = "),
    ("entity_names.toml", "\nplace_words = ", "\nplace_word = "),
    ("events.toml", "\nnouns = ", "\nnoun = "),
    ("figures.toml", "\n[hyphen_units]", "\n[hyphen_unit]"),
    ("gazetteer.toml", "\nnot_places = ", "\nnot_place = "),
    ("known_persons.toml", "\nsurnames = ", "\nsurname = "),
    ("merge.toml", "\nday_tolerance = ", "\nday_tolerence = "),
    ("series.toml", "\nis_group = ", "\nis_groups = "),
    ("speech.toml", "\naddressees = ", "\naddresses = "),
    ("stance.toml", "\nwindow = ", "\nwindow_size = "),
    ("titles.toml", "\nparticles = ", "\nparticle = "),
]


def test_every_data_file_has_a_schema_and_a_misspelling_case() -> None:
    files = {p.name for p in DATA_DIR.glob("*.toml")}
    assert files == set(data.SCHEMAS)
    assert files == {name for name, _, _ in MISSPELT}


@pytest.mark.parametrize("name", sorted(data.SCHEMAS))
def test_packaged_data_file_loads_as_its_model(name: str) -> None:
    schema = data.SCHEMAS[name]
    loaded = data.load(schema)  # no E503
    assert isinstance(loaded, schema) and loaded.model_dump(exclude_unset=True)  # the file sets something
    assert data.load(schema) is loaded  # parsed once per process


@pytest.mark.parametrize(("name", "real", "misspelt"), MISSPELT, ids=[m[0] for m in MISSPELT])
def test_misspelt_key_fails_at_load_naming_file_and_key(tmp_path: Path, name: str, real: str, misspelt: str) -> None:
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    assert real in text, f"{name} no longer has {real.strip()!r}: pick another key to misspell"
    copy = tmp_path / name
    copy.write_text(text.replace(real, misspelt, 1), encoding="utf-8")
    with pytest.raises(SitroomError) as err:
        data.load_file(data.SCHEMAS[name], copy)
    key = misspelt.strip().strip("[]").split(" ")[0]
    assert err.value.code == "E503"
    assert str(copy) in err.value.message and key in err.value.message


def test_actor_extension_file_with_a_misspelt_key_fails(tmp_path: Path) -> None:
    # Extension files (--actors) go through the same schema as the packaged actors.toml.
    path = tmp_path / "extra.toml"
    path.write_text('[[actor]]\nid = "x"\ncanonical = "X"\ntype = "armed_group"\nacronym = ["X1"]\n', encoding="utf-8")
    with pytest.raises(SitroomError) as err:
        load_actor_kb([path], use_env=False)
    assert err.value.code == "E503" and "actor.0.acronym" in err.value.message


def test_a_required_section_missing_fails_at_load_naming_it(tmp_path: Path) -> None:
    # The loaders read sections without fallbacks, so the schema insists on them.
    copy = tmp_path / "merge.toml"
    text = (DATA_DIR / "merge.toml").read_text(encoding="utf-8")
    copy.write_text(text.replace("\n[official]\n", "\n[officials]\n", 1), encoding="utf-8")
    with pytest.raises(SitroomError) as err:
        data.load_file(data.SCHEMAS["merge.toml"], copy)
    assert err.value.code == "E503" and "official" in err.value.message


def test_events_file_names_only_actors_the_knowledge_base_has() -> None:
    # a typo in an id would silently leave a demonym's force or an outside group unrecognised
    from sitroom.extract.events.vocab import vocab

    kb = load_actor_kb()
    words = vocab()
    assert set(words.national_forces.values()) <= set(kb.actors)
    assert {a for by_state in words.people_forces.values() for a in by_state.values()} <= set(kb.actors)
    assert words.outside_campaign <= set(kb.actors)
