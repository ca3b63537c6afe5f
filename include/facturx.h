/*
 * facturx - Factur-X electronic invoices: model, computation, CII XML, the
 * invoice page and the PDF/A-3b Factur-X file.
 * Include this header to get the whole public API.
 */
#ifndef FACTURX_H
#define FACTURX_H

#include "facturx/common.h"
#include "facturx/decimal.h"
#include "facturx/invoice.h"
#include "facturx/profile.h"
#include "facturx/compute.h"
#include "facturx/json.h"
#include "facturx/cii.h"
#include "facturx/render.h"
#include "facturx/pdf.h"
#include "facturx/generate.h"
#include "facturx/validate.h"
#include "facturx/works.h"
#include "facturx/chorus.h"
#include "facturx/csv.h"
#include "facturx/batch.h"

#endif
