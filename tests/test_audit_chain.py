"""The audit log is a hash chain: every write leaves an entry in its own transaction, and
`jixiao audit verify` names the first entry edited, deleted or swapped in the database."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import text

from cli_support import run_cli
from jixiao.app.uow import Journal
from jixiao.domain.access import Actor, Role
from jixiao.domain.actuals import Actuals, SpendingRecord
from jixiao.domain.audit import GENESIS, AuditEntry, Breach, entry_hash, verify
from jixiao.domain.model import PerformanceDocument
from jixiao.errors import InputError
from jixiao.workspace import Workspace

MakeDocument = Callable[..., PerformanceDocument]
EDITOR = Actor("zhang", Role.EDITOR, "张三", departments=frozenset({"某某局"}))


# --- the chain, pure ------------------------------------------------------------------------------


def chain(count: int) -> list[AuditEntry]:
    entries: list[AuditEntry] = []
    previous = GENESIS
    for number in range(1, count + 1):
        entry = AuditEntry(
            number,
            datetime(2026, 12, 5, 8, number, tzinfo=UTC),
            f"user{number}",
            "单位填报人",
            "保存文档",
            f"文档{number}",
            None,
            f"{number:064x}",
            "",
            previous,
            "",
        )
        entry = AuditEntry(**{**entry.__dict__, "hash": entry_hash(entry)})
        entries.append(entry)
        previous = entry.hash
    return entries


def test_a_whole_chain_verifies() -> None:
    entries = chain(5)
    assert verify(entries, 5, entries[-1].hash) is None
    assert verify([], 0, GENESIS) is None


def test_a_changed_entry_is_named() -> None:
    entries = chain(5)
    entries[2] = AuditEntry(**{**entries[2].__dict__, "actor": "mallory"})
    problem = verify(entries, 5, entries[-1].hash)
    assert problem is not None and (problem.number, problem.breach) == (3, Breach.CHANGED)
    assert "mallory" in problem.message


def test_a_changed_entry_whose_hash_was_rewritten_is_named_by_its_successor() -> None:
    entries = chain(5)
    forged = AuditEntry(**{**entries[2].__dict__, "actor": "mallory"})
    entries[2] = AuditEntry(**{**forged.__dict__, "hash": entry_hash(forged)})
    problem = verify(entries, 5, entries[-1].hash)
    assert problem is not None and (problem.number, problem.breach) == (3, Breach.CHANGED)


@pytest.mark.parametrize("gone", [1, 3])
def test_a_deleted_entry_is_named(gone: int) -> None:
    entries = chain(5)
    del entries[gone - 1]
    problem = verify(entries, 5, chain(5)[-1].hash)
    assert problem is not None and (problem.number, problem.breach) == (gone, Breach.DELETED)


def test_a_deleted_last_entry_is_noticed_by_the_head() -> None:
    entries = chain(5)
    problem = verify(entries[:-1], 5, entries[-1].hash)
    assert problem is not None and (problem.number, problem.breach) == (5, Breach.DELETED)


def test_two_swapped_entries_are_named() -> None:
    entries = chain(5)
    second, third = entries[1], entries[2]
    entries[1] = AuditEntry(**{**third.__dict__, "number": 2})
    entries[2] = AuditEntry(**{**second.__dict__, "number": 3})
    problem = verify(entries, 5, entries[-1].hash)
    assert problem is not None and (problem.number, problem.breach) == (2, Breach.REORDERED)


# --- the chain in the database: every write, and `jixiao audit verify` -------------------------


@pytest.fixture
def workspace(migrated_url: str) -> Iterator[Workspace]:
    workspace = Workspace(migrated_url)
    workspace.init()
    yield workspace
    workspace.close()


def five_entries(workspace: Workspace, make_document: MakeDocument) -> None:
    document = make_document()
    workspace.save(document)  # 1
    workspace.save(document.model_copy(update={"title": "改过的标题"}))  # 2
    for number in (3, 4, 5):

        def work(_session: object, journal: Journal, number: int = number) -> None:
            journal.record("测试写入", f"对象{number}", None, {"n": number})

        workspace.audited(EDITOR, work)


def test_every_write_appends_an_entry_in_its_transaction(
    workspace: Workspace, make_document: MakeDocument
) -> None:
    document = make_document()
    workspace.save(document)
    entries = workspace.audit_entries()
    assert [(e.number, e.action, e.role) for e in entries] == [(1, "保存文档", "系统管理员")]
    assert entries[0].before_digest is None and entries[0].after_digest is not None
    with pytest.raises(InputError):  # a failing write leaves no entry
        workspace.record(document.department.name, document.fiscal_year, _bad_actuals())
    workspace.delete(document.department.name, document.fiscal_year)
    entries = workspace.audit_entries()
    assert [e.action for e in entries] == ["保存文档", "删除文档"]
    assert entries[1].before_digest == entries[0].after_digest
    assert workspace.verify_audit().message == "审计链完整,共 2 条"


def _bad_actuals() -> Actuals:
    record = SpendingRecord(
        date=datetime(2024, 3, 1).date(), amount=Decimal(1), project="没有这个项目"
    )
    return Actuals(department="某某局", fiscal_year=2024, spending=[record])


def test_concurrent_writers_never_fork_the_chain(
    workspace: Workspace, make_document: MakeDocument
) -> None:
    def write(number: int) -> None:
        def work(_session: object, journal: Journal) -> None:
            journal.record("并发写入", f"对象{number}", None, {"n": number})

        Workspace(workspace.url).audited(EDITOR, work)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result = workspace.verify_audit()
    assert result.problem is None and result.count == 8


def test_audit_verify_passes_on_an_untouched_log(
    db_url: str, workspace: Workspace, make_document: MakeDocument
) -> None:
    five_entries(workspace, make_document)
    result = run_cli("audit", "verify", "--db", db_url)
    assert result.returncode == 0, result.stderr
    assert "审计链完整,共 5 条" in result.stdout


TAMPERING = {
    "edited": (["UPDATE audit_log SET actor = 'mallory' WHERE number = 3"], "第 3 条被修改"),
    "detail-edited": (["UPDATE audit_log SET detail = '无' WHERE number = 1"], "第 1 条被修改"),
    "deleted": (["DELETE FROM audit_log WHERE number = 3"], "第 3 条被删除"),
    "last-deleted": (["DELETE FROM audit_log WHERE number = 5"], "第 5 条被删除"),
    "swapped": (
        [
            "UPDATE audit_log SET number = -1 WHERE number = 2",
            "UPDATE audit_log SET number = 2 WHERE number = 3",
            "UPDATE audit_log SET number = 3 WHERE number = -1",
        ],
        "第 2 条顺序被调换",
    ),
}


@pytest.mark.parametrize("tampering", list(TAMPERING))
def test_audit_verify_names_the_entry_edited_deleted_or_swapped_in_the_database(
    db_url: str, workspace: Workspace, make_document: MakeDocument, tampering: str
) -> None:
    five_entries(workspace, make_document)
    statements, named = TAMPERING[tampering]
    with workspace.engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
    result = run_cli("audit", "verify", "--db", db_url)
    assert result.returncode == 1
    assert named in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    if tampering != "last-deleted":
        assert "时间 " in result.stderr and "操作人 " in result.stderr
