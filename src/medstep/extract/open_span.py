"""The committed words of an open answer: the short label a reply opens with, not the explanation after it.

Models answer an open question with a label and then say why: "Heart. Specifically, a four-chamber view.",
"Coarctation of the aorta — rib notching and a 3 sign.", "Ventricular tachycardia (fusion and capture beats).",
"This is a boxer's fracture — a fracture of the 5th metacarpal neck." Read whole, the answer is graded on the
explanation too: it never matches the gold exactly, however right. The label is what the model committed to,
so the open reader keeps it, in three forms: a first sentence without a verb followed by others, a phrase before
a dash, a phrase followed by a parenthesis.

Only words are dropped, never added, so a wrong label stays wrong; and nothing is dropped that holds the label
open or turns from it (a negation, a hedge, an alternative, a turn, a revision: "Pneumothorax — no, a skin
fold.", "Three (possibly four)."), so a reply that commits only with its explanation keeps it; nor what concludes ("..., most consistent with
miliary tuberculosis") or renames the label as a finding ("Enlarged thyroid (goiter).").
"""

from __future__ import annotations

from medstep.answers import hedges, negation, revisions
from medstep.answers.concept_names import whole_concept
from medstep.answers.concepts import normalize, vocabulary
from medstep.answers.text import HAN, ROMAN_NUMERALS
from medstep.extract.advice import advises
from medstep.extract.concept_question import category_of
from medstep.extract.findings_words import POSTED_DENIAL
from medstep.extract.open_json import CONCLUSION_KEYS
from medstep.extract.open_labels import names_finding
from medstep.extract.option_narrowed import qualifier_contradicted
from medstep.answers import normalize_text
from medstep.extract.replywords import ANSWER_KEYS, REASON_KEYS
from medstep.extract.langwords import FOREIGN_IS, FOREIGN_LINK, FOREIGN_VERDICT_LEAD
from medstep.lazyre import lazy_compile

# Words that hold a label open or turn from it, wherever they stand in what would be dropped; the plain denials
# apart (``_DENIAL``), which a later statement may use of another thing.
_TURNS = ("(?i)" + hedges.words(negation.NEITHER, negation.EXCLUDED, hedges.POSSIBILITY, hedges.CONDITION,
                                hedges.WEIGHING, hedges.DOUBT, hedges.TURN, hedges.NOT_EXCLUDED, hedges.LIKELIHOOD,
                                hedges.SUSPICION, hedges.ALTERNATIVE, hedges.EXCEPTION, revisions.CUES,
                                revisions.SECOND_LOOK, ("or", "instead", "rather", "nor", "other", "another", "also"))
          + "|" + negation.CONTRACTION + r"|[?？/]")
_HOLDS_OPEN = lazy_compile(_TURNS + "|" + hedges.words(negation.DENY, negation.NONE))
_TURNS_ONLY = lazy_compile(_TURNS)
# A plain denial: it holds the label open unless it states the absence of another thing (``_denies_others``).
_DENIAL = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NONE))
# What follows a denial of a thing: a word ("no lung markings", "is not thickened"), not "No." or "No, a skin fold."
# ("No doubt", "not really" say something else).
_THING_NEXT = lazy_compile(r"\s+(?!(?:doubt|longer|way|really|quite|sure|certain|exactly)\b)[A-Za-z]")
_SENTENCE_OPEN = lazy_compile(r"(?:^|[.!;]\s*)$")
# A finite verb: a phrase holding one is a statement, not a label.
_VERB = lazy_compile(r"(?i)\b(?:is|are|was|were|be|been|has|have|had|shows?|demonstrates?|reveals?|suggests?|"
                     r"indicates?|appears?|seems?|looks?|represents?|can|cannot|could|would|should|will|must|may|might|"
                     r"do|does|did|measures?|contains?|involves?|extends?|lies|sits|includes?|covers?|consists?|starts?|begins?|"
                     r"goes)\b|n't\b")
