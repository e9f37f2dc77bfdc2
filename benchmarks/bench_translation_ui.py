"""Translation as the user sees it, with a realistic-size pack:

(b) time from opening an untranslated article to its first translated
    paragraph on screen: the first time in the process, opened a second
    after the window's first paint (the window preloads the model of a pack
    the library's untranslated articles need meanwhile), or with
    ``--open-at-paint`` at the first paint (CTranslate2 imported and the
    model loaded on the way: the window restoring an untranslated article);
    again with the model loaded, and for an article that starts
    with a long lead paragraph rather than a caption (first words of its
    draft / whole paragraph); then, for copies of an article written for this
    benchmark whose lead is three long sentences, the time to the first words
    of the lead's greedy draft (shown dimmed while the beam search runs
    beside it) and to the whole lead, against the lead without a
    draft (the baseline, every other copy, same run);
(d) leads translated ahead (translation_ui.LEADS_NEAR; off in (b), so that
    its figures compare with earlier runs): a translated article is opened,
    the window left idle, then a neighbouring untranslated article opened:
    time to its first translated paragraph on screen (from the store at the
    open when its lead was translated ahead); then the same after the models'
    idle release (--release-after S): its neighbour opened again shows the
    lead from the store, the model warmed again by the opening (intent, not
    a timer), against opening an untranslated article cold after a release
    with leads off (the baseline, same run); and their cost: an article
    whose lead is not done, opened while another's lead is being translated
    (one model call cannot be interrupted);
(c) the longest stall of the UI event loop while the whole sample library is
    translated in the background (goal: under 50 ms), against the longest
    stall of the same idle window measured in the same run.

The pack is synthetic (Transformer 6+6 layers, d_model 512, random weights),
so its output is garbage and never ends a sentence: each model call is capped
at its longest input (as in bench_translation.py), so the work per sentence
resembles a real model's. ``--fixed-cap 48`` caps every call at 48 tokens
instead (the older setting: a one-line title then decodes 48 tokens).
``--no-entities`` keeps the entity job from starting, to tell its stalls
from the translation's; with it, entities are recognised after each
translated article in the worker process (reader/core/entity_worker.py) and
the runs it finished during the translation are counted. Offscreen Qt.

``--stalls`` explains every stall over 20 ms (see ``StallCauses``).
``--trace`` prints, for the cold and the warm first paragraph, when each stage
on the way began and ended (see ``Trace``): queueing, the job's imports, the
model load, tokenisation, each model call, detokenisation, the signal to the
UI thread and the edit of the view.

Bytecode: with PYTHONDONTWRITEBYTECODE set, any module without a cached .pyc is
compiled at import, holding the GIL 50-200 ms, which an installed app never
does. With PYTHONPYCACHEPREFIX set, Python reads .pyc files only under that
prefix, the standard library's and site-packages' included, so precompile all
three into it first (python -m compileall -q -j 2 <stdlib> .venv/lib/python3.11/site-packages reader).

``--restored`` builds the window as the app does (its features installed
after the first paint, one per turn of the event loop) on article 2,
untranslated, as the window restoring the last session's article: time from
``show()`` to the first paint and to article 2's first translated paragraph
in the view (the caption's whole beam translation, ``set_translation``), and
nothing else. ``--restored --restored-runs N`` repeats it in fresh processes;
``--load-before-paint`` starts the model load as the window is shown,
before its first paint (a trial: CTranslate2's import takes the GIL from
the painting UI thread).

``--restored --load-at-start`` starts the model load before the window's
modules are imported (reader.ui.main_window and what it imports) and the
window built, as the app does for the article it restores
(app.start_restored_translation); with ``--load-after-imports``, after the
imports, right before the window is built (the app until issue 14's third
round). Either way the times are also given from the moment before the
imports ("start"), so that the two compare.
``--pack-cache DIR`` keeps the built packs in DIR and reuses them (runs then
start in seconds).

``--lead-stored`` stores article 2's lead first (as ``translate_lead`` would
have in an earlier session) and measures only its cold open (with
``--open-at-paint``: the window restoring it).

Run: .venv/bin/python benchmarks/bench_translation_ui.py [--restored] [--no-entities] [--fixed-cap N] [--first-paragraph-only] [--stalls] [--trace] [--open-at-paint] [--lead-stored] [--release-after S]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


class StallMeter:
    """A 5 ms timer; the longest gap between its ticks is the longest stall.
    With a ``StallCauses``, each stall over its threshold is also explained."""

    def __init__(self, causes: StallCauses | None = None):
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        # The UI thread's own CPU time between two ticks (its work, not the
        # machine's load: on a shared machine the wall stall is mostly waiting for a core).
        self.longest_cpu = 0.0
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.causes = causes
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)

    def tick(self):
        now, cpu = time.perf_counter(), time.thread_time()
        self.longest = max(self.longest, now - self.last - 0.005)
        self.longest_cpu = max(self.longest_cpu, cpu - self.last_cpu)
        if self.causes is not None:
            self.causes.tick(self.last, now)
        self.last, self.last_cpu = now, cpu

    def start(self):
        self.longest = self.longest_cpu = 0.0
        self.resume()

    def stop(self) -> float:
        self.timer.stop()
        return self.longest

    def pause(self) -> None:
        """While the benchmark itself holds the UI thread (opening an article)."""
        self.timer.stop()

    def resume(self) -> None:
        self.last, self.last_cpu = time.perf_counter(), time.thread_time()
        if self.causes is not None:
            self.causes.last_times, self.causes.last_tick = _main_thread_times(), self.last
        self.timer.start()


def waited_for_a_core() -> float:
    """Seconds this thread has been runnable without a core (Linux schedstat; 0 elsewhere)."""
    try:
        with open("/proc/thread-self/schedstat") as stat:
            return int(stat.read().split()[1]) / 1e9
    except OSError:
        return 0.0


def _main_thread_times() -> tuple[float, float]:
    """The UI thread's CPU time and its time spent runnable but waiting for a core, in seconds."""
    return time.thread_time(), waited_for_a_core()


