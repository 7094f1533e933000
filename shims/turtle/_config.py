"""The turtle configuration (``_CFG``), with CPython's defaults and its ``turtle.cfg`` file."""
import os

_CFG = {"width": 0.5,               # Screen
        "height": 0.75,
        "canvwidth": 400,
        "canvheight": 300,
        "leftright": None,
        "topbottom": None,
        "mode": "standard",          # TurtleScreen
        "colormode": 1.0,
        "delay": 10,
        "undobuffersize": 1000,      # RawTurtle
        "shape": "classic",
        "pencolor": "black",
        "fillcolor": "black",
        "resizemode": "noresize",
        "visible": True,
        "language": "english",        # docstrings
        "exampleturtle": "turtle",
        "examplescreen": "screen",
        "title": "Python Turtle Graphics",
        "using_IDLE": False
        }


def config_dict(filename):
    """Convert content of config-file into dictionary."""
    with open(filename, "r") as f:
        cfglines = f.readlines()
    cfgdict = {}
    for line in cfglines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            key, value = line.split("=")
        except ValueError:
            print("Bad line in config-file %s:\n%s" % (filename, line))
            continue
        key, value = key.strip(), value.strip()
        if value in ("True", "False", "None", "''", '""'):
            value = {"True": True, "False": False, "None": None}.get(value, "")
        else:
            try:
                value = float(value) if "." in value else int(value)
            except ValueError:
                pass
        cfgdict[key] = value
    return cfgdict


def readconfig(cfgdict):
    """Read ``turtle.cfg`` from the current directory (and ``turtle_<importconfig>.cfg`` if it names one)."""
    name = "turtle.cfg"
    local = config_dict(name) if os.path.isfile(name) else {}
    if "importconfig" in local:
        other = "turtle_%s.cfg" % local["importconfig"]
        if os.path.isfile(other):
            cfgdict.update(config_dict(other))
    cfgdict.update(local)


try:
    readconfig(_CFG)
except Exception:
    print("No configfile read, reason unknown")
