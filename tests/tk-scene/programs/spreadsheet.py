import tkinter as tk

root = tk.Tk()
root.title("Grades")
headers = ("Student", "Math", "Science", "Art")
for c, h in enumerate(headers):
    tk.Label(root, text=h, font=("Helvetica", 10, "bold"), relief="ridge", bg="#ddd").grid(row=0, column=c, sticky="nsew")
names = ("Alice", "Bob", "Charlie", "Dana")
for r, n in enumerate(names, start=1):
    tk.Label(root, text=n, anchor="w", relief="ridge").grid(row=r, column=0, sticky="nsew")
    for c in range(1, 4):
        e = tk.Entry(root, width=6, justify="center")
        e.insert(0, str(70 + r * c))
        e.grid(row=r, column=c, sticky="nsew")
tk.Button(root, text="Average").grid(row=5, column=3, sticky="e", pady=4)
root.mainloop()
