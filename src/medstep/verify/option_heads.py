"""A heading that names an answer option: "Reactivation TB: no cavitation" lists the option, it does not claim it.

Why (issue #8, blind 36): a faithful chain that excludes the distractors one by one writes each distractor's name as a
heading and the reasons against it after the colon ("- Reactivation TB: no cavitation and no hilar lymphadenopathy.", "-
Haemothorax: the fluid has drained rather than reaccumulated"). The negation after the colon never reaches back over the
heading, so the heading was read as that distractor *present*, and the option evidence (the distractors are absent)
contradicted it: blind 36's good chains scored RadRScore 0.40 against 0.55 for paraphrases. Such a heading is an option
listing (``roles.SentenceRole.OPTION_LISTING``), as "C) Pleural effusion: ..." already is: the heading claims nothing
and what follows the colon is read as usual. A heading naming the chain's *chosen* option is no listing (``Verifier``
passes the other options only): it is the chain's finding ("Pneumothorax: there is a small left apical one"), a faithful
chain's chosen option is the gold one, and a wrong answer's heading must stay contradicted (review of optheads36: 34
such lines had lost their claim).

A heading is the label grammar of ``frame`` (list marks or emphasis, up to six words, then a colon, an arrow or a spaced
dash) opening a line or a sentence. It names an option when the vocabulary reads a concept in it, every concept it reads
is one of that option's (so "TB" names "Post-primary (reactivation) tuberculosis"), and every other word of it is a word
of that option's text, a function word, or a set-aside word leading it ("Against pneumonia:"). So a place heading ("Left
base: pleural effusion"), a frame heading ("Dominant abnormality: X", ``frame.FrameWords``) and a heading with words of
its own ("Right lung: hyperlucent" beside "Swyer-James (MacLeod) syndrome") keep their reading. A broader concept than
the option's (not the chosen one's) names it before a firm reason only ("Infarction: no rim sign" for "Renal
infarction", reject49); "Mass: left breast, 6 cm from the nipple" beside "BI-RADS 5: highly suggestive of malignancy"
stays a claim. What follows must reason, in its first comma piece: a word of denial, doubt or comparison
(``distractor_text.ASIDE_WORDS``, but not "from" or "over", which a description uses, nor a positive hedge: "likely"
keeps the finding possible) or a normal statement ("the fluid has drained rather than reaccumulated", "heart size
normal"). A description ("Pneumothorax: small, left apical, 2 cm rim") or an affirmation ("Pleural effusion: is
present.", "present, heart normal") still claims the heading's finding: a bare verb of being is no reasoning, or a chain
listing every option present as headings escapes every contradiction. Only a present or possible reading of the heading
is dropped: "Pneumothorax: none" denies the label, and that absence stands. Chains only (a report's "Pneumothorax:
small" is a finding list). Known gap: a walk whose reason is a plain state with no set-aside word ("Haemothorax: the
haemoglobin is unchanged", "Cardiomegaly: the cardiothoracic ratio is under 0.5") still claims its heading.

The reasons may name the option again ("Against sarcoid: end-stage sarcoid favours the upper zones, whereas here the
bases are worst"): to its sentence's end, what a reasoning heading introduces claims none of the option's own concepts
present either. And a later comma piece reasons too when it denies the option or a broader kind of it ("Pneumonia: it
appeared within 3 hours of the procedure, which is too fast for infection"); a later denial of something else or
narrower still describes ("Pneumothorax: small, left apical, no tension"). (vgaps37)

A distractor weighed by what it would show (issue #8, lane reject46: about half the contradicted claims of faithful
chains on a held-out set) claims nothing of what it would show either. Three shapes, one reading (``_Head.expected``:
every present finding the heading or the name introduces, to its clause's end, is the option's expectation; denials are
always kept, so "none here" still reads this image):

* the option's name as the subject of a verb or modal of expectation (``hedges.EXPECTS``, ``hedges.HABIT``: "D -
  emphysema gives flat domes, not this picture", "Sarcoid (B) can calcify nodes", "C, heart failure, classically
  shows cardiomegaly"), or a heading introducing one ("C (sarcoidosis): expects hilar nodes"), up to a turn to this
  image ("..., but here ...", "... and the lungs are hyperinflated"). Not a definite subject ("The effusion would
  ..."), nor an expectation said present or pointing at this image ("... should be present", "can look like this");
* a heading or a subject whose sentence or line ends in a bare verdict turning it down, in a few words of denial,
  seeing and pointing only ("- Myeloma: lytic, punched-out lesions - absent", "- TAPVR: snowman heart; ... - neither
  present", "Emphysema flattens the domes - not seen"); a last piece saying more ("but it would not explain a high
  lead impedance") is a reason of its own and the first piece decides, as above (retired blind 38's err-negation
  chain asserts "there is some soft tissue swelling" under such a heading);
* the same verdict line under a heading that names a finding in other words than the option's ("**HSV
  encephalitis:** ... - absent"); a place or organ heading reads no finding and keeps its reading.

Textbook lines of a class weigh nothing seen either (lane expect47): a finding or disease named as a class (a few words
ending in its name, not the chosen option's) before a verb of habit or tendency ("a tumour can hide in an inflamed
segment", "pneumothoraces tend to ...", also after "but", "whereas", "because", ", as"), an option named by its
bracketed letter there ("whereas a corpus luteum cyst (B) should have regressed"), and a setting before an impersonal
subject ("In heart failure, one expects ...", "For B to be right we'd need ..."). An option's words are read with and
without its bracketed part ("Hydatid (echinococcal) cyst" is named by "Hydatid cyst:") and by the initials of its runs
of three or four words ("RML collapse:" names "Right middle lobe collapse"). Known gaps: a synonym of the option's name
("Reactivation TB" for "Post-primary tuberculosis") outside the verdict line, a subject of other words ("Cannonball
metastases are ..., which is not what we see"), an inverted conditional ("Were this sarcoidosis, ...").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import Enum

from medstep.answers import hedges, option_key
from medstep.extract.implicit_words import STOP
from medstep.lazyre import lazy_compile
from medstep.verify.clauses import OPTION_LETTER
from medstep.verify.distractor_text import ASIDE_WORDS, REASONING_WORDS, denies_narrowing
from medstep.verify.expectations import (
    CLAUSE_OPEN,
    DENY,
    NOT_ABSENT,
    PRESENT,
    class_label,
    class_verb,
    expectation_end,
    expectation_verb,
    fronted_stop,
    initials,
    opens_with_expectation,
    setting,
    subject_label,
    subject_words,
    sure_aside,
    tagged_letter,
    verdict_end,
)
from medstep.verify.findings import Finding, Polarity
from medstep.verify.frame import HEAD_END, HEAD_LEAD, WORDS_RUN
from medstep.verify.lexicon import K_CONCEPT, K_NORMAL, Lexicon
from medstep.verify.option_claims import denies_here, unclaimed
from medstep.verify.scan import Scanner
from medstep.verify.step_edits import StepEdits
from medstep.verify.steps import Step

__all__ = ["OptionHeads", "unclaimed"]

# A heading opening a line or a sentence: its words (group 1), then its end. (Anchored by ``match`` at each line or
# sentence start, its words separated by required blanks: one linear attempt per start.)
_NAME = WORDS_RUN + r"(?:[ \t]+" + WORDS_RUN + r"){0,5}"
_HEAD = lazy_compile(r"(?i)" + HEAD_LEAD + r"(" + _NAME + r")" + HEAD_END)
# The same heading carrying its option's letter in brackets, after the name or before it with the name bracketed
# ("*Post-primary TB (C):*", "**C (pocket haematoma):**"): group 1 the whole label, the name in group 3 or 4 and the
# letter in group 2 or 5 (it must be the letter of the option the name names: ``OptionHeads._lettered``).
_LETTERED = lazy_compile(r"(?i)" + HEAD_LEAD + r"((?:(" + OPTION_LETTER + r")[ \t]*\((" + _NAME + r")\)|(" + _NAME
                         + r")[ \t]*\((" + OPTION_LETTER + r")\)))" + HEAD_END)
_STARTS = lazy_compile(r"\n|[.;!?][ \t]+")  # where a heading may open (besides the step's start)
_END = lazy_compile(r"[;!?\n]|\.(?!\d)")  # where what a heading introduces ends (not the point of "CTR 0.45")
_WORD = lazy_compile(r"[a-z]+")
_BRACKET = lazy_compile(r"\(([^()]{1,80})\)")  # a bracketed part of an option's text
_FUNCTION = STOP | {"and", "or", "with"}  # words a heading may hold besides the option's ("Pneumothorax on the left")
_HABIT = frozenset(w for w in hedges.HABIT if " " not in w)  # a reason of habit only: weak (``_reasons``)
_READ = 200  # characters after a heading read for its reasoning
_MEMO_LIMIT = 4096  # option sets kept


class _Reasons(Enum):
    """How what a heading introduces reasons about its option (``OptionHeads._reasons``)."""

    NONE = "none"  # a description or affirmation: the heading claims its finding
    HABIT = "habit"  # only a word of habit ("rarely", "typically"): the heading lists the option, its reasons stand
    FIRM = "firm"  # a denial, doubt, comparison or normal statement: the option claims nothing to the sentence's end


@dataclass(frozen=True, slots=True)
class _Option:
    key: str  # the option's letter, as the options give it
    concepts: frozenset[str]
    words: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Head:
    """An option heading that reasons about its option: the heading's words (``start``-``end``), which claim nothing, and what
    it introduces, to ``stop``, where the option's own concepts claim nothing either: the reasons name the option they weigh
    ("Against lymphoma: lymphoma rarely causes symmetric hilar nodes"; vgaps37)."""

    start: int
    end: int
    stop: int
    concepts: frozenset[str]
    expected: bool = False  # what it introduces is the option's expectation: no finding of it claims presence
    sited: bool = False  # a class subject or setting: a sided or placed finding is this image's ("... at the left apex")

    def covers(self, f: Finding) -> bool:
        if self.sited and (f.laterality is not None or f.location is not None):
            return False
        return self.start <= f.start < self.end or self.end <= f.start < self.stop and (
            self.expected or f.concept in self.concepts)


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
        for key, text in options.items():
            # a bracketed synonym or qualifier interrupts the name it follows ("Hydatid (echinococcal) cyst" names a
            # hydatid cyst): the name is read without it too, and the bracket on its own ("(Ogilvie syndrome)")
            readings = (text, _BRACKET.sub(" ", text), *_BRACKET.findall(text))
            concepts = frozenset(c for r in readings for _, _, c in self._concepts(r))
            if concepts:
                words = option_key(text).split()
                out.append(_Option(key, concepts, frozenset(words) | initials(words)))
        return out

    def _names_option(self, label: str, options: Sequence[_Option], keep: frozenset[str] | None = None) -> _Option | None:
        """The option ``label`` names (module docstring), or None; with ``keep`` (the chosen's) by broader concepts too."""
        events = self._concepts(label)
        if not events:
            return None
        read = frozenset(c for _, _, c in events)
        low = label.lower()
        words = []
        for m in _WORD.finditer(low):
            if not any(a <= m.start() < b for a, b, _ in events):
                words.append(m.group())
        words = [w for w in option_key(" ".join(words)).split() if w not in _FUNCTION]
        while words and words[0] in ASIDE_WORDS:  # a lead-in that sets it aside: "Against pneumonia:"
            words = words[1:]
        for opt in options:
            if all(w in opt.words for w in words) and (read <= opt.concepts or keep is not None and not read & keep and all(any(r in self._lexicon.concepts[c].ancestors for c in opt.concepts if c in self._lexicon.concepts) for r in read)):
                return opt
        return None

    def _lettered(self, m: re.Match[str], options: Sequence[_Option]) -> _Option | None:
        """The option a lettered heading (``_LETTERED``) names, when its letter is that option's own ("Pneumothorax (A):"
        beside another names none; the chosen option, absent from ``options``, keeps its claim). The letter ties a finding
        named in its option's words only to it, though broader ("Metastases (C):" for "Multifocal bone metastases"; session
        55: read as the distractor present and contradicted)."""
        name, letter = (m.group(3), m.group(2)) if m.group(3) is not None else (m.group(4), m.group(5))
        own, words = next((o for o in options if o.key.strip().upper() == letter.upper()), None), [
            w for w in option_key(name).split() if w not in _FUNCTION and w not in ASIDE_WORDS]
        if own is not None and words and all(w in own.words for w in words) and self._concepts(name):
            return own
        opt = self._names_option(name, options)
        return opt if opt is not None and opt.key.strip().upper() == letter.upper() else None

    def _reasons(self, rest: str) -> _Reasons:
        """Whether ``rest`` (what a heading introduces, to its sentence's end) reasons about the option rather than
        describing or affirming the heading's own finding. Only its first comma piece is read: a denial later on
        qualifies something else ("Pneumothorax: small, left apical, no tension"), and a bare verb of being is no
        reasoning ("Pleural effusion: is present." must stay a claim, or listing every option present escapes every
        contradiction: review of optheads36). A word of habit alone ("rarely", "typically") is a weak reason: it
        sets the heading aside but says nothing of this image that would set aside the option's name said again."""
        first = rest.split(",", 1)[0]
        said = set(_WORD.findall(first.lower())) & REASONING_WORDS
        if said - _HABIT or any(e[2] == K_NORMAL for e in self._scanner.events(first)):  # "heart size normal"
            return _Reasons.FIRM
        return _Reasons.HABIT if said else _Reasons.NONE

    def spans(
        self, text: str, options: Sequence[_Option], found: Sequence[Finding] = (), keep: frozenset[str] = frozenset()
    ) -> list[_Head]:
        """``text``'s option headings that reason about their option (``found``: its findings, for a denial of the
        option later in what the heading introduces; ``keep``: the chosen option's concepts and their ancestors, which
        a class subject may not name)."""
        out = []
        denied = sorted((f.start, f.concept, f.trigger or "") for f in found if f.polarity is Polarity.ABSENT)
        starts = [0, *(m.end() for m in _STARTS.finditer(text))]
        for s in starts:
            m = _HEAD.match(text, s)
            opt = None if m is None else self._names_option(m.group(1), options)
            broad = opt is None and m is not None and (opt := self._names_option(m.group(1), options, keep)) is not None
            if opt is None:
                m = _LETTERED.match(text, s)
                opt = None if m is None else self._lettered(m, options)
            if m is None or opt is None:
                head = self._judged_heading(text, s) or self._subject(text, s, options, keep) or self._setting(
                    text, s, options, keep)
                if head is not None:
                    out.append(replace(head, stop=fronted_stop(text, s, head.end, head.stop)))
                continue
            end = _END.search(text, m.end(), min(len(text), m.end() + _READ))
            stop = end.start() if end is not None else min(len(text), m.end() + _READ)
            rest = sure_aside(text[m.end() : stop])
            why = self._reasons(rest)
            if why is not _Reasons.NONE and self._affirmed(rest, opt, m.end(), found):
                why = _Reasons.NONE
            if broad and why is not _Reasons.FIRM:  # a broader name lists its option only before a firm reason
                continue
            if broad and denies_narrowing(rest, opt.words - set(_WORD.findall(m.group(1).lower())) - _FUNCTION):
                continue  # the reason turns down what narrows the option ("Pneumothorax: not under tension"): the
                # heading's own finding is still said (review of reject49)
            if why is not _Reasons.FIRM and opens_with_expectation(rest):
                if not self._affirmed(rest, opt, m.end(), found):  # "C (sarcoidosis): expects hilar nodes"
                    out.append(_Head(m.start(1), m.end(1), stop, opt.concepts, expected=True))
                    continue
            if why is _Reasons.NONE:
                line = verdict_end(text, m.end(), stop)
                line = verdict_end(text, m.end()) if line is None else line
                if line is not None:  # "- Myeloma: lytic, punched-out lesions - absent."
                    out.append(_Head(m.start(1), m.end(1), line, opt.concepts, expected=True))
                    continue
            if why is _Reasons.FIRM or self._denied_later(opt, m.end(), stop, denied, rest):
                out.append(_Head(m.start(1), m.end(1), stop, opt.concepts))
            elif why is _Reasons.HABIT:  # "Against lymphoma: lymphoma rarely looks like this": the heading only
                out.append(_Head(m.start(1), m.end(1), m.end(1), opt.concepts))
        for c in CLAUSE_OPEN.finditer(text):  # "..., but metastases tend to grow": a subject only
            head = self._subject(text, c.end(), options, keep)
            if head is not None:
                out.append(replace(head, sited=True, stop=fronted_stop(text, c.start(), head.end, head.stop)))
        return out

    def _subject(
        self, text: str, start: int, options: Sequence[_Option], keep: frozenset[str] = frozenset()
    ) -> _Head | None:
        """An option named, from ``start``, as the subject of what it does in general: its name (a lead of its letter
        and a bracketed letter set aside: "D - emphysema", "C, heart failure,", "Sarcoid (B)") then, within a few
        words, a verb or modal of expectation ("gives", "can", "would", "usually": ``hedges.EXPECTS``,
        ``hedges.HABIT``). What it expects, to its clause's end or a turn to this image ("..., but here ..."), claims
        nothing present: the option is weighed by what it would show. A definite subject ("The effusion would ...")
        is this image's, and an expectation said present ("... should be present", "which is seen here") or a
        denied denial is no expectation: both keep their claims. Denials are never dropped (``drop``): "none here"
        still reads this image."""
        end = _END.search(text, start, min(len(text), start + _READ))
        limit = end.start() if end is not None else min(len(text), start + _READ)
        words = subject_words(text, start, limit)
        verb = expectation_verb(words)
        if verb == 0:
            return self._judged_subject(text, start, limit, words, options)
        lo, label = subject_label(text, start, words[verb].start())
        opt = self._names_option(label, options) if label else None
        concepts = opt.concepts if opt is not None else self._class(text, lo, words, verb, label, options, keep)
        if not concepts:
            return None
        stop = expectation_end(text, words[verb], limit)
        return None if stop is None else _Head(lo, words[verb].start(), stop, concepts, True, sited=opt is None)

    def _setting(
        self, text: str, start: int, options: Sequence[_Option], keep: frozenset[str] = frozenset()
    ) -> _Head | None:
        """A setting naming an option (by its words or its letter alone: "For B to be right") or a finding as a
        class, before an impersonal subject expecting something of it ("In heart failure, one expects cardiomegaly",
        "For B to be right we'd need a visceral pleural line": ``expectations.setting``): what is expected, to its
        clause's end or a turn to this image, claims nothing present, as an option's expectation does (lane
        expect47). A definite setting ("In this film, we would see ...") names nothing weighed and keeps its claims."""
        found = setting(text, start)
        if found is None:
            return None
        lo, hi, verb = found
        end = _END.search(text, start, min(len(text), start + _READ))
        limit = end.start() if end is not None else min(len(text), start + _READ)
        key = re.sub(r"(?i)^option\s+", "", text[lo:hi]).strip(" \t()").upper()
        opt = next((o for o in options if o.key.strip().upper() == key), None)
        lo, label = (lo, key) if opt is not None else subject_label(text, lo, hi)
        if not label:
            return None
        opt = opt or self._names_option(label, options)
        concepts = opt.concepts if opt is not None else self._class_concepts(label, keep)
        if not concepts or opt is None and not class_label(label):
            return None
        stop = expectation_end(text, verb, limit)
        return None if stop is None else _Head(lo, verb.start(), stop, concepts, expected=True, sited=True)

    def _class_concepts(self, label: str, keep: frozenset[str] = frozenset()) -> frozenset[str]:
        """The concepts of ``label`` when it names findings or diseases only, ending in one's name, and none of
        ``keep`` (the chosen option's: a wrong answer's own finding keeps its claim however it is phrased); else
        empty."""
        events = self._concepts(label)
        table = self._lexicon.concepts
        concepts = frozenset(c for _, _, c in events)
        if not events or concepts & keep or any(c not in table or table[c].category != "finding" for c in concepts):
            return frozenset()
        if label[events[-1][1] :].strip(" \t,*_'\u2019s") != "":  # its last words are the finding's name
            return frozenset()
        return concepts

    def _class(self, text: str, lo: int, words: Sequence[re.Match[str]], verb: int, label: str,
               options: Sequence[_Option], keep: frozenset[str] = frozenset()) -> frozenset[str]:
        """The concepts of a subject that names no option by its words but a finding or disease as a class, before a
        verb of what such a class does ("A tumour can hide in an inflamed segment", "Metastases tend to grow",
        "An intact plantaris can mimic partial continuity"), or an option by its bracketed letter ("a haemorrhagic
        corpus luteum cyst (B) should have regressed"): textbook knowledge, no finding of this image (lane expect47).
        The subject must be a few words ending in the finding's name (``expectations.class_label``), every concept it
        reads a finding or disease, and the verb one of habit or tendency (``expectations.class_verb``: not a bare
        "would", which puts a hypothesis about this image). Empty when it is none of these."""
        if not label or not class_label(label) or not class_verb(words, verb):
            return frozenset()
        letter = tagged_letter(text, lo, words[verb].start())
        if letter is not None:
            opt = next((o for o in options if o.key.strip().upper() == letter), None)
            return opt.concepts if opt is not None else frozenset()
        return self._class_concepts(label, keep)

    def _judged_heading(self, text: str, start: int) -> _Head | None:
        """A heading from ``start`` that names a finding or disease in other words than an option's ("**HSV
        encephalitis:** medial temporal involvement, often haemorrhagic - absent.") whose sentence or line ends in a
        bare verdict turning it down: the heading and what it introduces are what that disease would show, weighed,
        not seen (as ``_verdict_line`` reads an option's heading). A heading naming a place or an organ ("Lungs:
        hyperinflated - no") reads no finding and keeps its reading."""
        m = _HEAD.match(text, start)
        if m is None:
            return None
        concepts = frozenset(c for _, _, c in self._concepts(m.group(1)))
        table = self._lexicon.concepts
        if not concepts or any(c not in table or table[c].category != "finding" for c in concepts):
            return None
        end = _END.search(text, m.end(), min(len(text), m.end() + _READ))
        stop = verdict_end(text, m.end(), end.start() if end is not None else min(len(text), m.end() + _READ))
        stop = verdict_end(text, m.end()) if stop is None else stop
        return None if stop is None else _Head(m.start(1), m.end(1), stop, concepts, expected=True)

    def _judged_subject(
        self, text: str, start: int, limit: int, words: Sequence[re.Match[str]], options: Sequence[_Option]
    ) -> _Head | None:
        """An option named, from ``start``, as the subject of what it does, whatever the verb, where its sentence
        (to ``limit``) or its line ends in a bare verdict turning it down ("Prion disease brightens the pulvinar and
        gives cortical ribbons - not seen."): what the sentence says of it is its expectation, weighed, not seen.
        The longest run of first words that names an option is its name."""
        if len(words) < 2:
            return None
        stop = verdict_end(text, words[1].start(), limit)
        stop = verdict_end(text, words[1].start()) if stop is None else stop
        if stop is None:
            return None
        for k in range(len(words) - 1, 0, -1):
            lo, label = subject_label(text, start, words[k].start())
            opt = self._names_option(label, options) if label else None
            if opt is not None:
                return _Head(lo, words[k].start(), stop, opt.concepts, expected=True)
        return None

    def _affirmed(self, rest: str, opt: _Option, start: int, found: Sequence[Finding]) -> bool:
        """Whether ``rest`` (what a heading introduces, from ``start``, certainty set aside) affirms its option: a
        denied denial ("not absent"), or a comma piece with no denial holding a word of presence ("this option is
        also present", "typical, present") or, with no reasoning word either, a present finding of the option's own
        concepts ("rather than a skin fold, a large pneumothorax"; "Against sarcoid: end-stage sarcoid favours the
        upper zones" weighs it, vgaps37). Such a heading is no walk away from its option whatever reasoning word it
        holds, or a chain listing every option present under headings with a reasoning word escapes every
        contradiction (review of faithful38: bench games 0.15 -> 0.80)."""
        low = rest.lower()
        if NOT_ABSENT.search(low):
            return True
        lo = start
        for piece in low.split(","):
            hi, denies = lo + len(piece), DENY.search(piece) is not None
            if not denies and PRESENT.search(piece):
                return True
            if not denies and not set(_WORD.findall(piece)) & REASONING_WORDS:
                if any(
                    f.polarity is Polarity.PRESENT and f.concept in opt.concepts and lo <= f.start < hi for f in found
                ):
                    return True
            lo = hi + 1
        return False

    def _kept(self, chosen: str) -> frozenset[str]:
        """The concepts of the chosen option's text and their ancestors ("Tension pneumothorax" keeps "pneumothorax")."""
        if not chosen:
            return frozenset()
        table = self._lexicon.concepts
        out: set[str] = set()
        for opt in self._options({"": chosen}):
            for c in opt.concepts:
                out.add(c)
                if c in table:
                    out |= table[c].ancestors
        return frozenset(out)

    def _denied_later(
        self, opt: _Option, start: int, stop: int, denied: Sequence[tuple[int, str, str]], rest: str = ""
    ) -> bool:
        """Whether what a heading introduces (``start`` to ``stop``) denies its option or a broader kind of it past its
        first comma piece ("Pneumonia: it appeared within 3 hours of the procedure, which is too fast for
        infection"); a denial of something narrower or else qualifies the heading's finding ("Pneumothorax: small,
        left apical, no tension"). ``denied``: the step's denied findings as sorted (start, concept, trigger)."""
        k = bisect_left(denied, (start, "", ""))
        if k == len(denied) or denied[k][0] >= stop:
            return False
        concepts = self._lexicon.concepts
        broad = set(opt.concepts)
        for c in opt.concepts:
            if c in concepts:
                broad |= concepts[c].ancestors
        while k < len(denied) and denied[k][0] < stop:
            if denied[k][1] in broad and denies_here(rest, denied[k][0] - start, denied[k][2]):
                return True
            k += 1
        return False

    def drop(self, steps: Sequence[Step], per_step: list[list[Finding]], per_sent: list[list],
             options: Mapping[str, str], chosen: str = "") -> tuple[list[list[Finding]], list[list]]:
        """The chain's findings and clauses with the option headings claiming nothing: a clause left with no claim
        is shown as an option listing. Unchanged lists when no heading names an option. ``chosen``: the chosen
        option's text, whose concepts (and their ancestors) a class subject may not name."""
        if not options:
            return per_step, per_sent
        opts = self._options(options)
        if not opts:
            return per_step, per_sent
        keep = self._kept(chosen)
        edits = StepEdits(per_step, per_sent)
        for k, (step, found, clauses) in enumerate(zip(steps, per_step, per_sent)):
            heads = self.spans(step.text, opts, found, keep)
            if not heads:
                continue
            kept = [f for f in found if f.polarity is Polarity.ABSENT or not any(h.covers(f) for h in heads)]
            if len(kept) == len(found):
                continue
            kept_ids = {id(f) for f in kept}
            gone = sorted(f.start for f in found if id(f) not in kept_ids)  # (the reasons may be a clause apart)
            edits.put(k, kept, unclaimed(clauses, kept, gone, [h.start for h in heads]))
        return edits.result()
