import { describe, expect, it } from 'vitest';
import type { Finding, PhotoReport } from '@/utils/photo/types';
import { type DraftInput, draftReRequest, type ReRequestDraft, toLogItems } from '@/utils/reply/draft';
import { LANGUAGE_SEPARATOR, type RenderOptions, renderText } from '@/utils/reply/render';
import { DEFAULT_SETTINGS } from '@/utils/store/settings';
import type {
  Order,
  PhotoOrigin,
  PhotoRecord,
  PhotoStatus,
  Settings,
  Stage,
  StageKind,
  Supplier,
} from '@/utils/store/types';
import { buildChecklist } from '@/utils/triage/checklist';
import { BUILT_IN_TEMPLATES, stageFromTemplate } from '@/utils/triage/shot-list-templates';
import { DEFAULT_THRESHOLDS } from '@/utils/triage/thresholds';
import { report } from './helpers/report';

// ——— Factories: a pre-shipment stage with the template's shot ids (ps-front, ps-labels…) ———

const TODAY = '2026-11-25';
const at = '2026-11-01T00:00:00.000Z';

function stageOf(kind: StageKind, opts: { gateDueDate?: string; dueDate?: string } = {}): Stage {
  const template = BUILT_IN_TEMPLATES.find((t) => t.kind === kind)!;
  const ids = template.shots.map((s) => s.id);
  let next = 0;
  return stageFromTemplate(template, { id: `stage-${kind}`, ...opts }, () => ids[next++]!);
}

function orderOf(stage: Stage, over: Partial<Order> = {}): Order {
  return {
    id: 'order-0412',
    poNumbers: ['PO-2026-0412'],
    supplierId: 'bright',
    product: 'LED desk lamp, matte black',
    stages: [stage],
    currentStageId: stage.id,
    status: 'open',
    createdAt: at,
    updatedAt: at,
    ...over,
  };
}

const otherOrder = (stage: Stage) =>
  orderOf(stage, { id: 'order-0311', poNumbers: ['PO-2026-0311'], stages: [] });

const supplier: Supplier = {
  id: 'bright',
  company: 'Ningbo Bright Lighting Co., Ltd.',
  contactName: 'Amy Chen',
  emails: ['amy@ningbo-bright.cn'],
  domains: ['ningbo-bright.cn'],
  replyLanguages: [],
  createdAt: at,
  updatedAt: at,
};

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  buyer: {
    name: 'Sam Taylor',
    company: 'Brightlight Home',
    email: 'buyer@brightlight-home.com',
    signature: 'Sam Taylor\nSourcing, Brightlight Home',
  },
};

function origin(fileName: string, receivedAt: string, messageId: string, orderId: string): PhotoOrigin {
  return { source: 'gmail', fileName, receivedAt, messageId, threadId: 't-1', sender: 'amy@x.cn', orderId };
}

let serial = 0;
function photo(
  name: string,
  shotId: string | undefined,
  o: {
    findings?: Finding[];
    report?: Partial<PhotoReport>;
    status?: PhotoStatus;
    origins?: PhotoOrigin[];
    orderId?: string;
    sha256?: string;
  } = {},
): PhotoRecord {
  serial++;
  const orderId = o.orderId ?? 'order-0412';
  const origins = o.origins ?? [origin(name, '2026-11-24T02:00:00.000Z', 'msg-3', orderId)];
  return {
    sha256: o.sha256 ?? `${serial}`.padStart(64, 'a'),
    report: report({ findings: o.findings ?? [], ...o.report }),
    origins,
    orderId,
    stageId: 'stage-pre-shipment',
    ...(shotId ? { shotId } : {}),
    status: o.status ?? { state: 'pending' },
    createdAt: origins[0]!.receivedAt,
    updatedAt: origins[0]!.receivedAt,
  };
}

const accepted: PhotoStatus = { state: 'accepted', at: '2026-11-24T08:00:00.000Z' };

