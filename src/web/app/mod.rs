//! The controller: runtime lifecycle (loading, running, stopping, crash recovery), the console's pump, the editor,
//! persistence and the toolbar. Everything that happens in the panel goes through `App`.

mod page;

use super::channel::{Incoming, InlineRuntime, Runtime};
use super::console_view::ConsoleView;
use super::dom::{self, Interval, Listener, Timeout};
use super::editor::{Editor, EditorModule};
use super::page::PageView;
use super::tk_view::{Action as TkAction, TkView};
use super::turtle_view::{Action, TurtleView};
use super::storage;
use super::ui::{self, Ui};
use crate::console::{Console, Kind, Limits};
use crate::protocol::{BridgeEvent, BridgeNote, BridgeReply, BridgeRequest, Mode, Outcome, PanelToWorker, Stream, WorkerToPanel};
use crate::traceback;
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

pub const SAMPLE: &str = "# Pyroom runs Python in your browser. Press Run or Ctrl+Enter.\nimport sys\n\nprint(\"Hello from Python\", sys.version.split()[0])\nfor i in range(1, 4):\n    print(i, \"squared is\", i * i)\n";
const STOP_GRACE_MS: i32 = 2000;
const START_TIMEOUT_MS: i32 = 60_000;
const MAX_RESTARTS: u32 = 3;
/// Output moved to the console per frame.
const PUMP_BYTES: u32 = 128 * 1024;
/// While a program runs, a frame renders at most this many new console lines (the newest).
const LIVE_LINES: usize = 200;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum State {
    Loading,
    Ready,
    Running,
    Stopping,
    Stopped,
    Crashed,
}

/// What the bootstrap (`extension/panel.js`) hands over.
pub struct Assets {
    pub load_editor: js_sys::Function,
    pub load_inline: js_sys::Function,
    pub worker_url: String,
    pub mode: Mode,
    /// `collectBlocks` from `extension/content/collect.js`, injected into pages to read their code blocks.
    pub collect: js_sys::Function,
    /// The worker the bootstrap started before the panel (already loading Pyodide); used for the first runtime.
    pub worker: Option<web_sys::Worker>,
}

/// Where a run's output goes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Sink {
    Main,
    Block(usize),
}

/// A run waiting for Python to be ready.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Job {
    Main,
    Block { index: usize, fresh: bool },
    Check { index: usize },
}

pub struct App {
    me: Weak<RefCell<App>>,
    assets: Assets,
    ui: Ui,
    console: Console,
    runtime: Option<Runtime>,
    state: State,
    editor: Option<Editor>,
    font_size: u32,
    run_id: u32,
    pending: Option<Job>,
    sink: Sink,
    page: PageView,
    page_state: page::PageState,
    input_request: Option<u32>,
    turtle: Option<TurtleView>,
    turtle_request: Option<u32>,
    tk: Option<TkView>,
    /// A tkinter dialog's request, answered when the user closes the dialog.
    tk_request: Option<u32>,
    /// Renderer problems already reported this run (each kind once).
    tk_errors: usize,
    on_input_key: Option<Closure<dyn FnMut(web_sys::KeyboardEvent)>>,
    restarts: u32,
    stop_deadline: Option<Timeout>,
    start_deadline: Option<Timeout>,
    save_timer: Option<Timeout>,
    pump_timer: Option<Interval>,
    frame: Option<Closure<dyn FnMut()>>,
    frame_pending: bool,
    /// The console view shows only the newest lines of a flood; it catches up when the run ends.
    console_partial: bool,
    listeners: Vec<Listener>,
}

/// Runs `f` on the app now, or right after the current borrow ends (callbacks can fire while Rust is inside Monaco).
pub fn with_app(me: &Weak<RefCell<App>>, f: impl FnOnce(&mut App) + 'static) {
    let Some(rc) = me.upgrade() else { return };
    let busy = match rc.try_borrow_mut() {
        Ok(mut app) => {
            f(&mut app);
            None
        }
        Err(_) => Some(f),
    };
    if let Some(f) = busy {
        let weak = me.clone();
        wasm_bindgen_futures::spawn_local(async move { with_app(&weak, f) });
    }
}

