/*
 * One value into one field of the invoice: the walk along the target's
 * steps (creating the array elements the mapping adds) and the conversion
 * of the text to the field's kind (French numbers and dates, oui/non...).
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "batch/batch_set.h"
#include "core/error.h"
#include "facturx/csv.h"

/* True when s/len equals one of the NULL-terminated words, ignoring ASCII case. */
static bool is_word(const char *s, size_t len, const char *const *words)
{
	for (; *words; words++)
		if (strlen(*words) == len && strncasecmp(s, *words, len) == 0)
			return true;
	return false;
}

/* Reads oui/non (and their English and numeric forms). */
static int parse_bool(const char *s, size_t len, bool *out)
{
	static const char *const yes[] = {"oui", "o", "vrai", "true", "yes", "y", "1", "x", NULL};
	static const char *const no[] = {"non", "n", "faux", "false", "no", "0", NULL};
	if (is_word(s, len, yes))
		*out = true;
	else if (is_word(s, len, no))
		*out = false;
	else
		return fx_error_set(FX_EINVAL, "expected oui or non");
	return FX_OK;
}

/* Reads the category of the operation in French or English. */
static int parse_category(const char *s, size_t len, fx_operation_category *out)
{
	static const char *const goods[] = {"biens", "goods", "B", "livraison de biens", NULL};
	static const char *const services[] = {"services", "S", "prestation de services",
	                                       "prestations de services", NULL};
	static const char *const mixed[] = {"mixte", "mixed", "M", NULL};
	if (is_word(s, len, goods))
		*out = FX_OPERATION_GOODS;
	else if (is_word(s, len, services))
		*out = FX_OPERATION_SERVICES;
	else if (is_word(s, len, mixed))
		*out = FX_OPERATION_MIXED;
	else
		return fx_error_set(FX_EINVAL, "expected biens, services or mixte");
	return FX_OK;
}

/* Reads a profile name. */
static int parse_profile(const char *s, size_t len, fx_profile *out)
{
	char name[32];
	if (len >= sizeof name)
		return fx_error_set(FX_EINVAL, "expected a profile (minimum, basicwl, basic, "
		                               "en16931 or extended)");
	memcpy(name, s, len);
	name[len] = '\0';
	if (fx_profile_parse(name, out) < 0)
		return fx_error_set(FX_EINVAL, "expected a profile (minimum, basicwl, basic, "
		                               "en16931 or extended)");
	return FX_OK;
}

/* Sets the id or the scheme of identifier id. */
static int set_identifier(const fx_bs_place *p, const fx_bm_target *t, fx_identifier *id,
                          const char *s, size_t len, const char *scheme, bool only_if_absent)
{
	char **field = t->scheme ? &id->scheme : &id->id;
	if (only_if_absent && *field)
		return FX_OK;
	int rc = fx_invoice_set_textn(p->inv, field, s, len);
	if (rc == FX_OK && scheme && !t->scheme && !id->scheme)
		rc = fx_invoice_set_text(p->inv, &id->scheme, scheme);
	return rc;
}

/* True when the value kind at field is already given. */
static bool is_given(const fx_jfield *f, const char *field, const char *base)
{
	switch (f->kind) {
	case FX_JK_TEXT:
		return *(char *const *)field != NULL;
	case FX_JK_DECIMAL:
		return ((const fx_decimal *)field)->set;
	case FX_JK_DATE:
		return ((const fx_date *)field)->year != 0;
	case FX_JK_BOOL:
		return *(const bool *)field;
	case FX_JK_PROFILE:
		return *(const bool *)(base + f->offset2);
	case FX_JK_CATEGORY:
		return *(const fx_operation_category *)field != FX_OPERATION_UNSPECIFIED;
	default:
		return false;
	}
}

/* Converts and stores a value of a plain kind into field (of struct base). */
static int set_plain(const fx_bs_place *p, const fx_jfield *f, char *base, const char *s,
                     size_t len)
{
	char *field = base + f->offset;
	switch (f->kind) {
	case FX_JK_TEXT:
		return fx_invoice_set_textn(p->inv, (char **)field, s, len);
	case FX_JK_DECIMAL:
		return fx_csv_parse_decimal(s, len, p->decimal_mark, (fx_decimal *)field);
	case FX_JK_DATE:
		return fx_csv_parse_date(s, len, (fx_date *)field);
	case FX_JK_BOOL:
		return parse_bool(s, len, (bool *)field);
	case FX_JK_CATEGORY:
		return parse_category(s, len, (fx_operation_category *)field);
	case FX_JK_PROFILE: {
		int rc = parse_profile(s, len, (fx_profile *)field);
		if (rc == FX_OK)
			*(bool *)(base + f->offset2) = true;
		return rc;
	}
	default:
		return fx_error_set(FX_EINVAL, "this field cannot come from a CSV cell");
	}
}

/* Returns the element of an array step (creating it unless absent_only). */
static int array_element(const fx_bs_place *p, const fx_jfield *f, int slot, char *base,
                         bool absent_only, char **elem)
{
	size_t idx = p->slots[slot];
	if (idx == FX_BS_NONE) {
		if (absent_only) {
			*elem = NULL;
			return FX_OK;
		}
		void *added = NULL;
		int rc = f->add(p->inv, base, &added);
		if (rc < 0)
			return rc;
		p->slots[slot] = *(size_t *)(base + f->offset2) - 1;
		*elem = added;
		return FX_OK;
	}
	*elem = *(char **)(base + f->offset) + idx * f->elem_size;
	return FX_OK;
}

/* Sets one value. */
int fx_bs_set(const fx_bs_place *p, const fx_bm_target *t, const char *text, size_t len,
              const char *scheme, bool only_if_absent)
{
	char *base = t->line ? (char *)&p->inv->lines[p->line] : (char *)p->inv;
	for (size_t i = 0; i < t->n_steps; i++) {
		const fx_jfield *f = t->steps[i];
		bool last = i + 1 == t->n_steps;
		if (f->kind == FX_JK_OBJECT) {
			base += f->offset;
			continue;
		}
		if (f->kind == FX_JK_ARRAY || f->kind == FX_JK_IDENT_ARRAY) {
			int rc = array_element(p, f, t->slots[i], base, only_if_absent, &base);
			if (rc < 0 || !base)
				return rc;
			if (f->kind == FX_JK_IDENT_ARRAY)
				return set_identifier(p, t, (fx_identifier *)base, text, len,
				                      scheme, only_if_absent);
			continue;
		}
		if (!last)
			break;
		if (f->kind == FX_JK_IDENT)
			return set_identifier(p, t, (fx_identifier *)(base + f->offset), text, len,
			                      scheme, only_if_absent);
		if (only_if_absent && is_given(f, base + f->offset, base))
			return FX_OK;
		return set_plain(p, f, base, text, len);
	}
	return fx_error_set(FX_EINVAL, "this field cannot come from a CSV cell");
}
