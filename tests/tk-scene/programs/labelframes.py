import tkinter as tk

root = tk.Tk()
root.title("Settings")
personal = tk.LabelFrame(root, text="Personal info", padx=10, pady=10)
personal.pack(padx=10, pady=10, fill="x")
tk.Label(personal, text="Name").grid(row=0, column=0, sticky="w")
tk.Entry(personal).grid(row=0, column=1)
tk.Label(personal, text="Age").grid(row=1, column=0, sticky="w")
tk.Spinbox(personal, from_=0, to=120, width=5).grid(row=1, column=1, sticky="w")

prefs = tk.LabelFrame(root, text="Preferences", font=("Helvetica", 12, "bold"))
prefs.pack(padx=10, pady=(0, 10), fill="both", expand=True)
tk.Checkbutton(prefs, text="Send newsletter").pack(anchor="w")
tk.Checkbutton(prefs, text="Dark mode").pack(anchor="w")

side = tk.LabelFrame(root, text="Side", labelanchor="w")
side.pack(padx=10, pady=10)
tk.Button(side, text="Apply").pack(side="left")
tk.Button(side, text="Reset").pack(side="left")
root.mainloop()
