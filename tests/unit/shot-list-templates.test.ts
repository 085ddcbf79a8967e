import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES, STAGE_ORDER, stageFromTemplate } from '@/utils/triage/shot-list-templates';

const byKind = (kind: string) => BUILT_IN_TEMPLATES.find((t) => t.kind === kind)!;
const CJK = /[\u4e00-\u9fff]/;

describe('built-in shot-list templates', () => {
  it('has one built-in template per standard stage, in stage order, with stable ids', () => {
    expect(BUILT_IN_TEMPLATES.map((t) => t.kind)).toEqual([...STAGE_ORDER]);
    expect(BUILT_IN_TEMPLATES.map((t) => t.id)).toEqual(STAGE_ORDER.map((k) => `builtin-${k}`));
    for (const t of BUILT_IN_TEMPLATES) expect(t.builtIn).toBe(true);
  });

  it('writes every name, label and instruction in English and Chinese', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      expect(t.name.en.trim()).not.toBe('');
      expect(t.name.zh).toMatch(CJK);
      for (const s of t.shots) {
        expect(s.label.en.trim(), s.id).not.toBe('');
        expect(s.instructions.en.trim(), s.id).not.toBe('');
        expect(s.label.zh, s.id).toMatch(CJK);
        expect(s.instructions.zh, s.id).toMatch(CJK);
        // Chinese text written as Chinese: full-width punctuation, no English sentence left in it.
        expect(s.instructions.zh, s.id).not.toMatch(/[,;]\s|\. /);
        expect(s.keywords?.length, s.id).toBeGreaterThan(0);
        expect(
          s.keywords!.some((k) => CJK.test(k)),
          s.id,
        ).toBe(true);
        expect(s.referencePhotoIds).toEqual([]);
      }
    }
  });

  it('gives shots ids unique across all templates and at least one required shot per stage', () => {
    const ids = BUILT_IN_TEMPLATES.flatMap((t) => t.shots.map((s) => s.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of BUILT_IN_TEMPLATES) expect(t.shots.some((s) => s.required)).toBe(true);
  });

  it('puts a gate where there is a point of no return, and none during production', () => {
    expect(byKind('sample').gate?.label.zh).toBe('开始大货生产');
    expect(byKind('pre-production').gate?.label.zh).toBe('裁剪/开模');
    expect(byKind('during-production').gate).toBeUndefined();
    expect(byKind('pre-shipment').gate?.label.zh).toBe('装箱出货');
    expect(byKind('container-loading').gate?.label.zh).toBe('封柜');
  });

  it('asks for shipping marks as 唛头 with enough pixels to read them', () => {
    const mark = byKind('pre-shipment').shots.find((s) => s.id === 'ps-shipping-mark')!;
    expect(mark.label.zh).toContain('唛头');
    expect(mark.required).toBe(true);
    expect(mark.minLongEdge).toBe(2000);
    expect(mark.keywords).toEqual(expect.arrayContaining(['唛头', 'shipping mark']));
  });

  it('covers the sample angles, with a ruler in the measurement shot and optional packaging', () => {
    const sample = byKind('sample');
    expect(sample.shots.map((s) => s.id)).toEqual([
      'sample-front',
      'sample-back',
      'sample-left',
      'sample-right',
      'sample-detail',
      'sample-measurement',
      'sample-label',
      'sample-packaging',
    ]);
    const measure = sample.shots.find((s) => s.id === 'sample-measurement')!;
    expect(measure.instructions.en).toMatch(/tape|ruler/);
    expect(measure.instructions.zh).toMatch(/卷尺|直尺/);
    expect(sample.shots.find((s) => s.id === 'sample-packaging')!.required).toBe(false);
  });

  it('ends container loading with the seal number, a close-up', () => {
    const shots = byKind('container-loading').shots;
    const seal = shots.at(-1)!;
    expect(seal.id).toBe('cl-seal');
    expect(seal.label.zh).toContain('封条');
    expect(seal.minLongEdge).toBe(2000);
    expect(shots[0]!.label.zh).toBe('空柜');
  });
});

describe('stageFromTemplate', () => {
  const template = byKind('pre-shipment');
  let n = 0;
  const newId = () => `shot-${++n}`;

  it('copies the shots with fresh ids and sets the due dates', () => {
    n = 0;
    const stage = stageFromTemplate(
      template,
      { id: 'stage-1', dueDate: '2026-12-01', gateDueDate: '2026-11-28' },
      newId,
    );
    expect(stage).toMatchObject({
      id: 'stage-1',
      kind: 'pre-shipment',
      name: template.name,
      dueDate: '2026-12-01',
      gate: { label: template.gate!.label, dueDate: '2026-11-28' },
    });
    expect(stage.shots.map((s) => s.id)).toEqual(template.shots.map((_, i) => `shot-${i + 1}`));
    expect(stage.shots.map((s) => s.label)).toEqual(template.shots.map((s) => s.label));
    expect(stage.shots[7]!.minLongEdge).toBe(2000);
  });

  it('never shares objects with the template', () => {
    const stage = stageFromTemplate(template, { id: 'stage-2' }, newId);
    stage.shots[0]!.label.zh = '改过';
    stage.shots[0]!.keywords!.push('x');
    stage.shots[0]!.referencePhotoIds.push('ref-1');
    stage.gate!.label.en = 'changed';
    expect(template.shots[0]!.label.zh).toBe('产品正面');
    expect(template.shots[0]!.keywords).not.toContain('x');
    expect(template.shots[0]!.referencePhotoIds).toEqual([]);
    expect(template.gate!.label.en).toBe('packing and shipping');
    expect(stage.dueDate).toBeUndefined();
    expect(stage.gate!.dueDate).toBeUndefined();
  });

  it('leaves the gate out for a stage without one, and uses random ids by default', () => {
    const stage = stageFromTemplate(byKind('during-production'), { id: 's', dueDate: '2026-11-10' });
    expect(stage.gate).toBeUndefined();
    expect(new Set(stage.shots.map((s) => s.id)).size).toBe(stage.shots.length);
    expect(stage.shots[0]!.id).not.toBe('dp-line');
  });
});
