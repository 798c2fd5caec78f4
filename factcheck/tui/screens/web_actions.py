"""The main screen's work on the web: earlier fact-checks (F), every link of the article (L),
an archived copy of a link (A).

Each runs in an async worker on the app's event loop: the fetch layer is async all the way down
(DNS included), so the screen keeps answering keys while it waits, and cancelling a worker
(escape during L) stops its requests at once. Results reach the store from the loop, where the
store calls of the screen's other actions run too. Every failure is a notification; everything
fetched is cleaned (textsafe) and shown as rich Text."""
from __future__ import annotations

import asyncio
from collections import Counter

from textual import work
from textual.binding import Binding
from textual.widgets import ProgressBar, Static
from rich.text import Text

from ... import fetch
from ...errors import FactcheckError
from ...store.errors import WorkspaceLocked
from ...textsafe import clean_line
from ..display import BUSY, error_text, one_line
from ..webwork import NO_KEY_HELP, check_summary, link_targets, review_evidence_fields, review_query
from .dialogs import ChoiceDialog, MessageDialog
from .reviews import ReviewsDialog

WEB_BINDINGS = [
    Binding("F", "factchecks", "Fact-checks", show=False,
            tooltip="find earlier fact-checks of the claim (Fact Check Tools); enter attaches one as evidence",
            id="web.factchecks"),
    Binding("L", "check_all_links", "Check all links", show=False,
            tooltip="check every evidence link of the article (escape cancels)", id="web.check_links"),
    Binding("A", "archive_link", "Archive link", show=False,
            tooltip="archive the claim's evidence link in the Wayback Machine", id="web.archive"),
]


