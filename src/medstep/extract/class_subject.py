"""A sentence whose subject is the asked finding as a class: what such a finding is or looks like, not this image.

Asked "Is there a pneumothorax?", a model may define the thing instead of looking for it: "Pneumothorax is air in the
pleural space.", "A pneumothorax appears as a visceral pleural line with absent markings beyond it.", "A subdural
haematoma is a crescent-shaped collection that crosses sutures.", "Kidney stones can cast an acoustic shadow.", "An
enlarged heart may push the ratio over 0.5." Read by the statement readers, the finding's own name in such a
sentence is a yes nobody gave (a false decision). ``extract/open_knowledge.py`` reads general knowledge marked by a
word of habit or a method verb; this reads the grammar of a class subject:

* the subject is the asked term itself, bare ("Pneumothorax is ...") or after "a" / "an" and at most two modifiers
  ("An enlarged heart may ..."), never "the", a number or a side;
* its verb defines or generalises: "is" / "are" followed by "a" / "an", or by a noun and a preposition ("is air in the
  pleural space", "is dilatation of the renal pelvis"), never by a state or size word ("is small", "is present");
  a verb of looking followed by "as" ("appears as", "presents as", "shows as"); a modal ("can", "may", "tends"); a
  verb of meaning ("refers to", "denotes", "means").
  A plain verb is left alone: "A retinal detachment involves the superior quadrant." reports this case as often as
  "Kidney stones cast an acoustic shadow." states a class's look;
* nothing in the sentence points at this case: no side, no value other than a threshold ("over 0.5"), no past
  tense, no word of this image or of seeing (``open_knowledge``'s pointers, "appears as" excepted).
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.answers.concepts import MentionKind, vocabulary
from medstep.extract import implicit_terms
from medstep.extract.concept_question import category_of
from medstep.extract.open_definition import is_technique
from medstep.extract.open_frames import MODALITIES
from medstep.extract.open_knowledge import POINTS_HERE, states_knowledge
from medstep.lazyre import lazy_compile

# Verbs of a look ("They appear anechoic", "It looks crescentic"), and with "as" those a thing presents with too
# ("appears as", "presents as", "shows as", "is usually seen as").
_APPEAR = frozenset({"appear", "appears", "look", "looks"})
_LOOKS_AS = lazy_compile(r"(?i)\b(?:" + "|".join(sorted(_APPEAR | {"present", "presents", "show", "shows", "manifest",
                                                                  "manifests"}))
                         + r"|(?:is|are)\s+(?:(?:usually|typically|often|commonly|generally|classically)\s+)?"
                           r"seen)\s+as\b")
# How any patient is examined, not this one: "(move) with patient position", "patient positioning".
_TECHNIQUE = lazy_compile(r"(?i)\bpatient\s+(?:position|positioning|movement|motion)\b")
_THRESHOLD = lazy_compile(r"(?i)(?:\b(?:over|above|below|under|exceed\w*|greater\s+than|less\s+than|more\s+than|"
                          r"up\s+to|at\s+least)\s+|[<>≤≥]\s*)\d[\d.,]*\s*(?:%|mm|cm|ml)?")
_CASE = lazy_compile(r"(?i)\b(?:left|right|bilateral|bilaterally|both|was|were|had|been|now|currently|today)\b|\d")
# Either side, any number, said of the class ("an infection of the air sacs in one or both lungs"): no side of this case.
_ANY_SIDE = lazy_compile(r"(?i)\b(?:one|either)\s+or\s+both\b")


# A size range in brackets after a class word ("Kerley B lines are short (1–2 cm), thin lines ..."): the span every such
# finding has, as a threshold is, not one measured here (a measurement of this case is one value: "(8 mm)").
_RANGE = lazy_compile(r"\(\s*\d+(?:\.\d+)?\s*(?:[–-]|to)\s*\d+(?:\.\d+)?\s*(?:mm|cm)?\s*\)")


def of_case(text: str) -> bool:
    """Whether ``text`` has a side, a value other than a threshold or a bracketed range, or a past tense (``_CASE``):
    this case's."""
    return _CASE.search(_ANY_SIDE.sub(" ", _THRESHOLD.sub(" ", _RANGE.sub(" ", text)))) is not None


_of_case = of_case


