// The backup page. English and Simplified Chinese; `zh` has the type of `en`.
import { plural } from './plural';

export const en = {
  backup: {
    title: 'Backup and storage',
    exportTitle: 'Export a backup',
    exportLead:
      'One .zip with everything: suppliers, orders, shot lists, settings, every checked photo’s record and thumbnail, and your reference photos. Keep it somewhere safe, or move it to another browser.',
    exporting: 'Exporting…',
    export: 'Export backup',
    recovered: 'An import that did not finish was undone: your data is as it was before it.',
    exported: (name: string, size: string) => `Backup saved as ${name} (${size}).`,
    importTitle: 'Import a backup',
    importLead:
      'Replaces everything in this browser with the backup’s contents. The file is checked first: a damaged or incomplete backup is refused and your data stays as it is.',
    reading: 'Reading…',
    import: 'Import backup…',
    replaceTitle: 'Replace everything with this backup?',
    replaceConfirm: 'Replace everything',
    imported: (counts: string) => `Backup imported: ${counts}.`,
    holds: (exportedAt: string, counts: string) => `, exported ${exportedAt} UTC, holds ${counts}.`,
    replaceWarning:
      'Everything now in Photo Triage in this browser is replaced. Export a backup first if you may need it.',
    counts: {
      suppliers: (n: number) => plural(n, 'supplier', 'suppliers'),
      orders: (n: number) => plural(n, 'order', 'orders'),
      templates: (n: number) => plural(n, 'template', 'templates'),
      referencePhotos: (n: number) => plural(n, 'reference photo', 'reference photos'),
      photos: (n: number) => plural(n, 'checked photo', 'checked photos'),
      requests: (n: number) => plural(n, 'logged request', 'logged requests'),
    },
    storageTitle: 'Storage',
    measuring: 'Measuring…',
    used: (used: string, quota: string, pct: string | undefined) =>
      `${used} used of ${quota} available${pct ? ` (${pct} %)` : ''}.`,
    kept: 'Kept when space is low: ',
    unknown: 'unknown',
    yes: 'yes',
    no: 'no',
    mayDelete: ' — the browser may delete Photo Triage’s data when the disk fills up.',
    persisted: 'The browser will keep Photo Triage’s data when space is low.',
    keep: 'Keep data when space is low',
    breakdown: (pictures: number, pictureBytes: string, photos: number, recordBytes: string) =>
      `Pictures: ${plural(pictures, 'thumbnail', 'thumbnails')}, ${pictureBytes}. Records: ${plural(photos, 'checked photo', 'checked photos')}, about ${recordBytes}.`,
    dropLabel: 'Drop the pictures of closed orders not changed for',
    monthsUnit: 'months',
    drop: 'Drop pictures',
    dropHint:
      'Only the thumbnails go: every measurement, verdict, assignment and request is kept, and checklists still say what was received.',
    monthsInvalid: 'Enter a whole number of months from 1 to 120.',
    dropped: (pictures: number, bytes: string, orders: number) =>
      `${plural(pictures, 'picture', 'pictures')} dropped (${bytes}) from ${plural(orders, 'closed order', 'closed orders')}. Their records are kept.`,
    sampleTitle: 'Try it with sample data',
    sampleLead:
      'Two suppliers and four orders with their shot lists, as in the demo mailbox. Only into an empty Photo Triage: nothing you entered is touched.',
    sampleLoaded: (suppliers: number, orders: number) =>
      `Sample data loaded: ${suppliers} suppliers, ${orders} orders.`,
    loadSample: 'Load sample data',
  },
};

export const zh: typeof en = {
  backup: {
    title: '备份与存储',
    exportTitle: '导出备份',
    exportLead:
      '一个 .zip 包含全部内容：供应商、订单、拍摄清单、设置、每张已检查照片的记录和缩略图，以及您的参考照片。请妥善保存，也可以用它迁移到另一个浏览器。',
    recovered: '上次未完成的导入已撤销：您的数据已恢复到导入之前的状态。',
    exporting: '正在导出…',
    export: '导出备份',
    exported: (name: string, size: string) => `备份已保存为 ${name}（${size}）。`,
    importTitle: '导入备份',
    importLead:
      '用备份的内容替换本浏览器中的全部数据。会先检查文件：损坏或不完整的备份会被拒绝，您的数据保持不变。',
    reading: '正在读取…',
    import: '导入备份…',
    replaceTitle: '用此备份替换全部数据？',
    replaceConfirm: '全部替换',
    imported: (counts: string) => `备份已导入：${counts}。`,
    holds: (exportedAt: string, counts: string) => `，导出于 ${exportedAt} UTC，包含 ${counts}。`,
    replaceWarning: '本浏览器中 Photo Triage 现有的全部数据都会被替换。如果可能还需要，请先导出备份。',
    counts: {
      suppliers: (n: number) => `${n} 个供应商`,
      orders: (n: number) => `${n} 个订单`,
      templates: (n: number) => `${n} 个模板`,
      referencePhotos: (n: number) => `${n} 张参考照片`,
      photos: (n: number) => `${n} 张已检查照片`,
      requests: (n: number) => `${n} 条催要记录`,
    },
    storageTitle: '存储',
    measuring: '正在计算…',
    used: (used: string, quota: string, pct: string | undefined) =>
      `已用 ${used}，可用 ${quota}${pct ? `（${pct} %）` : ''}。`,
    kept: '空间不足时保留：',
    unknown: '未知',
    yes: '是',
    no: '否',
    mayDelete: ' — 磁盘空间不足时，浏览器可能会删除 Photo Triage 的数据。',
    persisted: '空间不足时，浏览器会保留 Photo Triage 的数据。',
    keep: '空间不足时保留数据',
    breakdown: (pictures: number, pictureBytes: string, photos: number, recordBytes: string) =>
      `缩略图：${pictures} 张，${pictureBytes}。记录：${photos} 张已检查照片，约 ${recordBytes}。`,
    dropLabel: '删除已关闭且超过以下时间未改动的订单的缩略图：',
    monthsUnit: '个月',
    drop: '删除缩略图',
    dropHint: '只删除缩略图：所有测量结果、判定、分配和催要记录都会保留，拍摄清单仍显示已收到的照片。',
    monthsInvalid: '请输入 1 到 120 之间的整数月数。',
    dropped: (pictures: number, bytes: string, orders: number) =>
      `已从 ${orders} 个已关闭订单删除 ${pictures} 张缩略图（${bytes}）。记录均已保留。`,
    sampleTitle: '用示例数据试用',
    sampleLead:
      '两个供应商和四个订单及其拍摄清单，与演示邮箱中的一致。只能导入到空的 Photo Triage：不会改动您录入的任何内容。',
    sampleLoaded: (suppliers: number, orders: number) =>
      `示例数据已加载：${suppliers} 个供应商，${orders} 个订单。`,
    loadSample: '加载示例数据',
  },
};
