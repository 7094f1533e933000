//! tkinter's windows in the Preview: the shim's ops applied to a [`Scene`], each widget a DOM box placed where
//! Tk's geometry managers (`crate::tk`) put it, windows with a title bar and menu bar, queries answered (layout,
//! fonts, dialogs), and what the user does sent back as [`TkEvent`]s (see `input`).

mod controls;
mod images;
mod input;
mod menus;
mod text;
mod views;
mod widgets;

use super::dom::{el, Listener};
use super::tk_dialog::TkDialog;
use crate::protocol::BridgeReply;
use crate::tk::arrange;
use crate::tk::model::{Layout, Size, Tree};
use crate::tk::ops::{Id, Kind, TkEvent, TkOp, TkQuery};
use crate::tk::scene::{Change, Scene, Widget};
use super::tk_measure::Measurer;
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use widgets::El;

/// What the view asks of the app.
pub enum Action {
    /// A DOM event in the view, to be handled by [`TkView::dom`] with the app borrowed.
    Dom(web_sys::Event),
    /// The answer to a dialog query.
    Reply(u32, BridgeReply),
}

struct Win {
    frame: HtmlElement,
    title: HtmlElement,
    menubar: HtmlElement,
}

/// The virtual screen programs see (`winfo_screenwidth`).
const SCREEN: (i32, i32) = (1280, 1024);

pub struct TkView {
    pub root: HtmlElement,
    /// Where drop-down menus open (over the windows).
    layer: HtmlElement,
    scene: Scene,
    els: HashMap<Id, El>,
    wins: HashMap<Id, Win>,
    m: Rc<Measurer>,
    on: Rc<dyn Fn(Action)>,
    dirty: HashSet<Id>,
    relayout: bool,
    laid: Option<(Tree, Layout)>,
    sizes: HashMap<Id, (i32, i32, i32, i32)>,
    /// Each window's client area on the virtual screen, measured after placing (reading the DOM's layout is slow).
    origins: std::cell::RefCell<HashMap<Id, (i32, i32)>>,
    /// The visible fractions last reported for each scrollable widget and axis (true: y).
    views: HashMap<(Id, bool), (f64, f64)>,
    /// Values the user set here (`local_state`) that Python will echo back, oldest first, per widget and key:
    /// an echo older than what the user has done since must not undo it.
    echoes: HashMap<(Id, String), std::collections::VecDeque<Value>>,
    /// This batch's scrolling ops, applied once the DOM is up to date.
    scrolls: Vec<TkOp>,
    _listeners: Vec<Listener>,
    dialog: Option<TkDialog>,
    input: input::InputState,
}

impl TkView {
    pub fn new(on: impl Fn(Action) + 'static) -> Result<TkView, JsValue> {
        let on: Rc<dyn Fn(Action)> = Rc::new(on);
        let root = el("div", "tk-screen", &[])?;
        let layer = el("div", "tk-layer", &[])?;
        root.append_child(&layer)?;
        let mut listeners = Vec::new();
        for kind in input::EVENTS {
            let on = on.clone();
            listeners.push(Listener::new(&root, kind, move |e| on(Action::Dom(e)))?);
        }
        // Scrolling does not bubble: listen in the capture phase.
        let on2 = on.clone();
        let scroll = Closure::<dyn FnMut(web_sys::Event)>::new(move |e| on2(Action::Dom(e)));
        root.add_event_listener_with_callback_and_bool("scroll", scroll.as_ref().unchecked_ref(), true)?;
        scroll.forget();
        Ok(TkView {
            root,
            layer,
            scene: Scene::new(),
            els: HashMap::new(),
            wins: HashMap::new(),
            m: Rc::new(Measurer::new()),
            on,
            dirty: HashSet::new(),
            relayout: false,
            laid: None,
            sizes: HashMap::new(),
            origins: std::cell::RefCell::new(HashMap::new()),
            views: HashMap::new(),
            echoes: HashMap::new(),
            scrolls: Vec::new(),
            _listeners: listeners,
            dialog: None,
            input: input::InputState::default(),
        })
    }

    /// No window left: the Preview can go back to its placeholder.
    pub fn is_empty(&self) -> bool {
        self.scene.windows.is_empty()
    }

