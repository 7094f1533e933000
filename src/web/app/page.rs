//! The App's side of "On this page": reading the current tab, running and checking its blocks (alone or all in
//! order in one namespace), and code lifted from a page by the context menu or the keyboard command.

use super::{with_app, App, Job, Sink};
use crate::console::Kind as Out;
use crate::lift::{self, Kind, LiftedBlock, Page};
use crate::protocol::{Outcome, PanelToWorker};
use crate::traceback;
use crate::web::chrome::{self, Tab};
use crate::web::dom::{Listener, Timeout};
use crate::web::page::Item;
use crate::web::storage;
use gloo_utils::format::JsValueSerdeExt;
use wasm_bindgen::prelude::*;

/// Code the service worker handed over, kept until the panel can act on it: the editor must exist for "open" and
/// "run", and the block must be listed for a page button's "run-block".
#[derive(Debug, Clone)]
pub struct Lifted {
    action: String,
    text: String,
    locator: String,
    tab: Option<i32>,
}

#[derive(Default)]
pub struct PageState {
    pending: Option<Lifted>,
    /// Counts page reads; a read that finishes after a newer one started is dropped (quick tab switches).
    reads: u64,
    tab: Option<Tab>,
    /// Blocks still to run in "Run all", in order.
    queue: Vec<usize>,
    /// The tab and block whose output also goes back under the block on the page (a page's own Run button).
    echo_to_tab: Option<(i32, String)>,
    refresh: Option<Timeout>,
    callbacks: Vec<chrome::Callback>,
}

/// The match patterns of the sites where the user turned page buttons on (storage.local `buttonSites`, a JSON
/// list, which the service worker reads too).
async fn button_sites() -> Vec<String> {
    let saved = storage::load(&["buttonSites"]).await;
    saved.first().and_then(|(_, v)| serde_json::from_str(v).ok()).unwrap_or_default()
}

impl App {
    pub(super) fn wire_page(&mut self) {
        let me = self.me();
        if let Ok(l) = Listener::new(&self.page.run_all, "click", move |_| with_app(&me, |app| app.run_all())) {
            self.page.listeners.push(l);
        }
        let me = self.me();
        if let Ok(l) = Listener::new(&self.page.allow, "click", move |_| {
            with_app(&me, |app| app.allow_site())
        }) {
            self.page.listeners.push(l);
        }
        let me = self.me();
        let select = self.page.buttons.clone();
        if let Ok(l) = Listener::new(&self.page.buttons, "change", move |_| {
            let choice = select.value();
            with_app(&me, move |app| app.set_page_buttons(&choice));
        }) {
            self.page.listeners.push(l);
        }
        let me = self.me();
        if let Some(c) = chrome::on_tab_change(move |a, b| {
            // A switch to another tab is read at once; loads are debounced (a page may report several).
            let activated = !chrome::field(&a, "tabId").is_undefined();
            let loaded = chrome::field(&b, "status").as_string().as_deref() == Some("complete");
            if activated {
                with_app(&me, |app| app.refresh_page());
            } else if loaded {
                with_app(&me, |app| app.schedule_refresh());
            }
        }) {
            self.page_state.callbacks.push(c);
        }
        let me = self.me();
        if let Some(c) = chrome::on_session_change(move |changes, area| {
            let lifted = !chrome::field(&changes, "lifted").is_undefined();
            if area.as_string().as_deref() == Some("session") && lifted {
                with_app(&me, |app| app.take_lifted());
            }
        }) {
            self.page_state.callbacks.push(c);
        }
        self.refresh_page();
        self.take_lifted();
    }

    fn schedule_refresh(&mut self) {
        let me = self.me();
        self.page_state.refresh = Timeout::new(250, move || with_app(&me, |app| app.refresh_page())).ok();
    }

