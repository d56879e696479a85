"""Open replies that teach instead of reading the image: normal anatomy, a method of reading, what a technique shows.

Asked "What abnormality is seen in the pelvis?" or "What is the most likely diagnosis on this bone scan?", a model may
answer with a textbook: "The pelvis contains the bladder, rectum and uterus. The bony pelvis is formed by the two hip
bones and the sacrum." (what the region holds, nothing found in it); "To reach a diagnosis for a bone lesion, it helps
to work through a structured approach: 1. age 2. location ..." (how one would decide, never deciding); "Bone
scintigraphy reflects osteoblastic activity. Increased uptake can be seen with fractures, infection or tumour.
Correlation with radiographs is essential." (what the technique can show in general). Read whole as the open answer,
each is a decision the model did not make; :func:`teaches` finds them, for ``extract/open_unanswered.py``.

The shapes are kept narrow, since a reply naming this image's finding must stay an answer:

* anatomy: the question asks for an abnormality, a finding or a diagnosis; the reply names two or more structures of
  the vocabulary and no finding, device or group at all; it says nothing of this image being normal or abnormal (a
  normality verdict, "the pancreas appears normal", answers); and it makes two statements of structure or more
  ("is divided into", "consists of", "is formed by", "normally", "normal anatomy", "is a retroperitoneal organ") or an
  inventory ("contains the globe, the optic nerve and the ophthalmic vessels": three structures after the verb);
* method: the reply opens with a purpose and a method ("To reach a diagnosis ..., it helps to ...", "To narrow the
  differential, one should ...") and no word anywhere commits to a candidate or points at this case;
* checklist: what one would look at, item by item, and nothing found ("Right lung: upper/mid/lower zones; compare
  density with left; hilum position; apex for PTX.", "Here are some things radiologists typically look at: *
  Ventricles: size and symmetry * Midline structures"): three items or more, each a short fragment without a verb
  of statement, naming anatomy, a property looked at or a search ("apex for PTX": a finding looked for is not found),
  and no finding, state or number; a lead ("... look at:"), a question ("Is the liver enlarged?") and a courtesy
  (``open_generic``) beside the items say nothing either (:func:`_checklist`);
* technique: every sentence is about a technique of the vocabulary (its subject), a list of what "can be seen with" or
  "may occur with" it (two or more items, said in general), or a call for correlation, with no word of commitment
  and nothing pointing at this case.

A search lesson (:func:`search_lesson`: a lead announcing what one would look for, or a method announced before its
steps, "To evaluate this chest radiograph systematically, consider:\n1. ...", then its list) says nothing of this
image to any question when the lead opens the reply (session 55, issue #7).

Asked to count ("How many vertebrae are visible?"), a model may teach how such images are taken instead: "Spine
radiographs are usually taken standing ..." (a lesson: two sentences or more, each true in general: a word of
habit or of purpose, ``_GENERAL``) and give no count: no digit, no number or quantity word, and never the counted noun
(:func:`_count_lesson`). Any of these, or a word pointing at this case, keeps the reply for the count readers.
"""

from __future__ import annotations

from medstep.answers import hedges, negation, qualifiers
from medstep.answers.concepts import normalize, vocabulary
from medstep.extract.concept_question import category_of
from medstep.extract.open_count import counted_noun, numbers
from medstep.extract.open_definition import is_technique
from medstep.answers.wordforms import DISEASE_ENDINGS, DISEASE_NOUNS
from medstep.lazyre import lazy_compile

_MAX = 900
_SENTENCES = lazy_compile(r"(?<=[.!?])\s+|\n+")
# A question asking what is wrong: an abnormality, a finding, a lesion, a diagnosis.
_ASKS_ABNORMAL = lazy_compile(r"(?i)\b(?:abnormal(?:ity|ities)?|findings?|patholog(?:y|ies)|lesions?|diagnos[ie]s|"
                              r"wrong|injury|problem)\b")
