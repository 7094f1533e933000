# textinput/numinput answers, ontimer ordering, a countdown drawn by timers, bye-free ending.
import turtle

screen = turtle.Screen()
answer("Ada", "abc", "15", None, "200", "7")
name = screen.textinput("Name", "What is your name?")
n = screen.numinput("Number", "How many sides?", 5, minval=3, maxval=12)
cancelled = screen.textinput("Again", "Cancel me")
big = screen.numinput("Big", "Number", maxval=100)
check("answers", name, n, cancelled, big)
t = turtle.Turtle()
t.speed(0)
events = []
screen.ontimer(lambda: events.append("b"), 200)
screen.ontimer(lambda: events.append("a"), 100)
screen.ontimer(lambda: events.append("now"))
run_for(150)
check("timers 150", events)
run_for(100)
check("timers 250", events)
count = [5]


def countdown():
    t.write(count[0])
    t.forward(20)
    count[0] -= 1
    if count[0] > 0:
        screen.ontimer(countdown, 100)


countdown()
run_for(1000)
check("countdown", count[0], t.pos(), t.undobufferentries())
