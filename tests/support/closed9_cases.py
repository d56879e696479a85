"""Sixth closed round (closed9): verdicts their own reply takes back, and answers in the question's domain words.

Each mechanism has its positive phrasings and, beside them, precision probes that must stay unparsed,
ambiguous or refused (a guess is worse than no answer). Invented texts, written for these tests.
"""

from __future__ import annotations

from medstep.types import AnswerType, Sample
from support.extract_cases import Case


def _closed(question: str, answer: str = "yes") -> Sample:
    return Sample(id="c9", question=question, answer=answer, answer_type=AnswerType.CLOSED)


EFFUSION = _closed("Is there a pleural effusion?")
PE = _closed("Is there a pulmonary embolus?")
PTX = _closed("Is there a pneumothorax?")
MALIGNANT = _closed("Is the lesion malignant?")
T1 = _closed("Is this MRI T1-weighted?")
LIVER = _closed("Is the organ on the left the liver?")
RIGHT_KIDNEY = _closed("Is the lesion in the right kidney?")
HEALTHY = _closed("Is the lung healthy?")
ES_PTX = _closed("¿Hay neumotórax?")
ZH_LIVER = _closed("这张图片包含肝脏吗？", "是")

CLOSED9_CASES = [
    # a bare opening verdict whose next sentence states the finding the other way: which did the model mean?
    Case("lead-contradicted-by-finding", PE,
         "No. There is a filling defect in the right lower lobe segmental artery consistent with pulmonary embolism.",
         None, "ambiguous"),
    Case("lead-agrees-with-finding", PE, "Yes. There is a filling defect consistent with pulmonary embolism.",
         "yes", "yes_no_lead"),
    Case("lead-then-search-described", EFFUSION, "**No.** I reviewed the image for a pleural effusion.", "no",
         "yes_no_lead"),
    Case("lead-comma-keeps-reading", EFFUSION, "No, the costophrenic angles are sharp.", "no", "yes_no_lead"),
    # a verdict whose only qualification is a possibility: one policy with "Possibly yes." (no answer)
    Case("hedged-only-yes-maybe", EFFUSION, "Yes, maybe.", None, "unparsed"),
    Case("hedged-only-no-possibly", EFFUSION, "No, possibly.", None, "unparsed"),
    Case("hedged-only-two-sentences", EFFUSION, "Yes. Perhaps.", None, "unparsed"),
    Case("hedged-only-hedge-first", EFFUSION, "Maybe, yes.", None, "unparsed"),
    Case("hedged-only-marked", EFFUSION, "Answer: Yes, maybe.", None, "unparsed"),
    Case("hedged-lean-commits", EFFUSION, "Yes, probably.", "yes", "yes_no_lead"),
    Case("hedge-then-commitment", EFFUSION, "Maybe, but I'd say yes.", "yes", "yes_no_final"),
    # the other pole of an antonym pair (extract/antonyms.py)
    Case("antonym-benign", MALIGNANT, "These features are typical of a benign lesion.", "no", "implicit_antonym"),
    Case("antonym-elliptic", MALIGNANT, "Benign.", "no", "implicit_antonym"),
    Case("antonym-other-subject", MALIGNANT, "The heart is benign.", None, "unparsed"),
    # a committed lean before the pole answers (session 44, closed44: the corpus labels "probably benign" as a no);
    # a lean that holds it open does not
    Case("antonym-hedged", MALIGNANT, "The lesion is probably benign.", "no", "implicit_antonym"),
    Case("antonym-open", MALIGNANT, "The lesion could be benign.", None, "unparsed"),
    Case("antonym-both-ways", MALIGNANT, "It looks malignant. On the other hand, these features are typical of a "
         "benign lesion.", None, "ambiguous"),
    Case("antonym-t2", T1, "This is a T2-weighted sequence.", "no", "technique"),
    Case("antonym-health", HEALTHY, "The lung is abnormal.", "no", "implicit_antonym"),
    Case("antonym-health-other-organ", HEALTHY, "The heart is abnormal.", None, "unparsed"),
    Case("side-other", RIGHT_KIDNEY, "It is in the left kidney.", "no", "implicit_antonym"),
    Case("side-same", RIGHT_KIDNEY, "The lesion is in the right kidney.", "yes", "implicit_place"),
    Case("side-place-not-located", RIGHT_KIDNEY, "The right kidney is normal.", None, "unparsed"),
    # the asked place denied answers the place question (session 37's place reader; unparsed before it)
    Case("side-negated", RIGHT_KIDNEY, "The lesion is not in the right kidney.", "no", "implicit_place"),
    Case("identity-other-organ", LIVER, "That is the spleen.", "no", "implicit_antonym"),
    Case("identity-same-organ", LIVER, "That is the liver.", "yes", "implicit_antonym"),
    Case("identity-negated", LIVER, "That is not the liver.", None, "unparsed"),
    # a sign of a fully expanded lung answers "pneumothorax?" only for both lungs
    Case("sign-lungs-expanded", PTX, "The lungs are fully expanded.", "no", "implicit_sign"),
    # (read since session 35 as the normal finding "lung reaches the chest wall", which rules a pneumothorax out)
    Case("sign-markings-to-wall", PTX, "Lung markings extend to the chest wall bilaterally.", "no", "implicit_finding"),
    Case("sign-one-lung-expanded", PTX, "The left lung is fully expanded.", None, "unparsed"),
    Case("sign-expansion-denied", PTX, "The lungs are not fully expanded.", None, "unparsed"),
    # "Si" without its accent, before punctuation only ("Si hay …" is "if there is …")
    Case("es-si-unaccented", ES_PTX, "Si, hay un neumotórax izquierdo.", "yes", "yes_no_lead"),
    Case("es-si-marked", ES_PTX, "Respuesta: Si", "yes", "final_answer_phrase"),
    Case("es-si-is-if", ES_PTX, "Si hay neumotórax, se vería una línea pleural.", None, "unparsed"),
    # a hedge, then a turn that commits; a turn against an earlier verdict is no conclusion
    Case("hedge-but-yes", EFFUSION, "It's subtle, but yes.", "yes", "yes_no_final"),
    Case("hedge-on-balance-no", EFFUSION, "Possibly, but on balance no.", "no", "yes_no_final"),
    Case("yes-but-no", EFFUSION, "Yes, but no.", None, "ambiguous"),
    # 包含 / 不包含 echo a "contain" question (the verdict words of medstep.answers)
    Case("zh-contains-lead", ZH_LIVER, "不包含。", "否", "yes_no_lead"),
    Case("zh-contains-statement", ZH_LIVER, "图片中可见肝脏。", "是", "implicit_yes_no"),
    Case("zh-contains-denied", ZH_LIVER, "图片不包含肝脏。", "否", "implicit_yes_no"),
    # more antonym pairs: consistency, density, echogenicity, enhancement
    Case("antonym-solid", _closed("Is the mass cystic?"), "The mass is solid.", "no", "implicit_antonym"),
    Case("antonym-both-components", _closed("Is the mass cystic?"),
         "The mass is predominantly solid with a small cystic component.", None, "unparsed"),
    Case("antonym-hyperdense", _closed("Is the lesion hypodense?"), "The lesion is hyperdense.", "no",
         "implicit_antonym"),
    Case("antonym-not-enhance", _closed("Is the lesion enhancing?"), "The lesion does not enhance after contrast.",
         "no", "implicit_antonym"),
    Case("antonym-other-organ-enhances", _closed("Is the liver enhancing?"), "The kidney enhances normally.", None,
         "unparsed"),
    # a negative reply in other words, Latin plurals, a field after a dash
    Case("i-dont-see-one", PTX, "I don't see one.", "no", "yes_no_lean"),
    Case("latin-plural", _closed("Is the nucleus enlarged?"), "The nuclei are enlarged.", "yes", "implicit_yes_no"),
    Case("latin-plural-denied", _closed("Is there a calculus in the kidney?"), "No calculi are seen in the kidney.",
         "no", "implicit_yes_no"),
    Case("field-dash", _closed("Is there an effusion?"), "Effusion - absent", "no", "answer_field"),
    # "normal" as a whole is the healthy pole; one aspect of it ("normal in size") is not
    Case("antonym-looks-normal", _closed("Does the liver look abnormal?"), "The liver looks normal.", "no",
         "implicit_finding"),  # (the concept reader reads "look abnormal" since asked40)
    Case("antonym-normal-in-size", _closed("Does the liver look abnormal?"),
         "The liver is normal in size but has a nodular contour.", None, "unparsed"),
    Case("antonym-otherwise-normal", _closed("Is the liver healthy?"), "The liver is otherwise normal.", None,
         "unparsed"),
    # "on both sides" / "both lungs" is a place, not two candidates weighed
    Case("lead-contradicted-by-sign", PTX, "Yes. The lung markings extend to the chest wall on both sides and no "
         "pleural line is seen.", None, "ambiguous"),
    # the finding denied with no place at all denies it in the asked place too; another place says nothing
    Case("bare-denial-no-place", _closed("Is there an abnormality in the brain?"), "There is no abnormality.", "no",
         "implicit_yes_no"),
    Case("denial-other-place", _closed("Is there a mass in the liver?"), "No mass in the kidney.", None, "unparsed"),
    # a lobe is part of its lung: stated there it answers the lung's question yes, on the other side nothing
    Case("lobe-for-lung", _closed("Is there a mass in the lung?"),
         "There is a 2 cm spiculated mass in the left upper lobe.", "yes", "implicit_yes_no"),
    Case("lobe-other-side", _closed("Is there a nodule in the right lung?"), "There is a nodule in the left upper lobe.",
         None, "unparsed"),
]
