// Every word of a re-request, in English and Simplified Chinese, as data. The drafter picks and joins
// these; nothing else in `utils/reply` writes a sentence.
//
// How the Chinese is written: the reader is a factory's sales or QC contact, who reads many buyer
// emails a day. It is the register of `utils/triage/shot-list-templates.ts` — short, concrete, polite without
// ceremony: 麻烦您… / 请… for requests, 辛苦了 to thank, the trade's own words (原图, 唛头, 对焦,
// 光线充足, 现拍). It is not a translation of the English sentence by sentence: each side says what
// a native writer would say to get the same photo. Notes beside a phrase explain where a literal
// rendering would mislead.
//
// Placeholders inside phrases (`{value}`, `{label}`…) are filled by `interpolate`, once, left to
// right: a value is never scanned again, so a file name like `{po}.jpg` stays as it is.
import type { FindingCode } from '@/utils/photo/types';
import type { LocalText } from '@/utils/store/types';

/** What the supplier is asked to do about a photo. Finding codes that need the same action share one. */
export type RequestKey = 'new-photos' | 'refocus' | 'light' | 'photo-itself' | 'original' | 'chat' | 'resend';

export interface RequestPhrase {
  /** One short sentence, for brief drafts. */
  short: LocalText;
  /** The full request, with the how-to, for detailed drafts. */
  full: LocalText;
}

/**
 * In the order a supplier should read them: a photo to take again first (its file size no longer
 * matters once it is retaken), then how to send the file.
 */
export const REQUESTS: Record<RequestKey, RequestPhrase> = {
  'new-photos': {
    short: {
      en: 'Please take a new photo of this production.',
      zh: '请针对这批货现拍新的照片。',
    },
    full: {
      en: 'Please take new photos of this production, today, rather than sending photos taken before.',
      // 现拍 = "shot now, on the spot": the point is fresh photos, which 新照片 alone does not carry.
      // 这批货 ("this batch of goods") is how a factory refers to the order in production.
      zh: '麻烦针对这批货现拍新的照片发给我们，不要用以前拍的图。',
    },
  },
  refocus: {
    short: { en: 'Please retake it in focus.', zh: '请重新对焦，拍清楚一点。' },
    full: {
      en: 'Please retake it: tap the screen on the product to focus, hold the phone steady, and move closer instead of zooming in.',
      zh: '麻烦重拍一张：拍之前先点一下屏幕上的产品对焦，手机拿稳，拍细节时走近一点拍，不要用变焦放大。',
    },
  },
  light: {
    short: { en: 'Please retake it in good light.', zh: '请在光线充足的地方重拍。' },
    full: {
      en: 'Please retake it in daylight or good, even light, without flash glare on the product.',
      // 反光 is the glare a flash leaves on a glossy surface; 闪光灯 the flash itself.
      zh: '麻烦在自然光下或光线充足、均匀的地方重拍，不要开闪光灯，避免产品表面反光。',
    },
  },
  'photo-itself': {
    short: { en: 'Please send the photo itself, not a screenshot.', zh: '请发照片本身，不要截图。' },
    full: {
      en: 'Please send the photo file itself, not a screenshot of it: a screenshot loses detail and the date the photo was taken.',
      zh: '请直接发照片文件，不要截图发过来：截图会损失细节，也没有拍摄日期。',
    },
  },
  original: {
    short: { en: 'Please send the original file, not resized.', zh: '请发原图，不要缩小或压缩画质。' },
    full: {
      en: 'Please send the original file straight from the phone or camera, without resizing or compressing it. If the mail app asks for an image size, choose “Actual size” — not “reduce size” or “small”.',
      // 压缩 means both "lower the quality" and "zip": say 画质 when meaning quality, so that this does
      // not contradict the zip offered in `chat`. “实际大小” is the label iPhone Mail shows in Chinese.
      zh: '麻烦直接发手机或相机里的原图文件，不要缩小尺寸，也不要压缩画质。用邮箱发的时候如果提示选择图片大小，请选“实际大小”或“原图”，不要选“小”或“中”。',
    },
  },
  chat: {
    short: {
      en: 'On WeChat, tick 原图 (“Original image”); or send a zip.',
      zh: '用微信发请勾选“原图”，或者打包成zip发过来。',
    },
    full: {
      en: 'On WeChat, please tick 原图 (“Original image”) at the bottom before sending; or put the photos in a zip file, or attach them to the email as files instead of pasting them into the message.',
      // 压缩包 (a zip) keeps every byte, unlike 压缩画质: "打包成zip" avoids the word 压缩 altogether.
      zh: '用微信发的话，发送前请勾选底部的“原图”；也可以把照片打包成zip文件发过来，或者作为邮件附件发送，不要直接贴在邮件正文里。',
    },
  },
  resend: {
    short: { en: 'Please send the file again, as JPEG.', zh: '请重新发一下，用JPG格式。' },
    full: {
      en: 'Please send the photo again as a JPEG file (on iPhone: Settings → Camera → Formats → Most Compatible).',
      // Factories say JPG, not JPEG. The iPhone path is the Chinese iOS wording.
      zh: '麻烦重新发一次，用JPG格式的照片文件（苹果手机可在“设置 → 相机 → 格式”里选“兼容性最佳”）。',
    },
  },
};

