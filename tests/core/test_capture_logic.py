"""The Qt-free decisions behind the capture screens: catalogue, session, guidance,
auto-capture, the demo script and --camera values."""

import re

import numpy as np
import pytest

from capture_wizard.camera.spec import SpecError, parse_camera_spec
from capture_wizard.core.autocapture import AutoCapture
from capture_wizard.core.catalogue import Catalogue, CatalogueError
from capture_wizard.core.documents import ID1, ID3
from capture_wizard.core.face import analyze_face
from capture_wizard.core.face.report import Face, FaceReport
from capture_wizard.core.guidance import (
    CheckGroup,
    CheckState,
    FaceCheckGroup,
    Verdict,
    guide,
    guide_face,
)
from capture_wizard.core.issues import IssueCode
from capture_wizard.core.quality import analyze
from capture_wizard.core.quality.report import QualityReport
from capture_wizard.core.session import Capture, CaptureSession, CaptureSource
from capture_wizard.core.specimens.demo import DEMO_SCRIPT, FACE_DEMO_SCRIPT, demo_steps
from capture_wizard.core.specimens.scenes import DEFECT_ISSUE
from capture_wizard.core.specimens.selfies import FACE_DEFECT_ISSUE
from capture_wizard.core.steps import Step

CORNERS = np.float32([[100, 100], [500, 100], [500, 350], [100, 350]])


def report(*issues, corners=CORNERS) -> QualityReport:
    return QualityReport(tuple(issues), corners, (1280, 720))


# --- catalogue ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue.load()


def test_catalogue_lists_every_country_by_name(catalogue):
    assert len(catalogue.countries) == 249
    assert catalogue.country("DEU").name == "Germany"
    assert catalogue.country("BOL").name == "Bolivia"  # the common name, not the official one


def test_search_finds_by_prefix_then_substring_then_code(catalogue):
    assert catalogue.search("germ")[0].code == "DEU"
    assert "GBR" in [c.code for c in catalogue.search("kingdom")]
    assert catalogue.search("fra")[0].code == "FRA"
    assert catalogue.search("")[:3] == list(catalogue.countries[:3])
    assert catalogue.search("zzzz") == []


def test_options_follow_the_policy(catalogue):
    germany = {o.key: o for o in catalogue.options("DEU")}
    assert germany["passport"].accepted and germany["passport"].sides == (Step.FRONT,)
    assert germany["id_card"].two_sided and germany["id_card"].format is ID1
    assert germany["passport"].format is ID3
    usa = {o.key for o in catalogue.options("USA") if o.accepted}
    assert usa == {"passport", "driving_licence"}
    refused = [o for o in catalogue.options("USA") if not o.accepted]
    assert {o.key for o in refused} == {"residence_permit", "work_permit", "student_id"}
    assert all(o.reason and o.type is None for o in refused)


def test_a_broken_catalogue_names_the_entry(tmp_path):
    bad = tmp_path / "catalogue.toml"
    bad.write_text(
        '[types.passport]\nlabel="P"\nsides=["front"]\nformat="ID-3"\n'
        '[policy]\ndefault=["passport"]\n[policy.passport]\ncountries=["XXX"]\n'
    )
    with pytest.raises(CatalogueError, match="unknown country 'XXX'"):
        Catalogue.load(bad)
    bad.write_text("[types.passport]\nlabel = 'P'\n")
    with pytest.raises(CatalogueError, match="malformed"):
        Catalogue.load(bad)


def test_the_catalogue_says_which_side_carries_the_zone(catalogue):
    front, back = Step.FRONT, Step.BACK
    passport = catalogue.mrz_plan("USA", "passport")  # the data page, everywhere
    assert passport.requires(front) and not passport.reads(back)
    germany = catalogue.mrz_plan("DEU", "id_card")  # TD1 on the back
    assert germany.requires(back) and not germany.reads(front)
    brazil = catalogue.mrz_plan("BRA", "id_card")  # read, but older cards without one are valid
    assert brazil.reads(back) and not brazil.requires(back)
    france = catalogue.mrz_plan("FRA", "id_card")  # the old card's zone is on its front
    assert france.reads(front) and france.reads(back) and not france.requires(back)
    assert not catalogue.mrz_plan("CHN", "id_card").sides  # no ICAO zone: nothing is read
    assert not catalogue.mrz_plan("GBR", "driving_licence").sides
    assert catalogue.mrz_plan(None, "id_card").requires(back)  # no country: the type's rule


