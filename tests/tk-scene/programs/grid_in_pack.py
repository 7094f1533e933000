import tkinter as tk

root = tk.Tk()
root.title("Mixed")
top = tk.Frame(root, bd=2, relief="groove")
top.pack(fill="x", padx=5, pady=5)
for r in range(2):
    for c in range(3):
        tk.Label(top, text=f"r{r}c{c}", bd=1, relief="solid", width=6).grid(row=r, column=c, padx=1, pady=1)
top.grid_anchor("center")
mid = tk.Frame(root)
mid.pack(fill="both", expand=True)
tk.Button(mid, text="placed").place(x=5, y=5)
tk.Label(mid, text="spacer", height=3).pack()
bottom = tk.Frame(root, height=40, width=300, bg="tan")
bottom.pack(fill="x")
bottom.grid_propagate(False)
tk.Button(bottom, text="In fixed frame").grid(row=0, column=0, padx=5, pady=5)
root.mainloop()
