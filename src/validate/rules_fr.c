/*
 * Layer 6, French rules BR-FR-01 .. BR-FR-32 (XP Z12-012 V1.4, FNFE-MPE
 * schematron for CII): identifiers, dates, type codes, mandatory notes,
 * billing frame, SIREN / SIRET, electronic addresses, VAT categories and
 * rates, attachments, item attributes. Official rule ids; own messages.
 */
#include "validate/rules_fr_checks.h"
#include "validate/rules_fr_paths.h"

/* Identifier format (BR-FR-02): non-empty, letters, digits, + - _ / only,
 * no space anywhere. */
#define ID_FORMAT                                                                                  \
	"normalize-space(.) != '' and not(contains(., ' ')) and "                                  \
	"translate(normalize-space(.), " FR_ALNUM "+-_/', '') = ''"

/* A date whose first 8 characters are a real day of 2000-2099. */
#define DATE_20XX "starts-with(., '20') and fx:is-real-date(substring(., 1, 8))"

/* The type codes of BR-FR-04. */
#define TYPE_CODES "'380 389 393 501 386 500 384 471 472 473 261 262 381 396 502 503'"

/* SIRET (scheme 0009) of a party and SIREN (scheme 0002). */
#define SIRET "ram:GlobalID[@schemeID = '0009']"
#define SIRET1 SIRET "[1]"
#define SIREN "ram:SpecifiedLegalOrganization/ram:ID[@schemeID = '0002']"
#define SIRET_DIGITS                                                                               \
	"string-length(" SIRET1 ") = 14 and translate(" SIRET1 ", " FR_DIGITS ", '') = ''"

/* BR-FR-09 for seller and buyer: the SIRET starts with the SIREN. */
#define SIRET_STRICT                                                                               \
	"not(" SIRET ") or (" SIRET_DIGITS " and substring(" SIRET1 ", 1, 9) = " SIREN ")"

/* BR-FR-09 for the other parties: without a SIREN, 14 digits suffice. */
#define SIRET_LOOSE                                                                                \
	"not(" SIRET ") or (" SIRET_DIGITS " and (not(string(" SIREN ")) or substring(" SIRET1     \
	", 1, 9) = " SIREN "))"

/* The parties of BR-FR-09, BR-FR-23, BR-FR-25. */
#define SELLER FR_AGREEMENT "/ram:SellerTradeParty"
#define BUYER FR_AGREEMENT "/ram:BuyerTradeParty"
#define PAYEE FR_SETTLEMENT "/ram:PayeeTradeParty"
#define BUYER_AGENT FR_AGREEMENT "/ram:BuyerAgentTradeParty"
#define PAYER FR_SETTLEMENT "/ram:PayerTradeParty"
#define SALES_AGENT FR_AGREEMENT "/ram:SalesAgentTradeParty"
#define INVOICEE FR_SETTLEMENT "/ram:InvoiceeTradeParty"
#define INVOICER FR_SETTLEMENT "/ram:InvoicerTradeParty"
#define SHIP_TO FR_DELIVERY "/ram:ShipToTradeParty"
#define LINE_SHIP_TO FR_LINE "/ram:SpecifiedLineTradeDelivery/ram:ShipToTradeParty"

/* Electronic address and private identifier paths. */
#define URI "/ram:URIUniversalCommunication/ram:URIID"
#define URI_0225 URI "[@schemeID = '0225']"
#define PRIVATE_0224 "/ram:GlobalID[@schemeID = '0224']"

/* BR-FR-23 / BR-FR-24 format: letters, digits, + - _ . only. */
#define SCHEME_FORMAT "string-length(.) > 0 and translate(., " FR_ALNUM "+-_.', '') = ''"

/* VAT categories (BR-FR-15; the rates of BR-FR-16 are in rules_fr_checks.c). */
#define CATEGORIES "'S E AE K G O Z'"
/* VAT contexts: document allowances/charges, breakdown, lines. */
#define ALLOWANCE_TAX FR_SETTLEMENT "/ram:SpecifiedTradeAllowanceCharge/ram:CategoryTradeTax"
#define BREAKDOWN FR_SETTLEMENT "/ram:ApplicableTradeTax"
#define LINE_TAX FR_LINE_SETTLEMENT "/ram:ApplicableTradeTax"

