import pytest

from capture_wizard.core.contrast import contrast_ratio
from capture_wizard.core.kiosk import (
    Idle,
    IdleWatch,
    PinError,
    hash_pin,
    images_on,
    removable_mounts,
    verify_pin,
)
from capture_wizard.core.settings import SettingsError, load_settings


def test_a_pin_hash_is_salted_and_only_its_pin_opens_it():
    first, second = hash_pin("482913"), hash_pin("482913")
    assert first != second  # a new salt each time
    assert "482913" not in first
    assert verify_pin("482913", first) and verify_pin("482913", second)
    assert not verify_pin("482914", first) and not verify_pin("", first)


@pytest.mark.parametrize("pin", ["123", "12345678901234", "12a4", "١٢٣٤"])
def test_a_pin_is_4_to_12_plain_digits(pin):
    with pytest.raises(PinError, match="4 to 12 digits"):
        hash_pin(pin)


def test_the_settings_refuse_a_hash_that_is_not_one_and_a_bad_accent(tmp_path):
    config = tmp_path / "kiosk.toml"
    config.write_text('[kiosk]\nadmin_pin_hash = "1234"\n')
    with pytest.raises(SettingsError, match=r"kiosk\.admin_pin_hash is not a PIN hash"):
        load_settings(config, search_defaults=False)
    config.write_text('[branding]\naccent = "teal"\n')
    with pytest.raises(SettingsError, match=r"branding\.accent"):
        load_settings(config, search_defaults=False)
    config.write_text(f'[kiosk]\nenabled = true\nadmin_pin_hash = "{hash_pin("2468")}"\n')
    settings = load_settings(config, search_defaults=False)
    assert settings.kiosk.enabled and verify_pin("2468", settings.kiosk.admin_pin_hash)
    assert settings.kiosk.idle_seconds == 90 and not settings.kiosk.allow_upload


def test_idle_warns_then_expires_and_any_input_starts_the_wait_again():
    watch = IdleWatch(idle_seconds=90, warning_seconds=20, last_input=0)
    assert watch.state(89.9)[0] is Idle.ACTIVE
    assert watch.state(95) == (Idle.WARNING, 15)
    assert watch.state(110) == (Idle.EXPIRED, 0)
    watch.touch(100)
    assert watch.state(110)[0] is Idle.ACTIVE


def test_removable_media_are_the_mounts_under_media_and_run_media():
    mounts = "\n".join(
        [
            "/dev/sda1 / ext4 rw 0 0",
            "/dev/sdb1 /media/kiosk/USB\\040STICK vfat rw 0 0",
            "/dev/sdc1 /run/media/anna/SD vfat rw 0 0",
            "tmpfs /run tmpfs rw 0 0",
            "/dev/sdd1 /mediaserver ext4 rw 0 0",
            "/dev/sde1 /media ext4 rw 0 0",
        ]
    )
    assert [str(p) for p in removable_mounts(mounts)] == [
        "/media/kiosk/USB STICK",
        "/run/media/anna/SD",
    ]


def test_pictures_on_a_drive_are_found_a_few_folders_deep_and_nothing_else(tmp_path):
    for name in ("DCIM/100CANON/IMG_1.JPG", "a/b/c/d/deep.jpg", ".hidden/x.png", "notes.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "scan.png").write_bytes(b"x")
    found = [p.relative_to(tmp_path).as_posix() for p in images_on(tmp_path)]
    assert found == ["DCIM/100CANON/IMG_1.JPG", "scan.png"]
    assert len(images_on(tmp_path, limit=1)) == 1


def test_contrast_ratios_match_wcag():
    assert contrast_ratio("#000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#1d4ed8", "#ffffff") == pytest.approx(6.7, abs=0.05)
    assert contrast_ratio("#808080", "#ffffff") == pytest.approx(3.95, abs=0.01)


def test_kiosk_pin_prints_the_settings_lines_never_the_pin(monkeypatch, capsys, tmp_path):
    import io

    from capture_wizard.cli import main

    monkeypatch.setattr("sys.stdin", io.StringIO("735190\n"))
    assert main(["kiosk-pin"]) == 0
    printed = capsys.readouterr().out
    assert "735190" not in printed
    config = tmp_path / "system.toml"
    config.write_text(printed)
    assert verify_pin("735190", load_settings(config, search_defaults=False).kiosk.admin_pin_hash)
    monkeypatch.setattr("sys.stdin", io.StringIO("12\n"))
    assert main(["kiosk-pin"]) == 2
    assert "4 to 12 digits" in capsys.readouterr().err


def test_a_dark_enough_accent_is_used_with_its_shades_a_light_one_refused():
    from capture_wizard.core.branding import DEFAULT, palette_for

    palette, problem = palette_for("#0F766E")  # teal
    assert problem is None and palette.accent == "#0f766e"
    for background in ("#ffffff", palette.tint):
        assert contrast_ratio(palette.accent, background) >= 4.5
    assert contrast_ratio(palette.hover, "#ffffff") > contrast_ratio(palette.accent, "#ffffff")
    palette, problem = palette_for("#facc15")  # yellow: white text on it is unreadable
    assert palette == DEFAULT and "1.48:1" in problem and "4.5:1" in problem
    assert palette_for("") == (DEFAULT, None)
