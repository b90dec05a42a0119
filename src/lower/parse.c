/*
 * src/lower/parse.c: recursive-descent ES2022 parser of the lowering compiler.
 *
 * Builds the AST (lower_int.h) in the compilation's arena, with source ranges on every node so
 * the emitter can copy untouched code verbatim.  Arrow parameters and destructuring assignment
 * targets are parsed as expressions first and converted afterwards ("cover grammar").  The
 * parser sets L->modern as soon as it meets a construct that needs lowering; when it stays 0
 * the source is plain ES5 and nd_lower() returns it unchanged.  Syntax errors use V8's wording.
 */
#include <setjmp.h>
#include <string.h>

#include "lower/lower_int.h"

#define MAX_DEPTH 1000

typedef struct fnctx_s {
    int in_function, in_async, in_generator, strict, in_class;
    int loop_depth, switch_depth;
} fnctx_t;

static nd_lw_node_t *parse_stmt(nd_lw_t *L);
static nd_lw_node_t *parse_stmt_list_item(nd_lw_t *L);
static nd_lw_node_t *parse_expr(nd_lw_t *L);
static nd_lw_node_t *parse_assign(nd_lw_t *L, int allow_cover);
static nd_lw_node_t *parse_lhs(nd_lw_t *L);
static nd_lw_node_t *parse_binding_target(nd_lw_t *L);
static nd_lw_node_t *parse_function(nd_lw_t *L, int type, uint32_t start, int flags, int is_method);
static nd_lw_node_t *parse_class(nd_lw_t *L, int type);
static nd_lw_node_t *parse_unary(nd_lw_t *L);
static nd_lw_node_t *parse_arrow_body(nd_lw_t *L, nd_lw_node_t *params, uint32_t start,
                                      uint32_t pend, int is_async);



/* ---- small helpers ---- */

/* Records that the source needs lowering.  During the first, AST-discarding pass (fast path
 * probe) this abandons the pass: nd_lower() then parses again, keeping the AST. */
static void set_modern(nd_lw_t *L) {
    L->modern = 1;
    if (L->discard) {
        longjmp(L->jb, 2);
    }
}

/* Statement-level arena marks: while probing for the fast path nothing outlives a statement,
 * so its nodes are released once it is parsed (keeps the probe in cache). */
typedef struct amark_s {
    void *chunks;
    char *p;
    size_t left;
    int pins;
} amark_t;

static void stmt_mark(nd_lw_t *L, amark_t *m) {
    m->chunks = L->chunks;
    m->p = L->arena_p;
    m->left = L->arena_left;
    m->pins = L->arena_pins;
}

static void stmt_release(nd_lw_t *L, amark_t *m, nd_lw_node_t **head, nd_lw_node_t **tail) {
    if (!L->discard) {
        return;
    }
    *head = *tail = NULL;
    if ((void *)L->chunks == m->chunks && L->arena_pins == m->pins) {
        L->arena_p = m->p;
        L->arena_left = m->left;
    }
}

static int tk(nd_lw_t *L, int type) {
    return L->tok.type == type;
}

static int is_kw(nd_lw_t *L, int atom) {
    return L->tok.type == T_IDENT && L->tok.atom == atom && !(L->tok.flags & TF_ESCAPED);
}

static void expect(nd_lw_t *L, int type) {
    if (L->tok.type != type) {
        nd_lw_unexpected(L);
    }
    nd_lw_next(L);
}

static int eat(nd_lw_t *L, int type) {
    if (L->tok.type == type) {
        nd_lw_next(L);
        return 1;
    }
    return 0;
}

static nd_lw_node_t *finish(nd_lw_t *L, nd_lw_node_t *n) {
    n->end = L->prev.end;
    return n;
}

static void consume_semi(nd_lw_t *L) {
    if (tk(L, T_SEMI)) {
        nd_lw_next(L);
        return;
    }
    if (tk(L, T_RBRACE) || tk(L, T_EOF) || L->tok.nl_before) {
        return;
    }
    nd_lw_unexpected(L);
}

static void enter(nd_lw_t *L) {
    if (++L->depth > MAX_DEPTH) {
        nd_lw_error_at(L, L->tok.start, "Maximum call stack size exceeded");
    }
}

static void leave(nd_lw_t *L) {
    L->depth--;
}

static fnctx_t save_ctx(nd_lw_t *L) {
    fnctx_t c = { L->in_function, L->in_async, L->in_generator, L->strict, L->in_class,
                  L->loop_depth, 0 };
    return c;
}

static void restore_ctx(nd_lw_t *L, fnctx_t c) {
    L->in_function = c.in_function;
    L->in_async = c.in_async;
    L->in_generator = c.in_generator;
    L->strict = c.strict;
    L->in_class = c.in_class;
}

/* Is the current token usable as a binding/reference identifier? */
static int is_ident_tok(nd_lw_t *L) {
    if (L->tok.type != T_IDENT) {
        return 0;
    }
    int a = L->tok.atom;
    if (a <= A_LAST_RESERVED) {
        return 0;
    }
    if (a == A_YIELD && (L->in_generator || L->strict)) {
        return 0;
    }
    if (a == A_AWAIT && L->in_async) {
        return 0;
    }
    if (L->strict && (a == A_LET || a == A_STATIC || (a >= A_IMPLEMENTS && a <= A_PUBLIC))) {
        return 0;
    }
    return 1;
}

/* A property name (after '.', an object literal key): an identifier node, not a reference. */
static nd_lw_node_t *name_node(nd_lw_t *L) {
    nd_lw_node_t *n = nd_lw_node(L, N_IDENT, L->tok.start);
    n->atom = L->tok.atom;
    if (L->tok.flags & TF_ESCAPED) {
        n->flags |= NF_DIRTY; /* printed from the atom */
    }
    nd_lw_next(L);
    return finish(L, n);
}

/* An identifier that is not a plain reference (parse_primary records those): a binding, a
 * label, a pattern key.  One named `undefined` turns the rewrite of undef.c off. */
static nd_lw_node_t *ident_node(nd_lw_t *L) {
    if (L->tok.atom == A_UNDEFINED) {
        L->undef_unsafe = 1;
    }
    return name_node(L);
}

static nd_lw_node_t *parse_ident(nd_lw_t *L) {
    if (!is_ident_tok(L)) {
        nd_lw_unexpected(L);
    }
    return ident_node(L);
}

/* Appends to a list kept as head/tail. */
typedef struct list_s {
    nd_lw_node_t *head, *tail;
} list_t;

static void list_add(list_t *l, nd_lw_node_t *n) {
    if (l->tail) {
        l->tail->next = n;
    } else {
        l->head = n;
    }
    l->tail = n;
}

/* ---- patterns ---- */

static void invalid_target(nd_lw_t *L, nd_lw_node_t *n, int binding) {
    (void)binding;
    nd_lw_error_at(L, n->start, "Invalid destructuring assignment target");
}

/* Converts an expression parsed under the cover grammar into an assignment/binding target. */
static nd_lw_node_t *to_pattern(nd_lw_t *L, nd_lw_node_t *n, int binding) {
    switch (n->type) {
    case N_IDENT:
        if (n->atom == A_UNDEFINED) {
            L->undef_unsafe = 1;
        }
        return n;
    case N_MEMBER:
    case N_INDEX:
        if (binding) {
            invalid_target(L, n, binding);
        }
        return n;
    case N_PAREN:
        if (!binding && n->a && (n->a->type == N_IDENT || n->a->type == N_MEMBER ||
                                 n->a->type == N_INDEX)) {
            return n;
        }
        invalid_target(L, n, binding);
        break;
    case N_ASSIGN:
        if (n->op != T_ASSIGN) {
            invalid_target(L, n, binding);
        }
        n->type = N_ASSIGN_PAT;
        n->a = to_pattern(L, n->a, binding);
        return n;
    case N_ASSIGN_PAT:
        n->a = to_pattern(L, n->a, binding);
        return n;
    case N_ARRAY_PAT:
    case N_OBJECT_PAT:
    case N_REST:
        return n; /* already converted (an assignment pattern inside arrow params) */
    case N_ARRAY: {
        n->type = N_ARRAY_PAT;
        nd_lw_node_t **pp = &n->a;
        for (nd_lw_node_t *e = n->a; e; e = e->next) {
            nd_lw_node_t *nx = e->next;
            nd_lw_node_t *r = e;
            if (e->type == N_SPREAD) {
                if (nx != NULL) {
                    nd_lw_error_at(L, e->start, "Rest element must be last element");
                }
                e->type = N_REST;
                e->a = to_pattern(L, e->a, binding);
            } else if (e->type != N_HOLE) {
                r = to_pattern(L, e, binding);
            }
            r->next = nx;
            *pp = r;
            pp = &r->next;
        }
        set_modern(L);
        return n;
    }
    case N_OBJECT:
        n->type = N_OBJECT_PAT;
        for (nd_lw_node_t *p = n->a; p; p = p->next) {
            if (p->type == N_SPREAD) {
                if (p->next != NULL) {
                    nd_lw_error_at(L, p->start, "Rest element must be last element");
                }
                p->type = N_REST;
                p->a = to_pattern(L, p->a, binding);
                continue;
            }
            if (p->op != K_INIT && p->op != K_PROTO) {
                invalid_target(L, p, binding);
            }
            p->op = K_INIT;
            p->b = to_pattern(L, p->b, binding);
        }
        set_modern(L);
        return n;
    default:
        break;
    }
    invalid_target(L, n, binding);
    return n;
}

/* Also turns the undefined -> void 0 rewrite off when the target is `undefined` (undef.c). */
static int is_simple_target(nd_lw_t *L, nd_lw_node_t *n) {
    if (n->type == N_PAREN) {
        return n->a && is_simple_target(L, n->a);
    }
    if (n->type == N_IDENT && n->atom == A_UNDEFINED) {
        L->undef_unsafe = 1;
    }
    return n->type == N_IDENT || n->type == N_MEMBER || n->type == N_INDEX;
}

