"""A sentence of general knowledge about the thing asked, not a reading of this image.

Asked "What are the dimensions of the nodule?", "Where is the ectopic pregnancy?" or "Is there an elbow effusion?",
a model may answer with what a textbook says instead of what it sees: "Nodule size should be measured on lung windows
as the average of both axes.", "Most ectopic pregnancies are tubal.", "In children, an effusion lifts the fat pads and
is best shown by ultrasound.", "The Bosniak classification grades cystic masses from I to IV.". Read as the answer,
such a sentence is a decision the model did not make (a false decision): its numbers are norms and thresholds, its
places are where the thing usually is. :func:`states_knowledge` reads it by its grammar, not by phrase:

* the sentence points at nothing of this case: no "this", "here", "the image", "the patient", no first person, no word
  of seeing ("seen", "present", "noted", "shows"; "is best seen" is a habit, not a sighting);
* its subject is a class, not this case's thing: a bare noun ("Nodule size", "Fractures", "ASPECTS"), an indefinite
  or quantified one ("A cardiothoracic ratio above 0.5", "Most ectopic pregnancies"), a norm ("Normal volar tilt"),
  or a system ("The Bosniak classification", "The modified CT severity index"). "The X" (this case's X) is a class
  only with a word of habit ("The common bile duct normally measures up to 6 mm.");
* its predicate says what holds in general: a word of habit ("usually", "typically", "tends to"), a best way ("is
  best shown by"), a method or definition verb ("is measured", "grades", "is defined by", "depends on", "starts at")
  that does not assign this case's value ("is graded as III", "measures 9 mm" do), or a quantified class ("the site
  of most ectopic pregnancies");
* it is about the thing asked: it shares a word with the question (in any of its word forms), or its subject is a
  system or a quantified class, or a class of candidates by frequency whose predicate lists two or more ("Typical
  causes of bilateral hilar enlargement are sarcoidosis, lymphoma and tuberculosis.": a textbook list).

A label with a textbook aside ("Osteosarcoma, which typically arises in the metaphysis.", "Adhesions, the commonest
cause.") has no verb of its own before the aside and is an answer; so is every sentence pointing at this image ("The
aneurysm measures 6.1 cm, above the usual 5.5 cm threshold."). Each clause of a sentence (split at ";") must be
general, so a norm followed by this case's value ("Normal is up to 6 mm; the duct measures 9 mm.") is an answer.
"""

from __future__ import annotations

from typing import Callable

from medstep.answers import hedges, negation
from medstep.answers.wordforms import spelling, word_head
from medstep.lazyre import lazy_compile

_WORD = lazy_compile(r"[^\W_]+")
_SENTENCES = lazy_compile(r"(?<=[.!?])\s+")
_MAX = 400
# A frame that opens a general statement: who or where it holds for ("In adults,", "In postmenopausal women", "On
# CT,", "In general,").
_FRAME = lazy_compile(
    r"(?i)^[\s*_\"']*(?:(?:in|among|for)\s+(?:(?:most|many|young|older|elderly|adult|older\s+adult)\s+)?(?:adults?|"
    r"children|infants|neonates|newborns|adolescents|(?:post|pre)-?menopausal\s+women|women|men|the\s+elderly|"
    r"patients|general|practice|clinical\s+practice|most\s+cases|routine\s+practice)\b|(?:generally|typically|usually|"
    r"classically|conventionally|as\s+a\s+rule|by\s+convention)\b|on\s+(?:ct|mri|ultrasound|radiographs?|x-rays?|"
    r"plain\s+(?:films?|radiographs?)|imaging)\b)\s*,?\s*")
# Words that point at this case: the image, the patient, the writer, a sighting. "Best seen" / "best shown" is a
# habit of a technique, not a sighting, and is taken out before this is read (``_BEST``).
POINTS_HERE = lazy_compile(
    r"\bI(?:'[a-z]+|\s+(?!and\b|or\b|to\b|through\b|-)[a-z])|"  # the writer; not a numeral ("stages I and II")
    r"(?i:\b(?:this|these|here|(?:the|that|those)\s+(?:[\w-]+\s+)?(?:images?|films?|scans?|study|radiographs?|"
    r"examination)|patient|patient's|case|i'm|i'd|we|my|our|us|you|your|"
    r"there\s+(?:is|are)|shows?|(?:image|scan|film|study|radiograph|view|slice|section|ct|mri|ultrasound|x-ray)\s+"
    r"showing|demonstrates?|reveals?|appears?|appearing|looks?|seems?|"
    r"measur(?:es?|ing)\s+(?:about\s+|approximately\s+|roughly\s+)?\d)\b|"
    # a word of seeing, unless it describes a class's noun ("a visible posterior fat pad")
    r"(?<!\ba\s)(?<!\ban\s)" + hedges.words(negation.SEEN, negation.SEEN_RARE) + ")")
