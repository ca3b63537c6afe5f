/*
 * Reading works statement descriptions: the examples, the contract in its
 * own file or inline, and the errors, each naming the file, line:column, the
 * JSON path and what was expected (with a suggestion for a misspelt key or
 * work item).
 */
#include <locale.h>
#include <unistd.h>

#include "test_works_support.h"

/* A valid statement with an inline contract; %s is spliced into "works". */
static const char base_fmt[] =
    "{\n"
    "  \"number\": \"T-1\", \"issue_date\": \"2025-02-03\",\n"
    "  \"seller\": {\"name\": \"Entreprise\"},\n"
    "  \"works\": {\n"
    "    \"contract\": {\"number\": \"M-9\", \"buyer\": {\"name\": \"Ville\", \"siret\": "
    "\"21350123200010\"},\n"
    "      \"initial_amount\": 1000, \"revision\": {\"base_value\": 100},\n"
    "      \"items\": [{\"id\": \"A.1\", \"label\": \"Ouvrage\", \"quantity\": 10, "
    "\"unit_price\": 100},\n"
    "                {\"id\": \"B.2\", \"label\": \"Forfait\", \"mode\": \"percent\", "
    "\"quantity\": 1, \"unit_price\": 50}]},\n"
    "    \"role\": \"titulaire\",\n"
    "    \"statement\": {\"kind\": \"monthly\", \"number\": 1, \"period\": {\"start\": "
    "\"2025-01-01\", \"end\": \"2025-01-31\"}}%s\n"
    "  }\n"
    "}\n";

/* Reads base_fmt with extra spliced in and expects code and every part. */
static void expect_error(const char *extra, int code, const char *part1, const char *part2)
{
	char json[4096];
	snprintf(json, sizeof json, base_fmt, extra);
	fx_works_description *d = NULL;
	int rc = fx_works_read_memory(json, strlen(json), "s.json", FX_TW_DIR "/titulaire", &d);
	ck_assert_msg(rc == code, "expected %d, got %d (%s) for: %s", code, rc,
	              fx_error_last()->message, extra);
	ck_assert_ptr_null(d);
	fx_tw_message(part1);
	if (part2)
		fx_tw_message(part2);
}

/* Every example reads, with its contract file. */
START_TEST(examples_read)
{
	for (size_t i = 0; i < 6; i++) {
		fx_works_description *d = fx_tw_read(fx_tw_titulaire[i]);
		const fx_works_contract *c = fx_works_description_contract(d);
		ck_assert_str_eq(c->number, "2025-TRX-014");
		ck_assert_uint_eq(fx_works_description_number(d), (unsigned)i + 1);
		ck_assert_uint_eq(c->n_items, 7);
		fx_tw_eq("marché", c->amount, "252000");
		fx_tw_eq("advance", c->advance_amount, "28800.00");
		fx_tw_eq("penalty cap", c->penalty_cap, "25200.00");
		ck_assert_int_eq(c->coefficient_rounding, FX_ROUND_CEILING);
		fx_works_description_free(d);
	}
	fx_works_description *d = fx_tw_read(FX_TW_SOUS_TRAITANT);
	ck_assert_ptr_nonnull(fx_works_description_contract(d)->guarantee);
	ck_assert(!fx_works_description_contract(d)->has_revision);
	fx_works_description_free(d);
}
END_TEST

/* Defaults: VAT 20 %, retention 5 %, a = 0.125, b = 1 - a, 3 decimals, up. */
START_TEST(defaults)
{
	char json[4096];
	snprintf(json, sizeof json, base_fmt, "");
	fx_works_description *d = fx_tw_parse(json);
	const fx_works_contract *c = fx_works_description_contract(d);
	fx_tw_eq("vat", c->vat_rate, "20");
	fx_tw_eq("retention", c->retention_rate, "5");
	fx_tw_eq("a", c->fixed_part, "0.125");
	fx_tw_eq("b", c->variable_part, "0.875");
	ck_assert_int_eq(c->coefficient_decimals, 3);
	ck_assert(!c->has_advance);
	fx_tw_eq("divisor", c->penalty_divisor, "3000");
	fx_tw_eq("item amount", c->items[0].amount, "1000.00");
	ck_assert(c->items[1].percent);
	ck_assert_str_eq(c->items[0].unit, "C62");
	fx_works_description_free(d);
}
END_TEST