static nd_lw_node_t *parse_binding_element(nd_lw_t *L) {
    uint32_t start = L->tok.start;
    nd_lw_node_t *t = parse_binding_target(L);
    if (tk(L, T_ASSIGN)) {
        nd_lw_next(L);
        nd_lw_node_t *d = nd_lw_node(L, N_ASSIGN_PAT, start);
        d->op = T_ASSIGN;
        d->a = t;
        d->b = parse_assign(L, 0);
        if (t->type == N_IDENT) {
            nd_lw_fname_infer(L, d->b, t, 0);
        }
        set_modern(L);
        return finish(L, d);
    }
    return t;
}

/* BindingIdentifier | ArrayBindingPattern | ObjectBindingPattern */
static nd_lw_node_t *parse_binding_target(nd_lw_t *L) {
    uint32_t start = L->tok.start;
    if (tk(L, T_LBRACK)) {
        nd_lw_node_t *n = nd_lw_node(L, N_ARRAY_PAT, start);
        list_t l = { NULL, NULL };
        nd_lw_next(L);
        set_modern(L);
        while (!tk(L, T_RBRACK)) {
            if (tk(L, T_COMMA)) {
                list_add(&l, finish(L, nd_lw_node(L, N_HOLE, L->tok.start)));
                nd_lw_next(L);
                continue;
            }
            if (tk(L, T_ELLIPSIS)) {
                nd_lw_node_t *r = nd_lw_node(L, N_REST, L->tok.start);
                nd_lw_next(L);
                r->a = parse_binding_target(L);
                list_add(&l, finish(L, r));
                if (!tk(L, T_RBRACK)) {
                    nd_lw_error_at(L, L->tok.start, "Rest element must be last element");
                }
                break;
            }
            list_add(&l, parse_binding_element(L));
            if (!tk(L, T_RBRACK)) {
                expect(L, T_COMMA);
            }
        }
        nd_lw_next(L);
        n->a = l.head;
        return finish(L, n);
    }
    if (tk(L, T_LBRACE)) {
        nd_lw_node_t *n = nd_lw_node(L, N_OBJECT_PAT, start);
        list_t l = { NULL, NULL };
        nd_lw_next(L);
        set_modern(L);
        while (!tk(L, T_RBRACE)) {
            nd_lw_node_t *p = nd_lw_node(L, N_PROP, L->tok.start);
            if (tk(L, T_ELLIPSIS)) {
                p->type = N_REST;
                nd_lw_next(L);
                p->a = parse_ident(L);
                list_add(&l, finish(L, p));
                if (!tk(L, T_RBRACE)) {
                    nd_lw_error_at(L, L->tok.start, "Rest element must be last element");
                }
                break;
            }
            if (tk(L, T_LBRACK)) {
                nd_lw_next(L);
                p->flags |= NF_COMPUTED;
                p->a = parse_assign(L, 0);
                expect(L, T_RBRACK);
            } else if (tk(L, T_IDENT)) {
                int shorthand_ok = is_ident_tok(L);
                p->a = ident_node(L);
                if (!tk(L, T_COLON)) {
                    if (!shorthand_ok) {
                        nd_lw_error_at(L, p->a->start, "Unexpected token '%.*s'",
                                       (int)L->atoms[p->a->atom].len, L->atoms[p->a->atom].s);
                    }
                    p->flags |= NF_SHORTHAND;
                    nd_lw_node_t *id = nd_lw_node(L, N_IDENT, p->a->start);
                    *id = *p->a;
                    p->b = id;
                    if (tk(L, T_ASSIGN)) {
                        nd_lw_next(L);
                        nd_lw_node_t *d = nd_lw_node(L, N_ASSIGN_PAT, id->start);
                        d->op = T_ASSIGN;
                        d->a = id;
                        d->b = parse_assign(L, 0);
                        nd_lw_fname_infer(L, d->b, id, 0);
                        p->b = finish(L, d);
                    }
                    list_add(&l, finish(L, p));
                    if (!tk(L, T_RBRACE)) {
                        expect(L, T_COMMA);
                    }
                    continue;
                }
            } else if (tk(L, T_STR) || tk(L, T_NUM)) {
                p->a = finish(L, nd_lw_node(L, tk(L, T_STR) ? N_STR : N_NUM, L->tok.start));
                p->a->end = L->tok.end;
                nd_lw_next(L);
            } else {
                nd_lw_unexpected(L);
            }
            expect(L, T_COLON);
            p->b = parse_binding_element(L);
            list_add(&l, finish(L, p));
            if (!tk(L, T_RBRACE)) {
                expect(L, T_COMMA);
            }
        }
        nd_lw_next(L);
        n->a = l.head;
        return finish(L, n);
    }
    if (is_kw(L, A_LET) && !L->strict) {
        return ident_node(L);
    }
    return parse_ident(L);
}

/* ---- functions ---- */

/* Parses '(' params ')' into fn->b; sets fn->p1/p2 and NF_MODERN when params need lowering. */
static void parse_params(nd_lw_t *L, nd_lw_node_t *fn) {
    list_t l = { NULL, NULL };
    fn->p1 = L->tok.start;
    expect(L, T_LPAREN);
    while (!tk(L, T_RPAREN)) {
        if (tk(L, T_ELLIPSIS)) {
            nd_lw_node_t *r = nd_lw_node(L, N_REST, L->tok.start);
            nd_lw_next(L);
            r->a = parse_binding_target(L);
            list_add(&l, finish(L, r));
            fn->flags |= NF_MODERN;
            if (!tk(L, T_RPAREN)) {
                nd_lw_error_at(L, L->tok.start, "Rest parameter must be last formal parameter");
            }
            break;
        }
        nd_lw_node_t *p = parse_binding_element(L);
        if (p->type != N_IDENT) {
            fn->flags |= NF_MODERN;
        }
        list_add(&l, p);
        if (!tk(L, T_RPAREN)) {
            expect(L, T_COMMA);
            if (tk(L, T_RPAREN)) {
                /* function f(a, b,): ES2017; the emitter drops the comma. */
                fn->flags |= NF_DIRTY;
                set_modern(L);
            }
        }
    }
    fn->p2 = L->tok.end;
    nd_lw_next(L);
    fn->b = l.head;
    if (fn->flags & NF_MODERN) {
        set_modern(L);
    }
}

/* Parses '{' FunctionBody '}' into a N_BLOCK; handles the "use strict" directive. */
static nd_lw_node_t *parse_function_body(nd_lw_t *L) {
    nd_lw_node_t *b = nd_lw_node(L, N_BLOCK, L->tok.start);
    list_t l = { NULL, NULL };
    int saved_loop = L->loop_depth;
    expect(L, T_LBRACE);
    L->loop_depth = 0;
    int directives = 1;
    amark_t am;
    stmt_mark(L, &am);
    while (!tk(L, T_RBRACE)) {
        if (tk(L, T_EOF)) {
            nd_lw_unexpected(L);
        }
        if (directives) {
            if (tk(L, T_STR)) {
                if (L->tok.end - L->tok.start == 12 &&
                    memcmp(L->src + L->tok.start + 1, "use strict", 10) == 0) {
                    L->strict = 1;
                }
            } else {
                directives = 0;
            }
        }
        list_add(&l, parse_stmt_list_item(L));
        stmt_release(L, &am, &l.head, &l.tail);
    }
    nd_lw_next(L);
    L->loop_depth = saved_loop;
    b->a = l.head;
    return finish(L, b);
}

/*
 * Parses a function after its introducing keywords (the current token is '*', the name or
 * '(').  type is N_FUNC_DECL or N_FUNC_EXPR; flags carries NF_ASYNC.  For methods the current
 * token is '(' and the caller owns the key.
 */
static nd_lw_node_t *parse_function(nd_lw_t *L, int type, uint32_t start, int flags, int is_method) {
    nd_lw_node_t *fn = nd_lw_node(L, type, start);
    fnctx_t saved = save_ctx(L);
    fn->flags |= (uint16_t)flags;
    if (!is_method && tk(L, T_STAR)) {
        fn->flags |= NF_GENERATOR;
        nd_lw_next(L);
    }
    if (fn->flags & (NF_GENERATOR | NF_ASYNC)) {
        set_modern(L);
    }
    if (!is_method && tk(L, T_IDENT)) {
        fn->a = parse_ident(L);
    } else if (type == N_FUNC_DECL) {
        if (tk(L, T_LPAREN)) {
            nd_lw_error_at(L, L->tok.start, "Function statements require a function name");
        }
        nd_lw_unexpected(L);
    }
    L->in_function = 1;
    L->in_async = (fn->flags & NF_ASYNC) != 0;
    L->in_generator = (fn->flags & NF_GENERATOR) != 0;
    parse_params(L, fn);
    fn->c = parse_function_body(L);
    restore_ctx(L, saved);
    return finish(L, fn);
}

/* ---- expressions ---- */

static nd_lw_node_t *parse_args(nd_lw_t *L, nd_lw_node_t *call) {
    list_t l = { NULL, NULL };
    call->p1 = L->tok.start;
    expect(L, T_LPAREN);
    while (!tk(L, T_RPAREN)) {
        if (tk(L, T_ELLIPSIS)) {
            nd_lw_node_t *s = nd_lw_node(L, N_SPREAD, L->tok.start);
            nd_lw_next(L);
            s->a = parse_assign(L, 0);
            list_add(&l, finish(L, s));
            set_modern(L);
        } else {
            list_add(&l, parse_assign(L, 0));
        }
        if (!tk(L, T_RPAREN)) {
            if (!tk(L, T_COMMA)) {
                nd_lw_error_at(L, L->tok.start, "missing ) after argument list");
            }
            uint32_t comma = L->tok.start;
            nd_lw_next(L);
            if (tk(L, T_RPAREN)) {
                /* f(a, b,): ES2017; the emitter drops the comma (p3 = its offset + 1). */
                call->p3 = comma + 1;
                call->flags |= NF_DIRTY;
                set_modern(L);
            }
        }
    }
    nd_lw_next(L);
    call->b = l.head;
    return call;
}

