/*
 * Importing the directory's CSV export: structures and services files,
 * recognised by their header, all in one transaction.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "chorus/annuaire.h"
#include "facturx/csv.h"
#include "chorus/util.h"
#include "core/buf.h"
#include "core/error.h"
#include "core/file.h"
#include "facturx/chorus.h"

#define MAX_ALIASES 4

/** A column the import reads: its names in the header (normalised). */
typedef struct column {
	const char *label; /* as documented, for messages */
	const char *names[MAX_ALIASES];
} column;

enum { S_ID, S_TYPE, S_NAME, S_ACTIVE, S_SERVICE, S_ENGAGEMENT, S_EITHER, S_PAYMENT, S_COUNT };
static const column structure_columns[S_COUNT] = {
    [S_ID] = {"Identifiant", {"identifiant", "siret", "identifiantstructure"}},
    [S_TYPE] = {"TypeIdentifiant", {"typeidentifiant", "typeidentifiantstructure"}},
    [S_NAME] = {"RaisonSociale", {"raisonsociale", "designation", "designationstructure"}},
    [S_ACTIVE] = {"StructureActive", {"structureactive", "active", "estactive"}},
    [S_SERVICE] = {"GestionService", {"gestionservice", "codeservicedoitetrerenseigne"}},
    [S_ENGAGEMENT] = {"GestionEngagement", {"gestionengagement", "numeroejdoitetrerenseigne"}},
    [S_EITHER] = {"GestionServiceEngagement",
                  {"gestionserviceengagement", "gestionnumeroejoucodeservice"}},
    [S_PAYMENT] = {"GestionStatutMiseEnPaiement", {"gestionstatutmiseenpaiement"}},
};

enum { V_ID, V_CODE, V_NAME, V_ACTIVE, V_ENGAGEMENT, V_COUNT };
static const column service_columns[V_COUNT] = {
    [V_ID] = {"IdentifiantStructure", {"identifiantstructure", "identifiant", "siret"}},
    [V_CODE] = {"CodeService", {"codeservice"}},
    [V_NAME] = {"LibelleService", {"libelleservice", "libelle", "nomservice"}},
    [V_ACTIVE] = {"ServiceActif", {"serviceactif", "estactif", "actif"}},
    [V_ENGAGEMENT] = {"GestionEngagement",
                      {"gestionengagement", "engagementobligatoire", "numeroengagement"}},
};

/** One file being imported. */
typedef struct source {
	const char *path;
	fx_csv_reader *csv;
	char **cells; /* the fields of the current record, NUL-terminated copies */
	size_t n;     /* how many */
	size_t cap;   /* room in cells */
	long line;    /* the line where the current record starts */
	int index[S_COUNT]; /* field of each column, -1 (S_COUNT >= V_COUNT) */
} source;

/* Normalises a header name: ASCII letters and digits, lowercase, accented
 * e and a folded. */
static void normalise(const char *in, char *out, size_t size)
{
	size_t n = 0;
	for (const unsigned char *p = (const unsigned char *)in; *p && n + 1 < size; p++) {
		unsigned char c = *p;
		if (c == 0xC3 && p[1] >= 0xA0 && p[1] <= 0xAB) {
			out[n++] = p[1] <= 0xA5 ? 'a' : p[1] == 0xA7 ? 'c' : 'e';
			p++;
		} else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			out[n++] = (char)c;
		else if (c >= 'A' && c <= 'Z')
			out[n++] = (char)(c - 'A' + 'a');
	}
	out[n] = '\0';
}

/* Maps the header of s onto the n columns cols; returns how many were found. */
static int map_columns(source *s, const column *cols, int n)
{
	int found = 0;
	for (int k = 0; k < n; k++) {
		s->index[k] = -1;
		for (size_t f = 0; f < s->n && s->index[k] < 0; f++) {
			char name[64];
			normalise(s->cells[f], name, sizeof name);
			for (int a = 0; a < MAX_ALIASES && cols[k].names[a]; a++)
				if (strcmp(name, cols[k].names[a]) == 0)
					s->index[k] = (int)f;
		}
		found += s->index[k] >= 0;
	}
	return found;
}

/* Returns field k of the current record of s, trimmed of blanks ("" when
 * absent). */
static const char *field(source *s, int k)
{
	if (s->index[k] < 0 || (size_t)s->index[k] >= s->n)
		return "";
	char *t = s->cells[s->index[k]];
	while (*t == ' ' || *t == '\t')
		t++;
	size_t n = strlen(t);
	while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '\t'))
		t[--n] = '\0';
	return t;
}

