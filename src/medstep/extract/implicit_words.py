"""The English cue words of the implicit yes/no readers (``extract/implicit.py``), in one place.

Which words state a finding, deny it, hedge it, fill the space between a negation and its term, or place it
beside an organ rather than in it. ``implicit.py`` reads sentences with them; ``sides.py`` and the readers built on
``implicit`` import them from here (or through ``implicit``, which re-exports :data:`HEDGES` and
:data:`TEMPORAL`).
"""

from __future__ import annotations

from medstep.answers import hedges, landmarks, negation, technique
from medstep.answers.concepts import LATERALITIES
from medstep.answers.studies import PICTURE_NOUNS, STUDY_NOUNS
from medstep.lazyre import lazy_compile

ARTICLES = frozenset({"a", "an", "the", "any"})
STOP = ARTICLES | frozenset({"of", "in", "on", "at", "to", "under", "within", "beneath", "below", "above", "over",
                               "inside", "along", "this", "these", "that", "those", "its", "their", "either", "both"})
# Words naming the image itself, not the finding ("in this image", "on the radiograph").
IMAGE = frozenset({"image", "images", "picture", "radiograph", "film", "scan", "study", "x", "ray", "xray", "ct",
                    "mri", "exam", "examination", "photo", "view", "slice"})
PRESENCE = frozenset(negation.SEEN + negation.SEEN_RARE)
COPULA = frozenset({"is", "are", "was", "were"})
# Words of the reasoning's own frame, not of the image: the reader's acts ("I note", "on careful review", "looking
# at", "what I notice"), sequence and emphasis ("firstly", "overall", "importantly", "clearly") and the generic nouns
# a finding is announced with ("the key finding is", "the main abnormality"). They observe nothing: the verifier's
# unread-word guard (``verify.commitment.echoes_and_denies``) passes over them and over the function words of such
# frames (``FRAME_FUNCTION``), so padding the option's words and a few absences with them earns what the bare echo
# earns; and a chain padded with them that names its answer's finding only in its conclusion is that echo too.
DISCOURSE = frozenset(hedges.SEARCH) | frozenset({
    "note", "notes", "noting", "notice", "notices", "noticed", "noticing", "observe", "observing", "find", "finds",
    "found", "identify", "identifies", "appreciate", "examine", "examined", "examining", "inspect", "inspected",
    "inspection", "assessing", "assessment", "evaluating", "reviewing", "checking", "checked", "looked", "firstly",
    "secondly", "finally", "lastly", "furthermore", "moreover", "additionally", "overall", "importantly", "notably",
    "clearly", "definitely", "certainly", "obviously", "evidently", "plainly", "indeed", "really", "actually",
    "careful", "carefully", "closely", "thorough", "thoroughly", "systematic", "systematically", "step", "steps",
    "thing", "things", "finding", "findings", "observation", "observations", "abnormality", "abnormalities", "key",
    "main", "important", "notable", "primary", "principal", "striking", "obvious", "essentially", "basically"})
FRAME_FUNCTION = frozenset({"do", "does", "did", "we", "me", "my", "our", "us", "you", "what", "here", "it", "for",
                            "by", "from", "as", "upon", "first", "second", "third", "then", "next", "also", "so",
                            "thus", "hence", "therefore", "most", "sees", "close", "can", "am", "be", "been", "being",
                            "must", "will", "shall", "let", "had", "out", "after", "just", "even", "very", "much"})
# Words that may sit between a negation and the term: "no evidence of a", "without any visible".
# The region a whole head or chest study covers narrows nothing: "No intracranial hemorrhage." to "Is there any hemorrhage?"
NEG_FILLER = ARTICLES | frozenset({"evidence", "of", "sign", "signs", "feature", "features", "visible", "apparent",
                                     "radiographic", "identifiable", "intracranial", "intrathoracic",
                                     *hedges.DENIAL_QUALIFIERS})
# ... and, for the extractor's denial readers, the qualifiers that describe when said alone ("no clear fracture", "no
# focal lytic lesions": ``hedges.DESCRIBING_QUALIFIERS``; NEG_FILLER itself is also the verifier's idle words).
DENIAL_FILLER = NEG_FILLER | frozenset(hedges.DESCRIBING_QUALIFIERS)
# The study's method between a denial and its finding, stepped over as fillers are: "no CT evidence of"; two joined by
# "or" too ("no radiographic or CT evidence of").
METHOD = frozenset(technique.METHOD_WORDS)
PRE_NEG = frozenset(negation.DENY)
PRE_NEG_PAIRS = frozenset(tuple(p.split()[-2:]) for p in negation.BEFORE + negation.CLEAR_OF + negation.INSTEAD)
# Any of these in a clause that is not the term's own negation makes the clause unclear (a phrase counts by its
# first word: "free" of "free of", "ruled" of "ruled out").
NEGATION = negation.heads(negation.DENY, negation.NEITHER, negation.NEVER, negation.NONE, negation.ABSENT,
                          negation.ABSENCE, negation.NEGATIVE, negation.BEFORE, negation.EXCLUDED, negation.LOSS,
                          negation.CANNOT)
