"""``ttk.Style``: style options and state maps, kept per interpreter and sent to the renderer (``style`` and
``style_map`` ops). Layouts and elements are Tk's drawing internals; Pyroom keeps the layouts programs define
(so a style named after them is valid) and renders every widget its own way."""
from . import _colors, _fonts, _loop, _misc, _options, _tcl
from ._tcl import TclError

THEMES = ("clam", "alt", "default", "classic")
BASE_LAYOUTS = {"TButton", "TLabel", "TEntry", "TFrame", "TCombobox", "Horizontal.TProgressbar",
                "Vertical.TProgressbar", "TNotebook", "TNotebook.Tab", "Treeview", "Heading", "Item", "Cell",
                "TSeparator", "Horizontal.TScrollbar", "Vertical.TScrollbar", "TCheckbutton", "TRadiobutton",
                "Horizontal.TScale", "Vertical.TScale", "TSpinbox", "TLabelframe", "TLabelframe.Label",
                "TPanedwindow", "Horizontal.Sash", "Vertical.Sash", "TMenubutton", "TSizegrip", "Toolbutton",
                "ComboboxPopdownFrame"}
DEFAULTS = {
    ".": {"background": "#d9d9d9", "foreground": "#000000", "troughcolor": "#c3c3c3", "font": "TkDefaultFont",
          "selectbackground": "#c3c3c3", "selectforeground": "#000000", "insertwidth": 1, "indicatordiameter": 10,
          "borderwidth": 1},
    "TButton": {"relief": "raised", "padding": [3, 3], "anchor": "center", "width": -9, "shiftrelief": 1},
    "TEntry": {"padding": [1], "insertwidth": 1, "fieldbackground": "#ffffff"},
    "TCombobox": {"arrowsize": 12, "padding": [1], "fieldbackground": "#ffffff"},
    "TCheckbutton": {"indicatorrelief": "raised", "indicatordiameter": 10, "borderwidth": 1, "padding": [2]},
    "TRadiobutton": {"indicatorrelief": "raised", "indicatordiameter": 10, "borderwidth": 1, "padding": [2]},
    "TNotebook.Tab": {"padding": [4, 2], "background": "#d9d9d9"},
    "Heading": {"font": "TkHeadingFont", "relief": "raised"},
    "Treeview": {"background": "#ffffff", "foreground": "#000000", "rowheight": 20},
}
DEFAULT_MAPS = {
    "TButton": {"relief": [("!disabled", "pressed", "sunken")]},
    ".": {"foreground": [("disabled", "#a3a3a3")], "background": [("disabled", "#d9d9d9"), ("active", "#ececec")]},
}
COLOR_OPTIONS = {"background", "foreground", "fieldbackground", "bordercolor", "lightcolor", "darkcolor",
                 "troughcolor", "arrowcolor", "insertcolor", "selectbackground", "selectforeground",
                 "focuscolor", "indicatorbackground", "indicatorforeground", "insertbackground"}


class _Styles:
    def __init__(self):
        self.config = {k: dict(v) for k, v in DEFAULTS.items()}
        self.maps = {k: {o: list(s) for o, s in v.items()} for k, v in DEFAULT_MAPS.items()}
        self.layouts = set(BASE_LAYOUTS)
        self.theme = "default"


def styles(app):
    st = getattr(app, "ttk_styles", None)
    if st is None:
        st = app.ttk_styles = _Styles()
    return st


def layout_exists(app, name):
    st = styles(app)
    parts = name.split(".")
    return any(".".join(parts[i:]) in st.layouts for i in range(len(parts)))


def _strict(app, option, value):
    if option in COLOR_OPTIONS:
        s = _tcl.tcl_str(value)
        return _colors.parse(s) if s else None
    if option == "font":
        return _fonts.strict(_fonts.parse(value, app.fonts), app.fonts)
    if option in ("padding", "borderwidth", "width", "rowheight", "arrowsize", "insertwidth", "indicatordiameter"):
        parts = _tcl.split(value) if isinstance(value, str) else (value if isinstance(value, (tuple, list))
                                                                  else [value])
        return [float(_options.pixels(p)) for p in parts]
    return _tcl.tcl_str(value)


