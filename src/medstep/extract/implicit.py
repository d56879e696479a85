"""Implicit yes/no: a closed question answered by stating the finding, without the words yes or no.

"Is there a pneumothorax?" is often answered "No pneumothorax is seen." or
"There is a small right pneumothorax."; "心脏是否增大？" with "心脏增大。".
This reader runs only after every explicit rule found nothing (rule
``implicit_yes_no``), and it is built to refuse far more often than it reads,
because a wrong yes/no costs more than an unparsed one:

* Only simple questions: presence ("Is there X?", "Are there any X?", "Is X
  seen/present/visible?", "Does the image show X?", 图中有X吗, 是否有X) and
  one-word properties of a named subject ("Is the heart enlarged?", "Are the
  lungs clear?", 心脏是否增大). Questions with "or", negations ("Is there no
  X?"), comparisons or several subjects are left alone.
* The answer must name the question's own term: every content word of it,
  location and side included (plural and case may differ). "No hepatic
  mass" does not answer "Is there a mass in the liver?", "No effusion on the
  right" does not answer "Is there an effusion?", "No pericardial effusion"
  does not answer it either: a negation counts only when nothing narrower
  than the question's term sits in its scope.
* Any hedge ("possible", "may", "likely", "cannot exclude", "suggest",
  "mimicking", a question mark, 可能, 疑似, 不除外 ...) in a sentence naming
  the term, a negation whose scope is not clearly the term ("no change in
  the pneumothorax"), or the term both affirmed and denied: no reading.
* A report qualifier inside a denial ("No acute / significant / definite X", ``hedges.DENIAL_QUALIFIERS``)
  still denies X, unless the answer goes on to state what it left out ("Old healed fracture ...", "only a
  trace"); a hedge word the question itself asks ("Is there an old infarct?") is no hedge.
* Only short answers (:data:`MAX_CHARS`): a long reasoning chain mentions the
  finding while it thinks ("if there were a pneumothorax ...").

The verdict is given in the answer's language (yes/no or 是/否, defined in
:mod:`medstep.answers`); grading compares meanings. The English cue words live
in :mod:`medstep.extract.implicit_words`, and only there; the hedge and negation words come from
:mod:`medstep.answers.hedges` and :mod:`medstep.answers.negation` (with :func:`medstep.extract.refusal.is_hedge`,
shared with the option reader). The Chinese and Spanish readers
live in :mod:`medstep.extract.implicit_langs`.
"""

from __future__ import annotations

import re
from typing import Callable

from medstep.answers import NO, YES, ZH_NO, ZH_YES
from medstep.answers.wordforms import han_heads
from medstep.answers import hedges, negation
from medstep.answers.concepts import MentionKind, vocabulary
from medstep.extract import first_person, fragments, inferred, leaned_cause, lobe_parts
from medstep.extract.anaphor import other_antecedent, resolve
from medstep.extract.clauses import set_aside_for_another
from medstep.extract.commit import CONCLUDING_LABEL
from medstep.extract.foreign_terms import foreign_terms, read_foreign
from medstep.extract.implicit_cues import (  # token tests of a denial or an affirmation; private names here
    affirmed as _affirmed, grading as _grading, place_denies as _place_denies, negated_after as _negated_after,
    negated_before as _negated_before, negation_scope_ok as _negation_scope_ok,
)
from medstep.extract.implicit_europe import read_european
from medstep.extract.sized_langs import read_sized, read_sized_english
from medstep.extract.implicit_langs import mask_names, read_chinese, zh_normal_opening, zh_organ_compound, zh_question
from medstep.extract.implicit_property import abnormal_named, property_stance
from medstep.extract.langwords import foreign_negation
from medstep.extract.implicit_words import (  # the cue words; private names here for brevity
    AFTER_TERM as _AFTER_TERM, ANATOMIC_EITHER as _ANATOMIC_EITHER, COMPARED_NOW as _COMPARED_NOW,
    EARLIER as _EARLIER, NEAR_NONE as _NEAR_NONE, ADVICE as _ADVICE, AGE as _AGE, EXPECTED_PLACE as _EXPECTED_PLACE, ORGAN_PARTS as _ORGAN_PARTS, POSITION as _POSITION, CHANGE_CONCESSION as _CHANGE_CONCESSION, DESCRIPTOR as _DESCRIPTOR, COMMITTING as _COMMITTING, seeming_look as _seeming_look,
    DENIED_LINK, BESIDE as _BESIDE, OFF_PLACE as _OFF_PLACE, HEDGES, RESERVED_SAID, RESERVE_CLAUSE, LATERAL as _LATERAL, NEGATION as _NEGATION, STOP as _STOP, TEMPORAL, mask_denied_leans,
)
from medstep.extract.implicit_terms import Question, key_word, matches, parse_question, question_term, tokens, window
from medstep.extract.refusal import is_hedge, is_refusal
from medstep.extract.stance import Stance
from medstep.answers.text import HAN
from medstep.lazyre import lazy_compile

