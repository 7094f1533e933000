//! What the user does in a Tk window, turned into the shim's events (`_wire.EVENTS`): pointer and key events with
//! Tk's coordinates, keysyms and modifier masks, and the widget actions (invoke, edit, select, scroll, menus).
//! The DOM is only read here; what changes on screen comes back from Python as ops, except text typed into
//! entries and texts, which the scene takes at once so the next edit is measured against it.

use super::{menus, TkView};
use crate::tk::ops::{Id, Key, Kind, Pointer, TkEvent};
use serde_json::Value;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement, HtmlInputElement, HtmlTextAreaElement, KeyboardEvent, PointerEvent};

pub const EVENTS: [&str; 12] = [
    "pointerdown", "pointerup", "pointermove", "pointerover", "pointerout", "wheel", "keydown", "keyup", "focusin", "focusout", "input",
    "contextmenu",
];

#[derive(Default)]
pub struct InputState {
    pub pointer: (i32, i32),
    /// The widget a button went down in (it gets the motion and the release, as Tk's implicit grab).
    press: Option<(Id, i64, Option<Id>)>,
    /// A drag of a scrollbar's thumb (start fraction, start pointer, trough length) or a scale's slider.
    drag: Option<(Id, &'static str, f64, f64, f64)>,
    last_move: f64,
    hover: Option<Id>,
    open_menus: Vec<HtmlElement>,
    /// Where the keyboard was before a menu opened; it goes back there when the menus close.
    return_focus: Option<HtmlElement>,
}

fn closest(e: &Event, sel: &str) -> Option<Element> {
    e.target()?.dyn_into::<Element>().ok()?.closest(sel).ok().flatten()
}

fn attr_id(e: &Element, name: &str) -> Option<Id> {
    e.get_attribute(name)?.parse().ok()
}

fn modifiers(shift: bool, ctrl: bool, alt: bool, buttons: u16) -> i64 {
    let mut s = 0;
    if shift {
        s |= 1;
    }
    if ctrl {
        s |= 4;
    }
    if alt {
        s |= 8;
    }
    for (bit, mask) in [(1u16, 256i64), (4, 512), (2, 1024)] {
        if buttons & bit != 0 {
            s |= mask;
        }
    }
    s
}

/// The X keysym of a DOM key.
pub fn keysym(key: &str, code: &str) -> String {
    let named = match key {
        "Enter" => "Return",
        "Backspace" => "BackSpace",
        "ArrowLeft" => "Left",
        "ArrowRight" => "Right",
        "ArrowUp" => "Up",
        "ArrowDown" => "Down",
        " " => "space",
        "Shift" => if code.ends_with("Right") { "Shift_R" } else { "Shift_L" },
        "Control" => if code.ends_with("Right") { "Control_R" } else { "Control_L" },
        "Alt" => if code.ends_with("Right") { "Alt_R" } else { "Alt_L" },
        "Meta" => "Meta_L",
        "CapsLock" => "Caps_Lock",
        "PageUp" => "Prior",
        "PageDown" => "Next",
        "Escape" | "Tab" | "Delete" | "Home" | "End" | "Insert" => key,
        "!" => "exclam", "\"" => "quotedbl", "#" => "numbersign", "$" => "dollar", "%" => "percent",
        "&" => "ampersand", "'" => "apostrophe", "(" => "parenleft", ")" => "parenright", "*" => "asterisk",
        "+" => "plus", "," => "comma", "-" => "minus", "." => "period", "/" => "slash", ":" => "colon",
        ";" => "semicolon", "<" => "less", "=" => "equal", ">" => "greater", "?" => "question", "@" => "at",
        "[" => "bracketleft", "\\" => "backslash", "]" => "bracketright", "^" => "asciicircum", "_" => "underscore",
        "`" => "grave", "{" => "braceleft", "|" => "bar", "}" => "braceright", "~" => "asciitilde",
        _ => "",
    };
    if !named.is_empty() {
        return named.to_string();
    }
    key.to_string()
}

fn key_char(key: &str) -> String {
    match key {
        "Enter" => "\r".into(),
        "Tab" => "\t".into(),
        "Backspace" => "\u{8}".into(),
        "Escape" => "\u{1b}".into(),
        "Delete" => "\u{7f}".into(),
        k if k.chars().count() == 1 => k.to_string(),
        _ => String::new(),
    }
}

/// Widgets whose text the user edits in place (their caret is Tk's insert mark).
fn editable(k: Kind) -> bool {
    matches!(k, Kind::Entry | Kind::TEntry | Kind::Spinbox | Kind::TSpinbox | Kind::TCombobox | Kind::Text)
}

fn button_like(k: Kind) -> bool {
    matches!(k, Kind::Button | Kind::TButton | Kind::Checkbutton | Kind::Radiobutton | Kind::TCheckbutton | Kind::TRadiobutton)
}

impl TkView {
    fn widget_at(&self, e: &Event) -> Option<Id> {
        closest(e, "[data-tk]").and_then(|el| attr_id(&el, "data-tk"))
    }

