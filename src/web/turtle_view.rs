//! The turtle window in the Preview: an SVG drawn from `TurtleOp`s (shown at `frame` ops only), keyboard and
//! mouse events back to Python, the `textinput`/`numinput` dialog, and saving the drawing as SVG or PNG.

use super::dom::{append, document, el, text_el, Listener};
use crate::protocol::{BridgeEvent, BridgeReply, MouseAction};
use crate::turtle::{baselines, fmt, text_anchor, Frames, Geometry, ImageFormat, Point, Slant, TurtleOp, Weight};
use std::cell::Cell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

const SVG: &str = "http://www.w3.org/2000/svg";

fn svg_el(tag: &str) -> Result<Element, JsValue> {
    document().create_element_ns(Some(SVG), tag)
}

fn set(e: &Element, pairs: &[(&str, &str)]) {
    for (k, v) in pairs {
        let _ = e.set_attribute(k, v);
    }
}

fn color(c: &Option<crate::turtle::Color>) -> &str {
    c.as_ref().map_or("none", |c| c.as_str())
}

/// What the Preview's turtle window sends to the app.
pub enum Action {
    Event(BridgeEvent),
    Reply(BridgeReply),
}

pub struct TurtleView {
    pub root: HtmlElement,
    title: HtmlElement,
    svg: Element,
    background: Element,
    bgpic: Element,
    items: Element,
    geometry: Rc<Cell<Geometry>>,
    frames: Frames,
    elements: HashMap<u64, Element>,
    lines: HashMap<u64, Vec<Point>>,
    images: HashMap<u64, (String, u32, u32)>,
    bgpic_id: Option<u64>,
    /// The program closed the window (`bye`) and has not opened a new one.
    closed: bool,
    dialog: Option<HtmlElement>,
    on: Rc<dyn Fn(Action)>,
    listeners: Vec<Listener>,
    dialog_listeners: Vec<Listener>,
}

impl TurtleView {
    pub fn new(on: impl Fn(Action) + 'static) -> Result<TurtleView, JsValue> {
        let on: Rc<dyn Fn(Action)> = Rc::new(on);
        let root = el("div", "turtle-window", &[("role", "group"), ("aria-label", "Turtle graphics"), ("tabindex", "0")])?;
        let bar = el("div", "turtle-bar", &[])?;
        let title = text_el("span", "turtle-title", "Python Turtle Graphics")?;
        let save_svg = text_el("button", "mini", "SVG")?;
        save_svg.set_attribute("aria-label", "Save as SVG")?;
        save_svg.set_attribute("title", "Save the drawing as SVG")?;
        let save_png = text_el("button", "mini", "PNG")?;
        save_png.set_attribute("aria-label", "Save as PNG")?;
        save_png.set_attribute("title", "Save the drawing as PNG")?;
        let close = text_el("button", "mini close", "✕")?;
        close.set_attribute("aria-label", "Close the turtle window")?;
        append(&bar, &[&title, &save_svg, &save_png, &close])?;
        let scroller = el("div", "turtle-scroll", &[])?;
        let svg = svg_el("svg")?;
        set(&svg, &[("role", "img"), ("aria-label", "Turtle drawing"), ("xmlns", SVG)]);
        let background = svg_el("rect")?;
        set(&background, &[("fill", "#ffffff")]);
        let bgpic = svg_el("g")?;
        let items = svg_el("g")?;
        append(&svg, &[&background, &bgpic, &items])?;
        scroller.append_child(&svg)?;
        append(&root, &[&bar, &scroller])?;
        let geometry = Rc::new(Cell::new(Geometry::default()));
        let mut view = TurtleView {
            root,
            title,
            svg,
            background,
            bgpic,
            items,
            geometry,
            frames: Frames::default(),
            elements: HashMap::new(),
            lines: HashMap::new(),
            images: HashMap::new(),
            bgpic_id: None,
            closed: false,
            dialog: None,
            on,
            listeners: Vec::new(),
            dialog_listeners: Vec::new(),
        };
        view.layout();
        view.wire(&save_svg, &save_png, &close)?;
        Ok(view)
    }

