"""A size question answered by the asked structure's size judged in words: "Is the gallbladder wall thickened?" ->
"Gallbladder wall measures 2 mm, which is normal." (no).

Models answer "Is the <structure> <size word>?" (enlarged, dilated, thickened, widened, ...) by measuring the
structure and judging the measurement: "The common bile duct measures 4 mm, within normal limits.", "Main pancreatic
duct: 2 mm (normal).", "The renal cortex is of normal thickness.", "The uterus measures 14 cm, which is enlarged.".
The judgement is the model's, so no threshold is needed (``extract/implications.py`` reads bare numbers against
textbook thresholds). Rule ``implicit_size``, as the size question "Is the heart normal in size?"
(``extract/zh_concepts.py``). Read only when:

* the question is a property question whose property is one of :data:`SIZE_WORDS` (a size away from normal);
* a clause opens with the asked structure (its words in order, after an article and at most two modifiers, no side
  the question does not name), then only words of a measurement (numbers, units, "measures", "in diameter"), then
  the judgement: "normal" / "within normal limits" / "unremarkable" (no), or the question's own size word, after
  a degree word at most (yes); "normal in <dimension>" and "of normal <dimension>" must name a dimension of the
  asked word (thickness says nothing of an enlarged organ);
* nothing else in the text names the size word, the clause does not hedge (another clause of its sentence may
  suspect what the size means, "— concerning for aortic injury", but no possibility, doubt or question mark in the
  sentence), no negation stands in the clause, and the answer is short (``implicit.MAX_CHARS``).

A normality question about the structure ("Is the appendix normal?", "Is the bladder wall abnormal?") is answered
the same way by a size word stated of it: "The appendix is dilated to 11 mm with wall thickening." (not normal),
"The bladder wall is diffusely thickened and trabeculated."; only "is"/"are" and at most a degree word between the
structure and the size word, and no normal word anywhere in the answer; so is a finding of the vocabulary the
structure shows, contains or has ("The liver shows a large heterogeneous mass in the right lobe.").
"""

from __future__ import annotations

import re
from itertools import product

from medstep.answers import NO, YES
from medstep.answers import hedges, negation
from medstep.answers.concepts import normalize, vocabulary
from medstep.extract import concept_question, implicit, implicit_terms
from medstep.extract.refusal import is_hedge
from medstep.extract.implicit_words import APPEAR, ARTICLES, COPULA, DEGREE, LATERAL, SIZE_WORDS
from medstep.lazyre import lazy_compile

RULE = "implicit_size"
# The words of a measurement between the structure and its judgement.
_MEASURE_WORDS = frozenset({"measures", "measure", "measuring", "measured", "is", "are", "about", "approximately",
                            "approx", "around", "roughly", "up", "to", "at", "in", "of", "mm", "cm", "x", "by",
                            "maximal", "maximum", "max", "ap", "transverse", "diameter", "thickness", "width",
                            "caliber", "calibre", "length", "size"})
_NUMBER = lazy_compile(r"^\d+(?:[.,]\d+)?(?:mm|cm)?$")
_TOKEN = lazy_compile(r"\d+(?:[.,]\d+)?(?:mm|cm)?|[a-z]+(?:'[a-z]+)?|[:(),×~]")
# The judgement after the measurement: "normal", "within normal limits", "unremarkable"; "normal in size", "of
# normal thickness" name a dimension.
_NORMAL = ("normal", "unremarkable", "wnl")
_CONNECT = frozenset({",", "which", "is", "are", "and", "(", ":", "within", "that"})
_NEGATED = negation.heads(negation.DENY, negation.NEVER, negation.NONE, negation.ABSENT, negation.NEITHER)
_CLAUSE = lazy_compile(r"[;—–]|\s-\s|\b(?:but|however|whereas|while|though|although|except)\b", re.I)


def _judgement(toks: list[str], i: int, prop: str) -> str | None:
    """The verdict of the judgement starting at ``toks[i]`` (after the measurement), or ``None``; a judgement closed by
    a comma is read alone when the whole does not read: "normal in size and contracted, consistent with the
    postprandial state" (what follows the comma explains the judgement, it does not change it)."""
    while i < len(toks) and toks[i] in _CONNECT:
        i += 1
    whole = _judged(toks[i:], prop)
    if whole is None and "," in toks[i:]:
        cut = toks.index(",", i)
        tail = toks[cut + 1:]  # "..., or perhaps mildly enlarged": a size or a lean after the comma changes it
        if any(t in SIZE_WORDS for t in tail) or implicit.hedged(" ".join(tail), temporal=False):
            return None
        if any(_NUMBER.match(t) for t in tail) and all(_NUMBER.match(t) or t in _MEASURE_WORDS for t in tail):
            return _judged(toks[i:cut], prop)  # "..., 10.8 cm": the value judged, given after the judgement
        if tail[:1] not in (["with"], ["without"], ["and"]) and not " ".join(tail).startswith(hedges.IDENTIFYING):
            return None  # only more description ("..., with a thin wall") or an explanation ("..., consistent with
            # ...") leaves it alone: "Normal, I think." leans on it
        return _judged(toks[i:cut], prop)
    return whole


