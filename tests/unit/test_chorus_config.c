/*
 * Unit tests of the Chorus Pro configuration (include/facturx/chorus.h):
 * defaults, the private file (0600 or refused), the environment over the
 * file, secrets never returned or put in messages, the address policy.
 */
#include "chorus_temp.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "chorus/http.h"
#include "facturx/chorus.h"
#include "test_support.h"

#define SECRET "s3cr3t-Value-XYZ"
#define PASSWORD "Pa55-word-QWE"

/* Makes a private temporary folder; returns its malloc'ed path. */
static char *temp_dir(void)
{
	return chorus_temp_dir("config");
}

/* Writes text to dir/name with mode; returns the malloc'ed path. */
static char *write_file(const char *dir, const char *name, const char *text, mode_t mode)
{
	char *path = fx_test_path(dir, name);
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
	ck_assert_int_eq(chmod(path, mode), 0);
	return path;
}

/* Loads path (environment ignored unless use_env); returns the code. */
static int load(const char *path, bool use_env, fx_chorus_config **out)
{
	fx_chorus_load_options lo;
	ck_assert_int_eq(fx_chorus_load_options_init(&lo, FX_CHORUS_LOAD_OPTIONS_VERSION), FX_OK);
	lo.path = path;
	lo.ignore_environment = !use_env;
	return fx_chorus_config_load(&lo, out);
}

/* Asserts that the last error message does not contain the secrets. */
static void message_has_no_secret(void)
{
	const char *msg = fx_error_last()->message;
	ck_assert_msg(!strstr(msg, SECRET) && !strstr(msg, PASSWORD), "secret in '%s'", msg);
}

START_TEST(defaults_follow_the_environment_setting)
{
	fx_chorus_config *cfg;
	ck_assert_int_eq(fx_chorus_config_new(&cfg), FX_OK);
	ck_assert_str_eq(fx_chorus_config_get(cfg, "environment"), "sandbox");
	ck_assert_str_eq(fx_chorus_config_get(cfg, "api_url"), "https://sandbox-api.piste.gouv.fr");
	ck_assert_str_eq(fx_chorus_config_get(cfg, "oauth_url"),
	                 "https://sandbox-oauth.piste.gouv.fr/api/oauth/token");
	ck_assert_str_eq(fx_chorus_config_get(cfg, "syntax"), "IN_DP_E2_CII_FACTURX");
	ck_assert_str_eq(fx_chorus_config_get(cfg, "token_margin"), "240");
	ck_assert_ptr_null(fx_chorus_config_get(cfg, "client_secret"));
	ck_assert_int_eq(fx_chorus_config_set(cfg, "environment", "production"), FX_OK);
	ck_assert_str_eq(fx_chorus_config_get(cfg, "api_url"), "https://api.piste.gouv.fr");
	ck_assert_str_eq(fx_chorus_config_get(cfg, "oauth_url"),
	                 "https://oauth.piste.gouv.fr/api/oauth/token");
	ck_assert_int_eq(fx_chorus_config_set(cfg, "api_url", "https://example.test/base"), FX_OK);
	ck_assert_str_eq(fx_chorus_config_get(cfg, "api_url"), "https://example.test/base");
	ck_assert_int_eq(fx_chorus_config_set(cfg, "environment", "qualif"), FX_EINVAL);
	ck_assert_int_eq(fx_chorus_config_set(cfg, "timeout", "0"), FX_EINVAL);
	ck_assert_int_eq(fx_chorus_config_set(cfg, "timeout", "12s"), FX_EINVAL);
	ck_assert_int_eq(fx_chorus_config_set(cfg, "retries", "11"), FX_EINVAL);
	ck_assert_int_eq(fx_chorus_config_set(cfg, "retries", "10"), FX_OK);
	ck_assert_int_eq(fx_chorus_config_set(cfg, "nope", "1"), FX_EINVAL);
	ck_assert_int_eq(fx_chorus_config_set(cfg, "login", ""), FX_EINVAL);
	fx_chorus_config_free(cfg);
}
END_TEST

START_TEST(journal_default_is_in_xdg_data_home)
{
	setenv("XDG_DATA_HOME", "/srv/data", 1);
	fx_chorus_config *cfg;
	ck_assert_int_eq(fx_chorus_config_new(&cfg), FX_OK);
	ck_assert_str_eq(fx_chorus_config_get(cfg, "journal"), "/srv/data/facturx/chorus.db");
	ck_assert_str_eq(fx_chorus_config_get(cfg, "annuaire"), "/srv/data/facturx/annuaire.db");
	fx_chorus_config_free(cfg);
	unsetenv("XDG_DATA_HOME");
	setenv("HOME", "/home/someone", 1);
	ck_assert_int_eq(fx_chorus_config_new(&cfg), FX_OK);
	ck_assert_str_eq(fx_chorus_config_get(cfg, "journal"),
	                 "/home/someone/.local/share/facturx/chorus.db");
	fx_chorus_config_free(cfg);
}
END_TEST

