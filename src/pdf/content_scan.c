/*
 * A small content-stream lexer (ISO 32000 7.2, 8.9.7) that finds which
 * device colour spaces a page or form selects: g/G, rg/RG, k/K, cs/CS with
 * a Device name, and inline images' /CS.
 */
#include <string.h>

#include "pdf/pdf_internal.h"

/* True for the PDF white-space characters. */
static int is_space(unsigned char c)
{
	return c == 0 || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
}

/* True for the PDF delimiters. */
static int is_delim(unsigned char c)
{
	return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' ||
	       c == '}' || c == '/' || c == '%';
}

/* Skips a literal string starting at s[i] == '('; returns the index after it. */
static size_t skip_string(const unsigned char *s, size_t n, size_t i)
{
	int depth = 0;
	for (; i < n; i++) {
		if (s[i] == '\\')
			i++;
		else if (s[i] == '(')
			depth++;
		else if (s[i] == ')' && --depth == 0)
			return i + 1;
	}
	return n;
}

/* Bits for a colour-space name used by cs/CS or an inline image. */
static int name_colour(const char *name)
{
	if (!strcmp(name, "DeviceCMYK") || !strcmp(name, "CMYK"))
		return FX_PDF_USES_CMYK;
	if (!strcmp(name, "DeviceRGB") || !strcmp(name, "RGB"))
		return FX_PDF_USES_RGB;
	if (!strcmp(name, "DeviceGray") || !strcmp(name, "G"))
		return FX_PDF_USES_GRAY;
	return 0;
}

/* Bits for a colour operator, given the last name operand. */
static int op_colour(const char *op, const char *last_name)
{
	if (!strcmp(op, "g") || !strcmp(op, "G"))
		return FX_PDF_USES_GRAY;
	if (!strcmp(op, "rg") || !strcmp(op, "RG"))
		return FX_PDF_USES_RGB;
	if (!strcmp(op, "k") || !strcmp(op, "K"))
		return FX_PDF_USES_CMYK;
	if ((!strcmp(op, "cs") || !strcmp(op, "CS")) && last_name[0])
		return name_colour(last_name);
	return 0;
}

/* Skips inline image data after "ID": up to white space + "EI" + delimiter. */
static size_t skip_inline_data(const unsigned char *s, size_t n, size_t i)
{
	for (i++; i + 2 < n; i++) {
		if (is_space(s[i]) && s[i + 1] == 'E' && s[i + 2] == 'I' &&
		    (i + 3 == n || is_space(s[i + 3]) || is_delim(s[i + 3])))
			return i + 3;
	}
	return n;
}

/* Copies the token s[a..b) into out (truncated). */
static void token(const unsigned char *s, size_t a, size_t b, char *out, size_t size)
{
	size_t len = b - a < size - 1 ? b - a : size - 1;
	memcpy(out, s + a, len);
	out[len] = '\0';
}

/* Scans a content stream. */
int fx_pdf_content_colours(const unsigned char *s, size_t n)
{
	int bits = 0, in_image = 0, cs_key = 0;
	char last_name[32] = "", tok[32];
	size_t i = 0;
	while (i < n) {
		unsigned char c = s[i];
		if (is_space(c)) {
			i++;
		} else if (c == '%') {
			while (i < n && s[i] != '\n' && s[i] != '\r')
				i++;
		} else if (c == '(') {
			i = skip_string(s, n, i);
		} else if (c == '<' && i + 1 < n && s[i + 1] == '<') {
			i += 2;
		} else if (c == '<') {
			while (i < n && s[i] != '>')
				i++;
			i++;
		} else if (c == '/') {
			size_t a = ++i;
			while (i < n && !is_space(s[i]) && !is_delim(s[i]))
				i++;
			token(s, a, i, last_name, sizeof last_name);
			if (in_image && cs_key)
				bits |= name_colour(last_name);
			cs_key = in_image &&
			         (!strcmp(last_name, "CS") || !strcmp(last_name, "ColorSpace"));
		} else if (is_delim(c)) {
			i++;
		} else {
			size_t a = i;
			while (i < n && !is_space(s[i]) && !is_delim(s[i]))
				i++;
			token(s, a, i, tok, sizeof tok);
			if ((tok[0] >= '0' && tok[0] <= '9') || tok[0] == '-' || tok[0] == '+' ||
			    tok[0] == '.')
				continue; /* a number operand */
			if (!strcmp(tok, "BI")) {
				in_image = 1;
			} else if (!strcmp(tok, "ID")) {
				i = skip_inline_data(s, n, i);
				in_image = 0;
			} else if (!in_image) {
				bits |= op_colour(tok, last_name);
			}
			if (!in_image)
				last_name[0] = '\0';
			cs_key = 0;
		}
	}
	return bits;
}
