"""Canonical URLs: the one form of an article's address that its identity is built from.

The same story reaches the warehouse under many URLs: http and https, mobile and AMP editions,
Google's AMP cache, share links with campaign tags, fragments, percent escapes written two ways.
canonical_url maps these variants to one string; identity_url chooses between the URL an article
was fetched at and the canonical URL its page declares. The vocabulary (tracking parameters,
mobile host prefixes, AMP path endings and flags, AMP caches) is data in rules/urls.toml; this
module holds the logic. The canonical form is an identity, not always an address the site
serves: its scheme is always https and its query parameters are sorted.
"""

from __future__ import annotations

import ipaddress
import re
import string
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import SplitResult, unquote, urljoin, urlsplit

from pipeline.clean.rules import RuleError

RULES_PATH = Path(__file__).resolve().parent / "rules" / "urls.toml"

# Schemes of web pages. Both name the same story, so the identity always says https: most sites
# serve both or redirect one to the other, and feeds still link the old http address.
HTTP_SCHEMES = frozenset(("http", "https"))
IDENTITY_SCHEME = "https"
# The default ports of http (80) and https (443) (RFC 9110, 4.2). Either is dropped whatever the
# scheme: the identity has one scheme for both, and https://host:443 must read as https://host.
DEFAULT_PORTS = frozenset((80, 443))

# Characters that mean the same escaped or not (RFC 3986, 2.3): their escapes are decoded.
UNRESERVED = frozenset(string.ascii_letters + string.digits + "-._~")
# Delimiters a site may give a meaning of its own (RFC 3986, 2.2): kept as written, escaped or
# not, because "a%3Db" and "a=b" can be different queries.
SUB_DELIMS = frozenset("!$&'()*+,;=")
# What may stand unescaped in a path and a query (RFC 3986, 3.3 and 3.4); anything else (spaces,
# quotes, non-ASCII letters, a "%" that starts no escape) is percent-encoded as UTF-8.
PATH_SAFE = UNRESERVED | SUB_DELIMS | frozenset(":@/")
QUERY_SAFE = UNRESERVED | SUB_DELIMS | frozenset(":@/?")
# A host name after IDNA encoding: letters, digits, hyphens and (seen on real hosts, though not
# allowed by RFC 952) underscores, in dot-separated labels.
HOST_NAME = re.compile(r"[a-z0-9_-]+(?:\.[a-z0-9_-]+)*")

_TOKEN = re.compile(r"%[0-9A-Fa-f]{2}|.", re.DOTALL)
_SLASHES = re.compile(r"/{2,}")


# --- rules ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AmpCache:
    """A cache that serves a copy of a page under its own host, the origin after a path prefix."""

    host: str
    path_prefixes: tuple[str, ...]

    def serves(self, host: str) -> bool:
        """Whether a host is this cache; a leading dot in `host` matches any host under it."""
        if self.host.startswith("."):
            return host.endswith(self.host) and len(host) > len(self.host)
        return host == self.host


@dataclass(frozen=True)
class UrlRules:
    """The URL variant vocabulary of rules/urls.toml, lower-cased where matching ignores case."""

    tracking_names: frozenset[str]
    tracking_prefixes: tuple[str, ...]
    host_prefixes: tuple[str, ...]
    amp_suffixes: tuple[tuple[str, str], ...]
    amp_flags: frozenset[tuple[str, str]]
    amp_caches: tuple[AmpCache, ...]

    def drops(self, name: str, value: str) -> bool:
        """Whether a query parameter is tracking or an AMP flag, so it is no part of identity."""
        key = name.lower()
        if key in self.tracking_names or key.startswith(self.tracking_prefixes):
            return True
        return (key, value.lower()) in self.amp_flags


def _table(file: str, data: dict, key: str) -> dict:
    """A table of the rule file, or a RuleError naming it."""
    value = data.get(key)
    if not isinstance(value, dict):
        raise RuleError(f"{file}: [{key}] must be a table")
    return value


def _strings(file: str, key: str, value: object) -> list[str]:
    """A list of non-empty strings, or a RuleError naming the file and key."""
    if not isinstance(value, list) or not value:
        raise RuleError(f"{file}: {key} must be a non-empty list")
    for item in value:
        if not isinstance(item, str) or not item or item != item.strip():
            raise RuleError(f"{file}: {key} has {item!r}: entries are non-empty, unpadded strings")
    return value