static nd_lw_node_t *parse_template(nd_lw_t *L) {
    nd_lw_node_t *t = nd_lw_node(L, N_TEMPLATE, L->tok.start);
    list_t qs = { NULL, NULL }, es = { NULL, NULL };
    set_modern(L);
    for (;;) {
        nd_lw_node_t *q = nd_lw_node(L, N_TPL_STR, L->tok.start + 1);
        int tail = (L->tok.flags & TF_TPL_TAIL) != 0;
        q->end = L->tok.end - (tail ? 1 : 2);
        list_add(&qs, q);
        if (tail) {
            nd_lw_next(L);
            break;
        }
        nd_lw_next(L);
        list_add(&es, parse_expr(L));
        if (!tk(L, T_RBRACE)) {
            nd_lw_unexpected(L);
        }
        nd_lw_rescan_template(L);
    }
    t->a = qs.head;
    t->b = es.head;
    return finish(L, t);
}

/* Parses a property key (after any get/set/async/star prefix) into p->a. */
static void parse_prop_key(nd_lw_t *L, nd_lw_node_t *p) {
    if (tk(L, T_LBRACK)) {
        nd_lw_next(L);
        p->flags |= NF_COMPUTED;
        p->a = parse_assign(L, 0);
        expect(L, T_RBRACK);
        set_modern(L);
    } else if (tk(L, T_IDENT)) {
        p->a = name_node(L);
    } else if (tk(L, T_STR) || tk(L, T_NUM)) {
        p->a = nd_lw_node(L, tk(L, T_STR) ? N_STR : N_NUM, L->tok.start);
        p->a->end = L->tok.end;
        if (L->tok.flags & (TF_NUM_LOWER | TF_STR_ES6ESC)) {
            p->a->flags |= NF_DIRTY;
            set_modern(L);
        }
        nd_lw_next(L);
    } else if (tk(L, T_PRIVATE) && L->in_class) {
        p->a = nd_lw_node(L, N_PRIVATE_NAME, L->tok.start);
        p->a->atom = L->tok.atom;
        p->a->end = L->tok.end;
        nd_lw_next(L);
    } else {
        nd_lw_unexpected(L);
    }
}

static nd_lw_node_t *parse_method_fn(nd_lw_t *L, int flags) {
    fnctx_t saved = save_ctx(L);
    nd_lw_node_t *fn = nd_lw_node(L, N_FUNC_EXPR, L->tok.start);
    fn->flags |= (uint16_t)flags;
    if (flags & (NF_GENERATOR | NF_ASYNC)) {
        set_modern(L);
    }
    L->in_function = 1;
    L->in_async = (flags & NF_ASYNC) != 0;
    L->in_generator = (flags & NF_GENERATOR) != 0;
    parse_params(L, fn);
    fn->c = parse_function_body(L);
    restore_ctx(L, saved);
    return finish(L, fn);
}

static nd_lw_node_t *parse_object(nd_lw_t *L) {
    nd_lw_node_t *o = nd_lw_node(L, N_OBJECT, L->tok.start);
    list_t l = { NULL, NULL };
    nd_lw_next(L);
    while (!tk(L, T_RBRACE)) {
        nd_lw_node_t *p = nd_lw_node(L, N_PROP, L->tok.start);
        int fflags = 0;
        if (tk(L, T_ELLIPSIS)) {
            p->type = N_SPREAD;
            nd_lw_next(L);
            p->a = parse_assign(L, 1);
            set_modern(L);
            list_add(&l, finish(L, p));
            if (!tk(L, T_RBRACE)) {
                expect(L, T_COMMA);
            }
            continue;
        }
        if ((is_kw(L, A_GET) || is_kw(L, A_SET) || is_kw(L, A_ASYNC))) {
            int atom = L->tok.atom;
            const nd_lw_tok_t *pk = nd_lw_peek(L);
            if ((pk->type == T_IDENT || pk->type == T_STR || pk->type == T_NUM ||
                 pk->type == T_LBRACK || (atom == A_ASYNC && pk->type == T_STAR)) &&
                !(atom == A_ASYNC && pk->nl_before)) {
                nd_lw_next(L);
                if (atom == A_ASYNC) {
                    fflags |= NF_ASYNC;
                    if (eat(L, T_STAR)) {
                        fflags |= NF_GENERATOR;
                    }
                    p->op = K_METHOD;
                } else {
                    p->op = atom == A_GET ? K_GET : K_SET;
                }
                parse_prop_key(L, p);
                p->b = parse_method_fn(L, fflags);
                if (!(p->flags & NF_COMPUTED)) {
                    nd_lw_fname_infer(L, p->b, p->a,
                                      p->op == K_GET ? 'g' : p->op == K_SET ? 's' : 0);
                }
                if (p->op == K_METHOD || (p->flags & NF_COMPUTED)) {
                    set_modern(L);
                }
                list_add(&l, finish(L, p));
                if (!tk(L, T_RBRACE)) {
                    expect(L, T_COMMA);
                }
                continue;
            }
        }
        if (tk(L, T_STAR)) {
            nd_lw_next(L);
            fflags |= NF_GENERATOR;
            parse_prop_key(L, p);
            p->op = K_METHOD;
            p->b = parse_method_fn(L, fflags);
            if (!(p->flags & NF_COMPUTED)) {
                nd_lw_fname_infer(L, p->b, p->a, 0);
            }
            set_modern(L);
        } else {
            int key_is_ident = tk(L, T_IDENT);
            int shorthand_ok = key_is_ident && (is_ident_tok(L) || is_kw(L, A_AWAIT) ||
                                                 is_kw(L, A_YIELD));
            parse_prop_key(L, p);
            if (tk(L, T_COLON)) {
                nd_lw_next(L);
                p->op = K_INIT;
                if (!(p->flags & NF_COMPUTED) && p->a->atom == A_PROTO && key_is_ident) {
                    p->op = K_PROTO;
                } else if (!(p->flags & NF_COMPUTED) && p->a->type == N_STR &&
                           p->a->end - p->a->start == 11 &&
                           memcmp(L->src + p->a->start + 1, "__proto__", 9) == 0) {
                    p->op = K_PROTO;
                }
                p->b = parse_assign(L, 1);
                if (p->op == K_INIT && !(p->flags & NF_COMPUTED)) {
                    nd_lw_fname_infer(L, p->b, p->a, 0);
                }
            } else if (tk(L, T_LPAREN)) {
                p->op = K_METHOD;
                p->b = parse_method_fn(L, 0);
                if (!(p->flags & NF_COMPUTED)) {
                    nd_lw_fname_infer(L, p->b, p->a, 0);
                }
                set_modern(L);
            } else if (key_is_ident && !(p->flags & NF_COMPUTED) &&
                       (tk(L, T_COMMA) || tk(L, T_RBRACE) || tk(L, T_ASSIGN))) {
                if (!shorthand_ok) {
                    nd_lw_error_at(L, p->a->start, "Unexpected token '%.*s'",
                                   (int)L->atoms[p->a->atom].len, L->atoms[p->a->atom].s);
                }
                p->op = K_INIT;
                p->flags |= NF_SHORTHAND;
                set_modern(L);
                nd_lw_node_t *id = nd_lw_node(L, N_IDENT, p->a->start);
                *id = *p->a;
                p->b = id;
                if (tk(L, T_ASSIGN)) {
                    /* Only valid if this literal turns out to be a pattern. */
                    if (L->cover_init_pos == 0) {
                        L->cover_init_pos = L->tok.start + 1;
                    }
                    nd_lw_next(L);
                    nd_lw_node_t *d = nd_lw_node(L, N_ASSIGN_PAT, id->start);
                    d->op = T_ASSIGN;
                    d->a = id;
                    d->b = parse_assign(L, 0);
                    nd_lw_fname_infer(L, d->b, id, 0);
                    p->b = finish(L, d);
                }
            } else {
                nd_lw_unexpected(L);
            }
        }
        list_add(&l, finish(L, p));
        if (!tk(L, T_RBRACE)) {
            expect(L, T_COMMA);
        }
    }
    nd_lw_next(L);
    o->a = l.head;
    return finish(L, o);
}

static nd_lw_node_t *parse_array(nd_lw_t *L) {
    nd_lw_node_t *a = nd_lw_node(L, N_ARRAY, L->tok.start);
    list_t l = { NULL, NULL };
    nd_lw_next(L);
    while (!tk(L, T_RBRACK)) {
        if (tk(L, T_COMMA)) {
            list_add(&l, finish(L, nd_lw_node(L, N_HOLE, L->tok.start)));
            nd_lw_next(L);
            continue;
        }
        if (tk(L, T_ELLIPSIS)) {
            nd_lw_node_t *s = nd_lw_node(L, N_SPREAD, L->tok.start);
            nd_lw_next(L);
            s->a = parse_assign(L, 1);
            list_add(&l, finish(L, s));
            set_modern(L);
        } else {
            list_add(&l, parse_assign(L, 1));
        }
        if (!tk(L, T_RBRACK)) {
            expect(L, T_COMMA);
        }
    }
    nd_lw_next(L);
    a->a = l.head;
    return finish(L, a);
}

