import tkinter as tk

root = tk.Tk()
root.geometry("300x200")
container = tk.Frame(root)
canvas = tk.Canvas(container, highlightthickness=0)
scrollbar = tk.Scrollbar(container, orient="vertical", command=canvas.yview)
inner = tk.Frame(canvas)
canvas.create_window((0, 0), window=inner, anchor="nw")
canvas.configure(yscrollcommand=scrollbar.set)
for i in range(12):
    tk.Label(inner, text=f"Row number {i}").pack(anchor="w")
container.pack(fill="both", expand=True)
canvas.pack(side="left", fill="both", expand=True)
scrollbar.pack(side="right", fill="y")
root.mainloop()
