/*
 * Runs the validator on every file of tests/corpus/<family>/ and compares
 * verdict, fatal ids and warnings with <family>/expected.tsv (format in
 * tests/corpus/README.md). Optional argument: only that family.
 */
#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facturx/validate.h"

/** A sorted list of "layer:ID" strings. */
typedef struct ids {
	char *items[512];
	size_t count;
} ids;

/* Adds s unless present. */
static void ids_add(ids *l, const char *s)
{
	for (size_t i = 0; i < l->count; i++)
		if (strcmp(l->items[i], s) == 0)
			return;
	if (l->count < 512)
		l->items[l->count++] = strdup(s);
}

/* Parses a comma-separated list ("-" = empty). */
static void ids_parse(ids *l, const char *text)
{
	if (strcmp(text, "-") == 0)
		return;
	char *copy = strdup(text);
	for (char *tok = strtok(copy, ","); tok; tok = strtok(NULL, ","))
		ids_add(l, tok);
	free(copy);
}

/* Frees the strings. */
static void ids_free(ids *l)
{
	for (size_t i = 0; i < l->count; i++)
		free(l->items[i]);
	l->count = 0;
}

/* True when s is in l. */
static bool ids_has(const ids *l, const char *s)
{
	for (size_t i = 0; i < l->count; i++)
		if (strcmp(l->items[i], s) == 0)
			return true;
	return false;
}

/* Prints the elements of a not in b after label; returns how many. */
static size_t print_missing(const char *label, const ids *a, const ids *b)
{
	size_t n = 0;
	for (size_t i = 0; i < a->count; i++)
		if (!ids_has(b, a->items[i]))
			printf("%s%s", n++ ? "," : label, a->items[i]);
	return n;
}

/* Applies the options column to o; returns false when unknown. */
static bool apply_options(fx_validate_options *o, const char *text)
{
	if (strcmp(text, "-") == 0)
		return true;
	char *copy = strdup(text);
	bool ok = true;
	for (char *tok = strtok(copy, ","); tok && ok; tok = strtok(NULL, ",")) {
		char *eq = strchr(tok, '=');
		if (!eq) {
			ok = false;
			break;
		}
		*eq++ = 0;
		if (strcmp(tok, "fr") == 0)
			o->french = strcmp(eq, "on") == 0 ? FX_SWITCH_ON : FX_SWITCH_OFF;
		else if (strcmp(tok, "chorus") == 0)
			o->chorus = strcmp(eq, "on") == 0 ? FX_SWITCH_ON : FX_SWITCH_OFF;
		else if (strcmp(tok, "profile") == 0)
			ok =
			    fx_profile_parse(eq, &o->profile) == FX_OK && (o->force_profile = true);
		else if (strcmp(tok, "service") == 0)
			o->chorus_service_required = atoi(eq);
		else if (strcmp(tok, "engagement") == 0)
			o->chorus_engagement_required = atoi(eq);
		else
			ok = false;
	}
	free(copy);
	return ok;
}

/* Checks one line of an expected.tsv; returns 0 when it matches. */
static int check_line(const char *dir, const char *family, char **f)
{
	char path[4096];
	snprintf(path, sizeof(path), "%s/%s/%s", dir, family, f[0]);
	fx_validate_options o;
	fx_validate_options_init(&o, FX_VALIDATE_OPTIONS_VERSION);
	o.french = FX_SWITCH_OFF;
	o.chorus = FX_SWITCH_OFF;
	if (!apply_options(&o, f[4])) {
		printf("%s/%s: bad options column '%s'\n", family, f[0], f[4]);
		return 1;
	}
	fx_report *r = NULL;
	if (fx_validate_file(path, &o, &r) != FX_OK) {
		printf("%s/%s: cannot be validated: %s\n", family, f[0], fx_error_last()->message);
		return 1;
	}
	ids want = {0}, got = {0}, want_w = {0}, got_w = {0};
	ids_parse(&want, f[2]);
	ids_parse(&want_w, f[3]);
	for (size_t i = 0; i < fx_report_count(r); i++) {
		const fx_finding *x = fx_report_get(r, i);
		char id[256];
		snprintf(id, sizeof(id), "%s:%s", fx_layer_name(x->layer), x->rule_id);
		if (x->severity == FX_SEVERITY_FATAL)
			ids_add(&got, id);
		else if (x->severity == FX_SEVERITY_WARNING)
			ids_add(&got_w, id);
	}
	const char *verdict = fx_report_verdict(r) == FX_VERDICT_VALID ? "valid" : "invalid";
	int bad = strcmp(verdict, f[1]) != 0;
	size_t n = 0;
	printf("%s/%s:", family, f[0]);
	if (bad)
		printf(" verdict %s instead of %s", verdict, f[1]);
	n += print_missing(" missing ", &want, &got);
	n += print_missing(" extra ", &got, &want);
	if (strcmp(f[3], "*") != 0) {
		n += print_missing(" missing warnings ", &want_w, &got_w);
		n += print_missing(" extra warnings ", &got_w, &want_w);
	}
	printf("%s\n", (bad || n) ? "" : " ok");
	ids_free(&want);
	ids_free(&got);
	ids_free(&want_w);
	ids_free(&got_w);
	fx_report_free(r);
	return (bad || n) ? 1 : 0;
}

/* Checks every line of one family; returns the number of mismatches. */
static int check_family(const char *dir, const char *family, size_t *files)
{
	char path[4096];
	snprintf(path, sizeof(path), "%s/%s/expected.tsv", dir, family);
	FILE *fp = fopen(path, "r");
	if (!fp)
		return 0;
	char *line = NULL;
	size_t cap = 0;
	int bad = 0;
	bool header = true;
	while (getline(&line, &cap, fp) > 0) {
		line[strcspn(line, "\r\n")] = 0;
		if (header || !*line) {
			header = false;
			continue;
		}
		char *f[6] = {0};
		size_t n = 0;
		for (char *p = line; p && n < 6; n++) {
			f[n] = p;
			p = strchr(p, '\t');
			if (p)
				*p++ = 0;
		}
		if (n < 5) {
			printf("%s: malformed line for %s\n", path, f[0]);
			bad++;
			continue;
		}
		(*files)++;
		bad += check_line(dir, family, f);
	}
	free(line);
	fclose(fp);
	return bad;
}

/* Runs every family (or the one named by argv[1]). */
int main(int argc, char **argv)
{
	const char *dir = FX_SOURCE_DIR "/tests/corpus";
	DIR *d = opendir(dir);
	if (!d) {
		fprintf(stderr, "%s: cannot open\n", dir);
		return 1;
	}
	int bad = 0;
	size_t files = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.' || (argc > 1 && strcmp(e->d_name, argv[1]) != 0))
			continue;
		bad += check_family(dir, e->d_name, &files);
	}
	closedir(d);
	printf("%zu corpus files, %d mismatching\n", files, bad);
	return bad ? 1 : 0;
}
