/*
 * Layer 6, French rules for multi-vendor (BT-23 = B8, S8, M8: BR-FR-MV-*)
 * and bidirectional (B9, S9, M9: BR-FR-BD-*) invoices of XP Z12-012 V1.4,
 * whose lines are grouped by sub-invoice (line sub-types GROUP, DETAIL,
 * INFORMATION and parent lines, EXTENDED-CTC-FR). Official rule ids; own
 * messages. Every official test starts with "not(special frame) or": here
 * the contexts select nodes of such invoices only, which is the same and
 * costs one evaluation per document otherwise. Rules that compare a line
 * with related lines bind the line's own value to an XPath variable and
 * evaluate the official test with it.
 */
#include <libxml/xpathInternals.h>

#include "validate/rules_fr_paths.h"

/* Line-relative paths. */
#define STATUS "ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode"
#define PARENT "ram:AssociatedDocumentLineDocument/ram:ParentLineID"
#define LINE_ID "ram:AssociatedDocumentLineDocument/ram:LineID"
#define ITEM_SELLER "ram:SpecifiedLineTradeAgreement/ram:ItemSellerTradeParty"
#define LEGAL "normalize-space(" ITEM_SELLER "/ram:SpecifiedLegalOrganization/ram:ID)"
#define LINE_TOTALS                                                                                \
	"ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation"
#define AFL_130                                                                                    \
	"ram:SpecifiedLineTradeSettlement/ram:AdditionalReferencedDocument[ram:ReferenceTypeCode " \
	"= 'AFL' and ram:TypeCode = '130']/ram:IssuerAssignedID"
#define NUMFACT "normalize-space(" AFL_130 ")"
#define SIBLINGS "../ram:IncludedSupplyChainTradeLineItem"
/* From a line's TaxTotalAmount up to the transaction: ../../../.. */
#define INVOICE_CURRENCY "../../../../ram:ApplicableHeaderTradeSettlement/ram:InvoiceCurrencyCode"
#define TAX_CURRENCY "../../../../ram:ApplicableHeaderTradeSettlement/ram:TaxCurrencyCode"

/* BT-23, normalised, from the invoice element, and the frames. */
#define FRAME_R                                                                                    \
	"normalize-space(rsm:ExchangedDocumentContext/"                                            \
	"ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID)"
#define SPECIAL_R "fx:one-of(" FRAME_R ", 'S8 B8 M8 S9 B9 M9')"
#define MULTI_R "fx:one-of(" FRAME_R ", 'S8 B8 M8')"
#define BIDIR_R "fx:one-of(" FRAME_R ", 'S9 B9 M9')"

/* The transaction and the lines of special, multi-vendor and bidirectional
 * invoices. */
#define SPECIAL_TX FR_ROOT "[" SPECIAL_R "]/rsm:SupplyChainTradeTransaction"
#define MULTI_TX FR_ROOT "[" MULTI_R "]/rsm:SupplyChainTradeTransaction"
#define BIDIR_TX FR_ROOT "[" BIDIR_R "]/rsm:SupplyChainTradeTransaction"
#define SPECIAL_LINE SPECIAL_TX "/ram:IncludedSupplyChainTradeLineItem"

/* The GROUP lines without parent of special invoices. */
#define GROUP_LINES SPECIAL_LINE "[" FR_GROUP_TOP "]"

/* Evaluates test on node with $name bound to the string value of expr on
 * node. */
static bool test_with(fx_vctx *ctx, xmlNodePtr node, const char *name, const char *expr,
                      const char *test)
{
	if (!fx_vctx_bind(ctx, node, name, expr))
		return true; /* out of memory: nothing reliable to report */
	bool ok = fx_vctx_test(ctx, node, test);
	fx_vctx_unbind(ctx, name);
	return ok;
}

/* BR-FR-MV-05: a GROUP line's net total equals its children's (±0.01 per
 * child line). */
static bool group_net_total(fx_vctx *ctx, xmlNodePtr line)
{
#define MV05_CHILDREN                                                                              \
	SIBLINGS "[" PARENT " = $gid and " STATUS " != 'INFORMATION']/" LINE_TOTALS                \
	         "/ram:LineTotalAmount"
	return test_with(ctx, line, "gid", "normalize-space(" LINE_ID ")",
	                 "fx:le(fx:abs(fx:sub(" LINE_TOTALS
	                 "/ram:LineTotalAmount, fx:sum(" MV05_CHILDREN
	                 "))), fx:mul('0.01', count(" MV05_CHILDREN ")))");
#undef MV05_CHILDREN
}

