"""The writer has no image to read, defined once for the answer reader and the verifier.

Why one home: the answer reader (``extract/refusal.py``, ``extract/scoped_refusal.py``: "I can't see any
pneumothorax - the image didn't load." denies nothing) and the verifier (``verify/commitment.py``: "I can't see the
attached image, but there is likely an effusion." observes nothing) ask the same thing of a text, and kept two
vocabularies of it that drifted apart (one knew "I cannot see the image", the other "no image was provided"). The
verifier imports from ``answers/``, not from ``extract/``, so the words live here.

The forms (run on lower-cased text, "'" for "’"):

* no image reached the writer: "no image was provided / attached / shared / uploaded", "there's no image in our
  conversation", "no image came through"; it did not load: "the image didn't load", "failed to load";
* the writer cannot view one: "I don't have access to the image" (not "... to the prior images for comparison",
  where the given one is read), "I don't have the ability to view images", "I'm a text-only model", "I am not able
  to view the image", "I can't see the attached radiograph", "Without the actual radiograph, ...";
* the writer cannot read one (:func:`cannot_read_image`, a refusal for the answer reader, not the verifier's no
  image: the image may have reached it): "I am an AI and cannot interpret this ultrasound image", "We are unable to
  analyze medical images"; the writer only ("a radiologist cannot interpret this image fully" declines nothing);
* not seeing qualified: "I can't see the image clearly / well / in detail" says the image was looked at; nor is "there
  was no image-guided biopsy" about the image.
"""

from __future__ import annotations

from medstep.lazyre import lazy_compile

# What may have reached the writer, and what it may be unable to view (a study named by its picture too).
_UPLOADED = r"(?:images?|pictures?|photos?|photographs?|attachments?|files?)"
_PICTURE = r"(?:images?|pictures?|photos?|photographs?|radiographs?|x-?rays?|scans?|films?|attachments?|files?)"
# Which image ("the", "actual", "medical": not "prior", "lateral", "comparison", where an earlier or another view is
# missing and the one given is read).
_WHICH = r"(?:(?:the|this|that|these|any|your|an?)\s+)?(?:(?:actual|attached|provided|uploaded|medical|original|full|" \
         r"radiological|relevant|accompanying)\s+)?"
# Seeing qualified: the image was looked at ("I can't see the image clearly").
_SEEN_WELL = r"(?!\s+(?:clearly|well|properly|fully|in\s+(?:detail|full)))"
_CANNOT = r"(?:cannot|can't|can\s+not|couldn't|could\s+not)"

NO_IMAGE = lazy_compile(
    # none reached the writer, or it did not load
    r"\bno\s+" + _WHICH + _UPLOADED + r"\s+(?:(?:was|were|has\s+been|have\s+been|is|are|seems?\s+to\s+have\s+been)\s+)?"
    r"(?:attached|provided|shared|uploaded|included|received|sent|came|come|coming|"
    r"in\s+(?:our|this|the|your)\s+(?:conversation|chat|message|thread))\b(?![^.;\n]{0,40}\bcompar)|"
    r"\bthere(?:'s|\s+is|\s+was)\s+no\s+" + _WHICH + _UPLOADED + r"\b(?!-|\s*(?:artefact|artifact|quality|evidence|finding|"
    r"degradation|noise|distortion|marker|label|for\s+compar))|"
    r"\b" + _UPLOADED + r"\s+(?:(?:did\s+not|didn't|does\s+not|doesn't|has\s+not|hasn't|failed\s+to|could\s+not|"
    r"couldn't|won't|will\s+not)\s+(?:load|open|display|upload|come\s+through|render|attach)|(?:was\s+not|wasn't|is\s+not|"
    r"isn't|were\s+not|weren't)\s+(?:attached|uploaded|shared|included|loaded|received))\b|"
    # the writer has no access to it, or no means to view it
    r"\b(?:do\s+not|don't|cannot|can't|can\s+not)\s+have\s+access\s+to\s+" + _WHICH + _PICTURE + r"\b"
    r"(?!\s*(?:for\s+compar|from\s+(?:before|earlier|prior)))|"
    r"\b(?:do\s+not|don't|lack)\s+(?:have\s+)?(?:the\s+)?(?:ability|capability|capacity|means)\s+to\s+(?:view|see|"
    r"look\s+at|open|process|analy[sz]e|interpret|read)\s+" + _WHICH + _PICTURE + r"\b|"
    r"\btext[-\s](?:only|based)\s+(?:model|assistant|ai|language\s+model|interface|mode)\b|"
    r"\b(?:unable|not\s+able)\s+to\s+(?:view|access|open|load|display)\s+" + _WHICH + _PICTURE + r"\b" + _SEEN_WELL + "|"
    # the writer says it cannot see it
    r"\b(?:i|we)\s+(?:(?:really|actually|honestly|unfortunately)\s+)?(?:" + _CANNOT + r"|am\s+unable\s+to|"
    r"am\s+not\s+able\s+to)\s+(?:actually\s+)?(?:see|view|access|open|display|load|look\s+at)\s+" + _WHICH + _PICTURE
    + r"\b" + _SEEN_WELL + "|"
    r"\bwithout\s+(?:seeing\s+|viewing\s+|access\s+to\s+|having\s+access\s+to\s+)?the\s+(?:actual\s+)?"
    r"(?:image|picture|radiograph|scan|film)s?(?=\s*(?:[,.;:]|$)|\s+(?:i|we|it)\b)"
)
# Literal words one of which every ``NO_IMAGE`` match holds: a cheap gate before the regex (~2 us against ~0.1 ms).
_GATES = ("no ", "access", "ability", "capabilit", "capacity", "means to", "load", "text", "unable", "not able", "attach",
          "upload", "shar", "includ", "receiv", "cannot", "can't", "can not", "couldn't", "could not", "without",
          "through", "open", "display", "render")  # (the last four: "the image didn't come through / open / ...")