# English function words (the grammar read here is English), and words of a writer declining to answer.
_ENGLISH = lazy_compile(r"(?i)\b(?:the|is|are|of|and|in|to|by|with|on|at|for|from)\b")
_DECLINES = lazy_compile(r"(?i)\b(?:cannot|can't|unable|impossible|not\s+possible)\b")
# The impersonal "one" doing what any reader does ("Radiographically one looks for a visceral pleural line ...", "On a
# supine film one would expect a deep sulcus"): a method, not a sighting. Not "one" counting ("One nodule is seen",
# "One looks larger than the other": no "for" and no modal).
_IMPERSONAL = lazy_compile(
    r"(?i)^[\s*_\"']*(?:[a-z-]+ly,?\s+|(?:on|in|at)\s+[a-z\s-]{1,30}?,?\s+)?one\s+(?:(?:looks?|checks?|searches|search)\s+"
    r"for|seeks?|expects?|(?:would|should|can|could|may|might|must|will|needs?\s+to)\s+(?:(?:typically|usually|also|"
    r"then|first|normally)\s+)?(?:see|look|expect|find|note|check|assess|identify|evaluate|search|seek))\b")
# The first word of a subject that is this case or the writer: never a class.
_POINTER_FIRST = frozenset({"this", "these", "that", "those", "it", "its", "they", "their", "there", "here", "he", "she",
                            "his", "her", "yes", "no", "not", "both"})
_INDEFINITE = frozenset({"a", "an", "any", "every", "each"})
# ("All nodes are subcentimetric.", "Some loops are dilated." report this case's things: no class.)
_QUANTIFIERS = frozenset({"most", "many", "nearly", "almost", "virtually"})
# Words of habit: what is true in general (shared with the readers of habit in ``extract/open_generic.py``).
_HABIT = lazy_compile(r"(?i)\b(?:" + hedges.alternation(hedges.HABIT) + r")\b|\btend(?:s|ed)?\s+to\b")
# "Normally" saying how, after its verb ("enhances normally.", "opacify normally to the segmental level"), not how often.
# ... or how a thing is set, before a participle of configuration that ends its clause ("The joint is normally aligned.",
# "normally positioned and sized"); "is normally located in the right lower quadrant" is a habit (a place follows).
_MANNER = lazy_compile(r"(?i)\bnormally(?=\s*(?:[.,;:!?]|$)|\s+(?:to|at|in|on|throughout|with|without|and|bilaterally|"
                       r"symmetrically)\b|\s+(?:aligned|positioned|sited|sized|shaped|configured|oriented|rotated|"
                       r"mineralized|mineralised|aerated|expanded|inflated|opacified)(?=\s*(?:[.,;:!?]|$)|\s+(?:and|"
                       r"without|bilaterally)\b))")  # not "with": "aligned with the glenoid in healthy adults" is a habit
# The best way to show or measure a thing: "is best shown by ultrasound", "most reliably estimated".
_BEST = lazy_compile(r"(?i)\b(?:best|most\s+(?:sensitively|reliably|accurately)|more\s+(?:sensitively|reliably)|"
                     r"reliably)\s+(?:seen|shown|detected|demonstrated|assessed|estimated|evaluated|confirmed|imaged|"
                     r"visuali[sz]ed|measured|appreciated|depicted|identified)\b")
# A method or definition verb: how the thing is measured, graded or defined, what it depends on or leads to.
_METHOD = lazy_compile(
    r"(?i)\b(?:(?:is|are|be|been)\s+(?:(?:\w+ly|then)\s+)?(?:measured|classified|graded|staged|scored|calculated|"
    r"estimated|assessed|defined|divided|determined|derived|based|needed|required|advised|recommended|considered|taken|"
    r"expressed|reported|made|obtained|performed|used|categori[sz]ed|quantified|judged)|"
    r"classif(?:y|ies)|grades|scores|assigns?|awards?|subtracts?|starts?\s+at|depends?\s+on|requires?|warrants?|carr(?:y|ies)|"
    r"prompts?|produces?|lodges?|arises?|occurs?|affects?|includes?|ranges?|var(?:y|ies)|defines?|consists?\s+of|"
    r"comprises?|counts?)\b")