def _judged(toks: list[str], prop: str) -> str | None:
    """The verdict of the judgement words ``toks`` on the asked size ``prop``, or ``None``."""
    rest = [t for t in toks if t != ")"]
    while rest[-1:] in ([","], [":"], ["("]):
        rest.pop()
    if rest[:1] and rest[0] in DEGREE:
        rest = rest[1:]
    if rest == [prop]:
        return YES
    if len(rest) == 2 and rest[0] == "normal" and rest[1] != "limits" or len(rest) == 3 and rest[1:] == ["is", "normal"]:
        dim = rest[1] if rest[0] == "normal" else rest[0]  # "normal size", "size is normal" (a bare reply)
        return NO if dim in SIZE_WORDS[prop] else None
    if len(rest) == 3 and rest[:2] in (["of", "normal"], ["normal", "in"]):
        return NO if rest[2] in SIZE_WORDS[prop] else None  # "of normal thickness", "normal in size"
    aspects = _aspects(rest)
    if aspects is not None:  # "normal in size and attenuation", "normal size and echotexture": the size among them
        return NO if aspects & SIZE_WORDS[prop] else None
    if len(rest) == 1 and rest[0] in _NORMAL or rest == ["normal", "limits"]:  # "within" eaten as a connector
        return NO
    return None


def _aspects(rest: list[str]) -> set[str] | None:
    """The aspects a judgement of normal lists ("normal in size and attenuation", "of normal size, shape and
    echotexture", "normal size and attenuation"): two or more single words joined by "and" or commas after "normal
    in", "of normal" or "normal", else ``None``."""
    for lead in (["normal", "in"], ["of", "normal"], ["normal"]):
        if rest[:len(lead)] == lead:
            words = [t for t in rest[len(lead):] if t not in (",", "and")]
            joins = len(rest) - len(lead) - len(words)
            if len(words) >= 2 and joins == len(words) - 1 and all(w.isalpha() and w not in _NORMAL for w in words) \
                    and rest[-2] == "and":
                return set(words)
    return None


def _named(words: list[str], subject: tuple[str, ...]) -> bool:
    """Whether ``words`` name the asked structure: its words, or the words an abbreviation asked stands for ("the
    common bile duct" for "CBD", ``subject`` then ``("=cbd",)``)."""
    if len(subject) == 1 and subject[0].startswith("="):
        return "".join(w[0] for w in words) == subject[0][1:] and all(w.isalpha() for w in words)
    return len(words) == len(subject) and all(implicit_terms.matches(w, s) for w, s in zip(words, subject))


def _opening(toks: list[str], subject: tuple[str, ...], asked_sides: set[str]) -> int | None:
    """Where the clause's words after the asked structure start, when the clause opens with it, else ``None``."""
    i = 1 if toks[:1] and toks[0] in ARTICLES else 0
    abbreviation = subject[0][1:] if len(subject) == 1 and subject[0].startswith("=") else ""
    for skip, width in product(range(3), (len(abbreviation), 1) if abbreviation else (len(subject),)):
        # at most two modifiers before the structure ("main pancreatic duct", "renal cortex")
        words = toks[i + skip:i + skip + width]
        if len(words) == width and (words == [abbreviation] or _named(words, subject)):
            modifiers = set(toks[i:i + skip])
            if modifiers & LATERAL - asked_sides or any(_NUMBER.match(m) for m in modifiers):
                return None
            return i + skip + width
    return None


def _clause_verdict(clause: str, subject: tuple[str, ...], prop: str, asked_sides: set[str]) -> str | None:
    toks = _TOKEN.findall(clause.lower().replace("’", "'"))
    if any(t in _NEGATED or negation.contracted(t) for t in toks):
        return None
    start = _opening(toks, subject, asked_sides)
    if start is None:
        return None
    if prop in _NORMALITY:
        # "The appendix is dilated to 11 mm ..." to "Is the appendix normal?": a size away from normal stated of it
        rest = toks[start:start + 3]
        if any(t in _NORMAL for t in toks):
            return None
        if rest[:1] and rest[0] in _HOLDING and _states_finding(" ".join(toks[start + 1:])):
            return NO if _NORMALITY[prop] else YES  # "The liver shows a large heterogeneous mass in the right lobe."
        if rest[:1] not in (["is"], ["are"]):
            return None
        word = rest[2] if len(rest) > 2 and rest[1] in DEGREE else (rest[1] if len(rest) > 1 else "")
        return (NO if _NORMALITY[prop] else YES) if word in SIZE_WORDS else None
    j = start
    while j < len(toks) and (toks[j] in _MEASURE_WORDS or _NUMBER.match(toks[j]) or toks[j] in {"×", "~", ":"}):
        j += 1
    if not any(_NUMBER.match(t) for t in toks[start:j]):
        # no measurement: "The cortex is of normal thickness.", "The gallbladder wall is normal."; a report line leaves
        # the copula out: "Pancreas: normal size and attenuation." (``extract/subject_lines.py`` drops the colon)
        if toks[start:start + 1] and toks[start] in _LINKING:
            return _judgement(toks, start + 1, prop)
        if toks[start:start + 1] and toks[start] in SIZE_WORDS.get(prop, ()):
            return _judgement(toks, start + 1, prop)  # "Kidney size within normal limits.": the asked dimension named
        return _judgement(toks, start, prop) if toks[start:start + 1] in (["normal"], ["of"]) else None
    return _judgement(toks, j, prop)


