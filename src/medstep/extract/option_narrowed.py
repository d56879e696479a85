"""An option that names one finding narrowed by qualifiers or anatomical sites ("Right upper lobe atelectasis",
"Isolated bone contusion", "Popliteal artery aneurysm"), mapped to that finding for the option-concept reader
(:func:`medstep.extract.optionconcept.read_option`, rule ``option_concept``): "Collapse of the right upper lobe, with
the fissure pulled up." for "Right upper lobe atelectasis" (issue #7).

Why apart from :func:`medstep.extract.optionconcept._option_target`: that map is shared by the readers that guard
other rules (``names_another``, the alias reader, the Chinese reader), and an option with words beyond its concept's
name stays unmapped there. Only the last-resort read (``unmapped_ok``, after every other reader) maps it here, where
the extra words may be the shared qualifiers (``answers/qualifiers.QUALIFIERS``, the
one list of words narrowing a finding to a kind of itself) and the names of sites (``answers/sites.tsv``); the option
still maps to its finding with its side, and two options of one finding and side still map to none. Because the
narrowing words tell the option from what the reply may say, a pick stands only when the reply does not say
otherwise (:func:`narrowing_agrees`): no other place of the same kind ("right lower lobe" against "right upper
lobe"), each qualifier said or no word of its group said ("multiple bone contusions" is no "Isolated bone contusion"),
no other qualifier on the same compound's head ("dual-chamber pacemaker" is no "Single-chamber pacemaker"), and no
alternative offered beside the finding ("metastatic disease or Paget disease").

The same words guard every reader's pick (issue #7, precision): :func:`qualifier_contradicted` finds a statement
qualifying the picked option's finding with an alternative the option excludes (``answers/qualifiers.OPPOSED``:
"chronic subdural haematoma" for "Acute subdural hematoma", "two nodules" for "Solitary pulmonary nodule"), and
:func:`offered_beside` a pick named as one of two candidates ("metastases or Paget disease", "B or D");
``extract/choice_reader.read_choice_answer`` applies both where any reader's reading is accepted, since the readers
before this one (option text, words, synonyms, aliases, concepts) map an option by its finding alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from medstep.answers import hedges, negation, qualifiers
from medstep.answers.concepts import MentionKind, normalize, vocabulary
from medstep.answers.qualifiers import QUALIFIERS
from medstep.answers.text import NUMBER_WORDS
from medstep.answers.sites import related, sites_in
from medstep.extract.concept_question import OPTION_FRAME, category_of, residual_words, side_of
from medstep.answers.wordforms import spelling
from medstep.lazyre import lazy_compile

_WORD = lazy_compile(r"[a-z]+")


@lru_cache(maxsize=4096)
def narrowed_target(text: str) -> tuple[str, str | None] | None:
    """(finding or device, side) an option's text names when its other words are qualifiers or site names, else
    ``None``."""
    low = normalize(text)
    ms = vocabulary().mentions(low)
    claims = {m.concept for m in ms if category_of(m) in ("finding", "device")}
    spans = [(m.start, m.end) for m in ms] + [(start, end) for _, start, end in sites_in(low)]
    if len(claims) != 1 or any(w not in QUALIFIERS for w in residual_words(low, spans, OPTION_FRAME)):
        return None
    return claims.pop(), side_of(low)


@lru_cache(maxsize=4096)
def _narrowing(option: str) -> tuple[frozenset[tuple[str, str]], frozenset[str]]:
    """The option's sites (id, the last word of its name) and its qualifier words."""
    low = normalize(option)
    sites = sites_in(low)
    spans = [(m.start, m.end) for m in vocabulary().mentions(low)] + [(start, end) for _, start, end in sites]
    return (frozenset((site, low[start:end].split()[-1]) for site, start, end in sites),
            frozenset(residual_words(low, spans, OPTION_FRAME)) & QUALIFIERS)


