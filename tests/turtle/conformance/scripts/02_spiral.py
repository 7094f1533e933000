# A colourful square spiral drawn fast, then a circle spiral with tracer batching.
import turtle

t = turtle.Turtle()
t.speed(0)
colors = ["red", "orange", "yellow", "green", "blue", "purple"]
for i in range(60):
    t.pencolor(colors[i % 6])
    t.forward(i * 3)
    t.left(91)
check("square spiral", t.pos(), t.heading(), t.undobufferentries())
screen = turtle.Screen()
screen.tracer(4, 5)
t.penup()
t.home()
t.pendown()
t.width(2)
for r in range(10, 60, 10):
    t.circle(r, 90)
check("tracer 4", screen.tracer(), screen.delay(), t.pos(), t.heading())
screen.tracer(0)
for i in range(200):
    t.forward(i / 10)
    t.right(15)
check("tracer 0 before update", t.pos())
screen.update()
screen.tracer(1)
check("tracer back on", screen.tracer(), t.pos())
