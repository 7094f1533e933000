//! tkinter's modal dialogs inside the Preview: message boxes (`tkinter.messagebox`), `simpledialog.askstring` /
//! `askinteger` / `askfloat`, the file dialogs (`filedialog`: open, open several, choose a folder, save as) and
//! `colorchooser.askcolor`, each the answer to one blocking [`TkQuery`]. They look like Tk's own dialogs on X11: a
//! title bar, Tk's grey body, the message box icons, buttons in Tk's order with the default one ringed and focused.
//!
//! The dialog is an overlay over the whole Preview (the `host`), whose other children are made `inert` meanwhile, as
//! Tk's grab makes the program's windows deaf; events inside the overlay do not reach the host's own listeners
//! (key presses with Ctrl or Meta excepted, which are the panel's shortcuts). Keys, as in Tk: Escape gives the
//! cancelling answer (a message box's cancel button: `cancel`, or `no` for yes/no, `abort` for abort/retry/ignore,
//! `ok` for a lone OK), Enter presses the focused button (in a text field: the default one), Alt+letter the
//! button of that underlined letter. The title bar's close button answers as Escape does. Text goes in through
//! `textContent`, never as HTML. Styles: `extension/tk.css`.
//!
//! Integer and float input is not checked here: the shim converts the text and, on a bad value, shows Tk's
//! "Illegal value" warning and asks again with the text typed (`shims/tkinter/simpledialog.py`).

mod files;

use super::dom::{self, append, el, text_el, Listener};
use files::{build_open, build_save};
pub use files::{base64_decode, base64_encode, download};
use crate::tk::ops::{PickedFile, TkAnswer, TkQuery};
use serde_json::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement, KeyboardEvent};

const SVG_NS: &str = "http://www.w3.org/2000/svg";
/// The class on the host while a dialog covers it (it makes the host the overlay's containing block).
const HOST_CLASS: &str = "tk-modal-host";
/// Events that stop at the overlay, so the renderer's listeners on the host never see the dialog's clicks and keys.
const CONTAINED: &[&str] = &[
    "keyup", "keypress", "pointerdown", "pointerup", "pointermove", "pointerover", "pointerout", "mousedown",
    "mouseup", "mousemove", "click", "dblclick", "auxclick", "contextmenu", "input", "change", "focusin", "focusout",
    "touchstart", "touchmove", "touchend",
];

type Answer = Box<dyn FnOnce(TkAnswer)>;

/// A modal dialog in the Preview. Dropping it removes the dialog and all its listeners; if the user has not
/// answered by then, the answer is never called.
pub struct TkDialog {
    shared: Rc<Shared>,
    listeners: Vec<Listener>,
}

/// What the listeners share: the pending answer and what closing must undo.
struct Shared {
    answer: RefCell<Option<Answer>>,
    host: Element,
    overlay: HtmlElement,
    /// Children of the host this dialog made inert.
    inert: RefCell<Vec<Element>>,
    /// The element that had the focus before the dialog, given it back on close.
    focus_back: RefCell<Option<HtmlElement>>,
    closed: Cell<bool>,
}

impl Shared {
    /// Gives `answer` (once; later calls and calls after a drop do nothing), after taking the dialog down.
    fn finish(&self, answer: TkAnswer) {
        let Some(call) = self.answer.borrow_mut().take() else { return };
        self.close();
        call(answer);
    }

    /// Takes the dialog down: the overlay goes, the host's children wake, the focus goes back. Idempotent.
    fn close(&self) {
        if self.closed.replace(true) {
            return;
        }
        for e in self.inert.borrow_mut().drain(..) {
            let _ = e.remove_attribute("inert");
        }
        let active = dom::document().active_element();
        let focus_was_ours = match &active {
            None => true,
            Some(a) => self.overlay.contains(Some(&**a)) || dom::document().body().is_some_and(|b| b.is_same_node(Some(a))),
        };
        self.overlay.remove();
        let count = modal_count(&self.host).saturating_sub(1);
        set_modal_count(&self.host, count);
        if focus_was_ours {
            if let Some(back) = self.focus_back.borrow_mut().take() {
                if back.is_connected() {
                    let _ = back.focus();
                }
            }
        }
    }
}