# Before the term, words that affirm it ("there is a large", "shows a", "consistent with").
AFFIRM_PRE = frozenset({"there", "shows", "show", "showing", "demonstrates", "demonstrating", "reveals", "revealing",
                         "depicts", "with", "of", "contains", "has", "have", "see", "seen"})
# Hedges and non-current findings, on top of refusal.is_hedge: a sentence naming the term with one is no answer
# (the words are ``answers/hedges.py``'s; an exclusion left open, "cannot exclude" / "to rule out", is one too).
HEDGES = frozenset(hedges.LIKELIHOOD + hedges.SUSPICION + hedges.ALTERNATIVE + hedges.SEARCH + hedges.PAST
                   + hedges.STRENGTH + hedges.DIFFICULTY + hedges.DEFINITION + hedges.CONDITION + hedges.POSSIBILITY
                   + hedges.EXCEPTION + hedges.CONCESSION + hedges.INTENT + hedges.DIFFERENTIAL + hedges.CANDIDATES
                   ) | negation.heads(negation.CANNOT, negation.EXCLUDE)  # "Possibilities: pneumothorax." lists
# A candidate held in reserve in the sentence naming it ("X is still on the table", "Y, which must be ruled out",
# ``hedges.RESERVED``): kept in mind, neither stated nor chosen.
RESERVED_SAID = lazy_compile(r"(?i)" + hedges.words(hedges.RESERVED))
# Where a reserve's clause ends: a clause naming another thing ("a pneumothorax; tension must be ruled out",
# "consolidation, with malignancy still a possibility"); a relative clause ("X, which must be excluded") stays its noun's.
RESERVE_CLAUSE = lazy_compile(r"(?i)[;:()\u2014\u2013]|\s-\s|,(?!\s*(?:which|that|who)\b)|\b(?:but|however|whereas|while|though|although|yet)\b")
# A recommendation acting on a stated finding: its "should" doubts nothing.
ADVICE = lazy_compile(r"(?i)\bshould\s+be\s+(?:withdrawn|repositioned|retracted|advanced|pulled\s+back|removed|replaced)\b|"
                      r"\brecommend(?:ed)?\s+(?:its\s+)?(?:withdrawal|repositioning|retraction|advancement)\b")
# A margin described, not a definition given: "well-defined", "ill-defined", "poorly defined", "sharply defined"; a
# finding named with "hard", no difficulty: "hard exudates" (a sign of diabetic retinopathy), "hard palate".
DESCRIPTOR = lazy_compile(r"(?i)\b(?:well|ill|poorly|sharply)[\s-]+defined\b|\bhard\s+(?:exudates?|palate)\b")
# "patent" of a vessel or duct, open as it should be ("The left anterior descending artery is patent."), not of a
# congenital opening that should have closed, which names a finding ("patent ductus arteriosus", "patent foramen
# ovale"): read so by ``extract/decision_clauses.py`` and the patency pole of ``extract/antonym_pairs.py``.
PATENT_OPEN = r"patent(?!\s+(?:ductus|foramen|urachus|processus))"
# Where a thing is meant to lie, or as it should be: "an IUD in expected position", "projects over the expected location
# of the cavoatrial junction", "the physis is still open, as expected": its "expected" wants nothing (``hedges.INTENT``).
EXPECTED_PLACE = lazy_compile(r"(?i)\b(?:the\s+|its\s+|their\s+)?expected\s+(?:positions?|locations?|sites?|place|"
                              r"course|order)\b|\bas\s+(?:would\s+be\s+)?expected\b(?!\s+(?:if|when)\b)")
# The committing leans of :data:`medstep.answers.COMMITTED_LEANS` that are whole clauses ("I would say", "I'd say").
COMMITTING_SAY = r"i(?:\s+would|['’]d)\s+say"
COMMITTING = lazy_compile(r"(?i)\b" + COMMITTING_SAY + r"\b")
# "look" as a seeming verb of a plural subject ("the hemidiaphragms look flat", "both kidneys look enlarged"), read as
# "looks" and "appear" are: no search ("look for", "look at", "look again" stay ``hedges.SEARCH``'s), and never after
# a modal, "to", a person or a negation ("can look identical", "I look", "don't look").
SEEMING_LOOK = lazy_compile(r"(?i)(?<!\bcan\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bwould\s)(?<!\bshould\s)"
                            r"(?<!\bwill\s)(?<!\bmust\s)(?<!\bto\s)(?<!\bi\s)(?<!\bwe\s)(?<!\byou\s)(?<!\bdo\s)(?<!\bdoes\s)"
                            r"(?<!\bdid\s)(?<!\bnot\s)(?<!n't\s)(?<!\blet's\s)(?<!\bplease\s)(?<!\bcan't\s)"
                            r"\blook\b(?=\s+(?!(?:for|at|into|out|through|over|up|back|again|closely|carefully|closer|"
                            r"further|around|more|to|in|on|and|or|if|whether|forward)\b)[a-z])")
