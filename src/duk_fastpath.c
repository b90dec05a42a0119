/*
 * src/duk_fastpath.c: a shorter road for Duktape's most common property reads and writes.
 *
 * Not compiled on its own: the Makefile includes it into build/duktape.c (the Debian source plus
 * hooks, DUK_FASTPATH_* there) just before duk_hobject_getprop; the first statements of
 * duk_hobject_getprop and duk_hobject_putprop (after their copies of the arguments) then try
 * these.  They use Duktape 2.7's internal object layout, so they live where those definitions
 * are visible; if the source changes shape the hooks do not apply and the build goes on without
 * them (the Makefile warns).
 *
 * Why: `obj.name` and `obj.name = v` with a string key on an ordinary object went through the
 * general code, which coerces the key on the value stack and fills a whole property descriptor
 * at every level of the prototype chain: about 290 instructions a read in the HTTP server (650
 * for a default three prototypes up) and 490 a write.  Here the chain is walked with the entry
 * lookup alone.
 *
 * Equivalence: an answer is given only where the general path would do the same with plain data
 * properties; everything else takes that path unchanged: keys that are array indices, 'caller'
 * (its strict-function check), Proxy, arguments, String and buffer objects anywhere in the
 * chain, 'length' inherited from an array (writes: any array), accessors, read-only properties,
 * objects that are not extensible, and chains longer than Duktape's sanity limit (which throws
 * there).  An array's own 'length' is read here too.
 */

/* Objects whose own properties are not all in the entry part, or whose access runs code. */
#define ND_FAST_EXOTIC \
	(DUK_HOBJECT_FLAG_EXOTIC_PROXYOBJ | DUK_HOBJECT_FLAG_EXOTIC_ARGUMENTS | DUK_HOBJECT_FLAG_EXOTIC_STRINGOBJ | \
	 DUK_HOBJECT_FLAG_BUFOBJ)

/* The value `key` names in the chain of tv_obj, or NULL to take the general path.  Sets *found
 * to whether a property was found (its value may still be undefined); a missing property gives a
 * pointer to an undefined value. */
static duk_tval *nd_getprop_fast(duk_hthread *thr, duk_tval *tv_obj, duk_tval *tv_key, duk_bool_t *found) {
	static duk_tval nd_undefined;
	static duk_tval nd_length;
	duk_hobject *curr;
	duk_hstring *key;
	duk_int_t e_idx;
	duk_int_t h_idx;
	duk_int_t sanity = DUK_HOBJECT_PROTOTYPE_CHAIN_SANITY;

	if (!DUK_TVAL_IS_OBJECT(tv_obj) || !DUK_TVAL_IS_STRING(tv_key)) {
		return NULL;
	}
	key = DUK_TVAL_GET_STRING(tv_key);
	if (DUK_HSTRING_HAS_ARRIDX(key) || key == DUK_HTHREAD_STRING_CALLER(thr)) {
		return NULL;
	}
	curr = DUK_TVAL_GET_OBJECT(tv_obj);
	if (DUK_HOBJECT_HAS_EXOTIC_ARRAY(curr) && key == DUK_HTHREAD_STRING_LENGTH(thr)) {
		/* an array's own length, as the general path's duk_push_uint gives it */
		DUK_TVAL_SET_U32(&nd_length, (duk_uint32_t) ((duk_harray *) curr)->length);
		*found = 1;
		return &nd_length;
	}
	do {
		if (DUK_HEAPHDR_CHECK_FLAG_BITS(&curr->hdr, ND_FAST_EXOTIC)) {
			return NULL;
		}
		if (duk_hobject_find_entry(thr->heap, curr, key, &e_idx, &h_idx)) {
			if (DUK_HOBJECT_E_SLOT_IS_ACCESSOR(thr->heap, curr, e_idx)) {
				return NULL;
			}
			*found = 1;
			return DUK_HOBJECT_E_GET_VALUE_TVAL_PTR(thr->heap, curr, e_idx);
		}
		if (DUK_HOBJECT_HAS_EXOTIC_ARRAY(curr) && key == DUK_HTHREAD_STRING_LENGTH(thr)) {
			return NULL;
		}
		if (--sanity <= 0) {
			return NULL;
		}
		curr = DUK_HOBJECT_GET_PROTOTYPE(thr->heap, curr);
	} while (curr != NULL);
	*found = 0;
	DUK_TVAL_SET_UNDEFINED(&nd_undefined);
	return &nd_undefined;
}

