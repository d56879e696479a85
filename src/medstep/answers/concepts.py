"""The clinical concept vocabulary, defined once: findings, devices, modalities and anatomy with their
synonyms and hierarchy (``concepts.tsv``), and the words that call an organ normal or abnormal
(``states.tsv``).

Why it lives at the bottom layer: two stages read the same words. The clinical verifier
(:mod:`medstep.verify`, downstream) checks a chain's claims against evidence; the answer extractor
(:mod:`medstep.extract`, upstream of the verifier) reads a yes/no question answered by a synonym or a
finding ("Is there a pleural effusion?" -> "The costophrenic angles are blunted by fluid."). A stage
may not import a later one, so the vocabulary sits here and both import it; a synonym added to
``concepts.tsv`` is known to both.

The verifier compiles the rows into its own automaton with its trigger table
(:class:`medstep.verify.lexicon.Lexicon`); the extractor uses only the small typed interface at the
end of this module (:func:`vocabulary`, :class:`Vocabulary`, :class:`Mention`), which reports where
concepts and state words occur in a text and nothing about negation or scope (the extractor's own
cue words decide those, conservatively).

Concept columns: ``id  name  category  parents  expands  synonyms`` (see the header of
``concepts.tsv``); state rows: ``phrase  kind  value`` with kind ``normal`` or ``abnormal`` (see the
header of ``states.tsv``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property, lru_cache
from importlib import resources
from typing import Iterator

import ahocorasick

from medstep.answers.reach import expand_reach
from medstep.answers.state_aliases import expand_aliases
from medstep.answers.variants import derived_phrases
from medstep.lazyre import lazy_compile
from medstep.types import MedstepError

CATEGORIES = ("finding", "device", "modality", "anatomy", "normal", "group")
CLAIM_CATEGORIES = frozenset({"finding", "device", "modality"})
# "also": a second concept the phrase names ("cholecystectomy clips{also=cholecystectomy}": a device that says the
# operation was done); the verifier reads both (the answer extractor reads the row's own concept)
ATTR_KEYS = {"lat": "laterality", "loc": "location", "sev": "severity", "chg": "change", "size": "size",
             "tmp": "temporality", "also": "also"}
SIZE_UNITS = ("mm", "cm", "millimeter", "millimeters", "centimeter", "centimeters")
LATERALITIES = ("left", "right", "bilateral")
# the side across from each of the two sides (a finding said of the other side of the body)
OTHER_SIDE = {"left": "right", "right": "left"}
# the grade scale, one ordinal axis: a range ("mild to moderate") sits between the grades it spans, so it is within
# half a grade of each ("moderate" of "mild to moderate" agrees); a whole grade apart disagrees for a finding's grade
# (``verify.attr_conflicts.severities_conflict``), more than a whole grade for a change's degree (``GRADES_FAR``)
SEVERITY_RANK = {"mild": 1.0, "mild-moderate": 1.5, "moderate": 2.0, "moderate-severe": 2.5, "severe": 3.0}
# grades this far apart on ``SEVERITY_RANK`` disagree even where a reader lets neighbours pass: neither the next grade
# nor a range reaching it ("slightly increased" against "markedly" or "considerably increased"; "slightly" against
# "moderately" is the next grade, "moderately to markedly" reaches "moderately", and both pass)
GRADES_FAR = 1.5
CHANGES = ("new", "stable", "improved", "worsened")
# the change scale, one ordinal axis of direction: worse (or new: writers use either for a finding that was small or
# absent before) above, better below, unchanged between; two changes on opposite sides of it, or one unchanged and one
# not, disagree (``verify.attr_conflicts.changes_conflict``); the degree of a change ("slightly", "markedly") is a
# grade on ``SEVERITY_RANK``
CHANGE_AXIS = {"new": 1, "worsened": 1, "stable": 0, "improved": -1}
# "historical": the patient's past ("history of", "status post"), not a current finding; "recent" ends such a cue's
# scope ("history of asthma, now with a recent cough")
TEMPORALITIES = ("historical", "recent")
CONCEPTS_FILE = "medstep/answers/concepts.tsv"
STATES_FILE = "medstep/answers/states.tsv"
UNCERTAIN = "pol"  # key of an abnormal word's organ map that makes its findings uncertain ("borderline in size")
# key of an abnormal word's organ map: the finding the word names when no organ stands near it ("broken" ->
# fracture: "Nothing is broken.", "Fresh break seen."); an organ it pairs with names its own finding (rib broken)
ANY_ORGAN = "any"
# key of an abnormal word's organ map: the finding the word names when no organ stands near it, read only when the
# word is denied ("No fluid.", "There's no fluid": a pleural effusion ruled out; "filtered fluid", "track fluid balance"
# state none)
DENIED_ONLY = "deny"
# key of an abnormal word's organ map: the organs of another abnormal word, this row's own pairs added or overriding
# ("bigger than it should be" like=enlarged): a lay phrase that says what a radiologist's word says reads every organ
# that word reads, and the organ list stays in one row
LIKE = "like"


@dataclass(frozen=True)
class Concept:
    """One vocabulary entry. ``ancestors``/``descendants`` are transitive closures over ``parents``."""

    index: int
    id: str
    name: str
    category: str
    parents: tuple[str, ...] = ()
    expands: tuple[str, ...] = ()
    ancestors: frozenset[str] = frozenset()
    descendants: frozenset[str] = frozenset()
    co_parents: frozenset[str] = frozenset()  # other broader concepts of a shared narrower one (see link_concepts)
    # descendants, ancestors, co-parents, each sorted: the order the verifier visits evidence about the
    # concept in, fixed (a frozenset's order follows string hashing) and computed once per lexicon
    relatives: tuple[str, ...] = ()

    @property
    def is_claim(self) -> bool:
        return self.category in CLAIM_CATEGORIES


@dataclass
class ConceptRow:
    """One parsed line of a concept file (an extension row may add to a known id)."""

    id: str
    name: str
    category: str
    parents: list[str]
    expands: list[str]
    synonyms: list[str]
    where: str


def parse_attrs(spec: str, where: str) -> tuple[tuple[str, str], ...]:
    """``"lat=left;loc=lower lobe"`` -> ``(("laterality","left"),("location","lower lobe"))``."""
    out = []
    for part in filter(None, (p.strip() for p in spec.split(";"))):
        key, sep, value = part.partition("=")
        if not sep or key not in ATTR_KEYS:
            raise MedstepError(f"{where}: bad attribute {part!r} (expected lat=/loc=/sev=/chg=/size=/tmp=/also=)")
        name = ATTR_KEYS[key]
        if name == "laterality" and value not in LATERALITIES:
            raise MedstepError(f"{where}: laterality must be one of {LATERALITIES}, got {value!r}")
        if name == "severity" and value not in SEVERITY_RANK:
            raise MedstepError(f"{where}: severity must be one of {tuple(SEVERITY_RANK)}, got {value!r}")
        if name == "size" and value not in SIZE_UNITS:
            raise MedstepError(f"{where}: size takes a unit, one of {SIZE_UNITS}, got {value!r}")
        if name == "change" and value not in CHANGES:
            raise MedstepError(f"{where}: change must be one of {CHANGES}, got {value!r}")
        if name == "temporality" and value not in TEMPORALITIES:
            raise MedstepError(f"{where}: temporality must be one of {TEMPORALITIES}, got {value!r}")
        out.append((name, value))
    return tuple(out)


def read_rows(text: str, origin: str) -> list[ConceptRow]:
    """The concept rows of a file in the ``concepts.tsv`` format (errors name file and line)."""
    rows = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{origin}:{lineno}"
        cols = line.split("\t")
        if len(cols) != 6:
            raise MedstepError(f"{where}: expected 6 tab-separated columns "
                               f"(id, name, category, parents, expands, synonyms), got {len(cols)}")
        cid, name, cat, parents, expands, syns = (c.strip() for c in cols)
        if not cid:
            raise MedstepError(f"{where}: empty concept id")
        if cat and cat not in CATEGORIES:
            raise MedstepError(f"{where}: concept {cid!r} has unknown category {cat!r}; use one of {CATEGORIES}")
        rows.append(ConceptRow(cid, name, cat, _split(parents), _split(expands), expand_reach(_split(syns)), where))
    return rows


def _split(s: str) -> list[str]:
    return [x.strip() for x in s.split("|") if x.strip()]


def merge_rows(rows: list[ConceptRow]) -> dict[str, ConceptRow]:
    """Rows by id; a repeated id (an extension file) adds synonyms/parents/expands to the known concept."""
    merged: dict[str, ConceptRow] = {}
    for row in rows:
        if row.id in merged:
            base = merged[row.id]
            base.synonyms += row.synonyms
            base.parents += [p for p in row.parents if p not in base.parents]
            base.expands += [e for e in row.expands if e not in base.expands]
            continue
        if not row.category or not row.name:
            raise MedstepError(f"{row.where}: new concept {row.id!r} needs a name and a category")
        merged[row.id] = row
    return merged


def link_concepts(rows: dict[str, ConceptRow]) -> dict[str, Concept]:
    """Concepts with their transitive ancestors, descendants and co-parents (references checked, no cycles)."""
    for row in rows.values():
        seconds = [v for syn in row.synonyms if syn.endswith("}") and "also=" in syn
                   for k, v in parse_attrs(syn[:-1].partition("{")[2], row.where) if k == "also"]
        for ref in row.parents + row.expands + seconds:
            if ref not in rows:
                raise MedstepError(f"{row.where}: concept {row.id!r} refers to unknown concept {ref!r}")
    parents = {r.id: r.parents for r in rows.values()}

    def ancestors(cid: str, seen: frozenset[str] = frozenset()) -> set[str]:
        out: set[str] = set()
        for p in parents[cid]:
            if p in seen or p == cid:
                raise MedstepError(f"{rows[cid].where}: parent cycle through {cid!r}")
            out |= {p} | ancestors(p, seen | {cid})
        return out

    anc = {cid: ancestors(cid) for cid in parents}
    desc: dict[str, set[str]] = {cid: set() for cid in parents}
    for cid, ups in anc.items():
        for up in ups:
            desc[up].add(cid)
    # Co-parents: two concepts neither of which contains the other but that share a narrower one
    # ("airspace opacity" and "edema" both contain "alveolar edema"): evidence of one is related
    # to a claim of the other, without settling it.
    co: dict[str, set[str]] = {cid: set() for cid in parents}
    for cid, ups in anc.items():
        family = ups | {cid}
        for a in family:
            co[a] |= {b for b in family if b != a and b not in anc[a] and a not in anc[b]}
    return {row.id: Concept(index=i, id=row.id, name=row.name, category=row.category, parents=tuple(row.parents),
                            expands=tuple(row.expands), ancestors=frozenset(anc[row.id]),
                            descendants=frozenset(desc[row.id]), co_parents=frozenset(co[row.id]),
                            relatives=(*sorted(desc[row.id]), *sorted(anc[row.id]), *sorted(co[row.id])))
            for i, row in enumerate(rows.values())}


def plural(word: str) -> str | None:
    """A regular English plural for the last word of a synonym (the vocabulary lists irregular ones)."""
    if not word or not word[-1].isalpha():
        return None
    if word.endswith(("ss", "x", "sh", "ch")):
        return word + "es"
    if word.endswith("s"):
        return None
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def synonym_phrases(row: ConceptRow) -> Iterator[tuple[str, tuple[tuple[str, str], ...], bool]]:
    """Each synonym of ``row`` as (phrase, attributes, is_plural_form); plurals of plain finding,
    device, anatomy and group synonyms follow their singular."""
    for syn in row.synonyms:
        attrs: tuple[tuple[str, str], ...] = ()
        if syn.endswith("}") and "{" in syn:
            syn, _, spec = syn[:-1].partition("{")
            attrs = parse_attrs(spec, row.where)
        syn = " ".join(syn.split())
        yield syn, attrs, False
        if row.category in ("finding", "device", "anatomy", "group") and not attrs:
            head, _, last = syn.rpartition(" ")
            pl = plural(last)
            if pl:
                yield (f"{head} {pl}" if head else pl), (), True


def packaged_text(name: str) -> str:
    """The text of a packaged vocabulary file (``concepts.tsv`` or ``states.tsv``)."""
    return resources.files("medstep.answers").joinpath(name).read_text(encoding="utf-8")


def states_text() -> str:
    """The packaged ``states.tsv`` with its ``like=`` maps and alias rows expanded: what both readers compile."""
    return expand_aliases(expand_likes(packaged_text("states.tsv"), STATES_FILE))


def expand_likes(text: str, origin: str) -> str:
    """A state table's text with each ``like=WORD`` of an abnormal row replaced by WORD's own organ map (and its
    ``size`` mark where the row has none); the row's other pairs are kept and override WORD's for the same organ.
    Line numbers are kept, so errors still name the file's line. WORD must be an abnormal row without ``like=``."""
    lines = text.splitlines()
    maps: dict[str, tuple[str, str]] = {}
    for line in lines:
        cols = [c.strip() for c in line.split("\t")]
        if not line.startswith("#") and len(cols) > 2 and cols[1] == "abnormal":
            maps[cols[0]] = (cols[2], cols[3] if len(cols) > 3 else "")
    out = []
    for lineno, line in enumerate(lines, 1):
        cols = [c.strip() for c in line.split("\t")]
        if line.startswith("#") or len(cols) < 3 or cols[1] != "abnormal" or f"{LIKE}=" not in cols[2]:
            out.append(line)
            continue
        pairs: dict[str, str] = {}
        own: dict[str, str] = {}
        size = cols[3] if len(cols) > 3 else ""
        for part in filter(None, (p.strip() for p in cols[2].split(";"))):
            key, _, value = (x.strip() for x in part.partition("="))
            if key != LIKE:
                own[key] = value
                continue
            if value not in maps or f"{LIKE}=" in maps[value][0]:
                raise MedstepError(f"{origin}:{lineno}: like= must name an abnormal row without like=, got {value!r}")
            for p in filter(None, (q.strip() for q in maps[value][0].split(";"))):
                k, _, v = (x.strip() for x in p.partition("="))
                pairs[k] = v
            size = size or maps[value][1]
        pairs.update(own)
        out.append("\t".join([cols[0], cols[1], ";".join(f"{k}={v}" for k, v in pairs.items())] + ([size] if size else [])))
    return "\n".join(out)


