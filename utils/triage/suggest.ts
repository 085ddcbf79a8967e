// Which shot a photo probably is, from its file name alone ("back side.jpg", "唛头2.jpg"). Suppliers
// who name files at all name them after the angle, in English or Chinese; phones name them IMG_2034 or
// 微信图片_2026…, which tells nothing, and then nothing is suggested.
import type { Shot } from '@/utils/store/types';

/** Words for one idea across both languages. A term may belong to several concepts. */
interface Concept {
  id: string;
  en: string[];
  zh: string[];
}

// Single characters (正, 背, 侧, 层…) count as half a match: they are real abbreviations in file names
// ("正.jpg") but also turn up inside unrelated words.
const CONCEPTS: Concept[] = [
  { id: 'front', en: ['front'], zh: ['正面', '正'] },
  { id: 'back', en: ['back', 'rear'], zh: ['背面', '反面', '背'] },
  { id: 'side', en: ['side'], zh: ['侧面', '侧'] },
  { id: 'left', en: ['left'], zh: ['左侧', '左'] },
  { id: 'right', en: ['right'], zh: ['右侧', '右'] },
  {
    id: 'label',
    en: ['label', 'tag', 'hangtag'],
    zh: ['标签', '吊牌', '洗标', '洗水唛', '主标', '商标', '唛'],
  },
  // 正唛 / 侧唛 are shipping marks (front / side), not "front" or "side" of the product.
  { id: 'shipping-mark', en: ['shipping', 'mark', 'shippingmark'], zh: ['唛头', '箱唛', '正唛', '侧唛'] },
  { id: 'carton', en: ['carton', 'ctn'], zh: ['外箱', '纸箱', '箱'] },
  { id: 'inner', en: ['inner', 'innerbox'], zh: ['内盒', '中盒', '内包装'] },
  { id: 'packaging', en: ['packaging', 'package', 'packing'], zh: ['包装'] },
  { id: 'barcode', en: ['barcode', 'ean', 'upc'], zh: ['条码', '条形码'] },
  { id: 'detail', en: ['detail', 'workmanship'], zh: ['细节', '做工'] },
  { id: 'closeup', en: ['closeup', 'macro'], zh: ['近拍', '特写'] },
  {
    id: 'measurement',
    en: ['measurement', 'measure', 'size', 'dimension', 'ruler', 'tape'],
    zh: ['尺寸', '测量', '卷尺', '尺'],
  },
  { id: 'weight', en: ['weight', 'scale'], zh: ['重量', '称重'] },
  { id: 'seal', en: ['seal'], zh: ['封条', '铅封', '封号'] },
  { id: 'container', en: ['container', 'cntr'], zh: ['货柜', '集装箱', '空柜', '柜'] },
  // 柜号 is its own idea: a container-number photo, not any container photo.
  { id: 'container-number', en: [], zh: ['柜号'] },
  { id: 'empty', en: ['empty'], zh: ['空柜'] },
  { id: 'door', en: ['door'], zh: ['柜门'] },
  { id: 'layer', en: ['layer'], zh: ['层'] },
  { id: 'loading', en: ['loading', 'load', 'loaded'], zh: ['装柜', '装货'] },
  { id: 'opened', en: ['open', 'opened', 'unpacked'], zh: ['开箱', '打开'] },
  { id: 'fabric', en: ['fabric', 'material', 'swatch'], zh: ['面料', '布料'] },
  { id: 'colour', en: ['colour', 'color'], zh: ['颜色', '色卡', '对色'] },
];

/** Chat-app and camera names: consumed whole so their characters cannot match anything. */
const NOISE_ZH = ['微信图片', '微信', '图片', '照片', '相片', '截图', '截屏'];
/** English filler in shot labels that says nothing about the angle ("product" is in every other label). */
const STOP_EN = new Set([
  'and',
  'the',
  'with',
  'for',
  'all',
  'each',
  'per',
  'its',
  'against',
  'other',
  'up',
  'product',
  'photo',
  'picture',
  'image',
]);

const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
/** Below this, a suggestion is a guess: one generic word shared by several shots, or a lone character. */
const MIN_SCORE = 0.5;

/** "sides" → "side", "cartons" → "carton"; applied to both sides of a comparison, so it only needs to be consistent. */
const stem = (w: string) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

/** Lower-case English words: split on anything not a letter and on camelCase; "close-up" is one word. */
function latinWords(text: string): string[] {
  const words =
    text
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .match(/[a-z]+/g) ?? [];
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === 'close' && words[i + 1] === 'up') {
      out.push('closeup');
      i++;
    } else out.push(stem(words[i]!));
  }
  return out;
}

