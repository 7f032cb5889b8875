"""Upload one package to the back office over HTTP(S), and classify what went wrong.

Protocol (docs/package-format.md): POST the package bytes to the endpoint with a bearer token,
the package's name and sha256 in headers, and its reference as Idempotency-Key. The package
counts as stored only when the server answers 2xx with a JSON body that echoes the package's
name and sha256 (`{"name": ..., "sha256": ...}`): any other answer, a 2xx from a captive
portal or from a wrong endpoint included, leaves it queued. The server treats a repeated
Idempotency-Key as the same package, so a retry after a lost answer never creates a duplicate.

Redirects are never followed: a 3xx is a configuration problem (everything stays queued), so
the token only ever goes to the endpoint's own origin.

`upload.timeout` bounds a whole attempt (name lookup, connect, send, answer), not each socket
read: the attempt runs on a worker thread and, when the time is up, its socket is shut down,
which ends the worker at once; the caller does not wait for it.
"""

import contextlib
import hashlib
import http.client
import json
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from capture_wizard import __version__

RETRYABLE_4XX = (408, 425, 429)
"""Request timeout, too early, too many requests: the server asks to try again later."""
SETTINGS_4XX = (401, 403, 404, 405)
"""Wrong token or wrong endpoint: no package will get through until the settings are fixed."""
ANSWER_LIMIT = 64 * 1024
"""The most of an answer's body that is read: a confirmation is a few hundred bytes."""


class DeliveryError(Exception):
    """Base class; the message is plain words for a person (no personal data, no token)."""


class TryLater(DeliveryError):
    """Timeouts, connection errors, 5xx, 408/429, a confirmation of another package: worth
    retrying."""


class Refused(DeliveryError):
    """The server refused this package for good (another 4xx): never retried."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class SettingsProblem(DeliveryError):
    """The endpoint or token is wrong (401/403/404/405, a redirect, a 2xx that confirms
    nothing): stop until someone fixes them; everything stays queued."""


@dataclass(frozen=True)
class _Answer:
    status: int
    reason: str
    location: str
    body: bytes


class _DeadlineExpired(Exception):
    """Raised inside an abandoned attempt's worker; nobody waits for it any more."""


class _Attempt:
    """One request on a worker thread, given up after `timeout` seconds in all.

    Every socket the request opens is watched through a duplicate (`socket.dup`): shutting the
    duplicate down ends a recv or send blocked on the original, TLS included, so an abandoned
    worker ends at once instead of trickling on. Only a name lookup cannot be interrupted; the
    worker then ends when the lookup does, without connecting."""

    def __init__(self, request: urllib.request.Request, timeout: float) -> None:
        self._request = request
        self._timeout = timeout
        self._lock = threading.Lock()
        self._watched: list[socket.socket] = []
        self._abandoned = False
        self._done = threading.Event()
        self._answer: _Answer | None = None
        self._error: BaseException | None = None

    def run(self) -> _Answer:
        """The server's answer; raises TryLater when the time is up, or what the request
        raised (URLError, OSError, HTTPException)."""
        worker = threading.Thread(target=self._work, name="upload-attempt", daemon=True)
        worker.start()
        if not self._done.wait(self._timeout):
            self._abandon()
            raise TryLater(f"the server did not answer within {self._timeout:g} s")
        if self._error is not None:
            raise self._error
        assert self._answer is not None
        return self._answer

    def _work(self) -> None:
        try:
            opener = urllib.request.build_opener(
                _EveryAnswer(), _NoRedirects(), _HttpHandler(self), _HttpsHandler(self)
            )
            with opener.open(self._request, timeout=self._timeout) as response:
                body = response.read(ANSWER_LIMIT)
                self._answer = _Answer(
                    response.status,
                    response.reason or "",
                    response.headers.get("Location", ""),
                    body,
                )
        except BaseException as exc:  # handed to the caller, who decides
            self._error = exc
        finally:
            with self._lock:
                for watched in self._watched:
                    watched.close()
                self._watched.clear()
            self._done.set()

    def _abandon(self) -> None:
        with self._lock:
            self._abandoned = True
            for watched in self._watched:
                with contextlib.suppress(OSError):
                    watched.shutdown(socket.SHUT_RDWR)

    def create_connection(self, address, *args, **kwargs) -> socket.socket:
        """socket.create_connection, with the new socket watched (see the class)."""
        with self._lock:
            if self._abandoned:
                raise _DeadlineExpired
        sock = socket.create_connection(address, *args, **kwargs)
        with self._lock:
            if self._abandoned:
                sock.close()
                raise _DeadlineExpired
            self._watched.append(sock.dup())
        return sock

    def connection_class(self, http_class):
        def make(*args, **kwargs):
            connection = http_class(*args, **kwargs)
            # http.client opens its socket through this attribute (there for this purpose in
            # its own tests); a proxy tunnel and TLS go over the same socket.
            connection._create_connection = self.create_connection
            return connection

        return make


