// The words about one photo, in the interface's languages: each finding (short, detail, what to ask
// for), read errors, the facts list and the verdicts. Shared by the mail badges, the Check photos page
// and the orders desk (finding-text.ts and PhotoFacts.tsx read it). Numbers and units are never
// translated: "4032×3024 · 3.1 MB" reads the same in both.

import { formatBytes, formatNumber } from '@/utils/format';
import { catalog } from '@/utils/i18n';
import type { Finding, FindingCode, PhotoErrorCode, PixelSkipReason, Verdict } from '@/utils/photo/types';

export interface FindingText {
  /** A few words for a badge or chip. */
  short: string;
  /** One sentence: what was measured against what. */
  detail: string;
  /** What to ask the supplier for. */
  ask: string;
}

/** A finding's measured value: numbers grouped (`1600` → `1,600`), anything else as written. */
export function num(v: Finding['measured']): string {
  return typeof v === 'number' ? formatNumber(v) : String(v ?? '');
}

const bytes = (v: Finding['measured']) => formatBytes(Number(v));
const lowBytesPerPixel = (f: Finding) => typeof f.measured === 'number' && f.measured < 1;

const enErrors: Record<PhotoErrorCode, string> = {
  empty: 'The file is empty (0 bytes).',
  truncated: 'The file is cut short: it ends before the image does.',
  corrupt: 'The file is damaged or cut short: the picture in it cannot be opened.',
  unsupported: 'Not an image format we know.',
  'zip-refused': 'The zip was refused by a safety check.',
  aborted: 'The check was cancelled.',
  'read-failed': 'The file could not be read.',
};

const zhErrors: Record<PhotoErrorCode, string> = {
  empty: '文件是空的（0 字节）。',
  truncated: '文件不完整：图像还没结束文件就断了。',
  corrupt: '文件已损坏或不完整：里面的图片打不开。',
  unsupported: '不是可识别的图片格式。',
  'zip-refused': '压缩包未通过安全检查，已拒绝。',
  aborted: '检查已取消。',
  'read-failed': '无法读取文件。',
};

