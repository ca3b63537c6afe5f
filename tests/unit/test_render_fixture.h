/*
 * Invoices built with the public API for the renderer's tests, and helpers
 * to run the poppler tools (pdftotext, pdffonts) on a rendered PDF.
 */
#ifndef FX_TEST_RENDER_FIXTURE_H
#define FX_TEST_RENDER_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "facturx.h"
#include "test_support.h"

/* Parses a decimal or fails the test. s: plain decimal text. */
static inline fx_decimal fxt_dec(const char *s)
{
	fx_decimal d;
	ck_assert_int_eq(fx_decimal_parse(s, strlen(s), &d), FX_OK);
	return d;
}

/* Sets a text field or fails the test. inv: owner; f: field; s: UTF-8. */
static inline void fxt_set(fx_invoice *inv, char **f, const char *s)
{
	ck_assert_int_eq(fx_invoice_set_text(inv, f, s), FX_OK);
}

/* Fills a party. inv: owner; p: the party; name/siren/vat/city: its data. */
static inline void fxt_party(fx_invoice *inv, fx_party *p, const char *name, const char *siren,
                             const char *vat, const char *city, const char *country)
{
	fxt_set(inv, &p->name, name);
	fxt_set(inv, &p->legal_id.id, siren);
	fxt_set(inv, &p->legal_id.scheme, "0002");
	if (vat)
		fxt_set(inv, &p->vat_id, vat);
	fxt_set(inv, &p->address.line1, "12 rue des Artisans");
	fxt_set(inv, &p->address.postcode, "37000");
	fxt_set(inv, &p->address.city, city);
	fxt_set(inv, &p->address.country, country);
}

/* Adds a line. inv: invoice; i: number; name: item; qty/price: decimals; cat/rate: VAT. */
static inline fx_line *fxt_line(fx_invoice *inv, int i, const char *name, const char *qty,
                                const char *price, const char *cat, const char *rate)
{
	fx_line *l;
	char id[16];
	snprintf(id, sizeof id, "%d", i);
	ck_assert_int_eq(fx_invoice_add_line(inv, &l), FX_OK);
	fxt_set(inv, &l->id, id);
	fxt_set(inv, &l->item_name, name);
	l->quantity = fxt_dec(qty);
	fxt_set(inv, &l->unit_code, "C62");
	l->net_price = fxt_dec(price);
	fxt_set(inv, &l->vat_category, cat);
	if (rate)
		l->vat_rate = fxt_dec(rate);
	return l;
}

/* Builds an invoice of n lines in VAT category cat at rate (NULL for O),
 * computed. The caller frees it. */
static inline fx_invoice *fxt_invoice(size_t n, const char *cat, const char *rate)
{
	fx_invoice *inv;
	ck_assert_int_eq(fx_invoice_new(&inv), FX_OK);
	fxt_set(inv, &inv->number, "FA-2026-0042");
	fxt_set(inv, &inv->type_code, "380");
	fxt_set(inv, &inv->currency, "EUR");
	ck_assert_int_eq(fx_date_parse("2026-11-24", 10, &inv->issue_date), FX_OK);
	ck_assert_int_eq(fx_date_parse("2026-12-24", 10, &inv->due_date), FX_OK);
	fxt_party(inv, &inv->seller, "Électricité Bâtiment Rousseau", "881234567", "FR21881234567",
	          "Tours", "FR");
	fxt_set(inv, &inv->seller.legal_info, "SARL au capital de 8 000 € – RCS Tours 881 234 567");
	fxt_party(inv, &inv->buyer, "Constructions Ligériennes SA", "552100554", "FR40552100554",
	          "Joué-lès-Tours", "FR");
	fxt_set(inv, &inv->payment.means_code, "58");
	fx_credit_transfer *ct;
	ck_assert_int_eq(fx_invoice_add_credit_transfer(inv, &ct), FX_OK);
	fxt_set(inv, &ct->account_id, "FR7614406000011234567890123");
	fxt_set(inv, &ct->bic, "AGRIFRPP844");
	for (size_t i = 0; i < n; i++) {
		char name[64];
		snprintf(name, sizeof name, "Pose de gaine électrique, lot %zu", i + 1);
		fxt_line(inv, (int)i + 1, name, "3", "1234.56", cat, rate);
	}
	return inv;
}