/* Item attributes (BG-32). */
#define ATTRIBUTE FR_LINE "/ram:SpecifiedTradeProduct/ram:ApplicableProductCharacteristic"

/* The attachment codes of BR-FR-17. */
#define ATTACHMENT_CODES                                                                           \
	"'RIB LISIBLE FEUILLE_DE_STYLE PJA BORDEREAU_SUIVI DOCUMENT_ANNEXE BON_LIVRAISON "         \
	"BON_COMMANDE BORDEREAU_SUIVI_VALIDATION ETAT_ACOMPTE FACTURE_PAIEMENT_DIRECT "            \
	"RECAPITULATIF_COTRAITANCE'"

/* The BAR treatments (BR-FR-20, BR-FR-31). */
#define BAR_VALUES "'B2B B2BINT B2C B2CINT OUTOFSCOPE ARCHIVEONLY'"

/* Self-billing type codes (BR-FR-21, BR-FR-22). */
#define SELF_BILLED "fx:one-of(" FR_R_TYPE ", '389 501 500 471 473 261 502')"
#define IS_B2B FR_R_BAR " = 'B2B'"

/* Nine ASCII digits, after normalisation or as is. */
#define NINE_DIGITS_NORM(x)                                                                        \
	"string-length(normalize-space(" x ")) = 9 and translate(normalize-space(" x               \
	"), " FR_DIGITS ", '') = ''"
#define NINE_DIGITS(x) "string-length(" x ") = 9 and translate(" x ", " FR_DIGITS ", '') = ''"

/* BR-FR-01 / BR-FR-02 on one identifier. */
#define ID_RULES(suffix, ctx, bt)                                                                  \
	FR("BR-FR-01_" suffix, ctx, "string-length(.) <= 35", bt,                                  \
	   "The invoice identifier (" bt ") is longer than 35 characters.",                        \
	   "L'identifiant de facture (" bt ") dépasse 35 caractères."),                            \
	    FR("BR-FR-02_" suffix, ctx, ID_FORMAT, bt,                                             \
	       "The invoice identifier (" bt ") may only contain letters, digits and + - _ /, "    \
	       "without spaces.",                                                                  \
	       "L'identifiant de facture (" bt ") ne peut contenir que des lettres, des "          \
	       "chiffres et + - _ /, sans espace.")

/* BR-FR-03 on one date. */
#define DATE_RULE(suffix, ctx, bt)                                                                 \
	FR("BR-FR-03_" suffix, ctx, DATE_20XX, bt,                                                 \
	   "The date (" bt ") must be a valid date YYYYMMDD of the years 2000 to 2099.",           \
	   "La date (" bt ") doit être une date AAAAMMJJ valide des années 2000 à 2099.")

/* BR-FR-04 on one type code. */
#define TYPE_RULE(suffix, ctx, bt)                                                                 \
	FR("BR-FR-04_" suffix, ctx, "fx:one-of(., " TYPE_CODES ")", bt,                            \
	   "The document type code (" bt ") is not one of those allowed in France: 380, 389, "     \
	   "393, 501, 386, 500, 384, 471, 472, 473, 261, 262, 381, 396, 502, 503.",                \
	   "Le code de type de document (" bt ") n'est pas un de ceux admis en France : 380, "     \
	   "389, 393, 501, 386, 500, 384, 471, 472, 473, 261, 262, 381, 396, 502, 503.")

/* BR-FR-05 / BR-FR-06 on one note subject code. */
#define NOTE_PRESENT(code, en, fr)                                                                 \
	FR("BR-FR-05_BT-22_" code, FR_DOC, "ram:IncludedNote[ram:SubjectCode = '" code "']",       \
	   "BT-21", "A note with subject code " code " (" en ") is mandatory.",                    \
	   "Une note de code sujet " code " (" fr ") est obligatoire.")
#define NOTE_ONCE(code)                                                                            \
	FR("BR-FR-06_BT-21_" code, FR_DOC,                                                         \
	   "count(ram:IncludedNote[ram:SubjectCode = '" code "']) <= 1", "BT-21",                  \
	   "The note subject code " code " may appear only once.",                                 \
	   "Le code sujet de note " code " ne peut apparaître qu'une fois.")

