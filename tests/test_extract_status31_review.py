"""Review of lane status (issue #7, session 31): the replies the lane lost read again, its gains kept.

The hostile review of the lane found answers lost to four causes, each fixed at its cause:

- an open reply opening by declining a request ("I can't estimate / recommend / infer ...") was refused even when an
  answer followed it: ``open_refusal.declines_request`` now leaves it to ``scoped_refusal.answer_follows`` (a turn
  or a qualifier of certainty after the decline, or the next clause opening with an answer, as a caveat's judges read);
- a soft decline of a side task ("not in a position to advise treatment", "I don't think I should recommend",
  "not a decision I can make about surgery") opening the reply made the whole reply refused: ``other_question`` sets
  an opening decline of another subject aside when what follows opens with an answer (the base's "I can't comment on
  management, but yes ..." too);
- a form slot was read empty whenever it opened with a fill verb: ``open_template._empty_slot`` wants nothing of
  content after the verb ("[state: pneumothorax]" is filled), and "type" is no fill verb ("[Type 2 odontoid fracture]");
- a bare plural's definition set aside took the sentence after it with it: "There is one in the left kidney." names
  the defined class again (``class_subject._named_again``).

``REGRESSIONS`` are the review's probes the lane lost (retired, tuned on); ``LANE_GAINS`` the review's probes the lane
won, which must stay; ``FRESH`` / ``NEAR_MISS`` are written for this repair in other words (the near misses must keep
their reading: refused, unparsed, or the answer before a caveat).
"""

from __future__ import annotations

import pytest

from medstep.answers.text import normalize_text
from medstep.extract import extract
from medstep.extract.class_subject import set_aside
from medstep.extract.open_refusal import declines_request
from medstep.extract.open_template import _FORM_LINE, unfilled_form
from medstep.extract.other_question import without_other_refusals
from medstep.extract.scoped_refusal import answer_follows
from medstep.types import AnswerType, Sample
from support.timing import Grown, reads_linearly, rep

O1 = {"A": "Pneumonia", "B": "Pulmonary oedema", "C": "Pleural effusion", "D": "Pneumothorax"}
O2 = {"A": "Osteosarcoma", "B": "Ewing sarcoma", "C": "Osteomyelitis", "D": "Simple bone cyst"}
O3 = {"A": "Conservative management", "B": "Surgical fixation", "C": "Cast immobilisation", "D": "Amputation"}
O4 = {"A": "Lipoma", "B": "Liposarcoma", "C": "Haematoma", "D": "Abscess"}
O5 = {"A": "Left", "B": "Right", "C": "Bilateral", "D": "Neither"}
O6 = {"A": "CT", "B": "MRI", "C": "Ultrasound", "D": "X-ray"}

