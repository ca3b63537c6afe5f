/*
 * Layer 2: secure XML parsing. libxml2 parses the invoice with no network
 * access, no DTD (a DOCTYPE stops the parse before any declaration is read,
 * so no entity is declared, loaded or expanded), within a size limit and a
 * depth limit, with libxml2's own limits on text and names (no
 * XML_PARSE_HUGE, and a text limit of our own) and line numbers kept. Every parser message becomes
 * a layer-2 finding (docs/validate-structure.md lists the rule ids).
 */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>

#include "validate/stages.h"

#define DEFAULT_MAX_BYTES (20u * 1024u * 1024u)
#define DEFAULT_MAX_DEPTH 64u
/* Longest run of text, in bytes (libxml2's limit without XML_PARSE_HUGE,
 * which libxml2 2.9 applies to attribute values but not to every text). */
#define MAX_TEXT_BYTES 10000000u
/* Most attributes (namespace declarations included) on one element: libxml2
 * 2.9 looks for duplicates in quadratic time, so a tag with 100,000 of them
 * would hang the parse; the lexical scan below refuses such documents. */
#define MAX_ATTRIBUTES 100u
/* Most elements in a document (the tree of 20 MB of "<a/>" would take
 * several hundred megabytes). */
#define MAX_ELEMENTS 1000000u
/* Parser messages reported per document; the rest are counted. */
#define MAX_MESSAGES 20

/** The state of one secure parse (the parser context's _private). */
typedef struct secure_state {
	fx_report *report;
	bool french;
	unsigned depth;
	unsigned max_depth;
	size_t elements;   /* elements seen */
	size_t text_bytes; /* length of the text run being read */
	bool stopped;      /* the parse was stopped (DOCTYPE, depth) */
	bool errors;       /* an error-level message was reported */
	size_t messages;   /* parser messages seen */
} secure_state;

/** A libxml2 error code with its rule id and French text. */
typedef struct known_error {
	int code;
	const char *rule_id;
	const char *fr;
} known_error;

/* The parser errors an invoice most often shows, translated. */
static const known_error known_errors[] = {
    {XML_ERR_DOCUMENT_EMPTY, "XML-WF", "document vide"},
    {XML_ERR_DOCUMENT_END, "XML-WF", "contenu après la fin du document"},
    {XML_ERR_TAG_NAME_MISMATCH, "XML-WF",
     "la balise de fin ne correspond pas à la balise ouvrante"},
    {XML_ERR_TAG_NOT_FINISHED, "XML-WF", "balise non terminée"},
    {XML_ERR_NOT_WELL_BALANCED, "XML-WF", "balises mal imbriquées"},
    {XML_ERR_ATTRIBUTE_REDEFINED, "XML-WF", "attribut présent deux fois"},
    {XML_ERR_LT_IN_ATTRIBUTE, "XML-WF", "caractère < dans la valeur d'un attribut"},
    {XML_ERR_UNDECLARED_ENTITY, "XML-WF", "entité non déclarée"},
    {XML_ERR_INVALID_CHARREF, "XML-WF", "référence de caractère non autorisée"},
    {XML_ERR_INVALID_CHAR, "XML-ENCODING", "caractère non autorisé ou octets UTF-8 invalides"},
    {XML_ERR_INVALID_ENCODING, "XML-ENCODING", "encodage invalide"},
    {XML_ERR_UNKNOWN_ENCODING, "XML-ENCODING", "encodage inconnu"},
    {XML_ERR_UNSUPPORTED_ENCODING, "XML-ENCODING", "encodage non pris en charge"},
    {XML_ERR_NAME_TOO_LONG, "XML-LIMIT", "nom trop long"},
    {XML_ERR_NO_MEMORY, "XML-LIMIT", "limite de taille de l'analyseur dépassée"},
    {XML_NS_ERR_UNDEFINED_NAMESPACE, "XML-NS", "préfixe d'espace de noms non déclaré"},
};

/* Returns the rule id and French text of libxml2 error code (generic ones
 * for the codes not listed). */
static const known_error *describe(int code, int domain)
{
	static const known_error ns = {0, "XML-NS", "erreur d'espace de noms"};
	static const known_error wf = {0, "XML-WF", "XML mal formé"};
	for (size_t i = 0; i < sizeof known_errors / sizeof known_errors[0]; i++)
		if (known_errors[i].code == code)
			return &known_errors[i];
	return domain == XML_FROM_NAMESPACE ? &ns : &wf;
}