    fn pointer(&self, id: Id, p: &web_sys::MouseEvent, item: Option<Id>) -> Pointer {
        let (mut x, mut y) = (0, 0);
        if let Some(el) = self.els.get(&id) {
            let r = el.outer.get_bounding_client_rect();
            x = (f64::from(p.client_x()) - r.left()).floor() as i64;
            y = (f64::from(p.client_y()) - r.top()).floor() as i64;
        }
        let me = self.root.get_bounding_client_rect();
        let rx = (f64::from(p.client_x()) - me.left() + f64::from(self.root.scroll_left())) as i64;
        let ry = (f64::from(p.client_y()) - me.top() + f64::from(self.root.scroll_top())) as i64;
        let (vx, vy) = self.scene.get(id).filter(|w| w.kind == Kind::Canvas).map_or((0.0, 0.0), |w| w.view);
        let _ = (vx, vy);
        Pointer {
            widget: id,
            x,
            y,
            x_root: rx,
            y_root: ry,
            state: modifiers(p.shift_key(), p.ctrl_key(), p.alt_key(), p.buttons()),
            time: p.time_stamp() as i64,
            item,
        }
    }

    pub(super) fn close_menus(&mut self) {
        let had = !self.input.open_menus.is_empty();
        for m in self.input.open_menus.drain(..) {
            m.remove();
        }
        if let Some(f) = self.input.return_focus.take().filter(|_| had) {
            if f.is_connected() {
                let _ = f.focus();
            }
        }
    }

    /// Remembers where the keyboard is before the first menu opens.
    fn keep_focus(&mut self) {
        if self.input.open_menus.is_empty() {
            self.input.return_focus = super::super::dom::document()
                .active_element()
                .and_then(|a| a.dyn_into::<HtmlElement>().ok())
                .filter(|a| self.root.contains(Some(a)));
        }
    }

    /// Opens `menu` as a drop-down below (or beside) `anchor`.
    fn open_menu(&mut self, menu: Id, anchor: &Element, beside: bool, keep: usize) {
        self.keep_focus();
        for m in self.input.open_menus.drain(keep.min(self.input.open_menus.len())..) {
            m.remove();
        }
        let r = anchor.get_bounding_client_rect();
        let me = self.root.get_bounding_client_rect();
        let (x, y) = if beside { (r.right(), r.top()) } else { (r.left(), r.bottom()) };
        let (x, y) = (x - me.left() + f64::from(self.root.scroll_left()), y - me.top() + f64::from(self.root.scroll_top()));
        if let Ok(Some(d)) = menus::dropdown(&self.layer, &self.scene, menu, x, y) {
            if let Some(first) = d.query_selector("button:not([disabled])").ok().flatten().and_then(|b| b.dyn_into::<HtmlElement>().ok()) {
                let _ = first.focus();
            }
            self.input.open_menus.push(d);
        }
    }

    /// Takes a user's change into the scene at once and redraws the widget, so that the next key or click
    /// builds on it before Python's own update comes back.
    fn local_state(&mut self, id: Id, key: &str, value: Value) {
        let Some(w) = self.scene.widgets.get_mut(&id) else { return };
        w.state.0.insert(key.to_string(), value.clone());
        // The shim echoes a scale's value and a panedwindow's sashes back as state (not a list's selection).
        if matches!(key, "value" | "sashes") {
            let queue = self.echoes.entry((id, key.to_string())).or_default();
            queue.push_back(value);
            if queue.len() > 64 {
                queue.pop_front();
            }
        }
        let focus = self.scene.focus;
        if let (Some(w), Some(el)) = (self.scene.get(id), self.els.get(&id)) {
            let _ = super::widgets::update(el, w, &self.scene, &self.m, focus == Some(id));
        }
    }

