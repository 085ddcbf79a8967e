// Built-in shot lists, one per standard production stage, written from what inspection companies
// (QIMA, V-Trust, AsiaInspection, Intertek) put in their reports. Plain data: the buyer copies a template
// into an order's stage and edits the copy.
//
// The Chinese is written the way a factory's sales or QC contact writes to a buyer, not word for word:
// 唛头 (not 运输标记) for shipping marks, 外箱六面 for "all sides of the carton", 柜号 / 封条 for the
// container number and seal (封条, not 印章), 整体 / 细节 / 近拍 as in 验货 reports.
import type { LocalText, Shot, ShotListTemplate, Stage, StageKind } from '@/utils/store/types';

/** The standard stages in production order (custom stages have no place in it). */
export const STAGE_ORDER: readonly Exclude<StageKind, 'custom'>[] = [
  'sample',
  'pre-production',
  'during-production',
  'pre-shipment',
  'container-loading',
];

/** Close-ups whose point is text or fine detail (labels, barcodes, marks, seal numbers) need more pixels. */
const CLOSE_UP_LONG_EDGE = 2000;

interface ShotSpec {
  id: string;
  label: LocalText;
  instructions: LocalText;
  required: boolean;
  keywords: string[];
  minLongEdge?: number;
}

const shot = (s: ShotSpec): Shot => ({ ...s, referencePhotoIds: [] });

const SAMPLE: ShotListTemplate = {
  id: 'builtin-sample',
  name: { en: 'Sample approval', zh: '样品确认' },
  kind: 'sample',
  builtIn: true,
  gate: { label: { en: 'start of bulk production', zh: '开始大货生产' } },
  shots: [
    shot({
      id: 'sample-front',
      label: { en: 'Front', zh: '正面整体' },
      instructions: {
        en: 'The whole product from the front, filling most of the frame, on a plain background in daylight or bright, even light.',
        zh: '产品正面整体图：产品尽量占满画面，用纯色背景，在自然光或明亮均匀的灯光下拍。',
      },
      required: true,
      keywords: ['front', '正面', '整体'],
    }),
    shot({
      id: 'sample-back',
      label: { en: 'Back', zh: '背面整体' },
      instructions: {
        en: 'The whole product from the back, set up the same way as the front photo.',
        zh: '产品背面整体图，拍法和正面一样。',
      },
      required: true,
      keywords: ['back', 'rear', '背面'],
    }),
    shot({
      id: 'sample-left',
      label: { en: 'Left side', zh: '左侧面' },
      instructions: {
        en: 'The whole left side, shot straight on, not at an angle.',
        zh: '产品左侧整体图，正对着侧面拍，不要斜着拍。',
      },
      required: true,
      keywords: ['left', 'side', '左侧', '侧面'],
    }),
    shot({
      id: 'sample-right',
      label: { en: 'Right side', zh: '右侧面' },
      instructions: {
        en: 'The whole right side, shot straight on, not at an angle.',
        zh: '产品右侧整体图，正对着侧面拍，不要斜着拍。',
      },
      required: true,
      keywords: ['right', 'side', '右侧', '侧面'],
    }),
    shot({
      id: 'sample-detail',
      label: { en: 'Workmanship close-up', zh: '做工细节近拍' },
      instructions: {
        en: 'Close-up of the workmanship — stitching, seams, joints, edges or surface finish — sharp enough to see each stitch. Tap the screen to focus before shooting.',
        // 车线 / 针脚: the words a sewing or QC worker uses for stitching.
        zh: '做工细节近拍：车线、接缝、拼接处、边位或表面处理，要拍清楚到能看清针脚。拍之前先点一下屏幕对焦。',
      },
      required: true,
      keywords: ['detail', 'workmanship', 'closeup', 'stitch', '细节', '做工', '车线'],
    }),
    shot({
      id: 'sample-measurement',
      label: { en: 'Measurement', zh: '尺寸测量' },
      instructions: {
        en: 'Measure the main dimensions with a tape or ruler in the frame; the reading must be legible.',
        zh: '用卷尺或直尺量主要尺寸，尺子要一起拍进去，刻度读数要看得清。',
      },
      required: true,
      keywords: ['measurement', 'measure', 'size', 'dimension', 'ruler', 'tape', '尺寸', '测量', '卷尺'],
      // The tape's numbers are small: the same pixels as a label close-up.
      minLongEdge: CLOSE_UP_LONG_EDGE,
    }),
    shot({
      id: 'sample-label',
      label: { en: 'Brand and care labels close-up', zh: '主标、洗标、吊牌近拍' },
      instructions: {
        en: 'Close-up of the brand label, care label and hang tag; every word must be readable.',
        // 主标 = brand label, 洗标 (洗水唛) = care label, 吊牌 = hang tag: the trade's own words.
        zh: '主标、洗标和吊牌近拍，上面的每个字都要看得清。',
      },
      required: true,
      keywords: [
        'label',
        'tag',
        'hangtag',
        'care',
        'brand',
        '标签',
        '吊牌',
        '洗标',
        '洗水唛',
        '主标',
        '商标',
      ],
      minLongEdge: CLOSE_UP_LONG_EDGE,
    }),
    shot({
      id: 'sample-packaging',
      label: { en: 'Packaging', zh: '包装' },
      instructions: {
        en: 'The product in its retail packaging (polybag, gift box, header card…), packed the way bulk will be.',
        zh: '产品按大货的包装方式装好后拍（胶袋、彩盒、吊卡等）。',
      },
      required: false,
      keywords: ['packaging', 'package', 'packing', 'polybag', 'giftbox', '包装', '彩盒', '胶袋'],
    }),
  ],
};

