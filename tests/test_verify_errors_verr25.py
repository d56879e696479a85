"""One-error chains the verifier read but did not compare (issue #8, verr25).

Why: a chain that states exactly one clinical error scores like a faithful one when the erroneous claim is read and
compared with nothing. Session 25's development sets showed three such classes: a device's kind within its concept
(a single- for a dual-chamber pacemaker, a metal for a plastic stent), a device position no family covered (a bladder
catheter's balloon in the urethra, a venous line placed in an artery), and a side written on the first item of a
subject list whose finding comes in the clause after it ("The right common femoral vein, femoral vein and popliteal
vein are distended, filled with thrombus"). Sentences are our own, in other organs than the development items.
"""

import pytest

from medstep.verify import Verdict, verify


def _rules(chain: str, report: str) -> set[str]:
    """The rules of the chain's contradicted claims."""
    return {v.rule for s in verify(chain, report=report).steps for v in s.verdicts
            if v.verdict is Verdict.CONTRADICTED}


# ---- a device's kind ----
_PACER = "Chest radiograph. A right-sided single-chamber pacemaker with one lead at the right ventricular apex."
_STENT = "Contrast swallow. A covered metal stent spans the mid oesophageal stricture, with free passage of contrast."


@pytest.mark.parametrize("report,wrong", [
    (_PACER, "A right-sided dual-chamber pacemaker is in place."),
    (_PACER, "A biventricular pacemaker lies on the right chest wall."),
    (_STENT, "A plastic stent spans the oesophageal stricture."),
    ("ERCP film. A plastic biliary stent drains the common bile duct.", "A self-expanding metallic stent lies in the bile duct."),
])
def test_a_device_of_another_kind_than_the_report_gives_is_contradicted(report: str, wrong: str) -> None:
    assert "descriptor-conflict" in _rules(wrong, report)


@pytest.mark.parametrize("report,faithful", [
    (_PACER, "A single-chamber pacemaker lies on the right, its lead in the right ventricle."),
    (_PACER, "A pacemaker is present and the heart shows biventricular enlargement."),  # no kind of the pacemaker
    (_STENT, "A metallic oesophageal stent crosses the stricture."),
    ("ERCP film. A plastic biliary stent drains the common bile duct.",
     "A plastic biliary stent is in place and metal clips lie in the gallbladder fossa."),  # the clips are metal
])
def test_the_same_kind_or_a_kind_word_of_something_else_is_no_conflict(report: str, faithful: str) -> None:
    assert "descriptor-conflict" not in _rules(faithful, report)


# ---- where a bladder catheter or a venous line lies ----
_FOLEY = "Pelvic CT. A Foley catheter is in place with its balloon inflated in the bladder. The prostate is enlarged."
_NECK = ("Neck ultrasound after insertion of a right internal jugular central line. The line lies in the right internal "
         "jugular vein, lateral to the common carotid artery.")


@pytest.mark.parametrize("report,wrong", [
    (_FOLEY, "The Foley catheter balloon sits in the prostatic urethra."),
    (_FOLEY, "A urinary catheter is present. Its balloon lies in the urethra."),
    (_NECK, "The right internal jugular line has been placed in the right common carotid artery."),
])
def test_a_device_placed_where_its_family_does_not_lie_is_contradicted(report: str, wrong: str) -> None:
    assert "position-conflict" in _rules(wrong, report)


@pytest.mark.parametrize("report,faithful", [
    (_FOLEY, "A urinary catheter is present with its balloon in the bladder."),
    (_NECK, "The right internal jugular line lies in the right internal jugular vein."),
    (_NECK, "The line lies in the vein just lateral to the common carotid artery."),  # the artery is a landmark
])
def test_the_report_position_or_a_landmark_is_no_conflict(report: str, faithful: str) -> None:
    assert "position-conflict" not in _rules(faithful, report)


# ---- a side on the first item of a listed subject ----
_LEG = ("Arterial duplex of both legs. The left superficial femoral artery, the popliteal artery and the tibial arteries "
        "are occluded and filled with thrombus. The right superficial femoral artery is normal.")


def test_a_side_on_a_listed_subject_is_compared_with_what_the_next_clause_says_of_it() -> None:
    wrong = "The right superficial femoral artery, popliteal artery and tibial arteries are occluded, filled with thrombus."
    assert "aligned-side-conflict" in _rules(wrong, _LEG)


@pytest.mark.parametrize("faithful", [
    "The left superficial femoral artery, popliteal artery and tibial arteries are occluded, filled with thrombus.",
    "The right superficial femoral artery, by contrast, is normal.",  # a verb-less subject followed by no finding
])
def test_the_report_side_or_a_normal_one_is_no_side_conflict(faithful: str) -> None:
    assert "aligned-side-conflict" not in _rules(faithful, _LEG)


# ---- a size an earlier study showed is no size of now ----
_GROWN = ("CT of the chest. Compared with a CT from two years ago, which showed a 1.5 cm nodule in the right upper lobe, "
          "the nodule has grown and now measures 3.2 cm.")


def test_the_earlier_size_in_a_which_clause_with_a_decimal_supports_no_size_of_now() -> None:
    assert "size-conflict" in _rules("A 1.4 cm nodule lies in the right upper lobe.", _GROWN)
    assert not _rules("A 3.1 cm nodule lies in the right upper lobe.", _GROWN)


