"""An open answer the model takes back: "Osteosarcoma. Actually, wait — ... more consistent with Ewing sarcoma."

Read as text, the withdrawn answer and the correction form one answer, and its grade credits the withdrawn
candidate as much as the final one. A human reader takes what follows the correction: a sentence opening with
a revision cue (the one list, ``answers/revisions.py``) withdraws what came before it, so the open reader reads
the text after the last such cue as the answer, with the same care as any open answer. Where that text settles
nothing ("Wait — the Doppler excludes that. It could be a neoplasm or an endometrioma. I'm not sure."), the answer
withdrawn is not put back: two candidates weighed are ``ambiguous``, a doubt is ``refused``, a text stopping
inside its correction ("Meningioma. Actually, let me reconsider") is ``truncated``.

Only a cue opening a sentence after the first one counts: "Actually" inside a sentence ("it is actually a
cyst") or opening the answer revises nothing.
"""

from __future__ import annotations

from medstep.answers import hedges, revisions
from medstep.extract.open_refusal import declines
from medstep.extract.refusal import offers_alternatives
from medstep.lazyre import lazy_compile

_CUE = "(?:" + hedges.alternation(revisions.CUES, revisions.SECOND_LOOK, revisions.TAKE_BACK, revisions.DISOWN) + r")\b"
# A sentence opened by revision cues, "hmm" / "no" / "oh" between them: "Actually, wait —", "Hmm, on second look,".
_REVISION = lazy_compile(r"(?i)(?:(?<=[.!?])[ \t]+|\n[ \t*_>-]*)(?:(?:hmm+|oh|no|ok(?:ay)?)[\s,.!]+)*" + _CUE
                         + r"(?:[\s,:;.!—–-]*(?:(?:hmm+|no)[\s,.!]+)*" + _CUE + r")*[\s,:;.!—–-]*")
_GATES = tuple(w.split()[-1] for w in (*revisions.CUES, *revisions.SECOND_LOOK, *revisions.TAKE_BACK,
                                       *revisions.DISOWN)) + revisions.SELF_DENIAL
# A sentence saying "no" to the answer just written (``revisions.SELF_DENIAL``): after a hesitation ("Hmm, no —",
# "Hmm, nope."), "nope" or "nah" at any opening ("... nope, HCC."), or "no" before a dash ("No — on the lateral view it is atelectasis.") or the new answer's opening ("No,
# it's atelectasis.", "No, the ulna.", "No, I mean ..."). "No effusion." and "No, there is no effusion." deny a
# finding and revise nothing.
_NO = hedges.alternation(revisions.SELF_DENIAL)
_SELF_DENIAL = lazy_compile(
    r"(?i)(?:(?<=[.!?…])[ \t]+|\n[ \t*_>-]*)(?:(?:" + hedges.alternation(revisions.HESITATION) + r")[\s,.!…—–-]+(?:"
    + _NO + r")\b[\s,.!…:;—–-]*|(?:" + _NO + r")\s*[—–]\s*|(?:" + hedges.alternation(revisions.SELF_DENIAL[1:])
    + r")\s*[,:;.!]\s*|(?:" + _NO + r")\s*,\s*(?=(?:it['’]?s|it\s+is|this\s+is|that['’]?s|"
    r"i\s+mean|rather|more\s+likely|make\s+that|(?:the|an?)\s+(?!\w+\s+(?:is|are)\b))\b))"
    r"(?:(?:" + hedges.alternation(revisions.RESTATE, revisions.CUES, ("make that",)) + r")\b[\s,:;.!—–-]*)*"
)
# The correction kept open with the answer it withdrew: "The radius. No, the ulna. Possibly both."
_BOTH = lazy_compile(r"(?i)\b(?:" + hedges.alternation(hedges.POSSIBILITY, ("or", "probably", "likely")) + r")\s+(?:it'?s\s+|"
                     r"(?:it\s+)?(?:is|are|be)\s+)?both\b")
