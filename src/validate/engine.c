/*
 * The rule engine: compiles every rule table once per process, groups the
 * rules by context, and runs them on a document.
 */
#include "validate/engine.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/hash.h>
#include <libxml/xpathInternals.h>

#include "validate/fastpath.h"
#include "validate/stages.h"

/** A rule and the index of its (shared) compiled test. */
typedef struct engine_rule {
	const fx_rule *rule;
	int test; /* index in g_engine.tests, -1 for a C check */
} engine_rule;

/** The rules sharing one context expression. */
typedef struct engine_context {
	const char *expr;
	xmlXPathCompExprPtr comp;
	fx_fast_context *fast; /* C selection (fastpath.h), or NULL */
	engine_rule *rules;
	size_t count;
	unsigned layers;   /* FX_LAYER_BIT of its rules */
	unsigned profiles; /* FX_P_* of its rules */
} engine_context;

/** The compiled rule tables (built once). */
static struct {
	engine_context *contexts;
	size_t ncontexts;
	xmlXPathCompExprPtr *tests;
	fx_fast_expr **fast_tests; /* C evaluation of each simple test, or NULL */
	size_t ntests;
	engine_rule *rules;
	size_t nrules;
	char **problems;
	size_t nproblems;
	bool debug;
	bool profile;     /* FX_VALIDATE_PROFILE set: time contexts and rules */
	int64_t *ctx_ns;  /* per context: evaluation time */
	int64_t *rule_ns; /* per rule (index in g_engine.rules): test time */
} g_engine;

static pthread_once_t g_engine_once = PTHREAD_ONCE_INIT;

/* Verification of the C fast paths against XPath (tests only). */
static bool g_verify;
static size_t g_verify_mismatches;

/* Makes every run evaluate the fast paths with XPath too and count the
 * differences (a test's switch; not thread-safe). */
void fx_engine_set_verify(bool on)
{
	g_verify = on;
}

/* Number of differences found since fx_engine_set_verify(true). */
size_t fx_engine_verify_mismatches(void)
{
	return g_verify_mismatches;
}

/* The namespaces every expression may use. */
static xmlNs g_namespaces[] = {
    {.type = XML_NAMESPACE_DECL,
     .href = (const xmlChar *)"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
     .prefix = (const xmlChar *)"rsm"},
    {.type = XML_NAMESPACE_DECL,
     .href = (const xmlChar *)"urn:un:unece:uncefact:data:standard:"
                              "ReusableAggregateBusinessInformationEntity:100",
     .prefix = (const xmlChar *)"ram"},
    {.type = XML_NAMESPACE_DECL,
     .href = (const xmlChar *)"urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
     .prefix = (const xmlChar *)"udt"},
    {.type = XML_NAMESPACE_DECL,
     .href = (const xmlChar *)"urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
     .prefix = (const xmlChar *)"qdt"},
    {.type = XML_NAMESPACE_DECL,
     .href = (const xmlChar *)FX_FUNCTIONS_NS,
     .prefix = (const xmlChar *)"fx"},
};
static xmlNsPtr g_namespace_list[] = {&g_namespaces[0], &g_namespaces[1], &g_namespaces[2],
                                      &g_namespaces[3], &g_namespaces[4]};

/* Ignores an XPath error (the engine counts failures itself). */
static void silent_error(void *data, xmlErrorPtr err)
{
	(void)data;
	(void)err;
}

/* Creates the XPath context for doc. */
xmlXPathContextPtr fx_engine_xpath_context(xmlDocPtr doc)
{
	xmlXPathContextPtr x = xmlXPathNewContext(doc);
	if (!x)
		return NULL;
	x->namespaces = g_namespace_list;
	x->nsNr = (int)(sizeof(g_namespace_list) / sizeof(g_namespace_list[0]));
	x->error = silent_error;
	xmlXPathRegisterFuncLookup(x, fx_functions_lookup, NULL);
	xmlXPathContextSetCache(x, 1, -1, 0);
	return x;
}