# A modal, "to", a person or a negation up to one word before a "look" ("can also look like this", "may sometimes
# look"): the look stays a hedge (the fixed-width look-behinds of :data:`SEEMING_LOOK` see only the word next to it).
_LOOK_MODAL = lazy_compile(r"(?i)\b(?:can|could|may|might|would|should|will|must|to|i|we|you|do|does|did|not|let's|"
                           r"please|cannot|can't|won't|don't|doesn't|didn't)\s+(?:\w+\s+)?$")


# A seeming "look" under a thing's negated auxiliary ("the spleen doesn't look normal", "the margins do not look
# smooth"): the negation belongs to the look, as in "does not appear"; never a person's ("I don't look", "please do
# not look") nor a search ("doesn't look at", ``SEEMING_LOOK``'s particles).
_NEGATED_LOOK = lazy_compile(r"(?i)(?<!\bi\s)(?<!\bwe\s)(?<!\byou\s)(?<!\bthey\s)(?<!\bplease\s)(?<![.!?:;]\s)(?<!^)"
                             r"\b((?:does|do|did)(?:n['’]t|\s+not)\s+)look\b" + SEEMING_LOOK.pattern.split(r"\blook\b", 1)[1])


def seeming_look(sentence: str) -> str:
    """``sentence`` with each seeming "look" written "appear" (see :data:`SEEMING_LOOK`, :data:`_NEGATED_LOOK`)."""
    sentence = _NEGATED_LOOK.sub(lambda m: m.group(1) + "appear", sentence)
    return SEEMING_LOOK.sub(lambda m: m.group(0) if _LOOK_MODAL.search(sentence, max(0, m.start() - 40), m.start())
                            else "appear", sentence)


# A patient's age ("this 85-year-old", "a 40 year old man"): its "old" is no past finding (``hedges.PAST``).
_AGE_WORDS = r"\d+(?:\s*|-)(?:years?|yrs?|months?|weeks?|days?)(?:\s*|-)old"
AGE = lazy_compile(r"(?i)\b" + _AGE_WORDS + r"\b")
# A concession that only changes the size of what is stated ("still present, although smaller than before",
# "persists, albeit smaller"): it keeps the finding, no doubt of it.
CHANGE_CONCESSION = lazy_compile(r"(?i),?\s*\b(?:although|though|albeit|but)\s+(?:(?:it\s+)?(?:is|has)\s+)?(?:slightly\s+|"
                                 r"much\s+|somewhat\s+)?(?:smaller|larger|improv\w*|decreas\w*|increas\w*|healing|"
                                 r"reduced(?:\s+in\s+size)?)\b(?:\s+(?:than|since|from|compared\s+with)\s+(?:before|"
                                 r"previously|(?:on\s+)?the\s+(?:prior|previous)(?:\s+\w+)?))?")
# Almost none said as a degree ("hardly any effusion"): no yes/no (``hedges.NEAR_NONE``).
NEAR_NONE = lazy_compile("(?i)" + hedges.words(hedges.NEAR_NONE))
# A time before this study: named (``hedges.EARLIER_TIME``), or the year of a study ("on the 2019 film") ...
EARLIER = lazy_compile("(?i)" + hedges.words(hedges.EARLIER_TIME) + r"|\b(?:in|on|from)\s+(?:the\s+|an?\s+)?(?:19|20)\d\d\b")
# ... which a finding going on, or compared with then, keeps now: "new since yesterday", "larger than last week".
COMPARED_NOW = lazy_compile("(?i)" + hedges.words(hedges.CONTINUING, ("since", "compared", "than", "unlike")))
SIDES = frozenset({*LATERALITIES, "both", "upper", "lower", "middle", "base", "bases", "apex",
                    "apical", "basal", "side", "sided"})
# (the laterality words from their one home, ``answers/concepts.LATERALITIES``)
LATERAL = frozenset(LATERALITIES)
# Words that put a finding on one side without naming which: "the L", "Rt", "the opposite side", "the affected lung",
# "the transplanted kidney", "one lung" (``extract/both_sides.py``: such a reply does not speak of both sides).
ONE_SIDE = frozenset({"left", "right", "l", "r", "lt", "rt", "unilateral", "unilaterally", "ipsilateral", "contralateral",
                      "opposite", "other", "affected", "unaffected", "transplanted", "native", "one", "single"})
# What may follow the term directly; anything else makes it part of a longer noun ("mass effect").
AFTER_TERM = STOP | COPULA | PRESENCE | frozenset({"with", "and", "or", "nor", "which", "that", "measuring", "isn't", "aren't",
                                                      "gland"})  # "... of the thyroid gland"
