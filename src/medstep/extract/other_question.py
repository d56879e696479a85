"""A refusal after an answer that declines another question than the one asked: a caveat, set aside before reading.

"No fracture is seen. I can't comment on management." answers the question (is there a fracture?) and then declines
a clinical one nobody asked. The readers find a refusal anywhere in a reply (``extract/refusal.py``) and made such
replies ``refused``, losing their answer. A refusal keeps that status when it declines what was asked, or may: one
that declines a subject no image question asks is taken out of the text the readers see.

The refusing clauses are set aside only when all of these hold:

- they follow the opening sentence, which declines nothing itself (``open_refusal.declines`` on it alone): an answer
  or a statement came first (in a reply of one sentence, the refusing clause follows words of its own: "Spiral
  fracture of the tibia I can't comment on management.");
- each names, as the first word of what it declines after a negated declining verb, a subject of
  ``answers/other_subjects``, and nothing joined to it ("or rule out an effusion", "nor exclude", "as well as on a
  possible pneumothorax": the clause may decline the asked finding too) ("management", "the prognosis", "follow-up"), and the question names none of them. Never
  by word overlap: "I can't determine the aetiology / its behaviour / the primary" may be the asked diagnosis in other
  words, and stays a refusal;
- what is left is no refusal (``refusal.is_refusal``): a second refusing clause left in it keeps the reply refused;
- for an open question, the opening sentence names a concept of the vocabulary (``answers/concepts.tsv``) and more
  than the image (``open_decision.describes_image``): an open reader keeps any words as the answer, so "Difficult
  case. I can't comment on management." must stay a refusal. The yes/no and choice readers need their own verdict in
  what is left, so nothing more is asked of them.

Read by :mod:`medstep.extract.core` before the reader runs.
"""

from __future__ import annotations

from medstep.answers.concepts import normalize, vocabulary
from medstep.answers.other_subjects import OTHER_SUBJECTS
from medstep.extract.open_decision import describes_image
from medstep.extract.open_refusal import declines, first_sentence
from medstep.extract.refusal import ADVISING, NOT_IN_POSITION, NOT_MY_CALL, THINK_NOT_SHOULD, is_refusal
from medstep.lazyre import lazy_compile

_SENTENCES = lazy_compile(r"(?<=[.!?;])\s+|(?<=[。！？；])\s*|\n+")
_WORD = lazy_compile(r"[a-z][a-z'-]*")
# The declining verb and what it declines: "can't comment on the level of obstruction", "cannot say whether it has
# spread", "unable to assess the margins".
# The verbs a refusal declines with; "answer", "identify", "give" ... added for ``extract/asked_refusal.py`` ("I can't
# answer the question.", "I'm unable to identify it."), one grammar for both directions.
DECLINING_VERBS = (r"(?:comment\s+on|say|tell|determine|assess|evaluate|confirm|exclude|rule\s+out|judge|gauge|measure|"
                   r"grade|stage|characteri[sz]e|answer|identify|diagnose|establish|specify|give|provide|make|offer|"
                   + ADVISING + r")")
# A writer's modal, or a soft decline (``refusal``: "not in a position to", "I don't think I should"), then the verb;
# or the call put beyond the writer ("not a decision I can make about surgery", ``refusal.NOT_MY_CALL``).
DECLINED = lazy_compile(r"(?i)(?:(?:\b(?:can(?:no|'|’)t|can\s+not|unable\s+to|not\s+able\s+to|could(?:n't|n’t|\s+not)|"
                        r"won't|won’t|will\s+not)\s+|" + NOT_IN_POSITION + r"|\b" + THINK_NOT_SHOULD
                        + r")(?:\w+\s+){0,2}?" + DECLINING_VERBS + r"|" + NOT_MY_CALL + r")\b(?P<object>[^.!?;]*)")
# A second object joined to the declined subject ("management or rule out ...", "nor exclude", "as well as on a
# possible pneumothorax", "— or whether ..."): the clause is set aside only when it declines the other subject alone
# (second review, session 27).
_JOINED = lazy_compile(r"(?i)\b(?:or|nor|and|as\s+well\s+as|plus|whether|if|what|which|but)\b|[,—–(]")
_OBJECT_FRAME = frozenset({"the", "a", "an", "of", "on", "any", "its", "from", "here", "with", "in", "exactly",
                           "precisely", "definitively", "reliably", "accurately", "further", "medical", "clinical",
                           "about"})


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