/* '(' ... ')': a parenthesized expression, or the parameters of an arrow function. */
static nd_lw_node_t *parse_paren(nd_lw_t *L, int is_async, uint32_t start) {
    list_t l = { NULL, NULL };
    uint32_t lparen = L->tok.start;
    uint32_t bad = 0; /* position of something only an arrow allows */
    uint32_t saved_cover = L->cover_init_pos;
    L->cover_init_pos = 0;
    int saved_no_in = L->no_in;
    L->no_in = 0;
    nd_lw_next(L);
    while (!tk(L, T_RPAREN)) {
        if (tk(L, T_ELLIPSIS)) {
            nd_lw_node_t *r = nd_lw_node(L, N_REST, L->tok.start);
            if (!bad) {
                bad = L->tok.start;
            }
            nd_lw_next(L);
            r->a = parse_binding_target(L);
            list_add(&l, finish(L, r));
            if (!tk(L, T_RPAREN)) {
                nd_lw_error_at(L, L->tok.start, "Rest parameter must be last formal parameter");
            }
            break;
        }
        list_add(&l, parse_assign(L, 1));
        if (!tk(L, T_RPAREN)) {
            if (is_async && !tk(L, T_COMMA)) {
                nd_lw_error_at(L, L->tok.start, "missing ) after argument list");
            }
            expect(L, T_COMMA);
            if (tk(L, T_RPAREN) && !bad) {
                bad = L->prev.start;
            }
        }
    }
    uint32_t pend = L->tok.end;
    nd_lw_next(L);
    L->no_in = saved_no_in;
    if (tk(L, T_ARROW) && !L->tok.nl_before) {
        nd_lw_node_t *params = l.head;
        int modern = 0;
        for (nd_lw_node_t **pp = &params; *pp; pp = &(*pp)->next) {
            nd_lw_node_t *nx = (*pp)->next;
            if ((*pp)->type != N_REST) {
                *pp = to_pattern(L, *pp, 1);
                (*pp)->next = nx;
            }
            if ((*pp)->type != N_IDENT) {
                modern = 1;
            }
        }
        L->cover_init_pos = saved_cover;
        nd_lw_node_t *fn = parse_arrow_body(L, params, start, pend, is_async);
        fn->p1 = lparen;
        if (modern) {
            fn->flags |= NF_MODERN;
        }
        return fn;
    }
    if (is_async) {
        /* async(...) was a call */
        nd_lw_node_t *c = nd_lw_node(L, N_CALL, start);
        nd_lw_node_t *callee = nd_lw_node(L, N_IDENT, start);
        callee->atom = A_ASYNC;
        callee->end = start + 5;
        c->a = callee;
        c->b = l.head;
        c->p1 = start + 5;
        if (bad) {
            nd_lw_error_at(L, bad, "Unexpected token '%s'", L->src[bad] == '.' ? "..." : ")");
        }
        if (L->cover_init_pos) {
            nd_lw_error_at(L, L->cover_init_pos - 1, "Invalid shorthand property initializer");
        }
        L->cover_init_pos = saved_cover;
        return finish(L, c);
    }
    if (l.head == NULL) {
        nd_lw_error_at(L, pend - 1, "Unexpected token ')'");
    }
    if (bad) {
        if (L->src[bad] == '.') {
            nd_lw_error_at(L, bad, "Unexpected token '...'");
        }
        nd_lw_error_at(L, pend - 1, "Unexpected token ')'");
    }
    if (L->cover_init_pos) {
        nd_lw_error_at(L, L->cover_init_pos - 1, "Invalid shorthand property initializer");
    }
    L->cover_init_pos = saved_cover;
    nd_lw_node_t *p = nd_lw_node(L, N_PAREN, start);
    if (l.head->next) {
        nd_lw_node_t *s = nd_lw_node(L, N_SEQ, l.head->start);
        s->a = l.head;
        s->end = l.tail->end;
        p->a = s;
    } else {
        p->a = l.head;
    }
    return finish(L, p);
}

static nd_lw_node_t *parse_arrow_body(nd_lw_t *L, nd_lw_node_t *params, uint32_t start,
                                      uint32_t pend, int is_async) {
    nd_lw_node_t *fn = nd_lw_node(L, N_ARROW, start);
    fnctx_t saved = save_ctx(L);
    fn->b = params;
    fn->p1 = start;
    fn->p2 = pend;
    fn->p3 = L->tok.start;
    set_modern(L);
    if (is_async) {
        fn->flags |= NF_ASYNC;
    }
    expect(L, T_ARROW);
    L->in_function = 1;
    L->in_async = is_async;
    L->in_generator = 0;
    if (tk(L, T_LBRACE)) {
        fn->c = parse_function_body(L);
    } else {
        int saved_loop = L->loop_depth;
        L->loop_depth = 0;
        fn->flags |= NF_EXPR_BODY;
        fn->c = parse_assign(L, 0);
        L->loop_depth = saved_loop;
    }
    restore_ctx(L, saved);
    return finish(L, fn);
}

static nd_lw_node_t *parse_primary(nd_lw_t *L) {
    uint32_t start = L->tok.start;
    nd_lw_node_t *n;
    switch (L->tok.type) {
    case T_IDENT:
        if (L->tok.flags & TF_ESCAPED) {
            return parse_ident(L);
        }
        switch (L->tok.atom) {
        case A_THIS:
            n = nd_lw_node(L, N_THIS, start);
            nd_lw_next(L);
            return finish(L, n);
        case A_NULL:
        case A_TRUE:
        case A_FALSE:
            n = nd_lw_node(L, N_LITERAL, start);
            nd_lw_next(L);
            return finish(L, n);
        case A_FUNCTION:
            nd_lw_next(L);
            return parse_function(L, N_FUNC_EXPR, start, 0, 0);
        case A_CLASS:
            return parse_class(L, N_CLASS_EXPR);
        case A_SUPER:
            n = nd_lw_node(L, N_SUPER, start);
            nd_lw_next(L);
            if (!tk(L, T_LPAREN) && !tk(L, T_DOT) && !tk(L, T_LBRACK)) {
                nd_lw_error_at(L, start, "'super' keyword unexpected here");
            }
            return finish(L, n);
        case A_ASYNC: {
            const nd_lw_tok_t *pk = nd_lw_peek(L);
            if (pk->type == T_IDENT && pk->atom == A_FUNCTION && !pk->nl_before) {
                nd_lw_next(L);
                nd_lw_next(L);
                return parse_function(L, N_FUNC_EXPR, start, NF_ASYNC, 0);
            }
            if (pk->type == T_LPAREN && !pk->nl_before) {
                nd_lw_next(L);
                return parse_paren(L, 1, start);
            }
            if (pk->type == T_IDENT && !pk->nl_before) {
                nd_lw_next(L);
                nd_lw_node_t *id = parse_ident(L);
                if (!tk(L, T_ARROW) || L->tok.nl_before) {
                    nd_lw_unexpected(L);
                }
                nd_lw_node_t *fn = parse_arrow_body(L, id, start, id->end, 1);
                fn->p1 = id->start;
                return fn;
            }
            return ident_node(L);
        }
        case A_IMPORT:
            if (nd_lw_peek(L)->type == T_LPAREN) {
                /* import(x): the parser keeps it as a call of the identifier `import` */
                n = ident_node(L);
                set_modern(L);
                return n;
            }
            if (nd_lw_peek(L)->type == T_DOT) {
                if (!(L->flags & ND_LOWER_ESM)) {
                    nd_lw_error_at(L, start, "Cannot use 'import.meta' outside a module");
                }
                n = nd_lw_node(L, N_IMPORT_META, start);
                nd_lw_next(L);
                nd_lw_next(L);
                if (!is_kw(L, A_META)) {
                    nd_lw_unexpected(L);
                }
                nd_lw_next(L);
                return finish(L, n);
            }
            nd_lw_error_at(L, start, "Cannot use import statement outside a module");
        case A_UNDEFINED:
            /* a reference: may become `void 0` (undef.c) */
            n = nd_lw_node(L, N_IDENT, start);
            n->atom = A_UNDEFINED;
            nd_lw_undef_ref(L, start);
            nd_lw_next(L);
            return finish(L, n);
        case A_EVAL:
            L->undef_unsafe = 1; /* a direct eval may declare `var undefined` */
            break;
        default:
            break;
        }
        return parse_ident(L);
    case T_NUM:
    case T_STR:
        n = nd_lw_node(L, L->tok.type == T_NUM ? N_NUM : N_STR, start);
        if (L->tok.flags & (TF_NUM_LOWER | TF_STR_ES6ESC)) {
            n->flags |= NF_DIRTY;
            set_modern(L);
        }
        nd_lw_next(L);
        return finish(L, n);
    case T_SLASH:
    case T_DIV_A:
        nd_lw_rescan_regex(L);
        n = nd_lw_node(L, N_REGEX, start);
        if (L->tok.flags & TF_RE_LOWER) {
            n->flags |= NF_DIRTY;
            set_modern(L);
        }
        nd_lw_next(L);
        return finish(L, n);
    case T_TEMPLATE:
        return parse_template(L);
    case T_LPAREN:
        return parse_paren(L, 0, start);
    case T_LBRACK:
        return parse_array(L);
    case T_LBRACE:
        return parse_object(L);
    case T_PRIVATE:
        if (L->in_class && nd_lw_peek(L)->type == T_IDENT && nd_lw_peek(L)->atom == A_IN) {
            n = nd_lw_node(L, N_PRIVATE_NAME, start);
            n->atom = L->tok.atom;
            nd_lw_next(L);
            return finish(L, n);
        }
        nd_lw_unexpected(L);
    default:
        nd_lw_unexpected(L);
    }
}

/* MemberExpression / CallExpression with optional chains; no_call stops before '(' (new). */
static nd_lw_node_t *parse_member_tail(nd_lw_t *L, nd_lw_node_t *e, int no_call) {
    uint32_t start = e->start;
    int chain = 0;
    for (;;) {
        nd_lw_node_t *n;
        if (tk(L, T_DOT) || tk(L, T_QDOT)) {
            int opt = tk(L, T_QDOT);
            if (opt && no_call) {
                nd_lw_error_at(L, L->tok.start, "Invalid optional chain from new expression");
            }
            nd_lw_next(L);
            if (opt) {
                chain = 1;
                set_modern(L);
                if (tk(L, T_LPAREN)) {
                    n = nd_lw_node(L, N_CALL, start);
                    n->flags |= NF_OPTIONAL;
                    n->a = e;
                    parse_args(L, n);
                    e = finish(L, n);
                    continue;
                }
                if (tk(L, T_LBRACK)) {
                    nd_lw_next(L);
                    n = nd_lw_node(L, N_INDEX, start);
                    n->flags |= NF_OPTIONAL;
                    n->a = e;
                    n->b = parse_expr(L);
                    expect(L, T_RBRACK);
                    e = finish(L, n);
                    continue;
                }
            }
            n = nd_lw_node(L, N_MEMBER, start);
            if (opt) {
                n->flags |= NF_OPTIONAL;
            }
            n->a = e;
            if (tk(L, T_IDENT)) {
                n->b = name_node(L);
                n->b->flags &= (uint16_t)~NF_DIRTY;
            } else if (tk(L, T_PRIVATE) && L->in_class) {
                n->b = nd_lw_node(L, N_PRIVATE_NAME, L->tok.start);
                n->b->atom = L->tok.atom;
                n->b->end = L->tok.end;
                set_modern(L);
                nd_lw_next(L);
            } else {
                nd_lw_unexpected(L);
            }
            e = finish(L, n);
        } else if (tk(L, T_LBRACK)) {
            nd_lw_next(L);
            n = nd_lw_node(L, N_INDEX, start);
            n->a = e;
            int saved_no_in = L->no_in;
            L->no_in = 0;
            n->b = parse_expr(L);
            L->no_in = saved_no_in;
            expect(L, T_RBRACK);
            e = finish(L, n);
        } else if (tk(L, T_LPAREN) && !no_call) {
            n = nd_lw_node(L, N_CALL, start);
            n->a = e;
            int saved_no_in = L->no_in;
            L->no_in = 0;
            parse_args(L, n);
            L->no_in = saved_no_in;
            if (e->type == N_IDENT && e->atom == A_EVAL && !(e->flags & NF_DIRTY) && n->b != NULL) {
                /* a direct eval: its source gets lowered too (emit_call) */
                n->flags |= NF_DIRTY;
                set_modern(L);
            }
            e = finish(L, n);
        } else if (tk(L, T_TEMPLATE)) {
            if (chain) {
                nd_lw_error_at(L, L->tok.start, "Invalid tagged template on optional chain");
            }
            n = nd_lw_node(L, N_TAGGED, start);
            n->a = e;
            n->b = parse_template(L);
            e = finish(L, n);
        } else {
            break;
        }
    }
    if (chain) {
        nd_lw_node_t *c = nd_lw_node(L, N_CHAIN, start);
        c->a = e;
        c->end = e->end;
        return c;
    }
    return e;
}