class StallCauses:
    """``--stalls``: for every gap of the UI timer over ``threshold``, what the
    UI thread did meanwhile: its own CPU time (Python or Qt work on it), its
    time runnable without a core (OS scheduling), and the rest blocked (waiting
    for the GIL another thread holds). A watchdog thread samples every
    thread's Python stack while the UI thread is late; when it is late itself,
    the GIL was held (or the process had no core) that long."""

    def __init__(self, threshold: float = 0.020):
        import threading

        self.threshold = threshold
        self.main = threading.main_thread().ident
        self.last_times = _main_thread_times()
        self.last_tick = time.perf_counter()
        self.samples: list[tuple[float, str, str, float]] = []  # time, UI stack, others, watchdog lateness
        self.stalls: list[str] = []
        self.started = time.perf_counter()
        self.running = True
        threading.Thread(target=self._watch, name="stall-watchdog", daemon=True).start()

    def _stack(self, frame, depth: int = 4) -> str:
        # Frames walked by hand: traceback would read source lines (slow, and the GIL held meanwhile).
        entries = []
        while frame is not None and len(entries) < depth:
            code = frame.f_code
            entries.append(f"{Path(code.co_filename).name}:{frame.f_lineno} {code.co_name}")
            frame = frame.f_back
        return " < ".join(entries)

    def _watch(self) -> None:
        import threading

        previous = time.perf_counter()
        while self.running:
            time.sleep(0.002)
            now = time.perf_counter()
            late, previous = now - previous - 0.002, now
            if now - self.last_tick > self.threshold:
                frames = sys._current_frames()
                ui = self._stack(frames[self.main]) if self.main in frames else "?"
                others = " | ".join(
                    self._stack(frame, 3)
                    for ident, frame in frames.items()
                    if ident not in (self.main, threading.get_ident())
                )
                self.samples.append((now, ui, others, late))

    def tick(self, last: float, now: float) -> None:
        times = _main_thread_times()
        gap = now - last - 0.005
        if gap > self.threshold:
            cpu, waited = times[0] - self.last_times[0], times[1] - self.last_times[1]
            blocked = max(0.0, gap - cpu - waited)
            kind = max(
                (cpu, "UI thread busy"), (waited, "no core (OS scheduling)"), (blocked, "blocked (GIL)")
            )[1]
            within = [s for s in self.samples if last <= s[0] <= now]
            late = max((s[3] for s in within), default=0.0)
            lines = [
                f"  at {last - self.started:6.1f} s: {gap * 1000:5.0f} ms, UI CPU {cpu * 1000:.0f} ms, "
                f"no core {waited * 1000:.0f} ms, blocked {blocked * 1000:.0f} ms -> {kind}; "
                f"watchdog late {late * 1000:.0f} ms"
            ]
            for stack in dict.fromkeys(s[1] for s in within):  # each distinct UI stack once
                lines.append(f"      UI: {stack}")
            if within:
                lines.append(f"      others: {within[0][2]}")
            self.stalls.append("\n".join(lines))
        self.samples = [s for s in self.samples if s[0] > now - 1.0]
        self.last_times, self.last_tick = times, now

    def report(self) -> None:
        self.running = False
        print(f"\nstalls over {self.threshold * 1000:.0f} ms: {len(self.stalls)}")
        for stall in self.stalls:
            print(stall)


