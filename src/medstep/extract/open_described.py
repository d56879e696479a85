"""An open reply that only DESCRIBES the image, so answers nothing (issue #7, lane opendesc48: a description is not a
decision).

On held-out replies a third of the open no-answer items were read as answers because a generic description was taken
for one: "The radiograph displays the thorax, including both lung fields and the ribs." to "What abnormality is
present?" read as its whole text, "Lungs: clear. Heart: normal. Bones: intact." to "Where is the lesion?" read as
"lungs", "The mass lies adjacent to the stomach and posterior to the pancreas." to "Which organ contains the mass?"
read as the stomach. An answer comes from a sentence that ANSWERS: one naming a finding, a number, a value of the
asked kind affirmed (``extract/open_kind.py``). A reply none of whose sentences does is a description:

* to a question asking what is there (a finding, an abnormality, a diagnosis: ``open_decision.ASKS_WHAT``, no place
  or kind asked), every sentence is the image toured: its vocabulary mentions are anatomy and modality only
  (``answers/concepts.tsv``) and its other words frame a description (``open_decision``'s generic and vague words,
  ``answers/image_words``' DESCRIPTION and TOUR words), or it asks (the question restated) or instructs;
* to a question asking a place (where, which organ, lobe, side ...), every sentence calls the structures it names
  normal (a checklist: "Heart: normal. Lungs: clear."; the vocabulary's normal phrases and ``clauses.NORMAL_WORDS``)
  or is the image named ("This is a chest film."), with no finding, number or other word;
* to a question asking an organ or a region (``open_kind.asked_kind``), the only values named are set aside:
  landmarks ("adjacent to the stomach", ``answers/landmarks.py``), denied or called normal
  (``open_kind.landmarks_only``).

A reply may also describe or teach in sentences none of those frames knows (issue #7, session 56 lane tour56: "I
will describe what I see: there are some areas that are brighter ...", "Hematoxylin stains nuclei blue-purple ...
Pathologists usually assess the architecture at low power first."). :func:`nothing_found` reads its structure
instead of its wording: to a question asking what is there, every sentence names no finding (no concept of the
vocabulary but anatomy and modality, no abnormal or normal state, no disease-shaped word, no negation, no word of
conclusion) and either names the image, looks at it without a finding, or teaches in general (a habit word, a bare
subject doing what its class does, a pronoun going on about a technique, ``open_generic.general_statement``); the
reply says it only describes ("I will describe ...") or teaches at least once, and its lessons name no finding or
several (one finding named in a lesson may be how the reply gives its answer: "Osteosarcomas typically arise in the
metaphysis.").

Nothing here reads an answer; it only says none was given (``unparsed``). Used by ``extract/open_reader.py`` on the
unmarked open path, after the readers of a decision (``open_decision.undecided``, ``open_tour``) and before the
readers that narrow a text to its answer.
"""

from __future__ import annotations

from medstep.answers.concepts import Mention, MentionKind, normalize, vocabulary
from medstep.answers import hedges, negation
from medstep.answers.image_words import DESCRIPTION, SEEN, TOUR
from medstep.answers.wordforms import DISEASE_ENDINGS, DISEASE_NOUNS
from medstep.answers.text import HAN, NUMBER_WORDS
from medstep.extract import open_decision, open_generic, open_kind, open_tour
from medstep.extract.affirmed_aside import fragment
from medstep.extract.clauses import NORMAL_WORDS
from medstep.extract.foreign_terms import foreign_text
from medstep.extract.concept_question import category_of, residual_words
from medstep.extract.open_definition import goes_on, goes_on_organ
from medstep.extract.open_template import instructs
from medstep.extract.open_unanswered import ASKS_SIDE
from medstep.extract.open_tails import ASKS_PLACE
from medstep.lazyre import lazy_compile
from medstep.types import Status

