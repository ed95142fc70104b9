"""Where a fetch may go: http(s) only, and never to a private address the user did not name.

A feed is written by someone else: its links could point at file:// paths or at services on
the machine or network running the ingest (a database's HTTP port, a cloud metadata service).
Links found in feeds are only followed to public addresses, or to a host:port the user gave.
"""

import ipaddress
import socket
from urllib.parse import urlsplit

ALLOWED_SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}


class ForbiddenTarget(ValueError):
    """The URL may not be fetched; the message says why."""


def host_key(url: str) -> str:
    """host:port of an http(s) URL, the unit the user trusts and the rate limit counts."""
    parts = urlsplit(url)
    port = parts.port or DEFAULT_PORTS.get(parts.scheme, 0)
    return f"{(parts.hostname or '').lower()}:{port}"


def check_target(url: str, trusted_hosts: frozenset[str]) -> None:
    """Raise ForbiddenTarget unless url is http(s) to a public address or a trusted host."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as err:
        raise ForbiddenTarget(f"not a valid URL: {err}") from None
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        scheme = parts.scheme or "no scheme"
        raise ForbiddenTarget(f"only http and https are fetched, not {scheme}")
    if not parts.hostname:
        raise ForbiddenTarget("the URL has no host")
    if host_key(url) in trusted_hosts:
        return
    for address in _addresses(parts.hostname):
        if not address.is_global:
            raise ForbiddenTarget(
                f"{parts.hostname} is a private, loopback or reserved address ({address}); "
                "name it as a source to allow it"
            )


def _addresses(host: str) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    """Every address the host name resolves to (a literal address is itself)."""
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return []  # unresolvable: the connection attempt fails and says so
    return [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
