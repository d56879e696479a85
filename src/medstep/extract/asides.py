"""Option mentions the decision reader (``extract/decision.py``) takes otherwise than their words suggest.

Some are not statements of their option though they name it: a landmark ("posterior to the spleen"), an option
whose own sentence ends by setting its letter aside ("Preiser disease is AVN of the scaphoid, so not B."), one of
two judged alike ("... is not a feature either"). Some state it though no cue word stands before them: the
option's text set in bold as a sentence of its own ("... infratentorial lesions. **Multiple sclerosis.** ..."),
a label naming what a NOT / EXCEPT question asks for ("Absent: **D**"), an arrow to the letter ("→ A").
Kept apart from the decision reader's cue tables so that file stays readable.
"""

from __future__ import annotations

from functools import lru_cache

from medstep.answers import hedges, landmarks, negation
from medstep.extract.mentions import CONFLICT, Mention
from medstep.extract.open_knowledge import MOST
from medstep.extract.refusal import is_hedge
from medstep.lazyre import lazy_compile

# An arrow handing over to the letter: "NOT RA: DIP osteophytes (that's OA). → A".
ARROW_BEFORE = lazy_compile(r"(?:→|⇒|=>|->)[\s*_(\[]*\Z")
# ... or a dash, "i.e." or "namely" handing over to the letter that closes the output: "... is an aspergilloma —
# **D**.", "The rhythm is **Mobitz I** — option B.", "... i.e. option C."
# ... or a letter that is a sentence of its own closing the output, on the line of a sentence that is more than a
# letter ("… colon cancer → metastases. (Candidiasis also gives targets …) A."; not "A. B. C. D.", not "4. D").
LONE_CLOSE = lazy_compile(r"[a-z%\]](?:[a-z%\]]|\))[.!?][)\]]?[*_\"'”]*[ \t][ \t*_]*\Z")
# A description of four words or more handing over to the letter by a colon: "... lines near the costophrenic angles: A."
# (not a label of a word or two: "Least likely: A.", "Differential: B.")
COLON_CLOSE = lazy_compile(r"(?:[^\W\d_][\w'’-]*[ \t]+){3}[^\W\d_][\w'’-]+[)\]]?[*_]*:[ \t*_(]*\Z")
HANDED_OVER = lazy_compile(r"(?i)(?:→|⇒|=>|->|\s[—–]|\bi\.e\.,?|\bnamely,?)[\s*_]*(?:(?:option|choice|answer)\s+)?[\s*_(\[]*\Z")
# "... are not a feature either": another option was judged so before, so this one is not singled out.
EITHER = lazy_compile(r"(?i)\beither\W*\Z")
# A label naming what a NOT / EXCEPT question asks for, opening its line or sentence: "Absent: **D**", "NOT a
# feature: C", "The exception: B", "The option that does NOT fit: D".
EXCEPTION_LABEL = lazy_compile(
    r"(?i)(?:\A|[\n.;])[\s*_#>\-]*(?:the\s+)?(?:absent|missing|exception|odd\s+one\s+out|not\s+(?:a\s+|an\s+)?"
    r"(?:typical\s+)?(?:" + hedges.alternation(negation.SEEN)
    + r"|feature|finding|sign|typical|associated|true|consistent|characteristic)"
    # "The option that does NOT fit: **D. …**", "The one that doesn't belong:"
    r"|(?:option|one|choice|answer|finding|cause|feature)\s+that\s+(?:does\s+not|doesn't|is\s+not|isn't)\s+"
    r"(?:fit|belong|apply|match|hold|seen|present|typical))"
    r"[\s*_]*[:：][\s*_(\[]*(?:(?:option|choice)\s+)?\Z"
    # "Least likely: C.", "... so it's least likely: D.", "Least appropriate: C." to a LEAST question
    r"|\bleast\s+(?:likely|probable|plausible|appropriate|consistent|suitable|useful|accurate|correct|helpful|"
    r"supported|typical|indicated)[\s*_]*[:：][\s*_(\[]*(?:(?:option|choice)\s+)?\Z"
)
_BOLD_CLOSE = lazy_compile(r"(?:\.\*\*|\*\*\.)(?=\s|\Z)")


