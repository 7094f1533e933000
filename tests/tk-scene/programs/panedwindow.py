import tkinter as tk

root = tk.Tk()
pw = tk.PanedWindow(root, orient=tk.HORIZONTAL, sashwidth=5, bd=2, relief="sunken")
pw.pack(fill=tk.BOTH, expand=True)
left = tk.Listbox(pw, width=15)
for x in ("alpha", "beta", "gamma"):
    left.insert("end", x)
pw.add(left)
right = tk.Text(pw, width=30, height=10)
pw.add(right)
tk.Label(root, text="Drag the sash").pack()
root.mainloop()
