"""The hand-off's web server: aiohttp on its own thread and event loop, bound to one LAN
address. Three routes, all under the secret token; nothing else is served (no files, so no
directory listing or path to traverse). Uploads arrive sealed by the phone's page (`sealing`:
the key is in the link's fragment, which the server never receives nor serves), are held in
memory only, opened in place, decoded by content, checked on a small thread pool and wiped
afterwards. An upload that is not sealed, or does not open with the hand-off's key, is refused.

Every answer that is not the page is JSON: `{"error": code, "message": ...}` on failure, even
for requests aiohttp cannot parse (a bad request line, an unknown method, a line over 8 KB):
those are answered by `_Protocol`, which logs what went wrong but never what was sent (the
request line carries the token). Every message is in the person's language, aiohttp's own
refusals included.
"""

import asyncio
import json
import logging
import secrets
import socket
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from aiohttp import web
from aiohttp.http_exceptions import BadHttpMethod, HttpProcessingError
from aiohttp.web_protocol import RequestHandler
from aiohttp.web_urldispatcher import _default_expect_handler

from capture_wizard.core.checks import Report
from capture_wizard.core.imageio import ImageLoadError, ImageTooLarge, decode_image
from capture_wizard.core.languages import QT_TRANSLATE_NOOP
from capture_wizard.core.steps import Step
from capture_wizard.handoff import page_texts, sealing
from capture_wizard.handoff.ratelimit import RateLimiter
from capture_wizard.handoff.session import HandoffSession, Refused
from capture_wizard.resources import resource

log = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 15 * 1024 * 1024
"""A phone photo is 2-8 MB; larger ones are refused, their requests before they are read (a
sealed photo's body may be `sealing.OVERHEAD` bytes longer)."""
CHECK_WORKERS = 2
"""Uploads checked at once (the checks of two photos may overlap; decoding is one at a time, see
`HandoffSession.decoding`)."""
READ_IDLE_SECONDS = 30.0
"""An upload that sends nothing for this long is given up (408) and its step waits again."""
READ_TOTAL_SECONDS = 300.0
"""And one that takes longer than this in all (15 MB at 400 kbit/s)."""
PHONE_COOKIE = "cw_phone"

STATUS = {
    "invalid_link": 403,
    "in_use": 409,
    "expired": 410,
    "finished": 410,
    "closed": 410,
    "unknown_step": 404,
    "not_found": 404,
    "method_not_allowed": 405,
    "timeout": 408,
    "too_large": 413,
    "image_too_large": 413,
    "not_an_image": 415,
    "not_encrypted": 415,
    "undecryptable": 400,
    "rate_limited": 429,
    "bad_request": 400,
    "internal": 500,
}

Checker = Callable[[Step, np.ndarray], Report]

SPECULATIVE = {
    "sec-purpose": ("prefetch", "prerender"),
    "purpose": ("prefetch", "preview", "prerender"),
    "x-purpose": ("prefetch", "preview"),
    "x-moz": ("prefetch",),
}
"""Request headers by which browsers and link previews announce a prefetch or a preview."""

MESSAGES = {
    "bad_request": QT_TRANSLATE_NOOP("Phone", "This request could not be understood."),
    "method_not_allowed": QT_TRANSLATE_NOOP("Phone", "This address does not accept that."),
    "not_found": QT_TRANSLATE_NOOP("Phone", "There is nothing here."),
    "rate_limited": QT_TRANSLATE_NOOP("Phone", "Too many requests. Wait a moment and try again."),
    "internal": QT_TRANSLATE_NOOP("Phone", "Something went wrong. Please try again."),
    "not_encrypted": QT_TRANSLATE_NOOP(
        "Phone",
        "The photo was not sent encrypted, so it was not accepted. Open the link from the QR "
        "code on the computer again, then take the photo.",
    ),
    "undecryptable": QT_TRANSLATE_NOOP(
        "Phone",
        "The photo could not be unlocked on the computer. Scan the QR code on the computer "
        "again, then take the photo.",
    ),
}
"""In the person's language (`HandoffServer._message`, `_Protocol`)."""
REFUSED_BY_AIOHTTP = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}
"""The code of a refusal aiohttp raises itself (an `HTTPException` reaching the middleware);
any other is a `bad_request`, or `internal` from 500 on."""