const en = {
  findings: {
    'too-small': (f) => ({
      short: 'too small',
      detail: `The long edge is ${num(f.measured)} px; details need at least ${num(f.threshold)} px to inspect by zooming.`,
      ask: 'Send the original photo file from the camera, not resized.',
    }),
    'small-file': (f) => ({
      short: 'small file',
      detail: `The file is only ${bytes(f.measured)} (under ${bytes(f.threshold)}): it was probably resized or recompressed.`,
      ask: 'Send the original file; do not use "reduce size" when attaching.',
    }),
    'over-compressed': (f) => ({
      short: 'over-compressed',
      detail: lowBytesPerPixel(f)
        ? `Only ${f.measured} bytes per pixel: compression hides surface defects.`
        : `JPEG quality about ${num(f.measured)} (under ${num(f.threshold)}): blocky artefacts hide surface defects.`,
      ask: 'Send the original file from the camera.',
    }),
    'chat-recompressed': (f) => ({
      short: 'sent via chat app',
      detail: `${num(f.measured)}, low quality and no camera data: the size a chat app makes when "original" is not ticked.`,
      ask: 'On WeChat tick 原图 ("original image"), or send the photos as a zip or email attachment.',
    }),
    'metadata-stripped': () => ({
      short: 'no camera data',
      detail: 'No capture date or camera in the file. Alone this proves nothing: many apps strip it.',
      ask: 'If possible, send the files straight from the phone or camera.',
    }),
    screenshot: (f) => ({
      short: 'screenshot',
      detail: `${num(f.measured)} looks like a screenshot of a photo, not the photo itself.`,
      ask: 'Send the photo file itself, not a screenshot of it.',
    }),
    blurry: (f) => ({
      short: 'blurry',
      detail: `Sharpness ${num(f.measured)} (under ${num(f.threshold)}): the photo is out of focus or shaken.`,
      ask: 'Retake in focus: tap to focus on the product, hold steady, move closer.',
    }),
    dark: (f) => ({
      short: 'too dark',
      detail: `Average brightness ${num(f.measured)} of 255 (under ${num(f.threshold)}): colour and finish cannot be judged.`,
      ask: 'Retake in daylight or good light, without flash glare.',
    }),
    overexposed: (f) => ({
      short: 'overexposed',
      detail: `Average brightness ${num(f.measured)} of 255: bright areas are blown out.`,
      ask: 'Retake with less light or without flash.',
    }),
    duplicate: (f) => ({
      short: 'duplicate',
      detail: `The same file as “${f.other ?? 'another photo'}” in this batch.`,
      ask: 'Send a different photo for this view.',
    }),
    'near-duplicate': (f) => ({
      short: 'near duplicate',
      detail: `The same picture as “${f.other ?? 'another photo'}”, resized or re-encoded.`,
      ask: 'Send a new photo rather than a copy of one already sent.',
    }),
    reused: (f) => ({
      short: 'reused photo',
      detail: `Already received before${f.other ? ` (${f.other})` : ''}: this is not a new photo of this production.`,
      ask: 'This photo was already sent before; please take new photos of this production.',
    }),
    'old-capture': (f) => ({
      short: 'old photo',
      detail: `Taken ${num(f.measured)} days before it was sent: it may be from an earlier order.`,
      ask: 'Please take new photos of this production, today.',
    }),
    'too-many-pixels': (f) => ({
      short: 'too large to check',
      detail: `${num(f.measured)} pixels is over the safety limit: measured from the header only, never decoded.`,
      ask: 'Nothing, unless the file is not a real photo.',
    }),
    'not-decodable': (f) => ({
      short: 'pixels not checked',
      detail: `This browser cannot decode ${String(f.measured ?? 'this format').toUpperCase()}: sharpness and lighting were not checked.`,
      ask: 'If you need these checks, ask for JPEG (iPhone: Settings → Camera → Formats → Most Compatible).',
    }),
    unreadable: (f) => ({
      short: 'unreadable',
      detail: enErrors[f.measured as PhotoErrorCode] ?? enErrors['read-failed'],
      ask: 'Send the file again; it may have been damaged in transfer.',
    }),
    unsupported: () => ({
      short: 'not a photo',
      detail: 'This file is not an image format we know (JPEG, PNG, HEIC, WebP, AVIF, GIF, BMP, TIFF).',
      ask: 'Send the photos as JPEG or HEIC files.',
    }),
  } satisfies Record<FindingCode, (f: Finding) => FindingText> as Record<
    FindingCode,
    (f: Finding) => FindingText
  >,
  errors: enErrors,
  pixelSkip: {
    'too-many-pixels': 'Not decoded: the header declares more pixels than is safe to decode.',
    'cannot-decode': 'Not decoded: this browser cannot decode the format.',
    disabled: 'Pixel checks were not run.',
    'not-in-browser': 'Pixel checks need a browser.',
  } as Record<PixelSkipReason, string>,
  verdict: {
    ok: 'Good',
    warn: 'Check',
    fail: 'Re-request',
    error: 'Unreadable',
    pending: 'Checking…',
  } as Record<Verdict | 'pending', string>,
  facts: {
    verdict: 'Verdict',
    format: 'Format',
    dimensions: 'Dimensions',
    fileSize: 'File size',
    jpegQuality: 'JPEG quality',
    progressive: 'Progressive',
    taken: 'Taken',
    camera: 'Camera',
    software: 'Software',
    gps: 'GPS',
    sharpness: 'Sharpness',
    brightness: 'Brightness',
    clipped: 'Clipped',
    clippedValue: (dark: number, bright: number) => `${dark}% dark · ${bright}% bright`,
    headerRead: 'Header read',
    pixels: 'Pixels',
    problem: 'Problem',
    /** After the capture time when EXIF had none and it was read from XMP or IPTC instead. */
    takenFrom: { xmp: 'capture time from XMP', iptc: 'capture time from IPTC' } as Record<
      'xmp' | 'iptc',
      string
    >,
    damaged: 'The file is damaged; the size shown was read from its intact part.',
    yes: 'yes',
    no: 'no',
    present: 'yes',
    absent: 'no',
  },
  allGood: 'Nothing to ask for: this photo is fine to inspect.',
  askFor: (ask: string) => `Ask for: ${ask}`,
};

