/*
 * Layer 7, Chorus Pro rules (project ids CHORUS-01 .. CHORUS-13): what the
 * public sector's platform refuses in a Factur-X invoice, from the Factur-X
 * notes for Chorus Pro and the Chorus Pro limits (../shared/docs/
 * chorus-pro-api.md sections 2.13, 3.1, 3.4; works-invoices-and-facturx.md
 * B1): lengths, type codes, payment means, billing frames (cadres), SIRET
 * numbers, attachments, and the service code / engagement number a buyer's
 * structure requires (fx_validate_options.chorus_*_required, from the
 * annuaire or the API). The list with sources is in docs/validate.md.
 */
#include <libxml/xpathInternals.h>
#include <stdlib.h>
#include <string.h>

#include "validate/rules_fr_paths.h"

/* A Chorus Pro rule. */
#define CHORUS(id, sev, ctx, test, check, bt, en, fr)                                              \
	{                                                                                          \
		id, FX_LAYER_CHORUS, sev, 0, ctx, test, check, bt, en, fr                          \
	}

/* The Chorus Pro cadres de facturation and the reform's billing frames. */
#define CADRES                                                                                     \
	"'A1 A2 A3 A4 A5 A6 A7 A8 A9 A10 A11 A12 A13 A14 A15 A16 A17 A18 A19 A20 A21 A22 A23 "     \
	"A24 A25'"
#define REFORM_FRAMES "'B1 S1 M1 B2 S2 M2 S3 B4 S4 M4 S5 S6 B7 S7 B8 S8 M8 B9 S9 M9'"

/* The seller's and buyer's SIRET numbers: scheme 0009, or scheme 0002 with
 * more than the 9 digits of a SIREN (the Factur-X notes for Chorus Pro put
 * the buyer's SIRET there). */
#define SIRETS                                                                                     \
	FR_AGREEMENT "/*[self::ram:SellerTradeParty or self::ram:BuyerTradeParty]/"                \
	             "ram:GlobalID[@schemeID = '0009'] | " FR_AGREEMENT                            \
	             "/*[self::ram:SellerTradeParty or self::ram:BuyerTradeParty]/"                \
	             "ram:SpecifiedLegalOrganization/ram:ID[@schemeID = '0009' or (@schemeID = "   \
	             "'0002' and string-length(normalize-space(.)) > 9)]"

/* Attachments: the file extensions Chorus Pro accepts. */
static const char *const extensions[] = {
    "BMP", "GIF", "FAX", "ODT",  "PPT",  "TIFF", "XLS", "BZ2",   "GZ",   "JPEG", "P7S", "RTF",
    "TXT", "XML", "CSV", "GZIP", "JPG",  "PDF",  "SVG", "XHTML", "XLSX", "DOC",  "HTM", "ODP",
    "PNG", "TGZ", "XLC", "ZIP",  "DOCX", "HTML", "ODS", "PPS",   "TIF",  "XLM",  "PPTX"};
#define ATTACHMENT_NAME_MAX 50

/* CHORUS-09: the service code (BT-10) when the structure requires one. */
static bool service_code_given(fx_vctx *ctx, xmlNodePtr root)
{
	return fx_vctx_options(ctx)->chorus_service_required != 1 ||
	       fx_vctx_test(ctx, root,
	                    "normalize-space(" FR_R_AGREEMENT "/ram:BuyerReference) != ''");
}

/* CHORUS-10: the engagement number (BT-13) when the structure requires one. */
static bool engagement_given(fx_vctx *ctx, xmlNodePtr root)
{
	return fx_vctx_options(ctx)->chorus_engagement_required != 1 ||
	       fx_vctx_test(ctx, root,
	                    "normalize-space(" FR_R_AGREEMENT
	                    "/ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID) != ''");
}

/* True when name ends with an accepted extension (any case). */
static bool extension_ok(const char *name)
{
	const char *dot = strrchr(name, '.');
	if (!dot || !dot[1] || strlen(dot + 1) > 8)
		return false;
	char ext[9];
	size_t n = 0;
	for (const char *p = dot + 1; *p; p++)
		ext[n++] = (char)(*p >= 'a' && *p <= 'z' ? *p - 'a' + 'A' : *p);
	ext[n] = '\0';
	for (size_t i = 0; i < sizeof extensions / sizeof *extensions; i++)
		if (!strcmp(ext, extensions[i]))
			return true;
	return false;
}

/* CHORUS-11: an attachment's file name: at most 50 characters with an
 * accepted extension. */
static bool attachment_name_ok(fx_vctx *ctx, xmlNodePtr object)
{
	(void)ctx;
	xmlChar *name = xmlGetProp(object, (const xmlChar *)"filename");
	bool ok =
	    name && xmlUTF8Strlen(name) <= ATTACHMENT_NAME_MAX && extension_ok((const char *)name);
	xmlFree(name);
	return ok;
}

