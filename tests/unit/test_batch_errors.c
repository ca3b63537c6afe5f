/*
 * Unit tests of the batch's error classes: each problem of an export is
 * reported with the exact file, row (and physical line when it differs),
 * column and field, says what was expected, and fails only its invoice;
 * the problems of a header row, a seller file or the pairing of two files
 * are reported as such.
 */
#include "test_batch_support.h"

#define HEADER                                                                                     \
	"Numéro facture;Date facture;Client;Adresse client;Désignation;Quantité;"               \
	"Prix unitaire HT;Taux TVA;Adresse électronique client\n"
#define GOOD(n) n ";24/11/2026;Durand;1 rue A;Conseil;1;100;20;412345678\n"

/** A test's folder and export. */
typedef struct tcase_files {
	char *dir;
	char *csv;
	char want[2048];
} tcase_files;

/* Writes the export text as e.csv in a new folder. */
static void files_new(tcase_files *t, const char *text)
{
	t->dir = tb_dir();
	t->csv = tb_file(t->dir, "e.csv", text);
}

/* Removes the folder. */
static void files_free(tcase_files *t)
{
	free(t->csv);
	tb_rmdir(t->dir);
}

/* Reads text (built-in mapping) and checks that invoice i failed with the
 * message fmt, in which each %s is the export's path; the others are read. */
static void expect_failure(const char *text, size_t n, size_t i, const char *fmt)
{
	tcase_files t;
	files_new(&t, text);
	snprintf(t.want, sizeof t.want, fmt, t.csv, t.csv, t.csv);
	fx_batch_input in = tb_input(t.csv, NULL, NULL);
	tb_read rd;
	tb_read_all(&in, &rd);
	ck_assert_uint_eq(rd.n, n);
	for (size_t k = 0; k < rd.n; k++) {
		if (k == i) {
			ck_assert_int_eq(rd.status[k], FX_BATCH_FAILED);
			ck_assert_ptr_null(rd.inv[k]);
			ck_assert_str_eq(rd.message[k], t.want);
		} else {
			ck_assert_msg(rd.status[k] == FX_BATCH_PRODUCED, "%zu: %s", k,
			              rd.message[k]);
			ck_assert_ptr_nonnull(rd.inv[k]);
		}
	}
	tb_free(&rd);
	files_free(&t);
}

/* A number that is not one. */
START_TEST(bad_number)
{
	expect_failure(
	    HEADER GOOD("FA-1") "FA-2;24/11/2026;Durand;1 rue A;Conseil;trois;100;20\n" GOOD(
	        "FA-3"),
	    3, 1,
	    "%s: row 3, column F \"Quantité\": lines.quantity (BT-129): expected a number "
	    "such as 1 234,56 or -12,5, got \"trois\"");
}
END_TEST

/* A date that does not exist. */
START_TEST(bad_date)
{
	expect_failure(HEADER "FA-1;31/11/2026;Durand;1 rue A;Conseil;1;100;20\n" GOOD("FA-2"), 2,
	               0,
	               "%s: row 2, column B \"Date facture\": issue_date (BT-2): expected a date "
	               "dd/mm/yyyy or yyyy-mm-dd (no such day), got \"31/11/2026\"");
}
END_TEST

/* An invoice column that changes between the rows of an invoice. */
START_TEST(inconsistent_invoice_column)
{
	expect_failure(
	    HEADER GOOD("FA-1") "FA-1;24/11/2026;Dupont;1 rue A;Formation;2;50;20\n", 1, 0,
	    "%s: row 3, column C \"Client\": buyer.name (BT-44): expected the same value "
	    "on every row of invoice FA-1 (row 2 has \"Durand\"), got \"Dupont\"");
}
END_TEST