/* Computes inv or fails the test. */
static inline void fxt_compute(fx_invoice *inv)
{
	int rc = fx_invoice_compute(inv, NULL);
	ck_assert_msg(rc == FX_OK, "compute: %s", fx_error_last()->message);
}

/* Renders inv with language lang (fixed date) or fails; *len receives the size. */
static inline unsigned char *fxt_render(const fx_invoice *inv, const char *lang, size_t *len)
{
	fx_render_options o = FX_RENDER_OPTIONS_INIT;
	o.language = lang;
	o.creation_date = "2026-11-24T10:00:00Z";
	unsigned char *pdf = NULL;
	int rc = fx_render_pdf_memory(inv, &o, &pdf, len);
	ck_assert_msg(rc == FX_OK, "render: %s", fx_error_last()->message);
	ck_assert(*len > 8 && memcmp(pdf, "%PDF-", 5) == 0);
	return pdf;
}

/* Number of pages of a PDF written by libharu (one "/Type /Page" object each). */
static inline int fxt_pages(const unsigned char *pdf, size_t len)
{
	int n = 0;
	const char *key = "/Type /Page\n";
	size_t k = strlen(key);
	for (size_t i = 0; i + k <= len; i++)
		n += memcmp(pdf + i, key, k) == 0;
	return n;
}

/* Finds needle (n bytes) in hay (len bytes); NULL when absent. */
static inline const void *fxt_memmem(const void *hay, size_t len, const void *needle, size_t n)
{
	for (size_t i = 0; n <= len && i + n <= len; i++)
		if (memcmp((const char *)hay + i, needle, n) == 0)
			return (const char *)hay + i;
	return NULL;
}

/* True when the program tool is on the PATH. */
static inline int fxt_have(const char *tool)
{
	char cmd[256];
	snprintf(cmd, sizeof cmd, "command -v %s >/dev/null 2>&1", tool);
	return system(cmd) == 0;
}

/* Exits 77 (skipped) when tool is absent. */
static inline void fxt_require(const char *tool)
{
	if (!fxt_have(tool)) {
		printf("SKIPPED: %s is not installed (poppler-utils)\n", tool);
		exit(FX_TEST_SKIP);
	}
}

/* Runs "tool args file" on pdf saved to a temporary file and returns its
 * standard output (malloc'ed); *err receives the standard error. */
static inline char *fxt_tool(const char *tool, const char *args, const unsigned char *pdf,
                             size_t len, char **err)
{
	char in[] = "/tmp/fxt-render-XXXXXX", errf[] = "/tmp/fxt-render-err-XXXXXX";
	int fd = mkstemp(in), efd = mkstemp(errf);
	ck_assert(fd >= 0 && efd >= 0);
	ck_assert(write(fd, pdf, len) == (ssize_t)len);
	close(fd);
	close(efd);
	char cmd[512];
	snprintf(cmd, sizeof cmd, "%s %s %s - 2>%s", tool, args, in, errf);
	if (strcmp(tool, "pdffonts") == 0)
		snprintf(cmd, sizeof cmd, "pdffonts %s 2>%s", in, errf);
	FILE *p = popen(cmd, "r");
	ck_assert_ptr_nonnull(p);
	size_t cap = 1 << 16, n = 0;
	char *out = malloc(cap);
	size_t got;
	while ((got = fread(out + n, 1, cap - n - 1, p)) > 0) {
		n += got;
		if (cap - n - 1 == 0)
			out = realloc(out, cap *= 2);
	}
	out[n] = '\0';
	ck_assert_int_eq(pclose(p), 0);
	if (err)
		*err = fx_test_read(errf, NULL);
	unlink(in);
	unlink(errf);
	return out;
}

#endif