def narrowing_agrees(text: str, option: str, concept: str) -> bool:
    """Whether reply ``text``, read as stating ``concept``, leaves ``option``'s narrowing words standing and offers
    no alternative to the finding (see module docstring)."""
    said = normalize(text)
    sites, words = _narrowing(option)
    if any(head == said[start:end].split()[-1] and not related(site, mine)
           for site, start, end in sites_in(said) for mine, head in sites):
        return False  # "right lower lobe collapse" for "Right upper lobe atelectasis"
    if not words.isdisjoint(_ONE) and _joined_sites(said):
        return False  # "leads in the right atrium and the right ventricle" for "Single-chamber pacemaker"
    reply_words = {spelling(w) for w in _WORD.findall(said)}
    if any(spelling(w) not in reply_words and not reply_words.isdisjoint(group)
           for w in words for group in _GROUPS if w in group):
        return False  # "multiple bone contusions" for "Isolated bone contusion"
    for first, head in _COMPOUND.findall(option.lower()):
        if any(other != first and other in QUALIFIERS
               for other in re.findall(r"\b([a-z]+)[-\s]+" + re.escape(head) + r"\b", said)):
            return False  # "dual-chamber pacemaker" for "Single-chamber pacemaker"
    # "... consistent with metastatic disease or Paget disease": the finding offered beside another, no pick
    return not any(_ALTERNATIVE.search(sentence) is not None
                   and any(m.concept == concept for m in vocabulary().mentions(normalize(sentence)))
                   for sentence in _SENTENCE.findall(text))


# The qualifiers that count one ("Single-chamber pacemaker", "Isolated bone contusion"): two places joined in the reply
# ("in the right atrium and the right ventricle", "of the femoral condyle and the tibial plateau") count two.
_ONE = frozenset(("single", "solitary", "isolated"))
_JOIN = lazy_compile(r"^\s*(?:,|and|&|as well as|plus)\s*(?:,\s*)?(?:the\s+)?$")


def _joined_sites(said: str) -> bool:
    """Whether ``said`` names two unrelated sites joined as a list ("the right atrium and the right ventricle")."""
    found = sorted(sites_in(said), key=lambda s: s[1])
    return any(_JOIN.match(said[a[2]:b[1]]) is not None and not related(a[0], b[0])
               for a, b in zip(found, found[1:]))


_GROUPS = tuple(frozenset(spelling(w) for w in group) for group in (
    qualifiers.ACUITY, qualifiers.CAUSE, qualifiers.FORM, qualifiers.APPEARANCE, qualifiers.NUMBER, qualifiers.BUILD,
    qualifiers.PLACE))
# A qualifier written as a compound with a head word ("single-chamber", "thin-walled").
_COMPOUND = lazy_compile(r"\b([a-z]+)-([a-z]+)\b")
_ALTERNATIVE = lazy_compile(r"(?i)\b(?:or|versus|vs)\b")
_SENTENCE = lazy_compile(r"[^.!?;\n]+")


# --- The qualifier check every multiple-choice reading by words passes (``extract/choice_reader.read_choice_answer``).
# A reader maps a statement to an option by its finding; the option's qualifier may still be the one the statement
# rules out ("chronic subdural haematoma" for "Acute subdural hematoma", "a non-displaced fracture" for "Displaced
# fracture of the radius"). A wrong pick reads as the model's choice, an unread one only as unread.

_TOKEN = lazy_compile(r"[a-z0-9]+")
# What a clause supposes rather than states ("a chronic collection would be hypodense").
_SUPPOSED = frozenset(hedges.CONDITION)
_DENIED = frozenset((*negation.DENY, *negation.NEITHER, *negation.NON, "un"))
_INSTEAD = tuple(tuple(p.split()) for p in negation.INSTEAD)
_PREPOSITIONS = frozenset(("of", "with", "in", "at", "on", "to", "from", "without", "involving", "due", "after"))
_ARTICLES = frozenset(("a", "an", "the"))
# What denies after the fact: "the chronic pancreatitis picture is absent", "a chronic process is unlikely".
_SET_ASIDE = frozenset((*negation.ABSENT, *hedges.UNLIKELY_WORDS, "excluded", "ruled"))
_WINDOW = 5  # words either side of the finding that may qualify it


