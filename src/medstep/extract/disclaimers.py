"""A disclaimer beside a committed answer: the reply answers, it does not refuse (issue #7).

Models often wrap an answer in a disclaimer that declines a formal diagnosis, medical advice or any further comment:
"I can't provide a definitive diagnosis, but there is a small right pneumothorax.", "No pneumothorax. I cannot
comment further.", "I can't comment further. No pneumothorax.". The refusal rules (``extract/refusal.py``) read the
declining words anywhere and make the whole reply ``refused``, and the stated-finding readers will not read a text
holding them, so the answer written beside the disclaimer went unread. What such a disclaimer declines is the
clinician's role (the diagnosis as a doctor would sign it, advice, commentary beyond the answer), not the question,
and a reply that goes on to commit to an answer has answered.

:func:`without_disclaimers` removes each disclaimer, a whole sentence ("I cannot comment further.") or its clause
before a turn ("I can't offer a definitive diagnosis, but | ..."), and :func:`reread` reads what is left with the
same reader. The reply stays as it was read unless that reading gives an answer, so the disclaimer never makes one:
what follows must commit by itself. A decline of the asked thing ("I cannot determine whether there is a
pneumothorax"), of the image ("I'm unable to view images"), "as an AI", and a disclaimer followed by a definition,
advice, a hypothetical or two candidates ("..., but it could be a pneumothorax or a skin fold") stay as they were:
the first three are not disclaimers here, the others leave no answer in the rest. Closed and choice replies only:
open replies weigh a caveat before their answer in ``extract/open_refusal.py``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from medstep.answers.hedges import ABSOLUTELY, CERTAIN, HABIT, alternation, words
from medstep.answers.image_access import denies_image_access
from medstep.extract import closing_choice, conceded, implicit
from medstep.extract.choice import Reading
from medstep.extract.refusal import WRITER_MODALS, is_hedge, is_refusal
from medstep.extract.split import Located
from medstep.lazyre import lazy_compile
from medstep.types import AnswerType, Sample, Status

# What a disclaimer declines: the clinician's diagnosis ("a definitive diagnosis", "medical diagnoses", "a formal
# diagnosis"), advice ("medical advice"), an opinion, or anything more than the answer ("further comment", "comment
# further", "say more", "comment beyond that"). Not the asked thing: "whether there is ...", "if the heart is ...".
_QUALIFIER = (r"(?:(?:a|an|any)\s+)?(?:(?:definitive|definite|formal|medical|clinical|final|firm|conclusive|official|"
              r"professional|confirmed|certain|proper|complete)\s+){0,2}")
# The one it would be given to, between the verb and what is declined: "give you a diagnosis", "offer anyone medical
# advice".
_TO_WHOM = r"(?:(?:you|anyone|them|the\s+patient)\s+)?"
_DECLINED = (
    r"(?:(?:provide|give|offer|make|render|issue|establish)\s+" + _TO_WHOM + _QUALIFIER
    + r"(?:diagnos[ie]s|medical\s+advice|(?:medical\s+|clinical\s+)?opinions?)(?:\s+or\s+" + _QUALIFIER
    + r"(?:diagnos[ie]s|medical\s+advice|advice|(?:medical\s+)?opinions?))?"
    r"|(?:provide|give|offer|make)\s+(?:any\s+)?further\s+comments?"
    # a certain answer, not the answer: "I'm unable to provide a definitive answer, but ..." (a bare "an answer" is
    # the question itself declined, ``extract/refusal.py``)
    r"|(?:provide|give|offer)\s+" + _TO_WHOM + r"(?:a|an|any)\s+(?:definitive|definite|certain|conclusive|firm|"
    r"final|100%)\s+(?:answer|response|conclusion|read|assessment)"
    r"|comment\s+(?:any\s+)?(?:further|more|beyond\s+(?:that|this))|say\s+(?:any\s+)?more(?:\s+than\s+(?:that|this))?"
    r"|diagnose(?:\s+(?:this|it))?"
    # the clinician's read itself: "I can't replace a radiologist's read", "cannot substitute for a dermatologist's
    # in-person evaluation" (not the asked thing: a role the writer does not claim)
    r"|(?:replace|substitute\s+for)\s+(?:a|an|the|your)\s+(?:[a-z-]+\s+){0,2}?(?:radiologist|doctor|physician|"
    r"clinician|specialist|dermatologist|pathologist|ophthalmologist|cardiologist)(?:['’]s)?"
    r"(?:\s+(?:[a-z-]+\s+)?(?:read|reading|review|evaluation|assessment|examination|exam|opinion|interpretation))?"
    # a side matter the writer will not help with: "I cannot assist with treatment decisions, but ..." (not "with
    # that / this request": the whole question, ``extract/refusal.py`` reads it)
    r"|assist(?:\s+(?:you\s+)?with\s+(?!(?:that|this|your)\b)[^,.;:!?\n]{1,60}?)?"
    # certainty, not the answer (``hedges.DOUBT``'s "can't be sure"): "I can't be completely certain at this
    # resolution, but ...", "can't be 100% sure"
    r"|be\s+(?:(?:" + alternation(ABSOLUTELY) + r")\s*)?(?:" + words((*CERTAIN, "definitive"))
    + r")(?![\w%]))"
)
# Its source or condition, left inside the disclaimer: "from an image alone", "based on this image", "without a
# lateral view", "on this film", "here".
_SOURCE = r"(?:\s+(?:from|based\s+on|on|in|at|with|without|using|here)\b[^,.;:!?\n]{0,60}?)?"
# An aside joined to the disclaimer before its turn: "I can't be fully certain from a single projection, and a lateral
# view would help, but ..." (one clause, no verdict word in it; session 55, b54-0028).
_ASIDE = r"(?:,\s*and\s+(?!(?:yes|no)\b)[^,.;:!?\n]{1,60}?(?=,?\s*\b(?:but|however|though|yet)\b))?"
# The writer declining, at the start of a sentence, maybe after a concession or a courtesy ("While I can't ...",
# "Unfortunately, I cannot ...", "However, I'm unable to ...").
_OPENING = (r"(?:(?:(?P<conceding>while|although|though|whilst)|however|unfortunately|honestly|also|and|but|"
            r"please\s+note(?:\s+that)?)[\s,]+)?")
# ("I'm not a doctor and can't be 100% sure, but ...": the writer's role said before the modal)
_WRITER = (r"(?:i|we)(?:\s+(?:really|honestly|simply|just|still))?"
           r"(?:['’]m\s+not\s+an?\s+(?:doctor|radiologist|physician|clinician)\s+and)?")
# Where a disclaimer ends: its sentence, a turn to the answer after a comma, semicolon or dash ("..., but there
# is ...", "...; however, the lungs ..."), or after a concession its comma ("While I can't provide a medical
# diagnosis, the image shows ...").
_TURN = r"(?:[\s,;:—–-]*\b(?:but|however|though|that\s+said|that\s+being\s+said|with\s+that\s+caveat|nonetheless|nevertheless|yet)\b[\s,:]*)"
# The marks a disclaimer may open behind, after the end of a sentence: blanks, emphasis, an opening quote.
_FILLER = " \t\r\n\f\v*_\"'“"
# The match opens on the first word, never inside a run of blanks (one candidate per run, not one per blank: a run of
# 10,000 newlines scanned from each of them took half a minute); :func:`_opens_sentence` checks what lies before.
_DISCLAIMER = lazy_compile(
    r"(?i)(?<![^\s*_\"'“.!?;])" + _OPENING + _WRITER + WRITER_MODALS + r"\s+(?:\w+\s+)?" + _DECLINED
    + _SOURCE + _ASIDE + r"(?:" + _TURN + r"|[\s*_\"'”]*(?:[.!;]+|\n|\Z)|(?(conceding)[\s*_\"'”]*,\s*|(?!)))"
)


_OPENING_TURN = lazy_compile(r"(?i)^" + _TURN)


def _opens_sentence(region: str, start: int, floor: int) -> int | None:
    """Where the blanks and marks before ``start`` begin (not before ``floor``), when a sentence ends there (the
    text's start, a newline among them, or ``.``, ``!``, ``?``, ``;`` just before); else ``None``."""
    i = start
    while i > floor and region[i - 1] in _FILLER:
        i -= 1
    if i == 0 or "\n" in region[i:start] or region[i - 1] in ".!?;":
        return i
    return None


def without_disclaimers(region: str) -> str | None:
    """``region`` less each disclaimer (see module docstring), or ``None`` when it holds none or nothing is left."""
    return _without(region)[0]


def _without(region: str) -> tuple[str | None, bool]:
    """:func:`without_disclaimers`, and whether a turn opening the next sentence was taken with the disclaimer."""
    out, pos = [], 0
    for m in _DISCLAIMER.finditer(region):
        if (begin := _opens_sentence(region, m.start(), pos)) is None:
            continue
        out.append(region[pos:begin])
        pos = m.end()
    if not out:
        return None, False
    rest = " ".join(p.strip() for p in (*out, region[pos:]) if p.strip())
    # the turn opening the next sentence is the disclaimer's own ("I can't give a diagnosis. That said, I'm leaning
    # towards yes."): what follows it is the reply's first word (session 55, b54-0084)
    turned, n = _OPENING_TURN.subn("", rest, count=1)
    return turned or None, n > 0


# Readings that take an answer from a mere mention of a finding or an option: after a disclaimer they also take one
# from a textbook aside ("patients with a pneumothorax typically present with ..."), an echo of the question ("you
# asked about option C: Pneumothorax.") or a hedge ("there is a possibility of ..."), so they count there only beside
# a committed statement.
_WEAK_RULES = frozenset({"last_mention", closing_choice.RULE, "option_text", "implicit_finding", implicit.RULE})
_UNCOMMITTED = lazy_compile(
    r"(?i)\b(?:" + words(HABIT) + r"|common|typical|possibility|chance|asked|question|considered?|differential)\b")
# A decline to guess, refusing only where a disclaimer came before it: "I can't give medical advice. No, I won't
# speculate on whether there is a pneumothorax." (kept out of the shared refusal words, where "won't speculate
# further: it is a pneumothorax" would refuse).
_NO_GUESS = lazy_compile(r"(?i)\b(?:i|we)\s+(?:won['’]t|will\s+not|would\s+rather\s+not|can(?:not|['’]t))\s+"
                         r"(?:speculate|guess)\b")


def _commits(rest: str) -> bool:
    """Whether ``rest`` states its finding or option outright: no hedge, no word of habit, no echo of the question."""
    return not is_hedge(rest) and _UNCOMMITTED.search(rest) is None


def reread(loc: Located, sample: Sample, reading: Reading,
           reader: Callable[[Located, Sample], Reading]) -> tuple[Located, Reading] | None:
    """The reply ``loc`` (read with no answer: ``refused`` or ``unparsed``) read again without its disclaimers, and
    that reading, when it gives an answer and nothing refusing is left; else ``None``. A reply with no image to read
    ("I can't offer a diagnosis; the image did not load.") is never read again, nor one declining to guess; a reading
    from a mere mention (``_WEAK_RULES``) counts only when the rest commits."""
    if sample.answer_type not in (AnswerType.CLOSED, AnswerType.CHOICE) or reading.answer is not None \
            or reading.status not in (Status.REFUSED, Status.UNPARSED):
        return None
    if denies_image_access(loc.answer) or _NO_GUESS.search(loc.answer) is not None:
        return None  # cheap checks first: the disclaimer scan below walks the whole reply
    # a turn taken with the disclaimer ("... That said, yes, ...") concedes as after_concession's does: the rest must
    # commit ("That said, yes, a fracture is likely but I'm not sure." is no yes)
    rest, conceding = _without(loc.answer)
    if rest is None:  # "Difficult to assess on one view. That said, yes, ...": a refusal conceded before a turn
        rest, conceding = conceded.after_concession(loc.answer, sample), True
    if rest is None or is_refusal(rest):
        return None
    again = replace(loc, answer=rest)
    got = reader(again, sample)
    if got.answer is None or ((conceding or got.rule in _WEAK_RULES) and not _commits(rest)):
        return None
    return again, got


__all__ = ["reread", "without_disclaimers"]