/* Adds a layer-2 finding with the message in the report's language. */
static void add(secure_state *st, fx_severity severity, const char *rule_id, long line,
                const char *en, const char *fr)
{
	fx_report_add(st->report, FX_LAYER_XML, severity, true, rule_id, NULL, NULL, line,
	              st->french ? fr : en);
}

/* Copies libxml2's message without its final newline. */
static void trim_message(const char *msg, char *out, size_t cap)
{
	snprintf(out, cap, "%s", msg ? msg : "");
	size_t n = strlen(out);
	while (n > 0 && (out[n - 1] == '\n' || out[n - 1] == ' '))
		out[--n] = '\0';
}

/* Structured error handler of the parser: one finding per message. */
static void on_error(void *ctx, xmlErrorPtr err)
{
	xmlParserCtxtPtr ctxt = ctx;
	secure_state *st = ctxt ? ctxt->_private : NULL;
	if (!st || !err || err->code == XML_ERR_USER_STOP)
		return;
	bool warning = err->level == XML_ERR_WARNING;
	if (!warning)
		st->errors = true;
	if (st->stopped || ++st->messages > MAX_MESSAGES)
		return;
	const known_error *k = describe(err->code, err->domain);
	char text[512];
	trim_message(err->message, text, sizeof text);
	char en[768], fr[1024];
	snprintf(en, sizeof en, "line %d, column %d: %s", err->line, err->int2, text);
	snprintf(fr, sizeof fr, "ligne %d, colonne %d : %s (%s)", err->line, err->int2, k->fr,
	         text);
	add(st, warning ? FX_SEVERITY_WARNING : FX_SEVERITY_FATAL, k->rule_id, err->line, en, fr);
}

/* SAX: a DOCTYPE was found; the parse stops before its declarations. */
static void on_doctype(void *ctx, const xmlChar *name, const xmlChar *external_id,
                       const xmlChar *system_id)
{
	xmlParserCtxtPtr ctxt = ctx;
	secure_state *st = ctxt->_private;
	char en[256], fr[256];
	snprintf(en, sizeof en,
	         "line %d: a DOCTYPE declaration is not allowed in an invoice "
	         "(no DTD, entity or external file is read)",
	         xmlSAX2GetLineNumber(ctx));
	snprintf(fr, sizeof fr,
	         "ligne %d : une déclaration DOCTYPE n'est pas admise dans une facture "
	         "(aucune DTD, entité ni fichier externe n'est lu)",
	         xmlSAX2GetLineNumber(ctx));
	add(st, FX_SEVERITY_FATAL, "XML-DOCTYPE", xmlSAX2GetLineNumber(ctx), en, fr);
	st->stopped = true;
	xmlStopParser(ctxt);
}

/* Stops the parse on a text run too long. */
static void refuse_text(xmlParserCtxtPtr ctxt, secure_state *st)
{
	char en[256], fr[256];
	int line = xmlSAX2GetLineNumber(ctxt);
	snprintf(en, sizeof en, "line %d: text longer than %u bytes", line, MAX_TEXT_BYTES);
	snprintf(fr, sizeof fr, "ligne %d : texte de plus de %u octets", line, MAX_TEXT_BYTES);
	add(st, FX_SEVERITY_FATAL, "XML-LIMIT", line, en, fr);
	st->stopped = true;
	xmlStopParser(ctxt);
}

/* SAX: text; refused when one text run grows beyond the limit. */
static void on_characters(void *ctx, const xmlChar *ch, int len)
{
	xmlParserCtxtPtr ctxt = ctx;
	secure_state *st = ctxt->_private;
	st->text_bytes += (size_t)len;
	if (st->text_bytes > MAX_TEXT_BYTES) {
		refuse_text(ctxt, st);
		return;
	}
	xmlSAX2Characters(ctx, ch, len);
}

/* SAX: a CDATA section; counted with the text around it. */
static void on_cdata(void *ctx, const xmlChar *value, int len)
{
	xmlParserCtxtPtr ctxt = ctx;
	secure_state *st = ctxt->_private;
	st->text_bytes += (size_t)len;
	if (st->text_bytes > MAX_TEXT_BYTES) {
		refuse_text(ctxt, st);
		return;
	}
	xmlSAX2CDataBlock(ctx, value, len);
}

