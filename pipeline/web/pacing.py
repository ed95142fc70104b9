"""A per-host rate limit shared by the threads that fetch."""

import threading
import time


class HostPacer:
    """Spaces requests to the same host at least an interval apart, across threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._next_slot: dict[str, float] = {}

    def wait(self, host: str, interval: float) -> None:
        """Block until this host may be asked again, and book the slot after that."""
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next_slot.get(host, now))
            self._next_slot[host] = slot + interval
        if slot > now:
            time.sleep(slot - now)
