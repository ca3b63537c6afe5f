/*
 * The structural rules of the Factur-X profiles (layer 5), evaluated by one
 * walk of the document over a trie of the rows' context paths (see
 * rules_fx_struct.h). Tries are built once per process.
 */
#include "validate/rules_fx_struct.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Namespace URIs of the prefixes used in the rows. */
#define NS_RSM "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
#define NS_RAM "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
#define NS_UDT "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
#define NS_QDT "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"

/* Deepest path and widest set of simultaneous contexts the walk follows. */
#define MAX_ACTIVE 8

/** A node of the trie: one step of a context path. */
typedef struct sx_node {
	const char *ns;     /* namespace URI of the step */
	char local[64];     /* local name */
	char qname[72];     /* "prefix:Local" for messages */
	unsigned char pred; /* fx_sx_pred */
	size_t order;       /* first row index using this node as context */
	struct sx_node **children;
	size_t nchildren;
	const fx_sx_row **rows; /* rows whose context is this node */
	size_t nrows;
} sx_node;

/** The trie of one profile. */
typedef struct sx_trie {
	const fx_sx_table *table;
	sx_node root;
	bool ok;
} sx_trie;

/* The profiles' tables, indexed by fx_profile (NULL: no table yet). */
static const fx_sx_table *const g_tables[] = {
    [FX_PROFILE_MINIMUM] = &fx_sx_minimum,   [FX_PROFILE_BASIC_WL] = &fx_sx_basicwl,
    [FX_PROFILE_BASIC] = &fx_sx_basic,       [FX_PROFILE_EN16931] = &fx_sx_en16931,
    [FX_PROFILE_EXTENDED] = &fx_sx_extended,
};
#define NPROFILES (sizeof(g_tables) / sizeof(g_tables[0]))

/* Profiles whose schematron warns about empty elements (PEPPOL-EN16931-R008). */
static const bool g_empty_warning[NPROFILES] = {
    [FX_PROFILE_BASIC] = true,
    [FX_PROFILE_EN16931] = true,
    [FX_PROFILE_EXTENDED] = true,
};

static sx_trie g_tries[NPROFILES];
static pthread_once_t g_once = PTHREAD_ONCE_INIT;

/* Codes of the variants, as written in the rows' paths. */
static const char *const g_pred_names[FX_SX_P_COUNT] = {
    "",    "TC130", "TC50", "TC916", "TCX", "VA",  "FC",  "NVF",
    "CHF", "CHT",   "CHX",  "LA",    "LX",  "CUI", "CUT", "CUX",
};

/* Appends pointer p to the array *arr of *n elements; false when out of memory. */
static bool push(void ***arr, size_t *n, void *p)
{
	void **grown = realloc(*arr, (*n + 1) * sizeof(void *));
	if (!grown)
		return false;
	grown[(*n)++] = p;
	*arr = grown;
	return true;
}

/* Parses step text s (len bytes, "prefix:Local[V]") into node fields; false
 * when it is not well formed. */
static bool parse_step(const char *s, size_t len, sx_node *n)
{
	const char *colon = memchr(s, ':', len);
	const char *bracket = memchr(s, '[', len);
	if (!colon || (bracket && bracket < colon))
		return false;
	size_t plen = (size_t)(colon - s);
	if (plen == 3 && memcmp(s, "rsm", 3) == 0)
		n->ns = NS_RSM;
	else if (plen == 3 && memcmp(s, "ram", 3) == 0)
		n->ns = NS_RAM;
	else if (plen == 3 && memcmp(s, "udt", 3) == 0)
		n->ns = NS_UDT;
	else if (plen == 3 && memcmp(s, "qdt", 3) == 0)
		n->ns = NS_QDT;
	else
		return false;
	const char *end = bracket ? bracket : s + len;
	size_t llen = (size_t)(end - colon - 1);
	if (llen == 0 || llen >= sizeof(n->local) || plen + 1 + llen >= sizeof(n->qname))
		return false;
	memcpy(n->local, colon + 1, llen);
	n->local[llen] = '\0';
	snprintf(n->qname, sizeof(n->qname), "%.*s:%s", (int)plen, s, n->local);
	n->pred = FX_SX_P_NONE;
	if (bracket) {
		size_t vlen = (size_t)(s + len - bracket - 2);
		if (s[len - 1] != ']')
			return false;
		for (int p = 1; p < FX_SX_P_COUNT; p++)
			if (strlen(g_pred_names[p]) == vlen &&
			    memcmp(bracket + 1, g_pred_names[p], vlen) == 0)
				n->pred = (unsigned char)p;
		if (n->pred == FX_SX_P_NONE)
			return false;
	}
	return true;
}

