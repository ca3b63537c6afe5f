/*
 * The object sweep of the embeddability check: every object reachable from
 * the trailer is looked at once for forbidden actions, stream filters,
 * external streams, image and XObject keys (ISO 19005-3 6.1.7, 6.2.8,
 * 6.2.9, 6.5.1).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "pdf/check.h"

/* Objects visited at most (bounds the time spent on hostile files). */
#define SWEEP_MAX_NODES 2000000

/* Action types PDF/A forbids. */
static const char *const forbidden_actions[] = {
    "/Launch",      "/Sound",     "/Movie", "/ResetForm",  "/ImportData", "/Hide",
    "/SetOCGState", "/Rendition", "/Trans", "/GoTo3DView", "/JavaScript"};

/* Named actions PDF/A allows. */
static const char *const allowed_named[] = {"/NextPage", "/PrevPage", "/FirstPage", "/LastPage"};

/* True when s is one of the n strings of list. */
static int in_list(const char *s, const char *const *list, size_t n)
{
	for (size_t i = 0; s && i < n; i++)
		if (!strcmp(s, list[i]))
			return 1;
	return 0;
}

/* Copies the name under key (qpdf's string is only valid until the next
 * call) into buf; returns buf, or NULL when there is no such name. */
static const char *name_copy(fx_check *c, qpdf_oh d, const char *key, char *buf, size_t size)
{
	const char *n = fx_qpdf_key_name(c->q, d, key);
	if (!n)
		return NULL;
	snprintf(buf, size, "%s", n);
	return buf;
}

/* Looks at an action dictionary (/S). */
static int check_action(fx_check *c, qpdf_oh d, int obj)
{
	char sbuf[64], tbuf[64], nbuf[64];
	const char *s = name_copy(c, d, "/S", sbuf, sizeof sbuf);
	if (!s)
		return FX_OK;
	const char *type = name_copy(c, d, "/Type", tbuf, sizeof tbuf);
	if (in_list(s, forbidden_actions, sizeof forbidden_actions / sizeof *forbidden_actions) &&
	    (!type || !strcmp(type, "/Action")))
		return fx_pdf_issue_add(c->list, FX_PDF_ISSUE_ACTION, FX_PDF_SEVERITY_ERROR, obj, 0,
		                        "%s action (object %d)", s + 1, obj);
	if (!strcmp(s, "/Named")) {
		const char *n = name_copy(c, d, "/N", nbuf, sizeof nbuf);
		if (!in_list(n, allowed_named, sizeof allowed_named / sizeof *allowed_named))
			return fx_pdf_issue_add(c->list, FX_PDF_ISSUE_ACTION, FX_PDF_SEVERITY_ERROR,
			                        obj, 0, "named action %s (object %d)",
			                        n ? n + 1 : "?", obj);
	}
	return FX_OK;
}

/* Looks for LZW and Crypt among the stream's filters. */
static int check_filters(fx_check *c, qpdf_oh d, int obj)
{
	qpdf_oh f = qpdf_oh_get_key(c->q, d, "/Filter");
	int n = qpdf_oh_is_array(c->q, f) ? qpdf_oh_get_array_n_items(c->q, f) : 1;
	int rc = FX_OK;
	for (int i = 0; i < n && rc >= 0; i++) {
		qpdf_oh it = qpdf_oh_is_array(c->q, f) ? qpdf_oh_get_array_item(c->q, f, i)
		                                       : qpdf_oh_new_object(c->q, f);
		const char *name = fx_qpdf_name(c->q, it);
		if (name && (!strcmp(name, "/LZWDecode") || !strcmp(name, "/Crypt")))
			rc = fx_pdf_issue_add(c->list, FX_PDF_ISSUE_FILTER, FX_PDF_SEVERITY_ERROR,
			                      obj, 0, "%s filter (object %d)", name + 1, obj);
		qpdf_oh_release(c->q, it);
	}
	qpdf_oh_release(c->q, f);
	return rc;
}

/* Looks at the keys of a stream dictionary. */
static int check_stream(fx_check *c, qpdf_oh d, int obj)
{
	qpdf_data q = c->q;
	int rc = check_filters(c, d, obj);
	static const char *const ext[] = {"/F", "/FFilter", "/FDecodeParms"};
	for (size_t i = 0; i < 3 && rc >= 0; i++)
		if (qpdf_oh_has_key(q, d, ext[i]))
			rc = fx_pdf_issue_add(
			    c->list, FX_PDF_ISSUE_EXTERNAL_STREAM, FX_PDF_SEVERITY_ERROR, obj, 0,
			    "stream with %s: data in an external file (object %d)", ext[i], obj);
	char sbuf[64];
	const char *sub = name_copy(c, d, "/Subtype", sbuf, sizeof sbuf);
	if (rc < 0 || !sub)
		return rc;
	if (!strcmp(sub, "/Image")) {
		if (qpdf_oh_has_key(q, d, "/Alternates") || qpdf_oh_has_key(q, d, "/OPI"))
			rc = fx_pdf_issue_add(c->list, FX_PDF_ISSUE_IMAGE, FX_PDF_SEVERITY_ERROR,
			                      obj, 0, "image with Alternates or OPI (object %d)",
			                      obj);
		if (rc >= 0 && fx_qpdf_key_is_true(q, d, "/Interpolate"))
			rc = fx_pdf_issue_add(c->list, FX_PDF_ISSUE_IMAGE, FX_PDF_SEVERITY_ERROR,
			                      obj, 0, "image with Interpolate true (object %d)",
			                      obj);
	} else if (!strcmp(sub, "/Form")) {
		const char *sub2 = fx_qpdf_key_name(q, d, "/Subtype2");
		if (qpdf_oh_has_key(q, d, "/OPI") || qpdf_oh_has_key(q, d, "/PS") ||
		    (sub2 && !strcmp(sub2, "/PS")))
			rc = fx_pdf_issue_add(
			    c->list, FX_PDF_ISSUE_XOBJECT, FX_PDF_SEVERITY_ERROR, obj, 0,
			    "form XObject with OPI or PostScript (object %d)", obj);
		if (rc >= 0 && qpdf_oh_has_key(q, d, "/Ref"))
			rc = fx_pdf_issue_add(c->list, FX_PDF_ISSUE_XOBJECT, FX_PDF_SEVERITY_ERROR,
			                      obj, 0, "reference XObject (object %d)", obj);
	} else if (!strcmp(sub, "/PS")) {
		const char *type = fx_qpdf_key_name(q, d, "/Type");
		if (!type || !strcmp(type, "/XObject"))
			rc = fx_pdf_issue_add(c->list, FX_PDF_ISSUE_XOBJECT, FX_PDF_SEVERITY_ERROR,
			                      obj, 0, "PostScript XObject (object %d)", obj);
	}
	return rc;
}

