"""The clinical lexicon and the trigger table, compiled into one Aho-Corasick automaton.

Why one automaton: the verifier must handle thousands of reasoning chains per
second (it is meant to be an RL reward), so every phrase it knows — concept
synonyms, negation and hedging triggers, attributes, list separators — is found
in a single C-level pass over the lower-cased text instead of a loop of
regular expressions per concept (see ``benchmarks/bench_verify.py``).

The tables are plain TSV files shipped with the package so that users can read
and extend them: the concept vocabulary ``medstep/answers/concepts.tsv`` and the
normal/abnormal words ``medstep/answers/states.tsv`` (both shared with the answer
extractor, which may not import this stage; see :mod:`medstep.answers.concepts`)
and ``triggers.tsv`` here (triggers and attributes). ``Lexicon.load(extra=Path)``
merges a user file in the concept format: a new id adds a concept, a known id adds
synonyms to it.

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

from importlib import resources
from pathlib import Path
from typing import Protocol

import ahocorasick

from medstep.answers import judgements, negation, professionals
from medstep.answers.qualifiers import QUALIFIERS
from medstep.answers.sites import related, site_table
from medstep.answers.variants import derived_phrases
from medstep.answers.concepts import (
    ANY_ORGAN, CONCEPTS_FILE, DENIED_ONLY, SEVERITY_RANK, STATES_FILE, Concept, ConceptRow, link_concepts, merge_rows, packaged_text, states_text,
    parse_attrs, read_rows, synonym_phrases,
)
from medstep.arguments import check_path
from medstep.lazyre import lazy_compile
from medstep.textclean import read_utf8_text
from medstep.types import MedstepError
from medstep.verify.roles import ROLE_CUES
from medstep.verify.edge_verdicts import needs_edge
from medstep.verify.extra_denials import denial_rows
from medstep.verify.quantities import measure_name
from medstep.verify.subtypes import synonym_kinds

# Where a location lies on a frontal chest film. Zone words (base, lower zone) describe the film,
# lobe words the anatomy, and the two overlap: the middle lobe and lingula project over the lower
# zone, a lower lobe reaches the mid zone. Two lobes, or two zones at different levels, differ;
# a zone and a lobe differ only when they cannot overlap (apex vs lower lobe).
_LOBES = frozenset({"upper lobe", "middle lobe", "lower lobe", "lingula"})
_LEVELS = {"apex": {"upper"}, "upper zone": {"upper"}, "upper lobe": {"upper", "mid"}, "mid zone": {"mid"},
           "perihilar": {"mid"}, "middle lobe": {"mid", "lower"}, "lingula": {"mid", "lower"},
           "lower lobe": {"mid", "lower"}, "lower zone": {"lower"}, "base": {"lower"}, "retrocardiac": {"lower"},
           "upper and mid zone": {"upper", "mid"}, "mid and lower zone": {"mid", "lower"},  # two zones named together
           "apex to base": {"upper", "mid", "lower"},  # "uniformly distributed from apex to base", "throughout both lungs"
           # a distribution that excludes the rest ("confined to the upper zones", "with the bases spared"): it
           # disagrees with any location reaching beyond it, "apex to base" too (retired blind 9 and 11: a miliary
           # pattern "confined to the upper zones" against one "from apex to base" was read as agreeing)
           "upper zone only": {"upper"}, "base spared": {"upper", "mid"}, "lower zone only": {"lower"},
           "apex spared": {"mid", "lower"}}
_ONLY = frozenset({"upper zone only", "base spared", "lower zone only", "apex spared"})
# A lobe or a zone names a part of the lung: an abnormal word of the lungs pairs with it as with the organ ("left
# lower lobe collapsed", "spot in the right upper lung"; ``scope.py``). Not the base or apex (of the skull, the heart).
LUNG_PARTS = _LOBES | {"upper zone", "mid zone", "lower zone", "upper and mid zone", "mid and lower zone"}
# Distance from the hilum is another axis: "peripheral" (subpleural) says nothing about the level, so
# "basal and peripheral" opacities read "peripheral" in one text and "basal" in another agree; it differs only
# from a perihilar location.
_RADIAL = {"peripheral": "outer", "perihilar": "inner", "central": "inner"}
# Places outside the lung, each on an axis of its own: two places of one axis differ ("right frontal lobe" against
# "right parietal lobe", the upper against the lower pole of a kidney, the distal against the middle third of the
# radius); a place of one axis says nothing of another's or of a lung zone (a mass "in the anterior mediastinum"
# and "in the upper zone" may be one). Before, these words were read as no location at all (verr15).
_AXES = {**dict.fromkeys(("frontal lobe", "parietal lobe", "temporal lobe", "occipital lobe", "cerebellum",
                          "basal ganglia", "thalamus", "brainstem", "corpus callosum"), "brain"),
         # where along a kidney's drainage a stone lodges: a pole's calyx, the pelviureteric or the vesicoureteric
         # junction (vread18: a calculus "in a lower pole calyx" against one "at the pelviureteric junction" agreed)
         **dict.fromkeys(("upper pole", "lower pole", "interpolar", "pelviureteric junction",
                          "vesicoureteric junction"), "pole"),
         **dict.fromkeys(("anterior mediastinum", "middle mediastinum", "posterior mediastinum"), "mediastinum"),
         **dict.fromkeys(("proximal third", "middle third", "distal third"), "bone third"),
         **dict.fromkeys(("proximal pole", "scaphoid waist", "distal pole"), "scaphoid"),  # (vread18)
         **dict.fromkeys(("volar", "dorsal"), "fragment tilt"),
         # (vlay19) the part of the shoulder a fracture lies in (a humeral head impaction is no glenoid rim fracture),
         # and where a dislocated humeral head lies
         **dict.fromkeys(("humeral head", "glenoid"), "shoulder part"),
         **dict.fromkeys(("anterior dislocation", "posterior dislocation"), "dislocation direction"),
         # (verr16) a breast's quadrant, the abdomen's half, a joint's side, a meniscus's horn, a bowel segment, a part
         # of the pancreas, a liver segment
         **dict.fromkeys(("upper outer quadrant", "upper inner quadrant", "lower outer quadrant", "lower inner quadrant",
                          "retroareolar"), "breast quadrant"),
         **dict.fromkeys(("upper abdomen", "lower abdomen"), "abdomen"),
         **dict.fromkeys(("medial side", "lateral side"), "joint side"),
         **dict.fromkeys(("anterior horn", "posterior horn"), "horn"),
         **dict.fromkeys(("caecum", "sigmoid colon", "rectum", "terminal ileum", "duodenum", "jejunum"), "bowel"),
         **dict.fromkeys(("pancreatic head", "pancreatic neck", "pancreatic body", "pancreatic tail"), "pancreas"),
         **dict.fromkeys((f"liver segment {i}" for i in range(1, 9)), "liver segment")}
_RADIAL_ONLY = frozenset({"peripheral", "central"})
# "central" is what a distribution "with subpleural sparing" leaves (``triggers.tsv``; no bare "central": "the
# mediastinum is central" is no place of a finding). A radial place beside a zone is a second place on an axis of its
# own (``place_axis``): "mid and lower zones with subpleural sparing" keeps both, so a "peripheral, subpleural" chain
# errs on that axis (the lead's location2 probe). A zone keeps no axis: it is the lung's first place, compared as before.
_LUNG_RADIAL = "lung radial"
# A vertebral level ("L1", "C7", "T10"): its place down the spine. Writers round a level to the next one ("T12/L1",
# "at about T4"), so two levels differ only when two or more apart ("C5" against "C7", "L1" against "L4").
_SPINE = {**{f"c{i}": i for i in range(1, 8)}, **{f"t{i}": 7 + i for i in range(1, 13)},
          **{f"l{i}": 19 + i for i in range(1, 6)}}
SPINE_TOLERANCE = 1  # (a level and its neighbour agree: writers round a level to the next one)
# the sacral levels below L5 ("across the S2 vertebral body"): places on the same axis for a reader of every level a
# sentence names (``aligned_levels``); not in ``_SPINE``, whose levels are a finding's place
_SACRUM = {f"s{i}": 24 + i for i in range(1, 6)}


def spine_position(level: str) -> int | None:
    """The position of a vertebral level ("t7", "S2") down the spine, C1 = 1; None for a word that is no level."""
    level = level.lower()
    return _SPINE.get(level, _SACRUM.get(level))
# A clock-face position ("at 10 o'clock" in a breast): two hours apart or more a conflict, round the face.
_CLOCK = {f"{h} o'clock": h for h in range(1, 13)}


class Placed(Protocol):
    """What states a first and a second place (``Finding``; the clinical score's merged finding, ``clinical._Pos``)."""

    location: str | None
    location2: str | None


def place_axis(place: str) -> str | None:
    """The axis of a place outside the lung (a lobe of the brain, a breast's clock face, a vertebral level), or the
    lung's distance from the hilum ("peripheral", "central": ``_RADIAL_ONLY``); None for a zone, a lobe or a place
    unknown."""
    if place in _CLOCK:
        return "clock"
    if place in _SPINE:
        return "spine"
    return _LUNG_RADIAL if place in _RADIAL_ONLY else _AXES.get(place)


# a finding in two lobes ("in the right lower lobe and the posterior segment of the right upper lobe", "RML/RLL"): both
# places, joined (``joined_lobes``); read as its first lobe, a chain naming the second was contradicted (session 26)
LOBE_JOIN = "|"


def joined_lobes(old: str, value: str) -> str | None:
    """``old`` and ``value`` joined when both are lobes, or places of one axis of an organ's parts (``_AXES``: "in the
    caudate lobe and segment 6", review location48), ``old`` may be joined already; else None."""
    parts = old.split(LOBE_JOIN)
    axis = _AXES.get(value)
    if not (value in _LOBES and all(p in _LOBES for p in parts)
            or axis is not None and all(_AXES.get(p) == axis for p in parts)):
        return None
    return old if value in parts else old + LOBE_JOIN + value


def lung_place(place: str) -> bool:
    """Whether ``place`` is a known part of the lung (a lobe, a zone, the base or apex; lobes joined by ``LOBE_JOIN``):
    a place word not known here is no evidence that two places differ (``locations_conflict`` reads it as differing)."""
    return all(p in _LEVELS or p in _LOBES for p in place.split(LOBE_JOIN))


def locations_conflict(a: str, b: str) -> bool:
    """Whether two stated locations of one finding disagree (see ``_LEVELS`` and ``_RADIAL``); unknown
    words disagree unless equal. A finding in several lobes (``LOBE_JOIN``) agrees with any of them."""
    if a == b:
        return False
    if LOBE_JOIN in a or LOBE_JOIN in b:
        return all(locations_conflict(x, y) for x in a.split(LOBE_JOIN) for y in b.split(LOBE_JOIN))
    if a in _CLOCK or b in _CLOCK:
        if a not in _CLOCK or b not in _CLOCK:
            return False
        d = abs(_CLOCK[a] - _CLOCK[b]) % 12
        return min(d, 12 - d) > 1
    if a in _SPINE or b in _SPINE:
        return a in _SPINE and b in _SPINE and abs(_SPINE[a] - _SPINE[b]) > SPINE_TOLERANCE
    if a in _AXES or b in _AXES:
        return _AXES.get(a) is not None and _AXES.get(a) == _AXES.get(b)
    if a in _RADIAL_ONLY or b in _RADIAL_ONLY:
        ra, rb = _RADIAL.get(a), _RADIAL.get(b)
        return ra is not None and rb is not None and ra != rb
    if a in _LOBES and b in _LOBES:  # (two lobes, unless one holds the other: the lingula is the upper lobe's)
        names = site_table().names
        return not (a in names and b in names and related(names[a], names[b]))
    la, lb = _LEVELS.get(a), _LEVELS.get(b)
    if la is None or lb is None:
        return True
    if a in _ONLY and not lb <= la or b in _ONLY and not la <= lb:
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
    "section_skip": K_SKIP, "section_skip_report": K_SKIP, "section_keep": K_KEEP, "abnormal": K_ABN, "role": K_ROLE, "topic": K_TOPIC,
    "frame_pre": K_UNC_PRE, "frame_post": K_UNC_POST,  # a hedge that frames its whole sentence (``frame_hedges``)
    "frame_open": K_UNC_PRE,  # a hedge word that frames its sentence when it opens it (``frame_openers``)
    "short_attr": K_ATTR,  # an attribute of one or two letters ("R", "Lt"): read by ``Scanner``, not the automaton
    "partitive": K_NEG_PRE,  # "none of the", "neither of the": denies what is said of the things after it (``partitives``)
    "conclude": K_TERM,  # a verb drawing a conclusion ("favours", "points to"): ends a denial of a finding (``concluders``)
}
_FRAME_KINDS = frozenset({"frame_pre", "frame_post"})
_CHOICES = lazy_compile(r"\{([^{}]*)\}")
# Named groups of a trigger row ("{@professionals}"): a word list whose home is elsewhere, spelled out here once.
_SHARED_GROUPS = {"professionals": "|".join(professionals.forms(professionals.PROFESSIONALS + professionals.READERS))}


