// Why a zip was refused, in the interface's language: the analysis gives the limit and its numbers
// (utils/photo/zip.ts ZipRefusal), these words say it. Shown in a refused zip's details, on Check photos
// and in the mail badges' dialog alike.
import { formatBytes, formatNumber } from '@/utils/format';
import { catalog } from '@/utils/i18n';
import type { ZipRefusal } from '@/utils/photo/zip';

type Words = { [K in ZipRefusal['limit']]: (r: Extract<ZipRefusal, { limit: K }>) => string };

const en: Words = {
  entries: (r) =>
    `It holds ${formatNumber(r.count)} files, counting zips inside it and zips dropped with it; at most ${formatNumber(r.max)} are opened.`,
  'entry-bytes': (r) =>
    `“${r.entry}” would expand to ${formatBytes(r.bytes)}; one file may be at most ${formatBytes(r.max)}.`,
  'total-bytes': (r) =>
    `Its files would expand to ${formatBytes(r.bytes)} in all, counting zips inside it; at most ${formatBytes(r.max)} is opened.`,
  ratio: (r) =>
    r.entry
      ? `“${r.entry}” is compressed ${formatNumber(r.ratio)}:1 — a zip bomb (photos barely compress; the limit is ${r.max}:1).`
      : `Its files are compressed ${formatNumber(r.ratio)}:1 in all — a zip bomb (photos barely compress; the limit is ${r.max}:1).`,
  overlap: () => 'Its files share the same bytes — a zip bomb.',
  'beyond-declared': (r) => `“${r.entry}” holds more than it declares — a zip bomb.`,
};

const zh: typeof en = {
  entries: (r) =>
    `共含 ${formatNumber(r.count)} 个文件（压缩包里的压缩包、同时拖入的压缩包一并计算）；最多打开 ${formatNumber(r.max)} 个。`,
  'entry-bytes': (r) => `“${r.entry}”解压后为 ${formatBytes(r.bytes)}；单个文件最大 ${formatBytes(r.max)}。`,
  'total-bytes': (r) =>
    `其中的文件解压后共 ${formatBytes(r.bytes)}（含压缩包里的压缩包）；最多打开 ${formatBytes(r.max)}。`,
  ratio: (r) =>
    r.entry
      ? `“${r.entry}”的压缩比为 ${formatNumber(r.ratio)}:1，是压缩炸弹（照片几乎压缩不了；上限为 ${r.max}:1）。`
      : `其中的文件总压缩比为 ${formatNumber(r.ratio)}:1，是压缩炸弹（照片几乎压缩不了；上限为 ${r.max}:1）。`,
  overlap: () => '其中的文件共用同一段数据，是压缩炸弹。',
  'beyond-declared': (r) => `“${r.entry}”的实际内容超过其声明的大小，是压缩炸弹。`,
};

export const zipRefusalCatalogs = { en, 'zh-CN': zh };
const words = catalog(zipRefusalCatalogs);

export function describeZipRefusal(r: ZipRefusal): string {
  return (words()[r.limit] as (r: ZipRefusal) => string)(r);
}
