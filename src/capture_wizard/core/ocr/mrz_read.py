"""Find and read the machine-readable zone (MRZ) of a document picture.

1. **Find** the MRZ: on the whole picture first, then, when document corners are given and the
   whole picture gave no sure zone, on the document straightened by them (on real stills the
   detected corners were often off enough to shear the zone; docs/quality.md). The print is
   picked out with a black-hat filter on the brightest channel, characters are joined into
   lines, and rows lying parallel two or three at a time are the candidate zones. This runs
   at a few scales (the zone's characters come out about `WORK_PITCH` pixels at one of them),
   on the picture as it is and turned by 90 degrees; a line tilted by up to `MAX_TILT` degrees
   is still found and levelled.
2. **Read** the zone: cut out with a margin, levelled, scaled to `CHAR_HEIGHT` pixel high
   characters, and read by tesseract with the bundled OCR-B MRZ model (`resources/ocr/`,
   passed with `--tessdata-dir`, never `TESSDATA_PREFIX`), whitelist A-Z 0-9 <: the 8-bit
   integer model first, the float model as a second opinion on a zone that did not read
   surely. A zone in the upper half is read turned by 180 degrees first; a document that
   reads validly only that way is upside down.
3. **Fit and repair** (`mrz_fix`): stray characters and miscounted fillers, then look-alikes
   (O/0, I/1, B/8, S/5, Z/2, G/6, Z/7) where the check digits confirm one repair and no other;
   then parse (`mrz_parse`) and judge (`mrz_verdict`).

Pure functions of the picture; tesseract runs as a child process per reading (pytesseract);
it runs fastest with OMP_THREAD_LIMIT=1 in the environment, which the entry points set.
Bad input (no MRZ, MRZ-like garbage, a covered zone) gives a result with `lines` empty or
`valid` False, never an exception; only a missing tesseract raises `OcrUnavailable`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

import cv2
import numpy as np

from capture_wizard.core.issues import IssueCode
from capture_wizard.core.ocr.mrz_fix import Zone, best_zone, text_lines
from capture_wizard.core.ocr.mrz_parse import ParsedMrz
from capture_wizard.core.ocr.mrz_verdict import known_state, verdicts
from capture_wizard.resources import resource

log = logging.getLogger(__name__)

MODEL = "mrz"
"""The bundled OCR-B MRZ model (`resources/ocr/mrz.traineddata`, float LSTM)."""
FAST_MODEL = "mrz_fast"
"""The same model with its weights in 8-bit integers (`resources/ocr/mrz_fast.traineddata`):
about twice as fast, read first."""
WHITELIST = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
WORK_PITCH = 8.0
"""Character pitch (px) the finder looks for; the picture is scaled so that zones whose lines
span `ZONE_SPANS` of its width come out near it."""
ZONE_SPANS = (1.0, 0.62, 0.38, 0.24)
"""Shares of the picture's width an MRZ line may span, one finder scale each (smaller zones
are not looked for: a document that small cannot be read anyway)."""
MAX_WORK_UPSCALE = 2.5
"""The finder enlarges a small picture at most this much."""
MAX_TILT = 30.0
"""Lines tilted by more than this (degrees) are not taken as MRZ lines."""
CHAR_HEIGHT = 22
"""Character height (px) the zone is scaled to before reading (the model scales each line to
36 px itself; a smaller crop costs tesseract less to lay out)."""


@dataclass(frozen=True)
class Variant:
    model: str
    char_height: float
    binarize: bool


READ_VARIANTS = (Variant(FAST_MODEL, CHAR_HEIGHT, False), Variant(MODEL, 30, False))
"""The first reading of a zone, and a second opinion (the float model, unsqueezed) when the
first read it the right way up but not validly, or validly only after several edits."""
SURE_EDITS = 1
"""A valid zone read with more edits than this is read a second time, prepared differently,
and the reading with fewer edits is kept."""
MAX_READS = 6
"""Tesseract calls per picture at most (each costs about 0.1 s)."""


class OcrUnavailable(Exception):
    """tesseract is not installed or cannot run."""


# ---------------------------------------------------------------------------------------------
# Finding the zone


@dataclass(frozen=True)
class Band:
    """A candidate MRZ in the searched picture's pixels: a rotated rectangle round its lines."""

    center: tuple[float, float]
    size: tuple[float, float]
    """(length along the lines, height across them)."""
    angle: float
    """Degrees the lines rise clockwise in image coordinates (OpenCV's minAreaRect sense)."""
    lines: int
    """Text lines found in it (1 to 3)."""
    line_height: float
    """Height of one text line (px)."""
    score: float


