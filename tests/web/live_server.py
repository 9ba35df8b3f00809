"""A real ``jixiao serve`` in a subprocess on a free loopback port, for the HTTP tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

STARTUP_SECONDS = 180.0  # 4 workers importing the application on a busy 2-core machine


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def live_server(url: str, workers: int, log: Path) -> Iterator[str]:
    """``jixiao serve --db url --workers N``; yields its base URL once every worker answers."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "JIXIAO_DATABASE_URL"}
    command = [sys.executable, "-m", "jixiao", "serve", "--db", url, "--port", str(port)]
    with log.open("w") as output:
        process = subprocess.Popen(
            [*command, "--workers", str(workers)], stdout=output, stderr=subprocess.STDOUT, env=env
        )
        base = f"http://127.0.0.1:{port}"
        try:
            _wait_ready(process, base, workers, log)
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_ready(process: subprocess.Popen[bytes], base: str, workers: int, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"jixiao serve exited ({process.returncode}):\n{log.read_text()}")
        started = log.read_text().count("Application startup complete")
        if started >= workers:
            try:
                if httpx.get(base + "/api/v1/auth/me", timeout=5).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
        time.sleep(0.5)
    raise AssertionError(f"jixiao serve did not start in {STARTUP_SECONDS} s:\n{log.read_text()}")
