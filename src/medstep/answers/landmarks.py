"""Relation words that make the site after them a LANDMARK of what is described, not the site it is in: "the mass
abuts the liver", "lies adjacent to the stomach", "posterior to the pancreas", "displaces the trachea", "invades the
diaphragm".

One home for the open readers that pick the one site a reply affirms (``extract/open_kind.py``; issue #7, lane
opendesc48): a site named after one of these words is where the thing is NOT (beside it, pushed by it, reached by it),
so a reply "The mass abuts the liver. It arises from the right kidney." affirms the kidney only. Each entry is a
phrase (its spaces match any run of blanks); a verb is listed in its forms (no stem pattern, so "abuts" is not missed
beside "abutting").
"""

from __future__ import annotations

# Nearness: the site is beside the thing.
NEAR = ("adjacent to", "adjacent", "near", "next to", "close to", "beside", "alongside", "abut", "abuts", "abutting",
        "abutted", "outside", "around", "surrounding", "contacting", "contacts", "touching", "touches", "against",
        "bordering", "borders", "surround", "surrounds", "surrounded")
# Direction: the site is above, below, in front of or behind the thing.
DIRECTION = ("above", "below", "under", "beneath", "underneath", "behind", "in front of", "overlying", "overlapping",
             "superior to", "inferior to", "anterior to", "posterior to", "medial to", "lateral to", "deep to",
             "superficial to", "proximal to", "distal to", "separate from", "distinct from", "away from", "apart from",
             "toward", "towards")
# Effect on a neighbour: the thing pushes, presses or wraps the site, which stays a neighbour ...
PUSHING = ("encase", "encasing", "encases", "encased", "encasement of", "compress", "compressing", "compresses",
           "compressed", "compression of", "displace", "displacing", "displaces", "displaced", "displacement of",
           "indent", "indenting", "indents", "indented", "deviating", "deviates", "narrowing", "narrows", "obstruct",
           "obstructing", "obstructs", "efface", "effacing", "effaces")
# ... or grows into it or reaches it: a neighbour to the reader of the one site a reply affirms, but a place the thing
# now occupies to the reader of where it lies ("it crosses into the parietal lobe": two places, ``extract/open_place``).
SPREADING = ("into", "invade", "invading", "invades", "invaded", "invasion of", "reaching", "reaches", "reached",
             "extending to", "extends to", "extended to")
EFFECT = PUSHING + SPREADING
# Comparison: the site is the standard the thing is set against ("compared with the liver", "like the spleen").
COMPARISON = ("compared to", "compared with", "like", "resembling", "mimicking", "between")

RELATIONS = NEAR + DIRECTION + EFFECT + COMPARISON

# Named subsets for the readers that take only some of the relations (each a part of a list above; a reader builds its
# pattern from one of them, never retypes the words):
# - beside the place, for the implicit readers (``extract/implicit_words.BESIDE``: "adjacent to the liver" places the
#   asked thing beside the liver, so a finding there is not the liver's);
PLACED_BESIDE = ("adjacent", "near", "next to", "abutting", "beside", "outside", "around", "surrounding", "alongside",
                 "close to")
# - a direction from the place or apart from it (``extract/implicit_words.OFF_PLACE``: "above the kidney").
PLACED_OFF = ("above", "below", "superior to", "inferior to", "anterior to", "posterior to", "medial to", "lateral to",
              "separate from", "away from", "apart from")
# - every relation but the spreading ones, for the reader of where a thing lies (``extract/open_place.py``);
BESIDE_NOT_IN = NEAR + DIRECTION + PUSHING + COMPARISON
# - the one-word relations the choice reader takes right before an option (``extract/asides.landmark``): the other
#   one-word relations ("around", "against", "under", "outside", ...) stand before the option a reply picks too ("the
#   fluid around B"); taking them all lost five right readings and made one wrong on the corpora (lane homes49).
PLACED_BEFORE_OPTION = ("near", "beside", "behind", "below", "above", "beneath", "abutting", "abuts")
# - the relations after which the thing lies at the site itself, around it or in its lumen ("fluid surrounds the
#   spleen": perisplenic; "a stone obstructing the left ureter": in the ureter; "tumour encasing the artery"): a place
#   to the verifier's reader of where a chain puts a thing (``verify/aligned_sites._LANDMARK_BEFORE``), not a landmark.
HELD_AT = ("around", "surround", "surrounds", "surrounding", "surrounded", "encase", "encasing", "encases", "encased",
           "encasement of", "obstruct", "obstructing", "obstructs", "narrowing", "narrows")

__all__ = ["BESIDE_NOT_IN", "COMPARISON", "DIRECTION", "EFFECT", "HELD_AT", "NEAR", "PLACED_BEFORE_OPTION", "PLACED_BESIDE", "PLACED_OFF",
           "PUSHING", "RELATIONS", "SPREADING"]