    /// Reads the target tab's code blocks and lists the Python ones.
    pub(super) fn refresh_page(&mut self) {
        let me = self.me();
        let collect = self.assets.collect.clone();
        self.page_state.reads += 1;
        let read = self.page_state.reads;
        let current = move |app: &App| app.page_state.reads == read;
        wasm_bindgen_futures::spawn_local(async move {
            let tab = match chrome::target_tab().await {
                Ok(t) => t,
                Err(why) => {
                    // No page to read (the panel is a tab of its own): the region gives its room to the editor.
                    return with_app(&me, move |app| {
                        if current(app) {
                            app.page.set_note(&why, false);
                            app.page.root.set_hidden(true);
                        }
                    });
                }
            };
            App::show_page_buttons(me.clone(), tab.url.clone()).await;
            let read = chrome::run_in_tab(tab.id, &collect).await;
            let page = read.and_then(|v| {
                let text = v.as_string().ok_or("the page reader returned no text")?;
                serde_json::from_str::<Page>(&text).map_err(|e| e.to_string())
            });
            with_app(&me, move |app| {
                if !current(app) {
                    return;
                }
                app.page.root.set_hidden(false);
                match page {
                    Ok(page) => app.show_page(tab, lift::lift(&page), &page.title),
                    Err(_) => {
                        let can_ask = lift::site_pattern(&tab.url).is_some();
                        let msg = if can_ask {
                            "Pyroom reads this page after you click its toolbar icon (or press Alt+Shift+P) here, or when you allow this site."
                        } else {
                            "Pyroom cannot read this kind of page."
                        };
                        app.page_state.tab = Some(tab);
                        app.page.show(Vec::new(), "").ok();
                        app.page.set_note(msg, can_ask);
                    }
                }
            });
        });
    }

    fn show_page(&mut self, tab: Tab, blocks: Vec<LiftedBlock>, title: &str) {
        let same_tab = self.page_state.tab.as_ref() == Some(&tab);
        let same = same_tab && self.page.items.iter().map(|i| &i.block).eq(blocks.iter());
        self.page_state.tab = Some(tab);
        if same {
            return;
        }
        if let Sink::Block(_) = self.sink {
            return; // a block is running: keep its item; the next refresh lists the new page
        }
        self.page_state.queue.clear();
        if let Err(e) = self.page.show(blocks, title) {
            web_sys::console::error_1(&e);
        }
        for i in 0..self.page.items.len() {
            self.wire_item(i);
        }
        self.apply_lifted();
    }

    fn wire_item(&mut self, i: usize) {
        let item: &mut Item = &mut self.page.items[i];
        let mut ls = Vec::new();
        let me = self.me.clone();
        ls.push(Listener::new(&item.open, "click", move |_| {
            with_app(&me, move |a| a.open_block(i))
        }));
        let me = self.me.clone();
        ls.push(Listener::new(&item.run, "click", move |_| {
            with_app(&me, move |a| a.run_block(i, true))
        }));
        if let Some(check) = &item.check {
            let me = self.me.clone();
            ls.push(Listener::new(check, "click", move |_| {
                with_app(&me, move |a| a.check_block(i))
            }));
        }
        item.listeners = ls.into_iter().flatten().collect();
    }

    fn open_block(&mut self, i: usize) {
        let Some(item) = self.page.items.get(i) else { return };
        let code = item.block.code.clone();
        self.put_in_editor(&code, "Opened block in the editor");
    }

    fn put_in_editor(&mut self, code: &str, what: &str) {
        if let Some(ed) = &self.editor {
            ed.replace(code);
            ed.focus();
            self.console
                .push_line(Out::Info, &format!("{what}. Ctrl+Z brings back your previous code."));
            self.render();
            self.schedule_save();
        }
    }

