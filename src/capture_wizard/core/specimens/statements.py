"""Hand-held statement scenes: a person (the astronaut portrait) holding their specimen card and
a paper with a date and a word, with known defects, for the statement check's tests and
evaluation."""

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import cache

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from capture_wizard.core.ocr.text import MONTHS
from capture_wizard.core.specimens.documents import Side, render_document
from capture_wizard.core.specimens.scenes import background
from capture_wizard.core.specimens.selfies import paste_face
from capture_wizard.resources import resource


class StatementDefect(StrEnum):
    CLEAN = "clean"
    WRONG_DATE = "wrong_date"
    NO_DATE = "no_date"
    NO_WORD = "no_word"
    NO_DOCUMENT = "no_document"
    TWO_FACES = "two_faces"


@dataclass(frozen=True)
class StatementScene:
    image: np.ndarray
    """HxWx3 uint8 BGR."""
    defect: StatementDefect
    written: tuple[str, ...]
    """The lines on the paper."""


def written_date(day: date, rng: np.random.Generator) -> str:
    """`day` in one of the forms people write."""
    name = MONTHS[day.month - 1].capitalize()
    forms = (
        f"{day:%Y-%m-%d}",
        f"{day:%d.%m.%Y}",
        f"{day:%d/%m/%Y}",
        f"{day.day} {name} {day.year}",
        f"{name[:3]} {day.day}, {day.year}",
    )
    return forms[int(rng.integers(len(forms)))]


@cache
def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(resource("fonts", "DejaVuSans.ttf")), size)


def _paper(lines: tuple[str, ...], rng: np.random.Generator, width: int) -> np.ndarray:
    height = int(width * 0.62)
    ink = tuple(int(v) for v in rng.integers(10, 60, 3))
    paper = Image.new("RGB", (width, height), tuple(int(v) for v in rng.integers(228, 250, 3)))
    draw = ImageDraw.Draw(paper)
    size = int(width * 0.085)
    for number, line in enumerate(lines):
        draw.text((int(width * 0.08), int(height * (0.18 + 0.34 * number))), line, ink, _font(size))
    return np.asarray(paper)[:, :, ::-1].copy()


def _paste(canvas: np.ndarray, item: np.ndarray, centre, angle: float) -> None:
    h, w = item.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    matrix[:, 2] += (centre[0] - w / 2, centre[1] - h / 2)
    size = (canvas.shape[1], canvas.shape[0])
    warped = cv2.warpAffine(item.astype(np.float32), matrix, size, flags=cv2.INTER_AREA)
    mask = cv2.warpAffine(np.ones((h, w), np.float32), matrix, size)[..., None]
    canvas *= 1 - mask
    canvas += warped * mask


def render_statement(
    seed: int,
    defect: StatementDefect,
    today: date,
    word: str,
    frame: tuple[int, int] = (1280, 720),
) -> StatementScene:
    rng = np.random.default_rng(seed)
    fw, fh = frame
    canvas = background(rng, fw, fh) + rng.uniform(30, 70)
    paste_face(canvas, rng.uniform(0.30, 0.38), (rng.uniform(0.24, 0.32), 0.42), 0.0, False)
    if defect is StatementDefect.TWO_FACES:
        paste_face(canvas, rng.uniform(0.2, 0.26), (0.08, 0.3), 0.0, True)
    day = today - timedelta(days=int(rng.integers(1, 40)))
    when = written_date(today if defect is not StatementDefect.WRONG_DATE else day, rng)
    lines = (word, when)
    if defect is StatementDefect.NO_DATE:
        lines = (word,)
    elif defect is StatementDefect.NO_WORD:
        lines = ("", when)
    paper = _paper(lines, rng, int(fw * rng.uniform(0.34, 0.4)))
    _paste(canvas, paper, (fw * 0.7, fh * rng.uniform(0.26, 0.3)), rng.uniform(-4, 4))
    if defect is not StatementDefect.NO_DOCUMENT:
        card = render_document(Side.ID1_FRONT, seed=int(rng.integers(6))).image
        width = int(fw * rng.uniform(0.26, 0.3))
        card = cv2.resize(card, (width, int(width / 1.586)), interpolation=cv2.INTER_AREA)
        _paste(canvas, card, (fw * 0.68, fh * rng.uniform(0.74, 0.78)), rng.uniform(-5, 5))
    canvas += rng.normal(0, 2.0, canvas.shape).astype(np.float32)
    image = np.clip(canvas, 0, 255).astype(np.uint8)
    return StatementScene(image, defect, tuple(line for line in lines if line))