    fn wire(&mut self, save_svg: &HtmlElement, save_png: &HtmlElement, close: &HtmlElement) -> Result<(), JsValue> {
        let mut ls = Vec::new();
        for (kind, down) in [("keydown", true), ("keyup", false)] {
            let on = self.on.clone();
            ls.push(Listener::new(&self.root, kind, move |e| {
                let Some(k) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                if k.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()).is_some() {
                    return; // typing in the dialog
                }
                if k.ctrl_key() || k.meta_key() || k.alt_key() {
                    return; // leave the panel's own shortcuts alone
                }
                e.prevent_default();
                on(Action::Event(BridgeEvent::TurtleKey { down, key: k.key() }));
            })?);
        }
        let last_move = Rc::new(Cell::new(0.0f64));
        for (kind, action) in [("pointerdown", MouseAction::Press), ("pointerup", MouseAction::Release), ("pointermove", MouseAction::Move)] {
            let on = self.on.clone();
            let svg = self.svg.clone();
            let root = self.root.clone();
            let geometry = self.geometry.clone();
            let last_move = last_move.clone();
            ls.push(Listener::new(&self.svg, kind, move |e| {
                let Some(p) = e.dyn_ref::<web_sys::PointerEvent>() else { return };
                let button = match action {
                    MouseAction::Move => {
                        let now = p.time_stamp();
                        if p.buttons() == 0 || now - last_move.get() < 15.0 {
                            return;
                        }
                        last_move.set(now);
                        [1u16, 4, 2].iter().position(|b| p.buttons() & b != 0).map_or(0, |i| i as u32 + 1)
                    }
                    _ => p.button() as u32 + 1,
                };
                if action == MouseAction::Press {
                    let _ = root.focus();
                    let _ = svg.set_pointer_capture(p.pointer_id());
                }
                let r = svg.get_bounding_client_rect();
                let [x1, y1, x2, y2] = geometry.get().visible();
                let x = x1 + (p.client_x() as f64 - r.left()) * (x2 - x1) / r.width().max(1.0);
                let y = y1 + (p.client_y() as f64 - r.top()) * (y2 - y1) / r.height().max(1.0);
                on(Action::Event(BridgeEvent::TurtleMouse { action, button, x, y }));
            })?);
        }
        let on = self.on.clone();
        ls.push(Listener::new(close, "click", move |_| on(Action::Event(BridgeEvent::TurtleClose)))?);
        let svg = self.svg.clone();
        ls.push(Listener::new(save_svg, "click", move |_| {
            if let Err(e) = download(&svg_text(&svg), "image/svg+xml", "turtle.svg") {
                web_sys::console::error_1(&e);
            }
        })?);
        let svg = self.svg.clone();
        let geometry = self.geometry.clone();
        ls.push(Listener::new(save_png, "click", move |_| {
            let [x1, y1, x2, y2] = geometry.get().visible();
            if let Err(e) = save_png_of(&svg, (x2 - x1) as u32, (y2 - y1) as u32) {
                web_sys::console::error_1(&e);
            }
        })?);
        self.listeners = ls;
        Ok(())
    }

    /// Sizes the SVG to its region, scaled so that the window's width fits the Preview.
    pub fn layout(&self) {
        let g = self.geometry.get();
        let [x1, y1, x2, y2] = g.visible();
        let available = self.root.client_width() as f64;
        let scale = g.fit(if available > 0.0 { available } else { g.window.0 });
        set(&self.svg, &[
            ("viewBox", &g.view_box()),
            ("width", &fmt((x2 - x1) * scale)),
            ("height", &fmt((y2 - y1) * scale)),
        ]);
        set(&self.background, &[("x", &fmt(x1)), ("y", &fmt(y1)), ("width", &fmt(x2 - x1)), ("height", &fmt(y2 - y1))]);
        // Start with the drawing's centre in view, as a desktop window would show it.
        if let Some(scroller) = self.svg.parent_element() {
            let extra = ((y2 - y1) * scale - scroller.client_height() as f64).max(0.0);
            scroller.set_scroll_top((extra / 2.0) as i32);
        }
    }

    /// Takes a batch of ops; draws up to the last `frame` in it.
    pub fn push(&mut self, ops: Vec<TurtleOp>) {
        for op in self.frames.push(ops) {
            if let Err(e) = self.apply(op) {
                web_sys::console::error_1(&e);
            }
        }
    }

    /// Whether the program closed the window (the Preview should drop it, as the desktop's window disappears).
    pub fn closed(&self) -> bool {
        self.closed
    }

    /// Draws whatever is still waiting (the program ended between two frames).
    pub fn flush(&mut self) {
        for op in self.frames.flush() {
            let _ = self.apply(op);
        }
    }

    fn place(&mut self, id: u64, tag: &str) -> Result<Element, JsValue> {
        if let Some(old) = self.elements.get(&id) {
            if old.tag_name() == tag {
                return Ok(old.clone());
            }
            let fresh = svg_el(tag)?;
            old.replace_with_with_node_1(&fresh)?;
            self.elements.insert(id, fresh.clone());
            return Ok(fresh);
        }
        let fresh = svg_el(tag)?;
        self.items.append_child(&fresh)?;
        self.elements.insert(id, fresh.clone());
        Ok(fresh)
    }

    fn apply(&mut self, op: TurtleOp) -> Result<(), JsValue> {
        let g = self.geometry.get();
        match op {
            TurtleOp::Canvas { xscale, yscale, region, .. } => {
                self.closed = false;
                self.geometry.set(Geometry { xscale, yscale, region, ..g });
                self.redraw_lines();
                self.layout();
            }
            TurtleOp::Window { width, height, title } => {
                self.geometry.set(Geometry { window: (width as f64, height as f64), ..g });
                self.title.set_text_content(Some(&title));
                self.layout();
            }
            TurtleOp::Bgcolor { color } => set(&self.background, &[("fill", color.as_str())]),
            TurtleOp::Bgpic { image } => {
                self.bgpic_id = image;
                self.bgpic.set_text_content(None);
                if let Some((url, w, h)) = image.and_then(|i| self.images.get(&i)) {
                    let img = svg_el("image")?;
                    let (w, h) = (*w as f64, *h as f64);
                    set(&img, &[("href", url), ("x", &fmt(-w / 2.0)), ("y", &fmt(-h / 2.0)), ("width", &fmt(w)), ("height", &fmt(h))]);
                    self.bgpic.append_child(&img)?;
                }
            }
            TurtleOp::Image { image, format, width, height, data } => {
                let mime = match format {
                    ImageFormat::Gif => "image/gif",
                    ImageFormat::Png => "image/png",
                };
                self.images.insert(image, (format!("data:{mime};base64,{data}"), width, height));
            }
            TurtleOp::Line { id, points, color: c, width } => {
                let e = self.place(id, "polyline")?;
                set(&e, &[
                    ("points", &g.points_attr(&points)),
                    ("fill", "none"),
                    ("stroke", color(&c)),
                    ("stroke-width", &fmt(width)),
                    ("stroke-linecap", "round"),
                    ("stroke-linejoin", "round"),
                ]);
                self.lines.insert(id, points);
            }
            TurtleOp::Extend { id, points } => {
                if let (Some(line), Some(e)) = (self.lines.get_mut(&id), self.elements.get(&id)) {
                    line.extend(points);
                    set(e, &[("points", &g.points_attr(line))]);
                }
            }
            TurtleOp::Truncate { id, length } => {
                if let (Some(line), Some(e)) = (self.lines.get_mut(&id), self.elements.get(&id)) {
                    line.truncate(length);
                    set(e, &[("points", &g.points_attr(line))]);
                }
            }
            TurtleOp::Poly { id, points, fill, outline, width } => {
                let e = self.place(id, "polygon")?;
                set(&e, &[
                    ("points", &g.points_attr(&points)),
                    ("fill", color(&fill)),
                    ("fill-rule", "evenodd"),
                    ("stroke", color(&outline)),
                    ("stroke-width", &fmt(width)),
                    ("stroke-linejoin", "round"),
                ]);
                self.lines.insert(id, points);
            }
            TurtleOp::Dot { id, x, y, size, color: c } => {
                let e = self.place(id, "circle")?;
                let (cx, cy) = g.px([x, y]);
                set(&e, &[("cx", &fmt(cx)), ("cy", &fmt(cy)), ("r", &fmt(size / 2.0)), ("fill", color(&c))]);
            }
            TurtleOp::Text { id, x, y, text, color: c, anchor, font } => {
                let e = self.place(id, "text")?;
                e.set_text_content(None);
                let (px, py) = g.px([x, y]);
                let mut deco = Vec::new();
                if font.underline {
                    deco.push("underline");
                }
                if font.overstrike {
                    deco.push("line-through");
                }
                set(&e, &[
                    ("fill", color(&c)),
                    ("text-anchor", text_anchor(anchor)),
                    ("font-family", &font.family),
                    ("font-size", &fmt(font.size)),
                    ("font-weight", if font.weight == Weight::Bold { "bold" } else { "normal" }),
                    ("font-style", if font.slant == Slant::Italic { "italic" } else { "normal" }),
                    ("text-decoration", &deco.join(" ")),
                    ("xml:space", "preserve"),
                ]);
                let lines: Vec<&str> = text.split('\n').collect();
                for (line, base) in lines.iter().zip(baselines(py, font.size, lines.len())) {
                    let span = svg_el("tspan")?;
                    set(&span, &[("x", &fmt(px)), ("y", &fmt(base))]);
                    span.set_text_content(Some(line));
                    e.append_child(&span)?;
                }
            }
            TurtleOp::Picture { id, x, y, image } => {
                let e = self.place(id, "image")?;
                let (cx, cy) = g.px([x, y]);
                match image.and_then(|i| self.images.get(&i)) {
                    Some((url, w, h)) => {
                        let (w, h) = (*w as f64, *h as f64);
                        set(&e, &[("href", url), ("x", &fmt(cx - w / 2.0)), ("y", &fmt(cy - h / 2.0)), ("width", &fmt(w)), ("height", &fmt(h))]);
                    }
                    None => set(&e, &[("width", "0"), ("height", "0")]),
                }
            }
            TurtleOp::Raise { id } => {
                if let Some(e) = self.elements.get(&id) {
                    self.items.append_child(e)?;
                }
            }
            TurtleOp::Delete { ids } => {
                for id in ids {
                    if let Some(e) = self.elements.remove(&id) {
                        e.remove();
                    }
                    self.lines.remove(&id);
                }
            }
            TurtleOp::Bye => {
                self.closed = true;
                self.apply(TurtleOp::Clear)?;
            }
            TurtleOp::Clear => {
                self.items.set_text_content(None);
                self.bgpic.set_text_content(None);
                self.elements.clear();
                self.lines.clear();
                self.bgpic_id = None;
            }
            TurtleOp::Focus => {
                let _ = self.root.focus();
            }
            TurtleOp::Frame => {}
        }
        Ok(())
    }

    /// Rewrites the points of every line and polygon (the world-to-canvas mapping changed).
    fn redraw_lines(&self) {
        let g = self.geometry.get();
        for (id, points) in &self.lines {
            if let Some(e) = self.elements.get(id) {
                set(e, &[("points", &g.points_attr(points))]);
            }
        }
    }

    /// The `textinput`/`numinput` dialog, inside the turtle window.
    pub fn ask(&mut self, title: &str, prompt: &str, default: &str, error: &str) -> Result<(), JsValue> {
        self.close_dialog();
        let dialog = el("div", "turtle-dialog", &[("role", "dialog"), ("aria-modal", "true"), ("aria-label", title)])?;
        let heading = text_el("strong", "", title)?;
        let label = text_el("label", "", prompt)?;
        let input: HtmlInputElement = el("input", "", &[("type", "text"), ("aria-label", prompt)])?.dyn_into()?;
        input.set_value(default);
        let warn = text_el("p", "turtle-error", error)?;
        warn.set_hidden(error.is_empty());
        let ok = text_el("button", "mini", "OK")?;
        let cancel = text_el("button", "mini", "Cancel")?;
        let buttons = el("div", "turtle-dialog-buttons", &[])?;
        append(&buttons, &[&ok, &cancel])?;
        append(&dialog, &[&heading, &label, &warn, &input, &buttons])?;
        self.root.append_child(&dialog)?;
        let _ = input.focus();
        input.select();
        let answer = {
            let on = self.on.clone();
            let input = input.clone();
            move |ok: bool| {
                let reply = if ok { BridgeReply::Line { text: input.value() } } else { BridgeReply::Eof };
                on(Action::Reply(reply));
            }
        };
        let mut ls = Vec::new();
        let a = answer.clone();
        ls.push(Listener::new(&ok, "click", move |_| a(true))?);
        let a = answer.clone();
        ls.push(Listener::new(&cancel, "click", move |_| a(false))?);
        ls.push(Listener::new(&input, "keydown", move |e| {
            let Some(k) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
            match k.key().as_str() {
                "Enter" => answer(true),
                "Escape" => answer(false),
                _ => return,
            }
            e.prevent_default();
        })?);
        self.dialog = Some(dialog);
        self.dialog_listeners = ls;
        Ok(())
    }

    pub fn close_dialog(&mut self) {
        if let Some(d) = self.dialog.take() {
            d.remove();
        }
        self.dialog_listeners.clear();
    }
}