def _page_template() -> str:
    """The phone's page with TweetNaCl.js inlined (its own nonce'd script: no external asset,
    no extra route). The library is vendored unchanged (resources/handoff/README.md)."""
    page = resource("handoff", "phone.html").read_text(encoding="utf-8")
    library = resource("handoff", "tweetnacl", "nacl-fast.min.js").read_text(encoding="utf-8")
    if "</script" in library.lower() or "{{" in library:
        raise ValueError("the vendored TweetNaCl.js cannot be inlined into the page as it is")
    return page.replace("{{TWEETNACL}}", library)


def _error(code: str, message: str, **headers: str) -> web.Response:
    body = json.dumps({"error": code, "message": message})
    return web.Response(
        status=STATUS[code], text=body, content_type="application/json", headers=headers
    )


def _speculative(request: web.Request) -> bool:
    """A HEAD, a prefetch or a link preview: not the phone opening the link."""
    if request.method == "HEAD":
        return True
    for header, purposes in SPECULATIVE.items():
        value = request.headers.get(header, "").lower()
        if any(purpose in value for purpose in purposes):
            return True
    return False


def _secure(response: web.StreamResponse, nonce: str = "") -> None:
    """Nothing cached, nothing framed, no referrer (the token is in the URL), and only the
    page's own inline script and style may run."""
    own = f"'nonce-{nonce}'" if nonce else "'none'"
    response.headers.update(
        {
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
            "X-Frame-Options": "DENY",
            "Referrer-Policy": "no-referrer",
            "Content-Security-Policy": (
                f"default-src 'none'; script-src {own}; style-src {own}; img-src blob:; "
                "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
            ),
        }
    )


