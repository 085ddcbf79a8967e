// The checklist's words (options page, Check photos, the mail panel), English and Simplified Chinese.
import { catalog, uiLanguage } from '@/utils/i18n';
import type { LocalText } from '@/utils/store/types';
import type { ShotStatus } from '@/utils/triage/checklist';

const en = {
  status: {
    missing: 'Missing',
    pending: 'To review',
    poor: 'Poor — retake',
    accepted: 'Accepted',
    rejected: 'Rejected — retake',
  } satisfies Record<ShotStatus, string>,
  gateBefore: (action: string) => `Before ${action}`,
  stage: 'Stage',
  due: (date: string) => `due ${date}`,
  noDueDate: 'no due date',
  allAccepted: 'All required shots accepted',
  openShots: (n: number) => `${n} required shot${n === 1 ? '' : 's'} not accepted yet`,
  counts: {
    required: (accepted: number, required: number) => `${accepted} of ${required} required accepted`,
    pending: (n: number) => `${n} to review`,
    poor: (n: number) => `${n} poor`,
    rejected: (n: number) => `${n} rejected`,
    missing: (n: number) => `${n} missing`,
  },
  checklistOf: (stage: string) => `Checklist: ${stage}`,
  noShots: 'This stage has no shots yet.',
  required: 'Required',
  optional: 'Optional',
  needsMorePixels: 'This shot needs more pixels than the general minimum',
  edit: 'Edit',
  editShot: (shot: string) => `Edit shot ${shot}`,
  instructions: 'Instructions',
  noPhotoYet: 'No photo yet',
  detailsFor: (name: string) => `Details for ${name}`,
  accepted: '✓ Accepted',
  rejectedBecause: (reason: string) => `✗ Rejected: ${reason}`,
  accept: 'Accept',
  acceptPhoto: (name: string) => `Accept ${name}`,
  reject: 'Reject',
  rejectPhoto: (name: string) => `Reject ${name}`,
  undo: 'Undo',
  undoPhoto: (name: string) => `Undo the decision on ${name}`,
  cancel: 'Cancel',
  rejectWhy: 'Why? e.g. wrong colour, label not readable',
  rejectReasonFor: (name: string) => `Reason for rejecting ${name}`,
  referenceDropHint: 'Drop photos on the shot, or click to choose',
  addTile: 'Add',
  addInline: 'Reference',
  addReferencesFor: (shot: string) => `Add reference photos for ${shot}`,
  reference: 'Reference',
  referenceN: (i: number, shot: string) => `Reference ${i} for ${shot}`,
  removeReferenceN: (i: number, shot: string) => `Remove reference ${i} for ${shot}`,
  unassignedRegion: 'Photos not assigned to a shot',
  unassignedTitle: 'Not assigned to a shot',
  looksLike: (shot: string) => `Looks like: ${shot}`,
  shotFor: (name: string) => `Shot for ${name}`,
  assignToShot: 'Assign to a shot…',
  chooseShot: 'Choose a shot…',
  suggestedGroup: 'Suggested from the file name',
  otherShots: 'Other shots',
  shots: 'Shots',
};

const zh: typeof en = {
  status: {
    missing: '缺少',
    pending: '待审核',
    poor: '不合格，需重拍',
    accepted: '已验收',
    rejected: '已退回，需重拍',
  },
  gateBefore: (action: string) => `${action}前`,
  stage: '阶段',
  due: (date: string) => `截止 ${date}`,
  noDueDate: '未设截止日期',
  allAccepted: '必拍项已全部验收',
  openShots: (n: number) => `还有 ${n} 个必拍项未验收`,
  counts: {
    required: (accepted: number, required: number) => `必拍项已验收 ${accepted}/${required}`,
    pending: (n: number) => `${n} 个待审核`,
    poor: (n: number) => `${n} 个不合格`,
    rejected: (n: number) => `${n} 个已退回`,
    missing: (n: number) => `${n} 个缺少`,
  },
  checklistOf: (stage: string) => `拍摄清单：${stage}`,
  noShots: '此阶段还没有拍摄项。',
  required: '必拍',
  optional: '可选',
  needsMorePixels: '此拍摄项要求的像素高于通用最低标准',
  edit: '编辑',
  editShot: (shot: string) => `编辑拍摄项 ${shot}`,
  instructions: '拍摄要求',
  noPhotoYet: '尚无照片',
  detailsFor: (name: string) => `${name} 的详情`,
  accepted: '✓ 已验收',
  rejectedBecause: (reason: string) => `✗ 已退回：${reason}`,
  accept: '验收',
  acceptPhoto: (name: string) => `验收 ${name}`,
  reject: '退回',
  rejectPhoto: (name: string) => `退回 ${name}`,
  undo: '撤销',
  undoPhoto: (name: string) => `撤销对 ${name} 的决定`,
  cancel: '取消',
  rejectWhy: '原因？例如：颜色不对、标签看不清',
  rejectReasonFor: (name: string) => `退回 ${name} 的原因`,
  referenceDropHint: '把照片拖到拍摄项上，或点击选择',
  addTile: '添加',
  addInline: '参考照片',
  addReferencesFor: (shot: string) => `为 ${shot} 添加参考照片`,
  reference: '参考照片',
  referenceN: (i: number, shot: string) => `${shot} 的参考照片 ${i}`,
  removeReferenceN: (i: number, shot: string) => `删除 ${shot} 的参考照片 ${i}`,
  unassignedRegion: '未分配到拍摄项的照片',
  unassignedTitle: '未分配到拍摄项',
  looksLike: (shot: string) => `看起来是：${shot}`,
  shotFor: (name: string) => `${name} 对应的拍摄项`,
  assignToShot: '分配到拍摄项…',
  chooseShot: '选择拍摄项…',
  suggestedGroup: '根据文件名推荐',
  otherShots: '其他拍摄项',
  shots: '拍摄项',
};

export const text = catalog({ en, 'zh-CN': zh });
/** Both catalogs, for the test that they have the same keys. */
export const checklistCatalogs = { en, zh };

/** A bilingual datum (a shot's or stage's name) in the interface language, the other one as fallback. */
export function local(t: LocalText): string {
  return uiLanguage.value === 'zh-CN' ? t.zh || t.en : t.en || t.zh;
}

/** The same datum in the other language, when it has one that differs: shown small beside it. */
export function otherLocal(t: LocalText): { text: string; lang: string } | undefined {
  const zhUi = uiLanguage.value === 'zh-CN';
  const other = zhUi ? t.en : t.zh;
  if (!other || other === local(t)) return undefined;
  return { text: other, lang: zhUi ? 'en' : 'zh-CN' };
}
