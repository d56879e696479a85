"""A label set aside: "Y, not a simple haematoma", "subdural rather than an extradural collection" (issue #8, s53).

Why (session 53, lane faithful53): faithful chains name what a finding is and set a rival label for it aside in the
same breath: "A perfused sac with a neck = pseudoaneurysm, not a simple haematoma", "this is a complete tear, not a
partial sprain", "so this is not sigmoid volvulus", "This is simple rather than complicated pneumoconiosis", "so not
hepatic hydrothorax", "certainly not a trivial narrowing". Each was read as a plain absence of the head finding (no
haematoma, no sprain, no volvulus, no pneumoconiosis, no effusion, no narrowing) and the report's perivascular
haematoma, ligament sprain, caecal volvulus, simple pneumoconiosis, pleural effusion or marked narrowing contradicted
it: 8 of the 370 contradicted claims of the dev tier-3 chains were of this shape. The chain denies a *kind* of the
finding, named by the words before its head, not that the finding exists; ``qualified`` reads such kinds from the
closed families of ``answers.qualifiers.DENIAL_APART`` ("acute"/"old", "sigmoid"/"caecal"), and those families miss
most kinds a chain names this way ("simple", "partial", "trivial", "low-flow", "hepatic", "extradural", "complicated").

The reading here is by the frame, whatever the words: an *identity denial*, a denial word of contrast ("not", or one
of ``negation.INSTEAD``: "rather than", "instead of") followed by an optional article and one to three modifier
words right before the finding's own words. Those modifier words are the kind set aside (``set_aside_words``). A
present finding keeps the words of its own phrase (``phrase_words``: its text and up to four words before it in its
clause), and the denial leaves it standing when one set-aside word is not among them (``labels_apart``): "not a simple
haematoma" does not deny "an echogenic perivascular haematoma", and still denies "a simple haematoma".

Left out, so the old reading stands: a plain denial ("no X", "without X", "there is no simple cyst": report language,
where writers deny the whole finding with a kind word); a denial of no modifier ("renal cell carcinoma, not a cyst":
the thing is not a cyst, and the report's cyst may be that thing); a modifier that is a side (the side readers compare
those), a word that only strengthens a denial (``hedges.DENIAL_WORDS``: "not a definite fracture", "not a true
cyst"), an adverb ("not visibly calcified": a word ending in "-ly" grades the saying, it names no kind), a denial
word after an auxiliary ("does not give atrophy", "would not show a cyst": a verb denied, not a label), or any
function word or verb between the denial and the finding ("not seen as a ...", "not in the ...": no kind words then). Chains and reports are read alike (a report's "not a simple cyst" sets its kind aside too).

Review repair (session 53): reports give a kind after the finding as often as before it ("Right pleural effusion,
large, with ...", "the effusion is massive", "Haematoma in the thigh, simple, without flow"), so a present finding's
phrase runs on after it to the end of its clause (``_PHRASE_AFTER`` words at most, up to a denial word: "Haematoma,
no complex features" does not say "complex"); and a set-aside grade word
(``dominance.GRADES``: "large", "big", "small", "severe") is said by a present finding of the same grade whatever the
word ("not a large effusion" against a "massive" one, "not a severe narrowing" against "marked narrowing"), the grade
being what the report gives, not the word.
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.answers.concepts import LATERALITIES
from medstep.answers.qualifiers import SAME_KIND
from medstep.lazyre import lazy_compile
from medstep.verify.findings import Finding

_BEFORE = 72  # characters before a finding searched for an identity denial
_PHRASE_BEFORE = 4  # words before a present finding that are still its own phrase ("an echogenic perivascular ...")
_PHRASE_AFTER = 8  # ... and words after it in its clause ("effusion, large, with", "pneumothorax with ... tension")
_CONTRAST_WORDS = (*negation.PLAIN[1:], *negation.INSTEAD, *negation.AGAINST)  # "not", "rather than", "against", ...
_CONTRAST = "|".join(w.replace(" ", r"\s+") for w in _CONTRAST_WORDS)
# the denial word (not after an auxiliary: "does not give atrophy", "would not show a cyst" deny a verb, not a label),
# an optional article, then one to three modifier tokens (a word, or a bracketed aside: "low-flow
# (non-occlusive)") running up to the finding: the end of the searched window is the finding's start
_IDENTITY = lazy_compile(
    r"(?<!\bdo\s)(?<!\bdoes\s)(?<!\bdid\s)(?<!\bcan\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bshould\s)"
    r"(?<!\bmay\s)(?<!\bmight\s)(?<!\bmust\s)\b(?:" + _CONTRAST + r")\s+(?:(?:a|an|the)\s+)?"
    r"(?P<mods>(?:(?:[a-z][a-z'-]*|\([a-z' -]+\))\s+){1,3})$"
)
_WORD = lazy_compile(r"[a-z]+")
# a denial or a setting-aside word after a present finding ends its phrase ("Haematoma, no complex features", "effusion
# rather than ...")
_TAIL_STOP = frozenset((*negation.DENY, *negation.NOR, *(w.split()[0] for w in negation.INSTEAD)))
_CLAUSE_END = ".;:!?\n"
# words that make no kind of the finding that follows them: a function word, a verb, a pronoun (the frame is then
# something else: "not seen as a cyst", "not in the kidney", "not this one") or a denial's strengthening word
_NO_KIND = frozenset((
    "a", "an", "the", "any", "such", "as", "of", "in", "on", "at", "to", "for", "by", "with", "from", "into", "or",
    "and", "nor", "but", "so", "just", "only", "simply", "merely", "even", "also", "is", "are", "was", "were", "be",
    "been", "being", "it", "its", "this", "that", "these", "those", "one", "ones", "there", "here", "what", "which",
    "see", "seen", "show", "shows", "shown", "have", "has", "had", "do", "does", "did", "much", "more", "most", "very",
    "all", "every", "each", "some", "yet", "still", "due", "like", "likely", "really", "necessarily",
    *LATERALITIES, *hedges.DENIAL_WORDS, *negation.SEEN, *negation.PLAIN, *negation.NOR,
))


def set_aside_words(low: str, start: int, trigger: str | None) -> tuple[str, ...]:
    """The kind words of an identity denial of the finding at ``low[start:]`` (lower-cased text), whose denial word
    is ``trigger``: the modifier words between the denial and the finding (module docstring); empty when the
    denial is no identity denial or names no kind. Sorted (the verifier's output must not follow the hash seed)."""
    if trigger is None or trigger.lower() not in _CONTRAST_WORDS:
        return ()
    head = low[max(0, start - _BEFORE):start]
    m = _IDENTITY.search(head)
    if m is None:
        return ()
    words = _WORD.findall(m.group("mods"))
    if not words or any(w in _NO_KIND or w.endswith("ly") for w in words):
        return ()
    return tuple(sorted(set(words)))


def phrase_words(low: str, start: int, end: int) -> tuple[str, ...]:
    """The words of a present finding's own phrase: its text, up to four words before it and up to eight after it in
    its clause (sorted)."""
    head = low[max(0, start - _BEFORE):start]
    cut = max(map(head.rfind, _CLAUSE_END))  # (``map``: the marks looked up in C, as a generator did per mark)
    before = _WORD.findall(head[cut + 1:])[-_PHRASE_BEFORE:]
    own = [*before, *_WORD.findall(low[start:end])]
    joined = [a + b for a, b in zip(own, own[1:])]  # two words read as one ("post-primary": postprimary)
    tail = low[end:end + _BEFORE]
    stop = min((i for i in map(tail.find, _CLAUSE_END) if i >= 0), default=len(tail))
    after = []
    for w in _WORD.findall(tail[:stop])[:_PHRASE_AFTER]:
        if w in _TAIL_STOP:  # "haematoma, no complex features": what a denial after it names is not its kind
            break
        after.append(w)
    return tuple(sorted({*own, *joined, *after}))


def labels_apart(absent: Finding, present: Finding) -> bool:
    """Whether an identity denial ("not a simple haematoma") leaves ``present`` standing: one of its set-aside words
    is not said in the present finding's phrase, kind, qualifiers or place, a grade word not by the present finding's
    grade either, nor by a word of the same kind (``qualifiers.SAME_KIND``: "reactivation", "post-primary") (module
    docstring)."""
    if not absent.set_aside or not present.said:
        return False
    said = set(present.said) | present.kind | {w.lstrip("~") for w in present.qualified}
    if present.severity is not None:  # "not a large effusion" against a massive one: the grade is said
        from medstep.verify.dominance import GRADES  # (here: dominance -> results -> extract -> this module at import)
        said.update(w for w in absent.set_aside if GRADES.get(w) == present.severity)
    for place in (present.location, present.location2, present.organ, present.narrow):
        if place:
            said.update(_WORD.findall(place.lower()))
    said.update(w for w in absent.set_aside if any(w in g and not g.isdisjoint(said) for g in SAME_KIND))
    return not set(absent.set_aside) <= said