/* Returns the child of parent for step text s (len bytes), creating it with
 * order `order`; NULL on a bad step or out of memory. */
static sx_node *child_for(sx_node *parent, const char *s, size_t len, size_t order)
{
	sx_node probe = {0};
	if (!parse_step(s, len, &probe))
		return NULL;
	for (size_t i = 0; i < parent->nchildren; i++) {
		sx_node *c = parent->children[i];
		if (c->ns == probe.ns && c->pred == probe.pred &&
		    strcmp(c->local, probe.local) == 0)
			return c;
	}
	sx_node *c = calloc(1, sizeof(*c));
	if (!c)
		return NULL;
	*c = probe;
	c->order = order;
	if (!push((void ***)&parent->children, &parent->nchildren, c)) {
		free(c);
		return NULL;
	}
	return c;
}

/* Adds row i of table t to trie tr; false on a bad path or out of memory. */
static bool add_row(sx_trie *tr, const fx_sx_table *t, size_t i)
{
	const fx_sx_row *row = &t->rows[i];
	sx_node *n = &tr->root;
	const char *p = row->path;
	while (*p) {
		const char *slash = strchr(p, '/');
		size_t len = slash ? (size_t)(slash - p) : strlen(p);
		n = child_for(n, p, len, i);
		if (!n)
			return false;
		p += len + (slash ? 1 : 0);
	}
	if (n->nrows == 0)
		n->order = i;
	return push((void ***)&n->rows, &n->nrows, (void *)row);
}

/* Builds the tries of every profile (once). */
static void build_tries(void)
{
	for (size_t p = 0; p < NPROFILES; p++) {
		const fx_sx_table *t = g_tables[p];
		if (!t)
			continue;
		g_tries[p].table = t;
		g_tries[p].ok = true;
		for (size_t i = 0; i < t->count && g_tries[p].ok; i++)
			g_tries[p].ok = add_row(&g_tries[p], t, i);
	}
}

/* True when element e is in namespace ns with local name local (the name
 * first: namespace URIs share a long prefix). */
static bool is_named(xmlNodePtr e, const char *ns, const char *local)
{
	return e->type == XML_ELEMENT_NODE && e->name[0] == local[0] &&
	       strcmp((const char *)e->name, local) == 0 && e->ns && e->ns->href &&
	       strcmp((const char *)e->ns->href, ns) == 0;
}

/* The string value of node n compared with text s (exact, XPath "="). */
static bool value_is(xmlNodePtr n, const char *s)
{
	xmlChar *v = xmlNodeGetContent(n);
	bool same = v && strcmp((const char *)v, s) == 0;
	xmlFree(v);
	return same;
}

/* True when element e has a child ns:local whose string value is s. */
static bool child_value_is(xmlNodePtr e, const char *ns, const char *local, const char *s)
{
	for (xmlNodePtr c = e->children; c; c = c->next)
		if (is_named(c, ns, local) && value_is(c, s))
			return true;
	return false;
}

/* True when element e has a ram:ID child whose schemeID is s. */
static bool id_scheme_is(xmlNodePtr e, const char *s)
{
	for (xmlNodePtr c = e->children; c; c = c->next) {
		if (!is_named(c, NS_RAM, "ID"))
			continue;
		xmlChar *v = xmlGetNoNsProp(c, (const xmlChar *)"schemeID");
		bool same = v && strcmp((const char *)v, s) == 0;
		xmlFree(v);
		if (same)
			return true;
	}
	return false;
}

/* True when ram:ChargeIndicator/udt:Indicator of element e is s. */
static bool charge_is(xmlNodePtr e, const char *s)
{
	for (xmlNodePtr c = e->children; c; c = c->next)
		if (is_named(c, NS_RAM, "ChargeIndicator") &&
		    child_value_is(c, NS_UDT, "Indicator", s))
			return true;
	return false;
}