/* Compiles expr with a namespace-free context (no streaming shortcut). */
static xmlXPathCompExprPtr compile(const char *expr)
{
	xmlXPathContextPtr x = xmlXPathNewContext(NULL);
	if (!x)
		return NULL;
	x->error = silent_error;
	xmlXPathCompExprPtr c = xmlXPathCtxtCompile(x, (const xmlChar *)expr);
	xmlXPathFreeContext(x);
	return c;
}

/* Records a problem found while building the tables. */
static void add_problem(const char *fmt, const char *a, const char *b)
{
	char **p = realloc(g_engine.problems, (g_engine.nproblems + 1) * sizeof(char *));
	if (!p)
		return;
	g_engine.problems = p;
	size_t n = strlen(fmt) + strlen(a) + strlen(b) + 1;
	char *msg = malloc(n);
	if (!msg)
		return;
	snprintf(msg, n, fmt, a, b);
	g_engine.problems[g_engine.nproblems++] = msg;
}

/** An entry being sorted: a rule and its position in the tables. */
typedef struct sort_entry {
	const char *key;
	size_t seq;
} sort_entry;

/* Orders entries by key, then by position (a stable grouping). */
static int cmp_entries(const void *a, const void *b)
{
	const sort_entry *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	if (c)
		return c;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Checks the fields of rule r; returns false (with a problem) if unusable. */
static bool rule_usable(const fx_rule *r, const char *set)
{
	if (!r->id || !r->context || (!r->test && !r->check) || r->layer < FX_LAYER_CONTAINER ||
	    r->layer > FX_LAYER_CHORUS || r->severity > FX_SEVERITY_ABORT || !r->msg_en) {
		add_problem(
		    "rule %s in table %s: missing id, context, test/check or message, or bad "
		    "layer/severity",
		    r->id ? r->id : "(no id)", set);
		return false;
	}
	return true;
}

/* Resolves rule r of table set: an alias (context FX_SAME_AS(id), rule.h)
 * becomes a copy of the layer-4 rule `id` (its context, test and check)
 * reported with r's id, layer, severity, profiles, business term and
 * messages (the target's when r has none). Returns r itself when it is no alias, NULL (with a
 * problem) when the target is unknown or out of memory. The copies live for the process. */
static const fx_rule *resolve_alias(const fx_rule *r, const char *set)
{
	if (!r->context || r->context[0] != '=')
		return r;
	const fx_rule *t = fx_engine_find_rule(FX_LAYER_EN16931, r->context + 1);
	fx_rule *copy = t && t->context && t->context[0] != '=' ? malloc(sizeof(*copy)) : NULL;
	if (!copy) {
		add_problem("rule %s in table %s: alias of an unknown layer-4 rule",
		            r->id ? r->id : "(no id)", set);
		return NULL;
	}
	*copy = *r;
	copy->context = t->context;
	copy->test = t->test;
	copy->check = t->check;
	if (!copy->bt)
		copy->bt = t->bt;
	if (!copy->msg_en) {
		copy->msg_en = t->msg_en;
		copy->msg_fr = t->msg_fr;
	}
	return copy;
}

/* Collects the usable rules of every table into g_engine.rules. */
static void collect_rules(void)
{
	size_t total = 0;
	for (size_t s = 0; s < fx_ruleset_count; s++)
		total += fx_rulesets[s]->count;
	g_engine.rules = calloc(total ? total : 1, sizeof(engine_rule));
	if (!g_engine.rules)
		return;
	for (size_t s = 0; s < fx_ruleset_count; s++)
		for (size_t i = 0; i < fx_rulesets[s]->count; i++) {
			const fx_rule *r =
			    resolve_alias(&fx_rulesets[s]->rules[i], fx_rulesets[s]->name);
			if (r && rule_usable(r, fx_rulesets[s]->name))
				g_engine.rules[g_engine.nrules++].rule = r;
		}
}

/* Compiles the distinct tests and sets each rule's test index. */
static void build_tests(void)
{
	size_t n = g_engine.nrules;
	sort_entry *e = calloc(n ? n : 1, sizeof(*e));
	g_engine.tests = calloc(n ? n : 1, sizeof(xmlXPathCompExprPtr));
	g_engine.fast_tests = calloc(n ? n : 1, sizeof(fx_fast_expr *));
	if (!e || !g_engine.tests || !g_engine.fast_tests) {
		free(e);
		return;
	}
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		g_engine.rules[i].test = -1;
		if (!g_engine.rules[i].rule->check)
			e[k++] = (sort_entry){g_engine.rules[i].rule->test, i};
	}
	qsort(e, k, sizeof(*e), cmp_entries);
	for (size_t i = 0; i < k; i++) {
		if (i == 0 || strcmp(e[i].key, e[i - 1].key) != 0) {
			xmlXPathCompExprPtr c = compile(e[i].key);
			if (!c)
				add_problem("rule %s: test does not compile: %s",
				            g_engine.rules[e[i].seq].rule->id, e[i].key);
			g_engine.fast_tests[g_engine.ntests] =
			    c ? fx_fast_compile_test(e[i].key) : NULL;
			g_engine.tests[g_engine.ntests++] = c;
		}
		g_engine.rules[e[i].seq].test = (int)g_engine.ntests - 1;
	}
	free(e);
}

