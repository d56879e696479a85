"""The frame around an open answer's label: the words that say where the answer is, not what it is.

A one-sentence open answer often wraps its label in a sentence: "The abnormality is located in the left upper lobe.",
"The image shows a displaced fracture of the distal radius.", "There is a large right pleural effusion.", "The most
likely diagnosis is acute appendicitis.", "It's on the right side.", "Le foie.", "About 3 cm." Read whole, it never
matches the gold exactly, however right; the label is what the model committed to. :func:`unframed` drops

* a frame opening the sentence: a subject that only points at the answer (the question's own words, "the image",
  "the diagnosis", "these findings", "there is", "I see", "it is") and its verb ("is located in", "shows",
  "points to", "is most consistent with"), after a reason clause opening it ("Based on the CRL, the gestational
  age is ..."); a place question's opening preposition ("In the sigmoid colon."); the article opening an answer
  in Spanish, French, German, Italian or Portuguese ("El riñón derecho."); an approximation before a number
  ("About 35%.");
* to a count question, the counted words after the count ("Two fetuses are seen." -> 2);

and :func:`concluded` keeps the conclusion that closes a description ("Multiple ring-enhancing lesions, consistent
with metastases.", "..., so it's the right middle lobe.", "A wide-complex tachycardia with AV dissociation —
ventricular tachycardia.").

Only words are dropped, never added, and never a word that holds the answer open (a negation, a hedge, an
alternative): "It is not pneumonia" and "There is no abnormality" keep their denial. A sentence whose subject is
a thing of its own ("The heart is enlarged.") is a statement, not a frame, and is kept whole.
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.answers.text import HAN, KANA, NUMBER_WORDS
from medstep.extract import open_estimate, open_frames_cjk, open_span, open_tails
from medstep.extract.langwords import (
    FOREIGN_ADDS,
    FOREIGN_ARTICLE_AFTER,
    FOREIGN_COPULA,
    FOREIGN_IS,
    FOREIGN_LINK,
    foreign_negation_opens,
)
from medstep.lazyre import RUN_START, lazy_compile

_ART = r"(?:the|this|these|those|that|a|an|my|our)\s+"
# Nouns that only point at the answer: the study, its picture, the answer's own name.
_POINTER = (r"(?:image|images|picture|photo|photograph|scan|study|film|radiograph|x-?ray|ct|mri|ultrasound|sonogram|"
            r"slide|section|smear|specimen|biopsy|ecg|ekg|tracing|view|exam|examination|angiogram|endoscopy|"
            r"colonoscopy|fundus\s+photograph|mammogram|arrow|arrowhead|diagnosis|answer|impression|finding|findings|"
            r"abnormality|abnormal\s+finding|features?|appearances?|pattern|result|conclusion|lesion|mass|nodule)")
# Words that may qualify the pointing noun: "the most likely diagnosis", "the main abnormality", "the CT image".
_POINTER_PRE = (r"(?:(?:most\s+)?likely|probable|final|main|primary|principal|key|leading|working|overall|"
                r"(?:most\s+)?significant|abnormal|imaging|radiological|radiographic|histologic(?:al)?|ct|mri|mr|"
                r"chest|axial|sagittal|coronal|frontal|lateral|given|provided|above|current|visible|ultrasound|us|x-?ray|"
                r"radiograph|pet|endoscopic|microscopic|fundus|oct|"
                r"differential|best|correct|most\s+probable)\s+")
# A verb that states where or what the answer is, after a subject that only points at it.
_COPULA = (r"(?:(?:is|are)\s+(?:most\s+)?(?:consistent|compatible)\s+with|"
           r"(?:is|are)\s+(?:in\s+keeping\s+with|suggestive\s+of|characteristic\s+of|typical\s+of|diagnostic\s+of)|"
           # "Appearances are those of", "The picture is one of", "My diagnosis would be", "Features favour"
           r"(?:is|are|was|were)\s+(?:those|that|one)\s+of|would\s+be|suggests?|favou?rs?|"
           r"is|are|was|were|appears?\s+to\s+be|seems?\s+to\s+be|looks?\s+like|represents?|"
           r"indicates?|shows?|demonstrates?|reveals?|depicts?|displays?|illustrates?|points?\s+(?:to|at)|"
           r"involves?|affects?|arises?\s+from|originates?\s+from|lies|lie|sits|sit|measures?|"
           # where a tube or line ends: "The PICC tip terminates in", "The tip projects over", "The catheter ends in"
           r"terminates?|projects?|ends?)")
# The place words after a verb of place: "is located in", "is seen in", "lies within".
_PLACE = ("(?:(?:" + "|".join(negation.SEEN) + "|located|situated|found|centred|centered|acquired|obtained|taken|"
          "performed|lodged|impacted|positioned|trapped|embedded)\\s+)?")
_PREP = r"(?:in|at|within|on|along|over|inside|into|from|of|with|using|by)\s+"
# A subject that only points at the answer, and its verb: "The most likely diagnosis is", "The image shows",
# "These findings are most consistent with", "The arrow points to", "The fracture involves".
_HERE = (r"(?:here|in\s+this\s+(?:case|image|patient|study|scan|radiograph|child|adult|setting)|"
         r"on\s+this\s+(?:image|scan|radiograph|film|study))\s+")
_POINTING = lazy_compile(rf"(?i)^(?:{_ART})?(?:{_POINTER_PRE})*(?:{_POINTER})\s+(?:{_HERE})?(?:{_COPULA})\s+{_PLACE}"
                         rf"(?:{_PREP})?")
# What the frame's object only names as the thing's evidence or instance: "There is evidence of", "features of", "a
# classic case of", "signs of".
_INSTANCE = lazy_compile(r"(?i)^(?:(?:an?|the)\s+)?(?:(?:classic(?:al)?|typical|textbook)\s+)?(?:case|example|picture)\s+"
                         r"of\s+|^(?:(?:the|some)\s+)?(?:evidence|signs?|features?)\s+of\s+")
# The image as the subject, whatever its describing words ("Contrast-enhanced CT of the brain shows", "Portable chest
# radiograph demonstrates"): it only points at what it shows.
_IMAGE_SUBJECT = lazy_compile(
    rf"(?i)^(?:{_ART})?(?:[\w-]+\s+){{0,3}}?(?:image|images|scan|radiograph|film|x-?ray|ct|mri|mr|ultrasound|sonogram|"
    rf"study|view|angiogram|mammogram|echocardiogram|smear|slide|photograph|tracing|ecg|ekg)\s+"
    rf"(?:of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?:shows?|demonstrates?|reveals?|depicts?|displays?)\s+")
# "There is", "I see", "I can see", "We note", "I count", "It is", "This appears to be", "It's most likely".
_EXISTS = lazy_compile(r"(?i)^(?:there\s+(?:is|are)|there's|there’s|"
                       # a pseudo-cleft ("What we see here is", "What is shown is"), the writer's name for it ("I'd
                       # call this"), and a bare link before the label ("Consistent with", "Seems to be", "Looks to be")
                       r"what\s+(?:(?:we|you|i)\s+(?:can\s+)?(?:see|are\s+seeing|are\s+looking\s+at)|(?:is|'s)\s+(?:shown|"
                       r"seen|depicted|visible|demonstrated)|(?:the|this)\s+(?:image|scan|film|radiograph)\s+shows)"
                       r"(?:\s+here|\s+in\s+(?:the|this)\s+(?:image|scan|film|radiograph))?\s+is|"
                       r"(?:i|we)(?:\s+would|'d|’d)\s+call\s+(?:this|it)|(?:(?:most|highly)\s+)?(?:consistent|compatible)\s+with|"
                       r"in\s+keeping\s+with|suggestive\s+of|(?:seems|looks|appears)\s+to\s+be|(?:i|we)\s+(?:can\s+)?(?:see|note|count|observe|"
                       r"identify)|(?:i|we)\s+(?:would|'d)\s+say\s+(?:that\s+)?(?:(?:this|it)\s+is|it's|this's)|(?:it|this|that)\s+(?:is|'s|’s|appears\s+to\s+be|seems\s+to\s+be|looks\s+like|"
                       r"represents|measures)|it's|it’s|this's|that's|that’s)\s+"
                       r"(?:(?:most\s+|more\s+)?(?:likely|probably|consistent\s+with|compatible\s+with)\s+)?")
# The same frames in the other languages read: "Il s'agit d'une ...", "Se trata de ...", "Es handelt sich um ...",
# "Si tratta di ...", "Trata-se de ...", "La imagen muestra ...", "Das Bild zeigt ...".
# Also a finding's subject and its link to the label ("Los hallazgos son compatibles con una ...", "Il reperto è
# compatibile con ...", "Befund vereinbar mit ...", "Achados compatíveis com ...", "L'aspect est en faveur d'une ..."),
# the link alone ("Compatible con neumonía."), an arrow pointing ("La flecha señala ...", "Der Pfeil zeigt auf ..."),
# and a word of seeing ("Se observa ...", "Si osserva ...", "On observe ...", "Man sieht ...").
_FOREIGN_FRAME = lazy_compile(r"(?i)^(?:" + FOREIGN_IS + r"|il\s+s['’]agit\s+d(?:e\s+|['’]\s*)|c['’]est\s+|se\s+trata\s+de\s+|"
                              r"es\s+handelt\s+sich\s+um\s+|si\s+tratta\s+di\s+|trata-se\s+de\s+|"
                              r"(?:(?:la|l['’]|das|o|a|il|le)\s*)?(?:imagen|image|bild|immagine|imagem)\s+(?:muestra|montre|"
                              r"zeigt|mostra|evidencia)\s+|"
                              r"(?:(?:los|las|el|la|il|i|le|les|l['’]|os|as|o|a|der|die|das|the)\s*)?(?:hallazgos?|reperto|"
                              r"reperti|quadro|cuadro|achados?|aspect|aspecto|aspetto|befunde?|tableau|imagen|immagine|"
                              r"imagem|bild|image)\s+(?:(?:son|es|è|sono|sind|ist|est|sont|são|é)\s+)?" + FOREIGN_LINK + "|"
                              + FOREIGN_LINK + "|"
                              r"(?:la|a|der|the)\s+(?:flecha|freccia|flèche|seta|pfeil)\s+(?:señala|indica|montre|indique|"
                              r"aponta\s+para|zeigt(?:\s+auf)?|mostra)\s+|"
                              r"(?:se\s+observa|se\s+observan|si\s+osserva|si\s+osservano|on\s+observe|man\s+sieht|"
                              r"observa-se|nota-se|se\s+aprecia|se\s+visualiza)\s+)" + FOREIGN_ARTICLE_AFTER)
# A subject of the question's own words and its copula in Spanish, French, German, Italian or Portuguese, the article
# after it ("El órgano afectado es el páncreas", "L'organe visible est la vésicule biliaire"): ``_SUBJECT``'s frame
# there (the subject must echo the question, :func:`_echoes`; no negation may open what follows: "ist nicht die Leber";
# nothing after it may add or correct, ``langwords.FOREIGN_ADDS``: "..., c'est en fait la rate").
_FOREIGN_SUBJECT = lazy_compile(r"(?i)^(?:(?:el|la|los|las|le|les|il|lo|der|die|das|o|a|os|as)\s+|l['’]\s*)"
                                r"((?:[^\W\d_]+[ \t]+){0,3}?[^\W\d_]+)[ \t]+" + FOREIGN_COPULA + r"[ \t]+"
                                + FOREIGN_ARTICLE_AFTER)
# A subject echoing the question, then its verb: "The lesion is" (to "Where is the lesion?"), "The gestational age is".
_SUBJECT = lazy_compile(rf"(?i)^(?:{_ART})?((?:[\w-]+\s+){{0,5}}?[\w-]+)\s+({_COPULA})\s+{_PLACE}(?:{_PREP})?")
# Words a subject may add to the question's own without naming anything: "The organ shown in the image is ...".
_POINTING_WORDS = frozenset(negation.SEEN) | {"shown", "depicted", "displayed", "image", "images", "picture", "scan",
                                               "this", "here", "the"}
# A place after the verb ("... is in the left temporal lobe", "... lies within ...", "... is present in ..."): to a
# question asking where, the subject before it is only what is placed, whatever its words.
_PLACED = lazy_compile(r"(?i)\s+(?:is|are|lies|lie|sits|sit)\s+(?:(?:located|situated|found|centred|centered|lodged|"
                       r"impacted|positioned|trapped|embedded|" + "|".join(negation.SEEN) + r")\s+)?"
                       r"(?:in|at|within|inside|along)\s+\S")
# A second predicate of the frame's subject after its place: "... in the left adrenal gland and measures 5 cm", "...,
# and shows surrounding oedema". To a question asking where or which part, the place answers; the rest says more.
_SECOND_PREDICATE = lazy_compile(r"(?i)" + RUN_START + r"(?:\s*,)?\s+and\s+(?:is|are|has|shows?|measures?|demonstrates?|contains?|"
                                 r"extends?|causes?|displaces?|compresses?|abuts?|encases?|enhances?|appears?|"
                                 r"seems?|looks?)\b")
_SUBJECT_VERB = lazy_compile(r"(?i)\b(?:is|are|was|were|has|have|shows?|appears?|seems?|looks?|can|could|would|may|"
                             r"might|will|should)\b")
# A setting opening the sentence: the image or view it speaks of ("On this T2-weighted image", "In this axial CT of
# the abdomen,", "On the lateral view,", "Looking at the image,", "From the radiograph,", "Here"), after which the
# sentence frames its answer as any other.
_SETTING = lazy_compile(
    r"(?i)^(?:(?:on|in|from|at)\s+(?:this|the|these|that)\s+(?:[\w-]+\s+){0,4}?(?:image|images|scan|radiograph|view|"
    r"film|ct|mri|mr|sequence|ultrasound|sonogram|slice|study|x-?ray|photograph|picture|projection|angiogram|"
    r"mammogram|echocardiogram|section|smear|slide)(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?(?:\s*,\s*|\s+)|"
    r"(?:looking\s+at|reviewing|examining|on\s+review\s+of)\s+(?:this|the)\s+(?:[\w-]+\s+){0,3}?(?:image|images|"
    r"scan|radiograph|film|study|picture)\s*,\s*|(?:here|overall|radiographically|on\s+imaging)(?:\s*,\s*|\s+))"
    r"(?=(?:the|there|it|this|we|i|a|an)\b)")
_PLAIN_COPULA = lazy_compile(r"(?i)(?:is|are|was|were)$")
# Most words after a plain copula that make it a property of the question's subject ("The lesion is hypodense.").
_PREDICATE_WORDS = 3
# The thing a "which X" / "what kind of X" question asks for: a subject naming it is the answer's own pointer ("The
# occluded vessel is the right coronary artery." to "Which vessel is occluded?"), whatever the length after it.
_ARTICLES = lazy_compile(r"(?i)\b(?:the|a|an)\b")
# A statement after the frame: a finite verb ("it's radiolucent", "the abnormality is ..."), or a clause break.
_STATEMENT = lazy_compile(r"(?i)\b(?:is|are|was|were|has|have|had|shows?|appears?|seems?|looks?|can|cannot|could|"
                          r"would|should|will|must|may|might|does|did)\b|\b(?:it|that|there|this|they|he|she)"
                          r"(?:'s|’s)|[;:]")
# A reason opening the sentence: "Based on the crown-rump length of 45 mm, ...", "Given the history, ...".
_REASON = lazy_compile(r"(?i)^(?:based\s+on|given|considering|in\s+view\s+of|judging\s+by|on\s+the\s+basis\s+of)\s+"
                       r"[^,;:]{3,120},\s*")
# A place question's answer opening with its preposition: "In the sigmoid colon.", "Located at the ... junction."
_PLACE_LEAD = lazy_compile(r"(?i)^(?:(?:located|situated|seen|found|lying|centred|centered)\s+)?"
                           r"(?:in|at|within|on|inside|along)\s+(?:the\s+)?(?=\w)")
# The article opening an answer in another language ("El hígado.", "Die Leber."), read only to a question in one.
_FOREIGN_ARTICLE = lazy_compile(r"(?i)^(?:(?:el|la|los|las|le|les|der|die|das|den|dem|il|lo|gli|o|os|as|un|una|une|ein|"
                                r"eine|uno)\s+|l['’])(?=\w[\w-]+(?:[\s,.;:!]|$))")
_FOREIGN_LABEL_WORDS = 4
_FOREIGN_QUESTION = lazy_compile(r"(?i)(?:^|[¿\s])(?:qu[ée]|quel(?:le)?s?|cu[áa]l(?:es)?|d[óo]nde|welche[rsmn]?|was|wo|"
                                 r"quale|quali|dove|qual|quais|onde|où)\b")
# An approximation before a number: "About 35%.", "Approximately 11 weeks."
_ABOUT = lazy_compile(r"(?i)^(?:approx\.|" + hedges.alternation(hedges.APPROXIMATE) + r"|ca\.|~|"
                      r"an?\s+estimated)\s*(?=\d|(?:" + "|".join(NUMBER_WORDS[1:11]) + r")\b)")  # (one to ten)
# A count question, and a count opening its answer ("Two fetuses are seen.", "3 ribs").
_ASKS_COUNT = lazy_compile(r"(?i)\bhow\s+many\b")
_COUNT = lazy_compile(r"(?i)^(\d{1,3}|" + "|".join(NUMBER_WORDS[:13]) + r")\b"  # (zero to twelve)
                      r"((?:\s+[a-z-]+){0,4})\s*(?:(?:are|is)\s+(?:" + "|".join(negation.SEEN) + r"|fractured)\s*)?$")
# Words holding the answer open: a frame is never dropped from them, nor a conclusion taken from them.
_HOLDS = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NEITHER, negation.NONE, negation.EXCLUDED,
                                             hedges.POSSIBILITY, hedges.CONDITION, hedges.WEIGHING, hedges.DOUBT,
                                             hedges.TURN, hedges.ALTERNATIVE, ("or", "nor", "versus", "vs"))
                      + "|" + negation.CONTRACTION + r"|[?？/]")
_WORD = lazy_compile(r"[^\W_]+")
# "S is seen (P)": a subject, a copula and a word of seeing, then nothing or a place.
_SEEN_SUBJECT = lazy_compile(r"(?i)^(?:(?:a|an|the)\s+)?(?P<subject>[\w-]+(?:\s+[\w-]+){0,7}?)\s+(?:is|are)\s+(?:"
                             + "|".join(negation.SEEN) + r")\b")
_PLACE_OPENING = lazy_compile(r"(?i)^(?:in|at|within|on|over|under|beneath|along|inside|throughout|around)\s")
_SEEN_WORDS = 8
# "I would say this is X": the writer's pick, not a condition.
_WOULD_SAY = lazy_compile(r"(?i)(?:\bwould|'d|’d)\s+(?:say|call|be)\b")
# A condition in what follows a "would" frame: "My diagnosis would be X if ...": supposed, not picked.
_IF = lazy_compile("(?i)" + hedges.words(hedges.SUPPOSING))
_RATIO = lazy_compile(r"\d:\d")  # "2:1 block": no clause mark
# The writer as the subject: "I'm unable to ...", "We see ...": a statement, not a label.
_PERSON = lazy_compile(r"(?i)^[\s*_\"']*(?:i|i'm|i’m|we|my|our|you)\b")
# A likelihood opening the answer ("Probably FLAIR.", "Most likely a meningioma, given ..."): the commitment, hedged,
# with the label after it. Not "Most likely diagnosis is ..." (a frame) nor "Probably not X".
_LIKELY_LEAD = lazy_compile(r"(?i)^(?:most\s+|very\s+)?(?:" + hedges.alternation(
    [w for w in hedges.LIKELIHOOD if w not in ("unlikely", "probable")]) + r")\b,?\s+(?!not\b|no\b)(?=\w)")
# A concession after a committed pick naming another candidate only as a differential or a possibility ("Most likely
# psoriasis, although eczema is a differential."): the pick stands.
_CONCEDED = lazy_compile(r"(?i),\s*(?:" + hedges.alternation(hedges.CONCESSION, ("but",)) + r")\s+[^,;:]{1,60}$")
_OTHER_CANDIDATE = lazy_compile("(?i)" + hedges.words(hedges.ALTERNATIVE, hedges.POSSIBILITY, hedges.NOT_EXCLUDED,
                                                      ("less likely", "unlikely", "consideration", "considered")))
_DOUBTS = lazy_compile("(?i)" + hedges.words(hedges.DOUBT, negation.DENY) + "|" + negation.CONTRACTION)
# Emphasis and quotes around the answer ("**It is the liver.**"), which the normalised answer drops anyway.
# A question asking how the image was made, and the image noun (with the part imaged) after its technique closing the
# answer: "T2-weighted MRI image of the brain", "axial CT scan", "plain radiograph of the chest" -> the technique.
_ASKS_TECHNIQUE = lazy_compile(r"(?i)\b(?:modality|technique|sequence|plane|weighting|type\s+of\s+(?:image|scan|study|"
                               r"imaging)|kind\s+of\s+(?:image|scan|study|imaging))\b")
# The imaging modalities by name (``extract/class_subject.py`` reads "on ultrasound" with them too).
MODALITIES = (r"(?:ct|mri|mr|x-?ray|radiograph|ultrasound|sonography|pet|spect|fluoroscopy|mammography|angiography|"
              r"scintigraphy|echocardiography|ultrasonography)")
_IMAGE_NOUN_TAIL = lazy_compile(
    r"(?i)\b(?:" + MODALITIES + r"|flair|dwi|weighted|t1|t2|axial|sagittal|coronal|contrast|enhanced|doppler|"
    r"fluoroscopic|angiographic|nuclear)(?P<tail>(?:\s+(?:image|images|scan|study|sequence|examination|"
    r"exam|film|view|slice|picture))(?:\s+of\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?)?|\s+of\s+(?:the\s+)?[a-z-]+"
    r"(?:\s+[a-z-]+)?)[\s.!]*$")
# To a question asking which part, a verb of place or involvement after any short subject: "The consolidation involves
# the right upper lobe" to "Which lobe is affected?" (the asked noun follows the verb).
_INVOLVES = lazy_compile(r"(?i)\s+(?:involves?|affects?|is\s+in|are\s+in|lies\s+in|lie\s+in)\s+(?:the\s+)?"
                         r"(?P<object>[^,;:.]+)")
# (a ">" before a number is its comparator, ">30%", not a quote mark: kept, it reads "more than 30%")
_LEAD_MARKUP = lazy_compile(r"^(?:[\s*_\"'“‘]|>(?!=?\s*\d))+")
_TRAIL_MARKS = frozenset("*_\"'”’")


def _unmarked(text: str) -> str:
    """``text`` without its opening and closing marks: what ``_LEAD_MARKUP`` matches at its start, then the run of
    blanks and ``_TRAIL_MARKS`` at its end. (One pattern, "^(?:...)+|[\\s*_\"'”’]+$", did both: its second branch,
    tried at each blank of a long run inside a sentence, rescanned the run to its end, quadratic, issue #12.)"""
    lead = _LEAD_MARKUP.match(text)
    start, end = (lead.end() if lead is not None else 0), len(text)
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAIL_MARKS):
        end -= 1
    return text[start:end]
