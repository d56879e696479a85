"""Whether an open answer declines to answer, or weighs candidates while declining (``extract/open_decision.py``).

Split from ``extract/open_decision.py``: the refusal forms the shared list (``extract/refusal.py``) does not
hold, read on the opening sentence of an open answer ("I'd rather not guess", "Not certain.", "The image
quality is poor.", other languages), the picks that follow a caveat and make it an answer ("I can't be sure,
but it looks like the kidney.", "... — the image appears normal."), and the caveat that follows a finding
("..., consistent with thrombus — though a delayed phase would help."), which does not make the answer a
refusal. Used for open answers alone.
"""

from __future__ import annotations

import re

from medstep.answers import hedges, negation
from medstep.answers.concepts import normalize, vocabulary
from medstep.extract.concept_question import category_of
from medstep.extract.refusal import ADVISING, WRITER_MODALS, is_refusal, offers_alternatives
from medstep.lazyre import lazy_compile

# How much of an opening sentence is read.
FIRST_MAX = 300

# The marks an image question may point at ("What does the arrow point to?").
_MARKS = (r"(?:arrows?|arrowheads?|circles?|circled\s+(?:area|region|lesion)|markers?|annotations?|asterisks?|"
          r"pointers?|marks?|labels?|boxes?|boxed\s+(?:area|region))\b")