const PRE_PRODUCTION: ShotListTemplate = {
  id: 'builtin-pre-production',
  name: { en: 'Pre-production', zh: '产前确认' },
  kind: 'pre-production',
  builtIn: true,
  gate: { label: { en: 'cutting / moulding', zh: '裁剪/开模' } },
  shots: [
    shot({
      id: 'pp-material-colour',
      label: { en: 'Bulk material against approved colour', zh: '大货面料对色' },
      instructions: {
        en: 'The bulk fabric or material next to the approved colour standard (lab dip, colour card or approved sample), in daylight, both in the same photo.',
        // 对色 / 同框: "compare colour" and "in the same frame", as colour matching is asked for in factories.
        zh: '大货面料（或材料）和确认的色卡/确认样放在一起，在自然光下同框拍，方便对色。',
      },
      required: true,
      keywords: [
        'fabric',
        'material',
        'swatch',
        'colour',
        'color',
        'labdip',
        '面料',
        '布料',
        '材料',
        '色卡',
        '对色',
      ],
    }),
    shot({
      id: 'pp-trims',
      label: { en: 'Trims and accessories', zh: '辅料、配件' },
      instructions: {
        en: 'All trims and accessories laid out together: zips, buttons, labels, hang tags, thread, packing materials.',
        zh: '所有辅料摆在一起拍：拉链、纽扣、商标、吊牌、缝线、包装材料等。',
      },
      required: true,
      keywords: [
        'trim',
        'trims',
        'accessory',
        'accessories',
        'zip',
        'zipper',
        'button',
        '辅料',
        '配件',
        '拉链',
        '纽扣',
      ],
    }),
    shot({
      id: 'pp-sample',
      label: { en: 'Pre-production sample', zh: '产前样' },
      instructions: {
        en: 'The pre-production (or first production) sample made with bulk materials — front and back.',
        // 首件 is the first piece off the line ("first article"), which many hard-goods factories show instead.
        zh: '用大货物料做的产前样（或首件），拍正面和背面整体。',
      },
      required: true,
      keywords: ['pp', 'pps', 'preproduction', 'sample', '产前样', '样品', '首件'],
    }),
    shot({
      id: 'pp-components',
      label: { en: 'Components', zh: '零部件' },
      instructions: {
        en: 'The main components before assembly, with part numbers or markings visible.',
        zh: '组装前的主要零部件，零件上的编号或标记要拍清楚。',
      },
      required: false,
      keywords: ['component', 'components', 'part', 'parts', '零件', '部件', '零部件'],
    }),
    shot({
      id: 'pp-artwork',
      label: { en: 'Artwork and print proof', zh: '印刷打样' },
      instructions: {
        en: 'The printing proof (logo, packaging print, labels) next to the approved artwork; colours and text must be readable.',
        zh: '印刷打样（logo、彩盒、标签等）和确认稿放在一起拍，颜色和文字要看得清。',
      },
      required: true,
      keywords: ['artwork', 'print', 'printing', 'proof', 'logo', '印刷', '丝印', '打样', '确认稿'],
      minLongEdge: CLOSE_UP_LONG_EDGE,
    }),
  ],
};

