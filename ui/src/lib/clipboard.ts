// Copying a value for the officer to paste into Uppföljning Finsam's web form. The UI has
// no clipboard plugin (the capability allows the app's own commands only), so it uses the
// webview's own clipboard: navigator.clipboard where the webview offers it, else the older
// execCommand("copy") on a selected, hidden text field.

/** Puts `text` on the clipboard; whether it worked. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, no user gesture): try the older way below.
  }
  return copyBySelection(text);
}

function copyBySelection(text: string): boolean {
  const field = document.createElement("textarea");
  field.value = text;
  field.setAttribute("readonly", "");
  field.setAttribute("aria-hidden", "true");
  field.style.position = "fixed";
  field.style.opacity = "0";
  field.style.left = "-1000px";
  document.body.appendChild(field);
  field.focus({ preventScroll: true });
  field.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    field.remove();
  }
}