def emphasised(text: str, m: Mention) -> bool:
    """The option's text set in bold as a sentence of its own ("... and infratentorial lesions. **Multiple
    sclerosis.** NMO would ..."): a model stating its answer with emphasis. Weak, like a plain statement."""
    if text[max(0, m.start - 2):m.start] != "**" or _BOLD_CLOSE.match(text, m.end) is None:
        return False
    head = text[:m.start - 2].rstrip(" \t")
    return not head or head[-1] in ".!?\n"


# Words placing something relative to a landmark ("posterior to the spleen", "adjacent to the pancreas", "beside the
# liver"): the option named after them locates, it is not what is stated. Read as tokens: the heads of the "... to"
# relations of nearness and direction of ``answers/landmarks.py``, and its one-word subset for this reader.
_RELATIVE = frozenset(w.split()[0] for w in landmarks.NEAR + landmarks.DIRECTION if w.endswith(" to"))
_RELATIVE_ALONE = frozenset(landmarks.PLACED_BEFORE_OPTION)


def landmark(words: list[str]) -> bool:
    """Whether the words right before a mention (lower-cased, last last) place something relative to it."""
    tail = words[:-1] if words and words[-1] == "the" else words
    if not tail:
        return False
    return tail[-1] in _RELATIVE_ALONE or (len(tail) > 1 and tail[-1] == "to" and tail[-2] in _RELATIVE)


# A judgement that an option holds best ("A is the most likely", "B fits best"): to a question asking which
# option does NOT hold (LEAST, NOT, EXCEPT) it describes an option that is not the answer.
HOLDS_MOST = lazy_compile(r"(?i)\b(?:most|more|best|better|likel(?:y|ier|iest)|fits?|consistent|favou?red|leading|"
                          r"strongest|typical)\b")
# The letter's clause closing by setting another letter aside: "So A, not B.", "Therefore C; not D."
# ("It has to be C — not B, not D.": a dash, and several set aside; "so D rather than B": the set-aside words need
# no comma)
_LETTER = r"(?:option\s+|choice\s+)?[(\[]?[A-Z]\b[)\]]?"
_NOT_LETTER = r"not\s+" + _LETTER
_INSTEAD_LETTER = r"(?:" + hedges.alternation(negation.INSTEAD) + r")\s+" + _LETTER
SET_ASIDE_RIGHT = lazy_compile(r"(?i)\A[\s*_)\]]*(?:(?:[,;]|[—–]|\s-\s)\s*(?:and\s+|but\s+)?" + _NOT_LETTER
                               + r"|,?\s*" + _INSTEAD_LETTER + r")(?:\s*,\s*(?:and\s+|or\s+)?" + _NOT_LETTER
                               + r")*[\s*_]*\Z")
# An option named and at once set aside in a relative clause: "patency (A), which is not seen".
WHICH_NOT = lazy_compile(r"(?i)\A[\s*_)\]\"'”]*,?\s*which\s+(?:is|was|are|were)\s+(?:not\b|absent\b)")
# An option's text called normal ("The infraspinatus and subscapularis are intact.", "Both images show a normal
# appearance."): it is not the finding.
CALLED_NORMAL = lazy_compile(r"(?i)\A[\s*_\"'”]*(?:[a-z-]+\s+){0,2}?(?:is|are|appears?|remains?|looks?|shows?|has|have)\s+"
                             r"(?:an?\s+)?(?:\w+ly\s+)?(?:intact|normal|preserved|spared|unremarkable)\b")
# The rest of a list whose first items are a mention: ", and kidneys" of "The liver, spleen, and kidneys appear normal".
_LIST_TAIL = lazy_compile(r"(?i)(?:\s*,\s*(?:(?:and|or)\s+)?(?:the\s+)?[a-z-]+)*")


def list_called_normal(text: str, end: int) -> bool:
    """Whether the list a mention ending at ``end`` opens is called normal as one, past the list's later items ("The
    liver, spleen, and kidneys appear normal."; ``CALLED_NORMAL``)."""
    tail = _LIST_TAIL.match(text, end)
    at = tail.end() if tail is not None else end
    return CALLED_NORMAL.match(text[at:at + 120]) is not None  # (its ``\A`` anchors at the slice)