export const REQUEST_ORDER: readonly RequestKey[] = [
  'new-photos',
  'refocus',
  'light',
  'photo-itself',
  'original',
  'chat',
  'resend',
];

/** A finding the supplier is asked to act on. */
export interface AskingPhrase {
  request: RequestKey;
  /** A few words, for the one-line (brief) item. */
  short: LocalText;
  /** What is wrong, as a clause; the detailed item puts it before the request. */
  problem: LocalText;
  /**
   * The measurement behind it, in brackets after the problem: `{value}` (the measured value, formatted
   * by the drafter), `{threshold}`, `{other}` (the other photo: its file name, and for a reused one
   * the date it was first received).
   */
  measured?: LocalText;
}

/** A finding that asks nothing of the supplier: why not, for whoever reads this code. */
export interface InfoOnlyPhrase {
  request: null;
  why: string;
}

export type FindingPhrase = AskingPhrase | InfoOnlyPhrase;

/**
 * One entry per finding code. Typed as a full `Record`, so a new code does not compile until it
 * is worded here (or declared info-only, with the reason).
 */
export const FINDING_PHRASES: Record<FindingCode, FindingPhrase> = {
  'too-small': {
    request: 'original',
    short: { en: 'low resolution', zh: '分辨率太低' },
    problem: { en: 'too small to zoom in on details', zh: '照片尺寸太小，放大看不清细节' },
    measured: {
      en: 'only {value} px on the long side; we need at least {threshold} px',
      zh: '长边只有{value}像素，至少需要{threshold}像素',
    },
  },
  'small-file': {
    request: 'original',
    short: { en: 'heavily compressed', zh: '文件太小' },
    problem: { en: 'the file is heavily compressed', zh: '文件被压缩得很厉害' },
    measured: { en: 'only {value}', zh: '只有{value}' },
  },
  'over-compressed': {
    request: 'original',
    short: { en: 'over-compressed', zh: '画质压缩过度' },
    problem: {
      en: 'compressed so much that surface defects are hidden',
      zh: '画质压缩太多，表面的瑕疵看不出来',
    },
  },
  'chat-recompressed': {
    request: 'chat',
    short: { en: 'shrunk by a chat app', zh: '被聊天软件压缩' },
    problem: {
      en: 'it looks like it went through a chat app, which shrinks photos',
      // 微信等聊天软件: naming WeChat makes the cause obvious; the supplier may have used another app.
      zh: '看起来是通过微信等聊天软件发的，图片被自动压缩了',
    },
  },
  screenshot: {
    request: 'photo-itself',
    short: { en: 'a screenshot', zh: '是截图' },
    problem: { en: 'this is a screenshot, not the photo itself', zh: '这是截图，不是照片原文件' },
  },
  blurry: {
    request: 'refocus',
    short: { en: 'blurry', zh: '模糊' },
    // 没对上焦 / 手抖: how people describe a blurred phone photo (not 失焦, which reads technical).
    problem: {
      en: 'the photo is blurred (out of focus or shaken)',
      zh: '照片模糊，没对上焦或者拍的时候手抖了',
    },
  },
  dark: {
    request: 'light',
    short: { en: 'too dark', zh: '太暗' },
    problem: { en: 'too dark to judge colour and finish', zh: '光线太暗，看不清颜色和表面效果' },
  },
  overexposed: {
    request: 'light',
    short: { en: 'overexposed', zh: '曝光过度' },
    problem: { en: 'overexposed: bright areas are washed out', zh: '曝光过度，亮的地方发白，看不清细节' },
  },
  duplicate: {
    request: 'new-photos',
    short: { en: 'a duplicate', zh: '重复的照片' },
    problem: { en: 'the same photo was sent twice', zh: '和另一张是同一张照片' },
    measured: { en: 'same as {other}', zh: '与{other}相同' },
  },
  'near-duplicate': {
    request: 'new-photos',
    short: { en: 'a copy of another photo', zh: '重复的照片' },
    problem: { en: 'a copy of another photo already sent', zh: '和已经发过的另一张是同一张图' },
    measured: { en: 'same picture as {other}', zh: '与{other}是同一张图' },
  },
  reused: {
    request: 'new-photos',
    short: { en: 'sent before', zh: '以前发过' },
    // The drafter picks `REUSED_PROBLEM.otherOrder` or `.earlier` when the checklist says which.
    problem: { en: 'this photo was already sent before', zh: '这张照片之前已经发过了' },
    measured: { en: 'first received: {other}', zh: '最早收到的是：{other}' },
  },
  'old-capture': {
    request: 'new-photos',
    short: { en: 'an old photo', zh: '旧照片' },
    problem: { en: 'it was taken long before it was sent', zh: '拍摄日期比发送日期早很多' },
    measured: { en: 'taken {value} days before it was sent', zh: '拍摄时间比发送时间早{value}天' },
  },
  unreadable: {
    request: 'resend',
    short: { en: 'cannot be opened', zh: '打不开' },
    problem: {
      en: 'the file could not be opened (it may have been damaged on the way)',
      zh: '文件打不开，可能在传输过程中损坏了',
    },
  },
  unsupported: {
    request: 'resend',
    short: { en: 'not a photo file', zh: '不是图片格式' },
    problem: { en: 'the file is not a photo format we can open', zh: '文件不是我们能打开的图片格式' },
  },
  'metadata-stripped': {
    request: null,
    why:
      'No camera data alone proves nothing: many apps strip it. When it matters (with a small, ' +
      'chat-sized file), `chat-recompressed` fires and carries the request.',
  },
  'too-many-pixels': {
    request: null,
    why: 'More pixels than we dare decode is a very large photo, not a poor one: nothing to ask.',
  },
  'not-decodable': {
    request: null,
    why:
      "The buyer's browser cannot decode the format (HEIC in Chrome): our limitation, not the " +
      "supplier's fault. The buyer may ask for JPEG by hand; the draft does not.",
  },
};

