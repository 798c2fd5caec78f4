"""`python app.py [ARTICLE]` opens the factcheck workbench (the bundled sample when none is given)."""
import sys

from factcheck.cli import main

if __name__ == "__main__":
    sys.exit(main(["open", *sys.argv[1:]]))
