/*
 * The works engine against figures computed by hand: every row and column
 * of every statement of the examples/works series (titulaire: four monthly
 * statements, the final account and the DGD; a cotraitant; a sous-traitant
 * under reverse charge), the revision rows (provisional then published
 * indices, a negative revision), the work items, and edge cases of the
 * advance thresholds, the retention and penalty caps and rounding.
 *
 * The marché of the titulaire (examples/works/titulaire/marche.json):
 *   initial 240 000.00 HT + amendment 12 000.00 = M = 252 000.00 HT, VAT 20 %
 *   advance 10 % of 240 000.00 x 1.20 = 28 800.00, repaid from 65 % of M
 *     (163 800.00) to 80 % of M (201 600.00) of works at base prices
 *   retention 5 % of (works + bonuses) x 1.20, capped at 5 % x M x 1.20 = 15 120.00
 *   revision Cn = 0.125 + 0.875 x In / 129.8, rounded up to the thousandth
 *   penalties M / 3000 = 84.00 per day, capped at 10 % x M = 25 200.00
 * Items: 1.1 percent of 18 000.00; 2.1 1 200 m3 x 14.50; 2.2 185 m3 x 245.00;
 *   3.1 1 450 m2 x 68.40; 3.2 920 m2 x 52.75; 4.1 1 000 m2 x 11.565;
 *   5.1 80 m2 x 150.00 (amendment 1).
 * Coefficients (In -> a + b x In/I0 -> up to 0.001):
 *   131.2 -> 1.0094376 -> 1.010     132.5 -> 1.0182011 -> 1.019
 *   132.1 -> 1.0155046 -> 1.016     133.4 -> 1.0242681 -> 1.025
 *   133.0 -> 1.0215716 -> 1.022     128.9 -> 0.9939330 -> 0.994
 *   129.2 -> 0.9959553 -> 0.996     130.4 -> 1.0040447 -> 1.005
 */
#include <locale.h>

#include "test_works_support.h"

/** The three columns of every row of one statement: to date, previous, this. */
typedef struct expected {
	const char *rows[FX_WORKS_ROW_COUNT][3];
} expected;

