/*
 * Process-wide caches of loaded files and a pool of reusable objects, under
 * one mutex (see cache.h).
 */
#include "pdf/cache.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/error.h"

#define CACHE_MAX_ENTRIES 64 /* unreferenced entries beyond this are dropped */
#define POOL_MAX 64          /* idle pooled objects kept at most */
#define POOL_KEY 96

/** What identifies a file's content: a change of any field means a new file. */
typedef struct file_id {
	unsigned long long dev, ino, size;
	long long mtime_s, mtime_ns;
} file_id;

/** One cached value. */
struct fx_cache_entry {
	fx_cache_entry *next;
	const fx_cache_ops *ops;
	char *key;
	int has_file;
	file_id id;
	void *value;
	int refs;
	int stale; /* the file changed: freed when the last holder releases it */
};

/** One idle pooled object. */
typedef struct pool_slot {
	char key[POOL_KEY];
	void *obj;
	void (*close_fn)(void *);
} pool_slot;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static fx_cache_entry *entries;
static pool_slot pool[POOL_MAX];
static size_t n_pool;

/* Reads the identity of file into id; 0 or -1 when it cannot be stat'ed. */
static int identify(const char *file, file_id *id)
{
	struct stat st;
	if (stat(file, &st) != 0)
		return -1;
	memset(id, 0, sizeof *id);
	id->dev = (unsigned long long)st.st_dev;
	id->ino = (unsigned long long)st.st_ino;
	id->size = (unsigned long long)st.st_size;
	id->mtime_s = (long long)st.st_mtim.tv_sec;
	id->mtime_ns = (long long)st.st_mtim.tv_nsec;
	return 0;
}

/* Frees an entry and its value (already unlinked). */
static void entry_free(fx_cache_entry *e)
{
	e->ops->free_fn(e->value);
	free(e->key);
	free(e);
}

/* Unlinks and frees the unreferenced entries that are stale, and the
 * oldest unreferenced ones while there are too many. Lock held. */
static void sweep(void)
{
	size_t keep_unused = CACHE_MAX_ENTRIES;
	for (fx_cache_entry **p = &entries; *p;) {
		fx_cache_entry *e = *p;
		int drop = e->refs == 0 && (e->stale || keep_unused == 0);
		if (e->refs == 0 && !drop)
			keep_unused--;
		if (drop) {
			*p = e->next;
			entry_free(e);
		} else {
			p = &e->next;
		}
	}
}

/* Finds the live entry of kind/key; marks it stale when its file changed. Lock held. */
static fx_cache_entry *find(const fx_cache_ops *ops, const char *key, const file_id *id)
{
	for (fx_cache_entry *e = entries; e; e = e->next) {
		if (e->stale || e->ops != ops || strcmp(e->key, key) != 0)
			continue;
		if (id && (!e->has_file || memcmp(&e->id, id, sizeof *id) != 0)) {
			e->stale = 1;
			continue;
		}
		return e;
	}
	return NULL;
}

/* Makes a new entry holding value (one reference, not yet shared); when out
 * of memory, frees value and returns NULL. */
static fx_cache_entry *entry_new(const fx_cache_ops *ops, const char *key, const file_id *id,
                                 void *value)
{
	fx_cache_entry *e = calloc(1, sizeof *e);
	if (e)
		e->key = strdup(key);
	if (!e || !e->key) {
		free(e);
		ops->free_fn(value);
		return NULL;
	}
	e->ops = ops;
	if (id) {
		e->has_file = 1;
		e->id = *id;
	}
	e->value = value;
	e->refs = 1;
	if (ops->bind)
		ops->bind(value, e);
	return e;
}

/* Loads a value that is not shared (freed on release). */
static int load_alone(const fx_cache_ops *ops, const char *key, void **value,
                      fx_cache_entry **entry)
{
	void *v = NULL;
	int rc = ops->load(key, &v);
	if (rc)
		return rc;
	fx_cache_entry *e = entry_new(ops, key, NULL, v);
	if (!e)
		return fx_error_oom();
	e->stale = 1;
	*value = v;
	*entry = e;
	return 0;
}

