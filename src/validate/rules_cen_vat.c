/*
 * EN 16931 VAT category rules (layer 4, CEN CII artefacts release 1.3.16):
 * standard rate S, zero rate Z, exempt E, reverse charge AE,
 * intra-community K (BR-IC), export G, not subject O, IGIC L (BR-AF), IPSI
 * M (BR-AG) and split payment B.
 *
 * The contexts are the official ones written as absolute paths: the line
 * VAT groups and the VAT groups of allowances and charges of a category
 * whose type code is VAT, and the breakdowns (BG-23). As in the artefacts,
 * the S and Z breakdown rules run on ram:CategoryCode without looking at
 * the type code, E, AE, K and G check it, and O, L and M run on the
 * breakdown element itself. BR-AF-08/09 and BR-AG-08/09 never fire in the
 * artefacts (their test reads a rate the context's parent does not have,
 * or is true()); they are listed with a test that passes.
 */
#include "validate/rules_cen_paths.h"
#include "validate/rules_cen_vat.h"

#define L4 FX_LAYER_EN16931
#define FATAL FX_SEVERITY_FATAL

/* Line VAT groups (BG-30) of category cat. */
#define VAT_LINE(cat) CII_LINE_TAX "[ram:CategoryCode = '" cat "'][" CII_TYPE_IS_VAT "]"
/* VAT groups of the allowances (BG-20, BG-27) of category cat. */
#define VAT_ALLOWANCE(cat)                                                                         \
	CII_ANY_AC "[" CII_IS_ALLOWANCE "]/ram:CategoryTradeTax[ram:CategoryCode = '" cat          \
	           "'][" CII_TYPE_IS_VAT "]"
/* VAT groups of the charges (BG-21, BG-28) of category cat. */
#define VAT_CHARGE(cat)                                                                            \
	CII_ANY_AC "[" CII_IS_CHARGE "]/ram:CategoryTradeTax[ram:CategoryCode = '" cat             \
	           "'][" CII_TYPE_IS_VAT "]"
/* Category code of the breakdowns of cat, whatever their type code (S, Z). */
#define VAT_BREAKDOWN_CODE(cat) CII_R_HDR_TAX "/ram:CategoryCode[. = '" cat "']"
/* Category code of the VAT breakdowns of cat (E, AE, K, G). */
#define VAT_BREAKDOWN_VAT_CODE(cat)                                                                \
	CII_HDR_TAX "/ram:CategoryCode[. = '" cat "'][translate(../ram:TypeCode, 'vat', 'VAT') "   \
	            "= 'VAT']"
/* The VAT breakdowns of cat themselves (O, L, M). */
#define VAT_BREAKDOWN(cat) CII_HDR_TAX "[ram:CategoryCode = '" cat "'][" CII_TYPE_IS_VAT "]"

/* Identifiers of the seller, its tax representative and the buyer. */
#define SELLER_VAT_OR_TAX_ID                                                                       \
	CII_AGR "/ram:SellerTradeParty/ram:SpecifiedTaxRegistration/ram:ID[@schemeID = 'VA' "      \
	        "or @schemeID = 'FC']"
#define SELLER_VAT_ID                                                                              \
	CII_AGR "/ram:SellerTradeParty/ram:SpecifiedTaxRegistration/ram:ID[@schemeID = 'VA']"
#define TAXREP_VAT_ID                                                                              \
	CII_AGR "/ram:SellerTaxRepresentativeTradeParty/ram:SpecifiedTaxRegistration/ram:ID"       \
	        "[@schemeID = 'VA']"
#define BUYER_VAT_ID                                                                               \
	CII_AGR "/ram:BuyerTradeParty/ram:SpecifiedTaxRegistration/ram:ID[@schemeID = 'VA']"
#define BUYER_LEGAL_ID CII_AGR "/ram:BuyerTradeParty/ram:SpecifiedLegalOrganization/ram:ID"

/* Seller VAT (BT-31), tax registration (BT-32) or representative (BT-63). */
#define HAS_SELLER_TAX_ID SELLER_VAT_OR_TAX_ID " or " TAXREP_VAT_ID
/* Reverse charge: the seller's and the buyer's (BT-48 or BT-47). */
#define HAS_AE_IDS "(" HAS_SELLER_TAX_ID ") and (" BUYER_VAT_ID " or " BUYER_LEGAL_ID ")"
/* Intra-community: seller VAT (or representative) and buyer VAT. */
#define HAS_IC_IDS "(" SELLER_VAT_ID " or " TAXREP_VAT_ID ") and " BUYER_VAT_ID
/* Export: seller VAT or representative VAT. */
#define HAS_G_IDS SELLER_VAT_ID " or " TAXREP_VAT_ID
/* Not subject to VAT: none of the VAT identifiers. */
#define HAS_NO_VAT_IDS "not(" SELLER_VAT_ID ") and not(" TAXREP_VAT_ID ") and not(" BUYER_VAT_ID ")"

#define RATE_POSITIVE "ram:RateApplicablePercent > 0"
#define RATE_ZERO "ram:RateApplicablePercent = 0"
#define RATE_NOT_NEGATIVE "ram:RateApplicablePercent >= 0"
#define NO_RATE "not(ram:RateApplicablePercent)"

