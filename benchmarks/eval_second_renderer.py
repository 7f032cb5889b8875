"""The document checks on pictures from the second renderer (benchmarks/second_renderer.py): do
they find each class's defect there, and leave its clean pictures alone?

The second renderer was written by someone who had not read the first one
(capture_wizard.core.specimens): other card designs, backgrounds and defects. A check that holds
here does not merely know the first renderer's look. Prints per class the number of pictures,
the recall of the expected code (for clean pictures: the share with the expected answer, none
at all as a rule), the mean IoU of the document found with the one drawn (0 where none is found)
and the commonest answers, with a line per miss or false reject; then one SUMMARY line.

These are **own renders**, not held out: the renderer was written for this project, and its
figures say nothing about real pictures.

    PYTHONPATH=benchmarks:src python benchmarks/eval_second_renderer.py [--seed 1]
        [--per-class 20] [--live] [--dir DIR]

Each picture is judged with analyze(picture, still=True), or as a camera frame with `--live`.
The camera rules want a landscape document in a landscape frame: with `--live` a clean picture
in portrait format expects exactly `wrong_orientation`; as a still it expects nothing. The set
is rendered into a temporary folder, or into DIR; a DIR already holding labels.jsonl is judged
as it is (--seed and --per-class then unused). Exit status 0 always (a measurement, not a gate).
"""

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

import cv2
import numpy as np

from capture_wizard.core.quality import analyze
from eval_real_variants import overlap
from second_renderer import CLASSES, render_set

TOP_ANSWERS = 3  # the commonest answers (codes together, or accepted) shown per class


def expected_codes(label: dict, live: bool) -> list[str]:
    """The codes a picture should get: its defect's, or for a clean one none (as a camera
    frame, `wrong_orientation` when the picture is in portrait format)."""
    if label["expected"] is not None:
        return [label["expected"]]
    return ["wrong_orientation"] if live and label["meta"].get("portrait_pic") else []


def judge(folder: Path, labels: list[dict], live: bool) -> list[dict]:
    rows = []
    for label in labels:
        picture = cv2.imread(str(folder / label["file"]))
        report = analyze(picture, still=not live)
        codes = [str(code) for code in report.issues]
        expected = expected_codes(label, live)
        hit = codes == expected if label["expected"] is None else expected[0] in codes
        drawn = np.asarray(label["corners"], np.float32)
        rows.append(
            {
                "label": label,
                "codes": codes,
                "hit": hit,
                "iou": overlap(report.corners, drawn, picture.shape),
            }
        )
    return rows


def print_table(rows: list[dict]) -> None:
    header = f"{'class':12s} {'n':>4s} {'expected':18s} {'recall':>7s} {'mIoU':>6s}"
    print(f"{header}  commonest answers")
    for cls, code in CLASSES:
        mine = [r for r in rows if r["label"]["cls"] == cls]
        if not mine:
            continue
        hits = sum(r["hit"] for r in mine)
        said = Counter("+".join(r["codes"]) or "accepted" for r in mine)
        common = ", ".join(f"{c} {n}" for c, n in said.most_common(TOP_ANSWERS))
        print(
            f"{cls:12s} {len(mine):4d} {code or '(none)':18s} {hits / len(mine):7.3f}"
            f" {np.mean([r['iou'] for r in mine]):6.3f}  {common}"
        )
        for r in mine:
            if not r["hit"]:
                background = r["label"]["meta"]["bg"].removeprefix("bg_")
                print(f"  miss {r['label']['file']} {background}: {r['codes']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--per-class", type=int, default=20, help="twice as many clean ones")
    parser.add_argument("--live", action="store_true", help="judged as camera frames")
    parser.add_argument("--dir", type=Path, help="render here, or judge the set already here")
    args = parser.parse_args(argv)
    mode = "live" if args.live else "still"
    with tempfile.TemporaryDirectory(prefix="second-renderer-") as temporary:
        folder = args.dir or Path(temporary)
        labels_file = folder / "labels.jsonl"
        if labels_file.is_file():
            labels = [json.loads(line) for line in labels_file.read_text().splitlines() if line]
            seed = "?"
            print(f"own renders of the second renderer, the set already in {folder} — not held out")
        else:
            labels = render_set(folder, args.seed, args.per_class)
            seed = str(args.seed)
            print(
                f"own renders of the second renderer (seed {args.seed}, {args.per_class} per "
                "class, twice as many clean) — not held out"
            )
        if args.live:
            print(
                "judged as camera frames: analyze(picture, still=False); a clean picture in\n"
                "portrait format expects wrong_orientation (a landscape document in a portrait\n"
                "frame), the other clean ones nothing"
            )
        else:
            print("judged as stills: analyze(picture, still=True); a clean picture expects nothing")
        rows = judge(folder, labels, args.live)
    print_table(rows)
    clean = [r for r in rows if r["label"]["expected"] is None]
    defects = [r for r in rows if r["label"]["expected"] is not None]
    print(
        f"SUMMARY second-renderer mode={mode} seed={seed}"
        f" clean_false_rejects={sum(not r['hit'] for r in clean)}/{len(clean)}"
        f" recall={sum(r['hit'] for r in defects)}/{len(defects)}"
        f" mean_iou={np.mean([r['iou'] for r in rows]):.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