REGRESSIONS = [
 ('closed', 'Is there a fracture?', {}, "I'm not in a position to advise treatment, but yes, there is a fracture of the distal radius.", 'yes'),
 ('open', 'Where is the fracture?', {}, "I'm not in a position to advise treatment, but the fracture is in the distal radius.", 'distal radius'),
 ('open', 'Where is the fracture?', {}, "I can't recommend a treatment plan, but the fracture is in the distal radius.", 'distal radius'),
 ('open', 'Where is the fracture?', {}, "I can't estimate the age of the injury, but the fracture is in the distal radius.", 'distal radius'),
 ('open', 'What is the abnormality?', {}, "I can't estimate the volume precisely, but there is a large left pleural effusion.", 'effusion'),
 ('open', 'What organ is shown?', {}, "I can't recommend further tests, but the organ shown is the liver.", 'liver'),
 ('open', 'What is the abnormality?', {}, "I'm not in a position to advise on surgery. The abnormality is a displaced fracture of the clavicle.", 'clavicle'),
 ('open', 'What is the abnormality?', {}, "I don't think I should recommend a treatment. The abnormality is a displaced fracture of the clavicle.", 'clavicle'),
 ('open', 'What does the MRI show?', {}, "I won't recommend a treatment, but the MRI shows an L4-L5 disc herniation.", 'disc herniation'),
 ('open', 'What does the MRI show?', {}, "I can't prescribe anything; the MRI shows a disc herniation at L4-L5.", 'disc herniation'),
 ('open', 'What is the estimated age of the patient?', {}, "I can't estimate age precisely, but the open growth plates suggest an adolescent, around 12-14 years.", '12'),
 ('open', 'What is the bone age?', {}, "I can't calculate it exactly, but I'd estimate a bone age of about 10 years.", '10'),
 ('open', 'What is the cardiothoracic ratio?', {}, "I can't calculate it precisely from this image, but roughly 0.6.", '0.6'),
 ('open', 'What is the estimated size of the nodule?', {}, "I can't estimate size reliably without a scale bar, but it looks about 2 cm.", '2 cm'),
 ('open', 'What is the main finding?', {}, 'Diagnosis: [Describe a large pneumothorax]', 'pneumothorax'),
 ('open', 'What is the main finding?', {}, 'Diagnosis: [state: pneumothorax]', 'pneumothorax'),
 ('open', 'What is the main finding?', {}, 'Diagnosis: [provide: pleural effusion]', 'effusion'),
 ('open', 'What is the main finding?', {}, 'Diagnosis: [add pneumothorax here]', 'pneumothorax'),
 ('open', 'What is the main finding?', {}, 'Diagnosis: [Type 2 odontoid fracture]', 'odontoid'),
 ('open', 'What is the main finding?', {}, 'Diagnosis: [List of findings: pneumothorax]', 'pneumothorax'),
 ('open', 'What is the main finding?', {}, 'Finding: [Include the size: 3 cm left renal cyst]', 'cyst'),
 ('open', 'What is the abnormality?', {}, '[Fill in: pneumothorax]', 'pneumothorax'),
 ('closed', 'Is there a renal cyst?', {}, 'Renal cysts are fluid-filled sacs that form in the kidneys. There is one in the left kidney.', 'yes'),
 ('open', 'What is the diagnosis?', {}, "I can't recommend anything better than the obvious: this is acute appendicitis.", 'appendicitis'),
 ('open', 'What is the most likely diagnosis?', {}, "I can't guess the patient's age, but the diagnosis is osteoarthritis of the knee.", 'osteoarthritis'),
 ('open', 'How many ribs are fractured?', {}, "I can't estimate with certainty, but three ribs appear fractured.", 'three'),
 ('open', 'What is the diagnosis?', {}, 'Diagnosis: [Type A aortic dissection]', 'dissection'),
 ('open', 'What type of fracture is this?', {}, 'Classification: [Type III acromioclavicular separation]', 'type iii'),
 ('open', 'What is the main finding?', {}, 'Finding: [Add a note: 2 cm nodule in the right upper lobe]', 'nodule'),
 ('open', 'What is the diagnosis?', {}, "I can't predict the outcome; the MRI shows a torn anterior cruciate ligament.", 'anterior cruciate'),
 ('open', 'What is the diagnosis?', {}, "I can't infer the mechanism, but there is a burst fracture of L1.", 'burst fracture'),
 ('open', 'What is the diagnosis?', {}, "Honestly, I can't estimate how old it is. The scan shows a chronic subdural haematoma.", 'subdural'),
 ('open', 'How old is the patient?', {}, "I can't estimate an exact age; the fused growth plates put this patient over 25 years.", '25'),
 ('closed', 'Is there a fracture?', {}, 'This is not a decision I can make about surgery, but yes, there is a fracture.', 'yes'),
 ('open', 'What is the main finding?', {}, "I'm not in a position to give advice. Main finding: left lower lobe pneumonia.", 'pneumonia'),
 ('open', 'What abnormality is seen?', {}, "I can't advise on treatment. I can say the abnormality is a left pneumothorax.", 'pneumothorax'),
]
LANE_GAINS = [
 ('open', 'What is the main finding?', {}, 'Diagnosis: [insert diagnosis]\nConfidence: [your answer]', '!unparsed'),
 ('open', 'What is the main finding?', {}, '**Diagnosis:** <describe>\n**Location:** {enter location here}', '!unparsed'),
 ('open', 'What is the main finding?', {}, 'Diagnosis: [list findings]', '!unparsed'),
 ('closed', 'Is there a renal cyst?', {}, 'Renal cysts are fluid-filled sacs that form in the kidneys. They appear anechoic on ultrasound.', '!unparsed'),
 ('closed', 'Are there renal cysts?', {}, 'Renal cysts are fluid-filled sacs that form in the kidneys.', '!unparsed'),
 ('closed', 'Is there a fracture?', {}, "It could be a fracture or a nutrient canal; I can't tell which.", '!ambiguous'),
 ('closed', 'Is there a pneumothorax?', {}, "I'm not sure whether there is a pneumothorax; the apex is obscured.", '!ambiguous'),
 ('closed', 'Is there a pneumothorax?', {}, "I'm not in a position to interpret medical images.", '!refused'),
 ('open', 'What is the diagnosis?', {}, "I'm not in a position to diagnose from an image.", '!refused'),
 ('open', "What is the patient's blood glucose?", {}, "I can't estimate blood glucose from a retinal photograph.", '!refused'),
 ('open', "What is the patient's blood glucose?", {}, 'Unfortunately, I cannot predict a blood glucose level from a fundus image.', '!refused'),
 ('open', "What is the patient's ethnicity?", {}, "I won't infer ethnicity from a radiograph.", '!refused'),
 ('closed', 'Should the patient be discharged?', {}, 'Discharge is not a decision I can make from a single radiograph.', '!refused'),
 ('choice', 'Which management is most appropriate?', O3, "I'm not in a position to recommend a treatment; that is for the treating team.", '!refused'),
 ('open', 'What is the main finding?', {}, 'The main finding is what is shown in the image.', '!unparsed'),
 ('open', 'What is the main finding?', {}, 'The main finding is the finding that can be seen on the scan.', '!unparsed'),
 ('open', 'What is shown?', {}, 'What is shown is what can be seen.', '!unparsed'),
 ('choice', 'Most likely diagnosis?', O2, "I don't think I should pick one of these from a photograph.", '!refused'),
 ('closed', 'Is the lesion a lipoma?', {}, "I can't see the margins clearly; it could be a lipoma or a liposarcoma and I can't say which.", '!ambiguous'),
]

