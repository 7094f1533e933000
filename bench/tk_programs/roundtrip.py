# tkinter bench (c): the round trip of widget.configure(width=...), update_idletasks() and winfo_width(), 200 times
# (each a new width); the median per call in milliseconds. In Pyroom winfo_width() is a blocking query answered by
# the panel; on the desktop, Tk computes the geometry in update_idletasks(). Prints one JSON line.
import json
import statistics
import time

import tkinter as tk

N = 200
root = tk.Tk()
root.title("round-trip bench")
root.geometry("900x200")
label = tk.Label(root, text="x", width=10)
label.place(x=0, y=0)
root.update()
times = []
widths = []
for i in range(N):
    t0 = time.perf_counter()
    label.configure(width=10 + i % 40)
    label.update_idletasks()
    w = label.winfo_width()
    times.append(time.perf_counter() - t0)
    widths.append(w)
# Widths seen must follow the requested width (a wider label each step within a cycle of 40).
tracked = sum(1 for i in range(1, N) if (i % 40 == 0) or widths[i] > widths[i - 1])
print(json.dumps({"bench": "roundtrip", "calls": N, "median_ms": statistics.median(times) * 1000,
                  "min_ms": min(times) * 1000, "max_ms": max(times) * 1000, "total_ms": sum(times) * 1000,
                  "tracked": tracked, "first_width": widths[0], "last_width": widths[-1]}))
root.destroy()