impl Drop for TkDialog {
    fn drop(&mut self) {
        drop(self.shared.answer.borrow_mut().take());
        self.shared.close();
        self.listeners.clear();
    }
}

fn modal_count(host: &Element) -> u32 {
    host.get_attribute("data-tk-modals").and_then(|s| s.parse().ok()).unwrap_or(0)
}

fn set_modal_count(host: &Element, n: u32) {
    if n == 0 {
        let _ = host.remove_attribute("data-tk-modals");
        let _ = host.class_list().remove_1(HOST_CLASS);
    } else {
        let _ = host.set_attribute("data-tk-modals", &n.to_string());
        let _ = host.class_list().add_1(HOST_CLASS);
    }
}

thread_local! {
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
}

/// A document-unique id for labels and descriptions.
fn fresh_id(what: &str) -> String {
    let n = NEXT_ID.with(|c| {
        let n = c.get() + 1;
        c.set(n);
        n
    });
    format!("tk-dialog-{n}-{what}")
}

/// The buttons of a message box type, in Tk's order, with the one Escape and closing give (`msgbox.tcl`).
fn message_buttons(ty: &str) -> (&'static [&'static str], &'static str) {
    match ty {
        "abortretryignore" => (&["abort", "retry", "ignore"], "abort"),
        "okcancel" => (&["ok", "cancel"], "cancel"),
        "retrycancel" => (&["retry", "cancel"], "cancel"),
        "yesno" => (&["yes", "no"], "no"),
        "yesnocancel" => (&["yes", "no", "cancel"], "cancel"),
        _ => (&["ok"], "ok"),
    }
}

/// A button's label as Tk shows it.
fn button_label(name: &str) -> &'static str {
    match name {
        "ok" => "OK",
        "cancel" => "Cancel",
        "yes" => "Yes",
        "no" => "No",
        "retry" => "Retry",
        "abort" => "Abort",
        "ignore" => "Ignore",
        "save" => "Save",
        "open" => "Open",
        _ => "OK",
    }
}

/// The answer that Escape, the close button and Cancel give.
fn cancel_answer(query: &TkQuery) -> Option<TkAnswer> {
    Some(match query {
        TkQuery::Message { ty, .. } => TkAnswer::Button { button: message_buttons(ty).1.to_string() },
        TkQuery::Askstring { .. } | TkQuery::Save { .. } => TkAnswer::Text { text: None },
        TkQuery::Open { .. } => TkAnswer::Files { files: Vec::new() },
        TkQuery::Color { .. } => TkAnswer::Color { color: None },
        TkQuery::Layout {} | TkQuery::Measure { .. } | TkQuery::Metrics { .. } => return None,
    })
}

/// The title shown in the bar: the program's, else Tk's default for the dialog (Tk gives message boxes none).
fn shown_title(query: &TkQuery) -> String {
    let (title, default) = match query {
        TkQuery::Message { title, .. } => (title, ""),
        TkQuery::Askstring { title, .. } => (title, ""),
        TkQuery::Open { title, directory: true, .. } => (title, "Choose Directory"),
        TkQuery::Open { title, .. } => (title, "Open"),
        TkQuery::Save { title, .. } => (title, "Save As"),
        TkQuery::Color { title, .. } => (title, "Color"),
        _ => return String::new(),
    };
    if title.is_empty() { default.to_string() } else { title.clone() }
}

/// The dialog's accessible name: its title, or a name for its kind.
fn accessible_name(query: &TkQuery) -> String {
    let shown = shown_title(query);
    if !shown.is_empty() {
        return shown;
    }
    match query {
        TkQuery::Askstring { prompt, .. } if !prompt.is_empty() => prompt.clone(),
        TkQuery::Askstring { .. } => "Input".to_string(),
        _ => "Message".to_string(),
    }
}

