"""Choice answers read from the output's last option-naming sentence (rule ``last_mention``), with the traps beside
them that must stay unread: a letter inside a name, a negated or hedged last mention, a per-option walk, a closing
remark that takes the answer back. Invented texts.
"""

from __future__ import annotations

from medstep.types import AnswerType, Sample
from support.extract_cases import CXR_CHOICE, Case


_CUT_OFFS = Sample(id="cut-offs", question="What does the radiograph show?", answer="B", answer_type=AnswerType.CHOICE,
                   options={"A": "Cardiothoracic ratio above 0.5", "B": "Cardiothoracic ratio below 0.5",
                            "C": "Pericardial effusion", "D": "Cannot be assessed"})


_TUBE = Sample(id="tube", question="Evaluate the position of the endotracheal tube.", answer="D",
               answer_type=AnswerType.CHOICE, options={"A": "Too deep, in the right main bronchus",
                                                       "B": "In the oesophagus", "C": "Too high",
                                                       "D": "Appropriately positioned"})
_SIDES = Sample(id="sides", question="On which side is the pleural effusion?", answer="A",
                answer_type=AnswerType.CHOICE, options={"A": "Left", "B": "Right", "C": "Bilateral",
                                                        "D": "No effusion"})


def _mc(options: dict[str, str], question: str = "What is the most likely diagnosis?") -> Sample:
    return Sample(id="mc4", question=question, answer="A", answer_type=AnswerType.CHOICE, options=options)


AORTA = _mc({"A": "Stanford type A dissection", "B": "Stanford type B dissection", "C": "Intramural haematoma",
             "D": "Penetrating ulcer"})
RICKETS = _mc({"A": "Scurvy", "B": "Vitamin D deficiency rickets", "C": "Lead poisoning", "D": "Osteogenesis imperfecta"})
LIVER = _mc({"A": "Cirrhosis", "B": "Fatty liver", "C": "Budd-Chiari syndrome", "D": "Hepatic metastases"})
HEP_B = _mc({"A": "Hepatitis B-related cirrhosis", "B": "Fatty liver", "C": "Budd-Chiari syndrome",
              "D": "Hepatic metastases"})
DISSECTION = _mc({"A": "Aortic dissection", "B": "Intramural haematoma", "C": "Penetrating ulcer", "D": "Aneurysm"})
VITAMINS = _mc({"A": "Vitamin A", "B": "Vitamin C", "C": "Vitamin D", "D": "Vitamin K"}, "Which deficiency is it?")
LIVER_LESION = _mc({"A": "Haemangioma", "B": "Focal nodular hyperplasia", "C": "Hepatocellular carcinoma",
                    "D": "Simple cyst"})
PROJECTION = _mc({"A": "PA erect", "B": "AP supine", "C": "Lateral decubitus", "D": "Apical lordotic"},
                 "Which projection is this chest radiograph?")
LYMPH = _mc({"A": "Reactive hyperplasia", "B": "Follicular lymphoma", "C": "Sarcoidosis", "D": "Tuberculosis"})