/* BR-FR-09 on one party. */
#define SIRET_RULE(suffix, ctx, test, bt)                                                          \
	FR("BR-FR-09_" suffix, ctx, test, bt,                                                      \
	   "The SIRET (" bt ", scheme 0009) must be 14 digits starting with the party's SIREN "    \
	   "(scheme 0002).",                                                                       \
	   "Le SIRET (" bt ", schéma 0009) doit compter 14 chiffres et commencer par le SIREN "   \
	   "de la partie (schéma 0002).")

/* BR-FR-23 and BR-FR-25 on one party's electronic address. */
#define ADDRESS_RULES(suffix, party, bt)                                                           \
	FR("BR-FR-23_" suffix, party URI_0225, SCHEME_FORMAT, bt,                                  \
	   "The electronic address (" bt ", scheme 0225) may only contain letters, digits and "    \
	   "+ - _ .",                                                                              \
	   "L'adresse électronique (" bt ", schéma 0225) ne peut contenir que des lettres, des "  \
	   "chiffres et + - _ .")
#define ADDRESS_LENGTH(suffix, party, bt)                                                          \
	FR("BR-FR-25_" suffix, party URI, "string-length(.) <= 125", bt,                           \
	   "The electronic address (" bt ") is longer than 125 characters.",                       \
	   "L'adresse électronique (" bt ") dépasse 125 caractères.")

/* BR-FR-15 / BR-FR-16 on one VAT context. */
#define CATEGORY_RULES(suffix, ctx, bt, extra)                                                      \
	FR("BR-FR-15_" suffix, ctx, "fx:one-of(ram:CategoryCode, " CATEGORIES ")" extra, bt,        \
	   "The VAT category code (" bt ") must be S, E, AE, K, G, O or Z.",                        \
	   "Le code de catégorie de TVA (" bt ") doit être S, E, AE, K, G, O ou Z."),               \
	    FR("BR-FR-15_" suffix "_LM", ctx, "not(fx:one-of(ram:CategoryCode, 'L M'))", bt,        \
	       "The VAT categories L and M (Canary Islands, Ceuta and Melilla) do not apply in "    \
	       "France (" bt ").",                                                                  \
	       "Les catégories de TVA L et M (Canaries, Ceuta et Melilla) ne s'appliquent pas en " \
	       "France (" bt ").")
#define RATE_RULE(suffix, ctx, bt)                                                                  \
	FR_C("BR-FR-16_" suffix, ctx, fx_fr_rate_listed, bt,                                        \
	     "The VAT rate (" bt ") is not one of the French rates, written as a percentage "       \
	     "without %.",                                                                          \
	     "Le taux de TVA (" bt ") n'est pas un des taux français, écrit en pourcentage sans " \
	     "%.")

