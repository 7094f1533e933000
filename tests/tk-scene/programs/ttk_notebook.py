import tkinter as tk
from tkinter import ttk

root = tk.Tk()
root.title("Tabs")
nb = ttk.Notebook(root)
nb.pack(fill="both", expand=True, padx=5, pady=5)
general = ttk.Frame(nb, padding=10)
advanced = ttk.Frame(nb)
nb.add(general, text="General")
nb.add(advanced, text="Advanced")
ttk.Label(general, text="Name:").grid(row=0, column=0, sticky="w")
ttk.Entry(general).grid(row=0, column=1)
ttk.Checkbutton(general, text="Enabled").grid(row=1, column=0, columnspan=2, sticky="w")
ttk.Label(advanced, text="Nothing to see here").pack(padx=20, pady=20)
ttk.Button(advanced, text="Reset").pack()
ttk.Button(root, text="Close").pack(side="right", padx=5, pady=5)
root.mainloop()
