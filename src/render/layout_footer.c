/*
 * The footer of every page: the template's footer text, whose "|"-separated
 * segments are dropped when a {placeholder} in them is empty, and "Page n/N".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/error.h"
#include "render/layout.h"
#include "render/party.h"

#define FX_PAGE_NUM_W 60.0f

/* Value of placeholder key (without braces) for the invoice of L, or NULL. */
static const char *placeholder(const fx_layout *L, const char *key, char *buf, size_t n)
{
	const fx_party *s = &L->inv->seller;
	if (!strcmp(key, "seller.name"))
		return s->name;
	if (!strcmp(key, "seller.trading_name"))
		return s->trading_name;
	if (!strcmp(key, "seller.legal_info"))
		return s->legal_info;
	if (!strcmp(key, "seller.siren"))
		return fx_party_siren(s, buf, n);
	if (!strcmp(key, "seller.siret"))
		return fx_party_siret(s, buf, n);
	if (!strcmp(key, "seller.vat_id"))
		return s->vat_id;
	if (!strcmp(key, "seller.email"))
		return s->contact.email;
	if (!strcmp(key, "seller.phone"))
		return s->contact.phone;
	if (!strcmp(key, "seller.address"))
		return fx_party_address_line((fx_layout *)L, &s->address, 0, buf, n);
	if (!strcmp(key, "number"))
		return L->inv->number;
	return NULL;
}

/* Resolves one segment [s, s+len) into b; returns 0 when a placeholder is empty. */
static int segment(const fx_layout *L, const char *s, size_t len, fx_buf *b)
{
	for (size_t i = 0; i < len;) {
		const char *close = s[i] == '{' ? memchr(s + i, '}', len - i) : NULL;
		if (!close) {
			fx_buf_append(b, s + i, 1);
			i++;
			continue;
		}
		char key[64], buf[512];
		snprintf(key, sizeof key, "%.*s", (int)(close - (s + i) - 1), s + i + 1);
		const char *v = placeholder(L, key, buf, sizeof buf);
		if (!v || !*v)
			return 0;
		fx_buf_puts(b, v);
		i = (size_t)(close - s) + 1;
	}
	return 1;
}

/* Footer text with placeholders resolved. */
char *fx_footer_text(const fx_layout *L)
{
	const char *t = L->tpl->footer_text;
	if (!t)
		return NULL;
	fx_buf out = {0};
	while (*t) {
		size_t len = strcspn(t, "|");
		fx_buf seg = {0};
		if (segment(L, t, len, &seg) && seg.len) {
			if (out.len)
				fx_buf_puts(&out, " – ");
			fx_buf_append(&out, seg.data, seg.len);
		}
		fx_buf_free(&seg);
		t += len + (t[len] == '|');
	}
	if (out.failed || !out.len) {
		fx_buf_free(&out);
		return NULL;
	}
	return fx_buf_detach(&out, NULL);
}

/* Style of the footer. */
static fx_style footer_style(const fx_layout *L)
{
	return fx_lay_style(L, 0, -1.5f, L->tpl->colors.muted);
}

/* Footer height. */
float fx_footer_height(fx_layout *L, const char *text)
{
	fx_style st = footer_style(L);
	size_t lines = 1;
	if (text &&
	    !fx_text_wrap(L->wrap, L->font[0], st.size, text, strlen(text),
	                  L->right - L->left - FX_PAGE_NUM_W) &&
	    L->wrap->n_lines > 1)
		lines = L->wrap->n_lines;
	return (float)lines * fx_lay_lh(st.size) + 6;
}

/* Draws the footers. */
int fx_footer_draw(fx_layout *L, const char *text, float height)
{
	fx_style st = footer_style(L);
	float top = L->tpl->page_h - L->tpl->m_bottom - height + 6, h;
	int pages = L->page + 1, rc = 0;
	for (int p = 0; p < pages && !rc; p++) {
		L->page = p;
		rc = fx_dlist_line(L->dl, p, L->left, top - 3, L->right, top - 3, 0.4f,
		                   L->tpl->colors.rule);
		if (!rc && text)
			rc = fx_lay_para(L, st, L->left, top, L->right - L->left - FX_PAGE_NUM_W,
			                 FX_ALIGN_LEFT, text, &h);
		if (!rc && L->tpl->page_numbers) {
			char n[16], total[16], tmp[128], out[128];
			snprintf(n, sizeof n, "%d", p + 1);
			snprintf(total, sizeof total, "%d", pages);
			fx_lay_subst(fx_label(L->tpl, "page_number"), "page", n, tmp, sizeof tmp);
			fx_lay_subst(tmp, "pages", total, out, sizeof out);
			rc = fx_lay_line(L, st, L->right - FX_PAGE_NUM_W, FX_PAGE_NUM_W,
			                 FX_ALIGN_RIGHT, top, out);
		}
	}
	L->page = pages - 1;
	return rc;
}