_STEM = 5


def _stems(text: str) -> set[str]:
    return {w[:_STEM] for w in _WORD.findall(text.lower()) if len(w) > 2}


def _echoes(subject: str, question: str) -> bool:
    """Whether every content word of ``subject`` is one of the question's ("The fractured bone" to "Which bone is
    fractured?", "The gestational age" to "What is the gestational age?"), or only points at the image ("The organ
    shown in the image" to "What organ is this?")."""
    words = _stems(subject)
    asked = _stems(question) | {w[:_STEM] for w in _POINTING_WORDS}
    return bool(words - {w[:_STEM] for w in _POINTING_WORDS}) and words <= asked


def _frame_end(text: str, question: str) -> tuple[int, bool] | None:
    """Where the frame opening ``text`` ends, and whether it is a plain copula after a subject of the question's own
    ("The gallbladder is"), or ``None`` when it opens with none."""
    for pattern in (_POINTING, _IMAGE_SUBJECT, _EXISTS, _FOREIGN_FRAME):
        found = pattern.match(text)
        if found is not None:
            return found.end(), False
    found = _FOREIGN_SUBJECT.match(text)
    if found is not None and _echoes(found.group(1), question) and not foreign_negation_opens(text[found.end():]) \
            and FOREIGN_ADDS.search(text, found.end()) is None:
        return found.end(), False  # "El órgano afectado es el páncreas, que ..." to "¿Qué órgano está afectado?"
    found = _SUBJECT.match(text)
    if found is not None and _SUBJECT_VERB.search(found.group(1)) is None and (
            _echoes(found.group(1), question) or (open_tails.ASKS_PLACE.search(question) is not None
                                                   and _PLACED.match(text, found.end(1)) is not None)
            or _part_placed(text, found.end(1), question)):
        return found.end(), _PLAIN_COPULA.fullmatch(text[found.start(2):found.end()].strip()) is not None
    return None


