"""Upload one package to the back office over HTTP(S), and classify what went wrong.

Protocol (docs/package-format.md): POST the package bytes to the endpoint with a bearer token,
the package's name and sha256 in headers, and its reference as Idempotency-Key. A 2xx answer
means the server has stored it. The server treats a repeated Idempotency-Key as the same package,
so a retry after a lost answer never creates a duplicate.

`upload.timeout` bounds a whole attempt (name lookup, connect, send, answer), not each socket
read: the attempt runs on a worker thread and, when the time is up, its socket is shut down,
which ends the worker at once; the caller does not wait for it.
"""

import contextlib
import hashlib
import http.client
import socket
import threading
import urllib.error
import urllib.request

from capture_wizard import __version__

RETRYABLE_4XX = (408, 425, 429)
"""Request timeout, too early, too many requests: the server asks to try again later."""
SETTINGS_4XX = (401, 403, 404, 405)
"""Wrong token or wrong endpoint: no package will get through until the settings are fixed."""


class DeliveryError(Exception):
    """Base class; the message is plain words for a person (no personal data)."""


class TryLater(DeliveryError):
    """Timeouts, connection errors, 5xx, 408/429: worth retrying."""


class Refused(DeliveryError):
    """The server refused this package for good (another 4xx): never retried."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class SettingsProblem(DeliveryError):
    """The endpoint or token is wrong (401/403/404/405): stop until someone fixes them."""


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
        self._error: BaseException | None = None

    def run(self) -> None:
        """Returns once the server answered 2xx; raises TryLater when the time is up, or what
        the request raised (HTTPError, URLError, OSError, HTTPException)."""
        worker = threading.Thread(target=self._work, name="upload-attempt", daemon=True)
        worker.start()
        if not self._done.wait(self._timeout):
            self._abandon()
            raise TryLater(f"the server did not answer within {self._timeout:g} s")
        if self._error is not None:
            raise self._error

    def _work(self) -> None:
        try:
            opener = urllib.request.build_opener(_HttpHandler(self), _HttpsHandler(self))
            with opener.open(self._request, timeout=self._timeout) as response:
                response.read()
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


def _server_said(error: urllib.error.HTTPError) -> str:
    try:
        text = error.read(300).decode("utf-8", "replace").strip()
    except Exception:
        text = ""
    return f"HTTP {error.code} {error.reason}" + (f": {text[:200]}" if text else "")


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
        """Returns when the server has stored the package; raises a DeliveryError otherwise."""
        headers = {
            "Content-Type": "application/octet-stream",
            "User-Agent": f"capture-wizard/{__version__}",
            "X-Package-Name": name,
            "X-Package-SHA256": hashlib.sha256(data).hexdigest(),
            "Idempotency-Key": reference,
        }
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        request = urllib.request.Request(self.endpoint, data=data, headers=headers, method="POST")
        try:
            _Attempt(request, self.timeout).run()
        except urllib.error.HTTPError as exc:
            said = _server_said(exc)
            if exc.code >= 500 or exc.code in RETRYABLE_4XX:
                raise TryLater(f"the server had a problem ({said})") from None
            if exc.code in SETTINGS_4XX:
                raise SettingsProblem(
                    f"the server refused the upload settings ({said}); "
                    "check upload.endpoint and upload.token"
                ) from None
            raise Refused(exc.code, f"the server refused the package ({said})") from None
        except TimeoutError:
            raise TryLater(f"the server did not answer within {self.timeout:g} s") from None
        except urllib.error.URLError as exc:
            raise TryLater(f"cannot reach the server ({exc.reason})") from None
        except (ConnectionError, http.client.HTTPException, OSError) as exc:
            raise TryLater(f"the connection failed ({exc.__class__.__name__})") from None