# A phrase about the writer or an instruction to the reader, not a label: "My search pattern includes the apices.",
# "Please remember that image interpretation requires clinical context."
_NOT_LABEL = lazy_compile(r"(?i)^[\s*_\"']*(?:my|our|i|we|let|let's|to|please|remember|note|always)\b")
# A later paragraph that is the reason's own field: "Reasoning: ...", "**Rationale:** ...".
_REASON_FIELD = lazy_compile(r"(?i)^[\s#*_>-]*(?:" + "|".join(sorted(REASON_KEYS)) + r")[\s*_]*[:：]")
_REVISED = lazy_compile("(?i)" + hedges.words(revisions.CUES, revisions.SECOND_LOOK))
# The items of an answer stated in a loop ("candida, candida, candida", "Liver. Liver. Liver.").
# (Written "\s*[,;\n]\s*|(?<=[.!])\s+", it was retried at each blank of a long run of spaces, each time scanning the
# run to its end: quadratic, issue #12. A split point never starts inside a run of blanks, since a start at the run's
# first blank reaches the same end; only a "," or ";" right where the last split ended, after its blanks, does.)
_LOOP_ITEMS = lazy_compile(r"(?<!\s)\s*[,;\n]\s*|(?<=\s)[,;]\s*|(?<=[.!])\s+")
_ARTICLES = frozenset({"the", "a", "an"})
# A programming identifier in camelCase ("addCriterion", "getValueOf"): a lower-case run, then capitalised runs, no
# space. Medical names mixing cases open with a capital or one letter ("MacLeod", "IgG", "mRNA", "eGFR", "proBNP" end in
# capitals), so none is one; nor is an eponym written with its lower-case particle first ("diGeorge", "deQuervain",
# "vonWillebrand": ``_NAME_PARTICLE``). The runs' classes are disjoint: linear on any input.
_NAME_PARTICLE = ("de", "di", "da", "du", "del", "della", "der", "des", "van", "von", "ten", "ter", "le", "la", "mac",
                  "mc", "al", "el", "st")
_IDENTIFIER = lazy_compile(r"(?!(?:" + "|".join(_NAME_PARTICLE) + r")[A-Z])[a-z]{2,}(?:[A-Z][a-z]+)+")
# A closing sentence that gives the answer as a field after a lead-in ("Based on the image alone: FLAIR.", "From
# the image alone: the spleen."): the lead-in is a phrase, opening with a preposition or a possessive.
_CLOSING_FIELD = lazy_compile(r"(?i)^[\s*_]*(?:based\s+on|from|on|in|by|judging\s+by|looking\s+at|my|our|overall)\b"
                              r"[^:：.!?]{0,50}[:：][\s*_]*(?P<value>[^:：]+?)[\s*_.!]*$")
# A list's first number, which a full stop ends like a sentence: "1. Left lower lobe collapse 2. ...".
_LIST_NUMBER = lazy_compile(r"[\s*_]*\d{1,2}[.)][\s*_]*")
# "It's X", "This is X": a wrapper around a label.
_WRAPPER = lazy_compile(r"(?i)^[\s*_\"']*(?:it\s+is|it's|it’s|this\s+is|this's|that\s+is|that's)\s+")
_SENTENCE_END = lazy_compile(r"(?<=[.!])\s+(?=[A-Z(\"'*])")
# A dash within a line (a list's dash opens a line of its own: "### Findings\n- Effusion").
_DASH = lazy_compile(r"(?<![ \t])(?:[ \t]+[—–-][ \t]+|[ \t]*—[ \t]*)")
_PAREN = lazy_compile(r"(?<!\s)\s*\(([^()]{1,120})\)[\s.!]*$")  # a parenthesis closing the answer, not one inside it
# Words of a conclusion: a part holding one names the answer itself ("Miliary nodules, most consistent with miliary
# tuberculosis.", "(1) lymphoma, (2) thymoma. Favor lymphoma ...").
_CONCLUDES = lazy_compile(r"(?i)\b(?:consistent|compatible|keeping|typical|characteristic|diagnostic|diagnosis|"
                          r"favou?rs?|favou?red|most\s+likely|best\s+fits?|(?:this|it)\s+is|this's|it's|i\.e\.|"
                          r"indicat\w*|represent\w*|due\s+to|caused\s+by|secondary\s+to)\b|"
                          # the same in Spanish, French, German, Italian, Portuguese: "Se trata de una neumonía.",
                          # "L'aspect est en faveur d'une atélectasie.", "compatibile con", "Die Diagnose ist ..."
                          r"(?:^|(?<=\W))(?<!no )(?<!non )(?<!não )(?:" + FOREIGN_VERDICT_LEAD + "|" + FOREIGN_LINK + "|" + FOREIGN_IS + ")")
