"""The test HTTP server keeps quiet when a client gives up before a slow route answers: the
traceback would otherwise land in the output some later test captures."""

from __future__ import annotations

import socket
import struct
import time

from loopback_server import reply, serve


def test_a_client_that_gave_up_leaves_no_traceback(capsys):
    with serve() as server:
        server.routes["/slow"] = lambda h: (time.sleep(0.4), reply(h, 200, b"x" * 200_000))
        with socket.create_connection(("127.0.0.1", server.server_address[1]), timeout=2) as s:
            s.sendall(b"GET /slow HTTP/1.1\r\nHost: x\r\n\r\n")
            # closed with a reset: the route's write fails as with a client that timed out
            s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        time.sleep(0.8)  # the route writes to the closed socket meanwhile
    assert "Traceback" not in capsys.readouterr().err