    pub(super) fn run_block(&mut self, i: usize, fresh: bool) {
        if i >= self.page.items.len() || !self.ready_for(Job::Block { index: i, fresh }) {
            return;
        }
        let item = &mut self.page.items[i];
        item.begin();
        let (code, echo) = (item.block.code.clone(), item.block.kind != Kind::Python);
        let name = format!("<block {}>", i + 1);
        self.launch(Sink::Block(i), |run| PanelToWorker::RunCell {
            run,
            code,
            name,
            fresh,
            echo,
        });
    }

    pub(super) fn check_block(&mut self, i: usize) {
        let Some(code) = self.page.items.get(i).and_then(|it| it.block.doctest_text()) else {
            return;
        };
        if !self.ready_for(Job::Check { index: i }) {
            return;
        }
        let item = &mut self.page.items[i];
        item.begin();
        item.set_verdict("running", "Checking…");
        let name = format!("<block {}>", i + 1);
        self.launch(Sink::Block(i), |run| PanelToWorker::Check { run, code, name });
    }

    fn run_all(&mut self) {
        if self.page.items.is_empty() || matches!(self.state, super::State::Running | super::State::Stopping) {
            return;
        }
        self.page_state.queue = (1..self.page.items.len()).rev().collect();
        self.run_block(0, true);
    }

    /// A block's run ended: its output and verdict, then the next block of "Run all".
    pub(super) fn finish_block(&mut self, i: usize, outcome: Outcome) {
        let Some(item) = self.page.items.get_mut(i) else { return };
        let ok = match &outcome {
            Outcome::Ok => {
                item.set_verdict("ok", "Ran without errors");
                true
            }
            Outcome::Error { traceback } | Outcome::Interrupted { traceback } => {
                let text = traceback::rewrite(traceback);
                item.console.push_line(Out::Stderr, &text);
                let last = text.lines().last().unwrap_or("Error").to_string();
                let state = if matches!(outcome, Outcome::Error { .. }) {
                    "error"
                } else {
                    "stopped"
                };
                item.set_verdict(state, &last);
                false
            }
            Outcome::Exit { code } => {
                item.console
                    .push_line(Out::Info, &format!("Exited with status {code}."));
                item.set_verdict(if *code == 0 { "ok" } else { "error" }, &format!("Exit status {code}"));
                *code == 0
            }
            Outcome::Checked { attempted, failures } => {
                item.console.push(Out::Stdout, &Item::report(*attempted, failures));
                let n = failures.len();
                let verdict = match (n, *attempted) {
                    (0, 1) => "The example gives the page's output".to_string(),
                    (0, a) => format!("All {a} examples give the page's output"),
                    (1, a) => format!("1 of {a} examples fails"),
                    (n, a) => format!("{n} of {a} examples fail"),
                };
                item.set_verdict(if failures.is_empty() { "ok" } else { "error" }, &verdict);
                failures.is_empty()
            }
        };
        let update = item.console.take_update();
        let open = item.console.is_line_open();
        let _ = item.view.apply(update, open);
        if let Some((tab, locator)) = self.page_state.echo_to_tab.take() {
            self.send_output_to_tab(tab, &locator, i, ok);
        }
        match self.page_state.queue.pop() {
            Some(next) if ok => self.run_block(next, false),
            _ => self.page_state.queue.clear(),
        }
    }

    fn send_output_to_tab(&self, tab: i32, locator: &str, i: usize, ok: bool) {
        let Some(item) = self.page.items.get(i) else { return };
        let text = item.console.text();
        let msg = serde_json::json!({"type": "BlockOutput", "locator": locator, "text": text, "ok": ok});
        if let Ok(v) = JsValue::from_serde(&msg) {
            chrome::send_to_tab(tab, &v);
        }
    }

    fn allow_site(&mut self) {
        let Some(pattern) = self.page_state.tab.as_ref().and_then(|t| lift::site_pattern(&t.url)) else {
            return;
        };
        let me = self.me();
        wasm_bindgen_futures::spawn_local(async move {
            if chrome::request_origins(&[pattern]).await {
                with_app(&me, |app| app.refresh_page());
            }
        });
    }

