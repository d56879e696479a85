"""Where a duty's reach ends: what a chain says ought to be, and where it turns to what is.

Why: "The line should end in the SVC" recommends and claims nothing, but a chain often goes on in the same sentence
with what it sees ("... but it ends in the right atrium", "..., and it does"). The duty rule (``generic_steps``) and the
device positions (``positions``) both stop the duty's reach at that turn; the turn is defined here once.
"""

from __future__ import annotations

from medstep.lazyre import lazy_compile

# Where what ought to be ends and what is begins (game42 review): a turn to the device or finding itself ("The line
# should end in the SVC but it ends in the right atrium", "..., yet the tip lies in ...") or a result linked to it
# ("The PICC should end in the SVC, and it does"). What follows it is stated, not recommended.
DUTY_END = lazy_compile(r"(?i)\s(?:but|yet)\s+(?:it|they|its|their|the|this)\b|,\s*and\s+(?:it|they)\b")
# That result linked by "and" ("..., and it does", "..., and it passes below the diaphragm here"): the duty is met,
# and its own claim is the case's.
DUTY_MET = lazy_compile(r"(?i),\s*and\s+(?:it|they)\b")
