"""A complete capture session made of specimen scenes: for tests, benchmarks and screenshots of
the steps after capturing (review, submit) without a camera."""

from functools import cache

import numpy as np

from capture_wizard.core.catalogue import Catalogue
from capture_wizard.core.documents import CaptureSide, DocumentFormat
from capture_wizard.core.quality import analyze
from capture_wizard.core.session import Capture, CaptureSession, CaptureSource
from capture_wizard.core.specimens.demo import verified_scene, verified_selfie
from capture_wizard.core.specimens.scenes import Defect
from capture_wizard.core.specimens.selfies import FaceDefect


@cache
def _frame(side: CaptureSide, fmt: DocumentFormat | None) -> np.ndarray:
    return verified_scene(Defect.CLEAN, side, fmt, seed=7_100_000)


@cache
def _selfie() -> np.ndarray:
    return verified_selfie(FaceDefect.CLEAN, seed=7_200_000)


def specimen_session(
    document: str = "id_card",
    country: str = "DEU",
    source: CaptureSource = CaptureSource.DEMO,
    face: bool = False,
) -> CaptureSession:
    """Every side of `document` captured from a good specimen frame (fresh copies), and with
    `face` a good selfie (this loads mediapipe)."""
    option = next(o for o in Catalogue.load().options(country) if o.key == document)
    session = CaptureSession()
    session.choose(country, option)
    for side in option.sides:
        frame = _frame(side, option.format).copy()
        session.store(Capture(side, frame, analyze(frame, option.format), source))
    if face:
        from capture_wizard.core.face import analyze_face

        selfie = _selfie().copy()
        session.store(
            Capture(CaptureSide.FACE, selfie, analyze_face(selfie, thorough=True), source)
        )
    return session
