/*
 * Lists of reasons why a PDF cannot become PDF/A-3b (fx_pdf_issues).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "pdf/pdf_internal.h"

/* More issues than this are not recorded (a damaged file can have many). */
#define ISSUES_MAX 500

struct fx_pdf_issues {
	fx_pdf_issue *items;
	size_t count, cap;
	size_t errors;
};

/* Identifiers in enum order, starting at FX_PDF_ISSUE_ENCRYPTED. */
static const char *const code_names[] = {"encrypted",
                                         "damaged",
                                         "pdf-version",
                                         "too-many-objects",
                                         "font-not-embedded",
                                         "font-structure",
                                         "font-no-tounicode",
                                         "action",
                                         "additional-actions",
                                         "filter",
                                         "external-stream",
                                         "image",
                                         "xobject",
                                         "extgstate",
                                         "annotation",
                                         "device-colour",
                                         "form",
                                         "misc",
                                         "existing-invoice"};
_Static_assert(sizeof code_names / sizeof *code_names == FX_PDF_ISSUE_EXISTING_INVOICE,
               "one name per issue code");

/* A new empty list. */
fx_pdf_issues *fx_pdf_issues_new(void)
{
	fx_pdf_issues *l = calloc(1, sizeof *l);
	if (!l)
		fx_error_oom();
	return l;
}

/* True when the same code and message are already listed. */
static int already_listed(const fx_pdf_issues *l, fx_pdf_issue_code code, const char *msg)
{
	for (size_t i = 0; i < l->count; i++)
		if (l->items[i].code == code && strcmp(l->items[i].message, msg) == 0)
			return 1;
	return 0;
}

/* Appends an issue with a formatted message. */
int fx_pdf_issue_add(fx_pdf_issues *l, fx_pdf_issue_code code, fx_pdf_severity sev, int object,
                     int page, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (l->count >= ISSUES_MAX || already_listed(l, code, msg))
		return FX_OK;
	if (l->count == l->cap) {
		size_t nc = l->cap ? l->cap * 2 : 8;
		fx_pdf_issue *p = realloc(l->items, nc * sizeof *p);
		if (!p)
			return fx_error_oom();
		l->items = p;
		l->cap = nc;
	}
	char *copy = strdup(msg);
	if (!copy)
		return fx_error_oom();
	l->items[l->count++] = (fx_pdf_issue){code, sev, object, page, copy};
	if (sev == FX_PDF_SEVERITY_ERROR)
		l->errors++;
	return FX_OK;
}

/* Number of issues. */
size_t fx_pdf_issues_count(const fx_pdf_issues *list)
{
	return list ? list->count : 0;
}

/* Number of error-level issues. */
size_t fx_pdf_issues_error_count(const fx_pdf_issues *list)
{
	return list ? list->errors : 0;
}

/* Issue at index, or NULL. */
const fx_pdf_issue *fx_pdf_issues_get(const fx_pdf_issues *list, size_t index)
{
	return list && index < list->count ? &list->items[index] : NULL;
}

/* Frees the list. */
void fx_pdf_issues_free(fx_pdf_issues *list)
{
	if (!list)
		return;
	for (size_t i = 0; i < list->count; i++)
		free((char *)list->items[i].message);
	free(list->items);
	free(list);
}

/* Stable identifier of a code. */
const char *fx_pdf_issue_code_name(fx_pdf_issue_code code)
{
	size_t i = (size_t)code - FX_PDF_ISSUE_ENCRYPTED;
	if ((int)code < FX_PDF_ISSUE_ENCRYPTED || i >= sizeof code_names / sizeof *code_names)
		return "unknown";
	return code_names[i];
}
