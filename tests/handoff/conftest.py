import pytest
from phone import new_session, real_checker

from capture_wizard.handoff.server import HandoffServer
from capture_wizard.testing import ScriptedPhone


@pytest.fixture
def handoff():
    """A running server on loopback for a two-sided card, its session's events, and a phone."""
    session, events = new_session()
    server = HandoffServer(session, real_checker, "127.0.0.1")
    server.start()
    yield server, events, ScriptedPhone(server)
    server.stop()