/* True when the currencyID of e equals a ram:<local> child of e's
 * grandparent. */
static bool currency_is(xmlNodePtr e, const char *local)
{
	xmlChar *cur = xmlGetNoNsProp(e, (const xmlChar *)"currencyID");
	bool same = false;
	if (cur && e->parent && e->parent->parent)
		same = child_value_is(e->parent->parent, NS_RAM, local, (const char *)cur);
	xmlFree(cur);
	return same;
}

/* True when element e satisfies variant p. */
static bool pred_holds(xmlNodePtr e, unsigned char p)
{
	xmlChar *list;
	bool r;
	switch (p) {
	case FX_SX_P_NONE:
		return true;
	case FX_SX_P_TC130:
		return child_value_is(e, NS_RAM, "TypeCode", "130");
	case FX_SX_P_TC50:
		return child_value_is(e, NS_RAM, "TypeCode", "50");
	case FX_SX_P_TC916:
		return child_value_is(e, NS_RAM, "TypeCode", "916");
	case FX_SX_P_TCX:
		return !pred_holds(e, FX_SX_P_TC916) && !pred_holds(e, FX_SX_P_TC50) &&
		       !pred_holds(e, FX_SX_P_TC130);
	case FX_SX_P_VA:
		return id_scheme_is(e, "VA");
	case FX_SX_P_FC:
		return id_scheme_is(e, "FC");
	case FX_SX_P_NVF:
		return !id_scheme_is(e, "VA") && !id_scheme_is(e, "FC");
	case FX_SX_P_CHF:
		return charge_is(e, "false");
	case FX_SX_P_CHT:
		return charge_is(e, "true");
	case FX_SX_P_CHX:
		return !charge_is(e, "false") && !charge_is(e, "true");
	case FX_SX_P_LA:
		return !xmlHasNsProp(e, (const xmlChar *)"listID", NULL);
	case FX_SX_P_LX:
		list = xmlGetNoNsProp(e, (const xmlChar *)"listID");
		r = list && strcmp((const char *)list, "5153") != 0;
		xmlFree(list);
		return r;
	case FX_SX_P_CUI:
		return currency_is(e, "InvoiceCurrencyCode");
	case FX_SX_P_CUT:
		return currency_is(e, "TaxCurrencyCode");
	case FX_SX_P_CUX:
		return !currency_is(e, "InvoiceCurrencyCode") && !currency_is(e, "TaxCurrencyCode");
	default:
		return false;
	}
}

/* Splits "prefix:Local" name into its namespace URI and local part. */
static const char *split_name(const char *name, const char **local)
{
	const char *colon = strchr(name, ':');
	*local = colon ? colon + 1 : name;
	if (!colon)
		return NS_RAM;
	if (strncmp(name, "rsm:", 4) == 0)
		return NS_RSM;
	if (strncmp(name, "udt:", 4) == 0)
		return NS_UDT;
	if (strncmp(name, "qdt:", 4) == 0)
		return NS_QDT;
	return NS_RAM;
}

/* Number of children of e called name ("prefix:Local") that satisfy variant p. */
static int count_children(xmlNodePtr e, const char *name, unsigned char p)
{
	const char *local;
	const char *ns = split_name(name, &local);
	int n = 0;
	for (xmlNodePtr c = e->children; c; c = c->next)
		if (is_named(c, ns, local) && pred_holds(c, p))
			n++;
	return n;
}

/** What a finding needs besides the row. */
typedef struct sx_walk {
	fx_vctx *ctx;
	const fx_sx_table *table;
	bool french;
	bool forced; /* the profile is forced by the caller, not read from BT-24 */
} sx_walk;

/* Reports row on node e with messages en/fr. */
static void report(sx_walk *w, const fx_sx_row *row, xmlNodePtr e, const char *en, const char *fr)
{
	const char *id = row->id;
	if (!id)
		id = row->kind == FX_SX_UNUSED ? "FX-NOT-USED" : "NOID";
	fx_rule r = {id, FX_LAYER_FACTURX, FX_SEVERITY_FATAL, 0, NULL, NULL, NULL, NULL, en, fr};
	fx_vctx_report(w->ctx, &r, e, w->french ? fr : en);
}