def alternatives(phrase: str) -> list[str]:
    """The phrases a trigger row's phrase stands for: each ``{a|b|}`` group is one of its choices (an empty choice
    leaves the word out), so "cannot be {|entirely|fully} excluded" is three phrases; a phrase without a group is
    itself. A group ``{@name}`` is a shared word list (``_SHARED_GROUPS``: "{@professionals}", whose home is
    ``answers/professionals.py``)."""
    if "{@" in phrase:
        for name, words in _SHARED_GROUPS.items():
            phrase = phrase.replace("{@" + name + "}", "{" + words + "}")
    groups = _CHOICES.findall(phrase)
    if not groups:
        return [phrase]
    parts = _CHOICES.split(phrase)  # text, group, text, group, ..., text
    # each prefix extended by every choice of the next group and the text after it: the phrases of
    # ``itertools.product`` over the groups, in its order (the last group varying fastest). Why (issue #12,
    # session 47): a row with "{@professionals}" stands for ~190,000 phrases; joining each one's parts anew was
    # half the lexicon's build, which every verifier (every ``medstep score`` run, every test process) pays first.
    texts = [parts[0]]
    for i in range(1, len(parts), 2):
        after = parts[i + 1]
        choices = [c + after for c in parts[i].split("|")]
        texts = [t + c for t in texts for c in choices]
    return [" ".join(text.split()) for text in texts]
