# Image shapes and a background picture (a small GIF written by the script).
import base64
import os
import tempfile
import turtle

GIF = base64.b64decode("R0lGODlhBgAEAJEAANnZ2f8AAAAA/////yH5BAEAAAAALAAAAAAGAAQAAAIGjB8iqOgFADs=")
os.chdir(tempfile.mkdtemp())
path = "tiny.gif"
with open(path, "wb") as f:
    f.write(GIF)
screen = turtle.Screen()
screen.register_shape(path)
check("registered", screen.getshapes() == sorted(screen.getshapes()), path in screen.getshapes())
t = turtle.Turtle()
t.speed(0)
t.shape(path)
t.forward(50)
t.left(90)
t.stamp()
t.forward(30)
check("image turtle", t.shape() == path, t.pos(), t.heading(), t.get_shapepoly())
t.hideturtle()
t.forward(10)
check("hidden image turtle", t.pos())
t.showturtle()
screen.bgpic(path)
check("bgpic", screen.bgpic() == path)
screen.bgpic("nopic")
check("nopic", screen.bgpic())
t.shape("arrow")
t.stamp()
check("back to polygon", t.shape())
while t.undobufferentries():
    t.undo()
check("undone", t.pos())
