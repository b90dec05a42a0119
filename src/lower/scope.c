/*
 * src/lower/scope.c: scope analysis and change marking for the lowering compiler.
 *
 * One walk over the AST, run only when the parser found something to lower:
 *  - declares bindings per scope (var/function hoisting, let/const/class per block, params,
 *    catch parameters) and resolves every identifier reference to its binding (node->x);
 *  - reports redeclaration errors ("Identifier 'x' has already been declared");
 *  - decides renames: a block-scoped binding becomes a `var` of the enclosing function, so it is
 *    renamed when its name is used by anything else in the file (cheap and conservative);
 *  - marks loops whose lexical bindings are captured by closures (NF_WRAP_LOOP): their body
 *    becomes a per-iteration function, and the jumps leaving that body are marked;
 *  - sets NF_DIRTY on every node whose output differs from its source text, and on all of its
 *    ancestors, so the emitter copies clean subtrees verbatim.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lower/lower_int.h"

typedef struct fninfo_s {
    struct fninfo_s *up;
    nd_lw_node_t *node;     /* function node, NULL for the program */
    int is_arrow;
    int derived_ctor;       /* `this` is renamed in derived class constructors */
    int coro;               /* generator (1) / async (2) body: runs in an inner function */
} fninfo_t;

typedef struct scope_s {
    struct scope_s *up;
    fninfo_t *fn;
    nd_lw_binding_t **binds;
    int nbinds, cap;
    int fn_top;             /* the function's top-level scope (var scope) */
    nd_lw_node_t *loop;     /* innermost loop around this scope in the same function */
} scope_t;

typedef struct an_s {
    nd_lw_t *L;
    scope_t *sc;
    fninfo_t *fn;
    int forof;              /* for-of loops around the current point, in this function */
    int in_switch;          /* declaring the lexicals of switch cases (one scope, many entries) */
    nd_lw_binding_t **all;  /* every lexical binding, for the rename decision */
    int nall, allcap;
} an_t;

static int walk(an_t *A, nd_lw_node_t *n);
static int walk_list(an_t *A, nd_lw_node_t *n);
static int walk_fn(an_t *A, nd_lw_node_t *fn, nd_lw_node_t *cls);
static int walk_class(an_t *A, nd_lw_node_t *c);
static int walk_pattern(an_t *A, nd_lw_node_t *p, int write);

static inline int dirty_(nd_lw_node_t *n) {
    n->flags |= NF_DIRTY;
    return 1;
}
#define DIRTY(n) dirty_(n)

static void push_scope(an_t *A, scope_t *s, int fn_top) {
    memset(s, 0, sizeof(*s));
    s->up = A->sc;
    s->fn = A->fn;
    s->fn_top = fn_top;
    s->loop = (A->sc && A->sc->fn == A->fn && !fn_top) ? A->sc->loop : NULL;
    A->sc = s;
}

static void pop_scope(an_t *A) {
    scope_t *s = A->sc;
    for (int i = s->nbinds - 1; i >= 0; i--) {
        nd_lw_binding_t *b = s->binds[i];
        A->L->atoms[b->atom].cur = b->shadowed;
    }
    A->sc = s->up;
}

/* Finds atom's binding in scope s.  Declarations into s happen while s is the innermost scope
 * that can hold atom (hoisting runs at function entry), so atom's innermost binding is s's. */
static nd_lw_binding_t *find_in_scope(an_t *A, scope_t *s, int atom) {
    nd_lw_binding_t *b = A->L->atoms[atom].cur;
    return b != NULL && b->scope == (void *)s ? b : NULL;
}

static void scope_add(an_t *A, scope_t *s, nd_lw_binding_t *b) {
    if (s->nbinds == s->cap) {
        int cap = s->cap ? s->cap * 2 : 8;
        s->binds = nd_lw_grow(A->L, s->binds, sizeof(*s->binds) * (size_t)s->cap,
                              sizeof(*s->binds) * (size_t)cap);
        s->cap = cap;
    }
    s->binds[s->nbinds++] = b;
    nd_lw_atom_t *at = &A->L->atoms[b->atom];
    b->shadowed = at->cur;
    at->cur = b;
    at->uses++;
}

/* Declares name node id in scope s (lexical if flags has BF_LEXICAL). */
static nd_lw_binding_t *declare(an_t *A, scope_t *s, nd_lw_node_t *id, int flags) {
    nd_lw_binding_t *old = find_in_scope(A, s, id->atom);
    if (old != NULL) {
        if ((old->flags & BF_LEXICAL) || (flags & BF_LEXICAL)) {
            nd_lw_atom_t *at = &A->L->atoms[id->atom];
            nd_lw_error_at(A->L, id->start, "Identifier '%.*s' has already been declared",
                           (int)at->len, at->s);
        }
        id->x = old;
        return old;
    }
    nd_lw_binding_t *b = nd_lw_alloc(A->L, sizeof(*b));
    b->atom = id->atom;
    b->flags = flags;
    b->fn = s->fn;
    b->scope = s;
    if ((flags & BF_LEXICAL) && !s->fn_top) {
        b->flags |= BF_BLOCK;
        b->loop = s->loop;
    }
    id->x = b;
    scope_add(A, s, b);
    if (flags & BF_BLOCK || (b->flags & BF_BLOCK)) {
        if (A->nall == A->allcap) {
            int cap = A->allcap ? A->allcap * 2 : 64;
            A->all = nd_lw_grow(A->L, A->all, sizeof(*A->all) * (size_t)A->allcap,
                                sizeof(*A->all) * (size_t)cap);
            A->allcap = cap;
        }
        A->all[A->nall++] = b;
    }
    return b;
}

