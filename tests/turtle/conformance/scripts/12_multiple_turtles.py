# Several turtles: a race, clones, turtles(), clear and reset of one turtle and of the screen.
import turtle

screen = turtle.Screen()
runners = []
for i, c in enumerate(["red", "green", "blue"]):
    r = turtle.Turtle(shape="turtle")
    r.color(c)
    r.penup()
    r.goto(-150, 60 - 60 * i)
    r.pendown()
    runners.append(r)
for step in range(5):
    for i, r in enumerate(runners):
        r.forward(10 + 5 * i + step)
check("race", [r.pos() for r in runners], len(screen.turtles()))
c = runners[0].clone()
c.left(90)
c.forward(40)
check("clone", c.pos(), c.heading(), c.pencolor(), len(screen.turtles()), c.undobufferentries())
runners[1].clear()
check("cleared one", runners[1].pos(), runners[1].undobufferentries())
runners[2].reset()
check("reset one", runners[2].pos(), runners[2].pencolor(), runners[2].shape())
hidden = turtle.Turtle(visible=False)
hidden.forward(20)
check("invisible", hidden.isvisible(), hidden.pos())
screen.resetscreen()
check("resetscreen", [r.pos() for r in screen.turtles()])
screen.clearscreen()
check("clearscreen", len(screen.turtles()), screen.bgcolor())
t = turtle.Turtle()
t.forward(10)
check("after clear", t.pos())