START_TEST(secrets_are_masked)
{
	fx_chorus_config *cfg;
	ck_assert_int_eq(fx_chorus_config_new(&cfg), FX_OK);
	ck_assert_int_eq(fx_chorus_config_set(cfg, "client_secret", SECRET), FX_OK);
	ck_assert_int_eq(fx_chorus_config_set(cfg, "password", PASSWORD), FX_OK);
	ck_assert_int_eq(fx_chorus_config_set(cfg, "client_id", "app-id"), FX_OK);
	ck_assert_str_eq(fx_chorus_config_get(cfg, "client_secret"), "********");
	ck_assert_str_eq(fx_chorus_config_get(cfg, "password"), "********");
	ck_assert_str_eq(fx_chorus_config_get(cfg, "client_id"), "app-id");
	char *text = NULL;
	ck_assert_int_eq(fx_chorus_config_describe(cfg, &text), FX_OK);
	ck_assert_ptr_null(strstr(text, SECRET));
	ck_assert_ptr_null(strstr(text, PASSWORD));
	ck_assert_ptr_nonnull(strstr(text, "client_secret = ********\n"));
	ck_assert_ptr_nonnull(strstr(text, "login = (not set)\n"));
	free(text);
	fx_chorus_config_free(cfg);
}
END_TEST

START_TEST(file_is_read)
{
	char *dir = temp_dir();
	char *path = write_file(dir, "chorus.conf",
	                        "\xEF\xBB\xBF# comment\n\n  client_id = my-app  \r\n"
	                        "client_secret=\"" SECRET "\"\npassword = " PASSWORD "\n"
	                        "login = TECH_x@y\ntimeout = 30\n",
	                        0600);
	fx_chorus_config *cfg = NULL;
	ck_assert_int_eq(load(path, false, &cfg), FX_OK);
	ck_assert_str_eq(fx_chorus_config_get(cfg, "client_id"), "my-app");
	ck_assert_str_eq(fx_chorus_config_get(cfg, "login"), "TECH_x@y");
	ck_assert_str_eq(fx_chorus_config_get(cfg, "timeout"), "30");
	ck_assert_str_eq(fx_chorus_config_get(cfg, "client_secret"), "********");
	ck_assert_str_eq(fx_chorus_config_file(cfg), path);
	fx_chorus_config_free(cfg);
	ck_assert_int_eq(chmod(path, 0400), 0);
	ck_assert_int_eq(load(path, false, &cfg), FX_OK);
	fx_chorus_config_free(cfg);
	free(path);
	free(dir);
}
END_TEST

START_TEST(readable_file_is_refused)
{
	static const mode_t modes[] = {0644, 0640, 0604, 0660, 0606, 0610};
	char *dir = temp_dir();
	for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++) {
		char *path =
		    write_file(dir, "chorus.conf", "client_secret = " SECRET "\n", modes[i]);
		fx_chorus_config *cfg = NULL;
		ck_assert_int_eq(load(path, false, &cfg), FX_EIO);
		ck_assert_ptr_null(cfg);
		ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "refused"));
		ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "chmod 600"));
		message_has_no_secret();
		free(path);
	}
	free(dir);
}
END_TEST

START_TEST(bad_lines_name_file_and_line_not_value)
{
	static const char *const bodies[] = {
	    "client_id = a\nclient_secret " SECRET "\n",
	    "client_id = a\n" SECRET " = 1\n",
	    "client_id = a\ntimeout = " SECRET "\n",
	    "client_id = a\napi_url = " SECRET "\n",
	};
	static const int codes[] = {FX_EINVAL, FX_EINVAL, FX_EINVAL, FX_EUSAGE};
	char *dir = temp_dir();
	for (size_t i = 0; i < sizeof bodies / sizeof bodies[0]; i++) {
		char *path = write_file(dir, "chorus.conf", bodies[i], 0600);
		fx_chorus_config *cfg = NULL;
		ck_assert_int_eq(load(path, false, &cfg), codes[i]);
		char where[4200];
		snprintf(where, sizeof where, "%s:2: ", path);
		ck_assert_msg(strstr(fx_error_last()->message, where), "'%s' does not name %s",
		              fx_error_last()->message, where);
		if (i != 1 && i != 3)
			message_has_no_secret();
		free(path);
	}
	free(dir);
}
END_TEST

