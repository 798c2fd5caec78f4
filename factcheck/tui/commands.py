"""Command palette entries for every workbench action (ctrl+p)."""
from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from ..model import BASE_VERDICTS, CLAIM_TYPES

# (title, help, action on the main screen or "app.<action>")
EXTRA_COMMANDS = [
    *[(f"Filter: only {t} claims", f"show only {t} claims", f"filter_type('{t}')") for t in CLAIM_TYPES],
    *[(f"Filter: only {v} claims", f"show only claims marked {v}", f"filter_verdict('{v}')") for v in BASE_VERDICTS],
    ("Filter: all types", "drop the type filter", "filter_type('')"),
    ("Filter: all verdicts", "drop the verdict filter", "filter_verdict('')"),
    ("Add an article (file or URL)", "import an article into the workspace", "app.add_article"),
    ("Toggle light/dark theme", "switch between the light and the dark theme", "app.toggle_theme"),
]


def palette_commands() -> list[tuple[str, str, str]]:
    """(title, help, action) for every main-screen binding plus the extra commands."""
    from .screens.help import key_label
    from .screens.main import MainScreen

    out = []
    seen = set()
    for b in MainScreen.BINDINGS:
        if not b.description or b.action in seen or b.action == "escape":
            continue
        seen.add(b.action)
        key = key_label(b.key)
        out.append((f"{b.tooltip[:1].upper()}{b.tooltip[1:]}" if b.tooltip else b.description, f"key: {key}", b.action))
    out.extend(EXTRA_COMMANDS)
    out.append(("Help: every key", "key: ?", "app.help"))
    return out


class WorkbenchCommands(Provider):
    def _run(self, action: str) -> None:
        self.app.run_main_action(action)

    async def discover(self) -> Hits:
        for title, help_, action in palette_commands():
            yield DiscoveryHit(title, partial(self._run, action), help=help_)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_, action in palette_commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), partial(self._run, action), help=help_)
