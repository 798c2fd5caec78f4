"""End to end: the real app in a real terminal (tmux): mark a claim, quit, start again, see it."""
from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import time

import pytest

from factcheck import sources
from factcheck.store import open_workspace
from tests.conftest import PYTHON, ROOT

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (.ci/run installs it)")


class Tmux:
    def __init__(self, tmp_path):
        self.socket = f"factcheck-e2e-{os.getpid()}-{time.monotonic_ns()}"
        self.socket_path: str | None = None
        self.tmp_path = tmp_path

    def run(self, *args, check=True) -> subprocess.CompletedProcess:
        return subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=check,
                              timeout=20)

    def start(self, command: str) -> None:
        self.run("new-session", "-d", "-s", "app", "-x", "100", "-y", "30", command)
        if self.socket_path is None:
            r = self.run("display-message", "-p", "#{socket_path}", check=False)
            self.socket_path = r.stdout.strip() or None

    def screen(self) -> str:
        r = self.run("capture-pane", "-p", "-t", "app", check=False)
        return r.stdout

    def alive(self) -> bool:
        return self.run("has-session", "-t", "app", check=False).returncode == 0

    def wait_for(self, text: str, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{text!r} did not appear on the screen:\n{screen}")

    def wait_exit(self, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.alive():
                return
            time.sleep(0.2)
        raise AssertionError("the app did not quit:\n" + self.screen())

    def kill(self) -> None:
        self.run("kill-server", check=False)
        if self.socket_path:  # tmux leaves the socket file behind
            try:
                os.unlink(self.socket_path)
            except OSError:
                pass


@pytest.fixture
def tmux(tmp_path):
    t = Tmux(tmp_path)
    yield t
    t.kill()


def test_mark_quit_reopen_finds_the_verdict(tmux, tmp_path):
    db = tmp_path / "e2e-workspace.json"
    # the workspace the app would make on first start, plus a claim of our own so the test
    # does not depend on what the extractor finds in the sample
    with open_workspace(db) as ws:
        art = ws.add_article(sources.sample_text(), title=sources.SAMPLE_TITLE, source=sources.SAMPLE_SOURCE,
                             published=sources.SAMPLE_PUBLISHED, lang="de")
        if not ws.claims(article=art.id):
            i = art.text.index("Hamburg")
            ws.add_user_claim(art.id, i, i + len("Hamburg"), "attribution")
        total = ws.progress(art.id)[1]
    command = (f"cd {shlex.quote(str(ROOT))} && env FACTCHECK_DB={shlex.quote(str(db))} "
               f"FACTCHECK_CONFIG={shlex.quote(str(tmp_path / 'config.toml'))} TERM=xterm-256color "
               f"{shlex.quote(PYTHON)} app.py")  # Textual draws on stderr: no redirection
    tmux.start(command)
    tmux.wait_for(f"0/{total} checked")
    tmux.run("send-keys", "-t", "app", "v")
    tmux.wait_for(f"1/{total} checked")
    tmux.run("send-keys", "-t", "app", "q")
    tmux.wait_exit()

    with open_workspace(db) as ws:
        assert [r.verdict for r in ws.claims(article=art.id)].count("verified") == 1

    tmux.start(command)
    screen = tmux.wait_for(f"1/{total} checked")
    # the claim we marked is selected again: its verdict shows in the detail pane and the table
    assert "verdict: verified" in screen
    assert "verified" in screen.split("verdict")[-1]
    tmux.run("send-keys", "-t", "app", "q")
    tmux.wait_exit()
