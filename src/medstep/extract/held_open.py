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

from functools import lru_cache

from medstep.answers import hedges
from medstep.extract.anchors import anchored_finditer, anchored_search
from medstep.extract.choice import AMBIGUOUS, REFUSED, Reading
from medstep.extract.open_refusal import first_sentence
from medstep.answers.image_access import denies_image_access, sees_none_sent
from medstep.extract.refusal import ADVISING, SOFT_DECLINES, is_refusal, offers_alternatives
from medstep.lazyre import lazy_compile
from medstep.types import AnswerType, Status

# Declining to pick among candidates: the object of "can't say / tell / choose ..." is which one, the two, either
# reading, or a whether with its alternative ("I can't say which.", "I can't pick one over the other", "I can't choose
# between them", "I can't say for certain either way", "hard to say definitively whether it is solid or cystic").
_WHICH = lazy_compile(
    r"(?i)\b(?:can(?:not|'t|’t|\s+not)|could(?:n't|n’t|\s+not)|unable\s+to|not\s+able\s+to|hard\s+to|difficult\s+to|"
    r"impossible\s+to)\s+(?:\w+\s+){0,2}?(?:say|tell|determine|choose|pick|decide|separate|distinguish|differentiate|settle|call|"
    r"commit)\b[^.;!?\n]{0,80}?(?:\b(?:which|between)\b|\bone\s+(?:over|from)\s+the\s+other\b|\b(?:either|one)\s+way\b|"
    r"\bthem\s+apart\b|\bwhether\b[^.;!?\n]{1,80}?\bor\b)|"
    # "Shortlist: A vs C. ... Can't separate them on this image alone.": the two, right after the verb
    r"\b(?:can(?:not|'t|’t|\s+not)|unable\s+to)\s+(?:separate|distinguish|differentiate)\s+(?:them|the\s+two)\b"
)
# Candidates held level: "equally likely", "just as likely", "both remain possible", "the two main possibilities are".
LEVEL = lazy_compile(
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
_POSSIBLE = lazy_compile("(?i)" + hedges.words(hedges.POSSIBILITY, ("either", "favour", "favor", "favours", "favors",
                                                                   "lean", "suggests", "suggest"))
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
# Where a match of ``_PRINCIPLED`` can begin in ASCII text (``anchors.anchored_search``): "not" (its "not in a
# position", "not a decision", "not appropriate"), "do" ("do not think", "don't think"), "n'" ("isn't something"),
# "as" ("as an AI"), the writer "i" / "we". Tried at every character of a reply it cost ~0.2 ms for each reply read as
# no answer.
_PRINCIPLED_HEADS = ("not", "do", "n'", "as", "i", "we")


# The decline's object is a choice between two ("I will not choose one over the other", "won't pick between them"):
# the writer weighs two candidates and will not settle, a doubt, not a decline of the task.
_TWO_WAY = lazy_compile(r"(?i)\bone\s+(?:over|from)\s+the\s+other\b|\bbetween\s+(?:them|the\s+two|these\s+two|both)\b")


@lru_cache(maxsize=64)  # (asked of one reply up to four times by :func:`settle` and :func:`torn`)
def declines_on_principle(text: str) -> bool:
    """Whether ``text`` declines the task itself (``_PRINCIPLED``, unless what it will not do is choose between two:
    ``_TWO_WAY``), or has no image to read: never ``ambiguous``."""
    return ((anchored_search(_PRINCIPLED, text, _PRINCIPLED_HEADS) is not None and _TWO_WAY.search(text) is None)
            or denies_image_access(text) or sees_none_sent(text))


# The writer's own word for two candidates it leaves standing, in any frame: "it could go either way", "I wouldn't call
# it either way", "this is equivocal", "the two are indistinguishable", "atelectasis versus consolidation", "can't
# separate A from B", "not possible to distinguish between these two". Not "X vs. not" (one candidate and its denial:
# "Can't call melanoma vs. not from a photo" declines the call), nor an image compared ("AP vs. PA").
_TWO_LEFT = lazy_compile(
    r"(?i)\beither\s+way\b|\bequivocal\b|\bindistinguishable\b|"
    r"\b(?:can(?:not|'t|’t|\s+not)|not\s+possible\s+to|unable\s+to|impossible\s+to|no\s+way\s+to)\s+(?:\w+\s+){0,2}?"
    r"(?:distinguish|separate|differentiate|tell\s+apart)\b"
)


# Two candidates set against each other in the reply's closing sentence (each of four letters or more: "vs. not"
# names one candidate and its denial): "Impression: Left retrocardiac opacity,
# atelectasis versus consolidation." Only there: inside a checklist "mobile vs fixed", "proximal versus distal joints"
# name the features to weigh, not the answers left standing.
_VERSUS = lazy_compile(r"(?i)\b[a-z]{4,}\s+(?:vs\.?|versus)\s+(?!prior\b|previous\b)[a-z]{4,}")
_LAST_SENTENCE = lazy_compile(r"[^.!?\n]+[.!?\s]*\Z")


def leaves_two(text: str) -> bool:
    """Whether ``text`` names its indecision between candidates in its own words (``_TWO_LEFT``, or ``_VERSUS`` in its
    last sentence): read only of a reply that gave no answer (``unparsed``), to tell a reply held open from one that
    said nothing of the question."""
    if _TWO_LEFT.search(text) is not None:
        return True
    last = _LAST_SENTENCE.search(text.rstrip()[-300:])
    return last is not None and _VERSUS.search(last.group()) is not None


def keeps_open(text: str) -> bool:
    """Whether ``text`` keeps two or more candidate answers open while stating its doubt (see module docstring)."""
    if LEVEL.search(text) or _UNSURE_WHETHER.search(text) or _UNDECIDED_IMPRESSION.search(text):
        return True
    if not text.isascii() and _ZH_HELD.search(text):
        return True
    return _WHICH.search(text) is not None and (_POSSIBLE.search(text) is not None or offers_alternatives(text))


def _weighs(text: str) -> bool:
    """Whether ``text`` weighs candidates of its own ("could be X, Y or Z ... Without the images, both B and D remain
    plausible."): a reply without the image that still holds two answers open is ambiguous, not a refusal."""
    return _MAY_BE_OR.search(text) is not None or LEVEL.search(text) is not None or offers_alternatives(text)


# A second candidate set beside a first: "... but it also shows features typical of a benign process", "This is the
# chest. Or it could be the abdomen", "It might be X; it might equally be Y", "... but so does option D", "on the other
# hand", "也可能" (also possibly); or a second possibility word ("Could be CT. Could be MRI.", "Possibly the liver,
# possibly the spleen") or a second "favours" (``_TWICE``).
_SECOND = lazy_compile(
    r"(?i)\b(?:or|but|though|although|while|yet)\s+(?:it|this|that|they)\s+(?:could|might|may)\s+(?:also\s+|just\s+|"
    r"equally\s+|well\s+)?(?:be|represent|reflect|indicate)\b|\b(?:could|might|may)\s+(?:also|equally)\s+(?:be|"
    r"represent|reflect|indicate|fit|suggest)\b|\bbut\s+(?:it\s+|there\s+)?also\s+(?:shows?|has|have|suggests?|fits?|"
    r"looks?)\b|\bon\s+the\s+other\s+hand\b|\bpoints?\s+both\s+ways\b|\bbut\s+so\s+does\b|"
    r"(?:^|[.;:—–]\s*)or\s+(?:perhaps|maybe|possibly|"
    r"it\s+(?:could|might|may))\b|也可能|亦可能|也有可能|或可能"
)
# Where a match of ``_SECOND`` can begin in ASCII text (``anchors.anchored_search``; the Chinese ones never match it):
# its words, or the stop before an opening "or" (a text opening with "or" is found by "or").
_SECOND_HEADS = ("or", "but", "though", "although", "while", "yet", "could", "might", "may", "on", "point", ".", ";",
                 ":")
# ... and in the European languages, a second possibility word of ``answers/hedges.EUROPEAN`` ("Es posible que sea un
# quiste, pero también podría ser un tumor", "Es könnte eine Zyste sein, es könnte aber auch ein Abszess sein").
_EUROPEAN_MAYBE = [w for lang in hedges.EUROPEAN.values() for w in (*lang.could, *lang.maybe)]
_TWICE = lazy_compile(r"(?i)\b(?:(?:could|might|may)\s+(?:\w+\s+)?(?:be(?!\s+(?:able|better|worth|wise|best|helpful|"
                      r"useful|needed|necessary|required|advisable|a\s+good\s+idea)\b)|represent)|possibly|perhaps|"
                      r"favou?rs?)\b|"
                      + hedges.words(_EUROPEAN_MAYBE))
# Where a match of ``_TWICE`` can begin in ASCII text: its first words.
_TWICE_HEADS = ("could", "might", "may", "possibly", "perhaps", "favo",
                *sorted({w.split()[0].lower() for w in _EUROPEAN_MAYBE}))
# The writer saying it cannot tell (not declining the task): "It's difficult to say from this image alone", "hard to
# tell", "I'm not certain", "难以确定", "no es posible determinarlo", "impossible de trancher", "schwer zu sagen".
_CANT_TELL = lazy_compile(
    r"(?i)\b(?:hard|difficult|impossible|tricky)\s+to\s+(?:say|tell|determine|decide|know|be\s+sure)\b|"
    r"\bnot\s+(?:\w+\s+)?(?:sure|certain)\b|\b(?:uncertain|unsure|indeterminate)\b|\btoo\s+\w+\s+to\s+(?:be\s+sure|"
    r"tell|say)\b|\b(?:can(?:not|'t|’t)|unable\s+to)\s+(?:\w+\s+)?(?:say|tell|determine|decide|settle)\b|"
    r"难以(?:确定|判断|区分|鉴别|明确)|无法(?:确定|判断|区分|明确)|不能(?:确定|明确)|不确定|"
    r"\bdifícil\s+(?:de\s+)?(?:decir|saber|determinar)|\bno\s+es\s+posible\s+(?:determinar|decir|saber)|"
    r"\bdifficile\s+(?:[àa]|de)\s+(?:dire|trancher)|\bimpossible\s+de\s+(?:trancher|dire|déterminer)|"
    r"\bschwer\s+zu\s+sagen\b|\bnicht\s+sicher\b|\bnon\s+è\s+possibile\b|\bdifficile\s+(?:dire|stabilire)\b|"
    r"\bnão\s+é\s+possível\b|\bdifícil\s+(?:dizer|determinar)"
)
# Where a match of ``_CANT_TELL`` can begin in ASCII text: its first words ("diffic" begins "difficult" and
# "difficile", "no" begins "not", "no es", "non"); a word with other letters (Chinese, "difícil", "não") never matches
# there. Searched only from these (``anchors.anchored_search``): the pattern tried at every character of a 2,000-character
# reply cost ~0.4 ms.
_CANT_TELL_HEADS = ("hard", "diffic", "impossible", "tricky", "no", "uncertain", "unsure", "indeterminate", "too",
                    "can", "unable", "schwer", "nicht")


# The sentences of a reply: a decline in any of them before the doubt ("I understand your concern. Unfortunately, I
# cannot diagnose ... It might be X, but it may also be Y") declines the task, whatever candidates follow.
_OPENING = lazy_compile(r"[^.;:!?,—–\n。；，]*")
_SENTENCE = lazy_compile(r"[^.;!?\n。；！？]+")
# Doubts about the image itself, not about what it shows: two of them ("possibly rotated, perhaps underpenetrated",
# "图像质量可能欠佳，也可能存在伪影") are no two candidate answers (review of the status34 lane).
_QUALITY = lazy_compile(
    r"(?i)\b(?:rotat\w*|under-?exposed|over-?exposed|under-?penetrated|over-?penetrated|blurr\w*|motion|artefact\w*|"
    r"artifact\w*|(?:image|film|picture)\s+quality|low[\s-]+(?:resolution|quality)|poor\s+quality|suboptimal|"
    r"cropped|grainy)\b|图像质量|伪影|质量欠佳|分辨率"
)
# A clause holding such a doubt, set aside before candidates are counted: "Possibly the liver, possibly the spleen -
# the image is cropped" keeps its two organs; "The image is possibly rotated, and perhaps underpenetrated" has none.
_CLAUSES = lazy_compile(r"[^,;:.!?—–\n，；。！？]+")


def _without_quality(text: str) -> str:
    """``text`` less its clauses that doubt the image's quality (``_QUALITY``)."""
    return " . ".join(c.group() for c in _CLAUSES.finditer(text) if _QUALITY.search(c.group()) is None)


# The decision between two candidates the reply named, as the object of its verb: "I can't distinguish between the
# two", "MRI would help decide between them", "I'd keep both in the differential". Whatever the frame (declined,
# deferred to another test, left open), the reply holds a pair of answers and settles on neither: ``ambiguous``.
_PAIR_CHOICE = lazy_compile(
    r"(?i)\b(?:decide|distinguish|differentiate|tell|choose|separate|discriminate|pick)\s+between\s+(?:the\s+two|them|"
    r"these\s+two|both)\b|\b(?:keep|keeping|leave|leaving)\s+both\b")
# How much of a reply is read for two candidates and a doubt: a reply torn between answers says so early.
_TORN_MAX = 2000


def offers_two(text: str) -> bool:
    """Whether ``text`` sets two or more candidate answers beside each other: alternatives in one sentence
    (:func:`offers_alternatives`, "could be X or Y") or across sentences (``_SECOND``, ``_TWICE``)."""
    return (offers_alternatives(text) or _MAY_BE_OR.search(text) is not None
            or anchored_search(_SECOND, text, _SECOND_HEADS) is not None
            or len(anchored_finditer(_TWICE, text, _TWICE_HEADS, 0, 1000)) >= 2)


def torn(text: str) -> bool:
    """Whether ``text`` offers two or more candidates and then says it cannot tell between them, without declining
    the task ("... could suggest malignancy ... but it also shows features typical of a benign process. It's difficult
    to say from this image alone.", "病变可能位于左肾，也可能位于脾脏下极，难以确定。"): ``ambiguous``. A reply that
    declines in any sentence before its doubt ("Hello! ... I can't provide a diagnosis. It could be X or Y ..."), doubts
    only the image's quality, or has no image declines (``refused``)."""
    head = text[:_TORN_MAX]
    doubt = anchored_search(_CANT_TELL, head, _CANT_TELL_HEADS)
    if doubt is None or not offers_two(_without_quality(head)):
        return False
    opening = _OPENING.match(first_sentence(head))
    if opening is not None and is_refusal(opening.group()):
        return False  # "I'm unable to view images, so I cannot tell whether ...": the opening clause declines
    for sentence in _SENTENCE.finditer(head, 0, doubt.start()):
        if is_refusal(sentence.group()) and _CANT_TELL.search(sentence.group()) is None:
            return False  # "Hello! ... However, I'm not able to interpret medical images. It might be A; ..."
    return not declines_on_principle(text)


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
    if reading.status is Status.UNPARSED and leaves_two(text) and not declines_on_principle(text) \
            and not is_refusal(first_sentence(text)):
        return AMBIGUOUS  # "Could go either way. Smooth margins argue benign; the size argues against."
    if reading.status in (Status.REFUSED, Status.UNPARSED) and _PAIR_CHOICE.search(text) is not None and not declines_on_principle(text) \
            and not is_refusal(first_sentence(text)):
        return AMBIGUOUS  # "... a glioma and an abscess ... I can't distinguish between the two from this image alone."
    if reading.status in (Status.REFUSED, Status.UNPARSED) and torn(text):
        return AMBIGUOUS  # "This is an image of the chest. Or it could be the abdomen — difficult to tell."
    if reading.status in (Status.UNPARSED, Status.AMBIGUOUS) and (denies_image_access(text) or sees_none_sent(text)) \
            and not (reading.status is Status.AMBIGUOUS and _weighs(text)):
        return REFUSED  # "I don't see an image attached. Could you upload it?": no image read, the task declined
    if reading.status is Status.AMBIGUOUS and declines_on_principle(text) and is_refusal(text) \
            and not LEVEL.search(text) and not offers_alternatives(text):
        return REFUSED  # "I don't think I should pick one. Deciding between A, B or C needs a full history."
    return reading
