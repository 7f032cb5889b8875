"""Logging to a file in the user's log directory. Never logs images, secrets or personal data.

Code here logs no such thing, but libraries may: aiohttp quotes a malformed request's raw
request line (which carries the hand-off token) in its messages and tracebacks. So every record
goes through `PrivacyFilter` before it is written.
"""

import contextlib
import logging
import re
import traceback
from pathlib import Path

import platformdirs

from capture_wizard.core.settings import APP_NAME, LoggingSettings

REDACTED = "[redacted]"

_SECRETS = (
    re.compile(r"(/s/)[^\s/?#'\"\\]+"),  # a hand-off link's token: /s/<token>
    re.compile(r"(cw_phone=)[^\s;'\"\\]+"),  # the hand-off phone's cookie
    re.compile(r"(#k=)[A-Za-z0-9_\-]+"),  # a hand-off link's photo key, in its fragment
)


def redact(text: str) -> str:
    """`text` with every hand-off token and phone key replaced by [redacted]."""
    for pattern in _SECRETS:
        text = pattern.sub(rf"\g<1>{REDACTED}", text)
    return text


class PrivacyFilter(logging.Filter):
    """Rewrites each record before any later handler sees it: the message is formatted and
    redacted, the traceback too. Records from aiohttp keep only what happened (the message
    without its arguments and the exception's type): their arguments and tracebacks quote what
    a client sent, and its address."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name == "aiohttp" or record.name.startswith("aiohttp."):
            kind = record.exc_info[0].__name__ if record.exc_info and record.exc_info[0] else ""
            message = str(record.msg)
            if isinstance(record.args, tuple) and record.args:
                with contextlib.suppress(TypeError, ValueError):  # else the message alone
                    message %= (REDACTED,) * len(record.args)
            message += f" ({kind})" if kind else ""
            exc_text = None
        else:
            try:
                message = record.getMessage()
            except Exception:  # arguments that do not fit the message: keep the message only
                message = str(record.msg)
            exc_text = record.exc_text
            if record.exc_info and not exc_text:
                exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        record.msg, record.args = redact(message), None
        record.exc_info = None
        record.exc_text = redact(exc_text) if exc_text else None
        record.stack_info = redact(record.stack_info) if record.stack_info else None
        return True


def setup_logging(settings: LoggingSettings) -> Path | None:
    """Send log records to the configured file; returns it, or None if it cannot be opened."""
    path = (
        Path(settings.file)
        if settings.file
        else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)) / f"{APP_NAME}.log"
    )
    root = logging.getLogger()
    root.setLevel(settings.level)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        # A read-only home must not stop the app; records are dropped (not printed to stderr
        # by logging's last resort, unfiltered).
        root.handlers[:] = [logging.NullHandler()]
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(PrivacyFilter())
    root.handlers[:] = [handler]
    return path
