"""Weighed alternatives and general statements in a chain: claims about a kind of finding, not about this image.

Why (issue #8, session 51): faithful chains (the tier-3 good, paraphrase and terse chains of the retired blind verify
sets) had claims contradicted that they never made about the image. Three shapes the earlier passes leave:

* a *general statement* whose subject is a kind of finding, not this case's: "Mesothelioma would give a pleural
  effusion", "A pleural collection with a fistula would instead be lens-shaped", "Sarcoidosis can calcify nodes",
  "Tension pneumothorax classically causes mediastinal shift", "Mesothelioma tends to form a thick rind". The
  modal of expectation (``hedges.EXPECTS``: "would", "can", "should", "tends to") or the word of what is typical
  (of ``hedges.HABIT``: "usually", "classically"; not a word of frequency, ``_HABIT_ONE``) right after a subject with no determiner of this case says what such a
  finding does in general; its findings were read as observed and the report contradicted them. ``option_heads``
  reads this grammar when the subject is an answer option's name; this reads it by its form alone (frame-free), for
  any class subject, so a differential that names a disease the options do not is read the same way.
* a *doubted label*: a label that opens a line or sentence and whose value is only a verdict of doubt ("Pneumonia: less
  likely given ...", "Effusion: unlikely"). The label weighs an alternative; what follows the colon says why, and is
  read as usual. (Tried and dropped: a label opening with "Against"/"Not"/"Why not" read the same way lost an error
  found on its erroneous line on validation: "Against X:" stays the weak denial ``triggers.tsv`` makes of it.)
* a *candidate's label* in a list under a weighing heading ("Differential.", "Exclude the alternatives.", "Why not the
  others?"): "- Metastasis: colorectal history, but metastases wash out slowly", "- Bone island: it lies between the
  ribs, not over a rib", "*Septic emboli (A):* possible pattern, but she has no fever". When what follows the colon
  reasons (``distractor_text.REASONING_WORDS``), the label names a candidate weighed: its present or possible reading
  is dropped, its denial stands ("- Pneumothorax: none"), and a value that affirms or describes ("- Pleural effusion:
  present on the left") keeps the label's claim. ``option_heads`` reads such labels when they name an answer option;
  this reads them by the list's heading, whatever they name.

What still claims: a subject of this case ("The effusion would ...", "This opacity can ...", "It tends to ..."), a
subject naming a side ("A right pneumothorax would explain ..."), a modal of possibility ("An effusion may be present":
a hedged claim of this image, ``hedges.POSSIBILITY``), a covered part with a word pointing at this image ("here",
"this", a past tense, a side, a measurement, a word of seeing), and anything after a turn to this image (", but here
...", "; the lungs are clear", " - none is present"): the cover ends at the sub-clause. Only chains are read this way (``Verifier._steps``).
"""

from __future__ import annotations

from collections.abc import Sequence

from medstep.answers import hedges, judgements, negation, yesno
from medstep.lazyre import lazy_compile
from medstep.verify.distractor_text import REASONING_WORDS
from medstep.verify.findings import Finding, Polarity
from medstep.verify.memo import bounded_put
from medstep.verify.roles import SentenceRole
from medstep.verify.step_edits import StepEdits
from medstep.verify.steps import Step

