/*
 * The SIRET of a French establishment: its company's SIREN (9 digits) and
 * a 5-digit establishment number, the last digit a Luhn key; La Poste's
 * establishments (SIREN 356000000) are numbered so that the digits add up
 * to a multiple of 5 instead.
 */
#include <string.h>

#include "validate/functions_fr.h"

/* True when s is exactly n ASCII digits. */
static bool all_digits(const char *s, size_t n)
{
	if (!s || strlen(s) != n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

/* True when the n digits of s pass the Luhn check (every second digit from
 * the right doubled). */
static bool luhn(const char *s, size_t n)
{
	int sum = 0;
	for (size_t i = 0; i < n; i++) {
		int d = s[n - 1 - i] - '0';
		if (i % 2 == 1) {
			d *= 2;
			if (d > 9)
				d -= 9;
		}
		sum += d;
	}
	return sum % 10 == 0;
}

/* SIRET check. */
bool fx_siret_valid(const char *s)
{
	if (!all_digits(s, 14))
		return false;
	if (luhn(s, 14))
		return true;
	if (strncmp(s, "356000000", 9) != 0)
		return false;
	int sum = 0;
	for (size_t i = 0; i < 14; i++)
		sum += s[i] - '0';
	return sum % 5 == 0;
}