RULE = "implicit_yes_no"
# A statement of a finding is a sentence or two; longer text is reasoning, which mentions findings while it thinks.
MAX_CHARS = 400


def _english_stance(clause: str, q: Question, whole: bool = False) -> Stance | None:
    toks = tokens(clause)
    span = window(toks, q.words)
    if span is None:
        return None
    lo, hi = span
    if _set_aside(toks, lo, q):
        return Stance.UNCLEAR  # "a simple cyst rather than a solid lesion": the candidate put aside is no sighting
    if q.prop is not None:
        return property_stance(toks, lo, hi, q.prop)
    if _place_denies(toks, lo, hi, q):  # the place described at length first: "The mass is of ... without X."
        return Stance.NO
    if hi - lo > len(q.words) + 6 and _spread(toks[lo:hi + 1]) > len(q.words) + 1:
        return Stance.UNCLEAR  # the term's words scattered over the clause (but for one verb and a place in the organ)
    if hi > lo and (_BESIDE.search(" ".join(toks[lo:hi + 1])) or _OFF_PLACE.search(" ".join(toks[lo:hi + 1]))):
        return Stance.UNCLEAR  # "a lesion adjacent to the liver" is no lesion in the liver
    if _placed_first(toks, lo, hi, q):
        return Stance.UNCLEAR  # "A mass in the left adrenal displaces the kidney.": the finding is the adrenal's
    joined = " ".join(toks[lo:hi + 1]).partition(" with ")[2]  # "Rupture of the MCL with an intact ACL.": no ACL tear
    if joined and any(m.kind is MentionKind.NORMAL for m in vocabulary().mentions(joined)):
        return Stance.UNCLEAR  # the later term word called normal (states.tsv's normal words) after "with"
    asked_sides = _LATERAL.intersection(q.words)
    if asked_sides and not _LATERAL.intersection(toks) <= asked_sides:
        return Stance.UNCLEAR  # "an opacity in the left lung and the right lung ..." for the right lung
    if hi + 1 < len(toks) and toks[hi + 1] not in _AFTER_TERM and not _part_of_place(toks, hi, q):
        return Stance.UNCLEAR  # a compound noun: "mass effect" is not a mass, "fracture line" is not asked
    if _negated_after(toks, lo, hi):  # its own shape leaves nothing else in the clause
        return Stance.NO if _negation_scope_ok(toks[:hi + 1], lo, hi, q.words) else Stance.UNCLEAR
    if _negated_before(toks, lo):
        return Stance.NO if _negation_scope_ok(toks, lo, hi, q.words) else Stance.UNCLEAR
    # a negation after a "with" after the term is what the "with" adds: "A pleural line ... with absent lung markings"
    cut = next((i for i in range(hi + 1, len(toks)) if toks[i] == "with"), len(toks))
    if any(t in _NEGATION and (t != "free" or toks[i + 1:i + 2] == ["of"]) or negation.contracted(t)  # "free fluid"
           for i, t in enumerate(toks[:cut])):
        return Stance.UNCLEAR
    if not _affirmed(toks, lo, hi) and not (whole and fragments.is_fragment(toks)):
        return None
    if q.pair and ({"both", "bilateral", "bilaterally", "two"}.isdisjoint(toks) or "only" in toks):
        return Stance.UNCLEAR  # "Only the right kidney is seen." to "Are both kidneys present?"
    return Stance.YES


