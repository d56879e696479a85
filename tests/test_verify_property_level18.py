"""A change word before a property noun is that property's level, not a change since an earlier study (lead,
session 18): a report calling the whole film unchanged must not contradict a faithful chain's "increased
vascularity" as a worsening of its diagnosis. Sentences of our own."""

from medstep.verify import verify

_UNCHANGED = ("Chest radiograph of a cyanotic infant compared with an earlier film. The apex is uplifted, giving a "
              "boot-shaped heart. The lungs are oligaemic. The appearances are unchanged from the prior radiograph.")
_WORSE = "Chest radiograph. Right lower lobe consolidation, increased since the prior film."


def _verdicts(chain: str, report: str) -> list[str]:
    return [s.verdict.value for s in verify(chain, report=report).steps]


def test_increased_vascularity_of_an_alternative_is_no_change_of_the_diagnosis():
    chain = "These features indicate tetralogy of Fallot rather than truncus arteriosus, which causes increased vascularity."
    assert _verdicts(chain, _UNCHANGED) == ["supported"]
    assert _verdicts("Tetralogy of Fallot with decreased flow to the lungs.", _UNCHANGED) != ["contradicted"]


def test_a_change_said_as_a_change_still_conflicts():
    assert _verdicts("Tetralogy of Fallot, which has worsened since the prior radiograph.", _UNCHANGED) == \
        ["contradicted"]
    assert _verdicts("Right lower lobe consolidation, improved since the prior film.", _WORSE) == ["contradicted"]


def test_a_property_level_with_an_earlier_time_is_a_change():
    assert _verdicts("Right lower lobe consolidation with increased density since the prior film.", _WORSE) == \
        ["supported"]
    assert _verdicts("Right lower lobe consolidation with decreased density since the prior film.", _WORSE) == \
        ["contradicted"]
