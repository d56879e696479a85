"""Marks the option mention index shares with the modules it imports.

``extract/mentions.py`` imports ``extract/option_names.py`` (an option's other names are mentions too), so neither
that module nor anything it imports may import ``mentions``: what both need lives here, defined once.
"""

from __future__ import annotations

CONFLICT = "!"  # two different options claimed together: the output is ambiguous

# Linking verbs: between an option and its degree (``extract/comparatives.py``: "The right kidney is smaller") they
# link the two; inside a vocabulary phrase (``extract/option_names.py``) they make it a statement, not a name.
LINKING_VERBS = frozenset({"is", "are", "was", "were", "looks", "look", "appears", "appear", "seems", "seem",
                           "remains"})

__all__ = ["CONFLICT", "LINKING_VERBS"]
