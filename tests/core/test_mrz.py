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


ERIKSSON = dict(
    issuer="UTO",
    surname="ERIKSSON",
    given_names="ANNA MARIA",
    number="D23145890",
    nationality="UTO",
    birth="740812",
    sex="F",
    expiry="120415",
)


def test_td1_reproduces_the_icao_specimen_card():
    lines = mrz.td1(doc_code="I", **ERIKSSON)
    assert lines == (
        "I<UTOD231458907<<<<<<<<<<<<<<<",
        "7408122F1204159UTO<<<<<<<<<<<6",
        "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
    )


def test_rejects_characters_outside_the_mrz_alphabet():
    with pytest.raises(ValueError):
        mrz.check_digit("ab")


def test_td2_reproduces_the_icao_specimen():
    assert mrz.td2(doc_code="I", **ERIKSSON) == (
        "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
        "D231458907UTO7408122F1204159<<<<<<<6",
    )


def test_a_long_document_number_continues_in_the_optional_data():
    # ICAO 9303 part 5: the first 9 characters, a filler for the check digit, the rest and the
    # check digit over the whole number in the optional data.
    line1 = mrz.td1(doc_code="I", **{**ERIKSSON, "number": "D23145890734"})[0]
    assert line1 == "I<UTOD23145890<7349<<<<<<<<<<<"
    line2 = mrz.td2(doc_code="I", **{**ERIKSSON, "number": "D23145890734"})[1]
    assert line2[:10] == "D23145890<" and line2[28:33] == "7349<"


def test_visas_have_no_composite_check_digit():
    a = mrz.mrva(doc_code="V", **ERIKSSON)
    b = mrz.mrvb(doc_code="V", **ERIKSSON)
    assert [len(x) for x in a] == [44, 44] and [len(x) for x in b] == [36, 36]
    assert a[1] == "D231458907UTO7408122F1204159" + "<" * 16
    assert b[1] == "D231458907UTO7408122F1204159" + "<" * 8
