"""A document photographed close, whole or running off the picture: does the still check tell
the two apart?

The most common framing mistake in a phone photo of a page or a card is a document that does
not fit: its top and bottom, or one side, run off the picture while the rest shows the table.
A person also often frames a document close but whole, with a thin margin of table round it.
Each document is put down on a background and the picture is framed round it:

- **whole, thin margin**: 2-5 % of the document's size round each side; acceptable;
- **whole, against one edge**: one side on the picture's edge (each in turn), 3-4 % round
  the rest, as a scan laid against the glass's edge; acceptable;
- **cut top and bottom**: a tenth of its height lost at each, its sides in view; `cut_off`;
- **cut 15 % at one side**: lost at one side (each in turn), 4 % margin round the rest;
  `cut_off`;
- **cut 10 % at one side**: the same, at the top or the right; `cut_off`.
- **whole, at a slant, against one edge**: photographed with the phone tilted, the far (top)
  side a tenth shorter than the near one (keystone), the top, the bottom or the right side on
  the picture's edge; acceptable.

The documents: the project's own varied renders (cut out straight on, as in
eval_pasted_renders.py; **own renders**), and the acceptable real pictures that are crops to a
document's edges (../shared/data/real/capture/, kind `scan_crop`), both pasted flat. The
backgrounds: the three sharp real photographs of ../shared/data/real/blur_dataset/, a dark
cloth, a lit grey table and a light table.

    python benchmarks/eval_framed_close.py [--count 12] [--table] [--typed]

`--typed` passes each document's format to `analyze`, as the wizard does once the person has
chosen the document type: the own render's, or the real crop's labelled type (an identity card
ID-1, a passport page ID-3; other documents, a visa or a tax form, none).

Nothing is written to disk. Exit status 0 always (a measurement, not a gate), also when the
data folder is absent.
"""

import argparse
import sys
from collections import Counter

import cv2
import numpy as np

from capture_wizard.core.documents import DocumentFormat
from capture_wizard.core.imageio import load_image
from capture_wizard.core.quality import analyze
from capture_wizard.core.specimens import Defect
from capture_wizard.core.specimens.varied import plan_varied_scene
from eval_pasted_renders import SEED_BASE, cut_out
from eval_real import REAL_CAPTURE, labelled_format, load_labels
from eval_real_variants import SCENE_FILES, SCENES, lit_table

Margins = tuple[float, float, float, float]  # top, right, bottom, left; shares of the document
AGAINST_ONE_EDGE: list[Margins] = [
    (0.0, 0.03, 0.04, 0.03),
    (0.03, 0.0, 0.03, 0.04),
    (0.04, 0.03, 0.0, 0.03),
    (0.03, 0.04, 0.03, 0.0),
]
FRAMINGS: dict[str, list[Margins]] = {
    "whole, thin margin": [(0.03, 0.02, 0.05, 0.04), (0.05, 0.04, 0.02, 0.03)],
    "whole, against one edge": AGAINST_ONE_EDGE,
    "whole, at a slant, against one edge": AGAINST_ONE_EDGE[:3],
    "cut top and bottom": [(-0.1, 0.04, -0.1, 0.04)],
    "cut 15 % at one side": [
        (-0.15, 0.04, 0.04, 0.04),
        (0.04, -0.15, 0.04, 0.04),
        (0.04, 0.04, -0.15, 0.04),
        (0.04, 0.04, 0.04, -0.15),
    ],
    "cut 10 % at one side": [(-0.1, 0.04, 0.04, 0.04), (0.04, -0.1, 0.04, 0.04)],
}
KEYSTONE = {"whole, at a slant, against one edge": 0.1}  # the far side this much shorter
LONG_SIDE = 1400  # the document's long side in the picture at most, in pixels


def grounds() -> dict[str, np.ndarray]:
    photos = {f"real photo {i + 1}": cv2.imread(str(SCENES / n)) for i, n in enumerate(SCENE_FILES)}
    out = {name: image for name, image in photos.items() if image is not None}
    noise = np.random.default_rng(2).normal(0, 4, (1200, 1600, 3))
    out["dark cloth"] = np.clip(28 + noise, 0, 255).astype(np.uint8)
    out["lit grey table"] = lit_table(1600, 1200)
    out["light table"] = np.clip(np.float32((196, 204, 210)) + noise, 0, 255).astype(np.uint8)
    return out


