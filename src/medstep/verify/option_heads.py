"""A heading that names an answer option: "Reactivation TB: no cavitation" lists the option, it does not claim it.

Why (issue #8, blind 36): a faithful chain that excludes the distractors one by one writes each distractor's name as a
heading and the reasons against it after the colon ("- Reactivation TB: no cavitation and no hilar lymphadenopathy.",
"- Haemothorax: the fluid has drained rather than reaccumulated"). The negation after the colon never reaches back over
the heading, so the heading was read as that distractor *present*, and the option evidence (the distractors are absent)
contradicted it: blind 36's good chains scored RadRScore 0.40 against 0.55 for paraphrases. Such a heading is an option
listing (``roles.SentenceRole.OPTION_LISTING``), as "C) Pleural effusion: ..." already is: the heading claims nothing and
what follows the colon is read as usual (a heading naming the chosen option claims nothing either; its evidence does).

A heading is the label grammar of ``frame`` (list marks or emphasis, up to six words, then a colon, an arrow or a
spaced dash) opening a line or a sentence. It names an option when the vocabulary reads a concept in it, every concept
it reads is one of that option's (so "TB" names "Post-primary (reactivation) tuberculosis"), and every other word of it
is a word of that option's text (or a lead-in that sets it aside: "Against pneumonia:"). So a place heading ("Left base:
pleural effusion"), a frame heading ("Dominant abnormality: X", ``frame.FrameWords``) and a heading with words of its
own ("Right lung: hyperlucent" beside "Swyer-James (MacLeod) syndrome") keep their reading, and so does a broader
concept than the option's ("Mass: left breast, 6 cm from the nipple" beside "BI-RADS 5: highly suggestive of
malignancy": retired blind 30's err-location chain rose 0.39 -> 0.88 when ancestors counted). What follows must reason: a
word of denial, doubt or comparison (``distractor_text.ASIDE_WORDS``, but not "from" or "over", which a description
uses), a normal statement, or a verb of being or having ("the fluid has drained", "the cyst is anechoic");
"Pneumothorax: small, left apical, 2 cm rim" and "Tuberculosis: right upper lobe, with cavitation" describe the
heading's finding and still claim it. Only a present or
possible reading of the heading is dropped: "Pneumothorax: none" denies the label, and that absence stands. Chains only
(a report's "Pneumothorax: small" is a finding list).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from medstep.answers import option_key
from medstep.extract.implicit_words import COPULA
from medstep.lazyre import lazy_compile
from medstep.verify.distractor_text import ASIDE_WORDS
from medstep.verify.findings import Finding, Polarity
from medstep.verify.frame import HEAD_END, HEAD_LEAD, WORDS_RUN
from medstep.verify.lexicon import K_CONCEPT, K_NORMAL, Lexicon
from medstep.verify.roles import SentenceRole
from medstep.verify.scan import Scanner
from medstep.verify.steps import Step

__all__ = ["OptionHeads"]

# A heading opening a line or a sentence: its words (group 1), then its end. (Anchored by ``match`` at each line or
# sentence start, its words separated by required blanks: one linear attempt per start.)
_HEAD = lazy_compile(r"(?i)" + HEAD_LEAD + r"(" + WORDS_RUN + r"(?:[ \t]+" + WORDS_RUN + r"){0,5})" + HEAD_END)
_STARTS = lazy_compile(r"\n|[.;!?][ \t]+")  # where a heading may open (besides the step's start)
_END = lazy_compile(r"[;!?\n]|\.(?!\d)")  # where what a heading introduces ends (not the point of "CTR 0.45")
_WORD = lazy_compile(r"[a-z]+")
_FUNCTION = frozenset({"the", "a", "an", "of", "and", "or", "with", "in", "to"})
_LEAD_IN = frozenset({"against", "versus", "vs", "excluding"})  # "Against pneumonia: ..."
# a description uses these too ("6 cm from the nipple", "over the apex"): no reasoning of their own
_REASONING = ASIDE_WORDS - {"from", "over"}
_VERBS = COPULA | frozenset({"has", "have", "had", "does", "do", "did", "would", "could", "cannot"})
_READ = 200  # characters after a heading read for its reasoning
_MEMO_LIMIT = 4096  # option sets kept


@dataclass(frozen=True, slots=True)
class _Option:
    concepts: frozenset[str]
    words: frozenset[str]


class OptionHeads:
    """Finds the option headings of a chain's steps and drops what they claim (built once per verifier)."""

    def __init__(self, scanner: Scanner, lexicon: Lexicon) -> None:
        self._scanner = scanner
        self._lexicon = lexicon
        self._memo: dict[tuple, list[_Option]] = {}  # by the options' items: a prompt's rollouts share them

    def _concepts(self, text: str) -> list[tuple[int, int, str]]:
        return [(e[0], e[1], e[3]) for e in self._scanner.events(text) if e[2] == K_CONCEPT]

    def _options(self, options: Mapping[str, str]) -> list[_Option]:
        key = tuple(options.items())
        hit = self._memo.get(key)
        if hit is None:
            if len(self._memo) >= _MEMO_LIMIT:
                self._memo.clear()
            hit = self._memo[key] = self._read_options(options)
        return hit

    def _read_options(self, options: Mapping[str, str]) -> list[_Option]:
        out = []
        for text in options.values():
            concepts = frozenset(c for _, _, c in self._concepts(text))
            if concepts:
                out.append(_Option(concepts, frozenset(option_key(text).split())))
        return out

    def _names_option(self, label: str, options: Sequence[_Option]) -> bool:
        """Whether ``label`` names one of ``options`` (module docstring)."""
        events = self._concepts(label)
        if not events:
            return False
        read = frozenset(c for _, _, c in events)
        low = label.lower()
        words = []
        for m in _WORD.finditer(low):
            if not any(a <= m.start() < b for a, b, _ in events):
                words.append(m.group())
        words = [w for w in option_key(" ".join(words)).split() if w not in _FUNCTION]
        while words and words[0] in _LEAD_IN:
            words = words[1:]
        for opt in options:
            if read <= opt.concepts and all(w in opt.words for w in words):
                return True
        return False

    def _reasons(self, rest: str) -> bool:
        """Whether ``rest`` (what a heading introduces, to its sentence's end) reasons about the option rather than
        describing the heading's own finding (module docstring)."""
        words = set(_WORD.findall(rest.lower()))
        if not words.isdisjoint(_REASONING) or not words.isdisjoint(_VERBS):
            return True
        return any(e[2] == K_NORMAL for e in self._scanner.events(rest))  # "heart size normal"

    def spans(self, text: str, options: Sequence[_Option]) -> list[tuple[int, int]]:
        """The (start, end) spans of ``text``'s option headings, the end at the heading's colon or dash."""
        out = []
        starts = [0, *(m.end() for m in _STARTS.finditer(text))]
        for s in starts:
            m = _HEAD.match(text, s)
            if m is None:
                continue
            if not self._names_option(m.group(1), options):
                continue
            end = _END.search(text, m.end(), min(len(text), m.end() + _READ))
            rest = text[m.end() : end.start() if end is not None else min(len(text), m.end() + _READ)]
            if self._reasons(rest):
                out.append((m.start(1), m.end(1)))
        return out

    def drop(
        self, steps: Sequence[Step], per_step: list[list[Finding]], per_sent: list[list], options: Mapping[str, str]
    ) -> tuple[list[list[Finding]], list[list]]:
        """The chain's findings and clauses with the option headings claiming nothing: a clause left with no claim
        is shown as an option listing. Unchanged lists when no heading names an option."""
        if not options:
            return per_step, per_sent
        opts = self._options(options)
        if not opts:
            return per_step, per_sent
        out_f: list[list[Finding]] | None = None
        out_c: list[list] | None = None
        for k, (step, found, clauses) in enumerate(zip(steps, per_step, per_sent)):
            cut = self.spans(step.text, opts)
            if not cut:
                continue
            kept = [f for f in found if f.polarity is Polarity.ABSENT or not any(a <= f.start < b for a, b in cut)]
            if len(kept) == len(found):
                continue
            new_clauses = []
            for c in clauses:
                if not any(c[0] <= a < c[1] for a, _ in cut):
                    new_clauses.append(c)
                    continue
                left = sum(1 for f in kept if c[0] <= f.start < c[1])
                new_clauses.append((c[0], c[1], c[2] if left else SentenceRole.OPTION_LISTING, left, c[4]))
            if out_f is None:
                out_f, out_c = list(per_step), list(per_sent)
            assert out_c is not None
            out_f[k] = kept
            out_c[k] = new_clauses
        return (out_f, out_c) if out_f is not None and out_c is not None else (per_step, per_sent)