/// A Tk button: a real `<button>` whose first letter is underlined (Tk's `&` mnemonic), the default one ringed.
fn tk_button(name: &str, label: &str, default: bool) -> Result<HtmlElement, JsValue> {
    let b = el("button", if default { "tk-button tk-default" } else { "tk-button" }, &[("type", "button")])?;
    b.set_attribute("data-name", name)?;
    let mut chars = label.chars();
    if let Some(first) = chars.next() {
        let u = text_el("u", "", &first.to_string())?;
        b.append_child(&u)?;
        b.append_child(&dom::document().create_text_node(chars.as_str()))?;
    }
    Ok(b)
}

/// The message box icon: Tk's drawings for error, info, question and warning (`msgbox.tcl`), as SVG.
fn icon(kind: &str) -> Result<Element, JsValue> {
    let doc = dom::document();
    let svg = doc.create_element_ns(Some(SVG_NS), "svg")?;
    let label = match kind {
        "error" => "Error",
        "question" => "Question",
        "warning" => "Warning",
        _ => "Information",
    };
    for (k, v) in [("class", "tk-icon"), ("viewBox", "0 0 32 32"), ("width", "32"), ("height", "32"), ("role", "img"),
        ("aria-label", label)]
    {
        svg.set_attribute(k, v)?;
    }
    let shape = |tag: &str, attrs: &[(&str, &str)]| -> Result<(), JsValue> {
        let e = doc.create_element_ns(Some(SVG_NS), tag)?;
        for (k, v) in attrs {
            e.set_attribute(k, v)?;
        }
        svg.append_child(&e)?;
        Ok(())
    };
    let disc = [("cx", "16"), ("cy", "16"), ("r", "15.5"), ("fill", "#ffffff"), ("stroke", "#000000")];
    match kind {
        "error" => {
            shape("circle", &[("cx", "16"), ("cy", "16"), ("r", "15.5"), ("fill", "#ff0000"), ("stroke", "#000000")])?;
            shape("path", &[("d", "M9 9L23 23M9 23L23 9"), ("stroke", "#ffffff"), ("stroke-width", "4")])?;
        }
        "question" => {
            shape("circle", &disc)?;
            shape("path", &[("d", "M11.5 12a4.5 4.5 0 1 1 6.5 4c-1.4.8-2 1.6-2 3.2V20"), ("fill", "none"),
                ("stroke", "#0000ff"), ("stroke-width", "3"), ("stroke-linecap", "round")])?;
            shape("circle", &[("cx", "16"), ("cy", "25"), ("r", "2"), ("fill", "#0000ff")])?;
        }
        "warning" => {
            shape("path", &[("d", "M16 1.5L31 29.5H1Z"), ("fill", "#ffff00"), ("stroke", "#000000"),
                ("stroke-linejoin", "round")])?;
            shape("path", &[("d", "M16 10V20"), ("stroke", "#000000"), ("stroke-width", "3.2"),
                ("stroke-linecap", "round")])?;
            shape("circle", &[("cx", "16"), ("cy", "25"), ("r", "1.9"), ("fill", "#000000")])?;
        }
        _ => {
            shape("circle", &disc)?;
            shape("circle", &[("cx", "16"), ("cy", "8.5"), ("r", "2.4"), ("fill", "#0000ff")])?;
            shape("path", &[("d", "M12.5 13.5H17V23.5H19.5M12.5 23.5H17"), ("fill", "none"), ("stroke", "#0000ff"),
                ("stroke-width", "3")])?;
        }
    }
    Ok(svg)
}

