"""Choice answers read from the output's last option-naming sentence (rule ``last_mention``), with the traps beside
them that must stay unread: a letter inside a name, a negated or hedged last mention, a per-option walk, a closing
remark that takes the answer back. Invented texts.
"""

from __future__ import annotations

from medstep.types import AnswerType, Sample
from support.extract_cases import CXR_CHOICE, Case


def _mc(options: dict[str, str], question: str = "What is the most likely diagnosis?") -> Sample:
    return Sample(id="mc4", question=question, answer="A", answer_type=AnswerType.CHOICE, options=options)


AORTA = _mc({"A": "Stanford type A dissection", "B": "Stanford type B dissection", "C": "Intramural haematoma",
             "D": "Penetrating ulcer"})
RICKETS = _mc({"A": "Scurvy", "B": "Vitamin D deficiency rickets", "C": "Lead poisoning", "D": "Osteogenesis imperfecta"})
LIVER = _mc({"A": "Cirrhosis", "B": "Fatty liver", "C": "Budd-Chiari syndrome", "D": "Hepatic metastases"})
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
    Case("last-chinese", CXR_CHOICE, "心影明显增大，最可能的是C。", "C", "last_mention"),
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
    Case("trap-type-letter", AORTA, "The flap starts beyond the left subclavian: a type B lesion.", None, "unparsed"),
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
]
