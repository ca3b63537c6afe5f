/*
 * Layer 1, PDF/A-3 objects: the output intent (ISO 19005-3 6.2.3) and the
 * object rules of the src/pdf check (encryption, fonts, actions, filters,
 * device colour against the file's own output intent, ...), each issue
 * code becoming a finding with its own rule id.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pdf/pdf_internal.h"
#include "validate/container_internal.h"

/* Largest ICC profile read. */
#define ICC_MAX ((size_t)16 << 20)

/* Rule id and French text of each issue code (NULL id: not reported). */
static const struct {
	const char *id;
	const char *fr;
} issue_rules[] = {
    [FX_PDF_ISSUE_ENCRYPTED] = {"FX-PDF-ENCRYPTED", "le PDF est chiffré (PDF/A-3 6.1.3)"},
    [FX_PDF_ISSUE_DAMAGED] = {"FX-PDF-DAMAGED",
                              "le PDF est endommagé : qpdf a dû réparer sa structure"},
    [FX_PDF_ISSUE_VERSION] = {NULL, NULL}, /* the header rule covers it */
    [FX_PDF_ISSUE_TOO_MANY_OBJECTS] = {"FX-PDF-OBJECTS",
                                       "le PDF a plus de 8 388 607 objets (PDF/A-3 6.1.13)"},
    [FX_PDF_ISSUE_FONT_NOT_EMBEDDED] = {"FX-PDF-FONT",
                                        "une police n'est pas incorporée (PDF/A-3 6.2.11.4)"},
    [FX_PDF_ISSUE_FONT_STRUCTURE] = {"FX-PDF-FONT",
                                     "une police composite est mal construite (PDF/A-3 "
                                     "6.2.11.3)"},
    [FX_PDF_ISSUE_FONT_NO_TOUNICODE] = {"FX-PDF-TOUNICODE",
                                        "une police n'a pas de table ToUnicode (PDF/A-3 "
                                        "6.2.11.7)"},
    [FX_PDF_ISSUE_ACTION] = {"FX-PDF-ACTION",
                             "action interdite (JavaScript, Launch, ...) (PDF/A-3 6.5.1)"},
    [FX_PDF_ISSUE_ADDITIONAL_ACTIONS] = {"FX-PDF-ACTION",
                                         "actions supplémentaires (/AA) ou action de champ de "
                                         "formulaire (PDF/A-3 6.5.2, 6.4.1)"},
    [FX_PDF_ISSUE_FILTER] = {"FX-PDF-FILTER",
                             "filtre LZWDecode ou Crypt interdit (PDF/A-3 6.1.7.2)"},
    [FX_PDF_ISSUE_EXTERNAL_STREAM] = {"FX-PDF-FILTER",
                                      "flux externe (/F, /FFilter, /FDecodeParms) (PDF/A-3 "
                                      "6.1.7.1)"},
    [FX_PDF_ISSUE_IMAGE] = {"FX-PDF-IMAGE",
                            "image avec /Alternates, /OPI ou /Interpolate true (PDF/A-3 6.2.8)"},
    [FX_PDF_ISSUE_XOBJECT] = {"FX-PDF-XOBJECT",
                              "XObject PostScript, de référence ou avec OPI (PDF/A-3 6.2.9)"},
    [FX_PDF_ISSUE_EXTGSTATE] = {"FX-PDF-EXTGSTATE",
                                "état graphique avec fonction de transfert, phase de trame ou "
                                "mode de fusion non standard (PDF/A-3 6.2.5, 6.2.10)"},
    [FX_PDF_ISSUE_ANNOTATION] = {"FX-PDF-ANNOTATION",
                                 "annotation d'un type interdit ou aux indicateurs incorrects "
                                 "(PDF/A-3 6.3)"},
    [FX_PDF_ISSUE_DEVICE_COLOUR] = {"FX-PDF-DEVICE-COLOUR",
                                    "espace colorimétrique dépendant du périphérique non couvert "
                                    "par l'intention de sortie PDF/A (PDF/A-3 6.2.4.3)"},
    [FX_PDF_ISSUE_FORM] = {"FX-PDF-FORM", "formulaire XFA ou NeedAppearances (PDF/A-3 6.4)"},
    [FX_PDF_ISSUE_MISC] = {"FX-PDF-MISC", "présentations alternatives, étapes de présentation ou "
                                          "/Requirements (PDF/A-3 6.10, 6.11)"},
    [FX_PDF_ISSUE_EXISTING_INVOICE] = {NULL, NULL}, /* the attachment rules cover it */
};

