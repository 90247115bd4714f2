/**
 * Saving a file from an extension page without the `downloads` permission: a Blob URL behind an
 * anchor with `download`, clicked and removed at once. The browser saves it like any download.
 */
export function downloadText(text: string, fileName: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = doc.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  doc.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The download has started once the click returns; the URL is only kept a moment for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `page-structure-linkedin-profile-2026-12-02.html`: the adapter and the day, nothing about the person. */
export function pageStructureFileName(adapter: string | null, now: Date): string {
  return `page-structure-${adapter ?? 'page'}-${now.toISOString().slice(0, 10)}.html`;
}