def _tokens(low: str) -> list[tuple[str, bool, int]]:
    """The words of normalized ``low`` (spelled one way), each with whether it is denied or set aside ("no acute",
    "non displaced", "rather than chronic") and where it starts, and after each pair of words its compound ("non
    displaced" -> "nondisplaced", "full thickness" -> "fullthickness") in the second word's place."""
    found = [(spelling(m.group()), m.start()) for m in _TOKEN.finditer(low)]
    words = [w for w, _ in found]
    out: list[tuple[str, bool, int]] = []
    for i, (w, start) in enumerate(found):
        before = words[max(0, i - 2):i]
        denied = any(b in _DENIED for b in before) or any(
            tuple(words[max(0, i - len(p) - k):i - k]) == p for p in _INSTEAD for k in (0, 1)) or (
            i > 0 and words[i - 1] in ("of", "for") and any(b in _DENIED for b in words[max(0, i - 4):i - 1]))
        # ("no features of malignant", "no evidence of chronic": the denial reaches through "<noun> of")
        out.append((w, denied, start))
        if i:
            compound_denied = any(b in _DENIED for b in words[max(0, i - 3):i - 1])
            out.append((words[i - 1] + w, compound_denied, start))
    return out


@lru_cache(maxsize=4096)
def _option_head(option: str) -> str | None:
    """The noun an option qualifies: its last word before a preposition that is no qualifier of ``OPPOSED``
    ("Displaced fracture of the radius": fracture; "Acute subdural hematoma": hematoma)."""
    head = None
    for w in (spelling(w) for w in _TOKEN.findall(normalize(option))):
        if w in _PREPOSITIONS:
            break
        if w not in _ARTICLES and w.isalpha() and len(w) > 2 and not any(w in g for f in _OPPOSED for g in f):
            head = w
    return head


def _families(head: str) -> tuple[tuple[frozenset[str], ...], ...]:
    """The exclusive qualifier families for a finding of ``head``: ``OPPOSED`` and the ``KIND_SETS`` of its head."""
    kinds = tuple(k.alternatives for k in qualifiers.KIND_SETS if head in k.heads or head + "s" in k.heads)
    return _OPPOSED + kinds


_OPPOSED = tuple(tuple(frozenset(spelling(w) for w in g) for g in f) for f in qualifiers.OPPOSED)
_ONE_GROUP = next(g for f in _OPPOSED for g in f if "solitary" in g)


def _plural_of(word: str, head: str) -> bool:
    return word != head and (word in (head + "s", head + "es") or head.endswith("us") and word == head[:-2] + "i"
                             or head.endswith("is") and word == head[:-2] + "es")


# What ends the phrase of a finding: a preposition or a join brings another noun ("cholecystitis in a patient with
# chronic kidney disease", "stroke, with old chronic lacunes", "unlike upper motor neuron lesions").
_PHRASE_BREAK = frozenset((*_PREPOSITIONS, "for", "by", "over", "under", "unlike", "than", "as", "into", "within",
                           "since", "because", "while", "whereas", "although", "though", "but", "and", "or", "nor",
                           "who", "which", "where", "when", "his", "her", "their", "its", "patient", "history"))
# A place said of the finding's site after it: "pneumonia of the left lower lobe", "fracture in the distal radius".
_SITE_PREPOSITIONS = frozenset(("of", "in", "at", "on", "involving"))
_PLACE_WORDS = frozenset(("left", "right", "upper", "middle", "lower", "proximal", "distal", "lobe", "side", "sided",
                          "zone"))
_COUNTS = frozenset(NUMBER_WORDS)


def _qualifies(low: str, starts: list[int], plain: list[str], at: int, spots: list[int],
               family: tuple[frozenset[str], ...]) -> bool:
    """Whether the word at place ``at`` (a qualifier of ``family``) qualifies the finding at places ``spots``: in
    its phrase before it ("a chronic subdural haematoma", "undisplaced radius fracture", "two pulmonary nodules"), or
    said of it after it ("the fracture is displaced", "collection, chronic in age", "pneumonia of the left lower
    lobe"); not a qualifier of another noun beside it ("in a man with chronic kidney disease"), a relation ("2 cm
    proximal to the joint") or a measure ("a nodule measuring three centimetres")."""
    word = plain[at]
    nxt = plain[at + 1] if at + 1 < len(plain) else ""
    if nxt in ("to", "than"):
        return False  # "proximal to the wrist", "more chronic than"
    is_place = any("left" in g or "upper" in g or "proximal" in g for g in family)
    for spot in spots:
        if spot == at:
            continue
        if spot > at:  # before the finding, in its phrase
            gap = [w for k, w in enumerate(plain[at + 1:spot], at + 1) if k not in spots]
            between = low[starts[at]:starts[spot]]
            if len(gap) <= 3 and _PHRASE_BREAK.isdisjoint(gap) and "," not in between:
                return True
        elif word not in _COUNTS:  # after it, said of it (a count after it is a measure: "three centimetres")
            gap = [w for k, w in enumerate(plain[spot + 1:at], spot + 1) if k not in spots]
            if is_place and gap and gap[0] in _SITE_PREPOSITIONS:
                gap = [w for w in gap[1:] if w not in _ARTICLES and w not in _PLACE_WORDS]
            if len(gap) <= 5 and _PHRASE_BREAK.isdisjoint(gap):
                return True
    return False


