"""How the document checks judge real, hand-labelled pictures: false rejects, missed defects,
per-code recall and the same figures per kind of picture.

The pictures in ../shared/data/real/capture/ were made by nobody on this project: webcam frames
and crops of a real ID card, phone photos, passport scans, screenshots and renders from public
repositories, each labelled by looking at it (labels.jsonl there). They are a development set:
the checks are also judged on other real pictures and rendered scenes outside the project, so a
figure here that only improves for these pictures says little.

The judging is the official scorer's (../shared/tools/score_real.py), done in-process by calling
`analyze()` directly instead of running the CLI, so it is quick and tests can use it:

  acceptable       the label's `acceptable` (or `capture_ok` with --field capture_ok, which also
                   drops the reasons unrelated to how the picture was taken: NOT_CAPTURE)
  in-scope defect  a blocking (not `minor`) labelled defect that is one of the tool's codes
  out-of-scope     unacceptable only for reasons the tool does not claim to check; not scored
  false reject     an acceptable picture the tool rejects
  missed           a picture with an in-scope defect the tool accepts

    python benchmarks/eval_real.py                      # as stills (uploads, files), like the CLI
    python benchmarks/eval_real.py --live               # as live camera frames
    python benchmarks/eval_real.py --field capture_ok   # capture quality only
    python benchmarks/eval_real.py --table              # also one row per picture

Exit status 0 always (a measurement, not a gate), also when the data folder is absent.
"""

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from capture_wizard.core.documents import FORMAT_OF, DocumentFormat, DocumentType
from capture_wizard.core.imageio import ImageLoadError, load_image
from capture_wizard.core.quality import QualityReport, analyze

REAL_CAPTURE = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "real" / "capture"

# As in ../shared/tools/score_real.py: the codes the tool claims to check, and the reasons a
# reviewer refuses a picture that say nothing about how well it was taken.
TOOL_CODES = {
    "blur",
    "glare",
    "too_dark",
    "too_bright",
    "cut_off",
    "too_far",
    "too_close",
    "wrong_orientation",
    "occluded",
    "no_document",
    "no_portrait",
    "front_not_back",
}
NOT_CAPTURE = {"not_id_document", "watermark", "redacted", "greyscale_copy"}
FIELDS = ("acceptable", "capture_ok")


