"""A refusal or doubt conceded before a turn: the answer in the main clause after it stands (issue #7).

"Difficult to assess on a single view. That said, yes, there is an effusion." and "It's hard to tell from one image;
nevertheless, this is a fracture." open with a decline of certainty or of the method and then turn to the committed
answer. The refusal rules (``extract/refusal.py``) read the declining words anywhere and make the whole reply
``refused``; the turn ("but", "however", "that said", "nonetheless", ...) says the first clause is a concession and
the clause after it is the writer's claim. ``extract/disclaimers.py`` sets aside a decline of the clinician's role
("I can't give a formal diagnosis, but ..."); this sets aside a decline of any other wording, under stricter terms:

* the text before the turn refuses (``refusal.is_refusal`` or ``refusal.defers``) and names nothing that is asked:
  no content word of the question or an option, no "whether", "which", "if" or "between" ("I can't tell whether
  there is an effusion, but yes ..." declines the asked thing itself, and stays refused);
* the text after it refuses nothing, and commits by itself (``disclaimers.reread`` reads it only when no hedge and
  no echo of the question is left in it).

The reading is made from the rest alone, so a concession never makes an answer: what follows the turn must give one.
"""

from __future__ import annotations

from medstep.answers import hedges
from medstep.extract import asked as asked_question
from medstep.extract.implicit_terms import stem, tokens
from medstep.extract.implicit_words import STOP
from medstep.extract.refusal import defers, is_refusal
from medstep.lazyre import lazy_compile
from medstep.types import Sample

# A turn to the main clause after a concession, opening a clause (after a comma, semicolon, colon or dash) or a
# sentence. The blanks after a mark start only after it, so a run of blanks is scanned once (linear on any input).
_TURN = lazy_compile(
    r"(?i)(?:[,;:—–]|(?<=[.!?])\s|\A)[ \t\n]*(?:"
    + hedges.alternation(("but", "however", "that said", "yet"), hedges.DESPITE)
    + r")\b[ \t,:]*"
)
# A doubt of certainty alone, conceding only that the answer is not certain: "Difficult to say definitively",
# "It's hard to be sure on one view", "I can't be completely certain from a single image", "I'm not 100% sure"
# (``hedges.DIFFICULTY``, ``hedges.CERTAIN``, ``hedges.ABSOLUTELY``). It closes its clause at a sentence end or a
# semicolon as well as at a turn: "Difficult to say definitively; no clear fracture is seen." answers no. A bare
# difficulty ("Hard to say.", "Difficult to assess.") doubts the answer itself and needs a turn as before.
_CERTAINTY = (r"(?:(?:" + hedges.alternation(hedges.ABSOLUTELY) + r")\s*)?(?:" + hedges.alternation(hedges.CERTAIN)
              + r"|definitive|definitively|conclusively|for\s+(?:sure|certain)|with\s+(?:certainty|confidence))")
# It may open behind a short condition of the view ("Without a lateral view, ...", "On this single film ..."): a
# phrase of a few words up to a comma, or "without" / "from" / "on" / "with" and at most five words.
_VIEW = r"(?:(?:without|from|on|with|in|at)\s+(?:[\w%-]+\s+){0,4}?[\w%-]+,?\s+)?"
_DOUBTS_CERTAINTY = lazy_compile(
    r"(?i)\A[\s*_]*" + _VIEW + r"(?:(?:it\s+is|it['’]s|it\s+may\s+be|this\s+is)\s+)?(?:(?:a\s+)?(?:bit|little|somewhat)\s+)?(?:"
    + hedges.alternation(hedges.DIFFICULTY) + r")\s+to\s+(?:say|tell|be|call\s+it|judge|know)\s+" + _CERTAINTY
    + r"|\A[\s*_]*" + _VIEW + r"(?:(?:i|we)\s+)?(?:can(?:not|['’]t)|can\s+not)\s+(?:be|say|tell)\s+" + _CERTAINTY
    + r"|\A[\s*_]*" + _VIEW + r"(?:i\s+am|i['’]m|we\s+are|we['’]re)\s+not\s+" + _CERTAINTY)
# Where such a doubt ends without a turn word: a sentence end or a semicolon (blanks after a mark start only after it).
_CLAUSE_END = lazy_compile(r"[.;](?=\s)[ \t\n]*")
# A decline of the asked thing, or of a choice among the answers: what the turn cannot set aside.
_ASKED_THING = lazy_compile(r"(?i)\b(?:whether|which|if|between|answer|options?|choices?)\b")
# Words of the question's frame, naming nothing asked ("Is there ...", "What is shown in this image?").
_FRAME = frozenset(
    {
        "there",
        "this",
        "that",
        "what",
        "which",
        "shown",
        "show",
        "shows",
        "seen",
        "image",
        "present",
        "visible",
        "most",
        "likely",
        "does",
        "patient",
        "following",
    }
)
# A concession is a clause: a longer text before the turn is the reply's reasoning, not a concession of it.
_MAX_HEAD = 200


def _asked(sample: Sample) -> set[str]:
    """Stems of the content words of the asked sentence and of the options."""
    said = tokens(asked_question.asked_sentence(sample.question))
    for text in sample.options.values():
        said += tokens(text)
    return {stem(w) for w in said if w not in STOP and w not in _FRAME and len(w) > 2}


def after_concession(region: str, sample: Sample) -> str | None:
    """What follows the first turn of ``region`` after a conceded refusal that names nothing asked (see module
    docstring), else ``None``."""
    head_doubt = _DOUBTS_CERTAINTY.search(region)
    if head_doubt is not None:  # "Hard to be certain on one view, but ...", "Difficult to say definitively; ..."
        rest = _after_doubt(region, head_doubt.end(), sample)
        if rest is not None:
            return rest
    low = region.lower()
    if not any(w in low for w in ("but", "however", "said", "yet", *hedges.DESPITE)):
        return None
    asked: set[str] | None = None
    for m in _TURN.finditer(region):
        if m.start() > _MAX_HEAD:
            return None
        head, rest = region[: m.start()], region[m.end() :].strip()
        if not head.strip() or not rest or not (is_refusal(head) or defers(head)):
            continue
        if _ASKED_THING.search(head) is not None:
            return None  # "I can't tell whether there is an effusion, but ...": the asked thing itself declined
        asked = _asked(sample) if asked is None else asked
        if any(stem(w) in asked for w in tokens(head)):
            return None  # "I can't assess the effusion, but yes ...": it declines what is asked
        if is_refusal(rest):
            return None
        return rest
    return None


def _after_doubt(region: str, start: int, sample: Sample) -> str | None:
    """What follows a doubt of certainty opening ``region`` (``_DOUBTS_CERTAINTY``, ending at ``start``) at the end of
    its clause: the first turn or sentence end after it, when the doubt names nothing asked and the rest refuses
    nothing; else ``None``."""
    ends = [m for m in (_TURN.search(region, start), _CLAUSE_END.search(region, start)) if m is not None]
    if not ends:
        return None
    end = min(ends, key=lambda m: m.start())
    head, rest = region[:end.start()], region[end.end():].strip()
    if end.start() > _MAX_HEAD or not rest or _ASKED_THING.search(head) is not None:
        return None
    if any(stem(w) in _asked(sample) for w in tokens(head)) or is_refusal(rest) or defers(rest):
        return None  # "I can't be sure the effusion is real, but ...": it doubts what is asked
    return rest


__all__ = ["after_concession"]
