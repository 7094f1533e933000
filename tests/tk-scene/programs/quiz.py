import tkinter as tk

root = tk.Tk()
root.title("Quiz")
root.geometry("360x260")
q = tk.Label(root, text="Question 1: Which planet is known as the Red Planet in our solar system?",
             wraplength=300, justify="left", font=("Helvetica", 12))
q.pack(pady=10, padx=10, anchor="w")
answer = tk.IntVar(value=0)
for i, a in enumerate(("Venus", "Mars", "Jupiter", "Saturn")):
    tk.Radiobutton(root, text=a, variable=answer, value=i, anchor="w").pack(fill="x", padx=30)
bottom = tk.Frame(root)
bottom.pack(side="bottom", fill="x", pady=10)
tk.Label(bottom, text="Score: 0").pack(side="left", padx=10)
tk.Button(bottom, text="Next >").pack(side="right", padx=10)
root.mainloop()
