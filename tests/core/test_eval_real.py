"""benchmarks/eval_real.py judges pictures as ../shared/tools/score_real.py does: the judging on
hand-made labels and reports, then one run on the real pictures when they are present (no
accuracy figure is asserted)."""

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from capture_wizard.core.issues import IssueCode
from capture_wizard.core.quality import QualityReport

EVAL_REAL = Path(__file__).resolve().parents[2] / "benchmarks" / "eval_real.py"


@pytest.fixture(scope="module")
def er():
    spec = importlib.util.spec_from_file_location("eval_real", EVAL_REAL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CORNERS = np.array([[10, 10], [90, 10], [90, 60], [10, 60]], np.float32)


def report(*issues: IssueCode, found: bool = True) -> QualityReport:
    return QualityReport(tuple(issues), CORNERS if found else None, (100, 70))


def label(file="a.jpg", kind="scan_crop", acceptable=True, capture_ok=None, defects=(), minor=()):
    return {
        "file": file,
        "kind": kind,
        "acceptable": acceptable,
        "capture_ok": acceptable if capture_ok is None else capture_ok,
        "defects": list(defects),
        "minor": list(minor),
    }


def test_an_acceptable_picture_rejected_is_a_false_reject(er):
    lab = label()
    j = er.judge(lab, report(IssueCode.TOO_CLOSE))
    assert (j["group"], j["ok"], j["agree"]) == ("acceptable", False, False)
    assert j["beyond"] == ["too_close"]
    s = er.summarise([(lab, j)])
    assert s["false_rejects"] == ["a.jpg"] and s["acceptable"] == 1


def test_an_acceptable_picture_accepted_agrees(er):
    j = er.judge(label(), report())
    assert (j["group"], j["ok"], j["agree"], j["found"]) == ("acceptable", True, True, True)


def test_a_blocking_in_scope_defect_accepted_is_missed(er):
    lab = label(acceptable=False, defects=["blur"])
    j = er.judge(lab, report())
    assert (j["group"], j["agree"], j["hit"], j["miss"]) == ("defect", False, [], ["blur"])
    s = er.summarise([(lab, j)])
    assert s["missed"] == ["a.jpg"] and s["recall"] == {"blur": [0, 1]}


def test_a_defect_reported_counts_for_its_code_even_among_other_codes(er):
    lab = label(acceptable=False, defects=["glare", "not_id_document"])
    j = er.judge(lab, report(IssueCode.BLUR, IssueCode.GLARE))
    assert (j["group"], j["agree"], j["hit"]) == ("defect", True, ["glare"])
    assert er.summarise([(lab, j)])["recall"] == {"glare": [1, 1]}


def test_a_minor_defect_does_not_count(er):
    lab = label(acceptable=True, defects=["wrong_orientation"], minor=["wrong_orientation"])
    j = er.judge(lab, report())
    assert j["group"] == "acceptable" and j["agree"]
    # not acceptable for another reason: the minor code is neither scored nor missed
    lab = label(acceptable=False, defects=["not_id_document", "glare"], minor=["glare"])
    j = er.judge(lab, report())
    assert j["group"] == "out_of_scope" and j["miss"] == []
    s = er.summarise([(lab, j)])
    assert s["missed"] == [] and s["recall"] == {} and s["scored"] == 0


def test_out_of_scope_reasons_only_are_not_scored(er):
    lab = label(acceptable=False, capture_ok=True, defects=["not_id_document"])
    j = er.judge(lab, report())
    assert j["group"] == "out_of_scope"
    s = er.summarise([(lab, j)])
    assert (s["out_of_scope"], s["oos_accepted"], s["scored"]) == (1, 1, 0)
    assert s["missed"] == [] and s["false_rejects"] == []


def test_capture_ok_drops_the_not_capture_reasons(er):
    lab = label(acceptable=False, capture_ok=True, defects=["not_id_document"])
    j = er.judge(lab, report(IssueCode.TOO_FAR), field="capture_ok")
    assert j["group"] == "acceptable" and not j["agree"]
    assert j["beyond"] == ["too_far"]  # not_id_document is no longer an allowed reason


def test_an_unreadable_picture_is_a_reject(er):
    j = er.judge(label(), None, error="cannot read")
    assert (j["ok"], j["error"], j["found"]) == (False, "cannot read", False)
    assert er.judge(label(), None)["error"] == "no result"


def test_per_kind_and_document_found(er):
    rows = [
        (lab := label("a.jpg", "webcam_frame", False, defects=["blur"]), er.judge(lab, report())),
        (
            lab := label("b.jpg", "webcam_frame", False, defects=["blur"]),
            er.judge(lab, report(IssueCode.BLUR)),
        ),
        (
            lab := label("c.jpg", "render"),
            er.judge(lab, report(IssueCode.NO_DOCUMENT, found=False)),
        ),
        (
            lab := label("d.jpg", "render", False, defects=["no_document"]),
            er.judge(lab, report(IssueCode.NO_DOCUMENT, found=False)),
        ),
    ]
    kinds = er.per_kind(rows)
    assert list(kinds) == ["render", "webcam_frame"]
    assert kinds["webcam_frame"]["recall"] == {"blur": [1, 2]}
    assert kinds["webcam_frame"]["missed"] == ["a.jpg"]
    assert kinds["render"]["false_rejects"] == ["c.jpg"]
    s = er.summarise(rows)
    assert (s["found"], s["shows_doc"], s["said_no_document"]) == (2, 3, ["c.jpg"])


def test_without_the_data_folder_it_skips_and_exits_0(er, tmp_path, capsys):
    assert er.main(["--images", str(tmp_path / "absent")]) == 0
    assert "skipped" in capsys.readouterr().out


@pytest.mark.parametrize("still", [True, False], ids=["still", "live"])
def test_every_real_labelled_picture_gets_a_judgement(er, real_data, still):
    images = real_data / "capture"
    if not (images / "labels.jsonl").is_file():
        pytest.skip(f"labelled real pictures not available ({images} is missing)")
    labels = er.load_labels(images)
    assert labels
    rows = er.judge_all(labels, images, still=still)
    assert [lab["file"] for lab, _ in rows] == [lab["file"] for lab in labels]
    assert all(j["error"] is None for _, j in rows)
    assert all(j["group"] in {"acceptable", "defect", "out_of_scope"} for _, j in rows)
    s = er.summarise(rows)
    assert s["n"] == s["acceptable"] + s["defect"] + s["out_of_scope"] == len(labels)