/* Declares every identifier of a binding pattern. */
static void declare_pattern(an_t *A, scope_t *s, nd_lw_node_t *p, int flags) {
    if (p == NULL) {
        return;
    }
    switch (p->type) {
    case N_IDENT:
        declare(A, s, p, flags);
        break;
    case N_ASSIGN_PAT:
        declare_pattern(A, s, p->a, flags);
        break;
    case N_REST:
        declare_pattern(A, s, p->a, flags);
        break;
    case N_ARRAY_PAT:
        for (nd_lw_node_t *e = p->a; e; e = e->next) {
            declare_pattern(A, s, e, flags);
        }
        break;
    case N_OBJECT_PAT:
        for (nd_lw_node_t *e = p->a; e; e = e->next) {
            declare_pattern(A, s, e->type == N_REST ? e->a : e->b, flags);
        }
        break;
    default:
        break;
    }
}

static scope_t *var_scope(an_t *A) {
    scope_t *s = A->sc;
    while (!s->fn_top) {
        s = s->up;
    }
    return s;
}

/* Hoists `var` declarations and nested function declarations of a function body. */
static void hoist_vars(an_t *A, nd_lw_node_t *n) {
    for (; n; n = n->next) {
        switch (n->type) {
        case N_VAR:
            if (n->op == VK_VAR) {
                for (nd_lw_node_t *d = n->a; d; d = d->next) {
                    declare_pattern(A, var_scope(A), d->a, 0);
                }
            }
            break;
        case N_FUNC_DECL:
            /* Top-level function declarations are handled by declare_lexicals; ones nested in
             * blocks are var-scoped (Annex B) and hoisted here. */
            break;
        case N_IF:
            hoist_vars(A, n->b);
            hoist_vars(A, n->c);
            break;
        case N_FOR:
            if (n->a && n->a->type == N_VAR) {
                hoist_vars(A, n->a);
            }
            hoist_vars(A, n->d);
            break;
        case N_FOR_IN:
        case N_FOR_OF:
            if (n->a && n->a->type == N_VAR) {
                hoist_vars(A, n->a);
            }
            hoist_vars(A, n->c);
            break;
        case N_WHILE:
        case N_WITH:
        case N_LABELED:
            hoist_vars(A, n->b);
            break;
        case N_DO_WHILE:
            hoist_vars(A, n->a);
            break;
        case N_EXPORT:
            if (n->op == EX_DECL) {
                hoist_vars(A, n->a);
            }
            break;
        case N_BLOCK:
            hoist_vars(A, n->a);
            for (nd_lw_node_t *s = n->a; s; s = s->next) {
                if (s->type == N_FUNC_DECL) {
                    declare(A, var_scope(A), s->a, 0);
                }
            }
            break;
        case N_TRY:
            hoist_vars(A, n->a);
            hoist_vars(A, n->c);
            hoist_vars(A, n->d);
            break;
        case N_SWITCH:
            for (nd_lw_node_t *c = n->b; c; c = c->next) {
                hoist_vars(A, c->b);
            }
            break;
        default:
            break;
        }
    }
}

/* The index of an import/export-from specifier (an N_STR) in the module's dependency list,
 * which the emitter prints in the loader header; equal specifiers share an entry. */
int nd_lw_dep_index(nd_lw_t *L, nd_lw_node_t *spec) {
    uint32_t n = spec->end - spec->start;
    for (int i = 0; i < L->ndeps; i++) {
        nd_lw_node_t *d = L->deps[i];
        if (d->end - d->start == n && memcmp(L->src + d->start, L->src + spec->start, n) == 0) {
            return i;
        }
    }
    if (L->ndeps == L->deps_cap) {
        int cap = L->deps_cap ? L->deps_cap * 2 : 8;
        L->deps = nd_lw_grow(L, L->deps, sizeof(*L->deps) * (size_t)L->deps_cap,
                             sizeof(*L->deps) * (size_t)cap);
        L->deps_cap = cap;
    }
    L->deps[L->ndeps] = spec;
    return L->ndeps++;
}

/* Declares an import's bindings.  Each reads its module's namespace object, so a binding is
 * live (an export's later value is seen) and writing it is the const error Node gives:
 * `import { a as b } from 'x'` makes every `b` print as `$$m0.a`. */