/* Checks a cardinality row on e. */
static void check_count(sx_walk *w, const fx_sx_row *row, const sx_node *n, xmlNodePtr e)
{
	int found = count_children(e, row->name, row->kind == FX_SX_VMAX ? row->variant : 0);
	char en[320], fr[320];
	switch (row->kind) {
	case FX_SX_ONE:
		if (found == 1)
			return;
		snprintf(en, sizeof en, "%s must contain %s exactly once (found %d).", n->qname,
		         row->name, found);
		snprintf(fr, sizeof fr, "%s doit contenir %s exactement une fois (%d trouvé).",
		         n->qname, row->name, found);
		break;
	case FX_SX_MIN1:
		if (found >= 1)
			return;
		snprintf(en, sizeof en, "%s must contain %s at least once.", n->qname, row->name);
		snprintf(fr, sizeof fr, "%s doit contenir %s au moins une fois.", n->qname,
		         row->name);
		break;
	default:
		if (found <= row->arg)
			return;
		snprintf(en, sizeof en, "%s may contain %s%s%s at most %d time(s) (found %d).",
		         n->qname, row->name, row->kind == FX_SX_VMAX ? " of variant " : "",
		         row->kind == FX_SX_VMAX ? g_pred_names[row->variant] : "", row->arg,
		         found);
		snprintf(fr, sizeof fr, "%s peut contenir %s%s%s au plus %d fois (%d trouvé).",
		         n->qname, row->name, row->kind == FX_SX_VMAX ? " de variante " : "",
		         row->kind == FX_SX_VMAX ? g_pred_names[row->variant] : "", row->arg,
		         found);
		break;
	}
	report(w, row, e, en, fr);
}

/* Checks a code-list row on e. */
static void check_code(sx_walk *w, const fx_sx_row *row, const sx_node *n, xmlNodePtr e)
{
	xmlChar *v =
	    row->name ? xmlGetNoNsProp(e, (const xmlChar *)row->name) : xmlNodeGetContent(e);
	if (!v || !*v) {
		xmlFree(v);
		return;
	}
	fx_fxlist l =
	    row->arg < w->table->nlists ? (fx_fxlist)w->table->lists[row->arg] : FX_FXL_NONE;
	if (l == FX_FXL_NONE ||
	    (w->forced && l >= FX_FXL_GUIDELINE_MINIMUM && l <= FX_FXL_GUIDELINE_EXTENDED)) {
		/* A list not held here is not checked; a forced profile stands
		 * for BT-24 naming it. */
		xmlFree(v);
		return;
	}
	size_t len = strlen((const char *)v);
	if (!fx_fxlist_has(l, (const char *)v, len)) {
		char en[400], fr[400];
		snprintf(en, sizeof en,
		         "%s%s%s: value '%.120s' is not in the Factur-X %s code list.", n->qname,
		         row->name ? "/@" : "", row->name ? row->name : "", (const char *)v,
		         w->table->profile_name);
		snprintf(
		    fr, sizeof fr,
		    "%s%s%s : la valeur '%.120s' n'est pas dans la liste de codes Factur-X %s.",
		    n->qname, row->name ? "/@" : "", row->name ? row->name : "", (const char *)v,
		    w->table->profile_name);
		report(w, row, e, en, fr);
	}
	xmlFree(v);
}

/* Runs row on element e (context node n). */
static void check_row(sx_walk *w, const fx_sx_row *row, const sx_node *n, xmlNodePtr e)
{
	char en[320], fr[320];
	switch (row->kind) {
	case FX_SX_ONE:
	case FX_SX_MAX:
	case FX_SX_MIN1:
	case FX_SX_VMAX:
		check_count(w, row, n, e);
		return;
	case FX_SX_ATTR:
		if (xmlHasNsProp(e, (const xmlChar *)row->name, NULL))
			return;
		snprintf(en, sizeof en, "%s must have the attribute %s.", n->qname, row->name);
		snprintf(fr, sizeof fr, "%s doit porter l'attribut %s.", n->qname, row->name);
		break;
	case FX_SX_CODE:
		check_code(w, row, n, e);
		return;
	case FX_SX_UNUSED:
		snprintf(en, sizeof en, "%s is not used here in the Factur-X %s profile.", n->qname,
		         w->table->profile_name);
		snprintf(fr, sizeof fr, "%s n'est pas utilisé ici dans le profil Factur-X %s.",
		         n->qname, w->table->profile_name);
		break;
	case FX_SX_UNUSED_ATTR:
		if (!xmlHasNsProp(e, (const xmlChar *)row->name, NULL))
			return;
		snprintf(en, sizeof en,
		         "The attribute %s of %s is not used in the Factur-X %s profile.",
		         row->name, n->qname, w->table->profile_name);
		snprintf(fr, sizeof fr,
		         "L'attribut %s de %s n'est pas utilisé dans le profil Factur-X %s.",
		         row->name, n->qname, w->table->profile_name);
		break;
	default:
		return;
	}
	report(w, row, e, en, fr);
}

