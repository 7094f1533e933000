"""The procedural interface: module functions bound to the anonymous turtle and the singleton screen.

Each function is generated with the signature of the method it calls (as CPython does), so calling one with the
wrong arguments raises the same TypeError with the function's own name.
"""
import inspect

from ._errors import Terminator
from ._screen import Screen, TurtleScreen, _check_run, _Screen
from ._turtle import Turtle

SCREEN_FUNCTIONS = ['addshape', 'bgcolor', 'bgpic', 'bye',
                    'clearscreen', 'colormode', 'delay', 'exitonclick', 'getcanvas',
                    'getshapes', 'listen', 'mainloop', 'mode', 'no_animation', 'numinput',
                    'onkey', 'onkeypress', 'onkeyrelease', 'onscreenclick', 'ontimer',
                    'register_shape', 'resetscreen', 'screensize', 'save', 'setup',
                    'setworldcoordinates', 'textinput', 'title', 'tracer', 'turtles',
                    'update', 'window_height', 'window_width']
TURTLE_FUNCTIONS = ['back', 'backward', 'begin_fill', 'begin_poly', 'bk',
                    'circle', 'clear', 'clearstamp', 'clearstamps', 'clone', 'color',
                    'degrees', 'distance', 'dot', 'down', 'end_fill', 'end_poly', 'fd',
                    'fillcolor', 'fill', 'filling', 'forward', 'get_poly', 'getpen',
                    'getscreen', 'get_shapepoly', 'getturtle', 'goto', 'heading',
                    'hideturtle', 'home', 'ht', 'isdown', 'isvisible', 'left', 'lt',
                    'onclick', 'ondrag', 'onrelease', 'pd', 'pen', 'pencolor', 'pendown',
                    'pensize', 'penup', 'poly', 'pos', 'position', 'pu', 'radians', 'right',
                    'reset', 'resizemode', 'rt', 'seth', 'setheading', 'setpos',
                    'setposition', 'setundobuffer', 'setx', 'sety', 'shape', 'shapesize',
                    'shapetransform', 'shearfactor', 'showturtle', 'speed', 'st', 'stamp',
                    'teleport', 'tilt', 'tiltangle', 'towards', 'turtlesize', 'undo',
                    'undobufferentries', 'up', 'width',
                    'write', 'xcor', 'ycor']
ALIASES = ['addshape', 'backward', 'bk', 'fd', 'ht', 'lt', 'pd', 'pos',
           'pu', 'rt', 'seth', 'setpos', 'setposition', 'st',
           'turtlesize', 'up', 'width']


def _anonymous_turtle():
    _check_run()
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen


def _the_screen():
    _check_run()
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen


def _call_text(signature):
    args = []
    for p in signature.parameters.values():
        if p.kind is p.VAR_POSITIONAL:
            args.append("*" + p.name)
        elif p.kind is p.KEYWORD_ONLY:
            args.append(f"{p.name}={p.name}")
        elif p.kind is p.VAR_KEYWORD:
            args.append("**" + p.name)
        else:
            args.append(p.name)
    return ", ".join(args)


def _revise_doc(doc, example):
    """The method's docstring, speaking of the function (``turtle.fd(5)`` -> ``fd(5)``)."""
    import re
    if doc is None:
        return None
    doc = doc.replace(example + ".", "")
    return re.sub(r" \(.+ %s\):" % example, ":", doc)


def make_functions(namespace):
    """Defines the procedural functions in ``namespace`` (the turtle module's globals)."""
    sources, methods = [], {}
    for names, cls, getter, example in ((SCREEN_FUNCTIONS, _Screen, "_screen", "screen"),
                                        (TURTLE_FUNCTIONS, Turtle, "_turtle", "turtle")):
        for name in names:
            method = getattr(cls, name)
            sig = inspect.signature(method)
            sig = sig.replace(parameters=list(sig.parameters.values())[1:])
            sources.append(f"def {name}{sig}:\n    return {getter}().{name}({_call_text(sig)})\n")
            methods[name] = (method, example)
    env = {"_screen": _the_screen, "_turtle": _anonymous_turtle}
    exec(compile("\n".join(sources), "<turtle functions>", "exec"), env)  # one compile: imports stay fast
    for name, (method, example) in methods.items():
        func = env[name]
        func.__doc__ = _revise_doc(method.__doc__, example)
        func.__module__ = "turtle"
        namespace[name] = func