def test_a_broken_mrz_table_names_the_entry(tmp_path):
    base = (
        '[types.id_card]\nlabel="I"\nsides=["front","back"]\nformat="ID-1"\n'
        'mrz_side="back"\n[policy]\ndefault=["id_card"]\n'
    )
    bad = tmp_path / "catalogue.toml"
    for table, problem in (
        ('[mrz.id_card]\nnone=["XXX"]\n', "unknown country 'XXX'"),
        ('[mrz.id_card]\nsometimes=["DEU"]\n', "unknown kind"),
        ('[mrz.id_card]\nnone=["DEU"]\noptional=["DEU"]\n', "DEU is listed twice"),
        ('[mrz.visa]\nnone=["DEU"]\n', "mrz.visa: unknown document type"),
    ):
        bad.write_text(base + table)
        with pytest.raises(CatalogueError, match=problem):
            Catalogue.load(bad)
    bad.write_text(base.replace('mrz_side="back"', 'mrz_side="inside"'))
    with pytest.raises(CatalogueError, match="malformed"):
        Catalogue.load(bad)


# --- session --------------------------------------------------------------------------------
def capture(side=Step.FRONT) -> Capture:
    return Capture(side, np.full((8, 8, 3), 200, np.uint8), report(), CaptureSource.WEBCAM)


def test_replacing_or_wiping_a_capture_zeroes_its_pixels(catalogue):
    id_card = next(o for o in catalogue.options("DEU") if o.key == "id_card")
    session = CaptureSession()
    session.choose("DEU", id_card)
    first, second, back = capture(), capture(), capture(Step.BACK)
    session.store(first)
    session.store(second)
    assert not first.image.any() and session.captures[Step.FRONT] is second
    assert not session.documents_complete
    session.store(back)
    assert session.documents_complete
    session.wipe()
    assert not second.image.any() and not back.image.any()
    assert session.captures == {} and session.document is None


def test_choosing_another_document_drops_the_captures(catalogue):
    options = {o.key: o for o in catalogue.options("DEU")}
    session = CaptureSession()
    session.choose("DEU", options["id_card"])
    kept = capture()
    session.store(kept)
    session.choose("DEU", options["id_card"])  # same choice: captures stay
    assert session.has_captures
    session.choose("DEU", options["passport"])
    assert not session.has_captures and not kept.image.any()


# --- guidance -------------------------------------------------------------------------------
def test_guidance_colours_and_first_issue():
    good = guide(report())
    assert good.verdict is Verdict.GOOD and good.issue is None
    assert set(good.checks.values()) == {CheckState.PASS}

    glare = guide(report(IssueCode.GLARE, IssueCode.BLUR))
    assert glare.verdict is Verdict.ADJUST and glare.issue is IssueCode.GLARE
    assert glare.checks[CheckGroup.GLARE] is CheckState.FAIL
    assert glare.checks[CheckGroup.FOCUS] is CheckState.FAIL
    assert glare.checks[CheckGroup.FRAMING] is CheckState.PASS

    dark = guide(report(IssueCode.TOO_DARK, corners=None))
    assert dark.verdict is Verdict.MISSING
    assert dark.checks[CheckGroup.LIGHT] is CheckState.FAIL
    assert dark.checks[CheckGroup.GLARE] is CheckState.UNKNOWN  # needs a document


def face_report(*codes: IssueCode, box=(500.0, 200.0, 280.0, 320.0)) -> FaceReport:
    faces = () if box is None else (Face(box, 0.9, np.zeros((6, 2), np.float32)),)
    return FaceReport(tuple(codes), faces, (1280, 720))


def test_face_guidance_judges_only_what_it_can_see():
    good = guide_face(face_report())
    assert good.verdict is Verdict.GOOD and good.issue is None
    assert set(good.checks.values()) == {CheckState.PASS}
    turned = guide_face(face_report(IssueCode.FACE_TURNED, IssueCode.FACE_BLUR))
    assert turned.verdict is Verdict.ADJUST and turned.issue is IssueCode.FACE_TURNED
    assert turned.checks[FaceCheckGroup.POSE] is CheckState.FAIL
    assert turned.checks[FaceCheckGroup.FOCUS] is CheckState.FAIL
    assert turned.checks[FaceCheckGroup.POSITION] is CheckState.PASS
    nobody = guide_face(face_report(IssueCode.NO_FACE, box=None))
    assert nobody.verdict is Verdict.MISSING
    assert nobody.checks[FaceCheckGroup.FACE] is CheckState.FAIL
    assert nobody.checks[FaceCheckGroup.POSE] is CheckState.UNKNOWN  # needs a face
    assert nobody.checks[FaceCheckGroup.LIGHT] is CheckState.PASS  # judged on the whole frame


