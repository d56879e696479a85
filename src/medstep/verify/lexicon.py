"""The clinical lexicon and the trigger table, compiled into one Aho-Corasick automaton.

Why one automaton: the verifier must handle thousands of reasoning chains per
second (it is meant to be an RL reward), so every phrase it knows — concept
synonyms, negation and hedging triggers, attributes, list separators — is found
in a single C-level pass over the lower-cased text instead of a loop of
regular expressions per concept (see ``benchmarks/bench_verify.py``).

Both tables are plain TSV files shipped with the package so that users can read
and extend them: ``lexicon.tsv`` (concepts) and ``triggers.tsv`` (triggers and
attributes). ``Lexicon.load(extra=Path)`` merges a user file in the lexicon
format: a new id adds a concept, a known id adds synonyms to it.

Lexicon columns: ``id  name  category  parents  expands  synonyms`` where
``parents``/``expands``/``synonyms`` are ``|``-separated. A synonym may carry
attributes in braces, ``heart is mildly enlarged{sev=mild}``. Categories:

* ``finding`` / ``device``: clinical claims that are verified;
* ``modality``: imaging modality, verified against other modalities only;
* ``anatomy``: context; ``expands`` lists what "normal/clear <organ>" rules out;
* ``normal``: a whole phrase meaning "normal" (``no acute cardiopulmonary
  process``) that rules out ``expands``;
* ``group``: an umbrella term that rules out ``expands`` when negated
  ("no acute osseous abnormality") and says nothing specific otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import ahocorasick

from medstep.types import MedstepError
from medstep.verify.roles import ROLE_CUES

CATEGORIES = ("finding", "device", "modality", "anatomy", "normal", "group")
CLAIM_CATEGORIES = frozenset({"finding", "device", "modality"})
ATTR_KEYS = {"lat": "laterality", "loc": "location", "sev": "severity", "chg": "change", "size": "size"}
SIZE_UNITS = ("mm", "cm", "millimeter", "millimeters", "centimeter", "centimeters")
LATERALITIES = ("left", "right", "bilateral")
SEVERITY_RANK = {"mild": 1.0, "mild-moderate": 1.5, "moderate": 2.0, "moderate-severe": 2.5, "severe": 3.0}
CHANGES = ("new", "stable", "improved", "worsened")

# Where a location lies on a frontal chest film. Zone words (base, lower zone) describe the film,
# lobe words the anatomy, and the two overlap: the middle lobe and lingula project over the lower
# zone, a lower lobe reaches the mid zone. Two lobes, or two zones at different levels, differ;
# a zone and a lobe differ only when they cannot overlap (apex vs lower lobe).
_LOBES = frozenset({"upper lobe", "middle lobe", "lower lobe", "lingula"})
_LEVELS = {"apex": {"upper"}, "upper zone": {"upper"}, "upper lobe": {"upper", "mid"}, "mid zone": {"mid"},
           "perihilar": {"mid"}, "middle lobe": {"mid", "lower"}, "lingula": {"mid", "lower"},
           "lower lobe": {"mid", "lower"}, "lower zone": {"lower"}, "base": {"lower"}, "retrocardiac": {"lower"}}


def locations_conflict(a: str, b: str) -> bool:
    """Whether two stated locations of one finding disagree (see ``_LEVELS``); unknown words
    disagree unless equal."""
    if a == b:
        return False
    if a in _LOBES and b in _LOBES:
        return True
    la, lb = _LEVELS.get(a), _LEVELS.get(b)
    if la is None or lb is None:
        return True
    return not la & lb

# Event kinds stored as automaton values (small ints: cheap to compare in the hot loop).
K_CONCEPT, K_NEG_PRE, K_NEG_POST, K_UNC_PRE, K_UNC_POST, K_UNC_BOTH = 0, 1, 2, 3, 4, 5
K_PSEUDO_PRE, K_PSEUDO_POST, K_TERM, K_CONJ, K_NORMAL, K_ATTR = 6, 7, 8, 9, 10, 11
K_HYPO, K_SKIP, K_KEEP, K_ABN = 12, 13, 14, 15  # hypothetical, report sections skip/keep, organ + abnormal word
K_ROLE, K_TOPIC = 16, 17  # sentence-role cue ("typically", "let me"); topic marker ("for the option of")
K_BREAK, K_COMMA = 18, 19  # punctuation: clause break (. ; ? ! newline) and chunk break (, :); must stay last
TRIGGER_KINDS = {
    "neg_pre": K_NEG_PRE, "neg_post": K_NEG_POST, "unc_pre": K_UNC_PRE, "unc_post": K_UNC_POST,
    "unc_both": K_UNC_BOTH, "pseudo_pre": K_PSEUDO_PRE, "pseudo_post": K_PSEUDO_POST,
    "term": K_TERM, "conj": K_CONJ, "normal": K_NORMAL, "attr": K_ATTR, "hypo": K_HYPO,
    "section_skip": K_SKIP, "section_keep": K_KEEP, "abnormal": K_ABN, "role": K_ROLE, "topic": K_TOPIC,
}
ABN_UNCERTAIN = "pol"  # key of an abnormal-word map that makes its findings uncertain
_PUNCT = {".": K_BREAK, ";": K_BREAK, "?": K_BREAK, "!": K_BREAK, "\n": K_BREAK, ",": K_COMMA, ":": K_COMMA}


@dataclass(frozen=True)
class Concept:
    """One lexicon entry. ``ancestors``/``descendants`` are transitive closures over ``parents``."""

    index: int
    id: str
    name: str
    category: str
    parents: tuple[str, ...] = ()
    expands: tuple[str, ...] = ()
    ancestors: frozenset[str] = frozenset()
    descendants: frozenset[str] = frozenset()
    co_parents: frozenset[str] = frozenset()  # other broader concepts of a shared narrower one (see _link)

    @property
    def is_claim(self) -> bool:
        return self.category in CLAIM_CATEGORIES


@dataclass
class _Row:
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
            raise MedstepError(f"{where}: bad attribute {part!r} (expected lat=/loc=/sev=/chg=/size=)")
        name = ATTR_KEYS[key]
        if name == "laterality" and value not in LATERALITIES:
            raise MedstepError(f"{where}: laterality must be one of {LATERALITIES}, got {value!r}")
        if name == "severity" and value not in SEVERITY_RANK:
            raise MedstepError(f"{where}: severity must be one of {tuple(SEVERITY_RANK)}, got {value!r}")
        if name == "size" and value not in SIZE_UNITS:
            raise MedstepError(f"{where}: size takes a unit, one of {SIZE_UNITS}, got {value!r}")
        if name == "change" and value not in CHANGES:
            raise MedstepError(f"{where}: change must be one of {CHANGES}, got {value!r}")
        out.append((name, value))
    return tuple(out)


def _read_rows(text: str, origin: str) -> list[_Row]:
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
        split = lambda s: [x.strip() for x in s.split("|") if x.strip()]
        rows.append(_Row(cid, name, cat, split(parents), split(expands), split(syns), where))
    return rows


def _plural(word: str) -> str | None:
    """A regular English plural for the last word of a synonym (lexicon authors list irregular ones)."""
    if not word or not word[-1].isalpha():
        return None
    if word.endswith(("ss", "x", "sh", "ch")):
        return word + "es"
    if word.endswith("s"):
        return None
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


class Lexicon:
    """Concepts plus the compiled automaton; build once and share (it is read-only)."""

    def __init__(self, rows: list[_Row], trigger_text: str, trigger_origin: str) -> None:
        self.concepts: dict[str, Concept] = {}
        self._rows: dict[str, _Row] = {}
        for row in rows:
            if row.id in self._rows:  # an extension row adds synonyms/parents/expands to a known concept
                base = self._rows[row.id]
                base.synonyms += row.synonyms
                base.parents += [p for p in row.parents if p not in base.parents]
                base.expands += [e for e in row.expands if e not in base.expands]
                continue
            if not row.category or not row.name:
                raise MedstepError(f"{row.where}: new concept {row.id!r} needs a name and a category")
            self._rows[row.id] = row
        self._link()
        self.automaton = ahocorasick.Automaton()
        self.n_phrases = 0
        self._add_concepts()
        self._add_triggers(trigger_text, trigger_origin)
        for ch, kind in _PUNCT.items():
            self.automaton.add_word(ch, (kind, ch, 1, ()))
        self.automaton.make_automaton()

    def _link(self) -> None:
        for row in self._rows.values():
            for ref in row.parents + row.expands:
                if ref not in self._rows:
                    raise MedstepError(f"{row.where}: concept {row.id!r} refers to unknown concept {ref!r}")
        parents = {r.id: r.parents for r in self._rows.values()}

        def ancestors(cid: str, seen: frozenset[str] = frozenset()) -> set[str]:
            out: set[str] = set()
            for p in parents[cid]:
                if p in seen or p == cid:
                    raise MedstepError(f"{self._rows[cid].where}: parent cycle through {cid!r}")
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
        for i, row in enumerate(self._rows.values()):
            self.concepts[row.id] = Concept(
                index=i, id=row.id, name=row.name, category=row.category, parents=tuple(row.parents),
                expands=tuple(row.expands), ancestors=frozenset(anc[row.id]), descendants=frozenset(desc[row.id]),
                co_parents=frozenset(co[row.id]))

    def _add(self, phrase: str, value: tuple, where: str) -> None:
        key = phrase.lower().replace("-", " ")  # the extractor reads hyphens as spaces
        if not key:
            return
        existing = self.automaton.get(key, None)
        if existing is not None and existing[0] == K_CONCEPT and value[0] == K_CONCEPT and existing[1] != value[1]:
            raise MedstepError(f"{where}: phrase {phrase!r} is already a synonym of concept {existing[1]!r}")
        if existing is None or value[0] == K_CONCEPT and existing[0] != K_CONCEPT:
            self.automaton.add_word(key, value)
            if existing is None:
                self.n_phrases += 1

    def _add_concepts(self) -> None:
        for row in self._rows.values():
            for syn in row.synonyms:
                attrs: tuple = ()
                if syn.endswith("}") and "{" in syn:
                    syn, _, spec = syn[:-1].partition("{")
                    attrs = parse_attrs(spec, row.where)
                syn = " ".join(syn.split())
                self._add(syn, (K_CONCEPT, row.id, len(syn), attrs), row.where)
                if row.category in ("finding", "device", "anatomy", "group") and not attrs:
                    head, _, last = syn.rpartition(" ")
                    plural = _plural(last)
                    if plural:
                        pl = f"{head} {plural}" if head else plural
                        if pl.lower().replace("-", " ") not in self.automaton:
                            self._add(pl, (K_CONCEPT, row.id, len(pl), ()), row.where)

    def _add_triggers(self, text: str, origin: str) -> None:
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            where = f"{origin}:{lineno}"
            cols = [c.strip() for c in line.split("\t")]
            if len(cols) < 2 or cols[1] not in TRIGGER_KINDS:
                raise MedstepError(f"{where}: expected 'phrase<TAB>kind[<TAB>value]' with kind in {sorted(TRIGGER_KINDS)}")
            phrase, kind = cols[0], TRIGGER_KINDS[cols[1]]
            value = cols[2] if len(cols) > 2 else ""
            if kind == K_NORMAL:
                extra: object = frozenset(self._organ(o.strip(), where) for o in value.split(",") if o.strip())
            elif kind == K_ABN:
                extra = self._abnormal_map(value, where)
            elif kind == K_ROLE or kind == K_HYPO:
                extra = _role_cue(kind, value, where)
            else:
                extra = parse_attrs(value, where) if value else ()
            self._add(phrase, (kind, phrase, len(phrase), extra), where)

    def _organ(self, cid: str, where: str) -> str:
        c = self.concepts.get(cid)
        if c is None or c.category not in ("anatomy", "device"):
            raise MedstepError(f"{where}: {cid!r} is not an anatomy or device concept of the lexicon")
        return cid

    def _abnormal_map(self, value: str, where: str) -> dict[str, str]:
        """``"heart=cardiomegaly;liver=hepatomegaly"`` -> organ id -> finding id. An organ may be a
        device ("malpositioned ETT"); ``pol=uncertain`` makes the finding a hedge ("borderline in size")."""
        out = {}
        for part in filter(None, (p.strip() for p in value.split(";"))):
            organ, sep, cid = (x.strip() for x in part.partition("="))
            if organ == "pol":
                if cid != "uncertain":
                    raise MedstepError(f"{where}: an abnormal word's pol= can only be 'uncertain', got {cid!r}")
                out[ABN_UNCERTAIN] = cid
                continue
            if not sep or cid not in self.concepts or not self.concepts[cid].is_claim:
                raise MedstepError(f"{where}: expected organ=finding pairs, got {part!r}")
            out[self._organ(organ, where)] = cid
        if len(out) == (ABN_UNCERTAIN in out):
            raise MedstepError(f"{where}: an 'abnormal' word needs organ=finding pairs")
        return out

    @classmethod
    def load(cls, extra: Path | None = None, triggers: Path | None = None) -> Lexicon:
        """The packaged lexicon, optionally extended by ``extra`` and with a replacement trigger table."""
        pkg = resources.files("medstep.verify")
        rows = _read_rows(pkg.joinpath("lexicon.tsv").read_text(encoding="utf-8"), "medstep/verify/lexicon.tsv")
        if extra is not None:
            rows += _read_rows(_read_user_file(extra), str(extra))
        if triggers is not None:
            trig_text, trig_origin = _read_user_file(triggers), str(triggers)
        else:
            trig_text = pkg.joinpath("triggers.tsv").read_text(encoding="utf-8")
            trig_origin = "medstep/verify/triggers.tsv"
        return cls(rows, trig_text, trig_origin)


def _role_cue(kind: int, value: str, where: str) -> str:
    """The role cue of a ``role`` row (its value) or a ``hypo`` row (``role=...``, default conditional)."""
    if kind == K_HYPO:
        if not value:
            return "conditional"
        key, sep, value = value.partition("=")
        if key.strip() != "role" or not sep:
            raise MedstepError(f"{where}: a 'hypo' row takes only 'role=<cue>', got {key!r}")
        value = value.strip()
    if value not in ROLE_CUES:
        raise MedstepError(f"{where}: role cue must be one of {sorted(ROLE_CUES)}, got {value!r}")
    return value


def _read_user_file(path: Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise MedstepError(f"{path}: cannot read lexicon file ({exc.strerror})") from exc