def _set_aside(toks: list[str], lo: int, q: Question) -> bool:
    """Whether the asked term (or its asked property) stands in the noun phrase of a candidate set aside for another
    ("rather than a solid lesion", "instead of a pneumothorax"; ``extract/clauses.py``)."""
    at = [lo] + ([i for i, t in enumerate(toks) if matches(t, q.prop)] if q.prop is not None else [])
    return any(set_aside_for_another(" ".join(toks[:i]) + " ") for i in at)


_IN_PLACE = frozenset({"in", "within", "at", "inside", "from"})


def _placed_first(toks: list[str], lo: int, hi: int, q: Question) -> bool:
    """Whether, between the finding's head and the asked place's word, the finding is put in another place first: "in"
    followed (articles, sides and position words aside) by a word that is neither the asked place nor a part of one."""
    if q.head is None or not matches(toks[lo], q.head):
        return False
    place = [w for w in q.words if w != q.head]
    for i in range(lo + 1, hi):
        if toks[i] not in _IN_PLACE:
            continue
        nxt = next((t for t in toks[i + 1:hi + 1] if t not in _STOP and t not in _LATERAL and t not in _POSITION), None)
        if nxt is not None and nxt not in _ORGAN_PARTS and not any(matches(nxt, w) for w in place):
            return True
        return False
    return False


_CONCLUDED = lazy_compile(r"(?i)" + CONCLUDING_LABEL)
# What sets off a closing name after a description: "...: a corneal ulcer.", "... — adenoid hypertrophy.", "; i.e. X".
_NAMING_BREAK = lazy_compile(r"(?:[:—–;]|\s-|\bi\.?e\.?,?)\s*$")


def _naming_tail(sentence: str, parts: list[str]) -> bool:
    """Whether the sentence's last clause names what the clauses before it describe: it follows a colon, a dash or
    "i.e." ("There is an epithelial defect that stains with fluorescein: a corneal ulcer."), and nothing in the
    sentence denies (a label before its colon, "Ulcer: none.", is the other way round: ``fragments.LABELLED``)."""
    if len(parts) < 2:
        return False
    tail = parts[-1].strip()
    at = sentence.rfind(tail)
    if at <= 0 or _NAMING_BREAK.search(sentence[:at]) is None:
        return False
    toks = tokens(sentence)
    if any(t in _NEGATION or negation.contracted(t) for t in toks):
        return False
    # what is named must be described first ("... with a visible pleural line: pneumothorax."), or concluded ("Impression:
    # ..."); a short heading names no description ("Candidates: pneumothorax.", "Differential: ...")
    head = tokens(sentence[:at])
    return len(head) >= 4 or _CONCLUDED.fullmatch(" ".join(head)) is not None


def _spread(span: list[str]) -> int:
    """How many words of ``span`` say more than where in an organ ("the upper pole of the left")."""
    return sum(t not in _STOP and t not in _LATERAL and t not in _ORGAN_PARTS and t not in _POSITION for t in span)


def _part_of_place(toks: list[str], hi: int, q: Question) -> bool:
    """Whether the term's last word is its place, named with a part of it after it: "a lesion in the right hepatic
    lobe" to "Is there a liver lesion?", "along the bladder wall" to "... a bladder mass?" (not the finding's head: "a
    stone segment" is no stone)."""
    return toks[hi + 1] in _ORGAN_PARTS and q.head is not None and not matches(toks[hi], q.head)


