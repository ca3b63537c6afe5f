/*
 * Option values shared by several commands: profile, AFRelationship, date,
 * language.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

/* Parses the profile name text for command cmd into *out. */
int fx_cli_parse_profile(const char *cmd, const char *text, fx_profile *out)
{
	if (fx_profile_parse(text, out) != FX_OK)
		return fx_cli_usage_error(cmd,
		                          "unknown profile '%s' (expected minimum, basicwl, "
		                          "basic, en16931 or extended)",
		                          text);
	return FX_CLI_EXIT_OK;
}

/* Parses the AFRelationship name text for command cmd into *out. */
int fx_cli_parse_relationship(const char *cmd, const char *text, fx_pdf_relationship *out)
{
	if (fx_pdf_relationship_parse(text, out) != FX_OK)
		return fx_cli_usage_error(cmd,
		                          "unknown AFRelationship '%s' (expected Data, Source, "
		                          "Alternative, Supplement or Unspecified)",
		                          text);
	return FX_CLI_EXIT_OK;
}

/* Resolves the --date value text (NULL: $SOURCE_DATE_EPOCH or now) into *out. */
int fx_cli_parse_date(const char *cmd, const char *text, fx_pdf_date *out)
{
	if (fx_generate_resolve_date(text, out) != FX_OK)
		return fx_cli_usage_error(cmd, "%s", fx_error_last()->message);
	return FX_CLI_EXIT_OK;
}

/* Checks the --lang value text of command cmd: fr, en or a locale of them. */
int fx_cli_check_language(const char *cmd, const char *text)
{
	size_t n = strlen(text);
	int known = strncmp(text, "fr", 2) == 0 || strncmp(text, "en", 2) == 0;
	if (!known || (n > 2 && text[2] != '_' && text[2] != '-') || n == 3 || n > 16)
		return fx_cli_usage_error(cmd,
		                          "unknown language '%s' (expected fr or en, or a locale "
		                          "such as fr_BE)",
		                          text);
	return FX_CLI_EXIT_OK;
}

/* Parses the --relationship value of command cmd (the AFRelationship of
 * factur-x.xml: Data, Source or Alternative) into *out. */
int fx_cli_parse_xml_relationship(const char *cmd, const char *text, fx_pdf_relationship *out)
{
	fx_pdf_relationship rel;
	int rc = fx_cli_parse_relationship(cmd, text, &rel);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	if (rel != FX_PDF_REL_DATA && rel != FX_PDF_REL_SOURCE && rel != FX_PDF_REL_ALTERNATIVE)
		return fx_cli_usage_error(cmd,
		                          "--relationship %s: the invoice XML can only be Data, "
		                          "Source or Alternative",
		                          text);
	*out = rel;
	return FX_CLI_EXIT_OK;
}

/* Warns on stderr when --relationship (text, parsed as rel) asks something
 * other than Data for profile, which MINIMUM and BASIC WL override. */
void fx_cli_warn_relationship(fx_profile profile, fx_pdf_relationship rel, const char *text)
{
	if (text && rel != FX_PDF_REL_DATA &&
	    (profile == FX_PROFILE_MINIMUM || profile == FX_PROFILE_BASIC_WL))
		fprintf(stderr,
		        "facturx: warning: profile %s always uses AFRelationship Data for %s; "
		        "--relationship %s ignored\n",
		        fx_profile_name(profile), FX_PDF_XML_NAME, text);
}