# Imaging planes are not concepts of concepts.tsv (nothing is claimed by them); the words that name
# each, for questions such as "Is this image in the axial plane?".
IMAGING_PLANES = {"axial": "axial", "transverse": "axial", "transaxial": "axial", "coronal": "coronal",
                  "sagittal": "sagittal"}
# ... their Chinese names ("矢状位" sagittal, "冠状面" coronal, "轴位" / "横断面" axial), each a plane of ``IMAGING_PLANES``.
ZH_IMAGING_PLANES = {"矢状": "sagittal", "冠状": "coronal", "轴位": "axial", "轴向": "axial", "横断": "axial",
                     "横轴": "axial"}


# ----------------------------------------------------------------------------- the extractor's interface
class MentionKind(Enum):
    """What a :class:`Mention` found: a concept synonym, or a word calling an organ normal / abnormal."""

    CONCEPT = "concept"
    NORMAL = "normal"
    ABNORMAL = "abnormal"


@dataclass(frozen=True)
class Mention:
    """One phrase of the vocabulary found in a text, at ``start:end`` (lower-cased, hyphens as spaces).

    ``concept`` is the concept id for a ``CONCEPT`` mention. ``organs`` are the organs (or devices) a
    ``NORMAL`` word applies to (empty: any organ). ``findings`` maps organ -> finding for an
    ``ABNORMAL`` word; ``uncertain`` marks one that is itself a hedge ("borderline in size").
    """

    kind: MentionKind
    start: int
    end: int
    concept: str = ""
    organs: frozenset[str] = frozenset()
    findings: tuple[tuple[str, str], ...] = ()
    uncertain: bool = False
    size: bool = False  # a word about size only ("normal in size", "enlarged"; see states.tsv)