class Trace:
    """``--trace``: stamps (wall time, thread, what) taken by wrappers around
    the functions on the way from a click to a translated paragraph in the view."""

    def __init__(self) -> None:
        import threading

        self.marks: list[tuple[float, str, str]] = []
        self.threading = threading

    def mark(self, what: str) -> None:
        self.marks.append((time.perf_counter(), self.threading.current_thread().name, what))

    def wrap(self, owner, name: str, label: str | None = None) -> None:
        original = getattr(owner, name)
        label = label or name

        def wrapper(*args, **kwargs):
            self.mark(f"{label} >")
            try:
                return original(*args, **kwargs)
            finally:
                self.mark(f"{label} <")

        setattr(owner, name, wrapper)

    def install(self) -> None:
        from reader.core import article_translation, translation
        from reader.ui import reading_view, translation_ui

        self.wrap(translation_ui.TranslationJob, "enqueue", "enqueue (UI)")
        self.wrap(translation_ui.TranslationFeature, "_apply_one", "apply paragraph (UI)")
        self.wrap(reading_view.ReadingView, "set_translation", "view.set_translation (UI)")
        self.wrap(reading_view.ReadingView, "show_partial_translation", "view.show_partial (UI)")
        self.wrap(translation, "load_pack")
        self.wrap(translation.SentenceTranslator, "worth_a_draft")
        self.wrap(translation.LoadedPack, "encode")
        self.wrap(translation.LoadedPack, "decode")
        self.wrap(translation.SentenceTranslator, "translate", "SentenceTranslator.translate")
        original_init = translation.LoadedPack.__init__

        def init(pack_self, *args, **kwargs):
            if "ctranslate2" not in sys.modules:
                self.mark("import ctranslate2 >")
                getattr(translation, "import_ctranslate2", lambda: __import__("ctranslate2"))()

                self.mark("import ctranslate2 <")
            self.mark("LoadedPack (model load) >")
            original_init(pack_self, *args, **kwargs)
            self.mark("LoadedPack (model load) <")

        translation.LoadedPack.__init__ = init
        original_translate = article_translation.translate_article

        def translate_article(*args, **kwargs):
            on_paragraph = kwargs.get("on_paragraph")
            if on_paragraph is not None:

                def emitted(p, s):
                    self.mark(f"paragraph {p} emitted")
                    on_paragraph(p, s)

                kwargs["on_paragraph"] = emitted
            self.mark("translate_article >")
            try:
                return original_translate(*args, **kwargs)
            finally:
                self.mark("translate_article <")

        article_translation.translate_article = translate_article

    def report(self, title: str, start: float, end: float) -> None:
        print(f"\ntrace: {title} (ms from the click)")
        for when, thread, what in self.marks:
            if start <= when <= end:
                print(f"  {(when - start) * 1000:7.1f}  {thread[:22]:22s} {what}")


def cap_decoding(translation, fixed_cap: int) -> None:
    """Random weights never end a sentence: cap each model call at its longest
    input (a real model stops each sentence near its own length), or at
    ``fixed_cap`` tokens when given."""
    if fixed_cap:
        translation.DEFAULT_DECODE_OPTIONS["max_decoding_length"] = fixed_cap
        return
    original_init = translation.LoadedPack.__init__

    class Capped:
        def __init__(self, inner):
            self.inner = inner

        def translate_batch(self, source, **options):
            longest = max((len(s) for s in source), default=1)
            # A draft's first call asks for fewer tokens: it keeps its own limit.
            options["max_decoding_length"] = min(options["max_decoding_length"], longest)
            if TRACE is not None:
                TRACE.mark(
                    f"translate_batch {len(source)} x {longest} tok, beam {options.get('beam_size')} >"
                )
            try:
                return self.inner.translate_batch(source, **options)
            finally:
                if TRACE is not None:
                    TRACE.mark("translate_batch <")

    def init(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        self.translator = Capped(self.translator)

    translation.LoadedPack.__init__ = init


TRACE: Trace | None = None


def store_lead_elsewhere(data: Path, article_id: int) -> None:
    """``--lead-stored``: the article's lead translated ahead and stored (as
    translate_lead does at idle), as by an earlier session: in a child
    process, so that this one still pays for CTranslate2's import."""
    import subprocess

    script = f"""
import sys
from pathlib import Path
sys.path[:0] = [{str(ROOT)!r}, {str(ROOT / "benchmarks")!r}]
from bench_translation_ui import cap_decoding
from reader.core import translation
from reader.core.article_translation import translate_lead
from reader.core.packs import PackManager
from reader.core.storage import Library
cap_decoding(translation, 0)
data = Path({str(data)!r})
library = Library(data)
assert translate_lead(library, PackManager(data), {article_id}, load_language="he") is not None
"""
    subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)