static const expected titulaire[6] = {
    /* 1 (January): works 40 % x 18 000 = 7 200 + 1 200 x 14.50 = 17 400 + 60 x 245 =
     * 14 700 -> 39 300.00; revision 39 300 x 0.010 = 393.00; net 39 693.00, VAT 20 % =
     * 7 938.60, TTC 47 631.60; retention 5 % x 39 300 x 1.2 = 2 358.00; executed
     * 15.60 % < 65 %: no reimbursement; due 47 631.60 - 2 358.00 = 45 273.60. */
    {{{"28800.00", "28800.00", "0.00"},
      {"39300.00", "0.00", "39300.00"},
      {"393.00", "0.00", "393.00"},
      {"0.00", "0.00", "0.00"},
      {"39693.00", "0.00", "39693.00"},
      {"7938.60", "0.00", "7938.60"},
      {"47631.60", "0.00", "47631.60"},
      {"2358.00", "0.00", "2358.00"},
      {"0.00", "0.00", "0.00"},
      {"0.00", "0.00", "0.00"},
      {"2358.00", "0.00", "2358.00"},
      {"45273.60", "0.00", "45273.60"},
      {"0.00", "0.00", "0.00"},
      {"45273.60", "0.00", "45273.60"}}},
    /* 2 (February): works 60 % -> 10 800 + 17 400 + 185 x 245 = 45 325 + 420 x 68.40 =
     * 28 728 -> 102 253.00 (delta 62 953.00); provisional In 132.5, Cn 1.019: revision
     * 62 953 x 0.019 = 1 196.107 -> 1 196.11, to date 1 589.11; VAT 64 149.11 x 20 % =
     * 12 829.822 -> 12 829.82; retention 5 % x 102 253 x 1.2 = 6 135.18 (this 3 777.18);
     * executed 40.58 %: no reimbursement. */
    {{{"28800.00", "28800.00", "0.00"},
      {"102253.00", "39300.00", "62953.00"},
      {"1589.11", "393.00", "1196.11"},
      {"0.00", "0.00", "0.00"},
      {"103842.11", "39693.00", "64149.11"},
      {"20768.42", "7938.60", "12829.82"},
      {"124610.53", "47631.60", "76978.93"},
      {"6135.18", "2358.00", "3777.18"},
      {"0.00", "0.00", "0.00"},
      {"0.00", "0.00", "0.00"},
      {"6135.18", "2358.00", "3777.18"},
      {"118475.35", "45273.60", "73201.75"},
      {"0.00", "0.00", "0.00"},
      {"118475.35", "45273.60", "73201.75"}}},
    /* 3 (March): works 80 % -> 14 400 + 17 400 + 45 325 + 1 200 x 68.40 = 82 080 + 500 x
     * 52.75 = 26 375 + 30 x 150 = 4 500 -> 190 080.00 (delta 87 827.00). February
     * published at 132.1: Cn 1.016, 62 953 x 0.016 = 1 007.25 (regularisation
     * -188.86); March provisional 133.4: Cn 1.025, 87 827 x 0.025 = 2 195.675 ->
     * 2 195.68; to date 393.00 + 1 007.25 + 2 195.68 = 3 595.93 (this 2 006.82).
     * Bonus 2 500.00. VAT (87 827 + 2 006.82 + 2 500) = 92 333.82 x 20 % = 18 466.764
     * -> 18 466.76. Retention 5 % x (190 080 + 2 500) x 1.2 = 11 554.80. Executed
     * 75.43 %: reimbursed 28 800 x (190 080 - 163 800) / (201 600 - 163 800) =
     * 28 800 x 26 280 / 37 800 = 20 022.857 -> 20 022.86. */
    {{{"28800.00", "28800.00", "0.00"},
      {"190080.00", "102253.00", "87827.00"},
      {"3595.93", "1589.11", "2006.82"},
      {"2500.00", "0.00", "2500.00"},
      {"196175.93", "103842.11", "92333.82"},
      {"39235.18", "20768.42", "18466.76"},
      {"235411.11", "124610.53", "110800.58"},
      {"11554.80", "6135.18", "5419.62"},
      {"20022.86", "0.00", "20022.86"},
      {"0.00", "0.00", "0.00"},
      {"31577.66", "6135.18", "25442.48"},
      {"203833.45", "118475.35", "85358.10"},
      {"0.00", "0.00", "0.00"},
      {"203833.45", "118475.35", "85358.10"}}},
    /* 4 (April): works 100 % -> 18 000 + 17 400 + 45 325 + 99 180 + 48 530 + 600 x
     * 11.565 = 6 939 + 12 000 -> 247 374.00 (delta 57 294.00). March published at
     * 133.0: Cn 1.022, 87 827 x 0.022 = 1 932.194 -> 1 932.19 (-263.49); April
     * provisional 128.9 below I0: Cn 0.994, 57 294 x -0.006 = -343.764 -> -343.76; to
     * date 393.00 + 1 007.25 + 1 932.19 - 343.76 = 2 988.68, this -607.25 (negative:
     * an allowance). VAT 56 686.75 x 20 % = 11 337.35. Retention 5 % x (247 374 +
     * 2 500) x 1.2 = 14 992.44. Executed 98.16 % >= 80 %: advance wholly repaid
     * 28 800.00 (this 8 777.14). Penalty 3 days x 84.00 = 252.00. Subcontractor paid
     * directly 6 939.00: payable 55 557.32 - 6 939.00 = 48 618.32. */
    {{{"28800.00", "28800.00", "0.00"},
      {"247374.00", "190080.00", "57294.00"},
      {"2988.68", "3595.93", "-607.25"},
      {"2500.00", "2500.00", "0.00"},
      {"252862.68", "196175.93", "56686.75"},
      {"50572.53", "39235.18", "11337.35"},
      {"303435.21", "235411.11", "68024.10"},
      {"14992.44", "11554.80", "3437.64"},
      {"28800.00", "20022.86", "8777.14"},
      {"252.00", "0.00", "252.00"},
      {"44044.44", "31577.66", "12466.78"},
      {"259390.77", "203833.45", "55557.32"},
      {"6939.00", "0.00", "6939.00"},
      {"252451.77", "203833.45", "48618.32"}}},
    /* 5 (final account, May): 4.1 complete, 1 000 x 11.565 = 11 565 -> works
     * 252 000.00 (delta 4 626.00). April published at 129.2: Cn 0.996, 57 294 x -0.004
     * = -229.176 -> -229.18 (+114.58); May 130.4: Cn 1.005, 4 626 x 0.005 = 23.13; to
     * date 393.00 + 1 007.25 + 1 932.19 - 229.18 + 23.13 = 3 126.39 (this 137.71). VAT
     * 4 763.71 x 20 % = 952.742 -> 952.74. Retention 5 % x 254 500 x 1.2 = 15 270.00,
     * capped at 15 120.00. Direct payments 11 565.00 (this 4 626.00). */
    {{{"28800.00", "28800.00", "0.00"},
      {"252000.00", "247374.00", "4626.00"},
      {"3126.39", "2988.68", "137.71"},
      {"2500.00", "2500.00", "0.00"},
      {"257626.39", "252862.68", "4763.71"},
      {"51525.27", "50572.53", "952.74"},
      {"309151.66", "303435.21", "5716.45"},
      {"15120.00", "14992.44", "127.56"},
      {"28800.00", "28800.00", "0.00"},
      {"252.00", "252.00", "0.00"},
      {"44172.00", "44044.44", "127.56"},
      {"264979.66", "259390.77", "5588.89"},
      {"11565.00", "6939.00", "4626.00"},
      {"253414.66", "252451.77", "962.89"}}},
    /* 6 (DGD): the final account's figures, the previous column being the last
     * monthly statement (4), plus 2 days of penalty (168.00): penalties 420.00. */
    {{{"28800.00", "28800.00", "0.00"},
      {"252000.00", "247374.00", "4626.00"},
      {"3126.39", "2988.68", "137.71"},
      {"2500.00", "2500.00", "0.00"},
      {"257626.39", "252862.68", "4763.71"},
      {"51525.27", "50572.53", "952.74"},
      {"309151.66", "303435.21", "5716.45"},
      {"15120.00", "14992.44", "127.56"},
      {"28800.00", "28800.00", "0.00"},
      {"420.00", "252.00", "168.00"},
      {"44340.00", "44044.44", "295.56"},
      {"264811.66", "259390.77", "5420.89"},
      {"11565.00", "6939.00", "4626.00"},
      {"253246.66", "252451.77", "794.89"}}},
};

