"""The kind of a finding a text names: a denial of one kind of a finding denies that kind only (issue #8, kinds42).

Why: "There is no saddle embolus" was read as no pulmonary embolism at all and contradicted by the report's
segmental emboli; "large bowel obstruction is not supported" by its small-bowel obstruction. The vocabulary lists
such a kind as a synonym of its broad concept ("saddle embolus", "small bowel obstruction" are pulmonary embolism
and bowel obstruction), so the reading of the synonym alone loses the kind. A synonym names a kind when it is
another synonym of its concept (the same head word, the other words the concept's own name's) with subtype words
added (``answers.qualifiers.SUBTYPE``): "saddle embolus" is "pulmonary embolus" with "saddle", "large bowel
obstruction" is "bowel obstruction" with "large". Its concept and everything else read of it stay; the kind is kept
as ``Finding.kind`` and compared by ``evidence_relation.relation``: a denied kind is contradicted only by a present
finding said with those words ("a large saddle pulmonary embolus"), supported by any absence of the broad finding,
and says nothing of the finding said without them (segmental emboli, or emboli of no stated kind). A present
finding's kind is the subtype words of its own words and the few before them ("a large saddle pulmonary embolus").

Only a denied synonym is read as a kind: a kind word before a denied finding ("no focal consolidation", "no acute
fracture") is how writers deny the whole finding, and reading it as a kind lost true contradictions.
"""

from __future__ import annotations

from collections.abc import Iterable

from medstep.answers.concepts import ConceptRow, synonym_phrases
from medstep.answers.qualifiers import SUBTYPE
from medstep.lazyre import lazy_compile
from medstep.verify.findings import Finding

_BEFORE = 40  # characters before a present finding searched for the subtype words said with it
_WORDS_BEFORE = 3  # ... of which at most this many words ("a large saddle pulmonary embolus")
_CLAUSE_END = ".;:,()!?\n"  # (a kind word of the clause before is not this finding's)
# any subtype word in a row's synonyms (a hyphen parts words: "closed-loop")
_ANY_SUBTYPE = lazy_compile(r"\b(?:" + "|".join(sorted(SUBTYPE)) + r")\b")


def _key(phrase: str) -> str:
    """A phrase as the automaton matches it: lower case, hyphens as spaces, single-spaced."""
    return " ".join(phrase.lower().replace("-", " ").split())


def synonym_kinds(rows: Iterable[ConceptRow]) -> dict[str, frozenset[str]]:
    """The subtype words of each finding synonym that names a kind of its concept (module docstring), by the
    synonym's matched form; synonyms of no kind are left out. The subtype words open the synonym ("saddle
    embolus", "full thickness rotator cuff tear"): one inside it describes ("sac full of fluid")."""
    out: dict[str, frozenset[str]] = {}
    for row in rows:
        if row.category != "finding":
            continue
        if _ANY_SUBTYPE.search("|".join(row.synonyms).lower()) is None:
            continue  # (the cheap test: most rows hold no subtype word)
        name = _key(row.name).split()
        words_of = [_key(s).split() for s, _attrs, _plural in synonym_phrases(row)]
        lead = [_lead(words, name) for words in words_of]
        if not any(lead):
            continue
        by_head: dict[str, list[list[str]]] = {}
        for words in words_of:
            by_head.setdefault(words[-1], []).append(words)
        for words, n in zip(words_of, lead):
            if not n:
                continue
            rest = words[n:]
            if any(
                o != words and set(rest) <= set(o) and all(w in rest or w in name for w in o)
                for o in by_head[words[-1]]
            ):
                out[" ".join(words)] = frozenset(words[:n])
    return out


def _lead(words: list[str], name: list[str]) -> int:
    """How many subtype words open a synonym's ``words`` before its head, none of them of the concept's ``name``."""
    n = 0
    while n < len(words) - 1 and words[n] in SUBTYPE and not any(words[n] in w for w in name):
        n += 1
    return n


def denied_kind(kinds: dict[str, frozenset[str]], matched: str) -> frozenset[str]:
    """The kind a denied mention of the matched words names ("saddle embolus" -> {"saddle"}), or none."""
    return kinds.get(_key(matched), frozenset()) if kinds else frozenset()


def said_kind(low: str, start: int, end: int) -> frozenset[str]:
    """The subtype words said with a present finding at ``low[start:end]``: its own and up to three words before it
    in its clause ("a large saddle pulmonary embolus" -> {"large", "saddle"})."""
    tail = low[max(0, start - _BEFORE) : start]
    cut = max(tail.rfind(c) for c in _CLAUSE_END)
    before = tail[cut + 1 :].replace("-", " ").split()[-_WORDS_BEFORE:]
    own = low[start:end].replace("-", " ").split()
    return frozenset(w for w in (*before, *own) if w in SUBTYPE)


def kind_unsaid(denial: Finding, other: Finding) -> bool:
    """Whether ``denial`` (an absent finding) denies a kind ``other`` is not said to be: "no saddle embolus" against
    segmental emboli or emboli of no stated kind (a present ``other``), and against "no saddle embolus" a claim of
    no embolus at all (an absent ``other`` of no kind or another)."""
    return bool(denial.kind) and not denial.kind <= other.kind