    /// The page-buttons choice changed: ask for the permission it needs, remember the sites (the service worker
    /// registers the content script for them) and add or remove the buttons on the current tab now.
    fn set_page_buttons(&mut self, choice: &str) {
        let Some(tab) = self.page_state.tab.clone() else { return };
        let site = lift::site_pattern(&tab.url);
        let choice = choice.to_string();
        let me = self.me();
        wasm_bindgen_futures::spawn_local(async move {
            let mut sites = button_sites().await;
            let pattern = match (choice.as_str(), &site) {
                ("all", _) => Some("<all_urls>".to_string()),
                ("site", Some(s)) => Some(s.clone()),
                _ => None,
            };
            let on = match &pattern {
                Some(p) => chrome::has_origin(p).await || chrome::request_origins(&[p.clone()]).await,
                None => false,
            };
            sites.retain(|s| Some(s) != site.as_ref() && (choice != "off" || s != "<all_urls>"));
            if let (true, Some(p)) = (on, &pattern) {
                sites.push(p.clone());
            }
            storage::save(&[("buttonSites", serde_json::to_string(&sites).unwrap_or_default())]);
            if on {
                let _ = chrome::inject_files(tab.id, &["content/collect.classic.js", "content/buttons.js"]).await;
            } else {
                if let Ok(v) = JsValue::from_serde(&serde_json::json!({"type": "RemoveButtons"})) {
                    chrome::send_to_tab(tab.id, &v);
                }
                with_app(&me, |app| app.page.buttons.set_value("off"));
            }
        });
    }

    /// Shows the page-buttons choice for the current tab.
    async fn show_page_buttons(me: std::rc::Weak<std::cell::RefCell<App>>, url: String) {
        let sites = button_sites().await;
        let value = if sites.iter().any(|s| s == "<all_urls>") {
            "all"
        } else if lift::site_pattern(&url).is_some_and(|p| sites.contains(&p)) {
            "site"
        } else {
            "off"
        };
        with_app(&me, move |app| app.page.buttons.set_value(value));
    }

    /// Code the service worker lifted from a page (context menu, keyboard command, a page's Run button).
    pub(super) fn take_lifted(&mut self) {
        let me = self.me();
        wasm_bindgen_futures::spawn_local(async move {
            let Some(v) = chrome::take_session("lifted").await else {
                return;
            };
            let get = |k: &str| chrome::field(&v, k).as_string().unwrap_or_default();
            let lifted = Lifted {
                action: get("action"),
                text: get("text"),
                locator: get("locator"),
                tab: chrome::field(&v, "tabId").as_f64().map(|t| t as i32),
            };
            with_app(&me, move |app| {
                app.page_state.pending = Some(lifted);
                app.apply_lifted();
            });
        });
    }

    /// Acts on the pending lifted code if the panel is ready for it; otherwise keeps it for later (called again
    /// when the editor is created and when a page's blocks are listed).
    pub(super) fn apply_lifted(&mut self) {
        let Some(l) = self.page_state.pending.take() else {
            return;
        };
        if l.action == "run-block" {
            let listed = self
                .page_state
                .tab
                .as_ref()
                .map(|t| Some(t.id) == l.tab)
                .unwrap_or(false);
            match self.page.items.iter().position(|it| it.block.locator == l.locator) {
                Some(i) if listed => {
                    self.page_state.echo_to_tab = l.tab.map(|t| (t, l.locator.clone()));
                    self.run_block(i, true);
                }
                _ => self.page_state.pending = Some(l),
            }
            return;
        }
        if self.editor.is_none() {
            self.page_state.pending = Some(l);
            return;
        }
        let code = lift::lift_text(&l.text);
        if code.trim().is_empty() {
            return;
        }
        self.put_in_editor(&code, "Lifted code from the page into the editor");
        if l.action == "run" {
            self.run();
        }
    }
}
