import tkinter as tk
from tkinter import ttk

root = tk.Tk()
main = ttk.Frame(root, padding=(12, 6, 12, 12))
main.pack(fill="both", expand=True)
group = ttk.LabelFrame(main, text="Options", padding=8)
group.pack(fill="x")
ttk.Checkbutton(group, text="Verbose").pack(anchor="w")
ttk.Checkbutton(group, text="Quiet").pack(anchor="w")
group2 = ttk.Labelframe(main, text="Output")
group2.pack(fill="both", expand=True, pady=(8, 0))
ttk.Entry(group2, width=30).pack(padx=5, pady=5)
box = ttk.Frame(main, borderwidth=2, relief="sunken", padding="4 2")
box.pack(fill="x", pady=4)
ttk.Label(box, text="Status: idle").pack(side="left")
ttk.Sizegrip(box).pack(side="right")
root.mainloop()
