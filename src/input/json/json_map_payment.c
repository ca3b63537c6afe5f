/*
 * Key tables of the payment instructions and of the attachments.
 */
#include "input/json/json_map.h"

/* Adds a credit transfer account (owner: the fx_payment, inside the invoice). */
static int add_credit_transfer(fx_invoice *inv, void *owner, void **out)
{
	return fx_invoice_add_credit_transfer(inv, (fx_credit_transfer **)out);
}

static const fx_jfield credit_transfer_fields[] = {
    FX_JF(fx_credit_transfer, account_id, FX_JK_TEXT, "BT-84"),
    FX_JF(fx_credit_transfer, account_name, FX_JK_TEXT, "BT-85"),
    FX_JF(fx_credit_transfer, bic, FX_JK_TEXT, "BT-86"),
};
const fx_jtable fx_jt_credit_transfer = FX_JTABLE("credit_transfer", credit_transfer_fields);

static const fx_jfield payment_fields[] = {
    FX_JF(fx_payment, means_code, FX_JK_TEXT, "BT-81"),
    FX_JF(fx_payment, means_text, FX_JK_TEXT, "BT-82"),
    FX_JF(fx_payment, remittance_info, FX_JK_TEXT, "BT-83"),
    FX_JF_ARR(fx_payment, "credit_transfers", credit_transfers, n_credit_transfers,
              fx_credit_transfer, fx_jt_credit_transfer, add_credit_transfer, NULL, "BG-17"),
    FX_JF(fx_payment, card_pan, FX_JK_TEXT, "BT-87"),
    FX_JF(fx_payment, card_holder, FX_JK_TEXT, "BT-88"),
    FX_JF(fx_payment, mandate_id, FX_JK_TEXT, "BT-89"),
    FX_JF(fx_payment, creditor_id, FX_JK_TEXT, "BT-90"),
    FX_JF(fx_payment, debited_account, FX_JK_TEXT, "BT-91"),
};
const fx_jtable fx_jt_payment = FX_JTABLE("payment", payment_fields);

static const fx_jfield attachment_fields[] = {
    FX_JF(fx_attachment, id, FX_JK_TEXT, "BT-122"),
    FX_JF(fx_attachment, description, FX_JK_TEXT, "BT-123"),
    FX_JF(fx_attachment, uri, FX_JK_TEXT, "BT-124"),
    {.key = "data",
     .kind = FX_JK_DATA,
     .offset = offsetof(fx_attachment, data),
     .offset2 = offsetof(fx_attachment, data_len),
     .bt = "BT-125"},
    FX_JF(fx_attachment, mime_code, FX_JK_TEXT, "BT-125-1"),
    FX_JF(fx_attachment, filename, FX_JK_TEXT, "BT-125-2"),
};
const fx_jtable fx_jt_attachment = FX_JTABLE("attachment", attachment_fields);