# A description closed by a dash and the option's name ending the sentence: "... within a thickened appendix —
# appendicolith.", "... in a young adult — mature teratoma.", "... lucent centres — rugger-jersey spine, seen in ...".
_DASH_BEFORE = lazy_compile(r"\S[ \t]+(?:—|–|--)[ \t]*[*_\"'“]*(?:an?\s+|the\s+)?(?:\w+\s+){0,2}\Z")
_SENTENCE_CLOSE = lazy_compile(r"[\s*_\"'”)]*(?:[.!]|,|\n|\Z|\([^()\n]{1,60}\)[\s*_]*(?:[.!]|\n|\Z))")


def dash_conclusion(text: str, m: Mention, clause: str) -> bool:
    """Whether by-text mention ``m`` is the name a description concludes with after a dash (see ``_DASH_BEFORE``):
    a decision, not one more finding listed. Not hedged, and only where the description opens its line."""
    head = text[max(0, m.start - 40):m.start]
    if _DASH_BEFORE.search(head) is None or _SENTENCE_CLOSE.match(text, m.end) is None:
        return False
    line = text[text.rfind("\n", 0, m.start) + 1:m.start]
    return len(line.strip(" *_-•#>")) >= 20 and not is_hedge(clause) and "?" not in clause


# What an option opening its clause is said to do when it is being defined, not stated: "transient synovitis has a
# normal radiograph", "SCFE occurs in adolescents", "Ovarian torsion shows an enlarged ovary".
DEFINED_AFTER = lazy_compile(r"(?i)\A[\s*_\"'”]*(?:has|have|occurs?|presents?|shows?|causes?|affects?|tends?|"
                             r"appears?\s+as|looks?\s+like|is\s+(?:seen|found)\s+in|is\s+characteri[sz]ed)\b")
# A sentence closing by setting its own option aside: "..., so not B.", "— not C."
_NOT_LETTER_END = lazy_compile(r"\bnot\s+(?:option\s+|choice\s+)?[(\[]?([A-Z])[)\]]?[\s*_]*[.!]?[\s*_]*\Z")


# A reference given as the name of what is seen: "This pattern is called tree-in-bud", "which is commonly known as a
# boxer's fracture" (``hedges.NAMING`` after a copula).
GIVEN_NAME = lazy_compile(r"(?i)\b(?:is|are|was|were|'s|’s)\s+(?:(?:also|commonly|often|usually|sometimes|classically|"
                          r"typically|generally)\s+)?" + hedges.words(hedges.NAMING) + r"\s+(?:(?:an?|the)\s+)?[\"'“*_]*\Z")


# A sentence that names its finding by the way or says it is not the main one (``hedges.BY_THE_WAY``, ``NOT_MAIN``):
# what it states is not the answer to a question after the main finding or diagnosis, whichever option it names.
SET_APART = lazy_compile("(?i)" + hedges.words(hedges.NOT_MAIN) + r"\s+(?:[a-z-]+\s+)?" + hedges.words(hedges.SECONDARY_NOUNS))
# (named by the way, "Incidentally, a trace pleural effusion is also seen.", a finding is set apart only beside another
# the reply names: alone, "Incidentally, a simple cyst is noted in the left kidney." still answers "What is seen in the
# left kidney?"; ``set_apart``)
BY_THE_WAY_SAID = lazy_compile("(?i)" + hedges.words(hedges.BY_THE_WAY))


def set_apart(text: str, start: int, end: int, beside: bool) -> bool:
    """Whether the sentence ``text[start:end]`` sets its finding apart: said not to be the main one, or named by the
    way when ``beside`` (another finding of the reply is named outside it). The phrases are found once per text
    (``_apart_spans``): asked per option reference, a reply without a full stop was otherwise scanned whole each time
    (3.4 s on 30,000 characters in test_slow39c)."""
    main, by_the_way = _apart_spans(text)
    return any(start <= a and b <= end for a, b in main) or beside and any(start <= a and b <= end for a, b in by_the_way)


