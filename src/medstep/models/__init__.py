"""Model backends and the spec strings that select them.

``load_backend("openai:NAME@URL")`` and friends; see :mod:`medstep.models.spec`
for the spec grammar. Importing this package stays light: backend modules
(and torch / llama_cpp / vllm) are imported only when a spec asks for them.
"""

from medstep.models.base import Backend, BackendOptions
from medstep.models.spec import (
    BACKENDS,
    DEFAULT_OPENAI_URL,
    BackendEntry,
    ModelSpec,
    load_backend,
    parse_spec,
)

__all__ = [
    "BACKENDS",
    "DEFAULT_OPENAI_URL",
    "Backend",
    "BackendEntry",
    "BackendOptions",
    "ModelSpec",
    "load_backend",
    "parse_spec",
]
