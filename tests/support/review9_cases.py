"""Session 9 review: replies the new closed-question readers (antonym pairs, organ identity, the lead
contradiction, accentless "Si") must leave unread or read the right way. Invented texts, written for these tests."""

from __future__ import annotations

from medstep.types import AnswerType, Sample
from support.extract_cases import Case


def _closed(question: str, answer: str = "yes") -> Sample:
    return Sample(id="r9", question=question, answer=answer, answer_type=AnswerType.CLOSED)


MALIGNANT = _closed("Is the lesion malignant?")
LIVER_NORMAL = _closed("Is the liver normal?")
SOLID = _closed("Is the mass solid?")
ENHANCE = _closed("Does the lesion enhance?")
RIGHT_KIDNEY = _closed("Is the lesion in the right kidney?")
ORGAN_LEFT = _closed("Is the organ on the left the liver?")
LEFT_KIDNEY = _closed("Is this the left kidney?")
PE = _closed("Is there a pulmonary embolus?")
EFFUSION = _closed("Is there a pleural effusion?")
SACROILIITIS = _closed("Is there sacroiliitis?")
KNEE_NORMAL = _closed("Is the knee normal?")
BRAIN_ABNORMALITY = _closed("Is there an abnormality in the brain?")
LUNG_MASS = _closed("Is there a mass in the lung?")
HEART_SIZE = _closed("Is the heart size normal?")
HYPODENSE = _closed("Is the lesion hypodense?")
CYSTIC = _closed("Is the lesion cystic?")
T2 = _closed("Is this MRI T2-weighted?")

REVIEW9_CASES = [
    # a pole under an adverbed "not" is no pole: "not clearly benign" is not "malignant"
    Case("antonym-not-clearly", MALIGNANT, "The lesion is not clearly benign.", None, "unparsed"),
    # a past state, a part, an exception, another place too: not the whole asked thing now
    Case("antonym-past", MALIGNANT, "It was benign on the prior biopsy, but it has grown.", None, "unparsed"),
    Case("antonym-generic", MALIGNANT, "Radiologists often call such lesions benign.", None, "unparsed"),
    Case("antonym-exception", LIVER_NORMAL, "The liver is normal apart from a small cyst.", None, "unparsed"),
    Case("antonym-part", SOLID, "It has cystic components.", None, "unparsed"),
    Case("antonym-contains", SOLID, "The mass contains a small cyst.", None, "unparsed"),
    Case("side-as-well", RIGHT_KIDNEY, "It is in the left kidney as well.", None, "unparsed"),
    # a pair with a middle (isodense, mixed, FLAIR): "not" the other pole states no pole; "not" the asked one is no
    Case("antonym-middle-not-other", HYPODENSE, "It is not hyperdense.", None, "unparsed"),
    Case("antonym-middle-not-asked", HYPODENSE, "It is not hypodense.", "no", "implicit_antonym"),
    Case("antonym-middle-mixed", CYSTIC, "It is not solid.", None, "unparsed"),
    Case("antonym-middle-sequence", T2, "It is not T1.", None, "unparsed"),
    Case("antonym-no-middle", MALIGNANT, "It is not benign.", "yes", "implicit_antonym"),
    Case("antonym-non-enhancing", ENHANCE, "It is non-enhancing.", "no", "implicit_antonym"),
    # one aspect of the asked thing is not the thing, unless the question asks that aspect
    Case("antonym-aspect", KNEE_NORMAL, "The knee alignment is normal.", None, "unparsed"),
    Case("antonym-aspect-asked", HEART_SIZE, "The heart size is abnormal.", "no", "implicit_antonym"),
    # "enhanced" / "unenhanced" naming the scan say nothing of the lesion
    Case("antonym-technique-unenhanced", ENHANCE, "This is an unenhanced CT.", None, "unparsed"),
    Case("antonym-technique-enhanced", ENHANCE, "The lesion is seen on the enhanced images.", None, "unparsed"),
    Case("antonym-enhances", ENHANCE, "It enhances avidly.", "yes", "implicit_antonym"),
    # an identity reply about another thing, or the same organ on the other side
    Case("identity-other-thing", ORGAN_LEFT, "The organ on the right is the spleen.", None, "unparsed"),
    Case("identity-same-thing", ORGAN_LEFT, "The organ on the left is the spleen.", "no", "implicit_antonym"),
    Case("identity-other-side", LEFT_KIDNEY, "This is the right kidney.", "no", "implicit_antonym"),
    Case("identity-same-side", LEFT_KIDNEY, "This is the left kidney.", "yes", "implicit_antonym"),
    Case("identity-no-side", LEFT_KIDNEY, "This is the kidney.", None, "unparsed"),
    # a bare "No." the next sentence contradicts, whatever other negation that sentence holds
    Case("lead-contradicted-with-negation", PE, "No. There is a filling defect consistent with pulmonary embolism, "
         "without right heart strain.", None, "ambiguous"),
    # a closing verdict the writer says it would not give is no answer
    Case("final-denied-yes", EFFUSION, "I would not say yes.", None, "unparsed"),
    Case("final-denied-no", EFFUSION, "I wouldn't say no.", None, "unparsed"),
    Case("final-said-no", EFFUSION, "There isn't an effusion, so I'd say no.", "no", "yes_no_final"),
    # a denial beside an exception names one; a lobe of another organ is no lung lobe
    Case("denied-with-exception", BRAIN_ABNORMALITY, "Apart from the hemorrhage, there is no abnormality.", None,
         "unparsed"),
    Case("denied-no-place", BRAIN_ABNORMALITY, "There is no abnormality.", "no", "implicit_yes_no"),
    Case("lobe-of-thyroid", LUNG_MASS, "There is a mass in the upper lobe of the thyroid.", None, "unparsed"),
    Case("lobe-of-kidney", LUNG_MASS, "There is a mass in the lower lobe of the left kidney.", None, "unparsed"),
    Case("lobe-of-lung", LUNG_MASS, "There is a 2 cm spiculated mass in the left upper lobe.", "yes",
         "implicit_yes_no"),
    # "SI" (the sacroiliac joints) opening a line is no Spanish yes
    Case("si-capitals-abbreviation", SACROILIITIS, "SI: normal joint spaces bilaterally.", None, "unparsed"),
]
