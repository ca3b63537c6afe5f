/*
 * Unit tests of the journal of deposits (src/chorus/journal.h): the claim
 * made before sending (duplicates, unknown outcomes), crash safety of the
 * transactions, statuses over time, the schema version.
 */
#include "chorus_temp.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sqlite3.h>

#include "chorus/journal.h"
#include "facturx/chorus.h"
#include "test_support.h"

#define PLATFORM "https://sandbox-api.piste.gouv.fr"

/* Returns a malloc'ed path of a journal in a new private folder. */
static char *temp_journal(void)
{
	char *dir = chorus_temp_dir("journal");
	char *path = fx_test_path(dir, "sub/dir/chorus.db");
	free(dir);
	return path;
}

/* Opens the journal at path or fails. */
static fx_chorus_journal *open_journal(const char *path)
{
	fx_chorus_journal *j = NULL;
	ck_assert_msg(fx_chorus_journal_open(path, &j) == FX_OK, "%s", fx_error_last()->message);
	return j;
}

/* Describes a deposit of hash / number by seller. */
static fx_journal_new deposit(const char *hash, const char *number, const char *seller)
{
	fx_journal_new n = {0};
	n.file_hash = hash;
	n.file_name = "factur-x_F-1.pdf";
	n.invoice_number = number;
	n.buyer = "21690123100011";
	n.seller = seller;
	n.platform = PLATFORM;
	n.syntax = "IN_DP_E2_CII_FACTURX";
	return n;
}

/* Claims n and returns the kind (the claim is cleared). *id receives its row. */
static fx_journal_claim_kind claim(fx_chorus_journal *j, fx_journal_new n, int64_t *id)
{
	fx_journal_claim c;
	ck_assert_msg(fx_journal_claim_deposit(j, &n, &c) == FX_OK, "%s", fx_error_last()->message);
	fx_journal_claim_kind kind = c.kind;
	if (id)
		*id = c.id;
	fx_journal_claim_clear(&c);
	return kind;
}

/* Returns the number of rows of sql (one integer column) in the database. */
static int count(const char *path, const char *sql)
{
	sqlite3 *db;
	ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
	sqlite3_stmt *st;
	ck_assert_int_eq(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
	int n = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return n;
}

START_TEST(created_private_with_schema)
{
	char *path = temp_journal();
	fx_chorus_journal *j = open_journal(path);
	struct stat st;
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0600);
	fx_chorus_journal_close(j);
	ck_assert_int_eq(count(path, "SELECT version FROM schema_version"),
	                 FX_JOURNAL_SCHEMA_VERSION);
	j = open_journal(path);
	fx_chorus_journal_close(j);
	ck_assert_int_eq(count(path, "SELECT count(*) FROM schema_version"), 1);
	free(path);
}
END_TEST

START_TEST(newer_schema_is_refused)
{
	char *path = temp_journal();
	fx_chorus_journal_close(open_journal(path));
	sqlite3 *db;
	ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
	ck_assert_int_eq(
	    sqlite3_exec(db, "UPDATE schema_version SET version = 99", NULL, NULL, NULL),
	    SQLITE_OK);
	sqlite3_close(db);
	fx_chorus_journal *j = NULL;
	ck_assert_int_eq(fx_chorus_journal_open(path, &j), FX_EIO);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "schema version 99"));
	free(path);
}
END_TEST

START_TEST(duplicates_are_found)
{
	char *path = temp_journal();
	fx_chorus_journal *j = open_journal(path);
	int64_t id;
	ck_assert_int_eq(claim(j, deposit("aaaa", "F-1", "S1"), &id), FX_CLAIM_NEW);
	ck_assert_int_eq(fx_journal_mark_sending(j, id), FX_OK);
	ck_assert_int_eq(fx_journal_mark_deposited(j, id, "CPP1", "2026-11-24", "deposited"),
	                 FX_OK);
	fx_journal_claim c;
	fx_journal_new same = deposit("aaaa", "F-1", "S1");
	ck_assert_int_eq(fx_journal_claim_deposit(j, &same, &c), FX_OK);
	ck_assert_int_eq(c.kind, FX_CLAIM_DUPLICATE);
	ck_assert_int_eq(c.id, id);
	ck_assert_str_eq(c.flow_number, "CPP1");
	fx_journal_claim_clear(&c);
	ck_assert_int_eq(claim(j, deposit("bbbb", "F-1", "S1"), NULL), FX_CLAIM_DUPLICATE);
	ck_assert_int_eq(claim(j, deposit("aaaa", NULL, NULL), NULL), FX_CLAIM_DUPLICATE);
	ck_assert_int_eq(claim(j, deposit("cccc", "F-1", "S2"), NULL), FX_CLAIM_NEW);
	fx_journal_new other = deposit("aaaa", "F-1", "S1");
	other.platform = "https://api.piste.gouv.fr";
	ck_assert_int_eq(claim(j, other, NULL), FX_CLAIM_NEW);
	fx_journal_new again = deposit("aaaa", "F-1", "S1");
	again.again = true;
	ck_assert_int_eq(claim(j, again, NULL), FX_CLAIM_NEW);
	fx_chorus_journal_close(j);
	free(path);
}
END_TEST

