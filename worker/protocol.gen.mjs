// Generated from src/protocol.rs by `PYROOM_BLESS=1 cargo test`. Do not edit.
export const PROTOCOL = {
  "channels": {
    "BridgeEvent": {
      "tag": "kind",
      "variants": {
        "PreviewResized": {
          "height": "number",
          "width": "number"
        },
        "Tk": {
          "event": "object"
        },
        "TurtleClose": {},
        "TurtleKey": {
          "down": "boolean",
          "key": "string"
        },
        "TurtleMouse": {
          "action": "string",
          "button": "number",
          "x": "number",
          "y": "number"
        }
      }
    },
    "BridgeNote": {
      "tag": "kind",
      "variants": {
        "PreviewClear": {},
        "Tk": {
          "ops": "array"
        },
        "Turtle": {
          "ops": "array"
        }
      }
    },
    "BridgeReply": {
      "tag": "kind",
      "variants": {
        "Eof": {},
        "Line": {
          "text": "string"
        },
        "Refused": {
          "message": "string"
        },
        "Tk": {
          "answer": "object"
        }
      }
    },
    "BridgeRequest": {
      "tag": "kind",
      "variants": {
        "Input": {
          "prompt": "string"
        },
        "Tk": {
          "query": "object"
        },
        "TurtleInput": {
          "default": "string",
          "error": "string",
          "number": "boolean",
          "prompt": "string",
          "title": "string"
        }
      }
    },
    "Outcome": {
      "tag": "kind",
      "variants": {
        "Checked": {
          "attempted": "number",
          "failures": "array"
        },
        "Error": {
          "traceback": "string"
        },
        "Exit": {
          "code": "number"
        },
        "Interrupted": {
          "traceback": "string"
        },
        "Ok": {}
      }
    },
    "PanelToWorker": {
      "tag": "type",
      "variants": {
        "Check": {
          "code": "string",
          "name": "string",
          "run": "number"
        },
        "Init": {
          "control": "js",
          "mode": "string"
        },
        "Run": {
          "code": "string",
          "run": "number"
        },
        "RunCell": {
          "code": "string",
          "echo": "boolean",
          "fresh": "boolean",
          "name": "string",
          "run": "number"
        }
      }
    },
    "TurtleOp": {
      "tag": "op",
      "variants": {
        "bgcolor": {
          "color": "string"
        },
        "bgpic": {
          "image": "number"
        },
        "bye": {},
        "canvas": {
          "height": "number",
          "region": "array",
          "width": "number",
          "xscale": "number",
          "yscale": "number"
        },
        "clear": {},
        "delete": {
          "ids": "array"
        },
        "dot": {
          "color": "string",
          "id": "number",
          "size": "number",
          "x": "number",
          "y": "number"
        },
        "extend": {
          "id": "number",
          "points": "array"
        },
        "focus": {},
        "frame": {},
        "image": {
          "data": "string",
          "format": "string",
          "height": "number",
          "image": "number",
          "width": "number"
        },
        "line": {
          "color": "string",
          "id": "number",
          "points": "array",
          "width": "number"
        },
        "picture": {
          "id": "number",
          "image": "number",
          "x": "number",
          "y": "number"
        },
        "poly": {
          "fill": "string",
          "id": "number",
          "outline": "string",
          "points": "array",
          "width": "number"
        },
        "raise": {
          "id": "number"
        },
        "text": {
          "anchor": "string",
          "color": "string",
          "font": "object",
          "id": "number",
          "text": "string",
          "x": "number",
          "y": "number"
        },
        "truncate": {
          "id": "number",
          "length": "number"
        },
        "window": {
          "height": "number",
          "title": "string",
          "width": "number"
        }
      }
    },
    "WorkerToPanel": {
      "tag": "type",
      "variants": {
        "Fatal": {
          "message": "string"
        },
        "Finished": {
          "outcome": "object",
          "run": "number"
        },
        "Note": {
          "note": "object"
        },
        "Output": {
          "stream": "string",
          "text": "string"
        },
        "Progress": {
          "stage": "string"
        },
        "Ready": {
          "jspi": "boolean",
          "pyodide": "string",
          "python": "string"
        },
        "Request": {
          "id": "number",
          "request": "object"
        }
      }
    }
  },
  "layout": {
    "EVENTS_DROPPED": 9,
    "EVENT_CAP": 262144,
    "EVENT_LEN": 6,
    "EVENT_LOCK": 5,
    "EVENT_OFFSET": 1048640,
    "HEADER_INTS": 16,
    "INTERRUPT": 0,
    "OUT_CAP": 1048576,
    "OUT_HEAD": 7,
    "OUT_MAX_RECORD": 65536,
    "OUT_OFFSET": 1310784,
    "OUT_TAIL": 8,
    "REPLY_CAP": 1048576,
    "REPLY_ID": 4,
    "REPLY_LEN": 3,
    "REPLY_OFFSET": 64,
    "REPLY_STATE": 2,
    "TOTAL_BYTES": 2359360,
    "WAKE": 1
  }
};
export const LAYOUT = PROTOCOL.layout;
