"""The clause of a reply that fills the question's slot: a sentence whose subject echoes the question, then its value.

An unmarked open reply is read whole when no marker, verdict or concluding phrase narrows it, and a whole reply never
grades as its answer however right it is. Many such replies still commit to the answer in one sentence built on the
question's own words: "Which lobe is collapsed?" -> "... Putting this together, the collapsed lobe is the left upper
lobe.", "What medical device is visible?" -> "The visible device is a dual-chamber cardiac pacemaker — the generator
sits over ...", "What is the primary finding?" -> "The primary finding is a large left-sided pneumothorax. There is no
...". The sentence's subject is the question's slot (its asked noun: "lobe", "device", "finding") and the words after
its verb fill it. The reader holds in any frame: it reads the sentence's structure (subject echoing the question,
copula, complement), not a wording of the answer.

Only the complement's first clause is kept (up to a comma, a dash, a semicolon or a colon: what comes
after only describes or explains the value). Nothing is read when

* no sentence has such a subject, or the subject lacks the question's asked noun ("The lesion is a pearly papule." to
  "What is the most likely diagnosis for this skin lesion?": the lesion is described, the diagnosis is not named);
* two such sentences fill the slot differently ("The abnormal organ is the liver. ... The abnormal organ is the
  spleen."), or one holds its value open (a possibility, a doubt, an alternative, a denial: "The collapsed lobe could
  be the left upper lobe or the lingula.");
* the sentence is led in by a condition or a doubt ("If the lateral view is right, the collapsed lobe is ...").

A reply opening "This is X" (:func:`opening_value`: "This appears to be a keratoacanthoma. It is a dome-shaped nodule
...") fills the slot with X's first clause too, read where the reply would otherwise be kept whole; to a question
asking an organ, a region, a modality or a plane ``extract/open_kind.py`` weighs every sentence instead, and a value
naming only the image (a modality, an anatomy) answers no question about a finding.

The frame itself is read by ``extract/open_frames.py`` (:func:`open_frames.echo_label`), which owns what an echoing
subject and a copula are; this module picks the one sentence of a longer reply that has one.
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.answers.concepts import normalize, vocabulary
from medstep.answers.text import normalize_answer
from medstep.extract import open_frames, open_kind, open_span, open_tails
from medstep.extract.concept_question import category_of
from medstep.lazyre import lazy_compile

# A reply's sentences and lines (a list's items, a field's line stand alone).
_PIECE_SPANS = lazy_compile(r"(?:[^.!?\n]|[.!?](?!\s+[A-Z(\"'*_]|\s*\n))+[.!?]?")
# Where a value's first clause ends: a comma (not a decimal one), a semicolon, a colon or a dash: "the left upper lobe, in the apicoposterior segment", "a dual-chamber pacemaker — the generator ...". A
# parenthesis stays: inside a name it is part of it ("a superior sulcus (Pancoast) tumor").
_CLAUSE_BREAK = lazy_compile(r",(?!\d)|;|:|\s[—–-]\s|—|–")
# What holds a value open: a possibility, a doubt, an alternative, a condition, a denial, a question.
_HELD = lazy_compile("(?i)" + hedges.words(hedges.POSSIBILITY, hedges.DOUBT, hedges.ALTERNATIVE, hedges.SUPPOSING,
                                           hedges.WEIGHING, hedges.HABIT, negation.DENY,
                                           ("or", "unlikely", "least", "never"))
                     + "|" + negation.CONTRACTION + r"|[?？]")
# A complement that names nothing: a pronoun or a wh-word heads it ("the one highlighted in red", "what I would call a
# textbook example"), a participle and its preposition open it ("shown by the arrow", "located in ..."), a word and a
# "that" clause ("worth noting that ..."), or it speaks of the exchange itself ("the key to this question").
_NO_NAME = lazy_compile(r"(?i)^(?:(?:the|a|an)\s+)?(?:(?:one|ones|what|which|where|whether|how|why|that)(?![\w-])|"
                        r"(?:[a-z]+(?:ed|wn)|seen|given|taken)\s+(?:by|in|on|at|as|with|from|to|over|under|within)\b)"
                        r"|^[a-z-]+\s+[a-z]+ing\s+that\b|\b(?:question|answer)\b")
# Another candidate kept open anywhere in the reply: "Ovarian torsion was considered and cannot be excluded ...".
_KEPT_OPEN = lazy_compile("(?i)" + hedges.words(hedges.NOT_EXCLUDED, hedges.NOT_EXCLUDING))
# The asked noun of "What is the (most likely / main / ...) X ...?" (``open_tails.ASKED_NOUN`` reads "Which X" and
# "What X").
_ASKED_AFTER_IS = lazy_compile(r"(?i)^\W*what\s+(?:is|are|was|were)\s+(?:the|this|these)\s+(?:(?:most\s+)?(?:likely|"
                               r"probable|main|primary|principal|dominant|key|predominant|chief|major|leading|"
                               r"underlying|abnormal|visible)\s+)*([a-z-]+)")
# A parenthesis closing a value, and the articles a value's word count passes over.
_CLOSING_GLOSS = lazy_compile(r"(?<!\s)\s*\([^()]*\)[\s*_\"']*$")  # (from a run's first blank only)
_ARTICLES = lazy_compile(r"(?i)\b(?:the|a|an)\b")
_STEM = 5
# A value longer than this is a description, not a filled slot.
_VALUE_WORDS = 8
_WORD = lazy_compile(r"[^\W_]+")


def asked_noun(question: str) -> str | None:
    """The stem of the noun ``question`` asks for ("lobe" of "Which lobe is collapsed?", "find" of "What is the primary
    finding?"), or ``None`` for a question of another shape."""
    found = open_tails.ASKED_NOUN.match(question) or _ASKED_AFTER_IS.match(question)
    return found.group(1).lower()[:_STEM] if found is not None else None


def _value(sentence: str, question: str, noun: str) -> str | None:
    """The value ``sentence`` gives the asked slot, its first clause only, or ``None`` when it has no echoing frame
    naming ``noun``, or holds the value open (see module docstring)."""
    found = open_frames.echo_label(sentence, question)
    if found is None:
        return None
    subject, label = found
    if noun not in {w.lower()[:_STEM] for w in _WORD.findall(subject)}:
        return None
    value = _unglossed(_first_clause(label))
    if not _WORD.search(value) or len(_WORD.findall(value)) > _VALUE_WORDS or _NO_NAME.search(value) is not None:
        return None
    return value


def _first_clause(label: str) -> str:
    """``label`` up to its first clause break (``_CLAUSE_BREAK``); a comma after a single word (articles aside) lists
    that word's fellow modifiers ("a large, well-defined round mass ...") and is passed over."""
    for cut in _CLAUSE_BREAK.finditer(label):
        head = label[:cut.start()]
        if cut.group().startswith(",") and len(_ARTICLES.sub(" ", head).split()) < 2:
            continue
        return head.strip(" *_\"'")
    return label.strip(" *_\"'")


def _unglossed(value: str) -> str:
    """``value`` without a parenthesis closing it, a gloss of what it names ("pneumoperitoneum (free intraperitoneal
    air)" -> "pneumoperitoneum"); a parenthesis inside the name stays ("a superior sulcus (Pancoast) tumour")."""
    found = _CLOSING_GLOSS.search(value)
    return value[:found.start()].strip(" *_\"'") if found is not None and found.start() > 0 else value


def echoed_value(reply: str, question: str) -> str | None:
    """The one value the reply's sentences with a subject echoing the question's slot give it (see module docstring),
    or ``None``."""
    noun = asked_noun(question)
    if noun is None or _KEPT_OPEN.search(reply) is not None:
        return None
    values: dict[str, str] = {}
    last = 0
    for found in _PIECE_SPANS.finditer(reply):
        piece = found.group().strip()
        value = _value(piece, question, noun) if piece else None
        if value is None:
            continue
        if _HELD.search(piece[:piece.find(value) + len(value)] if value in piece else piece) is not None:
            return None  # "The collapsed lobe could be the left upper lobe or the lingula."
        values.setdefault(normalize_answer(value), value)
        last = found.end()
    if len(values) != 1:
        return None
    value = next(iter(values.values()))
    rest = reply[last:].strip()
    return value if not rest or open_span.droppable(rest, value) else None  # "... However, X cannot be excluded."


# A reply opening on a pointer and a copula: "This is ...", "This appears to be ...", "It looks like ...".
_THIS_IS = lazy_compile(r"(?i)^[\s*_>]*(?:this|it)\s+(?:is|appears\s+to\s+be|looks\s+like|seems\s+to\s+be|represents)"
                        r"\s+(?=\S)")
# Where the opening sentence's value ends: a dash, a semicolon, a colon, a stop, a line break ("This appears to be a
# FLAIR image — the CSF in the ventricles is dark ...").
_OPENING_BREAK = lazy_compile(r"\s[—–-]\s|—|–|;|:|[.!?](?=\s|$)|\n")
# Concept classes that name the image, not what it shows: "This is a transverse thyroid ultrasound." answers no
# question about a finding.
_IMAGE_CLASSES = frozenset({"modality", "anatomy"})


def opening_value(reply: str, question: str) -> str | None:
    """The value a reply's opening "This is X" gives (its first clause: "This appears to be a hiatal hernia — the
    gastro-oesophageal junction lies above ..." -> "a hiatal hernia"), to a question whose kind ``extract/open_kind.py``
    does not read (an organ, a region, a modality, a plane are read there from every sentence); ``None`` when the reply
    opens otherwise, the value is long or held open, or it names the image (a modality, an anatomy: "This is an
    axial CT of the abdomen.") to a question not asking how the image was made."""
    found = _THIS_IS.match(reply)
    if found is None or open_kind.asked_kind(question) is not None or _KEPT_OPEN.search(reply) is not None:
        return None
    rest = reply[found.end():]
    stop = _OPENING_BREAK.search(rest)
    value = _unglossed((rest[:stop.start()] if stop is not None else rest).replace("**", "").strip(" *_\"'"))
    if not _WORD.search(value) or len(_WORD.findall(value)) > _VALUE_WORDS or _HELD.search(value) is not None \
            or _NO_NAME.search(value) is not None:
        return None
    if not open_frames.asks_technique(question) and any(
            category_of(m) in _IMAGE_CLASSES for m in vocabulary().mentions(normalize(value))):
        return None
    after = rest[stop.end():].strip() if stop is not None else ""
    return value if not after or open_span.droppable(after, value) else None  # "... PE is unlikely given ..."


__all__ = ["asked_noun", "echoed_value", "opening_value"]
