/*
 * Reading the CII document header: context (BT-23, BT-24) and the
 * exchanged document (BT-1, BT-2, BT-3, BG-1 notes).
 */
#include "cii/read_parts.h"

#include <stdlib.h>

#include "core/error.h"
#include "facturx/profile.h"

/* Reads the BT-24 guideline and records the profile it names. */
static int read_guideline(fx_cii_reader *r, const xmlNode *ctx, int *profile_out)
{
	xmlNode *el = fx_cii_find(ctx, "ram:GuidelineSpecifiedDocumentContextParameter/ram:ID");
	bool oom;
	char *id = fx_cii_node_text(el, &oom);
	if (oom)
		return fx_error_oom();
	fx_profile profile;
	*profile_out = -1;
	if (id && fx_profile_from_guideline_id(id, &profile) == FX_OK) {
		*profile_out = (int)profile;
		r->inv->has_profile = true;
		r->inv->profile = profile;
	}
	free(id);
	fx_error_clear();
	return FX_OK;
}

/* Reads the BG-1 notes. */
static int read_notes(fx_cii_reader *r, const xmlNode *doc)
{
	for (xmlNode *n = fx_cii_find(doc, "ram:IncludedNote"); n; n = fx_cii_next(n)) {
		fx_note tmp = {0};
		FX_CII_TRY(fx_cii_text(r, n, "ram:Content", "BT-22 invoice note", &tmp.content));
		FX_CII_TRY(fx_cii_text(r, n, "ram:SubjectCode", "BT-21 invoice note subject code",
		                       &tmp.subject_code));
		if (!tmp.content && !tmp.subject_code)
			continue;
		fx_note *note;
		FX_CII_TRY(fx_invoice_add_note(r->inv, &note));
		*note = tmp;
	}
	return FX_OK;
}

/* Reads the context and the exchanged document. */
int fx_cii_read_document(fx_cii_reader *r, const xmlNode *root, int *profile_out)
{
	fx_invoice *inv = r->inv;
	xmlNode *ctx = fx_cii_find(root, "rsm:ExchangedDocumentContext");
	FX_CII_TRY(read_guideline(r, ctx, profile_out));
	FX_CII_TRY(fx_cii_text(r, ctx,
	                       "ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID",
	                       "BT-23 business process type", &inv->business_process));
	xmlNode *doc = fx_cii_find(root, "rsm:ExchangedDocument");
	FX_CII_TRY(fx_cii_text(r, doc, "ram:ID", "BT-1 invoice number", &inv->number));
	FX_CII_TRY(fx_cii_text(r, doc, "ram:TypeCode", "BT-3 invoice type code", &inv->type_code));
	FX_CII_TRY(fx_cii_date(r, doc, "ram:IssueDateTime/udt:DateTimeString",
	                       "BT-2 invoice issue date", &inv->issue_date));
	return read_notes(r, doc);
}
