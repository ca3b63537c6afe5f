/*
 * fx_batch_run: the calling thread reads the export one invoice at a time
 * and hands each to worker threads through a bounded window of works; the
 * results come back to the calling thread, which reports them in the order
 * of the export. The window bounds the memory whatever the export's size.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "batch/batch_run.h"
#include "core/error.h"

#define MAX_JOBS 64

/** The shared state of the threads (under lock). */
typedef struct runner {
	fx_brun run;
	fx_batch_stats *stats;
	pthread_mutex_t lock;
	pthread_cond_t cond;
	fx_bwork **ring; /* works seq % cap, from next_deliver to next_put */
	size_t cap;
	size_t next_put;     /* seq of the next work read */
	size_t next_take;    /* seq of the next work a worker takes */
	size_t next_deliver; /* seq of the next result reported */
	bool input_done;
	bool stop; /* strict mode after a failure, or an error */
	int error; /* an error that ends the run (I/O reading, memory) */
} runner;

/* Sets the default options. */
int fx_batch_options_init(fx_batch_options *opts, unsigned version)
{
	if (!opts || version != FX_BATCH_OPTIONS_VERSION)
		return fx_error_set(FX_EUSAGE, "fx_batch_options_init: unknown version %u",
		                    version);
	memset(opts, 0, sizeof *opts);
	opts->version = version;
	return FX_OK;
}

/* Creates folder path and its parents. */
static int make_dirs(const char *path)
{
	char *p = strdup(path);
	if (!p)
		return fx_error_oom();
	for (char *s = p + 1;; s++) {
		if (*s != '/' && *s != '\0')
			continue;
		char c = *s;
		*s = '\0';
		if (mkdir(p, 0777) != 0 && errno != EEXIST) {
			int rc = fx_error_set(FX_EIO, "cannot create the folder '%s': %s", p,
			                      strerror(errno));
			free(p);
			return rc;
		}
		*s = c;
		if (!c)
			break;
	}
	free(p);
	struct stat st;
	if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode))
		return fx_error_set(FX_EIO, "'%s' is not a folder", path);
	return FX_OK;
}

/* Reports the result of w and counts it; returns true when the run must
 * stop (a failure in strict mode). */
static bool deliver(runner *rn, fx_bwork *w)
{
	fx_batch_stats *st = rn->stats;
	switch (w->res.status) {
	case FX_BATCH_PRODUCED:
		st->produced++;
		break;
	case FX_BATCH_SKIPPED:
		st->skipped++;
		break;
	default:
		st->failed++;
		break;
	}
	if (rn->run.opts->on_result)
		rn->run.opts->on_result(&w->res, rn->run.opts->user_data);
	return w->res.status == FX_BATCH_FAILED && rn->run.opts->strict;
}

/* Frees a work. */
static void work_free(fx_bwork *w)
{
	if (!w)
		return;
	fx_bjob_free(w->job);
	free(w->path);
	free(w);
}

/* Makes a work of job j; NULL when out of memory (j freed). */
static fx_bwork *work_new(fx_bjob *j)
{
	fx_bwork *w = calloc(1, sizeof *w);
	if (!w)
		fx_bjob_free(j);
	else
		w->job = j;
	return w;
}

/* Worker thread: takes works in order and makes them. */
static void *worker(void *arg)
{
	runner *rn = arg;
	pthread_mutex_lock(&rn->lock);
	for (;;) {
		while (!rn->stop && rn->next_take == rn->next_put && !rn->input_done)
			pthread_cond_wait(&rn->cond, &rn->lock);
		if (rn->stop || rn->next_take == rn->next_put)
			break;
		fx_bwork *w = rn->ring[rn->next_take++ % rn->cap];
		pthread_mutex_unlock(&rn->lock);
		int rc = fx_br_produce(&rn->run, w);
		pthread_mutex_lock(&rn->lock);
		if (rc < 0 && !rn->error) {
			rn->error = rc;
			rn->stop = true;
		}
		w->done = true;
		pthread_cond_broadcast(&rn->cond);
	}
	pthread_mutex_unlock(&rn->lock);
	return NULL;
}