def build_packs_elsewhere(tmp: Path, text: str, cache: Path | None = None) -> list[Path]:
    """One random pack per language, built in a child process: building imports
    CTranslate2, which the app imports only when it first translates. With
    ``cache`` (--pack-cache), packs built for the same text are kept there and reused."""
    import hashlib
    import subprocess

    if cache is not None:
        kept = cache / hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
        files = sorted(kept.glob("*.argosmodel")) if kept.is_dir() else []
        if len(files) == 4:
            return files
        built = build_packs_elsewhere(tmp, text)
        kept.mkdir(parents=True, exist_ok=True)
        for file in built:
            (kept / file.name).write_bytes(file.read_bytes())
        return built

    (tmp / "text.txt").write_text(text, encoding="utf-8")
    script = f"""
import sys
from pathlib import Path
sys.path[:0] = [{str(ROOT)!r}, {str(ROOT / "tests")!r}]
from support.argos_fixture import build_random_pack
tmp = Path({str(tmp)!r})
text = (tmp / "text.txt").read_text(encoding="utf-8")
for code in ("he", "ar", "fr", "nl"):
    print(build_random_pack(tmp / "packs", code, "en", "1.0", extra_text=text))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return [Path(line) for line in done.stdout.split("\n") if line]


def now() -> tuple[float, float]:
    """Wall clock and this process's CPU time (all its threads): on a shared
    machine the CPU time tells a change apart where the wall time cannot."""
    return time.perf_counter(), time.process_time()


def since(start: tuple[float, float], end: tuple[float, float]) -> str:
    return f"{(end[0] - start[0]) * 1000:.0f} ms (CPU {(end[1] - start[1]) * 1000:.0f} ms)"


# Written for this benchmark (no real article): a lead of three long
# sentences (71 words), then shorter paragraphs. {n} makes each copy new.
LONG_LEAD = """\
עיריית חיפה הודיעה אתמול בערב כי הרכבל החדש בין מרכז העיר לבין שכונות הכרמל ייפתח לציבור רק בחודש מרץ הבא, כחצי שנה אחרי המועד שפורסם בתחילת הפרויקט. לדברי דובר העירייה, העיכוב נובע מסדרה של בדיקות בטיחות נוספות שדרש משרד התחבורה לאחר שהתגלה סדק קטן באחד מעמודי התמיכה בתחנה העליונה במהלך ניסוי לילי. תושבי השכונות הסמוכות, שחיכו לפתיחת הקו במשך שנים ארוכות, הביעו אכזבה ואמרו כי איש לא טרח לעדכן אותם מראש על הדחייה.

מהנדס הפרויקט, יואב ברקוביץ, אמר כי הסדק אינו מסכן את המבנה, אך הוסיף שהחברה המבצעת תחליף את העמוד כולו כדי להסיר כל ספק. לדבריו, העבודות יימשכו כשמונה שבועות ויתבצעו בעיקר בשעות הלילה.

ראש העירייה, מיכל שטרן, כתבה בעמוד הפייסבוק שלה כי היא מבינה את התסכול של התושבים. "אנחנו לא נפתח קו שאין לנו ביטחון מלא בו", כתבה, "גם אם המשמעות היא עוד כמה חודשים של המתנה".

חברי מועצה מהאופוזיציה דרשו לקיים דיון דחוף בנושא וטענו כי עלות הפרויקט כבר חרגה בעשרות מיליוני שקלים מהתקציב המקורי. בעירייה השיבו כי החריגה נובעת בעיקר מעליית מחירי הפלדה בשנתיים האחרונות.

