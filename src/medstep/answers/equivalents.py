"""The other names of an option's content: what a reply may say instead of an option's words (issue #7).

A model often commits to an option by stating what it is in other words, with no letter and not the option's text:
"a sonographic acquisition" for "Ultrasound", "a barium swallow" for "Fluoroscopic esophagram", "a twisted testis"
for "Testicular torsion", "herpes simplex encephalitis" for "HSV encephalitis", "Sonographie" for "Ultrasound". This
module is the one home of that equivalence; it holds no list of its own but derives the names from the shared homes:

* the concept vocabulary (``answers/concepts.tsv``: synonyms, abbreviations, other-language rows, its broader and
  narrower concepts): an option's text is read as the concepts it names, of any category a choice asks (a finding, a
  device, a modality: "CT" beside "Ultrasound" is as much an option as "Cardiomegaly" beside "Pneumothorax"), and a
  reply's words as the concepts they state, so every name the vocabulary knows for one is a name of the other;
* the word forms (``answers/wordforms.tsv``: adjective and noun, "renal" / "kidney", British spellings): an option's
  word that no concept covers ("Horizontal", "Middle") is said in any of its forms;
* an abbreviation in capitals that an option writes ("HSV" of "HSV encephalitis") is said by the words whose initials
  open it ("herpes simplex"): at least two of them, so one word never stands for an abbreviation;
* the state words (``answers/states.tsv``): a word calling an organ abnormal, beside that organ in one clause, states
  the finding the table maps it to, in either order ("the spleen is clearly enlarged", "enlargement of the left
  atrium", "an enlarged left atrium" for "Left atrial enlargement"), as the vocabulary's own synonym would;
* the site table (``answers/sites.tsv``): an option that names a place ("Sella turcica", "Oesophagus", "Upper lobe")
  is said by any name of that site or of a part of it ("the pituitary fossa", "the gullet", "the lingula"), outside
  the concepts above (a site inside a concept's name, "pleural" of "pleural effusion", is that concept's word).

Why apart from ``extract/optionconcept.py``'s target map: that map takes one finding or device per option with no word
left over, and guards other readers' rules (``names_another``); widening it would move every reader it guards. The
reader of these names (``extract/option_equivalent.py``) reads them last, only in the sentence that decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from medstep.answers import negation
from medstep.answers.concepts import MentionKind, normalize, vocabulary
from medstep.answers.sites import site_table, sites_in
from medstep.answers.wordforms import same_word, spelling, word_head
from medstep.lazyre import lazy_compile

# The categories of concept an option may be (a finding, a device, an imaging modality).
OPTION_CATEGORIES = frozenset({"finding", "device", "modality"})
_WORD = lazy_compile(r"[^\W\d_]+")
_CAPITALS = lazy_compile(r"\b[A-Z]{2,6}\b")


@dataclass(frozen=True)
class Content:
    """What an option's text names: its concepts (of ``OPTION_CATEGORIES``) and its words outside them."""

    concepts: frozenset[str]
    words: tuple[str, ...]
    abbreviations: frozenset[str]  # those of ``words`` the option writes in capitals ("hsv" of "HSV encephalitis")
    denied: bool = False  # the option denies its concepts ("No cardiomegaly"): stating them touches it, never affirms
    sites: frozenset[str] = frozenset()  # the places it names outside its concepts (``answers/sites.tsv`` ids)
    # the places named inside its concepts' names ("upper lobe" of "Right upper lobe collapse", whose vocabulary name
    # "upper lobe collapse" is one atelectasis): what tells apart options that name one concept (``framed_sites``)
    inner_sites: frozenset[str] = frozenset()


# The words that make an option deny what it names ("No cardiomegaly", "Without contrast", "None").
_DENYING = frozenset(negation.DENY + negation.NONE + negation.NEVER + negation.NOR)


def concept_spans(text: str) -> list[tuple[str, int, int]]:
    """(concept, start, end) of each concept the vocabulary finds in ``normalize(text)`` (any category)."""
    return [(m.concept, m.start, m.end) for m in vocabulary().mentions(normalize(text))
            if m.kind is MentionKind.CONCEPT]


# What may stand between an organ and the state word that calls it abnormal, within one clause ("the spleen is clearly
# enlarged", "enlargement of the left atrium"): no stop, comma, colon or bracket, at most this many characters.
_STATE_GAP = 30
_CLAUSE_BREAK = lazy_compile(r"[.;,:!?()\n]|\b(?:and|or|but|with|without|while|whereas)\b")
# A state word denied right before it ("not enlarged", "non-dilated", "isn't dilated"): the plain denials, "non" and
# the contracted "not" of ``answers/negation.py`` (not "without": "without enlarged" is no English of a state).
_STATE_DENIED = lazy_compile(r"(?:\b(?:" + negation.alternation(negation.PLAIN, negation.NON) + r")|"
                             + negation.CONTRACTION.removesuffix(r"\b") + r")\s*$")