/** The reused-photo problem when the checklist knows where the photo was seen first. */
export const REUSED_PROBLEM: { otherOrder: LocalText; earlier: LocalText } = {
  otherOrder: {
    en: 'this photo was already sent for another order',
    zh: '这张照片之前在别的订单里已经发过了',
  },
  earlier: {
    en: 'this photo was already sent earlier for this order',
    zh: '这张照片之前已经发过了，不是这次新拍的',
  },
};

/** The parts of an item in the numbered list. `{label}` is the shot's name, `{file}` the file name. */
export const ITEM_PHRASES = {
  /** Title of a photo to retake or resend: the shot and the file. */
  photo: { en: '{label} ({file})', zh: '{label}（{file}）' },
  /** A photo assigned to no shot name (should not happen: only shots are asked for). */
  photoNoLabel: { en: '{file}', zh: '{file}' },
  /** A poor photo whose findings ask nothing in particular. */
  retake: { en: 'Please take it again.', zh: '麻烦重拍一张。' },
  /** The buyer rejected the photo, with the reason they typed (in their own language). */
  rejected: {
    en: 'Not accepted ({reason}). Please take it again.',
    zh: '这张不符合要求（{reason}），麻烦重拍一张。',
  },
  rejectedNoReason: { en: 'Not accepted. Please take it again.', zh: '这张不符合要求，麻烦重拍一张。' },
  /** A required shot not received. */
  missing: {
    en: '{label}: not received yet, please send it.',
    // 拍好发给我们 ("take it and send it to us") — plain, and right for a shot of several photos too.
    zh: '{label}：还没有收到，麻烦拍好发给我们。',
  },
  /** An optional shot not received (detailed drafts only). */
  missingOptional: {
    en: '{label} (optional, if you can): not received yet.',
    zh: '{label}（可选）：还没有收到，方便的话也请拍一张。',
  },
  /** The shot's instructions under a missing or rejected shot. */
  instructions: {
    en: '{instructions}',
    // A label makes the line read as the brief it is; English needs none.
    zh: '拍摄要求：{instructions}',
  },
} satisfies Record<string, LocalText>;

/** Requests a buyer often adds; `{po}` and `{today}` are filled by the drafter. */
export type GeneralRequest = 'scale' | 'date-note' | 'same-angles';

export const GENERAL_REQUESTS: Record<GeneralRequest, LocalText> = {
  scale: {
    en: 'In the new photos, please put a ruler or tape measure in the frame for scale.',
    // 作参照 = "as a reference": the Chinese says why the ruler is there, which the English "for scale" does.
    zh: '新拍的照片里请放一把尺子或卷尺一起拍，作为大小的参照。',
  },
  'date-note': {
    en: 'Please put a note in the photos with the date they are taken and our PO number, e.g. “{today} {po}”.',
    zh: '请在照片里放一张纸条，写上拍照当天的日期和我们的订单号，例如“{today} {po}”。',
  },
  'same-angles': {
    en: 'Please take them from the same angles as the approved photos attached to this email.',
    zh: '拍摄角度请参考邮件附件里我们确认过的照片，尽量保持一致。',
  },
};

