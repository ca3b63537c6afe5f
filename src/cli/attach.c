/*
 * The --attach FILE[,RELATIONSHIP[,DESCRIPTION]] values: extra files to
 * embed, read whole, named after the file, typed by their extension.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"

/** A file name extension and its MIME type. */
typedef struct mime_entry {
	const char *ext;
	const char *type;
} mime_entry;

static const mime_entry mime_types[] = {
    {"pdf", "application/pdf"},
    {"xml", "text/xml"},
    {"csv", "text/csv"},
    {"txt", "text/plain"},
    {"md", "text/markdown"},
    {"json", "application/json"},
    {"png", "image/png"},
    {"jpg", "image/jpeg"},
    {"jpeg", "image/jpeg"},
    {"gif", "image/gif"},
    {"tif", "image/tiff"},
    {"tiff", "image/tiff"},
    {"zip", "application/zip"},
    {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
    {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    {"ods", "application/vnd.oasis.opendocument.spreadsheet"},
    {"odt", "application/vnd.oasis.opendocument.text"},
};

/* Returns the MIME type of file name by its extension (octet-stream when unknown). */
static const char *mime_of(const char *name)
{
	const char *dot = strrchr(name, '.');
	for (size_t i = 0; dot && i < sizeof mime_types / sizeof mime_types[0]; i++)
		if (strcasecmp(dot + 1, mime_types[i].ext) == 0)
			return mime_types[i].type;
	return "application/octet-stream";
}

/* Returns the last component of path. */
static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? slash + 1 : path;
}

/* Splits value (a copy owned by a) into file, relationship and description,
 * reads the file and fills entry i of a. cmd: the command for messages. */
static int load_one(const char *cmd, fx_cli_attachments *a, size_t i)
{
	char *file = a->spec[i];
	char *rel = strchr(file, ',');
	char *desc = NULL;
	if (rel) {
		*rel++ = '\0';
		desc = strchr(rel, ',');
		if (desc)
			*desc++ = '\0';
	}
	if (!*file || strcmp(file, "-") == 0 || !*base_name(file))
		return fx_cli_usage_error(cmd, "--attach needs a file name before the first comma");
	fx_pdf_extra_file *f = &a->files[i];
	f->relationship = FX_PDF_REL_SUPPLEMENT;
	if (rel && *rel) {
		int rc = fx_cli_parse_relationship(cmd, rel, &f->relationship);
		if (rc != FX_CLI_EXIT_OK)
			return rc;
	}
	size_t len;
	int rc = fx_cli_read_input(file, &a->data[i], &len);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	f->name = base_name(file);
	f->mime_type = mime_of(f->name);
	f->description = desc && *desc ? desc : NULL;
	f->data = a->data[i];
	f->len = len;
	return FX_CLI_EXIT_OK;
}

/* Reads the n --attach values into out. */
int fx_cli_load_attachments(const char *cmd, const char *const *values, size_t n,
                            fx_cli_attachments *out)
{
	memset(out, 0, sizeof *out);
	for (size_t i = 0; i < n && i < FX_CLI_MAX_REPEATED; i++) {
		out->spec[i] = strdup(values[i]);
		out->n = i + 1;
		if (!out->spec[i]) {
			fx_cli_free_attachments(out);
			return fx_cli_usage_error(cmd, "out of memory");
		}
		int rc = load_one(cmd, out, i);
		if (rc != FX_CLI_EXIT_OK) {
			fx_cli_free_attachments(out);
			return rc;
		}
	}
	return FX_CLI_EXIT_OK;
}

/* Frees what fx_cli_load_attachments read. */
void fx_cli_free_attachments(fx_cli_attachments *a)
{
	for (size_t i = 0; i < a->n; i++) {
		free(a->spec[i]);
		free(a->data[i]);
	}
	memset(a, 0, sizeof *a);
}
