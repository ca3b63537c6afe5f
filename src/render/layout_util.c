/*
 * Layout helpers: styles, single lines, paragraphs, label/value rows,
 * headings, page breaks and value formatting.
 */
#include <stdio.h>
#include <string.h>

#include "core/error.h"
#include "render/layout.h"

/* Line height. */
float fx_lay_lh(float size)
{
	return size * 1.28f;
}

/* Base style. */
fx_style fx_lay_base(const fx_layout *L)
{
	return (fx_style){0, L->fs, L->tpl->colors.text};
}

/* Derived style. */
fx_style fx_lay_style(const fx_layout *L, int bold, float ds, fx_rgb c)
{
	return (fx_style){bold, L->fs + ds, c};
}

/* Text width. */
float fx_lay_width(const fx_layout *L, fx_style st, const char *s)
{
	return fx_text_width(L->font[st.bold], st.size, s, strlen(s));
}

/* Baseline of a line box of style st whose top is y. */
static float baseline(fx_style st, float y)
{
	return y + fx_lay_lh(st.size) / 2 + 0.36f * st.size;
}

/* Draws bytes [s, s+len) aligned in [x, x+w] with known width tw. */
static int draw_span(fx_layout *L, fx_style st, float x, float w, fx_align a, float y,
                     const char *s, size_t len, float tw)
{
	if (len == 0)
		return 0;
	float tx = a == FX_ALIGN_RIGHT ? x + w - tw : a == FX_ALIGN_CENTER ? x + (w - tw) / 2 : x;
	return fx_dlist_text(L->dl, L->page, st.bold, st.size, tx, baseline(st, y), st.color, s,
	                     len);
}

/* Draws one line. */
int fx_lay_line(fx_layout *L, fx_style st, float x, float w, fx_align a, float y, const char *s)
{
	size_t len = strlen(s);
	return draw_span(L, st, x, w, a, y, s, len,
	                 fx_text_width(L->font[st.bold], st.size, s, len));
}

/* Draws a wrapped paragraph. */
int fx_lay_para(fx_layout *L, fx_style st, float x, float y, float w, fx_align a, const char *s,
                float *h)
{
	*h = 0;
	if (!s || !*s)
		return 0;
	int rc = fx_text_wrap(L->wrap, L->font[st.bold], st.size, s, strlen(s), w);
	float lh = fx_lay_lh(st.size);
	for (size_t i = 0; !rc && i < L->wrap->n_lines; i++) {
		fx_span sp = L->wrap->lines[i];
		rc = draw_span(L, st, x, w, a, y + *h, s + sp.off, sp.len, sp.width);
		*h += lh;
	}
	return rc;
}

/* Draws label/value rows. */
int fx_lay_pairs(fx_layout *L, float x, float y, float w, float lw, const char *const *labels,
                 const char *const *values, size_t n, float *h)
{
	fx_style lab = fx_lay_style(L, 0, 0, L->tpl->colors.muted), val = fx_lay_base(L);
	*h = 0;
	for (size_t i = 0; i < n; i++) {
		if (!values[i] || !*values[i])
			continue;
		float ph = 0, vh = 0;
		int rc = fx_lay_para(L, lab, x, y + *h, lw - 4, FX_ALIGN_LEFT, labels[i], &ph);
		if (!rc)
			rc = fx_lay_para(L, val, x + lw, y + *h, w - lw, FX_ALIGN_LEFT, values[i],
			                 &vh);
		if (rc)
			return rc;
		*h += ph > vh ? ph : vh;
	}
	return 0;
}

/* Draws a section heading. */
int fx_lay_heading(fx_layout *L, float x, float y, float w, const char *title, float *h)
{
	fx_style st = fx_lay_style(L, 1, -1, L->tpl->colors.accent);
	int rc = fx_lay_line(L, st, x, w, FX_ALIGN_LEFT, y, title);
	float lh = fx_lay_lh(st.size);
	if (!rc)
		rc = fx_dlist_line(L->dl, L->page, x, y + lh + 0.5f, x + w, y + lh + 0.5f, 0.6f,
		                   L->tpl->colors.accent);
	*h = lh + 3;
	return rc;
}

/* Starts a new page with the continuation header. */
int fx_lay_new_page(fx_layout *L)
{
	L->page++;
	L->dl->pages = L->page + 1;
	float y = L->tpl->m_top;
	fx_style st = fx_lay_style(L, 1, 0, L->tpl->colors.accent);
	char head[512], date[FX_FMT_MAX];
	snprintf(head, sizeof head, "%s %s", fx_doc_title(L), L->inv->number ? L->inv->number : "");
	int rc = fx_lay_line(L, st, L->left, L->right - L->left, FX_ALIGN_LEFT, y, head);
	fx_style m = fx_lay_style(L, 0, 0, L->tpl->colors.muted);
	if (!rc)
		rc = fx_lay_line(L, m, L->left, L->right - L->left, FX_ALIGN_RIGHT, y,
		                 fx_lay_date(L, L->inv->issue_date, date, sizeof date));
	float lh = fx_lay_lh(st.size);
	if (!rc)
		rc = fx_dlist_line(L->dl, L->page, L->left, y + lh + 1, L->right, y + lh + 1, 0.6f,
		                   L->tpl->colors.rule);
	L->y = L->fresh_y = y + lh + 8;
	return rc;
}

/* Ensures room for h points. */
int fx_lay_need(fx_layout *L, float h, int *broke)
{
	if (broke)
		*broke = 0;
	if (L->y + h <= L->bottom || L->y <= L->fresh_y + 0.01f)
		return 0;
	if (broke)
		*broke = 1;
	return fx_lay_new_page(L);
}

/* Formats an amount for display. */
const char *fx_lay_amount(fx_layout *L, fx_decimal v, int cur, char *buf, size_t size)
{
	buf[0] = '\0';
	if (!v.set)
		return buf;
	int rc = cur ? fx_fmt_amount(L->fmt, v, L->inv->currency, buf, size)
	             : fx_fmt_number(L->fmt, v, 2, buf, size);
	if (rc)
		buf[0] = '\0';
	return buf;
}

/* Formats a date for display. */
const char *fx_lay_date(fx_layout *L, fx_date d, char *buf, size_t size)
{
	if (fx_fmt_date(L->fmt, d, buf, size))
		buf[0] = '\0';
	return buf;
}

/* Substitutes one placeholder. */
const char *fx_lay_subst(const char *pattern, const char *key, const char *value, char *buf,
                         size_t size)
{
	char tag[64];
	snprintf(tag, sizeof tag, "{%s}", key);
	const char *at = strstr(pattern, tag);
	if (!at) {
		snprintf(buf, size, "%s", pattern);
		return buf;
	}
	snprintf(buf, size, "%.*s%s%s", (int)(at - pattern), pattern, value ? value : "",
	         at + strlen(tag));
	return buf;
}

/* Document title: the kind of works statement, else from the type code. */
const char *fx_doc_title(const fx_layout *L)
{
	const char *t = L->works ? fx_works_title(L) : NULL;
	if (!t)
		t = fx_label_in(L->tpl, "titles", L->inv->type_code);
	if (!t)
		t = fx_label_in(L->tpl, "titles", "default");
	return t ? t : "INVOICE";
}
