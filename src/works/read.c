/*
 * Reading a works statement description: the invoice part (the project's
 * invoice reader, without "works"), the contract (inline or in its own
 * file) and the works part, then the checks that turn them into the
 * description.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "core/file.h"
#include "works/read_internal.h"

/* Invoice keys a works statement must not give: the engine computes them. */
static const char *const computed_keys[] = {
    "lines",  "allowances_charges", "vat_breakdown",
    "totals", "advance_payments",   "financial_adjustments"};

/* Records an error about member key of o (or o itself). */
int fx_wk_fail(const fx_wk_at *o, const char *key, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	const fx_json_member *m = key && o->v ? fx_json_find(o->v, key) : NULL;
	if (!m)
		return fx_jr_error(o->c, o->v, o->path, "%s", msg);
	fx_json_path step = {o->path, m->key, m->key_len, 0};
	return fx_jr_error(o->c, &m->value, &step, "%s", msg);
}

/* The object member key of o as a place. */
fx_wk_at fx_wk_member(const fx_wk_at *o, const char *key, fx_json_path *step)
{
	const fx_json_member *m = o->v ? fx_json_find(o->v, key) : NULL;
	*step = (fx_json_path){o->path, key, strlen(key), 0};
	fx_wk_at r = {o->c, m ? &m->value : NULL, step};
	return r;
}

/* Element i of array member key of o as a place (steps: two path steps). */
fx_wk_at fx_wk_elem(const fx_wk_at *o, const char *key, size_t i, fx_json_path steps[2])
{
	const fx_json_member *m = o->v ? fx_json_find(o->v, key) : NULL;
	steps[0] = (fx_json_path){o->path, key, strlen(key), 0};
	steps[1] = (fx_json_path){&steps[0], NULL, 0, i};
	fx_wk_at r = {o->c, NULL, &steps[1]};
	if (m && m->value.type == FX_JSON_ARRAY && i < m->value.len)
		r.v = &m->value.items[i];
	return r;
}

/* The closest name, when close enough to be a likely typo. */
const char *fx_wk_closest(const char *s, const char *const *names, size_t n)
{
	const char *best = NULL;
	size_t best_d = (size_t)-1, len = strlen(s);
	for (size_t i = 0; i < n; i++) {
		size_t d = fx_json_key_distance(s, len, names[i], strlen(names[i]));
		if (d < best_d) {
			best_d = d;
			best = names[i];
		}
	}
	return best && best_d <= (len <= 3 ? 1u : 2u) ? best : NULL;
}

/* Copies object v without member skip (NULL: none) into *out, shallow
 * (the members array is malloc'ed). */
static int without_member(const fx_json_value *v, const char *skip, fx_json_value *out)
{
	*out = *v;
	fx_json_member *m = malloc((v->len ? v->len : 1) * sizeof *m);
	if (!m)
		return fx_error_oom();
	size_t n = 0;
	for (size_t i = 0; i < v->len; i++)
		if (!skip || strcmp(v->members[i].key, skip) != 0 ||
		    v->members[i].key_len != strlen(skip))
			m[n++] = v->members[i];
	out->members = m;
	out->len = n;
	return FX_OK;
}

/* Checks that the root has "works" (naming a misspelt key). */
static int check_works_key(const fx_jr_ctx *c, const fx_json_value *root)
{
	fx_wk_at top = {c, root, &fx_json_root};
	if (fx_json_find(root, "works"))
		return FX_OK;
	for (size_t i = 0; i < root->len; i++)
		if (fx_json_key_distance(root->members[i].key, root->members[i].key_len, "works",
		                         5) <= 2)
			return fx_wk_fail(&top, root->members[i].key,
			                  "unknown key; did you mean 'works'?");
	return fx_wk_fail(&top, NULL,
	                  "missing key 'works': a works statement describes its marché and "
	                  "progress there (see docs/works-invoices.md)");
}

/* Reads the invoice part (the root without "works") into d->inv. */
static int read_invoice_part(const fx_jr_ctx *c, const fx_json_value *root, fx_works_description *d)
{
	int rc = check_works_key(c, root);
	if (rc)
		return rc;
	fx_json_value part;
	rc = without_member(root, "works", &part);
	if (rc)
		return rc;
	rc = fx_jr_object(c, &fx_jt_invoice, d->inv, &part, &fx_json_root);
	free(part.members);
	if (rc)
		return rc;
	fx_wk_at at = {c, root, &fx_json_root};
	for (size_t i = 0; i < sizeof computed_keys / sizeof computed_keys[0]; i++)
		if (fx_json_find(root, computed_keys[i]))
			return fx_wk_fail(&at, computed_keys[i],
			                  "a works statement does not give \"%s\": the engine "
			                  "computes it from \"works\" (see docs/works-invoices.md)",
			                  computed_keys[i]);
	return FX_OK;
}

/* Joins base_dir and a relative file name into a malloc'ed path. */
static char *join_path(const char *base_dir, const char *name)
{
	size_t n = strlen(name) + (base_dir ? strlen(base_dir) : 0) + 2;
	char *p = malloc(n);
	if (!p)
		return NULL;
	if (name[0] == '/' || !base_dir || !*base_dir)
		snprintf(p, n, "%s", name);
	else
		snprintf(p, n, "%s/%s", base_dir, name);
	return p;
}

/** A contract read from its own file. */
typedef struct contract_file {
	char *path;
	fx_json_doc doc;
	bool parsed;
} contract_file;

