import tkinter as tk

root = tk.Tk()
root.title("Files")
xs = tk.Scrollbar(root, orient="horizontal")
ys = tk.Scrollbar(root, orient="vertical")
lb = tk.Listbox(root, xscrollcommand=xs.set, yscrollcommand=ys.set, selectmode="extended")
for i in range(30):
    lb.insert("end", f"/home/student/projects/file_{i:02d}.py")
xs.config(command=lb.xview)
ys.config(command=lb.yview)
lb.grid(row=0, column=0, sticky="nsew")
ys.grid(row=0, column=1, sticky="ns")
xs.grid(row=1, column=0, sticky="ew")
tk.Label(root, text="30 files").grid(row=2, column=0, columnspan=2, sticky="w")
root.grid_rowconfigure(0, weight=1)
root.grid_columnconfigure(0, weight=1)
root.mainloop()
