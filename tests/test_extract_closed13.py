"""Closed recall round (closed13): report-style shapes of a yes/no answer, read by mechanism, with guards beside them.

Each case is a closed question, an invented answer and what a careful reader takes from it (``None``: no answer).
Shapes: a denial after its finding without a copula ("Pleural effusion not present."), an organ's label line
("Liver: unremarkable."), statements placed on an earlier study (which answer nothing about this one), Japanese
verdict words, a "?" opening a phrase (a doubt, not a sentence end), "unremarkable" as the normal pole, the subject's
own label line and its initials (``extract/subject_lines.py``), the question's verb after a pronoun ("It isn't: ...",
``extract/short_reply.py``), an "Answer" heading, a property's opposite by its prefix ("asymmetric"), a label naming
the property ("Signal: hyperintense"), the property said as its noun ("No calcification.", ``extract/property_nouns.py``),
organs listed under one state, a study called normal in German, French, Italian, Portuguese or Spanish, well / ill
defined, grading adverbs, preserved / narrowed, the asked head noun alone (``extract/head_noun.py``).
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

CASES: list[tuple[str, str, str | None]] = [
    # a denial after its finding, the copula left out
    ("Is there a pleural effusion?", "Pleural effusion not present.", "no"),
    ("Is there ascites?", "Ascites absent.", "no"),
    ("Is there free air?", "Free intraperitoneal air not demonstrated.", "no"),
    ("Is there a pneumothorax?", "Pneumothorax ruled out.", "no"),
    ("Is there a midline shift?", "Midline shift not identified.", "no"),
    ("Is there a pneumothorax?", "Pneumothorax cannot be excluded.", None),
    # an organ's label line
    ("Is the liver normal?", "Liver: unremarkable.", "yes"),
    ("Is the thyroid gland normal?", "Thyroid — unremarkable.", "yes"),
    ("Is the spleen normal?", "Liver: unremarkable.", None),
    ("Is there a pleural effusion?", "Effusion - unremarkable", None),
    # what an earlier study showed
    ("Is there a pleural effusion?", "Pleural effusion not present on the prior study.", None),
    ("Is there a fracture?", "Fracture not seen on the radiograph from 2019.", None),
    ("Is the spleen normal?", "Spleen: previously enlarged.", None),
    ("Is there a pleural effusion?", "Compared with the prior study, pleural effusion not present.", "no"),
    # Japanese verdict words (a Japanese question keeps its yes/no gold); its kanji are no Chinese sentence
    ("Is there a pleural effusion?", "いいえ、胸水は認められません。", "no"),
    ("この画像に骨折はありますか？", "はい、橈骨遠位端骨折があります。", "yes"),
    ("Is there a fracture?", "いいえ、はい、わかりません。", None),
    # a doubt in report shorthand; one organ labelled twice
    ("Is the spleen enlarged?", "Spleen: ? enlarged.", None),
    ("Is the liver normal?", "Liver: unremarkable. Liver: coarse echotexture with nodular margin.", None),
    # "unremarkable" is normal as a whole, for any subject
    ("Is the appendix normal?", "The appendix is unremarkable.", "yes"),
    ("Is the appendix normal?", "Otherwise unremarkable.", None),
    # the subject's own label line, its copula left out; the subject by its initials
    ("Is the gallbladder wall thickened?", "Gallbladder wall: thickened.", "yes"),
    ("Is the pleura thickened?", "- Pleura — not thickened", "no"),
    ("Is the optic disc swollen?", "**Optic disc:** swollen, blurred margins.", "yes"),
    ("Is the common bile duct dilated?", "CBD: not dilated.", "no"),
    ("Is the ACL torn?", "The anterior cruciate ligament is torn.", "yes"),
    ("Is the common bile duct dilated?", "Pancreatic duct: dilated.", None),
    ("Is the ACL torn?", "Posterior cruciate ligament: torn.", None),
    ("Is the common bile duct dilated?", "CBD: ? dilated.", None),
    ("Is the right kidney enlarged?", "Left kidney: enlarged.", None),
    # the question's own verb after a pronoun, standing alone
    ("Is the mass invading the vessel?", "It isn't: a preserved fat plane separates the mass from the vein.", "no"),
    ("Is there a midline shift?", "There is — about 8 mm to the left.", "yes"),
    ("Does the lesion enhance?", "It doesn't.", "no"),
    ("Is the liver enlarged?", "It is, however, hard to say.", None),
    ("Is there a fracture?", "There is", None),
    ("Is there no fracture?", "There is not.", None),
    # batch 2: the answer's heading; a comparison set aside; a property's opposite by its prefix
    ("Are there granulomas present?", "### Answer\nYes.\n\n### Reasoning\nWell-formed granulomas.", "yes"),
    ("Is the mass T2 hypointense?", "The mass is markedly T2 hyperintense, close to CSF signal.", "no"),
    ("Is the lesion symmetric?", "The lesion is markedly asymmetric.", "no"),
    ("Is the border regular?", "Irregular border.", "no"),
    ("Is the lesion symmetric?", "The other lesion is asymmetric.", None),
    # a label naming the pair's property ("Signal:", "Composition:", "Impression:")
    ("Is the lesion hyperintense on T2?", "**Signal:** hyperintense", "yes"),
    ("Is the nodule hypoechoic?", "Echogenicity: markedly hypoechoic", "yes"),
    ("Is the lesion malignant?", "Impression: benign.", "no"),
    ("Is the lesion hyperintense on T2?", "**T1 signal:** hyperintense", None),
    ("Is the lesion hyperintense on T2?", "Edema signal: hyperintense.", None),
    ("Is the lesion cystic?", "Composition: mixed solid and cystic.", None),
    # the property said as its noun
    ("Is the nodule calcified?", "No calcification.", "no"),
    ("Is the nodule calcified?", "**Calcification:** present", "yes"),
    ("Is the common bile duct dilated?", "Dilatation of the common bile duct is not seen.", "no"),
    ("Is the gallbladder wall thickened?", "Thickening of the gallbladder wall is noted.", "yes"),
    ("Is the nodule calcified?", "No calcification in the adjacent node.", None),
    ("Is the nodule calcified?", "Calcification: previously present.", None),
    ("Is the gallbladder wall thickened?", "Thickening of the bladder wall is noted.", None),
    # batch 3: organs listed under one state; a study called normal in other languages; well / ill defined
    ("Is the spleen normal?", "The liver, spleen, pancreas and kidneys are unremarkable.", "yes"),
    ("Is the spleen normal?", "Normal appearance of the liver, spleen and pancreas.", "yes"),
    ("Is the spleen normal?", "Liver, kidneys and pancreas: unremarkable.", None),
    ("Is the pancreas normal?", "The liver and spleen are normal; the pancreas is enlarged.", None),
    ("Is the study normal?", "Unauffälliger Befund.", "yes"),
    ("Is the study normal?", "Examen sans particularité.", "yes"),
    ("Is the study normal?", "Estudo sem alterações.", "yes"),
    ("Is the study normal?", "Sans anomalie, sauf un épanchement.", None),
    ("Is the lesion well defined?", "The lesion is ill-defined.", "no"),
    ("Is the tumour well differentiated?", "The tumour is poorly differentiated.", "no"),
    ("Is the lesion well defined?", "The lesion is moderately well defined.", None),
    # batch 4: grading adverbs and a size around subject and property; preserved / narrowed; the asked head noun
    ("Is the nodule calcified?", "The 6 mm nodule is densely calcified.", "yes"),
    ("Is the nodule calcified?", "The nodule is not densely calcified.", None),
    ("Is the joint space narrowed?", "The joint space is narrowed medially but preserved laterally.", None),
    ("Is the joint space narrowed?", "The joint space is preserved.", "no"),
    ("Is the lung volume reduced?", "The lungs are hyperinflated.", "no"),
    ("Is there a pericardial effusion?", "A moderate circumferential effusion of 1.4 cm is present.", "yes"),
    ("Is there a pericardial effusion?", "An effusion in the knee joint is present.", None),
    ("Is there a pericardial effusion?", "Small bilateral effusions are present.", None),
    ("Is there an acute fracture?", "There is a fracture.", None),
    ("Is there no cardiomegaly?", "Cardiomegaly.", "no"),
    ("Is the spleen normal?", "The liver, but not the spleen, is normal.", None),
    ("Is the liver normal?", "The liver is normal in size.", None),
    ("Is the nodule calcified?", "The nodule is densely calcified in a central pattern.", "yes"),
]


@pytest.mark.parametrize(("question", "text", "answer"), CASES, ids=[f"{i}-{c[1][:30]}" for i, c in enumerate(CASES)])
def test_closed13_case(question: str, text: str, answer: str | None) -> None:
    got = extract(text, Sample(id="c13", question=question, answer="yes", answer_type=AnswerType.CLOSED))
    assert got.answer == answer, got.rule
