/*
 * The renderer's internals: line wrapping, font subsetting, templates (and
 * their error messages), the logo, and the geometry of the layout (nothing
 * drawn outside the page's content area, whatever the text lengths).
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "render/fonts.h"
#include "render/render_internal.h"
#include "render/template.h"
#include "render/text.h"
#include "render/ttf.h"
#include "test_render_fixture.h"

/* Loads the default sans family. f: receives regular and bold. */
static void load_fonts(fx_ttf *f[2])
{
	int rc = fx_fonts_load(NULL, "sans", f);
	ck_assert_msg(rc == FX_OK, "%s", fx_error_last()->message);
}

/* Wrapped lines fit the width, keep every word, and break at newlines. */
START_TEST(wrapping)
{
	fx_ttf *f[2];
	load_fonts(f);
	fx_wrapper w;
	ck_assert_int_eq(fx_wrapper_open(&w, "fr_FR"), FX_OK);
	const char *s = "Fourniture et pose d'un tableau électrique divisionnaire, "
	                "raccordement compris.\nGarantie deux ans.";
	ck_assert_int_eq(fx_text_wrap(&w, f[0], 9, s, strlen(s), 120), FX_OK);
	ck_assert_uint_ge(w.n_lines, 4);
	size_t words = 0;
	for (size_t i = 0; i < w.n_lines; i++) {
		fx_span sp = w.lines[i];
		ck_assert_float_le(sp.width, 120.0f);
		ck_assert(fx_text_width(f[0], 9, s + sp.off, sp.len) == sp.width);
		ck_assert(sp.len == 0 || s[sp.off + sp.len - 1] != ' ');
		for (size_t k = 0; k < sp.len; k++)
			words += s[sp.off + k] == ' ';
		if (i + 1 < w.n_lines)
			words++; /* the break replaced a space or the newline */
	}
	ck_assert_uint_eq(words, 11);
	const fx_span last = w.lines[w.n_lines - 1];
	ck_assert_int_eq(strncmp(s + last.off, "Garantie deux ans.", last.len), 0);
	/* a word wider than the line is cut between characters */
	const char *longw = "Anticonstitutionnellement-intergouvernementalisations";
	ck_assert_int_eq(fx_text_wrap(&w, f[1], 10, longw, strlen(longw), 50), FX_OK);
	ck_assert_uint_ge(w.n_lines, 3);
	size_t total = 0;
	for (size_t i = 0; i < w.n_lines; i++) {
		ck_assert_float_le(w.lines[i].width, 50.0f);
		total += w.lines[i].len;
	}
	ck_assert_uint_eq(total, strlen(longw));
	ck_assert_int_eq(fx_text_wrap(&w, f[0], 9, "", 0, 100), FX_OK);
	ck_assert_uint_eq(w.n_lines, 0);
	fx_wrapper_close(&w);
	fx_ttf_free(f[0]);
	fx_ttf_free(f[1]);
}
END_TEST

/* A subset keeps the used characters (same widths) and little else. */
START_TEST(subsetting)
{
	fx_ttf *f[2];
	load_fonts(f);
	uint32_t cps[] = {' ', '0', 'A', 'e', 0xE9 /* é */, 0x152 /* Œ */, 0x20AC /* € */};
	unsigned char *data;
	size_t len;
	ck_assert_int_eq(fx_ttf_subset(f[0], cps, 7, &data, &len), FX_OK);
	ck_assert_uint_lt(len, 12000);
	char path[] = "/tmp/fxt-subset-XXXXXX";
	int fd = mkstemp(path);
	ck_assert(fd >= 0 && write(fd, data, len) == (ssize_t)len);
	close(fd);
	fx_ttf *s;
	ck_assert_int_eq(fx_ttf_load(path, &s), FX_OK);
	unlink(path);
	ck_assert_uint_le(s->num_glyphs, 12); /* .notdef, 7 characters, é/Œ components */
	for (int i = 0; i < 7; i++) {
		ck_assert_uint_ne(fx_ttf_glyph(s, cps[i]), 0);
		ck_assert_int_eq(fx_ttf_advance(s, fx_ttf_glyph(s, cps[i])),
		                 fx_ttf_advance(f[0], fx_ttf_glyph(f[0], cps[i])));
	}
	ck_assert_uint_eq(fx_ttf_glyph(s, 'B'), 0);
	/* the whole-file checksum of a TrueType font is 0xB1B0AFBA */
	uint32_t sum = 0;
	for (size_t i = 0; i < len; i += 4)
		sum += fx_be32(data + i);
	ck_assert_uint_eq(sum, 0xB1B0AFBAu);
	free(data);
	fx_ttf_free(s);
	fx_ttf_free(f[0]);
	fx_ttf_free(f[1]);
}
END_TEST

