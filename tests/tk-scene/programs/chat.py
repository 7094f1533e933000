import tkinter as tk

root = tk.Tk()
root.title("Chat")
root.geometry("360x400")
root.grid_rowconfigure(0, weight=1)
root.grid_columnconfigure(0, weight=1)
log = tk.Text(root, state="disabled", wrap="word")
log.grid(row=0, column=0, columnspan=2, sticky="nsew", padx=(5, 0), pady=5)
sb = tk.Scrollbar(root, command=log.yview)
sb.grid(row=0, column=2, sticky="ns", pady=5)
log["yscrollcommand"] = sb.set
msg = tk.Entry(root)
msg.grid(row=1, column=0, sticky="ew", padx=5, pady=(0, 5))
tk.Button(root, text="Send", width=8).grid(row=1, column=1, columnspan=2, padx=(0, 5), pady=(0, 5))
root.mainloop()