    /// Applies a batch of ops; returns the problems met (a bad op is skipped, the rest applied). Events that
    /// follow from the new layout (`Configure`) come back for Python.
    pub fn push(&mut self, ops: Vec<Value>) -> (Vec<String>, Vec<TkEvent>) {
        let mut errors = Vec::new();
        for v in ops {
            let mut op: TkOp = match serde_json::from_value(v) {
                Ok(op) => op,
                Err(e) => {
                    errors.push(format!("bad tkinter op: {e}"));
                    continue;
                }
            };
            if let TkOp::State { id, state } = &mut op {
                self.drop_echoes(*id, state);
                if state.0.is_empty() {
                    continue;
                }
            }
            if matches!(op, TkOp::View { .. } | TkOp::Scroll { .. } | TkOp::See { .. } | TkOp::MenuPost { .. } | TkOp::MenuUnpost { .. }) {
                self.scrolls.push(op.clone());
            }
            if let TkOp::Clipboard { text } = &op {
                // clipboard_append: the system clipboard (the browser may refuse without a recent user action).
                let _ = super::dom::window().navigator().clipboard().write_text(text);
            }
            let download = match &op {
                TkOp::Download { name, data } => Some((name.clone(), data.clone())),
                _ => None,
            };
            match self.scene.apply(op) {
                Ok(change) => {
                    if let Err(e) = self.on_change(change) {
                        errors.push(format!("{e:?}"));
                    }
                }
                Err(e) => errors.push(e),
            }
            if let Some((name, data)) = download {
                if let Err(e) = super::tk_dialog::download(&name, &data) {
                    errors.push(format!("{e:?}"));
                }
            }
        }
        let mut events = self.refresh().unwrap_or_else(|e| {
            errors.push(format!("{e:?}"));
            Vec::new()
        });
        let scrolls = std::mem::take(&mut self.scrolls);
        for op in &scrolls {
            views::apply(self, op);
        }
        if self.relayout || !self.dirty.is_empty() {
            match self.refresh() {
                Ok(more) => events.extend(more),
                Err(e) => errors.push(format!("{e:?}")),
            }
        }
        events.extend(views::report(self));
        (errors, events)
    }

    fn on_change(&mut self, change: Change) -> Result<(), JsValue> {
        match change {
            Change::Created(id) => self.create(id)?,
            Change::Widget(id) => {
                self.dirty.insert(id);
                // A menu's entries show in menu bars and open drop-downs.
                if self.scene.get(id).is_some_and(|w| w.kind == Kind::Menu) {
                    self.dirty.extend(self.scene.windows.iter().copied());
                }
            }
            Change::Destroyed(ids) => {
                self.origins.borrow_mut().clear();
                for id in ids {
                    if let Some(e) = self.els.remove(&id) {
                        e.outer.remove();
                    }
                    if let Some(w) = self.wins.remove(&id) {
                        w.frame.remove();
                    }
                    self.sizes.remove(&id);
                    self.dirty.remove(&id);
                }
                self.relayout = true;
            }
            Change::Geometry => self.relayout = true,
            Change::Window(id) => {
                self.origins.borrow_mut().clear();
                self.dirty.insert(id);
                self.relayout = true;
            }
            Change::Image(id) => {
                images::refresh(&self.scene, id, &self.m)?;
                let users: Vec<Id> = self.scene.widgets.values().filter(|w| uses_images(w)).map(|w| w.id).collect();
                self.dirty.extend(users);
            }
            Change::Focus(Some(id)) => {
                if let Some(e) = self.els.get(&id) {
                    let target: HtmlElement = e.body.clone().filter(|b| matches!(b.tag_name().as_str(), "INPUT" | "TEXTAREA")).unwrap_or_else(|| e.face.clone());
                    let _ = target.focus();
                }
            }
            Change::Styles => {
                let ttk: Vec<Id> = self.scene.widgets.values().filter(|w| w.kind.is_ttk()).map(|w| w.id).collect();
                self.dirty.extend(ttk);
            }
            Change::Focus(None) | Change::Other => {}
        }
        Ok(())
    }