static nd_lw_node_t *parse_new(nd_lw_t *L) {
    uint32_t start = L->tok.start;
    nd_lw_next(L);
    if (tk(L, T_DOT)) {
        nd_lw_next(L);
        if (!is_kw(L, A_TARGET)) {
            nd_lw_unexpected(L);
        }
        nd_lw_next(L);
        set_modern(L);
        return finish(L, nd_lw_node(L, N_NEW_TARGET, start));
    }
    nd_lw_node_t *callee;
    if (is_kw(L, A_NEW)) {
        callee = parse_new(L);
    } else {
        callee = parse_primary(L);
    }
    callee = parse_member_tail(L, callee, 1);
    nd_lw_node_t *n = nd_lw_node(L, N_NEW, start);
    n->a = callee;
    if (tk(L, T_LPAREN)) {
        parse_args(L, n);
    } else {
        n->p1 = 0;
    }
    return finish(L, n);
}

static nd_lw_node_t *parse_lhs(nd_lw_t *L) {
    nd_lw_node_t *e;
    if (is_kw(L, A_NEW)) {
        e = parse_new(L);
    } else {
        e = parse_primary(L);
    }
    if (e->type == N_ARROW) {
        return e;
    }
    return parse_member_tail(L, e, 0);
}

static nd_lw_node_t *parse_unary(nd_lw_t *L) {
    uint32_t start = L->tok.start;
    nd_lw_node_t *n;
    int t = L->tok.type;
    if (t == T_IDENT && !(L->tok.flags & TF_ESCAPED) &&
        (L->tok.atom == A_DELETE || L->tok.atom == A_VOID || L->tok.atom == A_TYPEOF)) {
        n = nd_lw_node(L, N_UNARY, start);
        n->op = (uint8_t)(L->tok.atom == A_DELETE ? 1 : L->tok.atom == A_VOID ? 2 : 3);
        nd_lw_next(L);
        enter(L);
        n->a = parse_unary(L);
        leave(L);
        if (n->op == 1 && n->a->type == N_IDENT && n->a->atom == A_UNDEFINED) {
            L->undef_unsafe = 1; /* `delete undefined` is false, `delete void 0` true */
        }
        return finish(L, n);
    }
    if (t == T_IDENT && is_kw(L, A_AWAIT) && L->in_async) {
        if (!L->in_function) {
            L->tla = 1;
        }
        n = nd_lw_node(L, N_AWAIT, start);
        nd_lw_next(L);
        enter(L);
        n->a = parse_unary(L);
        leave(L);
        return finish(L, n);
    }
    if (t == T_PLUS || t == T_MINUS || t == T_TILDE || t == T_NOT) {
        n = nd_lw_node(L, N_UNARY, start);
        n->op = (uint8_t)t;
        nd_lw_next(L);
        enter(L);
        n->a = parse_unary(L);
        leave(L);
        return finish(L, n);
    }
    if (t == T_INC || t == T_DEC) {
        n = nd_lw_node(L, N_UPDATE, start);
        n->op = (uint8_t)t;
        n->flags |= NF_PREFIX;
        nd_lw_next(L);
        enter(L);
        n->a = parse_unary(L);
        leave(L);
        if (!is_simple_target(L, n->a)) {
            nd_lw_error_at(L, n->a->start, "Invalid left-hand side expression in prefix operation");
        }
        return finish(L, n);
    }
    nd_lw_node_t *e = parse_lhs(L);
    if ((tk(L, T_INC) || tk(L, T_DEC)) && !L->tok.nl_before) {
        if (!is_simple_target(L, e)) {
            nd_lw_error_at(L, e->start, "Invalid left-hand side expression in postfix operation");
        }
        n = nd_lw_node(L, N_UPDATE, start);
        n->op = (uint8_t)L->tok.type;
        n->a = e;
        nd_lw_next(L);
        return finish(L, n);
    }
    return e;
}

static int binary_prec(nd_lw_t *L) {
    switch (L->tok.type) {
    case T_NULLISH: return 1;
    case T_OR: return 2;
    case T_AND: return 3;
    case T_BAR: return 4;
    case T_CARET: return 5;
    case T_AMP: return 6;
    case T_EQ: case T_NE: case T_SEQ: case T_SNE: return 7;
    case T_LT: case T_GT: case T_LE: case T_GE: return 8;
    case T_SHL: case T_SAR: case T_SHR: return 9;
    case T_PLUS: case T_MINUS: return 10;
    case T_STAR: case T_SLASH: case T_PERCENT: return 11;
    case T_EXP: return 12;
    case T_IDENT:
        if (L->tok.flags & TF_ESCAPED) {
            return 0;
        }
        if (L->tok.atom == A_INSTANCEOF) {
            return 8;
        }
        if (L->tok.atom == A_IN && !L->no_in) {
            return 8;
        }
        return 0;
    default:
        return 0;
    }
}

static nd_lw_node_t *parse_binary(nd_lw_t *L, int minprec) {
    uint32_t start = L->tok.start;
    nd_lw_node_t *left = parse_unary(L);
    for (;;) {
        int prec = binary_prec(L);
        if (prec == 0 || prec < minprec) {
            return left;
        }
        int op = L->tok.type;
        if (op == T_IDENT) {
            op = L->tok.atom == A_IN ? 200 : 201; /* pseudo ops for in / instanceof */
        }
        if (op == T_EXP && left->type == N_UNARY) {
            nd_lw_error_at(L, L->tok.start,
                           "Unary operator used immediately before exponentiation expression. "
                           "Parenthesis must be used to disambiguate operator precedence");
        }
        nd_lw_next(L);
        enter(L);
        nd_lw_node_t *right = parse_binary(L, op == T_EXP ? prec : prec + 1);
        leave(L);
        nd_lw_node_t *n = nd_lw_node(L, (op == T_AND || op == T_OR || op == T_NULLISH)
                                            ? N_LOGICAL : N_BINARY, start);
        n->op = (uint8_t)op;
        n->a = left;
        n->b = right;
        if (op == T_EXP || op == T_NULLISH) {
            set_modern(L);
        }
        left = finish(L, n);
    }
}

static nd_lw_node_t *parse_conditional(nd_lw_t *L) {
    uint32_t start = L->tok.start;
    nd_lw_node_t *test = parse_binary(L, 1);
    if (test->type == N_ARROW || !tk(L, T_QUESTION)) {
        return test;
    }
    nd_lw_next(L);
    nd_lw_node_t *n = nd_lw_node(L, N_COND, start);
    n->a = test;
    int saved_no_in = L->no_in;
    L->no_in = 0;
    n->b = parse_assign(L, 0);
    L->no_in = saved_no_in;
    expect(L, T_COLON);
    n->c = parse_assign(L, 0);
    return finish(L, n);
}

static int is_assign_op(int t) {
    return t == T_ASSIGN || (t >= T_ADD_A && t <= T_NULLISH_A);
}

static nd_lw_node_t *parse_assign(nd_lw_t *L, int allow_cover) {
    uint32_t start = L->tok.start;
    enter(L);
    if (is_kw(L, A_YIELD) && L->in_generator) {
        nd_lw_node_t *y = nd_lw_node(L, N_YIELD, start);
        nd_lw_next(L);
        if (tk(L, T_STAR)) {
            y->flags |= NF_GENERATOR;
            nd_lw_next(L);
            y->a = parse_assign(L, 0);
        } else if (!L->tok.nl_before && !tk(L, T_RPAREN) && !tk(L, T_RBRACK) &&
                   !tk(L, T_RBRACE) && !tk(L, T_COMMA) && !tk(L, T_SEMI) && !tk(L, T_COLON) &&
                   !tk(L, T_EOF) && !(tk(L, T_IDENT) && L->tok.atom == A_IN)) {
            y->a = parse_assign(L, 0);
        }
        leave(L);
        return finish(L, y);
    }
    if (tk(L, T_IDENT) && is_ident_tok(L) && !(L->tok.atom == A_ASYNC)) {
        const nd_lw_tok_t *pk = nd_lw_peek(L);
        if (pk->type == T_ARROW && !pk->nl_before) {
            nd_lw_node_t *id = ident_node(L);
            nd_lw_node_t *fn = parse_arrow_body(L, id, start, id->end, 0);
            leave(L);
            return fn;
        }
    }
    uint32_t saved_cover = L->cover_init_pos;
    L->cover_init_pos = 0;
    nd_lw_node_t *left = parse_conditional(L);
    if (left->type == N_ARROW) {
        L->cover_init_pos = saved_cover;
        leave(L);
        return left;
    }
    if (is_assign_op(L->tok.type)) {
        int op = L->tok.type;
        if (op == T_ASSIGN && (left->type == N_ARRAY || left->type == N_OBJECT)) {
            left = to_pattern(L, left, 0);
            L->cover_init_pos = 0;
        } else if (!is_simple_target(L, left)) {
            nd_lw_error_at(L, left->start, "Invalid left-hand side in assignment");
        }
        if (op == T_EXP_A || op == T_LAND_A || op == T_LOR_A || op == T_NULLISH_A) {
            set_modern(L);
        }
        nd_lw_next(L);
        nd_lw_node_t *n = nd_lw_node(L, N_ASSIGN, start);
        n->op = (uint8_t)op;
        n->a = left;
        n->b = parse_assign(L, 0);
        if (left->type == N_IDENT && (op == T_ASSIGN || op == T_LAND_A || op == T_LOR_A ||
                                      op == T_NULLISH_A)) {
            nd_lw_fname_infer(L, n->b, left, 0); /* not `(f) = ...` nor `o.f = ...` */
        }
        if (L->cover_init_pos && !allow_cover) {
            nd_lw_error_at(L, L->cover_init_pos - 1, "Invalid shorthand property initializer");
        }
        if (saved_cover) {
            L->cover_init_pos = saved_cover;
        }
        leave(L);
        return finish(L, n);
    }
    if (L->cover_init_pos && !allow_cover) {
        nd_lw_error_at(L, L->cover_init_pos - 1, "Invalid shorthand property initializer");
    }
    if (saved_cover) {
        L->cover_init_pos = saved_cover;
    }
    leave(L);
    return left;
}

