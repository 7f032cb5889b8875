"""Where the wizard's window goes on a screen: decided from the screen's available area (the
desktop minus panels), so it fits a 1024x600 kiosk screen and a 4K monitor alike."""

from dataclasses import dataclass

PREFERRED = (1280, 860)
"""The window's size on an ordinary desktop screen."""
SHARE = 0.8
"""On a screen much larger than PREFERRED, the window grows to this share of it."""
MINIMUM = (640, 480)
"""Below this the wizard's pages cannot be laid out; the pages scroll down to it."""


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    width: int
    height: int


@dataclass(frozen=True)
class Placement:
    rect: Rect
    maximised: bool
    """The preferred size does not fit with room for a title bar: show it maximised, so the
    window manager fits the frame and the buttons stay on screen."""


FRAME_ROOM = (16, 48)
"""What a window manager's frame and title bar may add round the window."""


def place_window(available: Rect) -> Placement:
    """The window's size and position (centred) on a screen whose free area is `available`."""
    want_w = max(PREFERRED[0], round(available.width * SHARE))
    want_h = max(PREFERRED[1], round(available.height * SHARE))
    if want_w + FRAME_ROOM[0] > available.width or want_h + FRAME_ROOM[1] > available.height:
        return Placement(available, maximised=True)
    x = available.x + (available.width - want_w) // 2
    y = available.y + (available.height - want_h) // 2
    return Placement(Rect(x, y, want_w, want_h), maximised=False)


def choose_screen(names: list[str], primary: int, wanted: str) -> int:
    """The index of the screen named or numbered by `wanted` ("" = the primary one; a number
    counts from 0 in the order the system lists screens). An unknown screen gives the primary
    one: a kiosk must come up somewhere."""
    wanted = wanted.strip()
    if wanted.isdigit() and int(wanted) < len(names):
        return int(wanted)
    if wanted in names:
        return names.index(wanted)
    return primary
