import pytest

from capture_wizard.cli import main
from capture_wizard.core.settings import (
    SettingsError,
    load_settings,
    system_config_file,
    user_config_file,
)


def test_defaults_without_any_file():
    settings = load_settings()
    assert settings.logging.level == "INFO" and settings.check.document == ""
    assert settings.sources == ()


def test_user_file_overrides_system_file_and_config_option_overrides_both(tmp_path):
    system, user = system_config_file(), user_config_file()
    for path in (system, user):
        path.parent.mkdir(parents=True, exist_ok=True)
    system.write_text('[logging]\nlevel = "DEBUG"\n[check]\ndocument = "passport"\n')
    user.write_text('[check]\ndocument = "id_card"\n')
    extra = tmp_path / "kiosk.toml"
    extra.write_text('[logging]\nlevel = "ERROR"\n')
    settings = load_settings(extra)
    assert settings.logging.level == "ERROR"
    assert settings.check.document == "id_card"
    assert settings.sources == (str(system), str(user), str(extra))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[logging\nlevel=1", "not valid TOML"),
        ("[camera]\nx = 1\n", "unknown section [camera]"),
        ("[logging]\ncolour = 1\n", "unknown key logging.colour"),
        ("[logging]\nlevel = 3\n", "logging.level must be a str"),
        ('[logging]\nlevel = "LOUD"\n', "use one of 'DEBUG'"),
        ('[check]\ndocument = "student_id"\n', "check.document = 'student_id' is not allowed"),
        ("logging = 5\n", "must be a table"),
        ('[package]\nrecipients = "age1x"\n', "package.recipients must be a list of strings"),
        ("[upload]\nattempts = 0\n", "upload.attempts must be greater than 0"),
        ("[upload]\nbackoff_max = -1\n", "upload.backoff_max must not be negative"),
        ('[upload]\nafter_send = "keep"\n', "use one of 'move', 'delete'"),
        ("[package]\nallow_unencrypted = 1\n", "package.allow_unencrypted must be a bool"),
        ('[face]\nmatch_required = "yes"\n', "face.match_required must be a bool"),
        ('[ui]\nspeak_instructions = "on"\n', "ui.speak_instructions must be a bool"),
    ],
)
def test_bad_files_name_the_file_the_key_and_what_is_allowed(tmp_path, text, message):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(SettingsError) as err:
        load_settings(path)
    assert str(path) in str(err.value) and message in str(err.value)


def test_face_match_required(tmp_path):
    assert load_settings().face.match_required is False  # warn and record, do not block
    path = tmp_path / "bank.toml"
    path.write_text("[face]\nmatch_required = true\n")
    assert load_settings(path).face.match_required is True


def test_speak_instructions_is_off_unless_switched_on(tmp_path):
    assert load_settings().ui.speak_instructions is False
    path = tmp_path / "kiosk.toml"
    path.write_text("[ui]\nspeak_instructions = true\n")
    assert load_settings(path).ui.speak_instructions is True


def test_missing_config_option_file(tmp_path):
    with pytest.raises(SettingsError, match="not found"):
        load_settings(tmp_path / "nope.toml")


def test_cli_reports_a_bad_configuration_plainly(tmp_path, capsys):
    path = tmp_path / "bad.toml"
    path.write_text('[logging]\nlevel = "LOUD"\n')
    assert main(["--config", str(path), "check", "x.jpg"]) == 2
    err = capsys.readouterr().err
    assert "configuration error" in err and "logging.level" in err and "Traceback" not in err


def test_package_and_upload_sections(tmp_path):
    token = tmp_path / "token"
    token.write_text("s3cret\n")
    path = tmp_path / "kiosk.toml"
    path.write_text(
        '[package]\nrecipients = ["age1abc", "age1def"]\ndevice_id = "branch-12"\n'
        f'outbox = "{tmp_path / "out"}"\n'
        f'[upload]\nendpoint = "https://kyc.example/in"\ntimeout = 5\ntoken_file = "{token}"\n'
    )
    settings = load_settings(path)
    assert settings.package.recipients == ("age1abc", "age1def")
    assert settings.package.outbox_dir() == tmp_path / "out"
    assert settings.upload.timeout == 5.0 and isinstance(settings.upload.timeout, float)
    assert settings.upload.bearer_token() == "s3cret"
    token.unlink()
    with pytest.raises(SettingsError, match="token_file"):
        settings.upload.bearer_token()
    default = load_settings()
    assert default.package.outbox_dir().name == "outbox" and default.upload.endpoint == ""


@pytest.mark.parametrize(
    ("first", "second", "check"),
    [
        (
            "[statement]\nenabled = true\n",
            '[statement]\nword = "ACME"\n',
            lambda s: s.statement.enabled and s.statement.word == "ACME",
        ),
        (
            '[smtp]\nhost = "mail.bank.test"\n',
            '[smtp]\nsender = "kyc@bank.test"\n',
            lambda s: s.smtp.host == "mail.bank.test" and s.smtp.sender == "kyc@bank.test",
        ),
    ],
)
def test_rules_across_keys_judge_the_merged_files_not_each_file(tmp_path, first, second, check):
    system = system_config_file()
    system.parent.mkdir(parents=True, exist_ok=True)
    system.write_text(first)
    extra = tmp_path / "kiosk.toml"
    extra.write_text(second)
    assert check(load_settings(extra))


def test_a_rule_broken_by_the_merged_files_names_where_each_key_was_set(tmp_path):
    system, user = system_config_file(), user_config_file()
    for path in (system, user):
        path.parent.mkdir(parents=True, exist_ok=True)
    system.write_text('[statement]\nenabled = true\nword = "ACME"\n')
    user.write_text("[logging]\nlevel = 'DEBUG'\n")
    extra = tmp_path / "kiosk.toml"
    extra.write_text('[statement]\nword = " "\n')  # a later file empties the word again
    with pytest.raises(SettingsError) as err:
        load_settings(extra)
    message = str(err.value)
    assert "statement.enabled is true but statement.word is empty" in message
    assert f"statement.enabled in {system}" in message and f"statement.word in {extra}" in message
    assert str(user) not in message
    system.write_text("[statement]\nenabled = true\n")
    with pytest.raises(SettingsError, match=r"statement\.word is not set in any file"):
        load_settings()