class _WatchedConnections:
    def __init__(self, attempt: _Attempt) -> None:
        super().__init__()
        self._attempt = attempt

    def do_open(self, http_class, req, **kwargs):
        return super().do_open(self._attempt.connection_class(http_class), req, **kwargs)


class _HttpHandler(_WatchedConnections, urllib.request.HTTPHandler):
    pass


class _HttpsHandler(_WatchedConnections, urllib.request.HTTPSHandler):
    pass


class _EveryAnswer(urllib.request.HTTPErrorProcessor):
    """Hands every answer back as it is: no HTTPError, and so no redirect is ever followed
    (urllib follows redirects only from its error handling)."""

    def http_response(self, request, response):
        return response

    https_response = http_response


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Belt and braces: should a redirect reach the redirect handler, it is not followed."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def _where(location: str) -> str:
    """Where a redirect points, without user, query or fragment (they may carry secrets)."""
    try:
        parts = urllib.parse.urlsplit(location.strip())
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return ""
    if parts.scheme and host:
        host = f"[{host}]" if ":" in host else host
        return f"{parts.scheme}://{host}{port}"
    return parts.path[:100]


class HttpUploader:
    def __init__(self, endpoint: str, token: str, timeout: float) -> None:
        if not endpoint.startswith(("http://", "https://")):
            raise SettingsProblem(
                f"upload.endpoint must start with http:// or https://: {endpoint}"
            )
        self.endpoint = endpoint
        self.token = token
        self.timeout = timeout

    def upload(self, name: str, reference: str, data: bytes) -> None:
        """Returns when the server has confirmed it stored the package; raises a DeliveryError
        otherwise. Takes at most `timeout` seconds."""
        digest = hashlib.sha256(data).hexdigest()
        headers = {
            "Content-Type": "application/octet-stream",
            "Accept": "application/json",
            "User-Agent": f"capture-wizard/{__version__}",
            "X-Package-Name": name,
            "X-Package-SHA256": digest,
            "Idempotency-Key": reference,
        }
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        request = urllib.request.Request(self.endpoint, data=data, headers=headers, method="POST")
        try:
            answer = _Attempt(request, self.timeout).run()
        except TimeoutError:
            raise TryLater(f"the server did not answer within {self.timeout:g} s") from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise TryLater(f"the server did not answer within {self.timeout:g} s") from None
            raise TryLater(f"cannot reach the server ({self._scrub(str(exc.reason))})") from None
        except (ConnectionError, http.client.HTTPException, OSError) as exc:
            raise TryLater(f"the connection failed ({exc.__class__.__name__})") from None
        self._judge(answer, name, digest)

    def _judge(self, answer: _Answer, name: str, digest: str) -> None:
        status = answer.status
        if 200 <= status < 300:
            return self._check_confirmation(answer, name, digest)
        if 300 <= status < 400:
            where = _where(answer.location)
            raise SettingsProblem(
                f"the server answered with a redirect (HTTP {status}"
                + (f" to {where}" if where else "")
                + "), which is never followed: set upload.endpoint to the address that stores "
                "the packages itself (a Wi-Fi login page also answers like this)"
            )
        said = self._said(answer)
        if status >= 500 or status in RETRYABLE_4XX:
            raise TryLater(f"the server had a problem ({said})")
        if status in SETTINGS_4XX:
            raise SettingsProblem(
                f"the server refused the upload settings ({said}); "
                "check upload.endpoint and upload.token"
            )
        if status >= 400:
            raise Refused(status, f"the server refused the package ({said})")
        raise TryLater(f"the server gave an unexpected answer ({said})")

    def _check_confirmation(self, answer: _Answer, name: str, digest: str) -> None:
        try:
            confirmation = json.loads(answer.body.decode("utf-8"))
        except ValueError:  # not UTF-8, not JSON, cut at ANSWER_LIMIT
            confirmation = None
        if not (
            isinstance(confirmation, dict)
            and isinstance(confirmation.get("name"), str)
            and isinstance(confirmation.get("sha256"), str)
        ):
            raise SettingsProblem(
                f"the server answered HTTP {_status_line(answer)} but did not confirm that it "
                "stored the package (no JSON answer with its name and sha256); check that "
                "upload.endpoint is the back office's upload address (a Wi-Fi login page also "
                "answers like this)"
            )
        if confirmation["name"] != name or confirmation["sha256"].lower() != digest:
            raise TryLater(
                "the server's confirmation names another package or another sha256 than the "
                "one sent; it is sent again"
            )

    def _said(self, answer: _Answer) -> str:
        text = answer.body[:300].decode("utf-8", "replace").strip()
        text = self._scrub(text)
        return f"HTTP {_status_line(answer)}" + (f": {text[:200]}" if text else "")

    def _scrub(self, text: str) -> str:
        """The server's words, without our token should it echo it back."""
        return text.replace(self.token, "[token]") if self.token else text


def _status_line(answer: _Answer) -> str:
    return f"{answer.status} {answer.reason}".strip()
