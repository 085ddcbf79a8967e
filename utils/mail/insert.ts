// Putting a drafted reply into the mail client's editor so that the editor keeps it: typed in through
// the browser's own editing command (the editor sees real input, Gmail saves the draft), with a Range
// fallback that announces itself with an input event. No innerHTML, no HTML parsing: Gmail enforces
// Trusted Types, and plain text is what both editors accept from typing.

/** Put the caret in the editor: where it already is, else at the start (above the quoted message). */
function placeCaret(editor: HTMLElement): Selection | null {
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return null;
  const inside = selection.rangeCount > 0 && editor.contains(selection.getRangeAt(0).commonAncestorContainer);
  if (!inside) {
    const range = editor.ownerDocument.createRange();
    range.setStart(editor, 0);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  return selection;
}

/** Insert `text` where the cursor is. Resolves true when the editor took it as typed input. */
export function insertIntoEditor(editor: HTMLElement, text: string): boolean {
  editor.focus();
  const selection = placeCaret(editor);
  const doc = editor.ownerDocument;
  // execCommand is deprecated but remains the one way to make a contenteditable editor treat text as typed.
  if (doc.execCommand?.('insertText', false, text)) return true;
  if (!selection?.rangeCount) return false;
  const range = selection.getRangeAt(0);
  range.deleteContents();
  const fragment = doc.createDocumentFragment();
  text.split('\n').forEach((line, i) => {
    if (i > 0) fragment.append(doc.createElement('br'));
    fragment.append(doc.createTextNode(line));
  });
  range.insertNode(fragment);
  range.collapse(false);
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return true;
}
