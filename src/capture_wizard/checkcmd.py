"""`capture-wizard check`: the quality engine on files, as JSON Lines or a readable table."""

import json
import logging
import sys
from collections.abc import Iterable
from dataclasses import replace
from typing import TextIO

from capture_wizard.core.checks import with_mrz
from capture_wizard.core.documents import DocumentFormat
from capture_wizard.core.face import FaceModelError, analyze_face
from capture_wizard.core.face.describe import DescriptorModelError
from capture_wizard.core.face.match import Portrait, compare, find_portrait, whole_picture
from capture_wizard.core.face.portrait import check_side
from capture_wizard.core.geometry import aspect_of
from capture_wizard.core.imageio import ImageLoadError, load_picture
from capture_wizard.core.issues import IssueCode
from capture_wizard.core.ocr.mrz_read import OcrUnavailable, ReadRequest
from capture_wizard.core.quality import analyze
from capture_wizard.core.steps import Step

log = logging.getLogger(__name__)

# Short English hints for the terminal; the GUI has its own translated instructions.
HINTS = {
    IssueCode.NO_DOCUMENT: "no document found",
    IssueCode.CUT_OFF: "part of the document is outside the picture",
    IssueCode.TOO_FAR: "document too far away",
    IssueCode.TOO_CLOSE: "document too close",
    IssueCode.WRONG_ORIENTATION: "document not aligned with the picture's long side",
    IssueCode.BLUR: "blurred",
    IssueCode.TOO_DARK: "too dark",
    IssueCode.TOO_BRIGHT: "too bright",
    IssueCode.GLARE: "glare on the document",
    IssueCode.OCCLUDED: "something covers part of the document",
    IssueCode.NO_PORTRAIT: "no portrait: this looks like the back",
    IssueCode.FRONT_NOT_BACK: "the portrait side, where the back was expected",
    IssueCode.WRONG_DOCUMENT_TYPE: "not the chosen type of document (its MRZ says so)",
    IssueCode.WRONG_COUNTRY: "issued by another country than the one chosen",
    IssueCode.EXPIRED: "the document has expired",
    IssueCode.UNREADABLE_MRZ: "the code lines (MRZ) cannot be read",
    IssueCode.UPSIDE_DOWN: "the document is upside down",
    IssueCode.NO_FACE: "no face found",
    IssueCode.MULTIPLE_FACES: "more than one face",
    IssueCode.FACE_TOO_FAR: "face too far away",
    IssueCode.FACE_TOO_CLOSE: "face too close or cut off",
    IssueCode.FACE_TOO_DARK: "face too dark",
    IssueCode.FACE_OFF_CENTER: "face not in the middle",
    IssueCode.FACE_TURNED: "head turned or tilted",
    IssueCode.FACE_BLUR: "face blurred",
    IssueCode.FACE_MISMATCH: "not the person on the document's portrait",
}


def check_one(
    path: str,
    spec: DocumentFormat | None,
    face: bool = False,
    side: Step | None = None,
    still: bool = True,
    read: ReadRequest | None = None,
    portrait: Portrait | None = None,
) -> dict:
    """The JSON contract of DESIGN.md for one input; never raises for a bad file. With `side`
    (front or back) an accepted document is also checked for its portrait; `still` False
    judges it as a live camera frame; with `read` the MRZ is read ("mrz") and judged."""
    result = {
        "path": path,
        "ok": False,
        "issues": [],
        "document": {"corners": None},
        **({"faces": []} if face else {}),
        **({"match": None} if portrait is not None else {}),
        "metrics": {},
        "error": None,
    }
    try:
        picture = load_picture(path)
    except ImageLoadError as exc:
        result["error"] = str(exc)
        return result
    except Exception:
        log.exception("reading an input failed")
        result["error"] = "the file could not be read (internal error; see the log file)"
        return result
    frame = picture.frame
    try:
        if face:
            report = analyze_face(frame, thorough=True)
            if portrait is not None:
                report = _compared(portrait, frame, report)  # "match" null without a face
        else:
            report = analyze(frame, spec, still=still)
            if side is not None:
                report = check_side(frame, report, side, spec)
    except (FaceModelError, DescriptorModelError) as exc:
        log.exception("the face detector could not be loaded")
        result["error"] = str(exc)
        return result
    except Exception:
        log.exception("checking an input failed")
        result["error"] = "the image could not be checked (internal error; see the log file)"
        return result
    if read is not None and not face:
        report = _read_mrz(result, frame, report, read)
    result.update(report.as_dict())
    _in_picture_pixels(result, picture.size, (frame.shape[1], frame.shape[0]))
    return result