# A verdict on this image's normality: the reply answers "normal" and must stay an answer.
_VERDICT = lazy_compile(
    r"(?i)\b(?:unremarkable|abnormal(?:ity|ities)?|within\s+normal\s+limits|nothing|no\s+(?:[\w-]+\s+){0,3}?"
    r"(?:abnormalit(?:y|ies)|lesions?|mass(?:es)?|evidence|findings?|patholog(?:y|ies))|(?:is|are|appears?|looks?|"
    r"seems?)\s+(?:[\w-]+\s+)?(?:normal|unremarkable|clear|intact|preserved|healthy)|normal\s+in\s+(?:size|"
    r"appearance|calib(?:er|re)|position|shape))\b")
# A statement of structure: how a region is built, where a part normally sits, what kind of organ it is.
_STRUCTURE = lazy_compile(
    r"(?i)\b(?:divided\s+into|consists?\s+of|(?:is|are)\s+(?:composed|made\s+up)\s+of|formed\s+by|comprises?|"
    r"separated\s+by|bounded\s+by|articulates?\s+with|joined\s+(?:at|by)|connected\s+by|normally|normal\s+anatomy|"
    r"(?:is|are)\s+an?\s+(?:[\w-]+\s+)?(?:organ|gland|structure|space|cavity|compartment))\b")
_INVENTORY = lazy_compile(r"(?i)\b(?:contains?|comprises?|houses?|holds?)\b")
_INVENTORY_MIN = 3
# One statement of structure may describe this image's anomaly ("the kidney is divided into two moieties"); a
# textbook says two or more.
_STRUCTURE_MIN = 2

# Committing to a candidate, or pointing at this case: then the reply reads something and is not taught.
_COMMITS_OR_POINTS = lazy_compile(
    r"(?i)\b(?:this|here|i|i'm|i'd|we|my|likely|probably|probable|favou?r\w*|consistent|compatible|keeping|"
    r"suggest\w*|represents?|diagnosis\s+is|shows?|demonstrates?|reveals?|appears?|looks?|seems?)\b")
# A purpose, then a method: "To reach a diagnosis ..., it helps to ...", "To narrow the differential, one should ...".
_METHOD = lazy_compile(
    r"(?i)^[\s*_#]*(?:to|in\s+order\s+to)\s+(?:reach|make|arrive\s+at|narrow|establish|determine|get\s+to|work\s+out|"
    r"characteri[sz]e|evaluate|assess)\b[^,:\n]{0,100},\s*(?:it\s+(?:helps|is\s+(?:useful|helpful|important|best|"
    r"wise))|you\s+(?:should|need|can|must|would)|one\s+(?:should|needs?|can|must|would)|consider|start|begin|"
    r"look|work|use|apply)\b")
# What a technique can show in general: "Increased uptake can be seen with fractures, infection and tumour."
_CAN_SHOW = lazy_compile(r"(?i)\b(?:can|may|might|could)\s+(?:be\s+(?:seen|found|caused|encountered)|occur|result|"
                         r"arise|reflect|indicate)\s+(?:with|in|from|by)\b")
_LIST_MARK = lazy_compile(r",|\bor\b|\band\b")
# A call for correlation: "Correlation with radiographs is essential for interpretation."
_CORRELATE = lazy_compile(r"(?i)^[\s*_]*(?:clinical\s+)?correlation\b|\b(?:is|are)\s+(?:essential|required|"
                          r"recommended|needed|necessary)\s+(?:for|to)\s+(?:interpretation|interpret|diagnosis)\b")
_TECHNIQUE_SUBJECT = lazy_compile(r"(?i)^[\s*_]*(?P<subject>[\w-]+(?:\s+[\w-]+){0,2}?)\s+(?:with\s+[\w-]+\s+)?"
                                  r"(?:reflects?|uses?|measures?|relies|depends|detects?|images?|depicts?|maps?|"
                                  r"provides?|offers?|produces?|exploits?|employs?|"
                                  r"assesses|evaluates|is|are)\b")


_ALL_OR_NONE = ("both", "all", *negation.NONE, *negation.PLAIN[:1], negation.NEITHER[0], "each", "every", "only",
                "pair", "couple", "twice", "dozen", "dozens", "countless")