# A sentence end, a line end, or a checklist's field ending in a stop ("Heart: normal. Lungs: clear.").
_SENTENCES = lazy_compile(r"(?<=[.!?;])\s+|\n+")
_WORD = lazy_compile(r"[a-z]+")
_DIGIT = lazy_compile(r"\d")
# The most words of a toured sentence outside the vocabularies, and the endings of a finding's or a state's adjective.
_UNKNOWN = 4
_STATE_ENDINGS = ("ed", "ing", "ous", "ic", "er", "ers", "est", "ity", "ities", "ness", "ent", "ant")
_NEGATED = lazy_compile(r"(?i)\b(?:" + negation.alternation(negation.DENY, negation.NONE, negation.ABSENT) + r")\b")
# A vertebral level ("L1 to S1", "C5-C6"): anatomy, not a number said.
_LEVEL = lazy_compile(r"\b[CTLS]\d{1,2}\b")
# The longest reply read and the most sentences: a description is short; a long reply says more than it tours.
_MAX = 700
_MOST = 8
# Words of a checklist beside its structures and their normal states ("Heart: normal size.", "Lungs are clear
# bilaterally.", "No acute abnormality.").
_CHECKLIST = frozenset({"bilaterally", "bilateral", "both", "sides", "size", "limits", "within", "throughout", "overall",
                        "otherwise", "appear", "appears", "look", "looks", "seem", "seems", "remain", "remains", "is",
                        "are", "the", "and", "all", "also", "in", "of", "with", "no", "acute", "overview"})
_NORMAL = lazy_compile(r"(?i)\b" + NORMAL_WORDS)
# A finding denied right before it, in a checklist line ("Bones: no fracture.", "Pleura: without effusion.").
_DENIED_BEFORE = lazy_compile(r"(?i)(?:^|[:,]\s*|\s)(?:" + negation.alternation(negation.DENY) + r")\s+(?:\w+\s+)?$")
# A finding's distribution or prominence: structures seen "bilaterally" or "prominent" are a finding's spread, no
# inventory ("Hilar lymph nodes are visible bilaterally.").
_DISTRIBUTION = frozenset({"bilaterally", "bilateral", "scattered", "prominent", "numerous", "innumerable"})
# The nouns that stand for the finding asked: a sentence placing one places the finding ("The abnormality is in the
# right lung on this radiograph."), whatever modality it names besides.
_FINDING_NOUNS = frozenset({"abnormality", "abnormalities", "finding", "findings", "pathology", "lesion", "lesions",
                            "abnormal"})
# A question asking the plane, the modality or the image's kind: its answer is a description word.
_ASKS_MAKING = lazy_compile(r"(?i)\b(?:plane|modality|view|projection|sequence|technique|imaging|stain\w*|weighted|"
                            r"window|contrast|type\s+of\s+(?:image|scan|study)|kind\s+of\s+(?:image|scan|study))\b")
# A question asking a number, a size or how something looks: a description may answer it.
# ... of which one asking an amount (a size, a number, a measurement): a reply with no number said none.
_ASKS_AMOUNT = lazy_compile(r"(?i)\bhow\s+(?:many|much|large|big|long|wide)\b|\b(?:size|number|count|measure\w*|dimensions?|"
                            r"diameter)\b")
_AMOUNT = lazy_compile(r"(?i)\d|\b(?:" + "|".join(NUMBER_WORDS) + r"|both|single|solitary|pair|half|dozens?|several|multiple|"
                       r"numerous|few)\b")
_ASKS_OTHER = lazy_compile(r"(?i)\bhow\s+(?:many|much|large|big|long|wide)\b|\b(?:size|number|count|measure\w*|colou?r|"
                           r"shape|density|signal|intensity|normal)\b")


