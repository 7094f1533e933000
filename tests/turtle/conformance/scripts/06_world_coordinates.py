# A graph in world coordinates: axes, a sine curve, and a changed coordinate system.
import math
import turtle

screen = turtle.Screen()
screen.setup(600, 400)
screen.setworldcoordinates(-1, -1.5, 7, 1.5)
check("world", screen.mode(), screen.screensize())
t = turtle.Turtle()
t.speed(0)
t.penup(); t.goto(-1, 0); t.pendown(); t.goto(7, 0)
t.penup(); t.goto(0, -1.5); t.pendown(); t.goto(0, 1.5)
t.penup()
for i in range(64):
    x = i / 10
    t.goto(x, math.sin(x))
    t.pendown()
check("sine", t.pos(), t.heading(), t.towards(0, 0), t.distance(0, 0))
t.left(45)
t.forward(1)
t.stamp()
check("stamp", t.pos(), t.heading())
screen.setworldcoordinates(0, -2, 10, 2)
check("changed", t.pos(), screen.screensize())
t.dot(10, "red")
t.write("here", font=("Arial", 10, "normal"))
check("dot and text", t.pos())
screen.mode("standard")
check("standard again", t.pos(), t.heading(), screen.mode())
