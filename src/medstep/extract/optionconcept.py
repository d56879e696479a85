"""An option named only in other words: "The heart is enlarged." for "Cardiomegaly" (rule ``option_concept``).

A last-resort choice reader built on the closed-question reader of :mod:`medstep.extract.findings`: each
option's text is mapped onto one concept of the shared clinical vocabulary (with its side), the short answer's
statements are read with the same clause, negation and hedge rules as a yes/no answer, and an option is read
only when the answer states its concept and no other option's. Kept apart from the yes/no reader because it
answers another question (which option, not whether) and because ``names_another`` also guards the
``option_text`` rule against an answer that names one option while stating another's finding.

:func:`read_concept` reads the same in the decision sentence of a long output ("... Therefore, the most likely
diagnosis is PTX."), where the whole output names every option somewhere.
"""

from __future__ import annotations

import re
from functools import lru_cache

from medstep.answers import hedges, negation, option_key
from medstep.answers.text import normalize_text
from medstep.answers.concepts import MentionKind, normalize, vocabulary
from medstep.extract import foils, implicit, langwords, option_narrowed
from medstep.answers.text import HAN
from medstep.extract.concept_question import OPTION_FRAME, category_of, residual_words, side_of
from medstep.extract.findings import Event, clause_split, statements
from medstep.extract.mentions import CONFLICT, OptionIndex
from medstep.extract.normality import normal_option
from medstep.extract.optwords import same_form
from medstep.extract.decision_clauses import POINTS_AWAY, SET_AGAINST_PHRASE, kept_clauses
from medstep.extract.refusal import is_refusal
from medstep.extract.split import first_line, last_phrase
from medstep.lazyre import lazy_compile

OPTION_RULE = "option_concept"
OPTION_MAX_CHARS = 300
# "Likely" and "consistent with" are how a model commits to one of several options; other hedges still decline.
# Advice about a device ("recommend repositioning") is no hedge of which option was found.
_COMMITTING = frozenset({"likely", "probably", "probable"}) | frozenset(hedges.INTENT)


@lru_cache(maxsize=4096)
def _option_target(text: str) -> tuple[str, str | None] | None:
    """The one finding or device an option's text names (with its side), when the vocabulary covers the text.
    ``text`` is the option's own text ("Graves disease", "Crohn's disease", "Stanford type A dissection"); its
    normalised form (punctuation and articles dropped: "Kerley A lines" -> "kerley lines") is tried after it. An option
    key would not do: its words are folded singular ("grave disease") and a lone letter dropped ("stanford type")."""
    found = _target_of_words(text)
    if found is None:
        plain = normalize_text(text)
        found = _target_of_words(plain) if plain != text.lower() else None
    return found


# (public: ``extract/zh_choice.py`` maps the options the same way)
option_target = _option_target


def _target_of_words(text: str) -> tuple[str, str | None] | None:
    low = normalize(text)
    ms = vocabulary().mentions(low)
    claims = [m for m in ms if category_of(m) in ("finding", "device")]
    # "Mobitz I (Wenckebach)", "Torus (buckle) fracture": one concept named twice is that concept
    if len({m.concept for m in claims}) != 1 or residual_words(low, [(m.start, m.end) for m in ms], OPTION_FRAME):
        return None
    return claims[0].concept, side_of(low)


_BARE_NAME_WORDS = 4
_DIFFERENTIAL = lazy_compile("(?i)" + hedges.words(hedges.DIFFERENTIAL))
# A sentence that gives what was seen a name: "These are the findings of rheumatoid arthritis.", "typical of X".
_FINDINGS_OF = lazy_compile(r"(?i)\b(?:(?:findings|features|appearances?|picture|pattern)\s+(?:\w+\s+){0,2}of|"
                            r"(?:typical|characteristic|diagnostic|pathognomonic|classic)\s+(?:\w+\s+)?(?:of|for))\b")