# A participle of what a finding does to its neighbours ("Left lower lobe opacity obscuring the hemidiaphragm.",
# "a stone causing obstruction"): it starts another phrase, it makes no compound noun of the term.
AFTER_TERM |= frozenset({"obscuring", "effacing", "silhouetting", "obliterating", "abutting", "displacing",
                         "compressing", "causing", "extending", "involving", "surrounding", "blunting", "encasing",
                         "invading", "narrowing", "occupying", "filling", "tracking"})
# A preposition or participle placing the finding across its structure ("a fracture through the scaphoid waist", "a
# fracture across the femoral neck", "nodules throughout both lungs", "a lucent line traversing the cortex"): where it
# is, as "of" and "in" say, never a compound noun.
AFTER_TERM |= frozenset({"through", "across", "throughout", "traversing", "crossing"})
DEGREE = frozenset({"mildly", "moderately", "markedly", "severely", "slightly", "massively", "also", "again",
                     "still", "clearly", "definitely", "diffusely", "focally", "grossly"})
# The size words a question may ask ("Is the duct dilated?"; ``extract/sizes.py``), each with the dimensions a judgement must name for it ("of normal thickness"
# answers "thickened?", not "enlarged?"); a judgement of the whole structure ("normal") answers any of them.
SIZE_WORDS: dict[str, frozenset[str]] = {
    "enlarged": frozenset({"size", "dimensions", "volume"}),
    "dilated": frozenset({"caliber", "calibre", "diameter", "size"}),
    "distended": frozenset({"caliber", "calibre", "diameter", "size", "volume"}),
    "widened": frozenset({"width", "caliber", "calibre", "diameter", "size"}),
    "narrowed": frozenset({"width", "caliber", "calibre", "diameter"}),
    "thickened": frozenset({"thickness"}),
    "thinned": frozenset({"thickness"}),
    "hypertrophied": frozenset({"thickness", "size"}),
}
# What may follow a size word stated of its subject: "The esophagus is massively dilated with a bird-beak taper.",
# "The duct is dilated to 8 mm." (``implicit_property.property_stance``).
SIZE_TAIL = frozenset({"with", "to", "at", "and", "measuring", "from", "up"})
# "either hemidiaphragm", "both lungs" are places, not a hedge between two answers (no "or"/"and" follows).
# "Both" counting the paired structures a statement is made of ("Both middle cerebral arteries are of normal density.",
# "Both ovaries appear normal."): the subject of a verb, not two candidates weighed ("Both are plausible.").
ANATOMIC_EITHER = lazy_compile(r"(?i)\b(?:either|both)\b(?!.*\b(?:or|and)\b)|\bon\s+both\s+sides\b|\bboth\s+(?:lungs|kidneys|"
                               r"hemithoraces|bases|apices|hemidiaphragms|costophrenic\s+angles)\b|"
                               r"\bboth\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?[a-z]+(?:s|ae|es|ies|a)\s+(?:are|appear|look|show|"
                               r"enhance|measure|remain)\b")
APPEAR = COPULA | frozenset({"appears", "appear", "looks", "look", "remains", "remain"})
# Words of HEDGES that place a finding in the past: they make a stated finding no answer, not a stated absence.
TEMPORAL = frozenset(hedges.PAST)
# Near an organ, not in it: "a lesion adjacent to the liver" is no lesion in the liver.
# Parts of an organ: what a place named by the organ's word and one of these is a part of ("the right hepatic lobe",
# "the upper pole of the kidney", "the bladder wall"), and what a property given to it says something of the organ
# with (``extract/wholepart.py``).
ORGAN_PARTS = frozenset({"ventricle", "ventricles", "atrium", "atria", "chamber", "chambers", "lobe", "lobes", "segment",
                         "segments", "pole", "poles", "portion", "part", "half", "component", "wall", "dome"})
# Organs whose own parts are a left and a right lobe (the thyroid's isthmus, the liver's caudate lobe): "a nodule in
# the right lobe" is the thyroid's when the thyroid is asked ("in the right lobe" to "a breast mass?" is a lung's, and
# "the upper lobe" is a lung's whatever is asked: the lung's lobes are sites of answers/sites.tsv).
LOBED_ORGANS = frozenset({"thyroid", "liver", "hepatic", "prostate", "prostatic"})
LOBE_PARTS = frozenset({"lobe", "lobes", "isthmus"})
LOBE_SIDES = frozenset({"left", "right", "caudate", "quadrate", "median"})
# Further words naming a region of any organ, or the organ by its kind, and no other thing: the subject of "The
# cortex measures 2 mm. It is thinned." is the asked organ's (apart from ``ORGAN_PARTS``, whose words also place a
# finding in an organ for ``extract/wholepart.py``; not "head", "cortex", "fundus", "apex": the fetus's, the brain's,
# the stomach's, the lung's too).
ORGAN_REGIONS = frozenset({"parenchyma", "parenchymal", "capsule", "hilum", "lumen", "gland", "organ"})
# A place beside a landmark, not in it ("adjacent to the liver"): the subset of ``answers/landmarks.py`` these readers take.
BESIDE = lazy_compile(r"(?i)" + hedges.words(landmarks.PLACED_BESIDE))
# ... and a direction from it, or apart from it: "The mass lies above the kidney.", "separate from the liver".
OFF_PLACE = lazy_compile(r"(?i)" + hedges.words(landmarks.PLACED_OFF))
# Words that say where in an organ, between a finding and its organ ("a mass arises from the upper pole of the left
# kidney"): not the scatter of a term's words over a clause.
POSITION = frozenset({"upper", "lower", "middle", "mid", "anterior", "posterior", "medial", "lateral", "superior",
                      "inferior", "proximal", "distal", "central", "peripheral", "from"})