@dataclass(frozen=True)
class Vocabulary:
    """The packaged concepts and state words, compiled for finding phrases in short texts."""

    concepts: dict[str, Concept]
    _automaton: ahocorasick.Automaton = field(repr=False)
    # organ -> the findings its size words make ("enlarged" heart: cardiomegaly): what "normal in size" rules out
    size_findings: dict[str, frozenset[str]] = field(default_factory=dict)
    # the latest texts' mentions (at most 256, all dropped when full): the readers of one output ask for one text's often
    _seen: dict[str, tuple[Mention, ...]] = field(default_factory=dict, repr=False, compare=False)

    def ruled_out(self, organ: str, size_only: bool) -> frozenset[str]:
        """The findings an organ called normal rules out: all it ``expands`` to, or only its size findings."""
        if size_only:
            return self.size_findings.get(organ, frozenset())
        return frozenset(self.concepts[organ].expands)

    @cached_property
    def longest(self) -> int:
        """The most characters of one phrase: a mention at a text's start is found in its first ``longest + 1``
        characters (the one after the phrase tells its word boundary), so a reader asking only that need not pass
        the rest of a long text (lane slow40d)."""
        return int(self._automaton.get_stats()["longest_word"])

    def mentions(self, text: str) -> tuple[Mention, ...]:
        """Longest non-overlapping vocabulary phrases of ``text`` on word boundaries, in order.

        ``text`` is matched lower-cased with hyphens read as spaces (as the verifier reads it), so
        offsets refer to ``normalize(text)``, which has the same length as ``text``.
        """
        found = self._seen.get(text)
        if found is None:
            if len(self._seen) >= 256:
                self._seen.clear()
            found = self._seen[text] = self._mentions(text)
        return found

    def _mentions(self, text: str) -> tuple[Mention, ...]:
        low = normalize(text)
        found: list[tuple[int, int, Mention]] = []
        for end, (length, proto) in self._automaton.iter(low):
            start = end - length + 1
            if (start > 0 and _word_char(low[start - 1])) or (end + 1 < len(low) and _word_char(low[end + 1])):
                continue
            found.append((start, end + 1, proto))
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        out: list[Mention] = []
        last_end = -1
        for start, end, proto in found:
            if start < last_end:
                continue
            out.append(Mention(proto.kind, start, end, proto.concept, proto.organs, proto.findings, proto.uncertain,
                               proto.size))
            last_end = end
        return tuple(out)