_FRAME = frozenset({"in", "on", "adults", "children", "infants", "general", "ct", "mri", "ultrasound", "radiographs",
                    "imaging"})
# Words after "is" / "are" that state this case's thing (its state, size, degree or place), not what the class is.
_STATE = frozenset(negation.SEEN + negation.SEEN_RARE) | frozenset({
                    "small", "large", "moderate", "mild", "severe", "minimal", "tiny", "massive", "trace", "big", "new",
                    "unchanged", "stable", "again", "still", "also", "now", "likely", "probably", "possibly", "not",
                    "no", "larger", "smaller", "increased", "decreased", "improved", "worse", "located", "situated",
                    "loculated", "layering", "measuring", "there", "here", "subtle", "obvious", "clearly",
                    "definitely", "partially", "completely", "only", "mildly", "moderately", "severely", "markedly",
                    "slightly", "unlikely", "absent", "resolved", "resolving", "persistent", "found", "shown",
                    "apparent", "suspected", "possible", "probable", "questionable", "equivocal", "confirmed",
                    "displaced", "nondisplaced", "undisplaced", "acute", "chronic", "old", "healed", "healing",
                    "simple", "complex", "complicated", "bilateral", "unilateral", "multiple", "single", "solitary",
                    "associated", "incidental", "in", "on", "at", "within", "along", "over", "under", "near"})
# Participles that define a class: "is defined as", "is caused by", "is characterised by", "is known as".
# cues._NAMED shares "called/termed/considered" for a different job (the image named: "it would be termed X").
_DEFINING = frozenset({"defined", "characterized", "characterised", "caused", "known", "called", "termed", "described",
                       "considered", "classified", "diagnosed", "seen"})
# Endings of nouns, and substances, that can head what a class is ("dilatation of", "accumulation of", "air in").
_NOUN_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ity", "ness", "ure", "osis", "ism", "age")
_SUBSTANCES = frozenset({"air", "fluid", "gas", "blood", "pus", "fat", "tissue", "calcium", "bone", "water"})
_PREPOSITIONS = frozenset({"of", "in", "within", "between", "around", "inside", "outside", "that", "which", "where"})
# Verbs that say what a term means: "Pneumothorax refers to gas in the pleural space.", "Atelectasis denotes ...".
_MEANS = frozenset({"refers", "refer", "denotes", "denote", "means", "signifies", "describes"})
_MODALS = frozenset({"can", "may", "might", "will", "would", "could", "tend", "tends"}) \
    | frozenset(w for w in hedges.HABIT if " " not in w)  # "Intussusception classically shows a target sign."
# A class's share of a larger class: "Scaphoid fractures account for roughly 60% of carpal fractures", "make up most of
# ...", "represent a third of ...": an epidemiology of every such finding, whose number is no value of this case. Not a
# share of a part named definitely ("makes up most of the lower lobe", "half of this mass"): this case's part.
_SHARE = lazy_compile(r"(?i)\b(?P<verb>account(?:s)?\s+for|make(?:s)?\s+up|represent(?:s)?|comprise(?:s)?)\s+"
                      r"(?:(?:" + hedges.alternation(hedges.APPROXIMATE, hedges.BOUND) + r")\s+)?"
                      r"(?:\d+(?:\.\d+)?\s*(?:%|percent)|(?:the\s+)?(?:majority|most|half|(?:a|one)\s+(?:third|quarter|fifth)))"
                      r"\s+of\b(?!\s+(?:the|this|that|these|those|its|his|her|their|our|your)\b)")
_SHARE_VERBS = frozenset({"account", "accounts", "make", "makes", "represent", "represents", "comprise", "comprises"})