# A measuring verb: a statement's verb, but no mark of a class ("Nodes measure up to 6 mm." reports this case's).
_MEASURES = lazy_compile(r"(?i)\bmeasures?\b")
# A value right after a method verb assigns this case's value ("is graded as III", "scores 8", "is estimated at 40%");
# a bound or a range of the scale ("starts at 10", "up to 6 mm", "from I to IV") is a norm.
_ASSIGNED = lazy_compile(r"(?i)^\s*(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|~\s*)?"
                         r"(?:(?:as|at|to\s+be)\s+(?:(?!(?:over|under|above|below|up|greater|less|more|beyond|least|"
                         r"exceeding)\b)[\w-]+\s+){0,3}?)?(?:(?:grade|type|stage|class|category)\s+)?(?:\d|[ivx]{1,4}\b)"
                         r"(?![\d.]*\s*(?:to|-|–)\s*(?:\d|[ivx]{1,4}\b))")
# A quantified class anywhere: "most ectopic pregnancies", "the site of most tumours", "in most cases".
_QUANTIFIED = lazy_compile(r"(?i)\b(?:most|many|nearly\s+all|almost\s+all|the\s+majority\s+of)\s+(?:of\s+(?:the\s+)?)?"
                           r"(?!likely\b|probably\b|consistent\b|suggestive\b)(?:[a-z-]+\s+){0,2}?[a-z-]+(?:s|ae|i|es)\b")
# The words of what is commonest in general, not of one case (also ``asides.general_clause``'s class by frequency:
# "A Colles fracture is the commonest wrist fracture").
MOST = r"commonest|most\s+common|most\s+frequent"
# A statement of what is common in general: "X is the commonest pigmented lesion overall" (``extract/committed_words.py``).
MOST_COMMON = lazy_compile(r"(?i)\b(?:" + MOST + r"|most\s+often)\b")
# A norm or frequency that makes a subject a class: "the commonest", "the usual", "the typical".
_NORM = r"(?:the\s+)?(?:" + MOST + r"|usual|typical|classic)"
# A norm or frequency said of a class: "the commonest site", "the most common cause", "the usual appearance".
_FREQUENCY = lazy_compile(r"(?i)\b" + _NORM + r"\s+"
                          r"(?:site|cause|location|type|form|finding|presentation|appearance|pattern|sign|position)s?\b|"
                          r"\b(?:is|are)\s+the\s+(?:" + MOST + r"|rarest|least\s+common)\W*$")
# A subject that is a class by frequency: "The most common cause of ...", "The commonest benign liver tumour", "The
# usual site of ...".
_BY_FREQUENCY = lazy_compile(r"(?i)" + _NORM + r"\b")
# A size in the subject, not a bound of a norm ("A 3 cm solid mass ...", not "A ratio above 0.5 ..." or "Nodes over 1 cm").
_SIZED = lazy_compile(r"(?i)(?<!above\s)(?<!below\s)(?<!over\s)(?<!under\s)(?<!than\s)(?<!to\s)(?<![<>≤≥])"
                      r"\b\d+(?:\.\d+)?\s*(?:mm|cm|ml)\b")
# A finite verb: the sentence states something (a label with a textbook aside has none before the aside).
_FINITE = lazy_compile(r"(?i)\b(?:is|are|can|may|might|should|must|will|would|could|does|do|has|have)\b")
# What ends a label before its aside: a comma, a dash, a colon, a bracket.
_LABEL_BREAK = lazy_compile(r"[,—–:(]|\s-\s")
# A question about this case: a definite or demonstrative thing, the image, the patient, what is seen.
_THIS_CASE = lazy_compile(r"(?i)\b(?:the|this|these|that|those|its|his|her|here|shown|seen|visible|present|image|"
                          r"patient|patient's)\b")
