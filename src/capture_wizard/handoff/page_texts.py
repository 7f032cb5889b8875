"""Every sentence of the phone's page (resources/handoff/phone.html), marked for
pyside6-lupdate in context "PhoneWeb" and handed to the page translated: the HTML's own text
as {{T:key}}, the script's as T.key ({n}-style placeholders filled by the page)."""

import html
import re
from collections.abc import Callable

from capture_wizard.core.languages import QT_TRANSLATE_NOOP, RIGHT_TO_LEFT

TEXTS = {
    "pageTitle": QT_TRANSLATE_NOOP("PhoneWeb", "Identity verification"),
    "previewAlt": QT_TRANSLATE_NOOP("PhoneWeb", "The photo you took"),
    "counter": QT_TRANSLATE_NOOP("PhoneWeb", "Photo {number} of {total}"),
    "done": QT_TRANSLATE_NOOP("PhoneWeb", "Done"),
    "take": QT_TRANSLATE_NOOP("PhoneWeb", "Take photo"),
    "retake": QT_TRANSLATE_NOOP("PhoneWeb", "Retake photo"),
    "takeAgain": QT_TRANSLATE_NOOP("PhoneWeb", "Take photo again"),
    "tryAgain": QT_TRANSLATE_NOOP("PhoneWeb", "Try again"),
    "allReceived": QT_TRANSLATE_NOOP("PhoneWeb", "All photos received"),
    "thanks": QT_TRANSLATE_NOOP(
        "PhoneWeb", "Thank you. Continue on the computer. You can close this page."
    ),
    "linkStopped": QT_TRANSLATE_NOOP("PhoneWeb", "This link no longer works"),
    "lastUnusable": QT_TRANSLATE_NOOP("PhoneWeb", "The last photo can't be used: {instruction}"),
    "unusable": QT_TRANSLATE_NOOP("PhoneWeb", "This photo can't be used: {instruction}"),
    "accepted": QT_TRANSLATE_NOOP("PhoneWeb", "✓ Photo accepted"),
    "tooLarge": QT_TRANSLATE_NOOP(
        "PhoneWeb", "This photo is too large (at most {mb} MB). Take it with a lower resolution."
    ),
    "preparing": QT_TRANSLATE_NOOP("PhoneWeb", "Preparing the photo…"),
    "unreadable": QT_TRANSLATE_NOOP(
        "PhoneWeb", "This photo could not be read on this phone. Please take it again."
    ),
    "sending": QT_TRANSLATE_NOOP("PhoneWeb", "Sending the photo…"),
    "sendingPercent": QT_TRANSLATE_NOOP("PhoneWeb", "Sending the photo… {percent}%"),
    "checking": QT_TRANSLATE_NOOP("PhoneWeb", "Checking the photo…"),
    "notSent": QT_TRANSLATE_NOOP(
        "PhoneWeb",
        "The photo could not be sent. Check that this phone is on the same Wi-Fi as the "
        "computer, then try again.",
    ),
    "askNewLink": QT_TRANSLATE_NOOP("PhoneWeb", "Ask for a new link on the computer."),
    "tooMany": QT_TRANSLATE_NOOP("PhoneWeb", "Too many attempts. Wait a moment and try again."),
    "wentWrong": QT_TRANSLATE_NOOP("PhoneWeb", "Something went wrong. Please try again."),
    "incompleteTitle": QT_TRANSLATE_NOOP("PhoneWeb", "This link is incomplete"),
    "incomplete": QT_TRANSLATE_NOOP(
        "PhoneWeb",
        "Scan the QR code on the computer again. If you typed the address, type all of it, "
        "with the part after the # sign.",
    ),
}

_PLACEHOLDER = re.compile(r"\{\{T:(\w+)\}\}")


def translated(translate: Callable[[str, str], str]) -> dict[str, str]:
    return {key: translate("PhoneWeb", text) for key, text in TEXTS.items()}


def localise(page: str, texts: dict[str, str], language: str) -> str:
    """The page with its {{T:key}} filled (escaped) and its language and direction set."""
    page = page.replace("{{LANG}}", language)
    page = page.replace("{{DIR}}", "rtl" if language in RIGHT_TO_LEFT else "ltr")
    return _PLACEHOLDER.sub(lambda m: html.escape(texts[m.group(1)]), page)