static void declare_imports(an_t *A, nd_lw_node_t *imp) {
    nd_lw_t *L = A->L;
    int dep = nd_lw_dep_index(L, imp->b);
    for (nd_lw_node_t *sp = imp->a; sp; sp = sp->next) {
        nd_lw_binding_t *b = declare(A, A->sc, sp->b, BF_LEXICAL | BF_CONST | BF_IMPORT);
        char buf[320];
        int k = snprintf(buf, sizeof(buf), "%sm%d", L->tmp_prefix, dep);
        if (sp->op == IS_DEFAULT) {
            k += snprintf(buf + k, sizeof(buf) - (size_t)k, ".default");
        } else if (sp->op == IS_NAMED) {
            nd_lw_node_t *nm = sp->a;
            int len = (int)(nm->end - nm->start);
            k += snprintf(buf + k, sizeof(buf) - (size_t)k,
                          nm->type == N_STR ? "[%.*s]" : ".%.*s", len > 250 ? 250 : len,
                          L->src + nm->start);
        }
        if (k >= (int)sizeof(buf)) {
            nd_lw_error_at(L, sp->start, "import name too long");
        }
        char *r = nd_lw_alloc(L, (size_t)k + 1);
        memcpy(r, buf, (size_t)k + 1);
        b->rename = r;
        b->rename_len = (uint32_t)k;
    }
}

/* Declares the let/const/class/function declarations directly in a statement list (and those
 * of a module's import and export declarations). */
/* Sets the initialisation offset of the bindings a pattern declares. */
static void set_init_end(nd_lw_node_t *p, uint32_t end) {
    if (p == NULL) {
        return;
    }
    switch (p->type) {
    case N_IDENT:
        if (p->x) {
            ((nd_lw_binding_t *)p->x)->init_end = end;
        }
        break;
    case N_ASSIGN_PAT:
    case N_REST:
        set_init_end(p->a, p->end);
        break;
    case N_ARRAY_PAT:
        /* an element is initialised once its own default has run */
        for (nd_lw_node_t *e = p->a; e; e = e->next) {
            set_init_end(e, e->end);
        }
        break;
    case N_OBJECT_PAT:
        for (nd_lw_node_t *e = p->a; e; e = e->next) {
            set_init_end(e->type == N_REST ? e->a : e->b, e->end);
        }
        break;
    default:
        break;
    }
}

static void declare_lexicals(an_t *A, nd_lw_node_t *list) {
    for (nd_lw_node_t *item = list; item; item = item->next) {
        nd_lw_node_t *n = item;
        if (item->type == N_IMPORT) {
            declare_imports(A, item);
            continue;
        }
        if (item->type == N_EXPORT) {
            if (item->b != NULL) {
                nd_lw_dep_index(A->L, item->b); /* export ... from: a dependency, in order */
            }
            if ((item->op != EX_DECL && item->op != EX_DEFAULT) || item->a == NULL) {
                continue;
            }
            n = item->a;
        }
        /* a binding that closures may read before its statement ran can hold the mark $nd.T
         * meanwhile (see mark_ref): not in switch cases or loops (the mark would not be reset
         * for a second entry), not the exports of an ES module nor the globals of a script */
        int tdz = (A->in_switch || item->type == N_EXPORT ||
                   (A->fn->up == NULL && (A->L->flags & (ND_LOWER_SCRIPT | ND_LOWER_EVAL |
                                                         ND_LOWER_ESM)))) ? 0 : BF_TDZ_OK;
        if (n->type == N_VAR && n->op != VK_VAR) {
            for (nd_lw_node_t *d = n->a; d; d = d->next) {
                declare_pattern(A, A->sc, d->a,
                                BF_LEXICAL | tdz | (n->op == VK_CONST ? BF_CONST : 0));
                set_init_end(d->a, d->end);
            }
        } else if (n->type == N_CLASS_DECL) {
            nd_lw_binding_t *b = declare(A, A->sc, n->a, BF_LEXICAL | BF_CLASS | tdz);
            b->init_end = n->end;
        } else if (n->type == N_FUNC_DECL && A->sc->fn_top) {
            declare(A, A->sc, n->a, 0);
        }
    }
}

/*
 * Whether the current function, a closure reading lexical binding b of an outer function, may
 * run before b's declaration statement: the outermost function between them (the one created
 * in b's function) is created before the declaration ends (and is not its last part, as in
 * `const f = () => f()`), or is a hoisted function declaration whose name occurs before the
 * declaration ends (a call, or a reference that lets it escape).  Other closures cannot
 * exist, or cannot be reached, before b is set.
 */
