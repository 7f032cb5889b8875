"""Render specimen identity documents: ID-1 card (front, back) and ID-3 passport data page.

Plausible layout (header, portrait, labelled fields, signature), a valid ICAO 9303 MRZ, all in
the fictional state of Utopia (ICAO's own specimen code "UTO"). Output is BGR uint8 plus an
alpha mask (ID-1 cards have rounded corners).
"""

from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from capture_wizard.core import mrz
from capture_wizard.core.documents import ID1, ID3, DocumentFormat
from capture_wizard.resources import resource

PX_PER_MM = 10.0

_SURNAMES = ["ERIKSSON", "MUSTERMANN", "DUPONT", "ROSSI", "NOWAK", "SILVA", "OKAFOR", "TANAKA"]
_GIVEN = ["ANNA MARIA", "ERIKA", "JEAN PIERRE", "GIULIA", "PIOTR", "ANA LUISA", "CHIDI", "YUKI"]
_TINTS = [(238, 226, 214), (214, 232, 240), (226, 240, 222), (236, 222, 238), (242, 236, 212)]
_BANDS = [(120, 60, 20), (30, 80, 140), (40, 110, 60), (110, 40, 100), (20, 90, 120)]


class Side(StrEnum):
    ID1_FRONT = "id1_front"
    ID1_BACK = "id1_back"
    ID3_PAGE = "id3_page"

    @property
    def format(self) -> DocumentFormat:
        return ID3 if self is Side.ID3_PAGE else ID1

    @property
    def has_portrait(self) -> bool:
        return self is not Side.ID1_BACK


PORTRAIT_BOX = {Side.ID1_FRONT: ((40, 120), (250, 320)), Side.ID3_PAGE: ((60, 160), (320, 420))}
"""Where the portrait is printed: (x, y), (width, height) in document pixels (0.1 mm)."""


@dataclass(frozen=True)
class SpecimenDocument:
    image: np.ndarray  # HxWx3 uint8 BGR
    alpha: np.ndarray  # HxW uint8, 255 inside the document
    side: Side
    mrz: tuple[str, ...]  # empty when this side carries no MRZ
    holder: str


@cache
def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(resource("fonts", name)), size)


@cache
def _portrait() -> np.ndarray:
    return cv2.imread(str(resource("specimens", "astronaut-portrait.jpg")), cv2.IMREAD_COLOR)


def _mm(value: float) -> int:
    return round(value * PX_PER_MM)


def _guilloche(img: np.ndarray, rng: np.random.Generator, tint: tuple[int, int, int]) -> None:
    """Fine interlaced sine curves, as on real security backgrounds."""
    h, w = img.shape[:2]
    color = tuple(max(0, c - 28) for c in tint)
    xs = np.arange(0, w, 3)
    for k in range(14):
        phase, freq = rng.uniform(0, 2 * np.pi), rng.uniform(2.0, 5.0)
        base, amp = h * (k + 0.5) / 14, h * rng.uniform(0.03, 0.08)
        ys = base + amp * np.sin(xs / w * freq * 2 * np.pi + phase)
        pts = np.stack([xs, ys], axis=1).astype(np.int32)
        cv2.polylines(img, [pts], False, color, 1, cv2.LINE_AA)


def _signature(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], rng) -> None:
    x0, y0, x1, y1 = box
    t = np.linspace(0, 1, 80)
    xs = x0 + t * (x1 - x0)
    ys = (y0 + y1) / 2 + (y1 - y0) * 0.35 * np.sin(t * rng.uniform(8, 16) + rng.uniform(0, 6))
    draw.line(list(zip(xs.tolist(), ys.tolist(), strict=True)), fill=(20, 30, 90), width=3)


def _rounded_alpha(w: int, h: int, radius: int) -> np.ndarray:
    alpha = np.zeros((h, w), np.uint8)
    if radius <= 0:
        alpha[:] = 255
        return alpha
    cv2.rectangle(alpha, (radius, 0), (w - 1 - radius, h - 1), 255, -1)
    cv2.rectangle(alpha, (0, radius), (w - 1, h - 1 - radius), 255, -1)
    for cx, cy in (
        (radius, radius),
        (w - 1 - radius, radius),
        (radius, h - 1 - radius),
        (w - 1 - radius, h - 1 - radius),
    ):
        cv2.circle(alpha, (cx, cy), radius, 255, -1, cv2.LINE_AA)
    return alpha


