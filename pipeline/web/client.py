"""One run's HTTP client: redirects checked hop by hop, robots.txt, pacing, capped bodies."""

import time
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import httpx

from pipeline.sources.files import format_size
from pipeline.types import Validators
from pipeline.web.guard import ForbiddenTarget, check_target, host_key
from pipeline.web.pacing import HostPacer
from pipeline.web.policy import MAX_CRAWL_DELAY_SECONDS, ROBOTS_AGENT, FetchPolicy
from pipeline.web.robots import RobotsCache, RobotsRules, allow_all, parse_robots

# A body that keeps trickling in is cut off after this many read timeouts in total: the read
# timeout alone restarts with every byte, so a server sending one byte a second never trips it.
DEADLINE_IN_READ_TIMEOUTS = 4
# RFC 9309 section 2.3.1.2: follow at least five consecutive redirects for robots.txt.
ROBOTS_MAX_REDIRECTS = 5
# Too Many Requests is a 4xx that means "later", so it is retried like a server error.
RETRY_LATER_STATUS = 429


class FetchFailed(Exception):
    """A fetch that did not give a page; error_type names the failure for ingest_errors."""

    def __init__(self, error_type: str, message: str) -> None:
        super().__init__(message)
        self.error_type = error_type
        self.message = message


class TransientFetchError(FetchFailed):
    """A failure worth retrying: a 5xx or 429 answer, a timeout, a dropped connection."""


@dataclass(frozen=True)
class Response:
    """A successful answer: the bytes of its body and what the headers said about them."""

    url: str
    final_url: str
    media_type: str
    charset: str | None
    body: bytes
    validators: Validators
    retrieved_at: datetime