/* Asserts every row and column of st against e (name: for messages). */
static void check_rows(const char *name, const fx_works_statement *st, const expected *e)
{
	static const char *const cols[] = {"to date", "previous", "this statement"};
	for (int r = 0; r < FX_WORKS_ROW_COUNT; r++) {
		const fx_decimal got[] = {st->rows[r].to_date, st->rows[r].previous,
		                          st->rows[r].current};
		for (int c = 0; c < 3; c++) {
			char what[128];
			snprintf(what, sizeof what, "%s row %d %s", name, r, cols[c]);
			fx_tw_eq(what, got[c], e->rows[r][c]);
		}
	}
}

/* Every figure of every statement of the titulaire's series. */
START_TEST(titulaire_series)
{
	fx_works_series *s = NULL;
	ck_assert_int_eq(fx_works_series_new(&s), FX_OK);
	static const char *const cadres[] = {"A4", "A4", "A4", "A4", "A7", "A8"};
	static const unsigned previous[] = {0, 1, 2, 3, 4, 4};
	static const char *const executed[] = {"15.60", "40.58",  "75.43",
	                                       "98.16", "100.00", "100.00"};
	for (int i = 0; i < 6; i++) {
		fx_works_description *d = fx_tw_read(fx_tw_titulaire[i]);
		fx_works_statement *st = fx_tw_compute(d, s);
		check_rows(fx_tw_titulaire[i], st, &titulaire[i]);
		ck_assert_uint_eq(st->number, (unsigned)i + 1);
		ck_assert_uint_eq(st->previous_number, previous[i]);
		ck_assert_str_eq(st->cadre, cadres[i]);
		fx_tw_eq("executed", st->executed_percent, executed[i]);
		fx_works_statement_free(st);
		fx_works_description_free(d);
	}
	ck_assert_uint_eq(fx_works_series_count(s), 6);
	fx_works_series_free(s);
}
END_TEST