/* Errors in the statement part. */
START_TEST(statement_errors)
{
	expect_error(",\n    \"progres\": []", FX_EINVAL, "s.json:11:5: $.works.progres",
	             "did you mean 'progress'?");
	expect_error(",\n    \"progress\": [{\"item\": \"A.2\", \"quantity\": 3}]", FX_EINVAL,
	             "$.works.progress[0].item: no work item \"A.2\"", "did you mean \"A.1\"?");
	expect_error(",\n    \"progress\": [{\"item\": \"A.1\", \"percent\": 30}]", FX_EINVAL,
	             "$.works.progress[0].percent", "progresses in quantity");
	expect_error(",\n    \"progress\": [{\"item\": \"B.2\", \"percent\": 130}]", FX_EINVAL,
	             "$.works.progress[0].percent", "from 0 to 100");
	expect_error(",\n    \"progress\": [{\"item\": \"A.1\", \"quantity\": \"trois\"}]",
	             FX_EINVAL, "$.works.progress[0].quantity: expected a decimal number", "trois");
	expect_error(",\n    \"progress\": [{\"item\": \"A.1\", \"quantity\": 1}, {\"item\": "
	             "\"A.1\", \"quantity\": 2}]",
	             FX_EINVAL, "$.works.progress[1].item", "given twice");
	expect_error(",\n    \"indices\": [{\"month\": \"2025-13\", \"value\": 101}]", FX_EINVAL,
	             "$.works.indices[0].month", "YYYY-MM");
	expect_error(",\n    \"options\": {\"deductions\": \"later\"}", FX_EINVAL,
	             "$.works.options.deductions", "\"prepaid\" or \"none\"");
	expect_error(",\n    \"options\": {\"cadre\": \"A99\"}", FX_EINVAL, "$.works.options.cadre",
	             "A1..A25");
	expect_error(",\n    \"options\": {\"reverse_charge\": true}", FX_EINVAL,
	             "$.works.options.reverse_charge", "283-2 nonies");
	expect_error(",\n    \"penalties\": [{\"label\": \"Retard\"}]", FX_EINVAL,
	             "$.works.penalties[0]", "'amount' or 'days'");
	expect_error(",\n    \"bonuses\": [{\"amount\": 10}]", FX_EINVAL, "$.works.bonuses[0]",
	             "missing key 'label'");
}
END_TEST

/* Errors of the role and of the statement identity. */
START_TEST(identity_errors)
{
	static const char fmt[] =
	    "{\"number\": \"T\", \"seller\": {\"name\": \"E\"}, \"works\": {\"contract\": "
	    "\"marche.json\", \"role\": \"%s\", \"statement\": {\"kind\": \"%s\", \"number\": "
	    "%s}}}";
	static const struct {
		const char *role, *kind, *number, *p1, *p2;
	} cases[] = {
	    {"titulair", "monthly", "1", "$.works.role", "got \"titulair\""},
	    {"titulaire", "weekly", "1", "$.works.statement.kind",
	     "\"monthly\", \"final\" or \"dgd\""},
	    {"titulaire", "monthly", "1.5", "$.works.statement.number", "whole number"},
	    {"cotraitant", "dgd", "2", "$.works.statement",
	     "there is no Chorus Pro cadre for a DGD"},
	    {"sous-traitant", "dgd", "2", "a DGD is deposited by the titulaire", NULL},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char json[1024];
		snprintf(json, sizeof json, fmt, cases[i].role, cases[i].kind, cases[i].number);
		fx_works_description *d = NULL;
		int rc =
		    fx_works_read_memory(json, strlen(json), "s.json", FX_TW_DIR "/titulaire", &d);
		ck_assert_msg(rc == FX_EINVAL, "case %zu: %d", i, rc);
		fx_tw_message(cases[i].p1);
		if (cases[i].p2)
			fx_tw_message(cases[i].p2);
	}
}
END_TEST

