"""Change words that state no change since an earlier study: a change word as the adjective of a property noun
("increased vascularity" is a level) and a comparative that tells one finding from another ("a smaller filling
defect"); and grade words that state no grade of the finding but the degree of its change ("slightly larger",
``grades_change``, ``change_degree``). Split from ``verify/scope_words`` so that the change-word exceptions read in
one place."""

from __future__ import annotations

from medstep.answers.negation import DENY, NEITHER, NEVER, NOR
from medstep.lazyre import lazy_compile
from medstep.verify.scope_words import EARLIER_TIME, EARLIER_WORDS

__all__ = ["attributive_comparative", "change_degree", "grades_change", "persisting_turns", "persisting_yields",
           "property_level"]

# A change word used as an adjective of a property noun states the property's level, not a change since an earlier
# study ("oligaemia rather than the increased vascularity of truncus", "decreased flow", "increased signal on T2",
# "reduced enhancement"): a report calling the whole film unchanged contradicted a faithful chain's "increased
# vascularity" as a worsening of its diagnosis. Unless an earlier time follows ("increased density since May").
# (a tissue's word between, "increased wall vascularity", "increased mural enhancement": session 43, a faithful chain's
# hyperaemic appendix read as a worsening against a report with no earlier study)
_PROPERTY_AFTER = lazy_compile(r"\s+(?:(?:wall|mural|mucosal|parenchymal|cortical|marrow|internal|background|"
                               r"interstitial|soft\s+tissue)\s+)?"
                               r"(?:pulmonary\s+|vascular\s+|blood\s+|bone\s+|signal\s+)?(?:vascularity|vasculature|"
                               r"flow|blood\s+flow|perfusion|density|attenuation|signal|intensity|uptake|enhancement|"
                               r"echogenicity|lucency|radiolucency|markings|tone|activity|vascular\s+markings)\b")


def property_level(low: str, end: int) -> bool:
    """Whether the change word ending at ``end`` of ``low`` is an adjective of a property noun with no earlier time
    after it: a level ("increased vascularity"), not a change."""
    m = _PROPERTY_AFTER.match(low, end)
    return m is not None and not EARLIER_TIME.match(low, m.end())


# a comparative after an indefinite article that tells one finding from another ("a smaller filling defect in a left
# upper lobe artery" after the right-sided ones, "a larger nodule in the left lung"): no change since an earlier study
# unless its sentence compares with one (``attributive_comparative``)
# (an ordinal between, "A second, smaller echogenic mass lies beneath the dome": vdistr25)
_INDEFINITE_COMPARATIVE = lazy_compile(r"\b(?:an?|another|two|three|several|other)\s+(?:(?:second|third|fourth|further)"
                                       r"\s*,?\s+)?(?:much\s+|slightly\s+)?$")
# a comparison's words, or an earlier time's (EARLIER_WORDS)
_COMPARES_TIMES = lazy_compile(r"\b(?:than|compared|comparison|since|interval|now|initial|today)\b|" + EARLIER_WORDS)


def attributive_comparative(low: str, start: int, end: int) -> bool:
    """Whether the comparative change word ``low[start:end]`` ("smaller", "larger", "bigger") names one finding beside
    another (after an indefinite article, in a sentence comparing with no earlier time): no change."""
    if low[start:end] not in ("smaller", "larger", "bigger") or not _INDEFINITE_COMPARATIVE.search(low, max(0, start - 24),
                                                                                                     start):
        return False
    a = max(low.rfind(".", 0, start), low.rfind(";", 0, start)) + 1
    b = min((i for i in (low.find(".", end), low.find(";", end)) if i >= 0), default=len(low))
    return _COMPARES_TIMES.search(low, a, b) is None


# "persistent", "persists", "persisting" say a finding is still there: followed by a word of its direction with no
# other claim between ("persistent smaller pneumothorax", "the consolidation persists but is less dense than on
# admission", "the effusion persists and has increased") the direction is its change since the earlier study, not
# "unchanged" (session 43: read stable first, a faithful chain's "persists but is less dense" was contradicted by the
# report's improving consolidation). "Persistent left effusion, the right one has decreased" keeps both.
_DIRECTIONS = (("change", "improved"), ("change", "worsened"))


# ... not a direction denied ("persists, no bigger and no smaller", "not larger") nor one after an article, which tells
# one part from another ("persists with a larger apical component than basal"): review of change43
_HELD_DIRECTION = lazy_compile(r"\b(?:" + "|".join((*DENY, *NEITHER, *NEVER, "an?")) + r")\s+(?:(?:any|much|significantly|"
                               r"slightly|appreciably|further)\s+)?$")


# ... and a persisting word that a contrast and a comparative follow ("the consolidation persists but is less dense"),
# the comparative dropped by the scoper for want of an earlier time: still there, but no longer "unchanged" (review of
# change43: read stable, against a report's "persists but is less dense than on admission" read improved)
_CONTRAST_COMPARATIVE = lazy_compile(r"[^.;]{0,24}?\b(?:but|though|although|yet|albeit)\b[^.;]{0,30}?\b(?:less|"
                                     r"more|smaller|larger|bigger|denser|better|worse|fewer|thinner|thicker)\b")