/* The revision rows of statement 4: a published index replaces a provisional
 * one (regularisation), and an index below I0 gives a negative revision. */
START_TEST(revision_rows)
{
	fx_works_series *s = fx_tw_series(3);
	fx_works_description *d = fx_tw_read(fx_tw_titulaire[3]);
	fx_works_statement *st = fx_tw_compute(d, s);
	ck_assert_uint_eq(st->n_revisions, 4);
	/* statement, In, provisional, Cn, works, revision now, in the previous column */
	static const struct {
		unsigned n;
		const char *in;
		bool provisional;
		const char *cn, *works, *now, *before;
	} want[] = {{1, "131.2", false, "1.010", "39300.00", "393.00", "393.00"},
	            {2, "132.1", false, "1.016", "62953.00", "1007.25", "1007.25"},
	            {3, "133.0", false, "1.022", "87827.00", "1932.19", "2195.68"},
	            {4, "128.9", true, "0.994", "57294.00", "-343.76", "0.00"}};
	for (size_t i = 0; i < 4; i++) {
		const fx_works_revision_row *r = &st->revisions[i];
		ck_assert_uint_eq(r->statement, want[i].n);
		ck_assert_int_eq(r->provisional, want[i].provisional);
		fx_tw_eq("In", r->index, want[i].in);
		fx_tw_eq("Cn", r->coefficient, want[i].cn);
		fx_tw_eq("works", r->works, want[i].works);
		fx_tw_eq("revision", r->revision, want[i].now);
		fx_tw_eq("previous", r->previous, want[i].before);
	}
	ck_assert_int_eq(st->revisions[3].month, 4);
	ck_assert_int_eq(st->revisions[3].year, 2025);
	fx_works_statement_free(st);
	fx_works_description_free(d);
	fx_works_series_free(s);
}
END_TEST

/* The work items of statement 3: progress given, carried over, percent. */
START_TEST(items_statement_3)
{
	fx_works_series *s = fx_tw_series(2);
	fx_works_description *d = fx_tw_read(fx_tw_titulaire[2]);
	fx_works_statement *st = fx_tw_compute(d, s);
	ck_assert_uint_eq(st->n_items, 7);
	/* id, progress now, before, amount to date, previous, this statement */
	static const char *const want[7][6] = {
	    {"1.1", "80", "60", "14400.00", "10800.00", "3600.00"},     /* 80 % x 18 000 */
	    {"2.1", "1200", "1200", "17400.00", "17400.00", "0.00"},    /* carried over */
	    {"2.2", "185", "185", "45325.00", "45325.00", "0.00"},      /* carried over */
	    {"3.1", "1200", "420", "82080.00", "28728.00", "53352.00"}, /* 1 200 x 68.40 */
	    {"3.2", "500", "0", "26375.00", "0.00", "26375.00"},        /* 500 x 52.75 */
	    {"4.1", "0", "0", "0.00", "0.00", "0.00"},
	    {"5.1", "30", "0", "4500.00", "0.00", "4500.00"}}; /* 30 x 150 */
	for (int i = 0; i < 7; i++) {
		const fx_works_item_row *r = &st->items[i];
		ck_assert_str_eq(r->item->id, want[i][0]);
		fx_tw_eq(want[i][0], r->progress, want[i][1]);
		fx_tw_eq(want[i][0], r->previous_progress, want[i][2]);
		fx_tw_eq(want[i][0], r->amount.to_date, want[i][3]);
		fx_tw_eq(want[i][0], r->amount.previous, want[i][4]);
		fx_tw_eq(want[i][0], r->amount.current, want[i][5]);
	}
	ck_assert(st->items[0].item->percent);
	ck_assert_ptr_nonnull(st->items[6].item->amendment);
	ck_assert_uint_eq(st->n_bonuses, 1);
	fx_tw_eq("bonus", st->bonuses[0].amount, "2500.00");
	fx_works_statement_free(st);
	fx_works_description_free(d);
	fx_works_series_free(s);
}
END_TEST