/** The 68 KB picture WeChat makes without 原图: every sign of recompression at once. */
const WECHAT_FINDINGS: Finding[] = [
  { code: 'too-small', severity: 'fail', measured: 1280, threshold: 1600 },
  { code: 'small-file', severity: 'fail', measured: 68_000, threshold: 102_400 },
  { code: 'over-compressed', severity: 'fail', measured: 50, threshold: 55 },
  { code: 'chat-recompressed', severity: 'warn', measured: '1280×960' },
  { code: 'metadata-stripped', severity: 'info' },
];
const wechat = {
  width: 1280,
  height: 960,
  bytes: 68_000,
  findings: WECHAT_FINDINGS,
  verdict: 'fail' as const,
};

interface Scenario {
  stage?: Stage;
  photos?: PhotoRecord[];
  history?: PhotoRecord[];
  supplier?: Supplier;
  settings?: Settings;
  extras?: DraftInput['extras'];
  order?: Order;
}

/** Every shot accepted except those given photos for; the rest missing unless `acceptAllBut`. */
function scenario(s: Scenario = {}) {
  const stage = s.stage ?? stageOf('pre-shipment', { gateDueDate: '2026-11-28' });
  const order = s.order ?? orderOf(stage);
  const checklist = buildChecklist({
    order,
    stage,
    photos: s.photos ?? [],
    history: s.history ?? [],
    thresholds: DEFAULT_THRESHOLDS,
    today: TODAY,
    orders: [order, otherOrder(stage)],
  });
  const input: DraftInput = {
    order,
    stage,
    checklist,
    settings: s.settings ?? settings,
    today: TODAY,
    ...(s.supplier === undefined ? { supplier } : { supplier: s.supplier }),
    ...(s.extras ? { extras: s.extras } : {}),
  };
  return { stage, order, checklist, input, draft: draftReRequest(input) };
}

/** Accepted photos for every shot of the stage but `except`. */
function acceptedAllBut(stage: Stage, ...except: string[]): PhotoRecord[] {
  return stage.shots
    .filter((s) => !except.includes(s.id))
    .map((s) => photo(`${s.id}.jpg`, s.id, { status: accepted }));
}

const both: Pick<RenderOptions, 'languages'> = { languages: ['en', 'zh-CN'] };
const seqDetailed: RenderOptions = { layout: 'sequential', detail: 'detailed', ...both };
const seqBrief: RenderOptions = { layout: 'sequential', detail: 'brief', ...both };
const interDetailed: RenderOptions = { layout: 'interleaved', detail: 'detailed', ...both };
const interBrief: RenderOptions = { layout: 'interleaved', detail: 'brief', ...both };

const CJK = /[\u4e00-\u9fff]/;

// ——— Tests ———

