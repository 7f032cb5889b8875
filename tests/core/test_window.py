from capture_wizard.core.window import Rect, choose_screen, place_window


def test_an_ordinary_desktop_gets_the_preferred_size_centred():
    placement = place_window(Rect(0, 0, 1920, 1050))  # 1920x1080 less a panel
    assert not placement.maximised
    assert (placement.rect.width, placement.rect.height) == (1536, 860)
    assert placement.rect.x == (1920 - 1536) // 2 and placement.rect.y == (1050 - 860) // 2


def test_a_4k_screen_gets_a_larger_window_not_a_postage_stamp():
    placement = place_window(Rect(0, 0, 3840, 2160))
    assert (placement.rect.width, placement.rect.height) == (3072, 1728)


def test_small_screens_get_a_maximised_window_that_fits_them():
    for available in (Rect(0, 0, 1280, 800), Rect(0, 0, 1024, 600), Rect(0, 24, 1024, 576)):
        placement = place_window(available)
        assert placement.maximised and placement.rect == available


def test_a_second_screen_keeps_its_offset():
    placement = place_window(Rect(1920, 0, 2560, 1440))
    assert placement.rect.x >= 1920 and placement.rect.x + placement.rect.width <= 1920 + 2560


def test_the_kiosk_screen_by_number_by_name_or_the_primary():
    names = ["eDP-1", "HDMI-1"]
    assert choose_screen(names, 0, "") == 0
    assert choose_screen(names, 0, "1") == 1
    assert choose_screen(names, 0, "HDMI-1") == 1
    assert choose_screen(names, 0, "DP-7") == 0  # unplugged: the primary, not nowhere
    assert choose_screen(names, 1, "5") == 1