def load_labels(images: Path) -> list[dict]:
    """The labels of `images`/labels.jsonl whose picture is present (as score_real.py)."""
    with open(images / "labels.jsonl", encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    return [lab for lab in labels if (images / lab["file"]).exists()]


def labelled_format(label: dict) -> DocumentFormat | None:
    """The format the wizard would expect for the label's document type (`doc`): an identity
    card's or a passport page's; None for other documents."""
    known = {t.value: FORMAT_OF[t] for t in DocumentType}
    return known.get(label["doc"])


def check_picture(path: Path, still: bool) -> tuple[QualityReport | None, str | None]:
    """The checks' report on one file, or the error that stopped them (as the CLI's JSON)."""
    try:
        frame = load_image(path)
    except ImageLoadError as exc:
        return None, str(exc)
    try:
        return analyze(frame, still=still), None
    except Exception as exc:  # the CLI reports this as an error too; keep going
        return None, f"internal error: {type(exc).__name__}: {exc}"


def judge(
    label: dict,
    report: QualityReport | None,
    field: str = "acceptable",
    error: str | None = None,
) -> dict:
    """One picture's judgement, exactly as score_real.py's `judge` on the CLI's JSON.

    group: "acceptable" (label says the picture is fine), "defect" (a blocking in-scope defect)
    or "out_of_scope" (unacceptable only for reasons the tool does not check; not scored)."""
    if report is None and error is None:
        error = "no result"
    ok = report is not None and report.ok and error is None
    issues = [str(c) for c in report.issues] if report is not None else []
    defects = set(label["defects"])
    if field == "capture_ok":
        defects -= NOT_CAPTURE
    blocking = defects - set(label.get("minor", []))
    in_scope = blocking & TOOL_CODES
    allowed = defects | set(label.get("contract", []))
    if label[field]:
        group, agree = "acceptable", ok
    elif in_scope:
        group, agree = "defect", not ok
    else:
        group, agree = "out_of_scope", not ok  # informative only
    return {
        "ok": ok,
        "issues": issues,
        "group": group,
        "agree": agree,
        "beyond": [c for c in issues if c not in allowed],
        "hit": sorted(in_scope & set(issues)),
        "miss": sorted(in_scope - set(issues)),
        "found": report is not None and report.corners is not None,
        "error": error,
    }


def judge_all(
    labels: list[dict], images: Path, still: bool = True, field: str = "acceptable"
) -> list[tuple[dict, dict]]:
    """(label, judgement) for every labelled picture, checked in this process."""
    rows = []
    for lab in labels:
        report, error = check_picture(images / lab["file"], still)
        rows.append((lab, judge(lab, report, field, error)))
    return rows


def _recall(rows: list[tuple[dict, dict]]) -> dict[str, list[int]]:
    """Per in-scope code: [reported, labelled as blocking] over the defect pictures."""
    per_code: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for _, j in rows:
        if j["group"] != "defect":
            continue
        for c in j["hit"]:
            per_code[c][0] += 1
            per_code[c][1] += 1
        for c in j["miss"]:
            per_code[c][1] += 1
    return dict(sorted(per_code.items()))


def summarise(rows: list[tuple[dict, dict]]) -> dict:
    """The totals over all rows (score_real.py's figures)."""
    acc = [(lab, j) for lab, j in rows if j["group"] == "acceptable"]
    dfc = [(lab, j) for lab, j in rows if j["group"] == "defect"]
    oos = [(lab, j) for lab, j in rows if j["group"] == "out_of_scope"]
    shows_doc = [(lab, j) for lab, j in rows if "no_document" not in lab["defects"]]
    scored = [j for _, j in rows if j["group"] != "out_of_scope"]
    return {
        "n": len(rows),
        "acceptable": len(acc),
        "defect": len(dfc),
        "out_of_scope": len(oos),
        "agree": sum(j["agree"] for j in scored),
        "scored": len(scored),
        "false_rejects": [lab["file"] for lab, j in acc if not j["ok"]],
        "false_rejects_beyond": [lab["file"] for lab, j in acc if not j["ok"] and j["beyond"]],
        "missed": [lab["file"] for lab, j in dfc if j["ok"]],
        "oos_accepted": sum(j["ok"] for _, j in oos),
        "recall": _recall(rows),
        "shows_doc": len(shows_doc),
        "found": sum(j["found"] for _, j in shows_doc),
        "said_no_document": [lab["file"] for lab, j in shows_doc if "no_document" in j["issues"]],
        "errors": [lab["file"] for lab, j in rows if j["error"]],
    }


def per_kind(rows: list[tuple[dict, dict]]) -> dict[str, dict]:
    """The same totals within each kind of picture (webcam_frame, scan_crop, ...)."""
    kinds: dict[str, list] = defaultdict(list)
    for lab, j in rows:
        kinds[lab["kind"]].append((lab, j))
    return {kind: summarise(kinds[kind]) for kind in sorted(kinds)}


def _ratio(k: int, n: int) -> str:
    return f"{k}/{n} = {k / n:.2f}" if n else f"{k}/0"


def print_table(rows: list[tuple[dict, dict]], field: str) -> None:
    print(f"{'file':44} {'kind':16} {'label':34} {'tool':40} agree")
    for lab, j in rows:
        label = ("OK" if lab[field] else "REJECT") + (
            " " + ",".join(lab["defects"]) if lab["defects"] else ""
        )
        if j["error"]:
            tool = "ERROR " + j["error"]
        else:
            tool = "ok" if j["ok"] else "reject " + ",".join(j["issues"])
        agree = (
            f"(scope) {'acc' if j['ok'] else 'rej'}"
            if j["group"] == "out_of_scope"
            else ("yes" if j["agree"] else "NO")
        )
        print(f"{lab['file'][:44]:44} {lab['kind'][:16]:16} {label[:34]:34} {tool[:40]:40} {agree}")
    print()


def print_summary(s: dict, kinds: dict[str, dict]) -> None:
    print(
        f"pictures {s['n']}: acceptable {s['acceptable']}, with an in-scope defect {s['defect']},"
        f" unacceptable for out-of-scope reasons only {s['out_of_scope']}"
    )
    print(f"verdict agreement (acceptable + in-scope defect): {_ratio(s['agree'], s['scored'])}")
    fr = s["false_rejects"]
    print(
        f"false rejects: {_ratio(len(fr), s['acceptable'])}"
        f"  (with a code beyond the labelled defects: {len(s['false_rejects_beyond'])})"
        + (f"  {fr}" if fr else "")
    )
    missed = s["missed"]
    print(
        f"missed (in-scope defect, tool says ok): {_ratio(len(missed), s['defect'])}"
        + (f"  {missed}" if missed else "")
    )
    recall = ", ".join(f"{c} {h}/{n}" for c, (h, n) in s["recall"].items())
    print(f"defect recall: {recall or '-'}")
    print(f"out-of-scope-only pictures accepted: {s['oos_accepted']}/{s['out_of_scope']}")
    print(
        f"document found (corners returned) where one is shown: {s['found']}/{s['shows_doc']};"
        f" told no_document: {len(s['said_no_document'])}"
    )
    if s["errors"]:
        print(f"errors (counted as rejects): {s['errors']}")
    print("\nby kind:")
    print(
        f"  {'kind':17} {'n':>3} {'acceptable':>10} {'false_rej':>9} {'defect':>6} {'missed':>6}"
        "  recall within the kind"
    )
    for kind, k in kinds.items():
        recall = ", ".join(f"{c} {h}/{n}" for c, (h, n) in k["recall"].items()) or "-"
        print(
            f"  {kind:17} {k['n']:3} {k['acceptable']:10} {len(k['false_rejects']):9}"
            f" {k['defect']:6} {len(k['missed']):6}  {recall}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--live", action="store_true", help="judge as live camera frames (default: stills)"
    )
    parser.add_argument("--images", type=Path, default=REAL_CAPTURE, help="labelled pictures")
    parser.add_argument("--table", action="store_true", help="one row per picture")
    parser.add_argument(
        "--field",
        choices=FIELDS,
        default="acceptable",
        help="the label verdict to score against (capture_ok ignores NOT_CAPTURE reasons)",
    )
    args = parser.parse_args(argv)
    if not (args.images / "labels.jsonl").is_file():
        print(f"real pictures: skipped, {args.images / 'labels.jsonl'} not found")
        return 0
    labels = load_labels(args.images)
    mode = "live" if args.live else "still"
    judged_as = "live camera frames" if args.live else "stills (uploads, files)"
    t0 = time.perf_counter()
    rows = judge_all(labels, args.images, still=not args.live, field=args.field)
    wall = time.perf_counter() - t0
    print(
        f"== real pictures ({args.images}), judged as {judged_as}, against label {args.field!r}\n"
    )
    if args.table:
        print_table(rows, args.field)
    s = summarise(rows)
    print_summary(s, per_kind(rows))
    print(f"\nspeed: {wall:.1f} s for {len(rows)} pictures = {wall / max(len(rows), 1):.3f} s each")
    print(
        f"SUMMARY real-images mode={mode} field={args.field} n={s['n']}"
        f" agreement={s['agree']}/{s['scored']}"
        f" false_rejects={len(s['false_rejects'])}/{s['acceptable']}"
        f" missed={len(s['missed'])}/{s['defect']} doc_found={s['found']}/{s['shows_doc']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
