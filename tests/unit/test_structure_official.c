/*
 * The structure check (layer 3) against the official XSDs: every XML of the
 * shared reference (CEN examples, the 253 conformance files and their 14
 * bases), every example description of examples/ written as CII in its
 * profile, and the project's own mutations (tests/corpus/structure/), each
 * checked against EVERY schema (the five Factur-X 1.09.2 profiles and CII
 * D16B), must get the same valid / invalid verdict from fx_structure_check
 * as from libxml2 running the official XSD, and from libxml2 running the
 * XSD the project writes from its material (fx_st_write_xsd). The
 * conformance files must also fail exactly the XSDs their expected.tsv
 * lists (column xsd_failed). Needs ../shared (skipped otherwise).
 */
#include <dirent.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include "core/buf.h"
#include "facturx.h"
#include "test_cii.h"
#include "test_support.h"
#include "validate/stages.h"
#include "validate/structure.h"
#include "../support/example_dirs.h"

#define MAX_FILES 1024

/** One document of the corpus. */
typedef struct sample {
	char *name; /* for messages */
	char *xml;
	size_t len;
} sample;

static sample samples[MAX_FILES];
static int n_samples;
static xmlSchemaPtr official[FX_ST_SCHEMAS];
static xmlSchemaPtr generated[FX_ST_SCHEMAS];
static char messages[4096];

/* Adds a document to the corpus. */
static void add_sample(const char *name, char *xml, size_t len)
{
	ck_assert_int_lt(n_samples, MAX_FILES);
	samples[n_samples].name = strdup(name);
	samples[n_samples].xml = xml;
	samples[n_samples].len = len;
	n_samples++;
}

/* Adds every *.xml file of dir (not recursive). */
static void add_dir(const char *dir)
{
	DIR *d = opendir(dir);
	ck_assert_msg(d != NULL, "cannot open %s", dir);
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		size_t n = strlen(e->d_name);
		if (n < 5 || strcmp(e->d_name + n - 4, ".xml") != 0)
			continue;
		char path[PATH_MAX];
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		size_t len = 0;
		char *xml = fx_test_read(path, &len);
		add_sample(path, xml, len);
	}
	closedir(d);
}

/* Adds every examples/ description (recursively), written as CII in its
 * profile (as `facturx xml` does). */
static void add_examples(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		char path[PATH_MAX];
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		struct stat st;
		size_t n = strlen(e->d_name);
		if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
			if (fx_test_invoice_example_dir(e->d_name))
				add_examples(path);
			continue;
		}
		if (n < 6 || strcmp(e->d_name + n - 5, ".json") != 0)
			continue;
		fx_invoice *inv = NULL;
		ck_assert_msg(fx_json_read_file(path, &inv) == FX_OK, "%s: %s", path,
		              fx_error_last()->message);
		fx_compute_options copts = FX_COMPUTE_OPTIONS_INIT;
		copts.rules_only = strstr(path, "/examples/cen/") != NULL;
		ck_assert_msg(fx_invoice_compute(inv, &copts) == FX_OK, "%s: %s", path,
		              fx_error_last()->message);
		fx_cii_options opts = FX_CII_OPTIONS_INIT;
		opts.profile = inv->has_profile ? inv->profile : FX_PROFILE_EN16931;
		char *xml = NULL;
		size_t len = 0;
		ck_assert_msg(fx_cii_write_memory(inv, &opts, &xml, &len) == FX_OK, "%s: %s", path,
		              fx_error_last()->message);
		add_sample(path, xml, len);
		fx_invoice_free(inv);
	}
	closedir(d);
}

/* Appends one validation message to messages. */
static void collect(void *data, xmlErrorPtr err)
{
	(void)data;
	size_t n = strlen(messages);
	if (n + 300 < sizeof messages)
		snprintf(messages + n, sizeof messages - n, "    line %d: %s", err->line,
		         err->message ? err->message : "?\n");
}

/* Validates doc with schema (messages collected); true when valid. */
static bool xsd_valid(xmlSchemaPtr schema, xmlDocPtr doc)
{
	messages[0] = '\0';
	xmlSchemaValidCtxtPtr v = xmlSchemaNewValidCtxt(schema);
	ck_assert_ptr_nonnull(v);
	xmlSchemaSetValidStructuredErrors(v, collect, NULL);
	int rc = xmlSchemaValidateDoc(v, doc);
	xmlSchemaFreeValidCtxt(v);
	return rc == 0;
}