# A question about a class: "What type of renal lesion contains macroscopic fat?", "Which tumour classically ...?".
_CLASS_QUESTION = lazy_compile(r"(?i)^\W*(?:what|which)\s+(?:types?|kinds?|sorts?|class|forms?)\s+of\b|\bclassic(?:al)?\b")
# Head words of a system, a scale or a method: as a subject ("The Bosniak classification ..."), a class in itself.
_SYSTEM = frozenset({"classification", "system", "score", "scale", "index", "criteria", "grading", "staging", "formula",
                     "method", "rule", "rules", "guideline", "guidelines", "recommendations", "atlas", "convention",
                     "cutoff", "threshold", "definition", "measurement", "measurements"})
# The relative or appositive clause after a label ("Osteosarcoma, which typically arises ...").
_ASIDE = lazy_compile(r"(?i),\s*(?:which|who|where|whose|that|the|a|an)\b[^,;]*(?:,|$)")
# Question words that name nothing of the thing asked.
_QUESTION_STOP = frozenset({"what", "which", "where", "when", "how", "does", "there", "this", "that", "image", "shown",
                            "seen", "most", "likely", "patient", "present", "visible", "main", "with", "from", "into",
                            "approximately", "about", "many", "much", "large", "long", "size", "have"})


def _stem(word: str) -> str:
    word = word_head(spelling(word.lower()))
    for end in ("ies", "es", "s"):
        if word.endswith(end) and len(word) > len(end) + 3:
            word = word[: -len(end)] + ("y" if end == "ies" else "")
            break
    return word[:6]


def _about_asked(sentence: str, question: str) -> bool:
    asked = {_stem(w) for w in _WORD.findall(question) if len(w) >= 4 and w.lower() not in _QUESTION_STOP}
    return any(_stem(w) in asked for w in _WORD.findall(sentence) if len(w) >= 4)


def _after_method(clause: str) -> bool:
    """Whether a method verb of ``clause`` says how the class is handled, not what this case's value is."""
    for found in _METHOD.finditer(clause):
        if _ASSIGNED.match(clause[found.end():]) is None or found.group().lower().startswith("start"):
            return True
    return False


def _general_clause(clause: str, question: str, first: bool) -> bool:
    frame = _FRAME.match(clause)
    body = clause[frame.end():] if frame is not None else clause.lstrip(" *_\"'")
    body = _ASIDE.sub(" ", body) if first else body
    if not first:  # a clause going on about the class the first one named ("...; rarer sites include ...")
        return (_HABIT.search(body) is not None or _QUANTIFIED.search(body) is not None or _after_method(body)
                or _FREQUENCY.search(body) is not None)
    words = _WORD.findall(body.lower())
    if not words or words[0] in _POINTER_FIRST:
        return False
    verb = _FINITE.search(body) or _METHOD.search(body) or _MEASURES.search(body) or _HABIT.search(body)
    if verb is None or _LABEL_BREAK.search(body[:verb.start()]) is not None:
        return False  # "Adhesions, the commonest cause.", "Inguinal hernia — the sac arises ...": a label and an aside
    subject = _WORD.findall(body[:verb.start()].lower())
    if _SIZED.search(body[:verb.start()]) is not None:
        return False  # "A 3 cm solid mass arises from ...": a thing measured is this case's, not a class
    comma = body.find(",", verb.end())
    whole, body = body, body if comma < 0 else body[:comma]  # the main clause: "Bone age is 9 years, usually read ..." states a value
    system = any(w in _SYSTEM for w in subject)
    quantified = bool(subject) and subject[0] in _QUANTIFIERS
    habit = _HABIT.search(body) is not None or _BEST.search(body) is not None
    counted = _QUANTIFIED.search(body)
    marked = (habit or _after_method(body) or counted is not None
              or _FREQUENCY.search(body) is not None or "normal" in subject[:3] or quantified)
    # a subject that is one class by frequency ("The most common cause of haematuria is ...", "The usual site of ...
    # is ..."): what holds in general, whatever the predicate names, like a listed class
    listed = _listed_class(whole[:verb.start()], whole[verb.end():]) or _BY_FREQUENCY.match(body) is not None
    if words[0] == "the" and not system:
        marked = habit or counted is not None or subject[1:2] == ["normal"] or listed
    if not marked:
        return False
    # About the thing asked: the subject is it, a system, or a class counted by the question's words ("the site of
    # most ectopic pregnancies"). A subject naming something else states what a candidate is ("Pancreatic carcinoma
    # is the classic cause of the double duct sign."): that is how a model may name its answer.
    return (system or _about_asked(" ".join(subject), question)
            or (counted is not None and _about_asked(counted.group(), question))
            or listed)


