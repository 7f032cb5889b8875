"""A scripted phone for the hand-off server: raw HTTP (paths are sent exactly as written, so
traversal attempts reach the server unchanged) with the phone's cookie kept between requests."""

import http.client
import json
from dataclasses import dataclass
from datetime import date

import cv2
import numpy as np

from capture_wizard.core.checks import check_step
from capture_wizard.core.documents import ID1, CaptureSide
from capture_wizard.handoff.session import HandoffSession
from capture_wizard.handoff.steps import phone_steps


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    def json(self) -> dict:
        assert self.headers.get_content_type() == "application/json", self.body[:200]
        return json.loads(self.body)


class Phone:
    def __init__(self, server) -> None:
        self.host, self.port = server.host, server.port
        self.base = f"/s/{server.session.token}"
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

    def open_page(self) -> Answer:
        return self.request("GET", self.base)

    def upload(self, side: str, data: bytes, content_type: str = "image/jpeg") -> Answer:
        return self.request(
            "POST", f"{self.base}/photo/{side}", body=data, headers={"Content-Type": content_type}
        )


def jpeg(frame: np.ndarray, quality: int = 92) -> bytes:
    ok, data = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return data.tobytes()


def new_session(sides=(CaptureSide.FRONT, CaptureSide.BACK), lifetime=900.0, **kwargs):
    events: list = []
    steps = phone_steps(tuple(sides), None, "", date(2026, 11, 22))
    return HandoffSession(steps, lifetime, events.append, **kwargs), events


def real_checker(side: CaptureSide, frame: np.ndarray):
    """The desktop's own checks, for an ID-1 card."""
    return check_step(frame, side, ID1, thorough=True)
