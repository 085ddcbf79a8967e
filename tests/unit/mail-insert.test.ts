import { describe, expect, it } from 'vitest';
import { insertIntoEditor } from '@/utils/mail/insert';

describe('insertIntoEditor', () => {
  it('puts the text at the start of the reply, above the quote, and tells the editor with an input event', () => {
    document.body.innerHTML =
      '<div id="ed" contenteditable="true" role="textbox"><blockquote>On Monday Amy wrote…</blockquote></div>';
    const editor = document.getElementById('ed')!;
    const inputs: string[] = [];
    editor.addEventListener('input', (e) => inputs.push((e as InputEvent).inputType));
    // happy-dom has no editing commands: this exercises the Range fallback.
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    expect(insertIntoEditor(editor, 'Hi Amy,\n1. Please resend <front>.jpg')).toBe(true);
    expect(editor.firstChild?.textContent).toBe('Hi Amy,');
    expect(editor.querySelector('br')).not.toBeNull();
    expect(editor.textContent).toContain('1. Please resend <front>.jpg');
    expect(editor.querySelector('front')).toBeNull(); // text, never markup
    expect(editor.querySelector('blockquote')?.textContent).toBe('On Monday Amy wrote…');
    expect(inputs).toEqual(['insertText']);
  });

  it('uses the browser’s editing command when it works (the editor sees typing)', () => {
    document.body.innerHTML = '<div id="ed" contenteditable="true"></div>';
    const editor = document.getElementById('ed')!;
    const calls: unknown[][] = [];
    Object.defineProperty(document, 'execCommand', {
      value: (...args: unknown[]) => {
        calls.push(args);
        return true;
      },
      configurable: true,
    });
    expect(insertIntoEditor(editor, 'hello')).toBe(true);
    expect(calls).toEqual([['insertText', false, 'hello']]);
  });
});