/* A row without invoice number. */
START_TEST(empty_number)
{
	expect_failure(HEADER GOOD("FA-1")
	                   GOOD("FA-2") ";24/11/2026;Durand;1 rue A;X;1;1;20\n" GOOD("FA-3"),
	               4, 2,
	               "%s: row 4, column A \"Numéro facture\": the invoice number (number, BT-1) "
	               "is empty: expected the number of the invoice this row belongs to");
}
END_TEST

/* The rows of an invoice split by another invoice: both places named, the
 * invoice reported once. */
START_TEST(rows_not_together)
{
	expect_failure(HEADER GOOD("FA-1") GOOD("FA-1") GOOD("FA-2") GOOD("FA-1") GOOD("FA-3"), 3,
	               0,
	               "%s: rows 2-3, then row 5: the rows of invoice FA-1 are not together: sort "
	               "the export by invoice number");
}
END_TEST

/* Two numbers that give the same file name. */
START_TEST(same_file_name)
{
	expect_failure(
	    HEADER GOOD("A/1") GOOD("A_1"), 2, 1,
	    "%s: row 3: invoice A_1 would be written to A_1.pdf, the file of invoice A/1 "
	    "(row 2): numbers that differ only by characters a file name cannot hold "
	    "give the same file");
}
END_TEST

/* A quote that is never closed. */
START_TEST(unclosed_quote)
{
	expect_failure(
	    HEADER GOOD("FA-1") "FA-2;24/11/2026;Durand;1 rue A;\"Conseil;1;100;20\n" GOOD("FA-3"),
	    2, 1,
	    "%s: row 3, column E \"Désignation\": the quote opened on line 3 is never "
	    "closed");
}
END_TEST

/* Text after a closing quote. */
START_TEST(text_after_quote)
{
	expect_failure(HEADER
	               "FA-1;24/11/2026;Durand;1 rue A;\"Conseil\" senior;1;100;20\n" GOOD("FA-2"),
	               2, 0,
	               "%s: row 2, column E \"Désignation\": text after the closing quote (a quote "
	               "inside a quoted field must be doubled: \"\")");
}
END_TEST

/* A value beyond the last column of the header (an unquoted separator). */
START_TEST(value_beyond_header)
{
	expect_failure(
	    HEADER GOOD("FA-1") "FA-2;24/11/2026;Durand;1 rue A;Conseil;1;1;5;20;412345678\n", 2, 1,
	    "%s: row 3, column J: a value beyond the last column of the header row (9 "
	    "columns): is a separator missing its quotes?");
}
END_TEST

/* Rows that fill no line column. */
START_TEST(no_line)
{
	expect_failure(HEADER "FA-1;24/11/2026;Durand;1 rue A;;;;\n" GOOD("FA-2"), 2, 0,
	               "%s: row 2: invoice FA-1 has no line: none of its rows fills a line column "
	               "(\"lines.\" fields such as Désignation, Quantité, Prix unitaire HT)");
}
END_TEST

/* A row that spans two physical lines: the line is given with the row. */
START_TEST(row_and_line)
{
	expect_failure(
	    HEADER "FA-1;24/11/2026;Durand;1 rue A;\"Conseil\nsenior\";1;100;20\n"
	           "FA-2;24/11/2026;Durand;1 rue A;Conseil;1;cent;20\n",
	    2, 1,
	    "%s: row 3 (line 4), column G \"Prix unitaire HT\": lines.net_price (BT-146): "
	    "expected a number such as 1 234,56 or -12,5, got \"cent\"");
}
END_TEST

/* Values of fixed lists (the category, through the mapping's names). */
START_TEST(bad_category)
{
	expect_failure("Numéro facture;Nature opération;Désignation;Quantité;Prix unitaire HT\n"
	               "FA-1;bof;Conseil;1;100\n",
	               1, 0,
	               "%s: row 2, column B \"Nature opération\": operation_category: expected "
	               "biens, services or mixte, got \"bof\"");
}
END_TEST