/// `#rgb` or `#rrggbb` (any case) as `#rrggbb` in lower case, else `None`.
fn normal_color(s: &str) -> Option<String> {
    let hex = s.trim().strip_prefix('#')?;
    if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let hex = hex.to_ascii_lowercase();
    match hex.len() {
        3 => Some(format!("#{}", hex.chars().flat_map(|c| [c, c]).collect::<String>())),
        6 => Some(format!("#{hex}")),
        // Tk's 12- and 9-digit forms keep their top two digits a channel
        9 | 12 => {
            let per = hex.len() / 3;
            Some(format!("#{}{}{}", &hex[0..2], &hex[per..per + 2], &hex[2 * per..2 * per + 2]))
        }
        _ => None,
    }
}

/// The parts of a dialog under construction.
struct Parts {
    shared: Rc<Shared>,
    dialog: HtmlElement,
    body: HtmlElement,
    buttons: HtmlElement,
    listeners: Vec<Listener>,
    /// Alt+letter: the buttons by their underlined letter.
    mnemonics: Rc<RefCell<Vec<(String, HtmlElement)>>>,
}

impl Parts {
    /// A button in the bottom row that gives `answer` when pressed.
    fn answer_button(&mut self, name: &str, default: bool, answer: TkAnswer) -> Result<HtmlElement, JsValue> {
        let b = tk_button(name, button_label(name), default)?;
        let shared = self.shared.clone();
        let mut answer = Some(answer);
        self.listeners.push(Listener::new(&b, "click", move |_| {
            if let Some(a) = answer.take() {
                shared.finish(a);
            }
        })?);
        self.add_button(&b)?;
        Ok(b)
    }

    fn add_button(&mut self, b: &HtmlElement) -> Result<(), JsValue> {
        self.buttons.append_child(b)?;
        if let Some(c) = b.text_content().and_then(|t| t.chars().next()) {
            self.mnemonics.borrow_mut().push((c.to_lowercase().collect(), b.clone()));
        }
        Ok(())
    }

    /// Enter in `input` presses `button`.
    fn enter_presses(&mut self, input: &HtmlElement, button: &HtmlElement) -> Result<(), JsValue> {
        let button = button.clone();
        self.listeners.push(Listener::new(input, "keydown", move |e| {
            let Some(k) = e.dyn_ref::<KeyboardEvent>() else { return };
            if k.key() == "Enter" && !k.alt_key() && !k.ctrl_key() && !k.meta_key() && !k.is_composing() {
                e.prevent_default();
                if !button.has_attribute("disabled") {
                    button.click();
                }
            }
        })?);
        Ok(())
    }
}