def states_class(sentence: str, question: str, any_finding: bool = False) -> bool:
    """Whether ``sentence`` says what the asked finding is or looks like as a class (module docstring); with
    ``any_finding``, a finding of the vocabulary opening the sentence counts as its subject too ("Gallstones appear as
    echogenic foci ..." to "Is the gallbladder normal?")."""
    q = implicit_terms.parse_question(question)
    if q is None and not any_finding:
        return False
    looks = _LOOKS_AS.search(sentence) is not None
    share = _SHARE.search(sentence) is not None
    text = _TECHNIQUE.sub(" ", _LOOKS_AS.sub(" as", _SHARE.sub(" ", sentence)))
    toks = implicit_terms.tokens(sentence)
    while toks and toks[0] in _FRAME:  # "In adults, ...", "On CT, ..."
        toks = toks[1:]
    span = implicit_terms.window(toks, q.words) if q is not None and toks else None
    if span is not None and q is not None and q.prop is not None and _plural_of_asked(toks, span, q, question) \
            and POINTS_HERE.search(_HABIT_SHOWS.sub(" ", text)) is None and not _of_case(text):
        return True  # "Hypervascular lesions enhance avidly ..." to "Is the lesion hypervascular?"
    if POINTS_HERE.search(text) is not None or _of_case(text):
        return False
    if span is not None and q is not None and q.prop is not None and q.prop not in toks[:span[0]]:
        span = None  # "An enlarged heart ..." to "Is the heart enlarged?" names the property in the subject
    if span is None and any_finding:
        span = _finding_subject(toks)
    if span is None:
        return False
    return _class_predicate(toks, span[0], span[1], looks, share)


def _plural_of_asked(toks: list[str], span: tuple[int, int], q: implicit_terms.Question, question: str) -> bool:
    """Whether the sentence opens on the asked property and the asked subject in the bare plural ("Hypervascular
    lesions enhance avidly ...", "Malignant lesions typically show spiculation ...") while the question asks of one
    ("Is the lesion hypervascular?"): the sentence speaks of every such lesion, a class, not of the one asked; a
    state after "is" / "are" ("are seen", "are present") or a count before it ("multiple", "two") is this case's."""
    lo, hi = span
    noun, asked = toks[hi], q.words[-1]
    if lo != hi or not 1 <= lo <= 2 or q.prop not in toks[:lo] or asked not in implicit_terms.tokens(question):
        return False
    if noun == asked or not noun.startswith(asked) or not noun.endswith("s") or len(noun) - len(asked) > 2:
        return False  # the asked noun itself, or another word
    if any(w in _STATE or w in _DETERMINERS or w.isdigit() for w in toks[:lo]):
        return False  # "Multiple hypervascular lesions ...", "These hypervascular lesions ...": this case's
    rest = toks[hi + 1:]
    return bool(rest) and not (rest[0] in ("are", "were") and (len(rest) < 2 or rest[1] in _STATE))


# A verb of showing after a word of habit says what a class shows, not what this image shows ("Malignant lesions
# typically show spiculation."); read so only for a class subject (``_plural_of_asked``).
_HABIT_SHOWS = lazy_compile(r"(?i)\b(?:typically|usually|often|commonly|generally|classically|tend\s+to|can|may)\s+"
                            r"(?:show|demonstrate|appear|look)\b")
# Words that point a noun at this case or count it: "these lesions", "two lesions", "both lesions".
_DETERMINERS = frozenset({"the", "a", "an", "this", "these", "those", "that", "its", "their", "both", "two", "three",
                          "several", "few", "some", "all", "our", "his", "her"})


def _finding_subject(toks: list[str]) -> tuple[int, int] | None:
    """The token span of a finding of the vocabulary opening ``toks`` (after "a" / "an" and two words at most)."""
    start = 1 if toks[:1] in (["a"], ["an"]) else 0
    for lo in range(start, min(start + 3, len(toks))):
        for m in vocabulary().mentions(" ".join(toks[lo:lo + 6])):
            if m.start == 0 and m.kind is MentionKind.CONCEPT and category_of(m) == "finding":
                return lo, lo + len(implicit_terms.tokens(" ".join(toks[lo:lo + 6])[:m.end])) - 1
    return None


