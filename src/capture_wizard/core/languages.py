"""The languages the wizard ships, each named in itself (the Welcome page's picker), and how a
requested language is settled: `--lang`, else `ui.language`, else the system's, else English."""

LANGUAGES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "pl": "Polski",
    "ar": "العربية",
}
"""ISO 639-1 code -> the language's own name. English is the source language."""

RIGHT_TO_LEFT = frozenset({"ar"})


def settle(*wishes: str | None) -> str:
    """The first of `wishes` the wizard speaks ("de_AT" and "de-AT" count as "de"), else "en"."""
    for wish in wishes:
        code = (wish or "").replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def left_to_right(text: str) -> str:
    """`text` isolated as left to right (Unicode LRI ... PDI), so a date such as 2026-11-29
    inside an Arabic sentence is not shown reversed; invisible in other languages."""
    return f"\u2066{text}\u2069"


def untranslated(context: str, text: str) -> str:
    """The `translate(context, text)` of a part that was given no translator: English."""
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for pyside6-lupdate, which finds calls by this name, without importing Qt
    into core; the UI translates it later in `context`."""
    return text