class WebActions:
    """Mixed into MainScreen (which provides session, _need_claim, _store, changed, show_detail)."""

    def init_web(self) -> None:
        self.bulk_checking: dict[str, set[str]] = {}  # claim id -> URLs the running L has still to check
        self.archiving: dict[str, set[str]] = {}  # claim id -> URLs being archived
        self._bulk_worker = None

    # -- background jobs in the status line -----------------------------------------------
    def _begin_job(self, text: str) -> int:
        job = next(self.app._jobs)
        self.app.busy[job] = text
        self.app._status()
        return job

    def _end_job(self, job: int) -> None:
        self.app.busy.pop(job, None)
        self.app._status()

    def _save_evidence(self, claim_id: str, url: str, **fields):
        """update_evidence for a claim of this article or another (the user may have switched)."""
        s = self.session
        if claim_id in s.by_id:
            rec = s.update_evidence(claim_id, url, **fields)
            self.changed(rec)
            return rec
        return s.ws.update_evidence(claim_id, url, **fields)

    # -- F: earlier fact-checks ---------------------------------------------------------------
    def action_factchecks(self) -> None:
        if (rec := self._need_claim()) is None:
            return
        if not self.app.settings.factcheck_api_key:
            self.app.push_screen(MessageDialog("Earlier fact-checks are off: no API key", NO_KEY_HELP))
            return
        query = review_query(rec.claim)
        if not query:
            self.notify("This claim has no text to search for.", severity="warning")
            return
        lang = (self.session.article.lang or None) if self.session.article is not None else None
        job = self._begin_job("searching fact-checks")
        self._search_reviews(job, rec.id, query, lang)

    @work(group="factchecks", exclusive=True)
    async def _search_reviews(self, job: int, claim_id: str, query: str, lang: str | None) -> None:
        try:
            reviews = await fetch.asearch_factchecks(query, self.app.settings, lang=lang)
        except Exception as e:  # the service failed, or a bug below: a message, never a traceback
            self.notify(error_text(e), title="No fact-checks", severity="error", timeout=8)
            return
        finally:
            self._end_job(job)
        rec = self.session.by_id.get(claim_id)
        if rec is None:
            return  # another article is open now
        if not reviews:
            self.notify(f"No published fact-checks match “{one_line(query, 80)}”.", title="Fact-checks")
            return
        try:
            self.app.push_screen(ReviewsDialog(rec.claim.text, query, reviews,
                                               accept=lambda i: self._attach_review(claim_id, reviews[i])))
        except Exception as e:  # a bug in showing them: a message, never a traceback
            self.notify(error_text(e), title="Cannot show the fact-checks", severity="error")

    def _attach_review(self, claim_id: str, review) -> bool:
        fields = review_evidence_fields(review)
        try:
            fields["url"] = fetch.validate_url(fields["url"])
        except FactcheckError as e:
            self.notify(error_text(e), title="Not a usable link", severity="error")
            return False
        rec = self.session.by_id.get(claim_id)
        if rec is not None and any(ev.url == fields["url"] for ev in rec.evidence):
            self.notify("That fact-check is already attached.", severity="warning")
            return True
        if self._store(self.session.attach_evidence, claim_id, **fields) is None:
            return False  # the dialog stays open: enter tries again
        self.notify(f"Attached “{one_line(fields['title'], 80)}”.", title="Evidence")
        return True

    # -- L: every evidence link of the article --------------------------------------------------
    @property
    def bulk_running(self) -> bool:
        return self._bulk_worker is not None and not self._bulk_worker.is_finished

    def action_check_all_links(self) -> None:
        s = self.session
        if s is None or s.article is None:
            return
        if self.bulk_running:
            self.notify("The links are being checked (escape cancels).", severity="warning")
            return
        targets = link_targets(s.records)
        if not targets:
            self.notify("No evidence links in this article yet (e adds one).")
            return
        total = len(targets)
        for url, ids in targets.items():
            for cid in ids:
                self.bulk_checking.setdefault(cid, set()).add(url)
        job = self._begin_job(f"checked 0/{total} links")
        bar = self.query_one("#links-progress", ProgressBar)
        bar.update(total=total, progress=0)
        self._bulk_label(0, total)
        self.query_one("#links-bar").display = True
        self.show_detail()
        self._bulk_worker = self._check_all(job, targets)

    def _bulk_label(self, done: int, total: int) -> None:
        self.query_one("#links-label", Static).update(
            Text(f"checked {done}/{total} links", style="bold") + Text(" · escape cancels", style="dim"))

    def cancel_bulk(self) -> bool:
        if not self.bulk_running:
            return False
        self._bulk_worker.cancel()
        return True

    @work(group="check-links", exclusive=True)
    async def _check_all(self, job: int, targets: dict[str, list[str]]) -> None:
        total = len(targets)
        flags: Counter = Counter()
        unsaved: list[tuple[str, str, dict]] = []
        done = 0

        def progress(n: int, _total: int, check) -> None:
            # called on the loop after each link: save at once, so a cancel keeps what was learned
            nonlocal done
            done = n
            flags[check.flag] += 1
            for cid in targets.get(check.url, ()):
                self.bulk_checking.get(cid, set()).discard(check.url)
                self._save_check(cid, check, unsaved)
            self.app.busy[job] = f"checked {n}/{total} links"
            self.query_one("#links-progress", ProgressBar).update(progress=n)
            self._bulk_label(n, total)
            self.app._status()

        cancelled = False
        try:
            await fetch.acheck_links(list(targets), self.app.settings, progress=progress)
        except asyncio.CancelledError:
            cancelled = True
        except Exception as e:  # a bug below: a message, never a traceback
            self.notify(error_text(e), title="Link check failed", severity="error")
        finally:
            self.bulk_checking.clear()
            self._end_job(job)
            try:  # the screen may be going away (the app quits while links are checked)
                self.query_one("#links-bar").display = False
                self.show_detail()
            except Exception:
                pass
        for cid, url, fields in list(unsaved):  # a busy workspace during the check: one more try now
            try:
                self._save_evidence(cid, url, **fields)
                unsaved.remove((cid, url, fields))
            except Exception:
                pass
        summary = check_summary(flags, done, total, cancelled)
        if unsaved:
            self.notify(f"{summary} {len(unsaved)} result(s) not saved: {BUSY}.", title="Links", severity="error",
                        timeout=10)
        else:
            bad = flags.get("dead", 0) + flags.get("changed", 0) + flags.get("error", 0)
            self.notify(summary, title="Links", severity="warning" if bad or cancelled else "information",
                        timeout=8)

    def _save_check(self, claim_id: str, check, unsaved: list) -> None:
        s = self.session
        rec = s.by_id.get(claim_id)
        try:
            if rec is None:
                rec = s.ws.claim(claim_id)
            previous = next((ev for ev in rec.evidence if ev.url == check.url), None)
            if previous is None:
                return  # removed while it was being checked
            fields = fetch.evidence_update(check, previous)
        except Exception:
            return  # the claim went away meanwhile
        try:
            self._save_evidence(claim_id, check.url, **fields)
        except WorkspaceLocked:
            unsaved.append((claim_id, check.url, fields))
        except Exception as e:
            self.notify(error_text(e), title="Link check not saved", severity="error")

    # -- A: an archived copy ----------------------------------------------------------------------
    def action_archive_link(self) -> None:
        if (rec := self._need_claim()) is None:
            return
        if not rec.evidence:
            self.notify("This claim has no evidence links yet (e adds one).")
            return
        if len(rec.evidence) == 1:
            self.start_archive(rec.id, rec.evidence[0].url)
            return
        urls = [ev.url for ev in rec.evidence]
        choices = [one_line(ev.url, 200) + ("  (archived)" if ev.archive_url else "") for ev in rec.evidence]

        def accept(i: int) -> bool:
            self.start_archive(rec.id, urls[i])
            return True

        self.app.push_screen(ChoiceDialog("Archive which link in the Wayback Machine?", choices, accept=accept))

    def start_archive(self, claim_id: str, url: str) -> None:
        if url in self.archiving.get(claim_id, set()):
            self.notify("That link is being archived.", severity="warning")
            return
        self.archiving.setdefault(claim_id, set()).add(url)
        job = self._begin_job(f"archiving {one_line(url, 40)}")
        self.show_detail()
        self._archive(job, claim_id, url)

    @work(group="archive")
    async def _archive(self, job: int, claim_id: str, url: str) -> None:
        try:
            archived = clean_line(await fetch.aarchive(url, self.app.settings))
        except Exception as e:  # the archive failed, or a bug below: a message, never a traceback
            self.notify(error_text(e), title="Not archived", severity="error", timeout=8)
            return
        finally:
            self.archiving.get(claim_id, set()).discard(url)
            self._end_job(job)
            self.show_detail()
        try:
            self._save_evidence(claim_id, url, archive_url=archived)
        except Exception as e:
            self.notify(f"{error_text(e)} (archived at {archived})", title="Archive not recorded", severity="error",
                        timeout=10)
            return
        self.notify(f"Archived: {one_line(archived, 120)}", title="Wayback Machine")
