/**
 * How the teacher page hands files to the teacher: the browser's own download and print
 * dialogs, no server. DOM only; the model (model.ts) made the files.
 */
/** Saves a file through a temporary `<a download>`: the browser's own download, no server. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; a minute leaves slow disks time to read the blob.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}

/**
 * Prints an HTML document through a hidden iframe. The document goes in as `srcdoc`
 * (the worksheet exporter has already escaped every text in it); the sandbox lets the
 * page call `print()` on it but runs no script inside it.
 */
export function printInFrame(documentHtml: string): void {
  document.getElementById('classroom-print-frame')?.remove();
  const frame = document.createElement('iframe');
  frame.id = 'classroom-print-frame';
  frame.title = 'Worksheet, for printing';
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  Object.assign(frame.style, { position: 'fixed', right: '0', bottom: '0', width: '0', height: '0', border: '0' });
  frame.addEventListener(
    'load',
    () => {
      frame.contentWindow?.focus();
      frame.contentWindow?.print();
    },
    { once: true },
  );
  frame.srcdoc = documentHtml;
  document.body.append(frame);
}
