/*
 * Printing what Chorus Pro says: a structure with its obligations, and the
 * status of a flow with its errors and invoices.
 */
#include <stdio.h>

#include "chorus.h"

/* Returns "required" or "not required". */
static const char *required(bool yes)
{
	return yes ? "required" : "not required";
}

/* Prints one service line. */
static void print_service(const fx_chorus_service *sv)
{
	printf("  %-20s %-8s %s", sv->code, sv->active ? "active" : "inactive",
	       sv->name ? sv->name : "");
	if (sv->engagement_required >= 0)
		printf("  [engagement number %s]", required(sv->engagement_required == 1));
	printf("\n");
}

/* Prints a structure. */
void fx_cli_chorus_print_structure(const fx_chorus_structure *s, const char *service_code)
{
	printf("%s %s: %s\n", s->identifier_type ? s->identifier_type : "SIRET", s->identifier,
	       s->name ? s->name : "(no name)");
	if (s->source == FX_CHORUS_SOURCE_API)
		printf("  source:                     Chorus Pro API (structure id %lld)\n",
		       (long long)s->id);
	else
		printf("  source:                     imported directory (%s)\n",
		       s->directory_date ? s->directory_date : "date unknown");
	printf("  active:                     %s\n", s->active ? "yes" : "no");
	printf("  service code (BT-10):       %s\n", required(s->service_required));
	printf("  engagement number (BT-13):  %s\n", required(s->engagement_required));
	printf("  service code or engagement: %s\n", required(s->service_or_engagement));
	printf("  MISE_EN_PAIEMENT status:    %s\n",
	       s->payment_status_hidden ? "not reported" : "reported");
	printf("services (%zu):\n", s->n_services);
	for (size_t i = 0; i < s->n_services; i++)
		print_service(&s->services[i]);
	if (service_code && !fx_chorus_structure_service(s, service_code))
		printf("service %s: not found\n", service_code);
}

/* Prints a code and its plain words. */
static void print_code(const char *code, const char *text)
{
	printf("%s%s%s", code ? code : "(none)", text ? " - " : "", text ? text : "");
}

/* Prints the errors of a report. */
static void print_errors(const fx_chorus_flow_report *r)
{
	if (r->n_dp_errors)
		printf("  rejected invoices (%zu):\n", r->n_dp_errors);
	for (size_t i = 0; i < r->n_dp_errors; i++) {
		const fx_chorus_dp_error *e = &r->dp_errors[i];
		printf(
		    "    invoice %s (buyer %s): %s\n", e->invoice_number ? e->invoice_number : "?",
		    e->recipient ? e->recipient : "?", e->message ? e->message : "no reason given");
	}
	if (r->n_technical_errors)
		printf("  technical errors (%zu):\n", r->n_technical_errors);
	for (size_t i = 0; i < r->n_technical_errors; i++) {
		const fx_chorus_technical_error *e = &r->technical_errors[i];
		printf("    %s%s%s: %s\n", e->code ? e->code : "?", e->nature ? " " : "",
		       e->nature ? e->nature : "", e->message ? e->message : "no text");
	}
}

/* Prints one invoice and its history. */
static void print_invoice(const fx_chorus_invoice *inv)
{
	printf("    %s (id %lld, buyer %s): ", inv->number ? inv->number : "?", (long long)inv->id,
	       inv->recipient ? inv->recipient : "?");
	print_code(inv->status, fx_chorus_invoice_status_text(inv->status));
	printf("\n");
	for (size_t k = 0; k < inv->n_history; k++) {
		const fx_chorus_status_change *c = &inv->history[k];
		printf("      %s  ", c->date ? c->date : "?");
		print_code(c->status, fx_chorus_invoice_status_text(c->status));
		printf("%s%s\n", c->comment ? ": " : "", c->comment ? c->comment : "");
	}
}

/* Prints the status of a flow. */
void fx_cli_chorus_print_status(const fx_chorus_flow_status *s)
{
	const fx_chorus_flow_report *r = &s->report;
	printf("flow %s\n  state: ", r->flow_number ? r->flow_number : "?");
	print_code(r->state, fx_chorus_flow_state_text(r->state));
	printf("\n");
	if (r->state_date)
		printf("  since: %s\n", r->state_date);
	if (r->deposit_date || r->file_name)
		printf("  deposited: %s, file %s\n", r->deposit_date ? r->deposit_date : "?",
		       r->file_name ? r->file_name : "?");
	print_errors(r);
	if (fx_chorus_flow_state_final(r->state) && !fx_chorus_flow_state_failed(r->state))
		printf("  invoices (%zu):\n", s->n_invoices);
	for (size_t i = 0; i < s->n_invoices; i++)
		print_invoice(&s->invoices[i]);
}
