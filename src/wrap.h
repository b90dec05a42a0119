/*
 * src/wrap.h: the function wrappers around module sources, shared by the build-time bytecode
 * compiler (tools/js2c.c) and the run-time compiler (src/modules.c) so both wrap alike.  Each
 * prefix stays on line 1, so line numbers inside the wrapper are the file's own.
 */
#ifndef ND_WRAP_H
#define ND_WRAP_H

/* js/internal/bootstrap.js: the realm is built from these two. */
#define ND_BOOTSTRAP_ID "internal/bootstrap"
#define ND_BOOTSTRAP_PREFIX "function (internalBinding, global) {"
/* Every other bundled module. */
#define ND_BUILTIN_PREFIX \
    "function (exports, require, module, __filename, __dirname, internalBinding) {"
/* User modules: Node's five parameters. */
#define ND_MODULE_PREFIX "function (exports, require, module, __filename, __dirname) {"
/* ES modules: the lowered body calls $nd_esm.d(...) (js/internal/modules/esm/loader.js). */
#define ND_ESM_PREFIX "function ($nd_esm) {"
#define ND_WRAP_SUFFIX "\n}"

#endif /* ND_WRAP_H */