# A subject that is a class of candidates or signs by frequency ("Typical causes of hilar enlargement", "The commonest
# sites of ectopic pregnancy", "Common differentials for a ring lesion", "Typical CT signs"), and a predicate that lists
# two or more of them.
_CLASS_OF = lazy_compile(r"(?i)^[\s*_\"']*(?:the\s+)?(?:(?:most\s+)?(?:common|frequent|typical|usual|classic)|commonest)\s+"
                         r"(?:(?:ct|mri|mr|radiographic|sonographic|ultrasound|imaging)\s+)?"
                         r"(?:causes|sites|locations|types|differentials|differential\s+diagnoses|diagnoses|"
                         r"aetiologies|etiologies|culprits|signs|features|findings|appearances)(?:\s+(?:of|for|in)\b|\s*$)")
_TWO_ITEMS = lazy_compile(r"(?i)\w[^,;]*(?:,\s*\w[^,;]*)*(?:,|\band\b|\bor\b)\s*\w")


def _listed_class(subject: str, predicate: str) -> bool:
    """Whether ``subject`` is a class of candidates by frequency and ``predicate`` lists two or more of them
    ("Typical causes of bilateral hilar enlargement are sarcoidosis, lymphoma and tuberculosis."): a textbook list,
    whatever it lists, answers no question about this case."""
    return _CLASS_OF.match(subject) is not None and _TWO_ITEMS.search(predicate) is not None


def _asks_this_case(question: str) -> bool:
    """Whether ``question`` asks about this image or patient ("What is the bone age?", "Where is the ectopic
    pregnancy?"), not about a class ("What type of renal lesion contains macroscopic fat?", which general knowledge
    answers)."""
    return _THIS_CASE.search(question) is not None or (_CLASS_QUESTION.search(question) is None
                                                        and _HABIT.search(question) is None)


def states_knowledge(sentence: str, question: str) -> bool:
    """Whether ``sentence`` states general knowledge about what ``question`` asks, pointing at nothing of this case
    (see module docstring)."""
    if not _asks_this_case(question):
        return False
    if _ENGLISH.search(sentence) is None or _DECLINES.search(sentence) is not None:
        return False  # read in English only; "A diagnosis cannot be made without priors." declines (a refusal)
    text = _BEST.sub("usually", sentence)  # "is best seen on CT": a habit of the technique, not a sighting
    text = _MANNER.sub("", text)  # "The bowel wall enhances normally.": how this case's wall enhances, no habit
    impersonal = _IMPERSONAL.match(text)
    if impersonal is not None and POINTS_HERE.search(text[impersonal.end():]) is None:
        return True  # "Radiographically one looks for a pleural line": what any reader looks for, not what is seen
    if POINTS_HERE.search(text) is not None:
        return False
    clauses = [c for c in text.split(";") if _WORD.search(c)]
    return bool(clauses) and all(_general_clause(c, question, i == 0) for i, c in enumerate(clauses))


def only_knowledge(region: str, question: str, also: Callable[[str, str], bool] | None = None,
                   after: Callable[[str], bool] | None = None) -> bool:
    """Whether every sentence of the short reply ``region`` states general knowledge about what ``question`` asks
    (:func:`states_knowledge`, or ``also``: ``extract/class_subject.py`` for a closed question): to a yes/no question
    ("Is there an elbow effusion?" - "In children, a visible posterior fat pad is a sensitive marker of joint
    fluid."), no verdict was given."""
    text = region.strip()
    if not text or len(text) > _MAX or "\n" in text:
        return False
    sentences = [s for s in _SENTENCES.split(text) if _WORD.search(s)]
    # ``after``: a sentence going on about the class the one before stated (``extract/class_subject.py``: "It
    # typically appears crescentic."), read only after a sentence of knowledge
    return bool(sentences) and all(states_knowledge(s, question) or (also is not None and also(s, question))
                                   or (i > 0 and after is not None and after(s)) for i, s in enumerate(sentences))


__all__ = ["MOST", "MOST_COMMON", "POINTS_HERE", "only_knowledge", "states_knowledge"]