# Declining in words ``extract/refusal.py`` does not read, in any language; read on the opening sentence only
# (later they are caveats after an answer). The English forms: "I'd rather not guess", "I would not want to
# speculate", "No definite answer can be given", "I don't have enough information"; then Spanish, Portuguese,
# Italian, French, German, Chinese and Japanese refusals.
_DECLINES = lazy_compile(
    r"(?i)\b(?:i'?d|i\s+would)\s+(?:rather\s+not|prefer\s+not\s+to)\s+(?:guess|speculate|say|commit|answer|give|offer|"
    r"make|provide|name)\b|"
    r"\b(?:would\s+not|wouldn't|do\s+not|don't|will\s+not|won't)\s+(?:(?:want|like)\s+to\s+)?"
    r"(?:speculate|guess|commit|invent|make\s+up|single\s+(?:one|any\s+one|either|it)\s+out)\b|"
    # ill at ease naming it ("I'm not comfortable offering a diagnosis", "I don't feel comfortable making one"), a
    # label put beyond the writer ("Providing a diagnosis is beyond what I can do here"), a value it cannot give ("I
    # can't assign a stage from one image"), or no name known ("I'm not aware of a standard named sign for that")
    r"(?:\bnot|n't)\s+(?:feel\s+|really\s+)?comfortable\s+(?:with\s+)?[a-z]+ing\b|"
    r"\bbeyond\s+(?:what\s+(?:i|we)\s+can|my\s+(?:ability|abilities|role|remit|scope)|the\s+scope\s+of\s+"
    r"(?:what\s+(?:i|we)|my|this\s+(?:tool|assistant)))\b|"
    r"\b(?:i|we)\s+(?:cannot|can't|can\s+not|could\s+not|couldn't|won't|will\s+not)\s+(?:\w+\s+)?"
    r"(?:assign|name|offer|classify|specify|stage|grade|label)\b|"
    r"\bnot\s+aware\s+of\s+(?:a|an|any)\s+(?:\w+\s+){0,2}?(?:named|standard|recogni[sz]ed|established|accepted)\s+"
    r"(?:sign|name|term|eponym|entity)\b|"
    r"\bno\s+(?:definite|definitive|clear|certain|reliable)\s+(?:answer|diagnosis|conclusion)\s+(?:can|could)\s+be\s+"
    r"(?:given|made|provided|reached|drawn)\b|"
    r"\b(?:do\s+not|don't)\s+have\s+(?:enough|sufficient|adequate)\s+(?:information|detail|context|data)\b|"
    r"\bno\s+(?:se|es)\s+(?:puede|posible)\s+(?:\w+\s+)?(?:determinar|decir|saber|precisar|valorar|evaluar|"
    r"identificar|responder|concluir)|\bno\s+estoy\s+segur[oa]\b|"
    r"\bn[ãa]o\s+(?:é\s+poss[íi]vel|consigo|posso)\s+(?:\w+\s+)?(?:determinar|dizer|avaliar|identificar|responder)|"
    r"\bnon\s+(?:è\s+possibile|posso|riesco\s+a)\s+(?:\w+\s+)?(?:determinare|dire|valutare|identificare|rispondere)|"
    r"\bne\s+(?:peux|puis|pouvons)\s+pas\s+(?:\w+\s+){0,2}?(?:déterminer|dire|conclure|affirmer|évaluer|juger|"
    r"identifier|répondre|préciser|trancher)|\bimpossible\s+de\s+(?:déterminer|dire|conclure|juger|répondre|"
    r"préciser|trancher|se\s+prononcer)|\bje\s+ne\s+sais\s+pas\b|\bpas\s+(?:sûr|certain)e?\b|"
    r"\b(?:kann|können)\s+(?:ich\s+|wir\s+|man\s+)?(?:\w+\s+){0,3}?nicht\s+(?:beurteilen|bestimmen|sagen|"
    r"feststellen|erkennen|beantworten)|\bnicht\s+(?:beurteilbar|bestimmbar|zu\s+beurteilen)\b|"
    r"\bweiß\s+(?:ich\s+)?nicht\b|"
    r"\bno\s+lo\s+s[ée]\b|\bno\s+puedo\s+ayudar\b|\bdifficile\s+(?:à|a|de)\s+(?:dire|déterminer|juger|préciser)\b|"
    r"\bkeine\s+(?:sichere\s+)?aussage\s+möglich\b|\bschwer\s+zu\s+(?:sagen|beurteilen)\b|\bnon\s+lo\s+so\b|"
    r"\bn[ãa]o\s+sei\b|\bno\s+way\s+to\s+(?:tell|know|say)\b|\bimpossible\s+to\s+know\b|"
    r"不清楚|不知道|难以确定|不好说|看不清|判断できません|分かりません|わかりません|特定できません|"
    # the mark the question points at is not there, or the image is asked for again: "I don't see an arrow in the
    # image you've shared", "There is no arrowhead visible", "Could you re-upload it?"
    r"\b(?:do\s+not|don't|cannot|can't|could\s+not|couldn't)\s+(?:see|find|locate|identify|make\s+out)\s+(?:an?|any|"
    r"the)\s+" + _MARKS + r"|\bthere\s+(?:is|are)\s+no\s+" + _MARKS + r"(?!\s*(?:sign|shaped|like))|"
    r"\b(?:could|can|would)\s+you\s+(?:please\s+)?(?:re-?upload|upload|re-?send|send|share|provide|attach)\b"
)
# The request itself declined, opening the reply: a value or a call no image can give ("I can't estimate an HbA1c
# value from a fundus photograph.", "I can't recommend ventilator settings from a chest radiograph.", "I'm not going to
# estimate ethnicity from a skull radiograph."), the writer's modal and an advising or estimating verb (``refusal``'s
# ``WRITER_MODALS`` and ``ADVISING``). Read on the reply's opening sentence alone (:func:`declines_request`), not on
# each later sentence as ``_DECLINES`` is: after an answer ("Left. I can't estimate its volume.") it is a caveat.
_DECLINES_REQUEST = lazy_compile(
    r"(?i)^[\s*_\"']*(?:(?:sorry|unfortunately|honestly)\s*,?\s*)?(?:i|we)" + WRITER_MODALS
    + r"\s+(?:reliably\s+|accurately\s+|really\s+)?(?:" + ADVISING + r"|estimate|infer|predict|guess|calculate|"
    # the asked act itself: a size, a grade or a score ("I'm not able to measure this mass reliably from the image")
    r"measure|grade|score|quantify)\b"
)


def declines_request(region: str) -> int | None:
    """Where the decline of the request that opens the open answer ``region`` ends (after its verb,
    ``_DECLINES_REQUEST``), else ``None``. Whether an answer follows it is the caller's to judge
    (``scoped_refusal.answer_follows``): "I can't estimate its age, but the fracture is in the distal radius."
    answers."""
    found = _DECLINES_REQUEST.match(first_sentence(region)[:FIRST_MAX])
    if found is None:
        return None
    return len(region) - len(region.lstrip()) + found.end()


