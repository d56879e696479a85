"""A chain's finding that it says an earlier study already showed: "The same fracture line can be seen on the film from
two years ago", "the thrombus was described on the duplex 14 months ago", "On the radiograph from four months ago the
nodular pattern was visible" (issue #8, lane change50).

Such a sentence claims the finding is not new. Against a report that calls it new (its own word, or an earlier study
that lacked it: ``absent_before``) the chain is wrong about the interval change, and this error went unseen on the
retired blind sets: a sighting on an earlier study carries no change word the trigger table reads ("already", "the
same as" do), and a sentence in the past tense ("was present on the prior film") is a clause of the past
(``prior_state.past_spans``) whose findings the claims of now leave out. This is the chain's side of
``absent_before`` (the report's earlier study lacked it: new); a report's earlier sighting is not read here (a finding
seen before and grown since is "worse", which agrees with "new").

A piece of a sentence (up to a semicolon or a turn: "but", "whereas") states an earlier sighting when a word of
seeing (``answers.negation.SEEN``, ``SEEN_RARE``, "described", "reported") is followed by an earlier study ("on the
film from two years ago", "on the prior", "previously", ``answers.hedges.EARLIER_WORDS``/``EARLIER_TIME``) or the
piece opens with one ("On the preoperative study, ... was visible"). A denial of the sighting ("not seen on the prior",
"was absent on the previous film": the finding's own polarity), a hedge ("may have been present") or a change word of
now in the piece keep it from counting. Each present finding of the piece is given the change "not new"
(``scope_words.DENIED_PREFIX``): it disagrees with "new" only (``attr_conflicts.changes_conflict``), not with
"worse" or "unchanged" of a finding the report saw before. The step is contradicted (``change-conflict``) when the
evidence gives the finding's family changes on a compatible side and every one of them is "new".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from medstep.answers import hedges
from medstep.answers.negation import DENY, INSTEAD, NEVER, NONE, NOTHING, SEEN, SEEN_RARE
from medstep.verify.attr_conflicts import changes_conflict, lat_compatible
from medstep.verify.changes import conflict, family
from medstep.verify.findings import Finding, Polarity
from medstep.verify.lexicon import Concept
from medstep.verify.opening_change import label_end
from medstep.answers.studies import study_nouns
from medstep.answers.text import NUMBER_WORDS
from medstep.lazyre import lazy_compile
from medstep.verify.results import StepVerdict
from medstep.verify.scope_words import DENIED_PREFIX
from medstep.verify.verdicts import FindingVerdict, Verdict

NOT_NEW = DENIED_PREFIX + "new"
_UNIT_BASE = 3_700_000  # (a contradicted earlier sighting's claim unit: apart from the other change passes')

_SIGHTED = "|".join(sorted({*SEEN, *SEEN_RARE, "described", "reported", "documented"}, key=len, reverse=True))
_EARLIER = hedges.words(hedges.EARLIER_TIME, hedges.EARLIER_WORDS).replace("\\-", "[\\s-]")
# between the word of seeing and the earlier study: a preposition and up to five words of the study ("on the
# radiograph from three years ago"), none of them a verb or a conjunction that starts another statement
_GAP = (r"(?:(?!(?:and|but|or|is|are|was|were|has|have|now|not|no|absent|today|current|currently|since|than|compared|"
        r"relative|comparison|where|which|that|who|whose|with|following|after|during|when)\b)[\w'/-]+\s+){0,7}?")
# an earlier STUDY, not any earlier thing: "the previous fixation plate", "the earlier biopsy", "the previously normal
# lobe", "the last image of the series", "cough starting 3 days ago" name no study (review of lane change50)
_STUDY = study_nouns(("film", "radiograph", "x-ray", "cxr", "study", "exam", "examination", "scan", "ct", "mri", "mr",
                     "ultrasound", "sonogram", "duplex", "doppler", "echo", "imaging", "angiogram", "mammogram", "pet",
                     "fluoroscopy"), extra=("us", "images", "one", "ones"))  # ("images" only: "the last image" is a panel)
# the earlier word, then the study it qualifies within three words ("prior chest radiograph", "last year's CT")
_EARLIER_STUDY = _EARLIER + r"(?:'s)?\s+(?:[\w/-]+\s+){0,2}?" + _STUDY + r"\b"
# a study, then its earlier time ("the radiograph from three years ago", "the duplex 14 months ago")
_STUDY_EARLIER = _STUDY + r"\s+" + _GAP + _EARLIER
# an earlier time said on its own right after the word of seeing ("seen two years ago", "noted previously", "present
# on admission"), ending the phrase (not "previously normal lobe", not "at admission this morning")
_COUNT = (r"(?:(?:\d+|an?|" + "|".join(NUMBER_WORDS[1:13]) + r"|few|several|many)\s+"
          r"(?:(?:hours?|days?|weeks?|months?|years?)\s+)?)?")
_BARE_EARLIER = (r"(?:(?:on|at)\s+)?" + _COUNT + _EARLIER
                 + r"(?!\s+(?:this|today|tonight|\w+ing\b|the\b|an?\b|his\b|her\b|its\b|their\b))"
                 + r"(?=\s*(?:$|[,;:.)]|(?:and|but|as|too|also|is|are|was|were|has|have|had|persists?|remains?|on|in|"
                 + r"with)\b))")
_SEEN_WORDS = "|".join(sorted({*SEEN, *SEEN_RARE}, key=len, reverse=True))
# "described", "reported", "documented" tell of a study only where one is named ("reported yesterday" is history)
_SIGHTING_THEN = lazy_compile(r"\b(?:(?:" + _SIGHTED + r")\s+(?:(?:on|in|at|from)\s+)?" + _GAP + r"(?:" + _EARLIER_STUDY
                              + r"|" + _STUDY_EARLIER + r")|(?:" + _SEEN_WORDS + r")\s+" + _BARE_EARLIER + r")")
# a piece opening with the earlier study ("On the preoperative film, the opacity was visible"), then a word of seeing
# in the past or "already" (not "Compared with yesterday's film, consolidation is now seen": a sighting of now)
# (up to two words may lead to the study's preposition: "Looking back at the radiograph from 10 months ago, the same
# opacity was already present", retired blind 52; or a participle take the study as its object: "Reviewing the CT
# from one year ago, that deformity was already visible")
_OPENS_EARLIER = lazy_compile(r"\s*(?:(?:and|but|also)\s+)?(?:(?:[a-z]+\s+){0,2}?(?:on|in|at|compar(?:ed|ing)\s+"
                              r"(?:with|to))|[a-z]+ing)\s+"
                              r"(?:(?:the|that|an?)\s+)?(?:" + _GAP + _EARLIER_STUDY + r"|" + _STUDY_EARLIER + r")"
                              + r"[^.;]*?\b(?:(?:was|were|had\s+been|been)\s+"
                              + r"(?:(?:already|also|clearly|well|again)\s+)?"
                              + r"(?:" + _SIGHTED + r")|already)\b")
# "already" before a word of seeing says the sighting is of an earlier time, whatever the study is called: "the mass
# was already visible then", "already partly present before the line", "already partly present on the day 1 film"
# (issue #8, session 52: retired blind 49 and 50 err-change chains, whose study or time no earlier word names). The
# earlier time is "then", "before", or a study after "on"/"in"/"at" ("already present in the right lung" is a place)
# A study named as this one ("already visible on this radiograph", "on today's film", "on the current study", "on
# these images") or as a view or phase of it ("on the frontal film", "on the axial images"), or a bare study ("already
# seen on CT") is the study of now: seen early, not seen before (review of lane habits52)
OF_NOW = ("this", "these", "today", "today's", "todays", "current", "present", "same", "now", "frontal", "lateral",
          "pa", "ap", "axial", "coronal", "sagittal", "scout")
_NOT_NOW = r"(?!(?:" + "|".join(OF_NOW) + r")\b)"
_ALREADY_SIGHTED = lazy_compile(r"\balready\s+(?:[a-z]+ly\s+)?(?:" + _SEEN_WORDS + r")\s+(?:then\b|before\b|"
                                r"(?:on|in|at)\s+(?:" + _NOT_NOW + r"[\w'/-]+\s+){1,4}?" + _STUDY + r"\b)")
_DENIED = lazy_compile(r"\b(?:" + "|".join((*DENY, *NEVER, *NONE, *NOTHING)) + r")\b|n't\b|\bno\s+longer\b")
_HEDGED = lazy_compile(r"\b(?:" + "|".join((*hedges.POSSIBILITY, *hedges.CONDITION)) + r")\b")
# a piece that calls the finding new itself is no earlier sighting ("newly seen compared with the prior"); a growth
# since then is ("seen on the prior and grown since": not new either)
_NOW = lazy_compile(r"(?<!\bnot )(?<!\bno )(?<!\bnot a )\b(?:new|newly|interval|developed|appeared|de\s+novo)\b")
# what the piece sets aside is no statement of it ("... so it is chronic rather than a new injury")
_INSTEAD = lazy_compile(r"\b(?:" + "|".join(INSTEAD) + r")\b")
_PIECES = lazy_compile(r"[^.;!?]+")
_EARLIER_WORD = lazy_compile(_EARLIER)
# a turn or a conclusion starts a piece of its own: what a sighting is taken to mean ("..., so this represents a
# chronic thrombus", "..., suggesting ...") is no sighting
_TURN = lazy_compile(r",\s*(?:" + "|".join(("but", "and", "with", "along with", "whereas", "while", *hedges.CONCESSION,
                                             "however", "so", "therefore",
                                             "thus", "hence", *hedges.INFERRING, *hedges.IDENTIFYING)) + r")\b")


def sighting_pieces(text: str) -> list[tuple[int, int]]:
    """The spans of ``text``'s pieces that say an earlier study showed what they name (see the module docstring)."""
    return [(x, y) for x, y, _lim in _sightings(text)]


