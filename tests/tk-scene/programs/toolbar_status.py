import tkinter as tk

root = tk.Tk()
root.title("Editor")
root.geometry("500x300")

toolbar = tk.Frame(root, bd=1, relief=tk.RAISED)
for name in ("New", "Open", "Save", "Cut", "Copy", "Paste"):
    tk.Button(toolbar, text=name, relief=tk.FLAT).pack(side=tk.LEFT, padx=2, pady=2)
toolbar.pack(side=tk.TOP, fill=tk.X)

status = tk.Label(root, text="Ready", bd=1, relief=tk.SUNKEN, anchor=tk.W)
status.pack(side=tk.BOTTOM, fill=tk.X)

text = tk.Text(root)
text.pack(fill=tk.BOTH, expand=True)
root.mainloop()