LAST_MENTION_CASES = [
    # the last sentence naming an option asserts it
    Case("last-label-colon", CXR_CHOICE, "Enlarged cardiac silhouette, CTR about 0.6. Most consistent: C.", "C", "last_mention"),
    Case("last-only-remains", CXR_CHOICE,
         "A is out, there is no pleural line. B is out, the angles are sharp. D is out given the heart size. "
         "Only C remains.", "C", "last_mention"),
    Case("last-after-eliminating", CXR_CHOICE,
         "I'd discard A and D immediately. Of the remaining two, C is the more convincing appearance here.",
         "C", "last_mention"),
    Case("last-spanish", CXR_CHOICE, "La silueta cardíaca está aumentada. Corresponde a la C.", "C", "last_mention"),
    Case("last-chinese", CXR_CHOICE, "心影明显增大，最可能的是C。", "C", "conclusion_phrase"),  # 最可能 decides (lang10)
    Case("last-closing-remark", CXR_CHOICE,
         "The heart occupies more than half of the chest width, CTR 0.6, C. Clinical correlation is "
         "recommended.", "C", "last_mention"),
    Case("last-final-over-walk", CXR_CHOICE,
         "B came to mind first, given the haziness at the bases. The heart is wide, though. Overall I land on C.",
         "C", "last_mention"),
    # a first impression named by letter, the answer after it ("A instead" is the letter, not the article)
    Case("pick-instead", CXR_CHOICE,
         "At first this might look like D, but the cardiothoracic ratio is 0.62. So I'd pick C instead.",
         "C", "choice_verb"),
    # traps: a letter inside a name, never option B / D
    Case("type-letter-names-option", AORTA, "The flap starts beyond the left subclavian: a type B lesion.", "B",
         "option_words"),
    Case("trap-vitamin", RICKETS, "Metaphyseal cupping and fraying: this is from low vitamin D.", None, "unparsed"),
    Case("trap-hepatitis", LIVER, "Nodular surface and splenomegaly, probably from chronic hepatitis B.", None, "unparsed"),
    Case("trap-b-cells", LYMPH, "The nodes are packed with B cells.", None, "unparsed"),
    # traps: the last mention is negated, hedged, asked, a list, or a per-option walk
    Case("trap-unlikely-to-be", CXR_CHOICE, "The correct answer is unlikely to be D.", None, "unparsed"),
    Case("trap-last-asked", CXR_CHOICE, "The heart looks large. Could it simply be C?", None, "unparsed"),
    Case("trap-walk", CXR_CHOICE,
         "A fits the sharp pleural line. B would blunt the angles. C is a heart finding. D is the normal option.",
         None, "unparsed"),
    Case("trap-heading-last", CXR_CHOICE,
         "Looking at each:\nA: no pleural line.\nB: angles sharp.\nC: CTR 0.6.\nD: not normal.", None, "unparsed"),
    Case("trap-taken-back", CXR_CHOICE,
         "Most consistent: C. However, this is an AP film and magnifies the heart.",
         None, "unparsed"),
    # the last committing reference, a later one only supposed (rule ``closing_choice``)
    Case("closing-caveat-after", CXR_CHOICE,
         "C, cardiomegaly. The cardiothoracic ratio is about 0.6. I'd note that an effusion (B) can occasionally "
         "widen the silhouette, so a lateral view is still worthwhile.", "C", "closing_choice"),

]

# An option named by its words (rule ``option_words``): a capital ending a name is one of its words, British and
# American spellings are one word, an imaging noun names no other subject.
OPTION_WORD_CASES = [
    Case("words-letter-in-name", HEP_B, "Nodular liver with splenomegaly: cirrhosis, most likely from chronic hepatitis B.",
         "A", "option_words"),
    Case("words-type-letter-other-option", DISSECTION, "The flap starts beyond the left subclavian: a type B dissection.",
         "A", "option_words"),
    Case("words-letter-only-difference", VITAMINS, "Late bleeding in an infant who did not receive prophylaxis at birth: vitamin K.",
         "D", "option_words"),
    Case("words-us-spelling", LIVER_LESION, "This picture is showing a cavernous hemangioma.", "A", "option_words"),
    Case("words-imaging-noun", PROJECTION, "A lordotic view.", "D", "option_words"),
    # traps: the name's words without the option's head, a recommendation
    Case("trap-words-vitamin-test", RICKETS, "Check vitamin D levels and calcium, and correlate clinically.",
         None, "unparsed"),
    # a normal report for the one normal option (rule ``option_normal``); a finding beside it is no normal report
    Case("normal-report", CXR_CHOICE, "Lungs clear without effusion. Heart size normal. No acute process.", "D",
         "option_normal"),
    Case("trap-normal-report-finding", CXR_CHOICE, "Left basal atelectasis. No acute process otherwise.", None,
         "unparsed"),
    # a cut-off option settled by the one value measured (rule ``option_measure``); a hedged value settles nothing
    Case("measure-cut-off", _CUT_OFFS, "The cardiothoracic ratio is about 0.46 on this PA radiograph.", "B",
         "option_measure"),
    Case("trap-measure-hedged", _CUT_OFFS, "The cardiothoracic ratio might be 0.46.", None, "unparsed"),
    # a good position judged in other words for the one well-placed option (rule ``option_placed``); denied: none
    Case("placed-good", _TUBE, "The tube tip lies 5 cm above the carina, an acceptable position.", "D",
         "option_placed"),
    Case("trap-placed-denied", _TUBE, "The tube is not in an acceptable position.", None, "unparsed"),
    # the abnormality on one side, the other called normal (rule ``option_side``); an abnormality on each: none
    Case("side-one-abnormal", _SIDES, "Left pleural effusion with a meniscus. The right lung is clear.", "A",
         "option_side"),
    Case("trap-side-each", _SIDES, "Left pneumothorax; right pleural effusion.", None, "ambiguous"),

]

