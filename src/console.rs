//! The console's model: lines of styled spans, bounded in lines and characters, with a count of what was dropped,
//! and an update that tells the view which lines to remove, replace or append. Pure and tested natively; the
//! view (`web::console_view`) only applies updates.

use std::collections::VecDeque;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Stdout,
    Stderr,
    /// A line the user typed for `input()`, echoed.
    Stdin,
    /// Messages from Pyroom itself (run finished, runtime restarted, ...).
    Info,
}

impl Kind {
    pub fn class(self) -> &'static str {
        match self {
            Kind::Stdout => "out",
            Kind::Stderr => "err",
            Kind::Stdin => "in",
            Kind::Info => "info",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub kind: Kind,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Line {
    pub spans: Vec<Span>,
    /// Characters that did not fit in this line and are not shown.
    pub elided: usize,
    chars: usize,
}

impl Line {
    pub fn text(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }
    pub fn chars(&self) -> usize {
        self.chars
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_lines: usize,
    pub max_line_chars: usize,
    pub max_total_chars: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_lines: 5_000, max_line_chars: 10_000, max_total_chars: 1_000_000 }
    }
}

/// What the view must do to catch up with the model.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Update {
    /// Remove every rendered line whose id is below this.
    pub first_id: u64,
    /// Lines to render, by id, ascending: a line whose id is already rendered is replaced, others are appended.
    pub lines: Vec<(u64, Line)>,
    /// Lines dropped from the top since the console was cleared.
    pub dropped: u64,
    /// The view must start from scratch (the console was cleared).
    pub reset: bool,
}

pub struct Console {
    limits: Limits,
    lines: VecDeque<Line>,
    /// Id of `lines[0]`.
    first_id: u64,
    /// The last line has no newline yet; output continues it.
    open: bool,
    /// A lone carriage return was seen: the next text replaces the open line.
    overwrite: bool,
    total_chars: usize,
    dropped: u64,
    /// Lowest id changed since the last update.
    dirty_from: Option<u64>,
    reset: bool,
}

impl Update {
    /// Keeps only the last `max` lines of a large update (while output floods in, the view shows the newest lines
    /// and catches up with a [`Console::snapshot`] when the run ends); true if lines were left out.
    pub fn tail(&mut self, max: usize) -> bool {
        if self.lines.len() <= max {
            return false;
        }
        let cut = self.lines.len() - max;
        self.lines.drain(..cut);
        self.first_id = self.lines[0].0;
        self.dropped += cut as u64;
        self.reset = true;
        true
    }
}

impl Console {
    pub fn new(limits: Limits) -> Self {
        Console {
            limits,
            lines: VecDeque::new(),
            first_id: 0,
            open: false,
            overwrite: false,
            total_chars: 0,
            dropped: 0,
            dirty_from: None,
            reset: false,
        }
    }

    fn next_id(&self) -> u64 {
        self.first_id + self.lines.len() as u64
    }

    fn mark(&mut self, id: u64) {
        self.dirty_from = Some(self.dirty_from.map_or(id, |d| d.min(id)));
    }

    fn open_line(&mut self) -> u64 {
        if !self.open || self.lines.is_empty() {
            self.lines.push_back(Line::default());
            self.open = true;
        }
        self.next_id() - 1
    }

    fn append_fragment(&mut self, kind: Kind, frag: &str) {
        let id = self.open_line();
        let max = self.limits.max_line_chars;
        let line = self.lines.back_mut().expect("open_line pushed a line");
        if self.overwrite {
            self.total_chars -= line.chars;
            *line = Line::default();
            self.overwrite = false;
        }
        let n = frag.chars().count();
        let room = max.saturating_sub(line.chars);
        let (shown, shown_n) = if n <= room {
            (frag, n)
        } else {
            let cut = frag.char_indices().nth(room).map_or(frag.len(), |(i, _)| i);
            line.elided += n - room;
            (&frag[..cut], room)
        };
        if shown_n > 0 {
            match line.spans.last_mut() {
                Some(s) if s.kind == kind => s.text.push_str(shown),
                _ => line.spans.push(Span { kind, text: shown.to_string() }),
            }
            line.chars += shown_n;
            self.total_chars += shown_n;
        }
        self.mark(id);
    }