def _part_placed(text: str, at: int, question: str) -> bool:
    """Whether, to a question asking which part ("Which lobe is affected?"), the verb at ``at`` involves or places the
    subject in the very part asked ("The consolidation involves the right upper lobe")."""
    asked = open_tails.ASKED_NOUN.match(question)
    found = _INVOLVES.match(text, at)
    if asked is None or found is None or open_tails.asks_part(question) is False:
        return False
    return asked.group(1).lower()[:_STEM] in _stems(found.group("object"))


def _seen(text: str, question: str) -> str | None:
    """The subject of "S is seen / noted / present (P)" ("A large left-sided pneumothorax is seen.", "Free air is
    noted under the diaphragm."), with its place after it when there is one, to a question not asking where; ``None``
    for any other sentence, or when the subject holds the answer open ("No fracture is seen.")."""
    found = _SEEN_SUBJECT.match(text)
    if found is None or open_tails.ASKS_PLACE.search(question) is not None:
        return None
    subject, rest = found.group("subject"), text[found.end():].strip()
    if _HOLDS.search(subject) is not None or _SUBJECT_VERB.search(subject) is not None \
            or len(_WORD.findall(subject)) > _SEEN_WORDS or (rest and _PLACE_OPENING.match(rest) is None):
        return None
    return open_tails.trimmed(subject + (" " + rest if rest else ""), question)


