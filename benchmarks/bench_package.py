"""Speed of making a package: four 12-megapixel captures -> JPEG (quality 95) -> zip -> age
encryption -> atomic write to the outbox (with fsync). Bar: <= 1 s in total.

    python benchmarks/bench_package.py [--runs 7]

The pictures are real camera photos from ../shared/data/real/blur_dataset (sharp ones) scaled
to 4000x3000 with a little sensor noise, so the JPEGs are as large as a phone's; without that
folder, specimen scenes are used instead. Also times the app's real path, `save_package()`, for
an ID card with front, back and face at 12 MP (three images: the wizard has no fourth yet).
"""

import argparse
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import cv2
import numpy as np

from capture_wizard.core.package.archive import encode_all, write_zip
from capture_wizard.core.package.crypto import encrypt, generate_keypair, parse_recipients
from capture_wizard.core.package.outbox import Outbox
from capture_wizard.core.package.store import save_package
from capture_wizard.core.quality import analyze
from capture_wizard.core.session import Capture, CaptureSource
from capture_wizard.core.settings import PackageSettings
from capture_wizard.core.specimens.session import specimen_session
from capture_wizard.core.steps import Step

SIZE = (4000, 3000)
REAL = Path(__file__).resolve().parents[2] / "shared" / "data" / "real" / "blur_dataset"
BAR_S = 1.0


def twelve_megapixels(count: int) -> tuple[list[np.ndarray], str]:
    rng = np.random.default_rng(1)
    sharp = sorted(REAL.glob("*_S.*")) if REAL.is_dir() else []
    sources = [sharp[i % len(sharp)] for i in range(count)] if sharp else []
    label = f"{len(sharp)} real photos" if sharp else "specimen scenes"
    if not sharp:
        session = specimen_session("id_card")
        sources = [c.image for c in session.captures.values()] * 2
    images = []
    for source in sources[:count]:
        picture = cv2.imread(str(source)) if isinstance(source, Path) else source
        picture = cv2.resize(picture, SIZE, interpolation=cv2.INTER_CUBIC)
        noise = rng.normal(0, 3, picture.shape).astype(np.int16)
        images.append(np.clip(picture.astype(np.int16) + noise, 0, 255).astype(np.uint8))
    return images, label


def time_four(images, recipients, outbox: Outbox, run: int) -> dict[str, float]:
    times = {}
    t0 = time.perf_counter()
    jpegs = encode_all(images)
    t1 = time.perf_counter()
    members = [(f"images/{n}.jpg", j) for n, j in enumerate(jpegs)]
    data = write_zip({"format_version": 1}, members)
    t2 = time.perf_counter()
    sealed = encrypt(data, recipients)
    t3 = time.perf_counter()
    outbox.write(f"CW-BENC-{run:04d}.zip.age", sealed)
    t4 = time.perf_counter()
    times.update(jpeg=t1 - t0, zip=t2 - t1, encrypt=t3 - t2, write=t4 - t3, total=t4 - t0)
    times["mb"] = len(sealed) / 1e6
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    images, label = twelve_megapixels(4)
    keys = generate_keypair()
    recipients = parse_recipients([keys.recipient])
    with tempfile.TemporaryDirectory() as directory:
        outbox = Outbox(directory)
        results = [time_four(images, recipients, outbox, run) for run in range(args.runs)]
        print(f"Four {SIZE[0]}x{SIZE[1]} captures ({label}), {args.runs} runs, median:")
        for key in ("jpeg", "zip", "encrypt", "write", "total"):
            median = statistics.median(r[key] for r in results) * 1000
            print(f"  {key:8s} {median:7.0f} ms")
        total = statistics.median(r["total"] for r in results)
        print(f"  package size {statistics.median(r['mb'] for r in results):.1f} MB")
        print(f"  bar <= {BAR_S * 1000:.0f} ms: {'PASS' if total <= BAR_S else 'FAIL'}")

        session = specimen_session("id_card")
        for capture, image in zip(list(session.captures.values()), images, strict=False):
            capture.image = image
        session.store(Capture(Step.FACE, images[2], analyze(images[2]), CaptureSource.WEBCAM))
        settings = PackageSettings(recipients=(keys.recipient,), outbox=directory)
        durations = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            save_package(session, settings, consent_at=datetime.now(UTC))
            durations.append(time.perf_counter() - t0)
        print(
            "save_package(): ID card front + back + face at 12 MP, median "
            f"{statistics.median(durations) * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main()
