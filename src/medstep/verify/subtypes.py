"""The kind of a finding a text names: a denial of one kind of a finding denies that kind only (issue #8, kinds42).

Why: "There is no saddle embolus" was read as no pulmonary embolism at all and contradicted by the report's
segmental emboli; "large bowel obstruction is not supported" by its small-bowel obstruction. The vocabulary lists
such a kind as a synonym of its broad concept ("saddle embolus", "small bowel obstruction" are pulmonary embolism
and bowel obstruction), so the reading of the synonym alone loses the kind. A synonym names a kind when it is
another synonym of its concept (the same head word, the other words the concept's own name's) with subtype words
added (``answers.qualifiers.SUBTYPE``): "saddle embolus" is "pulmonary embolus" with "saddle", "large bowel
obstruction" is "bowel obstruction" with "large", and its kind words are alternatives of one set of mutually
exclusive kinds for its head word (``answers.qualifiers.KIND_SETS``: small/large bowel, saddle/lobar/segmental/
subsegmental, spiral/oblique/transverse, buckle (torus)/greenstick/complete fracture, partial/full-thickness tear).
Its concept and everything else read of it stay; the kind is kept as ``Finding.kind``. ``evidence_relation.relation``
sets a denied kind aside only against a present finding said with ANOTHER alternative of its set and not the denied
one (segmental emboli against "no saddle embolus", an LBO against "no small bowel obstruction"); a finding of no
stated kind, or of the denied kind in any of its words ("SBO", "torus" for "buckle", "fracture ..., oblique"), still
contradicts it as any denial, and any absence of the broad finding supports it. A present finding's kind words are
those of its own words, the three before it in its clause and those after it to the clause's end (a size word after
it is a size: "obstruction, small amount of fluid"; a kind denied after it is not said: "without large bowel
involvement"). Kinds of no exclusive set ("tension", "closed loop", "central canal", "large bowel folds") are no
kinds: the review of the first version found the denial of such a kind set aside whenever the report said it in
other words (abbreviations, synonyms, the kind after the noun, paraphrases), 31 of 115 hostile probes worse.

Only a denied synonym is read as a kind: a kind word before a denied finding ("no focal consolidation", "no acute
fracture") is how writers deny the whole finding, and reading it as a kind lost true contradictions.
"""

from __future__ import annotations

from collections.abc import Iterable

from medstep.answers.concepts import ConceptRow, synonym_phrases
from medstep.answers.qualifiers import KIND_SETS, SUBTYPE
from medstep.lazyre import lazy_compile
from medstep.verify.findings import Finding
from medstep.verify.substring_gate import SubstringGate

_BEFORE = 40  # characters before a present finding searched for the subtype words said with it
_WORDS_BEFORE = 3  # ... of which at most this many words ("a large saddle pulmonary embolus")
_CLAUSE_END = ".;:,!?\n"  # (a kind word of the clause before is not this finding's; a bracket's is: "buckle (torus)")
_AFTER = 60  # characters after a present finding searched to its clause's end ("fracture of the shaft, spiral")
_AFTER_END = (*".;:!?\n", " without ", " no ", " not ")  # (nor a kind denied after it: "without closed-loop features")
_SIZES = frozenset(("small", "large"))  # after the finding a size ("obstruction, small amount of fluid"), not a kind
_SET_WORDS = frozenset(w for k in KIND_SETS for group in k.alternatives for w in group)
_GATE = SubstringGate(lambda: _SET_WORDS)  # (``said_kind``: a window holding none of these has no kind word)
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
                kind = frozenset(words[:n])
                if any(words[-1] in k.heads and kind & w for k in KIND_SETS for w in k.alternatives):
                    out[" ".join(words)] = kind  # (a kind of no exclusive set is no kind: "central canal stenosis")
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
    """The kind words (``KIND_SETS``) said with a present finding at ``low[start:end]``: its own, up to three words
    before it in its clause and the words after it to its clause's end ("a large saddle pulmonary embolus" ->
    {"large", "saddle"}; "fracture of the shaft, oblique" -> {"oblique"}). A window holding no kind word anywhere,
    not even inside a longer word (``_GATE``: each word read is a run of the window's characters), says none."""
    if not _GATE.may_hold(low[max(0, start - _BEFORE) : end + _AFTER]):
        return frozenset()
    tail = low[max(0, start - _BEFORE) : start]
    cut = max(tail.rfind(c) for c in _CLAUSE_END)
    before = _words(tail[cut + 1 :])[-_WORDS_BEFORE:]
    # a kind word before the finding is its kind only with nothing but modifiers between ("oblique views show
    # fracture" names a view); after it, only at its clause's end or before a word of the kind's phrase
    # ("fracture, spiral", "spiral in configuration", "obstruction at the sigmoid colon"; not "complete resolution",
    # "transverse lucency", "sigmoid diverticulosis", "colonic wall")
    while before and not all(w in _SET_WORDS or w in SUBTYPE or w in _LINK for w in before):
        before = before[1:]
    ahead = low[end : end + _AFTER]
    stop = min((i for i in (ahead.find(c) for c in _AFTER_END) if i >= 0), default=len(ahead))
    words = _words(ahead[:stop])
    after = [w for i, w in enumerate(words) if w not in _SIZES and w in _SET_WORDS
             and (i + 1 == len(words) or words[i + 1] in _KIND_PHRASE)]
    return frozenset(w for w in (*before, *_words(low[start:end]), *after) if w in _SET_WORDS)


_LINK = frozenset(("a", "an", "the", "with", "acute", "pulmonary", "bowel", "thickness", "and", "or"))
_KIND_PHRASE = frozenset(("in", "configuration", "pattern", "type", "morphology", "component", "colon", "bowel",
                          "loops", "fracture", "fractures", "tear", "embolus", "emboli", "obstruction", "artery",
                          "arteries", "branch", "branches"))


def _words(text: str) -> list[str]:
    """The words of ``text``, a hyphen, comma or bracket parting them ("buckle (torus)", "full-thickness")."""
    return text.translate(_PARTING).split()


_PARTING = str.maketrans("-,()", "    ")


def kind_unsaid(denial: Finding, other: Finding) -> bool:
    """Whether ``denial`` (an absent finding) denies a kind ``other`` is not said to be: "no saddle embolus" against
    segmental emboli or emboli of no stated kind (a present ``other``), and against "no saddle embolus" a claim of
    no embolus at all (an absent ``other`` of no kind or another)."""
    return bool(denial.kind) and not denial.kind <= other.kind


def kinds_conflict(denial: Finding, present: Finding) -> bool:
    """Whether ``present`` names another alternative of a set of exclusive kinds (``KIND_SETS``) than ``denial``
    denies, and not the denied one: "no small bowel obstruction" against "LBO", "no torus fracture" against a
    greenstick one. A present finding of no stated kind, or of the denied kind in any words, answers the denial."""
    for k in KIND_SETS:
        denied = [g for g in k.alternatives if g & denial.kind]
        if denied and not any(g & present.kind for g in denied) and any(g & present.kind for g in k.alternatives):
            return True
    return False
