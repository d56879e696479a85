"""Closed recall round (closedr11): clear yes/no answers that were left unparsed.

Each mechanism has its positive phrasings and, beside them, precision probes that must stay unparsed, ambiguous or
refused (a guess is worse than no answer). Invented texts, written for these tests.
"""

from __future__ import annotations

from medstep.types import AnswerType, Sample
from support.extract_cases import Case


def _closed(question: str, answer: str = "yes") -> Sample:
    return Sample(id="cr11", question=question, answer=answer, answer_type=AnswerType.CLOSED)


EFFUSION = _closed("Is there a pleural effusion?")
LEFT_EFFUSION = _closed("Is there a pleural effusion on the left?")
PTX = _closed("Is there a pneumothorax?")
SINUS = _closed("Is there a normal sinus rhythm?")
RADIUS = _closed("Is there a fracture of the distal radius?")
THYROID = _closed("Is the thyroid enlarged?")
MALIGNANT = _closed("Is the lesion malignant?")
BRAIN_NORMAL = _closed("Is this a normal brain MRI?")
CONSOLIDATION = _closed("Is there consolidation?")
BOWEL = _closed("Is the bowel wall thickened?")
GB_WALL = _closed("Is the gallbladder wall thickened?")
DUCT = _closed("Is the pancreatic duct dilated?")
CORTEX = _closed("Is the cortex thinned?")
KIDNEY = _closed("Is the kidney enlarged?")
APPENDIX = _closed("Is the appendix normal?")
BLADDER_WALL = _closed("Is the bladder wall normal?")

