import tkinter as tk

root = tk.Tk()
root.geometry("220x120")
tk.Label(root, text="A label that is much wider than the window it sits in").pack()
tk.Button(root, text="First button").pack(side="left")
tk.Button(root, text="Second button that is long").pack(side="left")
tk.Text(root, width=40, height=10).pack(fill="both", expand=True)
tk.Label(root, text="Hidden at the bottom").pack(side="bottom")
root.mainloop()