/* The DGD lists the events since the previous column and the direct payments. */
START_TEST(dgd_events)
{
	fx_works_series *s = fx_tw_series(5);
	fx_works_description *d = fx_tw_read(fx_tw_titulaire[5]);
	fx_works_statement *st = fx_tw_compute(d, s);
	ck_assert_uint_eq(st->n_penalties, 1);
	ck_assert_uint_eq(st->penalties[0].statement, 6);
	fx_tw_eq("days", st->penalties[0].days, "2");
	fx_tw_eq("penalty", st->penalties[0].amount, "168.00"); /* 2 x 252 000 / 3000 */
	ck_assert_uint_eq(st->n_direct_payments, 1);
	ck_assert_str_eq(st->direct_payments[0].name, "Façades Martin SAS");
	fx_tw_eq("direct to date", st->direct_payments[0].amount.to_date, "11565.00");
	fx_tw_eq("direct previous", st->direct_payments[0].amount.previous, "6939.00");
	ck_assert_uint_eq(st->n_revisions, 5);
	ck_assert_int_eq(st->kind, FX_WORKS_DGD);
	fx_works_statement_free(st);
	fx_works_description_free(d);
	fx_works_series_free(s);
}
END_TEST

/* A cotraitant's first statement: advance 5 % x 69 600 x 1.2 = 4 176.00, not yet
 * repaid (25 000 / 69 600 = 35.92 %); revision 25 000 x (1.025 - 1) = 625.00;
 * VAT 25 625 x 20 % = 5 125.00; retention 5 % x 25 000 x 1.2 = 1 500.00. */
START_TEST(cotraitant)
{
	static const expected e = {{{"4176.00", "4176.00", "0.00"},
	                            {"25000.00", "0.00", "25000.00"},
	                            {"625.00", "0.00", "625.00"},
	                            {"0.00", "0.00", "0.00"},
	                            {"25625.00", "0.00", "25625.00"},
	                            {"5125.00", "0.00", "5125.00"},
	                            {"30750.00", "0.00", "30750.00"},
	                            {"1500.00", "0.00", "1500.00"},
	                            {"0.00", "0.00", "0.00"},
	                            {"0.00", "0.00", "0.00"},
	                            {"1500.00", "0.00", "1500.00"},
	                            {"29250.00", "0.00", "29250.00"},
	                            {"0.00", "0.00", "0.00"},
	                            {"29250.00", "0.00", "29250.00"}}};
	fx_works_description *d = fx_tw_read(FX_TW_COTRAITANT);
	fx_works_statement *st = fx_tw_compute(d, NULL);
	check_rows("cotraitant", st, &e);
	ck_assert_str_eq(st->cadre, "A13");
	ck_assert_int_eq(st->role, FX_WORKS_COTRAITANT);
	fx_tw_eq("executed", st->executed_percent, "35.92");
	fx_works_statement_free(st);
	fx_works_description_free(d);
}
END_TEST

/* A sous-traitant under reverse charge: 600 x 11.565 = 6 939.00 HT, no VAT, no
 * retention (a guarantee replaces it), firm prices, no advance. */
