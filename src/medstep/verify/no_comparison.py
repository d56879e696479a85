"""A change since an earlier study claimed against a report that compares with nothing: "The collapse is unchanged
from the previous radiograph." when the report names no earlier film, no change and nothing going on.

Such a change was supported by the report's bare mention of the finding (fresh13: a one-error chain calling a lobar
collapse "unchanged from the previous radiograph" scored as the faithful one); only a report saying "No prior
imaging" (``verdicts.NO_PRIOR``) made it a claim about a study that does not exist. A report (and its reference
steps) compares with nothing when none of its words names an earlier time or study, a finding going on or past, or a
change (``_COMPARES``), and none of its findings carries a change. A chain's claim is then contradicted
(``change-without-prior``) when its finding has a change and its sentence names the earlier study it compares with
(``_NAMES_EARLIER``): "similar masses in the left lung" or "TB that has spread through the bloodstream" compare
sides or tell a course, not films.

A report that says the earlier study does not exist ("There is no previous imaging.", ``verdicts.NO_PRIOR``) makes any
change a chain claims since a named earlier study made up, whatever the change is said of (:func:`unnamed_without_prior`,
verr20): "It is worse than on the last film.", "the angulation has increased compared with the previous radiograph",
"callus has formed since the earlier radiograph" name no finding the judge could hold the change against.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from medstep.answers import hedges
from medstep.lazyre import lazy_compile
from medstep.verify.aligned import UNNAMED
from medstep.verify.changes import first_change
from medstep.verify.roles import SentenceRole
from medstep.verify.scan import Scanner, sentence_spans
from medstep.verify.findings import Finding, Polarity
from medstep.verify.memo import found_in_pieces
from medstep.verify.results import StepVerdict
from medstep.verify.scope_words import EARLIER_WORDS
from medstep.answers.studies import STUDY_NOUNS
from medstep.verify.verdicts import NO_PRIOR, FindingVerdict, Verdict

# any of these words keeps a report comparing: an earlier time or study (``hedges.EARLIER_TIME``, ``EARLIER_WORDS``),
# a finding going on or past (``CONTINUING``, ``PAST``), a change or a comparison
COMPARING = (hedges.words(hedges.EARLIER_TIME, hedges.EARLIER_WORDS, hedges.CONTINUING, hedges.PAST)
             + r"|\b(?:compar|since\b|interval|chang|progress|resolv|improv|wors|increas|decreas|grow|grew|"
               r"shr[iu]nk|develop|follow|serial|similar\b|same\b|redemonstrat|re-demonstrat|recur|chronic|"
               r"enlarging|evolv|interim|then\b|now\b)")
_COMPARES = lazy_compile(COMPARING, re.IGNORECASE)
# the same words (all lower case) searched in an ASCII text lowered: the same answer, about five times faster (an
# ignore-case search of a long alternation was ~5% of ``medstep score``'s grading; lowering an ASCII text keeps its
# offsets and word boundaries, and the ignore-case folds that differ from ``lower`` are of non-ASCII letters)
_COMPARES_LOWER = lazy_compile(COMPARING)
# words that name no earlier time: an age ("66-year-old"), a comparative telling two findings apart ("a smaller defect
# in a left upper lobe artery"; ``change_level.attributive_comparative``), a denial of chronic features ("no chronic
# features such as webs")
_AGE = lazy_compile(r"\b(?:year|month|week|day)s?[\s-]+old\b|\b(?:an?|another)\s+(?:smaller|larger|bigger)\b|"
                    r"\bno\s+(?:\w+\s+)?chronic\b", re.IGNORECASE)
# a claim's sentence naming the study it compares with ("from the previous radiograph", "since the last scan",
# "compared with the prior film")
_NAMES_EARLIER = lazy_compile(EARLIER_WORDS + r"|\b(?:compared|comparison|since|interval)\b")
_CHANGES = frozenset({"stable", "improved", "worsened", "not improved", "not worsened"})


def compares_nothing(texts: Iterable[str], findings: Iterable[Finding]) -> bool:
    """Whether evidence ``texts`` (a report and its reference steps) and their ``findings`` compare with no earlier
    study at all (see the module docstring)."""
    return not any(f.change for f in findings) and not any(map(_compares, texts))


@lru_cache(maxsize=16384)
def _compares(text: str) -> bool:
    """Whether ``text``'s words compare with an earlier study (memoised per text: reports and reference steps
    repeat across a benchmark's samples; an ASCII text is searched piece by piece, ``found_in_pieces``: no comparing
    word holds a mark)."""
    text = _AGE.sub(" ", text)
    if text.isascii():
        return found_in_pieces(_COMPARES_LOWER, text.lower())
    return _COMPARES.search(text) is not None


def claims_a_change(steps: Sequence[StepVerdict]) -> bool:
    """Whether a step claims a present finding with a change since an earlier study (``_CHANGES``): the only claims
    ``invented_comparisons`` judges, so a chain without one needs no reading of whether the evidence compares
    (``compares_nothing``, ``attributes.AttributeChecks``)."""
    return any(f.change in _CHANGES and f.polarity is Polarity.PRESENT and f.category == "finding"
               for s in steps for f in s.findings)


def invented_comparisons(steps: Sequence[StepVerdict]) -> list[StepVerdict]:
    """``steps`` with each present finding whose change since a named earlier study the evidence cannot have
    (it compares with nothing) judged contradicted (``change-without-prior``)."""
    out = list(steps)
    for k, s in enumerate(steps):
        added = []
        for f, v in zip(s.findings, s.verdicts):
            if f.change in _CHANGES and f.polarity is Polarity.PRESENT and f.category == "finding" \
                    and v.verdict is not Verdict.CONTRADICTED and _names_earlier(s.text, f.start):
                added.append(FindingVerdict(f, Verdict.CONTRADICTED, False, "change-without-prior"))
        if added:
            out[k] = s.with_contradictions(added)
    return out


def _names_earlier(text: str, at: int, names: re.Pattern[str] = _NAMES_EARLIER) -> bool:
    for a, b in sentence_spans(text):
        if a <= at < b:
            return names.search(text, a, b) is not None
    return False


_UNIT_BASE = 3_500_000  # (the unit of a step's change claims, as ``changes.py`` numbers them)
# a clause that comes into being since the earlier study ("callus has formed since", "a cavity has developed since"):
# a change no attribute word says
_ARISEN_SINCE = lazy_compile(r"\b(?:has|have)\s+(?:\w+\s+)?(?:formed|developed|appeared|emerged)\s+(?:since|compared)\b")
# a clause saying no comparison can be made ("no change can be assessed without a prior", "cannot be compared")
_CANNOT_COMPARE = lazy_compile(r"\b(?:cannot|can't|can\s+not|unable|impossible|not\s+possible)\b|" + NO_PRIOR.pattern,
                               re.IGNORECASE)
# an earlier study named by an earlier-time word and a study noun ("the previous radiograph", "the last film", "prior
# MRI"): a bare "since" may date symptoms ("pain has worsened since last week"), not a film
_NAMES_STUDY = lazy_compile(r"\b(?:previous|prior|earlier|last|older|preceding|initial|old)\s+(?:\w+\s+){0,2}?"
                            + STUDY_NOUNS + r"\b", re.IGNORECASE)
_CLAIMED = frozenset({SentenceRole.OBSERVATION, SentenceRole.NEGATED, SentenceRole.CONCLUSION})


def unnamed_without_prior(steps: Sequence[StepVerdict], scanner: Scanner) -> list[StepVerdict]:
    """``steps`` with each step that claims a change since an earlier study it names, in a clause it asserts, judged
    contradicted (``change-without-prior``): called when the report says no earlier study exists. A step already
    contradicted is left as it is (its change claim was judged with its finding); a clause saying no comparison can
    be made ("no change can be assessed as there is no previous CT") claims no change."""
    out = list(steps)
    for k, s in enumerate(steps):
        if s.verdict is Verdict.CONTRADICTED or not _NAMES_STUDY.search(s.text):
            continue
        for x in s.sentences:
            if x.role not in _CLAIMED:
                continue
            clause = s.text[x.start:x.end]
            if _CANNOT_COMPARE.search(clause):
                continue
            change = first_change(scanner, clause)
            arisen = _ARISEN_SINCE.search(clause.lower())
            at = change[1] if change is not None else arisen.start() if arisen is not None else -1
            if at < 0 or not _names_earlier(s.text, x.start + at, _NAMES_STUDY):
                continue
            end = change[2] if change is not None else arisen.end() if arisen is not None else at
            f = Finding(UNNAMED, "unnamed finding", "finding", Polarity.PRESENT, clause[at:end],
                        x.start + at, x.start + end, change=change[0] if change is not None else "new",
                        source="aligned", unit=_UNIT_BASE + s.index, role=s.role)
            out[k] = s.with_contradictions([FindingVerdict(f, Verdict.CONTRADICTED, False, "change-without-prior")])
            break
    return out