def _read_mrz(result: dict, frame, report, read: ReadRequest):
    """The report with "mrz" (null when none was read) and its verdicts (`with_mrz`); on a
    reading error, the report as it was and the error in `result`."""
    try:
        return with_mrz(report, read.read(frame, corners=report.corners))
    except OcrUnavailable as exc:
        result["error"] = str(exc)
    except Exception:
        log.exception("reading the MRZ failed")
        result["error"] = "the MRZ could not be read (internal error; see the log file)"
    return report


def load_portrait(path: str, spec: DocumentFormat | None) -> Portrait:
    """The portrait on a photo of the document's front: on the document the checks find, or
    the whole picture when they find none (a crop to the document's edges)."""
    frame = load_picture(path).frame
    corners = analyze(frame, spec, still=True).corners
    if corners is None:
        corners = whole_picture(frame)
    aspect = spec.aspect if spec is not None else aspect_of(corners)
    return find_portrait(frame, corners, aspect)


def _compared(portrait: Portrait, frame, report):
    """The selfie compared with the portrait; no_portrait among the issues when the document
    shows none that can be described."""
    report = compare(portrait, frame, report)
    if report.match is not None and report.match.issue is IssueCode.NO_PORTRAIT:
        report = replace(report, issues=(*report.issues, IssueCode.NO_PORTRAIT))
    return report


def _in_picture_pixels(result: dict, size: tuple[int, int], frame_size: tuple[int, int]) -> None:
    """Coordinates in the picture's own pixels when it was decoded reduced (a large photo)."""
    if size == frame_size:
        return
    sx, sy = size[0] / frame_size[0], size[1] / frame_size[1]

    def points(values: list) -> list:
        return [[round(x * sx, 1), round(y * sy, 1)] for x, y in values]

    result["metrics"]["width"], result["metrics"]["height"] = size
    if result["document"].get("corners"):
        result["document"]["corners"] = points(result["document"]["corners"])
    for face in result.get("faces", []):
        x, y, w, h = face["box"]
        face["box"] = [round(x * sx, 1), round(y * sy, 1), round(w * sx, 1), round(h * sy, 1)]
        face["keypoints"] = points(face["keypoints"])


def run_check(
    paths: Iterable[str],
    *,
    spec: DocumentFormat | None,
    as_json: bool,
    out: TextIO,
    face: bool = False,
    side: Step | None = None,
    still: bool = True,
    read: ReadRequest | None = None,
    portrait: str | None = None,
) -> int:
    """Check every path in order, print as we go; exit status 0 / 1 rejected / 2 unreadable.
    With `portrait` (a document photo) each selfie is compared with its portrait."""
    rejected = unreadable = False
    described = None
    if portrait is not None:
        try:
            described = load_portrait(portrait, spec)
        except (ImageLoadError, DescriptorModelError, FaceModelError) as exc:
            print(f"capture-wizard: --portrait {portrait}: {exc}", file=sys.stderr)
            return 2
    for path in paths:
        result = check_one(path, spec, face, side, still, read, described)
        unreadable |= result["error"] is not None
        rejected |= result["error"] is None and not result["ok"]
        _write_line(out, _json_line(result) if as_json else _table_row(result))
    return 2 if unreadable else 1 if rejected else 0


def _json_line(result: dict) -> str:
    """Plain ASCII JSON (any other character escaped), so any output encoding takes it."""
    texts = {key: _valid_text(result[key]) for key in ("path", "error") if result[key]}
    return json.dumps({**result, **texts})


def _valid_text(text: str) -> str:
    """`text` as valid Unicode. A file name that is not UTF-8 reaches Python with its bad bytes
    as lone surrogates (PEP 383); each such byte becomes U+FFFD, so every line we print is
    valid UTF-8 (and JSON) and the lines still follow the input order."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that is no escaped byte (a Windows name)
        raw = text.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "replace")


def _write_line(out: TextIO, line: str) -> None:
    """One line, whatever the output's encoding: what it cannot encode is written escaped."""
    line = _valid_text(line) + "\n"
    try:
        out.write(line)
    except UnicodeEncodeError:
        encoding = getattr(out, "encoding", None) or "ascii"
        out.write(line.encode(encoding, "backslashreplace").decode(encoding))
    out.flush()


def _table_row(result: dict) -> str:
    if result["error"]:
        verdict, detail = "ERROR ", result["error"]
    elif result["ok"]:
        verdict, detail = "OK    ", "accepted"
    else:
        verdict = "REJECT"
        detail = "; ".join(HINTS.get(IssueCode(c), c) + f" [{c}]" for c in result["issues"])
    return f"{verdict}  {result['path']}: {detail}"
