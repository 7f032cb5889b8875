"""Own renders of machine-readable zones for tests, the evaluation and the benchmark: a card or
page of the format's size with some printed text and a valid zone of any format at the bottom,
in OCR-B (the font of real zones; `resources/ocr/OCRB.otf`), plus the defects the evaluation
applies (turns, blur, glare, a covered zone).

Figures measured on these are "own renders": only real pictures say how reading does in use.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from capture_wizard.core import mrz
from capture_wizard.resources import resource

PX_PER_MM = 10.0
SIZES_MM = {"TD1": (85.6, 54.0), "TD2": (105.0, 74.0), "TD3": (125.0, 88.0)}
SIZES_MM |= {"MRVA": SIZES_MM["TD3"], "MRVB": (105.0, 74.0)}
_SURNAMES = ["ERIKSSON", "MUSTERMANN", "DUPONT", "OKAFOR", "DOE", "SILVA", "NOWAK", "BIANCHI"]
_GIVEN = ["ANNA MARIA", "ERIKA", "JEAN PIERRE", "CHIDI", "JOHN", "ANA LUISA", "PIOTR", "GIULIA"]
_STATES = ["UTO", "DEU", "FRA", "NLD", "POL", "ITA", "ESP", "GBR"]


@dataclass(frozen=True)
class Sample:
    image: np.ndarray
    """HxWx3 uint8 BGR."""
    lines: tuple[str, ...]
    format: str
    zone_box: tuple[int, int, int, int]
    """(x0, y0, x1, y1) of the zone in the image."""


@cache
def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(resource("ocr", "OCRB.otf")), size)


@cache
def _text_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(resource("fonts", "DejaVuSans-Bold.ttf")), size)


def zone(fmt: str, seed: int = 0, **overrides: str) -> tuple[str, ...]:
    """A valid zone of this format with made-up data (the same seed, the same zone)."""
    rng = np.random.default_rng(seed)
    k = int(rng.integers(len(_SURNAMES)))
    state = overrides.pop("issuer", _STATES[int(rng.integers(len(_STATES)))])
    alnum = list("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    person = dict(
        surname=_SURNAMES[k],
        given_names=_GIVEN[k],
        number="".join(rng.choice(alnum, 9)),
        nationality=state,
        issuer=state,
        birth=f"{rng.integers(50, 99):02d}{rng.integers(1, 13):02d}{rng.integers(1, 29):02d}",
        sex="MF"[k % 2],
        expiry=f"{rng.integers(27, 35):02d}{rng.integers(1, 13):02d}{rng.integers(1, 29):02d}",
    )
    person |= overrides
    if fmt == "TD1":
        return mrz.td1(doc_code=person.pop("doc_code", "ID"), **person)
    if fmt == "TD2":
        return mrz.td2(doc_code=person.pop("doc_code", "ID"), **person)
    if fmt == "TD3":
        return mrz.td3(doc_code=person.pop("doc_code", "P"), **person)
    compose = mrz.mrva if fmt == "MRVA" else mrz.mrvb
    return compose(doc_code=person.pop("doc_code", "V"), **person)


def render(
    fmt: str, seed: int = 0, lines: tuple[str, ...] | None = None, tint: bool = True
) -> Sample:
    """A document of the format's size with its zone at the bottom, straight and sharp."""
    rng = np.random.default_rng(seed + 1000)
    lines = lines or zone(fmt, seed)
    w_mm, h_mm = SIZES_MM[fmt]
    w, h = round(w_mm * PX_PER_MM), round(h_mm * PX_PER_MM)
    paper = tuple(int(v) for v in rng.integers(200, 250, 3)) if tint else (250, 250, 248)
    pil = Image.new("RGB", (w, h), paper)
    draw = ImageDraw.Draw(pil)
    # guilloche-like background lines and a few printed fields above the zone
    for i in range(12):
        ys = h * (i + 0.5) / 12 + 12 * np.sin(np.linspace(0, 8, 60) + i)
        xs = np.linspace(0, w, 60)
        shade = tuple(max(0, c - 30) for c in paper)
        draw.line(list(zip(xs.tolist(), ys.tolist(), strict=True)), fill=shade, width=2)
    draw.rectangle((0, 0, w, round(0.12 * h)), fill=(40, 70, 130))
    draw.text((30, 20), "SPECIMEN", font=_text_font(round(0.06 * h)), fill=(255, 255, 255))
    draw.rectangle((30, round(0.18 * h), round(0.28 * w), round(0.62 * h)), fill=(150, 140, 130))
    for i, label in enumerate(["SURNAME", "GIVEN NAMES", "DATE OF BIRTH", "EXPIRY"]):
        y = round(0.18 * h) + i * round(0.1 * h)
        draw.text((round(0.33 * w), y), label, font=_text_font(round(0.035 * h)), fill=(60, 60, 60))
    # the zone: OCR-B at about 10 characters per inch, the lines 2 characters' height apart
    char = round(0.0355 * w) if len(lines[0]) == 44 else round(0.042 * w)
    pitch = (w - 2 * 0.05 * w) / len(lines[0])
    font = _font(char)
    step = round(char * 1.55)
    top = h - round(0.05 * h) - step * len(lines)
    for r, line in enumerate(lines):
        for c, ch in enumerate(line):
            draw.text((0.05 * w + c * pitch, top + r * step), ch, font=font, fill=(15, 15, 15))
    image = np.ascontiguousarray(np.asarray(pil)[:, :, ::-1])
    return Sample(image, tuple(lines), fmt, (0, top - 10, w, h))


