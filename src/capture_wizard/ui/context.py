"""What the wizard and every page are given: the session, the settings, the catalogue, the frame
sources, and the services a page would otherwise build itself (the step checks, the phone
server, the network list, submitting, e-mail, clocks). Tests hand in fakes here instead of
patching modules. The context also carries what the person chose so far (method, camera,
the package submitted), which several pages read.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from capture_wizard.camera import CameraChoice, SourceProvider
from capture_wizard.core.catalogue import Catalogue
from capture_wizard.core.kiosk import removable_mounts
from capture_wizard.core.session import CaptureSession
from capture_wizard.core.settings import Settings
from capture_wizard.core.steps import Step
from capture_wizard.handoff.addresses import Candidate, default_route_address, rank
from capture_wizard.ui.announcer import Announcer
from capture_wizard.ui.i18n import use_language

if TYPE_CHECKING:
    from capture_wizard.core.checks import StepCheck
    from capture_wizard.core.package.courier import BackgroundCourier
    from capture_wizard.core.package.submit import Submission, SubmitHandler
    from capture_wizard.handoff.server import Checker, HandoffServer
    from capture_wizard.handoff.session import HandoffSession


class Method:
    """How the person takes the photos (the method page's choice)."""

    CAMERA = "camera"
    DEMO = "demo"
    PHONE = "phone"
    UPLOAD = "upload"


def local_networks() -> list[Candidate]:
    """This computer's IPv4 addresses on interfaces that are up (Qt knows every platform's),
    the likeliest to reach a phone first; loopback when there is nothing else."""
    from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

    flags = QNetworkInterface.InterfaceFlag
    found = []
    for interface in QNetworkInterface.allInterfaces():
        if not (interface.flags() & flags.IsUp and interface.flags() & flags.IsRunning):
            continue
        virtual = interface.type() == QNetworkInterface.InterfaceType.Virtual
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                found.append(Candidate(ip.toString(), interface.humanReadableName(), virtual))
    return rank(found, default_route_address()) or [Candidate("127.0.0.1", "loopback")]


def mounted_removable_media() -> list[Path]:
    """Removable drives mounted now (Linux: under /media and /run/media; none elsewhere)."""
    try:
        return removable_mounts(Path("/proc/self/mounts").read_text())
    except OSError:
        return []


def make_handoff_server(
    session: HandoffSession, checker: Checker, host: str, port: int
) -> HandoffServer:
    """The phone page's web server, not yet started (aiohttp is imported only when used)."""
    from capture_wizard.handoff.server import HandoffServer

    return HandoffServer(session, checker, host, port)


# The services below load their modules on first use, so that the wizard's first window does
# not wait for OpenCV, numpy and the packaging code (start-up: docs/performance.md).


def plan_step(*args) -> StepCheck:
    """core.checks.plan_step."""
    from capture_wizard.core.checks import plan_step

    return plan_step(*args)


def submit_package(*args, **kwargs) -> Submission:
    """core.package.submit.submit."""
    from capture_wizard.core.package.submit import submit

    return submit(*args, **kwargs)


def send_link(*args, **kwargs) -> None:
    """handoff.mail.send_link."""
    from capture_wizard.handoff.mail import send_link

    return send_link(*args, **kwargs)


@dataclass(eq=False)
class WizardContext:
    session: CaptureSession
    catalogue: Catalogue
    sources: SourceProvider
    settings: Settings = field(default_factory=Settings)
    demo: bool = False
    """A demo run (`--demo`): the demo camera is offered and its photos may be packaged."""
    kiosk: bool = False
    """A kiosk (`--kiosk` or kiosk.enabled): no way out for customers, upload only when
    kiosk.allow_upload, and then from removable media only."""
    courier: BackgroundCourier | None = None
    """Sends the outbox in the background; None when no upload endpoint is configured."""
    submit_handler: SubmitHandler | None = None
    """Set by an embedding host: the package goes to it instead of the outbox."""

    # --- services: what a page would otherwise build or call itself ----------------------------
    checker: Callable[..., StepCheck] = plan_step
    """(session, catalogue, settings, step, today) -> the step's checks (core.checks)."""
    handoff_server: Callable[..., HandoffServer] = make_handoff_server
    """(hand-off session, checker, host, port) -> a server for the phone page."""
    networks: Callable[[], list[Candidate]] = local_networks
    """The addresses a phone might reach this computer on, best first."""
    submit: Callable[..., Submission] = submit_package
    """core.package.submit.submit: package, write, send."""
    send_mail: Callable[..., None] = send_link
    """handoff.mail.send_link(smtp settings, address, link, minutes)."""
    clock: Callable[[], float] = time.monotonic
    """Seconds, for timing live frames and spotting a stalled camera."""
    today: Callable[[], date] = date.today
    removable_drives: Callable[[], list[Path]] = mounted_removable_media
    """The USB sticks and SD cards plugged in (a kiosk's upload lists their pictures)."""
    speech_engine: str = ""
    """The QtTextToSpeech engine that says instructions aloud when `ui.speak_instructions` is
    on; "" = the platform's (speech-dispatcher on Linux). Tests use Qt's "mock" engine."""

    # --- what the person chose so far ----------------------------------------------------------
    language: str = "en"
    """The wizard's language (core.languages.LANGUAGES); change it with set_language()."""
    method: str | None = None
    camera: CameraChoice | None = None
    submission: Submission | None = None
    """The last package submitted; kept through accepted/finished for an embedding host."""

    def set_language(self, code: str) -> None:
        """Speak `code` from now on: Qt's translators, text direction, country names."""
        use_language(code)
        self.catalogue.use_language(code)
        self.language = code

    @cached_property
    def announcer(self) -> Announcer:
        """Tells screen readers (and the speakers, when asked) what the capture screens say."""
        return Announcer(self)

    @property
    def upload_allowed(self) -> bool:
        """Photos may be uploaded from files (on a kiosk only when its settings allow)."""
        return not self.kiosk or self.settings.kiosk.allow_upload

    def check_for(self, step: Step) -> StepCheck:
        """The checks of `step` as things stand now (document chosen, front kept)."""
        return self.checker(self.session, self.catalogue, self.settings, step, self.today())
