/*
 * Internal: the stages of a validation and the report they fill.
 *
 * validate.c runs them in order: container (PDF input) -> secure XML parse
 * -> structure (profile XSD verdict) -> rule layers through the engine
 * (EN 16931, Factur-X, French, Chorus Pro) -> container/XML consistency.
 */
#ifndef FX_VALIDATE_STAGES_H
#define FX_VALIDATE_STAGES_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>

#include "facturx/validate.h"

/* Adds a finding to report r; the strings are copied. layer/severity/counts:
 * as in fx_finding; rule_id: never NULL; bt, xpath: may be NULL; line: 0
 * when unknown; message: already in the report's language. Returns FX_OK
 * or FX_ENOMEM. */
int fx_report_add(fx_report *r, fx_layer layer, fx_severity severity, bool counts,
                  const char *rule_id, const char *bt, const char *xpath, long line,
                  const char *message);

/* True when report r's messages are in French. */
bool fx_report_is_french(const fx_report *r);

/* Creates an empty report. source: the file's name (copied, may be NULL);
 * french: messages in French. Returns NULL when out of memory. */
fx_report *fx_report_new(const char *source, bool french);

/* Records what the report was made from: "pdf" or "xml" (static string). */
void fx_report_set_input_kind(fx_report *r, const char *kind);

/* Records BT-24 as found in the XML (copied; NULL when absent). */
void fx_report_set_guideline(fx_report *r, const char *guideline);

/* Records the profile validated against (has_profile false: none). */
void fx_report_set_profile(fx_report *r, bool has_profile, fx_profile profile);

/* Marks the report as not fully produced because memory ran out. */
void fx_report_set_failed(fx_report *r);

/* True when a finding of rule_id (any layer when layer is 0) is in r. */
bool fx_report_has(const fx_report *r, fx_layer layer, const char *rule_id);

/* Removes every finding of layer l added to r after the first `from` ones
 * (from: a count returned by fx_report_count before). */
void fx_report_drop_layer(fx_report *r, fx_layer l, size_t from);

/* Sorts the findings of r by layer, then line (stable). */
void fx_report_sort(fx_report *r);

/* Layer 6 (rules_fr*.c): true when the French rules apply to doc under
 * FX_SWITCH_AUTO (see docs/validate.md). has_profile/profile: the profile
 * validated against (BT-24's or the one the caller forces). */
bool fx_fr_applies(xmlDocPtr doc, bool has_profile, fx_profile profile);

/* Layer 7 (rules_chorus*.c): true when the Chorus Pro rules apply to doc
 * under FX_SWITCH_AUTO (see docs/validate.md). */
bool fx_chorus_applies(xmlDocPtr doc);

/* Layer 1 (container.c): checks the Factur-X PDF pdf/len and adds its
 * findings to r. xml/xml_len: receive the malloc'ed embedded invoice XML
 * (NULL when none was found); level: receives the XMP fx:ConformanceLevel
 * (malloc'ed, NULL when absent). Returns FX_OK, or FX_EINVAL when the data
 * cannot be opened as a PDF at all. */
int fx_container_check(const void *pdf, size_t len, const char *source, fx_report *r,
                       unsigned char **xml, size_t *xml_len, char **level);

/* Layer 1, after parsing (container.c): compares the XMP conformance level
 * with the profile the XML declares (has_profile false: BT-24 is not a
 * Factur-X profile) and adds a finding when they disagree. */
void fx_container_check_level(const char *level, bool has_profile, fx_profile profile,
                              fx_report *r);

/* Layer 2 (xml_secure.c): parses data/len without network, DTD loading or
 * entity expansion, within opts' size and depth limits, with line numbers.
 * Problems become layer-2 findings in r (well-formedness, limits, DOCTYPE).
 * Returns the document, or NULL when it cannot be used. */
xmlDocPtr fx_xml_parse_secure(const void *data, size_t len, const fx_validate_options *opts,
                              fx_report *r);

/* Layer 3 (structure*.c): checks doc against the structure of profile
 * (has_profile false: the CII D16B structure) and adds one finding per
 * violation. Returns true when the structure is valid. */
bool fx_structure_check(xmlDocPtr doc, bool has_profile, fx_profile profile, fx_report *r);

#endif
