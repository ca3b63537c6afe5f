/*
 * Internal: the state shared by the CII writer files (write_*.c) and the
 * small XML emitting helpers they use. Every helper does nothing once an
 * error has been recorded in w->rc, so writers read as straight-line code.
 */
#ifndef FX_CII_WRITE_CTX_H
#define FX_CII_WRITE_CTX_H

#include <stdbool.h>
#include <stddef.h>

#include "cii/write.h"
#include "core/buf.h"
#include "facturx/invoice.h"

/* Profile shortcuts: the smallest profile whose XSD declares an element. */
#define P_MIN FX_PROFILE_MINIMUM
#define P_WL FX_PROFILE_BASIC_WL
#define P_BASIC FX_PROFILE_BASIC
#define P_EN FX_PROFILE_EN16931
#define P_EXT FX_PROFILE_EXTENDED

/** The writer state. */
typedef struct fx_cw {
	fx_buf buf;              /* the document being written */
	const fx_invoice *inv;   /* the invoice */
	fx_profile profile;      /* the profile being written */
	int compact;             /* non-zero: no indentation, no newlines */
	int depth;               /* current element depth */
	int rc;                  /* first error (0: none) */
	bool lenient;            /* true: missing data is not an error (listing drops) */
	fx_cii_dropped *dropped; /* receives the dropped fields (may be NULL) */
	char where[48];          /* "" or the repeated group being written, e.g. "line 2" */
} fx_cw;

/* True when s is a non-empty string. s: text (may be NULL). */
static inline bool fx_cw_has(const char *s)
{
	return s && *s;
}

/* Returns true when a present field may be written in w's profile; when it
 * is present but the profile (below min) has no place for it, records it as
 * dropped and returns false. w: writer; min: smallest profile allowing it;
 * present: whether the invoice gives the field; what: "BT-x description". */
bool fx_cw_allow(fx_cw *w, fx_profile min, bool present, const char *what);

/* Records FX_EMISSING "<what> is required (profile P)" unless present
 * (nothing in lenient mode). Returns present. w: writer; present: whether
 * the data is there; what: "BT-x description". */
bool fx_cw_require(fx_cw *w, bool present, const char *what);

/* Records what as dropped (a present field no profile place exists for).
 * w: writer; what: static label "BT-x description". */
void fx_cw_drop(fx_cw *w, const char *what);

/* Appends raw markup s as is (XML declaration, root tag). */
void fx_cw_raw(fx_cw *w, const char *s);

/* Records an error code already described by fx_error_set (first one wins).
 * w: writer; rc: negative fx_error_code. */
void fx_cw_fail(fx_cw *w, int rc);

/* Writes "<tag>" on its own line and goes one level deeper. w: writer;
 * tag: qualified element name. */
void fx_cw_open(fx_cw *w, const char *tag);

/* Goes one level up and writes "</tag>". w: writer; tag: element name. */
void fx_cw_close(fx_cw *w, const char *tag);

/* Writes "<tag/>" (an element that must exist but has no content). */
void fx_cw_empty(fx_cw *w, const char *tag);

/* Writes <tag a1="v1" a2="v2">text</tag>, escaped; an attribute whose value
 * is NULL or "" is left out. w: writer; tag: element; a1/v1, a2/v2:
 * optional attributes (a NULL name ends the list); text: content. */
void fx_cw_leaf(fx_cw *w, const char *tag, const char *a1, const char *v1, const char *a2,
                const char *v2, const char *text);

/* Writes <tag>text</tag>. w: writer; tag: element; text: content. */
void fx_cw_text(fx_cw *w, const char *tag, const char *text);

/* Writes <tag>text</tag> when text is given and the profile (>= min)
 * allows it, else records the drop. w: writer; min: smallest profile;
 * tag: element; text: content (NULL/"": nothing); what: "BT-x name". */
void fx_cw_opt(fx_cw *w, fx_profile min, const char *tag, const char *text, const char *what);

/* Writes a decimal <tag attr="val">1.50</tag> with its own scale, no
 * locale. w: writer; tag: element; d: value (must be set); attr/val:
 * optional attribute (e.g. "currencyID"), NULL for none. */
void fx_cw_decimal(fx_cw *w, const char *tag, fx_decimal d, const char *attr, const char *val);

