/*
 * Internal: paths and expressions shared by the French rule tables
 * (rules_fr*.c, layer 6: BR-FR rules of XP Z12-012 V1.4).
 *
 * Every rule is fatal, as in the FNFE-MPE schematron the reform applies
 * (the "WARNING" edition only softens the flags during the transition).
 * Tests are XPath 1.0 versions of the official XPath 2.0 ones, with the same
 * outcome: where the official test reads the first node of a sequence, so
 * does string() here; exact list membership uses fx:one-of (untrimmed).
 */
#ifndef FX_VALIDATE_RULES_FR_PATHS_H
#define FX_VALIDATE_RULES_FR_PATHS_H

#include "validate/rule.h"

/* Absolute paths of the contexts. */
#define FR_ROOT "/rsm:CrossIndustryInvoice"
#define FR_DOC FR_ROOT "/rsm:ExchangedDocument"
#define FR_CONTEXT FR_ROOT "/rsm:ExchangedDocumentContext"
#define FR_TX FR_ROOT "/rsm:SupplyChainTradeTransaction"
#define FR_AGREEMENT FR_TX "/ram:ApplicableHeaderTradeAgreement"
#define FR_DELIVERY FR_TX "/ram:ApplicableHeaderTradeDelivery"
#define FR_SETTLEMENT FR_TX "/ram:ApplicableHeaderTradeSettlement"
#define FR_TOTALS FR_SETTLEMENT "/ram:SpecifiedTradeSettlementHeaderMonetarySummation"
#define FR_LINE FR_TX "/ram:IncludedSupplyChainTradeLineItem"
#define FR_LINE_SETTLEMENT FR_LINE "/ram:SpecifiedLineTradeSettlement"

/* Paths relative to the root element (context FR_ROOT). */
#define FR_R_TX "rsm:SupplyChainTradeTransaction"
#define FR_R_AGREEMENT FR_R_TX "/ram:ApplicableHeaderTradeAgreement"
#define FR_R_SETTLEMENT FR_R_TX "/ram:ApplicableHeaderTradeSettlement"
#define FR_R_TOTALS FR_R_SETTLEMENT "/ram:SpecifiedTradeSettlementHeaderMonetarySummation"
#define FR_R_SELLER FR_R_AGREEMENT "/ram:SellerTradeParty"
#define FR_R_BUYER FR_R_AGREEMENT "/ram:BuyerTradeParty"
#define FR_R_TYPE "rsm:ExchangedDocument/ram:TypeCode"
#define FR_R_BAR "rsm:ExchangedDocument/ram:IncludedNote[ram:SubjectCode = 'BAR']/ram:Content"
#define FR_R_BT23                                                                                  \
	"rsm:ExchangedDocumentContext/ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID"

/* BT-23 from anywhere. */
#define FR_BT23 FR_CONTEXT "/ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID"

/* A line of sub-type GROUP without parent line (relative to a line). */
#define FR_GROUP_TOP                                                                               \
	"ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode = 'GROUP' and "               \
	"not(ram:AssociatedDocumentLineDocument/ram:ParentLineID)"

/* The characters of the identifiers: digits, ASCII letters. */
#define FR_DIGITS "'0123456789'"
#define FR_ALNUM "'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

/* A fatal French rule with an XPath test. */
#define FR(id, ctx, test, bt, en, fr)                                                              \
	{                                                                                          \
		id, FX_LAYER_FR, FX_SEVERITY_FATAL, 0, ctx, test, NULL, bt, en, fr                 \
	}

/* A fatal French rule with a C check. */
#define FR_C(id, ctx, check, bt, en, fr)                                                           \
	{                                                                                          \
		id, FX_LAYER_FR, FX_SEVERITY_FATAL, 0, ctx, NULL, check, bt, en, fr                \
	}

#endif
