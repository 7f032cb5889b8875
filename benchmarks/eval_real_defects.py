"""Do the checks see a camera defect on a real document? Recall per defect on real pictures.

The 57 labelled pictures of ../shared/data/real/capture/ have few defects of some kinds (three
glare, three too bright, seven fingers), most of them on one card filmed by one webcam. So each
acceptable picture (the label's `acceptable`, or `capture_ok` with --field) gets one defect at
a time, drawn as the varied renderer draws it on its own scenes (core/specimens/varied.py).
Only crops, scans and renders are used (the picture is the document); phone photos of a page or
a business card on a desk are not, as where the document lies in them is not known:

- defocus and motion blur: the renderer's kernels at the frame's scale (scenes.blur_defect);
- too dark: the document's brightest paper (95th percentile) brought to 30-65, with noise;
- too bright: the document's 25th percentile brought to 340-520 and clipped, print washed out;
- glare: one or two specular reflections, a clipped core with a soft halo, on the document's
  middle (varied.specular_spot);
- a finger: fingers of a free hand over an edge or a corner, covering 2 % or more of the
  document (varied.fingers_over).

The document is where the checks found it on the clean picture (its quadrilateral: for a crop,
the whole picture; for a scan, the scan less its margin); a picture refused clean in a setting
is left out there. Three settings: the picture as it is, judged as a still; laid on a grey
table lit from above, as a still; and the same resized to a 1280-pixel camera frame, judged
with the camera rules and the labelled document's format, as the wizard's camera page does
(stills without it, as `check` by default).

The documents are real and were never drawn here; **the defects are drawn by this project's
renderer**, the one the checks were tuned on, so a recall here says whether the checks see
that renderer's defects on real print, real designs and real paper, not how real defects look.

    python benchmarks/eval_real_defects.py [--field capture_ok] [--table]

Nothing is written to disk. Exit status 0 always (a measurement, not a gate), also when the
data folder is absent.
"""

import argparse
import sys
from collections import Counter
from collections.abc import Callable

import cv2
import numpy as np

from capture_wizard.core.documents import A4, ID1, DocumentFormat
from capture_wizard.core.geometry import aspect_of, order_corners, side_lengths
from capture_wizard.core.imageio import load_image
from capture_wizard.core.issues import IssueCode
from capture_wizard.core.quality import analyze
from capture_wizard.core.quality.learned import quad_mask
from capture_wizard.core.specimens import Defect
from capture_wizard.core.specimens.scenes import blur_defect
from capture_wizard.core.specimens.varied import fingers_over, specular_spot
from eval_real import FIELDS, REAL_CAPTURE, labelled_format, load_labels
from eval_real_variants import on_lit_table

CAMERA_LONG_SIDE = 1280  # the camera setting's frame

# Kinds of picture that are the document (less a scan's margin): in a photo of a scene the
# checks' quadrilateral on a composite may be the photo itself, and a finger drawn over it would
# miss the document in it.
DOCUMENT_IS_THE_PICTURE = {"scan_crop", "scan_with_margin", "render", "screenshot"}

EXPECTED = {
    "defocus": IssueCode.BLUR,
    "motion blur": IssueCode.BLUR,
    "too dark": IssueCode.TOO_DARK,
    "too bright": IssueCode.TOO_BRIGHT,
    "glare": IssueCode.GLARE,
    "finger": IssueCode.OCCLUDED,
}


def _luma(img: np.ndarray, cover: np.ndarray) -> np.ndarray:
    return img.mean(axis=2)[cover[..., 0] > 0.5]


def _blurred(defect: Defect) -> Callable:
    def add(img, rng, cover, corners, px_per_mm):
        return blur_defect(img, rng, defect, max(img.shape[:2]) / 1280)

    return add


def _dark(img, rng, cover, corners, px_per_mm):
    img = img * (rng.uniform(30, 65) / max(float(np.percentile(_luma(img, cover), 95)), 1))
    return img + rng.normal(0, 2.5, img.shape).astype(np.float32)


def _bright(img, rng, cover, corners, px_per_mm):
    level = max(float(np.percentile(_luma(img, cover), 25)), 1)
    return img * min(9.0, rng.uniform(340, 520) / level)


def _glare(img, rng, cover, corners, px_per_mm):
    """One or two reflections on the document's middle (u, v in 0.15-0.85 of its sides)."""
    tl, tr, br, bl = corners
    for _ in range(int(rng.integers(1, 3))):
        u, v = rng.uniform(0.15, 0.85, 2)
        centre = (1 - v) * ((1 - u) * tl + u * tr) + v * ((1 - u) * bl + u * br)
        specular_spot(img, rng, centre, 10 * px_per_mm, cover)
    return img