START_TEST(environment_overrides_file)
{
	char *dir = temp_dir();
	char *path = write_file(dir, "chorus.conf", "client_id = from-file\ntimeout = 30\n", 0600);
	setenv("FACTURX_CHORUS_CLIENT_ID", "from-env", 1);
	setenv("FACTURX_CHORUS_PASSWORD", PASSWORD, 1);
	fx_chorus_config *cfg = NULL;
	ck_assert_int_eq(load(path, true, &cfg), FX_OK);
	ck_assert_str_eq(fx_chorus_config_get(cfg, "client_id"), "from-env");
	ck_assert_str_eq(fx_chorus_config_get(cfg, "timeout"), "30");
	ck_assert_str_eq(fx_chorus_config_get(cfg, "password"), "********");
	fx_chorus_config_free(cfg);
	ck_assert_int_eq(load(path, false, &cfg), FX_OK);
	ck_assert_str_eq(fx_chorus_config_get(cfg, "client_id"), "from-file");
	ck_assert_ptr_null(fx_chorus_config_get(cfg, "password"));
	fx_chorus_config_free(cfg);
	setenv("FACTURX_CHORUS_TIMEOUT", "soon", 1);
	ck_assert_int_eq(load(path, true, &cfg), FX_EINVAL);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "FACTURX_CHORUS_TIMEOUT"));
	unsetenv("FACTURX_CHORUS_TIMEOUT");
	setenv("FACTURX_CHORUS_CONFIG", path, 1);
	ck_assert_int_eq(load(NULL, true, &cfg), FX_OK);
	ck_assert_str_eq(fx_chorus_config_file(cfg), path);
	fx_chorus_config_free(cfg);
	free(path);
	free(dir);
}
END_TEST

START_TEST(missing_files)
{
	char *dir = temp_dir();
	char *path = fx_test_path(dir, "absent.conf");
	fx_chorus_config *cfg = NULL;
	ck_assert_int_eq(load(path, false, &cfg), FX_EIO);
	setenv("XDG_CONFIG_HOME", dir, 1);
	ck_assert_int_eq(load(NULL, false, &cfg), FX_OK);
	ck_assert_ptr_null(fx_chorus_config_file(cfg));
	fx_chorus_config_free(cfg);
	free(path);
	free(dir);
}
END_TEST

START_TEST(address_policy)
{
	static const char *const good[] = {
	    "https://api.piste.gouv.fr", "https://sandbox-api.piste.gouv.fr/",
	    "http://127.0.0.1:8080",     "http://127.0.0.1:8080/api/oauth/token",
	    "http://127.255.1.2",        "http://[::1]:9000/x",
	    "http://localhost:1234/",    "http://127.1",
	};
	static const char *const bad[] = {
	    "http://example.com", "http://api.piste.gouv.fr",  "http://127.0.0.1.nip.io",
	    "http://128.0.0.1",   "http://127.0.0.256",        "http://10.0.0.1",
	    "ftp://127.0.0.1/",   "https://user:pw@host.test", "not an address",
	    "http://[::2]:80",    "file:///etc/passwd",
	};
	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
		ck_assert_msg(fx_http_check_url(good[i]) == FX_OK, "%s refused: %s", good[i],
		              fx_error_last()->message);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		ck_assert_msg(fx_http_check_url(bad[i]) == FX_EUSAGE, "%s accepted", bad[i]);
	fx_chorus_config *cfg;
	ck_assert_int_eq(fx_chorus_config_new(&cfg), FX_OK);
	ck_assert_int_eq(fx_chorus_config_set(cfg, "api_url", "http://example.com"), FX_EUSAGE);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "loopback"));
	fx_chorus_config_free(cfg);
}
END_TEST

START_TEST(client_needs_credentials)
{
	fx_chorus_config *cfg;
	ck_assert_int_eq(fx_chorus_config_new(&cfg), FX_OK);
	ck_assert_int_eq(fx_chorus_config_set(cfg, "client_secret", SECRET), FX_OK);
	ck_assert_int_eq(fx_chorus_config_set(cfg, "login", "tech"), FX_OK);
	fx_chorus_client *c = NULL;
	ck_assert_int_eq(fx_chorus_client_new(cfg, NULL, &c), FX_EMISSING);
	ck_assert_ptr_null(c);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "client_id, password"));
	message_has_no_secret();
	ck_assert_int_eq(fx_chorus_config_set(cfg, "client_id", "app"), FX_OK);
	ck_assert_int_eq(fx_chorus_config_set(cfg, "password", PASSWORD), FX_OK);
	ck_assert_int_eq(fx_chorus_client_new(cfg, NULL, &c), FX_OK);
	ck_assert_str_eq(fx_chorus_client_api_url(c), "https://sandbox-api.piste.gouv.fr");
	const char *date;
	long days;
	ck_assert_int_eq(fx_chorus_client_password_expiry(c, &date, &days), FX_EMISSING);
	fx_chorus_client_free(c);
	fx_chorus_config_free(cfg);
}
END_TEST

/* Builds the suite. */
static Suite *config_suite(void)
{
	Suite *s = suite_create("chorus_config");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, defaults_follow_the_environment_setting);
	tcase_add_test(tc, journal_default_is_in_xdg_data_home);
	tcase_add_test(tc, secrets_are_masked);
	tcase_add_test(tc, file_is_read);
	tcase_add_test(tc, readable_file_is_refused);
	tcase_add_test(tc, bad_lines_name_file_and_line_not_value);
	tcase_add_test(tc, environment_overrides_file);
	tcase_add_test(tc, missing_files);
	tcase_add_test(tc, address_policy);
	tcase_add_test(tc, client_needs_credentials);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the configuration tests. */
int main(void)
{
	setlocale(LC_ALL, "");
	unsetenv("FACTURX_CHORUS_CONFIG");
	return fx_test_run(config_suite());
}