/**
 * The gate line: the photos are needed before the point of no return. `{gate}` is the gate's label
 * (a noun phrase: "packing and shipping", 装箱出货), `{due}` the formatted date.
 */
export const GATE_PHRASES = {
  noDate: {
    en: 'Please send these before {gate}; once we have confirmed them, you can go ahead.',
    zh: '请在{gate}之前把以上照片发给我们，我们确认没问题后你们再继续。',
  },
  due: {
    en: 'Please send these before {gate}, planned for {due}; once we have confirmed them, you can go ahead.',
    // Chinese states the plan first, then the request: 先说计划，再提要求 reads naturally; the English order does not.
    zh: '{gate}计划在{due}，请在这之前把以上照片发给我们，我们确认没问题后你们再继续。',
  },
  overdue: {
    en: '{gate} was planned for {due}: please send these as soon as possible, and wait for our confirmation before you go ahead.',
    zh: '{gate}原计划在{due}，请尽快把以上照片发给我们，等我们确认后再继续。',
  },
} satisfies Record<string, LocalText>;

/**
 * A due date and how far it is from today. `{date}` is `28 Nov 2026` / `11月28日` (`2027年1月5日` in
 * another year), `{weekday}` `Sat` / `周六`. Chinese keeps the weekday and the distance in one bracket.
 */
export const DUE_PHRASES = {
  future: { en: '{weekday} {date} (in {days} days)', zh: '{date}（{weekday}，还有{days}天）' },
  tomorrow: { en: '{weekday} {date} (tomorrow)', zh: '{date}（{weekday}，明天）' },
  today: { en: '{weekday} {date} (today)', zh: '{date}（{weekday}，今天）' },
  yesterday: { en: '{weekday} {date} (yesterday)', zh: '{date}（{weekday}，昨天）' },
  past: { en: '{weekday} {date} ({days} days ago)', zh: '{date}（{weekday}，已经过了{days}天）' },
} satisfies Record<string, LocalText>;

export const WEEKDAYS: { en: readonly string[]; zh: readonly string[] } = {
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  zh: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
};
export const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The frame of the message: the default templates (`template.ts`) are assembled from these. */
export const MESSAGE_PHRASES = {
  greeting: {
    en: 'Dear {contact},',
    // 您好 after the name, as Chinese business mail opens ("Amy，您好！"), not a rendering of "Dear".
    zh: '{contact}，您好！',
  },
  greetingGeneric: { en: 'Hello,', zh: '您好！' },
  intro: {
    en: 'For our order {po} ({product}), {stage} photos: could you please send us the following?',
    zh: '关于订单{po}（{product}）的{stage}照片，麻烦您安排一下以下几项：',
  },
  why: {
    en: 'A word on why we ask: we cannot be at the factory, so photos like these are how we approve the next step from far away, and they help avoid rework later. It is not a matter of trust.',
    // 不放心 ("not at ease"), not 不信任 ("distrust"): the everyday word, without a hint of accusation.
    // 说明一下 introduces the reason the way a colleague would, not as a formal notice.
    zh: '说明一下：我们人不在工厂，只能靠这些照片来确认、安排下一步，这样也能避免后面返工，并不是对你们不放心，还请理解。',
  },
  closing: {
    en: 'Thank you very much for your help!',
    // 辛苦了 acknowledges the extra work asked for; it is what a buyer who works with factories writes.
    zh: '辛苦了，谢谢！',
  },
} satisfies Record<string, LocalText>;

/** Fills `{name}` from `vars` in one pass; unknown names are left as they are. */
export function interpolate(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  );
}

/** `interpolate` on both languages. */
export function interpolateText(text: LocalText, vars: Record<string, string | number>): LocalText {
  return { en: interpolate(text.en, vars), zh: interpolate(text.zh, vars) };
}

/** Different values per language (e.g. a shot label), else the same. */
export function interpolateLocal(
  text: LocalText,
  vars: Record<string, string | number | LocalText>,
): LocalText {
  const pick = (lang: 'en' | 'zh') =>
    Object.fromEntries(
      Object.entries(vars).map(([k, v]) => [k, typeof v === 'object' ? localOf(v, lang) : v]),
    );
  return { en: interpolate(text.en, pick('en')), zh: interpolate(text.zh, pick('zh')) };
}

/** A language's text, else the other's (a buyer-made shot may have only one language filled in). */
export function localOf(text: LocalText, lang: 'en' | 'zh'): string {
  const own = text[lang]?.trim();
  if (own) return text[lang];
  return text[lang === 'en' ? 'zh' : 'en'] ?? '';
}
