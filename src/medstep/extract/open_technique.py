"""The one technique value an open answer names, to a question asking that attribute of the image.

"What plane is this MRI?" is answered "This is a sagittal T1-weighted image through the midline of the lumbar spine.",
"What view is this chest radiograph?" with "PA (posteroanterior) erect view — the scapulae are clear of the lung
fields.", "What is the MRI sequence?" with "It's diffusion-weighted imaging (DWI), b=1000." The answer is the plane,
projection or sequence named; the rest describes the image. :func:`asked_value` returns the words naming it.

Only a value the answer names is taken, in its own words, and only when it names exactly one value of the asked
attribute (two names of one value, "Transverse (also called axial)", or a value and its parent, "frontal PA", count as
one; "Axial and coronal images" names two and is left whole; a sequence with its contrast, "T1-weighted
post-contrast", is left whole too), none denied ("not axial") and nothing holding it open
(a hedge, an alternative). Planes are ``concepts.IMAGING_PLANES``; projections and sequences ``technique.tsv``.
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.answers.concepts import IMAGING_PLANES, normalize, vocabulary
from medstep.extract import foreign_words
from medstep.extract.concept_question import category_of
from medstep.extract.open_definition import asks_technique
from medstep.answers.technique import bare_place, related, technique_mentions
from medstep.answers.text import HAN
from medstep.lazyre import lazy_compile

# The attribute a question asks, as its asked noun: "What plane is this MRI?", "In which plane ...?", "What is the MRI
# sequence?", "Which view of the mammogram is this?"; not "What is seen on the lateral view?" (a finding on a view).
_ASKS = (r"(?i)^\W*(?:(?:in|on)\s+)?(?:what|which)\s+(?:(?:imaging|image|mri|mr|ct|radiographic|scan|x-?ray)\s+)?{0}\b|"
         r"^\W*what\s+is\s+the\s+(?:(?:imaging|image|mri|mr|ct|radiographic|scan|x-?ray)\s+)?{0}\b")
_ASKS_PLANE = lazy_compile(_ASKS.format("planes?"))
_ASKS_PROJECTION = lazy_compile(_ASKS.format("(?:view|projection)"))
_ASKS_SEQUENCE = lazy_compile(_ASKS.format("(?:sequence|weighting)"))
_PLANE_WORD = lazy_compile(r"(?i)(?<![\w-])(?:" + "|".join(sorted(IMAGING_PLANES, key=len, reverse=True)) + r")(?![\w-])")
_SHORT_NAME = 4
# A Chinese question asking how the image was made: "该图像的成像方式是什么？", "采用的是哪种检查方法？".
_ASKS_ZH_TECHNIQUE = lazy_compile(r"成像方式|成像技术|成像模态|检查方式|检查方法|检查手段|检查技术|扫描方式|影像学检查|"
                                  r"(?:什么|哪种|哪一种|何种)(?:影像)?(?:检查|成像|影像)")
# What else a Chinese question may ask beside the image's making ("什么成像平面", "什么成像序列", "该影像学检查显示的主要异常"):
# then it asks no modality.
_ZH_ASKS_OTHER = lazy_compile(r"平面|方位|层面|断面|切面|序列|加权|窗|异常|病变|诊断|表现|所见|病灶|部位|位置|疾病")
# What may follow a Chinese modality's name: not more characters of a longer name ("超声心动图").
_ZH_AFTER_FORM = lazy_compile(r"(?:$|[^\u4e00-\u9fff]|图像|图片|影像|检查|扫描|平扫|增强|成像|片|摄影|摄片|造影|图|显示|示|可见|见|"
                              r"所见|表现|提示|上|中|下|的|为|是)")
# What holds a Chinese answer's modality open: a possibility, "or", a denial of what it is, a question.
_ZH_HOLDS = lazy_compile("|".join((*hedges.ZH_POSSIBILITY, "或", "不是", "并非", "而非", "看起来像", "像是", "好像", "似乎",
                                    "类似", "？", r"\?")))  # "ct", "mri", "xray": a short name, not a plain word ("ultrasound" after "an echocardiogram, that is,")
# The image noun a modality's name may end with ("mri image", "ct scan").
_IMAGE_NOUNS = ("image", "images", "scan", "scans", "study", "film")
_IMAGE_NOUN = lazy_compile(r"\s+(?:" + "|".join(_IMAGE_NOUNS) + r")$")
_HOLDS = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NEITHER, negation.NEVER,
                                             negation.EXCLUDED, hedges.POSSIBILITY, hedges.DOUBT, hedges.TURN,
                                             hedges.ALTERNATIVE, hedges.LIKELIHOOD, hedges.OTHER_POSSIBILITY,
                                             ("or", "nor", "versus", "vs"))
                      + "|" + negation.CONTRACTION + r"|[?？/]")


def asked_value(region: str, question: str) -> str | None:
    """The words naming the one plane, projection or sequence ``region`` states, to a ``question`` asking it (see
    module docstring), or ``None``."""
    if _HOLDS.search(region) is not None:
        return None
    if HAN.search(question) is not None and _ASKS_ZH_TECHNIQUE.search(question) is not None \
            and _ZH_ASKS_OTHER.search(question) is None:
        return _zh_modality(region)
    if _ASKS_PLANE.search(question) is not None:
        found = list(_PLANE_WORD.finditer(region))
        if found and len({IMAGING_PLANES[m.group().lower()] for m in found}) == 1:
            return found[0].group()
        return None
    if asks_technique(question):
        return _modality(region)
    attribute = "projection" if _ASKS_PROJECTION.search(question) is not None else \
        "sequence" if _ASKS_SEQUENCE.search(question) is not None else None
    if attribute is None:
        return None
    named = technique_mentions(region)
    if attribute == "sequence" and any(m.value.attribute in ("contrast", "phase") for m in named):
        return None  # "T1-weighted post-contrast": the contrast is part of the sequence asked
    mentions = [m for m in named if m.value.attribute == attribute]
    if not mentions or any(not related(a.value, b.value) for a in mentions for b in mentions):
        return None
    narrowest = next((m for m in mentions if m.value.parent is not None), mentions[0])  # "frontal PA" -> "PA"
    return region[narrowest.start:narrowest.end]


def _modality(region: str) -> str | None:
    """The name of the one imaging modality ``region`` names (vocabulary category ``modality``: "non-contrast head
    computed tomography" -> "computed tomography"), its usual short name where the answer gives it too ("A plain
    radiograph (X-ray) of the left hand" -> "x ray"), a sequence's name passed over ("T2-weighted MRI image" ->
    "mri"); ``None`` when it names none or two ("PET/CT", "mammography, i.e. low-energy X-ray imaging").

    The words are those of the normalised text, as the reading itself is normalised."""
    if HAN.search(region) is not None:
        return None  # "这是磁共振成像（MRI）。": Chinese answers have readers of their own (open_frames)
    low = normalize(region)
    found = [m for m in vocabulary().mentions(low) if category_of(m) == "modality"
             and not bare_place(low, m.start, m.end)]  # "fracture of T2", "a T2 carcinoma": a vertebra, a stage
    if not found or len({m.concept for m in found}) != 1:
        return None
    sequences = {(t.start, t.end) for t in technique_mentions(low) if t.value.attribute == "sequence"}
    named = [m for m in found if not any(a <= m.start < b for a, b in sequences)]
    if not named:
        return None
    own = [m for m in named if low[m.start:m.end].replace(" ", "") == m.concept  # "x ray", "ct": the short name
           and len(m.concept) <= _SHORT_NAME]
    first = (own or named)[0]
    return _IMAGE_NOUN.sub("", low[first.start:first.end]) or None


def _zh_modality(region: str) -> str | None:
    """The one imaging modality a Chinese answer names, to a Chinese question asking how the image was made
    ("这是一张头颅CT平扫图像，可见双侧脑室对称。" -> "CT", "该图像为磁共振成像（MRI）" -> "MRI", "超声图像" -> "超声"):
    its own short name where the answer writes it (the Latin initials, as the English reader prefers them), else the
    Chinese name as written (``answers/foreign_words.tsv``'s modality class). ``None`` when it names none or two
    modalities, doubts ("可能", "或") or denies ("不是").

    Chinese has no spaces, so the vocabulary's Latin names are found standing alone between Chinese characters
    (``answers/concepts``), a sequence ("T2加权") counting as its modality but never given as the answer."""
    if _ZH_HOLDS.search(region) is not None:
        return None
    low = normalize(region)
    voc = vocabulary()
    named: dict[str, list[str]] = {}  # modality (its top concept) -> the names written for it
    for m in voc.mentions(low):
        if category_of(m) == "modality":
            named.setdefault(_top_modality(m.concept), []).append(low[m.start:m.end])
    zh = foreign_words.vocabulary()
    for form in sorted((f for f, w in zh.items() if w.kind is foreign_words.WordClass.MODALITY and HAN.search(f)),
                       key=len, reverse=True):
        at = low.find(form)
        if at >= 0 and _ZH_AFTER_FORM.match(low, at + len(form)) is None:
            continue  # "超声心动图": the name goes on into a longer one
        if at >= 0 and not any(form in other for names in named.values() for other in names):
            named.setdefault(_top_modality(zh[form].english.replace("-", "")), []).append(form)
    if len(named) != 1:
        return None
    (concept, names), = named.items()
    own = [n for n in names if n.replace(" ", "") == concept and len(concept) <= _SHORT_NAME]
    chinese = [n for n in names if HAN.search(n) is not None]
    return own[0] if own else chinese[0] if chinese else None


def _top_modality(concept: str) -> str:
    """A modality's broadest modality ("chest_xray" -> "xray"): a chest film and an X-ray are one answer."""
    found = vocabulary().concepts.get(concept)
    parents = [p for p in (found.parents if found is not None else ())
               if p in vocabulary().concepts and vocabulary().concepts[p].category == "modality"]
    return _top_modality(parents[0]) if parents else concept


def names_study_only(region: str, question: str) -> bool:
    """Whether a short ``region`` only names the study the image comes from ("axial CT abdomen with contrast . . .",
    "Sagittal T2 MRI of the lumbar spine.") to a ``question`` that asks no technique: every word is the modality, a
    plane, a sequence or a contrast phase (``technique.tsv``), the part imaged right after the modality ("CT
    abdomen", "MRI of the knee") or a word of an image's name. What it says is how the image was made, not what it
    shows, so it answers no finding or organ asked (issue #7: read whole, it was a false decision)."""
    if len(region) > _STUDY_MAX or HAN.search(region) is not None or asks_technique(question) \
            or _ASKS_PLANE.search(question) or _ASKS_PROJECTION.search(question) or _ASKS_SEQUENCE.search(question):
        return False
    if _ASKS_IMAGED.search(question) is not None:
        return False  # "What organ is shown?" to "MRI of the brain.": the part imaged is what is asked
    if _ASKS_HOW.search(question) or any(category_of(m) == "modality" for m in vocabulary().mentions(normalize(question))):
        return False  # "What is the stain?", "Is this a CT or MRI?": the technique is what is asked
    low = normalize(_HEADER_FIELDS.sub(" ", region))
    mentions = vocabulary().mentions(low)
    covered = [(m.start, m.end) for m in mentions if category_of(m) == "modality"]
    if not covered:
        return False
    more = [(t.start, t.end) for t in technique_mentions(low)] + [m.span() for m in _PLANE_WORD.finditer(low)]
    for m in mentions:  # the part imaged: right after the modality's name, maybe after "of (the)"
        if category_of(m) == "anatomy" and any(_IMAGED_PART.fullmatch(low, end, m.start) for _, end in covered):
            more.append((m.start, m.end))
    if not more:
        return False  # "CT.", "H&E stain": a bare technique may be an answer to a question asking it in other words
    covered += more
    rest = "".join(" " if any(a <= i < b for a, b in covered) else ch for i, ch in enumerate(low))
    return all(w in _STUDY_WORDS for w in _WORD_RUN.findall(rest))


_STUDY_MAX = 120
# A report's header fields around the study's name, which say nothing of the image either: its label ("Technique:",
# "Exam:") and an empty comparison ("Comparison: none.", "Prior studies: not available."). "PA and lateral chest
# radiographs. Comparison: none." is the header of a report with no findings written.
_HEADER_FIELDS = lazy_compile(r"(?i)(?:^|(?<=[.\n]))\s*(?:technique|exam(?:ination)?|study|procedure)\s*:|\b(?:comparisons?|"
                              r"priors?|prior\s+(?:studies|exams?|imaging))\s*:\s*(?:none|no\s+priors?(?:\s+\w+)?|not\s+"
                              r"available|unavailable|n/?a)\b\W*")
# A question about how the image was made in words ``asks_technique`` leaves to others: a stain, an imaging method.
_ASKS_HOW = lazy_compile(r"(?i)\b(?:stain\w*|modalit\w*|technique|imaging|sequence|plane|view|weighting|contrast)\b")
# A question asking what the image covers: "What organ is shown?", "Which body part is imaged?", "What does this image
# show?" (not "Which organ is enlarged?").
_ASKS_IMAGED = lazy_compile(r"(?i)\b(?:organ|part|region|area|structure|system|anatomy)s?\s+(?:is\s+|are\s+|does\s+)?"
                            r"(?:being\s+)?(?:shown|imaged|scanned|examined|visible|seen|evaluated|studied|depicted|pictured|"
                            r"displayed|this)\b|\bpart\s+of\s+the\s+body\b|\bwhat\s+does\s+(?:this|the)\s+"
                            r"(?:image|scan|film|study)\s+show\b")
_IMAGED_PART = lazy_compile(r"\s*(?:(?:of|through)\s+(?:the\s+)?)?")
_WORD_RUN = lazy_compile(r"[a-z0-9]+")
# The words of an image's name besides its technique: "with contrast", "image", "scan", "of the".
_STUDY_WORDS = frozenset({*_IMAGE_NOUNS, "with", "without", "of", "the", "a", "an", "and", "this", "is", "view", "slice",
                          "section", "series", "contrast", "through", "non", "enhanced", "weighted", "at", "level"})


__all__ = ["asked_value", "names_study_only"]
