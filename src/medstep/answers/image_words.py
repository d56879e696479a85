"""Words that frame a description of the image itself, none naming a finding: its plane and projection, the body
region as an adjective, the caption words of a photograph of it, and the image as an object (display, orientation,
marks, quality). An open answer made of these beside modality and anatomy names what the image is, not what it shows
(``extract/open_decision.describes_image``, ``extract/open_look``); the subsets below tell which of them still answer
a question asking where (:data:`PLACE_WORDS`) or how the image was made (:data:`MAKING_WORDS`).
"""

from __future__ import annotations

from medstep.answers.negation import SEEN as SEEN_WORDS, SEEN_RARE

# "an axial image of the abdomen", "the finding is located in the right lung", "a black and white photo of a x-ray",
# "This is an abdominal CT.", "a longitudinal view", "displayed in grayscale according to radiological convention",
# "calipers on the image", "of adequate quality".
DESCRIPTION = frozenset({"located", "location", "axial", "coronal", "sagittal", "cross", "sectional", "slice",
                        "right", "left", "upper", "lower", "middle", "lobe", "weighted", "stained", "stain",
                        "sequence", "plane", "shown", "shows", "from", "taken", "obtained", "acquired", "using",
                        "appears", "appear", "seems", "looks", "like", "pa", "ap", "frontal", "lateral", "portable",
                        "chest", "head", "neck", "pelvis", "thorax", "body", "contrast", "enhanced", "unenhanced",
                        # an image caption's words ("a black and white photo of a x-ray", "a close up of a microscope
                        # slide", "A chest X-ray of an adult patient.")
                        "photo", "photograph", "picture", "close", "up", "black", "white", "microscope", "microscopic",
                        # the side it was taken from ("taken from the front of the patient")
                        "front",
                        "patient", "adult", "child", "man", "woman", "person", "human",
                        # the body region as an adjective ("This is an abdominal CT.", "a pelvic ultrasound")
                        "abdominal", "pelvic", "thoracic", "cranial", "spinal", "lumbar", "extremity", "limb",
                        # the image as an object: its plane, display, orientation, marks and quality ("a longitudinal
                        # view", "displayed in grayscale according to radiological convention", "calipers on the
                        # image", "of adequate quality"): none says what the image shows
                        "longitudinal", "transverse", "oblique", "mediolateral", "craniocaudal", "projection",
                        "displayed", "display", "orientation", "oriented", "convention", "radiological",
                        "according", "sector", "calipers", "caliper", "measurement", "measurements", "markers",
                        "annotations", "quality", "adequate", "diagnostic", "other", "used", "its", "frame", "frames"})
# Those that name a place: to "Which organ / side / part ...?" they may be the answer ("Left.", "The chest.").
PLACE_WORDS = frozenset({"located", "location", "right", "left", "upper", "lower", "middle", "lobe", "chest", "head",
                         "neck", "pelvis", "thorax", "abdominal", "pelvic", "thoracic", "cranial", "spinal",
                         "lumbar", "extremity", "limb", "side", "part", "region", "area", "front"})
# Those that tell how the image was made: to "What modality / plane / view ...?" they may be the answer ("Axial.",
# "A photograph.", "Contrast-enhanced.").
MAKING_WORDS = frozenset({"axial", "coronal", "sagittal", "cross", "sectional", "slice", "weighted", "stained", "stain",
                          "sequence", "plane", "pa", "ap", "frontal", "lateral", "portable", "contrast", "enhanced",
                          "unenhanced", "photo", "photograph", "picture", "microscope", "microscopic", "longitudinal",
                          "transverse", "oblique", "mediolateral", "craniocaudal", "projection", "view", "film",
                          "radiograph", "slide", "section", "specimen", "grayscale", "greyscale",
                          # the side it was taken from, to "What view ...?" ("Front.")
                          "front"})

# The words of a TOUR of what the image contains, beside its anatomy and modality ("The radiograph displays the thorax,
# including both lung fields and the ribs.", "We are looking at the upper abdomen; the liver and the spleen can be
# identified.", "The scan includes the pelvis, the bladder and the proximal femora."): the image inventoried, nothing
# found in it (``extract/open_described.py``, issue #7 lane opendesc48).
TOUR = frozenset({"displays", "display", "depicts", "depict", "depicting", "including", "includes", "include",
                  "included", "both", "all", "along", "together", "identifiable", "visualise", "visualize", "we", "you",
                  "can", "could", "see", "look", "looking", "level", "levels", "structures", "structure", "organs",
                  "organ", "anatomy", "anatomical", "also", "clearly", "well", "as", "contains", "contain", "containing",
                  "captures", "captured", "covers", "covering", "field", "fields", "proximal", "distal", "portion",
                  "portions", "parts", "part", "region", "area", "areas", "matter", "main", "various", "several",
                  "surrounding", "adjacent", "showing", "displaying", "demonstrating", "imaged", "way", "here",
                  "appearing", *SEEN_WORDS, *SEEN_RARE})
# The verbs of a tour that say a structure is in view (the presence words of ``answers/negation.py`` and the verbs of
# showing): a sentence built on one of them inventories the image, and may name a structure the shared vocabularies
# lack ("The pectoral muscle is visible in the upper part.").
SEEN = frozenset({"shows", "show", "showing", "displays", "displayed", "includes", "including", "included", "located",
                  "contains", "captures", "captured", "imaged", "covers", *SEEN_WORDS, *SEEN_RARE})

__all__ = ["DESCRIPTION", "MAKING_WORDS", "PLACE_WORDS", "SEEN", "TOUR"]