def on_table(image: np.ndarray, seed: int = 0, margin: float = 0.15) -> np.ndarray:
    """The document lying on a plain table, a little turned, as a photo shows it."""
    rng = np.random.default_rng(seed)
    h, w = image.shape[:2]
    mx, my = round(w * margin), round(h * margin)
    table = np.full((h + 2 * my, w + 2 * mx, 3), rng.integers(90, 160, 3), np.uint8)
    table[my : my + h, mx : mx + w] = image
    angle = float(rng.uniform(-6, 6))
    rot = cv2.getRotationMatrix2D((table.shape[1] / 2, table.shape[0] / 2), angle, 1.0)
    return cv2.warpAffine(
        table, rot, (table.shape[1], table.shape[0]), borderMode=cv2.BORDER_REPLICATE
    )


def turned(image: np.ndarray, degrees: int) -> np.ndarray:
    """Turned clockwise by 0, 90, 180 or 270 degrees."""
    codes = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}
    return image if degrees % 360 == 0 else cv2.rotate(image, codes[degrees % 360])


def blurred(image: np.ndarray, sigma: float) -> np.ndarray:
    return image if sigma <= 0 else cv2.GaussianBlur(image, (0, 0), sigma)


def glare(image: np.ndarray, strength: float, seed: int = 0) -> np.ndarray:
    """A soft bright spot over the lower half (where the zone is), `strength` 0..1 of white."""
    if strength <= 0:
        return image
    rng = np.random.default_rng(seed)
    h, w = image.shape[:2]
    cx, cy = rng.uniform(0.3, 0.7) * w, rng.uniform(0.7, 0.9) * h
    yy, xx = np.mgrid[0:h, 0:w]
    spot = np.exp(-(((xx - cx) / (0.25 * w)) ** 2 + ((yy - cy) / (0.18 * h)) ** 2))
    alpha = (strength * spot)[:, :, None]
    return (image * (1 - alpha) + 255 * alpha).astype(np.uint8)


def covered(sample: Sample, share: float = 0.5) -> np.ndarray:
    """The zone's right `share` covered by a plain patch (a finger, a sticker)."""
    x0, y0, x1, y1 = sample.zone_box
    out = sample.image.copy()
    cut = round(x1 - share * (x1 - x0))
    out[y0:y1, cut:x1] = (120, 150, 190)
    return out
