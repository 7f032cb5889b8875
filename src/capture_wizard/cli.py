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
from capture_wizard.core.settings import SettingsError, load_settings
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
        help="the expected document type (sharpens detection)",
    )
    check.add_argument(
        "--json", action="store_true", help="print one JSON object per input (JSON Lines)"
    )
    check.add_argument("paths", nargs="+", metavar="PATH", help="image files")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        settings = load_settings(args.config)
    except SettingsError as exc:
        print(f"capture-wizard: configuration error: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    log_file = setup_logging(settings.logging)
    try:
        if args.command == "check":
            from capture_wizard.checkcmd import run_check

            document = args.document or settings.check.document or None
            spec = FORMAT_OF[DocumentType(document)] if document else None
            return run_check(args.paths, spec=spec, as_json=args.json, out=sys.stdout)
        # Qt Multimedia logs each optional codec library it lacks when it loads; not errors.
        os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
        from capture_wizard.app import run_gui
        from capture_wizard.camera.spec import SpecError, parse_camera_spec

        try:
            camera = parse_camera_spec(args.camera) if args.camera else None
        except SpecError as exc:
            print(f"capture-wizard: --camera: {exc}", file=sys.stderr)
            return EXIT_UNREADABLE
        return run_gui(camera, kiosk=args.kiosk)
    except KeyboardInterrupt:
        return 130
    except Exception:  # the last resort: never a traceback on screen
        log.exception("unexpected error")
        print(
            f"capture-wizard: an unexpected error occurred; details are in {log_file}",
            file=sys.stderr,
        )
        return EXIT_UNREADABLE