def framed(
    document: np.ndarray, ground: np.ndarray, margins: Margins, keystone: float = 0.0
) -> np.ndarray:
    """The document (long side at most LONG_SIDE, never enlarged) on the background, the
    picture framed `margins` beyond each of its sides (negative: cut into it); with a
    `keystone`, its top side that share shorter, centred, as seen from a tilted phone."""
    h, w = document.shape[:2]
    k = min(1.0, LONG_SIDE / max(h, w))
    document = cv2.resize(document, (round(w * k), round(h * k)), interpolation=cv2.INTER_AREA)
    h, w = document.shape[:2]
    top, right, bottom, left = (round(m * s) for m, s in zip(margins, (h, w, h, w), strict=True))
    canvas_h, canvas_w = h + max(top, 0) + max(bottom, 0), w + max(left, 0) + max(right, 0)
    cover = max(canvas_h / ground.shape[0], canvas_w / ground.shape[1])
    canvas = cv2.resize(ground, None, fx=cover, fy=cover, interpolation=cv2.INTER_AREA)
    canvas = canvas[:canvas_h, :canvas_w].copy()
    y, x = max(top, 0), max(left, 0)
    inset = keystone * w / 2
    square = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    seen = np.float32([[inset, 0], [w - inset, 0], [w, h], [0, h]])
    matrix = cv2.getPerspectiveTransform(square, seen)
    inside = cv2.warpPerspective(np.full((h, w), 255, np.uint8), matrix, (w, h)) > 127
    canvas[y : y + h, x : x + w][inside] = cv2.warpPerspective(document, matrix, (w, h))[inside]
    y0, x0 = max(-top, 0), max(-left, 0)
    return canvas[y0 : canvas_h - max(-bottom, 0), x0 : canvas_w - max(-right, 0)]


Document = tuple[str, np.ndarray, DocumentFormat | None]  # name, picture, its format


def documents(count: int) -> dict[str, list[Document]]:
    own, seed = [], SEED_BASE
    while len(own) < count:
        document = cut_out(seed)
        if document is not None:
            fmt = plan_varied_scene(seed, Defect.CLEAN).side.format
            own.append((f"seed {seed}", document, fmt))
        seed += 1
    real = [
        (label["file"], load_image(REAL_CAPTURE / label["file"]), labelled_format(label))
        for label in load_labels(REAL_CAPTURE)
        if label["kind"] == "scan_crop" and label["capture_ok"]
    ]
    return {"own renders": own, "real crops": real}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=12, help="own renders to cut out")
    parser.add_argument("--table", action="store_true", help="also one row per wrong verdict")
    parser.add_argument("--typed", action="store_true", help="the document's format known")
    args = parser.parse_args(argv)
    if not SCENES.is_dir() or not REAL_CAPTURE.is_dir():
        print("no real pictures in ../shared/data/real: nothing measured")
        return 0
    backgrounds = grounds()
    for kind, docs in documents(args.count).items():
        typed = sum(fmt is not None for _, _, fmt in docs) if args.typed else 0
        print(f"{kind} ({len(docs)}, {typed} with their format), judged as stills:")
        for framing, margin_list in FRAMINGS.items():
            expect_cut = framing.startswith("cut")
            right, total, said = 0, 0, Counter()
            per_ground = Counter()
            for name, document, fmt in docs:
                spec = fmt if args.typed else None
                for ground_name, ground in backgrounds.items():
                    for margins in margin_list:
                        picture = framed(document, ground, margins, KEYSTONE.get(framing, 0.0))
                        report = analyze(picture, spec, still=True)
                        codes = {str(i) for i in report.issues}
                        ok = ("cut_off" in codes) if expect_cut else not codes
                        right += ok
                        total += 1
                        said.update(codes or {"accepted"})
                        if not ok:
                            per_ground[ground_name] += 1
                            if args.table:
                                print(
                                    f"    {framing}: {name} on {ground_name} {margins}: "
                                    f"{'+'.join(sorted(codes)) or 'accepted'}"
                                )
            goal = "cut_off" if expect_cut else "accepted"
            wrong = ", ".join(f"{g} {n}" for g, n in per_ground.most_common())
            print(
                f"  {framing:35s} {goal} {right:3d}/{total}  "
                f"said: {', '.join(f'{c} {n}' for c, n in said.most_common())}"
                + (f"  | wrong on: {wrong}" if wrong else "")
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
