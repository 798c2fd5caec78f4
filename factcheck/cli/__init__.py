"""The command line: `factcheck SUBCOMMAND ...`; with no subcommand, the TUI.

Each command module registers its subcommands (`register(subparsers)`) and does its work
through the core (extract, store, fetch, report). Expected failures are FactcheckError:
one line on stderr and a non-zero exit, never a traceback. FACTCHECK_DEBUG=1 shows tracebacks.
"""
from __future__ import annotations

import argparse
import os
import sys

from ..errors import FactcheckError
from . import extract_cmd, links_cmd, report_cmd, tui_cmd, workspace_cmd

COMMAND_MODULES = (extract_cmd, workspace_cmd, links_cmd, report_cmd, tui_cmd)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factcheck",
        description="A terminal workbench for fact-checkers. Without a command, opens the workbench "
        "on the last article (or the bundled sample).",
    )
    parser.add_argument("--db", metavar="PATH", help="workspace file (default: $FACTCHECK_DB, else the user data directory)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for mod in COMMAND_MODULES:
        mod.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        args = parser.parse_args([*argv, "open"])
    try:
        return int(args.func(args) or 0)
    except FactcheckError as e:
        print(f"factcheck: error: {e}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # e.g. `factcheck list | head`: not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as e:  # a bug: still one line unless asked for the traceback
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        print(f"factcheck: internal error: {type(e).__name__}: {e} (FACTCHECK_DEBUG=1 shows the traceback)", file=sys.stderr)
        return 70
