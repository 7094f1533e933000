"""Base class for the common dialogs (message boxes, file and colour choosers), which Pyroom shows as modal
dialogs inside the Preview: ``show()`` sends one blocking query to the panel and returns its answer."""
from tkinter import _misc

__all__ = ["Dialog"]


class Dialog:
    command = None

    def __init__(self, master=None, **options):
        if master is None:
            master = options.get("parent")
        self.master = master
        self.options = options

    def _fixoptions(self):
        pass

    def _fixresult(self, widget, result):
        return result

    def _query(self, master):
        """The answer to this dialog (subclasses ask the panel)."""
        raise NotImplementedError

    def show(self, **options):
        """Show the dialog and return the user's answer."""
        for k, v in options.items():
            self.options[k] = v
        self._fixoptions()
        master = self.master
        if master is None:
            master = _misc.default_root()
        from tkinter import _loop
        _loop.flush()
        s = self._query(master)
        return self._fixresult(master, s)


def parent_handle(options):
    p = options.get("parent")
    return getattr(p, "_handle", None)
