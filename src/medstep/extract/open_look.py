"""An open reply that only describes how the image looks, or which anatomy is in view, and concludes nothing.

Asked what is abnormal, what the diagnosis or which organ is affected, a model sometimes answers with a caption of
the picture in several sentences or bullets: "This image is a black and white photograph. It shows a grayscale
pattern with various shades of gray ... The image has a rectangular shape and appears to be a medical scan.", "Here's
a description of the image:\\n* Grayscale cross-sectional image\\n* Several round and oval structures of varying
brightness\\n...\\nLet me know if you'd like more detail!", "The image shows the chest with the heart, lungs, ribs,
clavicles and diaphragm. The trachea is visible in the midline. The soft tissues of the neck ... are included in the
field of view." Read as text, the whole caption was graded as the answer (issue #7, blind 36): an invented decision.

The shape read here is general, not a phrase list: every sentence or bullet line of the reply is one of

* the image named with its modality, anatomy and frame words only (``open_decision.describes_image``, which also
  requires the question to ask what is there);
* the image's look: each word a frame word or a word of colour, shade, brightness, shape or layout (``_LOOK`` and the
  colour words of ``open_decision``), no concept of the vocabulary but modality and anatomy;
* anatomy said to be in view, optionally where in the image ("The trachea is visible in the midline."): the subject
  names only anatomy (``open_tour.anatomy_words``);
* a courtesy: an offer of more, an announcement of the description (``_COURTESY``, ``open_generic.courtesy``).

and at least two such lines stand (one line is the single-sentence readers' own). The question must ask what or which
(``open_decision.ASKS_WHAT``; to "Which organ ...?" only modality may be named beside the look) and not the look itself
(``_ASKS_LOOK``: "What colour ...?"). A number, a negation or any word
outside these sets (a finding, "normal", "enlarged", a diagnosis) keeps the reply an answer. Used by
``extract/open_reader.py``, which reports ``unparsed``.

A figure legend recalled from a paper ("figure 2 : ( a ) axial ct image . ( b ) coronal reformatted image .") is the
same caption in a paper's form: its label, then panels each naming only the image (:func:`legend_only`).
"""

from __future__ import annotations

from medstep.answers.concepts import normalize, vocabulary
from medstep.extract.concept_question import category_of, residual_words
from medstep.extract.open_definition import asks_technique
from medstep.extract.open_decision import ASKS_WHAT, LOOK_WORDS, describes_image
from medstep.extract.open_generic import courtesy
from medstep.extract.open_tour import anatomy_words
from medstep.lazyre import lazy_compile

_MAX = 900
# A sentence end or a line break: bullets and sentences are the reply's lines.
_LINES = lazy_compile(r"(?<=[.!?])\s+|\n+")
_DIGIT = lazy_compile(r"\d")
_WORD = lazy_compile(r"[a-z]+")
# Words of an image's look beyond its colours (``open_decision.LOOK_WORDS``): brightness, shape, layout, and the verbs
# and frame of a caption ("It shows a grayscale pattern", "The image has a rectangular shape").
_LOOK = frozenset(
    {
        "bright",
        "brightness",
        "dark",
        "darkness",
        "light",
        "varying",
        "variable",
        "different",
        "differing",
        "intensity",
        "intensities",
        "density",
        "densities",
        "pattern",
        "patterns",
        "texture",
        "shape",
        "shapes",
        "shaped",
        "rectangular",
        "square",
        "round",
        "rounded",
        "oval",
        "circular",
        "curved",
        "curving",
        "straight",
        "linear",
        "line",
        "lines",
        "edge",
        "edges",
        "border",
        "borders",
        "bottom",
        "top",
        "corner",
        "centre",
        "center",
        "along",
        "across",
        "photograph",
        "it",
        "has",
        "have",
        "appears",
        "be",
        "looks",
        "like",
        "contains",
        "containing",
        "includes",
        "including",
        "cross",
        "sectional",
        "objects",
        "reformatted",
        "reformat",
        "reconstruction",
        "reconstructed",
        "follow",
        "after",
        "before",
        "months",
        "month",
        "weeks",
        "week",
        "days",
        "day",
        "years",
        "year",
        "later",
        "panel",
        "inset",
        "mr",
        "object",
        "spots",
        "spot",
        "shadows",
        "shadow",
        "forms",
        "form",
        "image's",
    }
)
# The nouns a look word may describe: "a bright curved line", "round and oval structures".
_LOOK_NOUNS = frozenset(
    {
        "line",
        "lines",
        "structure",
        "structures",
        "area",
        "areas",
        "shape",
        "shapes",
        "pattern",
        "edge",
        "spot",
        "spots",
        "object",
        "objects",
        "region",
        "regions",
        "shadow",
        "shadows",
    }
)
# A question asking the look itself (a colour, a shape, a density or signal): a caption of the look may answer it.
_ASKS_LOOK = lazy_compile(
    r"(?i)\b(?:colou?rs?|stain\w*|appear\w*|look\w*|shape\w*|bright\w*|dens\w*|signal|echo\w*|"
    r"intensity|pattern|texture|borders?|margins?|contours?|hue|tint|shade\w*)\b"
)
_WHAT_WHICH = lazy_compile(r"(?i)^\s*(?:what|which)\b")
# An offer of more or an announcement of the caption: "Let me know if you'd like more detail!", "Here's a description
# of the image:", "I hope this helps."
_COURTESY = lazy_compile(
    r"(?i)^[\s*_\"']*(?:let\s+me\s+know\s+if\s+you(?:['’]d|\s+would)\s+like\s+(?:more|further|additional)\s+"
    r"(?:detail|details|information|help)|here(?:['’]s|\s+is)\s+(?:a|my)\s+(?:brief\s+|short\s+)?description\s+of\s+"
    r"(?:the|this)\s+(?:image|picture|scan)|i\s+hope\s+(?:this|that)\s+helps)[\s*_.!:]*$"
)
# Anatomy said to be in view, and where in the picture: "The trachea is visible in the midline.", "The soft tissues of
# the neck are included in the field of view."
_IN_VIEW = lazy_compile(
    r"(?i)^[\s*_]*(?:the\s+)?(?P<items>[a-z][a-z ,'-]{2,140}?)\s+(?:is|are)\s+(?:(?:all|clearly|also|partly|partially)\s+)?"
    r"(?:visuali[sz]ed|visible|seen|depicted|shown|included|imaged)\s+(?:in|within|at)\s+(?:the\s+)?"
    r"(?:midline|field\s+of\s+view|image|picture|centre|center|frame)[\s*_.!]*$"
)


