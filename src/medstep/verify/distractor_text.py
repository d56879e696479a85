"""A distractor option's own words asserted as this image's finding (issue #8, gaming 33).

Why: with option evidence (RadRBench's convention: the gold option is true, the distractors absent) a distractor's
findings are known absent, but only the ones the concept table reads. A chain that asserts every option's finding
and then picks the gold one ("There is colonic interposition between the liver and the diaphragm, a Chilaiditi sign.",
"Intramural haematoma of the ascending aorta.", "Chronic post-thrombotic change is present in the right femoral vein.")
lost nothing for the options whose words read as no concept, or as one the gold option shares: such chains scored
RadRScore ~0.15 on blind 32 and up to 0.9 on probes of retired cases, beside faithful chains at 0.4-0.7.

So the option's text is the evidence, as the answer extractor matches an option's text in a reply: a clause the
chain asserts (an observation or a conclusion, ``aligned_denials.asserted_spans``) that holds every content word of
a distractor's *claim form* states that distractor present, and is contradicted (``distractor-asserted``, one claim
unit per step). A claim form is a piece of the option that asserts something: its head and each piece after "with",
a comma, a colon or in brackets ("Colonic interposition between liver and diaphragm", "Chilaiditi sign"); never the
piece after a denial ("without free gas"), one of fewer than two content words, one with a normal word ("with the
drain in satisfactory position"), nor one whose words all stand in the gold option (a side or a grade is all that
sets it apart: the concept table judges those) or all in the sentences of the report and reference steps that deny
nothing (the case names what it says, in other words: "a fracture at the base of the femoral neck, where it joins the
intertrochanteric region" is no "intertrochanteric fracture of the left femur", and a faithful chain may say so).

A faithful chain names distractors to set them aside, and those words must cost nothing: a clause with any word of
denial, doubt, condition, comparison, choice or differential in its sentence ("no", "rather than", "unlikely",
"would", "versus", "favour ... over", "option", "excluded") or of a normal state ("normal", "intact") asserts no
option. The option the chain chose is left
out (its decision is graded once, by accuracy), and so is any step the evidence already contradicts, and a chain
that observes nothing is not made to observe by these claims.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources

from medstep.answers import hedges, judgements, negation, option_key
from medstep.lazyre import lazy_compile
from medstep.verify.aligned_denials import asserted_spans
from medstep.verify.aligned_places import UNNAMED
from medstep.verify.findings import Finding, Polarity
from medstep.verify.results import StepVerdict
from medstep.verify.verdicts import FindingVerdict, SourcedFinding, Verdict

__all__ = ["claim_forms", "distractor_errors", "sets_aside"]

RULE = "distractor-asserted"
MIN_WORDS = 2  # content words of a claim form
_UNIT_BASE = 5_500_000  # (a claim unit of its own per step, apart from the aligned checks' 4_500_000 + index)
# Where an option's text divides into claim forms; a piece after a denial asserts nothing of the option.
_CUT = lazy_compile(r"(?i)[,;:()\[\]]|\s[-\u2013\u2014]\s|\b(?:with|due\s+to|from|secondary\s+to|suggesting|"
                    r"suspicious\s+for|in\s+keeping\s+with|consistent\s+with|indicating|causing|following|"
                    r"(?P<deny>" + negation.alternation(negation.DENY, negation.NEITHER) + r"))\b")
_FUNCTION = frozenset({"the", "a", "an", "of", "in", "on", "at", "to", "into", "by", "for", "and", "or", "its", "their",
                       "between", "only", "is", "are", "be", "there", "this", "that", "both", "each", "all"})
# Words of a sentence that sets an option aside, weighs it or supposes it: nothing in it is asserted of the image.
_ASIDE_GROUPS = (
    negation.DENY, negation.NEITHER, negation.NEVER, negation.NONE, negation.NON, negation.ABSENT, negation.ABSENCE,
    negation.NEGATIVE, negation.BEFORE, negation.INSTEAD, negation.NIL, negation.EXCLUDED, negation.LOSS,
    negation.DENYING, negation.EXCLUDES, negation.CANNOT, hedges.POSSIBILITY, hedges.CONDITION, hedges.SUPPOSING,
    hedges.SUPPOSED_CASE,
    hedges.DOUBT, hedges.TURN, hedges.CONTRAST, hedges.EXCEPTION, hedges.NOT_EXCLUDED, hedges.NOT_EXCLUDING,
    hedges.LIKELIHOOD, hedges.UNLIKELY_WORDS, hedges.SUSPICION, hedges.ALTERNATIVE, hedges.DIFFERENTIAL,
    hedges.CANDIDATES, hedges.OPEN_CANDIDATE, hedges.CAUSES, hedges.ASKING, hedges.OBLIGATION, hedges.SEARCH,
    hedges.DEFINITION, judgements.CALLED_WRONG, judgements.UNLIKELY, judgements.SET_ASIDE, judgements.MISFIT,
    judgements.POOR_FIT,
    ("either", "less", "least", "hardly", "than", "unlike", "against", "from", "over", "favour", "favours", "favoured",
     "favor", "favors", "favored", "option", "options", "answer", "choice", "choices", "question", "consider", "considered",
     "considering", "distinguish", "distinguishes", "distinguishing", "differentiate", "differentiates", "typical"),
    hedges.HABIT)
# (read as a set of words and a few phrases, not one alternation of ~250 branches tried at every character: a
# 20,000-character sentence took 0.6 s that way)
ASIDE_WORDS = frozenset(w for group in _ASIDE_GROUPS for w in group if " " not in w)
# Words that reason about an option heading (``option_heads``): the set-aside words, less those a description uses too
# ("6 cm from the nipple", "over the apex") and the positive hedges, which keep the heading's finding possible
# ("Pneumothorax: likely, given the pleural line").
_SUPPOSING = frozenset((*hedges.POSSIBILITY, *hedges.LIKELIHOOD, *hedges.SUSPICION)) - frozenset(
    ("unlikely", "questionable", "equivocal", "indeterminate", "borderline")
)
REASONING_WORDS = ASIDE_WORDS - {"from", "over"} - _SUPPOSING
_ASIDE_PHRASES = tuple(sorted({f" {w} " for group in _ASIDE_GROUPS for w in group if " " in w}))
_TOKEN = lazy_compile(r"[a-z]+(?:'[a-z]+)?")
_SENTENCE_END = ".;!?\n"
_SENTENCE_CUT = lazy_compile(r"[.;!?\n]")  # (each of ``_SENTENCE_END``: one character, no look-around)
# entries of the evidence-word memos (``_said``), bounded like the other pure readings of a text (``rib_sites._sites``)
_MEMO_TEXTS = 4096
_MEMO_SENTENCES = 16384

Form = frozenset[str]
_NO_WORDS: Form = frozenset()


@lru_cache(maxsize=1)
def _normal_words() -> frozenset[str]:
    """The one-word normal states of ``answers/states.tsv`` ("normal", "intact", "clear", "preserved"; not the words
    of its phrases: "lung" of "lung fine" is no state)."""
    text = resources.files("medstep.answers").joinpath("states.tsv").read_text(encoding="utf-8")
    out: set[str] = set()
    for line in text.splitlines():
        cols = line.split("\t")
        if len(cols) >= 2 and cols[1] == "normal" and not line.startswith("#"):
            words = option_key(cols[0]).split()
            if len(words) == 1 and len(words[0]) > 3:
                out.add(words[0])
    return frozenset(out)


def _words(text: str) -> frozenset[str]:
    """The content words of ``text`` in the options' own normal form (``answers.option_key``: case, punctuation,
    articles, plurals)."""
    return frozenset(w for w in option_key(text).split() if len(w) > 1 and w not in _FUNCTION)


@lru_cache(maxsize=4096)
def claim_forms(text: str) -> tuple[Form, ...]:
    """The claim forms of an option's ``text`` (module docstring), each as its content words."""
    pieces: list[str] = []
    last, denied = 0, False
    for m in _CUT.finditer(text):
        if not denied and m.start() > last:
            pieces.append(text[last:m.start()])
        if m.group("deny"):
            denied = True
        elif m.group(0) in ")]":
            denied = False  # (a bracket closes what a denial inside it covered)
        last = m.end()
    if not denied:
        pieces.append(text[last:])
    normal = _normal_words()
    forms = {_words(p) for p in pieces}
    # sorted: a set of frozensets iterates in hash order, and callers take the first form that matches
    return tuple(sorted((f for f in forms if len(f) >= MIN_WORDS and not f & normal), key=sorted))