/* Tests on a breakdown from its ram:CategoryCode. */
#define CODE_TAX_ZERO "../ram:CalculatedAmount = 0"
#define CODE_HAS_EXEMPTION "../ram:ExemptionReason or ../ram:ExemptionReasonCode"
#define CODE_NO_EXEMPTION "not(../ram:ExemptionReason) and not(../ram:ExemptionReasonCode)"
/* The same on the breakdown itself. */
#define TAX_ZERO "ram:CalculatedAmount = 0"
#define HAS_EXEMPTION "ram:ExemptionReason or ram:ExemptionReasonCode"
#define NO_EXEMPTION "not(ram:ExemptionReason) and not(ram:ExemptionReasonCode)"

/* BR-S-09: |tax| within 1 of round(|basis| x rate) / 100. */
#define S09_EXPECTED                                                                               \
	"fx:div(fx:round(fx:mul(fx:abs(../ram:BasisAmount), ../ram:RateApplicablePercent), 0), "   \
	"100, 2)"
#define S09_TEST                                                                                   \
	"fx:lt(fx:sub(fx:abs(../ram:CalculatedAmount), 1), " S09_EXPECTED ") and "                 \
	"fx:gt(fx:add(fx:abs(../ram:CalculatedAmount), 1), " S09_EXPECTED ")"

/* BR-IC-11: actual delivery date (BT-72) or invoicing period (BG-14). */
#define IC11_TEST                                                                                  \
	CII_DLV "/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/udt:DateTimeString"    \
	        " or ../../ram:BillingSpecifiedPeriod/ram:StartDateTime"                           \
	        " or ../../ram:BillingSpecifiedPeriod/ram:EndDateTime"
/* BR-IC-12: deliver to country code (BT-80). */
#define IC12_TEST CII_DLV "/ram:ShipToTradeParty/ram:PostalTradeAddress/ram:CountryID"

/* BR-O-11/12: no line VAT group or breakdown of another category. */
#define O_ONLY_TAXES                                                                               \
	"not(" CII_HDR_TAX "[ram:CategoryCode != 'O'] | " CII_LINE_TAX "[ram:CategoryCode != "     \
	"'O'])"
/* BR-O-13/14: no allowance or charge of another category. */
#define O_ONLY_AC_TAXES "not(" CII_ANY_AC_TAX "[ram:CategoryCode != 'O'])"

/* One fatal layer-4 rule with an XPath test. */
#define RULE(id, ctx, test, bt, en, fr)                                                            \
	{                                                                                          \
		id, L4, FATAL, 0, ctx, test, NULL, bt, en, fr                                      \
	}
/* One fatal layer-4 rule with a C check. */
#define CHECK(id, ctx, fn, bt, en, fr)                                                             \
	{                                                                                          \
		id, L4, FATAL, 0, ctx, NULL, fn, bt, en, fr                                        \
	}