# A figure legend's label ("figure 2 :", "Fig. 3.") and its panel marks ("( a )", "(b)", "a)"), which split it.
_LEGEND = lazy_compile(r"(?i)^[\s*_]*fig(?:ure|\.)?\s*\d{1,3}[a-z]?\s*[:.]")
_PANEL = lazy_compile(r"(?i)\(\s*[a-h]\s*\)|(?<![\w(])[a-h]\s*\)|\s\.\s|\.$")
_ASKS_FRAME = lazy_compile(r"(?i)\b(?:planes?|views?|projections?|sequences?|weighting|weighted)\b")


def _look(line: str, anatomy: bool) -> bool:
    """Whether ``line`` says only how the image looks: no concept but modality and anatomy (none but modality unless
    ``anatomy``), every other word a look or frame word. A look word the vocabulary reads as a finding ("curved":
    scoliosis) is a look only before a look noun ("a bright curved line")."""
    low = normalize(line)
    found = [m for m in vocabulary().mentions(low) if not _shape_of(low, m.start, m.end)]
    allowed = ("modality", "anatomy") if anatomy else ("modality",)
    if any(category_of(m) not in allowed for m in found):
        return False
    if not _WORD.search(low):
        return False
    return not residual_words(low, [(m.start, m.end) for m in found], LOOK_WORDS | _LOOK)


def _shape_of(low: str, start: int, end: int) -> bool:
    """Whether ``low[start:end]`` is a look word standing before a look noun ("curved line", "round structures")."""
    after = _WORD.match(low, end + 1) if low[end : end + 1] == " " else None
    return low[start:end] in _LOOK and after is not None and after.group() in _LOOK_NOUNS


def _in_view(line: str) -> bool:
    found = _IN_VIEW.match(line)
    return found is not None and anatomy_words(found.group("items"))


def caption_only(region: str, question: str) -> bool:
    """Whether the open answer ``region`` only captions the image (module docstring) to a ``question`` asking what is
    there."""
    text = region.strip()
    if not text or len(text) > _MAX or _DIGIT.search(text) is not None or _ASKS_LOOK.search(question) is not None:
        return False
    asks_what = ASKS_WHAT.search(question) is not None  # to "Which organ ...?", anatomy named may be the answer
    if not asks_what and _WHAT_WHICH.match(question) is None:
        return False  # "How many ...?": "Several round structures." may be its answer
    lines = [s.strip(" \t*_-•") for s in _LINES.split(text)]
    lines = [s for s in lines if _WORD.search(s.lower())]
    if len(lines) < 2:
        return False
    described = 0
    for line in lines:
        if _COURTESY.match(line) is not None or courtesy(line):
            continue
        if not (describes_image(line, question) or _look(line, asks_what) or (asks_what and _in_view(line))):
            return False
        described += 1
    return described >= 2


def legend_only(region: str, question: str) -> bool:
    """Whether the open answer ``region`` is a figure legend whose panels name only the images ("figure 2 : ( a ) axial
    ct image . ( b ) coronal reformatted image . ( c ) follow - up after 6 months ."): a paper's caption recalled, no
    answer, unless the ``question`` asks the technique, plane, view or sequence the panels name."""
    text = region.strip()
    label = _LEGEND.match(text)
    if label is None or len(text) > _MAX or asks_technique(question) or _ASKS_FRAME.search(question) is not None:
        return False
    panels = [p for p in _PANEL.split(text[label.end() :]) if _WORD.search(p.lower())]
    return bool(panels) and all(_look(_DIGIT.sub(" ", p), True) for p in panels)


__all__ = ["caption_only", "legend_only"]
