//! Tracebacks as the user should see them: the runner's and the bridge's own frames hidden, so that a traceback
//! reads as desktop Python prints it for `python main.py`; and the place to mark in the editor.

/// The user's program, as tracebacks name it.
pub const MAIN: &str = "main.py";

/// Frames from these places are Pyroom's or Pyodide's machinery, never the user's.
fn is_internal(path: &str) -> bool {
    path == "<exec>" || path.contains("/pyroom/") || path.contains("_pyodide")
}

/// `  File "path", line N[, in name]` -> (path, line, is a frame (has `, in`)).
fn parse_file_line(line: &str) -> Option<(&str, u32, bool)> {
    let rest = line.strip_prefix("  File \"")?;
    let end = rest.find("\", line ")?;
    let path = &rest[..end];
    let after = &rest[end + "\", line ".len()..];
    let digits: String = after.chars().take_while(|c| c.is_ascii_digit()).collect();
    let n = digits.parse().ok()?;
    Some((path, n, after[digits.len()..].starts_with(", in ")))
}

/// Removes internal frames (each frame is its `File` line and the indented lines under it) and any
/// `Traceback (most recent call last):` header left with no frame below it.
pub fn rewrite(text: &str) -> String {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut kept: Vec<&str> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if let Some((path, _, true)) = parse_file_line(line.trim_end_matches(['\n', '\r'])) {
            let mut j = i + 1;
            while j < lines.len()
                && (lines[j].starts_with("    ") || lines[j].starts_with("  ["))
                && parse_file_line(lines[j].trim_end()).is_none()
            {
                j += 1;
            }
            if !is_internal(path) {
                kept.extend_from_slice(&lines[i..j]);
            }
            i = j;
        } else {
            kept.push(line);
            i += 1;
        }
    }
    // Drop headers that no longer have frames under them.
    let mut out = String::with_capacity(text.len());
    for (k, line) in kept.iter().enumerate() {
        if line.starts_with("Traceback (most recent call last):") {
            let next_is_frame = kept
                .get(k + 1)
                .and_then(|n| parse_file_line(n.trim_end()))
                .is_some_and(|(_, _, frame)| frame);
            if !next_is_frame {
                continue;
            }
        }
        out.push_str(line);
    }
    out
}

#[derive(Debug, PartialEq, Eq)]
pub struct Location {
    pub line: u32,
    pub message: String,
}

/// The line of `main.py` where the (last) exception happened, and the exception's own line as the message.
pub fn error_location(text: &str) -> Option<Location> {
    let line = text
        .lines()
        .filter_map(parse_file_line)
        .filter(|(path, _, _)| *path == MAIN)
        .map(|(_, n, _)| n)
        .last()?;
    let message = text.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").trim().to_string();
    Some(Location { line, message })
}

#[cfg(test)]
mod tests {
    use super::*;

    const RUNTIME: &str = "Traceback (most recent call last):
  File \"/lib/python3.14/site-packages/pyroom/runner.py\", line 61, in run
    exec(code, namespace)
    ~~~~^^^^^^^^^^^^^^^^^
  File \"main.py\", line 4, in <module>
    f()
    ~^^
  File \"main.py\", line 2, in f
    return 1 / 0
           ~~^~~
ZeroDivisionError: division by zero
";

    #[test]
    fn runner_frames_are_hidden() {
        let t = rewrite(RUNTIME);
        assert!(!t.contains("pyroom"), "{t}");
        assert!(t.starts_with("Traceback (most recent call last):\n  File \"main.py\", line 4, in <module>\n"));
        assert!(t.contains("    return 1 / 0\n           ~~^~~\n"));
        assert!(t.ends_with("ZeroDivisionError: division by zero\n"));
    }

    #[test]
    fn error_location_is_the_innermost_main_frame() {
        let loc = error_location(&rewrite(RUNTIME)).unwrap();
        assert_eq!(loc, Location { line: 2, message: "ZeroDivisionError: division by zero".into() });
    }

    const SYNTAX: &str = "Traceback (most recent call last):
  File \"/lib/python3.14/site-packages/pyroom/runner.py\", line 50, in run
    code = compile(source, MAIN, \"exec\")
  File \"main.py\", line 3
    print(
         ^
SyntaxError: '(' was never closed
";

    #[test]
    fn syntax_errors_read_as_on_the_desktop() {
        let t = rewrite(SYNTAX);
        assert_eq!(t, "  File \"main.py\", line 3\n    print(\n         ^\nSyntaxError: '(' was never closed\n");
        assert_eq!(error_location(&t).unwrap().line, 3);
    }

    #[test]
    fn bridge_frames_inside_the_program_are_hidden_but_stdlib_frames_stay() {
        let text = "Traceback (most recent call last):
  File \"main.py\", line 2, in <module>
    time.sleep(100)
  File \"/lib/python3.14/site-packages/pyroom/bridge.py\", line 30, in sleep
    _host.sleep(seconds)
  File \"/lib/python314.zip/_pyodide/_base.py\", line 1, in x
    y
KeyboardInterrupt
";
        assert_eq!(
            rewrite(text),
            "Traceback (most recent call last):\n  File \"main.py\", line 2, in <module>\n    time.sleep(100)\nKeyboardInterrupt\n"
        );
        let stdlib = "Traceback (most recent call last):
  File \"main.py\", line 2, in <module>
    json.loads('{')
  File \"/lib/python3.14/json/__init__.py\", line 352, in loads
    return _default_decoder.decode(s)
json.decoder.JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)
";
        assert_eq!(rewrite(stdlib), stdlib);
    }

    #[test]
    fn repeated_line_notes_follow_their_frame() {
        let text = "Traceback (most recent call last):
  File \"/lib/python3.14/site-packages/pyroom/runner.py\", line 61, in run
    exec(code, namespace)
  File \"main.py\", line 2, in f
    return f()
  [Previous line repeated 996 more times]
RecursionError: maximum recursion depth exceeded
";
        let t = rewrite(text);
        assert!(t.contains("  [Previous line repeated 996 more times]\n"));
        assert!(!t.contains("runner.py"));
    }

    #[test]
    fn chained_exceptions_keep_both_parts() {
        let text = "Traceback (most recent call last):
  File \"/lib/python3.14/site-packages/pyroom/runner.py\", line 61, in run
    exec(code, namespace)
  File \"main.py\", line 2, in <module>
    int('x')
ValueError: invalid literal for int() with base 10: 'x'

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File \"/lib/python3.14/site-packages/pyroom/runner.py\", line 61, in run
    exec(code, namespace)
  File \"main.py\", line 4, in <module>
    raise KeyError(1)
KeyError: 1
";
        let t = rewrite(text);
        assert_eq!(t.matches("Traceback (most recent call last):").count(), 2);
        assert_eq!(error_location(&t).unwrap().line, 4);
    }

    #[test]
    fn no_main_frame_means_no_marker() {
        assert_eq!(error_location("Traceback (most recent call last):\nMemoryError\n"), None);
    }
}
