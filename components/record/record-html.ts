// The photo record as one self-contained HTML file: pictures inside as data URLs, a CSP that allows no
// request at all, print CSS for A4 and Letter. Pure: the model, the language and the pictures' data URLs
// in, a string out; every page value is escaped (utils/record/escape). A file we write, never a page we
// inject into.
import { factsCatalogs } from '@/components/facts-text';
import { formatBytes, formatNumber } from '@/utils/format';
import { escapeHtml as e, imageDataUrl } from '@/utils/record/escape';
import type { RecordModel, RecordPicture, RecordShot, RecordStage } from '@/utils/record/model';
import type { Language, LocalText } from '@/utils/store/types';
import { type RecordText, recordCatalogs } from './record-text';

/** No request of any kind: only inline styles and data: pictures. */
export const RECORD_CSP =
  "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.4 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #111; margin: 0 auto; padding: 16px; max-width: 190mm; }
h1 { font-size: 18pt; margin: 0 0 6px; }
h2 { font-size: 14pt; margin: 18px 0 4px; border-bottom: 2px solid #333; padding-bottom: 2px; }
h3 { font-size: 11pt; margin: 0 0 4px; }
.other { color: #555; font-weight: normal; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0 0 8px; }
dl.meta dt { color: #555; }
dl.meta dd { margin: 0; }
.note { border-left: 4px solid #777; padding: 4px 8px; margin: 6px 0; background: #f4f4f4; }
.inspection { border-left-color: #b35c00; background: #fff4e5; font-weight: 600; }
.gate { margin: 2px 0 8px; }
.shot { border: 1px solid #bbb; border-radius: 4px; padding: 8px; margin: 8px 0; break-inside: avoid; page-break-inside: avoid; }
.shot-head { display: flex; justify-content: space-between; gap: 8px; align-items: baseline; }
.status { white-space: nowrap; font-weight: 600; }
.status.accepted { color: #1b6e20; } .status.poor, .status.rejected { color: #a10f0f; } .status.missing { color: #6b4e00; }
.pics { display: flex; gap: 10px; flex-wrap: wrap; margin-top: 6px; }
figure { margin: 0; width: 60mm; }
figure img { display: block; max-width: 100%; max-height: 55mm; border: 1px solid #ccc; }
figcaption { font-size: 8.5pt; color: #333; margin-top: 2px; overflow-wrap: anywhere; }
.missing-box { width: 60mm; height: 30mm; border: 2px dashed #c90; display: flex; align-items: center; justify-content: center; text-align: center; padding: 4px; }
.instr { margin: 2px 0; }
ul.requests { margin: 4px 0; padding-left: 18px; }
footer { margin-top: 16px; color: #555; font-size: 8.5pt; }
@page { size: auto; margin: 12mm; }
@media print {
  body { padding: 0; max-width: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .note, .status { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

const date = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** The name in the record's language, with the other language beside it when it differs. */
function both(text: LocalText, lang: Language): string {
  const first = lang === 'zh-CN' ? text.zh || text.en : text.en || text.zh;
  const other = lang === 'zh-CN' ? text.en : text.zh;
  const otherLang = lang === 'zh-CN' ? 'en' : 'zh-CN';
  return other && other !== first
    ? `${e(first)} <span class="other" lang="${otherLang}">${e(other)}</span>`
    : e(first);
}

function picture(pic: RecordPicture | undefined, urls: ReadonlyMap<string, string>, alt: string): string {
  const src = imageDataUrl(pic ? urls.get(pic.path) : undefined);
  return src ? `<img src="${e(src)}" alt="${e(alt)}">` : '';
}

function shotHtml(
  shot: RecordShot,
  t: RecordText,
  lang: Language,
  urls: ReadonlyMap<string, string>,
  n: number,
) {
  const facts = factsCatalogs[lang];
  const label = lang === 'zh-CN' ? shot.label.zh || shot.label.en : shot.label.en || shot.label.zh;
  const instructions = [shot.instructions.en, shot.instructions.zh].filter(Boolean);
  const refs = shot.references.length
    ? shot.references
        .map(
          (r) =>
            `<figure>${picture(r, urls, `${t.reference}: ${label}`)}<figcaption>${e(t.reference)} · ${e(r.path.split('/').pop() ?? '')}</figcaption></figure>`,
        )
        .join('')
    : `<figure><figcaption>${e(t.noReference)}</figcaption></figure>`;
  let photo: string;
  const p = shot.photo;
  if (!p) photo = `<figure><div class="missing-box">${e(t.missing)}</div></figure>`;
  else {
    const size = [
      p.width && p.height ? `${formatNumber(p.width)}×${formatNumber(p.height)}` : '',
      p.bytes !== undefined ? formatBytes(p.bytes) : '',
    ]
      .filter(Boolean)
      .join(' · ');
    const findings = p.findings.map((f) => facts.findings[f.code](f).short);
    const lines = [
      `<strong>${e(p.fileName)}</strong>`,
      e(size),
      `${e(t.taken)}: ${e(p.takenAt ? p.takenAt.replace('T', ' ') : t.notTaken)}`,
      `${e(t.received)}: ${e(date(p.receivedAt))}`,
      findings.length ? `${e(t.problems)}: ${e(findings.join(', '))}` : '',
      p.rejectReason ? e(t.rejectedBecause(p.rejectReason)) : '',
      shot.photosReceived > 1 ? e(t.photosReceived(shot.photosReceived)) : '',
    ].filter(Boolean);
    photo = `<figure>${picture(p.picture, urls, `${t.photo}: ${label}`)}<figcaption>${lines.join('<br>')}</figcaption></figure>`;
  }
  return `<article class="shot">
<div class="shot-head"><h3>${n}. ${both(shot.label, lang)} <span class="other">(${e(shot.required ? t.required : t.optional)})</span></h3><span class="status ${shot.status}">${e(t.status[shot.status])}</span></div>
${instructions.length ? `<p class="instr"><span class="other">${e(t.instructions)}:</span> ${instructions.map(e).join(' / ')}</p>` : ''}
<div class="pics">${refs}${photo}</div>
</article>`;
}

function stageHtml(
  stage: RecordStage,
  model: RecordModel,
  t: RecordText,
  lang: Language,
  urls: ReadonlyMap<string, string>,
) {
  const gateLabel = stage.gate
    ? lang === 'zh-CN'
      ? stage.gate.label.zh || stage.gate.label.en
      : stage.gate.label.en || stage.gate.label.zh
    : '';
  const due = stage.gate?.dueDate ?? stage.dueDate;
  const gate = [
    stage.gate ? t.gate(gateLabel) : t.noGate,
    due ? t.due(due) : '',
    stage.canProceed ? t.gateClear : t.gateOpen,
  ]
    .filter(Boolean)
    .map(e)
    .join(' · ');
  const requests = stage.requests.length
    ? `<ul class="requests">${stage.requests
        .map(
          (r) =>
            `<li>${e(t.asked(date(r.askedAt), r.channel, r.by))}, ${e(r.answeredAt ? t.answered(date(r.answeredAt)) : t.notAnswered)}${
              r.items.length ? `<br>${r.items.map(e).join('<br>')}` : ''
            }</li>`,
        )
        .join('')}</ul>`
    : `<p>${e(t.noRequests)}</p>`;
  return `<section class="stage" data-stage-kind="${e(stage.kind)}">
<h2>${both(stage.name, lang)}</h2>
<p class="gate">${gate}</p>
${stage.lastBeforeShipment && model.inspectionNote ? `<p class="note inspection" role="note">${e(t.lastBeforeShipment)}</p>` : ''}
${stage.shots.map((s, i) => shotHtml(s, t, lang, urls, i + 1)).join('\n')}
<h3>${e(t.requests)}</h3>
${requests}
</section>`;
}

/**
 * The record file. `urls`: data URLs by picture path (utils/record/model's `RecordPicture.path`); a
 * picture without one, or with anything but an image data URL, is left out.
 */
export function recordHtml(model: RecordModel, lang: Language, urls: ReadonlyMap<string, string>): string {
  const t = recordCatalogs[lang];
  const po = model.order.poNumbers.join(' · ');
  const supplier = model.supplier?.company ?? '';
  const meta: [string, string][] = [
    [t.order, po],
    [t.supplier, [supplier, model.supplier?.contactName].filter(Boolean).join(' · ')],
    [t.product, model.order.product],
    ...(model.order.quantity !== undefined
      ? [[t.quantity, formatNumber(model.order.quantity)] as [string, string]]
      : []),
    [t.made, date(model.generatedAt)],
  ];
  return `<!doctype html>
<html lang="${lang === 'zh-CN' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(RECORD_CSP)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(t.fileTitle(po, supplier))}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${e(t.title)}</h1>
<dl class="meta">${meta.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>
<p class="note" role="note">${e(t.notInspection)}</p>
<p class="note">${e(t.noOriginals)}</p>
</header>
<main>
${model.stages.length ? model.stages.map((s) => stageHtml(s, model, t, lang, urls)).join('\n') : `<p>${e(t.noStages)}</p>`}
</main>
<footer>${e(t.madeBy)}</footer>
</body>
</html>
`;
}