/* A control character in a text. */
START_TEST(control_character)
{
	expect_failure(HEADER "FA-1;24/11/2026;Dur\001and;1 rue A;Conseil;1;100;20\n", 1, 0,
	               "%s: row 2, column C \"Client\": buyer.name (BT-44): control character "
	               "U+0001 at byte 3 is not allowed in text, got \"Dur\\u0001and\"");
}
END_TEST

/* A byte that is not of the (forced) encoding. */
START_TEST(bad_encoding_byte)
{
	tcase_files t;
	files_new(&t, HEADER "FA-1;24/11/2026;Dur\xe9;1 rue A;Conseil;1;100;20\n");
	fx_batch_input in = tb_input(t.csv, NULL, NULL);
	in.encoding = "UTF-8";
	tb_read rd;
	tb_read_all(&in, &rd);
	ck_assert_uint_eq(rd.n, 1);
	snprintf(t.want, sizeof t.want,
	         "%s: row 2, column C \"Client\": byte 0xE9 is not UTF-8 (is the file in "
	         "Windows-1252? then give the encoding)",
	         t.csv);
	ck_assert_str_eq(rd.message[0], t.want);
	tb_free(&rd);
	free(t.csv);
	/* the same row in a file wholly in Windows-1252: detected and read */
	t.csv = tb_file(t.dir, "e.csv",
	                "Num\xe9ro facture;D\xe9signation;Quantit\xe9;Prix unitaire HT;Client\n"
	                "FA-1;Conseil;1;100;Dur\xe9\n");
	in.csv_path = t.csv;
	in.encoding = NULL;
	tb_read_all(&in, &rd);
	ck_assert_int_eq(rd.status[0], FX_BATCH_PRODUCED);
	ck_assert_str_eq(rd.inv[0]->buyer.name, "Duré");
	tb_free(&rd);
	files_free(&t);
}
END_TEST

/* Opens text as an export and checks that opening fails with the message
 * fmt (each %s: the export's path). */
static void expect_open_failure(const char *text, const char *fmt)
{
	tcase_files t;
	files_new(&t, text);
	snprintf(t.want, sizeof t.want, fmt, t.csv, t.csv);
	fx_batch_input in = tb_input(t.csv, NULL, NULL);
	fx_batch_reader *r = NULL;
	ck_assert_int_eq(fx_batch_reader_open(&in, &r), FX_EINVAL);
	ck_assert_str_eq(fx_error_last()->message, t.want);
	files_free(&t);
}

/* Header rows that cannot be used. */
START_TEST(bad_headers)
{
	expect_open_failure(
	    "Date facture;Client\n24/11/2026;Durand\n",
	    "%s: row 1: no column \"Numéro facture\" or \"N° facture\", the invoice "
	    "number (number, BT-1) that tells which rows make an invoice (is row 1 "
	    "the header row? the separator found is ';')");
	expect_open_failure(
	    "Numéro facture;Désignation;N° facture\n",
	    "%s: row 1: columns A \"Numéro facture\" and C \"N° facture\" both give "
	    "number: keep one");
	expect_open_failure("", "%s: the file is empty (expected a header row)");
	expect_open_failure(
	    "Numéro facture;\"Client\n",
	    "%s: row 1 (the header row): the quote opened on line 1 is never closed");
}
END_TEST

/* Column names are matched whatever their case; unknown ones are warnings
 * with a suggestion. */
START_TEST(unknown_column)
{
	tcase_files t;
	files_new(&t, "NUMÉRO FACTURE;Désignation;Quantite;Prix unitaire HT\nFA-1;X;2;10\n");
	fx_batch_input in = tb_input(t.csv, NULL, NULL);
	fx_batch_reader *r = NULL;
	ck_assert_int_eq(fx_batch_reader_open(&in, &r), FX_OK);
	ck_assert_uint_eq(fx_batch_reader_notice_count(r), 1);
	snprintf(t.want, sizeof t.want,
	         "%s: column C \"Quantite\" is not in the mapping: ignored (did you mean "
	         "\"Quantité\"?)",
	         t.csv);
	ck_assert_str_eq(fx_batch_reader_notice(r, 0), t.want);
	ck_assert_ptr_null(fx_batch_reader_notice(r, 1));
	fx_batch_reader_free(r);
	files_free(&t);
}
END_TEST

