"""Helpers for testing the wizard with pytest-qt — for this project's tests and for QA scripts.

Import what you need: `FakeSource` (a camera that plays given frames), `FakeProvider` (hands
the wizard fake cameras), `FakeClock` (time that moves only when told: `make_wizard(...,
clock=clock)`), `specimen_frame` and `selfie_frame` (rendered frames the checks judge
as intended), `good_frame` (a good picture for any step) and `ScriptedPhone` (a phone that
uses the hand-off link over real HTTP, sealing its photos as the phone's page does).
"""

import http.client
import json
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

import cv2
import numpy as np
from PySide6.QtCore import QTimer

from capture_wizard.camera import CameraChoice, FrameSource, SourceProblem, SourceProvider
from capture_wizard.camera.provider import DEMO
from capture_wizard.core.documents import ID1, DocumentFormat
from capture_wizard.core.session import CaptureSource
from capture_wizard.core.specimens.demo import verified_scene, verified_selfie
from capture_wizard.core.specimens.scenes import Defect
from capture_wizard.core.specimens.selfies import FaceDefect
from capture_wizard.core.steps import Step
from capture_wizard.handoff import sealing

FAKE_CAMERA = CameraChoice("fake:0", "Test camera")


@cache
def _specimen(defect: Defect, side: Step, fmt: DocumentFormat | None) -> np.ndarray:
    return verified_scene(defect, side, fmt, seed=9_000_000)


def specimen_frame(
    defect: Defect = Defect.CLEAN,
    side: Step = Step.FRONT,
    fmt: DocumentFormat | None = ID1,
) -> np.ndarray:
    """A 1280x720 specimen (ID-1 card or, with fmt=ID3, passport page) with `defect`: a fresh
    copy of a frame rendered once per kind."""
    return _specimen(defect, side, fmt).copy()


@cache
def _selfie(defect: FaceDefect) -> np.ndarray:
    return verified_selfie(defect, seed=9_100_000)


def selfie_frame(defect: FaceDefect = FaceDefect.CLEAN) -> np.ndarray:
    """A 1280x720 selfie whose first face issue is `defect`'s (clean: accepted); a fresh copy.
    Loads mediapipe."""
    return _selfie(defect).copy()


def good_frame(side: Step, fmt: DocumentFormat | None = ID1) -> np.ndarray:
    """What a good camera shows at each step: the document side, or a selfie for the face."""
    if side is Step.FACE:
        return selfie_frame()
    return specimen_frame(Defect.CLEAN, side, fmt)


class FakeClock:
    """A monotonic clock for the wizard's context that moves only with `advance(seconds)`."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeSource(FrameSource):
    """Plays `frames` (looping) every `interval_ms`, from the GUI thread; `fail()` on demand."""

    kind = CaptureSource.WEBCAM

    def __init__(
        self,
        frames: Sequence[np.ndarray],
        interval_ms: int = 40,
        fail_on_start: SourceProblem | None = None,
    ) -> None:
        super().__init__("fake camera")
        self.frames = list(frames)
        self.fail_on_start = fail_on_start
        self.started = 0
        self.stopped = 0
        self._next = 0
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.push)

    def start(self) -> None:
        self.started += 1
        if self.fail_on_start is not None:
            QTimer.singleShot(0, lambda: self.failed.emit(self.fail_on_start))
            return
        if self.frames:
            self._timer.start()

    def stop(self) -> None:
        self.stopped += 1
        self._timer.stop()

    def push(self) -> None:
        frame = self.frames[self._next % len(self.frames)]
        self._next += 1
        self.frameReady.emit(frame.copy())

    def fail(self, problem: SourceProblem) -> None:
        self._timer.stop()
        self.failed.emit(problem)


class FakeProvider(SourceProvider):
    """Offers `cameras`; each `open()` builds a source with `make_source(side, fmt)` (what the
    page captures) and records it."""

    def __init__(
        self,
        make_source: Callable[[Step, DocumentFormat | None], FrameSource],
        cameras: Sequence[CameraChoice] = (FAKE_CAMERA,),
    ) -> None:
        super().__init__()
        self._make = make_source
        self._cameras = list(cameras)
        self.opened: list[FrameSource] = []

    def cameras(self) -> list[CameraChoice]:
        return list(self._cameras)

    def open(self, choice, side, fmt) -> FrameSource:
        if choice == DEMO:
            return super().open(choice, side, fmt)
        source = self._make(side, fmt)
        self.opened.append(source)
        return source


# --- the phone hand-off -------------------------------------------------------------------------
@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    def json(self) -> dict:
        assert self.headers.get_content_type() == "application/json", self.body[:200]
        return json.loads(self.body)


class ScriptedPhone:
    """A phone for the hand-off server: raw HTTP (paths are sent exactly as written, so
    traversal attempts reach the server unchanged), keeping the phone's cookie. Like the phone's
    page, it takes the key from the link's fragment and seals every photo it uploads with it
    (`upload(..., encrypt=False)` sends the bytes as they are, which the server refuses)."""

    def __init__(self, server) -> None:
        self.host, self.port = server.host, server.port
        self.base = f"/s/{server.session.token}"
        self.key = sealing.key_from_link(server.url)
        self.cookie: str | None = None

    def request(self, method: str, path: str, body=None, headers=None) -> Answer:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
        try:
            sent = dict(headers or {})
            if self.cookie:
                sent["Cookie"] = self.cookie
            conn.request(method, path, body=body, headers=sent)
            response = conn.getresponse()
            answer = Answer(response.status, response.headers, response.read())
        finally:
            conn.close()
        cookie = answer.headers.get("Set-Cookie")
        if cookie:
            self.cookie = cookie.split(";")[0]
        return answer

    def reachable(self) -> bool:
        """True while the server accepts connections."""
        try:
            socket.create_connection((self.host, self.port), timeout=2).close()
        except ConnectionRefusedError:
            return False
        return True

    def open_page(self) -> Answer:
        return self.request("GET", self.base)

    def upload(
        self, side: str, data: bytes, content_type: str | None = None, encrypt: bool = True
    ) -> Answer:
        """Upload `data` as the page does: sealed (`nonce || secretbox(data)`, a fresh nonce),
        as `application/octet-stream` with `X-Encryption: secretbox-v1`. `content_type` only
        changes the `Content-Type` sent (the server judges by content)."""
        if encrypt:
            body = sealing.seal(self.key, data)
            headers = {"Content-Type": content_type or "application/octet-stream"}
            headers[sealing.HEADER] = sealing.SCHEME
        else:
            body = data
            headers = {"Content-Type": content_type or "image/jpeg"}
        return self.request("POST", f"{self.base}/photo/{side}", body=body, headers=headers)


def jpeg(frame: np.ndarray, quality: int = 92) -> bytes:
    ok, data = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return data.tobytes()