static int closure_may_run_early(an_t *A, nd_lw_binding_t *b) {
    fninfo_t *f = A->fn;
    while (f != NULL && f->up != (fninfo_t *)b->fn) {
        f = f->up;
    }
    if (f == NULL || f->node == NULL) {
        return 0;
    }
    nd_lw_node_t *F = f->node;
    if (F->type != N_FUNC_DECL) {
        /* a function that ends the declaration (const f = () => f(...)) is created last */
        return F->start < b->init_end && F->end != b->init_end;
    }
    nd_lw_atom_t *at = &A->L->atoms[F->a->atom];
    uint32_t other = at->first[0] != F->a->start ? at->first[0] : at->first[1];
    return other < b->init_end;
}

static void mark_ref(an_t *A, nd_lw_node_t *id, int write) {
    nd_lw_atom_t *at = &A->L->atoms[id->atom];
    nd_lw_binding_t *b = at->cur;
    id->x = b;
    if (b == NULL) {
        at->uses++;
        if (id->atom == A_ARGUMENTS) {
            fninfo_t *f = A->fn;
            if (f->is_arrow || f->coro) {
                DIRTY(id);
            }
        }
        return;
    }
    if (!write && (b->flags & BF_LEXICAL) && b->fn == (void *)A->fn && id->start < b->init_end) {
        /* A read before the end of the declaration, in the same function (not a closure):
         * whenever it runs, the binding is uninitialised, since a loop around both makes a
         * fresh binding per iteration. */
        id->flags |= NF_TDZ;
        DIRTY(id);
    }
    if (!write && (b->flags & BF_TDZ_OK) && b->loop == NULL && b->fn != (void *)A->fn &&
        closure_may_run_early(A, b)) {
        id->flags |= NF_TDZ_CHECK;
        DIRTY(id);
        b->flags |= BF_TDZ_MARK;
    }
    if (b->fn != (void *)A->fn) {
        b->flags |= BF_CAPTURED;
        if (b->loop != NULL && (b->flags & BF_LEXICAL)) {
            b->loop->flags |= NF_WRAP_LOOP;
        }
    }
    if (b->flags & (BF_BLOCK | BF_IMPORT)) {
        DIRTY(id);
    }
    if (write && (b->flags & BF_CONST)) {
        DIRTY(id);
    }
}

/* Walks an assignment/binding target; returns dirty. */
static int walk_pattern(an_t *A, nd_lw_node_t *p, int write) {
    if (p == NULL) {
        return 0;
    }
    switch (p->type) {
    case N_IDENT:
        if (p->x == NULL) {
            mark_ref(A, p, write);
        } else if (((nd_lw_binding_t *)p->x)->flags & BF_BLOCK) {
            DIRTY(p);
        }
        return (p->flags & NF_DIRTY) != 0;
    case N_ASSIGN_PAT:
        walk_pattern(A, p->a, write);
        walk(A, p->b);
        return DIRTY(p);
    case N_REST:
        walk_pattern(A, p->a, write);
        return DIRTY(p);
    case N_ARRAY_PAT:
        for (nd_lw_node_t *e = p->a; e; e = e->next) {
            walk_pattern(A, e, write);
        }
        return DIRTY(p);
    case N_OBJECT_PAT:
        for (nd_lw_node_t *e = p->a; e; e = e->next) {
            if (e->type == N_REST) {
                walk_pattern(A, e->a, write);
            } else {
                if (e->flags & NF_COMPUTED) {
                    walk(A, e->a);
                }
                walk_pattern(A, e->b, write);
            }
            DIRTY(e);
        }
        return DIRTY(p);
    case N_HOLE:
        return 0;
    default:
        return walk(A, p);
    }
}

static int walk_list(an_t *A, nd_lw_node_t *n) {
    int d = 0;
    for (; n; n = n->next) {
        d |= walk(A, n);
    }
    return d;
}

/* ---- loop wrapping: mark the jumps that leave a per-iteration function ---- */

typedef struct jctx_s {
    int loops, switches;
    int *labels;
    int nlabels;
} jctx_t;

static int label_inside(jctx_t *j, int atom) {
    for (int i = 0; i < j->nlabels; i++) {
        if (j->labels[i] == atom) {
            return 1;
        }
    }
    return 0;
}

