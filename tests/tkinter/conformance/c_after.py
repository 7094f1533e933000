"""after, after_idle, after_cancel, after_info; update and mainloop with quit."""
from conf import check, record, root, tk

log = []
a = root.after(0, lambda: log.append("after0-a"))
b = root.after(0, lambda: log.append("after0-b"))
i = root.after_idle(lambda: log.append("idle"))
c = root.after(0, lambda: log.append("cancelled"))
check("ids", lambda: [x.startswith("after#") for x in (a, b, i, c)])
check("after_info one", lambda: root.after_info(a)[1])
check("after_info idle", lambda: root.after_info(i)[1])
check("after_info count", lambda: len(root.after_info()))
root.after_cancel(c)
check("after_info cancelled", root.after_info, c)
check("cancel unknown", root.after_cancel, "after#999")
check("cancel empty", root.after_cancel, "")
check("cancel None", root.after_cancel, None)
root.update()
record("update order", log)
check("after_info done", root.after_info, a)
log.clear()
root.after(0, lambda: (log.append("outer"), root.after_idle(lambda: log.append("nested idle")),
                       root.after(0, lambda: log.append("nested after"))))
root.update()
root.update()
record("nested", log)
log.clear()
root.after_idle(lambda x, y: log.append((x, y)), 1, "two")
root.update_idletasks()
record("args", log)
check("after float", root.after, 1.5, lambda: None)
check("after str", root.after, "abc", lambda: None)
check("after sleep", root.after, 10)
log.clear()
root.after(30, lambda: log.append("t30"))
root.after(10, lambda: log.append("t10"))
root.after(20, lambda: (log.append("t20")))
root.after(60, root.quit)
root.mainloop()
record("mainloop timers", log)
log.clear()


def boom():
    log.append("before")
    raise ValueError("boom")


root.report_callback_exception = lambda *a: log.append(("reported", a[0].__name__, str(a[1])))
root.after(0, boom)
root.after(5, lambda: log.append("after the error"))
root.after(30, root.quit)
root.mainloop()
record("callback error", [str(x) for x in log])
