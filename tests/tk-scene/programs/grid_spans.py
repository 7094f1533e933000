import tkinter as tk

root = tk.Tk()
root.title("Spans")
tk.Label(root, text="Big", bg="pink", width=10, height=4).grid(row=0, column=0, rowspan=2, columnspan=2, sticky="nsew")
tk.Button(root, text="A").grid(row=0, column=2, sticky="nsew")
tk.Button(root, text="Button B").grid(row=1, column=2, sticky="nsew")
tk.Button(root, text="C").grid(row=2, column=0, sticky="ew")
tk.Button(root, text="D is wider").grid(row=2, column=1, columnspan=2, sticky="ew")
for c in range(3):
    root.columnconfigure(c, uniform="cols", weight=1)
root.rowconfigure(0, minsize=40)
root.rowconfigure(2, pad=10)
tk.Entry(root).grid(row=3, column=0, columnspan=3, sticky="ew", ipady=3, padx=(0, 20))
root.mainloop()
