// The two ways a file leaves the tablet: saved through the browser's download, or handed to the
// device's share sheet (Web Share API with files) where the device has one.

/** Saves `file` as `name` in the device's downloads (an object URL and an <a download>). */
export function downloadFile(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns: let it go a little later.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Whether this device can hand a file of this kind to its share sheet. */
export function canSendFiles(name: string, mime: string): boolean {
  if (typeof navigator.canShare !== 'function' || typeof navigator.share !== 'function') {
    return false;
  }
  try {
    return navigator.canShare({ files: [new File([new Uint8Array(1)], name, { type: mime })] });
  } catch {
    return false;
  }
}

/** How handing a file to the share sheet ended. */
export type SendResult = 'sent' | 'cancelled' | 'tap-again' | 'failed';

/** Hands `file` to the device's share sheet; says whether it went, or why not. */
export async function sendFile(file: File, title: string): Promise<SendResult> {
  try {
    if (!navigator.canShare?.({ files: [file] })) return 'failed';
    await navigator.share({ files: [file], title });
    return 'sent';
  } catch (error) {
    // By name: a DOMException is not an Error in every browser (or test DOM).
    const name = error && typeof error === 'object' && 'name' in error ? error.name : '';
    if (name === 'AbortError') return 'cancelled';
    // The tap that asked to send was too long ago (the file took a while to make).
    if (name === 'NotAllowedError') return 'tap-again';
    return 'failed';
  }
}
