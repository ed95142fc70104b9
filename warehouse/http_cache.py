"""Remember what servers said about fetched pages and feeds, to ask them "changed since?"."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import duckdb
import pyarrow as pa

from pipeline.types import Article, FeedSnapshot, Validators
from warehouse.db import with_rows


@dataclass(frozen=True)
class CachedFetch:
    """The last answer for a URL: its validators, and the article or feed it gave."""

    validators: Validators
    article_id: str | None = None
    feed_body: bytes | None = None


def lookup(
    con: duckdb.DuckDBPyConnection, urls: Sequence[str], rules_version: str
) -> dict[str, CachedFetch]:
    """Validators worth sending for these URLs.

    A page's are only worth sending while its article is in the warehouse and was cleaned by
    the current rules; otherwise the page must be downloaded and cleaned again anyway.
    """
    rows = con.execute(
        """
        SELECT c.url, c.etag, c.last_modified, c.article_id, c.feed_body
        FROM http_cache c
        LEFT JOIN articles a ON a.article_id = c.article_id
        WHERE c.url IN (SELECT unnest(?))
          AND (c.etag IS NOT NULL OR c.last_modified IS NOT NULL)
          AND (c.feed_body IS NOT NULL OR a.rules_version = ?)
        """,
        [list(urls), rules_version],
    ).fetchall()
    return {
        url: CachedFetch(Validators(url, etag, modified), article_id, feed_body)
        for url, etag, modified, article_id, feed_body in rows
    }


def remember(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    articles: Sequence[Article],
    feeds: Sequence[FeedSnapshot],
    at: datetime,
) -> None:
    """Store the validators of the pages landed and the feeds read in this run."""
    by_url = {
        a.validators.url: (a.validators, a.article_id, None) for a in articles if a.validators
    }
    by_url |= {f.validators.url: (f.validators, None, f.body) for f in feeds}
    rows = list(by_url.values())
    if not rows:
        return
    table = pa.table(
        {
            "url": [v.url for v, _, _ in rows],
            "etag": [v.etag for v, _, _ in rows],
            "last_modified": [v.last_modified for v, _, _ in rows],
            "article_id": [article_id for _, article_id, _ in rows],
            "feed_body": pa.array([body for _, _, body in rows], pa.binary()),
            "fetched_at": pa.array([at] * len(rows), pa.timestamp("us")),
            "run_id": [run_id] * len(rows),
        }
    )
    with_rows(con, "INSERT OR REPLACE INTO http_cache BY NAME SELECT * FROM rows", table)