def _gray(frame: np.ndarray) -> np.ndarray:
    """The brightest channel: black MRZ print stays dark, coloured print, security patterns
    and tinted paper turn light."""
    if frame.ndim == 2:
        return frame
    b, g, r = cv2.split(np.ascontiguousarray(frame[:, :, :3]))[:3]
    return cv2.max(cv2.max(b, g), r)


Rect = tuple[tuple[float, float], tuple[float, float], float]


def _ink(work: np.ndarray) -> np.ndarray:
    """Dark print smaller than a few characters, as a binary mask."""
    k = round(1.6 * WORK_PITCH) | 1
    blackhat = cv2.morphologyEx(work, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(0, (k, k)))
    level, _ = cv2.threshold(blackhat, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    _, ink = cv2.threshold(blackhat, max(level, 24), 255, cv2.THRESH_BINARY)
    return ink


def _blobs(ink: np.ndarray) -> list[Rect]:
    """Long runs of characters about WORK_PITCH apart (one text line, or a few lines that
    touch): rotated rectangles ((cx, cy), (length, thickness), angle) in `ink` pixels, the
    angle in (-90, 90] degrees."""
    p = WORK_PITCH
    joined = cv2.morphologyEx(
        ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(0, (int(1.3 * p), int(0.5 * p)))
    )
    joined = cv2.morphologyEx(joined, cv2.MORPH_OPEN, cv2.getStructuringElement(0, (3, 3)))
    contours, _ = cv2.findContours(joined, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    out = []
    for c in contours:
        if len(c) < 4:
            continue
        (cx, cy), (a, b), ang = cv2.minAreaRect(c)
        if a < b:
            a, b, ang = b, a, ang + 90
        ang = (ang + 90) % 180 - 90
        if a < 16 * p or not 0.5 * p <= b <= 7 * p or a / b < 5 or abs(ang) > MAX_TILT:
            continue
        if cv2.contourArea(c) < 0.4 * a * b:
            continue
        out.append(((cx, cy), (a, b), ang))
    return out


def _rows(ink: np.ndarray, rect: Rect) -> list[tuple[float, float]]:
    """Text rows inside a blob: (offset of the row's middle from the blob's centre line,
    row height), measured on the levelled ink."""
    (cx, cy), (a, b), ang = rect
    pad = int(b / 2 + 2)
    w, h = int(a), int(b) + 2 * pad
    m = cv2.getRotationMatrix2D((cx, cy), ang, 1.0)
    m[0, 2] += w / 2 - cx
    m[1, 2] += h / 2 - cy
    strip = cv2.warpAffine(ink, m, (w, h), flags=cv2.INTER_NEAREST)
    profile = (strip > 0).mean(axis=1)
    on = profile > 0.12
    rows = []
    start = None
    for y, flag in enumerate([*on, False]):
        if flag and start is None:
            start = y
        elif not flag and start is not None:
            if y - start >= 0.4 * WORK_PITCH:
                rows.append(((start + y) / 2 - h / 2, float(y - start)))
            start = None
    return rows


def _group(ink: np.ndarray, rects: list[Rect]) -> list[Band]:
    """Bands of 1 to 3 parallel text rows of similar length, one above the other."""
    p = WORK_PITCH
    lines: list[tuple[Rect, float]] = []  # (one row's rectangle, its height)
    for rect in rects:
        (cx, cy), (a, _), ang = rect
        theta = np.deg2rad(ang)
        across = np.array([-np.sin(theta), np.cos(theta)])
        for off, height in _rows(ink, rect):
            centre = (cx + across[0] * off, cy + across[1] * off)
            lines.append(((centre, (a, height), ang), height))
    lines.sort(key=lambda item: item[0][0][1])
    bands: list[Band] = []
    used: set[int] = set()
    for i, ((_c0, (a0, _b0), ang0), _h0) in enumerate(lines):
        if i in used:
            continue
        members = [i]
        theta = np.deg2rad(ang0)
        along = np.array([np.cos(theta), np.sin(theta)])
        across = np.array([-np.sin(theta), np.cos(theta)])
        for j in range(i + 1, len(lines)):
            (c1, (a1, _b1), ang1), h1 = lines[j]
            (cl, _, _), hl = lines[members[-1]]
            d = np.subtract(c1, cl)
            gap = abs(d @ across)
            height = max(hl, h1)
            if (
                abs(ang1 - ang0) < 5
                and 0.75 < a1 / a0 < 1.33
                and abs(d @ along) < 0.2 * a0
                and 1.0 * height < gap < 3.2 * height
                and 0.6 < h1 / hl < 1.65
            ):
                members.append(j)
                if len(members) == 3:
                    break
        used.update(members)
        chosen = [lines[m][0] for m in members]
        pts = np.concatenate([cv2.boxPoints(r) for r in chosen])
        (cx, cy), (a, b), ang = cv2.minAreaRect(pts)
        if a < b:
            a, b, ang = b, a, ang + 90
        ang = (ang + 90) % 180 - 90
        line_h = float(np.median([lines[m][1] for m in members]))
        lengths = [r[1][0] for r in chosen]
        length = max(lengths)
        n = len(chosen)
        if length < 16 * p or line_h > 2.5 * p:
            continue
        # two or three lines of one length, low in the picture, look most like a zone
        score = length * (1.0 if n >= 2 else 0.4) * min(lengths) / length
        score *= 1.0 + 0.5 * cy / ink.shape[0]
        bands.append(Band((cx, cy), (length, b), ang, n, line_h, score))
    return bands


def find_bands(gray: np.ndarray, limit: int = 4) -> list[Band]:
    """Candidate MRZ zones in a grayscale picture, best first, in its pixels. Only zones whose
    lines run within MAX_TILT of the picture's horizontal are found (turn the picture by 90
    degrees for the others)."""
    h, w = gray.shape[:2]
    found: list[Band] = []
    previous = ZONE_SPANS[0]
    for span in ZONE_SPANS:
        # a 44-character line spanning `span` of the width has the work pitch at this scale
        scale = min(WORK_PITCH * 40 / (span * w), MAX_WORK_UPSCALE)
        if any(b.lines >= 2 and b.size[0] >= 0.5 * previous * w for b in found):
            break  # a zone of 2-3 lines of the size looked for: smaller ones are not
        previous = span
        size = (max(1, round(w * scale)), max(1, round(h * scale)))
        interp = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
        work = cv2.resize(gray, size, interpolation=interp)
        ink = _ink(work)
        for band in _group(ink, _blobs(ink)):
            found.append(
                Band(
                    (band.center[0] / scale, band.center[1] / scale),
                    (band.size[0] / scale, band.size[1] / scale),
                    band.angle,
                    band.lines,
                    band.line_height / scale,
                    band.score / scale,
                )
            )
    return _dedupe(sorted(found, key=lambda b: -b.score))[:limit]


def _dedupe(bands: list[Band]) -> list[Band]:
    kept: list[Band] = []
    for band in bands:
        if all(
            np.hypot(band.center[0] - k.center[0], band.center[1] - k.center[1])
            > 0.5 * max(k.size[1], band.size[1])
            for k in kept
        ):
            kept.append(band)
    return kept


def cut_band(
    gray: np.ndarray,
    band: Band,
    turn180: bool = False,
    char_height: float = CHAR_HEIGHT,
    binarize: bool = False,
) -> np.ndarray:
    """The zone levelled, with a margin, its characters `char_height` px high, on white paper
    (black and white with `binarize`). A band of fewer than 3 lines gets room for a line
    above and below it (a TD1 zone whose third line was not found)."""
    line_h = max(band.line_height, 4.0)
    margin_x = 1.0 * line_h
    margin_y = 0.9 * line_h if band.lines >= 3 else 2.4 * line_h
    out_scale = char_height / line_h
    length = (band.size[0] + 2 * margin_x) * out_scale
    height = (band.size[1] + 2 * margin_y) * out_scale
    out_w, out_h = round(length), round(height)
    rot = cv2.getRotationMatrix2D(band.center, band.angle, out_scale)
    rot[0, 2] += out_w / 2 - band.center[0]
    rot[1, 2] += out_h / 2 - band.center[1]
    interp = cv2.INTER_AREA if out_scale < 1 else cv2.INTER_CUBIC
    crop = cv2.warpAffine(gray, rot, (out_w, out_h), flags=interp, borderMode=cv2.BORDER_REPLICATE)
    if turn180:
        crop = cv2.rotate(crop, cv2.ROTATE_180)
    flat = _flatten(crop)
    if binarize:
        _, flat = cv2.threshold(flat, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    return flat


def _flatten(crop: np.ndarray) -> np.ndarray:
    """Even out the paper's light (shadows, tints, glare gradients): divide by the paper level
    and stretch, so the print is dark on white."""
    k = max(15, int(CHAR_HEIGHT * 1.5) | 1)
    paper = cv2.morphologyEx(crop, cv2.MORPH_CLOSE, cv2.getStructuringElement(0, (k, k)))
    paper = cv2.GaussianBlur(paper, (0, 0), k / 3)
    flat = cv2.divide(crop, np.maximum(paper, 1), scale=255)
    lo = float(np.percentile(flat, 2))
    return cv2.normalize(np.clip(flat, lo, 255), None, 0, 255, cv2.NORM_MINMAX).astype(np.uint8)


# ---------------------------------------------------------------------------------------------
# Reading


@cache
def _model_dir() -> str:
    return str(resource("ocr", f"{MODEL}.traineddata").parent)


@cache
def _models() -> frozenset[str]:
    return frozenset(p.stem for p in Path(_model_dir()).glob("*.traineddata"))


def _config() -> str:
    # Quoted for pytesseract's shlex split (a path with spaces); one call sets the model folder
    # for this process only, never TESSDATA_PREFIX.
    folder = _model_dir().replace("\\", "/")
    return (
        f'--tessdata-dir "{folder}" --oem 1 --psm 6 '
        f"-c tessedit_char_whitelist={WHITELIST} -c load_system_dawg=0 -c load_freq_dawg=0"
    )


def ocr_text(image: np.ndarray, model: str = MODEL) -> str:
    """What an MRZ model reads in a prepared grayscale crop."""
    import pytesseract

    if model not in _models():
        model = MODEL
    try:
        return pytesseract.image_to_string(image, lang=model, config=_config())
    except (pytesseract.TesseractNotFoundError, pytesseract.TesseractError, OSError) as exc:
        raise OcrUnavailable(f"the MRZ could not be read: tesseract failed ({exc})") from exc


# ---------------------------------------------------------------------------------------------
# The whole reading


@dataclass(frozen=True)
class MrzResult:
    """What was read from one picture, and the verdicts on it."""

    format: str | None = None
    """TD1, TD2, TD3, MRVA, MRVB; None when no MRZ was read."""
    lines: tuple[str, ...] = ()
    """The zone as read (after repairs), or empty."""
    valid: bool = False
    """Every check digit is right."""
    fields: dict = field(default_factory=dict)
    checks: dict[str, bool] = field(default_factory=dict)
    rotation: int = 0
    """Degrees clockwise the picture (or rectified document) had to be turned for the zone to
    read: 0, 90, 180 or 270."""
    found: bool = False
    """A zone-like band of text lines was found (even if it did not read)."""
    issues: tuple[IssueCode, ...] = ()
    """The verdicts given the chosen document (see `mrz_verdict.verdicts`)."""
    parsed: ParsedMrz | None = None

    @property
    def upside_down(self) -> bool:
        return self.valid and self.rotation == 180

    def as_dict(self) -> dict | None:
        """The `"mrz"` member of `check --read` JSON: null when nothing was read."""
        if not self.lines:
            return None
        if self.parsed is not None:
            out = self.parsed.as_dict()
        else:
            out = {"format": self.format, "lines": list(self.lines), "valid": False}
            out |= {"fields": {}, "checks": {}}
        return out | {"rotation": self.rotation}


@dataclass
class _Attempt:
    lines: list[str]
    fmt: str | None
    parsed: ParsedMrz | None
    rotation: int
    edits: int = 0

    @property
    def valid(self) -> bool:
        return self.parsed is not None and self.parsed.valid

    @property
    def sure(self) -> bool:
        """Valid with at most one character added, dropped or swapped, and names without
        digits (no check digit covers the names: a digit left in one is a misreading)."""
        if not self.valid or self.edits > SURE_EDITS:
            return False
        names = self.parsed.fields["surname"] + self.parsed.fields["given_names"]
        return not any(ch.isdigit() for ch in names)

    @property
    def score(self) -> float:
        """0 nothing like a zone, 0.5 a zone's shape, 1 + the share of right check digits."""
        if self.parsed is None:
            return 0.0 if self.fmt is None else 0.5
        checks = self.parsed.checks
        return 1.0 + sum(checks.values()) / max(1, len(checks))

    @property
    def plausible(self) -> bool:
        """Looks like a zone at all: a known issuing state, or two check digits right (text
        that only has a zone's shape has either about once in twenty)."""
        if self.parsed is None:
            return False
        right = sum(self.parsed.checks.values())
        return right >= 2 or known_state(self.parsed.fields["issuer"])

    @property
    def upright(self) -> bool:
        """Reads as a zone the right way up (a known issuing state, a check digit right), even
        if not validly: turning it will not help."""
        if self.parsed is None:
            return False
        right = sum(self.parsed.checks.values())
        return right >= 2 or (right >= 1 and known_state(self.parsed.fields["issuer"]))


def read_crop(crop: np.ndarray, today: date, model: str = MODEL) -> Zone | None:
    """Read one prepared crop: the zone its text makes, or None."""
    return best_zone(text_lines(ocr_text(crop, model)), today)


def _rectified(frame: np.ndarray, corners: np.ndarray) -> np.ndarray:
    """The document straightened to a rectangle of its sides' lengths in the picture, long side
    1600 px at most."""
    c = np.asarray(corners, np.float32).reshape(4, 2)
    top = np.linalg.norm(c[1] - c[0])
    bottom = np.linalg.norm(c[2] - c[3])
    left = np.linalg.norm(c[3] - c[0])
    right = np.linalg.norm(c[2] - c[1])
    w, h = max(top, bottom), max(left, right)
    scale = min(1.0, 1600 / max(w, h))
    w, h = max(8, int(w * scale)), max(8, int(h * scale))
    dst = np.float32([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]])
    m = cv2.getPerspectiveTransform(c, dst)
    return cv2.warpPerspective(frame, m, (w, h), flags=cv2.INTER_CUBIC)


@dataclass(frozen=True)
class ReadRequest:
    """What the person chose, for reading a picture's MRZ and judging it (`read_mrz`)."""

    document_type: str | None = None
    country: str | None = None
    mrz_required: bool = False
    grace_days: int = 0
    today: date | None = None

    def read(self, frame_bgr: np.ndarray, corners=None) -> MrzResult:
        return read_mrz(
            frame_bgr,
            corners=corners,
            document_type=self.document_type,
            country=self.country,
            mrz_required=self.mrz_required,
            today=self.today,
            grace_days=self.grace_days,
        )


def read_mrz(
    frame_bgr: np.ndarray,
    *,
    corners: np.ndarray | None = None,
    document_type: str | None = None,
    country: str | None = None,
    mrz_required: bool = False,
    today: date | None = None,
    grace_days: int = 0,
) -> MrzResult:
    """Find and read the MRZ of a BGR picture (HxWx3 uint8), and judge it.

    The whole picture is searched first; with `corners` (4x2, clockwise from top-left, e.g.
    `QualityReport.corners`) the document straightened by them is read too when the whole
    picture gives no sure zone. `document_type` ("passport", "id_card", "driving_licence"),
    `country` (ISO 3166 alpha-3 or alpha-2) and `mrz_required` (this side must carry an MRZ)
    say what was chosen; `today` and `grace_days` judge expiry. Never raises for a bad picture;
    raises OcrUnavailable when tesseract cannot run."""
    today = today or date.today()
    result = _read(frame_bgr, corners, today)
    issues = verdicts(
        result,
        document_type=document_type,
        country=country,
        mrz_required=mrz_required,
        today=today,
        grace_days=grace_days,
    )
    return MrzResult(**{**result.__dict__, "issues": tuple(issues)})


def _read(frame, corners, today: date) -> MrzResult:
    if frame is None or getattr(frame, "ndim", 0) not in (2, 3) or min(frame.shape[:2]) < 16:
        return MrzResult()
    # The whole picture first: the zone finder levels tilted lines itself, and on real stills
    # (docs/quality.md) document corners were often off enough to shear the zone when the
    # picture was straightened by them. The straightened document is read when the whole
    # picture gave no sure zone (a strongly slanted view).
    pictures = [lambda: _gray(frame)]
    if corners is not None:
        pictures.append(lambda: _gray(_rectified(frame, corners)))
    reader = _Reader(today)
    for picture in pictures:
        try:
            gray = picture()
        except (cv2.error, ValueError):
            log.debug("the document could not be straightened", exc_info=True)
            continue
        _read_picture(reader, gray)
        if reader.done or (reader.best is not None and reader.best.score >= 1.0):
            break
    return _result(reader.best, reader.found) if reader.best else MrzResult(found=reader.found)


def _read_picture(reader: _Reader, gray: np.ndarray) -> None:
    for base_turn in (0, 90):
        view = gray if base_turn == 0 else cv2.rotate(gray, cv2.ROTATE_90_CLOCKWISE)
        bands = find_bands(view)
        reader.found |= bool(bands)
        for band in bands:
            if reader.done or reader.reads >= MAX_READS:
                return
            # the zone sits at the bottom of a document: one in the upper half of the
            # (rectified) picture is more likely upside down
            upper = band.center[1] < 0.5 * view.shape[0]
            for flip in (upper, not upper):
                attempt = reader.read(view, band, flip, base_turn)
                if attempt is None or reader.done:
                    break
                if attempt.upright:
                    # the right way up but not valid: once more, prepared differently; then
                    # stop (a zone printed wrong, or damaged, will not read better elsewhere)
                    reader.read(view, band, flip, base_turn, variant=1)
                    reader.done = True
                    break
        if reader.done or (reader.best is not None and reader.best.score >= 1.0):
            return  # a zone was read in this orientation: do not look across


def _better(new: _Attempt, old: _Attempt) -> bool:
    if new.valid and old.valid:
        return (not new.sure, new.edits) < (not old.sure, old.edits)
    return new.score > old.score


class _Reader:
    """Reads bands within the budget of MAX_READS, keeping the best attempt."""

    def __init__(self, today: date) -> None:
        self.today = today
        self.reads = 0
        self.found = False
        self.done = False
        self.best: _Attempt | None = None

    def read(self, view, band: Band, flip: bool, base_turn: int, variant: int = 0):
        if self.reads >= MAX_READS:
            return None
        self.reads += 1
        how = READ_VARIANTS[variant]
        crop = cut_band(view, band, flip, how.char_height, how.binarize)
        zone = read_crop(crop, self.today, how.model)
        rotation = (base_turn + (180 if flip else 0)) % 360
        if zone is None:
            attempt = _Attempt([], None, None, rotation)
        else:
            attempt = _Attempt(zone.lines, zone.format, zone.parsed, rotation, zone.edits)
        if self.best is None or _better(attempt, self.best):
            self.best = attempt
        log.debug(  # never the lines: they are the holder's personal data
            "read %s turned %d: %s, valid %s, %d edits",
            READ_VARIANTS[variant],
            rotation,
            zone and zone.format,
            attempt.valid,
            attempt.edits,
        )
        if attempt.sure:
            self.done = True
        elif attempt.valid and variant == 0 and self.reads < MAX_READS:
            # valid only after several edits: a second reading must agree or do better
            second = self.read(view, band, flip, base_turn, variant=1)
            unsure = attempt.edits > SURE_EDITS  # not only a name with a digit
            if unsure and second is not None and not second.valid and second.lines != attempt.lines:
                self.best = second  # they disagree: the zone is not sure
            self.done = True
        return attempt


def _result(attempt: _Attempt, found: bool) -> MrzResult:
    parsed = attempt.parsed
    if parsed is None or not attempt.plausible:
        # text in a zone's shape but nothing of a zone in it (a page of print, a covered
        # zone): nothing read
        return MrzResult(found=found)
    return MrzResult(
        format=parsed.format,
        lines=parsed.lines,
        valid=parsed.valid,
        fields=parsed.as_dict()["fields"],
        checks=dict(parsed.checks),
        rotation=attempt.rotation,
        found=True,
        parsed=parsed,
    )


__all__ = [
    "Band",
    "MrzResult",
    "OcrUnavailable",
    "ReadRequest",
    "cut_band",
    "find_bands",
    "read_crop",
    "read_mrz",
]