/* Seller files that cannot be used. */
START_TEST(bad_seller)
{
	tcase_files t;
	files_new(&t, HEADER GOOD("FA-1"));
	char *seller = tb_file(t.dir, "s.json", "{\"lines\": [{\"id\": \"1\"}]}");
	fx_batch_input in = tb_input(t.csv, NULL, seller);
	fx_batch_reader *r = NULL;
	ck_assert_int_eq(fx_batch_reader_open(&in, &r), FX_EINVAL);
	snprintf(t.want, sizeof t.want,
	         "%s: the seller file has \"lines\": the lines come from the CSV, remove them",
	         seller);
	ck_assert_str_eq(fx_error_last()->message, t.want);
	free(seller);
	seller = tb_file(t.dir, "s.json", "{\"seller\": {\"nmae\": \"X\"}}");
	in.seller_path = seller;
	ck_assert_int_eq(fx_batch_reader_open(&in, &r), FX_EINVAL);
	snprintf(t.want, sizeof t.want, "%s:1:13: $.seller.nmae: unknown key; did you mean 'name'?",
	         seller);
	ck_assert_str_eq(fx_error_last()->message, t.want);
	in.seller_path = "/nonexistent/s.json";
	ck_assert_int_eq(fx_batch_reader_open(&in, &r), FX_EIO);
	free(seller);
	files_free(&t);
}
END_TEST

/** The two files of the two-file variant. */
typedef struct two_files {
	tcase_files t;
	char *lines;
	char want[2048];
} two_files;

/* Reads invoices/lines and checks invoice i's failure (fmt: %1 invoices
 * path, %2 lines path, used in the order the message names them). */
static void expect_two_file_failure(const char *invoices, const char *lines, size_t n, size_t i,
                                    const char *fmt, bool lines_first)
{
	two_files f;
	files_new(&f.t, invoices);
	f.lines = tb_file(f.t.dir, "l.csv", lines);
	if (lines_first)
		snprintf(f.want, sizeof f.want, fmt, f.lines, f.t.csv);
	else
		snprintf(f.want, sizeof f.want, fmt, f.t.csv, f.lines);
	fx_batch_input in = tb_input(f.t.csv, f.lines, NULL);
	tb_read rd;
	tb_read_all(&in, &rd);
	ck_assert_uint_eq(rd.n, n);
	for (size_t k = 0; k < rd.n; k++)
		ck_assert_msg((k == i) == (rd.status[k] == FX_BATCH_FAILED), "%zu: %s", k,
		              rd.message[k]);
	ck_assert_str_eq(rd.message[i], f.want);
	tb_free(&rd);
	free(f.lines);
	files_free(&f.t);
}

#define INVOICES "Numéro facture;Date facture;Client\n"
#define LINES "Numéro facture;Désignation;Quantité;Prix unitaire HT\n"

