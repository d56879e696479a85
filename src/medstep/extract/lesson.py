"""A reply that gives a lesson on the asked topic and never turns to the image: no answer (issue #7).

Asked "What is the abnormality in the left lung?" or "Is there an abnormality in the cerebellum?", a model sometimes
explains the organ or the disease in general ("The left lung is one of the two lungs in the human body. It is divided
into two lobes ...", "The cerebellum is located at the back of the brain. It is responsible for coordinating movement.
MRI can help identify abnormalities in this region, such as tumors", "肝脏是人体最大的实质性器官……超声和CT通常用于发现
肝脏病变。"). No sentence says what this image holds, yet the open fallback reads the whole lesson as the answer and the
closed readers infer a verdict from the diseases it lists.

What tells a lesson is what each sentence is about, not its topic. A sentence of it speaks of a class in general
(``open_generic.class_lesson``, the sentence test of the open lesson readers, or more widely here: a word of habit,
"usually"; what a thing can do or is used for; a definition, "A pleural effusion is an abnormal collection of fluid";
the reader addressed, "you would look for"; the body in general), goes on about what such a sentence spoke of ("It is
responsible for ...", an item of a checklist under "you would look for:", a remark on "these"), or names nothing but
anatomy (``open_tour.anatomy_words``: where an organ lies, what it is made of, the image's modality). A reply is a
lesson when every sentence is one of those, one at least speaks in general, and none turns to this case: a verdict
or a report's heading or field ("Yes.", "### Assessment", "Dx: ..."), the writer ("I can see", "we"), a pointer to
this image ("here", "in this patient", "本例", "图中"), or, outside a general sentence, a word of seeing ("There is",
"shows"), a number ("The aorta measures 5.2 cm") or a finding named ("Right lower lobe consolidation."). A state said
of an organ ("The kidneys are small and echogenic", "肝脏体积增大") is this case's until a general sentence has begun
the lesson ("... one of the two lungs in the human body. ... The left lung is smaller than the right lung because of
the position of the heart."). Then the reply answers nothing: ``unparsed``. English and Chinese only.

``extract/lesson_reply.py`` reads the closed reply that opens by teaching a finding as a class, inside the closed
reader; this reads any reply read whole, open or closed, sentence by sentence. Applied in ``extract/core.py`` only to
a reading inferred from the reply read whole (the open fallback ``open_text``, an inferred closed verdict), so a
committed answer is never touched.
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.answers.concepts import normalize, vocabulary
from medstep.answers.text import HAN
from medstep.extract.cut import HELPING
from medstep.extract.open_generic import class_lesson
from medstep.extract.open_no_finding import says_state
from medstep.extract.open_tour import anatomy_words
from medstep.lazyre import lazy_compile

# A sentence or list item: up to a stop (a full stop before a space or the end, not "e.g." inside), a Chinese stop or
# a line break.
# (after a word of two letters: "e.g.", "S. aureus" stay inside their sentence)
# (greedy runs of text and the stops that end nothing, no lazy scan: speed)
_SENTENCE = lazy_compile(r"(?:[^\n。！？；.!?]+|[.!?](?!\s|\Z)|(?<![^\W\d_]{2})[.!?])+[.!?]?")
_LAYOUT = lazy_compile(r"^[\s>*_#\-•+]*(?:\d{1,2}[.)]\s*)?[\s*_]*")
# A verdict or a report's section: the reply answers, or reports on this image.
_VERDICT = lazy_compile(r"(?i)^(?:yes|no|correct|incorrect|answer|impression|diagnosis|conclusion|findings?|"
                        r"是|否|答案|结论|诊断|印象|所见)\b")
# The writer's own view, or a pointer to this image or case.
_THIS_CASE = lazy_compile(r"(?i)\b(?:I|I'?m|I'?d|we|my|our|here|this\s+(?:patient|case|image|film|scan|study|"
                          r"radiograph|x-ray|exam)|(?:in|on)\s+(?:the|this)\s+(?:image|film|scan|picture|study)|"
                          r"the\s+patient)\b|本例|此例|该例|该患者|此患者|患者|图中|图像中|片中|片上|图上")
# The reader shown this image ("you can see the bone windows", "which you'd only see like this in a coronal
# acquisition"); looking for something ("you would look for:") shows nothing.
_SHOWN_TO_READER = lazy_compile(r"(?i)\byou(?:'d|'ll)?\b.*\b(?:see|seen|notice|appreciate|visible)\b")
# A reading of this case: what a finding is consistent with, or how likely ("— most consistent with Staphylococcus").
_READS = lazy_compile(r"(?i)" + hedges.words(hedges.IDENTIFYING, hedges.INFERRING, hedges.LIKELIHOOD))
# A terse label naming a concept ("Coronal.", "**CT**"): the answer given.
_LABEL_WORDS_MAX = 3
# A word of seeing: said of this image, unless the sentence speaks in general ("Fractures are usually seen as lucent
# lines", "Dense tissue typically appears white").
_SEEING = lazy_compile(r"(?i)\b(?:" + negation.alternation(negation.SEEN, negation.SEEN_RARE)
                       + r"|see|shows?|showing|demonstrates?|demonstrating|reveals?|revealing|appears?|looks?|"
                         r"there\s+(?:is|are|was|were))\b|" + negation.alternation(negation.ZH_SEEN) + r"|显示|提示|示")
# Speaking of a class in general: a word of habit, what a thing can do or is used for, the reader addressed, the
# body or a definition ("in the human body", "is responsible for", "defined as").
_GENERAL = lazy_compile(r"(?i)(?<!-)" + hedges.words(hedges.HABIT, hedges.DEFINITION, hedges.TIED, ("can", "you", "you'd",
                                                                                             "your"))
                        + r"|\b(?:human\s+body|responsible\s+for|is\s+used|are\s+used|one\s+of\s+the)\b|"
                          r"通常|一般|常见|多见于|好发于|是指|定义为|人体|用于|功能|可引起|可导致")
# A definition: a class named without "the" or "this", said to be one of a kind ("A pleural effusion is an abnormal
# collection of fluid", "Pneumonia is an infection of the lung parenchyma"); not a likelihood nor the answer's noun
# ("Pneumonia is a likely diagnosis", "Meningioma is a possibility").
_DEFINES = lazy_compile(r"(?i)^(?:an?\s+)?(?!(?:the|this|that|these|those|there|it|its|here|which)\b)[^\W\d_][\w\s-]{0,40}?"
                        r"\s+(?:is|are)\s+an?\s+(?!(?:[\w-]+\s+){0,2}?(?:" + hedges.alternation(
                            hedges.LIKELIHOOD, hedges.POSSIBILITY, hedges.SUSPICION, hedges.SECONDARY_NOUNS,
                            hedges.CANDIDATE_NOUNS) + r")\b)")
_DIGIT = lazy_compile(r"\d")
# "Normally" before a participle says how this thing is ("The knee is normally aligned", "are normally positioned"),
# not what a class usually does: a state of this case, never a general sentence.
_MANNER = lazy_compile(r"(?i)\b(?:is|are)\s+normally\s+[a-z]+(?:ed|en)\b")
# Opening a sentence that goes on about what the sentence before spoke of ("It is responsible for ...", "They can").
_GOING_ON = lazy_compile(r"(?i)^(?:it|its|they|their|these|this|those|such|它|其|这些|此类)\b")
# A checklist's lead: a general sentence closed by a colon; the items below it are its list.
_LEAD = lazy_compile(r":\s*\**\s*\Z")
# A heading of its own ("### Assessment"): a report's section, said of this case.
_HEADING = lazy_compile(r"^\s*#")
# A list item: its line opens on a bullet or a number.
_ITEM = lazy_compile(r"^\s*(?:[-*•+]|\d{1,2}[.)])\s")
# A remark pointing back at a checklist ("The presence of several of these together supports ...").
_BACK = lazy_compile(r"(?i)\b(?:these|those|them|they)\b|这些|以上")
# Chinese names of imaging signs ("低密度影", "病灶"): a sentence naming one describes an image, whatever its words.
_ZH_SIGN = lazy_compile(r"影|灶|密度|信号|回声")
# A letter of another Latin-script language ("Diagnóstico: miocardiopatía."): the tests here read English and Chinese.
_FOREIGN_LETTER = lazy_compile(r"[À-ɏ]")
# A field and its value ("Diagnóstico: miocardiopatía", "Possibilities: lipoma vs liposarcoma"): a report's answer line.
_FIELD = lazy_compile(r"^[^:：\n]{1,30}[:：]\s*\S")
# The opening sentence pointing at this image ("This is an ultrasound.", "It's a meningioma."): what stands after it is
# the answer, terse or not, before any general sentence.
_POINTED = lazy_compile(r"(?i)^(?:(?:this|it)\s+(?:is|looks\s+like|appears\s+to\s+be)|it[’']s)\s+(?:an?\s+|the\s+)?")
# A word of the answer that the lesson after it goes on about ("Respiratory system. The respiratory system is ...").
_RESTATED_MIN = 4
# An answer is a noun phrase of a few words ("Left anterior descending artery."), no helping verb in it.
_ANSWER_WORDS_MAX = 5
_WORD = lazy_compile(r"[^\W\d_]+")
# A lesson has sentences: one alone may be a terse answer with a remark.
SENTENCES_MIN = 2
# A lesson is a paragraph: a longer reply holds more than one (and is not read sentence by sentence: speed).
MAX_CHARS = 1500


def lesson_only(reply: str, question: str = "") -> bool:
    """Whether ``reply`` only speaks of its topic in general and never of this image (module docstring); ``question``:
    what was asked (a word of it restated opens no answer)."""
    if len(reply) > MAX_CHARS or _FOREIGN_LETTER.search(reply) is not None:
        return False
    if _THIS_CASE.search(reply) is not None or _READS.search(reply) is not None:
        return False  # a sentence turns to this case or reads it ("here", "consistent with"): read once, whole
    sentences = [(m.group(), _LAYOUT.sub("", m.group()).strip()) for m in _SENTENCE.finditer(reply)]
    sentences = [(raw, s) for raw, s in sentences if any(ch.isalnum() for ch in s)]
    if len(sentences) < SENTENCES_MIN:
        return False
    general = False  # a sentence spoke in general
    before = False  # the sentence before spoke in general
    checklist = False  # a general sentence led a list, and its items or a remark on them follow
    if _answer_first([s for _, s in sentences], question.lower()):
        return False
    for raw, sentence in sentences:
        item = _ITEM.match(raw) is not None
        if _VERDICT.match(sentence) is not None or _FIELD.match(sentence) is not None \
                or _SHOWN_TO_READER.search(sentence) is not None or (_label(sentence) and not (checklist and item)):
            return False  # ("Peribronchial cuffing" under "you would look for:" is the checklist's item, no answer)
        if _HEADING.match(raw) is not None:
            return False  # "### Assessment\nMultiple well-defined round nodules ...": a report on this image
        listed = checklist and (item or _BACK.search(sentence) is not None)
        own = _GENERAL.search(sentence) is not None or _DEFINES.match(sentence) is not None or listed
        if general and not own and _GOING_ON.match(sentence) is None and _terse(sentence):
            return False  # "Hip films are usually taken in two views. Perthes.": the answer after the lesson
        if not own and _SEEING.search(sentence) is not None:
            return False  # "MRI uses magnetic fields. It shows the brain with a mass": going on, yet seen here
        in_general = (own or class_lesson(sentence, before)) and _MANNER.search(sentence) is None
        if not in_general and before and _GOING_ON.match(sentence) is not None:
            if not anatomy_words(sentence):
                return False  # "A fracture is a break in the bone. This one is a transverse fracture": this case's
            in_general = True  # "It is responsible for coordinating movement": goes on about the organ
        if not in_general and (_SEEING.search(sentence) is not None or _DIGIT.search(sentence) is not None
                               or not anatomy_words(sentence)
                               or (HAN.search(sentence) is not None and _ZH_SIGN.search(sentence) is not None)):
            return False  # "There is a lucent line", "The aorta measures 5.2 cm", "Right lower lobe consolidation"
        if not in_general and not general and (HAN.search(sentence) is not None or says_state(sentence, "")):
            return False  # "The kidneys are small and echogenic. This usually indicates ...": a state of this case,
            # before any lesson began ("... in the human body. ... The left lung is smaller than the right lung")
        checklist = (in_general and _LEAD.search(sentence) is not None) or (checklist and item)
        general, before = general or in_general, in_general
    return general


def _answer_first(sentences: list[str], question: str) -> bool:
    """Whether the opening sentence is a terse answer that the rest teaches about: pointed at this image ("This is an
    ultrasound. Ultrasound uses ...") or restated as the lesson's subject ("Respiratory system. The respiratory system
    is responsible for ...", a word the question did not ask: "Left lung. The left lung is ..." restates it)."""
    first = sentences[0]
    pointed = _POINTED.match(first)
    said = first[pointed.end():] if pointed is not None else first
    words = [w.lower() for w in _WORD.findall(said)]
    if not 0 < len(words) <= _ANSWER_WORDS_MAX or _GENERAL.search(first) is not None or HELPING.intersection(words):
        return False
    if pointed is not None:
        return True
    rest = " ".join(sentences[1:]).lower()
    return any((len(w) >= _RESTATED_MIN or HAN.search(w) is not None) and w in rest and w not in question
               for w in words)


def _terse(sentence: str) -> bool:
    """Whether ``sentence`` is a noun phrase of a few words, no helping verb ("Hyaline cartilage.", "Paget.")."""
    words = [w.lower() for w in _WORD.findall(sentence)]
    return 0 < len(words) <= _ANSWER_WORDS_MAX and HAN.search(sentence) is None and not HELPING.intersection(words)


def _label(sentence: str) -> bool:
    """Whether ``sentence`` is a terse label naming a concept of the vocabulary ("Coronal.", "**CT**")."""
    words = sentence.strip(" .*_").split()
    return 0 < len(words) <= _LABEL_WORDS_MAX and HAN.search(sentence) is None \
        and bool(vocabulary().mentions(normalize(sentence)))


__all__ = ["MAX_CHARS", "SENTENCES_MIN", "lesson_only"]
