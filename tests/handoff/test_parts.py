"""The hand-off's parts without a server: address choice, the QR code, the phone's steps, the
SMTP link (against a real local SMTP server) and its settings."""

import email
import email.policy
from datetime import date

import cv2
import numpy as np
import pytest

from capture_wizard.core.catalogue import DocumentOption
from capture_wizard.core.documents import ID1
from capture_wizard.core.settings import SettingsError, SmtpSettings, load_settings
from capture_wizard.core.steps import Step
from capture_wizard.handoff.addresses import Candidate, default_route_address, rank
from capture_wizard.handoff.mail import MailError, send_link, valid_address
from capture_wizard.handoff.qr import QUIET_ZONE, qr_matrix
from capture_wizard.handoff.steps import phone_steps


# --- addresses ---------------------------------------------------------------------------------
def test_the_default_route_wins_over_virtual_bridges_and_loopback():
    candidates = [
        Candidate("127.0.0.1", "lo"),
        Candidate("172.17.0.1", "docker0"),
        Candidate("169.254.3.4", "eth1"),
        Candidate("10.8.0.2", "tun0"),
        Candidate("192.168.1.20", "wlan0"),
        Candidate("192.168.56.1", "VirtualBox Host-Only", virtual=True),
    ]
    ranked = rank(candidates, preferred="192.168.1.20")
    assert ranked[0].address == "192.168.1.20"
    assert [c.address for c in ranked[-3:]] == ["172.17.0.1", "192.168.56.1", "169.254.3.4"]
    assert "127.0.0.1" not in [c.address for c in ranked]


def test_without_a_default_route_private_lan_addresses_come_first():
    ranked = rank(
        [
            Candidate("172.17.0.1", "docker0"),
            Candidate("203.0.113.5", "eth0"),
            Candidate("10.0.0.7", "eth1"),
        ],
        preferred=None,
    )
    assert [c.address for c in ranked] == ["10.0.0.7", "203.0.113.5", "172.17.0.1"]


def test_loopback_is_the_last_resort_and_ipv6_is_left_out():
    ranked = rank([Candidate("::1", "lo"), Candidate("127.0.0.1", "lo")], preferred=None)
    assert [c.address for c in ranked] == ["127.0.0.1"]


def test_this_machine_has_a_default_route_address():
    address = default_route_address()
    assert address is None or address.count(".") == 3


# --- QR code -----------------------------------------------------------------------------------
def test_the_qr_code_decodes_to_the_link():
    url = "http://192.168.1.20:53817/s/0fyeiPfeTvx0xKnaiDewCQ"
    matrix = np.array(qr_matrix(url), dtype=bool)
    module = 8
    image = np.where(matrix, 0, 255).astype(np.uint8)
    image = np.pad(image, QUIET_ZONE, constant_values=255)
    image = cv2.resize(image, None, fx=module, fy=module, interpolation=cv2.INTER_NEAREST)
    decoded, _, _ = cv2.QRCodeDetectorAruco().detectAndDecode(image)
    assert decoded == url


# --- steps ---------------------------------------------------------------------------------------
def test_the_phone_asks_for_the_same_steps_as_the_desktop():
    card = DocumentOption("id_card", "Identity card", True, (Step.FRONT, Step.BACK), ID1)
    sides = (Step.FRONT, Step.BACK, Step.FACE, Step.STATEMENT)
    steps = phone_steps(sides, card, "Acme", date(2026, 11, 22))
    assert [s.side for s in steps] == list(sides)
    assert steps[0].title == "Front of your national identity card"
    assert [s.camera for s in steps] == ["environment", "environment", "user", "user"]
    assert "2026-11-22" in steps[3].hint and "Acme" in steps[3].hint


# --- e-mail ----------------------------------------------------------------------------------
def _smtp(port: int, **changes) -> SmtpSettings:
    values = {"host": "127.0.0.1", "port": port, "security": "none", "sender": "kyc@bank.test"}
    return SmtpSettings(**{**values, **changes})


def test_the_link_is_e_mailed(smtp_server):
    inbox, port = smtp_server
    url = "http://192.168.1.20:5000/s/abc"
    send_link(_smtp(port), " person@example.org ", url, 15)
    (envelope,) = inbox.messages
    assert envelope.mail_from == "kyc@bank.test"
    assert envelope.rcpt_tos == ["person@example.org"]
    text = envelope.content.decode()
    assert url in text and "15 minutes" in text
    assert "Subject: Your link to continue the identity verification" in text


def test_the_e_mailed_link_keeps_its_key_whole(smtp_server):
    """The hand-off link carries the photos' key in its fragment, so the e-mail must carry it
    whole: read as a mail client reads it (the body is quoted-printable, whose soft line breaks
    and `=3D` a client undoes), the link is exactly the one sent."""
    inbox, port = smtp_server
    url = "http://192.168.100.200:65535/s/0fyeiPfeTvx0xKnaiDewCQ#k=" + "x-Y_" * 10 + "abc"
    send_link(_smtp(port), "person@example.org", url, 15)
    (envelope,) = inbox.messages
    message = email.message_from_bytes(envelope.content, policy=email.policy.default)
    assert url in message.get_content().splitlines()


@pytest.mark.parametrize(
    "address",
    ["", "person", "person@example", "a b@example.org", "x@example.org\r\nBcc: y@evil.test"],
)
def test_bad_addresses_are_refused_before_sending(smtp_server, address):
    inbox, port = smtp_server
    assert not valid_address(address)
    with pytest.raises(MailError, match="does not look like an e-mail address"):
        send_link(_smtp(port), address, "http://x/s/abc", 15)
    assert inbox.messages == []


def test_an_unreachable_mail_server_is_a_plain_error(free_port):
    with pytest.raises(MailError, match="could not be sent"):
        send_link(_smtp(free_port, timeout=2.0), "person@example.org", "http://x/s/abc", 15)


def test_starttls_to_a_server_without_it_is_a_plain_error(smtp_server):
    _, port = smtp_server
    with pytest.raises(MailError, match="could not be sent"):
        send_link(_smtp(port, security="starttls"), "person@example.org", "http://x/s/a", 15)


# --- settings ----------------------------------------------------------------------------------
def test_handoff_and_smtp_settings_load_and_validate(tmp_path):
    good = tmp_path / "good.toml"
    good.write_text(
        '[handoff]\naddress = "192.168.1.20"\nport = 8765\nlifetime_minutes = 10\n'
        '[smtp]\nhost = "mail.bank.test"\nsender = "kyc@bank.test"\nsecurity = "ssl"\nport = 465\n'
    )
    settings = load_settings(good, search_defaults=False)
    assert settings.handoff.address == "192.168.1.20" and settings.handoff.port == 8765
    assert settings.handoff.lifetime_minutes == 10.0
    assert settings.smtp.security == "ssl"
    for text, complaint in [
        ('[handoff]\naddress = "my-laptop"\n', "IP address"),
        ("[handoff]\nport = 70000\n", "port from 0 to 65535"),
        ("[handoff]\nlifetime_minutes = 0\n", "greater than 0"),
        ('[smtp]\nsecurity = "tls"\n', "starttls"),
        ('[smtp]\nhost = "mail.bank.test"\n', "smtp.sender is empty"),
    ]:
        bad = tmp_path / "bad.toml"
        bad.write_text(text)
        with pytest.raises(SettingsError, match=complaint):
            load_settings(bad, search_defaults=False)
