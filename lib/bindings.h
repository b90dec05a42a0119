/*
 * lib/bindings.h: the list of native bindings that internalBinding(name) can open.
 *
 * One X-macro, expanded by src/modules.c into the prototypes and the name -> opener table.  To add a
 * binding: write duk_ret_t nd_open_<name>(duk_context *) in lib/<name>.c and add X(<name>) here.
 */
#ifndef ND_LIB_BINDINGS_H
#define ND_LIB_BINDINGS_H

#include "nd.h"

#define ND_BINDINGS(X) \
    X(buffer)          \
    X(builtins)        \
    X(cipher)          \
    X(contextify)      \
    X(crypto)          \
    X(dns)             \
    X(fs)              \
    X(http)            \
    X(module)          \
    X(os)              \
    X(path)            \
    X(pk)              \
    X(process)         \
    X(process_wrap)    \
    X(tcp)             \
    X(signal)          \
    X(timers)          \
    X(tls_wrap)        \
    X(udp)             \
    X(unicode)         \
    X(util)            \
    X(zlib)

#define ND_BINDING_PROTO(name) duk_ret_t nd_open_##name(duk_context *ctx);
ND_BINDINGS(ND_BINDING_PROTO)
#undef ND_BINDING_PROTO

#endif /* ND_LIB_BINDINGS_H */