START_TEST(sous_traitant)
{
	static const expected e = {{{"0.00", "0.00", "0.00"},
	                            {"6939.00", "0.00", "6939.00"},
	                            {"0.00", "0.00", "0.00"},
	                            {"0.00", "0.00", "0.00"},
	                            {"6939.00", "0.00", "6939.00"},
	                            {"0.00", "0.00", "0.00"},
	                            {"6939.00", "0.00", "6939.00"},
	                            {"0.00", "0.00", "0.00"},
	                            {"0.00", "0.00", "0.00"},
	                            {"0.00", "0.00", "0.00"},
	                            {"0.00", "0.00", "0.00"},
	                            {"6939.00", "0.00", "6939.00"},
	                            {"0.00", "0.00", "0.00"},
	                            {"6939.00", "0.00", "6939.00"}}};
	fx_works_description *d = fx_tw_read(FX_TW_SOUS_TRAITANT);
	fx_works_statement *st = fx_tw_compute(d, NULL);
	check_rows("sous-traitant", st, &e);
	ck_assert_str_eq(st->cadre, "A10");
	ck_assert(st->reverse_charge);
	ck_assert_uint_eq(st->n_revisions, 0);
	ck_assert_ptr_nonnull(st->contract->guarantee);
	fx_tw_eq("retention rate", st->contract->retention_rate, "0");
	fx_works_statement_free(st);
	fx_works_description_free(d);
}
END_TEST

/* A small marché for the edge cases: M = 10 000.00 HT, VAT 20 %, advance 1 000.00
 * given as an amount, repaid from 65 % (6 500.00) to 80 % (8 000.00), firm prices,
 * penalties 100.00 a day capped at 10 % (1 000.00). %s: the progress of A (the
 * only item, 1 000 u x 10.00), %s: the kind, %s: penalties. */
static const char small_fmt[] =
    "{\"number\": \"S-%d\", \"issue_date\": \"2025-03-01\", \"seller\": {\"name\": \"Entreprise\"},"
    " \"works\": {\"contract\": {\"number\": \"M-1\", \"buyer\": {\"name\": \"Ville\"},"
    " \"initial_amount\": 10000, \"advance\": {\"amount\": 1000},"
    " \"penalties\": {\"per_day\": 100},"
    " \"items\": [{\"id\": \"A\", \"label\": \"Ouvrage\", \"quantity\": 1000, \"unit_price\": "
    "10}]},"
    " \"role\": \"titulaire\", \"statement\": {\"kind\": \"%s\", \"number\": %d,"
    " \"period\": {\"start\": \"2025-02-01\", \"end\": \"2025-02-28\"}},"
    " \"progress\": [{\"item\": \"A\", \"quantity\": %s}]%s}}";

/* Computes statement n of the small marché in s. */
static fx_works_statement *small(fx_works_series *s, int n, const char *kind, const char *qty,
                                 const char *extra, fx_works_description **dout)
{
	char json[2048];
	snprintf(json, sizeof json, small_fmt, n, kind, n, qty, extra);
	fx_works_description *d = fx_tw_parse(json);
	fx_works_statement *st = fx_tw_compute(d, s);
	*dout = d;
	return st;
}

/* Advance reimbursement: nothing up to exactly 65 %, proportional between the
 * thresholds, all from exactly 80 %, and all in the final account. */