# A statement true in general: a word of habit or of what a thing is for ("are commonly obtained", "is used to
# assess", "helps evaluate").
# (Habit words live in ``hedges.HABIT``.)
_GENERAL = lazy_compile("(?i)" + hedges.words(hedges.HABIT) + r"|\b(?:(?:is|are)\s+used\s+(?:to|for)|helps?|aids?|"
                        r"allows?)\b")
# A quantity without a number: "a single", "both", "all of them", "none", "several", "a few more" (the number
# qualifiers of ``qualifiers.NUMBER`` and the "many" words of ``hedges.MANY``, and the words of all or none).
_QUANTITY = lazy_compile("(?i)" + hedges.words(qualifiers.NUMBER, hedges.MANY, _ALL_OR_NONE))
_DIGIT = lazy_compile(r"\d")
_WORD = lazy_compile(r"[^\W_]+")


def general_remark(sentence: str) -> bool:
    """Whether ``sentence`` says something true in general (a word of habit or of purpose, ``_GENERAL``: "A chest
    X-ray is one of the most commonly used imaging tests.") and nothing in it commits to a candidate or points at this
    case (``_COMMITS_OR_POINTS``): read by ``extract/open_commitment.py`` and ``extract/side_choice.py``."""
    return _GENERAL.search(sentence) is not None and _COMMITS_OR_POINTS.search(sentence) is None


def teaches(region: str, question: str) -> bool:
    """Whether the open reply ``region`` to ``question`` is one of the textbook shapes of the module docstring."""
    text = region.strip()
    if not text or len(text) > _MAX:
        return False
    if _count_lesson(text, question) or search_lesson(text, opening=True):
        return True  # (steps announced and listed commit to nothing, whatever was asked)
    if _ASKS_ABNORMAL.search(question) is None:
        return False
    return _anatomy(text) or _method(text) or _technique(text) or _checklist(text)


def _count_lesson(text: str, question: str) -> bool:
    """Whether ``text`` answers a count ``question`` with a lesson in general and no count (module docstring)."""
    noun = counted_noun(question)
    if noun is None:
        return False
    sentences = [s for s in _SENTENCES.split(text) if s.strip()]
    if len(sentences) < 2 or _DIGIT.search(text) is not None or numbers(text, question):
        return False
    if _QUANTITY.search(text) is not None or _COMMITS_OR_POINTS.search(text) is not None:
        return False
    if any(w.lower().startswith(noun) for w in _WORD.findall(text)):
        return False  # "Ribs are usually counted from the back ...": the thing counted, talked of
    return all(_GENERAL.search(s) is not None for s in sentences)


def _categories(text: str) -> list[str]:
    return [category_of(m) for m in vocabulary().mentions(normalize(text))]


def _anatomy(text: str) -> bool:
    found = _categories(text)
    if found.count("anatomy") < 2 or any(c in ("finding", "device", "group") for c in found):
        return False
    if _VERDICT.search(text) is not None:
        return False
    if len(_STRUCTURE.findall(text)) >= _STRUCTURE_MIN:
        return True  # "... is divided into three lobes ... separated by the fissures ... normally sits higher"
    for sentence in _SENTENCES.split(text):
        verb = _INVENTORY.search(sentence)
        if verb is not None and _categories(sentence[verb.end():]).count("anatomy") >= _INVENTORY_MIN:
            return True  # "The orbit contains the globe, the optic nerve and the ophthalmic vessels."
    return False


def _method(text: str) -> bool:
    return _METHOD.match(text) is not None and _COMMITS_OR_POINTS.search(text) is None


def _technique(text: str) -> bool:
    sentences = [s for s in _SENTENCES.split(text) if s.strip()]
    if len(sentences) < 2 or _COMMITS_OR_POINTS.search(text) is not None:
        return False
    first = _TECHNIQUE_SUBJECT.match(sentences[0])
    if first is None or "finding" in _categories(sentences[0]):
        return False
    subject = _categories(first.group("subject"))  # "Bone scintigraphy", "CT": a technique, maybe with its region
    if not (is_technique(first.group("subject")) or ("modality" in subject and set(subject) <= {"modality", "anatomy"})):
        return False
    listed = False
    for sentence in sentences[1:]:
        if _CAN_SHOW.search(sentence) is not None and len(_LIST_MARK.findall(sentence)) >= 1:
            listed = True
        elif _CORRELATE.search(sentence) is None:
            return False
    return listed