CLOSEDR11_CASES = [
    # replies in other words: "I think so" / "I believe so" affirm, "Not at all" denies
    Case("reply-think-so", EFFUSION, "I think so, but I'm not certain.", "yes", "yes_no_lean"),
    Case("reply-believe-so", EFFUSION, "I believe so.", "yes", "yes_no_lean"),
    Case("reply-not-at-all", BOWEL, "Not at all — the bowel wall is thin and enhances normally.", "no", "yes_no_lean"),
    Case("reply-think-so-but-alternative", EFFUSION, "I think so, but it could be a skin fold.", None, "unparsed"),
    Case("reply-not-at-all-then-finding", EFFUSION, "Not at all, there is a large effusion.", None, "ambiguous"),
    # a verdict set off inside the closing sentence (extract/closing.py)
    Case("closing-after-dash", SINUS, "Rate ~72, regular, P before every QRS, normal P axis — yes, sinus rhythm.",
         "yes", "yes_no_final"),
    Case("closing-opens-last-sentence", MALIGNANT, "Can't tell with certainty, but the features favor melanoma. Yes, "
         "most likely malignant — excision is warranted.", "yes", "yes_no_final"),
    Case("closing-degree-word", THYROID, "Mildly, yes (right lobe ~2.5 cm AP).", "yes", "yes_no_final"),
    Case("closing-id-say", BRAIN_NORMAL, "I can't be certain. I'd say no, given the mass effect on the left.", "no",
         "yes_no_final"),
    Case("closing-caveat-after", RADIUS, "There's a subtle cortical break along the dorsal distal radius — yes, a "
         "nondisplaced fracture, although an oblique view would help confirm.", "yes", "yes_no_final"),
    # ... never after a condition, a negation or another label, nor with a possibility, a turn or another verdict
    Case("closing-condition", RADIUS, "If there is a cortical break — yes, a fracture.", None, "unparsed"),
    Case("closing-possibility-after", SINUS, "Rate ~72, regular — yes, maybe sinus rhythm.", None, "ambiguous"),
    Case("closing-turn-then-negation", PTX, "The lung edge is visible at the apex — yes, although there is no "
         "pneumothorax.", None, "ambiguous"),
    Case("closing-echoes-a-negation", RADIUS, "There's no cortical break along the distal radius — yes, the radius "
         "is intact.", None, "unparsed"),
    Case("closing-other-label", EFFUSION, "Cardiomegaly — yes, the heart is enlarged.", None, "unparsed"),
    # the closing "yes" is the effusion's; each label item read on its own line, the pneumothorax's "none" answers
    Case("closing-other-label-after-denial", PTX, "Pneumothorax: none. Effusion — yes.", "no", "answer_field"),
    Case("closing-other-side", LEFT_EFFUSION, "The right costophrenic angle is blunted — yes, a small right effusion.",
         None, "unparsed"),
    Case("closing-two-verdicts", EFFUSION, "Step 2: effusion — no. Step 3: the heart — yes, enlarged.", None,
         "unparsed"),
    Case("closing-contradicted-before", _closed("Is this a CT image?"), "This is a CT image of the abdomen. No, it is "
         "an MRI.", None, "ambiguous"),
    Case("closing-contradicted-by-antonym", MALIGNANT, "The margins are smooth. No, the features are typical of a "
         "malignant lesion.", None, "ambiguous"),
    # the asked structure's size judged in words (extract/sizes.py)
    Case("size-measured-normal", GB_WALL, "Gallbladder wall measures 2 mm, which is normal.", "no", "implicit_size"),
    Case("size-within-normal-limits", GB_WALL, "The gallbladder wall measures about 2 mm, which is within normal "
         "limits.", "no", "implicit_size"),
    Case("size-bracketed-judgement", DUCT, "Main pancreatic duct: 2 mm (normal).", "no", "implicit_size"),
    Case("size-of-normal-dimension", CORTEX, "The renal cortex is of normal thickness.", "no", "implicit_size"),
    Case("size-asked-word", GB_WALL, "Gallbladder wall measures 6 mm, which is markedly thickened.", "yes",
         "implicit_size"),
    # ... never another structure, another dimension, one side only, a hedge, or the size word stated besides
    Case("size-other-structure", DUCT, "Common bile duct: 4 mm (normal).", None, "unparsed"),
    Case("size-other-dimension", GB_WALL, "The gallbladder wall is of normal size.", None, "unparsed"),
    Case("size-not-a-size", CORTEX, "The renal cortex is of normal echogenicity.", None, "unparsed"),
    Case("size-one-side", KIDNEY, "The right kidney measures 11 cm, which is normal.", None, "unparsed"),
    Case("size-hedged", GB_WALL, "Gallbladder wall measures 2 mm, which is probably normal.", None, "unparsed"),
    Case("size-stated-besides", GB_WALL, "Gallbladder wall measures 2 mm, which is normal. The wall is thickened at "
         "the fundus.", None, "unparsed"),
    Case("size-judgement-of-another", GB_WALL, "Gallbladder wall measures 6 mm, with a stone in the CBD which is "
         "normal.", None, "unparsed"),
    # a normality question answered by a size word stated of the structure
    Case("size-not-normal", APPENDIX, "The appendix is dilated to 11 mm with wall thickening.", "no", "implicit_finding"),
    Case("size-not-normal-degree", BLADDER_WALL, "The bladder wall is diffusely thickened and trabeculated.", "no",
         "implicit_size"),
    Case("size-abnormal-asked", _closed("Is the appendix abnormal?"), "The appendix is dilated to 11 mm.", "yes",
         "implicit_finding"),  # (the concept reader reads "Is the appendix abnormal?" since asked40)
    Case("size-not-normal-other-structure", BLADDER_WALL, "The bladder is diffusely thickened.", None, "unparsed"),
    Case("size-not-normal-but-normal-besides", APPENDIX, "The appendix is dilated. The rest of the bowel is normal.",
         None, "unparsed"),
    Case("size-not-normal-in-the-past", BLADDER_WALL, "The bladder wall was thickened on the prior study.", None,
         "unparsed"),
    # a size word stated of its subject, followed by more of the description (extract/implicit.py)
    Case("size-word-then-description", _closed("Is the esophagus dilated?"), "The esophagus is massively dilated with "
         "a bird-beak taper.", "yes", "implicit_yes_no"),
    Case("size-word-a-procedure", _closed("Is the esophagus dilated?"), "The esophagus was dilated with a balloon.",
         None, "unparsed"),
    Case("size-word-a-procedure-british", _closed("Is the esophagus dilated?"), "The oesophagus has been dilated using "
         "a bougie.", None, "unparsed"),
    Case("size-word-passive-no-tool", _closed("Is the esophagus dilated?"), "The oesophagus was dilated.", "yes",
         "implicit_yes_no"),
    # a side of a place: stop words and an elided place end (extract/antonyms.py), a side asked alone, "projects over"
    Case("side-elided-place", _closed("Is the lesion in the right lobe of the liver?"), "The lesion is in segment 3 of "
         "the left lobe.", "no", "implicit_antonym"),
    Case("side-place-with-of", _closed("Is the lesion in the right lobe of the liver?"), "The lesion is in the right "
         "lobe of the liver.", "yes", "implicit_antonym"),
    Case("side-alone", _closed("Is the effusion on the left?"), "It is on the right.", "no", "implicit_antonym"),
    Case("side-projects-over", _closed("Is the ETT tip in the left main bronchus?"), "The tip projects over the right "
         "main bronchus.", "no", "implicit_antonym"),
    Case("side-of-the-image", _closed("Is the effusion on the left?"), "The effusion is on the right side of the "
         "image.", None, "unparsed"),
    Case("side-another-organ", _closed("Is the lesion in the right lobe of the liver?"), "The lesion is in the left "
         "lobe of the thyroid.", None, "unparsed"),
    Case("side-both-named", _closed("Is the lesion in the right lobe of the liver?"), "The lesion is in the left lobe, "
         "extending into the right lobe.", None, "unparsed"),
    # the asked place holding the finding denied ("The lesion contains no calcification.")
    Case("place-holds-none", _closed("Is there calcification in the lesion?"), "The lesion contains no calcification.",
         "no", "implicit_yes_no"),
    Case("place-holds-none-negated-question", _closed("Is there no calcification in the lesion?"), "The lesion "
         "contains no calcification.", "yes", "negated_question"),
    # "no focal X" is a plain denial since session 49 (closed49: "focal", like "definite", is report language in a
    # denial); a stated spread beside it ("diffusely infiltrated") still reads nothing
    Case("place-holds-none-narrowed", _closed("Is there a mass in the liver?"), "The liver shows no focal mass.", "no",
         "implicit_yes_no"),
    Case("place-holds-none-other-thing", _closed("Is there calcification in the lesion?"), "The lesion contains no "
         "fat.", None, "unparsed"),
    # a negation in what a "with" adds after the stated term
    Case("with-adds-a-negation", _closed("Is the pleural line visible?"), "A thin visceral pleural line is seen at "
         "the right apex with absent lung markings beyond it.", "yes", "implicit_yes_no"),
    Case("with-but-term-negated", _closed("Is the pleural line visible?"), "No pleural line is seen at the right apex "
         "with absent lung markings beyond it.", None, "unparsed"),
    # "Is there an abnormality?" (an article) answered by the noun alone
    Case("abnormality-noun", _closed("Is there an abnormality?"), "Abnormality", "yes", "implicit_yes_no"),
    Case("abnormality-asked-with-article", _closed("Is there an abnormality?"), "Normal.", "no", "implicit_normality"),
    Case("abnormality-noun-asked-back", _closed("Is there an abnormality?"), "Abnormality?", None, "unparsed"),
    # Chinese: a report's impression words (提示 / 符合), the patient is no place, 大小形态正常 is normal in size
    Case("zh-impression-word", _closed("是否存在气胸?", "是"), "右侧胸腔可见脏层胸膜线,提示右侧气胸。", "是",
         "implicit_yes_no"),
    Case("zh-consistent-with", _closed("该患者是否有骨质疏松?", "是"), "椎体骨密度减低,符合骨质疏松表现。", "是",
         "implicit_yes_no"),
    Case("zh-size-and-shape-normal", _closed("脑室是否扩大？", "否"), "脑室系统大小形态正常，中线结构居中。", "否",
         "implicit_yes_no"),
    Case("zh-impression-hedged", _closed("是否存在气胸?", "是"), "提示气胸可能。", None, "ambiguous"),
    # 不符合 ("does not fit") denies as 未见 does (closed22)
    Case("zh-impression-denied", _closed("该患者是否有骨质疏松?", "是"), "不符合骨质疏松表现。", "否", "implicit_yes_no"),
    Case("zh-impression-resolved", _closed("是否存在气胸?", "是"), "提示右侧气胸已吸收。", None, "unparsed"),
    Case("zh-size-normal-but-one-enlarged", _closed("脑室是否扩大？", "否"), "脑室系统大小形态正常，但第三脑室扩大。",
         None, "unparsed"),
    # a closing caveat about the method's limits is set aside (extract/caveats.py)
    Case("caveat-occult", _closed("Are there any rib fractures?"), "I don't see any definite rib fractures, though rib "
         "fractures are often occult on frontal radiographs and dedicated rib views would be more sensitive.", "no",
         "implicit_yes_no"),
    Case("caveat-may-be-missed", _closed("Does the ultrasound show gallstones?"), "No gallstones are evident, though "
         "small stones may be missed.", "no", "implicit_yes_no"),
    Case("caveat-with-a-doubt", _closed("Are there any rib fractures?"), "I don't see any definite rib fractures, "
         "though subtle fractures may be missed and one cannot be excluded.", None, "ambiguous"),
    Case("caveat-a-possibility", _closed("Is there a pneumothorax?"), "No pneumothorax, although a small one may be "
         "present.", None, "ambiguous"),
    # a device told to move, or placed too far, is not in good position (extract/antonyms.py)
    Case("placement-advice", _closed("Is the endotracheal tube in good position?"), "The tip projects over the right "
         "main stem bronchus. It should be withdrawn by 3–4 cm.", "no", "implicit_placement"),  # place and advice agree (s43)
    Case("placement-too-far", _closed("Is the swan-ganz catheter in a good position?"), "The Swan-Ganz catheter tip "
         "projects over a distal lower lobe artery branch, too peripheral.", "no",
         "implicit_antonym"),
    Case("placement-advice-conditional", _closed("Is the endotracheal tube in good position?"), "The tip is 5 cm above "
         "the carina. It should be withdrawn if the patient is extubated.", None, "unparsed"),
    Case("placement-advice-other-device", _closed("Is the endotracheal tube in good position?"), "The tip is 5 cm above "
         "the carina. The NG tube should be advanced.", None, "unparsed"),
    Case("placement-too-asked", _closed("Is the ETT too high?"), "It is too low.", None, "unparsed"),  # "too low"
    # "no" before a noun pole denies it; a Spanish whole reply calling the study normal
    Case("pole-noun-denied", _closed("Is the lesion enhancing?"), "There is no enhancement of the lesion.", "no",
         "implicit_yes_no"),
    Case("pole-noun-denied-elsewhere", _closed("Is the lesion enhancing?"), "No enhancement of the liver; the lesion "
         "enhances avidly.", None, "unparsed"),
    Case("es-no-significant-alteration", _closed("¿Es normal la radiografía?"), "Sin alteraciones "
         "significativas.", "yes", "implicit_normality"),
    Case("es-no-significant-alteration-but", _closed("¿Es normal la radiografía?"), "Sin alteraciones "
         "significativas salvo un nódulo.", None, "unparsed"),
    # a device placed in one compartment (extract/compartments.py)
    Case("compartment-other", _closed("Is the tip of the central line in the superior vena cava?"), "The tip lies in "
         "the right atrium, about 3 cm below the cavoatrial junction.", "no", "implicit_antonym"),
    Case("compartment-same", _closed("Is the NG tube in the stomach?"), "The NG tube tip is in the gastric fundus.",
         "yes", "implicit_antonym"),
    Case("compartment-junction", _closed("Is the tip of the central line in the superior vena cava?"), "The tip lies "
         "at the SVC/right atrium junction.", None, "unparsed"),
    Case("compartment-two-named", _closed("Is the tip of the central line in the superior vena cava?"), "The tip lies "
         "in the right atrium or the SVC.", None, "unparsed"),
    Case("compartment-other-device", _closed("Is the tip of the central line in the superior vena cava?"), "The NG "
         "tube is in the stomach.", None, "unparsed"),
    Case("compartment-broader-place", _closed("Is the pacemaker lead in the right ventricle?"), "The lead tip projects "
         "over the heart.", None, "unparsed"),
    # Spanish: the costophrenic sinuses free (libres) rule an effusion out on their side (extract/implications.py)
    Case("es-sinuses-free", _closed("¿Existe derrame pleural?"), "Ambos senos costofrénicos están libres.", "no",
         "implicit_sign"),
    Case("es-sinus-free-one-side", _closed("¿Existe derrame pleural?"), "El seno costofrénico izquierdo está libre.",
         None, "unparsed"),
    Case("es-sinuses-free-hedged", _closed("¿Existe derrame pleural?"), "Senos costofrénicos libres, probablemente.",
         None, "unparsed"),
    Case("es-sinuses-free-pericardial", _closed("¿Hay derrame pericárdico?"), "Senos costofrénicos libres.", None,
         "unparsed"),
    # the size clause commits; another clause of its sentence may suspect what it means
    Case("size-then-suspicion", _closed("Is there an abnormality of the mediastinum?"), "The mediastinum is widened "
         "(>8 cm on this AP film) — concerning for aortic injury.", "yes", "negated_question"),
    Case("size-then-doubt", _closed("Is there an abnormality of the mediastinum?"), "The mediastinum is widened — but "
         "this may be projectional on an AP film.", None, "unparsed"),
    # a structure holding a finding is not normal; a pole said of another subject in its own clause says nothing
    Case("holds-finding-not-normal", _closed("Is the liver normal?"), "The liver shows a large heterogeneous mass in "
         "the right lobe.", "no", "implicit_size"),
    Case("holds-finding-abnormal-asked", _closed("Is the liver abnormal?"), "The liver shows a large mass.", "yes",
         "implicit_size"),
    Case("holds-finding-other-organ-normal", _closed("Is the liver normal?"), "The liver shows a large mass; the "
         "spleen is normal.", None, "unparsed"),
    Case("holds-finding-hedged", _closed("Is the liver normal?"), "The liver shows a possible mass.", None, "unparsed"),
    Case("holds-no-finding", _closed("Is the liver normal?"), "The liver shows a homogeneous echotexture.", None,
         "unparsed"),
    # a structure asked by a 3-4 letter abbreviation, spelled out in the answer
    Case("size-abbreviation-spelled", _closed("Is the CBD dilated?"), "The common bile duct measures 4 mm, within "
         "normal limits.", "no", "implicit_finding"),
    Case("size-abbreviation-as-asked", _closed("Is the CBD dilated?"), "The CBD measures 4 mm, within normal limits.",
         "no", "implicit_finding"),
    Case("size-abbreviation-other-duct", _closed("Is the CBD dilated?"), "The common hepatic duct measures 4 mm, "
         "within normal limits.", None, "unparsed"),
    # a recommendation to move a stated device doubts nothing (implicit.hedged's advice)
    Case("placement-recommend-withdrawal", _closed("Is the swan-ganz catheter in a good position?"), "The Swan-Ganz "
         "catheter tip projects over a distal lower lobe artery branch, too peripheral; recommend withdrawal to the "
         "main pulmonary artery.", "no", "implicit_antonym"),
]