/* BR-FR-MV-06: each line has the legal id of its parent's seller. */
static bool same_seller_as_parent(fx_vctx *ctx, xmlNodePtr line)
{
	return test_with(ctx, line, "pid", PARENT,
	                 LEGAL " != '' and (not(" PARENT ") or " LEGAL
	                       " = normalize-space(" SIBLINGS "[" LINE_ID " = $pid]/" ITEM_SELLER
	                       "/ram:SpecifiedLegalOrganization/ram:ID))");
}

/* BR-FR-MV-07: each line has the AFL invoice number of its parent. */
static bool same_number_as_parent(fx_vctx *ctx, xmlNodePtr line)
{
	return test_with(ctx, line, "pid", PARENT,
	                 NUMFACT " != '' and (not(" PARENT ") or " NUMFACT
	                         " = normalize-space(" SIBLINGS "[" LINE_ID " = $pid]/" AFL_130
	                         "))");
}

/* BR-FR-MV-09: a GROUP line's VAT total equals the VAT breakdowns whose
 * exemption reason starts with #number#. */
static bool group_vat_total(fx_vctx *ctx, xmlNodePtr line)
{
	return test_with(ctx, line, "nf", NUMFACT,
	                 "fx:le(fx:abs(fx:sub(" LINE_TOTALS
	                 "/ram:TaxTotalAmount[@currencyID = " INVOICE_CURRENCY
	                 "], fx:sum(../ram:ApplicableHeaderTradeSettlement/"
	                 "ram:ApplicableTradeTax[ram:TypeCode = 'VAT' and starts-with("
	                 "ram:ExemptionReason, concat('#', $nf, '#'))]/ram:CalculatedAmount))), "
	                 "'0.01')");
}

/* BR-FR-MV-10: a GROUP line's total with VAT is its net total plus VAT
 * (±0.01 per DETAIL child). */
static bool group_gross_total(fx_vctx *ctx, xmlNodePtr line)
{
#define MV10_COUNT "count(" FR_LINE "[" PARENT " = $gid and " STATUS " = 'DETAIL'])"
	return test_with(ctx, line, "gid", "string(" LINE_ID ")",
	                 "not(" LINE_TOTALS
	                 "/ram:GrandTotalAmount) or (normalize-space(" LINE_TOTALS
	                 "/ram:GrandTotalAmount) != '' and fx:le(fx:abs(fx:sub(fx:sub(" LINE_TOTALS
	                 "/ram:GrandTotalAmount, " LINE_TOTALS "/ram:LineTotalAmount), " LINE_TOTALS
	                 "/ram:TaxTotalAmount[@currencyID = " INVOICE_CURRENCY
	                 "])), fx:mul('0.01', " MV10_COUNT ")))");
#undef MV10_COUNT
}

/* The GROUP lines of the main seller (BR-FR-MV-11). */
#define SELLER_GROUPS                                                                              \
	SPECIAL_LINE                                                                               \
	"[" ITEM_SELLER "/ram:SpecifiedLegalOrganization/ram:ID = " FR_AGREEMENT                   \
	"/ram:SellerTradeParty/ram:SpecifiedLegalOrganization/ram:ID and " FR_GROUP_TOP "]"
#define SELLER_SUBINVOICES                                                                         \
	"count(" SELLER_GROUPS                                                                     \
	"/ram:SpecifiedLineTradeSettlement/ram:AdditionalReferencedDocument["                      \
	"ram:ReferenceTypeCode = 'AFL' and ram:TypeCode = '130' and ram:IssuerAssignedID "         \
	"= " FR_DOC "/ram:ID])"

/* Lines GROUP without parent of corrective invoices and credit notes with
 * a multi-vendor or bidirectional frame. */
#define CORRECTED(types, frame)                                                                    \
	FR_ROOT                                                                                    \
	"[fx:one-of(rsm:ExchangedDocument/ram:TypeCode, '" types "') and " frame                   \
	"]/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem[" FR_GROUP_TOP "]"