__all__ = ["general_remark", "teaches"]


# The pieces of a checklist: its lines, bullets, semicolon-separated items and sentences.
_ITEMS = lazy_compile(r"\n+|;|(?<=[.!?])\s+|(?:^|\s)[*•-]\s+")
_ITEM_MARKS = " \t*_#>•-—–:.,"
_CHECK_ITEMS_MIN = 3
_CHECK_ITEM_WORDS = 6
# A verb stating something of this image, a number or a denial: an item holding one reads the image.
_STATES = lazy_compile(r"(?i)\b(?:is|are|was|were|shows?|showing|seen|noted|appears?|looks?|has|have|there|measur\w*|"
                       + negation.alternation(negation.DENY, negation.NONE) + r")\b|\d")
# A finding looked FOR ("apex for PTX", "check for free air"): searched, not found.
_LOOKED_FOR = lazy_compile(r"(?i)\bfor\s+.*$")
# What the items of a checklist name beside anatomy: the properties looked at, the comparison, the search.
_CHECKED = frozenset({"size", "symmetry", "position", "density", "contour", "contours", "shape", "margin", "margins",
                      "border", "borders", "zone", "zones", "space", "spaces", "differentiation", "markings", "outline",
                      "alignment", "width", "thickness", "integrity", "course", "calibre", "caliber", "pattern",
                      "attenuation", "signal", "enhancement", "compare", "comparison", "with", "and", "or", "the", "a",
                      "of", "in", "on", "at", "to", "each", "both", "sides", "side", "mid", "note", "lines", "tubes",
                      "line", "tube", "angle", "angles", "gray", "grey", "white", "matter", "extra", "axial", "intra",
                      "midline", "structures", "structure", "apex", "apices", "hilum", "hila", "fissure", "fissures",
                      *hedges.SEARCH})


def _checklist(text: str) -> bool:
    """Whether ``text`` only lists what one would look at (module docstring's checklist)."""
    from medstep.extract.open_generic import courtesy, says_nothing  # (open_generic's readers import this module's peers)

    items = 0
    for piece in _ITEMS.split(text):
        item = piece.strip(_ITEM_MARKS)
        if not _WORD.search(item):
            continue
        if piece.rstrip().endswith((":", "?")) or courtesy(item) or says_nothing(item):
            continue  # a lead ("... look at:"), a question asked of the image, a courtesy, a statement in general
        head = item.split(":", 1)[-1] if ":" in item else item  # "Right lung: upper/mid/lower zones"
        if _STATES.search(item) is not None or len(_WORD.findall(head)) > _CHECK_ITEM_WORDS:
            return False
        looked = _LOOKED_FOR.sub("", item)
        low = normalize(looked)
        # (a property looked at may be a finding's name as well: "density", "enhancement")
        found = [m for m in vocabulary().mentions(low) if not set(_WORD.findall(low[m.start:m.end])) <= _CHECKED]
        if any(category_of(m) not in ("anatomy", "modality") for m in found):
            return False
        spans = [(m.start, m.end) for m in found]
        rest = [w for i, w in enumerate(_WORD.findall(low)) if not any(a <= low.find(w) < b for a, b in spans)]
        if any(w not in _CHECKED and (w in DISEASE_NOUNS or w.endswith(DISEASE_ENDINGS) or w.endswith(_STATE_END))
               for w in rest):
            return False
        items += 1
    return items >= _CHECK_ITEMS_MIN


# A state's word by its shape: "enlarged", "thickened", "widening", "opacity" (an item naming one found something).
_STATE_END = ("ed", "ing", "ity", "ous", "osis", "itis")


