/*
 * The HTTPS transport (libcurl): POST with a JSON or form body, strict TLS,
 * plain HTTP to loopback only, timeouts, a bounded answer, and a log line
 * per exchange that never shows a header or a body.
 */
#include "chorus/http.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>

#include "chorus/util.h"
#include "core/buf.h"
#include "core/error.h"

#define MAX_ANSWER_BYTES ((size_t)64 << 20)

struct fx_http {
	CURL *curl;
	fx_http_settings settings;
	char errbuf[CURL_ERROR_SIZE];
};

/** What the write callback fills. */
typedef struct sink {
	fx_buf buf;
	int too_big;
} sink;

/* Returns true when host (as libcurl gives it) is a loopback address:
 * localhost, [::1], or 127.x.y.z with four decimal parts of 0 to 255. */
static bool is_loopback(const char *host)
{
	if (strcmp(host, "localhost") == 0 || strcmp(host, "[::1]") == 0)
		return true;
	int parts = 0, value = -1;
	for (const char *p = host;; p++) {
		if (*p >= '0' && *p <= '9') {
			value = (value < 0 ? 0 : value * 10) + (*p - '0');
			if (value > 255)
				return false;
		} else if (*p == '.' || *p == '\0') {
			if (value < 0 || (parts == 0 && value != 127))
				return false;
			parts++;
			value = -1;
			if (*p == '\0')
				break;
		} else {
			return false;
		}
	}
	return parts == 4;
}

/* Checks the scheme, the host and the absence of credentials in url. */
int fx_http_check_url(const char *url)
{
	CURLU *u = curl_url();
	if (!u)
		return fx_error_oom();
	char *scheme = NULL, *host = NULL, *user = NULL;
	int rc = FX_OK;
	if (curl_url_set(u, CURLUPART_URL, url, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_HOST, &host, 0) != CURLUE_OK)
		rc = fx_error_set(FX_EUSAGE, "'%s' is not a valid http(s) address", url);
	else if (curl_url_get(u, CURLUPART_USER, &user, 0) == CURLUE_OK)
		rc = fx_error_set(FX_EUSAGE, "an address may not carry credentials (user@host)");
	else if (strcmp(scheme, "https") == 0)
		rc = FX_OK;
	else if (strcmp(scheme, "http") != 0)
		rc = fx_error_set(FX_EUSAGE, "'%s': only https:// addresses are accepted", url);
	else if (!is_loopback(host))
		rc = fx_error_set(FX_EUSAGE,
		                  "'%s': plain http:// is accepted only for a loopback address "
		                  "(127.0.0.1, [::1], localhost), for tests; use https://",
		                  url);
	curl_free(scheme);
	curl_free(host);
	curl_free(user);
	curl_url_cleanup(u);
	return rc;
}

/* Makes a transport. */
int fx_http_new(const fx_http_settings *settings, fx_http **out)
{
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
		return fx_error_set(FX_ERROR, "libcurl could not be initialised");
	fx_http *h = calloc(1, sizeof *h);
	if (!h) {
		curl_global_cleanup();
		return fx_error_oom();
	}
	h->curl = curl_easy_init();
	if (!h->curl) {
		free(h);
		curl_global_cleanup();
		return fx_error_set(FX_ERROR, "libcurl could not make a handle");
	}
	h->settings = *settings;
	*out = h;
	return FX_OK;
}

/* Frees the transport. */
void fx_http_free(fx_http *h)
{
	if (!h)
		return;
	curl_easy_cleanup(h->curl);
	free(h);
	curl_global_cleanup();
}

/* libcurl write callback: appends to the sink, refusing huge answers. */
static size_t on_data(char *data, size_t size, size_t n, void *userdata)
{
	sink *s = userdata;
	size_t len = size * n;
	if (s->buf.len + len > MAX_ANSWER_BYTES) {
		s->too_big = 1;
		return 0;
	}
	if (fx_buf_append(&s->buf, data, len) != 0)
		return 0;
	return len;
}

/* Tells whether libcurl failure code means the request never went out. */
static bool never_sent(CURL *curl, CURLcode code)
{
	switch (code) {
	case CURLE_COULDNT_RESOLVE_HOST:
	case CURLE_COULDNT_RESOLVE_PROXY:
	case CURLE_COULDNT_CONNECT:
	case CURLE_SSL_CONNECT_ERROR:
	case CURLE_PEER_FAILED_VERIFICATION:
	case CURLE_SSL_CACERT_BADFILE:
	case CURLE_SSL_CERTPROBLEM:
	case CURLE_SSL_CIPHER:
	case CURLE_UNSUPPORTED_PROTOCOL:
	case CURLE_URL_MALFORMAT:
		return true;
	default:
		break;
	}
	curl_off_t pretransfer = 0;
	if (curl_easy_getinfo(curl, CURLINFO_PRETRANSFER_TIME_T, &pretransfer) != CURLE_OK)
		return false;
	return pretransfer == 0;
}