# the attributes that grade, date or side a finding (``Lexicon.attr_words``)
_GRADING = frozenset({"severity", "change", "laterality"})
ABN_UNCERTAIN = "pol"  # key of an abnormal-word map that makes its findings uncertain (as in answers.concepts)
_PUNCT = {".": K_BREAK, ";": K_BREAK, "?": K_BREAK, "!": K_BREAK, "\n": K_BREAK, ",": K_COMMA, ":": K_COMMA}
# full-width (Chinese) punctuation reads as its ASCII counterpart: "。" ends a clause like ".", "，" and "、" like ","
_WIDE_PUNCT = {"\u3002": "\u3002", "\uff1b": ";", "\uff1f": "?", "\uff01": "!", "\uff0c": ",", "\u3001": ",", "\uff1a": ":"}


class Lexicon:
    """Concepts plus the compiled automaton; build once and share (it is read-only)."""

    def __init__(self, rows: list[ConceptRow], trigger_text: str, trigger_origin: str,
                 states: tuple[str, str] | None = None) -> None:
        self._rows: dict[str, ConceptRow] = merge_rows(rows)
        self.concepts: dict[str, Concept] = link_concepts(self._rows)
        self.automaton = ahocorasick.Automaton()
        self.n_phrases = 0
        # hedges that frame their whole sentence ("it is possible that ...", "... cannot be confirmed"): every
        # claim of the clause is uncertain, its absences and normal statements too (``frame_pre``/``frame_post``)
        self.frame_hedges: set[str] = set()
        # hedge words that frame their sentence only when they open it ("Perhaps the heart is enlarged.",
        # "Arguably, there is an effusion."): mid-sentence they hedge forward like any ``unc_pre`` (``frame_open``)
        self.frame_openers: set[str] = set()
        # verbs that draw a conclusion from what precedes them ("The absence of air bronchograms favours collapse",
        # "no gastric bubble points to achalasia"): the finding after them is the conclusion, not one more denied
        # item; they end a denial that has named a finding (``scope_words.concludes_denial``)
        self.concluders: set[str] = set()
        # denials of a part of a group ("None of the lumps has hollowed out", "neither of the nodules is calcified"):
        # the things named right after them are there; what the sentence says of them is denied
        self.partitives: set[str] = set()
        # bare verdicts on an alternative ("normal hila (against lymphadenopathy)"): a denial only where it opens
        # a clause or a bracket and names a finding (``needs=edge`` rows; ``edge_verdicts``)
        self.edge_verdicts: set[str] = set()
        # report section titles that a chain's step uses as a claim's own title ("**Comparison:** the mass is new"):
        # in a report they skip their section, in a chain they hide nothing (``section_skip_report``)
        self.report_sections: set[str] = set()
        # attributes of one or two letters ("R IJ CVC", "Lt effusion"): kept out of the automaton, where every r
        # and l inside a word would be a candidate hit (judge 18 measured the scan 11% slower); ``Scanner``
        # finds them with one regular expression after the automaton pass (``short_attr`` rows)
        self.short_attrs: dict[str, tuple] = {}
        # the active forms of abnormal participles ("widens", "pushing"; ``verb_forms``): their organ is the object
        # after them ("a mass widens the mediastinum"), never a noun before them ("the tube runs along the trachea,
        # then deviates": the tube deviates)
        self.active_forms: set[str] = set()
        # one-word attribute phrases that grade, date or side a finding ("minimal", "worsening", "bilateral", "rul"):
        # words that name no thing of their own (``aligned_words._NOT_THING``)
        self.attr_words: set[str] = set()
        # the subtype words of each synonym that names a kind of its concept ("saddle embolus": ``subtypes``)
        self.kinds: dict[str, frozenset[str]] = synonym_kinds(self._rows.values())
        self._add_concepts()
        self._add_triggers(trigger_text, trigger_origin)
        if states is not None:  # the shared normal/abnormal words (medstep/answers/states.tsv)
            self._add_triggers(*states)
        for ch, kind in _PUNCT.items():
            self.automaton.add_word(ch, (kind, ch, 1, ()))
        for ch, ascii_ch in _WIDE_PUNCT.items():  # "。" keeps its own payload: "." tests for a decimal point
            self.automaton.add_word(ch, (_PUNCT.get(ascii_ch, K_BREAK), ascii_ch, 1, ()))
        self.automaton.make_automaton()
        # finding synonyms that are a measured quantity's name alone ("rv/lv ratio"; ``quantities.measure_name``):
        # with a value said they claim no finding (``mention_findings``)
        self.measure_names: frozenset[str] = frozenset(
            key for row in self._rows.values() if row.category == "finding"
            for key in (" ".join(s.lower().replace("-", " ").split()) for s, _a, _p in synonym_phrases(row))
            if measure_name(key, lambda w: w in QUALIFIERS or self.automaton.get(w, (None,))[0] in (K_ABN, K_ATTR)))

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
            for syn, attrs, is_plural in synonym_phrases(row):
                if is_plural and syn.lower().replace("-", " ") in self.automaton:
                    continue
                self._add(syn, (K_CONCEPT, row.id, len(syn), attrs), row.where)
        # British spellings and shorthand after every listed phrase, never over one (``answers.variants``)
        for row in self._rows.values():
            for syn, attrs, _is_plural in synonym_phrases(row):
                for var in derived_phrases(syn.lower().replace("-", " ")):
                    if var not in self.automaton:
                        self._add(var, (K_CONCEPT, row.id, len(var), attrs), row.where)

    def _add_triggers(self, text: str, origin: str) -> None:
        participles: list[tuple[str, object, str]] = []
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            where = f"{origin}:{lineno}"
            cols = [c.strip() for c in line.split("\t")]
            if len(cols) < 2 or cols[1] not in TRIGGER_KINDS:
                raise MedstepError(f"{where}: expected 'phrase<TAB>kind[<TAB>value]' with kind in {sorted(TRIGGER_KINDS)}")
            for phrase in alternatives(cols[0]):
                self._add_trigger(phrase, cols, where, participles)
        for phrase, extra, where in participles:  # after every row, so a form that is a row of its own stays one
            for form in verb_forms(phrase):  # "widened" -> "widens", "widening": the organ is its object
                if form not in self.automaton:
                    self._add(form, (K_ABN, form, len(form), extra), where)
                    self.active_forms.add(form)

    def _add_trigger(self, phrase: str, cols: list[str], where: str, participles: list) -> None:
        """One phrase of a trigger row (a row with ``{a|b}`` groups is a phrase per choice)."""
        kind = TRIGGER_KINDS[cols[1]]
        if cols[1] in _FRAME_KINDS:
            self.frame_hedges.add(phrase.lower())
        elif cols[1] == "frame_open":
            self.frame_openers.add(phrase.lower())
        elif cols[1] == "conclude":
            self.concluders.add(phrase.lower())
        elif cols[1] == "partitive":
            self.partitives.add(phrase.lower())
        elif cols[1] == "section_skip_report":
            self.report_sections.add(phrase.lower())
        value = cols[2] if len(cols) > 2 else ""
        if cols[1] == "short_attr":
            self.short_attrs[phrase.lower()] = (kind, phrase.lower(), len(phrase), parse_attrs(value, where))
            return
        if kind == K_NORMAL:
            extra: object = frozenset(self._organ(o.strip(), where) for o in value.split(",") if o.strip())
        elif kind == K_ABN:
            extra = self._abnormal_map(value, where)
        elif kind == K_ROLE or kind == K_HYPO:
            extra = _role_cue(kind, value, where)
        else:
            edge, value = needs_edge(value)
            if edge:
                self.edge_verdicts.add(phrase.lower())
            extra = parse_attrs(value, where) if value else ()
            if kind == K_ATTR and " " not in phrase.strip() and any(k in _GRADING for k, _v in extra):
                self.attr_words.add(phrase.strip().lower())
        self._add(phrase, (kind, phrase, len(phrase), extra), where)
        if kind == K_ABN:
            participles.append((phrase.lower(), extra, where))

    def _organ(self, cid: str, where: str) -> str:
        c = self.concepts.get(cid)
        if c is None or c.category not in ("anatomy", "device"):
            raise MedstepError(f"{where}: {cid!r} is not an anatomy or device concept of the lexicon")
        return cid

    def _abnormal_map(self, value: str, where: str) -> dict[str, str]:
        """``"heart=cardiomegaly;liver=hepatomegaly"`` -> organ id -> finding id. An organ may be a
        device ("malpositioned ETT"); ``pol=uncertain`` makes the finding a hedge ("borderline in size");
        ``any=fracture`` is the finding the word names with no organ near it ("Nothing is broken."), ``deny=`` the
        same read only when the word is denied ("No fluid.")."""
        out = {}
        for part in filter(None, (p.strip() for p in value.split(";"))):
            organ, sep, cid = (x.strip() for x in part.partition("="))
            if organ == ANY_ORGAN or organ == DENIED_ONLY:
                if cid not in self.concepts or not self.concepts[cid].is_claim:
                    raise MedstepError(f"{where}: an abnormal word's {organ}= must name a finding, got {cid!r}")
                out[organ] = cid
                continue
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
        """The packaged vocabulary and triggers, optionally extended by ``extra`` (concept rows) and with a
        replacement trigger table (the shared normal/abnormal words are kept either way)."""
        rows = read_rows(packaged_text("concepts.tsv"), CONCEPTS_FILE)
        if extra is not None:
            rows += read_rows(_read_user_file(extra), str(extra))
        if triggers is not None:
            trig_text, trig_origin = _read_user_file(triggers), str(triggers)
        else:
            trig_text = resources.files("medstep.verify").joinpath("triggers.tsv").read_text(encoding="utf-8")
            trig_text += "".join(f"{w}\tneg_pre\n" for w in negation.EXCLUDES)  # ("this rules out X": one home)
            trig_text += denial_rows() + _misfit_rows()  # (other languages' "without", a bare "excluded")
            trig_origin = "medstep/verify/triggers.tsv"
        return cls(rows, trig_text, trig_origin, states=(states_text(), STATES_FILE))