def _elliptic(text: str, q: Question) -> str | None:
    """A whole reply that is only the property ("Enlarged." / "Not enlarged.")."""
    toks = tokens(text)
    if q.prop is None or len(text) > 30:
        return None
    if toks == [q.prop]:
        return YES
    if toks == ["not", q.prop]:
        return NO
    return None


def reserved(sentence: str, words: tuple[str, ...] | None) -> bool:
    """Whether ``sentence`` holds in reserve (``hedges.RESERVED``) what names ``words``, the asked finding's words: the
    reserve counts in the clause naming them only ("A pneumothorax is present; tension must be ruled out"), in the whole
    sentence when no clause names them (a synonym) or no words are given. Without the words (``None``: a reader that
    does not say what it reads) only a sentence of one clause is held in reserve: in more, the reserve may be another
    thing's ("The aorta is aneurysmal, and rupture must be ruled out.")."""
    if RESERVED_SAID.search(sentence) is None:
        return False
    clauses = [c for c in RESERVE_CLAUSE.split(sentence) if c.strip(" \t\n.,;:!*_")]
    if words is None:
        return len(clauses) <= 1
    named = [c for c in clauses if any(matches(t, w) for t in tokens(c) for w in words)]
    return not named or any(RESERVED_SAID.search(c) is not None for c in named)


def hedged(sentence: str, temporal: bool = True, allowed: frozenset[str] = frozenset(),
           words: tuple[str, ...] | None = None) -> bool:
    """Whether ``sentence`` hedges or asks (``temporal``: past findings count as hedges too; ``allowed``:
    words of HEDGES the caller accepts; ``words``: the asked finding's, to read a candidate held in reserve in the
    clause naming it, :func:`reserved`)."""
    cues = (HEDGES if temporal else HEDGES - TEMPORAL) - allowed
    sentence = _COMMITTING.sub(" ", sentence)  # "I would say there is no X" commits; its "would" is no hedge
    sentence = _DESCRIPTOR.sub(" ", sentence)  # "a well-defined lytic lesion": a margin, not a definition
    sentence = _seeming_look(sentence)  # "the hemidiaphragms look flat": seen, not searched for
    sentence = _ADVICE.sub(" ", _AGE.sub(" ", sentence))  # advice ("should be withdrawn"), an age ("85-year-old")
    sentence = _EXPECTED_PLACE.sub(" ", sentence)  # "an IUD in expected position": a place, nothing wanted
    sentence = _CHANGE_CONCESSION.sub(" ", sentence)  # "still present, although smaller than before": no doubt
    sentence = mask_denied_leans(sentence)  # "no mass or suspicious calcification": the denial takes the adjective
    if words:  # "Left lower lobe consolidation, likely pneumonia.": the lean is of its cause (extract/leaned_cause.py)
        sentence = leaned_cause.set_aside(sentence, words)
    if "?" in sentence or is_hedge(_ANATOMIC_EITHER.sub("", sentence)) or _NEAR_NONE.search(sentence) is not None \
            or reserved(sentence, words):  # "An abscess is still on the table.": kept in mind
        return True
    if temporal and _EARLIER.search(sentence) is not None and _COMPARED_NOW.search(sentence) is None:
        return True  # "A pneumothorax was seen on the study from last week.", "Cardiomegaly was noted on the 2019 film."
    toks = tokens(sentence)
    if cues.isdisjoint(toks):
        return False
    # "no significant effusion", "no definite fracture": a qualifier inside a denial is report language, no hedge
    return any(t in cues and not (t in _QUALIFIERS and _negated_before(toks, i)) and not _grading(toks, i, words)
               for i, t in enumerate(toks))


_QUALIFIERS = frozenset(hedges.DENIAL_WORDS)
# What a qualified denial leaves out, stated: "only a trace", "a small amount of blood", "minimal fluid".
_ONLY = lazy_compile(r"(?i)\b(?:only|trace|small|minimal|mild|tiny|subtle|slight|little)\b")