/* Writes <tag><inner format="102">YYYYMMDD</inner></tag>. w: writer;
 * tag: outer element; inner: "udt:DateTimeString", "udt:DateString" or
 * "qdt:DateTimeString"; d: the date (must be present). */
void fx_cw_date(fx_cw *w, const char *tag, const char *inner, fx_date d);

/* Writes <tag><udt:Indicator>true|false</udt:Indicator></tag>. */
void fx_cw_indicator(fx_cw *w, const char *tag, bool value);

/* Writes <tag mimeCode=".." filename="..">base64</tag>. w: writer; tag:
 * element; data/len: the bytes; mime, filename: the attributes. */
void fx_cw_binary(fx_cw *w, const char *tag, const unsigned char *data, size_t len,
                  const char *mime, const char *filename);

/* Writes rsm:ExchangedDocumentContext (BT-23, BT-24). w: writer. */
void fx_cw_context(fx_cw *w);

/* Writes rsm:ExchangedDocument (BT-1, BT-3, BT-2, BG-1). w: writer. */
void fx_cw_document(fx_cw *w);

/* Writes the BG-25 lines (BASIC and up). w: writer. */
void fx_cw_lines(fx_cw *w);

/* Writes ram:ApplicableHeaderTradeAgreement. w: writer. */
void fx_cw_agreement(fx_cw *w);

/* Writes ram:ApplicableHeaderTradeDelivery. w: writer. */
void fx_cw_delivery(fx_cw *w);

/* Writes ram:ApplicableHeaderTradeSettlement. w: writer. */
void fx_cw_settlement(fx_cw *w);

/* Writes ram:PayeeTradeParty (BG-10). w: writer. */
void fx_cw_payee(fx_cw *w);

/* Writes the ram:SpecifiedTradeSettlementPaymentMeans (BG-16..BG-19). w: writer. */
void fx_cw_payment_means(fx_cw *w);

/* Writes ram:SpecifiedTradePaymentTerms (BT-20, BT-9, BT-89). w: writer. */
void fx_cw_payment_terms(fx_cw *w);

/* Writes the BG-22 totals. w: writer. */
void fx_cw_totals(fx_cw *w);

/* Writes the EXTENDED ram:SpecifiedFinancialAdjustment elements. w: writer. */
void fx_cw_financial_adjustments(fx_cw *w);

/* Writes the EXTENDED ram:SpecifiedAdvancePayment elements. w: writer. */
void fx_cw_advance_payments(fx_cw *w);

/* Writes ram:BillingSpecifiedPeriod with the dates p has. w: writer;
 * p: BG-14 or BG-26 period. */
void fx_cw_period(fx_cw *w, const fx_period *p);

/* Writes a trade party. w: writer; tag: e.g. "ram:SellerTradeParty";
 * p: the party; seller: true for BG-4 (BT numbers and seller-only data),
 * false for BG-7. */
void fx_cw_party(fx_cw *w, const char *tag, const fx_party *p, bool seller);

/* Writes ram:PostalTradeAddress when a has data. w: writer; a: address;
 * min_full: smallest profile allowing more than the country; bg: group
 * label for messages ("BG-5 seller postal address"); country_bt: label of
 * the country BT ("BT-40 seller country code"). */
void fx_cw_address(fx_cw *w, const fx_address *a, fx_profile min_full, const char *bg,
                   const char *country_bt);

/* Writes an identifier as <ram:ID> (no scheme) or <ram:GlobalID schemeID>.
 * w: writer; id: the identifier (id->id must be set). */
void fx_cw_party_id(fx_cw *w, const fx_identifier *id);

/* Writes a trade tax group (ram:ApplicableTradeTax / CategoryTradeTax...)
 * with only TypeCode VAT, CategoryCode and RateApplicablePercent. w: writer;
 * tag: the element; category: BT-95/102/151; rate: BT-96/103/152 (may be
 * unset). */
void fx_cw_simple_tax(fx_cw *w, const char *tag, const char *category, fx_decimal rate);

/* Writes an allowance or charge (BG-20/21 or BG-27/28). w: writer; tag:
 * element name; ac: the data; document: true for document level (with
 * CategoryTradeTax), false for line level. */
void fx_cw_allowance_charge(fx_cw *w, const char *tag, const fx_allowance_charge *ac,
                            bool document);

#endif
