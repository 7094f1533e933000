import tkinter as tk

root = tk.Tk()
icon = tk.PhotoImage(width=32, height=32)
icon.put("red", to=(0, 0, 16, 16))
banner = tk.PhotoImage(width=200, height=50)
tk.Label(root, image=banner, bd=2, relief="groove").pack(padx=5, pady=5)
tk.Button(root, image=icon).pack(side="left", padx=5)
tk.Button(root, image=icon, text="Save", compound="left").pack(side="left")
tk.Label(root, image=icon, text="Caption", compound="top").pack(side="left", padx=5)
tk.Checkbutton(root, image=icon, text="Pick", compound="right").pack(side="left")
root.mainloop()