def _finger(img, rng, cover, corners, px_per_mm):
    fingers_over(img, rng, corners, px_per_mm)
    return img


DEFECTS: dict[str, Callable] = {
    "defocus": _blurred(Defect.BLUR_DEFOCUS),
    "motion blur": _blurred(Defect.BLUR_MOTION),
    "too dark": _dark,
    "too bright": _bright,
    "glare": _glare,
    "finger": _finger,
}


def _on_lit_table(image: np.ndarray) -> np.ndarray:
    return on_lit_table(image)[0]


def _camera_frame(image: np.ndarray) -> np.ndarray:
    scene = _on_lit_table(image)
    factor = CAMERA_LONG_SIDE / max(scene.shape[:2])
    interpolation = cv2.INTER_AREA if factor < 1 else cv2.INTER_CUBIC
    return cv2.resize(scene, None, fx=factor, fy=factor, interpolation=interpolation)


SETTINGS: dict[str, tuple[Callable[[np.ndarray], np.ndarray], bool]] = {
    "as it is, still": (lambda im: im, True),
    "on a lit table, still": (_on_lit_table, True),
    "on a lit table, camera rules": (_camera_frame, False),
}


def _physical_format(label: dict, corners: np.ndarray) -> DocumentFormat:
    """The labelled document's format, for a finger's and a reflection's size on it; for other
    documents a card's when the document found is a card's shape (business cards), else a
    page's."""
    return labelled_format(label) or (ID1 if aspect_of(corners) > 1.5 else A4)


def with_defect(picture, corners, name, seed, mm_high) -> np.ndarray:
    """`picture` (BGR) with the defect `name` on its document at `corners`."""
    rng = np.random.default_rng(seed)
    cover = quad_mask(picture.shape[:2], corners).astype(np.float32)[..., None]
    px_per_mm = float(side_lengths(corners).min()) / mm_high
    img = picture.astype(np.float32)
    img = DEFECTS[name](img, rng, cover, corners, px_per_mm)
    return np.clip(img + 0.5, 0, 255).astype(np.uint8)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--field", choices=FIELDS, default="acceptable")
    parser.add_argument("--table", action="store_true", help="also one row per miss")
    args = parser.parse_args(argv)
    if not REAL_CAPTURE.is_dir():
        print(f"no real pictures at {REAL_CAPTURE}: nothing measured")
        return 0
    labels = [
        lab
        for lab in load_labels(REAL_CAPTURE)
        if lab[args.field] and lab["kind"] in DOCUMENT_IS_THE_PICTURE
    ]
    results: dict[tuple[str, str], list] = {}
    left_out: Counter = Counter()
    misses = []
    for index, label in enumerate(labels):
        original = load_image(REAL_CAPTURE / label["file"])
        for setting, (make, still) in SETTINGS.items():
            picture = make(original)
            spec = None if still else labelled_format(label)  # the wizard's camera knows it
            clean = analyze(picture, spec, still=still)
            if not clean.ok or clean.corners is None:
                left_out[setting] += 1
                continue
            corners = order_corners(clean.corners)
            mm_high = _physical_format(label, corners).height_mm
            for k, name in enumerate(DEFECTS):
                seed = 1000 * index + k
                defective = with_defect(picture, corners, name, seed, mm_high)
                report = analyze(defective, spec, still=still)
                codes = [str(c) for c in report.issues]
                results.setdefault((setting, name), []).append(codes)
                if EXPECTED[name] not in report.issues:
                    misses.append((setting, name, label["file"], codes))
    print(
        f"{len(labels)} real pictures with `{args.field}`, each with one defect drawn on its "
        "document (own renderer's defects on real documents):"
    )
    for setting in SETTINGS:
        print(f"  {setting} (refused clean, left out: {left_out[setting]})")
        for name in DEFECTS:
            rows = results.get((setting, name), [])
            hit = sum(str(EXPECTED[name]) in codes for codes in rows)
            refused = sum(bool(codes) for codes in rows)
            others = Counter(c for codes in rows for c in codes if c != str(EXPECTED[name]))
            other_text = ", ".join(f"{c} {n}" for c, n in others.most_common())
            print(
                f"    {name:12s} {EXPECTED[name]!s:10s} recall {hit:2d}/{len(rows):2d}  "
                f"refused {refused:2d}/{len(rows):2d}  {other_text}"
            )
    if args.table:
        for setting, name, file, codes in misses:
            print(f"  miss  {setting:30s} {name:12s} {file:34s} {codes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
