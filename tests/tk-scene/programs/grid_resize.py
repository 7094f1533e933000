import tkinter as tk

root = tk.Tk()
root.geometry("420x260")
root.columnconfigure(0, weight=1)
root.columnconfigure(1, weight=3)
root.rowconfigure(1, weight=1)
tk.Label(root, text="Search:").grid(row=0, column=0, sticky="e", padx=4, pady=4)
tk.Entry(root).grid(row=0, column=1, sticky="ew", padx=4)
tk.Button(root, text="Go").grid(row=0, column=2, padx=4)
tk.Listbox(root).grid(row=1, column=0, sticky="nsew", padx=4, pady=4)
tk.Text(root, width=20, height=5).grid(row=1, column=1, columnspan=2, sticky="nsew", padx=4, pady=4)
tk.Label(root, text="status", relief="sunken", anchor="w").grid(row=2, column=0, columnspan=3, sticky="ew")
root.mainloop()
