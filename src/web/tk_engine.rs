//! tkinter's geometry in the worker: the same scene, requested sizes and geometry managers as the panel's renderer
//! (`tk_view`), fed the same ops, so that `winfo_*`, `font.measure` and `font.metrics` are answered where Python
//! runs instead of by a round trip to the panel. `worker/worker.mjs` passes every `BridgeNote` and `BridgeRequest`
//! through; requests this cannot answer (dialogs) go on to the panel.
//!
//! What only the panel knows is approximated here: where windows sit in the Preview (stacked as the panel stacks
//! them) and the pointer (the last place Python was told of).

use super::tk_measure::Measurer;
use crate::protocol::{BridgeNote, BridgeReply, BridgeRequest};
use crate::tk::arrange;
use crate::tk::model::Size;
use crate::tk::ops::{Id, TkOp, TkQuery};
use crate::tk::scene::Scene;
use serde_json::Value;
use wasm_bindgen::prelude::*;

/// The Preview's padding, window border, title bar and gap between windows (`extension/tk-widgets.css`).
const PAD: i32 = 8;
const TITLE: i32 = 23;
const MENUBAR: i32 = 22;
const GAP: i32 = 10;

#[wasm_bindgen]
pub struct TkEngine {
    scene: Scene,
    m: Measurer,
}

impl Default for TkEngine {
    fn default() -> Self {
        TkEngine::new()
    }
}

#[wasm_bindgen]
impl TkEngine {
    #[wasm_bindgen(constructor)]
    pub fn new() -> TkEngine {
        TkEngine { scene: Scene::new(), m: Measurer::new() }
    }

    /// A `BridgeNote` as JSON: tkinter ops are applied (bad ones skipped: the panel reports them).
    pub fn note(&mut self, json: &str) {
        match serde_json::from_str::<BridgeNote>(json) {
            Ok(BridgeNote::Tk { ops }) => {
                for v in ops {
                    if let Ok(op) = serde_json::from_value::<TkOp>(v) {
                        if let TkOp::ImageCreate { image, options, .. } | TkOp::ImageConfigure { image, options } = &op {
                            let (w, h) = (options.num("width").unwrap_or(0.0), options.num("height").unwrap_or(0.0));
                            if options.has("width") || options.has("height") {
                                self.m.images.borrow_mut().insert(*image, (String::new(), w, h));
                            }
                        }
                        let _ = self.scene.apply(op);
                    }
                }
            }
            Ok(BridgeNote::PreviewClear) => self.scene = Scene::new(),
            _ => {}
        }
    }

    /// A `BridgeRequest` as JSON: the `BridgeReply` as JSON when it is a query answered here, else undefined.
    pub fn request(&mut self, json: &str) -> Option<String> {
        let Ok(BridgeRequest::Tk { query }) = serde_json::from_str::<BridgeRequest>(json) else { return None };
        let q: TkQuery = serde_json::from_value(Value::Object(query)).ok()?;
        let answer = match q {
            TkQuery::Layout {} => {
                let images = self.m.images.borrow();
                let size = |h: Id| images.get(&h).map(|(_, w, h)| Size::new(*w as i32, *h as i32));
                let (tree, layout) = arrange::arrange(&self.scene, &self.m, &size).ok()?;
                drop(images);
                // Windows stack down the Preview in creation order.
                let mut origins = std::collections::HashMap::new();
                let mut y = PAD;
                for &w in &self.scene.windows {
                    let Some(win) = self.scene.get(w) else { continue };
                    if matches!(win.wm.str("state"), Some("withdrawn" | "iconic")) {
                        continue;
                    }
                    let menubar = if win.wm.id("menu").is_some() { MENUBAR } else { 0 };
                    let top = y + 1 + TITLE + menubar;
                    origins.insert(w, (PAD + 1, top));
                    y = top + layout.get(w).map_or(0, |p| p.rect.height) + 1 + GAP;
                }
                let origin = |w: Id| origins.get(&w).copied().unwrap_or((PAD + 1, PAD + 1 + TITLE));
                self.scene.answer_layout(&tree, &layout, &origin, (1280, 1024), (0, 0))
            }
            q => self.m.answer(&q)?,
        };
        serde_json::to_string(&BridgeReply::Tk { answer: answer.to_map() }).ok()
    }
}