# The question's frame after its term: the study it is asked of ("on this OCT", "on this CT head", "on this CT KUB",
# "on the FLAIR image", "on this transvaginal ultrasound", "on this tracing") or the patient ("in this child"): the
# term is what comes before it. A study's noun, at most three words before it and one region word after it; the
# patient it was made of may follow ("on this ultrasound of a 50-year-old", "on this film of an elderly smoker").
_SUBJECT_NOUNS = r"child|patient|infant|neonate|baby"  # a question asked "in this child" too
_PERSON = r"(?:" + _SUBJECT_NOUNS + r"|woman|man|boy|girl|adult|smoker)"
_PATIENT = r"(?:[a-z-]+\s+){0,2}?(?:" + _AGE_WORDS + r"(?:\s+" + _PERSON + r")?|" + _PERSON + r")"
# The nouns of a study (``answers/studies.py``, one home for the frame, for "Does this <study> show X?" and for the
# verifier): a modality, an examination, a picture, or a contrast study by its plain name ("barium swallow").
_STUDY = STUDY_NOUNS + "|" + PICTURE_NOUNS
_FOR_PATIENT = (r"(?<!\s)\s+(?:in|for)\s+(?:a|an|this|the)\s+(?:[a-z0-9-]+\s+){0,3}?" + _PERSON
                + r"(?:\s+(?:with|without)\s+[a-z-]+(?:\s+[a-z-]+){0,3})?(?=\s*\?\s*$)")
# The event the image follows, last in a question: "after this CT-guided lung biopsy", "following the central line
# placement", "after the chest tube was removed", "post thrombolysis". It stays a word of the asked term
# (:data:`Q_FRAME` leaves it: sessions 27 and 43 cut it there and reverted, since a reply about the time before the
# event or about the event as a class then read as the answer); ``extract/event_frame.py`` reads a reply that names
# neither without it. At most six plain words to the question mark, none that joins or denies ("after the biopsy or
# before?", "after the biopsy and drain?", "following no contrast?" keep their frame).
_EVENT_WORD = (r"(?!(?:" + hedges.alternation(negation.DENY, ("or", "and", "nor", "than", "versus", "vs", "which", "what",
                                                               "where", "when", "compared", "prior", "previous"))
               + r")\b)[a-z0-9-]+")
_AFTER_EVENT = (r"(?<!\s)\s+(?:after|following|post)\s+(?:" + _EVENT_WORD + r"\s+){0,5}?" + _EVENT_WORD
                + r"(?=\s*\?\s*$)")
Q_EVENT = lazy_compile(r"(?i)" + _AFTER_EVENT)
Q_FRAME = lazy_compile(
    # the study's words may be a patient's ("in this 5-year-old's elbow radiograph", "on the patient's chest film")
    r"(?i)(?<!\s)\s+(?:in|on|at)\s+(?:this|the|these)\s+(?:[a-z0-9-]+(?:['’]s)?\s+){0,3}?(?:" + _STUDY + "|"
    + _SUBJECT_NOUNS + r")(?:\s+(?:head|chest|abdomen|pelvis|brain|spine|neck|kub|thorax))?"
    r"(?:\s+(?:of|in|from)\s+(?:a|an|this|the)\s+" + _PATIENT + r")?(?=\s*\?\s*$)|" + _FOR_PATIENT)
# (Both start at the first space of a run, "(?<!\s)": from every space of a long run they would rescan it to its end.)
# The patient a question is asked for, last, with the history that sets a threshold: "for this postmenopausal woman
# without bleeding", "in this 63-year-old postmenopausal woman with vaginal bleeding" (the term is what comes before).
Q_PATIENT = lazy_compile(r"(?i)" + _FOR_PATIENT)
# The patient as the subject a question asks a property of: "Is the patient intubated?" asks whether the device the
# participle names is there (``concept_question``), the patient being no organ.
PERSON = lazy_compile(r"(?i)^(?:" + _PERSON + r")$")
# The patient an organ is asked of by name: "Is the patient's trachea midline?", "Is this child's liver enlarged?" ask
# of the trachea, the liver: the owner is no word of the subject (each alternative ends at a fixed word: linear).
Q_OWNER = lazy_compile(r"(?i)\b(?:the|this)\s+" + _PERSON + r"['’]s\s+")

