import tkinter as tk

root = tk.Tk()
root.title("Order")
tk.Label(root, text="Choose your pizza", font=("Helvetica", 14, "bold")).pack(pady=5)
size = tk.StringVar(value="M")
sizes = tk.Frame(root)
sizes.pack()
for text, val in (("Small", "S"), ("Medium", "M"), ("Large", "L")):
    tk.Radiobutton(sizes, text=text, variable=size, value=val).pack(side="left")
for topping in ("Cheese", "Mushrooms", "Olives"):
    tk.Checkbutton(root, text=topping).pack(anchor="w", padx=20)
tk.Scale(root, from_=1, to=10, orient="horizontal", label="Quantity").pack(fill="x", padx=10)
tk.Spinbox(root, values=("Pickup", "Delivery"), width=10).pack(pady=5)
crust = tk.StringVar(value="Thin")
tk.OptionMenu(root, crust, "Thin", "Thick", "Stuffed").pack()
tk.Scale(root, from_=0, to=100).pack(side="left")
tk.Button(root, text="Order", default="active").pack(side="right", padx=10, pady=10)
root.mainloop()