static nd_lw_node_t *parse_expr(nd_lw_t *L) {
    uint32_t start = L->tok.start;
    nd_lw_node_t *e = parse_assign(L, 0);
    if (!tk(L, T_COMMA)) {
        return e;
    }
    nd_lw_node_t *s = nd_lw_node(L, N_SEQ, start);
    list_t l = { NULL, NULL };
    list_add(&l, e);
    while (eat(L, T_COMMA)) {
        list_add(&l, parse_assign(L, 0));
    }
    s->a = l.head;
    return finish(L, s);
}

/* ---- classes ---- */

static nd_lw_node_t *parse_class(nd_lw_t *L, int type) {
    nd_lw_node_t *c = nd_lw_node(L, type, L->tok.start);
    fnctx_t saved = save_ctx(L);
    list_t l = { NULL, NULL };
    int have_ctor = 0;
    set_modern(L);
    nd_lw_next(L);
    L->strict = 1;
    if (tk(L, T_IDENT) && !is_kw(L, A_EXTENDS)) {
        c->a = parse_ident(L);
    } else if (type == N_CLASS_DECL) {
        nd_lw_unexpected(L);
    }
    if (is_kw(L, A_EXTENDS)) {
        nd_lw_next(L);
        c->b = parse_lhs(L);
    }
    c->p3 = L->tok.start;
    expect(L, T_LBRACE);
    L->in_class = 1;
    while (!tk(L, T_RBRACE)) {
        if (eat(L, T_SEMI)) {
            continue;
        }
        nd_lw_node_t *m = nd_lw_node(L, N_METHOD, L->tok.start);
        int fflags = 0;
        if (is_kw(L, A_STATIC)) {
            const nd_lw_tok_t *pk = nd_lw_peek(L);
            if (pk->type == T_LBRACE) {
                nd_lw_next(L);
                m->type = N_STATIC_BLOCK;
                m->flags |= NF_STATIC;
                fnctx_t s2 = save_ctx(L);
                L->in_function = 1;
                L->in_async = 0;
                L->in_generator = 0;
                m->a = parse_function_body(L);
                restore_ctx(L, s2);
                list_add(&l, finish(L, m));
                continue;
            }
            if (pk->type != T_LPAREN && pk->type != T_ASSIGN && pk->type != T_SEMI &&
                pk->type != T_RBRACE) {
                nd_lw_next(L);
                m->flags |= NF_STATIC;
            }
        }
        m->op = K_METHOD;
        if (is_kw(L, A_GET) || is_kw(L, A_SET) || is_kw(L, A_ASYNC)) {
            int atom = L->tok.atom;
            const nd_lw_tok_t *pk = nd_lw_peek(L);
            if ((pk->type == T_IDENT || pk->type == T_STR || pk->type == T_NUM ||
                 pk->type == T_LBRACK || pk->type == T_PRIVATE ||
                 (atom == A_ASYNC && pk->type == T_STAR)) &&
                !pk->nl_before) {
                nd_lw_next(L);
                if (atom == A_ASYNC) {
                    fflags |= NF_ASYNC;
                    if (eat(L, T_STAR)) {
                        fflags |= NF_GENERATOR;
                    }
                } else {
                    m->op = atom == A_GET ? K_GET : K_SET;
                }
            }
        }
        if (m->op == K_METHOD && !(fflags & NF_ASYNC) && eat(L, T_STAR)) {
            fflags |= NF_GENERATOR;
        }
        parse_prop_key(L, m);
        if (tk(L, T_LPAREN)) {
            if (m->op == K_METHOD && !(m->flags & (NF_STATIC | NF_COMPUTED)) && m->a->type == N_IDENT &&
                m->a->atom == A_CONSTRUCTOR) {
                if (have_ctor) {
                    nd_lw_error_at(L, m->a->start, "A class may only have one constructor");
                }
                if (fflags) {
                    nd_lw_error_at(L, m->a->start, "Class constructor may not be a%s",
                                   (fflags & NF_ASYNC) ? "n async method" : " generator");
                }
                have_ctor = 1;
                m->op = K_CTOR;
            }
            m->b = parse_method_fn(L, fflags);
            if (m->op != K_CTOR && !(m->flags & NF_COMPUTED) &&
                (m->a->type != N_PRIVATE_NAME || m->op == K_METHOD)) {
                nd_lw_fname_infer(L, m->b, m->a, m->op == K_GET ? 'g' : m->op == K_SET ? 's' :
                                  m->a->type == N_PRIVATE_NAME ? '#' : 0);
            }
        } else {
            if (fflags || m->op != K_METHOD) {
                nd_lw_unexpected(L);
            }
            m->type = N_FIELD;
            if (eat(L, T_ASSIGN)) {
                fnctx_t s2 = save_ctx(L);
                L->in_function = 1;
                L->in_async = 0;
                L->in_generator = 0;
                m->b = parse_assign(L, 0);
                restore_ctx(L, s2);
                if (!(m->flags & NF_COMPUTED)) {
                    nd_lw_fname_infer(L, m->b, m->a, m->a->type == N_PRIVATE_NAME ? '#' : 0);
                }
            }
            consume_semi(L);
        }
        list_add(&l, finish(L, m));
    }
    nd_lw_next(L);
    restore_ctx(L, saved);
    c->c = l.head;
    return finish(L, c);
}

/* ---- statements ---- */

static nd_lw_node_t *parse_var(nd_lw_t *L, int kind, int in_for) {
    nd_lw_node_t *v = nd_lw_node(L, N_VAR, L->tok.start);
    list_t l = { NULL, NULL };
    v->op = (uint8_t)kind;
    if (kind != VK_VAR) {
        set_modern(L);
    }
    nd_lw_next(L);
    for (;;) {
        nd_lw_node_t *d = nd_lw_node(L, N_DECLARATOR, L->tok.start);
        if (kind != VK_VAR && is_kw(L, A_LET)) {
            nd_lw_error_at(L, L->tok.start, "let is disallowed as a lexically bound name");
        }
        d->a = parse_binding_target(L);
        if (eat(L, T_ASSIGN)) {
            d->b = parse_assign(L, 0);
            if (d->a->type == N_IDENT) {
                nd_lw_fname_infer(L, d->b, d->a, 0);
            }
        } else if (!(in_for && (is_kw(L, A_OF) || is_kw(L, A_IN)))) {
            if (kind == VK_CONST) {
                nd_lw_error_at(L, L->tok.start, "Missing initializer in const declaration");
            }
            if (d->a->type != N_IDENT) {
                nd_lw_error_at(L, L->tok.start, "Missing initializer in destructuring declaration");
            }
        }
        list_add(&l, finish(L, d));
        if (!eat(L, T_COMMA)) {
            break;
        }
    }
    v->a = l.head;
    return finish(L, v);
}

static int let_starts_decl(nd_lw_t *L) {
    if (!is_kw(L, A_LET)) {
        return 0;
    }
    const nd_lw_tok_t *pk = nd_lw_peek(L);
    if (pk->type == T_LBRACK || pk->type == T_LBRACE) {
        return 1;
    }
    if (pk->type == T_IDENT && pk->atom != A_IN && pk->atom != A_INSTANCEOF) {
        return 1;
    }
    return 0;
}

static nd_lw_node_t *parse_block(nd_lw_t *L) {
    nd_lw_node_t *b = nd_lw_node(L, N_BLOCK, L->tok.start);
    list_t l = { NULL, NULL };
    expect(L, T_LBRACE);
    amark_t am;
    stmt_mark(L, &am);
    while (!tk(L, T_RBRACE)) {
        if (tk(L, T_EOF)) {
            nd_lw_unexpected(L);
        }
        list_add(&l, parse_stmt_list_item(L));
        stmt_release(L, &am, &l.head, &l.tail);
    }
    nd_lw_next(L);
    b->a = l.head;
    return finish(L, b);
}

static nd_lw_node_t *parse_loop_body(nd_lw_t *L) {
    L->loop_depth++;
    nd_lw_node_t *b = parse_stmt(L);
    L->loop_depth--;
    return b;
}