fn report(e: JsValue) {
    web_sys::console::error_2(&"pyroom:".into(), &e);
}

impl App {
    pub fn start(parent: &web_sys::HtmlElement, assets: Assets) -> Result<Rc<RefCell<App>>, JsValue> {
        let ui = Ui::build(parent)?;
        let page = PageView::new()?;
        ui.root.insert_before(&page.root, Some(&ui.editor_box))?;
        ui.set_split(0.55);
        ui.set_font_size(ui::DEFAULT_FONT_SIZE);
        let app = Rc::new_cyclic(|me| {
            RefCell::new(App {
                me: me.clone(),
                assets,
                ui,
                console: Console::new(Limits::default()),
                runtime: None,
                state: State::Loading,
                editor: None,
                font_size: ui::DEFAULT_FONT_SIZE,
                run_id: 0,
                pending: None,
                sink: Sink::Main,
                page,
                page_state: page::PageState::default(),
                input_request: None,
                turtle: None,
                turtle_request: None,
                tk: None,
                tk_request: None,
                tk_errors: 0,
                on_input_key: None,
                restarts: 0,
                stop_deadline: None,
                start_deadline: None,
                save_timer: None,
                pump_timer: None,
                frame: None,
                frame_pending: false,
                console_partial: false,
                listeners: Vec::new(),
            })
        });
        {
            let mut a = app.borrow_mut();
            a.spawn();
            a.wire()?;
            a.wire_page();
            if a.assets.mode == Mode::MainThread {
                a.ui.show_banner(
                    "Python runs on the panel's own thread here (this page is not cross-origin isolated), so Stop cannot interrupt a running program.",
                );
                a.ui.stop.set_title("Stop cannot interrupt Python on the panel's thread");
            }
        }
        let weak = Rc::downgrade(&app);
        wasm_bindgen_futures::spawn_local(async move { App::load_editor(weak).await });
        Ok(app)
    }

    fn me(&self) -> Weak<RefCell<App>> {
        self.me.clone()
    }

    // ---- runtime lifecycle ----

