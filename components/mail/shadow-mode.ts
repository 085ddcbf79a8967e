/**
 * Our mail UI's shadow roots are closed: the mail client's scripts cannot read the supplier, the order or
 * the checklist in them. Only the Firefox end-to-end build (`wxt build -b firefox --mode e2e`, never
 * packaged) opens them, because Firefox gives tests no DevTools protocol to reach a closed root
 * (tests/e2e/README.md › Firefox). Vite replaces MODE at build time: a store build holds 'closed' only.
 */
export const SHADOW_ROOT_MODE: ShadowRootMode = import.meta.env.MODE === 'e2e' ? 'open' : 'closed';
