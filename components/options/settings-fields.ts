// The settings as the settings page shows them. The thresholds: grouped, each group with why it exists, in
// the units a buyer thinks in (KB, %, days) rather than the stored ones (bytes, fractions). The re-request
// templates: one per language, the default shown when the buyer has not written their own.
import { DEFAULT_TEMPLATES, type TemplateLanguage } from '@/utils/reply/template';
import type { Settings } from '@/utils/store/types';
import { DEFAULT_THRESHOLDS, type Thresholds } from '@/utils/triage/thresholds';

export interface ThresholdField {
  key: keyof Thresholds;
  label: string;
  unit: string;
  /** stored = shown × scale. */
  scale: number;
  step: number;
}

export interface ThresholdGroup {
  title: string;
  why: string;
  fields: ThresholdField[];
}

const f = (key: keyof Thresholds, label: string, unit: string, scale = 1, step = 1): ThresholdField => ({
  key,
  label,
  unit,
  scale,
  step,
});

export const THRESHOLD_GROUPS: ThresholdGroup[] = [
  {
    title: 'Resolution',
    why: 'Below this long edge, stitching, labels and scratches cannot be inspected by zooming in.',
    fields: [f('minLongEdge', 'Minimum long edge', 'px')],
  },
  {
    title: 'File size',
    why: 'A small file was resized or recompressed on its way: the 68 KB photo nobody can zoom into.',
    fields: [
      f('failBelowBytes', 'Re-request below', 'KB', 1024),
      f('warnBelowBytes', 'Check below', 'KB', 1024),
    ],
  },
  {
    title: 'JPEG quality',
    why: 'Heavy compression leaves blocky artefacts that hide surface defects; phone cameras save at 85–95.',
    fields: [
      f('failBelowQuality', 'Re-request below', 'quality'),
      f('warnBelowQuality', 'Check below', 'quality'),
      f('minBytesPerPixel', 'Quality unknown: re-request below', 'bytes / pixel', 1, 0.01),
    ],
  },
  {
    title: 'Sharpness',
    why: 'Out of focus or shaken. Sharp phone photos score in the hundreds; a visible blur scores under 20.',
    fields: [
      f('failBelowSharpness', 'Re-request below', 'score'),
      f('warnBelowSharpness', 'Check below', 'score'),
    ],
  },
  {
    title: 'Lighting',
    why: 'Too dark to judge colour and finish, or so bright that details are blown out.',
    fields: [
      f('failBelowLuminance', 'Too dark below', '/ 255'),
      f('warnBelowLuminance', 'Check below', '/ 255'),
      f('warnAboveLuminance', 'Overexposed above', '/ 255'),
      f('maxClippedBright', 'Blown out above', '% of pixels', 0.01),
      f('maxClippedDark', 'Crushed black above', '% of pixels', 0.01),
    ],
  },
  {
    title: 'Duplicates',
    why: 'Resizing and re-encoding move a picture’s hash by a few bits; different photos differ by about 32.',
    fields: [f('nearDuplicateBits', 'Same picture within', 'bits')],
  },
  {
    title: 'Capture date',
    why: 'Production photos are taken days before they are sent, not months: an old one may be from another order.',
    fields: [f('maxCaptureAgeDays', 'Old photo after', 'days')],
  },
];

const round = (n: number) => Math.round(n * 10_000) / 10_000;

export const shownValue = (field: ThresholdField, stored: number) => round(stored / field.scale);
export const storedValue = (field: ThresholdField, shown: number) => round(shown * field.scale);

/**
 * The thresholds patch for what the form shows: a value equal to the default is stored as "default"
 * (undefined), so a default improved in a later release reaches the buyer.
 */
export function thresholdPatch(shown: Record<string, string>): {
  patch: Partial<Thresholds>;
  problems: string[];
} {
  const patch: Partial<Thresholds> = {};
  const problems: string[] = [];
  for (const group of THRESHOLD_GROUPS) {
    for (const field of group.fields) {
      const text = (shown[field.key] ?? '').trim();
      const value = text === '' ? DEFAULT_THRESHOLDS[field.key] : storedValue(field, Number(text));
      if (!Number.isFinite(value) || value < 0) {
        problems.push(`${group.title}, ${field.label}: enter a number of 0 or more`);
        continue;
      }
      patch[field.key] = value === DEFAULT_THRESHOLDS[field.key] ? undefined : value;
    }
  }
  return { patch, problems };
}

// ——— Re-request templates ———

export interface ReplyTemplateField {
  lang: TemplateLanguage;
  label: string;
  /** `lang` attribute of the textarea, so the browser picks the right font and spell checker. */
  htmlLang: string;
}

export const REPLY_TEMPLATE_FIELDS: readonly ReplyTemplateField[] = [
  { lang: 'en', label: 'English', htmlLang: 'en' },
  { lang: 'zh', label: 'Chinese (简体中文)', htmlLang: 'zh-CN' },
];

export type ReplyTemplateTexts = Record<TemplateLanguage, string>;

/** What the editor shows: the buyer's template, else the default. */
export const shownTemplates = (saved: Settings['replyTemplates']): ReplyTemplateTexts => ({
  en: saved?.en ?? DEFAULT_TEMPLATES.en,
  zh: saved?.zh ?? DEFAULT_TEMPLATES.zh,
});

/**
 * The settings patch for what the editor shows: a template equal to the default is stored as "default"
 * (undefined), so improved default wording in a later release reaches the buyer. Line endings are
 * normalised (a textarea may hand back `\r\n`).
 */
export function replyTemplatesPatch(
  texts: Partial<ReplyTemplateTexts>,
): NonNullable<Settings['replyTemplates']> {
  const patch: NonNullable<Settings['replyTemplates']> = {};
  for (const { lang } of REPLY_TEMPLATE_FIELDS) {
    if (!(lang in texts)) continue;
    const text = texts[lang]?.replace(/\r\n?/g, '\n');
    patch[lang] = text === undefined || text === DEFAULT_TEMPLATES[lang] ? undefined : text;
  }
  return patch;
}