def _class_predicate(toks: list[str], lo: int, hi: int, looks: bool, share: bool = False) -> bool:
    """Whether the subject ``toks[lo:hi + 1]`` is a class and what follows it defines or generalises (module docstring)."""
    indefinite = toks[0] in ("a", "an")
    if not (lo == 0 or (indefinite and lo <= 3)) or toks[0] == "the":
        return False
    rest = toks[hi + 1:]
    if not rest:
        return False
    verb = rest[0]
    if verb in ("is", "are"):
        nxt = rest[1:4]
        if not nxt or nxt[0] in _STATE:
            return False
        if nxt[0] in ("a", "an") or nxt[0] in _DEFINING and nxt[1:2] in (["as"], ["by"]):
            return True  # "is a collection of air", "is defined as", "is caused by"
        if nxt[0] == "the" and len(nxt) > 2 and nxt[1].endswith((*_NOUN_ENDINGS, "ing")) and nxt[2] in _PREPOSITIONS:
            return True  # "Intussusception is the telescoping of one bowel segment into another."
        # "is dilatation of the renal pelvis", "is air in the pleural space", "is free fluid in ...": a noun (by its
        # ending, or a substance) before a preposition; an adjective ("is patchy in ...") may be this case's
        noun = next((i for i, w in enumerate(nxt) if w.endswith(_NOUN_ENDINGS) or w in _SUBSTANCES), None)
        if noun is not None and noun <= 1 and any(w in _PREPOSITIONS for w in nxt[noun + 1:noun + 2]):
            return True
        # a bare plural defined by a noun phrase and a relative clause: "Renal cysts are fluid-filled sacs that form in
        # the kidneys." (no article, no state word before the "that" / "which")
        words = rest[1:6]
        rel = next((i for i, w in enumerate(words) if w in ("that", "which")), None)
        if lo == 0 and verb == "are" and rel is not None and rel >= 1 and not any(w in _STATE for w in words[:rel]):
            return True
        return lo == 0 and verb == "are" and _plural_noun_phrase(rest[1:])
    if looks or verb in _MODALS or verb in _MEANS or share and verb in _SHARE_VERBS:
        return True
    # a plain verb: "A retinal detachment involves the superior quadrant.", "Gallstones fill the gallbladder." report
    # this case as often as "Kidney stones cast an acoustic shadow." states a class's look
    return False


# Where a predicate noun phrase of a bare plural goes on: a preposition ("thin lines at the lung periphery"), a relative.
_AFTER_NOUN = _PREPOSITIONS | {"at", "on", "along", "with", "near", "from", "to", "perpendicular", "parallel"}
# Plural-looking endings of adjectives and singular nouns ("numerous", "obvious", "diffuse" is none; "calcifications").
_NOT_PLURAL = ("ss", "us", "is", "ous")


def _plural_noun_phrase(words: list[str]) -> bool:
    """Whether ``words`` (what follows "are" after a bare plural subject) is a plural noun phrase going on after a
    preposition: "Kerley B lines are short, thin horizontal lines at the lung periphery", "Effusions are collections of
    fluid ..." (session 53: a definition read as a yes). What the class is, named as a kind of thing, not this case's
    state: no state or size word ("are small", "are present", "are seen at"), no determiner, before the noun."""
    for i, w in enumerate(words[:8]):
        if w.isdigit() or w in ("mm", "cm"):
            continue  # a bracketed range the subject's class spans (``_RANGE``)
        if w in _STATE or w in _DETERMINERS or not w.isalpha():
            return False
        if i > 0 or len(words) > 1:
            if w.endswith("s") and not w.endswith(_NOT_PLURAL) and len(w) > 3:
                # ("calcified granulomas in keeping with old infection": this case's, concluded)
                return words[i + 1:i + 2] != [] and words[i + 1] in _AFTER_NOUN and words[i + 2:i + 3] != ["keeping"]
    return False


_ON_MODALITY = lazy_compile(r"(?i)\b(?:on|at|with)\s+(?:" + MODALITIES + r"s?|imaging)\b")
# A sentence going on about the class the sentence before defined, by its pronoun ("It typically appears crescentic.",
# "On an erect film it shows as a crescent of lucency.", "On CT they may cross sutures.").
_PRONOUN_SUBJECT = lazy_compile(r"(?i)^[\s*_\"']*(?:(?:in|on|at)\s+[a-z\s-]{1,30}?,?\s+)?(?:it|they)\s+(?P<rest>.*)")


# A technique ranked among techniques: "CT is the most sensitive modality.", "Ultrasound is the first-line test.",
# "MRI remains the investigation of choice." (the subject is checked to be a technique of the vocabulary).
_TECHNIQUE_RANKED = lazy_compile(
    r"(?i)^[\s*_\"']*(?P<subject>[a-z][\w-]*(?:\s+[\w-]+){0,2}?)\s+(?:is|are|remains?)\s+(?:usually\s+|generally\s+|often\s+)?"
    r"the\s+(?:(?:most|least)\s+[a-z-]+|best|[a-z]+est|first[\s-]+line|preferred|initial|gold[\s-]+standard)?\s*"
    r"(?:[a-z-]+\s+){0,2}?(?:modality|modalities|test|tests|investigation|examination|study|method|technique|tool|"
    r"imaging)(?:\s+of\s+choice)?\b[^.!?]*[.!]?\s*$")


