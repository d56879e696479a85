"""The nouns that name a study (an image, a film, a scan, an examination), defined once for every package.

Why one home: the extraction question frames ("Is there X on this CT?", "Does this venogram show X?") and the
verifier's "no prior <study>" reading both name studies; two lists drifted apart before (review 27).

* :data:`STUDY_NOUNS` - the modality and examination nouns both readers share (a regex alternation, one group).
* :data:`PICTURE_NOUNS` - what a question may also point at as "this ...": a picture, a slide, a tracing, a
  specimen, a contrast study by its plain name ("barium swallow"). Not any study named by its kind of picture
  (-gram, -graphy, -scopy: "Is there a fracture on this arthrogram?"): cutting it sent texts such as "fracture
  assessment requires plain films" to readers that take a compound noun for the finding (review 27). The verifier does not use these: "no
  prior photo" is no statement about an earlier study.
"""

from __future__ import annotations

# Each study noun once, as (its spelling, its spelling with its plural): every reader's alternation below is derived
# from this table (``study_nouns``), so a noun's spelling is decided here alone (review of session 56: four readers
# listed the nouns with four spellings). Reader-only words that are no study noun by themselves ("one", "chest",
# "picture") stay with their readers.
_NOUNS: dict[str, tuple[str, str]] = {
    "imaging": ("imaging", "imaging"),
    "image": ("image", "images?"),
    "study": ("study", "stud(?:y|ies)"),
    "film": ("film", "films?"),
    "radiograph": ("radiograph", "radiographs?"),
    "radiography": ("radiography", "radiography"),
    "cxr": ("cxr", "cxrs?"),
    "examination": ("examination", "examinations?"),
    "exam": ("exam", "exams?"),
    "x-ray": ("x-?ray", r"x[\s-]?rays?"),
    "ct": ("ct", "ct|cts"),
    "mri": ("mri", "mri|mris"),
    "mr": ("mr", "mr"),
    "scan": ("scan", "scans?"),
    "ultrasound": ("ultrasound", "ultrasounds?"),
    "sonogram": ("sonogram", "sonograms?"),
    "duplex": ("duplex", "duplex"),
    "doppler": ("doppler", "doppler"),
    "echo": ("echo", "echo(?:cardiogram)?s?"),
    "angiogram": ("angiogram", "angiograms?"),
    "mammogram": ("mammogram", "mammograms?"),
    "mammography": ("mammography", "mammography"),
    "fluoroscopy": ("fluoroscopy", "fluoroscopy"),
    "pet": ("pet", "pet"),
    "pet-ct": ("pet(?:-ct)?", "pet(?:-ct)?"),
}


def study_nouns(names: tuple[str, ...], *, plural: bool = True, extra: tuple[str, ...] = ()) -> str:
    """The alternation (one non-capturing group) of the study nouns ``names`` (keys of ``_NOUNS``), in that order,
    with their plurals when ``plural``, then the reader's own ``extra`` alternatives; an unknown name is an error, so
    a reader cannot spell a study noun of its own."""
    forms = tuple(_NOUNS[n][1 if plural else 0] for n in names)
    return "(?:" + "|".join((*forms, *extra)) + ")"


# (the modality and examination nouns both the question frames and the verifier's "no prior <study>" read; "x-ray"
# hyphenated only here: "xray" is a picture noun, below)
STUDY_NOUNS = study_nouns(("imaging", "image", "study", "film", "radiograph", "examination", "exam", "ct", "mri", "mr",
                           "scan", "ultrasound", "sonogram", "mammogram", "pet-ct"), extra=("x-rays?",))
PICTURE_NOUNS = (r"(?:pictures?|xrays?|x-?rays?|photos?|photographs?|views?|slices?|oct|echocardiograms?|echo|tracings?|"
                 r"ecg|ekg|angiograms?|sections?|slides?|specimens?|biopsy|sequences?|series|histology|swallow|meal|"
                 r"enema|follow-through)")

__all__ = ["PICTURE_NOUNS", "STUDY_NOUNS", "study_nouns"]