/* The hook's statement in duk_hobject_getprop (after its copies of tv_obj and tv_key). */
#define ND_GETPROP_FAST(thr, tv_obj, tv_key)                                        \
	do {                                                                            \
		duk_bool_t nd_found;                                                        \
		duk_tval *nd_tv = nd_getprop_fast((thr), (tv_obj), (tv_key), &nd_found);    \
		if (nd_tv != NULL) {                                                        \
			duk_push_tval((thr), nd_tv);                                            \
			return nd_found;                                                        \
		}                                                                           \
	} while (0)

/* Stores tv_val as `key` of the object tv_obj when that is an ordinary write: an own writable
 * data property is updated, or a new one is made on an extensible object whose chain has no
 * setter or read-only property of that name.  Returns 0 to take the general path. */
static duk_bool_t nd_putprop_fast(duk_hthread *thr, duk_tval *tv_obj, duk_tval *tv_key, duk_tval *tv_val) {
	duk_hobject *orig;
	duk_hobject *curr;
	duk_hstring *key;
	duk_tval *tv;
	duk_int_t e_idx;
	duk_int_t h_idx;
	duk_int_t sanity = DUK_HOBJECT_PROTOTYPE_CHAIN_SANITY;

	if (!DUK_TVAL_IS_OBJECT(tv_obj) || !DUK_TVAL_IS_STRING(tv_key)) {
		return 0;
	}
	key = DUK_TVAL_GET_STRING(tv_key);
	orig = DUK_TVAL_GET_OBJECT(tv_obj);
	if (DUK_HSTRING_HAS_ARRIDX(key) ||
	    DUK_HEAPHDR_CHECK_FLAG_BITS(&orig->hdr, ND_FAST_EXOTIC | DUK_HOBJECT_FLAG_EXOTIC_ARRAY)) {
		return 0;
	}
	if (duk_hobject_find_entry(thr->heap, orig, key, &e_idx, &h_idx)) {
		if ((DUK_HOBJECT_E_GET_FLAGS(thr->heap, orig, e_idx) &
		     (DUK_PROPDESC_FLAG_ACCESSOR | DUK_PROPDESC_FLAG_WRITABLE)) != DUK_PROPDESC_FLAG_WRITABLE) {
			return 0;
		}
		tv = DUK_HOBJECT_E_GET_VALUE_TVAL_PTR(thr->heap, orig, e_idx);
		DUK_TVAL_SET_TVAL_UPDREF(thr, tv, tv_val); /* side effects, as in the general path */
		return 1;
	}
	for (curr = DUK_HOBJECT_GET_PROTOTYPE(thr->heap, orig); curr != NULL;
	     curr = DUK_HOBJECT_GET_PROTOTYPE(thr->heap, curr)) {
		if (DUK_HEAPHDR_CHECK_FLAG_BITS(&curr->hdr, ND_FAST_EXOTIC) || --sanity <= 0) {
			return 0;
		}
		if (duk_hobject_find_entry(thr->heap, curr, key, &e_idx, &h_idx)) {
			if ((DUK_HOBJECT_E_GET_FLAGS(thr->heap, curr, e_idx) &
			     (DUK_PROPDESC_FLAG_ACCESSOR | DUK_PROPDESC_FLAG_WRITABLE)) != DUK_PROPDESC_FLAG_WRITABLE) {
				return 0;
			}
			break;
		}
		if (DUK_HOBJECT_HAS_EXOTIC_ARRAY(curr) && key == DUK_HTHREAD_STRING_LENGTH(thr)) {
			return 0;
		}
	}
	if (!DUK_HOBJECT_HAS_EXTENSIBLE(orig)) {
		return 0;
	}
	e_idx = duk__hobject_alloc_entry_checked(thr, orig, key);
	tv = DUK_HOBJECT_E_GET_VALUE_TVAL_PTR(thr->heap, orig, e_idx);
	DUK_TVAL_SET_TVAL(tv, tv_val);
	DUK_TVAL_INCREF(thr, tv);
	DUK_HOBJECT_E_SET_FLAGS(thr->heap, orig, e_idx, DUK_PROPDESC_FLAGS_WEC);
	return 1;
}

/* The hook's statement in duk_hobject_putprop (after its copies of the arguments). */
#define ND_PUTPROP_FAST(thr, tv_obj, tv_key, tv_val)               \
	do {                                                           \
		if (nd_putprop_fast((thr), (tv_obj), (tv_key), (tv_val))) { \
			return 1;                                              \
		}                                                          \
	} while (0)

