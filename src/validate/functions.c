/*
 * The engine's XPath extension functions: exact decimal arithmetic and
 * comparisons, text, dates and node-set helpers (documented in functions.h).
 */
#include "validate/functions.h"

#include <stdlib.h>
#include <string.h>

#include "validate/engine.h"

/* True for XML white space. */
static bool is_xml_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* True for an ASCII digit. */
static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Reads an xs:decimal lexical form, tolerating "5." and ".5". */
bool fx_decimal_from_text(const char *s, size_t len, fx_decimal *out)
{
	while (len > 0 && is_xml_space(*s)) {
		s++;
		len--;
	}
	while (len > 0 && is_xml_space(s[len - 1]))
		len--;
	if (len == 0 || len > 80)
		return false;
	char buf[84];
	size_t n = 0, i = 0, digits = 0;
	if (s[i] == '+' || s[i] == '-')
		buf[n++] = s[i++];
	if (i < len && s[i] == '.')
		buf[n++] = '0';
	for (; i < len && is_digit(s[i]); i++, digits++)
		buf[n++] = s[i];
	if (i < len && s[i] == '.') {
		size_t dot = n;
		buf[n++] = s[i++];
		for (; i < len && is_digit(s[i]); i++, digits++)
			buf[n++] = s[i];
		if (n == dot + 1)
			n--;
	}
	if (i != len || digits == 0)
		return false;
	return fx_decimal_parse(buf, n, out) == FX_OK;
}

/* Reads the string value of obj as a decimal. */
static bool object_decimal(xmlXPathObjectPtr obj, fx_decimal *out)
{
	if (!obj)
		return false;
	if (obj->type == XPATH_STRING && obj->stringval)
		return fx_decimal_from_text((const char *)obj->stringval,
		                            strlen((const char *)obj->stringval), out);
	xmlChar *s = xmlXPathCastToString(obj);
	bool ok = s && fx_decimal_from_text((const char *)s, strlen((const char *)s), out);
	xmlFree(s);
	return ok;
}

/* Pops a decimal argument. */
fx_decimal fx_xpath_pop_decimal(xmlXPathParserContextPtr ctxt, bool *ok)
{
	fx_decimal d = {0};
	xmlXPathObjectPtr obj = valuePop(ctxt);
	if (!object_decimal(obj, &d))
		*ok = false;
	xmlXPathFreeObject(obj);
	return d;
}

/* Pushes a decimal result as a string. */
void fx_xpath_push_decimal(xmlXPathParserContextPtr ctxt, fx_decimal d, bool ok)
{
	char buf[FX_DECIMAL_STRLEN];
	if (!ok || fx_decimal_format(fx_decimal_normalize(d), buf, sizeof(buf)) != FX_OK)
		strcpy(buf, "NaN");
	valuePush(ctxt, xmlXPathNewCString(buf));
}

/* Pops an argument as text. */
xmlChar *fx_xpath_pop_text(xmlXPathParserContextPtr ctxt)
{
	xmlXPathObjectPtr obj = valuePop(ctxt);
	xmlChar *s = obj ? xmlXPathCastToString(obj) : xmlStrdup((const xmlChar *)"");
	xmlXPathFreeObject(obj);
	return s;
}

/* Pops an argument as an integer (XPath number, truncated). */
static int pop_int(xmlXPathParserContextPtr ctxt)
{
	double v = xmlXPathPopNumber(ctxt);
	if (!(v >= -64 && v <= 64))
		return 0;
	return (int)v;
}

/* Checks the argument count; sets the XPath arity error when wrong. */
static bool arity(xmlXPathParserContextPtr ctxt, int nargs, int min, int max)
{
	if (nargs < min || nargs > max || ctxt->valueNr < ctxt->valueFrame + nargs) {
		xmlXPathErr(ctxt, XPATH_INVALID_ARITY);
		return false;
	}
	return true;
}

/* fx:dec(x): x normalised. */
static void fn_dec(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (!arity(ctxt, nargs, 1, 1))
		return;
	bool ok = true;
	fx_decimal d = fx_xpath_pop_decimal(ctxt, &ok);
	fx_xpath_push_decimal(ctxt, d, ok);
}

