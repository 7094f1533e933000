import tkinter as tk

root = tk.Tk()
root.title("Login")
root.columnconfigure(1, weight=1)

tk.Label(root, text="Username:").grid(row=0, column=0, sticky="e", padx=5, pady=5)
user = tk.Entry(root)
user.grid(row=0, column=1, sticky="ew", padx=5, pady=5)
tk.Label(root, text="Password:").grid(row=1, column=0, sticky="e", padx=5, pady=5)
pw = tk.Entry(root, show="*")
pw.grid(row=1, column=1, sticky="ew", padx=5, pady=5)
remember = tk.BooleanVar()
tk.Checkbutton(root, text="Remember me", variable=remember).grid(row=2, column=1, sticky="w")
buttons = tk.Frame(root)
buttons.grid(row=3, column=0, columnspan=2, pady=(10, 5))
tk.Button(buttons, text="Login", width=10).pack(side="left", padx=5)
tk.Button(buttons, text="Cancel", width=10).pack(side="left", padx=5)
root.mainloop()