/* Colour components of an ICC colour space signature, or 0. */
static int icc_components(const unsigned char *sig)
{
	if (!memcmp(sig, "RGB ", 4))
		return 3;
	if (!memcmp(sig, "CMYK", 4))
		return 4;
	if (!memcmp(sig, "GRAY", 4))
		return 1;
	return 0;
}

/* Checks the ICC profile of a PDF/A output intent; returns its number of
 * components, or 0 when it is not usable (a finding is added). */
static int check_profile(fx_cont *c, qpdf_oh oi)
{
	qpdf_data q = c->reader->q;
	qpdf_oh prof = qpdf_oh_get_key_if_dict(q, oi, "/DestOutputProfile");
	unsigned char *icc = NULL;
	size_t len = 0;
	const char *en = NULL, *fr = NULL;
	if (!qpdf_oh_is_stream(q, prof) ||
	    fx_qpdf_stream_read(q, prof, ICC_MAX, c->source, "ICC profile", &icc, &len) < 0) {
		en = "has no readable /DestOutputProfile ICC stream";
		fr = "n'a pas de flux ICC /DestOutputProfile lisible";
	} else if (len < 128 || memcmp(icc + 36, "acsp", 4)) {
		en = "has a /DestOutputProfile that is not an ICC profile";
		fr = "a un /DestOutputProfile qui n'est pas un profil ICC";
	} else if (memcmp(icc + 12, "mntr", 4) && memcmp(icc + 12, "prtr", 4)) {
		en = "has an ICC profile whose device class is neither mntr nor prtr";
		fr = "a un profil ICC dont la classe n'est ni mntr ni prtr";
	} else if (!icc_components(icc + 16)) {
		en = "has an ICC profile of an unsupported colour space";
		fr = "a un profil ICC d'un espace colorimétrique non pris en charge";
	} else if (icc[8] >= 5) {
		en = "has an ICC profile of version 5 or later";
		fr = "a un profil ICC de version 5 ou plus";
	}
	int n = en ? 0 : icc_components(icc + 16);
	long long declared = 0;
	qpdf_oh dict = n ? qpdf_oh_get_dict(q, prof) : 0;
	qpdf_oh nkey = n ? qpdf_oh_get_key_if_dict(q, dict, "/N") : 0;
	if (n && (!qpdf_oh_get_value_as_longlong(q, nkey, &declared) || declared != n)) {
		en = "has an ICC stream whose /N does not match the profile's colour space";
		fr = "a un flux ICC dont /N ne correspond pas à l'espace colorimétrique du profil";
		n = 0;
	}
	if (nkey)
		qpdf_oh_release(q, nkey);
	if (dict)
		qpdf_oh_release(q, dict);
	qpdf_oh_release(q, prof);
	free(icc);
	if (qpdf_has_error(q))
		qpdf_get_error(q);
	if (en)
		fx_cont_add(c, "FX-PDF-OUTPUT-INTENT", FX_SEVERITY_FATAL,
		            "the PDF/A output intent %s (PDF/A-3 6.2.3)",
		            "l'intention de sortie PDF/A %s (PDF/A-3 6.2.3)",
		            fx_report_is_french(c->report) ? fr : en);
	return n;
}

