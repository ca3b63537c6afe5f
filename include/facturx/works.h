/*
 * facturx - works invoices (marchés publics de travaux): the projet de
 * décompte mensuel, the projet de décompte final and the décompte général et
 * définitif (DGD) of a titulaire (or mandataire), a cotraitant or a
 * sous-traitant en paiement direct. See docs/works-invoices.md.
 *
 * A works statement is described in JSON: an invoice description (seller,
 * buyer, payment, notes...) without lines, plus a "works" section (the
 * marché, the depositor's role, the statement number and period, the
 * progress to date of every work item, index values, bonuses, penalties).
 * The statements of one marché form a series: statement k is computed from
 * its own progress to date and the figures of statements 1..k-1, kept in a
 * series state (a JSON file the command line keeps) or rebuilt from the
 * earlier descriptions. The result is the three-column décompte (total to
 * date | previous cumulative | this statement) and an fx_invoice stating
 * this statement's amount, ready for fx_generate_* (the page shows the
 * décompte when fx_generate_options.works points to the statement).
 *
 * Amounts are exact decimals; every rounding is half up to the cent unless
 * docs/works-invoices.md says otherwise (the revision coefficient).
 */
#ifndef FACTURX_WORKS_H
#define FACTURX_WORKS_H

#include <stdbool.h>
#include <stddef.h>

#include "common.h"
#include "decimal.h"
#include "invoice.h"
#include "profile.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Who deposits the statement. */
typedef enum fx_works_role {
	FX_WORKS_TITULAIRE = 0, /* the contractor (sole holder of the marché) */
	FX_WORKS_MANDATAIRE,    /* the titulaire as mandataire of a groupement */
	FX_WORKS_COTRAITANT,    /* a member of a groupement, paid for its share */
	FX_WORKS_SOUS_TRAITANT  /* a subcontractor paid directly by the buyer */
} fx_works_role;

/** What the statement is. */
typedef enum fx_works_kind {
	FX_WORKS_MONTHLY = 0, /* projet de décompte mensuel */
	FX_WORKS_FINAL,       /* projet de décompte final */
	FX_WORKS_DGD          /* décompte général et définitif */
} fx_works_kind;

/** The rows of the décompte, in the order of the payment certificate. */
typedef enum fx_works_row {
	FX_WORKS_ROW_ADVANCE_PAID = 0, /* a) advance paid (avance versée), for information */
	FX_WORKS_ROW_WORKS,            /* b) works before tax at base prices */
	FX_WORKS_ROW_REVISION,         /* c) price revision */
	FX_WORKS_ROW_BONUSES,          /* d) bonuses (primes) */
	FX_WORKS_ROW_NET,              /* b + c + d, before tax */
	FX_WORKS_ROW_VAT,              /* e) VAT */
	FX_WORKS_ROW_GROSS,            /* f) total with tax */
	FX_WORKS_ROW_RETENTION,        /* g) retention (retenue de garantie) */
	FX_WORKS_ROW_ADVANCE_REPAID,   /* h) advance reimbursement */
	FX_WORKS_ROW_PENALTIES,        /* penalties */
	FX_WORKS_ROW_DEDUCTIONS,       /* i) total to deduct */
	FX_WORKS_ROW_DUE,              /* j) net to pay, f - i */
	FX_WORKS_ROW_SUBCONTRACTORS,   /* k) of which due to subcontractors paid directly */
	FX_WORKS_ROW_PAYABLE,          /* j - k: payable to the depositor */
	FX_WORKS_ROW_COUNT
} fx_works_row;

/** One row of the décompte in three columns. */
typedef struct fx_works_columns {
	fx_decimal to_date;  /* total to date (montant total à ce jour) */
	fx_decimal previous; /* cumulative of the previous statements */
	fx_decimal current;  /* this statement: to_date - previous */
} fx_works_columns;

