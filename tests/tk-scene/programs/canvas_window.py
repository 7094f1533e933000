import tkinter as tk

root = tk.Tk()
canvas = tk.Canvas(root, width=300, height=200, bg="white")
canvas.pack(padx=10, pady=10)
canvas.create_rectangle(20, 20, 120, 80, fill="lightgreen")
canvas.create_oval(150, 30, 250, 130, fill="orange")
canvas.create_text(150, 180, text="Drawing area")
button = tk.Button(canvas, text="Click me")
canvas.create_window(150, 100, window=button)
entry = tk.Entry(canvas, width=12)
canvas.create_window(10, 150, window=entry, anchor="nw")
tk.Label(root, text="Below the canvas").pack()
root.mainloop()
