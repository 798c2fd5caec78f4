"""The workbench application: opens the workspace, picks the article, hosts the screens."""
from __future__ import annotations

import itertools
import os
from pathlib import Path

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.screen import ModalScreen

from .. import fetch, sources
from ..config import Settings, load_settings
from ..errors import FactcheckError
from ..extract.dates.typed import parse_typed_date
from ..textsafe import clean_line
from .commands import WorkbenchCommands
from .display import error_text, one_line
from .screens.articles import ArticlesScreen
from .screens.dialogs import AddArticleDialog, InputDialog, MessageDialog
from .screens.export import ExportScreen
from .screens.help import HelpScreen
from .screens.main import MainScreen
from .session import Session

DARK, LIGHT = "textual-dark", "textual-light"
THEME_STATE = "tui.theme"
# The store waits up to 10 s for another writer's lock; the workbench must not freeze that long.
# Locks are held for milliseconds, so half a second only runs out when something is really busy,
# and the user is told "workspace busy, try again" with their input kept.
LOCK_TIMEOUT = 0.5


def tui_lock_timeout() -> float:
    try:  # a shorter $FACTCHECK_LOCK_TIMEOUT wins; a longer one does not make the UI wait
        return min(LOCK_TIMEOUT, float(os.environ["FACTCHECK_LOCK_TIMEOUT"]))
    except (KeyError, ValueError):
        return LOCK_TIMEOUT


