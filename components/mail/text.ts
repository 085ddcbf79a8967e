// Every word of Photo Triage inside Gmail and Outlook (badges, their details, the message panel, the
// layout notice), in the interface's languages. Texts with numbers or names are functions, so each
// language keeps its own word order and plurals. Numbers and units stay as they are ("640×480 · 42 KB").
// The reply draft is not here: it has its own languages (utils/reply, Settings.replyLanguages).

import { catalog } from '@/utils/i18n';
import type { ByteStrategy, MailClient } from '@/utils/mail/adapter';
import type { RemoteFailure } from '@/utils/photo/remote-protocol';
import type { OrderChoiceReason } from '@/utils/triage/match';

export type ReplyNote = 'inserted' | 'clipboard' | 'copied';

const clientName = (c: MailClient) => (c === 'gmail' ? 'Gmail' : 'Outlook');
const s = (n: number) => (n === 1 ? '' : 's');

const en = {
  howCaptured:
    'Measured from the file you downloaded, as the Outlook page handed it over after your click on Download: Outlook gives this file only to your download.',
  how: {
    'gmail-download-url': 'Measured from the attachment, downloaded by Photo Triage (Gmail’s download link).',
    'gmail-card-link': 'Measured from the attachment, downloaded by Photo Triage (the card’s link).',
    'gmail-inline': 'Measured from the picture in the message, downloaded whole by Photo Triage.',
    'outlook-download-url':
      'Measured from the attachment, downloaded by Photo Triage with its Outlook permission.',
    'outlook-token-url':
      'Measured from the attachment, downloaded by Photo Triage from Outlook’s attachment host (attachments.office.net) with the short-lived link Outlook put on the page.',
    'outlook-inline': 'Measured from the picture in the message, downloaded whole by Photo Triage.',
    'outlook-inline-blob':
      'Measured from the picture Outlook shows in the message when its size is the attachment’s; otherwise it may be a preview, and only its size is known.',
    'outlook-service':
      'Measured from the attachment as Outlook’s own page fetched it from Outlook’s service (GetAttachment, in the page, with Outlook’s sign-in): the file is as trustworthy as the page.',
    'outlook-preview': 'Only Outlook’s preview was available: its size is known, the file’s bytes are not.',
    'outlook-download-capture':
      'Outlook gives this file only to your download: click Download in Outlook and the badge fills in.',
    'gmail-scanning':
      'Gmail is still scanning this file for viruses: it is measured as soon as Gmail offers the file.',
    none: 'Photo Triage cannot download this file.',
    drive: 'Files behind a Drive link cannot be measured.',
  } as Record<ByteStrategy | 'drive', string>,
  badge: {
    checking: 'checking…',
    checkingSize: (size: string) => `${size} · checking…`,
    checkingPixels: 'checking pixels…',
    checkingTitle: 'Photo Triage is checking this photo.',
    fine: 'Fine to inspect.',
    unreadable: 'unreadable',
    failed: 'couldn’t download',
    failedTitle: (why: string) => `Couldn’t download this attachment: ${why}.`,
    failedWhy: {
      http: (status?: number) => `the server answered ${status ?? ''}`.trim(),
      timeout: () => 'it took too long',
      'blocked-host': () => 'it is not on the mail site',
      network: () => 'the connection failed',
      'too-large': () => 'the file is too large to measure here',
      interrupted: () => 'Photo Triage was interrupted (restarted or updated); retry',
    } as Record<RemoteFailure['code'], (status?: number) => string>,
    preview: (dims: string, size: string) => `≥ ${dims} · ${size} · preview only`,
    previewTitle:
      'Measured from Outlook’s preview, which may be smaller than the file: at least this size. Download the file, or drop it on Check photos, for sharpness, lighting and camera data.',
    notMeasurable: {
      drive: 'Drive link · not measurable',
      'no-link': 'not measurable',
      'download-to-check': 'download to check',
    },
    notMeasurableTitle: {
      drive: 'Photo Triage cannot read files behind a Drive link. Ask for the photos as attachments.',
      'no-link': 'Photo Triage found no way to read this file.',
      'download-to-check':
        'Outlook gives Photo Triage this file only when you download it: click Download in Outlook (or open its preview).',
    },
    zipChecking: (photos: number) => `zip · ${photos} photo${s(photos)} · checking…`,
    zipCheckingTitle: 'Checking the photos inside this zip.',
    zipDone: (photos: number, marks: string) => `zip · ${photos} photo${s(photos)}: ${marks}`,
    zipTitle: 'The photos inside this zip are listed in the Photo Triage panel.',
    /** Spoken verdicts, for the badge's accessible name (the marks ✓ ! ✗ are not words). */
    verdictWord: { ok: 'good', warn: 'check', fail: 're-request', error: 'unreadable', pending: 'checking' },
    zipCounts: (bad: number, warn: number, ok: number) =>
      `${bad} to re-request, ${warn} to check, ${ok} good`,
    /** The badge's name for screen readers: the file, what was measured, the verdict. */
    name: (file: string, summary: string) => `${file}: ${summary}`,
    details: (file: string) => `Details for ${file}`,
    close: 'Close',
    closeLabel: (file: string) => `Close details for ${file}`,
    retry: 'retry',
    retryLabel: (file: string) => `Retry downloading ${file}`,
  },
  layout: {
    title: (client: MailClient) => `Photo Triage doesn’t recognise this ${clientName(client)} layout.`,
    body: 'Badges are off on this page until Photo Triage is updated. Nothing was changed in your mail. Sending the diagnostics below helps us fix it; they contain no message text, names or addresses.',
    diagnostics: 'Diagnostics',
    copy: 'Copy diagnostics',
    copied: 'Diagnostics copied.',
    dismiss: 'Dismiss',
  },
  panel: {
    region: 'Photo Triage',
    regionFor: (what: string) => `Photo Triage: ${what}`,
    serviceFallback:
      'Outlook’s service did not give some photos the way Photo Triage knows (Outlook may have changed): they are measured when you download them.',
    shotFor: (file: string) => `Shot for ${file}`,
    notAssigned: (suggested: boolean) => `Not assigned${suggested ? ' (suggested first)' : ''}`,
    accept: 'Accept',
    reject: 'Reject',
    acceptLabel: (file: string) => `Accept ${file}`,
    rejectLabel: (file: string) => `Reject ${file}`,
    rejectedByBuyer: 'rejected by the buyer',
    asked: (ago: string) => `Asked ${ago}`,
    /** `who`: the team member who asked (team sync); a request made here names nobody. */
    by: (channel: 'gmail' | 'outlook' | 'wechat', who?: string) =>
      `by ${channel === 'wechat' ? 'WeChat' : clientName(channel)}${who ? ` · asked by ${who}` : ''}`,
    markAnswered: 'Mark answered',
    now: (status: string) => ` · now ${status}`,
    notInList: 'not in the list',
    draft: 'Draft re-request',
    copyWeChat: 'Copy for WeChat',
    toAsk: (items: number) => `${items} item${s(items)} to ask for, in English and Chinese`,
    nothingToAsk: 'Nothing to ask for: every required shot is received and fine to inspect.',
    notes: {
      inserted: 'Draft put in the reply. Check it and send it yourself: nothing is sent automatically.',
      clipboard:
        'The reply box could not be opened: the draft is on the clipboard, paste it into your reply.',
      copied: 'Copied: paste it into WeChat.',
    } as Record<ReplyNote, string>,
    photos: (n: number) => `${n} photo${s(n)}`,
    checking: (done: number, total: number) => ` · checking ${done} of ${total || '…'}`,
    counts: (received: number, total: number, poor: number, missing: number) =>
      `${received} of ${total} shots received · ${poor} poor · ${missing} missing`,
    couldNotRead: (message: string) => `Photo Triage could not read its data: ${message}`,
    offer: (who: string) => `Check photos from ${who}?`,
    thisSender: 'this sender',
    yesAdd: 'Yes, add as supplier',
    notNow: 'Not now',
    never: 'Never for this sender',
    order: 'Order',
    pickOrder: 'Pick the order for this message…',
    reason: {
      po: 'PO number in the message',
      remembered: 'remembered for this thread',
      'only-open-order': 'the supplier’s only open order',
    } as Partial<Record<OrderChoiceReason, string>>,
    photosInMessage: 'Photos in this message',
    pickToSee: 'Pick the order to see its shot list. The photos are checked either way.',
    driveLinks: (n: number) => `${n} Drive link${s(n)} not measurable: ask for the photos as attachments.`,
    expand: 'Show the Photo Triage panel',
    collapse: 'Hide the Photo Triage panel',
  },
  /** Said once by the message's live region: when checking starts, and when every photo is in. */
  live: {
    checking: 'Photo Triage is checking the photos in this message.',
    done: (n: number, fail: number, warn: number, ok: number) =>
      `Photo Triage checked ${n} photo${s(n)}: ${fail} to re-request, ${warn} to check, ${ok} good.`,
  },
};