/* ---- own properties of plain objects, for bindings (lib/http.c reads header objects) ---- */

/* The number of entry slots of the object at idx when every used one holds an enumerable data
 * property with a plain string key (no symbol, no array index) and the object is ordinary with
 * nothing in an array part; nd_duk_plain_entry then reads the slots, in the order duk_enum would
 * give them.  Returns -1 otherwise (callers use duk_enum).  Saves duk_enum's enumerator object:
 * 2,400 instructions, and 1,400 a property. */
duk_int_t nd_duk_plain_slots(duk_context *ctx, duk_idx_t idx) {
	duk_hthread *thr = (duk_hthread *) ctx;
	duk_hobject *obj = duk_get_hobject(thr, idx);
	duk_uint_fast32_t i;
	duk_uint_fast32_t n;

	if (obj == NULL || DUK_HEAPHDR_CHECK_FLAG_BITS(&obj->hdr, ND_FAST_EXOTIC | DUK_HOBJECT_FLAG_EXOTIC_ARRAY) ||
	    (DUK_HOBJECT_HAS_ARRAY_PART(obj) && DUK_HOBJECT_GET_ASIZE(obj) > 0)) {
		return -1;
	}
	n = DUK_HOBJECT_GET_ENEXT(obj);
	for (i = 0; i < n; i++) {
		duk_hstring *key = DUK_HOBJECT_E_GET_KEY(thr->heap, obj, i);
		if (key == NULL) {
			continue;
		}
		if (DUK_HSTRING_HAS_SYMBOL(key) || DUK_HSTRING_HAS_ARRIDX(key) ||
		    (DUK_HOBJECT_E_GET_FLAGS(thr->heap, obj, i) & (DUK_PROPDESC_FLAG_ACCESSOR | DUK_PROPDESC_FLAG_ENUMERABLE)) !=
		        DUK_PROPDESC_FLAG_ENUMERABLE) {
			return -1;
		}
	}
	return (duk_int_t) n;
}

/* Pushes the key and the value in slot i of the object at idx and returns 1, or pushes nothing
 * and returns 0 for a slot that is empty (or no longer a data property: a value's toString may
 * have changed the object since nd_duk_plain_slots). */
duk_bool_t nd_duk_plain_entry(duk_context *ctx, duk_idx_t idx, duk_int_t i) {
	duk_hthread *thr = (duk_hthread *) ctx;
	duk_hobject *obj = duk_get_hobject(thr, idx);
	duk_hstring *key;

	if (obj == NULL || i < 0 || (duk_uint_fast32_t) i >= DUK_HOBJECT_GET_ENEXT(obj)) {
		return 0;
	}
	key = DUK_HOBJECT_E_GET_KEY(thr->heap, obj, i);
	if (key == NULL || DUK_HOBJECT_E_SLOT_IS_ACCESSOR(thr->heap, obj, i)) {
		return 0;
	}
	duk_push_hstring(thr, key);
	duk_push_tval(thr, DUK_HOBJECT_E_GET_VALUE_TVAL_PTR(thr->heap, obj, i));
	return 1;
}

/* Gives the ordinary object at idx room for `entries` own properties in one allocation, when it
 * has less.  Duktape grows an object's table two slots at a time, so an object that gets a dozen
 * properties one by one (an HTTP request) was reallocated six times. */
void nd_duk_presize(duk_context *ctx, duk_idx_t idx, duk_uint_t entries) {
	duk_hthread *thr = (duk_hthread *) ctx;
	duk_hobject *obj = duk_get_hobject(thr, idx);

	if (obj == NULL || DUK_HEAPHDR_CHECK_FLAG_BITS(&obj->hdr, ND_FAST_EXOTIC | DUK_HOBJECT_FLAG_EXOTIC_ARRAY) ||
	    entries > 256 || DUK_HOBJECT_GET_ESIZE(obj) >= entries) {
		return;
	}
	duk_hobject_resize_entrypart(thr, obj, (duk_uint32_t) entries);
}

/* Replaces the top `count` values with an array of them, made at its size (Duktape's internal
 * duk_pack; the public API has only element-by-element puts, which grow the array as they go). */
void nd_duk_pack(duk_context *ctx, duk_idx_t count) {
	duk_pack((duk_hthread *) ctx, count);
}
