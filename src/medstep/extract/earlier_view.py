"""An earlier view the reply states and then revises, set aside before reading (issue #7).

"I initially thought A, but on reflection it is B.", "My first impression was A; on closer inspection, however, B fits
better.", "At first I thought there was a pneumothorax, but on closer inspection there isn't.", "My initial impression
was pneumonia; on reflection, this is more likely a pulmonary infarct." The readers took the view the writer held
first as a statement of its own: beside the revised one it made two answers (ambiguous), worded as an answer ("At
first, I thought the answer was A. However, on closer inspection, it is B.") it was read as the answer, and "there was
a pneumothorax" read yes. A human reader drops the first view and takes the revised one.

An earlier view is a clause that

- marks a view the writer held before (the words are ``answers/revisions.py``'s EARLIER, FIRST_VIEWS, VIEW_VERBS and
  ABOUT_TO): a view verb after "I initially / first / originally" ("I initially thought", "I was first inclined"),
  "my first / initial / original impression, thought, answer ...", a clause opening with "First impression" or
  "Initial thought", "I was going to say", "I was leaning towards", a clause opening with "At first glance / sight",
  or one opening with "Initially", "At first" or "Originally" that says how the view was held or how it seemed
  ("Initially I considered A", "At first A seemed plausible") or names a candidate in at most three words ("Initially
  A, but ..."); "Initially I counted from the top" names no view, "I" alone being no view word;
- and is followed, in its own sentence or opening the next one, by a turn: a contrast ("but", "however", "yet") or a
  revision cue ("on reflection", "actually", "wait", "looking again", "Hmm, but wait."), or by the label of a revised
  answer opening the next line ("**Revised answer:** B", kept).

The clause is taken out from its start (its sentence's; after ";" or ", and / so / but" with the joint, the revised
words then opening a sentence of their own) through the turn's own words, and what follows is read as written: "It
is B.", "B fits better.", "There isn't.", "This is more likely a pulmonary infarct." (the cue goes with the view it
revised: left in place it would seem to revise whatever came before it). A revision that only denies the view ("...,
but on reflection that does not hold.") goes with it, its whole sentence, and a reply of nothing more reads no answer;
one that gives nothing new ("..., but I'm not sure anymore") gives no answer, never the earlier view; one that goes
back to the view ("..., but on reflection A is correct") reads it again; one that only hedges ("..., but it might
also be B") is read as the hedge it is.

A bare contrast ("but", "however", "yet", "that said") sets a view aside only when the view was held before ("I
initially thought", "My first impression was", "Initially ...", "At first glance ...") and what follows is no remark
on the finding's attribute ("At first glance there is a nodule, but it isn't calcified.", "..., but it's small": the
attribute not the view's own word, "... the heart was enlarged, but it is not enlarged." denies it); a view still held
("My initial impression is B. However, clinical correlation is recommended.", "First impression: B. However, ...")
is the answer with a caveat, and only an explicit cue revises it ("My first impression is B. But, on closer
inspection, ..."). A view the writer keeps is never revised: "..., and it remains my answer, but ...", "..., and the
markings confirm it, but ...", "...; on reflection, I'm confident in it.", "..., it's still B, but ...", "as I
initially thought". "Originally from the colon, but now metastatic to the liver." tells a course, no view.

Left alone: a view no turn follows ("My first impression is A." is the reply's answer), an "initially" that is no view
("Initially the effusion was small, but it has grown": no view word, more than three words), a view a concession only
qualifies ("At first glance there is no pneumothorax, though the apex is obscured."), a turn with nothing after it.
Read by :mod:`medstep.extract.core` before the reader runs, for every answer type.
"""

from __future__ import annotations

import re

from medstep.answers import hedges, qualifiers, revisions, yesno
from medstep.extract.anchors import grouped_by_first_word, holds_any
from medstep.lazyre import lazy_compile