def described_only(region: str, question: str) -> bool:
    """Whether the unmarked open reply ``region`` only describes the image, answering nothing of ``question``
    (module docstring)."""
    text = region.strip()
    if not text or len(text) > _MAX or HAN.search(text) or HAN.search(question):
        return False
    if _ASKS_MAKING.search(question) or (_ASKS_OTHER.search(question) and _ASKS_AMOUNT.search(question) is None):
        return False
    sentences = [s.strip() for s in _SENTENCES.split(text) if _WORD.search(s.lower())]
    if not sentences or len(sentences) > _MOST:
        return False
    said = _unsilent(sentences, question)
    if _ASKS_AMOUNT.search(question) is not None:
        # "What is the size of the mass?" - "The image is a CT scan of the abdomen. CT scans use X-rays ...": no value
        # is said where every sentence is silent or names the image, with no number anywhere (a size word, "The nodule
        # is small.", is no silent sentence)
        return len(sentences) > 1 and _AMOUNT.search(text) is None and all(_names_image(s) for s in said)
    if not said:  # every sentence asks, instructs, defers or names only the image: two at least (one is read before)
        return len(sentences) > 1
    if any(_DIGIT.search(_LEVEL.sub(" ", s)) for s in said):
        return False  # a number is a value said ("measures 11 cm", "three nodules")
    if open_kind.asked_kind(question) is not None:
        return open_kind.landmarks_only(text, question)
    if ASKS_PLACE.search(question) or ASKS_SIDE.search(question) or open_decision.ASKS_SITE.search(question):
        return all(_checked_normal(s) or _names_image(s) or _visible(s, placing=True) for s in said)
    if open_decision.ASKS_WHAT.search(question) is None or (open_decision.ASKS_MARK.search(question) is not None
                                                            and open_decision.ASKS_DISEASE.search(question) is None):
        return False  # no finding asked, or the structure a mark points at ("What is shown by the arrow?")
    return all(_toured(s, len(sentences) > 1) or _visible(s) for s in said)


def nothing_found(region: str, question: str) -> bool:
    """Whether the unmarked open reply ``region`` only describes the image or teaches in general, naming nothing of
    this case, to a ``question`` asking what is there (module docstring)."""
    text = region.strip()
    if not text or len(text) > _MAX or HAN.search(text) or HAN.search(question) or "\n" in text:
        return False
    if foreign_text("".join(c for c in text if c.isascii() or c.isalpha())):
        return False  # its lessons and descriptions are read in English shapes: "Il s'agit d'un schwannome." is no lesson
    if open_decision.ASKS_WHAT.search(question) is None or _ASKS_MAKING.search(question) \
            or _ASKS_OTHER.search(question) or ASKS_PLACE.search(question) or ASKS_SIDE.search(question) \
            or open_kind.asked_kind(question) is not None:
        return False
    sentences = [s.strip() for s in _SENTENCES.split(text) if _WORD.search(s.lower())]
    if len(sentences) < 2 or len(sentences) > _MOST:
        return False
    taught: set[str] = set()
    announced = sum(_ANNOUNCES.search(s) is not None for s in sentences)
    lessons = 0
    before = False
    for sentence in sentences:
        lesson = open_generic.class_lesson(sentence, before)
        if lesson:
            lessons += 1
            taught |= _findings_named(sentence)
        elif not _finding_free(sentence, _ASKS_CASE.search(question) is None, announced > 0):
            return False
        before = lesson
    return (announced > 0 or lessons > 0) and len(taught) != 1


def _findings_named(sentence: str) -> set[str]:
    """The concepts of the vocabulary other than anatomy and modality ``sentence`` names."""
    return {m.concept for m in vocabulary().mentions(normalize(sentence))
            if m.kind is MentionKind.CONCEPT and category_of(m) not in ("anatomy", "modality")}


def _finding_free(sentence: str, what_is_there: bool = False, describing: bool = False) -> bool:
    """Whether ``sentence`` names nothing of a finding: its vocabulary mentions are anatomy and modality only, and it
    holds no disease-shaped word, number, negation, finding noun or word of conclusion (it may only name the image,
    announce a description or say how the image looks: "The edges of the image are black."); a structure it names is
    only in view (the image named, a tour), never said to be in a state ("The right lower lobe is white."); a name
    standing alone with no verb and no modality ("Perthes.") is a claim unless the reply said it would describe
    (``describing``: "Bright and dark areas." is then a description), and so, to a question asking what is there
    (``what_is_there``), is a structure or what the image is said to show ("It shows a peripheral nerve.")."""
    low = normalize(sentence)
    found = vocabulary().mentions(low)
    if any(m.kind is not MentionKind.CONCEPT or category_of(m) not in ("anatomy", "modality") for m in found):
        return False
    if not any(category_of(m) == "modality" for m in found) and (
            fragment(sentence) and not describing
            or what_is_there and (_SHOWN.search(sentence) is not None or any(category_of(m) == "anatomy" for m in found))):
        return False  # a name standing alone ("Perthes.", "Here: Kartagener."); to "What is seen?" a structure, or what
        # is shown ("Hyaline cartilage.", "It shows a peripheral nerve.")
    if any(category_of(m) == "anatomy" for m in found) and not (
            open_decision.describes_image(sentence, "What is the abnormality?") or _toured(sentence, True)
            or _visible(sentence)):
        return False  # a structure said to be in some state ("The right lower lobe is white."): a claim of the case
    words = _WORD.findall(low)
    return not any(w in DISEASE_NOUNS or (w.endswith(DISEASE_ENDINGS) and len(w) > 5) for w in words) \
        and _FINDING_NOUNS.isdisjoint(words) and _DIGIT.search(_LEVEL.sub(" ", sentence)) is None \
        and _NEGATED.search(low) is None and _CONCLUDES.search(sentence) is None