impl TkDialog {
    /// Shows the dialog for `query` over `host` (the Preview element). `answer` is called once, with the user's
    /// answer (button name / string or None for Cancel / picked files / colour or None). Not for
    /// Layout/Measure/Metrics (an error).
    pub fn show(host: &Element, query: &TkQuery, answer: impl FnOnce(TkAnswer) + 'static) -> Result<TkDialog, JsValue> {
        let cancel = cancel_answer(query).ok_or_else(|| JsValue::from_str("TkDialog: not a dialog query"))?;
        let doc = dom::document();
        let role = if matches!(query, TkQuery::Message { .. }) { "alertdialog" } else { "dialog" };
        let overlay = el("div", "tk-modal", &[])?;
        let name = accessible_name(query);
        let dialog = el("div", "tk-dialog", &[("role", role), ("aria-modal", "true"), ("aria-label", &name)])?;
        let shared = Rc::new(Shared {
            answer: RefCell::new(Some(Box::new(answer))),
            host: host.clone(),
            overlay: overlay.clone(),
            inert: RefCell::new(Vec::new()),
            focus_back: RefCell::new(doc.active_element().and_then(|e| e.dyn_into::<HtmlElement>().ok())),
            closed: Cell::new(false),
        });

        // Title bar, as a window manager draws one: the title and a close button.
        let bar = el("div", "tk-dialog-title", &[])?;
        let title = text_el("span", "tk-dialog-title-text", &shown_title(query))?;
        let close = el("button", "tk-dialog-close", &[("type", "button"), ("aria-label", "Close"), ("title", "Close")])?;
        close.set_text_content(Some("\u{2715}"));
        append(&bar, &[&title, &close])?;
        let body = el("div", "tk-dialog-body", &[])?;
        let buttons = el("div", "tk-dialog-buttons", &[])?;
        append(&dialog, &[&bar, &body, &buttons])?;
        overlay.append_child(&dialog)?;

        let mut p = Parts {
            shared: shared.clone(),
            dialog: dialog.clone(),
            body,
            buttons,
            listeners: Vec::new(),
            mnemonics: Rc::new(RefCell::new(Vec::new())),
        };
        {
            let shared = shared.clone();
            let cancel = cancel.clone();
            p.listeners.push(Listener::new(&close, "click", move |_| shared.finish(cancel.clone()))?);
        }
        let focus = match query {
            TkQuery::Message { icon: kind, ty, message, detail, default, .. } => {
                build_message(&mut p, kind, ty, message, detail, default)?
            }
            TkQuery::Askstring { prompt, initial, kind, show, .. } => build_askstring(&mut p, prompt, initial, kind, show)?,
            TkQuery::Open { filetypes, multiple, directory, initialdir, .. } => {
                build_open(&mut p, filetypes, *multiple, *directory, initialdir)?
            }
            TkQuery::Save { initialfile, defaultextension, .. } => build_save(&mut p, initialfile, defaultextension)?,
            TkQuery::Color { initial, .. } => build_color(&mut p, initial.as_deref())?,
            TkQuery::Layout {} | TkQuery::Measure { .. } | TkQuery::Metrics { .. } => unreachable!("checked above"),
        };
        wire_overlay(&mut p, host, cancel)?;

        // Up: over the host's visible area, the host's own children asleep, the focus inside.
        place(&overlay, host);
        set_modal_count(host, modal_count(host) + 1);
        host.append_child(&overlay)?;
        let children = host.child_nodes();
        for i in 0..children.length() {
            let Some(c) = children.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
            if !c.is_same_node(Some(&overlay)) && !c.has_attribute("inert") {
                c.set_attribute("inert", "")?;
                shared.inert.borrow_mut().push(c);
            }
        }
        let _ = focus.focus();
        if let Some(input) = focus.dyn_ref::<HtmlInputElement>() {
            if input.type_() != "color" {
                input.select();
            }
        }
        Ok(TkDialog { shared, listeners: p.listeners })
    }
}

/// Sets the overlay over the host's visible area (the host may be scrolled).
fn place(overlay: &HtmlElement, host: &Element) {
    let style = overlay.style();
    let _ = style.set_property("top", &format!("{}px", host.scroll_top()));
    let _ = style.set_property("left", &format!("{}px", host.scroll_left()));
}

