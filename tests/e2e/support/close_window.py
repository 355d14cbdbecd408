"""Asks the top-level X11 window titled argv[1] (or "argv[1] – the open förbund") to close, as a window manager's close
button does: a WM_DELETE_WINDOW client message. Xvfb runs no window manager, and WebDriver
cannot press the title bar's close button, so the end-to-end tests use this. Plain ctypes
on libX11, so it needs no package beyond what Xvfb and WebKitGTK already bring."""

import ctypes
import ctypes.util
import sys

Window = ctypes.c_ulong
Atom = ctypes.c_ulong


class XClientMessageEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", Window),
        ("message_type", Atom),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    ]


class XEvent(ctypes.Union):
    _fields_ = [("xclient", XClientMessageEvent), ("pad", ctypes.c_long * 24)]


CLIENT_MESSAGE = 33


def main() -> int:
    title = sys.argv[1].encode()
    x = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    x.XOpenDisplay.restype = ctypes.c_void_p
    x.XDefaultRootWindow.restype = Window
    x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x.XInternAtom.restype = Atom
    x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x.XQueryTree.argtypes = [
        ctypes.c_void_p,
        Window,
        ctypes.POINTER(Window),
        ctypes.POINTER(Window),
        ctypes.POINTER(ctypes.POINTER(Window)),
        ctypes.POINTER(ctypes.c_uint),
    ]
    x.XFetchName.argtypes = [ctypes.c_void_p, Window, ctypes.POINTER(ctypes.c_char_p)]
    x.XSendEvent.argtypes = [
        ctypes.c_void_p,
        Window,
        ctypes.c_int,
        ctypes.c_long,
        ctypes.POINTER(XEvent),
    ]
    x.XGetWindowProperty.argtypes = [
        ctypes.c_void_p,
        Window,
        Atom,
        ctypes.c_long,
        ctypes.c_long,
        ctypes.c_int,
        Atom,
        ctypes.POINTER(Atom),
        ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_void_p),
    ]
    x.XFree.argtypes = [ctypes.c_void_p]
    x.XFlush.argtypes = [ctypes.c_void_p]
    x.XCloseDisplay.argtypes = [ctypes.c_void_p]
    x.XOpenDisplay.argtypes = [ctypes.c_char_p]
    # A window listed by XQueryTree may be gone before its name is read (a transient
    # window of the app or another test's): Xlib's default handler would then end the
    # process on BadWindow, so errors are ignored and such a window reads as unnamed.
    error_handler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
    ignore_errors = error_handler(lambda _display, _event: 0)
    x.XSetErrorHandler.argtypes = [error_handler]
    x.XSetErrorHandler(ignore_errors)
    display = x.XOpenDisplay(None)
    if not display:
        print("close_window: cannot open the display", file=sys.stderr)
        return 2
    root = x.XDefaultRootWindow(display)
    root_ret, parent = Window(), Window()
    children = ctypes.POINTER(Window)()
    count = ctypes.c_uint()
    x.XQueryTree(display, root, root_ret, parent, ctypes.byref(children), count)
    protocols = x.XInternAtom(display, b"WM_PROTOCOLS", 0)
    delete = x.XInternAtom(display, b"WM_DELETE_WINDOW", 0)
    net_wm_name = x.XInternAtom(display, b"_NET_WM_NAME", 0)
    utf8 = x.XInternAtom(display, b"UTF8_STRING", 0)

    def name_of(window):
        """The window's UTF-8 title (_NET_WM_NAME, which GTK sets and which holds "–"), or
        its Latin-1 WM_NAME."""
        kind, fmt = Atom(), ctypes.c_int()
        items, after = ctypes.c_ulong(), ctypes.c_ulong()
        data = ctypes.c_void_p()
        status = x.XGetWindowProperty(
            display, window, net_wm_name, 0, 1024, 0, utf8, ctypes.byref(kind),
            ctypes.byref(fmt), ctypes.byref(items), ctypes.byref(after), ctypes.byref(data),
        )
        if status == 0 and data.value:
            value = ctypes.string_at(data.value, items.value)
            x.XFree(data)
            if value:
                return value
        name = ctypes.c_char_p()
        if x.XFetchName(display, window, ctypes.byref(name)):
            return name.value
        return None

    sent = 0
    for i in range(count.value):
        name = name_of(children[i])
        if name and (name == title or name.startswith(title + " – ".encode())):
            event = XEvent()
            event.xclient.type = CLIENT_MESSAGE
            event.xclient.window = children[i]
            event.xclient.message_type = protocols
            event.xclient.format = 32
            event.xclient.data[0] = delete
            x.XSendEvent(display, children[i], 0, 0, ctypes.byref(event))
            sent += 1
    x.XFlush(display)
    x.XCloseDisplay(display)
    if not sent:
        print(f"close_window: no window titled {sys.argv[1]!r}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