describe('draftReRequest: what is asked', () => {
  it('asks for every missing required shot, in shot-list order, with its label and instructions', () => {
    const { draft, stage } = scenario();
    expect(draft).toBeDefined();
    const d = draft!;
    const required = stage.shots.filter((s) => s.required);
    const optional = stage.shots.filter((s) => !s.required);
    expect(d.items.map((i) => i.shotId)).toEqual([...required, ...optional].map((s) => s.id));
    expect(d.items.filter((i) => i.optional).map((i) => i.shotId)).toEqual(optional.map((s) => s.id));
    expect(d.items.every((i) => i.kind === 'missing')).toBe(true);

    const marks = d.items.find((i) => i.shotId === 'ps-shipping-mark')!;
    expect(marks.text.en).toBe('Shipping marks close-up: not received yet, please send it.');
    expect(marks.text.zh).toBe('唛头近拍：还没有收到，麻烦拍好发给我们。');
    expect(marks.details[0]!.en).toContain('PO number, carton number, weights and dimensions');
    expect(marks.details[0]!.zh).toBe(
      '拍摄要求：正唛、侧唛近拍，上面的订单号、箱号、毛净重和尺寸都要看得清。',
    );

    expect(d.po).toBe('PO-2026-0412');
    expect(d.greeting).toEqual({ en: 'Dear Amy Chen,', zh: 'Amy Chen，您好！' });
  });

  it('lists required shots first, optional missing ones only in detailed drafts', () => {
    const { draft, stage } = scenario();
    const brief = renderText(draft!, { ...seqBrief, languages: ['en'] });
    const detailed = renderText(draft!, { ...seqDetailed, languages: ['en'] });
    const optional = stage.shots.find((s) => !s.required)!;
    expect(brief).not.toContain(optional.label.en);
    expect(detailed).toContain(`${optional.label.en} (optional, if you can): not received yet.`);
    // Required before optional in the numbering.
    const lastRequired = stage.shots.filter((s) => s.required).at(-1)!;
    expect(detailed.indexOf(lastRequired.label.en)).toBeLessThan(detailed.indexOf(optional.label.en));
    expect(toLogItems(draft!, { detail: 'brief' })).toHaveLength(
      stage.shots.filter((s) => s.required).length,
    );
    expect(toLogItems(draft!, { detail: 'detailed' })).toHaveLength(stage.shots.length);
  });

  it('turns several findings on one photo into one item: the file, each request once, with the reasons', () => {
    const stage = stageOf('pre-shipment', { gateDueDate: '2026-11-28' });
    const front = photo('IMG_0412.jpg', 'ps-front', { report: wechat });
    // The same code twice (report + shot minimum) is asked once.
    front.report.findings.push({ code: 'too-small', severity: 'fail', measured: 1280, threshold: 1600 });
    const { draft } = scenario({ stage, photos: [front, ...acceptedAllBut(stage, 'ps-front')] });
    expect(draft!.items).toHaveLength(1);
    const item = draft!.items[0]!;
    expect(item).toMatchObject({ kind: 'retake', shotId: 'ps-front', fileName: 'IMG_0412.jpg' });
    // Info-only findings ask nothing.
    expect(item.codes).toEqual(['too-small', 'small-file', 'over-compressed', 'chat-recompressed']);
    // Two requests: send the original (three reasons on one line), and how on WeChat.
    expect(item.details).toHaveLength(2);
    const [original, chat] = item.details;
    expect(original!.en).toMatch(
      /^Too small to zoom in on details \(only 1280 px on the long side; we need at least 1600 px\); the file is heavily compressed \(only 66 KB\); compressed so much/,
    );
    expect(original!.en).toContain('without resizing');
    expect(original!.en).toContain('not “reduce size”');
    expect(original!.zh).toContain('长边只有1280像素，至少需要1600像素');
    expect(original!.zh).toContain('不要缩小尺寸');
    expect(chat!.en).toContain('tick 原图 (“Original image”)');
    expect(chat!.en).toContain('zip file');
    expect(chat!.en).toContain('attach them to the email');
    expect(chat!.zh).toContain('勾选底部的“原图”');
    expect(chat!.zh).toContain('打包成zip');
    expect(item.text.en).toBe(
      'Product front (IMG_0412.jpg): low resolution, heavily compressed, over-compressed, shrunk by a chat app. ' +
        'Please send the original file, not resized. On WeChat, tick 原图 (“Original image”); or send a zip.',
    );
    expect(item.text.zh).toBe(
      '产品正面（IMG_0412.jpg）：分辨率太低、文件太小、画质压缩过度、被聊天软件压缩。' +
        '请发原图，不要缩小或压缩画质。用微信发请勾选“原图”，或者打包成zip发过来。',
    );
  });

  it('asks for new photos of a photo already sent for another order, without naming that order', () => {
    const stage = stageOf('pre-shipment', { gateDueDate: '2026-11-28' });
    const carton = photo('carton.jpg', 'ps-carton', { sha256: 'f'.repeat(64) });
    const before = photo('DSC_0099.jpg', undefined, {
      sha256: 'f'.repeat(64),
      orderId: 'order-0311',
      origins: [origin('DSC_0099.jpg', '2026-10-02T03:00:00.000Z', 'msg-0', 'order-0311')],
    });
    const { draft, checklist } = scenario({
      stage,
      photos: [carton, ...acceptedAllBut(stage, 'ps-carton')],
      history: [before],
    });
    expect(checklist.reused).toHaveLength(1);
    const item = draft!.items[0]!;
    expect(item.codes).toEqual(['reused']);
    expect(item.details[0]!.en).toBe(
      'This photo was already sent for another order (first received: DSC_0099.jpg, 2026-10-02). ' +
        'Please take new photos of this production, today, rather than sending photos taken before.',
    );
    expect(item.details[0]!.zh).toBe(
      '这张照片之前在别的订单里已经发过了（最早收到的是：DSC_0099.jpg, 2026-10-02）。' +
        '麻烦针对这批货现拍新的照片发给我们，不要用以前拍的图。',
    );
    // The other order may be another supplier's: its PO stays out of the message.
    expect(renderText(draft!, seqDetailed)).not.toContain('PO-2026-0311');
  });

  it('says "earlier" for a photo already sent for the same order', () => {
    const stage = stageOf('pre-shipment', { gateDueDate: '2026-11-28' });
    const again = photo('front2.jpg', 'ps-front', {
      sha256: 'e'.repeat(64),
      origins: [
        origin('front.jpg', '2026-11-10T03:00:00.000Z', 'msg-1', 'order-0412'),
        origin('front2.jpg', '2026-11-24T03:00:00.000Z', 'msg-3', 'order-0412'),
      ],
    });
    const { draft } = scenario({ stage, photos: [again, ...acceptedAllBut(stage, 'ps-front')] });
    const item = draft!.items[0]!;
    expect(item.fileName).toBe('front2.jpg');
    expect(item.details[0]!.en).toMatch(
      /^This photo was already sent earlier for this order \(first received: front\.jpg, 2026-11-10\)/,
    );
    expect(item.details[0]!.zh).toMatch(/^这张照片之前已经发过了，不是这次新拍的/);
  });

  it('asks to retake a rejected photo with the buyer’s reason and what to show', () => {
    const stage = stageOf('pre-shipment', { gateDueDate: '2026-11-28' });
    const wrong = photo('opened.jpg', 'ps-opened', {
      status: { state: 'rejected', at: '2026-11-24T09:00:00.000Z', reason: 'wrong carton, not this PO.' },
    });
    const { draft } = scenario({ stage, photos: [wrong, ...acceptedAllBut(stage, 'ps-opened')] });
    const item = draft!.items[0]!;
    expect(item).toMatchObject({ kind: 'retake', shotId: 'ps-opened', fileName: 'opened.jpg', codes: [] });
    expect(item.text.en).toBe(
      'Carton opened (opened.jpg): Not accepted (wrong carton, not this PO). Please take it again.',
    );
    expect(item.text.zh).toBe(
      '开箱图（opened.jpg）：这张不符合要求（wrong carton, not this PO），麻烦重拍一张。',
    );
    expect(item.details.map((d) => d.zh)).toEqual([
      '这张不符合要求（wrong carton, not this PO），麻烦重拍一张。',
      '拍摄要求：随机抽一箱打开，拍箱内产品的摆放和包装情况。',
    ]);
  });

  it('groups blurry and dark on one photo into two requests, retake first', () => {
    const stage = stageOf('pre-shipment', { gateDueDate: '2026-11-28' });
    const label = photo('label.jpg', 'ps-labels', {
      findings: [
        { code: 'dark', severity: 'fail', measured: 41, threshold: 60 },
        { code: 'blurry', severity: 'fail', measured: 12, threshold: 20 },
        { code: 'screenshot', severity: 'warn', measured: '1170×2532' },
      ],
    });
    const { draft } = scenario({ stage, photos: [label, ...acceptedAllBut(stage, 'ps-labels')] });
    const lines = draft!.items[0]!.details.map((d) => d.en);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^The photo is blurred .* tap the screen on the product to focus, hold the phone steady, and move closer/,
    );
    expect(lines[1]).toMatch(/^Too dark .* daylight or good, even light, without flash glare/);
    expect(lines[2]).toMatch(/^This is a screenshot.*Please send the photo file itself/);
    expect(draft!.items[0]!.details[0]!.zh).toContain('对焦');
    expect(draft!.items[0]!.details[1]!.zh).toContain('光线充足');
  });

  it('adds the general requests the buyer picks, with today and the PO', () => {
    const { draft } = scenario({ extras: ['scale', 'date-note', 'same-angles', 'scale'] });
    const general = draft!.items.filter((i) => i.kind === 'general');
    expect(general).toHaveLength(3);
    expect(general[1]!.text.en).toContain('“2026-11-25 PO-2026-0412”');
    expect(general[1]!.text.zh).toBe(
      '请在照片里放一张纸条，写上拍照当天的日期和我们的订单号，例如“2026-11-25 PO-2026-0412”。',
    );
    expect(general[0]!.text.en).toContain('ruler or tape measure');
    expect(general[2]!.text.en).toContain('same angles as the approved photos');
  });
});

