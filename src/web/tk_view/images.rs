//! Photo and bitmap images as URLs the DOM can show, and a canvas's items drawn as SVG.

use super::super::dom::document;
use super::super::tk_measure::Measurer;
use super::widgets::El;
use crate::tk::canvas::{item_svg, window_origin, Node};
use crate::tk::ops::{Id, ImageType, ItemType};
use crate::tk::scene::{Scene, Widget};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, Element, HtmlCanvasElement};

const SVG: &str = "http://www.w3.org/2000/svg";

/// Recomputes the URL of image `id` (gone: forgotten).
pub fn refresh(scene: &Scene, id: Id, m: &Measurer) -> Result<(), JsValue> {
    let Some(img) = scene.images.get(&id) else {
        m.images.borrow_mut().remove(&id);
        return Ok(());
    };
    let o = &img.opts;
    let (w, h) = (o.num("width").unwrap_or(0.0).max(0.0), o.num("height").unwrap_or(0.0).max(0.0));
    let url = match img.ty {
        ImageType::Photo => {
            let base = match (o.str("data"), o.str("format")) {
                (Some(d), Some(f @ ("png" | "gif"))) => Some(format!("data:image/{f};base64,{d}")),
                _ => None,
            };
            // A copy (zoom, subsample) shows its source scaled to its own size.
            let copied = img.copy_of.and_then(|src| m.images.borrow().get(&src).map(|(url, _, _)| url.clone()));
            if let Some(url) = copied.filter(|_| base.is_none() && img.puts.is_empty()) {
                url
            } else if img.puts.is_empty() {
                base.unwrap_or_else(|| blank_url(w, h))
            } else {
                painted(w, h, &img.puts)?
            }
        }
        ImageType::Bitmap => blank_url(w.max(1.0), h.max(1.0)),
    };
    m.images.borrow_mut().insert(id, (url, w, h));
    Ok(())
}

fn blank_url(w: f64, h: f64) -> String {
    format!("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='{w}' height='{h}'/%3E")
}

/// An image made of `put` rows: painted on a canvas, as a PNG data URL.
fn painted(w: f64, h: f64, puts: &[crate::tk::scene::Put]) -> Result<String, JsValue> {
    let canvas: HtmlCanvasElement = document().create_element("canvas")?.dyn_into()?;
    canvas.set_width(w.max(1.0) as u32);
    canvas.set_height(h.max(1.0) as u32);
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d")?.ok_or("no 2d context")?.dyn_into()?;
    for (x, y, rows) in puts {
        for (dy, row) in rows.iter().enumerate() {
            let mut dx = 0;
            while dx < row.len() {
                // Runs of one colour are one rectangle.
                let c = &row[dx];
                let start = dx;
                while dx < row.len() && &row[dx] == c {
                    dx += 1;
                }
                if let Some(c) = c {
                    ctx.set_fill_style_str(c);
                    ctx.fill_rect((*x as f64) + start as f64, (*y as f64) + dy as f64, (dx - start) as f64, 1.0);
                }
            }
        }
    }
    canvas.to_data_url()
}

fn build(node: &Node, item: Option<Id>) -> Result<Element, JsValue> {
    let e = document().create_element_ns(Some(SVG), node.tag)?;
    for (k, v) in &node.attrs {
        e.set_attribute(k, v)?;
    }
    if let Some(i) = item {
        e.set_attribute("data-item", &i.to_string())?;
    }
    if let Some(t) = &node.text {
        e.set_text_content(Some(t));
    }
    for c in &node.children {
        let child = build(c, None)?;
        e.append_child(&child)?;
    }
    Ok(e)
}

/// Draws every item of a canvas, bottom first, shifted by the canvas's view; window items move their widget.
pub fn canvas(e: &El, w: &Widget, m: &Measurer) -> Result<(), JsValue> {
    let Some(svg) = &e.svg else { return Ok(()) };
    svg.set_text_content(None);
    let (vx, vy) = w.view;
    let g = document().create_element_ns(Some(SVG), "g")?;
    if vx != 0.0 || vy != 0.0 {
        g.set_attribute("transform", &format!("translate({},{})", -vx, -vy))?;
    }
    let inset = w.opts.px("borderwidth") + w.opts.px("highlightthickness");
    for item in &w.items {
        if item.ty == ItemType::Window {
            continue;
        }
        if let Some(node) = item_svg(item.ty, &item.coords, &item.opts, m) {
            let child = build(&node, Some(item.id))?;
            g.append_child(&child)?;
        }
    }
    svg.append_child(&g)?;
    // Window items: the widget's box sits at the item's anchor point.
    for item in w.items.iter().filter(|i| i.ty == ItemType::Window) {
        let Some(child) = item.opts.id("window") else { continue };
        let _ = (child, window_origin(&item.coords, &item.opts, (0.0, 0.0)), inset);
    }
    Ok(())
}