# What "no focal X" leaves out, stated: a diffuse or widespread X ("No focal consolidation; diffuse airspace disease.",
# "No focal liver lesion; the liver is diffusely infiltrated.").
_SPREAD = lazy_compile(r"(?i)\b(?:diffuse|diffusely|widespread|generali[sz]ed|multifocal|extensive|throughout|"
                       r"infiltrat(?:ed|ing|ive|ion))\b")


def focal_spread(text: str) -> bool:
    """Whether a denial qualified by "focal" (``hedges.DESCRIBING_QUALIFIERS``) stands beside a spread stated."""
    return _SPREAD.search(text) is not None and any(
        t == "focal" and _negated_before(toks, i) for toks in map(tokens, sentences(text)) for i, t in enumerate(toks))


def qualified_denial_undercut(text: str, asked: frozenset[str] = frozenset(), key: str | None = None) -> bool:
    """Whether a denial qualified by report words (``hedges.DENIAL_QUALIFIERS``) is followed by what it left out:
    "No significant effusion, only a trace of fluid.", "No significant hemorrhage. Small amount of blood in the
    sulci.", "No acute fracture apart from ...": then it is no denial. Cautious: any small thing stated will do,
    unless the caller names the asked findings (``asked``, vocabulary keys, and its ``key`` word) and every small
    thing is another finding, unrelated to them ("No acute haemorrhage. Small old lacunar infarct.")."""
    if _EXCEPTED.search(text) is None and _ONLY.search(text) is None and not focal_spread(text):
        return False
    if asked and _elsewhere(text, asked, key):
        return False
    for sentence in sentences(text):
        toks = tokens(sentence)
        if any(t in _QUALIFIERS and _negated_before(toks, i) for i, t in enumerate(toks)):
            return True
    return False


def _elsewhere(text: str, asked: frozenset[str], key: str | None) -> bool:
    """Whether each clause stating a small or excepted thing names a finding of the vocabulary, none of them the asked
    one or its kin (``Concept.relatives``), and not the asked key word; never in the denial's own sentence."""
    concepts = vocabulary().concepts
    kin = set(asked).union(*(concepts[c].relatives for c in asked if c in concepts))
    for sentence in sentences(text):
        toks = tokens(sentence)
        if any(t in _QUALIFIERS and _negated_before(toks, i) for i, t in enumerate(toks)) and (
                _EXCEPTED.search(sentence) is not None or _ONLY.search(sentence) is not None
                or focal_spread(text) and _SPREAD.search(sentence) is not None):
            return False  # "No true mass, but a small nodule ...": the denial's own sentence sets off what it left out
        for clause in clauses(sentence):
            if _EXCEPTED.search(clause) is None and _ONLY.search(clause) is None and not (
                    focal_spread(text) and _SPREAD.search(clause) is not None):
                continue
            named = {m.concept for m in vocabulary().mentions(clause) if m.kind is MentionKind.CONCEPT and m.concept}
            found = {c for c in named if c in concepts and concepts[c].category == "finding"}
            if not found or not kin.isdisjoint(named) or key is not None and any(matches(t, key) for t in tokens(clause)):
                return False
    return True


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


# A judgement pointing back after a dash or semicolon: "The tip lies in the fundus — that's an appropriate position."
_POINTED = lazy_compile(r"(?i)(?<![ \t])[ \t]*[—–;][ \t]*(?=(?:that|this)(?:['’]s|\s+is)\s)")


def pointed_apart(text: str, about_asked: Callable[[str], bool]) -> str:
    """``text`` with each judgement pointing back (``_POINTED``) made a sentence of its own when ``about_asked`` holds
    of the clause before it (its last 300 characters): the pronoun then stands for the asked subject, which a reader
    checks of that clause, not of "that" ("The NG tube lies in the stomach; that is an appropriate position." says
    nothing of a PICC)."""
    def apart(m: re.Match[str]) -> str:
        low = max(0, m.start() - 300)
        start = max(low - 1, *(text.rfind(c, low, m.start()) for c in ".!?\n;—–")) + 1
        return ". " if about_asked(text[start:m.start()]) else m.group(0)
    return _POINTED.sub(apart, text)