/* Writes text to a temporary file and returns its malloc'ed path. */
static char *temp_file(const char *suffix_free_text)
{
	char *path = strdup("/tmp/fxt-template-XXXXXX");
	int fd = mkstemp(path);
	ck_assert(fd >= 0);
	size_t n = strlen(suffix_free_text);
	ck_assert(write(fd, suffix_free_text, n) == (ssize_t)n);
	close(fd);
	return path;
}

/* Loads template text and expects code and a message containing want. */
static void template_fails(const char *text, int code, const char *want)
{
	char *path = temp_file(text);
	fx_template *t = NULL;
	ck_assert_int_eq(fx_template_load(path, "fr", &t), code);
	const char *msg = fx_error_last()->message;
	ck_assert_msg(strstr(msg, want) && strstr(msg, path), "message \"%s\" lacks \"%s\"", msg,
	              want);
	unlink(path);
	free(path);
}

/* Template errors name the file and the line or JSON path. */
START_TEST(template_errors)
{
	template_fails("{\n  \"template_version\": 1,\n  \"blocks\": [,]\n}", FX_EINVAL, ":3:");
	template_fails(
	    "{\"template_version\": 1, \"colour\": {}, \"blocks\": [{\"type\": \"seller\"}]}",
	    FX_EINVAL, "$: unknown key \"colour\"");
	template_fails("{\"template_version\": 2, \"blocks\": []}", FX_EINVAL,
	               "$.template_version");
	template_fails("{\"template_version\": 1, \"blocks\": [{\"type\": \"seller\"}, "
	               "{\"type\": \"lines\", \"columns\": [{\"field\": \"price\"}]}]}",
	               FX_EINVAL, "$.blocks[1].columns[0].field: expected one of:");
	template_fails("{\"template_version\": 1, \"blocks\": [{\"type\": \"lines\", "
	               "\"columns\": [{\"field\": \"amount\"}]}]}",
	               FX_EINVAL, "$.blocks[0].columns: a \"designation\" column is required");
	template_fails("{\"template_version\": 1, \"colors\": {\"text\": \"red\"}, "
	               "\"blocks\": [{\"type\": \"seller\"}]}",
	               FX_EINVAL, "$.colors.text: expected a colour");
	template_fails("{\"template_version\": 1, \"page\": {\"margins_mm\": {\"top\": 200}}, "
	               "\"blocks\": [{\"type\": \"seller\"}]}",
	               FX_EINVAL, "$.page.margins_mm.top: expected a number from 0 to 60");
}
END_TEST

/* A custom template: Letter page, own labels over the built-in ones, a PNG logo. */
START_TEST(custom_template_and_logo)
{
	/* a 2x1 RGB PNG: signature, IHDR, IDAT (stored deflate), IEND */
	static const unsigned char png[] = {
	    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D,
	    0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x01,
	    0x08, 0x02, 0x00, 0x00, 0x00, 0x7B, 0x40, 0xE8, 0xDD, 0x00, 0x00, 0x00,
	    0x0F, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x90, 0xF7, 0xAB, 0xFC,
	    0xFF, 0xFF, 0x3F, 0x00, 0x0A, 0x25, 0x03, 0xE4, 0xFA, 0x4B, 0x0E, 0x88,
	    0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82};
	char logo[] = "/tmp/fxt-logo-XXXXXX";
	int fd = mkstemp(logo);
	ck_assert(fd >= 0 && write(fd, png, sizeof png) == (ssize_t)sizeof png);
	close(fd);
	char *tpl = temp_file(
	    "{\"template_version\": 1, \"language\": \"fr\", \"page\": {\"size\": \"Letter\"},"
	    " \"colors\": {\"accent\": \"#7A1F1F\"},"
	    " \"blocks\": [{\"type\": \"seller\"}, {\"type\": \"title\"},"
	    "  {\"type\": \"lines\", \"columns\": [{\"field\": \"id\", \"width\": 5},"
	    "   {\"field\": \"designation\", \"width\": 60}, {\"field\": \"amount\", \"width\": 20,"
	    "    \"align\": \"right\"}]}, {\"type\": \"totals\", \"position\": \"right\", "
	    "\"share\": 0.4}],"
	    " \"footer\": {\"text\": \"Merci !|{seller.email}\", \"page_numbers\": false},"
	    " \"labels\": {\"titles\": {\"380\": \"NOTE D'HONORAIRES\"}}}");
	fx_invoice *inv = fxt_invoice(2, "S", "20");
	fxt_compute(inv);
	fx_render_options o = FX_RENDER_OPTIONS_INIT;
	o.template_path = tpl;
	o.logo_path = logo;
	fx_dlist dl;
	fx_render_geometry geo;
	int rc = fx_render_layout(inv, &o, &dl, &geo);
	ck_assert_msg(rc == FX_OK, "%s", fx_error_last()->message);
	ck_assert_float_eq(geo.page_w, 612.0f);
	int title = 0, images = 0, thanks = 0, page_no = 0, designation = 0;
	for (size_t i = 0; i < dl.n; i++) {
		const fx_op *op = &dl.ops[i];
		images += op->kind == FX_OP_IMAGE;
		if (op->kind != FX_OP_TEXT)
			continue;
		title += strcmp(op->text, "NOTE D'HONORAIRES") == 0;
		thanks += strcmp(op->text, "Merci !") == 0; /* empty e-mail: segment dropped */
		page_no += strncmp(op->text, "Page ", 5) == 0;
		designation += strcmp(op->text, "Désignation") == 0; /* built-in label kept */
	}
	ck_assert_int_eq(title, 1);
	ck_assert_int_eq(images, 1);
	ck_assert_int_eq(thanks, 1);
	ck_assert_int_eq(page_no, 0);
	ck_assert_int_eq(designation, 1);
	fx_dlist_free(&dl);
	unsigned char *pdf;
	size_t len;
	ck_assert_int_eq(fx_render_pdf_memory(inv, &o, &pdf, &len), FX_OK);
	ck_assert_ptr_nonnull(fxt_memmem(pdf, len, "/Subtype /Image", 15));
	free(pdf);
	/* a damaged logo is an error, not a crash in libpng */
	unsigned char bad[sizeof png];
	memcpy(bad, png, sizeof png);
	bad[46] ^= 0x55;
	fd = open(logo, O_WRONLY | O_TRUNC);
	ck_assert(fd >= 0 && write(fd, bad, sizeof bad) == (ssize_t)sizeof bad);
	close(fd);
	ck_assert_int_eq(fx_render_pdf_memory(inv, &o, &pdf, &len), FX_EINVAL);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, logo));
	fx_invoice_free(inv);
	unlink(logo);
	unlink(tpl);
	free(tpl);
}
END_TEST

