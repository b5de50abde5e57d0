#pragma once
// Illustrations inside rich text (step instructions, the user guide) are drawn for a wide screen: scale them down
// (never up) to a width, keeping the aspect ratio.

class QPalette;
class QTextDocument;

namespace rdpd {

void fitImagesToWidth(QTextDocument *doc, int maxWidth);
// With a dark palette, line drawings made for a white page disappear: every image of the document is put on a
// light card (the image drawn over an opaque near-white rectangle). Does nothing when the palette is light.
void putImagesOnLightCards(QTextDocument *doc, const QPalette &palette);
// True when the palette's text background is dark.
bool isDarkPalette(const QPalette &palette);

}  // namespace rdpd
