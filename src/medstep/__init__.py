"""medstep: evaluate, verify and reward the step-by-step reasoning of medical multimodal LLMs."""

__version__ = "0.1.0"
