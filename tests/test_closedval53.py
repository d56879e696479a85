"""Session 53, lane closedval53 (issue #7, closed questions): the asked property's value read where the reply states it
of THIS case, never from a definition of the finding in general; a yes affirming another named tumour is no yes.

* ``extract/class_subject.py``: a bare plural defined by a plural noun phrase going on after a preposition ("Kerley B
  lines are short (1–2 cm), thin horizontal lines at the lung periphery ...", blind 52 b52-0200, read yes at the
  base) is a class statement; a pronoun going on with what the class stands for ("They represent thickened septa")
  or where it occurs by habit ("are commonly seen in ...") continues it; a pronoun in a sentence pointing at this case
  right after the definition ("They are seen at both bases here.") names the asked term.
* ``extract/verdict_scope.py``: "Yes, this is a schwannoma." to "Is this a meningioma?" affirms another "-oma".
* ``extract/thresholds.py``: BI-RADS 1 (a negative study) answers "any abnormality?" / "normal?" (b52-0152).
* ``extract/judged_topic.py``: "... I'd consider this normal." judges the reply's topic (b52-0302).
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> tuple[str | None, str]:
    found = extract(text, Sample(id="t", question=question, answer="yes", answer_type=AnswerType("closed")))
    return found.answer, found.status.value


KERLEY = ("Kerley B lines are short (1–2 cm), thin horizontal lines at the lung periphery, perpendicular to the pleural "
          "surface, usually at the bases. They represent thickened interlobular septa and are commonly seen in "
          "interstitial pulmonary edema, lymphangitic carcinomatosis, and pneumoconiosis.")


@pytest.mark.parametrize("question, text", [
    ("Are Kerley B lines present?", KERLEY),
    ("Are Kerley B lines present?", "Kerley B lines are thin lines at the lung periphery."),
    ("Is there pleural effusion?", "Pleural effusions are collections of fluid in the pleural space."),
    # the class goes on after its definition, by its pronoun: nothing of this case (b17-0494, b30-0300 shapes)
    ("Is there a renal cyst on this ultrasound?", "Renal cysts are fluid-filled sacs that form in the kidneys. Most are "
     "simple cysts, which are common with increasing age and usually benign. They appear anechoic on ultrasound with "
     "a thin wall and posterior acoustic enhancement."),
    ("Is there evidence of hypersensitivity pneumonitis?", "The image shows a CT scan of the chest. Hypersensitivity "
     "pneumonitis is an immune-mediated lung disease caused by inhalation of organic antigens. It can be acute, "
     "subacute, or chronic."),
])
def test_definition_of_the_asked_finding_does_not_answer(question: str, text: str) -> None:
    assert _read(question, text) == (None, "unparsed")


@pytest.mark.parametrize("question, text, expected", [
    # the class defined, then sighted (or denied) in this case by its pronoun
    ("Are Kerley B lines present?", "Kerley B lines are thin lines at the lung periphery. They are seen at both bases "
     "here.", "yes"),
    ("Are Kerley B lines present?", "Kerley B lines are thin lines at the lung periphery. They are not seen here.", "no"),
    # a state, a sighting or a place after "are" is this case's
    ("Are Kerley B lines present?", "Kerley B lines are present at the bases.", "yes"),
    ("Are Kerley B lines present?", "Kerley B lines are seen at both bases.", "yes"),
    ("Are there lung nodules?", "Lung nodules are identified in the right upper lobe.", "yes"),
    ("Are there lung nodules?", "Multiple bilateral pulmonary nodules.", "yes"),
    ("Is there a pneumothorax?", "No pneumothorax is seen.", "no"),
])
def test_this_case_still_answers(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == (expected, "scored")


@pytest.mark.parametrize("question, text", [
    ("Is this a meningioma?", "Yes, this is a schwannoma."),
    ("Is this a lipoma?", "Yes, this is a liposarcoma."),
])
def test_yes_to_another_named_tumour_is_no_yes(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


@pytest.mark.parametrize("question, text", [
    ("Is this a meningioma?", "Yes, this is a meningioma."),
    ("Is this a meningioma?", "Yes, this is a typical meningioma with a dural tail."),
    ("Is this a carcinoma?", "Yes, this is an adenocarcinoma."),  # a kind of the asked one
    ("Is this a hepatoma?", "Yes, this is a hepatocellular carcinoma."),  # the asked concept by another name
    ("Is this a meningioma?", "Yes, this is a brain tumour."),  # the family named, not a sibling: kept as at the base
])
def test_yes_to_the_asked_tumour_or_its_kind_kept(question: str, text: str) -> None:
    assert _read(question, text) == ("yes", "scored")


def test_no_correcting_the_identity_kept() -> None:
    assert _read("Is this a meningioma?", "No, this is a schwannoma.") == ("no", "scored")


@pytest.mark.parametrize("question, text, expected", [
    ("Is there any abnormality in this mammogram?", "No suspicious mass, calcification or architectural distortion is "
     "seen. BI-RADS 1, negative.", "no"),
    ("Is there any abnormality in this mammogram?", "BI-RADS 4, suspicious.", "yes"),
    ("Is the mammogram abnormal?", "BI-RADS 1.", "no"),
    ("Is the mammogram normal?", "BI-RADS 1.", "yes"),
    ("Is the mammogram normal?", "BI-RADS 5, highly suggestive of malignancy.", "no"),
])
def test_birads_category_answers_abnormality(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == (expected, "scored")


@pytest.mark.parametrize("question, text", [
    ("Is there any abnormality in this mammogram?", "BI-RADS 3, probably benign."),  # a finding, probably benign
    ("Is the mammogram normal?", "BI-RADS 2."),  # a benign finding: normal or not is not said
    ("Is there any abnormality in the lung?", "BI-RADS 1."),  # another organ's scale
])
def test_birads_category_that_says_neither(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


BOWEL = ("The bowel gas pattern is **non-obstructive**: gas is seen throughout normal-caliber small and large bowel, "
         "extending to the rectum, with no dilated loops and no air-fluid levels. I'd consider this normal.")


@pytest.mark.parametrize("question, text, expected", [
    ("Is the bowel gas pattern abnormal?", BOWEL, "no"),
    ("Is the bowel gas pattern normal?", "The bowel gas pattern is non-obstructive, with no dilated loops. So I'd "
     "consider this normal.", "yes"),
    ("Is the bowel gas pattern normal?", "The bowel gas pattern is non-obstructive, with no dilated loops. I wouldn't "
     "consider this normal.", "no"),
])
def test_judgement_of_the_topic(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == (expected, "scored")


@pytest.mark.parametrize("question, text", [
    # a hedge, a doubt after it, another thing named between, another topic, nothing to take up
    ("Is the bowel gas pattern normal?", "The bowel gas pattern is non-obstructive, with no dilated loops. I'd probably "
     "consider this normal."),
    ("Is the bowel gas pattern normal?", "The bowel gas pattern is non-obstructive. I'd consider this normal, though "
     "ileus can't be excluded."),
    ("Is the bowel gas pattern normal?", "The bowel gas pattern is non-obstructive. There is a large mass in the liver. "
     "I'd consider this normal."),
    ("Is the spleen normal?", "The liver measures 20 cm. I'd call it normal."),
    ("Is the spleen normal?", "I'd call it normal."),
])
def test_judgement_not_of_the_topic_stays_open(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


@pytest.mark.parametrize("question, text, expected", [
    # near misses kept as the base reads them
    ("Is the heart enlarged?", "Normal heart size, but there are enlarged hilar nodes.", "ambiguous"),
    ("Is there cardiomegaly?", "Borderline cardiomegaly.", "ambiguous"),
    ("Is the heart enlarged?", "Possibly enlarged.", "ambiguous"),
])
def test_near_misses_kept(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == (None, expected)


@pytest.mark.parametrize("question, text, expected", [
    # the asked finding stated with its head noun, its modifier in other words; the lean names what it is (b52-0139)
    ("Are there lung nodules?", "Multiple bilateral pulmonary nodules, likely metastases.", ("yes", "scored")),
    ("Is there a lung mass?", "A large pulmonary mass, probably a carcinoma.", ("yes", "scored")),
    # the lean doubts the finding itself, names no finding, or follows only a sign filed under the concept
    ("Are there lung nodules?", "Multiple bilateral pulmonary nodules, likely artefact.", (None, "ambiguous")),
    ("Are there lung nodules?", "Multiple bilateral pulmonary nodules, possibly vessels.", (None, "ambiguous")),
    ("Are there lung nodules?", "Multiple bilateral pulmonary opacities, likely metastases.", (None, "unparsed")),
    ("Is there a pleural effusion?", "Blunting of the costophrenic angle, probably scarring.", (None, "unparsed")),
])
def test_leaned_cause_after_the_finding_in_other_words(question: str, text: str,
                                                       expected: tuple[str | None, str]) -> None:
    assert _read(question, text) == expected


# Review repair: after a definition, a counted sentence ("Two are seen ...", "There are several ...") or a pronoun with a
# count ("They are multiple ...") is this case; the same shapes said of the class in general answer nothing.
@pytest.mark.parametrize(("question", "text", "expected"), [
    ("Are there renal cysts?", "Renal cysts are fluid-filled sacs in the kidneys. Two are seen in the left kidney here.",
     "yes"),
    ("Are there gallstones?", "Gallstones are stones in the gallbladder. They are multiple and shadowing.", "yes"),
    ("Are Kerley B lines present?", "Kerley B lines are thin lines at the lung periphery. They are a sign of interstitial "
     "oedema. There are many at both bases here.", "yes"),
    ("Are there renal cysts?", "Renal cysts are fluid-filled sacs in the kidneys. There are several in both kidneys.",
     "yes"),
    ("Are there renal cysts?", "Renal cysts are fluid-filled sacs in the kidneys. Many are found incidentally in older "
     "adults.", None),
    ("Are there gallstones?", "Gallstones are stones in the gallbladder. They are multiple in most patients.", None),
    ("Are Kerley B lines present?", "Kerley B lines are thin lines at the lung periphery. There are many causes.", None),
    ("Are there pulmonary nodules?", "Pulmonary nodules are rounded opacities in the lung. Several are benign.", None),
    ("Are there gallstones?", "Gallstones are stones in the gallbladder. They are single or multiple.", None),
])
def test_counted_sentence_after_a_definition(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text)[0] == expected