# ... nor how well it is seen ("persists, more conspicuous on lung windows", "less evident on this supine film")
_SEEN = lazy_compile(r"\S+\s+(?:conspicuous|evident|apparent|obvious|visible|clearly|easily|readily|well\s+seen|"
                     r"seen)\b")


def persisting_turns(low: str, start: int, end: int) -> bool:
    """Whether the persisting word ``low[start:end]`` is followed by a contrast and a comparative (above): no
    "unchanged" (``changes.first_change`` reads a sentence's change as ``mentions.attach`` reads a finding's)."""
    return low.startswith("persist", start) and _CONTRAST_COMPARATIVE.match(low, end) is not None


def persisting_yields(events: list, starts: list[int], low: str) -> list:
    """``events`` (an attribute event: position, chunk, attributes, end; in order) less each persisting word's
    "stable" that a direction of change follows with no claim (``starts``: the claims' starts) between (see above)."""
    # (asked of the persisting words among the events, not of the whole text: once per clause, that read was quadratic
    # in a text of many lines, issue #12)
    if not low or not any(e[2] and e[2][0] == ("change", "stable") and low.startswith("persist", e[0]) for e in events):
        return events
    out = []
    for k, e in enumerate(events):
        if e[2] and e[2][0] == ("change", "stable") and low.startswith("persist", e[0]):
            nxt = next((x for x in events[k + 1:] if x[2] and x[2][0][0] == "change"), None)
            if nxt is not None and nxt[2][0] in _DIRECTIONS and not any(e[3] <= s < nxt[0] for s in starts) \
                    and not _HELD_DIRECTION.search(low, max(0, nxt[0] - 24), nxt[0]) \
                    and not _SEEN.match(low, nxt[0], min(len(low), nxt[3] + 16)):
                continue
            turn = _CONTRAST_COMPARATIVE.match(low, e[3])
            if turn is not None and (nxt is None or nxt[0] >= turn.end()) \
                    and not any(e[3] <= s < turn.end() for s in starts):
                continue
        out.append(e)
    return out


# adverbs that grade a change far more often than a finding (added as grade words in session 49): right before any
# change word, also a participle ("marginally increased", "substantially decreased"), the change's degree
_CHANGE_ONLY = ("substantially", "dramatically", "marginally")
_DENIED_DEGREE = lazy_compile(r"\b(?:" + "|".join((*DENY, *NOR)) + r")\s+$")
_CHANGING = lazy_compile(r"(?:[a-z]+(?:er|ing)|worse|better|more|less)\b")
# a predicate before a degree adverb ("is slightly larger", "has markedly enlarged", "appears somewhat smaller")
_PREDICATE = lazy_compile(r"\b(?:is|are|was|were|has|have|had|been|become|becomes|appears?|looks?|seems?|remains?|now)\s+$")


def grades_change(event: tuple, events: list, low: str) -> bool:
    """Whether a grade event is a degree adverb of the change word right after it in a predicate ("the effusion is
    slightly larger", "the nodule has slightly enlarged"): how much the finding changed, not how large it is (a report's
    "has slightly enlarged" gave the nodule a mild grade, against which a chain's "large nodule" read as wrong)."""
    if event[2][0][0] != "severity":
        return False
    if _PREDICATE.search(low, max(0, event[0] - 20), event[0]):
        return any(e[2] and e[2][0][0] == "change" and e[0] >= event[3] and not low[event[3]:e[0]].strip()
                   for e in events)
    # a degree adverb right before a comparative or a participle of change ("Large, slightly enlarging effusion", ",
    # slightly larger than yesterday") or right after a change word ("has increased considerably"): the change's degree
    # too, with no predicate before it (review of session 45: the impression's "slightly" graded a large effusion mild,
    # against which a chain's "sizeable" effusion was contradicted)
    word = low[event[0]:event[3]]
    if not word.endswith("ly"):
        return False
    # (review of session 49) right before any change word also an adverb that grades a change, not a finding
    # ("marginally increased large effusion", ``_CHANGE_ONLY``), and any adverb before "unchanged"/"stable"
    # ("substantially unchanged small effusion": essentially unchanged, no grade of the effusion)
    return any(e[2] and e[2][0][0] == "change" and (
        (e[0] >= event[3] and not low[event[3]:e[0]].strip() and (
            _CHANGING.match(low, e[0]) is not None or word in _CHANGE_ONLY or e[2][0][1] == "stable"))
        or (e[3] <= event[0] and not low[e[3]:event[0]].strip())) for e in events)


def change_degree(event: tuple, low: str = "") -> tuple | None:
    """A grade event that grades a change (``grades_change``) as the change's degree (``Finding.change_grade``), not
    the finding's grade: "slightly larger" is a small change of a thing of any size. A denied degree ("not markedly
    larger": a small change or none) states no degree: None (review of session 49)."""
    pos, chunk, attrs, end = event
    if low and _DENIED_DEGREE.search(low, max(0, pos - 12), pos):
        return None
    return pos, chunk, (("change_grade", attrs[0][1]),), end
