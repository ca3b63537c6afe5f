/*
 * Flow states and invoice statuses of Chorus Pro in plain words, and which
 * of them are final.
 */
#include <stddef.h>
#include <string.h>

#include "facturx/chorus.h"

/** A code and what it means. */
typedef struct code_text {
	const char *code;
	const char *text;
} code_text;

static const code_text flow_states[] = {
    {"IN_DEPOT_PORTAIL_EN_ATTENTE_TRAITEMENT_SE_CPP", "received, waiting to be processed"},
    {"IN_RECU", "received"},
    {"IN_EN_ATTENTE_TRAITEMENT_CPP", "waiting to be processed"},
    {"IN_EN_COURS_TRAITEMENT_CPP", "being processed"},
    {"IN_TRAITE_SE_CPP", "processed, being integrated"},
    {"IN_EN_ATTENTE_RETRAITEMENT_CPP", "waiting to be processed again"},
    {"IN_A_RELANCER", "to be processed again by the platform"},
    {"IN_ERREUR_INTERNE", "internal error of the platform"},
    {"IN_INTEGRE", "integrated: every invoice of the flow was accepted"},
    {"IN_INTEGRE_PARTIEL", "partly integrated: some invoices were rejected (see the errors)"},
    {"IN_REJETE", "rejected: no invoice of the flow was accepted (see the errors)"},
    {"IN_INCIDENTE", "technical incident: the flow must be deposited again"},
    {"QP_IRRECEVABLE", "not receivable"},
    {"QP_RECEVABLE", "receivable"},
    {"QP_RECEVABLE_AVEC_ERREUR", "receivable with errors"},
};

static const code_text invoice_statuses[] = {
    {"BROUILLON", "draft"},
    {"DEPOSEE", "deposited"},
    {"EN_COURS_ACHEMINEMENT", "being routed to the buyer"},
    {"MISE_A_DISPOSITION", "made available to the buyer"},
    {"A_RECYCLER", "to be re-routed: change the recipient or service (recycler)"},
    {"SUSPENDUE", "suspended by the buyer: complete it (completer)"},
    {"REJETEE", "rejected by the buyer"},
    {"SERVICE_FAIT", "service certified as done"},
    {"MANDATEE", "payment ordered (mandated)"},
    {"MISE_EN_PAIEMENT", "payment sent"},
    {"COMPTABILISEE", "accounted for by the buyer"},
    {"MISE_A_DISPOSITION_COMPTABLE", "made available to the public accountant"},
    {"ABANDONNEE", "abandoned"},
    {"SUPPRIMEE", "deleted"},
    {"ASSOCIEE", "associated"},
    {"A_VALIDER_1", "waiting for the first validation"},
    {"VALIDEE_1", "validated (first validation)"},
    {"REFUSEE_1", "refused at the first validation"},
    {"A_VALIDER_2", "waiting for the second validation"},
    {"VALIDEE_2", "validated (second validation)"},
    {"REFUSEE_2", "refused at the second validation"},
    {"A_VALIDER_MOE", "waiting for the project manager (MOE)"},
    {"MISE_A_DISPOSITION_MOE", "made available to the project manager (MOE)"},
    {"PRISE_EN_COMPTE_MOE", "taken into account by the project manager (MOE)"},
    {"REFUSEE_MOE", "refused by the project manager (MOE)"},
    {"TRANSMISE_MOA", "sent to the contracting authority (MOA)"},
    {"MISE_A_DISPOSITION_MOA", "made available to the contracting authority (MOA)"},
    {"PRISE_EN_COMPTE_MOA", "taken into account by the contracting authority (MOA)"},
    {"REFUSEE_MOA", "refused by the contracting authority (MOA)"},
    {"PRISE_EN_COMPTE_DESTINATAIRE", "taken into account by the buyer"},
    {"A_COMPLETER", "to be completed by the supplier"},
    {"COMPLETEE", "completed"},
    {"NON_CONFORME", "not compliant"},
    {"REMPLACEE_PAR_A22", "replaced by a tacit final statement (A22)"},
    {"TECHNIQUE_INCONNU", "unknown technical status"},
};

/* Finds code in table (n entries); returns its text or NULL. */
static const char *lookup(const code_text *table, size_t n, const char *code)
{
	for (size_t i = 0; code && i < n; i++)
		if (strcmp(table[i].code, code) == 0)
			return table[i].text;
	return NULL;
}

/* Explains a flow state. */
const char *fx_chorus_flow_state_text(const char *state)
{
	return lookup(flow_states, sizeof flow_states / sizeof flow_states[0], state);
}

/* Explains an invoice status. */
const char *fx_chorus_invoice_status_text(const char *status)
{
	return lookup(invoice_statuses, sizeof invoice_statuses / sizeof invoice_statuses[0],
	              status);
}

/* Tells whether a flow state is final. */
bool fx_chorus_flow_state_final(const char *state)
{
	return state &&
	       (strcmp(state, "IN_INTEGRE") == 0 || strcmp(state, "IN_INTEGRE_PARTIEL") == 0 ||
	        fx_chorus_flow_state_failed(state));
}

/* Tells whether a flow state is a failure. */
bool fx_chorus_flow_state_failed(const char *state)
{
	return state && (strcmp(state, "IN_REJETE") == 0 || strcmp(state, "IN_INCIDENTE") == 0);
}

/* Tells whether an invoice status closes the supplier's follow-up. */
bool fx_chorus_invoice_status_closing(const char *status)
{
	static const char *const closing[] = {
	    "MISE_EN_PAIEMENT", "COMPTABILISEE", "MISE_A_DISPOSITION_COMPTABLE",
	    "REJETEE",          "ABANDONNEE",    "SUPPRIMEE",
	    "REMPLACEE_PAR_A22"};
	for (size_t i = 0; status && i < sizeof closing / sizeof closing[0]; i++)
		if (strcmp(status, closing[i]) == 0)
			return true;
	return false;
}
