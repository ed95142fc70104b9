"""Shared fixtures: a Prefect test server in a temporary home, seeds, and warehouse readers."""

import asyncio
import atexit
import os
import shutil
import tempfile
from pathlib import Path

from flows.cli import quiet_teardown

# Registered first, so it runs after Prefect's own exit handlers: hides DuckDB's teardown noise.
atexit.register(quiet_teardown)

# Prefect reads its settings when imported: point it at a throwaway home first.
os.environ["PREFECT_HOME"] = tempfile.mkdtemp(prefix="newsdedup-prefect-")
atexit.register(shutil.rmtree, os.environ["PREFECT_HOME"], ignore_errors=True)
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"

import duckdb  # noqa: E402
import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402
from prefect.testing.utilities import prefect_test_harness  # noqa: E402

# Property tests draw the same examples on every run, so CI cannot turn red by chance; run
# `pytest --hypothesis-profile=default --hypothesis-seed=random` to explore new ones.
settings.register_profile("newsdedup", derandomize=True, database=None, deadline=None)
settings.load_profile("newsdedup")

PROJECT = Path(__file__).resolve().parent.parent
SEEDS = PROJECT / "seeds"
AEB = PROJECT.parent / "shared" / "aeb"


@pytest.fixture(scope="session")
def prefect_server():
    """One real Prefect server (SQLite in a temporary folder) for every flow test."""
    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's warehouse file goes."""
    return tmp_path / "news.duckdb"


def query(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    """Read the warehouse as a user would: a read-only connection, closed after the query."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def artifacts_of(run_id: str) -> dict[str, str]:
    """The artifacts a flow run published, as key -> data, read from the Prefect API."""
    from prefect import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    async def read() -> dict[str, str]:
        async with get_client() as client:
            artifacts = await client.read_artifacts(
                artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[run_id]))
            )
        return {a.key: a.data for a in artifacts}

    return asyncio.run(read())