/* fx:sum(nodes): exact sum. */
static void fn_sum(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (!arity(ctxt, nargs, 1, 1))
		return;
	xmlXPathObjectPtr obj = valuePop(ctxt);
	fx_decimal total = fx_decimal_from_int(0);
	bool ok = true;
	if (!obj || obj->type != XPATH_NODESET) {
		ok = obj && object_decimal(obj, &total);
	} else if (obj->nodesetval) {
		for (int i = 0; ok && i < obj->nodesetval->nodeNr; i++) {
			xmlChar *s = xmlXPathCastNodeToString(obj->nodesetval->nodeTab[i]);
			fx_decimal d;
			ok = s &&
			     fx_decimal_from_text((const char *)s, strlen((const char *)s), &d) &&
			     fx_decimal_add(total, d, &total) == FX_OK;
			xmlFree(s);
		}
	}
	xmlXPathFreeObject(obj);
	fx_xpath_push_decimal(ctxt, total, ok);
}

/* fx:add(a, b, ...): exact sum of the arguments. */
static void fn_add(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (!arity(ctxt, nargs, 1, 32))
		return;
	bool ok = true;
	fx_decimal total = fx_decimal_from_int(0);
	for (int i = 0; i < nargs; i++) {
		fx_decimal d = fx_xpath_pop_decimal(ctxt, &ok);
		if (ok && fx_decimal_add(total, d, &total) != FX_OK)
			ok = false;
	}
	fx_xpath_push_decimal(ctxt, total, ok);
}

/* Pops b then a (the arguments of a binary function). */
static bool pop_pair(xmlXPathParserContextPtr ctxt, fx_decimal *a, fx_decimal *b)
{
	bool ok = true;
	*b = fx_xpath_pop_decimal(ctxt, &ok);
	*a = fx_xpath_pop_decimal(ctxt, &ok);
	return ok;
}

/* fx:sub(a, b). */
static void fn_sub(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (!arity(ctxt, nargs, 2, 2))
		return;
	fx_decimal a, b, r = {0};
	bool ok = pop_pair(ctxt, &a, &b) && fx_decimal_sub(a, b, &r) == FX_OK;
	fx_xpath_push_decimal(ctxt, r, ok);
}

/* fx:mul(a, b). */
static void fn_mul(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (!arity(ctxt, nargs, 2, 2))
		return;
	fx_decimal a, b, r = {0};
	bool ok = pop_pair(ctxt, &a, &b) && fx_decimal_mul(a, b, &r) == FX_OK;
	fx_xpath_push_decimal(ctxt, r, ok);
}

/* fx:div(a, b, n): rounded half away from zero to n decimals. */
static void fn_div(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (!arity(ctxt, nargs, 3, 3))
		return;
	int n = pop_int(ctxt);
	fx_decimal a, b, r = {0};
	bool ok = pop_pair(ctxt, &a, &b) && n >= 0 && n <= FX_DECIMAL_MAX_SCALE &&
	          !fx_decimal_is_zero(b) && fx_decimal_div(a, b, n, FX_ROUND_HALF_UP, &r) == FX_OK;
	fx_xpath_push_decimal(ctxt, r, ok);
}

/* fx:percent(a, r): a x r / 100, exact. */
static void fn_percent(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (!arity(ctxt, nargs, 2, 2))
		return;
	fx_decimal a, b, r = {0};
	bool ok = pop_pair(ctxt, &a, &b) && fx_decimal_mul(a, b, &r) == FX_OK;
	if (ok && r.scale + 2 <= FX_DECIMAL_MAX_SCALE)
		r.scale = (int8_t)(r.scale + 2);
	else if (ok)
		ok = fx_decimal_div(r, fx_decimal_from_int(100), FX_DECIMAL_MAX_SCALE,
		                    FX_ROUND_HALF_UP, &r) == FX_OK;
	fx_xpath_push_decimal(ctxt, r, ok);
}

/* Rounds a to n decimals, halves towards positive infinity (XPath round). */
static bool round_xpath(fx_decimal a, int n, fx_decimal *out)
{
	if (n < 0 || n > FX_DECIMAL_MAX_SCALE - 1)
		return false;
	if (fx_decimal_decimals(a) <= n)
		return fx_decimal_round(a, n, FX_ROUND_HALF_UP, out) == FX_OK;
	fx_decimal half = fx_decimal_make(5, n + 1), shifted;
	return fx_decimal_add(a, half, &shifted) == FX_OK &&
	       fx_decimal_round(shifted, n, FX_ROUND_FLOOR, out) == FX_OK;
}