const DURING_PRODUCTION: ShotListTemplate = {
  id: 'builtin-during-production',
  name: { en: 'During production', zh: '生产中期' },
  kind: 'during-production',
  builtIn: true,
  // No gate: production carries on while these are checked.
  shots: [
    shot({
      id: 'dp-line',
      label: { en: 'Production line overview', zh: '生产线全景' },
      instructions: {
        en: 'A wide shot of the production line working on this order.',
        zh: '正在做这个订单的生产线全景。',
      },
      required: true,
      keywords: ['line', 'production', 'workshop', 'overview', '生产线', '产线', '车间', '全景'],
    }),
    shot({
      id: 'dp-semi-finished',
      label: { en: 'Semi-finished products', zh: '半成品' },
      instructions: {
        en: 'Semi-finished products at the main process steps.',
        zh: '各主要工序的半成品。',
      },
      required: false,
      keywords: ['semi', 'semifinished', 'wip', '半成品', '工序'],
    }),
    shot({
      id: 'dp-finished',
      label: { en: 'Finished products on the line', zh: '下线成品' },
      instructions: {
        en: 'Finished products coming off the line, several pieces in one photo.',
        zh: '刚下线的成品，一张照片里拍几件。',
      },
      required: true,
      keywords: ['finished', '成品', '下线'],
    }),
    shot({
      id: 'dp-qc',
      label: { en: 'Quality check in progress', zh: 'QC检验' },
      instructions: {
        en: 'QC at work on this order: measuring, function testing or checking at the inspection table.',
        zh: 'QC正在检验这个订单的产品：量尺寸、做功能测试，或在查货台上检查。',
      },
      required: false,
      keywords: ['qc', 'inspection', 'check', 'quality', '品检', '检验', '查货', '质检'],
    }),
    shot({
      id: 'dp-quantity',
      label: { en: 'Quantity finished', zh: '已完成数量' },
      instructions: {
        en: 'Finished goods piled up or packed in cartons, so the quantity done so far can be seen; a note with the count in the frame helps.',
        zh: '已完成的成品或已装好的外箱堆放图，要能看出大概数量；最好放一张写着已完成数量的纸一起拍。',
      },
      required: true,
      keywords: ['quantity', 'qty', 'pile', 'stock', '数量', '堆放', '已完成'],
    }),
  ],
};

