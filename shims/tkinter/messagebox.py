"""Message boxes (``showinfo``, ``askyesno``...), shown by the panel as modal dialogs inside the Preview."""
from tkinter import _tcl
from tkinter._tcl import TclError
from tkinter.commondialog import Dialog, parent_handle

__all__ = ["showinfo", "showwarning", "showerror", "askquestion", "askokcancel", "askyesno", "askyesnocancel",
           "askretrycancel"]

# icons
ERROR = "error"
INFO = "info"
QUESTION = "question"
WARNING = "warning"

# types
ABORTRETRYIGNORE = "abortretryignore"
OK = "ok"
OKCANCEL = "okcancel"
RETRYCANCEL = "retrycancel"
YESNO = "yesno"
YESNOCANCEL = "yesnocancel"

# replies
ABORT = "abort"
RETRY = "retry"
IGNORE = "ignore"
CANCEL = "cancel"
YES = "yes"
NO = "no"

_BUTTONS = {"abortretryignore": ("abort", "retry", "ignore"), "ok": ("ok",), "okcancel": ("ok", "cancel"),
            "retrycancel": ("retry", "cancel"), "yesno": ("yes", "no"), "yesnocancel": ("yes", "no", "cancel")}
_ICONS = ("error", "info", "question", "warning")


class Message(Dialog):
    """A message box."""

    command = "tk_messageBox"

    def _query(self, master):
        o = self.options
        icon = _tcl.tcl_str(o.get("icon", "info"))
        if icon not in _ICONS:
            raise TclError('bad -icon value "%s": must be error, info, question, or warning' % icon)
        kind = _tcl.tcl_str(o.get("type", "ok"))
        if kind not in _BUTTONS:
            raise TclError('bad -type value "%s": must be abortretryignore, ok, okcancel, retrycancel, yesno, or '
                           'yesnocancel' % kind)
        default = _tcl.tcl_str(o.get("default", _BUTTONS[kind][0]))
        if default not in ("abort", "retry", "ignore", "ok", "cancel", "no", "yes"):
            raise TclError('bad -default value "%s": must be abort, retry, ignore, ok, cancel, no, or yes'
                           % default)
        if default not in _BUTTONS[kind]:
            raise TclError('invalid default button "%s"' % default)
        q = {"query": "message", "icon": icon, "type": kind, "title": _tcl.tcl_str(o.get("title", "")),
             "message": _tcl.tcl_str(o.get("message", "")), "detail": _tcl.tcl_str(o.get("detail", "")),
             "default": default, "parent": parent_handle(o)}
        answer = master._app.backend.query(q)["button"]
        return answer if answer in _BUTTONS[kind] else ("cancel" if "cancel" in _BUTTONS[kind] else default)


def _show(title=None, message=None, _icon=None, _type=None, **options):
    if _icon and "icon" not in options:
        options["icon"] = _icon
    if _type and "type" not in options:
        options["type"] = _type
    if title:
        options["title"] = title
    if message:
        options["message"] = message
    res = Message(**options).show()
    return str(res)


def showinfo(title=None, message=None, **options):
    """Show an info message."""
    return _show(title, message, INFO, OK, **options)


def showwarning(title=None, message=None, **options):
    """Show a warning message."""
    return _show(title, message, WARNING, OK, **options)


def showerror(title=None, message=None, **options):
    """Show an error message."""
    return _show(title, message, ERROR, OK, **options)


def askquestion(title=None, message=None, **options):
    """Ask a question; returns "yes" or "no"."""
    return _show(title, message, QUESTION, YESNO, **options)


def askokcancel(title=None, message=None, **options):
    """Ask if operation should proceed; return true if the answer is ok."""
    return _show(title, message, QUESTION, OKCANCEL, **options) == OK


def askyesno(title=None, message=None, **options):
    """Ask a question; return true if the answer is yes."""
    return _show(title, message, QUESTION, YESNO, **options) == YES


def askyesnocancel(title=None, message=None, **options):
    """Ask a question; return true if the answer is yes, None if cancelled."""
    s = _show(title, message, QUESTION, YESNOCANCEL, **options)
    if s == CANCEL:
        return None
    return s == YES


def askretrycancel(title=None, message=None, **options):
    """Ask if operation should be retried; return true if the answer is yes."""
    return _show(title, message, WARNING, RETRYCANCEL, **options) == RETRY
