"""A step's checks are fixed when the step starts (core.checks.plan_step): what the worker thread
runs never depends on what the GUI changes afterwards."""

from datetime import date

from capture_wizard.core.catalogue import Catalogue
from capture_wizard.core.checks import check_step, plan_step
from capture_wizard.core.documents import ID3
from capture_wizard.core.session import Capture, CaptureSession, CaptureSource
from capture_wizard.core.settings import Settings, StatementSettings
from capture_wizard.core.specimens.demo import verified_scene
from capture_wizard.core.specimens.scenes import Defect
from capture_wizard.core.steps import Step


def _passport_session(catalogue: Catalogue) -> CaptureSession:
    session = CaptureSession()
    option = next(o for o in catalogue.options("FRA") if o.key == "passport")
    session.choose("FRA", option)
    return session


def test_the_plan_carries_the_document_word_date_and_reading():
    catalogue = Catalogue.load()
    session = _passport_session(catalogue)
    settings = Settings(statement=StatementSettings(enabled=True, word="Northwind"))
    check = plan_step(session, catalogue, settings, Step.FRONT, date(2026, 11, 29))
    assert check.fmt == ID3 and check.word == "Northwind" and check.today == date(2026, 11, 29)
    assert check.read is not None and check.read.document_type == "passport"
    assert check.match is None  # only the face is compared with the front

    session.choose("DEU", next(o for o in catalogue.options("DEU") if o.key == "driving_licence"))
    assert check.fmt == ID3  # the plan made before keeps its document


def test_the_face_is_compared_with_the_front_kept_when_the_step_starts():
    catalogue = Catalogue.load()
    session = _passport_session(catalogue)
    assert plan_step(session, catalogue, Settings(), Step.FACE).match is None
    page = verified_scene(Defect.CLEAN, Step.FRONT, ID3, seed=9_000_000)
    report = check_step(page, Step.FRONT, ID3, thorough=False)
    session.store(Capture(Step.FRONT, page, report, CaptureSource.WEBCAM))
    assert plan_step(session, catalogue, Settings(), Step.FACE).match is not None


def test_a_plan_checks_a_frame_as_check_step_does():
    catalogue = Catalogue.load()
    check = plan_step(_passport_session(catalogue), catalogue, Settings(), Step.FRONT)
    frame = verified_scene(Defect.GLARE, Step.FRONT, ID3, seed=9_000_000)
    expected = check_step(frame, Step.FRONT, ID3, thorough=False)
    assert check(frame, thorough=False).issues == expected.issues
