// Exports reach the user as a file: the desktop app's save dialog when the bridge has one,
// otherwise the browser's download.

export async function saveTextFile(
  filename: string,
  mediaType: string,
  content: string,
): Promise<string | null> {
  const native = window.setuBridge?.native;
  if (native) return native.saveFile(filename, content);
  const url = URL.createObjectURL(new Blob([content], { type: `${mediaType};charset=utf-8` }));
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    // Revoking at once can cancel the download in some browsers; a minute is ample.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return filename;
}
