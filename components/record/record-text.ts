// The photo record's words and the "photos are not an inspection" line, English and Simplified Chinese
// (`zh` has the type of `en`). The record file is written in one language, chosen by the caller; the
// pages read the interface's language through `recordText()`.
import { catalog } from '@/utils/i18n';
import type { ShotStatus } from '@/utils/triage/checklist';
import type { ScoreProblem } from '@/utils/triage/scorecard';

const en = {
  title: 'Photo record',
  fileTitle: (po: string, supplier: string) => `Photo record — ${po}${supplier ? ` — ${supplier}` : ''}`,
  order: 'Order',
  supplier: 'Supplier',
  product: 'Product',
  quantity: 'Quantity',
  made: 'Made',
  madeBy: 'Made by Photo Triage in the buyer’s browser, from the photos and decisions it keeps.',
  notInspection:
    'Supplier photos show what the supplier chose to show. This record is not a third-party inspection.',
  lastBeforeShipment:
    'Last stage before shipment: photos are not an inspection. Book a third-party pre-shipment inspection before paying the balance.',
  noOriginals:
    'The pictures here are the small copies Photo Triage keeps (thumbnails) and the buyer’s reference photos. It keeps no supplier originals: they are in the emails.',
  gate: (label: string) => `Gate: before ${label}`,
  due: (date: string) => `due ${date}`,
  noGate: 'No gate',
  gateClear: 'All required shots accepted.',
  gateOpen: 'Required shots not accepted yet.',
  required: 'required',
  optional: 'optional',
  instructions: 'What to show',
  reference: 'Reference',
  noReference: 'No reference photo.',
  received: 'Received',
  taken: 'Taken',
  notTaken: 'no capture time',
  photo: 'Photo',
  missing: 'Missing: no photo received.',
  rejectedBecause: (reason: string) => `Rejected: ${reason}`,
  photosReceived: (n: number) => `${n} photo${n === 1 ? '' : 's'} received for this shot`,
  status: {
    missing: '○ Missing',
    pending: '• Waiting for the buyer’s look',
    poor: '✗ Poor: to retake',
    accepted: '✓ Accepted',
    rejected: '✗ Rejected',
  } satisfies Record<ShotStatus, string>,
  problems: 'Problems',
  requests: 'Re-requests',
  noRequests: 'No re-request sent.',
  asked: (date: string, channel: string) => `Asked ${date} (${channel})`,
  answered: (date: string) => `answered ${date}`,
  notAnswered: 'not answered yet',
  noStages: 'This order has no stages.',
  /** Buttons and messages on the desk and in the panel. */
  button: 'Photo record',
  buttonStage: 'Photo record of this stage',
  downloadHtml: 'Download the record (HTML)',
  downloadZip: 'Download the record with its pictures (zip)',
  making: 'Making the photo record…',
  failed: (why: string) => `The photo record could not be made: ${why}`,
  /** The weakest-link note in the mail panel, by the supplier's most frequent problem. */
  weakest: {
    'too-small': 'Usually sends small photos: ask for the original files in the first reply.',
    blurry: 'Often sends blurry photos: ask for sharp, close photos in the first reply.',
    dark: 'Often sends dark photos: ask for photos in daylight or good light in the first reply.',
    'chat-app': 'Usually needs original files: ask for 原图 in the first reply.',
    reused: 'Has resent old photos: ask for new photos of this order in the first reply.',
    originals: 'Usually needs re-requests: list every shot you need in the first reply.',
  } satisfies Record<ScoreProblem | 'originals', string>,
};

const zh: typeof en = {
  title: '照片记录',
  fileTitle: (po, supplier) => `照片记录 — ${po}${supplier ? ` — ${supplier}` : ''}`,
  order: '订单',
  supplier: '供应商',
  product: '产品',
  quantity: '数量',
  made: '生成时间',
  madeBy: '由 Photo Triage 在买家的浏览器中根据其保存的照片和决定生成。',
  notInspection: '供应商照片只显示供应商选择展示的内容。本记录不是第三方验货。',
  lastBeforeShipment: '出货前最后一个阶段：照片不等于验货。请在支付尾款前预约第三方出货前验货。',
  noOriginals:
    '这里的图片是 Photo Triage 保存的小图（缩略图）和买家的参考照片。它不保存供应商的原图：原图在邮件中。',
  gate: (label) => `关卡：${label}前`,
  due: (date) => `截止 ${date}`,
  noGate: '无关卡',
  gateClear: '所有必需照片均已接受。',
  gateOpen: '仍有必需照片未接受。',
  required: '必需',
  optional: '可选',
  instructions: '拍摄要求',
  reference: '参考照片',
  noReference: '无参考照片。',
  received: '收到',
  taken: '拍摄',
  notTaken: '无拍摄时间',
  photo: '照片',
  missing: '缺少：未收到照片。',
  rejectedBecause: (reason) => `已拒绝：${reason}`,
  photosReceived: (n) => `此镜头共收到 ${n} 张照片`,
  status: {
    missing: '○ 缺少',
    pending: '• 待买家查看',
    poor: '✗ 不合格：需重拍',
    accepted: '✓ 已接受',
    rejected: '✗ 已拒绝',
  },
  problems: '问题',
  requests: '补发请求',
  noRequests: '未发送补发请求。',
  asked: (date, channel) => `${date} 已请求（${channel}）`,
  answered: (date) => `${date} 已回复`,
  notAnswered: '尚未回复',
  noStages: '此订单没有阶段。',
  button: '照片记录',
  buttonStage: '此阶段的照片记录',
  downloadHtml: '下载记录（HTML）',
  downloadZip: '下载记录及图片（zip）',
  making: '正在生成照片记录…',
  failed: (why) => `无法生成照片记录：${why}`,
  weakest: {
    'too-small': '该供应商常发小图：请在第一次回复时就要求原始文件。',
    blurry: '该供应商常发模糊照片：请在第一次回复时就要求清晰的近照。',
    dark: '该供应商常发偏暗照片：请在第一次回复时就要求在日光或充足光线下拍摄。',
    'chat-app': '该供应商通常需要原始文件：请在第一次回复时就要求发原图。',
    reused: '该供应商曾重发旧照片：请在第一次回复时就要求本订单的新照片。',
    originals: '该供应商通常需要补发：请在第一次回复时列出所需的每个镜头。',
  },
};

export const RECORD_TEXT = { en, 'zh-CN': zh };
export const recordText = catalog(RECORD_TEXT);
export type RecordText = typeof en;
