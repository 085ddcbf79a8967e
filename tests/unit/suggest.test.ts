import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '@/utils/triage/shot-list-templates';
import { suggestShots } from '@/utils/triage/suggest';

const shotsOf = (kind: string) => BUILT_IN_TEMPLATES.find((t) => t.kind === kind)!.shots;
const preShipment = shotsOf('pre-shipment');
const sample = shotsOf('sample');
const containerLoading = shotsOf('container-loading');
const ids = (name: string, shots = preShipment) => suggestShots(name, shots).map((s) => s.shotId);
const top = (name: string, shots = preShipment) => ids(name, shots)[0];

describe('suggestShots', () => {
  it('reads English angle words', () => {
    expect(ids('front.jpg')).toEqual(['ps-front']);
    expect(ids('front.jpg', sample)).toEqual(['sample-front']);
    expect(top('Back.JPG', sample)).toBe('sample-back');
  });

  it('reads Chinese angle words, as substrings', () => {
    expect(ids('正面.jpg')).toEqual(['ps-front']);
    expect(top('产品正面1.jpg', sample)).toBe('sample-front');
    expect(top('左侧.jpg', sample)).toBe('sample-left');
    expect(top('右侧面.png', sample)).toBe('sample-right');
  });

  it('prefers the shot a shared word points at least ambiguously: "back side" is the back', () => {
    const inPreShipment = suggestShots('IMG_2034 back side.JPG', preShipment);
    expect(inPreShipment[0]).toEqual({ shotId: 'ps-back', score: 1 });
    expect(inPreShipment.map((s) => s.shotId)).toContain('ps-sides');
    const inSample = suggestShots('IMG_2034 back side.JPG', sample);
    expect(inSample.map((s) => s.shotId)).toEqual(['sample-back', 'sample-left', 'sample-right']);
    expect(inSample[0]!.score).toBeGreaterThan(inSample[1]!.score);
  });

  it('takes 唛头 as shipping marks, not as a label (唛), and finds nothing for it in the sample list', () => {
    expect(ids('唛头2.jpg')).toEqual(['ps-shipping-mark']);
    expect(top('正唛.jpg')).toBe('ps-shipping-mark');
    expect(top('shipping_marks.jpeg')).toBe('ps-shipping-mark');
    expect(ids('唛头2.jpg', sample)).toEqual([]);
  });

  it('splits on underscores and camelCase', () => {
    expect(ids('carton_outer.jpg')).toEqual(['ps-carton']);
    expect(top('cartonOuter.jpg')).toBe('ps-carton');
    expect(top('外箱六面.jpg')).toBe('ps-carton');
    expect(top('BarcodeCloseUp.jpg')).toBe('ps-labels');
    expect(top('条形码.jpg')).toBe('ps-labels');
    expect(top('内盒.jpg')).toBe('ps-inner');
    expect(top('开箱图.jpg')).toBe('ps-opened');
  });

  it('suggests nothing for names phones and chat apps make', () => {
    expect(suggestShots('微信图片_20261120.jpg', preShipment)).toEqual([]);
    expect(suggestShots('微信图片_20261120.jpg', sample)).toEqual([]);
    expect(suggestShots('IMG_2034.JPG', preShipment)).toEqual([]);
    expect(suggestShots('mmexport1732070400000.jpg', sample)).toEqual([]);
    expect(suggestShots('DSC01234.jpg', containerLoading)).toEqual([]);
  });

  it('reads container-loading names', () => {
    expect(top('柜号.jpg', containerLoading)).toBe('cl-number');
    expect(top('container number.jpg', containerLoading)).toBe('cl-number');
    expect(top('空柜.jpg', containerLoading)).toBe('cl-empty');
    expect(top('第3层.jpg', containerLoading)).toBe('cl-layers');
    expect(top('铅封.jpg', containerLoading)).toBe('cl-seal');
    expect(top('seal no.jpg', containerLoading)).toBe('cl-seal');
    expect(top('柜门.jpg', containerLoading)).toBe('cl-doors-closed');
  });

  it('excludes weak matches: a word shared by many shots alone is no suggestion', () => {
    // "carton" is in three pre-shipment shots: a third of a match each.
    expect(suggestShots('carton.jpg', preShipment).every((s) => s.score >= 0.5)).toBe(true);
    expect(ids('carton.jpg')).toEqual([]);
    expect(ids('product.jpg')).toEqual([]);
  });

  it('matches custom shots through their keywords', () => {
    const custom = [
      {
        id: 'handle',
        label: { en: 'Handle stitching', zh: '提手车线' },
        instructions: { en: '', zh: '' },
        required: true,
        referencePhotoIds: [],
        keywords: ['handle', '提手'],
      },
      ...sample,
    ];
    expect(top('提手.jpg', custom)).toBe('handle');
    expect(top('handle_detail.jpg', custom)).toBe('handle');
  });
});