class Fetcher:
    """Fetches for one run; safe to share between the threads of a task runner."""

    def __init__(self, policy: FetchPolicy) -> None:
        self.policy = policy
        self._client = httpx.Client(
            headers={"User-Agent": policy.user_agent},
            timeout=httpx.Timeout(policy.read_timeout, connect=policy.connect_timeout),
            follow_redirects=False,
        )
        self._pacer = HostPacer()
        self._robots = RobotsCache()

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def get(self, url: str, validators: Validators | None = None) -> Response | None:
        """The page at url, or None when validators were given and the server says unchanged.

        Raises TransientFetchError for failures worth retrying and FetchFailed for the rest.
        """
        seen = {url}
        current = url
        for _ in range(self.policy.max_redirects + 1):
            self._check(current)
            headers = _conditional_headers(validators) if current == url else {}
            answer = self._request(url, current, headers)
            if not isinstance(answer, str):
                return answer
            if answer in seen:
                raise FetchFailed(
                    "redirect_loop", f"redirect loop: {current} leads back to {answer}"
                )
            seen.add(answer)
            current = answer
        raise FetchFailed(
            "too_many_redirects", f"more than {self.policy.max_redirects} redirects from {url}"
        )

    def _check(self, url: str) -> None:
        """Refuse targets that are not allowed, or that robots.txt closes to this crawler."""
        try:
            check_target(url, self.policy.trusted_hosts)
        except ForbiddenTarget as err:
            raise FetchFailed("forbidden_target", f"{url}: {err}") from None
        rules = self._robots_for(url)
        if not rules.allows(url):
            raise FetchFailed("robots_disallowed", f"{url}: robots.txt does not allow fetching it")
        delay = min(rules.crawl_delay() or 0.0, MAX_CRAWL_DELAY_SECONDS)
        self._pacer.wait(host_key(url), max(self.policy.host_interval, delay))

    def _request(self, url: str, current: str, headers: dict[str, str]) -> Response | str | None:
        """One GET: a Response, None for 304, or the next URL of a redirect."""
        try:
            with self._client.stream("GET", current, headers=headers) as answer:
                status = answer.status_code
                if answer.has_redirect_location:
                    return urljoin(current, answer.headers["Location"])
                if status == httpx.codes.NOT_MODIFIED and headers:
                    return None
                _raise_for_status(current, answer)
                body = self._read_capped(current, answer)
                return Response(
                    url=url,
                    final_url=current,
                    media_type=_media_type(answer),
                    charset=answer.charset_encoding,
                    body=body,
                    validators=Validators(
                        url=url,
                        etag=answer.headers.get("ETag"),
                        last_modified=answer.headers.get("Last-Modified"),
                    ),
                    retrieved_at=datetime.now(UTC).replace(tzinfo=None),
                )
        except httpx.TimeoutException as err:
            raise TransientFetchError("timeout", f"{current}: timed out ({_reason(err)})") from None
        except httpx.DecodingError as err:
            raise FetchFailed("bad_content_encoding", f"{current}: {_reason(err)}") from None
        except httpx.TransportError as err:
            raise TransientFetchError("unreachable", f"{current}: {_reason(err)}") from None
        except httpx.InvalidURL as err:
            raise FetchFailed("invalid_url", f"{current}: {err}") from None

    def _read_capped(self, url: str, answer: httpx.Response) -> bytes:
        """The decompressed body, refused as soon as it passes the size cap or the deadline."""
        cap = self.policy.max_bytes
        declared = answer.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchFailed(
                "too_large",
                f"{url}: declares {format_size(int(declared))}, over {format_size(cap)}",
            )
        deadline = time.monotonic() + DEADLINE_IN_READ_TIMEOUTS * self.policy.read_timeout
        chunks: list[bytes] = []
        total = 0
        for chunk in answer.iter_bytes():
            chunks.append(chunk)
            total += len(chunk)
            if total > cap:
                raise FetchFailed(
                    "too_large", f"{url}: body passed {format_size(cap)}; stopped reading there"
                )
            if time.monotonic() > deadline:
                raise TransientFetchError(
                    "timeout", f"{url}: body still arriving after {self._deadline_text()}"
                )
        return b"".join(chunks)

    def _deadline_text(self) -> str:
        return f"{DEADLINE_IN_READ_TIMEOUTS * self.policy.read_timeout:g} s"

    def _robots_for(self, url: str) -> RobotsRules:
        """The rules of url's host, read on first use in the run."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._robots.lock_for(origin):
            rules = self._robots.get(origin)
            if rules is None:
                rules = self._read_robots(origin)
                self._robots.put(origin, rules)
        return rules

    def _read_robots(self, origin: str) -> RobotsRules:
        """Download and parse a robots.txt; RFC 9309 decides what failures mean."""
        robots_url = origin + "/robots.txt"
        self._pacer.wait(host_key(robots_url), self.policy.host_interval)
        current = robots_url
        try:
            for _ in range(ROBOTS_MAX_REDIRECTS + 1):
                answer = self._client.get(current)
                if not answer.has_redirect_location:
                    break
                current = urljoin(current, answer.headers["Location"])
                check_target(current, self.policy.trusted_hosts)
        except (httpx.TransportError, ForbiddenTarget) as err:
            raise TransientFetchError(
                "robots_unreachable", f"{robots_url}: cannot be read ({_reason(err)})"
            ) from None
        status = answer.status_code
        if status < 300:
            return parse_robots(answer.content.decode("utf-8", "replace"), ROBOTS_AGENT)
        if 400 <= status < 500 and status != RETRY_LATER_STATUS:
            return allow_all(ROBOTS_AGENT)
        # RFC 9309 2.3.1.4: an unreachable robots.txt means "assume complete disallow".
        raise TransientFetchError(
            "robots_unreachable", f"{robots_url}: answered {status}, so nothing may be fetched"
        )


def _conditional_headers(validators: Validators | None) -> dict[str, str]:
    """If-None-Match / If-Modified-Since from what the server said last time."""
    headers = {}
    if validators is not None:
        if validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
    return headers


def _raise_for_status(url: str, answer: httpx.Response) -> None:
    """Retry-worthy failures raise TransientFetchError, other 4xx/5xx FetchFailed."""
    status = answer.status_code
    if status < 300:
        return
    message = f"{url}: HTTP {status} {answer.reason_phrase}".rstrip()
    if status >= 500 or status == RETRY_LATER_STATUS:
        raise TransientFetchError(f"http_{status}", message)
    raise FetchFailed(f"http_{status}", message)


def _media_type(answer: httpx.Response) -> str:
    """The Content-Type without parameters, lower-case ("" when absent)."""
    return answer.headers.get("Content-Type", "").split(";")[0].strip().lower()


def _reason(err: Exception) -> str:
    """An exception's message, or its class name when it has none (httpx timeouts)."""
    return str(err) or type(err).__name__
