/*
 * Internal: printable forms of party data (identifiers, addresses, IBAN).
 */
#ifndef FX_RENDER_PARTY_H
#define FX_RENDER_PARTY_H

#include <stddef.h>

#include "facturx/invoice.h"
#include "render/layout.h"

/* Writes id with its digits grouped for reading: SIREN "823 456 789", SIRET
 * "823 456 789 00012", IBAN in blocks of four; other ids unchanged. */
const char *fx_party_group(const char *id, int iban, char *buf, size_t size);

/* Writes the SIREN of party p (BT-30 with scheme 0002, or 9 digits), or NULL. */
const char *fx_party_siren(const fx_party *p, char *buf, size_t size);

/* Writes the SIRET of party p (an identifier with scheme 0009), or NULL. */
const char *fx_party_siret(const fx_party *p, char *buf, size_t size);

/* Draws the address a at x,y in width w (country shown when show_country),
 * *h receives the height. */
int fx_party_address(fx_layout *L, const fx_address *a, int show_country, float x, float y, float w,
                     float *h);

/* Writes address a on one line ("3 rue X, 38130 Échirolles") into buf. */
const char *fx_party_address_line(fx_layout *L, const fx_address *a, int show_country, char *buf,
                                  size_t size);

/* True when seller and buyer countries differ (countries are then printed). */
int fx_party_foreign(const fx_invoice *inv);

#endif