const zh: typeof en = {
  howCaptured:
    '根据你下载的文件检测，即你点击“下载”后 Outlook 网页交给浏览器的文件：Outlook 只允许你自己下载这个文件。',
  how: {
    'gmail-download-url': '由 Photo Triage 下载附件后检测（Gmail 的下载链接）。',
    'gmail-card-link': '由 Photo Triage 下载附件后检测（附件卡片上的链接）。',
    'gmail-inline': '由 Photo Triage 下载邮件正文中的图片原文件后检测。',
    'outlook-download-url': '由 Photo Triage 凭 Outlook 权限下载附件后检测。',
    'outlook-token-url':
      '由 Photo Triage 通过 Outlook 放在网页上的短时有效链接，从 Outlook 的附件服务器（attachments.office.net）下载附件后检测。',
    'outlook-inline': '由 Photo Triage 下载邮件正文中的图片原文件后检测。',
    'outlook-inline-blob':
      '邮件正文中 Outlook 显示的图片：大小与附件一致时按原图检测；否则可能只是预览图，只知道其尺寸。',
    'outlook-service':
      '由 Outlook 网页自己从 Outlook 服务取得附件（GetAttachment，在网页内、使用 Outlook 的登录）后检测：文件的可信程度与网页相同。',
    'outlook-preview': '只拿到了 Outlook 的预览图：知道尺寸，但没有读取到文件本身。',
    'outlook-download-capture':
      'Outlook 只允许你自己下载这个文件：在 Outlook 里点“下载”，这里就会显示检测结果。',
    'gmail-scanning': 'Gmail 仍在扫描这个文件是否有病毒：Gmail 一提供文件就会检测。',
    none: 'Photo Triage 无法下载这个文件。',
    drive: 'Drive 链接里的文件无法检测。',
  },
  badge: {
    checking: '检查中…',
    checkingSize: (size) => `${size} · 检查中…`,
    checkingPixels: '正在检查像素…',
    checkingTitle: 'Photo Triage 正在检查这张照片。',
    fine: '可以用于检查。',
    unreadable: '无法读取',
    failed: '下载失败',
    failedTitle: (why) => `无法下载这个附件：${why}。`,
    failedWhy: {
      http: (status) => `服务器返回 ${status ?? ''}`.trim(),
      timeout: () => '下载超时',
      'blocked-host': () => '文件不在邮箱网站上',
      network: () => '网络连接失败',
      'too-large': () => '文件太大，无法在这里检测',
      interrupted: () => 'Photo Triage 被中断（重启或更新），请重试',
    },
    preview: (dims, size) => `≥ ${dims} · ${size} · 仅预览图`,
    previewTitle:
      '根据 Outlook 的预览图测量，预览可能比原文件小：实际至少是这个尺寸。如需检查清晰度、光线和相机信息，请下载文件，或拖到“检查照片”页面。',
    notMeasurable: {
      drive: 'Drive 链接 · 无法检测',
      'no-link': '无法检测',
      'download-to-check': '下载后检查',
    },
    notMeasurableTitle: {
      drive: 'Photo Triage 无法读取 Drive 链接里的文件。请让供应商以附件形式发送照片。',
      'no-link': 'Photo Triage 找不到读取这个文件的方法。',
      'download-to-check': 'Outlook 只在你下载时才提供这个文件：请在 Outlook 里点“下载”（或打开预览）。',
    },
    zipChecking: (photos) => `压缩包 · ${photos} 张照片 · 检查中…`,
    zipCheckingTitle: '正在检查压缩包里的照片。',
    zipDone: (photos, marks) => `压缩包 · ${photos} 张照片：${marks}`,
    zipTitle: '压缩包里的照片列在 Photo Triage 面板中。',
    verdictWord: { ok: '合格', warn: '待确认', fail: '需补发', error: '无法读取', pending: '检查中' },
    zipCounts: (bad, warn, ok) => `${bad} 张需补发，${warn} 张待确认，${ok} 张合格`,
    name: (file, summary) => `${file}：${summary}`,
    details: (file) => `${file} 的详细信息`,
    close: '关闭',
    closeLabel: (file) => `关闭 ${file} 的详细信息`,
    retry: '重试',
    retryLabel: (file) => `重新下载 ${file}`,
  },
  layout: {
    title: (client) => `Photo Triage 无法识别当前的 ${clientName(client)} 页面布局。`,
    body: '在 Photo Triage 更新之前，此页面不显示照片标记。你的邮件没有任何改动。把下面的诊断信息发给我们有助于修复问题，其中不含邮件内容、姓名或邮箱地址。',
    diagnostics: '诊断信息',
    copy: '复制诊断信息',
    copied: '诊断信息已复制。',
    dismiss: '关闭',
  },
  panel: {
    region: 'Photo Triage',
    regionFor: (what) => `Photo Triage：${what}`,
    serviceFallback:
      'Outlook 服务没有按 Photo Triage 已知的方式提供部分照片（Outlook 可能已更新）：下载这些照片后即可检测。',
    shotFor: (file) => `${file} 对应的拍摄项`,
    notAssigned: (suggested) => `未归类${suggested ? '（推荐项在前）' : ''}`,
    accept: '确认',
    reject: '退回',
    acceptLabel: (file) => `确认 ${file}`,
    rejectLabel: (file) => `退回 ${file}`,
    rejectedByBuyer: '采购退回',
    asked: (ago) => `${ago}已要求补发`,
    by: (channel, who) =>
      `通过${channel === 'wechat' ? '微信' : clientName(channel)}${who ? ` · 由${who}请求` : ''}`,
    markAnswered: '标记为已回复',
    now: (status) => ` · 现在：${status}`,
    notInList: '不在清单中',
    draft: '起草补发请求',
    copyWeChat: '复制到微信',
    toAsk: (items) => `需要对方补发 ${items} 项，中英文对照`,
    nothingToAsk: '无需补发：所有必拍项都已收到，可以用于检查。',
    notes: {
      inserted: '草稿已放入回复框。请检查后自己发送：不会自动发送。',
      clipboard: '无法打开回复框：草稿已复制到剪贴板，请粘贴到回复中。',
      copied: '已复制，请粘贴到微信。',
    },
    photos: (n) => `${n} 张照片`,
    checking: (done, total) => ` · 已检查 ${done}/${total || '…'}`,
    counts: (received, total, poor, missing) =>
      `已收到 ${received}/${total} 项 · ${poor} 项不合格 · 缺少 ${missing} 项`,
    couldNotRead: (message) => `Photo Triage 无法读取数据：${message}`,
    offer: (who) => `要检查 ${who} 发来的照片吗？`,
    thisSender: '该发件人',
    yesAdd: '是，添加为供应商',
    notNow: '暂不',
    never: '不再提示此发件人',
    order: '订单',
    pickOrder: '请选择这封邮件对应的订单…',
    reason: {
      po: '邮件中有 PO 号',
      remembered: '按此会话记住的订单',
      'only-open-order': '该供应商唯一未完成的订单',
    },
    photosInMessage: '本邮件中的照片',
    pickToSee: '选择订单后显示拍摄清单。不选订单照片也会照常检查。',
    driveLinks: (n) => `${n} 个 Drive 链接无法检测：请让供应商以附件形式发送照片。`,
    expand: '展开 Photo Triage 面板',
    collapse: '收起 Photo Triage 面板',
  },
  live: {
    checking: 'Photo Triage 正在检查这封邮件里的照片。',
    done: (n, fail, warn, ok) =>
      `Photo Triage 已检查 ${n} 张照片：${fail} 张需补发，${warn} 张待确认，${ok} 张合格。`,
  },
};

/** The current interface language's mail texts; read in a render, it follows a switch. */
/** Both languages, the Chinese typed as the English (one rule for every catalog file). */
export const mailCatalogs = { en, 'zh-CN': zh };
export const mailText = catalog(mailCatalogs);
