"""An earlier sighting whose subject stands for the finding named before it, and a pronoun subject after a heading
(issue #8, session 58, lane found58): ``verify/seen_before._antecedent``, ``changes.SUBJECT``.

Why: "a lobulated mass in the lower posterior mediastinum ... **Interval change:** the same bulge was already visible
on the radiograph from a year ago" says the mass is not new, but the sighting piece names no finding of its own
("bulge", "gap", "changes", "region" are no concepts), so no change was read and a chain calling a new mass old
scored as the faithful one (retired blind 52, 54, 57 err-change chains). The subject "the same ...", a pronoun or a
demonstrative says the thing is the one just described: its change is that finding's. And "Change: it is unchanged in
size compared with 3 years ago" is a pronoun subject after a heading, which ``SUBJECT`` did not read past.
"""

import pytest

from medstep.verify import Verdict, verify

_NEW = {
    "mediastinum": "FINDINGS: A 5.5 cm lobulated soft-tissue mass in the lower posterior mediastinum. On the radiograph 1 "
                   "year ago the mediastinal contours were normal, so this mass is new.",
    "kidney": "FINDINGS: New 2.2 cm solid mass arising from the lower pole of the left kidney; the kidney was normal on "
              "the CT from 2021.",
    "breast": "FINDINGS: New irregular mass at 10 o'clock in the left breast, 14 mm. The previous mammogram was normal.",
    "spine": "FINDINGS: There is a new compression fracture of L1 with 30% height loss; L1 was normal on the CT one year "
             "ago.",
    "lung": "FINDINGS: New right lower zone consolidation. The radiograph 3 days ago was clear.",
    "brain": "FINDINGS: A new 12 mm focus of restricted diffusion in the left cerebellar hemisphere, in keeping with an "
             "acute infarct. Not present on the MRI two years ago.",
    "aorta": "FINDINGS: Infrarenal abdominal aortic aneurysm measuring 4 cm; the aorta measured 1.9 cm on the "
             "ultrasound 2 years ago, so the aneurysm is new.",
    "pleura": "FINDINGS: New small left pleural effusion. The radiograph 2 days ago showed clear costophrenic angles.",
    "thyroid": "FINDINGS: A new 2.5 cm solid nodule in the right thyroid lobe; the ultrasound from last year showed a "
               "normal gland.",
}
_OLD = {
    "pleura": "FINDINGS: Small left pleural effusion, unchanged from the radiograph 2 days ago.",
    "mediastinum": "FINDINGS: A 5.5 cm lobulated soft-tissue mass in the lower posterior mediastinum, unchanged from "
                   "the radiograph 1 year ago.",
    "lung": "FINDINGS: Right lower zone consolidation, unchanged since the radiograph 3 days ago.",
}


def _contradicted(chain: str, report: str) -> list[tuple[str, str | None, str]]:
    v = verify(chain, report=report, question="What is the most likely diagnosis?")
    return [(fv.finding.concept, fv.finding.change, fv.rule) for s in v.steps for fv in s.verdicts
            if fv.verdict is Verdict.CONTRADICTED]


# shapes written for this lane: other organs, other layouts (a heading, a list, an opening study, a demonstrative)
_SHAPES = [
    ("mediastinum", "1. **Key abnormality:** a lobulated soft-tissue mass in the lower posterior mediastinum, 5.5 cm.\n"
                    "2. **Interval change:** the same bulge was already visible on the radiograph from a year ago."),
    ("mediastinum", "There is a lobulated posterior mediastinal mass measuring 5.5 cm. Looking back at the radiograph "
                    "from a year ago, the same contour abnormality was already present."),
    ("kidney", "A 2.2 cm solid mass arises from the lower pole of the left kidney. The same area was already visible "
               "on the CT from 2021."),
    ("breast", "An irregular mass at 10 o'clock in the left breast, 14 mm.\n- The same density was already present on "
               "the previous mammogram."),
    ("spine", "There is a compression fracture of L1 with 30% height loss. Reviewing the CT from one year ago, that "
              "deformity was already visible."),
    ("lung", "Right lower zone consolidation.\n\nInterval change: the same shadowing was already visible on the film "
             "from 3 days ago."),
    ("brain", "There is a 12 mm focus of restricted diffusion in the left cerebellar hemisphere, an acute infarct. The "
              "same signal change was already seen on the MRI two years ago."),
    ("aorta", "There is a 4 cm abdominal aortic aneurysm. Compared with the ultrasound from 2 years ago, that "
              "dilatation was already present."),
    ("pleura", "Small left pleural effusion. Reviewing the radiograph 2 days ago, it was already visible."),
    ("thyroid", "A 2.5 cm solid nodule in the right thyroid lobe. Looking at the ultrasound from last year, the same "
                "focus was already present."),
]


@pytest.mark.parametrize(("organ", "chain"), _SHAPES)
def test_anaphoric_sighting_of_a_new_finding_is_contradicted(organ: str, chain: str) -> None:
    got = _contradicted(chain, _NEW[organ])
    assert any(change == "not new" and rule == "change-conflict" for _c, change, rule in got), got