def _without_frame(text: str, question: str) -> str | None:
    """``text`` after its opening frame (and a reason clause before it), cut to its label; ``None`` when it has no
    frame, the frame holds the answer open, or what follows it is a statement of its own."""
    start = 0
    setting = _SETTING.match(text)
    if setting is not None and _frame_end(text[setting.end():], question) is not None:
        text = text[setting.end():]  # "On this T2-weighted image the abnormality lies in ..."
    reason = _REASON.match(text)
    if reason is not None and _frame_end(text[reason.end():], question) is not None:
        start = reason.end()  # "Based on the CRL, the gestational age is ..."
    frame = _frame_end(text[start:], question)
    if frame is None or _HOLDS.search(_WOULD_SAY.sub("say", text[:start + frame[0]])) is not None:
        return None
    if _WOULD_SAY.search(text[:start + frame[0]]) is not None and _IF.search(text[start + frame[0]:]) is not None:
        return None  # "The diagnosis would be gout if the crystals were negatively birefringent."
    rest = open_tails.trimmed(text[start + frame[0]:], question, qualify=False)
    second = _SECOND_PREDICATE.search(rest)
    if second is not None and (open_tails.ASKS_PLACE.search(question) is not None or open_tails.asks_part(question)) \
            and _STATEMENT.search(rest[:second.start()]) is None and _HOLDS.search(rest[second.start():]) is None:
        rest = rest[:second.start()]  # "The tumour arises from the left adrenal gland and measures 5 cm." to "Which organ?"
    if _WORD.search(rest) is None or _STATEMENT.search(rest) is not None:
        return None  # "The left lung is clear; the abnormality is ...", "... it's radiolucent"
    rest = open_tails.trimmed(rest, question)
    instance = _INSTANCE.match(rest)
    if instance is not None and _WORD.search(rest[instance.end():]) is not None:
        rest = rest[instance.end():]  # "There is evidence of a pneumoperitoneum."
    asked = open_tails.ASKED_NOUN.match(question)
    if frame[1] and len(_ARTICLES.sub(" ", rest).split()) > _PREDICATE_WORDS and (
            asked is None or asked.group(1)[:_STEM].lower() not in _stems(text[:start + frame[0]])):
        return None  # "The gallbladder is contracted and filled with stones": the subject is part of the finding
    return rest