    fn create(&mut self, id: Id) -> Result<(), JsValue> {
        let Some(w) = self.scene.get(id) else { return Ok(()) };
        let e = widgets::build(id, w.kind)?;
        if w.kind == Kind::Toplevel {
            let frame = el("section", "tk-window", &[("role", "dialog"), ("aria-label", "tk")])?;
            let bar = el("div", "tk-titlebar", &[])?;
            let title = el("span", "tk-title", &[])?;
            let close = el("button", "tk-close", &[("type", "button"), ("aria-label", "Close window"), ("data-close", &id.to_string())])?;
            close.set_text_content(Some("✕"));
            bar.append_child(&title)?;
            bar.append_child(&close)?;
            let menubar = el("div", "tk-menubar", &[("hidden", "")])?;
            frame.append_child(&bar)?;
            frame.append_child(&menubar)?;
            frame.append_child(&e.outer)?;
            // The window itself takes the keyboard when no widget in it does (Tk sends keys to the toplevel).
            e.outer.set_attribute("tabindex", "-1")?;
            self.root.insert_before(&frame, Some(&self.layer))?;
            // A new window gets the focus, as a window manager gives it, unless the user is typing in the editor.
            let active = super::dom::document().active_element();
            if active.is_none_or(|a| a.closest(".editor, .console").ok().flatten().is_none()) {
                let _ = e.outer.focus();
            }
            self.wins.insert(id, Win { frame, title, menubar });
            self.origins.borrow_mut().clear();
        } else if let Some(p) = w.parent.and_then(|p| self.els.get(&p)) {
            p.outer.append_child(&e.outer)?;
        }
        self.els.insert(id, e);
        self.dirty.insert(id);
        self.relayout = true;
        Ok(())
    }

    /// Brings changed widgets up to date and places everything if sizes or managers changed.
    fn refresh(&mut self) -> Result<Vec<TkEvent>, JsValue> {
        let dirty: Vec<Id> = self.dirty.drain().collect();
        if !dirty.is_empty() {
            self.relayout = true;
        }
        let focus = self.scene.focus;
        for id in dirty {
            let (Some(w), Some(e)) = (self.scene.get(id), self.els.get(&id)) else { continue };
            widgets::update(e, w, &self.scene, &self.m, focus == Some(id))?;
            if w.kind == Kind::Canvas {
                images::canvas(e, w, &self.m)?;
            }
            self.order_children(id)?;
            if let Some(win) = self.wins.get(&id) {
                window_chrome(win, w, &self.scene)?;
            }
        }
        if self.relayout {
            self.relayout = false;
            return self.place_all();
        }
        Ok(Vec::new())
    }

    /// Keeps the DOM order of a widget's children (their stacking) as the scene's.
    fn order_children(&self, id: Id) -> Result<(), JsValue> {
        let (Some(w), Some(e)) = (self.scene.get(id), self.els.get(&id)) else { return Ok(()) };
        let mut prev: Option<web_sys::Element> = Some(e.face.clone().into());
        for c in &w.children {
            let Some(ce) = self.els.get(c) else { continue };
            let want_after = prev.as_ref().and_then(|p| p.next_element_sibling());
            if want_after.as_ref() != Some(ce.outer.as_ref()) {
                let next = prev.as_ref().and_then(|p| p.next_sibling());
                e.outer.insert_before(&ce.outer, next.as_ref())?;
            }
            prev = Some(ce.outer.clone().into());
        }
        Ok(())
    }

    /// Lays the scene out and moves every box; returns `Configure` events for widgets whose box changed.
    fn place_all(&mut self) -> Result<Vec<TkEvent>, JsValue> {
        let images = self.m.images.borrow();
        let image_size = |h: Id| images.get(&h).map(|(_, w, h)| Size::new(*w as i32, *h as i32));
        let (tree, layout) = arrange::arrange(&self.scene, self.m.as_ref(), &image_size).map_err(|e| JsValue::from_str(&e.to_string()))?;
        drop(images);
        let mut events = Vec::new();
        let mut window_moved = false;
        let configure = self.scene.listen.contains("Configure");
        for p in &layout.widgets {
            let Some(e) = self.els.get(&p.id) else { continue };
            let r = p.rect;
            let s = e.outer.style();
            let is_window = self.wins.contains_key(&p.id);
            if !is_window {
                s.set_property("left", &format!("{}px", r.x))?;
                s.set_property("top", &format!("{}px", r.y))?;
            }
            s.set_property("width", &format!("{}px", r.width.max(0)))?;
            s.set_property("height", &format!("{}px", r.height.max(0)))?;
            let shown = p.mapped && e.kind != Kind::Menu;
            s.set_property("display", if shown { "block" } else { "none" })?;
            let now = (r.x, r.y, r.width, r.height);
            let before = self.sizes.insert(p.id, now);
            window_moved |= is_window && before != Some(now);
            if before != Some(now) && configure && p.mapped {
                events.push(TkEvent::Configure { widget: p.id, x: r.x.into(), y: r.y.into(), width: r.width.into(), height: r.height.into() });
            }
        }
        // A window that changed size moves the windows below it.
        if window_moved {
            self.origins.borrow_mut().clear();
        }
        self.laid = Some((tree, layout));
        Ok(events)
    }