describe('draftReRequest: nothing to ask', () => {
  it('returns undefined when every shot is accepted or waiting for the buyer', () => {
    const stage = stageOf('pre-shipment', { gateDueDate: '2026-11-28' });
    const photos = [
      ...acceptedAllBut(stage, 'ps-front', 'ps-back'),
      photo('front.jpg', 'ps-front'),
      photo('back.jpg', 'ps-back'),
    ];
    expect(scenario({ stage, photos }).draft).toBeUndefined();
  });

  it('returns undefined when only optional shots are missing, and extras alone ask nothing', () => {
    const stage = stageOf('pre-shipment', { gateDueDate: '2026-11-28' });
    const optional = stage.shots.filter((s) => !s.required).map((s) => s.id);
    const { draft } = scenario({ stage, photos: acceptedAllBut(stage, ...optional), extras: ['scale'] });
    expect(draft).toBeUndefined();
  });

  it('does ask to retake a poor optional shot, in brief drafts too', () => {
    const stage = stageOf('pre-shipment', { gateDueDate: '2026-11-28' });
    const detail = photo('detail.jpg', 'ps-detail', { findings: [{ code: 'blurry', severity: 'fail' }] });
    const { draft } = scenario({ stage, photos: [detail, ...acceptedAllBut(stage, 'ps-detail')] });
    expect(draft!.items.map((i) => i.shotId)).toEqual(['ps-detail']);
    expect(renderText(draft!, seqBrief)).toContain('Workmanship close-up (detail.jpg): blurry.');
    // Nothing blocks the gate: no gate line.
    expect(draft!.gate).toBeUndefined();
  });
});