static const fx_rule rules[] = {
    FR("BR-FR-MV-01_EXT-FR-FE-163", SPECIAL_LINE "/" STATUS, "normalize-space(.) != ''",
       "EXT-FR-FE-163",
       "With a multi-vendor or bidirectional frame (BT-23 S8, B8, M8, S9, B9, M9), every line "
       "needs a line sub-type.",
       "Avec un cadre multi-vendeurs ou bidirectionnel (BT-23 S8, B8, M8, S9, B9, M9), chaque "
       "ligne doit avoir un sous-type de ligne."),
    FR("BR-FR-MV-02_EXT-FR-FE-163", MULTI_TX,
       "count(ram:IncludedSupplyChainTradeLineItem[" FR_GROUP_TOP "]) >= 1", "EXT-FR-FE-163",
       "With a multi-vendor frame (BT-23 S8, B8, M8), the invoice needs at least one GROUP "
       "line without parent line.",
       "Avec un cadre multi-vendeurs (BT-23 S8, B8, M8), la facture doit avoir au moins une "
       "ligne GROUP sans ligne parent."),
    FR("BR-FR-BD-02_EXT-FR-FE-163", BIDIR_TX,
       "count(ram:IncludedSupplyChainTradeLineItem[" FR_GROUP_TOP "]) = 2", "EXT-FR-FE-163",
       "With a bidirectional frame (BT-23 S9, B9, M9), the invoice needs exactly two GROUP "
       "lines without parent line.",
       "Avec un cadre bidirectionnel (BT-23 S9, B9, M9), la facture doit avoir exactement "
       "deux lignes GROUP sans ligne parent."),
    FR("BR-FR-BD-02_BT-31", BIDIR_TX,
       "count(ram:IncludedSupplyChainTradeLineItem[" FR_GROUP_TOP " and " ITEM_SELLER
       "/ram:SpecifiedLegalOrganization/ram:ID = "
       "../ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:SpecifiedLegalOrganization/"
       "ram:ID]) = 1",
       "BT-30",
       "With a bidirectional frame, exactly one GROUP line must carry the seller's legal "
       "identifier (BT-30).",
       "Avec un cadre bidirectionnel, exactement une ligne GROUP doit porter l'identifiant "
       "légal du vendeur (BT-30)."),
    FR("BR-FR-BD-02_BT-47", BIDIR_TX,
       "count(ram:IncludedSupplyChainTradeLineItem[" FR_GROUP_TOP " and " ITEM_SELLER
       "/ram:SpecifiedLegalOrganization/ram:ID = "
       "../ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:SpecifiedLegalOrganization/"
       "ram:ID]) = 1",
       "BT-47",
       "With a bidirectional frame, exactly one GROUP line must carry the buyer's legal "
       "identifier (BT-47).",
       "Avec un cadre bidirectionnel, exactement une ligne GROUP doit porter l'identifiant "
       "légal de l'acheteur (BT-47)."),
    FR("BR-FR-MV-03_EXT-FR-FE-164", GROUP_LINES, "normalize-space(" ITEM_SELLER "/ram:Name) != ''",
       "EXT-FR-FE-164", "A GROUP line without parent needs the name of its seller.",
       "Une ligne GROUP sans parent doit indiquer le nom de son vendeur."),
    FR("BR-FR-MV-03_EXT-FR-FE-167", GROUP_LINES, LEGAL " != ''", "EXT-FR-FE-167",
       "A GROUP line without parent needs the legal identifier of its seller.",
       "Une ligne GROUP sans parent doit indiquer l'identifiant légal de son vendeur."),
    FR("BR-FR-MV-03_EXT-FR-FE-177", GROUP_LINES,
       "normalize-space(" ITEM_SELLER "/ram:PostalTradeAddress/ram:CountryID) != ''",
       "EXT-FR-FE-177", "A GROUP line without parent needs the country of its seller.",
       "Une ligne GROUP sans parent doit indiquer le pays de son vendeur."),
    FR("BR-FR-MV-03_EXT-FR-FE-181", GROUP_LINES,
       "normalize-space(" LINE_TOTALS "/ram:TaxTotalAmount[@currencyID = " INVOICE_CURRENCY
       "]) != ''",
       "EXT-FR-FE-181", "A GROUP line without parent needs its VAT total in the invoice currency.",
       "Une ligne GROUP sans parent doit indiquer son total de TVA dans la devise de la "
       "facture."),
    FR("BR-FR-MV-03_EXT-FR-FE-182", GROUP_LINES,
       "not(../ram:ApplicableHeaderTradeSettlement/ram:TaxCurrencyCode) or "
       "(../ram:ApplicableHeaderTradeSettlement/ram:TaxCurrencyCode != '' and "
       "normalize-space(" LINE_TOTALS "/ram:TaxTotalAmount[@currencyID = " TAX_CURRENCY "]) != '')",
       "EXT-FR-FE-182",
       "A GROUP line without parent needs its VAT total in the VAT accounting currency (BT-6) "
       "when there is one.",
       "Une ligne GROUP sans parent doit indiquer son total de TVA dans la devise de "
       "comptabilisation de la TVA (BT-6) quand elle existe."),
    FR("BR-FR-MV-03_BT-128_AFL",
       GROUP_LINES "/ram:SpecifiedLineTradeSettlement/ram:AdditionalReferencedDocument["
                   "ram:ReferenceTypeCode = 'AFL']",
       "ram:TypeCode = '130' and normalize-space(ram:IssuerAssignedID) != ''", "BT-128",
       "The AFL object of a GROUP line without parent needs type code 130 and a sub-invoice "
       "number.",
       "L'objet AFL d'une ligne GROUP sans parent doit avoir le code type 130 et un numéro "
       "de sous-facture."),
    FR("BR-FR-MV-03_BT-128_AVV",
       GROUP_LINES "/ram:SpecifiedLineTradeSettlement/ram:AdditionalReferencedDocument["
                   "ram:ReferenceTypeCode = 'AVV']",
       "ram:TypeCode = '130' and normalize-space(ram:IssuerAssignedID) != '' and "
       "not(ram:IssuerAssignedID = 'M8' or ram:IssuerAssignedID = 'S8' or "
       "ram:IssuerAssignedID = 'B8')",
       "BT-128",
       "The AVV object of a GROUP line without parent needs type code 130 and a value other "
       "than M8, S8, B8.",
       "L'objet AVV d'une ligne GROUP sans parent doit avoir le code type 130 et une valeur "
       "autre que M8, S8, B8."),
    FR_C("BR-FR-MV-05_EXT-FR-FE-BG-12", GROUP_LINES, group_net_total, "BT-131",
         "The net total (BT-131) of a GROUP line must equal the sum of its child lines' net "
         "totals (±0.01 per child line).",
         "Le total HT (BT-131) d'une ligne GROUP doit égaler la somme des totaux HT de ses "
         "lignes enfants (±0,01 par ligne enfant)."),
    FR_C("BR-FR-MV-06_EXT-FR-FE-167", SPECIAL_LINE, same_seller_as_parent, "EXT-FR-FE-167",
         "With a multi-vendor or bidirectional frame, every line needs its seller's legal "
         "identifier, the same as its parent line's.",
         "Avec un cadre multi-vendeurs ou bidirectionnel, chaque ligne doit porter "
         "l'identifiant légal de son vendeur, le même que celui de sa ligne parent."),
    FR_C("BR-FR-MV-07_BT-128", SPECIAL_LINE, same_number_as_parent, "BT-128",
         "With a multi-vendor or bidirectional frame, every line needs its sub-invoice number "
         "(AFL, type 130), the same as its parent line's.",
         "Avec un cadre multi-vendeurs ou bidirectionnel, chaque ligne doit porter son numéro "
         "de sous-facture (AFL, type 130), le même que celui de sa ligne parent."),
    FR("BR-FR-MV-08_BT-128", SPECIAL_LINE "[" STATUS " = 'DETAIL']",
       "normalize-space(ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/"
       "ram:ExemptionReason) != '' and " NUMFACT " != '' and starts-with("
       "ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:ExemptionReason, "
       "concat('#', " NUMFACT ", '#'))",
       "BT-128",
       "A DETAIL line needs a VAT exemption reason text starting with its sub-invoice number "
       "between # signs.",
       "Une ligne DETAIL doit avoir un motif d'exonération de TVA commençant par son numéro "
       "de sous-facture entre deux #."),
    FR_C("BR-FR-MV-09_EXT-FR-FE-181", GROUP_LINES, group_vat_total, "EXT-FR-FE-181",
         "The VAT total of a GROUP line must equal the VAT of the breakdowns whose exemption "
         "reason starts with its sub-invoice number between # signs.",
         "Le total de TVA d'une ligne GROUP doit égaler la TVA des ventilations dont le motif "
         "d'exonération commence par son numéro de sous-facture entre deux #."),
    FR_C("BR-FR-MV-10_EXT-FR-FE-184", GROUP_LINES, group_gross_total, "EXT-FR-FE-184",
         "The total with VAT of a GROUP line must equal its net total plus its VAT total "
         "(±0.01 per DETAIL line).",
         "Le total TTC d'une ligne GROUP doit égaler son total HT plus son total de TVA "
         "(±0,01 par ligne DETAIL)."),
    FR("BR-FR-MV-11_BT-128", SELLER_GROUPS,
       SELLER_SUBINVOICES " = 1 or (" SELLER_SUBINVOICES " = 0 and " NUMFACT " = " FR_DOC
                          "/ram:ID) or (" SELLER_SUBINVOICES " > 1 and " NUMFACT " != " FR_DOC
                          "/ram:ID)",
       "BT-128",
       "One GROUP line of the main seller must carry the invoice number (BT-1) as its "
       "sub-invoice number (AFL).",
       "Une ligne GROUP du vendeur principal doit porter le numéro de facture (BT-1) comme "
       "numéro de sous-facture (AFL)."),
    FR("BR-FR-MV-12_BT-128", SPECIAL_TX,
       "not(ram:IncludedSupplyChainTradeLineItem[" FR_GROUP_TOP
       "]/ram:SpecifiedLineTradeSettlement/ram:AdditionalReferencedDocument["
       "ram:ReferenceTypeCode = 'AFL' and ram:TypeCode = '130']/ram:IssuerAssignedID[. = "
       "preceding::ram:IssuerAssignedID])",
       "BT-128", "The sub-invoice numbers (AFL) of the GROUP lines must be distinct.",
       "Les numéros de sous-facture (AFL) des lignes GROUP doivent être distincts."),
    FR("BR-FR-MV-13_BT-3", FR_ROOT "[" MULTI_R "]/rsm:ExchangedDocument/ram:TypeCode",
       "normalize-space(.) != '' and not(fx:one-of(., '389 261 501 500 502 471 473'))", "BT-3",
       "A multi-vendor invoice (BT-23 S8, B8, M8) cannot be self-billed (389, 261, 501, 500, "
       "502, 471, 473).",
       "Une facture multi-vendeurs (BT-23 S8, B8, M8) ne peut pas être autofacturée (389, "
       "261, 501, 500, 502, 471, 473)."),
    FR("BR-FR-BD-13_BT-3", FR_ROOT "[" BIDIR_R "]/rsm:ExchangedDocument/ram:TypeCode",
       "fx:one-of(normalize-space(.), '389 261 501 500 502 471 473')", "BT-3",
       "A bidirectional invoice (BT-23 S9, B9, M9) must be self-billed (389, 261, 501, 500, "
       "502, 471, 473).",
       "Une facture bidirectionnelle (BT-23 S9, B9, M9) doit être autofacturée (389, 261, "
       "501, 500, 502, 471, 473)."),
    FR("BR-FR-MV-14-EXT-FR-FE-136", CORRECTED("384 472 381 396 503", MULTI_R),
       "ram:SpecifiedLineTradeSettlement/ram:InvoiceReferencedDocument/"
       "ram:IssuerAssignedID",
       "EXT-FR-FE-136",
       "In a multi-vendor corrective invoice or credit note, every GROUP line without parent "
       "needs the preceding invoice number.",
       "Dans une facture rectificative ou un avoir multi-vendeurs, chaque ligne GROUP sans "
       "parent doit indiquer le numéro de la facture antérieure."),
    FR("BR-FR-MV-14-EXT-FR-FE-138", CORRECTED("384 472 381 396 503", MULTI_R),
       "ram:SpecifiedLineTradeSettlement/ram:InvoiceReferencedDocument/"
       "ram:FormattedIssueDateTime/qdt:DateTimeString",
       "EXT-FR-FE-138",
       "In a multi-vendor corrective invoice or credit note, every GROUP line without parent "
       "needs the preceding invoice date.",
       "Dans une facture rectificative ou un avoir multi-vendeurs, chaque ligne GROUP sans "
       "parent doit indiquer la date de la facture antérieure."),
    FR("BR-FR-BD-14-EXT-FR-FE-136", CORRECTED("261 471 473 502", BIDIR_R),
       "ram:SpecifiedLineTradeSettlement/ram:InvoiceReferencedDocument/"
       "ram:IssuerAssignedID",
       "EXT-FR-FE-136",
       "In a bidirectional corrective invoice or credit note, every GROUP line without parent "
       "needs the preceding invoice number.",
       "Dans une facture rectificative ou un avoir bidirectionnel, chaque ligne GROUP sans "
       "parent doit indiquer le numéro de la facture antérieure."),
    FR("BR-FR-BD-14-EXT-FR-FE-138", CORRECTED("261 471 473 502", BIDIR_R),
       "ram:SpecifiedLineTradeSettlement/ram:InvoiceReferencedDocument/"
       "ram:FormattedIssueDateTime/qdt:DateTimeString",
       "EXT-FR-FE-138",
       "In a bidirectional corrective invoice or credit note, every GROUP line without parent "
       "needs the preceding invoice date.",
       "Dans une facture rectificative ou un avoir bidirectionnel, chaque ligne GROUP sans "
       "parent doit indiquer la date de la facture antérieure."),
};

const fx_ruleset fx_rules_fr_mv = {"fr-mv", rules, sizeof(rules) / sizeof(rules[0])};