fn svg_text(svg: &Element) -> String {
    web_sys::XmlSerializer::new().and_then(|s| s.serialize_to_string(svg)).unwrap_or_default()
}

fn download_url(url: &str, name: &str) -> Result<(), JsValue> {
    let a: web_sys::HtmlAnchorElement = document().create_element("a")?.dyn_into()?;
    a.set_href(url);
    a.set_download(name);
    a.click();
    Ok(())
}

fn download(text: &str, mime: &str, name: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    download_url(&url, name)?;
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Renders the SVG into a canvas at its natural size and downloads it as PNG.
fn save_png_of(svg: &Element, width: u32, height: u32) -> Result<(), JsValue> {
    let text = svg_text(svg);
    let url = format!("data:image/svg+xml;charset=utf-8,{}", String::from(js_sys::encode_uri_component(&text)));
    let img = web_sys::HtmlImageElement::new()?;
    let loaded = img.clone();
    let onload = Closure::once_into_js(move || {
        let draw = || -> Result<(), JsValue> {
            let canvas: web_sys::HtmlCanvasElement = document().create_element("canvas")?.dyn_into()?;
            canvas.set_width(width.max(1));
            canvas.set_height(height.max(1));
            let ctx: web_sys::CanvasRenderingContext2d =
                canvas.get_context("2d")?.ok_or("no 2d context")?.dyn_into()?;
            ctx.draw_image_with_html_image_element_and_dw_and_dh(&loaded, 0.0, 0.0, width as f64, height as f64)?;
            download_url(&canvas.to_data_url_with_type("image/png")?, "turtle.png")
        };
        if let Err(e) = draw() {
            web_sys::console::error_1(&e);
        }
    });
    img.set_onload(Some(onload.unchecked_ref()));
    img.set_src(&url);
    Ok(())
}