def qualifier_contradicted(text: str, option: str, others: tuple[str, ...] = ()) -> bool:
    """Whether ``text`` qualifies the finding ``option`` names otherwise than ``option`` does: a sentence says, beside
    the finding, one alternative of an exclusive family (``answers/qualifiers.OPPOSED``) and nowhere the option's
    own, and no sentence says the option's own beside it. Sentences that suppose ("would", "if"), deny the word ("no
    acute", "rather than chronic") or name another option (``others``: a walk through the options) are not read."""
    head = _option_head(option)
    if head is None:
        return False
    opt_words = {w for w, _, _ in _tokens(normalize(option))}
    findings = {m.concept for m in vocabulary().mentions(normalize(option)) if category_of(m) in ("finding", "device")}
    mine = [(f, g) for f in _families(head) for g in f if not opt_words.isdisjoint(g)
            and all(other is g or opt_words.isdisjoint(other) for other in f)]
    if not mine:
        return False
    other_texts = [normalize(o) for o in others if o.strip()]
    contra: set[int] = set()
    support: set[int] = set()
    for found in _SENTENCE.finditer(text):
        if text[found.end():found.end() + 1] == "?":
            continue  # a question asks, states nothing ("Known chronic pancreatitis? No - ...")
        low = normalize(found.group())
        toks = _tokens(low)
        words = [w for w, _, _ in toks]
        if not _SUPPOSED.isdisjoint(words) or not _SET_ASIDE.isdisjoint(words) \
                or any(o and o in low for o in other_texts):
            continue
        # the finding by the option's head noun, or by any name of its concept ("chronic SDH", "subdural collection")
        spans = [(m.start, m.end) for m in vocabulary().mentions(low) if m.kind is MentionKind.CONCEPT
                 and m.concept in findings]
        anchors = [i for i, (w, _, at) in enumerate(toks) if w == head or _plural_of(w, head)
                   or any(a <= at < b for a, b in spans)]
        if not anchors:
            continue
        near = [toks[j] for j in sorted({j for i in anchors for j in range(max(0, i - 2 * _WINDOW),
                                                                          min(len(toks), i + 2 * _WINDOW + 1))})]
        plural = any(_plural_of(words[i], head) and not toks[i][1] for i in anchors)  # not "no other nodules"
        starts = sorted({at for _, _, at in toks})
        place = {at: k for k, at in enumerate(starts)}  # a word's place among the words (compounds share it)
        first: dict[int, str] = {}
        for w, _, at in toks:
            first.setdefault(at, w)  # the word itself comes before its compound with the word before
        plain = [first[start] for start in starts]
        spots = sorted({place[toks[i][2]] for i in anchors})
        for n, (family, own) in enumerate(mine):
            said = any(w in own and not d for w, d, _ in toks)
            rival = any(_qualifies(low, starts, plain, place[at], spots, family) for g in family if g is not own
                        for w, d, at in toks if w in g and not d) or own is _ONE_GROUP and plural
            if rival and not said:
                contra.add(n)
            elif said and any(w in own and not d for w, d, _ in near):
                support.add(n)
    return bool(contra - support)


# Two candidates joined as alternatives: "metastases or Paget disease", "sarcoidosis versus lymphoma", "B or D"; or
# weighed against each other: "torn between A and B", "either a cyst or an abscess".
_JOINED_ALTERNATIVES = lazy_compile(r"^[\s,*()]*(?:or|versus|vs)\.?[\s*()]+(?:(?:" + hedges.alternation(hedges.MAYBE)
                                    + r"|probably|a|an|the)\s+)*$")
