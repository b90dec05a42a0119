# src/duk_name_directive.sed: a build-time patch of Duktape 2.7 (Makefile, build/duktape.c).
#
# Adds one directive, "use duk name NAME", beside Duktape's own "use duk notail": at the start of
# the body of a function expression, getter or setter it gives the function the name NAME (its
# `.name`, which each closure copies from the template) without the name binding that a named
# function expression has.  That binding costs a scope object for every closure made (a third
# more time per closure) and would change what the name means inside the body; the lowering
# compiler (src/lower/fname.c) writes the directive where ES2015 infers a name
# (`var f = function () {}` is `var f = function () {"use duk name f"; }`).
#
# The name is kept alive by the function's constants until the template is made.  Every pass of
# the compiler sees the directive again; marking the function as a setter/getter (is_setget)
# only skips the check of the name as an identifier, which the name (`get x`, `a-b`) need not be.
# Function declarations ignore the directive (their name is a binding of the outer scope).
/^\t*comp_ctx->curr_func\.is_notail = 1;$/a\
				} else if (DUK_HSTRING_GET_BYTELEN(h_dir) > 13 &&\
				           duk_memcmp((const void *) DUK_HSTRING_GET_DATA(h_dir), (const void *) "use duk name ", 13) == 0 &&\
				           (comp_ctx->curr_func.is_namebinding || comp_ctx->curr_func.is_setget)) {\
					duk_push_lstring(thr, (const char *) DUK_HSTRING_GET_DATA(h_dir) + 13, (duk_size_t) (DUK_HSTRING_GET_BYTELEN(h_dir) - 13));\
					comp_ctx->curr_func.h_name = duk_known_hstring(thr, -1);\
					(void) duk__getconst(comp_ctx);\
					comp_ctx->curr_func.is_namebinding = 0;\
					comp_ctx->curr_func.is_setget = 1;