/* Reports the works that are done, in order (lock held; released during
 * the callbacks). Works never taken after a stop are dropped. */
static void deliver_ready(runner *rn)
{
	while (rn->next_deliver < rn->next_put) {
		fx_bwork *w = rn->ring[rn->next_deliver % rn->cap];
		bool never = rn->stop && rn->next_deliver >= rn->next_take;
		if (!w->done && !never)
			return;
		rn->ring[rn->next_deliver % rn->cap] = NULL;
		rn->next_deliver++;
		if (w->done && !rn->error) {
			pthread_mutex_unlock(&rn->lock);
			bool stop = deliver(rn, w);
			pthread_mutex_lock(&rn->lock);
			rn->stop = rn->stop || stop;
			pthread_cond_broadcast(&rn->cond);
		}
		work_free(w);
	}
}

/* Reads the next job into the window (lock held; released while reading). */
static void read_one(runner *rn, fx_bsrc *src)
{
	pthread_mutex_unlock(&rn->lock);
	fx_bjob *j = NULL;
	int rc = fx_bsrc_next(src, &j);
	fx_bwork *w = rc == FX_OK ? work_new(j) : NULL;
	pthread_mutex_lock(&rn->lock);
	if (rc == FX_OK && !w)
		rc = FX_ENOMEM;
	if (rc == FX_OK) {
		rn->ring[rn->next_put++ % rn->cap] = w;
	} else {
		rn->input_done = true;
		if (rc != FX_BATCH_END && !rn->error) {
			rn->error = rc;
			rn->stop = true;
		}
	}
	pthread_cond_broadcast(&rn->cond);
}

/* Runs with n worker threads; the calling thread reads and reports. */
static int run_threads(runner *rn, fx_bsrc *src, unsigned n)
{
	pthread_t threads[MAX_JOBS];
	unsigned started = 0;
	pthread_mutex_lock(&rn->lock);
	for (; started < n; started++)
		if (pthread_create(&threads[started], NULL, worker, rn) != 0)
			break;
	if (!started) {
		pthread_mutex_unlock(&rn->lock);
		return fx_error_set(FX_ERROR, "cannot start a worker thread");
	}
	for (;;) {
		deliver_ready(rn);
		bool room = rn->next_put - rn->next_deliver < rn->cap;
		if (!rn->input_done && !rn->stop && room) {
			read_one(rn, src);
			continue;
		}
		if ((rn->input_done || rn->stop) && rn->next_deliver == rn->next_put)
			break;
		pthread_cond_wait(&rn->cond, &rn->lock);
	}
	rn->stop = true;
	pthread_cond_broadcast(&rn->cond);
	pthread_mutex_unlock(&rn->lock);
	for (unsigned i = 0; i < started; i++)
		pthread_join(threads[i], NULL);
	if (rn->error == FX_ENOMEM)
		return fx_error_oom();
	return rn->error;
}

/* Runs everything in the calling thread. */
static int run_inline(runner *rn, fx_bsrc *src)
{
	while (!rn->stop) {
		fx_bjob *j = NULL;
		int rc = fx_bsrc_next(src, &j);
		if (rc == FX_BATCH_END)
			break;
		fx_bwork *w = rc == FX_OK ? work_new(j) : NULL;
		if (rc == FX_OK && !w)
			rc = FX_ENOMEM;
		if (rc == FX_OK)
			rc = fx_br_produce(&rn->run, w);
		if (rc < 0) {
			work_free(w);
			return rc;
		}
		rn->stop = deliver(rn, w);
		work_free(w);
	}
	return FX_OK;
}