def frame_label(sentence: str, question: str) -> str | None:
    """The label a framed sentence gives ("Based on the image, the most likely diagnosis is acute appendicitis." ->
    "acute appendicitis"), or ``None`` when it opens with no frame (:func:`_without_frame`)."""
    text = _unmarked(sentence).strip().rstrip(".!")
    if not text or HAN.search(text) is not None:
        return None
    label = _without_frame(text, question)
    return label if label is not None and _WORD.search(label) is not None else None


# A short lead-in clause before a sentence's subject: "Putting this together, the collapsed lobe is ...", "Therefore,
# the ...". A lead holding the sentence open ("If so, ...", "Possibly, ...", "Not certain, but") is none.
_LEAD_CLAUSE = lazy_compile(r"^([^,;:()]{1,40}),\s+(?=\S)")
_LEAD_WORDS = 4
# An indefinite subject speaks of the class, not of this image's thing ("A collapsed lobe is a lobe that has lost its
# air.").
_INDEFINITE = lazy_compile(r"(?i)an?\s")
_LEAD_HELD = lazy_compile("(?i)" + hedges.words(hedges.SUPPOSING, hedges.POSSIBILITY, hedges.DOUBT, hedges.TURN,
                                                negation.DENY) + "|" + negation.CONTRACTION)


