import tkinter as tk
from tkinter import ttk

root = tk.Tk()
paned = ttk.PanedWindow(root, orient="vertical")
paned.pack(fill="both", expand=True)
top = ttk.Frame(paned, width=200, height=80, relief="sunken")
bottom = ttk.Frame(paned, width=200, height=60, relief="sunken")
paned.add(top)
paned.add(bottom)
ttk.Label(root, text="Vertical panes").pack()
root.mainloop()