/* Checks the options and prepares the run's fixed parts. */
static int prepare(runner *rn, const fx_batch_options *opts, const fx_bsrc *src)
{
	fx_brun *r = &rn->run;
	r->src = src;
	r->opts = opts;
	r->gen = opts->generate ? *opts->generate : (fx_generate_options)FX_GENERATE_OPTIONS_INIT;
	if (!r->gen.date) {
		int rc = fx_generate_resolve_date(NULL, &r->date);
		if (rc < 0)
			return rc;
		r->gen.date = &r->date;
	}
	r->compute = (fx_compute_options)FX_COMPUTE_OPTIONS_INIT;
	r->compute.rules_only = opts->rules_only;
	r->out_dir = opts->out_dir;
	size_t n = strlen(opts->out_dir) + sizeof FX_BR_STATE_DIR + 2;
	if (!(r->state_dir = malloc(n)))
		return fx_error_oom();
	snprintf(r->state_dir, n, "%s/%s", opts->out_dir, FX_BR_STATE_DIR);
	int rc = make_dirs(opts->out_dir);
	if (rc == FX_OK)
		rc = make_dirs(r->state_dir);
	fx_br_context_digest(r);
	return rc;
}

/* Fills the stats that describe the input. */
static void describe_input(const fx_bsrc *src, fx_batch_stats *st)
{
	st->total = src->total;
	snprintf(st->encoding, sizeof st->encoding, "%s", fx_csv_encoding(src->main.csv));
	st->separator = fx_csv_separator(src->main.csv);
	if (src->two_files) {
		snprintf(st->lines_encoding, sizeof st->lines_encoding, "%s",
		         fx_csv_encoding(src->lines.csv));
		st->lines_separator = fx_csv_separator(src->lines.csv);
	}
}

/* Makes the PDF of every invoice of an export. */
int fx_batch_run(const fx_batch_input *in, const fx_batch_options *opts, fx_batch_stats *stats)
{
	if (!opts || opts->version != FX_BATCH_OPTIONS_VERSION || !opts->out_dir ||
	    !opts->out_dir[0])
		return fx_error_set(FX_EUSAGE, "fx_batch_run: options without an output folder");
	if (opts->jobs > MAX_JOBS)
		return fx_error_set(FX_EUSAGE, "fx_batch_run: at most %d jobs", MAX_JOBS);
	fx_batch_stats local;
	runner rn;
	memset(&rn, 0, sizeof rn);
	rn.stats = stats ? stats : &local;
	memset(rn.stats, 0, sizeof *rn.stats);
	fx_bsrc *src = NULL;
	int rc = fx_bsrc_open(in, &src);
	if (rc == FX_OK)
		rc = prepare(&rn, opts, src);
	if (rc == FX_OK) {
		describe_input(src, rn.stats);
		for (size_t i = 0; i < src->n_notices && opts->on_notice; i++)
			opts->on_notice(src->notices[i], opts->user_data);
	}
	if (rc == FX_OK && opts->jobs > 1) {
		rn.cap = 4 * (size_t)opts->jobs;
		rn.ring = calloc(rn.cap, sizeof *rn.ring);
		pthread_mutex_init(&rn.lock, NULL);
		pthread_cond_init(&rn.cond, NULL);
		rc = rn.ring ? run_threads(&rn, src, opts->jobs) : fx_error_oom();
		for (size_t i = 0; rn.ring && i < rn.cap; i++)
			work_free(rn.ring[i]);
		free(rn.ring);
		pthread_cond_destroy(&rn.cond);
		pthread_mutex_destroy(&rn.lock);
	} else if (rc == FX_OK) {
		rc = run_inline(&rn, src);
	}
	if (rc == FX_OK && rn.stats->produced)
		rc = fx_br_sync(opts->out_dir);
	if (rc == FX_OK) {
		size_t seen = rn.stats->produced + rn.stats->skipped + rn.stats->failed;
		rn.stats->not_processed = rn.stats->total > seen ? rn.stats->total - seen : 0;
	}
	free(rn.run.state_dir);
	fx_bsrc_free(src);
	return rc;
}