עודכן בשעה 1{n}:30.
"""


def long_lead_copies(library, folder: Path, count: int) -> list[int]:
    """Import `count` copies of LONG_LEAD; their article ids."""
    from reader.core.library import import_into

    folder.mkdir()
    paths = []
    for n in range(count):
        paths.append(folder / f"rakevel-{n}.txt")
        paths[-1].write_text(LONG_LEAD.format(n=n), encoding="utf-8")
    results = list(import_into(library, paths))
    assert all(r.status == "added" for r in results), [r.message for r in results]
    return [r.article_id for r in results]


def draft_the_lead(translation, drafted: bool) -> None:
    """Without a draft (the baseline), the reader's paragraph shows once its
    translation is back (SentenceTranslator.start_draft starts nothing)."""
    cls = translation.SentenceTranslator
    if not hasattr(cls, "real_start_draft"):
        cls.real_start_draft = cls.start_draft

    def no_draft(self, sentence, on_draft, done=None):
        if done is not None:
            done.set()  # nothing to wait for
        return lambda: None

    cls.start_draft = cls.real_start_draft if drafted else no_draft


def print_first_paragraph(
    open_time: float,
    to_first: str,
    to_first_warm: str,
    to_lead: str,
    long_leads: list[str],
    at_paint: bool,
    preloaded: bool,
) -> None:
    print(f"\nopening the article (layout, on the UI thread): {open_time * 1000:.0f} ms")
    when = (
        "opened at the first paint: CTranslate2 imported and the model loaded on the way"
        if at_paint
        else "opened 1 s after the first paint: the model "
        + ("preloaded by then" if preloaded else "still being preloaded (a busy machine)")
    )
    print(f"open → first translated paragraph on screen: {to_first} ({when}; goal <= 300 ms)")
    print(f"translate again → first translated paragraph, model loaded: {to_first_warm} (goal <= 150 ms)")
    print(f"open another article → its first paragraph, a three-sentence lead, model loaded: {to_lead}")
    print("long lead (71 words, 3 sentences), model loaded, open → first words on screen / whole paragraph:")
    for line in long_leads:
        print(f"  {line}")


def first_paragraph_on_screen(window, run_until, article_id: int) -> tuple[str, float]:
    """Open the article; (how, ms) until its first paragraph with sentences
    is translated on screen: from the store at the open, or when it arrives."""
    from reader.core.article_translation import _lead_paragraph

    arrived: list[float] = []
    job = window.translation.job
    lead = _lead_paragraph(window.library.get_article(article_id).paragraphs)

    def on_paragraph(a, p, s):
        if a == article_id and p == lead:
            arrived.append(time.perf_counter())

    job.paragraphReady.connect(on_paragraph)
    start = time.perf_counter()
    window.select_article(article_id)
    opened = time.perf_counter()
    state = window.current_state()
    if state is not None and lead in state.stored_translation:
        how, end = "from the store at the open", opened
    else:
        run_until(lambda: bool(arrived), 120)
        how, end = "arrived after the open", (arrived or [float("nan")])[0]
    job.paragraphReady.disconnect(on_paragraph)
    return how, (end - start) * 1000


def measure_leads(
    window, library, translation, translation_ui, leads_near, args, run_until, folder: Path
) -> list[str]:
    """(d): leads translated ahead, before and after an idle release, on new
    copies of the long-lead article (Hebrew, untranslated; each imported just
    before it is measured) next to a translated Hebrew article; the copies
    are deleted at the end."""
    from reader.core.article_translation import _lead_paragraph
    from reader.core.library import import_into

    job = window.translation.job
    run_until(lambda: job.pending() == 0, 300)
    folder.mkdir()
    copies: list[int] = []

    def new_copy() -> int:
        path = folder / f"rakevel-d{len(copies)}.txt"
        path.write_text(LONG_LEAD.format(n=50 + len(copies)), encoding="utf-8")
        copies.extend(r.article_id for r in import_into(library, [path]) if r.status == "added")
        window.reload_articles()
        return copies[-1]

    anchor = next(r["id"] for r in library.list_articles() if r["translated"] and r["language"] == "he")

    def lead_stored(article_id: int) -> bool:
        lead = _lead_paragraph(library.get_article(article_id).paragraphs)
        return lead in library.get_translation(article_id)

    def wait(condition, timeout: float) -> None:
        deadline = time.perf_counter() + timeout
        while not condition() and time.perf_counter() < deadline:
            run_until(lambda: False, 0.05)

    def open_and_wait_for_leads(target: int) -> float:
        start = time.perf_counter()
        window.select_article(anchor)
        wait(lambda: lead_stored(target), 120)
        return time.perf_counter() - start

    lines = []
    # Leads on, model loaded: a translated article opened, the window idle; then an untranslated neighbour.
    translation_ui.LEADS_NEAR = leads_near
    target = new_copy()
    waited = open_and_wait_for_leads(target)
    how, ms = first_paragraph_on_screen(window, run_until, target)
    lines.append(
        f"leads on, model loaded: #{anchor} opened, idle {waited:.1f} s (leads near it translated), "
        f"then #{target} opened -> its first paragraph (3-sentence lead) on screen {ms:.0f} ms ({how})"
    )
    window.translation.cancel()  # the rest of that article is not measured
    run_until(lambda: job.pending() == 0, 300)
    # After an idle release: another copy, leads off (the baseline) then on.
    release_seconds = translation.IDLE_RELEASE_SECONDS
    translation.IDLE_RELEASE_SECONDS = args.release_after
    for leads_on in (False, True):
        translation_ui.LEADS_NEAR = leads_near if leads_on else 0
        with job.lock:
            job.leads.clear()
        window.select_article(anchor)
        wait(lambda: not translation._cache, args.release_after + 30)
        target = new_copy()
        released = not translation._cache
        if leads_on:
            waited = open_and_wait_for_leads(target)
            setting = f"on: #{anchor} opened after the release, idle {waited:.1f} s"
        else:
            run_until(lambda: False, 1.5)
            setting = "off (baseline)"
        how, ms = first_paragraph_on_screen(window, run_until, target)
        lines.append(
            f"after an idle release ({'released' if released else 'NOT released'}), leads {setting}; "
            f"then #{target} opened -> its first paragraph on screen {ms:.0f} ms ({how})"
        )
        window.translation.cancel()
        run_until(lambda: job.pending() == 0, 300)
    translation.IDLE_RELEASE_SECONDS = release_seconds
    # The cost of leads: an article whose lead is not done, opened while another's is being translated.
    translation_ui.LEADS_NEAR = leads_near
    new_copy()
    target = new_copy()
    window.select_article(anchor)
    wait(lambda: any(loaded.busy for loaded in list(translation._cache.values())), 30)
    busy = any(loaded.busy for loaded in list(translation._cache.values()))
    how, ms = first_paragraph_on_screen(window, run_until, target)
    lines.append(
        f"leads on, #{target} opened while {'a lead was being translated' if busy else 'NO lead ran'}"
        f" -> its first paragraph on screen {ms:.0f} ms ({how}; without leads running: (b)'s whole paragraph)"
    )
    window.translation.cancel()
    run_until(lambda: job.pending() == 0, 300)
    window.select_article(anchor)
    for article_id in copies:  # (c) translates the sample library as before
        library.delete_article(article_id)
    window.reload_articles()
    return lines


def print_leads(lines: list[str]) -> None:
    print("leads translated ahead (d):")
    for line in lines:
        print(f"  {line}")


def restored_window(
    library,
    run_until,
    load_before_paint: bool = False,
    load_at_start: bool = False,
    load_after_imports: bool = False,
) -> None:
    """``--restored``: the app's window (features after the first paint) on
    article 2, untranslated; show -> first paint -> its first paragraph set in the view.
    With ``load_at_start``, as the app (app.start_restored_translation) before
    the window's modules are imported (``load_after_imports``: after them)."""
    from reader.ui.app import a_core_is_free, start_restored_translation

    start = now()
    if load_at_start and not load_after_imports:  # (whatever app.a_core_is_free says; printed below)
        start_restored_translation(library.data_dir, 2)
    from reader.ui import reading_view, translation_ui
    from reader.ui.main_window import MainWindow

    translation_ui.LEADS_NEAR = 0  # as in (b)

    set_at: list[float] = []
    original = reading_view.ReadingView.set_translation

    def set_translation(view, paragraph, sentences):
        original(view, paragraph, sentences)
        if sentences and not set_at:
            set_at.append(time.perf_counter())

    reading_view.ReadingView.set_translation = set_translation
    built = now()
    if load_at_start and load_after_imports:
        start_restored_translation(library.data_dir, 2)
    if load_at_start:
        print(f"load at start: a core is free by the app's test: {a_core_is_free()}")
    window = MainWindow(library, defer_features=True)
    window.resize(1280, 800)
    shown = now()
    window.show()
    window.open_last_article(2)  # as app.py: shown, then the article opened
    if load_before_paint:  # the trial: the model load started before the first paint
        import threading

        from reader.core.article_translation import load_route

        threading.Thread(target=load_route, args=(window.current_state().route,), name="before-paint").start()
    run_until(lambda: window.painted, 30)
    painted = now()
    meter = StallMeter()  # the UI thread from the first paint on: features installed, the model loaded
    meter.start()
    run_until(lambda: window.translation is not None, 30)
    installed = now()
    run_until(lambda: bool(set_at), 120)
    first = (set_at or [float("nan")])[0]
    stall = meter.stop()
    print(f"load average: {os.getloadavg()[0]:.1f}")
    print(
        f"show -> first paint: {since(shown, painted)} (window built and shown -> first paint: {since(built, painted)})"
    )
    print(f"first paint -> translation feature installed: {(installed[0] - painted[0]) * 1000:.0f} ms")
    print(
        f"restored untranslated article: first paint -> first translated paragraph in the view: "
        f"{(first - painted[0]) * 1000:.0f} ms (show -> it: {(first - shown[0]) * 1000:.0f} ms; goal <= 300 ms)"
    )
    print(
        f"from the start (before the window's imports): first paint {since(start, painted)}, "
        f"first translated paragraph {(first - start[0]) * 1000:.0f} ms"
    )
    print(
        f"longest UI stall from the first paint to it: {stall * 1000:.0f} ms "
        f"(UI-thread CPU between two ticks {meter.longest_cpu * 1000:.0f} ms)"
    )
    if TRACE is not None:
        TRACE.report(
            f"restored: from the start (first paint at {(painted[0] - start[0]) * 1000:.0f} ms)",
            start[0],
            first + 0.01,
        )
    run_until(lambda: False, 0.5)
    window.close()


