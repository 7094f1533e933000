"""Symbolic constants for Tk (the names tkinter programs use instead of option strings)."""

# booleans
NO = FALSE = OFF = 0
YES = TRUE = ON = 1

# -anchor and -sticky
N, S, W, E = "n", "s", "w", "e"
NW, SW, NE, SE = "nw", "sw", "ne", "se"
NS, EW, NSEW = "ns", "ew", "nsew"
CENTER = "center"

# -fill
NONE = "none"
X, Y = "x", "y"
BOTH = "both"

# -side
LEFT, TOP, RIGHT, BOTTOM = "left", "top", "right", "bottom"

# -relief
RAISED, SUNKEN, FLAT, RIDGE, GROOVE, SOLID = "raised", "sunken", "flat", "ridge", "groove", "solid"

# -orient
HORIZONTAL, VERTICAL = "horizontal", "vertical"

# -tabs
NUMERIC = "numeric"

# -wrap
CHAR, WORD = "char", "word"

# -align
BASELINE = "baseline"

# -bordermode
INSIDE, OUTSIDE = "inside", "outside"

# special indices
SEL = "sel"
SEL_FIRST, SEL_LAST = "sel.first", "sel.last"
END = "end"
INSERT = "insert"
CURRENT = "current"
ANCHOR = "anchor"
ALL = "all"

# -state
NORMAL, DISABLED, ACTIVE, HIDDEN = "normal", "disabled", "active", "hidden"

# menu item types
CASCADE, CHECKBUTTON, COMMAND, RADIOBUTTON, SEPARATOR = "cascade", "checkbutton", "command", "radiobutton", "separator"

# -selectmode
SINGLE, BROWSE, MULTIPLE, EXTENDED = "single", "browse", "multiple", "extended"

# activestyle
DOTBOX, UNDERLINE = "dotbox", "underline"

# canvas item types
PIESLICE, CHORD, ARC = "pieslice", "chord", "arc"
FIRST, LAST = "first", "last"
BUTT, PROJECTING, ROUND = "butt", "projecting", "round"
BEVEL, MITER = "bevel", "miter"

# xview/yview
MOVETO, SCROLL, UNITS, PAGES = "moveto", "scroll", "units", "pages"