static const fx_rule rules[] = {
    CHORUS("CHORUS-01", FX_SEVERITY_FATAL, FR_DOC "/ram:ID", "string-length(.) <= 20", NULL, "BT-1",
           "Chorus Pro accepts invoice numbers (BT-1) of at most 20 characters.",
           "Chorus Pro accepte des numéros de facture (BT-1) de 20 caractères au plus."),
    CHORUS("CHORUS-02", FX_SEVERITY_FATAL, FR_AGREEMENT "/ram:BuyerReference",
           "string-length(.) <= 100", NULL, "BT-10",
           "Chorus Pro accepts service codes (BT-10) of at most 100 characters.",
           "Chorus Pro accepte des codes service (BT-10) de 100 caractères au plus."),
    CHORUS("CHORUS-03", FX_SEVERITY_FATAL,
           FR_AGREEMENT "/ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID",
           "string-length(.) <= 50", NULL, "BT-13",
           "Chorus Pro accepts engagement numbers (BT-13) of at most 50 characters.",
           "Chorus Pro accepte des numéros d'engagement (BT-13) de 50 caractères au plus."),
    CHORUS("CHORUS-04", FX_SEVERITY_FATAL, FR_DOC "/ram:TypeCode", "not(fx:in(., '261 751'))", NULL,
           "BT-3",
           "Chorus Pro does not accept the document types 261 (self-billed credit note) and "
           "751 (invoice information for accounting purposes).",
           "Chorus Pro n'accepte pas les types de document 261 (avoir autofacturé) et 751 "
           "(information de facture pour la comptabilité)."),
    CHORUS("CHORUS-05", FX_SEVERITY_FATAL,
           FR_SETTLEMENT "/ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode",
           "not(fx:in(., '58 59'))", NULL, "BT-81",
           "Chorus Pro does not accept the payment means 58 and 59 (SEPA): use 30 for a credit "
           "transfer and 49 for a direct debit.",
           "Chorus Pro n'accepte pas les moyens de paiement 58 et 59 (SEPA) : utiliser 30 pour "
           "un virement et 49 pour un prélèvement."),
    CHORUS("CHORUS-06", FX_SEVERITY_FATAL, FR_BT23,
           "fx:in(., " CADRES ") or fx:in(., " REFORM_FRAMES ")", NULL, "BT-23",
           "The billing frame (BT-23) is neither a Chorus Pro cadre de facturation (A1 to A25) "
           "nor a billing frame of the reform (B1, S1, M1, ...).",
           "Le cadre de facturation (BT-23) n'est ni un cadre Chorus Pro (A1 à A25) ni un "
           "cadre de facturation de la réforme (B1, S1, M1, ...)."),
    CHORUS("CHORUS-07", FX_SEVERITY_FATAL, FR_AGREEMENT "/ram:BuyerTradeParty",
           "ram:GlobalID[@schemeID = '0009'] or "
           "ram:SpecifiedLegalOrganization/ram:ID[string-length(normalize-space(.)) = 14]",
           NULL, "BT-46/BT-47",
           "Chorus Pro identifies the public buyer by its SIRET: give it as BT-46 (scheme "
           "0009) or BT-47.",
           "Chorus Pro identifie l'acheteur public par son SIRET : l'indiquer en BT-46 (schéma "
           "0009) ou en BT-47."),
    CHORUS("CHORUS-08", FX_SEVERITY_FATAL, SIRETS, "fx:siret(normalize-space(.))", NULL,
           "BT-29/BT-30/BT-46/BT-47",
           "This SIRET is not valid: it must be 14 digits whose last one is the Luhn check "
           "digit.",
           "Ce SIRET n'est pas valide : il doit compter 14 chiffres dont le dernier est la clé "
           "de Luhn."),
    CHORUS("CHORUS-09", FX_SEVERITY_FATAL, FR_ROOT, NULL, service_code_given, "BT-10",
           "The buyer's Chorus Pro structure requires a service code (BT-10).",
           "La structure Chorus Pro de l'acheteur exige un code service (BT-10)."),
    CHORUS("CHORUS-10", FX_SEVERITY_FATAL, FR_ROOT, NULL, engagement_given, "BT-13",
           "The buyer's Chorus Pro structure requires an engagement number (BT-13).",
           "La structure Chorus Pro de l'acheteur exige un numéro d'engagement (BT-13)."),
    CHORUS("CHORUS-11", FX_SEVERITY_FATAL,
           FR_AGREEMENT "/ram:AdditionalReferencedDocument/ram:AttachmentBinaryObject", NULL,
           attachment_name_ok, "BT-125",
           "Chorus Pro accepts attachment file names of at most 50 characters with an accepted "
           "extension (PDF, XML, ZIP, JPG, PNG, ...).",
           "Chorus Pro accepte des noms de pièce jointe de 50 caractères au plus avec une "
           "extension admise (PDF, XML, ZIP, JPG, PNG, ...)."),
    CHORUS("CHORUS-12", FX_SEVERITY_WARNING,
           FR_SETTLEMENT "/ram:SpecifiedTradeSettlementPaymentMeans/"
                         "ram:PayeeSpecifiedCreditorFinancialInstitution/ram:BICID",
           "fx:matches(normalize-space(.), '[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?')", NULL, "BT-86",
           "Chorus Pro expects a BIC as payment service provider identifier (BT-86).",
           "Chorus Pro attend un BIC comme identifiant du prestataire de paiement (BT-86)."),
    CHORUS("CHORUS-13", FX_SEVERITY_WARNING, FR_SETTLEMENT "/ram:TaxCurrencyCode",
           "normalize-space(.) = normalize-space(../ram:InvoiceCurrencyCode)", NULL, "BT-6",
           "Chorus Pro handles invoices in a single currency: the VAT accounting currency "
           "(BT-6) differs from the invoice currency (BT-5).",
           "Chorus Pro traite des factures mono-devise : la devise de comptabilisation de la "
           "TVA (BT-6) diffère de la devise de la facture (BT-5)."),
};

const fx_ruleset fx_rules_chorus = {"chorus", rules, sizeof(rules) / sizeof(rules[0])};