_AWAY = lazy_compile("(?i)" + POINTS_AWAY)
# "Likely" commits; likelihood lowered does not: "Less likely rubeola.", "least probable", "not likely".
_LOWERED = lazy_compile("(?i)" + hedges.lowered() + "|" + langwords.LOWERED)
# A sentence about what a kind of lesion does in general, or would do: it states nothing of this image.
_GENERAL = lazy_compile(r"(?i)\b(?:typically|usually|classically|would)\b")


def _stated(text: str) -> set[tuple[str, str | None]] | None:
    """(concept, side) of every finding a short text states without hedging; ``None`` when it cannot tell."""
    stated: set[tuple[str, str | None]] = set()
    for sentence in implicit.sentences(text):
        if _GENERAL.search(sentence):
            continue  # "Adenomas and metastases are typically hypointense on this phase.": about kinds, not this image
        if _AWAY.search(sentence) or _LOWERED.search(sentence):
            return None  # "Features point away from LAM.", "Less likely rubeola.": turned from, not stated
        events: list[Event] = []
        for clause in clause_split(sentence):
            found = statements(clause)
            if found is None:
                return None
            events += found
        claims = [(e.key, e.side) for e in events if not e.negated and not e.normal]
        if claims and implicit.hedged(sentence, temporal=True, allowed=_COMMITTING):
            return None
        stated.update(claims)
    return stated


# A sentence that opens with a name and gives its reasons after a dash or colon: "Tetralogy of Fallot — the upturned
# apex ...".
_NAME_THEN_REASONS = lazy_compile(r"\A[\s*_#>]*(.+?)\s*(?:[—–:]|\s-\s)")


def _leads_with(sentence: str, option: str) -> bool:
    """Whether ``sentence`` opens with the option's text and gives its reasons after a dash or colon: the name
    is the decision, said first ("Tetralogy of Fallot — the upturned apex … (TGA → 'egg on a string')")."""
    m = _NAME_THEN_REASONS.match(sentence)
    return m is not None and option_key(m.group(1)) == option_key(option)


def _says(sentence: str, key: str) -> bool:
    """Whether ``sentence`` holds the option key ``key`` (both folded alike: "Graves' disease" holds "grave disease")."""
    return f" {key} " in f" {option_key(sentence)} "


def _ancestors(concept: str) -> frozenset[str]:
    return frozenset(vocabulary().concepts[concept].ancestors)


def _chosen(stated: set[tuple[str, str | None]], target: tuple[str, str | None]) -> tuple[bool, bool]:
    """Whether ``stated`` holds the target's finding (or a narrower one) on its side, and whether it touches
    the finding at all (any side, or a broader one)."""
    concepts = vocabulary().concepts
    concept, side = target
    family = {concept} | concepts[concept].descendants
    touched = chosen = False
    for key, stated_side in stated:
        if key in family or key in concepts[concept].ancestors:
            # (a finding stated on the other side only touches no sided option: "right upper lobe collapse" is not
            # "Left lower lobe atelectasis")
            touched = touched or side is None or stated_side in (side, "all", None)
            chosen = chosen or (key in family and (side is None or stated_side in (side, "all")))
    return chosen, touched


