"""A distractor weighed by what it would show claims nothing (issue #8, lane reject46, ``verify/option_heads.py``).

Why: faithful chains reject a distractor by naming what that option would show: its name as the subject of a verb
or modal of expectation ("D - emphysema gives hyperinflation and flat diaphragms, not this picture", "C, heart
failure, classically shows cardiomegaly"), a heading introducing that verb ("C (sarcoidosis): expects hilar nodes"),
or a heading whose line ends in a bare verdict ("- Myeloma: lytic, punched-out lesions - absent"). The name and the
expected findings were read present and contradicted by the option evidence or the report. Near misses keep their
claims: a definite subject ("The heart would ..."), an expectation said present ("... should be present"), a line
whose last piece names a finding, a negated observation inside the line, and the chosen option's own name.
"""

import pytest

from medstep.verify import verify
from medstep.verify.verdicts import Verdict

REPORT = ("Frontal chest radiograph. Large right pleural effusion with a meniscus and mild shift of the mediastinum to "
          "the left. No pneumothorax. Heart size is normal. No Kerley B lines or upper lobe diversion. The left lung "
          "is clear. The diaphragms are not flattened and the lungs are not hyperinflated.")
OPTIONS = {"A": "Right pleural effusion", "B": "Right pneumothorax", "C": "Congestive heart failure",
           "D": "Emphysema"}
OPENING = "- There is a large right pleural effusion with a meniscus.\n"


def _contradicted(line: str, chosen: str = "A") -> int:
    """Contradicted claims in the step holding ``line``."""
    v = verify(OPENING + "- " + line + f"\n- Answer: {chosen}", report=REPORT, options=OPTIONS, chosen=chosen,
               gold="A", option_evidence=True)
    return sum(1 for s in v.steps if line[:30] in s.text for fv in s.verdicts
               if fv.verdict is Verdict.CONTRADICTED and fv.consistent is False)


@pytest.mark.parametrize(
    "line",
    [
        "D - emphysema gives hyperinflation and flat diaphragms, not this picture.",
        "C, heart failure, classically shows cardiomegaly and upper lobe diversion; neither is seen.",
        "C (heart failure): expects cardiomegaly and septal lines; the heart is normal in size.",
        "Emphysema (D) tends to flatten the diaphragms and overinflate the lungs.",
        "Emphysema: hyperinflated lungs and flattened diaphragms - absent.",
        "Pneumothorax: a sharp pleural edge with no lung markings beyond it - not seen.",
    ],
)
def test_a_distractor_weighed_by_what_it_would_show_claims_nothing(line: str) -> None:
    assert _contradicted(line) == 0


@pytest.mark.parametrize(
    "line",
    [
        "The lungs are hyperinflated, as emphysema gives.",  # an observation, the option named after it
        "Emphysema gives hyperinflation, which is present here.",  # the expectation said present
        "Heart failure should be present given the effusion.",  # ("should be present": said present)
        "Emphysema: hyperinflated lungs - absent; there is a left pneumothorax.",  # a finding after the verdict
        "B (pneumothorax) would show a pleural line; there is no effusion here either.",  # a denial still read
        "Emphysema gives flat diaphragms, but here the heart is enlarged.",  # a turn to this image
    ],
)
def test_an_observation_beside_an_expectation_stays_checked(line: str) -> None:
    assert _contradicted(line) >= 1


def test_the_chosen_option_named_as_subject_still_claims() -> None:
    """A wrong answer's own option keeps its claim, however it is phrased (err-distractor chains choose it)."""
    assert _contradicted("Emphysema gives the hyperinflation and flat diaphragms.", chosen="D") >= 1


def test_a_heading_by_the_initials_of_its_option_names_it() -> None:
    """"RML collapse:" abbreviates "Right middle lobe collapse" (``expectations.initials``): a reasoning heading."""
    from medstep.verify.expectations import initials

    assert "rml" in initials(["right", "middle", "lobe", "collapse"])
    assert "rm" not in initials(["right", "middle", "lobe", "collapse"])  # no run of two
    options = {"A": "Right pleural effusion", "B": "Right middle lobe collapse", "C": "Congestive heart failure",
               "D": "Emphysema"}
    v = verify(OPENING + "- RML collapse: the horizontal fissure is in a normal position.\n- Answer: A",
               report=REPORT + " No lobar collapse.", options=options, chosen="A", gold="A", option_evidence=True)
    assert not [fv for s in v.steps for fv in s.verdicts if fv.finding.concept == "atelectasis"
                and fv.finding.polarity.value == "present"]


def test_a_finding_heading_turned_down_by_a_bare_verdict_claims_nothing() -> None:
    """A heading naming a disease in other words than its option's, its line ending "- absent", weighs it."""
    assert _contradicted("- Left-sided pneumothorax: a pleural edge with no markings beyond - absent.") == 0
    assert _contradicted("- Left-sided pneumothorax: a pleural edge at the apex - small.") >= 1  # no verdict


@pytest.mark.parametrize("dash", ["\u2014", "\u2013", "-"])
def test_a_verdict_after_a_dash_denies_what_it_names(dash: str) -> None:
    """"no hilar mass — against a central tumour" (``edge_verdicts.at_edge``): the tumour argued against, not seen."""
    v = verify(OPENING + f"- No hilar mass {dash} against a central obstructing tumour.\n- Answer: A",
               report=REPORT + " No hilar or central mass.", options=OPTIONS, chosen="A", gold="A",
               option_evidence=True)
    tumour = [fv for s in v.steps for fv in s.verdicts if fv.finding.concept == "tumor"]
    assert tumour and all(fv.finding.polarity.value == "absent" for fv in tumour)


def test_an_en_or_em_dash_opens_a_clause_before_a_verdict() -> None:
    from medstep.verify.edge_verdicts import at_edge

    # (a hyphen never reaches at_edge: the scanner's lower text has made it a space)
    assert at_edge(" x \u2014 against", 5) and at_edge(" x \u2013 against", 5)
    assert not at_edge(" x-against", 3)
    assert not at_edge(" lies flat against", 11)


@pytest.mark.parametrize(
    "line",
    [
        "Heart failure causes cardiomegaly here.",  # "here" inside the clause points at this image (review)
        "Emphysema gives the hyperinflated lungs we see.",  # "we see": this image
        "Heart failure should be favoured since the heart is enlarged.",  # a reason turns to this image
        "Emphysema would be my answer: the lungs are hyperinflated.",  # a colon after a choice, not after "show"
        "- Emphysema: hyperinflated lungs, flat domes - not unlikely.",  # a denied doubt affirms
        "- Emphysema (D): hyperinflated lungs at both bases, pneumothorax - absent.",  # the verdict is the last one's
    ],
)
def test_review_an_observation_beside_an_option_stays_checked(line: str) -> None:
    """Review of reject46: these assert what this image shows beside an option's name or heading."""
    assert _contradicted(line) >= 1


@pytest.mark.parametrize(
    "line",
    [
        "Emphysema would show: flat diaphragms and hyperinflated lungs.",  # a colon after a verb of showing
        "Emphysema gives hyperinflation, here the diaphragms are normal.",  # "here" opening a clause: a turn
        "- Emphysema: hyperinflated lungs at both bases, flat domes - neither present.",  # a collective verdict
    ],
)
def test_review_an_expectation_still_claims_nothing(line: str) -> None:
    assert _contradicted(line) == 0