const zh: typeof en = {
  findings: {
    'too-small': (f) => ({
      short: '分辨率太低',
      detail: `长边只有 ${num(f.measured)} px，放大检查细节至少需要 ${num(f.threshold)} px。`,
      ask: '请发相机拍的原图，不要压缩尺寸。',
    }),
    'small-file': (f) => ({
      short: '文件太小',
      detail: `文件只有 ${bytes(f.measured)}（低于 ${bytes(f.threshold)}），很可能被缩小或压缩过。`,
      ask: '请发原始文件，添加附件时不要选“压缩”或“缩小尺寸”。',
    }),
    'over-compressed': (f) => ({
      short: '压缩过度',
      detail: lowBytesPerPixel(f)
        ? `每个像素只有 ${f.measured} 字节，压缩会掩盖表面瑕疵。`
        : `JPEG 质量约 ${num(f.measured)}（低于 ${num(f.threshold)}），压缩产生的色块会掩盖表面瑕疵。`,
      ask: '请发相机拍的原始文件。',
    }),
    'chat-recompressed': (f) => ({
      short: '聊天软件压缩',
      detail: `${num(f.measured)}，画质低且没有相机信息：这是聊天软件没勾选“原图”时发出的尺寸。`,
      ask: '微信发送时请勾选“原图”，或者打包成压缩包、用邮件附件发送。',
    }),
    'metadata-stripped': () => ({
      short: '无拍摄信息',
      detail: '文件里没有拍摄日期和相机信息。单凭这一点说明不了问题，很多软件都会去掉这些信息。',
      ask: '如果可以，请直接从手机或相机导出文件发送。',
    }),
    screenshot: (f) => ({
      short: '截图',
      detail: `${num(f.measured)} 看起来是照片的截图，不是照片本身。`,
      ask: '请发照片文件本身，不要发截图。',
    }),
    blurry: (f) => ({
      short: '模糊',
      detail: `清晰度 ${num(f.measured)}（低于 ${num(f.threshold)}）：照片没有对焦或拍摄时手抖。`,
      ask: '请重新拍摄并对好焦：点击屏幕对焦产品，拿稳手机，靠近一些拍。',
    }),
    dark: (f) => ({
      short: '曝光不足',
      detail: `平均亮度 ${num(f.measured)}/255（低于 ${num(f.threshold)}）：无法判断颜色和表面处理。`,
      ask: '请在自然光或充足的灯光下重新拍摄，避免闪光灯反光。',
    }),
    overexposed: (f) => ({
      short: '曝光过度',
      detail: `平均亮度 ${num(f.measured)}/255：亮部细节已经丢失。`,
      ask: '请减弱光线或关闭闪光灯后重新拍摄。',
    }),
    duplicate: (f) => ({
      short: '重复照片',
      detail: `与这批照片中的“${f.other ?? '另一张照片'}”是同一个文件。`,
      ask: '这个角度请另外拍一张发过来。',
    }),
    'near-duplicate': (f) => ({
      short: '近似重复',
      detail: `与“${f.other ?? '另一张照片'}”是同一张照片，只是缩小或重新压缩过。`,
      ask: '请发新拍的照片，不要发已经发过的照片的副本。',
    }),
    reused: (f) => ({
      short: '旧照片重发',
      detail: `之前已经收到过${f.other ? `（${f.other}）` : ''}：不是这批货新拍的照片。`,
      ask: '这张照片以前已经发过，请为这批货重新拍照。',
    }),
    'old-capture': (f) => ({
      short: '旧照片',
      detail: `拍摄于发送前 ${num(f.measured)} 天，可能是以前订单的照片。`,
      ask: '请今天为这批货重新拍照。',
    }),
    'too-many-pixels': (f) => ({
      short: '太大无法检查',
      detail: `${num(f.measured)} 像素超过安全上限：只读取了文件头，没有解码图像。`,
      ask: '无需处理，除非这不是一张真实的照片。',
    }),
    'not-decodable': (f) => ({
      short: '未检查像素',
      detail: `本浏览器无法解码 ${String(f.measured ?? '这种格式').toUpperCase()}，没有检查清晰度和光线。`,
      ask: '如需这些检查，请对方发 JPEG 格式（iPhone：设置 → 相机 → 格式 → 兼容性最佳）。',
    }),
    unreadable: (f) => ({
      short: '无法读取',
      detail: zhErrors[f.measured as PhotoErrorCode] ?? zhErrors['read-failed'],
      ask: '请重新发送文件，传输时可能已损坏。',
    }),
    unsupported: () => ({
      short: '不是照片',
      detail: '这个文件不是可识别的图片格式（JPEG、PNG、HEIC、WebP、AVIF、GIF、BMP、TIFF）。',
      ask: '请以 JPEG 或 HEIC 格式发送照片。',
    }),
  },
  errors: zhErrors,
  pixelSkip: {
    'too-many-pixels': '未解码：文件头声明的像素超过安全解码上限。',
    'cannot-decode': '未解码：本浏览器无法解码这种格式。',
    disabled: '未进行像素检查。',
    'not-in-browser': '像素检查需要在浏览器中进行。',
  },
  verdict: {
    ok: '合格',
    warn: '待确认',
    fail: '需补发',
    error: '无法读取',
    pending: '检查中…',
  },
  facts: {
    verdict: '结论',
    format: '格式',
    dimensions: '分辨率',
    fileSize: '文件大小',
    jpegQuality: 'JPEG 质量',
    progressive: '渐进式',
    taken: '拍摄时间',
    camera: '相机',
    software: '软件',
    gps: 'GPS',
    sharpness: '清晰度',
    brightness: '亮度',
    clipped: '过暗/过曝区域',
    clippedValue: (dark, bright) => `过暗 ${dark}% · 过曝 ${bright}%`,
    headerRead: '已读取文件头',
    pixels: '像素',
    problem: '问题',
    takenFrom: { xmp: '拍摄时间取自 XMP', iptc: '拍摄时间取自 IPTC' },
    damaged: '文件已损坏；显示的尺寸取自文件中完好的部分。',
    yes: '是',
    no: '否',
    present: '有',
    absent: '无',
  },
  allGood: '无需补发：这张照片可以用于检查。',
  askFor: (ask) => `补发要求：${ask}`,
};

/** The current interface language's words about photos; read in a render, it follows a switch. */
/** Both languages, the Chinese typed as the English (one rule for every catalog file). */
export const factsCatalogs = { en, 'zh-CN': zh };
export const factsText = catalog(factsCatalogs);