/* Sets the options of one POST on h's handle; returns the first failure. */
static CURLcode set_options(fx_http *h, const char *url, struct curl_slist *list, const char *body,
                            size_t len, sink *s, bool loopback)
{
	CURL *c = h->curl;
	CURLcode rc = CURLE_OK;
#define SET(opt, val)                                                                              \
	do {                                                                                       \
		if (rc == CURLE_OK)                                                                \
			rc = curl_easy_setopt(c, opt, val);                                        \
	} while (0)
	SET(CURLOPT_URL, url);
	SET(CURLOPT_PROTOCOLS_STR, "https,http");
	SET(CURLOPT_SSL_VERIFYPEER, 1L);
	SET(CURLOPT_SSL_VERIFYHOST, 2L);
	SET(CURLOPT_FOLLOWLOCATION, 0L);
	SET(CURLOPT_NOSIGNAL, 1L);
	SET(CURLOPT_TIMEOUT_MS, h->settings.timeout_ms);
	SET(CURLOPT_CONNECTTIMEOUT_MS, h->settings.connect_timeout_ms);
	SET(CURLOPT_POST, 1L);
	SET(CURLOPT_POSTFIELDS, body);
	SET(CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)len);
	SET(CURLOPT_HTTPHEADER, list);
	SET(CURLOPT_USERAGENT, "facturx/" FX_VERSION_STRING);
	SET(CURLOPT_ACCEPT_ENCODING, "");
	SET(CURLOPT_WRITEFUNCTION, on_data);
	SET(CURLOPT_WRITEDATA, s);
	SET(CURLOPT_ERRORBUFFER, h->errbuf);
	if (loopback)
		SET(CURLOPT_PROXY, "");
#undef SET
	return rc;
}

/* Builds the header list: the caller's, and no "Expect: 100-continue". */
static struct curl_slist *make_headers(const char *const *headers, size_t n)
{
	struct curl_slist *list = curl_slist_append(NULL, "Expect:");
	for (size_t i = 0; list && i < n; i++) {
		struct curl_slist *next = curl_slist_append(list, headers[i]);
		if (!next) {
			curl_slist_free_all(list);
			return NULL;
		}
		list = next;
	}
	return list;
}

/* Writes the log line of one exchange. */
static void log_exchange(const fx_http *h, const char *url, long status, const char *failure,
                         int64_t ms)
{
	if (!h->settings.log)
		return;
	char line[1024];
	if (failure)
		snprintf(line, sizeof line, "POST %s -> failed: %s (%lld ms)", url, failure,
		         (long long)ms);
	else
		snprintf(line, sizeof line, "POST %s -> HTTP %ld (%lld ms)", url, status,
		         (long long)ms);
	h->settings.log(h->settings.log_ctx, line);
}

/* Sends one POST. */
int fx_http_post(fx_http *h, const char *url, const char *const *headers, size_t n_headers,
                 const char *body, size_t len, fx_http_response *resp, fx_http_outcome *outcome)
{
	*outcome = FX_HTTP_NOT_SENT;
	int rc = fx_http_check_url(url);
	if (rc != FX_OK)
		return rc;
	CURLU *u = curl_url();
	char *host = NULL;
	bool loopback = false;
	if (u && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK)
		loopback = is_loopback(host);
	curl_free(host);
	curl_url_cleanup(u);
	struct curl_slist *list = make_headers(headers, n_headers);
	if (!list)
		return fx_error_oom();
	sink s = {{0}, 0};
	curl_easy_reset(h->curl);
	h->errbuf[0] = '\0';
	int64_t start = fx_ch_now_ms();
	CURLcode code = set_options(h, url, list, body, len, &s, loopback);
	if (code == CURLE_OK)
		code = curl_easy_perform(h->curl);
	int64_t ms = fx_ch_now_ms() - start;
	curl_slist_free_all(list);
	if (code != CURLE_OK) {
		*outcome = never_sent(h->curl, code) ? FX_HTTP_NOT_SENT : FX_HTTP_MAYBE_SENT;
		const char *why = s.too_big      ? "the answer is too large"
		                  : h->errbuf[0] ? h->errbuf
		                                 : curl_easy_strerror(code);
		log_exchange(h, url, 0, why, ms);
		fx_buf_free(&s.buf);
		if (code == CURLE_OUT_OF_MEMORY)
			return fx_error_oom();
		return fx_error_set(FX_ENET, "%s: %s", url, why);
	}
	if (s.buf.failed) {
		fx_buf_free(&s.buf);
		return fx_error_oom();
	}
	long status = 0;
	curl_easy_getinfo(h->curl, CURLINFO_RESPONSE_CODE, &status);
	log_exchange(h, url, status, NULL, ms);
	*outcome = FX_HTTP_ANSWERED;
	resp->status = status;
	resp->body = fx_buf_detach(&s.buf, &resp->len);
	if (!resp->body)
		return fx_error_oom();
	return FX_OK;
}

/* Frees an answer's body. */
void fx_http_response_free(fx_http_response *r)
{
	free(r->body);
	r->body = NULL;
	r->len = 0;
	r->status = 0;
}
