//! Tk 8.6's geometry managers, computed the way Tk computes them, without a browser: the renderer measures each
//! widget's requested size, the Python shim gives each widget's `pack`/`grid`/`place` options and each container's
//! settings, and [`layout`] returns every widget's requested size, box and whether it is shown, as `winfo_*`
//! would report them after `update()`.
//!
//! - [`model`]: the serde types of the input ([`Tree`]) and output ([`Layout`]).
//! - [`pack`], [`grid`], [`place`]: one container's widgets under each manager.
//! - `solve`: the whole tree (propagation, `-in`, toplevel sizes, mapping).
//!
//! The conformance fixtures in `tests/tk-geometry/` were recorded from real Tk (see its README).

pub mod arrange;
pub mod canvas;
pub mod grid;
pub mod ops;
pub mod model;
pub mod pack;
pub mod place;
pub mod req;
mod req_text;
mod req_ttk;
pub mod scene;
mod solve;

#[cfg(test)]
mod fixture_tests;
#[cfg(test)]
mod tests;

pub use model::*;
pub use solve::{grid_edges, layout, pack_order};