static nd_lw_node_t *parse_for(nd_lw_t *L) {
    uint32_t start = L->tok.start;
    nd_lw_node_t *n = nd_lw_node(L, N_FOR, start);
    nd_lw_node_t *init = NULL;
    nd_lw_next(L);
    if (is_kw(L, A_AWAIT)) {
        if (!L->in_async) {
            nd_lw_unexpected(L);
        }
        if (!L->in_function) {
            L->tla = 1;
        }
        n->flags |= NF_ASYNC;
        set_modern(L);
        nd_lw_next(L);
    }
    n->p1 = L->tok.start;
    expect(L, T_LPAREN);
    if (!tk(L, T_SEMI)) {
        L->no_in = 1;
        if (is_kw(L, A_VAR)) {
            init = parse_var(L, VK_VAR, 1);
        } else if (is_kw(L, A_CONST)) {
            init = parse_var(L, VK_CONST, 1);
        } else if (let_starts_decl(L)) {
            init = parse_var(L, VK_LET, 1);
        } else {
            uint32_t es = L->tok.start;
            int is_let = is_kw(L, A_LET);
            init = parse_expr(L);
            if (is_kw(L, A_OF) || is_kw(L, A_IN)) {
                if (is_kw(L, A_OF) && is_let && init->type == N_IDENT) {
                    nd_lw_error_at(L, es, "The left-hand side of a for-of loop may not be 'let'.");
                }
                if (init->type == N_ARRAY || init->type == N_OBJECT) {
                    init = to_pattern(L, init, 0);
                } else if (!is_simple_target(L, init)) {
                    nd_lw_error_at(L, es, "Invalid left-hand side in for-%s loop",
                                   is_kw(L, A_OF) ? "of" : "in");
                }
            }
        }
        L->no_in = 0;
        if (is_kw(L, A_OF) || is_kw(L, A_IN)) {
            int of = is_kw(L, A_OF);
            if (init->type == N_VAR && init->a->next) {
                nd_lw_error_at(L, init->start, "Invalid left-hand side in for-%s loop: Must have "
                               "a single binding.", of ? "of" : "in");
            }
            n->type = of ? N_FOR_OF : N_FOR_IN;
            if (of) {
                set_modern(L);
            }
            nd_lw_next(L);
            n->a = init;
            n->b = of ? parse_assign(L, 0) : parse_expr(L);
            expect(L, T_RPAREN);
            n->c = parse_loop_body(L);
            return finish(L, n);
        }
    }
    if (n->flags & NF_ASYNC) {
        nd_lw_unexpected(L);
    }
    n->a = init;
    expect(L, T_SEMI);
    if (!tk(L, T_SEMI)) {
        n->b = parse_expr(L);
    }
    expect(L, T_SEMI);
    if (!tk(L, T_RPAREN)) {
        n->c = parse_expr(L);
    }
    expect(L, T_RPAREN);
    n->d = parse_loop_body(L);
    return finish(L, n);
}

static nd_lw_node_t *parse_stmt_list_item(nd_lw_t *L) {
    if (tk(L, T_IDENT) && !(L->tok.flags & TF_ESCAPED)) {
        uint32_t start = L->tok.start;
        switch (L->tok.atom) {
        case A_FUNCTION:
            nd_lw_next(L);
            return parse_function(L, N_FUNC_DECL, start, 0, 0);
        case A_CLASS:
            return parse_class(L, N_CLASS_DECL);
        case A_CONST: {
            nd_lw_node_t *v = parse_var(L, VK_CONST, 0);
            consume_semi(L);
            return finish(L, v);
        }
        case A_LET:
            if (let_starts_decl(L)) {
                nd_lw_node_t *v = parse_var(L, VK_LET, 0);
                consume_semi(L);
                return finish(L, v);
            }
            break;
        case A_ASYNC: {
            const nd_lw_tok_t *pk = nd_lw_peek(L);
            if (pk->type == T_IDENT && pk->atom == A_FUNCTION && !pk->nl_before) {
                nd_lw_next(L);
                nd_lw_next(L);
                return parse_function(L, N_FUNC_DECL, start, NF_ASYNC, 0);
            }
            break;
        }
        default:
            break;
        }
    }
    return parse_stmt(L);
}

static nd_lw_node_t *parse_stmt(nd_lw_t *L) {
    uint32_t start = L->tok.start;
    nd_lw_node_t *n;
    enter(L);
    if (tk(L, T_LBRACE)) {
        n = parse_block(L);
        leave(L);
        return n;
    }
    if (tk(L, T_SEMI)) {
        nd_lw_next(L);
        leave(L);
        return finish(L, nd_lw_node(L, N_EMPTY, start));
    }
    if (tk(L, T_IDENT) && !(L->tok.flags & TF_ESCAPED)) {
        switch (L->tok.atom) {
        case A_VAR:
            n = parse_var(L, VK_VAR, 0);
            consume_semi(L);
            leave(L);
            return finish(L, n);
        case A_IF:
            n = nd_lw_node(L, N_IF, start);
            nd_lw_next(L);
            expect(L, T_LPAREN);
            n->a = parse_expr(L);
            expect(L, T_RPAREN);
            n->b = parse_stmt(L);
            if (is_kw(L, A_ELSE)) {
                nd_lw_next(L);
                n->c = parse_stmt(L);
            }
            leave(L);
            return finish(L, n);
        case A_FOR:
            n = parse_for(L);
            leave(L);
            return n;
        case A_WHILE:
            n = nd_lw_node(L, N_WHILE, start);
            nd_lw_next(L);
            expect(L, T_LPAREN);
            n->a = parse_expr(L);
            expect(L, T_RPAREN);
            n->b = parse_loop_body(L);
            leave(L);
            return finish(L, n);
        case A_DO:
            n = nd_lw_node(L, N_DO_WHILE, start);
            nd_lw_next(L);
            n->a = parse_loop_body(L);
            if (!is_kw(L, A_WHILE)) {
                nd_lw_unexpected(L);
            }
            nd_lw_next(L);
            expect(L, T_LPAREN);
            n->b = parse_expr(L);
            expect(L, T_RPAREN);
            eat(L, T_SEMI);
            leave(L);
            return finish(L, n);
        case A_CONTINUE:
        case A_BREAK: {
            int is_break = L->tok.atom == A_BREAK;
            n = nd_lw_node(L, is_break ? N_BREAK : N_CONTINUE, start);
            nd_lw_next(L);
            if (tk(L, T_IDENT) && !L->tok.nl_before && L->tok.atom > A_LAST_RESERVED) {
                n->a = ident_node(L);
            } else if (!is_break && L->loop_depth == 0) {
                nd_lw_error_at(L, start,
                               "Illegal continue statement: no surrounding iteration statement");
            }
            consume_semi(L);
            leave(L);
            return finish(L, n);
        }
        case A_RETURN:
            if (!L->in_function && !(L->flags & 0x01 /* ND_LOWER_MODULE_FUNCTION_BODY */)) {
                nd_lw_error_at(L, start, "Illegal return statement");
            }
            n = nd_lw_node(L, N_RETURN, start);
            nd_lw_next(L);
            if (!tk(L, T_SEMI) && !tk(L, T_RBRACE) && !tk(L, T_EOF) && !L->tok.nl_before) {
                n->a = parse_expr(L);
            }
            consume_semi(L);
            leave(L);
            return finish(L, n);
        case A_WITH:
            L->undef_unsafe = 1;
            if (L->strict) {
                nd_lw_error_at(L, start, "Strict mode code may not include a with statement");
            }
            n = nd_lw_node(L, N_WITH, start);
            nd_lw_next(L);
            expect(L, T_LPAREN);
            n->a = parse_expr(L);
            expect(L, T_RPAREN);
            n->b = parse_stmt(L);
            leave(L);
            return finish(L, n);
        case A_SWITCH: {
            list_t cases = { NULL, NULL };
            n = nd_lw_node(L, N_SWITCH, start);
            nd_lw_next(L);
            expect(L, T_LPAREN);
            n->a = parse_expr(L);
            expect(L, T_RPAREN);
            n->p3 = L->tok.start;
            expect(L, T_LBRACE);
            while (!tk(L, T_RBRACE)) {
                nd_lw_node_t *c = nd_lw_node(L, N_CASE, L->tok.start);
                list_t body = { NULL, NULL };
                if (is_kw(L, A_CASE)) {
                    nd_lw_next(L);
                    c->a = parse_expr(L);
                } else if (is_kw(L, A_DEFAULT)) {
                    nd_lw_next(L);
                } else {
                    nd_lw_unexpected(L);
                }
                expect(L, T_COLON);
                while (!tk(L, T_RBRACE) && !is_kw(L, A_CASE) && !is_kw(L, A_DEFAULT)) {
                    if (tk(L, T_EOF)) {
                        nd_lw_unexpected(L);
                    }
                    list_add(&body, parse_stmt_list_item(L));
                }
                c->b = body.head;
                list_add(&cases, finish(L, c));
            }
            nd_lw_next(L);
            n->b = cases.head;
            leave(L);
            return finish(L, n);
        }
        case A_THROW:
            n = nd_lw_node(L, N_THROW, start);
            nd_lw_next(L);
            if (L->tok.nl_before) {
                nd_lw_error_at(L, L->tok.start, "Illegal newline after throw");
            }
            n->a = parse_expr(L);
            consume_semi(L);
            leave(L);
            return finish(L, n);
        case A_TRY:
            n = nd_lw_node(L, N_TRY, start);
            nd_lw_next(L);
            n->a = parse_block(L);
            if (is_kw(L, A_CATCH)) {
                n->p1 = L->tok.start;
                nd_lw_next(L);
                n->p2 = L->tok.start;
                if (eat(L, T_LPAREN)) {
                    n->b = parse_binding_target(L);
                    expect(L, T_RPAREN);
                } else {
                    set_modern(L); /* optional catch binding */
                }
                n->c = parse_block(L);
            }
            if (is_kw(L, A_FINALLY)) {
                nd_lw_next(L);
                n->d = parse_block(L);
            }
            if (n->c == NULL && n->d == NULL) {
                if (tk(L, T_EOF)) {
                    nd_lw_unexpected(L);
                }
                nd_lw_error_at(L, L->tok.start, "Missing catch or finally after try");
            }
            leave(L);
            return finish(L, n);
        case A_DEBUGGER:
            n = nd_lw_node(L, N_DEBUGGER, start);
            nd_lw_next(L);
            consume_semi(L);
            leave(L);
            return finish(L, n);
        case A_FUNCTION:
            nd_lw_next(L);
            n = parse_function(L, N_FUNC_DECL, start, 0, 0);
            leave(L);
            return n;
        case A_IMPORT:
            if (nd_lw_peek(L)->type != T_LPAREN) {
                nd_lw_error_at(L, start, "Cannot use import statement outside a module");
            }
            break;
        case A_EXPORT:
            nd_lw_error_at(L, start, "Unexpected token 'export'");
        case A_CLASS:
        case A_CONST:
            nd_lw_unexpected(L);
        default:
            break;
        }
        if (is_ident_tok(L) && nd_lw_peek(L)->type == T_COLON) {
            n = nd_lw_node(L, N_LABELED, start);
            n->a = ident_node(L);
            nd_lw_next(L);
            if (is_kw(L, A_FUNCTION)) {
                nd_lw_unexpected(L);
            }
            n->b = parse_stmt(L);
            leave(L);
            return finish(L, n);
        }
    }
    n = nd_lw_node(L, N_EXPR_STMT, start);
    n->a = parse_expr(L);
    consume_semi(L);
    leave(L);
    return finish(L, n);
}