FRESH = [
 # an opening decline, then the answer (open)
 ("open", "What is shown in the lung?", {}, "I can't estimate how long it has been there, but there is a large right upper lobe mass.", "mass"),
 ("open", "Which bone is fractured?", {}, "I can't predict how it will heal, but the fractured bone is the scaphoid.", "scaphoid"),
 ("open", "What is the diagnosis?", {}, "We can't recommend a particular treatment. The appearance is that of a Baker's cyst behind the knee.", "baker"),
 ("open", "What is the finding?", {}, "I can't calculate the exact volume; there is a moderate pericardial effusion.", "pericardial effusion"),
 ("open", "How large is the nodule?", {}, "I can't estimate it precisely, but it measures roughly 8 mm.", "8 mm"),
 ("open", "What organ is enlarged?", {}, "I can't infer the cause from this image alone, but the spleen is clearly enlarged.", "spleen"),
 ("open", "What is the main abnormality?", {}, "Honestly, I can't predict the prognosis. The main abnormality is a ruptured Achilles tendon.", "achilles"),
 ("open", "Where is the lesion?", {}, "I can't advise on biopsy; the lesion is in the left lobe of the liver.", "left lobe"),
 # a soft decline of a side task, then the answer
 ("closed", "Is the appendix inflamed?", {}, "I can't comment on surgery, but yes, the appendix is dilated and inflamed.", "yes"),
 ("closed", "Is there a fracture?", {}, "That's not a call I can make about management, but no, I see no fracture line.", "no"),
 ("open", "What is the abnormality?", {}, "I'm not in a position to give treatment advice. The abnormality is a large left-sided pneumothorax.", "pneumothorax"),
 ("open", "What is the diagnosis?", {}, "I don't think I should recommend management. The diagnosis is a Salter-Harris type II fracture.", "salter"),
 ("choice", "Most likely diagnosis?", O1, "I don't think we should suggest a therapy, but the picture fits pulmonary oedema (B).", "B"),
 ("closed", "Is there free intraperitoneal air?", {}, "It is not a decision I can make about surgery; yes, there is free air under the right hemidiaphragm.", "yes"),
 ("open", "Which lobe is involved?", {}, "I won't recommend treatment, but the right middle lobe is involved.", "right middle"),
 ("choice", "Which management is most appropriate?", O3, "I'm not in a position to prescribe for a real patient, but as an exam answer, surgical fixation (B).", "B"),
 # a form with its slot filled after the fill verb
 ("open", "What is the diagnosis?", {}, "Diagnosis: [Describe: a displaced supracondylar fracture]", "supracondylar"),
 ("open", "What is the main finding?", {}, "Finding: [Insert finding: left pleural effusion]\nSize: [insert size]", "effusion"),
 ("open", "What type of fracture is it?", {}, "Type: [Type B ankle fracture]", "type b"),
 ("open", "What is the lesion size?", {}, "Size: [enter: 4 cm]", "4 cm"),
 ("open", "What is the diagnosis?", {}, "[Write in: acute cholecystitis]", "cholecystitis"),
 ("open", "What is the main finding?", {}, "**Finding:** [Provide a description: small right pneumothorax]", "pneumothorax"),
 # the class named again by "one" / "none" after its definition
 ("closed", "Is there an ovarian cyst?", {}, "Ovarian cysts are fluid-filled sacs that develop on an ovary. There is one on the right ovary.", "yes"),
 ("closed", "Are there gallstones?", {}, "Gallstones are hard deposits that form in the gallbladder. None are visible in this study.", "no"),
 ("closed", "Is there a renal stone?", {}, "Renal stones are crystal deposits that form in the urinary tract. The left kidney shows one at the lower pole.", "yes"),
 ("closed", "Is there a Baker cyst?", {}, "Baker cysts are fluid collections that form behind the knee. This knee has one.", "yes"),
]
# Fresh probes still read wrong, for causes this repair leaves alone (kept as probes, not asserted): an opening "won't
# speculate / guess" (``open_refusal._DECLINES``, refused on the base too); a declined subject outside
# ``answers/other_subjects`` ("drainage", "anticoagulation": the policy of session 27, its review's xfails); a slot's
# own label read before its value.
FRESH_KNOWN = [
 ("open", "What is the abnormality?", {}, "I won't speculate on the cause; the scan shows a left-sided subdural haematoma.", "subdural"),
 ("open", "What is the diagnosis?", {}, "I won't guess at the patient's age: this is a classic osteochondroma.", "osteochondroma"),
 ("closed", "Is there a DVT?", {}, "I'm not in a position to prescribe anticoagulation. Yes, there is a thrombus in the femoral vein.", "yes"),
]
NEAR_MISS = [
 # the request itself declined, nothing answered after it: refused
 ("open", "What is the patient's cholesterol level?", {}, "I can't estimate a cholesterol level from a carotid ultrasound. That is a blood test.", "refused"),
 ("open", "What is the patient's sex?", {}, "I won't infer the patient's gender from a hand radiograph; it isn't something I should guess.", "refused"),
 ("open", "What dose of steroid should be given?", {}, "I can't recommend a steroid dose from an MRI. Dosing depends on weight and the clinical picture.", "refused"),
 ("open", "What is the patient's HbA1c?", {}, "Unfortunately I cannot predict an HbA1c from a retinal image; the value comes from a blood sample.", "refused"),
 ("open", "What is this patient's income?", {}, "We won't guess someone's income from a chest film. It has no bearing on the image.", "refused"),
 ("open", "Which antibiotic should be prescribed?", {}, "I can't prescribe antibiotics based on a radiograph. Please ask the treating physician.", "refused"),
 ("open", "What is the ejection fraction?", {}, "I can't estimate the ejection fraction from a radiograph.", "refused"),
 # the asked question declined softly, or a side task declined with nothing answered: refused
 ("closed", "Should this patient have surgery?", {}, "I'm not in a position to advise on surgery.", "refused"),
 ("choice", "Which management is most appropriate?", O3, "I don't think I should recommend a treatment for a real patient.", "refused"),
 ("closed", "Is there a fracture?", {}, "I'm not in a position to interpret this image, but fractures are common after falls.", "refused"),
 ("open", "What is the diagnosis?", {}, "I'm not in a position to diagnose this; management would depend on the findings.", "refused"),
 ("closed", "Is surgery needed?", {}, "That's not a decision I can make about surgery; it depends on the clinical picture.", "refused"),
 ("open", "What is the diagnosis?", {}, "I can't comment on management, and I can't say what this lesion is.", "refused"),
 # forms left unfilled: unparsed
 ("open", "What is the main finding?", {}, "Finding: [insert main finding]\nLocation: [specify location]", "unparsed"),
 ("open", "What is the diagnosis?", {}, "**Diagnosis:** [enter the diagnosis here]", "unparsed"),
 ("open", "What is the diagnosis?", {}, "Diagnosis: <write your answer>\nConfidence: <state confidence>", "unparsed"),
 ("open", "Where is the lesion?", {}, "Location: {describe the location of the lesion}", "unparsed"),
 ("open", "What is the abnormality?", {}, "Abnormality: [...]\nSeverity: [___]", "unparsed"),
 ("open", "What is the diagnosis?", {}, "Diagnosis: [fill in]", "unparsed"),
 # textbook sentences with no anaphor of the class: unparsed
 ("closed", "Is there a renal cyst?", {}, "Renal cysts are fluid-filled sacs that form in the kidneys. One kidney is smaller than the other.", "unparsed"),
 ("closed", "Are there gallstones?", {}, "Gallstones are hard deposits that form in the gallbladder. None of them cause symptoms in most people.", "unparsed"),
 ("closed", "Is there a liver cyst?", {}, "Liver cysts are lesions that contain fluid. They appear anechoic on ultrasound.", "unparsed"),
 ("closed", "Is there a fracture?", {}, "Fractures are breaks that occur in bone. One should look for a lucent line.", "unparsed"),
 # an answer, then a caveat: the answer stands
 ("open", "What is the finding?", {}, "Pneumothorax on the left. I can't estimate its size.", "pneumothorax"),
 ("closed", "Is there a fracture?", {}, "Yes. I'm not in a position to advise on surgery.", "yes"),
 ("choice", "Most likely diagnosis?", O1, "C. I don't think I should comment on management.", "C"),
 ("open", "What is the diagnosis?", {}, "Acute appendicitis. That's not a decision I can make about surgery, though.", "appendicitis"),
 ("closed", "Is the heart enlarged?", {}, "No. I won't recommend further imaging.", "no"),
 ("open", "What is the main finding?", {}, "Main finding: right lower lobe consolidation\nNext step: [insert recommendation]", "consolidation"),
 ("closed", "Is there a renal cyst?", {}, "There is a 2 cm simple cyst in the right kidney.", "yes"),
]