# Declining only when it opens the answer: "Not certain.", "I cannot be certain.", "Can't tell from this image.",
# "The image quality is poor.", "The differential is broad.", "This could be a number of things.", "Please consult a
# radiologist." (only this form of a referral, whose home is ``open_generic.refers_on``: the wider ones, "Please see
# your physician for confirmation.", close answers given before them), "No comment.", "Either side.", "(The answer is)
# not shown in the image." After an answer ("Pneumonia, though I cannot be certain.") they are caveats.
_DECLINES_OPENING = lazy_compile(
    r"(?i)^[\s*_\"']*(?:(?:sorry|honestly|unfortunately|well)\s*,?\s*)?(?:"
    r"(?:i\s+am\s+|i'm\s+)?not\s+(?:certain|sure)\b|"
    r"(?:i\s+|we\s+)?(?:cannot|can't|can\s+not|could\s+not|couldn't)\s+(?:tell|say|be\s+(?:sure|certain))\b|"
    r"(?:the\s+)?image\s+(?:quality\s+)?is\s+(?:of\s+)?(?:poor|limited|inadequate|suboptimal|non-?diagnostic)\b|"
    r"(?:the\s+)?(?:differential|diagnosis|answer)\s+is\s+(?:broad|wide|uncertain|unclear|open|not\s+clear)\b|"
    r"(?:this|it|that)\s+(?:could|might|may)\s+be\s+(?:a\s+number\s+of|many|several|various|any\s+of\s+several)\s+"
    r"(?:things|conditions|entities|possibilities)\b|"
    r"(?:many|several|various|multiple|a\s+number\s+of)\s+(?:conditions|entities|things|diseases|processes)\s+"
    r"(?:could|can|may|might)\s+(?:cause|produce|give|explain)\b|"
    r"(?:this\s+|it\s+)?(?:requires?|needs?)\s+(?:review|evaluation|interpretation|assessment)\s+by\b|"
    r"please\s+consult\b|no\s+(?:comment|idea)\b|either\s+(?:side|one|way|of\s+them)?[\s.!*_]*$|"
    r"(?:(?:it|this|that)\s+)?(?:cannot|can't)\s+be\s+(?:assessed|evaluated|determined|known)\b|"
    r"not\s+(?:assessable|evaluable|determinable)\b|inconclusive\b|non-?diagnostic\s+(?:image|study|exam)\b|"
    r"(?:the\s+)?(?:image|study|exam)\s+is\s+(?:not\s+diagnostic|inconclusive)\b|"
    r"(?:(?:it|that)\s+)?depends\s+on\b|(?:well,?\s+)?it'?s\s+complicated\b|"
    r"not\s+(?:shown|visible|depicted|given|provided|available)\s+(?:in|on|by|from)\s+(?:the|this)\s+"
    r"(?:image|picture|scan|film|study|question)\b)"
)
# A caveat, then a committed pick after a turn: "I can't be sure, but it looks like the kidney." The model names
# one answer as its pick, so that is an answer (policy: a refusal is an answer withheld; a pick after it is given).
# A pick held open ("..., but it could be the kidney") stays a refusal. "I'm not able to identify any abnormality —
# the image appears normal." states normal after the caveat.
# (read sentence by sentence by :func:`_pick_after_turn`: a lookahead from each turn to its sentence's end re-read the
# sentence once per turn, quadratic in "but but but ...")
_TURN = lazy_compile(r"(?i)\b(?:but|however|though|although|that\s+said)\b[,\s]+")
_PICK = lazy_compile(r"(?i)\b(?:most\s+likely|likely|probably|looks\s+like|appears\s+to\s+be|i\s+(?:think|believe|"
                     r"favou?r|would\s+say)|i'd\s+say|(?:my|the)\s+best\s+guess\s+is|favou?red|in\s+keeping\s+with|"
                     r"consistent\s+with)\b")
_SENTENCE_STOP = lazy_compile(r"[.;!?\n]")
_ZH_TURN = lazy_compile(r"但(?:是)?")
_ZH_PICK = lazy_compile(r"最可能|最有可能|可能性最大|倾向于|考虑为")
_ZH_STOP = lazy_compile(r"[。；;]")
_NORMAL_AFTER = lazy_compile(
    r"(?i)[—–;]\s*(?:so\s+)?(?:the\s+)?(?:image|study|film|scan|exam|examination|radiograph)\s+"
    r"(?:appears|looks|seems|is)\s+(?:to\s+be\s+)?(?:entirely\s+|completely\s+|essentially\s+)?normal\b"
)