/** A party of the marché (buyer/MOA, MOE, titulaire). */
typedef struct fx_works_party {
	char *name;
	char *siret;        /* 14 digits */
	char *service_code; /* Chorus Pro service code (MOA: BT-10) */
	char *engagement;   /* engagement juridique (MOA: BT-13) */
	fx_address address; /* postal address (MOA: BG-8 when the description has no buyer) */
} fx_works_party;

/** An amendment (avenant) of the marché. */
typedef struct fx_works_amendment {
	char *number;
	fx_date date;
	fx_decimal amount; /* before tax; negative when it lowers the marché */
	char *label;
} fx_works_amendment;

/** A work item of the bordereau (BPU) or of the DPGF. */
typedef struct fx_works_item {
	char *id;              /* item number, e.g. "3.1" */
	char *label;           /* designation */
	char *unit;            /* UN/ECE rec. 20 code (MTQ, MTK, C62...) */
	bool percent;          /* progress stated as a percentage of the item */
	fx_decimal quantity;   /* quantity of the marché */
	fx_decimal unit_price; /* unit price before tax, at base prices */
	fx_decimal amount;     /* round2(quantity x unit_price) */
	char *amendment;       /* number of the amendment that added it, or NULL */
} fx_works_item;

/** The marché as described (see docs/works-invoices.md for every key). */
typedef struct fx_works_contract {
	char *number;              /* numéro de marché (BT-12) */
	char *lot;                 /* lot (BT-17) */
	char *object;              /* objet du marché */
	fx_works_party buyer;      /* maître d'ouvrage (MOA) */
	fx_works_party moe;        /* maître d'œuvre */
	fx_works_party titulaire;  /* titulaire or mandataire (cotraitant/sous-traitant) */
	fx_decimal initial_amount; /* before tax */
	fx_works_amendment *amendments;
	size_t n_amendments;
	fx_decimal amount;   /* initial + amendments, before tax */
	fx_decimal vat_rate; /* percent, default 20 */
	/* Advance (avance); has_advance false: none. */
	bool has_advance;
	fx_decimal advance_rate;   /* percent of the initial amount with tax */
	fx_decimal advance_amount; /* given, or rate x initial with tax */
	fx_decimal advance_start;  /* reimbursement starts at this % executed (65) */
	fx_decimal advance_end;    /* and is complete at this % (80) */
	fx_date advance_paid_on;
	/* Retention (retenue de garantie). */
	fx_decimal retention_rate; /* percent, default 5; 0 with a guarantee */
	char *guarantee;           /* the guarantee replacing it, or NULL */
	/* Price revision Cn = a + b x In / I0; has_revision false: firm prices. */
	bool has_revision;
	char *index_name;                 /* e.g. "BT01" */
	fx_decimal fixed_part;            /* a */
	fx_decimal variable_part;         /* b */
	fx_decimal base_index;            /* I0 */
	int base_year, base_month;        /* month of I0 */
	int coefficient_decimals;         /* Cn is rounded to this many decimals (3) */
	fx_rounding coefficient_rounding; /* CEILING ("up"), HALF_UP or DOWN */
	/* Penalties for delay: days x per_day when per_day is given, else
	 * round2(days x amount / divisor) (divisor 3000: 1/3000 per day). */
	fx_decimal penalty_per_day; /* absent: use the divisor */
	fx_decimal penalty_divisor; /* default 3000 */
	fx_decimal penalty_cap;     /* cap of the penalties to date (absent: none) */
	fx_works_item *items;
	size_t n_items;
} fx_works_contract;

/** One work item in the annex of a statement. */
typedef struct fx_works_item_row {
	const fx_works_item *item;
	fx_decimal progress;          /* quantity, or percent, to date */
	fx_decimal previous_progress; /* at the previous statement */
	fx_works_columns amount;      /* amounts at base prices */
} fx_works_item_row;