/* Returns the offset just after the first occurrence of the NUL-terminated
 * needle in p[from..len), or len when absent. */
static size_t skip_past(const char *p, size_t from, size_t len, const char *needle)
{
	size_t n = strlen(needle);
	while (from < len) {
		const char *hit = memchr(p + from, needle[0], len - from);
		if (!hit)
			return len;
		size_t at = (size_t)(hit - p);
		if (len - at >= n && memcmp(hit, needle, n) == 0)
			return at + n;
		from = at + 1;
	}
	return len;
}

/* Returns the offset of the first tag of p/len with more than MAX_ATTRIBUTES
 * attributes ('=' outside quotes), or len when none. A lexical scan: text is
 * skipped with memchr, comments, CDATA sections and processing instructions
 * are stepped over. */
static size_t crowded_tag(const char *p, size_t len)
{
	size_t i = 0;
	while (i < len) {
		const char *lt = memchr(p + i, '<', len - i);
		if (!lt)
			return len;
		size_t start = (size_t)(lt - p);
		i = start + 1;
		if (len - i >= 3 && memcmp(p + i, "!--", 3) == 0) {
			i = skip_past(p, i + 3, len, "-->");
			continue;
		}
		if (len - i >= 8 && memcmp(p + i, "![CDATA[", 8) == 0) {
			i = skip_past(p, i + 8, len, "]]>");
			continue;
		}
		if (i < len && p[i] == '?') {
			i = skip_past(p, i + 1, len, "?>");
			continue;
		}
		unsigned equals = 0;
		char quote = 0;
		for (; i < len; i++) {
			char c = p[i];
			if (quote) {
				if (c == quote)
					quote = 0;
			} else if (c == '"' || c == '\'') {
				quote = c;
			} else if (c == '=' && ++equals > MAX_ATTRIBUTES) {
				return start;
			} else if (c == '>') {
				break;
			}
		}
	}
	return len;
}

/* Reports a tag with too many attributes at offset at of data. */
static void refuse_attributes(secure_state *st, const char *data, size_t at)
{
	long line = 1;
	for (const char *p = data; (p = memchr(p, '\n', (size_t)(data + at - p))) != NULL; p++)
		line++;
	char en[256], fr[256];
	snprintf(en, sizeof en, "line %ld: an element with more than %u attributes", line,
	         MAX_ATTRIBUTES);
	snprintf(fr, sizeof fr, "ligne %ld : un élément de plus de %u attributs", line,
	         MAX_ATTRIBUTES);
	add(st, FX_SEVERITY_FATAL, "XML-LIMIT", line, en, fr);
}

/* SAX: an element starts; refused beyond the depth limit. */
static void on_start(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri,
                     int nb_namespaces, const xmlChar **namespaces, int nb_attributes,
                     int nb_defaulted, const xmlChar **attributes)
{
	xmlParserCtxtPtr ctxt = ctx;
	secure_state *st = ctxt->_private;
	if (++st->depth > st->max_depth) {
		char en[256], fr[256];
		int line = xmlSAX2GetLineNumber(ctx);
		snprintf(en, sizeof en, "line %d: elements nested deeper than %u levels (<%s>)",
		         line, st->max_depth, (const char *)localname);
		snprintf(fr, sizeof fr,
		         "ligne %d : éléments imbriqués sur plus de %u niveaux (<%s>)", line,
		         st->max_depth, (const char *)localname);
		add(st, FX_SEVERITY_FATAL, "XML-DEPTH", line, en, fr);
		st->stopped = true;
		xmlStopParser(ctxt);
		return;
	}
	st->text_bytes = 0;
	if (++st->elements > MAX_ELEMENTS) {
		char en[256], fr[256];
		int line = xmlSAX2GetLineNumber(ctx);
		snprintf(en, sizeof en, "line %d: more than %u elements", line, MAX_ELEMENTS);
		snprintf(fr, sizeof fr, "ligne %d : plus de %u éléments", line, MAX_ELEMENTS);
		add(st, FX_SEVERITY_FATAL, "XML-LIMIT", line, en, fr);
		st->stopped = true;
		xmlStopParser(ctxt);
		return;
	}
	xmlSAX2StartElementNs(ctx, localname, prefix, uri, nb_namespaces, namespaces, nb_attributes,
	                      nb_defaulted, attributes);
}