def _turn_to(region: str, turn_re: re.Pattern[str], stop_re: re.Pattern[str], pick_re: re.Pattern[str],
             to_pick: bool) -> tuple[int, int] | None:
    """The start of the first turn of ``region`` whose sentence goes on to a pick, and the end of the turn (or, with
    ``to_pick``, of the pick): each sentence is read once, from its first turn (a later turn in it sees less)."""
    pos = 0
    while (turn := turn_re.search(region, pos)) is not None:
        stop = stop_re.search(region, turn.end())
        end = stop.start() if stop is not None else len(region)
        pick = pick_re.search(region, turn.end(), end)
        if pick is not None:
            return turn.start(), pick.end() if to_pick else turn.end()
        pos = max(end, turn.end())
    return None


def _pick_after_turn(region: str) -> int | None:
    """Where the first committed pick after a turn starts to be read (the end of the turn; in Chinese, of the pick), or
    the end of a "— the image appears normal" after a caveat; ``None`` when there is none."""
    found = [m for m in (_turn_to(region, _TURN, _SENTENCE_STOP, _PICK, False),
                         _turn_to(region, _ZH_TURN, _ZH_STOP, _ZH_PICK, True) if not region.isascii() else None)
             if m is not None]
    normal = _NORMAL_AFTER.search(region)
    if normal is not None:
        found.append((normal.start(), normal.end()))
    return min(found)[1] if found else None

# Two short fragments or more each asked, opening the answer ("Pneumonia? Atelectasis? Hard to tell.").
_ASKED_OPENING = lazy_compile(r"^[\s*_]*(?:[^?？.!\n]{1,40}[?？]\s*){2,}")

# A concession turning from what was stated ("..., consistent with thrombus — though ..."), and the words that hold a
# statement open before it (then the deferral after the turn is not set aside).
_CAVEAT_TURN = lazy_compile(r"(?i)\s*[,;—–]\s*" + hedges.words(hedges.CONCESSION, ("but", "however")))
_HELD_OPEN = lazy_compile("(?i)" + hedges.words(hedges.POSSIBILITY, hedges.WEIGHING, hedges.DOUBT, hedges.NOT_EXCLUDED,
                                              hedges.CONDITION))

def declines(region: str) -> bool:
    """Whether the open answer ``region`` declines to answer: :func:`is_refusal` anywhere, or a refusal
    ``extract/refusal.py`` does not read opening it (``_DECLINES``, ``_DECLINES_OPENING``), unless a committed
    pick follows a turn ("I can't be sure, but it looks like the kidney." answers "kidney")."""
    first = first_sentence(region)[:FIRST_MAX]
    if not (is_refusal(region) or _DECLINES.search(first) is not None or _DECLINES_OPENING.match(first) is not None):
        return False
    pick = _pick_after_turn(region)
    if pick is None:
        return True
    # "I cannot provide a diagnosis. However, the image shows what appears to be an opacity, which might be fluid.":
    # the pick's own sentence holds it open, so the refusal stands
    rest = region[pick:]
    end = _END.search(rest)
    return _POSSIBLE.search(rest[:end.start()] if end is not None else rest) is not None


# The end of the pick's sentence, and a possibility holding what it names open inside it ("which might be fluid",
# "possibly a cyst"; not "which may need biopsy": what is to be done, not what it is).
_END = lazy_compile(r"[.!?;\n](?=\s|\Z)|[。！？；]")
_POSSIBLE = lazy_compile(r"(?i)\b(?:could|may|might)\s+(?:also\s+|well\s+|even\s+)?(?:be|represent)\b|"
                         r"\b(?:possibly|perhaps|maybe|possible)\b")


# A pair opened by a frame the shared bare-pair reader does not skip: "It's a Bosniak IIF or III cyst", "This is likely
# a hemangioma or a metastasis" (the frame taken off, the rest is read as a bare pair).
_PAIR_FRAME = lazy_compile(r"(?i)^[\s*_\"']*(?:(?:it|this|that)(?:'s|’s|\s+is|\s+was)\s+)?"
                           r"(?:(?:most\s+)?(?:likely|probably)\s+)?(?=\S)")
# Two candidates each opened by "could be": "Could be sarcoid, could be lymphoma."
_COULD_TWICE = lazy_compile(r"(?i)\b(?:could|might|may)\s+be\b[^.;!?\n]{1,60}?[,;]\s*(?:or\s+)?"
                            r"(?:could|might|may)\s+be\b")


