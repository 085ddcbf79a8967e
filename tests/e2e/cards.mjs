// The Check photos page's contract: one element per photo, its facts in data-* attributes.
// Reads every card's data attributes into plain values.
export function readCards(page) {
  return page.$$eval('[data-photo-name]', (els) =>
    els.map((el) => {
      const d = el.dataset;
      const num = (v) => (v === undefined || v === '' ? null : Number(v));
      return {
        name: d.photoName,
        format: d.format ?? '',
        width: num(d.width),
        height: num(d.height),
        bytes: num(d.bytes),
        verdict: d.verdict ?? '',
        findings: (d.findings ?? '').split(/\s+/).filter(Boolean),
        sharpness: num(d.sharpness),
        luminance: num(d.luminance),
      };
    }),
  );
}
