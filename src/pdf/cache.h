/*
 * Internal: process-wide caches of what the renderer and the container
 * would otherwise read and parse for every document (font files, templates,
 * the font configuration, the ICC profile), and a pool of objects that are
 * costly to create but must not be used by two threads at once (ICU
 * formatters and break iterators).
 *
 * Cached values are immutable once loaded and shared between threads; each
 * holder takes a reference and gives it back. A value loaded from a file is
 * tied to the file's identity (device, inode, size, modification time): when
 * the file changes, the next look-up loads it again and the old value is
 * freed once its last holder releases it. Everything is protected by one
 * mutex, stays reachable from static storage and is freed when the library
 * is unloaded or the process exits, so leak checkers stay quiet.
 */
#ifndef FX_PDF_CACHE_H
#define FX_PDF_CACHE_H

#include <stddef.h>

/** A cached value held by a caller (opaque). */
typedef struct fx_cache_entry fx_cache_entry;

/* Loads the value named key (a file path, or a built-in name). key: as given
 * to fx_cache_get; value: receives it. Returns 0 or an fx error code (with
 * the error recorded). */
typedef int (*fx_cache_load_fn)(const char *key, void **value);

/** How the values of one kind are made and freed. */
typedef struct fx_cache_ops {
	const char *kind;        /* "ttf", "template", ... */
	fx_cache_load_fn load;   /* makes a value */
	void (*free_fn)(void *); /* frees a value */
	/* may be NULL: called once on a new value, before any other thread can
	 * see it, to let it record its entry (for a release by value) */
	void (*bind)(void *value, fx_cache_entry *entry);
} fx_cache_ops;

/* Gets the value of ops->kind and key, loading it on first use. file: the
 * file the value comes from, checked for changes (NULL: a built-in value
 * that never changes); value: receives the shared value; entry: receives
 * the reference to give back with fx_cache_release. Load errors are
 * returned and not cached. */
int fx_cache_get(const fx_cache_ops *ops, const char *key, const char *file, void **value,
                 fx_cache_entry **entry);

/* Gives back a reference taken by fx_cache_get (NULL is ignored). */
void fx_cache_release(fx_cache_entry *entry);

/* Takes an idle object stored under key by fx_pool_give, or returns NULL
 * when there is none. The caller has it to itself until it gives it back. */
void *fx_pool_take(const char *key);

/* Stores obj under key for a later fx_pool_take; when the pool is full obj
 * is closed with close_fn at once. key: at most 95 bytes are kept (longer
 * keys are not pooled: obj is closed). */
void fx_pool_give(const char *key, void *obj, void (*close_fn)(void *));

#endif