# A pair in another language, opening the answer: Spanish, French, Italian, Portuguese, German "X o / ou / oder Y",
# behind a copula and an article or bare ("Es una neumonía o una atelectasia", "C'est une pneumonie ou une atélectasie",
# "Neumonía o atelectasia."); "X 或 Y" opening a Chinese clause ("肺炎或肺不张，..."). A negated pair ("no es X o Y")
# names neither.
_ARTICLE = r"(?:(?:una?|une|uno|uma|um|eine?|einen|la|el|le|il|lo|de|des|du)\s+|(?:un|d|l)['’]\s*)?"
_OTHER_PAIR = lazy_compile(
    r"(?i)^[\s*_\"']*(?!(?:"
    + hedges.alternation(negation.PLAIN, negation.NON, negation.OTHER_WITHOUT, negation.OTHER_NOR)
    + r"|n[ãa]o|nicht|kein\w*|ne)\b)(?:(?:es|son|c['’]est|ce\s+sont|il\s+s['’]agit\s+d['’]|è|é|ist|sind|es\s+ist|"
    r"das\s+ist|se\s+trata\s+de|trata-se\s+de)\s*)?" + _ARTICLE + r"[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}?\s+(?:"
    + hedges.alternation(hedges.OTHER_OR) + r")\s+"
    + _ARTICLE + r"[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}?[\s*_\"']*(?:[.,;!:—–(]|$)"
)
_OTHER_OR = lazy_compile("(?i)" + hedges.words(hedges.OTHER_OR))
_ZH_OR_CLAUSE = lazy_compile(r"^[\s*_]*(?![" + "".join(negation.ZH_CHARS) + r"])[^\s，。；,;:：]{1,20}?或(?:者)?(?!许)"
                             r"[^\s，。；,;:：]{1,20}[，,；;]")


def other_language_pair(text: str) -> bool:
    """Whether ``text`` opens with two candidates in another language (``_OTHER_PAIR``, ``_ZH_OR_CLAUSE``)."""
    head = text.strip()[:FIRST_MAX]
    if head.isascii() and not _OTHER_OR.search(head):
        return False
    return _OTHER_PAIR.match(head) is not None or _ZH_OR_CLAUSE.match(head) is not None


def framed_pair(first: str) -> bool:
    """Whether the opening sentence ``first`` offers a bare pair behind a frame ("It's a X or Y", "Likely X or
    Y", ``_PAIR_FRAME``), which :func:`offers_alternatives` alone does not read."""
    frame = _PAIR_FRAME.match(first)
    return frame is not None and frame.end() > 0 and " or " in first and offers_alternatives(first[frame.end():])


def weighs_two(region: str) -> bool:
    """Whether an open answer that declines (:func:`declines`) opens by naming two candidates or more: "Either a
    lipoma or a liposarcoma; I can't distinguish them.", "Could be neutrophils or eosinophils, hard to tell.",
    "Pneumonia? Atelectasis? Hard to tell." Candidates weighed and left open are ``ambiguous``, not a refusal."""
    first = first_sentence(region)
    return (offers_alternatives(first) or framed_pair(first) or _COULD_TWICE.search(region[:FIRST_MAX]) is not None
            or _ASKED_OPENING.match(region) is not None or other_language_pair(region))


def before_caveat(first: str) -> str:
    """The opening sentence ``first`` up to a concession that follows a finding stated without a hedge ("There's a
    filling defect in the appendage, consistent with thrombus — though a delayed phase would help."): a deferral
    after it is a caveat on the answer given. The whole sentence when there is no such concession."""
    turn = _CAVEAT_TURN.search(first)
    if turn is None:
        return first
    head = first[:turn.start()]
    if _HELD_OPEN.search(head) is not None:
        return first
    low = normalize(head)
    named = any(category_of(m) not in ("modality", "anatomy") for m in vocabulary().mentions(low))
    return head if named else first


def first_sentence(region: str) -> str:
    """The opening sentence of ``region`` (a semicolon or a line break ends it too)."""
    parts = re.split(r"(?<=[.!?;])(?<!\bvs\.)\s+|\n+", region.strip(), maxsplit=1)
    return parts[0] if parts else ""


__all__ = ["FIRST_MAX", "before_caveat", "declines", "declines_request", "first_sentence", "framed_pair",
           "other_language_pair", "weighs_two"]