def _fields(draw, x: int, y: int, items: list[tuple[str, str]], size: int, gap: int) -> None:
    label_font, value_font = (
        _font("DejaVuSans.ttf", size * 5 // 8),
        _font("DejaVuSans-Bold.ttf", size),
    )
    for label, value in items:
        draw.text((x, y), label, font=label_font, fill=(90, 90, 90))
        draw.text((x, y + size * 3 // 4), value, font=value_font, fill=(15, 15, 15))
        y += gap


@cache
def _ocr_b(size: int) -> ImageFont.FreeTypeFont:
    """OCR-B, the font real zones are printed in (vendored for reading tests, resources/ocr/)."""
    return ImageFont.truetype(str(resource("ocr", "OCRB.otf")), size)


def _mrz_band(draw, lines: tuple[str, ...], top: int, width: int, height: int, size: int) -> None:
    """The zone in OCR-B, one character per pitch, so the demo's cards read as real ones do."""
    draw.rectangle((0, top, width, height), fill=(250, 250, 248))
    font = _ocr_b(size)
    pitch = (width - _mm(6)) / len(lines[0])
    for i, line in enumerate(lines):
        y = top + _mm(1.5) + i * size * 1.25
        for j, ch in enumerate(line):
            draw.text((_mm(3) + j * pitch, y), ch, font=font, fill=(10, 10, 10))


def render_document(side: Side, seed: int = 0, expired: bool = False) -> SpecimenDocument:
    """One specimen document side; the same seed gives the same document. `expired` moves its
    expiry date 12 years back (2015-2022), all else unchanged."""
    rng = np.random.default_rng(seed)
    fmt = side.format
    w, h = _mm(fmt.width_mm), _mm(fmt.height_mm)
    tint = _TINTS[rng.integers(len(_TINTS))]
    band = _BANDS[rng.integers(len(_BANDS))]
    img = np.empty((h, w, 3), np.uint8)
    img[:] = tint
    _guilloche(img, rng, tint)

    idx = int(rng.integers(len(_SURNAMES)))
    surname, given = _SURNAMES[idx], _GIVEN[idx]
    number = "".join(rng.choice(list("ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), 9))
    birth = f"{rng.integers(50, 99):02d}{rng.integers(1, 13):02d}{rng.integers(1, 29):02d}"
    expiry = f"{rng.integers(27, 35):02d}{rng.integers(1, 13):02d}{rng.integers(1, 29):02d}"
    if expired:
        expiry = f"{int(expiry[:2]) - 12:02d}{expiry[2:]}"
    sex = "F" if idx % 2 == 0 else "M"
    person = dict(
        surname=surname,
        given_names=given,
        number=number,
        nationality="UTO",
        birth=birth,
        sex=sex,
        expiry=expiry,
        issuer="UTO",
    )
    fmt_date = lambda d: f"{d[4:6]}.{d[2:4]}.{'19' if int(d[:2]) > 40 else '20'}{d[:2]}"  # noqa: E731

    pil = Image.fromarray(img[:, :, ::-1])
    draw = ImageDraw.Draw(pil)
    title = _font("DejaVuSans-Bold.ttf", _mm(3.2 if side is Side.ID3_PAGE else 3.0))
    draw.rectangle((0, 0, w, _mm(9)), fill=band[::-1])
    heading = {
        Side.ID1_FRONT: "REPUBLIC OF UTOPIA  ·  IDENTITY CARD",
        Side.ID1_BACK: "REPUBLIC OF UTOPIA  ·  IDENTITY CARD",
        Side.ID3_PAGE: "REPUBLIC OF UTOPIA  ·  PASSPORT",
    }[side]
    draw.text((_mm(4), _mm(2.2)), heading, font=title, fill=(255, 255, 255))

    lines: tuple[str, ...] = ()
    if side is Side.ID1_FRONT:
        _paste_portrait(pil, *PORTRAIT_BOX[side])
        _fields(
            draw,
            _mm(33),
            _mm(12),
            [
                ("Surname / Nom", surname),
                ("Given names / Prénoms", given),
                ("Date of birth", fmt_date(birth)),
                ("Sex / Nationality", f"{sex}   UTO"),
                ("Date of expiry", fmt_date(expiry)),
            ],
            _mm(2.6),
            _mm(5.4),
        )
        draw.text(
            (_mm(60), _mm(46)),
            number,
            font=_font("DejaVuSans-Bold.ttf", _mm(2.8)),
            fill=(150, 20, 20),
        )
        _signature(draw, (_mm(4), _mm(45), _mm(30), _mm(51)), rng)
    elif side is Side.ID1_BACK:
        _fields(
            draw,
            _mm(4),
            _mm(11),
            [
                ("Address / Adresse", f"{rng.integers(1, 200)} HARBOUR ROAD, UTOPIA CITY"),
                ("Issued by", "CITY OF UTOPIA"),
                ("Date of issue", fmt_date(birth)),
            ],
            _mm(2.4),
            _mm(5.2),
        )
        for k in range(40):  # a barcode-like strip
            x = _mm(58) + k * _mm(0.6)
            draw.rectangle(
                (x, _mm(12), x + _mm(0.6) * int(rng.integers(1, 3)) // 2, _mm(26)),
                fill=(30, 30, 30),
            )
        lines = mrz.td1(doc_code="ID", optional1="", optional2="", **person)
        _mrz_band(draw, lines, h - _mm(18), w, h, _mm(3.4))
    else:
        _paste_portrait(pil, *PORTRAIT_BOX[side])
        draw.text(
            (_mm(44), _mm(11)),
            f"Type P   Code UTO   Passport No. {number}",
            font=_font("DejaVuSans-Bold.ttf", _mm(2.8)),
            fill=(15, 15, 15),
        )
        _fields(
            draw,
            _mm(44),
            _mm(17),
            [
                ("Surname", surname),
                ("Given names", given),
                ("Nationality", "UTOPIAN"),
                ("Date of birth", fmt_date(birth)),
                ("Sex", sex),
                ("Date of expiry", fmt_date(expiry)),
            ],
            _mm(3.2),
            _mm(6.2),
        )
        _signature(draw, (_mm(8), _mm(60), _mm(40), _mm(66)), rng)
        lines = mrz.td3(doc_code="P", optional="", **person)
        _mrz_band(draw, lines, h - _mm(17), w, h, _mm(4.2))

    out = np.ascontiguousarray(np.asarray(pil)[:, :, ::-1])
    radius = _mm(3.18) if fmt is ID1 else _mm(1)
    return SpecimenDocument(out, _rounded_alpha(w, h, radius), side, lines, f"{given} {surname}")


def _paste_portrait(pil: Image.Image, origin: tuple[int, int], size: tuple[int, int]) -> None:
    face = cv2.resize(_portrait(), size, interpolation=cv2.INTER_AREA)
    pil.paste(Image.fromarray(face[:, :, ::-1]), origin)


def with_portrait(
    document: SpecimenDocument, photo_bgr: np.ndarray, guilloche: float = 0.0, seed: int = 0
) -> SpecimenDocument:
    """The document with another person's photo printed as its portrait (cropped to the
    portrait's shape), under a guilloche of this strength (0-1) as security print often lays
    over it: for comparing selfies with portraits of several people (benchmarks/eval_match.py)."""
    origin, size = PORTRAIT_BOX[document.side]
    (x, y), (w, h) = origin, size
    ph, pw = photo_bgr.shape[:2]
    if pw / ph > w / h:  # crop to the portrait's shape, keeping the middle
        keep = round(ph * w / h)
        photo_bgr = photo_bgr[:, (pw - keep) // 2 : (pw - keep) // 2 + keep]
    else:
        keep = round(pw * h / w)
        photo_bgr = photo_bgr[(ph - keep) // 2 : (ph - keep) // 2 + keep]
    image = document.image.copy()
    image[y : y + h, x : x + w] = cv2.resize(photo_bgr, (w, h), interpolation=cv2.INTER_AREA)
    if guilloche > 0:
        lines = np.full((h, w, 3), 255, np.uint8)
        _guilloche(lines, np.random.default_rng(seed), (255, 255, 255))
        ink = np.clip((255 - lines.astype(np.float32)) / 28, 0, 1)  # 1 on a line
        patch = image[y : y + h, x : x + w].astype(np.float32)
        image[y : y + h, x : x + w] = (patch * (1 - guilloche * ink)).astype(np.uint8)
    return replace(document, image=image)