/// The listeners of the whole overlay: keys (Escape, Tab kept inside, Alt+letter), wheel and clicks outside the
/// dialog, events kept from the host, the host's scrolling.
fn wire_overlay(p: &mut Parts, host: &Element, cancel: TkAnswer) -> Result<(), JsValue> {
    let overlay = p.shared.overlay.clone();
    {
        let shared = p.shared.clone();
        let overlay = overlay.clone();
        let mnemonics = p.mnemonics.clone();
        p.listeners.push(Listener::new(&overlay.clone(), "keydown", move |e| {
            let Some(k) = e.dyn_ref::<KeyboardEvent>() else { return };
            if k.ctrl_key() || k.meta_key() {
                return; // the panel's shortcuts
            }
            e.stop_propagation();
            if k.is_composing() {
                return;
            }
            match k.key().as_str() {
                "Escape" => {
                    e.prevent_default();
                    shared.finish(cancel.clone());
                }
                "Tab" => {
                    let items = focusables(&overlay);
                    let (Some(first), Some(last)) = (items.first(), items.last()) else { return };
                    let active = dom::document().active_element();
                    let inside = active.as_ref().is_some_and(|a| overlay.contains(Some(a)));
                    let at = |x: &HtmlElement| active.as_ref().is_some_and(|a| a.is_same_node(Some(x)));
                    if k.shift_key() && (at(first) || !inside) {
                        e.prevent_default();
                        let _ = last.focus();
                    } else if !k.shift_key() && (at(last) || !inside) {
                        e.prevent_default();
                        let _ = first.focus();
                    }
                }
                key if k.alt_key() && key.chars().count() == 1 => {
                    let key = key.to_lowercase();
                    let hit = mnemonics.borrow().iter().find(|(c, b)| *c == key && !b.has_attribute("disabled")).map(|(_, b)| b.clone());
                    if let Some(b) = hit {
                        e.prevent_default();
                        let _ = b.focus();
                        b.click();
                    }
                }
                _ => {}
            }
        })?);
    }
    for kind in CONTAINED {
        p.listeners.push(Listener::new(&overlay, kind, move |e| {
            let modified = e.dyn_ref::<KeyboardEvent>().is_some_and(|k| k.ctrl_key() || k.meta_key());
            if !modified {
                e.stop_propagation();
            }
        })?);
    }
    {
        // A press outside the dialog keeps the focus where it is (Tk's grab: the click goes nowhere).
        let overlay2 = overlay.clone();
        p.listeners.push(Listener::new(&overlay, "mousedown", move |e| {
            if e.target().and_then(|t| t.dyn_into::<Element>().ok()).is_some_and(|t| t.is_same_node(Some(&overlay2))) {
                e.prevent_default();
            }
        })?);
    }
    {
        // The host does not scroll under the dialog; a long dialog body does.
        let body = p.body.clone();
        p.listeners.push(Listener::new(&overlay, "wheel", move |e| {
            e.stop_propagation();
            let in_body = e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()).is_some_and(|t| body.contains(Some(&t)));
            if !(in_body && body.scroll_height() > body.client_height()) {
                e.prevent_default();
            }
        })?);
    }
    {
        let overlay = overlay.clone();
        let h = host.clone();
        p.listeners.push(Listener::new(host, "scroll", move |_| place(&overlay, &h))?);
    }
    Ok(())
}

/// The dialog's focusable controls, in order.
fn focusables(overlay: &HtmlElement) -> Vec<HtmlElement> {
    let Ok(list) = overlay.query_selector_all("button:not([disabled]), input:not([disabled]):not([hidden]), select:not([disabled])")
    else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .collect()
}

/// A message box: icon, message (Tk's caption font) and detail, the type's buttons. Returns the default button.
fn build_message(p: &mut Parts, kind: &str, ty: &str, message: &str, detail: &str, default: &str) -> Result<HtmlElement, JsValue> {
    p.dialog.class_list().add_1("tk-messagebox")?;
    let top = el("div", "tk-msg-top", &[])?;
    let text = el("div", "tk-msg-text", &[])?;
    let msg_id = fresh_id("msg");
    let msg = text_el("p", "tk-msg", message)?;
    msg.set_id(&msg_id);
    text.append_child(&msg)?;
    let mut described = msg_id;
    if !detail.is_empty() {
        let id = fresh_id("detail");
        let d = text_el("p", "tk-detail", detail)?;
        d.set_id(&id);
        text.append_child(&d)?;
        described = format!("{described} {id}");
    }
    p.dialog.set_attribute("aria-describedby", &described)?;
    let picture = icon(kind)?;
    top.append_child(&picture)?;
    top.append_child(&text)?;
    p.body.append_child(&top)?;
    let (names, _) = message_buttons(ty);
    let default = if names.contains(&default) { default } else { names[0] };
    let mut focus = None;
    for name in names {
        let b = p.answer_button(name, *name == default, TkAnswer::Button { button: name.to_string() })?;
        if *name == default {
            focus = Some(b);
        }
    }
    focus.ok_or_else(|| JsValue::from_str("no default button"))
}