@lru_cache(maxsize=4096)
def _distractor_forms(options: tuple[tuple[str, str], ...], gold: str, chosen: str | None, evidence: tuple[str, ...]
                      ) -> tuple[tuple[str, Form], ...]:
    """(letter, form) of every distractor but the chosen one, without the forms the gold option or an evidence
    sentence that denies nothing holds (module docstring)."""
    texts = dict(options)
    if gold not in texts:
        return ()
    gold_words = _words(texts[gold])
    said = frozenset().union(*map(_said, evidence))  # every word the evidence's affirming sentences use
    out = []
    for letter, text in options:
        if letter == gold or letter == chosen:
            continue
        for form in claim_forms(text):
            if form <= gold_words or form <= said:
                continue
            out.append((letter, form))
    return tuple(out)


def _sets_aside(sentence: str) -> bool:
    """Whether ``sentence`` holds a word of denial, doubt, condition, comparison or choice (``_ASIDE_GROUPS``), a
    contracted "not" or a question mark."""
    low = sentence.lower().replace("\u2019", "'")
    if "?" in low or "n't" in low:
        return True
    tokens = _TOKEN.findall(low)
    if not ASIDE_WORDS.isdisjoint(tokens) or not _normal_words().isdisjoint(tokens):
        return True
    joined = f" {' '.join(tokens)} "
    return any(p in joined for p in _ASIDE_PHRASES)


