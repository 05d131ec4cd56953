"""Downloading one web page: http(s) only, one deadline, a size cap.

- **One deadline for the whole download** (connecting, the headers, the body): a socket
  timeout alone is per read, and a server sending a byte a second would hold a command for
  ever.  When the deadline passes, a timer shuts the connection's socket down, which ends
  any read in progress at once.
- **Redirects** are followed only to http:// and https:// addresses, checked at every hop
  (urllib alone would follow one to ftp://), and at most :data:`MAX_REDIRECTS` of them; a
  loop is one line.
- **Size**: a declared length over the cap is refused before reading, and the body is read
  in chunks up to the cap + 1 byte.

Failures are :class:`FetchError` with a one-line reason (the URL is added by the caller).
"""

from __future__ import annotations

import http.client
import os
import socket
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urljoin, urlparse

from .fileio import size_text

__all__ = ["FetchError", "Page", "fetch", "MAX_REDIRECTS"]

MAX_REDIRECTS = 10
USER_AGENT = "dutch-reader/0.1 (a reading tool)"


class FetchError(Exception):
    """The page cannot be fetched; ``str(exc)`` is one line."""


@dataclass(slots=True)
class Page:
    data: bytes
    content_type: str
    url: str  # after redirects


class _Deadline:
    """The end of a download: a timer that shuts down every socket opened for it."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.expired = False
        self._socks: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def remaining(self) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            self.expired = True
            raise FetchError(self.message())
        return left

    def message(self) -> str:
        return f"no complete answer within {self.seconds:g} s"

    def watch(self, sock: socket.socket) -> None:
        # a duplicate of the descriptor: shutting it down ends reads on the original too,
        # also after the original is wrapped in TLS
        dup = socket.socket(fileno=os.dup(sock.fileno()))
        with self._lock:
            self._socks.append(dup)
            late = self.expired
        if late:
            self._shutdown(dup)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            socks = list(self._socks)
        for s in socks:
            self._shutdown(s)

    @staticmethod
    def _shutdown(s: socket.socket) -> None:
        try:
            s.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def close(self) -> None:
        self._timer.cancel()
        with self._lock:
            socks, self._socks = self._socks, []
        for s in socks:
            s.close()

    def connection(self, base: type[http.client.HTTPConnection]):
        deadline = self

        class Connection(base):  # type: ignore[misc, valid-type]
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)

                def create(address, timeout=None, source_address=None, **kw):
                    left = deadline.remaining()
                    sock = socket.create_connection(
                        address, min(timeout, left) if isinstance(timeout, (int, float)) else left,
                        source_address, **kw)
                    deadline.watch(sock)
                    return sock

                self._create_connection = create

        return Connection


class _HTTP(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._conn = deadline.connection(http.client.HTTPConnection)

    def http_open(self, req):
        return self.do_open(self._conn, req)


class _HTTPS(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._conn = deadline.connection(http.client.HTTPSConnection)

    def https_open(self, req):
        return self.do_open(self._conn, req, context=self._context)


def _check_redirect(newurl: str) -> None:
    parts = urlparse(newurl)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FetchError(f"the server redirects to {newurl}; only http:// and https:// "
                         "addresses are followed")


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def http_error_302(self, req, fp, code, msg, headers):
        location = headers.get("location") or headers.get("uri")
        if location:
            _check_redirect(urljoin(req.full_url, location))
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        _check_redirect(newurl)
        hops = getattr(req, "hops", 0) + 1
        if hops > MAX_REDIRECTS:
            raise FetchError(f"more than {MAX_REDIRECTS} redirects (a redirect loop)")
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None:
            new.hops = hops
        return new


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def fetch(url: str, timeout: float, max_bytes: int, accept: tuple[str, ...]) -> Page:
    """GET *url* within *timeout* seconds in all; a body of at most *max_bytes* of one of
    the content types *accept*."""
    parts = urlparse(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FetchError("only http:// and https:// addresses can be opened")
    deadline = _Deadline(timeout)
    opener = urllib.request.build_opener(_HTTP(deadline), _HTTPS(deadline), _Redirects())
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with opener.open(request, timeout=timeout) as response:
            kind = response.headers.get_content_type()
            if kind not in accept:
                raise FetchError(f"this is {kind}, not a web page or a text")
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise FetchError(f"the page is larger than {size_text(max_bytes)}")
            chunks, size = [], 0
            while size <= max_bytes:
                chunk = response.read(min(65536, max_bytes + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
            final = response.geturl()
        if deadline.expired:  # the socket was shut down under a read that then "ended"
            raise FetchError(deadline.message())
        if size > max_bytes:
            raise FetchError(f"the page is larger than {size_text(max_bytes)}")
        return Page(b"".join(chunks), kind, final)
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        if deadline.expired:
            raise FetchError(deadline.message()) from None
        if 300 <= exc.code < 400 and "loop" in str(exc.msg):
            raise FetchError("the server redirects in a loop") from None
        raise FetchError(f"the server answered {exc.code} {_one_line(exc.reason)}") from None
    except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as exc:
        if deadline.expired:
            raise FetchError(deadline.message()) from None
        reason = getattr(exc, "reason", None) or exc
        raise FetchError(f"cannot be fetched ({_one_line(reason)})") from None
    finally:
        deadline.close()
