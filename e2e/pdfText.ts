// The text of a PDF, page by page, as pdfjs-dist (Mozilla's reader, its legacy build for Node) extracts it: what a
// person could select and copy. Shared by the renderer's unit test and the browser test of the downloads.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    // An item ends a line where pdf.js says so; otherwise items of one line are joined as they are.
    pages.push(content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : '')).join(''));
  }
  await pdf.destroy();
  return pages;
}