# Cheap literal tests on the lower-cased text: a marker needs one of these.
_GATES = ("initial", "first", "original", "was going", "was about", "was leaning", "was inclined", "was tempted")
_GATE_GROUPS = grouped_by_first_word(_GATES)  # ("was " looked for once)
_EARLIER = hedges.alternation(revisions.EARLIER)
# The markers of a view held before. ``adverb`` and ``bare`` (a noun without "my") count only opening their clause.
_MARKER = lazy_compile(
    r"(?i)\b(?:(?P<person>(?:i|we)\s+(?:(?:had|was|were)\s+)?(?:initially|first|originally|at\s+first)\s+(?:"
    + hedges.alternation(revisions.VIEW_VERBS) + r"))"
    r"|(?P<own>(?:my|our)\s+(?:very\s+)?(?:first|initial|original)\s+(?:" + hedges.alternation(revisions.FIRST_VIEWS)
    + r"))"
    r"|(?P<bare>(?:the\s+)?(?:first|initial)\s+(?:impressions?|thoughts?|instincts?|reaction))"
    r"|(?P<about>" + hedges.alternation(revisions.ABOUT_TO) + r")"
    r"|(?P<adverb>" + _EARLIER + r"))\b"
)
# What may stand between a clause's start and a marker that must open it: markup and a filler ("So, initially ...").
_OPENING = lazy_compile(r"(?i)[\s*_>\-•#\"'“(]*(?:(?:so|and|well|hmm+|ok(?:ay)?|or\s+rather|now|honestly)[\s,]+)*")
# Words after an opening adverb that make its clause a view: whose it was or how it seemed ("Initially I ...",
# "At first A seemed plausible", "Initially the deposits suggest ...").
_VIEW_WORD = lazy_compile(r"(?i)" + hedges.words(revisions.VIEW_VERBS, (
    "i'd", "my", "seemed", "seems", "seem", "appeared", "appears", "looked", "looks", "look",
    "suggested", "suggests", "suggest", "impression", "plausible", "came to mind", "comes to mind")))
# "At first glance / sight" says by itself that what follows is how it looked.
_GLANCE = lazy_compile(r"(?i)\b(?:glance|sight)\b")
_SHORT = 3  # at most this many words name a candidate after a bare opening adverb ("Initially A, but ...")
_WORD = lazy_compile(r"[^\W_]+")
# Where a clause starts: after a sentence's end, a line break, a semicolon or ", and / so / but". (Not after a colon or
# a dash: what stands before one may be the view itself, "Tuberculosis — that was my initial impression, but ...".)
_BREAK = lazy_compile(r"(?i)[.!?…][\"'”)*_\]]*\s+|\n|;\s*|,\s*(?:and|so|but)\s+")
_SENTENCE_BREAK = frozenset(".!?…\n")
_REACH = 300  # how far back a clause start, and forward a turn, is looked for
_SENTENCE_END = lazy_compile(r"[.!?…](?=[\s\"'”)*_\]]|\Z)|\n")
# The turn's words: a contrast (not "but also": it adds, it turns nothing) or a revision cue, after any hesitation
# ("Hmm, but wait."), and any more of them with what separates them ("; on closer inspection, however, "). A
# concession is a turn only before a cue ("..., though on reflection it is B"): alone it qualifies the view ("At first
# glance there is no pneumothorax, though the apex is obscured."); "whereas" sets another thing beside it ("...,
# whereas the right lung is clear"), and "and" goes on with it ("..., and on closer inspection this is confirmed").
_CUE = r"(?:" + hedges.alternation(revisions.CUES, revisions.SECOND_LOOK, revisions.TAKE_BACK, revisions.DISOWN,
                                    revisions.RESTATE) + r")\b"
_TURN_WORD = r"(?:(?:but(?!\s+also\b)|however|yet|that\s+said)\b|" + _CUE + ")"
_HESITATION = r"(?:" + hedges.alternation(revisions.HESITATION, ("ok", "okay")) + r")\b"
_NO = r"(?:" + hedges.alternation(revisions.SELF_DENIAL) + r")"
_BEFORE_CUE = r"(?:(?:" + hedges.alternation(hedges.CONCESSION, ("then", "now")) + r")[\s,]+(?=" + _CUE + r"))?"
_SEP = r"[\s,;:.!…—–-]*"
_RUN = (r"(?:" + _HESITATION + _SEP + r")*(?:" + _NO + r"\s*[,.!—–-]+\s*(?=" + _TURN_WORD + r"))?" + _BEFORE_CUE
        + _TURN_WORD + r"(?:" + _SEP + r"(?:" + _TURN_WORD + "|" + _HESITATION + r"))*" + _SEP)