static int mark_jumps(an_t *A, nd_lw_node_t *n, jctx_t *j) {
    int d = 0;
    if (n == NULL) {
        return 0;
    }
    switch (n->type) {
    case N_FUNC_DECL:
    case N_FUNC_EXPR:
    case N_CLASS_DECL:
    case N_CLASS_EXPR:
        return (n->flags & NF_DIRTY) != 0;
    case N_ARROW:
        /* `arguments` inside an arrow inside the wrapped body: already dirty via the arrow */
        return (n->flags & NF_DIRTY) != 0;
    case N_BREAK:
        if (n->a ? !label_inside(j, n->a->atom) : (j->loops == 0 && j->switches == 0)) {
            return DIRTY(n);
        }
        return 0;
    case N_CONTINUE:
        if (n->a ? !label_inside(j, n->a->atom) : j->loops == 0) {
            return DIRTY(n);
        }
        return 0;
    case N_RETURN:
        d = DIRTY(n);
        break;
    case N_VAR:
        if (n->op == VK_VAR) {
            d = DIRTY(n);
        }
        break;
    case N_IDENT:
        if (n->atom == A_ARGUMENTS && n->x == NULL) {
            return DIRTY(n);
        }
        return (n->flags & NF_DIRTY) != 0;
    case N_THIS:
        /* the body becomes a plainly called function: `this` is the captured one */
        return DIRTY(n);
    case N_LABELED: {
        j->labels = nd_lw_grow(A->L, j->labels, sizeof(int) * (size_t)j->nlabels,
                               sizeof(int) * (size_t)(j->nlabels + 1));
        j->labels[j->nlabels++] = n->a->atom;
        d |= mark_jumps(A, n->b, j);
        j->nlabels--;
        if (d) {
            DIRTY(n);
        }
        return d;
    }
    case N_FOR:
    case N_FOR_IN:
    case N_FOR_OF:
    case N_WHILE:
    case N_DO_WHILE:
        j->loops++;
        d |= mark_jumps(A, n->a, j);
        d |= mark_jumps(A, n->b, j);
        d |= mark_jumps(A, n->c, j);
        d |= mark_jumps(A, n->d, j);
        j->loops--;
        if (d) {
            DIRTY(n);
        }
        return d || (n->flags & NF_DIRTY);
    case N_SWITCH:
        j->switches++;
        d |= mark_jumps(A, n->a, j);
        for (nd_lw_node_t *c = n->b; c; c = c->next) {
            int cd = 0;
            cd |= mark_jumps(A, c->a, j);
            for (nd_lw_node_t *s = c->b; s; s = s->next) {
                cd |= mark_jumps(A, s, j);
            }
            if (cd) {
                DIRTY(c);
            }
            d |= cd;
        }
        j->switches--;
        if (d) {
            DIRTY(n);
        }
        return d || (n->flags & NF_DIRTY);
    default:
        break;
    }
    nd_lw_node_t *kids[4] = { n->a, n->b, n->c, n->d };
    for (int i = 0; i < 4; i++) {
        for (nd_lw_node_t *c = kids[i]; c; c = c->next) {
            d |= mark_jumps(A, c, j);
        }
    }
    if (d) {
        DIRTY(n);
    }
    return d || (n->flags & NF_DIRTY);
}

static void mark_wrapped(an_t *A, nd_lw_node_t *loop, nd_lw_node_t *body) {
    jctx_t j = { 0, 0, NULL, 0 };
    mark_jumps(A, body, &j);
    DIRTY(body);
    DIRTY(loop);
}

/* ---- the walk ---- */

static int walk_block_stmts(an_t *A, nd_lw_node_t *list) {
    scope_t s;
    push_scope(A, &s, 0);
    declare_lexicals(A, list);
    int d = walk_list(A, list);
    pop_scope(A);
    return d;
}

static int walk_loop(an_t *A, nd_lw_node_t *n) {
    scope_t s;
    int d = 0;
    push_scope(A, &s, 0);
    s.loop = n;
    switch (n->type) {
    case N_FOR:
        if (n->a && n->a->type == N_VAR && n->a->op != VK_VAR) {
            declare_lexicals(A, n->a);
        }
        d |= walk(A, n->a);
        d |= walk(A, n->b);
        d |= walk(A, n->c);
        d |= walk(A, n->d);
        if (n->flags & NF_WRAP_LOOP) {
            mark_wrapped(A, n, n->d);
            d = 1;
        }
        break;
    case N_FOR_IN:
    case N_FOR_OF:
        if (n->a->type == N_VAR && n->a->op != VK_VAR) {
            declare_lexicals(A, n->a);
        }
        if (n->a->type == N_VAR) {
            d |= walk(A, n->a);
        } else {
            d |= walk_pattern(A, n->a, 1);
        }
        d |= walk(A, n->b);
        if (n->type == N_FOR_OF) {
            A->forof++;
        }
        d |= walk(A, n->c);
        if (n->type == N_FOR_OF) {
            A->forof--;
            d = 1;
        }
        if (n->flags & NF_WRAP_LOOP) {
            mark_wrapped(A, n, n->c);
            d = 1;
        }
        break;
    case N_WHILE:
        d |= walk(A, n->a);
        d |= walk(A, n->b);
        if (n->flags & NF_WRAP_LOOP) {
            mark_wrapped(A, n, n->b);
            d = 1;
        }
        break;
    case N_DO_WHILE:
        d |= walk(A, n->a);
        d |= walk(A, n->b);
        if (n->flags & NF_WRAP_LOOP) {
            mark_wrapped(A, n, n->a);
            d = 1;
        }
        break;
    default:
        break;
    }
    pop_scope(A);
    if (d) {
        DIRTY(n);
    }
    return d;
}

static int params_dirty(an_t *A, nd_lw_node_t *fn) {
    int d = 0;
    for (nd_lw_node_t *p = fn->b; p; p = p->next) {
        d |= walk_pattern(A, p, 1);
    }
    return d;
}