    /// `tk_popup`/`post`: the menu at a point of the virtual screen (the view's coordinates).
    pub fn post_menu(&mut self, menu: Id, x: f64, y: f64) {
        self.close_menus();
        self.keep_focus();
        if let Ok(Some(d)) = menus::dropdown(&self.layer, &self.scene, menu, x, y) {
            self.input.open_menus.push(d);
        }
    }
}

pub fn handle(v: &mut TkView, e: &Event) -> Vec<TkEvent> {
    let mut out = Vec::new();
    let kind = e.type_();
    // The right button belongs to the program (Button-3 bindings, tk_popup), not to the browser's menu.
    if kind == "contextmenu" {
        e.prevent_default();
        return out;
    }
    // Menus first: entries, cascades, the menu bar.
    if kind == "pointerdown" || kind == "keydown" {
        if let Some(item) = closest(e, ".tk-menu-item, .tk-menubar-item") {
            if kind == "pointerdown" {
                e.prevent_default();
                menu_item(v, &item, &mut out);
                return out;
            }
            let Some(k) = e.dyn_ref::<KeyboardEvent>() else { return out };
            match k.key().as_str() {
                "Enter" | " " => {
                    e.prevent_default();
                    menu_item(v, &item, &mut out);
                }
                "Escape" => v.close_menus(),
                key if key.chars().count() == 1 => {
                    // An entry's underlined letter invokes it.
                    let letter = key.to_lowercase();
                    let sel = format!(".tk-menu-item[data-mnemonic=\"{}\"]", letter.replace(['"', '\\'], ""));
                    if let Some(hit) = item.parent_element().and_then(|m| m.query_selector(&sel).ok().flatten()) {
                        e.prevent_default();
                        menu_item(v, &hit, &mut out);
                    }
                }
                "ArrowDown" | "ArrowUp" => {
                    e.prevent_default();
                    let next = if k.key() == "ArrowDown" { item.next_element_sibling() } else { item.previous_element_sibling() };
                    if let Some(n) = next.and_then(|n| n.dyn_into::<HtmlElement>().ok()) {
                        let _ = n.focus();
                    }
                }
                _ => {}
            }
            return out;
        }
        if kind == "pointerdown" && closest(e, ".tk-menu").is_none() {
            v.close_menus();
        }
    }
    if kind == "pointerdown" {
        if let Some(c) = closest(e, "[data-close]") {
            if let Some(w) = attr_id(&c, "data-close") {
                out.push(TkEvent::Close { widget: w });
            }
            return out;
        }
    }
    let Some(id) = v.widget_at(e) else { return out };
    let Some(wkind) = v.scene.get(id).map(|w| w.kind) else { return out };
    let listening = v.scene.listen.clone();
    let listen = |name: &str| listening.contains(name);
    match kind.as_str() {
        "pointerdown" => {
            let Some(p) = e.dyn_ref::<PointerEvent>() else { return out };
            let item = closest(e, "[data-item]").and_then(|i| attr_id(&i, "data-item")).filter(|_| wkind == Kind::Canvas);
            // DOM buttons 0, 1, 2 are left, middle, right: Tk's 1, 2, 3.
            let num = i64::from(p.button()) + 1;
            let ptr = v.pointer(id, p, item);
            v.input.pointer = (ptr.x_root as i32, ptr.y_root as i32);
            v.input.press = Some((id, num, item));
            if let Some(el) = v.els.get(&id) {
                let _ = el.outer.set_pointer_capture(p.pointer_id());
            }
            // Clicking where nothing takes the focus gives it to the window, so its key bindings work.
            let focusable = closest(e, "input, textarea, button, [tabindex]").is_some();
            if !focusable {
                if let Some(win) = closest(e, ".tk-window > .tk-w").and_then(|w| w.dyn_into::<HtmlElement>().ok()) {
                    let _ = win.focus();
                    e.prevent_default();
                }
            }
            out.push(TkEvent::ButtonPress { p: ptr, num });
            widget_press(v, id, wkind, e, p, &mut out);
        }
        "pointermove" => {
            let Some(p) = e.dyn_ref::<PointerEvent>() else { return out };
            let now = p.time_stamp();
            let target = v.input.press.map_or(id, |(w, _, _)| w);
            if let Some((w, part, start, from, len)) = v.input.drag {
                if part == "sash" {
                    sash_drag(v, w, start as usize, from, p, &mut out);
                } else {
                    drag(v, w, part, start, from, len, p, &mut out);
                }
            }
            if listen("Motion") && now - v.input.last_move >= 8.0 {
                v.input.last_move = now;
                let item = closest(e, "[data-item]").and_then(|i| attr_id(&i, "data-item"));
                let ptr = v.pointer(target, p, item);
                v.input.pointer = (ptr.x_root as i32, ptr.y_root as i32);
                out.push(TkEvent::Motion { p: ptr });
            }
        }
        "pointerup" => {
            let Some(p) = e.dyn_ref::<PointerEvent>() else { return out };
            let Some((pressed, num, item)) = v.input.press.take() else { return out };
            v.input.drag = None;
            let ptr = v.pointer(pressed, p, item);
            out.push(TkEvent::ButtonRelease { p: ptr, num });
            // With pointer capture the target is always the pressed widget: test the point instead (a button
            // released outside itself does nothing, as in Tk).
            let over = v.els.get(&pressed).is_some_and(|el| {
                let r = el.outer.get_bounding_client_rect();
                let (x, y) = (f64::from(p.client_x()), f64::from(p.client_y()));
                x >= r.left() && x < r.right() && y >= r.top() && y < r.bottom()
            });
            let enabled = v.scene.get(pressed).is_some_and(|w| w.opts.str("state") != Some("disabled") && !w.opts.strs("states").iter().any(|s| s == "disabled"));
            let pk = v.scene.get(pressed).map(|w| w.kind);
            if over && num == 1 && enabled && pk.is_some_and(button_like) {
                out.push(TkEvent::Invoke { widget: pressed });
            }
            if pk.is_some_and(editable) {
                cursor(v, pressed, &mut out);
            }
        }
        "pointerover" | "pointerout" => {
            let Some(p) = e.dyn_ref::<PointerEvent>() else { return out };
            if kind == "pointerover" && v.input.hover != Some(id) {
                if let Some(old) = v.input.hover.replace(id) {
                    if listen("Leave") && v.scene.get(old).is_some() {
                        out.push(TkEvent::Leave { p: v.pointer(old, p, None) });
                    }
                }
                if listen("Enter") {
                    out.push(TkEvent::Enter { p: v.pointer(id, p, None) });
                }
            }
        }
        "wheel" => {
            let Some(w) = e.dyn_ref::<web_sys::WheelEvent>() else { return out };
            if listen("MouseWheel") {
                let delta = if w.delta_y() < 0.0 { 120 } else { -120 };
                out.push(TkEvent::MouseWheel { p: v.pointer(id, w, None), delta });
            }
        }
        "keydown" | "keyup" => {
            let Some(k) = e.dyn_ref::<KeyboardEvent>() else { return out };
            if k.key() == "Escape" && !v.input.open_menus.is_empty() {
                v.close_menus();
                return out;
            }
            // The menu bar from the keyboard, as Tk on X11: F10 opens the first menu, Alt with an entry's
            // underlined letter opens that one.
            if kind == "keydown" && (k.key() == "F10" || (k.alt_key() && k.key().chars().count() == 1)) && menu_key(v, e, k) {
                e.prevent_default();
                return out;
            }
            let key = Key {
                widget: id,
                keysym: keysym(&k.key(), &k.code()),
                keycode: i64::from(k.key_code()),
                char: key_char(&k.key()),
                state: modifiers(k.shift_key(), k.ctrl_key(), k.alt_key(), 0),
                time: k.time_stamp() as i64,
            };
            if kind == "keydown" {
                let space = k.key() == " ";
                out.push(TkEvent::KeyPress { k: key });
                if space && button_like(wkind) {
                    e.prevent_default();
                    out.push(TkEvent::Invoke { widget: id });
                }
                widget_key(v, id, wkind, k, &mut out);
            } else {
                if listen("KeyRelease") {
                    out.push(TkEvent::KeyRelease { k: key });
                }
                // Moving the caret (arrows, Home, End, Shift-selection) moves Tk's insert mark.
                if editable(wkind) && !matches!(k.key().as_str(), "Shift" | "Control" | "Alt" | "Meta") {
                    cursor(v, id, &mut out);
                }
            }
        }
        "focusin" => out.push(TkEvent::FocusIn { widget: id }),
        "focusout" => out.push(TkEvent::FocusOut { widget: id }),
        "input" => edit(v, id, wkind, &mut out),
        "scroll" => {
            if let Some(t) = e.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
                super::text::sync_scroll(&t);
            }
            out.extend(super::views::report(v));
        }
        _ => {}
    }
    out
}