_DENIAL = hedges.alternation((*negation.PLAIN, *negation.NONE, *negation.NEITHER))  # "no", "not", "none", "nor"
# Words that cannot open a class subject: determiners and pronouns of this case, quantifiers, prepositions, conjunctions.
_NOT_OPENING = (
    r"(?!(?:the|this|these|that|those|it|its|they|their|there|which|what|who|both|each|every|all|some|several|multiple|"
    r"many|numerous|any|one|two|three|his|her|our|my|your|everything|nothing|something|on|in|at|of|for|by|to|from|"
    r"where|when|while|if|as|because|since|so|then|here|i|we|you|he|she|and|but|or|however|also|such|"
    r"left|right|bilateral|now|today|previously|still|" + _DENIAL + r")\b)"
)
# Words a class subject may not hold: a pronoun or pointer to this case, a side, a verb of being or seeing.
_NOT_IN_SUBJECT = (
    r"(?!(?:it|they|we|you|i|he|she|there|here|this|these|those|its|their|is|are|was|were|has|have|had|shows?|seen|"
    r"left|right|bilateral|both|would|can|should|may|might|could|will|must|" + _DENIAL + r")\b)"
)
_SUBJECT_WORD = r"(?:[\w'/-]+|\([^()\n]{1,24}\))"
_MODAL = hedges.alternation(("would", "can", "should", "tends", "tend"))  # of ``hedges.EXPECTS``: no bare present verb
# Of the words of habit, those of what is typical only: a word of frequency ("often", "frequently", "commonly") may
# state a fact the chain applies to this case ("scapholunate ligament injury frequently accompanies scaphoid fractures",
# retired blind 30's err-distractor line, found only by that claim).
_HABIT_ONE = hedges.alternation(tuple(w for w in hedges.HABIT if w in {"usually", "typically", "classically", "generally",
                                                                        "normally"}))