/* Walks a function (or arrow, method) node; cls is the class for methods, else NULL. */
static int walk_fn(an_t *A, nd_lw_node_t *fn, nd_lw_node_t *cls) {
    fninfo_t fi = { A->fn, fn, fn->type == N_ARROW, 0,
                    ((fn->flags & NF_GENERATOR) ? 1 : 0) | ((fn->flags & NF_ASYNC) ? 2 : 0) };
    scope_t ns, s;
    int d = 0;
    if (cls != NULL && cls->b != NULL && (fn->flags & NF_HAS_SUPERCALL)) {
        fi.derived_ctor = 1;
    }
    if (fn->flags & (NF_ASYNC | NF_GENERATOR)) {
        d = 1;
    }
    int saved_forof = A->forof;
    A->forof = 0;
    A->fn = &fi;
    if (fn->type == N_FUNC_EXPR && fn->a != NULL) {
        /* The name of a function expression is visible inside it only, in a scope of its own
         * around the body's: `function path() { const path = 1; }` redeclares nothing. */
        push_scope(A, &ns, 1);
        declare(A, &ns, fn->a, 0);
    }
    push_scope(A, &s, 1);
    for (nd_lw_node_t *p = fn->b; p; p = p->next) {
        declare_pattern(A, &s, p, 0);
    }
    if ((fn->flags & NF_EXPR_BODY) == 0) {
        hoist_vars(A, fn->c->a);
        declare_lexicals(A, fn->c->a);
        d |= params_dirty(A, fn);
        d |= walk_list(A, fn->c->a);
        if (d) {
            DIRTY(fn->c);
        }
    } else {
        d |= params_dirty(A, fn);
        d |= walk(A, fn->c);
    }
    pop_scope(A);
    if (fn->type == N_FUNC_EXPR && fn->a != NULL) {
        pop_scope(A);
    }
    A->fn = fi.up;
    A->forof = saved_forof;
    if (fn->flags & (NF_MODERN | NF_DIRTY) || fn->type == N_ARROW) {
        /* NF_DIRTY from the parser: a trailing comma in the parameters */
        d = 1;
    }
    if (d) {
        DIRTY(fn);
    }
    return d;
}

static int walk_class(an_t *A, nd_lw_node_t *c) {
    scope_t s;
    push_scope(A, &s, 0);
    if (c->b) {
        walk(A, c->b);
    }
    if (c->a != NULL) {
        /* The inner class binding, printed as the class temp (see emit.c). */
        nd_lw_node_t tmp = *c->a;
        nd_lw_binding_t *b = declare(A, &s, &tmp, BF_LEXICAL | BF_CONST | BF_CLASS);
        char buf[64];
        int k = snprintf(buf, sizeof(buf), "%sc%d", A->L->tmp_prefix, ++A->L->tmp_serial);
        char *nm = nd_lw_alloc(A->L, (size_t)k + 1);
        memcpy(nm, buf, (size_t)k + 1);
        b->rename = nm;
        b->rename_len = (uint32_t)k;
        b->loop = NULL;
        c->x = b;
        if (c->type == N_CLASS_EXPR) {
            c->a->x = b;
        }
    }
    for (nd_lw_node_t *m = c->c; m; m = m->next) {
        DIRTY(m);
        if (m->type == N_METHOD) {
            if (m->flags & NF_COMPUTED) {
                walk(A, m->a);
            }
            if (m->op == K_CTOR && c->b != NULL) {
                m->b->flags |= NF_HAS_SUPERCALL;
            }
            walk_fn(A, m->b, c);
            DIRTY(m->b);
        } else if (m->type == N_FIELD) {
            if (m->flags & NF_COMPUTED) {
                walk(A, m->a);
            }
            if (m->b) {
                /* field initializers run as methods of the instance (or class) */
                fninfo_t fi = { A->fn, m, 0, 0, 0 };
                A->fn = &fi;
                walk(A, m->b);
                A->fn = fi.up;
            }
        } else if (m->type == N_STATIC_BLOCK) {
            fninfo_t fi = { A->fn, m, 0, 0, 0 };
            scope_t bs;
            A->fn = &fi;
            push_scope(A, &bs, 1);
            hoist_vars(A, m->a->a);
            declare_lexicals(A, m->a->a);
            walk_list(A, m->a->a);
            pop_scope(A);
            A->fn = fi.up;
            DIRTY(m->a);
        }
    }
    pop_scope(A);
    return DIRTY(c);
}

