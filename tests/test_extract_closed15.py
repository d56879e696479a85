"""Closed round closed15 (issue #7): yes/no answers missed on the blind 13/13h closed items, by mechanism.

Each case is a closed question, an invented answer and what a careful reader takes from it (``None``: no answer).
A reply that repeats one verdict word in a loop reads as that word once (``closed.collapse_loop``); a loop that
changes its word reads nothing. A JSON key saying only that the finding is there ("finding_present", "is_present",
"findingDetected") is a presence key (``replywords``). Short verdict words of more languages open a reply
(``answers/yesno.OTHER_VERDICT_WORDS``), and two sentences opening with opposite ones are a contradiction in any
language. A sentence opening with a verdict about how the image was made ("Yes, the image quality is adequate.")
answers another question (``closing.answers_another``). The study's method between a denial and its finding ("no CT
evidence of", "without sonographic evidence of") narrows nothing (``answers/technique.METHOD_WORDS``): it used to
leave the finding's name read as stated. The asked finding's own field line among measurement lines ("Gallstones:
none seen.\nCBD: 4 mm.") is read as the statement it is (``extract/finding_fields.py``), and a property's noun in
one sentence of several ("No calcification. The lesion is 12 mm.") as the property (``extract/property_nouns.py``),
unless another sentence has a word of the property's root. "None" or "not" with any word of seeing ("None found.") is a
presence word. A reply of one section per side answers a one-side question by that side's section
(``extract/side_sections.py``). A range the value is advised to lie in ("within the recommended 3-7 cm window") is a
reference, no second value (``extract/measured_gates.py``). An opening look at the image ("On review of the image:")
is no search still to be made (``extract/opening_frame.py``). A cut-off written in the question ("larger than 5 mm")
is a table row of its own for the measurement reader (``extract/asked_cutoff.py``). An opening "Yes," whose clause
names another plane or technique ("Yes, this is a sagittal view." to a coronal question) contradicts itself
(``leads.lead_contradicted``). "The liver spans 21 cm" is a measurement ("spans" between name and value); "free"
denies only as "free of" ("free fluid" is fluid).
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

CASES: list[tuple[str, str, str | None]] = [
    # a verdict word in a loop
    ("Is there a pneumothorax?", "Yes Yes Yes Yes Yes Yes", "yes"),
    ("Is there a pneumothorax?", "No\nNo\nNo", "no"),
    ("Is the heart enlarged?", "**Yes** **Yes** **Yes**", "yes"),
    ("Is there a pneumothorax?", "Yes Yes Yes No Yes Yes", None),
    ("Is the heart enlarged?", "Yes Yes Yes Yes Maybe", None),
    # JSON: a generic presence key
    ("Is there a pleural effusion?", '{"finding_present": false, "evidence": "sharp costophrenic angles"}', "no"),
    ("Is there a fracture?", '{"findingDetected": true, "location": "distal radius"}', "yes"),
    ("Is there a fracture?", '{"finding_present": true, "finding": "pleural effusion"}', None),
    ("Is there a fracture?", '{"finding_present": true, "answer": "no"}', None),
    ("Is the heart size normal?", '{"finding_present": true}', None),
    # other languages' verdict words
    ("Is the shoulder dislocated?", "Да.", "yes"),
    ("Is there a pleural effusion?", "Nie, nie ma płynu.", "no"),
    ("Is there a pleural effusion?", "네, 흉수가 있습니다.", "yes"),
    ("Is there a pleural effusion?", "Нет. Да.", None),
    ("Is there a pleural effusion?", "Non. Oui.", None),
    # a later verdict about the image's making
    ("Is there a pneumothorax?", "No. The lung markings reach the chest wall. Yes, the image quality is adequate.", "no"),
    ("Is the appendix normal?", "No. The appendix is dilated. Yes, the patient positioning is good.", "no"),
    ("Is the endotracheal tube in a satisfactory position?", "No. Yes, the tube is well positioned.", None),
    ("Is there a pneumothorax?", "No. Yes, the image quality is adequate, though a small pneumothorax could be missed.",
     None),
    ("Is the image adequately penetrated?", "Yes. No, the positioning is not ideal.", None),
    # the study's method between a denial and its finding
    ("Is there evidence of diverticulitis?", "Sigmoid diverticulosis without CT evidence of diverticulitis.", "no"),
    ("Is there a fracture?", "No MRI evidence of a fracture.", "no"),
    ("Is there a fracture?", "There is no radiographic or CT evidence of a fracture.", "no"),
    ("Is there a pleural effusion?", "Small left pleural effusion without CT evidence of pneumothorax.", "yes"),
    ("Is there a fracture?", "No CT fracture; MRI shows a fracture.", None),
    # the asked finding's field among other lines
    ("Are there gallstones?", "Gallstones: none seen.\nGallbladder wall: 2 mm.\nCBD: 4 mm.", "no"),
    ("Is there a pleural effusion?", "Heart: normal size. Pleural effusion: none. Lungs: clear.", "no"),
    ("Is there a fracture?", "Alignment: normal\nFracture: yes — distal radius\nSoft tissues: swelling", "yes"),
    ("Is there a pneumothorax?", "Pneumothorax: not assessed.\nHeart: normal.", None),
    ("Is there a pneumothorax?", "Pneumothorax: none.\nLungs: clear.\nImpression: probable small pneumothorax.", None),
    ("Is there a pneumothorax?", "Pneumothorax: none. On the prior study, a large pneumothorax.", None),
    # the property's noun in one sentence of several
    ("Is the lesion calcified?", "No calcification. The lesion is 12 mm.", "no"),
    ("Is the lesion calcified?", "No calcification. Calcification cannot be excluded on this sequence.", None),
    ("Is the lesion enhancing?", "No enhancement. The lesion enhances avidly on delayed images.", None),
    # "none" / "not" with any word of seeing
    ("Are Reed-Sternberg cells present?", "FINDINGS:\nSmall lymphocytes only.\n\nIMPRESSION:\nNone found.", "no"),
    ("Are there no gallstones?", "None found.", "yes"),
    ("Is there a pneumothorax?", "None found, but the image is limited.", None),
    # one section per side
    ("Is there hydronephrosis in the right kidney?",
     "Right kidney: no pelvicalyceal dilatation.\nLeft kidney: moderate hydronephrosis with a dilated ureter.", "no"),
    ("Is there hydronephrosis in the right kidney?", "Left kidney: moderate hydronephrosis.", None),
    ("Is there a fracture of the right hip?", "Right hip: possibly a subtle fracture.\nLeft hip: normal.", None),
    # a range the value is advised to lie in
    ("Is the endotracheal tube in a satisfactory position?",
     "The tube tip is 4.5 cm above the carina, within the recommended 3-7 cm window.", "yes"),
    ("Is the endotracheal tube in a satisfactory position?", "The tube tip is 1 cm above the carina (ideal 3-7 cm).", "no"),
    # an opening look at the image
    ("Is there a pleural effusion?", "On review of the image: there is no pleural effusion.", "no"),
    ("Is there a pneumothorax?", "Looking at this CT image, yes — a small anterior pneumothorax.", "yes"),
    ("Is there a pneumothorax?", "On review of the prior study: a small pneumothorax.", None),
    ("Is there a pneumothorax?", "Looking for a pneumothorax, I see a possible pleural line at the apex.", None),
    # a cut-off written in the question
    ("Is the kidney stone larger than 5 mm?", "The stone measures 8 x 6 mm.", "yes"),
    ("Is the thyroid nodule larger than 1 cm?", "Right lobe nodule measuring 7 x 6 x 5 mm, solid and isoechoic.", "no"),
    ("Is the cardiothoracic ratio greater than 0.5?", "The cardiothoracic ratio is 0.44.", "no"),
    ("Is the ejection fraction below 40%?", "The ejection fraction is estimated at 30%.", "yes"),
    ("Is the stone larger than 5 mm?", "The stone measures 5 mm.", "no"),
    ("Is the stone at least 5 mm?", "The stone measures 5 mm.", "yes"),
    ("Is the stone larger than 5 mm?", "The stone measures 4-6 mm.", None),
    ("Is the nodule larger than 1 cm?", "The nodule measures 12 mm and the adjacent node 8 mm.", None),
    ("Is the stone larger than 5 mm?", "On the prior study the stone measured 8 mm.", None),
    ("Is the stone not larger than 5 mm?", "The stone measures 8 mm.", None),
    # an opening verdict whose clause names another plane or technique
    ("Is this a coronal view?", "Yes, this is a sagittal view.", None),
    ("Is this a T2-weighted image?", "Yes, it is T1-weighted.", None),
    ("Is this a coronal view?", "Yes, a coronal reformat.", "yes"),
    # "spans" before a value; "free" denies only as "free of"
    ("Is the liver enlarged?", "The liver spans 21 cm in the mid-clavicular line.", "yes"),
    ("Is there free fluid in the abdomen?", "There is free fluid in the abdomen.", "yes"),
    ("Is there free fluid in the abdomen?", "The abdomen is free of fluid.", "no"),
    # an echoed "Yes/No:" label
    ("Is there a pleural effusion?", "Yes/No: No", "no"),
    ("Is there a pleural effusion?", "Yes/No: maybe", None),
]


@pytest.mark.parametrize(("question", "text", "answer"), CASES, ids=[f"{i}-{c[1][:30]}" for i, c in enumerate(CASES)])
def test_closed15_case(question: str, text: str, answer: str | None) -> None:
    got = extract(text, Sample(id="c15", question=question, answer="yes", answer_type=AnswerType.CLOSED))
    assert got.answer == answer, got.rule
