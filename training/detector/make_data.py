"""Training pictures for the learned document detector: own renders with their masks.

Each sample is a scene from `render_varied_scene` (most) or `render_scene`, or a bare
background (no document), scaled to STORE_LONG_SIDE, with two masks:

- document: the whole document quadrilateral (for an open booklet its data page), including
  the parts a finger hides: the detector learns the outline, not just what is visible;
- occluder: the fingers in front of the document, inside it.

Seeds start at SEED_BASE, apart from every seed range the evaluation and the tests use, so
no scene trained on is ever scored. Writes numbered .npz shards to the output folder.

    python training/detector/make_data.py OUT_DIR --count 4000 [--workers 2]
"""

import argparse
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import cv2
import numpy as np

from capture_wizard.core.specimens import Defect, render_scene, scenes
from capture_wizard.core.specimens.varied import (
    BACKGROUNDS,
    _background,
    _finger_mask,
    _tone,
    plan_varied_scene,
    render_varied_scene,
)

SEED_BASE = 20_000_000
STORE_LONG_SIDE = 256
SHARD = 250
_FRAMES = ((640, 360), (960, 540), (640, 480), (360, 640), (480, 640), (540, 960))
_DEFECT_WEIGHTS = {  # clean scenes and fingers matter most; every defect appears
    Defect.CLEAN: 0.28,
    Defect.FINGER: 0.2,
    Defect.FAR: 0.1,
    Defect.CUT_OFF: 0.08,
    Defect.CLOSE: 0.05,
    Defect.GLARE: 0.06,
    Defect.BLUR_DEFOCUS: 0.04,
    Defect.BLUR_MOTION: 0.04,
    Defect.DARK: 0.04,
    Defect.BRIGHT: 0.04,
    Defect.TURNED: 0.04,
    Defect.PORTRAIT_FRAME: 0.03,
}


def _scaled(img: np.ndarray) -> tuple[np.ndarray, float]:
    h, w = img.shape[:2]
    k = STORE_LONG_SIDE / max(h, w)
    size = (round(w * k), round(h * k))
    return cv2.resize(img, size, interpolation=cv2.INTER_AREA), k


def _quad_mask(corners: np.ndarray, shape, k: float) -> np.ndarray:
    mask = np.zeros(shape, np.uint8)
    cv2.fillPoly(mask, [np.round(corners * k * 16).astype(np.int32)], 255, cv2.LINE_AA, shift=4)
    return mask


def _first_renderer(seed: int, defect: Defect, frame):
    """A `render_scene` sample; its thumb's mask (if it has one) is what the thumb's drawing
    changed in the picture."""
    mask = np.zeros(frame[::-1], np.uint8)
    draw = scenes._finger

    def recorded(img, rng, corners):
        before = img.copy()
        draw(img, rng, corners)
        mask[np.abs(img - before).max(axis=2) > 1] = 255

    scenes._finger = recorded
    try:
        scene = render_scene(seed, defect, frame=frame)
    finally:
        scenes._finger = draw
    small, k = _scaled(scene.image)
    document = _quad_mask(scene.corners, small.shape[:2], k)
    finger = cv2.resize(mask, small.shape[1::-1], interpolation=cv2.INTER_AREA)
    return small, document, np.minimum(finger, document)


def sample(index: int, first_renderer_fingers: bool = False, varied_fingers: bool = False):
    """(image BGR, document mask, occluder mask) of training sample `index`, reproducible.
    `first_renderer_fingers`: a `render_scene` thumb scene instead (seeds of their own);
    `varied_fingers`: a `render_varied_scene` finger scene (seeds of their own)."""
    seed = SEED_BASE + index
    rng = np.random.default_rng([seed, 0x7EA1])
    frame = _FRAMES[rng.integers(len(_FRAMES))]
    if first_renderer_fingers:
        return _first_renderer(SEED_BASE + 500_000 + index, Defect.FINGER, frame)
    if varied_fingers:
        return _varied(SEED_BASE + 1_000_000 + index, Defect.FINGER, frame)
    kind = rng.random()
    if kind < 0.05:  # no document at all
        name = BACKGROUNDS[rng.integers(len(BACKGROUNDS))]
        img = np.clip(_tone(_background(name, rng, *frame)), 0, 255).astype(np.uint8)
        small, _ = _scaled(img)
        empty = np.zeros(small.shape[:2], np.uint8)
        return small, empty, empty
    defects = list(_DEFECT_WEIGHTS)
    p = np.array(list(_DEFECT_WEIGHTS.values()))
    defect = defects[rng.choice(len(defects), p=p / p.sum())]
    if kind < 0.25:  # the first renderer's scenes
        return _first_renderer(seed, defect, frame)
    if defect in (Defect.TURNED, Defect.PORTRAIT_FRAME):
        frame = None  # these defects choose their own frame orientation
    return _varied(seed, defect, frame)


def _varied(seed: int, defect: Defect, frame):
    """A `render_varied_scene` sample with its document and finger masks."""
    plan = plan_varied_scene(seed, defect, frame)
    scene = render_varied_scene(seed, defect, frame=plan.frame)
    fingers = plan.fingers
    small, k = _scaled(scene.image)
    document = _quad_mask(scene.corners, small.shape[:2], k)
    occluder = np.zeros(scene.image.shape[:2], np.uint8)
    for finger in fingers:
        occluder |= _finger_mask(finger, occluder.shape)
    occluder = cv2.resize(occluder, small.shape[1::-1], interpolation=cv2.INTER_AREA)
    return small, document, np.minimum(occluder, document)


def _shard(job: tuple[Path, int, int, bool, bool]) -> str:
    out, start, count, fingers, varied_fingers = job
    prefix = "f" if fingers else "v" if varied_fingers else ""
    path = out / f"shard_{prefix}{start:07d}.npz"
    if path.exists():
        return f"{path.name} (kept)"
    images, documents, occluders = [], [], []
    for i in range(start, start + count):
        img, doc, occ = sample(i, fingers, varied_fingers)
        images.append(cv2.imencode(".png", img)[1])
        documents.append(cv2.imencode(".png", doc)[1])
        occluders.append(cv2.imencode(".png", occ)[1])
    obj = np.empty(3 * count, object)
    obj[:] = images + documents + occluders
    np.savez(path.with_suffix(".tmp.npz"), data=obj, count=count)
    path.with_suffix(".tmp.npz").rename(path)
    return path.name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=4000)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--first-renderer-fingers", action="store_true", help="only render_scene thumb scenes"
    )
    parser.add_argument(
        "--varied-fingers", action="store_true", help="only render_varied_scene finger scenes"
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    jobs = [
        (
            args.out,
            s,
            min(SHARD, args.start + args.count - s),
            args.first_renderer_fingers,
            args.varied_fingers,
        )
        for s in range(args.start, args.start + args.count, SHARD)
    ]
    with ProcessPoolExecutor(args.workers) as pool:
        for name in pool.map(_shard, jobs):
            print(name, flush=True)


if __name__ == "__main__":
    main()