/// Opens the menu bar's cascade that F10 or Alt+letter names; true when one opened.
fn menu_key(v: &mut TkView, e: &Event, k: &KeyboardEvent) -> bool {
    let Some(frame) = closest(e, ".tk-window") else { return false };
    let Ok(items) = frame.query_selector_all(".tk-menubar-item[data-cascade]") else { return false };
    let letter = k.key().to_lowercase();
    for i in 0..items.length() {
        let Some(item) = items.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        let hit = k.key() == "F10" || item.get_attribute("data-mnemonic").is_some_and(|m| m == letter);
        if hit {
            v.close_menus();
            if let Some(sub) = attr_id(&item, "data-cascade") {
                v.open_menu(sub, &item, false, 0);
                return true;
            }
        }
    }
    false
}

fn menu_item(v: &mut TkView, item: &Element, out: &mut Vec<TkEvent>) {
    let (Some(menu), Some(index)) = (attr_id(item, "data-menu"), item.get_attribute("data-index").and_then(|i| i.parse::<i64>().ok())) else { return };
    if item.has_attribute("disabled") {
        return;
    }
    if let Some(sub) = attr_id(item, "data-cascade") {
        let in_bar = item.class_list().contains("tk-menubar-item");
        let depth = if in_bar {
            v.close_menus();
            0
        } else {
            v.input.open_menus.iter().position(|m| m.contains(Some(item))).map_or(0, |i| i + 1)
        };
        v.open_menu(sub, item, !in_bar, depth);
        return;
    }
    v.close_menus();
    // A combobox's drop-down list reports the chosen value's index on the combobox itself.
    out.push(TkEvent::Menu { widget: menu, index });
}