/* SAX: an element ends. */
static void on_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri)
{
	xmlParserCtxtPtr ctxt = ctx;
	secure_state *st = ctxt->_private;
	if (st->depth > 0)
		st->depth--;
	st->text_bytes = 0;
	xmlSAX2EndElementNs(ctx, localname, prefix, uri);
}

/* Reports a document larger than the limit. */
static void refuse_size(secure_state *st, size_t len, size_t limit)
{
	char en[256], fr[256];
	snprintf(en, sizeof en, "the XML is %zu bytes long, more than the limit of %zu bytes", len,
	         limit);
	snprintf(fr, sizeof fr, "le XML fait %zu octets, plus que la limite de %zu octets", len,
	         limit);
	add(st, FX_SEVERITY_FATAL, "XML-SIZE", 0, en, fr);
}

/* Parses data/len securely (see stages.h). */
xmlDocPtr fx_xml_parse_secure(const void *data, size_t len, const fx_validate_options *opts,
                              fx_report *r)
{
	secure_state st = {.report = r, .french = fx_report_is_french(r)};
	size_t limit = opts && opts->max_xml_bytes ? opts->max_xml_bytes : DEFAULT_MAX_BYTES;
	if (limit > INT_MAX)
		limit = INT_MAX;
	st.max_depth = opts && opts->max_depth ? opts->max_depth : DEFAULT_MAX_DEPTH;
	if (len > limit) {
		refuse_size(&st, len, limit);
		return NULL;
	}
	if (!data || len == 0) {
		add(&st, FX_SEVERITY_FATAL, "XML-WF", 0, "the XML is empty", "le XML est vide");
		return NULL;
	}
	size_t crowded = crowded_tag(data, len);
	if (crowded < len) {
		refuse_attributes(&st, data, crowded);
		return NULL;
	}
	xmlInitParser();
	xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(data, (int)len);
	if (!ctxt) {
		fx_report_set_failed(r);
		return NULL;
	}
	xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_BIG_LINES);
	ctxt->_private = &st;
	ctxt->sax->serror = on_error;
	ctxt->sax->error = NULL;
	ctxt->sax->warning = NULL;
	ctxt->sax->fatalError = NULL;
	ctxt->sax->internalSubset = on_doctype;
	ctxt->sax->externalSubset = NULL;
	ctxt->sax->resolveEntity = NULL;
	ctxt->sax->startElementNs = on_start;
	ctxt->sax->endElementNs = on_end;
	ctxt->sax->characters = on_characters;
	ctxt->sax->ignorableWhitespace = on_characters;
	ctxt->sax->cdataBlock = on_cdata;
	ctxt->vctxt.error = NULL;
	ctxt->vctxt.warning = NULL;
	/* messages raised outside the parser context (encoding conversion)
	 * come through the thread's handler: collect them too */
	xmlStructuredErrorFunc old_handler = xmlStructuredError;
	void *old_context = xmlStructuredErrorContext;
	xmlSetStructuredErrorFunc(ctxt, on_error);
	xmlParseDocument(ctxt);
	xmlSetStructuredErrorFunc(old_context, old_handler);
	xmlDocPtr doc = ctxt->myDoc;
	ctxt->myDoc = NULL;
	bool usable = doc && ctxt->wellFormed && ctxt->nsWellFormed && !st.stopped && !st.errors;
	if (st.messages > MAX_MESSAGES) {
		char en[128], fr[128];
		snprintf(en, sizeof en, "%zu further XML messages not listed",
		         st.messages - MAX_MESSAGES);
		snprintf(fr, sizeof fr, "%zu autres messages XML non listés",
		         st.messages - MAX_MESSAGES);
		add(&st, FX_SEVERITY_INFO, "XML-WF", 0, en, fr);
	}
	if (!usable && !st.stopped && !st.errors)
		add(&st, FX_SEVERITY_FATAL, "XML-WF", 0, "the XML is not well-formed",
		    "le XML est mal formé");
	ctxt->_private = NULL;
	xmlFreeParserCtxt(ctxt);
	if (!usable) {
		xmlFreeDoc(doc);
		return NULL;
	}
	return doc;
}
