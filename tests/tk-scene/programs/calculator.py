import tkinter as tk

root = tk.Tk()
root.title("Calculator")
display = tk.Entry(root, font=("Helvetica", 14), justify="right", bd=5)
display.grid(row=0, column=0, columnspan=4, sticky="nsew", padx=4, pady=4)
buttons = [
    "7", "8", "9", "/",
    "4", "5", "6", "*",
    "1", "2", "3", "-",
    "0", ".", "=", "+",
]
for i, b in enumerate(buttons):
    tk.Button(root, text=b, width=5, height=2).grid(row=1 + i // 4, column=i % 4, padx=2, pady=2)
tk.Button(root, text="C", bg="red", fg="white").grid(row=5, column=0, columnspan=4, sticky="we", padx=2, pady=2)
for c in range(4):
    root.grid_columnconfigure(c, weight=1)
root.mainloop()
