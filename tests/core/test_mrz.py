import pytest

from capture_wizard.core import mrz


def test_check_digits_of_the_icao_specimen():
    assert mrz.check_digit("L898902C3") == "6"
    assert mrz.check_digit("740812") == "2"
    assert mrz.check_digit("120415") == "9"
    assert mrz.check_digit("ZE184226B<<<<<") == "1"


def test_td3_reproduces_the_icao_specimen_passport():
    lines = mrz.td3(
        doc_code="P",
        issuer="UTO",
        surname="ERIKSSON",
        given_names="ANNA MARIA",
        number="L898902C3",
        nationality="UTO",
        birth="740812",
        sex="F",
        expiry="120415",
        optional="ZE184226B",
    )
    assert lines == (
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    )


def test_td1_reproduces_the_icao_specimen_card():
    lines = mrz.td1(
        doc_code="I",
        issuer="UTO",
        surname="ERIKSSON",
        given_names="ANNA MARIA",
        number="D23145890",
        nationality="UTO",
        birth="740812",
        sex="F",
        expiry="120415",
    )
    assert lines == (
        "I<UTOD231458907<<<<<<<<<<<<<<<",
        "7408122F1204159UTO<<<<<<<<<<<6",
        "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
    )


def test_rejects_characters_outside_the_mrz_alphabet():
    with pytest.raises(ValueError):
        mrz.check_digit("ab")