/* ---- ES module items ---- */

/* A module export/import name: an IdentifierName (reserved words too) or a string. */
static nd_lw_node_t *parse_module_name(nd_lw_t *L) {
    if (tk(L, T_STR)) {
        nd_lw_node_t *n = nd_lw_node(L, N_STR, L->tok.start);
        nd_lw_next(L);
        return finish(L, n);
    }
    if (!tk(L, T_IDENT)) {
        nd_lw_unexpected(L);
    }
    return ident_node(L);
}

/* `from 'specifier'` [with { type: 'json' }]: returns the specifier's N_STR. */
static nd_lw_node_t *parse_from_clause(nd_lw_t *L) {
    if (!is_kw(L, A_FROM)) {
        nd_lw_unexpected(L);
    }
    nd_lw_next(L);
    if (!tk(L, T_STR)) {
        nd_lw_unexpected(L);
    }
    nd_lw_node_t *src = nd_lw_node(L, N_STR, L->tok.start);
    nd_lw_next(L);
    return finish(L, src);
}

/* Import attributes (`with {...}`, or the older `assert {...}`) change nothing nodule does. */
static void skip_import_attributes(nd_lw_t *L) {
    if (tk(L, T_IDENT) && !L->tok.nl_before &&
        (L->tok.atom == A_WITH || (L->tok.end - L->tok.start == 6 &&
                                   memcmp(L->src + L->tok.start, "assert", 6) == 0))) {
        nd_lw_next(L);
        parse_object(L);
    }
}

static nd_lw_node_t *import_spec(nd_lw_t *L, int kind, nd_lw_node_t *imported, uint32_t start) {
    nd_lw_node_t *sp = nd_lw_node(L, N_IMPORT_SPEC, start);
    sp->op = (uint8_t)kind;
    sp->a = imported;
    sp->b = parse_ident(L);
    return finish(L, sp);
}

/* import 'x'; import d, * as ns from 'x'; import d, { a, b as c, "s" as e } from 'x'; */
static nd_lw_node_t *parse_import(nd_lw_t *L) {
    nd_lw_node_t *n = nd_lw_node(L, N_IMPORT, L->tok.start);
    list_t specs = { NULL, NULL };
    nd_lw_next(L);
    if (!tk(L, T_STR)) {
        if (is_ident_tok(L)) {
            list_add(&specs, import_spec(L, IS_DEFAULT, NULL, L->tok.start));
            if (!eat(L, T_COMMA)) {
                goto from;
            }
        }
        if (tk(L, T_STAR)) {
            uint32_t at = L->tok.start;
            nd_lw_next(L);
            if (!is_kw(L, A_AS)) {
                nd_lw_unexpected(L);
            }
            nd_lw_next(L);
            list_add(&specs, import_spec(L, IS_NAMESPACE, NULL, at));
        } else {
            expect(L, T_LBRACE);
            while (!tk(L, T_RBRACE)) {
                uint32_t at = L->tok.start;
                nd_lw_node_t *imported = parse_module_name(L);
                if (is_kw(L, A_AS)) {
                    nd_lw_next(L);
                    list_add(&specs, import_spec(L, IS_NAMED, imported, at));
                } else {
                    if (imported->type != N_IDENT || imported->atom <= A_LAST_RESERVED ||
                        imported->atom == A_AWAIT) {
                        nd_lw_error_at(L, at, "Unexpected reserved word");
                    }
                    nd_lw_node_t *sp = nd_lw_node(L, N_IMPORT_SPEC, at);
                    sp->a = imported;
                    sp->b = nd_lw_node(L, N_IDENT, at);
                    sp->b->atom = imported->atom;
                    sp->b->end = imported->end;
                    list_add(&specs, finish(L, sp));
                }
                if (!eat(L, T_COMMA)) {
                    break;
                }
            }
            expect(L, T_RBRACE);
        }
from:
        n->b = parse_from_clause(L);
    } else {
        n->b = nd_lw_node(L, N_STR, L->tok.start);
        nd_lw_next(L);
        finish(L, n->b);
    }
    skip_import_attributes(L);
    consume_semi(L);
    n->a = specs.head;
    return finish(L, n);
}

/* export { a, b as c } [from 'x']; export * [as ns] from 'x' */
static nd_lw_node_t *parse_export_list(nd_lw_t *L, nd_lw_node_t *n) {
    list_t specs = { NULL, NULL };
    nd_lw_next(L);
    while (!tk(L, T_RBRACE)) {
        nd_lw_node_t *sp = nd_lw_node(L, N_EXPORT_SPEC, L->tok.start);
        sp->a = parse_module_name(L);
        sp->b = sp->a;
        if (is_kw(L, A_AS)) {
            nd_lw_next(L);
            sp->b = parse_module_name(L);
        }
        list_add(&specs, finish(L, sp));
        if (!eat(L, T_COMMA)) {
            break;
        }
    }
    expect(L, T_RBRACE);
    n->op = EX_LIST;
    n->a = specs.head;
    if (is_kw(L, A_FROM)) {
        n->b = parse_from_clause(L);
        skip_import_attributes(L);
    } else {
        for (nd_lw_node_t *sp = n->a; sp; sp = sp->next) {
            if (sp->a->type != N_IDENT || sp->a->atom <= A_LAST_RESERVED) {
                nd_lw_error_at(L, sp->a->start, "Unexpected token '%s'",
                               sp->a->type == N_STR ? "string" : "reserved word");
            }
        }
    }
    consume_semi(L);
    return finish(L, n);
}

/* export default: a function or class declaration (named or not) or an expression. */
static nd_lw_node_t *parse_export_default(nd_lw_t *L, nd_lw_node_t *n) {
    uint32_t start = L->tok.start;
    const nd_lw_tok_t *pk = nd_lw_peek(L);
    n->op = EX_DEFAULT;
    if (is_kw(L, A_ASYNC) && pk->type == T_IDENT && pk->atom == A_FUNCTION && !pk->nl_before) {
        nd_lw_next(L);
        pk = nd_lw_peek(L);
    }
    if (is_kw(L, A_FUNCTION)) {
        int flags = L->src[start] == 'a' ? NF_ASYNC : 0;
        nd_lw_next(L);
        int anonymous = tk(L, T_LPAREN) || (tk(L, T_STAR) && nd_lw_peek(L)->type == T_LPAREN);
        n->a = parse_function(L, anonymous ? N_FUNC_EXPR : N_FUNC_DECL, start, flags, 0);
    } else if (is_kw(L, A_CLASS)) {
        int anonymous = pk->type == T_LBRACE || (pk->type == T_IDENT && pk->atom == A_EXTENDS);
        n->a = parse_class(L, anonymous ? N_CLASS_EXPR : N_CLASS_DECL);
    } else {
        n->a = parse_assign(L, 0);
        consume_semi(L);
    }
    return finish(L, n);
}

static nd_lw_node_t *parse_export(nd_lw_t *L) {
    nd_lw_node_t *n = nd_lw_node(L, N_EXPORT, L->tok.start);
    nd_lw_next(L);
    if (tk(L, T_LBRACE)) {
        return parse_export_list(L, n);
    }
    if (tk(L, T_STAR)) {
        nd_lw_next(L);
        n->op = EX_STAR;
        if (is_kw(L, A_AS)) {
            nd_lw_next(L);
            n->a = parse_module_name(L);
        }
        n->b = parse_from_clause(L);
        skip_import_attributes(L);
        consume_semi(L);
        return finish(L, n);
    }
    if (is_kw(L, A_DEFAULT)) {
        nd_lw_next(L);
        return parse_export_default(L, n);
    }
    n->op = EX_DECL;
    if (!(is_kw(L, A_VAR) || is_kw(L, A_LET) || is_kw(L, A_CONST) || is_kw(L, A_FUNCTION) ||
          is_kw(L, A_CLASS) || is_kw(L, A_ASYNC))) {
        nd_lw_unexpected(L);
    }
    n->a = parse_stmt_list_item(L);
    if (n->a->type != N_VAR && n->a->type != N_FUNC_DECL && n->a->type != N_CLASS_DECL) {
        nd_lw_error_at(L, n->a->start, "Unexpected token 'export'");
    }
    return finish(L, n);
}

/* An ES module's top-level item: import and export declarations, or a statement. */
static nd_lw_node_t *parse_module_item(nd_lw_t *L) {
    if (tk(L, T_IDENT) && !(L->tok.flags & TF_ESCAPED)) {
        if (L->tok.atom == A_IMPORT) {
            int next = nd_lw_peek(L)->type;
            if (next != T_LPAREN && next != T_DOT) {
                return parse_import(L);
            }
        } else if (L->tok.atom == A_EXPORT) {
            return parse_export(L);
        }
    }
    return parse_stmt_list_item(L);
}

/* Parses the whole source into L->program; unwinds with a syntax error. */
void nd_lw_parse(nd_lw_t *L) {
    nd_lw_node_t *p = nd_lw_node(L, N_PROGRAM, 0);
    list_t l = { NULL, NULL };
    int directives = 1;
    L->loop_depth = 0;
    L->in_function = 0;
    amark_t am;
    int esm = (L->flags & ND_LOWER_ESM) != 0;
    if (esm) {
        /* modules are strict, may await at the top, and always get the loader's header */
        L->strict = 1;
        L->in_async = 1;
        L->tla = 0;
        set_modern(L);
    }
    stmt_mark(L, &am);
    while (!tk(L, T_EOF)) {
        if (directives) {
            if (tk(L, T_STR)) {
                if (L->tok.end - L->tok.start == 12 &&
                    memcmp(L->src + L->tok.start + 1, "use strict", 10) == 0) {
                    L->strict = 1;
                }
            } else {
                directives = 0;
            }
        }
        list_add(&l, esm ? parse_module_item(L) : parse_stmt_list_item(L));
        stmt_release(L, &am, &l.head, &l.tail);
    }
    p->a = l.head;
    p->end = L->len;
    L->program = p;
}