def echo_label(sentence: str, question: str) -> tuple[str, str] | None:
    """(subject, label) of a sentence whose subject echoes the question before its verb ("Putting this together, the
    collapsed lobe is the left upper lobe." -> ("collapsed lobe", "the left upper lobe") to "Which lobe is
    collapsed?"), after a short lead-in clause that holds nothing open; ``None`` for a sentence of another shape (a
    pointer or an image opening it: "The image shows ..." is read by :func:`frame_label`), or one whose frame holds
    the answer open (:func:`_without_frame`). Read by ``extract/open_echo.py`` on each sentence of a longer reply."""
    text = _unmarked(sentence).replace("**", "").replace("__", "").strip().rstrip(".!")
    if not text or HAN.search(text) is not None:
        return None
    lead = _LEAD_CLAUSE.match(text)
    if lead is not None and len(lead.group(1).split()) <= _LEAD_WORDS and _LEAD_HELD.search(lead.group(1)) is None:
        text = text[lead.end():]
    found = _SUBJECT.match(text)
    if found is None or _SUBJECT_VERB.search(found.group(1)) is not None or not _echoes(found.group(1), question) \
            or _INDEFINITE.match(text) is not None:  # "A collapsed lobe is a lobe that ...": the class defined
        return None
    label = _without_frame(text, question)
    return (found.group(1), label) if label is not None and _WORD.search(label) is not None else None


