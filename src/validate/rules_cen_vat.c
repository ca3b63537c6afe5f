/*
 * EN 16931 VAT category rules (layer 4, CEN CII artefacts release 1.3.16):
 * standard rate S, zero rate Z, exempt E, reverse charge AE,
 * intra-community K (BR-IC), export G, not subject O, IGIC L (BR-AF), IPSI
 * M (BR-AG) and split payment B.
 *
 * Three contexts cover the official ones: the line VAT groups, the VAT
 * groups of allowances and charges, the breakdowns (BG-23); a C check per
 * rule picks the groups of its category whose type code is VAT (the
 * official contexts' predicates). As in the artefacts, the S and Z
 * breakdown rules do not look at the type code. BR-AF-08/09 and
 * BR-AG-08/09 never fire in the artefacts (their test reads a rate the
 * context's parent does not have, or is true()); they are listed with a
 * test that passes.
 */
#include "validate/rules_cen_paths.h"
#include "validate/rules_cen_vat.h"

#define L4 FX_LAYER_EN16931
#define FATAL FX_SEVERITY_FATAL

/* The contexts: every line VAT group, every VAT group of an allowance or
 * charge, every VAT breakdown; each check picks its category. */
#define CTX_LINE CII_LINE_TAX
#define CTX_AC CII_ANY_AC "/ram:CategoryTradeTax"
#define CTX_BREAKDOWN CII_R_HDR_TAX
/* The invoice element, only when a document-wide rule fails (see
 * fx:vat-document in rules_cen_vat_checks.c). */
#define CTX_DOCUMENT "fx:vat-document()"

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

/* Defines vat_<name>: passes on a node that is not a VAT group of scope and
 * category cat, else tests expr (ctx and node in scope). */
#define GROUP_CHECK(name, scope, cat, expr)                                                        \
	static bool vat_##name(fx_vctx *ctx, xmlNodePtr node)                                      \
	{                                                                                          \
		return !fx_vat_is_group(node, scope, cat) || (expr);                               \
	}