# the one reading of a sentence that weighs rather than asserts, shared with ``rival_claims`` (a rival mention spared
# only in such a sentence, the complement of the distractor's words asserted here)
sets_aside = _sets_aside


@lru_cache(maxsize=_MEMO_TEXTS)
def _said(text: str) -> Form:
    """The content words of the sentences of an evidence ``text`` that set nothing aside (a sentence with a denial says
    none), the union of its sentences' (``_affirmed``).

    Why per sentence: a benchmark's reports are new texts of sentences met before ("The trachea is midline."), so a new
    report costs a split and a lookup per sentence. Exact: a sentence is cut at each of ``_SENTENCE_END`` and read on
    its own text alone (``_sets_aside``, ``_words``), so no sentence's reading depends on another's, and a union does
    not depend on order (a sentence of spaces only holds no word)."""
    return frozenset().union(*map(_affirmed, _SENTENCE_CUT.split(text)))


@lru_cache(maxsize=_MEMO_SENTENCES)
def _affirmed(sentence: str) -> Form:
    """``_words`` of a ``sentence`` that sets nothing aside, else none."""
    return _NO_WORDS if _sets_aside(sentence) else _words(sentence)


def distractor_errors(steps: list[StepVerdict], options: Mapping[str, str], gold: str, chosen: str | None,
                      evidence: Sequence[str]) -> list[StepVerdict]:
    """``steps`` with each step that asserts a distractor's claim form contradicted (module docstring); ``evidence``:
    the report and reference steps' texts."""
    if not steps or not any(v.consistent is not None and v.finding.polarity is not Polarity.UNCERTAIN
                            for s in steps for v in s.verdicts):
        return steps  # (a chain that observes nothing is not made to observe)
    forms = _distractor_forms(tuple(options.items()), gold, chosen, tuple(t for t in evidence if t))
    if not forms:
        return steps
    out = steps
    for k, s in enumerate(steps):
        if s.verdict is Verdict.CONTRADICTED:
            continue
        added = _asserted(s, forms, options)
        if added is not None:
            out = out if out is not steps else list(steps)
            out[k] = s.with_contradictions((added,))
    return out


def _asserted(s: StepVerdict, forms: tuple[tuple[str, Form], ...], options: Mapping[str, str]
              ) -> FindingVerdict | None:
    """The contradicted claim of the first clause of ``s`` asserting a distractor's form, or None."""
    text = s.text
    for a, b in asserted_spans(s):
        opened = max(text.rfind(c, 0, a) for c in _SENTENCE_END) + 1
        ends = [i for i in (text.find(c, b) for c in _SENTENCE_END) if i >= 0]
        sentence = text[opened:min(ends) if ends else len(text)]
        if _sets_aside(sentence):
            continue
        words = _words(text[a:b])
        for letter, form in forms:
            if form <= words:
                f = Finding(UNNAMED, "unnamed finding", "finding", Polarity.PRESENT, text[a:b].strip(), a, b,
                            source="option", unit=_UNIT_BASE + s.index, role=s.role)
                ev = Finding(UNNAMED, "unnamed finding", "finding", Polarity.ABSENT, options[letter], 0,
                             len(options[letter]), source="option")
                return FindingVerdict(f, Verdict.CONTRADICTED, False, RULE,
                                      (SourcedFinding(ev, f"option[{letter}]", options[letter], 2),))
    return None


_WORDS = lazy_compile(r"[a-z]+")
_DENYING_WORD = frozenset((*negation.DENY, *negation.NON))


def denies_narrowing(rest: str, narrowing: set[str] | frozenset[str]) -> bool:
    """Whether the first comma piece of ``rest`` denies a word that narrows an option below its broader heading
    ("not under tension" after "Pneumothorax:" for "Tension pneumothorax"; "not renal" after "Infarction:"): a denial
    word with one of ``narrowing`` within its next four words."""
    words = _WORDS.findall(rest.split(",", 1)[0].lower())
    return any(w in _DENYING_WORD and narrowing & set(words[i + 1 : i + 5]) for i, w in enumerate(words))
