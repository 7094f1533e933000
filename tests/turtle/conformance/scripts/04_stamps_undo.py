# Stamps along a path, clearing some, then undoing everything step by step.
import turtle

t = turtle.Turtle()
t.shape("turtle")
t.color("darkgreen", "lightgreen")
t.speed(0)
ids = []
for i in range(8):
    ids.append(t.stamp())
    t.forward(30)
    t.left(45)
check("stamped", t.undobufferentries(), len(ids))
t.clearstamp(ids[2])
check("cleared one", t.undobufferentries())
t.clearstamps(2)
check("cleared first two", t.undobufferentries())
t.clearstamps(-2)
check("cleared last two", t.undobufferentries())
t.speed(6)
for _ in range(5):
    t.undo()
check("undo 5", t.pos(), t.heading(), t.undobufferentries())
t.pencolor("red")
t.pensize(4)
t.circle(30)
t.write("circle")
t.dot(15, "blue")
check("more", t.undobufferentries())
while t.undobufferentries():
    t.undo()
check("all undone", t.pos(), t.heading(), t.pencolor(), t.pensize())
t.setundobuffer(3)
for _ in range(6):
    t.forward(10)
check("small buffer", t.undobufferentries())
t.undo(); t.undo(); t.undo(); t.undo()
check("small buffer undone", t.pos(), t.undobufferentries())
t.clearstamps()
t.setundobuffer(None)
check("no buffer", t.undobufferentries())
t.undo()
t.forward(20)
check("after", t.pos())