/* Writes the project's XSD of schema s into dir and parses it. */
static xmlSchemaPtr write_generated(const fx_st_model *m, int s, const char *dir)
{
	for (int ns = 0; ns < FX_ST_NS_COUNT; ns++) {
		fx_buf b = {0};
		ck_assert_int_eq(fx_st_write_xsd(m, s, ns, &b), FX_OK);
		char path[PATH_MAX];
		snprintf(path, sizeof path, "%s/%s.xsd", dir, fx_st_ns_prefix[ns]);
		FILE *f = fopen(path, "w");
		ck_assert_ptr_nonnull(f);
		fwrite(b.data, 1, b.len, f);
		fclose(f);
		fx_buf_free(&b);
	}
	char path[PATH_MAX];
	snprintf(path, sizeof path, "%s/rsm.xsd", dir);
	xmlSchemaParserCtxtPtr pctx = xmlSchemaNewParserCtxt(path);
	xmlSchemaPtr schema = xmlSchemaParse(pctx);
	xmlSchemaFreeParserCtxt(pctx);
	ck_assert_msg(schema != NULL, "the written XSD of %s does not parse (%s)",
	              fx_st_schema_name(s), dir);
	return schema;
}

/* Loads the official and the written schemas. */
static void load_schemas(void)
{
	const fx_st_model *m = fx_st_model_get();
	ck_assert_ptr_nonnull(m);
	char tmpl[] = "/tmp/fx-structure-XXXXXX";
	char *dir = mkdtemp(tmpl);
	ck_assert_ptr_nonnull(dir);
	for (int s = 0; s < FX_ST_SCHEMAS; s++) {
		official[s] =
		    s == FX_ST_D16B
		        ? fx_test_schema("reference/xsd/cii-d16b-uncoupled/CII/uncefact/"
		                         "data/standard/CrossIndustryInvoice_100pD16B.xsd")
		        : fx_test_profile_schema((fx_profile)s);
		char sub[64];
		snprintf(sub, sizeof sub, "%s/%d", dir, s);
		ck_assert_int_eq(mkdir(sub, 0700), 0);
		generated[s] = write_generated(m, s, sub);
		for (int ns = 0; ns < FX_ST_NS_COUNT; ns++) {
			char path[128];
			snprintf(path, sizeof path, "%s/%s.xsd", sub, fx_st_ns_prefix[ns]);
			unlink(path);
		}
		rmdir(sub);
	}
	rmdir(dir);
}

/* Parses xml like the validator does; NULL when layer 2 refuses it. */
static xmlDocPtr parse(const sample *smp)
{
	fx_report *r = fx_report_new(smp->name, false);
	xmlDocPtr doc = fx_xml_parse_secure(smp->xml, smp->len, NULL, r);
	fx_report_free(r);
	return doc;
}

/* Returns the findings of report r as text (static). */
static const char *findings_text(fx_report *r)
{
	static char text[4096];
	text[0] = '\0';
	for (size_t i = 0; i < fx_report_count(r); i++) {
		const fx_finding *f = fx_report_get(r, i);
		size_t n = strlen(text);
		if (n + 400 < sizeof text)
			snprintf(text + n, sizeof text - n, "    %s line %ld %s: %s\n", f->rule_id,
			         f->line, f->xpath ? f->xpath : "-", f->message);
	}
	return text;
}

/* Loads the documents of the corpus. */
static void load_corpus(void)
{
	char *dir = fx_test_path(fx_test_shared_dir(), "reference/examples/en16931-cii");
	add_dir(dir);
	free(dir);
	dir = fx_test_path(fx_test_shared_dir(), "reference/conformance");
	add_dir(dir);
	free(dir);
	dir = fx_test_path(fx_test_shared_dir(), "reference/conformance/bases");
	add_dir(dir);
	free(dir);
	add_examples(FX_SOURCE_DIR "/examples");
	add_dir(FX_SOURCE_DIR "/tests/corpus/structure");
}

/* Frees the corpus and the schemas. */
static void free_all(void)
{
	for (int i = 0; i < n_samples; i++) {
		free(samples[i].name);
		free(samples[i].xml);
	}
	n_samples = 0;
	for (int s = 0; s < FX_ST_SCHEMAS; s++) {
		xmlSchemaFree(official[s]);
		xmlSchemaFree(generated[s]);
		official[s] = generated[s] = NULL;
	}
}