/* Adds e (just loaded) to the cache, or drops it for an equal entry another
 * thread added meanwhile; returns the entry to use. */
static fx_cache_entry *insert(fx_cache_entry *e, const file_id *idp)
{
	pthread_mutex_lock(&lock);
	fx_cache_entry *other = find(e->ops, e->key, idp);
	if (other) {
		other->refs++;
	} else {
		e->next = entries;
		entries = e;
	}
	pthread_mutex_unlock(&lock);
	if (!other)
		return e;
	entry_free(e);
	return other;
}

/* Gets a cached value, loading it on first use. */
int fx_cache_get(const fx_cache_ops *ops, const char *key, const char *file, void **value,
                 fx_cache_entry **entry)
{
	file_id id;
	const file_id *idp = NULL;
	if (file) {
		/* unreadable: the load reports why (a file that just appeared is
		 * loaded but not shared) */
		if (identify(file, &id) != 0)
			return load_alone(ops, key, value, entry);
		idp = &id;
	}
	pthread_mutex_lock(&lock);
	fx_cache_entry *e = find(ops, key, idp);
	if (e)
		e->refs++;
	sweep();
	pthread_mutex_unlock(&lock);
	if (!e) {
		/* loaded without the lock: other threads keep using the cache meanwhile */
		void *v = NULL;
		int rc = ops->load(key, &v);
		if (rc)
			return rc;
		e = entry_new(ops, key, idp, v);
		if (!e)
			return fx_error_oom();
		e = insert(e, idp);
	}
	*value = e->value;
	*entry = e;
	return 0;
}

/* Gives a reference back. */
void fx_cache_release(fx_cache_entry *entry)
{
	if (!entry)
		return;
	pthread_mutex_lock(&lock);
	int linked = 0;
	for (fx_cache_entry *e = entries; e && !linked; e = e->next)
		linked = e == entry;
	entry->refs--;
	if (linked && entry->refs == 0 && entry->stale)
		sweep();
	pthread_mutex_unlock(&lock);
	if (!linked && entry->refs == 0)
		entry_free(entry);
}

/* Takes an idle pooled object. */
void *fx_pool_take(const char *key)
{
	void *obj = NULL;
	pthread_mutex_lock(&lock);
	for (size_t i = n_pool; i-- > 0;) {
		if (strcmp(pool[i].key, key) == 0) {
			obj = pool[i].obj;
			pool[i] = pool[--n_pool];
			break;
		}
	}
	pthread_mutex_unlock(&lock);
	return obj;
}

/* Stores an idle object. */
void fx_pool_give(const char *key, void *obj, void (*close_fn)(void *))
{
	if (!obj)
		return;
	size_t klen = strlen(key);
	int kept = 0;
	pthread_mutex_lock(&lock);
	if (n_pool < POOL_MAX && klen < POOL_KEY) {
		memcpy(pool[n_pool].key, key, klen + 1);
		pool[n_pool].obj = obj;
		pool[n_pool].close_fn = close_fn;
		n_pool++;
		kept = 1;
	}
	pthread_mutex_unlock(&lock);
	if (!kept)
		close_fn(obj);
}

#if defined(__GNUC__)
/* Frees every idle value and pooled object when the library is unloaded or
 * the process exits (values still held by a running call are left alone). */
__attribute__((destructor)) static void cache_shutdown(void)
{
	pthread_mutex_lock(&lock);
	for (fx_cache_entry *e = entries; e; e = e->next)
		e->stale = 1;
	sweep();
	size_t n = n_pool;
	pool_slot idle[POOL_MAX];
	memcpy(idle, pool, n * sizeof idle[0]);
	n_pool = 0;
	pthread_mutex_unlock(&lock);
	for (size_t i = 0; i < n; i++)
		idle[i].close_fn(idle[i].obj);
}
#endif
