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
* the image's look: each word a frame word or a word of colour, shade, brightness, shape or layout (``_LOOK`` and
  ``open_decision.LOOK_WORDS``), no concept of the vocabulary but modality and anatomy;
* anatomy said to be in view, optionally where in the image ("The trachea is visible in the midline."): the subject
  names only anatomy (``open_tour.anatomy_words``);
* a courtesy: an offer of more, an announcement of the description (``open_generic.courtesy``).

and at least two such lines stand (one line is the single-sentence readers' own). The question must ask what or which
(``open_decision.ASKS_WHAT``; to "Which organ ...?" only modality may be named beside the look), and not the look itself
(``open_decision.ASKS_LOOK``: "What colour ...?") nor how the image was made (``_ASKS_FRAME``: "What modality / plane /
view / sequence ...?"): there the modality or plane a caption names IS the answer ("This is a grayscale CT image. It
shows various shades of gray." answers "What imaging modality is used?"). A number, a negation or any word
outside these sets (a finding, "normal", "enlarged", a diagnosis) keeps the reply an answer. Used by
``extract/open_reader.py``, which reports ``unparsed``.

A figure legend recalled from a paper ("figure 2 : ( a ) axial ct image . ( b ) coronal reformatted image .") is the
same caption in a paper's form: its label, then panels each naming only the image (:func:`legend_only`).
"""

from __future__ import annotations

from medstep.answers.concepts import normalize, vocabulary
from medstep.answers.image_words import MAKING_WORDS, PLACE_WORDS
from medstep.extract.concept_question import category_of, residual_words
from medstep.extract.open_definition import asks_technique
from medstep.extract.open_decision import ASKS_LOOK, ASKS_WHAT, LOOK_WORDS, describes_image
from medstep.extract.open_generic import courtesy
from medstep.extract.open_tour import anatomy_words
from medstep.lazyre import lazy_compile

_MAX = 900
# A sentence end or a line break: bullets and sentences are the reply's lines.
_LINES = lazy_compile(r"(?<=[.!?])\s+|\n+")
_DIGIT = lazy_compile(r"\d")
_WORD = lazy_compile(r"[a-z]+")
# Words of an image's look beyond its colours and frame (``open_decision.LOOK_WORDS``): brightness, shape, layout, and
# the verbs of a caption ("It shows a grayscale pattern", "The image has a rectangular shape").
_LOOK = frozenset(
    {
        "bright",
        "brightness",
        "darkness",
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
        "has",
        "have",
        "contains",
        "containing",
        "includes",
        "including",
        "objects",
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
_WHAT_WHICH = lazy_compile(r"(?i)^\s*(?:what|which)\b")
# Anatomy said to be in view, and where in the picture: "The trachea is visible in the midline.", "The soft tissues of
# the neck are included in the field of view."
_IN_VIEW = lazy_compile(
    r"(?i)^[\s*_]*(?:the\s+)?(?P<items>[a-z][a-z ,'-]{2,140}?)\s+(?:is|are)\s+"
    r"(?:(?:all|clearly|also|partly|partially)\s+)?"
    r"(?:visuali[sz]ed|visible|seen|depicted|shown|included|imaged)\s+(?:in|within|at)\s+(?:the\s+)?"
    r"(?:midline|field\s+of\s+view|image|picture|centre|center|frame)[\s*_.!]*$"
)
# A question asking how the image was made: its modality, plane, view, sequence or kind ("What imaging modality is
# used?", "Which plane is shown?", "What kind of scan is this?", ``open_definition.asks_technique``).
_ASKS_FRAME = lazy_compile(
    r"(?i)\b(?:modalit(?:y|ies)|imaging|technique|planes?|views?|projections?|sequences?|"
    r"weight(?:ed|ing)|(?:type|kind)\s+of\s+(?:image|scan|study)|scan\s+is\s+this)\b"
)

# A figure legend's label ("figure 2 :", "Fig. 3.") and its panel marks ("( a )", "(b)", "a)"), which split it.
_LEGEND = lazy_compile(r"(?i)^[\s*_]*fig(?:ure|\.)?\s*\d{1,3}[a-z]?\s*[:.]")
_PANEL = lazy_compile(r"(?i)\(\s*[a-h]\s*\)|(?<![\w(])[a-h]\s*\)|\s\.\s|\.$")
# A legend panel's own words beside the image's name: "coronal reformatted image", "follow-up", "(inset)", "MR image".
_PANEL_WORDS = frozenset(
    {"reformatted", "reformat", "reconstruction", "reconstructed", "follow", "panel", "inset", "mr"}
)
# When a panel's image was taken: "follow-up after 6 months", "3 weeks later" (a time, not a finding).
_INTERVAL = lazy_compile(r"(?i)\b(?:(?:after|before|at)\s+)?\d{1,3}\s*(?:days?|weeks?|months?|years?)(?:\s+later)?\b")


def _asks_frame(question: str) -> bool:
    """Whether ``question`` asks how the image was made (technique, modality, plane, view, sequence): a caption or a
    legend naming them then answers it."""
    return asks_technique(question) or _ASKS_FRAME.search(question) is not None


def _look(line: str, anatomy: bool, extra: frozenset[str] = frozenset()) -> bool:
    """Whether ``line`` says only how the image looks: no concept but modality and anatomy (none but modality unless
    ``anatomy``), every other word a look or frame word (or one of ``extra``). A look word the vocabulary reads as a
    finding ("curved": scoliosis) is a look only before a look noun ("a bright curved line")."""
    low = normalize(line)
    found = [m for m in vocabulary().mentions(low) if not _shape_of(low, m.start, m.end)]
    allowed = ("modality", "anatomy") if anatomy else ("modality",)
    if any(category_of(m) not in allowed for m in found):
        return False
    if not _WORD.search(low):
        return False
    return not residual_words(low, [(m.start, m.end) for m in found], LOOK_WORDS | _LOOK | extra)


def _shape_of(low: str, start: int, end: int) -> bool:
    """Whether ``low[start:end]`` is a look word standing before a look noun ("curved line", "round structures")."""
    after = _WORD.match(low, end + 1) if low[end : end + 1] == " " else None
    return low[start:end] in _LOOK and after is not None and after.group() in _LOOK_NOUNS


def _in_view(line: str) -> bool:
    """Whether ``line`` only says which anatomy is in view ("The trachea is visible in the midline."): its subject names
    nothing but anatomy (``open_tour.anatomy_words``)."""
    found = _IN_VIEW.match(line)
    return found is not None and anatomy_words(found.group("items"))


def caption_only(region: str, question: str) -> bool:
    """Whether the open answer ``region`` only captions the image (module docstring) to a ``question`` asking what is
    there (not its look, not how it was made)."""
    text = region.strip()
    if (
        not text
        or len(text) > _MAX
        or _DIGIT.search(text) is not None
        or ASKS_LOOK.search(question) is not None
        or _asks_frame(question)
    ):
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
        if courtesy(line):
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
    if label is None or len(text) > _MAX or _asks_frame(question):
        return False
    panels = [_INTERVAL.sub(" ", p) for p in _PANEL.split(text[label.end() :]) if _WORD.search(p.lower())]
    return bool(panels) and all(_look(_DIGIT.sub(" ", p), True, _PANEL_WORDS) for p in panels)


# A question asking where, or which organ or part: a place answers it.
_ASKS_PLACE = lazy_compile(r"(?i)^\s*where\b|\b(?:organs?|location|located|site|side|lobe|part|region|anatomy)\b")


# The words that name the image itself: a reply naming none of them (and no modality) is a label, not a caption.
_IMAGE_NAMED = frozenset({"image", "images", "picture", "photo", "photograph", "scan", "study", "film", "radiograph",
                          "view", "frame", "frames", "exam", "examination", "slide", "section", "specimen", "imaging",
                          "modality", "shows", "show", "showing", "depicts", "displayed", "display"})
# Words of a position that, to a question asking where or which part, may be the answer: "The top.", "Frontal.",
# "In the center.", "at the top of the image".
_POSITION = frozenset({"top", "bottom", "corner", "centre", "center", "edge", "edges", "border", "borders", "along",
                       "across", "frontal", "lateral"})


def frame_only(region: str, question: str) -> bool:
    """Whether the open answer ``region`` names only the image as an object, and nothing of the kind ``question``
    asks: to "Which organ / part / side ...?" or "Where ...?", no anatomy and no place word, at most a modality ("The
    image is a grayscale ultrasound image. It has a sector shape.", "This image shows an anatomical structure of the
    human body."); to "What modality / plane / view ...?", no modality and no word of how an image is made, at most
    anatomy ("The image shows a medical scan of a patient. The quality of the image is adequate."). Every other word
    is a frame, look or courtesy word (``LOOK_WORDS``, ``_LOOK``), so an unknown word, a finding or a number keeps the
    reply an answer. Issue #7: such a caption read as the organ or the modality is a decision never made."""
    text = region.strip()
    if not text or len(text) > _MAX or _DIGIT.search(text) is not None or ASKS_LOOK.search(question) is not None:
        return False
    place, making = _ASKS_PLACE.search(question) is not None, _asks_frame(question)
    if place == making:  # neither kind asked, or both ("Which organ is shown, and in which plane?")
        return False
    low = normalize(text)
    found = vocabulary().mentions(low)
    if any(category_of(m) != ("modality" if place else "anatomy") for m in found):
        return False
    if place and _IMAGE_NAMED.isdisjoint(_WORD.findall(text.lower())) \
            and not any(category_of(m) == "modality" for m in found):
        return False  # a bare label ("The body.", "Frontal.", "The top."): an answer, not a caption of the image
    # (a view is named by a side or a position too: "taken from the side", "from the top", "taken from the left")
    allowed = (LOOK_WORDS | _LOOK) - (PLACE_WORDS | _POSITION if place else MAKING_WORDS | _POSITION | {"side", "left", "right"})
    return bool(_WORD.search(low)) and not residual_words(low, [(m.start, m.end) for m in found], allowed)


__all__ = ["caption_only", "frame_only", "legend_only"]
