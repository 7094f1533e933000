# Speed values and tracer(n): the number of animation steps must match the desktop.
import turtle

t = turtle.Turtle()
results = []
for s in (1, 2.4, 5.6, 10, 10.4, 11, 0.4, "normal", "slow", "fast", "slowest", "fastest", 0):
    t.speed(s)
    results.append(t.speed())
    t.forward(37)
    t.left(73)
check("speeds", results, t.pos())
screen = turtle.Screen()
screen.tracer(5)
t.speed(3)
for i in range(12):
    t.forward(20)
    t.right(30)
check("tracer 5", t.pos())
screen.tracer(2, 0)
t.circle(40)
check("tracer 2", t.pos(), screen.delay())
screen.tracer(1, 10)
t.undo()
check("undo animated", t.pos(), t.heading())
t.speed(4)
t.setheading(200)
t.home()
check("home animated", t.pos(), t.heading())
