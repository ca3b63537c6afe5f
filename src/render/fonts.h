/*
 * Internal: the font configuration (fonts/fonts.json, docs/rendering.md):
 * families of TrueType files, each with candidate files for the regular and
 * the bold face; the first file that exists is used.
 */
#ifndef FX_RENDER_FONTS_H
#define FX_RENDER_FONTS_H

#include "render/ttf.h"

/* Loads the regular and bold faces of family. config: a fonts.json path or
 * NULL for the built-in one; fonts: receives [0] regular, [1] bold (free each
 * with fx_ttf_free). FX_EINVAL for an unknown family or a bad configuration,
 * FX_EIO when no candidate file exists (the message lists them). */
int fx_fonts_load(const char *config, const char *family, fx_ttf *fonts[2]);

#endif