# A class subject (an optional "a"/"an", one to six words) then a modal of expectation or a word of habit and a verb.
_GENERAL = lazy_compile(
    r"(?i)(?>[\s>*_#\-\u2022]*)(?:\(?\d{1,2}[.):](?>\s*))?(?:\*\*)?" + _NOT_OPENING + r"(?:an?\s+)?"
    + _SUBJECT_WORD + r"(?:[ \t]+" + _NOT_IN_SUBJECT + _SUBJECT_WORD + r"){0,5}?[ \t]+"
    r"(?P<verb>(?:" + _MODAL + r")\b|(?:" + _HABIT_ONE + r")[ \t]+(?!(?:be|is|are|seen|present)\b)[a-z]+s\b)"
)
# Where a sub-clause starts (a class subject may open it) and where the cover ends: a turn, a colon, a dash, a stop.
_SUBCLAUSE = lazy_compile(r"(?i);\s*|[.!?]\s+|,\s*(?:and|but|so|while|whereas|yet)\b\s*|\s(?:but|while|whereas)\s+")
_COVER_END = lazy_compile(
    r"(?i)[;:]|[.!?](?:\s|$)|\s[\u2013\u2014-]\s|\u2014|,?\s+(?:but|while|whereas|yet|so|however|here|which\s+is\s+not|"
    r"since|because|given|as)\b"
    r"|,\s*(?:and\s+)?(?:there|the|this|these|it|its)\b"
)
# A word pointing at this image in the covered part: not a general statement.
# (as ``clause_roles.generic_subject`` reads a bare present verb: a side, a measurement or a word of seeing anywhere in
# the covered part keeps it, so a wrong fact phrased as a habit, "an effusion can be seen at the left base", "a
# pneumothorax would measure 2 cm", stays a claim)
_SIDE_OR_SIZE = r"left|right|bilateral(?:ly)?|\d+(?:\.\d+)?\s*(?:mm|cm)"
# (review of weighed51: a bare word of seeing, "cardiomegaly and effusions, both present"; a verb of explaining or fit,
# whose object is this image's finding, "Heart failure would explain the cardiomegaly"; the observer, "the cavitation
# we observe", "A CT would confirm it"; a clause of its own joined by "and", "... and Kerley B lines are prominent")
_THIS_CASE = lazy_compile(
    r"(?i)\b(?:here|this|these|it|was|were|now|today|currently|" + _SIDE_OR_SIZE + r"|we|"
    r"(?:" + hedges.alternation((*negation.SEEN, *negation.SEEN_RARE)) + r")|there\s+(?:is|are)|"
    r"(?:" + hedges.alternation((*judgements.RANK_VERBS, "explain", "account", "accounts", "responsible")) + r")|"
    r"and\s+(?:[\w'-]+\s+){0,3}?(?:is|are)|"
    r"see|note)\b"
)
_DESCRIBED = lazy_compile(r"(?i)\b(?:" + _SIDE_OR_SIZE + r")\b")
# A reason after the cover that applies the statement to this image: ", as in this case", "as seen here".
_APPLIED = lazy_compile(r"(?i),?\s+as\s+(?:in|with|on|seen|shown|noted|here|is|are|does|do)\b")
# A label whose value is only a verdict of doubt ("Pneumonia: less likely given ...", "Effusion: unlikely").
_DOUBTED_LABEL = lazy_compile(
    r"(?i)(?>[\s>*_#\-\u2022]*)(?:\(?\d{1,2}[.)](?>\s*))?(?:\*\*)?(?P<label>[^\W\d][^:\n.;]{0,50}?)(?:\*\*)?:(?:\*\*)?"
    r"[ \t]*(?:" + hedges.alternation(("less likely", "least likely", "unlikely", "less in keeping", "not favoured",
                                        "not favored", "disfavoured", "disfavored", "improbable")) + r")\b"
)
_WORD = lazy_compile(r"\w")
# A heading that opens a weighing of candidates ("Differential.", "Exclude the alternatives.", "Why not the others?",
# "Against the other options:"): the labels of the list items under it name candidates weighed, not findings seen.
_WEIGHING_HEAD = lazy_compile(
    r"(?i)\b(?:differentials?|alternatives?|other\s+(?:options|choices|answers|possibilities|candidates|diagnoses)|"
    r"the\s+others|why\s+not|weigh(?:ing)?\s+the\s+options)\b"
)
# A candidate's label in such a list: a list mark or emphasis, at most five words (an option letter in brackets
# allowed), then a colon ("- Metastasis: ...", "*Septic emboli (A):* ...", "- Bone island: it lies between the ribs").
_ITEM_LABEL = lazy_compile(
    r"(?im)(?:^|(?<=[.;?!*])\s+|\s(?=[-\u2022]\s))(?:[-*\u2022]\s+|\*{1,2}(?=[^\W\d]))(?:\*{1,2})?"
    r"(?P<label>[^\W\d][\w'/-]*(?:[ \t]+[\w'/-]+){0,4}?)(?:[ \t]*\([A-Ea-e]\))?(?:\*{1,2})?:"
)
# The same label opening a step of its own under a weighing heading (the step reader strips its list mark).
_STEP_LABEL = lazy_compile(
    r"(?i)\s*(?:\*{1,2})?(?P<label>[^\W\d][\w'/-]*(?:[ \t]+[\w'/-]+){0,4}?)(?:[ \t]*\([A-Ea-e]\))?(?:\*{1,2})?:"
)
_TOKEN = lazy_compile(r"[a-z]+(?:'[a-z]+)?")
_VALUE_END = lazy_compile(r"[.!?](?:\s|$)|\n")
_PRESENT_OR_POSSIBLE = frozenset({Polarity.PRESENT, Polarity.UNCERTAIN})
# Words that affirm or describe a candidate when they lead its value, before any word of reasoning ("- Pneumothorax:
# present on the right, not a skin fold", "- Consolidation: more likely than atelectasis", "- Pneumothorax: yes, not
# a fold"): the label is claimed, whatever reasoning follows (review of weighed51).
_AFFIRMING = frozenset((*negation.SEEN, *negation.SEEN_RARE, yesno.YES,
                        *(w for w in hedges.LIKELIHOOD if w not in hedges.UNLIKELY_WORDS)))
_SPANS: dict[str, tuple[tuple[int, int], ...]] = {}
_SPAN_LIMIT = 8192


def weighed_spans(clause: str) -> tuple[tuple[int, int], ...]:
    """The parts of ``clause`` (offsets in it) that claim nothing of this image: set-aside labels and general
    statements (module docstring). Memoised by text: chains repeat clauses."""
    spans = _SPANS.get(clause)
    if spans is None:
        spans = _spans(clause)
        bounded_put(_SPANS, clause, spans, _SPAN_LIMIT)
    return spans


def _spans(clause: str) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    starts = [0, *(m.end() for m in _SUBCLAUSE.finditer(clause))]
    for a in starts:
        label = _DOUBTED_LABEL.match(clause, a)
        if label is not None:
            colon = clause.find(":", a, label.end() + 1)
            out.append((a, colon if colon >= 0 else label.end()))
            continue
        hit = _GENERAL.match(clause, a)
        if hit is None:
            continue
        stop = _COVER_END.search(clause, hit.end("verb"))
        end = stop.start() if stop is not None else len(clause)
        if _THIS_CASE.search(clause, a, end) is not None or _APPLIED.match(clause, end) is not None:
            continue
        out.append((a, end))
    return tuple(out)


