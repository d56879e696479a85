"""Closed round closed16 (issue #7): short yes/no replies that state a value, decorate the verdict or repeat a field.

Each case is a closed question, an invented answer and what a careful reader takes from it (``None``: no answer).
An opening verdict keeps its meaning under a list bullet, code backticks or a run of emoji after it ("- Yes", "`yes`",
"Yes ✅", "No 🙂", "是✅"), unless a tick or cross disagrees with the word ("Yes ❌"); "Yes…" opens a reply as "Yes."
does (``closed.undecorate``). A cut-off written in the question borrows the names of the table row whose quantity the
subject is ("LVEF" for the ejection fraction, "CBD", "PR"), and a question without a unit takes that row's dimension
(``extract/asked_cutoff.py``); the question's own cut-off goes before the table's. A value after an opening verdict
that falls on the other side of the question's cut-off ("Yes, 3 mm." to "larger than 5 mm?") contradicts it
(``leads.lead_contradicted``). The asked finding's field given twice, denied and stated, is a contradiction
(``finding_fields.contradicts``). The study or patient a question names after its term ("on this CT head", "on this
tracing", "in this child") is no part of the term (``implicit_terms.question_term``). A presence question asking a verb's
noun ("thickening of the gallbladder wall") is answered by its participle ("The gallbladder wall is thickened.",
``property_nouns.as_property_question``). A question word under "non-" ("Non-displaced fracture." to "Is there a
displaced fracture?") is denied, not stated (``implicit.prefix_denied``). The question's words match their other
forms (``answers/wordforms.tsv``: "calculus" / "stone", "hepatic" / "liver"), and a sentence that only names the asked
finding, with its size, place and description and no verb ("A 6 mm calculus in the lower pole of the left kidney."),
states it (``extract/fragments.py``) — never a label ("Ascites: none."), a history ("History of ...") or an organ alone.
Where the vocabulary files distinct kinds under one concept (its ligament tear holds the ACL, meniscal and rotator cuff
tears; its bone fragment the displaced, stress, spiral fractures), another kind answers nothing
(``findings_words.other_kind``): "Medial meniscal tear." read YES to "Is there an ACL tear?" on main. A closing
verdict may follow a dash ("Coronal — yes."), and one that a whole sentence before it contradicts ("There is a
pneumothorax. No.") leaves the reply ambiguous.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

CASES: list[tuple[str, str, str | None]] = [
    # decoration around an opening verdict
    ("Is there a pleural effusion?", "Yes ✅", "yes"),
    ("Is there a pleural effusion?", "No 🙂", "no"),
    ("Is there a pleural effusion?", "Yes 👍 — small left effusion.", "yes"),
    ("Is there a pleural effusion?", "Yes ❌", None),
    ("Is there a pleural effusion?", "- Yes", "yes"),
    ("Is there a pleural effusion?", "`yes`", "yes"),
    ("Is there a pleural effusion?", "Yes…", "yes"),
    ("是否有骨折？", "否 ❌", "否"),
    # the question's own cut-off, its subject named as the table names it
    ("Is the ejection fraction below 40%?", "LVEF 55%", "no"),
    ("Is the ejection fraction below 40%?", "EF ~30%.", "yes"),
    ("Is the ejection fraction below 40%?", "LVEF 40%.", "no"),
    ("Is the cardiothoracic ratio greater than 0.5?", "CTR = 0.58", "yes"),
    ("Is the common bile duct wider than 6 mm?", "CBD 9 mm.", "yes"),
    ("Is the PR interval longer than 200 ms?", "PR 240 ms.", "yes"),
    ("Is the QRS wider than 120 ms?", "QRS duration 90 ms.", "no"),
    ("Is the heart rate above 100?", "Rate ~120/min, regular.", "yes"),
    ("Does the nodule exceed 8 mm?", "Nodule: 6 mm.", "no"),
    ("Is the endometrial thickness greater than 4 mm?", "Endometrium measures 6 mm.", "yes"),
    ("Is the ejection fraction below 40%?", "Ejection fraction below 40%.", None),
    ("Is the stone larger than 5 mm?", "Two stones: 3 mm and 7 mm.", None),
    # a value after the opening verdict, against the question's cut-off
    ("Is the kidney stone larger than 5 mm?", "Yes, 3 mm.", None),
    ("Is the kidney stone larger than 5 mm?", "No, 8 mm.", None),
    ("Is the kidney stone larger than 5 mm?", "Yes — approximately 3 mm.", None),
    ("Is the kidney stone larger than 5 mm?", "Yes, 8 mm.", "yes"),
    ("Is the kidney stone larger than 5 mm?", "No, the stone measures 8 mm.", None),
    # the asked finding's field given twice
    ("Is there ascites?", "Ascites: none.\nAscites: small.", None),
    ("Is there a pleural effusion?", "Pleural effusion: yes\nPleural effusion: no", None),
    ("Is there ascites?", "Ascites: none.\nLiver: normal.\nAscites: none.", "no"),
    # the question's study or patient after its term
    ("Is the thyroid gland enlarged on this CT?", "The thyroid is not enlarged.", "no"),
    ("Is there a subdural haematoma on this CT head?", "Small left subdural haematoma.", "yes"),
    ("Is there atrial fibrillation on this tracing?", "Atrial fibrillation with a rapid ventricular response.", "yes"),
    # a verb's noun asked, its participle answered
    ("Is there dilatation of the bowel?", "The small bowel is dilated to 4 cm.", "yes"),
    ("Is there thickening of the gallbladder wall?", "Gallbladder wall not thickened.", "no"),
    ("Is there spinal cord compression?", "The spinal cord is not compressed.", "no"),
    ("Is there calcification in the nodule?", "The nodule is calcified.", "yes"),
    # a question word under a negating prefix
    ("Is there a displaced fracture?", "Non-displaced fracture of the distal radius.", None),
    ("Is there a fracture?", "Non-displaced fracture of the distal radius.", "yes"),
    # a finding named alone, in the question's words or their other forms
    ("Is there a kidney stone?", "A 6 mm calculus in the lower pole of the left kidney.", "yes"),
    ("Is there a kidney stone?", "No calculi.", "no"),
    ("Is there a kidney stone?", "A 6 mm calculus in the gallbladder.", None),
    ("Is there a mass in the liver?", "A 3 cm hepatic mass.", "yes"),
    ("Does the image contain the heart?", "heart", None),
    ("Is there ascites?", "Ascites: none.\nLiver: normal.\nAscites: none.", "no"),
    ("Are there kidney stones?", "History of kidney stones.", None),
    # one concept's kinds: another kind answers nothing
    ("Is there an ACL tear?", "Medial meniscal tear.", None),
    ("Is there an ACL tear?", "Tear of the posterior horn of the medial meniscus.", None),
    ("Is there an ACL tear?", "No meniscal tear.", None),
    ("Is there a displaced fracture?", "Greenstick fracture of the distal radius.", None),
    ("Is there a comminuted fracture?", "Simple transverse fracture of the tibia.", None),
    ("Is there an ACL tear?", "Complete rupture of the anterior cruciate ligament.", "yes"),
    ("Is there an anterior cruciate ligament tear?", "ACL tear.", "yes"),
    ("Is there a meniscal tear?", "Tear of the posterior horn of the medial meniscus.", "yes"),
    # the verdict after the restated term, and a closing verdict against the sentence before it
    ("Is this a coronal image?", "Coronal — yes.", "yes"),
    ("Is this an axial image?", "Coronal — no.", "no"),
    ("Is there a pneumothorax?", "Pneumothorax — no.", "no"),
    ("Is there a pneumothorax?", "There is a pneumothorax. No.", None),
    ("Is there intracranial hemorrhage?", "There is no evidence of intracranial hemorrhage. Yes.", None),
    ("Is there a pneumothorax?", "There is a small apical pneumothorax. So, yes.", "yes"),
]


@pytest.mark.parametrize(("question", "text", "answer"), CASES, ids=[f"{i}-{c[1][:30]}" for i, c in enumerate(CASES)])
def test_closed16_case(question: str, text: str, answer: str | None) -> None:
    got = extract(text, Sample(id="c16", question=question, answer="yes", answer_type=AnswerType.CLOSED))
    assert got.answer == answer, got.rule