# A lead announcing what one would look for, or points in general, before a list: "To determine whether there's air
# under the diaphragm, I would look for:", "you'd typically look for:", "Here are some general points about renal
# masses:" (the line ends on its colon: the list follows).
# Also a method announced before its steps: "To evaluate this chest radiograph systematically, consider:", "To identify
# abnormalities on a liver CT, a systematic approach is helpful:", "Here's a general approach to interpreting it:".
_SEARCH_LEAD = lazy_compile(
    r"(?i)(?:\b(?:would|'d|typically|usually|generally|should|can|could)\s+(?:\w+\s+){0,2}?(?:look|check|search|assess)\s+"
    r"(?:for|at)|\b(?:general|key|main|some)\s+(?:points|facts|features|things)\s+(?:about|on|to\s+know)\b[^\n]*"
    r"|^[\s*_#>]*to\s+(?:evaluate|assess|identify|interpret|read|review|detect|characteri[sz]e)\b[^\n:]*?,\s*"
    r"(?:consider|(?:a|an)\s+(?:systematic|structured|step-by-step)\s+(?:approach|method|review)\b[^\n:]*)"
    r"|\b(?:general|systematic|structured|step-by-step)\s+(?:approach|method|checklist)\s+(?:to|for)\s+"
    r"(?:\w+ing|evaluate|assess|interpret|read|review)\b[^\n:]*)"
    r"[\s*_]*:[\s*_]*$")
_LIST_LINE = lazy_compile(r"^\s*(?:\d{1,2}[.)]|[-*•])\s+\S")
# A line saying something was found in this image: then the list was applied, not only taught.
# (read on the lines beside the list, not in its items: "Rigler's sign (both sides of the bowel wall visible)" says
# what the sign looks like)
_FOUND = lazy_compile("(?i)" + hedges.words(negation.SEEN, ("i see", "i can see", "there is", "there are", "shows",
                                                              "this image", "this film", "this scan")))


def search_lesson(text: str, opening: bool = False) -> bool:
    """Whether ``text`` announces what one would look for (or general points) and lists it, never saying what this
    image holds: "To determine whether there's air under the diaphragm, I would look for:\n1. A crescent-shaped
    lucency ...\n2. Rigler's sign ...\nThese findings would indicate pneumoperitoneum." To a yes/no question the
    findings it lists were searched for, not found: no verdict (read by ``extract/closed_reader.py``). A list applied
    ("... I would look for:\n- a pleural line\nA pleural line is seen at the apex.") is a reading. ``opening``: the
    lead must open the reply (read so of an open reply, to any question: "To evaluate this chest radiograph
    systematically, consider:\n1. ..."; a line before it may refuse or state a finding, which other readers judge)."""
    lines = [ln for ln in text.strip().splitlines() if _WORD.search(ln)]
    lead = next((i for i, ln in enumerate(lines) if _SEARCH_LEAD.search(ln) is not None), None)
    if lead is None or lead > (0 if opening else 1):  # (its "whether there is" asks: "To decide whether there is an
        # effusion, ...")
        return False
    items = [ln for ln in lines[lead + 1:] if _LIST_LINE.match(ln) is not None]
    others = [ln for ln in lines[lead + 1:] if _LIST_LINE.match(ln) is None]
    if opening and any(_HEDGED.search(ln) is None for ln in others):
        return False  # "...consider:\n1. Airway\n2. Lungs\nConclusion: right tension pneumothorax": a method applied
    return len(items) >= 2 and len(others) <= 1 and all(_FOUND.search(ln) is None and _APPLIED.search(ln) is None
                                                        for ln in others)


# A line saying what would or may hold in general, or what the method is for: the only line a method announced before
# its steps may add beside them ("These findings would indicate pneumoperitoneum.", "Using these criteria helps decide
# whether ...", "... will help identify any abnormality."); any other line states this image's answer ("Conclusion:
# right tension pneumothorax", "10 posterior ribs").
_CONDITIONAL = ("would", "could", "if", "when", "might", "may", "typically", "usually")
_HEDGED = lazy_compile(r"(?i)\b(?:" + "|".join(_CONDITIONAL + ("will", "should", "generally", "often", "can", "help",
                                                                 "helps")) + r")\b")
# A line beside the list stating what this image holds in the present, or its verdict ("The left angle is blunted with
# a meniscus - yes."), not what the findings would mean ("These findings would indicate pneumoperitoneum.").
_APPLIED = lazy_compile(r"(?i)^(?!.*\b(?:" + "|".join(_CONDITIONAL) + r")\b).*\b(?:yes|no|is|are|has|have)\b")