# near misses: a report that saw the finding before, a denied or hedged sighting, "a similar" one (maybe another),
# the study of now, and a sighting with no earlier study
_KEPT = [
    ("mediastinum", "There is a lobulated posterior mediastinal mass measuring 5.5 cm. The same bulge was already "
                    "visible on the radiograph from a year ago.", _OLD),
    ("lung", "Right lower zone consolidation.\n\nInterval change: the same shadowing was already visible on the film "
             "from 3 days ago.", _OLD),
    ("kidney", "A 2.2 cm solid mass arises from the lower pole of the left kidney. The same area was not visible on the "
               "CT from 2021.", _NEW),
    ("kidney", "A 2.2 cm solid mass arises from the lower pole of the left kidney. The same area may have been visible "
               "on the CT from 2021.", _NEW),
    ("kidney", "A 2.2 cm solid mass arises from the lower pole of the left kidney. A similar area was already visible "
               "in the right kidney on the CT from 2021.", _NEW),
    ("lung", "Right lower zone consolidation. The same shadowing is already visible on this radiograph.", _NEW),
    ("pleura", "Small left pleural effusion. The same blunting was already visible on the radiograph 2 days ago.", _OLD),
    ("pleura", "Small left pleural effusion. Some of this may already have been present on the radiograph 2 days ago.",
     _NEW),
    ("lung", "Right lower zone consolidation. The same shadowing is visible on the lateral view.", _NEW),
]


@pytest.mark.parametrize(("organ", "chain", "reports"), _KEPT)
def test_sighting_near_misses_are_not_contradicted(organ: str, chain: str, reports: dict[str, str]) -> None:
    got = _contradicted(chain, reports[organ])
    assert not any(change == "not new" for _c, change, _r in got), got


_GROWN = "FINDINGS: Subcarinal cyst measuring 4.8 x 4.2 cm, previously 4.2 x 3.8 cm, a slight increase in size."


_ADRENAL = "FINDINGS: Left adrenal nodule measuring 22 mm, enlarged from 14 mm on the CT 12 months ago."


@pytest.mark.parametrize(("chain", "report"), [
    ("A solitary subcarinal fluid-density lesion is a bronchogenic cyst.\n\nChange: it is unchanged in size compared "
     "with 3 years ago.", _GROWN),
    ("A solitary subcarinal bronchogenic cyst, not a lymph node.\n**Interval change:** it has not changed since the CT 3 "
     "years ago, which favours a benign lesion.", _GROWN),
    ("Left adrenal nodule, 22 mm; a metastasis would usually be multiple.\nInterval: it is stable compared with the CT "
     "12 months ago, which favours an adenoma.", _ADRENAL),
    ("Left adrenal nodule, 22 mm.\nInterval: it is stable compared with the CT 12 months ago.", _ADRENAL),
    ("1. A 22 mm nodule in the left adrenal gland.\n2. Trend - it is unchanged from the CT 12 months ago.", _ADRENAL),
])
def test_pronoun_after_a_heading_carries_the_change(chain: str, report: str) -> None:
    # the change is the finding's, not a sentence aligned with the report's ("unnamed_finding"): in a long chain no
    # report sentence may align, and then nothing was contradicted (retired blind 38)
    got = _contradicted(chain, report)
    assert any(change == "stable" and rule == "change-conflict" and concept != "unnamed_finding"
               for concept, change, rule in got), got


@pytest.mark.parametrize("chain", [
    "A solitary subcarinal bronchogenic cyst.\n\nChange: it has enlarged slightly since 3 years ago.",
    "A solitary subcarinal bronchogenic cyst.\n\nChange: it has grown from 4.2 to 4.8 cm.",
])
def test_pronoun_after_a_heading_agreeing_is_kept(chain: str) -> None:
    assert _contradicted(chain, _GROWN) == []


# review of lane found58: the antecedent is the finding just named even when it is gone or denied, a subject naming a
# finding said before is that finding's own sighting, what stands before the subject must open the earlier study (no
# topic, clause or time of the reasoning), a conditional sighting is none, and a pronoun over several findings is
# contradicted only when no reading agrees
_MIXED = {
    "resolved": "FINDINGS: The left pleural effusion seen on the prior radiograph has resolved. New right lower lobe "
                "consolidation.",
    "cons_old": "FINDINGS: Right lower lobe consolidation, unchanged from the prior radiograph. New small left pleural "
                "effusion.",
    "nod_old": "FINDINGS: New small left pleural effusion. The 8 mm right upper lobe nodule is unchanged from the CT of "
               "2021.",
}


@pytest.mark.parametrize(("report", "chain"), [
    ("resolved", "There is new right lower lobe consolidation. The left pleural effusion has resolved; it was present "
                 "on the prior radiograph."),
    ("resolved", "Right lower lobe consolidation is new. No pleural effusion now; this was present on the prior "
                 "radiograph."),
    ("cons_old", "Right lower lobe consolidation with a new small left pleural effusion. That consolidation was "
                 "already present on the prior radiograph."),
    ("nod_old", "The effusion on the left is new. With regard to the nodule in the right upper lobe, this was already "
                "seen on the CT of 2021."),
    ("nod_old", "Small left pleural effusion. At first it seemed it was already present on the prior radiograph, but "
                "on closer review it was not."),
    ("nod_old", "Small left pleural effusion. If it was already present on the prior radiograph, it would be chronic."),
    ("nod_old", "New small left pleural effusion; 8 mm right upper lobe nodule.\nComparison: it is unchanged from the "
                "CT of 2021."),
])
def test_review_near_misses_are_kept(report: str, chain: str) -> None:
    assert _contradicted(chain, _MIXED[report]) == []