@lru_cache(maxsize=16384)
def _sightings(text: str) -> tuple[tuple[int, int, int], ...]:
    """``sighting_pieces`` with where the sighted findings end: a piece's findings after "seen on the prior film" are
    no part of the sighting ("The nodule seen on the prior film is stable and a left effusion is present").

    Memoised on the text (issue #12, session 51): ``attributes.AttributeChecks`` asks it of every step of every chain
    (the gate before ``seen_before_errors``), and a benchmark's chains repeat their steps ("The trachea is midline.");
    a pure reading of the text, returned as a tuple no caller can change."""
    low = text.lower()
    if _EARLIER_WORD.search(low) is None and "already" not in low:
        return ()
    out = []
    for m in _PIECES.finditer(low):
        a, b = m.span()
        cuts = [a] + [t.start() for t in _TURN.finditer(low, a, b)] + [b]
        for x, y in zip(cuts, cuts[1:]):
            piece = low[x:y]
            then = _SIGHTING_THEN.search(piece) or _ALREADY_SIGHTED.search(piece)
            hit = then or _OPENS_EARLIER.match(piece)
            if hit is None or _HEDGED.search(piece, 0, hit.end()):  # "may have been present on the prior"
                continue
            aside = _INSTEAD.search(piece)
            # (a heading is no word of the piece's: "2. **Interval change:** the same bulge was already visible ...")
            if _NOW.search(piece, label_end(piece, hit.start()), aside.start() if aside else len(piece)):
                continue
            if _DENIED.search(piece, 0, hit.end()) is not None:
                continue  # "not seen on the prior", "no effusion was present on the previous film"
            # an opening study sights what follows it; "X seen on the prior" what comes before the study
            out.append((x, y, x + hit.end() if then is not None else y))
    return tuple(out)





