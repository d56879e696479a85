"""A polarity flipped against the report on a thing no concept names (vneg23, issue #8): the chain denies what a report
sentence states ("no flow in the bowel wall" against "preserved flow in the bowel wall"), or states what the report
denies with "does not" + a verb. Reports and chains here are written for this test."""

from __future__ import annotations

import pytest

from medstep.verify import verify

_OPTIONS = {"A": "first", "B": "second"}
_LIVER = ("CT abdomen with contrast. A 3 cm lesion in segment 6 of the liver shows arterial hyperenhancement and washout "
          "on the portal venous phase. The portal vein is patent. There is no ascites. The spleen is of normal size.")
_BRAIN = ("MRI brain. A 2 cm ring-enhancing lesion in the right frontal lobe with surrounding vasogenic oedema. The "
          "lesion restricts diffusion centrally. There is no midline shift. The ventricles are normal in size. The lesion "
          "does not cross the corpus callosum.")
_GUT = ("Abdominal ultrasound. A target-shaped mass lies in the right upper quadrant. Colour Doppler shows preserved flow "
        "in the bowel wall. There is no free fluid in the pelvis.")

_RIBS = ("Chest radiograph. A rounded paravertebral mass is seen on the left. There is smooth erosion of the posterior "
         "fifth rib with widening of the intercostal space. No pleural effusion.")
_LINE = ("Chest radiograph. A thin curved line runs from the right apex to the hilum. Lung markings are present on both "
         "sides of the line. No pneumothorax.")


def flips(report: str, chain: str) -> list[str]:
    v = verify(chain, report=report, options=_OPTIONS, chosen="A")
    return [fv.rule for st in v.steps for fv in st.verdicts if fv.rule and fv.rule.startswith("aligned-polarity")]


@pytest.mark.parametrize(("report", "chain"), [
    (_LIVER, "There is a segment 6 liver lesion. It shows no arterial hyperenhancement and washes out. Answer A."),
    (_LIVER, "A 3 cm segment 6 lesion without washout on the portal venous phase. A."),
    (_BRAIN, "A right frontal ring-enhancing lesion with vasogenic oedema that does not restrict diffusion. A."),
    (_GUT, "A target-shaped mass in the right upper quadrant. Colour Doppler shows no flow in the bowel wall. A."),
    (_RIBS, "A paravertebral mass. The ribs are normal, with no erosion and no widening of the intercostal space. A."),
    (_LINE, "A thin line runs from the apex to the hilum. Lung markings are absent lateral to the line. No pneumothorax. "
            "A."),
])
def test_a_chain_denying_what_the_report_states_is_contradicted(report: str, chain: str) -> None:
    assert flips(report, chain) == ["aligned-polarity-flip"]


def test_a_chain_stating_what_the_report_denies_with_a_verb_is_contradicted() -> None:
    assert flips(_BRAIN, "Right frontal ring-enhancing lesion. The lesion crosses the corpus callosum. A.") == [
        "aligned-polarity-conflict"]


@pytest.mark.parametrize(("report", "chain"), [
    (_LIVER, "A 3 cm segment 6 lesion with arterial hyperenhancement and washout. The portal vein is patent and there is "
             "no ascites. A."),
    (_LIVER, "Segment 6 lesion, arterial hyperenhancement, washout. No portal vein thrombosis. Normal spleen. A."),
    (_BRAIN, "Right frontal ring-enhancing lesion with central restricted diffusion and vasogenic oedema. No midline shift. "
             "It does not cross the corpus callosum. A."),
    (_GUT, "A target-shaped right upper quadrant mass with preserved flow in the bowel wall and no free pelvic fluid. A."),
    # a denial of a grade or an abnormal state beside a normal statement ("of normal size"): no flip
    (_LIVER, "A segment 6 lesion with hyperenhancement and washout. There is no enlarged spleen. A."),
    (_RIBS, "A left paravertebral mass eroding the fifth rib and widening the intercostal space. No effusion. A."),
    (_LINE, "A thin line runs from the apex to the hilum with lung markings on both sides of it. No pneumothorax. A."),
    (_LINE, "A thin line runs from the apex to the hilum. No pneumothorax is present on either side of the line. A."),
])
def test_a_faithful_chain_is_not_flagged(report: str, chain: str) -> None:
    assert flips(report, chain) == []


_PLAIN = ("Chest radiograph. The lungs are clear. No pleural effusion. Heart size normal. The bones are intact. The "
          "costophrenic angles are sharp on the right and blunted on the left.")
_QUALIFIED = "Chest radiograph. The lungs are clear apart from a small right basal consolidation. The heart is normal."


@pytest.mark.parametrize(("report", "chain", "rules"), [
    (_PLAIN, "No effusion. The bones are not intact. A.", ["aligned-polarity-flip"]),  # read nothing before
    (_PLAIN, "No effusion. The heart is not normal in size. A.", ["aligned-polarity-flip"]),
    (_QUALIFIED, "Right basal consolidation. The heart is not normal. A.", ["aligned-polarity-flip"]),
    # the report's statement has an abnormal word, a side or a qualification: no flip
    (_PLAIN, "No effusion. The costophrenic angles are not sharp. A.", []),
    (_PLAIN, "No effusion. The left lung is not clear. A.", []),
    (_QUALIFIED, "A right basal consolidation, so the lungs are not clear. A.", []),
    (_PLAIN, "No effusion. The bones are intact and the heart is normal. A.", []),
])
def test_a_normal_statement_denied_against_the_same_statement(report: str, chain: str, rules: list) -> None:
    assert flips(report, chain) == rules


_OVARY = ("MRI pelvis. A cystic lesion of the left ovary. A 1.5 cm nodule along the posterior wall, which does not "
          "enhance. No free fluid.")


@pytest.mark.parametrize(("chain", "rules"), [
    # a lone denied verb is said of the noun before it ("the nodule, which does not enhance"): none read before
    ("A left ovarian cyst with a posterior wall nodule that enhances avidly. No free fluid. A.",
     ["aligned-polarity-conflict"]),
    ("A left ovarian cyst; the posterior wall nodule enhances after gadolinium. No free fluid. A.",
     ["aligned-polarity-conflict"]),
    # the chain denies it too, by a prefix, a verb of failing or lacking, or "not"
    ("A left ovarian cyst with a non-enhancing nodule on the posterior wall. No free fluid. A.", []),
    ("A left ovarian cyst; the posterior wall nodule fails to enhance. No free fluid. A.", []),
    ("A left ovarian cyst; the posterior wall nodule lacks enhancement. No free fluid. A.", []),
    ("A left ovarian cyst with a nodule on the posterior wall; the nodule does not enhance. No free fluid. A.", []),
])
def test_a_lone_denied_verb_of_the_noun_before_it(chain: str, rules: list) -> None:
    assert flips(_OVARY, chain) == rules