def names_another(text: str, keys: dict[str, str], letter: str) -> bool:
    """Whether a short text that names option ``letter`` also states another option's finding in other words
    ("Pleural effusion on the right and cardiomegaly." names B and C): then it chose neither."""
    if len(text) > OPTION_MAX_CHARS or HAN.search(text):
        return False
    targets = {k: _option_target(key) for k, key in keys.items()}
    if _DIFFERENTIAL.search(text) is not None and _lists_another(text, keys, targets, letter):
        return True
    mapped = [t for t in targets.values() if t is not None]
    if targets.get(letter) is None or len(set(mapped)) != len(mapped):
        return False  # options the vocabulary cannot tell apart ("inguinal hernia", "hiatal hernia": both hernia)
    # A sentence that names the option as its decision is read alone: a description in another sentence is the
    # evidence it was chosen on ("Joint space narrowing and osteophytes. These are the findings of rheumatoid
    # arthritis.") or a definition of the others ("... this is Ebstein anomaly. TOF shows a boot-shaped heart"), not
    # a second answer. A report naming it among other findings ("Findings: Endotracheal tube tip ...") is read whole.
    key = option_key(keys[letter])
    sentences = implicit.sentences(text)
    others = [v for k, v in keys.items() if k != letter]
    foiled = [i for i in range(1, len(sentences))
              if foils.foil_sentence(sentences[i], others, sentences[i - 1], " ".join(sentences[:i]), keys.values())]
    if foiled:
        # "This is sarcoidosis. Hypersensitivity pneumonitis instead gives mosaic attenuation.": the foil set against
        # the answer is not a second finding stated
        sentences = [s for i, s in enumerate(sentences) if i not in foiled]
        text = " ".join(sentences)
    if len(sentences) > 1 and not _says(sentences[-1], key) and len(sentences[-1].split()) <= _BARE_NAME_WORDS:
        # "… central bronchiectasis in an asthmatic. ABPA.": a closing name is its own decision (read by
        # ``extract/choice_reader.py`` over an option only described on the way), not a second finding stated beside it
        text = " ".join(sentences[:-1])
    deciding = [s for s in implicit.sentences(text) if _says(s, key) and (
        _DECIDES.search(s) is not None or _FINDINGS_OF.search(s) is not None
        or len(s.strip(" .*_")) <= len(keys[letter]) + 12 or _leads_with(s, keys[letter]))]
    if deciding:
        text = " ".join(deciding)
    # "this is cardiomegaly rather than pulmonary edema": an option set against the statement is not stated
    if " over " in text:
        # "These favour NPH over atrophy.", "... make NPH the clear choice over atrophy": the option set below is not
        # stated
        text = _PREFERRED_OVER.sub(r"\1", text)
    stated = _stated(SET_AGAINST_PHRASE.sub(" ", text) if "ather" in text or "nstead" in text or "nlike" in text
                     or "opposed" in text else text)
    if stated is None and _DIFFERENTIAL.search(text) is not None:
        # "Differential includes de Quervain thyroiditis and Graves disease.": a list that names another option by
        # another of its names keeps both open, as one naming both by their texts does
        stated = {(m.concept, None) for m in vocabulary().mentions(normalize(text)) if m.kind is MentionKind.CONCEPT}
    if not stated:
        return False
    own = targets[letter]
    assert own is not None
    concepts = vocabulary().concepts
    mine = {own[0]} | concepts[own[0]].descendants | concepts[own[0]].ancestors
    rest = {(key, side) for key, side in stated if key not in mine}  # what the named option does not explain
    return any(target is not None and other != letter and _chosen(rest, target)[0]
               for other, target in targets.items())


def _lists_another(text: str, keys: dict[str, str], targets: dict[str, tuple[str, str | None] | None],
                   letter: str) -> bool:
    """Whether a differential ("Differential includes de Quervain thyroiditis and Graves disease.") names, beside
    option ``letter``, another option's concept by any of its names: a list of candidates keeps both open, as one
    naming both by their texts does. Only a sentence that lists the option itself counts ("Pleural effusion (B).
    Both pneumothorax and pneumonia remain possible differentials" chose B and lists the rest). Only the other
    option need be in the vocabulary; what ``letter``'s own words name (with broader and narrower concepts) is its
    own."""
    key = option_key(keys[letter])
    listing = [s for s in implicit.sentences(text) if _DIFFERENTIAL.search(s) is not None and _says(s, key)]
    if not listing:
        return False
    concepts = vocabulary().concepts
    own: set[str] = set()
    for m in vocabulary().mentions(normalize(keys[letter])):
        if category_of(m) in ("finding", "device"):
            own |= {m.concept} | concepts[m.concept].ancestors | concepts[m.concept].descendants
    others = {other: {t[0]} | concepts[t[0]].descendants for other, t in targets.items()
              if t is not None and other != letter}
    return any(m.concept not in own and any(m.concept in family for family in others.values())
               for m in vocabulary().mentions(normalize(" ".join(listing))) if m.kind is MentionKind.CONCEPT)