def seen_before_errors(steps: list[StepVerdict], evidence: Sequence[tuple[Finding, str, str]],
                       concepts: dict[str, Concept], raw: Callable[[str], Sequence[Finding]]) -> list[StepVerdict]:
    """``steps`` with each finding a piece says an earlier study showed judged contradicted (``change-conflict``)
    where the evidence gives its family only the change "new" (see the module docstring). ``evidence``: the present
    evidence findings with a change; ``raw``: a text's claims with its clauses of the past kept."""
    if not evidence or not any(x[0].change == "new" for x in evidence):
        return steps
    out = steps
    for k, s in enumerate(steps):
        pieces = _sightings(s.text)
        if not pieces:
            continue
        done = {v.finding.concept for v in s.verdicts if v.verdict is Verdict.CONTRADICTED}
        added: list[FindingVerdict] = []
        own = [f for f in raw(s.text) if f.category == "finding" and f.polarity is Polarity.PRESENT
               and f.concept in concepts]
        for f in own:
            if f.concept in done or not any(a <= f.start < lim for a, _b, lim in pieces):
                continue
            ev = [x for x in family(f, evidence, concepts) if lat_compatible(f.laterality, x[0].laterality)]
            if ev and all(changes_conflict(NOT_NEW, x[0].change or "") for x in ev):
                done.add(f.concept)
                added.append(conflict(replace(f, change=NOT_NEW, source="descriptor", unit=_UNIT_BASE + s.index,
                                              role=s.role), ev))
        for a, _b, lim in pieces:
            start = a + label_end(s.text[a:lim].lower(), lim - a)
            said = _ANAPHOR.match(s.text, start)
            # (a finding the subject itself names is the one before: "the same density was already present")
            if said is None or any(a <= f.start < lim and not said.start(1) <= f.start < said.end(1) for f in own) \
                    or not _opens_study(s.text[start:said.start(1)].lower()):
                continue
            ante = _antecedent(s.text, said.span(1), steps[k - 1].text if k else "", concepts, raw)
            if ante is None or ante.concept in done:
                continue
            ev = [x for x in family(ante, evidence, concepts) if lat_compatible(ante.laterality, x[0].laterality)]
            if ev and all(changes_conflict(NOT_NEW, x[0].change or "") for x in ev):
                done.add(ante.concept)
                x, y = said.span(1)
                added.append(conflict(replace(ante, text=s.text[x:y], start=x, end=y, change=NOT_NEW,
                                              source="descriptor", unit=_UNIT_BASE + s.index, role=s.role), ev))
        if added:
            if out is steps:
                out = list(steps)
            out[k] = s.with_contradictions(added)
    return out


