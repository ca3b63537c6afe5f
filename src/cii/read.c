/*
 * fx_cii_read_memory: parses CII D16B XML safely with libxml2 (no network,
 * no DTD, no entity declarations, bounded size and depth) and fills a new
 * invoice model from it, section by section.
 */
#include "facturx/cii.h"

#include <stdio.h>
#include <string.h>

#include <libxml/parser.h>

#include "cii/read_parts.h"
#include "core/error.h"

/* Largest document the reader accepts. */
#define FX_CII_READ_MAX (32u * 1024u * 1024u)

/* Set by the SAX hook when the document has a DOCTYPE (thread-local, as
 * parses on different threads are independent). */
static _Thread_local int saw_doctype;

/* SAX hook called on <!DOCTYPE ...>: the reader refuses any DTD, so the
 * parse stops before an entity declaration or external subset is seen. */
static void reject_doctype(void *ctx, const xmlChar *name, const xmlChar *external_id,
                           const xmlChar *system_id)
{
	saw_doctype = 1;
	xmlStopParser((xmlParserCtxtPtr)ctx);
}

/* Records the parser's last error with the source and line. */
static int parse_error(const char *source, xmlParserCtxtPtr ctxt)
{
	const xmlError *e = xmlCtxtGetLastError(ctxt);
	if (!e || !e->message)
		return fx_error_set(FX_EINVAL, "%s: not well-formed XML", source);
	char msg[512];
	snprintf(msg, sizeof msg, "%s", e->message);
	size_t n = strlen(msg);
	while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	return fx_error_set(FX_EINVAL, "%s:%d: XML error: %s", source, e->line, msg);
}

/* Swallows libxml2's generic messages (a library prints nothing; errors
 * are read from the parser context). */
static void ignore_generic_error(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

/* Parses data into a tree without DTD, entities or network access. */
static int parse(const char *data, size_t len, const char *source, xmlDocPtr *out)
{
	if (len > FX_CII_READ_MAX)
		return fx_error_set(FX_EINVAL, "%s: document too large (%zu bytes, at most %u)",
		                    source, len, FX_CII_READ_MAX);
	xmlInitParser();
	xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
	if (!ctxt || !ctxt->sax) {
		xmlFreeParserCtxt(ctxt);
		return fx_error_oom();
	}
	ctxt->sax->internalSubset = reject_doctype;
	saw_doctype = 0;
	int opts = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES | XML_PARSE_NOERROR |
	           XML_PARSE_NOWARNING;
	xmlGenericErrorFunc saved_func = xmlGenericError;
	void *saved_ctx = xmlGenericErrorContext;
	xmlSetGenericErrorFunc(NULL, ignore_generic_error);
	xmlDocPtr doc = xmlCtxtReadMemory(ctxt, data, (int)len, NULL, NULL, opts);
	xmlSetGenericErrorFunc(saved_ctx, saved_func);
	int rc = FX_OK;
	if (saw_doctype || (doc && (doc->intSubset || doc->extSubset)))
		rc = fx_error_set(FX_EINVAL,
		                  "%s: a DOCTYPE is not allowed in an invoice (no DTD or entity "
		                  "declarations are processed)",
		                  source);
	else if (!doc)
		rc = parse_error(source, ctxt);
	xmlFreeParserCtxt(ctxt);
	if (rc) {
		xmlFreeDoc(doc);
		return rc;
	}
	*out = doc;
	return FX_OK;
}

/* Reads every section of a CII document into r->inv. */
static int read_root(fx_cii_reader *r, const xmlNode *root, int *profile)
{
	if (!root)
		return fx_error_set(FX_EINVAL, "%s: not a CII invoice: no root element", r->source);
	if (!fx_cii_is(root, FX_CII_NS_RSM, "CrossIndustryInvoice")) {
		char detail[512];
		snprintf(
		    detail, sizeof detail,
		    "the root element is '%s' in namespace '%s', expected CrossIndustryInvoice "
		    "in %s",
		    (const char *)root->name,
		    root->ns && root->ns->href ? (const char *)root->ns->href : "(none)",
		    FX_CII_NS_RSM);
		return fx_cii_fail(r, root, FX_EINVAL, "not a CII invoice", detail);
	}
	FX_CII_TRY(fx_cii_read_document(r, root, profile));
	xmlNode *tx = fx_cii_find(root, "rsm:SupplyChainTradeTransaction");
	for (xmlNode *l = fx_cii_find(tx, "ram:IncludedSupplyChainTradeLineItem"); l;
	     l = fx_cii_next(l))
		FX_CII_TRY(fx_cii_read_line(r, l));
	FX_CII_TRY(fx_cii_read_agreement(r, fx_cii_find(tx, "ram:ApplicableHeaderTradeAgreement")));
	FX_CII_TRY(fx_cii_read_delivery(r, fx_cii_find(tx, "ram:ApplicableHeaderTradeDelivery")));
	return fx_cii_read_settlement(r, fx_cii_find(tx, "ram:ApplicableHeaderTradeSettlement"));
}

/* Reads a CII invoice from memory. */
int fx_cii_read_memory(const char *data, size_t len, const char *source, fx_invoice **out,
                       int *profile_out)
{
	if (!data || !out)
		return fx_error_set(FX_EUSAGE, "fx_cii_read_memory: NULL data or out");
	if (!source)
		source = "<memory>";
	xmlDocPtr doc = NULL;
	FX_CII_TRY(parse(data, len, source, &doc));
	fx_invoice *inv;
	int rc = fx_invoice_new(&inv);
	if (rc) {
		xmlFreeDoc(doc);
		return rc;
	}
	fx_cii_reader r = {inv, source};
	int profile = -1;
	rc = read_root(&r, xmlDocGetRootElement(doc), &profile);
	xmlFreeDoc(doc);
	if (rc) {
		fx_invoice_free(inv);
		return rc;
	}
	*out = inv;
	if (profile_out)
		*profile_out = profile;
	return FX_OK;
}