def read_option(text: str, keys: dict[str, str], unmapped_ok: bool = False) -> str | None:
    """The option a short answer names only in other words ("The heart is enlarged." for "Cardiomegaly"), the
    ``CONFLICT`` of two such options, or ``None``.

    Every option must name one concept of the vocabulary and no two the same (with side); the answer must
    state exactly one option's concept (or a narrower one), on its side, and state no other option's concept;
    negated options ("Not appendicitis; ...") are passed over; a hedge other than "likely" declines. With
    ``unmapped_ok`` (a last resort, after the readers of other words), options the vocabulary does not map may stand
    beside two mapped ones, under the gates below.
    """
    text = text.strip()
    if not text or len(text) > OPTION_MAX_CHARS or HAN.search(text) or is_refusal(text) or len(keys) < 2:
        return None
    targets = {letter: _option_target(key) for letter, key in keys.items()}
    # (an option narrowed by qualifiers or sites, "Right upper lobe atelectasis", maps here only: ``option_narrowed``)
    # (only in the last-resort read, ``unmapped_ok``: the readers before it keep their own readings of these options)
    narrowed = {letter for letter, t in targets.items() if t is None and unmapped_ok
                and option_narrowed.narrowed_target(keys[letter])}
    targets.update({letter: option_narrowed.narrowed_target(keys[letter]) for letter in narrowed})
    unmapped = [letter for letter, t in targets.items() if t is None]
    mapped = [t for t in targets.values() if t is not None]
    if len(mapped) < 2 or len(set(mapped)) != len(mapped) or unmapped and not unmapped_ok:
        return None
    stated = _stated(text)
    if stated is None:
        return None
    if unmapped:
        # "Lungs are hyperexpanded with flattened hemidiaphragms." for "Hyperinflation" beside "Left lower lobe
        # consolidation" and "Normal", which the vocabulary does not map: read only when every stated concept is one
        # mapped option's own, no unmapped option's words touch it (it cannot be theirs in other words), and the
        # vocabulary knows what each unmapped option is about (a finding it holds, a normal study, or "None": a reply
        # stating a mapped option's finding or device is no "None" to "Which device is seen?"); never in a
        # reply cut off mid-sentence, never two options at once
        mapped_concepts = {t[0] for t in mapped}
        # (a narrower kind of a mapped option's finding is that option's own: "a renal cyst" for "Renal mass")
        if not stated or any(key not in mapped_concepts and not mapped_concepts & _ancestors(key)
                             for key, _ in stated) \
                or not _COMPLETE.search(text) \
                or any(key in touched_concepts(keys[letter]) for letter in unmapped for key, _ in stated) \
                or any(not touched_concepts(keys[letter]) and not normal_option(keys[letter])
                       and option_key(keys[letter]) not in negation.NONE for letter in unmapped) \
                or any(_own_word_said(text, keys[letter]) for letter in unmapped):
            return None
        targets = {letter: t for letter, t in targets.items() if t is not None}
    chosen, touched = set(), set()
    for letter, target in targets.items():
        assert target is not None
        hit, near = _chosen(stated, target)
        if hit:
            chosen.add(letter)
        if near:
            touched.add(letter)
    if len(chosen) > 1 and unmapped:
        return None
    if len(chosen) > 1:
        # "EDH." for "Epidural hematoma" beside "Intraparenchymal hemorrhage" (mapped to its broader intracranial
        # haemorrhage): one option's own concept stated, inside a broader option's. No two answers, but the broader
        # option holds it too, so this reader names neither (test_extract_synonyms14) and leaves it to the others
        # (the initials reader reads "EDH").
        own = {letter: target[0] for letter, target in targets.items() if target is not None}
        exact = {letter for letter in chosen if any(key == own[letter] for key, _ in stated)}
        if len(exact) == 1 and all(own[other] in _ancestors(own[next(iter(exact))]) for other in chosen - exact):
            return None
        return CONFLICT
    if len(chosen) == 1 and touched == chosen:
        letter = chosen.pop()
        target = targets[letter]
        if narrowed and target is not None \
                and (not option_narrowed.narrowing_agrees(text, keys[letter], target[0])
                     or any(_own_word_said(text, keys[other]) for other in narrowed if other != letter)
                     or letter in narrowed and target[1] in ("left", "right")
                     and all(stated_side != target[1] for _, stated_side in stated)):
            # (another narrowed option's own words said: it may be stated in words the vocabulary misses; a sided
            # narrowed option needs its side said: "atelectasis at both lung bases" is no "Left lower lobe atelectasis")
            return None
        return letter
    return None