# the subject of a sighting piece that names no finding of its own, standing for the one named before it: a pronoun,
# or a noun phrase that says it is that one ("the same bulge", "this appearance", "these changes"), after an opening
# of the earlier study at most ("On the CT 1 hour earlier the same region was ..."). Not "a similar ...", which may be
# another one ("a similar lesion was seen in the other kidney"). Group 1 is the subject's words, which the
# contradicted claim spans.
_ANAPHOR = lazy_compile(r"(?i)[\s*\u2022-]*(?:[^,.;:]{0,80}?,\s*|(?:on|in|at)\s+[^,.;:]{0,60}?\s+)??"
                        r"((?:the\s+same|this|these|that|those)\s+(?:[\w'-]+\s+){0,4}?[\w'-]+"
                        r"(?=\s+(?:was|were|had|has|have|is|are|could|can)\b)|(?:it|they|these|those|this|that)\b)")


def _antecedent(text: str, said: tuple[int, int], before: str, concepts: dict[str, Concept],
                raw: Callable[[str], Sequence[Finding]]) -> Finding | None:
    """The finding a sighting piece whose subject spans ``said`` in ``text`` is about: the last finding its step
    named before it, else the last the step before (``before``) named, when that one is present. A sighting says of a
    thing that an earlier study showed it; when its subject is a pronoun or "the same ..." the thing is the one just
    described ("a new 3 mm gap in the lead conductor. The same gap was already visible on the prior study"), which the
    report may call new (retired blind 38, 52, 57 err-change chains whose sighting no finding carried, so no change
    was read). None when the finding just named is denied or gone ("The effusion has resolved; it was present on the
    prior": not the consolidation before it), or when the chain itself calls it new ("Consolidation with a new
    effusion. That consolidation was already present": the sighting is of another one, review of lane found58)."""
    earlier = [f for f in raw(text) if f.category == "finding" and f.concept in concepts and f.start < said[0]]
    if not earlier and before:
        earlier = [f for f in raw(before) if f.category == "finding" and f.concept in concepts]
    if not earlier or earlier[-1].polarity is not Polarity.PRESENT or earlier[-1].change == "new":
        return None
    return earlier[-1]


# what may stand before a sighting's pronoun or "the same ...": an opening of the earlier study ("Looking back at the
# radiograph from 10 months ago, it ..."), no clause of its own ("If it was already present on the prior, it would
# ...") nor a topic or a time of the reasoning ("With regard to the nodule, this ...", "At first it ...")
_STUDY_WORD = lazy_compile(r"\b(?:" + _STUDY + r"|" + _EARLIER + r")\b")
_CLAUSE = lazy_compile(r"\b(?:is|are|was|were|has|have|had|would|will|did|does)\b")


def _opens_study(opening: str) -> bool:
    """Whether the words before a sighting's subject (``opening``, lower case) are nothing or an opening of the
    earlier study."""
    return not opening.strip(" ,*-\u2022\n") or (_STUDY_WORD.search(opening) is not None
                                                 and _CLAUSE.search(opening) is None)


__all__ = ["NOT_NEW", "OF_NOW", "seen_before_errors", "sighting_pieces"]