GROUP_CHECK(s02, FX_VAT_LINE, "S", fx_vat_ids_ok(ctx, FX_VAT_IDS_SELLER))
GROUP_CHECK(s03, FX_VAT_ALLOWANCE, "S", fx_vat_ids_ok(ctx, FX_VAT_IDS_SELLER))
GROUP_CHECK(s04, FX_VAT_CHARGE, "S", fx_vat_ids_ok(ctx, FX_VAT_IDS_SELLER))
GROUP_CHECK(s05, FX_VAT_LINE, "S", fx_vat_rate_ok(node, FX_VAT_RATE_POSITIVE))
GROUP_CHECK(s06, FX_VAT_ALLOWANCE, "S", fx_vat_rate_ok(node, FX_VAT_RATE_POSITIVE))
GROUP_CHECK(s07, FX_VAT_CHARGE, "S", fx_vat_rate_ok(node, FX_VAT_RATE_POSITIVE))
GROUP_CHECK(s08, FX_VAT_BREAKDOWN_ANY_TYPE, "S", fx_vat_s08(ctx, node))
GROUP_CHECK(s09, FX_VAT_BREAKDOWN_ANY_TYPE, "S", fx_vat_s09(node))
GROUP_CHECK(s10, FX_VAT_BREAKDOWN_ANY_TYPE, "S", !fx_vat_has_exemption(node))
GROUP_CHECK(z02, FX_VAT_LINE, "Z", fx_vat_ids_ok(ctx, FX_VAT_IDS_SELLER))
GROUP_CHECK(z03, FX_VAT_ALLOWANCE, "Z", fx_vat_ids_ok(ctx, FX_VAT_IDS_SELLER))
GROUP_CHECK(z04, FX_VAT_CHARGE, "Z", fx_vat_ids_ok(ctx, FX_VAT_IDS_SELLER))
GROUP_CHECK(z05, FX_VAT_LINE, "Z", fx_vat_rate_ok(node, FX_VAT_RATE_ZERO))
GROUP_CHECK(z06, FX_VAT_ALLOWANCE, "Z", fx_vat_rate_ok(node, FX_VAT_RATE_ZERO))
GROUP_CHECK(z07, FX_VAT_CHARGE, "Z", fx_vat_rate_ok(node, FX_VAT_RATE_ZERO))
GROUP_CHECK(z08, FX_VAT_BREAKDOWN_ANY_TYPE, "Z", fx_vat_basis_within_one(ctx, node, "Z"))
GROUP_CHECK(z09, FX_VAT_BREAKDOWN_ANY_TYPE, "Z", fx_vat_tax_is_zero(node))
GROUP_CHECK(z10, FX_VAT_BREAKDOWN_ANY_TYPE, "Z", !fx_vat_has_exemption(node))
GROUP_CHECK(e02, FX_VAT_LINE, "E", fx_vat_ids_ok(ctx, FX_VAT_IDS_SELLER))
GROUP_CHECK(e03, FX_VAT_ALLOWANCE, "E", fx_vat_ids_ok(ctx, FX_VAT_IDS_SELLER))
GROUP_CHECK(e04, FX_VAT_CHARGE, "E", fx_vat_ids_ok(ctx, FX_VAT_IDS_SELLER))
GROUP_CHECK(e05, FX_VAT_LINE, "E", fx_vat_rate_ok(node, FX_VAT_RATE_ZERO))
GROUP_CHECK(e06, FX_VAT_ALLOWANCE, "E", fx_vat_rate_ok(node, FX_VAT_RATE_ZERO))
GROUP_CHECK(e07, FX_VAT_CHARGE, "E", fx_vat_rate_ok(node, FX_VAT_RATE_ZERO))
GROUP_CHECK(e08, FX_VAT_BREAKDOWN, "E", fx_vat_basis_within_one(ctx, node, "E"))
GROUP_CHECK(e09, FX_VAT_BREAKDOWN, "E", fx_vat_tax_is_zero(node))
GROUP_CHECK(e10, FX_VAT_BREAKDOWN, "E", fx_vat_has_exemption(node))
GROUP_CHECK(ae02, FX_VAT_LINE, "AE", fx_vat_ids_ok(ctx, FX_VAT_IDS_REVERSE))
GROUP_CHECK(ae03, FX_VAT_ALLOWANCE, "AE", fx_vat_ids_ok(ctx, FX_VAT_IDS_REVERSE))
GROUP_CHECK(ae04, FX_VAT_CHARGE, "AE", fx_vat_ids_ok(ctx, FX_VAT_IDS_REVERSE))
GROUP_CHECK(ae05, FX_VAT_LINE, "AE", fx_vat_rate_ok(node, FX_VAT_RATE_ZERO))
GROUP_CHECK(ae06, FX_VAT_ALLOWANCE, "AE", fx_vat_rate_ok(node, FX_VAT_RATE_ZERO))
GROUP_CHECK(ae07, FX_VAT_CHARGE, "AE", fx_vat_rate_ok(node, FX_VAT_RATE_ZERO))
GROUP_CHECK(ae08, FX_VAT_BREAKDOWN, "AE", fx_vat_basis_within_one(ctx, node, "AE"))
GROUP_CHECK(ae09, FX_VAT_BREAKDOWN, "AE", fx_vat_tax_is_zero(node))
GROUP_CHECK(ae10, FX_VAT_BREAKDOWN, "AE", fx_vat_has_exemption(node))
GROUP_CHECK(ic02, FX_VAT_LINE, "K", fx_vat_ids_ok(ctx, FX_VAT_IDS_INTRA))
GROUP_CHECK(ic03, FX_VAT_ALLOWANCE, "K", fx_vat_ids_ok(ctx, FX_VAT_IDS_INTRA))
GROUP_CHECK(ic04, FX_VAT_CHARGE, "K", fx_vat_ids_ok(ctx, FX_VAT_IDS_INTRA))
GROUP_CHECK(ic05, FX_VAT_LINE, "K", fx_vat_rate_ok(node, FX_VAT_RATE_ZERO))
GROUP_CHECK(ic06, FX_VAT_ALLOWANCE, "K", fx_vat_rate_ok(node, FX_VAT_RATE_ZERO))
GROUP_CHECK(ic07, FX_VAT_CHARGE, "K", fx_vat_rate_ok(node, FX_VAT_RATE_ZERO))
GROUP_CHECK(ic08, FX_VAT_BREAKDOWN, "K", fx_vat_basis_within_one(ctx, node, "K"))
GROUP_CHECK(ic09, FX_VAT_BREAKDOWN, "K", fx_vat_tax_is_zero(node))
GROUP_CHECK(ic10, FX_VAT_BREAKDOWN, "K", fx_vat_has_exemption(node))
GROUP_CHECK(ic11, FX_VAT_BREAKDOWN, "K", fx_vat_ic11(ctx, node))
GROUP_CHECK(ic12, FX_VAT_BREAKDOWN, "K", fx_vat_ic12(ctx))
GROUP_CHECK(g02, FX_VAT_LINE, "G", fx_vat_ids_ok(ctx, FX_VAT_IDS_EXPORT))
GROUP_CHECK(g03, FX_VAT_ALLOWANCE, "G", fx_vat_ids_ok(ctx, FX_VAT_IDS_EXPORT))
GROUP_CHECK(g04, FX_VAT_CHARGE, "G", fx_vat_ids_ok(ctx, FX_VAT_IDS_EXPORT))
GROUP_CHECK(g05, FX_VAT_LINE, "G", fx_vat_rate_ok(node, FX_VAT_RATE_ZERO))
GROUP_CHECK(g06, FX_VAT_ALLOWANCE, "G", fx_vat_rate_ok(node, FX_VAT_RATE_ZERO))
GROUP_CHECK(g07, FX_VAT_CHARGE, "G", fx_vat_rate_ok(node, FX_VAT_RATE_ZERO))
GROUP_CHECK(g08, FX_VAT_BREAKDOWN, "G", fx_vat_basis_within_one(ctx, node, "G"))
GROUP_CHECK(g09, FX_VAT_BREAKDOWN, "G", fx_vat_tax_is_zero(node))
GROUP_CHECK(g10, FX_VAT_BREAKDOWN, "G", fx_vat_has_exemption(node))
GROUP_CHECK(o02, FX_VAT_LINE, "O", fx_vat_ids_ok(ctx, FX_VAT_IDS_NONE))
GROUP_CHECK(o03, FX_VAT_ALLOWANCE, "O", fx_vat_ids_ok(ctx, FX_VAT_IDS_NONE))
GROUP_CHECK(o04, FX_VAT_CHARGE, "O", fx_vat_ids_ok(ctx, FX_VAT_IDS_NONE))
GROUP_CHECK(o05, FX_VAT_LINE, "O", fx_vat_rate_ok(node, FX_VAT_RATE_ABSENT))
GROUP_CHECK(o06, FX_VAT_ALLOWANCE, "O", fx_vat_rate_ok(node, FX_VAT_RATE_ABSENT))
GROUP_CHECK(o07, FX_VAT_CHARGE, "O", fx_vat_rate_ok(node, FX_VAT_RATE_ABSENT))
GROUP_CHECK(o08, FX_VAT_BREAKDOWN, "O", fx_vat_o08(ctx, node))
GROUP_CHECK(o09, FX_VAT_BREAKDOWN, "O", fx_vat_tax_is_zero(node))
GROUP_CHECK(o10, FX_VAT_BREAKDOWN, "O", fx_vat_has_exemption(node))
GROUP_CHECK(o11, FX_VAT_BREAKDOWN, "O", fx_vat_only_o_taxes(ctx))
GROUP_CHECK(o12, FX_VAT_BREAKDOWN, "O", fx_vat_only_o_taxes(ctx))
GROUP_CHECK(o13, FX_VAT_BREAKDOWN, "O", fx_vat_only_o_ac_taxes(ctx))
GROUP_CHECK(o14, FX_VAT_BREAKDOWN, "O", fx_vat_only_o_ac_taxes(ctx))
GROUP_CHECK(af02, FX_VAT_LINE, "L", fx_vat_ids_ok(ctx, FX_VAT_IDS_SELLER))
GROUP_CHECK(af03, FX_VAT_ALLOWANCE, "L", fx_vat_ids_ok(ctx, FX_VAT_IDS_SELLER))
GROUP_CHECK(af04, FX_VAT_CHARGE, "L", fx_vat_ids_ok(ctx, FX_VAT_IDS_SELLER))
GROUP_CHECK(af05, FX_VAT_LINE, "L", fx_vat_rate_ok(node, FX_VAT_RATE_POSITIVE))
GROUP_CHECK(af06, FX_VAT_ALLOWANCE, "L", fx_vat_rate_ok(node, FX_VAT_RATE_POSITIVE))
GROUP_CHECK(af07, FX_VAT_CHARGE, "L", fx_vat_rate_ok(node, FX_VAT_RATE_POSITIVE))
GROUP_CHECK(af10, FX_VAT_BREAKDOWN, "L", !fx_vat_has_exemption(node))
GROUP_CHECK(ag02, FX_VAT_LINE, "M", fx_vat_ids_ok(ctx, FX_VAT_IDS_SELLER))
GROUP_CHECK(ag03, FX_VAT_ALLOWANCE, "M", fx_vat_ids_ok(ctx, FX_VAT_IDS_SELLER))
GROUP_CHECK(ag04, FX_VAT_CHARGE, "M", fx_vat_ids_ok(ctx, FX_VAT_IDS_SELLER))
GROUP_CHECK(ag05, FX_VAT_LINE, "M", fx_vat_rate_ok(node, FX_VAT_RATE_NOT_NEGATIVE))
GROUP_CHECK(ag06, FX_VAT_ALLOWANCE, "M", fx_vat_rate_ok(node, FX_VAT_RATE_NOT_NEGATIVE))
GROUP_CHECK(ag07, FX_VAT_CHARGE, "M", fx_vat_rate_ok(node, FX_VAT_RATE_NOT_NEGATIVE))
GROUP_CHECK(ag10, FX_VAT_BREAKDOWN, "M", !fx_vat_has_exemption(node))