def asks_technique(question: str) -> bool:
    """Whether ``question`` asks how the image was made (its modality, sequence, plane, kind of image)."""
    return _ASKS_TECHNIQUE.search(question) is not None


def _without_likelihood(text: str) -> str:
    """``text`` without a likelihood opening it ("Probably FLAIR." -> "FLAIR"), and without a concession after the pick
    that names another candidate only as a differential ("Most likely psoriasis, although eczema is a differential.");
    ``text`` itself when the rest is a statement of its own ("Most likely diagnosis is ...") or doubts the pick."""
    lead = _LIKELY_LEAD.match(text)
    if lead is None:
        return text
    rest = text[lead.end():]
    conceded = _CONCEDED.search(rest)
    if conceded is not None and _OTHER_CANDIDATE.search(conceded.group()) is not None \
            and _DOUBTS.search(conceded.group()) is None:
        rest = rest[:conceded.start()]  # the pick stands; the other is only a differential
    if _STATEMENT.search(rest) is not None or _HOLDS.search(rest) is not None or _WORD.search(rest) is None:
        return text
    return rest


def unframed(region: str, question: str) -> str:
    """``region`` cut to its label (see module docstring and :func:`medstep.extract.open_tails.trimmed`); ``region``
    itself when it has no frame, or the frame holds the answer open."""
    text = _unmarked(region).strip()
    if not text:
        return region
    if HAN.search(text) is not None:
        return open_frames_cjk.zh_unframed(text, question)
    text = _without_likelihood(text)
    text = open_estimate.estimated(text, question) or text  # "Based on ..., I estimate 34 degrees."
    text = _before_statement(text, question)
    text = _without_frame(text, question) or _seen(text.rstrip(" .!"), question) or open_tails.trimmed(text, question)
    if open_tails.ASKS_PLACE.search(question) is not None:
        lead = _PLACE_LEAD.match(text)
        if lead is not None and _WORD.search(text[lead.end():]) is not None:
            text = text[lead.end():]  # "In the sigmoid colon."
    article = _FOREIGN_ARTICLE.match(text) if _FOREIGN_QUESTION.search(question) is not None else None
    if article is not None and 0 < len(_WORD.findall(text[article.end():])) <= _FOREIGN_LABEL_WORDS:
        text = text[article.end():]  # "El riñón derecho."
    if _ASKS_TECHNIQUE.search(question) is not None:
        tail = _IMAGE_NOUN_TAIL.search(text)
        if tail is not None and tail.start() > 0 and _HOLDS.search(text) is None:
            text = text[:tail.start("tail")]  # "T2-weighted MRI image of the brain" -> "T2-weighted MRI"
    about = _ABOUT.match(text)
    if about is not None:
        text = text[about.end():]  # "About 35%."
    if _ASKS_COUNT.search(question) is not None:
        count = _COUNT.match(text.rstrip(" .!"))
        if count is not None and (not count.group(2).strip() or _stems(count.group(2)) & _stems(question)):
            text = count.group(1)  # "Two fetuses are seen." to "How many fetuses ...?"
    return text