def load_rules(path: Path = RULES_PATH) -> UrlRules:
    """Read and check a URL rule file: a bad rule must fail when loaded, not mid-crawl."""
    file = path.name
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    tracking, mobile, amp = (_table(file, data, key) for key in ("tracking", "mobile", "amp"))
    names = _strings(file, "tracking.names", tracking.get("names"))
    prefixes = _strings(file, "tracking.prefixes", tracking.get("prefixes"))
    host_prefixes = _strings(file, "mobile.host_prefixes", mobile.get("host_prefixes"))
    for prefix in host_prefixes:
        if not HOST_NAME.fullmatch(prefix.lower().removesuffix(".")) or not prefix.endswith("."):
            raise RuleError(f"{file}: mobile.host_prefixes has {prefix!r}: a label and a dot")
    suffixes = amp.get("path_suffixes")
    if not isinstance(suffixes, list) or not suffixes:
        raise RuleError(f"{file}: amp.path_suffixes must be a non-empty list")
    for pair in suffixes:
        # Shorter replacements guarantee that removing endings again and again stops.
        if (
            not isinstance(pair, list)
            or len(pair) != 2
            or not all(isinstance(part, str) for part in pair)
            or len(pair[1]) >= len(pair[0])
        ):
            raise RuleError(
                f"{file}: amp.path_suffixes has {pair!r}: [ending, shorter replacement]"
            )
    flags = set()
    for flag in _strings(file, "amp.query_flags", amp.get("query_flags")):
        name, _, value = flag.partition("=")
        if not name:
            raise RuleError(f"{file}: amp.query_flags has {flag!r}: a flag needs a name")
        flags.add((name.lower(), value.lower()))
    caches = []
    for spec in data.get("amp_cache", []):
        host = spec.get("host") if isinstance(spec, dict) else None
        if not isinstance(host, str) or not HOST_NAME.fullmatch(host.lower().removeprefix(".")):
            raise RuleError(f"{file}: amp_cache has a bad host {host!r}")
        cache_prefixes = _strings(
            file, f"amp_cache {host} path_prefixes", spec.get("path_prefixes")
        )
        for prefix in cache_prefixes:
            if not (prefix.startswith("/") and prefix.endswith("/") and len(prefix) > 1):
                raise RuleError(f"{file}: amp_cache {host} has {prefix!r}: a /path/ prefix")
        caches.append(AmpCache(host.lower(), tuple(cache_prefixes)))
    return UrlRules(
        tracking_names=frozenset(name.lower() for name in names),
        tracking_prefixes=tuple(prefix.lower() for prefix in prefixes),
        host_prefixes=tuple(prefix.lower() for prefix in host_prefixes),
        # Longest ending first: when one ending is the tail of another, the longer one is meant.
        amp_suffixes=tuple(sorted((tuple(p) for p in suffixes), key=lambda p: -len(p[0]))),
        amp_flags=frozenset(flags),
        amp_caches=tuple(caches),
    )


@cache
def url_rules() -> UrlRules:
    """The rules of rules/urls.toml, read once per process."""
    return load_rules()


# --- canonical form ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Parts:
    """A URL in canonical form, kept in pieces for the AMP cache and home-page checks."""

    netloc: str
    path: str
    query: str

    @property
    def url(self) -> str:
        """The pieces joined into the canonical URL."""
        query = f"?{self.query}" if self.query else ""
        return f"{IDENTITY_SCHEME}://{self.netloc}{self.path}{query}"


def _escapes(text: str, safe: frozenset[str]) -> str:
    """One spelling per character: unreserved escapes decoded, other escapes upper-case hex."""
    out = []
    for match in _TOKEN.finditer(text):
        token = match.group()
        if len(token) == 3:
            char = chr(int(token[1:], 16))
            out.append(char if char in UNRESERVED else token.upper())
        elif token in safe:
            out.append(token)
        else:
            # surrogatepass: a lone surrogate (possible in decoded JSON) is encoded, not an error.
            out.append("".join(f"%{byte:02X}" for byte in token.encode("utf-8", "surrogatepass")))
    return "".join(out)


def _host(parts: SplitResult, rules: UrlRules) -> str | None:
    """The host in one spelling: lower case, punycode, no trailing dot, no mobile prefix."""
    hostname = parts.hostname  # lower-cased, without userinfo, port or IPv6 brackets
    if not hostname:
        return None
    if ":" in hostname:
        try:
            return f"[{ipaddress.IPv6Address(hostname).compressed}]"
        except ValueError:
            return None
    # Browsers decode escapes in a host ("ex%61mple.com"); "example.com." is the fully qualified
    # spelling of "example.com".
    name = unquote(hostname).rstrip(".")
    try:
        # The standard library's IDNA codec (IDNA 2003); it refuses empty and over-long labels.
        name = name.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return None
    if not HOST_NAME.fullmatch(name):
        return None
    # "www." is kept: www.example.com and example.com can be different sites, and unlike the
    # mobile prefixes nothing says they are the same one.
    stripped = True
    while stripped:
        stripped = False
        for prefix in rules.host_prefixes:
            rest = name[len(prefix) :]
            if name.startswith(prefix) and "." in rest:
                name, stripped = rest, True
    return name


def _remove_dot_segments(path: str) -> str:
    """Resolve "." and ".." as a browser does before it sends a request (RFC 3986, 5.2.4)."""
    segments = path.split("/")[1:]
    out: list[str] = []
    for i, segment in enumerate(segments):
        last = i == len(segments) - 1
        if segment in (".", ".."):
            if segment == ".." and out:
                out.pop()
            if last:
                out.append("")
        else:
            out.append(segment)
    return "/" + "/".join(out)


