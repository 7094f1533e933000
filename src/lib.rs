//! Pyroom's side panel. The modules at the top know nothing of the browser and are tested natively with
//! `cargo test`; `web` adapts them to the DOM, the worker and Monaco, and exists only on wasm32.
#![deny(clippy::unwrap_used)]
#![cfg_attr(test, allow(clippy::unwrap_used))]

pub mod console;
pub mod lift;
pub mod output;
pub mod protocol;
pub mod tk;
pub mod traceback;
pub mod turtle;

#[cfg(target_arch = "wasm32")]
pub mod web;