    /// Appends program output (or any text of a kind); `\n` ends lines, `\r\n` counts as one, a lone `\r` makes the
    /// following text replace the current line, as terminals do for progress bars.
    pub fn push(&mut self, kind: Kind, text: &str) {
        let mut rest = text;
        while !rest.is_empty() {
            match rest.find(['\n', '\r']) {
                None => {
                    self.append_fragment(kind, rest);
                    rest = "";
                }
                Some(i) => {
                    if i > 0 {
                        self.append_fragment(kind, &rest[..i]);
                    }
                    let c = rest.as_bytes()[i];
                    if c == b'\n' || rest[i..].starts_with("\r\n") {
                        let id = self.open_line();
                        self.mark(id);
                        self.open = false;
                        self.overwrite = false;
                        rest = &rest[i + if c == b'\r' { 2 } else { 1 }..];
                    } else {
                        self.overwrite = true;
                        rest = &rest[i + 1..];
                    }
                }
            }
        }
        self.enforce();
    }

    /// A whole line of its own (closing any open line first), for messages from Pyroom.
    pub fn push_line(&mut self, kind: Kind, text: &str) {
        if self.open {
            self.open = false;
        }
        self.push(kind, text);
        if !text.ends_with('\n') {
            self.push(kind, "\n");
        }
    }

    fn enforce(&mut self) {
        while self.lines.len() > self.limits.max_lines
            || (self.total_chars > self.limits.max_total_chars && self.lines.len() > 1)
        {
            if let Some(l) = self.lines.pop_front() {
                self.total_chars -= l.chars;
                self.first_id += 1;
                self.dropped += 1;
            }
        }
    }

    pub fn clear(&mut self) {
        self.first_id = self.next_id();
        self.lines.clear();
        self.open = false;
        self.overwrite = false;
        self.total_chars = 0;
        self.dropped = 0;
        self.dirty_from = None;
        self.reset = true;
    }

    /// Whether the last line is still open (an `input()` prompt sits there).
    pub fn is_line_open(&self) -> bool {
        self.open
    }

