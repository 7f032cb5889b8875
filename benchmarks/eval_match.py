"""Same person or not: the selfie against the document's portrait (core/face/match.py), on the
pairs that can be made here, with the threshold's curve.

    python benchmarks/eval_match.py [--real DIR] [--faces DIR] [--seeds 2]

Identities (few; docs/quality.md says how few):
- the astronaut portrait the specimens carry (one photograph);
- `--real` (default ../shared/data/real/capture and ../passporteye): the holders' portraits
  on real specimen documents, cut out with our portrait finder. Some specimens show the same
  holder (SAME_HOLDER); the others are one document each;
- `--faces DIR`: other photographs, one identity per name (letters before any digit or
  underscore: obama.jpg, obama2.jpg and obama3.jpg are one person).
Nothing is copied into the project: the pictures are read, measured and dropped.

Documents: each photograph printed as the portrait of a rendered ID-1 card and passport page,
with and without a guilloche over it, photographed at the usual distance and far away (small);
and each real specimen document as it is (its own print, guilloche, hologram and all).
Selfies: each photograph placed as a face in a rendered 1280x720 camera frame (light, lens
softening, noise, JPEG). A real specimen's holder has one photograph only: that "selfie" is
the same photograph as the printed one, which makes those same-person pairs easy; only the
--faces people with several photographs give same-person pairs from different photographs.
"""

import argparse
import re
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from capture_wizard.core.face import analyze_face
from capture_wizard.core.face import thresholds as T
from capture_wizard.core.face.describe import describe, distance
from capture_wizard.core.face.match import find_portrait, portrait_faces, whole_picture
from capture_wizard.core.face.portrait import straighten
from capture_wizard.core.specimens.documents import Side, render_document, with_portrait
from capture_wizard.core.specimens.scenes import Defect, background, render_scene
from capture_wizard.resources import resource

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "real"
REAL_DOCUMENTS = [
    *(f"capture/pe_100_{n}" for n in ("pass-chn.jpg", "pass-cze2.jpg", "pass-hrv.jpg")),
    *(f"capture/pe_100_{n}" for n in ("pass-ltu.jpg", "pass-polx.jpg", "pass2-uto.jpg")),
    "capture/pe_100_visa-usa.jpg",
    "capture/pe_25_pass-uto.jpg",
    "capture/pe_33_id-usa.jpg",
    "capture/pe_43_pass-twn.jpg",
    "capture/pe_62_pass-aus.png",
    "capture/pe_79_pass-hun.png",
    *(f"capture/zh_card{n}.png" for n in ("", "0", "2")),
    *(f"capture/zh_ktp{n}.jpg" for n in range(1, 5)),
    "passporteye/passport-td2.jpg",
    "passporteye/passport-td3.jpg",
]
"""Real specimen documents whose portrait our finder finds (mrzdet_id2 is left out: a red box
is drawn over its holder's eye)."""
SAME_HOLDER = {
    "pe_100_pass2-uto.jpg": "uto",
    "pe_25_pass-uto.jpg": "uto",
    "passport-td2.jpg": "uto",
    "passport-td3.jpg": "uto",
    "zh_card.png": "zh_card",
    "zh_card0.png": "zh_card",
    "zh_card2.png": "zh_card",
}
"""Specimens that show the same holder (looked at by eye); the same photograph each time."""
THRESHOLDS = np.round(np.arange(0.30, 0.62, 0.02), 2)


@dataclass(frozen=True)
class Photo:
    identity: str
    name: str
    image: np.ndarray
    """The head with some margin, BGR."""
    photograph: str
    """Photos with the same value are one photograph (printed on several specimens)."""


def _head(image: np.ndarray, box) -> np.ndarray:
    x, y, w, h = box
    height, width = image.shape[:2]
    x0, y0 = max(0, int(x - 0.45 * w)), max(0, int(y - 0.6 * h))
    x1, y1 = min(width, int(x + 1.45 * w)), min(height, int(y + 1.5 * h))
    return image[y0:y1, x0:x1].copy()


