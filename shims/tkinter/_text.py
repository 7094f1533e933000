"""``Text``: the content, marks and tags live in Python; the renderer shows them and reports the user's edits.

The content is one string that always ends with a newline (as in Tk, ``end`` is just past it); an embedded window
or image takes one character (``\\ufffc``) that ``get`` leaves out. Positions are offsets into that string; Tk's
``line.char`` indices and their modifiers (``+3c``, ``lineend``, ``wordstart``...) are parsed by
:meth:`Text._offset` with Tk's error messages.
"""
import re

from . import _events, _loop, _options, _tcl
from ._tcl import TclError, Tcl_Obj
from ._views import XView, YView
from ._widget import Widget

EMBED = "\ufffc"
_MOD_RE = re.compile(r"\s*([+-])\s*(-?\d+)\s*((?:display|any)?\s*[a-z]+)?\s*|"
                     r"\s*((?:display\s+|any\s+)?(?:linestart|lineend|wordstart|wordend))\s*")
_UNITS = ("chars", "indices", "lines")


class Text(Widget, XView, YView):
    """Text widget which can display text in various forms."""

    def __init__(self, master=None, cnf={}, **kw):
        Widget.__init__(self, master, "text", cnf, kw)

    def _init_widget(self):
        self._s = "\n"
        self._marks = {"insert": [0, "right"], "current": [0, "right"]}
        self._tags = {"sel": []}
        self._tag_order = ["sel"]
        self._tag_opts = {"sel": _options.OptionSet(_options.table("tag"), self._app)}
        self._tag_opts["sel"].set([("background", "#c3c3c3"), ("foreground", ""), ("relief", "")])
        self._embeds = []
        self._modified = False
        self._undo, self._redo = [], []
        self._item_tables = {}

    def _after_create(self):
        _loop.send("text_tag_config", id=self._handle, tag="sel", options=self._tag_render("sel"))

    # ---- indices ----

    def _line_starts(self):
        starts = [0]
        s = self._s
        i = s.find("\n")
        while i != -1 and i + 1 < len(s):
            starts.append(i + 1)
            i = s.find("\n", i + 1)
        return starts

    def _pos(self, off):
        """(line, char) of an offset."""
        starts = self._line_starts()
        lo, hi = 0, len(starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if starts[mid] <= off:
                lo = mid
            else:
                hi = mid - 1
        if off >= len(self._s):
            return len(starts) + 1, 0
        return lo + 1, off - starts[lo]

    def _fmt(self, off):
        line, ch = self._pos(off)
        return "%d.%d" % (line, ch)

    def _line_end(self, off):
        i = self._s.find("\n", off)
        return len(self._s) - 1 if i == -1 else i

    def _line_start(self, off):
        return self._s.rfind("\n", 0, max(0, off)) + 1 if off > 0 else 0

    def _end(self):
        return len(self._s)

    def _base(self, s):
        """The offset of an index's base and the rest of the string (modifiers)."""
        m = re.match(r"(-?\d+)\.(\d+|end)", s)
        if m:
            line, ch = int(m.group(1)), m.group(2)
            starts = self._line_starts()
            if line < 1:
                off = 0
            elif line > len(starts):
                off = self._end()
            else:
                start = starts[line - 1]
                end = self._line_end(start)
                off = end if ch == "end" else min(start + int(ch), end)
            return off, s[m.end():]
        m = re.match(r"@(-?\d+),(-?\d+)", s)
        if m:
            return self._at(int(m.group(1)), int(m.group(2))), s[m.end():]
        if re.match(r"end(?![^\s+\-])", s):
            return self._end(), s[3:]
        m = re.match(r"([^\s+\-.]+)\.(first|last)", s)
        if m and m.group(1) in self._tags:
            ranges = self._tags[m.group(1)]
            if not ranges:
                raise TclError('text doesn\'t contain any characters tagged with "%s"' % m.group(1))
            return (ranges[0][0] if m.group(2) == "first" else ranges[-1][1]), s[m.end():]
        m = re.match(r"[^\s+\-]+", s)
        if m:
            word = m.group(0)
            if word in self._marks:
                return self._marks[word][0], s[m.end():]
            for i, e in enumerate(self._embeds):
                if e["name"] == word:
                    return self._embed_offset(i), s[m.end():]
            if word.endswith((".first", ".last")):
                raise TclError('text doesn\'t contain any characters tagged with "%s"' % word.rsplit(".", 1)[0])
        raise TclError('bad text index "%s"' % s)

    def _at(self, x, y):
        """The character nearest to pixel (x, y), reckoned from the font's metrics (the first line at the top)."""
        font = self._render_value("font")
        m = self._app.metrics(font)
        pad = self._opts.strict("borderwidth") + self._opts.strict("highlightthickness") + self._opts.strict("pady")
        line = max(0, (y - pad) // max(1, m["linespace"]))
        starts = self._line_starts()
        if line >= len(starts):
            return self._end() - 1
        start = starts[line]
        text = self._s[start:self._line_end(start)]
        col, left = 0, self._opts.strict("borderwidth") + self._opts.strict("highlightthickness") + \
            self._opts.strict("padx")
        while col < len(text) and self._app.measure(font, text[:col + 1]) + left <= x:
            col += 1
        return start + col

    def _offset(self, index):
        if isinstance(index, float):
            index = _tcl.float_str(index)
        s = _tcl.tcl_str(index)
        off, rest = self._base(s)
        while rest.strip():
            m = _MOD_RE.match(rest)
            if not m or m.end() == 0:
                raise TclError('bad text index "%s"' % s)
            rest = rest[m.end():]
            if m.group(1):
                n = int(m.group(2)) * (1 if m.group(1) == "+" else -1)
                unit = (m.group(3) or "chars").replace(" ", "")
                for prefix in ("display", "any"):
                    if unit.startswith(prefix):
                        unit = unit[len(prefix):]
                if not unit or not any(u.startswith(unit) for u in _UNITS):
                    raise TclError('bad text index "%s"' % s)
                if unit.startswith("l"):
                    line, ch = self._pos(off)
                    starts = self._line_starts()
                    target = min(max(1, line + n), len(starts) + 1)
                    if target > len(starts):
                        off = self._end()
                    else:
                        start = starts[target - 1]
                        off = min(start + ch, self._line_end(start))
                else:
                    off = min(max(0, off + n), self._end())
            else:
                word = m.group(4).split()[-1]
                if word == "linestart":
                    off = self._line_start(off)
                elif word == "lineend":
                    off = self._line_end(off) if off < self._end() else off
                elif word == "wordstart":
                    while off > 0 and _word(self._s[off - 1]) and _word(self._s[min(off, len(self._s) - 1)]):
                        off -= 1
                else:
                    if off < len(self._s) and _word(self._s[off]):
                        while off < len(self._s) and _word(self._s[off]):
                            off += 1
                    else:
                        off += 1
        return min(off, self._end())

    def _clip(self, off):
        """Insert positions stop before the final newline."""
        return min(off, len(self._s) - 1)

    def index(self, index):
        """Return the index in the form line.char for INDEX."""
        return self._fmt(self._offset(index))

    def compare(self, index1, op, index2):
        """Return whether between index INDEX1 and index INDEX2 the relation OP is satisfied."""
        a, b = self._offset(index1), self._offset(index2)
        ops = {"<": a < b, "<=": a <= b, "==": a == b, ">=": a >= b, ">": a > b, "!=": a != b}
        if op not in ops:
            raise TclError('bad comparison operator "%s": must be <, <=, ==, >=, >, or !=' % op)
        return ops[op]

    def count(self, index1, index2, *options, return_ints=False):
        a, b = self._offset(index1), self._offset(index2)
        sign = 1 if b >= a else -1
        lo, hi = min(a, b), max(a, b)
        out = []
        for opt in [o.lstrip("-") for o in options] or ["indices"]:
            if opt == "update":
                continue
            if opt in ("chars", "indices", "displaychars", "displayindices"):
                out.append(sign * (hi - lo))
            elif opt in ("lines", "displaylines"):
                out.append(sign * (self._pos(hi)[0] - self._pos(lo)[0]))
            else:
                raise TclError('bad option "-%s": must be -chars, -displaychars, -displayindices, '
                               '-displaylines, -indices, -lines, -update, -xpixels, or -ypixels' % opt)
        if return_ints and len(out) == 1:
            return out[0]
        return tuple(out) if out else None

    # ---- content ----

    def get(self, index1, index2=None):
        """Return the text from INDEX1 to INDEX2 (not included)."""
        a = self._offset(index1)
        b = a + 1 if index2 is None else self._offset(index2)
        if a >= self._end() or b <= a:
            return ""
        return self._s[a:b].replace(EMBED, "")

    def _editable(self):
        return self._opts.strict("state") == "normal"

    def insert(self, index, chars, *args):
        """Insert CHARS before the characters at INDEX. Additional CHARS and tags can follow in ARGS."""
        if not self._editable():
            return
        off = self._clip(self._offset(index))
        pieces = [(chars, None)]
        rest = list(args)
        if rest:
            pieces = [(chars, rest[0])]
            rest = rest[1:]
            while rest:
                pieces.append((rest[0], rest[1] if len(rest) > 1 else ()))
                rest = rest[2:]
        for text, tags in pieces:
            text = _tcl.tcl_str(text)
            if not text:
                continue
            if tags is None:
                tag_list = self._shared_tags(off)
            else:
                tag_list = [_tcl.tcl_str(t) for t in (_tcl.split(tags) if isinstance(tags, str) else tags)]
                for t in tag_list:
                    self._tag_options(t)
            self._replace(off, off, text, tag_list)
            off += len(text)

    def _shared_tags(self, off):
        if off == 0:
            return []
        return [t for t, ranges in self._tags.items() if _in(ranges, off - 1) and _in(ranges, off)]

    def delete(self, index1, index2=None):
        """Delete the characters between INDEX1 and INDEX2 (not included)."""
        if not self._editable():
            return
        a = self._offset(index1)
        b = a + 1 if index2 is None else self._offset(index2)
        b = self._clip(b) if b >= self._end() else b
        a = min(a, b)
        if b > a:
            self._replace(a, b, "", [])

    def replace(self, index1, index2, chars, *args):
        """Replaces the range of characters between index1 and index2 with the given characters and tags."""
        a = self._offset(index1)
        self.delete(index1, index2)
        self.insert(self._fmt(min(a, self._end() - 1)), chars, *args)

    def _replace(self, a, b, text, tags, record=True, send=True):
        """The one place the content changes: fixes marks, tags, embeds, undo, the modified flag."""
        removed = self._s[a:b]
        self._s = self._s[:a] + text + self._s[b:]
        n = len(text) - (b - a)
        for mark in self._marks.values():
            p = mark[0]
            if p > b or (p == b and b > a):
                mark[0] = p + n
            elif p > a:
                mark[0] = a
            elif p == a and text and mark[1] == "right" and b == a:
                mark[0] = p + len(text)
        changed_tags = []
        for tag, ranges in self._tags.items():
            new = _shift(ranges, a, b, len(text))
            if tag in tags:
                new = _add(new, a, a + len(text))
            if new != ranges:
                self._tags[tag] = new
                changed_tags.append(tag)
        if EMBED in removed:
            first = self._s[:a].count(EMBED)
            del self._embeds[first:first + removed.count(EMBED)]
        if record and self._opts.strict("undo"):
            self._undo.append((a, removed, text))
            self._redo = []
        if send:
            _loop.send("text_replace", id=self._handle, start=a, end=b, text=text, tags=list(tags))
            for tag in changed_tags:
                self._send_tag(tag)
            self._send_state()
        self._set_modified(True)

    def _state(self):
        return {"cursor": self._marks["insert"][0]}

    def _set_modified(self, flag):
        was = self._modified
        self._modified = flag
        if flag and not was:
            from . import _wm
            _wm.virtual_event(self, "Modified")

    # ---- the user ----

    def _user_edit(self, e):
        if not self._editable():
            self._resend_all()
            return
        end = self._end() - 1
        a, b = max(0, min(e["start"], end)), max(0, min(e["end"], end))
        self._replace(a, b, e["text"], self._shared_tags(a) if e["text"] else [], send=False)
        self._marks["insert"][0] = a + len(e["text"])
        changed = [t for t in self._tags if t != "sel"]
        for t in changed:
            self._send_tag(t)

    def _resend_all(self):
        _loop.send("text_replace", id=self._handle, start=0, end=len(self._s) - 1, text=self._s[:-1], tags=[])
        for t in self._tags:
            self._send_tag(t)

    def _user_cursor(self, e):
        self._marks["insert"][0] = max(0, min(e["index"], self._end() - 1))
        sel = e["selection"]
        self._tags["sel"] = [(sel[0], sel[1])] if sel and sel[0] < sel[1] else []

    def _selected_text(self):
        r = self._tags.get("sel")
        return self._s[r[0][0]:r[-1][1]].replace(EMBED, "") if r else None

    # ---- marks ----

    def mark_set(self, markName, index):
        """Set mark MARKNAME before the character at INDEX."""
        off = self._offset(index)
        name = _tcl.tcl_str(markName)
        if name == "insert":
            off = self._clip(off)
        self._marks.setdefault(name, [off, "right"])[0] = off
        if name == "insert":
            self._send_state()

    def mark_unset(self, *markNames):
        """Delete all marks in MARKNAMES."""
        for m in markNames:
            if m not in ("insert", "current"):
                self._marks.pop(_tcl.tcl_str(m), None)

    def mark_names(self):
        """Return all mark names."""
        return tuple(self._marks)

    def mark_gravity(self, markName, direction=None):
        """Change the gravity of a mark MARKNAME to DIRECTION (LEFT or RIGHT); return the current gravity."""
        mark = self._marks.get(_tcl.tcl_str(markName))
        if mark is None:
            raise TclError('there is no mark named "%s"' % markName)
        if direction is None:
            return mark[1]
        d = _tcl.tcl_str(direction)
        if d not in ("left", "right"):
            raise TclError('bad mark gravity "%s": must be left or right' % d)
        mark[1] = d
        return None

    def mark_next(self, index):
        off = self._offset(index)
        after = sorted(((p, k), n) for k, (n, (p, g)) in enumerate(self._marks.items()) if p >= off)
        return after[0][1] if after else None

    def mark_previous(self, index):
        off = self._offset(index)
        before = sorted(((p, k), n) for k, (n, (p, g)) in enumerate(self._marks.items()) if p < off)
        return before[-1][1] if before else None

    # ---- tags ----

    def _tag_options(self, tag):
        opts = self._tag_opts.get(tag)
        if opts is None:
            opts = self._tag_opts[tag] = _options.OptionSet(_options.table("tag"), self._app)
            self._tags.setdefault(tag, [])
            if tag not in self._tag_order:
                self._tag_order.append(tag)
            _loop.send("text_tag_order", id=self._handle, tags=list(self._tag_order))
        return opts

    def _tag_render(self, tag):
        opts = self._tag_opts[tag]
        out = {}
        for name in opts.raw:
            v = opts.strict(name)
            if isinstance(v, _options._fonts.FontRef):
                v = _options._fonts.strict(v, self._app.fonts)
            out[name] = v
        return out

    def _send_tag(self, tag):
        _loop.send("text_tag", id=self._handle, tag=tag, ranges=[list(r) for r in self._tags.get(tag, [])])

    def tag_add(self, tagName, index1, *args):
        """Add tag TAGNAME to all characters between INDEX1 and index2 in ARGS."""
        tag = _tcl.tcl_str(tagName)
        self._tag_options(tag)
        idx = [index1] + list(args)
        ranges = self._tags[tag]
        while idx:
            a = self._offset(idx[0])
            b = self._offset(idx[1]) if len(idx) > 1 else a + 1
            b = min(b, self._end())
            if b > a:
                ranges = _add(ranges, a, b)
            idx = idx[2:]
        self._tags[tag] = ranges
        self._send_tag(tag)

    def tag_remove(self, tagName, index1, index2=None):
        """Remove tag TAGNAME from all characters between INDEX1 and INDEX2."""
        tag = _tcl.tcl_str(tagName)
        if tag not in self._tags:
            return
        a = self._offset(index1)
        b = a + 1 if index2 is None else self._offset(index2)
        self._tags[tag] = _remove(self._tags[tag], a, b)
        self._send_tag(tag)

    def tag_delete(self, *tagNames):
        """Delete all tags in TAGNAMES."""
        for t in tagNames:
            t = _tcl.tcl_str(t)
            if t == "sel":
                self._tags["sel"] = []
                self._send_tag("sel")
                continue
            if t in self._tags:
                del self._tags[t]
                self._tag_opts.pop(t, None)
                self._tag_order.remove(t)
                self._item_tables.pop(t, None)
                _loop.send("text_tag_delete", id=self._handle, tag=t)

    def tag_names(self, index=None):
        """Return a list of all tag names (at INDEX if given)."""
        if index is None:
            return tuple(self._tag_order)
        off = self._offset(index)
        return tuple(t for t in self._tag_order if _in(self._tags.get(t, []), off))

    def tag_ranges(self, tagName):
        """Return a list of start and end index for the ranges of text tagged with TAGNAME."""
        out = ()
        for a, b in self._tags.get(_tcl.tcl_str(tagName), []):
            out += (Tcl_Obj("textindex", self._fmt(a)), Tcl_Obj("textindex", self._fmt(b)))
        return out

    def tag_nextrange(self, tagName, index1, index2=None):
        a = self._offset(index1)
        b = self._end() if index2 is None else self._offset(index2)
        for s, e in self._tags.get(_tcl.tcl_str(tagName), []):
            start = max(s, a)
            if start < e and start < b:
                return (self._fmt(start), self._fmt(e))
        return ()

    def tag_prevrange(self, tagName, index1, index2=None):
        a = self._offset(index1)
        b = 0 if index2 is None else self._offset(index2)
        for s, e in reversed(self._tags.get(_tcl.tcl_str(tagName), [])):
            if s < a and e > b:
                return (self._fmt(max(s, b)), self._fmt(min(e, a)))
        return ()

    def tag_configure(self, tagName, cnf=None, **kw):
        """Configure a tag TAGNAME."""
        from ._misc import merge_cnf
        tag = _tcl.tcl_str(tagName)
        opts = self._tag_options(tag)
        cnf = merge_cnf(cnf, kw)
        if cnf is None:
            return opts.describe_all()
        if isinstance(cnf, str):
            return opts.describe(cnf)
        opts.set(self._loose_items(cnf))
        _loop.send("text_tag_config", id=self._handle, tag=tag, options=self._tag_render(tag))
        return None

    tag_config = tag_configure

    def tag_cget(self, tagName, option):
        """Return the value of OPTION for tag TAGNAME."""
        return self._tag_options(_tcl.tcl_str(tagName)).cget(str(option))

    def tag_raise(self, tagName, aboveThis=None):
        tag = _tcl.tcl_str(tagName)
        self._tag_options(tag)
        self._tag_order.remove(tag)
        pos = len(self._tag_order) if aboveThis is None else self._tag_order.index(str(aboveThis)) + 1
        self._tag_order.insert(pos, tag)
        _loop.send("text_tag_order", id=self._handle, tags=list(self._tag_order))

    def tag_lower(self, tagName, belowThis=None):
        tag = _tcl.tcl_str(tagName)
        self._tag_options(tag)
        self._tag_order.remove(tag)
        pos = 0 if belowThis is None else self._tag_order.index(str(belowThis))
        self._tag_order.insert(pos, tag)
        _loop.send("text_tag_order", id=self._handle, tags=list(self._tag_order))

    def tag_bind(self, tagName, sequence, func, add=None):
        """Bind to all characters with TAGNAME at event SEQUENCE a call to function FUNC."""
        table = self._item_tables.setdefault(_tcl.tcl_str(tagName), _events.BindTable())
        if isinstance(func, str):
            table.bind(sequence, script=func, add=bool(add))
            return None
        if func:
            funcid = self._register(func)
            table.bind(sequence, funcid=funcid, add=bool(add))
            return funcid
        return table.get(sequence) if sequence else table.sequences()

    def tag_unbind(self, tagName, sequence, funcid=None):
        table = self._item_tables.get(_tcl.tcl_str(tagName))
        if table is not None:
            for name in table.unbind(sequence, funcid):
                self.deletecommand(name)

    # ---- search, see, undo ----

    def search(self, pattern, index, stopindex=None, forwards=None, backwards=None, exact=None, regexp=None,
               nocase=None, count=None, elide=None, *, nolinestop=None, strictlimits=None):
        """Search PATTERN beginning from INDEX until STOPINDEX; return the index of the first character of a match
        or an empty string."""
        if not pattern and not regexp:
            raise TclError("you must give a non-empty pattern" if False else "no pattern")
        start = self._offset(index)
        text = self._s[:-1]
        flags = re.IGNORECASE if nocase else 0
        rx = re.compile(str(pattern) if regexp else re.escape(str(pattern)), flags | re.MULTILINE)
        matches = [(m.start(), m.end()) for m in rx.finditer(text)]
        if backwards:
            stop = 0 if stopindex is None else self._offset(stopindex)
            cand = [m for m in matches if m[0] < start and m[0] >= stop] or (
                [m for m in matches if m[0] >= start] if stopindex is None else [])
            hit = cand[-1] if cand else None
        else:
            stop = self._end() if stopindex is None else self._offset(stopindex)
            cand = [m for m in matches if start <= m[0] and (m[1] <= stop or stopindex is None)]
            if not cand and stopindex is None:
                cand = [m for m in matches if m[0] < start]
            hit = cand[0] if cand else None
        if hit is None:
            return ""
        if count is not None:
            count.set(hit[1] - hit[0])
        return self._fmt(hit[0])

    def see(self, index):
        """Scroll such that the character at INDEX is visible."""
        _loop.send("see", id=self._handle, index=self._offset(index))

    yview_pickplace = see

    def _view_index(self, axis, index):
        self.see(index)

    def edit_modified(self, arg=None):
        if arg is None:
            return int(self._modified)
        self._set_modified(bool(_tcl.parse_bool(arg)))
        return None

    def edit_reset(self):
        self._undo, self._redo = [], []

    def edit_separator(self):
        pass

    def edit_undo(self):
        if not self._undo:
            raise TclError("nothing to undo")
        a, removed, text = self._undo.pop()
        self._replace(a, a + len(text), removed, [], record=False)
        self._redo.append((a, removed, text))

    def edit_redo(self):
        if not self._redo:
            raise TclError("nothing to redo")
        a, removed, text = self._redo.pop()
        self._replace(a, a + len(removed), text, [], record=False)
        self._undo.append((a, removed, text))

    def edit(self, *args):
        sub = args[0] if args else ""
        fn = {"modified": self.edit_modified, "undo": self.edit_undo, "redo": self.edit_redo,
              "reset": self.edit_reset, "separator": self.edit_separator}.get(sub)
        if fn is None:
            raise TclError('bad edit option "%s": must be canundo, canredo, modified, redo, reset, separator, '
                           'or undo' % sub)
        return fn(*args[1:])

    # ---- embedded windows and images ----

    def _embed_offset(self, i):
        pos = -1
        for _ in range(i + 1):
            pos = self._s.index(EMBED, pos + 1)
        return pos

    def _embed(self, index, kind, target, cnf):
        off = self._clip(self._offset(index))
        before = self._s[:off].count(EMBED)
        name = target._w if kind == "window" else target.name
        self._embeds.insert(before, {"kind": kind, "name": name, "target": target, "cnf": dict(cnf)})
        self._replace(off, off, EMBED, [])
        _loop.send("text_embed", id=self._handle, offset=off, window=target._handle if kind == "window" else None,
                   image=target._handle if kind == "image" else None, options={})
        return name

    def window_create(self, index, cnf={}, **kw):
        """Create a window at INDEX."""
        cnf = dict(cnf or {}, **kw)
        w = cnf.get("window")
        if w is None:
            raise TclError("no window given")
        self._embed(index, "window", w, cnf)

    def image_create(self, index, cnf={}, **kw):
        """Create an embedded image at INDEX."""
        cnf = dict(cnf or {}, **kw)
        img = cnf.get("image")
        if isinstance(img, str):
            img = self._app.images.get(img)
        if img is None:
            raise TclError('image "%s" doesn\'t exist' % cnf.get("image"))
        return self._embed(index, "image", img, cnf)

    def window_names(self):
        return tuple(e["name"] for e in self._embeds if e["kind"] == "window")

    def image_names(self):
        return tuple(e["name"] for e in self._embeds if e["kind"] == "image")

    def window_cget(self, index, option):
        return self._embed_at(index)["cnf"].get(option, "")

    image_cget = window_cget

    def window_configure(self, index, cnf=None, **kw):
        self._embed_at(index)["cnf"].update(dict(cnf or {}, **kw))

    window_config = image_configure = window_configure

    def _embed_at(self, index):
        off = self._offset(index)
        if self._s[off:off + 1] != EMBED:
            raise TclError('no embedded window at index "%s"' % index)
        return self._embeds[self._s[:off].count(EMBED)]

    def dump(self, index1, index2=None, command=None, **kw):
        a = self._offset(index1)
        b = a + 1 if index2 is None else self._offset(index2)
        out = []
        for off in range(a, b):
            line_text = self._s[off]
            out.append(("text", line_text, self._fmt(off)))
        return out

    def bbox(self, index):
        return None

    def dlineinfo(self, index):
        return None

    def peer_create(self, newPathName, cnf={}, **kw):
        raise TclError("text peers are not available in Pyroom")

    def peer_names(self):
        return ()

    def scan_mark(self, x, y):
        pass

    def scan_dragto(self, x, y):
        pass

    def debug(self, boolean=None):
        return 0

    def _takes_focus(self):
        return self._opts.strict("state") == "normal"


def _word(c):
    return c.isalnum() or c == "_"


def _in(ranges, off):
    return any(a <= off < b for a, b in ranges)


def _add(ranges, a, b):
    out = []
    for s, e in sorted(list(ranges) + [(a, b)]):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _remove(ranges, a, b):
    out = []
    for s, e in ranges:
        if e <= a or s >= b:
            out.append((s, e))
            continue
        if s < a:
            out.append((s, a))
        if e > b:
            out.append((b, e))
    return out


def _shift(ranges, a, b, inserted):
    """Ranges after [a, b) was replaced by ``inserted`` characters (new text is not tagged here)."""
    n = inserted - (b - a)
    out = []
    for s, e in _remove(ranges, a, b) if b > a else ranges:
        if b == a and s < a < e:
            out.append((s, a))
            out.append((a + inserted, e + n))
            continue
        s2 = s + n if s >= b else s
        e2 = e + n if e >= b and (e > a or b > a) else e
        if e2 > s2:
            out.append((s2, e2))
    return _merge(out)


def _merge(ranges):
    out = []
    for s, e in sorted(ranges):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        elif e > s:
            out.append((s, e))
    return out
