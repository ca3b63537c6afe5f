/*
 * Internal: the direct assembly (without qpdf) of a plain visual PDF, such
 * as the renderer's: reading and checking its structure (direct_parse.c,
 * with the small lexer of direct_lex.c) and writing the Factur-X file
 * (direct_write.c). See fx_pdf_direct_assemble in assemble.h.
 */
#ifndef FX_PDF_DIRECT_H
#define FX_PDF_DIRECT_H

#include <stddef.h>

#include "pdf/assemble.h"

/** Where one object of the input lies: "N 0 obj" up to the EOL after "endobj". */
typedef struct fx_direct_obj {
	size_t off, len;
} fx_direct_obj;

/** A plain PDF read by fx_direct_parse. */
typedef struct fx_direct_in {
	const unsigned char *p;
	size_t len;
	fx_direct_obj *objs;   /* indexed by object number, 1..size-1 */
	unsigned char *refd;   /* refd[n]: object n is referenced by another object */
	int size;              /* the trailer's /Size */
	int root, pages, info; /* catalog, its /Pages, the trailer's /Info (0: none) */
} fx_direct_in;

/* Reads and checks pdf (len bytes) into in. FX_OK, FX_PDF_DIRECT_UNSUPPORTED
 * (nothing recorded) when the file is not plain, FX_ENOMEM. Free with
 * fx_direct_free. */
int fx_direct_parse(const unsigned char *pdf, size_t len, fx_direct_in *in);

/* Frees what in holds. */
void fx_direct_free(fx_direct_in *in);

/** A value read by the lexer. */
typedef enum fx_lex_kind {
	FX_LEX_ERROR = 0, /* malformed, or not handled here */
	FX_LEX_INT,       /* a non-negative integer */
	FX_LEX_REF,       /* "n g R" */
	FX_LEX_NAME,      /* "/Name" */
	FX_LEX_DICT,      /* << ... >> (skipped, its references noted) */
	FX_LEX_OTHER      /* any other value (skipped, its references noted) */
} fx_lex_kind;

/** The lexer's position and what it notes. */
typedef struct fx_lex {
	const unsigned char *p;
	size_t i, end;       /* position and limit */
	unsigned char *refd; /* may be NULL: refd[n] set for every reference n < n_refd */
	size_t n_refd;
	long long num, gen;  /* FX_LEX_INT, FX_LEX_REF */
	size_t tok, tok_len; /* FX_LEX_NAME: the name with its slash */
	int depth;
} fx_lex;

/* Skips white space and comments. */
void fx_lex_skip(fx_lex *x);

/* True when the bytes at the position are s (and the lexer moves past them). */
int fx_lex_word(fx_lex *x, const char *s);

/* Reads one value (dictionaries and arrays whole, nested 32 deep at most). */
fx_lex_kind fx_lex_value(fx_lex *x);

/* Reads a dictionary, calling entry(ctx, x) for each key (then at
 * x->tok/x->tok_len) with the lexer on the value, which entry must read.
 * Returns 0, or -1 when malformed or when entry returns non-zero. */
int fx_lex_dict(fx_lex *x, int (*entry)(void *ctx, fx_lex *x), void *ctx);

/* True when the name read (x->tok, x->tok_len) is s (with its slash). */
int fx_lex_is(const fx_lex *x, const char *s);

/* Writes the Factur-X file from the checked input. */
int fx_direct_write(const fx_direct_in *in, const fx_pdf_plan *plan, const fx_embed_spec *specs,
                    size_t n, const fx_pdf_icc *icc, unsigned char **out, size_t *out_len);

#endif
