"""The asked term of a simple closed question, and where its words stand in a text.

"Is there a pleural effusion on the right?" asks the presence of the words "pleural effusion right"; "Is the heart
enlarged?" asks the property "enlarged" of the subject "heart" (:func:`question_term`, :func:`parse_question`). A
sentence names the term when each of its words appears, in any of its forms: plural or singular (:func:`stem`),
"hemidiaphragm" for "diaphragm", a derived form ("infarct" / "infarction") or another form of the word's group in
``answers/wordforms.tsv`` (:func:`matches`), the words close together (:func:`window`). The implicit yes/no reader
(``extract/implicit.py``) and the readers built beside it (findings, leans, measures, sides, subjects ...) all find
the asked term with these rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from medstep.answers.concepts import vocabulary
from medstep.answers.text import HAN
from medstep.answers.wordforms import spelling, word_head
from medstep.extract.implicit_words import (  # the cue words; private names here for brevity
    ARTICLES as _ARTICLES, IMAGE as _IMAGE, PRESENCE as _PRESENCE, Q_FRAME as _Q_FRAME, STOP as _STOP,
    Q_BE, Q_BE_SEEN, Q_CONTAIN, Q_HAVE, Q_LOOK, Q_LEAD, Q_OWNER, Q_REFUSE, Q_SEE, Q_SHOW, Q_TAIL, Q_THERE,
)
from medstep.lazyre import lazy_compile


@dataclass(frozen=True)
class Question:
    """The term a simple closed question asks about: presence of ``words``, or ``subject`` having ``prop``."""

    words: tuple[str, ...]  # content words (stemmed) of the finding, or of the subject for a property
    prop: str | None = None  # the property word ("enlarged") for "Is the heart enlarged?", else presence
    head: str | None = None  # the finding's noun when modifiers precede it ("effusion" of "pleural effusion")
    pair: bool = False  # asked of both of a pair ("Are both kidneys present?"): one of them is no yes


_TOKEN = lazy_compile(r"[a-z0-9]+(?:'[a-z]+)?")


def stem(word: str) -> str:
    """One form for singular and plural ("ribs"/"rib", "masses"/"mass"), so a term matches either."""
    if len(word) <= 3:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    # Latin plurals: "nuclei", "bronchi", "emboli", "calculi", "foci", "thrombi"
    return word[:-1] + "us" if word[-2:] in _LATIN_I else word


_LATIN_I = frozenset({"li", "ci", "hi", "bi", "ei"})



def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower().replace("’", "'"))


def _content(words: list[str]) -> tuple[str, ...]:
    return tuple(stem(w) for w in words if w not in _STOP and w not in _IMAGE)


@dataclass(frozen=True)
class Term:
    """The raw words a simple closed question asks about (shared with ``extract/findings.py``).

    ``phrase`` is the finding of a presence question ("pleural effusion on the right"), or the
    subject of a property question ("heart" of "Is the heart enlarged?", whose ``prop`` is "enlarged").
    """

    phrase: str
    prop: str | None = None


# The determiner of a property question's subject: "the heart", "this nodule", "these nodes".
_SUBJECT_DETERMINERS = frozenset({"the", "this", "these"})


@lru_cache(maxsize=512)
def question_term(question: str) -> Term | None:
    """The term of a simple English presence or property question, else ``None`` (see module docstring).

    Read once per question (a frozen result): a reader asks it again for every line of a long output (a markdown
    table of 900 rows asked it 1,800 times, issue #12)."""
    q = _Q_FRAME.sub("", question.strip())  # "on this CT head", "in this child"
    q = Q_OWNER.sub("the ", q)  # "Is the patient's trachea midline?" asks of the trachea
    if HAN.search(q) or Q_REFUSE.search(q):
        return None
    held = Q_CONTAIN.match(q) if Q_SHOW.match(q) is None else None
    if held is not None:  # "Does the kidney contain stones?" asks what "Is there stones in the kidney?" asks
        q = f"Is there {held.group(2)} in {held.group(1)}?"
    m = Q_THERE.match(q) or Q_SHOW.match(q) or Q_HAVE.match(q) or Q_SEE.match(q) or Q_BE_SEEN.match(q)
    if m is not None:
        phrase = Q_LEAD.sub("", Q_TAIL.sub("", m.group(1).strip()))
        words = tokens(phrase)
        # "Does the image show a normal liver?" asks whether the liver is normal: a whole state is no finding to see
        if 2 <= len(words) <= 4 and words[0] in _WHOLE_STATE and not any(w in _STOP or w in _IMAGE for w in words[1:]) \
                and _organ(" ".join(words[1:])):
            return Term(" ".join(words[1:]), prop=words[0])
        return Term(phrase)
    look = Q_LOOK.match(q)
    if look is not None:  # "Does the liver look abnormal?" asks what "Is the liver abnormal?" asks
        q = f"Is {look.group(1)} {look.group(2)}?"
    m = Q_BE.match(_WITHIN_NORMAL.sub(" normal?", q))  # "Is the heart within normal limits?" asks "normal?"
    if m is None:
        return None
    words = tokens(m.group(1))
    if len(words) >= 2 and words[-1] in _PRESENCE:
        return Term(Q_LEAD.sub("", Q_TAIL.sub("", m.group(1).strip())))
    # "Is the joint space narrowed on the medial side?" asks it of the medial joint space: the place after the
    # property is a word of the subject
    place = _PLACE_AFTER.search(m.group(1))
    if place is not None:
        words = tokens(m.group(1)[:place.start()])
    # "Is the heart enlarged?": the subject (1-3 plain words after "the"), then one property word; "this" points at the
    # same one subject ("Is this nodule calcified?").
    if not 3 <= len(words) <= 5 or words[0] not in _SUBJECT_DETERMINERS or words[-1] in _PRESENCE:
        return None
    subject = words[1:-1]
    if any(w in _STOP or w in _IMAGE for w in subject):
        return None
    if place is not None:
        subject = [place.group(1).lower(), *subject]
    return Term(" ".join(subject), prop=words[-1])


def _organ(phrase: str) -> bool:
    """Whether ``phrase`` names anatomy only (``answers/concepts.tsv``): "left kidney", not "sinus rhythm"."""
    vocab = vocabulary()
    named = [m.concept for m in vocab.mentions(phrase)]
    return bool(named) and all(c in vocab.concepts and vocab.concepts[c].category == "anatomy" for c in named)


# Nouns implied by the name before them: "knee joint", "thyroid gland".
_IMPLIED_NOUN = frozenset({"joint", "gland"})
# A whole state said of an organ before it ("a normal liver", "an unremarkable spleen").
WHOLE_STATE = frozenset({"normal", "unremarkable", "healthy"})
_WHOLE_STATE = WHOLE_STATE
# A place said after the property of a subject: "on the left (side)", "at the medial aspect", "at the base(s)".
# A property question's "normal" said in a phrase: "within normal limits", "within the normal range".
_WITHIN_NORMAL = lazy_compile(r"(?i)\s+within\s+(?:the\s+)?normal\s+(?:limits|range)\s*\?\s*$")
_PLACE_AFTER = lazy_compile(r"(?i)\s+(?:on|at|in|over)\s+the\s+(left|right|medial|lateral|upper|lower|anterior|posterior|"
                            r"bases?|apex|apices)(?:\s+(?:side|aspect|compartment|margin))?\s*$")


@lru_cache(maxsize=512)
def parse_question(question: str) -> Question | None:
    """The stemmed content words of :func:`question_term`, else ``None``."""
    term = question_term(question)
    if term is None:
        return None
    if term.prop is not None:
        return Question(_content(term.phrase.split()), prop=term.prop)
    toks = tokens(term.phrase)
    # "knee joint effusion" is a knee effusion: a joint's or gland's noun after its name says nothing more ("a left
    # shoulder joint effusion" still names it)
    toks = [t for k, t in enumerate(toks) if not (t in _IMPLIED_NOUN and 0 < k < len(toks) - 1
                                                  and toks[k - 1] not in _STOP and toks[k + 1] not in _STOP)]
    words = _content(toks)
    if not 1 <= len(words) <= 5:
        return None
    lead = _content(toks[:next((i for i, t in enumerate(toks) if t in _STOP - _ARTICLES), len(toks))])
    return Question(words, head=lead[-1] if len(lead) >= 2 or 1 <= len(lead) < len(words) else None,
                    pair="both" in toks)


# Suffixes that turn a finding's noun into its other noun or adjective form: "infarct" / "infarction",
# "aneurysm" / "aneurysmal", "emphysema" / "emphysematous". Only onto a stem of five letters or more.
_DERIVED = ("ion", "ions", "al", "ic", "ous", "tous")


def matches(word: str, term: str) -> bool:
    """A sentence word names a term word: same stem, "hemidiaphragm" for "diaphragm", a derived form, or another form
    of the word's group in ``answers/wordforms.tsv``."""
    s = stem(word)
    if s == term or (s.startswith("hemi") and s[4:] == term):
        return True
    if word_head(spelling(s)) == word_head(spelling(term)):
        return True  # another form of the same word (``answers/wordforms.tsv``): "renal" / "kidney", "calculus" / "stone"
    short, long_ = (s, term) if len(s) < len(term) else (term, s)
    return len(short) >= 5 and long_.startswith(short) and long_[len(short):] in _DERIVED


def window(toks: list[str], terms: tuple[str, ...]) -> tuple[int, int] | None:
    """The shortest span of ``toks`` holding every term word, as (first, last) indices."""
    places = [[i for i, t in enumerate(toks) if matches(t, term)] for term in terms]
    if not all(places):
        return None
    best: tuple[int, int] | None = None
    for combo in product(*places[:5]) if len(toks) <= 60 else ():
        lo, hi = min(combo), max(combo)
        if best is None or hi - lo < best[1] - best[0]:
            best = (lo, hi)
    return best


def key_word(q: Question) -> str:
    """The one word that names the asked term: the property, else the finding's head noun, else its last word."""
    return q.prop if q.prop is not None else (q.head or q.words[-1])


__all__ = ["WHOLE_STATE", "Question", "Term", "key_word", "matches", "parse_question", "question_term", "stem", "tokens", "window"]