fn widget_press(v: &mut TkView, id: Id, kind: Kind, e: &Event, p: &PointerEvent, out: &mut Vec<TkEvent>) {
    match kind {
        Kind::Listbox => {
            if let Some(row) = closest(e, ".tk-option") {
                let Some(i) = row.get_attribute("data-index").and_then(|i| i.parse::<i64>().ok()) else { return };
                let Some(w) = v.scene.get(id) else { return };
                let mode = w.opts.str("selectmode").unwrap_or("browse");
                let mut sel: Vec<i64> = w.state.get("selection").and_then(Value::as_array).map(|a| a.iter().filter_map(Value::as_i64).collect()).unwrap_or_default();
                match mode {
                    "multiple" => {
                        if let Some(pos) = sel.iter().position(|&s| s == i) {
                            sel.remove(pos);
                        } else {
                            sel.push(i);
                        }
                    }
                    "extended" if p.ctrl_key() => {
                        if let Some(pos) = sel.iter().position(|&s| s == i) {
                            sel.remove(pos);
                        } else {
                            sel.push(i);
                        }
                    }
                    _ => sel = vec![i],
                }
                sel.sort_unstable();
                v.local_state(id, "selection", Value::from(sel.clone()));
                v.local_state(id, "active", Value::from(i));
                out.push(TkEvent::ListSelect { widget: id, selection: sel, active: i });
            }
        }
        Kind::Scrollbar | Kind::TScrollbar => {
            let Some(part) = closest(e, "[data-part]").and_then(|p| p.get_attribute("data-part")) else { return };
            let scroll = |amount, unit: &str| TkEvent::Scrollbar { widget: id, action: "scroll".into(), fraction: 0.0, amount, unit: unit.into() };
            let vertical = v.scene.get(id).is_some_and(|w| w.opts.str("orient") != Some("horizontal"));
            match part.as_str() {
                "up" => out.push(scroll(-1, "units")),
                "down" => out.push(scroll(1, "units")),
                "thumb" | "trough" => {
                    let Some(trough) = v.els.get(&id).and_then(|el| el.face.query_selector("[data-part=trough]").ok().flatten()) else { return };
                    let r = trough.get_bounding_client_rect();
                    let (at, len, start) = if vertical { (f64::from(p.client_y()), r.height(), r.top()) } else { (f64::from(p.client_x()), r.width(), r.left()) };
                    let first = v.scene.get(id).and_then(|w| w.state.num("first")).unwrap_or(0.0);
                    let last = v.scene.get(id).and_then(|w| w.state.num("last")).unwrap_or(1.0);
                    if part == "thumb" {
                        v.input.drag = Some((id, "thumb", first, at, len.max(1.0)));
                    } else {
                        let f = (at - start) / len.max(1.0);
                        out.push(scroll(if f < first { -1 } else if f > last { 1 } else { 0 }, "pages"));
                    }
                }
                _ => {}
            }
        }
        Kind::Scale | Kind::TScale => {
            let Some(trough) = v.els.get(&id).and_then(|el| el.face.query_selector("[data-part=trough]").ok().flatten()) else { return };
            let r = trough.get_bounding_client_rect();
            let vertical = trough.parent_element().is_some_and(|b| b.class_list().contains("tk-vertical"));
            let (start, len) = if vertical { (r.top(), r.height()) } else { (r.left(), r.width()) };
            v.input.drag = Some((id, "slider", 0.0, start, len.max(1.0)));
            drag(v, id, "slider", 0.0, start, len.max(1.0), p, out);
        }
        Kind::Spinbox | Kind::TSpinbox | Kind::TCombobox => {
            if let Some(arrow) = closest(e, "[data-arrow]") {
                e.prevent_default();
                match arrow.get_attribute("data-arrow").as_deref() {
                    Some("up") => out.push(TkEvent::Spin { widget: id, direction: "up".into() }),
                    Some("down") => out.push(TkEvent::Spin { widget: id, direction: "down".into() }),
                    _ => combobox_values(v, id),
                }
            }
        }
        Kind::Menubutton | Kind::TMenubutton => {
            if let (Some(menu), Some(el)) = (v.scene.get(id).and_then(|w| w.opts.id("menu")), v.els.get(&id)) {
                let anchor: Element = el.outer.clone().into();
                v.close_menus();
                v.open_menu(menu, &anchor, false, 0);
            }
        }
        Kind::Panedwindow | Kind::TPanedwindow => {
            // On the panedwindow itself (not a pane): the sash nearest the pointer starts a drag.
            let Some(w) = v.scene.get(id) else { return };
            let vertical = crate::tk::arrange::is_vertical(w);
            let panes = crate::tk::arrange::pane_children(&v.scene, w);
            let Some(el) = v.els.get(&id) else { return };
            let r = el.outer.get_bounding_client_rect();
            let at = if vertical { f64::from(p.client_y()) - r.top() } else { f64::from(p.client_x()) - r.left() };
            let ends: Vec<f64> = panes.iter().filter_map(|c| v.sizes.get(c)).map(|&(x, y, wd, ht)| f64::from(if vertical { y + ht } else { x + wd })).collect();
            if let Some(i) = ends.iter().take(ends.len().saturating_sub(1)).position(|&end| at >= end - 3.0 && at <= end + 12.0) {
                v.input.drag = Some((id, "sash", i as f64, if vertical { r.top() } else { r.left() }, 0.0));
            }
        }
        Kind::TNotebook => {
            if let Some(tab) = closest(e, "[data-tab]").and_then(|t| attr_id(&t, "data-tab")) {
                out.push(TkEvent::Tab { widget: id, tab });
            }
        }
        Kind::TTreeview => {
            if let Some(h) = closest(e, "[data-column]") {
                out.push(TkEvent::TreeHeading { widget: id, column: h.get_attribute("data-column").unwrap_or_default() });
            } else if let Some(row) = closest(e, "[data-item]") {
                let item = row.get_attribute("data-item").unwrap_or_default();
                if closest(e, "[data-part=toggle]").is_some() {
                    let open = row.get_attribute("aria-expanded").as_deref() == Some("true");
                    out.push(TkEvent::TreeOpen { widget: id, item: item.clone(), open: !open });
                }
                out.push(TkEvent::TreeSelect { widget: id, selection: vec![item.clone()], focus: item });
            }
        }
        _ => {}
    }
}

