// Settings → Team's words, English and Simplified Chinese (`zh` has the type of `en`).
import { catalog } from '@/utils/i18n';
import type { ConfigProblem, TeamProblem } from '@/utils/sync/config';

const en = {
  title: 'Team',
  lead: 'Share orders, shot lists and photo decisions with your team through a CouchDB database your team runs. Off: nothing leaves this browser.',
  privacy:
    'When on, these go to that one server: suppliers (names, addresses), orders with stages and shot lists, reference photos, each photo’s measurements, verdict, assignment and decision, the request log, and your name on your decisions. Thumbnails only if turned on below. Your settings, “never for this sender” and this mailbox’s thread memory stay here.',
  server: 'Server address',
  serverHint: 'e.g. https://couch.example.com (plain http only for 127.0.0.1 or localhost)',
  database: 'Database',
  username: 'User',
  password: 'Password',
  name: 'Your name',
  nameHint: 'Shown to the team on your decisions and requests, e.g. “Rejected by Li Wei, 10:42”.',
  thumbnails: 'Share thumbnails too (about 20 KB a photo)',
  test: 'Test connection',
  testing: 'Testing…',
  turnOn: 'Save and turn on',
  turnOff: 'Turn off',
  turnedOff: 'Team sync is off. Everything synced so far stays in this browser.',
  sharedWith: (host: string) =>
    `Team sync is on: orders, shot lists and photo decisions go to ${host}; nothing else leaves this browser.`,
  connected: (docs: number) => `Connected: the database holds ${docs} record${docs === 1 ? '' : 's'}.`,
  permissionDenied:
    'Photo Triage was not allowed to reach this server, so nothing was sent. Try again and choose Allow.',
  configProblems: {
    server:
      'Server address: write the full address, e.g. https://couch.example.com, without user, password or path query.',
    insecure:
      'Server address: use https:// — plain http:// sends your password readable on the way (allowed only for 127.0.0.1 and localhost).',
    database: 'Database: lower-case letters, digits and _$()+-/, starting with a letter (CouchDB’s rule).',
    name: 'Your name: write the name your team knows you by.',
  } satisfies Record<ConfigProblem, string>,
  status: {
    off: 'Team sync: off',
    synced: (at: string) => `Team sync: synced at ${at}`,
    syncing: (n: number) =>
      n ? `Team sync: syncing ${n} kind${n === 1 ? '' : 's'} of change` : 'Team sync: syncing…',
    offline: (since: string) =>
      `Team sync: offline since ${since}. Changes are kept here and sent when the server answers.`,
  },
  problems: {
    unauthorized:
      'Team sync: the server refused the user or password. Check them here, or ask whoever runs the server.',
    'no-database':
      'Team sync: the server has no such database. Check its name, or ask whoever runs the server to create it.',
    'no-permission':
      'Team sync: Photo Triage may not reach this server. Press “Save and turn on” again and choose Allow.',
    server:
      'Team sync: the server answered with an error. Try again later; if it persists, ask whoever runs it.',
    'refused-records':
      'Team sync: some shared records could not be saved here (they are tried again on every pass).',
  } satisfies Record<TeamProblem, string>,
};

const zh: typeof en = {
  title: '团队',
  lead: '通过团队自己运行的 CouchDB 数据库，与团队共享订单、拍摄清单和照片决定。关闭时：任何内容都不会离开此浏览器。',
  privacy:
    '开启后，以下内容会发送到该服务器（仅此一台）：供应商（名称、地址）、订单及其阶段和拍摄清单、参考照片、每张照片的测量结果、判定、归属和决定、补拍请求记录，以及您决定上的姓名。缩略图仅在下方开启时发送。您的设置、“不再检查此发件人”和此邮箱的会话记忆保留在本机。',
  server: '服务器地址',
  serverHint: '例如 https://couch.example.com（仅 127.0.0.1 或 localhost 可用 http）',
  database: '数据库',
  username: '用户',
  password: '密码',
  name: '您的姓名',
  nameHint: '团队会在您的决定和请求上看到它，例如“Li Wei 10:42 已拒绝”。',
  thumbnails: '同时共享缩略图（每张约 20 KB）',
  test: '测试连接',
  testing: '正在测试…',
  turnOn: '保存并开启',
  turnOff: '关闭',
  turnedOff: '团队同步已关闭。已同步的内容仍保留在此浏览器中。',
  sharedWith: (host: string) =>
    `团队同步已开启：订单、拍摄清单和照片决定会发送到 ${host}；其他内容不会离开此浏览器。`,
  connected: (docs: number) => `已连接：数据库中有 ${docs} 条记录。`,
  permissionDenied: 'Photo Triage 未获准访问此服务器，因此没有发送任何内容。请重试并选择“允许”。',
  configProblems: {
    server: '服务器地址：请填写完整地址，例如 https://couch.example.com，不要包含用户、密码或查询参数。',
    insecure: '服务器地址：请使用 https://——http:// 会以明文发送密码（仅 127.0.0.1 和 localhost 允许）。',
    database: '数据库：小写字母、数字和 _$()+-/，以字母开头（CouchDB 的规则）。',
    name: '您的姓名：请填写团队认识您的名字。',
  },
  status: {
    off: '团队同步：已关闭',
    synced: (at: string) => `团队同步：已于 ${at} 同步`,
    syncing: (n: number) => (n ? `团队同步：正在同步 ${n} 类更改` : '团队同步：正在同步…'),
    offline: (since: string) => `团队同步：自 ${since} 起离线。更改保存在本机，服务器恢复后发送。`,
  },
  problems: {
    unauthorized: '团队同步：服务器拒绝了用户或密码。请在此检查，或询问服务器管理员。',
    'no-database': '团队同步：服务器上没有此数据库。请检查名称，或请服务器管理员创建。',
    'no-permission': '团队同步：Photo Triage 无权访问此服务器。请再次点击“保存并开启”并选择“允许”。',
    server: '团队同步：服务器返回错误。请稍后重试；如持续出现，请联系服务器管理员。',
    'refused-records': '团队同步：部分共享记录无法保存在本机（每次同步都会重试）。',
  },
};

export const teamText = catalog({ en, 'zh-CN': zh });
