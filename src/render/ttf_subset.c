/*
 * Writing a TrueType subset: only the glyphs a document uses, renumbered,
 * with a format 4 cmap for the used characters, a small name table and a
 * post table without glyph names. The PDF writer embeds this small font.
 */
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/error.h"
#include "render/ttf.h"

#define FX_NO_GLYPH 0xFFFFu
#define FX_SUBSET_TABLES 13

/** One table of the font being written. */
typedef struct subset_table {
	char tag[4];
	fx_buf data;
} subset_table;

/** The glyph renumbering. */
typedef struct glyph_map {
	uint16_t *old2new; /* num_glyphs entries: first new id, FX_NO_GLYPH when dropped */
	uint16_t *list;    /* old glyph ids in new order (a glyph may come twice) */
	size_t count, cap;
} glyph_map;

/* Appends a big-endian 16-bit value v to b. */
static void put16(fx_buf *b, uint32_t v)
{
	char c[2] = {(char)(v >> 8), (char)v};
	fx_buf_append(b, c, 2);
}

/* Appends a big-endian 32-bit value v to b. */
static void put32(fx_buf *b, uint32_t v)
{
	char c[4] = {(char)(v >> 24), (char)(v >> 16), (char)(v >> 8), (char)v};
	fx_buf_append(b, c, 4);
}

/* Writes a big-endian 16-bit value v at p. */
static void set16(char *p, uint32_t v)
{
	p[0] = (char)(v >> 8);
	p[1] = (char)v;
}

/* Writes a big-endian 32-bit value v at p. */
static void set32(char *p, uint32_t v)
{
	p[0] = (char)(v >> 24);
	p[1] = (char)(v >> 16);
	p[2] = (char)(v >> 8);
	p[3] = (char)v;
}

/* Finds the bytes of glyph gid of f. start/len: receive its place in glyf. */
static int glyph_bytes(const fx_ttf *f, uint16_t gid, uint32_t *start, uint32_t *len)
{
	const unsigned char *loca = f->data + f->loca.off;
	uint32_t a, b;
	if (f->loca_long) {
		a = fx_be32(loca + 4 * (size_t)gid);
		b = fx_be32(loca + 4 * (size_t)gid + 4);
	} else {
		a = 2u * fx_be16(loca + 2 * (size_t)gid);
		b = 2u * fx_be16(loca + 2 * (size_t)gid + 2);
	}
	if (b < a || b > f->glyf.len)
		return fx_error_set(FX_EINVAL, "font %s: glyph %u lies outside the glyf table",
		                    f->path, gid);
	*start = a;
	*len = b - a;
	return 0;
}

/* Walks the components of composite glyph data g (len bytes); for each one calls
 * visit(ctx, pointer to its 2-byte glyph index). Returns FX_EINVAL if truncated. */
static int each_component(const fx_ttf *f, unsigned char *g, uint32_t len,
                          void (*visit)(void *ctx, unsigned char *idx), void *ctx)
{
	if (len < 10 || (int16_t)fx_be16(g) >= 0)
		return 0;
	uint32_t at = 10;
	for (;;) {
		if (at + 4 > len)
			return fx_error_set(FX_EINVAL, "font %s: truncated composite glyph",
			                    f->path);
		uint16_t flags = fx_be16(g + at);
		visit(ctx, g + at + 2);
		at += 4 + ((flags & 0x0001) ? 4 : 2);
		if (flags & 0x0008)
			at += 2;
		else if (flags & 0x0040)
			at += 4;
		else if (flags & 0x0080)
			at += 8;
		if (!(flags & 0x0020))
			return 0;
	}
}

/** Context of the component visitors. */
typedef struct visit_ctx {
	const fx_ttf *f;
	glyph_map *map;
} visit_ctx;

/* Appends old glyph gid to map (again when dup is set and it is there already). */
static void map_put(glyph_map *map, uint16_t gid, int dup)
{
	if ((map->old2new[gid] != FX_NO_GLYPH && !dup) || map->count >= map->cap)
		return;
	if (map->old2new[gid] == FX_NO_GLYPH)
		map->old2new[gid] = (uint16_t)map->count;
	map->list[map->count++] = gid;
}

/* Adds old glyph gid to map when it is new. */
static void map_add(glyph_map *map, uint16_t gid)
{
	map_put(map, gid, 0);
}

/* Visitor: keeps the component glyph whose index is at idx. */
static void keep_component(void *vctx, unsigned char *idx)
{
	visit_ctx *c = vctx;
	uint16_t gid = fx_be16(idx);
	if (gid < c->f->num_glyphs)
		map_add(c->map, gid);
}