/* fx:round(a, n): XPath rounding of a to n decimals. */
static void fn_round(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (!arity(ctxt, nargs, 2, 2))
		return;
	int n = pop_int(ctxt);
	bool ok = true;
	fx_decimal a = fx_xpath_pop_decimal(ctxt, &ok), r = {0};
	ok = ok && round_xpath(a, n, &r);
	fx_xpath_push_decimal(ctxt, r, ok);
}

/* fx:round-half-up(a, n): a rounded half away from zero. */
static void fn_round_half_up(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (!arity(ctxt, nargs, 2, 2))
		return;
	int n = pop_int(ctxt);
	bool ok = true;
	fx_decimal a = fx_xpath_pop_decimal(ctxt, &ok), r = {0};
	ok = ok && n >= 0 && n <= FX_DECIMAL_MAX_SCALE &&
	     fx_decimal_round(a, n, FX_ROUND_HALF_UP, &r) == FX_OK;
	fx_xpath_push_decimal(ctxt, r, ok);
}

/* fx:abs(a). */
static void fn_abs(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (!arity(ctxt, nargs, 1, 1))
		return;
	bool ok = true;
	fx_decimal a = fx_xpath_pop_decimal(ctxt, &ok);
	fx_xpath_push_decimal(ctxt, ok ? fx_decimal_abs(a) : a, ok);
}

/* Compares the two arguments; returns false when one is not a number. */
static bool compare_args(xmlXPathParserContextPtr ctxt, int nargs, int *cmp)
{
	if (!arity(ctxt, nargs, 2, 2))
		return false;
	fx_decimal a, b;
	if (!pop_pair(ctxt, &a, &b))
		return false;
	*cmp = fx_decimal_cmp(a, b);
	return true;
}

/* Pushes a boolean. */
static void push_bool(xmlXPathParserContextPtr ctxt, bool v)
{
	valuePush(ctxt, xmlXPathNewBoolean(v));
}

/* fx:eq(a, b). */
static void fn_eq(xmlXPathParserContextPtr ctxt, int nargs)
{
	int c = 1;
	bool ok = compare_args(ctxt, nargs, &c);
	if (ctxt->error == XPATH_EXPRESSION_OK)
		push_bool(ctxt, ok && c == 0);
}

/* fx:ne(a, b). */
static void fn_ne(xmlXPathParserContextPtr ctxt, int nargs)
{
	int c = 0;
	bool ok = compare_args(ctxt, nargs, &c);
	if (ctxt->error == XPATH_EXPRESSION_OK)
		push_bool(ctxt, ok && c != 0);
}

/* fx:lt(a, b). */
static void fn_lt(xmlXPathParserContextPtr ctxt, int nargs)
{
	int c = 0;
	bool ok = compare_args(ctxt, nargs, &c);
	if (ctxt->error == XPATH_EXPRESSION_OK)
		push_bool(ctxt, ok && c < 0);
}

/* fx:le(a, b). */
static void fn_le(xmlXPathParserContextPtr ctxt, int nargs)
{
	int c = 1;
	bool ok = compare_args(ctxt, nargs, &c);
	if (ctxt->error == XPATH_EXPRESSION_OK)
		push_bool(ctxt, ok && c <= 0);
}

/* fx:gt(a, b). */
static void fn_gt(xmlXPathParserContextPtr ctxt, int nargs)
{
	int c = 0;
	bool ok = compare_args(ctxt, nargs, &c);
	if (ctxt->error == XPATH_EXPRESSION_OK)
		push_bool(ctxt, ok && c > 0);
}

/* fx:ge(a, b). */
static void fn_ge(xmlXPathParserContextPtr ctxt, int nargs)
{
	int c = -1;
	bool ok = compare_args(ctxt, nargs, &c);
	if (ctxt->error == XPATH_EXPRESSION_OK)
		push_bool(ctxt, ok && c >= 0);
}

/* fx:is-decimal(x). */
static void fn_is_decimal(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (!arity(ctxt, nargs, 1, 1))
		return;
	bool ok = true;
	fx_xpath_pop_decimal(ctxt, &ok);
	push_bool(ctxt, ok);
}

/* True when s is an xs:double lexical form (what XPath 2.0 can cast an
 * untyped value to): a decimal with an optional exponent, INF, -INF, NaN. */