# Fewest words of a part naming a finding that is dropped: a shorter one renames the answer ("Enlarged thyroid
# (goiter).", "It is enlarged (cardiomegaly).") and is kept with it.
_RENAME_WORDS = 3
_WORD = lazy_compile(r"[^\W_]+")
# Most words a label has (longer phrases are descriptions).
_LABEL_WORDS = 8


def _label(phrase: str) -> bool:
    """A short phrase without a finite verb and without words holding it open (after an "It's" wrapper)."""
    wrapped = _WRAPPER.match(phrase)
    inner = phrase[wrapped.end():] if wrapped is not None else phrase
    words = _WORD.findall(inner)
    return (0 < len(words) <= _LABEL_WORDS and _VERB.search(inner) is None and _NOT_LABEL.match(inner) is None
            and _HOLDS_OPEN.search(inner) is None)


def short_label(phrase: str) -> bool:
    """Whether ``phrase`` is a short label: no finite verb, nothing holding it open, few words."""
    return _label(phrase)


def field_name(head: str) -> bool:
    """Whether ``head`` is the name of an answer field ("Diagnosis", "**Answer**", "Final answer")."""
    name = " ".join(_WORD.findall(head.lower()))
    return name in ANSWER_KEYS or name in CONCLUSION_KEYS


def _denies_others(tail: str, label: str) -> bool:
    """Whether the only words of ``tail`` holding the label open are denials of other things, in statements of their
    own ("Air. There is no fluid.", "Gallstones. The wall is not thickened."): none names a word of the label."""
    if _TURNS_ONLY.search(tail) is not None:
        return False
    for found in _DENIAL.finditer(tail):
        if _THING_NEXT.match(tail, found.end()) is None:
            return False  # "No.", "No, a skin fold."
        if found.group().lower() == "not" and _SENTENCE_OPEN.search(tail[:found.start()]) is not None:
            return False  # "Not really.", "Not that."
    own = {w.lower() for w in _WORD.findall(label) if len(w) > 3}
    return not own & {w.lower() for w in _WORD.findall(tail)}


def droppable(tail: str, label: str = "") -> bool:
    """Whether the words after a label may be dropped: nothing in them holds the label open (a denial of another
    thing in a later statement does not), concludes, or renames it as a finding in a few words ("Enlarged thyroid
    (goiter)." keeps its rename). A subtype of the label's own finding ("Aortic dissection (Stanford type A)")
    classifies it further and is dropped like other detail."""
    if _CONCLUDES.search(tail) is not None or POSTED_DENIAL.match(tail) is not None:
        return False  # ... or "Pneumothorax - not seen.", "Pneumothorax (absent).": the label named to be denied
    if _HOLDS_OPEN.search(tail) is not None and not (label and _denies_others(tail, label)):
        return False
    if label and renamed_otherwise(tail, label):
        return False  # "Left pneumothorax (right pneumothorax).": the bracket contradicts the label, kept for the grader
    if len(_WORD.findall(tail)) > _RENAME_WORDS:
        return True
    named = {m.concept for m in vocabulary().mentions(normalize(tail)) if category_of(m) == "finding"}
    if not named:
        return True
    own = whole_concept(_WRAPPER.sub("", label))  # the label is one finding's name, not a description
    return own is not None and named <= vocabulary().concepts[own].descendants


# Words by which advice says more than the next step: a likelihood, a possibility, a suspicion, an alternative, a
# second thing ("also"), a clause stating something of its own ("which ...", "because ...") or a diagnosis.
_ADVICE_SAYS_MORE = lazy_compile("(?i)" + hedges.words(hedges.LIKELIHOOD, hedges.POSSIBILITY, hedges.SUSPICION,
                                                       hedges.ALTERNATIVE, ("also", "which", "where", "because",
                                                                            "since", "diagnosis", "diagnoses")))


def _unadvised(tail: str) -> str:
    """``tail`` without its sentences of advice (``extract/advice.py``: "Immunohistochemistry would confirm.",
    "Consider an MRI."): the "would" of the work-up holds the label before it no more open than its absence would.
    Advice that weighs candidates ("... would help distinguish it from a lymphoma") stays, and so does advice saying
    more or naming a finding ("I'd also check for glaucoma, which is also likely", "... the lungs, which also show
    edema"): it may name a second answer."""
    return " ".join(s for s in _SENTENCE_END.split(tail.strip())
                    if not advises(s) or _ADVICE_SAYS_MORE.search(_SUGGEST.sub("", s)) is not None or names_finding(s))