class WorkbenchApp(App):
    CSS_PATH = "app.tcss"
    TITLE = "factcheck"
    COMMANDS = App.COMMANDS | {WorkbenchCommands}
    BINDINGS = [
        Binding("question_mark,f1", "help", "Help", tooltip="this list of keys", id="help"),
        Binding("ctrl+t", "toggle_theme", "Light/dark", show=False, tooltip="switch between light and dark theme",
                id="theme"),
        Binding("q", "quit", "Quit", tooltip="quit (everything is already saved); on other screens: close them",
                id="quit"),
    ]

    def __init__(self, db=None, article: str | None = None, published: str | None = None, lang: str = "auto",
                 settings: Settings | None = None, workspace=None, theme: str | None = None) -> None:
        super().__init__()
        self.db = db
        self.article_arg = article
        self.published = published
        self.lang = lang
        self._settings = settings
        self._workspace = workspace  # an open workspace given by the caller (tests, bench)
        self._owns_workspace = False  # True when we opened it (and so close it on quit)
        self.busy: dict[int, str] = {}  # background jobs (fetching, adding) -> what the status line says
        self._jobs = itertools.count(1)
        self.last_add_input: tuple[str, str | None] | None = None  # a failed add's input, offered again
        self.session: Session | None = None
        self._theme_from_state = theme is None  # an explicit theme (tests, snapshots) wins
        self.theme = theme or DARK

    def notify(self, message: str, *, title: str = "", severity="information", timeout: float | None = None,
               markup: bool = False) -> None:
        # Messages carry file names, URLs, titles and error texts from outside: never markup.
        super().notify(str(message), title=str(title), severity=severity, timeout=timeout, markup=False)

    def get_default_screen(self) -> MainScreen:
        return MainScreen()

    @property
    def main(self) -> MainScreen:
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                return screen
        raise LookupError("no main screen")

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            try:
                self._settings = load_settings()
            except FactcheckError as e:
                self.notify(str(e), title="Config ignored", severity="warning")
                self._settings = Settings()
        return self._settings

    # -- start-up ------------------------------------------------------------------------
    def start(self) -> None:
        """Called by the main screen once it is mounted: open the workspace and an article.

        Whatever needs reading, fetching or extracting runs in a worker; the last article (if
        any) is on screen meanwhile, else a loading indicator."""
        try:
            ws = self._workspace
            if ws is None:
                from ..store import open_workspace

                ws = self._workspace = open_workspace(self.db, lock_timeout=tui_lock_timeout())
                self._owns_workspace = True
        except Exception as e:
            self.push_screen(MessageDialog("Cannot open the workspace", error_text(e), fatal=True))
            return
        self.session = Session(ws)
        _ = self.settings  # loaded here, on the main thread: workers only read it
        try:
            theme = ws.get_state(THEME_STATE)
            if self._theme_from_state and theme in (DARK, LIGHT):
                self.theme = theme
        except Exception:  # UI state is a nicety: never a reason not to start
            pass
        opened = self.open_last()
        arg = self.article_arg
        if arg:
            if sources.is_url(arg):
                self.import_url(arg, self.published)
            else:
                self.add_file(arg, self.published)
        elif not opened:
            self.add_sample()

    def open_last(self) -> bool:
        """Open the article we left off at (or the first one); False when there is none."""
        s = self.session
        try:
            aid = s.last_article_id()
            if aid is None:
                arts = s.ws.articles()
                aid = arts[0].id if arts else None
        except Exception as e:
            self.notify(error_text(e), title="Cannot open an article", severity="error")
            return False
        if aid is None:
            return False
        self.open_article(aid)
        return self.session.article is not None

    def open_article(self, article_id: str) -> None:
        try:
            self.session.open_article(article_id)
        except Exception as e:
            self.notify(error_text(e), title="Cannot open the article", severity="error")
            return
        self.main.show_article()

    # -- adding articles (in workers: reading, fetching and extracting take a while) ------------
    def add_sample(self) -> None:
        self.run_add("the sample article", lambda: self.session.add_article(
            sources.sample_text(), title=sources.SAMPLE_TITLE, source=sources.SAMPLE_SOURCE,
            published=sources.SAMPLE_PUBLISHED, lang="de"))

    def add_file(self, path: str, published: str | None) -> None:
        def make():
            text = sources.read_text_file(path)
            return self.session.add_article(text, title=Path(path).stem, source=str(Path(path).resolve()),
                                            published=published, lang=self.lang)

        self.run_add(Path(path).name or path, make, retry=(path, published))

    def run_add(self, label: str, make, retry: tuple[str, str | None] | None = None) -> None:
        """Run `make` (reads and extracts, then stores the article) in a worker; show progress."""
        job = next(self._jobs)
        self.busy[job] = f"adding {one_line(label, 40)}"
        self._status()
        self._add_worker(job, make, retry)

    @work(thread=True, group="add")
    def _add_worker(self, job: int, make, retry) -> None:
        # runs in a thread: no widgets; the store may be used from several threads
        try:
            art = make()
        except Exception as e:  # bad input, a busy workspace, or a bug below: a message, never a traceback
            self.call_from_thread(self._add_done, job, None, e, retry)
        else:
            self.call_from_thread(self._add_done, job, art, None, retry)

    def _add_done(self, job: int, art, error: Exception | None, retry) -> None:
        self.busy.pop(job, None)
        self._status()
        if error is not None:
            if retry is not None:
                self.last_add_input = retry  # the add dialog opens with it again
            hint = " (o, a: your input is offered again)" if retry is not None else ""
            self.notify(error_text(error) + hint, title="Cannot add the article", severity="error", timeout=10)
            if retry is not None and self.session.article is None and not self.busy:
                self.add_sample()  # nothing on screen yet: the sample rather than an empty workbench
            return
        self.last_add_input = None
        self._after_add(art)

    def action_add_article(self) -> None:
        def accept(answer) -> bool:
            source, published = answer
            if published:
                if (published := self._typed_day(published)) is None:
                    return False
            if sources.is_url(source):
                self.import_url(source, published)
            else:
                self.add_file(source, published)
            return True

        source, published = self.last_add_input or ("", None)
        self.push_screen(AddArticleDialog(source, published or "", accept=accept))

    def _after_add(self, art) -> None:
        n = self.session.ws.progress(art.id)[1]
        title = one_line(art.title, 50)
        if not isinstance(self.screen, (MainScreen, ArticlesScreen)):
            # the user is in a dialog (typing a note...): never take it away
            self.notify(f"Added “{title}”: {n} claims. o opens it.", title="Article added")
            return
        while not isinstance(self.screen, MainScreen):
            self.pop_screen()
        self.open_article(art.id)
        self.notify(f"Opened “{title}”: {n} claims.")

    def import_url(self, url: str, published: str | None) -> None:
        self.notify(f"Fetching {one_line(url, 80)} …", title="Import", timeout=4)
        job = next(self._jobs)
        self.busy[job] = f"fetching {one_line(url, 50)}"
        self._status()
        self._fetch(job, url, published)

    def _status(self) -> None:
        """Background work changed: every screen that shows it says so."""
        for screen in self.screen_stack:
            if isinstance(screen, (MainScreen, ArticlesScreen)) and screen.is_mounted:
                try:
                    screen.update_status()
                except Exception:  # a screen still being built
                    pass

    @work(thread=True, group="import")
    def _fetch(self, job: int, url: str, published: str | None) -> None:
        # runs in a thread: fetch only; extraction is the next worker
        try:
            page = fetch.fetch_article(url, self.settings, published=published)
        except Exception as e:  # a fetch failure, or a bug in fetching: a message, not a traceback
            self.call_from_thread(self._add_done, job, None, e, (url, published))
            return
        self.call_from_thread(self._fetched, job, url, page, published)

    def _fetched(self, job: int, url: str, page, published: str | None) -> None:
        self.busy.pop(job, None)
        self._status()
        date = published or page.published

        def add(date: str | None) -> None:
            self.run_add(page.title or page.final_url or url, lambda: self.session.add_article(
                page.text, title=clean_line(page.title) or page.final_url, source=page.final_url or page.url,
                published=date, lang=page.lang or self.lang, url=page.url, final_url=page.final_url,
                fetched_at=page.fetched_at, author=page.author, outlet=page.outlet,
            ), retry=(url, date))

        if date:
            add(date)
            return

        def accept(answer: str) -> bool:
            if answer and (answer := self._typed_day(answer, page.lang)) is None:
                return False
            add(answer or None)
            return True

        self.push_screen(self._date_dialog(page, accept))

    def _typed_day(self, typed: str, lang: str | None = None) -> str | None:
        """A publication date as typed ("2. Mai 2017", "02.05.2017", "2017-05-02") as YYYY-MM-DD;
        None after telling the user why it cannot be read."""
        try:
            return parse_typed_date(typed, lang or (None if self.lang == "auto" else self.lang), day_only=True)
        except FactcheckError as e:
            self.notify(error_text(e), title="Bad date", severity="error")
            return None

    @staticmethod
    def _date_dialog(page, accept) -> InputDialog:
        return InputDialog(
            "The page gives no publication date: " + one_line(page.title or page.final_url, 60),
            "", "2017-05-02 or 2. Mai 2017",
            "Relative dates (“next Wednesday”) resolve against it. Leave empty to resolve against dates in the text.",
            accept=accept,
        )

    # -- screens and app-wide actions ----------------------------------------------------
    def action_articles(self) -> None:
        if self.session is None:
            return
        if not isinstance(self.screen, ArticlesScreen):
            self.push_screen(ArticlesScreen())

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen([
            ("Claims (main screen)", MainScreen.BINDINGS),
            ("Articles screen (o)", ArticlesScreen.BINDINGS),
            ("Everywhere", self.BINDINGS),
        ]))

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT if self.current_theme.dark else DARK
        if self.session is not None:
            try:
                self.session.ws.set_state(THEME_STATE, self.theme)
            except Exception:
                pass

    def action_export(self) -> None:
        s = self.session
        if s is None or s.article is None:
            return
        try:
            data = s.ws.export_article(s.article.id)
        except FactcheckError as e:
            self.notify(str(e), title="Cannot export", severity="error")
            return
        self.push_screen(ExportScreen(data, self.settings, base_name=f"factcheck-{s.article.id}"))

    def run_main_action(self, action: str) -> None:
        """Run an action of the main screen (for the command palette)."""
        self.call_later(self.run_action, action, self.main)

    async def action_quit(self) -> None:
        # q reaches the app only when no text field took it; it quits from the main screen
        # only: on any other screen it closes that screen, as escape does
        if not isinstance(self.screen, MainScreen) and len(self.screen_stack) > 1:
            await self.close_screen()
            return
        self.shutdown()
        self.exit()

    async def close_screen(self) -> None:
        """Close the screen on top the way its escape binding does (cancel, close, back)."""
        screen = self.screen
        for binding in screen._bindings.key_to_bindings.get("escape", []):
            await screen.run_action(binding.action)
            return
        if isinstance(screen, ModalScreen):
            screen.dismiss(None)
        else:
            self.pop_screen()

    def shutdown(self) -> None:
        try:
            self.main.save_position(force=True)
        except Exception:
            pass
        ws = self._workspace
        if ws is not None and self._owns_workspace:
            try:
                ws.close()
            except Exception:
                pass
            self._workspace = None