# ... in the view's sentence, after a clause break ("..., but", "; on reflection", " - actually"): or "but" alone.
_TURN_SAME = lazy_compile(r"(?i)(?:[,;:—–]\s*|\s[-–]\s*|\s+(?=(?:but|yet)\b))" + _RUN)
# ... or opening the next sentence ("... was A. However, on closer inspection, ...").
_TURN_NEXT = lazy_compile(r"(?i)[\s*_>\-•#\"'“]*" + _RUN)
# Revised words that only deny the view ("that does not hold", "this is wrong", "it isn't right either"): with them
# the sentence takes the view back and says nothing more, and it goes as a whole (left standing, "That does not
# hold." would seem to deny what came before it: "D. That does not hold." or the reply's answer sentence). (Not a
# bare "no": to a yes/no question it is the answer, "Initially I thought yes, but on reflection, no.")
_DENIED_VIEW = lazy_compile(
    r"(?i)(?:that|this|it|which)(?:\s+(?:view|impression|thought|reading|idea))?(?:\s+(?:(?:does|did|do)\s+not|"
    r"doesn['’]t|didn['’]t|(?:is|was)(?:\s+not|n['’]t)|can(?:not|['’]t)\s+be|won['’]t|(?:is|was)\s+(?:wrong|incorrect|"
    r"mistaken|a\s+mistake))|['’]s\s+(?:not|wrong|incorrect|mistaken|a\s+mistake))\b[^.!?\n,;:—–]{0,80}"
    r"(?:[.!?]+(?=\s|\Z)|\n|\Z)\s*")
# ... or a label of the revised answer opening the next sentence or line, kept ("**Initial impression:** A\n**Revised
# answer:** B", "First impression: A. Final impression: B."): the past participles of ``revisions.RETHINK``, and "final".
_RELABEL = lazy_compile(r"(?i)\s*(?=[*_#>\s]*(?:" + hedges.alternation(
    [w for w in revisions.RETHINK if w.endswith("ed")], ("final",)) + r")\s+(?:answer|impression|diagnosis|choice|"
    r"reading|view|assessment)\b)")


# An explicit revision cue in a turn's words (a bare "but" / "however" is none: it may only add a caveat).
_EXPLICIT = lazy_compile(r"(?i)\b(?:" + _CUE + "|" + _NO + r"\b)")
# The verb that says whether a view with a noun ("my first impression", "first impression") is held before or still.
_TENSE = lazy_compile(r"(?i)\b(?:" + hedges.alternation(revisions.HELD, revisions.STILL_HELD) + r")\b")
_HELD = frozenset(revisions.HELD)
# "The answer is B because, as I initially thought, ...": the view agreed with, no view revised.
_AGREED = lazy_compile(r"(?i)\bas\s+$")
# The writer keeps the view: beside it ("..., and it remains my answer, but ...", "is confirmed by the pleural line",
# "the absent markings confirm it") or right after the turn, of the view itself ("on reflection, I'm confident in
# it", "this is confirmed", "it's still B", "it is indeed A": the words of the view again).
_KEEPER = r"(?:it|this|that|which|my\s+(?:[a-z]+\s+)?(?:answer|impression|choice|pick|view|diagnosis))"
_CONFIDENT = (r"(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+(?:[a-z]+\s+)?(?:" + hedges.alternation(revisions.CONFIDENT)
              + r")(?:\s+(?:in|of|about)\s+(?:it|this|that)\b|(?=\s*(?:[.!;\n]|\Z)))")
_KEPT_AFTER = lazy_compile(
    r"(?i)[\s*_]*(?:" + _KEEPER + r"\s+(?:still\s+)?(?:" + hedges.alternation(revisions.KEEPS) + r")\b(?!\s+(?:unclear|"
    r"uncertain|possible|debatable|open))|(?:it|this|that)\s+(?:is|was|has\s+been)\s+(?:[a-z]+\s+)?confirmed\b|"
    + _CONFIDENT + ")")