# The imperative "Suggest ..." opening advice: its verb is the advice's, no suspicion of a second answer.
_SUGGEST = lazy_compile(r"(?i)^[\s*_#>-]*suggest\s")


def _explains(tail: str) -> bool:
    """Whether ``tail`` is a field giving the reason ("Reasoning: craniocaudal was considered and rejected ..."):
    whatever alternatives it weighs, it weighs them for the label before it, unless it revises that label."""
    return _REASON_FIELD.match(tail) is not None and _REVISED.search(tail) is None


def looped(region: str) -> str | None:
    """The label an output repeats in a loop ("candida, candida, candida", "Liver. Liver. Liver.", "pneumonia
    pneumonia pneumonia"), its last copy possibly cut; ``None`` for any other output. A repeated label is one
    answer, not a list of candidates."""
    text = region.strip()
    items = [i.strip(" .!*_") for i in _LOOP_ITEMS.split(text) if i.strip(" .!*_")]
    if len(items) >= 2:
        *whole, last = items
        first = normalize_text(whole[0])
        if not all(normalize_text(i) == first for i in whole) or not normalize_text(last).startswith(first[:1]) \
                or not first.startswith(normalize_text(last)):
            return None
        label = whole[0]
    else:
        words = text.rstrip(" .!").split()
        low = [w.lower() for w in words]  # "Schistocytes schistocytes schistocytes": one word, capitalised once
        size = next((n for n in range(1, len(low) // 2 + 1)
                     if len(low) % n == 0 and low == low[:n] * (len(low) // n)), 0)
        if not size:
            return None
        label = " ".join(words[:size])
    content = [w for w in _WORD.findall(label) if w.lower() not in _ARTICLES]
    return label if content and _label(label) else None


def code_loop(region: str) -> bool:
    """Whether ``region`` is a generation loop (:func:`looped`) of a programming identifier ("getValue getValue
    getValue"): decoding garbage, not an answer said again ("pneumonia pneumonia pneumonia" is one)."""
    label = looped(region)
    return label is not None and _IDENTIFIER.fullmatch(label.strip()) is not None


# Adjacent copies of one word, written alike ("the the", "chest chest", "of of"), the mark of a decoder stuttering;
# not "the The", where a looped phrase starts again ("The image shows the The image shows the").
_DOUBLED = lazy_compile(r"\b([A-Za-z]+)\s+\1\b")
_LATIN_WORD = lazy_compile(r"[A-Za-z]+")
# Stutters of two different words or more, in a tenth of the words: garbage, not a typo ("the the" once in a report).
STUTTERED_WORDS_MIN = 2
STUTTER_SHARE = 0.1
# ... or one word of two letters or more stuttered into most of the reply ("the the the the the", "The image shows the
# the the the the the the"); not a letter looped ("A A A A": an option mark the loop was cut in), nor a phrase looped
# ("The image shows the The image shows the").
LOOPED_SHARE = 0.5


def stuttered(region: str) -> bool:
    """Whether ``region`` is decoding garbage of stuttered words ("the image image of the the chest chest of of the",
    "image shows a a a of the the scan scan", "the the the the"): a reply with no sentence to cut, so ``unparsed``,
    never ``truncated`` for stopping on "the" (issue #7). A report with one doubled word is no such reply."""
    if _DOUBLED.search(region) is None:
        return False
    words = _LATIN_WORD.findall(region)
    doubled = [w for w, after in zip(words, words[1:]) if w == after]  # each word its follower repeats
    if len({w.lower() for w in doubled}) >= STUTTERED_WORDS_MIN:
        return len(doubled) >= STUTTER_SHARE * len(words)
    return len(doubled[0]) >= 2 and len(doubled) >= LOOPED_SHARE * len(words)


def closing_field(region: str) -> str | None:
    """The value of a closing "lead-in: value" sentence ("Based on the image alone: FLAIR.") after sentences that
    name nothing of the vocabulary (a disclaimer: "Please remember that image interpretation requires clinical
    context."), or ``None``."""
    parts = _SENTENCE_END.split(region.strip())
    if len(parts) < 2 or HAN.search(region) is not None:
        return None
    found = _CLOSING_FIELD.match(parts[-1])
    if found is None or not _label(found.group("value")):
        return None
    if any(vocabulary().mentions(normalize(p)) for p in parts[:-1]):
        return None  # the sentences before it say something of the image: not a preamble
    return found.group("value")


def restated_last(region: str) -> str | None:
    """The label closing ``region`` as a sentence of its own when the sentences before it already name it ("Looks
    like a Colles fracture — dorsally angulated distal radius fracture. Colles fracture."): the answer said again
    as the last word, so the description between is its reason; ``None`` otherwise, or when the closing label holds
    anything open ("Colles fracture?")."""
    text = region.strip()
    if HAN.search(text) is not None:
        return None
    parts = _SENTENCE_END.split(text)
    if len(parts) < 2 or not text.rstrip("*_ ").endswith((".", "!")):
        return None  # "The lesion is in the spleen. The lesion": a loop cut short, no closing label
    last = parts[-1].strip().rstrip(".!* ")
    said = normalize_text(last)
    if not said or not _label(last) or _WRAPPER.match(last) is not None:
        return None
    before = f" {normalize_text(' '.join(parts[:-1]))} "
    return last if f" {said} " in before else None


def renamed_otherwise(tail: str, label: str) -> bool:
    """Whether ``tail`` names the label's finding again with another alternative of an exclusive family of qualifiers
    ("Left pneumothorax (right pneumothorax)", "Acute cholecystitis (chronic cholecystitis)",
    ``extract/option_narrowed.qualifier_contradicted``) or with another number ("Type 1 diabetes (type 2 diabetes)"):
    dropped, it would leave the label graded alone though the reply names two things (session 59 review)."""
    if qualifier_contradicted(tail, label):
        return True
    said, own = ([w.lower() for w in _WORD.findall(t)] for t in (tail, label))
    if not own or own[-1] not in said:
        return False
    numbers = [{w for w in ws if w.isdigit() or w in ROMAN_NUMERALS} for ws in (said, own)]
    return bool(numbers[0] and numbers[1] and numbers[0] != numbers[1])


def _unbracketed(sentence: str) -> str:
    """``sentence`` without its stop and the bracket closing it ("Right upper lobe pneumonia (lobar consolidation with
    air bronchograms)." -> "Right upper lobe pneumonia"): the label a bracket of detail follows."""
    head = sentence.rstrip(".! ")
    paren = _PAREN.search(head)
    return head[:paren.start()].rstrip() if paren is not None and paren.start() > 0 else head


def committed(region: str) -> str:
    """``region`` cut to the label it opens with (see module docstring); ``region`` itself when it has none."""
    text = region.strip()
    if HAN.search(text) is not None:
        return text  # Chinese answers have readers of their own
    parts = _SENTENCE_END.split(text, maxsplit=1)
    if len(parts) == 2 and _explains(parts[1]) and _label(parts[0].rstrip(".! ")):
        text = parts[0]  # "3.\n\nReasoning: 2 was considered and rejected ...": the reason's own field
    elif len(parts) == 2 and _LIST_NUMBER.fullmatch(parts[0]) is None and _label(_unbracketed(parts[0])) \
            and droppable(_unadvised(parts[1]), _unbracketed(parts[0])):
        text = parts[0]  # "Heart. Specifically, a four-chamber view.", "... lymphoma. ... IHC would confirm."
        # (the label's closing bracket is detail weighed below: "Medial meniscus tear (posterior horn). ACL intact.")
    dash = _DASH.search(text)
    if dash is not None and dash.start() > 0 and field_name(text[:dash.start()]):
        text = text[dash.end():]  # "Diagnosis — spleen": the field's name, then its value
    elif dash is not None and dash.start() > 0 and _label(text[:dash.start()]) \
            and droppable(text[dash.end():], text[:dash.start()]):
        text = text[:dash.start()]  # "Coarctation of the aorta — rib notching."
    paren = _PAREN.search(text)
    if paren is not None and paren.start() > 0 and _label(text[:paren.start()]) \
            and droppable(paren.group(1), text[:paren.start()]):
        text = text[:paren.start()]  # "Ventricular tachycardia (fusion and capture beats)."
    return text


__all__ = ["code_loop", "committed", "droppable", "field_name", "renamed_otherwise", "restated_last", "short_label"]
