import tkinter as tk

root = tk.Tk()
root.title("To-Do List")

entry = tk.Entry(root, width=40)
entry.pack(padx=10, pady=10)

frame = tk.Frame(root)
frame.pack(padx=10)
listbox = tk.Listbox(frame, width=40, height=10)
listbox.pack(side=tk.LEFT, fill=tk.BOTH)
scrollbar = tk.Scrollbar(frame)
scrollbar.pack(side=tk.RIGHT, fill=tk.BOTH)
listbox.config(yscrollcommand=scrollbar.set)
scrollbar.config(command=listbox.yview)
for task in ["Buy milk", "Walk the dog", "Finish homework", "Call grandma"]:
    listbox.insert(tk.END, task)

button_frame = tk.Frame(root)
button_frame.pack(pady=10)
tk.Button(button_frame, text="Add Task", width=12).pack(side=tk.LEFT, padx=5)
tk.Button(button_frame, text="Delete Task", width=12).pack(side=tk.LEFT, padx=5)
tk.Button(button_frame, text="Clear All", width=12).pack(side=tk.LEFT, padx=5)
root.mainloop()