def clauses(sentence: str) -> list[str]:
    return [c for c in re.split(r"[,;:()—–]|\s-\s|\b(?:but|however|whereas|while|though)\b|\band(?=\s+there\s+(?:is|are)\b)",
                                sentence, flags=re.I) if c.strip()]  # "... and there is ..." opens a clause of its own


# A clause opening on an identifying link ("..., consistent with lymphadenopathy", ``hedges.IDENTIFYING``): it names
# what the clause before it describes, so the two are one statement of the asked term ("Bilateral hilar enlargement,
# consistent with lymphadenopathy." to "Is there hilar lymphadenopathy?", b55-0266).
_LINK_OPENING = lazy_compile(r"(?i)^\s*(?:" + hedges.alternation(hedges.IDENTIFYING) + r")\b")


def _linked(parts: list[str]) -> list[str]:
    """``parts`` with each clause opening on an identifying link joined to an undenied clause before it."""
    out: list[str] = []
    for part in parts:
        if out and _LINK_OPENING.match(part) is not None \
                and not any(t in _NEGATION or negation.contracted(t) for t in tokens(out[-1])):
            out[-1] = f"{out[-1]} {part.strip()}"
        else:
            out.append(part)
    return out


def _english(text: str, q: Question) -> str | None:
    short = _elliptic(text, q)
    if short is not None:
        return short
    named_alone = q.prop is None and not fragments.organ_only(q.words)
    stances: set[Stance] = set()
    key = key_word(q)
    qualified = False  # a denial qualified by report words (then every other mention of the term must deny it)
    others: list[str] = []  # the clauses that deny nothing
    asked_words = HEDGES.intersection(q.words)
    from medstep.extract.acuity import ACUTE, OLD  # (acuity.py reads statements with this module)
    if not set(ACUTE).isdisjoint(q.words):  # "Old healed rib fracture; no acute fracture." to "an acute fracture?":
        asked_words |= HEDGES.intersection(OLD)  # the other age names another finding, it doubts nothing
    for sentence in sentences(text):
        parts = _linked(clauses(sentence))
        # a finding named alone is a statement only as a whole sentence, never a label ("Ascites: none.")
        whole = named_alone and len(parts) == 1 and not fragments.LABELLED.search(sentence)
        named_tail = named_alone and _naming_tail(sentence, parts)
        read = [(c, _english_stance(c, q, whole or (named_tail and i == len(parts) - 1))) for i, c in enumerate(parts)]
        # "The disc is normal; the right disc is swollen.": a normal subject read against the asked state
        # (implicit_property._normal_against) only where the reply calls nothing abnormal
        read = [(c, None if s is Stance.NO and q.prop is not None and not any(
            matches(t, q.prop) for t in tokens(c)) and abnormal_named(text, q.prop, c) else s) for c, s in read]
        for c, s in read:
            if s is Stance.NO:
                # a qualifier the question asks is its term's ("no acute fracture" to "Is there an acute fracture?")
                qualified = qualified or not (_QUALIFIERS - set(q.words)).isdisjoint(tokens(c))
            else:
                others.append(c)
        named = [s for _, s in read if s is not None]
        if not named and not (q.prop is not None and q.prop in tokens(sentence)):
            continue
        if hedged(sentence, allowed=asked_words, words=q.words):  # "an old infarct" to "Is there an old infarct?" is no hedge
            return None
        if q.prop is not None and Stance.YES in named and _EXCEPTED.search(sentence):
            return None  # "Apart from a small cyst, the liver is normal."
        stances.update(named)
    loose = qualified and any(matches(t, key) for c in others for t in tokens(c))  # only then: it costs
    if qualified and (loose or qualified_denial_undercut(text, _asked_findings(q), key)):
        return None  # "No acute rib fracture. Old healed fracture of the left 7th rib.": the qualifier meant it
    if not stances and q.head is not None:
        sides = _LATERAL.intersection(q.words)  # "The right kidney has no stones." to "... in the left kidney?"
        other = any(not _LATERAL.intersection(tokens(c)) <= sides for c in clauses(text)) if sides else False
        return None if other else _broader_denied(text, q.head, _LATER_KINDS.isdisjoint(q.words), q.words)
    if len(stances) != 1 or Stance.UNCLEAR in stances:
        return None
    return YES if Stance.YES in stances else NO