/// A combobox's values as a drop-down; choosing one reports a `menu` event on the combobox.
fn combobox_values(v: &mut TkView, id: Id) {
    let Some(w) = v.scene.get(id) else { return };
    let values = w.opts.strs("values");
    let Some(el) = v.els.get(&id) else { return };
    let anchor: Element = el.outer.clone().into();
    v.close_menus();
    let r = anchor.get_bounding_client_rect();
    let me = v.root.get_bounding_client_rect();
    let Ok(d) = super::super::dom::el("div", "tk-menu tk-combo-list", &[("role", "listbox")]) else { return };
    let _ = d.style().set_property("left", &format!("{}px", r.left() - me.left() + f64::from(v.root.scroll_left())));
    let _ = d.style().set_property("top", &format!("{}px", r.bottom() - me.top() + f64::from(v.root.scroll_top())));
    let _ = d.style().set_property("min-width", &format!("{}px", r.width()));
    for (i, val) in values.iter().enumerate() {
        if let Ok(b) = super::super::dom::el("button", "tk-menu-item", &[("type", "button"), ("role", "option"), ("data-menu", &id.to_string()), ("data-index", &i.to_string())]) {
            b.set_text_content(Some(val));
            let _ = d.append_child(&b);
        }
    }
    let _ = v.layer.append_child(&d);
    v.keep_focus();
    v.input.open_menus.push(d);
}