static const fx_rule rules[] = {
    /* Standard rate (S). */
    CHECK("BR-S-01", CTX_DOCUMENT, fx_vat_check_s01, "BT-118",
          "An invoice with a line, allowance or charge at the standard rate (S) must have a VAT "
          "breakdown of category S.",
          "Une facture avec une ligne, une remise ou des frais au taux normal (S) doit avoir une "
          "ventilation de TVA de catégorie S."),
    CHECK("BR-S-02", CTX_LINE, vat_s02, "BT-31, BT-32, BT-63",
          "A line at the standard rate (S) requires the seller VAT identifier, the seller tax "
          "registration identifier or the tax representative VAT identifier.",
          "Une ligne au taux normal (S) exige le numéro de TVA du vendeur, son identifiant fiscal "
          "ou le numéro de TVA de son représentant fiscal."),
    CHECK("BR-S-03", CTX_AC, vat_s03, "BT-31, BT-32, BT-63",
          "A document level allowance at the standard rate (S) requires the seller VAT identifier, "
          "the seller tax registration identifier or the tax representative VAT identifier.",
          "Une remise au niveau du document au taux normal (S) exige le numéro de TVA du vendeur, "
          "son identifiant fiscal ou le numéro de TVA de son représentant fiscal."),
    CHECK(
        "BR-S-04", CTX_AC, vat_s04, "BT-31, BT-32, BT-63",
        "A document level charge at the standard rate (S) requires the seller VAT identifier, the "
        "seller tax registration identifier or the tax representative VAT identifier.",
        "Des frais au niveau du document au taux normal (S) exigent le numéro de TVA du vendeur, "
        "son identifiant fiscal ou le numéro de TVA de son représentant fiscal."),
    CHECK("BR-S-05", CTX_LINE, vat_s05, "BT-152",
          "The VAT rate of a line at the standard rate (S) must be greater than zero.",
          "Le taux de TVA d'une ligne au taux normal (S) doit être supérieur à zéro."),
    CHECK("BR-S-06", CTX_AC, vat_s06, "BT-96",
          "The VAT rate of an allowance at the standard rate (S) must be greater than zero.",
          "Le taux de TVA d'une remise au taux normal (S) doit être supérieur à zéro."),
    CHECK("BR-S-07", CTX_AC, vat_s07, "BT-103",
          "The VAT rate of a charge at the standard rate (S) must be greater than zero.",
          "Le taux de TVA de frais au taux normal (S) doit être supérieur à zéro."),
    CHECK("BR-S-08", CTX_BREAKDOWN, vat_s08, "BT-116",
          "For each rate, the taxable amount of the standard rate (S) breakdown must equal the "
          "line net amounts plus the charges minus the allowances at the standard rate and that "
          "rate.",
          "Pour chaque taux, la base imposable de la ventilation au taux normal (S) doit être "
          "égale à la somme des montants nets des lignes, plus les frais, moins les remises au "
          "taux normal et à ce taux."),
    CHECK("BR-S-09", CTX_BREAKDOWN, vat_s09, "BT-117",
          "The VAT amount of a standard rate (S) breakdown must equal its taxable amount times its "
          "rate.",
          "Le montant de TVA d'une ventilation au taux normal (S) doit être égal à sa base "
          "imposable multipliée par son taux."),
    CHECK(
        "BR-S-10", CTX_BREAKDOWN, vat_s10, "BT-120, BT-121",
        "A standard rate (S) breakdown must not have a VAT exemption reason or reason code.",
        "Une ventilation au taux normal (S) ne doit pas avoir de motif ni de code d'exonération."),

    /* Zero rate (Z). */
    CHECK("BR-Z-01", CTX_DOCUMENT, fx_vat_check_z01, "BT-118",
          "An invoice with a line, allowance or charge at the zero rate (Z) must have exactly one "
          "VAT breakdown of category Z.",
          "Une facture avec une ligne, une remise ou des frais au taux zéro (Z) doit avoir "
          "exactement une ventilation de TVA de catégorie Z."),
    CHECK("BR-Z-02", CTX_LINE, vat_z02, "BT-31, BT-32, BT-63",
          "A line at the zero rate (Z) requires the seller VAT identifier, the seller tax "
          "registration identifier or the tax representative VAT identifier.",
          "Une ligne au taux zéro (Z) exige le numéro de TVA du vendeur, son identifiant fiscal ou "
          "le numéro de TVA de son représentant fiscal."),
    CHECK("BR-Z-03", CTX_AC, vat_z03, "BT-31, BT-32, BT-63",
          "An allowance at the zero rate (Z) requires the seller VAT identifier, the seller tax "
          "registration identifier or the tax representative VAT identifier.",
          "Une remise au taux zéro (Z) exige le numéro de TVA du vendeur, son identifiant fiscal "
          "ou le numéro de TVA de son représentant fiscal."),
    CHECK("BR-Z-04", CTX_AC, vat_z04, "BT-31, BT-32, BT-63",
          "A charge at the zero rate (Z) requires the seller VAT identifier, the seller tax "
          "registration identifier or the tax representative VAT identifier.",
          "Des frais au taux zéro (Z) exigent le numéro de TVA du vendeur, son identifiant fiscal "
          "ou le numéro de TVA de son représentant fiscal."),
    CHECK("BR-Z-05", CTX_LINE, vat_z05, "BT-152",
          "The VAT rate of a line at the zero rate (Z) must be 0.",
          "Le taux de TVA d'une ligne au taux zéro (Z) doit être 0."),
    CHECK("BR-Z-06", CTX_AC, vat_z06, "BT-96",
          "The VAT rate of an allowance at the zero rate (Z) must be 0.",
          "Le taux de TVA d'une remise au taux zéro (Z) doit être 0."),
    CHECK("BR-Z-07", CTX_AC, vat_z07, "BT-103",
          "The VAT rate of a charge at the zero rate (Z) must be 0.",
          "Le taux de TVA de frais au taux zéro (Z) doit être 0."),
    CHECK("BR-Z-08", CTX_BREAKDOWN, vat_z08, "BT-116",
          "The taxable amount of the zero rate (Z) breakdown must equal the line net amounts plus "
          "the charges minus the allowances at the zero rate.",
          "La base imposable de la ventilation au taux zéro (Z) doit être égale à la somme des "
          "montants nets des lignes, plus les frais, moins les remises au taux zéro."),
    CHECK("BR-Z-09", CTX_BREAKDOWN, vat_z09, "BT-117",
          "The VAT amount of the zero rate (Z) breakdown must be 0.",
          "Le montant de TVA de la ventilation au taux zéro (Z) doit être 0."),
    CHECK("BR-Z-10", CTX_BREAKDOWN, vat_z10, "BT-120, BT-121",
          "A zero rate (Z) breakdown must not have a VAT exemption reason or reason code.",
          "Une ventilation au taux zéro (Z) ne doit pas avoir de motif ni de code d'exonération."),

    /* Exempt from VAT (E). */
    CHECK("BR-E-01", CTX_DOCUMENT, fx_vat_check_e01, "BT-118",
          "An invoice with a line, allowance or charge exempt from VAT (E) must have exactly one "
          "VAT breakdown of category E.",
          "Une facture avec une ligne, une remise ou des frais exonérés de TVA (E) doit avoir "
          "exactement une ventilation de TVA de catégorie E."),
    CHECK("BR-E-02", CTX_LINE, vat_e02, "BT-31, BT-32, BT-63",
          "A line exempt from VAT (E) requires the seller VAT identifier, the seller tax "
          "registration identifier or the tax representative VAT identifier.",
          "Une ligne exonérée de TVA (E) exige le numéro de TVA du vendeur, son identifiant fiscal "
          "ou le numéro de TVA de son représentant fiscal."),
    CHECK(
        "BR-E-03", CTX_AC, vat_e03, "BT-31, BT-32, BT-63",
        "An allowance exempt from VAT (E) requires the seller VAT identifier, the seller tax "
        "registration identifier or the tax representative VAT identifier.",
        "Une remise exonérée de TVA (E) exige le numéro de TVA du vendeur, son identifiant fiscal "
        "ou le numéro de TVA de son représentant fiscal."),
    CHECK("BR-E-04", CTX_AC, vat_e04, "BT-31, BT-32, BT-63",
          "A charge exempt from VAT (E) requires the seller VAT identifier, the seller tax "
          "registration identifier or the tax representative VAT identifier.",
          "Des frais exonérés de TVA (E) exigent le numéro de TVA du vendeur, son identifiant "
          "fiscal ou le numéro de TVA de son représentant fiscal."),
    CHECK("BR-E-05", CTX_LINE, vat_e05, "BT-152",
          "The VAT rate of a line exempt from VAT (E) must be 0.",
          "Le taux de TVA d'une ligne exonérée de TVA (E) doit être 0."),
    CHECK("BR-E-06", CTX_AC, vat_e06, "BT-96",
          "The VAT rate of an allowance exempt from VAT (E) must be 0.",
          "Le taux de TVA d'une remise exonérée de TVA (E) doit être 0."),
    CHECK("BR-E-07", CTX_AC, vat_e07, "BT-103",
          "The VAT rate of a charge exempt from VAT (E) must be 0.",
          "Le taux de TVA de frais exonérés de TVA (E) doit être 0."),
    CHECK("BR-E-08", CTX_BREAKDOWN, vat_e08, "BT-116",
          "The taxable amount of the exempt (E) breakdown must equal the line net amounts plus "
          "the charges minus the allowances exempt from VAT.",
          "La base imposable de la ventilation exonérée (E) doit être égale à la somme des "
          "montants nets des lignes, plus les frais, moins les remises exonérés de TVA."),
    CHECK("BR-E-09", CTX_BREAKDOWN, vat_e09, "BT-117",
          "The VAT amount of the exempt (E) breakdown must be 0.",
          "Le montant de TVA de la ventilation exonérée (E) doit être 0."),
    CHECK("BR-E-10", CTX_BREAKDOWN, vat_e10, "BT-120, BT-121",
          "An exempt (E) breakdown must have a VAT exemption reason or reason code.",
          "Une ventilation exonérée (E) doit avoir un motif ou un code d'exonération."),

    /* Reverse charge (AE). */
    CHECK("BR-AE-01", CTX_DOCUMENT, fx_vat_check_ae01, "BT-118",
          "An invoice with a line, allowance or charge under reverse charge (AE) must have exactly "
          "one VAT breakdown of category AE.",
          "Une facture avec une ligne, une remise ou des frais en autoliquidation (AE) doit avoir "
          "exactement une ventilation de TVA de catégorie AE."),
    CHECK("BR-AE-02", CTX_LINE, vat_ae02, "BT-31, BT-32, BT-63, BT-47, BT-48",
          "A line under reverse charge (AE) requires a seller VAT or tax identifier (or the tax "
          "representative's) and the buyer VAT identifier or legal registration identifier.",
          "Une ligne en autoliquidation (AE) exige un identifiant de TVA ou fiscal du vendeur (ou "
          "de son représentant) et le numéro de TVA ou l'identifiant légal de l'acheteur."),
    CHECK("BR-AE-03", CTX_AC, vat_ae03, "BT-31, BT-32, BT-63, BT-47, BT-48",
          "An allowance under reverse charge (AE) requires a seller VAT or tax identifier (or the "
          "tax representative's) and the buyer VAT identifier or legal registration identifier.",
          "Une remise en autoliquidation (AE) exige un identifiant de TVA ou fiscal du vendeur (ou "
          "de son représentant) et le numéro de TVA ou l'identifiant légal de l'acheteur."),
    CHECK(
        "BR-AE-04", CTX_AC, vat_ae04, "BT-31, BT-32, BT-63, BT-47, BT-48",
        "A charge under reverse charge (AE) requires a seller VAT or tax identifier (or the tax "
        "representative's) and the buyer VAT identifier or legal registration identifier.",
        "Des frais en autoliquidation (AE) exigent un identifiant de TVA ou fiscal du vendeur (ou "
        "de son représentant) et le numéro de TVA ou l'identifiant légal de l'acheteur."),
    CHECK("BR-AE-05", CTX_LINE, vat_ae05, "BT-152",
          "The VAT rate of a line under reverse charge (AE) must be 0.",
          "Le taux de TVA d'une ligne en autoliquidation (AE) doit être 0."),
    CHECK("BR-AE-06", CTX_AC, vat_ae06, "BT-96",
          "The VAT rate of an allowance under reverse charge (AE) must be 0.",
          "Le taux de TVA d'une remise en autoliquidation (AE) doit être 0."),
    CHECK("BR-AE-07", CTX_AC, vat_ae07, "BT-103",
          "The VAT rate of a charge under reverse charge (AE) must be 0.",
          "Le taux de TVA de frais en autoliquidation (AE) doit être 0."),
    CHECK("BR-AE-08", CTX_BREAKDOWN, vat_ae08, "BT-116",
          "The taxable amount of the reverse charge (AE) breakdown must equal the line net amounts "
          "plus the charges minus the allowances under reverse charge.",
          "La base imposable de la ventilation en autoliquidation (AE) doit être égale à la somme "
          "des montants nets des lignes, plus les frais, moins les remises en autoliquidation."),
    CHECK("BR-AE-09", CTX_BREAKDOWN, vat_ae09, "BT-117",
          "The VAT amount of the reverse charge (AE) breakdown must be 0.",
          "Le montant de TVA de la ventilation en autoliquidation (AE) doit être 0."),
    CHECK("BR-AE-10", CTX_BREAKDOWN, vat_ae10, "BT-120, BT-121",
          "A reverse charge (AE) breakdown must have an exemption reason (\"Reverse charge\") or "
          "reason code.",
          "Une ventilation en autoliquidation (AE) doit avoir un motif (« Autoliquidation ») ou un "
          "code d'exonération."),

    /* Intra-community supply (K). */
    CHECK("BR-IC-01", CTX_DOCUMENT, fx_vat_check_ic01, "BT-118",
          "An invoice with an intra-community supply (K) line, allowance or charge must have "
          "exactly one VAT breakdown of category K.",
          "Une facture avec une ligne, une remise ou des frais de livraison intracommunautaire (K) "
          "doit avoir exactement une ventilation de TVA de catégorie K."),
    CHECK("BR-IC-02", CTX_LINE, vat_ic02, "BT-31, BT-63, BT-48",
          "An intra-community supply (K) line requires the seller VAT identifier (or the tax "
          "representative's) and the buyer VAT identifier.",
          "Une ligne de livraison intracommunautaire (K) exige le numéro de TVA du vendeur (ou de "
          "son représentant fiscal) et celui de l'acheteur."),
    CHECK("BR-IC-03", CTX_AC, vat_ic03, "BT-31, BT-63, BT-48",
          "An intra-community supply (K) allowance requires the seller VAT identifier (or the tax "
          "representative's) and the buyer VAT identifier.",
          "Une remise de livraison intracommunautaire (K) exige le numéro de TVA du vendeur (ou de "
          "son représentant fiscal) et celui de l'acheteur."),
    CHECK("BR-IC-04", CTX_AC, vat_ic04, "BT-31, BT-63, BT-48",
          "An intra-community supply (K) charge requires the seller VAT identifier (or the tax "
          "representative's) and the buyer VAT identifier.",
          "Des frais de livraison intracommunautaire (K) exigent le numéro de TVA du vendeur (ou "
          "de son représentant fiscal) et celui de l'acheteur."),
    CHECK("BR-IC-05", CTX_LINE, vat_ic05, "BT-152",
          "The VAT rate of an intra-community supply (K) line must be 0.",
          "Le taux de TVA d'une ligne de livraison intracommunautaire (K) doit être 0."),
    CHECK("BR-IC-06", CTX_AC, vat_ic06, "BT-96",
          "The VAT rate of an intra-community supply (K) allowance must be 0.",
          "Le taux de TVA d'une remise de livraison intracommunautaire (K) doit être 0."),
    CHECK("BR-IC-07", CTX_AC, vat_ic07, "BT-103",
          "The VAT rate of an intra-community supply (K) charge must be 0.",
          "Le taux de TVA de frais de livraison intracommunautaire (K) doit être 0."),
    CHECK("BR-IC-08", CTX_BREAKDOWN, vat_ic08, "BT-116",
          "The taxable amount of the intra-community supply (K) breakdown must equal the line net "
          "amounts plus the charges minus the allowances of that category.",
          "La base imposable de la ventilation de livraison intracommunautaire (K) doit être égale "
          "à la somme des montants nets des lignes, plus les frais, moins les remises de cette "
          "catégorie."),
    CHECK("BR-IC-09", CTX_BREAKDOWN, vat_ic09, "BT-117",
          "The VAT amount of the intra-community supply (K) breakdown must be 0.",
          "Le montant de TVA de la ventilation de livraison intracommunautaire (K) doit être 0."),
    CHECK("BR-IC-10", CTX_BREAKDOWN, vat_ic10, "BT-120, BT-121",
          "An intra-community supply (K) breakdown must have an exemption reason or reason code.",
          "Une ventilation de livraison intracommunautaire (K) doit avoir un motif ou un code "
          "d'exonération."),
    CHECK("BR-IC-11", CTX_BREAKDOWN, vat_ic11, "BT-72, BG-14",
          "An invoice with an intra-community supply (K) breakdown must give the actual delivery "
          "date or the invoicing period.",
          "Une facture avec une ventilation de livraison intracommunautaire (K) doit indiquer la "
          "date de livraison effective ou la période de facturation."),
    CHECK(
        "BR-IC-12", CTX_BREAKDOWN, vat_ic12, "BT-80",
        "An invoice with an intra-community supply (K) breakdown must give the deliver to country "
        "code.",
        "Une facture avec une ventilation de livraison intracommunautaire (K) doit indiquer le "
        "code du pays de livraison."),

    /* Export outside the EU (G). */
    CHECK("BR-G-01", CTX_DOCUMENT, fx_vat_check_g01, "BT-118",
          "An invoice with an export (G) line, allowance or charge must have exactly one VAT "
          "breakdown of category G.",
          "Une facture avec une ligne, une remise ou des frais à l'exportation (G) doit avoir "
          "exactement une ventilation de TVA de catégorie G."),
    CHECK("BR-G-02", CTX_LINE, vat_g02, "BT-31, BT-63",
          "An export (G) line requires the seller VAT identifier or the tax representative VAT "
          "identifier.",
          "Une ligne à l'exportation (G) exige le numéro de TVA du vendeur ou celui de son "
          "représentant fiscal."),
    CHECK("BR-G-03", CTX_AC, vat_g03, "BT-31, BT-63",
          "An export (G) allowance requires the seller VAT identifier or the tax representative "
          "VAT identifier.",
          "Une remise à l'exportation (G) exige le numéro de TVA du vendeur ou celui de son "
          "représentant fiscal."),
    CHECK("BR-G-04", CTX_AC, vat_g04, "BT-31, BT-63",
          "An export (G) charge requires the seller VAT identifier or the tax representative VAT "
          "identifier.",
          "Des frais à l'exportation (G) exigent le numéro de TVA du vendeur ou celui de son "
          "représentant fiscal."),
    CHECK("BR-G-05", CTX_LINE, vat_g05, "BT-152", "The VAT rate of an export (G) line must be 0.",
          "Le taux de TVA d'une ligne à l'exportation (G) doit être 0."),
    CHECK("BR-G-06", CTX_AC, vat_g06, "BT-96", "The VAT rate of an export (G) allowance must be 0.",
          "Le taux de TVA d'une remise à l'exportation (G) doit être 0."),
    CHECK("BR-G-07", CTX_AC, vat_g07, "BT-103", "The VAT rate of an export (G) charge must be 0.",
          "Le taux de TVA de frais à l'exportation (G) doit être 0."),
    CHECK("BR-G-08", CTX_BREAKDOWN, vat_g08, "BT-116",
          "The taxable amount of the export (G) breakdown must equal the line net amounts plus the "
          "charges minus the allowances of that category.",
          "La base imposable de la ventilation à l'exportation (G) doit être égale à la somme des "
          "montants nets des lignes, plus les frais, moins les remises de cette catégorie."),
    CHECK("BR-G-09", CTX_BREAKDOWN, vat_g09, "BT-117",
          "The VAT amount of the export (G) breakdown must be 0.",
          "Le montant de TVA de la ventilation à l'exportation (G) doit être 0."),
    CHECK("BR-G-10", CTX_BREAKDOWN, vat_g10, "BT-120, BT-121",
          "An export (G) breakdown must have an exemption reason or reason code.",
          "Une ventilation à l'exportation (G) doit avoir un motif ou un code d'exonération."),

    /* Not subject to VAT (O). */
    CHECK("BR-O-01", CTX_DOCUMENT, fx_vat_check_o01, "BT-118",
          "An invoice with a breakdown not subject to VAT (O) must have exactly one such "
          "breakdown, and a line, allowance or charge of that category.",
          "Une facture avec une ventilation non soumise à la TVA (O) doit en avoir exactement une, "
          "et une ligne, une remise ou des frais de cette catégorie."),
    CHECK("BR-O-02", CTX_LINE, vat_o02, "BT-31, BT-63, BT-48",
          "An invoice with a line not subject to VAT (O) must not give the seller, tax "
          "representative or buyer VAT identifier.",
          "Une facture avec une ligne non soumise à la TVA (O) ne doit pas indiquer de numéro de "
          "TVA du vendeur, du représentant fiscal ou de l'acheteur."),
    CHECK("BR-O-03", CTX_AC, vat_o03, "BT-31, BT-63, BT-48",
          "An invoice with an allowance not subject to VAT (O) must not give the seller, tax "
          "representative or buyer VAT identifier.",
          "Une facture avec une remise non soumise à la TVA (O) ne doit pas indiquer de numéro de "
          "TVA du vendeur, du représentant fiscal ou de l'acheteur."),
    CHECK("BR-O-04", CTX_AC, vat_o04, "BT-31, BT-63, BT-48",
          "An invoice with a charge not subject to VAT (O) must not give the seller, tax "
          "representative or buyer VAT identifier.",
          "Une facture avec des frais non soumis à la TVA (O) ne doit pas indiquer de numéro de "
          "TVA du vendeur, du représentant fiscal ou de l'acheteur."),
    CHECK("BR-O-05", CTX_LINE, vat_o05, "BT-152",
          "A line not subject to VAT (O) must not have a VAT rate.",
          "Une ligne non soumise à la TVA (O) ne doit pas avoir de taux de TVA."),
    CHECK("BR-O-06", CTX_AC, vat_o06, "BT-96",
          "An allowance not subject to VAT (O) must not have a VAT rate.",
          "Une remise non soumise à la TVA (O) ne doit pas avoir de taux de TVA."),
    CHECK("BR-O-07", CTX_AC, vat_o07, "BT-103",
          "A charge not subject to VAT (O) must not have a VAT rate.",
          "Des frais non soumis à la TVA (O) ne doivent pas avoir de taux de TVA."),
    CHECK("BR-O-08", CTX_BREAKDOWN, vat_o08, "BT-116",
          "The taxable amount of the breakdown not subject to VAT (O) must equal the line net "
          "amounts plus the charges minus the allowances of that category.",
          "La base imposable de la ventilation non soumise à la TVA (O) doit être égale à la somme "
          "des montants nets des lignes, plus les frais, moins les remises de cette catégorie."),
    CHECK("BR-O-09", CTX_BREAKDOWN, vat_o09, "BT-117",
          "The VAT amount of the breakdown not subject to VAT (O) must be 0.",
          "Le montant de TVA de la ventilation non soumise à la TVA (O) doit être 0."),
    CHECK("BR-O-10", CTX_BREAKDOWN, vat_o10, "BT-120, BT-121",
          "A breakdown not subject to VAT (O) must have an exemption reason or reason code.",
          "Une ventilation non soumise à la TVA (O) doit avoir un motif ou un code d'exonération."),
    CHECK("BR-O-11", CTX_BREAKDOWN, vat_o11, "BG-23",
          "An invoice with a breakdown not subject to VAT (O) must not have breakdowns of other "
          "categories.",
          "Une facture avec une ventilation non soumise à la TVA (O) ne doit pas avoir de "
          "ventilation d'une autre catégorie."),
    CHECK("BR-O-12", CTX_BREAKDOWN, vat_o12, "BT-151",
          "An invoice with a breakdown not subject to VAT (O) must not have lines of another VAT "
          "category.",
          "Une facture avec une ventilation non soumise à la TVA (O) ne doit pas avoir de ligne "
          "d'une autre catégorie de TVA."),
    CHECK("BR-O-13", CTX_BREAKDOWN, vat_o13, "BT-95",
          "An invoice with a breakdown not subject to VAT (O) must not have allowances of another "
          "VAT category.",
          "Une facture avec une ventilation non soumise à la TVA (O) ne doit pas avoir de remise "
          "d'une autre catégorie de TVA."),
    CHECK("BR-O-14", CTX_BREAKDOWN, vat_o14, "BT-102",
          "An invoice with a breakdown not subject to VAT (O) must not have charges of another VAT "
          "category.",
          "Une facture avec une ventilation non soumise à la TVA (O) ne doit pas avoir de frais "
          "d'une autre catégorie de TVA."),

    /* IGIC, Canary Islands (L). */
    CHECK("BR-AF-01", CTX_DOCUMENT, fx_vat_check_af01, "BT-118",
          "An invoice with an IGIC (L) line, allowance or charge must have a VAT breakdown of "
          "category L.",
          "Une facture avec une ligne, une remise ou des frais IGIC (L) doit avoir une ventilation "
          "de TVA de catégorie L."),
    CHECK("BR-AF-02", CTX_LINE, vat_af02, "BT-31, BT-32, BT-63",
          "An IGIC (L) line requires the seller VAT identifier, the seller tax registration "
          "identifier or the tax representative VAT identifier.",
          "Une ligne IGIC (L) exige le numéro de TVA du vendeur, son identifiant fiscal ou le "
          "numéro de TVA de son représentant fiscal."),
    CHECK("BR-AF-03", CTX_AC, vat_af03, "BT-31, BT-32, BT-63",
          "An IGIC (L) allowance requires the seller VAT identifier, the seller tax registration "
          "identifier or the tax representative VAT identifier.",
          "Une remise IGIC (L) exige le numéro de TVA du vendeur, son identifiant fiscal ou le "
          "numéro de TVA de son représentant fiscal."),
    CHECK("BR-AF-04", CTX_AC, vat_af04, "BT-31, BT-32, BT-63",
          "An IGIC (L) charge requires the seller VAT identifier, the seller tax registration "
          "identifier or the tax representative VAT identifier.",
          "Des frais IGIC (L) exigent le numéro de TVA du vendeur, son identifiant fiscal ou le "
          "numéro de TVA de son représentant fiscal."),
    CHECK("BR-AF-05", CTX_LINE, vat_af05, "BT-152",
          "The VAT rate of an IGIC (L) line must be greater than zero.",
          "Le taux de TVA d'une ligne IGIC (L) doit être supérieur à zéro."),
    CHECK("BR-AF-06", CTX_AC, vat_af06, "BT-96",
          "The VAT rate of an IGIC (L) allowance must be greater than zero.",
          "Le taux de TVA d'une remise IGIC (L) doit être supérieur à zéro."),
    CHECK("BR-AF-07", CTX_AC, vat_af07, "BT-103",
          "The VAT rate of an IGIC (L) charge must be greater than zero.",
          "Le taux de TVA de frais IGIC (L) doit être supérieur à zéro."),
    RULE("BR-AF-08", CTX_BREAKDOWN, "true()", "BT-116",
         "The taxable amount of an IGIC (L) breakdown must equal the line net amounts plus the "
         "charges minus the allowances of that category and rate.",
         "La base imposable d'une ventilation IGIC (L) doit être égale à la somme des montants "
         "nets des lignes, plus les frais, moins les remises de cette catégorie et de ce taux."),
    RULE("BR-AF-09", CTX_BREAKDOWN, "true()", "BT-117",
         "The VAT amount of an IGIC (L) breakdown must equal its taxable amount times its rate.",
         "Le montant de TVA d'une ventilation IGIC (L) doit être égal à sa base imposable "
         "multipliée par son taux."),
    CHECK("BR-AF-10", CTX_BREAKDOWN, vat_af10, "BT-120, BT-121",
          "An IGIC (L) breakdown must not have a VAT exemption reason or reason code.",
          "Une ventilation IGIC (L) ne doit pas avoir de motif ni de code d'exonération."),

    /* IPSI, Ceuta and Melilla (M). */
    CHECK("BR-AG-01", CTX_DOCUMENT, fx_vat_check_ag01, "BT-118",
          "An invoice with an IPSI (M) line, allowance or charge must have a VAT breakdown of "
          "category M.",
          "Une facture avec une ligne, une remise ou des frais IPSI (M) doit avoir une ventilation "
          "de TVA de catégorie M."),
    CHECK("BR-AG-02", CTX_LINE, vat_ag02, "BT-31, BT-32, BT-63",
          "An IPSI (M) line requires the seller VAT identifier, the seller tax registration "
          "identifier or the tax representative VAT identifier.",
          "Une ligne IPSI (M) exige le numéro de TVA du vendeur, son identifiant fiscal ou le "
          "numéro de TVA de son représentant fiscal."),
    CHECK("BR-AG-03", CTX_AC, vat_ag03, "BT-31, BT-32, BT-63",
          "An IPSI (M) allowance requires the seller VAT identifier, the seller tax registration "
          "identifier or the tax representative VAT identifier.",
          "Une remise IPSI (M) exige le numéro de TVA du vendeur, son identifiant fiscal ou le "
          "numéro de TVA de son représentant fiscal."),
    CHECK("BR-AG-04", CTX_AC, vat_ag04, "BT-31, BT-32, BT-63",
          "An IPSI (M) charge requires the seller VAT identifier, the seller tax registration "
          "identifier or the tax representative VAT identifier.",
          "Des frais IPSI (M) exigent le numéro de TVA du vendeur, son identifiant fiscal ou le "
          "numéro de TVA de son représentant fiscal."),
    CHECK("BR-AG-05", CTX_LINE, vat_ag05, "BT-152",
          "The VAT rate of an IPSI (M) line must be 0 or greater.",
          "Le taux de TVA d'une ligne IPSI (M) doit être positif ou nul."),
    CHECK("BR-AG-06", CTX_AC, vat_ag06, "BT-96",
          "The VAT rate of an IPSI (M) allowance must be 0 or greater.",
          "Le taux de TVA d'une remise IPSI (M) doit être positif ou nul."),
    CHECK("BR-AG-07", CTX_AC, vat_ag07, "BT-103",
          "The VAT rate of an IPSI (M) charge must be 0 or greater.",
          "Le taux de TVA de frais IPSI (M) doit être positif ou nul."),
    RULE("BR-AG-08", CTX_BREAKDOWN, "true()", "BT-116",
         "The taxable amount of an IPSI (M) breakdown must equal the line net amounts plus the "
         "charges minus the allowances of that category and rate.",
         "La base imposable d'une ventilation IPSI (M) doit être égale à la somme des montants "
         "nets des lignes, plus les frais, moins les remises de cette catégorie et de ce taux."),
    RULE("BR-AG-09", CTX_BREAKDOWN, "true()", "BT-117",
         "The VAT amount of an IPSI (M) breakdown must equal its taxable amount times its rate.",
         "Le montant de TVA d'une ventilation IPSI (M) doit être égal à sa base imposable "
         "multipliée par son taux."),
    CHECK("BR-AG-10", CTX_BREAKDOWN, vat_ag10, "BT-120, BT-121",
          "An IPSI (M) breakdown must not have a VAT exemption reason or reason code.",
          "Une ventilation IPSI (M) ne doit pas avoir de motif ni de code d'exonération."),

    /* Split payment (B). */
    CHECK("BR-B-01", CTX_DOCUMENT, fx_vat_check_b01, "BT-151, BT-95, BT-102",
          "An invoice with split payment (B) must be a domestic Italian invoice (every country "
          "code IT).",
          "Une facture avec paiement fractionné (B) doit être une facture italienne nationale "
          "(tous les codes pays IT)."),
    CHECK("BR-B-02", CTX_DOCUMENT, fx_vat_check_b02, "BT-151, BT-95, BT-102",
          "An invoice with split payment (B) must not have lines, allowances or charges at the "
          "standard rate (S).",
          "Une facture avec paiement fractionné (B) ne doit pas avoir de ligne, remise ou frais "
          "au taux normal (S)."),
};

const fx_ruleset fx_rules_cen_vat = {"cen-vat", rules, sizeof(rules) / sizeof(rules[0])};
