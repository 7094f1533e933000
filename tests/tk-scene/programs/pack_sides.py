import tkinter as tk

root = tk.Tk()
root.title("Pack sides")
tk.Label(root, text="Top", bg="red", fg="white").pack(side="top", fill="x")
tk.Label(root, text="Bottom", bg="green", fg="white").pack(side="bottom", fill="x", ipady=5)
tk.Label(root, text="Left", bg="blue", fg="white").pack(side="left", fill="y", ipadx=10)
tk.Label(root, text="Right", bg="purple", fg="white").pack(side="right", fill="y")
tk.Button(root, text="Center").pack(expand=True, padx=30, pady=30)
tk.Button(root, text="Anchored").pack(anchor="nw")
root.mainloop()