# What a class stands for, said of it by its pronoun after its definition: "They represent thickened interlobular
# septa." (session 53; after a sentence of this case, "They represent atelectasis." is never read so: the pronoun
# must continue a class sentence, ``set_aside``).
_STANDS_FOR = frozenset({"represent", "represents", "reflect", "reflects", "indicate", "indicates"})


# A class's habit of occurring, not a sighting: "(they) are commonly seen in interstitial oedema" (the conditions that
# bring it, under a word of habit), read without its word of seeing.
_HABIT_SEEN = lazy_compile(r"(?i)\b(?:" + hedges.alternation(hedges.HABIT) + r")\s+seen\s+(?=in\b|with\b)")


def continues_class(sentence: str) -> bool:
    """Whether ``sentence``, after a sentence of general knowledge, goes on about the same class by its pronoun and
    says what it is or looks like (a modal, a word of habit, a verb of looking with "as", a defining "is a"): nothing
    of this case in it (no word of this image or of seeing, no side, value or past tense, no state after "is": "It is
    small and apical." reports this case's)."""
    ranked = _TECHNIQUE_RANKED.match(sentence)
    if ranked is not None and is_technique(ranked.group("subject")) and POINTS_HERE.search(sentence) is None:
        return True  # "CT is the most sensitive modality.": how techniques compare, nothing of this case
    m = _PRONOUN_SUBJECT.match(sentence)
    if m is None:
        return False
    looks = _LOOKS_AS.search(sentence) is not None
    text = _HABIT_SEEN.sub(" found in", _LOOKS_AS.sub(" as", sentence))
    if POINTS_HERE.search(text) is not None or _of_case(text):
        return False
    toks = implicit_terms.tokens(m.group("rest"))
    if not toks:
        return False
    if toks[0] in ("is", "are"):
        # "It is a ...", "It is defined by ...", "It is usually seen as ..." (a word of habit: what holds in general)
        return looks or len(toks) > 1 and toks[1] not in _STATE and (toks[1] in ("a", "an") or toks[1] in _DEFINING
                                                                      or toks[1] in _MODALS)
    # "They appear anechoic on ultrasound ...": the look any such finding has on a modality named in general (not "on
    # this scan", which ``POINTS_HERE`` reads as this case)
    general_look = toks[0] in _APPEAR and _ON_MODALITY.search(sentence) is not None
    return looks or general_look or toks[0] in _MODALS or toks[0] in _MEANS or toks[0] in _STANDS_FOR


def of_any_finding(sentence: str, question: str) -> bool:
    """:func:`states_class` of the asked finding or of any finding opening the sentence."""
    return states_class(sentence, question, any_finding=True)


_SENTENCE = lazy_compile(r"(?<=[.!?])\s+(?=[A-Z*_\"'])")


# The class a sentence defined, named again in a later one by "one" standing alone ("There is one in the left kidney.",
# "The right kidney shows one.", not "one kidney", "one of them") or by an opening "None" ("None are seen here.").
# (what may follow the count: the sentence's end, a place, "here" or a word of seeing)
_COUNT_END = r"(?=\s*(?:[.,;:!?)]|$|(?:in|on|at|within|along|near|here|there|seen|visible|present)\b))"
_ONE = lazy_compile(r"(?i)\b(?P<lead>there\s+(?:is|was)|shows?|showed|has|had|contains?|demonstrates?)\s+one\b"
                    + _COUNT_END)
_NONE = lazy_compile(r"(?i)^(?P<lead>[\s*_\"']*)none\b(?!\s+of\b)")


