// happy-dom marks no event as trusted (it has no `isTrusted` at all), so a test stands in for a person's
// click by dispatching one that says it is. Code that must tell the buyer's clicks from the page's own
// scripts' clicks (`element.click()`, untrusted) reads `event.isTrusted`.
export function trustedClick(el: Element): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
}