# A JSON reply: its answer field is the answer (rule ``answer_field``); the other fields discuss.
FIELD_CASES = [
    Case("field-answer", CXR_CHOICE, '{"reasoning": "CTR 0.62, lungs clear, A and B not supported.", "answer": "C"}',
         "C", "answer_field"),
    Case("field-fenced", CXR_CHOICE, '```json\n{"findings": "enlarged heart", "answer": "C"}\n```', "C", "answer_field"),
    Case("field-choice-lower", CXR_CHOICE, '{"choice": "c"}', "C", "answer_field"),
    Case("field-option-text", CXR_CHOICE, '{"answer": "Cardiomegaly"}', "C", "answer_field"),
    Case("field-two-options", CXR_CHOICE, '{"answer": "B", "final_answer": "C"}', None, "ambiguous"),
    Case("field-declines", CXR_CHOICE, '{"reasoning": "A is possible.", "answer": "cannot determine"}', None,
         "refused"),
    Case("field-no-option", CXR_CHOICE, '{"reasoning": "A is present.", "answer": "heart"}', None, "unparsed"),

]

# A per-option tally with one option left standing (rule ``option_verdicts``), in any layout; a tally with two
# standing, a hedge, an option named twice or inside a sentence is not read.
TALLY_CASES = [
    Case("tally-table", CXR_CHOICE, "| Option | Fits? |\n|---|---|\n| A | ✗ no pleural line |\n| B | ✗ angles sharp |\n"
         "| C | ✓ CTR 0.62 |\n| D | ✗ |", "C", "option_verdicts"),
    Case("tally-inline-marks", CXR_CHOICE, "A ❌ B ❌ C ✅ D ❌", "C", "option_verdicts"),
    Case("tally-checkboxes", CXR_CHOICE, "- [ ] A. Pneumothorax\n- [ ] B. Pleural effusion\n- [x] C. Cardiomegaly\n"
         "- [ ] D. Normal study", "C", "option_verdicts"),
    Case("tally-marks-and-words", CXR_CHOICE, "A) Pneumothorax — ✗ markings reach the edge. B) Pleural effusion — ✗ "
         "no meniscus. C) Cardiomegaly — the heart is over half the chest width. D) Normal study — ✗ not with this heart.",
         "C", "option_verdicts"),
    Case("trap-tally-words-only", CXR_CHOICE, "Let me consider each option.\n- **A) Pneumothorax**: no pleural line.\n"
         "- **B) Pleural effusion**: no meniscus.\n- **C) Cardiomegaly**: the heart is over half the chest width.\n"
         "- **D) Normal study**: not with this heart.", None, "unparsed"),
    Case("trap-tally-two-ticked", CXR_CHOICE, "A ✅ B ❌ C ✅ D ❌", None, "unparsed"),
    Case("trap-tally-hedged", CXR_CHOICE, "A) Pneumothorax — no. B) Pleural effusion — possible. C) Cardiomegaly — "
         "the heart is large. D) Normal study — not seen.", None, "unparsed"),
    Case("trap-tally-in-prose", CXR_CHOICE, "There is no pneumothorax (A), and no effusion (B), though the heart "
         "is large (C), not a normal study (D).", None, "unparsed"),
    Case("trap-checkbox-first-line", CXR_CHOICE, "- [ ] A. Pneumothorax\n- [ ] B. Pleural effusion\n- [ ] C. "
         "Cardiomegaly\n- [ ] D. Normal study", None, "unparsed"),
]