def test_a_decimal_point_ends_no_clause_of_the_past() -> None:
    from medstep.verify.prior_state import past_spans
    text = "The left kidney measured 9.6 cm on an ultrasound one year ago."
    assert past_spans(text) == ((0, len(text) - 1),)
    which = past_spans(_GROWN)
    assert [_GROWN[a:b] for a, b in which] == ["which showed a 1.5 cm nodule in the right upper lobe"]


def test_the_modality_of_an_earlier_study_stays_named() -> None:
    report = "CT of the abdomen. The left kidney is 8.9 cm long. The left kidney measured 9.6 cm on a renal ultrasound one year ago."
    chain = "The left kidney has shrunk since the renal ultrasound a year ago."
    assert "modality-conflict" not in _rules(chain, report)


# ---- a change said of a plain noun for a finding named two steps before ----
_HEART = ("Chest radiograph. The cardiac silhouette is enlarged. There is no pleural effusion. Compared with the film "
          "from 2019, the appearance is unchanged.")


def test_a_noun_subject_names_the_finding_its_word_comes_from_across_a_step_of_absences() -> None:
    wrong = "The heart is enlarged. There is no pleural effusion. The enlargement is new since the 2019 film."
    assert "change-conflict" in _rules(wrong, _HEART)
    faithful = "The heart is enlarged. There is no pleural effusion. The enlargement is unchanged since the 2019 film."
    assert "change-conflict" not in _rules(faithful, _HEART)


def test_a_pronoun_does_not_reach_back_past_a_step_of_absences() -> None:
    chain = "The heart is enlarged. There is no pleural effusion. It is new since the 2019 film."
    assert "change-conflict" not in _rules(chain, _HEART)


# ---- a kidney's length, against its lower limit ----
_KIDNEYS = "Renal ultrasound. The left kidney measures 10.8 cm and the right kidney 7.2 cm, with a thin right cortex."


@pytest.mark.parametrize("wrong", [
    "The left kidney measures 7.0 cm.",
    "The right kidney is 10.5 cm long.",
    "The left kidney measures 7.0 cm, and it measured 10.5 cm a year ago.",  # the clause of now is read, not the past
])
def test_a_kidney_length_across_the_limit_of_a_small_kidney_is_contradicted(wrong: str) -> None:
    assert "size-conflict" in _rules(wrong, _KIDNEYS)


@pytest.mark.parametrize("report,faithful", [
    (_KIDNEYS, "The left kidney is 10.6 cm long and the right kidney is small at 7.0 cm."),
    ("Renal ultrasound in a two-year-old. The right kidney measures 6.8 cm.", "The right kidney measures 6.5 cm."),
    ("CT. The right kidney measures 11.2 cm. A 3 cm cyst arises from its upper pole.",
     "A cyst in the upper pole of the right kidney measures 3 cm."),  # the cyst's size, not the kidney's
])
def test_kidney_lengths_on_one_side_of_the_limit_or_of_something_else_are_no_conflict(report: str, faithful: str) -> None:
    assert "size-conflict" not in _rules(faithful, report)


def test_a_measured_thing_of_no_concept_on_the_other_side_is_a_side_conflict() -> None:
    # (a thing no concept names is judged by the aligned side check; "an avid focus" is now a concept of its own,
    # uptake, so the concept side check may catch it first: either is the detected error)
    report = ("Parotid scintigraphy. An intensely bright rounded blob of 2.5 cm lies in the lower part of the right parotid "
              "gland. The rest of both glands looks the same as each other.")
    sides = {"aligned-side-conflict", "laterality-conflict"}
    assert sides & _rules("An intensely bright blob of 2.5 cm lies in the lower part of the left parotid gland.", report)
    assert not sides & _rules("An intensely bright blob of 2.5 cm lies in the lower part of the right parotid gland.",
                              report)
    report = ("Parotid scintigraphy. An intensely avid rounded focus of 2.5 cm lies in the lower part of the right parotid "
              "gland. The rest of both glands shows normal uptake.")
    assert sides & _rules("An intensely avid focus of 2.5 cm lies in the lower part of the left parotid gland.", report)
    assert not sides & _rules("An intensely avid focus of 2.5 cm lies in the lower part of the right parotid gland.",
                              report)


# ---- a part the report says the abnormality spares ----
_SPARED = ("MRI of the spine. There is T2 hyperintense signal in the central grey matter of the cord from C3 to C6. "
           "The signal abnormality spares the dorsal columns.")


def test_a_clause_extending_the_abnormality_into_a_spared_part_is_contradicted() -> None:
    wrong = "The signal abnormality extends into the dorsal columns of the cord."
    assert "aligned-polarity-conflict" in _rules(wrong, _SPARED)


@pytest.mark.parametrize("faithful", [
    "The signal abnormality spares the dorsal columns of the cord.",
    "The dorsal columns of the cord are spared.",
    "The dorsal columns of the cord are left alone by the signal abnormality.",  # (lay words: no involvement claimed)
])
def test_a_spared_part_said_spared_in_any_words_is_no_conflict(faithful: str) -> None:
    assert "aligned-polarity-conflict" not in _rules(faithful, _SPARED)
