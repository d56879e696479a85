"""A change said beside a measured value of now, compared with the report's change beside the same value
(``verify/valued_change.py``), and a sameness with another study named by its noun (``verify/same_as_study.py``);
issue #8, session 53, lane change53. Fresh wording; the near misses must stay uncontradicted."""

from __future__ import annotations

import pytest

from medstep.verify import verify
from medstep.verify.changes import first_change
from medstep.verify.verdicts import Verdict
from medstep.verify.verifier import default_verifier

SIGMOID = ("CT abdomen. The descending colon is dilated; the sigmoid measures 8.4 cm, increased from 6.9 cm on the "
           "radiograph of this afternoon, and the rectum is collapsed. No free gas.")
RATIO = ("Chest radiograph. The heart is enlarged. The cardiothoracic ratio is 0.64, increased from 0.55 on the "
         "admission film. The lungs are clear.")
AORTA = ("CT chest. The ascending aorta has enlarged, measuring 5.1 cm at the level of the pulmonary artery compared "
         "with 4.4 cm a year ago. No dissection flap. The lungs are clear.")
SHRUNK = ("MRI pelvis. The left ovarian cyst now measures 3.2 cm, decreased from 4.9 cm on the scan of three months ago. "
          "The right ovary is normal.")
STABLE = ("Ultrasound. The spleen measures 14.5 cm, unchanged from the ultrasound of six months ago. The liver is "
          "normal.")
GROWN_SPLEEN = "Ultrasound. The spleen measures 14.5 cm, increased from 12.1 cm on the follow-up ultrasound. Liver normal."
NO_CHANGE = "CT abdomen. The sigmoid measures 8.4 cm. The rectum is collapsed. No free gas."
TWO_THINGS = ("CT abdomen. The sigmoid measures 8.4 cm, increased from 6.9 cm. The transverse colon measures 8.4 cm, "
              "decreased from 9.6 cm. No free gas.")


def _rules(chain: str, report: str) -> set[str]:
    v = verify(chain, report=report)
    return {fv.rule for s in v.steps if s.verdict is Verdict.CONTRADICTED for fv in s.verdicts
            if fv.verdict is Verdict.CONTRADICTED and fv.consistent is False}


@pytest.mark.parametrize("chain, report", [
    ("Sigmoid 8.4 cm, decreased from 10 cm on the afternoon radiograph, so it is settling.", SIGMOID),
    ("Sigmoid 8.4 cm, much the same as on the afternoon radiograph.", SIGMOID),
    ("Ascending aorta 5.1 cm at the pulmonary artery level, unchanged from a year ago.", AORTA),
    ("The ascending aorta measures 5.1 cm at the pulmonary artery level, similar to the CT a year ago.", AORTA),
    ("Left ovarian cyst 3.2 cm, grown since the scan three months ago.", SHRUNK),
    ("The spleen measures 14.5 cm, increased since the ultrasound six months ago.", STABLE),
    ("Spleen 14.5 cm, the same size as on the follow-up ultrasound.\nLiver normal.", GROWN_SPLEEN),
])
def test_a_change_beside_the_same_value_of_now_is_contradicted(chain: str, report: str) -> None:
    assert _rules(chain, report)  # (by this reader or by the aligned and named readers before it)


CAECUM = ("CT abdomen. The colon is dilated to a sigmoid stricture; the caecum measures 10.2 cm, increased from 8.6 cm "
          "on the radiograph this morning, and the small bowel is not dilated. No pneumatosis.")
ENDOMETRIUM = ("Pelvic ultrasound. There is an echogenic mass in the cavity. The endometrial thickness measures 19 mm, "
               "increased from 9 mm on the prior scan. The ovaries are normal.")
MEDIASTINUM = ("Portable chest radiograph. The superior mediastinum has widened, measuring 9.6 cm at the aortic knuckle "
               "compared with 7.0 cm three hours ago. No pneumothorax.")


