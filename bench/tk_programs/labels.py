# tkinter bench (b): a Label's text changed 10,000 times from an after(0, ...) loop, then root.destroy() ends
# mainloop(). Timed inside Python from the first after() to mainloop()'s return. Prints one JSON line.
import json
import time

import tkinter as tk

N = 10000
root = tk.Tk()
root.title("label bench")
label = tk.Label(root, text="0", width=12)
label.pack()
root.update()
count = 0


def step():
    global count
    count += 1
    label.configure(text=str(count))
    if count < N:
        root.after(0, step)
    else:
        root.destroy()


t0 = time.perf_counter()
root.after(0, step)
root.mainloop()
t1 = time.perf_counter()
print(json.dumps({"bench": "labels", "updates": count, "total_ms": (t1 - t0) * 1000,
                  "per_update_us": (t1 - t0) * 1e6 / max(count, 1)}))
