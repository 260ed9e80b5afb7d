"""Alert settings: the programme's own win over the user's preferences, a block's over both."""

from __future__ import annotations

from facilitator.core.agenda_check import agenda_from_json, agenda_from_mapping


def make(**extra):
    return agenda_from_mapping({"title": "T", "blocks": [
        {"title": "A", "minutes": 30}, {"title": "B", "minutes": 30, "warn_before": [2]}],
        **extra})


def test_preferences_fill_in_what_the_programme_leaves_open():
    agenda = make().with_preferred_alerts([10, 3], 7)
    assert agenda.warn_before_for(0) == (10, 3)
    assert agenda.alerts.overrun_every == 7
    assert agenda.warn_before_for(1) == (2,)  # the block's own wins


def test_the_programmes_alerts_win_over_preferences():
    agenda = make(alerts={"warn_before": [4]}).with_preferred_alerts([10, 3], 7)
    assert agenda.warn_before_for(0) == (4,)
    assert agenda.alerts.overrun_every == 7  # not given by the programme


def test_preferences_survive_the_journal_round_trip():
    agenda = make().with_preferred_alerts([10, 3], 7)
    rebuilt = agenda_from_json(agenda.to_json(), agenda.timing_json())
    assert rebuilt.warn_before_for(0) == (10, 3)
    assert rebuilt.alerts.overrun_every == 7