_NO_ANSWER = ("ambiguous", "refused", "unparsed", "truncated")


def _read(kind: str, question: str, options: dict[str, str], text: str, expected: str) -> str:
    """The reading of ``text``: the answer, or the no-answer status ("!refused" in the review's labels)."""
    status = expected.lstrip("!")
    zh = any("\u4e00" <= c <= "\u9fff" for c in question)
    gold = expected if status not in _NO_ANSWER else {"choice": "A", "closed": "是" if zh else "yes"}.get(kind, "none")
    got = extract(text, Sample(id="t", question=question, answer=gold, answer_type=AnswerType(kind), options=options))
    return got.answer if got.answer is not None else got.status.value


def _right(row: tuple) -> bool:
    kind, expected = row[0], row[-1]
    got = _read(*row)
    if expected.lstrip("!") in _NO_ANSWER:
        return got == expected.lstrip("!")
    if got in _NO_ANSWER:
        return False
    a, e = normalize_text(got), normalize_text(expected)
    if kind in ("choice", "closed"):
        return a == e or {a, e} <= {"yes", "是"} or {a, e} <= {"no", "否"}
    return e in a


@pytest.mark.parametrize("row", REGRESSIONS, ids=[f"reg{i}" for i in range(len(REGRESSIONS))])
def test_review_regression_reads_again(row: tuple) -> None:
    assert _right(row)


