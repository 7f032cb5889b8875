"""Reading the MRZ on the wizard's path: a kept photo's zone is read where the catalogue says,
its verdicts join the other checks' issues, and the package manifest carries what was read."""

import json
import os
from datetime import UTC, datetime

import numpy as np
import pytest

from capture_wizard.core.catalogue import Catalogue
from capture_wizard.core.checks import check_step, mrz_request, with_mrz
from capture_wizard.core.documents import ID1, ID3
from capture_wizard.core.issues import IssueCode
from capture_wizard.core.ocr import mrz_read
from capture_wizard.core.ocr.mrz_parse import parse
from capture_wizard.core.ocr.mrz_read import MrzResult, ReadRequest
from capture_wizard.core.ocr.mrz_samples import on_table
from capture_wizard.core.package.archive import build_archive, read_archive
from capture_wizard.core.package.manifest import new_reference, schema_problems
from capture_wizard.core.quality.report import QualityReport
from capture_wizard.core.specimens.demo import verified_scene
from capture_wizard.core.specimens.documents import Side, render_document
from capture_wizard.core.specimens.scenes import Defect
from capture_wizard.core.specimens.session import specimen_session
from capture_wizard.core.steps import Step

FRONT, BACK = Step.FRONT, Step.BACK
DEMO_SEED = 9_000_000  # the frames of capture_wizard.testing
LIMIT = "OMP_THREAD_LIMIT"
CORNERS = np.float32([[100, 100], [500, 100], [500, 350], [100, 350]])


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue.load()


def truth(side: Side, expired: bool = False) -> dict:
    """The fields of the zone printed on the specimen the demo frames show (variant 1)."""
    return parse(render_document(side, seed=1, expired=expired).mrz).as_dict()["fields"]


def test_the_request_follows_the_catalogue(catalogue):
    back = mrz_request(catalogue, "DEU", "id_card", BACK, grace_days=30)
    assert back == ReadRequest("id_card", "DEU", mrz_required=True, grace_days=30)
    assert mrz_request(catalogue, "DEU", "id_card", FRONT) is None  # the front is not read
    assert mrz_request(catalogue, "BRA", "id_card", BACK).mrz_required is False
    assert mrz_request(catalogue, "FRA", "passport", FRONT).mrz_required is True
    assert mrz_request(catalogue, "GBR", "driving_licence", FRONT) is None
    assert mrz_request(catalogue, "DEU", None, FRONT) is None
    assert mrz_request(catalogue, "DEU", "passport", Step.FACE) is None


@pytest.mark.parametrize(
    ("side", "fmt", "specimen", "document"),
    [(BACK, ID1, Side.ID1_BACK, "id_card"), (FRONT, ID3, Side.ID3_PAGE, "passport")],
)
def test_the_demo_cameras_document_is_read_on_a_taken_picture(
    catalogue, side, fmt, specimen, document
):
    frame = verified_scene(Defect.CLEAN, side, fmt, DEMO_SEED)
    read = mrz_request(catalogue, "DEU", document, side)
    report = check_step(frame, side, fmt, thorough=True, read=read)
    assert report.ok, report.issues
    assert report.mrz.valid and report.mrz.rotation == 0
    assert report.mrz.fields == truth(specimen)
    assert all(report.mrz.checks.values())
    live = check_step(frame, side, fmt, thorough=False, read=read)
    assert live.mrz is None and live.ok  # never on a live frame


def test_an_expired_document_is_refused_with_its_expiry(catalogue):
    page = render_document(Side.ID3_PAGE, seed=1, expired=True)
    assert page.mrz != render_document(Side.ID3_PAGE, seed=1).mrz
    read = mrz_request(catalogue, "FRA", "passport", FRONT)
    photo = on_table(page.image, seed=3)  # an uploaded photo of the page on a table
    report = check_step(photo, FRONT, ID3, thorough=True, still=True, read=read)
    assert report.issues == (IssueCode.EXPIRED,)
    assert report.mrz.fields["expiry"] == truth(Side.ID3_PAGE, expired=True)["expiry"] < "2023"


def test_verdicts_join_the_issues_and_unreadable_only_on_an_accepted_picture():
    clean = QualityReport((), CORNERS, (1280, 720))
    blurred = QualityReport((IssueCode.BLUR,), CORNERS, (1280, 720))
    unreadable = MrzResult(issues=(IssueCode.UNREADABLE_MRZ,))
    assert with_mrz(clean, unreadable).issues == (IssueCode.UNREADABLE_MRZ,)
    assert with_mrz(blurred, unreadable).issues == (IssueCode.BLUR,)  # fix the blur first
    expired = MrzResult(issues=(IssueCode.EXPIRED, IssueCode.UPSIDE_DOWN))
    joined = with_mrz(blurred, expired)
    assert joined.issues == (IssueCode.UPSIDE_DOWN, IssueCode.BLUR, IssueCode.EXPIRED)
    assert joined.mrz is expired and not joined.ok
    assert "mrz" not in clean.as_dict() and with_mrz(clean, unreadable).as_dict()["mrz"] is None


def test_the_manifest_carries_the_read_zone_with_its_check_digits():
    session = specimen_session("id_card", "DEU")
    archive = build_archive(
        session, reference=new_reference(), consent_at=datetime.now(UTC), device_id=""
    )
    manifest, _ = read_archive(archive.data)
    assert schema_problems(manifest) == []
    front, back = manifest["images"]
    assert "mrz" not in front["quality"]  # an ID card's front carries no zone
    mrz = back["quality"]["mrz"]
    assert mrz["format"] == "TD1" and mrz["valid"] and mrz["rotation"] == 0
    assert mrz["checks"] == {"number": True, "birth": True, "expiry": True, "composite": True}
    assert mrz["fields"]["surname"] == session.document_mrz.fields["surname"]
    assert len(mrz["lines"]) == 3 and mrz["fields"]["birth"].count("-") == 2
    broken = json.loads(json.dumps(manifest))
    broken["images"][1]["quality"]["mrz"]["lines"] = ["not a zone"]
    assert schema_problems(broken)


def test_the_app_limits_tesseract_to_one_thread_before_it_starts(monkeypatch):
    from capture_wizard import app, cli

    monkeypatch.delenv("OMP_THREAD_LIMIT", raising=False)
    seen = []
    monkeypatch.setattr(app, "run_gui", lambda *a, **k: seen.append(os.environ.get(LIMIT)) or 0)
    assert cli.main([]) == 0
    assert seen == ["1"]  # tesseract's child processes inherit it


def test_without_tesseract_the_photo_is_judged_without_its_zone(catalogue, monkeypatch, caplog):
    def missing(*args, **kwargs):
        raise mrz_read.OcrUnavailable("tesseract is not installed")

    monkeypatch.setattr(mrz_read, "ocr_text", missing)
    frame = verified_scene(Defect.CLEAN, BACK, ID1, DEMO_SEED)
    read = mrz_request(catalogue, "DEU", "id_card", BACK)
    report = check_step(frame, BACK, ID1, thorough=True, read=read)
    assert report.ok and report.mrz is None  # not refused for what could not be checked
    assert "tesseract cannot run" in caplog.text