# --- auto-capture ---------------------------------------------------------------------------
def test_autocapture_fires_once_after_a_steady_good_hold():
    auto = AutoCapture(hold_seconds=0.7)
    assert not auto.update(report(), 0.0)
    assert not auto.update(report(), 0.5)
    assert auto.progress == pytest.approx(0.5 / 0.7)
    assert auto.update(report(), 0.71)
    assert not auto.update(report(), 0.9)  # only once per hold


def test_autocapture_restarts_on_an_issue_or_movement():
    auto = AutoCapture(hold_seconds=0.7)
    auto.update(report(), 0.0)
    auto.update(report(IssueCode.BLUR), 0.4)
    assert not auto.update(report(), 0.8)  # the hold restarted at 0.8
    assert auto.update(report(), 1.6)
    auto.reset()
    auto.update(report(), 0.0)
    moved = report(corners=CORNERS + 80)  # 80 px > 4 % of the 1469 px diagonal
    assert not auto.update(moved, 0.5)
    assert not auto.update(moved, 1.0)
    assert auto.update(moved, 1.3)


def test_autocapture_holds_on_a_still_face():
    auto = AutoCapture(hold_seconds=0.7)
    assert not auto.update(face_report(IssueCode.NO_FACE, box=None), 0.0)
    assert not auto.update(face_report(), 0.1)
    assert not auto.update(face_report(box=(620.0, 200.0, 280.0, 320.0)), 0.5)  # moved 120 px
    assert not auto.update(face_report(box=(620.0, 200.0, 280.0, 320.0)), 1.0)
    assert auto.update(face_report(box=(622.0, 201.0, 280.0, 320.0)), 1.25)


# --- demo script ----------------------------------------------------------------------------
@pytest.mark.parametrize(("side", "fmt"), [(Step.FRONT, ID1), (Step.FRONT, ID3)])
def test_every_demo_step_shows_what_it_says(side, fmt):
    steps = list(demo_steps(side, fmt))
    assert [s.defect for s in steps] == [d for d, _ in DEMO_SCRIPT]
    for step in steps:
        result = analyze(step.image, fmt)
        expected = DEFECT_ISSUE[step.defect]
        assert (result.issues[:1] == (expected,)) if expected else result.ok, step.defect
    assert steps[-1].seconds == 0  # the good frame stays


def test_the_face_step_demo_shows_each_face_mistake_then_a_good_selfie():
    steps = list(demo_steps(Step.FACE, None))
    assert [s.defect for s in steps] == [d for d, _ in FACE_DEMO_SCRIPT]
    for step in steps:
        result = analyze_face(step.image)
        expected = FACE_DEFECT_ISSUE[step.defect]
        assert (result.issues[:1] == (expected,)) if expected else result.ok, step.defect
    assert steps[-1].seconds == 0


# --- --camera -------------------------------------------------------------------------------
def test_camera_specs(tmp_path):
    assert parse_camera_spec("demo").kind == "demo"
    assert parse_camera_spec("1").index == 1
    assert parse_camera_spec("opencv:2").kind == "opencv"
    assert parse_camera_spec(f"folder:{tmp_path}").path == tmp_path
    with pytest.raises(SpecError, match="no video file"):
        parse_camera_spec(f"file:{tmp_path / 'missing.mp4'}")
    with pytest.raises(SpecError, match="use demo"):
        parse_camera_spec("webcam")


def test_every_document_code_has_its_own_instruction():
    """A new code (wrong_country, upside_down) must not fall back to "Adjust the document"."""
    from capture_wizard.core import instructions
    from capture_wizard.core.issues import DOCUMENT_PRIORITY

    missing = [code for code in DOCUMENT_PRIORITY if code not in instructions.INSTRUCTIONS]
    assert missing == []


def test_an_uploaded_file_is_never_told_to_move_or_tilt():
    """A file cannot be tilted or held still: its instruction says to choose another photo."""
    from capture_wizard.core import instructions
    from capture_wizard.core.issues import IssueCode

    live_words = re.compile(r"\b(tilt|hold|move|show|turn the document|look into|come closer)\b")
    for code in IssueCode:
        sentence = instructions.for_file(code).lower()
        assert not live_words.search(sentence), (code, sentence)
    assert instructions.for_file(IssueCode.GLARE) != instructions.english(IssueCode.GLARE)
