/**
 * Saves text as a file through a temporary object URL and a link with a
 * `download` name; the URL is released after the browser has started the
 * download (revoking at once can cancel it in some browsers).
 */
export function downloadTextFile(
  text: string,
  fileName: string,
  contentType: string,
): void {
  const url = URL.createObjectURL(new Blob([text], { type: contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