# The subject opening the refusing clause ("I can't", "I'm unable to", "we cannot"), and the joints left dangling
# before it once it is taken out (", so", " and", "—").
_SUBJECT = lazy_compile(r"(?i)(?:\b(?:i|we|one)\s+|\bi['’]m\s+|\bi\s+am\s+|\bwe\s+are\s+|\bwe['’]re\s+)\Z")
_JOINT = lazy_compile(r"(?i)(?:[\s,;:—–-]+|\b(?:so|and|but|therefore|thus|hence|though|although)\b)+\Z")


def _before_clause(sentence: str, start: int) -> str:
    """What ``sentence`` says before its refusing clause (which starts at ``start``, its subject included), its
    dangling joint taken off and its full stop restored after a word (not after a brace, bracket or mark): "Answer: D I can't comment on management." keeps
    "Answer: D."; a sentence that is all refusal keeps nothing."""
    head = sentence[:start]
    subject = _SUBJECT.search(head)
    head = head[:subject.start()] if subject is not None else head
    head = _JOINT.sub("", head).rstrip()
    if not head:
        return ""
    return head + ("." if head[-1].isalnum() else "") + " "  # not after a closing brace or mark: '{"a": "b"}' 


# A concession closing the clause with nothing after it: "That's not a decision I can make about surgery, though."
_CLOSING_TURN = lazy_compile(r"(?i)[\s,;—–](?:though|however|i['’]m\s+afraid|unfortunately)[\s.!]*\Z")


def _declines_other(declined: str, asked: str) -> bool:
    """Whether the refusing clause's object ``declined`` (what its declining verb declines) is another question than
    ``asked``: the first word it names is one of the subjects no image question asks (``answers/other_subjects``:
    "management", "the prognosis", "follow-up"), and the question does not ask about that subject itself. A closing
    concession ("..., though", ``_CLOSING_TURN``) joins nothing to it."""
    closing = _CLOSING_TURN.search(declined)
    declined = declined[:closing.start()].rstrip(" \t\n,;—–") if closing is not None else declined
    if is_refusal(declined) or DECLINED.search(declined) is not None:
        return False  # "management, and I cannot say what it is": a second refusal in the same sentence
    if _JOINED.search(declined) is not None:
        return False  # "management or rule out a small effusion": the same clause may decline the asked finding too
    named = [w for w in _words(declined) if w not in _OBJECT_FRAME]
    return bool(named) and named[0] in OTHER_SUBJECTS and not OTHER_SUBJECTS & set(_words(asked))


def opens_with_answer(first: str, asked: str, open_answer: bool) -> bool:
    """Whether the opening ``first`` can be an answer the refusal follows: it declines nothing, and, to an open
    question, names a concept of the vocabulary and more than the image ("Difficult case." names nothing)."""
    if not first.strip() or declines(first):
        return False
    return not open_answer or (not describes_image(first, asked) and bool(vocabulary().mentions(normalize(first))))


# What may come before a decline that opens the reply: its writer ("I", "We", "Sorry, I", "I'm", "we are"), or the
# call's frame ("This is", "That's": "That's not a decision I can make about surgery").
_OPENER = lazy_compile(r"(?i)^[\s*_\"']*(?:(?:sorry|honestly|unfortunately)\s*,?\s*)?(?:(?:i|we)\s+(?:\w+\s+)?|"
                       r"i['’]m\s+|i\s+am\s+|we\s+are\s+|we['’]re\s+|(?:this|that|it)(?:['’]s|\s+is)\s+)?\Z")
# The turn to what the reply goes on to say after the declined subject: ", but", "; however,", " — ", ": ".
_TURN_ON = lazy_compile(r"(?i)(?:[,;:—–]\s*)?\b(?:but|however|though|although|yet)\b[\s,]*|[,;:—–]\s*")
# ... and a joint opening what follows it: another object of the decline, not what the reply goes on to say.
_JOINED_NEXT = lazy_compile(r"(?i)\s*(?:or|nor|and|as\s+well\s+as|plus|whether|if|what|which)\b")
_FIRST_MAX = 300
# Literal words one of which every ``DECLINED`` match holds ("can't", "unable", "could", "won't", "will not", "not in a
# position", "don't think", "not a decision I can make"): a cheap gate before the regex, on ASCII text only (where the
# regex's case folding is ``str.lower``'s).
_DECLINED_GATES = ("can", "able", "could", "won", "will", "position", "think", "make")


