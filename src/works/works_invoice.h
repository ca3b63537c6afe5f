/*
 * Internal: the parts of a statement's invoice that explain the décompte
 * (line notes, the revision's reason, BT-113, the notes, the EXTENDED
 * elements, the reverse-charge exemption). Texts are in French, the
 * language of the marché; amounts are written with a dot ("1234.50 EUR").
 */
#ifndef FX_WORKS_INVOICE_H
#define FX_WORKS_INVOICE_H

#include "works/works_internal.h"

/* Writes the note of a work item's line (progress and amounts to date and
 * before) into buf; returns buf. */
const char *fx_wk_item_note(const fx_works_statement *st, const fx_works_item_row *r, char *buf,
                            size_t size);

/* Writes the reason of the revision charge (charge true) or allowance into
 * buf; returns buf. */
const char *fx_wk_revision_reason(const fx_works_statement *st, bool charge, char *buf,
                                  size_t size);

/* Sets BT-113 to this statement's deductions and direct payments. */
int fx_wk_add_prepaid(fx_invoice *inv, const fx_works_statement *st);

/* Adds the notes: the statement, the deductions, the revision, the parties
 * of the marché, the reverse charge. */
int fx_wk_add_notes(const fx_works_description *d, const fx_works_statement *st, fx_invoice *inv);

/* Adds the EXTENDED advance payment and financial adjustments. */
int fx_wk_add_extended(const fx_works_statement *st, fx_invoice *inv);

/* Sets the exemption reason and code of the reverse-charge VAT breakdown. */
int fx_wk_mark_reverse_charge(const fx_works_statement *st, fx_invoice *inv);

#endif