def print_traces(traced: list[tuple[str, float, float]]) -> None:
    if TRACE is not None:
        for title, start, end in traced:
            TRACE.report(title, start, end)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-entities", action="store_true", help="do not start the entity job")
    parser.add_argument("--fixed-cap", type=int, default=0, help="cap every model call at N tokens")
    parser.add_argument(
        "--first-paragraph-only", action="store_true", help="stop after (b): the library is not translated"
    )
    parser.add_argument(
        "--stalls",
        action="store_true",
        help="explain every UI stall over 20 ms (CPU, scheduling, GIL, stacks)",
    )
    parser.add_argument(
        "--open-at-paint",
        action="store_true",
        help="open the article at the first paint (no time to preload the model), not a second later",
    )
    parser.add_argument(
        "--trace", action="store_true", help="print the stages of the cold and the warm first paragraph"
    )
    parser.add_argument(
        "--long-lead-runs", type=int, default=3, help="long-lead articles opened in each mode (b)"
    )
    parser.add_argument(
        "--lead-stored",
        action="store_true",
        help="article 2's lead stored ahead (an earlier session's): only the cold open is measured",
    )
    parser.add_argument(
        "--restored",
        action="store_true",
        help="only the window restoring untranslated article 2, built as the app builds it",
    )
    parser.add_argument("--restored-runs", type=int, default=1, help="--restored: fresh processes")
    parser.add_argument(
        "--load-before-paint",
        action="store_true",
        help="--restored: start the model load as the window is shown, before its first paint (a trial)",
    )
    parser.add_argument(
        "--pack-cache", type=Path, default=None, help="keep the built packs in this folder and reuse them"
    )
    parser.add_argument(
        "--load-at-start",
        action="store_true",
        help="--restored: start the model load before the window's imports and build, as the app does",
    )
    parser.add_argument(
        "--load-after-imports",
        action="store_true",
        help="--load-at-start: after the window's imports, before its build (the app until issue 14's third round)",
    )
    parser.add_argument(
        "--release-after",
        type=float,
        default=3.0,
        help="translation.IDLE_RELEASE_SECONDS in (d)'s release part (the app's: 90)",
    )
    args = parser.parse_args()
    if args.restored and args.restored_runs > 1:
        import subprocess

        argv = sys.argv[1:]
        again = [a for a, before in zip(argv, ["", *argv]) if before != "--restored-runs"]
        again = [a for a in again if not a.startswith("--restored-runs")]
        for _ in range(args.restored_runs):
            subprocess.run([sys.executable, __file__, *again], check=True)
        return

    from PySide6.QtWidgets import QApplication

    from reader.core import translation
    from reader.core.library import seed_if_first_run
    from reader.core.packs import PackManager
    from reader.core.storage import Library

    global TRACE
    if args.trace:
        TRACE = Trace()
        TRACE.install()
    cap_decoding(translation, args.fixed_cap)
    if args.no_entities:
        from reader.ui.entities_ui import EntitiesFeature

        EntitiesFeature.request = lambda self, *a, **k: None
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        data = tmp / "data"
        library = Library(data)
        seed_if_first_run(library)
        text = "\n".join(p.text for i in range(1, 6) for p in library.get_article(i).paragraphs)
        text += "\n" + LONG_LEAD
        copies = long_lead_copies(library, tmp / "long-lead", 2 * args.long_lead_runs)
        print("building a realistic-size random pack per language…", flush=True)
        packs = PackManager(data)
        for pack_file in build_packs_elsewhere(tmp, text, args.pack_cache):
            packs.install_file(pack_file)
        if args.lead_stored:
            store_lead_elsewhere(data, 2)
        assert "ctranslate2" not in sys.modules, (
            "the first translation must pay for its imports, as in the app"
        )
        if args.restored:

            def run_restored(condition, timeout=600.0):
                deadline = time.perf_counter() + timeout
                while not condition() and time.perf_counter() < deadline:
                    app.processEvents()
                    time.sleep(0.001)

            restored_window(
                library, run_restored, args.load_before_paint, args.load_at_start, args.load_after_imports
            )
            return
        from reader.ui import translation_ui  # (after --restored's start: the app imports them after it)
        from reader.ui.main_window import MainWindow

        leads_near = translation_ui.LEADS_NEAR
        translation_ui.LEADS_NEAR = 0  # (b) as before leads were translated ahead; (d) turns them on

        window = MainWindow(library)
        window.resize(1280, 800)
        window.show()
        causes = StallCauses() if args.stalls else None
        meter = StallMeter(causes)

        def run_until(condition, timeout=600.0):
            deadline = time.perf_counter() + timeout
            while not condition() and time.perf_counter() < deadline:
                app.processEvents()
                time.sleep(0.001)

        run_until(lambda: window.painted, 10)

        def idle_window() -> tuple[float, float]:
            meter.start()
            run_until(lambda: False, 1.0)
            return meter.stop(), meter.longest_cpu

        if not args.open_at_paint:  # the window's first second: the model is preloaded meanwhile
            idle_stall, idle_cpu = idle_window()

        # (b) open an untranslated article; wait for its first paragraph.
        arrivals = []  # (article id, now()) of each translated paragraph
        # A paragraph with sentences: one of only punctuation is "translated" before the model runs.
        window.translation.job.paragraphReady.connect(lambda a, p, s: s and arrivals.append((a, now())))
        if TRACE is not None:
            window.translation.job.paragraphReady.connect(
                lambda a, p, s: TRACE.mark(f"paragraph {p} arrived (UI)")
            )
        shown = []  # (article id, paragraph, whole, now()): partial paragraphs too
        window.translation.job.paragraphReady.connect(lambda a, p, s: s and shown.append((a, p, True, now())))
        window.translation.job.paragraphPartial.connect(lambda a, p, s: shown.append((a, p, False, now())))
        done = []
        window.translation.job.articleDone.connect(lambda a, provenance, route: done.append(a))

        def first_arrival(article_id: int, since_mark: tuple[float, float]) -> tuple[float, float]:
            def arrived() -> list[tuple[float, float]]:
                return [mark for a, mark in arrivals if a == article_id and mark[0] > since_mark[0]]

            run_until(lambda: bool(arrived()))
            return arrived()[0]

        def first_shown(article_id: int, since_mark: tuple[float, float]) -> tuple[float, float]:
            """When the article's first text came: a draft's words or a whole paragraph."""

            def seen() -> list[tuple[float, float]]:
                return [t for a, _, _, t in shown if a == article_id and t[0] > since_mark[0]]

            run_until(lambda: bool(seen()))
            return seen()[0]

        if args.lead_stored:  # its lead stored by an earlier session: from the store at the open
            how, ms = first_paragraph_on_screen(window, run_until, 2)
            when = "at the first paint" if args.open_at_paint else "1 s after the first paint"
            print(f"\nopen → first translated paragraph on screen, opened {when}: {ms:.0f} ms ({how})")
            window.close()
            return
        preloaded = bool(translation._cache)  # the model loaded before the click
        opened = now()
        window.select_article(2)
        open_time = time.perf_counter() - opened[0]
        meter.start()  # from here on the UI only waits for the worker
        first = first_arrival(2, opened)
        to_first = since(opened, first)
        run_until(lambda: False, 0.05)  # its edit of the view, for the trace
        traced = [("cold: open -> first paragraph", opened[0], first[0] + 0.05)]

        # (b') the same article again, its model loaded ("Translate again").
        run_until(lambda: done)
        again = now()
        window.translation.translate_current(force=True)
        first = first_arrival(2, again)
        to_first_warm = since(again, first)
        run_until(lambda: False, 0.05)
        traced.append(("warm: translate again -> first paragraph", again[0], first[0] + 0.05))

        # (b'') another Hebrew article, model loaded: its first paragraph is a
        # three-sentence lead (87 tokens), where article 2's is a two-word caption.
        run_until(lambda: len(done) >= 2)
        meter.pause()
        lead = now()
        window.select_article(1)
        meter.resume()
        to_lead = (
            f"first words {since(lead, first_shown(1, lead))} / "
            f"whole paragraph {since(lead, first_arrival(1, lead))}"
        )
        run_until(lambda: len(done) >= 3)

        # (b''') copies of the long-lead article; every other one as the baseline.
        timings: dict[bool, list[tuple[str, str]]] = {False: [], True: []}
        for k, article_id in enumerate(copies):
            baseline = k % 2 == 1
            draft_the_lead(translation, not baseline)
            lead_paragraph = next(
                i for i, p in enumerate(library.get_article(article_id).paragraphs) if p.sentences
            )
            meter.pause()
            mark = now()
            window.select_article(article_id)
            meter.resume()

            def seen(whole_lead: bool, a=article_id, p=lead_paragraph, mark=mark):
                return [
                    t
                    for shown_id, shown_p, whole, t in shown
                    if shown_id == a and t[0] > mark[0] and (not whole_lead or (whole and shown_p == p))
                ]

            run_until(lambda: bool(seen(True)))
            timings[baseline].append((since(mark, seen(False)[0]), since(mark, seen(True)[0])))
            window.translation.cancel()  # the rest of the article is not measured
            run_until(lambda: window.translation.job.pending() == 0)
        draft_the_lead(translation, True)
        long_leads = [
            f"{'without a draft (baseline)' if baseline else 'with a draft (now)':28s} "
            + "; ".join(f"{first} / {whole}" for first, whole in timings[baseline])
            for baseline in (True, False)
        ]
        meter.pause()  # the benchmark's own work on the UI thread, like the opens above
        window.select_article(1)
        for article_id in copies:  # (c) translates the sample library as before
            library.delete_article(article_id)
        meter.resume()
        if args.open_at_paint:
            meter.pause()
            idle_stall, idle_cpu = idle_window()
            meter.resume()
        meter.pause()
        leads = measure_leads(
            window, library, translation, translation_ui, leads_near, args, run_until, tmp / "lead-d"
        )
        meter.resume()
        if args.first_paragraph_only:
            window.close()
            print_first_paragraph(
                open_time, to_first, to_first_warm, to_lead, long_leads, args.open_at_paint, preloaded
            )
            print_leads(leads)
            print_traces(traced)
            return

        # (c) the whole library in the background while the UI keeps ticking.
        entity_runs = []
        window.entities.job.runFinished.connect(entity_runs.append)
        window.run_command("translate-library")
        started = time.perf_counter()
        run_until(
            lambda: (
                window.translation.job.pending() == 0
                and all(r["translated"] for r in library.list_articles())
            )
        )
        total = time.perf_counter() - started
        stall, stall_cpu = meter.stop(), meter.longest_cpu
        recognised = sum(len(report.computed) for report in entity_runs)
        sentences = sum(r["sentences"] for r in library.list_articles())
        window.close()

    print_first_paragraph(
        open_time, to_first, to_first_warm, to_lead, long_leads, args.open_at_paint, preloaded
    )
    print_leads(leads)
    print(
        f"decoding cap: {f'{args.fixed_cap} tokens per call' if args.fixed_cap else 'longest input of each call'}; "
        f"entity job: {'off' if args.no_entities else 'on'}"
    )
    if not args.no_entities:
        print(
            f"entity runs finished while translating: {len(entity_runs)} "
            f"({recognised} articles recognised, in the worker process)"
        )
    print(f"whole sample library ({sentences} sentences) translated in the background: {total:.1f} s")
    print(f"longest UI stall while translating: {stall * 1000:.1f} ms  (goal < 50 ms)")
    print(
        f"longest UI stall of the idle window: {idle_stall * 1000:.1f} ms  "
        f"(ratio {stall / max(idle_stall, 1e-3):.1f}x)"
    )
    print(
        f"longest UI-thread CPU time between two ticks: {stall_cpu * 1000:.1f} ms while translating, "
        f"{idle_cpu * 1000:.1f} ms idle (the UI's own work, whatever the load)"
    )
    print_traces(traced)
    if causes is not None:
        causes.report()


if __name__ == "__main__":
    main()
