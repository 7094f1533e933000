import tkinter as tk

root = tk.Tk()
outer = tk.Frame(root, bd=4, relief="ridge", padx=10, pady=10)
outer.pack(padx=20, pady=20)
left = tk.Frame(outer, bd=2, relief="sunken", padx=5, pady=5, bg="lightblue")
left.pack(side="left", fill="y")
right = tk.Frame(outer, bd=2, relief="groove", padx=8)
right.pack(side="left", padx=(10, 0))
for i in range(3):
    tk.Label(left, text=f"Item {i + 1}", bg="lightblue").pack(anchor="w")
inner = tk.Frame(right, bd=1, relief="solid", highlightthickness=2, highlightbackground="red")
inner.pack(pady=5)
tk.Label(inner, text="Deep inside").pack(padx=4, pady=4)
tk.Button(right, text="Press").pack(fill="x")
tk.Frame(right, height=2, bd=1, relief="sunken").pack(fill="x", pady=5)
tk.Label(right, text="Below the line").pack()
root.mainloop()