def state_spans(text: str, given: frozenset[str] = frozenset()) -> list[tuple[str, int, int]]:
    """(finding, start, end) of each finding a state word of ``answers/states.tsv`` makes of the organ it stands
    beside in one clause of ``normalize(text)``, either side ("the spleen is enlarged", "dilated renal pelvis"); the
    span runs from the first of the two to the last. A denied state word ("not enlarged") or a hedging one
    ("borderline") states nothing, nor does one of an organ in ``given`` (the organs the question names: "The left
    costophrenic angle is blunted." to "What causes the blunted costophrenic angle?" restates the question)."""
    low = normalize(text)
    found = vocabulary().mentions(low)
    organs = [m for m in found if m.kind is MentionKind.CONCEPT and m.concept not in given
              and vocabulary().concepts[m.concept].category == "anatomy"]
    out = []
    for m in found:
        if m.kind is not MentionKind.ABNORMAL or m.uncertain or _STATE_DENIED.search(low, max(0, m.start - 6), m.start):
            continue
        findings = {o: f for o, f in m.findings if f in vocabulary().concepts}
        near = [o for o in organs if o.concept in findings and one_clause(low, o.start, o.end, m.start, m.end)]
        if near:
            o = min(near, key=lambda o: abs(o.start - m.start))
            out.append((findings[o.concept], min(o.start, m.start), max(o.end, m.end)))
    return out


def one_clause(low: str, a0: int, a1: int, b0: int, b1: int) -> bool:
    """Whether two spans of ``low`` stand in one clause, close together (``_STATE_GAP``)."""
    gap = low[a1:b0] if a1 <= b0 else low[b1:a0]
    return len(gap) <= _STATE_GAP and _CLAUSE_BREAK.search(gap) is None