class _Protocol(RequestHandler):
    """aiohttp's connection handler, with its own error answers (requests it cannot parse,
    which never reach the middleware) made like every other refusal: JSON, with the security
    headers. aiohttp would log the raw request line at ERROR and echo it in a plain-text answer;
    here only the kind of error is logged, and nothing that was sent. `translate(context, text)`:
    the hand-off's, so these answers too are in the person's language."""

    def __init__(self, *args, translate: Callable[[str, str], str], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._translate = translate

    def handle_error(
        self,
        request: web.BaseRequest,
        status: int = 500,
        exc: BaseException | None = None,
        message: str | None = None,
    ) -> web.StreamResponse:
        if isinstance(exc, BadHttpMethod):
            code = "method_not_allowed"  # FOO, or bytes that are not HTTP at all
        elif status < 500 or isinstance(exc, HttpProcessingError):
            code = "bad_request"
        else:
            code = "internal"
        kind = type(exc).__name__ if exc is not None else f"status {status}"
        if code == "internal":
            log.error("hand-off server: a request failed inside aiohttp (%s)", kind)
        else:
            log.info("hand-off server: a malformed request was refused (%s)", kind)
        if request.writer.output_size > 0:  # as aiohttp: too late for an answer
            raise ConnectionError("part of the answer was sent already")
        response = _error(code, self._translate("Phone", MESSAGES[code]))
        _secure(response)
        response.force_close()
        return response

    def log_exception(self, *args, **kwargs) -> None:
        """aiohttp's other error records ("Unhandled exception" when the rest of a body that
        does not decompress is drained): the kind of error, without aiohttp's message."""
        exc = kwargs.get("exc_info")
        kind = type(exc).__name__ if isinstance(exc, BaseException) else "no exception"
        if isinstance(exc, (web.RequestPayloadError, HttpProcessingError, ConnectionError)):
            log.info("hand-off server: a request's body was broken off (%s)", kind)
        else:
            log.error("hand-off server: aiohttp failed (%s)", kind, exc_info=exc)


class HandoffServer:
    def __init__(
        self,
        session: HandoffSession,
        checker: Checker,
        host: str,
        port: int = 0,
        limiter: RateLimiter | None = None,
        max_upload: int = MAX_UPLOAD_BYTES,
        read_idle: float | None = None,
        read_total: float | None = None,
    ) -> None:
        self.session = session
        self.host = host
        self.port = port
        self._checker = checker
        self._limiter = limiter or RateLimiter()
        self._max_upload = max_upload
        self._read_idle = READ_IDLE_SECONDS if read_idle is None else read_idle
        self._read_total = READ_TOTAL_SECONDS if read_total is None else read_total
        self._page = _page_template()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._listener: asyncio.Server | None = None
        self._thread: threading.Thread | None = None
        self._pool: ThreadPoolExecutor | None = None

    @property
    def page_url(self) -> str:
        """The page's address: what the phone's browser requests."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/s/{self.session.token}"

    @property
    def url(self) -> str:
        """The link for the phone (QR code, screen, e-mail): the page's address and, in its
        fragment, the key that seals the photos (`#k=…`; browsers never send a fragment)."""
        return f"{self.page_url}#{sealing.link_fragment(self.session.key)}"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # --- life ---------------------------------------------------------------------------------
    def start(self) -> None:
        """Bind and serve; raises OSError when the address or port cannot be used."""
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.bind((self.host, self.port))
        except OSError:
            sock.close()
            raise
        self.port = sock.getsockname()[1]
        self._pool = ThreadPoolExecutor(CHECK_WORKERS, thread_name_prefix="handoff-check")
        self._loop = asyncio.new_event_loop()
        ready = threading.Event()
        failure: list[BaseException] = []

        def serve() -> None:
            asyncio.set_event_loop(self._loop)
            try:
                self._loop.run_until_complete(self._open(sock))
            except BaseException as exc:  # reported to start()'s caller
                failure.append(exc)
                ready.set()
                return
            ready.set()
            self._loop.run_forever()
            self._loop.close()

        self._thread = threading.Thread(target=serve, name="handoff-server", daemon=True)
        self._thread.start()
        ready.wait()
        if failure:
            self._thread.join()
            self._thread = None
            self._loop.close()
            self._pool.shutdown(wait=False)
            raise OSError(f"the phone link server could not start ({failure[0]})")
        log.info("hand-off server listening on port %d", self.port)

    async def _open(self, sock: socket.socket) -> None:
        app = web.Application(
            middlewares=[self._guard], client_max_size=self._max_upload + sealing.OVERHEAD
        )
        expect = {"expect_handler": self._expect}
        app.router.add_get("/s/{token}", self._phone_page, **expect)
        app.router.add_get("/s/{token}/state", self._state, **expect)
        app.router.add_post("/s/{token}/photo/{side}", self._photo, **expect)
        # No access log: every path carries the token.
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        # Instead of web.SockSite, which would use aiohttp's own RequestHandler: the same
        # listening socket, with connections handled by _Protocol.
        manager = self._runner.server
        loop = asyncio.get_running_loop()
        self._listener = await loop.create_server(
            lambda: _Protocol(
                manager, loop=loop, access_log=None, translate=self.session.translate
            ),
            sock=sock,
        )

    async def _close(self) -> None:
        self._listener.close()  # no new connections; then the open ones end
        await self._runner.cleanup()
        # What aiohttp leaves behind (draining the body of a refused upload whose client is
        # gone) is cancelled, not destroyed pending with the loop.
        left = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
        for task in left:
            task.cancel()
        await asyncio.gather(*left, return_exceptions=True)

    def stop(self) -> None:
        """Close the link and the server; waits until the port is released."""
        self.session.close()
        if not self.running:
            return
        future = asyncio.run_coroutine_threadsafe(self._close(), self._loop)
        try:
            future.result(timeout=5)
        except Exception:
            log.exception("hand-off server did not shut down cleanly")
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._thread = None
        log.info("hand-off server stopped")

    # --- every request --------------------------------------------------------------------------
    @web.middleware
    async def _guard(self, request: web.Request, handler) -> web.StreamResponse:
        """Rate limit first (so token guessing is slow), then the token and the phone (every
        route is under the token), then turn every failure into JSON."""
        phone = None
        wait = self._limiter.wait_time(request.remote or "?")
        if wait > 0:
            response = _error(
                "rate_limited",
                self._message("rate_limited"),
                **{"Retry-After": str(max(1, round(wait)))},
            )
        else:
            try:
                phone = self._admit(request)
                response = await handler(request)
            except Refused as refused:
                response = _error(refused.code, refused.message)
            except web.HTTPException as exc:
                response = self._refused_by_aiohttp(exc.status)
            except Exception:
                log.exception("hand-off request failed")
                response = _error("internal", self._message("internal"))
        if "Content-Security-Policy" not in response.headers:
            _secure(response)
        self._with_phone(response, request, phone)
        return response

    def _refused_by_aiohttp(self, status: int) -> web.Response:
        """aiohttp's own refusal (no route, a method the route does not take...) as ours: its
        reason phrase is English."""
        code = REFUSED_BY_AIOHTTP.get(status, "bad_request" if status < 500 else "internal")
        return _error(code, self._too_large() if code == "too_large" else self._message(code))

    async def _expect(self, request: web.Request) -> web.StreamResponse | None:
        """`Expect: 100-continue` as aiohttp answers it; any other expectation is a bad request
        like the others (aiohttp's own 417 skips the middleware: English, the header echoed,
        no security headers)."""
        try:
            return await _default_expect_handler(request)
        except web.HTTPExpectationFailed:
            response = _error("bad_request", self._message("bad_request"))
            _secure(response)
            return response

    def _admit(self, request: web.Request) -> str | None:
        """Let a request for one of the routes in, or refuse it; returns the phone's key, which
        goes back with the answer whatever it is (`_with_phone`). A HEAD, a prefetch or a link
        preview is answered but never binds the link (it would lock the real phone out): it gets
        no key while no phone has come. The first real request does (the page, or an upload
        from a page the browser had prefetched)."""
        token = request.match_info.get("token")
        if token is None:  # no route: 404 or 405 follows
            return None
        return self.session.admit(
            token, request.cookies.get(PHONE_COOKIE), claim=not _speculative(request)
        )

    def _with_phone(
        self, response: web.StreamResponse, request: web.Request, phone: str | None
    ) -> None:
        if phone is not None and request.cookies.get(PHONE_COOKIE) != phone:
            response.set_cookie(
                PHONE_COOKIE,
                phone,
                path=f"/s/{self.session.token}",
                httponly=True,
                samesite="Strict",
                max_age=round(self.session.seconds_left) + 60,
            )

    # --- routes -----------------------------------------------------------------------------------
    async def _phone_page(self, request: web.Request) -> web.Response:
        nonce = secrets.token_urlsafe(16)
        texts = page_texts.translated(self.session.translate)
        config = json.dumps(
            {
                "base": f"/s/{self.session.token}",
                "maxBytes": self._max_upload,
                "texts": texts,
                **self.session.snapshot(),
            }
        ).replace("<", "\\u003c")
        page = page_texts.localise(self._page, texts, self.session.language)
        html = page.replace("{{NONCE}}", nonce).replace("{{CONFIG}}", config)
        response = web.Response(text=html, content_type="text/html")
        _secure(response, nonce)
        return response

    async def _state(self, request: web.Request) -> web.Response:
        return web.json_response(self.session.snapshot())

    async def _photo(self, request: web.Request) -> web.Response:
        side = self.session.begin(request.match_info["side"])
        try:
            if request.headers.get(sealing.HEADER, "").strip().lower() != sealing.SCHEME:
                # Refused before its bytes are read: a photo sent in clear is never taken in.
                raise Refused("not_encrypted", self._message("not_encrypted"))
            body = await self._read_body(request)
        except BaseException:
            self.session.abandon(side)
            raise
        loop = asyncio.get_running_loop()
        try:
            verdict = await loop.run_in_executor(self._pool, self._check, side, body)
        finally:
            body[:] = bytes(len(body))  # the upload's bytes do not outlive the request
        return web.json_response(verdict)

    async def _read_body(self, request: web.Request) -> bytearray:
        """The whole body in memory, refusing more than the limit (announced or sent), a body
        that stalls or drags on, and one that does not decompress (`Content-Encoding`)."""
        too_large = Refused("too_large", self._too_large())
        limit = self._max_upload + sealing.OVERHEAD  # the photo, its nonce and its tag
        if request.content_length is not None and request.content_length > limit:
            raise too_large
        loop = asyncio.get_running_loop()
        end = loop.time() + self._read_total
        body = bytearray()
        try:
            while True:
                wait = min(self._read_idle, end - loop.time())
                try:
                    async with asyncio.timeout(max(0.0, wait)):
                        chunk = await request.content.read(256 * 1024)
                except TimeoutError:
                    raise Refused(
                        "timeout",
                        self.session.translate(
                            "Phone",
                            "The photo stopped arriving. Check the Wi-Fi and send it again.",
                        ),
                    ) from None
                if not chunk:
                    return body
                body += chunk
                if len(body) > limit:
                    raise too_large
        except (web.RequestPayloadError, HttpProcessingError):
            body[:] = bytes(len(body))
            raise Refused(
                "bad_request",
                self.session.translate("Phone", "The photo did not arrive whole. Send it again."),
            ) from None
        except BaseException:
            body[:] = bytes(len(body))
            raise

    def _message(self, code: str) -> str:
        return self.session.translate("Phone", MESSAGES[code])

    def _too_large(self) -> str:
        return self.session.translate(
            "Phone",
            "The photo is too large (at most {mb} MB). Take it again with a lower resolution.",
        ).format(mb=self._max_upload // (1024 * 1024))

    def _not_an_image(self) -> str:
        return self.session.translate(
            "Phone", "This is not a photo we can read. Take the photo again."
        )

    def _check(self, side: Step, body: bytearray) -> dict:
        """On the check pool: open the sealed body (in place: the caller wipes it), decode by
        content (never by name or type), one upload at a time (so two bombs at once cannot
        double the memory), check, conclude. A body that does not open is a 400; whatever the
        bytes inside, a photo that cannot be decoded is a 413 or a 415, never a 500."""
        try:
            with sealing.opened(self.session.key, body) as photo, self.session.decoding:
                frame = decode_image(photo)
        except sealing.Undecryptable:
            self.session.abandon(side)
            raise Refused("undecryptable", self._message("undecryptable")) from None
        except (ImageTooLarge, MemoryError):
            self.session.abandon(side)
            raise Refused(
                "image_too_large",
                self.session.translate(
                    "Phone", "This photo is too large to be read. Take it with a lower resolution."
                ),
            ) from None
        except ImageLoadError as exc:
            self.session.abandon(side)
            log.info("hand-off: an upload is not a readable photo (%s)", exc)
            raise Refused("not_an_image", self._not_an_image()) from None
        except Exception:  # the decoder failed in a way it does not know: still not a photo
            log.exception("hand-off: the decoder failed on an upload")
            self.session.abandon(side)
            raise Refused("not_an_image", self._not_an_image()) from None
        try:
            report = self._checker(side, frame)
        except BaseException:
            frame.fill(0)
            self.session.abandon(side)
            raise
        return self.session.conclude(side, frame, report)
