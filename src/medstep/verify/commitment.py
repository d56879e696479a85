"""Whether a chain commits to what it says: it observes something (a claim stated present or absent, not only
hedged), it does more than repeat its chosen option, and a claim adds to what the question presupposed.
Split from ``verifier.py`` (which calls these once per chain) to keep that file readable."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Callable

from medstep.answers import hedges
from medstep.answers.studies import study_nouns
from medstep.answers.image_access import denies_image_access
from medstep.extract.refusal import defers, is_refusal
from medstep.lazyre import lazy_compile
from medstep.verify.findings import Finding, Polarity
from medstep.verify.results import DecisionVerdict, StepVerdict
from medstep.verify.roles import SentenceRole
from medstep.verify.said_twice import TAKEN_BACK
from medstep.verify.verdicts import Verdict

_WORDS = lazy_compile(r"[^\W\d_]{2,}")  # words of an unread sentence (a lone option letter is none)
# the roles of a clause that may say the chosen option again without claiming it (``restates_answer``)
_RESTATING = frozenset({SentenceRole.OPTION_LISTING, SentenceRole.CONCLUSION})


def blind(text: str) -> bool:
    """Whether ``text`` (a chain) says the writer cannot see the image, or has none ("I can't see the attached image,
    but there is likely an effusion", "Without the actual radiograph, ...", "No image was provided."; not "I can't
    see the image clearly"): such a chain observes nothing, whatever it states after. The answer reader's words for it
    (``answers/image_access.py``); narrower than its refusals (``extract/refusal.py``: any declining)."""
    return denies_image_access(text)


# The writer declines to name the diagnosis ("I can't determine the diagnosis", "I am unable to make a diagnosis", "it
# is not possible for me to say what this is": the answer reader's refusals, ``extract/refusal.py``, their one home)
# and then only gives general advice or knowledge about the case's finding ("A bone lesion in a young patient needs
# tissue sampling", "Such masses usually warrant an MRI"): a chain that commits to no answer observes nothing in such
# a statement (issue #8, vvocab24); so does one saying who must decide ("Decisions about stroke type are time-critical
# and must be made by the stroke team": blind 31, a refusal that scored RadRScore 0.458, above every one-error chain of
# its case). A clause without a general or advice word
# ("..., but there is a lytic lesion in the femur") still observes.
_OPENING = lazy_compile(r"(?<=[.!?])\s+")
_GENERAL = lazy_compile(
    r"\b(?:needs?|requires?|warrants?|merits?|calls?\s+for|deserves?|usually|typically|generally|in\s+general|commonly|"
    r"tends?\s+to|in\s+(?:a|an|any)\s+(?:[a-z-]+\s+){0,2}(?:patient|child|adult|adolescent|teenager|person|man|woman)|"
    r"in\s+(?:[a-z-]+\s+){0,2}(?:patients|children|adults|adolescents|teenagers|people|men|women)|"
    r"should\s+(?:be\s+)?(?:referred|biopsied|sampled|assessed|evaluated|investigated|imaged|followed|discussed|seen|undergo|"
    r"have|get)|(?:must|should|need\s+to|has\s+to|have\s+to)\s+be\s+(?:made|taken|decided|interpreted|reviewed|assessed)\s+"
    r"by|decisions?\s+(?:about|on|regarding)|time[-\s]critical)\b")
# The study nouns a sighting names its picture by ("this film", "the scan"), from their one home (``answers/studies``).
_PICTURED = study_nouns(("image", "film", "radiograph", "scan"), plural=False)
_SEEN = lazy_compile(r"\b(?:there(?:'s|\s+(?:is|are))|i\s+(?:can\s+)?see|shows?|showing|(?:is|are)\s+seen|demonstrates?|visible|"
                     r"this\s+" + _PICTURED + r"|the\s+" + _PICTURED + r")\b")


def declines_generally(text: str, steps: Sequence[StepVerdict]) -> bool:
    """Whether ``text`` (a chain) declines to answer (``is_refusal``, ``defers``: the answer reader's words) and every
    clause of ``steps`` that claims something is a general statement or advice (``_GENERAL``, with no word of seeing:
    ``_SEEN``): such a chain observes nothing when it picks no answer."""
    if not (is_refusal(text) or defers(_OPENING.split(text.strip(), 1)[0])):  # defers reads an opening sentence only
        return False
    claims = [(s.text, c) for s in steps for c in s.clauses if c[3]]
    return bool(claims) and all(_GENERAL.search(t[c[0]:c[1]].lower()) is not None
                                and _SEEN.search(t[c[0]:c[1]].lower()) is None for t, c in claims)


_HEDGED_MIN = 3  # hedged findings that, more than twice the firm ones, make a chain hedge everything
# A clause held open (a possibility, doubt or weighing word: "it may be ...", "... are all conceivable") and the
# separators of the list of alternatives it offers ("pericardial, myocardial or valvular"): each alternative is a
# possibility hedged, whether or not the vocabulary reads it as a finding. Only a list with an "or" (or "versus") is
# one of alternatives; "and" separates them only after a word naming candidates ("possibilities include X, Y and Z").
_OPEN = lazy_compile("(?i)" + hedges.words(hedges.POSSIBILITY, hedges.DOUBT, hedges.WEIGHING, hedges.NOT_EXCLUDED,
                                           hedges.ALTERNATIVE, hedges.CANDIDATES, hedges.LIKELIHOOD,
                                           hedges.SUSPICION, ("conceivable",)))
_OR = lazy_compile(r"(?i)\b(?:or|versus|vs)\b")
_NAMING = lazy_compile("(?i)" + hedges.words(hedges.DIFFERENTIAL, hedges.CANDIDATES))
_LIST_SEP = lazy_compile(r"(?i),|\b(?:or|versus|vs)\b")
_AND_SEP = lazy_compile(r"(?i),|\b(?:and|or)\b")


def observes(steps: list[StepVerdict]) -> bool:
    """Whether some step commits to a finding: a counted claim stated present or absent. Hedges alone
    ("may be", "cannot be excluded") commit to nothing, like a refusal or the options read back; so does a chain
    that hedges three or more findings and more than twice as many as it states ("Possibly the drain is correctly
    sited. Possibly it has entered the liver. The drain is kinked ... are also possible."): one firm word among
    the hedges does not make them observations. Where two or more clauses state nothing firm and hold possibilities
    open ("It may be pericardial, myocardial or valvular. Constriction, an aneurysm or a cardiomyopathy are all
    conceivable."; "It may be benign. It may be malignant."), every possibility counts as a hedged finding, read or
    not (``alternatives``): a hedge over words the vocabulary does not know is a hedge all the same. A finding stated
    and two readings of it hedged ("an opacity, which may represent pneumonia or atelectasis"), a clause qualifying a
    finding it states ("a spiculated mass, possibly primary or secondary") or one clause of alternatives beside a
    stated finding ("Consolidation. It may be infective, aspirational or inflammatory.") still observes. (A chain
    that says it cannot see the image observes nothing either: ``blind``, asked of the chain's text.) (Of the 1,999
    dev chains this catches 22, all tier 1; no faithful or one-error chain hedges more findings than it states.)"""
    uncertain = Polarity.UNCERTAIN
    firm = hedged = 0
    listed: list[int] = []  # per clause stating nothing firm, the possibilities it holds open
    for s in steps:
        held = 0
        said: list[str] = []
        for v in s.verdicts:
            if v.consistent is None:
                continue
            if v.finding.category == "modality":
                continue  # "this is a chest radiograph", "a CT is needed": the study named, nothing seen in it
            if v.finding.polarity is uncertain:
                held += 1
            else:
                said.append(v.finding.text.lower())
        firm += len(said)
        hedged += held
        for start, end, role, _claims, _mentions in s.clauses:
            text = s.text[start:end]
            if said:  # (the clause lower-cased once, not once per finding said)
                low = text.lower()
                if any(w and w in low for w in said):
                    continue  # a clause stating a finding qualifies it ("a mass, possibly primary or secondary")
            n = alternatives(text, role)
            if n:
                listed.append(n)
    if len(listed) >= 2:  # the alternatives, read or not, or the hedged findings read, whichever are more
        hedged = max(hedged, sum(listed))
    return firm > 0 and not (hedged >= _HEDGED_MIN and hedged > 2 * firm)


@lru_cache(maxsize=16384)
def alternatives(text: str, role: SentenceRole) -> int:
    """The possibilities a clause holds open: with a hedge word (``_OPEN``) or read as hedged, the items of its list
    of alternatives ("It may be pericardial, myocardial or valvular": 3; "Constriction, an aneurysm or a
    cardiomyopathy are all conceivable": 3; "possibilities include X, Y and Z": 3), else one ("It may be
    infective."); none without a hedge, nor for a hedged letter alone ("Perhaps B."). A hedge over words the
    vocabulary does not read is a hedge all the same, so two such clauses beside one vague firm claim hedge
    everything (``observes``). Memoised on (text, role) (issue #12, session 51): ``observes`` asks it of every clause of
    every chain, and a benchmark's chains repeat their clauses; the count is read from the text and role alone."""
    if role is not SentenceRole.HEDGED and not _OPEN.search(text):
        return 0
    if _OR.search(text):
        return 1 + len(_LIST_SEP.findall(text))
    if _NAMING.search(text):
        return 1 + len(_AND_SEP.findall(text))
    return 1 if _WORDS.search(_OPEN.sub(" ", text)) else 0


def echoes_decision(steps: list[StepVerdict], decision: DecisionVerdict | None) -> bool:
    """Whether every counted claim of the chain only repeats the chosen option in its own words ("The
    radiograph shows a right pneumothorax. Answer: A" for option A "Right pneumothorax"). The decision said
    twice is no evidence from the image, so such a chain earns no factuality or effectiveness credit and no
    clinical credit for what it hit (as a chain stating every option); its false findings still cost. A claim
    about anything else (a finding ruled out, a side, size or site the option does not state) or the finding
    in other words (a sign: "a visceral pleural line" for a pneumothorax) is an observation."""
    if decision is None or not decision.findings:
        return False
    said = {f.concept: f for f in decision.findings if f.polarity is not Polarity.ABSENT}
    words = {f.concept: f.text.lower() for f in said.values()}
    hedged = both_sides(steps)
    echoed = False
    for s in steps:
        for v in s.verdicts:
            if v.consistent is None:  # the modality, a question's premise: not counted
                continue
            f = v.finding
            q = said.get(f.concept)
            if q is None or f.text.lower() != words[f.concept] or not restates_premise(
                    f, q, sided=f.concept not in hedged):
                return False
            echoed = True
    return echoed


def evidenced(steps: list[StepVerdict], decision: DecisionVerdict | None) -> bool:
    """Whether the chain's credit rests on something it observed (issue #8, gaming 34): the one definition of "credit
    needs evidence", which ``Verifier.verify`` applies to every chain with options or without.

    Credit comes from claims the evidence supports. A supported claim is *evidence* when it stands outside the
    conclusion (its clause is an observation, a negated or a hedged one) and says more than the committed answer's own
    words: it names another finding than the chosen option's, names it in words of its own ("the heart is enlarged" for
    the option's "cardiomegaly", as ``echoes_decision`` reads it), or adds a side, site, size, severity or change
    (``restates_premise``). A chain with supported claims of which none is evidence ("Applying this approach to an
    elderly patient with a shortened leg, the most likely answer is a displaced subcapital fracture.", option lines and
    the history read back, then the answer) has only restated its decision: it earns no factuality, effectiveness,
    completeness or clinical credit, as a chain stating every option. What the option lines, the history and kind
    descriptions claim is decided before this (they claim nothing: ``clauses.py``, ``generic_steps.py``). A conclusion
    that restates observations made earlier keeps them: the earlier observations are the evidence. True when the
    chain has no supported claim at all: its claims are judged as they are (a faithful chain in words the verifier
    cannot read already earns little, and must not lose the rest to this rule). An affirmation the chain took back
    ("X is seen. No X is seen.": ``said_twice``) was a supported claim and is no evidence."""
    said = {} if decision is None else {f.concept: f for f in decision.findings if f.polarity is not Polarity.ABSENT}
    conclusion, supported = SentenceRole.CONCLUSION, Verdict.SUPPORTED
    any_supported = False
    for s in steps:
        for f, v in zip(s.findings, s.verdicts):
            if v.rule == TAKEN_BACK and f.polarity is not Polarity.ABSENT:
                any_supported = True  # a supported affirmation the chain took back (``said_twice``): no evidence
                continue
            if v.consistent is not True or v.verdict is not supported:
                continue
            any_supported = True
            if f.role is conclusion:
                continue
            q = said.get(f.concept)
            if q is not None and f.text.lower() == q.text.lower() and restates_premise(f, q):
                continue  # the chosen option's own words, nothing added
            return True
    return not any_supported


def both_sides(steps: list[StepVerdict]) -> set[str]:
    """Concepts the chain states on the left and on the right (or on both sides) while no evidence it relied on
    gives that finding a side: "On the right there is pneumoperitoneum. On the left there is pneumoperitoneum."
    Two sides the evidence cannot tell apart say no more than none (a side hedge), so they add nothing to the
    chosen option's words. Where the evidence places the finding, the sides are judged (a wrong one is false)."""
    sides: dict[str, set[str]] = {}
    placed: set[str] = set()
    for s in steps:
        for v in s.verdicts:
            f = v.finding
            if v.consistent is None or f.polarity is Polarity.ABSENT or f.laterality is None:
                continue
            sides.setdefault(f.concept, set()).add(f.laterality)
            if any(sf.finding.laterality is not None for sf in v.sources):
                placed.add(f.concept)
    return {c for c, got in sides.items() if c not in placed and ("bilateral" in got or {"left", "right"} <= got)}


def restates_options(steps: list[StepVerdict], decision: DecisionVerdict | None,
                     others: list[list[Finding]]) -> bool:
    """Whether the chain's counted claims only deny the other options and repeat the chosen one ("There is no
    pneumothorax. There is no bulla. There is no skin fold. Answer: C"): the options read back as a verdict on each,
    which the answer key alone gives (option evidence marks the distractors absent), so no image was read. Like
    ``echoes_decision`` a claim in words of its own, or with a side, site, size or grade the option does not state,
    is an observation. Every other option's finding must be denied, two at least: "There is a right pneumothorax
    and no pleural effusion." states one finding and rules out one, as a reader would (``echoes_and_denies`` judges
    it when the finding is in the option's own words and nothing else is said)."""
    if decision is None or not others:
        return False
    said, words = _present(decision.findings)
    denied, denied_words = _present(f for fs in others for f in fs)
    seen: set[str] = set()
    for s in steps:
        for f in _counted(s):
            if f.polarity is Polarity.ABSENT:
                q = denied.get(f.concept)
                if q is None or f.text.lower() != denied_words[f.concept] or f.laterality not in (None, q.laterality) \
                        or f.location not in (None, q.location) or f.severity not in (None, q.severity):
                    return False
                seen.add(f.concept)
                continue
            q = said.get(f.concept)
            if q is None or f.text.lower() != words[f.concept] or not restates_premise(f, q):
                return False
    return len(seen) >= 2 and seen >= denied.keys() - said.keys()


def only_denies(steps: list[StepVerdict], decision: DecisionVerdict | None) -> bool:
    """Whether every claim of the chain is an absence while the option it picks names a finding ("Heart normal.
    Lungs clear. No effusion. No pneumothorax. -> B" for B "Right pneumothorax"): the absences every normal film
    shares are true of almost any study, and none is a reason for the abnormality answered, so the chain has read
    nothing that leads to its answer and, like a chain stating every option, earns no credit beyond its decision.
    Not judged when the chain picks a normal option (its absences are its observations), hedges a finding
    ("probably a right pneumothorax" points at its answer), names a finding it does not count (the answer
    sentence "Dx: right pneumothorax (A)"), or has an observation sentence the verifier could not read ("R post
    ribs 6-8 #", "RUL ++"): a positive finding in words of its own may be there, and a terse faithful chain must
    not lose its credit to a gap of the lexicon (held-out terse chains did, with the first guard of >= 3 words)."""
    if decision is None or not any(f.category == "finding" and f.polarity is not Polarity.ABSENT
                                   for f in decision.findings):
        return False
    absent, observation = Polarity.ABSENT, SentenceRole.OBSERVATION
    denied = False
    for s in steps:
        for f in _counted(s):
            if f.polarity is not absent:
                return False
            denied = True
        for start, end, role, claims, mentions in s.clauses:
            if mentions > claims or (role is observation and not claims and _WORDS.search(s.text[start:end])):
                return False
    return denied


def restates_answer(text: str, role: SentenceRole, claims: int, mentions: int, words: dict[str, str]) -> bool:
    """Whether a clause only says the chosen option again (issue #8, gaming 36): it claims nothing, it lists the
    options or concludes (the option's text as a sentence of its own, "Right pneumothorax.", or in the answer line,
    "Answer: A (right pneumothorax)."), it names every finding of the option in the option's words (``words``), and it
    mentions no more findings than the option has (a count of mentions, not of distinct findings: a mention beyond
    them may be another finding). The option's words said again are no observation of the image, wherever they stand, so in
    ``echoes_and_denies`` such a clause is the echo, not the unread observation its guard keeps credit for; a clause
    naming the finding in words of its own ("Left base effusion with meniscus") claims it and is judged as a claim."""
    return (not claims and role in _RESTATING and 0 < mentions <= len(words) and _names_all(text, words))


def echoes_and_denies(steps: list[StepVerdict], decision: DecisionVerdict | None, unread: Callable[[str], bool],
                      said_again: Callable[[str, str, str], bool] = lambda text, option, letter: False,
                      observes: Callable[[str], bool] = lambda text: True) -> bool:
    """Whether the chain's present claims only repeat its chosen option in the option's words and its other claims
    are absences ("There is no pneumothorax and no pleural effusion. There is pneumoperitoneum. Answer: A"): the
    echo is no evidence (``echoes_decision``) and the absences every film shares are no reason for the abnormality
    answered (``only_denies``), so together they read nothing either. Judged under the guards of ``only_denies``
    (a finding named but not counted, an observation clause that may say something of its own: ``observes``) and one
    more: a number or a word of the
    chain the vocabulary does not read (``unread``: "CTR 0.62", "rim", "mod") may be an observation of the chosen
    finding in words of its own, and terse faithful chains are full of them. Words of the reasoning's frame ("On
    careful review I note ...", "Overall, the key finding is ...") are not unread (the caller's ``unread`` passes over
    them).

    The option's words said again are the echo wherever they stand (issue #8, gaming 36): a step that is nothing but
    the option's text (``said_again``: "Spiculated right upper lobe mass with right hilar lymphadenopathy, suspicious
    for primary lung cancer." for that option, whatever the verifier reads in it, a hedge or a domain word included),
    or a clause that restates it without claiming it (``restates_answer``: "Right pneumothorax." read as the option
    listed, "Answer: A (right pneumothorax).", "Overall, the key finding is X."). Such a step is no unread observation
    either: its words are the option's. Where a step says the finding in words of its own ("Left base effusion with
    meniscus", "Globular heart CTR 0.70") the chain is judged by what it says.

    Unlike ``only_denies``, a hedge keeps no credit here (review of gaming 36, the coordinator's call): "Likely right
    pneumothorax." is still only the option's words, and the hedge observes nothing ("Likely {G}. No N1; no N2; no
    N3." gamed 30 of 104 bench_gaming pairs); a hedged finding with a side, site or size of its own is judged as a
    claim. Nor do an organ's own name, a normal rest or an image kind beside the echo ("{G} in the chest", "{G}; lungs
    otherwise", "{G}, rest normal": ``observes``, ``frame.FrameWords``). The words a denying clause opens with before
    its denial do observe when they may ("R pneumo, no eff": the clause splitter does not cut at ", no", ``_lead``)."""
    if decision is None or not decision.findings:
        return False
    said, words = _present(decision.findings)
    hedged = both_sides(steps)
    echoed = denied = False
    observation = SentenceRole.OBSERVATION
    read: list[str] = []  # the steps that are not the option said again
    for s in steps:
        if said_again(s.text, decision.text, decision.option):
            echoed = True
            continue
        read.append(s.text)
        for f in _counted(s):
            if f.polarity is Polarity.ABSENT:
                denied = True
                continue
            q = said.get(f.concept)
            if q is None or f.text.lower() != words[f.concept] or \
                    not restates_premise(f, q, sided=f.concept not in hedged):
                return False
            echoed = True  # a hedged echo too ("Likely right pneumothorax."): the hedge word observes nothing
        for start, end, role, claims, mentions in s.clauses:
            text = s.text[start:end]
            if restates_answer(text, role, claims, mentions, words):
                echoed = True  # the option's words framed as the answer: an echo
                continue
            if mentions > claims or (role is observation and not claims and _WORDS.search(text) and observes(text)):
                return False
            lead = _lead(s, start, end) if role is SentenceRole.NEGATED else ""
            if _WORDS.search(lead) and observes(lead):
                return False  # "R pneumo, no eff", "Meniscus L, no PTX": the words before the denial may observe
    return echoed and denied and not any(unread(t) for t in read)


def _present(findings: Iterable[Finding]) -> tuple[dict[str, Finding], dict[str, str]]:
    """The findings stated present, by concept (the last of a concept wins), and the words each is stated in."""
    said = {f.concept: f for f in findings if f.polarity is not Polarity.ABSENT}
    return said, {c: f.text.lower() for c, f in said.items()}


def _counted(step: StepVerdict) -> Iterator[Finding]:
    """The claims of ``step`` that count (a verdict with ``consistent`` set; a modality or view does not)."""
    return (v.finding for v in step.verdicts if v.consistent is not None)


def _names_all(text: str, words: dict[str, str]) -> bool:
    """Whether ``text`` holds every finding of the chosen option in the option's own words."""
    low = text.lower()
    return bool(words) and all(w in low for w in words.values())


def restates_premise(f: Finding, q: Finding, sided: bool = True) -> bool:
    """A present claim that says nothing the question did not: no side, site, size, severity or change
    of its own (``sided`` False: its side is a hedge, ``both_sides``, and says nothing either)."""
    if f.polarity is Polarity.ABSENT:
        return False
    return (not sided or f.laterality is None or f.laterality == q.laterality) and all(
        getattr(f, a) is None or getattr(f, a) == getattr(q, a) for a in ("location", "severity", "change", "size"))


def _lead(step: StepVerdict, start: int, end: int) -> str:
    """The words of a denying clause before its first denial's cue, when no counted claim stands there ("R pneumo"
    of "R pneumo, no eff": the clause splitter does not cut at ", no", so a terse chain's shorthand observation and
    its denial are one negated clause); else nothing (a claim there was judged as a claim)."""
    counted = sorted((f for f in _counted(step) if start <= f.start < end), key=lambda f: f.start)
    first = next((f for f in counted if f.polarity is Polarity.ABSENT), None)
    if first is None or counted[0] is not first:
        return ""
    cue = step.text.lower().rfind(first.trigger.lower(), start, first.start) if first.trigger else -1
    return step.text[start:cue if cue >= 0 else first.start]
