"""robots.txt, read once per host and run, interpreted as RFC 9309 says."""

import threading
from dataclasses import dataclass
from urllib.robotparser import RobotFileParser

# RFC 9309 section 2.5: crawlers should parse at least the first 500 KiB of a robots.txt.
MAX_ROBOTS_BYTES = 500 * 1024


@dataclass(frozen=True)
class RobotsRules:
    """What one host's robots.txt allows this crawler, and the delay it asks for."""

    parser: RobotFileParser | None  # None: no rules (the file is missing), everything allowed
    agent: str

    def allows(self, url: str) -> bool:
        """Whether the host lets this crawler fetch url."""
        return self.parser is None or self.parser.can_fetch(self.agent, url)

    def crawl_delay(self) -> float | None:
        """The seconds between requests the host asks for, if any."""
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(self.agent)
        return float(delay) if delay is not None else None


def parse_robots(text: str, agent: str) -> RobotsRules:
    """Rules from the text of a robots.txt."""
    parser = RobotFileParser()
    parser.parse(text[:MAX_ROBOTS_BYTES].splitlines())
    return RobotsRules(parser, agent)


def allow_all(agent: str) -> RobotsRules:
    """The rules of a host with no robots.txt (RFC 9309 2.3.1.3: 4xx means no restrictions)."""
    return RobotsRules(None, agent)


class RobotsCache:
    """One robots.txt per host for the length of a run, shared by the fetching threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rules: dict[str, RobotsRules] = {}
        self._host_locks: dict[str, threading.Lock] = {}

    def lock_for(self, host: str) -> threading.Lock:
        """A lock per host, so two threads do not both download its robots.txt."""
        with self._lock:
            return self._host_locks.setdefault(host, threading.Lock())

    def get(self, host: str) -> RobotsRules | None:
        """The host's rules if already read."""
        with self._lock:
            return self._rules.get(host)

    def put(self, host: str, rules: RobotsRules) -> None:
        """Remember a host's rules."""
        with self._lock:
            self._rules[host] = rules