# Kinds of a finding that "no acute X" leaves open: "No acute infarct." does not answer "Is there an old infarct?".
_LATER_KINDS = TEMPORAL | {"chronic", "remote", "subacute"}


def _broader_denied(text: str, head: str, acute_denies: bool = True, asked: tuple[str, ...] = ()) -> str | None:
    """"No effusion." to "Is there a pleural effusion?": denying the bare noun denies every kind of it, so the
    answer is no. Only a denial (stating "an effusion" does not say which kind), only the bare noun (nothing
    but fillers between the negation and it, nothing narrower after it), never beside an undenied mention, and
    not "no acute X" when the question asks an old kind (``acute_denies`` false). The noun may keep some of the
    question's own words (``asked``): "No left effusion." denies "a left basal effusion", never the other way round
    (a word the question lacks is narrower), and never when the question's term is itself a negation ("a
    non-displaced fracture" is not denied by "no displaced fracture")."""
    kept = () if _NEGATED_TERM.intersection(asked) else asked
    denied = False
    for sentence in sentences(text):
        for clause in clauses(sentence):
            toks = tokens(clause)
            if kept:  # "no left-sided effusion" is "no left effusion"
                toks = [t for k, t in enumerate(toks) if t != "sided" or k == 0 or toks[k - 1] not in _LATERAL]
            for i, t in enumerate(toks):
                if not matches(t, head):
                    continue
                lo, hi = _asked_around(toks, i, kept)
                if hedged(sentence) or _EXCEPTED.search(sentence) is not None \
                        or not (_negated_before(toks, lo) and _negation_scope_ok(toks, lo, hi, (head, *kept))) \
                        or not acute_denies and "acute" in toks[max(0, i - 4):i]:
                    return None  # "Apart from the hemorrhage, there is no abnormality.": one is named
                denied = True
    return NO if denied else None


def _asked_findings(q: Question) -> frozenset[str]:
    """The vocabulary's findings the question's term names ("intracranial_hemorrhage"), none for an organ alone."""
    concepts = vocabulary().concepts
    return frozenset(m.concept for m in vocabulary().mentions(" ".join(q.words)) if m.kind is MentionKind.CONCEPT
                     and m.concept in concepts and concepts[m.concept].category == "finding")


# Words that make a question's term a negation of another ("a non-displaced fracture", "no-reflow").
_NEGATED_TERM = _NEGATION | {"non", "un"}


def _asked_around(toks: list[str], i: int, asked: tuple[str, ...]) -> tuple[int, int]:
    """The span of the denied noun at ``i`` widened over the question's own words next to it: before it ("left" of
    "no left effusion"), and after it up to the last one ("on the left" of "no effusion on
    the left")."""
    def own(t: str) -> bool:
        return any(matches(t, w) for w in asked)
    lo = i
    while lo >= 1 and own(toks[lo - 1]):
        lo -= 1
    hi = i
    for j in range(i + 1, len(toks)):
        if own(toks[j]):
            hi = j
        elif toks[j] not in _STOP:
            break
    return lo, hi