/** The revision of one statement of the series, as known now. */
typedef struct fx_works_revision_row {
	unsigned statement;     /* statement number */
	int year, month;        /* the month whose index applies */
	fx_decimal index;       /* In */
	bool provisional;       /* In is provisional */
	fx_decimal coefficient; /* Cn, rounded */
	fx_decimal works;       /* that statement's works at base prices (its delta) */
	fx_decimal revision;    /* round2(works x (Cn - 1)) with In as known now */
	fx_decimal previous;    /* as included in the previous cumulative column */
} fx_works_revision_row;

/** A bonus or a penalty of this statement. */
typedef struct fx_works_event {
	unsigned statement; /* the statement that granted or applied it */
	char *label;
	fx_decimal days;   /* penalty days when given (set), else absent */
	fx_decimal amount; /* before tax (penalties: out of VAT scope) */
} fx_works_event;

/** Sums due to one subcontractor paid directly. */
typedef struct fx_works_direct_payment {
	char *name;
	fx_works_columns amount;
} fx_works_direct_payment;

/** A computed statement: the décompte (see fx_works_compute). */
typedef struct fx_works_statement {
	fx_works_kind kind;
	fx_works_role role;
	unsigned number;            /* statement number in the series */
	unsigned previous_number;   /* statement of the previous cumulative column (0: none) */
	const char *invoice_number; /* BT-1 */
	fx_date issue_date;         /* BT-2 */
	fx_period period;
	const char *cadre;                 /* BT-23: Chorus Pro cadre de facturation (A4...) */
	const char *currency;              /* BT-5 */
	bool reverse_charge;               /* VAT reverse charge (article 283-2 nonies CGI) */
	bool penalties_withheld;           /* penalties are part of the deductions */
	const fx_works_contract *contract; /* the description's (see below) */
	fx_works_columns rows[FX_WORKS_ROW_COUNT];
	fx_decimal executed_percent; /* works to date / marché amount, 2 decimals */
	fx_works_item_row *items;
	size_t n_items;
	fx_works_revision_row *revisions;
	size_t n_revisions;
	fx_works_event *bonuses; /* granted since the previous column's statement */
	size_t n_bonuses;
	fx_works_event *penalties;
	size_t n_penalties;
	fx_works_direct_payment *direct_payments;
	size_t n_direct_payments;
	struct fx_works_statement_private *priv; /* do not touch */
} fx_works_statement;

/** A works statement description (opaque). */
typedef struct fx_works_description fx_works_description;

/** The series state: the statements recorded so far (opaque). */
typedef struct fx_works_series fx_works_series;

#define FX_WORKS_OPTIONS_VERSION 1
/* fx_works_options.profile: the description's profile, else EN 16931. */
#define FX_WORKS_PROFILE_AUTO (-1)

/** Options of fx_works_invoice (initialise with fx_works_options_init). */
typedef struct fx_works_options {
	unsigned version; /* FX_WORKS_OPTIONS_VERSION */
	int profile;      /* an fx_profile, or FX_WORKS_PROFILE_AUTO: the profile the
	                   * XML will be written in; EXTENDED adds the advance payment
	                   * and financial adjustment elements */
} fx_works_options;

/* Sets opts to the defaults. opts: the options; version:
 * FX_WORKS_OPTIONS_VERSION. Returns FX_OK or FX_EUSAGE. */
FX_EXTERN int fx_works_options_init(fx_works_options *opts, unsigned version);

/* Reads a works statement description from a file. path: the JSON file (a
 * "contract" given as a file name is read relative to its folder); out:
 * receives the description (free with fx_works_description_free). FX_EIO
 * when unreadable, FX_EINVAL when wrong: the message names the file,
 * line:column, the JSON path and what was expected. */
FX_EXTERN int fx_works_read_file(const char *path, fx_works_description **out);

/* Same as fx_works_read_file from memory. data/len: the JSON text; source:
 * its name for messages (may be NULL); base_dir: folder of a contract file
 * name (NULL: the current folder); out: as above. */
FX_EXTERN int fx_works_read_memory(const char *data, size_t len, const char *source,
                                   const char *base_dir, fx_works_description **out);

