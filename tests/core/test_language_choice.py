"""Which language is spoken, and country names in it (pycountry's own catalogues)."""

import pytest

from capture_wizard.core.catalogue import Catalogue
from capture_wizard.core.languages import LANGUAGES, settle
from capture_wizard.core.settings import SettingsError, load_settings


def test_the_first_language_the_wizard_speaks_wins():
    assert settle("de_AT", "fr") == "de"
    assert settle(None, "", "pt_BR", "es-MX") == "es"
    assert settle(None, "", "C") == "en"
    assert set(LANGUAGES) == {"en", "de", "fr", "es", "pl", "ar"}


def test_ui_language_is_checked(tmp_path):
    good = tmp_path / "good.toml"
    good.write_text('[ui]\nlanguage = "pl"\n')
    assert load_settings(good, search_defaults=False).ui.language == "pl"
    bad = tmp_path / "bad.toml"
    bad.write_text('[ui]\nlanguage = "klingon"\n')
    with pytest.raises(SettingsError, match=r"ui\.language"):
        load_settings(bad, search_defaults=False)


def test_countries_are_named_and_sorted_in_the_language_and_found_in_english_too():
    catalogue = Catalogue.load()
    catalogue.use_language("de")
    assert catalogue.country("DEU").name == "Deutschland"
    names = [c.name for c in catalogue.countries]
    assert names.index("Ägypten") < names.index("Albanien")  # accents do not sort last
    assert catalogue.search("germ")[0].code == "DEU"  # the English name still finds it
    assert catalogue.search("öster")[0].code == "AUT"
    catalogue.use_language("ar")
    assert catalogue.country("FRA").name == "فرنسا"
    catalogue.use_language("en")
    assert catalogue.country("DEU").name == "Germany"