/* Reads and parses the contract file named at place o (a string value). */
static int open_contract(const fx_wk_at *o, const char *base_dir, contract_file *f)
{
	f->path = join_path(base_dir, o->v->str);
	if (!f->path)
		return fx_error_oom();
	char *text = NULL;
	size_t len = 0;
	int rc = fx_file_read(f->path, &text, &len);
	if (rc) {
		char msg[512], full[1024];
		snprintf(msg, sizeof msg, "%s", fx_error_last()->message);
		fx_jr_error(o->c, o->v, o->path, "the contract file cannot be read: %s", msg);
		snprintf(full, sizeof full, "%s", fx_error_last()->message);
		return fx_error_set(FX_EIO, "%s", full);
	}
	rc = fx_json_parse(text, len, f->path, &f->doc);
	free(text);
	if (rc == FX_OK)
		f->parsed = true;
	return rc;
}

/* Reads the contract: inline at place o, or from the file it names. */
static int read_contract(const fx_wk_at *o, const char *base_dir, fx_works_description *d)
{
	contract_file f = {0};
	fx_jr_ctx fc = {d->inv, NULL};
	fx_wk_at at = *o;
	int rc = FX_OK;
	if (o->v->type == FX_JSON_STRING) {
		rc = open_contract(o, base_dir, &f);
		fc.source = f.path;
		at = (fx_wk_at){&fc, &f.doc.root, &fx_json_root};
	} else if (o->v->type != FX_JSON_OBJECT) {
		rc = fx_jr_expected(o->c, o->v, o->path,
		                    "the marché (an object) or the name of its JSON file");
	}
	fx_wk_raw_contract raw;
	memset(&raw, 0, sizeof raw);
	if (!rc)
		rc = fx_jr_object(at.c, &fx_wk_jt_contract, &raw, at.v, at.path);
	if (!rc)
		rc = fx_wk_check_contract(&at, &raw, d->inv, &d->contract);
	if (f.parsed)
		fx_json_doc_free(&f.doc);
	free(f.path);
	return rc;
}

/* Reads the "works" member of the root. */
static int read_works(const fx_jr_ctx *c, const fx_json_value *root, const char *base_dir,
                      fx_works_description *d)
{
	const fx_json_member *m = fx_json_find(root, "works");
	fx_json_path wpath = {&fx_json_root, "works", 5, 0};
	if (m->value.type != FX_JSON_OBJECT)
		return fx_jr_expected(c, &m->value, &wpath, "an object");
	fx_wk_at works = {c, &m->value, &wpath};
	const fx_json_member *cm = fx_json_find(&m->value, "contract");
	fx_json_value part;
	int rc = without_member(&m->value,
	                        cm && cm->value.type != FX_JSON_STRING ? "contract" : NULL, &part);
	if (rc)
		return rc;
	fx_wk_raw_works raw;
	memset(&raw, 0, sizeof raw);
	raw.options.penalties_withheld = true;
	rc = fx_jr_object(c, &fx_wk_jt_works, &raw, &part, &wpath);
	free(part.members);
	if (rc)
		return rc;
	fx_json_path cpath;
	fx_wk_at contract = fx_wk_member(&works, "contract", &cpath);
	if (!contract.v)
		return fx_wk_fail(&works, NULL,
		                  "missing key 'contract': the marché (an object) or the name of "
		                  "its JSON file");
	rc = read_contract(&contract, base_dir, d);
	return rc ? rc : fx_wk_check_works(&works, &raw, d);
}

/* Reads a description held in memory. */
int fx_works_read_memory(const char *data, size_t len, const char *source, const char *base_dir,
                         fx_works_description **out)
{
	if ((!data && len) || !out)
		return fx_error_set(FX_EUSAGE, "fx_works_read_memory: NULL argument");
	fx_json_doc doc;
	int rc = fx_json_parse(data, len, source, &doc);
	if (rc)
		return rc;
	fx_works_description *d = calloc(1, sizeof *d);
	if (!d) {
		fx_json_doc_free(&doc);
		return fx_error_oom();
	}
	rc = fx_invoice_new(&d->inv);
	if (!rc && source && !(d->source = strdup(source)))
		rc = fx_error_oom();
	fx_jr_ctx c = {d->inv, source};
	if (!rc && doc.root.type != FX_JSON_OBJECT)
		rc = fx_jr_expected(&c, &doc.root, &fx_json_root, "an object");
	if (!rc)
		rc = read_invoice_part(&c, &doc.root, d);
	if (!rc)
		rc = read_works(&c, &doc.root, base_dir, d);
	fx_json_doc_free(&doc);
	if (rc) {
		fx_works_description_free(d);
		return rc;
	}
	*out = d;
	return FX_OK;
}

/* Returns the folder of path (malloc'ed), "." when it has none. */
static char *folder_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return strdup(".");
	size_t n = (size_t)(slash - path);
	char *dir = malloc(n + 2);
	if (dir) {
		memcpy(dir, path, n ? n : 1);
		dir[n ? n : 1] = '\0';
	}
	return dir;
}

/* Reads a description from a file. */
int fx_works_read_file(const char *path, fx_works_description **out)
{
	if (!path || !out)
		return fx_error_set(FX_EUSAGE, "fx_works_read_file: NULL argument");
	char *data = NULL;
	size_t len = 0;
	int rc = fx_file_read(path, &data, &len);
	if (rc)
		return rc;
	char *dir = folder_of(path);
	rc = dir ? fx_works_read_memory(data, len, path, dir, out) : fx_error_oom();
	free(dir);
	free(data);
	return rc;
}

/* Frees a description. */
void fx_works_description_free(fx_works_description *d)
{
	if (!d)
		return;
	fx_invoice_free(d->inv);
	free(d->source);
	free(d);
}

/* The marché of a description. */
const fx_works_contract *fx_works_description_contract(const fx_works_description *d)
{
	return d ? &d->contract : NULL;
}

/* The statement number of a description. */
unsigned fx_works_description_number(const fx_works_description *d)
{
	return d ? d->number : 0;
}
