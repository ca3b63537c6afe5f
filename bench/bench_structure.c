/*
 * Benchmark of validation layers 2 and 3 on one core: secure parse
 * (fx_xml_parse_secure) and structure check (fx_structure_check) of every
 * example description written as CII, of the official examples when
 * ../shared is present, and of a synthetic EXTENDED invoice of 1000 lines;
 * with ../shared, libxml2 running the official XSD on the same documents
 * for comparison. Times are medians in microseconds per invoice.
 * Usage: bench_structure [--runs N]
 * Exit status: 0 when the structure check averages at most 100 us (a tenth
 * of the 1 ms budget of layers 3-6), 1 otherwise.
 */
#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <libxml/xmlschemas.h>

#include "bench_util.h"
#include "core/buf.h"
#include "facturx.h"
#include "validate/stages.h"

#define MAX_DOCS 512
#define MAX_RUNS 101

/** One benchmarked document. */
typedef struct doc {
	char name[128];
	char *xml;
	size_t len;
	fx_profile profile;
} doc;

static doc docs[MAX_DOCS];
static int n_docs;

/* Adds a document (takes xml). */
static void add(const char *name, char *xml, size_t len, fx_profile profile)
{
	if (n_docs >= MAX_DOCS) {
		free(xml);
		return;
	}
	doc *d = &docs[n_docs++];
	const char *slash = strrchr(name, '/');
	snprintf(d->name, sizeof d->name, "%s", slash ? slash + 1 : name);
	d->xml = xml;
	d->len = len;
	d->profile = profile;
}

/* Adds every example description under dir, written as CII in its profile. */
static void add_examples(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	while (d && (e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		char path[PATH_MAX];
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		struct stat st;
		size_t n = strlen(e->d_name);
		if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
			add_examples(path);
			continue;
		}
		fx_invoice *inv = NULL;
		if (n < 6 || strcmp(e->d_name + n - 5, ".json") != 0 ||
		    fx_json_read_file(path, &inv) != FX_OK)
			continue;
		fx_compute_options copts = FX_COMPUTE_OPTIONS_INIT;
		copts.rules_only = strstr(path, "/examples/cen/") != NULL;
		fx_cii_options opts = FX_CII_OPTIONS_INIT;
		opts.profile = inv->has_profile ? inv->profile : FX_PROFILE_EN16931;
		char *xml = NULL;
		size_t len = 0;
		if (fx_invoice_compute(inv, &copts) == FX_OK &&
		    fx_cii_write_memory(inv, &opts, &xml, &len) == FX_OK)
			add(path, xml, len, opts.profile);
		fx_invoice_free(inv);
	}
	if (d)
		closedir(d);
}

/* Adds the official example invoices (EN 16931) when present. */
static void add_official(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	while (d && (e = readdir(d)) != NULL) {
		size_t n = strlen(e->d_name);
		if (n < 5 || strcmp(e->d_name + n - 4, ".xml") != 0)
			continue;
		char path[PATH_MAX];
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		char *xml = NULL;
		size_t len = 0;
		if (fx_bench_read_file(path, &xml, &len) == 0)
			add(path, xml, len, FX_PROFILE_EN16931);
	}
	if (d)
		closedir(d);
}

/* Adds an EXTENDED invoice with its first line repeated to 1000 lines. */
static void add_synthetic(void)
{
	for (int i = 0; i < n_docs; i++) {
		if (docs[i].profile != FX_PROFILE_EXTENDED)
			continue;
		const char *xml = docs[i].xml;
		const char *start = strstr(xml, "<ram:IncludedSupplyChainTradeLineItem>");
		const char *end = strstr(xml, "</ram:IncludedSupplyChainTradeLineItem>");
		if (!start || !end)
			continue;
		while (start > xml && start[-1] == ' ')
			start--;
		end += strlen("</ram:IncludedSupplyChainTradeLineItem>\n");
		fx_buf b = {0};
		fx_buf_append(&b, xml, (size_t)(start - xml));
		for (int k = 0; k < 1000; k++)
			fx_buf_append(&b, start, (size_t)(end - start));
		fx_buf_puts(&b, end);
		if (b.failed)
			return;
		size_t len = 0;
		char *big = fx_buf_detach(&b, &len);
		add("synthetic-extended-1000-lines.xml", big, len, FX_PROFILE_EXTENDED);
		return;
	}
}