/// Moves sash `i` of a panedwindow to the pointer: the new sash positions are taken at once and sent to Python.
fn sash_drag(v: &mut TkView, id: Id, i: usize, origin: f64, p: &PointerEvent, out: &mut Vec<TkEvent>) {
    let Some(w) = v.scene.get(id) else { return };
    let vertical = crate::tk::arrange::is_vertical(w);
    let border = f64::from(w.opts.px("borderwidth"));
    let panes = crate::tk::arrange::pane_children(&v.scene, w);
    let starts_ends: Vec<(f64, f64)> = panes
        .iter()
        .filter_map(|c| v.sizes.get(c))
        .map(|&(x, y, wd, ht)| if vertical { (f64::from(y), f64::from(y + ht)) } else { (f64::from(x), f64::from(x + wd)) })
        .collect();
    if i + 1 >= starts_ends.len() {
        return;
    }
    let at = if vertical { f64::from(p.client_y()) } else { f64::from(p.client_x()) } - origin;
    let lo = starts_ends[i].0 + 1.0;
    let hi = starts_ends[i + 1].1 - 1.0;
    let mut sashes: Vec<f64> = starts_ends.iter().take(starts_ends.len() - 1).map(|(_, end)| end - border).collect();
    sashes[i] = (at.clamp(lo, hi) - border).round();
    v.local_state(id, "sashes", Value::from(sashes.clone()));
    v.relayout = true;
    if let Ok(events) = v.refresh() {
        out.extend(events);
    }
    out.push(TkEvent::Sash { widget: id, sashes });
}

#[allow(clippy::too_many_arguments)]
fn drag(v: &mut TkView, id: Id, part: &str, start: f64, from: f64, len: f64, p: &PointerEvent, out: &mut Vec<TkEvent>) {
    let Some(w) = v.scene.get(id) else { return };
    let vertical_sb = w.opts.str("orient") != Some("horizontal");
    match part {
        "thumb" => {
            let at = if vertical_sb { f64::from(p.client_y()) } else { f64::from(p.client_x()) };
            let f = (start + (at - from) / len).clamp(0.0, 1.0);
            out.push(TkEvent::Scrollbar { widget: id, action: "moveto".into(), fraction: f, amount: 0, unit: "units".into() });
        }
        _ => {
            let ttk = w.kind == Kind::TScale;
            let vertical = w.opts.str("orient") == Some("vertical") || (!ttk && w.opts.str("orient").is_none());
            let at = if vertical { f64::from(p.client_y()) } else { f64::from(p.client_x()) };
            let (lo, hi) = (w.opts.num("from").unwrap_or(0.0), w.opts.num("to").unwrap_or(if ttk { 1.0 } else { 100.0 }));
            let f = ((at - from) / len).clamp(0.0, 1.0);
            let mut value = lo + f * (hi - lo);
            let res = w.opts.num("resolution").unwrap_or(if ttk { 0.0 } else { 1.0 });
            if res > 0.0 {
                value = (value / res).round() * res;
            }
            if w.state.num("value") != Some(value) {
                v.local_state(id, "value", Value::from(value));
                v.local_state(id, "value", Value::from(value));
            out.push(TkEvent::Scale { widget: id, value });
            }
        }
    }
}

