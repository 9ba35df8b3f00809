"""Who may read and write what: every role against own/other department, region, published."""

from __future__ import annotations

import pytest

from jixiao.domain.access import ANONYMOUS, Actor, Role, Scope, can_read, can_write, system_actor

EDITOR = Actor("e", Role.EDITOR, departments=frozenset({"甲局"}))
APPROVER = Actor("a", Role.APPROVER, departments=frozenset({"甲局"}))
REVIEWER = Actor("r", Role.REVIEWER, regions=("1305",))
ADMIN = Actor("root", Role.ADMIN)

OWN = Scope("甲局", "130502", published=False)
OWN_PUBLISHED = Scope("甲局", "130502", published=True)
OTHER_IN_REGION = Scope("乙局", "130503", published=False)
OTHER_REGION = Scope("丙局", "130602", published=False)
OTHER_PUBLISHED = Scope("丙局", "130602", published=True)
NO_REGION = Scope("丁局", None, published=False)

# (actor, scope, may read, may write)
MATRIX = [
    (EDITOR, OWN, True, True),
    (EDITOR, OWN_PUBLISHED, True, True),
    (EDITOR, OTHER_IN_REGION, False, False),
    (EDITOR, OTHER_REGION, False, False),
    (EDITOR, OTHER_PUBLISHED, True, False),
    (EDITOR, NO_REGION, False, False),
    (APPROVER, OWN, True, True),
    (APPROVER, OWN_PUBLISHED, True, True),
    (APPROVER, OTHER_IN_REGION, False, False),
    (APPROVER, OTHER_REGION, False, False),
    (APPROVER, OTHER_PUBLISHED, True, False),
    (APPROVER, NO_REGION, False, False),
    (REVIEWER, OWN, True, True),
    (REVIEWER, OWN_PUBLISHED, True, True),
    (REVIEWER, OTHER_IN_REGION, True, True),
    (REVIEWER, OTHER_REGION, False, False),
    (REVIEWER, OTHER_PUBLISHED, True, False),
    (REVIEWER, NO_REGION, False, False),
    (ADMIN, OWN, True, True),
    (ADMIN, OWN_PUBLISHED, True, True),
    (ADMIN, OTHER_IN_REGION, True, True),
    (ADMIN, OTHER_REGION, True, True),
    (ADMIN, OTHER_PUBLISHED, True, True),
    (ADMIN, NO_REGION, True, True),
    (ANONYMOUS, OWN, False, False),
    (ANONYMOUS, OWN_PUBLISHED, True, False),
    (ANONYMOUS, OTHER_IN_REGION, False, False),
    (ANONYMOUS, OTHER_REGION, False, False),
    (ANONYMOUS, OTHER_PUBLISHED, True, False),
    (ANONYMOUS, NO_REGION, False, False),
]


@pytest.mark.parametrize(("actor", "scope", "reads", "writes"), MATRIX)
def test_each_role_reads_and_writes_only_its_scope(
    actor: Actor, scope: Scope, reads: bool, writes: bool
) -> None:
    assert can_read(actor, scope) is reads
    assert can_write(actor, scope) is writes


def test_the_matrix_covers_every_role() -> None:
    assert {actor.role for actor, *_ in MATRIX} == set(Role)


def test_the_local_user_is_an_administrator() -> None:
    actor = system_actor("alice")
    assert actor.role is Role.ADMIN
    assert can_write(actor, OTHER_REGION)


def test_the_public_is_anonymous() -> None:
    assert ANONYMOUS.role is Role.PUBLIC
    assert not ANONYMOUS.departments and not ANONYMOUS.regions


def test_a_reviewer_with_several_regions_covers_each() -> None:
    reviewer = Actor("r2", Role.REVIEWER, regions=("1305", "1306"))
    assert can_read(reviewer, OTHER_REGION)
    assert not can_read(reviewer, Scope("戊局", "110101", published=False))


def test_an_editor_of_several_departments_writes_each() -> None:
    editor = Actor("e2", Role.EDITOR, departments=frozenset({"甲局", "乙局"}))
    assert can_write(editor, OTHER_IN_REGION)
    assert not can_write(editor, OTHER_REGION)