/* Reads yes/no column k (label for messages) of the current record. */
static int flag(source *s, int k, const column *cols, int empty_value, int *out)
{
	const char *text = field(s, k);
	int v = fx_annuaire_flag(text, empty_value);
	if (v < 0)
		return fx_error_set(FX_EINVAL,
		                    "%s:%ld: column %s: expected a yes/no value (true, "
		                    "false, oui, non, 1, 0), got '%s'",
		                    s->path, s->line, cols[k].label, text);
	*out = v;
	return FX_OK;
}

/* Inserts the current record of s as a structure. */
static int insert_structure(source *s, sqlite3_stmt *st)
{
	const char *id = field(s, S_ID);
	if (!id[0])
		return fx_error_set(FX_EINVAL, "%s:%ld: column Identifiant is empty", s->path,
		                    s->line);
	int active = 1, service = 0, engagement = 0, either = 0, payment = 1;
	int rc = flag(s, S_ACTIVE, structure_columns, 1, &active);
	if (rc == FX_OK)
		rc = flag(s, S_SERVICE, structure_columns, 0, &service);
	if (rc == FX_OK)
		rc = flag(s, S_ENGAGEMENT, structure_columns, 0, &engagement);
	if (rc == FX_OK)
		rc = flag(s, S_EITHER, structure_columns, 0, &either);
	if (rc == FX_OK)
		rc = flag(s, S_PAYMENT, structure_columns, 1, &payment);
	if (rc != FX_OK)
		return rc;
	sqlite3_reset(st);
	sqlite3_bind_text(st, 1, id, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, field(s, S_TYPE), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, field(s, S_NAME), -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 4, active);
	sqlite3_bind_int(st, 5, service);
	sqlite3_bind_int(st, 6, engagement);
	sqlite3_bind_int(st, 7, either);
	sqlite3_bind_int(st, 8, !payment);
	return sqlite3_step(st) == SQLITE_DONE ? FX_OK : FX_EIO;
}

/* Inserts the current record of s as a service. */
static int insert_service(source *s, sqlite3_stmt *st)
{
	const char *id = field(s, V_ID);
	const char *code = field(s, V_CODE);
	if (!id[0] || !code[0])
		return fx_error_set(FX_EINVAL, "%s:%ld: column %s is empty", s->path, s->line,
		                    id[0] ? "CodeService" : "IdentifiantStructure");
	int active = 1, engagement = -2;
	int rc = flag(s, V_ACTIVE, service_columns, 1, &active);
	if (rc == FX_OK)
		rc = flag(s, V_ENGAGEMENT, service_columns, -2, &engagement);
	if (rc != FX_OK)
		return rc;
	sqlite3_reset(st);
	sqlite3_bind_text(st, 1, id, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, code, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, field(s, V_NAME), -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 4, active);
	if (s->index[V_ENGAGEMENT] < 0 || engagement == -2)
		sqlite3_bind_null(st, 5);
	else
		sqlite3_bind_int(st, 5, engagement);
	return sqlite3_step(st) == SQLITE_DONE ? FX_OK : FX_EIO;
}

/* Frees the field copies of s. */
static void free_cells(source *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->cells[i]);
	s->n = 0;
}

/* Reads the next record of s into its cells. Returns 1 when a record was
 * read, 0 at the end, or an error code (a malformed record names the file
 * and line). */
static int next_record(source *s)
{
	fx_csv_record rec;
	int rc = fx_csv_next(s->csv, &rec);
	if (rc == FX_CSV_END)
		return 0;
	if (rc != FX_OK)
		return rc;
	if (rec.problem)
		return fx_error_set(FX_EINVAL, "%s:%lu: %s", s->path, rec.problem_line, rec.problem);
	free_cells(s);
	if (rec.n_fields > s->cap) {
		char **grown = realloc(s->cells, rec.n_fields * sizeof(*grown));
		if (!grown)
			return fx_error_oom();
		s->cells = grown;
		s->cap = rec.n_fields;
	}
	for (size_t i = 0; i < rec.n_fields; i++) {
		s->cells[i] = malloc(rec.fields[i].len + 1);
		if (!s->cells[i])
			return fx_error_oom();
		memcpy(s->cells[i], rec.fields[i].text, rec.fields[i].len);
		s->cells[i][rec.fields[i].len] = '\0';
		s->n = i + 1;
	}
	s->line = (long)rec.pos.line;
	return 1;
}

/* Reads the next non-blank record of s (see next_record). */
static int next_filled_record(source *s)
{
	int more;
	while ((more = next_record(s)) == 1) {
		for (size_t i = 0; i < s->n; i++)
			if (s->cells[i][0])
				return 1;
	}
	return more;
}

