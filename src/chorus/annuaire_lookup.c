/*
 * Looking a structure up in the imported directory (offline).
 */
#include <stdlib.h>
#include <string.h>

#include "chorus/annuaire.h"
#include "chorus/util.h"
#include "core/error.h"
#include "facturx/chorus.h"

/* Copies column i of st into *field; false when out of memory. */
static bool take(sqlite3_stmt *st, int i, char **field)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	*field = t && t[0] ? fx_ch_strdup((const char *)t) : NULL;
	return !t || !t[0] || *field;
}

/* Reads the structure row of siret into s; FX_EMISSING when absent. */
static int read_structure(sqlite3 *db, const char *path, const char *siret, fx_chorus_structure *s)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db,
	                       "SELECT type, name, active, service_required, engagement_required, "
	                       "service_or_engagement, payment_status_hidden, "
	                       "(SELECT value FROM meta WHERE key = 'imported') "
	                       "FROM structures WHERE identifier = ?",
	                       -1, &st, NULL) != SQLITE_OK)
		return fx_annuaire_error(db, path, "read");
	sqlite3_bind_text(st, 1, siret, -1, SQLITE_TRANSIENT);
	int rc = FX_OK;
	if (sqlite3_step(st) != SQLITE_ROW) {
		rc = fx_error_set(FX_EMISSING,
		                  "SIRET %s is not in the imported Chorus Pro directory", siret);
	} else {
		bool ok = take(st, 0, &s->identifier_type) && take(st, 1, &s->name) &&
		          take(st, 7, &s->directory_date);
		s->active = sqlite3_column_int(st, 2) != 0;
		s->service_required = sqlite3_column_int(st, 3) != 0;
		s->engagement_required = sqlite3_column_int(st, 4) != 0;
		s->service_or_engagement = sqlite3_column_int(st, 5) != 0;
		s->payment_status_hidden = sqlite3_column_int(st, 6) != 0;
		if (!ok || !(s->identifier = fx_ch_strdup(siret)))
			rc = fx_error_oom();
	}
	sqlite3_finalize(st);
	return rc;
}

/* Reads the services of siret into s. */
static int read_services(sqlite3 *db, const char *path, const char *siret, fx_chorus_structure *s)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db,
	                       "SELECT code, name, active, engagement_required FROM services "
	                       "WHERE identifier = ? ORDER BY code",
	                       -1, &st, NULL) != SQLITE_OK)
		return fx_annuaire_error(db, path, "read the services");
	sqlite3_bind_text(st, 1, siret, -1, SQLITE_TRANSIENT);
	int rc = FX_OK;
	while (rc == FX_OK && sqlite3_step(st) == SQLITE_ROW) {
		fx_chorus_service *grown =
		    realloc(s->services, (s->n_services + 1) * sizeof *grown);
		if (!grown) {
			rc = fx_error_oom();
			break;
		}
		s->services = grown;
		fx_chorus_service *sv = &grown[s->n_services++];
		memset(sv, 0, sizeof *sv);
		if (!take(st, 0, &sv->code) || !take(st, 1, &sv->name))
			rc = fx_error_oom();
		sv->active = sqlite3_column_int(st, 2) != 0;
		sv->engagement_required =
		    sqlite3_column_type(st, 3) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 3) != 0;
	}
	sqlite3_finalize(st);
	return rc;
}

/* Looks a SIRET up in the directory. */
int fx_chorus_annuaire_lookup(const char *db_path, const char *siret, fx_chorus_structure **out)
{
	if (!db_path || !siret || !out)
		return fx_error_set(FX_EUSAGE, "fx_chorus_annuaire_lookup: NULL argument");
	sqlite3 *db = NULL;
	int rc = fx_annuaire_open(db_path, false, &db);
	if (rc != FX_OK)
		return rc;
	fx_chorus_structure *s = calloc(1, sizeof *s);
	if (!s)
		rc = fx_error_oom();
	else
		s->source = FX_CHORUS_SOURCE_DIRECTORY;
	if (rc == FX_OK)
		rc = read_structure(db, db_path, siret, s);
	if (rc == FX_OK)
		rc = read_services(db, db_path, siret, s);
	sqlite3_close(db);
	if (rc != FX_OK) {
		fx_chorus_structure_free(s);
		return rc;
	}
	*out = s;
	return FX_OK;
}
