/*
 * Loading a TrueType font: table directory, metrics and the Unicode cmap.
 */
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "core/file.h"
#include "pdf/cache.h"
#include "render/ttf.h"

/* Records an error about font f and returns FX_EINVAL. f: the font; what: the problem. */
static int bad_font(const fx_ttf *f, const char *what)
{
	return fx_error_set(FX_EINVAL, "font %s: %s", f->path, what);
}

/* Finds table tag in the directory of f. f: the font; tag: 4 characters;
 * t: receives offset and length. Returns 0, or FX_EINVAL when absent or out of bounds. */
static int find_table(fx_ttf *f, const char *tag, fx_ttf_table *t, int required)
{
	uint16_t n = fx_be16(f->data + 4);
	for (uint16_t i = 0; i < n; i++) {
		const unsigned char *e = f->data + 12 + 16 * (size_t)i;
		if (memcmp(e, tag, 4) != 0)
			continue;
		t->off = fx_be32(e + 8);
		t->len = fx_be32(e + 12);
		if ((size_t)t->off > f->len || (size_t)t->len > f->len - t->off)
			return bad_font(f, "a table lies outside the file");
		return 0;
	}
	t->off = t->len = 0;
	if (!required)
		return 0;
	return fx_error_set(FX_EINVAL,
	                    "font %s: no '%s' table (a TrueType font with "
	                    "glyf outlines is needed)",
	                    f->path, tag);
}

/* Fills f->gid from a format 4 subtable at p of avail bytes. */
static int read_cmap4(fx_ttf *f, const unsigned char *p, size_t avail)
{
	if (avail < 14)
		return bad_font(f, "truncated cmap");
	size_t len = fx_be16(p + 2);
	if (len > avail)
		len = avail;
	size_t segs = fx_be16(p + 6) / 2;
	if (14 + 8 * segs + 2 > len)
		return bad_font(f, "truncated cmap format 4");
	const unsigned char *ends = p + 14, *starts = ends + 2 * segs + 2;
	const unsigned char *deltas = starts + 2 * segs, *ranges = deltas + 2 * segs;
	for (size_t s = 0; s < segs; s++) {
		uint32_t start = fx_be16(starts + 2 * s), end = fx_be16(ends + 2 * s);
		uint16_t delta = fx_be16(deltas + 2 * s), ro = fx_be16(ranges + 2 * s);
		for (uint32_t c = start; c <= end && c < 0xFFFF; c++) {
			uint16_t g;
			if (ro == 0) {
				g = (uint16_t)(c + delta);
			} else {
				size_t at = (size_t)(ranges + 2 * s - p) + ro + 2 * (c - start);
				if (at + 2 > len)
					return bad_font(f, "cmap format 4 index out of bounds");
				g = fx_be16(p + at);
				if (g)
					g = (uint16_t)(g + delta);
			}
			f->gid[c] = g < f->num_glyphs ? g : 0;
		}
	}
	return 0;
}

/* Fills f->gid (BMP part) from a format 12 subtable at p of avail bytes. */
static int read_cmap12(fx_ttf *f, const unsigned char *p, size_t avail)
{
	if (avail < 16)
		return bad_font(f, "truncated cmap");
	uint32_t n = fx_be32(p + 12);
	if (n > (avail - 16) / 12)
		return bad_font(f, "truncated cmap format 12");
	for (uint32_t i = 0; i < n; i++) {
		const unsigned char *g = p + 16 + 12 * (size_t)i;
		uint32_t start = fx_be32(g), end = fx_be32(g + 4), first = fx_be32(g + 8);
		for (uint32_t c = start; c <= end && c < 0xFFFF; c++) {
			uint32_t id = first + (c - start);
			f->gid[c] = id < f->num_glyphs ? (uint16_t)id : 0;
		}
	}
	return 0;
}