def _candidate_labels(text: str, weighing: bool) -> tuple[list[tuple[int, int]], bool]:
    """The spans of the candidates' labels in a step (``_ITEM_LABEL`` after a weighing heading, ``_WEIGHING_HEAD``, in
    this step or the steps before whose items go on), and whether the weighing goes on past this step. Only a label's
    present or possible reading is dropped: "- Pneumothorax: none" denies its label, and that absence stands."""
    head = _WEIGHING_HEAD.search(text)
    found = list(_ITEM_LABEL.finditer(text))
    first = _STEP_LABEL.match(text) if weighing else None
    if first is not None and not any(m.start("label") == first.start("label") for m in found):
        found.insert(0, first)
    spans = []
    for m in found:
        if (weighing or (head is not None and head.start() < m.start())) and _reasons(text, m.end()):
            spans.append((m.start("label"), m.end("label")))
    if head is not None:
        return spans, True
    return spans, weighing and first is not None


def _reasons(text: str, at: int) -> bool:
    """Whether what follows a label's colon at ``at``, to its sentence's end, reasons about the candidate (a word of
    ``distractor_text.REASONING_WORDS``: a denial, doubt, comparison or habit) rather than describing or affirming it
    ("Pleural effusion: present on the left" claims its label)."""
    stop = _VALUE_END.search(text, at)
    value = text[at : stop.start() if stop is not None else len(text)].lower()
    lead: list[str] = []
    for m in _TOKEN.finditer(value):
        if m.group() in REASONING_WORDS:
            # a lead that affirms or describes ("present on the right, not ...") claims the label
            lead_text = value[: m.start()]
            return _AFFIRMING.isdisjoint(lead) and _DESCRIBED.search(lead_text) is None
        lead.append(m.group())
    return False


def drop_weighed(
    steps: Sequence[Step], per_step: list[list[Finding]], per_sent: list[list]
) -> tuple[list[list[Finding]], list[list]]:
    """The chain's findings and clauses with the claims of set-aside labels and general statements dropped (module
    docstring); a clause left with no claim is shown as a definition (it says what a kind does). Unchanged lists when
    nothing is weighed."""
    edits = StepEdits(per_step, per_sent)
    conclusion = SentenceRole.CONCLUSION
    weighing = False  # a heading before opened a weighing of candidates, and its items go on
    for k, (step, found, clauses) in enumerate(zip(steps, per_step, per_sent)):
        text = step.text
        labels, weighing = _candidate_labels(text, weighing)
        cut = [(c[0] + a, c[0] + b) for c in clauses if c[2] is not conclusion
               for a, b in weighed_spans(text[c[0]:c[1]])]
        if not cut and not labels:
            continue
        # (a finding whose words reach past the cut part is named by what follows it)
        # a doubted label ("Effusion: unlikely") joins the candidates' labels: its doubt, a denial, stands
        doubted = [(a, b) for a, b in cut if _DOUBTED_LABEL.match(text, a) is not None]
        cut = [span for span in cut if span not in doubted]
        labels = labels + doubted
        kept = [f for f in found if not any(a <= f.start < b and _WORD.search(text, b, f.end) is None for a, b in cut)
                and not (f.polarity in _PRESENT_OR_POSSIBLE and any(a <= f.start < b for a, b in labels))]
        if len(kept) == len(found):
            continue
        gone = {id(f) for f in found} - {id(f) for f in kept}
        new_clauses = []
        for c in clauses:
            if c[2] is conclusion or not any(c[0] <= f.start < c[1] for f in found if id(f) in gone):
                new_clauses.append(c)
                continue
            left = sum(1 for f in kept if c[0] <= f.start < c[1])
            new_clauses.append((c[0], c[1], c[2] if left else SentenceRole.DEFINITION, left, c[4]))
        edits.put(k, kept, new_clauses)
    return edits.result()