# The class just defined taken up by an opening pronoun in a sentence of this case right after ("Kerley B lines are thin
# lines at the lung periphery. They are seen at both bases here."): the pronoun names the asked term.
# Only "is" / "are" and a pointer at this case ("here", a word of seeing): "It can be acute or chronic.", "They appear
# anechoic on ultrasound." go on about the class.
_PRONOUN_TAKEN_UP = lazy_compile(r"(?i)^(?P<lead>[\s*_\"']*)(?:they|it)\b(?=\s+(?:are|is|aren't|isn't)\b)")
# Or a count the pronoun's sentence gives this case's things ("They are multiple and shadowing."): no class has a count.
_COUNTED = frozenset({"multiple", "numerous", "innumerable", "single", "solitary", "bilateral", "unilateral"})
_PRONOUN_COUNTED = lazy_compile(r"(?i)^[\s*_\"']*(?:they|it)\s+(?:are|is)\s+(?P<word>[a-z]+)\b")
# The class taken up by a count of this case's things: "Two are seen in the left kidney here.", "There are many at both
# bases here." (as "There is one ..." is, ``_ONE``); the count opening a sentence only where it points at this case.
_COUNT = r"(?:two|three|four|five|six|several|multiple|numerous|many|a\s+few|a\s+couple)"
_MANY = lazy_compile(r"(?i)\b(?P<lead>there\s+(?:are|were)\s+" + _COUNT + r")" + _COUNT_END)
_COUNT_OPENS = lazy_compile(r"(?i)^(?P<lead>[\s*_\"']*" + _COUNT + r")(?=\s+(?:are|were)\b)")


def _counted(part: str) -> bool:
    """Whether ``part`` gives its pronoun a count and nothing general: no alternative, word of habit or frame ("They
    are single or multiple.", "They are multiple in most patients." speak of the class)."""
    counted = _PRONOUN_COUNTED.match(part)
    if counted is None or counted.group("word").lower() not in _COUNTED:
        return False
    toks = implicit_terms.tokens(part[counted.end():])
    return not any(t == "or" or t in _FRAME or t in hedges.HABIT for t in toks)


counted = _counted  # (public for ``extract/lesson_reply.py``: "They are multiple and shadowing." is this case's)


def _taken_up(part: str, term: str) -> str:
    """``part``, a sentence right after the class's definition, with its opening pronoun or count naming the asked
    ``term`` where it points at this case (``POINTS_HERE``, a count of this case's things): "They are seen at both
    bases here.", "They are multiple and shadowing.", "Two are seen in the left kidney here."."""
    if POINTS_HERE.search(part) is None and not _counted(part):
        return part
    part = _PRONOUN_TAKEN_UP.sub(lambda m: f"{m.group('lead')}{term[:1].upper()}{term[1:]}", part, count=1)
    return _COUNT_OPENS.sub(lambda m: f"{m.group('lead')} {term}", part, count=1)


def _named_again(sentence: str, term: str) -> str:
    """``sentence`` with the anaphor of the class (``_ONE``, ``_NONE``) replaced by the asked ``term``: "There is one
    in the left kidney." after "Renal cysts are fluid-filled sacs ..." reports a renal cyst in this case."""
    sentence = _ONE.sub(lambda m: f"{m.group('lead')} a {term}", sentence)
    sentence = _MANY.sub(lambda m: f"{m.group('lead')} {term}", sentence)
    return _NONE.sub(lambda m: f"{m.group('lead')}No {term}", sentence)


def set_aside(text: str, question: str) -> str:
    """``text`` without its sentences about the asked finding as a class (:func:`states_class`) or stating general
    knowledge about it (``open_knowledge.states_knowledge``): "The image shows a chest CT. Hypersensitivity
    pneumonitis is an immune-mediated lung disease. ..." keeps what it says of this image only. The same text when
    no sentence is one (a single sentence is left to the caller: ``open_knowledge.only_knowledge``). A sentence after
    the asked finding's definition that names it again by "one" or "none" keeps it by its name
    (:func:`_named_again`)."""
    parts = _SENTENCE.split(text)
    if len(parts) < 2 or len(text) > 1500:
        return text
    kept, term, after_class = [], None, False
    for part in parts:
        if of_any_finding(part, question) or states_knowledge(part, question):
            if term is None and states_class(part, question):
                asked = implicit_terms.question_term(question)
                term = asked.phrase if asked is not None and asked.prop is None else None
            after_class = True
            continue
        if term is not None and after_class:
            part = _taken_up(part, term)  # "They are seen at both bases here.": the class defined, now sighted here
        after_class = False
        kept.append(_named_again(part, term) if term is not None else part)
    return " ".join(kept) if kept and len(kept) < len(parts) else text


__all__ = ["continues_class", "of_any_finding", "set_aside", "states_class"]
