"""Which no-answer status a reply without a decision gets: ``ambiguous`` or ``refused`` (issue #7).

A reply that gives no answer either keeps two or more candidate answers open while saying it is unsure ("It could be
a lipoma or a liposarcoma; I can't choose between them.", "I'd list A and B as equally likely.", "Indeterminate for
DVT.", "可能为血管瘤，但肝细胞癌亦不能排除") or declines the task itself ("I can't determine this from the image.",
"I'm not in a position to recommend a treatment."). The first is ``ambiguous``, the second ``refused``: they call for
different fixes (a model torn between answers, a model that will not answer). The readers decide most of these on
their own words; :func:`settle` is applied last in ``extract/core.py`` to a reply already read as no answer, so it
never hides a clear answer. The rule: two or more candidates named while uncertainty is stated is ``ambiguous``; the
task declined on principle ("I don't think I should pick one of these", "not a decision I can make") stays
``refused`` even when the options are listed, since the writer declines to weigh them at all.
"""

from __future__ import annotations

from medstep.answers import hedges
from medstep.extract.choice import AMBIGUOUS, REFUSED, Reading
from medstep.extract.open_refusal import first_sentence
from medstep.answers.image_access import denies_image_access
from medstep.extract.refusal import ADVISING, SOFT_DECLINES, is_refusal, offers_alternatives
from medstep.lazyre import lazy_compile
from medstep.types import AnswerType, Status

# Declining to pick among candidates: the object of "can't say / tell / choose ..." is which one, the two, either
# reading, or a whether with its alternative ("I can't say which.", "I can't pick one over the other", "I can't choose
# between them", "I can't say for certain either way", "hard to say definitively whether it is solid or cystic").
_WHICH = lazy_compile(
    r"(?i)\b(?:can(?:not|'t|’t|\s+not)|could(?:n't|n’t|\s+not)|unable\s+to|not\s+able\s+to|hard\s+to|difficult\s+to|"
    r"impossible\s+to)\s+(?:\w+\s+){0,2}?(?:say|tell|choose|pick|decide|separate|distinguish|differentiate|settle|call|"
    r"commit)\b[^.;!?\n]{0,80}?(?:\b(?:which|between)\b|\bone\s+(?:over|from)\s+the\s+other\b|\b(?:either|one)\s+way\b|"
    r"\bthem\s+apart\b|\bwhether\b[^.;!?\n]{1,80}?\bor\b)"
)
# Candidates held level: "equally likely", "just as likely", "both remain possible", "the two main possibilities are".
_LEVEL = lazy_compile(
    r"(?i)\b(?:equally|just\s+as)\s+(?:likely|possible|plausible|probable)\b|"
    r"\bboth\s+(?:remain|are|seem|stay)\s+(?:equally\s+)?(?:possible|plausible|likely|reasonable)\b|"
    r"\b(?:two|both)\s+(?:main\s+|real\s+|leading\s+|likely\s+)?(?:possibilities|candidates|contenders|diagnoses|"
    r"differentials)\s+(?:are|would\s+be|remain)\b"
)
# The writer unsure whether the asked thing holds: "I'm genuinely uncertain whether early ischemic change is present",
# "not sure if this is a fracture" (to a yes/no question, both verdicts are the candidates).
_UNSURE_WHETHER = lazy_compile(r"(?i)\b(?:uncertain|unsure|not\s+(?:\w+\s+)?(?:sure|certain))\s+(?:whether|if)\b")
# An impression the reply calls undecided: "Impression: Indeterminate for DVT.", "Equivocal for appendicitis."
_UNDECIDED_IMPRESSION = lazy_compile(r"(?i)(?:^|(?<![\s*_])[.:\n])[*_\s]*(?:indeterminate|equivocal|inconclusive)\s+"
                                     r"(?:for|as\s+to)\b")
# Chinese: the two cannot be told apart (难以鉴别), or one is possible and the other not excluded (可能为A，但B不能排除).
_ZH_HELD = lazy_compile(r"难以鉴别|不易鉴别|鉴别困难|无法鉴别|可能(?:为|是)[^。；;]{1,40}?(?:但|，|,)[^。；;]{0,30}?(?:亦|也)?"
                        r"(?:不能|无法|不可)(?:完全)?(?:除外|排除)")
# Possibility words, the candidates' mark when the decline names none by itself ("It could be X ...; I can't say which",
# "That narrows it to B or C. ... I can't pick one over the other.").
_POSSIBLE = lazy_compile("(?i)" + hedges.words(hedges.POSSIBILITY, ("either", "favour", "favor", "lean", "suggests",
                                                                   "suggest"))
                         + r"|\bnarrow\w*\s+(?:it|this|them)\s+(?:down\s+)?to\b")
