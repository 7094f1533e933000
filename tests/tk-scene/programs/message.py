import tkinter as tk

root = tk.Tk()
root.title("About")
tk.Message(root, text="This program shows how a Message widget wraps a long text over several lines "
           "keeping its aspect ratio.", width=200).pack(padx=10, pady=10)
tk.Message(root, text="Short note", bg="lightyellow", relief="groove", bd=2).pack(fill="x", padx=10)
tk.Message(root, text="Aspect ratio one hundred and fifty percent makes a wider block of text", aspect=150).pack()
tk.Button(root, text="OK", width=8).pack(pady=10)
root.mainloop()
