"""E-mail the hand-off link, for a person who cannot scan the QR code. The address is personal
data: it is used for this one message and never logged."""

import re
import smtplib
import ssl
from collections.abc import Callable
from email.message import EmailMessage

from capture_wizard.core.languages import untranslated
from capture_wizard.core.settings import SettingsError, SmtpSettings

ADDRESS = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
"""A plausible address: one @, a dot in the domain, no spaces or line breaks (which would let a
typed address inject mail headers)."""


class MailError(Exception):
    """The link could not be sent; the message says why in words for the person."""


def valid_address(address: str) -> bool:
    return ADDRESS.fullmatch(address.strip()) is not None


def link_message(
    sender: str,
    to: str,
    url: str,
    minutes: int,
    translate: Callable[[str, str], str] = untranslated,
) -> EmailMessage:
    """The e-mail in the person's language (`translate`: the desktop's translator)."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = translate("Mail", "Your link to continue the identity verification")
    open_it = translate(
        "Mail", "Open this link on your phone to take the photos for your identity verification:"
    )
    works = translate(
        "Mail",
        "The link works for {minutes} minutes, on the same Wi-Fi network as the computer where "
        "you started. If you did not ask for it, ignore this e-mail.",
    ).format(minutes=minutes)
    message.set_content(f"{open_it}\n\n{url}\n\n{works}\n")
    return message


def send_link(
    smtp: SmtpSettings,
    to: str,
    url: str,
    minutes: int,
    translate: Callable[[str, str], str] = untranslated,
) -> None:
    to = to.strip()
    if not valid_address(to):
        raise MailError(
            translate("Mail", "This does not look like an e-mail address. Check it and try again.")
        )
    message = link_message(smtp.sender, to, url, minutes, translate)
    try:
        password = smtp.login_password()
        if smtp.security == "ssl":
            context = ssl.create_default_context()
            client = smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=smtp.timeout, context=context)
        else:
            client = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout)
        with client:
            if smtp.security == "starttls":
                client.starttls(context=ssl.create_default_context())
            if smtp.username:
                client.login(smtp.username, password)
            client.send_message(message)
    except SettingsError as exc:
        raise MailError(
            translate("Mail", "E-mail is not set up correctly: {why}").format(why=exc)
        ) from None
    except smtplib.SMTPAuthenticationError:
        raise MailError(
            translate("Mail", "The mail server refused this app's login. Ask a member of staff.")
        ) from None
    except smtplib.SMTPRecipientsRefused:
        raise MailError(
            translate("Mail", "The mail server refused this address. Check it and try again.")
        ) from None
    except (smtplib.SMTPException, OSError) as exc:
        raise MailError(
            translate(
                "Mail",
                "The e-mail could not be sent ({kind}). Scan the QR code instead, or try again "
                "later.",
            ).format(kind=type(exc).__name__)
        ) from None
