/*
 * The renderer's PDF: document structure (catalog, pages, information
 * dictionary, fonts, logo, content streams) written in one pass from the
 * display list. Objects: 1 catalog, 2 page tree, 3 Info, then five per font
 * used, the logo and its soft mask, then a page and its contents per page.
 */
#include "render/pdf_out.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/error.h"
#include "facturx/common.h"
#include "pdf/flate.h"
#include "render/pdf_doc.h"

/* Parses an ISO date-time with offset. */
int fx_rpdf_parse_date(const char *date, int f[9])
{
	char sign = 0, extra;
	int n = sscanf(date, "%4d-%2d-%2dT%2d:%2d:%2d%c%2d:%2d%c", &f[0], &f[1], &f[2], &f[3],
	               &f[4], &f[5], &sign, &f[7], &f[8], &extra);
	int ok = (n == 7 && sign == 'Z' && date[19] == 'Z' && date[20] == '\0') ||
	         (n == 9 && (sign == '+' || sign == '-') && strlen(date) == 25);
	if (!ok || f[0] < 1000 || f[1] < 1 || f[1] > 12 || f[2] < 1 || f[2] > 31 || f[3] > 23 ||
	    f[4] > 59 || f[5] > 59 || (n == 9 && (f[7] > 14 || f[8] > 59)))
		return fx_error_set(FX_EUSAGE,
		                    "creation date \"%s\": expected "
		                    "YYYY-MM-DDTHH:MM:SSZ or YYYY-MM-DDTHH:MM:SS+HH:MM",
		                    date);
	f[6] = sign;
	if (n == 7)
		f[7] = f[8] = 0;
	return 0;
}

/* Writes the document date (the job's, $SOURCE_DATE_EPOCH or now) as a PDF
 * date "D:YYYYMMDDHHmmSS" + "Z" or "+HH'mm'" into out (>= 32 bytes). */
static int pdf_date(const fx_rpdf_job *job, char *out, size_t size)
{
	int f[9];
	if (job->date) {
		int rc = fx_rpdf_parse_date(job->date, f);
		if (rc)
			return rc;
	} else {
		const char *sde = getenv("SOURCE_DATE_EPOCH");
		time_t t = sde && *sde ? (time_t)strtoll(sde, NULL, 10) : time(NULL);
		struct tm tm;
		gmtime_r(&t, &tm);
		int g[9] = {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
		            tm.tm_sec,         'Z',           0,          0};
		memcpy(f, g, sizeof g);
	}
	int n =
	    snprintf(out, size, "D:%04d%02d%02d%02d%02d%02d", f[0], f[1], f[2], f[3], f[4], f[5]);
	if (f[6] == 'Z')
		snprintf(out + n, size - (size_t)n, "Z");
	else
		snprintf(out + n, size - (size_t)n, "%c%02d'%02d'", f[6], f[7], f[8]);
	return 0;
}

/* Writes the catalog, the page tree and the information dictionary. */
static int write_head(fx_rpdf_doc *d)
{
	char date[40];
	int rc = pdf_date(d->job, date, sizeof date);
	if (rc)
		return rc;
	fx_buf *b = &d->w.b;
	fx_pdfw_obj(&d->w, 1);
	fx_buf_puts(b, "<< /Type /Catalog /Pages 2 0 R >>");
	fx_pdfw_endobj(&d->w);
	fx_pdfw_obj(&d->w, 2);
	fx_buf_puts(b, "<< /Type /Pages /Count ");
	fx_pdf_int(b, d->job->dl->pages);
	fx_buf_puts(b, " /Kids [");
	for (int p = 0; p < d->job->dl->pages; p++) {
		fx_buf_append(b, " ", 1);
		fx_pdf_int(b, d->first_page_obj + 2 * p);
		fx_buf_puts(b, " 0 R");
	}
	fx_buf_puts(b, " ] >>");
	fx_pdfw_endobj(&d->w);
	fx_pdfw_obj(&d->w, 3);
	fx_buf_puts(b, "<< /Creator (facturx " FX_VERSION_STRING
	               ") /Producer (facturx " FX_VERSION_STRING ")");
	if (d->job->title) {
		fx_buf_puts(b, "\n/Title ");
		fx_pdf_text(b, d->job->title);
	}
	fx_buf_puts(b, "\n/CreationDate ");
	fx_pdf_text(b, date);
	fx_buf_puts(b, " /ModDate ");
	fx_pdf_text(b, date);
	fx_buf_puts(b, " >>");
	fx_pdfw_endobj(&d->w);
	return 0;
}