def _misfit_rows() -> str:
    """Trigger rows of the relations that turn a diagnosis down, from their one home (``answers.judgements``): what
    follows "incompatible with" / "atypical for" is denied, as after "argues against", and the relation denied ("not
    inconsistent with X", "not unusual for X") says X fits: no negation (lane reject49). A weakened fit ("less in keeping
    with X") is left as it was read: a denial there contradicted a chain's "X less likely" (uncertain), and a doubt a
    report's "no X"."""
    rows = [f"{w}\tneg_pre\n" for w in judgements.MISFIT_WITH]
    rows += [f"not {w}\tpseudo_pre\n" for w in judgements.MISFIT_WITH]
    # a relation to something already named ("the history is inconsistent with the pneumothorax seen", "unusual for
    # his age"): a finding or a person, no diagnosis turned down (review of reject49)
    rows += [f"{w} {{the|this|these|his|her|its|their}}\tpseudo_pre\n" for w in judgements.MISFIT_WITH]
    rows += [f"{w} {{the|a}} {{diagnosis|suggestion}} of\tneg_pre\n" for w in judgements.MISFIT_WITH]  # but a diagnosis
    # a verdict after the diagnosis with its copula ("sarcoid is a poor fit", "is a remote possibility"): as "is
    # unlikely". Not "doubtful", whose subject is often what is said of a finding ("the significance of the nodule is
    # doubtful", "recovery is doubtful"), nor a fit to something named after it ("the effusion is a poor fit for heart
    # failure": which of the two is turned down is not said; review of reject49)
    rows += [f"{{is|are|seems|seem}} {w if ' ' not in w else 'a ' + w}\tneg_post\n" for w in judgements.POOR_FIT
             if w != "doubtful"]
    rows += [f"{{is|are|seems|seem}} a {w} {{for|with|to}}\tpseudo_pre\n" for w in judgements.POOR_FIT
             if w in ("poor fit", "poor match")]
    # (the fit to what was seen, pointed at: "lymphoma is a poor match for these small nodes" turns the subject down)
    rows += [f"{{is|are|seems|seem}} a {w} {{for|with|to}} {{these|this|the}}\tneg_post\n" for w in judgements.POOR_FIT
             if w in ("poor fit", "poor match")]
    return "".join(rows)