/* Groups the rules by context and compiles each context once. */
static void build_contexts(void)
{
	size_t n = g_engine.nrules;
	sort_entry *e = calloc(n ? n : 1, sizeof(*e));
	engine_rule *ordered = calloc(n ? n : 1, sizeof(*ordered));
	g_engine.contexts = calloc(n ? n : 1, sizeof(engine_context));
	if (!e || !ordered || !g_engine.contexts) {
		free(e);
		free(ordered);
		return;
	}
	for (size_t i = 0; i < n; i++)
		e[i] = (sort_entry){g_engine.rules[i].rule->context, i};
	qsort(e, n, sizeof(*e), cmp_entries);
	engine_context *c = NULL;
	for (size_t i = 0; i < n; i++) {
		const fx_rule *r = g_engine.rules[e[i].seq].rule;
		ordered[i] = g_engine.rules[e[i].seq];
		if (!c || strcmp(c->expr, e[i].key) != 0) {
			c = &g_engine.contexts[g_engine.ncontexts++];
			c->expr = e[i].key;
			c->rules = &ordered[i];
			c->comp = compile(c->expr);
			if (!c->comp)
				add_problem("rule %s: context does not compile: %s", r->id,
				            c->expr);
			else
				c->fast = fx_fast_compile_context(c->expr, compile);
		}
		c->count++;
		c->layers |= FX_LAYER_BIT(r->layer);
		c->profiles |= r->profiles ? r->profiles : FX_P_ALL;
	}
	free(e);
	free(g_engine.rules);
	g_engine.rules = ordered;
}