/* Reads the Unicode character map of f (3/10 format 12, else 3/1 or 0/x format 4). */
static int read_cmap(fx_ttf *f)
{
	fx_ttf_table t;
	int rc = find_table(f, "cmap", &t, 1);
	if (rc)
		return rc;
	const unsigned char *p = f->data + t.off;
	if (t.len < 4)
		return bad_font(f, "truncated cmap");
	uint16_t n = fx_be16(p + 2);
	if (4 + 8 * (size_t)n > t.len)
		return bad_font(f, "truncated cmap directory");
	size_t best = 0;
	int best_rank = 0;
	for (uint16_t i = 0; i < n; i++) {
		uint16_t plat = fx_be16(p + 4 + 8 * i), enc = fx_be16(p + 6 + 8 * i);
		uint32_t off = fx_be32(p + 8 + 8 * i);
		if (off + 2 > t.len)
			continue;
		uint16_t fmt = fx_be16(p + off);
		int rank = 0;
		if (fmt == 12 && ((plat == 3 && enc == 10) || plat == 0))
			rank = 3;
		else if (fmt == 4 && plat == 3 && enc == 1)
			rank = 2;
		else if (fmt == 4 && plat == 0)
			rank = 1;
		if (rank > best_rank) {
			best_rank = rank;
			best = off;
		}
	}
	if (!best_rank)
		return bad_font(f, "no Unicode character map (cmap format 4 or 12)");
	if (fx_be16(p + best) == 12)
		return read_cmap12(f, p + best, t.len - best);
	return read_cmap4(f, p + best, t.len - best);
}

/* Scales a font unit value v of f to 1/1000 em. */
static int16_t em1000(const fx_ttf *f, int v)
{
	return (int16_t)(v * 1000 / f->upem);
}

/* Keeps the characters of a PostScript name that are safe in a PDF name. */
static void set_ps_name(fx_ttf *f, const unsigned char *s, size_t n, size_t step)
{
	size_t k = 0;
	for (size_t i = step - 1; i < n && k + 1 < sizeof f->ps_name; i += step)
		if (s[i] > 0x20 && s[i] < 0x7F && !strchr("()<>[]{}/%#", s[i]) &&
		    (step == 1 || s[i - 1] == 0))
			f->ps_name[k++] = (char)s[i];
	f->ps_name[k] = '\0';
}

/* Reads the PostScript name (name ID 6, Windows or Macintosh record). */
static void read_ps_name(fx_ttf *f)
{
	const unsigned char *p = f->data + f->name.off;
	size_t count = f->name.len >= 6 ? fx_be16(p + 2) : 0, strings = 0;
	if (count)
		strings = fx_be16(p + 4);
	for (size_t i = 0; i < count && 6 + 12 * (i + 1) <= f->name.len && !f->ps_name[0]; i++) {
		const unsigned char *r = p + 6 + 12 * i;
		uint16_t plat = fx_be16(r), id = fx_be16(r + 6);
		size_t len = fx_be16(r + 8), off = strings + fx_be16(r + 10);
		if (id != 6 || off + len > f->name.len || (plat != 1 && plat != 3))
			continue;
		set_ps_name(f, p + off, len, plat == 3 ? 2 : 1);
	}
	if (!f->ps_name[0]) {
		const char *base = strrchr(f->path, '/');
		base = base ? base + 1 : f->path;
		set_ps_name(f, (const unsigned char *)base, strcspn(base, "."), 1);
	}
	if (!f->ps_name[0])
		strcpy(f->ps_name, "Font");
}

/* Reads what the PDF font descriptor needs: bounding box, cap height,
 * italic angle, weight, fixed pitch and the PostScript name. */
static void read_descriptor(fx_ttf *f)
{
	const unsigned char *head = f->data + f->head.off, *os2 = f->data + f->os2.off;
	const unsigned char *post = f->data + f->post.off;
	for (int i = 0; i < 4; i++)
		f->bbox[i] = em1000(f, (int16_t)fx_be16(head + 36 + 2 * i));
	f->weight = fx_be16(os2 + 4);
	f->cap_height = f->ascent;
	if (fx_be16(os2) >= 2 && f->os2.len >= 90)
		f->cap_height = em1000(f, (int16_t)fx_be16(os2 + 88));
	f->italic_angle = (int16_t)fx_be16(post + 4);
	f->fixed_pitch = fx_be32(post + 12) != 0;
	read_ps_name(f);
}