def _unsilent(sentences: list[str], question: str) -> list[str]:
    """The sentences that are not silent (:func:`_silent`), a sentence going on by its pronoun about the technique or
    organ a silent sentence before it stated in general ("CT scans use X-rays ... They are helpful for evaluating
    masses.", ``open_definition.goes_on``) counted silent with it."""
    said: list[str] = []
    before = False
    for sentence in sentences:
        quiet = _silent(sentence, question) or (before and (goes_on(sentence) or goes_on_organ(sentence)))
        if not quiet:
            said.append(sentence)
        before = quiet
    return said


def _silent(sentence: str, question: str) -> bool:
    """A sentence that says nothing of the image's findings: it restates or asks the question, instructs how to answer
    it, or is one ``open_decision.undecided`` reads as no decision on its own (the image named, a generic statement, a
    deferral)."""
    if sentence.rstrip().endswith("?") or open_decision.echoes_question(sentence, question) \
            or instructs(sentence, question):
        return True
    return open_decision.undecided(sentence, question) in (Status.UNPARSED, Status.REFUSED)


def _visible(sentence: str, placing: bool = False) -> bool:
    """Structures said to be visible ("The paraspinal muscles are seen posteriorly.", "The vertebral bodies are
    visible along with the spinal canal."): ``open_tour``'s inventory frames, naming anatomy only and no word shaped
    like a finding's. To a question asking where (``placing``), a structure seen IN a place is that place said
    ("Increased uptake is seen in the right sacroiliac joint."): no inventory."""
    text = _LEVEL.sub(" ", sentence)
    return open_tour.inventory(text, placing) and not any(_finding_like(w) for w in _unknown(text))


def _unknown(sentence: str) -> list[str]:
    """The words of ``sentence`` outside the vocabulary's mentions and the words of a description."""
    low = normalize(sentence)
    return residual_words(low, [(m.start, m.end) for m in vocabulary().mentions(low)], _TOUR_WORDS)


def _toured(sentence: str, lenient: bool = False) -> bool:
    """Every vocabulary mention of ``sentence`` is anatomy or modality, and every other word frames a description;
    or, ``lenient`` (a sentence of a tour of two or more), built on a verb of what is in view (``image_words.SEEN``)
    beside a structure or the image named, it leaves at most :data:`_UNKNOWN` words outside the vocabularies (a
    structure they lack: "The pectoral muscle is visible in the upper part."), none shaped like a finding's word
    (:func:`_finding_like`)."""
    low = normalize(sentence)
    found = vocabulary().mentions(low)
    named = {m.concept for m in found if m.kind is MentionKind.CONCEPT}
    if any(not _state_elsewhere(m, named) and (m.kind is not MentionKind.CONCEPT
                                                or category_of(m) not in ("anatomy", "modality")) for m in found):
        return False
    rest = residual_words(low, [(m.start, m.end) for m in found], _TOUR_WORDS)
    if not rest:
        return True
    return lenient and bool(found) and not SEEN.isdisjoint(_WORD.findall(low)) and len(rest) <= _UNKNOWN \
        and not any(_finding_like(w) for w in rest) and _NEGATED.search(low) is None