/// `askstring` / `askinteger` / `askfloat`: the prompt, an entry with the initial text, OK (default) and Cancel.
/// Returns the entry.
fn build_askstring(p: &mut Parts, prompt: &str, initial: &str, kind: &str, show: &str) -> Result<HtmlElement, JsValue> {
    p.dialog.class_list().add_1("tk-query")?;
    let id = fresh_id("entry");
    let label = text_el("label", "tk-prompt", prompt)?;
    label.set_attribute("for", &id)?;
    let ty = if show.is_empty() { "text" } else { "password" };
    let input: HtmlInputElement =
        el("input", "tk-entry", &[("type", ty), ("id", &id), ("autocomplete", "off"), ("spellcheck", "false")])?.dyn_into()?;
    match kind {
        "integer" => input.set_attribute("inputmode", "numeric")?,
        "float" => input.set_attribute("inputmode", "decimal")?,
        _ => {}
    }
    if prompt.is_empty() {
        input.set_attribute("aria-label", &accessible_name_of(&p.dialog))?;
    }
    input.set_value(initial);
    append(&p.body, &[&label, &input])?;
    let ok = tk_button("ok", "OK", true)?;
    {
        let shared = p.shared.clone();
        let input = input.clone();
        p.listeners.push(Listener::new(&ok, "click", move |_| shared.finish(TkAnswer::Text { text: Some(input.value()) }))?);
    }
    p.add_button(&ok)?;
    p.answer_button("cancel", false, TkAnswer::Text { text: None })?;
    let input: HtmlElement = input.unchecked_into();
    p.enter_presses(&input, &ok)?;
    Ok(input)
}

fn accessible_name_of(e: &Element) -> String {
    e.get_attribute("aria-label").unwrap_or_default()
}

/// The colour chooser: the browser's colour input and Tk's "Selection:" entry kept in step, OK (default) and
/// Cancel. Returns OK.
fn build_color(p: &mut Parts, initial: Option<&str>) -> Result<HtmlElement, JsValue> {
    p.dialog.class_list().add_1("tk-colordialog")?;
    // Tk's default is the parent's background; a Tk window's is #d9d9d9.
    let start = initial.and_then(normal_color).unwrap_or_else(|| "#d9d9d9".to_string());
    let row = el("div", "tk-row", &[])?;
    let swatch: HtmlInputElement = el("input", "tk-swatch", &[("type", "color"), ("aria-label", "Color")])?.dyn_into()?;
    swatch.set_value(&start);
    let id = fresh_id("selection");
    let label = text_el("label", "", "Selection:")?;
    label.set_attribute("for", &id)?;
    let entry: HtmlInputElement = el("input", "tk-entry tk-hex", &[("type", "text"), ("id", &id), ("autocomplete", "off"),
        ("spellcheck", "false"), ("maxlength", "13")])?.dyn_into()?;
    entry.set_value(&start);
    append(&row, &[&swatch, &label, &entry])?;
    p.body.append_child(&row)?;
    {
        let entry = entry.clone();
        let s = swatch.clone();
        p.listeners.push(Listener::new(&swatch, "input", move |_| entry.set_value(&s.value()))?);
    }
    {
        let swatch = swatch.clone();
        let e = entry.clone();
        p.listeners.push(Listener::new(&entry, "input", move |_| {
            if let Some(c) = normal_color(&e.value()) {
                swatch.set_value(&c);
            }
        })?);
    }
    let ok = tk_button("ok", "OK", true)?;
    {
        let shared = p.shared.clone();
        let swatch = swatch.clone();
        let entry = entry.clone();
        p.listeners.push(Listener::new(&ok, "click", move |_| {
            // A colour typed in the entry wins if it is one; otherwise the picker's.
            let color = normal_color(&entry.value()).or_else(|| normal_color(&swatch.value()));
            shared.finish(TkAnswer::Color { color });
        })?);
    }
    p.add_button(&ok)?;
    p.answer_button("cancel", false, TkAnswer::Color { color: None })?;
    let entry: HtmlElement = entry.unchecked_into();
    p.enter_presses(&entry, &ok)?;
    Ok(ok)
}
