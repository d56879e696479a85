"""Review probes of lane optext50: wrong letters the new reader ``affirmed_option`` gave where the base gave none (a
general remark on how common an option is, a condition before the deciding clause, a mimic named after it, a
landmark option, a concept two options share, a missing sign of another option in German, "must be excluded")."""

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

NO_ANSWER = ("ambiguous", "refused", "truncated", "unparsed")
CASES = [
    ('m08', 'What is the most likely diagnosis?',
     {'A': 'Tuberculosis', 'B': 'Sarcoidosis', 'C': 'Lung cancer', 'D': 'Silicosis'},
     'Tuberculosis reactivates in the upper lobes; lung cancer is more common in smokers.', 'none'),
    ('m23', 'What is the most likely diagnosis?',
     {'A': 'Pleural effusion', 'B': 'Congestive heart failure', 'C': 'Pneumonia', 'D': 'Pneumothorax'},
     'Pneumonia is the answer if the patient is febrile; otherwise heart failure.', 'none'),
    ('m34', 'What is the most likely diagnosis?',
     {'A': 'Aortic dissection', 'B': 'Aortic aneurysm', 'C': 'Pulmonary embolism', 'D': 'Myocardial infarction'},
     'The aorta is dilated to 5.5 cm. A dissection can look similar.', 'none'),
    ('x01', 'What is the most likely diagnosis?',
     {'A': 'Tuberculosis', 'B': 'Sarcoidosis', 'C': 'Lung cancer', 'D': 'Silicosis'},
     'Silicosis requires occupational exposure; sarcoidosis is commoner in young women.', 'none'),
    ('x04', 'What is the most likely diagnosis?',
     {'A': 'Ischemic stroke', 'B': 'Brain tumor', 'C': 'Multiple sclerosis', 'D': 'Brain abscess'},
     'Tumour if it enhances on follow-up; else a subacute infarct in the brain.', 'none'),
    ('x05', 'What is the most likely diagnosis?',
     {'A': 'Renal cyst', 'B': 'Renal cell carcinoma', 'C': 'Angiomyolipoma', 'D': 'Hydronephrosis'},
     'The collecting system is dilated. A parapelvic cyst can look similar.', 'none'),
    ('x15', 'What is the most likely diagnosis?',
     {'A': 'Aortic dissection', 'B': 'Aortic aneurysm', 'C': 'Pulmonary embolism', 'D': 'Myocardial infarction'},
     'Pulmonary embolism occurs after surgery; aortic dissection is rare in the young.', 'none'),
    ('y07', 'Welche Diagnose ist am wahrscheinlichsten?',
     {'A': 'Pneumonie', 'B': 'Lungenödem', 'C': 'Pneumothorax', 'D': 'Pleuraerguss'},
     'Es fehlen Kerley-Linien. Für einen Pleuraerguss spricht der Meniskus, wobei eine Pneumonie nicht auszuschließen ist.', 'none'),
    ('w17', 'Welche Diagnose ist am wahrscheinlichsten?',
     {'A': 'Pneumonie', 'B': 'Lungenödem', 'C': 'Pneumothorax', 'D': 'Pleuraerguss'},
     'Für einen Pleuraerguss fehlt der Meniskus, für ein Lungenödem die Kerley-Linien.', 'none'),
    ('v05', 'What is the most likely diagnosis?',
     {'A': 'Pleural effusion', 'B': 'Congestive heart failure', 'C': 'Pneumonia', 'D': 'Pneumothorax'},
     'The lung has collapsed and air sits in the pleural space, with a small amount of fluid layering: a hydropneumothorax.', 'none'),
]


@pytest.mark.parametrize(("probe", "question", "options", "text", "label"), CASES)
def test_no_wrong_letter(probe: str, question: str, options: dict[str, str], text: str, label: str) -> None:
    gold = label if label != "none" else sorted(options)[0]
    result = extract(text, Sample(id=probe, question=question, answer=gold, answer_type=AnswerType.CHOICE,
                                  options=options), finish_reason=None)
    got = result.answer if result.status.value == "scored" else result.status.value
    assert got == label or (label == "none" and got in NO_ANSWER), (got, result.rule)
