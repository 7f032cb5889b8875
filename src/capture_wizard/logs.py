"""Logging to a file in the user's log directory. Never logs images or personal data."""

import logging
from pathlib import Path

import platformdirs

from capture_wizard.core.settings import APP_NAME, LoggingSettings


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
        return None  # a read-only home must not stop the app; records are dropped
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.handlers[:] = [handler]
    return path
