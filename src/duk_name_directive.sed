# src/duk_name_directive.sed: a build-time patch of Duktape 2.7 (Makefile, build/duktape.c).
#
# Adds one directive, "use duk name NAME", beside Duktape's own "use duk notail": at the start of
# the body of a function expression, getter or setter it gives the function the name NAME (its
# `.name`, which every closure copies from the function's template) without the name binding
# that a named function expression has.  That binding costs a scope object for every closure
# made (2,110 instructions more per closure made and called, bench/closure-names.sh) and would
# change what the name means inside the body.  The lowering compiler (src/lower/fname.c) writes
# the directive where ES2015 infers a name: `var f = function () {}` becomes
# `var f = function () {"use duk name f"; }`.
#
# The name string is held by the function's constants (one more constant, unless the function
# already has that string) while the compiler holds a borrowed pointer to it.  Every pass over
# the body meets the directive again and sets the pointer anew; between passes, when the
# constants are emptied, only the check of the name as an identifier would read it, which
# is_setget turns off (as for getters: the name, `get x` or `a-b`, need not be an identifier).
# Function declarations ignore the directive (their name is a binding of the outer scope).
/^\t*comp_ctx->curr_func\.is_notail = 1;$/a\
				} else if (DUK_HSTRING_GET_BYTELEN(h_dir) > 13 &&\
				           duk_memcmp((const void *) DUK_HSTRING_GET_DATA(h_dir),\
				                      (const void *) "use duk name ", 13) == 0 &&\
				           (comp_ctx->curr_func.is_namebinding || comp_ctx->curr_func.is_setget)) {\
					duk_push_lstring(thr, (const char *) DUK_HSTRING_GET_DATA(h_dir) + 13,\
					                 (duk_size_t) (DUK_HSTRING_GET_BYTELEN(h_dir) - 13));\
					comp_ctx->curr_func.h_name = duk_known_hstring(thr, -1);\
					(void) duk__getconst(comp_ctx);\
					comp_ctx->curr_func.is_namebinding = 0;\
					comp_ctx->curr_func.is_setget = 1;
