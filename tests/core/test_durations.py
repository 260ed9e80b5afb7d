"""Reading lengths and clock times as facilitators write them."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.core.durations import (
    DurationError,
    format_clock,
    format_minutes,
    parse_clock,
    parse_duration,
)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        (65, 65.0),
        (7.5, 7.5),
        ("65", 65.0),
        ("7,5", 7.5),
        ("65 min", 65.0),
        ("65 min.", 65.0),
        ("65min", 65.0),
        ("10 minutter", 10.0),
        ("10 minuter", 10.0),
        ("10 minutes", 10.0),
        ("1h 5m", 65.0),
        ("1 time 20 min", 80.0),
        ("1 time og 20 min.", 80.0),
        ("2 timer og 30 min.", 150.0),
        ("1½ time", 90.0),
        ("½ time", 30.0),
        ("1 1/2 time", 90.0),
        ("3/4 h", 45.0),
        ("1,5 timer", 90.0),
        ("2 hours, 15 minutes", 135.0),
        ("1:05", 65.0),
        ("  15  ", 15.0),
        ("1 T 5 M", 65.0),
    ],
)
def test_parse_duration_reads_the_usual_ways_of_writing_a_length(
    text: object, minutes: float
) -> None:
    assert parse_duration(text) == pytest.approx(minutes)


def test_a_negative_number_is_read_and_left_to_the_caller_to_refuse() -> None:
    # The loader reports "must be a positive number, got -5" with the
    # original value, so the parser must not hide the sign.
    assert parse_duration(-5) == -5.0
    assert parse_duration("-5") == -5.0


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "empty length"),
        ("   ", "empty length"),
        ("lang", "cannot read 'lang' as a length (try \"65 min\" or \"1h 5m\")"),
        ("5 kvarter", "cannot read '5 kvarter' as a length (try \"65 min\" or \"1h 5m\")"),
        ("5 min ekstra", "cannot read '5 min ekstra' as a length (try \"65 min\" or \"1h 5m\")"),
        ("ca. 5 min", "cannot read 'ca. 5 min' as a length"),
        ("1:75", "cannot read '1:75' as hours:minutes"),
        ("inf", "cannot read 'inf' as a length (try \"65 min\" or \"1h 5m\")"),
        ("nan", "cannot read 'nan' as a length (try \"65 min\" or \"1h 5m\")"),
        ("1_000", "cannot read '1_000' as a length (try \"65 min\" or \"1h 5m\")"),
        ("1/0 h", "cannot read '1/0 h' as a length"),
        ("1" * 400 + "/1 min", f"cannot read '{'1' * 400}/1 min' as a length"),
        (True, "expected a length, got True"),
        (None, "expected a length, got NoneType"),
        ([5], "expected a length, got list"),
        (float("nan"), "expected a length, got nan"),
        (float("inf"), "expected a length, got inf"),
        (10**400, "expected a length, got a number too large"),
    ],
)
def test_parse_duration_refuses_what_is_not_a_length(value: object, message: str) -> None:
    with pytest.raises(DurationError) as caught:
        parse_duration(value)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("09:15", 555), ("9:15", 555), ("9.15", 555), ("kl. 9.15", 555), ("Kl 17:00", 1020),
     ("00:00", 0), ("23:59", 1439)],
)
def test_parse_clock_reads_danish_and_iso_clock_times(text: str, minutes: int) -> None:
    assert parse_clock(text) == minutes


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("25:00", "no such clock time: '25:00'"),
        ("12:60", "no such clock time: '12:60'"),
        ("noon", "expected a clock time like \"09:15\", got 'noon'"),
        ("9", "expected a clock time like \"09:15\", got '9'"),
        (555, "expected a clock time like \"09:15\", got 555"),
        (None, "expected a clock time like \"09:15\", got None"),
        (True, "expected a clock time like \"09:15\", got True"),
    ],
)
def test_parse_clock_refuses_what_is_not_a_clock_time(value: object, message: str) -> None:
    with pytest.raises(DurationError) as caught:
        parse_clock(value)
    assert str(caught.value) == message


def test_format_clock_pads_and_wraps_past_midnight() -> None:
    assert format_clock(555) == "09:15"
    assert format_clock(24 * 60 + 30) == "00:30"
    assert format_clock(554.6) == "09:15"


def test_format_minutes_gives_ints_when_whole_and_two_decimals_otherwise() -> None:
    assert format_minutes(65.0) == 65 and isinstance(format_minutes(65.0), int)
    assert format_minutes(1 / 3) == 0.33
    assert format_minutes(2.999) == 3
    assert math.isinf(format_minutes(float("inf")))
    assert math.isnan(format_minutes(float("nan")))


@settings(max_examples=300, deadline=None)
@given(st.one_of(
    st.text(),
    st.text(alphabet="0123456789 .,:/½¼-+hmtinuerog", max_size=20),
))
def test_parse_duration_gives_a_finite_number_or_a_duration_error(text: str) -> None:
    try:
        minutes = parse_duration(text)
    except DurationError:
        return
    assert math.isfinite(minutes)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789:. klKL", max_size=10))
def test_parse_clock_gives_a_time_of_day_or_a_duration_error(text: str) -> None:
    try:
        minutes = parse_clock(text)
    except DurationError:
        return
    assert 0 <= minutes < 24 * 60