/* Compares two times for qsort. */
static int cmp_ns(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

/* Returns the median of the n times t. */
static double median_us(int64_t *t, int n)
{
	qsort(t, (size_t)n, sizeof t[0], cmp_ns);
	return (double)t[n / 2] / 1000.0;
}

/* Ignores libxml2's validation messages. */
static void quiet(void *data, xmlErrorPtr err)
{
	(void)data;
	(void)err;
}

/* Loads the official XSD of profile p, or NULL. */
static xmlSchemaPtr official_schema(fx_profile p)
{
	static const char *const dirs[] = {"MINIMUM", "BASICWL", "BASIC", "EN16931", "EXTENDED"};
	char path[PATH_MAX];
	snprintf(path, sizeof path, "%s/reference/xsd/facturx-1.09.2/%s/FACTUR-X_%s.xsd",
	         FX_SHARED_DIR, dirs[p], dirs[p]);
	xmlSchemaParserCtxtPtr pctx = xmlSchemaNewParserCtxt(path);
	xmlSchemaSetParserStructuredErrors(pctx, quiet, NULL);
	xmlSchemaPtr s = xmlSchemaParse(pctx);
	xmlSchemaFreeParserCtxt(pctx);
	return s;
}

/* Times the layers on every document and prints the table. */
int main(int argc, char **argv)
{
	int runs = 31;
	if (argc == 3 && strcmp(argv[1], "--runs") == 0)
		runs = atoi(argv[2]);
	if (runs < 1 || runs > MAX_RUNS)
		runs = 31;
	fx_bench_pin_to_one_core();
	add_examples(FX_SOURCE_DIR "/examples");
	add_official(FX_SHARED_DIR "/reference/examples/en16931-cii");
	add_synthetic();
	xmlSchemaPtr schemas[5] = {NULL};
	for (int p = 0; p < 5; p++)
		schemas[p] = official_schema((fx_profile)p);
	printf("%-44s %8s %10s %12s %12s\n", "invoice", "KB", "parse us", "structure us",
	       "xsd lib us");
	double sum_parse = 0, sum_struct = 0, sum_xsd = 0, max_struct = 0;
	int n_xsd = 0, n_regular = 0;
	for (int i = 0; i < n_docs; i++) {
		doc *d = &docs[i];
		int64_t tp[MAX_RUNS], ts[MAX_RUNS], tx[MAX_RUNS];
		bool valid = true;
		for (int r = 0; r < runs; r++) {
			fx_report *rep = fx_report_new(d->name, false);
			int64_t t0 = fx_bench_now_ns();
			xmlDocPtr x = fx_xml_parse_secure(d->xml, d->len, NULL, rep);
			int64_t t1 = fx_bench_now_ns();
			if (x)
				valid = fx_structure_check(x, true, d->profile, rep);
			int64_t t2 = fx_bench_now_ns();
			tx[r] = 0;
			xmlSchemaPtr s = schemas[d->profile];
			if (x && s) {
				xmlSchemaValidCtxtPtr v = xmlSchemaNewValidCtxt(s);
				xmlSchemaSetValidStructuredErrors(v, quiet, NULL);
				int64_t t3 = fx_bench_now_ns();
				xmlSchemaValidateDoc(v, x);
				tx[r] = fx_bench_now_ns() - t3;
				xmlSchemaFreeValidCtxt(v);
			}
			tp[r] = t1 - t0;
			ts[r] = t2 - t1;
			xmlFreeDoc(x);
			fx_report_free(rep);
		}
		double p = median_us(tp, runs), s = median_us(ts, runs), x = median_us(tx, runs);
		printf("%-44.44s %8.1f %10.1f %12.1f %12.1f%s\n", d->name, (double)d->len / 1024.0,
		       p, s, x, valid ? "" : "  (invalid)");
		if (strncmp(d->name, "synthetic", 9) != 0) {
			sum_parse += p;
			sum_struct += s;
			n_regular++;
			if (s > max_struct)
				max_struct = s;
			if (schemas[d->profile]) {
				sum_xsd += x;
				n_xsd++;
			}
		}
	}
	for (int p = 0; p < 5; p++)
		xmlSchemaFree(schemas[p]);
	if (n_regular == 0)
		return 1;
	double mean = sum_struct / n_regular;
	printf("\n%d invoices: parse %.1f us, structure check %.1f us (max %.1f us) on average",
	       n_regular, sum_parse / n_regular, mean, max_struct);
	if (n_xsd)
		printf("; libxml2 with the official XSD %.1f us", sum_xsd / n_xsd);
	printf("\n");
	for (int i = 0; i < n_docs; i++)
		free(docs[i].xml);
	return mean <= 100.0 ? 0 : 1;
}
