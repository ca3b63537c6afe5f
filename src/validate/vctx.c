/*
 * What the rule engine gives the C checks: the document, XPath evaluation,
 * the profile, and findings with their location.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xpathInternals.h>

#include "core/buf.h"
#include "validate/engine.h"
#include "validate/stages.h"

/* Returns the usual prefix of a namespace URI, or NULL. */
static const char *known_prefix(const xmlChar *uri)
{
	static const char *const map[][2] = {
	    {"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100", "rsm"},
	    {"urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
	     "ram"},
	    {"urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100", "udt"},
	    {"urn:un:unece:uncefact:data:standard:QualifiedDataType:100", "qdt"},
	};
	if (!uri)
		return NULL;
	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (strcmp((const char *)uri, map[i][0]) == 0)
			return map[i][1];
	return NULL;
}

/* True when a and b are elements of the same name and namespace. */
static bool same_name(xmlNodePtr a, xmlNodePtr b)
{
	if (a->type != XML_ELEMENT_NODE || b->type != XML_ELEMENT_NODE ||
	    !xmlStrEqual(a->name, b->name))
		return false;
	const xmlChar *na = a->ns ? a->ns->href : NULL, *nb = b->ns ? b->ns->href : NULL;
	return xmlStrEqual(na, nb);
}

/* Appends one step (name and, when it has same-named siblings, [index]). */
static void append_step(fx_buf *b, xmlNodePtr n)
{
	if (n->type == XML_ATTRIBUTE_NODE) {
		fx_buf_printf(b, "/@%s", (const char *)n->name);
		return;
	}
	if (n->type != XML_ELEMENT_NODE) {
		fx_buf_puts(b, "/text()");
		return;
	}
	const char *prefix = known_prefix(n->ns ? n->ns->href : NULL);
	if (prefix)
		fx_buf_printf(b, "/%s:%s", prefix, (const char *)n->name);
	else if (n->ns && n->ns->prefix)
		fx_buf_printf(b, "/%s:%s", (const char *)n->ns->prefix, (const char *)n->name);
	else
		fx_buf_printf(b, "/%s", (const char *)n->name);
	int index = 1, total = 1;
	for (xmlNodePtr s = n->prev; s; s = s->prev)
		if (same_name(s, n))
			index++, total++;
	for (xmlNodePtr s = n->next; s; s = s->next)
		if (same_name(s, n))
			total++;
	if (total > 1)
		fx_buf_printf(b, "[%d]", index);
}

/* Builds the location path of node. */
char *fx_node_xpath(xmlNodePtr node)
{
	if (!node)
		return NULL;
	xmlNodePtr chain[256];
	size_t depth = 0;
	for (xmlNodePtr n = node; n && n->type != XML_DOCUMENT_NODE && depth < 256; n = n->parent)
		chain[depth++] = n;
	fx_buf b = {0};
	if (depth == 0)
		fx_buf_puts(&b, "/");
	while (depth > 0)
		append_step(&b, chain[--depth]);
	if (b.failed) {
		fx_buf_free(&b);
		return NULL;
	}
	return fx_buf_detach(&b, NULL);
}

/* Line of node (an attribute's element). */
long fx_node_line(xmlNodePtr node)
{
	if (!node)
		return 0;
	if (node->type == XML_ATTRIBUTE_NODE)
		node = node->parent;
	if (!node || node->type == XML_DOCUMENT_NODE)
		return 0;
	long line = xmlGetLineNo(node);
	return line > 0 ? line : 0;
}

/* The document. */
xmlDocPtr fx_vctx_doc(fx_vctx *ctx)
{
	return ctx->doc;
}

/* The XPath context. */
xmlXPathContextPtr fx_vctx_xpath(fx_vctx *ctx)
{
	return ctx->xpath;
}

/* The profile, if any. */
bool fx_vctx_profile(fx_vctx *ctx, fx_profile *out)
{
	if (ctx->has_profile && out)
		*out = ctx->profile;
	return ctx->has_profile;
}

/* The caller's options. */
const fx_validate_options *fx_vctx_options(fx_vctx *ctx)
{
	return ctx->options;
}

/* True for French messages. */
bool fx_vctx_french(fx_vctx *ctx)
{
	return ctx->french;
}

/* Evaluates expr (compiled once per process) with node as context node. */
xmlXPathObjectPtr fx_vctx_eval(fx_vctx *ctx, xmlNodePtr node, const char *expr)
{
	xmlXPathCompExprPtr comp = fx_engine_compile_cached(expr);
	if (!comp) {
		ctx->xpath_errors++;
		return NULL;
	}
	xmlNodePtr saved = ctx->xpath->node;
	ctx->xpath->node = node ? node : (xmlNodePtr)ctx->doc;
	xmlXPathObjectPtr res = xmlXPathCompiledEval(comp, ctx->xpath);
	ctx->xpath->node = saved;
	if (!res)
		ctx->xpath_errors++;
	return res;
}

/* Evaluates expr as a boolean. */
bool fx_vctx_test(fx_vctx *ctx, xmlNodePtr node, const char *expr)
{
	xmlXPathCompExprPtr comp = fx_engine_compile_cached(expr);
	if (!comp) {
		ctx->xpath_errors++;
		return false;
	}
	xmlNodePtr saved = ctx->xpath->node;
	ctx->xpath->node = node ? node : (xmlNodePtr)ctx->doc;
	int v = xmlXPathCompiledEvalToBoolean(comp, ctx->xpath);
	ctx->xpath->node = saved;
	if (v < 0)
		ctx->xpath_errors++;
	return v == 1;
}

/* Adds a finding for rule r on node. */
void fx_vctx_report(fx_vctx *ctx, const fx_rule *r, xmlNodePtr node, const char *msg)
{
	if (!r)
		return;
	char *path = fx_node_xpath(node);
	const char *text = msg ? msg : (ctx->french && r->msg_fr ? r->msg_fr : r->msg_en);
	bool counts = !(ctx->advisory && r->layer == FX_LAYER_EN16931);
	int rc = fx_report_add(ctx->report, (fx_layer)r->layer, (fx_severity)r->severity, counts,
	                       r->id, r->bt, path, fx_node_line(node), text ? text : "");
	if (rc != FX_OK)
		ctx->status = rc;
	free(path);
}

/* Binds $name to the string value of expr on node. */
bool fx_vctx_bind(fx_vctx *ctx, xmlNodePtr node, const char *name, const char *expr)
{
	xmlXPathObjectPtr v = fx_vctx_eval(ctx, node, expr);
	xmlChar *s = v ? xmlXPathCastToString(v) : NULL;
	xmlXPathFreeObject(v);
	xmlXPathObjectPtr value = xmlXPathWrapString(s ? s : xmlStrdup((const xmlChar *)""));
	if (!value || xmlXPathRegisterVariable(ctx->xpath, (const xmlChar *)name, value) != 0) {
		xmlXPathFreeObject(value);
		return false;
	}
	return true;
}

/* Removes the binding of $name. */
void fx_vctx_unbind(fx_vctx *ctx, const char *name)
{
	xmlXPathRegisterVariable(ctx->xpath, (const xmlChar *)name, NULL);
}
