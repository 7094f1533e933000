# A first exercise: a square, then a triangle in another colour, with default speed.
from turtle import *

for _ in range(4):
    forward(100)
    left(90)
check("square", pos(), heading())
color("red")
pensize(3)
for _ in range(3):
    forward(80)
    right(120)
check("triangle", pos(), heading(), pencolor(), pensize())
penup()
goto(-100, 50)
pendown()
setheading(270)
forward(40)
check("goto", position(), xcor(), ycor(), distance(0, 0), towards(0, 0))