# The correction only calls its candidate possible: "... SCFE. Actually, the epiphysis is fragmented, so Perthes is again
# possible.", "No wait, it could also be a cyst.": the withdrawn answer and the new one are both still open.
# (The possibility said of the candidate, as its predicate or its modal: not "a right pneumothorax, possibly small".)
_ONLY_POSSIBLE = lazy_compile(r"(?i)\b(?:is|are|remains?|seems?)\s+(?:\w+\s+)?(?:possible|plausible)\b|\b(?:could|may|might)"
                              r"\s+(?:\w+\s+){0,2}be\b")
_SENTENCES = lazy_compile(r"(?<=[.!?;])\s+|\n+")
# The words of ``hedges.PAST`` that date a study ("the prior CT", "the old film"), not a disease ("treated", "known").
_OF_A_STUDY = frozenset({"prior", "previous", "previously", "earlier", "old", "formerly", "ago"})
# An earlier study or report: a time before this one (``hedges.EARLIER_TIME``, ``hedges.PAST``), or its year.
_EARLIER = lazy_compile("(?i)" + hedges.words(hedges.EARLIER_TIME, (w for w in hedges.PAST if w in _OF_A_STUDY))
                        + r"|\b(?:outside|last\s+(?:year|month|week)['’]s)\b|\b(?:19|20)\d\d\b")
_PAST_VERB = lazy_compile(r"(?i)\b(?:showed|shown|had|was|were|demonstrated|revealed|said|reported|described|"
                          r"mentioned|suggested|called|read|documented)\b")
# A word of the present: the earlier study is compared with this one ("..., as again seen now").
_NOW = lazy_compile(r"(?i)\b(?:now|currently|today|here|still|again|persists?|persisting|this\s+(?:study|image|film|"
                    r"scan|exam))\b|\b(?:is|are)\b")
# A statement the model rejects as soon as it makes it: "..., which I disagree with", "..., which is wrong".
_DISOWNED = lazy_compile(r"(?i)\bwhich\s+(?:i\s+(?:disagree|do\s+not\s+agree|don['’]t\s+agree)\s+with|is\s+(?:wrong|"
                         r"incorrect|not\s+right))\b|\bi\s+disagree\b")


def after_revision(region: str) -> str | None:
    """The text after the last sentence-opening revision cue of ``region`` (see module docstring), or ``None``
    when no sentence after the first opens with one. A cue before what an earlier study or report said, or before
    a statement the model rejects ("Actually, the previous report said atelectasis, which I disagree with."), revises
    nothing: the cue before it is tried."""
    low = region.lower()
    if not any(map(low.__contains__, _GATES)):
        return None
    ends = sorted({m.end() for pattern in (_REVISION, _SELF_DENIAL) for m in pattern.finditer(region)}, reverse=True)
    for end in ends:
        rest = region[end:].strip()
        first = _SENTENCES.split(rest, maxsplit=1)[0]
        if not reports_earlier(first) and _DISOWNED.search(first) is None:
            return rest
    return None


def reports_earlier(sentence: str) -> bool:
    """Whether ``sentence`` reports what an earlier study or report showed ("The prior CT showed atelectasis.",
    "Last year's film had an effusion.", "The old film from 2019 showed an os trigonum."): an earlier time, a verb
    in the past, and no word of the present. It says nothing of this image."""
    return (_EARLIER.search(sentence) is not None and _PAST_VERB.search(sentence) is not None
            and _NOW.search(sentence) is None)


def unsettled(rest: str) -> str | None:
    """How the text after a correction fails to settle the answer, as a status name (``ambiguous``: two
    candidates weighed in any of its sentences, or the withdrawn one kept beside the new ("Possibly both."); ``refused``: a sentence of doubt), or ``None`` when it does not
    fail in these ways."""
    if offers_alternatives(rest) or _BOTH.search(rest) is not None or _ONLY_POSSIBLE.search(rest) is not None:
        return "ambiguous"
    if any(declines(s) for s in _SENTENCES.split(rest) if s.strip()):
        return "refused"
    return None


__all__ = ["after_revision", "reports_earlier", "unsettled"]
