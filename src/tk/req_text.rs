//! Text-driven requests: Tk's text layout (`Tk_ComputeTextLayout` with `-wraplength`), a message's search for
//! its aspect ratio (tkMessage.c) and a scale's value texts and geometry (tkScale.c).

use super::model::Size;
use super::ops::{Font, Opts};
use super::req::{font_of, Measure};

const fn sz(w: i32, h: i32) -> Size {
    Size { width: w, height: h }
}

/// `Tk_ComputeTextLayout`'s size: lines split at newlines and wrapped at `wrap` pixels (0: no wrapping) on word
/// boundaries, as wide as the widest line (without the spaces a wrap swallowed), `linespace` per line; an empty
/// text is one empty line.
pub fn text_size(m: &dyn Measure, font: &Font, text: &str, wrap: i32) -> Size {
    let fm = m.metrics(font);
    let mut lines = 0;
    let mut widest = 0;
    for line in text.split('\n') {
        for w in wrap_line(m, font, line, wrap) {
            widest = widest.max(w);
            lines += 1;
        }
    }
    sz(widest, lines * fm.linespace)
}

/// The widths of the lines one paragraph (no newline) wraps into.
fn wrap_line(m: &dyn Measure, font: &Font, line: &str, wrap: i32) -> Vec<i32> {
    let chars: Vec<char> = line.chars().collect();
    if wrap <= 0 || chars.is_empty() {
        return vec![m.width(font, line)];
    }
    let cw: Vec<i32> = chars.iter().map(|c| m.width(font, c.encode_utf8(&mut [0; 4]))).collect();
    let mut out = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        // Tk_MeasureChars with TK_WHOLE_WORDS | TK_AT_LEAST_ONE.
        let (mut x, mut i) = (0, start);
        let (mut term_x, mut term_i, mut saw_non_space) = (0, start, false);
        while i < chars.len() {
            if chars[i].is_ascii_whitespace() {
                if saw_non_space {
                    term_i = i;
                    term_x = x;
                    saw_non_space = false;
                }
            } else {
                saw_non_space = true;
            }
            let nx = x + cw[i];
            if nx > wrap {
                if i == start {
                    x = nx;
                    i += 1;
                } else if term_x != 0 {
                    x = term_x;
                    i = term_i;
                }
                break;
            }
            x = nx;
            i += 1;
        }
        out.push(x);
        start = i;
        // The spaces at the end of a wrapped line are swallowed.
        while start < chars.len() && chars[start].is_ascii_whitespace() {
            start += 1;
        }
    }
    if out.is_empty() {
        out.push(0);
    }
    out
}

/// `%.Nf` / `%.Ne` of C's printf, as a scale formats its values.
fn c_format(value: f64, digits: usize, exp: bool) -> String {
    if !exp {
        return format!("{value:.digits$}");
    }
    let s = format!("{value:.digits$e}");
    match s.split_once('e') {
        Some((mant, e)) => {
            let n: i32 = e.parse().unwrap_or(0);
            format!("{mant}e{}{:02}", if n < 0 { '-' } else { '+' }, n.abs())
        }
        None => s,
    }
}

/// tkScale.c `ComputeFormat` (the value format): the digits that tell adjacent positions apart.
fn scale_format(opts: &Opts) -> (usize, bool) {
    let (from, to) = (opts.num("from").unwrap_or(0.0), opts.num("to").unwrap_or(100.0));
    let mut max = from.abs().max(to.abs());
    if max == 0.0 {
        max = 1.0;
    }
    let most = max.log10().floor() as i32;
    let mut digits = opts.int("digits") as i32;
    if digits > 17 {
        digits = 0;
    }
    if digits <= 0 {
        let res = opts.num("resolution").unwrap_or(1.0);
        let least = if res > 0.0 {
            res.log10().floor() as i32
        } else {
            let mut x = (from - to).abs();
            let len = opts.px("length");
            if len > 0 {
                x /= len as f64;
            }
            if x > 0.0 {
                x.log10().floor() as i32
            } else {
                0
            }
        };
        digits = (most - least + 1).max(1);
    }
    let mut e_digits = digits + 4;
    if digits > 1 {
        e_digits += 1;
    }
    let after = (digits - most - 1).max(0);
    let mut f_digits = if most >= 0 { most + after } else { after };
    if after > 0 {
        f_digits += 1;
    }
    if most < 0 {
        f_digits += 1;
    }
    if f_digits <= e_digits {
        (after as usize, false)
    } else {
        ((digits - 1) as usize, true)
    }
}

/// tkScale.c `ComputeScaleGeometry`.
pub fn scale(opts: &Opts, m: &dyn Measure) -> Size {
    const SPACING: i32 = 2;
    let font = font_of(opts);
    let fm = m.metrics(&font);
    let font_height = fm.linespace + SPACING;
    let bd = opts.px("borderwidth");
    let inset = opts.px("highlightthickness") + bd;
    let label = opts.string("label");
    let show = opts.bool("showvalue");
    let ticks = opts.num("tickinterval").unwrap_or(0.0) != 0.0;
    let (length, width) = (opts.px("length"), opts.px("width"));
    if opts.str("orient") == Some("horizontal") {
        let mut y = inset;
        if !label.is_empty() {
            y += font_height;
        }
        if show {
            y += font_height;
        }
        if show || !label.is_empty() {
            y += SPACING;
        }
        y += width + 2 * bd;
        if ticks {
            y += font_height + SPACING;
        }
        return sz(length + 2 * inset, y + inset);
    }
    let (digits, exp) = scale_format(opts);
    let value_px = [opts.num("from").unwrap_or(0.0), opts.num("to").unwrap_or(100.0)]
        .iter()
        .map(|v| m.width(&font, &c_format(*v, digits, exp)))
        .max()
        .unwrap_or(0);
    let mut x = inset;
    if ticks && show {
        x += SPACING + value_px + value_px + fm.ascent / 2 + SPACING;
    } else if ticks || show {
        x += SPACING + value_px + SPACING;
    }
    x += 2 * bd + width;
    if !label.is_empty() {
        x += fm.ascent / 2 + fm.ascent / 2 + m.width(&font, &label);
    }
    sz(x + inset, length + 2 * inset)
}

/// tkMessage.c `ComputeMessageGeometry`: halve the width until the text's aspect ratio is close to `-aspect`.
pub fn message(opts: &Opts, m: &dyn Measure) -> Size {
    let font = font_of(opts);
    let fm = m.metrics(&font);
    let text = opts.string("text");
    let inset = opts.px("borderwidth") + opts.px("highlightthickness");
    let padx = if opts.px("padx") < 0 { fm.ascent / 2 } else { opts.px("padx") };
    let pady = if opts.px("pady") < 0 { fm.ascent / 4 } else { opts.px("pady") };
    let aspect = opts.int("aspect") as i32;
    let (lower, upper) = (aspect - aspect / 10, aspect + aspect / 10);
    let (mut width, mut inc) = match opts.px("width") {
        w if w > 0 => (w, 0),
        _ => (m.screen_width() / 2, m.screen_width() / 4),
    };
    let mut size;
    loop {
        size = text_size(m, &font, &text, width);
        if inc <= 2 {
            break;
        }
        let ratio = 100 * (size.width + 2 * padx) / (size.height + 2 * pady).max(1);
        if ratio < lower {
            width += inc;
        } else if ratio > upper {
            width -= inc;
        } else {
            break;
        }
        inc /= 2;
    }
    sz(size.width + 2 * (inset + padx), size.height + 2 * (inset + pady))
}