_KEPT_BESIDE = lazy_compile(r"(?i)\b(?:" + _KEEPER + r"\s+(?:still\s+)?(?:" + hedges.alternation(revisions.KEEPS)
                            + r")\b|(?:is|are|was|been)\s+(?:[a-z]+\s+)?confirmed\b|confirm(?:s|ed|ing)?\s+(?:it|this|"
                            r"that)\b|" + _CONFIDENT + ")")
_SAME_AGAIN = lazy_compile(r"(?i)[\s*_]*(?:(?:it|this|that)\s*(?:['’]s|\s+is)|i\s+still\s+(?:think|believe|say|pick|"
                           r"choose|favou?r))\s+(?:still|indeed)?\s*(?P<same>[^,.;:!?\n]{1,40})")
_FILLER = frozenset({"a", "an", "the", "option", "answer", "choice", "it", "is"})
# A remark on the finding's attribute after a bare turn, not a revision: "..., but it's small", "but it is not
# displaced", "but it isn't calcified", "but the effusion is actually moderate in size" (the attribute not the view's
# own word: "At first I thought the heart was enlarged, but it is not enlarged." denies the view).
_ATTRIBUTES = frozenset(yesno.SEVERITY_WORDS) | frozenset(qualifiers.FORM + qualifiers.APPEARANCE + qualifiers.NUMBER
                                                           + qualifiers.ACUITY)
_REMARK = lazy_compile(
    r"(?i)[\s*_]*(?:it|they|the\s+(?P<noun>[a-z]+))\s*(?:['’]s|['’]re|\s+is|\s+are|\s+was|\s+were)(?:\s+not|n['’]t)?"
    r"(?:\s+(?:actually|only|very|quite|fairly|relatively|rather|still|also|somewhat|minimally|mildly|slightly|moderately|"
    r"markedly|severely|partially))*\s+(?:non-?|un)?(?P<attr>[a-z]+)\b")
# "Originally from the colon, but now metastatic to the liver.": a course told, no view revised.
_COURSE = lazy_compile(r"(?i)[\s*_]*(?:now\b(?!\s*,?\s*(?:i|i['’]d|i['’]m|we|it)\b)|later\b|since\b|subsequently\b)")


def _held_before(text: str, m: re.Match[str], start: int, turn_start: int) -> bool:
    """Whether the view ``m`` marks was held before ("I initially thought", "My first impression was", "Initially
    ..."), not one the writer still holds ("My initial impression is B", "First impression: B", "I initially think")."""
    kind = m.lastgroup
    if kind in ("adverb", "about"):
        return True  # "Initially ...", "At first glance ...", "I was going to say ..." say it was before
    if kind == "person":
        said = m.group().lower().split()
        return any(w in _HELD for w in said) or said[-1] not in revisions.STILL_HELD
    verb = _TENSE.search(text, m.end(), turn_start)
    if verb is not None:
        return verb.group().lower() in _HELD
    return any(w.lower() in _HELD for w in _WORD.findall(text, start, m.start()))  # "... — that was my first impression"


def _kept(text: str, view: str, at: int, turn_start: int, turn_end: int) -> bool:
    """Whether the writer keeps the view rather than revising it (see ``_KEPT_BESIDE``)."""
    if _KEPT_BESIDE.search(text, at, turn_start) or _KEPT_AFTER.match(text, turn_end):
        return True
    again = _SAME_AGAIN.match(text, turn_end)
    if again is None:
        return False
    said = {w.lower() for w in _WORD.findall(again.group("same"))} - _FILLER
    return bool(said) and said <= {w.lower() for w in _WORD.findall(view)}


def _remark(text: str, view: str, turn_end: int) -> bool:
    """Whether the words after a bare turn only remark on the finding's attribute (see ``_REMARK``)."""
    said = _REMARK.match(text, turn_end)
    if said is None or said.group("attr").lower() not in _ATTRIBUTES:
        return False
    words = {w.lower() for w in _WORD.findall(view)}
    noun = said.group("noun")
    return said.group("attr").lower() not in words and (noun is None or noun.lower() in words)


