"""The role a clause's cues give it (``ClauseScoper.clause``): a question, an option listing, a definition, an
instruction, a conclusion or a hypothetical, and the mentions a role that is not counted drops.

Apart from the scoping loop (``scope.py``): the loop collects the cues, this decides what they make of the clause.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping

from medstep.answers import hedges, negation
from medstep.answers.asking import QUESTION_AUXILIARIES
from medstep.extract.cues import DEGREE_BEFORE_NOUN
from medstep.extract.implicit_words import COPULA, DEGREE, LATERAL, ONE_SIDE, PRESENCE, SIDES
from medstep.lazyre import lazy_compile
from medstep.verify.mentions import Mention, drop
from medstep.verify.roles import CUE_ROLE, TURN, SentenceRole


def clause_role(mentions: list[Mention], first: int, question: bool, option_head: int, observed: bool,
                hypothetical: bool, hypo_cue: str, cues: dict[str, int], clinical_ids: frozenset[str],
                test_ids: frozenset[str] = frozenset()) -> SentenceRole:
    """The role a cue, a question mark, an option label or a hypothetical gives the clause
    (observation when none applies: the caller then refines it by polarity); drops the mentions
    a non-counted role covers. ``clinical_ids``: the concepts a clause may claim (findings, devices, normal
    statements); ``test_ids``: the modalities (a test put forward as the next step is dropped)."""
    mine = mentions[first:]
    if question:
        drop(mine, -1)
        return SentenceRole.QUESTION
    conclusion = "conclusion" in cues
    if "refusal" in cues:  # "I can't give a diagnosis from this image": nothing of it is claimed, up to a turn
        turn = cues.get(TURN, 1 << 30)
        left = 0
        for m in mine:
            if m.start < turn:
                m.dropped = True
            elif not m.dropped:
                left += 1
        if not left and not conclusion:
            return CUE_ROLE["refusal"]
    if "rejection" in cues and not drop(mine, cues["rejection"]) and not conclusion:
        return CUE_ROLE["rejection"]  # "healed histoplasmosis (D) does not explain the findings"
    if option_head >= 0 and not observed and not conclusion:
        drop(mine, -1)  # "C) Pleural effusion" / "B) Thoracic vertebrae deformity:"
        return SentenceRole.OPTION_LISTING
    if not conclusion:
        for cue in ("option", "definition"):
            if cue in cues and not drop(mine, cues[cue]):
                if cue == "definition" and hypothetical:  # "if there were an effusion, the angle would be blunted":
                    return CUE_ROLE.get(hypo_cue, SentenceRole.CONDITIONAL)  # the "if" makes it, not the "would"
                return CUE_ROLE[cue]
        if "advice" in cues and not _drop_claims(mine, cues["advice"], clinical_ids, cues.get(AGENT_END, 1 << 30)):
            return CUE_ROLE["advice"]
        if "agent" in cues and not _drop_claims(mine, cues["agent"], clinical_ids):
            return CUE_ROLE["agent"]  # "Staging X should be done by a radiologist": who does a task, nothing seen
        if "proposal" in cues:
            if not any(not m.dropped and m.cid in clinical_ids for m in mine):
                return CUE_ROLE["proposal"]  # "angiography is the next step": a test advised, no finding said
            for m in mine:  # "CT is the next step to characterise the nodule": the nodule is said, the CT advised
                if m.cid in test_ids and m.start < cues["proposal"]:
                    m.dropped = True
    kept = [m for m in mine if not m.dropped and m.cid in clinical_ids]
    if "process" in cues and not conclusion and (not kept or not observed):
        drop(mine, -1)  # "let me check the lungs for consolidation", "I will now decide"
        return SentenceRole.INSTRUCTION
    if conclusion:
        return SentenceRole.CONCLUSION
    if not kept and hypothetical:
        return CUE_ROLE.get(hypo_cue, SentenceRole.CONDITIONAL)
    return SentenceRole.OBSERVATION


# a subject that presupposes its thing ("The small left effusion is not the cause of the hypoxia": the effusion is
# there, it is only not the cause)
DEFINITE = lazy_compile(r"\s*(?:the|this|these|that|those|its|his|her|their|our|my|known)\b")
# where the subject starts: after a mark, not after the bracket of an option letter ("Pneumonia (C) does not explain")
_SUBJECT_START = lazy_compile(r"[.;:,\n]|\((?![a-z]\))")
# the lay verdict "X is out" (``triggers.tsv``) read on into "out of": a place ("out of position", "out of the
# stomach"), not the verdict, unless it is "out of the question"
_OUT_OF = lazy_compile(r"(?:is|are|was|were)\s+(?:[a-z]+\s+)?out\s+of\b(?!\s+the\s+question)")
# a coordinator that starts a clause of its own before the rejected subject: what the clause before it says stands
# ("a right pneumothorax is present but heart failure is not the diagnosis"); "and" only after a verb ("pneumonia and
# oedema are out" rejects both)
_SUBJECT_TURN = lazy_compile(r"\b(?:but|while|whereas|yet|so|and)\b")
_SAID_BEFORE = lazy_compile(r"\b(?:is|are|was|were|has|have|shows?|showing|there)\b|" + hedges.words(negation.SEEN))
# a rejected alternative the sentence goes on to call present ("a right effusion is not the answer, although it is
# clearly present"): there, only not the answer (review of para44)
_STILL_THERE = lazy_compile(r"[^.;!?]*?\b(?:but|although|though|yet|while)\s+(?:it|they|one|this|these)\s+(?:is|are)\s+"
                            r"(?:(?:clearly|definitely|certainly|still|also|indeed|actually)\s+)?(?:"
                            + hedges.alternation(negation.SEEN, negation.SEEN_RARE) + r"|there)\b")
_SUBJECT_CHARS = 200  # the subject is looked for this far back (a text of many rejections stays linear)


class SubjectWindow:
    """The mentions a ``SUBJECT_CUES`` cue may read: those of its clause that can start in its subject (from
    ``subject_from``). The cue reads only mentions starting there, so the clause's earlier ones are left out: handing
    each cue all of them was quadratic in a clause of many cues ("X does not explain Y, " * 2,000, issue #12). Mentions
    are appended out of order at times (a finding made when its organ comes), so the cut is found on the running
    maximum of their starts: every mention before it starts before the subject. The clause only appends mentions."""

    def __init__(self, mentions: list[Mention], first: int) -> None:
        self._mentions = mentions
        self._first = first
        self._top: list[int] = []  # the greatest start among the clause's mentions up to each one

    def since(self, after: int, at: int) -> list[Mention]:
        """The clause's mentions from the first whose start or an earlier one's reaches the subject of the cue at
        ``at`` (the clause starts after ``after``): a superset of those the cue reads."""
        mentions, top = self._mentions, self._top
        for k in range(self._first + len(top), len(mentions)):
            top.append(max(top[-1], mentions[k].start) if top else mentions[k].start)
        return mentions[self._first + bisect_left(top, subject_from(after, at)):]


def subject_from(after: int, at: int) -> int:
    """Where the subject of a ``SUBJECT_CUES`` cue at ``at`` may start at the earliest (the clause starts after
    ``after``); the last mark before the cue moves it on."""
    return max(after + 1, at - _SUBJECT_CHARS, 0)


# cues that read the subject before them, from their clause's start: it is turned down ("pneumonia is not the cause":
# ``reject_subject``) or named in general ("miliary TB gives tiny nodules": ``generic_cue``)
SUBJECT_CUES = frozenset({"rejected_subject", "generic", "agent", "agent_need"})


def subject_cue(kind: str, cues: dict[str, int] | None, mine: list[Mention], low: str, after: int,
                at: int, stop: int = -1) -> dict[str, int] | None:
    """The clause's cues after a ``SUBJECT_CUES`` cue of ``kind`` at ``at`` (the clause starts after ``after``); a
    rejected subject drops its mentions and leaves the cues, and the rest of the clause stands."""
    if kind == "generic":
        return generic_cue(cues, mine, low, after, at, stop)
    if kind in _AGENTS:
        return agent_cue(kind, cues, mine, low, after, at)
    reject_subject(mine, low, after, at)
    return cues


def reject_subject(mine: list[Mention], low: str, after: int, at: int) -> None:
    """A ``rejected_subject`` cue at ``at`` ("pneumonia is not the explanation", "a mucus plug is not the cause of
    the collapse", "heart failure does not explain the effusion"): the alternative named before it, from its clause's
    start (a separator at ``after`` or the last mark before ``at``), is weighed and turned down, so its mentions claim
    nothing. What the cue names after it stands ("... the cause of the left lower lobe collapse": the collapse is
    there), and so does a definite subject ("The small left effusion is not the cause": ``DEFINITE``). The lay "is
    out" sets nothing aside where "out of" places its subject ("an NG tube is out of position"; ``_OUT_OF``)."""
    if _OUT_OF.match(low, at) is not None or _STILL_THERE.match(low, at, min(len(low), at + _SUBJECT_CHARS)) is not None:
        return
    lo = subject_from(after, at)
    for mark in _SUBJECT_START.finditer(low, lo, at):
        lo = mark.end()
    for turn in _SUBJECT_TURN.finditer(low, lo, at):  # "there is a pneumothorax and heart failure is out" (review)
        if turn.group(0) != "and" or _SAID_BEFORE.search(low, lo, turn.start()) is not None:
            lo = turn.end()
    if DEFINITE.match(low, lo) is not None:
        return
    for m in mine:
        if lo <= m.start < at:
            m.dropped = True


_AGENTS = frozenset({"agent", "agent_need"})
AGENT_END = "agent_end"  # (not a cue of the table) where an agent's phrase read as advice ends
_AGENT_END = lazy_compile(r"[,;:]|\b(?:and|but|however|while|whereas)\b")
# The nouns of a task a process statement is about ("treatment decisions should be made by ...", "staging of X ought to
# be carried out by ...", "interpretation of this study requires ..."); a gerund not read as a finding ("Evaluating",
# "Diagnosing and staging", not "Thickening") is one too (``task_subject``).
_TASKS = frozenset({"decision", "decisions", "management", "treatment", "assessment", "evaluation", "interpretation",
                    "diagnosis", "staging", "grading", "review", "reporting", "characterisation", "characterization",
                    "workup", "work-up", "care", "reading", "classification"})
_TASK_LEAD = frozenset({"the", "any", "further", "formal", "definitive", "final", "its", "their", "such", "all",
                        "subsequent", "ongoing", "specialist", "expert", "clinical", "surgical", "medical"})


def agent_cue(kind: str, cues: dict[str, int] | None, mine: list[Mention], low: str, after: int,
              at: int) -> dict[str, int] | None:
    """The clause's cues after an ``agent`` / ``agent_need`` cue at ``at`` (the clause starts after ``after``): a
    process statement from the clause's start when its subject is a task (``task_subject``); otherwise the subject is
    said of this image ("Free gas requires a surgeon", "The effusion should be drained by the respiratory team") and
    the cue is advice: from where it stands for ``agent_need``, from the clause's start (after its last observation,
    as "should be assessed" is) for ``agent``."""
    cues = cues or {}
    if task_subject(mine, low, after, at):
        return cues if "agent" in cues else cues | {"agent": after}
    if "advice" in cues:
        return cues
    # the agent's own phrase is advice ("needs an experienced chest physician"), up to the next comma, semicolon or
    # "and": what follows is said ("..., and the heart is enlarged"; "A radiologist should review this, but ...")
    end = _AGENT_END.search(low, at)
    return cues | {"advice": at, AGENT_END: end.start() if end is not None else 1 << 30}


def task_subject(mine: list[Mention], low: str, after: int, at: int) -> bool:
    """Whether the subject before ``at`` (from its clause's start) opens with a task: a task noun (``_TASKS``:
    "treatment decisions", "the management of ...") or an -ing form that starts no mention ("Evaluating ...",
    "Diagnosing and staging ..."; "Thickening of the pleura" names a finding)."""
    lo = subject_from(after, at)
    for mark in _SUBJECT_START.finditer(low, lo, at):
        lo = mark.end()
    led = False
    for word in _SUBJECT_WORD.finditer(low, lo, at):
        w = word.group()
        if w in _JOINING or w in _TASK_LEAD and w not in _TASKS:
            led = led or w not in _JOINING
            continue
        if w in _TASKS:
            return True
        # a gerund opens the subject ("Evaluating ..."); after a determiner it is an adjective ("the expanding mass")
        return not led and w.endswith("ing") and len(w) > 5 and not any(m.start == word.start() for m in mine)
    return False


# Words that make a subject this image's, not a disease in general: a side or place, a size, degree or change (also a
# lobe by its abbreviation), a time, a pronoun or relative ("..., which causes blunting"), or a verb or denial (the
# subject is then a clause of its own). Each group comes from its one home; only the words pointing at this patient or
# image, the size words beyond ``cues.DEGREE_BEFORE_NOUN`` and the changes beyond ``hedges.CONTINUING`` are new here.
_REFERRING = frozenset({"the", "this", "these", "that", "those", "its", "his", "her", "their", "our", "my", "there",
                        "here", "it", "they", "he", "she", "which", "who", "what", "now", "today", "currently",
                        "patient", "patient's", "image", "film", "scan", "study"})
_SIZE_MORE = frozenset({"tiny", "big", "huge", "massive", "gross", "little", "minor", "major"})
_CHANGING = frozenset({"worsening", "resolved", "increasing", "decreasing", "enlarging", "progressive", "progressing",
                       "interval", "developing"})
_LOBE = frozenset({"rul", "rml", "rll", "lul", "lll", "lingula", "lingular"})
_VERBS = COPULA | frozenset(QUESTION_AUXILIARIES) | frozenset({"be", "been", "may", "might", "must"})
_POINTING = (SIDES | LATERAL | ONE_SIDE | DEGREE | _REFERRING | _VERBS | frozenset(negation.PLAIN) | PRESENCE
             | DEGREE_BEFORE_NOUN | _SIZE_MORE | frozenset(hedges.CONTINUING) | frozenset(hedges.PAST) | _CHANGING
             | _LOBE | frozenset({"also", "so", "thus", "then", "or"}))
# ... and what the cue goes on to say must not point at this image either ("miliary TB gives the tiny nodules seen here",
# "pneumonia causes the opacity": a definite object right after the verb, past a particle: "leads to the", "results
# in the", "gives rise to the"), nor grade, change or measure its finding ("a large pleural effusion", "severe
# consolidation", "increasing effusions", "8 mm midline shift"). A size a disease typically has ("gives tiny nodules",
# "small bowel") and "the" further on (a generic place: "air in the pleural space") stay generic.
_TYPICAL_SIZE = frozenset({"tiny", "small", "little", "some", "clear", "obvious", "significant", "big", "minor", "major"})
# (of ``hedges.CONTINUING``, the words of how far a finding went, not that it did, describe a disease's finding too:
# "causes increased interstitial markings", "gives mostly upper-zone nodules")
_HOW_FAR = frozenset({"partially", "partly", "nearly", "almost", "largely", "mostly", "incompletely", "near",
                      "increased", "decreased", "smaller", "larger", "again", "still", "stable", "unchanged"})
_OBJECT_DEGREE = (((DEGREE_BEFORE_NOUN | _SIZE_MORE) - _TYPICAL_SIZE) | _CHANGING | _LOBE
                  | (frozenset(hedges.CONTINUING) - _HOW_FAR))
_POINTING_AFTER = (_REFERRING - {"the", "that", "which", "what", "who", "it", "they", "he", "she", "there", "our",
                                 "my", "patient", "patient's", "currently"}) | PRESENCE
_SIDED = LATERAL | frozenset({"both"})
# a side names a structure, not a place, before a chamber word ("needs left atrial enlargement", "right heart strain")
_CHAMBER = frozenset({"atrial", "atrium", "ventricular", "ventricle", "heart", "hearts"})
_BOWEL = frozenset({"bowel", "intestine", "intestinal"})  # "large bowel" is an organ, not a size
_MEASURE = lazy_compile(r"[0-9.,]+ ?(?:mm|cm|ml)\b.*")  # "causes 8 mm midline shift"
_PARTICLE = frozenset({"to", "in", "rise"})  # "leads to the ...", "results in the ...", "gives rise to the ..."
_JOINING = frozenset({"and", "but", "while", "whilst", "whereas"})
_OBJECT_END = lazy_compile(r"[;:?!\n]|\.(?!\d)")  # (a decimal point ends no object: "1.5 cm")
_SUBJECT_WORD = lazy_compile(r"[a-z][a-z'-]*")
_GENERIC_WORDS = 5  # a bare name: "miliary TB", "a hydropneumothorax", "end-stage mitral stenosis"


def generic_cue(cues: dict[str, int] | None, mine: list[Mention], low: str, after: int, at: int,
                stop: int = -1) -> dict[str, int] | None:
    """The clause's cues after a ``generic`` cue at ``at``: a definition from the clause start (``after``) when its
    subject is a bare generic name (``generic_subject``), held for ``generic_named`` to confirm at the clause end."""
    if (cues is None or "definition" not in cues) and generic_subject(mine, low, after, at, stop):
        return (cues or {}) | {"definition": after, "generic": at}
    return cues


def generic_named(cues: dict[str, int] | None, mine: list[Mention], concepts: Mapping) -> dict[str, int] | None:
    """A generic verb says what a disease does only when it names a finding after it ("needs air in the pleural
    space", "gives tiny nodules"); "Pneumonia needs treatment" or "a pneumothorax needs a drain" is advice about this
    patient, and the clause stays observed."""
    if cues is None or "generic" not in cues:
        return cues
    if any(not m.dropped and m.start > cues["generic"] and concepts[m.cid].category == "finding" for m in mine):
        return cues
    return {k: v for k, v in cues.items() if k not in ("definition", "generic")} or None


def generic_subject(mine: list[Mention], low: str, after: int, at: int, stop: int = -1) -> bool:
    """Whether a ``generic`` cue at ``at`` ("gives", "needs", "causes") follows a bare generic subject naming a
    finding, from its clause's start (a separator at ``after`` or the last mark before ``at``): "miliary TB gives
    innumerable tiny nodules", "Mitral stenosis needs left atrial enlargement" say what a disease does in general.
    Any pointer to this image keeps the clause an observation ("The heart causes ...", "a right effusion, which
    causes blunting", "A 3 cm pneumothorax needs a drain", "the patient's effusion needs drainage").
    The object is read to the clause's end (``stop``; -1: the text's), never past it: a segment start is a clause break,
    and a batch analyses a segment on a window of the text that ends ``AHEAD`` characters after it (``clauses.py``;
    reading on into the next segment made a verdict differ in and out of a batch, retired blind 3)."""
    lo = subject_from(after, at)
    for mark in _SUBJECT_START.finditer(low, lo, at):
        lo = mark.end()
    words = low[lo:at].split()
    if not words or len(words) > _GENERIC_WORDS + 1:
        return False
    if words[0] in _JOINING:  # "...; and a hydropneumothorax needs air in the pleural space"
        words = words[1:]
    if words and words[0] in ("a", "an"):
        words = words[1:]
    if not words or any(_SUBJECT_WORD.fullmatch(w) is None or w in _POINTING for w in words):
        return False
    limit = at + _SUBJECT_CHARS if stop < 0 else min(at + _SUBJECT_CHARS, stop)
    end = _OBJECT_END.search(low, at, limit)
    said = low[at:end.start() if end is not None else limit]
    said_words = [w.strip(",()") for w in said.split()]
    obj = said_words[1:]
    while obj and obj[0] in _PARTICLE:
        obj = obj[1:]
    pairs = list(zip(said_words, [*said_words[1:], ""]))
    if obj[:1] == ["the"] or any(w in _POINTING_AFTER or w in _OBJECT_DEGREE and nxt not in _BOWEL
                                 or _MEASURE.fullmatch(f"{w} {nxt}") for w, nxt in pairs):
        return False
    # a side places the finding ("gives consolidation in the right lower lobe", "causes left lower lobe ..."), except
    # before a chamber word ("needs left atrial enlargement")
    if any(w.split("-")[0] in _SIDED and nxt not in _CHAMBER and (i > 1 or w != "bilateral")
           for i, (w, nxt) in enumerate(pairs) if i >= 1):
        return False
    return any(lo <= m.start < at and not m.dropped for m in mine)


def _drop_claims(mine: list[Mention], after: int, clinical_ids: frozenset[str], upto: int = 1 << 30) -> int:
    """Drop the findings and devices that start after ``after``; return how many are left. A test advised keeps
    its mention ("CT recommended" still names the CT a chain may say is needed): advice claims no finding."""
    left = 0
    for m in mine:
        if m.cid not in clinical_ids:
            continue
        if after < m.start < upto:
            m.dropped = True
        elif not m.dropped:
            left += 1
    return left
