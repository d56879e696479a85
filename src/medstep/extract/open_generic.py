"""Open answers that say nothing about this image: an acknowledgement, or a statement of general knowledge.

An open question's reader takes text, so a reply that never looks at the image still yields some: "Image
received.", "Thank you for sharing the image. I will analyse it.", "Patient details not provided." (an
acknowledgement or a note of what the request lacks: every word is a courtesy, a reference to the image or a generic
word; a request for more that only asks is a refusal, ``extract/refusal.py``); or "Imaging planes include axial,
sagittal and coronal.", "Common modalities include CT, MRI and ultrasound.", "Abnormalities on chest radiographs can
include nodules, masses and effusions.", "Diagnosis requires correlation with clinical history.", "Chest X-rays help
detect many conditions." (a class of things in general, not this image: a subject with no article or pointer, a verb
stating what the class holds, needs or is for, and nothing in the sentence pointing at this image or patient). Read
as the answer, either is a decision the model did not make; :func:`says_nothing` finds them, so that the open reader
(``extract/open_decision.py``) reports no answer.

A sentence that names what this image shows ("Findings include a right pleural effusion.", "The image shows ...",
"Here there is ...") is an answer and never read here: the subject must be a bare class noun phrase, "findings",
"features" and "signs" (which report this image) excepted for a plain "include".
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

from medstep.answers import hedges, negation, professionals
from medstep.answers.image_words import SEEN
from medstep.extract.open_definition import defines, defines_organ, goes_on, goes_on_organ, is_technique
from medstep.extract.open_knowledge import states_knowledge
from medstep.lazyre import lazy_compile

_WORD = lazy_compile(r"[^\W_]+")
_SENTENCES = lazy_compile(r"(?<=[.!?])\s+")
_MAX = 300

# Words of an acknowledgement or a request for more, beside the generic words of a sentence about the image: a
# reply made of these alone ("Image received.", "Thanks for the upload; I will analyse it.") answers nothing. Those of
# ``_OWN`` are an acknowledgement or an assent by themselves; ``_COURTESY`` holds them and the rest.
_OWN = frozenset({"received", "receive", "got", "thank", "thanks", "sharing", "share", "shared", "uploaded", "upload",
                  "sent", "attached", "hello", "hi", "understood", "ready",
                  # an assent opening the reply ("Sure!", "Certainly.", "Of course!"): it grants the request, says
                  # nothing of the image (blind 53: "Sure!" was read as the organ asked)
                  "sure", "certainly", "absolutely", "okay", "ok", "course"})
_COURTESY = _OWN | frozenset({
    "receiving", "uploading", "analyse", "analyze", "analysing", "analyzing", "look", "looking", "review", "reviewing",
    "let", "me", "i", "i'm", "im", "have", "has", "will", "you", "for", "please", "describe", "provide", "context", "so",
    "can", "give", "more", "accurate", "information", "details", "happy", "help", "glad", "now", "shortly", "moment",
    "noted", "question", "your"})
# Words a courtesy may carry beside its own ("the image", "this scan", "a more accurate answer").
_FRAME = frozenset({"a", "an", "the", "this", "that", "it", "its", "of", "to", "and", "in", "on", "at", "with", "is",
                    "are", "be", "image", "images", "picture", "scan", "study", "film", "radiograph", "photo", "answer",
                    "clinical", "history", "patient", "patient's", "medical", "further", "case", "am"})
# A note that the request came without something ("Patient details not provided.", "No clinical history given."):
# about the request, not the image.
_MISSING = lazy_compile(r"(?i)\b(?:not\s+(?:provided|available|given|supplied|known)|unavailable|unknown)\b|"
                        r"^\W*no\s+(?:clinical\s+)?(?:history|details|information)\s+(?:provided|available|given)\b")
_MISSING_WORDS = frozenset({"not", "no", "provided", "available", "given", "supplied", "known", "unavailable",
                            "unknown", "details", "history", "information", "age", "sex", "indication", "demographics"})
# A request to answer made of courtesy words alone ("Please answer the question."): the prompt's request echoed, not an
# answer (blind 53: read as the abnormality asked); a request for more ("Please provide more information.") is a
# refusal's (``extract/refusal.py``), not read here.
_REQUEST = "please"
_ECHOED = frozenset({"answer", "question"})

# A statement of a class in general: a bare subject (no article, demonstrative or pronoun opening it) of a few
# words, then a verb saying what the class holds or needs ("include", "can include", "require", "depends on").
_CLASS_STATEMENT = lazy_compile(
    r"(?i)^[\s*_\"']*(?!(?:the|this|these|that|those|there|it|its|a|an|i|we|my|our|here|both|each|all|no|one)\b)"
    r"(?P<subject>[a-z][\w-]*(?:\s+(?!(?:can|may|might|could|is|are)\b)[\w-]+){0,5}?)\s+"
    r"(?P<modal>(?:can|may|might|could|commonly|typically|usually|generally|often)\s+)?"
    r"(?P<verb>include|includes|require|requires|depend\s+on|depends\s+on|vary|varies|range|ranges|"
    # what the class is for: "Chest X-rays help detect many conditions.", "MRI is used to image soft tissue."
    r"help|helps|aid|aids|allow|allows|enable|enables|(?:is|are)\s+used|(?:is|are)\s+useful)\b")
# The answer itself said to need more, with nothing of it given: "The diagnosis requires correlation with clinical
# history.", "The answer depends on the clinical context.", and the question itself said to ("The abnormality location
# question requires careful evaluation of the image.").
_ANSWER_NEEDS = lazy_compile(r"(?i)^[\s*_\"']*(?:the|a|any|an\s+accurate|a\s+definitive|the\s+final|the\s+exact|this)?\s*"
                             r"(?:[\w-]+\s+){0,2}?(?:diagnosis|answer|interpretation|question)\s+(?:requires|depends\s+on|needs|would\s+require)\b")
# ... and then given after all: "The question requires recognizing the modality: it is an MRI.", "..., which is the
# right lower lobe."
_NEED_MET = lazy_compile(r"(?i)(?:[:—–]\s*(?:it|this|that|the\s+\w+)|,\s*which)\s+(?:is|are|was)\b")
# Subjects that report this image's own findings with a plain "include": "Findings include a right effusion."
_REPORTING = frozenset({"findings", "finding", "features", "feature", "signs", "sign", "appearances", "abnormalities",
                        "changes", "lesions", "key", "main", "notable", "additional", "other", "associated"})
# Subjects naming candidates ("Differential includes sarcoidosis and lymphoma.", "Causes include ..."): the candidates
# weighed for this image, which the readers of candidates judge.
_CANDIDATES = frozenset({*hedges.DIFFERENTIAL, *hedges.CANDIDATES, "possible", "options", "likely", "top", "causes",
                         "cause", "potential"})
# A general statement of how the thing asked, or a technique, is usually handled: "Bone age is usually read with the
# Greulich and Pyle atlas." to "What is the bone age?", "CT is typically performed with contrast.": the subject is
# bare and is the question's own words or a technique, and a word of habit says it is true in general. (Of another
# subject, "Osteosarcoma typically arises in the metaphysis." may be how a model names its answer: not read here.)
_HABIT = lazy_compile(
    r"(?i)^[\s*_\"']*(?P<the>the\s+)?(?!(?:the|this|these|that|those|there|it|its|a|an|i|we|my|our|here|both|each|all|no|"
    r"one)\b)(?P<subject>[a-z][\w-]*(?:\s+(?!(?:can|may|is|are)\b)[\w-]+){0,3}?)\s+(?:(?:is|are|can\s+be|may\s+be)\s+)?"
    r"(?:usually|typically|commonly|generally|often|classically|routinely|best|most\s+often)\s+[a-z]+")
# Words pointing at this image, this patient or the writer: the sentence is about what was seen.
_POINTS_HERE = lazy_compile(r"(?i)\b(?:this|these|here|shown|depicted|image\s+shows|patient|i|we|my|our)\b|"
                            + hedges.words(negation.SEEN))


# A referral: the one home of the words that send the reader to someone else. Told to the reader, opening a sentence
# ("Please check with the doctor or pharmacist treating your wrist.", "Ask your oncology team about this.", "Speak to
# your GP."), it sends the question on and says nothing of the image, whatever it names; mentioned anywhere ("It is
# important to consult a healthcare professional."), it is a closing formula (``decision_clauses``).
# Whom it sends the reader to: the professionals and carers of ``answers/professionals.py`` (a team and a GP are
# asked in the singular: "your team", "your GP").
_SENT_TO = "|".join(w if w in ("team", "gp") else w + "s?" for w in professionals.PROFESSIONALS + professionals.CARERS)
_REFERRAL = lazy_compile(
    r"(?i)^[\s*_\"']*(?:(?:so|instead|meanwhile)\s*,?\s+)?(?:please\s+)?(?:(?:do\s+)?(?:check|speak|talk|discuss\s+(?:this|it))"
    r"\s+with|ask|see|contact|consult|call)\s+(?:your|the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:" + _SENT_TO + r")\b"
)
# An offer of more, praise of the question or an announcement of the reply's description: "Let me know if you'd like more
# detail!", "That's a great question!", "Please let
# me know if you have any other questions about radiology.", "I'm happy to help!", "Here's a description of the
# image:", "I hope this helps.". The topic after "about" is a short noun phrase or list (``_TOPIC``) and nothing after
# it ("... about the heart — the image shows the heart" and "... about pneumonia, which is the most likely diagnosis"
# answer); a topic stating a reading ("about this likely meningioma", "about the liver shown here") is an answer too
# (``_TOPIC_CLAIMS``). Its quantifiers are bounded or possessive, so a long blank run is scanned once.
# A word making the topic of a closing offer a reading of the image (a likelihood, something shown).
_TOPIC_CLAIMS = r"[^.!?\n]{0,60}?\b(?:likely|probable|possible|suspected|shown|seen|visible|here)\b"
# The topic itself: a few words, or a short list of them closed by "or"/"and" ("medical imaging, anatomy, or radiology
# techniques"; not "the pancreas, which shows ...": a clause after a comma is no list item).
_TOPIC_NP = r"[\w-]+(?:[ \t]+[\w-]+){0,2}"
_CLAUSE_OPENS = r"(?!(?:which|that|who|whose|where|with|showing|shows?|is|are|was|were)\b)"
_TOPIC = (r"[\w-]+(?:[ \t]+[\w-]+){0,5}|" + _TOPIC_NP + r"(?:,[ \t]*" + _CLAUSE_OPENS + _TOPIC_NP + r"){0,4},?[ \t]+"
          r"(?:or|and)[ \t]+" + _TOPIC_NP)
_CLOSING = lazy_compile(
    r"(?i)^[\s*_\"']*(?:(?:please\s+)?let\s+me\s+know\s+if\s+you(?:(?:['’]d|\s+would)\s+like\s+(?:more|further|additional)\s+"
    r"(?:detail|details|information|help)(?:\s+(?:on|about)\s+(?:any|each|all|one)\s+of\s+(?:these|them|those))?|\s+have\s+any\s+(?:other|more|further)\s+questions"
    r"(?:\s++about\s++(?!" + _TOPIC_CLAIMS + r")(?:the\s+|this\s+|these\s+)?(?:" + _TOPIC + r"))?)|"
    r"i(?:['’]m|\s+am)\s+(?:happy|glad)\s+to\s+help|here(?:['’]s|\s+is)\s+(?:a|my)\s+(?:brief\s+|short\s+)?description\s+of\s+"
    r"(?:the|this)\s+(?:image|picture|scan)|i\s+hope\s+(?:this|that)\s+helps|"
    # praise of the question: "That's a great question!", "Good question.", "Thanks for asking."
    r"(?:that['’]s\s+|what\s+)?(?:an?\s+)?(?:great|good|excellent|interesting)\s+question|thanks?(?:\s+you)?\s+for\s+asking)"
    r"[\s*_.!:]*+$")
_REFERRAL_MENTION = lazy_compile(r"(?i)\b(?:consult\w*|healthcare\s+professionals?)\b")


def refers_on(sentence: str) -> bool:
    """Whether ``sentence`` opens by sending the reader to someone else (``_REFERRAL``): it answers nothing about the
    image."""
    return _REFERRAL.match(sentence) is not None


def mentions_referral(text: str) -> bool:
    """Whether ``text`` refers the reader on anywhere (``_REFERRAL_MENTION``) or opens doing so (:func:`refers_on`)."""
    return _REFERRAL_MENTION.search(text) is not None or refers_on(text)


def courtesy(sentence: str) -> bool:
    """Whether ``sentence`` is an acknowledgement, a note of what the request lacks, or an offer of more or an
    announcement of the description (``_CLOSING``), and nothing else ("Thank you for the question.", "Image
    received.", "Patient details not provided.", "Let me know if you'd like more detail!"; module docstring)."""
    if _CLOSING.match(sentence) is not None:
        return True
    words = [w.lower() for w in _WORD.findall(sentence.replace("’", "'"))]
    if _MISSING.search(sentence) is not None:  # "Patient details not provided.", "Clinical history not available."
        return bool(words) and all(w in _COURTESY or w in _FRAME or w in _MISSING_WORDS for w in words)
    return (bool(words) and (any(w in _OWN for w in words) or (words[0] == _REQUEST and not _ECHOED.isdisjoint(words)))
            and all(w in _COURTESY or w in _FRAME for w in words))


def _class_statement(sentence: str) -> bool:
    if _ANSWER_NEEDS.match(sentence) is not None and _POINTS_HERE.search(sentence) is None \
            and _NEED_MET.search(sentence) is None:
        return True  # "The diagnosis requires correlation with clinical history and laboratory values."
    found = _CLASS_STATEMENT.match(sentence)
    if found is None or _POINTS_HERE.search(sentence) is not None:
        return False
    first = found.group("subject").split()[0].lower()
    if first in _CANDIDATES:
        return False
    if found.group("modal") is None and found.group("verb").lower().startswith("includ") and first in _REPORTING:
        return False  # "Findings include a right pleural effusion.": this image's findings
    return True


def _habit(sentence: str, question: str) -> bool:
    found = _HABIT.match(sentence)
    if found is None or _POINTS_HERE.search(sentence) is not None:
        return False
    subject = found.group("subject")
    asked = {w.lower() for w in _WORD.findall(question)}
    # ("The Cobb angle is usually measured ..." to "What is the Cobb angle?": "the" names the thing asked in general)
    return all(w.lower() in asked for w in _WORD.findall(subject)) or (found.group("the") is None
                                                                        and is_technique(subject))


def general_statement(sentence: str, question: str = "") -> bool:
    """Whether ``sentence`` states general knowledge, not something of this image: a class in general, a technique or
    an organ defined, a habit of the thing ``question`` asks, or a fact of the textbook (``open_knowledge``). One
    home for the sentence test :func:`says_nothing` and ``extract/open_commitment.py`` share."""
    return (_class_statement(sentence) or defines(sentence) or defines_organ(sentence, question)
            or _habit(sentence, question) or states_knowledge(sentence, question))


def says_nothing(region: str, names_image: Callable[[str], bool] | None = None, question: str = "") -> bool:
    """Whether every sentence of the open answer ``region`` is an acknowledgement or a statement of a class in
    general (see module docstring), a technique defined or gone on about ("Chest X-rays are a common imaging test
    that use a small amount of radiation. It can help detect many conditions.", ``extract/open_definition.py``) or a
    habit of the thing ``question`` asks (``_HABIT``) or general knowledge about it ("Most ectopic pregnancies are
    tubal.", ``extract/open_knowledge.py``); with ``names_image``, also a sentence naming only the image
    ("This is a chest X-ray image. Chest X-rays help detect many conditions."), beside at least one of the others."""
    text = region.strip()
    if not text or len(text) > _MAX or "\n" in text:
        return False
    sentences = [s for s in _SENTENCES.split(text) if _WORD.search(s)]
    said: list[bool] = []
    for s in sentences:
        general = courtesy(s) or general_statement(s, question)
        said.append(general or (any(said) and said[-1] and (goes_on(s) or goes_on_organ(s))))
    return any(said) and all(k or (names_image is not None and names_image(s)) for k, s in zip(said, sentences))

# A lesson in sentences no frame above knows (issue #7, session 56 lane tour56): what a class does in general, naming
# nothing abnormal. A word pointing at this image, this patient or the writer makes it a reading; a class "like this"
# (one like this image) is no pointer.
_POINTS = lazy_compile(r"(?i)\b(?:this|these|here|shown|depicted|patient|i|we|my|our|there|it)\b")
_LIKE_THIS = lazy_compile(r"(?i)\blike\s+(?:this|these)\b")
_DENIES = lazy_compile(r"(?i)\b(?:" + negation.alternation(negation.DENY, negation.NONE, negation.ABSENT) + r")\b")
_HABIT_WORD = lazy_compile("(?i)" + hedges.words(hedges.HABIT))
# A bare subject (no article, demonstrative or pronoun; "like this" may follow it) of one to three words and a verb in
# the present of what a class does or is used for, not of what an image shows: "Hematoxylin stains nuclei
# blue-purple", "Pathologists assess ...", "Images like this are used by doctors ...".
_BARE_CLASS = lazy_compile(r"(?i)^[\s*_\"']*(?!(?:the|this|these|that|those|there|it|its|a|an|i|we|my|our|here|both|each|"
                           r"all|no|one|image|picture|scan|film|study)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?"
                           r"(?:\s+like\s+(?:this|these))?\s+(?:(?:is|are)\s+used\b|(?!(?:" + "|".join(sorted(SEEN))
                           + r"|is|was|has|appears|seems|looks|measures)\b)(?![a-z]*(?:ous|us|is)\b)[a-z]+s\b)")
# (a verb is guessed from its "-s": never an adjective or noun in "-ous", "-us", "-is": "Acral lentiginous
# melanoma — ..." names a diagnosis, it is no class doing what it does)


def class_lesson(sentence: str, before: bool = False) -> bool:
    """Whether ``sentence`` teaches in general: :func:`general_statement`, or, naming nothing of the vocabulary but
    anatomy and modality and denying nothing, a habit word with no pointer at this case ("Pathologists usually assess
    the architecture at low power first."), a bare subject doing what its class does ("Hematoxylin stains nuclei
    blue-purple.", "Images like this are used by doctors to help diagnose various conditions."), or (``before``:
    right after a lesson) a pronoun going on about a technique ("It uses a small dose of ionizing radiation ...")."""
    from medstep.answers.concepts import MentionKind, normalize, vocabulary
    from medstep.extract.concept_question import category_of

    if general_statement(sentence):
        return True
    low = normalize(sentence)
    if any(m.kind is not MentionKind.CONCEPT or category_of(m) not in ("anatomy", "modality")
           for m in vocabulary().mentions(low)) or _DENIES.search(low) is not None:
        return False
    pointed = _POINTS.search(_LIKE_THIS.sub(" ", sentence)) is not None
    return (not pointed and (_HABIT_WORD.search(sentence) is not None or _BARE_CLASS.match(sentence) is not None)) \
        or (before and goes_on(sentence))


__all__ = ["class_lesson", "courtesy", "general_statement", "mentions_referral", "refers_on", "says_nothing"]


# A reply with no medical content at all (issue #7: "A beautiful abstract painting with swirls of blue and gold
# light." to "Which organ is enlarged?"): no concept, site or technique of the shared vocabularies, no number, and no
# word of the question. A short reply ("Normal.", "Boot-shaped.") is left to the other readers: a one- or two-word label
# may be an answer the vocabularies lack.
_OFF_TOPIC_MIN_WORDS = 5
_STEM = 5
# Words that frame a short answer and say nothing themselves: "It looks like a string of pearls here." has two words
# of its own, a label the vocabularies may lack, not five.
_FRAME_WORDS = frozenset({"looks", "look", "like", "here", "there", "this", "that", "these", "those", "seems", "seem",
                          "appears", "appear", "just", "very", "with", "from", "some", "have", "been", "what", "into",
                          "resembles", "resemble", "would", "could", "should", "about", "they", "them", "then", "than",
                          "maybe", "perhaps", "probably", "rather", "quite", "also", "only", "much", "more", "most"})
_QUESTION_FILLER = frozenset({"what", "which", "where", "does", "this", "that", "there", "image", "shown", "seen",
                              "visible", "most", "likely", "the"})


def off_topic(region: str, question: str) -> bool:
    """Whether ``region`` holds no medical content and nothing of ``question`` (see above): no answer of any kind. Five
    distinct words of its own are needed (four letters or more, no frame word: ``_FRAME_WORDS``)."""
    from medstep.answers.concepts import IMAGING_PLANES, normalize, vocabulary
    from medstep.answers.sites import sites_in
    from medstep.answers.text import HAN, KANA
    from medstep.answers.technique import technique_mentions

    words = _WORD.findall(region)
    content = {w.lower() for w in words if len(w) >= 4 and w.lower() not in _FRAME_WORDS}
    if len(content) < _OFF_TOPIC_MIN_WORDS or len(region) > _MAX \
            or any(ch.isdigit() for ch in region) or any(ch.isalpha() and not ch.isascii() for ch in region) \
            or HAN.search(region) is not None or KANA.search(region) is not None:
        return False  # (a label in a loop, "chilaiditi sign, chilaiditi sign, ...", has few distinct words; another
        # script than English's is left to the readers of its language)
    low = normalize(region)
    if vocabulary().mentions(low) or sites_in(low) or technique_mentions(low) \
            or any(w.lower() in IMAGING_PLANES for w in words):
        return False
    asked = {w.lower()[:_STEM] for w in _WORD.findall(question) if len(w) > 3 and w.lower() not in _QUESTION_FILLER}
    medical = _medical_stems()
    return not any(w.lower()[:_STEM] in asked or (len(w) >= _STEM and w.lower()[:_STEM] in medical) for w in words)


@lru_cache(maxsize=1)
def _medical_stems() -> frozenset[str]:
    """The stems of the words naming the vocabularies' concepts and sites ("metaphyses" shares "metap" with "metaphyseal
    corner fracture"): a word of a medical text the vocabularies do not hold whole still says the text is medical."""
    from medstep.answers.concepts import vocabulary
    from medstep.answers.sites import site_table

    names = [c.name for c in vocabulary().concepts.values()] + [c.id for c in vocabulary().concepts.values()] \
        + list(site_table().names)
    return frozenset(w.lower()[:_STEM] for n in names for w in _WORD.findall(n.replace("_", " ")) if len(w) >= _STEM)
