"""A complete capture session made of specimen scenes: for tests, benchmarks and screenshots of
the steps after capturing (review, submit) without a camera."""

from functools import cache

import numpy as np

from capture_wizard.core.catalogue import Catalogue, DocumentOption
from capture_wizard.core.checks import check_step, mrz_request
from capture_wizard.core.documents import DocumentFormat
from capture_wizard.core.session import Capture, CaptureSession, CaptureSource
from capture_wizard.core.specimens.demo import verified_scene, verified_selfie
from capture_wizard.core.specimens.scenes import Defect
from capture_wizard.core.specimens.selfies import FaceDefect
from capture_wizard.core.steps import Step


@cache
def _frame(side: Step, fmt: DocumentFormat | None) -> np.ndarray:
    return verified_scene(Defect.CLEAN, side, fmt, seed=7_100_000)


@cache
def _selfie() -> np.ndarray:
    return verified_selfie(FaceDefect.CLEAN, seed=7_200_000)


def _option(country: str, document: str) -> DocumentOption:
    return next(o for o in Catalogue.load().options(country) if o.key == document)


@cache
def _report(country: str, document: str, side: Step):
    """The checks' report on `_frame`, as the wizard checks a taken picture: the zone is read
    where the catalogue says (once per kind: reading takes a few hundred ms)."""
    fmt = _option(country, document).format
    read = mrz_request(Catalogue.load(), country, document, side)
    return check_step(_frame(side, fmt), side, fmt, thorough=True, read=read)


def specimen_session(
    document: str = "id_card",
    country: str = "DEU",
    source: CaptureSource = CaptureSource.DEMO,
    face: bool = False,
) -> CaptureSession:
    """Every side of `document` captured from a good specimen frame (fresh copies) and checked
    as the wizard checks a taken picture (`_report`), and with `face` a good selfie (this loads
    mediapipe)."""
    option = _option(country, document)
    session = CaptureSession()
    session.choose(country, option)
    for side in option.sides:
        frame = _frame(side, option.format).copy()
        session.store(Capture(side, frame, _report(country, document, side), source))
    if face:
        from capture_wizard.core.face import analyze_face

        selfie = _selfie().copy()
        session.store(Capture(Step.FACE, selfie, analyze_face(selfie, thorough=True), source))
    return session