@pytest.mark.parametrize("chain, report", [
    # the measured thing is a place word ("caecum"), cut from its change at the comma
    ("Caecum 10.2 cm, decreased from 12 cm earlier today, so it is decompressing.", CAECUM),
    ("CTR 0.64, decreased from the admission film.", RATIO),
    ("Endometrial thickness 19 mm, essentially the same as on the week-2 scan.", ENDOMETRIUM),
    ("Superior mediastinum 9.6 cm at the aortic knuckle, similar to the film three hours ago; it was wide then too.",
     MEDIASTINUM),
])
def test_only_the_value_tells_the_thing(chain: str, report: str) -> None:
    assert "valued-change-conflict" in _rules(chain, report)


@pytest.mark.parametrize("chain, report", [
    ("CT: Caecum 10.2 cm, increased from 8.6 cm on the radiograph this morning.", CAECUM),
    ("CTR 0.64, increased from the admission film.", RATIO),
    ("Endometrial thickness 19 mm, thicker than on the week-2 scan.", ENDOMETRIUM),
    ("Superior mediastinum 9.6 cm at the aortic knuckle, wider than three hours ago.", MEDIASTINUM),
    ("Caecum 12.4 cm, unchanged from the radiograph this morning.", CAECUM),  # another value
    ("Caecum 10.2 cm, perhaps slightly smaller than on the radiograph this morning.", CAECUM),  # hedged
    ("Endometrial thickness 19 mm, not the same as on the week-2 scan.", ENDOMETRIUM),  # a sameness denied
])
def test_only_the_value_near_misses(chain: str, report: str) -> None:
    assert "valued-change-conflict" not in _rules(chain, report)


@pytest.mark.parametrize("chain, report", [
    # the faithful change, in other words
    ("Sigmoid 8.4 cm, increased from 6.9 cm on the afternoon radiograph.", SIGMOID),
    ("CTR 0.64, up since the admission film.", RATIO),
    ("Ascending aorta 5.1 cm at the pulmonary artery level, larger than a year ago.", AORTA),
    ("Left ovarian cyst 3.2 cm, smaller than on the scan three months ago.", SHRUNK),
    ("Spleen 14.5 cm, the same size as on the ultrasound six months ago.", STABLE),
    # a hedged change
    ("Sigmoid 8.4 cm, possibly decreased from the afternoon radiograph.", SIGMOID),
    # another value: not the same thing now
    ("Rectum 3.1 cm, decreased since the afternoon radiograph.", SIGMOID),
    # the report states the value with no change
    ("Sigmoid 8.4 cm, decreased from 10 cm on the afternoon radiograph.", NO_CHANGE),
    # two things of one value, opposite changes: which one is meant is not told
    ("The colon is 8.4 cm, decreased since the last film.", TWO_THINGS),
    # a change denied ("not increased") is no increase
    ("The spleen measures 14.5 cm, not increased since six months ago.", STABLE),
])
def test_near_misses_are_left_alone(chain: str, report: str) -> None:
    assert "valued-change-conflict" not in _rules(chain, report)


@pytest.mark.parametrize("text, change", [
    ("the spleen is the same size as on the post-treatment scan", "stable"),
    ("the tube is in the same position as on yesterday's post-insertion film", "stable"),
    ("essentially the same as on the day 5 scan", "stable"),
    ("the lesion is identical to the arrival film", "stable"),
    ("the kidney is the same size as the left on this scan", None),  # a side compared, on this study
    ("the lucency is the same as the other side", None),
    ("the nodule is the same as on this film", None),  # the study now read
    ("the nodule is the same as the current study", None),
])
def test_same_as_another_study(text: str, change: str | None) -> None:
    got = first_change(default_verifier().extractor.scanner, text)
    assert (got[0] if got else None) == change


WITHDRAWN = ("Chest radiograph. The endotracheal tube tip lies 8 cm above the carina. On the post-intubation film the "
             "tip lay 4 cm above the carina, so the tube has been withdrawn by about 4 cm. The lungs are clear.")