    fn spawn(&mut self) {
        self.runtime = None;
        self.set_state(State::Loading);
        let me = self.me();
        let on = move |incoming: Incoming| {
            with_app(&me, move |app| match incoming {
                Incoming::Message(m) => app.on_message(m),
                Incoming::Broken(why) => app.crash(&why),
            })
        };
        let me = self.me();
        self.start_deadline = Timeout::new(START_TIMEOUT_MS, move || {
            with_app(&me, |app| {
                if app.state == State::Loading {
                    app.runtime = None;
                    app.restarts = MAX_RESTARTS;
                    app.crash("Python did not start within 60 seconds");
                }
            })
        })
        .ok();
        let early = self.assets.worker.take();
        match self.assets.mode {
            Mode::Worker => match Runtime::worker(early, &self.assets.worker_url, on) {
                Ok(mut rt) => {
                    let me = self.me();
                    rt.on_error(move |msg| with_app(&me, move |app| app.crash(&msg)));
                    self.runtime = Some(rt);
                }
                Err(e) => self.crash(&format!("could not start the Python worker: {e:?}")),
            },
            Mode::MainThread => {
                if let Some(w) = early {
                    w.terminate();
                }
                let me = self.me();
                let load = self.assets.load_inline.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let made = async {
                        let module = JsFuture::from(js_sys::Promise::from(load.call0(&JsValue::NULL)?)).await?;
                        let class: js_sys::Function = js_sys::Reflect::get(&module, &"InlineRuntime".into())?.dyn_into()?;
                        let rt: InlineRuntime = js_sys::Reflect::construct(&class, &js_sys::Array::new())?.unchecked_into();
                        Runtime::inline(rt, on)
                    };
                    let result: Result<Runtime, JsValue> = made.await;
                    with_app(&me, move |app| match result {
                        Ok(rt) => app.runtime = Some(rt),
                        Err(e) => app.crash(&format!("could not start Python: {e:?}")),
                    });
                });
            }
        }
    }

    fn on_message(&mut self, msg: WorkerToPanel) {
        match msg {
            WorkerToPanel::Progress { stage } => {
                if self.state == State::Loading && self.restarts == 0 {
                    self.ui.set_status("loading", &stage);
                }
            }
            WorkerToPanel::Ready { python, pyodide, .. } => {
                self.start_deadline = None;
                self.restarts = 0;
                let _ = self.ui.status.set_attribute("title", &format!("Python {python} (Pyodide {pyodide})"));
                self.set_state(State::Ready);
                match self.pending.take() {
                    Some(Job::Main) => self.run(),
                    Some(Job::Block { index, fresh }) => self.run_block(index, fresh),
                    Some(Job::Check { index }) => self.check_block(index),
                    None => {}
                }
            }
            WorkerToPanel::Output { stream, text } => {
                self.out().0.push(stream_kind(stream), &text);
                self.request_frame();
            }
            WorkerToPanel::Request { id, request } => self.on_request(id, request),
            WorkerToPanel::Note { note } => match note {
                BridgeNote::PreviewClear => self.clear_preview(),
                BridgeNote::Turtle { ops } => {
                    let closed = self.turtle_view().map(|view| {
                        view.push(ops);
                        view.closed()
                    });
                    if closed == Some(true) {
                        if let Some(t) = self.turtle.take() {
                            t.root.remove();
                        }
                        self.turtle_request = None;
                        self.clear_preview_if_empty();
                    }
                }
                BridgeNote::Tk { ops } => self.tk_ops(ops),
            },
            WorkerToPanel::Finished { run, outcome } => {
                if run == self.run_id {
                    self.finish(outcome);
                }
            }
            WorkerToPanel::Fatal { message } => self.crash(&message),
        }
    }

    fn crash(&mut self, why: &str) {
        // The ring outlives the worker: show what the program printed before it died.
        self.drain();
        self.runtime = None;
        self.stop_deadline = None;
        self.start_deadline = None;
        self.end_input();
        self.pump_timer = None;
        let first = why.lines().next().unwrap_or(why);
        self.console.push_line(Kind::Info, &format!("The Python runtime crashed ({first})."));
        self.set_state(State::Crashed);
        if self.restarts < MAX_RESTARTS {
            self.restarts += 1;
            self.console.push_line(Kind::Info, "Started a fresh Python. Your code in the editor is kept.");
            self.spawn();
            self.ui.set_status("crashed", "Crashed: restarting Python…");
        } else {
            self.console.push_line(Kind::Info, "Python keeps failing to start; press Run to try again.");
        }
        self.render();
    }

    // ---- running ----

    pub fn run(&mut self) {
        if !self.ready_for(Job::Main) {
            return;
        }
        let code = self.editor.as_ref().map(|e| e.value()).unwrap_or_default();
        if let Some(e) = &self.editor {
            e.clear_marks();
        }
        self.save_now();
        self.console.clear();
        self.clear_preview();
        self.launch(Sink::Main, |run| PanelToWorker::Run { run, code });
    }

    /// Whether a run can start now; otherwise remembers `job` for when Python is ready (or ignores it while
    /// another run is going).
    fn ready_for(&mut self, job: Job) -> bool {
        match self.state {
            State::Running | State::Stopping => false,
            State::Loading => {
                if self.pending.is_none() {
                    self.console.push_line(Kind::Info, "Python is still loading; your program runs when it is ready.");
                    self.render();
                }
                self.pending = Some(job);
                false
            }
            State::Crashed => {
                self.pending = Some(job);
                self.restarts = 0;
                self.spawn();
                false
            }
            State::Ready | State::Stopped => self.runtime.is_some(),
        }
    }

    /// Posts a run to Python with its output going to `sink`.
    fn launch(&mut self, sink: Sink, msg: impl FnOnce(u32) -> PanelToWorker) {
        let Some(rt) = &self.runtime else { return };
        self.run_id += 1;
        if let Err(e) = rt.post(&msg(self.run_id)) {
            report(e);
            return;
        }
        if let Ok(r) = self.ui.preview.get_bounding_client_rect().dyn_into::<web_sys::DomRect>() {
            let ev = BridgeEvent::PreviewResized { width: r.width() as u32, height: r.height() as u32 };
            let _ = rt.push_event(&ev);
        }
        self.sink = sink;
        self.tk_errors = 0;
        // Python forgets the previous program's tkinter windows at each run (tkinter._loop.new_run): so does the Preview.
        if let Some(t) = self.tk.take() {
            t.root.remove();
            self.tk_request = None;
            self.clear_preview_if_empty();
        }
        self.set_state(State::Running);
        let me = self.me();
        self.pump_timer = Interval::new(100, move || with_app(&me, |app| app.pump())).ok();
        self.render();
        self.request_frame();
    }

    pub fn stop(&mut self) {
        if self.state != State::Running {
            return;
        }
        let Some(rt) = &self.runtime else { return };
        if !rt.interrupt() {
            self.console.push_line(Kind::Info, "Stop cannot interrupt Python on the panel's thread.");
            self.render();
            return;
        }
        self.set_state(State::Stopping);
        let me = self.me();
        self.stop_deadline = Timeout::new(STOP_GRACE_MS, move || with_app(&me, |app| app.stop_timed_out())).ok();
    }

    fn stop_timed_out(&mut self) {
        if self.state != State::Stopping {
            return;
        }
        self.drain();
        self.end_input();
        self.pump_timer = None;
        self.console.push_line(
            Kind::Info,
            "Python did not stop within 2 seconds, so it was replaced by a fresh one. Your code in the editor is kept.",
        );
        self.spawn();
        self.render();
    }

    fn finish(&mut self, outcome: Outcome) {
        self.drain();
        self.end_input();
        self.stop_deadline = None;
        self.pump_timer = None;
        let stopped = self.state == State::Stopping;
        self.set_state(if stopped { State::Stopped } else { State::Ready });
        if let Sink::Block(i) = std::mem::replace(&mut self.sink, Sink::Main) {
            self.finish_block(i, outcome);
            self.render();
            return;
        }
        match outcome {
            Outcome::Ok => {}
            Outcome::Error { traceback } => {
                let text = traceback::rewrite(&traceback);
                self.console.push_line(Kind::Stderr, &text);
                if let (Some(loc), Some(ed)) = (traceback::error_location(&text), &self.editor) {
                    ed.mark_error(loc.line, &loc.message);
                }
            }
            Outcome::Exit { code } => {
                self.console.push_line(Kind::Info, &format!("Program exited with status {code}."));
            }
            Outcome::Interrupted { traceback } => {
                self.console.push_line(Kind::Stderr, &traceback::rewrite(&traceback));
            }
            Outcome::Checked { attempted, failures } => {
                let summary = format!("{attempted} examples checked, {} failed.", failures.len());
                self.console.push_line(Kind::Info, &summary);
            }
        }
        self.render();
    }

    /// A batch of tkinter ops: drawn in the Preview; problems (a shim bug) noted in the console, a few per run.
    fn tk_ops(&mut self, ops: Vec<serde_json::Value>) {
        let Some(view) = self.tk_view() else { return };
        let (errors, events) = view.push(ops);
        let empty = view.is_empty();
        for e in errors {
            if self.tk_errors < 5 {
                self.tk_errors += 1;
                self.out().0.push_line(Kind::Info, &format!("tkinter renderer: {e}"));
            }
        }
        self.tk_events(events);
        if empty {
            self.tk = None;
            self.clear_preview_if_empty();
        }
        self.render();
    }

    fn tk_events(&mut self, events: Vec<crate::tk::ops::TkEvent>) {
        if let Some(rt) = &self.runtime {
            for e in events {
                let _ = rt.push_event(&BridgeEvent::Tk { event: e.to_map() });
            }
        }
    }

    /// The tkinter screen, created in the Preview on first use.
    fn tk_view(&mut self) -> Option<&mut TkView> {
        if self.tk.is_none() {
            let me = self.me();
            match TkView::new(move |action| with_app(&me, move |app| app.tk_action(action))) {
                Ok(v) => {
                    self.show_in_preview(&v.root);
                    self.tk = Some(v);
                }
                Err(e) => report(e),
            }
        }
        self.tk.as_mut()
    }

    fn tk_action(&mut self, action: TkAction) {
        match action {
            TkAction::Dom(e) => {
                let events = self.tk.as_mut().map(|v| v.dom(&e)).unwrap_or_default();
                self.tk_events(events);
            }
            TkAction::Reply(id, reply) => {
                if self.tk_request == Some(id) {
                    self.tk_request = None;
                    if let Some(rt) = &self.runtime {
                        if let Err(e) = rt.reply(id, &reply) {
                            report(e);
                        }
                    }
                }
                if let Some(v) = &mut self.tk {
                    v.close_dialog();
                }
            }
        }
    }

    fn on_request(&mut self, id: u32, request: BridgeRequest) {
        match request {
            BridgeRequest::Tk { query } => {
                let reply = match self.tk_view() {
                    Some(v) => v.query(id, query),
                    None => Some(BridgeReply::Refused { message: "the Preview cannot show tkinter windows".into() }),
                };
                match reply {
                    Some(reply) => {
                        if let Some(rt) = &self.runtime {
                            if let Err(e) = rt.reply(id, &reply) {
                                report(e);
                            }
                        }
                    }
                    None => {
                        self.drain();
                        self.tk_request = Some(id);
                    }
                }
            }
            BridgeRequest::TurtleInput { title, prompt, default, error, .. } => {
                self.drain();
                self.turtle_request = Some(id);
                if let Some(view) = self.turtle_view() {
                    view.flush();
                    if let Err(e) = view.ask(&title, &prompt, &default, &error) {
                        report(e);
                    }
                }
            }
            BridgeRequest::Input { .. } => {
                self.drain();
                self.input_request = Some(id);
                let me = self.me();
                let key = Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
                    let submit = e.key() == "Enter";
                    let eof = (e.ctrl_key() || e.meta_key()) && e.key().eq_ignore_ascii_case("d");
                    if submit || eof {
                        e.prevent_default();
                        with_app(&me, move |app| app.answer_input(eof));
                    }
                });
                if let Err(e) = self.out().1.show_input(key.as_ref().unchecked_ref()) {
                    report(e);
                }
                self.on_input_key = Some(key);
            }
        }
    }

    fn answer_input(&mut self, eof: bool) {
        let Some(id) = self.input_request else { return };
        if self.runtime.is_none() {
            return;
        }
        let text = self.out().1.input_value().unwrap_or_default();
        let reply = if eof {
            self.out().0.push(Kind::Info, "^D\n");
            BridgeReply::Eof
        } else {
            self.out().0.push(Kind::Stdin, &format!("{text}\n"));
            BridgeReply::Line { text }
        };
        let Some(rt) = &self.runtime else { return };
        if let Err(e) = rt.reply(id, &reply) {
            report(e);
        }
        self.end_input();
        self.render();
    }

    fn end_input(&mut self) {
        self.input_request = None;
        self.turtle_request = None;
        if let Some(v) = &mut self.turtle {
            v.flush();
            v.close_dialog();
        }
        self.tk_request = None;
        if let Some(v) = &mut self.tk {
            v.close_dialog();
        }
        self.ui.console.hide_input();
        for item in &mut self.page.items {
            item.view.hide_input();
        }
        self.on_input_key = None;
    }

    /// The console (model and view) that the current run writes to.
    fn out(&mut self) -> (&mut Console, &mut ConsoleView) {
        match self.sink {
            Sink::Block(i) if i < self.page.items.len() => {
                let item = &mut self.page.items[i];
                (&mut item.console, &mut item.view)
            }
            _ => (&mut self.console, &mut self.ui.console),
        }
    }

    /// The turtle window, created in the Preview on first use.
    fn turtle_view(&mut self) -> Option<&mut TurtleView> {
        if self.turtle.is_none() {
            let me = self.me();
            let view = TurtleView::new(move |action| with_app(&me, move |app| app.turtle_action(action)));
            match view {
                Ok(v) => {
                    self.show_in_preview(&v.root);
                    v.layout();
                    self.turtle = Some(v);
                }
                Err(e) => report(e),
            }
        }
        self.turtle.as_mut()
    }

    fn turtle_action(&mut self, action: Action) {
        match action {
            Action::Event(event) => {
                if let Some(rt) = &self.runtime {
                    let _ = rt.push_event(&event);
                }
            }
            Action::Reply(reply) => {
                if let (Some(id), Some(rt)) = (self.turtle_request.take(), &self.runtime) {
                    if let Err(e) = rt.reply(id, &reply) {
                        report(e);
                    }
                }
                if let Some(v) = &mut self.turtle {
                    v.close_dialog();
                }
            }
        }
    }

    /// Adds a view (the turtle window, the tkinter screen) to the Preview, replacing the placeholder.
    fn show_in_preview(&self, root: &web_sys::HtmlElement) {
        let p = &self.ui.preview;
        if p.class_list().contains("empty") {
            p.set_text_content(None);
            let _ = p.class_list().remove_1("empty");
        }
        let _ = p.append_child(root);
    }

    /// Back to the placeholder when neither a turtle nor a tkinter window is left.
    fn clear_preview_if_empty(&mut self) {
        if self.turtle.is_none() && self.tk.is_none() {
            self.clear_preview();
        }
    }

    fn clear_preview(&mut self) {
        self.turtle = None;
        self.turtle_request = None;
        self.tk = None;
        self.tk_request = None;
        let p = &self.ui.preview;
        if !p.class_list().contains("empty") {
            p.set_text_content(None);
            let _ = p.class_list().add_1("empty");
            if let Ok(ph) = dom::text_el("p", "placeholder", "Turtle and tkinter programs draw here.") {
                let _ = p.append_child(&ph);
            }
        }
    }

    // ---- console pump ----

    /// Moves output from the ring to the console: a slice per frame while the program runs, so that a flood
    /// keeps the panel responsive (the program waits for the ring, as for a slow terminal).
    fn pump(&mut self) {
        self.take_output(PUMP_BYTES);
        self.render();
    }

    /// Everything left in the ring (the run ended, or the runtime is about to go).
    fn drain(&mut self) {
        self.take_output(u32::MAX);
        self.render();
    }

    fn take_output(&mut self, max: u32) {
        let output = self.runtime.as_mut().map(|rt| rt.take_output(max)).unwrap_or_default();
        for (stream, text) in output {
            self.out().0.push(stream_kind(stream), &text);
        }
    }

    fn render(&mut self) {
        let live = matches!(self.state, State::Running | State::Stopping);
        let mut update = self.console.take_update();
        if live {
            self.console_partial |= update.tail(LIVE_LINES);
        } else if std::mem::take(&mut self.console_partial) {
            update = self.console.snapshot();
        }
        let open = self.console.is_line_open();
        if let Err(e) = self.ui.console.apply(update, open) {
            report(e);
        }
        if let Sink::Block(_) = self.sink {
            let (console, view) = self.out();
            let update = console.take_update();
            let open = console.is_line_open();
            if let Err(e) = view.apply(update, open) {
                report(e);
            }
        }
    }

    fn request_frame(&mut self) {
        if self.frame_pending {
            return;
        }
        if self.frame.is_none() {
            let me = self.me();
            self.frame = Some(Closure::new(move || {
                with_app(&me, |app| {
                    app.frame_pending = false;
                    app.pump();
                    if matches!(app.state, State::Running | State::Stopping) {
                        app.request_frame();
                    }
                })
            }));
        }
        if let Some(f) = &self.frame {
            self.frame_pending = dom::window().request_animation_frame(f.as_ref().unchecked_ref()).is_ok();
        }
    }

    fn set_state(&mut self, state: State) {
        self.state = state;
        let (key, text) = match state {
            State::Loading => ("loading", "Loading Python…"),
            State::Ready => ("ready", "Ready"),
            State::Running => ("running", "Running…"),
            State::Stopping => ("stopping", "Stopping…"),
            State::Stopped => ("stopped", "Stopped"),
            State::Crashed => ("crashed", "Crashed"),
        };
        self.ui.set_status(key, text);
        let busy = matches!(state, State::Running | State::Stopping);
        self.ui.run.set_disabled(busy);
        let can_stop = state == State::Running && self.assets.mode == Mode::Worker;
        self.ui.stop.set_disabled(!can_stop);
    }

    // ---- editor, settings, persistence ----

    async fn load_editor(me: Weak<RefCell<App>>) {
        let saved = storage::load(&["code", "fontSize", "split"]).await;
        let get = |k: &str| saved.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone());
        let load = me.upgrade().map(|a| a.borrow().assets.load_editor.clone());
        let Some(load) = load else { return };
        let module = match load.call0(&JsValue::NULL) {
            Ok(p) => JsFuture::from(js_sys::Promise::from(p)).await,
            Err(e) => Err(e),
        };
        let code = get("code").unwrap_or_else(|| SAMPLE.to_string());
        let font = get("fontSize").and_then(|v| v.parse().ok()).filter(|v| ui::FONT_SIZES.contains(v));
        let split = get("split").and_then(|v| v.parse::<f64>().ok());
        with_app(&me, move |app| {
            if let Some(f) = font {
                app.font_size = f;
                app.ui.set_font_size(f);
            }
            if let Some(s) = split {
                app.ui.set_split(s);
            }
            match module {
                Ok(m) => app.create_editor(m.unchecked_into(), &code),
                Err(e) => {
                    report(e);
                    app.console.push_line(Kind::Info, "The code editor failed to load.");
                    app.render();
                }
            }
        });
    }

    fn create_editor(&mut self, module: EditorModule, code: &str) {
        let on_change = {
            let me = self.me();
            move || with_app(&me, |app| app.schedule_save())
        };
        let on_run = {
            let me = self.me();
            move || with_app(&me, |app| app.run())
        };
        match Editor::new(&module, &self.ui.editor_box, code, self.font_size, on_change, on_run) {
            Ok(ed) => {
                ed.focus();
                self.editor = Some(ed);
                let _ = self.ui.root.set_attribute("data-editor", "ready");
                self.apply_lifted();
            }
            Err(e) => report(e),
        }
    }

    fn schedule_save(&mut self) {
        if let Some(e) = &self.editor {
            e.clear_marks();
        }
        let me = self.me();
        self.save_timer = Timeout::new(400, move || with_app(&me, |app| app.save_now())).ok();
    }

    fn save_now(&mut self) {
        self.save_timer = None;
        if let Some(e) = &self.editor {
            storage::save(&[("code", e.value())]);
        }
    }

    fn wire(&mut self) -> Result<(), JsValue> {
        let doc = dom::document();
        let mut ls = Vec::new();
        let me = self.me();
        ls.push(Listener::new(&self.ui.run, "click", move |_| with_app(&me, |app| app.run()))?);
        let me = self.me();
        ls.push(Listener::new(&self.ui.stop, "click", move |_| with_app(&me, |app| app.stop()))?);
        let me = self.me();
        ls.push(Listener::new(&doc, "keydown", move |e| {
            let Some(k) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
            if (k.ctrl_key() || k.meta_key()) && k.key() == "Enter" {
                e.prevent_default();
                with_app(&me, |app| app.run());
            }
        })?);
        let me = self.me();
        let font = self.ui.font.clone();
        ls.push(Listener::new(&self.ui.font, "change", move |_| {
            let v: u32 = font.value().parse().unwrap_or(ui::DEFAULT_FONT_SIZE);
            with_app(&me, move |app| {
                app.font_size = v;
                app.ui.set_font_size(v);
                if let Some(e) = &app.editor {
                    e.set_font_size(v);
                }
                storage::save(&[("fontSize", v.to_string())]);
            });
        })?);
        let me = self.me();
        ls.push(Listener::new(&dom::window(), "pagehide", move |_| with_app(&me, |app| app.save_now()))?);
        let me = self.me();
        ls.push(Listener::new(&doc, "visibilitychange", move |_| {
            if dom::document().visibility_state() == web_sys::VisibilityState::Hidden {
                with_app(&me, |app| app.save_now());
            }
        })?);
        let me = self.me();
        ls.extend(ui::splitter_listeners(&self.ui, move |f| {
            with_app(&me, move |app| {
                let f = app.ui.set_split(f);
                storage::save(&[("split", format!("{f:.4}"))]);
            })
        })?);
        self.listeners = ls;
        Ok(())
    }
}

fn stream_kind(s: Stream) -> Kind {
    match s {
        Stream::Stdout => Kind::Stdout,
        Stream::Stderr => Kind::Stderr,
    }
}
