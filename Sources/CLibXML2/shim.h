// libxml2's HTML parser, for saved web pages (Debian: libxml2-dev).
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers clash with the ICU inside Foundation when a
// module sees both ("UErrorCode has different definitions"). Nothing here uses libxml2's
// ICU converters (pages are decoded to UTF-8 first), so its ICU declarations are left out.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