static int walk(an_t *A, nd_lw_node_t *n) {
    int d = 0;
    if (n == NULL) {
        return 0;
    }
    switch (n->type) {
    case N_IDENT:
        if (n->atom == A_IMPORT) {
            return DIRTY(n); /* import(x) */
        }
        mark_ref(A, n, 0);
        return (n->flags & NF_DIRTY) != 0;
    case N_THIS: {
        fninfo_t *f = A->fn;
        while (f && f->is_arrow) {
            f = f->up;
        }
        if (A->fn->is_arrow || A->fn->coro || (f && f->derived_ctor)) {
            return DIRTY(n);
        }
        return 0;
    }
    case N_SUPER: {
        /* an object literal method that uses super gets its home object (emit.c) */
        fninfo_t *f = A->fn;
        while (f && f->is_arrow) {
            f = f->up;
        }
        if (f && f->node && f->node->type == N_FUNC_EXPR) {
            f->node->flags |= NF_USES_SUPER;
        }
        DIRTY(n);
        break;
    }
    case N_NEW_TARGET: {
        /* its function reads its own name (emit.c emit_function) */
        fninfo_t *f = A->fn;
        while (f && f->is_arrow) {
            f = f->up;
        }
        if (f && f->node) {
            f->node->flags |= NF_NEW_TARGET;
        }
        DIRTY(n);
        break;
    }
    case N_PRIVATE_NAME:
    case N_IMPORT_META:
    case N_IMPORT:
        DIRTY(n);
        break;
    case N_EXPORT:
        if (n->op == EX_DECL || n->op == EX_DEFAULT) {
            walk(A, n->a);
        } else if (n->op == EX_LIST && n->b == NULL) {
            for (nd_lw_node_t *sp = n->a; sp; sp = sp->next) {
                mark_ref(A, sp->a, 0);
                if (sp->a->x == NULL) {
                    nd_lw_atom_t *at = &A->L->atoms[sp->a->atom];
                    nd_lw_error_at(A->L, sp->a->start, "Export '%.*s' is not defined in module",
                                   (int)at->len, at->s);
                }
            }
        }
        DIRTY(n);
        break;
    case N_TEMPLATE:
        DIRTY(n);
        walk_list(A, n->b);
        break;
    case N_TAGGED:
    case N_CHAIN:
    case N_YIELD:
    case N_AWAIT:
        DIRTY(n);
        walk(A, n->a);
        walk(A, n->b);
        break;
    case N_NUM:
    case N_STR:
    case N_REGEX:
    case N_LITERAL:
    case N_HOLE:
    case N_EMPTY:
    case N_DEBUGGER:
    case N_TPL_STR:
        return (n->flags & NF_DIRTY) != 0;
    case N_FUNC_DECL:
    case N_FUNC_EXPR:
    case N_ARROW:
        return walk_fn(A, n, NULL);
    case N_CLASS_DECL:
    case N_CLASS_EXPR:
        if (n->type == N_CLASS_DECL) {
            mark_ref(A, n->a, 1);
            DIRTY(n->a);
        }
        return walk_class(A, n);
    case N_BLOCK:
        d = walk_block_stmts(A, n->a);
        if (d) {
            DIRTY(n);
        }
        return d;
    case N_SWITCH: {
        scope_t s;
        d |= walk(A, n->a);
        push_scope(A, &s, 0);
        A->in_switch++;
        for (nd_lw_node_t *c = n->b; c; c = c->next) {
            declare_lexicals(A, c->b);
        }
        A->in_switch--;
        for (nd_lw_node_t *c = n->b; c; c = c->next) {
            int cd = walk(A, c->a);
            cd |= walk_list(A, c->b);
            if (cd) {
                DIRTY(c);
            }
            d |= cd;
        }
        pop_scope(A);
        if (d) {
            DIRTY(n);
        }
        return d;
    }
    case N_FOR:
    case N_FOR_IN:
    case N_FOR_OF:
    case N_WHILE:
    case N_DO_WHILE:
        return walk_loop(A, n);
    case N_TRY: {
        if (A->fn->coro & 1) {
            DIRTY(n);
        }
        d |= walk(A, n->a);
        if (n->c) {
            scope_t s;
            push_scope(A, &s, 0);
            if (n->b == NULL) {
                DIRTY(n);
            } else if (n->b->type == N_IDENT) {
                declare(A, &s, n->b, 0);
            } else {
                declare_pattern(A, &s, n->b, BF_LEXICAL);
                walk_pattern(A, n->b, 1);
                DIRTY(n);
            }
            d |= walk(A, n->c);
            pop_scope(A);
        }
        d |= walk(A, n->d);
        if (d) {
            DIRTY(n);
        }
        return d || (n->flags & NF_DIRTY);
    }
    case N_VAR:
        for (nd_lw_node_t *dc = n->a; dc; dc = dc->next) {
            int dd = walk_pattern(A, dc->a, 1);
            dd |= walk(A, dc->b);
            if (dc->a->type != N_IDENT || (n->op == VK_LET && dc->b == NULL)) {
                dd = 1;
            }
            if (dd) {
                DIRTY(dc);
            }
            d |= dd;
        }
        if (n->op != VK_VAR) {
            d = 1;
        }
        break;
    case N_ASSIGN:
        if (n->a->type == N_ARRAY_PAT || n->a->type == N_OBJECT_PAT) {
            walk_pattern(A, n->a, 1);
            d = 1;
        } else if (n->a->type == N_IDENT) {
            mark_ref(A, n->a, 1);
            d |= (n->a->flags & NF_DIRTY) != 0;
        } else {
            d |= walk(A, n->a);
        }
        d |= walk(A, n->b);
        if (n->op == T_EXP_A || n->op == T_LAND_A || n->op == T_LOR_A || n->op == T_NULLISH_A) {
            d = 1;
        }
        break;
    case N_UPDATE:
        if (n->a->type == N_IDENT) {
            mark_ref(A, n->a, 1);
            d |= (n->a->flags & NF_DIRTY) != 0;
        } else {
            d |= walk(A, n->a);
        }
        break;
    case N_MEMBER:
        d |= walk(A, n->a);
        if (n->b->type == N_PRIVATE_NAME) {
            d = 1;
        }
        if (n->flags & NF_OPTIONAL) {
            d = 1;
        }
        break;
    case N_PROP:
        if (n->flags & NF_COMPUTED) {
            d |= walk(A, n->a);
        } else if (n->a->flags & NF_DIRTY) {
            d = 1;
        }
        d |= walk(A, n->b);
        if (n->flags & NF_SHORTHAND || n->op == K_METHOD || n->op == K_PROTO ||
            (n->flags & NF_COMPUTED)) {
            d = 1;
        }
        break;
    case N_OBJECT:
        for (nd_lw_node_t *p = n->a; p; p = p->next) {
            d |= walk(A, p);
            if (p->type == N_SPREAD || (p->flags & NF_COMPUTED) || p->op == K_PROTO) {
                d = 1;
            }
        }
        break;
    case N_SPREAD:
        walk(A, n->a);
        d = 1;
        break;
    case N_BINARY:
    case N_LOGICAL:
        d |= walk(A, n->a);
        d |= walk(A, n->b);
        if (n->op == T_EXP || n->op == T_NULLISH) {
            d = 1;
        }
        break;
    case N_LABELED:
        d |= walk(A, n->b);
        break;
    case N_BREAK:
    case N_CONTINUE:
        if (A->forof > 0) {
            DIRTY(n);
        }
        return (n->flags & NF_DIRTY) != 0;
    case N_RETURN:
        d |= walk(A, n->a);
        if (A->forof > 0) {
            d = 1;
        }
        break;
    default: {
        nd_lw_node_t *kids[4] = { n->a, n->b, n->c, n->d };
        for (int i = 0; i < 4; i++) {
            for (nd_lw_node_t *c = kids[i]; c; c = c->next) {
                d |= walk(A, c);
            }
        }
        break;
    }
    }
    if (d || (n->flags & NF_DIRTY)) {
        DIRTY(n);
        return 1;
    }
    return 0;
}