static bool double_text(const char *s)
{
	while (is_xml_space(*s))
		s++;
	size_t len = strlen(s);
	while (len > 0 && is_xml_space(s[len - 1]))
		len--;
	if ((len == 3 && memcmp(s, "INF", 3) == 0) || (len == 4 && memcmp(s, "-INF", 4) == 0) ||
	    (len == 4 && memcmp(s, "+INF", 4) == 0) || (len == 3 && memcmp(s, "NaN", 3) == 0))
		return true;
	size_t i = 0, digits = 0;
	if (i < len && (s[i] == '+' || s[i] == '-'))
		i++;
	for (; i < len && is_digit(s[i]); i++)
		digits++;
	if (i < len && s[i] == '.')
		for (i++; i < len && is_digit(s[i]); i++)
			digits++;
	if (digits == 0)
		return false;
	if (i < len && (s[i] == 'e' || s[i] == 'E')) {
		size_t exp = 0;
		i++;
		if (i < len && (s[i] == '+' || s[i] == '-'))
			i++;
		for (; i < len && is_digit(s[i]); i++)
			exp++;
		if (exp == 0)
			return false;
	}
	return i == len;
}

/* fx:is-double(x): x (first node of a node-set) casts to xs:double; true
 * for an empty node-set (nothing to cast). */
static void fn_is_double(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (!arity(ctxt, nargs, 1, 1))
		return;
	xmlXPathObjectPtr obj = valuePop(ctxt);
	bool ok = true;
	if (obj && obj->type == XPATH_NODESET) {
		for (int i = 0; ok && obj->nodesetval && i < obj->nodesetval->nodeNr; i++) {
			xmlChar *t = xmlXPathCastNodeToString(obj->nodesetval->nodeTab[i]);
			ok = t && double_text((const char *)t);
			xmlFree(t);
		}
	} else if (obj) {
		xmlChar *t = xmlXPathCastToString(obj);
		ok = t && double_text((const char *)t);
		xmlFree(t);
	}
	xmlXPathFreeObject(obj);
	push_bool(ctxt, ok);
}

/* fx:decimals(x): digits written after the dot, -1 when not a number. */
static void fn_decimals(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (!arity(ctxt, nargs, 1, 1))
		return;
	xmlChar *s = fx_xpath_pop_text(ctxt);
	fx_decimal d;
	double n = -1;
	if (s && fx_decimal_from_text((const char *)s, strlen((const char *)s), &d)) {
		const char *dot = strchr((const char *)s, '.');
		n = 0;
		if (dot)
			for (dot++; is_digit(*dot); dot++)
				n++;
	}
	xmlFree(s);
	valuePush(ctxt, xmlXPathNewFloat(n));
}

/* fx:upper(s): ASCII upper case. */
static void fn_upper(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (!arity(ctxt, nargs, 1, 1))
		return;
	xmlChar *s = fx_xpath_pop_text(ctxt);
	for (xmlChar *p = s; p && *p; p++)
		if (*p >= 'a' && *p <= 'z')
			*p = (xmlChar)(*p - 'a' + 'A');
	valuePush(ctxt, xmlXPathNewString(s ? s : (const xmlChar *)""));
	xmlFree(s);
}

/* Returns s without surrounding XML white space (in place). */
static xmlChar *trim_in_place(xmlChar *s)
{
	if (!s)
		return s;
	size_t start = 0, len = strlen((char *)s);
	while (start < len && is_xml_space((char)s[start]))
		start++;
	while (len > start && is_xml_space((char)s[len - 1]))
		len--;
	memmove(s, s + start, len - start);
	s[len - start] = 0;
	return s;
}

/* fx:trim(s). */
static void fn_trim(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (!arity(ctxt, nargs, 1, 1))
		return;
	xmlChar *s = trim_in_place(fx_xpath_pop_text(ctxt));
	valuePush(ctxt, xmlXPathNewString(s ? s : (const xmlChar *)""));
	xmlFree(s);
}

/* fx:matches(s, re): whole-string XSD regular expression match. */
static void fn_matches(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (!arity(ctxt, nargs, 2, 2))
		return;
	xmlChar *re = fx_xpath_pop_text(ctxt);
	xmlChar *s = fx_xpath_pop_text(ctxt);
	xmlRegexpPtr comp = re ? fx_engine_regexp((const char *)re) : NULL;
	bool ok = comp && s && xmlRegexpExec(comp, s) == 1;
	xmlFree(re);
	xmlFree(s);
	push_bool(ctxt, ok);
}