/* Checks that every operation of inv's layout lies inside the content area. */
static void inside(const fx_invoice *inv, const char *lang, int min_pages)
{
	fx_ttf *f[2];
	load_fonts(f);
	fx_render_options o = FX_RENDER_OPTIONS_INIT;
	o.language = lang;
	fx_dlist dl;
	fx_render_geometry g;
	int rc = fx_render_layout(inv, &o, &dl, &g);
	ck_assert_msg(rc == FX_OK, "%s", fx_error_last()->message);
	ck_assert_int_ge(dl.pages, min_pages);
	for (size_t i = 0; i < dl.n; i++) {
		const fx_op *op = &dl.ops[i];
		float x1 = op->x, x2 = op->x + op->x2, y = op->y;
		if (op->kind == FX_OP_TEXT)
			x2 = op->x +
			     fx_text_width(f[op->font], op->size, op->text, strlen(op->text));
		else if (op->kind == FX_OP_LINE)
			x2 = op->x2;
		ck_assert_msg(x1 >= g.left - 0.01f && x2 <= g.right + 0.01f,
		              "op %zu (\"%s\") spans x %.1f..%.1f outside %.1f..%.1f", i,
		              op->text ? op->text : "", x1, x2, g.left, g.right);
		ck_assert_msg(y >= g.top - 0.01f && y <= g.page_h - 20, "op %zu at y %.1f", i, y);
		ck_assert_int_lt(op->page, dl.pages);
	}
	fx_dlist_free(&dl);
	fx_ttf_free(f[0]);
	fx_ttf_free(f[1]);
}

/* Long names, long descriptions and many lines stay inside the page. */
START_TEST(geometry)
{
	fx_invoice *inv = fxt_invoice(120, "S", "20");
	char name[400] = "";
	for (int i = 0; i < 12; i++)
		strcat(name, "Coopérative-Électrique ");
	fxt_set(inv, &inv->seller.name, name);
	fxt_set(inv, &inv->buyer.name, name);
	fxt_set(inv, &inv->buyer_reference, "SERVICE-COMPTABILITE-FOURNISSEURS-ET-MARCHES-PUBLICS");
	fxt_set(inv, &inv->payment_terms, name);
	char desc[4000] = "";
	for (int i = 0; i < 150; i++)
		strcat(desc, "désignation ");
	fxt_set(inv, &inv->lines[3].item_description, desc);
	fxt_set(inv, &inv->lines[4].item_name,
	        "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
	fx_allowance_charge *ac;
	ck_assert_int_eq(fx_line_add_allowance_charge(inv, &inv->lines[5], false, &ac), FX_OK);
	ac->amount = fxt_dec("10");
	fxt_set(inv, &ac->reason, "Remise exceptionnelle accordée pour retard de chantier");
	fxt_compute(inv);
	inside(inv, "fr", 3);
	inside(inv, "en", 3);
	fx_invoice_free(inv);
}
END_TEST

/* Builds the suite. */
static Suite *suite(void)
{
	Suite *s = suite_create("render_layout");
	TCase *tc = tcase_create("layout");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, wrapping);
	tcase_add_test(tc, subsetting);
	tcase_add_test(tc, template_errors);
	tcase_add_test(tc, custom_template_and_logo);
	tcase_add_test(tc, geometry);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite. */
int main(void)
{
	return fx_test_run(suite());
}