static const fx_rule rules[] = {
    ID_RULES("BT-1", FR_DOC "/ram:ID", "BT-1"),
    ID_RULES("BT-25", FR_SETTLEMENT "/ram:InvoiceReferencedDocument/ram:IssuerAssignedID", "BT-25"),
    ID_RULES("EXT-FR-FE-136",
             FR_LINE_SETTLEMENT "/ram:InvoiceReferencedDocument/ram:IssuerAssignedID",
             "EXT-FR-FE-136"),

    DATE_RULE("BT-2", FR_DOC "/ram:IssueDateTime/udt:DateTimeString", "BT-2"),
    DATE_RULE("BT-7", BREAKDOWN "/ram:TaxPointDate/udt:DateString", "BT-7"),
    DATE_RULE("BT-9",
              FR_SETTLEMENT
              "/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString",
              "BT-9"),
    DATE_RULE("BT-26",
              FR_SETTLEMENT
              "/ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime/qdt:DateTimeString",
              "BT-26"),
    DATE_RULE("BT-72",
              FR_DELIVERY
              "/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/udt:DateTimeString",
              "BT-72"),
    DATE_RULE("BT-73",
              FR_SETTLEMENT "/ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString",
              "BT-73"),
    DATE_RULE("BT-74",
              FR_SETTLEMENT "/ram:BillingSpecifiedPeriod/ram:EndDateTime/udt:DateTimeString",
              "BT-74"),
    DATE_RULE("EXT-FR-FE-138",
              FR_LINE_SETTLEMENT
              "/ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime/qdt:DateTimeString",
              "EXT-FR-FE-138"),
    DATE_RULE("EXT-FR-FE-158",
              FR_LINE "/ram:SpecifiedLineTradeDelivery/ram:ActualDeliverySupplyChainEvent/"
                      "ram:OccurrenceDateTime/udt:DateTimeString",
              "EXT-FR-FE-158"),
    DATE_RULE("EXT-FR-FE-134",
              FR_LINE_SETTLEMENT "/ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString",
              "BT-134"),
    DATE_RULE("EXT-FR-FE-135",
              FR_LINE_SETTLEMENT "/ram:BillingSpecifiedPeriod/ram:EndDateTime/udt:DateTimeString",
              "BT-135"),

    TYPE_RULE("BT-3", FR_DOC "/ram:TypeCode", "BT-3"),
    TYPE_RULE("EXT-FR-FE-02", FR_SETTLEMENT "/ram:InvoiceReferencedDocument/ram:TypeCode",
              "EXT-FR-FE-02"),
    TYPE_RULE("EXT-FR-FE-137", FR_LINE_SETTLEMENT "/ram:InvoiceReferencedDocument/ram:TypeCode",
              "EXT-FR-FE-137"),

    NOTE_PRESENT("PMT", "fixed compensation for recovery costs",
                 "indemnité forfaitaire pour frais de recouvrement"),
    NOTE_PRESENT("PMD", "late payment penalties", "pénalités de retard"),
    NOTE_PRESENT("AAB", "discount for early payment, or its absence",
                 "escompte pour paiement anticipé, ou son absence"),
    NOTE_ONCE("PMT"),
    NOTE_ONCE("PMD"),
    NOTE_ONCE("AAB"),
    NOTE_ONCE("TXD"),

    FR("BR-FR-08_BT-23", FR_CONTEXT,
       "fx:one-of(ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID, "
       "'B1 S1 M1 B2 S2 M2 S3 B4 S4 M4 S5 S6 B7 S7 B8 S8 M8 B9 S9 M9')",
       "BT-23",
       "The billing frame (BT-23) is mandatory and must be one of B1, S1, M1, B2, S2, M2, S3, "
       "B4, S4, M4, S5, S6, B7, S7, B8, S8, M8, B9, S9, M9.",
       "Le cadre de facturation (BT-23) est obligatoire et doit être l'un de B1, S1, M1, B2, "
       "S2, M2, S3, B4, S4, M4, S5, S6, B7, S7, B8, S8, M8, B9, S9, M9."),

    SIRET_RULE("BT-29", SELLER, SIRET_STRICT, "BT-29"),
    SIRET_RULE("BT-46", BUYER, SIRET_STRICT, "BT-46"),
    SIRET_RULE("BT-60", PAYEE, SIRET_LOOSE, "BT-60"),
    SIRET_RULE("EXT-FR-FE-06", BUYER_AGENT, SIRET_LOOSE, "EXT-FR-FE-06"),
    SIRET_RULE("EXT-FR-FE-46", PAYER, SIRET_LOOSE, "EXT-FR-FE-46"),
    SIRET_RULE("EXT-FR-FE-69", SALES_AGENT, SIRET_LOOSE, "EXT-FR-FE-69"),
    SIRET_RULE("EXT-FR-FE-92", INVOICEE, SIRET_LOOSE, "EXT-FR-FE-92"),
    SIRET_RULE("EXT-FR-FE-115", INVOICER, SIRET_LOOSE, "EXT-FR-FE-115"),
    SIRET_RULE("BT-71", SHIP_TO, SIRET_LOOSE, "BT-71"),
    SIRET_RULE("EXT-FR-FE-146", LINE_SHIP_TO, SIRET_LOOSE, "EXT-FR-FE-146"),

    FR("BR-FR-10_BT-30", FR_ROOT,
       FR_R_SELLER "/" SIREN " and " NINE_DIGITS_NORM(FR_R_SELLER "/" SIREN), "BT-30",
       "The seller's SIREN (BT-30, scheme 0002) is mandatory and must be 9 digits.",
       "Le SIREN du vendeur (BT-30, schéma 0002) est obligatoire et doit compter 9 chiffres."),
    FR("BR-FR-11_BT-47", FR_ROOT, "not(" IS_B2B ") or (" NINE_DIGITS(FR_R_BUYER "/" SIREN) ")",
       "BT-47",
       "With the BAR treatment B2B, the buyer's SIREN (BT-47, scheme 0002) is mandatory and "
       "must be 9 digits.",
       "Avec le traitement BAR B2B, le SIREN de l'acheteur (BT-47, schéma 0002) est "
       "obligatoire et doit compter 9 chiffres."),
    FR("BR-FR-12_BT-49", FR_ROOT, "string(" FR_R_BUYER URI ") != ''", "BT-49",
       "The buyer's electronic address (BT-49) is mandatory.",
       "L'adresse électronique de l'acheteur (BT-49) est obligatoire."),
    FR("BR-FR-13_BT-34", FR_ROOT, "string(" FR_R_SELLER URI ") != ''", "BT-34",
       "The seller's electronic address (BT-34) is mandatory.",
       "L'adresse électronique du vendeur (BT-34) est obligatoire."),

    CATEGORY_RULES("BT-95_BT-102", ALLOWANCE_TAX, "BT-95/BT-102", ""),
    CATEGORY_RULES("BT-95_BT-118", BREAKDOWN, "BT-118", ""),
    CATEGORY_RULES("BT-95_BT-151", LINE_TAX, "BT-151",
                   " or (not(ram:CategoryCode) and (../../ram:AssociatedDocumentLineDocument/"
                   "ram:LineStatusReasonCode = 'GROUP' or ../../ram:AssociatedDocumentLineDocument/"
                   "ram:LineStatusReasonCode = 'INFORMATION'))"),
    RATE_RULE("BT-96_BT-103", ALLOWANCE_TAX, "BT-96/BT-103"),
    RATE_RULE("BT-119", BREAKDOWN, "BT-119"),
    RATE_RULE("BT-152", LINE_TAX, "BT-152"),

    FR("BR-FR-17_BT-123", FR_AGREEMENT "/ram:AdditionalReferencedDocument[ram:TypeCode = '916']",
       "not(normalize-space(ram:Name)) or fx:one-of(normalize-space(ram:Name), " ATTACHMENT_CODES
       ")",
       "BT-123",
       "The description of a supporting document (BT-123) must be one of the French "
       "attachment codes (RIB, LISIBLE, PJA, BON_COMMANDE, ...).",
       "La description d'un justificatif (BT-123) doit être un des codes de pièce jointe "
       "français (RIB, LISIBLE, PJA, BON_COMMANDE, ...)."),
    FR("BR-FR-18_BT-123", FR_ROOT,
       "count(" FR_R_AGREEMENT "/ram:AdditionalReferencedDocument[ram:Name = 'LISIBLE']) <= 1",
       "BT-123", "Only one supporting document may be described as LISIBLE (BT-123).",
       "Un seul justificatif peut être décrit comme LISIBLE (BT-123)."),
    FR("BR-FR-20_BT-21", FR_DOC "/ram:IncludedNote[ram:SubjectCode = 'BAR']",
       "fx:one-of(ram:Content, " BAR_VALUES ")", "BT-21",
       "A note with subject code BAR must hold B2B, B2BINT, B2C, B2CINT, OUTOFSCOPE or "
       "ARCHIVEONLY.",
       "Une note de code sujet BAR doit contenir B2B, B2BINT, B2C, B2CINT, OUTOFSCOPE ou "
       "ARCHIVEONLY."),
    FR("BR-FR-21_BT-49", FR_ROOT,
       "not(" IS_B2B " and not(" SELF_BILLED ")) or (starts-with(" FR_R_BUYER URI ", " FR_R_BUYER
       "/ram:SpecifiedLegalOrganization/ram:ID) and " FR_R_BUYER URI "/@schemeID = '0225')",
       "BT-49",
       "With the BAR treatment B2B and a document that is not self-billed, the buyer's "
       "electronic address (BT-49) must use scheme 0225 and start with the buyer's SIREN "
       "(BT-47).",
       "Avec le traitement BAR B2B hors autofacturation, l'adresse électronique de "
       "l'acheteur (BT-49) doit être au schéma 0225 et commencer par son SIREN (BT-47)."),
    FR("BR-FR-22_BT-34", FR_ROOT,
       "not(" IS_B2B " and " SELF_BILLED ") or (starts-with(" FR_R_SELLER URI ", " FR_R_SELLER
       "/ram:SpecifiedLegalOrganization/ram:ID) and " FR_R_SELLER URI "/@schemeID = '0225')",
       "BT-34",
       "With the BAR treatment B2B and a self-billed document, the seller's electronic "
       "address (BT-34) must use scheme 0225 and start with the seller's SIREN (BT-30).",
       "Avec le traitement BAR B2B en autofacturation, l'adresse électronique du vendeur "
       "(BT-34) doit être au schéma 0225 et commencer par son SIREN (BT-30)."),

    ADDRESS_RULES("BT-34", SELLER, "BT-34"),
    ADDRESS_RULES("BT-49", BUYER, "BT-49"),
    ADDRESS_RULES("EXT-FR-FE-12", BUYER_AGENT, "EXT-FR-FE-12"),
    ADDRESS_RULES("EXT-FR-FE-29", PAYEE, "EXT-FR-FE-29"),
    ADDRESS_RULES("EXT-FR-FE-52", PAYER, "EXT-FR-FE-52"),
    ADDRESS_RULES("EXT-FR-FE-75", SALES_AGENT, "EXT-FR-FE-75"),
    ADDRESS_RULES("EXT-FR-FE-98", INVOICEE, "EXT-FR-FE-98"),
    ADDRESS_RULES("EXT-FR-FE-121", INVOICER, "EXT-FR-FE-121"),
    FR("BR-FR-24_BT-29", SELLER PRIVATE_0224, SCHEME_FORMAT, "BT-29",
       "The private identifier (BT-29, scheme 0224) may only contain letters, digits and "
       "+ - _ .",
       "L'identifiant privé (BT-29, schéma 0224) ne peut contenir que des lettres, des "
       "chiffres et + - _ ."),
    FR("BR-FR-24_BT-46", BUYER PRIVATE_0224, SCHEME_FORMAT, "BT-46",
       "The private identifier (BT-46, scheme 0224) may only contain letters, digits and "
       "+ - _ .",
       "L'identifiant privé (BT-46, schéma 0224) ne peut contenir que des lettres, des "
       "chiffres et + - _ ."),
    ADDRESS_LENGTH("BT-34", SELLER, "BT-34"),
    ADDRESS_LENGTH("BT-49", BUYER, "BT-49"),
    ADDRESS_LENGTH("EXT-FR-FE-12", BUYER_AGENT, "EXT-FR-FE-12"),
    ADDRESS_LENGTH("EXT-FR-FE-29", PAYEE, "EXT-FR-FE-29"),
    ADDRESS_LENGTH("EXT-FR-FE-52", PAYER, "EXT-FR-FE-52"),
    ADDRESS_LENGTH("EXT-FR-FE-75", SALES_AGENT, "EXT-FR-FE-75"),
    ADDRESS_LENGTH("EXT-FR-FE-98", INVOICEE, "EXT-FR-FE-98"),
    ADDRESS_LENGTH("EXT-FR-FE-121", INVOICER, "EXT-FR-FE-121"),
    FR("BR-FR-26_BT-29", SELLER PRIVATE_0224, "string-length(.) <= 100", "BT-29",
       "The private identifier (BT-29, scheme 0224) is longer than 100 characters.",
       "L'identifiant privé (BT-29, schéma 0224) dépasse 100 caractères."),
    FR("BR-FR-26_BT-46", BUYER PRIVATE_0224, "string-length(.) <= 100", "BT-46",
       "The private identifier (BT-46, scheme 0224) is longer than 100 characters.",
       "L'identifiant privé (BT-46, schéma 0224) dépasse 100 caractères."),

    FR("BR-FR-27_BG-32", ATTRIBUTE, "ram:Description or ram:TypeCode", "BG-32",
       "An item attribute (BG-32) needs a name (BT-160) or a code (EXT-FR-FE-159).",
       "Un attribut d'article (BG-32) doit avoir un nom (BT-160) ou un code (EXT-FR-FE-159)."),
    FR("BR-FR-27_BT-160", ATTRIBUTE "/ram:Description", "normalize-space(.) != ''", "BT-160",
       "The item attribute name (BT-160) must not be empty.",
       "Le nom d'attribut d'article (BT-160) ne doit pas être vide."),
    FR("BR-FR-27_EXT-FR-FE-159", ATTRIBUTE "/ram:TypeCode", "normalize-space(.) != ''",
       "EXT-FR-FE-159", "The item attribute code (EXT-FR-FE-159) must not be empty.",
       "Le code d'attribut d'article (EXT-FR-FE-159) ne doit pas être vide."),
    FR("BR-FR-28-Value", ATTRIBUTE,
       "(ram:Value and not(ram:ValueMeasure)) or (not(ram:Value) and "
       "ram:ValueMeasure[@unitCode != ''])",
       "BT-161",
       "An item attribute needs either a value (BT-161) or a measure with its unit, not "
       "both.",
       "Un attribut d'article doit avoir soit une valeur (BT-161), soit une mesure avec son "
       "unité, pas les deux."),

    FR("BR-FR-29_BT-18", FR_AGREEMENT,
       "count(ram:AdditionalReferencedDocument[ram:ReferenceTypeCode = 'AFL']) <= 1 and "
       "count(ram:AdditionalReferencedDocument[ram:ReferenceTypeCode = 'AVV']) <= 1",
       "BT-18",
       "The invoiced object identifiers (BT-18) of schemes AFL and AVV may appear only once "
       "each.",
       "Les identifiants d'objet facturé (BT-18) de schémas AFL et AVV ne peuvent apparaître "
       "qu'une fois chacun."),
    FR("BR-FR-29_AFL",
       FR_AGREEMENT
       "/ram:AdditionalReferencedDocument[ram:ReferenceTypeCode = 'AFL']/ram:IssuerAssignedID",
       "normalize-space(.) != ''", "BT-18", "The AFL invoiced object identifier is empty.",
       "L'identifiant d'objet facturé AFL est vide."),
    FR("BR-FR-29_AVV",
       FR_AGREEMENT
       "/ram:AdditionalReferencedDocument[ram:ReferenceTypeCode = 'AVV']/ram:IssuerAssignedID",
       "normalize-space(.) != ''", "BT-18", "The AVV invoiced object identifier is empty.",
       "L'identifiant d'objet facturé AVV est vide."),
    /* BR-FR-30 is written for AdditionalReferencedDocument directly under the
     * line, where CII never puts it: like the official rule, it never fires
     * on a CII document */
    FR_C("BR-FR-30_BT-128", FR_LINE, fx_fr_line_objects_once, "BT-128",
         "The line object identifiers (BT-128) of schemes AFL and AVV may appear only once "
         "each.",
         "Les identifiants d'objet de ligne (BT-128) de schémas AFL et AVV ne peuvent "
         "apparaître qu'une fois chacun."),
    FR("BR-FR-30_AFL",
       FR_LINE "/ram:AdditionalReferencedDocument[ram:ReferenceTypeCode = 'AFL']/"
               "ram:IssuerAssignedID",
       "normalize-space(.) != ''", "BT-128", "The AFL line object identifier is empty.",
       "L'identifiant d'objet de ligne AFL est vide."),
    FR("BR-FR-30_AVV",
       FR_LINE "/ram:AdditionalReferencedDocument[ram:ReferenceTypeCode = 'AVV']/"
               "ram:IssuerAssignedID",
       "normalize-space(.) != ''", "BT-128", "The AVV line object identifier is empty.",
       "L'identifiant d'objet de ligne AVV est vide."),

    FR("BR-FR-31_BT-21", FR_DOC,
       "count(ram:IncludedNote[ram:SubjectCode = "
       "'BAR'][fx:one-of(normalize-space(ram:Content), " BAR_VALUES ")]) <= 1",
       "BT-21", "Only one BAR note may give a treatment (B2B, B2BINT, B2C, ...).",
       "Une seule note BAR peut indiquer un traitement (B2B, B2BINT, B2C, ...)."),
    FR_C("BR-FR-32-LEGALID", "//ram:SpecifiedLegalOrganization/ram:ID", fx_fr_legal_id_ok,
         "BT-30/BT-47", "A legal identifier with scheme 0002 (SIREN) must be 9 digits.",
         "Un identifiant légal de schéma 0002 (SIREN) doit compter 9 chiffres."),
    FR_C("BR-FR-32-GLOBALID", "//ram:GlobalID", fx_fr_global_id_ok, "BT-29/BT-46",
         "An identifier with scheme 0002 or 0231 must be 9 digits.",
         "Un identifiant de schéma 0002 ou 0231 doit compter 9 chiffres."),
};

const fx_ruleset fx_rules_fr = {"fr", rules, sizeof(rules) / sizeof(rules[0])};