def verb_forms(word: str) -> tuple[str, ...]:
    """The active forms of an abnormal word that is a past participle ("pushed", "displaced", "widened"): its third
    person ("pushes", "displaces", "widens") and "-ing" form ("pushing", "displacing"), so "a mass widens the
    mediastinum" and "bowing the trachea" read as "the mediastinum is widened". Both stems are tried (``-d``
    and ``-ed`` off); a form no English verb has never occurs in a text, so it costs nothing."""
    if " " in word or not word.endswith("ed") or len(word) < 5:
        return ()
    short, long_ = word[:-2], word[:-1]  # push / pushe, displac / displace
    out = [long_ + "s", short + "s", short + "ing"]
    if short[-1] == short[-2] and short[-1] not in "ls":  # "tugged" -> "tugs", "tugging"
        out.append(short[:-1] + "s")
    return tuple(dict.fromkeys(out))


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
    """A user's table, read as every input file is (``textclean.read_utf8_text``): a Latin-1 export or a FIFO is one
    error naming the file, not a ``UnicodeDecodeError`` traceback or a hang."""
    check_path("Verifier", "a lexicon table", path)
    return read_utf8_text(Path(path), "lexicon file")


# Concept and SEVERITY_RANK are defined in medstep.answers.concepts; re-exported for the verifier's modules.
__all__ = ["ABN_UNCERTAIN", "ANY_ORGAN", "DENIED_ONLY", "LUNG_PARTS", "SEVERITY_RANK", "SPINE_TOLERANCE", "TRIGGER_KINDS", "Concept", "Lexicon", "locations_conflict", "spine_position"]