# Two readings offered by a modal of being: "could be an impacted fracture or overlapping structures", "may represent
# a trace effusion or pleural thickening". Read against a refusal only when the reply does not open by declining
# ("I can't provide a diagnosis from a photograph. It could represent a number of conditions ...": the task declined
# first, the rest explains why).
_MAY_BE_OR = lazy_compile(r"(?i)\b(?:could|might|may)\s+(?:also\s+|just\s+|well\s+|equally\s+|either\s+)?"
                          r"(?:be|represent|indicate|reflect)\b[^.;!?\n]{1,120}?\bor\b")
# The task declined on principle, not for doubt: the writer will not weigh the candidates at all. The soft declines
# (``refusal.SOFT_DECLINES``: "not in a position to", "I don't think I should", "not a decision I can make"), "as an
# AI", or the writer's own "won't" / "not going to" / "shouldn't" of a decision ("I won't pick one", "we're not going to
# guess"); not "The result is not going to change management" nor "biopsy is not appropriate to skip" (no writer).
_PRINCIPLED = lazy_compile(
    r"(?i)" + SOFT_DECLINES + r"|\bas\s+an\s+ai\b|\bnot\s+(?:appropriate\s+for\s+(?:me|us)\s+to|something\s+(?:i|we)\s+"
    r"(?:can|should))\b|\b(?:i|we)(?:\s+(?:won['’]t|will\s+not|shouldn['’]t|should\s+not|"
    r"(?:am|are)\s+not\s+going\s+to)|['’](?:m|re)\s+not\s+going\s+to)\s+(?:\w+\s+)?(?:" + ADVISING
    + r"|pick|choose|select|answer|guess|speculate|diagnose|decide|make|weigh|commit)\b"
)


# The decline's object is a choice between two ("I will not choose one over the other", "won't pick between them"):
# the writer weighs two candidates and will not settle, a doubt, not a decline of the task.
_TWO_WAY = lazy_compile(r"(?i)\bone\s+(?:over|from)\s+the\s+other\b|\bbetween\s+(?:them|the\s+two|these\s+two|both)\b")


def declines_on_principle(text: str) -> bool:
    """Whether ``text`` declines the task itself (``_PRINCIPLED``, unless what it will not do is choose between two:
    ``_TWO_WAY``), or has no image to read: never ``ambiguous``."""
    return (_PRINCIPLED.search(text) is not None and _TWO_WAY.search(text) is None) or denies_image_access(text)


def keeps_open(text: str) -> bool:
    """Whether ``text`` keeps two or more candidate answers open while stating its doubt (see module docstring)."""
    if _LEVEL.search(text) or _UNSURE_WHETHER.search(text) or _UNDECIDED_IMPRESSION.search(text):
        return True
    if not text.isascii() and _ZH_HELD.search(text):
        return True
    return _WHICH.search(text) is not None and (_POSSIBLE.search(text) is not None or offers_alternatives(text))


def _weighs(text: str) -> bool:
    """Whether ``text`` weighs candidates of its own ("could be X, Y or Z ... Without the images, both B and D remain
    plausible."): a reply without the image that still holds two answers open is ambiguous, not a refusal."""
    return _MAY_BE_OR.search(text) is not None or _LEVEL.search(text) is not None or offers_alternatives(text)


def settle(reading: Reading, text: str, answer_type: AnswerType) -> Reading:
    """The no-answer ``reading`` of ``text`` with its status settled by the rule above: ``refused`` or ``unparsed``
    becomes ``ambiguous`` when candidates are kept open; ``ambiguous`` becomes ``refused`` when the reply declines on
    principle (:func:`is_refusal` and ``_PRINCIPLED``) and offers no alternative of its own. Any other reading
    (an answer, ``truncated``) is returned as it is."""
    if reading.answer is not None or answer_type is AnswerType.BOX:
        return reading
    if reading.status in (Status.REFUSED, Status.UNPARSED) and not declines_on_principle(text) and keeps_open(text):
        return AMBIGUOUS
    if reading.status is Status.REFUSED and not declines_on_principle(text) and _MAY_BE_OR.search(text) is not None \
            and not is_refusal(first_sentence(text)):
        return AMBIGUOUS  # "It could be acceptable or slightly low; hard to say with confidence."
    if reading.status in (Status.UNPARSED, Status.AMBIGUOUS) and denies_image_access(text) \
            and not (reading.status is Status.AMBIGUOUS and _weighs(text)):
        return REFUSED  # "I don't see an image attached. Could you upload it?": no image read, the task declined
    if reading.status is Status.AMBIGUOUS and declines_on_principle(text) and is_refusal(text) \
            and not _LEVEL.search(text) and not offers_alternatives(text):
        return REFUSED  # "I don't think I should pick one. Deciding between A, B or C needs a full history."
    return reading
