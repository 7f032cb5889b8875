"""Command-line entry point: `capture-wizard [--config FILE] SUBCOMMAND ...`.

Errors a person can act on are printed in plain words; tracebacks go to the log file only.
"""

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from capture_wizard import __version__
from capture_wizard.core.documents import FORMAT_OF, DocumentType
from capture_wizard.core.languages import LANGUAGES
from capture_wizard.core.settings import SettingsError, load_settings
from capture_wizard.core.steps import Step
from capture_wizard.logs import setup_logging

log = logging.getLogger(__name__)

EXIT_OK, EXIT_REJECTED, EXIT_UNREADABLE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="capture-wizard",
        description="Guided identity-document capture with live quality checks. "
        "Without a command, opens the capture wizard.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--config", metavar="FILE", help="extra TOML settings file")
    parser.add_argument(
        "--camera",
        metavar="SOURCE",
        help="picture source for the wizard: demo, file:VIDEO, folder:DIR, a camera number, "
        "or opencv:N (default: the cameras this computer has)",
    )
    parser.add_argument(
        "--kiosk", action="store_true", help="full screen; start over after each person"
    )
    parser.add_argument(
        "--lang",
        choices=list(LANGUAGES),
        help="the wizard's language (default: ui.language, else the system's, else English); "
        "the person can change it on the first page",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="a demo run: offer the demo camera (a rendered sample card) and allow packages of "
        "its photos, marked as demo; without it customers never see the demo camera",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = sub.add_parser(
        "check",
        help="check photos of identity documents",
        description="Check photos of identity documents and say what would make them fail. "
        "Exit status: 0 all accepted, 1 some rejected, 2 some could not be read.",
    )
    check.add_argument(
        "--document",
        choices=[t.value for t in DocumentType],
        help="the expected document type (its format: true shape and size)",
    )
    check.add_argument(
        "--side",
        choices=["front", "back"],
        help="which side the photos should show: the front must carry the holder's portrait, "
        "the back must not (adds no_portrait / front_not_back)",
    )
    check.add_argument(
        "--face",
        action="store_true",
        help="check selfies (one face, distance, centring, pose, light, sharpness) instead",
    )
    check.add_argument(
        "--portrait",
        metavar="DOCUMENT",
        help="with --face: compare each selfie with the portrait on this photo of the "
        'document\'s front or passport page; adds "match": {"score", "same_person"} to the '
        "JSON and the verdicts face_mismatch and no_portrait",
    )
    check.add_argument(
        "--live",
        action="store_true",
        help="judge the files as live camera frames (a margin round the document, its "
        "distance and orientation); by default they are stills a person gives, where a crop "
        "to the document's edges or a scan is fine",
    )
    check.add_argument(
        "--read",
        action="store_true",
        help='also read the machine-readable zone (MRZ): adds "mrz" to the JSON and the '
        "verdicts expired, wrong_document_type (with --document), wrong_country (with "
        "--country), upside_down, unreadable_mrz (a side that must carry a zone, per the "
        "catalogue: a passport, most ID cards' --side back)",
    )
    check.add_argument(
        "--country",
        metavar="CODE",
        help="with --read: the country the document should be from (ISO 3166 alpha-3 or "
        "alpha-2, e.g. DEU or DE)",
    )
    check.add_argument(
        "--json", action="store_true", help="print one JSON object per input (JSON Lines)"
    )
    check.add_argument("paths", nargs="+", metavar="PATH", help="image files")

    keygen = sub.add_parser(
        "keygen",
        help="make the back office's key pair for encrypting packages",
        description="Make an age key pair. The public key goes into [package] recipients on "
        "every capture computer; the secret key stays in the back office.",
    )
    keygen.add_argument("--out", metavar="FILE", help="write the secret key here (mode 0600)")

    package = sub.add_parser("package", help="verify or open a package")
    package_sub = package.add_subparsers(dest="package_command", metavar="ACTION", required=True)
    verify = package_sub.add_parser(
        "verify",
        help="check a package's structure, manifest and hashes",
        description="Check packages. Without --identity an encrypted package's envelope is "
        "checked; with it, the contents too. Exit status: 0 all fine, 1 some failed, "
        "2 some could not be read.",
    )
    verify.add_argument("files", nargs="+", metavar="FILE")
    verify.add_argument("--identity", metavar="KEY", help="the age secret key file")
    verify.add_argument("--json", action="store_true", help="one JSON object per file")
    open_ = package_sub.add_parser("open", help="decrypt a package into a directory (back office)")
    open_.add_argument("file", metavar="FILE")
    open_.add_argument("--identity", metavar="KEY", required=True, help="the age secret key file")
    open_.add_argument("--out", metavar="DIR", required=True, help="a new or empty directory")

    outbox = sub.add_parser(
        "outbox",
        help="list or send the packages waiting on this computer",
        description="`list` (the default) shows what waits in the outbox; `send` tries to "
        "deliver it now. Exit status of send: 0 all sent, 1 some still waiting or refused.",
    )
    outbox.add_argument("action", nargs="?", choices=["list", "send"], default="list")
    sub.add_parser(
        "kiosk-pin",
        help="make the hash of a kiosk's staff PIN for kiosk.admin_pin_hash",
        description="Asks for a PIN of 4 to 12 digits (or reads one line from a pipe) and prints "
        "the [kiosk] admin_pin_hash line for the system settings file. Staff press "
        "Ctrl+Alt+Shift+Q on the kiosk, then the PIN, to close it.",
    )
    return parser


def _run_package_tool(args, settings) -> int:
    from capture_wizard import packagecmd

    try:
        if args.command == "keygen":
            return packagecmd.keygen(args.out, sys.stdout, sys.stderr)
        if args.command == "package" and args.package_command == "verify":
            return packagecmd.verify(args.files, args.identity, args.json, sys.stdout)
        if args.command == "package":
            return packagecmd.open_to(args.file, args.identity, args.out, sys.stdout)
        if args.action == "send":
            return packagecmd.outbox_send(settings, sys.stdout)
        return packagecmd.outbox_list(settings, sys.stdout)
    except packagecmd.CommandError as exc:
        print(f"capture-wizard: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE


def _read_request(args, document: str | None, settings):
    """What `check --read` judges the MRZ against, or None without --read."""
    if not args.read:
        return None
    from capture_wizard.core.catalogue import Catalogue
    from capture_wizard.core.ocr.mrz_read import ReadRequest
    from capture_wizard.core.ocr.mrz_verdict import country_alpha3

    country = country_alpha3(args.country) if args.country else None
    plan = Catalogue.load().mrz_plan(country, document) if document else None
    side = Step(args.side or "front")
    return ReadRequest(
        document_type=document,
        country=args.country,
        mrz_required=plan is not None and plan.requires(side),
        grace_days=settings.mrz.expiry_grace_days,
    )


def main(argv: Sequence[str] | None = None) -> int:
    # A frozen app (PyInstaller) started as the face describer's process runs that, not the app.
    if getattr(sys, "frozen", False):  # multiprocessing is not loaded before the window otherwise
        import multiprocessing

        multiprocessing.freeze_support()
    parser = _parser()
    args = parser.parse_args(argv)
    # Before tesseract first runs (check --read, the wizard's stills): its OpenMP threads spin
    # against each other and everything else on a small machine; one thread per call reads in
    # a quarter of the CPU time (docs/performance.md). Child processes inherit it.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        settings = load_settings(args.config)
    except SettingsError as exc:
        print(f"capture-wizard: configuration error: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    log_file = setup_logging(settings.logging)
    try:
        if args.command == "check":
            from capture_wizard.checkcmd import run_check

            if args.portrait and not args.face:
                parser.error("--portrait compares selfies: use it with --face")
            document = args.document or settings.check.document or None
            spec = FORMAT_OF[DocumentType(document)] if document else None
            return run_check(
                args.paths,
                spec=spec,
                as_json=args.json,
                out=sys.stdout,
                face=args.face,
                portrait=args.portrait,
                side=Step(args.side) if args.side else None,
                still=not args.live,
                read=_read_request(args, document, settings),
            )
        if args.command in ("keygen", "package", "outbox"):
            return _run_package_tool(args, settings)
        if args.command == "kiosk-pin":
            from capture_wizard.kioskcmd import kiosk_pin

            return kiosk_pin(sys.stdin, sys.stdout, sys.stderr)
        # Qt Multimedia logs each optional codec library it lacks when it loads; not errors.
        os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
        from capture_wizard.app import run_gui
        from capture_wizard.camera.spec import SpecError, parse_camera_spec

        try:
            camera = parse_camera_spec(args.camera) if args.camera else None
        except SpecError as exc:
            print(f"capture-wizard: --camera: {exc}", file=sys.stderr)
            return EXIT_UNREADABLE
        return run_gui(camera, settings, kiosk=args.kiosk, demo=args.demo, language=args.lang)
    except KeyboardInterrupt:
        return 130
    except Exception:  # the last resort: never a traceback on screen
        log.exception("unexpected error")
        print(
            f"capture-wizard: an unexpected error occurred; details are in {log_file}",
            file=sys.stderr,
        )
        return EXIT_UNREADABLE
