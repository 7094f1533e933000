import tkinter as tk

root = tk.Tk()
root.title("Counter")
count = tk.IntVar(value=0)
tk.Label(root, textvariable=count, font=("Helvetica", 48)).pack(padx=40, pady=10)
row = tk.Frame(root)
row.pack(pady=10)
tk.Button(row, text="-", width=4).pack(side="left", padx=5)
tk.Button(row, text="Reset").pack(side="left", padx=5)
tk.Button(row, text="+", width=4).pack(side="left", padx=5)
root.mainloop()