def read_implicit(text: str, question: str) -> str | None:
    """yes/no (是/否 for a Chinese statement) when a short answer states the asked finding plainly, else ``None``."""
    text = text.strip().strip("*_").strip()
    if not text or len(text) > MAX_CHARS or is_refusal(text):
        return None
    if HAN.search(question):
        zq = zh_question(mask_names(question))  # "肺不张" is a finding, its 不 no negation
        if zq is None or not HAN.search(text):
            return None
        said = read_chinese(han_heads(mask_names(text)), zq)
        split = zh_organ_compound(zq) if said is None else None
        # "左肾下极可见一枚结石" to 是否有肾结石？: the finding seen in its organ named apart; only a sighting counts (a
        # denial in one organ's part or side, "左肾未见结石", says nothing of the other)
        return ZH_YES if split is not None and read_chinese(han_heads(mask_names(text)), split) == ZH_YES else said
    q = parse_question(question)
    if q is not None and q.prop in ("normal", "abnormal") and HAN.search(text) \
            and (normal := zh_normal_opening(text)) is not None:  # "Is the diaphragm normal?" - "不正常，右侧膈肌抬高。"
        return ZH_YES if normal == (q.prop == "normal") else ZH_NO
    if q is None or HAN.search(text):  # a question in another European language: its own cue words
        # a finding's term (``extract/implicit_europe.py``), else an organ's size (``extract/sized_langs.py``)
        return (read_european(text, question) or read_sized(text, question)) if q is None else None
    verdict = _english(DENIED_LINK.sub("no ", text), q)  # "nothing to suggest a mass" denies the mass
    if verdict is None and q.prop is not None and (named := resolve(text, question, q.words, q.prop)) is not None:
        verdict = _english(named, q)  # "The lobes measure 4.5 cm, so it is not enlarged." (extract/anaphor.py)
    if verdict is None and q.prop is not None and (said := first_person.plain(text)) is not None:
        # "..., so I'd call it elevated." states "so it is elevated" (extract/first_person.py)
        named = resolve(said, question, q.words, q.prop)
        verdict = _english(DENIED_LINK.sub("no ", said), q) or (_english(named, q) if named is not None else None)
        if verdict is None and (last := first_person.concluding(text)) is not None and not other_antecedent(
                last[0], q.words) and (named := resolve(last[1], question, q.words, q.prop)) is not None:
            verdict = _english(named, q)  # "The band is faint; on balance I'd call this negative."
    if verdict is None and q.prop is None and (ends := inferred.concluded(text, question)) is not None:
        verdict = _english(ends, q)  # "..., suggesting an anterior pneumothorax." (extract/inferred.py)
    if verdict is None and "lung" in q.words and _LOBE.search(text) is not None:
        # "a mass in the left upper lobe" is a mass in the (left) lung; a lobe denied says nothing of the lung
        verdict = YES if _english(_LOBE.sub("lung", text), q) == YES else None
    if verdict is None and q.prop is None and (lobed := lobe_parts.as_lobe(text, question)) is not None:
        verdict = YES if _english(lobed, q) == YES else None  # "Retrocardiac opacity." (extract/lobe_parts.py)
    if foreign_negation(text) or (verdict is None and (not text.isascii() or foreign_terms(text, question))):
        term = question_term(question)
        if term is None or term.prop is not None:  # "Kein Pneumothorax.", "No hay ascitis." (extract/foreign_terms.py)
            # "El hígado tiene un tamaño normal." to "Is the liver enlarged?" (extract/sized_langs.py)
            return read_sized_english(text, question) if term is not None else None
        return read_european(text, question, term.phrase.lower()) or read_foreign(text, question)
    return verdict


# A lung's lobe, not another organ's ("the upper lobe of the thyroid", "the lower lobe of the left kidney",
# "the right upper lobe bronchus" is an airway).
_LOBE = lazy_compile(r"(?i)(?<!hepatic\s)(?<!thyroid\s)(?<!renal\s)\b(?:(?:upper|middle|lower)\s+lobe|lingula)\b"
                     r"(?!\s+(?:of\b|bronch))")
# An exception beside a denial: the denial leaves out what it excepts (``answers/hedges.py``).
_EXCEPTED = lazy_compile("(?i)" + hedges.words(hedges.QUALIFICATION))


__all__ = ["MAX_CHARS", "RULE", "clauses", "hedged", "pointed_apart",
           "qualified_denial_undercut", "focal_spread", "read_implicit", "sentences"]