__all__ = ["PATENT_OPEN", "may_deny_link", "PERSON", "ABNORMALITY", "LOOK", "Q_PATIENT", "Q_OWNER", "Q_BE", "Q_BE_SEEN", "Q_LOOK", "Q_SEE", "Q_HAVE", "Q_LEAD", "Q_REFUSE", "Q_SHOW", "Q_TAIL", "Q_THERE", "Q_FRAME", "METHOD", "ARTICLES", "STOP", "IMAGE", "DISCOURSE", "FRAME_FUNCTION", "PRESENCE", "COPULA", "NEG_FILLER", "DENIAL_FILLER", "PRE_NEG", "PRE_NEG_PAIRS", "NEGATION", "AFFIRM_PRE", "HEDGES", "RESERVED_SAID", "RESERVE_CLAUSE", "SIDES", "LATERAL", "ONE_SIDE", "AFTER_TERM", "DEGREE", "ANATOMIC_EITHER", "APPEAR", "BESIDE", "OFF_PLACE", "TEMPORAL",
           "ADVICE", "AGE", "DENIED_LINK", "EXPECTED_PLACE", "ORGAN_PARTS", "ORGAN_REGIONS", "POSITION", "CHANGE_CONCESSION", "COMMITTING", "COMPARED_NOW", "DESCRIPTOR", "EARLIER", "NEAR_NONE", "Q_EVENT", "mask_committed_leans"]

# A denial of what would point to a finding, or of its name, which denies the finding itself: "There is nothing to
# suggest a mass.", "No features suggestive of a mass.", "Nothing here indicates a fracture.", "I wouldn't call this
# consolidation." (read as "no" before the finding; a turn after it, "... call this anything but X", stays unclear).
DENIED_LINK = lazy_compile(
    r"(?i)\b(?:nothing|no\s+(?:findings?|features?|signs?|evidence|appearances?))(?:\s+(?:here|else|seen|visible|"
    r"on\s+(?:this|the)\s+(?:image|study|film|scan)))?\s+(?:(?:to|that|which)\s+(?:would\s+|could\s+|might\s+)?)?"
    r"(?:suggests?|suggesting|suggestive\s+of|indicates?|indicating|indicative\s+of|supports?|supporting|"
    r"to\s+support)\b(?:\s+(?:an?|any|the)\b)?"
    # ... and any other feature denied as pointing to it, when the pointing is spelt out: "no septation to suggest a
    # cystic hygroma", "no calcification that would indicate a teratoma" (not "no fat suggests ...": a bare verb); the
    # feature may carry where it is looked for: "no gas within the bowel wall to suggest pneumatosis", "no linear
    # lucency perpendicular to the cortex to suggest a stress fracture" (a place, not
    # "no doubt within my reading to suggest ...": a possessive names a view, not a place)
    # ... or not seen as pointing to it: "I don't see a pleural line to suggest a pneumothorax"
    # ... two features joined, each denied: "no cherry-red spot or retinal whitening to suggest an artery occlusion"
    r"|\b(?:no|(?:i\s+)?(?:do\s+not|don't|don’t|did\s+not|didn't|didn’t|cannot|can't|can’t)\s+"
    r"(?:see|identify|appreciate|find|observe)\s+(?:an?|any))\s+[a-z-]+(?:\s+[a-z-]+){0,2}"
    r"(?:\s+(?:or|nor|and(?!\s+(?:an?|the|some)\b))\s+[a-z-]+(?:\s+[a-z-]+){0,2})?"
    r"(?:\s+(?:in|within|along|around|over|under|beneath|behind|below|above|to|at|on|of|into|near|across|through|"
    r"beyond)\s+(?:the\s+)?"
    r"(?!(?:my|our|your|his|her|their|this|that)\b)[a-z-]+(?:\s+[a-z-]+)?)?"
    r"\s+(?:to|that|which)\s+(?:would\s+|could\s+|might\s+)?"
    r"(?:suggests?|suggest|indicates?|indicate|support|point\s+(?:to|towards?))\b(?:\s+(?:an?|any|the)\b)?"
    # ... or any feature denied with the adjective that ties it to the finding: "no bone artifact typical of CT", "no
    # calcification characteristic of a teratoma" (the feature is what is absent, so what it is typical of is not shown)
    r"|\bno\s+(?!(?:doubt|question|wonder)\b)(?:(?!(?:is|are|was|were|this|that|it|and|or|nor)\b)[a-z-]+\s+){1,3}"
    r"(?:(?:or|nor|and(?!\s+(?:an?|the|some)\b))\s+(?:(?!(?:is|are|was|were|this|that|it|and|or|nor)\b)[a-z-]+\s+){1,3})?"
    r"(?:typical|typically\s+seen|characteristic|suggestive|indicative|diagnostic|pathognomonic)\s+(?:of|in|with)"
    r"\b(?:\s+(?:an?|any|the)\b)?"
    # "I wouldn't call this a mass", and the finding named with no object: "I would not call cardiomegaly", "I
    # wouldn't call a retrosternal mass" (not "call for", "call it in")
    r"|\b(?:i\s+)?(?:would\s+not|wouldn't|wouldn’t|do\s+not|don't|don’t)\s+call\s+(?:(?:this|that|it|these|them|"
    r"the\s+[a-z]+)\s+)?(?:an?\s+)?(?!anything\b|for\b|in\b|on\b|up\b|back\b|out\b|to\b)"
    # "Based on what I can see, I don't think there's hemorrhage." (not "... there's much doubt that ...")
    r"|\bi\s+(?:do\s+not|don't|don’t)\s+think\s+there(?:'s|’s|\s+is|\s+are)\s+(?:(?:an?|any)\s+)?"
    r"(?!(?:much|little|a|any|some|no)\b|doubt\b|question\b)")