_JOINED_WEIGHED = lazy_compile(r"^[\s,*()]*(?:and|or)[\s*()]+(?:(?:a|an|the)\s+)*$")
_CONNECTOR = lazy_compile(r"\b(?:or|versus|vs|" + hedges.alternation(hedges.WEIGHING) + r")\b")
_WEIGHING = lazy_compile(r"(?i)\b(?:" + hedges.alternation(hedges.WEIGHING) + r")\s+(?:(?:a|an|the)\s+)*\Z")


# What may follow two candidates left open before their clause ends ("torn between A and C here", "B or D, then"):
# anything else makes the pair the subject of a remark ("Lymphoma or sarcoidosis can look alike", "Tuberculosis vs
# sarcoidosis is the classic dilemma", "Distinguishing between A and B rests on ..."), not the answer.
_OPEN_TAIL = frozenset(("here", "now", "then", "still", "remain", "remains", "equally", "both", "possible", "likely",
                        "plausible", "in", "my", "view", "opinion", "to", "me", "really", "or", "versus", "vs", "and",
                        "a", "an", "the", *hedges.MAYBE, "probably"))
_CLAUSE_END = lazy_compile(r"[,;:.!?()\n]")


def _left_open(low: str, y: tuple[int, int, bool], cands: list[tuple[int, int, bool]]) -> bool:
    """Whether nothing but ``_OPEN_TAIL`` words and further candidates follows candidate ``y`` in its clause."""
    stop = _CLAUSE_END.search(low, y[1])
    end = stop.start() if stop else len(low)
    tail = low[y[1]:end]
    for c in sorted(cands, reverse=True):
        if y[1] <= c[0] and c[1] <= end:
            tail = tail[:c[0] - y[1]] + " " + tail[c[1] - y[1]:]
    return _OPEN_TAIL.issuperset(_TOKEN.findall(tail))


def offered_beside(text: str, option: str, named: Iterable[tuple[int, int, bool]] = ()) -> bool:
    """Whether the last sentence of ``text`` that names ``option`` (its finding, or a reference ``named`` gives as
    (start, end, whether it is this option's)) joins it to another candidate as an alternative and names it nowhere
    else ("in keeping with metastases or Paget disease" for "Paget disease", "I'd narrow it to B or D"): two
    candidates kept open, no pick. Synonyms joined so ("Paget disease or osteitis deformans") name one finding; a
    denied pair ("no effusion or pneumothorax") offers nothing."""
    own: set[str] = set()
    concepts = vocabulary().concepts
    for m in vocabulary().mentions(normalize(option)):
        if category_of(m):  # a finding, a device, a study ("CT angiography or maybe MR angiography. Probably CT.")
            own |= {m.concept} | concepts[m.concept].descendants
    low = normalize(text)
    if _CONNECTOR.search(low) is None:
        return False  # (no "or", "versus" or weighing word: nothing offered; the common case, read cheaply)
    refs = list(named)
    last: list[tuple[int, int, bool]] = []
    for sentence in reversed(list(_SENTENCE.finditer(text))):  # the last sentence naming the option, from the end
        a, b = sentence.span()
        cands = [(a + m.start, a + m.end, m.concept in own) for m in vocabulary().mentions(low[a:b])
                 if category_of(m)] + [r for r in refs if a <= r[0] < b]
        if any(mine for _, _, mine in cands):
            last = sorted(cands)
            break
    if not last:
        return False
    pairs = [(x, y) for x, y in zip(last, last[1:]) if x[2] != y[2] and x[1] <= y[0]
             and (_JOINED_ALTERNATIVES.match(low[x[1]:y[0]]) is not None
                  or _JOINED_WEIGHED.match(low[x[1]:y[0]]) is not None
                  and _WEIGHING.search(low, max(0, x[0] - 40), x[0]) is not None)
             and _DENIED.isdisjoint(_TOKEN.findall(low[max(0, x[0] - 30):x[0]])[-3:])
             and _left_open(low, y, last)]
    return any(all(not c[2] or c in (x, y) or c[0] < max(x[0], y[0]) < c[1] or x[0] <= c[0] < y[1]
                   for c in last) for x, y in pairs)


__all__ = ["narrowed_target", "narrowing_agrees", "offered_beside", "qualifier_contradicted"]