/* Visitor: rewrites the component index at idx with its new number. */
static void renumber_component(void *vctx, unsigned char *idx)
{
	visit_ctx *c = vctx;
	uint16_t gid = fx_be16(idx);
	uint16_t n = gid < c->f->num_glyphs ? c->map->old2new[gid] : 0;
	set16((char *)idx, n == FX_NO_GLYPH ? 0 : n);
}

/* Chooses the glyphs: 0, one per code point of cps (glyph i + 1 for cps[i],
 * even when two code points share a glyph), then components. */
static int choose_glyphs(const fx_ttf *f, const uint32_t *cps, size_t n, glyph_map *map)
{
	for (size_t i = 0; i < n; i++)
		map_put(map, fx_ttf_glyph(f, cps[i]), 1);
	visit_ctx ctx = {f, map};
	for (size_t i = 0; i < map->count; i++) {
		uint32_t start, len;
		int rc = glyph_bytes(f, map->list[i], &start, &len);
		if (rc)
			return rc;
		rc = each_component(f, f->data + f->glyf.off + start, len, keep_component, &ctx);
		if (rc)
			return rc;
	}
	return 0;
}

/* Writes glyf and loca (long offsets) for the chosen glyphs. */
static int write_glyf(const fx_ttf *f, glyph_map *map, fx_buf *glyf, fx_buf *loca)
{
	visit_ctx ctx = {f, map};
	for (size_t i = 0; i < map->count; i++) {
		uint32_t start, len;
		int rc = glyph_bytes(f, map->list[i], &start, &len);
		if (rc)
			return rc;
		put32(loca, (uint32_t)glyf->len);
		size_t at = glyf->len;
		fx_buf_append(glyf, (const char *)f->data + f->glyf.off + start, len);
		if (glyf->failed)
			return FX_ENOMEM;
		rc = each_component(f, (unsigned char *)glyf->data + at, len, renumber_component,
		                    &ctx);
		if (rc)
			return rc;
		while (glyf->len % 4)
			fx_buf_append(glyf, "", 1);
	}
	put32(loca, (uint32_t)glyf->len);
	return 0;
}

/* Writes hmtx with one long metric per chosen glyph. */
static void write_hmtx(const fx_ttf *f, const glyph_map *map, fx_buf *b)
{
	const unsigned char *h = f->data + f->hmtx.off;
	for (size_t i = 0; i < map->count; i++) {
		uint16_t g = map->list[i];
		uint16_t m = g < f->num_hmetrics ? g : (uint16_t)(f->num_hmetrics - 1);
		put16(b, fx_be16(h + 4 * (size_t)m));
		if (g < f->num_hmetrics)
			put16(b, fx_be16(h + 4 * (size_t)g + 2));
		else
			put16(b, fx_be16(h + 4 * (size_t)f->num_hmetrics +
			                 2 * (size_t)(g - f->num_hmetrics)));
	}
}

/* Returns the largest power of two <= v (v >= 1) and its log2 in *log. */
static uint32_t pow2_floor(uint32_t v, uint32_t *log)
{
	uint32_t p = 1, l = 0;
	while (p * 2 <= v) {
		p *= 2;
		l++;
	}
	*log = l;
	return p;
}

/* Writes a cmap with one (3,1) format 4 subtable mapping cps[i] to glyph i + 1. */
static void write_cmap(const fx_ttf *f, const uint32_t *cps, size_t n, fx_buf *b)
{
	/* segments: runs of consecutive code points with consecutive glyphs */
	size_t cap = n + 1, segs = 0;
	uint16_t *start = malloc(cap * sizeof *start), *end = malloc(cap * sizeof *end);
	uint16_t *delta = malloc(cap * sizeof *delta);
	if (!start || !end || !delta) {
		b->failed = 1;
		free(start);
		free(end);
		free(delta);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		if (!fx_ttf_glyph(f, cps[i]) || cps[i] >= 0xFFFF)
			continue;
		uint16_t d = (uint16_t)(i + 1 - cps[i]);
		if (segs && end[segs - 1] + 1u == cps[i] && delta[segs - 1] == d) {
			end[segs - 1] = (uint16_t)cps[i];
			continue;
		}
		start[segs] = end[segs] = (uint16_t)cps[i];
		delta[segs++] = d;
	}
	start[segs] = end[segs] = 0xFFFF;
	delta[segs++] = 1;
	uint32_t log, range = 2 * pow2_floor((uint32_t)segs, &log);
	put16(b, 0);
	put16(b, 1);
	put16(b, 3);
	put16(b, 1);
	put32(b, 12);
	put16(b, 4);
	put16(b, (uint32_t)(16 + 8 * segs));
	put16(b, 0);
	put16(b, (uint32_t)(2 * segs));
	put16(b, range);
	put16(b, log);
	put16(b, (uint32_t)(2 * segs) - range);
	for (size_t i = 0; i < segs; i++)
		put16(b, end[i]);
	put16(b, 0);
	for (size_t i = 0; i < segs; i++)
		put16(b, start[i]);
	for (size_t i = 0; i < segs; i++)
		put16(b, delta[i]);
	for (size_t i = 0; i < segs; i++)
		put16(b, 0);
	free(start);
	free(end);
	free(delta);
}