const PRE_SHIPMENT: ShotListTemplate = {
  id: 'builtin-pre-shipment',
  name: { en: 'Pre-shipment', zh: '出货前验货' },
  kind: 'pre-shipment',
  builtIn: true,
  gate: { label: { en: 'packing and shipping', zh: '装箱出货' } },
  shots: [
    shot({
      id: 'ps-front',
      label: { en: 'Product front', zh: '产品正面' },
      instructions: {
        en: 'A finished bulk piece from the front, whole and filling the frame.',
        zh: '大货成品正面整体图，产品占满画面。',
      },
      required: true,
      keywords: ['front', '正面', '整体'],
    }),
    shot({
      id: 'ps-back',
      label: { en: 'Product back', zh: '产品背面' },
      instructions: {
        en: 'The same piece from the back, whole.',
        zh: '同一件产品的背面整体图。',
      },
      required: true,
      keywords: ['back', 'rear', '背面'],
    }),
    shot({
      id: 'ps-sides',
      label: { en: 'Sides and other angles', zh: '侧面及其他角度' },
      instructions: {
        en: 'Both sides, the top and the bottom: one photo per angle.',
        zh: '两个侧面、顶部和底部，每个角度各拍一张。',
      },
      required: true,
      keywords: ['side', 'left', 'right', 'top', 'bottom', 'angle', '侧面', '顶部', '底部', '角度'],
    }),
    shot({
      id: 'ps-detail',
      label: { en: 'Workmanship close-up', zh: '做工细节近拍' },
      instructions: {
        en: 'Close-up of stitching, joints or surface finish on a bulk piece.',
        zh: '大货的做工细节近拍：车线、拼接处、表面处理等。',
      },
      required: false,
      keywords: ['detail', 'workmanship', 'closeup', '细节', '做工'],
    }),
    shot({
      id: 'ps-labels',
      label: { en: 'Labels and barcodes close-up', zh: '标签、条码近拍' },
      instructions: {
        en: 'Close-up of the product labels and barcode stickers; the barcode must be whole and sharp enough to scan.',
        zh: '产品标签和条码贴纸近拍，条码要完整、清晰，能扫得出来。',
      },
      required: true,
      keywords: ['label', 'barcode', 'ean', 'upc', 'sticker', '标签', '条码', '条形码', '吊牌', '贴纸'],
      minLongEdge: CLOSE_UP_LONG_EDGE,
    }),
    shot({
      id: 'ps-inner',
      label: { en: 'Inner pack', zh: '内包装' },
      instructions: {
        en: 'The product in its inner pack (polybag, inner box), with the inner box label visible.',
        zh: '产品装进内包装（胶袋、内盒）后的样子，内盒上的标签要拍到。',
      },
      required: true,
      keywords: ['inner', 'packaging', 'polybag', '内盒', '中盒', '内包装', '胶袋'],
    }),
    shot({
      id: 'ps-carton',
      label: { en: 'Outer carton, all sides', zh: '外箱六面' },
      instructions: {
        en: 'The outer carton from all six sides: four sides, top and bottom.',
        // 外箱六面 is the set phrase for "every side of the carton" in inspection requests.
        zh: '外箱六个面都要拍：四个侧面加顶面、底面。',
      },
      required: true,
      keywords: ['carton', 'outer', 'master', '外箱', '纸箱', '六面'],
    }),
    shot({
      id: 'ps-shipping-mark',
      label: { en: 'Shipping marks close-up', zh: '唛头近拍' },
      instructions: {
        en: 'Close-up of the main and side shipping marks; PO number, carton number, weights and dimensions must be readable.',
        // 正唛 / 侧唛: the front and side marks; 毛净重 = gross and net weight.
        zh: '正唛、侧唛近拍，上面的订单号、箱号、毛净重和尺寸都要看得清。',
      },
      required: true,
      keywords: ['shipping mark', 'mark', 'marks', '唛头', '箱唛', '正唛', '侧唛'],
      minLongEdge: CLOSE_UP_LONG_EDGE,
    }),
    shot({
      id: 'ps-stacked',
      label: { en: 'Cartons stacked', zh: '整批外箱堆放' },
      instructions: {
        en: 'All cartons of the order stacked together, so the carton count can be checked.',
        zh: '整批货的外箱堆在一起拍，要能数得出箱数。',
      },
      required: true,
      keywords: ['stack', 'stacked', 'pallet', 'quantity', '堆放', '堆垛', '数量'],
    }),
    shot({
      id: 'ps-opened',
      label: { en: 'Carton opened', zh: '开箱图' },
      instructions: {
        en: 'One carton opened at random, showing how the products are packed inside.',
        zh: '随机抽一箱打开，拍箱内产品的摆放和包装情况。',
      },
      required: true,
      keywords: ['open', 'opened', 'contents', '开箱', '箱内'],
    }),
    shot({
      id: 'ps-measurement',
      label: { en: 'Measurement and weight check', zh: '尺寸、重量核对' },
      instructions: {
        en: 'A carton (or product) on the scale and measured with a tape; the readings must be legible.',
        zh: '外箱（或产品）称重、量尺寸，秤和卷尺上的读数要拍清楚。',
      },
      required: false,
      keywords: ['measurement', 'measure', 'weight', 'scale', 'size', '尺寸', '重量', '称重', '测量'],
      minLongEdge: CLOSE_UP_LONG_EDGE,
    }),
  ],
};

