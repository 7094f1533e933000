"""The undo buffer: a ring of entries, each an action tuple or a ``["seq", ...]`` list of them."""

EMPTY = [None]


class Tbuffer:
    """Ring buffer used as undobuffer for RawTurtle objects.

    Behaves as CPython's: an empty slot is ``[None]``; ``pop`` on an empty slot still steps back; while
    ``cumulate`` is set, pushed entries go into the current (``seq``) entry.
    """

    def __init__(self, bufsize=10):
        self.bufsize = bufsize
        self.buffer = [EMPTY] * bufsize
        self.ptr = -1
        self.cumulate = False

    def reset(self, bufsize=None):
        if bufsize is not None:
            self.bufsize = bufsize
        self.buffer = [[None] for _ in range(self.bufsize)]
        self.ptr = -1

    def push(self, item):
        if self.bufsize <= 0:
            return
        if self.cumulate:
            self.buffer[self.ptr].append(item)
        else:
            self.ptr = (self.ptr + 1) % self.bufsize
            self.buffer[self.ptr] = item

    def pop(self):
        if self.bufsize <= 0:
            return None
        item = self.buffer[self.ptr]
        self.buffer[self.ptr] = [None]
        self.ptr = (self.ptr - 1) % self.bufsize
        return item

    def remove(self, item):
        """Takes a pushed entry out of the ring, wherever it is (clearstamp of a stamp still in the buffer)."""
        buf = self.buffer
        if item not in buf:
            return
        index = buf.index(item)
        buf.remove(item)
        if index <= self.ptr:
            self.ptr = (self.ptr - 1) % self.bufsize
        buf.insert((self.ptr + 1) % self.bufsize, [None])

    def nr_of_items(self):
        return self.bufsize - self.buffer.count([None])

    def __repr__(self):
        return str(self.buffer) + " " + str(self.ptr)