@lru_cache(maxsize=8)
def _apart_spans(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """The spans of ``SET_APART`` and of ``BY_THE_WAY_SAID`` in ``text``."""
    return (tuple(m.span() for m in SET_APART.finditer(text)), tuple(m.span() for m in BY_THE_WAY_SAID.finditer(text)))


_SENTENCE_EDGE = lazy_compile(r"[.!?\n]")


def set_aside_after(text: str, m: Mention) -> bool:
    """Whether the sentence holding the by-text mention ``m`` ends by setting aside that option's letter, or sets its
    finding apart as named by the way ("For completeness: ... a trace pleural effusion, but it's clearly not the main
    abnormality.", ``SET_APART``)."""
    start = max((e.end() for e in _SENTENCE_EDGE.finditer(text, max(0, m.start - 300), m.start)), default=0)
    end = (e.end() if (e := _SENTENCE_EDGE.search(text, m.end, m.end + 300)) is not None else m.end + 300)
    if set_apart(text, start, end, bool(text[:start].strip(" \n*_#")) or bool(text[end:].strip(" \n*_#"))):
        return True
    window = text[m.end:m.end + 200]
    if "not" not in window:
        return False
    ends = [i for i in (window.find(c) for c in ".!?\n") if i >= 0]
    tail = window[:min(ends) + 1] if ends else window
    found = _NOT_LETTER_END.search(tail)
    return found is not None and found.group(1) == m.letter


# "... is the CT halo sign (not the atoll/reversed variant)": what brackets set aside is not the option stated.
_NOT_BRACKET = lazy_compile(r"(?i)\(\s*(?:but\s+)?not\b[^()]*\)")


# An output this short is one statement (LLaVA-Med style: "The tip is in the right atrium."), not a discussion.
STATEMENT_MAX = 280


# A dash after the option opening its reason ("Likely B — irregular narrow complexes.", "Left atrium — the double
# density ... are both signs of ..."), not taking it back ("— no", "— or", "— but").
REASON_AFTER = lazy_compile(r"(?i)[ \t*_]*[—–][ \t]+(?!(?:no|not|wait|or|unless|if|but)\b)\w")
# What doubts the option in the reason after its dash: "Left atrium — possibly, though ...".
_DOUBTED = lazy_compile("(?i)" + hedges.words(hedges.POSSIBILITY, hedges.DOUBT, hedges.IF, hedges.TURN))


def statement(text: str, left: str, right: str) -> bool:
    """An option's text stated plainly in a short output: a description that is the answer.

    Weak (see ``resolve.resolve``): taken only when no other option is named in any
    committing way, and never in a question or a hedge ("could be B").
    """
    if len(text) > STATEMENT_MAX:
        return False
    if not left.strip(" \t*_\"'“#>-•") and (dash := REASON_AFTER.match(right)) is not None:
        # "Left atrium — the double density and the splayed carina are both signs of its enlargement.": the option
        # heads its sentence and the dash opens the reason ("both signs" weighs no options); only a doubt there counts
        if _DOUBTED.search(right, dash.end() - 1) is not None:
            return False
        right = ""
    # "... is the CT halo sign (not the atoll/reversed variant)": what the brackets set aside is not this option
    clause = left + " " + _NOT_BRACKET.sub(" ", right).split(",", 1)[0]
    if not left.strip(" *_\"'“") and DEFINED_AFTER.match(right) is not None:
        return False  # "... transient synovitis has a normal radiograph.": the option defined, not stated
    if _EXAMPLE_BEFORE.search(left) is not None:
        return False  # "some (like Kawasaki disease) need urgent assessment": named as an example of a kind
    if _COMPARED_BEFORE.search(left) is not None:
        return False  # "CT shows the leak within hours, long before a plain radiograph does": the rival compared with
    if _CONTRARY_SUBJECT.search(left) is not None:
        return False  # "The intact bone is the scaphoid." to "Which bone is fractured?": named as what is not asked
    if _POSSIBLE_AFTER.match(right) is not None:
        return False  # "Honeycombing can coexist.": what may go with the finding, not what is seen ("can be seen" is)
    own = right[:end.start()] if (end := _PREDICATE_END.search(right)) is not None else right
    if general_clause(left + own, left + _SENTENCE_REST.split(right, 1)[0]):
        return False  # "The pneumothorax has resolved.", "A Colles fracture is the commonest ...": no finding here
    return not is_hedge(clause) and _NOT_STATED.search(clause) is None


# What a clause naming an option says when it states no finding of this image (issue #7, precision): a habit said of
# the option ("Osteosarcoma usually arises in the metaphysis.", ``hedges.HABIT``; not of this case's findings, "These
# findings are commonly seen in bronchiolitis.", ``_HERE``; not before it, "which is classically
# X" names it), a finding gone ("The effusion has resolved.", ``negation.GONE``; not one still there in part,
# ``hedges.CONTINUING``), two named as alike ("Kaposi and bacillary angiomatosis look alike.": neither is chosen), or a
# class by its frequency with an indefinite article ("A Colles fracture is the commonest wrist fracture in older
# adults.", "An osteoid osteoma is a common cause of night pain").
_HABIT = lazy_compile("(?i)" + hedges.words(hedges.HABIT, ("tends to", "tend to")))
_GONE = lazy_compile("(?i)" + hedges.words(negation.GONE))
_CONTINUING = lazy_compile("(?i)" + hedges.words(hedges.CONTINUING))
_ALIKE = lazy_compile(r"(?i)\b(?:alike|indistinguishable|(?:resemble|mimic)\s+(?:each\s+other|one\s+another)|"
                      r"tell\s+(?:them\s+)?apart|(?:look|appear|are)\s+(?:very\s+|quite\s+)?similar\b(?!\s+to\b))")
_KIND = lazy_compile(r"(?i)\A[\s*_\"'“]*an?\s+(?:[\w'’-]+\s+){0,5}?(?:is|are)\s+(?:the\s+|an?\s+)?(?:(?:second|third)\s+)?"
                     r"(?:" + MOST + r"|common|rare|uncommon|frequent|typical|classic|usual)\s+[a-z]")
# Where the option's own predicate ends: a comma, a dash, a semicolon or a bracket opens another clause.
_PREDICATE_END = lazy_compile(r"[,;:(]|\s[—–-]\s|[—–]")


def habit_said(predicate: str, rest: str = "") -> bool:
    """Whether ``predicate`` (what follows an option, to its clause's end) says what holds in general of it; ``rest``:
    the sentence after the predicate, where a pointer to this case ("..., as in this patient") says it of this case."""
    own = predicate[:m.start()] if (m := _PREDICATE_END.search(predicate)) is not None else predicate
    if points_here(predicate, rest):
        return False  # "..., as in this patient", "..., seen here", "...; this lesion fits": said of this case too
    # (a habit word after "which is" / "this is" classes what it names: "..., which is classically chronic eosinophilic
    # pneumonia"; "X is frequently associated with Y" says it of X)
    return any(_COPULA_BEFORE.search(own, 0, h.start()) is None for h in _HABIT.finditer(own))


def points_here(predicate: str, rest: str = "") -> bool:
    """Whether ``predicate`` (what follows a name, to its clause's end) or the rest of its sentence (``rest``) points
    to this case ("are commonly seen in this age group", "..., which is clearly seen in this image"): what it says
    of the name (a habit, a definition) is then said of this case too."""
    own = predicate[:m.start()] if (m := _PREDICATE_END.search(predicate)) is not None else predicate
    return _HERE.search(own) is not None \
        or _AS_HERE.search(_SENTENCE_REST.split(predicate[len(own):] + rest, 1)[0]) is not None


# A pointer to this case in the predicate ("are commonly seen in this age group", "here"), also in a class by frequency's
# sentence ("A Smith fracture is rare, but that is what this is"): its deixis alone, not
# ``open_knowledge.POINTS_HERE``, whose words of seeing and showing ("often shows a central scar", "is the classic
# injury seen after a FOOSH") are a habit's and a class's own words.
HERE_WORDS = ("this", "these", "here", "patient", "patient's")  # (also ``cue_before``'s words of this case)
_HERE = lazy_compile("(?i)" + hedges.words(HERE_WORDS))
_AS_HERE = lazy_compile(r"(?i)\b(?:as|like|seen|matches|matching|fits|and\s+(?:that|this)\s+is)\b[^.;!?]{0,40}?"
                        r"\b(?:here|this|these)\b|\bthis\b[^.;!?]{0,60}\b(?:fits|matches)\b")
_SENTENCE_REST = lazy_compile(r"(?<=[.!?])\s")


# The rule of a mention said only in general (:func:`habit_said`, :func:`habit_before`): it weighs like a statement
# against another option ("Angiomyolipoma contains fat. Renal cell carcinoma typically enhances." stays open) but is
# never itself the decision (``decision.read_decision``).
GENERAL = "general_statement"


def habit_before(text: str, start: int) -> bool:
    """Whether a clause of ``start``'s sentence before the option's own clause says what holds in general ("Benign
    ones are usually oval, while malignant ones ...", "X usually arises in the metaphysis; Y in the diaphysis"); a habit
    word in the option's own clause grades the option ("findings typically seen in X", "Classically X.")."""
    before = text[max(0, start - 200):start]
    before = before[max(before.rfind(c) for c in ".!?\n") + 1:]
    cut = max(before.rfind(c) for c in ",;:")
    return cut > 0 and habit_said(before[:cut])


# A question put and answered at once: "The issue is whether it's X; I think it is.", "... whether this is X — it
# is." (``decision._classify`` reads no question there; matched at the option's end, at most 40 characters on).
WHETHER_ANSWERED = lazy_compile(r"(?i)[^.;—–]{0,40}?(?:[;,.—–]|\s-)\s*(?:and\s+|but\s+)?(?:i\s+(?:think|believe)\s+|"
                                r"yes,?\s+)?(?:it|this|that|there)\s+(?:is|does)\s*[.!]")
_COPULA_BEFORE = lazy_compile(r"(?i)\b(?:which|that|this|it)(?:\s+(?:is|was)|['’]s)\s+\Z")


def general_clause(clause: str, sentence: str = "") -> bool:
    """Whether ``clause`` names a finding gone, two things alike, or a class by its frequency (see above): no
    statement of an option it names as this image's answer. ``sentence``: the clause's whole sentence, where a
    pointer to this case keeps a class by frequency ("A Smith fracture is rare, but that is what this is.")."""
    if _ALIKE.search(clause) is not None:
        return True
    if _KIND.match(clause) is not None and _HERE.search(sentence or clause) is None:
        return True
    return _GONE.search(clause) is not None and _CONTINUING.search(clause) is None


_SENTENCES = lazy_compile(r"(?<=[.!?])\s+")


def without_general(text: str, general: bool = False) -> str:
    """``text`` less its sentences that state no finding of this image (:func:`general_clause`, or a habit said of
    no pointer to this case): what a fallback reader of a short reply may read an option from, as a veto only.
    ``general``: those sentences alone instead, where another option named keeps the reply open ("Ewing sarcoma
    usually has a soft-tissue mass." beside a description of an osteoid osteoma)."""
    return " ".join(s for s in _SENTENCES.split(text) if (general_clause(s) or habit_said(s)) == general)


_LIST_ITEM = lazy_compile(r"[ \t>]*(?:\d{1,2}[.)]|[-*•+])[ \t]")


def labelled_close(text: str, m: Mention, left: str, right: str) -> bool:
    """The output's closing words are an option's text with its letter: "The device is a **chest tube** (C)."

    Writing the letter after the text is how a model marks the option it
    settles on; only as the very last words, and never modal, negated or hedged.
    """
    if text[m.end - 1:m.end] not in ")]" or text[m.end:].strip(" \t\n.!*_\"'") or m.letter == CONFLICT:
        return False
    if _LIST_ITEM.match(text, text.rfind("\n", 0, m.start) + 1) is not None:
        return False  # "4. Anterior cerebral artery (B)": the last item of a list, not a closing statement
    clause = left + " " + right
    return not is_hedge(clause) and _NOT_STATED.search(clause) is None


# A clause that does not state its option: a modal or condition ("A normal study would show ..."), a
# negation anywhere in it ("... is not seen"), a restatement of the question ("the options are").
# An example marker opening a bracket or a comma-set phrase right before the option: "(like X", ", such as X".
_EXAMPLE_BEFORE = lazy_compile(r"(?i)[(,—–]\s*(?:like|such\s+as|e\.g\.,?|for\s+example,?|for\s+instance,?|including)"
                               r"\s+(?:(?:the|an?)\s+)?[\s*_\"'“]*\Z")
# A rival the option is measured against in a time or degree comparison: "... within hours, long before a plain film
# shows any change", "... earlier than a bone scan": compared, not stated ("other than" / "rather than" are read apart).
# (the time words are shared with ``decision_clauses.DROP``: a clause with them before an article compares)
COMPARED_TIME = r"before|until|till"
_COMPARED_BEFORE = lazy_compile(r"(?i)(?:\b(?:" + COMPARED_TIME + r")|(?<!other\s)(?<!rather\s)\bthan)\s+(?:(?:the|an?)\s+)?"
                                r"[\s*_\"'“]*\Z")
# A subject that sets its complement apart from what is asked: "the other chamber is", "the uninjured nerve is".
CONTRARY_SUBJECT = (r"\b(?:the|this|its)\s+(?:[\w'-]+\s+){0,2}?(?:other|normal|intact|spared|healthy|un(?:injured|affected"
                    r"|involved|changed)|non-?[a-z]+)\s+(?:[\w'-]+\s+)?(?:is|are|was)\b")
_CONTRARY_SUBJECT = lazy_compile(r"(?i)" + CONTRARY_SUBJECT + r"\s+(?:(?:the|an?)\s+)?[\s*_\"'“(]*\Z")
# A modal after the option opening its clause, other than a presence ("can be seen"): a possibility.
_POSSIBLE_AFTER = lazy_compile(r"(?i)[\s*_\"'”)]*(?:can|could|may|might)\s+(?!be\s+(?:"
                               + hedges.alternation(negation.SEEN, negation.SEEN_RARE) + r")\b)")
_NOT_STATED = lazy_compile(
    r"(?i)\b(?:would|should|if|unless|whether|options?|choices?|question|asks?|except)\b|"
    + hedges.words(negation.DENY, negation.NEVER, negation.ABSENT, negation.NEITHER) + "|" + negation.CONTRACTION
)




_SEEN_WORDS = hedges.alternation(negation.SEEN, negation.SEEN_RARE, ("there", "found", "the case"))
_LOOK_VERBS = r"(?:find|see|identify|detect|demonstrate|confirm|appreciate|visuali[sz]e)"
# What the next sentence (or a turn in this one) says of what was just named, when it denies it: "It is not
# present.", "I did not find it.", "None is seen.", ", but it is absent".
_DENIAL = (
    r"(?:it|this|that|the\s+latter|such\s+an?\s+[\w-]+)(?:\s+(?:is|was)\s+not|\s+isn't|\s+wasn't|'s\s+not)\s+(?:"
    + _SEEN_WORDS + r")\b"
    r"|(?:it|this|that|the\s+latter)\s+(?:is|was)\s+(?:absent|excluded|ruled\s+out)\b"
    r"|(?:it|this|that)\s+(?:can|could)\s+be\s+(?:excluded|ruled\s+out)\b"
    r"|(?:i|we)\s+(?:(?:do|did|could|can)\s+not|don't|didn't|couldn't|can't|cannot)\s+" + _LOOK_VERBS
    + r"\s+(?:it|this|that|one|any|such)\b"
    r"|(?:there\s+is|i\s+see)\s+none\b(?!\s+of\b)|none\s+(?:(?:is|was|are|were)\s+)?(?:" + _SEEN_WORDS + r")\b"
    r"|(?:there\s+is\s+|i\s+see\s+)?(?:no\s+such\s+[\w-]+|no\s+evidence\s+of\s+(?:it|this|that))\b"
    r"|not\s+(?:" + _SEEN_WORDS + r")\s*(?:[.!;\n]|\Z))"
)
_DENIED_NEXT = lazy_compile(r"(?i)\A[\s*_\"'”)\]]*(?:[.;!]|,?\s*(?:but|however)\b,?)[\s*_]*(?:" + _DENIAL)
_DENIAL_SENTENCE = lazy_compile(r"(?i)\A[\s*_]*(?:(?:but|however),?\s+)?(?:" + _DENIAL)
# Where a sentence, a ";" clause or a turn ("..., but none is seen") ends and the next may deny it. The turn's blanks
# are taken from the run's first one only (``(?<!\s)``): tried from every blank of a long run, each try read the rest
# of the run (quadratic); a split never starts inside a run, so the pieces are the same.
_SENTENCE_END = lazy_compile(r"(?i)(?<=[.!?;])\s+|,?(?<!\s)\s+(?=(?:but|however)\b)")


def denied_next(text: str, end: int) -> bool:
    """What was named in the clause ending at ``end`` is denied right after it, by a pronoun or an elliptic
    sentence: "Consider left lower lobe collapse. It is not present.", "I looked for a pneumothorax. I did not find
    it.", "Effusion was sought, but none is seen." A statement of it taken back, not the answer."""
    return _DENIED_NEXT.match(text[end:end + 120]) is not None


def denies_before(sentence: str) -> bool:
    """``sentence`` only denies what the sentence before it named ("It is not present.", "I did not find it.", "but
    none is seen")."""
    return _DENIAL_SENTENCE.match(sentence) is not None


def without_denied_sentences(text: str) -> str:
    """``text`` less each sentence or clause that the next one denies by a pronoun (:func:`denied_next`), and that
    denial: what a short report or a decision sentence states once what it took back is gone."""
    parts = _SENTENCE_END.split(text.strip())
    kept, i = [], 0
    while i < len(parts):
        if i + 1 < len(parts) and denies_before(parts[i + 1]):
            i += 2
            continue
        kept.append(parts[i])
        i += 1
    return " ".join(kept)


# A counterfactual set against what is seen: "A mass would suggest carcinoma instead, but here it is a simple cyst.",
# "Fat would point to an angiomyolipoma; this is a simple cyst." What "would" links to is turned from right after it
# ("instead", ", but", ", whereas", "; here / this / it ..."): the supposed case, not a candidate kept open.
# The supposed sign denied right after ("Calcification would point to constrictive pericarditis, and I don't see any.",
# "..., but there is none", "..., which is absent here") turns it the same way, when the denial ends the clause
# ("..., and I don't see any other explanation" supports it).
COUNTER_TURN = lazy_compile(r"(?i)[^.;:!?\n]{0,40}?(?:\binstead\b|,\s*(?:but|however|whereas)\b|"
                            r";\s*(?:but\s+|however,?\s+)?(?:here|this|it|these|the\s+\w+\s+(?:is|are|shows?))\b|"
                            r",\s*(?:and\s+|but\s+)?(?:(?:(?:i|we)\s+(?:do\s+not|don['’]t|cannot|can['’]t)\s+(?:see|identify)"
                            r"(?:\s+(?:any|it|one|that|this|them|such))?|there\s+is\s+none|none\s+(?:is|are)\s+(?:seen|present|visible)"
                            r"|which\s+(?:is|are)\s+(?:absent|not\s+(?:seen|present|visible)))(?:\s+here)?\s*(?:[.;!)]|\Z)))")

__all__ = ["GENERAL", "HERE_WORDS", "WHETHER_ANSWERED", "habit_before", "habit_said", "points_here", "general_clause", "without_general", "COUNTER_TURN", "REASON_AFTER", "denied_next", "denies_before", "without_denied_sentences", "HANDED_OVER", "COLON_CLOSE", "LONE_CLOSE", "STATEMENT_MAX", "labelled_close", "statement", "ARROW_BEFORE", "EITHER", "EXCEPTION_LABEL", "HOLDS_MOST", "SET_ASIDE_RIGHT", "WHICH_NOT", "CALLED_NORMAL", "dash_conclusion", "DEFINED_AFTER", "emphasised", "landmark", "SET_APART", "BY_THE_WAY_SAID", "set_apart", "GIVEN_NAME", "list_called_normal", "set_aside_after"]