describe('draftReRequest: the gate', () => {
  it('asks for the photos before the gate, due in 3 days', () => {
    const { draft } = scenario();
    expect(draft!.due).toEqual({ en: 'Sat 28 Nov 2026 (in 3 days)', zh: '11月28日（周六，还有3天）' });
    expect(draft!.gate).toEqual({
      en: 'Please send these before packing and shipping, planned for Sat 28 Nov 2026 (in 3 days); once we have confirmed them, you can go ahead.',
      zh: '装箱出货计划在11月28日（周六，还有3天），请在这之前把以上照片发给我们，我们确认没问题后你们再继续。',
    });
    const text = renderText(draft!, seqBrief);
    expect(text).toContain(draft!.gate!.en);
    expect(text).toContain(draft!.gate!.zh);
  });

  it('says tomorrow, and when the date has passed asks for them as soon as possible', () => {
    const tomorrow = scenario({ stage: stageOf('container-loading', { gateDueDate: '2026-11-26' }) }).draft!;
    expect(tomorrow.due).toEqual({ en: 'Thu 26 Nov 2026 (tomorrow)', zh: '11月26日（周四，明天）' });
    expect(tomorrow.gate!.zh).toBe(
      '封柜计划在11月26日（周四，明天），请在这之前把以上照片发给我们，我们确认没问题后你们再继续。',
    );
    const late = scenario({ stage: stageOf('pre-production', { gateDueDate: '2026-11-20' }) }).draft!;
    expect(late.gate!.en).toBe(
      'Cutting / moulding was planned for Fri 20 Nov 2026 (5 days ago): please send these as soon as possible, and wait for our confirmation before you go ahead.',
    );
    expect(late.gate!.zh).toBe(
      '裁剪/开模原计划在11月20日（周五，已经过了5天），请尽快把以上照片发给我们，等我们确认后再继续。',
    );
  });

  it('writes the year in Chinese only when it is not this year, and has no line without a gate', () => {
    const next = scenario({ stage: stageOf('sample', { gateDueDate: '2027-01-05' }) }).draft!;
    expect(next.due!.zh).toBe('2027年1月5日（周二，还有41天）');
    expect(next.gate!.zh.startsWith('开始大货生产计划在2027年1月5日')).toBe(true);
    const noDate = scenario({ stage: stageOf('sample') }).draft!;
    expect(noDate.due).toBeUndefined();
    expect(noDate.gate!.en).toBe(
      'Please send these before start of bulk production; once we have confirmed them, you can go ahead.',
    );
    const during = scenario({ stage: stageOf('during-production', { dueDate: '2026-12-01' }) }).draft!;
    expect(during.gate).toBeUndefined();
    expect(during.due!.en).toBe('Tue 1 Dec 2026 (in 6 days)');
    expect(renderText(during, seqDetailed)).not.toContain('Please send these before');
  });
});