/* Imports the rows of s (header already read) with statement st. */
static int import_rows(sqlite3 *db, source *s, bool services, size_t *count)
{
	const char *sql = services ? "INSERT OR REPLACE INTO services VALUES(?,?,?,?,?)"
	                           : "INSERT OR REPLACE INTO structures VALUES(?,?,?,?,?,?,?,?)";
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return fx_annuaire_error(db, s->path, "prepare the import");
	int rc = FX_OK, more;
	while (rc == FX_OK && (more = next_filled_record(s)) == 1) {
		rc = services ? insert_service(s, st) : insert_structure(s, st);
		if (rc == FX_EIO)
			rc = fx_annuaire_error(db, s->path, "insert a row");
		if (rc == FX_OK)
			(*count)++;
	}
	if (rc == FX_OK && more < 0)
		rc = more;
	sqlite3_finalize(st);
	return rc;
}

/* Recognises the file of s by its header (the current record) and maps its
 * columns; *services tells which kind it is. */
static int recognise(source *s, bool *services)
{
	map_columns(s, service_columns, V_COUNT);
	*services = s->index[V_CODE] >= 0 && s->index[V_ID] >= 0;
	if (*services)
		return FX_OK;
	map_columns(s, structure_columns, S_COUNT);
	if (s->index[S_ID] >= 0)
		return FX_OK;
	return fx_error_set(FX_EINVAL,
	                    "%s:%ld: the header names neither a structures file (Identifiant, "
	                    "RaisonSociale, GestionService, GestionEngagement, ...) nor a services "
	                    "file (IdentifiantStructure, CodeService, ...)",
	                    s->path, s->line);
}

/* Imports one file: recognises it, clears its table the first time
 * (*cleared tracks it) and inserts its rows. */
static int import_file(sqlite3 *db, const char *path, bool cleared[2], fx_chorus_import_stats *st)
{
	source s = {.path = path};
	int rc = fx_csv_open_file(path, NULL, &s.csv);
	if (rc != FX_OK)
		return rc;
	const char *encoding = fx_csv_encoding(s.csv);
	if (encoding && strcmp(encoding, "UTF-8") != 0)
		st->latin1_files++;
	int more = next_filled_record(&s);
	bool services = false;
	if (more == 0)
		rc = fx_error_set(FX_EINVAL, "%s: the file is empty", path);
	else if (more < 0)
		rc = more;
	else
		rc = recognise(&s, &services);
	if (rc == FX_OK && !cleared[services]) {
		cleared[services] = true;
		if (sqlite3_exec(db, services ? "DELETE FROM services" : "DELETE FROM structures",
		                 NULL, NULL, NULL) != SQLITE_OK)
			rc = fx_annuaire_error(db, path, "clear the previous directory");
	}
	if (rc == FX_OK)
		rc = import_rows(db, &s, services, services ? &st->services : &st->structures);
	free_cells(&s);
	free(s.cells);
	fx_csv_close(s.csv);
	return rc;
}

/* Records when and from what the directory was imported. */
static int write_meta(sqlite3 *db, const char *db_path, const char *const *files, size_t n)
{
	char now[21];
	fx_ch_iso_time(time(NULL), now);
	fx_buf names = {0};
	for (size_t i = 0; i < n; i++)
		fx_buf_printf(&names, "%s%s", i ? ", " : "", files[i]);
	sqlite3_stmt *st = NULL;
	int rc = FX_OK;
	if (names.failed)
		rc = fx_error_oom();
	else if (sqlite3_prepare_v2(db,
	                            "INSERT OR REPLACE INTO meta VALUES('imported', ?1), "
	                            "('files', ?2)",
	                            -1, &st, NULL) != SQLITE_OK)
		rc = fx_annuaire_error(db, db_path, "record the import");
	if (rc == FX_OK) {
		sqlite3_bind_text(st, 1, now, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 2, names.data ? names.data : "", -1, SQLITE_TRANSIENT);
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = fx_annuaire_error(db, db_path, "record the import");
	}
	sqlite3_finalize(st);
	fx_buf_free(&names);
	return rc;
}

/* Imports the directory files. */
int fx_chorus_annuaire_import(const char *db_path, const char *const *files, size_t n_files,
                              fx_chorus_import_stats *stats)
{
	if (!db_path || (!files && n_files))
		return fx_error_set(FX_EUSAGE, "fx_chorus_annuaire_import: NULL argument");
	sqlite3 *db = NULL;
	int rc = fx_annuaire_open(db_path, true, &db);
	if (rc != FX_OK)
		return rc;
	fx_chorus_import_stats st = {0, 0, 0};
	bool cleared[2] = {false, false};
	if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
		rc = fx_annuaire_error(db, db_path, "start the import");
	for (size_t i = 0; rc == FX_OK && i < n_files; i++)
		rc = import_file(db, files[i], cleared, &st);
	if (rc == FX_OK)
		rc = write_meta(db, db_path, files, n_files);
	if (rc == FX_OK && sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		rc = fx_annuaire_error(db, db_path, "commit the import");
	if (rc != FX_OK)
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(db);
	if (rc == FX_OK && stats)
		*stats = st;
	return rc;
}
