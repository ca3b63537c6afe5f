/*
 * Internal: C evaluation of the simplest rule expressions, which are the
 * most frequent ones. A test made of child paths (prefix:Name steps, "..",
 * a final @attribute, an absolute start "/"), each tested for existence,
 * non-existence (not(P)) or non-blank text (normalize-space(P) != ''),
 * joined by " or " or by " and ", and a context that is a plain absolute
 * path (steps prefix:Name or *, no predicate) are evaluated by walking the
 * tree instead of running libxml2's XPath machine (about ten times faster);
 * the result is the same as XPath 1.0's. Anything else is left to XPath.
 */
#ifndef FX_VALIDATE_FASTPATH_H
#define FX_VALIDATE_FASTPATH_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>
#include <libxml/xpath.h>

/** A compiled simple expression (opaque). */
typedef struct fx_fast_expr fx_fast_expr;

/* Compiles test text expr; returns NULL when it is not of a simple form. */
fx_fast_expr *fx_fast_compile_test(const char *expr);

/* Evaluates a compiled test on node (the context node). */
bool fx_fast_test(const fx_fast_expr *e, xmlNodePtr node);

/** The nodes a context selects, in document order. */
typedef struct fx_fast_nodes {
	xmlNodePtr *nodes;
	size_t count;
	size_t cap;
	bool failed; /* out of memory */
} fx_fast_nodes;

/* Frees a compiled expression (NULL is fine). */
void fx_fast_free(fx_fast_expr *e);

/* Appends node to out (sets out->failed when memory runs out). */
void fx_fast_push(fx_fast_nodes *out, xmlNodePtr node);

/*
 * Contexts (fastpath_context.c): a union (" | ") of paths, each an absolute
 * path, a "//" descendant step or a call of fx:elements / fx:elements-ending
 * (functions_walk.c) followed by child steps (prefix:Name or *), any step
 * with predicates. Steps are walked in C; predicates are XPath expressions
 * evaluated on each candidate with its position and the size of its set,
 * exactly as XPath does. The result is in document order without
 * duplicates, as XPath's.
 */

/** A compiled context (opaque). */
typedef struct fx_fast_context fx_fast_context;

/** What a selection needs from the run. */
typedef struct fx_fast_run {
	xmlDocPtr doc;
	xmlXPathContextPtr xpath; /* for predicates (namespaces, fx functions) */
	fx_fast_nodes *elements;  /* every element of doc in document order, built on
	                           * first use (the caller frees elements->nodes) */
	bool error;               /* a predicate failed to evaluate */
} fx_fast_run;

/* Compiles context text expr; NULL when it is not of a supported form.
 * compile: compiles a predicate (NULL when it does not compile). */
fx_fast_context *fx_fast_compile_context(const char *expr,
                                         xmlXPathCompExprPtr (*compile)(const char *));

/* Appends the nodes c selects to out (which the caller empties and frees). */
void fx_fast_select(const fx_fast_context *c, fx_fast_run *run, fx_fast_nodes *out);

/* Frees a compiled context (NULL is fine). */
void fx_fast_context_free(fx_fast_context *c);

#endif
