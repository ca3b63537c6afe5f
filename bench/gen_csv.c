/*
 * gen_csv - writes a large, realistic CSV export for "facturx batch", as
 * Excel writes it in France: Windows-1252, ';', CRLF, decimal comma with a
 * no-break space between thousands, dates dd/mm/yyyy, one row per invoice
 * line with the invoice's columns repeated, and the line amounts and the
 * invoice total (checked by the computation) filled in.
 *
 *   gen_csv N OUT.csv [SEED]
 *
 * N invoices of 1 to 9 lines (5 on average) for 250 customers; the same N
 * and SEED give the same bytes. Exit status: 0 written, 2 on error.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CUSTOMERS 250

/** The items sold: name (Windows-1252), unit, price in cents, VAT rate in tenths. */
typedef struct item {
	const char *name;
	const char *unit;
	long price;
	int rate10;
} item;

static const item items[] = {
    {"Maintenance informatique \x96 forfait mensuel", "forfait", 4900, 200},
    {"Main d\x92\x9cuvre technicien", "h", 6500, 200},
    {"Licence logiciel \xab Compta+ \xbb \x96 1 an",
     "pi\xe8"
     "ce",
     125000, 200},
    {"C\xe2"
     "ble r\xe9seau Cat.6 \x96 5 m",
     "pi\xe8"
     "ce",
     790, 200},
    {"Commutateur 24 ports",
     "pi\xe8"
     "ce",
     28990, 200},
    {"D\xe9placement", "km", 60, 200},
    {"Formation bureautique\n(session d'une journ\xe9"
     "e; groupe A)",
     "jour", 69000, 200},
    {"Guide \xab Bien d\xe9"
     "buter avec le tableur \xbb",
     "pi\xe8"
     "ce",
     1850, 55},
    {"Sauvegarde externalis\xe9"
     "e 500 Go",
     "forfait", 3500, 200},
    {"Audit s\xe9"
     "curit\xe9 du r\xe9seau",
     "forfait", 148000, 200},
    {"Onduleur 1500 VA",
     "pi\xe8"
     "ce",
     38900, 200},
    {"Extension de garantie 3 ans (\x80 HT/poste)",
     "pi\xe8"
     "ce",
     11999, 200},
};

static const char *const streets[] = {"rue de la R\xe9publique", "avenue Jean Jaur\xe8s",
                                      "place Bellecour",         "chemin des \x8cillets",
                                      "boulevard des Belges",    "quai Saint-Antoine"};
static const char *const cities[][2] = {{"69002", "Lyon"},
                                        {"69007", "Lyon"},
                                        {"69100", "Villeurbanne"},
                                        {"69200", "V\xe9nissieux"},
                                        {"69130", "\xc9"
                                                  "cully"},
                                        {"38000", "Grenoble"}};

/* xorshift64*: a small deterministic generator. */
static uint64_t next_random(uint64_t *s)
{
	*s ^= *s >> 12;
	*s ^= *s << 25;
	*s ^= *s >> 27;
	return *s * 2685821657736338717ull;
}

/* Writes cents as a French amount: "1 234,56" with a no-break space (0xA0). */
static void put_amount(FILE *f, long cents)
{
	char digits[32];
	snprintf(digits, sizeof digits, "%ld", cents / 100);
	size_t n = strlen(digits);
	for (size_t i = 0; i < n; i++) {
		if (i && (n - i) % 3 == 0)
			fputc(0xA0, f);
		fputc(digits[i], f);
	}
	fprintf(f, ",%02ld", cents % 100);
}

/* Writes a text field, quoted when it holds a separator, quote or line break. */
static void put_text(FILE *f, const char *s)
{
	if (!strpbrk(s, ";\"\n")) {
		fputs(s, f);
		return;
	}
	fputc('"', f);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', f);
		fputc(*s, f);
	}
	fputc('"', f);
}

/** One line of an invoice being written. */
typedef struct gen_line {
	const item *it;
	long qty;
	long amount; /* cents */
} gen_line;

/* Writes one invoice (number n) of k lines. */
static void put_invoice(FILE *f, unsigned long n, uint64_t *rnd)
{
	gen_line lines[9];
	int k = 1 + (int)(next_random(rnd) % 9);
	long base[2] = {0, 0}; /* per rate: 20 %, 5.5 % */
	for (int i = 0; i < k; i++) {
		const item *it = &items[next_random(rnd) % (sizeof items / sizeof items[0])];
		long qty = 1 + (long)(next_random(rnd) % 12);
		lines[i] = (gen_line){it, qty, qty * it->price};
		base[it->rate10 == 200 ? 0 : 1] += lines[i].amount;
	}
	long tax = (base[0] * 200 + 500) / 1000 + (base[1] * 55 + 500) / 1000;
	long total = base[0] + base[1] + tax;
	unsigned c = (unsigned)(next_random(rnd) % CUSTOMERS);
	int day = 1 + (int)(n % 28), month = 1 + (int)(n / 28 % 12);
	for (int i = 0; i < k; i++) {
		fprintf(f, "FA-2026-%06lu;%02d/%02d/2026;%02d/%02d/2027;", n, day, month, day,
		        month);
		fprintf(f,
		        "Client %03u \x96 Soci\xe9t\xe9 d\x92"
		        "exemple SAS;%09u;FR%02u%09u;",
		        c, 300000000u + c * 1013u, c % 97, 300000000u + c * 1013u);
		fprintf(f, "%u %s;%s;%s;", 1 + c % 120, streets[c % 6], cities[c % 6][0],
		        cities[c % 6][1]);
		put_text(f, lines[i].it->name);
		fprintf(f, ";%ld;%s;", lines[i].qty, lines[i].it->unit);
		put_amount(f, lines[i].it->price);
		fprintf(f, ";%s;", lines[i].it->rate10 == 200 ? "20" : "5,5");
		put_amount(f, lines[i].amount);
		fputc(';', f);
		put_amount(f, total);
		fprintf(f, ";%09u\r\n", 300000000u + c * 1013u);
	}
}

/* Writes the export. */
int main(int argc, char **argv)
{
	if (argc < 3 || argc > 4) {
		fprintf(stderr, "usage: gen_csv N OUT.csv [SEED]\n");
		return 2;
	}
	unsigned long n = strtoul(argv[1], NULL, 10);
	uint64_t rnd = argc == 4 ? strtoull(argv[3], NULL, 10) : 20261124;
	if (!rnd)
		rnd = 1;
	FILE *f = fopen(argv[2], "wb");
	if (!f || n == 0) {
		fprintf(stderr, "gen_csv: cannot write %s\n", argv[2]);
		return 2;
	}
	fputs("Num\xe9ro facture;Date facture;Date \xe9"
	      "ch\xe9"
	      "ance;Client;SIREN client;"
	      "TVA client;Adresse client;Code postal client;Ville client;D\xe9signation;"
	      "Quantit\xe9;Unit\xe9;Prix unitaire HT;Taux TVA;Montant HT;Total TTC;"
	      "Adresse \xe9lectronique client\r\n",
	      f);
	for (unsigned long i = 1; i <= n; i++)
		put_invoice(f, i, &rnd);
	if (fclose(f) != 0) {
		fprintf(stderr, "gen_csv: cannot write %s\n", argv[2]);
		return 2;
	}
	return 0;
}