/* Writes the logo and its soft mask. */
static int write_image(fx_rpdf_doc *d)
{
	const fx_image *img = d->job->logo;
	fx_buf dict = {0};
	fx_buf_puts(&dict, "/Type /XObject /Subtype /Image ");
	fx_buf_append(&dict, img->dict.data, img->dict.len);
	if (d->smask_obj)
		fx_buf_printf(&dict, " /SMask %d 0 R", d->smask_obj);
	int rc = dict.failed ? fx_error_oom()
	                     : fx_pdfw_stream(&d->w, d->image_obj, dict.data, img->data.data,
	                                      img->data.len, 0);
	fx_buf_free(&dict);
	if (!rc && d->smask_obj) {
		char mask[160];
		snprintf(
		    mask, sizeof mask,
		    "/Type /XObject /Subtype /Image /Width %u /Height %u /ColorSpace /DeviceGray "
		    "/BitsPerComponent 8 /Filter /FlateDecode",
		    img->w, img->h);
		rc = fx_pdfw_stream(&d->w, d->smask_obj, mask, img->alpha.data, img->alpha.len, 0);
	}
	return rc;
}

/* Appends the resources dictionary shared by the pages. */
static void put_resources(const fx_rpdf_doc *d, fx_buf *b)
{
	fx_buf_puts(b, "/Resources <<");
	if (d->fonts[0].obj || d->fonts[1].obj) {
		fx_buf_puts(b, " /Font <<");
		for (int i = 0; i < 2; i++)
			if (d->fonts[i].obj)
				fx_buf_printf(b, " /F%d %d 0 R", i + 1, d->fonts[i].obj);
		fx_buf_puts(b, " >>");
	}
	if (d->image_obj)
		fx_buf_printf(b, " /XObject << /Im1 %d 0 R >>", d->image_obj);
	fx_buf_puts(b, " >>");
}

/* Writes page p and its content stream. */
static int write_page(fx_rpdf_doc *d, int p, fx_buf *content)
{
	int obj = d->first_page_obj + 2 * p;
	fx_buf *b = &d->w.b;
	fx_pdfw_obj(&d->w, obj);
	fx_buf_puts(b, "<< /Type /Page\n/Parent 2 0 R /MediaBox [0 0 ");
	fx_pdf_real(b, d->job->page_w);
	fx_buf_append(b, " ", 1);
	fx_pdf_real(b, d->job->page_h);
	fx_buf_puts(b, "]\n");
	put_resources(d, b);
	fx_buf_printf(b, "\n/Contents %d 0 R >>", obj + 1);
	fx_pdfw_endobj(&d->w);
	content->len = 0;
	int rc = fx_rpdf_content(d, p, content);
	if (!rc)
		rc = fx_pdfw_stream(&d->w, obj + 1, "", content->data ? content->data : "",
		                    content->len, FX_FLATE_CONTENT);
	return rc;
}

/* Numbers the objects and writes them all. */
static int write_all(fx_rpdf_doc *d, unsigned char **out, size_t *out_len)
{
	fx_rpdf_fonts_scan(d);
	int next = 4;
	for (int i = 0; i < 2; i++)
		if (d->fonts[i].n) {
			d->fonts[i].obj = next;
			next += FX_RPDF_FONT_OBJS;
		}
	if (d->job->logo) {
		d->image_obj = next++;
		if (d->job->logo->alpha.len)
			d->smask_obj = next++;
	}
	d->first_page_obj = next;
	int pages = d->job->dl->pages > 0 ? d->job->dl->pages : 0;
	int rc = fx_pdfw_init(&d->w, next - 1 + 2 * pages);
	if (!rc)
		rc = write_head(d);
	for (int i = 0; i < 2 && !rc; i++)
		if (d->fonts[i].obj)
			rc = fx_rpdf_font_write(d, i);
	if (!rc && d->image_obj)
		rc = write_image(d);
	fx_buf content = {0};
	for (int p = 0; p < pages && !rc; p++)
		rc = write_page(d, p, &content);
	fx_buf_free(&content);
	if (!rc)
		rc = d->w.b.failed ? fx_error_oom()
		                   : fx_pdfw_finish(&d->w, 1, 3, NULL, out, out_len);
	return rc;
}

/* Writes the PDF. */
int fx_rpdf_write(const fx_rpdf_job *job, unsigned char **out, size_t *out_len)
{
	fx_rpdf_doc *d = calloc(1, sizeof *d);
	if (!d)
		return fx_error_oom();
	d->job = job;
	int rc = write_all(d, out, out_len);
	fx_pdfw_free(&d->w);
	free(d);
	return rc;
}