/* The pairing of an invoices file and a lines file. */
START_TEST(two_file_pairing)
{
	/* lines in another order than the invoices: joined on the number */
	expect_two_file_failure(INVOICES
	                        "FC-1;24/11/2026;A\nFC-2;24/11/2026;B\nFC-3;24/11/2026;C\n",
	                        LINES "FC-3;X;1;1\nFC-1;X;1;1\nFC-1;Y;2;2\n", 3, 1,
	                        "%s: no line for invoice FC-2 (row 3 of %s)", true);
	expect_two_file_failure(
	    INVOICES "FC-1;24/11/2026;A\n", LINES "FC-1;X;1;1\n\nFC-9;X;1;1\nFC-9;Y;1;1\n", 2, 1,
	    "%s: rows 4-5: there are lines for invoice FC-9 but %s has no row for "
	    "it",
	    true);
	expect_two_file_failure(
	    INVOICES "FC-1;24/11/2026;A\nFC-1;24/11/2026;A\nFC-2;24/11/2026;B\n",
	    LINES "FC-1;X;1;1\nFC-2;X;1;1\n", 2, 0,
	    "%s: rows 2-3: invoice FC-1 has 2 rows: the invoices file has one row "
	    "per invoice (its lines go in %s)",
	    false);
	expect_two_file_failure(
	    INVOICES "FC-1;24/11/2026;A\nFC-2;24/11/2026;B\n",
	    LINES "FC-1;X;1;1\nFC-2;X;1;1\nFC-1;Y;1;1\n", 2, 0,
	    "%s: row 2, then row 4: the lines of invoice FC-1 are not together: "
	    "sort the lines by invoice number",
	    true);
}
END_TEST

/* A line field in the invoices file of the two-file variant. */
START_TEST(two_file_line_column)
{
	tcase_files t;
	files_new(&t, "Numéro facture;Client;Quantité\nFC-1;A;2\n");
	char *lines = tb_file(t.dir, "l.csv", LINES "FC-1;X;1;1\n");
	fx_batch_input in = tb_input(t.csv, lines, NULL);
	fx_batch_reader *r = NULL;
	ck_assert_int_eq(fx_batch_reader_open(&in, &r), FX_EINVAL);
	snprintf(t.want, sizeof t.want,
	         "%s: row 1, column C \"Quantité\": lines.quantity is a line field: it belongs in "
	         "the lines file",
	         t.csv);
	ck_assert_str_eq(fx_error_last()->message, t.want);
	free(lines);
	files_free(&t);
}
END_TEST

/** What a run reported. */
typedef struct run_log {
	size_t n;
	fx_batch_status status[TB_MAX];
	char message[TB_MAX][1024];
} run_log;

/* Keeps each result of a run. */
static void log_result(const fx_batch_result *r, void *user_data)
{
	run_log *log = user_data;
	ck_assert_uint_lt(log->n, TB_MAX);
	log->status[log->n] = r->status;
	snprintf(log->message[log->n], sizeof log->message[0], "%s", r->message ? r->message : "");
	log->n++;
}

/* Runs the export at csv into dir/out with generation options gen. */
static void run_into(const char *dir, const char *csv, const fx_generate_options *gen, run_log *log,
                     fx_batch_stats *st)
{
	char *seller = fx_test_path(FX_SOURCE_DIR, "examples/csv/vendeur.json");
	char *out = fx_test_path(dir, "out");
	fx_batch_input in = tb_input(csv, NULL, seller);
	fx_batch_options o;
	fx_batch_options_init(&o, FX_BATCH_OPTIONS_VERSION);
	o.out_dir = out;
	o.generate = gen;
	o.on_result = log_result;
	o.user_data = log;
	memset(log, 0, sizeof *log);
	int rc = fx_batch_run(&in, &o, st);
	ck_assert_msg(rc == FX_OK, "run: %s", fx_error_last()->message);
	free(out);
	free(seller);
}

/* Amounts the computation disagrees with: the line's row, and the column
 * that gave the business term. */