@pytest.mark.parametrize("row", LANE_GAINS, ids=[f"gain{i}" for i in range(len(LANE_GAINS))])
def test_lane_gain_kept(row: tuple) -> None:
    assert _right(row)


@pytest.mark.parametrize("row", FRESH, ids=[f"fresh{i}" for i in range(len(FRESH))])
def test_fresh(row: tuple) -> None:
    assert _right(row)


@pytest.mark.parametrize("row", NEAR_MISS, ids=[f"near{i}" for i in range(len(NEAR_MISS))])
def test_near_miss_kept(row: tuple) -> None:
    assert _right(row)


@pytest.mark.parametrize("row", FRESH_KNOWN, ids=[f"known{i}" for i in range(len(FRESH_KNOWN))])
@pytest.mark.xfail(strict=True, reason="a cause this repair leaves alone (see FRESH_KNOWN)")
def test_fresh_known(row: tuple) -> None:
    assert _right(row)


def test_a_template_slot_filled_with_the_asked_kind() -> None:
    # once a FRESH_KNOWN case: the one organ the filled slot affirms (open_kind, session 47)
    assert _right(("open", "Which organ is enlarged?", {}, "Organ: [Specify the organ: spleen]", "spleen"))


def test_conceded_side_task_then_answer() -> None:
    # once a FRESH_KNOWN case: a side task declined before "but", the answer after it (read since precede40)
    row = ("closed", "Is there a pleural effusion?", {},
           "I'm not in a position to advise on drainage, but yes, there is a moderate right pleural effusion.", "yes")
    assert _right(row)


