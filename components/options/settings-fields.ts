// The settings as the settings page shows them. The thresholds: grouped, each group with why it exists, in
// the units a buyer thinks in (KB, %, days) rather than the stored ones (bytes, fractions). The re-request
// templates: one per language, the default shown when the buyer has not written their own.
import { DEFAULT_TEMPLATES, type TemplateLanguage } from '@/utils/reply/reply-template';
import type { Settings } from '@/utils/store/types';
import { DEFAULT_THRESHOLDS, type Thresholds } from '@/utils/triage/thresholds';
import { text } from './text';

export interface ThresholdField {
  key: keyof Thresholds;
  /** In the interface language (a getter: it follows a switch). */
  readonly label: string;
  readonly unit: string;
  /** stored = shown × scale. */
  scale: number;
  step: number;
}

type GroupId = keyof ReturnType<typeof text>['settings']['groups'];

export interface ThresholdGroup {
  id: GroupId;
  readonly title: string;
  readonly why: string;
  fields: ThresholdField[];
}

const f = (key: keyof Thresholds, scale = 1, step = 1): ThresholdField => ({
  key,
  get label() {
    return text().settings.fields[key]?.[0] ?? key;
  },
  get unit() {
    return text().settings.fields[key]?.[1] ?? '';
  },
  scale,
  step,
});

const group = (id: GroupId, fields: ThresholdField[]): ThresholdGroup => ({
  id,
  get title() {
    return text().settings.groups[id].title;
  },
  get why() {
    return text().settings.groups[id].why;
  },
  fields,
});

export const THRESHOLD_GROUPS: ThresholdGroup[] = [
  group('resolution', [f('minLongEdge')]),
  group('fileSize', [f('failBelowBytes', 1024), f('warnBelowBytes', 1024)]),
  group('jpeg', [f('failBelowQuality'), f('warnBelowQuality'), f('minBytesPerPixel', 1, 0.01)]),
  group('sharpness', [f('failBelowSharpness'), f('warnBelowSharpness')]),
  group('lighting', [
    f('failBelowLuminance'),
    f('warnBelowLuminance'),
    f('warnAboveLuminance'),
    f('maxClippedBright', 0.01),
    f('maxClippedDark', 0.01),
  ]),
  group('duplicates', [f('nearDuplicateBits')]),
  group('capture', [f('maxCaptureAgeDays')]),
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
      const typed = (shown[field.key] ?? '').trim();
      const value = typed === '' ? DEFAULT_THRESHOLDS[field.key] : storedValue(field, Number(typed));
      if (!Number.isFinite(value) || value < 0) {
        problems.push(text().settings.limits.invalid(group.title, field.label));
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
  readonly label: string;
  /** `lang` attribute of the textarea, so the browser picks the right font and spell checker. */
  htmlLang: string;
}

export const REPLY_TEMPLATE_FIELDS: readonly ReplyTemplateField[] = [
  {
    lang: 'en',
    get label() {
      return text().settings.templates.fieldEn;
    },
    htmlLang: 'en',
  },
  {
    lang: 'zh',
    get label() {
      return text().settings.templates.fieldZh;
    },
    htmlLang: 'zh-CN',
  },
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
    const typed = texts[lang]?.replace(/\r\n?/g, '\n');
    patch[lang] = typed === undefined || typed === DEFAULT_TEMPLATES[lang] ? undefined : typed;
  }
  return patch;
}
