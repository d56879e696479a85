"""``python -m medstep``: the same command line as the ``medstep`` console script.

For environments where the script is not on PATH (a venv not activated, ``pip install --user``).
"""

from medstep.cli import main

if __name__ == "__main__":
    main()