/* The monotonic clock in nanoseconds (profiling only). */
static int64_t now_ns(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

/** One line of the profile. */
typedef struct profile_line {
	int64_t ns;
	const char *what;
	const char *expr;
} profile_line;

/* Orders profile lines, slowest first. */
static int cmp_profile(const void *a, const void *b)
{
	int64_t x = ((const profile_line *)a)->ns, y = ((const profile_line *)b)->ns;
	return x < y ? 1 : x > y ? -1 : 0;
}

/* Prints the 40 most expensive contexts and rules on stderr (at exit). */
static void print_profile(void)
{
	size_t n = g_engine.ncontexts + g_engine.nrules;
	profile_line *l = calloc(n ? n : 1, sizeof(*l));
	if (!l)
		return;
	int64_t total = 0;
	for (size_t i = 0; i < g_engine.ncontexts; i++) {
		l[i] = (profile_line){g_engine.ctx_ns[i],
		                      g_engine.contexts[i].fast ? "context (C)" : "context",
		                      g_engine.contexts[i].expr};
		total += l[i].ns;
	}
	for (size_t i = 0; i < g_engine.nrules; i++) {
		const fx_rule *r = g_engine.rules[i].rule;
		l[g_engine.ncontexts + i] =
		    (profile_line){g_engine.rule_ns[i], r->id,
		                   r->test && g_engine.rules[i].test >= 0 &&
		                           g_engine.fast_tests[g_engine.rules[i].test]
		                       ? "(C) simple test"
		                       : r->test};
		total += g_engine.rule_ns[i];
	}
	qsort(l, n, sizeof(*l), cmp_profile);
	fprintf(stderr, "facturx validate profile: %.3f ms in total\n", total / 1e6);
	size_t shown = strcmp(getenv("FX_VALIDATE_PROFILE"), "all") == 0 ? n : 40;
	for (size_t i = 0; i < n && i < shown; i++)
		fprintf(stderr, "%10.3f ms  %-22s %.100s\n", l[i].ns / 1e6, l[i].what,
		        l[i].expr ? l[i].expr : "(C check)");
	free(l);
}

/* Builds the compiled tables (once per process). */
static void engine_build(void)
{
	g_engine.debug = getenv("FX_VALIDATE_DEBUG") != NULL;
	collect_rules();
	if (!g_engine.rules)
		return;
	build_tests();
	build_contexts();
	if (getenv("FX_VALIDATE_PROFILE")) {
		g_engine.ctx_ns = calloc(g_engine.ncontexts + 1, sizeof(int64_t));
		g_engine.rule_ns = calloc(g_engine.nrules + 1, sizeof(int64_t));
		g_engine.profile =
		    g_engine.ctx_ns && g_engine.rule_ns && atexit(print_profile) == 0;
	}
	if (g_engine.debug)
		for (size_t i = 0; i < g_engine.ncontexts; i++)
			if (!g_engine.contexts[i].fast)
				fprintf(stderr,
				        "facturx validate: context evaluated by XPath: %s\n",
				        g_engine.contexts[i].expr);
	if (g_engine.debug)
		for (size_t i = 0; i < g_engine.nproblems; i++)
			fprintf(stderr, "facturx validate: %s\n", g_engine.problems[i]);
}

/* Problems found while building the tables. */
size_t fx_engine_problems(const char *const **problems)
{
	pthread_once(&g_engine_once, engine_build);
	if (problems)
		*problems = (const char *const *)g_engine.problems;
	return g_engine.nproblems;
}

/* Number of rules. */
size_t fx_engine_rule_count(void)
{
	pthread_once(&g_engine_once, engine_build);
	return g_engine.nrules;
}

/* Finds a rule by layer and id. */
const fx_rule *fx_engine_find_rule(fx_layer layer, const char *id)
{
	for (size_t s = 0; s < fx_ruleset_count; s++)
		for (size_t i = 0; i < fx_rulesets[s]->count; i++) {
			const fx_rule *r = &fx_rulesets[s]->rules[i];
			if (r->layer == layer && r->id && strcmp(r->id, id) == 0)
				return r;
		}
	return NULL;
}

static pthread_mutex_t g_cache_lock = PTHREAD_MUTEX_INITIALIZER;
static xmlHashTablePtr g_compiled;
static xmlHashTablePtr g_regexps;
static char g_failed_marker;

/* Looks key up in *table, creating the entry with make() when absent.
 * Returns the cached pointer or NULL (also cached) when make failed. */
static void *cache_get(xmlHashTablePtr *table, const char *key, void *(*make)(const char *))
{
	pthread_mutex_lock(&g_cache_lock);
	if (!*table)
		*table = xmlHashCreate(64);
	void *v = *table ? xmlHashLookup(*table, (const xmlChar *)key) : NULL;
	if (!v && *table) {
		v = make(key);
		if (xmlHashAddEntry(*table, (const xmlChar *)key, v ? v : &g_failed_marker) != 0)
			v = NULL;
	}
	pthread_mutex_unlock(&g_cache_lock);
	return v == &g_failed_marker ? NULL : v;
}

/* Compiles an expression for the cache. */
static void *make_compiled(const char *expr)
{
	return compile(expr);
}

/* Compiles a regular expression for the cache. */
static void *make_regexp(const char *re)
{
	return xmlRegexpCompile((const xmlChar *)re);
}

/* Compiled expression, cached. */
xmlXPathCompExprPtr fx_engine_compile_cached(const char *expr)
{
	return expr ? cache_get(&g_compiled, expr, make_compiled) : NULL;
}

/* Compiled regular expression, cached. */
xmlRegexpPtr fx_engine_regexp(const char *re)
{
	return re ? cache_get(&g_regexps, re, make_regexp) : NULL;
}

/* True when rule r runs in this run. */
static bool rule_applies(const fx_rule *r, unsigned layers, unsigned pbit)
{
	return (FX_LAYER_BIT(r->layer) & layers) && (!r->profiles || (r->profiles & pbit));
}

/** Per-run memo of the tests evaluated on the current node. */
typedef struct test_memo {
	unsigned *stamp;
	unsigned char *value;
	unsigned now;
} test_memo;

/* Evaluates (or recalls) test t on the current node of v. */
static bool run_test(fx_vctx *v, test_memo *m, int t, const fx_rule *r, xmlNodePtr node)
{
	if (m->stamp[t] == m->now)
		return m->value[t];
	int b;
	if (g_engine.fast_tests[t]) {
		b = fx_fast_test(g_engine.fast_tests[t], node);
		if (g_verify && xmlXPathCompiledEvalToBoolean(g_engine.tests[t], v->xpath) != b) {
			g_verify_mismatches++;
			fprintf(stderr,
			        "facturx validate: fast test differs from XPath: %s (line %ld)\n",
			        r->test, fx_node_line(node));
		}
	} else {
		b = g_engine.tests[t] ? xmlXPathCompiledEvalToBoolean(g_engine.tests[t], v->xpath)
		                      : 1;
	}
	if (b < 0) {
		v->xpath_errors++;
		if (g_engine.debug)
			fprintf(stderr,
			        "facturx validate: rule %s: test fails to evaluate at line %ld\n",
			        r->id, fx_node_line(node));
		b = 1;
	}
	m->stamp[t] = m->now;
	m->value[t] = (unsigned char)b;
	return b;
}

/* Runs the rules of context c on node. */
static void run_node(fx_vctx *v, test_memo *m, const engine_context *c, xmlNodePtr node,
                     unsigned layers, unsigned pbit)
{
	m->now++;
	for (size_t k = 0; k < c->count; k++) {
		const engine_rule *er = &c->rules[k];
		if (!rule_applies(er->rule, layers, pbit))
			continue;
		v->xpath->node = node;
		int64_t t0 = g_engine.profile ? now_ns() : 0;
		bool pass = er->rule->check ? er->rule->check(v, node)
		                            : run_test(v, m, er->test, er->rule, node);
		if (g_engine.profile)
			g_engine.rule_ns[er - g_engine.rules] += now_ns() - t0;
		if (!pass && er->rule->severity == FX_SEVERITY_ABORT) {
			if (!v->abort[er->rule->layer])
				v->abort[er->rule->layer] = er->rule;
		} else if (!pass) {
			fx_vctx_report(v, er->rule, node, NULL);
		}
	}
}

/* Checks that the fast context selected what XPath selects (tests only). */
static void verify_context(fx_vctx *v, const engine_context *c, const fx_fast_nodes *got)
{
	v->xpath->node = (xmlNodePtr)v->doc;
	xmlXPathObjectPtr res = xmlXPathCompiledEval(c->comp, v->xpath);
	int n = (res && res->nodesetval) ? res->nodesetval->nodeNr : 0;
	bool same = (size_t)n == got->count;
	for (int i = 0; same && i < n; i++)
		same = res->nodesetval->nodeTab[i] == got->nodes[i];
	if (!same) {
		g_verify_mismatches++;
		fprintf(stderr, "facturx validate: fast context differs from XPath: %s\n", c->expr);
	}
	xmlXPathFreeObject(res);
}

/* Runs the rules of context c selected in C (fastpath.h). */
static void run_fast_context(fx_vctx *v, test_memo *m, const engine_context *c, unsigned layers,
                             unsigned pbit, fx_fast_run *run, fx_fast_nodes *nodes)
{
	int64_t t0 = g_engine.profile ? now_ns() : 0;
	nodes->count = 0;
	run->error = false;
	fx_fast_select(c->fast, run, nodes);
	if (run->error)
		v->xpath_errors++;
	if (g_engine.profile)
		g_engine.ctx_ns[c - g_engine.contexts] += now_ns() - t0;
	if (nodes->failed) {
		v->status = FX_ENOMEM;
		return;
	}
	if (g_verify)
		verify_context(v, c, nodes);
	for (size_t i = 0; i < nodes->count; i++)
		run_node(v, m, c, nodes->nodes[i], layers, pbit);
}

/* Evaluates context c on the document and runs its rules on each node. */
static void run_context(fx_vctx *v, test_memo *m, const engine_context *c, unsigned layers,
                        unsigned pbit)
{
	v->xpath->node = (xmlNodePtr)v->doc;
	int64_t t0 = g_engine.profile ? now_ns() : 0;
	xmlXPathObjectPtr res = xmlXPathCompiledEval(c->comp, v->xpath);
	if (g_engine.profile)
		g_engine.ctx_ns[c - g_engine.contexts] += now_ns() - t0;
	if (!res || res->type != XPATH_NODESET) {
		v->xpath_errors++;
		if (g_engine.debug)
			fprintf(stderr, "facturx validate: context fails to evaluate: %s\n",
			        c->expr);
		xmlXPathFreeObject(res);
		return;
	}
	for (int i = 0; res->nodesetval && i < res->nodesetval->nodeNr; i++) {
		xmlNodePtr node = res->nodesetval->nodeTab[i];
		if (node->type != XML_NAMESPACE_DECL)
			run_node(v, m, c, node, layers, pbit);
	}
	xmlXPathFreeObject(res);
}

/* Replaces the findings of rule a's layer by one information finding: the
 * official validator of that layer stops with an error on this document. */
static void report_abort(fx_vctx *v, const fx_rule *a, size_t first)
{
	fx_report_drop_layer(v->report, (fx_layer)a->layer, first);
	const char *msg = v->french && a->msg_fr ? a->msg_fr : a->msg_en;
	if (fx_report_add(v->report, (fx_layer)a->layer, FX_SEVERITY_INFO, true, a->id, a->bt, NULL,
	                  0, msg) != FX_OK)
		v->status = FX_ENOMEM;
}

/* Runs the rule layers on doc. */
int fx_engine_run(xmlDocPtr doc, const fx_engine_run_options *ro, fx_report *r)
{
	if (!doc || !ro || !ro->options || !r)
		return FX_EUSAGE;
	pthread_once(&g_engine_once, engine_build);
	fx_vctx v = {.doc = doc,
	             .report = r,
	             .options = ro->options,
	             .has_profile = ro->has_profile,
	             .profile = ro->profile,
	             .french = fx_report_is_french(r)};
	v.advisory = ro->has_profile &&
	             (ro->profile == FX_PROFILE_MINIMUM || ro->profile == FX_PROFILE_BASIC_WL ||
	              ro->profile == FX_PROFILE_EXTENDED);
	unsigned pbit = ro->has_profile ? (1u << ro->profile) : FX_P_NONE;
	size_t first = fx_report_count(r);
	test_memo m = {calloc(g_engine.ntests + 1, sizeof(unsigned)),
	               calloc(g_engine.ntests + 1, 1), 0};
	v.xpath = fx_engine_xpath_context(doc);
	if (!v.xpath || !m.stamp || !m.value) {
		v.status = FX_ENOMEM;
	} else {
		fx_fast_nodes nodes = {0}, elements = {0};
		fx_fast_run run = {doc, v.xpath, &elements, false};
		xmlXPathOrderDocElems(doc);
		for (size_t i = 0; i < g_engine.ncontexts; i++) {
			const engine_context *c = &g_engine.contexts[i];
			if (!c->comp || !(c->layers & ro->layers) || !(c->profiles & pbit))
				continue;
			if (c->fast)
				run_fast_context(&v, &m, c, ro->layers, pbit, &run, &nodes);
			else
				run_context(&v, &m, c, ro->layers, pbit);
		}
		free(nodes.nodes);
		free(elements.nodes);
	}
	for (int l = FX_LAYER_CONTAINER; l <= FX_LAYER_CHORUS; l++)
		if (v.abort[l])
			report_abort(&v, v.abort[l], first);
	if (v.xpath)
		xmlXPathFreeContext(v.xpath);
	free(m.stamp);
	free(m.value);
	if (v.status != FX_OK)
		fx_report_set_failed(r);
	return v.status;
}
