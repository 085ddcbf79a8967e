// The suppliers page. English and Simplified Chinese; `zh` has the type of `en`.
import type { Language } from '@/utils/store/types';
import { plural } from './plural';

export const en = {
  suppliers: {
    title: 'Suppliers',
    newSupplier: 'New supplier',
    edit: (company: string) => `Edit ${company}`,
    company: 'Company',
    contactName: 'Contact name',
    emails: 'Email addresses',
    emailsHint: 'Comma or one per line. Mail from these addresses is matched to this supplier.',
    domains: 'Domains',
    domainsHint:
      'Everyone writing from the domain is this supplier. Not for public mail services (qq.com, 163.com, gmail.com): list those addresses above instead.',
    replyLanguages: 'Reply languages',
    notes: 'Notes',
    save: 'Save supplier',
    add: 'Add supplier',
    deleteTitle: (company: string) => `Delete ${company}?`,
    deleteConfirm: 'Delete supplier',
    stillHasOrders: (n: number) =>
      `It still has ${plural(n, 'order', 'orders')}: Photo Triage will refuse until they are deleted or given another supplier.`,
    noLongerMatched: 'Mail from its addresses will no longer be matched to it.',
    empty:
      'No suppliers yet. Add the factories you buy from: their addresses let Photo Triage tell which emails bring photos for which orders.',
    colCompany: 'Company',
    colContact: 'Contact',
    colAddresses: 'Addresses and domains',
    colReplies: 'Replies',
    colOrders: 'Orders',
    noAddresses: 'none — mail cannot be matched',
    invisible: (shown: string) =>
      `${shown} contains invisible characters (zero-width or text-direction marks, shown as ⟨U+…⟩). Type it again without them.`,
    publicSuffix: (domain: string) =>
      `${domain} is shared by every company registered under it (like com.cn or co.uk). Enter the company's own domain, such as factory.com.cn.`,
    languageShort: { en: 'EN', 'zh-CN': '中文' } satisfies Record<Language, string>,
  },
};

export const zh: typeof en = {
  suppliers: {
    title: '供应商',
    newSupplier: '新供应商',
    edit: (company: string) => `编辑 ${company}`,
    company: '公司',
    contactName: '联系人',
    emails: '邮箱地址',
    emailsHint: '用逗号分隔或每行一个。来自这些地址的邮件会匹配到此供应商。',
    domains: '域名',
    domainsHint:
      '用此域名发信的人都算此供应商。公共邮箱（qq.com、163.com、gmail.com）不能用域名，请在上面填写具体地址。',
    replyLanguages: '回复语言',
    notes: '备注',
    save: '保存供应商',
    add: '添加供应商',
    deleteTitle: (company: string) => `删除 ${company}？`,
    deleteConfirm: '删除供应商',
    stillHasOrders: (n: number) =>
      `它还有 ${n} 个订单：删除这些订单或改为其他供应商之前，Photo Triage 不会删除它。`,
    noLongerMatched: '来自其地址的邮件将不再匹配到它。',
    empty:
      '还没有供应商。请添加您采购的工厂：有了它们的邮箱地址，Photo Triage 才能判断哪封邮件的照片属于哪个订单。',
    colCompany: '公司',
    colContact: '联系人',
    colAddresses: '邮箱地址和域名',
    colReplies: '回复语言',
    colOrders: '订单',
    noAddresses: '无 — 无法匹配邮件',
    invisible: (shown: string) =>
      `${shown} 含有看不见的字符（零宽字符或文字方向控制符，显示为 ⟨U+…⟩）。请去掉这些字符后重新输入。`,
    publicSuffix: (domain: string) =>
      `${domain} 是公共后缀（如 com.cn、co.uk），在其下注册的所有公司都共用它。请填写公司自己的域名，例如 factory.com.cn。`,
    languageShort: { en: 'EN', 'zh-CN': '中文' },
  },
};