static int atom_exists(nd_lw_t *L, const char *str, uint32_t len) {
    return nd_lw_atom_find(L, str, len) != 0;
}

/* Picks new names for block-scoped bindings whose name is used elsewhere. */
static void decide_renames(an_t *A) {
    nd_lw_t *L = A->L;
    for (int i = 0; i < A->nall; i++) {
        nd_lw_binding_t *b = A->all[i];
        nd_lw_atom_t *at = &L->atoms[b->atom];
        if (at->uses <= 1 || b->rename != NULL) {
            continue;
        }
        char buf[300];
        for (;;) {
            int k = snprintf(buf, sizeof(buf), "%.*s$%d", (int)(at->len > 250 ? 250 : at->len),
                             at->s, ++L->tmp_serial);
            if (!atom_exists(L, buf, (uint32_t)k)) {
                char *s = nd_lw_alloc(L, (size_t)k + 1);
                memcpy(s, buf, (size_t)k + 1);
                b->rename = s;
                b->rename_len = (uint32_t)k;
                break;
            }
        }
    }
}

/* Runs the scope analysis over L->program (see the file header). */
void nd_lw_analyze(nd_lw_t *L) {
    an_t A;
    fninfo_t top = { NULL, NULL, 0, 0, L->tla ? 2 : 0 };
    scope_t s;
    memset(&A, 0, sizeof(A));
    A.L = L;
    A.fn = &top;
    /* Generated names start with "$$" (more '$' if the source already has such names). */
    strcpy(L->tmp_prefix, "$$");
    for (int i = 1; i < L->natoms; i++) {
        size_t pl = strlen(L->tmp_prefix);
        if (L->atoms[i].len >= pl && memcmp(L->atoms[i].s, L->tmp_prefix, pl) == 0 &&
            pl < sizeof(L->tmp_prefix) - 2) {
            L->tmp_prefix[pl] = '$';
            L->tmp_prefix[pl + 1] = '\0';
            i = 0;
        }
    }
    push_scope(&A, &s, 1);
    hoist_vars(&A, L->program->a);
    declare_lexicals(&A, L->program->a);
    for (nd_lw_node_t *n = L->program->a; n; n = n->next) {
        walk(&A, n);
    }
    pop_scope(&A);
    DIRTY(L->program);
    decide_renames(&A);
}
