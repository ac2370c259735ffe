/** Saves text as a file through the browser's download (a Blob URL, released right after the click). */
export function downloadText(fileName: string, mime: string, text: string): void {
  downloadBlob(fileName, new Blob([text], { type: mime }));
}

/** Saves a Blob (e.g. an .xlsx) as a file through the browser's download. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
