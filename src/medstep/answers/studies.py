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

STUDY_NOUNS = (r"(?:imaging|images?|stud(?:y|ies)|films?|radiographs?|examinations?|exams?|x-rays?|ct|cts|mri|mris|mr|"
               r"scans?|ultrasounds?|sonograms?|mammograms?|pet(?:-ct)?)")
PICTURE_NOUNS = (r"(?:pictures?|xrays?|x-?rays?|photos?|photographs?|views?|slices?|oct|echocardiograms?|echo|tracings?|"
                 r"ecg|ekg|angiograms?|sections?|slides?|specimens?|biopsy|sequences?|series|histology|swallow|meal|"
                 r"enema|follow-through)")

__all__ = ["PICTURE_NOUNS", "STUDY_NOUNS"]