/* fx:in(s, list): s is one of the space-separated words of list. */
static void fn_in(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (!arity(ctxt, nargs, 2, 2))
		return;
	xmlChar *list = fx_xpath_pop_text(ctxt);
	xmlChar *s = trim_in_place(fx_xpath_pop_text(ctxt));
	bool found = false;
	size_t n = s ? strlen((char *)s) : 0;
	for (const char *p = (const char *)list; n > 0 && p && *p;) {
		while (*p == ' ')
			p++;
		size_t w = strcspn(p, " ");
		if (w == n && memcmp(p, s, n) == 0) {
			found = true;
			break;
		}
		p += w;
	}
	xmlFree(list);
	xmlFree(s);
	push_bool(ctxt, found);
}

/* Reads n digits of s as an integer (-1 when one is not a digit). */
static int digits_value(const xmlChar *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (!is_digit((char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* Checks YYYYMMDD; real: also the number of days of the month. */
static bool check_date(const xmlChar *s, bool real)
{
	if (!s || strlen((const char *)s) != 8)
		return false;
	int y = digits_value(s, 4), m = digits_value(s + 4, 2), d = digits_value(s + 6, 2);
	if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31)
		return false;
	if (!real)
		return true;
	static const int days[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return d <= days[m - 1] && !(m == 2 && d == 29 && !leap);
}

/* fx:is-date(s). */
static void fn_is_date(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (!arity(ctxt, nargs, 1, 1))
		return;
	xmlChar *s = fx_xpath_pop_text(ctxt);
	push_bool(ctxt, check_date(s, false));
	xmlFree(s);
}

/* fx:is-real-date(s). */
static void fn_is_real_date(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (!arity(ctxt, nargs, 1, 1))
		return;
	xmlChar *s = fx_xpath_pop_text(ctxt);
	push_bool(ctxt, check_date(s, true));
	xmlFree(s);
}

/* Compares two strings for qsort. */
static int cmp_strings(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* fx:has-duplicates(nodes): two nodes share a trimmed string value. */
static void fn_has_duplicates(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (!arity(ctxt, nargs, 1, 1))
		return;
	xmlXPathObjectPtr obj = valuePop(ctxt);
	bool dup = false;
	int n =
	    (obj && obj->type == XPATH_NODESET && obj->nodesetval) ? obj->nodesetval->nodeNr : 0;
	char **v = n > 1 ? calloc((size_t)n, sizeof(char *)) : NULL;
	if (v) {
		for (int i = 0; i < n; i++)
			v[i] = (char *)trim_in_place(
			    xmlXPathCastNodeToString(obj->nodesetval->nodeTab[i]));
		bool all = true;
		for (int i = 0; i < n; i++)
			all = all && v[i];
		if (all) {
			qsort(v, (size_t)n, sizeof(char *), cmp_strings);
			for (int i = 1; i < n && !dup; i++)
				dup = strcmp(v[i - 1], v[i]) == 0;
		}
		for (int i = 0; i < n; i++)
			xmlFree(v[i]);
		free(v);
	}
	xmlXPathFreeObject(obj);
	push_bool(ctxt, dup);
}

const fx_xpath_function fx_core_functions[] = {
    {"dec", fn_dec},
    {"sum", fn_sum},
    {"add", fn_add},
    {"sub", fn_sub},
    {"mul", fn_mul},
    {"div", fn_div},
    {"percent", fn_percent},
    {"round", fn_round},
    {"round-half-up", fn_round_half_up},
    {"abs", fn_abs},
    {"eq", fn_eq},
    {"ne", fn_ne},
    {"lt", fn_lt},
    {"le", fn_le},
    {"gt", fn_gt},
    {"ge", fn_ge},
    {"is-decimal", fn_is_decimal},
    {"is-double", fn_is_double},
    {"decimals", fn_decimals},
    {"upper", fn_upper},
    {"trim", fn_trim},
    {"matches", fn_matches},
    {"in", fn_in},
    {"is-date", fn_is_date},
    {"is-real-date", fn_is_real_date},
    {"has-duplicates", fn_has_duplicates},
    {NULL, NULL},
};

/* Looks a function up in every registered table. */
xmlXPathFunction fx_functions_lookup(void *data, const xmlChar *name, const xmlChar *ns_uri)
{
	if (!ns_uri || !name || strcmp((const char *)ns_uri, FX_FUNCTIONS_NS) != 0)
		return NULL;
	for (size_t t = 0; t < fx_function_table_count; t++)
		for (const fx_xpath_function *f = fx_function_tables[t]; f && f->name; f++)
			if (strcmp(f->name, (const char *)name) == 0)
				return f->fn;
	return NULL;
}