def set_aside(text: str) -> str | None:
    """``text`` without each earlier view a turn follows (see module docstring), or ``None`` when it has none."""
    low = text.lower()
    if not holds_any(low, _GATE_GROUPS):
        return None
    cuts: list[tuple[int, int, str]] = []
    floor = 0
    for m in _MARKER.finditer(text):
        if m.start() < floor:
            continue  # inside a view already taken out
        opened = _clause_start(text, m.start(), floor)
        if opened is None:
            continue
        start, cut_from, joined = opened
        kind = m.lastgroup
        if kind in ("adverb", "bare") and _OPENING.fullmatch(text, start, m.start()) is None:
            continue  # "The effusion was initially small": no view opening its clause
        if _AGREED.search(text, max(start, m.start() - 4), m.start()):
            continue  # "as I initially thought": the view agreed with
        turn = _turn(text, m.end())
        if turn is None:
            continue
        turn_start, turn_end, explicit = turn
        named = _GLANCE.search(m.group()) or _VIEW_WORD.search(text, m.end(), turn_start) is not None
        if kind == "adverb" and not named and len(_WORD.findall(text, m.end(), turn_start)) > _SHORT:
            continue  # "Initially the effusion was small, but ...": no view, more than a candidate named
        if not text[turn_end:].strip(" \t\n*_.!\"'”)"):
            continue  # "I initially thought A, but on reflection.": nothing said instead
        view = text[start:turn_start]
        if _kept(text, view, m.end(), turn_start, turn_end):
            continue  # "..., and it remains my answer, but ...", "...; on reflection, I'm confident in it."
        if not explicit and (not _held_before(text, m, start, turn_start) or _remark(text, view, turn_end)
                             or (kind == "adverb" and not named and _COURSE.match(text, turn_end))):
            continue  # "My initial impression is B. However, ...", "At first glance there's a nodule, but it's small."
        denied = _DENIED_VIEW.match(text, turn_end)
        if denied is not None:
            turn_end = denied.end()  # "... but on reflection that does not hold.": the sentence only took the view back
        cuts.append((cut_from, turn_end, joined))
        floor = turn_end
    if not cuts:
        return None
    out, last = [], 0
    for start, end, joined in cuts:
        out.append(text[last:start] + joined)
        if text[end:end + 1].islower():
            out.append(text[end].upper())  # "It is B.": the revised words open a sentence now
            end += 1
        last = end
    out.append(text[last:])
    return "".join(out)


def _clause_start(text: str, at: int, floor: int) -> tuple[int, int, str] | None:
    """Where the clause holding ``at`` starts, where its cut starts, and what then joins the text before it to the
    revised words: nothing at a sentence's start (after a stop, or at the text's start); after ", and / so / but" or
    ";" the cut takes the joint too and the revised words open a sentence of their own ("..., so at first glance A
    comes to mind. However, A spares ..." -> "... . A spares ...": joined to the clause before, they would read as its
    conclusion). ``None`` when the clause starts past ``_REACH``."""
    lo = max(floor, at - _REACH)
    last = None
    for last in _BREAK.finditer(text, lo, at):
        pass
    if last is None:
        return (lo, lo, "") if lo == floor else None  # the text's start, or where the view cut before it ended
    if text[last.start()] in _SENTENCE_BREAK:
        return last.end(), last.end(), ""
    return last.end(), last.start(), ". "


def _turn(text: str, at: int) -> tuple[int, int, bool] | None:
    """Start and end of the turn after a view marker ending at ``at``, in its sentence or opening the next, and whether
    it holds an explicit revision cue (or a label of the revised answer) rather than a bare contrast."""
    end = _SENTENCE_END.search(text, at, at + _REACH)
    if end is None:
        end_at = min(len(text), at + _REACH)
        if end_at < len(text):
            return None  # a sentence too long to tell what its turn revises
    else:
        end_at = end.start()
    same = _TURN_SAME.search(text, at, end_at)
    if same is not None:
        # (the run may go on past the sentence's end: "... but wait. Looking again, ...")
        run = _TURN_SAME.match(text, same.start())
        stop = run.end() if run is not None else same.end()
        return same.start(), stop, _EXPLICIT.search(text, same.start(), stop) is not None
    if end is None:
        return None
    following = _TURN_NEXT.match(text, end.end())
    if following is not None:
        return end.end(), following.end(), _EXPLICIT.search(text, end.end(), following.end()) is not None
    relabel = _RELABEL.match(text, end.end())
    return (end.end(), relabel.end(), True) if relabel is not None else None


__all__ = ["set_aside"]