/* Walks the element children of e, whose contexts are the trie nodes
 * active[0..nactive). */
static void walk(sx_walk *w, const sx_node *const *active, size_t nactive, xmlNodePtr e)
{
	for (xmlNodePtr c = e->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || !c->ns || !c->ns->href)
			continue;
		const sx_node *match[MAX_ACTIVE];
		size_t nmatch = 0;
		const sx_node *first = NULL;
		for (size_t a = 0; a < nactive; a++)
			for (size_t k = 0; k < active[a]->nchildren; k++) {
				const sx_node *t = active[a]->children[k];
				if (!is_named(c, t->ns, t->local) || !pred_holds(c, t->pred))
					continue;
				if (nmatch < MAX_ACTIVE)
					match[nmatch++] = t;
				if (t->nrows && (!first || t->order < first->order))
					first = t;
			}
		if (!nmatch)
			continue;
		if (first)
			for (size_t i = 0; i < first->nrows; i++)
				check_row(w, first->rows[i], first, c);
		walk(w, match, nmatch, c);
	}
}

/* True when element e has no element child and only white space as text. */
static bool is_empty_element(xmlNodePtr e)
{
	for (xmlNodePtr c = e->children; c; c = c->next) {
		if (c->type == XML_ELEMENT_NODE)
			return false;
		if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
			for (const xmlChar *p = c->content; *p; p++)
				if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
					return false;
	}
	return true;
}

/* Reports every empty element of the subtree of e (PEPPOL-EN16931-R008). */
static void check_empty(sx_walk *w, xmlNodePtr e)
{
	static const fx_rule r008 = {"PEPPOL-EN16931-R008",
	                             FX_LAYER_FACTURX,
	                             FX_SEVERITY_WARNING,
	                             0,
	                             NULL,
	                             NULL,
	                             NULL,
	                             NULL,
	                             "The document should not contain empty elements.",
	                             "Le document ne devrait pas contenir d'élément vide."};
	if (is_empty_element(e)) {
		fx_vctx_report(w->ctx, &r008, e, NULL);
		return;
	}
	for (xmlNodePtr c = e->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			check_empty(w, c);
}

/* True when every profile's table built into a trie. */
bool fx_sx_tables_ok(void)
{
	pthread_once(&g_once, build_tries);
	for (size_t p = 0; p < NPROFILES; p++)
		if (g_tables[p] && !g_tries[p].ok)
			return false;
	return true;
}

/* Runs the structural rules of the validated profile on the document. */
bool fx_sx_check(fx_vctx *ctx, xmlNodePtr node)
{
	(void)node;
	fx_profile p;
	if (!fx_vctx_profile(ctx, &p) || (size_t)p >= NPROFILES)
		return true;
	pthread_once(&g_once, build_tries);
	xmlNodePtr root = xmlDocGetRootElement(fx_vctx_doc(ctx));
	if (!root)
		return true;
	const sx_trie *tr = &g_tries[p];
	const fx_validate_options *o = fx_vctx_options(ctx);
	sx_walk w = {ctx, tr->table, fx_vctx_french(ctx), o && o->force_profile};
	if (tr->table && tr->ok && is_named(root, NS_RSM, "CrossIndustryInvoice")) {
		const sx_node *start = &tr->root;
		walk(&w, &start, 1, root);
	}
	if (g_empty_warning[p])
		check_empty(&w, root);
	return true;
}