_HYPHEN = lazy_compile(r"[-‐‑–]")


def _word_char(c: str) -> bool:
    """A Latin letter or digit: "CT" stands alone in "这是CT图像" (CJK text has no spaces between words)."""
    return c.isascii() and c.isalnum()


def normalize(text: str) -> str:
    """Lower case, hyphens as spaces: the form every vocabulary phrase is matched in (same length)."""
    return _HYPHEN.sub(" ", text.lower())


def _state_mentions(text: str, origin: str) -> Iterator[tuple[str, Mention]]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) < 2 or cols[1] not in ("normal", "abnormal"):
            raise MedstepError(f"{origin}:{lineno}: expected 'phrase<TAB>normal|abnormal[<TAB>value]'")
        value = cols[2] if len(cols) > 2 else ""
        size = len(cols) > 3 and cols[3] == "size"
        if cols[1] == "normal":
            yield cols[0], Mention(MentionKind.NORMAL, 0, 0,
                                   organs=frozenset(o.strip() for o in value.split(",") if o.strip()), size=size)
            continue
        pairs = [tuple(x.strip() for x in p.partition("=")[::2]) for p in value.split(";") if p.strip()]
        yield cols[0], Mention(MentionKind.ABNORMAL, 0, 0, findings=tuple((o, f) for o, f in pairs if o != UNCERTAIN),
                               uncertain=any(o == UNCERTAIN for o, _ in pairs), size=size)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The packaged vocabulary (built once, read-only)."""
    rows = merge_rows(read_rows(packaged_text("concepts.tsv"), CONCEPTS_FILE))
    concepts = link_concepts(rows)
    automaton = ahocorasick.Automaton()
    for row in rows.values():
        for phrase, _attrs, _plural in synonym_phrases(row):
            key = normalize(phrase)
            if key and key not in automaton:
                automaton.add_word(key, (len(key), Mention(MentionKind.CONCEPT, 0, 0, concept=row.id)))
    for row in rows.values():  # British spellings and shorthand after every listed phrase, never over one (``variants``)
        for phrase, _attrs, _plural in synonym_phrases(row):
            for var in derived_phrases(normalize(phrase)):
                if var not in automaton:
                    automaton.add_word(var, (len(var), Mention(MentionKind.CONCEPT, 0, 0, concept=row.id)))
    size_findings: dict[str, set[str]] = {}
    for phrase, proto in _state_mentions(states_text(), STATES_FILE):
        if proto.kind is MentionKind.ABNORMAL and proto.size and not proto.uncertain:
            for organ, finding in proto.findings:
                size_findings.setdefault(organ, set()).add(finding)
        key = normalize(phrase)
        if key and key not in automaton:  # a concept owns a phrase it shares with a state word
            automaton.add_word(key, (len(key), proto))
    automaton.make_automaton()
    return Vocabulary(concepts, automaton, {o: frozenset(f) for o, f in size_findings.items()})


__all__ = [
    "ATTR_KEYS", "CATEGORIES", "CHANGE_AXIS", "GRADES_FAR", "IMAGING_PLANES", "ZH_IMAGING_PLANES", "CHANGES", "CLAIM_CATEGORIES", "CONCEPTS_FILE", "LATERALITIES", "OTHER_SIDE", "SEVERITY_RANK",
    "SIZE_UNITS", "STATES_FILE", "TEMPORALITIES", "UNCERTAIN", "Concept", "ConceptRow", "Mention", "MentionKind", "Vocabulary",
    "expand_likes", "link_concepts", "merge_rows", "normalize", "packaged_text", "states_text", "LIKE", "parse_attrs", "plural", "read_rows",
    "synonym_phrases", "vocabulary",
]