def _flatten_map(spec):
    """A state map ``[(state..., value), ...]`` as ``[[state spec, value], ...]``."""
    out = []
    for entry in spec:
        entry = list(entry)
        value = entry[-1]
        states = []
        for s in entry[:-1]:
            states.extend(_tcl.split(s) if isinstance(s, str) else s)
        out.append((tuple(states), value))
    return out


class Style:
    """Manipulate style database."""

    _name = "ttk::style"

    def __init__(self, master=None):
        if master is None:
            master = _misc.default_root("create an instance of ttk.Style")
        self.master = master
        self.tk = self.master.tk
        self._app = master._app

    def configure(self, style, query_opt=None, **kw):
        """Query or sets the default value of the specified option(s) in style."""
        st = styles(self._app)
        conf = st.config.setdefault(style, {})
        if query_opt is not None:
            return conf.get(query_opt.lstrip("-"), "")
        if not kw:
            return dict(conf) if conf else None
        strict = {}
        for k, v in kw.items():
            k = k.rstrip("_")
            strict[k] = _strict(self._app, k, v)
            conf[k] = _tcl.tcl_str(v) if k == "font" and not isinstance(v, str) else v
        _loop.send("style", style=style, options=strict)
        return None

    def map(self, style, query_opt=None, **kw):
        """Query or sets dynamic values of the specified option(s) in style."""
        st = styles(self._app)
        maps = st.maps.setdefault(style, {})
        if query_opt is not None:
            return [tuple(s) + (v,) for s, v in maps.get(query_opt.lstrip("-"), [])]
        if not kw:
            return {k: [tuple(s) + (v,) for s, v in spec] for k, spec in maps.items()}
        strict = {}
        for k, spec in kw.items():
            k = k.rstrip("_")
            flat = _flatten_map(spec)
            for states, _ in flat:
                for s in states:
                    if s.lstrip("!") not in STATE_NAMES:
                        raise TclError("Invalid state name %s" % s.lstrip("!"))
            maps[k] = flat
            strict[k] = [[" ".join(s), _strict(self._app, k, v)] for s, v in flat]
        _loop.send("style_map", style=style, options=strict)
        return {}

    def lookup(self, style, option, state=None, default=None):
        """Returns the value specified for option in style."""
        st = styles(self._app)
        option = option.lstrip("-")
        if state:
            flags = set(state if isinstance(state, (list, tuple)) else _tcl.split(state))
            for name in (style, "."):
                for states, v in st.maps.get(name, {}).get(option, []):
                    if all((s[1:] not in flags) if s.startswith("!") else (s in flags) for s in states):
                        return v
        parts = style.split(".")
        for i in range(len(parts)):
            conf = st.config.get(".".join(parts[i:]), {})
            if option in conf:
                return conf[option]
        if option in st.config["."]:
            return st.config["."][option]
        return default if default is not None else ""

    def layout(self, style, layoutspec=None):
        """Define the widget layout for given style (kept so the style exists; Pyroom draws widgets itself)."""
        st = styles(self._app)
        if layoutspec is None:
            if not layout_exists(self._app, style):
                raise TclError("Layout %s not found" % style)
            return []
        st.layouts.add(style)
        return None

    def element_create(self, elementname, etype, *args, **kw):
        pass

    def element_names(self):
        return ()

    def element_options(self, elementname):
        return ()

    def theme_create(self, themename, parent=None, settings=None):
        pass

    def theme_settings(self, themename, settings):
        for style, spec in (settings or {}).items():
            if "configure" in spec:
                self.configure(style, **spec["configure"])
            if "map" in spec:
                self.map(style, **spec["map"])

    def theme_names(self):
        """Returns a list of all known themes."""
        return THEMES

    def theme_use(self, themename=None):
        """If themename is None, returns the theme in use, otherwise, set the current theme to themename."""
        st = styles(self._app)
        if themename is None:
            return st.theme
        if themename not in THEMES:
            raise TclError('theme "%s" doesn\'t exist' % themename)
        st.theme = themename
        _loop.send("theme", name=themename)
        return None


STATE_NAMES = ("active", "disabled", "focus", "pressed", "selected", "background", "readonly", "alternate",
               "invalid", "hover", "user1", "user2", "user3", "user4", "user5", "user6")