START_TEST(advance_thresholds)
{
	fx_works_series *s = NULL;
	ck_assert_int_eq(fx_works_series_new(&s), FX_OK);
	/* progress, repaid to date */
	static const char *const want[][2] = {
	    {"650", "0.00"},    /* 6 500 = 65 % exactly: not started */
	    {"651", "6.67"},    /* 1 000 x (6 510 - 6 500) / 1 500 = 6.666 -> 6.67 */
	    {"700", "333.33"},  /* 1 000 x 500 / 1 500 = 333.333 -> 333.33 */
	    {"800", "1000.00"}, /* 80 % exactly: complete */
	};
	for (int i = 0; i < 4; i++) {
		fx_works_description *d;
		fx_works_statement *st = small(s, i + 1, "monthly", want[i][0], "", &d);
		fx_tw_eq(want[i][0], st->rows[FX_WORKS_ROW_ADVANCE_REPAID].to_date, want[i][1]);
		fx_works_statement_free(st);
		fx_works_description_free(d);
	}
	fx_works_series_free(s);
	ck_assert_int_eq(fx_works_series_new(&s), FX_OK);
	fx_works_description *d;
	fx_works_statement *st = small(s, 1, "monthly", "100", "", &d);
	fx_tw_eq("10 %", st->rows[FX_WORKS_ROW_ADVANCE_REPAID].to_date, "0.00");
	fx_works_statement_free(st);
	fx_works_description_free(d);
	st = small(s, 2, "final", "500", "", &d); /* 50 % executed, but the final account */
	fx_tw_eq("final", st->rows[FX_WORKS_ROW_ADVANCE_REPAID].to_date, "1000.00");
	fx_tw_eq("final this", st->rows[FX_WORKS_ROW_ADVANCE_REPAID].current, "1000.00");
	fx_works_statement_free(st);
	fx_works_description_free(d);
	fx_works_series_free(s);
}
END_TEST

/* Penalties: days x the daily amount, capped at 10 % of the marché to date. */
START_TEST(penalty_cap)
{
	fx_works_series *s = NULL;
	ck_assert_int_eq(fx_works_series_new(&s), FX_OK);
	fx_works_description *d;
	fx_works_statement *st = small(
	    s, 1, "monthly", "100", ", \"penalties\": [{\"label\": \"Retard\", \"days\": 4}]", &d);
	fx_tw_eq("4 days", st->rows[FX_WORKS_ROW_PENALTIES].to_date, "400.00"); /* 4 x 100 */
	fx_works_statement_free(st);
	fx_works_description_free(d);
	st = small(s, 2, "monthly", "200",
	           ", \"penalties\": [{\"label\": \"Retard\", \"days\": 7},"
	           " {\"label\": \"Absence réunion\", \"amount\": 50}]",
	           &d);
	/* 400 + 700 + 50 = 1 150 > cap 1 000.00: this statement 600.00 */
	fx_tw_eq("capped", st->rows[FX_WORKS_ROW_PENALTIES].to_date, "1000.00");
	fx_tw_eq("capped this", st->rows[FX_WORKS_ROW_PENALTIES].current, "600.00");
	ck_assert_uint_eq(st->n_penalties, 2);
	fx_works_statement_free(st);
	fx_works_description_free(d);
	fx_works_series_free(s);
}
END_TEST

/* Penalties not withheld are shown but not deducted: 100 x 10 = 1 000.00 works,
 * VAT 200.00, TTC 1 200.00, retention 5 % x 1 200 = 60.00; due 1 140.00. */
START_TEST(penalties_not_withheld)
{
	fx_works_description *d;
	fx_works_statement *st = small(NULL, 1, "monthly", "100",
	                               ", \"penalties\": [{\"label\": \"Retard\", \"days\": 1}],"
	                               " \"options\": {\"penalties_withheld\": false}",
	                               &d);
	ck_assert(!st->penalties_withheld);
	fx_tw_eq("penalties", st->rows[FX_WORKS_ROW_PENALTIES].to_date, "100.00");
	fx_tw_eq("deductions", st->rows[FX_WORKS_ROW_DEDUCTIONS].to_date, "60.00");
	fx_tw_eq("due", st->rows[FX_WORKS_ROW_DUE].to_date, "1140.00");
	fx_works_statement_free(st);
	fx_works_description_free(d);
}
END_TEST

/* Amounts to date are rounded from the quantity to date: 0.333 x 10 = 3.33, then
 * 0.666 x 10 = 6.66 (this 3.33), 1 x 10 = 10.00 (this 3.34). */