interface Vocabulary {
  latin: Map<string, Set<string>>;
  /** Longest first, so 唛头 is taken before 唛 can be. */
  cjk: { term: string; concepts: Set<string> }[];
}

function addTo(map: Map<string, Set<string>>, key: string, concept?: string) {
  const set = map.get(key) ?? new Set<string>();
  map.set(key, set);
  if (concept) set.add(concept);
}

// A shot list's vocabulary is the same for every file name matched against it: build it once per list.
const vocabularies = new WeakMap<Shot[], Vocabulary>();
function vocabulary(shots: Shot[]): Vocabulary {
  let v = vocabularies.get(shots);
  if (!v) {
    v = buildVocabulary(shots);
    vocabularies.set(shots, v);
  }
  return v;
}

/** The shared concepts plus every word of these shots' labels and keywords that no concept covers. */
function buildVocabulary(shots: Shot[]): Vocabulary {
  const latin = new Map<string, Set<string>>();
  const cjk = new Map<string, Set<string>>();
  for (const c of CONCEPTS) {
    for (const w of c.en) for (const t of latinWords(w)) addTo(latin, t, c.id);
    for (const z of c.zh) addTo(cjk, z, c.id);
  }
  for (const n of NOISE_ZH) addTo(cjk, n);
  const addWord = (w: string, minLength: number) => {
    if (!latin.has(w) && !STOP_EN.has(w) && w.length >= minLength) addTo(latin, w, `w:${w}`);
  };
  for (const shot of shots) {
    for (const w of latinWords(shot.label.en)) addWord(w, 3);
    for (const k of shot.keywords ?? []) {
      for (const w of latinWords(k)) addWord(w, 2); // keywords may be short on purpose: "qc", "pp"
      for (const run of k.match(CJK_RUN) ?? []) if (!cjk.has(run)) addTo(cjk, run, `z:${run}`);
    }
  }
  const terms = [...cjk].map(([term, concepts]) => ({ term, concepts }));
  terms.sort((a, b) => b.term.length - a.term.length);
  return { latin, cjk: terms };
}

/** Concepts found in a text, each with its strength (1, or 0.5 for a lone Chinese character). */
function conceptsIn(text: string, vocab: Vocabulary): Map<string, number> {
  const found = new Map<string, number>();
  const put = (c: string, strength: number) => found.set(c, Math.max(found.get(c) ?? 0, strength));
  const normalised = text.normalize('NFKC'); // full-width letters from Chinese keyboards
  for (const w of latinWords(normalised)) for (const c of vocab.latin.get(w) ?? []) put(c, 1);
  // Chinese has no spaces: find known terms as substrings, longest first, each character used once.
  for (const run of normalised.match(CJK_RUN) ?? []) {
    const used = new Array<boolean>(run.length).fill(false);
    for (const { term, concepts } of vocab.cjk) {
      for (let at = run.indexOf(term); at !== -1; at = run.indexOf(term, at + 1)) {
        if (used.slice(at, at + term.length).some(Boolean)) continue;
        used.fill(true, at, at + term.length);
        for (const c of concepts) put(c, term.length === 1 ? 0.5 : 1);
      }
    }
  }
  return found;
}

export interface ShotSuggestion {
  shotId: string;
  /** Higher is better; at least 0.5. A concept shared by n shots adds 1/n to each. */
  score: number;
}

/**
 * Shots a file name points at, best first; empty when the name says nothing (IMG_2034.jpg).
 * A word shared by several shots counts less for each (inverse document frequency), so
 * "back side.jpg" prefers Back over the two side shots.
 */
export function suggestShots(fileName: string, shots: Shot[]): ShotSuggestion[] {
  const vocab = vocabulary(shots);
  const base = fileName.replace(/\.[a-z0-9]{2,5}$/i, '');
  const inName = conceptsIn(base, vocab);
  if (inName.size === 0) return [];

  const perShot = shots.map((s) =>
    conceptsIn([s.label.en, s.label.zh, ...(s.keywords ?? [])].join(' '), vocab),
  );
  const shotsWith = new Map<string, number>();
  for (const set of perShot) for (const c of set.keys()) shotsWith.set(c, (shotsWith.get(c) ?? 0) + 1);

  const out: ShotSuggestion[] = [];
  shots.forEach((shot, i) => {
    let score = 0;
    for (const [c, strength] of inName) if (perShot[i]!.has(c)) score += strength / shotsWith.get(c)!;
    if (score >= MIN_SCORE) out.push({ shotId: shot.id, score: Math.round(score * 1000) / 1000 });
  });
  // Array.prototype.sort is stable: equal scores keep the shot list's order.
  return out.sort((a, b) => b.score - a.score);
}