_WORD = lazy_compile(r"[a-z]{6,}")


_DENIED_BEFORE = lazy_compile(r"(?i)\b(?:" + hedges.alternation(negation.DENY, negation.NEITHER, negation.NEVER)
                              + r")\s+(?:[a-z-]+\s+){0,2}\Z")


def _own_word_said(text: str, option: str) -> bool:
    """Whether ``text`` holds, in any form and not denied, a long word of an option the vocabulary does not map ("the
    left lower lobe is consolidated" for "Left lower lobe consolidation"; not "No consolidation."): that option may be
    stated in words the vocabulary misses."""
    own = _WORD.findall(option.lower())
    low = text.lower()
    return any(any(same_form(w, m.group()) for w in own) and _DENIED_BEFORE.search(low, 0, m.start()) is None
               for m in _WORD.finditer(low))


# A reply that ends as a sentence ends, not cut off mid-clause.
_COMPLETE = lazy_compile(r"[.!)\]]['\"”*_\s]*\Z")


@lru_cache(maxsize=2048)
def touched_concepts(key: str) -> frozenset[str]:
    """Every concept an option's text holds, with its broader and narrower concepts: what the option is about."""
    concepts = vocabulary().concepts
    out: set[str] = set()
    for m in vocabulary().mentions(normalize(key)):
        if category_of(m) in ("finding", "device"):
            c = concepts[m.concept]
            out |= {m.concept} | c.ancestors | c.descendants
    return frozenset(out)


def read_answer(region: str, texts: dict[str, str], unmapped_ok: bool = False) -> str | None:
    """:func:`read_option` on a short reply, its answer line first: after "Answer:" ("… LCH favors upper lobes.
    Answer: LAM") the line the phrase introduces is the decision, and the discussion before it names the others as
    what was set aside. Without an answer line, or when that line names none, the whole reply is read."""
    phrase = last_phrase(region)
    if phrase is not None:
        named = read_option(first_line(region[phrase[1]:]), texts, unmapped_ok)
        if named is not None:
            return named
    return read_option(region, texts, unmapped_ok)


# ----------------------------------------------------------------------------- in a long output's decision
# "Therefore, the most likely diagnosis is PTX.": in a long output the discussion names every option somewhere,
# so only its *decision sentence* is read (the line after its last final-answer phrase, else its last sentence,
# keeping the clauses ``decision_clauses.kept_clauses`` keeps: no hedge, alternative, negation, question or definition),
# and only when it is worded as a decision (a final-answer phrase before it, or a concluding word in it).
# A preference stated against another option: "favour X over Y", "prefer X over Y" (the " over Y" part).
_PREFERRED_OVER = lazy_compile(r"(?i)(\b(?:" + hedges.alternation(negation.PREFERRING) + r")\b"
                               r"[^.,;:!?\n]*?)\s+over\s+[^.,;:!?\n]*")
_DECIDES = lazy_compile(
    r"(?i)\b(?:therefore|thus|hence|so|overall|in\s+conclusion|conclusion|impression|diagnosis|answer|"
    r"most\s+likely|consistent\s+with|in\s+keeping\s+with|compatible\s+with|represents?|indicates?|"
    r"(?:this|it)\s+is)\b"
)


@lru_cache(maxsize=1024)
def _all_mapped(keys: tuple[tuple[str, str], ...]) -> bool:
    """Whether every option names one distinct concept (what :func:`read_option` requires), remembered per option set."""
    targets = [_option_target(text) for _, text in keys]
    return None not in targets and len(set(targets)) == len(targets)


def all_mapped(texts: dict[str, str]) -> bool:
    """Whether every option names one distinct concept of the vocabulary (what :func:`read_option` needs without
    ``unmapped_ok``)."""
    return _all_mapped(tuple(sorted(texts.items())))


