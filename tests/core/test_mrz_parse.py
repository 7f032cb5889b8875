"""The MRZ parser, the fitting and repair of read lines, and the verdicts: pure string logic,
no tesseract. Zones are ICAO 9303 specimens, or composed by core/mrz.py."""

from datetime import date

import pytest

from capture_wizard.core import mrz
from capture_wizard.core.issues import DOCUMENT_PRIORITY, IssueCode
from capture_wizard.core.ocr import mrz_fix, mrz_verdict
from capture_wizard.core.ocr.mrz_parse import (
    FORMATS,
    birth_date,
    detect_format,
    expiry_date,
    parse,
    split_name,
    try_parse,
)
from capture_wizard.core.ocr.mrz_read import MrzResult

TODAY = date(2026, 11, 29)

# ICAO Doc 9303 specimens (parts 4-7)
TD3 = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
)
TD2 = ("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6")
TD1 = (
    "I<UTOD231458907<<<<<<<<<<<<<<<",
    "7408122F1204159UTO<<<<<<<<<<<6",
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
)
MRVA = (
    "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L8988901C4XXX4009078F96121096ZE184226B<<<<<<",
)
MRVB = ("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "L8988901C4XXX4009078F9612109<<<<<<<<")
FRA_CNI = ("IDFRABERTHIER<<<<<<<<<<<<<<<<<<<<<<<", "9409923102854CORINNE<<<<<<<6512068F4")

PERSON = dict(
    issuer="DEU",
    surname="MUSTERMANN",
    given_names="ERIKA",
    number="C01X00T47",
    nationality="DEU",
    birth="640812",
    sex="F",
    expiry="310101",
)


@pytest.mark.parametrize(
    ("lines", "fmt", "checks"),
    [
        (TD3, "TD3", {"number", "birth", "expiry", "personal", "composite"}),
        (TD2, "TD2", {"number", "birth", "expiry", "composite"}),
        (TD1, "TD1", {"number", "birth", "expiry", "composite"}),
        (MRVA, "MRVA", {"number", "birth", "expiry"}),
        (MRVB, "MRVB", {"number", "birth", "expiry"}),
        (FRA_CNI, "FRA_CNI", {"number", "birth", "composite"}),
    ],
)
def test_the_specimens_of_every_format_parse_valid(lines, fmt, checks):
    parsed = parse(lines, TODAY)
    assert parsed.format == fmt and parsed.valid
    assert set(parsed.checks) == checks
    assert parsed.fields["surname"] in ("ERIKSSON", "BERTHIER")
    assert parsed.as_dict()["lines"] == list(lines)


def test_the_fields_of_the_passport_specimen():
    parsed = parse(TD3, TODAY)
    assert parsed.fields == {
        "document_code": "P",
        "issuer": "UTO",
        "surname": "ERIKSSON",
        "given_names": "ANNA MARIA",
        "number": "L898902C3",
        "nationality": "UTO",
        "birth_date": "740812",
        "sex": "F",
        "expiry_date": "120415",
        "optional_data": "ZE184226B",
    }
    assert parsed.birth == date(1974, 8, 12) and parsed.expiry == date(2012, 4, 15)
    out = parsed.as_dict()
    assert out["fields"]["birth"] == "1974-08-12" and out["fields"]["expiry"] == "2012-04-15"


@pytest.mark.parametrize(
    ("compose", "fmt"),
    [(mrz.td1, "TD1"), (mrz.td2, "TD2"), (mrz.td3, "TD3"), (mrz.mrva, "MRVA"), (mrz.mrvb, "MRVB")],
)
def test_composed_zones_parse_back_to_what_they_were_made_of(compose, fmt):
    code = "V" if fmt.startswith("MRV") else "P" if fmt == "TD3" else "ID"
    lines = compose(doc_code=code, **PERSON)
    parsed = parse(lines, TODAY)
    assert (parsed.format, parsed.valid) == (fmt, True)
    f = parsed.fields
    assert (f["issuer"], f["surname"], f["given_names"]) == ("DEU", "MUSTERMANN", "ERIKA")
    assert (f["number"], f["birth_date"], f["expiry_date"]) == ("C01X00T47", "640812", "310101")
    assert parsed.birth == date(1964, 8, 12) and parsed.expiry == date(2031, 1, 1)


@pytest.mark.parametrize("compose", [mrz.td1, mrz.td2])
def test_long_document_numbers(compose):
    lines = compose(
        doc_code="ID",
        **{**PERSON, "number": "D23145890734", "optional": "AB"}
        if compose is mrz.td2
        else {**PERSON, "number": "D23145890734"},
    )
    parsed = parse(lines, TODAY)
    assert parsed.valid and parsed.fields["number"] == "D23145890734"
    assert "long document number" in parsed.notes


@pytest.mark.parametrize(
    ("lines", "position", "check"),
    [
        (TD3, (1, 9), "number"),
        (TD3, (1, 19), "birth"),
        (TD3, (1, 27), "expiry"),
        (TD3, (1, 42), "personal"),
        (TD3, (1, 43), "composite"),
        (TD1, (0, 14), "number"),
        (TD1, (1, 29), "composite"),
        (TD2, (1, 35), "composite"),
        (FRA_CNI, (1, 35), "composite"),
    ],
)
def test_every_check_digit_is_checked(lines, position, check):
    row, col = position
    wrong = str((int(lines[row][col]) + 1) % 10)
    bad = list(lines)
    bad[row] = bad[row][:col] + wrong + bad[row][col + 1 :]
    parsed = parse(bad, TODAY)
    assert not parsed.valid and parsed.checks[check] is False
    # a field's check digit is also covered by the composite; nothing else fails
    failing = {name for name, ok in parsed.checks.items() if not ok}
    assert failing <= {check, "composite"}


def test_an_unused_personal_number_may_have_a_filler_check_digit():
    line2 = "AA00000000POL6002084F1412314<<<<<<<<<<<<<<<4"  # a real specimen (PL)
    parsed = parse(("P<POLKOWALSKA<KWIATKOWSKA<<JOANNA<<<<<<<<<<<", line2), TODAY)
    assert parsed.valid and parsed.checks["personal"]


def test_printed_invalid_zones_are_reported_invalid_not_raised():
    austrian = (
        "IDAUT000009993<<<<<<<<<<<<<<<<",
        "7109094F111231AUT<<<<<<<<<<<<0",
        "MUSTERFRAU<<ISOLDE<<<<<<<<<<<<",
    )
    parsed = parse(austrian, TODAY)
    assert not parsed.valid
    assert parsed.checks == {"number": False, "birth": True, "expiry": False, "composite": False}


@pytest.mark.parametrize(
    "lines",
    [
        (),
        ("P<UTO",),
        (TD3[0], TD3[1][:40]),
        (TD1[0], TD1[1]),
        (TD3[0], TD3[1].replace("L", "l")),
        (TD3[0] + "<", TD3[1] + "<"),
    ],
)
def test_what_is_not_a_zone_raises_value_error_and_try_parse_gives_none(lines):
    with pytest.raises(ValueError):
        parse(lines, TODAY)
    assert try_parse(lines, TODAY) is None


def test_formats_by_shape():
    assert detect_format(TD3) == "TD3" and detect_format(MRVA) == "MRVA"
    assert detect_format(TD2) == "TD2" and detect_format(MRVB) == "MRVB"
    assert detect_format(TD1) == "TD1" and detect_format(FRA_CNI) == "FRA_CNI"
    # a valid ICAO TD2 zone issued by France stays TD2
    assert detect_format(mrz.td2(doc_code="ID", **{**PERSON, "issuer": "FRA"})) == "TD2"
    assert set(FORMATS) == {"TD1", "TD2", "TD3", "MRVA", "MRVB", "FRA_CNI"}


def test_centuries_of_dates():
    assert birth_date("740812", TODAY) == date(1974, 8, 12)
    assert birth_date("200101", TODAY) == date(2020, 1, 1)
    assert birth_date("261231", TODAY) == date(1926, 12, 31)  # not born in the future
    assert expiry_date("120415", TODAY) == date(2012, 4, 15)
    assert expiry_date("751231", TODAY) == date(2075, 12, 31)
    assert expiry_date("980104", TODAY) == date(1998, 1, 4)  # a Taiwanese specimen
    assert expiry_date("<<<<<<", TODAY) is None and birth_date("741332", TODAY) is None
    assert expiry_date("990230", TODAY) is None


def test_names():
    assert split_name("ERIKSSON<<ANNA<MARIA<<<<") == ("ERIKSSON", "ANNA MARIA")
    assert split_name("KOWALSKA<KWIATKOWSKA<<JOANNA") == ("KOWALSKA KWIATKOWSKA", "JOANNA")
    assert split_name("SPECIMEN<<<<<<<<") == ("SPECIMEN", "")


# ---------------------------------------------------------------------------------------------
# Fitting and repairing read lines


def test_text_lines_keep_mrz_characters_of_long_lines():
    text = "Passport / Passeport\nP<UTO ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n\nshort\n"
    assert mrz_fix.text_lines(text) == ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"]


def test_a_stray_character_and_a_miscounted_filler_run_are_fitted():
    read = [
        "P<HRVSPECIMEN<<SPECIMEN<<<<<<<<<<<<<<<<<<<<<",
        "10070070071HRV8212258F1407019<<<<<<<<<<<<<06",
    ]
    zone = mrz_fix.best_zone(read, TODAY)
    assert zone.parsed.valid
    assert zone.lines[1] == "0070070071HRV8212258F1407019<<<<<<<<<<<<<<06"


def test_junk_beside_the_zone_is_dropped():
    read = [
        "CP<HUNHANDRA<<ROZALIA<IRMA<<<<<<<<<<<<<<<<<X",
        "BD00020282HUN7802225F2203012<<<<<<<<<<<<<060",
    ]
    zone = mrz_fix.best_zone(read, TODAY)
    assert zone.parsed.valid
    assert zone.lines == [
        "P<HUNHANDRA<<ROZALIA<IRMA<<<<<<<<<<<<<<<<<<<",
        "BD00020282HUN7802225F2203012<<<<<<<<<<<<<<06",
    ]


def test_letters_in_digit_only_places_become_digits():
    read = [TD3[0], TD3[1].replace("7408122", "74O8I22")]
    assert mrz_fix.repair(read, "TD3") == list(TD3)


def test_one_confirmed_swap_is_repaired():
    read = [TD3[0], "L8989O2C36UTO7408122F1204159ZE184226B<<<<<10"]  # 0 read as O
    assert mrz_fix.repair_counted(read, "TD3") == (list(TD3), 1)


def test_no_repair_when_two_swaps_fit_equally():
    # B/8 differ by 3 in check-digit value: LB98... fits by B->8 at place 1 and by 8->B at
    # place 3 alike, so the read stays as it is
    read = [TD3[0], "LB98902C36UTO7408122F1204159ZE184226B<<<<<10"]
    assert mrz_fix.repair(read, "TD3") == read
    # ZE1B4226B: Z->2 and B->8 both make the personal number and the composite valid
    read = [TD3[0], "L898902C36UTO7408122F1204159ZE1B4226B<<<<<10"]
    assert mrz_fix.repair(read, "TD3") == read


def test_g_and_6_are_invisible_to_check_digits_so_never_swapped_on_their_evidence():
    read = [TD3[0], TD3[1].replace("ZE184226B", "ZE18422GB")]
    assert mrz_fix.repair(read, "TD3") == read  # valid as read; nothing to confirm a swap


def test_a_printed_invalid_zone_is_not_repaired_into_something_else():
    austrian = [
        "IDAUT000009993<<<<<<<<<<<<<<<<",
        "7109094F111231AUT<<<<<<<<<<<<0",
        "MUSTERFRAU<<ISOLDE<<<<<<<<<<<<",
    ]
    zone = mrz_fix.best_zone(austrian, TODAY)
    assert zone.lines == austrian and not zone.parsed.valid


def test_digits_in_a_valid_zone_s_names_and_state_become_letters():
    read = ["P<UT0ERIKSS0N<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", TD3[1].replace("UTO", "UT0")]
    zone = mrz_fix.best_zone(read, TODAY)
    assert zone.lines == list(TD3)
    romanian = ["IDROUSAVA<<SUPERMAN<<<<<<<<<<<<<<<<<", "HD198025<51328505095M130509012049941"]
    assert mrz_fix.best_zone(romanian, TODAY).lines == romanian  # 132 is no state: kept


def test_garbage_gives_no_valid_zone():
    assert mrz_fix.best_zone(["HELLO WORLD THIS IS NOT AN MRZ AT ALL"], TODAY) is None
    garbage = ["X" * 44, "1" * 44]
    zone = mrz_fix.best_zone(garbage, TODAY)
    assert zone is None or not zone.parsed or not zone.parsed.valid


# ---------------------------------------------------------------------------------------------
# Verdicts


def _result(lines, rotation=0):
    parsed = parse(lines, TODAY)
    return MrzResult(
        format=parsed.format,
        lines=parsed.lines,
        valid=parsed.valid,
        rotation=rotation,
        found=True,
        parsed=parsed,
    )


def _passport(**kw):
    return mrz.td3(doc_code="P", **{**PERSON, **kw})


def test_a_valid_current_passport_of_the_chosen_country_passes():
    ok = _result(_passport())
    assert mrz_verdict.verdicts(ok, document_type="passport", country="DEU", today=TODAY) == []
    assert mrz_verdict.verdicts(ok, document_type="passport", country="DE", today=TODAY) == []


def test_expired_with_a_grace():
    expired = _result(_passport(expiry="261120"))  # nine days before TODAY
    assert mrz_verdict.verdicts(expired, today=TODAY) == [IssueCode.EXPIRED]
    assert mrz_verdict.verdicts(expired, today=TODAY, grace_days=9) == []
    assert mrz_verdict.verdicts(expired, today=TODAY, grace_days=8) == [IssueCode.EXPIRED]
    assert mrz_verdict.verdicts(_result(_passport(expiry="261129")), today=TODAY) == []


@pytest.mark.parametrize(
    ("lines", "chosen", "wrong"),
    [
        (TD3, "passport", False),
        (TD3, "id_card", True),
        (TD3, "driving_licence", True),
        (TD1, "id_card", False),
        (TD1, "passport", True),
        (TD2, "id_card", False),
        (TD2, "passport", True),
        (MRVA, "passport", True),
        (MRVB, "id_card", True),
        (FRA_CNI, "id_card", False),
        (FRA_CNI, "passport", True),
    ],
)
def test_wrong_document_type(lines, chosen, wrong):
    issues = mrz_verdict.verdicts(_result(lines), document_type=chosen, today=date(2010, 1, 1))
    assert (IssueCode.WRONG_DOCUMENT_TYPE in issues) is wrong


def test_a_permanent_resident_card_counts_as_an_id_card():
    card = mrz.td1(doc_code="C1", **PERSON)
    issues = mrz_verdict.verdicts(_result(card), document_type="id_card", today=TODAY)
    assert issues == []


def test_wrong_country_with_germany_s_d_and_the_specimen_state():
    german = _result(_passport(issuer="D"))
    assert german.parsed.lines[0][2:5] == "D<<"
    assert mrz_verdict.verdicts(german, country="DEU", today=TODAY) == []
    assert mrz_verdict.verdicts(german, country="AUT", today=TODAY) == [IssueCode.WRONG_COUNTRY]
    french = _result(_passport(issuer="FRA"))
    assert mrz_verdict.verdicts(french, country="DEU", today=TODAY) == [IssueCode.WRONG_COUNTRY]
    assert mrz_verdict.verdicts(french, country="FR", today=TODAY) == []
    specimen = _result(_passport(issuer="UTO"))
    assert mrz_verdict.verdicts(specimen, country="NLD", today=TODAY) == []
    kosovo = _result(_passport(issuer="RKS"))
    assert mrz_verdict.verdicts(kosovo, country="XKX", today=TODAY) == []
    misread = _result(_passport(issuer="DFU"))  # no check digit covers the issuer
    assert mrz_verdict.verdicts(misread, country="DEU", today=TODAY) == []


def test_unreadable_and_upside_down():
    nothing = MrzResult()
    assert mrz_verdict.verdicts(nothing, mrz_required=True) == [IssueCode.UNREADABLE_MRZ]
    assert mrz_verdict.verdicts(nothing, mrz_required=False) == []
    invalid = _result(
        (
            "IDAUT000009993<<<<<<<<<<<<<<<<",
            "7109094F111231AUT<<<<<<<<<<<<0",
            "MUSTERFRAU<<ISOLDE<<<<<<<<<<<<",
        )
    )
    assert mrz_verdict.verdicts(invalid, mrz_required=True, document_type="passport") == [
        IssueCode.UNREADABLE_MRZ
    ]
    turned = _result(_passport(), rotation=180)
    assert mrz_verdict.verdicts(turned, today=TODAY) == [IssueCode.UPSIDE_DOWN]


def test_verdicts_are_ordered_and_ranked():
    both = _result(_passport(issuer="FRA", expiry="200101"), rotation=180)
    issues = mrz_verdict.verdicts(both, document_type="id_card", country="DEU", today=TODAY)
    assert issues == [
        IssueCode.UPSIDE_DOWN,
        IssueCode.WRONG_DOCUMENT_TYPE,
        IssueCode.WRONG_COUNTRY,
        IssueCode.EXPIRED,
    ]
    assert {IssueCode.WRONG_COUNTRY, IssueCode.UPSIDE_DOWN} <= set(DOCUMENT_PRIORITY)


def test_json_of_nothing_read_is_null():
    assert MrzResult().as_dict() is None
    out = _result(TD3).as_dict()
    assert set(out) >= {"format", "lines", "valid", "fields", "checks"}