START_TEST(unknown_outcome_is_pending)
{
	char *path = temp_journal();
	fx_chorus_journal *j = open_journal(path);
	int64_t id, id2;
	ck_assert_int_eq(claim(j, deposit("aaaa", "F-1", "S1"), &id), FX_CLAIM_NEW);
	ck_assert_int_eq(fx_journal_mark_sending(j, id), FX_OK);
	ck_assert_int_eq(fx_journal_mark_unknown(j, id, "Empty reply from server"), FX_OK);
	fx_journal_claim c;
	fx_journal_new n = deposit("dddd", "F-1", "S1");
	n.again = true;
	ck_assert_int_eq(fx_journal_claim_deposit(j, &n, &c), FX_OK);
	ck_assert_int_eq(c.kind, FX_CLAIM_PENDING);
	ck_assert_int_eq(c.id, id);
	ck_assert_ptr_nonnull(c.sent_at);
	ck_assert_str_eq(c.invoice_number, "F-1");
	fx_journal_claim_clear(&c);
	ck_assert_int_eq(fx_journal_mark_failed(j, id, "HTTP 400"), FX_OK);
	ck_assert_int_eq(claim(j, deposit("aaaa", "F-1", "S1"), &id2), FX_CLAIM_NEW);
	ck_assert_int_ne(id, id2);
	fx_chorus_deposit_entry *e = NULL;
	size_t ne = 0;
	ck_assert_int_eq(fx_chorus_journal_list(j, "F-1", true, &e, &ne), FX_OK);
	ck_assert_int_eq(ne, 2);
	ck_assert_str_eq(e[1].state, "failed");
	ck_assert_str_eq(e[1].error, "HTTP 400");
	ck_assert_int_eq(e[1].n_events, 4);
	ck_assert_str_eq(e[1].events[2].value, "unknown");
	ck_assert_str_eq(e[1].events[2].detail, "Empty reply from server");
	fx_chorus_deposit_entries_free(e, ne);
	ck_assert_int_eq(fx_chorus_journal_list(j, "aaaa", false, &e, &ne), FX_OK);
	ck_assert_int_eq(ne, 0);
	ck_assert_int_eq(fx_chorus_journal_list(j, "AAAAAA", false, &e, &ne), FX_OK);
	ck_assert_int_eq(ne, 0);
	fx_chorus_journal_close(j);
	free(path);
}
END_TEST

START_TEST(crash_after_commit_keeps_the_claim)
{
	char *path = temp_journal();
	fx_chorus_journal_close(open_journal(path));
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		fx_chorus_journal *j = NULL;
		fx_journal_new n = deposit("aaaa", "F-1", "S1");
		fx_journal_claim c;
		if (fx_chorus_journal_open(path, &j) != FX_OK ||
		    fx_journal_claim_deposit(j, &n, &c) != FX_OK ||
		    fx_journal_mark_sending(j, c.id) != FX_OK)
			_exit(1);
		_exit(0); /* killed while the request is in flight: nothing closed */
	}
	int status;
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	fx_chorus_journal *j = open_journal(path);
	ck_assert_int_eq(claim(j, deposit("eeee", "F-1", "S1"), NULL), FX_CLAIM_PENDING);
	fx_chorus_journal_close(j);
	ck_assert_int_eq(count(path, "SELECT count(*) FROM deposits WHERE state = 'sending'"), 1);
	free(path);
}
END_TEST

START_TEST(crash_inside_a_transaction_leaves_nothing)
{
	char *path = temp_journal();
	fx_chorus_journal_close(open_journal(path));
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		fx_chorus_journal *j = NULL;
		if (fx_chorus_journal_open(path, &j) != FX_OK || fx_journal_begin(j) != FX_OK ||
		    fx_journal_exec(j,
		                    "INSERT INTO deposits(file_hash, file_name, platform, syntax, "
		                    "state, created, updated) VALUES('x','f.pdf','p','s','sending',"
		                    "'t','t')") != FX_OK)
			_exit(1);
		_exit(0); /* dies before COMMIT */
	}
	int status;
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	fx_chorus_journal *j = open_journal(path);
	fx_chorus_journal_close(j);
	ck_assert_int_eq(count(path, "SELECT count(*) FROM deposits"), 0);
	ck_assert_int_eq(count(path, "SELECT count(*) FROM pragma_integrity_check WHERE "
	                             "integrity_check = 'ok'"),
	                 1);
	free(path);
}
END_TEST