def real_photos(root: Path) -> tuple[list[Photo], list[tuple[Photo, np.ndarray]]]:
    """(the holders' cut-out heads, [(holder, the whole real document)])."""
    photos, documents = [], []
    for name in REAL_DOCUMENTS:
        image = cv2.imread(str(root / name))
        if image is None:
            continue
        height, width = image.shape[:2]
        document = straighten(image, whole_picture(image), width / height, 640)
        faces = portrait_faces(document) or portrait_faces(
            document := cv2.rotate(document, cv2.ROTATE_180)
        )
        if not faces:
            continue
        file = Path(name).name
        holder = SAME_HOLDER.get(file, file)
        photo = Photo(holder, file, _head(document, faces[0].box), holder)
        photos.append(photo)
        documents.append((photo, image))
    return photos, documents


def other_photos(folder: Path | None) -> list[Photo]:
    photos = [
        Photo(
            "astronaut",
            "astronaut",
            cv2.imread(str(resource("specimens", "astronaut-portrait.jpg"))),
            "astronaut",
        )
    ]
    for path in sorted(folder.iterdir()) if folder else []:
        image = cv2.imread(str(path))
        if image is None or "partial" in path.name:
            continue
        faces = analyze_face(image, thorough=True).faces
        if len(faces) == 1:
            identity = re.match(r"[a-z]+", path.stem.lower())
            person = identity.group() if identity else path.stem
            photos.append(Photo(person, path.name, _head(image, faces[0].box), path.name))
    return photos


def printed(photo: Photo, seed: int) -> list[tuple[str, np.ndarray, np.ndarray, float]]:
    """(kind, camera frame, document corners, aspect) of the photo printed on documents."""
    out = []
    for side, kind in ((Side.ID1_FRONT, "card"), (Side.ID3_PAGE, "passport")):
        for guilloche in (0.0, 0.5):
            document = with_portrait(render_document(side, seed), photo.image, guilloche, seed)
            for defect, size in ((Defect.CLEAN, ""), (Defect.FAR, " small")):
                scene = render_scene(seed, defect, (1280, 720), document=document)
                label = f"{kind}{' guilloche' if guilloche else ''}{size}"
                out.append((label, scene.image, scene.corners, side.format.aspect))
    return out