def _before_statement(text: str, question: str) -> str:
    """``text`` cut before a semicolon opening a statement that only explains what precedes it ("This is a FLAIR image;
    CSF is suppressed.", "Atrial flutter with 2:1 block; sawtooth waves are seen in II."): read like a second
    sentence (``open_span.droppable``: nothing in it turns, doubts, concludes otherwise or renames)."""
    head, mark, tail = text.partition(";")
    if not mark or not _WORD.search(head) or _STATEMENT.search(tail) is None or ";" in tail \
            or _HOLDS.search(head) is not None:  # "No abnormality is seen; the chest appears normal."
        return text
    framed = any(p.match(head) is not None for p in (_POINTING, _IMAGE_SUBJECT, _EXISTS)) \
        or _frame_end(head, question) is not None  # "The uptake is present in the left SI joint; the rest is normal."
    if not framed and (_STATEMENT.search(_RATIO.sub(" ", head)) is not None or _PERSON.match(head) is not None):
        return text  # "The left lung is clear; the abnormality is ...", "I'm unable to identify any; ...": statements
    if _stems(tail) & (_stems(question) - {w[:_STEM] for w in _POINTING_WORDS}):
        return text  # what follows speaks of what the question asks: it may be the answer
    return head if open_span.droppable(tail, head) else text


def foreign_label(text: str, question: str) -> str:
    """The label of an answer written in another language, cut from its frame as :func:`unframed` cuts it, and from
    a Chinese or Japanese answer lead (``langwords.ZH_ANSWER_LEFT`` and ``ZH_DECISION_LEFT``: "答案是：气胸。",
    "诊断为气胸"); ``text`` itself for an English answer, and wherever the frame holds the answer open. Read by the
    open-answer grader, which takes English frames its own way."""
    text = _unmarked(text).strip()
    if HAN.search(text) is not None or KANA.search(text) is not None:
        return open_frames_cjk.cjk_label(text, question)
    article = _FOREIGN_ARTICLE.match(text) if _FOREIGN_QUESTION.search(question) is not None else None
    if article is not None and 0 < len(_WORD.findall(text[article.end():])) <= _FOREIGN_LABEL_WORDS:
        return text[article.end():].rstrip(" .!")  # "El riñón derecho."
    return text


__all__ = ["MODALITIES", "foreign_label", "frame_label", "unframed"]