static const fx_rule rules[] = {
    /* Standard rate (S). */
    CHECK("BR-S-01", CII_INV, fx_vat_check_s01, "BT-118",
          "An invoice with a line, allowance or charge at the standard rate (S) must have a VAT "
          "breakdown of category S.",
          "Une facture avec une ligne, une remise ou des frais au taux normal (S) doit avoir une "
          "ventilation de TVA de catégorie S."),
    RULE("BR-S-02", VAT_LINE("S"), HAS_SELLER_TAX_ID, "BT-31, BT-32, BT-63",
         "A line at the standard rate (S) requires the seller VAT identifier, the seller tax "
         "registration identifier or the tax representative VAT identifier.",
         "Une ligne au taux normal (S) exige le numéro de TVA du vendeur, son identifiant fiscal "
         "ou le numéro de TVA de son représentant fiscal."),
    RULE("BR-S-03", VAT_ALLOWANCE("S"), HAS_SELLER_TAX_ID, "BT-31, BT-32, BT-63",
         "A document level allowance at the standard rate (S) requires the seller VAT identifier, "
         "the seller tax registration identifier or the tax representative VAT identifier.",
         "Une remise au niveau du document au taux normal (S) exige le numéro de TVA du vendeur, "
         "son identifiant fiscal ou le numéro de TVA de son représentant fiscal."),
    RULE("BR-S-04", VAT_CHARGE("S"), HAS_SELLER_TAX_ID, "BT-31, BT-32, BT-63",
         "A document level charge at the standard rate (S) requires the seller VAT identifier, the "
         "seller tax registration identifier or the tax representative VAT identifier.",
         "Des frais au niveau du document au taux normal (S) exigent le numéro de TVA du vendeur, "
         "son identifiant fiscal ou le numéro de TVA de son représentant fiscal."),
    RULE("BR-S-05", VAT_LINE("S"), RATE_POSITIVE, "BT-152",
         "The VAT rate of a line at the standard rate (S) must be greater than zero.",
         "Le taux de TVA d'une ligne au taux normal (S) doit être supérieur à zéro."),
    RULE("BR-S-06", VAT_ALLOWANCE("S"), RATE_POSITIVE, "BT-96",
         "The VAT rate of an allowance at the standard rate (S) must be greater than zero.",
         "Le taux de TVA d'une remise au taux normal (S) doit être supérieur à zéro."),
    RULE("BR-S-07", VAT_CHARGE("S"), RATE_POSITIVE, "BT-103",
         "The VAT rate of a charge at the standard rate (S) must be greater than zero.",
         "Le taux de TVA de frais au taux normal (S) doit être supérieur à zéro."),
    CHECK("BR-S-08", VAT_BREAKDOWN_CODE("S"), fx_vat_check_s08, "BT-116",
          "For each rate, the taxable amount of the standard rate (S) breakdown must equal the "
          "line net amounts plus the charges minus the allowances at the standard rate and that "
          "rate.",
          "Pour chaque taux, la base imposable de la ventilation au taux normal (S) doit être "
          "égale à la somme des montants nets des lignes, plus les frais, moins les remises au "
          "taux normal et à ce taux."),
    RULE("BR-S-09", VAT_BREAKDOWN_CODE("S"), S09_TEST, "BT-117",
         "The VAT amount of a standard rate (S) breakdown must equal its taxable amount times its "
         "rate.",
         "Le montant de TVA d'une ventilation au taux normal (S) doit être égal à sa base "
         "imposable multipliée par son taux."),
    RULE("BR-S-10", VAT_BREAKDOWN_CODE("S"), CODE_NO_EXEMPTION, "BT-120, BT-121",
         "A standard rate (S) breakdown must not have a VAT exemption reason or reason code.",
         "Une ventilation au taux normal (S) ne doit pas avoir de motif ni de code d'exonération."),

    /* Zero rate (Z). */
    CHECK("BR-Z-01", CII_INV, fx_vat_check_z01, "BT-118",
          "An invoice with a line, allowance or charge at the zero rate (Z) must have exactly one "
          "VAT breakdown of category Z.",
          "Une facture avec une ligne, une remise ou des frais au taux zéro (Z) doit avoir "
          "exactement une ventilation de TVA de catégorie Z."),
    RULE("BR-Z-02", VAT_LINE("Z"), HAS_SELLER_TAX_ID, "BT-31, BT-32, BT-63",
         "A line at the zero rate (Z) requires the seller VAT identifier, the seller tax "
         "registration identifier or the tax representative VAT identifier.",
         "Une ligne au taux zéro (Z) exige le numéro de TVA du vendeur, son identifiant fiscal ou "
         "le numéro de TVA de son représentant fiscal."),
    RULE("BR-Z-03", VAT_ALLOWANCE("Z"), HAS_SELLER_TAX_ID, "BT-31, BT-32, BT-63",
         "An allowance at the zero rate (Z) requires the seller VAT identifier, the seller tax "
         "registration identifier or the tax representative VAT identifier.",
         "Une remise au taux zéro (Z) exige le numéro de TVA du vendeur, son identifiant fiscal "
         "ou le numéro de TVA de son représentant fiscal."),
    RULE("BR-Z-04", VAT_CHARGE("Z"), HAS_SELLER_TAX_ID, "BT-31, BT-32, BT-63",
         "A charge at the zero rate (Z) requires the seller VAT identifier, the seller tax "
         "registration identifier or the tax representative VAT identifier.",
         "Des frais au taux zéro (Z) exigent le numéro de TVA du vendeur, son identifiant fiscal "
         "ou le numéro de TVA de son représentant fiscal."),
    RULE("BR-Z-05", VAT_LINE("Z"), RATE_ZERO, "BT-152",
         "The VAT rate of a line at the zero rate (Z) must be 0.",
         "Le taux de TVA d'une ligne au taux zéro (Z) doit être 0."),
    RULE("BR-Z-06", VAT_ALLOWANCE("Z"), RATE_ZERO, "BT-96",
         "The VAT rate of an allowance at the zero rate (Z) must be 0.",
         "Le taux de TVA d'une remise au taux zéro (Z) doit être 0."),
    RULE("BR-Z-07", VAT_CHARGE("Z"), RATE_ZERO, "BT-103",
         "The VAT rate of a charge at the zero rate (Z) must be 0.",
         "Le taux de TVA de frais au taux zéro (Z) doit être 0."),
    CHECK("BR-Z-08", VAT_BREAKDOWN_CODE("Z"), fx_vat_check_basis_within_one, "BT-116",
          "The taxable amount of the zero rate (Z) breakdown must equal the line net amounts plus "
          "the charges minus the allowances at the zero rate.",
          "La base imposable de la ventilation au taux zéro (Z) doit être égale à la somme des "
          "montants nets des lignes, plus les frais, moins les remises au taux zéro."),
    RULE("BR-Z-09", VAT_BREAKDOWN_CODE("Z"), CODE_TAX_ZERO, "BT-117",
         "The VAT amount of the zero rate (Z) breakdown must be 0.",
         "Le montant de TVA de la ventilation au taux zéro (Z) doit être 0."),
    RULE("BR-Z-10", VAT_BREAKDOWN_CODE("Z"), CODE_NO_EXEMPTION, "BT-120, BT-121",
         "A zero rate (Z) breakdown must not have a VAT exemption reason or reason code.",
         "Une ventilation au taux zéro (Z) ne doit pas avoir de motif ni de code d'exonération."),

    /* Exempt from VAT (E). */
    CHECK("BR-E-01", CII_INV, fx_vat_check_e01, "BT-118",
          "An invoice with a line, allowance or charge exempt from VAT (E) must have exactly one "
          "VAT breakdown of category E.",
          "Une facture avec une ligne, une remise ou des frais exonérés de TVA (E) doit avoir "
          "exactement une ventilation de TVA de catégorie E."),
    RULE("BR-E-02", VAT_LINE("E"), HAS_SELLER_TAX_ID, "BT-31, BT-32, BT-63",
         "A line exempt from VAT (E) requires the seller VAT identifier, the seller tax "
         "registration identifier or the tax representative VAT identifier.",
         "Une ligne exonérée de TVA (E) exige le numéro de TVA du vendeur, son identifiant fiscal "
         "ou le numéro de TVA de son représentant fiscal."),
    RULE("BR-E-03", VAT_ALLOWANCE("E"), HAS_SELLER_TAX_ID, "BT-31, BT-32, BT-63",
         "An allowance exempt from VAT (E) requires the seller VAT identifier, the seller tax "
         "registration identifier or the tax representative VAT identifier.",
         "Une remise exonérée de TVA (E) exige le numéro de TVA du vendeur, son identifiant fiscal "
         "ou le numéro de TVA de son représentant fiscal."),
    RULE("BR-E-04", VAT_CHARGE("E"), HAS_SELLER_TAX_ID, "BT-31, BT-32, BT-63",
         "A charge exempt from VAT (E) requires the seller VAT identifier, the seller tax "
         "registration identifier or the tax representative VAT identifier.",
         "Des frais exonérés de TVA (E) exigent le numéro de TVA du vendeur, son identifiant "
         "fiscal ou le numéro de TVA de son représentant fiscal."),
    RULE("BR-E-05", VAT_LINE("E"), RATE_ZERO, "BT-152",
         "The VAT rate of a line exempt from VAT (E) must be 0.",
         "Le taux de TVA d'une ligne exonérée de TVA (E) doit être 0."),
    RULE("BR-E-06", VAT_ALLOWANCE("E"), RATE_ZERO, "BT-96",
         "The VAT rate of an allowance exempt from VAT (E) must be 0.",
         "Le taux de TVA d'une remise exonérée de TVA (E) doit être 0."),
    RULE("BR-E-07", VAT_CHARGE("E"), RATE_ZERO, "BT-103",
         "The VAT rate of a charge exempt from VAT (E) must be 0.",
         "Le taux de TVA de frais exonérés de TVA (E) doit être 0."),
    CHECK("BR-E-08", VAT_BREAKDOWN_VAT_CODE("E"), fx_vat_check_basis_within_one, "BT-116",
          "The taxable amount of the exempt (E) breakdown must equal the line net amounts plus "
          "the charges minus the allowances exempt from VAT.",
          "La base imposable de la ventilation exonérée (E) doit être égale à la somme des "
          "montants nets des lignes, plus les frais, moins les remises exonérés de TVA."),
    RULE("BR-E-09", VAT_BREAKDOWN_VAT_CODE("E"), CODE_TAX_ZERO, "BT-117",
         "The VAT amount of the exempt (E) breakdown must be 0.",
         "Le montant de TVA de la ventilation exonérée (E) doit être 0."),
    RULE("BR-E-10", VAT_BREAKDOWN_VAT_CODE("E"), CODE_HAS_EXEMPTION, "BT-120, BT-121",
         "An exempt (E) breakdown must have a VAT exemption reason or reason code.",
         "Une ventilation exonérée (E) doit avoir un motif ou un code d'exonération."),

    /* Reverse charge (AE). */
    CHECK("BR-AE-01", CII_INV, fx_vat_check_ae01, "BT-118",
          "An invoice with a line, allowance or charge under reverse charge (AE) must have exactly "
          "one VAT breakdown of category AE.",
          "Une facture avec une ligne, une remise ou des frais en autoliquidation (AE) doit avoir "
          "exactement une ventilation de TVA de catégorie AE."),
    RULE("BR-AE-02", VAT_LINE("AE"), HAS_AE_IDS, "BT-31, BT-32, BT-63, BT-47, BT-48",
         "A line under reverse charge (AE) requires a seller VAT or tax identifier (or the tax "
         "representative's) and the buyer VAT identifier or legal registration identifier.",
         "Une ligne en autoliquidation (AE) exige un identifiant de TVA ou fiscal du vendeur (ou "
         "de son représentant) et le numéro de TVA ou l'identifiant légal de l'acheteur."),
    RULE("BR-AE-03", VAT_ALLOWANCE("AE"), HAS_AE_IDS, "BT-31, BT-32, BT-63, BT-47, BT-48",
         "An allowance under reverse charge (AE) requires a seller VAT or tax identifier (or the "
         "tax representative's) and the buyer VAT identifier or legal registration identifier.",
         "Une remise en autoliquidation (AE) exige un identifiant de TVA ou fiscal du vendeur (ou "
         "de son représentant) et le numéro de TVA ou l'identifiant légal de l'acheteur."),
    RULE("BR-AE-04", VAT_CHARGE("AE"), HAS_AE_IDS, "BT-31, BT-32, BT-63, BT-47, BT-48",
         "A charge under reverse charge (AE) requires a seller VAT or tax identifier (or the tax "
         "representative's) and the buyer VAT identifier or legal registration identifier.",
         "Des frais en autoliquidation (AE) exigent un identifiant de TVA ou fiscal du vendeur (ou "
         "de son représentant) et le numéro de TVA ou l'identifiant légal de l'acheteur."),
    RULE("BR-AE-05", VAT_LINE("AE"), RATE_ZERO, "BT-152",
         "The VAT rate of a line under reverse charge (AE) must be 0.",
         "Le taux de TVA d'une ligne en autoliquidation (AE) doit être 0."),
    RULE("BR-AE-06", VAT_ALLOWANCE("AE"), RATE_ZERO, "BT-96",
         "The VAT rate of an allowance under reverse charge (AE) must be 0.",
         "Le taux de TVA d'une remise en autoliquidation (AE) doit être 0."),
    RULE("BR-AE-07", VAT_CHARGE("AE"), RATE_ZERO, "BT-103",
         "The VAT rate of a charge under reverse charge (AE) must be 0.",
         "Le taux de TVA de frais en autoliquidation (AE) doit être 0."),
    CHECK("BR-AE-08", VAT_BREAKDOWN_VAT_CODE("AE"), fx_vat_check_basis_within_one, "BT-116",
          "The taxable amount of the reverse charge (AE) breakdown must equal the line net amounts "
          "plus the charges minus the allowances under reverse charge.",
          "La base imposable de la ventilation en autoliquidation (AE) doit être égale à la somme "
          "des montants nets des lignes, plus les frais, moins les remises en autoliquidation."),
    RULE("BR-AE-09", VAT_BREAKDOWN_VAT_CODE("AE"), CODE_TAX_ZERO, "BT-117",
         "The VAT amount of the reverse charge (AE) breakdown must be 0.",
         "Le montant de TVA de la ventilation en autoliquidation (AE) doit être 0."),
    RULE("BR-AE-10", VAT_BREAKDOWN_VAT_CODE("AE"), CODE_HAS_EXEMPTION, "BT-120, BT-121",
         "A reverse charge (AE) breakdown must have an exemption reason (\"Reverse charge\") or "
         "reason code.",
         "Une ventilation en autoliquidation (AE) doit avoir un motif (« Autoliquidation ») ou un "
         "code d'exonération."),

    /* Intra-community supply (K). */
    CHECK("BR-IC-01", CII_INV, fx_vat_check_ic01, "BT-118",
          "An invoice with an intra-community supply (K) line, allowance or charge must have "
          "exactly one VAT breakdown of category K.",
          "Une facture avec une ligne, une remise ou des frais de livraison intracommunautaire (K) "
          "doit avoir exactement une ventilation de TVA de catégorie K."),
    RULE("BR-IC-02", VAT_LINE("K"), HAS_IC_IDS, "BT-31, BT-63, BT-48",
         "An intra-community supply (K) line requires the seller VAT identifier (or the tax "
         "representative's) and the buyer VAT identifier.",
         "Une ligne de livraison intracommunautaire (K) exige le numéro de TVA du vendeur (ou de "
         "son représentant fiscal) et celui de l'acheteur."),
    RULE("BR-IC-03", VAT_ALLOWANCE("K"), HAS_IC_IDS, "BT-31, BT-63, BT-48",
         "An intra-community supply (K) allowance requires the seller VAT identifier (or the tax "
         "representative's) and the buyer VAT identifier.",
         "Une remise de livraison intracommunautaire (K) exige le numéro de TVA du vendeur (ou de "
         "son représentant fiscal) et celui de l'acheteur."),
    RULE("BR-IC-04", VAT_CHARGE("K"), HAS_IC_IDS, "BT-31, BT-63, BT-48",
         "An intra-community supply (K) charge requires the seller VAT identifier (or the tax "
         "representative's) and the buyer VAT identifier.",
         "Des frais de livraison intracommunautaire (K) exigent le numéro de TVA du vendeur (ou "
         "de son représentant fiscal) et celui de l'acheteur."),
    RULE("BR-IC-05", VAT_LINE("K"), RATE_ZERO, "BT-152",
         "The VAT rate of an intra-community supply (K) line must be 0.",
         "Le taux de TVA d'une ligne de livraison intracommunautaire (K) doit être 0."),
    RULE("BR-IC-06", VAT_ALLOWANCE("K"), RATE_ZERO, "BT-96",
         "The VAT rate of an intra-community supply (K) allowance must be 0.",
         "Le taux de TVA d'une remise de livraison intracommunautaire (K) doit être 0."),
    RULE("BR-IC-07", VAT_CHARGE("K"), RATE_ZERO, "BT-103",
         "The VAT rate of an intra-community supply (K) charge must be 0.",
         "Le taux de TVA de frais de livraison intracommunautaire (K) doit être 0."),
    CHECK("BR-IC-08", VAT_BREAKDOWN_VAT_CODE("K"), fx_vat_check_basis_within_one, "BT-116",
          "The taxable amount of the intra-community supply (K) breakdown must equal the line net "
          "amounts plus the charges minus the allowances of that category.",
          "La base imposable de la ventilation de livraison intracommunautaire (K) doit être égale "
          "à la somme des montants nets des lignes, plus les frais, moins les remises de cette "
          "catégorie."),
    RULE("BR-IC-09", VAT_BREAKDOWN_VAT_CODE("K"), CODE_TAX_ZERO, "BT-117",
         "The VAT amount of the intra-community supply (K) breakdown must be 0.",
         "Le montant de TVA de la ventilation de livraison intracommunautaire (K) doit être 0."),
    RULE("BR-IC-10", VAT_BREAKDOWN_VAT_CODE("K"), CODE_HAS_EXEMPTION, "BT-120, BT-121",
         "An intra-community supply (K) breakdown must have an exemption reason or reason code.",
         "Une ventilation de livraison intracommunautaire (K) doit avoir un motif ou un code "
         "d'exonération."),
    RULE("BR-IC-11", VAT_BREAKDOWN_VAT_CODE("K"), IC11_TEST, "BT-72, BG-14",
         "An invoice with an intra-community supply (K) breakdown must give the actual delivery "
         "date or the invoicing period.",
         "Une facture avec une ventilation de livraison intracommunautaire (K) doit indiquer la "
         "date de livraison effective ou la période de facturation."),
    RULE("BR-IC-12", VAT_BREAKDOWN_VAT_CODE("K"), IC12_TEST, "BT-80",
         "An invoice with an intra-community supply (K) breakdown must give the deliver to country "
         "code.",
         "Une facture avec une ventilation de livraison intracommunautaire (K) doit indiquer le "
         "code du pays de livraison."),

    /* Export outside the EU (G). */
    CHECK("BR-G-01", CII_INV, fx_vat_check_g01, "BT-118",
          "An invoice with an export (G) line, allowance or charge must have exactly one VAT "
          "breakdown of category G.",
          "Une facture avec une ligne, une remise ou des frais à l'exportation (G) doit avoir "
          "exactement une ventilation de TVA de catégorie G."),
    RULE("BR-G-02", VAT_LINE("G"), HAS_G_IDS, "BT-31, BT-63",
         "An export (G) line requires the seller VAT identifier or the tax representative VAT "
         "identifier.",
         "Une ligne à l'exportation (G) exige le numéro de TVA du vendeur ou celui de son "
         "représentant fiscal."),
    RULE("BR-G-03", VAT_ALLOWANCE("G"), HAS_G_IDS, "BT-31, BT-63",
         "An export (G) allowance requires the seller VAT identifier or the tax representative "
         "VAT identifier.",
         "Une remise à l'exportation (G) exige le numéro de TVA du vendeur ou celui de son "
         "représentant fiscal."),
    RULE("BR-G-04", VAT_CHARGE("G"), HAS_G_IDS, "BT-31, BT-63",
         "An export (G) charge requires the seller VAT identifier or the tax representative VAT "
         "identifier.",
         "Des frais à l'exportation (G) exigent le numéro de TVA du vendeur ou celui de son "
         "représentant fiscal."),
    RULE("BR-G-05", VAT_LINE("G"), RATE_ZERO, "BT-152",
         "The VAT rate of an export (G) line must be 0.",
         "Le taux de TVA d'une ligne à l'exportation (G) doit être 0."),
    RULE("BR-G-06", VAT_ALLOWANCE("G"), RATE_ZERO, "BT-96",
         "The VAT rate of an export (G) allowance must be 0.",
         "Le taux de TVA d'une remise à l'exportation (G) doit être 0."),
    RULE("BR-G-07", VAT_CHARGE("G"), RATE_ZERO, "BT-103",
         "The VAT rate of an export (G) charge must be 0.",
         "Le taux de TVA de frais à l'exportation (G) doit être 0."),
    CHECK("BR-G-08", VAT_BREAKDOWN_VAT_CODE("G"), fx_vat_check_basis_within_one, "BT-116",
          "The taxable amount of the export (G) breakdown must equal the line net amounts plus the "
          "charges minus the allowances of that category.",
          "La base imposable de la ventilation à l'exportation (G) doit être égale à la somme des "
          "montants nets des lignes, plus les frais, moins les remises de cette catégorie."),
    RULE("BR-G-09", VAT_BREAKDOWN_VAT_CODE("G"), CODE_TAX_ZERO, "BT-117",
         "The VAT amount of the export (G) breakdown must be 0.",
         "Le montant de TVA de la ventilation à l'exportation (G) doit être 0."),
    RULE("BR-G-10", VAT_BREAKDOWN_VAT_CODE("G"), CODE_HAS_EXEMPTION, "BT-120, BT-121",
         "An export (G) breakdown must have an exemption reason or reason code.",
         "Une ventilation à l'exportation (G) doit avoir un motif ou un code d'exonération."),

    /* Not subject to VAT (O). */
    CHECK("BR-O-01", CII_INV, fx_vat_check_o01, "BT-118",
          "An invoice with a breakdown not subject to VAT (O) must have exactly one such "
          "breakdown, and a line, allowance or charge of that category.",
          "Une facture avec une ventilation non soumise à la TVA (O) doit en avoir exactement une, "
          "et une ligne, une remise ou des frais de cette catégorie."),
    RULE("BR-O-02", VAT_LINE("O"), HAS_NO_VAT_IDS, "BT-31, BT-63, BT-48",
         "An invoice with a line not subject to VAT (O) must not give the seller, tax "
         "representative or buyer VAT identifier.",
         "Une facture avec une ligne non soumise à la TVA (O) ne doit pas indiquer de numéro de "
         "TVA du vendeur, du représentant fiscal ou de l'acheteur."),
    RULE("BR-O-03", VAT_ALLOWANCE("O"), HAS_NO_VAT_IDS, "BT-31, BT-63, BT-48",
         "An invoice with an allowance not subject to VAT (O) must not give the seller, tax "
         "representative or buyer VAT identifier.",
         "Une facture avec une remise non soumise à la TVA (O) ne doit pas indiquer de numéro de "
         "TVA du vendeur, du représentant fiscal ou de l'acheteur."),
    RULE("BR-O-04", VAT_CHARGE("O"), HAS_NO_VAT_IDS, "BT-31, BT-63, BT-48",
         "An invoice with a charge not subject to VAT (O) must not give the seller, tax "
         "representative or buyer VAT identifier.",
         "Une facture avec des frais non soumis à la TVA (O) ne doit pas indiquer de numéro de "
         "TVA du vendeur, du représentant fiscal ou de l'acheteur."),
    RULE("BR-O-05", VAT_LINE("O"), NO_RATE, "BT-152",
         "A line not subject to VAT (O) must not have a VAT rate.",
         "Une ligne non soumise à la TVA (O) ne doit pas avoir de taux de TVA."),
    RULE("BR-O-06", VAT_ALLOWANCE("O"), NO_RATE, "BT-96",
         "An allowance not subject to VAT (O) must not have a VAT rate.",
         "Une remise non soumise à la TVA (O) ne doit pas avoir de taux de TVA."),
    RULE("BR-O-07", VAT_CHARGE("O"), NO_RATE, "BT-103",
         "A charge not subject to VAT (O) must not have a VAT rate.",
         "Des frais non soumis à la TVA (O) ne doivent pas avoir de taux de TVA."),
    CHECK("BR-O-08", VAT_BREAKDOWN("O"), fx_vat_check_o08, "BT-116",
          "The taxable amount of the breakdown not subject to VAT (O) must equal the line net "
          "amounts plus the charges minus the allowances of that category.",
          "La base imposable de la ventilation non soumise à la TVA (O) doit être égale à la somme "
          "des montants nets des lignes, plus les frais, moins les remises de cette catégorie."),
    RULE("BR-O-09", VAT_BREAKDOWN("O"), TAX_ZERO, "BT-117",
         "The VAT amount of the breakdown not subject to VAT (O) must be 0.",
         "Le montant de TVA de la ventilation non soumise à la TVA (O) doit être 0."),
    RULE("BR-O-10", VAT_BREAKDOWN("O"), HAS_EXEMPTION, "BT-120, BT-121",
         "A breakdown not subject to VAT (O) must have an exemption reason or reason code.",
         "Une ventilation non soumise à la TVA (O) doit avoir un motif ou un code d'exonération."),
    RULE("BR-O-11", VAT_BREAKDOWN("O"), O_ONLY_TAXES, "BG-23",
         "An invoice with a breakdown not subject to VAT (O) must not have breakdowns of other "
         "categories.",
         "Une facture avec une ventilation non soumise à la TVA (O) ne doit pas avoir de "
         "ventilation d'une autre catégorie."),
    RULE("BR-O-12", VAT_BREAKDOWN("O"), O_ONLY_TAXES, "BT-151",
         "An invoice with a breakdown not subject to VAT (O) must not have lines of another VAT "
         "category.",
         "Une facture avec une ventilation non soumise à la TVA (O) ne doit pas avoir de ligne "
         "d'une autre catégorie de TVA."),
    RULE("BR-O-13", VAT_BREAKDOWN("O"), O_ONLY_AC_TAXES, "BT-95",
         "An invoice with a breakdown not subject to VAT (O) must not have allowances of another "
         "VAT category.",
         "Une facture avec une ventilation non soumise à la TVA (O) ne doit pas avoir de remise "
         "d'une autre catégorie de TVA."),
    RULE("BR-O-14", VAT_BREAKDOWN("O"), O_ONLY_AC_TAXES, "BT-102",
         "An invoice with a breakdown not subject to VAT (O) must not have charges of another VAT "
         "category.",
         "Une facture avec une ventilation non soumise à la TVA (O) ne doit pas avoir de frais "
         "d'une autre catégorie de TVA."),

    /* IGIC, Canary Islands (L). */
    CHECK("BR-AF-01", CII_INV, fx_vat_check_af01, "BT-118",
          "An invoice with an IGIC (L) line, allowance or charge must have a VAT breakdown of "
          "category L.",
          "Une facture avec une ligne, une remise ou des frais IGIC (L) doit avoir une ventilation "
          "de TVA de catégorie L."),
    RULE("BR-AF-02", VAT_LINE("L"), HAS_SELLER_TAX_ID, "BT-31, BT-32, BT-63",
         "An IGIC (L) line requires the seller VAT identifier, the seller tax registration "
         "identifier or the tax representative VAT identifier.",
         "Une ligne IGIC (L) exige le numéro de TVA du vendeur, son identifiant fiscal ou le "
         "numéro de TVA de son représentant fiscal."),
    RULE("BR-AF-03", VAT_ALLOWANCE("L"), HAS_SELLER_TAX_ID, "BT-31, BT-32, BT-63",
         "An IGIC (L) allowance requires the seller VAT identifier, the seller tax registration "
         "identifier or the tax representative VAT identifier.",
         "Une remise IGIC (L) exige le numéro de TVA du vendeur, son identifiant fiscal ou le "
         "numéro de TVA de son représentant fiscal."),
    RULE("BR-AF-04", VAT_CHARGE("L"), HAS_SELLER_TAX_ID, "BT-31, BT-32, BT-63",
         "An IGIC (L) charge requires the seller VAT identifier, the seller tax registration "
         "identifier or the tax representative VAT identifier.",
         "Des frais IGIC (L) exigent le numéro de TVA du vendeur, son identifiant fiscal ou le "
         "numéro de TVA de son représentant fiscal."),
    RULE("BR-AF-05", VAT_LINE("L"), RATE_POSITIVE, "BT-152",
         "The VAT rate of an IGIC (L) line must be greater than zero.",
         "Le taux de TVA d'une ligne IGIC (L) doit être supérieur à zéro."),
    RULE("BR-AF-06", VAT_ALLOWANCE("L"), RATE_POSITIVE, "BT-96",
         "The VAT rate of an IGIC (L) allowance must be greater than zero.",
         "Le taux de TVA d'une remise IGIC (L) doit être supérieur à zéro."),
    RULE("BR-AF-07", VAT_CHARGE("L"), RATE_POSITIVE, "BT-103",
         "The VAT rate of an IGIC (L) charge must be greater than zero.",
         "Le taux de TVA de frais IGIC (L) doit être supérieur à zéro."),
    RULE("BR-AF-08", VAT_BREAKDOWN("L"), "true()", "BT-116",
         "The taxable amount of an IGIC (L) breakdown must equal the line net amounts plus the "
         "charges minus the allowances of that category and rate.",
         "La base imposable d'une ventilation IGIC (L) doit être égale à la somme des montants "
         "nets des lignes, plus les frais, moins les remises de cette catégorie et de ce taux."),
    RULE("BR-AF-09", VAT_BREAKDOWN("L"), "true()", "BT-117",
         "The VAT amount of an IGIC (L) breakdown must equal its taxable amount times its rate.",
         "Le montant de TVA d'une ventilation IGIC (L) doit être égal à sa base imposable "
         "multipliée par son taux."),
    RULE("BR-AF-10", VAT_BREAKDOWN("L"), NO_EXEMPTION, "BT-120, BT-121",
         "An IGIC (L) breakdown must not have a VAT exemption reason or reason code.",
         "Une ventilation IGIC (L) ne doit pas avoir de motif ni de code d'exonération."),

    /* IPSI, Ceuta and Melilla (M). */
    CHECK("BR-AG-01", CII_INV, fx_vat_check_ag01, "BT-118",
          "An invoice with an IPSI (M) line, allowance or charge must have a VAT breakdown of "
          "category M.",
          "Une facture avec une ligne, une remise ou des frais IPSI (M) doit avoir une ventilation "
          "de TVA de catégorie M."),
    RULE("BR-AG-02", VAT_LINE("M"), HAS_SELLER_TAX_ID, "BT-31, BT-32, BT-63",
         "An IPSI (M) line requires the seller VAT identifier, the seller tax registration "
         "identifier or the tax representative VAT identifier.",
         "Une ligne IPSI (M) exige le numéro de TVA du vendeur, son identifiant fiscal ou le "
         "numéro de TVA de son représentant fiscal."),
    RULE("BR-AG-03", VAT_ALLOWANCE("M"), HAS_SELLER_TAX_ID, "BT-31, BT-32, BT-63",
         "An IPSI (M) allowance requires the seller VAT identifier, the seller tax registration "
         "identifier or the tax representative VAT identifier.",
         "Une remise IPSI (M) exige le numéro de TVA du vendeur, son identifiant fiscal ou le "
         "numéro de TVA de son représentant fiscal."),
    RULE("BR-AG-04", VAT_CHARGE("M"), HAS_SELLER_TAX_ID, "BT-31, BT-32, BT-63",
         "An IPSI (M) charge requires the seller VAT identifier, the seller tax registration "
         "identifier or the tax representative VAT identifier.",
         "Des frais IPSI (M) exigent le numéro de TVA du vendeur, son identifiant fiscal ou le "
         "numéro de TVA de son représentant fiscal."),
    RULE("BR-AG-05", VAT_LINE("M"), RATE_NOT_NEGATIVE, "BT-152",
         "The VAT rate of an IPSI (M) line must be 0 or greater.",
         "Le taux de TVA d'une ligne IPSI (M) doit être positif ou nul."),
    RULE("BR-AG-06", VAT_ALLOWANCE("M"), RATE_NOT_NEGATIVE, "BT-96",
         "The VAT rate of an IPSI (M) allowance must be 0 or greater.",
         "Le taux de TVA d'une remise IPSI (M) doit être positif ou nul."),
    RULE("BR-AG-07", VAT_CHARGE("M"), RATE_NOT_NEGATIVE, "BT-103",
         "The VAT rate of an IPSI (M) charge must be 0 or greater.",
         "Le taux de TVA de frais IPSI (M) doit être positif ou nul."),
    RULE("BR-AG-08", VAT_BREAKDOWN("M"), "true()", "BT-116",
         "The taxable amount of an IPSI (M) breakdown must equal the line net amounts plus the "
         "charges minus the allowances of that category and rate.",
         "La base imposable d'une ventilation IPSI (M) doit être égale à la somme des montants "
         "nets des lignes, plus les frais, moins les remises de cette catégorie et de ce taux."),
    RULE("BR-AG-09", VAT_BREAKDOWN("M"), "true()", "BT-117",
         "The VAT amount of an IPSI (M) breakdown must equal its taxable amount times its rate.",
         "Le montant de TVA d'une ventilation IPSI (M) doit être égal à sa base imposable "
         "multipliée par son taux."),
    RULE("BR-AG-10", VAT_BREAKDOWN("M"), NO_EXEMPTION, "BT-120, BT-121",
         "An IPSI (M) breakdown must not have a VAT exemption reason or reason code.",
         "Une ventilation IPSI (M) ne doit pas avoir de motif ni de code d'exonération."),

    /* Split payment (B). */
    CHECK("BR-B-01", CII_INV, fx_vat_check_b01, "BT-151, BT-95, BT-102",
          "An invoice with split payment (B) must be a domestic Italian invoice (every country "
          "code IT).",
          "Une facture avec paiement fractionné (B) doit être une facture italienne nationale "
          "(tous les codes pays IT)."),
    CHECK("BR-B-02", CII_INV, fx_vat_check_b02, "BT-151, BT-95, BT-102",
          "An invoice with split payment (B) must not have lines, allowances or charges at the "
          "standard rate (S).",
          "Une facture avec paiement fractionné (B) ne doit pas avoir de ligne, remise ou frais "
          "au taux normal (S)."),
};

const fx_ruleset fx_rules_cen_vat = {"cen-vat", rules, sizeof(rules) / sizeof(rules[0])};
