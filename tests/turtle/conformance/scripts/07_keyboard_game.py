# A keyboard game: arrows steer a player, space shoots, a timer moves an enemy, the score is written.
import turtle

screen = turtle.Screen()
screen.bgcolor("black")
screen.title("Catch me")
screen.tracer(0)
player = turtle.Turtle()
player.shape("triangle")
player.color("white")
player.penup()
enemy = turtle.Turtle()
enemy.shape("circle")
enemy.color("red")
enemy.penup()
enemy.goto(100, 100)
pen = turtle.Turtle()
pen.hideturtle()
pen.penup()
pen.color("yellow")
pen.goto(0, 120)
score = [0]
shots = []


def show_score():
    pen.clear()
    pen.write("Score: %d" % score[0], align="center", font=("Courier", 14, "normal"))


def up():
    player.setheading(90)
    player.forward(20)


def down():
    player.setheading(270)
    player.forward(20)


def left():
    player.setheading(180)
    player.forward(20)


def right():
    player.setheading(0)
    player.forward(20)


def shoot():
    shots.append(player.pos())
    score[0] += 1
    show_score()


def tick():
    enemy.setheading(enemy.towards(player))
    enemy.forward(5)
    screen.update()
    screen.ontimer(tick, 100)


screen.onkeypress(up, "Up")
screen.onkeypress(down, "Down")
screen.onkey(left, "Left")
screen.onkeyrelease(right, "Right")
screen.onkeypress(shoot, "space")
screen.onkeypress(lambda: shots.append("any"))
key("Up")  # before listen(): ignored
screen.listen()
show_score()
screen.update()
check("start", player.pos(), score[0])
for k in ("Up", "Up", "Left", "Right", "Down"):
    key(k)
    key(k, down=False)
key("space"); key("space", down=False)
key("a")
key("x", down=False)
screen.update()
check("moved", player.pos(), player.heading(), score[0], shots)
screen.ontimer(tick)
run_for(1050)
check("chased", enemy.pos(), enemy.heading())
screen.onkeypress(None, "Up")
key("Up")
check("unbound", player.pos(), shots)