/* Frees a description. d: may be NULL. */
FX_EXTERN void fx_works_description_free(fx_works_description *d);

/* Returns the marché of description d (valid while d lives). */
FX_EXTERN const fx_works_contract *fx_works_description_contract(const fx_works_description *d);

/* Returns the statement number of description d. */
FX_EXTERN unsigned fx_works_description_number(const fx_works_description *d);

/* Creates an empty series. out: receives it (free with fx_works_series_free). */
FX_EXTERN int fx_works_series_new(fx_works_series **out);

/* Reads a series state written by fx_works_series_write_*. data/len: the
 * JSON; source: its name for messages (may be NULL); out: receives it.
 * FX_EINVAL when it is not a series state (the message says where). */
FX_EXTERN int fx_works_series_read_memory(const char *data, size_t len, const char *source,
                                          fx_works_series **out);

/* Same from a file. path: the state file; out: as above. FX_EIO if unreadable. */
FX_EXTERN int fx_works_series_read_file(const char *path, fx_works_series **out);

/* Writes series s as JSON. out/out_len: receive a malloc'ed text to free(). */
FX_EXTERN int fx_works_series_write_memory(const fx_works_series *s, char **out, size_t *out_len);

/* Writes series s to path atomically (temporary file + rename). */
FX_EXTERN int fx_works_series_write_file(const fx_works_series *s, const char *path);

/* Number of statements recorded in s. */
FX_EXTERN size_t fx_works_series_count(const fx_works_series *s);

/* Frees a series. s: may be NULL. */
FX_EXTERN void fx_works_series_free(fx_works_series *s);

/* Computes the statement that d describes, given the statements recorded
 * in series (NULL: none). The statement number must follow the last one
 * recorded, or be a recorded one (it is then computed from the statements
 * before it). out: receives the statement (free with
 * fx_works_statement_free before d: it refers to d's marché). FX_EINVAL
 * when a statement would be skipped, the series is for another marché or
 * depositor, the kinds are out of order (a monthly statement after the
 * final account, a DGD not after a final account), an index value is
 * missing, or a value is out of range; the message says which. */
FX_EXTERN int fx_works_compute(const fx_works_description *d, const fx_works_series *series,
                               fx_works_statement **out);

/* Records statement st in series s: appended when it follows the last
 * statement; nothing happens when it is the very statement already
 * recorded under its number; FX_EINVAL (naming the first difference) when
 * a recorded statement changed, FX_EINVAL when it would skip a number. */
FX_EXTERN int fx_works_series_record(fx_works_series *s, const fx_works_statement *st);

/* Makes the invoice of statement st: d's invoice part with the lines (this
 * statement's delta per work item, bonuses), the revision as a charge (or
 * an allowance when negative), the deductions in BT-113 with explanatory
 * notes, BT-23 and the marché references; computed (fx_invoice_compute) and
 * checked against the décompte. opts: NULL for the defaults; out: receives
 * the invoice (fx_invoice_free). */
FX_EXTERN int fx_works_invoice(const fx_works_description *d, const fx_works_statement *st,
                               const fx_works_options *opts, fx_invoice **out);

/* Writes the décompte of st as plain text (three columns), in language
 * lang ("fr" or "en"). out: receives a malloc'ed UTF-8 text to free(). */
FX_EXTERN int fx_works_statement_text(const fx_works_statement *st, const char *lang, char **out);

/* Frees a statement. st: may be NULL. */
FX_EXTERN void fx_works_statement_free(fx_works_statement *st);

/* Returns the Chorus Pro cadre de facturation (BT-23) of a statement of
 * kind deposited by role: A4/A7/A8 (titulaire, mandataire), A10/A11
 * (sous-traitant), A13/A14 (cotraitant); NULL when there is none (a DGD is
 * deposited by the titulaire or mandataire only). */
FX_EXTERN const char *fx_works_cadre(fx_works_kind kind, fx_works_role role);

#ifdef __cplusplus
}
#endif

#endif