describe('rendering: layouts, languages, detail', () => {
  const stage = stageOf('pre-shipment', { gateDueDate: '2026-11-28' });
  const front = photo('IMG_0412.jpg', 'ps-front', { report: wechat });
  const { draft } = scenario({
    stage,
    photos: [front, ...acceptedAllBut(stage, 'ps-front', 'ps-back', 'ps-detail')],
  });
  const d = draft!;

  it('sequential: the whole English message, a line, the whole Chinese message, one signature', () => {
    const text = renderText(d, seqDetailed);
    const [en, zh, ...rest] = text.split(`\n\n${LANGUAGE_SEPARATOR}\n\n`);
    expect(rest).toHaveLength(0);
    expect(
      en!.startsWith(
        'Dear Amy Chen,\n\nFor our order PO-2026-0412 (LED desk lamp, matte black), Pre-shipment photos: could you please send us the following?\n\n1. Product front (IMG_0412.jpg):\n   - Too small',
      ),
    ).toBe(true);
    expect(en).toContain(
      '2. Product back: not received yet, please send it.\n   - The same piece from the back, whole.',
    );
    expect(en).toContain('3. Workmanship close-up (optional, if you can): not received yet.');
    expect(en).toContain('A word on why we ask');
    expect(en!.endsWith('Thank you very much for your help!')).toBe(true);
    expect(
      zh!.startsWith(
        'Amy Chen，您好！\n\n关于订单PO-2026-0412（LED desk lamp, matte black）的出货前验货照片，麻烦您安排一下以下几项：\n\n1. 产品正面（IMG_0412.jpg）：',
      ),
    ).toBe(true);
    expect(zh).toContain('说明一下：');
    expect(zh!.endsWith('辛苦了，谢谢！\n\nSam Taylor\nSourcing, Brightlight Home')).toBe(true);
    expect(text.match(/Sam Taylor/g)).toHaveLength(1);
    expect(en).not.toMatch(/您好|辛苦了/);
  });

  it('sequential follows the order of the languages given', () => {
    const text = renderText(d, { ...seqBrief, languages: ['zh-CN', 'en'] });
    expect(text.indexOf('Amy Chen，您好！')).toBe(0);
    expect(text.indexOf(LANGUAGE_SEPARATOR)).toBeLessThan(text.indexOf('Dear Amy Chen,'));
  });

  it('interleaved: each paragraph and each item in English with the Chinese under it', () => {
    const text = renderText(d, interBrief);
    expect(text).not.toContain(LANGUAGE_SEPARATOR);
    expect(text.startsWith('Dear Amy Chen,\nAmy Chen，您好！\n\nFor our order')).toBe(true);
    expect(text).toContain(
      '1. Product front (IMG_0412.jpg): low resolution, heavily compressed, over-compressed, shrunk by a chat app. Please send the original file, not resized. On WeChat, tick 原图 (“Original image”); or send a zip.\n' +
        '   产品正面（IMG_0412.jpg）：分辨率太低、文件太小、画质压缩过度、被聊天软件压缩。请发原图，不要缩小或压缩画质。用微信发请勾选“原图”，或者打包成zip发过来。\n' +
        '2. Product back: not received yet, please send it.\n' +
        '   产品背面：还没有收到，麻烦拍好发给我们。',
    );
    expect(text).toContain('Thank you very much for your help!\n辛苦了，谢谢！\n\nSam Taylor');
  });

  it('interleaved detailed: English title and reasons, then the Chinese ones, under one number', () => {
    const text = renderText(d, interDetailed);
    const item = text.slice(text.indexOf('1. '), text.indexOf('\n2. '));
    const lines = item.split('\n');
    expect(lines[0]).toBe('1. Product front (IMG_0412.jpg):');
    expect(lines[1]).toMatch(/^ {3}- Too small/);
    expect(lines[2]).toMatch(/^ {3}- It looks like it went through a chat app/);
    expect(lines[3]).toBe('   产品正面（IMG_0412.jpg）：');
    expect(lines[4]).toMatch(/^ {3}- 照片尺寸太小/);
    expect(lines[5]).toMatch(/^ {3}- 看起来是通过微信/);
  });

  it('brief leaves out the why, the instructions and optional shots; detailed has them', () => {
    const brief = renderText(d, seqBrief);
    const detailed = renderText(d, seqDetailed);
    for (const s of [
      'A word on why',
      '说明一下',
      'The same piece from the back',
      '拍摄要求',
      'Workmanship close-up',
    ]) {
      expect(brief).not.toContain(s);
      expect(detailed).toContain(s);
    }
    expect(brief).toContain(d.gate!.en);
  });

  it('English alone and Chinese alone', () => {
    for (const layout of ['sequential', 'interleaved'] as const) {
      const en = renderText(d, { layout, detail: 'detailed', languages: ['en'] });
      const zh = renderText(d, { layout, detail: 'detailed', languages: ['zh-CN'] });
      expect(en).not.toContain(LANGUAGE_SEPARATOR);
      expect(en.replaceAll('原图', '')).not.toMatch(CJK);
      expect(en.startsWith('Dear Amy Chen,')).toBe(true);
      expect(zh.startsWith('Amy Chen，您好！')).toBe(true);
      expect(zh).not.toMatch(/Dear|Thank you|Please/);
      expect(zh.endsWith('Sam Taylor\nSourcing, Brightlight Home')).toBe(true);
    }
  });

  it('falls back to the draft’s defaults: the settings, the supplier’s languages first', () => {
    expect(renderText(d)).toBe(renderText(d, { layout: 'sequential', detail: 'detailed', ...both }));
    const zhFirst = scenario({
      stage,
      photos: [front],
      supplier: { ...supplier, replyLanguages: ['zh-CN'] },
      settings: { ...settings, replyLayout: 'interleaved', replyDetail: 'brief' },
    }).draft!;
    expect(zhFirst.defaults).toEqual({ layout: 'interleaved', detail: 'brief', languages: ['zh-CN'] });
    expect(renderText(zhFirst)).not.toContain('Dear');
  });
});

