// Every word of the toolbar popup, in the interface's languages. Texts with numbers are functions, so
// each language keeps its own plurals and word order.

import { catalog } from '@/utils/i18n';

const s = (n: number) => (n === 1 ? '' : 's');

const en = {
  title: 'Photo Triage',
  loading: 'Loading…',
  checkPhotos: 'Check photos',
  welcome: 'Welcome.',
  welcomeText:
    'Add an order with its production stages, and every supplier photo you check is measured against the shots that stage needs.',
  addFirstOrder: 'Add your first order',
  justCheck: 'Just check some photos',
  allClear: (open: number) =>
    `✓ Nothing needs you: ${open} open order${s(open)}, no missing or poor photos, no gate at risk.`,
  photosToCheck: 'Photos to check',
  notChecked: 'not checked yet',
  needsPhotos: 'Needs photos',
  gatesDue: 'Gates due',
  awaiting: 'Awaiting an answer',
  more: (n: number) => `and ${n} more in the orders desk →`,
  poor: (n: number) => `${n} poor`,
  missing: (n: number) => `${n} missing`,
  toReview: (n: number) => `${n} to review`,
  shotsOpen: (n: number, due: string) => `${n} required shot${s(n)} open · due ${due}`,
  asked: (items: number, wechat: boolean) =>
    `${items} item${s(items)} asked by ${wechat ? 'WeChat' : 'email'}`,
  ordersDesk: 'Orders desk',
  settings: 'Settings',
};

const zh: typeof en = {
  title: 'Photo Triage',
  loading: '加载中…',
  checkPhotos: '检查照片',
  welcome: '欢迎使用。',
  welcomeText: '先添加订单及其生产阶段，之后你检查的每张供应商照片都会对照该阶段的拍摄清单进行检测。',
  addFirstOrder: '添加第一个订单',
  justCheck: '先检查几张照片',
  allClear: (open) => `✓ 暂无待办：${open} 个进行中的订单，没有缺少或不合格的照片，没有节点有风险。`,
  photosToCheck: '待检查的照片',
  notChecked: '尚未检查',
  needsPhotos: '需要补充照片',
  gatesDue: '即将到期的节点',
  awaiting: '等待供应商回复',
  more: (n) => `还有 ${n} 项，在订单台中查看 →`,
  poor: (n) => `${n} 张不合格`,
  missing: (n) => `缺 ${n} 项`,
  toReview: (n) => `${n} 张待审`,
  shotsOpen: (n, due) => `${n} 个必拍项未完成 · ${due} 到期`,
  asked: (items, wechat) => `已通过${wechat ? '微信' : '邮件'}要求补发 ${items} 项`,
  ordersDesk: '订单台',
  settings: '设置',
};

/** Both languages, the Chinese typed as the English (one rule for every catalog file). */
export const popupCatalogs = { en, 'zh-CN': zh };
export const popupText = catalog(popupCatalogs);
