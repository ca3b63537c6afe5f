/*
 * Internal: reading TrueType fonts (metrics, character map) and writing a
 * subset that holds only the glyphs of the characters a document uses.
 */
#ifndef FX_RENDER_TTF_H
#define FX_RENDER_TTF_H

#include <stddef.h>
#include <stdint.h>

/** Location of one table inside the font file. */
typedef struct fx_ttf_table {
	uint32_t off;
	uint32_t len;
} fx_ttf_table;

/** A TrueType font loaded in memory. */
typedef struct fx_ttf {
	char *path;          /* the file it came from */
	unsigned char *data; /* the whole file */
	size_t len;
	uint16_t upem; /* units per em */
	uint16_t num_glyphs;
	uint16_t num_hmetrics;
	int16_t loca_long; /* head.indexToLocFormat */
	int16_t ascent;    /* hhea ascender, 1/1000 em */
	int16_t descent;   /* hhea descender (negative), 1/1000 em */
	uint16_t *gid;     /* 65536 entries: BMP code point -> glyph id (0: none) */
	fx_ttf_table head, hhea, maxp, hmtx, loca, glyf, os2, name, post, cvt, fpgm, prep;
	/* for the PDF font descriptor, in 1/1000 em */
	char ps_name[64]; /* PostScript name (name ID 6), PDF-name safe */
	int16_t bbox[4];  /* head xMin, yMin, xMax, yMax */
	int16_t cap_height;
	int16_t italic_angle; /* degrees (post.italicAngle, integer part) */
	uint16_t weight;      /* OS/2 usWeightClass */
	int fixed_pitch;
	struct fx_cache_entry *cache; /* set when shared through the font cache */
} fx_ttf;

/* Loads a TrueType font file. path: the .ttf file; out: receives the font
 * (free with fx_ttf_free). FX_EIO if unreadable, FX_EINVAL if not a usable
 * TrueType font (the message names the file and the problem). */
int fx_ttf_load(const char *path, fx_ttf **out);

/* Same as fx_ttf_load through the process-wide font cache: the file is read
 * and parsed once (again when it changes), the font is shared read-only
 * between callers and threads. out: free with fx_ttf_free as well. */
int fx_ttf_get(const char *path, fx_ttf **out);

/* Frees a font, or gives a cached one back. f: may be NULL. */
void fx_ttf_free(fx_ttf *f);

/* Writes a subset of f: glyph 0, then one glyph per code point of cps (n of
 * them, BMP, ascending; glyph i + 1 draws cps[i], so that glyph ids can be
 * used as CIDs with an identity CIDToGIDMap), then the components of
 * composite glyphs; with a cmap for exactly those code points.
 * out/out_len: receive a malloc'ed TrueType file. */
int fx_ttf_subset(const fx_ttf *f, const uint32_t *cps, size_t n, unsigned char **out,
                  size_t *out_len);

/* Reads a big-endian 16-bit unsigned value at p. */
static inline uint16_t fx_be16(const unsigned char *p)
{
	return (uint16_t)((p[0] << 8) | p[1]);
}

/* Reads a big-endian 32-bit unsigned value at p. */
static inline uint32_t fx_be32(const unsigned char *p)
{
	return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
}

/* Returns the glyph id of code point cp in f (0 when the font lacks it). */
static inline uint16_t fx_ttf_glyph(const fx_ttf *f, uint32_t cp)
{
	return cp < 0xFFFF ? f->gid[cp] : 0;
}

/* Returns the advance width of glyph gid of f in 1/1000 em (truncated the
 * way PDF widths are written). */
static inline int fx_ttf_advance(const fx_ttf *f, uint16_t gid)
{
	if (gid >= f->num_glyphs)
		gid = 0;
	uint16_t i = gid < f->num_hmetrics ? gid : (uint16_t)(f->num_hmetrics - 1);
	uint32_t adv = fx_be16(f->data + f->hmtx.off + 4 * (size_t)i);
	return (int)(adv * 1000 / f->upem);
}

#endif