def _after_opening_decline(body: str, asked: str) -> int | None:
    """Where ``body`` goes on after a decline of another question than ``asked`` that opens it (its writer's refusing
    clause and the turn after it: "I'm not in a position to advise treatment, but | yes, there is a fracture.", "I'm not
    in a position to advise on surgery. | The abnormality is ..."), else ``None``."""
    head = body[:_FIRST_MAX]
    if head.isascii() and not any(map(head.lower().__contains__, _DECLINED_GATES)):
        return None  # (no modal, "position", "think" nor "make": no decline opens it; most replies open so)
    found = DECLINED.search(head)
    if found is None or _OPENER.match(body, 0, found.start()) is None:
        return None
    obj = found.group("object")
    turn = _TURN_ON.search(obj)
    if not _declines_other(obj[:turn.start()] if turn is not None else obj, asked):
        return None
    end = found.start("object") + turn.end() if turn is not None else found.end()
    if _JOINED_NEXT.match(body, end) is not None:
        return None  # "I can't comment on management, or on the fracture itself": the joined object may be the asked
    return end


def without_other_refusals(region: str, asked: str, open_answer: bool) -> str | None:
    """``region`` without its refusing sentences (or clauses) when each declines another question than ``asked`` (the
    question and its options' text; see module docstring), else ``None``. ``open_answer``: the question is open. A
    decline opening the reply is set aside too when what follows it opens with an answer ("I'm not in a position to
    advise treatment, but yes, there is a fracture.": the refusal test read the whole reply, its answer too)."""
    # Declines opening one after another ("I can't advise on treatment. I can't advise on surgery. ...", a looping
    # rollout) are walked in a loop, not one recursion each (RecursionError past about 1,000: lane slow40b); then each
    # decline's rest is judged, the innermost first, as the recursion did.
    rests: list[str] = []
    body = region.strip()
    while (opening := _after_opening_decline(body, asked)) is not None:
        rests.append(body[opening:].lstrip(" \t\n.!?;,"))
        if not rests[-1]:
            break
        body = rests[-1].strip()
    kept_after = _without_later_refusals(body, asked, open_answer) if not rests or rests[-1] else None
    for depth, rest in enumerate(reversed(rests)):
        if kept_after and depth:  # a text that passed the test below passes it again at each decline before it
            continue
        kept = kept_after or rest
        kept_after = (None if not kept or not opens_with_answer(first_sentence(kept), asked, open_answer)
                      or is_refusal(kept) else kept)
    return kept_after


def _without_later_refusals(body: str, asked: str, open_answer: bool) -> str | None:
    """``without_other_refusals`` of a ``body`` (stripped) that opens with no decline of another question."""
    first = first_sentence(body)
    rest = body[len(first):]
    if not rest.strip():  # one sentence: "Spiral fracture of the tibia I can't comment on management."
        found = DECLINED.search(first)
        if found is None or not is_refusal(first) or not _declines_other(found.group("object"), asked):
            return None
        head = _before_clause(first, found.start()).strip()
        return head if head and opens_with_answer(head, asked, open_answer) and not is_refusal(head) else None
    if not is_refusal(rest) or not opens_with_answer(first, asked, open_answer):
        return None
    kept, pos = body[:len(first)], len(first)
    for sentence in _SENTENCES.split(rest):
        at = body.find(sentence, pos) if sentence.strip() else -1
        if at < 0:
            continue
        if is_refusal(sentence):
            found = DECLINED.search(sentence)
            if found is None or not _declines_other(found.group("object"), asked):
                return None
            kept += body[pos:at] + _before_clause(sentence, found.start())  # the refusing clause left out
        else:
            kept += body[pos:at + len(sentence)]
        pos = at + len(sentence)
    kept = (kept + body[pos:]).strip()
    return None if is_refusal(kept) else kept  # a second refusal left in the kept text: it may decline the question


__all__ = ["DECLINED", "DECLINING_VERBS", "opens_with_answer", "without_other_refusals"]