def _state_elsewhere(mention: Mention, named: set[str]) -> bool:
    """Whether ``mention`` is a normal state of organs of its own none of which the sentence names (``named``): "in
    the central part of the abdomen" places the bowel loops; "central" would call the trachea normal, and the trachea
    is not there. A normal word of no organ ("normal", "unremarkable") states the sentence's own structures normal."""
    return mention.kind is MentionKind.NORMAL and bool(mention.organs) and mention.organs.isdisjoint(named)


def _finding_like(word: str) -> bool:
    """A word shaped like a finding's or a state's (a disease's ending or noun, an adjective of density, texture or
    degree: "-ed", "-ing", "-ous", "-ic", "-er", "-ity"), or a word of a finding's spread ("bilateral", "scattered").
    By shape only: a state word of another shape ("clear") is not one here."""
    return word in DISEASE_NOUNS or (word.endswith(DISEASE_ENDINGS) and len(word) > 5) \
        or word.endswith(_STATE_ENDINGS) or word in _DISTRIBUTION


def _names_image(sentence: str) -> bool:
    """A sentence naming the image: a modality mention with description words only."""
    low = normalize(sentence)
    if not _FINDING_NOUNS.isdisjoint(_WORD.findall(low)):
        return False  # "The abnormality is in the brain on this MRI.": the finding placed, not the image named
    found = vocabulary().mentions(low)
    return any(category_of(m) == "modality" for m in found) and _toured(sentence)


def _checked_normal(sentence: str) -> bool:
    """A checklist line: the structures it names (anatomy only) called normal, no finding, no other word."""
    low = normalize(sentence)
    found = vocabulary().mentions(low)
    anatomy = [m for m in found if m.kind is MentionKind.CONCEPT and category_of(m) == "anatomy"]
    others = [m for m in found if m.kind is MentionKind.ABNORMAL
              or (m.kind is MentionKind.CONCEPT and category_of(m) != "anatomy")]
    if any(m.kind is MentionKind.ABNORMAL or _DENIED_BEFORE.search(low, 0, m.start) is None for m in others):
        return False  # a finding named, unless denied ("Bones: no fracture.")
    normal = [m for m in found if m.kind is MentionKind.NORMAL]
    if not anatomy or not (normal or others or _NORMAL.search(low) is not None):
        return False
    rest = residual_words(low, [(m.start, m.end) for m in found], _CHECK_WORDS)
    return all(_NORMAL.fullmatch(w) for w in rest)


# A question asking an abnormality of the case, not what is there at all ("What is seen in this histology image?" may
# be answered by a structure: "Hyaline cartilage.").
_ASKS_CASE = lazy_compile(r"(?i)\b(?:diagnos\w*|patholog\w*|disease|condition|abnormal\w*|findings?|lesions?|wrong)\b")
# What the image or section is said to show: "It shows a peripheral nerve.", "The slide demonstrates ...".
_SHOWN = lazy_compile(r"(?i)\b(?:it|this|image|slide|section|picture|specimen|micrograph)\s+(?:\w+\s+)?(?:"
                      + "|".join(sorted(w for w in SEEN if w.endswith("s") and w != "includes")) + r")\b")
# The reply's own word that it describes: "I will describe what I see:", "Let me describe the image.".
_ANNOUNCES = lazy_compile(r"(?i)\b(?:i\s+(?:will|can|shall|am\s+going\s+to)|i['’]ll|let\s+me)\s+(?:\w+\s+)?describe\b")
# Words of a conclusion drawn from what was seen.
_CONCLUDES = lazy_compile("(?i)" + hedges.words(hedges.INFERRING, hedges.IDENTIFYING, hedges.DRAWING,
                                                hedges.COMMITTED_ADVERBS, hedges.POSSIBILITY, ("suggest", "concern")))

_TOUR_WORDS = open_decision.DESCRIBED_WORDS | DESCRIPTION | TOUR
_CHECK_WORDS = _CHECKLIST | open_decision.DESCRIBED_WORDS

def asks_amount(question: str) -> bool:
    """Whether ``question`` asks an amount ("How many kidneys are visible?"): an inventory may answer it."""
    return _ASKS_AMOUNT.search(question) is not None


__all__ = ["asks_amount", "described_only", "nothing_found"]
