"""The MRZ mended by look-alike digits only when every check digit then holds, one way only."""
from __future__ import annotations

from datetime import date

from desk_app.domain.id_number import provinces
from desk_app.idcard.mrz import build_td1
from desk_app.idcard.mrz_solve import solve_td1

KNOWN = set(provinces())
LINE1, LINE2, LINE3 = build_td1("048160218347", date(1960, 3, 15), "female", None,
                                "NGUYEN MINH PHUONG")


def test_a_clean_reading_needs_nothing() -> None:
    solved = solve_td1([LINE1, LINE2, LINE3], KNOWN)
    assert solved is not None
    assert (solved.number, solved.birth_yymmdd, solved.cost) == ("048160218347", "600315", 0)


def test_glare_on_the_number_is_mended_by_its_checks() -> None:
    # 0 read as 6 in the province code, 0 as 9 in the second copy of the document number
    glared = LINE1.replace("0048160218", "0648169218")
    solved = solve_td1([glared, LINE2], KNOWN)
    assert solved is not None
    assert solved.number == "048160218347"
    assert solved.cost == 2


def test_birth_date_misread_is_mended_with_the_number() -> None:
    line1, line2, _ = build_td1("001203004567", date(2003, 7, 9), "male", date(2028, 7, 9), "A B")
    solved = solve_td1([line1.replace("4567", "4561", 1), line2.replace("0307", "0807")], KNOWN)
    assert solved is not None
    assert (solved.number, solved.birth_yymmdd) == ("001203004567", "030709")


def test_no_composite_digit_no_mending() -> None:
    assert solve_td1([LINE1.replace("0048160218", "0648169218"), LINE2[:-1]], KNOWN) is None


def test_a_digit_with_no_look_alike_is_not_guessed() -> None:
    # 4 has no look-alike: with both copies read 4, no reading passes every check
    assert solve_td1([LINE1.replace("218347", "218344"), LINE2], KNOWN) is None


def test_the_other_copy_of_the_document_number_decides() -> None:
    solved = solve_td1([LINE1.replace("218347", "218344", 1), LINE2], KNOWN)
    assert solved is not None
    assert solved.number == "048160218347"


def test_readings_voted_by_their_check_digits() -> None:
    # six real readings of one glared 2024 back: 0 read as 9 or 6 in the province code and in
    # the birth date, a different slip in each; no reading passes its checks alone
    from desk_app.idcard.mrz_vote import vote_td1

    readings = [["CT1DVNM1513749231961151374923<<<", "5198993F<<<<<<<VWNM<<<<<<<<<<<6"],
                ["TDVNM1513749231901151374923<<<", "II 5198093FP<<<<<<<VNM<<<<<<<<<<<6"],
                ["TDVNM15137492310091151374923<<<", "S108993F<<<<<<<VNM<<<<<<<<<<<6"],
                ["8 TDVNM1513749231961151374923<<<", "5198993F<<<<<<<VNM<<<<<<<<<<<6"],
                ["CTY1DVNWM1513749231061151374923<<<", "I A 5198993F<<<<<<<VNM<<<<<<<<<<<6"],
                ["CY1DVNM15137492310961151374923<<<", "5108993F<<<<<<<VNW<<<<<<<<<<<6"]]
    voted = vote_td1(readings, KNOWN)
    assert voted is not None
    assert (voted.number, voted.birth_yymmdd) == ("001151374923", "510809")
    assert not voted.sure  # a digit no reading gave was needed: shown in doubt
    # every reading alike and clean: sure
    clean = [[LINE1, LINE2, LINE3]] * 2
    voted = vote_td1(clean, KNOWN)
    assert voted is not None and voted.sure and voted.number == "048160218347"
    # readings too far apart for the checks to tell: nothing
    assert vote_td1([[LINE1.replace("0048160218", "0648769218"), LINE2.replace("600315", "690815")]] * 2,
                    KNOWN) is None