/* True when name record r is a Windows Unicode English one. */
static int is_windows_english(const unsigned char *r)
{
	return fx_be16(r) == 3 && fx_be16(r + 2) == 1 && fx_be16(r + 4) == 0x409;
}

/* Writes a name table keeping the copyright, family, style, unique, full, version
 * and PostScript names: the Windows English records (the subset's cmap is a
 * Windows one too), or the Macintosh Roman ones when the font has none. */
static int write_name(const fx_ttf *f, fx_buf *b)
{
	const unsigned char *p = f->data + f->name.off;
	if (f->name.len < 6)
		return fx_error_set(FX_EINVAL, "font %s: truncated name table", f->path);
	uint16_t count = fx_be16(p + 2), strings = fx_be16(p + 4);
	if (6 + 12 * (size_t)count > f->name.len)
		return fx_error_set(FX_EINVAL, "font %s: truncated name table", f->path);
	int has_win = 0;
	for (uint16_t i = 0; i < count && !has_win; i++)
		has_win = is_windows_english(p + 6 + 12 * (size_t)i);
	fx_buf recs = {0}, text = {0};
	uint16_t kept = 0;
	for (uint16_t i = 0; i < count; i++) {
		const unsigned char *r = p + 6 + 12 * (size_t)i;
		uint16_t plat = fx_be16(r), enc = fx_be16(r + 2), lang = fx_be16(r + 4);
		uint16_t id = fx_be16(r + 6), len = fx_be16(r + 8), off = fx_be16(r + 10);
		int win = is_windows_english(r), mac = plat == 1 && enc == 0 && lang == 0;
		if (id > 6 || !(has_win ? win : mac))
			continue;
		if ((size_t)strings + off + len > f->name.len)
			continue;
		put16(&recs, plat);
		put16(&recs, enc);
		put16(&recs, lang);
		put16(&recs, id);
		put16(&recs, len);
		put16(&recs, (uint32_t)text.len);
		fx_buf_append(&text, (const char *)p + strings + off, len);
		kept++;
	}
	put16(b, 0);
	put16(b, kept);
	put16(b, 6 + 12u * kept);
	fx_buf_append(b, recs.data ? recs.data : "", recs.len);
	fx_buf_append(b, text.data ? text.data : "", text.len);
	int failed = recs.failed || text.failed;
	fx_buf_free(&recs);
	fx_buf_free(&text);
	return failed ? fx_error_oom() : 0;
}

/* Copies table t of f into b. */
static void copy_table(const fx_ttf *f, fx_ttf_table t, fx_buf *b)
{
	fx_buf_append(b, (const char *)f->data + t.off, t.len);
}

/* Sums a table as 32-bit big-endian words (data zero-padded to 4 bytes). */
static uint32_t checksum(const unsigned char *p, size_t len)
{
	uint32_t sum = 0;
	for (size_t i = 0; i < len; i += 4) {
		unsigned char w[4] = {0, 0, 0, 0};
		memcpy(w, p + i, len - i < 4 ? len - i : 4);
		sum += fx_be32(w);
	}
	return sum;
}

/* Compares two tables by tag for the directory order. */
static int by_tag(const void *a, const void *b)
{
	return memcmp(((const subset_table *)a)->tag, ((const subset_table *)b)->tag, 4);
}

