"""The audit trail as a hash chain (pure): digests, entry hashes and verification.

Each entry's hash covers its content and the previous entry's hash (``prev_hash``), not its
number: a changed entry no longer matches its hash, a deleted one leaves its successor
pointing at a hash that is not there (and a gap in the numbers), and two swapped entries
leave one pointing at a hash found *later* in the chain. The head (number and hash of the last
entry, kept apart) tells when entries were cut off the end.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel

GENESIS = "0" * 64  # the prev_hash of the first entry


def canonical_json(value: Any) -> str:
    """One text per value: sorted keys, no spaces; pydantic models as their JSON data."""
    if isinstance(value, BaseModel):
        value = value.model_dump(mode="json")
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def digest(value: Any) -> str | None:
    """SHA-256 of the canonical JSON of a value; None for nothing (no before or no after)."""
    if value is None:
        return None
    return hashlib.sha256(canonical_json(value).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class AuditEntry:
    """An entry as stored: ``number`` is its place, ``hash`` what it claimed when written."""

    number: int
    at: datetime
    actor: str
    role: str
    action: str
    subject: str
    before_digest: str | None
    after_digest: str | None
    detail: str
    prev_hash: str
    hash: str

    def content(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "actor": self.actor,
            "role": self.role,
            "action": self.action,
            "subject": self.subject,
            "before": self.before_digest,
            "after": self.after_digest,
            "detail": self.detail,
            "prev": self.prev_hash,
        }


def entry_hash(entry: AuditEntry) -> str:
    """The hash an entry must carry: its content and its predecessor's hash."""
    return hashlib.sha256(canonical_json(entry.content()).encode("utf-8")).hexdigest()


class Breach(StrEnum):
    CHANGED = "被修改"
    DELETED = "被删除"
    REORDERED = "顺序被调换"


@dataclass(frozen=True)
class ChainProblem:
    """The first place the chain breaks: which entry (number) and how."""

    number: int
    breach: Breach
    entry: AuditEntry | None  # the entry named (None: it is gone)

    @property
    def message(self) -> str:
        head = f"审计链断裂:第 {self.number} 条{self.breach.value}"
        if self.entry is None:
            return head + "(位于链尾)" if self.breach is Breach.DELETED else head
        described = _described(self.entry)
        if self.breach is Breach.DELETED:
            return f"{head}(其后一条为第 {self.entry.number} 条:{described})"
        return f"{head}({described})"


def _described(entry: AuditEntry) -> str:
    when = entry.at.isoformat(timespec="seconds")
    return f"时间 {when},操作人 {entry.actor}({entry.role}),操作 {entry.action}:{entry.subject}"


def verify(entries: Sequence[AuditEntry], head_number: int, head_hash: str) -> ChainProblem | None:
    """Walk the chain in order of number; the first problem found, or None if it is whole."""
    hashes = {entry.hash: entry for entry in entries}
    previous = GENESIS
    for position, entry in enumerate(entries):
        expected_number = position + 1
        if entry_hash(entry) != entry.hash:
            return ChainProblem(entry.number, Breach.CHANGED, entry)
        if entry.prev_hash != previous:
            return _broken_link(entries, position, hashes)
        if entry.number != expected_number:
            return ChainProblem(entry.number, Breach.CHANGED, entry)
        previous = entry.hash
    last = len(entries)
    if head_number > last:
        return ChainProblem(last + 1, Breach.DELETED, None)
    if head_number == last and head_hash != previous:
        return ChainProblem(last, Breach.CHANGED, entries[-1] if entries else None)
    return None


def _broken_link(
    entries: Sequence[AuditEntry], position: int, hashes: dict[str, AuditEntry]
) -> ChainProblem:
    """Why entry ``position`` does not follow its predecessor."""
    entry = entries[position]
    expected_number = position + 1
    pointed_at = hashes.get(entry.prev_hash)
    if pointed_at is not None and entries.index(pointed_at) > position:
        # It follows an entry that comes after it: the two were swapped.
        return ChainProblem(entry.number, Breach.REORDERED, entry)
    if entry.number > expected_number or (pointed_at is None and position == 0):
        return ChainProblem(expected_number, Breach.DELETED, entry)
    # The numbers run on but the link is broken: the predecessor was rewritten, hash and all.
    before = entries[position - 1]
    return ChainProblem(before.number, Breach.CHANGED, before)
