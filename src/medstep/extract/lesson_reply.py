"""A closed reply that teaches the asked finding as a class and never looks at this image: no verdict.

Asked "Is there evidence of tuberculosis on this chest X-ray?", a model may answer with a textbook paragraph:
"Tuberculosis is an infectious disease caused by Mycobacterium tuberculosis. It mainly affects the lungs ... Treatment
requires a combination of anti-tuberculosis drugs for at least six months." Its later sentences name the finding
(or a word built on it) and read, one by one, as a statement that it is there; but nothing in the reply speaks of
this image, so it gave no verdict. ``open_knowledge.only_knowledge`` needs every sentence to be knowledge by its
grammar; a paragraph of causes, diagnosis and treatment goes beyond those shapes, so this reads the structure only:

* the reply opens with a sentence that states the asked finding (or any finding) as a class
  (``class_subject.of_any_finding``) or general knowledge about it (``open_knowledge.states_knowledge``);
* it has at least two sentences, and none of them points at this case: no word of this image, of the writer, of
  seeing or of showing (``open_knowledge.POINTS_HERE``), no side, value or past tense (``class_subject.of_case``), no
  count of this case's things (``class_subject.counted``: "They are multiple and shadowing."),
  and no verdict word of either language; and no later sentence identifies something as a finding ("...
  represents a hiatus hernia.", "... consistent with ...": a case's reading said in the present tense), describes a
  definite thing by a bare state ("The heart is enlarged.", "The costophrenic angles are sharp.", "The lungs are
  clear.": this case's organ, as a class is not described) or is a report's two-word line ("Heart enlarged.").

"Pneumothorax is air in the pleural space. On this film there is a 2 cm rim of air at the right apex." points at
this image (a yes, read elsewhere); so does "A pleural effusion is fluid in the pleural space. There is a small one
at the left base." The rule only takes a reading away, it never gives one.
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.extract import implicit
from medstep.extract.class_subject import counted, of_any_finding, of_case
from medstep.extract.open_knowledge import POINTS_HERE, states_knowledge
from medstep.lazyre import lazy_compile

# A verdict word anywhere (English or Chinese): a reply that says yes or no is read by the verdict readers.
_VERDICT = lazy_compile("(?i)" + hedges.words(("yes", "positive"), negation.PLAIN, negation.DENY, negation.ABSENT,
                                               negation.NEGATIVE) + "|[" + "".join(negation.ZH_CHARS) + "是否有见]")
# A later sentence that identifies something as the finding ("A retrocardiac gas-filled structure ... represents a
# hiatus hernia."): a reading of a case, though said in the present tense with no pointer.
_IDENTIFIES = lazy_compile(r"(?i)\b(?:represents?|consistent\s+with|in\s+keeping\s+with|compatible\s+with|suggest(?:s|ive)?|"
                           r"indicat(?:es?|ive)|diagnostic\s+of|likely|probably|favou?rs?)\b")
# A later sentence describing a definite thing by one state word, negated or graded at most, and nothing after it
# ("The heart is enlarged.", "The heart size is not normal.", "The lungs are clear, ..."): this case's thing; a habit
# ("The cause is usually ...") or a class ("is a muscular organ", "is based on ...") goes on past the state.
_DESCRIBED = lazy_compile(r"(?i)^\W*the\s+(?:[\w-]+\s+){1,3}(?:is|are)\s+(?:not\s+)?"
                          r"(?!" + hedges.words(hedges.HABIT) + r")(?:\w+ly\s+)?[\w-]+\s*(?:[.,;!]|\Z)")
# A report's line of two words, no verb ("Heart enlarged.", "Lungs clear."): a finding of this case, tersely.
_TERSE = lazy_compile(r"^\W*[A-Za-z][\w-]*\s+[A-Za-z][\w-]*\W*\Z")
# Longer replies hold more than a lesson; a textbook paragraph is short.
_MAX_CHARS = 1200


def teaches_only(region: str, question: str) -> bool:
    """Whether ``region`` opens by teaching the asked (or any) finding as a class and no sentence of it points at
    this case (module docstring)."""
    text = region.strip()
    if not text or len(text) > _MAX_CHARS:
        return False
    parts = implicit.sentences(text)
    if len(parts) < 2 or not (of_any_finding(parts[0], question) or states_knowledge(parts[0], question)):
        return False
    return not any(POINTS_HERE.search(p) or of_case(p) or counted(p) or _VERDICT.search(p) for p in parts) \
        and not any(_IDENTIFIES.search(p) or _DESCRIBED.search(p) or _TERSE.search(p) for p in parts[1:])


__all__ = ["teaches_only"]