# The verb before a judgement without a measurement: "is", or a verb of appearance ("The gallbladder appears normal in
# size.", "The CBD looks normal."): the model states what it sees, as "The heart appears normal in size." already reads
# (``implicit_words.APPEAR``); the past ("was normal") may describe an earlier study.
_LINKING = (APPEAR - COPULA) | {"is", "are"}
# "The liver shows / contains / has a mass": the structure holding a finding of the vocabulary is not normal.
_HOLDING = frozenset({"shows", "contains", "has", "demonstrates", "harbors", "harbours"})


def _states_finding(words: str) -> bool:
    """Whether ``words`` (after a verb of holding) open with an article and name a finding of the vocabulary."""
    if not words.startswith(("a ", "an ", "multiple ", "several ", "two ", "numerous ")):
        return False
    voc = vocabulary()
    return any(concept_question.category_of(m) == "finding" for m in voc.mentions(normalize(words)))


# A structure asked by its abbreviation: "CBD", "IVC" (the answer may spell it out).
_ABBREVIATION = lazy_compile(r"[A-Z]{3,4}")  # two letters name too many things ("PA": posterior-anterior)
# The normality properties a size stated away from normal answers: "Is the appendix normal?" (no), "... abnormal?" (yes).
_NORMALITY = {"normal": True, "abnormal": False}


_BARE_MAX = 5  # words of a reply that is only the judgement ("Normal.", "Normal size.", "Within normal limits.")


def _bare(text: str, prop: str) -> str | None:
    """The verdict of a reply made only of the judgement, its subject left to the question: "Normal." / "Normal
    size." / "Size is normal." to "Is the spleen enlarged?" (no); a dimension the size word does not ask ("Normal
    shape.", "Normal thickness." to "enlarged?"), a hedge or a question leave it unread."""
    body = text.strip().rstrip(".!").strip()
    if not body or "?" in body or re.search(r"[.;:!\n]", body):
        return None
    toks = _TOKEN.findall(body.lower().replace("’", "'"))
    if not toks or len(toks) > _BARE_MAX or any(_NUMBER.match(t) for t in toks):
        return None
    if toks[:2] in (["within", "normal"], ["is", "normal"]):
        toks = toks[1:]
    return _judgement(toks, 0, prop) if toks[0] in ("normal", "of", "wnl") or toks[1:] == ["is", "normal"] else None


def read_size(text: str, question: str) -> str | None:
    """no / yes when a short answer judges the asked structure's size in words (see module docstring), else ``None``."""
    term = implicit_terms.question_term(question)
    if term is None or term.prop is None or len(text) > implicit.MAX_CHARS:
        return None
    prop = term.prop.lower()
    if prop not in SIZE_WORDS and prop not in _NORMALITY:
        return None
    subject = tuple(implicit_terms.stem(w) for w in implicit_terms.tokens(term.phrase))
    written = re.search(r"(?i)\b" + re.escape(term.phrase.strip()) + r"\b", question)
    if written is not None and _ABBREVIATION.fullmatch(written.group(0)):
        subject = ("=" + written.group(0).lower(),)  # "Is the CBD dilated?" - "The common bile duct measures ..."
    asked_sides = set(subject) & LATERAL
    if prop in SIZE_WORDS:
        bare = _bare(text, prop)
        if bare is not None:
            return bare
    verdicts: set[str] = set()
    for sentence in implicit.sentences(text):
        clauses = [c for c in _CLAUSE.split(sentence) if c.strip()]
        read = [(c, v) for c in clauses for v in (_clause_verdict(c, subject, prop, asked_sides),) if v is not None]
        if read and any(implicit.hedged(c, temporal=False) and not SIZE_WORDS.keys().isdisjoint(implicit_terms.tokens(c))
                        for c in clauses):
            return None  # "... normal in size, but a distended gallbladder cannot be excluded": a size left open
        # the clause stating the size must not hedge; another clause may suspect what it means ("The mediastinum is
        # widened — concerning for aortic injury."), but not doubt or weigh the whole sentence, nor ask
        if read and (any(implicit.hedged(c, temporal=False) for c, _ in read) or "?" in sentence
                     or is_hedge(sentence)):
            return None
        verdicts.update(v for _, v in read)
    if len(verdicts) != 1:
        return None
    if prop in SIZE_WORDS and sum(t == prop for t in implicit_terms.tokens(text)) > (1 if YES in verdicts else 0):
        return None  # the size word stated besides the judgement ("... normal. The duct is dilated distally.")
    if prop in _NORMALITY and any(t in _NORMAL for t in implicit_terms.tokens(text)):
        return None  # "The appendix is dilated. The rest of the appendix is normal."
    return verdicts.pop()


__all__ = ["RULE", "SIZE_WORDS", "read_size"]