/* Errors in the contract: inline, in its file, or a file that is missing. */
START_TEST(contract_errors)
{
	static const char fmt[] =
	    "{\"number\": \"T\", \"seller\": {\"name\": \"E\"}, \"works\": {\"contract\": %s, "
	    "\"role\": \"titulaire\", \"statement\": {\"kind\": \"monthly\", \"number\": 1}}}";
	static const struct {
		const char *contract, *p1, *p2;
		int code;
	} cases[] = {
	    {"{\"buyer\": {\"name\": \"V\"}, \"initial_amount\": 10}", "$.works.contract",
	     "missing key 'number'", FX_EINVAL},
	    {"{\"number\": \"M\", \"initial_amount\": 10, \"items\": []}", "$.works.contract",
	     "missing key 'buyer'", FX_EINVAL},
	    {"{\"number\": \"M\", \"buyer\": {\"name\": \"V\", \"siret\": \"123\"}, "
	     "\"initial_amount\": 10}",
	     "$.works.contract.buyer.siret", "14 digits", FX_EINVAL},
	    {"{\"number\": \"M\", \"buyer\": {\"name\": \"V\"}, \"initial_amount\": 10, \"items\": "
	     "[{\"id\": \"1\", \"label\": \"x\", \"quantity\": 1, \"unit_price\": 1}, {\"id\": "
	     "\"1\", "
	     "\"label\": \"y\", \"quantity\": 1, \"unit_price\": 1}]}",
	     "$.works.contract.items[1].id", "given twice", FX_EINVAL},
	    {"{\"number\": \"M\", \"buyer\": {\"name\": \"V\"}, \"initial_amount\": 10, \"items\": "
	     "[{\"id\": \"1\", \"label\": \"x\", \"quantity\": 1, \"unit_price\": 1, "
	     "\"amendment\": "
	     "\"2\"}]}",
	     "$.works.contract.items[0].amendment", "no amendment \"2\"", FX_EINVAL},
	    {"{\"number\": \"M\", \"buyer\": {\"name\": \"V\"}, \"initial_amount\": 10, "
	     "\"advance\": "
	     "{\"rate\": 10, \"start\": 80, \"end\": 65}, \"items\": [{\"id\": \"1\", \"label\": "
	     "\"x\", \"quantity\": 1, \"unit_price\": 1}]}",
	     "$.works.contract.advance.end", "above 'start'", FX_EINVAL},
	    {"{\"number\": \"M\", \"buyer\": {\"name\": \"V\"}, \"initial_amount\": 10, "
	     "\"retention\": {\"rate\": 5, \"guarantee\": \"caution\"}, \"items\": [{\"id\": "
	     "\"1\", "
	     "\"label\": \"x\", \"quantity\": 1, \"unit_price\": 1}]}",
	     "$.works.contract.retention.rate", "not both", FX_EINVAL},
	    {"{\"number\": \"M\", \"buyer\": {\"name\": \"V\"}, \"initial_amount\": 10, "
	     "\"revision\": "
	     "{\"base_value\": 100, \"coefficient_rounding\": \"nearest\"}, \"items\": [{\"id\": "
	     "\"1\", \"label\": \"x\", \"quantity\": 1, \"unit_price\": 1}]}",
	     "$.works.contract.revision.coefficient_rounding", "\"up\"", FX_EINVAL},
	    {"{\"numbr\": \"M\"}", "$.works.contract.numbr", "did you mean 'number'?", FX_EINVAL},
	    {"42", "$.works.contract", "the name of its JSON file", FX_EINVAL},
	    {"\"absent-marche.json\"", "s.json:1:", "the contract file cannot be read", FX_EIO},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char json[2048];
		snprintf(json, sizeof json, fmt, cases[i].contract);
		fx_works_description *d = NULL;
		int rc =
		    fx_works_read_memory(json, strlen(json), "s.json", FX_TW_DIR "/titulaire", &d);
		ck_assert_msg(rc == cases[i].code, "case %zu: %d (%s)", i, rc,
		              fx_error_last()->message);
		fx_tw_message(cases[i].p1);
		fx_tw_message(cases[i].p2);
	}
}
END_TEST