describe('rendering: names and file names from the mail', () => {
  const stage = stageOf('pre-shipment', { gateDueDate: '2026-11-28' });
  const evilName = '<img src=x onerror=alert(1)>.jpg';
  const evil = photo(evilName, 'ps-front', { findings: [{ code: 'blurry', severity: 'fail' }] });
  const contact = 'Tom & <b>Jerry</b>';
  const order = orderOf(stage, { product: 'Mugs "A&B" <set>', poNumbers: ['PO-<1>', 'PO-2'] });
  const { draft } = scenario({
    stage,
    order,
    photos: [evil, ...acceptedAllBut(stage, 'ps-front', 'ps-back')],
    supplier: { ...supplier, contactName: contact },
    settings: { ...settings, buyer: { ...settings.buyer, signature: 'Sam <Sourcing> & Co' } },
  });
  const d = draft!;

  it('keeps them unchanged in text', () => {
    const text = renderText(d, seqDetailed);
    expect(text).toContain(`Front (${evilName})`.replace('Front', 'Product front'));
    expect(text).toContain(`Dear ${contact},`);
    expect(text).toContain(`${contact}，您好！`);
    expect(text).toContain('Mugs "A&B" <set>');
    expect(text).toContain('PO-<1> / PO-2');
    expect(text).not.toContain('&amp;');
  });

  it('never reads a value as a placeholder', () => {
    const named = photo('{po} {contact}.jpg', 'ps-front', {
      findings: [{ code: 'blurry', severity: 'fail' }],
    });
    const { draft: d2 } = scenario({
      stage,
      photos: [named],
      supplier: { ...supplier, contactName: '{buyer}' },
    });
    const text = renderText(d2!, seqBrief);
    expect(text).toContain('Product front ({po} {contact}.jpg): blurry.');
    expect(text).toContain('Dear {buyer},');
  });

  it('greets politely without a contact name', () => {
    const { contactName: _, ...anonymous } = supplier;
    const { draft: d3 } = scenario({ stage, supplier: anonymous });
    expect(d3!.greeting).toEqual({ en: 'Hello,', zh: '您好！' });
    expect(d3!.contact).toBe('');
    const noSupplier = draftReRequest({ ...scenario({ stage }).input, supplier: undefined })!;
    expect(noSupplier.greeting.en).toBe('Hello,');
    expect(noSupplier.supplier).toBe('');
  });

  it('signs with the name and company when there is no signature', () => {
    const { draft: d4 } = scenario({
      stage,
      settings: { ...settings, buyer: { name: 'Sam Taylor', company: 'Brightlight Home', signature: '  ' } },
    });
    expect(d4!.signature).toBe('Sam Taylor\nBrightlight Home');
    expect(renderText(d4!, seqBrief).endsWith('辛苦了，谢谢！\n\nSam Taylor\nBrightlight Home')).toBe(true);
    const { draft: d5 } = scenario({
      stage,
      settings: { ...settings, buyer: { name: '', company: '', signature: '' } },
    });
    expect(renderText(d5!, seqBrief).endsWith('辛苦了，谢谢！')).toBe(true);
  });
});

