# tkinter bench (a): 1,000 widgets in a grid (40 rows x 25 columns, Labels and Buttons alternating), then update().
# Timed inside Python (time.perf_counter), so the same file runs unchanged under desktop CPython with real Tk and in
# Pyroom's panel. winfo_width() after update() is a round trip to the panel in Pyroom (it answers after taking every op
# before it); on the desktop it is a local read. Prints one JSON line.
import json
import time

t0 = time.perf_counter()
import tkinter as tk

root = tk.Tk()
root.title("grid bench")
t1 = time.perf_counter()
for r in range(40):
    for c in range(25):
        kind = tk.Button if (r + c) % 2 else tk.Label
        kind(root, text="%d,%d" % (r, c)).grid(row=r, column=c)
t2 = time.perf_counter()
root.update()
width = root.winfo_width()
t3 = time.perf_counter()
print(json.dumps({"bench": "grid", "widgets": 1000, "create_ms": (t2 - t1) * 1000, "update_ms": (t3 - t2) * 1000,
                  "total_ms": (t3 - t1) * 1000, "import_ms": (t1 - t0) * 1000, "width": width}))
root.destroy()