# Literal words one of which every ``NO_IMAGE`` match holds too: each form but the text-only model's names what is
# missing (``_UPLOADED`` and the last form's nouns are ``_PICTURE``'s). A second gate: a chain that names no picture
# ("No pneumothorax is seen.") passes the first on its "no " and cost a whole search of the regex (issue #12, ~4%
# of the verifier on ``bench_score_scale.py`` samples).
_NAMED = ("image", "picture", "photo", "radiograph", "xray", "x-ray", "scan", "film", "attachment", "file", "text")


def denies_image_access(text: str) -> bool:
    """Whether ``text`` says the writer has no image to read (module docstring): "I can't see any pneumothorax; the
    image didn't load.", "I can't see the attached image, but there is likely an effusion." Literal gates first."""
    low = text.lower().replace("\u2019", "'")
    return (any(map(low.__contains__, _GATES)) and any(map(low.__contains__, _NAMED))
            and NO_IMAGE.search(low) is not None)


# The writer sees none sent: "I don't see an image attached to your message", "I can't see any scan in the message"
# (not "I don't see an image artefact": the picture must be one sent). Read by the answer reader only
# (``extract/held_open.py``: a reply without an image is ``refused``); the verifier's ``NO_IMAGE`` is left as it was.
SEES_NONE_SENT = lazy_compile(
    r"\b(?:i|we)\s+(?:do\s+not|don't|cannot|can't|can\s+not)\s+see\s+(?:an?|any)\s+(?:\w+\s+)?" + _PICTURE
    + r"\s+(?:attached|uploaded|included|shared|in\s+(?:your|the|this)\s+(?:message|conversation|chat|upload))\b"
)


def sees_none_sent(text: str) -> bool:
    """Whether ``text`` says the writer sees no image sent to it (``SEES_NONE_SENT``): "I don't see an image attached
    to your message — only the question came through." A literal gate first."""
    low = text.lower().replace("\u2019", "'")
    return " see " in low and SEES_NONE_SENT.search(low) is not None


# The writer, maybe saying what it is first ("I am an AI and cannot ..."), or a sentence that opens on the modal
# ("Cannot interpret the image."), then a modal and a verb of reading the image, one word naming it ("this ultrasound
# image", "the chest radiograph").
_READER = r"(?:\b(?:i|we)(?:\s+am\s+an\s+ai(?:\s+(?:language\s+)?model)?\s+and)?\s+|(?:^|[.!?;:])\s*)"
CANNOT_READ = lazy_compile(
    _READER + r"(?:(?:really|actually|honestly|unfortunately|simply)\s+)?(?:" + _CANNOT + r"|am\s+unable\s+to|"
    r"am\s+not\s+able\s+to|are\s+unable\s+to|are\s+not\s+able\s+to)\s+(?:view|see|interpret|analy[sz]e|read)\s+"
    + _WHICH + r"(?:[a-z]+\s+)?" + _PICTURE + r"\b" + _SEEN_WELL
)
# Literal words one of which every ``CANNOT_READ`` match holds.
_READ_GATES = ("cannot", "can't", "can not", "couldn't", "could not", "unable", "not able")


def cannot_read_image(low: str) -> bool:
    """Whether the lower-cased ``low`` ("'" for "'") has the writer say it cannot read the image (module docstring):
    "I am an AI and cannot interpret this ultrasound image." A literal gate first."""
    return any(map(low.__contains__, _READ_GATES)) and CANNOT_READ.search(low) is not None


__all__ = ["CANNOT_READ", "NO_IMAGE", "SEES_NONE_SENT", "cannot_read_image", "denies_image_access", "sees_none_sent"]
