//! Text measurement for tkinter, as Tk does it on X11 (Xft): whole-pixel character advances added up, ascent and
//! descent rounded up. A 2D canvas context does the measuring: a DOM canvas in the panel, an OffscreenCanvas in the
//! worker (`tk_engine`), so both compute the same layouts.

use crate::tk::canvas::ItemEnv;
use crate::tk::ops::Font;
use crate::tk::req::{Measure, Metrics};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, OffscreenCanvasRenderingContext2d};

enum Ctx {
    Dom(CanvasRenderingContext2d),
    Off(OffscreenCanvasRenderingContext2d),
}

impl Ctx {
    fn set_font(&self, css: &str) {
        match self {
            Ctx::Dom(c) => c.set_font(css),
            Ctx::Off(c) => c.set_font(css),
        }
    }
    fn measure_text(&self, text: &str) -> Option<web_sys::TextMetrics> {
        match self {
            Ctx::Dom(c) => c.measure_text(text).ok(),
            Ctx::Off(c) => c.measure_text(text).ok(),
        }
    }
}

/// A 2D context: the document's where there is one, else an OffscreenCanvas's (workers).
fn context() -> Option<Ctx> {
    if !super::dom::global("document").is_undefined() {
        return super::dom::document()
            .create_element("canvas")
            .ok()
            .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
            .and_then(|c| c.get_context("2d").ok().flatten())
            .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
            .map(Ctx::Dom);
    }
    web_sys::OffscreenCanvas::new(1, 1)
        .ok()
        .and_then(|c| c.get_context("2d").ok().flatten())
        .and_then(|c| c.dyn_into::<OffscreenCanvasRenderingContext2d>().ok())
        .map(Ctx::Off)
}

pub struct Measurer {
    ctx: Option<Ctx>,
    font: RefCell<String>,
    widths: RefCell<HashMap<(String, String), i32>>,
    metrics: RefCell<HashMap<String, (i32, i32)>>,
    /// Image handles to (URL, width, height), kept by the view.
    pub images: RefCell<HashMap<u32, (String, f64, f64)>>,
}

impl Measurer {
    pub fn new() -> Measurer {
        let ctx = context();
        Measurer {
            ctx,
            font: RefCell::new(String::new()),
            widths: RefCell::new(HashMap::new()),
            metrics: RefCell::new(HashMap::new()),
            images: RefCell::new(HashMap::new()),
        }
    }

    fn use_font(&self, css: &str) -> Option<&Ctx> {
        let ctx = self.ctx.as_ref()?;
        if *self.font.borrow() != css {
            ctx.set_font(css);
            *self.font.borrow_mut() = css.to_string();
        }
        Some(ctx)
    }

    fn raw_width(&self, font: &Font, text: &str) -> f64 {
        let css = font.css();
        self.use_font(&css).and_then(|c| c.measure_text(text)).map_or(text.chars().count() as f64 * font.px * 0.6, |m| m.width())
    }
}

impl Measurer {
    /// The answer to a font query (`font.measure`, `font.metrics`); None for the other queries.
    pub fn answer(&self, q: &crate::tk::ops::TkQuery) -> Option<crate::tk::ops::TkAnswer> {
        use crate::tk::ops::{TkAnswer, TkQuery};
        Some(match q {
            TkQuery::Measure { font, texts } => {
                TkAnswer::Measure { widths: texts.iter().map(|t| i64::from(Measure::width(self, font, t))).collect() }
            }
            TkQuery::Metrics { font } => {
                let mt = Measure::metrics(self, font);
                TkAnswer::Metrics {
                    ascent: mt.ascent.into(),
                    descent: mt.descent.into(),
                    linespace: mt.linespace.into(),
                    fixed: crate::tk::ops::is_fixed_family(&font.family),
                }
            }
            _ => return None,
        })
    }
}

impl Default for Measurer {
    fn default() -> Self {
        Measurer::new()
    }
}

impl Measure for Measurer {
    fn width(&self, font: &Font, text: &str) -> i32 {
        let key = (font.css(), text.to_string());
        if let Some(&w) = self.widths.borrow().get(&key) {
            return w;
        }
        // Tk (Xft) adds up each character's whole-pixel advance, without kerning: do the same.
        let w = if text.chars().count() == 1 {
            self.raw_width(font, text).round() as i32
        } else {
            text.chars().map(|c| self.width(font, c.encode_utf8(&mut [0; 4]))).sum()
        };
        let mut cache = self.widths.borrow_mut();
        if cache.len() > 20_000 {
            cache.clear();
        }
        cache.insert(key, w);
        w
    }

    fn metrics(&self, font: &Font) -> Metrics {
        let css = font.css();
        if let Some(&(a, d)) = self.metrics.borrow().get(&css) {
            return Metrics { ascent: a, descent: d, linespace: a + d };
        }
        // Browsers round the font's ascent and descent to whole pixels, Xft rounds them up: measure at 1000 px for
        // the exact proportions, then round up at the real size.
        let big = Font { px: 1000.0, ..font.clone() };
        let (a, d) = self
            .use_font(&big.css())
            .and_then(|c| c.measure_text("Hg"))
            .map(|m| (m.font_bounding_box_ascent() / 1000.0, m.font_bounding_box_descent() / 1000.0))
            .filter(|&(a, d)| a > 0.0 && d >= 0.0)
            .map(|(a, d)| ((a * font.px - 0.01).ceil() as i32, (d * font.px - 0.01).ceil() as i32))
            .unwrap_or(((font.px * 0.93).ceil() as i32, (font.px * 0.24).ceil() as i32));
        self.metrics.borrow_mut().insert(css, (a, d));
        Metrics { ascent: a, descent: d, linespace: a + d }
    }
}

impl ItemEnv for Measurer {
    fn measure(&self, font: &Font, text: &str) -> f64 {
        f64::from(Measure::width(self, font, text))
    }
    fn metrics(&self, font: &Font) -> (f64, f64, f64) {
        let m = Measure::metrics(self, font);
        (f64::from(m.ascent), f64::from(m.descent), f64::from(m.linespace))
    }
    fn image(&self, handle: u32) -> Option<(String, f64, f64)> {
        self.images.borrow().get(&handle).cloned()
    }
}