describe('toLogItems', () => {
  it('gives the request log one line per item, with shot, file and codes', () => {
    const stage = stageOf('pre-shipment', { gateDueDate: '2026-11-28' });
    const front = photo('IMG_0412.jpg', 'ps-front', { report: wechat });
    const { draft } = scenario({
      stage,
      photos: [front, ...acceptedAllBut(stage, 'ps-front', 'ps-back')],
      extras: ['scale'],
    });
    const items = toLogItems(draft as ReRequestDraft);
    expect(items).toEqual([
      {
        shotId: 'ps-front',
        fileName: 'IMG_0412.jpg',
        codes: ['too-small', 'small-file', 'over-compressed', 'chat-recompressed'],
        text: draft!.items[0]!.text.en,
      },
      { shotId: 'ps-back', text: 'Product back: not received yet, please send it.' },
      { text: 'In the new photos, please put a ruler or tape measure in the frame for scale.' },
    ]);
    expect(toLogItems(draft!, { language: 'zh-CN' })[1]!.text).toBe(
      '产品背面：还没有收到，麻烦拍好发给我们。',
    );
  });
});

describe('the buyer’s own templates', () => {
  it('are used by the draft’s default rendering', () => {
    const { draft } = scenario({
      settings: { ...settings, replyTemplates: { en: 'Hi {contact}! PO {po}:\n{items}' } },
    });
    expect(renderText(draft!, { languages: ['en'] }).startsWith('Hi Amy')).toBe(true);
    expect(renderText(scenario().draft!, { languages: ['en'] }).startsWith('Hi Amy')).toBe(false);
  });
});
