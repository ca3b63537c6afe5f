/*
 * Printable forms of party data.
 */
#include "render/party.h"

#include <stdio.h>
#include <string.h>

#include <unicode/uloc.h>
#include <unicode/ustring.h>

/* Groups digits. */
const char *fx_party_group(const char *id, int iban, char *buf, size_t size)
{
	size_t n = strlen(id), digits = strspn(id, "0123456789"), o = 0;
	if (!iban && !(digits == n && (n == 9 || n == 14))) {
		snprintf(buf, size, "%s", id);
		return buf;
	}
	for (size_t i = 0; i < n && o + 2 < size; i++) {
		if (id[i] == ' ')
			continue;
		int cut = iban ? (i > 0 && i % 4 == 0) : (i == 3 || i == 6 || i == 9);
		if (cut)
			buf[o++] = ' ';
		buf[o++] = id[i];
	}
	buf[o] = '\0';
	return buf;
}

/* SIREN of a party. */
const char *fx_party_siren(const fx_party *p, char *buf, size_t size)
{
	const char *id = p->legal_id.id;
	if (!id || (p->legal_id.scheme && strcmp(p->legal_id.scheme, "0002") != 0))
		return NULL;
	return fx_party_group(id, 0, buf, size);
}

/* SIRET of a party. */
const char *fx_party_siret(const fx_party *p, char *buf, size_t size)
{
	for (size_t i = 0; i < p->n_identifiers; i++)
		if (p->identifiers[i].id && p->identifiers[i].scheme &&
		    strcmp(p->identifiers[i].scheme, "0009") == 0)
			return fx_party_group(p->identifiers[i].id, 0, buf, size);
	if (p->legal_id.id && p->legal_id.scheme && strcmp(p->legal_id.scheme, "0009") == 0)
		return fx_party_group(p->legal_id.id, 0, buf, size);
	return NULL;
}

/* Country name of code in the document's language. */
static const char *country_name(fx_layout *L, const char *code, char *buf, size_t size)
{
	char loc[8];
	snprintf(loc, sizeof loc, "und_%.2s", code);
	UChar u[64];
	UErrorCode st = U_ZERO_ERROR;
	int32_t n = uloc_getDisplayCountry(loc, L->fmt->locale, u, 64, &st);
	if (U_FAILURE(st) || st == U_USING_DEFAULT_WARNING || n <= 0 || n >= 64)
		return code;
	u_strToUTF8(buf, (int32_t)size, NULL, u, n, &st);
	return U_SUCCESS(st) ? buf : code;
}

/* "postcode city" of a. */
static const char *city_line(const fx_address *a, char *buf, size_t size)
{
	snprintf(buf, size, "%s%s%s", a->postcode ? a->postcode : "",
	         a->postcode && a->city ? " " : "", a->city ? a->city : "");
	return buf;
}

/* Draws an address. */
int fx_party_address(fx_layout *L, const fx_address *a, int show_country, float x, float y, float w,
                     float *h)
{
	char city[256], country[128];
	const char *parts[] = {a->line1,
	                       a->line2,
	                       a->line3,
	                       city_line(a, city, sizeof city),
	                       a->subdivision,
	                       show_country && a->country
	                           ? country_name(L, a->country, country, sizeof country)
	                           : NULL};
	*h = 0;
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
		float ph;
		if (!parts[i] || !*parts[i])
			continue;
		int rc = fx_lay_para(L, fx_lay_base(L), x, y + *h, w, FX_ALIGN_LEFT, parts[i], &ph);
		if (rc)
			return rc;
		*h += ph;
	}
	return 0;
}

/* One-line address. */
const char *fx_party_address_line(fx_layout *L, const fx_address *a, int show_country, char *buf,
                                  size_t size)
{
	char city[256], country[128];
	const char *parts[] = {a->line1,
	                       a->line2,
	                       a->line3,
	                       city_line(a, city, sizeof city),
	                       a->subdivision,
	                       show_country && a->country
	                           ? country_name(L, a->country, country, sizeof country)
	                           : NULL};
	buf[0] = '\0';
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
		if (!parts[i] || !*parts[i])
			continue;
		size_t n = strlen(buf);
		snprintf(buf + n, size - n, "%s%s", n ? ", " : "", parts[i]);
	}
	return buf;
}

/* Countries differ. */
int fx_party_foreign(const fx_invoice *inv)
{
	const char *a = inv->seller.address.country, *b = inv->buyer.address.country;
	return a && b && strcmp(a, b) != 0;
}
