"""The workbench application: opens the workspace, picks the article, hosts the screens."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual import work
from textual.app import App
from textual.binding import Binding

from .. import fetch, sources
from ..config import Settings, load_settings
from ..errors import FactcheckError
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


class WorkbenchApp(App):
    CSS_PATH = "app.tcss"
    TITLE = "factcheck"
    COMMANDS = App.COMMANDS | {WorkbenchCommands}
    BINDINGS = [
        Binding("question_mark,f1", "help", "Help", tooltip="this list of keys", id="help"),
        Binding("ctrl+t", "toggle_theme", "Light/dark", show=False, tooltip="switch between light and dark theme",
                id="theme"),
        Binding("q", "quit", "Quit", tooltip="quit (everything is already saved)", id="quit"),
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
        self.fetching: set[str] = set()  # URLs being imported (shown in the status line)
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
        """Called by the main screen once it is mounted: open the workspace and an article."""
        try:
            ws = self._workspace
            if ws is None:
                from ..store import open_workspace

                ws = self._workspace = open_workspace(self.db)
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
        arg = self.article_arg
        if arg:
            if sources.is_url(arg):
                self.open_last_or_sample()
                self.import_url(arg, self.published)
                return
            try:
                art = self.add_file(arg, self.published)
            except Exception as e:  # bad input, or a bug below: a message, never a traceback
                self.notify(error_text(e), title="Cannot open the article", severity="error", timeout=10)
            else:
                self.open_article(art.id)
                return
        self.open_last_or_sample()

    def open_last_or_sample(self) -> None:
        s = self.session
        try:
            aid = s.last_article_id()
            if aid is None:
                arts = s.ws.articles()
                aid = arts[0].id if arts else None
            if aid is None:
                aid = s.add_article(sources.sample_text(), title=sources.SAMPLE_TITLE, source=sources.SAMPLE_SOURCE,
                                    published=sources.SAMPLE_PUBLISHED, lang="de").id
        except Exception as e:
            self.push_screen(MessageDialog("Cannot open an article", error_text(e)))
            return
        self.open_article(aid)

    def open_article(self, article_id: str) -> None:
        try:
            self.session.open_article(article_id)
        except Exception as e:
            self.notify(error_text(e), title="Cannot open the article", severity="error")
            return
        self.main.show_article()

    # -- adding articles -----------------------------------------------------------------
    def add_file(self, path: str, published: str | None):
        text = sources.read_text_file(path)
        return self.session.add_article(text, title=Path(path).stem, source=str(Path(path).resolve()),
                                        published=published, lang=self.lang)

    def action_add_article(self) -> None:
        def done(answer) -> None:
            if not answer:
                return
            source, published = answer
            if published:
                try:
                    dt.date.fromisoformat(published)
                except ValueError:
                    self.notify(f"Bad date {published!r}: use YYYY-MM-DD.", severity="error")
                    return
            if sources.is_url(source):
                self.import_url(source, published)
                return
            try:
                art = self.add_file(source, published)
            except Exception as e:
                self.notify(error_text(e), title="Cannot add the article", severity="error", timeout=10)
                return
            self._after_add(art)

        self.push_screen(AddArticleDialog(), done)

    def _after_add(self, art) -> None:
        while not isinstance(self.screen, MainScreen):
            self.pop_screen()
        self.open_article(art.id)
        self.notify(f"Opened “{one_line(art.title, 50)}”: {len(self.session.records)} claims.")

    def import_url(self, url: str, published: str | None) -> None:
        self.notify(f"Fetching {one_line(url, 80)} …", title="Import", timeout=4)
        self.fetching.add(url)
        self._status()
        self._fetch(url, published)

    def _status(self) -> None:
        try:
            self.main.update_status()
        except Exception:  # before the main screen is up
            pass

    def _fetch_done(self, url: str) -> None:
        self.fetching.discard(url)
        self._status()

    @work(thread=True, exclusive=True, group="import")
    def _fetch(self, url: str, published: str | None) -> None:
        # runs in a thread: fetch only; the store is written on the main thread
        try:
            page = fetch.fetch_article(url, self.settings, published=published)
        except FactcheckError as e:
            self.call_from_thread(self._fetch_done, url)
            self.call_from_thread(self.notify, str(e), title="Cannot fetch the article", severity="error", timeout=10)
            return
        except Exception as e:  # a bug in fetching: a message, not a traceback
            self.call_from_thread(self._fetch_done, url)
            self.call_from_thread(self.notify, f"{type(e).__name__}: {e}", title="Cannot fetch the article",
                                  severity="error", timeout=10)
            return
        self.call_from_thread(self._fetched, url, page, published)

    def _fetched(self, url: str, page, published: str | None) -> None:
        self._fetch_done(url)
        date = published or page.published

        def add(date: str | None) -> None:
            try:
                art = self.session.add_article(
                    page.text, title=clean_line(page.title) or page.final_url, source=page.final_url or page.url,
                    published=date, lang=page.lang or self.lang, url=page.url, final_url=page.final_url,
                    fetched_at=page.fetched_at, author=page.author, outlet=page.outlet,
                )
            except Exception as e:
                self.notify(error_text(e), title="Cannot add the article", severity="error")
                return
            self._after_add(art)

        if date:
            add(date)
            return

        def got_date(answer: str | None) -> None:
            if answer is None:
                return
            if answer:
                try:
                    dt.date.fromisoformat(answer)
                except ValueError:
                    self.notify(f"Bad date {answer!r}: use YYYY-MM-DD.", severity="error")
                    self.push_screen(self._date_dialog(page), got_date)
                    return
            add(answer or None)

        self.push_screen(self._date_dialog(page), got_date)

    @staticmethod
    def _date_dialog(page) -> InputDialog:
        return InputDialog(
            "The page gives no publication date: " + one_line(page.title or page.final_url, 60),
            "", "YYYY-MM-DD",
            "Relative dates (“next Wednesday”) resolve against it. Leave empty to resolve against dates in the text.",
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
        self.shutdown()
        self.exit()

    def shutdown(self) -> None:
        try:
            self.main.save_position()
        except Exception:
            pass
        ws = self._workspace
        if ws is not None and self._owns_workspace:
            try:
                ws.close()
            except Exception:
                pass
            self._workspace = None
