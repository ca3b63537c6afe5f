/*
 * The code lists of the Factur-X 1.09.2 code databases (layer 5). Lists
 * equal to the CEN ones come from codelists.c; the lists specific to
 * Factur-X (profile identifiers, one-value lists, the VAT categories
 * without "B", the currency list of the release) are held here.
 */
#include <stdlib.h>
#include <string.h>

#include "validate/codelists.h"
#include "validate/rules_fx_struct.h"

/* ISO 4217 currency codes as listed by the Factur-X 1.09.2 code database. */
static const char *const fx_currencies[] = {
    "AED", "AFN", "ALL", "AMD", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BHD",
    "BIF", "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF",
    "CHE", "CHF", "CHW", "CLF", "CLP", "CNH", "CNY", "COP", "COU", "CRC", "CUP", "CVE", "CZK",
    "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS",
    "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD",
    "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD",
    "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT",
    "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK",
    "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD",
    "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP",
    "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS",
    "UAH", "UGX", "USD", "USN", "UYI", "UYU", "UYW", "UZS", "VED", "VES", "VND", "VUV", "WST",
    "XAF", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XCD", "XCG", "XDR", "XOF", "XPD", "XPF",
    "XPT", "XSU", "XTS", "XUA", "XXX", "YER", "ZAR", "ZMW", "ZWG",
};

/* VAT category codes accepted by Factur-X (UNTDID 5305 without "B"). */
static const char *const fx_vat_categories[] = {"AE", "E", "G", "K", "L", "M", "O", "S", "Z"};

/* Specification identifiers (BT-24) of each profile. */
static const char *const fx_guideline_minimum[] = {"urn:factur-x.eu:1p0:minimum",
                                                   "urn:zugferd.de:2p0:minimum"};
static const char *const fx_guideline_basicwl[] = {"urn:factur-x.eu:1p0:basicwl",
                                                   "urn:zugferd.de:2p0:basicwl"};
static const char *const fx_guideline_basic[] = {
    "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic",
    "urn:cen.eu:en16931:2017#compliant#urn:zugferd.de:2p0:basic"};
static const char *const fx_guideline_en16931[] = {"urn:cen.eu:en16931:2017"};
static const char *const fx_guideline_extended[] = {
    "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended",
    "urn:cen.eu:en16931:2017#conformant#urn:zugferd.de:2p0:extended"};

/* One-value lists. */
static const char *const fx_date_102[] = {"102"};
static const char *const fx_tax_type[] = {"VAT"};
static const char *const fx_doc_130[] = {"130"};
static const char *const fx_doc_50[] = {"50"};
static const char *const fx_doc_916[] = {"916"};
static const char *const fx_vat_scheme[] = {"VA"};

/** A list held here: sorted codes. */
typedef struct own_list {
	const char *const *codes;
	size_t count;
} own_list;

/* Number of values of array a. */
#define FX_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* The lists held here, indexed by fx_fxlist ({NULL, 0} where codelists.c
 * provides the list). */
static const own_list own_lists[FX_FXL_COUNT] = {
    [FX_FXL_GUIDELINE_MINIMUM] = {fx_guideline_minimum, FX_LEN(fx_guideline_minimum)},
    [FX_FXL_GUIDELINE_BASICWL] = {fx_guideline_basicwl, FX_LEN(fx_guideline_basicwl)},
    [FX_FXL_GUIDELINE_BASIC] = {fx_guideline_basic, FX_LEN(fx_guideline_basic)},
    [FX_FXL_GUIDELINE_EN16931] = {fx_guideline_en16931, FX_LEN(fx_guideline_en16931)},
    [FX_FXL_GUIDELINE_EXTENDED] = {fx_guideline_extended, FX_LEN(fx_guideline_extended)},
    [FX_FXL_DATE_102] = {fx_date_102, FX_LEN(fx_date_102)},
    [FX_FXL_TAX_TYPE] = {fx_tax_type, FX_LEN(fx_tax_type)},
    [FX_FXL_VAT_CATEGORY] = {fx_vat_categories, FX_LEN(fx_vat_categories)},
    [FX_FXL_DOC_130] = {fx_doc_130, FX_LEN(fx_doc_130)},
    [FX_FXL_DOC_50] = {fx_doc_50, FX_LEN(fx_doc_50)},
    [FX_FXL_DOC_916] = {fx_doc_916, FX_LEN(fx_doc_916)},
    [FX_FXL_VAT_SCHEME] = {fx_vat_scheme, FX_LEN(fx_vat_scheme)},
    [FX_FXL_CURRENCY] = {fx_currencies, FX_LEN(fx_currencies)},
};

/* The CEN list equal to a Factur-X list, or FX_CL_COUNT when none. */
static fx_codelist_id cen_list(fx_fxlist l)
{
	switch (l) {
	case FX_FXL_DOC_TYPE:
		return FX_CL_UNTDID1001;
	case FX_FXL_NOTE_SUBJECT:
		return FX_CL_UNTDID4451;
	case FX_FXL_ICD:
		return FX_CL_ISO6523;
	case FX_FXL_CLASSIFICATION:
		return FX_CL_UNTDID7143;
	case FX_FXL_COUNTRY:
		return FX_CL_ISO3166;
	case FX_FXL_UNIT:
		return FX_CL_REC20;
	case FX_FXL_ALLOWANCE:
		return FX_CL_UNTDID5189;
	case FX_FXL_CHARGE:
		return FX_CL_UNTDID7161;
	case FX_FXL_REFERENCE:
		return FX_CL_UNTDID1153;
	case FX_FXL_EAS:
		return FX_CL_EAS;
	case FX_FXL_MIME:
		return FX_CL_MIME;
	case FX_FXL_PAYMENT_MEANS:
		return FX_CL_UNTDID4461;
	case FX_FXL_VATEX:
		return FX_CL_VATEX;
	case FX_FXL_DUE_DATE:
		return FX_CL_UNTDID2475;
	default:
		return FX_CL_COUNT;
	}
}

/* Compares a key with an entry of a sorted list (for bsearch). */
static int cmp_code(const void *key, const void *entry)
{
	return strcmp(key, *(const char *const *)entry);
}

/* True when value (len bytes) is one of the codes of Factur-X list l. */
bool fx_fxlist_has(fx_fxlist l, const char *value, size_t len)
{
	char code[128];
	if (l <= FX_FXL_NONE || l >= FX_FXL_COUNT || !value || len >= sizeof(code) ||
	    memchr(value, '\0', len))
		return false;
	memcpy(code, value, len);
	code[len] = '\0';
	if (own_lists[l].codes)
		return bsearch(code, own_lists[l].codes, own_lists[l].count, sizeof(char *),
		               cmp_code) != NULL;
	fx_codelist_id cen = cen_list(l);
	return cen != FX_CL_COUNT && fx_codelist_has(cen, code);
}
