"""An example host application that embeds the capture wizard (capture_wizard.embed).

    .venv/bin/python examples/host_app.py [--camera demo]

A small "customer desk" window with its own look. "Verify identity here" places the wizard
inside the window; "Verify in a window" runs it as a modal dialog with one call. Packages go to
the host's own submit handler (here: kept in memory and counted; a real host would send them to
its back end) instead of the outbox. tests/ui/test_embed.py drives this window.
"""

import argparse
import sys

from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from capture_wizard.core.settings import Settings, load_settings
from capture_wizard.embed import CaptureWidget, capture_identity


class HostWindow(QMainWindow):
    def __init__(self, settings: Settings, camera=None) -> None:
        super().__init__()
        self.setWindowTitle("Customer desk (example host)")
        self.settings, self.camera = settings, camera
        self.received: list[tuple[str, bytes]] = []
        """The packages the submit handler was given (name, encrypted bytes)."""
        self.capture: CaptureWidget | None = None

        home = QWidget()
        layout = QVBoxLayout(home)
        self.status = QLabel("No verification yet.")
        self.status.setObjectName("host.status")
        buttons = QHBoxLayout()
        self.verify_here = QPushButton("Verify identity here")
        self.verify_here.setObjectName("host.verify_here")
        self.verify_here.clicked.connect(self.start_embedded)
        self.verify_modal = QPushButton("Verify in a window")
        self.verify_modal.setObjectName("host.verify_modal")
        self.verify_modal.clicked.connect(self.start_modal)
        buttons.addWidget(self.verify_here)
        buttons.addWidget(self.verify_modal)
        buttons.addStretch(1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.pages = QStackedWidget()
        self.pages.addWidget(home)
        self.setCentralWidget(self.pages)

    def receive(self, name: str, data: bytes) -> None:
        """The submit handler (called on a worker thread): keep the package."""
        self.received.append((name, data))

    def start_embedded(self) -> None:
        self.capture = CaptureWidget(self.settings, self.camera, self.receive)
        self.capture.completed.connect(self.completed)
        self.capture.cancelled.connect(lambda: self.ended("Verification cancelled."))
        self.capture.failed.connect(lambda why: self.status.setText(f"Problem: {why}"))
        self.pages.addWidget(self.capture)
        self.pages.setCurrentWidget(self.capture)

    def completed(self, reference: str, delivery: str, steps: list) -> None:
        self.ended(f"Verified: {reference} ({delivery}; {', '.join(steps)}).")

    def ended(self, message: str) -> None:
        self.status.setText(message)
        self.pages.setCurrentIndex(0)
        if self.capture is not None:
            self.capture.close()
            self.pages.removeWidget(self.capture)
            self.capture.deleteLater()
            self.capture = None

    def start_modal(self) -> None:
        result = capture_identity(self, self.settings, self.camera, self.receive)
        if result is None:
            self.status.setText("Verification cancelled.")
        else:
            self.status.setText(f"Verified: {result.reference} ({result.delivery}).")


def main() -> int:
    parser = argparse.ArgumentParser(description="An example host embedding capture-wizard.")
    parser.add_argument("--camera", help='a --camera value, e.g. "demo"')
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    window = HostWindow(load_settings(None), args.camera)
    window.resize(1400, 950)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