    pub fn dropped(&self) -> u64 {
        self.dropped
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    pub fn text(&self) -> String {
        self.lines.iter().map(|l| l.text() + "\n").collect()
    }

    /// Everything, for a view that starts from scratch.
    pub fn snapshot(&mut self) -> Update {
        self.dirty_from = None;
        self.reset = false;
        let lines = self.lines.iter().enumerate().map(|(i, l)| (self.first_id + i as u64, l.clone())).collect();
        Update { first_id: self.first_id, lines, dropped: self.dropped, reset: true }
    }

    /// What changed since the last call.
    pub fn take_update(&mut self) -> Update {
        let from = self.dirty_from.take().map(|d| d.max(self.first_id));
        let lines = match from {
            Some(from) => {
                let skip = (from - self.first_id) as usize;
                self.lines.iter().enumerate().skip(skip).map(|(i, l)| (self.first_id + i as u64, l.clone())).collect()
            }
            None => Vec::new(),
        };
        Update { first_id: self.first_id, lines, dropped: self.dropped, reset: std::mem::take(&mut self.reset) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small() -> Console {
        Console::new(Limits { max_lines: 3, max_line_chars: 5, max_total_chars: 1000 })
    }

    #[test]
    fn lines_and_open_lines() {
        let mut c = Console::new(Limits::default());
        c.push(Kind::Stdout, "a\nb");
        assert_eq!(c.text(), "a\nb\n");
        assert!(c.is_line_open());
        c.push(Kind::Stdout, "c\n");
        assert_eq!(c.text(), "a\nbc\n");
        assert!(!c.is_line_open());
        c.push(Kind::Stderr, "x\r\ny\n");
        assert_eq!(c.text(), "a\nbc\nx\ny\n");
    }

    #[test]
    fn streams_become_spans_within_a_line() {
        let mut c = Console::new(Limits::default());
        c.push(Kind::Stdout, "Name? ");
        c.push(Kind::Stdin, "Ada\n");
        let u = c.take_update();
        assert_eq!(u.lines.len(), 1);
        let kinds: Vec<Kind> = u.lines[0].1.spans.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, vec![Kind::Stdout, Kind::Stdin]);
    }

    #[test]
    fn carriage_return_overwrites_the_line() {
        let mut c = Console::new(Limits::default());
        c.push(Kind::Stdout, "10%\r20%\r30%\ndone\n");
        assert_eq!(c.text(), "30%\ndone\n");
    }

    #[test]
    fn oldest_lines_are_dropped_and_counted() {
        let mut c = small();
        for i in 0..10 {
            c.push(Kind::Stdout, &format!("{i}\n"));
        }
        assert_eq!(c.text(), "7\n8\n9\n");
        assert_eq!(c.dropped(), 7);
        let u = c.take_update();
        assert_eq!(u.first_id, 7);
        assert_eq!(u.lines.iter().map(|(id, _)| *id).collect::<Vec<_>>(), vec![7, 8, 9]);
    }

    #[test]
    fn long_lines_are_cut_with_a_count() {
        let mut c = small();
        c.push(Kind::Stdout, "abcdefgh");
        c.push(Kind::Stdout, "ijk\n");
        let u = c.take_update();
        assert_eq!(u.lines[0].1.text(), "abcde");
        assert_eq!(u.lines[0].1.elided, 6);
    }

    #[test]
    fn total_character_budget_drops_old_lines() {
        let mut c = Console::new(Limits { max_lines: 100, max_line_chars: 100, max_total_chars: 10 });
        c.push(Kind::Stdout, "aaaa\nbbbb\ncccc\n");
        assert_eq!(c.text(), "bbbb\ncccc\n");
        assert_eq!(c.dropped(), 1);
    }

    #[test]
    fn updates_carry_only_changed_lines() {
        let mut c = Console::new(Limits::default());
        c.push(Kind::Stdout, "a\nb");
        let u = c.take_update();
        assert_eq!(u.lines.len(), 2);
        assert!(c.take_update().lines.is_empty());
        c.push(Kind::Stdout, "c\nd\n");
        let u = c.take_update();
        let ids: Vec<u64> = u.lines.iter().map(|(id, _)| *id).collect();
        assert_eq!(ids, vec![1, 2], "the open line 1 is replaced and line 2 appended");
        assert_eq!(u.lines[0].1.text(), "bc");
    }

    #[test]
    fn clear_resets_the_view() {
        let mut c = Console::new(Limits::default());
        c.push(Kind::Stdout, "a\n");
        c.take_update();
        c.clear();
        let u = c.take_update();
        assert!(u.reset);
        assert!(u.lines.is_empty());
        c.push(Kind::Info, "x\n");
        let u = c.take_update();
        assert!(!u.reset);
        assert_eq!(u.lines[0].0, u.first_id);
    }

    #[test]
    fn a_flood_renders_only_its_tail_until_the_snapshot() {
        let mut c = small();
        for i in 0..3 {
            c.push(Kind::Stdout, &format!("{i}\n"));
        }
        let mut u = c.take_update();
        assert!(u.tail(2));
        assert!(u.reset);
        assert_eq!(u.lines.iter().map(|(id, _)| *id).collect::<Vec<_>>(), vec![1, 2]);
        assert_eq!((u.first_id, u.dropped), (1, 1));
        let mut small_update = c.take_update();
        assert!(!small_update.tail(2), "nothing new");
        let snap = c.snapshot();
        assert!(snap.reset);
        assert_eq!(snap.lines.len(), 3);
        assert_eq!(snap.dropped, 0);
    }

    #[test]
    fn push_line_closes_an_open_line() {
        let mut c = Console::new(Limits::default());
        c.push(Kind::Stdout, "no newline");
        c.push_line(Kind::Info, "Finished");
        assert_eq!(c.text(), "no newline\nFinished\n");
    }

    #[test]
    fn a_million_lines_stay_bounded() {
        let mut c = Console::new(Limits::default());
        let chunk: String = (0..1000).map(|i| format!("{i}\n")).collect();
        for _ in 0..1000 {
            c.push(Kind::Stdout, &chunk);
        }
        assert_eq!(c.len(), 5_000);
        assert_eq!(c.dropped(), 995_000);
    }
}