/* Checks the /OutputIntents: GTS_PDFA1 entries, one profile. */
void fx_cont_check_output_intent(fx_cont *c)
{
	qpdf_data q = c->reader->q;
	qpdf_oh root = qpdf_get_root(q);
	qpdf_oh ois = qpdf_oh_get_key(q, root, "/OutputIntents");
	int n = qpdf_oh_is_array(q, ois) ? qpdf_oh_get_array_n_items(q, ois) : 0;
	int first_profile = 0, pdfa = 0;
	bool differ = false;
	for (int i = 0; i < n; i++) {
		qpdf_oh oi = qpdf_oh_get_array_item(q, ois, i);
		const char *s = fx_qpdf_key_name(q, oi, "/S");
		bool is_pdfa = s && !strcmp(s, "/GTS_PDFA1"); /* s dies at the next call */
		qpdf_oh prof = qpdf_oh_get_key_if_dict(q, oi, "/DestOutputProfile");
		int id = qpdf_oh_is_indirect(q, prof) ? qpdf_oh_get_object_id(q, prof) : -1;
		if (qpdf_oh_is_stream(q, prof)) {
			if (first_profile && id != first_profile)
				differ = true;
			if (!first_profile)
				first_profile = id;
		}
		qpdf_oh_release(q, prof);
		if (is_pdfa && !pdfa++)
			c->oi_components = check_profile(c, oi);
		qpdf_oh_release(q, oi);
	}
	qpdf_oh_release(q, ois);
	qpdf_oh_release(q, root);
	if (qpdf_has_error(q))
		qpdf_get_error(q);
	if (differ)
		fx_cont_add(c, "FX-PDF-OUTPUT-INTENT", FX_SEVERITY_FATAL,
		            "the output intents use different destination profiles (PDF/A-3 6.2.3)",
		            "les intentions de sortie utilisent des profils de destination "
		            "différents (PDF/A-3 6.2.3)");
}

/* Severity of an issue: ToUnicode is required by PDF/A-3a and 3u only. */
static fx_severity issue_severity(const fx_cont *c, const fx_pdf_issue *i)
{
	if (i->code == FX_PDF_ISSUE_FONT_NO_TOUNICODE)
		return c->pdfa_level == 'A' || c->pdfa_level == 'U' ? FX_SEVERITY_FATAL
		                                                    : FX_SEVERITY_WARNING;
	return i->severity == FX_PDF_SEVERITY_ERROR ? FX_SEVERITY_FATAL : FX_SEVERITY_WARNING;
}

/* Adds one issue as a finding. */
static void add_issue(fx_cont *c, const fx_pdf_issue *i)
{
	if ((size_t)i->code >= sizeof issue_rules / sizeof *issue_rules || !issue_rules[i->code].id)
		return;
	char msg[512];
	if (!fx_report_is_french(c->report))
		snprintf(msg, sizeof msg, "%s", i->message);
	else if (i->page && i->object)
		snprintf(msg, sizeof msg, "%s (page %d, objet %d)", issue_rules[i->code].fr,
		         i->page, i->object);
	else if (i->page)
		snprintf(msg, sizeof msg, "%s (page %d)", issue_rules[i->code].fr, i->page);
	else if (i->object)
		snprintf(msg, sizeof msg, "%s (objet %d)", issue_rules[i->code].fr, i->object);
	else
		snprintf(msg, sizeof msg, "%s", issue_rules[i->code].fr);
	fx_cont_add_text(c, issue_rules[i->code].id, issue_severity(c, i), msg);
}

/* The object rules of the src/pdf check. */
void fx_cont_check_objects(fx_cont *c)
{
	fx_pdf_issues *list = fx_pdf_issues_new();
	if (!list) {
		c->rc = FX_ENOMEM;
		return;
	}
	int rc = fx_pdf_check_conformance(c->reader->q, c->source, c->oi_components, list);
	if (rc < 0 && rc != FX_ENOMEM)
		fx_cont_add(c, "FX-PDF-DAMAGED", FX_SEVERITY_WARNING,
		            "the PDF/A object rules stopped early: %s",
		            "les règles PDF/A sur les objets se sont arrêtées : %s",
		            fx_error_last()->message);
	else if (rc == FX_ENOMEM)
		c->rc = rc;
	for (size_t k = 0; k < fx_pdf_issues_count(list); k++)
		add_issue(c, fx_pdf_issues_get(list, k));
	fx_pdf_issues_free(list);
}