fn widget_key(v: &mut TkView, id: Id, kind: Kind, k: &KeyboardEvent, out: &mut Vec<TkEvent>) {
    let Some(w) = v.scene.get(id) else { return };
    match (kind, k.key().as_str()) {
        (Kind::Listbox, key @ ("ArrowDown" | "ArrowUp")) => {
            let n = w.list.len() as i64;
            let active = w.state.get("active").and_then(Value::as_i64).unwrap_or(0);
            let next = (active + if key == "ArrowDown" { 1 } else { -1 }).clamp(0, (n - 1).max(0));
            if n > 0 {
                k.prevent_default();
                v.local_state(id, "selection", Value::from(vec![next]));
                v.local_state(id, "active", Value::from(next));
                out.push(TkEvent::ListSelect { widget: id, selection: vec![next], active: next });
            }
        }
        (Kind::Scale | Kind::TScale, key @ ("ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown")) => {
            let res = w.opts.num("resolution").unwrap_or(1.0).max(1e-9);
            let (lo, hi) = (w.opts.num("from").unwrap_or(0.0), w.opts.num("to").unwrap_or(100.0));
            let dir = if matches!(key, "ArrowRight" | "ArrowDown") { 1.0 } else { -1.0 } * if hi >= lo { 1.0 } else { -1.0 };
            let value = (w.state.num("value").unwrap_or(lo) + dir * res).clamp(lo.min(hi), lo.max(hi));
            k.prevent_default();
            v.local_state(id, "value", Value::from(value));
            out.push(TkEvent::Scale { widget: id, value });
        }
        (Kind::Spinbox | Kind::TSpinbox, key @ ("ArrowUp" | "ArrowDown")) => {
            k.prevent_default();
            out.push(TkEvent::Spin { widget: id, direction: if key == "ArrowUp" { "up" } else { "down" }.into() });
        }
        _ => {}
    }
}

/// The user changed an entry's or a text's content: one `edit` with the changed span, then the cursor.
fn edit(v: &mut TkView, id: Id, kind: Kind, out: &mut Vec<TkEvent>) {
    let Some(el) = v.els.get(&id) else { return };
    let Some(body) = &el.body else { return };
    let (new, is_text) = if let Some(i) = body.dyn_ref::<HtmlInputElement>() {
        (i.value(), false)
    } else if let Some(t) = body.dyn_ref::<HtmlTextAreaElement>() {
        (t.value(), true)
    } else {
        return;
    };
    let Some(w) = v.scene.widgets.get_mut(&id) else { return };
    let old = if is_text { w.text.clone() } else { w.state.string("text") };
    let (a, b): (Vec<char>, Vec<char>) = (old.chars().collect(), new.chars().collect());
    let pre = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suf = a[pre..].iter().rev().zip(b[pre..].iter().rev()).take_while(|(x, y)| x == y).count();
    let (start, end) = (pre, a.len() - suf);
    let text: String = b[pre..b.len() - suf].iter().collect();
    if is_text {
        w.text = new;
        super::text::shift_tags(w, start, end, text.chars().count());
    } else {
        w.state.0.insert("text".into(), Value::String(new));
    }
    if is_text {
        if let (Some(w), Some(el)) = (v.scene.get(id), v.els.get(&id)) {
            let _ = super::text::render(&el.face, body, w);
        }
    }
    if start != end || !text.is_empty() {
        out.push(TkEvent::Edit { widget: id, start: start as i64, end: end as i64, text });
    }
    let _ = kind;
    cursor(v, id, out);
}

fn cursor(v: &TkView, id: Id, out: &mut Vec<TkEvent>) {
    let Some(body) = v.els.get(&id).and_then(|e| e.body.clone()) else { return };
    let (pos, sel) = if let Some(i) = body.dyn_ref::<HtmlInputElement>() {
        let s = i.selection_start().ok().flatten().unwrap_or(0);
        let e = i.selection_end().ok().flatten().unwrap_or(s);
        let value = i.value();
        (utf16_to_cp(&value, s), (e > s).then(|| vec![utf16_to_cp(&value, s), utf16_to_cp(&value, e)]))
    } else if let Some(t) = body.dyn_ref::<HtmlTextAreaElement>() {
        let s = t.selection_start().ok().flatten().unwrap_or(0);
        let e = t.selection_end().ok().flatten().unwrap_or(s);
        let value = t.value();
        (utf16_to_cp(&value, e), (e > s).then(|| vec![utf16_to_cp(&value, s), utf16_to_cp(&value, e)]))
    } else {
        return;
    };
    out.push(TkEvent::Cursor { widget: id, index: pos, selection: sel });
}

/// A DOM (UTF-16) offset as a count of code points.
fn utf16_to_cp(s: &str, units: u32) -> i64 {
    let mut n = 0u32;
    let mut cps = 0i64;
    for c in s.chars() {
        if n >= units {
            break;
        }
        n += c.len_utf16() as u32;
        cps += 1;
    }
    cps
}