def read_concept(region: str, idx: OptionIndex, sentence: str) -> str | None:
    """The option a long output's decision ``sentence`` (:func:`decision_clauses.decision_sentence` of ``region``) names
    in other words ("PTX", "CHF", "collapsed lung"), by :func:`read_option` on its kept clauses, else None."""
    if len(region) <= OPTION_MAX_CHARS or not _all_mapped(tuple(sorted(idx.texts.items()))):
        return None  # a short reply is read whole (``extract/choice.py``); options the vocabulary does not cover
    if last_phrase(region) is None and _DECIDES.search(sentence) is None:
        return None
    clauses = kept_clauses(region, idx, sentence)
    if not clauses:
        return None
    named = read_option(" ".join(c.strip() for c in clauses), idx.texts)
    return None if named == CONFLICT else named


def ends_a_name(text: str, start: int, end: int) -> bool:
    """Whether the letter of the letter form at ``text[start:end]`` stands inside a longer name of the vocabulary,
    after its first word ("Stanford A", "type B dissection"): part of a name, not an option's letter. Only the letter
    itself counts: the form "A: Atelectasis" runs on over its option's text, which is a name but holds no letter."""
    pos = next((i for i in range(start, end) if text[i].isupper()), None)
    if pos is None:
        return False
    return any(m.start < pos < m.end for m in vocabulary().mentions(normalize(text))
               if m.kind is MentionKind.CONCEPT and m.end - m.start > 2)


def inside_another_name(text: str, option: str) -> bool:
    """Whether the words of option text ``option`` stand in ``text`` inside a longer name of the vocabulary for a
    concept outside the option's own family: "reverse Colles fracture" (a Smith fracture) holds every word of "Colles
    fracture" and names another entity. (Words are compared by their option-key forms, folded singular: "colle".)"""
    own = normalize(option_key(option)).split()
    if not own:
        return False
    target = _option_target(option)
    concepts = vocabulary().concepts
    family = set() if target is None else {target[0]} | concepts[target[0]].descendants
    low = normalize(text)
    for m in vocabulary().mentions(low):
        if m.kind is not MentionKind.CONCEPT or m.concept in family:
            continue
        words = low[m.start:m.end].split()
        if len(words) > len(own) and all(any(w in (o, o + "s", o + "es") for w in words) for o in own):
            return True
    return False


def inside_another_option(text: str, texts: dict[str, str], letter: str) -> bool:
    """Whether every occurrence of option ``letter``'s text in ``text`` stands inside a longer name of the vocabulary
    for another option's concept: "German measles" names "Rubella", not "Measles"; "reversed Colles fracture" names
    "Smith's fracture". Then the option's text is no mention of it (the alias reader reads the longer name)."""
    targets = {k: _option_target(t) for k, t in texts.items()}
    concepts = vocabulary().concepts
    others = set()
    for k, t in targets.items():
        if k != letter and t is not None:
            others |= {t[0]} | concepts[t[0]].descendants
    own = targets.get(letter)
    mine = set() if own is None else {own[0]} | concepts[own[0]].ancestors | concepts[own[0]].descendants
    words = normalize_text(texts[letter]).split()
    if not others or not words:
        return False
    low = normalize(text)
    found = list(re.finditer(r"\b" + r"[\W_]+".join(map(re.escape, words)) + r"(?:e?s)?\b", low))
    if not found:
        return False
    spans = [(m.start, m.end) for m in vocabulary().mentions(low)
             if m.kind is MentionKind.CONCEPT and m.concept in others and m.concept not in mine]
    return all(any(s <= f.start() and f.end() <= e and e - s > f.end() - f.start() for s, e in spans) for f in found)


# The option-text and statement readers under public names, for the alias reader (``extract/aliases.py``).
target_of, stated_findings, DECIDES = _option_target, _stated, _DECIDES

__all__ = ["DECIDES", "ends_a_name", "inside_another_option", "read_answer", "inside_another_name", "OPTION_MAX_CHARS", "OPTION_RULE", "names_another", "read_concept", "read_option", "stated_findings",
           "target_of"]
