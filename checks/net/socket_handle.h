#pragma once
// The native socket handle type, without the system socket headers (socket_api.h has those), so that class
// headers such as tcp_socket.h can hold a socket and stay free of winsock2.h on Windows.

#include <QtGlobal>

namespace rdpd::sock {

#ifdef Q_OS_WIN
using Handle = quintptr;                        // SOCKET (UINT_PTR); socket_api.h checks they are the same type
inline constexpr Handle kInvalid = ~Handle(0);  // INVALID_SOCKET
#else
using Handle = int;                             // a file descriptor
inline constexpr Handle kInvalid = -1;
#endif

inline bool isValid(Handle h) { return h != kInvalid; }

}  // namespace rdpd::sock