def may_deny_link(text: str) -> bool:
    """Whether ``DENIED_LINK`` may match in ``text``: each of its branches holds "no" ("no", "nothing", "not",
    "cannot") or "n't", so an ASCII text holding neither cannot match; it is read per mention of a choice reply
    (``clauses.link_denied``, issue #12). Any other text may (under ``(?i)`` a non-ASCII letter may stand for an ASCII
    one, and "n’t" is not ASCII)."""
    if not text.isascii():
        return True
    low = text.lower()
    return "no" in low or "n't" in low
# ----------------------------------------------------------------------------- question forms (implicit_terms.parse_question)
# "Is there (a|any|evidence of) X (in this image)?", "Are there X?"
Q_THERE = lazy_compile(r"(?i)^\s*(?:is|are)\s+there\s+(.+?)\s*\?\s*$")
# "Does the image show X?", "Does this radiograph demonstrate X?", "Do these views display X?"
Q_SHOW = lazy_compile(r"(?i)^\s*(?:does|do)\s+(?:the|this|these)\s+(?:[a-z-]+\s+){0,2}?(?:" + _STUDY + r")\s+"
                      r"(?:show|demonstrate|reveal|contain|depict|have|display|exhibit|illustrate)\s+(.+?)\s*\?\s*$")
# "Can you see X?", "Do you see X?", "Could we identify X?": the reader asked whether X is seen, a presence question.
Q_SEE = lazy_compile(r"(?i)^\s*(?:can|could|do|did)\s+(?:you|we|i|one)\s+(?:see|identify|detect|appreciate|"
                      r"visuali[sz]e|spot|observe|make\s+out)\s+(.+?)\s*\?\s*$")
# "Can X be seen?", "Could X be identified?": the same asked of the finding.
Q_BE_SEEN = lazy_compile(r"(?i)^\s*(?:can|could)\s+(.+?)\s+be\s+(?:seen|identified|detected|appreciated|visuali[sz]ed|"
                          r"observed|demonstrated|made\s+out)\s*\?\s*$")
# "Does the patient have X?": the patient's findings, asked as presence.
Q_HAVE = lazy_compile(r"(?i)^\s*(?:does|do)\s+(?:the|this)\s+(?:patient|child|infant|baby|man|woman|person|subject)\s+"
                       r"have\s+(.+?)\s*\?\s*$")
# "Does the kidney contain stones?", "Does this lesion contain fat?": a place holding the finding, asked as "Is there
# stones in the kidney?" (group 1 the place with its determiner, at most four words: linear; group 2 the finding).
# Only "contain": "have" and "show" also give a property ("Does the liver have a smooth contour?").
Q_CONTAIN = lazy_compile(r"(?i)^\s*(?:does|do)\s+((?:the|this|these)(?:\s+[a-z0-9'’-]+){1,4}?)\s+contain\s+(.+?)\s*\?\s*$")
# "Is (the) X seen / present / visible (in the image)?" and "Is the heart enlarged?"
Q_BE = lazy_compile(r"(?i)^\s*(?:is|are)\s+(.+?)\s*\?\s*$")
# The one home of the question words that ask for an abnormality ("Is there any abnormality in the liver?", "Are there
# any abnormal findings?", "Does this study show any pathology?") and of the verbs that say the copula as a look ("Does
# the liver look/appear/seem normal?"): the question readers (``concept_question``, ``asked``, ``normality``,
# ``organ_normal``) build their patterns from these, so their word lists cannot disagree.
ABNORMALITY = r"(?:abnormality|abnormalities|abnormal\s+findings?|anything\s+abnormal|pathology)"
LOOK = r"(?:look|appear|seem)"
# "Does the liver look abnormal?", "Do the kidneys appear enlarged?": the copula said as a look, a property question of
# the subject (group 1, a determiner and at most four words: linear) and its one property word (group 2); "look like a
# melanoma" names a class, no property, and does not match.
Q_LOOK = lazy_compile(r"(?i)^\s*(?:does|do)\s+((?:the|this|these)(?:\s+[a-z0-9'’-]+){1,4}?)\s+" + LOOK + r"\s+"
                      r"([a-z-]+)\s*\?\s*$")
