"""The phone hand-off under load: 20 phones' worth of 5 MB photos uploaded at once to one
hand-off server (real HTTP on loopback, the desktop's real checks), then one at a time.

Prints the wall time, the throughput and each upload's latency (median, p95, max). Every
upload must be answered 200 with the photo accepted; the script exits 1 otherwise.

    python benchmarks/bench_handoff.py [--uploads 20] [--megabytes 5]

Loopback has no network cost: the figures are the server's (reading, decoding a 12 MP photo,
the checks) and say nothing about Wi-Fi, where a 5 MB upload takes 1-5 s by itself.
"""

import argparse
import resource
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import cv2
import numpy as np

from capture_wizard.core.checks import check_step
from capture_wizard.core.documents import ID1
from capture_wizard.core.specimens import Defect, Side, render_scene
from capture_wizard.core.steps import Step
from capture_wizard.handoff.server import HandoffServer
from capture_wizard.handoff.session import HandoffSession
from capture_wizard.handoff.steps import phone_steps
from capture_wizard.testing import ScriptedPhone

PHONE_FRAME = (4032, 3024)
"""A 12 MP phone camera."""


def phone_photo(megabytes: float) -> bytes:
    """A good front of a card at 12 MP, with sensor noise, as a JPEG of about `megabytes`."""
    image = render_scene(5_000_001, Defect.CLEAN, frame=PHONE_FRAME, side=Side.ID1_FRONT).image
    noise = np.random.default_rng(1).normal(0, 7, image.shape).astype(np.float32)
    noisy = np.clip(image + noise, 0, 255).astype(np.uint8)
    del noise
    best = b""
    for quality in range(85, 100):
        _, data = cv2.imencode(".jpg", noisy, [cv2.IMWRITE_JPEG_QUALITY, quality])
        best = data.tobytes()
        if len(best) >= megabytes * 1_000_000:
            break
    return best


def peak_memory_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(server: HandoffServer, photo: bytes, uploads: int, parallel: int) -> tuple:
    phone = ScriptedPhone(server)
    assert phone.open_page().status == 200

    def one(_) -> tuple[float, int, bool]:
        start = time.perf_counter()
        answer = phone.upload("front", photo)
        accepted = answer.status == 200 and answer.json()["accepted"]
        return time.perf_counter() - start, answer.status, accepted

    start = time.perf_counter()
    with ThreadPoolExecutor(parallel) as pool:
        results = list(pool.map(one, range(uploads)))
    return time.perf_counter() - start, results


def report(title: str, wall: float, results: list, size: int) -> bool:
    latencies = sorted(r[0] for r in results)
    failures = [r for r in results if r[1] != 200 or not r[2]]
    p95 = latencies[max(0, round(0.95 * len(latencies)) - 1)]
    print(
        f"{title}: {len(results)} uploads of {size / 1e6:.1f} MB in {wall:.2f} s — "
        f"{len(results) * size / 1e6 / wall:.1f} MB/s, {len(results) / wall:.2f} uploads/s; "
        f"latency median {statistics.median(latencies):.2f} s, p95 {p95:.2f} s, "
        f"max {latencies[-1]:.2f} s; failures {len(failures)}"
    )
    return not failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uploads", type=int, default=20)
    parser.add_argument("--megabytes", type=float, default=5.0)
    args = parser.parse_args()
    photo = phone_photo(args.megabytes)
    before = peak_memory_mb()
    steps = phone_steps((Step.FRONT, Step.BACK), None, "", date.today())
    session = HandoffSession(steps, lifetime_seconds=3600)

    def checker(side, frame):
        return check_step(frame, side, ID1, thorough=True)

    server = HandoffServer(session, checker, "127.0.0.1")
    server.start()
    try:
        ok = report(
            "concurrent",
            *run(server, photo, args.uploads, parallel=args.uploads),
            len(photo),
        )
    finally:
        server.stop()
    # One at a time, on a fresh link (the first one's phone and rate budget are spent).
    session = HandoffSession(steps, lifetime_seconds=3600)
    server = HandoffServer(session, checker, "127.0.0.1")
    server.start()
    try:
        ok &= report("one at a time", *run(server, photo, 5, parallel=1), len(photo))
    finally:
        server.stop()
    print(
        f"peak memory of the process: {before:.0f} MB after making the photo, "
        f"{peak_memory_mb():.0f} MB after the uploads"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
