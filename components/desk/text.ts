// Words shared by every page that shows orders: failed writes explained by field. (Days and dates are
// components/shared-text.ts.)
import { catalog } from '@/utils/i18n';
import { STORE_MESSAGES, type StoreErrorCode } from '@/utils/store/errors';

const en = {
  fields: {
    company: 'Company',
    contactName: 'Contact name',
    emails: 'Email addresses',
    domains: 'Domains',
    replyLanguages: 'Reply languages',
    poNumbers: 'PO numbers',
    product: 'Product',
    quantity: 'Quantity',
    supplierId: 'Supplier',
    label: 'Label',
    instructions: 'Instructions',
    minLongEdge: 'Minimum long edge',
    name: 'Name',
    dueDate: 'Due date',
    startDate: 'Start date',
    ignoredSenders: 'Ignored senders',
    signature: 'Signature',
    email: 'Email',
  } as Record<string, string>,
  isNot: (value: string, expected: string) => `${value} is not ${expected}`,
  /** The store's own messages, by code (validation details come from the store, in English). */
  store: STORE_MESSAGES as Record<StoreErrorCode, string>,
  /** Heads a list of invalid fields; the store's English sentence names what was not saved. */
  notSaved: (english: string) => english,
};

const zh: typeof en = {
  fields: {
    company: '公司',
    contactName: '联系人',
    emails: '邮箱地址',
    domains: '域名',
    replyLanguages: '回复语言',
    poNumbers: 'PO号',
    product: '产品',
    quantity: '数量',
    supplierId: '供应商',
    label: '名称',
    instructions: '拍摄要求',
    minLongEdge: '最小长边',
    name: '名称',
    dueDate: '截止日期',
    startDate: '开始日期',
    ignoredSenders: '忽略的发件人',
    signature: '签名',
    email: '邮箱',
  },
  isNot: (value: string, expected: string) => `${value} 不是 ${expected}`,
  store: {
    quota: '浏览器给 Photo Triage 的存储空间已满。请先导出备份，再删除旧照片。',
    blocked:
      'Photo Triage 正在更新，但另一个标签页仍在使用旧版本。请关闭其他 Photo Triage 标签页（设置页、检查照片），然后重新加载本页。',
    validation: '数据无效，未保存任何内容。',
    'not-found': '该项已不存在，可能已在另一个标签页中删除。',
    version: '已保存的数据来自更新版本的 Photo Triage。请先更新扩展，然后重新加载本页。',
    unavailable: 'Photo Triage 暂时无法访问存储。请重新加载本页；如果反复出现，请重启浏览器。',
    conflict: '此更改与其他已保存的数据冲突，未保存任何内容。',
    stale:
      '未保存：此内容已在另一个标签页中被修改，您的更改会覆盖那次修改。请重新加载本页查看，然后再做一次您的更改。',
  },
  notSaved: (_english: string) => '未保存，原因如下：',
};

/** Both languages, the Chinese typed as the English (one rule for every catalog file). */
export const ordersCatalogs = { en, 'zh-CN': zh };
export const text = catalog(ordersCatalogs);
