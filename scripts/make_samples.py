"""Regenerate the bundled sample images in resources/samples/ from the specimen renderer."""

from pathlib import Path

import cv2

from capture_wizard.core.specimens import Defect, Side, render_scene

OUT = Path(__file__).resolve().parents[1] / "resources" / "samples"
SAMPLES = {
    "sample-id-card.jpg": (45, Defect.CLEAN, Side.ID1_FRONT),
    "sample-id-card-glare.jpg": (7, Defect.GLARE, Side.ID1_FRONT),
    "sample-passport-blurred.jpg": (3, Defect.BLUR_MOTION, Side.ID3_PAGE),
}

if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (seed, defect, side) in SAMPLES.items():
        scene = render_scene(seed, defect, frame=(1280, 720), side=side, jpeg=False)
        cv2.imwrite(str(OUT / name), scene.image, [cv2.IMWRITE_JPEG_QUALITY, 90])
        print(OUT / name)
