# Ending: exitonclick-style bindings, bye(), and what happens to turtle calls after the window is gone.
import turtle

screen = turtle.Screen()
t = turtle.Turtle()
t.forward(30)
screen.onclick(lambda x, y: screen.bye())
click(10, 10)
check("after bye", turtle.TurtleScreen._RUNNING)
expect_error(turtle.forward, 10)
check("running again", turtle.TurtleScreen._RUNNING)
t2 = turtle.Turtle()
t2.forward(15)
check("new screen", t2.pos(), len(turtle.Screen().turtles()))