/* Assembles the directory and the tables into out; fixes head's checksum. */
static int assemble(subset_table *t, size_t n, unsigned char **out, size_t *out_len)
{
	qsort(t, n, sizeof *t, by_tag);
	fx_buf b = {0};
	uint32_t log, range = 16 * pow2_floor((uint32_t)n, &log);
	put32(&b, 0x00010000);
	put16(&b, (uint32_t)n);
	put16(&b, range);
	put16(&b, log);
	put16(&b, (uint32_t)n * 16 - range);
	size_t off = 12 + 16 * n, head_at = 0;
	for (size_t i = 0; i < n; i++) {
		const unsigned char *d = (const unsigned char *)t[i].data.data;
		fx_buf_append(&b, t[i].tag, 4);
		put32(&b, d ? checksum(d, t[i].data.len) : 0);
		put32(&b, (uint32_t)off);
		put32(&b, (uint32_t)t[i].data.len);
		if (memcmp(t[i].tag, "head", 4) == 0)
			head_at = off;
		off += (t[i].data.len + 3) & ~(size_t)3;
	}
	for (size_t i = 0; i < n; i++) {
		fx_buf_append(&b, t[i].data.data ? t[i].data.data : "", t[i].data.len);
		while (b.len % 4)
			fx_buf_append(&b, "", 1);
	}
	if (b.failed) {
		fx_buf_free(&b);
		return fx_error_oom();
	}
	uint32_t sum = checksum((const unsigned char *)b.data, b.len);
	set32(b.data + head_at + 8, 0xB1B0AFBAu - sum);
	*out = (unsigned char *)fx_buf_detach(&b, out_len);
	return 0;
}

/* Builds every table of the subset into t (FX_SUBSET_TABLES of them). */
static int build_tables(const fx_ttf *f, const uint32_t *cps, size_t n, glyph_map *map,
                        subset_table *t)
{
	static const char tags[FX_SUBSET_TABLES][5] = {"OS/2", "cmap", "cvt ", "fpgm", "glyf",
	                                               "head", "hhea", "hmtx", "loca", "maxp",
	                                               "name", "post", "prep"};
	for (int i = 0; i < FX_SUBSET_TABLES; i++)
		memcpy(t[i].tag, tags[i], 4);
	int rc = choose_glyphs(f, cps, n, map);
	if (!rc)
		rc = write_glyf(f, map, &t[4].data, &t[8].data);
	if (!rc)
		rc = write_name(f, &t[10].data);
	if (rc)
		return rc;
	copy_table(f, f->os2, &t[0].data);
	write_cmap(f, cps, n, &t[1].data);
	copy_table(f, f->cvt, &t[2].data);
	copy_table(f, f->fpgm, &t[3].data);
	copy_table(f, f->head, &t[5].data);
	copy_table(f, f->hhea, &t[6].data);
	write_hmtx(f, map, &t[7].data);
	copy_table(f, f->maxp, &t[9].data);
	put32(&t[11].data, 0x00030000);
	fx_buf_append(&t[11].data, (const char *)f->data + f->post.off + 4, 12);
	for (int i = 0; i < 4; i++)
		put32(&t[11].data, 0);
	copy_table(f, f->prep, &t[12].data);
	for (int i = 0; i < FX_SUBSET_TABLES; i++)
		if (t[i].data.failed)
			return fx_error_oom();
	set32(t[5].data.data + 8, 0);
	set16(t[5].data.data + 50, 1);
	set16(t[6].data.data + 34, (uint32_t)map->count);
	set16(t[9].data.data + 4, (uint32_t)map->count);
	return 0;
}

/* Writes the subset. */
int fx_ttf_subset(const fx_ttf *f, const uint32_t *cps, size_t n, unsigned char **out,
                  size_t *out_len)
{
	if (n > 0xFFFE - (size_t)f->num_glyphs)
		return fx_error_set(FX_EUSAGE, "font %s: %zu characters are too many for one font",
		                    f->path, n);
	glyph_map map = {0};
	map.cap = 1 + n + f->num_glyphs;
	map.old2new = malloc((size_t)f->num_glyphs * sizeof *map.old2new);
	map.list = malloc(map.cap * sizeof *map.list);
	if (!map.old2new || !map.list) {
		free(map.old2new);
		free(map.list);
		return fx_error_oom();
	}
	memset(map.old2new, 0xFF, (size_t)f->num_glyphs * sizeof *map.old2new);
	map_add(&map, 0);
	subset_table t[FX_SUBSET_TABLES];
	memset(t, 0, sizeof t);
	int rc = build_tables(f, cps, n, &map, t);
	if (!rc)
		rc = assemble(t, FX_SUBSET_TABLES, out, out_len);
	for (int i = 0; i < FX_SUBSET_TABLES; i++)
		fx_buf_free(&t[i].data);
	free(map.old2new);
	free(map.list);
	return rc;
}
