"""What a wrong option denies: its head finding, not the kinds and features it describes that head with (issue #8, s54).

Why (session 54, lane faithful54): with option evidence, every positive finding of a distractor option is evidence of
absence (``Verifier._option_evidence``). For an option naming one finding that holds: "Lobar pneumococcal pneumonia"
is wrong, so there is no pneumonia. But most options name a diagnosis *with* what it looks like or what kind it is,
and the option being wrong says that the whole is not this case, not that each part is missing: "Sarcoidosis with
perilymphatic nodules" is wrong in a coal miner whose film is full of nodules, "Infected emphysematous bulla" is wrong
where an abscess is the infection, "Haemorrhagic corpus luteum cyst" is wrong in a bleeding tubal pregnancy,
"Calcified asbestos-related pleural plaques" is wrong where the pleura holds calcified patches of another cause. Each
part was denied, and the faithful chains' nodules, infection, bleed and calcification were contradicted: 9 of the 382
contradicted claims of the dev tier-3 chains (retired blind 30-41, 48-53) were of this shape.

The reading is by the structure of the option's text, whatever the words. Its *head* is a finding of the option that
another of its findings describes:

* a *kind*: a finding right before another one in the same noun phrase (only words between, at most three, none a
  connector of ``_BREAK``: "Infected emphysematous bulla", "Haemorrhagic corpus luteum cyst", "Calcified
  asbestos-related pleural plaques"): the later finding is the head, the earlier its kind;
* a *feature*: a finding after "with" (or "showing", "containing") that follows another finding ("Sarcoidosis with
  perilymphatic nodules"): the earlier finding is the head.

A kind or feature is set aside (``described_parts``) only when its head is itself denied (the head is not related to
the gold option's findings): the option's falsity is then carried by its head, and the parts are unknown. Where the
head is shared with the gold option ("Simple emphysematous bulla" gold, "Infected emphysematous bulla" wrong; "Right
pneumothorax" gold, "Right pneumothorax with mediastinal shift" wrong), the part is what makes the option wrong and
stays denied. Left as they were: findings joined by "and"/"or"/a comma (two heads: "Pleural effusion and
pneumothorax"), a cause ("effusions due to heart failure", "emboli from line infection": the cause may be the wrong
part), an option of one finding.

Review repair (session 54): a head the report (or a reference step) states present cannot carry the option's falsity
("Cellulitis with subcutaneous abscess" read as soft-tissue swelling, wrong where the report's oedema is necrotising
fasciitis): its parts stay denied, as before (``stated``: the concepts stated present, with their ancestors).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from medstep.answers import negation
from medstep.lazyre import lazy_compile
from medstep.verify.findings import Finding, Polarity

__all__ = ["described_parts", "stated"]

_KIND_GAP = 3  # words at most between a kind and its head ("Haemorrhagic corpus luteum cyst")
_FEATURE_WORDS = ("with", "showing", "containing")  # a feature of the head follows ("Sarcoidosis with nodules")
# words that join two phrases (two heads, a cause, a place): a finding across one of them is no kind of the other
_BREAK = frozenset((
    "and", "or", "with", "from", "due", "to", "of", "in", "on", "at", "by", "after", "secondary", "causing", "caused",
    "versus", "vs", "but", *(w for w in _FEATURE_WORDS if w != "with"),
    *negation.DENY, *negation.NOR, *(w for phrase in negation.INSTEAD for w in phrase.split()),
))
_GAP_WORD = lazy_compile(r"[a-z][a-z'-]*|\([a-z' -]+\)")
# a feature after its head, up to the next finding; "and"/"or" start another head, not a feature ("Sarcoidosis with
# nodules and pneumothorax": the pneumothorax is a head of its own)
_FEATURE = lazy_compile(r"\s*(?:" + "|".join(_FEATURE_WORDS) + r")\s+(?:(?!\b(?:and|or)\b)[^,;.()])*$")


def _kind_of(text: str, kind: Finding, head: Finding) -> bool:
    """Whether ``kind`` is a kind of ``head``: right before it in the same noun phrase (only words between)."""
    gap = text[kind.end : head.start].lower()
    if kind.end > head.start or any(ch in gap for ch in ",;:.\n"):
        return False
    words = _GAP_WORD.findall(gap)
    if len(words) > _KIND_GAP or "".join(words).replace(" ", "") != "".join(gap.split()):
        return False
    return not any(w in _BREAK for w in words)


def described_parts(text: str, findings: Sequence[Finding], denied: Sequence[bool]) -> set[int]:
    """Indices of ``findings`` (an option's present findings in text order, read from ``text``) that describe a
    head finding of the same option which is itself denied (``denied[i]``: finding i is evidence of absence): the
    kinds and features the module docstring sets aside."""
    out: set[int] = set()
    for i, f in enumerate(findings):
        for j, h in enumerate(findings):
            if i == j or not denied[j] or f.concept == h.concept:
                continue
            if j > i and _kind_of(text, f, h):
                out.add(i)
            elif j < i and h.end <= f.start and _FEATURE.match(text[h.end : f.start].lower()):
                out.add(i)
    return out


def stated(evidence: Sequence, concepts: Mapping) -> frozenset[str]:
    """The concepts the report and reference steps (``SourcedFinding`` items) state present, with their ancestors (a
    report's "brain abscess" states an abscess): a wrong option's head among them carries no falsity."""
    out: set[str] = set()
    for sf in evidence:
        if sf.finding.polarity is Polarity.PRESENT and sf.finding.concept in concepts:
            out |= {sf.finding.concept} | concepts[sf.finding.concept].ancestors
    return frozenset(out)
