"""A real restart of the PostgreSQL cluster during a long command (issue 12, fault tests).

The shared test cluster must keep running for everyone else, so each test here starts a
private PostgreSQL 15 cluster of its own in a temporary directory (``initdb`` and ``pg_ctl``
as the ``postgres`` user when the tests run as root, a free port, the unix socket in the
same directory) and restarts it (``pg_ctl restart -m fast``) while ``jixiao`` is working.
The command must end non-zero with one Chinese line and no traceback, leave only whole
transactions behind, and succeed when simply run again.

Skipped when PostgreSQL's server programs are not installed, except in CI
(``JIXIAO_REQUIRE_PG=1``), where a skip would hide the test.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

BIN = Path(os.environ.get("JIXIAO_PG_BIN", "/usr/lib/postgresql/15/bin"))
BATCH = 100  # jixiao.app.synth.load_province: department-years per transaction
UNITS = 10 * BATCH

pytestmark = [pytest.mark.slow, pytest.mark.postgres]


@dataclass(frozen=True)
class Cluster:
    """A private PostgreSQL cluster: its data directory, port and superuser URL."""

    data: Path
    port: int
    options: str

    def url(self, application: str = "jixiao") -> str:
        return (
            f"postgresql://postgres@127.0.0.1:{self.port}/postgres?application_name={application}"
        )

    def restart(self) -> None:
        _pg_ctl("restart", "-m", "fast", "-w", "-t", "60", "-D", str(self.data), "-o", self.options)

    def sql(self, statement: str) -> str:
        """``statement``'s single value, over a fresh connection (psql, no jixiao code)."""
        return subprocess.run(
            [str(BIN / "psql"), "-qtA", "-c", statement, self.url("check")],
            check=True,
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout.strip()


def _as_postgres(*command: str) -> list[str]:
    """The command run as the ``postgres`` user when the tests run as root (initdb refuses
    root), as the current user otherwise."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else list(command)


def _pg_ctl(*args: str) -> None:
    subprocess.run(
        _as_postgres(str(BIN / "pg_ctl"), *args),
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        timeout=120,
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _server_installed() -> str | None:
    """Why a private cluster cannot be made here (None: it can)."""
    if not (BIN / "initdb").is_file() or not (BIN / "pg_ctl").is_file():
        return f"PostgreSQL 的 initdb/pg_ctl 不在 {BIN}(apt-get install postgresql-15)"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "以 root 运行测试时需要 runuser 以 postgres 用户启动私有集群"
    return None


@pytest.fixture
def cluster() -> Iterator[Cluster]:
    reason = _server_installed()
    if reason is not None:
        if os.environ.get("JIXIAO_REQUIRE_PG") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    # Not tmp_path: pytest's directory is root's alone, and the server runs as postgres.
    home = Path(tempfile.mkdtemp(prefix="jixiao-pg-"))
    data = home / "data"
    if os.geteuid() == 0:
        shutil.chown(home, "postgres", "postgres")
    port = _free_port()
    options = f"-p {port} -k {home} -c listen_addresses=127.0.0.1 -c fsync=off"
    try:
        subprocess.run(
            _as_postgres(
                str(BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync"
            ),
            check=True,
            capture_output=True,
            timeout=120,
        )
        _pg_ctl("start", "-w", "-t", "60", "-D", str(data), "-l", str(home / "log"), "-o", options)
        yield Cluster(data, port, options)
    finally:
        with contextlib.suppress(subprocess.SubprocessError):
            _pg_ctl("stop", "-m", "immediate", "-D", str(data))
        shutil.rmtree(home, ignore_errors=True)


def _start(*args: str, url: str) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JIXIAO_")}
    env["JIXIAO_DATABASE_URL"] = url
    return subprocess.Popen(
        [sys.executable, "-m", "jixiao", *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _run(*args: str, url: str) -> None:
    process = _start(*args, url=url)
    _, stderr = process.communicate(timeout=600)
    assert process.returncode == 0, stderr.decode()
    assert b"Traceback" not in stderr


def _restart_while_busy(
    cluster: Cluster, process: subprocess.Popen[bytes], application: str, ready: str
) -> bool:
    """Restart the cluster once ``ready`` (SQL) is true and the command's connection is
    inside a transaction; whether it was restarted before the command ended."""
    deadline = time.monotonic() + 300
    while process.poll() is None and time.monotonic() < deadline:
        busy = cluster.sql(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = "
            f"'{application}' AND state IN ('active', 'idle in transaction') AND ({ready})"
        )
        if busy != "0":
            cluster.restart()
            return True
        time.sleep(0.05)
    return False


def _one_chinese_line(stderr: bytes) -> str:
    message = stderr.decode()
    assert "Traceback" not in message, message
    errors = [line for line in message.strip().splitlines() if line.startswith("错误")]
    assert len(errors) == 1, message
    assert "连接" in errors[0] or "重启" in errors[0], message
    return errors[0]


def _documents(cluster: Cluster) -> int:
    return int(cluster.sql("SELECT count(*) FROM performance_documents"))


def test_a_cluster_restart_during_synth_or_region_evaluate_is_one_line_and_repeatable(
    cluster: Cluster,
) -> None:
    """One cluster for both commands (``initdb`` and the load are the slow part): a restart
    during ``synth`` keeps whole batches and the load can be run again; then a restart
    during ``region evaluate`` on what it loaded."""
    tag = f"jixiao_{uuid.uuid4().hex[:8]}"
    url = cluster.url(tag)
    _run("init", url=url)
    args = ("synth", "--units", str(UNITS), "--projects-per-unit", "1", "--seed", "5")
    process = _start(*args, url=url)
    # Once a batch is stored, so that the restart falls after whole batches.
    stored_some = "(SELECT count(*) FROM performance_documents) >= 1"
    restarted = _restart_while_busy(cluster, process, tag, stored_some)
    _, stderr = process.communicate(timeout=600)
    assert restarted, ("the load ended before the cluster could be restarted", stderr.decode())
    assert process.returncode != 0, stderr.decode()
    _one_chinese_line(stderr)
    stored = _documents(cluster)
    assert 0 < stored < UNITS and stored % BATCH == 0, stored  # whole transactions only
    _run(*args, url=url)  # repeatable: the same seed replaces what is there
    assert _documents(cluster) == UNITS

    evaluate = ("region", "evaluate", "--year", "2024", "--workers", "2")
    for _ in range(5):  # the scoring may end before it is caught: try again
        process = _start(*evaluate, url=url)
        restarted = _restart_while_busy(cluster, process, tag, "true")
        _, stderr = process.communicate(timeout=600)
        if restarted:
            break
    assert restarted, ("region evaluate always ended before the restart", stderr.decode())
    assert process.returncode != 0, stderr.decode()
    _one_chinese_line(stderr)
    assert _documents(cluster) == UNITS  # scoring writes nothing
    _run(*evaluate, url=url)  # repeatable
