"""File dialogs. Opening shows the browser's file picker inside the Preview; the chosen files are written into
Python's file system (the ``initialdir``, or the current directory) and their paths returned. Saving asks for a
name inside the Preview and returns a path; when the program has written that file, the panel offers it as a
download (checked whenever the event loop is idle, and when a file from ``asksaveasfile`` is closed)."""
import base64
import os

from tkinter import _loop, _tcl
from tkinter.commondialog import Dialog, parent_handle

__all__ = ["Open", "SaveAs", "Directory", "askopenfilename", "asksaveasfilename", "askopenfilenames",
           "askopenfile", "askopenfiles", "asksaveasfile", "askdirectory"]


def _filetypes(options):
    out = []
    for ft in options.get("filetypes", ()) or ():
        if isinstance(ft, str):
            parts = _tcl.split(ft)
            label, patterns = parts[0], parts[1] if len(parts) > 1 else "*"
        else:
            label, patterns = ft[0], ft[1]
        pats = list(_tcl.split(patterns)) if isinstance(patterns, str) else [str(p) for p in patterns]
        out.append([_tcl.tcl_str(label), pats])
    return out


def _folder(options):
    d = options.get("initialdir")
    if d and os.path.isdir(str(d)):
        return os.path.abspath(str(d))
    return os.getcwd()


class _Dialog(Dialog):
    def _fixoptions(self):
        try:
            self.options["filetypes"] = tuple(self.options["filetypes"])
        except KeyError:
            pass

    def _fields(self):
        o = self.options
        return {"title": _tcl.tcl_str(o.get("title", "")), "initialdir": _tcl.tcl_str(o.get("initialdir", "")),
                "initialfile": _tcl.tcl_str(o.get("initialfile", "")), "filetypes": _filetypes(o),
                "parent": parent_handle(o)}


class Open(_Dialog):
    """Ask for a filename to open."""

    command = "tk_getOpenFile"

    def _query(self, master):
        q = dict(self._fields(), query="open", multiple=bool(self.options.get("multiple")), directory=False)
        files = master._app.backend.query(q)["files"]
        folder = _folder(self.options)
        paths = [_land(folder, f) for f in files]
        if self.options.get("multiple"):
            return tuple(paths) if paths else ""
        return paths[0] if paths else ""


def _land(folder, f):
    """Writes one uploaded file into the file system; returns its path."""
    name = str(f.get("name", "upload")).replace("\\", "/").lstrip("/")
    parts = [p for p in name.split("/") if p not in ("", ".", "..")]
    path = os.path.join(folder, *parts) if parts else os.path.join(folder, "upload")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(base64.b64decode(f.get("data", "")))
    return path


class SaveAs(_Dialog):
    """Ask for a filename to save as."""

    command = "tk_getSaveFile"

    def _query(self, master):
        o = self.options
        q = dict(self._fields(), query="save", defaultextension=_tcl.tcl_str(o.get("defaultextension", "")))
        del q["initialdir"]
        q["initialdir"] = _tcl.tcl_str(o.get("initialdir", ""))
        name = master._app.backend.query(q)["text"]
        if not name:
            return ""
        path = os.path.join(_folder(o), os.path.basename(name))
        ext = _tcl.tcl_str(o.get("defaultextension", ""))
        if ext and not os.path.splitext(path)[1]:
            path += ext if ext.startswith(".") else "." + ext
        watch_save(master._app, path)
        return path


class Directory(Dialog):
    """Ask for a directory."""

    command = "tk_chooseDirectory"

    def _query(self, master):
        o = self.options
        q = {"query": "open", "title": _tcl.tcl_str(o.get("title", "")),
             "initialdir": _tcl.tcl_str(o.get("initialdir", "")), "initialfile": "", "filetypes": [],
             "multiple": True, "directory": True, "parent": parent_handle(o)}
        files = master._app.backend.query(q)["files"]
        if not files:
            return ""
        folder = _folder(o)
        for f in files:
            _land(folder, f)
        top = str(files[0].get("name", "")).replace("\\", "/").lstrip("/").split("/")[0]
        return os.path.join(folder, top) if top else folder


# ---- downloads of saved files ----

def _stamp(path):
    try:
        st = os.stat(path)
        return (st.st_mtime_ns, st.st_size)
    except OSError:
        return None


def watch_save(app, path):
    """Offers ``path`` as a download each time the program writes it (checked when the loop is idle)."""
    if not app.save_watch:
        app.idle_hooks.append(lambda: _check_saves(app))
    app.save_watch[path] = _stamp(path)


def _check_saves(app):
    for path, old in list(app.save_watch.items()):
        now = _stamp(path)
        if now is not None and now != old:
            app.save_watch[path] = now
            offer_download(path)


def offer_download(path):
    with open(path, "rb") as fh:
        data = fh.read()
    _loop.send("download", name=os.path.basename(path), data=base64.b64encode(data).decode("ascii"))


class _SavedFile:
    """A file from ``asksaveasfile``: closing it offers the download at once."""

    def __init__(self, fh, app, path):
        self._fh = fh
        self._app = app
        self._path = path

    def __getattr__(self, name):
        return getattr(self._fh, name)

    def __iter__(self):
        return iter(self._fh)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        if not self._fh.closed:
            self._fh.close()
            self._app.save_watch[self._path] = _stamp(self._path)
            offer_download(self._path)


# ---- the convenience functions ----

def askopenfilename(**options):
    """Ask for a filename to open."""
    return Open(**options).show()


def asksaveasfilename(**options):
    """Ask for a filename to save as."""
    return SaveAs(**options).show()


def askopenfilenames(**options):
    """Ask for multiple filenames to open; returns a tuple of names, or an empty string if cancelled."""
    options["multiple"] = 1
    return Open(**options).show()


def askopenfile(mode="r", **options):
    """Ask for a filename to open, and returned the opened file."""
    filename = Open(**options).show()
    if filename:
        return open(filename, mode)
    return None


def askopenfiles(mode="r", **options):
    """Ask for multiple filenames and return the open file objects (a list, or None if cancelled)."""
    files = askopenfilenames(**options)
    if files:
        return [open(f, mode) for f in files]
    return files


def asksaveasfile(mode="w", **options):
    """Ask for a filename to save as, and returned the opened file."""
    dialog = SaveAs(**options)
    filename = dialog.show()
    if filename:
        from tkinter import _misc
        app = (dialog.master or _misc.default_root())._app
        return _SavedFile(open(filename, mode), app, filename)
    return None


def askdirectory(**options):
    """Ask for a directory, and return the file name."""
    return Directory(**options).show()