def site_spans(text: str, concepts: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """(site, start, end) of each site ``normalize(text)`` names outside the spans of ``concepts`` (the option
    categories' concepts found in it): "pleural" of "pleural effusion" is the finding's word, not a place named."""
    return [(s, a, b) for s, a, b in sites_in(normalize(text))
            if not any(a < cb and ca < b for _, ca, cb in concepts)]


def site_within(said: str, own: str) -> bool:
    """Whether a site ``said`` is the option's site ``own`` or a part of it ("the lingula" says "Upper lobe")."""
    return own in site_table().ancestors.get(said, frozenset())


@lru_cache(maxsize=4096)
def content(text: str, frame: frozenset[str]) -> Content:
    """The concepts an option's ``text`` names and its words outside them, less the ``frame`` words that say nothing
    ("the", "of", "sign") and a capital abbreviation's own letters kept as written ("HSV")."""
    low = normalize(text)
    spans = [(c, a, b) for c, a, b in concept_spans(text) if vocabulary().concepts[c].category in OPTION_CATEGORIES]
    spans += state_spans(text)
    places = site_spans(text, spans)
    keep = list(low)
    for _, a, b in spans + places:
        keep[a:b] = " " * (b - a)
    rest = "".join(keep)
    caps = {m.group().lower() for m in _CAPITALS.finditer(text)}
    words = tuple(w if w in caps else spelling(word_head(w)) for w in _WORD.findall(rest) if w not in frame)
    denied = not _DENYING.isdisjoint(_WORD.findall(low))
    inner = frozenset(p for p, a, b in sites_in(low) if any(a < cb and ca < b for _, ca, cb in spans))
    return Content(frozenset(c for c, _, _ in spans), words, frozenset(caps & set(words)), denied,
                   frozenset(p for p, _, _ in places), inner)


def framed_sites(contents: dict[str, Content]) -> dict[str, frozenset[str]] | None:
    """The places that tell each option apart when every option names the same concepts ("Right upper lobe
    collapse", "Left upper lobe collapse", "Right middle lobe collapse": one atelectasis, the lobe and side deciding),
    else None. The concepts are then the question's frame, not the pick: an option's places are its own and those
    inside its concepts' names, less the places every option names ("pleural" of three pleural effusions). Each option
    must differ from every other by its places or words, or the vocabulary has read them alike and nothing decides."""
    concepts = {own.concepts for own in contents.values()}
    if len(contents) < 2 or len(concepts) != 1 or not next(iter(concepts)) \
            or any(own.denied for own in contents.values()):
        return None
    places = {x: own.sites | own.inner_sites for x, own in contents.items()}
    common = frozenset.intersection(*places.values())
    framed = {x: p - common for x, p in places.items()}
    if any(p != q and (site_within(p, q) or site_within(q, p))
           for x, mine in framed.items() for y, theirs in framed.items() if x != y for p in mine for q in theirs):
        return None  # one option's place holds another's ("Fracture of the hamate", read as the wrist, beside
        # "Fracture of the scaphoid"): "a fracture at the wrist" would name the broader one and fit both
    told = {(framed[x], frozenset(own.words)) for x, own in contents.items()}
    if len(told) != len(contents) or (frozenset(), frozenset()) in told:
        return None  # an option the places and words do not tell apart ("T1-weighted", "FLAIR": both read as MRI)
    return framed


def family(concept: str) -> frozenset[str]:
    """A concept with its broader and narrower concepts: what a reply touching it may be about."""
    c = vocabulary().concepts[concept]
    return frozenset({concept} | c.ancestors | c.descendants)


def narrower(concept: str) -> frozenset[str]:
    """A concept with its narrower concepts: what states it ("emphysema" states "COPD" when the vocabulary puts it
    under COPD)."""
    return frozenset({concept} | vocabulary().concepts[concept].descendants)


def _initials_open(abbreviation: str, words: list[str]) -> bool:
    """Whether a run of two or more of ``words`` has initials that open ``abbreviation`` ("herpes simplex" for "hsv")."""
    for i in range(len(words)):
        run = ""
        for w in words[i:i + len(abbreviation)]:
            run += w[0]
            if not abbreviation.startswith(run):
                break
            if len(run) >= 2:
                return True
    return False


def _initials_spell(abbreviation: str, words: list[str]) -> bool:
    """Whether a run of ``words`` has initials that spell all of ``abbreviation`` ("autosomal dominant polycystic
    kidney disease" for "adpkd")."""
    n = len(abbreviation)
    return any("".join(w[0] for w in words[i:i + n]) == abbreviation for i in range(len(words) - n + 1))


def _initials_before(abbreviation: str, before: str) -> bool:
    """Whether the two or more words that end ``before`` have initials that open ``abbreviation`` ("herpes simplex"
    before "encephalitis" for "hsv")."""
    words = [w for w in _WORD.findall(before.lower()) if len(w) > 2]
    return any("".join(w[0] for w in words[-k:]) == abbreviation[:k] for k in range(2, min(len(abbreviation),
                                                                                          len(words)) + 1))


# What may join a concept to the words naming its cause after it ("encephalitis due to herpes simplex").
_CAUSE_LINK = lazy_compile(r"^\s*(?:,\s*)?(?:due\s+to|caused\s+by|secondary\s+to|from|by|of)?\s*")


def _initials_after(abbreviation: str, after: str) -> bool:
    """Whether two or more words right after a concept (a causal link allowed) have initials that open
    ``abbreviation`` ("encephalitis due to herpes simplex" for "hsv")."""
    link = _CAUSE_LINK.match(after)
    words = _WORD.findall(after[link.end() if link else 0:].lower())[:len(abbreviation)]
    run = ""
    for w in words:
        if len(w) <= 2:
            break
        run += w[0]
        if not abbreviation.startswith(run):
            break
    return len(run) >= 2 and abbreviation.startswith(run)


def word_said(word: str, text: str, abbreviation: bool = False,
              heads: tuple[tuple[int, int], ...] | None = None) -> bool:
    """Whether ``text`` says an option's ``word`` in any of its forms (``answers/wordforms``: "renal" for "kidney",
    a prefix form), or, for an ``abbreviation``, as written in capitals or by words whose initials open it: right
    before or after one of ``heads`` (the (start, end) spans where ``normalize(text)`` states the option's concept:
    "herpes simplex encephalitis", not "autoimmune encephalitis with hippocampal signal"); with empty ``heads`` (an
    option naming no concept) spelling it whole; with ``heads`` None anywhere."""
    if abbreviation:
        if any(m.group().lower() == word for m in _CAPITALS.finditer(text)):
            return True
        if len(word) < 3:
            return False
        words = [w for w in _WORD.findall(text.lower()) if len(w) > 2]
        if heads is None:
            return _initials_open(word, words)
        if heads:
            low = normalize(text)
            return any(_initials_before(word, low[:a]) or _initials_after(word, low[b:]) for a, b in heads)
        return _initials_spell(word, words)
    return any(same_word(word, spelling(word_head(w))) for w in _WORD.findall(text.lower()))


def generic_name(concept: str, name: str) -> bool:
    """Whether ``name`` (a vocabulary name of ``concept``) is the concept's general name, its display name or id in
    a word form ("Fluoroscopic" of "Fluoroscopy", "CT"), not one narrower member its synonyms lump in ("Barium
    enema", "Echocardiography", "Laparoscopy" under fluoroscopy, ultrasound, endoscopy)."""
    c = vocabulary().concepts[concept]
    heads = {w[:6] for w in _WORD.findall(normalize(c.name) + " " + c.id.replace("_", " "))}
    words = _WORD.findall(normalize(name))
    return bool(words) and all(w[:6] in heads for w in words)


__all__ = ["OPTION_CATEGORIES", "Content", "concept_spans", "content", "family", "framed_sites", "generic_name", "narrower", "one_clause",
           "site_spans", "site_within", "state_spans", "word_said"]
