import tkinter as tk
from tkinter import ttk

root = tk.Tk()
root.geometry("420x280")
notebook = ttk.Notebook(root, padding=4)
notebook.pack(fill="both", expand=True)
for title in ("Home", "Profile", "Messages"):
    page = ttk.Frame(notebook, padding=5)
    notebook.add(page, text=title)
    ttk.Label(page, text=f"This is the {title} page").pack(anchor="w")
    ttk.Button(page, text="Refresh").pack(side="bottom", anchor="e")
root.mainloop()