    /// Takes out of a `state` op the values that only echo what the user did here; a value the user did not
    /// set (the program's own) wins and forgets the pending echoes.
    fn drop_echoes(&mut self, id: Id, state: &mut crate::tk::ops::Opts) {
        let keys: Vec<String> = state.0.keys().cloned().collect();
        for k in keys {
            let Some(queue) = self.echoes.get_mut(&(id, k.clone())) else { continue };
            let Some(v) = state.0.get(&k) else { continue };
            match queue.iter().position(|x| same_value(x, v)) {
                Some(i) => {
                    queue.drain(..=i);
                    state.0.remove(&k);
                }
                None => queue.clear(),
            }
        }
    }

    /// Answers a query now, or opens a dialog whose answer comes later as [`Action::Reply`].
    pub fn query(&mut self, id: u32, query: Map<String, Value>) -> Option<BridgeReply> {
        let q: TkQuery = match serde_json::from_value(Value::Object(query)) {
            Ok(q) => q,
            Err(e) => return Some(BridgeReply::Refused { message: format!("bad tkinter query: {e}") }),
        };
        let answer = match &q {
            TkQuery::Layout {} => {
                if self.laid.is_none() || self.relayout {
                    if let Err(e) = self.place_all() {
                        return Some(BridgeReply::Refused { message: format!("layout failed: {e:?}") });
                    }
                }
                let (tree, layout) = self.laid.as_ref()?;
                let origin = |w: Id| self.window_origin(w);
                self.scene.answer_layout(tree, layout, &origin, SCREEN, self.input.pointer)
            }
            TkQuery::Measure { .. } | TkQuery::Metrics { .. } => self.m.answer(&q)?,
            _ => {
                let on = self.on.clone();
                let host: web_sys::Element = self.root.clone().into();
                match TkDialog::show(&host, &q, move |a| on(Action::Reply(id, BridgeReply::Tk { answer: a.to_map() }))) {
                    Ok(d) => self.dialog = Some(d),
                    Err(e) => return Some(BridgeReply::Refused { message: format!("cannot show the dialog: {e:?}") }),
                }
                return None;
            }
        };
        Some(BridgeReply::Tk { answer: answer.to_map() })
    }

    pub fn close_dialog(&mut self) {
        self.dialog = None;
    }

    /// A window's client area on the virtual screen: its offset in the view (measured once per placement).
    fn window_origin(&self, id: Id) -> (i32, i32) {
        if let Some(&o) = self.origins.borrow().get(&id) {
            return o;
        }
        let o = self.measure_origin(id);
        self.origins.borrow_mut().insert(id, o);
        o
    }

    fn measure_origin(&self, id: Id) -> (i32, i32) {
        let Some(e) = self.els.get(&id) else { return (0, 0) };
        let r = e.outer.get_bounding_client_rect();
        let me = self.root.get_bounding_client_rect();
        ((r.left() - me.left() + f64::from(self.root.scroll_left())) as i32, (r.top() - me.top() + f64::from(self.root.scroll_top())) as i32)
    }

    /// Handles a DOM event in the view; returns the Tk events for Python.
    pub fn dom(&mut self, e: &web_sys::Event) -> Vec<TkEvent> {
        input::handle(self, e)
    }
}

/// Equal as the shim means them: numbers by value (76 and 76.0), lists element by element.
fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same_value(p, q)),
        _ => a == b,
    }
}

fn uses_images(w: &Widget) -> bool {
    w.opts.id("image").is_some() || (w.kind == Kind::Canvas && w.items.iter().any(|i| i.opts.id("image").is_some()))
}

/// The window's title bar and menu bar.
fn window_chrome(win: &Win, w: &Widget, scene: &Scene) -> Result<(), JsValue> {
    let title = w.wm.str("title").unwrap_or("tk").to_string();
    win.title.set_text_content(Some(&title));
    win.frame.set_attribute("aria-label", &title)?;
    let withdrawn = matches!(w.wm.str("state"), Some("withdrawn") | Some("iconic"));
    win.frame.toggle_attribute_with_force("hidden", withdrawn)?;
    match w.wm.id("menu").and_then(|m| scene.get(m)) {
        Some(menu) => {
            menus::menubar(&win.menubar, menu)?;
            win.menubar.remove_attribute("hidden")?;
        }
        None => {
            win.menubar.set_text_content(None);
            win.menubar.set_attribute("hidden", "")?;
        }
    }
    Ok(())
}