def _path(path: str, rules: UrlRules) -> str:
    """The path in one spelling: escapes, no empty or dot segments, no AMP ending."""
    path = _escapes(path, PATH_SAFE) or "/"
    # Repeated until nothing changes, so the result is stable: removing an AMP ending can leave
    # a dot segment ("/a/..amp" -> "/a/.") or another ending ("/story/amp/amp"). Every change
    # shortens the path, so this stops.
    while True:
        new = _remove_dot_segments(_SLASHES.sub("/", path))
        for suffix, replacement in rules.amp_suffixes:
            if new.endswith(suffix):
                new = new[: -len(suffix)] + replacement
                break
        new = new or "/"
        if new == path:
            return path
        path = new


def _query(query: str, rules: UrlRules) -> str:
    """The query without tracking parameters and AMP flags, in a stable order."""
    params = []
    for piece in query.split("&"):
        if not piece:
            continue
        name, equals, value = piece.partition("=")
        name, value = _escapes(name, QUERY_SAFE), _escapes(value, QUERY_SAFE)
        if not rules.drops(name, value):
            # "a" and "a=" stay as written: a site may tell a bare flag from an empty value.
            params.append((name, f"{name}{equals}{value}"))
    # Sorted by name so that share links that list the same parameters in another order give
    # one identity; the sort is stable, so repeated names ("tag=a&tag=b") keep their order,
    # which can matter (lists), while the order between different names practically never does.
    params.sort(key=lambda param: param[0])
    return "&".join(text for _, text in params)


def _normalise(url: str, rules: UrlRules) -> _Parts | None:
    """The URL's pieces in canonical form, or None when it is not an absolute http(s) URL."""
    try:
        parts = urlsplit(url.strip())
        if parts.scheme not in HTTP_SCHEMES:
            return None
        host = _host(parts, rules)
        port = parts.port
    except ValueError:  # a bad IPv6 literal, a port that is not a number in 0-65535
        return None
    if host is None:
        return None
    netloc = host if port is None or port in DEFAULT_PORTS else f"{host}:{port}"
    # The userinfo and the fragment are dropped: neither changes which page the server sends.
    return _Parts(netloc, _path(parts.path, rules), _query(parts.query, rules))


def _cached_origin(parts: _Parts, rules: UrlRules) -> str | None:
    """The origin URL of an AMP cache copy, or None when the URL is no cache copy."""
    for amp_cache in rules.amp_caches:
        if not amp_cache.serves(parts.netloc):
            continue
        for prefix in amp_cache.path_prefixes:
            if parts.path.startswith(prefix):
                rest = parts.path[len(prefix) :].removeprefix("s/")
                host, slash, path = rest.partition("/")
                query = f"?{parts.query}" if parts.query else ""
                return f"{IDENTITY_SCHEME}://{host}{slash}{path}{query}"
    return None


def canonical_url(url: str) -> str | None:
    """The identity form of an http(s) URL, or None when it is not an absolute http(s) URL."""
    if not isinstance(url, str):
        return None
    rules = url_rules()
    parts = _normalise(url, rules)
    if parts is None:
        return None
    # An AMP cache copy is its origin. Each origin's path is a shorter tail of the path before,
    # so this stops; an origin that is no http(s) URL leaves the cache URL as it is.
    while (origin := _cached_origin(parts, rules)) is not None:
        origin_parts = _normalise(origin, rules)
        if origin_parts is None:
            break
        parts = origin_parts
    return parts.url


def is_http_url(url: str) -> bool:
    """Whether a string is an absolute http(s) URL that canonical_url gives a form for."""
    return canonical_url(url) is not None


def _is_home_page(url: str) -> bool:
    """Whether a canonical URL is a site's root page ("/", no query)."""
    parts = urlsplit(url)
    return parts.path == "/" and not parts.query


def identity_url(given: str | None, declared: str | None) -> str | None:
    """The URL an article is known by: the page's declared canonical (rel=canonical / og:url) when it is usable, else the given URL, both canonicalized."""
    # A declared canonical on another site is accepted: syndication partners declare the
    # original publisher's URL, and their copy is the same story.
    fetched = canonical_url(given) if isinstance(given, str) else None
    if isinstance(declared, str) and declared.strip():
        reference: str | None = declared.strip()
        if fetched is not None:
            try:
                reference = urljoin(given.strip(), declared.strip())
            except ValueError:
                reference = None
        chosen = canonical_url(reference) if reference else None
        # Many sites point every page's canonical at their home page (or a section host's
        # root): taken at its word, it would merge all their stories into one.
        if chosen is not None and not (
            fetched is not None and _is_home_page(chosen) and not _is_home_page(fetched)
        ):
            return chosen
    return fetched