def selfie(photo: Photo, seed: int) -> np.ndarray:
    """The photograph as a face in a camera frame."""
    rng = np.random.default_rng(seed)
    frame = background(rng, 1280, 720)
    head = photo.image.astype(np.float32) * rng.uniform(0.75, 1.15)
    height = int(720 * rng.uniform(0.55, 0.8))  # the head with margin; the face about 0.3
    width = int(height * head.shape[1] / head.shape[0])
    head = cv2.resize(head, (width, height), interpolation=cv2.INTER_CUBIC)
    x0, y0 = (1280 - width) // 2 + int(rng.integers(-60, 60)), (720 - height) // 2
    x0, width = max(0, x0), min(width, 1280 - max(0, x0))
    frame[y0 : y0 + height, x0 : x0 + width] = head[:, :width]
    frame = cv2.GaussianBlur(frame, (0, 0), 0.6) + rng.normal(0, 2.5, frame.shape)
    out = np.clip(frame, 0, 255).astype(np.uint8)
    return cv2.imdecode(cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, 88])[1], 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--real", type=Path, default=REAL)
    parser.add_argument("--faces", type=Path, default=None)
    parser.add_argument("--seeds", type=int, default=2, help="renders per photograph")
    parser.add_argument("--details", action="store_true", help="the pairs nearest the line")
    args = parser.parse_args()

    real, real_documents = real_photos(args.real) if args.real.is_dir() else ([], [])
    photos = other_photos(args.faces) + real
    identities = sorted({p.identity for p in photos})
    print(f"{len(photos)} photographs of {len(identities)} people")

    portraits = []  # (kind, photo, descriptor or None)
    for photo, image in real_documents:
        found = find_portrait(image, whole_picture(image), image.shape[1] / image.shape[0])
        portraits.append(("real document", photo, found.descriptor))
    for number, photo in enumerate(photos):
        for seed in range(args.seeds):
            for kind, frame, corners, aspect in printed(photo, 700_000 + 97 * number + seed):
                portraits.append((kind, photo, find_portrait(frame, corners, aspect).descriptor))
    selfies = []  # (photo, descriptor)
    for number, photo in enumerate(photos):
        for seed in range(args.seeds):
            frame = selfie(photo, 800_000 + 97 * number + seed)
            faces = analyze_face(frame, thorough=True).faces
            if faces:
                selfies.append((photo, describe(frame, faces[0])))
    print(f"selfies described: {len(selfies)} of {len(photos) * args.seeds}")

    pairs = []  # (kind, same person, same photograph, score)
    named = []  # (score, kind, portrait's photograph, selfie's photograph)
    missing: dict[str, list[int]] = {}
    for kind, photo, descriptor in portraits:
        missing.setdefault(kind, [0, 0])[1] += 1
        if descriptor is None:
            missing[kind][0] += 1
            continue
        for other, selfie_descriptor in selfies:
            score = 1.0 - distance(descriptor, selfie_descriptor)
            same_photo = other.photograph == photo.photograph
            pairs.append((kind, other.identity == photo.identity, same_photo, score))
            named.append((score, kind, photo.name, other.name))

    print("\nportraits not described (no_portrait), by kind of document:")
    for kind, (none, total) in missing.items():
        print(f"  {kind:24s} {none:3d} of {total}")
    _table(pairs, T.MATCH_MIN_SCORE)
    _curve(pairs)
    if args.details:
        people = {p.name: p.identity for p in photos}
        strangers = sorted((n for n in named if people[n[2]] != people[n[3]]), reverse=True)
        print("\nthe most alike different people (score, document, portrait, selfie):")
        for row in strangers[:15]:
            print(f"  {row[0]:.3f}  {row[1]:24s} {row[2]:24s} {row[3]}")
        own = sorted(n for n in named if people[n[2]] == people[n[3]])
        print("the least alike same person:")
        for row in own[:15]:
            print(f"  {row[0]:.3f}  {row[1]:24s} {row[2]:24s} {row[3]}")


def _rates(pairs, threshold, same_photo=None):
    genuine = [
        s for _, same, photo, s in pairs if same and (same_photo is None or photo == same_photo)
    ]
    impostor = [s for _, same, _, s in pairs if not same]
    frr = sum(s < threshold for s in genuine) / max(1, len(genuine))
    far = sum(s >= threshold for s in impostor) / max(1, len(impostor))
    return frr, far, len(genuine), len(impostor)


def _table(pairs, threshold) -> None:
    print(f"\nat the threshold {threshold} (score = 1 - descriptor distance):")
    columns = ("same-person pairs", "false rejects", "other-person pairs", "false accepts")
    print(f"{'document':24s} " + " ".join(f"{c:>18s}" for c in columns))
    for kind in sorted({k for k, *_ in pairs}):
        subset = [p for p in pairs if p[0] == kind]
        frr, far, genuine, impostor = _rates(subset, threshold)
        print(f"{kind:24s} {genuine:18d} {frr:18.3f} {impostor:18d} {far:18.3f}")
    for label, same_photo in (("same photograph", True), ("different photographs", False)):
        frr, _, genuine, _ = _rates(pairs, threshold, same_photo)
        print(f"same person, {label:22s}: {genuine:5d} pairs, false rejects {frr:.3f}")
    genuine = sorted(s for _, same, _, s in pairs if same)
    impostor = sorted(s for _, same, _, s in pairs if not same)
    print(
        f"scores: same person min {genuine[0]:.3f} median {np.median(genuine):.3f}; "
        f"other people max {impostor[-1]:.3f} median {np.median(impostor):.3f}"
    )


def _curve(pairs) -> None:
    print("\nthreshold  false rejects (all / different photographs)  false accepts")
    for threshold in THRESHOLDS:
        frr, far, *_ = _rates(pairs, threshold)
        frr_diff, *_ = _rates(pairs, threshold, False)
        print(f"{threshold:9.2f}  {frr:13.3f} / {frr_diff:.3f}{'':27s}{far:.4f}")


if __name__ == "__main__":
    main()
