"""How the project fetches from the web: limits and manners, in one frozen value."""

from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

from pipeline.sources.files import MAX_DOCUMENT_BYTES


def _project_version() -> str:
    """The installed version, for the User-Agent; "dev" when run from a bare checkout."""
    try:
        return version("newsdedup")
    except PackageNotFoundError:
        return "dev"


# A browser-style product token says what is fetching; the comment says what for, so a site's
# operator can recognise the traffic and match it in robots.txt ("newsdedup").
USER_AGENT = f"Mozilla/5.0 (compatible; newsdedup/{_project_version()}; news archiving)"
# The product token robots.txt rules are matched against.
ROBOTS_AGENT = "newsdedup"

# Seconds to open a connection; a live news server answers in well under a second, 10 s
# leaves room for a slow DNS lookup and a TLS handshake over a poor link.
CONNECT_TIMEOUT_SECONDS = 10.0
# Seconds without a byte from the server before a read gives up (httpx default is 5 s; pages
# built on request by a busy CMS take longer).
READ_TIMEOUT_SECONDS = 30.0
# Redirects followed for one fetch: browsers stop at 20 (Chrome, Firefox); news sites use one
# or two (http -> https, a trailing slash), so 10 is generous and ends a loop quickly.
MAX_REDIRECTS = 10
# One request per second per host: gentle on a news site's servers, and a feed of 50 items from
# one site still lands within a minute. A robots.txt Crawl-delay can raise it.
HOST_INTERVAL_SECONDS = 1.0
# A Crawl-delay above this is capped: some sites ask for 60 s and more, which would stall a
# scheduled run for an hour on one busy feed.
MAX_CRAWL_DELAY_SECONDS = 30.0
# Task retries for 5xx answers and timeouts, with delays of 2 s then 4 s (exponential backoff):
# enough to ride out a server restart, short enough to keep a scheduled run on time.
FETCH_RETRIES = 2
FETCH_BACKOFF_SECONDS = 2.0


@dataclass(frozen=True)
class FetchPolicy:
    """The limits of one run's fetching; the defaults are the constants above."""

    user_agent: str = USER_AGENT
    connect_timeout: float = CONNECT_TIMEOUT_SECONDS
    read_timeout: float = READ_TIMEOUT_SECONDS
    max_redirects: int = MAX_REDIRECTS
    max_bytes: int = MAX_DOCUMENT_BYTES
    host_interval: float = HOST_INTERVAL_SECONDS
    # host:port pairs the user named as sources: the only private or loopback addresses a
    # link found in a feed may lead to.
    trusted_hosts: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if self.read_timeout <= 0 or self.connect_timeout <= 0:
            raise ValueError("fetch timeouts must be positive")
        if self.host_interval < 0:
            raise ValueError("the per-host interval cannot be negative")
