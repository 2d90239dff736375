"""A country's security service named by its demonym is that country's security committee: "the Kyrgyz security
service said in a statement" is the State Committee for National Security of Kyrgyzstan."""

from __future__ import annotations

import pytest

from sitroom.resolve.actor_kb import load_actor_kb


@pytest.mark.parametrize("name", ["Kyrgyz security service", "Kyrgyzstan's security service"])
def test_kyrgyz_security_service_is_the_kyrgyz_committee(name: str) -> None:
    actor = load_actor_kb().lookup(name)
    assert actor is not None and actor.canonical == "State Committee for National Security of Kyrgyzstan"