/* A handle with the number of the indirect object that contains it. */
typedef struct node {
	qpdf_oh oh;
	int owner;
} node;

/* A growable stack of nodes. */
typedef struct oh_stack {
	node *items;
	size_t top, cap;
	int owner; /* owner given to the nodes pushed next */
} oh_stack;

/* Pushes a handle. */
static int push(oh_stack *s, qpdf_oh oh)
{
	if (s->top == s->cap) {
		size_t nc = s->cap ? s->cap * 2 : 64;
		node *p = realloc(s->items, nc * sizeof *p);
		if (!p)
			return fx_error_oom();
		s->items = p;
		s->cap = nc;
	}
	s->items[s->top++] = (node){oh, s->owner};
	return FX_OK;
}

/* Pushes the values of a dictionary. */
static int push_values(fx_check *c, oh_stack *s, qpdf_oh d)
{
	char **keys;
	size_t n;
	int rc = fx_qpdf_dict_keys(c->q, d, &keys, &n);
	if (rc < 0)
		return rc;
	for (size_t i = 0; i < n && rc >= 0; i++)
		rc = push(s, qpdf_oh_get_key(c->q, d, keys[i]));
	fx_qpdf_keys_free(keys, n);
	return rc;
}

/* True when array oh holds neither a dictionary nor a reference (e.g. the
 * widths of a font): nothing in it can be checked, and walking its items
 * one handle at a time is what made the sweep slow. Its text is scanned for
 * "<<" and the "R" of "n g R" (a string holding an R only makes the array
 * walked). */
static int scalars_only(qpdf_data q, qpdf_oh oh)
{
	const char *text = qpdf_oh_unparse_resolved(q, oh);
	return text && !strstr(text, "<<") && !strchr(text, 'R');
}

/* Visits one node: checks it and queues its children. */
static int visit(fx_check *c, oh_stack *s, qpdf_oh oh, int obj)
{
	qpdf_data q = c->q;
	int rc = FX_OK;
	switch (qpdf_oh_get_type_code(q, oh)) {
	case ot_array: {
		if (scalars_only(q, oh))
			break;
		int n = qpdf_oh_get_array_n_items(q, oh);
		for (int i = 0; i < n && rc >= 0; i++)
			rc = push(s, qpdf_oh_get_array_item(q, oh, i));
		break;
	}
	case ot_dictionary:
		rc = check_action(c, oh, obj);
		if (rc >= 0)
			rc = push_values(c, s, oh);
		break;
	case ot_stream: {
		qpdf_oh d = qpdf_oh_get_dict(q, oh);
		rc = check_action(c, d, obj);
		if (rc >= 0)
			rc = check_stream(c, d, obj);
		if (rc >= 0)
			rc = push_values(c, s, d);
		qpdf_oh_release(q, d);
		break;
	}
	default:
		break;
	}
	return rc;
}

/* Sweeps every object reachable from the trailer. */
int fx_check_sweep(fx_check *c)
{
	oh_stack s = {0};
	fx_objset seen = {0};
	size_t nodes = 0;
	int rc = push(&s, qpdf_get_trailer(c->q));
	while (rc >= 0 && s.top > 0) {
		node nd = s.items[--s.top];
		int obj = nd.owner;
		if (++nodes > SWEEP_MAX_NODES) {
			qpdf_oh_release(c->q, nd.oh);
			break;
		}
		int fresh = 1; /* 0 for an indirect object met before */
		if (qpdf_oh_is_indirect(c->q, nd.oh)) {
			obj = qpdf_oh_get_object_id(c->q, nd.oh);
			fresh = rc = fx_objset_add(&seen, obj, qpdf_oh_get_generation(c->q, nd.oh));
		}
		if (fresh > 0) {
			s.owner = obj;
			rc = visit(c, &s, nd.oh, obj);
		}
		qpdf_oh_release(c->q, nd.oh);
	}
	for (size_t i = 0; i < s.top; i++)
		qpdf_oh_release(c->q, s.items[i].oh);
	free(s.items);
	fx_objset_free(&seen);
	if (qpdf_has_error(c->q))
		qpdf_get_error(c->q); /* a damaged object: qpdf warned, the sweep goes on */
	return rc < 0 ? rc : FX_OK;
}