/* An error in the contract file names that file. */
START_TEST(contract_file_error)
{
	char dir[] = "/tmp/fx-works-read-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(dir));
	char path[256], stmt[256];
	snprintf(path, sizeof path, "%s/marche.json", dir);
	snprintf(stmt, sizeof stmt, "%s/s.json", dir);
	FILE *f = fopen(path, "w");
	fputs("{\n  \"number\": \"M\",\n  \"buyer\": {\"name\": \"V\"},\n  \"initial_amount\": "
	      "-5\n}\n",
	      f);
	fclose(f);
	f = fopen(stmt, "w");
	fputs("{\"number\": \"T\", \"seller\": {\"name\": \"E\"}, \"works\": {\"contract\": "
	      "\"marche.json\", \"role\": \"titulaire\", \"statement\": {\"kind\": \"monthly\", "
	      "\"number\": 1}}}",
	      f);
	fclose(f);
	fx_works_description *d = NULL;
	ck_assert_int_eq(fx_works_read_file(stmt, &d), FX_EINVAL);
	fx_tw_message("marche.json:4:21: $.initial_amount: expected the initial amount");
	remove(path);
	remove(stmt);
	rmdir(dir);
}
END_TEST

/* The invoice part: computed keys are refused; a missing "works" is named. */
START_TEST(invoice_part_errors)
{
	static const struct {
		const char *json, *p1, *p2;
	} cases[] = {
	    {"{\"number\": \"T\", \"lines\": [], \"works\": {}}", "$.lines",
	     "the engine computes it"},
	    {"{\"number\": \"T\", \"work\": {}}", "$.work", "did you mean 'works'?"},
	    {"{\"number\": \"T\"}", "missing key 'works'", NULL},
	    {"[1]", "expected an object", NULL},
	    {"{\"number\": \"T\", \"works\": {\"role\": \"titulaire\"}}", "$.works",
	     "missing key 'contract'"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		fx_works_description *d = NULL;
		int rc =
		    fx_works_read_memory(cases[i].json, strlen(cases[i].json), "s.json", NULL, &d);
		ck_assert_msg(rc == FX_EINVAL, "case %zu: %d", i, rc);
		fx_tw_message(cases[i].p1);
		if (cases[i].p2)
			fx_tw_message(cases[i].p2);
	}
	fx_works_description *d = NULL;
	ck_assert_int_eq(fx_works_read_file("/nonexistent/s.json", &d), FX_EIO);
}
END_TEST

/* Statement computation errors: a missing index names the month. */
START_TEST(missing_index)
{
	char json[4096];
	snprintf(json, sizeof json, base_fmt,
	         ",\n    \"progress\": [{\"item\": \"A.1\", \"quantity\": 2}]");
	fx_works_description *d = fx_tw_parse(json);
	fx_works_statement *st = NULL;
	ck_assert_int_eq(fx_works_compute(d, NULL, &st), FX_EINVAL);
	fx_tw_message("no value of the index for 2025-01, the month of statement 1");
	fx_tw_message("\"provisional\"");
	fx_works_description_free(d);
}
END_TEST

/* The suite. */
static Suite *works_read_suite(void)
{
	Suite *s = suite_create("works_read");
	TCase *tc = tcase_create("read");
	tcase_add_test(tc, examples_read);
	tcase_add_test(tc, defaults);
	tcase_add_test(tc, statement_errors);
	tcase_add_test(tc, identity_errors);
	tcase_add_test(tc, contract_errors);
	tcase_add_test(tc, contract_file_error);
	tcase_add_test(tc, invoice_part_errors);
	tcase_add_test(tc, missing_index);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite in the user's locale. */
int main(void)
{
	setlocale(LC_ALL, "");
	return fx_test_run(works_read_suite());
}