START_TEST(rounding_to_date)
{
	fx_works_series *s = NULL;
	ck_assert_int_eq(fx_works_series_new(&s), FX_OK);
	static const char *const q[] = {"0.333", "0.666", "1"};
	static const char *const works[][2] = {
	    {"3.33", "3.33"}, {"6.66", "3.33"}, {"10.00", "3.34"}};
	for (int i = 0; i < 3; i++) {
		fx_works_description *d;
		fx_works_statement *st = small(s, i + 1, "monthly", q[i], "", &d);
		fx_tw_eq(q[i], st->rows[FX_WORKS_ROW_WORKS].to_date, works[i][0]);
		fx_tw_eq(q[i], st->rows[FX_WORKS_ROW_WORKS].current, works[i][1]);
		fx_works_statement_free(st);
		fx_works_description_free(d);
	}
	fx_works_series_free(s);
}
END_TEST

/* The cadre of each kind and role. */
START_TEST(cadres)
{
	ck_assert_str_eq(fx_works_cadre(FX_WORKS_MONTHLY, FX_WORKS_TITULAIRE), "A4");
	ck_assert_str_eq(fx_works_cadre(FX_WORKS_FINAL, FX_WORKS_MANDATAIRE), "A7");
	ck_assert_str_eq(fx_works_cadre(FX_WORKS_DGD, FX_WORKS_TITULAIRE), "A8");
	ck_assert_str_eq(fx_works_cadre(FX_WORKS_MONTHLY, FX_WORKS_SOUS_TRAITANT), "A10");
	ck_assert_str_eq(fx_works_cadre(FX_WORKS_FINAL, FX_WORKS_SOUS_TRAITANT), "A11");
	ck_assert_str_eq(fx_works_cadre(FX_WORKS_MONTHLY, FX_WORKS_COTRAITANT), "A13");
	ck_assert_str_eq(fx_works_cadre(FX_WORKS_FINAL, FX_WORKS_COTRAITANT), "A14");
	ck_assert_ptr_null(fx_works_cadre(FX_WORKS_DGD, FX_WORKS_COTRAITANT));
	ck_assert_ptr_null(fx_works_cadre(FX_WORKS_DGD, FX_WORKS_SOUS_TRAITANT));
}
END_TEST

/* The décompte as text: three columns with a dot, whatever the locale. */
START_TEST(text_output)
{
	fx_works_description *d = fx_tw_read(fx_tw_titulaire[0]);
	fx_works_statement *st = fx_tw_compute(d, NULL);
	char *text = NULL;
	ck_assert_int_eq(fx_works_statement_text(st, "fr", &text), FX_OK);
	ck_assert_ptr_nonnull(strstr(text, "Projet de décompte mensuel n° 1"));
	ck_assert_ptr_nonnull(strstr(text, "45273.60"));
	free(text);
	ck_assert_int_eq(fx_works_statement_text(st, "en", &text), FX_OK);
	ck_assert_ptr_nonnull(strstr(text, "Payable to the depositor"));
	free(text);
	fx_works_statement_free(st);
	fx_works_description_free(d);
}
END_TEST

/* The suite. */
static Suite *works_engine_suite(void)
{
	Suite *s = suite_create("works_engine");
	TCase *tc = tcase_create("engine");
	tcase_add_test(tc, titulaire_series);
	tcase_add_test(tc, revision_rows);
	tcase_add_test(tc, items_statement_3);
	tcase_add_test(tc, dgd_events);
	tcase_add_test(tc, cotraitant);
	tcase_add_test(tc, sous_traitant);
	tcase_add_test(tc, advance_thresholds);
	tcase_add_test(tc, penalty_cap);
	tcase_add_test(tc, penalties_not_withheld);
	tcase_add_test(tc, rounding_to_date);
	tcase_add_test(tc, cadres);
	tcase_add_test(tc, text_output);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite (in the user's locale: a decimal comma must not leak). */
int main(void)
{
	setlocale(LC_ALL, "");
	return fx_test_run(works_engine_suite());
}