def test_exact_readings() -> None:
    # the decline set aside, the answer read from what follows it
    assert _read("open", "Where is the fracture?", {}, "I'm not in a position to advise treatment, but the fracture is "
                 "in the distal radius.", "distal radius") == "distal radius"
    assert _read("closed", "Is there a fracture?", {}, "I can't comment on management, but yes, there is a fracture.",
                 "yes") == "yes"
    assert _read("open", "What is the diagnosis?", {}, "Diagnosis: [Type 2 odontoid fracture]",
                 "odontoid") == "type 2 odontoid fracture"


def test_helpers() -> None:
    text = "I can't estimate its age, but the fracture is in the distal radius."
    at = declines_request(text)
    assert at == len("I can't estimate")
    sample = Sample(id="t", question="Where is the fracture?", answer="x", answer_type=AnswerType.OPEN)
    assert answer_follows(text, at, sample)
    blood = "I can't estimate an HbA1c from a fundus photograph — it is a blood test."
    assert not answer_follows(blood, declines_request(blood) or 0, sample)
    assert without_other_refusals("I'm not in a position to advise on surgery. The abnormality is a clavicle fracture.",
                                  "What is the abnormality?", True) == "The abnormality is a clavicle fracture."
    assert without_other_refusals("I'm not in a position to advise on surgery.", "Is there a fracture?", False) is None
    assert without_other_refusals("I can't comment on this, but yes.", "Is there a fracture?", False) is None
    assert unfilled_form("Diagnosis: [insert diagnosis]\nConfidence: [your answer]", "What is the diagnosis?")
    assert not unfilled_form("Diagnosis: [state: pneumothorax]", "What is the diagnosis?")
    assert not unfilled_form("Diagnosis: [Type 2 odontoid fracture]", "What is the diagnosis?")
    assert set_aside("Renal cysts are fluid-filled sacs that form in the kidneys. There is one in the left kidney.",
                     "Is there a renal cyst?") == "There is a renal cyst in the left kidney."


def _form(text: str) -> None:
    _FORM_LINE.match(text)
    unfilled_form(text[:600], "What is it?")


@pytest.mark.parametrize("text", [rep(" ", 20000, "[a]", "x"), rep(" .", 10000, "[a]", "x"), rep("[a] ,", 4000, tail="x"),
                                  rep(".", 58, "Size: [", "x]"), rep("_ ", 29, "[", "x]")])
def test_form_linear(text: Grown[str]) -> None:
    reads_linearly(_form, text)  # (the last two: a backtracking blow-up is exponential, not quadratic)


def _read_after_openings(text: str) -> None:
    for opening in ("I'm not in a position to advise on surgery", "I can't estimate it", "No cyst. I can't comment on "
                    "management", "That's not a decision I can make about surgery"):
        for kind, question in (("open", "What is it?"), ("closed", "Is there a renal cyst?")):
            _read(kind, question, {}, opening + text, "unparsed")
    set_aside("Renal cysts are sacs that form in the kidneys. " + text, "Is there a renal cyst?")


@pytest.mark.parametrize("text", [rep(" ", 20000, tail="x"), rep(", ", 10000, tail="x"), rep("a ", 10000),
                                  rep("though ", 3000, tail="x"), rep("but ", 5000), rep("there is one ", 1500, tail="x"),
                                  rep(": ", 10000, tail="x")])
def test_linear_time(text: Grown[str]) -> None:
    # (a class's definition then 20k spaces, read as an open answer, is slow before this lane too: ``open_tails``'s
    # trimming; the class sentence's own reading is timed alone)
    reads_linearly(_read_after_openings, text)
