"""The main screen: article text, claims table and detail pane, kept in step both ways."""
from __future__ import annotations

import time

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, ProgressBar, Static, TextArea

from ... import fetch
from ...errors import FactcheckError
from ...model import CLAIM_TYPES, ClaimRecord
from ...store.errors import WorkspaceLocked
from ..display import BUSY, error_text, one_line, parse_value
from ..palette import ok_style, warn_style
from ..filtering import TYPE_CYCLE, VERDICT_CYCLE, ClaimFilter, claim_index_at, cycle, next_unchecked, progress
from ..widgets.article_view import ArticleView
from ..widgets.claim_table import ClaimTable
from ..widgets.detail_pane import DetailPane
from .dialogs import ChoiceDialog, ClaimDialog, InputDialog, NoteDialog
from .web_actions import WEB_BINDINGS, WebActions

LINK_SAVE_TRIES = 5  # a link check's result waits this many seconds for a busy workspace
SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"
VERDICT_KEYS = {"verified": "v", "disputed": "d", "false": "f", "unverifiable": "u"}


class MainScreen(WebActions, Screen):
    BINDINGS = [
        # the footer shows the four verdict keys as one entry, so the main keys fit in 80 columns
        Binding("v", "verdict('verified')", "Verdict", key_display="v d f u", tooltip="mark the claim verified",
                id="verdict.verified"),
        Binding("d", "verdict('disputed')", "Disputed", show=False, tooltip="mark the claim disputed",
                id="verdict.disputed"),
        Binding("f", "verdict('false')", "False", show=False, tooltip="mark the claim false", id="verdict.false"),
        Binding("u", "verdict('unverifiable')", "Unverif.", show=False, tooltip="mark the claim unverifiable",
                id="verdict.unverifiable"),
        Binding("x,0", "verdict('unchecked')", "Reset", show=False, tooltip="reset the verdict to unchecked",
                id="verdict.unchecked"),
        Binding("n", "note", "Note", tooltip="edit the note on the claim", id="note"),
        Binding("e", "add_evidence", "Link", tooltip="add an evidence link (checked in the background)",
                id="evidence.add"),
        Binding("E", "remove_evidence", "Remove link", show=False, tooltip="remove an evidence link from the claim",
                id="evidence.remove"),
        Binding("l", "recheck_links", "Recheck", show=False, tooltip="check the claim's evidence links again",
                id="evidence.recheck"),
        *WEB_BINDINGS,
        Binding("space,right_square_bracket", "next_unchecked", "Next", key_display="␣",
                tooltip="jump to the next unchecked claim", id="nav.next_unchecked"),
        Binding("left_square_bracket", "prev_unchecked", "Prev unchecked", show=False,
                tooltip="jump to the previous unchecked claim", id="nav.prev_unchecked"),
        Binding("j", "move(1)", "Next claim", show=False, tooltip="next claim in the table", id="nav.next"),
        Binding("k", "move(-1)", "Previous claim", show=False, tooltip="previous claim in the table", id="nav.prev"),
        Binding("slash", "search", "Search", tooltip="search claims (text, value, source, note)", id="search"),
        Binding("t", "cycle_type", "Type filter", show=False, tooltip="filter by type: all, date, number, attribution",
                id="filter.type"),
        Binding("s", "cycle_verdict", "Verdict filter", show=False,
                tooltip="filter by verdict: all, unchecked, verified, ...", id="filter.verdict"),
        Binding("c", "clear_filter", "Clear filter", show=False, tooltip="show all claims again", id="filter.clear"),
        Binding("H", "toggle_dismissed", "Show dismissed", show=False, tooltip="show or hide dismissed claims",
                id="filter.dismissed"),
        Binding("a", "add_claim", "Add claim", show=False, tooltip="add the selected text as a claim the extractor missed",
                id="claim.add"),
        Binding("r", "correct_claim", "Correct", show=False, tooltip="correct the claim's type or value",
                id="claim.correct"),
        Binding("D,delete", "dismiss_claim", "Dismiss", show=False, tooltip="dismiss a wrong claim (again: restore)",
                id="claim.dismiss"),
        Binding("p", "export", "Export", tooltip="export a report with a preview", id="export"),
        Binding("o", "app.articles", "Articles", tooltip="open, add and switch articles", id="articles"),
        Binding("ctrl+down", "scroll_detail(4)", "Details down", show=False, tooltip="scroll the detail pane down",
                id="detail.down"),
        Binding("ctrl+up", "scroll_detail(-4)", "Details up", show=False, tooltip="scroll the detail pane up",
                id="detail.up"),
        Binding("escape", "escape", "Back", show=False, tooltip="close the search, cancel checking all links, back to the claims table"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.current: ClaimRecord | None = None
        self.rows: list[ClaimRecord] = []
        self.checking: dict[str, set[str]] = {}  # claim id -> URLs being checked
        self._saved_claim: str | None = None
        self.seen_version: int | None = None  # the workspace version on screen (see take_in_outside_changes)
        self._save_pause_until = 0.0  # save_position waits after a busy workspace
        self._spinner = None  # the status line's spinner timer, while something runs in the background
        self._spin_frame = 0
        self.init_web()

    def compose(self) -> ComposeResult:
        yield Static(Text("factcheck"), id="status")
        with Horizontal(id="top"):
            yield ArticleView(id="article")
            yield DetailPane(id="detail")
        with Horizontal(id="links-bar"):  # shown while L checks every link of the article
            yield Static(Text(""), id="links-label")
            yield ProgressBar(show_eta=False, id="links-progress")
        yield ClaimTable(id="claims")
        yield Input(placeholder="search claims — enter: to the table, escape: clear", id="search")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#search", Input).display = False
        self.query_one("#links-bar").display = False
        self.set_interval(1.0, self.save_position)
        self.set_interval(2.0, self.take_in_outside_changes)
        self.app.theme_changed_signal.subscribe(self, self.theme_changed)
        self.app.start()

    # -- shortcuts -----------------------------------------------------------------------
    @property
    def session(self):
        return self.app.session

    @property
    def table(self) -> ClaimTable:
        return self.query_one("#claims", ClaimTable)

    @property
    def article_view(self) -> ArticleView:
        return self.query_one("#article", ArticleView)

    @property
    def detail(self) -> DetailPane:
        return self.query_one("#detail", DetailPane)

    # -- showing -------------------------------------------------------------------------
    def show_article(self) -> None:
        """Fill everything from the session's article; select the claim we left off at."""
        s = self.session
        self.current = None
        self.mark_seen()
        self.article_view.set_article(s.article.text, s.records)
        self.refill(keep=s.last_claim_id())
        if self.current is None and self.rows:
            self.select(self.rows[0])
        self.table.focus()

    def refill(self, keep: str | None = None) -> None:
        keep = keep or (self.current.id if self.current else None)
        self.rows = self.session.visible()
        self.table.dark = self.dark
        self.table.fill(self.rows, keep=keep)
        if keep and keep in self.session.by_id and any(r.id == keep for r in self.rows):
            self.select(self.session.by_id[keep])
        elif not self.rows:
            self.current = None
            self.article_view.select_claim(None, scroll=False)
            self.show_detail()
        else:
            # the current claim is filtered out: the next shown one in the text takes its place, so a
            # verdict key never marks a claim that is not in the table
            old = self.session.by_id.get(keep) if keep else None
            start = old.claim.start if old is not None else -1
            self.select(next((r for r in self.rows if r.claim.start >= start), self.rows[0]))
        self.update_status()

    def update_status(self) -> None:
        s = self.session
        if s is None or s.article is None:
            # nothing to show yet (the first article is being read): a loading indicator
            self.article_view.loading = bool(self.app.busy)
            t = Text("factcheck — no article")
            self._append_busy(t)
            self.query_one("#status", Static).update(t)
            return
        self.article_view.loading = False
        dark = self.dark
        checked, total = progress(s.records)
        rest = Text()
        if s.article.published:
            rest.append(f"  {s.article.published}", style="dim")
        rest.append(f"  {checked}/{total} checked", style=ok_style(dark) if total and checked == total else "")
        shown = len(self.rows)
        if s.filter.is_active():
            rest.append(f"  · {s.filter.describe()} ({shown} shown)", style=warn_style(dark))
        else:
            rest.append(f"  · {shown} claims", style="dim")
        self._append_busy(rest)
        # the title gives way: progress, filter and background work must stay readable at 80 columns
        status = self.query_one("#status", Static)
        width = status.content_size.width or self.app.size.width - 2
        room = max(12, min(60, width - 1 - rest.cell_len))
        t = Text(one_line(s.article.title or "(untitled)", room), style="bold")
        t.append_text(rest)
        t.truncate(max(width, 20), overflow="ellipsis")  # a long file name being added is cut last
        status.update(t)

    def _append_busy(self, t: Text) -> None:
        """What runs in the background, with a spinner that turns while anything does."""
        jobs = list(self.app.busy.values())
        n_checking = sum(len(v) for v in self.checking.values())
        if n_checking:
            jobs.append(f"checking {n_checking} link{'s' if n_checking > 1 else ''}")
        if not jobs:
            if self._spinner is not None:
                self._spinner.stop()
                self._spinner = None
            return
        if self._spinner is None:
            self._spinner = self.set_interval(0.12, self._spin)
        t.append(f"  {SPINNER[self._spin_frame % len(SPINNER)]} " + " · ".join(j + "…" for j in jobs),
                 style=warn_style(self.dark))

    @property
    def dark(self) -> bool:
        return self.app.current_theme.dark

    def on_resize(self) -> None:
        # below 100 columns the footer needs the room of "^p palette" for the main keys (ctrl+p still works)
        self.query_one(Footer).show_command_palette = self.size.width >= 100
        if self.session is not None:
            self.update_status()

    def theme_changed(self, _theme=None) -> None:
        """Table and detail pane draw with the palette of the theme (the text view does it itself)."""
        if self.session is None or self.session.article is None:
            return
        self.refill()
        self.show_detail()

    def _spin(self) -> None:
        self._spin_frame += 1
        self.app._status()

    def show_detail(self) -> None:
        rec = self.current
        history = self.session.history(rec.id) if rec is not None else ()
        checking = (self.checking.get(rec.id, set()) | self.bulk_checking.get(rec.id, set())) if rec else set()
        self.detail.show(rec, history, checking, self.dark, archiving=self.archiving.get(rec.id, set()) if rec else set())

    def select(self, rec: ClaimRecord, scroll_text: bool = True, move_table: bool = True) -> None:
        """Make `rec` the current claim: table row, text highlight, detail pane."""
        self.current = rec
        if move_table:
            self.table.select_id(rec.id)
        self.article_view.select_claim(rec, scroll=scroll_text and not self._cursor_in(rec))
        self.show_detail()

    def row_index(self, claim_id: str | None) -> int | None:
        for i, r in enumerate(self.rows):
            if r.id == claim_id:
                return i
        return None

    def _cursor_in(self, rec: ClaimRecord) -> bool:
        off = self.article_view.cursor_offset
        return rec.claim.start <= off <= rec.claim.end

    def mark_seen(self) -> None:
        self.seen_version = getattr(self.session.ws, "version", None)

    def changed(self, rec: ClaimRecord) -> None:
        """A record was saved: show its new state everywhere."""
        self.mark_seen()
        if self.current is not None and self.current.id == rec.id:
            self.current = rec
        i = self.row_index(rec.id)
        if i is not None:
            self.rows[i] = rec
        self.table.update_record(rec)
        self.article_view.update_claim(rec, self.session.records)
        self.show_detail()
        self.update_status()

    # -- keeping table and text in step ------------------------------------------------------
    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table is not self.table or event.row_key is None:
            return
        if event.cursor_row != self.table.cursor_row:
            return  # stale: the cursor has moved on since (e.g. a refill put it back on the current claim)
        rec = self.session.by_id.get(event.row_key.value)
        if rec is None or (self.current is not None and self.current.id == rec.id
                           and self.article_view.selected_claim is not None
                           and self.article_view.selected_claim.id == rec.id):
            return
        self.select(rec, move_table=False)

    def on_text_area_selection_changed(self, event: TextArea.SelectionChanged) -> None:
        if event.text_area is not self.article_view or not self.article_view.has_focus:
            return
        i = claim_index_at(self.rows, self.article_view.cursor_offset)
        if i is None:
            return
        rec = self.rows[i]
        if self.current is None or rec.id != self.current.id:
            self.select(rec, scroll_text=False)

    def save_position(self, force: bool = False) -> None:
        """Remember the current claim (debounced: cursor moves are frequent, saves are fsync'd)."""
        if not force and time.monotonic() < self._save_pause_until:
            return
        if self.current is not None and self.current.id != self._saved_claim and self.session.article is not None:
            try:
                self.session.remember_claim(self.current.id)
                self._saved_claim = self.current.id
                self.mark_seen()
            except FactcheckError:
                # a busy workspace costs a short wait per try: not every second while it lasts
                self._save_pause_until = time.monotonic() + 10

    def take_in_outside_changes(self) -> None:
        """Show what another process (the CLI, a second workbench) wrote to the workspace."""
        s = self.session
        refresh = getattr(s.ws, "refresh", None) if s is not None else None
        if refresh is None or s.article is None:
            return
        try:
            refresh()
        except Exception:
            return
        # every read of the store also takes in outside writes, so compare versions, not refresh()'s answer
        version = getattr(s.ws, "version", None)
        if version is None or version == self.seen_version:
            return
        self.seen_version = version
        try:
            s.reload()
        except Exception:  # the article went away: keep what is on screen
            return
        self.article_view.set_claims(s.records)
        if self.current is not None:
            self.current = s.by_id.get(self.current.id)
        self.refill()

    # -- actions -------------------------------------------------------------------------
    def _need_claim(self) -> ClaimRecord | None:
        if self.current is None:
            self.notify("No claim selected.", severity="warning")
        return self.current

    def _store(self, fn, *args, **kwargs) -> ClaimRecord | None:
        """Run a store call; a failure becomes a notification, never a traceback."""
        try:
            rec = fn(*args, **kwargs)
        except Exception as e:
            self.notify(error_text(e), title="Not saved", severity="error")
            return None
        self.changed(rec)
        return rec

    def _typed_value(self, type_: str, raw: str) -> tuple[bool, object]:
        """(True, value) for what the user typed as a claim's value; (False, None) after telling
        them why it cannot be read (the dialog then stays open with their input)."""
        art = self.session.article
        try:
            return True, parse_value(type_, raw, art.lang if art else None, art.published if art else None)
        except Exception as e:
            self.notify(error_text(e), title="Not saved", severity="error")
            return False, None

    def action_verdict(self, verdict: str) -> None:
        if (rec := self._need_claim()) is not None:
            self._store(self.session.set_verdict, rec.id, verdict)

    def action_note(self) -> None:
        if (rec := self._need_claim()) is None:
            return

        def accept(note: str) -> bool:  # False (not saved) keeps the dialog open with the note typed
            return self._store(self.session.set_note, rec.id, note) is not None

        self.app.push_screen(NoteDialog(rec.note, one_line(rec.claim.text, 60), accept=accept))

    def action_add_evidence(self) -> None:
        if (rec := self._need_claim()) is None:
            return

        def accept(url: str) -> bool:  # False keeps the dialog open with the link typed
            if not url:
                return True
            try:
                url = fetch.validate_url(url)
            except FactcheckError as e:
                self.notify(str(e), title="Not a usable link", severity="error")
                return False
            if any(ev.url == url for ev in rec.evidence):
                self.notify("That link is already attached; l checks it again.", severity="warning")
                return True
            if self._store(self.session.add_evidence, rec.id, url) is None:
                return False
            self.start_check(rec.id, url)
            return True

        self.app.push_screen(InputDialog("Evidence link for: " + one_line(rec.claim.text, 50), "",
                                         "https://…", "The link is checked in the background.", accept=accept))

    def action_remove_evidence(self) -> None:
        if (rec := self._need_claim()) is None:
            return
        if not rec.evidence:
            self.notify("This claim has no evidence links.")
            return
        urls = [ev.url for ev in rec.evidence]

        def accept(i: int) -> bool:
            if self._store(self.session.remove_evidence, rec.id, urls[i]) is None:
                return False
            self.checking.get(rec.id, set()).discard(urls[i])
            return True

        self.app.push_screen(ChoiceDialog("Remove which evidence link?", [one_line(u, 200) for u in urls],
                                          accept=accept))

    def action_recheck_links(self) -> None:
        if (rec := self._need_claim()) is None:
            return
        if not rec.evidence:
            self.notify("This claim has no evidence links yet (e adds one).")
        for ev in rec.evidence:
            self.start_check(rec.id, ev.url)

    def start_check(self, claim_id: str, url: str) -> None:
        self.checking.setdefault(claim_id, set()).add(url)
        self.show_detail()
        self.update_status()
        self.check_link(claim_id, url)

    @work(thread=True, group="links")
    def check_link(self, claim_id: str, url: str) -> None:
        # runs in a thread: no widgets, no store; the result goes back to the main thread
        try:
            result = fetch.check_link(url, self.app.settings)
            fields = dict(status=result.status, final_url=result.final_url, title=result.title,
                          content_type=result.content_type, checked_at=result.checked_at, error=result.error,
                          flag=result.flag)
        except Exception as e:  # a bug or an unexpected failure in the check: shown, not raised
            fields = dict(error=f"{type(e).__name__}: {e}", flag="error")
        self.app.call_from_thread(self.link_checked, claim_id, url, fields)

    def link_checked(self, claim_id: str, url: str, fields: dict, tries: int = 1) -> None:
        try:
            rec = self.session.update_evidence(claim_id, url, **fields)
        except WorkspaceLocked:
            if tries < LINK_SAVE_TRIES:  # another factcheck is writing: the result is kept and saved a bit later
                self.set_timer(1.0, lambda: self.link_checked(claim_id, url, fields, tries + 1))
                return
            self.checking.get(claim_id, set()).discard(url)
            self.notify(f"{BUSY}: l checks the links again.", title="Link check not saved", severity="error")
            self.update_status()
            return
        except Exception as e:
            self.checking.get(claim_id, set()).discard(url)
            self.notify(error_text(e), title="Link check not saved", severity="error")
            self.update_status()
            return
        self.checking.get(claim_id, set()).discard(url)
        self.changed(rec)
        if fields.get("error"):
            self.notify(one_line(f"{url}: {fields['error']}", 200), title="Link check failed", severity="warning")

    def action_next_unchecked(self, step: int = 1) -> None:
        cur = self.row_index(self.current.id) if self.current else None
        i = next_unchecked(self.rows, cur, step)
        if i is None:
            self.notify("No unchecked claims here." if self.rows else "No claims shown.")
            return
        self.select(self.rows[i])
        self.table.focus()

    def action_prev_unchecked(self) -> None:
        self.action_next_unchecked(-1)

    def action_move(self, step: int) -> None:
        if not self.rows:
            return
        cur = self.row_index(self.current.id) if self.current else None
        cur = -1 if cur is None else cur
        i = max(0, min(len(self.rows) - 1, cur + step))
        self.select(self.rows[i])

    def action_search(self) -> None:
        box = self.query_one("#search", Input)
        box.display = True
        box.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "search":
            self.session.filter.search = event.value
            self.refill()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "search":
            self.table.focus()

    def action_escape(self) -> None:
        box = self.query_one("#search", Input)
        if box.display:
            if box.value:
                box.value = ""
            box.display = False
            self.table.focus()
        elif self.cancel_bulk():
            pass  # the check says how far it got
        elif self.focused is not self.table:
            self.table.focus()

    def _set_filter(self, **changes) -> None:
        f = self.session.filter
        for k, v in changes.items():
            setattr(f, k, v)
        self.refill()  # the status line says what is shown

    def action_cycle_type(self) -> None:
        self._set_filter(types=cycle(TYPE_CYCLE, self.session.filter.types))

    def action_cycle_verdict(self) -> None:
        self._set_filter(verdicts=cycle(VERDICT_CYCLE, self.session.filter.verdicts))

    def action_filter_type(self, type_: str) -> None:
        self._set_filter(types=frozenset({type_}) if type_ else frozenset())

    def action_filter_verdict(self, verdict: str) -> None:
        self._set_filter(verdicts=frozenset({verdict}) if verdict else frozenset())

    def action_clear_filter(self) -> None:
        box = self.query_one("#search", Input)
        box.value = ""
        box.display = False
        self.session.filter = ClaimFilter()
        self.refill()

    def action_toggle_dismissed(self) -> None:
        self._set_filter(show_dismissed=not self.session.filter.show_dismissed)

    def action_add_claim(self) -> None:
        s = self.session
        if s.article is None:
            return
        span = self.article_view.selected_span()
        if span is None:
            self.notify("Select the claim's text in the article first (shift+arrows or the mouse), then press a.",
                        severity="warning")
            return
        start, end = span
        text = s.article.text
        # trim surrounding whitespace so the claim is exactly the words
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            self.notify("The selection is only whitespace.", severity="warning")
            return
        snippet = text[start:end]
        guess = "number" if any(ch.isdigit() for ch in snippet) and not any(ch.isalpha() for ch in snippet) else "date"

        def accept(answer) -> bool:
            type_, raw = answer
            ok, value = self._typed_value(type_, raw)
            if not ok:
                return False
            rec = self._store(s.add_user_claim, start, end, type_, value)
            if rec is None:
                return False
            self.article_view.set_claims(s.records)
            self.refill(keep=rec.id)
            self.notify(f"Added {type_} claim “{one_line(snippet, 40)}”.")
            return True

        self.app.push_screen(ClaimDialog("Add a claim the extractor missed", one_line(snippet, 200), guess,
                                         accept=accept))

    def action_correct_claim(self) -> None:
        if (rec := self._need_claim()) is None:
            return
        c = rec.claim
        value = c.source if c.type == "attribution" else ("" if c.value is None else str(c.value))

        def accept(answer) -> bool:
            type_, raw = answer
            if type_ not in CLAIM_TYPES:
                return False
            ok, value = self._typed_value(type_, raw)
            if not ok:
                return False
            new = self._store(self.session.correct, rec.id, type=type_, value=value)
            if new is None:
                return False
            self.refill(keep=new.id)
            return True

        self.app.push_screen(ClaimDialog("Correct the claim", one_line(c.text, 200), c.type, value or "",
                                         accept=accept))

    def action_dismiss_claim(self) -> None:
        if (rec := self._need_claim()) is None:
            return
        i = self.row_index(rec.id) or 0
        new = self._store(self.session.dismiss, rec.id, not rec.dismissed)
        if new is None:
            return
        if new.dismissed and not self.session.filter.show_dismissed:
            self.rows = self.session.visible()
            nxt = self.rows[min(i, len(self.rows) - 1)].id if self.rows else None
            self.current = None
            self.refill(keep=nxt)
            if nxt is None:
                self.article_view.select_claim(None)
            self.notify("Dismissed (H shows dismissed claims; D again restores).", timeout=3)
        else:
            self.notify("Restored." if not new.dismissed else "Dismissed.", timeout=2)

    def action_export(self) -> None:
        self.app.action_export()

    def action_scroll_detail(self, lines: int) -> None:
        self.detail.scroll_relative(y=lines, animate=False)
