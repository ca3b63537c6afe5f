/*
 * Checking the options of the generate module.
 */
#include "core/error.h"
#include "generate/generate_internal.h"

/* Checks opts. */
int fx_gen_check_options(const fx_generate_options *opts, const char *who)
{
	if (!opts)
		return FX_OK;
	if (opts->version != FX_GENERATE_OPTIONS_VERSION)
		return fx_error_set(FX_EUSAGE, "%s: fx_generate_options.version is %u, expected %u",
		                    who, opts->version, FX_GENERATE_OPTIONS_VERSION);
	if (opts->profile != FX_GENERATE_PROFILE_AUTO &&
	    (opts->profile < FX_PROFILE_MINIMUM || opts->profile > FX_PROFILE_EXTENDED))
		return fx_error_set(FX_EUSAGE,
		                    "%s: fx_generate_options.profile %d is not a profile", who,
		                    opts->profile);
	if (opts->amount_in_words < -1 || opts->amount_in_words > 1)
		return fx_error_set(FX_EUSAGE,
		                    "%s: fx_generate_options.amount_in_words %d (expected -1, 0 "
		                    "or 1)",
		                    who, opts->amount_in_words);
	if (opts->attachment_count > 0 && !opts->attachments)
		return fx_error_set(FX_EUSAGE,
		                    "%s: fx_generate_options.attachment_count is %zu but "
		                    "attachments is NULL",
		                    who, opts->attachment_count);
	return FX_OK;
}
