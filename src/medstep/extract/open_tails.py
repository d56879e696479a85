"""What follows an open answer's label in its sentence: words that only qualify it, dropped.

After the frame is gone (``extract/open_frames.py``), a one-sentence answer still often carries more than its label
(a description ending in its conclusion is ``extract/open_conclusion.py``'s):

* a label and then words that only qualify it (:func:`trimmed`): a reason ("Osteoid osteoma, given the nidus ...",
  "Pancreas, as the gland lies ..."), a measurement the question does not ask for ("Sinus bradycardia, 48 bpm.",
  "Hepatomegaly, measuring 19 cm"), a part of the named organ ("The liver, segment VII.", "Spleen, lower pole."),
  a clause describing it ("Struvite, which forms in infected urine.", "A hernia containing small bowel.", "La rate,
  qui est augmentée de volume.").

Only words are dropped. Nothing is dropped or taken that holds the answer open (a negation, a hedge, an
alternative, a turn: "Pneumonia, though atelectasis is possible." stays whole), what is dropped never names a second
label of its own in a list ("Consolidation, effusion."), and to a question asking for a measurement or for every
finding, the measurement and the other findings are the answer.
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.answers.asking import INTERROGATIVES, QUESTION_AUXILIARIES
from medstep.answers.text import NUMBER_WORDS
from medstep.answers.wordforms import DISEASE_ENDINGS, DISEASE_NOUNS
from medstep.answers.concepts import normalize, vocabulary
from medstep.extract import open_tailwords as tailwords
from medstep.extract.asked import negated
from medstep.extract.clauses import NORMAL_WORDS
from medstep.extract.findings_words import POSTED_DENIAL
from medstep.extract.implicit_words import IMAGE
from medstep.extract.langwords import FOREIGN_ORGAN_ASKED
from medstep.extract.open_span import renamed_otherwise
from medstep.extract.open_labels import (
    HOLDS, NO_OTHER, QUALIFIER_OPENING, TAIL_DENIAL, TAIL_HOLDS, VERB, WORD, denies_other, is_label, names_finding,
    words,
)
from medstep.lazyre import lazy_compile
from medstep.answers.sites import sites_in
from medstep.extract.concept_question import category_of
from medstep.extract.implicit_words import ORGAN_PARTS

# The most words of an organ's part after it ("upper outer quadrant").
_PART_WORDS = 4

# Questions whose answer is a measurement, and questions asking for every finding.
ASKS_MEASURE = lazy_compile(r"(?i)\b(?:how\s+(?:many|much|large|big|long|far|thick|wide|fast|old)|size|measure\w*|"
                             r"diameter|length|width|rate|angle|fraction|age|dose|level|volume|thickness|distance|"
                             r"score|grade|count|percentage|value|number|dimension\w*|degree|ratio|index|weight|"
                             r"heart\s+rate|speed|velocity|pressure)\b")
# Questions asking a property of a thing, not what or where it is: its measure (``ASKS_MEASURE``), "how" and an
# adjective ("How severe is the stenosis?", "How old is the fracture?"), or a property noun ("What is the chronicity
# / extent / shape / density / orientation of ...?", "What type of fracture is it?"). A reply naming the thing and
# declining the property ("Femoral fracture. I can't determine its age.") gives the subject, not the answer.
ASKS_PROPERTY = lazy_compile(r"(?i)\bhow\s+[a-z]+\s+(?:is|are|was|were|does|do|did|has|have)\b|\bhow\s+(?:severe|old|"
                             r"large|big|small|long|far|extensive|deep|dense|thick|wide|advanced|acute|chronic|high|"
                             r"bright|dark)\b|\b(?:chronicity|acuity|age|severity|extent|shape|morpholog\w*|density|"
                             r"attenuation|signal|intensity|echogenicity|echotexture|orientation|direction|contours?|"
                             r"margins?|borders?|texture|composition|consistency|colou?r|stage|staging|grade|grading|"
                             r"degree|classification|category|type|kind|sort|pattern|subtype|laterality|enhancement|"
                             r"number|count|amount|volume|size|dimensions?|configuration|distribution|severe|large|small|"
                             r"extensive|acute|chronic|old|new)\b")
_ASKS_ALL = lazy_compile(r"(?i)\b(?:findings|abnormalities|features|describe|list|all)\b")
# A question asking where: a place after a preposition may be its answer ("In the sigmoid colon.").
ASKS_PLACE = lazy_compile(r"(?i)^\W*where\b|\b(?:location|located|site|position|side|lobe|segment|which\s+part)\b")

# Where a label ends and what only qualifies it begins (:func:`_qualified`): a comma (no decimal one), semicolon, colon, opening
# parenthesis or spaced dash ("Hiatal hernia, small, ...", "Ascites: large volume", "Cardiomegaly (CTR 0.6)"), or a
# preposition opening a companion or a circumstance ("Atrial fibrillation with rapid ventricular response",
# "Fluoroscopy during a barium swallow"). Not "of" ("Tear of the ACL", "Osteochondral lesion of the talus" name
# their object) nor a place ("in the left MCA territory" may be part of the answer).
_BREAK = lazy_compile(r"(?i)(?P<mark>(?<!\s)\s*(?:[;:(]|(?<!\d),|,(?!\d))\s*|(?<!\s)\s+[—–-]\s+|(?<!\s)\s*—\s*)|(?<!\s)\s+(?P<prep>with|mit|avec|con|com|during|involving|"
                      r"affecting|predominantly|mainly|specifically|measuring)\s+|"
                      # a second item joined only to be denied: "Right pneumothorax and no pleural effusion"
                      r"(?<!\s)\s+(?P<denied>and|but)\s+(?=(?:no|without)\s)")
_WITH = frozenset({"with", "mit", "avec", "con", "com"})
# A side alone after the label names which one it is ("Pleural effusion, right"): part of the finding, kept.
_SIDE_ONLY = lazy_compile(r"(?i)^(?:left|right|left-sided|right-sided)$")
# A number in what follows: to a question asking a measure or a count, the answer ("Sinus bradycardia, 48 bpm").
_NUMBER = lazy_compile(r"(?i)\d|" + hedges.words(NUMBER_WORDS[1:], ("single",)))
# Words that make a parenthesis a qualifier rather than a name: a side, a part of an organ.
_QUALIFYING = lazy_compile(r"(?i)\b(?:left|right|bilateral|upper|lower|mid|middle|proximal|distal|anterior|posterior|"
                           r"medial|lateral|pole|segment|portion|part|third|aspect|shaft|zone|region|level|lobe|branch)\b")
# A place opening the label, to a question asking where: "In the liver (segment VI), ...".
_PLACE_HEAD = lazy_compile(r"(?i)^(?:in|at|within|inside|along)\s+the\s")
# A later dash or colon closing the sentence with a few words: the description goes on to its conclusion.
# (Words must be separated: an optional separator let one long word split many ways, backtracking as n^5.)
_LATER_CLOSE = lazy_compile(r"(?:\s[—–-]\s|—|(?<!\d):(?!\d))\s*[^\W_]+(?:[\s,.()'-]+[^\W_]+){0,5}[\s,.()'-]*$")
# A comma, then an article and a short name: an apposition renaming the label.
_APPOSITION = lazy_compile(r"(?i)^(?:an?|the)\s+[^\W_]+(?:[\s-]+[^\W_]+){0,2}[\s-]*[\s.!]*$")
# A verb in what follows a preposition: the sentence states something of its own ("... a collapsed colon indicate
# small bowel obstruction").
_TAIL_VERB = lazy_compile(VERB.pattern + r"|(?i:\b(?:indicates?|suggests?|represents?|means|confirms?|points?|"
                          r"favou?rs?|denotes?)\b)")
# A describing word ("tuberculous", "metastatic") opening a phrase that ends in the name of a disease or finding
# ("tuberculous lymphadenitis", "metastatic melanoma"): a second candidate, not a word qualifying the first.
_DESCRIBED_DISEASE = lazy_compile(r"(?i)^[a-z-]*(?:al|ic|ous)\s+(?:[\w-]+\s+){0,2}[a-z-]*(?:"
                                  + hedges.alternation(DISEASE_ENDINGS, DISEASE_NOUNS) + r")$")
# A participle governs the preposition after it ("filled with stones", "associated with"): no break there.
_PARTICIPLE_END = lazy_compile(r"(?i)[a-z]ed$")
# A tail that concludes names the answer itself ("..., consistent with metastases"): :func:`concluded` reads it.
_TAIL_CONCLUDES = lazy_compile(r"(?i)\b(?:consistent|compatible|keeping|typical|characteristic|diagnostic|"
                               r"representing|represents|i\.e\.|so|therefore|thus|hence|due\s+to|caused\s+by|"
                               r"secondary\s+to)\b")
# A list of short items joined by commas and a last "and" ("T12, L1 and L3", "the left 4th, 5th and 6th").
# A list of describing words only ("dorsally angulated and impacted"): how the label is, not a second item.
_DESCRIBING_ONLY = lazy_compile(r"(?i)^(?:(?:[a-z-]+(?:ed|ly)|and)(?:\s*,\s*|\s+|[\s.!]*$))+$")
_COORDINATE = lazy_compile(r"(?i)^(?:[^,;:()]{1,30},\s*)*[^,;:()]{1,30}\s+(?:and|&)\s+[^,;:()]{1,30}[\s.!]*$")
# The next item of a list after a comma: up to the next mark or "and".
_NEXT_ITEM = lazy_compile(r"(?i)^([^,;:()—–]+?)(?=\s*(?:[,;:()—–]|\s-\s|\band\b|$))")
_ITEM_WORDS = 3
# A parenthesis closing the label: what follows its ")" is a mark or the end ("Liver (segment VI), ...").
_PAREN_CLOSES = lazy_compile(r"^[^()]*\)\s*(?:[,;:.!—–]|\s-\s|$)")
# The noun a question asks about ("Which eye is shown?" asks an eye).
ASKED_NOUN = lazy_compile(r"(?i)^\W*(?:which|what)\s+(?:(?:kind|type|sort)\s+of\s+)?(?!is\b|are\b|does\b|do\b)([a-z-]+)")
# What a label ending at a break cannot hold: the writer or a pointer ("I'm unable to identify ...", "Looking at
# the image"), an infinitive, a word of seeing ("Target sign seen in ..."), a verb-like word the verb list above
# leaves out ("requires", "arising"), or a courtesy ("Sorry, ...").
_NOT_LABEL = lazy_compile(r"(?i)\b(?:i|i'm|i’m|we|you|it|its|they|he|she|there|this|that|these|those|my|our|your|to|"
                          r"unable|sorry|please|one|requires?|required|remember|arises?|[a-z]+ing)\b|"
                          + hedges.words(negation.SEEN, negation.SEEN_RARE))
# A place closing a label: its preposition and a few words ending in a noun ("in the right lower quadrant").
_ASKED_PLACE_TAIL = lazy_compile(r"(?i)(?<=\w)\s+(?:in|within|at|on|of|over|along|beneath|inside)\s+(?:the\s+)?"
                                 r"(?:[\w-]+\s+){0,3}?(?P<noun>[a-z][\w-]*)[\s.!]*$")
_STEM = 5
# A place closing a label after a preposition of place (not "of"), and the questions asking which structure or part.
_PLACE_TAIL = lazy_compile(r"(?i)(?<=\w)\s+(?:in|at|within|on|over|beneath|along|inside|involving)\s+(?:the\s+)?"
                           r"(?P<place>(?:[\w-]+\s+){0,4}?[a-z][\w-]*)[\s.!]*$")
_ASKS_PART = lazy_compile(r"(?i)\b(?:which|what)\s+(?:[\w-]+\s+)?(?:bone|organ|structure|vessel|artery|vein|part|joint|"
                          r"muscle|tendon|ligament|level|segment|lobe|side|region|quadrant|compartment|chamber|valve|"
                          r"nerve|space|territory|area|site)\b|"
                          + FOREIGN_ORGAN_ASKED)  # the same of an organ in other languages ("¿Qué órgano ...?")
# A label that is only the image ("a chest x-ray", "an axial CT"), and a question asking about the image itself.
_IMAGE_HEAD = lazy_compile(r"(?i)^(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?(?:x-?ray|radiograph|film|ct|mri|scan|image|"
                           r"ultrasound|sonogram|view|mammogram|angiogram)$")
_ASKS_IMAGE = lazy_compile(r"(?i)\b(?:modality|technique|imaging|type\s+of\s+(?:image|scan|study)|view|plane|"
                           r"projection|sequence|body\s+part|region|how\s+was)\b")
_SIDE_WORDS = frozenset({"right", "left", "side", "sided", "bilateral", "both", "sides", "right-sided", "left-sided"})
# A question asking the type of a thing ("What type of fracture is this?"), and a site after the typed thing, "of"
# included: the type is the answer, the site is not.
_ASKS_TYPE = lazy_compile(r"(?i)\b(?:type|kind|sort|pattern|form)\s+of\s+([a-z][\w-]*)")
_TYPED_TAIL = lazy_compile(r"(?i)(?<=\w)\s+(?:of|in|at|within|on|involving|through|across)\s+(?:the\s+)?"
                           r"(?:[\w-]+\s+){0,4}?[a-z][\w-]*[\s.!]*$")
# Finding nouns that say little without their site: the place is part of what they name.
_UNSPECIFIC = frozenset({"mass", "masses", "lesion", "lesions", "nodule", "nodules", "opacity", "opacities", "infarct",
                         "infarcts", "infarction", "tube", "line", "catheter", "collection", "density", "densities",
                         "lucency", "abnormality", "focus", "area", "tumour", "tumor", "fracture", "fractures",
                         "thickening", "enlargement", "narrowing", "occlusion", "thrombus", "haemorrhage", "hemorrhage",
                         "bleed", "defect", "calcification", "calcifications", "consolidation", "shadow", "signal",
                         "hyperintensity", "hypodensity", "enhancement", "change", "changes", "stone", "stones",
                         "calculus", "calculi", "cyst", "cysts", "air", "gas", "fluid", "oedema", "edema", "device", "ulcer",
                         "ulcers", "ulceration", "stricture", "perforation", "obstruction"})
_PREP_OPENING = lazy_compile(r"(?i)^(?:in|at|on|of|with|without|within|from|to|over|under|along|near|around|through|"
                             r"throughout|involving|affecting|measuring)\b")


def asks_part(question: str) -> bool:
    """Whether ``question`` asks which part, structure or organ ("Which lobe is affected?")."""
    return _ASKS_PART.search(question) is not None


def _spans_break(text: str, at: int) -> bool:
    """Whether a term of the vocabulary runs across position ``at`` of ``text`` ("Coarctation of the aorta",
    "Tetralogy of Fallot"): the label goes on past it."""
    low = normalize(text)
    if len(low) != len(text):
        return False  # positions of the normalised text are not the text's own: cut nowhere inside a term unseen
    return any(m.start < at < m.end for m in vocabulary().mentions(low))


def _asked_in(tail: str, question: str) -> bool:
    """Whether what follows speaks of the very noun the question asks about ("This is a fundus photograph of the
    right eye: ..." to "Which eye is shown?"): the tail holds the answer."""
    asked = ASKED_NOUN.match(question)
    if asked is None or len(asked.group(1)) < 3:
        return False
    stem = asked.group(1).lower()[:5]
    return any(w.lower().startswith(stem) for w in WORD.findall(tail))


def _renames(inside: str) -> bool:
    """Whether a parenthesis holding ``inside`` gives the label another name ("(goiter)", "(os trigonum)",
    "(lymphadenopathy)"): a few words, none a number, a side, a part of an organ or a denial ("(CTR 0.6)", "(right
    temporal)", "(segment VI)", "(not the caudate)" only qualify it)."""
    return (words(inside) <= _ITEM_WORDS and _NUMBER.search(inside) is None and _QUALIFYING.search(inside) is None
            and TAIL_DENIAL.search(inside) is None)


def _first_item(tail: str) -> str:
    item = _NEXT_ITEM.match(tail.strip())
    return item.group(1) if item is not None else tail


def _lists_another(tail: str) -> bool:
    """Whether what follows a comma is a second item of a list naming a finding or a part of the body of its own
    ("Pneumothorax, rib fractures.", "Liver, spleen and kidneys"), not a word qualifying the first ("small",
    "lateral view")."""
    if _COORDINATE.match(tail.strip()) is not None:
        return _DESCRIBING_ONLY.match(tail.strip()) is None  # "dorsally angulated and impacted" qualifies
    item = _NEXT_ITEM.match(tail.strip())
    if item is None or _PREP_OPENING.match(item.group(1)) is not None or words(item.group(1)) > _ITEM_WORDS:
        return False
    return bool(vocabulary().mentions(normalize(item.group(1))))


# Words of a question that ask rather than name what is asked ("Which organ is enlarged?": "enlarged" is asked): its
# interrogatives and auxiliaries (``answers/asking.py``), the image's words (``implicit_words.IMAGE``), a likelihood
# asked ("most likely") and the pointers at the image. Not the finding nouns of ``open_subject``'s pointers: "Which
# organ shows an abnormality?" asks "abnormality", which "Spleen - no abnormality." denies.
_ASKING = frozenset((*INTERROGATIVES, *QUESTION_AUXILIARIES, *hedges.LIKELY_WORDS, *negation.SEEN_RARE, "most", "show",
                     "shows", "there", "this", "that", "these")) | IMAGE


_DENIED_WORDS = 4  # "not enlarged", "not markedly enlarged", "no sign of enlargement"


def _denies_asked(tail: str, question: str) -> bool:
    """Whether ``tail`` is nothing but a denial of a word the question asks of its answer, in a few words ("Spleen -
    not enlarged." to "Which organ is enlarged?"): the label is named to say it lacks what is asked. Not a denial
    inside a longer description ("... without a separate mass, which fits the age")."""
    found = TAIL_DENIAL.match(tail.strip(" *_"))
    said = WORD.findall(tail)
    if found is None or len(said) > _DENIED_WORDS:
        return False
    asked = {w.lower()[:5] for w in WORD.findall(question) if len(w) > 3 and w.lower() not in _ASKING}
    return said[-1].lower()[:5] in asked  # the asked word is what is denied ("not enlarged", not "not enlarged lungs")


# A question asking for what lacks a property ("Which organ is not enlarged?", "What finding is absent?", "Which
# organ is spared?"): a label with a denial after it names the answer, as asked. A negation in the question
# (``asked.negated``) or a word of a part spared or normal (``clauses.NORMAL_WORDS``) or ruled out.
_ASKS_SPARED = lazy_compile(r"(?i)\b" + NORMAL_WORDS + "|" + hedges.words(negation.EXCLUDED))


def _asks_lack(question: str) -> bool:
    """Whether ``question`` asks for what lacks a property (see ``_ASKS_SPARED``)."""
    return negated(question) or _ASKS_SPARED.search(question) is not None


def _qualified(text: str, question: str) -> str:
    """``text`` cut to the label it opens with, when a mark or a preposition ends that label and what follows only
    qualifies it (see :data:`_BREAK`): it holds no alternative, doubt or conclusion, denies only other things, and
    is no second item of a list. To a question asking where, a place after a preposition may be the answer: only
    marks, "with" and "without" end the label there."""
    found = _BREAK.search(text)
    if found is None or found.start() == 0:
        return text
    head, tail = text[:found.start()].strip(), text[found.end():]
    prep = (found.group("prep") or "").lower()
    if not is_label(head) or _NOT_LABEL.search(head) is not None or not WORD.search(tail) \
            or _spans_break(text, found.start() + 1):
        return text
    prep = "with" if prep in _WITH else prep
    if prep == "with" and _IMAGE_HEAD.search(head) is not None and _ASKS_IMAGE.search(question) is None \
            and is_label(tail) and TAIL_HOLDS.search(tail) is None:
        return tail  # "A chest x-ray with a pacemaker." to "What does the image show?": the image holds the answer
    place = ASKS_PLACE.search(question) is not None
    if _PARTICIPLE_END.search(head) or (_PREP_OPENING.match(head) is not None
                                        and not (place and _PLACE_HEAD.match(head) is not None)) \
            or _asked_in(tail, question):
        return text  # "Displaced, comminuted ...", "On re-review of the labels, ...", "... of the right eye" to "Which eye?"
    if place and ((prep and prep != "with") or _PREP_OPENING.match(tail.strip()) is not None):
        return text  # "Distal left ureter, at the ureterovesical junction." to "Where is the stone?"
    mark = (found.group("mark") or "").strip()
    if mark == ":" and not vocabulary().mentions(normalize(head)) and not _asked_in(head, question):
        return text  # "Diagnóstico: neumonía": a field's name, or a label neither the vocabulary nor the question vouches for
    if mark == "(" and (_PAREN_CLOSES.match(tail) is None or _renames(tail.split(")", 1)[0])
                        or renamed_otherwise(tail.split(")", 1)[0], head)):
        return text  # "Reversed halo (atoll) sign": inside the label; "Accessory ossicle (os trigonum)": its name;
        # "Left pneumothorax (right pneumothorax)": another one, kept for the grader (``open_span.renamed_otherwise``)
    if _SIDE_ONLY.match(_first_item(tail).strip()) is not None or (ASKS_MEASURE.search(question) and _NUMBER.search(tail)):
        return text
    if mark in ("—", "–", "-") \
            and words(_first_item(tail)) <= _ITEM_WORDS and names_finding(_first_item(tail)):
        return text  # "Enlarged thyroid (goiter).": the tail renames the label
    if _LATER_CLOSE.search(tail) is not None or (prep and _TAIL_VERB.search(tail) is not None):
        return text  # "... with honeycombing and traction bronchiectasis: pulmonary fibrosis.": it goes on to conclude
    if mark == "," and _APPOSITION.match(tail) is not None:
        return text  # "An accessory ossicle, an os trigonum": the second names the first
    if mark in (",", ";") and QUALIFIER_OPENING.match(tail.strip()) is None \
            and not (mark == ";" and _TAIL_VERB.search(tail) is not None):
        return text  # "Lymphocytes, plasma cells": a second item, not a word qualifying the first ("; it should ..." is a statement)
    if TAIL_HOLDS.search(NO_OTHER.sub(" ", tail)) is not None or _TAIL_CONCLUDES.search(tail) is not None \
            or not denies_other(tail, head) or (not _asks_lack(question) and (
                POSTED_DENIAL.match(tail) is not None or _denies_asked(tail, question))):
        return text  # ... or "Pneumothorax - not seen.", "Spleen - not enlarged.": the label named to be denied
    if TAIL_DENIAL.match(tail.strip()) is not None:
        return head  # "Cardiomegaly; no effusion.": another thing denied, not a second candidate
    if mark in (",", ";") and (_DESCRIBED_DISEASE.match(_first_item(tail).strip()) is not None
                               or names_finding(_first_item(tail))):
        return text  # "Sarcoidosis, tuberculous lymphadenitis.", "Lymphoma; metastatic melanoma": two candidates
    if found.group("mark") and found.group("mark").strip() in (",", ";") and _lists_another(tail):
        return text
    if place and mark in (",", "—", "–", "-") and _part_of(head, _first_item(tail)):
        return text  # "Right lung, lower lobe" to "Where ...?": the organ, then the part of it that answers
    return head


def _part_of(organ: str, part: str) -> bool:
    """Whether ``organ`` names only anatomy of the vocabulary ("Right lung", "Left kidney") and ``part`` a part of an
    organ ("lower lobe", "upper pole", the site table's "frontal lobe") naming no finding: a reply to a question asking
    where that gives the organ and then, after a comma or a dash, the part of it, answers with both (session 59:
    "Right lung, lower lobe" was cut to "right lung")."""
    found = vocabulary().mentions(normalize(organ))
    if not found or any(category_of(m) != "anatomy" for m in found) or names_finding(part) or words(part) > _PART_WORDS:
        return False
    said = WORD.findall(part.lower())
    return bool(said) and (said[-1] in ORGAN_PARTS or bool(sites_in(" ".join(said))))


def trimmed(sentence: str, question: str, qualify: bool = True) -> str:
    """``sentence`` without the words after its label that only qualify it (see module docstring); with
    ``qualify`` false, only the reason, measurement, clause and part tails are dropped (not :func:`_qualified`)."""
    text = sentence.strip().rstrip(".!")
    if _ASKS_ALL.search(question) is not None:
        return text
    setting = tailwords.SETTING_TAIL.search(text)
    if setting is not None and setting.start() > 0 and is_label(text[:setting.start()]):
        text = text[:setting.start()]  # "Scaphoid fracture seen on this X-ray."
    found = tailwords.DENIED_TAIL.search(text)
    if found is not None and found.start() > 0 and tailwords.DENIED_HOLDS.search(text[found.start():]) is None:
        text = text[:found.start()]  # "..., and no other stones are seen": everything else denied
    patterns = [tailwords.REASON_TAIL, tailwords.CLAUSE_TAIL, tailwords.PART_TAIL]
    if ASKS_MEASURE.search(question) is None:
        patterns.insert(1, tailwords.MEASURE_TAIL)
    if ASKS_PLACE.search(question) is None and _ASKS_PART.search(question) is None:
        patterns.insert(1, tailwords.PARTICIPLE_TAIL)
    for pattern in patterns:
        found = pattern.search(text)
        if found is not None and found.start() > 0:
            head, tail = text[:found.start()], text[found.start():]
            if pattern is tailwords.PART_TAIL and ASKS_PLACE.search(question) is not None \
                    and _part_of(head, tail.strip(" ,.!")):
                continue  # "Right lung, lower lobe" to "Where ...?": the part answers where (:func:`_part_of`)
            concludes = _TAIL_CONCLUDES.search(tail)
            if (concludes is not None and names_finding(tail[concludes.end():]) and not asks_part(question)) or (
                    not text[found.start():].lstrip().startswith(",") and words(head) < 2
                    and not vocabulary().mentions(normalize(head))):
                continue  # "..., consistent with metastases" names the answer; "Here because ..." names nothing
            held = HOLDS.search(tail) is not None and not (
                pattern is not tailwords.MEASURE_TAIL and TAIL_HOLDS.search(NO_OTHER.sub(" ", tail)) is None
                and denies_other(tail, head))  # "..., which causes no duct dilatation": said of another thing
            if is_label(head) and not held:
                text = head
    return _without_place(_without_asked_place(_qualified(text, question), question), question) if qualify else text


def _without_place(text: str, question: str) -> str:
    """``text`` without the place closing it ("Diverticula in the sigmoid colon", "Acute subdural haematoma over the
    right convexity") when the label before it names a specific finding of the vocabulary and the question asks what,
    not where or which part: the finding is the answer, its site a detail. The place stays after a finding that is
    unspecific without its site ("Mass in the left lung", "Acute infarct in the left MCA territory", "Fracture in
    ..."), after "of" (it names: "Coarctation of the aorta", "Osteochondral lesion of the talus"), when the place
    names a finding itself or holds a number, and to a question asking where, which structure or which part."""
    typed = _ASKS_TYPE.search(question)
    if typed is not None:
        found = _TYPED_TAIL.search(text)
        if found is not None and is_label(text[:found.start()]) and TAIL_HOLDS.search(found.group()) is None \
                and WORD.findall(text[:found.start()])[-1].lower()[:_STEM] == typed.group(1).lower()[:_STEM]:
            return text[:found.start()]  # "A transverse fracture of the radial shaft." to "What type of fracture ...?"
    found = _PLACE_TAIL.search(text)
    if found is None or ASKS_PLACE.search(question) is not None or _ASKS_PART.search(question) is not None:
        return text
    head, place = text[:found.start()], found.group("place")
    sides = {w.lower() for w in WORD.findall(place)}
    if not sides - _SIDE_WORDS:  # "Pneumothorax on the right side": the side is part of the finding, unless said twice
        said = {w.lower() for w in WORD.findall(head.replace("-", " "))} & {"left", "right"}
        return head if said and said == sides & {"left", "right"} else text
    last = WORD.findall(head)[-1].lower() if WORD.search(head) else ""
    if (not is_label(head) or _NOT_LABEL.search(head) is not None or last in _UNSPECIFIC or names_finding(place)
            or _NUMBER.search(place) is not None or VERB.search(place) is not None or HOLDS.search(place) is not None
            or not names_finding(head) or _spans_break(text, found.start() + 1)):
        return text
    return head


def _without_asked_place(text: str, question: str) -> str:
    """``text`` without a place closing it that the question already names ("An appendicolith in the right lower
    quadrant." to "What is shown in the right lower quadrant?", "Spiral fracture of the femur" to "What fracture of the
    femur is this?"): the question said where, so the place adds nothing to the answer. To a question asking where,
    or when the question names no such place ("Acute infarct in the left MCA territory" to "What is the finding?"),
    the place stays."""
    found = _ASKED_PLACE_TAIL.search(text)
    if found is None or ASKS_PLACE.search(question) is not None:
        return text
    head = text[:found.start()]
    noun = found.group("noun").lower()[:_STEM]
    asked = {w.lower()[:_STEM] for w in WORD.findall(question) if len(w) > 2}
    if noun not in asked or not is_label(head) or _NOT_LABEL.search(head) is not None or _spans_break(text, found.start() + 1):
        return text
    return head


__all__ = ["ASKS_PROPERTY", "asks_part", "trimmed"]
