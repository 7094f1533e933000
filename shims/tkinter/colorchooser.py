"""``askcolor``: the panel's colour picker as a modal dialog inside the Preview."""
from tkinter import _colors, _tcl
from tkinter.commondialog import Dialog, parent_handle

__all__ = ["Chooser", "askcolor"]


class Chooser(Dialog):
    """Create a dialog for the tk_chooseColor command."""

    command = "tk_chooseColor"

    def _fixoptions(self):
        color = self.options.get("initialcolor")
        if isinstance(color, tuple):
            self.options["initialcolor"] = "#%02x%02x%02x" % color

    def _query(self, master):
        init = self.options.get("initialcolor")
        initial = _colors.parse(_tcl.tcl_str(init)) if init else None
        q = {"query": "color", "initial": initial, "title": _tcl.tcl_str(self.options.get("title", "")),
             "parent": parent_handle(self.options)}
        return master._app.backend.query(q)["color"]

    def _fixresult(self, widget, result):
        if not result:
            return None, None
        r, g, b = _colors.rgb16(result)
        return (r // 256, g // 256, b // 256), _colors.parse(result)


def askcolor(color=None, **options):
    """Display dialog window for selection of a color."""
    if color:
        options = options.copy()
        options["initialcolor"] = color
    return Chooser(**options).show()
