# Classroom recursion: a fractal tree and a Koch snowflake, drawn with tracer off.
import turtle

screen = turtle.Screen()
screen.tracer(0)
t = turtle.Turtle()
t.hideturtle()
t.left(90)
t.penup()
t.goto(0, -120)
t.pendown()


def tree(length, depth):
    if depth == 0:
        return
    t.pensize(depth)
    t.forward(length)
    t.left(25)
    tree(length * 0.7, depth - 1)
    t.right(50)
    tree(length * 0.7, depth - 1)
    t.left(25)
    t.backward(length)


tree(60, 6)
screen.update()
check("tree", t.pos(), t.heading(), t.undobufferentries())


def koch(length, depth):
    if depth == 0:
        t.forward(length)
        return
    for angle in (60, -120, 60, 0):
        koch(length / 3, depth - 1)
        t.left(angle)


t.pensize(1)
t.penup()
t.goto(-100, 100)
t.setheading(0)
t.pendown()
t.color("navy")
for _ in range(3):
    koch(200, 3)
    t.right(120)
screen.update()
check("snowflake", t.pos(), t.heading())
