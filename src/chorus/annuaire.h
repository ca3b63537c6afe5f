/*
 * Internal: the directory database (structures, services, import date) and
 * how the CSV columns map onto it.
 */
#ifndef FX_CHORUS_ANNUAIRE_H
#define FX_CHORUS_ANNUAIRE_H

#include <stdbool.h>

#include <sqlite3.h>

/* Opens the directory database at path (created with its schema when
 * create is true). Returns FX_OK, FX_EMISSING (absent and !create), FX_EIO. */
int fx_annuaire_open(const char *path, bool create, sqlite3 **out);

/* Records the SQLite error of db about path (what was being done); returns
 * FX_EIO. */
int fx_annuaire_error(sqlite3 *db, const char *path, const char *what);

/* Parses a yes/no value of the export (true/false, 1/0, oui/non, O/N,
 * yes/no, vrai/faux, any case). Returns 1, 0, or -1 when it is none. An
 * empty value gives empty_value. */
int fx_annuaire_flag(const char *text, int empty_value);

#endif
