"""A real HTTP server on 127.0.0.1 for the tests: pages, feeds and faults made for them."""

import gzip
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import brotli

Handler = Callable[[BaseHTTPRequestHandler], None]


@dataclass(frozen=True)
class Hit:
    """One request the server answered."""

    path: str
    status: int
    at: float
    headers: dict[str, str]


@dataclass
class Site:
    """What the server serves, by path (query included), and what it was asked."""

    routes: dict[str, Handler] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    base: str = ""

    def url(self, path: str) -> str:
        """The absolute URL of a path on this server."""
        return self.base + path

    def statuses(self, path: str) -> list[int]:
        """The status of every answer given for path, in order."""
        with self.lock:
            return [h.status for h in self.hits if h.path == path]

    def times(self, prefix: str) -> list[float]:
        """When requests for paths starting with prefix arrived."""
        with self.lock:
            return [h.at for h in self.hits if h.path.startswith(prefix)]

    def clear(self) -> None:
        """Forget the requests seen so far."""
        with self.lock:
            self.hits.clear()


def page(
    body: bytes,
    content_type: str = "text/html; charset=utf-8",
    *,
    etag: str | None = None,
    last_modified: float | None = None,
    encoding: str | None = None,
) -> Handler:
    """A page that honours If-None-Match / If-Modified-Since, optionally compressed."""
    modified = formatdate(last_modified, usegmt=True) if last_modified is not None else None
    payload = _compress(body, encoding)

    def handle(request: BaseHTTPRequestHandler) -> None:
        if (etag and request.headers.get("If-None-Match") == etag) or (
            modified and request.headers.get("If-Modified-Since") == modified
        ):
            _answer(request, 304, b"", {})
            return
        headers = {"Content-Type": content_type}
        if etag:
            headers["ETag"] = etag
        if modified:
            headers["Last-Modified"] = modified
        if encoding:
            headers["Content-Encoding"] = encoding
        _answer(request, 200, payload, headers)

    return handle


def status(code: int) -> Handler:
    """An error answer with a short body."""
    return lambda request: _answer(request, code, b"error", {"Content-Type": "text/plain"})


def redirect(location: str, code: int = 302) -> Handler:
    """A redirect to location (relative or absolute)."""
    return lambda request: _answer(request, code, b"", {"Location": location})


def slow(seconds: float) -> Handler:
    """A server that thinks for seconds before answering at all."""

    def handle(request: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        _answer(request, 200, b"<p>late</p>", {"Content-Type": "text/html"})

    return handle


def endless(request: BaseHTTPRequestHandler) -> None:
    """A body that never ends (no Content-Length, chunks until the client hangs up)."""
    request.send_response(200)
    request.send_header("Content-Type", "text/html")
    request.end_headers()
    chunk = b"<p>" + b"more words " * 6000 + b"</p>\n"
    try:
        while True:
            request.wfile.write(chunk)
    except (BrokenPipeError, ConnectionResetError):
        pass


def _compress(body: bytes, encoding: str | None) -> bytes:
    if encoding == "gzip":
        return gzip.compress(body)
    if encoding == "br":
        return brotli.compress(body)
    return body


def _answer(request: BaseHTTPRequestHandler, code: int, body: bytes, headers: dict) -> None:
    request.send_response(code)
    for name, value in headers.items():
        request.send_header(name, value)
    request.send_header("Content-Length", str(len(body)))
    request.end_headers()
    request.wfile.write(body)


@contextmanager
def serving(site: Site) -> Iterator[Site]:
    """Serve site on 127.0.0.1 on a free port until the block ends."""

    class RequestHandler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            handler = site.routes.get(self.path, status(404))
            arrived = time.monotonic()
            handler(self)
            with site.lock:
                site.hits.append(Hit(self.path, self._status, arrived, dict(self.headers)))

        def send_response(self, code: int, message: str | None = None) -> None:
            self._status = code
            super().send_response(code, message)

        def log_message(self, format: str, *args: object) -> None:
            """Keep the test output clean."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), RequestHandler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