STAYED = ("Chest radiograph. The endotracheal tube tip lies 5 cm above the carina, unchanged in position. The lungs are "
          "clear.")


@pytest.mark.parametrize("chain, report, found", [
    # the bare "tube" refers to the tube named two sentences before (``device_changes._bare_of``)
    ("ETT tip 8 cm above the carina. Cuff at the larynx. Compared with the post-intubation film the tube position "
     "is unchanged.", WITHDRAWN, True),
    ("ETT tip 8 cm above the carina.\nCuff at the larynx.\nCompared with the post-intubation film: the tube position "
     "is unchanged.", WITHDRAWN, True),
    # the faithful reading, and a pronoun two sentences on (it may be the lungs' or anything's)
    ("ETT tip 8 cm above the carina. Cuff at the larynx. Compared with the post-intubation film the tube has been "
     "withdrawn.", WITHDRAWN, False),
    ("ETT tip 8 cm above the carina. The lungs are clear. It is unchanged.", WITHDRAWN, False),
    ("ETT tip 5 cm above the carina. Cuff below the cords. Compared with yesterday the tube position is unchanged.",
     STAYED, False),
])
def test_a_bare_device_word_after_other_sentences(chain: str, report: str, found: bool) -> None:
    assert ("device-change-conflict" in _rules(chain, report)) is found


def test_a_state_before_the_bare_word_is_not_the_devices() -> None:
    chain = ("Right intercostal drain in place. The lung edge is still 4 cm from the chest wall, the same as before the "
             "tube went in, though the tube is bubbling.")
    report = ("Chest radiograph. A right intercostal drain has been inserted since the film before drain insertion. A "
              "large right pneumothorax persists.")
    assert "device-change-conflict" not in _rules(chain, report)


# review of lane change53: near misses the lane read wrong
CTR_UP = ("Chest radiograph. The cardiothoracic ratio is 0.62, increased from 0.55 on the admission film. Small "
          "bilateral pleural effusions.")
KIDNEYS = ("Renal ultrasound. The right kidney measures 11.2 cm, unchanged. The left kidney measures 9.0 cm, decreased "
           "from 10.5 cm.")
GROWN_MASS = "CT chest. The left lower lobe mass has increased in size, now 4.5 cm. No pleural effusion."
LEFT_EFFUSION = "Chest radiograph. The left pleural effusion has increased in size. The right lung is clear."


@pytest.mark.parametrize("chain, report", [
    # the change is another subject's, joined between the value and it
    ("CTR 0.62 and the effusions are unchanged.", CTR_UP),
    ("The cardiothoracic ratio is 0.62 with the effusions unchanged.", CTR_UP),
    ("The effusions are unchanged and the CTR is 0.62.", CTR_UP),
    ("Left kidney 9.0 cm and right kidney unchanged.", KIDNEYS),
    ("The left kidney measures 9.0 cm, smaller than the right which is unchanged.", KIDNEYS),
    # a view, plane or sequence of this study, or its images, is no other study
    ("The mass is the same as on the coronal images, measuring 4.5 cm.", GROWN_MASS),
    ("The mass measures 4.5 cm on lung windows, the same as on the soft-tissue images.", GROWN_MASS),
    ("The left effusion is the same as on the lateral film.", LEFT_EFFUSION),
])
def test_review_near_misses(chain: str, report: str) -> None:
    assert not _rules(chain, report)


def test_a_bare_device_word_naming_its_own_place() -> None:
    chain = "The endotracheal tube was advanced.\nThe lungs are clear.\nThe tube in the stomach is unchanged."
    report = ("Chest radiograph. The endotracheal tube has been advanced and now lies 3 cm above the carina. The "
              "nasogastric tube is unchanged in position with its tip in the stomach. The lungs are clear.")
    assert "device-change-conflict" not in _rules(chain, report)
