/*
 * Every invoice description under examples/ (recursively; examples/cen/
 * computed with rules_only, as made by other software) becomes a Factur-X
 * PDF with fx_generate_memory, and that PDF validates clean: every layer,
 * French and Chorus Pro rules in their automatic mode. Each finding that
 * counts is printed. Also checks that generation refuses an invoice whose
 * XML fails validation, unless skip_validation.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "facturx.h"
#include "../support/example_dirs.h"

#define MAX_EXAMPLES 256

static char *examples[MAX_EXAMPLES];
static int n_examples;
static const fx_pdf_date fixed_date = {2026, 12, 2, 9, 30, 0, 0};

/* Compares two strings for qsort. */
static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Collects every *.json under dir (recursively). */
static void collect(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	while (d && (e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		char path[4096];
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		struct stat st;
		if (stat(path, &st) != 0)
			continue;
		size_t l = strlen(e->d_name);
		if (S_ISDIR(st.st_mode)) {
			if (fx_test_invoice_example_dir(e->d_name))
				collect(path);
		} else if (l > 5 && strcmp(e->d_name + l - 5, ".json") == 0 &&
		           n_examples < MAX_EXAMPLES)
			examples[n_examples++] = strdup(path);
	}
	if (d)
		closedir(d);
}

/* Reads and computes the description at path; NULL (printed) on failure. */
static fx_invoice *load(const char *path)
{
	fx_invoice *inv = NULL;
	fx_compute_options c = FX_COMPUTE_OPTIONS_INIT;
	c.rules_only = strstr(path, "/examples/cen/") != NULL;
	if (fx_json_read_file(path, &inv) != FX_OK || fx_invoice_compute(inv, &c) != FX_OK) {
		printf("%s: cannot be computed: %s\n", path, fx_error_last()->message);
		fx_invoice_free(inv);
		return NULL;
	}
	return inv;
}

/* Prints the findings of r that count; returns their number. */
static size_t print_findings(const char *path, const fx_report *r)
{
	size_t n = 0;
	for (size_t i = 0; i < fx_report_count(r); i++) {
		const fx_finding *f = fx_report_get(r, i);
		if (f->severity != FX_SEVERITY_FATAL || !f->counts)
			continue;
		printf("%s: %s %s line %ld: %s\n", path, fx_layer_name(f->layer), f->rule_id,
		       f->line, f->message);
		n++;
	}
	return n;
}

/* Generates and validates one example; returns 0 when clean. */
static int check_example(const char *path)
{
	fx_invoice *inv = load(path);
	if (!inv)
		return 1;
	fx_generate_options g = FX_GENERATE_OPTIONS_INIT;
	g.date = &fixed_date;
	unsigned char *pdf = NULL;
	size_t len = 0;
	int rc = fx_generate_memory(inv, &g, &pdf, &len);
	fx_invoice_free(inv);
	if (rc != FX_OK) {
		printf("%s: generation refused: %s\n", path, fx_error_last()->message);
		return 1;
	}
	fx_report *r = NULL;
	rc = fx_validate_memory(pdf, len, path, NULL, &r);
	free(pdf);
	if (rc != FX_OK) {
		printf("%s: cannot be validated: %s\n", path, fx_error_last()->message);
		return 1;
	}
	size_t bad = print_findings(path, r);
	bool valid = fx_report_verdict(r) == FX_VERDICT_VALID;
	fx_report_free(r);
	printf("%s: %s\n", path, valid ? "valid" : "INVALID");
	return valid && bad == 0 ? 0 : 1;
}

/* A credit transfer without account (CII-SR-470 / BR-61 family): generation
 * must refuse it, and write it with skip_validation. Returns 0 when so. */
static int check_refusal(void)
{
	static const char json[] =
	    "{\"number\": \"T-1\", \"issue_date\": \"2026-11-30\", \"type_code\": \"380\", "
	    "\"currency\": \"EUR\","
	    " \"profile\": \"basic\","
	    " \"seller\": {\"name\": \"S\", \"vat_id\": \"FR96261973069\","
	    "  \"address\": {\"city\": \"Lyon\", \"postcode\": \"69001\", \"country\": \"FR\"}},"
	    " \"buyer\": {\"name\": \"B\","
	    "  \"address\": {\"city\": \"Paris\", \"postcode\": \"75001\", \"country\": \"FR\"}},"
	    " \"payment\": {\"means_code\": \"30\"},"
	    " \"lines\": [{\"id\": \"1\", \"quantity\": 1, \"unit_code\": \"C62\","
	    "  \"item_name\": \"X\", \"net_price\": 10, \"vat_category\": \"S\", \"vat_rate\": "
	    "20}]}";
	fx_invoice *inv = NULL;
	fx_compute_options c = FX_COMPUTE_OPTIONS_INIT;
	if (fx_json_read_memory(json, strlen(json), "t.json", &inv) != FX_OK ||
	    fx_invoice_compute(inv, &c) != FX_OK) {
		printf("refusal case: cannot be computed: %s\n", fx_error_last()->message);
		fx_invoice_free(inv);
		return 1;
	}
	fx_generate_options g = FX_GENERATE_OPTIONS_INIT;
	g.date = &fixed_date;
	unsigned char *pdf = NULL;
	size_t len = 0;
	int rc = fx_generate_memory(inv, &g, &pdf, &len);
	int bad = 0;
	if (rc != FX_EINVAL || !strstr(fx_error_last()->message, "does not pass validation")) {
		printf("refusal case: expected FX_EINVAL, got %d (%s)\n", rc,
		       fx_error_last()->message);
		bad = 1;
	}
	free(pdf);
	pdf = NULL;
	g.skip_validation = 1;
	rc = fx_generate_memory(inv, &g, &pdf, &len);
	if (rc != FX_OK) {
		printf("refusal case: skip_validation did not write: %s\n",
		       fx_error_last()->message);
		bad = 1;
	}
	free(pdf);
	fx_invoice_free(inv);
	printf("refusal case: %s\n", bad ? "FAILED" : "ok");
	return bad;
}

/* Runs every example. */
int main(void)
{
	collect(FX_SOURCE_DIR "/examples");
	qsort(examples, (size_t)n_examples, sizeof(char *), by_name);
	int bad = check_refusal();
	for (int i = 0; i < n_examples; i++) {
		bad += check_example(examples[i]);
		free(examples[i]);
	}
	printf("%d examples, %d failing\n", n_examples, bad);
	return bad || n_examples == 0 ? 1 : 0;
}