START_TEST(computation_errors)
{
	tcase_files t;
	files_new(&t, "Numéro facture;Date facture;Client;Adresse client;Désignation;Quantité;"
	              "Prix unitaire HT;Taux TVA;Montant HT;Total TTC;Adresse électronique client\n"
	              "FA-1;24/11/2026;Durand;1 rue A;Conseil;1;100;20;100,00;240,00;412345678\n"
	              "FA-1;24/11/2026;Durand;1 rue A;Formation;2;50;20;150,00;240,00;412345678\n"
	              "FA-2;24/11/2026;Durand;1 rue A;Conseil;1;100;20;100,00;100,00;412345678\n"
	              "FA-3;24/11/2026;Durand;1 rue A;Conseil;1;100;20;100,00;120,00;412345678\n");
	run_log log;
	fx_batch_stats st;
	run_into(t.dir, t.csv, NULL, &log, &st);
	ck_assert_uint_eq(log.n, 3);
	ck_assert_uint_eq(st.failed, 2);
	ck_assert_uint_eq(st.produced, 1);
	snprintf(t.want, sizeof t.want,
	         "%s: rows 2-3: invoice FA-1: row 3, line 2: BT-131 line net amount is 150.00 but "
	         "quantity x price - allowances + charges gives 100.00 (BT-129 2 x BT-146 50 / "
	         "BT-149 1 = 100.00, allowances 0.00, charges 0.00) (column I \"Montant HT\")",
	         t.csv);
	ck_assert_str_eq(log.message[0], t.want);
	snprintf(t.want, sizeof t.want,
	         "%s: row 4: invoice FA-2: BT-112 invoice total amount with VAT is 100.00 but the "
	         "computation gives 120.00 (BT-109 100.00 + BT-110 20.00) (BR-CO-15) (column J "
	         "\"Total TTC\")",
	         t.csv);
	ck_assert_str_eq(log.message[1], t.want);
	ck_assert_int_eq(log.status[2], FX_BATCH_PRODUCED);
	files_free(&t);
}
END_TEST

/* A refusal of the generation is the failure of its invoice, not of the run. */
START_TEST(generation_refused)
{
	tcase_files t;
	files_new(&t, HEADER GOOD("FA-1") GOOD("FA-2"));
	fx_generate_options gen = FX_GENERATE_OPTIONS_INIT;
	gen.template_path = "/nonexistent/template.json";
	run_log log;
	fx_batch_stats st;
	run_into(t.dir, t.csv, &gen, &log, &st);
	ck_assert_uint_eq(log.n, 2);
	ck_assert_uint_eq(st.failed, 2);
	for (size_t i = 0; i < 2; i++) {
		ck_assert_int_eq(log.status[i], FX_BATCH_FAILED);
		char prefix[1200];
		snprintf(prefix, sizeof prefix, "%s: row %zu: invoice FA-%zu: ", t.csv, i + 2,
		         i + 1);
		ck_assert_msg(strncmp(log.message[i], prefix, strlen(prefix)) == 0, "%s",
		              log.message[i]);
		ck_assert_ptr_nonnull(strstr(log.message[i], "/nonexistent/template.json"));
	}
	char *pdf = fx_test_path(t.dir, "out/FA-1.pdf");
	ck_assert_int_ne(access(pdf, F_OK), 0);
	free(pdf);
	files_free(&t);
}
END_TEST

/* The suite. */
static Suite *batch_errors_suite(void)
{
	Suite *s = suite_create("batch_errors");
	TCase *tc = tcase_create("errors");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, bad_number);
	tcase_add_test(tc, bad_date);
	tcase_add_test(tc, inconsistent_invoice_column);
	tcase_add_test(tc, empty_number);
	tcase_add_test(tc, rows_not_together);
	tcase_add_test(tc, same_file_name);
	tcase_add_test(tc, unclosed_quote);
	tcase_add_test(tc, text_after_quote);
	tcase_add_test(tc, value_beyond_header);
	tcase_add_test(tc, no_line);
	tcase_add_test(tc, row_and_line);
	tcase_add_test(tc, bad_category);
	tcase_add_test(tc, control_character);
	tcase_add_test(tc, bad_encoding_byte);
	tcase_add_test(tc, bad_headers);
	tcase_add_test(tc, unknown_column);
	tcase_add_test(tc, bad_seller);
	tcase_add_test(tc, two_file_pairing);
	tcase_add_test(tc, two_file_line_column);
	tcase_add_test(tc, computation_errors);
	tcase_add_test(tc, generation_refused);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite. */
int main(void)
{
	return fx_test_run(batch_errors_suite());
}