/* Every document gets the same verdict from the three checkers. */
START_TEST(same_verdicts)
{
	load_corpus();
	load_schemas();
	int pairs = 0, invalid = 0, refused = 0, disagreements = 0;
	for (int i = 0; i < n_samples; i++) {
		xmlDocPtr doc = parse(&samples[i]);
		if (!doc) {
			refused++;
			continue;
		}
		for (int s = 0; s < FX_ST_SCHEMAS; s++) {
			fx_report *r = fx_report_new(samples[i].name, false);
			bool ours = fx_structure_check(doc, s != FX_ST_D16B, (fx_profile)s, r);
			bool written = xsd_valid(generated[s], doc);
			char written_messages[sizeof messages];
			memcpy(written_messages, messages, sizeof messages);
			bool theirs = xsd_valid(official[s], doc);
			pairs++;
			invalid += !theirs;
			if (ours != theirs || written != theirs) {
				disagreements++;
				fprintf(
				    stderr,
				    "%s as %s: official %s, structure check %s, written XSD %s\n"
				    "  official:\n%s  written XSD:\n%s  ours:\n%s",
				    samples[i].name, fx_st_schema_name(s),
				    theirs ? "valid" : "invalid", ours ? "valid" : "invalid",
				    written ? "valid" : "invalid", messages, written_messages,
				    findings_text(r));
			}
			ck_assert_msg(ours || fx_report_fatal_count(r) > 0,
			              "%s: invalid without a finding", samples[i].name);
			fx_report_free(r);
		}
		xmlFreeDoc(doc);
	}
	printf("%d documents (%d refused by layer 2), %d document x schema verdicts, %d invalid, "
	       "%d disagreements\n",
	       n_samples, refused, pairs, invalid, disagreements);
	ck_assert_int_eq(disagreements, 0);
	ck_assert_int_ge(pairs, 6 * 250);
	ck_assert_int_ge(invalid, 500);
	ck_assert_int_ge(pairs - invalid, 200);
	free_all();
}
END_TEST

/* True when the comma-separated list contains item. */
static bool list_has(const char *list, const char *item)
{
	size_t n = strlen(item);
	for (const char *p = list; (p = strstr(p, item)) != NULL; p += n)
		if ((p == list || p[-1] == ',') && (p[n] == ',' || p[n] == '\0' || p[n] == '\n'))
			return true;
	return false;
}

/* The conformance files fail exactly the XSDs expected.tsv lists. */
START_TEST(conformance_xsd_failed)
{
	char *path = fx_test_path(fx_test_shared_dir(), "reference/conformance/expected.tsv");
	char *tsv = fx_test_read(path, NULL);
	free(path);
	static const char *const names[] = {"MINIMUM", "BASICWL", "BASIC", "EN16931", "EXTENDED"};
	int checked = 0;
	for (char *line = strchr(tsv, '\n'); line && line[1]; line = strchr(line + 1, '\n')) {
		char file[256], declared[32], verdict[32], failed_checks[512], xsd_failed[256];
		if (sscanf(line + 1, "%255[^\t]\t%31[^\t]\t%31[^\t]\t%511[^\t]\t%255[^\t]", file,
		           declared, verdict, failed_checks, xsd_failed) != 5)
			continue;
		char rel[512];
		snprintf(rel, sizeof rel, "reference/conformance/%s", file);
		char *fpath = fx_test_path(fx_test_shared_dir(), rel);
		sample smp = {.name = fpath};
		smp.xml = fx_test_read(fpath, &smp.len);
		xmlDocPtr doc = parse(&smp);
		if (strcmp(xsd_failed, "wellformed") == 0) {
			ck_assert_msg(doc == NULL,
			              "%s: layer 2 accepts a file that is not well-formed", file);
		} else {
			ck_assert_msg(doc != NULL, "%s: layer 2 refuses a well-formed file", file);
			for (int s = 0; s < FX_ST_SCHEMAS; s++) {
				bool declared_one =
				    s == FX_ST_D16B || strcmp(declared, names[s]) == 0;
				if (!declared_one)
					continue;
				fx_report *r = fx_report_new(file, false);
				bool ours =
				    fx_structure_check(doc, s != FX_ST_D16B, (fx_profile)s, r);
				bool expect_fail =
				    list_has(xsd_failed, s == FX_ST_D16B ? "CII-D16B" : names[s]);
				ck_assert_msg(ours == !expect_fail, "%s as %s: expected %s\n%s",
				              file, fx_st_schema_name(s),
				              expect_fail ? "invalid" : "valid", findings_text(r));
				fx_report_free(r);
				checked++;
			}
			xmlFreeDoc(doc);
		}
		free(smp.xml);
		free(fpath);
	}
	free(tsv);
	printf("%d conformance verdicts match expected.tsv\n", checked);
	ck_assert_int_ge(checked, 253);
}
END_TEST

/* Runs the comparisons (skipped without ../shared). */
int main(void)
{
	setlocale(LC_ALL, "");
	fx_test_require_shared("comparing the structure check with the official XSDs");
	Suite *suite = suite_create("structure_official");
	TCase *tc = tcase_create("verdicts");
	tcase_set_timeout(tc, 600);
	tcase_add_test(tc, same_verdicts);
	tcase_add_test(tc, conformance_xsd_failed);
	suite_add_tcase(suite, tc);
	return fx_test_run(suite);
}