/* Fills a flow status: flow CPP1 in state with one invoice F-1 whose
 * history is the first n_history of DEPOSEE, MISE_A_DISPOSITION, MANDATEE. */
static void make_status(fx_chorus_flow_status *s, const char *state, size_t n_history)
{
	static const char *const codes[] = {"DEPOSEE", "MISE_A_DISPOSITION", "MANDATEE"};
	static const char *const dates[] = {"2026-11-01", "2026-11-02", "2026-11-03"};
	memset(s, 0, sizeof *s);
	s->report.flow_number = strdup("CPP1");
	s->report.state = strdup(state);
	if (!n_history)
		return;
	s->invoices = calloc(1, sizeof *s->invoices);
	s->n_invoices = 1;
	s->invoices[0].number = strdup("F-1");
	s->invoices[0].id = 77;
	s->invoices[0].status = strdup(codes[n_history - 1]);
	s->invoices[0].history = calloc(n_history, sizeof *s->invoices[0].history);
	s->invoices[0].n_history = n_history;
	for (size_t i = 0; i < n_history; i++) {
		s->invoices[0].history[i].status = strdup(codes[i]);
		s->invoices[0].history[i].date = strdup(dates[i]);
	}
}

/* Frees what make_status made. */
static void free_status(fx_chorus_flow_status *s)
{
	fx_chorus_flow_status *copy = malloc(sizeof *copy);
	*copy = *s;
	fx_chorus_flow_status_free(copy);
}

START_TEST(statuses_over_time)
{
	char *path = temp_journal();
	fx_chorus_journal *j = open_journal(path);
	int64_t id;
	ck_assert_int_eq(claim(j, deposit("aaaa", "F-1", "S1"), &id), FX_CLAIM_NEW);
	ck_assert_int_eq(fx_journal_mark_deposited(j, id, "CPP1", "2026-11-24", "deposited"),
	                 FX_OK);
	char **flows = NULL;
	size_t nf = 0;
	ck_assert_int_eq(fx_chorus_journal_open_flows(j, &flows, &nf), FX_OK);
	ck_assert_int_eq(nf, 1);
	ck_assert_str_eq(flows[0], "CPP1");
	free(flows[0]);
	free(flows);
	fx_chorus_flow_status s;
	make_status(&s, "IN_DEPOT_PORTAIL_EN_ATTENTE_TRAITEMENT_SE_CPP", 0);
	ck_assert_int_eq(fx_journal_record_status(j, &s), FX_OK);
	ck_assert_int_eq(fx_journal_record_status(j, &s), FX_OK);
	free_status(&s);
	make_status(&s, "IN_INTEGRE", 2);
	ck_assert_int_eq(fx_journal_record_status(j, &s), FX_OK);
	free_status(&s);
	make_status(&s, "IN_INTEGRE", 3);
	ck_assert_int_eq(fx_journal_record_status(j, &s), FX_OK);
	ck_assert_int_eq(fx_journal_record_status(j, &s), FX_OK);
	free_status(&s);
	ck_assert_int_eq(count(path, "SELECT count(*) FROM events WHERE kind = 'flow'"), 2);
	ck_assert_int_eq(count(path, "SELECT count(*) FROM events WHERE kind = 'invoice'"), 3);
	ck_assert_int_eq(count(path,
	                       "SELECT count(*) FROM deposits WHERE invoice_status = "
	                       "'MANDATEE' AND invoice_id = 77 AND flow_state = 'IN_INTEGRE'"),
	                 1);
	ck_assert_int_eq(fx_chorus_journal_open_flows(j, &flows, &nf), FX_OK);
	ck_assert_int_eq(nf, 1);
	free(flows[0]);
	free(flows);
	make_status(&s, "IN_REJETE", 0);
	ck_assert_int_eq(fx_journal_record_status(j, &s), FX_OK);
	free_status(&s);
	ck_assert_int_eq(fx_chorus_journal_open_flows(j, &flows, &nf), FX_OK);
	ck_assert_int_eq(nf, 0);
	free(flows);
	ck_assert_int_eq(claim(j, deposit("aaaa", "F-1", "S1"), NULL), FX_CLAIM_NEW);
	fx_chorus_journal_close(j);
	free(path);
}
END_TEST

/* Builds the suite. */
static Suite *journal_suite(void)
{
	Suite *s = suite_create("chorus_journal");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, created_private_with_schema);
	tcase_add_test(tc, newer_schema_is_refused);
	tcase_add_test(tc, duplicates_are_found);
	tcase_add_test(tc, unknown_outcome_is_pending);
	tcase_add_test(tc, crash_after_commit_keeps_the_claim);
	tcase_add_test(tc, crash_inside_a_transaction_leaves_nothing);
	tcase_add_test(tc, statuses_over_time);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the journal tests. */
int main(void)
{
	setlocale(LC_ALL, "");
	return fx_test_run(journal_suite());
}