/* Checks the directory and reads the metrics of a font already in f->data. */
static int parse(fx_ttf *f)
{
	if (f->len < 12 || (fx_be32(f->data) != 0x00010000 && memcmp(f->data, "true", 4) != 0))
		return bad_font(f, "not a TrueType font (OpenType/CFF and collections are not "
		                   "supported)");
	if (12 + 16 * (size_t)fx_be16(f->data + 4) > f->len)
		return bad_font(f, "truncated table directory");
	struct {
		const char *tag;
		fx_ttf_table *t;
		int required;
	} tabs[] = {{"head", &f->head, 1}, {"hhea", &f->hhea, 1}, {"maxp", &f->maxp, 1},
	            {"hmtx", &f->hmtx, 1}, {"loca", &f->loca, 1}, {"glyf", &f->glyf, 1},
	            {"OS/2", &f->os2, 1},  {"name", &f->name, 1}, {"post", &f->post, 1},
	            {"cvt ", &f->cvt, 0},  {"fpgm", &f->fpgm, 0}, {"prep", &f->prep, 0}};
	for (size_t i = 0; i < sizeof tabs / sizeof tabs[0]; i++) {
		int rc = find_table(f, tabs[i].tag, tabs[i].t, tabs[i].required);
		if (rc)
			return rc;
	}
	if (f->head.len < 54 || f->hhea.len < 36 || f->maxp.len < 6 || f->post.len < 16 ||
	    f->os2.len < 10)
		return bad_font(f, "truncated head, hhea, maxp, post or OS/2 table");
	const unsigned char *head = f->data + f->head.off, *hhea = f->data + f->hhea.off;
	f->upem = fx_be16(head + 18);
	f->loca_long = (int16_t)fx_be16(head + 50);
	f->num_glyphs = fx_be16(f->data + f->maxp.off + 4);
	f->num_hmetrics = fx_be16(hhea + 34);
	if (f->upem < 16 || f->num_glyphs == 0 || f->num_hmetrics == 0 ||
	    f->num_hmetrics > f->num_glyphs)
		return bad_font(f, "inconsistent head, maxp or hhea values");
	if ((size_t)f->num_hmetrics * 4 + ((size_t)f->num_glyphs - f->num_hmetrics) * 2 >
	    f->hmtx.len)
		return bad_font(f, "truncated hmtx table");
	if (((size_t)f->num_glyphs + 1) * (f->loca_long ? 4 : 2) > f->loca.len)
		return bad_font(f, "truncated loca table");
	if (fx_be16(f->data + f->os2.off + 8) & 0x0302)
		return bad_font(f, "the font's licence forbids embedding it (OS/2 fsType)");
	f->ascent = (int16_t)((int16_t)fx_be16(hhea + 4) * 1000 / f->upem);
	f->descent = (int16_t)((int16_t)fx_be16(hhea + 6) * 1000 / f->upem);
	read_descriptor(f);
	f->gid = calloc(65536, sizeof *f->gid);
	if (!f->gid)
		return fx_error_oom();
	return read_cmap(f);
}

/* Loads a font file. */
int fx_ttf_load(const char *path, fx_ttf **out)
{
	fx_ttf *f = calloc(1, sizeof *f);
	if (!f)
		return fx_error_oom();
	f->path = strdup(path);
	if (!f->path) {
		free(f);
		return fx_error_oom();
	}
	char *data;
	int rc = fx_file_read(path, &data, &f->len);
	if (rc) {
		fx_ttf_free(f);
		return rc;
	}
	f->data = (unsigned char *)data;
	rc = parse(f);
	if (rc) {
		fx_ttf_free(f);
		return rc;
	}
	*out = f;
	return 0;
}

/* Frees a font for good (also the cache's free function). */
static void destroy(void *v)
{
	fx_ttf *f = v;
	free(f->gid);
	free(f->data);
	free(f->path);
	free(f);
}

/* Cache loader: a font file. */
static int load_cached(const char *path, void **value)
{
	fx_ttf *f = NULL;
	int rc = fx_ttf_load(path, &f);
	if (!rc)
		*value = f;
	return rc;
}

/* Cache hook: a new shared font records its entry. */
static void bind(void *value, fx_cache_entry *entry)
{
	((fx_ttf *)value)->cache = entry;
}

static const fx_cache_ops ttf_ops = {"ttf", load_cached, destroy, bind};

/* Gets a shared font. */
int fx_ttf_get(const char *path, fx_ttf **out)
{
	void *v;
	fx_cache_entry *e;
	int rc = fx_cache_get(&ttf_ops, path, path, &v, &e);
	if (!rc)
		*out = v;
	return rc;
}

/* Frees a font or gives it back to the cache. */
void fx_ttf_free(fx_ttf *f)
{
	if (!f)
		return;
	if (f->cache) {
		fx_cache_release(f->cache);
		return;
	}
	free(f->gid);
	free(f->data);
	free(f->path);
	free(f);
}
