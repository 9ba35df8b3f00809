"""A cause helped on, said with its degree (``有效带动``, ``持续带动``, as ``有效促进`` and
``持续推动``), is a standard; ``带动`` alone, or opening a measure's name
(``带动就业人数``), is none."""

from __future__ import annotations

from jixiao.ingest.general.kinds import Kind, kind_of


def test_a_degree_and_drive_are_a_standard() -> None:
    assert kind_of("有效带动") is Kind.QUALITATIVE
    assert kind_of("持续带动") is Kind.QUALITATIVE


def test_drive_alone_or_opening_a_name_is_no_standard() -> None:
    assert kind_of("带动") is not Kind.QUALITATIVE
    assert kind_of("带动就业人数") is Kind.NAME
    assert kind_of("带动脱贫户发展特色产业") is Kind.NAME
