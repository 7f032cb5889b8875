"""Upload one package to the back office over HTTP(S), and classify what went wrong.

Protocol (docs/package-format.md): POST the package bytes to the endpoint with a bearer token,
the package's name and sha256 in headers, and its reference as Idempotency-Key. A 2xx answer
means the server has stored it. The server treats a repeated Idempotency-Key as the same package,
so a retry after a lost answer never creates a duplicate.
"""

import hashlib
import http.client
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
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                response.read()
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