const CONTAINER_LOADING: ShotListTemplate = {
  id: 'builtin-container-loading',
  name: { en: 'Container loading', zh: '装柜' },
  kind: 'container-loading',
  builtIn: true,
  gate: { label: { en: 'sealing the container', zh: '封柜' } },
  shots: [
    shot({
      id: 'cl-empty',
      label: { en: 'Empty container', zh: '空柜' },
      instructions: {
        en: 'Inside the empty container with the doors open: floor, walls and roof clean, dry and undamaged.',
        zh: '打开柜门拍空柜内部：地板、柜壁、柜顶要干净、干燥，没有破损。',
      },
      required: true,
      keywords: ['empty', 'container', 'inside', '空柜', '柜内', '货柜'],
    }),
    shot({
      id: 'cl-number',
      label: { en: 'Container number close-up', zh: '柜号近拍' },
      instructions: {
        en: 'Close-up of the container number on the door; every letter and digit readable.',
        zh: '柜门上的柜号近拍，每个字母和数字都要看得清。',
      },
      required: true,
      keywords: ['container number', 'number', 'cntr', '柜号'],
      minLongEdge: CLOSE_UP_LONG_EDGE,
    }),
    shot({
      id: 'cl-layers',
      label: { en: 'Each layer loaded', zh: '每层装柜' },
      instructions: {
        en: 'One photo each time a layer is loaded (several photos).',
        zh: '每装完一层拍一张（会有多张）。',
      },
      required: true,
      keywords: ['layer', 'loading', '层', '装柜'],
    }),
    shot({
      id: 'cl-half',
      label: { en: 'Half loaded', zh: '装到一半' },
      instructions: {
        en: 'The container about half full, taken from the door.',
        zh: '装到一半左右时，在柜门口拍一张整体。',
      },
      required: false,
      keywords: ['half', '一半', '半柜'],
    }),
    shot({
      id: 'cl-full',
      label: { en: 'Fully loaded', zh: '装满（最后一层）' },
      instructions: {
        en: 'The last layer in place and the container full, taken from the door.',
        zh: '最后一层装完、整柜装满后，站在柜门口拍。',
      },
      required: true,
      keywords: ['full', 'last', 'loaded', '装满', '最后一层', '满柜'],
    }),
    shot({
      id: 'cl-doors-closed',
      label: { en: 'Doors closed', zh: '关好柜门' },
      instructions: {
        en: 'Both doors closed, with the container number in the frame.',
        zh: '两扇柜门关好后拍整体，柜号要在画面里。',
      },
      required: true,
      keywords: ['door', 'doors', 'closed', '柜门', '关门'],
    }),
    shot({
      id: 'cl-seal',
      label: { en: 'Seal number close-up', zh: '封条号近拍' },
      instructions: {
        en: 'Close-up of the seal on the door; the seal number must be readable.',
        // 封条 (铅封) is the container seal; 印章 would be a rubber stamp.
        zh: '柜门上的封条近拍，封条号要看得清。',
      },
      required: true,
      keywords: ['seal', '封条', '铅封', '封号'],
      minLongEdge: CLOSE_UP_LONG_EDGE,
    }),
  ],
};

/** One template per standard stage, in `STAGE_ORDER`. */
export const BUILT_IN_TEMPLATES: ShotListTemplate[] = [
  SAMPLE,
  PRE_PRODUCTION,
  DURING_PRODUCTION,
  PRE_SHIPMENT,
  CONTAINER_LOADING,
];

export interface StageFromTemplateOptions {
  id: string;
  dueDate?: string;
  gateDueDate?: string;
}

const randomId = () => crypto.randomUUID();

/**
 * A new stage for an order from a template. Shots are deep copies with fresh ids, so editing the
 * order never touches the template (and two stages from one template never share a shot id).
 * `newId` is a parameter so tests get stable ids.
 */
export function stageFromTemplate(
  template: ShotListTemplate,
  opts: StageFromTemplateOptions,
  newId: () => string = randomId,
): Stage {
  const stage: Stage = {
    id: opts.id,
    kind: template.kind,
    name: { ...template.name },
    shots: template.shots.map((s) => ({
      ...s,
      id: newId(),
      label: { ...s.label },
      instructions: { ...s.instructions },
      referencePhotoIds: [...s.referencePhotoIds],
      ...(s.keywords ? { keywords: [...s.keywords] } : {}),
    })),
  };
  if (template.gate) {
    stage.gate = { label: { ...template.gate.label } };
    if (opts.gateDueDate) stage.gate.dueDate = opts.gateDueDate;
  }
  if (opts.dueDate) stage.dueDate = opts.dueDate;
  return stage;
}