Q_TAIL = lazy_compile(r"(?i)\s+(?:(?:" + hedges.alternation(negation.SEEN, ("shown",)) + r")\s*)?(?:(?:in|on)\s+(?:this|the)\s+"
                       r"(?:[a-z-]+\s+){0,2}?(?:image|picture|radiograph|film|scan|study|x-ray|xray|ct|mri|exam)\s*)?$")
Q_LEAD = lazy_compile(r"(?i)^(?:(?:a|an|any)\s+)?(?:(?:(?:radiographic|radiological|radiologic|imaging|sonographic)\s+)?"
                       r"(?:evidence|signs?|findings?|features?)\s+of\s+)?(?:(?:a|an|any)\s+)?")
Q_REFUSE = lazy_compile(r"(?i)\b(?:or|and|than|more|less|larger|smaller|which|what|where|how|between|versus|vs)\b|"
                        + hedges.words(negation.IN_QUESTION) + "|" + negation.CONTRACTION
                        + r"|[,;/]")


# A lean adjective qualifying a thing a denial governs: "no suspicious calcification", "without a discrete mass,
# architectural distortion or suspicious calcifications", "nor any questionable lucency". The denial takes the thing
# and its adjective together: nothing is leaned on. Only right after the denial word (an article or "any" between), or
# after the "or" / "nor" ending a list the denial opened in the same clause; "No effusion, possible consolidation." (a
# comma, no "or") stays a lean, and so does every lean verb ("may", "could") and "likely".
_DENIALS = negation.alternation(negation.DENY, negation.NEITHER, negation.BEFORE)
_DENIED_LEAN = lazy_compile(r"(?i)\b(?P<w>" + _DENIALS + r"|or)\s+(?:(?:a|an|any|the)\s+)?"
                            r"(?P<lean>suspicious|questionable|equivocal|indeterminate|possible|probable|suspected)\b")
_DENIAL = lazy_compile(r"(?i)\b(?:" + _DENIALS + r")\b")
# What ends a denial's list: a clause's end, a turn, a verb of its own.
_LIST_END = lazy_compile(r"(?i)[;:.!?()—–]|\b(?:but|however|though|although|while|yet|which|that|is|are|was|were|may|"
                         r"might|could|seen|noted|shows?|appears?)\b")


def mask_denied_leans(sentence: str) -> str:
    """``sentence`` with every lean adjective a denial governs (``_DENIED_LEAN``) blanked: "without a mass or
    suspicious calcifications" reads "without a mass or            calcifications" (the same length: offsets hold)."""
    out = sentence
    for m in _DENIED_LEAN.finditer(sentence):
        if m.group("w").lower() == "or":
            opened = list(_DENIAL.finditer(sentence, 0, m.start("w")))
            if not opened or _LIST_END.search(sentence, opened[-1].end(), m.start("w")) is not None:
                continue
        out = out[:m.start("lean")] + " " * (m.end("lean") - m.start("lean")) + out[m.end("lean"):]
    return out


# A committed lean right before a stated pole or property ("most likely benign", "is probably a malignant lesion"):
# the word it stands before is the verdict, and the lean no hedge of it (``answers/hedges.COMMITTED_ADVERBS``); a lean
# lowered ("less likely", "not likely") is no commitment and stays a hedge.
_COMMITTED_BEFORE = lazy_compile(r"(?i)(?<!\bless\s)(?<!\bleast\s)(?<!\bnot\s)(?<!\bno\s)"
                                 + hedges.words(hedges.COMMITTED_ADVERBS) + r"\s+(?:(?:to\s+be|be|an?)\s+)?$")


_OR_AFTER = lazy_compile(r"(?i)[^,.;:!?]*?\b(?:or|versus|vs|than)\b")
# A lean after a determiner picks one of several ("the most likely benign lesion is the left one"): no verdict on this.
_DETERMINER_BEFORE = lazy_compile(r"(?i)\b(?:the|a|an|this|that|its|their)\s+$")


def mask_committed_leans(sentence: str, starts: list[int]) -> str:
    """``sentence`` with each committed lean standing right before one of ``starts`` (where a stated pole begins)
    blanked, the same length: "The nodule is most likely benign." states benign; "It could be benign." keeps its
    "could", a hedge. The antonym reader (``extract/antonyms.py``) and the lean reader (``extract/leans.py``) use it."""
    for a in sorted(starts, reverse=True):
        lean = _COMMITTED_BEFORE.search(sentence, max(0, a - 40), a)
        if lean is not None and _OR_AFTER.match(sentence, a) is None \
                and _DETERMINER_BEFORE.search(sentence, max(0, lean.start() - 10), lean.start()) is None:  # "most likely malignant or infectious": torn
            sentence = sentence[:lean.start()] + " " * (lean.end() - lean.start()) + sentence[lean.end():]
    return sentence

