"""The answer phrase inside a long open answer: the one phrase the reply's own structure marks as its answer.

A model that answers an open question in prose ("There is absent flow on the left ... This is left testicular torsion
— a surgical emergency.") is read whole by the open reader, and the grader rightly refuses a long span: it names
sites, sizes and findings beside the answer. But the reply's structure often marks one phrase as the answer:

* the complement of an identifying frame: "This is X", "I'd call this X", "appears to be X"; an inferred one
  ("consistent with X", "suggestive of X") only when the question asks the diagnosis: to any other question the
  finding described before the inference is as much an answer, so the reply is left as read;
* a lead label before a dash that explains it ("Increased — the liver is hyperechoic ...");
* a bold span naming a thing or of several words ("The **spleen** is enlarged", "in the **right middle lobe**";
  a count to a how-many question, "There are **2** chest tubes"), not a bold modifier of the noun after it ("The
  **left** lung ...", "**Urgent** CT-guided biopsy"); a single bold word naming nothing ("The mass is **large**")
  only competes with another mark;
* the location after "with tip at" / "located in" when the question asks where, unless denied ("is not located in").

A mark inside words attributed to someone else or to an earlier time ("Residents often say this is X", "The report
from last year said this is X", "Previously reported **X** has cleared") is the reply reporting a claim, not giving
its answer: no narrowing. A self-correction ("at first X ... so it's Y") is no mark: a "so it's" after "at first" is as
often a consequence ("At first glance the film looks normal, so it's a subtle finding") as a revision, and no general
test told them apart; a correction cue holds the reply open instead.

Each marked phrase is a candidate. The answer is narrowed only when every candidate is the same phrase: two different
ones (a finding and the diagnosis it suggests, a differential, a rejected candidate) leave the reading as it was, and
so does any word holding the answer open (a doubt, a possibility, an alternative, a condition, an exclusion, a
question, a candidate kept open: "Y remains a consideration"), since a narrowed wrong phrase is worse than a long
right one. The phrase returned is always a slice of the reply's own text, never
rewritten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from medstep.answers import hedges, negation, revisions
from medstep.answers.concept_names import whole_concept
from medstep.answers.concepts import normalize, vocabulary
from medstep.answers.technique import TECHNICAL
from medstep.answers.text import HAN, NUMBER_WORDS, normalize_answer
from medstep.extract.open_conclusion import names_entity
from medstep.extract.open_count import asks_count
from medstep.extract.open_labels import names_finding
from medstep.extract.open_decision import LIST_ITEM, contentless, describes_image
from medstep.extract.open_span import field_name, short_label
from medstep.extract.open_tails import ASKS_MEASURE, ASKS_PLACE, asks_part
from medstep.extract.open_unanswered import ASKS_SIDE, SIDE_SAID
from medstep.extract.replywords import REASON_KEYS
from medstep.lazyre import lazy_compile

# Weighing words that also say "bilateral" ("both hila", "between the ribs"): no weighing by themselves.
_BILATERAL = ("both", "between")
# A slash holds the answer open ("pneumonia/atelectasis", "HCC/ICC") unless a digit stands against it and a
# capital or digit on its other side: then it joins the names of imaging sequences, views or markers ("T2/FLAIR",
# "T1/T2", "CD4/CD8", "120/80"), no alternative answers.
_ALTERNATIVE_SLASH = r"(?-i:(?<![0-9])/(?![0-9])|(?<![A-Z0-9])/|/(?![A-Z0-9]))"
# Words that hold the answer open anywhere in the reply: with one, no phrase is singled out.
HELD_OPEN = lazy_compile("(?i)" + hedges.words(hedges.POSSIBILITY, hedges.DOUBT, hedges.ALTERNATIVE,
                                               tuple(w for w in hedges.WEIGHING if w not in _BILATERAL),
                                               hedges.CONDITION, hedges.SUPPOSING, hedges.NOT_EXCLUDED, hedges.DIFFERENTIAL,
                                               hedges.CANDIDATES, hedges.OPEN_CANDIDATE, negation.EXCLUDED,
                                               tuple(w for w in hedges.TURN if w not in hedges.CONCESSION),
                                               hedges.CONTRAST,
                                               ("or", "instead", "rather", "nor", "neither", "unlikely", "question",
                                                "wrong", "incorrect", "mistaken", "mistake", "misread", "guess"))
                        + r"|[?？]|" + _ALTERNATIVE_SLASH)
# Words attributing what follows to someone else or to an earlier time ("Residents often say this is X", "The
# referring clinician suspected ...", "The report from last year said ...", "Previously reported **X** ..."): a mark
# after them in its sentence is a claim the reply reports, not its answer.
_ATTRIBUTED = lazy_compile("(?i)" + hedges.words(hedges.REPORTED, hedges.SUSPICION, hedges.EARLIER_TIME,
                                                 hedges.EARLIER_WORDS))
# The same less the reply's own inference words ("This suggests a subepithelial lesion, most likely a GIST" infers):
# for a reader whose marks are inferences themselves (``extract/open_verdict.py``).
_REPORTED = lazy_compile("(?i)" + hedges.words(hedges.REPORTED, hedges.EARLIER_TIME, hedges.EARLIER_WORDS,
                                               (w for w in hedges.SUSPICION if w.startswith(("suspect", "suspicion")))))
# How far back in its sentence an attribution is looked for (a bound that keeps a reply of many marks linear).
_ATTRIBUTION_REACH = 300
# The patient's past before a bold term in its sentence ("The history of **lymphoma** ...", "known **sarcoidosis**"):
# the stress recalls it, it does not answer. (Not for frames: "post-stenotic dilatation; this is X" says no past.)
_PAST = lazy_compile("(?i)" + hedges.words(hedges.PAST))
# What a bold span's sentence may say of it that sets it aside: gone ("**X** has cleared") or denied after it.
# ("no" is left out: after the bold it denies another thing, "**Pneumothorax** with no shift").
_SET_ASIDE_AFTER = lazy_compile("(?i)" + hedges.words(negation.GONE, (w for w in negation.PLAIN if w != "no"), negation.ABSENT, negation.NOT_SEEN,
                                                      negation.EXCLUDED) + "|" + negation.CONTRACTION)
_SENTENCE_END = lazy_compile(r"[.;!?\n]")
# The word right after a bold span in the same phrase (no punctuation between).
_NEXT_WORD = lazy_compile(r"[ \t]+([^\W\d_][\w'-]*)")
# A plain denial after a lead's dash: "Effusion — no, the angle is sharp."
_DENIAL = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NONE) + "|" + negation.CONTRACTION)
# "also" naming a second thing ("Y is also present"), not an alias ("also called Y").
ALSO = lazy_compile(r"(?i)\balso\b(?!\s+(?:called|known|termed|referred|named)\b)")
# A concession: it holds the answer open when what it concedes names a thing ("..., although consolidation can look
# the same"), not when it concedes the image's quality ("though image quality is limited").
CONCESSION = lazy_compile("(?i)" + hedges.words(hedges.CONCESSION) + r"[^.;!?\n]*")
# What a concession may grant without holding the answer open: the study's limits or the wish to correlate ("though
# image quality is limited", "though I'd want to correlate with the history"), next to ``answers/technique``'s
# TECHNICAL words of how the image was made.
_OF_STUDY = lazy_compile(r"(?i)\b(?:image|images|study|film|limited|correlat\w*|clinical|history|confirm\w*)\b")
# A denial just before a marked phrase, in its own clause: the phrase is what is denied ("This is not X", "not **X**").
_DENIED_BEFORE = lazy_compile("(?i)(?:" + hedges.words(negation.DENY, negation.NEITHER, negation.NEVER) + "|"
                              + negation.CONTRACTION + r")[^.;:!—–]{0,40}$")
# An identifying frame; the complement follows it. "It is" is no frame: it describes ("It's anechoic with ...").
_FRAME = lazy_compile(r"(?i)\b(?:(?:this|that)(?:\s+is|'s|’s|\s+looks\s+like|\s+appears\s+to\s+be|\s+represents)"
                      r"|(?:i'?d|i\s+would)\s+(?:call|treat|read)\s+(?:this|it)(?:\s+as)?"
                      r"|(?P<inferred>(?:consistent|compatible)\s+with|in\s+keeping\s+with|suggestive\s+of|diagnostic\s+of"
                      r"|suggest(?:s|ing)|indicat(?:es|ing|ive\s+of)|points?\s+to|typical\s+of|characteristic\s+of|i\.e\.)"
                      r"|appears\s+to\s+be|(?P<lean>(?:most\s+)?(?:likely|probably)))\s+")
# A lean ("most likely X", "probably X") names a candidate too: after a phrase marked otherwise, a second one ("this is
# a fat-suppressed T2 image, most likely STIR"). What opens with a verb or "to" after it is no phrase.
_LEAN_VERB = lazy_compile(r"(?i)(?:to|is|are|be|was|were|from|due|because|given|related|reflects?|represents?)\b")
# A question asking the diagnosis: an inferred diagnosis ("consistent with X") answers it. To any other question
# ("What is the abnormality?") the finding described before the inference is as much an answer: two candidates.
_ASKS_DIAGNOSIS = lazy_compile(r"(?i)\bdiagnos")
# Generic words closing a phrase about the image itself: "a T1-weighted image" names the sequence.
_IMAGE_TAIL = lazy_compile(r"(?i)\s+(?:image|images|picture|photograph)$")
# A noun of the image or its views a bold term may modify ("The **lateral** view"; with those of ``_IMAGE_TAIL``).
_IMAGE_NOUN = lazy_compile(r"(?i)(?:image|images|picture|photograph|view|views|film|series)")
CORRECTION_CUE = lazy_compile("(?i)" + hedges.words(revisions.CUES, revisions.SECOND_LOOK, revisions.TAKE_BACK,
                                                     revisions.DISOWN, revisions.RESTATE, revisions.HESITATION,
                                                     revisions.EARLIER, ("on closer review",)))
# The location after "with tip at" / "located in", to a where-question.
_LOCATED = lazy_compile(r"(?i)\b(?:with\s+(?:its\s+|the\s+)?tip\s+(?:at|in|within)|(?:is\s+)?located\s+(?:in|at|within)"
                        r"|lies\s+(?:in|at|within)|situated\s+(?:in|at|within))\s+")
# A phrase's end: punctuation, a dash, or a word opening a clause or a qualifier after it.
_PHRASE_END = lazy_compile(r"(?i)\s*(?:[,;:()\[\].!\n—–]|\s[-–]\s|\s+(?:with|which|that|who|until|given|assuming|as|"
                           r"because|since|and|while|whereas|near|without|in\s+an?|in\s+my|to\s+me|in\s+(?:this|the)\s+(?:setting|context|"
                           r"patient|case))\b)")
# A lead label closing at a dash within its line.
_LEAD_DASH = lazy_compile(r"(?<![ \t])(?:[ \t]+[—–-][ \t]+|[ \t]*—[ \t]*)")
# What continues a list after its first item, and where a sentence's list must stop.
_LIST_NEXT = lazy_compile(r"(?i)\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+)")
_SENTENCE_STOP = lazy_compile(r"[.;:!?\n—–(]|\s[-–]\s")
_BOLD = lazy_compile(r"\*\*([^*\n]{1,60}?)\*\*")
_ARTICLE = lazy_compile(r"(?i)^(?:an?|the)\s+")
ARTICLE = lazy_compile(r"(?i)(?:an?|the)\s+")  # at a position: ``ARTICLE.match(text, start)``
# What wraps a verdict's label after its frame, the label following it ("This is the classic triad of retinitis
# pigmentosa", "a typical picture of tetralogy of Fallot", "confirms the diagnosis of achalasia"): the wrapper names the
# label's signs, not a second thing, so the label is the answer. At a position, after the article.
TYPICAL_WORDS = (r"(?:classic(?:al)?|typical|characteristic|pathognomonic)\s+(?:appearance|picture|features?|triad|tetrad|"
                 r"pattern|findings?|signs?|presentation|constellation|combination|example|case)\s+(?:of|for)\s")
# A circumstance closing a label ("... in this pandemic period", "during pregnancy"): the label's end is unclear.
_CIRCUMSTANCE = lazy_compile(r"(?i)\s(?:in|during|at|among)\s")
TYPICAL_OF = lazy_compile(r"(?i)(?:" + TYPICAL_WORDS + r"|diagnosis\s+(?:of|for)\s)\s*(?:(?:an?|the)\s+)?")
_WORD = lazy_compile(r"[^\W_]+")
# A count in figures or words, bold to a how-many question ("There are **2** chest tubes").
_COUNT = lazy_compile(r"(?i)\d{1,3}|" + "|".join(NUMBER_WORDS))
_LEAD_WORDS = 6
# A phrase opening with a denial or a limiting word ("This is hardly a typical appearance", "This is no longer an
# acute infarct", "This is never a normal finding"): what the frame says it is not.
_DENIED_OPENING = lazy_compile("(?i)^(?:" + hedges.words(negation.PLAIN, negation.NEVER, negation.NEITHER,
                                                       ("no longer",), hedges.NEAR_NONE) + ")")
# What a frame's complement may open with that is no answer: a verb or a preposition ("most likely to be", "most
# likely because"), a mere likelihood or a generic word ("this is important", "this is a sensitive determination").
NOT_COMPLEMENT = lazy_compile(r"(?i)(?:to|is|are|be|was|were|because|due|from|given|related|in|on|at|of|not|also|"
                              r"why|what|how|the\s+case|seen|important|difficult|unclear|uncertain|likely|made|based|"
                              r"this|that|these|those|such|age|history|clinical|above|prior|previous|known|findings?|"
                              r"appearances?|imaging|normal|expected|surgical|urgent|emergency|an?\s+emergency)\b")
# An identity frame in a sentence after the answer's ("It is X", "Biopsy showed X", "Ultimately, X"), and what it
# opens that judges a next step rather than naming a thing ("It's worth examining ...", "It is advisable to ...").
_LATER_FRAME = lazy_compile(r"(?i)\b(?:it\s+is|it['’]s|this\s+is|that\s+is|showed|shows|confirmed|revealed|demonstrated|"
                            r"grew|call\s+it|ultimately)(?=[\s,])")
_JUDGED = lazy_compile(r"(?i)(?:worth|advisable|recommended|necessary|essential|reasonable|prudent|possible|unlikely|"
                       r"crucial|vital|wise|best|good|helpful|useful|mandatory|needed|required|reassuring)\b")
_LATER_CHARS = 160
# The most characters of a phrase (``phrase_span``).
_PHRASE_REACH = 400
# Where the head of what it names ends: its first preposition.
_HEAD_END = lazy_compile(r"(?i)\s+(?:of|in|after|before|on|at|from|following|during|since|for|to|by)\b")
# A markdown table row, and an enumeration inside a line ("(1) ... (2)", "1) ... 2)", "the first ... the second"):
# each item states something of its own, like a list item.
TABLE_ROW = lazy_compile(r"\|[^|\n]*\|")
# (Each opener and its second searched apart, from the first opener on: one pass each, where a lazy ".*?" between them
# tried every opener to the text's end, "(1) " x 5000 taking seconds.)
_ENUMERATION = tuple((lazy_compile(first), lazy_compile(second)) for first, second in (
    (r"\(\s*1\s*\)", r"\(\s*2\s*\)"), (r"(?<![\w.])1\)", r"(?<![\w.])2\)"), (r"(?i)\bthe\s+first\b", r"(?i)\bthe\s+second\b")))


def enumerated(text: str) -> bool:
    """Whether ``text`` enumerates inside a line ("(1) ... (2)", "1) ... 2)", "the first ... the second")."""
    for first, second in _ENUMERATION:
        opened = first.search(text)
        if opened is not None and second.search(text, opened.end()) is not None:
            return True
    return False
# "it is X" after a frame: no frame by itself ("It's anechoic with ..."), but a thing it names competes.
_IT_IS = lazy_compile(r"(?i)\bit(?:\s+is|'s|’s)\s+")
# What "it is" opens that is a place or a state, no candidate ("it is in the **right middle lobe**", "it is seen").
_IT_IS_NOT_NAMED = lazy_compile("(?i)^" + hedges.words(("in", "at", "on", "of", "within", "from", "into", "over", "under",
                                                         "along", "near", "behind", "above", "below"),
                                                        negation.SEEN, negation.PLAIN))
# Most words of a reading left as the reader made it: a span this short is a phrase the grader's ladder reads
# (measured: narrowing 4-6 word readings gained 3 and moved 6 right readings, one into a control false match).
SHORT_READING = 6
# A question in English: the frames and the words ending a phrase are English ("Quel est le diagnostic?" is not).
ENGLISH_QUESTION = lazy_compile(r"(?i)\b(?:what|which|where|how|who|name|identify|describe|is|are|does|do)\b")
# A lead-in, not a label: "Based on the findings — ... — the diagnosis is X."
_LEAD_IN = lazy_compile(r"(?i)^(?:based|from|on|in|at|by|with|given|judging|looking|after|overall|my|our)\b")
# Emphasis of any kind: a second emphasized span beside a bold one is a second candidate.
_EMPHASIS = lazy_compile(r"(?<![*\w])\*{1,2}[^*\n]{1,60}?\*{1,2}(?![*\w])")


def _heading(head: str) -> bool:
    """Whether a bold span or a lead names a field or a generic word, not a thing: "**Diagnosis:**", "Findings —",
    "**Reasoning**", "Important point —" (``open_span.field_name``, ``replywords.REASON_KEYS``,
    ``open_decision.contentless``)."""
    return field_name(head) or " ".join(_WORD.findall(head.lower())) in REASON_KEYS or contentless(head)


def attributed(text: str, start: int, words: re.Pattern[str] | None = None, inferring: bool = False) -> bool:
    """Whether the sentence holding ``start`` attributes what follows to someone else or to an earlier time before
    it ("The report from last year said this is X"; ``words``: other words to look for): the mark at ``start`` is a
    reported claim. ``inferring``: the marks are inferences, so an inference word before one is no attribution."""
    reach = max(0, start - _ATTRIBUTION_REACH)
    opening = max(max(text.rfind(c, reach, start) for c in ".;!?\n") + 1, reach)
    attributing = _REPORTED if inferring else _ATTRIBUTED
    return any(p.search(text, opening, start) is not None for p in (attributing, words) if p is not None)


@dataclass
class _Leftmost:
    """Where the leftmost match of ``pattern`` in ``text[pos:endpos]`` starts (-1: none), asked for rising ``pos``.

    Why: asked for each bold span of a reply, a search from the span to its sentence's end (and for that end) read
    the rest of the sentence again each time: quadratic on a wall of bold spans ("**bold** " * 1,800: 1 s). Whether
    a match starts at ``s`` does not depend on ``pos`` (lookbehinds and ``\b`` see the text before it), so a match
    found from an earlier ``pos`` that starts at or after this one is still the leftmost, and none found then is none
    now: each part of the sentence is searched once."""

    pattern: re.Pattern[str]
    text: str
    _last: tuple[int, int, int] = (-1, -1, -1)  # (pos, endpos, start found or -1) of the last search

    def start(self, pos: int, endpos: int) -> int:
        last_pos, last_endpos, found = self._last
        if last_endpos == endpos and 0 <= last_pos <= pos and (found < 0 or found >= pos):
            return found
        m = self.pattern.search(self.text, pos, endpos)
        self._last = (pos, endpos, m.start() if m is not None else -1)
        return self._last[2]


def _set_aside_after(text: str, bold: re.Match[str], ends: _Leftmost, asides: _Leftmost) -> bool:
    """Whether the rest of the sentence after a bold span sets it aside ("**pneumonia** has cleared", "**X** is
    not seen"); a bold span closing its own sentence ("**Right pneumothorax.** There is no shift.") has no rest.
    ``ends`` and ``asides`` search ``text`` for ``_SENTENCE_END`` and ``_SET_ASIDE_AFTER``, the spans in order."""
    if bold.group(1).rstrip()[-1:] in (".", ";", "!", "?"):
        return False
    end = bold.end()
    stop = ends.start(end, len(text))
    return asides.start(end, stop if stop >= 0 else len(text)) >= 0


def _modifies(inner: str, text: str, end: int) -> bool:
    """Whether a bold span ending at ``end`` modifies the word right after it, inside one label ("The **distal
    radius** fracture", "The **knee** view"): that word names a thing of the vocabulary or the image, so the bold
    names only part of a label, not the answer ("The **spleen** is enlarged", "**pneumonia** in the base" do not)."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and (names_something(after.group(1)) or _IMAGE_NOUN.fullmatch(after.group(1)) is not None)


def phrase_span(text: str, start: int) -> tuple[int, int] | None:
    """The span of the phrase opening at ``start``: up to its end (``_PHRASE_END``). A "with" inside a name the
    vocabulary knows whole ("eosinophilic granulomatosis with polyangiitis") ends nothing: the phrase goes on to the
    next end; any other "with" opens a description ("a lipoma with a thin septum") and ends the phrase. A phrase runs
    at most ``_PHRASE_REACH`` characters (no label is that long; a reply of many frames stays linear)."""
    reach = min(len(text), start + _PHRASE_REACH)
    end = _PHRASE_END.search(text, start, reach)
    stop = end.start() if end is not None else reach
    if end is not None and text[end.start():end.end()].strip().lower() == "with":
        more = _PHRASE_END.search(text, end.end(), reach)
        longer = more.start() if more is not None else reach
        if whole_concept(text[start:longer]) is not None:
            stop = longer
    while stop > start and text[stop - 1] in " \t*_\"'":
        stop -= 1
    return (start, stop) if stop > start else None


def listed(text: str, end: int) -> bool:
    """Whether the phrase ending at ``end`` is the first of a list ("This is an ETT, an NG tube and a central line."):
    a comma or "and" after it, then another verbless phrase naming a thing (an apposition, "X, a benign tumour",
    is held the same way: the reader cannot tell it from a list)."""
    after = _LIST_NEXT.match(text, end)
    if after is None:
        return False
    span = phrase_span(text, after.end())
    return span is not None and short_label(text[span[0]:span[1]]) and names_something(text[span[0]:span[1]])


def names_something(phrase: str) -> bool:
    """Whether ``phrase`` names a thing of the vocabulary (a finding, an organ, a technique): a frame's complement
    that names nothing ("This is important") is no answer."""
    return bool(vocabulary().mentions(normalize(phrase)))


def _conceded_of_study(clause: str) -> bool:
    """Whether a concession grants only the study's limits ("though image quality is limited"): it names no thing
    of the vocabulary and speaks of the study. Anything else conceded ("although Y can look the same") is a second
    candidate or a doubt."""
    return not names_something(clause) and (_OF_STUDY.search(clause) is not None or TECHNICAL.search(clause) is not None)


def denied_before(text: str, start: int) -> bool:
    """Whether a denial stands before ``start`` in its own clause ("This is not X", "no **X**")."""
    return _DENIED_BEFORE.search(text[max(0, start - 60):start]) is not None


def _renamed(tail: str) -> bool:
    """Whether the words after a lead's dash open with a second label (no verb: "— diverticulosis", "— think cystic
    fibrosis", "— struvite stone") rather than a statement explaining the lead ("— the fat pad is lifted")."""
    span = phrase_span(tail, len(tail) - len(tail.lstrip()))
    return span is not None and short_label(tail[span[0]:span[1]])


def _candidates(text: str, question: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]] | None:
    """The spans the reply's structure marks as its answer, and those a lean names ("most likely X": a lean marks
    no answer by itself, a finding before it is as much one, but it competes with a phrase marked otherwise); or
    ``None`` when one of them is denied (the marked phrase is what the reply sets aside)."""
    spans: list[tuple[int, int]] = []
    leaned: list[tuple[int, int]] = []
    for found in _FRAME.finditer(text):
        start = found.end()
        article = ARTICLE.match(text, start)
        wrapped = TYPICAL_OF.match(text, article.end() if article is not None else start)
        span = phrase_span(text, wrapped.end() if wrapped is not None else start)  # "This is the classic triad of X"
        if wrapped is not None and span is not None and _CIRCUMSTANCE.search(text, span[0], span[1]) is not None:
            span = phrase_span(text, start)  # "the typical pattern of X in this pandemic period": read as before
        if span is None:
            continue
        if denied_before(text, found.start() + 1) or attributed(text, found.start()):
            return None  # "This is not X", "Residents often say this is X"
        if found.group("inferred") and _ASKS_DIAGNOSIS.search(question) is None:
            return None  # "spiculated mass ..., suggestive of malignancy" to "What is the abnormality?"
        phrase = text[span[0]:span[1]]
        if _DENIED_OPENING.match(phrase) is not None:
            return None  # "This is hardly a typical appearance for X", "This is never a normal finding"
        if found.group("lean"):
            if _LEAN_VERB.match(phrase) is None and names_something(phrase):
                leaned.append(span)  # not "likely to be ...", "most likely because ..."
            continue
        if describes_image(phrase, question):
            continue  # "This is a CT of the abdomen." to "What is the abnormality?": the image named, not the answer
        if names_something(phrase):
            if not short_label(phrase) or listed(text, span[1]):
                return None  # "This is a septated cyst on the other side": a marked phrase that is no clean label
            spans.append(span)
    for found in _IT_IS.finditer(text):
        span = phrase_span(text, found.end())
        if span is not None and _LEAN_VERB.match(text[span[0]:span[1]]) is None \
                and _IT_IS_NOT_NAMED.match(text[span[0]:span[1]]) is None and names_something(text[span[0]:span[1]]):
            leaned.append(span)  # "This is a lung mass ...; it is bronchogenic carcinoma": a second candidate
    bold = list(_BOLD.finditer(text))
    if len(bold) == 1 and len(_EMPHASIS.findall(text)) > 1:
        return None  # "**pneumatoceles**, classically after *Staphylococcus aureus*": two phrases stressed
    ends, asides = _Leftmost(_SENTENCE_END, text), _Leftmost(_SET_ASIDE_AFTER, text)
    for found in bold:
        inner = found.group(1).strip(" :")
        if not inner or _heading(inner) or found.group(1).rstrip().endswith(":"):
            continue
        if denied_before(text, found.start()) or attributed(text, found.start(), _PAST) \
                or _set_aside_after(text, found, ends, asides):
            return None  # "not **X**", "Previously reported **X** has cleared"
        if asks_count(question) and _COUNT.fullmatch(inner):
            spans.append((found.start(1), found.end(1)))  # "There are **2** chest tubes" to "How many ...?"
        elif short_label(inner) and not _modifies(inner, text, found.end()):  # "The **left** lung", "**Urgent** CT"
            if names_something(inner) or len(_WORD.findall(inner)) > 1:
                spans.append((found.start(1), found.end(1)))
            else:
                leaned.append((found.start(1), found.end(1)))  # "The mass is **large**.": stressed, names nothing
    lead = _LEAD_DASH.search(text)
    if lead is not None and "\n" not in text[:lead.start()] and re.search(r"[.!;:]", text[:lead.start()]) is None:
        head = text[:lead.start()].strip(" *_")
        if head and len(_WORD.findall(head)) <= _LEAD_WORDS and short_label(head) and not _heading(head) \
                and _LEAD_IN.match(head) is None:
            if _renamed(text[lead.end():]) or _DENIAL.search(_SENTENCE_STOP.split(text[lead.end():], maxsplit=1)[0]):
                return None  # "Diverticula — diverticulosis, no inflammation.": the dash names a second phrase
            spans.append((text.index(head), text.index(head) + len(head)))
    if ASKS_PLACE.search(question) is not None:
        for found in _LOCATED.finditer(text):
            if denied_before(text, found.end()) or attributed(text, found.start()):
                return None  # "The tip is not located in the SVC", "Previously the lesion was located in X"
            span = phrase_span(text, found.end())
            if span is not None and short_label(text[span[0]:span[1]]):
                if listed(text, span[1]):
                    return None  # "located in the liver, the spleen and the kidneys"
                spans.append(span)
    return spans, leaned


def answer_phrase(region: str, question: str, reply: str | None = None) -> str | None:
    """The one phrase the reply marks as its answer (see module docstring), a slice of ``region`` (the part of the
    reply the reader kept); ``None`` when it marks none, marks two different ones, or holds its answer open. The
    marks are looked for in the whole ``reply`` (``region`` when not given): a candidate the reader already cut off
    still competes."""
    if len(normalize_answer(region).split()) <= SHORT_READING:
        return None  # "chest X-ray (radiograph), PA projection": already a phrase; narrowing it only trades detail
    text = (reply if reply is not None else region).strip()
    if not text or HAN.search(text) is not None or ENGLISH_QUESTION.search(question) is None:
        return None  # Chinese answers have readers of their own; the frames and phrase ends are English words
    phrase = _marked(text, question)
    if phrase is None or phrase not in region or normalize_answer(phrase) == normalize_answer(region):
        return None
    return phrase


def named_later(text: str, end: int, phrase: str) -> bool:
    """Whether a sentence after the one where ``phrase`` ends (at ``end``) names another disease or finding in an
    identity frame ("It is a fibroadenoma.", "Biopsy showed a phyllodes tumour", "Ultimately, it's a synovial sarcoma",
    "I think it is organising pneumonia"): the reply goes on past its mark, often from a class ("a benign process",
    "malignancy") to the thing itself, so the marked phrase is not its last word."""
    stop = _SENTENCE_END.search(text, end)
    if stop is None:
        return False
    for found in _LATER_FRAME.finditer(text, stop.end()):
        start = found.end()
        while start < len(text) and text[start] in " \t*_\"',":
            start += 1
        article = ARTICLE.match(text, start)
        start = article.end() if article is not None else start
        if NOT_COMPLEMENT.match(text, start) is not None or _JUDGED.match(text, start) is not None:
            continue  # "It is not a lipoma", "It's worth examining the mucosa": no naming of its own
        span = phrase_span(text, start)
        named = text[span[0]:span[1]] if span is not None and span[1] - span[0] <= _LATER_CHARS else ""
        head = _HEAD_END.split(named, maxsplit=1)[0]  # "improvement after diuresis": a disease ending in the tail only
        if named and (names_entity(head) or names_finding(named)) \
                and normalize_answer(named) != normalize_answer(phrase):
            return True
    return False


def _marked(text: str, question: str) -> str | None:
    """The one phrase ``text`` marks as its answer, or ``None``."""
    if HELD_OPEN.search(text) is not None or CORRECTION_CUE.search(text) is not None or ALSO.search(text):
        return None
    if any(LIST_ITEM.match(line) for line in text.splitlines()):
        return None  # "- **Consolidation**, left, basal\n- No effusion": each item states something of its own
    if TABLE_ROW.search(text) is not None or enumerated(text):
        return None  # "| **Pneumothorax** | No |", "(1) this is X, (2) there is Y": a table or an enumeration
    if any(not _conceded_of_study(found.group()) for found in CONCESSION.finditer(text)):
        return None
    found = _candidates(text, question)
    if found is None or not found[0]:
        return None
    spans, leaned = found
    said = {normalize_answer(_ARTICLE.sub("", text[a:b])) for a, b in spans + leaned}
    if len(said) != 1 or not next(iter(said)):
        return None  # two different phrases marked: a finding and its diagnosis, a list, a set-aside candidate
    start, end = spans[0]
    phrase = _IMAGE_TAIL.sub("", text[start:end])
    if named_later(text, max(b for _, b in spans + leaned), phrase):
        return None  # "... is suggestive of a malignant tumour. Nephrectomy demonstrated an oncocytoma."
    located = {m.end() for m in _LOCATED.finditer(text)}
    if not any(a in located for a, _ in spans) and not _holds_asked(phrase, question):
        return None  # "This is renal cell carcinoma" to "Which organ ...?": the frame names the diagnosis
    return phrase


def _holds_asked(phrase: str, question: str) -> bool:
    """Whether ``phrase`` holds a value of the kind ``question`` asks: a side to a side question, a number to a
    count or measurement question; to a question asking a part, level or place, a side or a number, or else no thing
    of the vocabulary but anatomy ("fifth metatarsal", "liver"; not "renal cell carcinoma" to "Which organ?"). Any
    other question (a diagnosis, a modality, a study, a plane) asks no kind of value."""
    if ASKS_SIDE.search(question) is not None:
        return SIDE_SAID.search(phrase) is not None
    number = any(_COUNT.fullmatch(w) or any(c.isdigit() for c in w) for w in _WORD.findall(phrase))  # not "bone"
    if asks_count(question) or ASKS_MEASURE.search(question) is not None:
        return number
    if asks_part(question) or ASKS_PLACE.search(question) is not None:
        concepts = vocabulary().concepts
        return number or SIDE_SAID.search(phrase) is not None or all(
            m.concept in concepts and concepts[m.concept].category == "anatomy"
            for m in vocabulary().mentions(normalize(phrase)) if m.concept)
    return True


__all__ = ["TYPICAL_OF", "TYPICAL_WORDS", "ALSO", "ARTICLE", "CONCESSION", "CORRECTION_CUE", "ENGLISH_QUESTION", "HELD_OPEN", "NOT_COMPLEMENT", "SHORT_READING", "TABLE_ROW", "answer_phrase", "attributed", "denied_before", "enumerated", "listed", "named_later", "names_something",
           "phrase_span"]
